"""The archive spider: a column's list pages with their pagination, its articles and their attachments.

Every response, error pages included, becomes a `PageItem` (the raw archive); every request that got no
response becomes a `FailureItem` with its reason. Nothing is parsed here beyond finding links.

Deduplication is the spider's own (a seen set seeded with the warehouse's known articles), not Scrapy's
fingerprint filter: a persisted JOBDIR seen-set would otherwise hide requests that were in flight when a
crawl was killed, and list pages must be read again on every run anyway.
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import AsyncIterator, Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.http import Response

from crawler import discovery
from crawler.challenge import looks_like_challenge
from crawler.items import FailureItem, ListingItem, PageItem
from crawler.parsing import decode_html

# Let error statuses (and 304) reach the callbacks: they are recorded. Redirects are still followed by Scrapy.
RECORDED_STATUSES = [304] + list(range(400, 600))
# Cheap test before an article page is parsed for attachment links: most articles have none.
ATTACHMENT_HINT = re.compile(rb"\.(?:pdf|docx?|xlsx?|wps|et|zip|rar|7z|ofd)\b", re.I)
BINARY_MAGIC = (b"%PDF", b"PK\x03\x04", b"\xd0\xcf\x11\xe0", b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"Rar!")


@dataclass(frozen=True, slots=True)
class Validators:
    """What a conditional GET needs from the last stored version of a URL."""

    etag: str | None = None
    last_modified: str | None = None
    body_file: str | None = None  # the stored body, so a 304 list page can still be paginated


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


_FAILURE_KINDS = (
    ("DownloadTimeoutError", "timeout"), ("TimeoutError", "timeout"), ("TCPTimedOutError", "timeout"),
    ("CannotResolveHostError", "dns"), ("DNSLookupError", "dns"),
    ("DownloadConnectionRefusedError", "refused"), ("ConnectionRefusedError", "refused"),
    ("ResponseDataLossError", "truncated"),
    ("DownloadFailedError", "connection_lost"), ("ResponseFailed", "connection_lost"),
    ("ResponseNeverReceived", "connection_lost"), ("ConnectionLost", "connection_lost"),
    ("ConnectionDone", "connection_lost"),
)


def failure_kind(exc: BaseException) -> str:
    """A short, stable name for why a request got no usable response."""
    message = str(exc).lower()
    name = type(exc).__name__
    if isinstance(exc, IgnoreRequest) or name == "IgnoreRequest":
        if "robots.txt" in message:
            return "robots"
        if "off-site" in message:
            return "off_site"
        if "redirect" in message:
            return "redirect_loop"
        return "ignored"
    if name == "DownloadCancelledError" or name == "CancelledError":
        return "too_large" if ("maxsize" in message or "larger than" in message) else "cancelled"
    for exc_name, kind in _FAILURE_KINDS:
        if name == exc_name:
            return kind
    return name.lower()


def looks_binary(body: bytes) -> bool:
    """A file (PDF, Office, image, archive) or binary junk served where an HTML page was expected."""
    head = body[:1024]
    return head.startswith(BINARY_MAGIC) or b"\x00" in head


class ArchiveSpider(scrapy.Spider):
    name = "archive"

    def __init__(self, start_urls: Iterable[str] | str = (), profile: Mapping[str, Any] | None = None,
                 max_pages: int = 0, whole_site: bool = False, known_urls: Iterable[str] = (),
                 recheck: bool = False, refresh_depth: int | None = None, full_walk: bool = False,
                 validators: Mapping[str, Validators] | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(start_urls, str):
            start_urls = [u for u in start_urls.split(",") if u]
        self.profile = dict(profile or {})
        self.start_urls = [discovery.canonical_url(u) for u in (list(start_urls) or self.profile.get("start_urls", []))]
        if not self.start_urls:
            raise ValueError("no start URL: give --start-url or a site profile with start_urls")
        hosts = {urlsplit(u).netloc.lower() for u in self.start_urls} | set(self.profile.get("allowed_hosts", []))
        self.hosts = {h.lower() for h in hosts}  # grows by a www./bare twin a redirect leads to
        self.max_pages = int(max_pages or 0)
        self.whole_site = bool(whole_site)
        self.known_urls = frozenset(known_urls)
        self.recheck = bool(recheck)
        self.refresh_depth = refresh_depth
        # An interrupted first crawl is walked in full again (known articles are still skipped).
        self.incremental = bool(self.known_urls) and not self.recheck and not full_walk
        self.validators = dict(validators or {})
        self.article_patterns = discovery.ARTICLE_URL_PATTERNS + tuple(
            re.compile(p) for p in self.profile.get("article_url_patterns", []))
        self.list_patterns = tuple(re.compile(p) for p in self.profile.get("list_url_patterns", []))
        self.requested = 0
        self.seen: set[str] = set()
        self.lists_per_column: Counter[str] = Counter()
        self.columns: set[str] = set()

    # -- settings ------------------------------------------------------------------------------------------
    def _limit(self) -> int:
        """How many list pages in a row may bring nothing new before a column's pagination stops."""
        if self.incremental:
            if self.refresh_depth is not None:
                return max(1, int(self.refresh_depth))
            return max(1, self.settings.getint("REFRESH_DEPTH", 1))
        return max(1, self.settings.getint("LIST_EMPTY_LIMIT", 2))

    # -- requests ------------------------------------------------------------------------------------------
    def _request(self, url: str, callback, role: str, **meta: Any) -> scrapy.Request | None:
        if url in self.seen:
            return None
        if self.max_pages and self.requested >= self.max_pages:
            self.crawler.stats.inc_value("bulletin/capped/max_pages")
            return None
        self.seen.add(url)
        self.requested += 1
        meta.update(role=role, handle_httpstatus_list=RECORDED_STATUSES)
        headers = {}
        known = self.validators.get(url)
        if known and (role == "list" or self.recheck):
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        # dont_filter: deduplication is ours (see the module docstring).
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta, headers=headers,
                              dont_filter=True, priority=10 if role == "list" else 0)

    def _list_request(self, url: str, column: str, empty_chain: int = 0) -> scrapy.Request | None:
        cap = self.settings.getint("MAX_LIST_PAGES", 2000)
        if url in self.seen:
            return None
        if cap and self.lists_per_column[column] >= cap:
            self.crawler.stats.inc_value("bulletin/capped/list_pages")
            return None
        request = self._request(url, self.parse_list, "list", start_url=column, empty_chain=empty_chain)
        if request:
            self.lists_per_column[column] += 1
        return request

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            self.columns.add(url)
            request = self._list_request(url, url)
            if request:
                yield request

    # -- callbacks -----------------------------------------------------------------------------------------
    def _page_item(self, response: Response, role: str, body: bytes | None = None) -> PageItem:
        status = response.status
        body = response.body if body is None else body
        if status == 304:
            kind = "not_modified"
        elif status >= 400:
            kind = "http_error"
        elif role == "list" and looks_binary(body):  # article pages: the parser says "binary" with its reason
            kind = "binary"
        else:
            kind = "ok"
        if looks_like_challenge(status, body):
            kind = "challenge"
        if kind not in {"ok", "not_modified"}:
            self.crawler.stats.inc_value("bulletin/http_errors")
            self.crawler.stats.inc_value(f"bulletin/kind/{kind}")
        return PageItem(
            url=discovery.canonical_url(response.request.meta.get("redirect_urls", [response.url])[0]),
            final_url=response.url,
            status=status,
            fetched_at=_now(),
            role=role,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1") or None,
            headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            body=body,
            referer=(response.request.headers.get("Referer") or b"").decode("latin-1") or None,
            link_text=response.meta.get("link_text"),
            kind=kind,
        )

    def _links(self, body: bytes, url: str, content_type: str | None) -> discovery.ListPageLinks:
        if not body or looks_binary(body):
            return discovery.ListPageLinks()
        text, _encoding = decode_html(body, content_type)
        return discovery.extract_links(text, url, frozenset(self.hosts), self.article_patterns, self.list_patterns)

    def _stored_body(self, url: str) -> bytes:
        known = self.validators.get(url)
        if known and known.body_file and Path(known.body_file).exists():
            return Path(known.body_file).read_bytes()
        return b""

    def _note_host(self, response: Response) -> None:
        host = urlsplit(response.url).netloc.lower()
        if host not in self.hosts and discovery.same_site(host, self.hosts):
            self.hosts.add(host)  # fy.gov.cn redirected to www.fy.gov.cn: links there are on-site

    def parse_list(self, response: Response):
        self._note_host(response)
        item = self._page_item(response, "list")
        yield item
        if item.kind == "not_modified":
            body = self._stored_body(item.url)  # unchanged since last run: paginate from the stored copy
        elif item.kind == "ok":
            body = response.body
        else:
            return
        links = self._links(body, response.url, item.content_type)
        new = 0
        for link in links.articles:
            yield ListingItem(response.url, link.url, link.text, link.date, _now())
            if link.url in self.seen or (link.url in self.known_urls and not self.recheck):
                continue
            request = self._request(link.url, self.parse_article, "article", link_text=link.text)
            if request:
                new += 1
                yield request
        yield from self._follow_pages(response, links, new)
        yield from self._follow_columns(links)

    def _follow_pages(self, response: Response, links: discovery.ListPageLinks, new: int):
        column = response.meta.get("start_url", response.url)
        chain = 0 if new else response.meta.get("empty_chain", 0) + 1
        if chain >= self._limit():
            self.crawler.stats.inc_value("bulletin/pagination_stopped")
            return
        pages = links.pages
        if self.incremental:
            # Walk forward one page at a time, so the crawl stops where the news it has not seen ends.
            current = discovery.page_number(response.url) or 0
            later = [(discovery.page_number(l.url), l) for l in links.pages]
            later = [(n, l) for n, l in later if n is not None and n > current]
            nexts = [l for l in links.pages if l.text in {"下一页", "下页", "后一页", ">"}]
            pages = [min(later, key=lambda pair: pair[0])[1]] if later else nexts[:1]
        for link in pages:
            request = self._list_request(link.url, column, chain)
            if request:
                yield request

    def _follow_columns(self, links: discovery.ListPageLinks):
        if not self.whole_site:
            return
        cap = self.settings.getint("MAX_COLUMNS", 500)
        for link in links.columns:
            if link.url in self.columns or (cap and len(self.columns) >= cap):
                continue
            self.columns.add(link.url)
            request = self._list_request(link.url, link.url)
            if request:
                yield request

    def parse_article(self, response: Response):
        item = self._page_item(response, "article")
        yield item
        if item.kind != "ok":
            return
        if not self.whole_site and not ATTACHMENT_HINT.search(response.body):
            return
        links = self._links(response.body, response.url, item.content_type)
        cap = self.settings.getint("ATTACHMENT_MAXSIZE", 32 * 1024 * 1024)
        for link in links.attachments:
            request = self._request(link.url, self.parse_attachment, "attachment", link_text=link.text,
                                    download_maxsize=cap, download_warnsize=cap)
            if request:
                yield request
        yield from self._follow_columns(links)

    def parse_attachment(self, response: Response):
        yield self._page_item(response, "attachment")

    def on_error(self, failure):
        request = failure.request
        kind = failure_kind(failure.value)
        self.crawler.stats.inc_value("bulletin/failures")
        self.crawler.stats.inc_value(f"bulletin/failure/{kind}")
        yield FailureItem(
            url=(request.meta.get("redirect_urls") or [request.url])[0],  # the URL the crawl asked for
            role=request.meta.get("role", "unknown"),
            kind=kind,
            reason=f"{type(failure.value).__name__}: {failure.getErrorMessage()}"[:500],
            at=_now(),
            referer=(request.headers.get("Referer") or b"").decode("latin-1") or None,
        )
