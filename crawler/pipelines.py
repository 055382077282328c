"""Item pipelines: the spider's items go to the staging area, never straight into DuckDB (one writer)."""
from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from scrapy.exceptions import NotConfigured

from crawler.items import FailureItem, ListingItem, PageItem
from crawler.staging import StagingWriter


class StagingPipeline:
    """Writes every item to `STAGING_DIR`: bodies into the pack, one JSON line per item."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.writer: StagingWriter | None = None

    @classmethod
    def from_crawler(cls, crawler):
        root = crawler.settings.get("STAGING_DIR")
        if not root:
            raise NotConfigured("STAGING_DIR is not set")
        return cls(Path(root))

    def open_spider(self, spider=None) -> None:
        self.writer = StagingWriter(self.root)

    def close_spider(self, spider=None) -> None:
        if self.writer:
            self.writer.close()

    def process_item(self, item, spider=None):
        assert self.writer is not None
        if isinstance(item, PageItem):
            record = asdict(item)
            ref = self.writer.write_body(record.pop("body"))
            record.update(sha256=ref.sha256, body_offset=ref.offset, body_length=ref.length, size=ref.length)
            self.writer.write({"record": "page", **record})
        elif isinstance(item, FailureItem):
            self.writer.write({"record": "failure", **asdict(item)})
        elif isinstance(item, ListingItem):
            self.writer.write({"record": "listing", **asdict(item)})
        return item
