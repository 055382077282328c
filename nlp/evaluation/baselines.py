"""Off-the-shelf baselines scored beside the project's extractors, in the same mention-dict shapes.

- dates:  JioNLP `ner.extract_time` with the publish date as time base; its [start, end] seconds are turned into
          the project's granularity (whole day -> YYYY-MM-DD, whole month -> YYYY-MM, whole year -> YYYY, else a
          day range `a/b`); `blur` relative times without a fixed point (近日) get null.
- counts: a numeral regex + cn2an (`smart` mode) for the value, the following measure character as unit, 余/多/约/近
          as approximation. No vocabulary of measure words or fixed terms: that is what the baseline lacks.
- units:  jieba.posseg runs of `nt` (organisation) and `ns` (place) words, canonical = surface, nt -> government,
          ns -> township.
"""
from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import io
import logging
import re
import time
from functools import lru_cache

from nlp.paths import cache_dir

# numeral (digits with decimals, or Chinese numerals), optional 万/亿, optional 余/多, then one measure character
_COUNT = re.compile(
    r"(?P<pre>约|近|超过|逾|不足|不少于)?(?P<num>[0-9]+(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)"
    r"(?P<big>[万亿])?(?P<yu>余|多)?(?P<unit>[\u4e00-\u9fff])")


def _granular(start: dt.datetime, end: dt.datetime) -> str:
    whole_day = start.time() == dt.time(0, 0) and end.time() >= dt.time(23, 59, 59)
    if not whole_day:
        return start.date().isoformat() if start.date() == end.date() else f"{start.date()}/{end.date()}"
    s, e = start.date(), end.date()
    if s == e:
        return s.isoformat()
    if s.day == 1 and e.day == calendar.monthrange(e.year, e.month)[1]:
        if (s.year, s.month) == (e.year, e.month):
            return f"{s.year:04d}-{s.month:02d}"
        if s.month == 1 and e.month == 12 and s.year == e.year:
            return f"{s.year:04d}"
    return f"{s.isoformat()}/{e.isoformat()}"


def jionlp_value(detail: dict) -> str | None:
    """The project's date value for one JioNLP parse result (None when it is not a fixed calendar time)."""
    if not detail or detail.get("type") not in {"time_point", "time_span"}:
        return None
    times = detail.get("time")
    if not isinstance(times, list) or len(times) != 2 or "inf" in str(times):
        return None
    try:
        start, end = (dt.datetime.fromisoformat(t) for t in times)
    except (TypeError, ValueError):
        return None
    return _granular(start, end)


@lru_cache(maxsize=1)
def _jionlp():
    logging.getLogger("jionlp").setLevel(logging.ERROR)
    with contextlib.redirect_stdout(io.StringIO()):  # JioNLP prints a banner on import
        import jionlp

    return jionlp


def timestamp(day: dt.date | dt.datetime) -> float:
    value = day if isinstance(day, dt.datetime) else dt.datetime.combine(day, dt.time(12))
    return time.mktime(value.timetuple())


def jionlp_dates(text: str, ref_date: dt.date | None) -> list[dict]:
    jio = _jionlp()
    base = timestamp(ref_date) if ref_date else time.time()
    try:
        with contextlib.redirect_stderr(io.StringIO()):  # JioNLP prints tracebacks of what it cannot parse
            found = jio.ner.extract_time(text, time_base=base, with_parsing=True)
    except Exception:  # JioNLP raises on some inputs; the baseline then finds nothing there
        return []
    out = []
    for item in found:
        start, end = item["offset"]
        out.append({"text": item["text"], "start": start, "end": end,
                    "value": jionlp_value(item.get("detail") or {}), "kind": item.get("type")})
    return out


def jionlp_parse(text: str, ref: dt.datetime | dt.date) -> str | None:
    try:
        with contextlib.redirect_stderr(io.StringIO()):
            return jionlp_value(_jionlp().parse_time(text, time_base=timestamp(ref)))
    except Exception:  # unparseable for JioNLP
        return None


def cn2an_number(numeral: str) -> int | float | None:
    import cn2an

    try:
        value = cn2an.cn2an(numeral, "smart")
    except (ValueError, KeyError, IndexError, TypeError):
        return None
    return int(value) if float(value).is_integer() else value


def cn2an_counts(text: str) -> list[dict]:
    out = []
    for m in _COUNT.finditer(text):
        value = cn2an_number(m["num"])
        if value is None:
            continue
        if m["big"]:
            value = value * (10_000 if m["big"] == "万" else 100_000_000)
        out.append({"text": m.group(0), "start": m.start(), "end": m.end(), "value": value,
                    "approx": bool(m["pre"] or m["yu"]), "unit": m["unit"], "object": None})
    return out


@lru_cache(maxsize=1)
def _postagger():
    import jieba
    import jieba.posseg

    logging.getLogger("jieba").setLevel(logging.ERROR)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir())
    return jieba.posseg.POSTokenizer(tokenizer)


def jieba_units(text: str) -> list[dict]:
    """Runs of nt/ns words; a run containing an nt word is an organisation, else a place (township)."""
    out: list[dict] = []
    pos = 0
    run: list[tuple[int, int, str]] = []

    def flush() -> None:
        if run:
            start, end = run[0][0], run[-1][1]
            kind = "government" if any(flag == "nt" for *_, flag in run) else "township"
            out.append({"text": text[start:end], "start": start, "end": end, "canonical": text[start:end],
                        "type": kind, "title": None, "stance": None})
            run.clear()

    for pair in _postagger().cut(text):
        word, flag = pair.word, pair.flag
        start = text.find(word, pos)
        if start < 0:
            continue
        end = start + len(word)
        if flag in {"nt", "ns"} and (not run or run[-1][1] == start):
            run.append((start, end, flag))
        else:
            flush()
            if flag in {"nt", "ns"}:
                run.append((start, end, flag))
        pos = end
    flush()
    return out
