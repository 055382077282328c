"""The gazetteer derived from JioNLP's location file: townships as pages write them."""
from __future__ import annotations

from scripts.build_gazetteer import derive

LINES = ["吉林省\t220000\t吉林", "\t四平市\t220300\t四平", "\t\t铁东区\t220303\t铁东",
         "\t\t\t四平市铁东区七马路街道", "\t\t\t叶赫满族镇", "\t\t\t铁东区黄土坑街道",
         "\t\t盈江县\t533123\t盈江", "\t\t\t盈江县农场"]


def test_townships_written_with_their_prefecture_or_county_lose_them():
    townships = [row.split("\t")[1] for row in derive(LINES) if row.startswith("township")]
    # (盈江县农场 keeps its county: 农场 alone is a common word, no township's name)
    assert townships == ["七马路街道", "叶赫满族镇", "黄土坑街道", "盈江县农场"]


def test_levels_codes_aliases_and_parents():
    rows = [row.split("\t") for row in derive(LINES)]
    assert rows[0] == ["province", "吉林省", "220000", "吉林", "-"]
    assert rows[2] == ["county", "铁东区", "220303", "铁东", "吉林省/四平市"]
    assert rows[3][4] == "吉林省/四平市/铁东区"
