"""Offline stages over what the warehouse already holds: re-parse raw pages, enrich stories."""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import duckdb

from warehouse.articles import ParseStats, parse_pages, parser_version
from warehouse.process import ProcessStats, process_stories
from warehouse.runs import new_run_id, record_run
from warehouse.units_registry import rebuild_units


def latest_page_ids(con: duckdb.DuckDBPyConnection, roles: tuple[str, ...] = ("article", "attachment")) -> list[str]:
    placeholders = ", ".join("?" for _ in roles)
    return [r[0] for r in con.execute(f"""
        SELECT arg_max(page_id, version) FROM raw_pages WHERE role IN ({placeholders}) GROUP BY url ORDER BY 1
    """, list(roles)).fetchall()]


def site_contexts(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    return dict(con.execute("SELECT site, any_value(county_context) FROM articles GROUP BY site").fetchall())


def reparse(con: duckdb.DuckDBPyConnection, run_id: str, profiles: dict[str, dict] | None = None) -> ParseStats:
    """Parse every URL's latest raw version again (after a parser change); no network."""
    return parse_pages(con, latest_page_ids(con), run_id)


def process(con: duckdb.DuckDBPyConnection, *, everything: bool = False, with_labels: bool = True,
            progress: Callable[[str], None] | None = None, kind: str = "process") -> tuple[str, ProcessStats]:
    run_id = new_run_id(kind)
    started = datetime.now(timezone.utc)
    stats = process_stories(con, run_id, everything=everything, with_labels=with_labels, progress=progress)
    new_units = rebuild_units(con, run_id)
    record_run(con, run_id, kind, started, "finished", stats.versions,
               {"stories": stats.stories, "dates": stats.dates, "counts": stats.counts, "units": stats.units,
                "new_units": new_units, "labels": sum(stats.labels.values()), "failures": stats.failures})
    return run_id, stats


def reprocess(con: duckdb.DuckDBPyConnection, progress: Callable[[str], None] | None = None
              ) -> tuple[str, ParseStats, ProcessStats]:
    run_id = new_run_id("reprocess")
    started = datetime.now(timezone.utc)
    parsed = reparse(con, run_id)
    stats = process_stories(con, run_id, everything=True, progress=progress)
    rebuild_units(con, run_id)
    record_run(con, run_id, "reprocess", started, "finished", {"parser": parser_version(), **stats.versions},
               {"articles": parsed.articles_new + parsed.articles_changed + parsed.articles_unchanged,
                "stories": stats.stories, "failures": stats.failures})
    return run_id, parsed, stats
