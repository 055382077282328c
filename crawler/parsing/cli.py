"""``python -m crawler parse FILE [--url URL]``: print the parsed page as one JSON object.

Example::

    python -m crawler parse saved/t20210119_523401.html --url http://www.fy.gov.cn/xwzx/ywdt/202101/t20210119_523401.html
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from crawler.parsing.page import parse_page


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m crawler parse",
        description="Parse a saved page into title, date, source, body, stories … (one JSON object on stdout).",
        epilog="example: python -m crawler parse page.html --url http://www.fy.gov.cn/art/2021/3/15/art_1234_5678.html")
    parser.add_argument("file", type=Path, help="saved page (raw bytes as fetched)")
    parser.add_argument("--url", default="", help="the page's URL: resolves attachment links, checks the date path")
    parser.add_argument("--content-type", default=None, help="HTTP Content-Type header, e.g. 'text/html; charset=gbk'")
    return parser


def main(argv: list[str] | None = None) -> int:
    args_in = list(sys.argv[1:] if argv is None else argv)
    if args_in[:1] == ["parse"]:
        args_in = args_in[1:]
    args = build_parser().parse_args(args_in)
    try:
        body = args.file.read_bytes()
    except OSError as exc:
        print(f"parse: cannot read {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 2
    page = parse_page(body, args.url, content_type=args.content_type)
    json.dump(page.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
