"""Offline stages over what the warehouse already holds: re-parse raw pages, enrich stories."""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime, timezone

import duckdb

from warehouse.articles import ParseStats, parse_pages, parser_version
from warehouse.process import FLUSH_SECONDS, ProcessStats, classify_stories, process_stories
from warehouse.runs import new_run_id, record_run
from warehouse.units_registry import rebuild_units


def latest_page_ids(con: duckdb.DuckDBPyConnection, roles: tuple[str, ...] = ("article", "attachment")) -> list[str]:
    placeholders = ", ".join("?" for _ in roles)
    return [r[0] for r in con.execute(f"""
        SELECT arg_max(page_id, version) FROM raw_pages WHERE role IN ({placeholders}) GROUP BY url ORDER BY 1
    """, list(roles)).fetchall()]


def site_contexts(con: duckdb.DuckDBPyConnection) -> dict[str, str | None]:
    return dict(con.execute("SELECT site, any_value(county_context) FROM articles GROUP BY site").fetchall())


def _pages_by_site(con: duckdb.DuckDBPyConnection) -> dict[str | None, list[str]]:
    """Latest page version of every article and attachment URL, grouped by the site its article belongs to."""
    rows = con.execute("""
        WITH latest AS (
            SELECT arg_max(page_id, version) AS page_id, url, arg_max(role, version) AS role,
                   arg_max(referer, version) AS referer
            FROM raw_pages WHERE role IN ('article', 'attachment') GROUP BY url
        ), crawl_site AS (
            SELECT p.page_id, any_value(c.site) AS site FROM raw_pages p JOIN crawl_runs c USING (run_id)
            GROUP BY p.page_id
        )
        SELECT l.page_id, coalesce(a.site, parent.site, cs.site)
        FROM latest l
        LEFT JOIN articles a ON a.url = l.url
        LEFT JOIN articles parent ON parent.url = l.referer AND l.role = 'attachment'
        LEFT JOIN crawl_site cs ON cs.page_id = l.page_id
        ORDER BY 1
    """).fetchall()
    out: dict[str | None, list[str]] = {}
    for page_id, site in rows:
        out.setdefault(site, []).append(page_id)
    return out


def _site_profile(site: str | None):
    if not site:
        return None
    from crawler.profiles import ProfileError, load_profile

    try:
        return load_profile(site)
    except (ProfileError, OSError, ValueError):
        return None     # an ad-hoc crawl (`--start-url`) has no profile: its site is the host name


def reparse(con: duckdb.DuckDBPyConnection, run_id: str) -> ParseStats:
    """Parse every URL's latest raw version again (after a parser change), each with its site's profile and
    county context as the crawl did; no network."""
    contexts = site_contexts(con)
    total = ParseStats()
    for site, page_ids in _pages_by_site(con).items():
        profile = _site_profile(site)
        stats = parse_pages(con, page_ids, run_id, site=site,
                            profile=profile.parser_profile() if profile else None,
                            context_hint=(profile.county_context if profile else None) or contexts.get(site))
        total.articles_new += stats.articles_new
        total.articles_changed += stats.articles_changed
        total.articles_unchanged += stats.articles_unchanged
        total.stories += stats.stories
        total.not_articles.update(stats.not_articles)
        total.http_errors.update(stats.http_errors)
        total.attachments.update(stats.attachments)
    return total


def process(con: duckdb.DuckDBPyConnection, *, everything: bool = False, with_labels: bool = True,
            progress: Callable[[str], None] | None = None, kind: str = "process",
            commit_every: float = FLUSH_SECONDS) -> tuple[str, ProcessStats]:
    run_id = new_run_id(kind)
    started = datetime.now(timezone.utc)
    stats = process_stories(con, run_id, everything=everything, with_labels=with_labels, progress=progress,
                            commit_every=commit_every)
    new_units = rebuild_units(con, run_id)
    record_run(con, run_id, kind, started, "finished", stats.versions,
               {"stories": stats.stories, "dates": stats.dates, "counts": stats.counts, "units": stats.units,
                "new_units": new_units, "labels": sum(stats.labels.values()), "failures": stats.failures})
    return run_id, stats


def classify(con: duckdb.DuckDBPyConnection, progress: Callable[[str], None] | None = None
             ) -> tuple[str, Counter]:
    """Relabel every story with the current classifier and record the run."""
    from nlp.classifier import load_model

    run_id = new_run_id("classify")
    started = datetime.now(timezone.utc)
    model = load_model()
    tally = classify_stories(con, run_id, model, progress=progress)
    record_run(con, run_id, "classify", started, "finished", {"model": model.version},
               {"labels": sum(tally.values()), **{k: v for k, v in sorted(tally.items())}})
    return run_id, tally


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
