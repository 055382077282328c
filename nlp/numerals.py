"""Numeral parsing shared by the date and count extractors.

Handles Arabic (half- and full-width, ``1,260`` thousands separators, decimals), Chinese numerals
(两 / 〇 / 零 / 十 / 百 / 千 / 万 / 亿, financial forms 壹贰叁, colloquial 三万五 → 35000) and mixed forms
(3.5万, 1.2亿). Every pattern here uses only bounded or always-succeeding quantifiers so that scanning
is linear in the input length.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Iterator

# One character in, one character out: offsets in the normalised text equal offsets in the original.
_WIDTH_TABLE = {0xFF10 + i: ord("0") + i for i in range(10)} | {
    0xFF0E: ord("."),  # ．
    0xFF05: ord("%"),  # ％
    0xFF0D: ord("-"),  # －
    0xFF5E: ord("~"),  # ～
    0xFF0C: ord("，"),  # keep the Chinese comma distinct from the ASCII thousands separator
    0x3000: ord(" "),  # ideographic space
    0x00A0: ord(" "),
    0xFF08: ord("("),  # （
    0xFF09: ord(")"),  # ）
    0x25CB: ord("〇"),  # ○ written for 〇 in years
    0x3007: ord("〇"),
} | {
    # Traditional forms of the numeral, measure and date characters the extractors look for.
    ord(t): ord(s) for t, s in zip("萬億點參陸個週號餘幾約過鐘裏侖時後內兩", "万亿点叁陆个周号余几约过钟里仑时后内两")
}

CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8,
    "九": 9, "兩": 2, "壹": 1, "贰": 2, "貳": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}
CN_SMALL_UNITS = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
CN_BIG_UNITS = {"万": 10_000, "亿": 100_000_000}
# Longer digit runs are codes or noise, never quantities (and would hit int-conversion limits).
MAX_NUMERAL_CHARS = 40
_LONE_UNITS = frozenset("百佰千仟万亿")
_FINANCIAL = "壹贰貳叁肆伍陆柒捌玖拾佰仟"
# What a numeral written in financial forms may hold besides them: it is written so throughout (壹佰贰拾万元).
_FINANCIAL_FORM = frozenset(_FINANCIAL + "万亿零〇")
_BARE_UNIT_AFTER = ("逾", "近", "超", "超过", "约", "达", "破", "不足")
CN_NUMERAL_CHARS = "".join(CN_DIGITS) + "".join(CN_SMALL_UNITS) + "".join(CN_BIG_UNITS)

# A numeral run. Arabic: digits, optional ``,ddd`` groups, optional decimals, optional Chinese
# multipliers (3.5万, 5千, 3千万). Chinese: a run of numeral characters, an optional 点-decimal, with
# 几/数/上 allowed only in front of a unit (几十, 数百, 上百; not 上十: 镇上|十四家 is fourteen). Each alternative
# succeeds as soon as its first element matches, so no start position is ever retried after a long failed attempt.
# 千 before 克 / 瓦 is part of the unit (2.3千克, 5千瓦), not a multiplier; after an Arabic numeral so is
# 千米 (5千米 = 5 km) while 三千米 is 3000 metres.
# Written for speed, matching the same spans as the plain form: ``(?:X|)`` for an optional group ``(?:X)?`` spares
# the engine setting up a repeat at every start position, and the multiplier and numeral-character runs are
# possessive (``{0,3}+``, ``++``) since giving characters back could never let anything after them match. The
# lookahead in front names every character a numeral can begin with: the many positions that hold none are then
# left after one test instead of an attempt at both alternatives, which halves the time of a scan.
_THOUSAND = "千(?![克瓦])"
_AR_THOUSAND = "千(?![克米瓦])"
NUMERAL_RE = re.compile(
    r"(?=[0-9几数上" + CN_NUMERAL_CHARS + r"])"
    r"(?:(?P<ar>[0-9]+(?:,[0-9]{3}(?![0-9]))*(?:\.[0-9]+)?)(?P<armul>(?:[十百万亿]|" + _AR_THOUSAND + r"){0,3}+)"
    r"|(?P<cn>(?:[几数](?=[十百千万])|上(?=[百千万])|)(?:[" + CN_NUMERAL_CHARS.replace("千", "") + r"]|" + _THOUSAND + r")++"
    r"(?:点[零〇一二三四五六七八九]+|)(?:几[万亿]?|)))"
)


@dataclass(frozen=True, slots=True)
class Numeral:
    """A numeral found in text: its span, raw form, value and whether the form itself is vague."""

    text: str
    start: int
    end: int
    value: int | float
    approx: bool


# Runs of the characters `_WIDTH_TABLE` actually changes (，maps to itself). `str.translate` looks every character
# of a story up in a dict, which is slow; most stories hold none of these or a few (full-width brackets), so only
# their runs are translated. Written ``[…][…]*`` rather than ``[…]+`` so that the pattern begins with a character
# class, which lets the engine skip ahead to the next such character.
_WIDTH_CHANGED_CHARS = "[" + "".join(re.escape(chr(k)) for k, v in sorted(_WIDTH_TABLE.items()) if k != v) + "]"
_WIDTH_CHANGED = re.compile(_WIDTH_CHANGED_CHARS + _WIDTH_CHANGED_CHARS + "*")


def _translate_width(run: re.Match[str]) -> str:
    return run.group().translate(_WIDTH_TABLE)


def normalize_width(text: str) -> str:
    """Full-width digits and punctuation to ASCII, one character for one, so offsets stay valid."""
    return _WIDTH_CHANGED.sub(_translate_width, text)


@lru_cache(maxsize=4)
def normalize_story(text: str) -> str:
    """`normalize_width` for a whole story, remembered: the date and count extractors both need it."""
    return normalize_width(text)


def to_number(value: Decimal | int) -> int | float:
    """An int when the value is integral, else a float."""
    if isinstance(value, int):
        return value
    return int(value) if value == value.to_integral_value() else float(value)


def _parse_cn_int(s: str) -> int | None:
    """Value of a Chinese integer numeral, or None when the form is malformed."""
    if not s:
        return None
    if all(ch in CN_DIGITS for ch in s):
        # Digit-by-digit form (二〇二一, 一二三); a leading zero is not a number (零一).
        if len(s) > 1 and CN_DIGITS[s[0]] == 0:
            return None
        return int("".join(str(CN_DIGITS[ch]) for ch in s))
    total = 0  # completed 亿 sections
    section = 0  # completed 万 part below the current 亿
    small = 0  # value below 万
    digit: int | None = None
    last_unit = 0
    prev_was_digit = False
    for ch in s:
        if ch in CN_DIGITS:
            d = CN_DIGITS[ch]
            if prev_was_digit and d != 0 and digit not in (None, 0):
                return None  # 一二百: two digits in a row within a unit form
            digit = d
            prev_was_digit = True
        elif ch in CN_SMALL_UNITS:
            unit = CN_SMALL_UNITS[ch]
            if last_unit and unit >= last_unit and small:
                return None  # 十七十八, 一百一千
            small += (digit if digit is not None else 1) * unit if (digit != 0) else unit
            digit = None
            last_unit = unit
            prev_was_digit = False
        else:  # 万 / 亿
            unit = CN_BIG_UNITS[ch]
            part = small + (digit or 0)
            if unit == 10_000:
                section += (part or (0 if section else 1)) * unit
            else:
                total = (total + section + part) * unit if (total + section + part) else unit
                section = 0
            small = 0
            digit = None
            last_unit = 0
            prev_was_digit = False
    if digit:
        # 三万五 → 35000, 两千六 → 2600: a trailing digit right after a unit takes the next lower unit.
        if s[-2] in CN_SMALL_UNITS and CN_SMALL_UNITS[s[-2]] >= 100:
            digit *= CN_SMALL_UNITS[s[-2]] // 10
        elif s[-2] in CN_BIG_UNITS:
            digit *= CN_BIG_UNITS[s[-2]] // 10
        small += digit
    return total + section + small


def _parse_cn(s: str) -> tuple[Decimal | int, bool] | None:
    approx = False
    if s[0] in "几数上":
        s, approx = "一" + s[1:], True
    if "几" in s:
        s, approx = s.replace("几", ""), True  # 十几万 → 十万, at least
    if not s:
        return None
    frac = ""
    if "点" in s:
        s, _, frac_cn = s.partition("点")
        if not all(ch in CN_DIGITS for ch in frac_cn):
            return None  # 一点五几万: a multiplier inside the decimal part is not a numeral this reads
        frac = "".join(str(CN_DIGITS[ch]) for ch in frac_cn)
    whole = _parse_cn_int(s)
    if whole is None:
        return None
    return (Decimal(f"{whole}.{frac}") if frac else whole), approx


_SIGN = ("负", "負", "-")
_LATIN_MULTIPLIERS = {"k": 1_000, "K": 1_000, "M": 1_000_000}
_HALVES = frozenset({"半", "一半", "半个"})
_FRACTION = re.compile(r"(?P<den>[^分]{1,6})分之(?P<num>[^分]{1,6})")


def parse_numeral(s: str) -> int | float | None:
    """Value of one numeral string (``2689``, ``3.5万``, ``二百八十``, ``1,260``, ``负十一``, ``二分之一``),
    None when malformed."""
    s = normalize_width(s).strip()
    if s.startswith(_SIGN) and len(s) > 1:
        value = parse_numeral(s[1:])
        return None if value is None else -value
    if s in _HALVES:
        return 0.5
    fraction = _FRACTION.fullmatch(s)
    if fraction:
        num, den = parse_numeral(fraction["num"]), parse_numeral(fraction["den"])
        return None if num is None or not den else to_number(Decimal(str(num)) / Decimal(str(den)))
    multiplier = 1
    if s[-1:] in _LATIN_MULTIPLIERS and len(s) > 1:  # 100K, 1.04M
        s, multiplier = s[:-1], _LATIN_MULTIPLIERS[s[-1]]
    if s.startswith("."):
        s = "0" + s
    m = NUMERAL_RE.fullmatch(s) if len(s) <= MAX_NUMERAL_CHARS else None
    if m is None:
        return None
    parsed = _value_of(m)
    return None if parsed is None else to_number(parsed[0] * multiplier)


def _value_of(m: re.Match[str]) -> tuple[Decimal | int, bool] | None:
    """(value, vague form); a whole number is an int, a decimal one a Decimal. Most numerals are whole, and an int
    is exact as well and much cheaper to make and to reckon with."""
    arabic = m.group("ar")
    if arabic is not None:
        digits = arabic.replace(",", "")
        try:
            value = Decimal(digits) if "." in digits else int(digits)
        except (InvalidOperation, ValueError):
            return None
        for ch in m.group("armul"):
            value *= CN_SMALL_UNITS.get(ch) or CN_BIG_UNITS[ch]
        return value, False
    return _parse_cn(m.group("cn"))


@lru_cache(maxsize=4096)  # the same forms (一, 两, 10, 100) come back story after story
def _form_value(form: str) -> tuple[Decimal | int, bool] | None:
    """`_value_of` a form `NUMERAL_RE` found: the form's own characters decide how the pattern reads it, whatever
    stands around it in the text."""
    return _value_of(NUMERAL_RE.fullmatch(form))


class NumeralForm:
    """A numeral's span and written form; its value is worked out only when asked for, since most numerals in a story
    (一是, 统一, 进一步) never need one."""

    __slots__ = ("text", "start", "end")

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text, self.start, self.end = text, start, end

    @property
    def parsed(self) -> tuple[Decimal | int, bool] | None:
        """(value, vague form) or None when the form is malformed."""
        return _form_value(self.text)


def iter_numeral_forms(text: str) -> Iterator[NumeralForm]:
    """Every numeral-shaped span in ``text`` (already width-normalised), left to right, values not yet parsed."""
    for m in NUMERAL_RE.finditer(text):
        start, end = m.span()
        if end - start > MAX_NUMERAL_CHARS:
            continue
        if (
            text[start] in _LONE_UNITS  # most numerals start with a digit: one test settles them
            and _LONE_UNITS.issuperset(m.group())
            and not text.endswith(_BARE_UNIT_AFTER, 0, start)
            and not text.startswith(("余", "多"), end)
            and not (end - start >= 2 and text.startswith(("元", "美元"), end))
        ):
            continue  # 百姓, 千家万户, 亿万 are words; 逾千名, 近万人, 百余名, 百万元 are numbers
        form = m.group()
        if form[0] == "0" and form[1:2].isdigit():
            continue  # 001, 5|00万元 broken by a line: a code or a piece of a number, never one of its own
        if form[0] in _FINANCIAL and not _FINANCIAL_FORM.issuperset(form):
            # 队伍二十余支, 入伍三年: a financial form before common ones ends the word before it (队伍, 入伍)
            lead = len(form) - len(form.lstrip(_FINANCIAL))
            start, form = start + lead, form[lead:]
        elif len(form) == 1 and form in _FINANCIAL and start > 0 and "\u4e00" <= text[start - 1] <= "\u9fff":
            continue  # 巡堤队伍昼夜值守, 退伍: one financial form after a character ends a word, counts nothing
        yield NumeralForm(form, start, end)


def iter_numerals(text: str) -> Iterator[Numeral]:
    """Every well-formed numeral in ``text`` (already width-normalised), left to right."""
    for form in iter_numeral_forms(text):
        parsed = form.parsed
        if parsed is not None:
            yield Numeral(form.text, form.start, form.end, to_number(parsed[0]), parsed[1])
