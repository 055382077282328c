"""Count mentions (numeral + measure word) in bulletin text, following the "Counts" conventions.

Cascade for each numeral found by `nlp.numerals.iter_numerals`, left to right:
1. drop it when it sits in a taken span (dates, caller's ``exclude``) or inside a fixed term or idiom
   (7个专项行动, 门前五包, 十分), or when it is an ordinal, rank or code (第8次, 前三名, G320);
2. grow the span: approximation prefix (约, 超过), a range end (3至5名), 余/多, a 万/亿 after 余
   (10余万元), the measure word (longest first), a parenthesised alternative (块(张)), 左右/以上;
3. without a measure word it is no count;
4. name the counted object: the noun after the measure word, else the noun right before the number.
Every step looks at a bounded window, so the whole pass is linear in the input length.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_right
from dataclasses import asdict, dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Sequence

from nlp.dates import extract_dates
from nlp.numerals import Numeral, iter_numerals, normalize_width, to_number

VERSION = "counts-1"
DICTS = Path(__file__).parent / "dicts"

RANGE_CONNECTORS = frozenset("至到-—–~")
_CJK = re.compile(r"[\u4e00-\u9fff、]{1,16}")
_CODE_BEFORE = re.compile(r"[A-Za-z]")
_BIG = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True, slots=True)
class CountMention:
    """A count: span, value (int or float), approximation flag, measure word and counted object."""

    text: str
    start: int
    end: int
    value: float | int
    approx: bool
    unit: str | None
    object: str | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    measures: _Lexicon
    durations: frozenset[str]
    object_before_only: frozenset[str]
    prefixes: _Lexicon
    infixes: _Lexicon
    suffixes: _Lexicon
    duration_suffixes: _Lexicon
    stop_modifiers: tuple[str, ...]  # longest first
    boundaries: _Lexicon
    nouns: _Lexicon
    ordinal_before: _Lexicon
    rank_prefixes: _Lexicon
    rank_measures: frozenset[str]
    terms: re.Pattern[str]


def _longest_first(words: Sequence[str]) -> tuple[str, ...]:
    return tuple(sorted(set(words), key=len, reverse=True))


@cache
def _vocabulary() -> _Vocabulary:
    mw = tomllib.loads((DICTS / "measure_words.toml").read_text(encoding="utf-8"))
    ft = tomllib.loads((DICTS / "fixed_terms.toml").read_text(encoding="utf-8"))
    terms = [t for group in ft["terms"].values() for t in group]
    # A space may sit between any two characters of a term (“7 个专项行动”).
    term_pattern = "|".join(" ?".join(map(re.escape, t)) for t in _longest_first(terms))
    return _Vocabulary(
        measures=_Lexicon.of(mw["measure"]["things"] + mw["measure"]["durations"]),
        durations=frozenset(mw["measure"]["durations"]),
        object_before_only=frozenset(mw["measure"]["object_before_only"]),
        prefixes=_Lexicon.of(mw["approx"]["prefixes"]),
        infixes=_Lexicon.of(mw["approx"]["infixes"]),
        suffixes=_Lexicon.of(mw["approx"]["suffixes"]),
        duration_suffixes=_Lexicon.of(mw["approx"]["duration_suffixes"]),
        stop_modifiers=_longest_first(mw["objects"]["stop_modifiers"]),
        boundaries=_Lexicon.of(mw["objects"]["boundaries"]),
        nouns=_Lexicon.of(mw["objects"]["nouns"]),
        ordinal_before=_Lexicon.of(ft["before"]["ordinal"]),
        rank_prefixes=_Lexicon.of(ft["before"]["rank_prefixes"]),
        rank_measures=frozenset(ft["before"]["rank_measures"]),
        terms=re.compile(term_pattern),
    )


class _Taken:
    """Merged, sorted spans with an overlap test by bisection."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        merged: list[list[int]] = []
        for start, end in sorted(s for s in spans if s[1] > s[0]):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        self._starts = [s for s, _ in merged]
        self._ends = [e for _, e in merged]

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """A word set looked up by slicing: a few hash probes per position, whatever its size."""

    words: frozenset[str]
    lengths: tuple[int, ...]  # longest first

    @classmethod
    def of(cls, words: Sequence[str]) -> "_Lexicon":
        return cls(frozenset(words), tuple(sorted({len(w) for w in words}, reverse=True)))

    def at(self, text: str, pos: int) -> str | None:
        """The longest word starting at ``pos``."""
        for n in self.lengths:
            if text[pos:pos + n] in self.words:
                return text[pos:pos + n]
        return None

    def before(self, text: str, pos: int) -> str | None:
        """The longest word ending at ``pos``."""
        for n in self.lengths:
            if n <= pos and text[pos - n:pos] in self.words:
                return text[pos - n:pos]
        return None


def _is_code_or_ordinal(norm: str, n: Numeral, vocab: _Vocabulary) -> bool:
    if vocab.ordinal_before.before(norm, n.start):
        return True
    if n.start == 0:
        return False
    before = norm[n.start - 1]
    if _CODE_BEFORE.match(before):
        return True  # G320国道, A3纸
    # 0874-3123456, 9:30, v1.2: a number glued to another by a separator is part of a code.
    return before in "-/:.#_" and n.start > 1 and norm[n.start - 2].isdigit()


@dataclass(frozen=True, slots=True)
class _Span:
    start: int
    end: int
    value: int | float
    approx: bool
    unit: str
    consumed: int  # numerals used (2 for a range)


def _grow(norm: str, numerals: list[Numeral], i: int, vocab: _Vocabulary) -> _Span | None:
    """The count span around numeral ``i``, or None when no measure word follows it."""
    n = numerals[i]
    start, pos, approx, consumed = n.start, n.end, n.approx, 1
    value = Decimal(str(n.value))
    prefix = vocab.prefixes.before(norm, n.start)
    if prefix:
        start, approx = n.start - len(prefix), True
    # 3至5名: the span runs to the second end, the value is the lower end.
    connector = norm[pos:pos + 1] if norm[pos:pos + 1] in RANGE_CONNECTORS else None
    if connector and i + 1 < len(numerals) and numerals[i + 1].start == pos + len(connector):
        if _measure_at(norm, numerals[i + 1].end, vocab):
            pos, consumed = numerals[i + 1].end, 2
    infix = vocab.infixes.at(norm, pos)
    if infix:
        approx, pos = True, pos + 1
        if pos < len(norm) and norm[pos] in _BIG:
            value, pos = value * _BIG[norm[pos]], pos + 1  # 10余万元
    if pos < len(norm) and norm[pos] == " ":
        pos += 1
    unit = _measure_at(norm, pos, vocab)
    if unit is None:
        return None
    pos += len(unit)
    if "多" in unit:  # 一个多月: unit 个月, approximate
        unit, approx = unit.replace("多", ""), True
    elif unit in vocab.durations and vocab.duration_suffixes.at(norm, pos):
        approx, pos = True, pos + 1  # 3年多
    # 2000余块(张): an alternative measure word in brackets belongs to the span.
    if pos < len(norm) and norm[pos] == "(":
        alt = _measure_at(norm, pos + 1, vocab)
        if alt and norm.startswith(")", pos + 1 + len(alt)):
            pos += len(alt) + 2
    suffix = vocab.suffixes.at(norm, pos)
    if suffix:
        approx, pos = True, pos + len(suffix)
    return _Span(start, pos, to_number(value), approx, unit, consumed)


def _measure_at(norm: str, pos: int, vocab: _Vocabulary) -> str | None:
    return vocab.measures.at(norm, pos)


def _not_a_count(norm: str, n: Numeral, span: _Span, vocab: _Vocabulary) -> bool:
    """Ranks (前三名), fractions (三分之一) and years (2021年) that passed the measure-word test."""
    if span.unit in vocab.rank_measures and vocab.rank_prefixes.before(norm, n.start):
        return True
    if span.unit == "分" and norm.startswith("之", span.end):
        return True
    if n.text == "一" and norm.startswith("一", span.end):
        return True  # 一日一清洗, 一人一档: a slogan pattern, not a quantity
    return span.unit == "年" and isinstance(span.value, int) and 1900 <= span.value <= 2099


def _strip_modifiers(obj: str, vocab: _Vocabulary) -> str:
    changed = True
    while changed and obj:
        changed = False
        for mod in vocab.stop_modifiers:
            if obj.startswith(mod) and len(obj) > len(mod):
                obj, changed = obj[len(mod):], True
                break
    return obj


def _object_after(norm: str, pos: int, vocab: _Vocabulary) -> str | None:
    """The noun phrase right after the measure word, cut at the first verb or function word."""
    m = _CJK.match(norm, pos)
    if m is None:
        return None
    seg = m.group()
    i, noun_end = 0, 0
    while i < len(seg):
        noun = vocab.nouns.at(seg, i)
        if noun:
            i += len(noun)
            noun_end = i
        elif seg[i] in "和、与及":
            i += 1
        elif vocab.boundaries.at(seg, i):
            break
        else:
            i += 1
    if noun_end:
        obj = seg[:noun_end]
    elif 0 < i <= 6:
        obj = seg[:i]  # an unlisted noun: after a measure word comes what is counted
    else:
        return None
    obj = _strip_modifiers(obj.rstrip("和、与及"), vocab)
    return obj or None


def _object_before(norm: str, start: int, vocab: _Vocabulary) -> str | None:
    """A listed noun ending right where the count begins (清理各类小广告2000余块)."""
    found = _noun_ending_at(norm, start, vocab)
    if found is None:
        return None
    begin = start - len(found)
    # 餐馆和小吃店: coordinated nouns are kept whole.
    while begin > 0 and norm[begin - 1] in "和、与及":
        other = _noun_ending_at(norm, begin - 1, vocab)
        if other is None:
            break
        begin -= len(other) + 1
    return norm[begin:start]


def _noun_ending_at(norm: str, end: int, vocab: _Vocabulary) -> str | None:
    return vocab.nouns.before(norm, end)


def _object(norm: str, span: _Span, vocab: _Vocabulary) -> str | None:
    if span.unit in vocab.durations:
        return None
    if span.start > 0 and norm[span.start - 1] == "等":
        return None  # 县公安局、县卫健局等12家单位: the number sums up organisations named before it
    if span.unit not in vocab.object_before_only:
        after = _object_after(norm, span.end, vocab)
        if after:
            return after
    return _object_before(norm, span.start, vocab)


def extract_counts(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[CountMention]:
    """Counts in ``text`` in reading order, never overlapping ``exclude`` or a date span."""
    if not text:
        return []
    vocab = _vocabulary()
    norm = normalize_width(text)
    taken = _Taken([*exclude, *((d.start, d.end) for d in extract_dates(text))])
    fixed = _Taken([m.span() for m in vocab.terms.finditer(norm)])
    numerals = list(iter_numerals(norm))
    mentions: list[CountMention] = []
    last_end = 0
    i = 0
    while i < len(numerals):
        n = numerals[i]
        i += 1
        if n.start < last_end or fixed.overlaps(n.start, n.end) or _is_code_or_ordinal(norm, n, vocab):
            continue
        span = _grow(norm, numerals, i - 1, vocab)
        if span is None or span.start < last_end or taken.overlaps(span.start, span.end):
            continue
        if _not_a_count(norm, n, span, vocab):
            continue
        i += span.consumed - 1
        mentions.append(CountMention(
            text=text[span.start:span.end], start=span.start, end=span.end, value=span.value,
            approx=span.approx, unit=span.unit, object=_object(norm, span, vocab),
        ))
        last_end = span.end
    return mentions
