"""The end-of-run summary a researcher reads first: what is in the warehouse, by column and year."""
from __future__ import annotations

import duckdb

EXAMPLE_SQL = """SELECT month, sum(value) AS volunteers FROM v_counts
WHERE object LIKE '%志愿者%' GROUP BY month ORDER BY month;"""


def render_table(rows: list[tuple], headers: list[str]) -> str:
    """Rows as an aligned text table (CJK counted as two columns), as `summary` and `query` print them."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [max([_width(h)] + [_width(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(_pad(h, w) for h, w in zip(headers, widths))]
    lines += ["  ".join(_pad(c, w) for c, w in zip(row, widths)) for row in cells]
    return "\n".join("  " + line.rstrip() for line in lines)


def _width(text: str) -> int:
    # CJK characters take two terminal columns.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _width(text))


def _has(con: duckdb.DuckDBPyConnection, name: str) -> bool:
    return con.execute("SELECT count(*) FROM information_schema.tables WHERE table_name = ?", [name]).fetchone()[0] > 0


def summary(con: duckdb.DuckDBPyConnection, top_units: int = 10) -> str:
    parts = []
    totals = con.execute("""
        SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM stories),
               (SELECT count(*) FROM raw_pages), (SELECT count(*) FROM failures),
               (SELECT count(*) FROM date_mentions), (SELECT count(*) FROM count_mentions),
               (SELECT count(*) FROM unit_mentions), (SELECT count(*) FROM story_labels)
    """).fetchone()
    parts.append(f"{totals[0]} articles, {totals[1]} stories, {totals[2]} raw pages, {totals[3]} failures recorded; "
                 f"{totals[4]} dates, {totals[5]} counts, {totals[6]} unit mentions, {totals[7]} labels")
    rows = con.execute("""
        SELECT coalesce(column_path[-1], '(no column)') AS column_name, year(published_date) AS year,
               count(DISTINCT article_id) AS articles, count(s.story_id) AS stories
        FROM articles a LEFT JOIN stories s USING (article_id)
        GROUP BY ALL ORDER BY column_name, year
    """).fetchall()
    parts.append("Articles and stories per column and year\n" + render_table(rows, ["column", "year", "articles", "stories"]))
    rows = con.execute(f"""
        SELECT canonical, any_value(type) AS type, count(*) AS mentions, count(DISTINCT story_id) AS stories
        FROM unit_mentions WHERE type <> 'person' GROUP BY canonical ORDER BY mentions DESC, canonical LIMIT {int(top_units)}
    """).fetchall()
    parts.append("Most-mentioned units\n" + render_table(rows, ["unit", "type", "mentions", "stories"]))
    rows = con.execute("""
        SELECT head, label, count(*) AS stories FROM story_labels GROUP BY ALL ORDER BY head, stories DESC
    """).fetchall()
    parts.append("Story labels\n" + render_table(rows, ["head", "label", "stories"]))
    rows = con.execute("""
        SELECT status, count(*) AS months, sum(listed) AS listed, sum(harvested) AS harvested,
               sum(failed) AS failed, sum(not_fetched) AS not_fetched
        FROM v_coverage GROUP BY status ORDER BY status
    """).fetchall() if _has(con, "v_coverage") else []
    if rows:
        parts.append("Coverage by site, column and month (v_coverage: a gap is missing pages, not inactivity)\n"
                     + render_table(rows, ["status", "months", "listed", "harvested", "failed", "not fetched"]))
    rows = con.execute("""
        SELECT stage, kind, count(*) AS n FROM failures GROUP BY ALL ORDER BY n DESC, stage, kind
    """).fetchall()
    if rows:
        parts.append("Failures (each is a row in `failures` with its reason)\n" + render_table(rows, ["stage", "kind", "rows"]))
    parts.append("Try next:\n  make kwic TERM=志愿者   (keyword in context)\n"
                 "  make sql   (or: python -m warehouse query \"…\"; docs/queries.sql has ten worked queries)\n" +
                 "\n".join("  " + line for line in EXAMPLE_SQL.splitlines()))
    return "\n\n".join(parts)
