"""A small government site on 127.0.0.1 for crawler tests, with faults injected on purpose.

`Site` is a mapping of request path (with query) to `Page`; a `Page` may misbehave (reset the connection,
stall, truncate its body, fail N times first, redirect). `dynamic` routes answer path prefixes from a
function (endless calendars and pagers). The server records every request and answers conditional GETs
with 304 when the page's ETag matches. The site can change while a crawl runs in another process.
"""
from __future__ import annotations

import hashlib
import socket
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    fault: str | None = None  # reset | stall | truncate | flaky | redirect
    fail_times: int = 0  # flaky: answer 500 this many times first
    location: str | None = None  # redirect target
    delay: float = 0.0  # seconds before answering (a slow site)
    conditional: bool = True  # send ETag and answer 304


@dataclass
class Site:
    pages: dict[str, Page] = field(default_factory=dict)
    dynamic: dict[str, Callable[[str], Page]] = field(default_factory=dict)  # path prefix → page maker
    robots: str = "User-agent: *\nDisallow: /private/\n"

    def find(self, target: str) -> Page | None:
        if target == "/robots.txt":
            return Page(self.robots.encode(), content_type="text/plain")
        if target in self.pages:
            return self.pages[target]
        for prefix, make in self.dynamic.items():
            if target.startswith(prefix):
                return make(target)
        return None


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:16] + '"'


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: "FaultServer._Server"

    def log_message(self, format, *args):  # quiet
        return

    def do_GET(self) -> None:  # noqa: N802 (http.server naming)
        owner = self.server.owner
        with owner.lock:
            owner.requests.append(self.path)
            owner.headers_seen.append((self.path, dict(self.headers)))
            count = owner.hits.get(self.path, 0) + 1
            owner.hits[self.path] = count
        with owner.lock:
            owner.active += 1
            owner.max_active = max(owner.max_active, owner.active)
        try:
            self._answer(owner, count)
        finally:
            with owner.lock:
                owner.active -= 1

    def _answer(self, owner: "FaultServer", count: int) -> None:
        page = owner.site.find(self.path)
        if page is None:
            return self._send(404, b"<html><body>404 Not Found</body></html>", "text/html")
        if page.delay:
            time.sleep(page.delay)
        if page.fault == "reset":
            # RST instead of FIN: the client sees a connection reset, no response at all.
            self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            self.connection.close()
            self.close_connection = True
            return
        if page.fault == "stall":
            time.sleep(owner.stall_seconds)
            self.close_connection = True
            return
        if page.fault == "flaky" and count <= page.fail_times:
            return self._send(500, b"<html><body>500 Internal Server Error</body></html>", "text/html")
        if page.fault == "redirect":
            self.send_response(302)
            self.send_header("Location", page.location or "/")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if page.fault == "truncate":
            self.send_response(page.status)
            self.send_header("Content-Type", page.content_type)
            self.send_header("Content-Length", str(len(page.body) * 2))
            self.end_headers()
            self.wfile.write(page.body)
            self.wfile.flush()
            self.close_connection = True
            return
        headers = dict(page.headers)
        if page.conditional and page.status == 200:
            etag = _etag(page.body)
            headers["ETag"] = etag
            headers.setdefault("Last-Modified", "Tue, 19 Jan 2021 09:19:00 GMT")
            if self.headers.get("If-None-Match") == etag:
                with owner.lock:
                    owner.not_modified.append(self.path)
                return self._send(304, b"", None, headers)
        self._send(page.status, page.body, page.content_type, headers)

    def _send(self, status: int, body: bytes, content_type: str | None, headers: dict[str, str] | None = None):
        self.send_response(status)
        if content_type:
            self.send_header("Content-Type", content_type)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        try:
            self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            pass


class FaultServer:
    """`with FaultServer(site) as server:` serves `site` on `server.url` from a background thread."""

    class _Server(ThreadingHTTPServer):
        daemon_threads = True
        owner: "FaultServer"

    def __init__(self, site: Site, stall_seconds: float = 3.0) -> None:
        self.site = site
        self.stall_seconds = stall_seconds
        self.lock = threading.Lock()
        self.requests: list[str] = []
        self.headers_seen: list[tuple[str, dict[str, str]]] = []
        self.not_modified: list[str] = []
        self.hits: dict[str, int] = {}
        self.active = 0  # requests being answered now
        self.max_active = 0
        self._server = self._Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> "FaultServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()


# -- page makers -------------------------------------------------------------------------------------------

def article_html(title: str, date: str, paragraphs: list[str], extra: str = "", charset: str = "utf-8") -> str:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<html><head><meta charset="{charset}"><title>{title} - 富源县人民政府</title></head><body>'
            f'<div class="nav">您当前所在的位置：<a href="/">首页</a> > <a href="/article/lists/45.html">工作简报</a></div>'
            f'<h1>{title}</h1><div class="info">发布时间：{date} 09:19  来源：富源县人民政府办公室</div>'
            f'<div class="content">{body}{extra}</div>'
            f'<div class="footer"><a href="http://www.yn.gov.cn/">云南省人民政府</a></div></body></html>')


def article_text(n: int) -> list[str]:
    return [f"第{n}期：富源县各乡镇（街道）持续开展城乡环境卫生整治，清理卫生死角{n}处，发放宣传资料{n * 10}份。",
            f"会议要求，各单位要以创建国家卫生县城为抓手，压实属地责任，确保第{n}项整治工作按时完成并取得实效。"]


def list_html(items: list[tuple[str, str, str]], pager: str = "", extra: str = "") -> str:
    lis = "".join(f'<li><a href="{href}" title="{title}">{title}</a><span class="date">{date}</span></li>'
                  for href, title, date in items)
    return (f'<html><head><meta charset="utf-8"><title>工作简报 - 富源县人民政府</title></head><body>'
            f'<div class="nav"><a href="/">首页</a> > 工作简报</div>'
            f'<form action="/search/"><input name="q"></form>'
            f'<table class="calendar"><tr><td><a href="/search/?date=2021-01-01">1</a></td></tr></table>'
            f'<ul class="list">{lis}</ul>{pager}{extra}'
            f'<div class="footer"><a href="http://www.yn.gov.cn/">云南省人民政府</a></div></body></html>')


def php_column(site: Site, count: int, per_page: int = 5, list_path: str = "/article/lists/45.html",
               first_id: int = 100, delay: float = 0.0) -> list[str]:
    """Add a home-grown PHP column (`?page=N`, 首页/上一页/numbered/下一页/尾页), newest first.

    Returns the article paths, newest first."""
    ids = list(range(first_id + count - 1, first_id - 1, -1))
    paths = [f"/article/description/{i}.html" for i in ids]
    for i, path in zip(ids, paths):
        title = f"富源县爱国卫生工作简报第{i}期"
        site.pages[path] = Page(article_html(title, f"2021-01-{1 + i % 28:02d}", article_text(i)).encode(),
                                delay=delay)
    pages = max(1, -(-count // per_page))
    for n in range(1, pages + 1):
        chunk = paths[(n - 1) * per_page: n * per_page]
        items = [(p, f"富源县爱国卫生工作简报第{p.rsplit('/', 1)[1].split('.')[0]}期", "2021-01-19") for p in chunk]
        links = [f'<a href="{list_path}">首页</a>']
        if n > 1:
            links.append(f'<a href="{list_path}?page={n - 1}">上一页</a>')
        links += [f'<a href="{list_path if k == 1 else f"{list_path}?page={k}"}">{k}</a>'
                  for k in range(max(1, n - 2), min(pages, n + 2) + 1)]
        if n < pages:
            links.append(f'<a href="{list_path}?page={n + 1}">下一页</a>')
        links.append(f'<a href="{list_path}?page={pages}">尾页</a>')
        target = list_path if n == 1 else f"{list_path}?page={n}"
        site.pages[target] = Page(list_html(items, '<div class="pager">' + " ".join(links) + "</div>").encode())
        if n == 1:
            site.pages[f"{list_path}?page=1"] = site.pages[target]  # sites often link page 1 both ways
    return paths


# -- running the real CLI ----------------------------------------------------------------------------------

ROOT = Path(__file__).resolve().parents[2]
FAST = ["--set", "DOWNLOAD_TIMEOUT=2", "--set", "RETRY_TIMES=1", "--set", "RETRY_BACKOFF_BASE=0.1",
        "--set", "AUTOTHROTTLE_ENABLED=false", "--set", "DOWNLOAD_DELAY=0"]


def crawl_command(tmp: Path, *args: str) -> list[str]:
    return [sys.executable, "-m", "crawler", "crawl", "--db", str(tmp / "w.duckdb"), "--workdir", str(tmp / "work"),
            "--quiet", *FAST, *args]


def run_cli(tmp: Path, *args: str, timeout: float = 60) -> subprocess.CompletedProcess:
    return subprocess.run(crawl_command(tmp, *args), cwd=ROOT, capture_output=True, text=True, timeout=timeout)
