"""The demo server answers like the county's web server: routes first, then files, then 404,
with ETag / Last-Modified and 304 for matching conditional requests."""
from __future__ import annotations

import http.client
from pathlib import Path

import pytest

from scripts.demo_archive.server import DemoServer, serve
from tests.scripts.demo_site_helpers import load_gold, load_routes


@pytest.fixture(scope="module")
def server(site: Path):
    with serve(site) as srv:
        yield srv


def _get(server: DemoServer, target: str, headers: dict | None = None, method: str = "GET"):
    conn = http.client.HTTPConnection("127.0.0.1", server.port, timeout=5)
    try:
        conn.request(method, target, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, dict(resp.getheaders()), resp.read()
    finally:
        conn.close()


def test_binds_loopback_on_a_free_port(server: DemoServer) -> None:
    assert server.url == f"http://127.0.0.1:{server.port}" and server.port > 0


def test_gbk_page_with_charset_in_header(server: DemoServer, site: Path) -> None:
    routes = load_routes(site)
    key = next(k for k, r in routes.items() if r["content_type"] == "text/html; charset=gbk")
    status, headers, body = _get(server, key)
    assert status == 200 and headers["Content-Type"] == "text/html; charset=gbk"
    assert "富源县" in body.decode("gbk")


def test_gbk_page_with_charset_only_in_meta(server: DemoServer, site: Path) -> None:
    routes = load_routes(site)
    key = next(k for k, r in routes.items() if r["content_type"] == "text/html")
    status, headers, body = _get(server, key)
    assert status == 200 and headers["Content-Type"] == "text/html"
    assert b'<meta charset="gbk">' in body[:300]


def test_the_one_500_and_a_listed_404(server: DemoServer, site: Path) -> None:
    gold = load_gold(site)
    (broken,) = [g["url_path"] for g in gold if g["status"] == 500]
    assert _get(server, broken)[0] == 500
    dead = next(g["url_path"] for g in gold if g["status"] == 404)
    assert _get(server, dead)[0] == 404
    assert _get(server, "/no/such/page.html")[0] == 404


def test_query_string_selects_the_list_page(server: DemoServer) -> None:
    _, _, first = _get(server, "/article/lists/45.html")
    status, _, second = _get(server, "/article/lists/45.html?page=2")
    assert status == 200 and first != second
    assert "工作简报" in second.decode("utf-8")


def test_etag_and_last_modified_give_304(server: DemoServer) -> None:
    status, headers, body = _get(server, "/index.html")
    assert status == 200 and body
    etag, modified = headers["ETag"], headers["Last-Modified"]
    status, _, body = _get(server, "/index.html", {"If-None-Match": etag})
    assert status == 304 and body == b""
    assert _get(server, "/index.html", {"If-None-Match": '"other"'})[0] == 200
    assert _get(server, "/index.html", {"If-Modified-Since": modified})[0] == 304


def test_head_static_files_and_hidden_records(server: DemoServer) -> None:
    status, headers, body = _get(server, "/robots.txt", method="HEAD")
    assert status == 200 and body == b"" and int(headers["Content-Length"]) > 0
    assert _get(server, "/search/?date=2021-01-05")[0] == 200
    for name in ("routes.json", "GOLD.jsonl", "MANIFEST.json"):
        assert _get(server, "/" + name)[0] == 404
    assert _get(server, "/../../etc/passwd")[0] == 404


def test_refuses_a_folder_without_routes(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match=str(tmp_path)):
        serve(tmp_path)
