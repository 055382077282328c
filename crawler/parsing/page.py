"""Parse one page (placeholder cascade: trafilatura only; the government-CMS cascade replaces it)."""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from crawler.parsing.encoding import decode_html
from crawler.parsing.records import ARTICLE, EMPTY, NOT_AN_ARTICLE, ParsedPage, Story


def parse_page(body: bytes | str, url: str = "", *, content_type: str | None = None,
               profile: Mapping[str, Any] | None = None) -> ParsedPage:
    encoding = None
    if isinstance(body, bytes):
        body, encoding = decode_html(body, content_type)
    if not body.strip():
        return ParsedPage(status=EMPTY, reason="empty document", encoding=encoding)
    import trafilatura

    doc = trafilatura.bare_extraction(body, url=url or None, with_metadata=True, as_dict=True)
    if not doc or not doc.get("text"):
        return ParsedPage(status=NOT_AN_ARTICLE, reason="no main text found", encoding=encoding)
    page = ParsedPage(status=ARTICLE, encoding=encoding, title=doc.get("title"), published_at=doc.get("date"),
                      author=doc.get("author"), body_text=doc.get("text") or "")
    page.stories = [Story(title=page.title or "", text=page.body_text)]
    return page
