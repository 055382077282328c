"""Main-content detection and body cleaning.

``find_container`` tries, in order: the known containers of government CMSs (TRS ``div.TRS_Editor``, UCAP
``<ucapcontent>`` / ``#UCAP-CONTENT``, Hanweb's ``<!--<$[信息内容]>begin-->`` markers and ``#zoom``), then a
text-density score (paragraph text with Chinese punctuation credited to its parent and grandparent, discounted by
link text). ``clean_lines`` then drops widgets, pagers, editor lines and credits that sit inside the container.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from lxml import etree

from crawler.parsing import patterns as P
from crawler.parsing.text import BLOCK_TAGS, text_lines

# Known CMS containers, most specific first. Matched against tag, id and class.
CMS_CONTAINERS = (
    ("trs", lambda el: bool({"TRS_Editor", "TRS_UEDITOR"} & set((el.get("class") or "").split()))),
    ("ucap", lambda el: el.tag == "ucapcontent" or el.get("id") == "UCAP-CONTENT"),
    ("ivs", lambda el: el.get("id") == "ivs_content"),
    ("zoom", lambda el: (el.get("id") or "").lower() == "zoom"),
)
_HANWEB_BEGIN = re.compile(r"<\$\[信息内容\]>begin")
_POSITIVE = re.compile(r"content|article|detail|text|zoom|body|main|正文|con_|news_?con|TRS", re.I)
_NEGATIVE = re.compile(r"comment|footer|foot|nav|menu|sidebar|side|related|share|list|copyright|links?$|"
                       r"header|banner|recommend|hot|rank|tool|print|login|search", re.I)
_PUNCT = re.compile(r"[，。；：！？、,.;!?]")
_SCORED_PARENTS = frozenset(("div", "td", "article", "section", "main", "ucapcontent", "table", "body", "center",
                             "font", "span", "blockquote", "form", "dd", "li"))
_MIN_TEXT = 30


@dataclass
class Container:
    element: etree._Element
    stage: str


def _text_len(text: str) -> int:
    return len(P.WHITESPACE.sub("", text))


def _visible_chars(el: etree._Element) -> int:
    return _text_len(el.text_content())


def hanweb_container(root: etree._Element) -> etree._Element | None:
    """The parent of the ``<!--<$[信息内容]>begin-->`` comment (must run before comments are stripped)."""
    for node in root.iter(etree.Comment):
        if node.text and _HANWEB_BEGIN.search(node.text):
            parent = node.getparent()
            if parent is not None:
                return parent
    return None


def cms_container(root: etree._Element) -> Container | None:
    """First known CMS container with real text (the first copy: later ones are mobile duplicates)."""
    matches: dict[str, list[etree._Element]] = {name: [] for name, _ in CMS_CONTAINERS}
    for el in root.iter():  # one pass over the tree for all container kinds
        if isinstance(el.tag, str):
            for name, test in CMS_CONTAINERS:
                if test(el):
                    matches[name].append(el)
    for name, _ in CMS_CONTAINERS:
        found = [(el, n) for el in matches[name] if (n := _visible_chars(el)) >= _MIN_TEXT]
        if found:
            # A short first match is a summary box; equal-sized later ones are mobile copies of the first.
            largest = max(n for _, n in found)
            return Container(next(el for el, n in found if n >= 0.8 * largest), f"cms:{name}")
    return None


def _own_text(el: etree._Element) -> str:
    """Text of an element not inside block-level descendants (its own paragraph text)."""
    parts = [el.text or ""]
    for child in el:
        if isinstance(child.tag, str) and child.tag not in BLOCK_TAGS and child.tag not in ("td", "th", "tr", "br"):
            parts.append(_own_text(child))
        elif isinstance(child.tag, str) and child.tag == "br":
            parts.append("\n")
        parts.append(child.tail or "")
    return "".join(parts)


def _link_chars(el: etree._Element) -> int:
    return sum(_text_len(a.text_content()) for a in el.iter("a"))


def density_container(root: etree._Element) -> Container | None:
    """Readability-style scoring: every paragraph credits its parent fully and its grandparent half."""
    scores: dict[etree._Element, float] = {}
    for el in root.iter():
        if not isinstance(el.tag, str) or el.tag in ("a", "html", "head"):
            continue
        own = _own_text(el)
        n = _text_len(own)
        if n < 10:
            continue
        punct = len(_PUNCT.findall(own))
        if punct == 0 and n < 40:
            continue
        value = 1 + punct + min(n / 100, 3)
        target = el
        if el.tag in ("td", "th"):
            table = next((a for a in el.iterancestors("table")), None)
            target = table if table is not None else el
        elif el.tag in BLOCK_TAGS and el.tag not in _SCORED_PARENTS or el.tag in ("p",):
            target = el.getparent()
        if target is None:
            continue
        scores[target] = scores.get(target, 0.0) + value
        grand = target.getparent()
        if grand is not None:
            scores[grand] = scores.get(grand, 0.0) + value / 2
    best: tuple[float, etree._Element] | None = None
    for el, score in scores.items():
        if el.tag in ("html", "body"):
            score *= 0.5
        total = _visible_chars(el)
        if total < _MIN_TEXT:
            continue
        link_density = _link_chars(el) / max(1, total)
        hints = (el.get("class") or "") + " " + (el.get("id") or "")
        if _POSITIVE.search(hints):
            score *= 1.25
        if _NEGATIVE.search(hints):
            score *= 0.6
        score *= (1 - link_density) ** 2
        if best is None or score > best[0]:
            best = (score, el)
    if best is None or best[0] < 3:
        return None
    return Container(best[1], "density")


def _is_noise(line: str) -> bool:
    flat = P.WHITESPACE.sub("", line)
    return bool(P.NOISE_LINE.match(flat) or P.NOISE_LINE.match(line.strip()))


def _is_credit(line: str) -> bool:
    s = line.strip()
    return bool(P.EDITOR_LINE.match(s) or (len(s) <= 60 and P.CREDIT_LINE.match(s))
                or (s.startswith(("[", "【")) and len(s) <= 60 and re.search(r"(?:作者|编辑)\s*[:：]", s)))


def clean_lines(lines: list[str]) -> list[str]:
    """Drop widget lines anywhere, credits/editor lines at the end, promos and widgets at the start."""
    kept = [ln for ln in lines if not _is_noise(ln) and not P.FOOTER_LINE.search(ln)]
    while kept and (_is_credit(kept[-1]) or _is_noise(kept[-1])):
        kept.pop()
    while kept and (P.PROMO_LINE.match(kept[0].strip()) and len(kept) > 1):
        kept.pop(0)
    return kept


def container_lines(el: etree._Element) -> list[str]:
    return clean_lines(text_lines(el))


def score_text(lines: list[str]) -> float:
    """How much article-like prose a list of lines holds (used to judge list pages)."""
    prose = [ln for ln in lines if _text_len(ln) >= 20 and _PUNCT.search(ln)]
    return sum(math.log1p(_text_len(ln)) for ln in prose)


def _prose_chars(el: etree._Element) -> tuple[int, int]:
    total = _visible_chars(el)
    return total - _link_chars(el), total


def block_after_title(root: etree._Element, title_el: etree._Element | None) -> Container | None:
    """The first substantial block after the heading, tightened by text density; plain density without a heading.

    Government templates put the body right after the heading and its metadata line, so the block that follows
    the heading is a better guess than the densest block on the page, which can be a sidebar of summaries.
    """
    dense = density_container(root)
    if title_el is None:
        return dense
    block = None
    node = title_el
    for _ in range(8):
        parent = node.getparent()
        if parent is None:
            break
        for sib in node.itersiblings():
            if not isinstance(sib.tag, str):
                continue
            prose, total = _prose_chars(sib)
            if total < 200 and (P.DATE_LABEL.search(sib.text_content()) or P.SOURCE_LABEL.search(sib.text_content())):
                continue  # the metadata line itself
            if prose >= 50 and (total - prose) / max(1, total) < 0.35:
                block = sib
                break
        if block is not None:
            break
        node = parent
    if block is None:
        return dense
    if dense is None:
        return Container(block, "cms:after_heading")
    d = dense.element
    if d is block or any(a is block for a in d.iterancestors()):
        inner, _ = _prose_chars(d)
        outer, _ = _prose_chars(block)
        return dense if inner >= 0.7 * outer else Container(block, "cms:after_heading")
    if any(a is d for a in block.iterancestors()):
        return Container(block, "cms:after_heading")
    if score_text(text_lines(d)) > 3 * score_text(text_lines(block)):
        return dense
    return Container(block, "cms:after_heading")
