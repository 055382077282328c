"""The extractor snapshot and its diff against the gold (`nlp.evaluation.snapshot`), on a gold file of our own."""
from __future__ import annotations

import copy
import json

import pytest

from nlp.evaluation.snapshot import diff, main, take
from nlp.gold.load import load_gold
from nlp.segment import make_tokenizer

STORY = """## t-001 | 云南省曲靖市富源县 | 2021-01-19
[[1月2日|d|2021-01-02|partial]]，[[县公安局|u|富源县公安局|government]]组织清理垃圾[[50余袋|c|50|1|袋|垃圾]]。
"""


@pytest.fixture(scope="module")
def gold_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("gold") / "bulletins_t.txt"
    path.write_text(STORY, encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def snapshot(gold_file, tmp_path_factory):
    return take(load_gold([gold_file]), None, make_tokenizer(tmp_path_factory.mktemp("jieba-cache")))


def test_a_snapshot_holds_the_extractors_mentions_by_story(snapshot) -> None:
    story = snapshot["t-001"]
    assert [(m["text"], m["canonical"]) for m in story["units"]] == [("县公安局", "富源县公安局")]
    assert [(m["text"], m["value"]) for m in story["dates"]] == [("1月2日", "2021-01-02")]
    assert [(m["text"], m["object"]) for m in story["counts"]] == [("50余袋", "垃圾")]


def test_the_diff_tells_mentions_moved_to_and_away_from_the_gold(gold_file, snapshot, capsys) -> None:
    worse = copy.deepcopy(snapshot)
    worse["t-001"]["units"][0]["canonical"] = "县公安局"  # the gold mention lost, a wrong one gained
    worse["t-001"]["counts"] = []
    stories = load_gold([gold_file])
    assert diff(stories, None, snapshot, worse) == {"-": 2, "ng+": 1}
    printed = capsys.readouterr().out
    assert "- " in printed and "【县公安局】" in printed and "bulletin gold: +0 -2; outside the gold: +1 -0" in printed
    assert diff(stories, None, worse, snapshot) == {"+": 2, "ng-": 1}
    assert diff(stories, None, snapshot, snapshot) == {}


def test_the_command_writes_and_compares_snapshots(gold_file, tmp_path, capsys) -> None:
    out = tmp_path / "snap.json"
    assert main(["write", str(out), "--no-shared", "--gold", str(gold_file)]) == 0
    assert set(json.loads(out.read_text(encoding="utf-8"))) == {"t-001"}
    assert main(["diff", str(out), str(out), "--gold", str(gold_file)]) == 0
    assert "bulletin gold: +0 -0; outside the gold: +0 -0" in capsys.readouterr().out
    assert main(["diff", str(out), str(tmp_path / "missing.json"), "--gold", str(gold_file)]) == 2
    assert "missing.json: cannot be read" in capsys.readouterr().err
