"""`python -m warehouse classify`: every story relabelled by the current model, mentions untouched."""
from __future__ import annotations

import duckdb

from nlp.classifier import load_model
from tests.warehouse import builders
from warehouse import db as warehouse_db
from warehouse.pipeline import classify


def test_classify_replaces_labels_with_the_current_models(small_db):
    con = warehouse_db.connect(small_db)
    units_before = con.execute("SELECT count(*) FROM unit_mentions").fetchone()[0]
    run_id, tally = classify(con)
    model = load_model()
    versions = {v for (v,) in con.execute("SELECT DISTINCT model_version FROM story_labels").fetchall()}
    assert versions == {model.version}  # the test fixture's 'model-test' labels are gone
    assert sum(tally.values()) == con.execute("SELECT count(*) FROM story_labels").fetchone()[0]
    inspected = {lab for (lab,) in con.execute("SELECT label FROM story_labels WHERE story_id = ? AND head = 'action'",
                                               [builders.story_id("a1:2")]).fetchall()}
    assert "inspection" in inspected  # 县督查组暗访…
    assert con.execute("SELECT count(*) FROM unit_mentions").fetchone()[0] == units_before
    assert con.execute("SELECT kind, status FROM runs WHERE run_id = ?", [run_id]).fetchone() == ("classify", "finished")
    con.close()


def test_classify_cli_prints_the_run(small_db, capsys):
    from warehouse.cli import main

    assert main(["--db", str(small_db), "classify"]) == 0
    out = capsys.readouterr().out
    assert "labels on 4 stories" in out
    con = duckdb.connect(str(small_db), read_only=True)
    assert con.execute("SELECT count(DISTINCT story_id) FROM story_labels").fetchone()[0] >= 3
