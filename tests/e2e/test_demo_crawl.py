"""The walking skeleton end to end: the real spider crawls the demo archive over HTTP into a real DuckDB file.

Expected figures come from the generator's own record of what it wrote (MANIFEST.json, GOLD.jsonl), never
from the crawler or the parser, and the main ones are pinned too so a silent change of the archive shows.
"""
from __future__ import annotations

import re
from urllib.parse import urlsplit

SEED_TITLE = "富源县创建国家卫生县城及推进爱国卫生“7个专项行动” 工作简报(2021年第1期)"
SEED_STORIES = [
    "陈志在检查推进爱国卫生“7个专项行动”及国家卫生县城创建时强调：要对标对表、压实责任，扎实行动、精准落实",
    "富源县委宣传部组织开展爱国卫生“7 个专项行动”知晓率暗访督查",
    "富源县深入推进爱国卫生“7个专项行动”及创建国家卫生县城志愿服务工作",
    "富源县富村镇召开爱国卫生“7个专项行动”第八次集中推进现场会",
]


def _norm(text: str) -> str:
    """Compare headings without spaces and with ASCII punctuation folded to full width."""
    table = str.maketrans({":": "：", ",": "，", "(": "（", ")": "）"})
    return re.sub(r"\s+", "", text or "").translate(table)


def _path(url: str) -> str:
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def test_every_parseable_article_is_stored_once(demo_crawl):
    expected = demo_crawl.manifest["articles_expected_to_parse"]
    assert expected == 120  # the archive as generated with the default seed
    con = demo_crawl.connect()
    assert con.execute("SELECT count(*), count(DISTINCT url) FROM articles").fetchone() == (expected, expected)
    gold_paths = {g["url_path"] for g in demo_crawl.gold if g["status"] == 200}
    stored = {_path(u) for (u,) in con.execute("SELECT url FROM articles").fetchall()}
    assert stored == gold_paths


def test_story_count_matches_the_archive(demo_crawl):
    con = demo_crawl.connect()
    per_column = con.execute("""
        SELECT column_path[-1], count(*) FROM stories JOIN articles USING (article_id) GROUP BY 1
    """).fetchall()
    expected = {c: v["stories"] for c, v in demo_crawl.manifest["per_column"].items()}
    assert dict(per_column) == expected
    assert sum(expected.values()) == demo_crawl.manifest["stories"] == 278


def test_gbk_pages_titles_are_decoded(demo_crawl):
    con = demo_crawl.connect()
    gbk = [g for g in demo_crawl.gold if g["encoding"] == "gbk" and g["status"] == 200]
    assert len(gbk) >= 10
    for record in gbk:
        row = con.execute("SELECT a.title, r.encoding FROM articles a JOIN raw_pages r USING (page_id) "
                          "WHERE a.url LIKE ?", ["%" + record["url_path"]]).fetchone()
        assert row is not None, record["url_path"]
        assert _norm(row[0]) == _norm(record["title"]), record["url_path"]
        assert row[1].lower() in {"gbk", "gb18030", "gb2312"}


def test_http_500_page_is_a_failure_not_an_article(demo_crawl):
    con = demo_crawl.connect()
    broken = [g["url_path"] for g in demo_crawl.gold if g["status"] == 500]
    assert len(broken) == 1
    (url_path,) = broken
    assert con.execute("SELECT count(*) FROM articles WHERE url LIKE ?", ["%" + url_path]).fetchone()[0] == 0
    kinds = {k for (k,) in con.execute("SELECT kind FROM failures WHERE url LIKE ?", ["%" + url_path]).fetchall()}
    assert kinds == {"http_500"}
    status = con.execute("SELECT status FROM raw_pages WHERE url LIKE ?", ["%" + url_path]).fetchone()
    assert status == (500,)  # the response itself is kept in the raw archive


def test_dead_links_are_recorded(demo_crawl):
    con = demo_crawl.connect()
    dead = [g["url_path"] for g in demo_crawl.gold if g["status"] == 404]
    assert dead
    for url_path in dead:
        assert con.execute("SELECT kind FROM failures WHERE url LIKE ?", ["%" + url_path]).fetchone() == ("http_404",)


def test_seed_bulletin_is_split_into_its_four_stories(demo_crawl):
    con = demo_crawl.connect()
    row = con.execute("""
        SELECT article_id, published_at, source, author, views, issue_year, issue_no, column_path
        FROM articles WHERE issue_year = 2021 AND issue_no = 1
    """).fetchone()
    assert row is not None
    article_id, published_at, source, author, views, year, number, column_path = row
    assert published_at.strftime("%Y-%m-%d %H:%M") == "2021-01-19 09:19"
    assert (source, author, views) == ("富源县人民政府办公室", "超级管理员", 7421)
    assert column_path == ["首页", "专题专栏", "爱卫创卫", "工作简报"]
    titles = [t for (t,) in con.execute("SELECT title FROM stories WHERE article_id = ? ORDER BY seq",
                                        [article_id]).fetchall()]
    assert [_norm(t) for t in titles] == [_norm(t) for t in SEED_STORIES]
    first = con.execute("SELECT text FROM stories WHERE article_id = ? AND seq = 1", [article_id]).fetchone()[0]
    assert first.lstrip().startswith("1月2日，县委副书记、县长陈志到县城检查")


def test_attachments_are_linked_and_extracted(demo_crawl):
    con = demo_crawl.connect()
    rows = con.execute("SELECT lower(name), status FROM attachments WHERE article_id IS NOT NULL").fetchall()
    statuses = {}
    for name, status in rows:
        statuses.setdefault(name.rsplit(".", 1)[-1], set()).add(status)
    assert "extracted" in statuses.get("pdf", set())
    assert "extracted" in statuses.get("docx", set())
    assert "failed" in statuses.get("pdf", set())  # the malformed PDF, recorded with its reason
    assert con.execute("SELECT count(*) FROM failures WHERE stage = 'attachment' AND reason <> ''").fetchone()[0] >= 1


def test_crawl_run_is_recorded_with_its_figures(demo_crawl):
    con = demo_crawl.connect()
    run = con.execute("SELECT status, pages_fetched, new_articles, errors FROM crawl_runs").fetchall()
    assert len(run) == 1
    status, fetched, new, errors = run[0]
    assert status == "finished"
    assert new == demo_crawl.manifest["articles_expected_to_parse"]
    assert fetched > new and errors >= 2
    assert "articles new" in demo_crawl.stdout


def test_off_site_and_trap_links_are_not_followed(demo_crawl):
    con = demo_crawl.connect()
    hosts = {urlsplit(u).netloc for (u,) in con.execute("SELECT url FROM raw_pages").fetchall()}
    assert hosts == {urlsplit(demo_crawl.base_url).netloc}
    assert con.execute("SELECT count(*) FROM raw_pages WHERE url LIKE '%/search/%'").fetchone()[0] == 0
