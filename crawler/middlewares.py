"""Downloader middlewares: retries that back off instead of hammering a struggling server."""
from __future__ import annotations

from scrapy.downloadermiddlewares.retry import RetryMiddleware
from scrapy.http import Request, Response
from scrapy.utils.defer import maybe_deferred_to_future
from twisted.internet import task


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    """Seconds to wait before retry number `attempt` (1, 2, …): base, 2·base, 4·base …, at most `cap`."""
    if base <= 0:
        return 0.0
    return min(cap, base * 2 ** max(0, attempt - 1))


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry (5xx, 408/429, timeouts, lost connections) with an exponential pause before each retry.

    The pause happens after the download slot is released, so other hosts keep being fetched meanwhile.
    """

    def __init__(self, settings) -> None:
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 1.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _pause(self, retry: Request | None) -> None:
        if retry is None:
            return
        delay = backoff_delay(retry.meta.get("retry_times", 1), self.base, self.cap)
        if delay > 0:
            from twisted.internet import reactor  # imported late: Scrapy installs its reactor first

            await maybe_deferred_to_future(task.deferLater(reactor, delay, lambda: None))

    async def process_response(self, request: Request, response: Response, spider=None):  # type: ignore[override]
        result = super().process_response(request, response)
        if isinstance(result, Request):
            await self._pause(result)
        return result

    async def process_exception(self, request: Request, exception: Exception, spider=None):  # type: ignore[override]
        result = super().process_exception(request, exception)
        if isinstance(result, Request):
            await self._pause(result)
        return result


class HostConcurrencyMiddleware:
    """At most CONCURRENT_REQUESTS_PER_DOMAIN requests in flight per host, whatever the download delay.

    Scrapy's own per-slot limit lets a burst through when DOWNLOAD_DELAY is 0 (the slot counts a request as
    transferring only once its download coroutine has started), so politeness is enforced here too.
    Installed close to the downloader, so retries and redirects pass through it again.
    """

    META_KEY = "_host_gate"

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self._gates: dict[str, object] = {}

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.getint("CONCURRENT_REQUESTS_PER_DOMAIN", 2))

    def _gate(self, host: str):
        from twisted.internet.defer import DeferredSemaphore

        if host not in self._gates:
            self._gates[host] = DeferredSemaphore(self.limit)
        return self._gates[host]

    async def process_request(self, request: Request, spider=None):
        if self.limit <= 0:
            return None
        from urllib.parse import urlsplit

        host = urlsplit(request.url).netloc.lower()
        await maybe_deferred_to_future(self._gate(host).acquire())
        request.meta[self.META_KEY] = host
        return None

    def _release(self, request: Request) -> None:
        host = request.meta.pop(self.META_KEY, None)
        if host is not None:
            self._gate(host).release()

    def process_response(self, request: Request, response: Response, spider=None):
        self._release(request)
        return response

    def process_exception(self, request: Request, exception: Exception, spider=None):
        self._release(request)
        return None


class StayOnSiteMiddleware:
    """Refuse requests to hosts outside the crawl, redirects included (before robots.txt is asked for).

    The spider never links off-site itself; this catches a page that redirects elsewhere. Scrapy's own
    offsite filter skips `dont_filter` requests, and all of the archive spider's requests are such.
    """

    def __init__(self, crawler) -> None:
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_request(self, request: Request, spider=None):
        from urllib.parse import urlsplit

        from scrapy.exceptions import IgnoreRequest

        from crawler.discovery import same_site

        hosts = getattr(self.crawler.spider, "hosts", None)
        host = urlsplit(request.url).netloc.lower()
        if hosts and not same_site(host, hosts):
            self.crawler.stats.inc_value("bulletin/off_site")
            raise IgnoreRequest(f"Filtered off-site request to {host} (redirected from "
                                f"{(request.meta.get('redirect_urls') or ['?'])[0]})")
        return None
