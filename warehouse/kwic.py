"""Keyword in context over the stories: every occurrence of a term with its article, date and URL.

DuckDB's FTS extension is not bundled with the Python package and must be downloaded, which the warehouse may
never need at run time; and with its default tokenizer it drops CJK text anyway. A scan with `contains()` over
the story text is fast enough at archive scale (hundreds of thousands of stories), and the jieba `words` column
tells whether an occurrence is a whole word (县长 in 县长期 is not).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import duckdb


@dataclass(frozen=True)
class KwicLine:
    story_id: str
    title: str
    published_date: date | None
    url: str
    start: int
    left: str
    match: str
    right: str
    whole_word: bool | None     # None: the story has not been segmented yet


def word_boundaries(text: str, words: str | None) -> set[int] | None:
    """Character offsets where a jieba word starts or ends; None when the words do not align with the text."""
    if words is None:
        return None
    bounds = {0, len(text)}
    cursor = 0
    for token in words.split(" "):
        if not token:
            continue
        found = text.find(token, cursor)
        if found < 0:
            return None
        bounds.update((found, found + len(token)))
        cursor = found + len(token)
    return bounds


def _flat(text: str) -> str:
    return " ".join(text.split())


def occurrences(text: str, term: str) -> list[int]:
    out, start = [], text.find(term)
    while start >= 0:
        out.append(start)
        start = text.find(term, start + len(term))
    return out


def kwic(con: duckdb.DuckDBPyConnection, term: str, *, width: int = 20, limit: int = 50,
         whole_words: bool = False, site: str | None = None) -> list[KwicLine]:
    """Occurrences of `term` in story text, oldest first; `whole_words` keeps only those that are jieba words."""
    term = term.strip()
    if not term:
        raise ValueError("kwic: give a non-empty term")
    site_filter = "AND a.site = ?" if site else ""
    cursor = con.execute(f"""
        SELECT s.story_id, coalesce(s.title, a.title, ''), a.published_date, a.url, s.text, s.words
        FROM stories s JOIN articles a USING (article_id)
        WHERE contains(s.text, ?) {site_filter}
        ORDER BY a.published_date NULLS LAST, s.story_id
    """, [term, site] if site else [term])
    lines: list[KwicLine] = []
    while len(lines) < limit:
        batch = cursor.fetchmany(500)
        if not batch:
            break
        for story_id, title, published, url, text, words in batch:
            bounds = word_boundaries(text, words)
            for start in occurrences(text, term):
                end = start + len(term)
                whole = None if bounds is None else (start in bounds and end in bounds)
                if whole_words and not whole:
                    continue
                lines.append(KwicLine(story_id, title, published, url, start, _flat(text[max(0, start - width):start]),
                                      term, _flat(text[end:end + width]), whole))
                if len(lines) >= limit:
                    break
            if len(lines) >= limit:
                break
    return lines


def _width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def render(lines: list[KwicLine], width: int = 20) -> str:
    """One line per occurrence: date, left context right-aligned, 【term】, right context, title, URL."""
    out = []
    for line in lines:
        left = " " * max(0, 2 * width - _width(line.left)) + line.left
        when = line.published_date.isoformat() if line.published_date else "????-??-??"
        out.append(f"{when}  {left}【{line.match}】{line.right}  《{line.title}》 {line.url}")
    return "\n".join(out)
