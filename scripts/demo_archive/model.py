"""Records the generator builds the site from: stories, articles, attachments and served pages."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

COLUMN_BULLETIN = "工作简报"
COLUMN_NEWS = "要闻动态"
COLUMN_NOTICES = "通知公告"
COLUMNS = (COLUMN_BULLETIN, COLUMN_NEWS, COLUMN_NOTICES)

# Whitespace the gold convention deletes before taking first/last 30 characters
# (ASCII whitespace, ideographic space, nbsp, zero-width space, BOM).
_WS = re.compile("[\\s\u3000\u00a0\u200b\ufeff]+")


def strip_ws(text: str) -> str:
    return _WS.sub("", text)


@dataclass(frozen=True)
class Story:
    title: str
    paragraphs: tuple[str, ...]
    action: str | None = None
    theme: str | None = None

    @property
    def first30(self) -> str:
        return strip_ws("".join(self.paragraphs))[:30]


@dataclass(frozen=True)
class Attachment:
    url_path: str
    name: str
    kind: str  # pdf / docx / xls
    ok: bool  # answers 200 with a well-formed file of its kind


@dataclass
class Article:
    """One listed article URL; `status` 404/500 entries carry only the list title."""

    url_path: str
    column: str
    title: str
    list_date: str  # YYYY-MM-DD as shown in the list page
    status: int = 200
    encoding: str | None = "utf-8"
    header_charset: bool = True  # False: charset only in <meta>, header says bare text/html
    publish_time: str | None = None
    source: str | None = None
    author: str | None = None
    views: int | None = None
    stories: list[Story] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    issue: tuple[int, int] | None = None
    truncated: bool = False
    image: str | None = None  # caption of an image in the body (news only)
    table: list[list[str]] | None = None  # small table in the body (news only)
    meta_pubdate: str | None = None  # TRS regeneration time (a trap, never the publish time)
    body_pieces: list[str] = field(default_factory=list)  # visible body text, in page order

    @property
    def body_nows(self) -> str:
        return strip_ws("".join(self.body_pieces))


@dataclass(frozen=True)
class Page:
    """One served response: request key (path + query), stored file and HTTP status."""

    key: str
    file: str
    body: bytes
    content_type: str
    status: int = 200
