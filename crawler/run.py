"""Run a crawl end to end: Scrapy writes a staging area, then the warehouse loads and parses it.

The database is opened only before the crawl (to read which articles are known) and after it (to load),
never while Scrapy runs: DuckDB has one writer, and readers must be able to query during a long crawl.
"""
from __future__ import annotations

import json
import shutil
import sys
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, TextIO

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings

from crawler.profiles import SiteProfile, load_profile
from crawler.spiders.archive import ArchiveSpider, Validators
from warehouse import db as warehouse_db
from warehouse.articles import ParseStats, parse_pages
from warehouse.load import load_staging, mark_loaded, pending_staging_dirs
from warehouse.runs import new_run_id


@dataclass
class CrawlOptions:
    db: Path
    start_urls: list[str] = field(default_factory=list)
    site: str | None = None
    base_url: str | None = None
    max_pages: int = 0
    whole_site: bool = False
    recheck: bool = False
    refresh_depth: int | None = None  # None: the profile's, else the REFRESH_DEPTH setting
    workdir: Path = Path("data")
    resume: bool = True
    settings: dict[str, Any] = field(default_factory=dict)
    progress_interval: float = 5.0


@dataclass
class CrawlSummary:
    run_id: str
    status: str
    pages_by_status: Counter
    new_articles: int
    changed_articles: int
    unchanged_articles: int
    stories: int
    errors_by_kind: Counter
    not_articles: Counter
    crawl_seconds: float | None = None  # the Scrapy part alone (fetching), without load and parse

    def table(self) -> str:
        lines = [f"crawl {self.run_id}: {self.status}",
                 f"  pages fetched      {sum(self.pages_by_status.values()):>6}  "
                 + "  ".join(f"{k}:{v}" for k, v in sorted(self.pages_by_status.items())),
                 f"  articles new       {self.new_articles:>6}",
                 f"  articles changed   {self.changed_articles:>6}",
                 f"  articles unchanged {self.unchanged_articles:>6}",
                 f"  stories stored     {self.stories:>6}",
                 f"  errors             {sum(self.errors_by_kind.values()):>6}  "
                 + "  ".join(f"{k}:{v}" for k, v in sorted(self.errors_by_kind.items()))]
        if self.crawl_seconds:
            fetched = sum(self.pages_by_status.values())
            lines.append(f"  fetch time         {self.crawl_seconds:>6.1f} s  ({fetched / self.crawl_seconds:.1f} pages/s)")
        if self.not_articles:
            lines.append("  pages not parsed as articles: "
                         + "  ".join(f"{k}:{v}" for k, v in sorted(self.not_articles.items())))
        return "\n".join(lines)


def crawl_settings(options: CrawlOptions, profile: SiteProfile | None, staging: Path,
                   jobdir: Path | None = None) -> Settings:
    """Project settings, then the profile's, then the command line's; output to `staging`."""
    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    if profile:
        settings.setdict(profile.settings, priority="spider")
    settings.setdict(options.settings, priority="cmdline")
    settings.set("STAGING_DIR", str(staging), priority="cmdline")
    if "PROGRESS_INTERVAL" not in options.settings:
        settings.set("PROGRESS_INTERVAL", options.progress_interval, priority="cmdline")
    if jobdir:
        settings.set("JOBDIR", str(jobdir), priority="cmdline")
    return settings


def _site_key(options: CrawlOptions, start_urls: list[str]) -> str:
    if options.site:
        return options.site
    from urllib.parse import urlsplit

    return urlsplit(start_urls[0]).netloc.replace(":", "_")


def ingest(db_path: Path, staging: Path, run_id: str, *, site: str, profile: SiteProfile | None,
           started_at: datetime, start_urls: list[str], stats: dict[str, Any] | None = None,
           status: str = "finished", settings: dict[str, Any] | None = None) -> CrawlSummary:
    """Load one staging area, parse its new pages, and record the crawl run."""
    con = warehouse_db.connect(db_path)
    try:
        loaded = load_staging(con, staging, run_id)
        # A staging area left by a killed crawl may have been loaded but not parsed: parse all of it.
        page_ids = loaded.staged_page_ids if status == "interrupted" else loaded.new_page_ids
        parsed: ParseStats = parse_pages(con, page_ids, run_id, site=site,
                                         profile=profile.parser_profile() if profile else None,
                                         context_hint=profile.county_context if profile else None)
        by_status = loaded.pages_by_status
        errors = Counter(loaded.fetch_errors)
        errors.update({f"attachment_{k}": v for k, v in parsed.attachments.items() if k in {"failed", "missing"}})
        if loaded.damaged:
            errors["staging_damaged"] += len(loaded.damaged)
        summary = CrawlSummary(run_id, status, by_status, parsed.articles_new, parsed.articles_changed,
                               parsed.articles_unchanged + loaded.unchanged, parsed.stories, errors,
                               parsed.not_articles,
                               (stats or {}).get("elapsed_time_seconds"))
        con.execute("INSERT OR REPLACE INTO crawl_runs VALUES (?, ?, ?, ?, now(), ?, ?, ?, ?, ?, ?, ?, ?, ?)", [
            run_id, site, start_urls, started_at, status, sum(by_status.values()), json.dumps(by_status),
            summary.new_articles, summary.changed_articles, summary.unchanged_articles,
            sum(errors.values()), json.dumps(errors), json.dumps(settings or {}, default=str)])
        mark_loaded(staging, run_id)
        return summary
    finally:
        con.close()


def known_article_urls(db_path: Path) -> set[str]:
    """Articles the warehouse holds, and article pages fetched fine that did not parse as articles:
    neither is fetched again unless `--recheck`."""
    if not db_path.exists():
        return set()
    con = warehouse_db.connect(db_path)
    try:
        rows = con.execute("""
            SELECT url FROM articles
            UNION SELECT url FROM raw_pages WHERE role = 'article' AND status < 400 AND kind = 'ok'
        """).fetchall()
        return {row[0] for row in rows}
    finally:
        con.close()


def _header(headers: dict[str, str], name: str) -> str | None:
    for key, value in headers.items():
        if key.lower() == name:
            return value
    return None


def stored_validators(db_path: Path, cache_dir: Path) -> dict[str, Validators]:
    """ETag / Last-Modified of every URL's latest good version; list page bodies are copied to `cache_dir`
    so that a list page answering 304 can still be paginated."""
    if not db_path.exists():
        return {}
    con = warehouse_db.connect(db_path)
    try:
        rows = con.execute("""
            SELECT url, arg_max(headers::VARCHAR, version), arg_max(role, version), arg_max(sha256, version)
            FROM raw_pages WHERE status = 200 AND kind = 'ok' GROUP BY url
        """).fetchall()
        out: dict[str, Validators] = {}
        for url, headers_json, role, sha in rows:
            headers = json.loads(headers_json or "{}")
            etag, modified = _header(headers, "etag"), _header(headers, "last-modified")
            if not etag and not modified:
                continue
            body_file = None
            if role == "list":
                path = cache_dir / sha
                if not path.exists():
                    body = con.execute("SELECT body FROM raw_pages WHERE url = ? AND sha256 = ? LIMIT 1",
                                       [url, sha]).fetchone()[0]
                    cache_dir.mkdir(parents=True, exist_ok=True)
                    path.write_bytes(body)
                body_file = str(path)
            out[url] = Validators(etag, modified, body_file)
        return out
    finally:
        con.close()


def fetch(settings: Settings, start_urls: list[str], profile: SiteProfile | None, options: CrawlOptions, *,
          known: set[str] | frozenset[str] = frozenset(), validators: dict[str, Validators] | None = None,
          full_walk: bool = False) -> dict[str, Any]:
    """The Scrapy part of a crawl: fetch into the staging area named in `settings`; return Scrapy's stats.

    Runs the Twisted reactor, so it can be called once per process."""
    settings.set("LOG_INSTALL_ROOT_HANDLER", True, priority="cmdline")
    process = CrawlerProcess(settings)
    crawler = process.create_crawler(ArchiveSpider)
    refresh_depth = options.refresh_depth if options.refresh_depth is not None else (
        profile.refresh_depth if profile else None)
    process.crawl(crawler, start_urls=start_urls, profile=profile.__dict__ if profile else None,
                  max_pages=options.max_pages, whole_site=options.whole_site, known_urls=known,
                  recheck=options.recheck, refresh_depth=refresh_depth, full_walk=full_walk,
                  validators=validators or {})
    process.start()
    return crawler.stats.get_stats() if crawler.stats else {}


def run_crawl(options: CrawlOptions, out: TextIO = sys.stderr) -> CrawlSummary:
    profile = load_profile(options.site) if options.site else None
    start_urls = options.start_urls or (profile.absolute_start_urls(options.base_url) if profile else [])
    if not start_urls:
        raise ValueError("nothing to crawl: give --start-url URL or --site NAME")
    site = _site_key(options, start_urls)
    staging_root = options.workdir / "staging" / site

    # A crawl killed earlier left a staging area that was never loaded: load it first (resume).
    leftovers = pending_staging_dirs(staging_root)
    jobdir = options.workdir / "jobs" / site if options.resume else None
    # …and its first walk through the columns is not finished: walk them in full, skipping known articles.
    full_walk = bool(leftovers) or bool(jobdir and jobdir.exists() and any(jobdir.iterdir()))
    for leftover in leftovers:
        print(f"loading staging left by an interrupted crawl: {leftover.name}", file=out)
        ingest(options.db, leftover, leftover.name, site=site, profile=profile, started_at=datetime.now(timezone.utc),
               start_urls=start_urls, status="interrupted")

    run_id = new_run_id("crawl")
    staging = staging_root / run_id
    settings = crawl_settings(options, profile, staging, jobdir)
    known = set() if options.recheck else known_article_urls(options.db)
    validators = stored_validators(options.db, options.workdir / "cache" / site / "lists")
    started_at = datetime.now(timezone.utc)

    stats = fetch(settings, start_urls, profile, options, known=known, validators=validators, full_walk=full_walk)
    reason = stats.get("finish_reason", "finished")
    if jobdir and reason == "finished":
        # The job finished: its request queue and seen-set must not suppress next week's refresh.
        shutil.rmtree(jobdir, ignore_errors=True)
    return ingest(options.db, staging, run_id, site=site, profile=profile, started_at=started_at,
                  start_urls=start_urls, stats=stats, status=str(reason),
                  settings={k: settings.get(k) for k in ("CONCURRENT_REQUESTS_PER_DOMAIN", "DOWNLOAD_DELAY",
                                                         "AUTOTHROTTLE_ENABLED", "ROBOTSTXT_OBEY")})
