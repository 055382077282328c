"""Regular expressions built from word lists kept as data."""
from __future__ import annotations

import re
from typing import Iterable, Iterator

# A list item's enumerator: 1．, （一）, 一是; with a report's sections (二、), any numbered finding's
ITEM_FORMS = r"[0-9０-９]{1,2}[．.、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,2}是"
ENUMERATOR_FORMS = r"(?:" + ITEM_FORMS + r"|[一二三四五六七八九十]{1,2}、)"
# The words that introduce a short name in brackets: （以下简称“县城管局”）, （下称县城管局）, （简称：县城管局）
ALIAS_WORDS = r"(?:以下简称|以下称|下称|简称)"


def literal_alternation(words: Iterable[str], between: str = "") -> str:
    """An alternation of `words` that finds, at each position, the same word as a flat alternation sorted longest
    first, but is grouped by first character: a position is tried against one alternative per first character
    instead of against every word, which matters for lists of hundreds of cues. `between`, a pattern, may stand
    between any two characters of a word (" ?" for “7 个专项行动”)."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first, rests in groups.items():
        tails = "|".join(between.join(map(re.escape, rest)) for rest in rests if rest)
        alternative = re.escape(first)
        if tails:  # a one-character word, if any, is the empty tail tried last
            alternative += f"(?:{between}(?:{tails})" + ("|)" if "" in rests else ")")
        alternatives.append(alternative)
    return "|".join(alternatives)


def occurrences(text: str, word: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of `word` in `text` from `start`, left to right and not overlapping, as `re.finditer` of the escaped
    word finds them, without compiling a pattern: the words searched for (a person's name, a county) change from
    story to story, and a compiled pattern per word would fill the `re` module's cache."""
    if not word:
        raise ValueError("occurrences: the word searched for is empty")
    while (found := text.find(word, start)) >= 0:
        start = found + len(word)
        yield found, start
