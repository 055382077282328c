"""Alternations built from word lists."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, strategies as st

from nlp.patterns import FirstOf, OpenedPattern, literal_alternation, occurrences

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


@given(st.text(alphabet="不足两到位落实红黑榜a.b(x)", max_size=40))
def test_a_guarded_alternation_matches_as_the_unguarded(text):
    guarded = re.compile(f"[两红]..?(?:{literal_alternation(WORDS, guarded=True)})")
    plain = re.compile(f"[两红]..?(?:{literal_alternation(WORDS)})")
    assert [m.span() for m in guarded.finditer(text)] == [m.span() for m in plain.finditer(text)]


# 老王家面馆、阿明面馆, （一）李记面馆, 3．张家面馆: names after a clause mark, an enumerator or the text's start; and
# (to try an opening inside the last match) right after a 馆
SHOP_BODY = r"(([王李张明阿老记家]{2,3}?)(?:面馆|馆))"
SHOP_OPENINGS = [("，、的馆",), ("一二三", "）"), ("0-9", "．.")]
SHOP_LOOKED_BEHIND = re.compile(r"(?:^|(?<=[，、的馆])|(?<=[一二三]）)|(?<=[0-9][．.]))" + SHOP_BODY)
SHOP_ALPHABET = "王李张明阿老记家面馆，、的一二三）3．.（x"


def spans(matches) -> list[list[tuple[int, int]]]:
    return [[m.span(group) for group in range(m.re.groups + 1)] for m in matches]


def test_an_opened_pattern_reads_its_openings():
    shops = OpenedPattern(SHOP_BODY, SHOP_OPENINGS, at_start=True)
    text = "老王家面馆、阿明面馆，x李记面馆（一）李记面馆3．张家面馆王家馆"
    assert [m.group(1) for m in shops.finditer(text)] == ["老王家面馆", "阿明面馆", "李记面馆", "张家面馆", "王家馆"]
    assert shops.search(text, 1).group(1) == "阿明面馆"
    assert [m.group(1) for m in OpenedPattern(SHOP_BODY, SHOP_OPENINGS).finditer(text)][0] == "阿明面馆"
    with pytest.raises(ValueError, match="share a first character"):
        OpenedPattern(SHOP_BODY, [("，的",), ("的一", "）")])


@given(st.text(alphabet=SHOP_ALPHABET, max_size=60), st.integers(min_value=0, max_value=60))
def test_an_opened_pattern_finds_what_its_look_behind_form_finds(text, pos):
    shops = OpenedPattern(SHOP_BODY, SHOP_OPENINGS, at_start=True)
    assert spans(shops.finditer(text)) == spans(SHOP_LOOKED_BEHIND.finditer(text))
    assert spans(filter(None, [shops.search(text, pos)])) == spans(filter(None, [SHOP_LOOKED_BEHIND.search(text, pos)]))


HEADINGS = [r"做得好的[：。]", r"(?:好的|经验)做法[：\n]", r"先进(?:个人|村)[：\n]", r"[^\n，]{1,4}?(?:做法|经验)\n"]


@given(st.text(alphabet="也有做得好的：。经验法先进个人村\n、，x", max_size=60))
def test_first_of_finds_what_the_alternation_finds(text):
    alternation = re.compile(r"(?<=也有)" + HEADINGS[0] + "|" + HEADINGS[1] + r"|(?<=[\n、])" + HEADINGS[2]
                             + r"|(?:^|(?<=\n))" + HEADINGS[3])
    first_of = FirstOf(OpenedPattern(HEADINGS[0], [("也", "有")]), re.compile(HEADINGS[1]),
                       OpenedPattern(HEADINGS[2], [("\n、",)]), OpenedPattern(HEADINGS[3], [("\n",)], at_start=True))
    assert [m.span() for m in first_of.finditer(text)] == [m.span() for m in alternation.finditer(text)]


def test_a_pattern_that_can_match_nothing_is_refused_rather_than_looping():
    with pytest.raises(ValueError, match="matched nothing"):
        list(OpenedPattern(r"x?", [("，",)], at_start=True).finditer("，y"))
    with pytest.raises(ValueError, match="matched nothing"):
        list(FirstOf(re.compile("x?")).finditer("y"))
