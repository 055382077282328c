"""Re-parsing from raw_pages, offline: the same articles, sites and story counts, versions untouched."""
from __future__ import annotations

import gc
import hashlib

import duckdb
import pytest

from tests.crawler.parsing_pages import bulletin_page
from warehouse import db as warehouse_db
from warehouse.articles import parse_pages
from warehouse.pipeline import reparse, reprocess

URLS = [f"http://127.0.0.1:8000/article/{n}.html" for n in (101, 102)]


def _raw_warehouse(path):
    con = warehouse_db.connect(path)
    con.execute("INSERT INTO crawl_runs (run_id, site, status) VALUES ('crawl-1', 'demo', 'finished')")
    for n, url in enumerate(URLS):
        body = bulletin_page(title=f"富源县爱国卫生工作简报(2021年第{n + 1}期)").encode("utf-8")
        con.execute("""
            INSERT INTO raw_pages (page_id, url, final_url, version, role, status, kind, fetched_at, content_type,
                                   sha256, size, headers, body, run_id)
            VALUES (?, ?, ?, 1, 'article', 200, 'ok', now(), 'text/html; charset=utf-8', ?, ?, '{}', ?, 'crawl-1')
        """, [f"page{n}", url, url, hashlib.sha256(body).hexdigest(), len(body), body])
    stats = parse_pages(con, ["page0", "page1"], "crawl-1", site="demo", context_hint="云南省曲靖市富源县")
    assert stats.articles_new == 2 and stats.stories >= 4
    return con


def _state(con):
    return con.execute("SELECT url, site, county_context, version, page_id, (SELECT count(*) FROM stories s "
                       "WHERE s.article_id = a.article_id) FROM articles a ORDER BY url").fetchall()


def test_reparse_keeps_sites_contexts_and_versions(tmp_path):
    con = _raw_warehouse(tmp_path / "w.duckdb")
    before = _state(con)
    stats = reparse(con, "reprocess-1")
    assert stats.articles_unchanged == 2 and stats.articles_new == stats.articles_changed == 0
    assert _state(con) == before
    assert con.execute("SELECT count(*) FROM article_versions").fetchone() == (0,)
    assert {r[1] for r in before} == {"demo"}


@pytest.mark.slow
def test_reprocess_redoes_extraction_and_labels_offline(tmp_path):
    con = _raw_warehouse(tmp_path / "w.duckdb")
    run_id, parsed, stats = reprocess(con)
    assert gc.get_freeze_count() == 0  # the loaded tools were spared by the collector only while processing
    stories = con.execute("SELECT count(*) FROM stories").fetchone()[0]
    assert stats.stories == stories and stats.failures == 0
    assert con.execute("SELECT count(*) FROM stories WHERE nlp_run = ?", [run_id]).fetchone() == (stories,)
    assert con.execute("SELECT count(DISTINCT run_id) FROM story_labels").fetchone() == (1,)
    assert con.execute("SELECT kind, json_extract_string(versions, '$.parser') IS NOT NULL FROM runs "
                       "WHERE run_id = ?", [run_id]).fetchone() == ("reprocess", True)
    assert con.execute("SELECT coalesce(sum(mentions), 0) FROM units").fetchone() == \
        con.execute("SELECT count(*) FROM unit_mentions WHERE canonical IS NOT NULL").fetchone()
