"""The article title: the visible content heading matched against ``<title>`` and ``<meta name=ArticleTitle>``,
and the site's own name from what is left of ``<title>``."""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from crawler.parsing import patterns as P
from crawler.parsing.metadata import bare_date, labelled_date, nows
from crawler.parsing.text import inline_text

# Class/id names of title elements: "title", "Article-title", "tit", "biaoti", "bt", "pbt", "xxbt", "bt_con"
_TITLE_HINT = re.compile(r"title|tit\b|biaoti|headline|bt\b|\bbt|arti_?tit|news_?tit", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "ucaptitle")
_META_TITLES = ("articletitle", "og:title", "title", "dc.title")


def read_title_tag(root: etree._Element) -> str:
    node = root.find(".//title")
    return P.WHITESPACE.sub(" ", node.text_content()).strip() if node is not None else ""


def title_tag_parts(title_tag: str) -> list[str]:
    """Pieces of ``<title>`` split at site-name separators, longest first."""
    parts = [p.strip() for p in P.TITLE_SEPARATOR.split(title_tag) if p and p.strip()]
    return sorted(parts, key=len, reverse=True)


def _similarity(candidate: str, reference: str) -> float:
    if not candidate or not reference:
        return 0.0
    if candidate == reference:
        return 1.0
    if reference.startswith(candidate):
        # A heading that opens the reference: the rest is a site suffix or a 文号 shown on another element.
        return 0.5 + 0.5 * len(candidate) / len(reference)
    if candidate in reference:
        return len(candidate) / len(reference)
    if reference in candidate:
        return len(reference) / len(candidate) * 0.9
    return 0.0


@dataclass
class TitleChoice:
    text: str
    stage: str
    element: etree._Element | None


def _inside_link(el: etree._Element) -> bool:
    node = el
    for _ in range(4):
        if node is None:
            return False
        if node.tag == "a":
            return True
        node = node.getparent()
    return False


_INLINE_ONLY = frozenset(("span", "font", "strong", "b", "em", "i", "br", "u", "sup", "sub"))


def _title_candidates(root: etree._Element):
    """Headings, title-classed elements and any short inline-only element (plain ``<div>`` headings exist)."""
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("title", "meta", "html", "body", "head", "a", "script", "style"):
            continue
        hinted = tag in _HEADINGS or tag in ("strong", "b", "font") or bool(
            _TITLE_HINT.search((el.get("class") or "") + " " + (el.get("id") or "")))
        if not hinted and (not (el.text or "").strip() or any(
                isinstance(c.tag, str) and c.tag not in _INLINE_ONLY for c in el)):
            continue
        if len(el.text_content()) > 400:
            continue
        yield el, hinted


def find_title(root: etree._Element, metas: dict[str, str], title_tag: str) -> TitleChoice | None:
    """The content heading: the visible heading that best matches ``<title>`` / ``ArticleTitle``.

    ``<title>`` carries the site-name suffix and the meta may be stale, so a visible heading wins whenever one
    matches; a visible heading that is only part of ``ArticleTitle`` (the 文号 shown on a second element) yields
    the meta value.
    """
    meta_title = next((metas[k] for k in _META_TITLES if metas.get(k)), "")
    pieces = title_tag_parts(title_tag) + [p for p in re.split(r"-+", title_tag) if len(nows(p)) >= 4]
    tag_refs = [nows(p) for p in pieces] + [nows(title_tag)]
    meta_key = nows(meta_title)
    if meta_key:
        # When <title> is only the site name, it says nothing about the article: keep pieces that agree with the meta.
        tag_refs = [r for r in tag_refs if r and (meta_key in r or (r in meta_key and len(r) >= 0.6 * len(meta_key)))]
    refs = [r for r in [meta_key] + tag_refs if len(r) >= 4]
    best: tuple[float, etree._Element, str] | None = None
    for el, hinted in _title_candidates(root):
        key = nows(el.text_content())  # same characters as the rendered heading, much cheaper to get
        if not 4 <= len(key) <= 200 or _inside_link(el):
            continue
        score = max((_similarity(key, r) for r in refs), default=0.0)
        if score < 0.5:
            continue
        links = sum(len(nows(a.text_content())) for a in el.iter("a"))
        if links * 2 > len(key):
            continue
        if el.tag in _HEADINGS:
            score += 0.05
        elif not hinted:
            score -= 0.02
        if best is None or score > best[0] + 1e-9:
            best = (score, el)
    if best and best[0] >= 0.6:
        text = P.WHITESPACE.sub(" ", inline_text(best[1])).strip()
        key = nows(text)
        if meta_title and key != nows(meta_title) and key in nows(meta_title):
            return TitleChoice(meta_title.strip(), "meta:ArticleTitle", best[1])
        return TitleChoice(text, "cms:heading", best[1])
    if meta_title:
        return TitleChoice(meta_title.strip(), "meta:title", None)
    parts = title_tag_parts(title_tag)
    if parts:
        return TitleChoice(parts[0], "title_tag", None)
    return None


def locate_title(lines: list[str], title: str) -> int | None:
    """Index of the line where the (possibly multi-line) title starts."""
    key = nows(title)
    if not key:
        return None
    for i, line in enumerate(lines):
        joined = nows("".join(lines[i:i + 4]))
        if joined.startswith(key) or (nows(line) and key.startswith(nows(line)) and joined.startswith(key[:30])
                                       and len(nows(line)) >= min(len(key), 8)):
            return i
    return None


_SITE_LIKE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:人民政府|政府|门户网站|政府网|网站|官网|信息网|网)$")


def looks_like_site_name(text: str | None) -> bool:
    """"富源县人民政府": what small sites put in <title> on every page, not an article title."""
    return bool(text) and bool(_SITE_LIKE.match(nows(text)))


_RANK = {"h1": 3.0, "ucaptitle": 3.0, "h2": 2.5, "h3": 1.5, "h4": 1.0}
_CHROME = re.compile(r"nav|menu|footer|foot|header|top|side|right|left|list|related|recommend|hot|rank|logo|banner", re.I)
_MARK_BASE = 0xE100  # private-use characters mark candidate headings while the page is rendered to lines
_MAX_MARKS = 400


def _structural_candidates(root: etree._Element) -> list[tuple[etree._Element, float, str]]:
    """Heading-like elements with article-title-sized text, ranked by tag and class, page chrome penalised."""
    out = []
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        hints = (el.get("class") or "") + " " + (el.get("id") or "")
        rank = _RANK.get(tag, 2.0 if _TITLE_HINT.search(hints) else 0.0)
        parent = el.getparent()
        if not rank and parent is not None and _TITLE_HINT.search((parent.get("class") or "") + " " + (parent.get("id") or "")):
            rank = 1.5  # <div class="detil-new-title"><div>标题</div>…
        if not rank or _inside_link(el) or not 6 <= len(nows(el.text_content())) <= 120:
            continue
        text = P.WHITESPACE.sub(" ", inline_text(el)).strip()
        key = nows(text)
        if not 6 <= len(key) <= 120 or looks_like_site_name(text) or P.NOISE_LINE.match(key):
            continue
        if P.DATE_TIME.search(text) or P.SOURCE_LABEL.search(text) or P.DATE_LABEL.search(text) \
                or P.BREADCRUMB_SEPARATOR.search(text.replace("/", "")) and ">" in text:
            continue  # a wrapper holding the metadata line or the breadcrumb, not the heading itself
        if sum(len(nows(a.text_content())) for a in el.iter("a")) * 2 > len(key):
            continue
        if any(_CHROME.search((a.get("class") or "") + " " + (a.get("id") or "")) for a in el.iterancestors()):
            rank -= 1.0
        out.append((el, rank, text))
    return out[:_MAX_MARKS]


def heading_near_date(root: etree._Element, body_el: etree._Element, lines_of) -> TitleChoice | None:
    """The best heading that has a date line just below it, for pages whose ``<title>`` says nothing useful
    ("富源县人民政府", "无标题文档"). ``lines_of(el)`` renders an element into visible lines."""
    candidates = _structural_candidates(root)
    if not candidates:
        return None
    saved = []
    for k, (el, _, _) in enumerate(candidates):
        saved.append(el.text)
        el.text = chr(_MARK_BASE + k) + (el.text or "")
    try:
        lines = lines_of(body_el)
    finally:
        for (el, _, _), text in zip(candidates, saved):
            el.text = text
    where: dict[int, int] = {}
    for i, line in enumerate(lines):
        for ch in line:
            k = ord(ch) - _MARK_BASE
            if 0 <= k < len(candidates) and k not in where:
                where[k] = i
    clean = [re.sub(f"[{chr(_MARK_BASE)}-{chr(_MARK_BASE + _MAX_MARKS)}]", "", ln) for ln in lines]
    best: tuple[float, int] | None = None
    for k, (el, rank, text) in enumerate(candidates):
        i = where.get(k)
        if i is None:
            continue
        below = clean[i + 1:i + 7]
        if any(len(ln) <= 120 and labelled_date(ln) for ln in below):
            score = rank + 3
        elif any(bare_date(ln) for ln in below):
            score = rank + 2
        else:
            continue
        if best is None or score > best[0]:
            best = (score, k)
    if best is None:
        return None
    el, _, text = candidates[best[1]]
    return TitleChoice(text, "cms:heading_near_date", el)


def site_name(metas: dict[str, str], title_tag: str, title: str | None, lines: list[str]) -> str | None:
    """The site's own name: ``<meta name=SiteName>``, the ``<title>`` suffix, or the footer's 主办/版权所有."""
    if metas.get("sitename"):
        return metas["sitename"].strip()
    rest = title_tag
    key = nows(title)
    if key:
        # Cut the article title off the front of <title>, whitespace-insensitively.
        consumed, k = 0, 0
        while k < len(title_tag) and consumed < len(key):
            if not P.WHITESPACE.match(title_tag[k]):
                if title_tag[k] != key[consumed]:
                    break
                consumed += 1
            k += 1
        if consumed == len(key):
            rest = title_tag[k:]
    parts = [p.strip() for p in re.split(r"_{1,2}|\s-\s|-+|\||｜|—|–", rest) if p.strip()]
    parts = [p for p in parts if len(nows(p)) >= 2 and not (key and nows(p) in key)]
    if parts and rest != title_tag or len(parts) >= 2:
        return parts[-1]
    for line in reversed(lines[-30:]):
        m = P.SITE_OWNER.search(line)
        if m:
            return m["name"]
    return None
