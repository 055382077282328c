"""Regular expressions built from word lists kept as data."""
from __future__ import annotations

import re
from functools import cache
from typing import Iterable, Iterator

# A list item's enumerator: 1．, （一）, 一是; with a report's sections (二、), any numbered finding's
ITEM_FORMS = r"[0-9０-９]{1,2}[．.、]|[（(][一二三四五六七八九十0-9]{1,3}[）)]|[一二三四五六七八九十]{1,2}是"
ENUMERATOR_FORMS = r"(?:" + ITEM_FORMS + r"|[一二三四五六七八九十]{1,2}、)"
# The words that introduce a short name in brackets: （以下简称“县城管局”）, （下称县城管局）, （简称：县城管局）
ALIAS_WORDS = r"(?:以下简称|以下称|下称|简称)"


def literal_alternation(words: Iterable[str], between: str = "", guarded: bool = False) -> str:
    """An alternation of `words` that finds, at each position, the same word as a flat alternation sorted longest
    first, but is grouped by first character: a position is tried against one alternative per first character
    instead of against every word, which matters for lists of hundreds of cues. `between`, a pattern, may stand
    between any two characters of a word (" ?" for “7 个专项行动”).

    `guarded` puts first a look at the class of the first characters, so that a position holding none of them
    fails in one test: for an alternation inside a pattern, tried at many positions (the ending after a name of
    two to four characters). At the start of a pattern, leave it out: there the engine skips ahead to the first
    characters by itself."""
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
    if guarded:
        return f"(?=[{''.join(map(_in_class, groups))}])(?:{'|'.join(alternatives)})"
    return "|".join(alternatives)


def _in_class(character: str) -> str:
    return "\\" + character if character in "\\]^-[" else character


def occurrences(text: str, word: str, start: int = 0) -> Iterator[tuple[int, int]]:
    """The spans of `word` in `text` from `start`, left to right and not overlapping, as `re.finditer` of the escaped
    word finds them, without compiling a pattern: the words searched for (a person's name, a county) change from
    story to story, and a compiled pattern per word would fill the `re` module's cache."""
    if not word:
        raise ValueError("occurrences: the word searched for is empty")
    while (found := text.find(word, start)) >= 0:
        start = found + len(word)
        yield found, start


class OpenedPattern:
    """A pattern that matches only right after one of a few opening marks (a clause mark, 的, an enumerator such as
    一）) or, with `at_start`, at the text's start: `(?:^|(?<=OPENING)|…)BODY`, with `finditer` finding the same
    matches as `re.finditer` of that pattern (`self.pattern`).

    Written with its openings looked behind at, the pattern starts with assertions, and the regex engine tries
    every position of the text against each of them. Here a scanning pattern reads the opening instead: it starts
    with the class of the openings' first characters, which the engine skips ahead to, and only where it finds a
    body is `self.pattern` run, at the body's start. Each opening is one or two character classes (`("，。的",)`,
    `("一二三", "）")`); their first classes share no character, so that each position opens in one way at most.
    """

    def __init__(self, body: str, openings: Iterable[tuple[str, ...]], at_start: bool = False) -> None:
        openings = tuple(map(tuple, openings))
        _check_first_classes_apart(openings)
        firsts = [f"[{opening[0]}]" for opening in openings]
        behind = ["^"] if at_start else []
        behind += ["(?<=" + "".join(f"[{cls}]" for cls in opening) + ")" for opening in openings]
        self.pattern = re.compile(f"(?:{'|'.join(behind)})(?:{body})")
        rests = "|".join(f"(?<={first})" + "".join(f"[{cls}]" for cls in opening[1:])
                         for first, opening in zip(firsts, openings))
        self._scanner = re.compile(f"[{''.join(opening[0] for opening in openings)}](?:{rests})(?:{body})")
        self._widths = tuple((re.compile(first), len(opening)) for first, opening in zip(firsts, openings))
        self._widest = max(map(len, openings))
        self._at_start = at_start

    def search(self, text: str, pos: int = 0) -> re.Match[str] | None:
        """The first match that starts at `pos` or after, as `self.pattern.search(text, pos)` finds it."""
        if pos == 0 and self._at_start and (first := self.pattern.match(text)):
            return first
        # The opening may lie before `pos` (老王家面馆|、 where the last match ended): the scan goes back that far.
        scan_from = max(0, pos - self._widest)
        while found := self._scanner.search(text, scan_from):
            opened = found.start()
            start = opened + next(width for first, width in self._widths if first.match(text, opened))
            if start >= pos:
                match = self.pattern.match(text, start)
                assert match is not None, f"OpenedPattern: the scan and {self.pattern.pattern!r} disagree at {start}"
                return match
            scan_from = opened + 1
        return None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        """What `self.pattern.finditer(text)` finds; a body that can match nothing is refused, as it would match
        at the same place for ever."""
        pos = 0
        while match := self.search(text, pos):
            yield _not_empty(match)
            pos = match.end()


@cache
def _check_first_classes_apart(openings: tuple[tuple[str, ...], ...]) -> None:
    """Raises unless the openings' first classes share no character, tried against every character there is: once
    per set of openings (the shop patterns share theirs), since writing out every character takes tens of ms."""
    firsts = [f"[{opening[0]}]" for opening in openings]
    if len(firsts) < 2:
        return
    every_character = "".join(map(chr, range(1, 0x30000)))
    for index, first in enumerate(firsts):
        for other in firsts[index + 1 :]:
            if re.search(f"(?={first}){other}", every_character):
                raise ValueError(f"OpenedPattern: the openings {first} and {other} share a first character")


class FirstOf:
    """The alternation of several patterns (compiled ones or `OpenedPattern`s) as `re.finditer` finds it: at each
    position the first pattern in order that matches there, left to right and not overlapping. For an alternation
    whose branches the engine cannot skip ahead to together (some open with a look behind, some with a word), each
    branch scans on its own, and its next match is kept until the alternation's matches pass it."""

    def __init__(self, *patterns: re.Pattern[str] | OpenedPattern) -> None:
        self.patterns = patterns

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        pos = 0
        upcoming = [pattern.search(text, 0) for pattern in self.patterns]
        while True:
            for index, match in enumerate(upcoming):
                if match is not None and match.start() < pos:
                    upcoming[index] = self.patterns[index].search(text, pos)
            found = [match for match in upcoming if match is not None]
            if not found:
                return
            first = min(found, key=lambda match: match.start())  # (the first pattern in order, at equal starts)
            yield _not_empty(first)
            pos = first.end()


def _not_empty(match: re.Match[str]) -> re.Match[str]:
    if match.end() == match.start():
        raise ValueError(f"the pattern {match.re.pattern!r} matched nothing at {match.start()}: it must match text")
    return match
