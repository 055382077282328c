"""Whether a story praises or criticises the units it names (ANNOTATION.md, "Stance").

Cues are data (`dicts/stance_cues.toml`). A unit takes the stance of the closest cue in its sentence: one before
it first (the list after 知晓率较高的有：), else one after it (…被通报批评). A unit followed by 要 is being told what
to do, which is no judgement.
"""
from __future__ import annotations

import re
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING, TypeVar

from nlp.segment import load_toml

if TYPE_CHECKING:
    from nlp.units import UnitMention

SENTENCE_END = re.compile(r"[。！？!?；;\n]")
M = TypeVar("M", bound="UnitMention")


@cache
def _cue_pattern() -> tuple[re.Pattern[str], dict[str, str], re.Pattern[str]]:
    cues = load_toml("stance_cues.toml")
    polarity = {cue: "praised" for cue in cues["praised"]}
    polarity.update({cue: "criticized" for cue in cues["criticized"]})
    words = sorted(polarity, key=len, reverse=True)
    negation = re.compile("(?:" + "|".join(map(re.escape, sorted(cues["negations"], key=len, reverse=True))) + ")$")
    return re.compile("|".join(map(re.escape, words))), polarity, negation


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, polarity) of every stance cue in `text` that no negation cancels."""
    pattern, polarity, negation = _cue_pattern()
    found = []
    for match in pattern.finditer(text):
        if negation.search(text[max(0, match.start() - 3) : match.start()]):
            continue
        found.append((match.start(), match.end(), polarity[match.group(0)]))
    return found


def _sentence_bounds(text: str, position: int) -> tuple[int, int]:
    start = 0
    for match in SENTENCE_END.finditer(text, 0, position):
        start = match.end()
    end_match = SENTENCE_END.search(text, position)
    return start, end_match.start() if end_match else len(text)


def assign_stance(text: str, mentions: list[M]) -> list[M]:
    """The mentions with `stance` set from the cues around them."""
    cues = find_cues(text)
    if not cues:
        return list(mentions)
    spans = [(m.start, m.end) for m in mentions]
    # A cue inside a unit's name (…示范单位) judges nothing.
    cues = [c for c in cues if not any(s <= c[0] and c[1] <= e for s, e in spans)]
    result = []
    for mention in mentions:
        lo, hi = _sentence_bounds(text, mention.start)
        stance = None
        if not text.startswith("要", mention.end):
            before = [c for c in cues if lo <= c[0] and c[1] <= mention.start]
            after = [c for c in cues if mention.end <= c[0] and c[1] <= hi]
            if before:
                stance = before[-1][2]
            elif after:
                stance = after[0][2]
        result.append(replace(mention, stance=stance))
    return result
