"""The archive spider: a column's list pages with their pagination, its articles and their attachments.

Every response, error pages included, becomes a `PageItem` (the raw archive); every request that got no
response becomes a `FailureItem` with its reason. Nothing is parsed here beyond finding links.
"""
from __future__ import annotations

import re
from collections.abc import AsyncIterator, Iterable
from datetime import datetime, timezone
from typing import Any
from urllib.parse import urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from twisted.internet.error import (ConnectionLost, ConnectionRefusedError, DNSLookupError, TCPTimedOutError,
                                    TimeoutError)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived

from crawler import discovery
from crawler.challenge import looks_like_challenge
from crawler.items import FailureItem, ListingItem, PageItem

# Let error statuses reach the callbacks (they are recorded), but keep redirects handled by Scrapy.
RECORDED_STATUSES = list(range(400, 600))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _failure_kind(failure) -> str:
    for exc_type, kind in ((TimeoutError, "timeout"), (TCPTimedOutError, "timeout"), (DNSLookupError, "dns"),
                           (ConnectionRefusedError, "refused"), (ConnectionLost, "connection_lost"),
                           (ResponseFailed, "connection_lost"), (ResponseNeverReceived, "connection_lost")):
        if failure.check(exc_type):
            return kind
    name = type(failure.value).__name__
    if name == "IgnoreRequest":
        return "ignored"
    return name.lower()


class ArchiveSpider(scrapy.Spider):
    name = "archive"

    def __init__(self, start_urls: Iterable[str] | str = (), profile: dict[str, Any] | None = None,
                 max_pages: int = 0, whole_site: bool = False, known_urls: Iterable[str] = (),
                 recheck: bool = False, refresh_depth: int | None = None, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        if isinstance(start_urls, str):
            start_urls = [u for u in start_urls.split(",") if u]
        self.profile = dict(profile or {})
        self.start_urls = [discovery.canonical_url(u) for u in (list(start_urls) or self.profile.get("start_urls", []))]
        if not self.start_urls:
            raise ValueError("no start URL: give --start-url or a site profile with start_urls")
        hosts = {urlsplit(u).netloc.lower() for u in self.start_urls} | set(self.profile.get("allowed_hosts", []))
        self.hosts = frozenset(h.lower() for h in hosts)
        self.max_pages = int(max_pages or 0)
        self.whole_site = bool(whole_site)
        self.known_urls = frozenset(known_urls)
        self.recheck = bool(recheck)
        self.refresh_depth = refresh_depth
        self.article_patterns = discovery.ARTICLE_URL_PATTERNS + tuple(
            re.compile(p) for p in self.profile.get("article_url_patterns", []))
        self.requested = 0
        self._empty_run: dict[str, int] = {}

    # -- requests ------------------------------------------------------------------------------------------
    def _request(self, url: str, callback, role: str, **meta: Any) -> scrapy.Request | None:
        if self.max_pages and self.requested >= self.max_pages:
            return None
        self.requested += 1
        meta.update(role=role, handle_httpstatus_list=RECORDED_STATUSES)
        return scrapy.Request(url, callback=callback, errback=self.on_error, meta=meta)

    async def start(self) -> AsyncIterator[Any]:
        for url in self.start_urls:
            # List pages are always read again, whatever an earlier run saw (incremental refresh).
            request = self._request(url, self.parse_list, "list", start_url=url)
            if request:
                yield request.replace(dont_filter=True)

    # -- callbacks -----------------------------------------------------------------------------------------
    def _page_item(self, response: Response, role: str) -> PageItem:
        status = response.status
        kind = "ok" if status < 400 else "http_error"
        if looks_like_challenge(status, response.body):
            kind = "challenge"
        if kind != "ok":
            self.crawler.stats.inc_value("bulletin/http_errors")
        return PageItem(
            url=response.request.meta.get("redirect_urls", [response.url])[0],
            final_url=response.url,
            status=status,
            fetched_at=_now(),
            role=role,
            content_type=response.headers.get("Content-Type", b"").decode("latin-1") or None,
            headers={k.decode("latin-1"): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            body=response.body,
            referer=(response.request.headers.get("Referer") or b"").decode("latin-1") or None,
            link_text=response.meta.get("link_text"),
            kind=kind,
        )

    def _links(self, response: Response) -> discovery.ListPageLinks:
        if not isinstance(response, TextResponse):
            return discovery.ListPageLinks()
        try:
            text = response.text
        except (UnicodeDecodeError, LookupError):
            return discovery.ListPageLinks()
        return discovery.extract_links(text, response.url, self.hosts, self.article_patterns)

    def parse_list(self, response: Response):
        item = self._page_item(response, "list")
        yield item
        if item.kind != "ok":
            return
        links = self._links(response)
        new = 0
        for link in links.articles:
            yield ListingItem(response.url, link.url, link.text, link.date, _now())
            if link.url in self.known_urls and not self.recheck:
                continue
            new += 1
            request = self._request(link.url, self.parse_article, "article", link_text=link.text)
            if request:
                yield request
        yield from self._follow_pages(response, links, new)

    def _follow_pages(self, response: Response, links: discovery.ListPageLinks, new: int):
        start = response.meta.get("start_url", response.url)
        incremental = bool(self.known_urls) and not self.recheck
        if incremental:
            # Stop paginating once `refresh_depth` list pages in a row brought nothing new.
            empty = 0 if new else self._empty_run.get(start, 0) + 1
            self._empty_run[start] = empty
            depth = self.refresh_depth if self.refresh_depth is not None else self.settings.getint("REFRESH_DEPTH", 1)
            if empty >= depth:
                return
            current = discovery.page_number(response.url) or 0
            later = [(discovery.page_number(l.url), l) for l in links.pages]
            later = [(n, l) for n, l in later if n is not None and n > current]
            pages = [min(later, key=lambda pair: pair[0])[1]] if later else []
        else:
            pages = links.pages
        for link in pages:
            request = self._request(link.url, self.parse_list, "list", start_url=start)
            if request:
                yield request

    def parse_article(self, response: Response):
        item = self._page_item(response, "article")
        yield item
        if item.kind != "ok":
            return
        cap = self.settings.getint("ATTACHMENT_MAXSIZE", 32 * 1024 * 1024)
        for link in self._links(response).attachments:
            request = self._request(link.url, self.parse_attachment, "attachment", link_text=link.text,
                                    download_maxsize=cap, download_warnsize=cap)
            if request:
                yield request

    def parse_attachment(self, response: Response):
        yield self._page_item(response, "attachment")

    def on_error(self, failure):
        request = failure.request
        self.crawler.stats.inc_value("bulletin/failures")
        yield FailureItem(
            url=request.url,
            role=request.meta.get("role", "unknown"),
            kind=_failure_kind(failure),
            reason=f"{type(failure.value).__name__}: {failure.getErrorMessage()}"[:500],
            at=_now(),
            referer=(request.headers.get("Referer") or b"").decode("latin-1") or None,
        )
