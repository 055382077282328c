"""The `units` registry: one row per canonical unit name, rebuilt from `unit_mentions` after processing.

`first_seen_run` survives rebuilds, so a refresh can say which units appeared for the first time.
"""
from __future__ import annotations

import duckdb

from warehouse.db import transaction


def rebuild_units(con: duckdb.DuckDBPyConnection, run_id: str) -> int:
    """Recompute every unit's counts in one transaction; returns how many units the run saw first."""
    try:
        with transaction(con):
            con.execute("""
                CREATE OR REPLACE TEMP TABLE fresh_units AS
                WITH forms AS (
                    SELECT canonical, text, count(*) AS n FROM unit_mentions
                    WHERE canonical IS NOT NULL GROUP BY ALL
                ), top_forms AS (
                    SELECT canonical, list(text ORDER BY n DESC, text)[1:5] AS surface_forms FROM forms GROUP BY canonical
                )
                SELECT u.canonical, mode(u.type) AS type, any_value(f.surface_forms) AS surface_forms,
                       count(*) AS mentions, count(DISTINCT u.story_id) AS stories,
                       count(DISTINCT s.article_id) AS articles, list(DISTINCT a.site ORDER BY a.site) AS sites,
                       min(a.published_date) AS first_date, max(a.published_date) AS last_date,
                       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'praised') AS praised,
                       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'criticized') AS criticized
                FROM unit_mentions u
                JOIN stories s USING (story_id) JOIN articles a USING (article_id)
                LEFT JOIN top_forms f USING (canonical)
                WHERE u.canonical IS NOT NULL
                GROUP BY u.canonical
            """)
            new = con.execute("""
                SELECT count(*) FROM fresh_units f WHERE f.canonical NOT IN (SELECT canonical FROM units)
            """).fetchone()[0]
            con.execute("""
                CREATE OR REPLACE TEMP TABLE old_units AS SELECT canonical, first_seen_run FROM units
            """)
            con.execute("DELETE FROM units")
            con.execute("""
                INSERT INTO units BY NAME
                SELECT f.*, coalesce(o.first_seen_run, ?) AS first_seen_run, ? AS updated_run
                FROM fresh_units f LEFT JOIN old_units o USING (canonical)
            """, [run_id, run_id])
    finally:
        con.execute("DROP TABLE IF EXISTS fresh_units")
        con.execute("DROP TABLE IF EXISTS old_units")
    return new
