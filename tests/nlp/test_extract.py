"""extract_all: the three extractors combined without overlaps; the `extract` CLI in text and JSON-lines modes."""
from __future__ import annotations

import gc
import io
import json
import re
import sys
from datetime import date, datetime

import pytest

from nlp import counts, dates, units
from nlp.extract import (
    EXTRACTOR_VERSION,
    WARM_UP_STORY,
    Extraction,
    as_date,
    collector_spares_loaded,
    extract_all,
    main,
    warm_up,
)
from nlp.gold.load import load_gold
from nlp.segment import cut_with_offsets, make_tokenizer

STORY = "1月2日，县委副书记、县长陈志到县公安局检查，共清理小广告2000余块(张)，要求10日内整改到位。"


@pytest.fixture(scope="module")
def tokenizer():
    return make_tokenizer()


def test_version_names_all_three_extractors():
    for part in (dates.VERSION, counts.VERSION, units.VERSION):
        assert part in EXTRACTOR_VERSION


# The two checks below walk a fixed sample of the gold set (every 8th and every 12th story, some 2,000 and 1,500 of
# 17,500): the set grows by hundreds of stories a week, and `make eval-extract` runs the extractors on all of it.
def test_kinds_do_not_overlap_on_the_gold_stories(tokenizer):
    for story in load_gold()[::8]:
        found = extract_all(story.text, story.ref_date, story.county_context, tokenizer=tokenizer)
        spans = sorted((m.start, m.end) for m in found.dates + found.counts + found.units)
        for (_, end), (start, _) in zip(spans, spans[1:]):
            assert end <= start, story.id
        for m in found.dates + found.counts + found.units:
            assert story.text[m.start:m.end] == m.text


def test_pre_cut_tokens_give_the_same_extraction(tokenizer):
    for story in load_gold()[::12]:
        tokens = cut_with_offsets(story.text, tokenizer)
        cut_here = extract_all(story.text, story.ref_date, story.county_context, tokenizer=tokenizer)
        pre_cut = extract_all(story.text, story.ref_date, story.county_context, tokenizer=tokenizer, tokens=tokens)
        assert pre_cut == cut_here, story.id


def test_dates_are_resolved_and_counts_avoid_date_spans(tokenizer):
    found = extract_all(STORY, date(2021, 1, 19), "云南省曲靖市富源县", tokenizer=tokenizer)
    assert [(m.text, m.value) for m in found.dates] == [("1月2日", "2021-01-02")]
    assert not any(m.start < 4 for m in found.counts)
    by_text = {m.text: m for m in found.counts}
    assert by_text["2000余块(张)"].value == 2000 and by_text["2000余块(张)"].approx
    three_years = extract_all("三年来，全县清理垃圾3吨。", date(2021, 1, 19), tokenizer=tokenizer)
    assert [m.text for m in three_years.dates] == ["三年来"]
    assert [m.text for m in three_years.counts] == ["3吨"]


def test_to_dict_has_the_three_lists(tokenizer):
    out = extract_all(STORY, "2021-01-19 09:19", None, tokenizer=tokenizer).to_dict()
    assert set(out) == {"dates", "counts", "units"}
    assert json.loads(json.dumps(out, ensure_ascii=False)) == out
    assert Extraction().to_dict() == {"dates": [], "counts": [], "units": []}


def test_as_date_accepts_dates_datetimes_and_strings():
    assert as_date(datetime(2021, 1, 19, 9, 19)) == date(2021, 1, 19)
    assert as_date("2021-01-19 09:19") == date(2021, 1, 19)
    assert as_date(None) is None
    with pytest.raises(ValueError):
        as_date("19/01/2021")


def _run(monkeypatch, capsys, argv, stdin):
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    return code, capsys.readouterr()


def test_the_warm_up_story_meets_every_kind_of_mention(tokenizer):
    warm_up(tokenizer)
    found = extract_all(WARM_UP_STORY, "2021-01-19", "云南省曲靖市富源县", tokenizer=tokenizer)
    assert {m.value for m in found.dates} >= {"2020-12-28/2021-01-02"}
    assert {(m.value, m.unit, m.object) for m in found.counts} >= {(2000, "张", "小广告"), (50, "袋", "垃圾")}
    assert {m.type for m in found.units} >= {"government", "township", "community", "enterprise", "person"}
    assert any(m.stance for m in found.units)


# Shops named by a nickname and a township's business after its 的: passes whose patterns are built on first use
SHOPS_STORY = "检查组对阿珍卤味店、竹园镇的宏泰枸杞烘干厂和老孙家农家院开展检查。"


def _forget_every_remembered_table() -> None:
    """Every remembered pattern and table forgotten, as in a fresh process: other tests may have built them."""
    for module in [m for name, m in sys.modules.items() if name.startswith("nlp.")]:
        for value in vars(module).values():
            if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == module.__name__:
                value.cache_clear()


@pytest.mark.parametrize("context", ["云南省曲靖市富源县", None])
def test_after_the_warm_up_a_story_builds_no_pattern(tokenizer, monkeypatch, context):
    _forget_every_remembered_table()
    warm_up(tokenizer)

    def refuse(pattern, flags=0):
        raise AssertionError(f"a pattern built after the warm-up: {pattern[:60]!r}")

    monkeypatch.setattr(re, "compile", refuse)
    found = extract_all(SHOPS_STORY, "2021-01-19", context, tokenizer=tokenizer)
    assert {"阿珍卤味店", "宏泰枸杞烘干厂"} <= {m.text for m in found.units}


def test_after_the_warm_up_a_township_the_gazetteer_lacks_reads_no_table(tokenizer, monkeypatch):
    # 雄关|街道: a word that opens the gazetteer's township names elsewhere, read from the gazetteer on first use
    _forget_every_remembered_table()
    warm_up(tokenizer)

    def refuse(*args, **kwargs):
        raise AssertionError("the gazetteer read after the warm-up")

    monkeypatch.setattr("nlp.units.lexicon.load_gazetteer", refuse)
    found = extract_all("检查组对雄关街道开展暗访。", "2021-01-19", None, tokenizer=tokenizer)
    assert "雄关街道" in {m.text for m in found.units}


def test_the_collector_spares_what_was_loaded_only_within_the_block():
    assert gc.get_freeze_count() == 0
    with pytest.raises(RuntimeError), collector_spares_loaded():
        assert gc.get_freeze_count() > 0
        raise RuntimeError("a story that fails")
    assert gc.get_freeze_count() == 0  # thawed even when the loop inside fails


def test_cli_text_mode(monkeypatch, capsys):
    code, out = _run(monkeypatch, capsys, ["--ref-date", "2021-01-19", "--context", "云南省曲靖市富源县"], STORY)
    assert code == 0
    result = json.loads(out.out)
    assert result["dates"][0]["value"] == "2021-01-02"
    assert set(result) == {"dates", "counts", "units"}


def test_cli_rejects_a_bad_ref_date(monkeypatch, capsys):
    code, out = _run(monkeypatch, capsys, ["--ref-date", "2021/01/19"], STORY)
    assert code == 2 and "ref-date" in out.err and out.out == ""


def test_cli_jsonl_keeps_going_after_a_bad_line(monkeypatch, capsys):
    lines = "\n".join([
        json.dumps({"id": "a", "text": "近日，富村镇召开现场会。", "ref_date": "2021-01-19", "context": "云南省曲靖市富源县"},
                   ensure_ascii=False),
        "{not json",
        json.dumps({"id": "c", "text": "x", "ref_date": "yesterday"}),
        json.dumps({"id": "d", "text": "12月28日，清理垃圾50余袋。", "ref_date": "2021-01-03"}, ensure_ascii=False),
    ])
    code, out = _run(monkeypatch, capsys, ["--jsonl"], lines + "\n")
    rows = [json.loads(line) for line in out.out.splitlines()]
    assert code == 0
    assert [r.get("id") for r in rows] == ["a", None, "c", "d"]
    assert "error" in rows[1] and "line 2" in rows[1]["error"]
    assert "ref_date" in rows[2]["error"]
    assert rows[3]["dates"][0]["value"] == "2020-12-28"
    assert rows[0]["dates"][0]["kind"] == "relative"
    assert "1 record" not in out.err and "2 record(s) failed" in out.err


def count_objects(tokenizer, text: str, ref: str = "2021-01-19",
                  context: str = "云南省曲靖市富源县") -> list[tuple[str, str | None]]:
    """Each count's text and object, as `extract_all` finds them (a Fuyuan story of January 2021 by default)."""
    return [(c.text, c.object) for c in extract_all(text, ref, context, tokenizer=tokenizer).counts]


def test_a_count_that_sums_up_named_organisations_has_no_object(tokenizer):
    def objects(text: str) -> list[tuple[str, str | None]]:
        return count_objects(tokenizer, text)

    assert objects("县住建局、县城管局、县疾控中心等23家成员单位参加。") == [("23家", None)]
    assert objects("县交通运输局、区财政局等6家单位被评为优秀。") == [("6家", None)]
    assert objects("中安街道、富村镇等4个先进乡镇作交流发言。") == [("4个", None)]
    # named persons, and things that are no units, keep the counted noun
    assert objects("王明远、李秀英等10名保洁员被评为最美环卫工。") == [("10名", "保洁员")]
    assert objects("红旗水库等3座水库开展巡查。") == [("3座", "水库")]


def test_a_numeral_in_the_county_s_own_name_is_no_count(tokenizer):
    found = extract_all("近日，三台县适龄女生接种疫苗9.8万剂次。", "2024-05-01", "四川省绵阳市三台县", tokenizer=tokenizer)
    assert [(c.text, c.value, c.unit) for c in found.counts] == [("9.8万剂次", 98000, "剂次")]


def test_rural_names_the_kind_of_the_counted_thing_not_a_village_counted(tokenizer):
    # 农村|商店: jieba's word holds the 村, and a noun follows; 城中村 are counted
    assert count_objects(tokenizer, "诸福屯镇辖区3家农村商店违规存放烟花爆竹，2个城中村垃圾清运不及时。") == [
        ("3家", "农村商店"), ("2个", "城中村")]


def test_days_spent_in_the_village_are_a_count_and_no_village(tokenizer):
    found = extract_all("区城管委环卫科科长魏红霞，连续20天驻村指导垃圾收运。", "2024-05-01", "北京市怀柔区",
                        tokenizer=tokenizer)
    assert [c.text for c in found.counts] == ["20天"] and [m.text for m in found.units] == ["魏红霞"]


def test_a_numeral_in_a_village_inside_a_person_s_title_is_no_count(tokenizer):
    found = extract_all("首阳镇三台村党支部书记李建国，带领村民清理残垣断壁八十余处。", "2022-05-01", "甘肃省定西市陇西县",
                        tokenizer=tokenizer)
    assert [c.text for c in found.counts] == ["八十余处"]
    assert [(m.text, m.title) for m in found.units] == [("李建国", "首阳镇三台村党支部书记")]


def test_the_unit_that_acts_is_no_part_of_the_counted_thing(tokenizer):
    assert count_objects(tokenizer, "摊主刘某某占道经营，被县城管局依法罚款200元。") == [("200元", "罚款")]


def test_right_after_a_unit_s_name_a_count_counts_what_follows(tokenizer):
    def objects(text: str) -> list[tuple[str, str | None]]:
        return count_objects(tokenizer, text)

    assert objects("检查发现，胜境农贸市场2个摊位销售过期食品。") == [("2个", "摊位")]
    assert objects("富村镇一座山塘巡查记录缺失。") == [("一座", "山塘")]


def test_a_sum_a_company_invests_has_no_object_and_spare_parts_hold_no_count(tokenizer):
    found = extract_all("云南宏远汽车零部件有限公司投资3亿元建设新厂，县财政投资500万元。", "2021-01-19",
                        "云南省曲靖市富源县", tokenizer=tokenizer)
    assert [m.text for m in found.units] == ["云南宏远汽车零部件有限公司"]
    assert [(c.text, c.object) for c in found.counts] == [("3亿元", None), ("500万元", "县财政投资")]


@pytest.mark.parametrize("text, expected", [
    ("村民李某某在自家小卖部里囤了九只钢瓶倒卖。", [("九只", "钢瓶")]),
    ("街道把辖区一千二百多名房东拉进微信群。", [("一千二百多名", "房东")]),
    ("交口乡辖区2处采空塌陷区未设置警示标志。", [("2处", "采空塌陷区")]),
    ("郭磊庄镇把一辆面包车改成“流动采样车”，每天进村。", [("一辆", "面包车")]),  # even before a listed noun
])
def test_a_verb_in_the_story_s_words_ends_an_object_after_its_count(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("作坊主李某某在赵村乡租下一处废弃的粮库堆放羊毛。", [("一处", "粮库")]),  # a verb with its result before
    ("请来的乡厨把4只钢瓶放在太阳底下晒。", [("4只", "钢瓶")]),  # a preposition before
    ("樱园茶业有限公司在园里划出六处吸烟点。", [("六处", "吸烟点")]),
    ("经营部把三十多箱烟花塞在卧室床底下。", [("三十多箱", "烟花")]),  # a one-character verb placing them after
    ("县城累计接种加强针8.6万余剂。", [("8.6万余剂", "加强针")]),  # (jieba's preposition 针 is no preposition)
    ("县溺水办会同县水利局分三组进行督查。", [("三组", None)]),  # 分: split into groups, no counted thing before
    ("该店信用分5分。", [("5分", None)]),  # (but points are no split)
])
def test_a_verb_or_preposition_right_before_a_count_leaves_its_object_to_follow(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("鑫盛砖厂在村边留下取土坑2处。", [("2处", "取土坑")]),
    ("康宁大药房卖出退烧药十一盒。", [("十一盒", "退烧药")]),
    ("10月以来已拉走稻草一千二百余吨。", [("一千二百余吨", "稻草")]),
    ("村民李某某从外地拉回散煤约2吨。", [("约2吨", "散煤")]),  # (回, 来, 上 and 好 close results too)
    ("全县外出务工人员四万余人。", [("四万余人", "外出务工人员")]),  # (外出 describes them)
    ("上坟时在林边焚烧纸钱，引燃荒草约2亩。", [("约2亩", "荒草")]),
    ("走了9个城中村，拍下照片二百一十张。", [("9个", "城中村"), ("二百一十张", "照片")]),
    ("运漕镇被卫星抓到火点2个。", [("2个", "火点")]),
    ("全县在进山路口设检查站二十七个。", [("二十七个", "检查站")]),  # 设 after the place where they stand
    ("全县在交界处设省际卡口13个。", [("13个", "省际卡口")]),
])
def test_a_verb_with_its_result_inside_the_phrase_before_a_count_ends_that_phrase(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    # nouns before 的: the things counted, then a part of them
    ("古城街道沿街有5家饭馆的后门通道堆满了啤酒箱。", [("5家", "饭馆")]),
    ("郎德镇有3个寨子的消防水池常年干涸。", [("3个", "寨子")]),
    ("上门看了一千一百余户人家的壁挂炉和烟道。", [("一千一百余户", "人家")]),
    ("请来一位德国的收藏者，带着一架银灰色的飞机模型。", [("一位", "收藏者"), ("一架", "飞机模型")]),
    # a clause before 的: it describes the things counted, named after it
    ("县市场监管局对4家后厨脏乱的餐饮店下达整改通知书。", [("4家", "餐饮店")]),
    ("合作社让3名没有驾驶证的机手照样下田。", [("3名", "机手")]),
    ("巡查时劝回了3名正准备下河游泳的中学生。", [("3名", "中学生")]),
    ("出租房里住进了3名刚从外省回来的租客。", [("3名", "租客")]),
    ("枧头镇和一家有资质的公司签约。", [("一家", "公司")]),
])
def test_the_things_counted_before_or_after_a_的_following_their_count(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("清流镇为场镇十七家餐馆统一装上油烟净化器。", [("十七家", "餐馆")]),
    ("黎城街道为夜市三十八个摊位统一装上透明操作间。", [("三十八个", "摊位")]),
    ("昆莎乡问题相对集中，该乡4家甜茶馆将钢瓶放在柜台下。", [("4家", "甜茶馆")]),
    ("一是余家桥乡集镇主街2处垃圾池满溢。", [("2处", "垃圾池")]),
    ("格林镇辖区芙蓉江支流2处入河排污口未完成整治。", [("2处", "入河排污口")]),
    ("县住建局监管的城南2个在建工地基坑积水未排。", [("2个", "在建工地")]),
])
def test_a_place_right_before_a_count_leaves_the_object_to_follow(tokenizer, text, expected):
    assert count_objects(tokenizer, text, context="四川省自贡市沿滩区") == expected


def test_pupils_are_counted_whole_not_as_their_school(tokenizer):
    found = count_objects(tokenizer, "三阁司镇两名小学生在赧水一处河湾戏水时落水。", "2021-07-19", "湖南省邵阳市隆回县")
    assert found[0] == ("两名", "小学生")


def test_counts_read_the_story_s_words_to_end_an_object_after_its_count(tokenizer):
    assert count_objects(tokenizer, "到了后半夜，后厨往往只剩一个伙计守着。") == [("一个", "伙计")]


def test_what_a_named_business_handles_after_jiang_is_counted_after_the_count(tokenizer):
    # jieba cuts 烧烤|城将: the business's last character and 将 as one word
    text = "检查中，长安街道的鑫福来烧烤城将5个液化气钢瓶存放在后厨操作间。"
    found = extract_all(text, "2023-06-28", "黑龙江省牡丹江市东安区", tokenizer=tokenizer)
    assert [(c.text, c.object) for c in found.counts] == [("5个", "液化气钢瓶")]


def test_a_month_opening_a_township_s_name_is_the_township_s(tokenizer):
    found = extract_all("二、表现突出的单位和个人\n十月田镇以95.5分位列第一。", "2016-09-21", "海南省昌江黎族自治县",
                        tokenizer=tokenizer)
    assert [m.canonical for m in found.units] == ["昌江黎族自治县十月田镇"]
    assert found.dates == []
    assert [m.value for m in extract_all("十月上旬，县爱卫办开展暗访。", "2016-09-21", "海南省昌江黎族自治县",
                                         tokenizer=tokenizer).dates] == ["2016-10"]


@pytest.mark.parametrize("text, expected", [
    ("兴安街道一家水果店店主刘某某在人行道上摆摊。", [("一家", "水果店")]),  # the shop; its keeper is told next
    ("人民路街道一家早餐店店主黄某某占用人行道摆放桌椅。", [("一家", "早餐店")]),
    ("把全乡四十多个野生菌摊主挨个请到乡卫生院。", [("四十多个", "野生菌摊主")]),  # no measure of shops: those counted
    ("组织30名店主参加培训。", [("30名", "店主")]),
])
def test_a_shop_counted_before_its_keeper(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("乌兰街道组织网格员八十余名在城郊12个入草路口轮流值守。", [("八十余名", "网格员"), ("12个", "入草路口")]),
    ("吉塘镇组织党员群众三百余人轮流值守卡点十二个。", [("三百余人", "党员群众"), ("十二个", "卡点")]),
    ("转塘街道帮助统一设计店招一百二十余块。", [("一百二十余块", "店招")]),
    ("完成居民“双替代”改造8600余户。", [("8600余户", "居民")]),  # (but a verb inside a quoted label cuts nothing)
    ("抽问居民三十户。", [("三十户", "居民")]),
])
def test_verbs_jieba_reads_as_nouns_end_the_counted_thing(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("楼栋长陶桂兰每天带领居民清扫六个单元楼道。", [("六个", "单元楼道")]),
    ("豆罗镇在辖区十一个进山路口设卡值守。", [("十一个", "进山路口")]),
    ("全县蚊虫孳生地多达三百处。", [("三百处", "蚊虫孳生地")]),  # (as many as: no part of the thing)
    ("区教育局对中小学和幼儿园周边200米范围开展整治。", [("200米", None)]),  # a radius
])
def test_stairwells_checkpoints_set_up_as_many_as_and_a_radius(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("涌泉街道的鸿运副食店店主杨某某在库房内暗藏烟花爆竹四十六箱。", [("四十六箱", "烟花爆竹")]),
    ("寿安镇辖区2个农村集中居住区跨年夜集中燃放烟花。", [("2个", "农村集中居住区")]),
    ("麻米乡给全乡家犬戴上电子项圈四百余个。", [("四百余个", "电子项圈")]),
])
def test_fireworks_hidden_estates_of_resettled_villagers_and_dog_collars(tokenizer, text, expected):
    assert count_objects(tokenizer, text) == expected


def test_what_was_left_undone_after_a_count_is_no_object(tokenizer):
    assert count_objects(tokenizer, "西城社区微型消防站器材缺失，灭火器十余具过期未换。") == [("十余具", "灭火器")]


def test_minors_after_a_count_are_counted(tokenizer):
    assert count_objects(tokenizer, "极速网吧接纳2名未成年人上网。") == [("2名", "未成年人")]


def test_machines_working_across_towns_are_counted_and_no_town_is_named(tokenizer):
    text = "市农委农机科科长周志刚，组织秸秆打捆机八十余台跨镇作业。"
    assert count_objects(tokenizer, text) == [("八十余台", "秸秆打捆机")]
