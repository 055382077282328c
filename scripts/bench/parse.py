"""Pages per second of our parser and of trafilatura on the same pages, in one run.

    python -m scripts.bench.parse [--rounds 3] [DIR_OR_FILE …]

Defaults to the real pages in ../shared/corpus/real_html and, when generated, the demo archive's HTML pages.
Prints both rates and their ratio (ours / trafilatura); it asserts nothing.
"""
from __future__ import annotations

import argparse
import time
from collections.abc import Callable
from pathlib import Path

from crawler.parsing import decode_html, parse_page

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DIRS = (ROOT.parent / "shared" / "corpus" / "real_html", ROOT / "data" / "demo_site")


def collect(paths: list[Path]) -> list[bytes]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files += sorted(p for p in path.rglob("*.html"))
        elif path.is_file():
            files.append(path)
    return [p.read_bytes() for p in files]


def ours(body: bytes) -> None:
    parse_page(body)


def trafilatura_baseline(body: bytes) -> None:
    import trafilatura

    text, _ = decode_html(body)  # same decoding work as ours, so the comparison is extraction against extraction
    trafilatura.bare_extraction(text, with_metadata=True, include_tables=True)


def rate(fn: Callable[[bytes], None], pages: list[bytes], rounds: int) -> float:
    fn(pages[0])  # warm imports and caches
    start = time.perf_counter()
    for _ in range(rounds):
        for body in pages:
            fn(body)
    return rounds * len(pages) / (time.perf_counter() - start)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    pages = collect(args.paths or [p for p in DEFAULT_DIRS if p.exists()])
    if not pages:
        print("no pages found")
        return 2
    size = sum(map(len, pages)) / 1e6
    ours_rate = rate(ours, pages, args.rounds)
    theirs = rate(trafilatura_baseline, pages, args.rounds)
    print(f"pages: {len(pages)} ({size:.1f} MB) × {args.rounds} rounds")
    print(f"ours         {ours_rate:8.1f} pages/s")
    print(f"trafilatura  {theirs:8.1f} pages/s")
    print(f"ratio ours/trafilatura: {ours_rate / theirs:.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
