"""Scoring, floors and baselines of `nlp.eval_extract`, and one run on the bulletin gold set."""
from __future__ import annotations

import pytest

from nlp.eval_extract import check_floors, format_table, load_floors, main
from nlp.evaluation.baselines import cn2an_counts, jieba_units, jionlp_value
from nlp.evaluation.bulletins import score_system
from nlp.evaluation.scoring import Score, exact, overlapping
from nlp.gold.load import load_gold


def m(start, end, **fields):
    return {"start": start, "end": end, **fields}


def test_exact_matching_counts_span_and_key():
    gold = [m(0, 4, value="2021-01-02"), m(5, 9, value=None)]
    pred = [m(0, 4, value="2021-01-02"), m(5, 9, value="2021-01-05"), m(10, 12, value=None)]
    assert exact(gold, pred) == Score(2, 3, 2)
    scored = exact(gold, pred, lambda x: x["value"])
    assert scored == Score(1, 3, 2)
    assert scored.precision == pytest.approx(1 / 3) and scored.recall == 0.5
    assert scored.f1 == pytest.approx(0.4)


def test_duplicates_are_matched_once():
    assert exact([m(0, 2)], [m(0, 2), m(0, 2)]) == Score(1, 2, 1)


def test_overlap_matching_is_one_to_one():
    gold = [m(0, 10), m(12, 14)]
    assert overlapping(gold, [m(0, 4), m(3, 8), m(13, 20)]) == Score(2, 3, 2)


def test_empty_cases():
    assert Score().f1 == 1.0  # nothing to find and nothing found
    assert Score(0, 3, 0).precision == 0.0
    assert Score(0, 0, 3).recall == 0.0 and Score(0, 0, 3).f1 == 0.0


def test_floors_missed_are_named():
    results = {"bulletins": {"dates.value": {"ours": Score(9, 10, 10)}}}
    assert check_floors(results, {"bulletins": {"dates.value": 0.85}}) == []
    missed = check_floors(results, {"bulletins": {"dates.value": 0.95, "counts.value": 0.5}, "msra_org": {"x": 1}})
    assert len(missed) == 2
    assert "dates.value" in missed[0] and "0.900" in missed[0] and "absent" in missed[1]


def test_pinned_floors_file_is_valid():
    floors = load_floors()
    assert {"bulletins", "peoples_daily_org"} <= set(floors)
    assert all(0 <= v <= 1 for metrics in floors.values() for v in metrics.values())


def test_table_shows_both_systems():
    table = {"dates.value": {"ours": Score(9, 10, 12), "baseline": Score(3, 10, 12)}}
    text = format_table("Demo", "gold vs ours", table)
    assert "0.900 0.750 0.818" in text and "0.300 0.250 0.273" in text and "12" in text


def test_jionlp_values_take_the_project_granularity():
    day = {"type": "time_point", "time": ["2021-01-02 00:00:00", "2021-01-02 23:59:59"]}
    month = {"type": "time_span", "time": ["2021-02-01 00:00:00", "2021-02-28 23:59:59"]}
    year = {"type": "time_span", "time": ["2021-01-01 00:00:00", "2021-12-31 23:59:59"]}
    span = {"type": "time_span", "time": ["2020-12-28 00:00:00", "2021-01-03 23:59:59"]}
    assert [jionlp_value(d) for d in (day, month, year, span)] == [
        "2021-01-02", "2021-02", "2021", "2020-12-28/2021-01-03"]
    assert jionlp_value({"type": "time_delta", "time": {"day": 3}}) is None


def test_cn2an_baseline_reads_numerals_and_multipliers():
    found = cn2an_counts("清理小广告2000余块，两千多人，3.6万吨")
    assert [(c["text"], c["value"], c["approx"]) for c in found] == [
        ("2000余块", 2000, True), ("两千多人", 2000, True), ("3.6万吨", 36000, False)]


def test_jieba_baseline_spans_slice_the_text():
    text = "富源县公安局联合富村镇开展检查"
    for unit in jieba_units(text):
        assert text[unit["start"]:unit["end"]] == unit["text"]


def test_gold_scored_against_itself_is_perfect():
    from dataclasses import asdict

    stories = load_gold()[:20]
    scores = score_system(stories, lambda s: {"dates": [asdict(x) for x in s.dates],
                                              "counts": [asdict(x) for x in s.counts],
                                              "units": [asdict(x) for x in s.units]})
    assert all(score.f1 == 1.0 for score in scores.values())


@pytest.mark.slow
def test_run_without_shared_corpora(capsys):
    code = main(["--no-shared", "--errors", "1"])
    out = capsys.readouterr().out
    assert "Bulletin gold set" in out and "dates.value" in out and "third-party corpora: skipped" in out
    assert "== floors" in out
    assert code in (0, 1) and (code == 1) == ("MISSED" in out)


def test_names_the_contract_leaves_out_of_third_party_gold():
    from nlp.evaluation.shared import _outside_contract
    from nlp.segment import load_toml

    titles = tuple(load_toml("titles.toml")["titles"]) + ("长",)
    text = "县委书记王明远、交通部长李强和《富源日报》记者到富源县医院的外科医生张华家中。"
    entity = {"县委": (0, 2), "交通部": (8, 11), "富源日报": (16, 20), "富源县医院": (24, 29)}
    persons = [{"start": 4, "end": 7, "label": "PER"}, {"start": 12, "end": 14, "label": "PER"},
               {"start": 34, "end": 36, "label": "PER"}]
    row = {"text": text, "entities": persons}
    outside = {name: _outside_contract(row, {"start": s, "end": e}, titles) for name, (s, e) in entity.items()}
    assert {name: text[s:e] for name, (s, e) in entity.items()} == {name: name for name in entity}
    # inside a title, inside 《》: not annotated; a hospital followed by 的 and a job is a unit of its own
    assert outside == {"县委": True, "交通部": True, "富源日报": True, "富源县医院": False}
