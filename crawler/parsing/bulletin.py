"""Compiled bulletins: issue numbers from the title and the split of the body into stories along its table of
contents ("主要内容：" followed by one "▲" line per story, then each story under a heading that repeats its item)."""
from __future__ import annotations

import re
import unicodedata

from crawler.parsing import patterns as P
from crawler.parsing.records import Story

_QUOTES = re.compile(r"[\"'“”‘’「」『』〝〞]")
_BULLETIN_WORDS = re.compile(r"简报|通报|快报|专报|周报|月报|旬报|动态|信息|工作情况|期刊|汇编|公报")
_BRACKETED_ISSUE = re.compile(r"[（(【\[〔][^）)】\]〕]*期[^）)】\]〕]*[）)】\]〕]|期\s*$")


def heading_key(text: str) -> str:
    """Comparison key for TOC items and headings: width-folded, no spaces, no quotes ("7 个" == "7个")."""
    folded = unicodedata.normalize("NFKC", text)
    numbered = P.TOC_NUMBERED.match(folded)
    if numbered:
        folded = numbered["title"]
    return _QUOTES.sub("", P.WHITESPACE.sub("", folded)).rstrip("。.")


def parse_issue(title: str | None, published_at: str | None = None) -> dict | None:
    """``{"year", "number"}`` (+ ``"total"``) from "工作简报(2021年第1期)", "第21期", "（总第56期）".

    Only titles that look like a periodical count: the 期 sits in brackets or at the end, or the title names a
    bulletin, so "第21期培训班开班" is not read as an issue.
    """
    if not title:
        return None
    if not (_BRACKETED_ISSUE.search(title) or _BULLETIN_WORDS.search(title)):
        return None
    issue: dict = {}
    total = P.ISSUE_TOTAL.search(title)
    if total:
        issue["total"] = int(total["total"])
    full = P.ISSUE_YEAR_NUMBER.search(title)
    if full:
        issue["year"], issue["number"] = int(full["year"]), int(full["number"])
    else:
        plain = P.ISSUE_NUMBER.search(title)
        if plain:
            issue["number"] = int(plain["number"])
            issue["year"] = int(published_at[:4]) if published_at else None
    if "number" not in issue and "total" not in issue:
        return None
    issue.setdefault("year", int(published_at[:4]) if published_at else None)
    issue.setdefault("number", None)
    return issue


_TOC_HEAD = re.compile(r"^(?:主要内容|本期要目|本期内容|本期目录|内容提要|目\s*录)\s*(?:[:：]\s*(?P<rest>.*))?$")


def find_toc(lines: list[str]) -> tuple[int, int, list[str]] | None:
    """(first TOC line, first line after the TOC, item titles) when the body opens with a table of contents.

    Bulleted items ("▲…") form a TOC on their own; numbered items ("一、…", "1.…") only under a TOC heading,
    because numbered lists are common in ordinary notices.
    """
    for i, line in enumerate(lines[:20]):
        stripped = line.strip()
        head = _TOC_HEAD.match(stripped)
        if head:
            rest = (head["rest"] or "").strip()
            candidates = ([rest] if rest else []) + lines[i + 1:]
            first_after_head = i + 1 - (1 if rest else 0)
        elif P.TOC_ITEM.match(stripped):
            candidates, first_after_head = lines[i:], i
        else:
            continue
        items: list[str] = []
        for cand in candidates:
            m = P.TOC_ITEM.match(cand) or (P.TOC_NUMBERED.match(cand) if head else None)
            if not m:
                break
            items.append(m["title"].strip())
        if len(items) >= 2 or (items and head):
            return i, first_after_head + len(items), items
    return None


def split_stories(lines: list[str], title: str | None) -> tuple[list[Story], list[str]]:
    """One story per TOC item whose heading is found in order; otherwise the whole body as one story."""
    warnings: list[str] = []
    body = "\n".join(lines)
    toc = find_toc(lines)
    if toc is None:
        return [Story(title=title or "", text=body)], warnings
    _, after, items = toc
    rest = lines[after:]
    keys = [heading_key(ln) for ln in rest]
    found: list[tuple[int, str]] = []
    cursor = 0
    for item in items:
        key = heading_key(item)
        hit = next((j for j in range(cursor, len(rest))
                    if keys[j] and (keys[j] == key or (len(keys[j]) >= 8 and (key.startswith(keys[j]) or keys[j].startswith(key))))),
                   None)
        if hit is None:
            warnings.append(f"bulletin: no heading found for TOC item {item!r}")
            continue
        found.append((hit, item))
        cursor = hit + 1
    if not found:
        warnings.append("bulletin: table of contents without matching headings; kept as one story")
        return [Story(title=title or "", text=body)], warnings
    stories = []
    for k, (start, _item) in enumerate(found):
        end = found[k + 1][0] if k + 1 < len(found) else len(rest)
        stories.append(Story(title=rest[start].strip(), text="\n".join(rest[start + 1:end]).strip()))
    return stories, warnings
