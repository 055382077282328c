"""The `crawl` command line: options, one-line errors, the progress line and the summary table."""
from __future__ import annotations

import subprocess
from collections import Counter

import pytest

from crawler.cli import _settings, main
from crawler.progress import ProgressReporter
from crawler.run import CrawlSummary
from tests.crawler.faultserver import FAST, ROOT, FaultServer, Site, php_column


def test_set_values_are_typed():
    assert _settings(["DOWNLOAD_DELAY=0.5", "RETRY_TIMES=3", "ROBOTSTXT_OBEY=false", "USER_AGENT=x=y"]) == {
        "DOWNLOAD_DELAY": 0.5, "RETRY_TIMES": 3, "ROBOTSTXT_OBEY": False, "USER_AGENT": "x=y"}
    with pytest.raises(ValueError, match="NAME=VALUE"):
        _settings(["DOWNLOAD_DELAY"])


def test_errors_are_one_line_and_exit_2(tmp_path, capsys):
    assert main(["crawl", "--db", str(tmp_path / "w.duckdb"), "--workdir", str(tmp_path)]) == 2
    assert capsys.readouterr().err.strip() == "crawl: nothing to crawl: give --start-url URL or --site NAME"
    assert main(["crawl", "--site", "nosuch", "--db", str(tmp_path / "w.duckdb")]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("crawl: no site profile 'nosuch'") and "\n" not in err


class _Stats:
    """Scrapy's stats interface (get_value) over a plain dict."""

    def __init__(self, values: dict) -> None:
        self.values = values

    def get_value(self, key, default=None):
        return self.values.get(key, default)


def test_progress_line():
    stats = _Stats({"response_received_count": 42, "scheduler/enqueued": 60, "scheduler/dequeued": 50,
                    "bulletin/failures": 2, "bulletin/http_errors": 1})
    assert ProgressReporter(stats, 1.0).line() == "crawl: 42 fetched, 10 queued, 3 errors"


def test_summary_table():
    summary = CrawlSummary("crawl-1", "finished", Counter({"200": 140, "404": 3, "304": 2}), 120, 1, 4, 278,
                           Counter({"timeout": 1, "http_404": 3}), Counter({"index_page": 2}))
    table = summary.table()
    assert "pages fetched         145  200:140  304:2  404:3" in table
    assert "articles new          120" in table and "stories stored        278" in table
    assert "errors                  4  http_404:3  timeout:1" in table


@pytest.mark.slow
def test_progress_lines_during_a_crawl(tmp_path):
    site = Site()
    php_column(site, 6, per_page=6, delay=0.4)
    with FaultServer(site) as server:
        result = subprocess.run(
            [".venv/bin/python", "-m", "crawler", "crawl", "--db", str(tmp_path / "w.duckdb"), "--workdir",
             str(tmp_path), *FAST, "--set", "PROGRESS_INTERVAL=0.3", "--start-url", server.url + "/article/lists/45.html"],
            cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert any(line.startswith("crawl: ") and " fetched, " in line for line in result.stderr.splitlines())
    assert "articles new            6" in result.stdout
