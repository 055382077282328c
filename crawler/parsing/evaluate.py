"""Score the parser against hand-made gold and compare with trafilatura and GNE on the same pages.

    python -m crawler.parsing.evaluate [--real-gold PATH] [--demo-gold PATH] [--no-baselines]

Fields: title, date (at the precision the gold gives; ``date_day``: the day only), source, body start and end (first/last 30 characters with all
whitespace removed). Floors for our parser are pinned in ``eval_floors.json``; the exit status is 1 when a score
falls below its floor, so a regression fails ``make eval-parse``.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from crawler.parsing.metadata import nows
from crawler.parsing.page import parse_page

ROOT = Path(__file__).resolve().parents[2]
REAL_GOLD = ROOT.parent / "shared" / "corpus" / "real_html" / "GOLD.jsonl"
DEMO_GOLD = ROOT / "data" / "demo_site" / "GOLD.jsonl"
FLOORS = Path(__file__).with_name("eval_floors.json")
FIELDS = ("title", "date", "date_day", "source", "body_start", "body_end", "stories", "issue")
SYSTEMS = ("ours", "trafilatura", "gne")


@dataclass
class GoldPage:
    path: Path
    url: str
    content_type: str | None
    title: str | None
    date: str | None  # "YYYY-MM-DD" or "YYYY-MM-DD HH:MM"
    source: str | None
    first30: str
    last30: str
    stories: list[str] | None = None  # story titles, demo gold only
    issue: dict | None = None


@dataclass
class Extracted:
    title: str | None = None
    date: str | None = None
    source: str | None = None
    body: str = ""
    has_source: bool = True
    stories: list[str] | None = None  # None: the system does not split bulletins
    issue: dict | None = None


@dataclass
class Tally:
    hits: dict[str, int] = field(default_factory=lambda: {f: 0 for f in FIELDS})
    pages: int = 0
    misses: list[str] = field(default_factory=list)


def load_real_gold(path: Path) -> list[GoldPage]:
    base = path.parents[3]  # file paths in the gold start with "shared/…"
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if g.get("page_type", "article") != "article":
            continue
        pages.append(GoldPage(base / g["file"], g.get("url") or "", None, g.get("title"), g.get("publish_time"),
                              g.get("source"), g.get("body_first30") or "", g.get("body_last30") or ""))
    return pages


def load_demo_gold(path: Path) -> list[GoldPage]:
    site = path.parent
    routes_file = site / "routes.json"
    routes = json.loads(routes_file.read_text(encoding="utf-8")) if routes_file.exists() else {}
    pages = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        g = json.loads(line)
        if g.get("status", 200) != 200:
            continue
        route = routes.get(g["url_path"]) or {}
        file = site / (route.get("file") or g["url_path"].lstrip("/"))
        pages.append(GoldPage(file, "http://demo.local" + g["url_path"], route.get("content_type"), g.get("title"),
                              g.get("publish_time"), g.get("source"), g.get("body_first30") or "",
                              g.get("body_last30") or "", [s["title"] for s in g.get("stories") or []],
                              g.get("issue")))
    return pages


def _norm_date(value: str | None, precision_of: str | None) -> str | None:
    if not value:
        return None
    value = value.replace("T", " ").strip()
    if precision_of is not None and len(precision_of) <= 10:
        return value[:10]
    return value[:16]


def score_page(gold: GoldPage, got: Extracted) -> dict[str, bool | None]:
    body = nows(got.body)
    return {
        "title": nows(got.title) == nows(gold.title),
        "date": _norm_date(got.date, gold.date) == _norm_date(gold.date, gold.date),
        # the day alone, so extractors that never report a time are judged fairly too
        "date_day": _norm_date(got.date, "day") == _norm_date(gold.date, "day"),
        "source": (nows(got.source) == nows(gold.source)) if got.has_source else None,
        "body_start": body[:30] == nows(gold.first30),
        "body_end": body[-30:] == nows(gold.last30),
        "stories": None if gold.stories is None or got.stories is None else
        [nows(t) for t in got.stories] == [nows(t) for t in gold.stories],
        "issue": None if gold.stories is None or got.stories is None else got.issue == gold.issue,
    }


def run_ours(html: bytes, gold: GoldPage) -> Extracted:
    page = parse_page(html, gold.url, content_type=gold.content_type)
    return Extracted(page.title, page.published_at, page.source, page.body_text,
                     stories=[s.title for s in page.stories], issue=page.issue)


def run_trafilatura(html: bytes, gold: GoldPage) -> Extracted:
    import trafilatura
    from crawler.parsing.encoding import decode_html

    text, _ = decode_html(html, gold.content_type)
    doc = trafilatura.bare_extraction(text, url=gold.url or None, with_metadata=True, include_tables=True)
    if doc is None:
        return Extracted(has_source=False)
    doc = doc if isinstance(doc, dict) else doc.as_dict()
    return Extracted(doc.get("title"), doc.get("date"), None, doc.get("text") or "", has_source=False)


def run_gne(html: bytes, gold: GoldPage) -> Extracted:
    from gne import GeneralNewsExtractor
    from crawler.parsing.encoding import decode_html

    text, _ = decode_html(html, gold.content_type)
    try:
        doc = GeneralNewsExtractor().extract(text)
    except Exception:  # GNE raises on pages it cannot handle; that is a miss, not a crash  # noqa: BLE001
        return Extracted(has_source=False)
    return Extracted(doc.get("title"), doc.get("publish_time"), None, doc.get("content") or "", has_source=False)


RUNNERS: dict[str, Callable[[bytes, GoldPage], Extracted]] = {
    "ours": run_ours, "trafilatura": run_trafilatura, "gne": run_gne}


def evaluate(pages: list[GoldPage], systems: tuple[str, ...]) -> dict[str, Tally]:
    tallies = {s: Tally() for s in systems}
    for gold in pages:
        html = gold.path.read_bytes()
        for system in systems:
            result = score_page(gold, RUNNERS[system](html, gold))
            tally = tallies[system]
            tally.pages += 1
            for name, ok in result.items():
                if ok is None:
                    tally.hits[name] = -1
                elif ok and tally.hits[name] >= 0:
                    tally.hits[name] += 1
                elif not ok:
                    tally.misses.append(f"{gold.path.name}:{name}")
    return tallies


def rate(tally: Tally, name: str) -> float | None:
    hits = tally.hits[name]
    return None if hits < 0 or not tally.pages else hits / tally.pages


def format_table(results: dict[str, dict[str, Tally]], systems: tuple[str, ...]) -> str:
    sets = list(results)
    header = f"{'field':<11}" + "".join(f"{f'{s}/{k}':>18}" for k in sets for s in systems)
    rows = [header, "-" * len(header)]
    for name in FIELDS:
        cells = []
        for k in sets:
            for s in systems:
                value = rate(results[k][s], name)
                cells.append(f"{'n/a' if value is None else f'{value:.3f}':>18}")
        rows.append(f"{name:<11}" + "".join(cells))
    rows.append(f"{'pages':<11}" + "".join(f"{results[k][s].pages:>18}" for k in sets for s in systems))
    return "\n".join(rows)


def check_floors(results: dict[str, dict[str, Tally]], floors: dict) -> list[str]:
    failures = []
    for set_name, per_field in floors.items():
        if set_name not in results or "ours" not in results[set_name]:
            continue
        for name, floor in per_field.items():
            value = rate(results[set_name]["ours"], name)
            if value is not None and value + 1e-9 < floor:
                failures.append(f"{set_name}/{name}: {value:.3f} < floor {floor:.3f}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m crawler.parsing.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--real-gold", type=Path, default=REAL_GOLD)
    parser.add_argument("--demo-gold", type=Path, default=DEMO_GOLD)
    parser.add_argument("--no-baselines", action="store_true", help="score our parser only (faster)")
    parser.add_argument("--show-misses", action="store_true", help="list page:field for each miss of our parser")
    args = parser.parse_args(argv)
    systems = ("ours",) if args.no_baselines else SYSTEMS
    results: dict[str, dict[str, Tally]] = {}
    for set_name, path, loader in (("real", args.real_gold, load_real_gold), ("demo", args.demo_gold, load_demo_gold)):
        if not path.exists():
            print(f"{set_name} pages: skipped ({path} not present)")
            continue
        try:
            results[set_name] = evaluate(loader(path), systems)
        except OSError as exc:
            print(f"{set_name} pages: cannot read {exc.filename}: {exc.strerror}", file=sys.stderr)
            return 2
    if not results:
        print("nothing to evaluate")
        return 2
    print(format_table(results, systems))
    if args.show_misses:
        for set_name, per_system in results.items():
            print(f"misses {set_name}: " + (", ".join(per_system["ours"].misses) or "none"))
    floors = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    failures = check_floors(results, floors)
    for set_name, per_system in results.items():
        for name in FIELDS:
            ours = rate(per_system["ours"], name)
            for other in systems[1:]:
                theirs = rate(per_system[other], name)
                if ours is not None and theirs is not None and ours < theirs:
                    print(f"note: {set_name}/{name}: ours {ours:.3f} behind {other} {theirs:.3f}")
    if failures:
        print("BELOW FLOOR: " + "; ".join(failures))
        return 1
    print("floors: all met" if floors else "floors: none pinned")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
