"""Scrapy settings for bulletin-miner: polite defaults for government sites.

Site profiles (`crawler/sites/*.toml`) and command-line options override these per crawl.
"""

BOT_NAME = "bulletin-miner"
SPIDER_MODULES = ["crawler.spiders"]
NEWSPIDER_MODULE = "crawler.spiders"

# --- Identity -------------------------------------------------------------------------------------------
# Say who we are and how to reach us. Set CONTACT before crawling a real site.
CONTACT = "research-contact@example.org"
USER_AGENT = f"bulletin-miner/0.1 (academic research archive; +mailto:{CONTACT})"

# --- Politeness -----------------------------------------------------------------------------------------
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 0.5
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
COOKIES_ENABLED = False
TELNETCONSOLE_ENABLED = False

# --- Robustness -----------------------------------------------------------------------------------------
DOWNLOAD_TIMEOUT = 30
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Wait 1 s, 2 s, 4 s … (at most RETRY_BACKOFF_MAX) before each retry of the same request.
RETRY_BACKOFF_BASE = 1.0
RETRY_BACKOFF_MAX = 60.0
# Failures are recorded and summed up at the end; no ERROR line per request that gave up.
RETRY_GIVE_UP_LOG_LEVEL = "INFO"
DOWNLOADER_MIDDLEWARES = {
    "crawler.middlewares.StayOnSiteMiddleware": 50,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "crawler.middlewares.HostConcurrencyMiddleware": 950,
}
REDIRECT_MAX_TIMES = 10
# Government pages are small; anything this large is a mistake or a trap. Attachments get their own cap.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 8 * 1024 * 1024
ATTACHMENT_MAXSIZE = 32 * 1024 * 1024

# --- Output ---------------------------------------------------------------------------------------------
# The crawl writes a staging area that the warehouse bulk-loads afterwards (DuckDB has one writer).
ITEM_PIPELINES = {"crawler.pipelines.StagingPipeline": 300}
# The staging pipeline is synchronous and quick; Scrapy's default (100) starts 100 tasks per response.
CONCURRENT_ITEMS = 8
EXTENSIONS = {"crawler.progress.ProgressReporter": 500}
PROGRESS_INTERVAL = 5.0
LOG_LEVEL = "WARNING"

# --- Crawl shape ----------------------------------------------------------------------------------------
DEPTH_LIMIT = 0
# Link traps (calendars, endless pagers) end in three ways: list pages that bring no new article links stop
# their pagination chain after LIST_EMPTY_LIMIT pages; a column never has more than MAX_LIST_PAGES list
# pages; a whole-site crawl never opens more than MAX_COLUMNS columns.
LIST_EMPTY_LIMIT = 2
MAX_LIST_PAGES = 2000
MAX_COLUMNS = 500
# How many list pages in a row may bring nothing new before an incremental crawl stops paginating.
REFRESH_DEPTH = 1
FEED_EXPORT_ENCODING = "utf-8"
# No listening ports during a crawl (Scrapy's remote-control and telnet consoles).
REMOTE_CONTROL_ENABLED = False
