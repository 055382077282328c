"""`crawl --site demo` against the generated demo archive, checked against the generator's GOLD.jsonl."""
from __future__ import annotations

import json
import subprocess
import sys

import duckdb
import pytest

from tests.crawler.faultserver import ROOT, run_cli

pytestmark = pytest.mark.slow  # generates the archive and crawls it twice: ~40 s


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    from scripts.demo_archive.server import serve

    tmp = tmp_path_factory.mktemp("demo")
    site = tmp / "site"
    subprocess.run([sys.executable, "-m", "scripts.demo_archive.generate", "--out", str(site)], cwd=ROOT,
                   check=True, capture_output=True, timeout=300)
    gold = [json.loads(line) for line in (site / "GOLD.jsonl").read_text(encoding="utf-8").splitlines()]
    manifest = json.loads((site / "MANIFEST.json").read_text(encoding="utf-8"))
    server = serve(site)
    try:
        first = run_cli(tmp, "--site", "demo", "--base-url", server.url + "/", timeout=180)
        second = run_cli(tmp, "--site", "demo", "--base-url", server.url + "/", timeout=180)
    finally:
        server.close()
    con = duckdb.connect(str(tmp / "w.duckdb"), read_only=True)
    yield {"first": first, "second": second, "gold": gold, "manifest": manifest, "url": server.url, "con": con}
    con.close()


def test_every_listed_article_is_stored_once(demo):
    assert demo["first"].returncode == 0, demo["first"].stderr
    con, url = demo["con"], demo["url"]
    titles = dict(con.execute("SELECT url, title FROM articles").fetchall())
    expected = {url + g["url_path"]: g["title"] for g in demo["gold"] if g["status"] == 200}
    assert len(titles) == demo["manifest"]["articles_expected_to_parse"] == len(expected)
    assert titles == expected
    assert con.execute("SELECT count(*) FROM stories").fetchone()[0] == demo["manifest"]["stories"]


def test_all_list_pages_read_and_traps_avoided(demo):
    con, url = demo["con"], demo["url"]
    lists = {r[0] for r in con.execute("SELECT url FROM raw_pages WHERE role = 'list' AND status = 200").fetchall()}
    # ?page=1 is linked beside the bare list URL on the PHP column: the same page under two URLs.
    distinct = {u.replace("?page=1", "") for u in lists}
    assert len(distinct) == sum(demo["manifest"]["list_pages"].values())
    assert con.execute("SELECT count(*) FROM raw_pages WHERE url LIKE '%/search/%' OR url LIKE '%yn.gov.cn%'"
                       ).fetchone()[0] == 0


def test_broken_links_and_attachments_have_outcomes(demo):
    con, url, broken = demo["con"], demo["url"], demo["manifest"]["broken_links"]
    failures = {r[0]: r[1] for r in con.execute("SELECT url, kind FROM failures").fetchall()}
    for path in broken["404_articles"]:
        assert failures[url + path] == "http_404"
    for path in broken["500_articles"]:
        assert failures[url + path] == "http_500"
    attachments = {r[0]: r[1] for r in con.execute("SELECT url, status FROM attachments").fetchall()}
    statuses = {path: attachments[url + path] for path in
                [a["url_path"] for g in demo["gold"] for a in g["attachments"]]}
    assert statuses[broken["dead_attachments"][0]] == "missing"
    assert statuses[broken["malformed_attachments"][0]] == "failed"
    assert sorted(statuses.values()) == ["extracted"] * 3 + ["failed", "missing", "not_extracted"]


def test_a_second_run_reads_only_the_first_list_pages(demo):
    second = demo["second"]
    assert second.returncode == 0, second.stderr
    assert "pages fetched           3  304:3" in second.stdout
    assert "articles new            0" in second.stdout
