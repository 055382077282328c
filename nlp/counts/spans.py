"""Count spans: which numerals may start a count, and how a span grows from a numeral to its measure word (约, 余,
ranges, 万/亿, 左右/以上); ordinals, codes and numerals that name no quantity are dropped.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from decimal import Decimal
from typing import NamedTuple, Sequence

from nlp.counts.vocabulary import RANGE_CONNECTORS, Vocabulary
from nlp.numerals import NumeralForm, to_number

_CLOCK = frozenset("时点:")

_BIG = {"万": 10_000, "亿": 100_000_000}


class SpanSet:
    """Merged, sorted spans with an overlap test by bisection (a megabyte of adversarial text holds thousands of
    mentions: testing each against all the others would be quadratic)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        last = -1
        for start, end in sorted(spans):
            if end <= start:
                continue
            if start <= last:
                if end > last:
                    ends[-1] = last = end
            else:
                starts.append(start)
                ends.append(end)
                last = end
        self._starts = starts
        self._ends = ends

    def end_before(self, pos: int) -> int:
        """The end of the last span that ends at or before ``pos`` (0 when none)."""
        i = bisect_right(self._ends, pos) - 1
        return self._ends[i] if i >= 0 else 0

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start


def is_code_or_ordinal(norm: str, n: NumeralForm, vocab: Vocabulary) -> bool:
    marker = vocab.ordinal_before.before(norm, n.start)
    if marker:
        after, measures = vocab.ordinal_unless.get(marker, ((), ()))
        if not (norm.endswith(after, 0, n.start - len(marker)) and norm.startswith(measures, n.end)):
            return True
    if n.start == 0:
        return False
    before = norm[n.start - 1]
    if before.isascii() and before.isalpha():
        return True  # G320国道, A3纸
    # 0874-3123456, 9:30, v1.2: a number glued to another by a separator is part of a code.
    return before in "-/:.#_" and n.start > 1 and norm[n.start - 2].isdigit()


class CountSpan(NamedTuple):  # a tuple: built for every candidate, and quicker to build than a frozen dataclass
    start: int
    end: int
    value: int | float
    approx: bool
    unit: str
    consumed: int  # numerals used (2 for a range)


def grow(norm: str, numerals: list[NumeralForm], i: int, vocab: Vocabulary) -> CountSpan | None:
    """The count span around numeral ``i``, or None when no measure word follows it."""
    n = numerals[i]
    start, pos, consumed = n.start, n.end, 1
    approx = False  # approximate as written around the numeral; its own form may be vague too (几十)
    prefix = vocab.prefixes.before(norm, n.start)
    prefix_start = n.start - len(prefix) if prefix else 0
    if (prefix and prefix_start > 0 and norm[prefix_start - 1] in vocab.prefix_not_after.get(prefix, "")
            and not norm.endswith(vocab.prefix_after_things, 0, prefix_start)):
        prefix = None  # 附近一座: 近 ends 附近 (辣条约20包: 约 opens the count after 辣条)
    if prefix:
        start, approx = prefix_start, True
    # 3至5名: the span runs to the second end, the value is the lower end.
    connector = norm[pos:pos + 1] if norm[pos:pos + 1] in RANGE_CONNECTORS else None
    if connector and i + 1 < len(numerals) and numerals[i + 1].start == pos + len(connector):
        if vocab.measures.at(norm, numerals[i + 1].end):
            pos, consumed = numerals[i + 1].end, 2
    infix = vocab.infixes.at(norm, pos)
    big = None
    if infix:
        approx, pos = True, pos + 1
        big = _BIG.get(norm[pos:pos + 1])
        if big:
            pos += 1  # 10余万元
    if norm.startswith(" ", pos):
        pos += 1
    unit = vocab.measures.at(norm, pos)
    if unit is None or (
            unit in vocab.measures_only_after and not norm.endswith(vocab.measures_only_after[unit], 0, start)):
        return None  # (308路公交车, 五一路: a name; 视频监控十六路: camera feeds)
    # Parsed only now: most numerals have no measure word after them, and their value is never needed.
    parsed = n.parsed
    if parsed is None:
        return None  # a malformed numeral counts nothing
    value, vague = parsed
    approx = approx or vague
    if big:
        value *= big
    pos += len(unit)
    if (consumed == 1 and norm[pos : pos + 1] in RANGE_CONNECTORS and i + 1 < len(numerals)
            and numerals[i + 1].start == pos + 1 and norm.startswith(unit, numerals[i + 1].end)):
        pos, consumed = numerals[i + 1].end + len(unit), 2  # 一年至七年: the measure word after both ends
    if norm.startswith("半", pos) and unit in vocab.halvable:  # 两米半, 五个半小时 is handled as 个半
        value, pos = value + Decimal("0.5"), pos + 1
    if "多" in unit:  # 一个多月: unit 个月, approximate
        unit, approx = unit.replace("多", ""), True
    elif "半" in unit:  # 一个半月: 1.5 个月
        unit, value = unit.replace("半", ""), value + Decimal("0.5")
    elif (unit in vocab.durations or unit in vocab.amounts_with_suffix) and vocab.duration_suffixes.at(norm, pos):
        approx, pos = True, pos + 1  # 3年多, 两米多, 两吨多煤
    # 2000余块(张): an alternative measure word in brackets belongs to the span.
    if pos < len(norm) and norm[pos] == "(":
        alt = vocab.measures.at(norm, pos + 1)
        if alt and norm.startswith(")", pos + 1 + len(alt)):
            pos += len(alt) + 2
    suffix = vocab.suffixes.at(norm, pos)
    if suffix:
        approx, pos = True, pos + len(suffix)
    return CountSpan(start, pos, to_number(value), approx, unit, consumed)


_RANK_LIST = frozenset("一二三四五六七八九十0123456789")  # 二、三名: a bare numeral before 、 and a rank


def may_grow(norm: str, pos: int, vocab: Vocabulary) -> bool:
    """Cheap test before the full one: could a measure word, 余/多 or a range connector be next? One set lookup
    of the next character; `grow` settles whether a whole measure word follows."""
    return norm[pos:pos + 1] in vocab.grow_chars


_PLACE_AFTER_JIAZI = frozenset("村屯镇乡站水河沟街社")

# 没有一处, 空无一人, 未发现一起: "not a single one"
_NOT_A_SINGLE = re.compile(r"(?:没有|没|无|未见|不见|(?:没有|没|未)(?:发现|查到|查出|发生|出现|见到|找到|烧过))$")
# Words that open with 一 and may follow a count of one (一次|一氧化碳中毒救治培训, 一只|一氧化碳报警器)
_OPENED_BY_ONE = ("一氧化碳", "一氧化氮")
# 一个也不能撤, 一块煤也没收走: not even one (but 坏了一个月也没修: how long)
_NOT_EVEN_ONE = re.compile(r"[\u4e00-\u9fff]{0,2}[也都](?:不|没|未)")


def not_a_count(norm: str, n: NumeralForm, span: CountSpan, vocab: Vocabulary) -> bool:
    """Ranks (前三名), fractions (三分之一) and years (2021年) that passed the measure-word test."""
    if span.unit in vocab.rank_measures and vocab.rank_prefixes.before(norm, n.start):
        # 前三名, 后两名: a rank (but 宴后8名村民出现腹泻: the people counted follow, the 后 closes a time word)
        people = vocab.nouns.at(norm, span.end)
        return not (people and people.endswith(vocab.people_endings))
    if (span.unit in vocab.rank_measures and n.start >= 2 and norm[n.start - 1] == "、"
            and norm[n.start - 2] in _RANK_LIST):
        return True  # 分列二、三名: the second of two ranks
    if span.unit == "分" and (norm.startswith("之", span.end) or norm[n.start - 1:n.start] in _CLOCK):
        return True  # 三分之一, 12时55分
    if span.unit == "次" and norm.startswith(("会议", "全会", "全体会议"), span.end) and "届" in norm[n.start - 6:n.start]:
        return True  # 县十六届人大四次会议: a session's name, an ordinal
    if n.text == "零" and norm.endswith(("清", "归"), 0, n.start):
        return True  # 动态清零台账: 清零 (clear to zero) is a verb
    if n.text == "一" and norm.startswith("一", span.end) and not norm.startswith(_OPENED_BY_ONE, span.end):
        return True  # 一日一清洗, 一人一档: a slogan pattern, not a quantity (but 一次|一氧化碳中毒救治培训)
    if n.text == "一" and (_NOT_A_SINGLE.search(norm, max(0, n.start - 4), n.start)
                           or span.unit not in vocab.durations and _NOT_EVEN_ONE.match(norm, span.end)):
        return True  # 没有一处焚烧火点, 没有发生一起山火, 一个也不能撤: not a single one, none counted
    if span.unit == "个" and norm.startswith("百分点", span.end):
        return True  # 提高4.2个百分点: a change of a percentage
    if span.unit == "期" and norm.startswith(("项目", "工程"), span.end):
        return True  # 二期项目: a project's phase
    if span.unit == "组" and n.start > 0 and norm[n.start - 1] == "村":
        return True  # 安民村三组: a village's group, named by its number
    if span.unit == "家" and norm.startswith("子", span.end) and norm[span.end + 1 : span.end + 2] in _PLACE_AFTER_JIAZI:
        return True  # 三家子村, 两家子水文站: a place named after its first families (but 两家子女)
    return span.unit == "年" and isinstance(span.value, int) and 1900 <= span.value <= 2099


Span = tuple[int, int]


class _Half(NumeralForm):
    """A 半 standing for a numeral of its own (半个月, 半小时, 约半亩), which the numeral pattern leaves out: 半 is
    more often part of a word (半岛, 半夜, 一半, 上半年)."""

    __slots__ = ()

    @property
    def parsed(self) -> tuple[Decimal | int, bool] | None:
        return Decimal("0.5"), False


# 一半, 两个半, 上半年, 大半年, 多半, 过半: after these 半 is part of a word or of the numeral before it
_HALF = re.compile(r"(?<![0-9一二两三四五六七八九十百千万上下前后大多过个])半")


def half_numerals(norm: str, vocab: Vocabulary) -> list[NumeralForm]:
    """Every 半 that counts a half of the measure word after it (半个月, 半米, but not 半人高, 半条路, 半天)."""
    return [_Half("半", m.start(), m.end()) for m in _HALF.finditer(norm)
            if vocab.measures.at(norm, m.end()) in vocab.halved_alone]
