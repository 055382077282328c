"""Migrations upgrade a warehouse built by the first schema version in place; the dictionary does not drift."""
from __future__ import annotations

from pathlib import Path

import duckdb

from tests.warehouse import builders
from warehouse import data_dictionary
from warehouse import db as warehouse_db
from warehouse.schema import LATEST_VERSION, MIGRATIONS

ROOT = Path(__file__).resolve().parents[2]


def _first_version_warehouse(path: Path) -> None:
    """Exactly what the first release created: migration 1 and its record, nothing else."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    con.execute(MIGRATIONS[0].sql)
    con.execute("INSERT INTO schema_migrations (version, name) VALUES (1, ?)", [MIGRATIONS[0].name])
    articles = [builders.article_row("a1", builders.STORIES["a1"][0])]
    con.execute("INSERT INTO articles BY NAME SELECT * FROM (SELECT ?::VARCHAR AS article_id, ? AS url, "
                         "'demo' AS site, ['工作简报'] AS column_path, '标题' AS title, DATE '2021-01-19' AS "
                         "published_date, 'page-a1' AS page_id)", [articles[0]["article_id"], articles[0]["url"]])
    con.execute("INSERT INTO stories (story_id, article_id, seq, text, words) VALUES (?, ?, 1, '志愿者清理垃圾', "
                "'志愿者 清理 垃圾')", [articles[0]["article_id"] + ":1", articles[0]["article_id"]])
    con.execute("INSERT INTO unit_mentions VALUES (?, 0, 2, 'x', '富源县中安街道', 'township', NULL, 'praised', 'v', 'r')",
                [articles[0]["article_id"] + ":1"])
    con.close()


def test_migrate_upgrades_a_first_version_warehouse_without_losing_data(tmp_path, capsys):
    from warehouse.cli import main

    path = tmp_path / "v1.duckdb"
    _first_version_warehouse(path)
    assert main(["--db", str(path), "migrate"]) == 0
    assert f"schema at v{LATEST_VERSION}" in capsys.readouterr().out
    con = duckdb.connect(str(path), read_only=True)
    assert [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()] == \
        list(range(1, LATEST_VERSION + 1))
    assert con.execute("SELECT count(*) FROM articles").fetchone() == (1,)
    assert con.execute("SELECT story_title, text, campaign FROM v_stories").fetchone() == ("标题", "志愿者清理垃圾", False)
    assert con.execute("SELECT unit, praised_stories FROM v_unit_stance").fetchone() == ("富源县中安街道", 1)
    assert con.execute("SELECT count(*) FROM stories WHERE has_word(words, '清理')").fetchone() == (1,)
    con.close()
    # Migrating again changes nothing.
    con = warehouse_db.connect(path)
    assert warehouse_db.migrate(con) == []
    con.close()


def test_data_dictionary_matches_the_schema():
    con = data_dictionary.schema_connection()
    assert data_dictionary.undocumented(con) == []
    committed = (ROOT / "docs" / "data_dictionary.md").read_text(encoding="utf-8")
    assert committed == data_dictionary.render(con), \
        "docs/data_dictionary.md is stale: run `python -m warehouse dictionary`"
    for view in ("v_stories", "v_unit_activity", "v_counts", "v_coverage", "v_attention", "v_unit_stance", "units"):
        assert f"### {view}" in committed


def test_dictionary_has_no_descriptions_for_columns_that_do_not_exist():
    con = data_dictionary.schema_connection()
    actual = {r.name: {c.name for c in r.columns} for r in data_dictionary.relations(con)}
    data = data_dictionary.descriptions()
    for kind in ("tables", "views"):
        for name, entry in data[kind].items():
            assert name in actual, f"{kind}.{name} described but not in the schema"
            stray = set(entry.get("columns", {})) - actual[name]
            assert not stray, f"{name}: described columns not in the schema: {stray}"
