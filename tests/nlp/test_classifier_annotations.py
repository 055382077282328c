"""Annotation files in (project JSONL, doccano, Label Studio) and Cohen's kappa."""
from __future__ import annotations

import json

import pytest

from nlp.classifier.agreement import agreement, cohen_kappa, main as agreement_main
from nlp.classifier.annotations import AnnotationError, read_annotations
from nlp.classifier.taxonomy import load_taxonomy
from nlp.classifier.train import LABELLED_DIR, load_training_set, training_files

TAXONOMY = load_taxonomy()


def test_kappa_on_a_known_case():
    # observed agreement 0.75, chance agreement 0.5 → kappa 0.5
    assert cohen_kappa([True, True, False, False], [True, False, False, False]) == pytest.approx(0.5)
    assert cohen_kappa([True, False], [True, False]) == pytest.approx(1.0)
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)


def test_kappa_refuses_mismatched_codings():
    with pytest.raises(ValueError):
        cohen_kappa([True], [True, False])


def write_jsonl(path, rows):
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


def test_agreement_matches_stories_by_id(tmp_path, capsys):
    a = write_jsonl(tmp_path / "a.jsonl", [
        {"id": "1", "title": "t", "text": "召开会议", "action": ["meeting"], "theme": []},
        {"id": "2", "title": "t", "text": "检查公厕", "action": ["inspection"], "theme": ["toilets"]},
        {"id": "3", "title": "t", "text": "只在A中", "action": [], "theme": []}])
    b = write_jsonl(tmp_path / "b.jsonl", [
        {"story_id": "2", "text": "检查公厕", "label": ["action:inspection", "theme:toilets"]},
        {"story_id": "1", "text": "召开会议", "label": ["action:inspection"]}])
    result = agreement(TAXONOMY, read_annotations(a, TAXONOMY), read_annotations(b, TAXONOMY))
    assert result.shared == 2
    assert result.per_label["theme:toilets"] == pytest.approx(1.0)
    assert result.per_label["action:meeting"] == pytest.approx(0.0)
    assert agreement_main([str(a), str(b)]) == 0
    assert "2 stories annotated in both files" in capsys.readouterr().out


def test_doccano_export_with_title_on_first_line(tmp_path):
    path = write_jsonl(tmp_path / "doccano.jsonl", [
        {"id": 7, "story_id": "s-1", "title": "镇召开推进会", "text": "镇召开推进会\n4月1日，镇召开推进会。",
         "label": ["action:meeting", "theme:markets"]}])
    [story] = read_annotations(path, TAXONOMY)
    assert story.id == "s-1" and story.text == "4月1日，镇召开推进会。"
    assert story.labels == {"action": ("meeting",), "theme": ("markets",)}


def test_label_studio_json_export(tmp_path):
    task = {"id": 11, "data": {"story_id": "s-9", "title": "暗访", "text": "对公厕开展暗访。"},
            "annotations": [{"was_cancelled": False, "result": [
                {"from_name": "action", "to_name": "text", "type": "choices", "value": {"choices": ["inspection"]}},
                {"from_name": "theme", "to_name": "text", "type": "choices", "value": {"choices": ["toilets"]}}]}]}
    path = tmp_path / "ls.json"
    path.write_text(json.dumps([task], ensure_ascii=False), encoding="utf-8")
    [story] = read_annotations(path, TAXONOMY)
    assert story.id == "s-9"
    assert story.labels == {"action": ("inspection",), "theme": ("toilets",)}


def test_label_studio_csv_export(tmp_path):
    path = tmp_path / "ls.csv"
    path.write_text('story_id,title,text,action,theme\n'
                    's-3,标题,"清理垃圾5吨。",cleanup,"{""choices"": [""garbage""]}"\n'
                    's-4,标题,召开会议。,"meeting,publicity",\n', encoding="utf-8")
    stories = read_annotations(path, TAXONOMY)
    assert [s.labels for s in stories] == [{"action": ("cleanup",), "theme": ("garbage",)},
                                          {"action": ("meeting", "publicity"), "theme": ()}]


def test_unknown_label_names_file_and_line(tmp_path):
    path = write_jsonl(tmp_path / "bad.jsonl", [{"id": "1", "text": "x", "action": ["nonsense"]}])
    with pytest.raises(AnnotationError, match=r"bad.jsonl:1.*nonsense"):
        read_annotations(path, TAXONOMY)


def test_project_labelled_data_follows_the_taxonomy():
    stories = load_training_set(TAXONOMY, training_files())
    assert len(stories) >= 300
    assert len({s.id for s in stories}) == len(stories)
    unrelated = [s for s in stories if not s.labels["theme"]]
    assert len(unrelated) >= 50, "needs stories outside the campaign"
    for head in TAXONOMY.heads:
        for label in head.labels:
            assert sum(label.key in s.labels[head.key] for s in stories) >= 20, label.qualified
    assert len(list(LABELLED_DIR.glob("*.jsonl"))) >= 3
