"""What the spider yields. Raw strings and bytes only: meaning is made later, in `nlp/`."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(slots=True)
class PageItem:
    """One HTTP response, kept whole so everything downstream can be redone offline."""

    url: str
    final_url: str
    status: int
    fetched_at: str  # ISO 8601, UTC
    role: str  # "list" | "article" | "attachment"
    content_type: str | None
    headers: dict[str, str]
    body: bytes
    referer: str | None = None
    link_text: str | None = None  # the anchor text that led here (an attachment's fallback name)
    kind: str = "ok"  # "ok" | "http_error" | "challenge"


@dataclass(slots=True)
class ListingItem:
    """An article link as a list page showed it: what the column claims to contain (for coverage)."""

    list_url: str
    article_url: str
    title: str
    list_date: str | None
    seen_at: str


@dataclass(slots=True)
class FailureItem:
    """A request that produced no response: timeout, refused connection, DNS, size cap, redirect loop …"""

    url: str
    role: str
    kind: str
    reason: str
    at: str
    referer: str | None = None
    extra: dict[str, str] = field(default_factory=dict)
