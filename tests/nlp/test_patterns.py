"""Alternations built from word lists."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from nlp.patterns import literal_alternation, occurrences

WORDS = ["不足", "不足两", "不到位", "到位", "落实到位", "位", "红榜", "红黑榜", "榜", "a.b", "(x)"]


def flat(words: list[str]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, sorted(set(words), key=len, reverse=True))))


def test_the_longest_word_at_a_position_wins():
    pattern = re.compile(literal_alternation(WORDS))
    assert [m.group() for m in pattern.finditer("工作落实到位，不到位的上红黑榜")] == ["落实到位", "不到位", "红黑榜"]
    assert pattern.fullmatch("a.b") and not pattern.fullmatch("axb")  # words are literal


@given(st.text(alphabet="不足两到位落实红黑榜a.b(x)", max_size=40))
def test_the_same_matches_as_a_flat_alternation_longest_first(text):
    grouped = re.compile(literal_alternation(WORDS))
    assert [m.span() for m in grouped.finditer(text)] == [m.span() for m in flat(WORDS).finditer(text)]


def test_occurrences_do_not_overlap_and_start_where_asked():
    assert list(occurrences("张三张三张三", "张三张三")) == [(0, 4)]
    assert list(occurrences("县城管局要求县城管局", "县城管局", 1)) == [(6, 10)]
    assert list(occurrences("县城管局", "公安局")) == []
    with pytest.raises(ValueError, match="empty"):
        list(occurrences("县城管局", ""))


@given(st.text(alphabet="张三李四.()", max_size=30), st.text(alphabet="张三.(", min_size=1, max_size=3),
       st.integers(min_value=0, max_value=30))
def test_occurrences_are_the_matches_of_the_escaped_word(text, word, start):
    expected = [m.span() for m in re.compile(re.escape(word)).finditer(text, start)]
    assert list(occurrences(text, word, start)) == expected
