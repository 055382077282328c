"""Date mentions in bulletin text, following the "Dates" section of the annotation conventions.

Cascade, all on a width-normalised copy of the text (same offsets):
1. every pattern in `_gated_patterns()` proposes candidate spans (ranges, absolute, partial, relative), its
   name telling `_RESOLVERS` how to read its groups; a pattern is skipped when the text lacks a character it
   cannot match without (`_GATES`);
2. overlaps are settled left to right, the longer candidate winning at the same start; recurring expressions
   (每月5日) and guarded words (节日前) are dropped as they come up;
3. values are resolved in reading order, so a bare day (``9月12日、13日``) inherits the month of the
   mention before it and 当天 refers back to the last single day.
Patterns use only bounded quantifiers, so each start position costs a constant: linear time.
"""
from __future__ import annotations

import calendar
import datetime as dt
import re
import tomllib
from dataclasses import asdict, dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Callable

from nlp.numerals import normalize_story, parse_numeral

VERSION = "dates-18"
DICTS = Path(__file__).parent / "dicts"

_CN = "零〇一二两三四五六七八九十百千万亿"
_NOT_AFTER_NUMERAL = rf"(?<![0-9.{_CN}])"
# Put first in a pattern whose matches all begin with a numeral (a year, month or day): the regex engine then
# leaves the many start positions that hold no numeral after one character test, rather than trying each of the
# pattern's alternatives there. The match is unchanged; the numeric patterns run three to five times faster.
# For the same reason an optional group of several items is written ``(?:X|)`` rather than ``(?:X)?``: the same
# match, tried in the same order, without the engine setting up a repeat each time it gets there.
NUMERAL_FIRST = rf"(?=[0-9元{_CN}])"
# 2021, 二〇二一 — only 19xx / 20xx so that 3000年 stays a count.
YEAR = rf"{_NOT_AFTER_NUMERAL}(?:(?:19|20)[0-9]{{2}}|[一二][〇零一二三四五六七八九]{{3}})(?![0-9])"
# 15, 零七: two-digit years, only ever taken with a month after them.
SHORT_YEAR = rf"{_NOT_AFTER_NUMERAL}(?:[0-9]{{2}}|[〇零一二三四五六七八九]{{2}})(?![0-9])"
# 2021-01-05, 2021/1/5, 2021.1.5, not glued to a number before it. The test for that is made after 19 / 20
# rather than before, so that the pattern begins with them and the engine can skip ahead to the next 1 or 2.
NUMERIC_DATE = (
    r"(?P<y>(?:19|20)(?<![0-9.]..)[0-9]{2})(?P<sep>[-/.])(?P<m>1[0-2]|0?[1-9])(?P=sep)(?P<d>3[01]|[12][0-9]|0?[1-9])"
)
# 1..12, 01, 十一
MONTH = rf"{_NOT_AFTER_NUMERAL}(?:1[0-2]|0?[1-9]|十[一二]?|[元一二三四五六七八九])"  # 元月 = January
# 1..31, 十九, 二十一
DAY = r"(?:3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
# 至, 到 and dashes join the two ends of a range (1月11日至13日, 1月11—15日).
CONNECTOR = r" ?(?:至|到|——|—|–|-|~) ?"
# 10日内 is a duration, not the 10th.
BARE_DAY = (
    rf"{NUMERAL_FIRST}(?<![0-9.月第前近每共约个用{_CN}])"
    r"(?P<d>3[01]|[12][0-9]|0?[1-9]|三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?)日(?!内|以内|之内|来)"
)
# 上周五, 本周一, 下星期三
WEEKDAY = r"(?P<wk>上上|下下|上|本|这|下)个?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天])"
# 两个月来, 三年来, 近三年来: vague spans of time up to now.
SINCE = (
    rf"(?=[近几数多半0-9{_CN}])近?{_NOT_AFTER_NUMERAL}(?:[0-9]{{1,3}}|[一二两三四五六七八九十]{{1,3}}|几|数|多|半)"
    r"(?:个月|个星期|个多月|年|周|天)多?(?:以)?来"
)
_WEEKDAYS = "一二三四五六日"
_WEEK_OFFSETS = {"上上": -2, "上": -1, "下": 1, "下下": 2}  # 本周, 这周: 0
JUST_ENDED_DAYS = 31  # a month range that ended this recently is the period a report looks back on


@dataclass(frozen=True, slots=True)
class DateMention:
    """A date expression: its span, ISO value (day, month, year or ``start/end``) and kind."""

    text: str
    start: int
    end: int
    value: str | None
    kind: str  # absolute | partial | relative | range

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    vague: tuple[str, ...]
    relative: dict  # word -> {grain, years|months|days|anaphor}
    not_after: dict  # word -> characters that must not precede it
    month_parts: dict[str, tuple[int, int]]  # 下旬 -> (21, 0): its first and last day, 0 for the month's last
    year_parts: tuple[str, ...]
    recurring: tuple[str, ...]
    duration_before: tuple[str, ...]
    heading_labels: tuple[str, ...]  # 近期安排: a heading of plans, opening its line


@cache
def _vocabulary() -> _Vocabulary:
    data = tomllib.loads((DICTS / "date_words.toml").read_text(encoding="utf-8"))
    relative = dict(data["relative"])
    not_after = dict(data["vague"].get("not_after", {})) | dict(relative.pop("not_after", {}))
    return _Vocabulary(
        vague=tuple(data["vague"]["words"]),
        relative=relative,
        not_after=not_after,
        month_parts={word: tuple(days) for word, days in data["month_parts"].items()},
        year_parts=tuple(data["year_parts"]["words"]),
        recurring=tuple(data["recurring"]["prefixes"]),
        duration_before=tuple(data["durations"]["before_days"]),
        heading_labels=tuple(data["vague"].get("heading_labels", [])),
    )


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


# Characters a match cannot do without, one set per requirement: a pattern whose sets do not all meet the text's
# characters cannot match it and is not run (most stories have no range connector, no 周, no 来).
_CONNECTOR_CHARS = frozenset("至到—–-~")
_GATES: dict[str, tuple[frozenset[str], ...]] = {
    "range_day": (_CONNECTOR_CHARS, frozenset("月"), frozenset("日号")),
    "range_month": (_CONNECTOR_CHARS, frozenset("月")),
    "range_year": (_CONNECTOR_CHARS, frozenset("年")),
    "rel_range_month": (_CONNECTOR_CHARS, frozenset("年")),
    "numeric": (frozenset("-/."),),
    "full": (frozenset("年"), frozenset("月")),
    "short_year": (frozenset("年"), frozenset("月")),
    "numeric_range": (frozenset("-/."), _CONNECTOR_CHARS),
    "year": (frozenset("年"),),
    "month_day": (frozenset("月"),),
    "bare_day": (frozenset("日"),),
    "rel_year_month": (frozenset("年"), frozenset("月")),
    "weekday": (frozenset("周期拜"),),
    "since": (frozenset("来"),),
}


_GatedPatterns = tuple[tuple[str, re.Pattern[str], tuple[frozenset[str], ...]], ...]


@cache
def _gated_patterns() -> _GatedPatterns:
    """(name, pattern, gates): the word-list patterns are gated on the first characters of their words."""
    return _compiled()[0]


@cache
def _gate_finder() -> re.Pattern[str]:
    """Finds every character some gate asks about: the set of those in a story is what gating needs, and one scan
    for them costs far less than the set of all its characters."""
    return _compiled()[1]


@cache
def _connector_after_date() -> re.Pattern[str]:
    """A connector right after a numeral or a date character (5日至, 3月底到): see `_candidates`."""
    return _compiled()[2]


@cache
def _compiled() -> tuple[_GatedPatterns, re.Pattern[str], re.Pattern[str]]:
    """The gated patterns, their gate finder and the test for a connector after a date, built together so that the
    finder knows every gate."""
    vocab = _vocabulary()
    # 6月下旬, 6月底: month granularity. The parts are written with 月 (月底), matched after it. (6月份: the span is
    # 6月, as the calendar expression; 份 is left out as 以来 is.)
    # 6月底 and 十二月月底 alike.
    month_part = _alternation([w.removeprefix("月") for w in vocab.month_parts] + list(vocab.month_parts))
    # At the ends of a range the part follows 月 (3月下旬至4月底) or stands alone after the first (5月上旬至中旬).
    range_part = _alternation([w.removeprefix("月") for w in vocab.month_parts])
    lone_part = _alternation([w for w in vocab.month_parts if len(w) > 1])
    year_part = _alternation([w.removeprefix("年") for w in vocab.year_parts])
    # 初一 after a month is a lunar day, not 月初.
    # A day needs 日/号 unless the text ends or punctuation follows (一月二十三。).
    month_tail = (
        rf"(?: ?(?P<d>{DAY})(?: ?[日号]|(?=[，。；、,;.!?！？ ]|$))"
        rf"|(?P<part>{month_part})(?<!初(?=[一二三四五六七八九十]))|)"
    )
    month_words = [w for w, spec in vocab.relative.items() if spec["grain"] == "month"]
    other_words = [w for w, spec in vocab.relative.items() if spec["grain"] != "month"]
    year_words = [w for w in other_words if vocab.relative[w]["grain"] == "year" and w.endswith("年")]
    table = [
        ("range_day",
         rf"{NUMERAL_FIRST}(?:(?P<y>{YEAR}|{SHORT_YEAR}) ?年 ?|)(?P<m>{MONTH}) ?月 ?(?P<d>{DAY}) ?[日号]?{CONNECTOR}"
         rf"(?:(?:(?P<y2>{YEAR}|{SHORT_YEAR}) ?年 ?|)(?P<m2>{MONTH}) ?月 ?|)(?P<d2>{DAY}) ?[日号]"),
        # 3月下旬至4月底, 5月上旬至中旬, 10月中旬至11月20日: a range with a part of a month at one end or both, day
        # granularity (two days at both ends are range_day's, which comes first in this table).
        ("range_part",
         rf"{NUMERAL_FIRST}(?:(?P<y>{YEAR})年|)(?P<m>{MONTH})月(?:(?P<p>{range_part})|(?P<d>{DAY})[日号])?{CONNECTOR}"
         rf"(?:(?:(?P<y2>{YEAR})年|)(?P<m2>{MONTH})月(?:(?P<p2>{range_part})|(?P<d2>{DAY})[日号])"
         rf"|(?P<p3>{lone_part})|(?P<d3>{DAY})[日号])"),
        ("range_month",
         rf"{NUMERAL_FIRST}(?:(?P<y>{YEAR})年|)(?P<m>{MONTH})(?:月份?)?{CONNECTOR}(?:(?P<y2>{YEAR})年|)(?P<m2>{MONTH})月"
         rf"(?=份|(?![0-9{_CN}]))"),
        ("range_year", rf"{NUMERAL_FIRST}(?P<y>{YEAR})(?: ?年|){CONNECTOR}(?P<y2>{YEAR}) ?年"),
        ("rel_range_month",
         rf"(?P<rel>{_alternation(year_words)})(?P<m>{MONTH})月?{CONNECTOR}(?P<m2>{MONTH})月(?=份|(?![0-9{_CN}]))"),
        ("numeric", rf"{NUMERIC_DATE}(?![0-9])"),
        ("full", rf"{NUMERAL_FIRST}(?P<y>{YEAR}) ?年 ?(?P<m>{MONTH}) ?月{month_tail}"),
        # 15年3月2日, 零七年八月: a two-digit year only counts with a month after it (3年 is a duration).
        ("short_year", rf"{NUMERAL_FIRST}(?P<yy>{SHORT_YEAR})年(?P<m>{MONTH})月{month_tail}"),
        ("numeric_range",
         rf"{NUMERIC_DATE} ?(?:至|到|—|~) ?(?P<y2>(?:19|20)[0-9]{{2}})(?P=sep)(?P<m2>1[0-2]|0?[1-9])(?P=sep)"
         rf"(?P<d2>3[01]|[12][0-9]|0?[1-9])(?![0-9])"),
        ("year", rf"{NUMERAL_FIRST}(?P<y>{YEAR}) ?年(?:(?P<part>{year_part})(?![步次级心中期])|)"),
        ("month_day", rf"{NUMERAL_FIRST}(?P<m>{MONTH}) ?月{month_tail}"),
        ("bare_day", BARE_DAY),
        ("rel_year_month", rf"(?P<rel>{_alternation(year_words)})(?P<m>{MONTH})月{month_tail}"),
        ("rel_month", rf"(?P<rel>{_alternation(month_words)})(?:(?P<d>{DAY})[日号]|(?P<part>{month_part})|)"),
        ("weekday", WEEKDAY),
        ("since", SINCE),
        ("vague", _alternation(vocab.vague)),
        ("rel_word", rf"(?P<rel>{_alternation(other_words)})"),
    ]
    word_lists = {"rel_month": month_words, "vague": vocab.vague, "rel_word": other_words}
    part_ends = frozenset(w[-1] for w in vocab.month_parts)  # 旬, 初, 底, 末
    # (no gate on the parts' characters: the range's far end may be a bare day, 1月-1日)
    gates = _GATES | {"range_part": (_CONNECTOR_CHARS, frozenset("月"))}
    gated = tuple(
        (name, re.compile(pattern),
         gates[name] if name in gates else (frozenset(w[0] for w in word_lists[name]),))
        for name, pattern in table
    )
    gate_chars = sorted(set().union(*(gate for _, _, gates in gated for gate in gates)))
    # Where a pattern has a connector, a numeral or a date character comes right before it (5日至, 3月底到, 2020年—,
    # 2021-01-05): a story whose connectors all stand elsewhere (直至, 来到) is treated as having none.
    after_date = re.compile(rf"[0-9元{_CN}年月日号份{''.join(sorted(part_ends))}] ?{CONNECTOR}")  # (1月份至2月份)
    return gated, re.compile("[" + "".join(map(re.escape, gate_chars)) + "]"), after_date


def _month_last_day(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def _shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + month - 1 + delta
    return index // 12, index % 12 + 1


def _date_or_none(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _nearest_day(ref: dt.date, month: int, day: int, not_after: bool = False) -> dt.date | None:
    """The year that puts month-day nearest the publish date (12月28日 in January → last year)."""
    this_year = _date_or_none(ref.year, month, day)
    # The usual case, settled without trying the other years: within half a year of the publish date, this year's
    # day is nearer than the same day a year earlier or later could be (at least 365 - 182 days away).
    if this_year is not None and not (not_after and this_year > ref) and abs((this_year - ref).days) <= 182:
        return this_year
    options = [
        d for y in (ref.year, ref.year - 1, ref.year + 1)
        if (d := _date_or_none(y, month, day)) and not (not_after and d > ref)
    ]
    return min(options, key=lambda d: abs((d - ref).days), default=None)


def _nearest_month_year(ref: dt.date, month: int) -> int:
    here = ref.year * 12 + ref.month
    return min((ref.year, ref.year - 1, ref.year + 1), key=lambda y: abs(y * 12 + month - here))


def _nearest_period_year(ref: dt.date, month: int, end_month: int) -> int:
    """The start year that puts a month range nearest the publish date: inside it, or closest to one of
    its ends (1至9月 in an October article is this year's; 1-11月 in January is the current year's too).
    One exception: a period that ended within the last month is the one reported on (1至11月 in a 20 December
    article is the year just ending, not the next one, though that starts twelve days later)."""
    def bounds(year: int) -> tuple[dt.date, dt.date]:
        end_year = year + 1 if end_month < month else year
        return dt.date(year, month, 1), dt.date(end_year, end_month, _month_last_day(end_year, end_month))

    def distance(year: int) -> int:
        start, end = bounds(year)
        return 0 if start <= ref <= end else min(abs((start - ref).days), abs((end - ref).days))

    years = (ref.year, ref.year - 1, ref.year + 1)
    just_ended = [y for y in years if 0 < (ref - bounds(y)[1]).days <= JUST_ENDED_DAYS]
    if just_ended and not any(distance(y) == 0 for y in years):
        return just_ended[0]
    return min(years, key=distance)


@lru_cache(maxsize=4096)  # the same few numerals (1..31, 2021) over and over
def _num(s: str | None) -> int | None:
    if s is None:
        return None
    if s == "元":
        return 1  # 元月
    value = parse_numeral(s)
    return value if isinstance(value, int) else None


@dataclass(slots=True)
class _Context:
    """What later mentions may refer back to while resolving in reading order."""

    ref: dt.date | None
    year_month: tuple[int, int] | None = None
    last_day: dt.date | None = None


def _ym(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _resolve_month_tail(m: re.Match[str], year: int, month: int, ctx: _Context) -> str | None:
    ctx.year_month = (year, month)
    if m.group("d"):
        day = _date_or_none(year, month, _num(m.group("d")) or 0)
        if day:
            ctx.last_day = day
        return day.isoformat() if day else None
    return _ym(year, month)


_Resolved = tuple[str | None, str] | None  # (value, kind), or None when a candidate is no valid date after all


def _resolve_range(m: re.Match[str], ctx: _Context) -> _Resolved:
    return _resolve_range_day(m, ctx), "range"


def _range_years(m: re.Match[str], ctx: _Context, year: int | None, mo: int, mo2: int) -> tuple[int, int] | None:
    """Start and end years of a range from month ``mo`` to ``mo2``: ``year`` when written or implied, else the one that
    puts the range nearest the publish date; the end year as written, else the next when ``mo2`` comes before ``mo``.
    None without a year or a publish date."""
    if year is None:
        if ctx.ref is None:
            return None
        year = _nearest_period_year(ctx.ref, mo, mo2)
    y2 = (_num(m.group("y2")) if "y2" in m.re.groupindex else None) or (year + 1 if mo2 < mo else year)
    return year, y2


def _resolve_month_range(m: re.Match[str], ctx: _Context, year: int | None) -> _Resolved:
    """1至10月, 2020年1月至2021年3月: months ``m``..``m2``, from ``year`` when written or implied."""
    mo, mo2 = _num(m.group("m")), _num(m.group("m2"))
    years = _range_years(m, ctx, year, mo, mo2)
    if years is None:
        return None, "range"
    year, y2 = years
    if (y2, mo2) < (year, mo):
        return None
    ctx.year_month = (y2, mo2)
    return f"{year:04d}-{mo:02d}-01/{y2:04d}-{mo2:02d}-{_month_last_day(y2, mo2):02d}", "range"


def _part_days(part: str | None) -> tuple[int, int]:
    """The first and last day of a part of a month (0: the month's last day); a whole month without one."""
    if part is None:
        return 1, 0
    parts = _vocabulary().month_parts
    return parts.get(part) or parts["月" + part]  # 底 after 4月 is 月底


def _resolve_range_part(m: re.Match[str], ctx: _Context) -> _Resolved:
    """3月下旬至4月底 → 03-21/04-30: the first day of the first part to the last day of the second; a day written
    at either end (10月中旬至11月20日) is that day."""
    mo = _num(m.group("m"))
    mo2 = _num(m.group("m2")) if m.group("m2") else mo
    part, part2 = m.group("p"), m.group("p2") or m.group("p3")
    day, day2 = m.group("d"), m.group("d2") or m.group("d3")
    if day2 is None and part2 is None or day and day2:
        return None  # 3月至4月份 is range_month's; 3月2日至5日 is range_day's
    years = _range_years(m, ctx, _num(m.group("y")), mo, mo2)
    if years is None:
        return None, "range"
    year, y2 = years
    start = _date_or_none(year, mo, _num(day) if day else _part_days(part)[0])
    end = _date_or_none(y2, mo2, _num(day2) if day2 else _part_days(part2)[1] or _month_last_day(y2, mo2))
    if start is None or end is None or end < start:
        return None
    ctx.year_month = (end.year, end.month)
    return f"{start.isoformat()}/{end.isoformat()}", "range"


def _resolve_range_month(m: re.Match[str], ctx: _Context) -> _Resolved:
    return _resolve_month_range(m, ctx, _num(m.group("y")))


def _resolve_rel_range_month(m: re.Match[str], ctx: _Context) -> _Resolved:
    if ctx.ref is None:  # 今年1至10月
        return None, "range"
    return _resolve_month_range(m, ctx, ctx.ref.year + _vocabulary().relative[m.group("rel")].get("years", 0))


def _resolve_range_year(m: re.Match[str], ctx: _Context) -> _Resolved:
    y, y2 = _num(m.group("y")), _num(m.group("y2"))
    return (f"{y:04d}-01-01/{y2:04d}-12-31", "range") if y2 > y else None


def _resolve_numeric_range(m: re.Match[str], ctx: _Context) -> _Resolved:
    start = _date_or_none(int(m.group("y")), int(m.group("m")), int(m.group("d")))
    end = _date_or_none(int(m.group("y2")), int(m.group("m2")), int(m.group("d2")))
    if start is None or end is None or end < start:
        return None
    ctx.year_month = (end.year, end.month)
    return f"{start.isoformat()}/{end.isoformat()}", "range"


def _resolve_short_year(m: re.Match[str], ctx: _Context) -> _Resolved:
    value = _resolve_month_tail(m, _year(m.group("yy"), ctx.ref), _num(m.group("m")), ctx)
    return (value, "absolute") if value else None


def _resolve_numeric(m: re.Match[str], ctx: _Context) -> _Resolved:
    y, mo = _num(m.group("y")), _num(m.group("m"))
    day = _date_or_none(y, mo, int(m.group("d")))
    if day is None:
        return None
    ctx.year_month, ctx.last_day = (y, mo), day
    return day.isoformat(), "absolute"


def _resolve_full(m: re.Match[str], ctx: _Context) -> _Resolved:
    value = _resolve_month_tail(m, _num(m.group("y")), _num(m.group("m")), ctx)
    return (value, "absolute") if value else None


def _resolve_year(m: re.Match[str], ctx: _Context) -> _Resolved:
    return f"{_num(m.group('y')):04d}", "absolute"


def _resolve_month_day(m: re.Match[str], ctx: _Context) -> _Resolved:
    ref = ctx.ref
    if ref is None:
        return None, "partial"
    mo, d = _num(m.group("m")), m.group("d")
    # 2月1日以来, 5月以来 look back: the nearest such day or month not after the publish date (a month before 来
    # is a visit to come: 将于10月来县暗访)
    since = m.string.startswith(("以来", "来", "份以来") if d else ("以来", "份以来"), m.end())
    if d:
        day = _nearest_day(ref, mo, _num(d) or 0, not_after=since)
        if day is None:
            return None
        ctx.year_month, ctx.last_day = (day.year, day.month), day
        return day.isoformat(), "partial"
    y = (ref.year - 1 if mo > ref.month else ref.year) if since else _nearest_month_year(ref, mo)
    ctx.year_month = (y, mo)
    return _ym(y, mo), "partial"


def _resolve_bare(m: re.Match[str], ctx: _Context) -> _Resolved:
    return _resolve_bare_day(_num(m.group("d")) or 0, ctx), "partial"


def _resolve_rel_year_month(m: re.Match[str], ctx: _Context) -> _Resolved:
    if ctx.ref is None:
        return None, "relative"
    year = ctx.ref.year + _vocabulary().relative[m.group("rel")].get("years", 0)
    return _resolve_month_tail(m, year, _num(m.group("m")), ctx), "relative"


def _resolve_rel_month(m: re.Match[str], ctx: _Context) -> _Resolved:
    if ctx.ref is None:
        return None, "relative"
    spec = _vocabulary().relative[m.group("rel")]
    if "anaphor" in spec and ctx.year_month is not None:
        return _resolve_month_tail(m, *ctx.year_month, ctx), "relative"  # 10月…，当月: that month
    months = spec.get("months", 0)
    return _resolve_month_tail(m, *_shift_month(ctx.ref.year, ctx.ref.month, months), ctx), "relative"


def _resolve_weekday(m: re.Match[str], ctx: _Context) -> _Resolved:
    ref = ctx.ref
    if ref is None:
        return None, "relative"
    week = _WEEK_OFFSETS.get(m.group("wk"), 0)
    weekday = _WEEKDAYS.index("日" if m.group("wd") == "天" else m.group("wd"))
    day = ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(days=7 * week + weekday)
    ctx.last_day, ctx.year_month = day, (day.year, day.month)
    return day.isoformat(), "relative"


def _resolve_vague(m: re.Match[str], ctx: _Context) -> _Resolved:
    return None, "relative"


def _resolve_rel_word(m: re.Match[str], ctx: _Context) -> _Resolved:
    return _resolve_word(_vocabulary().relative[m.group("rel")], ctx), "relative"


# How each pattern's groups are read, by pattern name: (value, kind) for a candidate, or None when it is not a
# valid date after all.
_RESOLVERS: dict[str, Callable[[re.Match[str], _Context], _Resolved]] = {
    "range_day": _resolve_range,
    "range_part": _resolve_range_part,
    "range_month": _resolve_range_month,
    "rel_range_month": _resolve_rel_range_month,
    "range_year": _resolve_range_year,
    "numeric_range": _resolve_numeric_range,
    "short_year": _resolve_short_year,
    "numeric": _resolve_numeric,
    "full": _resolve_full,
    "year": _resolve_year,
    "month_day": _resolve_month_day,
    "bare_day": _resolve_bare,
    "rel_year_month": _resolve_rel_year_month,
    "rel_month": _resolve_rel_month,
    "weekday": _resolve_weekday,
    "since": _resolve_vague,
    "vague": _resolve_vague,
    "rel_word": _resolve_rel_word,
}


def _year(s: str | None, ref: dt.date | None) -> int | None:
    """A written year; two digits are placed in the century that keeps them at most ten years ahead."""
    if s is None or len(s) > 2:
        return _num(s)
    yy = int("".join(str(parse_numeral(ch)) for ch in s))
    pivot = (ref.year % 100 if ref else 30) + 10  # 15年 → 2015, 91年 → 1991
    return (2000 if yy <= pivot else 1900) + yy


def _resolve_range_day(m: re.Match[str], ctx: _Context) -> str | None:
    ref = ctx.ref
    mo, d = _num(m.group("m")), _num(m.group("d"))
    y = _year(m.group("y"), ref)
    if y is not None:
        start = _date_or_none(y, mo, d)
    elif ref is not None:
        start = _nearest_day(ref, mo, d)
    else:
        return None
    if start is None:
        return None
    mo2 = _num(m.group("m2")) or mo
    y2 = _year(m.group("y2"), ref) or (start.year + 1 if mo2 < mo else start.year)
    end = _date_or_none(y2, mo2, _num(m.group("d2")) or 0)
    if end is None or end < start:
        return None
    ctx.year_month = (end.year, end.month)
    return f"{start.isoformat()}/{end.isoformat()}"


def _resolve_bare_day(day: int, ctx: _Context) -> str | None:
    if ctx.year_month is not None:
        found = _date_or_none(*ctx.year_month, day)
    elif ctx.ref is not None:
        ref = ctx.ref
        options = [
            d for delta in (0, -1, 1)
            if (d := _date_or_none(*_shift_month(ref.year, ref.month, delta), day))
        ]
        found = min(options, key=lambda d: abs((d - ref).days), default=None)
    else:
        found = None
    if found:
        ctx.last_day = found
    return found.isoformat() if found else None


def _resolve_word(spec: dict, ctx: _Context) -> str | None:
    ref = ctx.ref
    if "anaphor" in spec:
        if ctx.last_day is None:
            return None
        ctx.last_day = ctx.last_day + dt.timedelta(days=spec["anaphor"])
        return ctx.last_day.isoformat()
    if ref is None:
        return None
    if spec["grain"] == "year":
        return f"{ref.year + spec.get('years', 0):04d}"
    day = ref + dt.timedelta(days=spec.get("days", 0))
    ctx.last_day, ctx.year_month = day, (day.year, day.month)
    return day.isoformat()


def _blocked(name: str, m: re.Match[str], text: str) -> bool:
    """Recurring expressions and words whose preceding character makes them something else."""
    vocab = _vocabulary()
    start, end = m.span()
    if name in ("month_day", "bare_day", "range_month") and text.endswith(vocab.recurring, 0, start):
        return True
    if name == "bare_day" and text.endswith(vocab.duration_before, 0, start):
        return True  # 限期10日整改: a number of days, not the 10th
    if name == "month_day" and end - start == 2 and text.startswith(text[start], end):
        return True  # 一月一休市: a slogan pattern (一日一清洗、一月一休市), not January
    if (label := next((w for w in vocab.heading_labels if text.startswith(w, start)), None)) and (
            start == 0 or text[start - 1] in HEADING_OPENERS) and text[start + len(label) : start + len(label) + 1] in (
            HEADING_CLOSERS):
        return True  # 【近期安排】: the heading of what is to be done, no time of its own
    if start == 0:
        return False
    guard = vocab.not_after.get(m.group()) or (
        vocab.not_after.get(m.group("rel")) if "rel" in m.re.groupindex else None
    )
    return bool(guard) and text[start - 1] in guard


HEADING_OPENERS = "【◆■●▲★\n"
HEADING_CLOSERS = ("】", "\n", "：", ":", "")
_SAME_DAY = ("当天", "当日")
_CLAUSE_OPENERS = "，。；：、\n（(“"
_POINTING_BEFORE = ("截至", "截止", "于", "在", "的", "到")
_TIME_OF_DAY = re.compile(r"上午|下午|晚|早|中午|夜|凌晨|傍晚|\d|[一二三四五六七八九十]+时")
_ORDERING = re.compile(r"要求|让|责令")
# 县市场监管局当天予以立案调查, 县公安消防大队当天责令其停业整改: a body dealing with what was found acts on the day of the
# finding (33 of 33 such in the gold when this was written; 镇城管中队当天上门 is a pledge, so 中队 stays out)
_BODY_ENDINGS = ("局", "大队")


def _habitual_same_day(text: str, m: re.Match[str], mentions: list[DateMention]) -> bool:
    """垃圾当天清走, 问题当天就有人去处理: 当天 inside a clause, with no day told earlier in its paragraph, says how
    soon things are done, not which day (but 截至当日, 当天下午, 要求县水利局当天责令清除 and 县食药监局当天下达了整改
    通知书 point to the day told)."""
    start = m.start()
    if m.group() not in _SAME_DAY or start == 0 or text[start - 1] in _CLAUSE_OPENERS:
        return False
    paragraph = text.rfind("\n", 0, start) + 1
    if any(d.start >= paragraph and d.value and len(d.value) == 10 for d in mentions):
        return False
    clause = max(text.rfind(ch, 0, start) for ch in _CLAUSE_OPENERS) + 1
    return not (text.endswith(_POINTING_BEFORE, 0, start) or text.endswith(_BODY_ENDINGS, 0, start)
                or _TIME_OF_DAY.match(text, m.end()) or _ORDERING.search(text, clause, start))


# 督导中发现，…当天: in a paragraph that tells what an inspection found, 当天 is the day of that inspection (the day
# told before its verb: 6月16日，市长…督导…), though another day (上周五，…) was told in between (29 of the gold's 32
# such 当天 where the two differ)
_INSPECTIONS = "督导|调研|检查|暗访|暗查|督查|巡查|走访|察看"  # (two characters each)
_FOUND_IN = re.compile(r"\s*(?:[（(]?[一二三四五六七八九十]+[）)、．.]\s*)?[^，。；\n]{0,12}?"
                       rf"({_INSPECTIONS})(?:中|时|期间)发现")
# The first inspection verb told after a day, in its sentence and within 60 characters of it (6月16日，市长吴少华深入
# 白果镇，督导…): the activity done that day
_ACTIVITY_AFTER = re.compile(rf"[^。\n]{{0,58}}?({_INSPECTIONS})")


def _day_of_the_finding(norm: str, start: int, activity_days: dict[str, dt.date]) -> dt.date | None:
    """The day of the inspection whose findings the paragraph of a 当天 at `start` tells, if it opens so and that
    inspection's day was told."""
    paragraph = norm.rfind("\n", 0, start) + 1
    found = _FOUND_IN.match(norm, paragraph)
    return activity_days.get(found.group(1)) if found and found.end() <= start else None


_PERIOD_FROM = re.compile(r"[^，。；：,;:\n]{0,12}?以来")


def _opens_a_period(norm: str, end: int) -> bool:
    """The date opens a period that runs up to now, told in its clause (1月25日启动一级响应以来). A running total's
    end (截至8月11日，…。当天，…) is the day 当天 points back to."""
    return _PERIOD_FROM.match(norm, end) is not None


def _candidates(norm: str) -> list[tuple[int, int, int, str, re.Match[str]]]:
    """(start, -length, pattern order, name, match) of every pattern's matches, in the order they are settled."""
    present = frozenset(_gate_finder().findall(norm))
    if not present.isdisjoint(_CONNECTOR_CHARS) and not _connector_after_date().search(norm):
        present -= _CONNECTOR_CHARS
    candidates: list[tuple[int, int, int, str, re.Match[str]]] = []
    for order, (name, pattern, gates) in enumerate(_gated_patterns()):
        for gate in gates:  # a plain loop: this runs for every pattern of every story
            if present.isdisjoint(gate):
                break
        else:
            for m in pattern.finditer(norm):
                start, end = m.span()
                if end > start:
                    candidates.append((start, start - end, order, name, m))
    # (start, order) never repeats, so the tuples sort without ever comparing names or matches.
    candidates.sort()
    return candidates


def extract_dates(text: str, ref_date: dt.date | None = None) -> list[DateMention]:
    """Date mentions in ``text`` in reading order; partial and relative ones resolved against ``ref_date``.

    Without ``ref_date`` partial and resolvable relative dates keep their kind with value None.
    """
    if not text:
        return []
    norm = normalize_story(text)
    ctx = _Context(ref=ref_date)
    mentions: list[DateMention] = []
    activity_days: dict[str, dt.date] = {}  # the last day told before each inspection verb
    last_end = 0
    for start, _, _, name, m in _candidates(norm):
        # Blocked candidates are dropped only here, when they come up: one overlapped by an earlier mention
        # could not have been chosen anyway, so it need not be tested.
        if start < last_end or _blocked(name, m, norm) or _habitual_same_day(norm, m, mentions):
            continue
        same_day = m.group() in _SAME_DAY
        if same_day and activity_days and (day := _day_of_the_finding(norm, start, activity_days)):
            ctx.last_day = day
        last_day = ctx.last_day
        resolved = _RESOLVERS[name](m, ctx)
        if resolved is None:
            continue
        value, kind = resolved
        end = m.end()
        if norm.startswith(("前", "之前", "以前"), end) or _opens_a_period(norm, end):
            # 于1月5日前清零。当天，…: a deadline is not the day 当天 points back to, nor is the start of a period
            # up to now (10月4日以来…。次日: the day after the last event told; 1月25日启动一级响应以来, in its clause)
            ctx.last_day = last_day
        mentions.append(DateMention(text[start:end], start, end, value, kind))
        last_end = end
        if not same_day and ctx.last_day is not None and ctx.last_day is not last_day and (
                activity := _ACTIVITY_AFTER.match(norm, end)):
            activity_days[activity.group(1)] = ctx.last_day
    return mentions
