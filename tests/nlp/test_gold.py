"""The bulletin gold set parses, its spans slice its text, and its annotations follow ANNOTATION.md's shapes."""
from __future__ import annotations

import re
from collections import Counter
from datetime import date

import pytest

from nlp.gold.load import GoldFormatError, load_gold, parse_body

STORIES = load_gold()
DATE_VALUE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$|^\d{4}-\d{2}-\d{2}/\d{4}-\d{2}-\d{2}$")


def _mentions(story):
    return [("date", m) for m in story.dates] + [("count", m) for m in story.counts] + [("unit", m) for m in story.units]


def test_size_and_spread():
    assert len(STORIES) >= 150
    provinces = Counter(s.county_context[:2] for s in STORIES)
    assert len(provinces) >= 8
    assert len({s.county_context for s in STORIES}) >= 20
    assert {s.ref_date.year for s in STORIES} >= set(range(2018, 2025))


def test_every_span_slices_its_text():
    for story in STORIES:
        for kind, m in _mentions(story):
            assert story.text[m.start:m.end] == m.text, (story.id, kind, m)


def test_kinds_never_overlap():
    for story in STORIES:
        spans = sorted((m.start, m.end, kind) for kind, m in _mentions(story))
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            assert e1 <= s2, f"{story.id}: {k1} {story.text[s1:e1]!r} overlaps {k2} {story.text[s2:e2]!r}"


def test_values_have_their_shapes():
    for story in STORIES:
        for m in story.dates:
            assert m.value is None or DATE_VALUE.match(m.value), (story.id, m)
            assert (m.kind == "range") == ("/" in (m.value or "")), (story.id, m)
        for m in story.counts:
            assert isinstance(m.value, (int, float)) and m.value > 0, (story.id, m)
        for m in story.units:
            if m.type == "person":
                assert m.canonical == m.text, (story.id, m)


def _nearest(month: int, day: int, ref: date) -> date:
    candidates = []
    for year in (ref.year - 1, ref.year, ref.year + 1):
        try:
            candidates.append(date(year, month, day))
        except ValueError:
            pass
    return min(candidates, key=lambda d: abs((d - ref).days))


def test_partial_days_resolve_to_the_nearest_year():
    checked = 0
    for story in STORIES:
        for m in story.dates:
            match = re.fullmatch(r"(\d{1,2})月(\d{1,2})[日号]", m.text)
            if match and m.kind == "partial":
                assert m.value == _nearest(int(match[1]), int(match[2]), story.ref_date).isoformat(), (story.id, m)
                checked += 1
    assert checked > 100


def test_hard_cases_are_present():
    surfaces = {m.text for s in STORIES for m in s.dates + s.counts + s.units}
    for needed in ("10日", "上百名", "二百八十余条", "2000余块(张)", "县爱卫办", "团县委", "县二小", "刘某某",
                   "1至2月", "昨日", "当天", "7月1号", "去年12月", "上月底"):
        assert needed in surfaces, needed
    years_crossed = [m for s in STORIES for m in s.dates if m.kind == "partial" and m.value
                     and m.value[:4] != str(s.ref_date.year)]
    assert len(years_crossed) >= 8
    assert any(m.stance == "praised" for s in STORIES for m in s.units)
    assert any(m.stance == "criticized" for s in STORIES for m in s.units)


def test_parse_body_offsets_are_code_points():
    text, mentions = parse_body("𠀀[[1月2日|d|2021-01-02|partial]]，[[县公安局|u|富源县公安局|government]]清理"
                                "[[2000余张|c|2000|1|张|小广告]]小广告")
    assert text == "𠀀1月2日，县公安局清理2000余张小广告"
    assert [(m.start, m.end) for m in mentions] == [(1, 5), (6, 10), (12, 18)]
    assert mentions[2].approx is True and mentions[2].object == "小广告"
    assert mentions[1].title is None and mentions[1].stance is None


@pytest.mark.parametrize("bad", ["[[1月|d|2021-01]]", "[[5名|c|x|0|名|-]]", "[[县委|u|县委|club]]",
                                 "[[县委|q|x]]", "[[县委|u|=|party|-|liked]]", "[[县委|u|=|party]"])
def test_bad_marks_name_the_story(bad):
    with pytest.raises(GoldFormatError, match="story-x"):
        parse_body(bad, "story-x")
