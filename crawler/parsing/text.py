"""DOM → text the way a reader sees it: block elements start new lines, inline elements join with nothing
(numbers split across ``<span>``s stay whole), ``<br>`` breaks lines, table cells are tab-separated."""
from __future__ import annotations

import re

from lxml import etree, html

# Elements whose content never reaches the reader (or only as widgets).
INVISIBLE_TAGS = ("script", "style", "noscript", "template", "iframe", "select", "option", "input",
                  "textarea", "svg", "object", "embed", "head", "link", "meta", "title")
# Self-closed widgets (``<button … />``) swallow the rest of the page in the HTML parser: unwrap them instead.
UNWRAP_TAGS = ("button",)
BLOCK_TAGS = frozenset(("address", "article", "aside", "blockquote", "center", "dd", "details", "dialog", "div",
                        "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
                        "h5", "h6", "header", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary",
                        "table", "tbody", "thead", "tfoot", "ul", "caption", "ucaptitle", "ucapcontent", "title"))
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.I)
_SPACES = re.compile(r"[ \t\r\n\f\v]+")
_LINE_EDGE = re.compile(r"^[\s\u3000\u00a0\u200b\ufeff]+|[\s\u3000\u00a0\u200b\ufeff]+$")


def is_hidden(el: etree._Element) -> bool:
    style = el.get("style")
    if style and _HIDDEN_STYLE.search(style):
        return True
    if el.get("hidden") is not None or el.get("aria-hidden") == "true" and el.tag not in ("i", "span", "em"):
        return True
    cls = el.get("class")
    return bool(cls) and "ng-hide" in cls.split()


def strip_invisible(root: etree._Element) -> None:
    """Remove comments, scripts and hidden elements in place (the tail text of each is kept)."""
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments, processing instructions
        elif el.tag in INVISIBLE_TAGS or is_hidden(el):
            doomed.append(el)
    for el in doomed:
        if el.getparent() is not None:
            el.drop_tree()
    for el in list(root.iter(*UNWRAP_TAGS)):
        if el.getparent() is not None:
            el.text = None
            el.drop_tag()


def _walk(el: etree._Element, out: list[str]) -> None:
    tag = el.tag if isinstance(el.tag, str) else ""
    if tag in BLOCK_TAGS or tag == "tr":
        out.append("\n")
    elif tag == "br":
        out.append("\n")
    elif tag in ("td", "th"):
        out.append("\t")
    # <img alt> is not shown to readers and is skipped; captions are ordinary text nodes.
    if el.text and tag:
        out.append(_SPACES.sub(" ", el.text))
    for child in el:
        _walk(child, out)
        if child.tail:
            out.append(_SPACES.sub(" ", child.tail))
    if tag in BLOCK_TAGS or tag == "tr":
        out.append("\n")


def text_lines(el: etree._Element) -> list[str]:
    """Visible, non-empty lines of an element; table cells inside a line are joined by tabs."""
    out: list[str] = []
    _walk(el, out)
    lines = []
    for raw in "".join(out).split("\n"):
        cells = [_LINE_EDGE.sub("", c) for c in raw.split("\t")]
        cells = [c for c in cells if c]
        if cells:
            lines.append("\t".join(cells))
    return lines


def inline_text(el: etree._Element) -> str:
    """All text of an element on one line (headings split over several lines are joined without a break)."""
    return "".join(_LINE_EDGE.sub("", line) for line in text_lines(el))


# Included templates leave stray "</html>" mid-page; libxml2 stops reading there, so closing tags are removed.
_PREMATURE_END = re.compile(r"</(?:html|body)\s*>", re.I)
# Old CMS pages leave hundreds of <font> tags unclosed; libxml2 stops nesting at depth 255 and drops the text
# below it. <font> only styles text, so its tags are removed before parsing (the text stays).
_FONT_TAG = re.compile(r"</?font\b[^>]*>", re.I)
# lxml refuses str input that carries an XML encoding declaration ("<?xml version='1.0' encoding='utf-8'?>").
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


def parse_tree(markup: str) -> etree._Element | None:
    """Parse HTML leniently; None when there is nothing to parse."""
    try:
        markup = _XML_DECLARATION.sub("", markup, count=1)
        return html.document_fromstring(_FONT_TAG.sub("", _PREMATURE_END.sub("", markup)))
    except (etree.ParserError, ValueError):
        return None
