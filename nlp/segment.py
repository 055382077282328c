"""Word segmentation with jieba and the project's dictionaries.

One `jieba.Tokenizer` is built by `make_tokenizer()` and passed around; the jieba module's global tokenizer is never
used. Dictionaries are data in `nlp/dicts/`: campaign vocabulary (jieba user-dict format), organisation names from
the abbreviation table, official titles, and county and township names from the gazetteer.
"""
from __future__ import annotations

import logging
import sys
import tomllib
from functools import cache
from itertools import accumulate, repeat
from pathlib import Path
from typing import NamedTuple, Sequence

import jieba

from nlp import paths
from nlp.gazetteer import DICTS, load_gazetteer

CAMPAIGN_TERMS = DICTS / "campaign_terms.txt"
LEVEL_PREFIXES = ("县", "市", "省", "区", "旗")
NUMERALS = "一二三四五六七八九十"
# Frequencies given to project words: high enough that the word survives against its parts.
ORG_FREQ = 20000
PLACE_FREQ = 3000


@cache
def load_toml(name: str) -> dict:
    with open(DICTS / name, "rb") as handle:
        return tomllib.load(handle)


@cache
def project_words() -> tuple[tuple[str, int, str], ...]:
    """(word, frequency, tag) for every project word besides the campaign terms."""
    words: dict[str, tuple[int, str]] = {}
    abbreviations = load_toml("abbreviations.toml")
    for key, value in abbreviations["bodies"].items():
        # 二小, 一医院 alone are too ambiguous (六小 is a campaign term); only 县二小 and the like are names.
        if not key[0] in NUMERALS:
            words[key] = (ORG_FREQ, "nt")
            words.setdefault(value, (ORG_FREQ, "nt"))
        for prefix in LEVEL_PREFIXES:
            words.setdefault(prefix + key, (ORG_FREQ, "nt"))
    for key in abbreviations["local"]:
        words[key] = (ORG_FREQ, "nt")
    for key in abbreviations["local_short_only"]:
        for level in "县区市旗":
            words[level + key[1:]] = (ORG_FREQ, "nt")
    suffixes = load_toml("org_suffixes.toml")
    for name in suffixes["known_names"]:
        words.setdefault(name, (ORG_FREQ, "nt"))
    # Organisation endings of three characters and more (督查室, 中心学校) stay whole.
    for head in suffixes["heads"] + suffixes["head_words"]:
        if len(head) >= 3:
            words.setdefault(head, (PLACE_FREQ, "n"))
    for title in load_toml("titles.toml")["titles"]:
        words.setdefault(title, (ORG_FREQ, "title"))
    for division in load_gazetteer().divisions:
        if division.level == "province":
            continue
        if len(division.name) >= 3 or division.level == "county":
            words.setdefault(division.name, (PLACE_FREQ, "ns"))
    return tuple((word, freq, tag) for word, (freq, tag) in words.items())


def make_tokenizer(cache_dir: Path | None = None) -> jieba.Tokenizer:
    """A jieba tokenizer with the project's dictionaries loaded; its prefix cache lives under `cache_dir`."""
    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(cache_dir or paths.cache_dir())
    tokenizer.initialize()
    for word, freq, tag in project_words():
        tokenizer.add_word(word, freq, tag)
    for word in load_toml("org_suffixes.toml")["split_words"]:
        tokenizer.del_word(word)
    tokenizer.load_userdict(str(CAMPAIGN_TERMS))
    return tokenizer


class Token(NamedTuple):
    """One word of the segmentation and its character offsets: `text[start:end] == word`."""

    word: str
    start: int
    end: int


def cut_with_offsets(text: str, tokenizer: jieba.Tokenizer) -> list[Token]:
    """Every word of `text` with its offsets, whitespace included, so the words tile the text.

    Cut once per story and pass the tokens on: `words(tokens)` is what `segment` returns, and the extractors
    (`extract_units(..., tokens=)`, `extract_all(..., tokens=)`) take the same list.
    """
    words = list(tokenizer.cut(text))
    ends = list(accumulate(map(len, words)))
    # tuple.__new__ skips the named tuple's Python-level constructor: a story has thousands of words.
    return list(map(tuple.__new__, repeat(Token), zip(words, [0, *ends[:-1]], ends)))


def words(tokens: Sequence[Token]) -> list[str]:
    """The words of a cut, whitespace dropped (the same list as `segment`)."""
    return [token.word for token in tokens if token.word.strip()]


def segment(text: str, tokenizer: jieba.Tokenizer) -> list[str]:
    """Words of `text` in order, whitespace dropped."""
    return [word for word in tokenizer.cut(text) if word.strip()]


def main(argv: list[str]) -> int:
    if argv and argv[0] in {"-h", "--help"}:
        print("usage: python -m nlp segment < text\n\nPrints each input line's words joined by spaces.")
        return 0
    try:
        tokenizer = make_tokenizer()
    except OSError as error:
        print(f"segment: cannot load the dictionaries: {error}", file=sys.stderr)
        return 1
    for line in sys.stdin:
        print(" ".join(segment(line.rstrip("\n"), tokenizer)))
    return 0
