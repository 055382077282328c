"""The trained model: pickling, campaign-free stories, CLI bad input, and the label-queue export."""
from __future__ import annotations

import csv
import io
import json
import sys

import duckdb
import joblib
import pytest

from nlp.classifier import cli
from nlp.classifier.annotations import read_annotations
from nlp.classifier.label_queue import main as label_queue_main, read_stories
from nlp.classifier.taxonomy import load_taxonomy
from nlp.classifier.train import fit_on, load_training_set, save_model, training_files
from tests.nlp.taxonomies import RIVER_TAXONOMY

TAXONOMY = load_taxonomy()


@pytest.fixture(scope="module")
def labelled():
    return load_training_set(TAXONOMY, training_files())


def in_training_subset(index: int, story) -> bool:
    """Every third story, and every story outside the campaign (few enough that all are needed)."""
    return index % 3 == 0 or not story.labels["theme"]


@pytest.fixture(scope="module")
def model_path(tmp_path_factory, labelled):
    """A model fitted on a subset of the labelled stories (fast: no threshold tuning)."""
    subset = [s for i, s in enumerate(labelled) if in_training_subset(i, s)]
    model = fit_on(TAXONOMY, subset, digest="0" * 64, tune_thresholds=False)
    return save_model(model, tmp_path_factory.mktemp("model") / "model.joblib")


@pytest.fixture(scope="module")
def model(model_path):
    return joblib.load(model_path)


def test_pickle_round_trip_predicts_identically(model, model_path, labelled, tmp_path):
    stories = [s.as_story() for s in labelled[1:30:3]]
    reloaded = joblib.load(save_model(joblib.load(model_path), tmp_path / "again.joblib"))
    assert reloaded.predict(stories) == model.predict(stories)
    assert model.version == "clf-1+00000000"


def test_held_out_stories_are_mostly_right(model, labelled):
    held_out = [s for i, s in enumerate(labelled) if not in_training_subset(i, s)][::3]
    predictions = model.predict([s.as_story() for s in held_out])
    exact_theme = sum(set(p["theme"]) == set(s.labels["theme"]) for p, s in zip(predictions, held_out))
    assert exact_theme / len(held_out) > 0.6


def test_story_without_campaign_content_gets_no_theme(model):
    [result] = model.predict([{"title": "全县春耕生产有序推进",
                               "text": "眼下正值春耕时节，各乡镇抢抓农时，组织农户翻犁土地、育苗移栽，农技人员深入田间指导。"}])
    assert result["theme"] == []
    assert set(result["scores"]) == set(TAXONOMY.qualified_labels)


def test_empty_and_foreign_stories_get_empty_labels(model):
    empty, english = model.predict([{"title": "", "text": ""}, {"title": "Report", "text": "The council met."}])
    assert empty["action"] == [] and empty["theme"] == [] and "warning" in empty
    assert english["theme"] == [] and "Chinese" in english["warning"]


def run_cli(monkeypatch, capsys, model_path, lines: list[str]) -> tuple[int, list[dict], str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    code = cli.main(["--model", str(model_path), "--batch", "2"])
    captured = capsys.readouterr()
    return code, [json.loads(line) for line in captured.out.splitlines()], captured.err


def test_cli_reports_bad_lines_and_keeps_going(monkeypatch, capsys, model_path):
    long_text = "县爱卫办组织开展暗访督查，检查公厕保洁情况。" * 1200
    lines = [
        json.dumps({"id": "ok", "title": "召开推进会", "text": "5月8日，县召开爱国卫生推进会。"}, ensure_ascii=False),
        "{not json",
        json.dumps({"id": "empty", "title": "", "text": ""}),
        json.dumps({"id": "no-fields"}),
        json.dumps({"id": "number", "text": 42}),
        json.dumps({"id": "english", "text": "Inspection of public toilets."}),
        json.dumps({"id": "long", "title": "", "text": long_text}, ensure_ascii=False),
        json.dumps({"title": "新建公厕3座", "text": ""}, ensure_ascii=False),
    ]
    code, out, err = run_cli(monkeypatch, capsys, model_path, lines)
    assert code == 0
    assert len(out) == len(lines)
    by_id = {row["id"]: row for row in out if row["id"]}
    assert "meeting" in by_id["ok"]["action"]
    assert out[1]["error"].startswith("line 2: not JSON")
    assert "no title and no text" in by_id["empty"]["error"]
    assert "no title and no text" in by_id["no-fields"]["error"]
    assert "must be a string" in by_id["number"]["error"]
    assert by_id["english"]["theme"] == [] and by_id["english"]["warning"]
    assert "inspection" in by_id["long"]["action"]
    assert out[-1]["id"].startswith("sha1-") and "toilets" in out[-1]["theme"]
    assert "4 line(s)" in err


def test_cli_with_a_missing_model_fails_with_one_line(monkeypatch, capsys, tmp_path):
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    assert cli.main(["--model", str(tmp_path / "absent.joblib")]) == 1
    assert capsys.readouterr().err.startswith("classify: cannot load the model")


@pytest.fixture
def warehouse(tmp_path, labelled):
    path = tmp_path / "bulletins.duckdb"
    with duckdb.connect(str(path)) as connection:
        connection.execute("CREATE TABLE stories(story_id VARCHAR, article_id VARCHAR, seq INTEGER, title VARCHAR, text VARCHAR)")
        for i, story in enumerate(labelled[:25]):
            connection.execute("INSERT INTO stories VALUES (?, ?, ?, ?, ?)",
                               [f"st-{i:03d}", f"art-{i // 4}", i % 4, story.title, story.text])
    return path


def test_label_queue_export_is_importable(warehouse, model_path, tmp_path, capsys):
    out = tmp_path / "queue"
    assert label_queue_main(["--n", "6", "--db", str(warehouse), "--out", str(out), "--model", str(model_path)]) == 0
    rows = [json.loads(line) for line in (out / "queue.jsonl").read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 6
    for row in rows:  # doccano text classification: `text` and a `label` list
        assert isinstance(row["text"], str) and row["text"]
        assert isinstance(row["label"], list) and all(TAXONOMY.resolve(l) for l in row["label"])
    uncertainties = [row["uncertainty"] for row in rows]
    assert uncertainties == sorted(uncertainties, reverse=True)
    with (out / "queue.csv").open(encoding="utf-8", newline="") as handle:
        table = list(csv.DictReader(handle))
    assert [r["story_id"] for r in table] == [r["story_id"] for r in rows]
    assert {"story_id", "title", "text"} <= set(table[0])
    config = (out / "label_studio.xml").read_text(encoding="utf-8")
    assert '<Choices name="action"' in config and '<Choices name="theme"' in config
    # What the annotator sends back reads in: the doccano file with the model's labels as the annotation.
    stories = read_annotations(out / "queue.jsonl", TAXONOMY)
    assert [s.id for s in stories] == [r["story_id"] for r in rows]
    original = {s["story_id"]: s for s in read_stories(warehouse)}
    assert all(s.text == original[s.id]["text"] for s in stories)


def test_label_queue_without_warehouse_is_one_line(tmp_path, capsys):
    assert label_queue_main(["--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "q")]) == 1
    assert "cannot read stories" in capsys.readouterr().err


def test_campaign_facility_outside_sanitation_work_gets_no_theme(model):
    # 小吃店 and 农贸市场 are theme keywords, but a fire and price news are not campaign work.
    fire, prices = model.predict([
        {"title": "城区一小吃店凌晨起火", "text": "3日凌晨，城区一小吃店发生火灾，消防救援大队迅速出动将火扑灭，无人员伤亡。"},
        {"title": "节前农贸市场供应充足", "text": "春节临近，各农贸市场蔬菜、肉类供应充足，价格总体平稳，猪肉价格小幅下降。"}])
    assert fire["theme"] == [] and prices["theme"] == []


def test_another_campaign_trains_from_its_own_taxonomy_and_files(tmp_path):
    from nlp.classifier.train import train

    taxonomy = tmp_path / "river.toml"
    taxonomy.write_text(RIVER_TAXONOMY, encoding="utf-8")
    folder = tmp_path / "labelled"
    folder.mkdir()
    rows = []
    for i in range(12):
        patrol, dredge = i % 2 == 0, i % 3 == 0
        text = ("镇河长沿河开展巡河，查看水质。" if patrol else "镇里召开农业生产会议。") + ("组织机械对河道清淤。" if dredge else "")
        rows.append({"id": f"r{i}", "title": "", "text": text,
                     "measure": [k for k, on in (("patrol", patrol), ("dredging", dredge)) if on]})
    (folder / "river.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    model, saved = train(taxonomy_path=taxonomy, out=tmp_path / "river.joblib", labelled=folder)
    assert saved.exists() and saved.with_suffix(".json").exists()
    [result] = joblib.load(saved).predict([{"title": "", "text": "村河长开展巡河，组织人员清淤。"}])
    assert set(result) == {"measure", "scores"}
    assert set(result["scores"]) == {"measure:patrol", "measure:dredging"}
