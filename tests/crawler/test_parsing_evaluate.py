"""The evaluation gate: scoring rules and the floor check that makes a regression fail."""
from __future__ import annotations

import json

from crawler.parsing.evaluate import (FIELDS, Extracted, GoldPage, Tally, check_floors, evaluate, format_table,
                                      load_real_gold, main, score_page)


def gold(**kw) -> GoldPage:
    base = dict(path=None, url="", content_type=None, title="富源县 召开会议", date="2021-01-19 09:19", source="县卫健局",
                first30="一二三四五六七八九", last30="一二三四五六七八九")
    base.update(kw)
    return GoldPage(**base)


def test_score_ignores_whitespace_and_respects_date_precision():
    result = score_page(gold(), Extracted("富源县召开会议", "2021-01-19T09:19", "县卫健局", "一二三\n四五六\n七八九"))
    assert all(result[f] for f in ("title", "date", "source", "body_start", "body_end"))
    assert score_page(gold(), Extracted(date="2021-01-19"))["date"] is False
    assert score_page(gold(date="2021-01-19"), Extracted(date="2021-01-19T08:00"))["date"] is True
    assert score_page(gold(date=None), Extracted(date=None))["date"] is True


def test_baselines_without_a_source_field_score_not_applicable():
    assert score_page(gold(), Extracted(has_source=False))["source"] is None


def test_floor_check_reports_regressions():
    tally = Tally(hits={f: 9 for f in FIELDS}, pages=10)
    assert check_floors({"real": {"ours": tally}}, {"real": {"title": 0.95}}) == ["real/title: 0.900 < floor 0.950"]
    assert check_floors({"real": {"ours": tally}}, {"real": {"title": 0.9}}) == []
    assert "ours/real" in format_table({"real": {"ours": tally}}, ("ours",))


def test_real_gold_evaluates_at_its_floors(shared_dir):
    pages = load_real_gold(shared_dir / "corpus" / "real_html" / "GOLD.jsonl")
    results = {"real": evaluate(pages, ("ours",))}
    assert check_floors(results, {"real": {f: 0.95 for f in ("title", "date", "source", "body_start", "body_end")}}) == []


def test_main_exits_1_below_a_floor(shared_dir, tmp_path, monkeypatch, capsys):
    import crawler.parsing.evaluate as ev

    floors = tmp_path / "floors.json"
    floors.write_text(json.dumps({"real": {"title": 1.01}}), encoding="utf-8")
    monkeypatch.setattr(ev, "FLOORS", floors)
    code = main(["--no-baselines", "--demo-gold", str(tmp_path / "absent.jsonl")])
    out = capsys.readouterr().out
    assert code == 1 and "BELOW FLOOR" in out and "demo pages: skipped" in out
