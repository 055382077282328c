"""Serve a generated demo site on 127.0.0.1, the way the county's web server would.

    python -m scripts.demo_archive.server data/demo_site [--port 8000] [--verbose]

Each request is answered from routes.json (exact path + query first, then the path alone), else
from the file tree, else 404. Responses carry ETag and Last-Modified; matching conditional
requests get 304."""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import mimetypes
import sys
import threading
from email.utils import formatdate, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

from .generate import META_FILES

log = logging.getLogger(__name__)
_NOT_FOUND = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>404</title></head><body><h1>404</h1><p>您访问的页面不存在。</p></body></html>\n".encode()


class _Resolved:
    def __init__(self, path: Path | None, status: int, content_type: str) -> None:
        self.path, self.status, self.content_type = path, status, content_type


class SiteIndex:
    """Maps a request target to a file, status and content type."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        routes_file = self.root / "routes.json"
        self.routes: dict[str, dict] = json.loads(routes_file.read_text(encoding="utf-8")) if routes_file.is_file() else {}

    def resolve(self, target: str) -> _Resolved:
        parts = urlsplit(target)
        path = unquote(parts.path) or "/"
        key = path + ("?" + parts.query if parts.query else "")
        route = self.routes.get(key) or self.routes.get(path)
        if route:
            return _Resolved(self.root / route["file"], route["status"], route["content_type"])
        return self._static(path)

    def _static(self, path: str) -> _Resolved:
        candidate = (self.root / path.lstrip("/")).resolve()
        if candidate.is_dir():
            candidate = candidate / "index.html"
        inside = candidate.is_relative_to(self.root)
        if not inside or not candidate.is_file() or candidate.parent == self.root and candidate.name in META_FILES:
            return _Resolved(None, 404, "text/html; charset=utf-8")
        ctype = mimetypes.guess_type(candidate.name)[0] or "application/octet-stream"
        if ctype == "text/html":
            ctype = "text/html; charset=utf-8"
        return _Resolved(candidate, 200, ctype)


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha1(body).hexdigest()[:20] + '"'


def _make_handler(index: SiteIndex, verbose: bool) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def version_string(self) -> str:
            return "Apache"

        def do_GET(self) -> None:  # noqa: N802 (http.server naming)
            self._answer(send_body=True)

        def do_HEAD(self) -> None:  # noqa: N802
            self._answer(send_body=False)

        def _answer(self, send_body: bool) -> None:
            found = index.resolve(self.path)
            body = found.path.read_bytes() if found.path else _NOT_FOUND
            if found.status != 200:
                self._send(found.status, found.content_type, body, send_body)
                return
            etag = _etag(body)
            mtime = found.path.stat().st_mtime
            headers = {"ETag": etag, "Last-Modified": formatdate(mtime, usegmt=True)}
            if self._not_modified(etag, mtime):
                self.send_response(304)
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                return
            self._send(200, found.content_type, body, send_body, headers)

        def _not_modified(self, etag: str, mtime: float) -> bool:
            inm = self.headers.get("If-None-Match")
            if inm is not None:
                tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
                return "*" in tags or etag in tags
            ims = self.headers.get("If-Modified-Since")
            if ims:
                try:
                    return int(mtime) <= parsedate_to_datetime(ims).timestamp()
                except (TypeError, ValueError):
                    return False
            return False

        def _send(self, status: int, ctype: str, body: bytes, send_body: bool, headers: dict | None = None) -> None:
            self.send_response(status)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            if send_body:
                self.wfile.write(body)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (base-class signature)
            if verbose:
                sys.stderr.write("%s - %s\n" % (self.address_string(), format % args))

    return Handler


class DemoServer:
    """A running demo site server; use as a context manager or call close()."""

    def __init__(self, root: Path, host: str = "127.0.0.1", port: int = 0, verbose: bool = False) -> None:
        if not (Path(root) / "routes.json").is_file():
            raise FileNotFoundError(f"{root} has no routes.json: generate the demo site first")
        self._httpd = ThreadingHTTPServer((host, port), _make_handler(SiteIndex(Path(root)), verbose))
        self._httpd.daemon_threads = True
        self.host = host
        self.port: int = self._httpd.server_address[1]
        self.url = f"http://{host}:{self.port}"
        self._thread = threading.Thread(target=self._httpd.serve_forever, name="demo-site-server", daemon=True)
        self._thread.start()

    def close(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> "DemoServer":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve(root: Path, host: str = "127.0.0.1", port: int = 0, verbose: bool = False) -> DemoServer:
    """Start serving `root` in a daemon thread; the returned object knows its `.url` and `.port`."""
    return DemoServer(root, host, port, verbose)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("root", type=Path, help="folder written by scripts.demo_archive.generate")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--verbose", action="store_true", help="log every request to stderr")
    args = parser.parse_args(argv)
    try:
        server = serve(args.root, port=args.port, verbose=args.verbose)
    except (FileNotFoundError, OSError) as exc:
        print(f"demo_archive.server: {exc}", file=sys.stderr)
        return 1
    print(f"serving {args.root} at {server.url}/ (Ctrl-C to stop)")
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        server.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
