"""Scheduled refresh: incremental crawl of the configured sites, processing of the new stories, a snapshot for
readers, and a short report of what is new. One refresh at a time (a lock file); everything goes to a log file.

Each site is crawled by `python -m crawler crawl --site NAME` in its own process, so one site's crash cannot
take the others down; a failed site makes the refresh exit non-zero but the others are still processed.
"""
from __future__ import annotations

import fcntl
import os
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TextIO

from warehouse import db as warehouse_db
from warehouse.runs import new_run_id, record_run

WRITE_WAIT_SECONDS = 600.0


class RefreshLocked(warehouse_db.WarehouseError):
    """Another refresh holds the lock."""


@dataclass
class SiteOutcome:
    site: str
    returncode: int
    seconds: float
    last_lines: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.returncode == 0


@dataclass
class RefreshReport:
    run_id: str
    sites: list[SiteOutcome]
    new_articles: int = 0
    changed_articles: int = 0
    stories_processed: int = 0
    new_units: list[str] = field(default_factory=list)
    labels: Counter = field(default_factory=Counter)
    snapshot: Path | None = None

    @property
    def failed_sites(self) -> list[str]:
        return [s.site for s in self.sites if not s.ok]

    def text(self) -> str:
        lines = [f"refresh {self.run_id}: " + ("ok" if not self.failed_sites else
                                                 f"FAILED for {', '.join(self.failed_sites)}")]
        for s in self.sites:
            lines.append(f"  site {s.site:<16} {'ok' if s.ok else f'exit {s.returncode}'}  ({s.seconds:.0f} s)")
            if not s.ok:
                lines += [f"      {line}" for line in s.last_lines]
        lines.append(f"  new articles       {self.new_articles:>6}")
        lines.append(f"  changed articles   {self.changed_articles:>6}")
        lines.append(f"  stories processed  {self.stories_processed:>6}")
        shown = ", ".join(self.new_units[:10]) + (" …" if len(self.new_units) > 10 else "")
        lines.append(f"  new units          {len(self.new_units):>6}" + (f"  {shown}" if shown else ""))
        if self.labels:
            lines.append("  labels on new stories: " + "  ".join(f"{k} {v}" for k, v in self.labels.most_common()))
        if self.snapshot:
            lines.append(f"  snapshot for readers: {self.snapshot}")
        return "\n".join(lines)


def lock_path(db: Path) -> Path:
    return db.with_name(db.name + ".refresh.lock")


@contextmanager
def refresh_lock(path: Path) -> Iterator[None]:
    """Hold an exclusive, non-blocking lock; the kernel drops it when the process dies, so no stale locks."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(path, "a+", encoding="utf-8")
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            handle.seek(0)
            holder = handle.read().strip() or "unknown process"
            raise RefreshLocked(f"another refresh is running ({holder}; lock {path}); not starting a second one")
        handle.seek(0)
        handle.truncate()
        handle.write(f"pid {os.getpid()} since {datetime.now(timezone.utc):%Y-%m-%d %H:%M:%S} UTC\n")
        handle.flush()
        yield
    finally:
        handle.close()


def configured_sites() -> list[str]:
    from crawler.profiles import available

    return available()


def crawl_site(site: str, db: Path, log: TextIO, *, workdir: Path, extra_args: list[str]) -> SiteOutcome:
    command = [sys.executable, "-m", "crawler", "crawl", "--site", site, "--db", str(db), "--workdir", str(workdir),
               "--quiet", *extra_args]
    log.write(f"$ {' '.join(command)}\n")
    log.flush()
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True)
    log.write(result.stdout + result.stderr)
    log.flush()
    tail = [line for line in (result.stderr or result.stdout).splitlines() if line.strip()][-3:]
    return SiteOutcome(site, result.returncode, time.monotonic() - started, tail)


def refresh(db: Path, sites: list[str], log: TextIO, *, workdir: Path = Path("data"), with_labels: bool = True,
            crawl_args: list[str] | None = None) -> RefreshReport:
    """Crawl each site, process what is new, publish the snapshot; the caller holds the refresh lock."""
    run_id = new_run_id("refresh")
    started = datetime.now(timezone.utc)
    log.write(f"== {run_id} started {started:%Y-%m-%d %H:%M:%S} UTC; sites: {', '.join(sites) or '(none)'}\n")
    outcomes = [crawl_site(site, db, log, workdir=workdir, extra_args=crawl_args or []) for site in sites]
    report = RefreshReport(run_id, outcomes)
    con = warehouse_db.connect(db, wait=WRITE_WAIT_SECONDS)
    try:
        from warehouse.pipeline import process

        process_run, stats = process(con, with_labels=with_labels, kind="process")
        report.stories_processed = stats.stories
        report.labels = stats.labels
        report.new_units = [r[0] for r in con.execute(
            "SELECT canonical FROM units WHERE first_seen_run = ? ORDER BY mentions DESC, canonical",
            [process_run]).fetchall()]
        new, changed = con.execute("""
            SELECT coalesce(sum(new_articles), 0), coalesce(sum(changed_articles), 0)
            FROM crawl_runs WHERE started_at >= ?
        """, [started.replace(tzinfo=None)]).fetchone()
        report.new_articles, report.changed_articles = int(new), int(changed)
        record_run(con, run_id, "refresh", started, "finished" if not report.failed_sites else "failed",
                   {"process_run": process_run, **stats.versions},
                   {"sites": {o.site: o.returncode for o in outcomes}, "new_articles": report.new_articles,
                    "changed_articles": report.changed_articles, "stories": stats.stories,
                    "new_units": len(report.new_units), "labels": dict(stats.labels)})
        report.snapshot = warehouse_db.publish_snapshot(con, db)
    finally:
        con.close()
    log.write(report.text() + "\n")
    log.flush()
    return report


def default_log(db: Path) -> Path:
    return db.parent / "logs" / "refresh.log"

