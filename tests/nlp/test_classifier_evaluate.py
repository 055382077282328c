"""`python -m nlp.classifier.evaluate`: per-label scores and the held-out mode."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from nlp.classifier.annotations import AnnotatedStory, AnnotationError
from nlp.classifier.evaluate import held_out_predictions, main, score_labels
from nlp.classifier.taxonomy import load_taxonomy
from nlp.classifier.train import load_training_set, training_files

TAXONOMY = load_taxonomy()
HELD_OUT_DIR = Path(__file__).resolve().parents[2] / "nlp" / "data" / "heldout"
HELD_OUT = HELD_OUT_DIR / "stories.jsonl"


def test_score_labels_counts_precision_and_recall_per_label() -> None:
    gold = [["cleanup"], ["cleanup", "meeting"], []]
    found = [["cleanup"], ["meeting"], ["cleanup"]]
    scores = {s.label: s for s in score_labels(["cleanup", "meeting"], gold, found)}
    assert (scores["cleanup"].precision, scores["cleanup"].recall) == (0.5, 0.5)
    assert (scores["meeting"].precision, scores["meeting"].recall, scores["meeting"].support) == (1.0, 1.0, 1)


def test_held_out_stories_must_not_be_in_the_training_data() -> None:
    training = load_training_set(TAXONOMY, training_files())[:20]
    with pytest.raises(AnnotationError, match=training[0].id):
        held_out_predictions(TAXONOMY, training, training[:1])


@pytest.mark.parametrize("name, at_least", [("stories.jsonl", 80), ("blind_gold_stories.jsonl", 200)])
def test_the_held_out_sets_share_no_story_with_the_training_data(name: str, at_least: int) -> None:
    training = load_training_set(TAXONOMY, training_files())
    held_out = load_training_set(TAXONOMY, [HELD_OUT_DIR / name])
    assert len(held_out) >= at_least
    assert not {s.id for s in training} & {s.id for s in held_out}
    assert not {s.text for s in training} & {s.text for s in held_out}


def test_test_mode_prints_scores_for_the_given_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    labelled = tmp_path / "labelled"
    labelled.mkdir()
    stories = load_training_set(TAXONOMY, training_files())
    train, test = stories[::4], stories[1::40]
    (labelled / "train.jsonl").write_text("".join(_line(s) for s in train), encoding="utf-8")
    (tmp_path / "test.jsonl").write_text("".join(_line(s) for s in test), encoding="utf-8")
    assert main(["--labelled", str(labelled), "--test", str(tmp_path / "test.jsonl")]) == 0
    out = capsys.readouterr().out
    assert f"trained on {len(train)} labelled stories; scored on {len(test)} held-out stories" in out
    assert out.count("macro-F1") == 2


def _line(story: AnnotatedStory) -> str:
    return json.dumps({"id": story.id, "title": story.title, "text": story.text, **story.labels},
                      ensure_ascii=False) + "\n"
