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


def test_a_banners_townships_lose_its_short_name():
    lines = ["内蒙古自治区\t150000\t内蒙古", "\t呼伦贝尔市\t150700\t呼伦贝尔", "\t\t陈巴尔虎旗\t150725\t陈旗",
             "\t\t\t陈旗呼和诺尔镇", "\t\t\t陈旗鄂温克民族苏木", "\t\t\t陈旗工业园区"]
    townships = [row.split("\t")[1] for row in derive(lines) if row.startswith("township")]
    assert townships == ["呼和诺尔镇", "鄂温克民族苏木", "陈旗工业园区"]
