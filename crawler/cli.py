"""Command line of the crawler. Errors become one line on stderr and a non-zero exit code."""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from crawler.profiles import ProfileError, available

EXAMPLES = """examples:
  python -m crawler crawl --site demo --base-url http://127.0.0.1:8000/
  python -m crawler crawl --start-url http://www.example.gov.cn/xwzx/ywdt/index.html --max-pages 200
  python -m crawler parse page.html --url http://www.example.gov.cn/art/2021/1/19/art_1_2.html
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m crawler", description=__doc__, epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    crawl = sub.add_parser("crawl", help="harvest a column (or a configured site) into the warehouse",
                           epilog=EXAMPLES, formatter_class=argparse.RawDescriptionHelpFormatter)
    crawl.add_argument("--start-url", action="append", default=[], help="a column's list page (repeatable)")
    crawl.add_argument("--site", help=f"a site profile from crawler/sites/ ({', '.join(available())})")
    crawl.add_argument("--base-url", help="override the profile's base URL (e.g. the demo server's port)")
    crawl.add_argument("--db", type=Path, default=None, help="warehouse file (default: $DB or data/bulletins.duckdb)")
    crawl.add_argument("--max-pages", type=int, default=0, help="stop after this many requests (0: no limit)")
    crawl.add_argument("--whole-site", action="store_true", help="follow every list page on the host")
    crawl.add_argument("--recheck", action="store_true", help="fetch known articles again (conditional GET)")
    crawl.add_argument("--refresh-depth", type=int, default=None,
                       help="stop paginating after this many list pages in a row bring nothing new (default 1)")
    crawl.add_argument("--workdir", type=Path, default=Path("data"), help="staging and job folders (default: data)")
    crawl.add_argument("--no-resume", action="store_true", help="do not keep a JOBDIR for resuming")
    crawl.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                       help="override a Scrapy setting, e.g. --set DOWNLOAD_DELAY=2")
    crawl.add_argument("--quiet", action="store_true", help="no progress lines")
    sub.add_parser("parse", help="parse one saved page and print it as JSON", add_help=False)
    return parser


def _settings(pairs: list[str]) -> dict[str, object]:
    out: dict[str, object] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep:
            raise ValueError(f"--set expects NAME=VALUE, got {pair!r}")
        lowered = value.lower()
        out[name] = True if lowered == "true" else False if lowered == "false" else (
            int(value) if value.isdigit() else float(value) if value.replace(".", "", 1).isdigit() else value)
    return out


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["parse"]:
        from crawler.parsing.cli import main as parse_main

        return parse_main(argv[1:])
    args = _parser().parse_args(argv)
    from crawler.run import CrawlOptions, run_crawl
    from warehouse.db import WarehouseError, default_db

    try:
        options = CrawlOptions(db=args.db or default_db(), start_urls=args.start_url, site=args.site,
                               base_url=args.base_url, max_pages=args.max_pages, whole_site=args.whole_site,
                               recheck=args.recheck, refresh_depth=args.refresh_depth, workdir=args.workdir, resume=not args.no_resume,
                               settings=_settings(args.set), progress_interval=0 if args.quiet else 5.0)
        summary = run_crawl(options)
    except (ProfileError, WarehouseError, ValueError) as exc:
        print(f"crawl: {exc}", file=sys.stderr)
        return 2
    print(summary.table())
    return 0 if summary.status in {"finished", "closespider_pagecount"} else 1
