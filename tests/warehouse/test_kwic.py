"""Keyword in context over a small warehouse, and the word-boundary rule."""
from __future__ import annotations

from datetime import date

import duckdb
import pytest

from tests.warehouse import builders
from warehouse.kwic import kwic, render, word_boundaries


def test_kwic_finds_every_occurrence_with_article_date_and_url(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    lines = kwic(con, "志愿者", width=6)
    assert [(x.published_date, x.url) for x in lines] == [(date(2021, 1, 19), builders.url("a1")),
                                                          (date(2021, 3, 2), builders.url("a2"))]
    assert lines[0].left == "织200余名" and lines[0].right.startswith("清理城区垃圾")
    assert all(x.whole_word for x in lines)
    text = render(lines, width=6)
    assert "【志愿者】清理城区" in text and builders.url("a2") in text and "2021-03-02" in text


def test_whole_words_drops_occurrences_inside_longer_words(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    # 志愿 occurs inside 志愿者 (twice) and inside 志愿服务 in a title only, so in text: as part of 志愿者.
    assert len(kwic(con, "志愿")) == 2
    assert kwic(con, "志愿", whole_words=True) == []


def test_limit_and_site_filter(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    assert len(kwic(con, "街道", limit=2)) == 2
    assert kwic(con, "街道", site="elsewhere") == []
    with pytest.raises(ValueError):
        kwic(con, "  ")


def test_word_boundaries_align_words_with_text():
    assert word_boundaries("县长期调研", "县 长期 调研") == {0, 1, 3, 5}
    assert word_boundaries("abc", "x") is None
    assert word_boundaries("abc", None) is None
