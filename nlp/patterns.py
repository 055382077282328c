"""Regular expressions built from word lists kept as data."""
from __future__ import annotations

import re
from typing import Iterable


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
