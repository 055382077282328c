"""A live progress line during the crawl (fetched, queued, errors), written to stderr."""
from __future__ import annotations

import sys

from scrapy import signals
from twisted.internet import task


class ProgressReporter:
    def __init__(self, stats, interval: float, stream=sys.stderr) -> None:
        self.stats = stats
        self.interval = interval
        self.stream = stream
        self._task: task.LoopingCall | None = None
        self._crawler = None

    @classmethod
    def from_crawler(cls, crawler):
        ext = cls(crawler.stats, crawler.settings.getfloat("PROGRESS_INTERVAL", 5.0))
        ext._crawler = crawler
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def line(self) -> str:
        get = self.stats.get_value
        fetched = get("response_received_count", 0)
        queued = get("scheduler/enqueued", 0) - get("scheduler/dequeued", 0)
        errors = get("bulletin/failures", 0) + get("bulletin/http_errors", 0)
        return f"crawl: {fetched} fetched, {queued} queued, {errors} errors"

    def report(self) -> None:
        if self.interval > 0:
            print(self.line(), file=self.stream, flush=True)

    def spider_opened(self, spider) -> None:
        if self.interval > 0:
            self._task = task.LoopingCall(self.report)
            self._task.start(self.interval, now=False)

    def spider_closed(self, spider, reason) -> None:
        if self._task and self._task.running:
            self._task.stop()
