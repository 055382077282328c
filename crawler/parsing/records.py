"""Typed records returned by the page parser."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

ARTICLE = "article"
NOT_AN_ARTICLE = "not_an_article"
EMPTY = "empty"
CHALLENGE = "challenge"
BINARY = "binary"
ERROR_PAGE = "error_page"
STATUSES = (ARTICLE, NOT_AN_ARTICLE, EMPTY, CHALLENGE, BINARY, ERROR_PAGE)


@dataclass
class Attachment:
    url: str  # absolute, resolved against the page URL
    name: str


@dataclass
class Story:
    title: str
    text: str


@dataclass
class ParsedPage:
    status: str
    reason: str | None = None
    encoding: str | None = None
    title: str | None = None
    published_at: str | None = None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM"
    source: str | None = None
    author: str | None = None
    views: int | None = None
    column_path: list[str] = field(default_factory=list)
    body_text: str = ""
    attachments: list[Attachment] = field(default_factory=list)
    issue: dict | None = None  # {"year": 2021, "number": 1} (+ "total": 56 for 总第56期)
    stories: list[Story] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    stages: dict[str, str] = field(default_factory=dict)  # field -> stage that produced it
    site_name: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @property
    def is_article(self) -> bool:
        return self.status == ARTICLE
