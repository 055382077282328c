"""Date phrases in composed stories never point after the issue's publish date."""
from __future__ import annotations

import random
import re
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from scripts.demo_archive.phrasing import chinese_ordinal, date_phrase, season

DAY = re.compile(r"^(\d+)月(\d+)日")
YEAR_MONTH = re.compile(r"^(\d{4})年(\d+)月")


def _latest_reading(phrase: str, published: date) -> date | None:
    """The latest calendar day the phrase can stand for, placed in the publish year or the one before."""
    m = YEAR_MONTH.match(phrase)
    if m:
        year, month = int(m[1]), int(m[2])
        return date(year + month // 12, month % 12 + 1, 1) - timedelta(days=1)
    m = DAY.match(phrase)
    if not m:
        return None
    end = re.search(r"至(?:(\d+)月)?(\d+)日$", phrase)
    month, day = int(m[1]), int(m[2])
    if end:
        month, day = int(end[1] or month), int(end[2])
    year = published.year if (month, day) <= (published.month, published.day) else published.year - 1
    return date(year, month, day)


@given(st.dates(min_value=date(2020, 1, 1), max_value=date(2022, 12, 31)), st.integers(0, 10_000))
def test_date_phrase_lies_before_publication(published: date, seed: int) -> None:
    phrase = date_phrase(random.Random(seed), published)
    latest = _latest_reading(phrase, published)
    if latest is not None:
        assert latest < published, phrase
        assert published - latest < timedelta(days=60), phrase
    else:
        assert re.fullmatch(r"近日|上周[一二三四五六日]|\d+月[上中下]旬", phrase), phrase


def test_chinese_ordinals() -> None:
    assert [chinese_ordinal(n) for n in (1, 8, 10, 12, 20, 21)] == ["一", "八", "十", "十二", "二十", "二十一"]


def test_seasons() -> None:
    assert [season(date(2021, m, 1)) for m in (1, 3, 6, 9, 12)] == ["冬季", "春季", "夏季", "秋季", "冬季"]
