"""Numeral parsing shared by the date and count extractors."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.numerals import iter_numerals, normalize_width, parse_numeral


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2689", 2689),
        ("１２３", 123),
        ("1,260", 1260),
        ("3.5万", 35000),
        ("1.2亿", 120000000),
        ("3.6万", 36000),
        ("92.5", 92.5),
        ("十", 10),
        ("十一", 11),
        ("两", 2),
        ("两千", 2000),
        ("二百八十", 280),
        ("一千零十", 1010),
        ("一万零一", 10001),
        ("三万五", 35000),
        ("两千六", 2600),
        ("二〇二一", 2021),
        ("壹佰壹拾壹", 111),
        ("一亿一千一百一十一万一千一百一十一", 111111111),
        ("三点五", 3.5),
        ("几十", 10),
        ("上百", 100),
    ],
)
def test_parse_numeral_values(text: str, value: int | float) -> None:
    parsed = parse_numeral(text)
    assert parsed == value
    assert type(parsed) is type(value)


@pytest.mark.parametrize("text", ["十七十八", "零一", "10..1万", "", "abc", "1" * 60, "一点五几万"])
def test_malformed_numerals_are_none(text: str) -> None:
    assert parse_numeral(text) is None


def test_normalize_width_keeps_offsets() -> None:
    text = "共２６８９名（张）　１．５万"
    norm = normalize_width(text)
    assert len(norm) == len(text)
    assert norm == "共2689名(张) 1.5万"


def test_iter_numerals_finds_runs_with_offsets() -> None:
    text = "组织85家单位共计2689名志愿者，两千多名群众"
    found = [(n.text, n.value) for n in iter_numerals(text)]
    assert found == [("85", 85), ("2689", 2689), ("两千", 2000)]
    for n in iter_numerals(text):
        assert text[n.start:n.end] == n.text


def test_lone_unit_characters_are_not_numbers() -> None:
    assert [n.text for n in iter_numerals("百姓千家万户亿万")] == []


def test_thousands_separator_needs_three_digits() -> None:
    assert [n.value for n in iter_numerals("分别为1,2,3")] == [1, 2, 3]


def test_cn2an_gold_integers(shared_dir) -> None:
    """Every plain numeral of the cn2an test data (not money, not negative) parses to its value."""
    rows = [json.loads(line) for line in (shared_dir / "corpus/gold/numbers/cn2an.jsonl").open(encoding="utf-8")]
    checked = 0
    for row in rows:
        text, expected = row["text"], row.get("expected_value")
        if row["task"] != "cn2an" or expected is None or any(c in text for c in "元圆角分负-百01"):
            continue
        assert parse_numeral(text) == expected, text
        checked += 1
    assert checked > 30


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("0123456789０１.,一二两三十百千万亿零〇几余点上x ")), max_size=60))
def test_iter_numerals_never_raises_and_slices(text: str) -> None:
    for n in iter_numerals(text):
        assert text[n.start:n.end] == n.text
        assert isinstance(n.value, (int, float))


def test_vague_tens_and_traditional_two() -> None:
    assert parse_numeral("十几万") == 100000
    assert parse_numeral("三千四百五十几万") == 34500000
    assert parse_numeral("兩千") == 2000


@pytest.mark.parametrize(
    ("text", "value"),
    [("负十一", -11), ("-10.1万", -101000), (".77", 0.77), ("100K", 100000), ("1.04M", 1040000),
     ("萬九", 19000), ("一億零一萬一千一百零五", 100011105), ("二分之一", 0.5), ("一半", 0.5), ("負十點五", -10.5)],
)
def test_signs_fractions_and_traditional_forms(text: str, value: int | float) -> None:
    assert parse_numeral(text) == value
