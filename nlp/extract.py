"""All three extractors over one story, with overlaps between kinds resolved, and the `extract` CLI.

Order (why: ANNOTATION.md says spans of different kinds never overlap, and a date is the most specific reading):
  1. dates   (`nlp.dates.extract_dates`, resolved against the publish date),
  2. units   (`nlp.units.extract_units`); a unit that overlaps a date is dropped,
  3. counts  (`nlp.counts.extract_counts(exclude=…)` with every date and unit span already taken, and the story's
             words, cut once for units and counts alike, to end the objects written after their counts).

    python -m nlp extract --ref-date 2021-01-19 --context 云南省曲靖市富源县 < story.txt
    python -m nlp extract --jsonl < stories.jsonl   # lines {id, text, ref_date, context} -> {id, dates, counts, units}
"""
from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import sys
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import IO, Iterable, Iterator, Sequence

from nlp import counts as _counts
from nlp import dates as _dates
from nlp import units as _units
from nlp.context import CountyContext, as_county_context
from nlp.counts import CountMention, SpanSet, Words, extract_counts
from nlp.dates import DateMention, extract_dates
from nlp.patterns import occurrences
from nlp.segment import Token, cut_with_offsets, make_tokenizer
from nlp.stance import AREA_TYPES
from nlp.units import UnitMention, extract_units
from nlp.units.lexicon import lexicon, township_name_openings

EXTRACTOR_VERSION = "+".join((_dates.VERSION, _counts.VERSION, _units.VERSION))


@dataclass
class Extraction:
    dates: list[DateMention] = field(default_factory=list)
    counts: list[CountMention] = field(default_factory=list)
    units: list[UnitMention] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"dates": [m.to_dict() for m in self.dates],
                "counts": [m.to_dict() for m in self.counts],
                "units": [m.to_dict() for m in self.units]}


def as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    """The publish date as a `date` (datetimes and ISO strings such as '2021-01-19 09:19' are accepted)."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value).strip()[:10])


def extract_all(text: str, ref_date: dt.date | dt.datetime | str | None = None,
                context: CountyContext | str | None = None, *, tokenizer=None,
                tokens: Sequence[Token] | None = None) -> Extraction:
    """Dates, named units and counts of one story; no two mentions of different kinds overlap.

    `tokens` (`nlp.segment.cut_with_offsets(text, tokenizer)`) spares a second segmentation when the caller has
    cut the story already, e.g. for its stored words; the result is the same either way.
    """
    ref = as_date(ref_date)
    county = as_county_context(context or None)
    dates = extract_dates(text, ref)
    tokenizer = tokenizer or make_tokenizer()
    if tokens is None:
        tokens = cut_with_offsets(text, tokenizer)
    units = extract_units(text, county, tokenizer=tokenizer, tokens=tokens, published=ref)
    dates = _without_months_opening_places(dates, units)
    date_spans = [(m.start, m.end) for m in dates]
    if date_spans:
        taken = SpanSet(date_spans)
        units = [m for m in units if not taken.overlaps(m.start, m.end)]
    organisations = [(m.start, m.end) for m in units if m.type != "person"]
    # extract_counts never returns a count that overlaps a span it was told to exclude; the county itself is no
    # unit, but a numeral in its name is no count either (三台县).
    excluded = [(m.start, m.end) for m in units]
    # nor is one in a person's title (首阳镇三台村党支部书记李建国: the village's name, inside its secretary's title)
    excluded += [(m.start - len(m.title), m.start) for m in units
                 if m.title and m.type == "person" and text.endswith(m.title, 0, m.start)]
    if county is not None:
        excluded += occurrences(text, county.county)
    counts = extract_counts(text, exclude=excluded, date_spans=date_spans, organisations=organisations,
                            words=Words(tokens, lexicon().word_tags))
    return Extraction(dates, counts, units)


def _without_months_opening_places(dates: list[DateMention], units: list[UnitMention]) -> list[DateMention]:
    """十月田镇以95.5分位列第一: a month's name (十月) that opens a township's or village's name is part of the place,
    no date; any other date wins over a unit it overlaps."""
    openings = {m.start: m.end for m in units if m.type in AREA_TYPES}
    return [d for d in dates if not (d.kind == "partial" and d.end < openings.get(d.start, 0))]


# Touches every pass and vocabulary the extractors load on first use: a contents line with a verdict, a township's
# village and shop, a shop named by a nickname, a township's business after its 的, a company, a person after a
# joined role, a list of bodies, dates and counts.
WARM_UP_STORY = ("▲县爱卫办通报表扬富村镇\n"
                 "2020年12月28日至1月2日，县公安局、县市场监管局联合对富村镇阳光社区、海田村老王家小吃店、阿兰腌面店、"
                 "营上镇的鑫旺竹木制品厂、富源县鑫源商贸有限公司开展检查，县委副书记、县长陈志带队，清理小广告2000余张、"
                 "垃圾50余袋，对3家超市约谈并限期整改。")


def warm_up(tokenizer) -> None:
    """Load every vocabulary and pattern the extractors load on first use: by running them once, and by loading the
    tables that only rarer words reach (the openings of the gazetteer's township names, read when a word and a
    township's level may name a township the gazetteer lacks), which no short story touches."""
    extract_all(WARM_UP_STORY, "2021-01-19", "云南省曲靖市富源县", tokenizer=tokenizer)
    township_name_openings()


@contextmanager
def collector_spares_loaded() -> Iterator[None]:
    """Within the block, the garbage collector leaves alone every object alive when it began.

    For a loop over many stories once the tools are loaded (`warm_up`). jieba's dictionary, the gazetteer and the
    lexicons are hundreds of thousands of objects that never die; each full collection would walk them all again
    (about 0.05 s each, a seventh of the extraction time on real pages). `gc.freeze` moves them to a generation
    the collector skips; leaving the block puts them back, so nothing frozen outlives the loop.
    """
    gc.collect()
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()


class RecordError(ValueError):
    """One JSON-lines input record that cannot be processed; the message names the record."""


def _extract_record(line: str, number: int, tokenizer) -> dict:
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise RecordError(f"line {number}: not JSON ({exc.msg})") from None
    if not isinstance(record, dict) or not isinstance(record.get("text"), str):
        raise RecordError(f"line {number}: expected an object with a string 'text'")
    try:
        ref = as_date(record.get("ref_date"))
    except ValueError:
        raise RecordError(f"line {number}: bad ref_date {record.get('ref_date')!r} (want YYYY-MM-DD)") from None
    found = extract_all(record["text"], ref, record.get("context"), tokenizer=tokenizer)
    return {"id": record.get("id"), **found.to_dict()}


def run_jsonl(lines: Iterable[str], out: IO[str], tokenizer) -> tuple[int, int]:
    """One output line per non-blank input line; a bad line becomes `{id, error}` and the batch goes on."""
    done = failed = 0
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            result = _extract_record(line, number, tokenizer)
            done += 1
        except Exception as exc:  # a bad record must not stop the batch
            failed += 1
            try:
                rid = json.loads(line).get("id")
            except Exception:
                rid = None
            message = str(exc) if isinstance(exc, RecordError) else f"line {number}: {type(exc).__name__}: {exc}"
            result = {"id": rid, "error": message}
        out.write(json.dumps(result, ensure_ascii=False) + "\n")
    return done, failed


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m nlp extract",
        description="Extract dates, counts and named units from a story on stdin, as JSON.",
        epilog="example: echo '1月2日，县公安局清理小广告2000余张。' | "
               "python -m nlp extract --ref-date 2021-01-19 --context 云南省曲靖市富源县")
    parser.add_argument("--ref-date", help="publish date YYYY-MM-DD, to resolve 1月2日, 昨日, 今年 …")
    parser.add_argument("--context", help="county context, e.g. 云南省曲靖市富源县")
    parser.add_argument("--jsonl", action="store_true",
                        help="read JSON lines {id, text, ref_date, context}; write one result line per input")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        ref = as_date(args.ref_date)
    except ValueError:
        print(f"extract: bad --ref-date {args.ref_date!r} (want YYYY-MM-DD)", file=sys.stderr)
        return 2
    from nlp.segment import make_tokenizer

    tokenizer = make_tokenizer()  # after the argument checks: loading the dictionaries takes a moment
    if args.jsonl:
        warm_up(tokenizer)
        with collector_spares_loaded():
            _, failed = run_jsonl(sys.stdin, sys.stdout, tokenizer)
        if failed:
            print(f"extract: {failed} record(s) failed (see their 'error' fields)", file=sys.stderr)
        return 0
    text = sys.stdin.read()
    found = extract_all(text, ref, args.context, tokenizer=tokenizer)
    print(json.dumps(found.to_dict(), ensure_ascii=False))
    return 0
