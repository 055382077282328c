"""The research views answer from a small warehouse built through the real writer."""
from __future__ import annotations

from datetime import date

import duckdb

from tests.warehouse import builders
from warehouse.units_registry import rebuild_units


def _rows(con, sql):
    return con.execute(sql).fetchall()


def test_v_stories_joins_article_metadata_and_labels(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    row = con.execute("SELECT site, column_name, published_date, actions, themes, campaign, url "
                      "FROM v_stories WHERE story_id = ?", [builders.story_id("a1:1")]).fetchone()
    assert row[0] == "demo" and row[1] == "专题专栏 > 爱卫创卫 > 工作简报" and row[2] == date(2021, 1, 19)
    assert sorted(row[3]) == ["cleanup", "volunteer"] and row[4] == ["garbage"] and row[5] is True
    assert row[6] == builders.url("a1")
    unlabelled = con.execute("SELECT actions, campaign FROM v_stories WHERE story_id = ?",
                             [builders.story_id("a3:1")]).fetchone()
    assert unlabelled == ([], False)


def test_v_counts_sums_volunteers_per_month(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    rows = _rows(con, "SELECT month, sum(value) FROM v_counts WHERE object = '志愿者' GROUP BY month ORDER BY month")
    assert rows == [(date(2021, 1, 1), 200.0), (date(2021, 3, 1), 80.0)]


def test_v_coverage_separates_gaps_from_quiet_months(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    rows = {r[0]: r[1:] for r in _rows(con, "SELECT month, listed, harvested, failed, not_fetched, status "
                                             "FROM v_coverage ORDER BY month")}
    assert rows[date(2021, 1, 1)] == (1, 1, 0, 0, "complete")
    assert rows[date(2021, 2, 1)] == (0, 0, 0, 0, "nothing listed")
    assert rows[date(2021, 3, 1)] == (3, 2, 1, 0, "gap")
    assert rows[date(2021, 4, 1)] == (1, 0, 0, 1, "gap")


def test_v_attention_is_campaign_share_per_month(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    rows = _rows(con, "SELECT month, theme_stories, all_stories, attention FROM v_attention "
                      "WHERE theme = '(any)' ORDER BY month")
    assert rows == [(date(2021, 1, 1), 2, 2, 1.0), (date(2021, 3, 1), 1, 2, 0.5)]
    zero = _rows(con, "SELECT theme_stories FROM v_attention WHERE theme = 'garbage' AND month = '2021-03-01'")
    assert zero == [(0,)]


def test_v_unit_stance_and_activity(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    stance = dict((r[0], r[1:]) for r in _rows(
        con, "SELECT unit, praised_stories, criticized_stories, balance FROM v_unit_stance"))
    assert stance["富源县中安街道"] == (1, 0, 1)
    assert stance["富源县胜境街道"] == (0, 1, -1)
    activity = _rows(con, "SELECT action, stories FROM v_unit_activity WHERE unit = '富源县胜境街道' ORDER BY action")
    assert activity == [("enforcement", 1), ("inspection", 1)]


def test_units_registry_counts_and_keeps_first_seen_run(small_db):
    con = duckdb.connect(str(small_db))
    assert rebuild_units(con, "run-1") == 0     # the builder already registered all three
    row = con.execute("SELECT mentions, stories, articles, praised, criticized, first_date, last_date, "
                      "first_seen_run FROM units WHERE canonical = '富源县中安街道'").fetchone()
    assert row == (2, 2, 2, 1, 0, date(2021, 1, 19), date(2021, 3, 2), "process-test")
    con.execute("INSERT INTO unit_mentions VALUES (?, 0, 3, '县政府', '富源县人民政府', 'government', NULL, NULL, "
                "'units-test', 'run-2')", [builders.story_id("a3:1")])
    assert rebuild_units(con, "run-2") == 1
    firsts = dict(_rows(con, "SELECT canonical, first_seen_run FROM units"))
    assert firsts["富源县中安街道"] == "process-test" and firsts["富源县人民政府"] == "run-2"


def test_has_word_matches_whole_jieba_words_only(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    assert _rows(con, "SELECT count(*) FROM stories WHERE has_word(words, '志愿者')") == [(2,)]
    assert _rows(con, "SELECT count(*) FROM stories WHERE has_word(words, '志愿')") == [(0,)]
