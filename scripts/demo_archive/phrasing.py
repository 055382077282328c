"""Small wording helpers: date phrases relative to a publish date, Chinese ordinals, counts."""
from __future__ import annotations

import random
from datetime import date, timedelta

_DIGITS = "零一二三四五六七八九"
_WEEKDAYS = "一二三四五六日"


def chinese_ordinal(n: int) -> str:
    """1..99 as written in headings: 八, 十二, 二十一."""
    if n < 10:
        return _DIGITS[n]
    tens, ones = divmod(n, 10)
    head = "" if tens == 1 else _DIGITS[tens]
    return head + "十" + (_DIGITS[ones] if ones else "")


def _md(d: date) -> str:
    return f"{d.month}月{d.day}日"


def date_phrase(rng: random.Random, published: date) -> str:
    """A way of dating an event that happened before `published`, as bulletins write it."""
    kind = rng.choice(["md", "md", "md", "near", "near", "range", "xun", "month", "weekday"])
    back = rng.randint(2, 16)
    event = published - timedelta(days=back)
    if kind == "near":
        return "近日"
    if kind == "range":
        start = event - timedelta(days=rng.randint(2, 6))
        if start.month == event.month:
            return f"{_md(start)}至{event.day}日"
        return f"{_md(start)}至{_md(event)}"
    if kind == "xun":
        if event.month == published.month and published.day <= 10:
            return _md(event)
        part = "上旬" if event.day <= 10 else ("中旬" if event.day <= 20 else "下旬")
        return f"{event.month}月{part}"
    if kind == "month":
        first = published.replace(day=1) - timedelta(days=1)
        return f"{first.year}年{first.month}月以来" if rng.random() < 0.5 else f"{first.year}年{first.month}月"
    if kind == "weekday":
        # "上周五" means the Friday of the previous calendar week.
        wd = rng.randint(0, 6)
        return f"上周{_WEEKDAYS[wd]}"
    return _md(event)


def season(day: date) -> str:
    """春季 for March-May ... 冬季 for December-February."""
    return ("春季", "夏季", "秋季", "冬季")[((day.month - 3) % 12) // 3]


def round_to(n: int, step: int) -> int:
    return max(step, (n // step) * step)
