"""Resume: a crawl killed with SIGKILL midway and started again ends with every article exactly once."""
from __future__ import annotations

import json
import signal
import subprocess
import time

from urllib.parse import urlsplit

import duckdb
import pytest

from crawler.staging import read_staging
from tests.crawler.faultserver import ROOT, FaultServer, Site, crawl_command, php_column, run_cli

pytestmark = pytest.mark.slow  # two real crawls, one of them killed: ~25 s

LIST = "/article/lists/45.html"


def test_sigkill_then_restart_stores_every_article_once(tmp_path):
    site = Site()
    paths = php_column(site, 30, per_page=6, delay=0.25)  # a slow site: ~4 s of article fetching
    with FaultServer(site) as server:
        command = crawl_command(tmp_path, "--start-url", server.url + LIST)
        proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 60
        while sum(r in paths for r in server.requests) < 10:
            assert proc.poll() is None, "the crawl ended before it could be killed"
            assert time.monotonic() < deadline, "the crawl did not get going"
            time.sleep(0.05)
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        first_run = [r for r in server.requests if r in paths]
        assert len(first_run) < len(paths)
        stored = {urlsplit(r["url"]).path for area in (tmp_path / "work" / "staging").glob("*/*")
                  for r in read_staging(area).records if r.get("record") == "page" and r["role"] == "article"}
        assert stored

        server.requests.clear()
        again = run_cli(tmp_path, "--start-url", server.url + LIST)
        assert again.returncode == 0, again.stderr
        second_run = [r for r in server.requests if r in paths]

    con = duckdb.connect(str(tmp_path / "w.duckdb"), read_only=True)
    urls = [row[0] for row in con.execute("SELECT url FROM articles").fetchall()]
    assert sorted(urls) == sorted(server.url + p for p in paths)
    assert con.execute("SELECT count(*) FROM stories").fetchone()[0] == len(paths)
    assert con.execute("SELECT count(*) FROM raw_pages WHERE role = 'article'").fetchone()[0] == len(paths)
    # What the killed crawl had stored was not fetched again; only what was in flight may be.
    assert not stored & set(second_run)
    assert sorted(stored | set(second_run)) == sorted(paths)
    assert len(set(second_run)) == len(second_run)
    statuses = [row[0] for row in con.execute("SELECT status FROM crawl_runs ORDER BY started_at").fetchall()]
    assert statuses == ["interrupted", "finished"]
    first = con.execute("SELECT new_articles, pages_by_status FROM crawl_runs WHERE status = 'interrupted'").fetchone()
    assert first[0] >= 1 and json.loads(first[1])["200"] >= 1
    con.close()
