"""Regular expressions built from word lists kept as data."""
from __future__ import annotations

import re
from typing import Iterable


def literal_alternation(words: Iterable[str]) -> str:
    """An alternation of `words` that finds, at each position, the same word as a flat alternation sorted longest
    first, but is grouped by first character: a position is tried against one alternative per first character
    instead of against every word, which matters for lists of hundreds of cues."""
    groups: dict[str, list[str]] = {}
    for word in sorted(set(words), key=len, reverse=True):
        groups.setdefault(word[0], []).append(word[1:])
    alternatives = []
    for first, rests in groups.items():
        tails = "|".join(re.escape(rest) for rest in rests if rest)
        alternative = re.escape(first)
        if tails:  # a one-character word, if any, is the empty tail tried last
            alternative += f"(?:{tails}" + ("|)" if "" in rests else ")")
        alternatives.append(alternative)
    return "|".join(alternatives)
