"""The taxonomy loads from data, has exactly the campaign's keys, and drives the codebook; another taxonomy works."""
from __future__ import annotations

from pathlib import Path

import pytest

from nlp.classifier.codebook import render
from nlp.classifier.rules import RulesClassifier
from nlp.classifier.taxonomy import TaxonomyError, load_taxonomy
from tests.nlp.taxonomies import RIVER_TAXONOMY

ACTIONS = ["inspection", "meeting", "cleanup", "volunteer", "publicity", "enforcement", "commendation", "construction"]
THEMES = ["garbage", "toilets", "handwashing", "restaurants", "disinfection", "markets", "participation",
          "sanitary_city", "epidemic", "new_customs", "vector_control"]


def test_project_taxonomy_has_exactly_the_agreed_keys():
    taxonomy = load_taxonomy()
    assert [h.key for h in taxonomy.heads] == ["action", "theme"]
    assert taxonomy.head("action").keys == ACTIONS
    assert taxonomy.head("theme").keys == THEMES


def test_every_label_is_documented_and_seeded():
    for head in load_taxonomy().heads:
        for label in head.labels:
            assert label.name_zh and label.name_en and label.definition, label.key
            assert label.keywords, f"{label.qualified} has no seed keywords"


def test_chinese_names_match_the_campaign():
    theme = {l.key: l.name_zh for l in load_taxonomy().head("theme").labels}
    assert [theme[k] for k in THEMES[:7]] == ["清垃圾", "扫厕所", "勤洗手", "净餐馆", "常消毒", "管集市", "众参与"]


def test_resolve_accepts_qualified_bare_and_chinese_names():
    taxonomy = load_taxonomy()
    assert taxonomy.resolve("action:meeting") == "action:meeting"
    assert taxonomy.resolve("toilets") == "theme:toilets"
    assert taxonomy.resolve("表彰") == "action:commendation"
    assert taxonomy.resolve("no-such-label") is None


def test_codebook_lists_every_label_with_its_keywords():
    taxonomy = load_taxonomy()
    text = render(taxonomy)
    for name in taxonomy.qualified_labels:
        assert f"`{name}`" in text
    assert "暗访" in text and "公筷" in text


def test_committed_codebook_is_up_to_date():
    committed = Path(__file__).resolve().parents[2] / "docs" / "codebook.md"
    assert committed.read_text(encoding="utf-8") == render(load_taxonomy())


OTHER_CAMPAIGN = RIVER_TAXONOMY + """[instructions]
patterns = ["要"]
"""


def test_another_campaign_needs_only_a_taxonomy_file(tmp_path):
    path = tmp_path / "river.toml"
    path.write_text(OTHER_CAMPAIGN, encoding="utf-8")
    taxonomy = load_taxonomy(path)
    rules = RulesClassifier(taxonomy)
    [result] = rules.predict([{"title": "", "text": "镇河长开展巡河。要抓好清淤。"}])
    assert result["measure"] == ["patrol"]


def test_malformed_taxonomy_names_the_file(tmp_path):
    path = tmp_path / "bad.toml"
    path.write_text("[[heads]]\nkey = 'x'\n[[heads.labels]]\nkey = 'y'\n", encoding="utf-8")
    with pytest.raises(TaxonomyError, match="bad.toml"):
        load_taxonomy(path)
