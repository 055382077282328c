"""A county name that the segmentation cut before its 县 is found again, and only then is the place table read."""
from __future__ import annotations

from nlp.segment import make_tokenizer
from nlp.units.canonical import _level_name_endings, county_before
from nlp.units.vocabulary import COMMON_WORD


def test_county_name_before_its_level_character_joins_the_unit(tmp_path):
    freq = make_tokenizer(tmp_path).FREQ
    text = "瓮安县红十字会开展救助"
    assert county_before(text, 2, freq) == 0


def test_level_character_after_punctuation_or_a_word_stays_alone():
    text = "会议要求，县公安局、全县各乡镇"
    assert county_before(text, text.index("县公安局"), {}) == text.index("县公安局")
    assert "，县" not in _level_name_endings() and "安县" in _level_name_endings()


def test_common_word_before_the_level_character_is_not_a_county():
    text = "该局会同县商务局"
    assert county_before(text, 4, {"会同": COMMON_WORD}) == 4
    assert county_before(text, 4, {"会同": COMMON_WORD}, own_county="会同县") == 2
