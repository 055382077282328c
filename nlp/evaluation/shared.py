"""Scores on third-party gold corpora under `/work/shared/corpus/gold`, mapped to the project's conventions.

Each `evaluate_*` function returns `(key, title, mapping note, {metric: {system: Score}})`. The mapping notes are
printed with the tables, so a reader knows what was compared.
"""
from __future__ import annotations

import datetime as dt
import json
import re
from collections import defaultdict
from pathlib import Path
from typing import Callable, Iterator

from nlp.evaluation import baselines
from nlp.evaluation.scoring import Score, exact, number_equal, overlapping

Result = tuple[str, str, str, dict[str, dict[str, Score]]]  # key, title, mapping note, table
OURS, BASE = "ours", "baseline"


def read_jsonl(path: Path) -> Iterator[dict]:
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield json.loads(line)


def _table() -> dict[str, dict[str, Score]]:
    return defaultdict(lambda: defaultdict(Score))


# ---------------------------------------------------------------- named units
NER_SETS = {
    "peoples_daily_1998_ner": ("peoples_daily_org", "People's Daily 1998 ORG", {"ORG"}),
    "msra_ner": ("msra_org", "MSRA ORG", {"ORG"}),
    "cluener2020": ("cluener_org", "CLUENER government+organization+company", {"government", "organization", "company"}),
}


TITLE_BREAK = re.compile(r"[的，。；：（）()《》,;:]")  # a title runs from the name to the person without these


def _outside_contract(row: dict, entity: dict, titles: tuple[str, ...]) -> bool:
    """A gold name the annotation contract does not annotate: inside a person's title (市委 in 市委书记张某, 外交部
    in 外交部长某某) or inside 《》."""
    text, start, end = row["text"], entity["start"], entity["end"]
    opening = text.rfind("《", 0, start)
    if opening != -1 and text.rfind("》", opening, start) == -1 and "》" in text[end : end + 30]:
        return True
    for person in row["entities"]:
        if person["label"] in {"PER", "name"} and 0 <= person["start"] - end <= 8:
            between = text[end : person["start"]]
            if not TITLE_BREAK.search(between) and (
                    between.endswith(titles) or text[start : person["start"]].endswith(titles)):
                return True
    return False


def evaluate_ner(gold_dir: Path, name: str, tokenizer) -> Result:
    from nlp.segment import load_toml
    from nlp.units import extract_units

    key, title, labels = NER_SETS[name]
    titles = tuple(load_toml("titles.toml")["titles"]) + ("长",)  # 外交部|长: a body's head written 部长 → 长
    note = (f"gold {'/'.join(sorted(labels))} spans vs our non-person units (no county context; persons, places and "
            f"other labels ignored); baseline = jieba.posseg nt/ns runs. exact = same span, overlap = lenient; "
            f"contract = exact after dropping gold names inside a person's title or inside 《》, which the "
            f"contract does not annotate, with any prediction overlapping them")
    table = _table()
    for row in read_jsonl(gold_dir / "ner" / f"{name}.jsonl"):
        gold = [e for e in row["entities"] if e["label"] in labels]
        ours = [m.to_dict() for m in extract_units(row["text"], None, tokenizer=tokenizer) if m.type != "person"]
        base = [m for m in baselines.jieba_units(row["text"]) if m["type"] == "government" or "ORG" not in labels]
        excluded = [e for e in gold if _outside_contract(row, e, titles)]
        kept = [e for e in gold if e not in excluded]
        for system, pred in ((OURS, ours), (BASE, base)):
            table["units.span"][system] += exact(gold, pred)
            table["units.overlap"][system] += overlapping(gold, pred)
            judged = [m for m in pred if not any(m["start"] < e["end"] and e["start"] < m["end"] for e in excluded)]
            table["units.contract"][system] += exact(kept, judged)
    return key, title, note, table


# ---------------------------------------------------------------- dates: spans
_NOT_OUR_DATES = re.compile(r"周|週|星期|礼拜|禮拜|季度|年代|世纪|农历|正月|腊月|初[一二三四五六七八九十]|康熙|雍正|"
                            r"[明后後前昨今]天|大前天|下个月|上上|下下|周末|點|点|:|时|號?[上下]午|晚|早")


def _date_like(span_text: str) -> bool:
    return not _NOT_OUR_DATES.search(span_text)


def evaluate_time_spans(gold_dir: Path) -> Result:
    from nlp.dates import extract_dates

    note = ("JioNLP extract_time tests (with negatives) + Microsoft DateExtractor/DatePeriodExtractor specs; gold spans "
            "the contract excludes (weekdays, quarters, decades, lunar/reign dates, day words, clock times) dropped; "
            "overlap matching since our spans leave out time-of-day. JioNLP's own tests favour the baseline")
    table = _table()
    rows = [r for r in read_jsonl(gold_dir / "time" / "jionlp_extract_time.jsonl")]
    rows += [r for r in read_jsonl(gold_dir / "time" / "msrt_zh_datetime.jsonl")
             if r["spec"] in {"DateExtractor", "DatePeriodExtractor"}]
    for row in rows:
        if any(not _date_like(e["text"]) for e in row["expected"]):
            continue
        ours = [m.to_dict() for m in extract_dates(row["text"], None)]
        base = baselines.jionlp_dates(row["text"], None)
        for system, pred in ((OURS, ours), (BASE, base)):
            table["dates.overlap"][system] += overlapping(row["expected"], pred)
    return "time_spans", "Time spans (JioNLP extract_time, Microsoft Recognizers)", note, table


# ---------------------------------------------------------------- dates: values
def _duckling_value(expected: dict) -> str | None:
    if expected.get("holiday"):
        return None
    if expected["kind"] == "datetime" and expected["grain"] in {"day", "month", "year"}:
        value = expected["value"][:10]
        return {"day": value, "month": value[:7], "year": value[:4]}[expected["grain"]]
    if expected["kind"] == "interval" and expected["grain"] == "day":
        start = dt.date.fromisoformat(expected["from"][:10])
        end = dt.date.fromisoformat(expected["to"][:10]) - dt.timedelta(days=1)
        return f"{start}/{end}"
    return None


def _jionlp_expected(row: dict) -> str | None:
    if row["call_options"] or len(row.get("ref_time_fields") or {}) < 3:
        return None
    return baselines.jionlp_value(row["expected"])


def _best(mentions: list[dict], length: int) -> dict | None:
    """The mention covering most of the case text (these cases are one expression each)."""
    return max(mentions, key=lambda m: m["end"] - m["start"], default=None) if length else None


def evaluate_time_values(gold_dir: Path) -> Result:
    from nlp.dates import extract_dates

    note = ("one expression per case: Duckling day/month/year points and day intervals (ref 2013-02-12; holidays "
            "and weekdays dropped) + JioNLP parse_time points/spans at day grain or coarser with a full reference "
            "date; value = our longest mention's value; P = right/answered, R = right/cases")
    table = _table()
    cases: list[tuple[str, dt.date, str]] = []
    for row in read_jsonl(gold_dir / "time" / "duckling_zh_time.jsonl"):
        value = _duckling_value(row["expected"])
        if value and _date_like(row["text"]):
            cases.append((row["text"], dt.date.fromisoformat(row["ref_time"][:10]), value))
    for row in read_jsonl(gold_dir / "time" / "jionlp_parse_time.jsonl"):
        value = _jionlp_expected(row)
        if value and _date_like(row["text"]):
            cases.append((row["text"], dt.date.fromisoformat(row["ref_time"][:10]), value))
    for text, ref, value in cases:
        best = _best([m.to_dict() for m in extract_dates(text, ref)], len(text))
        base = baselines.jionlp_parse(text, dt.datetime.combine(ref, dt.time(12)))
        for system, got in ((OURS, best["value"] if best else None), (BASE, base)):
            table["dates.value"][system] += Score(int(got == value), int(got is not None), 1)
    return "time_values", "Time values (Duckling, JioNLP parse_time)", note, table


# ---------------------------------------------------------------- numbers
def _number(text: str) -> float | None:
    text = text.replace(",", "").strip()
    scale = 1
    if text.endswith("万"):
        text, scale = text[:-1], 10_000
    elif text.endswith("亿"):
        text, scale = text[:-1], 100_000_000
    try:
        return float(text) * scale
    except ValueError:
        return None


def _numeral_cases(gold_dir: Path) -> Iterator[tuple[str, float]]:
    for row in read_jsonl(gold_dir / "numbers" / "cn2an.jsonl"):
        if (row.get("task") == "cn2an" and row.get("expected_value") is not None
                and "smart" not in row["raises_value_error_in_modes"]):
            yield row["text"], float(row["expected_value"])
    for row in read_jsonl(gold_dir / "numbers" / "duckling_zh_numbers.jsonl"):
        if row["dimension"] == "Numeral":
            yield row["text"], float(row["expected"]["value"])
    for row in read_jsonl(gold_dir / "numbers" / "nemo_itn_zh_numbers.jsonl"):
        if row["test_file"].endswith(("cardinal.txt", "decimal.txt")):
            value = _number(row["expected_output"])
            if value is not None:
                yield row["text"], value


def _measure_cases(gold_dir: Path) -> Iterator[tuple[str, float]]:
    for row in read_jsonl(gold_dir / "numbers" / "duckling_zh_numbers.jsonl"):
        expected = row["expected"]
        if row["dimension"] in {"Distance", "Volume", "AmountOfMoney"} and expected.get("type") == "value":
            yield row["text"], float(expected["value"])
    for row in read_jsonl(gold_dir / "numbers" / "msrt_zh_numbers.jsonl"):
        if row["spec"] in {"DimensionModel", "CurrencyModel", "AgeModel"} and len(row["expected"]) == 1:
            value = _number(str(row["expected"][0]["resolution"].get("value", "")))
            if value is not None:
                yield row["expected"][0]["text"], value


def evaluate_numbers(gold_dir: Path) -> Result:
    from nlp.counts import extract_counts
    from nlp.numerals import parse_numeral

    note = ("numerals: cn2an tests (smart mode), Duckling Numeral, NeMo cardinal/decimal, whole string parsed; "
            "baseline cn2an.cn2an(smart). counts: Duckling Distance/Volume/AmountOfMoney values and Microsoft "
            "Dimension/Currency/Age spans, value of the longest count found; baseline numeral regex + cn2an")
    table = _table()
    for text, value in _numeral_cases(gold_dir):
        for system, parse in ((OURS, parse_numeral), (BASE, baselines.cn2an_number)):
            try:
                got = parse(text)
            except Exception:  # a parser that raises has no answer for this case
                got = None
            table["numerals.value"][system] += Score(int(got is not None and number_equal(got, value)),
                                                     int(got is not None), 1)
    for text, value in _measure_cases(gold_dir):
        ours = _best([m.to_dict() for m in extract_counts(text)], len(text))
        base = _best(baselines.cn2an_counts(text), len(text))
        for system, got in ((OURS, ours), (BASE, base)):
            right = got is not None and number_equal(got["value"], value)
            table["counts.value"][system] += Score(int(right), int(got is not None), 1)
    return "numbers", "Numbers and measures (cn2an, Duckling, NeMo, Microsoft)", note, table


def evaluate_shared(gold_dir: Path, tokenizer) -> list[Result]:
    runs: list[Callable[[], Result]] = [
        lambda: evaluate_time_spans(gold_dir),
        lambda: evaluate_time_values(gold_dir),
        lambda: evaluate_numbers(gold_dir),
        *[(lambda n=name: evaluate_ner(gold_dir, n, tokenizer)) for name in NER_SETS],
    ]
    return [run() for run in runs]
