"""Parse one page into a ``ParsedPage``.

Cascade (each field records the stage that produced it in ``ParsedPage.stages``):

1. bytes → text (``encoding.decode_html``; a profile ``encoding`` overrides the declarations); empty, binary,
   challenge and error pages stop here with a typed status.
2. site profile selectors (``profile["selectors"]``: title / body / published_at / source), when given.
3. government-CMS rules:
   - title: the visible heading that matches ``<title>`` / ``ArticleTitle`` (not ``<title>`` with its site suffix);
     when ``<title>`` is only the site name or empty, the heading with a date line right below it;
   - header: the metadata line under the heading (发布时间/日期/时间, 来源/信息来源, 作者, 浏览次数 …, labels and
     values split across tags), a 信息公开 header table above it, an unlabelled date line, a 来源 line after the
     body; visible dates beat ``<meta name=PubDate>`` and are checked against the URL's date path;
   - body: Hanweb ``<$[信息内容]>`` markers, TRS_Editor, UCAP, ``#ivs_content``, ``#zoom``.
4. text density: the block after the heading, tightened to the densest paragraph holder inside it (or the densest
   block of the page when there is no heading).
5. trafilatura, for the body only, when nothing above found one.

Then the body is cleaned (widgets, pagers, footers, editor lines, the header block when the container holds it),
compiled bulletins are split along their table of contents, and pages without an article (portals, column lists,
navigation pages) are returned as ``not_an_article`` with the reason.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urljoin

from lxml import etree

from crawler.parsing import bulletin, classify, content, heading, metadata
from crawler.parsing import patterns as P
from crawler.parsing.encoding import decode_html
from crawler.parsing.records import ARTICLE, EMPTY, NOT_AN_ARTICLE, Attachment, ParsedPage
from crawler.parsing.text import inline_text, parse_tree, strip_invisible, text_lines

_ENVELOPE_OPEN = re.compile(r"^\s*<text\b[^>]*>", re.I)
_ENVELOPE_CLOSE = re.compile(r"</text>\s*$", re.I)
_ATTACHMENT_EXT = re.compile(r"\.(?:pdf|docx?|xlsx?|pptx?|wps|et|zip|rar|7z|txt|csv|ofd|ceb)(?:$|[?#])", re.I)
_HANWEB_MARK = "data-parsing-hanweb"


def parse_page(body: bytes | str, url: str = "", *, content_type: str | None = None,
               profile: Mapping[str, Any] | None = None) -> ParsedPage:
    """Parse the page at ``url``; never raises on bad input (the status says what the page is)."""
    try:
        return _parse(body, url, content_type, profile or {})
    except (ValueError, TypeError, etree.LxmlError, RecursionError) as exc:  # malformed input, never a crash
        return ParsedPage(status=NOT_AN_ARTICLE, reason=f"unparseable page {url or ''}: {type(exc).__name__}: {exc}"[:300])


def _decode(body: bytes | str, content_type: str | None, profile: Mapping[str, Any]) -> tuple[str, str | None]:
    if isinstance(body, str):
        return body, None
    forced = profile.get("encoding")
    if forced:
        try:
            return body.decode("gb18030" if str(forced).lower() in ("gbk", "gb2312") else forced), str(forced)
        except (UnicodeDecodeError, LookupError):
            pass
    return decode_html(body, content_type)


def _select(root: etree._Element, css: str | None) -> etree._Element | None:
    if not css:
        return None
    try:
        found = root.cssselect(css)
    except Exception:  # a bad selector in a profile must not stop a crawl  # noqa: BLE001
        return None
    return found[0] if found else None


@dataclass
class _Doc:
    """A parsed tree and what the cascade learnt about it so far."""
    root: etree._Element
    markup: str
    metas: dict[str, str]
    title_tag: str
    selectors: dict[str, str]
    lines: list[str] = field(default_factory=list)
    title_index: int | None = None
    title_el: etree._Element | None = None


def _parse(body: bytes | str, url: str, content_type: str | None, profile: Mapping[str, Any]) -> ParsedPage:
    if isinstance(body, bytes):
        verdict = classify.classify_bytes(body)
        if verdict:
            return ParsedPage(status=verdict[0], reason=verdict[1])
    text, encoding = _decode(body, content_type, profile)
    verdict = classify.classify_text(text)
    if verdict:
        return ParsedPage(status=verdict[0], reason=verdict[1], encoding=encoding)
    text = _ENVELOPE_CLOSE.sub("", _ENVELOPE_OPEN.sub("", text, count=1), count=1)
    root = parse_tree(text)
    if root is None:
        return ParsedPage(status=EMPTY, reason="no HTML content", encoding=encoding)

    doc = _Doc(root, text, metadata.read_metas(root), heading.read_title_tag(root), dict(profile.get("selectors") or {}))
    hanweb = content.hanweb_container(root)  # before comments are stripped
    if hanweb is not None:
        hanweb.set(_HANWEB_MARK, "1")
    strip_invisible(root)
    page = ParsedPage(status=ARTICLE, encoding=encoding)
    _choose_title(page, doc)
    verdict = classify.classify_visible(doc.title_tag, "\n".join(doc.lines))
    if verdict:
        return ParsedPage(status=verdict[0], reason=verdict[1], encoding=encoding, title=doc.title_tag or None)
    _fill_header(page, doc, url)
    page.column_path = metadata.column_path(doc.lines, doc.title_index)
    page.site_name = heading.site_name(doc.metas, doc.title_tag, page.title, doc.lines)
    if page.column_path:
        page.stages["column_path"] = "cms:breadcrumb"
    if page.site_name:
        page.stages["site_name"] = "meta:SiteName" if doc.metas.get("sitename") else "title_tag/footer"
    why_not = _portal_reason(page, root)
    if why_not is None:
        container, body_lines = _find_body(page, doc, url)
        why_not = _not_article_reason(page, body_lines, container, root)
    if why_not:
        return ParsedPage(status=NOT_AN_ARTICLE, reason=why_not, encoding=encoding, title=page.title,
                          column_path=page.column_path, site_name=page.site_name, stages=page.stages)
    page.stories, story_warnings = bulletin.split_stories(body_lines, page.title)
    page.warnings.extend(story_warnings)
    page.issue = bulletin.parse_issue(page.title, page.published_at)
    if page.issue:
        page.stages["issue"] = "title"
    if len(page.stories) > 1:
        page.stages["stories"] = "bulletin:toc"
    return page


def _choose_title(page: ParsedPage, doc: _Doc) -> None:
    """Profile selector, else the matched heading; also locates the heading among the page lines."""
    chosen = _select(doc.root, doc.selectors.get("title"))
    if chosen is not None and metadata.nows(inline_text(chosen)):
        page.title, page.stages["title"], doc.title_el = inline_text(chosen).strip(), "profile", chosen
    else:
        choice = heading.find_title(doc.root, doc.metas, doc.title_tag)
        if choice:
            page.title, page.stages["title"], doc.title_el = choice.text, choice.stage, choice.element
    body_el = doc.root.find("body") if doc.root.find("body") is not None else doc.root
    doc.lines, doc.title_index = _lines_with_title(body_el, doc.title_el)
    if doc.title_index is None and page.title:
        doc.title_index = heading.locate_title(doc.lines, page.title)
    weak = page.stages.get("title") in (None, "title_tag", "meta:title")
    if weak or (page.stages.get("title") != "profile" and heading.looks_like_site_name(page.title)):
        near = heading.heading_near_date(doc.root, body_el, text_lines)
        if near is not None:
            page.title, page.stages["title"], doc.title_el = near.text, near.stage, near.element
            doc.lines, doc.title_index = _lines_with_title(body_el, doc.title_el)


def _fill_header(page: ParsedPage, doc: _Doc, url: str) -> None:
    """Date, source, author, views from the metadata line; profile selectors override; URL date check."""
    header = metadata.header_fields(doc.lines, doc.title_index, doc.metas)
    page.published_at, page.source, page.author, page.views = (header.published_at, header.source,
                                                               header.author, header.views)
    for name, stage in (("published_at", header.date_stage), ("source", header.source_stage)):
        if stage:
            page.stages[name] = stage
    if page.author:
        page.stages["author"] = "cms:meta_line"
    if page.views is not None:
        page.stages["views"] = "cms:meta_line"
    for name in ("published_at", "source"):
        chosen = _select(doc.root, doc.selectors.get(name))
        if chosen is None:
            continue
        value = P.WHITESPACE.sub(" ", chosen.text_content()).strip()
        if name == "published_at":
            m = P.DATE_TIME.search(value)
            value = metadata.format_date(m) if m else None
        else:
            value = metadata.label_value(value, P.SOURCE_LABEL) or value or None
        if value:
            setattr(page, name, value)
            page.stages[name] = "profile"
    _check_url_date(page, url)


def _find_body(page: ParsedPage, doc: _Doc, url: str) -> tuple[content.Container | None, list[str]]:
    """Profile selector → Hanweb markers → CMS containers → block after the heading / density → trafilatura."""
    container = None
    chosen = _select(doc.root, doc.selectors.get("body"))
    if chosen is not None:
        container = content.Container(chosen, "profile")
    if container is None:
        marked = next((el for el in doc.root.iter() if isinstance(el.tag, str) and el.get(_HANWEB_MARK)), None)
        if marked is not None and len(metadata.nows(marked.text_content())) >= 30:
            container = content.Container(marked, "cms:hanweb")
    container = container or content.cms_container(doc.root) or content.block_after_title(doc.root, doc.title_el)
    if container is not None:
        body_lines = content.container_lines(container.element)
        body_lines = _drop_header_lines(body_lines, page.title, doc.title_el, container.element)
        page.stages["body_text"] = container.stage
        page.attachments = _attachments(container.element, url)
        if page.attachments:
            page.stages["attachments"] = "container_links"
    else:
        body_lines = _trafilatura_lines(doc.markup, url)
        if body_lines:
            page.stages["body_text"] = "trafilatura"
    page.body_text = "\n".join(body_lines)
    return container, body_lines


_SENTINEL = "\ue000"


def _lines_with_title(body_el: etree._Element, title_el: etree._Element | None) -> tuple[list[str], int | None]:
    """Visible lines of the page and the index of the line where the chosen heading starts."""
    if title_el is None:
        return text_lines(body_el), None
    original = title_el.text
    title_el.text = _SENTINEL + (original or "")
    try:
        lines = text_lines(body_el)
    finally:
        title_el.text = original
    for i, line in enumerate(lines):
        if _SENTINEL in line:
            lines[i] = line.replace(_SENTINEL, "")
            return lines, i
    return lines, None


def _check_url_date(page: ParsedPage, url: str) -> None:
    """The CMS writes the publish day into TRS/Hanweb paths; a visible date far from it is suspicious."""
    from_url = metadata.url_date(url)
    if not from_url:
        return
    if page.published_at is None:
        page.published_at, page.stages["published_at"] = from_url, "url"
        return
    if page.published_at[:10] != from_url:
        if page.stages.get("published_at", "").startswith("meta:"):
            page.published_at, page.stages["published_at"] = from_url, "url"
        else:
            page.warnings.append(f"date {page.published_at} differs from URL date {from_url}")


def _drop_header_lines(lines: list[str], title: str | None, title_el: etree._Element | None,
                       container: etree._Element) -> list[str]:
    """Remove the heading/metadata block when the chosen container also holds them.

    The heading is dropped only when it is the page's sole heading (it sits inside the container); a repeat of the
    title inside the content under a separate heading is part of the document and kept.
    """
    key = metadata.nows(title)
    if not lines or not key:
        return lines
    start = 0
    title_inside = title_el is not None and (title_el is container or
                                             any(a is container for a in title_el.iterancestors()))
    if title_inside:
        joined = ""
        for k, line in enumerate(lines[:4]):
            joined += metadata.nows(line)
            if joined == key:
                start = k + 1
                break
            if not key.startswith(joined):
                break
    for k in range(start, min(len(lines), start + 4)):
        # Only a contiguous block at the very top: "二、活动时间：2021年4月1日至4月30日。" further down is content.
        line = lines[k]
        if len(line) <= 120 and not line.rstrip().endswith(("。", "；", "，")) and \
                (P.DATE_LABEL.search(line) or P.SOURCE_LABEL.search(line) or P.VIEWS_LABEL.search(line)) \
                and (metadata.labelled_date(line) or metadata.bare_date(line) or P.VIEWS_LABEL.search(line)):
            start = k + 1
        else:
            break
    return content.clean_lines(lines[start:]) if start else lines


def _attachments(container: etree._Element, url: str) -> list[Attachment]:
    out: list[Attachment] = []
    seen: set[str] = set()
    scope = container.getparent() if container.getparent() is not None else container
    for a in scope.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#", "mailto:")):
            continue
        if not (_ATTACHMENT_EXT.search(href) or "/uploads/" in href or "/attach" in href.lower()):
            continue
        absolute = urljoin(url, href) if url else href
        if absolute in seen:
            continue
        seen.add(absolute)
        name = P.WHITESPACE.sub(" ", a.text_content()).strip() or a.get("title") or href.rsplit("/", 1)[-1]
        out.append(Attachment(url=absolute, name=name))
    return out


def _trafilatura_lines(html_text: str, url: str) -> list[str]:
    try:
        import trafilatura
    except ImportError:
        return []
    try:  # fast: no justext/readability rescue, which costs seconds on big portal pages
        extracted = trafilatura.extract(html_text, url=url or None, include_tables=True, include_comments=False,
                                        fast=True)
    except TypeError:  # trafilatura < 2 has no ``fast``
        extracted = trafilatura.extract(html_text, url=url or None, include_tables=True, include_comments=False,
                                        no_fallback=True)
    return [ln.strip() for ln in (extracted or "").splitlines() if ln.strip()]


_LABELLED_DATE_STAGES = ("cms:meta_line", "cms:header_table", "profile")


def _portal_reason(page: ParsedPage, root: etree._Element) -> str | None:
    """No visible heading, no metadata line, and lists of dated links: a portal or column page (decided before
    the costly body search)."""
    if page.stages.get("title") in ("title_tag", None) and page.stages.get("published_at") not in _LABELLED_DATE_STAGES:
        dated = _dated_link_items(root)
        if dated >= 8:
            return f"no article heading and no metadata line, {dated} dated links (a portal or column page)"
        body = root.find("body")
        total = len(metadata.nows(body.text_content())) if body is not None else 0
        links = sum(len(metadata.nows(a.text_content())) for a in root.iter("a"))
        if total and links / total >= 0.75:
            return f"no article heading and no metadata line, {links / total:.0%} of the text is links (a portal page)"
    return None


def _not_article_reason(page: ParsedPage, body_lines: list[str], container, root: etree._Element) -> str | None:
    if not body_lines:
        return "no article body found"
    prose = content.score_text(body_lines)
    chars = sum(len(metadata.nows(ln)) for ln in body_lines)
    if container is not None:
        total = len(metadata.nows(container.element.text_content()))
        links = sum(len(metadata.nows(a.text_content())) for a in container.element.iter("a"))
        if total and links / total > 0.5:
            return "link list, not an article (most of the main block is links)"
    no_header = page.stages.get("title") in ("title_tag", None) and page.stages.get("published_at") not in \
        _LABELLED_DATE_STAGES
    if no_header and prose < 15:
        return "no article heading, no metadata line and little prose"
    dated_links = _dated_link_items(root)
    if dated_links >= 10 and page.stages.get("published_at") not in _LABELLED_DATE_STAGES:
        return f"list page ({dated_links} dated links, no article metadata line)"
    if prose == 0 and chars < 40 and "\t" not in "".join(body_lines):
        return "no article text (too little prose)"
    if page.published_at is None and prose == 0:
        return "no date and no prose (a column or navigation page)"
    return None


_SHORT_DATE = re.compile(r"(?<!\d)(?:[01]?\d[-/.月][0-3]?\d日?|\d{1,2}:\d{2})(?!\d)")


def _dated_link_items(root: etree._Element) -> int:
    """How many list items pair a link with a date, "2021-01-19" or just "10-11" (the shape of a list page)."""
    count = 0
    for item in root.iter("li", "tr", "dd", "p"):
        anchors = item.findall(".//a")
        if not 1 <= len(anchors) <= 2:
            continue
        text = item.text_content()
        if len(text) >= 200 or max(len(metadata.nows(a.text_content())) for a in anchors) < 6:
            continue
        if P.DATE_TIME.search(text) or _SHORT_DATE.search(text):
            count += 1
    return count
