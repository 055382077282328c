"""`make eval-extract`: precision / recall / F1 of the date, count and unit extractors beside baselines.

    python -m nlp.eval_extract [--errors N] [--no-shared] [--gold nlp/gold/bulletins_08_unseen.txt]

Datasets: the project's bulletin gold set (`nlp/gold/`, ANNOTATION.md conventions) and, when `/work/shared` is
present, third-party gold corpora mapped to those conventions (each table says how). Span match and value match are
reported separately. Floors pinned in `nlp/eval_floors.json` gate the run: exit 1 when any is missed.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from collections import defaultdict
from pathlib import Path

from nlp.evaluation.bulletins import baseline, ours, score_system
from nlp.evaluation.scoring import Score

FLOORS_FILE = Path(__file__).resolve().parent / "eval_floors.json"
SHARED_GOLD = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "gold"
# What the project aims for; the floors (what is already reached) are the gate, the targets are reported.
TARGETS = {("bulletins", "dates.value"): 0.95, ("bulletins", "counts.value"): 0.93,
           ("bulletins", "units.canonical"): 0.90, ("peoples_daily_org", "units.span"): 0.80}
BASELINE_NAMES = {"bulletins": "JioNLP dates / cn2an counts / jieba nt+ns units"}


def format_table(title: str, note: str, table: dict[str, dict[str, Score]]) -> str:
    lines = [f"== {title}", f"   mapping: {note}" if note else "",
             f"   {'metric':<17}{'ours:  P     R     F1':<22}{'baseline:  P     R     F1':<26}gold"]
    for metric, systems in table.items():
        cells = []
        for system in ("ours", "baseline"):
            s = systems.get(system)
            cells.append(f"{s.precision:5.3f} {s.recall:5.3f} {s.f1:5.3f}" if s else "  —")
        gold = systems["ours"].gold if "ours" in systems else 0
        lines.append(f"   {metric:<17}{'':<5}{cells[0]:<22}{cells[1]:<21}{gold}")
    return "\n".join(line for line in lines if line)


def load_floors(path: Path = FLOORS_FILE) -> dict[str, dict[str, float]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {k: v for k, v in data.items() if not k.startswith("_")}


def check_floors(results: dict[str, dict[str, dict[str, Score]]], floors: dict[str, dict[str, float]]) -> list[str]:
    """One message per floor missed (datasets not evaluated in this run are skipped)."""
    missed = []
    for dataset, metrics in floors.items():
        if dataset not in results:
            continue
        for metric, floor in metrics.items():
            score = results[dataset].get(metric, {}).get("ours")
            if score is None or score.f1 < floor:
                got = "absent" if score is None else f"{score.f1:.3f}"
                missed.append(f"{dataset} {metric}: F1 {got} below floor {floor:.3f}")
    return missed


def _error_report(errors: dict[str, list], limit: int) -> str:
    lines = ["== Bulletin errors (ours), most frequent classes first"]
    for name, items in sorted(errors.items(), key=lambda kv: -len(kv[1])):
        lines.append(f"   {name}: {len(items)}")
        for item in items[:limit]:
            lines.append("      " + " | ".join(str(x) for x in item))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.eval_extract", description=__doc__.splitlines()[0])
    parser.add_argument("--errors", type=int, default=0, metavar="N", help="list N examples per error class")
    parser.add_argument("--no-shared", action="store_true", help="skip the third-party corpora")
    parser.add_argument("--shared-gold", type=Path, default=SHARED_GOLD, help="folder of the third-party gold")
    parser.add_argument("--gold", type=Path, nargs="+", metavar="FILE",
                        help="score only these bulletin gold files (default: all nlp/gold/bulletins_*.txt)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    for handler in logging.getLogger().handlers:  # JioNLP logs a traceback on the root logger for each miss
        handler.addFilter(lambda record: "jionlp" not in record.pathname)
    logging.getLogger("jieba").setLevel(logging.ERROR)

    from nlp.extract import collector_spares_loaded, warm_up
    from nlp.gold.load import load_gold
    from nlp.segment import make_tokenizer

    began = time.perf_counter()
    tokenizer = make_tokenizer()
    stories = load_gold(args.gold)
    results: dict[str, dict[str, dict[str, Score]]] = {}
    errors: dict[str, list] = defaultdict(list)
    warm_up(tokenizer)
    with collector_spares_loaded():
        mine = score_system(stories, lambda s: ours(s, tokenizer), errors)
    theirs = score_system(stories, baseline)
    results["bulletins"] = {m: {"ours": mine[m], "baseline": theirs[m]} for m in mine}
    counts = (sum(len(s.dates) for s in stories), sum(len(s.counts) for s in stories),
              sum(len(s.units) for s in stories))
    print(format_table(f"Bulletin gold set ({len(stories)} stories; {counts[0]} dates, {counts[1]} counts, "
                       f"{counts[2]} units)",
                       "exact spans; value = span + value (counts: + approx); baseline = "
                       + BASELINE_NAMES["bulletins"], results["bulletins"]))
    if args.errors:
        print(_error_report(errors, args.errors))

    if args.no_shared:
        print("== third-party corpora: skipped (--no-shared)")
    elif not args.shared_gold.is_dir():
        print(f"== third-party corpora: skipped, {args.shared_gold} is absent (it is not shipped with the project)")
    else:
        from nlp.evaluation.shared import evaluate_shared

        for key, title, note, table in evaluate_shared(args.shared_gold, tokenizer):
            results[key] = table
            print(format_table(title, note, table))

    print("== targets")
    for (dataset, metric), target in TARGETS.items():
        score = results.get(dataset, {}).get(metric, {}).get("ours")
        status = "not run" if score is None else ("met" if score.f1 >= target else "missed")
        shown = "" if score is None else f" F1 {score.f1:.3f}"
        print(f"   {dataset} {metric} >= {target:.2f}:{shown} {status}")
    missed = check_floors(results, load_floors())
    print(f"== floors ({FLOORS_FILE.name}): " + ("all met" if not missed else f"{len(missed)} missed"))
    for line in missed:
        print(f"   MISSED {line}")
    print(f"== {time.perf_counter() - began:.1f} s")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
