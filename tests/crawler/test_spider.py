"""The spider through the real CLI against a local site: zero-config columns, incremental refresh, conditional
GET, whole-site crawls and the hard page cap."""
from __future__ import annotations

import duckdb
import pytest

# Each test runs the real CLI in a subprocess (5–10 s apiece, mostly interpreter start-up); one stays in the
# fast suite (the TRS column), the rest run with `make test-all`.
slow = pytest.mark.slow

from tests.crawler.faultserver import FaultServer, Page, Site, article_html, article_text, php_column, run_cli

LIST = "/article/lists/45.html"


def _articles(tmp) -> set[str]:
    con = duckdb.connect(str(tmp / "w.duckdb"), read_only=True)
    try:
        return {row[0] for row in con.execute("SELECT url FROM articles").fetchall()}
    finally:
        con.close()


def _fetched(server) -> list[str]:
    return [r for r in server.requests if r != "/robots.txt"]


def trs_column(site: Site, count: int, per_page: int = 4, column: str = "/xwzx/ywdt/") -> list[str]:
    """A TRS column: index.html, index_1.html …; the pager is only a createPageHTML() call; a table list."""
    paths = [f"{column}2021{1 + i % 12:02d}/t2021{1 + i % 12:02d}19_{523400 + i}.html" for i in range(count)]
    for i, path in enumerate(paths):
        site.pages[path] = Page(article_html(f"富源县要闻第{i}号", "2021-01-19", article_text(i)).encode())
    pages = -(-count // per_page)
    for n in range(pages):
        rows = "".join(f'<tr><td><a href="./{p[len(column):]}">富源县要闻第{paths.index(p)}号</a></td>'
                       f'<td>2021-01-19</td></tr>' for p in paths[n * per_page:(n + 1) * per_page])
        html = (f'<html><head><meta charset="utf-8"></head><body><table>{rows}</table>'
                f'<script>createPageHTML({pages}, {n}, "index", "html");</script></body></html>')
        site.pages[f"{column}index{'' if n == 0 else f'_{n}'}.html"] = Page(html.encode())
    return paths


@pytest.fixture
def php_site():
    site = Site()
    paths = php_column(site, 12, per_page=4)
    with FaultServer(site) as server:
        yield site, server, paths


@slow
def test_zero_config_php_column_then_incremental_refresh(tmp_path, php_site):
    site, server, paths = php_site
    first = run_cli(tmp_path, "--start-url", server.url + LIST)
    assert first.returncode == 0, first.stderr
    assert _articles(tmp_path) == {server.url + p for p in paths}
    assert "articles new           12" in first.stdout

    # Nothing changed: the first list page is read again (answered 304), no article is fetched.
    server.requests.clear()
    second = run_cli(tmp_path, "--start-url", server.url + LIST)
    assert second.returncode == 0, second.stderr
    assert _fetched(server) == [LIST]
    assert server.not_modified == [LIST]

    # Two new bulletins on top: page 1 changes, page 2 is read, brings nothing new, and pagination stops there.
    server.requests.clear()
    newer = php_column(site, 14, per_page=4)
    third = run_cli(tmp_path, "--start-url", server.url + LIST)
    assert third.returncode == 0, third.stderr
    assert sorted(_fetched(server)) == sorted([LIST, LIST + "?page=2", *newer[:2]])
    assert _articles(tmp_path) == {server.url + p for p in newer}

    # --recheck fetches every known article again, with conditional GET.
    server.requests.clear()
    fourth = run_cli(tmp_path, "--recheck", "--start-url", server.url + LIST)
    assert fourth.returncode == 0, fourth.stderr
    assert set(newer) <= set(server.requests)
    assert set(newer) <= set(server.not_modified)


@slow
def test_refresh_depth_reads_further_list_pages(tmp_path, php_site):
    _site, server, _paths = php_site
    assert run_cli(tmp_path, "--start-url", server.url + LIST).returncode == 0
    server.site.pages[LIST] = Page(server.site.pages[LIST].body + b"<!-- regenerated -->")
    server.requests.clear()
    result = run_cli(tmp_path, "--refresh-depth", "2", "--start-url", server.url + LIST)
    assert result.returncode == 0, result.stderr
    assert _fetched(server) == [LIST, LIST + "?page=2"]


def test_trs_column_with_script_only_pager(tmp_path):
    site = Site()
    paths = trs_column(site, 10, per_page=4)
    with FaultServer(site) as server:
        result = run_cli(tmp_path, "--start-url", server.url + "/xwzx/ywdt/index.html")
    assert result.returncode == 0, result.stderr
    assert _articles(tmp_path) == {server.url + p for p in paths}


@slow
def test_whole_site_follows_every_column(tmp_path):
    site = Site()
    php = php_column(site, 5, per_page=3)
    trs = trs_column(site, 6, per_page=4)
    site.pages["/index.html"] = Page(
        ('<html><body><a href="/article/lists/45.html">工作简报</a> <a href="/xwzx/ywdt/index.html">要闻动态</a>'
         '<a href="http://www.yn.gov.cn/index.html">云南省</a></body></html>').encode())
    with FaultServer(site) as server:
        column_only = run_cli(tmp_path / "a", "--start-url", server.url + "/index.html")
        whole = run_cli(tmp_path / "b", "--whole-site", "--start-url", server.url + "/index.html")
    assert column_only.returncode == 0 and whole.returncode == 0, whole.stderr
    assert _articles(tmp_path / "a") == set()
    assert _articles(tmp_path / "b") == {server.url + p for p in php + trs}


@slow
def test_max_pages_is_a_hard_cap(tmp_path, php_site):
    _site, server, _paths = php_site
    result = run_cli(tmp_path, "--max-pages", "5", "--start-url", server.url + LIST)
    assert result.returncode == 0, result.stderr
    assert len(_fetched(server)) == 5


@slow
def test_robots_txt_is_obeyed_and_can_be_switched_off(tmp_path):
    site = Site(robots="User-agent: *\nDisallow: /article/description/\n")
    paths = php_column(site, 3)
    with FaultServer(site) as server:
        polite = run_cli(tmp_path / "a", "--start-url", server.url + LIST)
        assert not any(r in server.requests for r in paths)
        rude = run_cli(tmp_path / "b", "--set", "ROBOTSTXT_OBEY=false", "--start-url", server.url + LIST)
    assert polite.returncode == 0 and rude.returncode == 0
    assert "robots:3" in polite.stdout
    assert _articles(tmp_path / "b") == {server.url + p for p in paths}


@slow
def test_user_agent_names_a_contact(tmp_path):
    site = Site()
    php_column(site, 1)
    with FaultServer(site) as server:
        assert run_cli(tmp_path, "--start-url", server.url + LIST).returncode == 0
    agents = {headers.get("User-Agent") for _path, headers in server.headers_seen}
    assert len(agents) == 1 and "bulletin-miner" in agents.pop()


@slow
def test_at_most_two_requests_per_host_by_default(tmp_path):
    site = Site()
    php_column(site, 10, per_page=10, delay=0.3)
    with FaultServer(site) as server:
        result = run_cli(tmp_path, "--start-url", server.url + LIST)  # no delay, no AutoThrottle: only the cap
    assert result.returncode == 0, result.stderr
    assert server.max_active == 2
