"""Bad input: every injected fault ends in a recorded outcome with its reason; the crawl still finishes and
nothing stored by an earlier crawl is lost."""
from __future__ import annotations

import duckdb
import pytest

# Two real crawls in subprocesses (~30 s): run with `make test-all`.
pytestmark = pytest.mark.slow

from tests.crawler.faultserver import FaultServer, Page, Site, article_html, article_text, list_html, php_column, run_cli

LIST = "/article/lists/45.html"
CHALLENGE = (b"<html><head><script>var _0x1a2b=['cookie'];document.cookie='__jsl_clearance=1583;path=/';"
             b"location.href=location.pathname;</script></head><body></body></html>")

ATTACHMENT_LINKS = ('<p>附件：<a href="/uploads/2021/0203a.pdf">评分表</a> <a href="/uploads/2021/big.pdf">影像资料</a>'
                    ' <a href="/uploads/2021/gone.docx">名单</a></p>')
ATTACHMENTS = {
    # A broken PDF whose name is only in a raw GBK Content-Disposition header.
    "/uploads/2021/0203a.pdf": Page(b"%PDF-1.4\n1 0 obj <<", content_type="application/pdf", headers={
        "Content-Disposition": 'attachment; filename="' + "检查评分表.pdf".encode("gbk").decode("latin-1") + '"'}),
    "/uploads/2021/big.pdf": Page(b"%PDF-1.4\n" + b"0" * 300_000, content_type="application/pdf"),  # over the cap
}

FAULTS = {
    # path: (page or None for "no such page", outcome we expect)
    "/article/description/4040.html": None,
    "/article/description/5000.html": Page(article_html("富源县开展农贸市场整治", "2021-02-01", article_text(5)).encode(),
                                           fault="flaky", fail_times=1),
    "/article/description/6000.html": Page(b"", fault="reset"),
    "/article/description/7000.html": Page(b"", fault="stall"),
    "/article/description/8000.html": Page(fault="redirect", location="/article/description/8001.html"),
    "/article/description/8001.html": Page(fault="redirect", location="/article/description/8000.html"),
    "/article/description/9000.html": Page(article_html("被截断的页面", "2021-02-02", article_text(9)).encode(),
                                           fault="truncate"),
    "/article/description/9100.html": Page(article_html("富源县召开卫生城市复审迎检会", "2021-02-03", article_text(91),
                                                        charset="gbk", extra=ATTACHMENT_LINKS).encode("gbk"),
                                           content_type="text/html; charset=utf-8"),  # the header lies
    "/article/description/9200.html": Page(b"<html><body><p>" + "大".encode() * 7_000_000 + b"</p></body></html>"),
    "/article/description/9300.html": Page(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 40,
                                           content_type="text/html"),
    "/article/description/9400.html": Page(CHALLENGE, status=521),
    "/article/description/9600.html": Page(fault="redirect", location="http://www.yn.gov.cn/art/2021/1/1/art_1_2.html"),
    "/private/article/description/9500.html": Page(article_html("内部", "2021-02-04", article_text(95)).encode()),
}


def _endless(target: str) -> Page:
    """An endless pager: page N links page N+1 and one article that exists, forever."""
    n = int(target.rsplit("=", 1)[1]) if "=" in target else 1
    return Page(list_html([(f"/art/2021/3/1/art_77_{n}.html", f"第{n}天", "2021-03-01")],
                          f'<a href="/article/lists/77.html?page={n + 1}">下一页</a>').encode())


def _day(target: str) -> Page:
    n = int(target.rsplit("_", 1)[1].split(".")[0])
    return Page(article_html(f"富源县第{n}天环境卫生检查通报", "2021-03-01", article_text(n)).encode())


def _empty(target: str) -> Page:
    """A calendar-like pager that never lists anything."""
    n = int(target.rsplit("=", 1)[1]) if "=" in target else 1
    return Page(list_html([], f'<a href="/article/lists/88.html?page={n + 1}">下一页</a>').encode())


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("faults")
    site = Site()
    earlier = php_column(site, 3, per_page=10)
    site.dynamic["/article/lists/77.html"] = _endless
    site.dynamic["/art/2021/3/1/art_77_"] = _day
    site.dynamic["/article/lists/88.html"] = _empty
    with FaultServer(site, stall_seconds=3) as server:
        first = run_cli(tmp, "--start-url", server.url + LIST)
        assert first.returncode == 0, first.stderr
        con = duckdb.connect(str(tmp / "w.duckdb"), read_only=True)
        before = con.execute("SELECT url, title FROM articles ORDER BY url").fetchall()
        con.close()
        # The second week: the column now links every kind of trouble, and one old article was withdrawn.
        items = [(path, f"条目{path}", "2021-02-01") for path in FAULTS] + [(p, "旧", "2021-01-01") for p in earlier]
        site.pages[LIST] = Page(list_html(items).encode())
        for path, page in {**FAULTS, **ATTACHMENTS}.items():
            if page is not None:
                site.pages[path] = page
        del site.pages[earlier[0]]
        second = run_cli(tmp, "--recheck", "--start-url", server.url + LIST,
                         "--start-url", server.url + "/article/lists/77.html",
                         "--start-url", server.url + "/article/lists/88.html",
                         "--set", "DOWNLOAD_TIMEOUT=1", "--set", "MAX_LIST_PAGES=6",
                         "--set", "ATTACHMENT_MAXSIZE=100000", timeout=90)
        requests = list(server.requests)
    con = duckdb.connect(str(tmp / "w.duckdb"), read_only=True)
    yield {"first": first, "second": second, "before": before, "con": con, "earlier": earlier,
           "requests": requests, "url": server.url}
    con.close()


def _failure(con, url: str) -> tuple[str, str]:
    rows = con.execute("SELECT kind, reason FROM failures WHERE url = ? ORDER BY failed_at DESC", [url]).fetchall()
    assert rows, f"no failure recorded for {url}"
    return rows[0]


def test_the_crawl_finishes(crawled):
    assert crawled["second"].returncode == 0, crawled["second"].stderr
    assert "finished" in crawled["second"].stdout


@pytest.mark.parametrize("path,kind,reason_part", [
    ("/article/description/4040.html", "http_404", "404"),
    ("/article/description/6000.html", "connection_lost", "DownloadFailedError"),
    ("/article/description/7000.html", "timeout", "Timeout"),
    ("/article/description/8000.html", "redirect_loop", "redirect"),
    ("/article/description/9000.html", "truncated", "DataLoss"),
    ("/article/description/9200.html", "too_large", "max size"),
    ("/article/description/9300.html", "binary", "binary"),
    ("/article/description/9400.html", "challenge", "521"),
    ("/private/article/description/9500.html", "robots", "robots.txt"),
    ("/article/description/9600.html", "off_site", "www.yn.gov.cn"),
])
def test_each_fault_has_an_outcome_with_its_reason(crawled, path, kind, reason_part):
    got_kind, reason = _failure(crawled["con"], crawled["url"] + path)
    assert got_kind == kind
    assert reason_part.lower() in reason.lower()


def test_500_then_200_is_retried_and_parsed(crawled):
    con, url = crawled["con"], crawled["url"]
    assert crawled["requests"].count("/article/description/5000.html") == 2
    assert con.execute("SELECT title FROM articles WHERE url = ?", [url + "/article/description/5000.html"]
                       ).fetchone() == ("富源县开展农贸市场整治",)


def test_wrong_charset_header_still_decodes(crawled):
    con, url = crawled["con"], crawled["url"]
    row = con.execute("""SELECT a.title, r.encoding FROM articles a JOIN raw_pages r USING (page_id)
                         WHERE a.url = ?""", [url + "/article/description/9100.html"]).fetchone()
    assert row == ("富源县召开卫生城市复审迎检会", "gb18030")


def test_challenge_page_is_kept_raw_and_never_an_article(crawled):
    con, url = crawled["con"], crawled["url"] + "/article/description/9400.html"
    assert con.execute("SELECT kind, status FROM raw_pages WHERE url = ?", [url]).fetchone() == ("challenge", 521)
    assert con.execute("SELECT count(*) FROM articles WHERE url = ?", [url]).fetchone()[0] == 0


def test_off_site_links_are_never_requested(crawled):
    con = crawled["con"]
    assert con.execute("SELECT count(*) FROM raw_pages WHERE url LIKE '%yn.gov.cn%'").fetchone()[0] == 0
    # The one off-site URL in `failures` is a redirect target that was refused, not fetched.
    assert con.execute("SELECT kind FROM failures WHERE url LIKE '%yn.gov.cn%'").fetchall() == []


def test_traps_end(crawled):
    requests = crawled["requests"]
    endless = [r for r in requests if r.startswith("/article/lists/77.html")]
    empty = [r for r in requests if r.startswith("/article/lists/88.html")]
    assert len(endless) == 6  # MAX_LIST_PAGES
    assert len(empty) == 2  # LIST_EMPTY_LIMIT pages with nothing on them
    assert not any(r.startswith("/search") for r in requests)


def test_nothing_stored_earlier_is_lost(crawled):
    con = crawled["con"]
    after = dict(con.execute("SELECT url, title FROM articles").fetchall())
    for url, title in crawled["before"]:
        assert after[url] == title
    withdrawn = crawled["url"] + crawled["earlier"][0]
    assert con.execute("SELECT withdrawn FROM articles WHERE url = ?", [withdrawn]).fetchone() == (True,)
    assert con.execute("SELECT count(*) FROM raw_pages WHERE url = ? AND status = 200", [withdrawn]).fetchone()[0] == 1


def test_recheck_uses_conditional_get(crawled):
    con, url = crawled["con"], crawled["url"]
    unchanged = url + crawled["earlier"][1]
    assert con.execute("SELECT count(*) FROM raw_pages WHERE url = ?", [unchanged]).fetchone()[0] == 1
    assert con.execute("SELECT last_seen_at > fetched_at FROM raw_pages WHERE url = ?", [unchanged]).fetchone() == (True,)


def test_crawl_runs_has_the_figures(crawled):
    import json

    runs = crawled["con"].execute(
        "SELECT pages_by_status, errors_by_kind, new_articles FROM crawl_runs ORDER BY started_at").fetchall()
    assert len(runs) == 2
    by_status, errors, new = json.loads(runs[1][0]), json.loads(runs[1][1]), runs[1][2]
    assert by_status["304"] >= 2 and by_status["521"] == 1
    assert errors["timeout"] == 1 and errors["challenge"] == 1 and errors["robots"] == 1
    assert new >= 3  # 5000, 9100 and the endless column's days


def test_attachments_named_capped_and_failures_recorded(crawled):
    con, url = crawled["con"], crawled["url"]
    rows = {r[0]: r[1:] for r in con.execute("SELECT url, name, status, reason, article_id FROM attachments").fetchall()}
    article = con.execute("SELECT article_id FROM articles WHERE url = ?",
                          [url + "/article/description/9100.html"]).fetchone()[0]
    name, status, reason, parent = rows[url + "/uploads/2021/0203a.pdf"]
    assert (name, status, parent) == ("检查评分表.pdf", "failed", article) and reason
    name, status, reason, parent = rows[url + "/uploads/2021/gone.docx"]
    assert (name, status, reason) == ("名单.docx", "missing", "HTTP 404")
    assert _failure(con, url + "/uploads/2021/big.pdf")[0] == "too_large"
