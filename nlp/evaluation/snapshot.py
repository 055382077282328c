"""What an extractor change does, mention by mention: a snapshot of the extractors' output on every annotated text,
and the difference between two snapshots measured against the gold.

    python -m nlp.evaluation.snapshot write OUT.json [--no-shared] [--gold FILE ...]
    python -m nlp.evaluation.snapshot diff OLD.json NEW.json [--all]

`write` runs `extract_all` on every bulletin gold story and `extract_units` on every text of the third-party NER
sets (People's Daily, MSRA, CLUENER, when `../shared` is present) and stores the mentions by story id. `diff` prints
each mention that moved to the gold (`+`) or away from it (`-`), with its story and context, and counts the changes
outside the gold (`ng+`, `ng-`; printed one by one with `--all`); for the NER sets, the organisation spans that
moved, gold or not. A change is taken when it moves more to the gold than away from it, and its commit message says
so with these counts.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path
from typing import Callable, Iterator

from nlp.evaluation.bulletins import ours
from nlp.evaluation.shared import NER_SETS, read_jsonl
from nlp.gold.load import GoldStory, load_gold

SHARED_NER = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "gold" / "ner"
KINDS = ("dates", "counts", "units")
Snapshot = dict[str, dict[str, list[dict]]]

# The fields a mention must match the gold on, beyond its span, for each kind (as the bulletin scores match them).
KEYS: dict[str, Callable[[dict], tuple]] = {
    "dates": lambda m: (m["start"], m["end"], m["value"], m["kind"]),
    "counts": lambda m: (m["start"], m["end"], float(m["value"]), bool(m["approx"]), m["unit"], m["object"]),
    "units": lambda m: (m["start"], m["end"], m["canonical"], m["type"], m.get("title"), m.get("stance")),
}


def take(stories: list[GoldStory], ner_dir: Path | None, tokenizer) -> Snapshot:
    """The extractors' mentions on every gold story (as `make eval-extract` scores them) and every shared NER text
    (`name:line` ids)."""
    from nlp.units import extract_units

    snapshot: Snapshot = {s.id: ours(s, tokenizer) for s in stories}
    for name, line, row in _ner_rows(ner_dir):
        snapshot[f"{name}:{line}"] = {"units": [m.to_dict() for m in extract_units(row["text"], None,
                                                                                 tokenizer=tokenizer)]}
    return snapshot


def _ner_rows(ner_dir: Path | None) -> Iterator[tuple[str, int, dict]]:
    if ner_dir is None or not ner_dir.is_dir():
        return
    for name in NER_SETS:
        path = ner_dir / f"{name}.jsonl"
        if path.is_file():
            for line, row in enumerate(read_jsonl(path)):
                yield name, line, row


def _context(text: str, start: int, end: int) -> str:
    return (text[max(0, start - 10) : start] + "【" + text[start:end] + "】" + text[end : end + 10]).replace("\n", " ")


def story_changes(story: GoldStory, old: dict[str, list[dict]], new: dict[str, list[dict]]) -> Iterator[tuple]:
    """(sign, kind, key, context) for every mention of `story` that one snapshot has and the other lacks; sign is
    `+`/`-` for a gold mention gained or lost, `ng+`/`ng-` for one outside the gold."""
    for kind in KINDS:
        key = KEYS[kind]
        gold = {key(m.__dict__) for m in getattr(story, kind)}
        before, after = {key(m) for m in old.get(kind, [])}, {key(m) for m in new.get(kind, [])}
        for sign, moved in (("+", after - before), ("-", before - after)):
            for k in sorted(moved, key=repr):
                yield (sign if k in gold else "ng" + sign), kind, k, _context(story.text, k[0], k[1])


def ner_changes(ner_dir: Path | None, old: Snapshot, new: Snapshot) -> Iterator[tuple]:
    """(set name, sign, in gold, context) for every organisation span one snapshot has and the other lacks."""
    for name, line, row in _ner_rows(ner_dir):
        sid = f"{name}:{line}"
        if sid not in old or sid not in new:
            continue
        spans = [{(m["start"], m["end"]) for m in snap[sid]["units"] if m["type"] != "person"} for snap in (old, new)]
        if spans[0] == spans[1]:
            continue
        labels = NER_SETS[name][2]
        gold = {(e["start"], e["end"]) for e in row["entities"] if e["label"] in labels}
        for sign, moved in (("+", spans[1] - spans[0]), ("-", spans[0] - spans[1])):
            for start, end in sorted(moved):
                yield name, sign, (start, end) in gold, _context(row["text"], start, end)


def diff(stories: list[GoldStory], ner_dir: Path | None, old: Snapshot, new: Snapshot, show_all: bool = False,
         out=None) -> Counter:
    """Print the changes (to `out`, standard output by default) and return their counts by sign and NER set."""
    out = out or sys.stdout
    counts: Counter = Counter()
    for story in stories:
        if story.id not in old or story.id not in new or old[story.id] == new[story.id]:
            continue
        for sign, kind, key, context in story_changes(story, old[story.id], new[story.id]):
            counts[sign] += 1
            if show_all or not sign.startswith("ng"):
                print(f"{sign:3} {story.id} {kind} {key[2:]} | {context}", file=out)
    for name, sign, in_gold, context in ner_changes(ner_dir, old, new):
        counts[f"{name} {'gold' if in_gold else 'non-gold'} {sign}"] += 1
        print(f"NER{sign} {name} {'gold' if in_gold else 'non-gold'} | {context}", file=out)
    print(f"bulletin gold: +{counts['+']} -{counts['-']}; outside the gold: +{counts['ng+']} -{counts['ng-']}",
          file=out)
    for name in NER_SETS:
        print(f"{name}: gold +{counts[f'{name} gold +']} -{counts[f'{name} gold -']}; non-gold "
              f"+{counts[f'{name} non-gold +']} -{counts[f'{name} non-gold -']}", file=out)
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.evaluation.snapshot", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    write = commands.add_parser("write", help="store the extractors' output on every annotated text")
    write.add_argument("out", type=Path)
    write.add_argument("--no-shared", action="store_true", help="leave out the third-party NER sets")
    write.add_argument("--gold", type=Path, nargs="*", help="gold files (default: all of nlp/gold)")
    compare = commands.add_parser("diff", help="what moved between two snapshots, against the gold")
    compare.add_argument("old", type=Path)
    compare.add_argument("new", type=Path)
    compare.add_argument("--all", action="store_true", help="print the changes outside the gold one by one too")
    compare.add_argument("--gold", type=Path, nargs="*", help="gold files (default: all of nlp/gold)")
    args = parser.parse_args(argv)

    stories = load_gold(args.gold or None)
    if args.command == "write":
        from nlp.extract import warm_up
        from nlp.segment import make_tokenizer

        tokenizer = make_tokenizer()
        warm_up(tokenizer)
        snapshot = take(stories, None if args.no_shared else SHARED_NER, tokenizer)
        args.out.write_text(json.dumps(snapshot, ensure_ascii=False), encoding="utf-8")
        print(f"{args.out}: {len(snapshot)} texts")
        return 0
    snapshots = []
    for path in (args.old, args.new):
        try:
            snapshots.append(json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            print(f"snapshot {path}: cannot be read ({error})", file=sys.stderr)
            return 2
    diff(stories, SHARED_NER, snapshots[0], snapshots[1], show_all=args.all)
    return 0


if __name__ == "__main__":
    sys.exit(main())
