"""Crawl throughput: the archive crawler against a bare Scrapy spider, side by side, on one local archive.

    python -m scripts.bench.crawl [--pages 5000] [--per-page 19] [--rounds 2]

A home-grown-PHP-style column of `--pages` pages (list pages with `?page=N` pagers, article pages of a few
KB) is served from memory on 127.0.0.1. Both crawlers run with politeness off (no delay, no AutoThrottle,
no robots.txt, 16 concurrent requests), each in its own process (Scrapy runs once per process), taking
turns for `--rounds` rounds so that a busy machine hurts both alike; the best round of each counts:

* bare: a minimal Scrapy spider that follows the same list and article links and keeps nothing;
* ours: the archive spider with everything it does while fetching — link classification, dedupe,
  conditional-GET bookkeeping, the per-host gate, staging every body by sha256 and every listing.
  Loading and parsing afterwards are measured by `scripts/bench/load.py` and `scripts/bench/parse.py`.

Printed: pages/s for both, their ratio (target >= 0.8) and each process's peak RSS.
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LIST = "/article/lists/45.html"
OFF = ["--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=false", "--set", "ROBOTSTXT_OBEY=false",
       "--set", "CONCURRENT_REQUESTS=16", "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "--set", "RETRY_TIMES=0"]
PARAGRAPH = ("富源县各乡镇（街道）持续开展城乡环境卫生整治，清理卫生死角，发放宣传资料，"
             "以创建国家卫生县城为抓手，压实属地责任，确保整治工作按时完成并取得实效。")


def build_archive(total_pages: int, per_page: int) -> dict[str, bytes]:
    """Path → body for a column of `total_pages` pages: list pages plus the articles they list."""
    lists = max(1, round(total_pages / (per_page + 1)))
    articles = total_pages - lists
    pages: dict[str, bytes] = {}
    for i in range(articles):
        body = "".join(f"<p>{PARAGRAPH}（第{i}期第{k}段）</p>" for k in range(6))
        pages[f"/article/description/{i}.html"] = (
            f'<html><head><meta charset="utf-8"><title>工作简报第{i}期 - 富源县人民政府</title></head><body>'
            f'<h1>工作简报第{i}期</h1><div class="info">发布时间：2021-01-19 09:19  来源：富源县人民政府办公室</div>'
            f'<div class="content">{body}</div></body></html>').encode()
    for n in range(1, lists + 1):
        ids = range((n - 1) * per_page, min(articles, n * per_page))
        items = "".join(f'<li><a href="/article/description/{i}.html">工作简报第{i}期</a><span>2021-01-19</span></li>'
                        for i in ids)
        pager = " ".join(f'<a href="{LIST}?page={k}">{k}</a>' for k in range(max(1, n - 3), min(lists, n + 3) + 1))
        if n < lists:
            pager += f' <a href="{LIST}?page={n + 1}">下一页</a>'
        html = f'<html><head><meta charset="utf-8"></head><body><ul>{items}</ul><div>{pager}</div></body></html>'
        pages[LIST if n == 1 else f"{LIST}?page={n}"] = html.encode()
    pages[f"{LIST}?page=1"] = pages[LIST]
    return pages


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    disable_nagle_algorithm = True  # headers and body go out as separate writes
    pages: dict[str, bytes] = {}

    def log_message(self, format, *args):
        return

    def do_GET(self):  # noqa: N802
        body = self.pages.get(self.path)
        status = 200 if body is not None else 404
        body = body if body is not None else b"not found"
        self.send_response(status)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def _popen_with_rusage(command: list[str]) -> tuple[str, float, int]:
    started = time.perf_counter()
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    stdout = proc.stdout.read()
    stderr = proc.stderr.read()
    _pid, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    wall = time.perf_counter() - started
    if proc.returncode != 0:
        tail = stderr.strip().splitlines()[-1:] or ["no message"]
        raise SystemExit(f"benchmark child failed ({proc.returncode}): {tail[0]}")
    return stdout, wall, usage.ru_maxrss // 1024  # Linux reports KB


def bare_spider(start_url: str, settings: dict[str, object]) -> dict[str, float]:
    """The baseline: follow list and article links, keep nothing (runs inside its own process)."""
    import scrapy
    from scrapy.crawler import CrawlerProcess

    class Bare(scrapy.Spider):
        name = "bare"

        async def start(self):
            yield scrapy.Request(start_url, callback=self.parse_list)

        def parse_list(self, response):
            for href in response.css("a::attr(href)").getall():
                url = response.urljoin(href)
                if "/article/description/" in url:
                    yield scrapy.Request(url, callback=self.parse_article)
                elif "/article/lists/" in url:
                    yield scrapy.Request(url, callback=self.parse_list)

        def parse_article(self, response):
            return None

    process = CrawlerProcess({**settings, "LOG_LEVEL": "ERROR", "TELNETCONSOLE_ENABLED": False,
                              "REMOTE_CONTROL_ENABLED": False})
    crawler = process.create_crawler(Bare)
    process.crawl(crawler)
    process.start()
    stats = crawler.stats.get_stats()
    return {"pages": stats.get("response_received_count", 0), "seconds": stats.get("elapsed_time_seconds", 0.0)}


def ours_spider(start_url: str, workdir: str) -> dict[str, float]:
    """The archive crawler's fetching phase alone, staging into `workdir` (runs inside its own process)."""
    from crawler.run import CrawlOptions, crawl_settings, fetch

    options = CrawlOptions(db=Path(workdir) / "unused.duckdb", start_urls=[start_url], workdir=Path(workdir),
                           resume=False, settings=_settings_dict(OFF), progress_interval=0)
    stats = fetch(crawl_settings(options, None, Path(workdir) / "staging"), [start_url], None, options)
    return {"pages": stats.get("response_received_count", 0), "seconds": stats.get("elapsed_time_seconds", 0.0)}


def _settings_dict(pairs: list[str]) -> dict[str, object]:
    from crawler.cli import _settings

    return _settings(pairs[1::2])


def _child(mode: str, start_url: str, *extra: str) -> tuple[dict[str, float], int]:
    out, _wall, rss = _popen_with_rusage([sys.executable, "-m", "scripts.bench.crawl", mode, start_url, *extra])
    return json.loads(out.strip().splitlines()[-1]), rss


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=5000)
    parser.add_argument("--per-page", type=int, default=19)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--bare", metavar="URL", help=argparse.SUPPRESS)  # child modes
    parser.add_argument("--ours", metavar="URL", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.bare:
        print(json.dumps(bare_spider(args.bare, _settings_dict(OFF))))
        return 0
    if args.ours:
        print(json.dumps(ours_spider(args.ours, args.workdir)))
        return 0

    _Handler.pages = build_archive(args.pages, args.per_page)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    start_url = f"http://127.0.0.1:{server.server_address[1]}{LIST}"
    print(f"archive: {len(_Handler.pages) - 1} pages on {start_url}; {args.rounds} rounds each, taking turns")
    results: dict[str, list[tuple[dict[str, float], int]]] = {"bare": [], "ours": []}
    try:
        for _ in range(args.rounds):
            results["bare"].append(_child("--bare", start_url))
            with tempfile.TemporaryDirectory() as tmp:
                results["ours"].append(_child("--ours", start_url, "--workdir", tmp))
    finally:
        server.shutdown()
    print(f"{'':8}{'pages':>8}{'best s':>9}{'pages/s':>10}{'all rounds s':>24}{'peak RSS':>10}")
    rates = {}
    for name, runs in results.items():
        best = min(runs, key=lambda r: r[0]["seconds"] / max(1, r[0]["pages"]))[0]
        rates[name] = best["pages"] / best["seconds"]
        rounds = " ".join(f"{r[0]['seconds']:.1f}" for r in runs)
        print(f"{name:8}{best['pages']:>8.0f}{best['seconds']:>9.1f}{rates[name]:>10.1f}{rounds:>24}"
              f"{max(r[1] for r in runs):>7} MB")
    print(f"ratio ours/bare (pages/s): {rates['ours'] / rates['bare']:.2f}  (target >= 0.8)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
