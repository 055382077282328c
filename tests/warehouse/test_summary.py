"""The summary a researcher reads first, and the note on an outdated schema."""
from __future__ import annotations

import duckdb

from warehouse import db as warehouse_db
from warehouse.schema import LATEST_VERSION
from warehouse.summary import EXAMPLE_SQL, summary


def test_summary_reports_coverage_and_its_example_query_runs(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    text = summary(con)
    assert "3 articles, 4 stories" in text and "nothing listed" in text and "富源县中安街道" in text
    assert con.execute(EXAMPLE_SQL).fetchall()[0][1] == 200.0


def test_reader_notes_an_outdated_schema(small_db):
    con = duckdb.connect(str(small_db))
    con.execute("DELETE FROM schema_migrations WHERE version = ?", [LATEST_VERSION])
    con.close()
    reader = warehouse_db.open_for_reading(small_db)
    assert reader.note and "make migrate" in reader.note
