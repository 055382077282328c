"""Count extraction, checked against the "Counts" section of the annotation conventions."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.counts import VERSION, CountMention, Words, extract_counts
from scripts.bench.adversarial import adversarial_inputs


def only(text: str) -> tuple:
    mentions = extract_counts(text)
    assert len(mentions) == 1, mentions
    m = mentions[0]
    return m.text, m.value, m.approx, m.unit, m.object


def test_span_leaves_the_counted_noun_outside() -> None:
    text = "共清理各类小广告2000余块(张)"
    m = extract_counts(text)[0]
    assert (m.text, m.value, m.approx, m.unit, m.object) == ("2000余块(张)", 2000, True, "块", "小广告")
    assert text[m.start:m.end] == m.text
    assert only("清理乱贴乱画小广告300余张") == ("300余张", 300, True, "张", "小广告")
    assert only("清理各类小广告2000余块（张）")[0] == "2000余块（张）"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("约两公里", ("约两公里", 2, True, "公里", None)),
        ("超过260万平方米", ("超过260万平方米", 2600000, True, "平方米", None)),
        ("不足两个月", ("不足两个月", 2, True, "个月", None)),
        ("5个以上", ("5个以上", 5, True, "个", None)),
        ("三十人左右", ("三十人左右", 30, True, "人", None)),
        ("不少于3次", ("不少于3次", 3, True, "次", None)),
        ("逾千名", ("逾千名", 1000, True, "名", None)),
        ("近3000名群众", ("近3000名", 3000, True, "名", "群众")),
        ("上百名群众", ("上百名", 100, True, "名", "群众")),
        ("十余家", ("十余家", 10, True, "家", None)),
        ("几十名", ("几十名", 10, True, "名", None)),
    ],
)
def test_approximations(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("二百八十余名", 280, "名"),
        ("两千多名", 2000, "名"),
        ("3.6万吨", 36000, "吨"),
        ("1260万元", 12600000, "元"),
        ("3.5万人", 35000, "人"),
        ("1.2亿元", 120000000, "元"),
        ("10余万元", 100000, "元"),
        ("92.5分", 92.5, "分"),
        ("286毫米", 286, "毫米"),
        ("1,260人次", 1260, "人次"),
        ("检查车辆30台次", 30, "台次"),
        ("开展培训5场次", 5, "场次"),
        ("２６８９名", 2689, "名"),
    ],
)
def test_values_and_units(text: str, value: int | float, unit: str) -> None:
    _, got_value, _, got_unit, _ = only(text)
    assert got_value == value and type(got_value) is type(value)
    assert got_unit == unit


@pytest.mark.parametrize(
    ("text", "unit"),
    [("7个月", "个月"), ("48小时", "小时"), ("一周", "周"), ("8天", "天"), ("10日内完成", "日"), ("4小时的努力", "小时")],
)
def test_durations_keep_their_time_unit_and_have_no_object(text: str, unit: str) -> None:
    _, _, _, got_unit, obj = only(text)
    assert got_unit == unit and obj is None


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("共计2689名志愿者，到县城", "志愿者"),
        ("发动全镇200余名干部职工集中开展", "干部职工"),
        ("一名环卫工人", "环卫工人"),
        ("检查餐馆和小吃店32家", "餐馆和小吃店"),
        ("检查了32家餐馆和小吃店，", "餐馆和小吃店"),
        ("清理各类垃圾50余袋，", "垃圾"),
        ("投入资金1260万元", "资金"),
        ("胜境2个街道5个社区报到", "社区"),  # the words right after a count are its own object
        ("已整改合格892家", None),
        ("县公安局、县卫健局等12家单位参加", "单位"),
        ("县公安局、县卫健局等12家参加", None),  # sums up named organisations
        ("清理街头巷尾小广告3000余张，", "小广告"),
        ("罚没款共计12.6万元。", "罚没款"),
        ("志愿服务队共计2689名志愿者到", "志愿者"),
        ("完成背街小巷改造12条，", "背街小巷"),
        # a thing heaped up in the open, then how much of it; the verb before what was cleared, mustered or restored
        ("发现果渣露天堆放约20吨；", "果渣"),
        ("发现边角废料堆放约200立方米；", "边角废料"),
        ("全县共排除积水点十九处。", "积水点"),
        ("调集编织袋12万条。", "编织袋"),
        ("恢复草原植被约1.6万亩，", "草原植被"),
        # what a flood destroyed; what was sent to a township; the logs a patrol keeps
        ("全县冲毁农田约860亩，", "农田"),
        ("损毁房屋37间，", "房屋"),
        ("调拨冲锋舟6艘、救生衣800件支援太平镇。", "救生衣"),
        ("查阅巡河日志三百余本，", "巡河日志"),
        # a count of institutions by 所 counts them, not the part of them visited
        ("对城关镇辖区8所学校食堂进行回访，", "学校"),
        ("检查2所幼儿园后厨，", "幼儿园"),
        ("检查学校食堂12个，", "学校食堂"),
        # the river a clean-up works on is where it works, not what it clears; a fuel is named by where it lies
        ("清理河道垃圾约26吨，", "垃圾"),
        ("清理河道淤泥约1.3万立方米。", "淤泥"),
        ("组建河道保洁队12支。", "河道保洁队"),
        ("清理林下可燃物约420吨，", "林下可燃物"),
        # the producers are a kind of their own; samples sent for testing; reminders broadcast
        ("检查月饼生产企业4家、", "月饼生产企业"),
        ("检查企业312家、", "企业"),
        ("县疾控中心采集送检样本八十六份，", "样本"),
        ("县融媒体中心播发防疫提示120余条。", "防疫提示"),
        # what belongs to the counted thing, or an adverb of the verb after it, ends the object
        ("发现坊楼镇辖区2个交通卡口体温检测不规范；", "交通卡口"),
        ("要对岱海周边12个入湖排污口再开展排查，", "入湖排污口"),
        # a peak reached after its quantity is named before a comma
        ("江尾镇雨量最大，达312毫米。", "雨量"),
        ("最大降雨量出现在三江水族乡，达286毫米。", "降雨量"),
        ("最大降雨量出现在高坡苗族乡，累计达186毫米。", "降雨量"),
        ("降雨量最大的是鱼河镇，达112.6毫米。", "降雨量"),  # …the place named after it, the peak after 为 or 居…之首
        ("柞市镇雨量最大，为301毫米。", "雨量"),
        ("冯官屯镇雨量居全区之首，达186.2毫米。", "雨量"),
        ("雅安镇积雪最深，达36厘米。", "积雪"),
        # producers named by what they do: 生产 opens the kind, it is no verb here
        ("共检查危化品生产经营企业八十六家，", "危化品生产经营企业"),
        ("食品生产小作坊二十一家、", "食品生产小作坊"),
        # keeping or grazing, written right before the thing kept
        ("村民在自建房内私存烟花爆竹四十余箱。", "烟花爆竹"),
        ("合作社在有螺洲滩违规放牧耕牛三十余头，", "耕牛"),
        # patrols of rivers and lakes totalled; a season after the post counted; a drill held once
        ("河湖长二百一十六名累计巡河巡湖三千四百余次。", "巡河巡湖"),
        ("谷杖子乡有2名村级河长汛期未按要求巡河；", "河长"),
        ("6月期间开展一次应急演练。", "应急演练"),
        # a crew's level names it, a post's describes it; fire spots named by the burning; the water an object floats on
        ("兴盛乡组建村级保洁队6支，", "村级保洁队"),
        ("有3名村级河长未巡河。", "河长"),
        ("发现焚烧火点十三处，", "焚烧火点"),
        ("清理库区漂浮物约1200吨，", "漂浮物"),
        ("仓房镇组建库区保洁队9支，", "库区保洁队"),
        # a total after the count opens what the counted did
        ("全县护林员六百八十名累计巡山", "护林员"),
        # a second count of the same people; a season after a post; wires strung up anyhow
        ("转移隐患点群众四百二十余户一千三百六十余人，", "群众"),
        ("溪东乡有2名村级河长二季度未巡河；", "河长"),
        ("拆除私拉乱接电线八十余处。", "电线"),
        ("对城区120余家临街商铺落实", "临街商铺"),
        ("对3家违规张贴的广告公司下达", "广告公司"),
        ("对4家后厨脏乱的餐饮店下达", "餐饮店"),
        ("对全县15个乡镇（街道）开展", "乡镇（街道）"),
        ("出动执法人员45人、洒水车2台，", "洒水车"),
        ("劝导不文明行为460余人次。", "不文明行为"),
        ("发放慰问金6万元。", "慰问金"),
        ("全县建成省级卫生乡镇2个，", "省级卫生乡镇"),
        ("组织全镇14个村（社区）开展", "村（社区）"),
        ("对湄江街道开展一次暗访。", "暗访"),
        ("开展了一次全面消杀。", "全面消杀"),
        ("10户“最美家庭”受到表彰", "最美家庭"),
        ("其中98家达标，", None),
        ("最大降雨量286毫米。", "降雨量"),
        # waste names the place that holds it; a village before its own bins is what is counted
        ("河岸边有2处建筑垃圾堆放点未清理；", "建筑垃圾堆放点"),
        ("辖区3个村垃圾收集池满溢，", "村"),
        # the head alone, whoever it is told of
        ("各乡镇（街道）和县直有关部门负责同志一百五十余人参加。", "负责同志"),
        # waste is counted by its kind; where it lay or in what state is no part of it
        ("清理沙溪河岸垃圾约5吨。", "垃圾"),
        ("村口积存垃圾约8吨未及时清运。", "垃圾"),
        ("清运厨余垃圾约8吨。", "厨余垃圾"),
    ],
)
def test_objects(text: str, obj: str | None) -> None:
    assert extract_counts(text)[-1].object == obj  # the last count of the phrase


def test_counted_uses_of_one() -> None:
    assert only("一名环卫工人")[:4] == ("一名", 1, False, "名")
    assert only("开展一次全面消毒")[:4] == ("一次", 1, False, "次")


def test_ranges() -> None:
    assert only("3至5名")[:4] == ("3至5名", 3, False, "名")
    assert only("每组3-5人")[:4] == ("3-5人", 3, False, "人")


@pytest.mark.parametrize(
    "text",
    [
        "第六次", "第八次集中推进现场会", "第4期", "前三名", "首批", "95%", "四成", "三分之一", "百分之九十五",
        "7个专项行动", "爱国卫生“7 个专项行动”", "“6 条新风尚”", "六条新风尚", "门前五包", "三防", "六小",
        "一类公厕", "两委", "24小时值班制度", "一是", "进一步", "逐一", "一线", "三年来", "两个月来",
        "〔2021〕3号", "富政发〔2021〕3号文件", "2021年", "1月2日", "十分重视", "每到一处", "千家万户",
        "清理一处、干净整洁一处", "贡献一份自己应有的力量", "电话0874-3123456", "G320国道", "12309检察服务中心",
        "七个专项行动", "推进“7个爱国卫生专项行动”领导小组", "县人居办将于2月中旬开展下一轮考评", "比上一年度下降",
        "长江流域重点水域实行十年禁渔以来", "四棵树河、古尔图河相继出现洪水过程",
    ],
)
def test_not_counts(text: str) -> None:
    assert extract_counts(text) == []


def test_an_object_after_a_count_ends_before_the_next_counted_conjunct() -> None:
    found = extract_counts("对全区5处煤矿、四十三家非煤矿山开展检查。")
    assert [(m.text, m.object) for m in found] == [("5处", "煤矿"), ("四十三家", "非煤矿山")]


def test_an_object_after_a_count_ends_before_a_conjunct_joined_with_its_own_count() -> None:
    found = [(m.text, m.object) for m in extract_counts("每队配了一辆摩托车和两台风力灭火机")]
    assert found == [("一辆", "摩托车"), ("两台", "风力灭火机")]
    assert extract_counts("把两台挖掘机与一千多吨河砂堆在堤顶上")[0].object == "挖掘机"


def test_camera_feeds_are_counted_in_lu_and_bus_routes_and_streets_are_not() -> None:
    found = extract_counts("在重点林区安装视频监控十六路，乘坐308路公交车沿五一路巡查。")
    assert [(m.text, m.unit, m.object) for m in found] == [("十六路", "路", "视频监控")]


def test_one_thing_after_a_verb_ending_in_shang_or_xia_is_still_a_count() -> None:
    found = extract_counts("我要送上一个大红包，留下一个深刻印象；这是党史上一次重要的会议。")
    assert [m.text for m in found] == ["一个", "一个", "一次"]


def test_exclude_spans_are_never_overlapped() -> None:
    text = "组织85家单位"
    assert [m.text for m in extract_counts(text)] == ["85家"]
    assert extract_counts(text, exclude=[(3, 4)]) == []
    assert [m.text for m in extract_counts(text, exclude=[(0, 2)])] == ["85家"]


def test_seed_story_counts(shared_dir) -> None:
    text = (shared_dir / "seed/000_e30ad18d4ce4fadc.txt").read_text(encoding="utf-8")
    found = {(m.text, m.value, m.approx, m.unit, m.object) for m in extract_counts(text)}
    assert ("2689名", 2689, False, "名", "志愿者") in found
    assert ("200余名", 200, True, "名", "干部职工") in found
    assert ("2000余块(张)", 2000, True, "块", "小广告") in found
    assert ("50余袋", 50, True, "袋", "垃圾") in found
    assert ("4小时", 4, False, "小时", None) in found
    assert not any("专项行动" in text[m.end:m.end + 6] for m in extract_counts(text))


def test_mention_record() -> None:
    m = extract_counts("2689名志愿者")[0]
    assert isinstance(m, CountMention)
    assert m.to_dict() == {
        "text": "2689名", "start": 0, "end": 5, "value": 2689, "approx": False, "unit": "名", "object": "志愿者",
    }
    assert VERSION.startswith("counts-")


def _check_invariants(text: str, mentions: list[CountMention], exclude=()) -> None:
    previous_end = 0
    for m in mentions:
        assert text[m.start:m.end] == m.text
        assert m.start >= previous_end and m.end > m.start
        assert isinstance(m.value, (int, float)) and isinstance(m.approx, bool)
        assert all(m.end <= s or m.start >= e for s, e in exclude)
        previous_end = m.end


_COUNTY = st.sampled_from(list("0123456789.,余多约近超过以上左右名人家个块张袋次万亿两十百千一三第前（）() 、和垃圾\x00１"))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=_COUNTY, max_size=80))
def test_offsets_slice_and_spans_never_overlap(text: str) -> None:
    _check_invariants(text, extract_counts(text))


@settings(max_examples=100, deadline=None)
@given(st.text(alphabet=_COUNTY, max_size=60), st.lists(st.tuples(st.integers(0, 60), st.integers(0, 60)), max_size=3))
def test_exclusions_hold_for_any_input(text: str, raw: list[tuple[int, int]]) -> None:
    exclude = [(min(a, b), max(a, b)) for a, b in raw if a != b]
    _check_invariants(text, extract_counts(text, exclude), exclude)


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=200))
def test_any_unicode_text_is_handled(text: str) -> None:
    _check_invariants(text, extract_counts(text))


@pytest.mark.parametrize("name", sorted(adversarial_inputs(16)))
def test_adversarial_inputs_are_handled(name: str) -> None:
    text = adversarial_inputs(50_000)[name]
    _check_invariants(text, extract_counts(text))


def test_empty_text() -> None:
    assert extract_counts("") == []


@pytest.mark.parametrize("text", ["一日一清洗、一周一消毒", "一人一档", "保持一米线距离"])
def test_slogan_patterns_are_not_counts(text: str) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize(("text", "obj"), [
    ("乡卫生院开展一次一氧化碳中毒救治培训。", "一氧化碳中毒救治培训"),
    ("每户门后挂一个一氧化碳报警器。", "一氧化碳报警器"),
])
def test_a_count_of_one_before_a_word_opening_with_one_is_no_slogan(text: str, obj: str) -> None:
    assert only(text)[1] == 1 and only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "value", "unit", "approx"),
    [
        ("2.3千克", 2.3, "千克", False),  # 千 belongs to the unit, not a multiplier
        ("5千米", 5, "千米", False),
        ("三千米", 3000, "米", False),
        ("3千万元", 30000000, "元", False),
        ("十几万人", 100000, "人", True),
        ("20–100个", 20, "个", False),
    ],
)
def test_multipliers_and_units_are_told_apart(text: str, value: int | float, unit: str, approx: bool) -> None:
    _, got_value, got_approx, got_unit, _ = only(text)
    assert (got_value, got_unit, got_approx) == (value, unit, approx)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("共出动干部职工1200余人次，", ("1200余人次", 1200, True, "人次", "干部职工")),
        ("发放宣传资料5000余份。", ("5000余份", 5000, True, "份", "宣传资料")),
        ("下发整改通知书15份，", ("15份", 15, False, "份", "整改通知书")),
        ("立案查处3起。", ("3起", 3, False, "起", None)),
        ("全县共有农贸市场12个", ("12个", 12, False, "个", "农贸市场")),
        ("百余名群众", ("百余名", 100, True, "名", "群众")),
        ("历时一个多月", ("一个多月", 1, True, "个月", None)),
        ("工作3年多", ("3年多", 3, True, "年", None)),
    ],
)
def test_bulletin_phrases(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("新增本土确诊病例5例，", ("5例", 5, False, "例", "确诊病例")),
        ("共发放小额贷款120笔，", ("120笔", 120, False, "笔", "小额贷款")),
        ("救助野生鸟类30余羽。", ("30余羽", 30, True, "羽", "野生鸟类")),
        ("增殖放流鱼苗2万尾。", ("2万尾", 20000, False, "尾", "鱼苗")),
        ("为80周岁以上老人体检。", ("80周岁以上", 80, True, "周岁", None)),
    ],
)
def test_cases_loans_animals_and_ages_are_counted(text: str, expected: tuple) -> None:
    assert only(text) == expected


@pytest.mark.parametrize("text", ["干部一对一包保", "一门心思抓落实", "一层一层压实责任", "更上一层楼",
                                  "做到不漏一户、不漏一人", "线索不漏一户"])
def test_idioms_with_measure_words_are_not_counts(text: str) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize("text", ["增强四个意识、坚定四个自信、做到两个维护", "3年多来", "百姓", "千家万户"])
def test_political_terms_and_words_are_not_counts(text: str) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [("两米半", 2.5, "米"), ("十五斤半", 15.5, "斤"), ("历时一个半月", 1.5, "个月"), ("五個人", 5, "个"),
     ("1200亿美元", 120000000000, "美元")],
)
def test_halves_traditional_characters_and_currencies(text: str, value: int | float, unit: str) -> None:
    _, got_value, _, got_unit, _ = only(text)
    assert (got_value, got_unit) == (value, unit)


def test_shang_before_ten_is_a_place_word_not_an_approximation() -> None:
    # 上百, 上千: "up to a hundred"; 上十 is never said so, and 镇上|十四家 is fourteen in the township
    assert only("集镇上十四家餐馆的报警器")[:4] == ("十四家", 14, False, "家")
    assert only("河床上十多台挖掘机")[:4] == ("十多台", 10, True, "台")
    assert only("上千名群众")[:4] == ("上千名", 1000, True, "名")


def test_idioms_hold_no_count_only_where_their_words_mean_the_idiom() -> None:
    assert extract_counts("这项工作十分重要，要一面宣传一面整改") == []
    assert only("预警一响，四十分钟内全部转进了安置点")[:4] == ("四十分钟", 40, False, "分钟")
    assert only("接到报警十分钟内就能赶到")[:4] == ("十分钟", 10, False, "分钟")
    assert only("考核组扣了二十分")[:4] == ("二十分", 20, False, "分")
    assert only("各拿一面流动红旗") == ("一面", 1, False, "面", "流动红旗")


def test_duo_after_a_length_weight_or_area_makes_it_approximate() -> None:
    assert only("香溪河县城段的水位涨了两米多") == ("两米多", 2, True, "米", None)
    assert only("铲出一吨多垃圾") == ("一吨多", 1, True, "吨", "垃圾")
    assert only("对3名多次违规的摊主约谈")[:4] == ("3名", 3, False, "名")


def test_a_length_of_a_dimension_counts_nothing_but_a_whole_length_is_named() -> None:
    assert only("砂坑没有围挡，坑深五米多")[3:] == ("米", None)
    assert only("后厨灶具软管长四米多")[3:] == ("米", None)
    assert [(m.text, m.object) for m in extract_counts("拉起一条长约八十米的地笼")] == [("一条", "地笼"), ("约八十米", None)]
    assert only("该桥全长486米")[3:] == ("米", "全长")


def test_a_half_alone_is_a_numeral_before_a_duration_or_a_measure() -> None:
    assert only("小区地下车库排水泵坏了半个月") == ("半个月", 0.5, False, "个月", None)
    assert only("腊肠、冻肉可以免费快检，半小时出结果")[:4] == ("半小时", 0.5, False, "小时")
    assert only("火星引燃杉木幼林约半亩")[:4] == ("约半亩", 0.5, True, "亩")
    assert only("有的已断供半个多月")[:4] == ("半个多月", 0.5, True, "个月")
    for text in ("身边就是半人高的茅草", "秸秆占了半条路", "村里人扑了半天才扑灭", "迎接半年度考核", "一半以上在上半年"):
        assert extract_counts(text) == [], text


def test_a_distance_counts_nothing() -> None:
    assert only("炉膛离灌木丛不足5米")[3:] == ("米", None)
    assert only("饭店液化气钢瓶与灶具距离不足1米")[3:] == ("米", None)
    assert only("开设防火隔离带约85公里")[3:] == ("公里", "防火隔离带")


def test_a_habitual_frequency_after_its_verb_counts_nothing_named() -> None:
    assert only("村级防疫员每周上门一次，看猪吃食")[3:] == ("次", None)
    assert only("党员每天早晚各走一趟")[3:] == ("趟", None)
    assert only("节前后，县住建局每周抽查送气点一次。")[3:] == ("次", None)
    assert only("班主任每周给学生家长打一次电话")[3:] == ("次", "电话")
    assert only("各乡镇每日开展巡查两次")[3:] == ("次", "巡查")
    assert only("各级河长累计巡河3400余次")[3:] == ("次", "巡河")


def test_a_lone_character_after_its_count_is_a_thing_only_when_listed() -> None:
    assert only("摆到会上的有三件事：那甲镇的锯木厂")[3:] == ("件", "事")
    assert only("农户分住在九个屯，路窄坡陡")[3:] == ("个", "屯")
    assert only("留样柜里只放着3份菜")[3:] == ("份", "菜")
    assert only("路边挖了3个坑，")[3:] == ("个", None)  # 坑 is not listed


def test_a_count_after_you_numbers_the_noun_before_it_when_none_follows() -> None:
    assert only("会上点名的问题有三个。")[3:] == ("个", "问题")
    assert only("全县登记在册的地质灾害隐患点有一百七十二处。")[3:] == ("处", "地质灾害隐患点")
    assert extract_counts("已整改到位11处，仍有3处正在整改。")[-1].object is None
    assert extract_counts("新建的14座户厕有5座没有接通化粪池")[-1].object is None


def test_bunches_rounds_and_times_are_counted_and_the_first_time_is_not() -> None:
    assert only("推行“鲜花换纸钱”，发放鲜花6000余束") == ("6000余束", 6000, True, "束", "鲜花")
    assert only("沿村里的宅沟走了一圈")[3:] == ("圈", None)
    assert only("她家的积分已经换过两回洗衣粉")[3:] == ("回", None)
    assert extract_counts("头一回尝鲜少吃，头一件事就是问线索") == []


def test_not_a_single_one_is_no_count() -> None:
    for text in ("卫星遥感没有发现一处火点", "全乡没有一家无证托餐点", "防火检查站中午空无一人"):
        assert extract_counts(text) == [], text
    assert only("检查发现一处隐患")[3:] == ("处", "隐患")
    for text in ("入冬以来全乡没有发生一起煤烟中毒", "值班人员一个也不能撤", "镇里只是上门劝了劝，一块煤也没收走"):
        assert extract_counts(text) == [], text
    assert only("消毒柜坏了一个月也没修")[3:] == ("个月", None)  # (how long, not "not one")


def test_a_frequency_of_reporting_or_a_changed_frequency_counts_nothing_named() -> None:
    assert only("县疾控中心每周通报一次监测结果")[3:] == ("次", None)
    assert only("市林业局每日调度一次火情")[3:] == ("次", None)
    assert extract_counts("夜查由每周两次增加到三次")[0].object is None
    assert only("各街道每周开展一次大扫除")[3:] == ("次", "大扫除")


def test_one_after_another_is_no_count() -> None:
    for text in ("赶海、下河的孩子一天比一天多", "这样的举报，一个接一个打到了县里", "木房子一家挨一家",
                 "一家一家上门讲", "水位一天天往上涨", "把问题一条条念了出来", "老两口头晕", "正是一年里最干的时候"):
        assert extract_counts(text) == [], text
    assert only("一名名叫曹某的嫌疑人")[:2] == ("一名", 1)


def test_numbers_inside_titles_are_not_counts() -> None:
    assert [m.text for m in extract_counts("发放《健康素养66条》宣传册8000册")] == ["8000册"]


def test_yiqi_counts_a_case_only_after_a_case_verb() -> None:
    assert only("公开审理一起破坏环境资源案件")[:4] == ("一起", 1, False, "起")
    assert extract_counts("大家一起参与") == []


@pytest.mark.slow
def test_one_megabyte_without_punctuation() -> None:
    text = adversarial_inputs(1 << 20)["prose_no_punctuation"]
    _check_invariants(text, extract_counts(text))


@pytest.mark.parametrize(
    "text",
    ["北京时间6月24日12时55分", "县十六届人大四次会议定于", "推进长江“十年禁渔”", "很高兴又一次和大家见面", "三次产业投资占比",
     "实行“一个项目、一名领导、一个专班”机制", "纺织有限公司二期项目投产", "集义镇安民村三组巷道"],
)
def test_clock_times_sessions_and_quoted_slogans_are_not_counts(text: str) -> None:
    assert extract_counts(text) == []


def test_departments_and_function_words_before_a_fine() -> None:
    assert only("警告并罚款1万元")[4] == "罚款"
    assert only("八部门联合印发")[:4] == ("八部门", 8, False, "部门")


@pytest.mark.parametrize(
    "text, objects",
    [
        ("组织30余支志愿服务队一千二百余名志愿者", ["志愿服务队", "志愿者"]),  # each count its own noun
        ("抽查居民小区、建筑工地和废品收购站42个", ["居民小区、建筑工地和废品收购站"]),  # verb 17+ characters back
        ("共检查宾馆、KTV、商超64家", ["宾馆、KTV、商超"]),
        ("金钗石斛种植面积已达8.6万亩", ["金钗石斛种植面积"]),
        ("比9月增加十二吨", [None]),
        ("撒布融雪剂近80吨", ["融雪剂"]),
        ("带动周边农户1300余户", ["农户"]),
        ("青峰岭水库等3座水库每座要配备人员", ["水库"]),
        ("组建半专业扑火队18支", ["半专业扑火队"]),  # the kind of crew stays (专业, 半专业: a category, as annotated)
        ("为受灾用户约3000户恢复供电", ["用户"]),
        ("全县各级河长900余名", ["河长"]),
        ("配置垃圾桶逾600个", ["垃圾桶"]),
        ("另有校园周边一家小卖部销售过期食品", ["小卖部"]),  # a place before the count, the thing after it
        ("共暗访公共场所九十二家、沿街商户310余户", ["公共场所", "商户"]),  # the next conjunct's modifiers
        ("和乐镇最大降雨量达231毫米", ["降雨量"]),
        # kinds, conjuncts with their own count, places before a count, activities after a frequency
        ("查处违规用火案件37起。", ["案件"]),
        ("铝型材项目总投资8.6亿元。", ["总投资"]),
        ("抽查小区48个、机关单位22家和沿街商铺130余家。", ["小区", "机关单位", "商铺"]),
        ("对城区及乡镇58座公厕开展检查。", ["公厕"]),
        ("每周开展一次鼠密度监测，", ["鼠密度监测"]),
        ("供电公司为4600余户用户恢复供电。", ["用户"]),
        # activities held by 开展, conjuncts opened by a count or 部分, kinds written after their description
        ("组织干部开展集中清扫30余次，", ["集中清扫"]),
        ("于本月组织一次全覆盖复查，", ["全覆盖复查"]),
        ("对62家餐饮单位、9家宾馆和一个农贸市场开展检查。", ["餐饮单位", "宾馆", "农贸市场"]),
        ("对28家医疗机构、46所学校和部分机关单位开展检查。", ["医疗机构", "学校"]),
        ("其中垃圾乱堆、小广告乱贴问题上百处。", ["问题"]),
        ("区爱卫办共发布红黑榜4期。", ["红黑榜"]),
        # verbs before the counted thing, descriptive modifiers and place phrases in front of it
        ("1月底前拨付补贴资金1800万元，焚烧秸秆约15亩。", ["补贴资金", "秸秆"]),
        ("查扣超期未检钢瓶36只，校外供餐单位9家，劣质散煤约36吨。", ["钢瓶", "校外供餐单位", "散煤"]),
        ("拆除违章搭建2800平方米，发现焚烧痕迹7处。", ["违章搭建", "焚烧痕迹"]),
        ("检查渔船3100余艘次，执法船艇三百一十航次，总容量约68蒸吨。", ["渔船", "执法船艇", "总容量"]),
        ("取缔培训机构11家，拆除面积约46万平方米，拨付春节慰问资金1860万元。", ["培训机构", "拆除面积", "春节慰问资金"]),
        ("某渔业公司所属26艘渔船全部进港，高亭镇辖区3艘渔船长期关闭设备。", ["渔船", "渔船"]),
        ("茶产业综合产值突破60亿元，带动3.2万户茶农增收。", ["综合产值", "茶农"]),
        # the activity after 开展一次, times in a row, more verbs and boundaries
        ("每周五组织干部职工开展一次大扫除，", ["大扫除"]),
        ("每周开展一次联合检查。", ["联合检查"]),
        ("对连续两次排名末位的单位约谈。", [None]),
        ("在城区28条主次干道全面推行门前五包。", ["主次干道"]),
        ("通过卫星遥感监测到火点2处，", ["火点"]),
        ("带动2.1万户脱贫户户均增收320元。", ["脱贫户", None]),
        ("督促37家安装油烟净化设施。", [None]),
        # 被 before a fine, market towns counted, requests as a kind
        ("老刘家加工厂人员无证上岗，被罚款2万元。", ["罚款"]),
        ("随机抽查村委会40个、集镇12个。", ["村委会", "集镇"]),
        ("北湖街道有5件诉求超期未办结。", ["诉求"]),
        ("其中1家超量存放烟花爆竹三十余箱。", [None, "烟花爆竹"]),  # (超量 tells how, names nothing)
        # a store is where the counted things lie, unless it is what is counted
        ("长发村防汛仓库沙袋不足两百只，检查防汛物资仓库3座。", ["沙袋", "防汛物资仓库"]),
        # 临时 is a word of the counted thing's name (no 时 ending it)
        ("辖区4个临时零售点未配备灭火器材。", ["临时零售点"]),
        # the work a fund is for names it; the verb before the fund still ends the phrase
        ("全区投入河湖治理资金约1.6亿元，投入资金约1.1亿元。", ["河湖治理资金", "资金"]),
        ("全县落实秸秆综合利用资金1.1亿元，投入农村人居环境整治资金1.26亿元。", ["秸秆综合利用资金", "农村人居环境整治资金"]),
        ("安排秸秆还田补贴资金1280万元，拨付补贴资金1800万元。", ["秸秆还田补贴资金", "补贴资金"]),
        ("今年全县安排秸秆打捆离田补贴资金620万元。", ["秸秆打捆离田补贴资金"]),
        ("今年以来，全市投入秸秆机械化还田补助资金约2600万元。", ["秸秆机械化还田补助资金"]),
        ("河源镇永兴村食品安全协管员未按要求报备村民婚宴，2名乡厨无健康证掌勺。", ["乡厨"]),  # (jieba's 名乡)
        # 超量 before the thing seized tells why, the thing is counted; a time of day before how often, the act after
        ("暗查组当场收缴超量烟花爆竹二十多箱。", ["烟花爆竹"]),
        ("新兴镇为集镇农贸市场配备消杀员6名，实行早晚两次消杀。", ["消杀员", "消杀"]),
        # 新近 describes, 水葫芦 grows in the ditches counted; listed nouns a verb inside would cut (投放, 疏散)
        ("朝阳寺镇辖区林区坟地发现新近烧纸痕迹4处。", ["烧纸痕迹"]),
        ("督查发现，双涧镇辖区3条大沟水葫芦疯长、沟坡垃圾堆积。", ["大沟"]),
        ("楼道堆物，2处垃圾分类投放站周边鼠迹明显，县中医院每月开展一次消防应急疏散演练。", ["垃圾分类投放站", "消防应急疏散演练"]),
        # a mountain's name holds a numeral
        ("组成3个暗访组，对小五台山周边重点林区和进山路口开展暗访。", ["暗访组"]),
        # old residential compounds and herders' settlements before a count are where the counted things are
        ("辖区老旧小区5处积水点长期未清理，牧民定居点3处垃圾堆放点蚊蝇孳生。全县改造老旧小区12个。", ["积水点", "垃圾堆放点", "老旧小区"]),
        ("全区共受理12345热线诉求6.8万件。", ["诉求"]),
        ("累计测评点位412个，加装电梯三十七部。", ["点位", "电梯"]),
        # more verbs, modifiers and kinds; herd sizes; a unit the phrase before a count starts inside of
        ("喷洒药物约300公斤，展出展板60余块，打捞漂浮物约420吨。", ["药物", "展板", "漂浮物"]),
        ("查封扣押冻结涉案资产1860万元，处分党员干部9人。", ["涉案资产", "党员干部"]),
        ("全旗牲畜存栏356.8万头只，肉羊出栏一百四十二万只。", ["牲畜", "肉羊"]),
        ("去年新开工亿元以上项目二十一个，拆除破旧广告牌46块。", ["项目", "广告牌"]),
        ("发放蒙汉双语宣传册1500余份，清理城郊白色垃圾约3吨。", ["宣传册", "白色垃圾"]),
        ("搬迁转移保护区核心区内牧户148户。", ["牧户"]),
        ("全县12条主要河流水质达标，回收可回收物约18吨。", ["河流", "可回收物"]),
        ("新院区总建筑面积约9.6万平方米，风电项目装机容量20万千瓦。", ["总建筑面积", "装机容量"]),
        ("一名电焊工无证作业，对2家无证经营的小餐馆立案。", ["电焊工", "小餐馆"]),
        ("共检查居民小区31个、公共机构46家。", ["居民小区", "公共机构"]),
        # a conjunct with its own count, herds of single-character animals, a radius, village work teams
        ("对12个街道的106个社区、背街小巷二百一十条开展测评。", ["街道", "社区", "背街小巷"]),
        ("完成春季集中免疫牛41万头、羊23万只。", ["牛", "羊"]),
        ("考点周边500米内的网吧，清理河道3公里。", [None, "河道"]),
        ("对全县98个驻村工作队开展考核，清理违停共享单车2.6万辆。", ["驻村工作队", "共享单车"]),
        ("村民焚烧秸秆，被行政拘留5日。", [None]),
        ("全县已移栽烤烟8.2万亩，调度农机手一千六百余名，收缴散煤120余吨。", ["烤烟", "农机手", "散煤"]),
        ("该桥全长486米，接待来访群众3120人次，全县实现地区生产总值386.5亿元。", ["全长", "群众", "地区生产总值"]),
        ("全县已下发白色督办单31份，组织县直78家单位参加，核定载畜量121万羊单位。", ["督办单", "单位", "载畜量"]),
    ],
)
def test_objects_on_new_text(text: str, objects: list) -> None:
    assert [m.object for m in extract_counts(text)] == objects


def test_near_ending_another_word_is_no_approximation() -> None:
    assert only("景区附近一座公厕")[:3] == ("一座", 1, False)
    assert only("接近三百人")[:3] == ("接近三百人", 300, True)


def test_second_of_two_ranks_is_no_count() -> None:
    assert extract_counts("两镇分列二、三名") == []
    assert [m.text for m in extract_counts("获评3名、表扬5名")] == ["3名", "5名"]


def test_a_place_phrase_before_the_counted_thing_ends_at_its_location_word() -> None:
    assert [m.object for m in extract_counts("提前转移山塘下游群众300余人，检查景区周边餐饮单位218家")] == ["群众", "餐饮单位"]
    assert only("村集体经营性收入突破百万元")[4] == "村集体经营性收入"


def test_modifiers_after_a_place_name_and_a_registration_verb() -> None:
    assert only("和乐镇最大降雨量达231毫米")[4] == "降雨量"
    assert only("高考报名考生1127人")[4] == "考生"


def test_a_chinese_decimal_with_a_multiplier_inside_raises_nothing() -> None:
    assert all(m.value != 15000 for m in extract_counts("投入一点五几万元。"))


def test_yue_ending_a_word_is_no_approximation_and_near_a_hundred_is_a_count() -> None:
    assert only("签约6个月仍未开工")[:3] == ("6个月", 6, False)
    assert only("大约6个月")[:3] == ("大约6个月", 6, True)
    assert only("沿街商铺近百家")[:3] == ("近百家", 100, True)
    assert extract_counts("百家讲坛") == []


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("开具整改通知书12份。", "整改通知书"),
        ("化解信访积案20件。", "信访积案"),
        ("回收有效问卷500份。", "问卷"),
        ("销售过期牛奶8箱。", "牛奶"),
        ("全县设置接种点12个。", "接种点"),
        ("为老年人接种流感疫苗3000剂。", "流感疫苗"),
        ("新建村级公厕16座。", "公厕"),
        ("发现满溢垃圾桶6处。", "垃圾桶"),
    ],
)
def test_objects_after_more_verbs_and_without_descriptive_modifiers(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_round_hundreds_of_millions_and_percentage_points() -> None:
    assert only("综合产值超过百亿元。") == ("超过百亿元", 10_000_000_000, True, "元", "综合产值")
    assert only("奖励百万元") == ("百万元", 1_000_000, False, "元", None)
    assert extract_counts("知晓率较去年提高4.2个百分点。") == []
    assert extract_counts("百姓安居，千家万户") == []


def test_a_number_of_days_after_a_deadline_word_is_a_count() -> None:
    assert only("限期10日整改") == ("10日", 10, False, "日", None)


def test_equipment_sets_and_yidu() -> None:
    assert only("机械设备85台套") == ("85台套", 85, False, "台套", "机械设备")
    assert extract_counts("水位一度超过警戒水位。") == []




def test_a_case_cracked_is_counted_and_the_links_between_issues_are_not() -> None:
    found = extract_counts("县公安局破获一起电鱼案件。\n上一篇：富源县爱国卫生工作简报\n下一篇：富源县创卫工作简报")
    assert [(c.text, c.value, c.object) for c in found] == [("一起", 1, "案件")]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("县爱卫办抽调骨干组成4个评比组。", "评比组"),
        ("每季度开展一次城乡环境集中整治。", "城乡环境集中整治"),
        # an activity after a frequency is whole, with its scope and its season, up to the clause's end
        ("春节前开展一次全市城乡环境卫生大扫除。", "全市城乡环境卫生大扫除"),
        ("9月上旬开展一次全县统一灭蚊行动，", "全县统一灭蚊行动"),
        ("5月上旬开展一次“回头看”。", "回头看"),
        ("镇里举办从业人员培训5期。", "从业人员培训"),
        ("开展背街小巷集中清扫3轮。", "背街小巷集中清扫"),
        ("对9个集中安置点开展检查。", "集中安置点"),
        ("全镇3处危房未拆除。", "危房"),
        ("通报了6家未办理健康证的餐馆。", "餐馆"),
        ("汛前落实监测员86名。", "监测员"),
    ],
)
def test_objects_with_inspection_teams_joined_position_words_and_long_activities(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize("intro", ["以下简称", "下称", "以下称", "简称"])
def test_a_sum_a_company_invests_after_its_short_name_in_brackets_has_no_object(intro: str) -> None:
    text = f"青山新能源有限公司（{intro}“青山新能源”）投资5亿元建设光伏电站。"
    assert only(text)[:5] == ("5亿元", 500_000_000, False, "元", None)


def test_the_count_after_a_short_name_in_brackets_counts_the_noun_after_the_bracket() -> None:
    text = "县城乡环卫有限公司（下称环卫公司）保洁员120名，清运车辆15辆。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [("120名", "保洁员"), ("15辆", "清运车辆")]


def test_objects_with_harvest_machines_litter_kinds_and_the_outskirts() -> None:
    text = "清理乱堆乱放150多处，清理乱堆杂物30余处，规范店外经营商户46家。投入联合收割机1100余台，免费为农户打捆秸秆800余亩，清理城乡结合部垃圾20吨。"
    assert [m.object for m in extract_counts(text)] == ["乱堆乱放", "杂物", "商户", "联合收割机", "秸秆", "垃圾"]


def test_townships_counted_graves_in_xue_and_licences_reissued() -> None:
    text = "全县9个镇实现垃圾集中转运，日均转运生活垃圾120吨，累计迁移散坟近900穴，督促补办卫生许可证12份，宏达公司承建工地5处积水点未清理。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("9个", "镇"), ("120吨", "生活垃圾"), ("近900穴", "散坟"), ("12份", "卫生许可证"), ("5处", "积水点")]


def test_transfer_trucks_stay_whole_though_transferring_is_a_verb() -> None:
    assert [(m.text, m.object) for m in extract_counts("3辆转运车未密闭运输，日均转运生活垃圾60吨。")] == [
        ("3辆", "转运车"), ("60吨", "生活垃圾")]


def test_clearing_to_zero_is_no_count() -> None:
    assert extract_counts("建立“散乱污”动态清零台账。") == []


def test_objects_of_straw_manure_hazardous_waste_and_fines_each() -> None:
    text = ("对焚烧秸秆的3名当事人各处罚款500元，还田粪肥约30万吨，规范处置危险废物120吨，秸秆打捆离田5万吨，"
            "年可收储秸秆3万吨，配备秸秆还田机械300余台，新建农产品快检室12个。")
    assert [m.object for m in extract_counts(text)] == [
        "当事人", "罚款", "粪肥", "危险废物", "秸秆", "秸秆", "秸秆还田机械", "农产品快检室"]


def test_objects_of_wires_cut_dogs_registered_vaccine_given_and_filed_guesthouses() -> None:
    text = "社区剪除“飞线”120处，登记管理家犬5300余只，免费注射狂犬疫苗800余剂，新增备案民宿20家。"
    assert [m.object for m in extract_counts(text)] == ["飞线", "家犬", "狂犬疫苗", "民宿"]


def test_a_list_after_a_conjunction_is_of_other_things_and_heads_of_units_are_the_object() -> None:
    text = "对城区9个社区和农贸市场、餐饮门店开展暗访，检查3家餐馆和小吃店。"
    assert [m.object for m in extract_counts(text)] == ["社区", "餐馆和小吃店"]
    text = "各乡镇分管负责人20余人参加，全县中小学、幼儿园负责人80余人参加。"
    assert [m.object for m in extract_counts(text)] == ["分管负责人", "负责人"]


def test_problem_before_a_thing_is_dropped_but_a_problem_list_stays_whole() -> None:
    text = "整改问题户厕320余户，下架问题食品12公斤，形成问题清单4份。"
    assert [m.object for m in extract_counts(text)] == ["户厕", "食品", "问题清单"]


def test_sites_and_machines_named_with_a_verb_inside_them() -> None:
    text = "新建再生资源回收站点52个，配置智能回收机16台，对9个村寨和3家社区卫生服务中心开展暗访。"
    assert [m.object for m in extract_counts(text)] == ["再生资源回收站点", "智能回收机", "村寨", "社区卫生服务中心"]


def test_secondary_water_supply_is_no_count_and_objects_of_water_checks() -> None:
    text = "检查二次供水设施18处，检测公共用品用具260件，建成水质在线监测点3个。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("18处", "二次供水设施"), ("260件", "公共用品用具"), ("3个", "水质在线监测点")]


def test_a_conjunct_after_he_counted_after_it_is_this_counts_own() -> None:
    # 52家 counts the units; 4个 counts the markets after 和, not the units again
    text = "对城区8个社区、县直52家单位和农贸市场4个开展考评，对2个农贸市场和沿街商户300余户开展暗访。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("8个", "社区"), ("52家", "单位"), ("4个", "农贸市场"), ("2个", "农贸市场"), ("300余户", "商户")]


def test_another_set_or_a_named_place_after_he_is_no_part_of_the_object() -> None:
    text = "对全县7个镇和城关街道开展考评，抽查9个社区和市直单位，检查18家宾馆和饭店。"
    assert [m.object for m in extract_counts(text)] == ["镇", "社区", "宾馆和饭店"]


def test_kinds_and_defects_of_goods_and_stalls_on_the_road_before_the_thing_counted() -> None:
    text = "受理城市管理类诉求26件，查扣来源不明腊肉60公斤、无标签冷冻肉品30公斤，规范占道摊点80余处，清理村屯积雪900立方米。"
    assert [m.object for m in extract_counts(text)] == ["诉求", "腊肉", "冷冻肉品", "摊点", "积雪"]


def test_a_fine_after_whoever_was_fined_and_compound_places_before_what_is_wrong_with_them() -> None:
    text = "老林鱼丸店另被罚款3000元，家庭农场负责人被依法罚款500元；辖区3家餐饮点从业人员无健康证，4处垃圾投放点混投混运。"
    assert [m.object for m in extract_counts(text)] == ["罚款", "罚款", "餐饮点", "垃圾投放点"]


def test_ponds_and_shops_are_nouns_the_object_ends_at() -> None:
    text = "孙寺镇辖区5个坑塘仍有生活垃圾倾倒，2家冻品店冷柜未清洗，3家夜宵店餐具未消毒。"
    assert [m.object for m in extract_counts(text)] == ["坑塘", "冻品店", "夜宵店"]


def test_a_financial_numeral_glued_to_the_word_before_is_no_part_of_the_count() -> None:
    # 伍 closes 队伍; a sum written in financial forms throughout keeps them
    text = "组织抢险队伍三十余支、人员1500余人次，拨付救灾资金壹佰伍拾万元。"
    assert [(m.text, m.value, m.object) for m in extract_counts(text)] == [
        ("三十余支", 30, "抢险队伍"), ("1500余人次", 1500, "人员"), ("壹佰伍拾万元", 1500000, "救灾资金")]


def test_sections_of_rivers_are_counted_but_a_while_is_not() -> None:
    text = "近一段时间以来，巡查河段四十二段，发现5段堤段存在隐患。"
    assert [(m.text, m.value, m.object) for m in extract_counts(text)] == [
        ("四十二段", 42, "河段"), ("5段", 5, "堤段")]


def test_staff_and_places_named_with_a_verb_inside_end_the_object() -> None:
    text = ("聘用保洁监督员120名，建成农残检测站3座；全县85名护河员坚持每日巡河，3家屠宰场污水直排，"
            "23家重点排污单位完成整改。")
    assert [m.object for m in extract_counts(text)] == ["保洁监督员", "农残检测站", "护河员", "屠宰场", "重点排污单位"]


def test_illegal_qualifies_a_listed_noun_after_it_and_ends_a_noun_before_it() -> None:
    text = "辖区2处晒场违规堆放柴草，查处一起食品安全违法案件，拆除5处违法建筑。"
    assert [m.object for m in extract_counts(text)] == ["晒场", "案件", "违法建筑"]


def test_objects_after_verbs_of_harvest_treatment_and_dispatch() -> None:
    text = "砍收甘蔗约50万吨，查治耕牛800余头，查出血吸虫感染者12人，调用抽水泵二十台。"
    assert [m.object for m in extract_counts(text)] == ["甘蔗", "耕牛", "血吸虫感染者", "抽水泵"]


def test_a_forest_area_before_a_count_is_where_the_counted_townships_are() -> None:
    assert [m.object for m in extract_counts("对重点林区9个乡镇开展督查。")] == ["乡镇"]


def test_descriptive_states_before_the_thing_are_dropped() -> None:
    text = "取缔无证摊点12个，没收变质食品30公斤，清理倒伏树木200余棵，发现冻堵户厕8座。"
    assert [m.object for m in extract_counts(text)] == ["摊点", "食品", "树木", "户厕"]


def test_people_served_fines_imposed_and_a_quoted_label_after_he() -> None:
    text = "义诊服务群众600余人次，对3家商户共处罚款1500元；抽查背街小巷12条和“六小”门店80家。"
    assert [m.object for m in extract_counts(text)] == ["群众", "商户", "罚款", "背街小巷", "门店"]


def test_straw_returned_to_the_fields_and_roadside_trading_alone() -> None:
    text = "全镇秸秆粉碎还田8万亩，秸秆综合利用1.2万亩，清理占道经营90余处，规范占道经营摊点40个。"
    assert [m.object for m in extract_counts(text)] == ["秸秆", "秸秆", "占道经营", "摊点"]


def test_wan_yi_inside_a_numeral_is_no_idiom() -> None:
    text = "全县一万一千余户居民完成改造，万一发生险情立即转移。"
    assert [(m.text, m.value, m.object) for m in extract_counts(text)] == [("一万一千余户", 11000, "居民")]


def test_sentences_fines_and_detentions_of_a_gang_case() -> None:
    text = "法院公开宣判一起涉恶案件，被告人并处罚金12万元；公安机关刑事拘留涉案人员9人。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [("一起", "案件"), ("12万元", "罚金"), ("9人", "涉案人员")]


def test_unlicensed_trading_is_dropped_and_after_school_care_kept_whole() -> None:
    text = "取缔无证经营摊点15个，检查校外托管机构8家，2家托餐机构从业人员未持健康证。"
    assert [m.object for m in extract_counts(text)] == ["摊点", "校外托管机构", "托餐机构"]


def test_areas_named_by_their_work_and_snow_and_fireworks_after_their_verbs() -> None:
    text = "苫盖面积约2万平方米，外运积雪约5万立方米，收缴非法储存烟花爆竹约0.8吨，受理涉黑涉恶线索52条，发现问题路段9处。"
    assert [m.object for m in extract_counts(text)] == ["苫盖面积", "积雪", "烟花爆竹", "线索", "路段"]


def test_yi_qi_after_a_numeral_is_a_count_of_cases() -> None:
    text = "破获案件四十一起，群众一起参与。"
    assert [(m.text, m.value, m.object) for m in extract_counts(text)] == [("四十一起", 41, "案件")]


def test_a_counted_things_parts_and_troubles_after_it_end_the_object() -> None:
    text = "辖区4家咖啡馆冷藏食品超期存放，2个虾塘看护人员未撤离，2座桥涵淤堵未清；暂扣三轮车12辆，通知渔船300艘回港。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("4家", "咖啡馆"), ("2个", "虾塘"), ("2座", "桥涵"), ("12辆", "三轮车"), ("300艘", "渔船")]


def test_extinguishers_treatment_works_and_staff_after_a_shop() -> None:
    text = "新配灭火器60具，检查处理设施42座、处理站8座，判处被告人5名；辖区3家米粉店从业人员未持健康证，2家养猪场粪污直排。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("60具", "灭火器"), ("42座", "处理设施"), ("8座", "处理站"), ("5名", "被告人"), ("3家", "米粉店"), ("2家", "养猪场")]


def test_unlicensed_points_picked_up_rubbish_and_a_dams_spillway() -> None:
    text = "取缔无照散煤经营点27个，捡拾垃圾约4吨，洮坪镇辖区2座塘坝溢洪道堵塞，2个渔港船只未按规定锚固。"
    assert [m.object for m in extract_counts(text)] == ["散煤经营点", "垃圾", "塘坝", "渔港"]


def test_ageing_hoses_and_problem_goods_are_the_things_themselves() -> None:
    text = "更换老化软管400余根，下架问题月饼约60公斤，销毁问题蔬菜2吨。"
    assert [m.object for m in extract_counts(text)] == ["软管", "月饼", "蔬菜"]


def test_a_water_level_named_before_the_date_it_rose_on() -> None:
    text = "江段水位持续上涨，7月8日涨至133.5米。邵伯站水位7月19日涨至8.62米，长江涪陵段水位涨至186.2米，城区段水位一度涨至38.6米。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("133.5米", "水位"), ("8.62米", "水位"), ("186.2米", "水位"), ("38.6米", "水位")]


def test_kinds_of_hazard_written_alone_stay_whole() -> None:
    text = "督促整改火灾隐患96处，排查用电隐患120余处，破获毒品刑事案件26起，受理群众举报线索87条，收集问题线索3条。"
    # (群众举报线索: the public's reports, 举报线索 in 23 of the 38 gold marks; 毒品刑事案件 whole in 17 of 23)
    assert [m.object for m in extract_counts(text)] == ["火灾隐患", "用电隐患", "毒品刑事案件", "举报线索", "问题线索"]


def test_people_moved_from_danger_zones_and_the_times_of_a_wrong_after_the_thing() -> None:
    text = ("转移山洪灾害危险区群众340余人，转移低洼地区群众210户，参演群众2300余人次；石鼓镇辖区2处码头夜间无人值守，"
            "3处排污口雨天溢流，2座煤矿井下瓦斯监测记录缺失，3座淤地坝放水设施损坏，6处公益广告牌破损。")
    assert [m.object for m in extract_counts(text)] == [
        "群众", "群众", "群众", "码头", "排污口", "煤矿", "淤地坝", "公益广告牌"]


def test_dog_deworming_its_drug_and_the_rounds_held_of_it() -> None:
    text = "完成犬只驱虫2.2万余只次，发放驱虫药7.8万片，开展犬只驱虫12轮次，喷洒药物1.2吨。"
    assert [(m.text, m.unit, m.object) for m in extract_counts(text)] == [
        ("2.2万余只次", "只次", "犬只"), ("7.8万片", "片", "驱虫药"), ("12轮次", "轮次", "犬只驱虫"), ("1.2吨", "吨", "药物")]


def test_wu_of_a_team_is_no_numeral_and_days_of_good_air_are_counted() -> None:
    assert extract_counts("兴隆村巡堤队伍昼夜值守") == []
    assert only("捐款伍万元") == ("伍万元", 50000, False, "元", "捐款")
    assert only("全县空气质量优良天数二百一十六天") == ("二百一十六天", 216, False, "天", "优良天数")
    assert only("拆除河道违建九处")[-1] == "违建"
    assert only("拆除河道内违法建筑十四处")[-1] == "违法建筑"
    assert only("下架问题粽子约45公斤")[-1] == "粽子"


def test_people_moved_for_safety_grades_and_the_basin_where_townships_lie() -> None:
    text = ("转移避险群众3260人，转移临河群众140余人，转移老旧房屋居民320户；评为A级的37家、B级152家；对沘江流域6个乡镇开展暗访，"
            "大川镇辖区3个入山路口无人值守，2处临水区域防护栏缺失，4栋经营性自建房擅自加层，5家健身器材企业员工宿舍未分隔。")
    assert [m.object for m in extract_counts(text)] == [
        "群众", "群众", "居民", None, None, "乡镇", "入山路口", "临水区域", "自建房", "健身器材企业"]


def test_kinds_of_offence_and_verbs_before_pigs_trees_and_people_reprimanded() -> None:
    text = ("查处酒驾违法行为5起、交通违法行为120起，调减生猪约4.6万头，修剪行道树2600余株，批评教育28人，拆除违法建设约3.2万平方米。")
    assert [m.object for m in extract_counts(text)] == ["违法行为", "交通违法行为", "生猪", "行道树", None, "违法建设"]


def test_places_seasons_and_sanctions_before_the_thing_counted() -> None:
    text = ("转移临河住户36户，清理林缘可燃物约280吨，清理河面漂浮物约2600吨，转移地质灾害隐患点群众120余人，各乡镇补投毒饵站"
            "不少于200个，造成塌方11处，全区秋收水稻约42万亩，累计安检用户3.8万户，安装扬尘监测仪68台，排查外地返乡人员342人。")
    assert [m.object for m in extract_counts(text)] == [
        "住户", "可燃物", "漂浮物", "群众", "毒饵站", "塌方", "水稻", "用户", "扬尘监测仪", "返乡人员"]


def test_a_mines_slopes_and_gas_a_bin_room_and_townships_along_the_yellow_river() -> None:
    text = "适中镇辖区2座矿山边坡监测记录缺失，伏口镇辖区2座煤矿瓦斯检查记录不全，3处垃圾箱房周边堆物；在沿黄4个苏木镇设立哨所。"
    assert [m.object for m in extract_counts(text)] == ["矿山", "煤矿", "垃圾箱房", "苏木镇"]


def test_slogans_in_single_quotes_and_a_quote_closed_after_the_count() -> None:
    assert [m.text for m in extract_counts("落实‘一段一人’巡堤责任，‘四早’要求，落实3人值守")] == ["3人"]
    assert [(m.text, m.object) for m in extract_counts("他要求：“春节前各社区开展两次集中清扫”。")] == [("两次", "集中清扫")]


def test_people_dealt_with_a_rising_level_and_things_named_by_their_work() -> None:
    text = ("移送司法机关处理7人，处理党员干部7人，行政拘留4人；水库水位上涨1.6米；完成渔船回收326艘；秸秆打包离田约38万亩；"
            "发现死灰复燃企业11家；建成粪污集中处理中心4个；配置垃圾收集桶1500个，新建改造桶站320个；发生生产安全事故3起；"
            "区城管局对家和超市罚款500元。")
    assert [m.object for m in extract_counts(text)] == [
        None, "党员干部", None, "水位", "渔船", "秸秆", "企业", "粪污集中处理中心", "垃圾收集桶", "桶站", "生产安全事故", "罚款"]


def test_boats_back_in_port_a_lakes_outfalls_and_a_things_surroundings_and_ledgers() -> None:
    text = ("组织渔船回港避风328艘；完成湖区12处入湖排污口整治；关停搬迁禁养区养殖场23家；辖区3条港渠漂浮物清理不及时；"
            "处置管涌、渗漏险情11处；灭火器过期6具；1处公墓周边可燃物未清理；完成燃气报警器安装1100余台；高峰期日均游客"
            "超过20万人次；排查出租房920间；2家农资店购销台账缺失，3家冷饮店无进货台账；受益居民600余人；2处滑坡隐患点未设置"
            "警示标志；每周开展一次江岸联合巡查。")
    assert [m.object for m in extract_counts(text)] == [
        "渔船", "入湖排污口", "养殖场", "港渠", "险情", "灭火器", "公墓", "燃气报警器", "游客", "出租房", "农资店", "冷饮店",
        "居民", "滑坡隐患点", "江岸联合巡查"]


def test_a_range_with_its_measure_word_after_both_ends() -> None:
    assert [(m.text, m.value, m.unit) for m in extract_counts("分别被判处有期徒刑一年至七年不等。")] == [("一年至七年", 1, "年")]
    assert [(m.text, m.value) for m in extract_counts("每村配备3至5名保洁员，值守3天至5天。")] == [("3至5名", 3), ("3天至5天", 3)]


def test_rescued_people_coal_outlets_and_things_named_by_their_work() -> None:
    text = ("取缔散煤销售网点27个；三屯营镇辖区出现秸秆焚烧火点2处；初步统计经济损失约1.3亿元；成功营救被困群众十二名；"
            "划行归市摊位240余个；投入粉碎机械46台；开展宣传活动不少于2场；2处网箱养殖点未按期清退；受理举报线索126条；"
            "对杏树街道辖区2处排污口雨污混流的问题，现场责令整改；新建改建定时定点投放点1600个；在38个居民区推行。")
    assert [m.object for m in extract_counts(text)] == [
        "散煤销售网点", "火点", "经济损失", "群众", "摊位", "粉碎机械", "宣传活动", "网箱养殖点", "举报线索", "排污口",
        "投放点", "居民区"]


def test_grades_of_a_ranking_people_screened_and_things_dug_up() -> None:
    text = ("结果如下：一、优秀（3个）：岭洋乡；评定A级21家；转移湖区群众320余人；劝导未戴口罩群众200余人次；筛查包虫病群众2.8万人；"
            "辖区3个嘎查畜粪随意堆放；打设防火隔离带160公里；巡检农户2600余户；铲除小广告3000余张；查获非法捕捞船只2艘；"
            "下发交办单3份。")
    assert [m.object for m in extract_counts(text)] == [
        None, None, "群众", "群众", "群众", "嘎查", "防火隔离带", "农户", "小广告", "船只", "交办单"]


def test_a_shops_fine_and_its_fault_end_it_and_modifiers_after_a_place_go_too() -> None:
    text = ("对1家熟食店罚款2000元；对2家熟食店无证经营的问题现场责令整改；清理楼道内违停电动自行车1200余辆；全县农村集体聚餐"
            "备案342场次；转移安置沿淮群众3200余人；2处防火检查卡点无人值守；在县境内一处废弃矿点侦破案件；胡家镇辖区2处排污口"
            "污水直排；3个居民小组；打通牧道320余公里。")
    assert [m.object for m in extract_counts(text)] == [
        "熟食店", "罚款", "熟食店", "电动自行车", "农村集体聚餐", "群众", "防火检查卡点", "矿点", "排污口", "居民小组", "牧道"]


def test_a_slogan_of_two_clauses_in_single_quotes_and_wheat_harvested_by_machine() -> None:
    text = "坚决做到‘不着一把火、不冒一处烟’。全县小麦机收约52万亩；检查屠宰企业26家；双桥镇辖区3处沟塘水面漂浮物未清理。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("约52万亩", "小麦"), ("26家", "屠宰企业"), ("3处", "沟塘")]


def test_wages_paid_people_ashore_a_highest_level_and_faults_after_a_mine() -> None:
    text = ("督促支付农民工工资约1360万元；组织渔排养殖人员上岸9300余人；江段水位最高涨至892.4米；查扣过期未检气瓶26只；"
            "销售无追溯码冻品约45公斤；辖区5个嘎查柴草乱堆乱放；1处煤矿超能力组织生产；查处违规倾倒行为13起。")
    assert [m.object for m in extract_counts(text)] == [
        "农民工工资", "渔排养殖人员", "水位", "气瓶", "冻品", "嘎查", "煤矿", "违规倾倒行为"]


def test_a_ditch_blocked_and_not_cleared_ends_the_thing_counted() -> None:
    assert [m.object for m in extract_counts("对立节镇辖区2处泥石流沟道堵塞未清的问题，现场责令整改。")] == ["泥石流沟道"]


def test_a_number_opening_with_zero_is_a_code_or_a_broken_piece_never_a_count() -> None:
    # 5|00万元: a page's line broke the number; 沙尔克04队, 编号003: names and codes
    text = "医生孙启勤获得了5\n00万元的体彩大奖。沙尔克04队获胜。编号003的摊位被取缔，清理垃圾0.5吨。"
    assert [(m.text, m.value) for m in extract_counts(text)] == [("0.5吨", 0.5)]


def test_village_cooks_drains_dug_out_firms_back_at_work_and_a_fire_caused() -> None:
    text = ("辖区3名乡村厨师未办理健康证；清掏雨水井一千一百余个；已复工规上工业企业1126家；检查复工复产煤矿四十三座；"
            "引发火情1起；拆除湖滨违章建筑二十三处；沿路秸秆堆十余处未清运。")
    assert [m.object for m in extract_counts(text)] == [
        "乡村厨师", "雨水井", "规上工业企业", "煤矿", "火情", "违章建筑", "秸秆堆"]


def test_a_village_or_township_written_as_one_character_opens_the_persons_counted_and_verbs_before_the_thing() -> None:
    text = ("对2名村干部予以问责；5名乡厨未持健康证；对9个镇乡开展暗访；3个村暂缓命名；电话回访群众120人次；"
            "实地察看施工工地12处；放置毒饵盒300个。")
    assert [m.object for m in extract_counts(text)] == ["村干部", "乡厨", "镇乡", "村", "群众", "施工工地", "毒饵盒"]


def test_safety_pledges_food_businesses_self_built_houses_and_crimes_committed() -> None:
    text = ("签订安全生产责任书46份；检查食品生产经营主体8600余家次；12栋自建房漏报；漏查房屋12栋；作案23起；"
            "采收棉花约12万亩；对流域内1806家客栈开展排查。")
    assert [m.object for m in extract_counts(text)] == [
        "安全生产责任书", "食品生产经营主体", "自建房", "房屋", None, "棉花", "客栈"]


def test_fire_crews_by_kind_a_nationwide_test_round_and_a_check_of_gas_depots() -> None:
    text = ("组建专业扑火队3支、半专业扑火队8支；开展全员核酸检测3轮；三堡乡辖区5座晾房私拉乱接电线；"
            "每周开展一次液化气供应站飞行检查；为企业协调口罩42万只；为农民工追发工资1260余万元。")
    assert [m.object for m in extract_counts(text)] == [
        "专业扑火队", "半专业扑火队", "全员核酸检测", "晾房", "液化气供应站飞行检查", "口罩", "工资"]


def test_posts_held_at_several_levels_herding_villages_and_things_struck_off() -> None:
    text = ("建立县、乡、村三级河长六百三十八名；落实区、街、村三级河湖长四百一十二名；3个嘎查村柴草乱堆；全嘎查68户牧户；"
            "累计上岗志愿者860余人次；已销号39处；参演人员九十余人；有3名患者家属在室内吸烟；对全市3家二级医院开展检查。")
    assert [m.object for m in extract_counts(text)] == [
        "河长", "河湖长", "嘎查村", "牧户", "志愿者", None, "参演人员", "患者家属", "二级医院"]


def test_patrols_totalled_count_the_patrol_and_safety_hazards_stay_whole() -> None:
    text = ("全县各级河长累计巡河1.2万余次；各级湖长、河长累计巡湖巡河6800余次；县级河长每月巡河不少于1次；"
            "全区共排查安全隐患二千六百余处。")
    assert [m.object for m in extract_counts(text)] == ["巡河", "巡湖巡河", None, "安全隐患"]


def test_coastal_is_where_the_counted_things_are() -> None:
    assert [m.object for m in extract_counts("鳌山卫街道提前转移沿海养殖户二百一十户。")] == ["养殖户"]


def test_public_areas_pumping_stations_opened_and_stones_thrown_in() -> None:
    text = ("开启泵站十四座，累计抽排渍水约860万立方米；选聘垃圾分类督导员三十名；抛投石料1.2万立方米；新装路灯一千二百余盏；"
            "每天开展两次公共区域消毒。")
    assert [m.object for m in extract_counts(text)] == ["泵站", "渍水", "垃圾分类督导员", "石料", "路灯", "公共区域消毒"]


def test_stacks_and_heaps_of_straw() -> None:
    found = extract_counts("永丰村村屯周边堆放秸秆30余垛；张寨村田间地头堆放麦秸20余堆未及时清运。")
    assert [(m.text, m.value, m.approx, m.unit, m.object) for m in found] == [
        ("30余垛", 30, True, "垛", "秸秆"), ("20余堆", 20, True, "堆", "麦秸")]


def test_fires_put_out_burning_acts_members_of_a_gang_hazard_spots_and_firebreaks_cleared() -> None:
    text = ("发现并扑灭火点5个；劝阻焚烧行为12起；对以刘某某为首的恶势力犯罪集团7名成员依法宣判；"
            "排查山洪地质灾害隐患点一百三十七处；提前完成防火隔离带清理12公里；清理积存垃圾约360吨；"
            "3处公交站亭小广告未清理。")
    assert [m.object for m in extract_counts(text)] == [
        "火点", "焚烧行为", "成员", "隐患点", "防火隔离带", "垃圾", "公交站亭"]


def test_tiers_in_brackets_guesthouses_rented_rooms_and_all_of_the_villages() -> None:
    text = ("全市、镇（乡、街道）、村三级河湖长一百零四名；海滨镇辖区5家家庭旅馆；检查出租屋一千一百二十间、专业市场三十六个；"
            "新青镇提前完成全部9个村防火隔离带建设；督促建筑工地37个全部停工。")
    assert [m.object for m in extract_counts(text)] == ["河湖长", "家庭旅馆", "出租屋", "专业市场", "村", "建筑工地"]


def test_fires_fought_and_boilers_checked_again() -> None:
    found = extract_counts("成功扑救雷击火2起；复核锅炉四十六台。")
    assert [m.object for m in found] == ["雷击火", "锅炉"]


def test_danger_zones_named_by_their_danger_and_tiers_of_communities_in_brackets() -> None:
    found = extract_counts("排查山洪灾害危险区十二处；全区区、街（乡）、村（社区）三级河长一百六十八名。")
    assert [m.object for m in found] == ["山洪灾害危险区", "河长"]


def test_patrol_vehicles_are_counted_by_their_duty() -> None:
    assert [m.object for m in extract_counts("出动巡查车辆三百四十台次、执法车辆120台次。")] == ["巡查车辆", "执法车辆"]


def test_inspectors_refuse_trucks_and_fire_checkpoints_are_counted_whole() -> None:
    found = extract_counts("抽调督查人员30名，出动清运车辆12台，设置防火检查卡点36个；检查卡点二十八个。")
    assert [m.object for m in found] == ["督查人员", "清运车辆", "防火检查卡点", "卡点"]


def test_households_and_persons_moved_share_their_noun() -> None:
    found = extract_counts("提前转移低洼地带群众八十六户二百三十余人，调运帐篷六百顶。")
    assert [(m.text, m.object) for m in found] == [("八十六户", "群众"), ("二百三十余人", "群众"), ("六百顶", "帐篷")]


def test_sites_stopped_are_counted_without_the_stopping_but_the_notice_to_stop_is_whole() -> None:
    found = extract_counts("停工建筑工地四十七个，下达停工整改通知书5份、整改通知书3份。")
    assert [m.object for m in found] == ["建筑工地", "停工整改通知书", "整改通知书"]


def test_a_noun_opened_by_you_a_tier_named_by_a_community_and_an_organisation_counted() -> None:
    found = extract_counts("可回收物八百四十余吨、有害垃圾约1.2吨，设置有害垃圾收集点12个；金山街道有3名社区级河长未巡河；"
                           "打掉涉黑组织1个。")
    assert [m.object for m in found] == ["可回收物", "有害垃圾", "有害垃圾收集点", "河长", "涉黑组织"]


def test_against_the_rules_is_dropped_before_a_thing_but_kept_with_the_act() -> None:
    found = extract_counts("查扣违规网具二十三张，查处违规用火行为7起，制止违规用火12起；安装独立式烟感报警器300个，追缴违法所得2万元。")
    assert [m.object for m in found] == ["网具", "违规用火行为", "违规用火", "烟感报警器", "违法所得"]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("组织一场“健康知识我来答”知识竞赛。", "知识竞赛"),
        ("每月开展一次城乡环境“6个专项整治”集中攻坚行动。", "集中攻坚行动"),
        ("全县完成农贸市场“智慧监管”改造12家。", "农贸市场"),
        ("累计拆除农村“危旧房”320栋。", "危旧房"),
        ("全县各乡镇（街道）负责同志三十余人参加会议。", "负责同志"),
        ("抽查中小学（幼儿园）食堂32家。", "食堂"),
        ("组织各镇（街道）护林员和扑火队员二百余人开展演练。", "护林员和扑火队员"),
        ("设立“党员+网格员”服务点8个。", "服务点"),
        ("评选“文明家庭”“美丽庭院”示范户56户。", "示范户"),
    ],
)
def test_objects_leave_out_quoted_labels_and_the_scope_a_phrase_began_inside_of(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("通报如下：城关镇辖区2家校园周边小卖部销售过期食品。", "小卖部"),
        ("通报如下：城关镇辖区2所学校周边流动摊贩占道经营。", "学校"),
        ("发现富村镇有2处险工险段巡查人员未在岗。", "险工险段"),
        ("检查发现，营上镇辖区3处涵闸启闭设施锈蚀。", "涵闸"),
        ("对中安街道所辖12个社区开展测评。", "社区"),
        ("共排查在建工程项目46个。", "在建工程项目"),
        ("排查劣Ⅴ类小微水体九十二个。", "小微水体"),
    ],
)
def test_objects_past_a_schools_surroundings_an_owing_company_and_the_parts_of_a_sluice(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_after_a_company_the_workers_it_owes_and_the_coaches_it_overloads() -> None:
    text = "宏达建筑劳务有限公司拖欠15名农民工工资，顺达客运有限公司2辆客车超员运营。"
    companies = [(0, 10), (text.index("顺达"), text.index("2辆"))]
    assert [(m.text, m.object) for m in extract_counts(text, organisations=companies)] == [
        ("15名", "农民工"), ("2辆", "客车")]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("县巩卫办开展暗访督查4轮。", "暗访督查"),
        ("县爱卫办共设置测评点位一百零六个。", "测评点位"),
        ("第三方机构共测评点位98个。", "点位"),
        ("新改户厕7座无法正常使用。", "户厕"),
        ("完成辖区9台燃煤锅炉清洁能源改造。", "燃煤锅炉"),
    ],
)
def test_activities_named_by_verbs_in_a_row_points_set_for_evaluation_and_broken_toilets(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("林业局在进山路口设立检查卡点四十个。", "检查卡点"),
        ("林业局在进山路口设置检查卡点18个。", "检查卡点"),
        ("城关镇有2个检查卡点白天无人值守。", "检查卡点"),
        ("督查组分三路暗访，检查卡点二十六个。", "卡点"),  # the inspectors' verb and what they inspected
        ("督查组共检查卡点五十个。", "卡点"),
    ],
)
def test_checkpoints_set_up_or_checked(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_vehicles_of_a_company_named_before_the_count() -> None:
    text = "观音阁镇的溆兴客运有限公司一台客车动态监控装置长期离线。"
    company = [(text.index("溆兴"), text.index("一台"))]
    assert [(m.text, m.object) for m in extract_counts(text, organisations=company)] == [("一台", "客车")]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("合作社将收割后的秸秆堆放路边约40吨，未及时离田。", "秸秆"),
        ("合作社收割后稻草堆放于田埂约20吨未及时清运。", "稻草"),
        ("合作社将秸秆堆放路边约40吨，6月2日被责令限期清运。", "秸秆"),
        ("合作社收获后秸秆露天堆放约80吨未及时清运。", "秸秆"),
        ("合作社打捆秸秆露天堆放路边约120吨。", "秸秆"),
        ("合作社收割后秸秆沿公路露天堆放约25吨。", "秸秆"),
        ("转移沿江低洼区域群众一千四百余户。", "群众"),
        ("转移景区滞留游客两千余人。", "游客"),
        ("集中安置搬迁群众三百余户。", "搬迁群众"),
    ],
)
def test_things_heaped_somewhere_and_people_moved_from_wherever_they_lived(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("广信区第二中学食堂3名从业人员未持健康证上岗。", "从业人员"),
        ("10月18日夜间该村2名村民在田间焚烧秸秆。", "村民"),
        ("长茂镇长茂村2名村干部被问责。", "村干部"),
        ("水族乡1名公厕管理员被辞退。", "公厕管理员"),
        ("田头镇的幼儿园1名厨师健康证明过期。", "厨师"),
        ("合水镇辖区3名社区戒毒人员未按期报到。", "社区戒毒人员"),
        ("现场观众500余人。", "现场观众"),
    ],
)
def test_people_counted_after_a_count_of_persons_not_the_place_before_it(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("宏盛石材厂向印江河倾倒废渣约40吨。", "废渣"),
        ("查处违规倾倒行为十三起。", "违规倾倒行为"),
        ("劝导取消聚集性活动四百七十余场次。", "聚集性活动"),
        ("共检查人员密集场所五百七十余家。", "人员密集场所"),
        ("景南乡辖区3个垃圾分类投放点混装混运。", "垃圾分类投放点"),
        ("对12处高陡边坡实行专人监测。", "高陡边坡"),
        ("江背镇辖区3家烟花爆竹经营店超量储存。", "烟花爆竹经营店"),
        ("八仙筒镇辖区2家养老机构燃煤锅炉房未安装报警器。", "养老机构"),
        ("仓库内3瓶调味品超过保质期。", "调味品"),
        ("巴伦台镇辖区4套山洪预警广播损坏未修复。", "山洪预警广播"),
        ("灵溪镇辖区4处小微水体漂浮垃圾未清理。", "小微水体"),
        ("喀拉苏镇有3名村级河长今年以来未按要求巡河。", "河长"),
        ("上港乡辖区2处险工险段巡堤人员未在岗。", "险工险段"),
        ("鸡山乡为辖区渔船配齐救生衣一千二百余件。", "救生衣"),
        ("为犬只佩戴项圈一千八百个。", "项圈"),
        ("回填采砂坑二十三处。", "采砂坑"),
        ("查扣渔获物约45公斤。", "渔获物"),
        ("检查国有林场2个。", "国有林场"),
        ("大麦屿街道辖区2家船舶修造企业动火作业未审批。", "船舶修造企业"),
        ("水田乡辖区6座农村户厕粪污满溢未清掏。", "农村户厕"),
        ("兴隆镇组织打包机、运输车一百二十余台开展秸秆离田作业。", "打包机、运输车"),
        ("县卫健局组织采样人员四百余名开展核酸检测。", "采样人员"),
        ("已向种植大户发放秸秆粉碎机四十二台。", "秸秆粉碎机"),
        ("张贴宣传标语一百二十余条。", "宣传标语"),
        ("其中确认秸秆焚烧点2处。", "秸秆焚烧点"),
        ("江左镇对辖区6家非煤矿山实行驻矿监管。", "非煤矿山"),
        ("在林区入口安装语音防火宣传杆二十六根。", "语音防火宣传杆"),
        ("张黄镇辖区2处险工险段无人巡查。", "险工险段"),
        ("组织群众抢护险工险段七处。", "险工险段"),
        ("对各乡镇随机抽取行政村一百一十个。", "行政村"),
        ("县财政局将按考评结果兑现奖补资金186万元。", "奖补资金"),
        ("对前三名乡镇各给予以奖代补资金10万元。", "以奖代补资金"),
        ("共踏查农田约18万亩。", "农田"),
        ("东光村新改户厕11座长期闲置。", "户厕"),
    ],
)
def test_objects_end_at_verbs_before_and_states_or_times_after_and_keep_split_nouns(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("全县共开展安全生产检查一千四百余次。", "安全生产检查"),
        ("邀请化工安全专家12名。", "化工安全专家"),
        ("开放避灾安置场所一百八十六个。", "避灾安置场所"),
    ],
)
def test_activities_held_by_a_verb_a_few_words_back_and_experts_invited(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_what_the_people_just_counted_own_is_counted_without_them() -> None:
    text = "该公司拖欠28名农民工工资约46万元，全镇12个村户厕改造三百二十座。"
    assert [(m.text, m.object) for m in extract_counts(text)] == [
        ("28名", "农民工"), ("约46万元", "工资"), ("12个", "村"), ("三百二十座", "户厕")]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("全县农作物受灾约1.6万亩。", "农作物"),
        ("排查欠薪线索二十九条。", "欠薪线索"),
        ("蒙姑镇辖区2个渔船停靠点无人看管。", "渔船停靠点"),
        ("宝山镇辖区3台燃煤锅炉除尘设施未运行。", "燃煤锅炉"),
    ],
)
def test_crops_stricken_unpaid_wage_leads_and_mooring_points(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_points_set_up_are_counted_without_the_verb() -> None:
    assert only("溪市镇建立秸秆收储点16个。")[4] == "秸秆收储点"


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("对辖区38个进山路口实行全天候值守。", "进山路口"),
        ("对30桌以上的集体聚餐实行现场指导。", "集体聚餐"),
        ("法院对该恶势力犯罪集团6名被告人公开宣判。", "被告人"),
        ("抓获该团伙4名犯罪嫌疑人。", "犯罪嫌疑人"),
        ("城西片区5条道路保洁不到位。", "道路"),
        ("马街镇辖区3处排污口生活污水直排河道。", "排污口"),
    ],
)
def test_objects_end_before_what_is_done_to_them_and_members_or_roads_of_what_is_named_before(
        text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_twice_a_week_is_a_count_and_a_weekday_is_none() -> None:
    assert [(m.text, m.object) for m in extract_counts("各村坚持每周一次大扫除，每周两次抽检。")] == [
        ("一次", "大扫除"), ("两次", "抽检")]
    assert extract_counts("该县每周五组织干部职工义务劳动，县级领导每周三轮流接访。") == []


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("共有5栋用作民宿的自建房未开展安全鉴定。", "自建房"),
        ("组织党员志愿者认领背街小巷十二条。", "背街小巷"),
    ],
)
def test_objects_after_the_verbs_of_use_and_adoption(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_a_place_named_after_its_first_families_holds_no_count() -> None:
    found = extract_counts("三家子村被评为美丽乡村，两家子水文站工作人员走访两家农户。")
    assert [(m.text, m.object) for m in found] == [("两家", "农户")]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("阔斯特克镇辖区5户牧民取暖火炉烟道破损。", "牧民"),
        ("组织八十七名退捕渔民现场签约。", "退捕渔民"),
        ("建成牧民定居点6个。", "牧民定居点"),
        ("加固生产堤约2.6公里。", "生产堤"),
        ("最大积雪深度出现在冲乎尔镇，达62厘米。", "积雪深度"),
    ],
)
def test_herders_and_fishers_a_production_dyke_and_the_deepest_snow(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("竖立河长公示牌三百八十块。", "河长公示牌"),
        ("全县累计拔除棉秆约12万亩。", "棉秆"),
        ("组织乡村医生对六百四十余名重点人群逐户上门随访。", "重点人群"),
        ("黄花山镇提前完成12座塘坝除险加固。", "塘坝"),
    ],
)
def test_objects_after_putting_up_and_pulling_out_and_before_door_to_door_visits(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("全区已拆解渔船四百二十六艘。", "渔船"),
        ("李家沟村已改户厕12座长期闲置。", "户厕"),
    ],
)
def test_boats_broken_up_and_toilets_already_refitted(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_the_thing_brought_forward_by_jiang_before_its_count() -> None:
    text = "禾丰农机专业合作社将秸秆二十余垛堆放在乡村道路两侧。"  # the co-operative is a named unit
    assert [m.object for m in extract_counts(text, organisations=[(0, 9)])] == ["秸秆"]


def test_a_pit_counted_before_mining_stopped() -> None:
    assert only("南村镇辖区2处矿坑停采后未落实复绿措施。")[4] == "矿坑"


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("清理村庄垃圾1.2万吨左右。", "垃圾"),
        ("清理入湖河道垃圾约420吨。", "垃圾"),
        ("清理沟渠垃圾约520吨。", "垃圾"),
        ("清理河道漂浮物约560吨。", "漂浮物"),
        ("清理内河漂浮物和淤泥约1.6万吨。", "漂浮物和淤泥"),
        ("发放防溺水告家长书1.2万余份。", "告家长书"),
        ("收缴霉变中药材约2.6吨。", "中药材"),
        ("拆除闲置危旧房四十二栋。", "危旧房"),
        ("发放哈汉双语宣传资料3000余份。", "宣传资料"),
    ],
)
def test_where_rubbish_lay_and_what_state_a_thing_was_in_describe_it(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("区血防站组织专业人员六十余人。", "专业人员"),
        ("出动半专业扑火队员七十余人。", "半专业扑火队员"),
        ("大周镇辖区4家再生金属加工企业未按要求停产限产。", "再生金属加工企业"),
        ("消除火灾隐患一千六百处。", "火灾隐患"),
    ],
)
def test_trained_crews_recycling_firms_and_fire_hazards_stay_whole(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_workers_lent_between_firms() -> None:
    assert [m.object for m in extract_counts("帮助十八家企业调剂员工三百六十余人。")] == ["企业", "员工"]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("协合乡辖区3个进山检查卡点无人值守。", "进山检查卡点"),
        ("开展森林防火督查，检查卡点二十八个。", "卡点"),  # 检查 is what was done to them
        ("散旦镇有2名村级河长第二季度未巡河。", "河长"),
        ("虎贝镇辖区6块河长公示牌未及时更新。", "河长公示牌"),
        ("大门镇辖区2家渔船修造厂电焊作业未落实动火审批。", "渔船修造厂"),
        ("特吾里克镇辖区3家小旅馆燃煤锅炉房与客房未有效分隔。", "小旅馆"),
    ],
)
def test_checkpoints_river_chiefs_and_small_inns_counted(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("已登记中高风险地区返乡人员三十七人。", "返乡人员"),
        ("市纪委监委立案审查党员干部十四人。", "党员干部"),
        ("清理乱拉乱接电线二百六十余处。", "电线"),
        ("累计清理村庄生活垃圾约4600吨。", "生活垃圾"),
    ],
)
def test_where_people_came_from_and_what_was_done_to_them_are_not_their_kind(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_wages_recovered_for_migrant_workers() -> None:
    assert [m.object for m in extract_counts("为一千三百余名农民工追讨工资约2100万元。")] == ["农民工", "工资"]


def test_tyres_heaped_in_the_open_are_tyres() -> None:
    assert only("顺发废品回收站露天堆放废旧轮胎三百余条。")[4] == "轮胎"


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("一是望城坡街道辖区3个安置小区垃圾分类投放点满溢。", "安置小区"),
        ("银盆岭街道辖区3家糕点作坊无证生产月饼。", "糕点作坊"),
        ("詹店镇辖区3处险工险段防汛物资未按标准储备。", "险工险段"),
        ("碧湖镇辖区5处违法建筑拆后复建。", "违法建筑"),
        ("该公司在厂区内违法搭建钢棚约1200平方米。", "钢棚"),
        ("清理交通干线两侧可燃物约260吨。", "可燃物"),
        ("共自查学校食堂五十四家。", "学校食堂"),
        ("某公司将废弃泡沫浮球露天堆放在岸滩约15吨。", "泡沫浮球"),
        ("取缔三百一十八家，完成升级改造七十四家。", None),
    ],
)
def test_resettlement_estates_workshops_and_what_lies_on_a_beach(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("侦破刑事案件二十三起。", "刑事案件"),
        ("经核实焚烧火点七处。", "焚烧火点"),
        ("查扣超限超载车辆三十六辆。", "车辆"),
        ("修补破损路面约4200平方米。", "路面"),
        ("在市场设立测温扫码点6个。", "测温扫码点"),
        ("幸福街道辖区4家熟食店无防蝇设施。", "熟食店"),
        ("在全镇四十余个村民小组设立宣传栏。", "村民小组"),
        ("清水河乡辖区2处避水台排水设施损坏未修复。", "避水台"),
        ("拆除私搭乱建30处。", "私搭乱建"),
    ],
)
def test_criminal_cases_cracked_overloaded_trucks_and_flood_platforms(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("在辖区工地安装扬尘在线监测仪二十六台。", "扬尘在线监测仪"),
        ("排查有限空间作业点六百八十余处。", "有限空间作业点"),
        ("土城乡辖区3家生猪养殖场未设置车辆消毒通道。", "生猪养殖场"),
        ("共督导医疗机构二十一家。", "医疗机构"),
        ("出动督导人员二百六十人次。", "督导人员"),
        ("参训商户二百三十余家。", "商户"),
        ("新增“桶边督导”岗位48个。", "岗位"),
    ],
)
def test_online_monitors_confined_spaces_and_what_was_overseen(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("槐树乡辖区4家砖瓦窑提前落实停产措施。", "砖瓦窑"),
        ("黄岗镇辖区3家砖瓦窑厂未安装脱硫设施。", "砖瓦窑厂"),
        ("落实停产限产企业八十九家。", "企业"),
        ("全县已有一百二十六家规模以上工业企业复工复产。", "规模以上工业企业"),
        ("对城区5个街道及所辖社区、农贸市场开展测评。", "街道"),
        ("协助劝返违规作业渔船四十余艘。", "渔船"),
        ("捷安电动车行销售非标电动自行车6辆。", "电动自行车"),
        ("区应急管理局调派救援人员二百余人。", "救援人员"),
        ("搬迁避让受威胁群众二百一十户。", "群众"),
        ("其中雨母山镇伍家村入选18户。", None),
    ],
)
def test_brick_kilns_industry_above_scale_and_people_moved_out_of_danger(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("护林员每天巡山不少于2次。", None),
        ("校长每周陪餐不少于1次。", None),
        ("夜间巡查每晚不少于2次。", None),
        ("每周开展包保路段保洁不少于2次。", "包保路段保洁"),  # an activity held, not a duty's verb
        ("汛期每天巡堤2次。", None),  # no minimum either: a duty's rhythm
    ],
)
def test_how_often_a_duty_is_done_at_least_counts_no_thing(text: str, obj: str | None) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("富田镇对辖区2处砂石码头监管不到位。", "砂石码头"),
        ("解放街道在辖区3条商业街推行“垃圾不落地”定时上门收集。", "商业街"),
        ("全区共劝导取消或推迟集体聚餐四十八起。", "集体聚餐"),
        ("外排涝水约3200万立方米。", "涝水"),
        ("清疏雨水管网约48公里。", "雨水管网"),
        ("清淤疏浚沟渠十八公里。", "沟渠"),
        ("共暗查生产经营单位一百七十三家。", "生产经营单位"),
        ("添置垃圾桶三千二百余个。", "垃圾桶"),
        ("县乡村振兴局为各村新聘保洁员一百八十六名。", "保洁员"),
        ("会盟镇扣马村村民在黄河滩区私设地笼十余个。", "地笼"),
        ("江南镇聘请退捕渔民担任护渔员二十四名。", "护渔员"),
        ("开挖防火隔离带约3.6公里。", "防火隔离带"),
        ("督促补缴工资保证金约310万元。", "工资保证金"),
        ("共夜查场所一百四十七家。", "场所"),
        ("修缮防火通道十二公里。", "防火通道"),
        ("扶正绿化树木二千一百余株。", "绿化树木"),
        ("提前搬离群众四十余人。", "群众"),
        ("新购风力灭火机十八台。", "风力灭火机"),
    ],
)
def test_verbs_before_an_object_and_a_shortcoming_after_it(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("供电公司组织抢修人员二百余名连夜抢修。", "抢修人员"),
        ("为一百二十余户居家隔离户代购生活物资。", "居家隔离户"),
        ("北海街道辖区5家糕点小作坊未落实进货查验记录。", "糕点小作坊"),
        ("建成厨余垃圾处理站6座，日处理能力达120吨。", "日处理能力"),
        ("清除乱贴乱画二千四百余处。", "乱贴乱画"),
        ("暗访发现行业监管部门26家履职不到位。", "行业监管部门"),  # (监管 alone ends no object)
    ],
)
def test_repair_crews_households_in_isolation_and_daily_capacity(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("共检查药店120家。", "药店"),  # (检查|药: no noun of a verb and 药 when 药店 follows)
        ("召回出海渔船四百一十二艘。", "渔船"),
        ("全区共分类收运生活垃圾约1.36万吨。", "生活垃圾"),
        ("会议对定军山镇组织志愿者每周开展一次集中清扫的做法给予肯定。", "集中清扫"),
        ("青冈镇为辖区一百八十户低保户免费安装报警器。", "低保户"),
        ("对辖区八十六户冷库经营户逐户建档。", "冷库经营户"),
        ("区司法局已为农民工办理法律援助案件一百二十余件。", "法律援助案件"),
        ("检查住宅小区六十二个、销售维修门店四十一家。", "销售维修门店"),
        ("近两千名干部群众现场旁听。", "干部群众"),
        ("与企业签订收运协议三十六份。", "收运协议"),  # (收运 alone is no verb)
    ],
)
def test_pharmacies_boats_at_sea_and_the_way_a_town_works(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("更换老旧燃气软管四千余根。", "燃气软管"),  # worn hoses and pipes: 老旧 describes them
        ("完成老旧燃气管道改造约42公里。", "燃气管道"),
        ("完成老旧小区改造23个。", "老旧小区"),  # (an old estate is a kind of its own)
        ("销售无追溯码的进口冻肉约200公斤。", "冻肉"),
        ("拆除河道管理范围内违法建筑十四处。", "违法建筑"),
        ("从楼道内清出电动自行车八百六十余辆。", "电动自行车"),
        ("出动抽排设备一百二十台套。", "抽排设备"),
        ("对辖区一千二百余户在外务工人员开展走访。", "务工人员"),  # (务|工人|员: the listed 工人 ends no object)
    ],
)
def test_worn_hoses_imported_meat_and_workers_away_from_home(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("古城镇组织巡检人员二十余名对辖区开展巡检。", "巡检人员"),
        ("县疾控中心对西江景区二十八家餐饮单位开展监测。", "餐饮单位"),  # the scenic area holds them
        ("委托第三方机构鉴定房屋九十余栋。", "房屋"),
        ("马桥镇辖区2处危险水域警示牌缺失。", "危险水域"),  # the waters are counted, their signs are what is missing
        ("共检查餐饮单位三百二十余家、食品销售店一百六十余家。", "食品销售店"),
    ],
)
def test_patrol_crews_eateries_in_a_scenic_area_and_dangerous_waters(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("全区共受理群众举报线索一百二十七条。", "举报线索"),
        ("恒源燃气有限公司提前完成老旧小区燃气管道改造约6.5公里。", "燃气管道"),
        ("抢修水毁道路约46公里。", "道路"),
        ("排查老旧小区四十二个。", "老旧小区"),  # (the estates themselves counted)
        ("抢通公路塌方三十八处。", "塌方"),
        ("今年以来，全区开展城乡环境卫生集中整治二十余次。", "城乡环境卫生集中整治"),  # the activity 开展 holds
        ("抢通道路塌方九处。", "塌方"),
        ("清理河岸垃圾约95吨。", "垃圾"),
        ("海韵冻品店销售无中文标签的进口冻品约120公斤。", "冻品"),
        ("县公安局共破获涉毒刑事案件十四起。", "刑事案件"),
        ("新建（改造）公厕三十六座。", "公厕"),  # (the verb's alternative in brackets)
        ("劝返携带火种进山人员三十余人。", "进山人员"),
        ("猴场镇提前化解欠薪隐患9起。", "欠薪隐患"),
        ("查扣假劣肥料约3.2吨。", "肥料"),
    ],
)
def test_describing_words_dropped_kinds_kept_whole_and_an_activity_held_by_kaizhan(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


def test_people_counted_after_a_time_word_s_hou_are_no_rank() -> None:
    assert [(m.text, m.object) for m in extract_counts("宴后8名村民出现腹泻症状。")] == [("8名", "村民")]
    assert extract_counts("前三名为富村镇、营上镇；排名后两名的乡镇被约谈。") == []


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("查处非法捕捞案件九起，移送司法机关3起。", None),  # the cases counted before, handed on
        ("其中移送公安机关七起。", None),
        ("华大街道对辖区十四栋危房提前完成人员撤离。", "危房"),
        ("清运路边秸秆约1300吨。", "秸秆"),
        ("在田间地头刷写禁烧宣传标语一百六十余条。", "禁烧宣传标语"),
        ("德新镇为辖区三十六名乡厨统一办理健康证。", "乡厨"),
        ("共开展统一灭蚊行动3次。", "统一灭蚊行动"),  # (统一 alone ends no object)
    ],
)
def test_cases_handed_on_houses_cleared_ahead_and_cooks_registered_together(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("东湖街道辖区3家火锅店燃气软管超期使用。", "火锅店"),
        ("查验车辆一万二千余台次。", "车辆"),
    ],
)
def test_hotpot_restaurants_and_vehicles_checked(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("3．伏山乡里罗城村村民将秸秆二十余垛堆放在公路两侧。", "秸秆"),  # who handles it stands before 将
        ("邮亭镇的金穗蔬菜专业合作社将废弃农膜约2吨露天堆放在田边。", "农膜"),
        ("即将到期的食品12批次。", "食品"),  # (即将: no thing brought forward)
        ("埠头镇在沿溪十五个村实行“河长+护水员”包片巡查。", "村"),  # where the counted things are
        ("对市直三十六家责任单位包保路段和小区进行实地测评。", "责任单位"),
        ("横溪镇辖区3个烟花爆竹零售点与居民住宅未保持安全距离。", "烟花爆竹零售点"),  # what they stand too near
        ("全县农田受淹约6.2万亩。", "农田"),  # what befell the counted thing, after it
        ("二曲街道完成辖区燃煤锅炉拆改十四台。", "燃煤锅炉"),
    ],
)
def test_the_thing_brought_forward_by_jiang_and_things_kept_apart_or_flooded(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("新阳镇组建入户排查小分队十九支。", "入户排查小分队"),  # a team named by its task, verb and all
        ("城南街道组建文明劝导志愿服务队十五支。", "文明劝导志愿服务队"),
        ("3．县交通运输局包保路段4处公交站台小广告乱贴。", "公交站台"),  # the section a body looks after holds them
        ("（一）三排镇圩镇2座公厕无人保洁。", "公厕"),
    ],
)
def test_teams_named_by_their_task_and_things_on_a_bodys_road_section(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("入村发放宣传挂图八千余张。", "宣传挂图"),
        ("北周庄镇推动秸秆饲料化利用约4.6万吨。", "秸秆"),  # a use of the thing, after it
        ("协助渔船四百一十余艘回港避风。", "渔船"),
        ("组建护渔协助巡护队6支。", "护渔协助巡护队"),  # (a team's task may hold the verb)
    ],
)
def test_wall_charts_straw_put_to_use_and_boats_helped_home(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("周覃镇辖区46座已改户厕粪污无人清掏。", "户厕"),  # (已改 says which toilets, before the noun)
        ("1．西簧乡辖区2处排污口养殖尾水直排淇河。", "排污口"),
        ("四是八墙子乡扑火物资储备库3台风力灭火机无法正常启动。", "风力灭火机"),  # the store holds them
        ("累计引导渔船回港避风四百三十余艘。", "渔船"),
        ("清理江面漂浮物约12吨。", "漂浮物"),
    ],
)
def test_toilets_already_renovated_outlets_and_things_in_a_store(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("乐业镇辖区2条冰上通道未设置冰层厚度警示牌。", "冰上通道"),
        ("三沙镇辖区3处岸滩泡沫浮球、废旧网具堆积未清理。", "岸滩"),
        ("草卡镇组织半专业扑火队员和群众一百二十余人开展演练。", "半专业扑火队员和群众"),  # 半专业 names the kind
        ("石人子乡组建半专业扑火队5支。", "半专业扑火队"),
    ],
)
def test_ice_crossings_shores_and_semi_professional_firefighters(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("检查发现，向阳镇辖区5家零售网点与居民住宅混设、灭火器材配备不足。", "零售网点"),  # what they are set up among
        ("全县设立禁烧巡查卡点一百二十个。", "禁烧巡查卡点"),
        ("在主要路口设置禁烧检查卡点一百一十二个。", "禁烧检查卡点"),
    ],
)
def test_outlets_among_homes_and_burning_checkpoints(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("新建垃圾分类收集亭一百二十个。", "垃圾分类收集亭"),  # a kiosk, not the verb 收集
        ("斗门街道组建扬尘治理巡查队6支。", "扬尘治理巡查队"),  # a team named by its task
        ("区城市管理委组织燃气企业技术人员五十余人。", "技术人员"),  # whose staff, not the kind counted
        ("嵊山镇的阿海海鲜大排档违规收购休渔期渔获物约60公斤。", "渔获物"),  # the season
        ("清理田间秸秆堆三百二十余处。", "秸秆堆"),  # where the straw lies
        ("开展田间培训120余场次。", "田间培训"),  # (a kind of training)
        ("开展防溺水主题班会五百二十余场次。", "防溺水主题班会"),
    ],
)
def test_kiosks_teams_named_by_their_task_and_seasons_and_fields_before_the_thing(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("对城区居民用户开展入户安检一万二千余户次。", "入户安检"),  # households visited, counted like a frequency
        ("累计检查食品经营主体八千六百余户次。", "食品经营主体"),
        ("排查事故隐患七百二十余处。", "事故隐患"),
        ("一是莫特格乡辖区2处垃圾填埋点未覆土。", "垃圾填埋点"),
        ("老城乡的丰源果蔬冷库将腐烂果蔬约12吨倾倒在河沟旁。", "果蔬"),
    ],
)
def test_household_visits_accident_hazards_landfill_points_and_rotten_produce(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("中洲乡辖区3处湖汊地笼网未清理。", "湖汊"),  # the places counted; what lies in them is the fault
        ("九亭镇辖区2处下立交积水、排水泵未及时启动。", "下立交"),
        ("鸡场镇辖区4个自然寨垃圾乱堆、污水乱排。", "自然寨"),
        ("水南村有3个瓜菜基地农药使用记录缺失。", "瓜菜基地"),
        ("办结欠薪案件九十八件。", "欠薪案件"),  # kinds named by their cause
    ],
)
def test_places_counted_before_what_is_wrong_in_them_and_kinds_of_case(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("发放退捕渔民生活补助约186万元。", "生活补助"),  # the allowance, not whom it is paid to
        ("督促补发工资约340万元。", "工资"),
        ("协调兑付工资约36万元。", "工资"),
        ("完成农贸市场提质改造2个。", "农贸市场"),
        ("违规收购禁渔期渔获约40公斤。", "渔获"),
        ("桥头镇辖区3家牛肉面馆从业人员未持健康证。", "牛肉面馆"),
    ],
)
def test_allowances_wages_paid_upgraded_markets_and_the_closed_season_s_catch(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("会议对区第六中学每周开展一次防溺水主题班会的做法给予肯定。", "防溺水主题班会"),  # the way praised
        ("新庄集乡为三十余户危房户落实临时安置的做法给予肯定。", "危房户"),
        ("回龙山镇提前搬离危房群众四十余人。", "群众"),  # where they lived
        ("共处置登革热输入病例4例。", "输入病例"),
        ("捣毁非法采煤窝点十七处。", "采煤窝点"),
    ],
)
def test_a_way_of_working_praised_and_people_moved_out_of_unsafe_houses(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("夏庄镇在沿淮十四个行政村推行巡河机制。", "行政村"),  # 沿淮 holds the villages counted
        ("向学生销售散装无标签糖果三十余袋。", "糖果"),
        ("杨林镇辖区3家米线加工坊无证生产、原料露天堆放。", "米线加工坊"),
    ],
)
def test_villages_along_the_huai_loose_sweets_and_workshops_without_a_licence(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("三是永康镇彩达村改厕后六座户厕长期闲置。", "户厕"),  # 改厕后 is a time, no counted thing
        ("南宛河水位最高上涨2.4米。", "水位"),
        ("县人民法院快速审结欠薪案件十四件。", "欠薪案件"),
        ("发现火险隐患十四处。", "火险隐患"),
        ("规范朝汉双语招牌二百余块。", "招牌"),
        ("迎水桥镇及时清理沟渠漂浮物约12吨。", "漂浮物"),
        ("勐约乡及时抢通乡村道路塌方六处。", "塌方"),
        ("发放过渡期生活补助约46万元。", "生活补助"),
        ("寿岳乡辖区发现野外违规用火行为4起。", "违规用火行为"),
    ],
)
def test_a_time_before_the_count_a_peak_rise_cases_tried_and_places_before_what_they_hold(
        text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("开展包虫病筛查二万六千余人次。", "包虫病筛查"),  # a count of people served counts the service held
        ("北山街道辖区3家烤肉店液化气钢瓶与灶具间距不足。", "烤肉店"),
        ("中南街道辖区3家螺蛳粉店气瓶间未安装燃气泄漏报警器。", "螺蛳粉店"),
        ("清理占道广告牌九十余块。", "广告牌"),
        ("桂林街道组织志愿者清理背街小巷垃圾约36吨。", "垃圾"),
        ("排查特种作业人员2名。", "特种作业人员"),
    ],
)
def test_a_service_counted_by_people_served_and_shops_before_their_gas_cylinders(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("县消防救援大队对全县二十八座寺庙和六十余家宾馆开展消防安全培训。", "寺庙"),  # 和 then a count of its own
        ("排查寺庙宫观二十八处。", "寺庙宫观"),
        ("调配采样车6辆。", "采样车"),
        ("组建巡河护学队一百零八支。", "巡河护学队"),
        ("清除乡村道路落石约120立方米。", "落石"),
        ("清理公路边坡塌方约300立方米。", "塌方"),
        ("组织村民清理沟渠淤泥约150吨。", "淤泥"),
        ("香达镇辖区2处堤防护坡被冲毁。", "堤防"),
        ("排查管控社区戒毒人员一百二十余名。", "社区戒毒人员"),
        ("设置边境管控卡点四十三个。", "边境管控卡点"),
        ("三是钟埭街道的平湖市嘉禾物业服务有限公司对所管2个老旧小区燃气管道锈蚀未及时报修。", "老旧小区"),
        ("会议对大洋街道建立涉黑涉恶线索“网格员摸排”机制、市人民法院快审快判案件九件的做法给予肯定。", "案件"),
    ],
)
def test_temples_and_hotels_counted_apart_a_dike_s_slope_and_cases_judged_in_a_way_praised(
        text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("累计开展执法巡查一百六十余航次。", "执法巡查"),  # 航次, a frequency of patrols by boat
        ("三山镇辖区2处渔船停泊点夜间无人值守。", "渔船停泊点"),
        ("会议对龙塘镇聘请二十四名河道保洁员实行分段保洁的做法给予肯定。", "河道保洁员"),
        ("孟定镇辖区3个甘蔗收购站点消防器材缺失。", "甘蔗收购站点"),
        ("新开发公益性岗位三十个。", "公益性岗位"),
        ("共检查5个渔港和二十六处渔船停泊点。", "渔港"),  # 和 then a count of its own
        ("检查渔港码头3个。", "渔港码头"),
    ],
)
def test_patrols_by_boat_mooring_points_river_cleaners_and_public_posts(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("董市镇的顺达渔具经营部销售禁用电鱼器4台。", "电鱼器"),
        ("区市场监管局查扣报废钢瓶一百二十余只。", "钢瓶"),
        ("共登检渔船四百六十余艘。", "渔船"),
        ("县人民法院快审快执欠薪案件四十一件。", "欠薪案件"),
        ("回收老旧电动自行车三千四百余辆。", "电动自行车"),
        ("柯鲁柯镇及时清理楼道电动自行车九十余辆。", "电动自行车"),
        ("为重点行业从业人员二千三百余人开展核酸检测。", "从业人员"),
    ],
)
def test_banned_tools_scrapped_cylinders_boats_boarded_and_cases_tried_fast(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("金港湾物业管理有限公司所管小区3处垃圾收集点满溢。", "垃圾收集点"),
        ("县住建局为老旧小区二千三百余户居民完成“瓶改管”改造。", "居民"),
        ("烧毁杂灌林约3亩。", "杂灌林"),
        ("打除防火隔离带约46公里。", "防火隔离带"),
        ("收治患者二十七名。", "患者"),
        ("县司法局对社区矫正对象八十余名逐一落实帮教措施。", "社区矫正对象"),
        ("消杀公共区域约380万平方米。", "公共区域"),
        ("消杀面积约2万平方米。", "消杀面积"),
        ("捡拾草场白色垃圾约38吨。", "白色垃圾"),
        ("更换老旧燃气立管约18公里。", "燃气立管"),
        ("全区改造居住区垃圾箱房四百三十余个。", "垃圾箱房"),
        ("查处未密闭渣土运输车辆四十六辆。", "渣土运输车辆"),
        ("倒水镇辖区2条溪沟沿岸垃圾堆积。", "溪沟"),
        ("吴淞口潮位最高涨至5.32米。", "潮位"),
        ("新村街道辖区3座垃圾楼鼠迹明显。", "垃圾楼"),
        ("完成十四台燃煤锅炉改燃并网。", "燃煤锅炉"),
        ("在辖区大型商超设立“场所码”查验岗六十二个。", "查验岗"),
    ],
)
def test_places_in_one_s_charge_households_served_burnt_land_and_patients(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("向阳镇辖区2处渡口救生衣配备不足。", "渡口"),
        ("永定门外街道辖区2处地下空间挡水板未安装。", "地下空间"),
        ("田镇街道辖区2处码头装卸作业区未设置安全警示标志。", "码头"),
        ("四川北路街道辖区3处老旧里弄电线私拉乱接。", "老旧里弄"),
        ("县人民检察院依法批捕涉黑涉恶犯罪嫌疑人三十二名。", "犯罪嫌疑人"),
        ("区消防救援大队连夜解救被困群众六十七人。", "群众"),
        ("区住建局完成城镇污水管网改造约18.5公里。", "污水管网"),
        ("海鲜楼销售死亡贝类约8公斤。", "贝类"),
        ("为渡口配备救生衣300件。", "救生衣"),
    ],
)
def test_parts_of_ferries_and_basements_and_those_arrested_or_rescued(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("发现燃气安全隐患一百零四处。", "燃气安全隐患"),
        ("检查有限空间作业企业八十余家。", "有限空间作业企业"),
        ("督促配备气体检测报警仪一百三十余台。", "气体检测报警仪"),
        ("施划非机动车停放位三千四百多个。", "非机动车停放位"),
        ("白沙镇辖区4家民宿客栈厨房无防蝇设施。", "民宿客栈"),
        ("回收旧电动自行车一千七百余辆。", "电动自行车"),
        ("建成集中充电桩二十六处。", "集中充电桩"),
    ],
)
def test_gas_hazards_confined_spaces_and_old_bicycles(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("共排查燃气经营和使用单位一千一百余家。", "燃气经营和使用单位"),
        ("高桥镇为辖区四十余名乡厨统一开展食品安全培训。", "乡厨"),
        ("清理岸线垃圾约860吨。", "垃圾"),
        ("开展岸线巡查12次。", "岸线巡查"),
        ("发放扫黑除恶宣传资料一万二千余份。", "宣传资料"),
        ("收运厨余垃圾约860吨。", "厨余垃圾"),
        ("签订收运协议12份。", "收运协议"),
    ],
)
def test_gas_users_cooks_trained_and_kitchen_waste_collected(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


def test_dust_monitors_are_counted_whole() -> None:
    assert [m.object for m in extract_counts("督促安装扬尘在线监测设备六十一台。")] == ["扬尘在线监测设备"]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("推行秸秆粉碎还田近120万亩。", "秸秆"),
        ("对拒不支付劳动报酬案件立案侦查两起。", "案件"),
        ("区消防救援大队在萍水河救起落水儿童两名。", "儿童"),
        ("全区提前召回海上作业渔船二千一百余艘。", "渔船"),
        ("顺发渔具店销售禁用电鱼器具六台。", "电鱼器具"),
        ("韩甸镇辖区3座粮食烘干塔热风炉周边堆放可燃物。", "粮食烘干塔"),
        ("劳店镇辖区3家肉牛屠宰企业未安装泄漏报警装置。", "肉牛屠宰企业"),
    ],
)
def test_verbs_before_straw_and_cases_and_boats_and_abattoirs(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("全区共排查林区火灾隐患六百四十余处。", "火灾隐患"),  # where the hazards are goes
        ("排查整改“九小”场所火灾隐患四百余处。", "火灾隐患"),
        ("排查整治道路安全隐患九十七处。", "道路安全隐患"),  # a kind of hazard of its own
        ("查处违规用火案件26起。", "案件"),  # a described case still goes to its head (but 毒品刑事案件 stays whole)
    ],
)
def test_a_kind_of_hazard_after_where_it_lies(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("为辖区农贸市场配备“场所码”专职查验员二十六名。", "查验员"),  # a label's modifiers go with it
        ("组织市场监管、教育等部门执法人员三百六十余人次开展检查。", "执法人员"),
        ("收购销售来源不明的野生江鱼约60公斤。", "江鱼"),
        ("屏都镇辖区2条溪沟岸边垃圾堆积。", "溪沟"),
        ("观胜镇组建秸秆打捆作业队十二支。", "秸秆打捆作业队"),
        ("加固在建工地塔吊和广告牌四百三十余处。", "塔吊和广告牌"),
        ("全区开展巡查执法二百六十余次。", "巡查执法"),
    ],
)
def test_labelled_inspectors_wild_fish_and_crews_named_by_their_task(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("区水利局组织清理瓯江干流阻水障碍物三十六处。", "阻水障碍物"),  # a river's main stream is where
        ("劝阻野外焚烧行为一百一十余起。", "焚烧行为"),
        ("清理占用消防通道杂物一百三十余处。", "杂物"),
        ("清理林区可燃物约200吨。", "可燃物"),
        ("开展林区巡查12次。", "林区巡查"),  # the patrols' own ground stays
        ("四姑娘山镇对景区四十余家民宿餐厅实行每日巡查。", "民宿餐厅"),
        ("全区共排查防汛隐患四百六十余处。", "防汛隐患"),
        ("登记采集人员九千六百余人。", "采集人员"),
        ("县人民医院在采集点设立巡回医疗点5个。", "巡回医疗点"),
        ("开展巡回义诊12场次。", "义诊"),
    ],
)
def test_main_streams_forest_areas_flood_hazards_and_roving_clinics(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("督促搬离车间内员工宿舍二十三处。", "员工宿舍"),
        ("凤城街道辖区3家歌舞厅疏散指示标志损坏。", "歌舞厅"),
        ("天水瑞丰液化气站违规倒灌液化气钢瓶十六只。", "液化气钢瓶"),
        ("劝返无关进山人员三百四十余人次。", "进山人员"),
        ("检查景区餐馆八十余家。", "餐馆"),
        ("查处消防违法行为六十三起。", "消防违法行为"),
        ("督促施工企业缴存工资保证金约1260万元。", "工资保证金"),
        ("大堡头镇辖区2处秸秆堆垛紧邻村庄。", "秸秆堆垛"),
    ],
)
def test_workshops_dormitories_refilled_cylinders_and_wage_deposits(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("鹿西乡山坪村村内2处消火栓无水。", "消火栓"),
        ("革什扎乡辖区3条泥石流沟道堆积物未清理。", "泥石流沟道"),
        ("全区共检查销售维修网点三百一十余家。", "销售维修网点"),
        ("排查堤防险工险段四十六处。", "险工险段"),
        ("清理河沟垃圾约36吨。", "垃圾"),
        ("规范牌匾标识二百一十块。", "牌匾标识"),  # 牌 opens a word here, no 规范牌
        ("规范设置共享单车停放区六十二个。", "共享单车停放区"),
        ("整治沿溪排污口二十八个。", "排污口"),
        ("县人民检察院依法批捕涉恶犯罪嫌疑人二十二名。", "犯罪嫌疑人"),
    ],
)
def test_dry_hydrants_levee_weak_spots_shop_signs_and_shared_bicycles(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "value", "approx", "obj"),
    [
        ("向学生销售“三无”辣条约20包。", 20, True, "辣条"),  # 辣条 and 约20包, not 条约 "a treaty"
        ("检查食品经营单位近二百家。", 200, True, "食品经营单位"),  # hundreds of them, not the idiom 百家
        ("检查五百家餐馆。", 500, False, "餐馆"),
    ],
)
def test_spicy_strips_about_and_hundreds_of_shops(text: str, value: int, approx: bool, obj: str) -> None:
    [count] = extract_counts(text)
    assert (count.value, count.approx, count.object) == (value, approx, obj)


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("截至6月3日，全县完成小麦收割128万亩。", "小麦"),
        ("全镇完成小麦、油菜收割4.2万亩。", "小麦、油菜"),
        ("区水务和湖泊局已完成泵站检修二十三座。", "泵站"),
        ("县消防大队完成冲锋舟等救援装备检修十二台套。", "救援装备"),  # the kind after the examples
        ("完成农村户厕问题整改一千二百余座。", "农村户厕"),  # the privies, not their problems
        ("完成问题户厕整改六百四十余座。", "户厕"),
        ("中原燃气有限公司完成居民用户入户安检4.2万户。", "居民用户"),
        ("累计完成核酸检测62万余人次。", "核酸检测"),  # the work is a noun of its own
        ("排查“三合一”场所二百一十余处，完成分离整改一百九十三处。", None),  # 分离 is how, not what
        ("发现问题67个，现场整改41个。", None),  # without 完成: a second count of the same problems
    ],
)
def test_work_finished_on_things_counts_the_things(text: str, obj: str | None) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("区公安分局破获涉恶刑事案件二十一起。", "刑事案件"),
        ("区市场监管局抽检年货食品样品一百八十批次。", "食品样品"),
        ("抽检年货食品120批次。", "年货食品"),  # the new year's food itself, no samples of it
        ("快审快结欠薪案件十二件。", "欠薪案件"),
        ("清理河涌淤泥约2.3万立方米。", "淤泥"),
        ("培训学校食堂从业人员六百四十余名。", "从业人员"),  # where they work goes
        ("培训餐饮从业人员1600余人次。", "餐饮从业人员"),  # their trade stays
        ("全县回港停泊渔船二千四百余艘。", "渔船"),
        ("调配秸秆捡拾打捆机430台。", "秸秆捡拾打捆机"),
        ("在建筑工地安装在线监测设备一百四十余台。", "在线监测设备"),
        ("县住建局对二十三个苗寨的木结构民居开展电气线路改造。", "苗寨"),
        ("县疾控中心对古城六十余家餐饮店开展餐具消毒抽检。", "餐饮店"),  # where they stand, then what they are
        ("茅台镇辖区5家小酒坊酒库与生活区未分隔。", "小酒坊"),  # their liquor stores are theirs
        ("泽泉乡辖区2座涵闸渗水。", "涵闸"),
        ("仙岩街道辖区3条支河水体发黑。", "支河"),
        ("整治小微水体43处。", "小微水体"),
        ("十八里镇辖区3家中药饮片厂烘干车间电线私拉乱接。", "中药饮片厂"),
    ],
)
def test_criminal_cases_food_samples_workplaces_and_parts_of_counted_things(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("共考核河段五十二个，发现问题二十六个。", "河段"),  # 考核 after a total is the verb
        ("安丰乡提前完成辖区沟渠硬化约6.4公里。", "沟渠"),
        ("定安镇提前完成辖区二十三栋危房人员撤离。", "危房"),
        ("步头降苗族乡辖区2条溪沟垃圾漂浮、岸坡杂物乱堆。", "溪沟"),
        ("浮石镇辖区5家螺蛳粉店钢瓶与灶具未保持安全距离。", "螺蛳粉店"),
        ("检查发现液化气钢瓶12只未检验。", "液化气钢瓶"),
        ("约谈充装企业3家。", "充装企业"),
        ("共督查有螺环境四十八处。", "有螺环境"),
        ("查处一辆农村客车超员载客。", "农村客车"),
        ("为气瓶加贴追溯码一万四千余个。", "追溯码"),
        ("抢通中断道路十四处。", "道路"),
        ("拆除废旧圈舍三百四十余间。", "圈舍"),
        ("维新镇回填封闭非法小煤窑三十二个。", "小煤窑"),
    ],
)
def test_river_sections_snail_habitats_gas_cylinders_and_cut_roads(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("北城街道推动辖区八十余家羊肉汤馆实现“明厨亮灶”。", "羊肉汤馆"),
        ("提档升级农贸市场七个。", "农贸市场"),
        ("关闭整合小锰矿6处。", "小锰矿"),
        ("东兴街道辖区3家出租房屋电动自行车入户充电。", "出租房屋"),
        ("辽海街道辖区2处下穿通道排水泵故障未修复。", "下穿通道"),
        ("区城管局新增收运车辆十二辆。", "收运车辆"),
        ("督促安装边坡监测设施三十余套。", "边坡监测设施"),
        ("复查企业一百四十余家。", "企业"),
        ("清理取缔涉渔“三无”船舶四十二艘。", "船舶"),
        ("排涝农田约3.1万亩。", "农田"),
        ("清除河道行洪障碍物二十余处。", "行洪障碍物"),
        ("检查休渔渔船二百六十余艘。", "休渔渔船"),
    ],
)
def test_mutton_soup_shops_underpasses_fishing_boats_without_papers_and_drained_fields(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("累计完成加强免疫接种四万六千余剂次。", "加强免疫接种"),
        ("推荐就业岗位一百八十余个。", "就业岗位"),
        ("区融媒体中心开设“美丽乡村”专栏刊发稿件八十余篇。", "稿件"),
        ("全年报刊发行5710.27万件。", "报刊发行"),  # no 刊发 inside 报刊发行
        ("新签收运协议二百一十余份。", "收运协议"),
        ("海滨街道解危危房四十余幢。", "危房"),
        ("清运岸边垃圾四十余吨。", "垃圾"),
        ("提前转移地下车库车辆九百余辆。", "车辆"),
        ("鹅山街道辖区3家螺蛳粉店气瓶与灶具未保持安全距离。", "螺蛳粉店"),
    ],
)
def test_booster_doses_job_posts_articles_and_vehicles_moved_out_of_garages(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("区消防救援大队开展森林火灾扑救演练十二场次。", "森林火灾扑救演练"),  # the drill counted whole, 扑救 inside it
        ("新增分类收集容器二千一百余个。", "分类收集容器"),
    ],
)
def test_firefighting_drills_and_sorted_waste_bins(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("京山街道组织微型消防站队员七十余名开展夜间巡查。", "队员"),  # the station is the group they belong to
        ("县人民医院开展一氧化碳中毒救治演练三场次。", "一氧化碳中毒救治演练"),
        ("组织消杀人员120名。", "消杀人员"),  # 消杀 stays in the names of those who do it
    ],
)
def test_micro_fire_station_members_and_poisoning_drills(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("全区完成小微水体整治一百四十二个。", "小微水体"),  # 完成 work named after the thing: 整治 too
        ("全县完成隐患整治30处。", None),  # the hazards are what was wrong, not things counted
        ("组织渔船回港停泊四百三十余艘。", "渔船"),
        ("抽运粪污约2600立方米。", "粪污"),
        ("区消防救援大队开展燃气泄漏处置演练十二场次。", "燃气泄漏处置演练"),
    ],
)
def test_work_named_after_micro_water_bodies_boats_back_in_port_and_handling_drills(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


def test_the_bottom_places_of_a_ranking_are_a_rank() -> None:
    assert extract_counts("予以通报表扬。对倒数两名的街道，由区文明办约谈其主要负责人。") == []
    assert extract_counts("排名倒数两名的乡镇被约谈。") == []


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("村民钟某某操办寿宴聚集亲友八十余人。", "亲友"),  # 聚集 gathers the people counted after it
        ("河道保洁不到位，河面漂浮物聚集十余处。", "漂浮物"),  # ... and after what gathered
        ("渡口配备救生衣不足，缺少救生衣四十余件。", "救生衣"),
        ("半专业扑火队装备不齐全，风力灭火机缺少四台。", "风力灭火机"),
        ("村民余某某从外地调入仔猪20头未申报检疫。", "仔猪"),
        ("全县劝导取消聚集性活动四百七十余场次。", "聚集性活动"),  # (聚集性活动 is a noun of its own)
    ],
)
def test_gathering_lacking_and_bringing_in_are_verbs_before_the_counted_thing(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("清理背街小巷卫生死角七百六十余处、楼道杂物四百二十余处。", "杂物"),  # the stairwell says where they lay
        ("区消防救援大队及时扑灭田间火情三起。", "火情"),
        ("劝离楼道电动自行车二十余辆。", "电动自行车"),
    ],
)
def test_stairwells_and_fields_say_where_the_counted_things_are(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("发放野生菌中毒防控宣传资料三万六千余份。", "宣传资料"),  # a topic of prevention describes the leaflets
        ("全区累计发放禁捕宣传资料6000余份。", "宣传资料"),
        ("发放苗汉双语宣传资料2000余份。", "宣传资料"),  # so do the languages they are written in
        ("发放侗汉双语宣传单两千余份。", "宣传单"),
        ("发放健康教育宣传资料1200份。", "健康教育宣传资料"),  # other topics stay, as the gold keeps them
        ("发放防火宣传单3000余份。", "防火宣传单"),
    ],
)
def test_topics_of_prevention_bans_and_languages_before_leaflets_describe_them(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("在主要路口设置动物防疫检查卡点三个。", "动物防疫检查卡点"),  # 检查 is part of their name, no verb
        ("抽查发现3辆旅游客车未按规定安装动态监控。", "旅游客车"),  # (旅游|客车: no 游客 inside)
    ],
)
def test_epidemic_checkpoints_and_tour_coaches_are_nouns_of_their_own(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("1．上富镇辖区3条支流河面漂浮物未清理。", "支流"),  # after a township's area the tributaries are counted
        ("簇桥街道辖区3栋高层住宅消防车通道被占用。", "高层住宅"),
        ("辖区2个高层住宅小区消防设施损坏。", "高层住宅小区"),
        ("清除河道冰坝十二处。", "冰坝"),  # the river says where they lay
    ],
)
def test_tributaries_high_rises_and_ice_dams_are_counted(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("检查发现，双龙湾镇辖区7座烘干房紧贴柴草堆搭建。", "烘干房"),  # 紧贴 and 结伴 are verbs after the object
        ("傍晚，两名初中生结伴到村边山塘游泳。", "初中生"),
    ],
)
def test_objects_written_after_the_count_end_before_a_verb_of_lying_or_going_together(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text) if m.text in {"7座", "两名"}] == [obj]


def test_a_count_of_units_pointing_back_to_bodies_named_before_has_no_object() -> None:
    found = extract_counts("县疾控中心为学校食堂从业人员开展培训，对以上两家单位给予通报表扬。")
    assert [(m.text, m.object) for m in found] == [("两家", None)]
    assert [m.object for m in extract_counts("全县32家单位参加。")] == ["单位"]


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("作坊隔出宿舍，住着外地采果工二十六人。", "采果工"),
        ("浦坝港镇在集镇建起充电棚12处。", "充电棚"),
        ("废品收购站露天堆着轮胎一百余条。", "轮胎"),
        ("区二中锅炉房里还存着燃煤约5吨。", "燃煤"),
        ("在河岸竖起河长公示牌三百一十块。", "河长公示牌"),
    ],
)
def test_objects_after_a_verb_and_its_aspect_particle(text: str, obj: str) -> None:
    assert only(text)[4] == obj


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("土菜馆冰柜里翻出冻野鸭6只。", "冻野鸭"),
        ("这个冬天又拆下粘网十一张。", "粘网"),
        ("全县已设秸秆收储点一百一十六个。", "秸秆收储点"),
        ("小区共装充电口一千一百余个。", "充电口"),
        ("县市场监管局清查零售网点二百四十六个。", "零售网点"),
    ],
)
def test_objects_after_more_verbs_and_a_one_character_verb_after_its_adverb(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_an_adverb_after_the_count_ends_its_object() -> None:
    assert only("零售店后屋里八十多箱烟花一直码到天花板。")[4] == "烟花"


@pytest.mark.parametrize("text", ["网格员带着果农把积水容器清一遍。", "值班医生的电话打了三遍才接通。"])
def test_how_many_times_a_thing_is_gone_over_counts_no_object(text: str) -> None:
    assert only(text)[4] is None


@pytest.mark.parametrize(
    ("text", "obj"),
    [
        ("老表米粉店楼梯底下码着钢瓶6只。", "钢瓶"),
        ("进山途中一路撞见明火三处。", "明火"),
        ("3月以来换下纸钱一千多捆。", "纸钱"),
        ("网格员上门时，2名摊主没戴口罩。", "摊主"),
        ("海润冻品批发部有6箱冻品拿不出进货单。", "冻品"),
    ],
)
def test_more_verbs_before_the_count_and_adverbs_after_it_end_its_object(text: str, obj: str) -> None:
    assert only(text)[4] == obj


def test_what_samples_failed_on_is_no_counted_thing_but_the_thing_sampled_is() -> None:
    found = [(m.text, m.object) for m in extract_counts("抽检板鸭六十八批次，2批次过氧化值超标，1批次月饼菌落总数超标。")]
    assert found == [("六十八批次", "板鸭"), ("2批次", None), ("1批次", "月饼")]


def test_a_tested_substance_with_no_verdict_after_it_stays_the_object() -> None:
    assert only("县市场监管局查获3批次农药。")[4] == "农药"


def _words(*pieces: str) -> Words:
    """The words of the text the pieces make, each piece one word, tagged as jieba's dictionary tags them."""
    from nlp.units.lexicon import lexicon

    tokens, start = [], 0
    for piece in pieces:
        tokens.append((piece, start, start + len(piece)))
        start += len(piece)
    return Words(tokens, lexicon().word_tags)


@pytest.mark.parametrize("pieces, obj", [
    (("后厨", "只剩", "一个", "伙计", "守着", "。"), "伙计"),  # a word ending in 着 is a verb
    (("挂着", "的", "一个", "救生圈", "早就", "裂", "了", "口", "。"), "救生圈"),  # an adverb ends the phrase
    (("一辆", "电动自行车", "充", "着", "电", "。"), "电动自行车"),  # so does a character before 着
    (("查", "到", "3", "家", "卤味", "店", "。"), "卤味店"),  # a character of its own that is no function word goes on
])
def test_an_object_after_its_count_ends_where_the_story_s_words_stop_being_nouns(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))] == [obj]


@pytest.mark.parametrize("pieces, obj", [
    (("囤", "了", "九只", "钢瓶", "倒卖", "。"), "钢瓶"),  # a verb ends the phrase
    (("每个", "古村落", "安排", "1个", "专班", "值守", "。"), "专班"),  # also at the clause's end
    (("有", "2处", "采空", "塌陷", "区未", "设置", "标志", "。"), "采空塌陷区"),  # (a verb naming its thing goes on,
    (("有", "5户", "燃煤", "取暖", "户", "未", "安装", "。"), "燃煤取暖户"),  # the head character after it glued to a
    (("对", "12条", "主次", "干道", "开展", "考评", "。"), "主次干道"),  # negation or not; jieba calls 干道 a verb)
    (("发", "了", "一本", "“", "进货", "本", "”", "。"), "进货本"),  # the first word inside quotes is taken whatever
])
def test_a_verb_after_the_counted_noun_ends_it_unless_it_names_the_thing(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))] == [obj]


def test_without_the_words_the_object_is_read_from_the_characters_alone() -> None:
    assert [m.object for m in extract_counts("后厨只剩一个伙计守着。")] == ["伙计守着"]


@pytest.mark.parametrize("text, obj", [
    ("县水利局补设警示牌410块。", "警示牌"), ("村民李某某从外地购进仔猪30头。", "仔猪"),
    ("12月全区接报火警14起。", "火警"), ("补立警示牌六十二块。", "警示牌"), ("收到线索9条，查实2条。", None),
    ("在每个乡镇随机抽3个村。", "村"), ("10月以来只下过一场小雨。", "小雨"),
    ("在林区入口新插防火警示旗一千一百余面。", "防火警示旗"), ("拦查渣土车一百二十辆。", "渣土车"),
    ("防汛物资仓库仅存编织袋五十余条。", "编织袋"), ("9月摸排出问题户厕1140户。", "户厕"), ("已拉运废水一千四百余方。", "废水"),
    ("聘请护河员二十名，每人包干河段约3公里。", "河段"), ("带着护河员把3公里库岸分段包干。", "库岸"),
    ("村民组建护江队、吸收护江队员六十余名。", "护江队员"), ("村民在河滩私搭牲畜圈舍2处。", "牲畜圈舍"),
    ("县城管局拆除私搭乱建47处。", "私搭乱建"),  # the whole, a noun of its own
    ("禁毒专干帮教台账与实际不符，漏登戒毒康复人员4名。", "戒毒康复人员"),
])
def test_more_verbs_before_a_count_end_its_object(text: str, obj: str | None) -> None:
    assert extract_counts(text)[-1].object == obj


@pytest.mark.parametrize("pieces, obj", [
    (("护水员", "在", "河湾", "看见", "三个", "孩子", "脱", "了", "鞋", "。"), "孩子"),
    (("餐馆", "后厨", "摆放", "4个", "液化气", "钢瓶", "。"), "液化气钢瓶"),
    (("民宿", "雇用", "一名", "没有", "健康证", "的", "厨师", "。"), "厨师"),
    (("劝阻", "电鱼", "行为", "九起", "。"), "电鱼行为"),  # a listed noun jieba tags a verb
    (("劝导", "烧烤摊", "贩", "42", "个", "退店", "入市", "。"), "烧烤摊贩"),
    (("对", "城区", "主次", "干道", "四十二条", "两侧", "的", "门店", "打分", "。"), "主次干道"),
    (("对", "县城", "12条", "主次干道", "沿街", "门店", "逐户", "检查", "。"), "主次干道"),  # the roads, not the shops
])
def test_a_verb_right_before_a_count_takes_the_noun_after_it(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))] == [obj]


@pytest.mark.parametrize("pieces, obj", [
    (("全区", "报备", "的", "农村", "集体", "聚餐", "有", "四百一十余场", "。"), "农村集体聚餐"),
    (("船上", "的", "救生衣", "只有", "8件", "。"), "救生衣"),
    (("全县", "木结构", "房屋", "有", "四万三千余栋", "。"), "木结构房屋"),
    (("账上", "记着", "两千条", "，", "实际", "只有", "四百条", "。"), None),  # a contrast, nothing named
])
def test_a_noun_jieba_tags_before_having_names_what_is_counted(pieces, obj) -> None:
    text = "".join(pieces)
    assert extract_counts(text, words=_words(*pieces))[-1].object == obj


@pytest.mark.parametrize("pieces, obj", [
    (("庄边镇", "在", "萩芦溪", "源头", "11", "个村", "推行", "新", "模式", "。"), "村"),  # a noun glued to the measure
    (("宏村镇", "为", "核心", "保护区", "四百余", "幢", "古民居", "安装", "报警器", "。"), "古民居"),
    (("县爱卫办", "对", "两镇", "十一个", "社区", "的", "环境", "卫生", "开展", "检查", "。"), "社区"),
    (("邀请", "专家", "为", "果农", "200余名", "授课", "。"), "果农"),  # a verb after the count: the phrase is counted
    (("全县", "对", "地质灾害", "隐患", "点", "二百一十三", "处", "加密", "巡查", "。"), "地质灾害隐患点"),
])
def test_after_a_preposition_the_noun_after_the_count_is_counted(pieces, obj) -> None:
    text = "".join(pieces)
    assert extract_counts(text, words=_words(*pieces))[-1].object == obj


@pytest.mark.parametrize("pieces, obj", [
    (("今年", "全区", "种", "小麦", "约", "十八", "万亩", "。"), "小麦"),  # 种 (plant), which jieba tags a measure word
    (("全县", "种", "晚稻", "约", "三十一", "万亩", "。"), "晚稻"),
    (("对", "登记在册", "犬", "只", "1.3", "万余条", "落实", "驱虫", "。"), "犬只"),  # on the register: no part of it
    (("全区", "在册", "渡口", "二十三处", "。"), "渡口"),
    (("采购", "种子", "二十公斤", "。"), "种子"),
])
def test_planting_and_the_register_are_no_part_of_the_object(pieces, obj) -> None:
    text = "".join(pieces)
    assert extract_counts(text, words=_words(*pieces))[-1].object == obj


@pytest.mark.parametrize("pieces, obj", [
    (("排档", "雇用", "一名", "未办", "健康证", "的", "厨师", "。"), "厨师"),
    (("查处", "3家", "无", "许可证", "的", "作坊", "。"), "作坊"),
])
def test_a_clause_of_what_the_counted_lack_is_read_past_to_its_noun(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))] == [obj]


@pytest.mark.parametrize("pieces, obj", [
    (("村民", "把", "三十多捆", "稻草", "码", "在", "灶口", "边", "。"), "稻草"),  # a verb placing them, tagged a noun
    (("每天", "给", "六十多名", "孩子", "做", "午饭", "。"), "孩子"),  # a verb with an object of its own
    (("每组", "买", "一台", "手", "抬", "机动", "消防泵", "。"), "手抬机动消防泵"),  # (not after a one-character word)
    (("镇上", "一片", "坟山", "边", "冒起", "青烟", "。"), "坟山"),  # jieba's adverb 边
    (("给", "十七处", "坟山", "各定", "了", "一名", "看护人", "。"), "坟山"),  # a made-up word opening with 各
    (("辖区", "5处", "麦茬", "地有", "焚烧", "痕迹", "。"), "麦茬地"),  # (but not one opening with 地)
    (("镇上", "有", "两场", "寿宴", "事先", "没有", "报备", "。"), "寿宴"),  # an adverb ends an activity counted
    (("每月", "开展", "一次", "犬", "只", "驱虫", "。"), "犬只驱虫"),  # (jieba's adverb 只 is the measure word)
])
def test_a_placing_verb_a_verb_with_its_own_object_or_an_adverb_ends_the_noun_after_a_count(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][:1] == [obj]


@pytest.mark.parametrize("pieces, obj", [
    (("在", "沿岸", "挂", "上", "救生圈", "一百六十个", "。"), "救生圈"),  # a one-character verb with its complement
    (("巡堤", "人员", "两千多人", "，", "新", "搭", "哨", "棚", "一百三十多个", "。"), "哨棚"),  # or its adverb
    (("清除", "乱", "贴", "乱画", "二千四百余处", "。"), "乱贴乱画"),  # (a pair of misdeeds is one thing)
])
def test_a_one_character_verb_before_the_nouns_named_before_a_count_is_left_out(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("网格员提前把独居老人43人转移到安置点。", "独居老人"),  # 把 brings the counted thing forward
    ("检查发现冷库里约40公斤冻肉没有票据。", "冻肉"),  # what lies in, on or by the place named before a count
    ("散酒柜上6个酒坛都没贴标签。", "酒坛"),
    ("王长根每天和另外两名护渔员沿江巡查。", "护渔员"),  # so does what 另外 (other) goes with
])
def test_what_brings_a_thing_forward_or_where_it_lies_is_no_part_of_the_object(text: str, obj: str) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize("pieces, obj", [
    (("集中", "到", "新", "市场", "，", "设", "摊位", "96个", "。"), "摊位"),
    (("全乡", "设", "救生点", "十八处", "。"), "救生点"), (("组建", "服务队", "，", "配", "队员", "5名", "。"), "队员"),
    (("清理", "占", "道", "经营", "二百三十余处", "。"), "占道经营"),  # (a verb that opens a noun as often)
])
def test_a_one_character_verb_opening_the_phrase_before_a_count_is_left_out(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


def test_villages_counted_before_a_place_of_each_are_the_object() -> None:
    pieces = ("辖区", "3", "个", "村村", "口", "垃圾", "堆积", "未", "清运", "；")  # (jieba's 村村, as in 村村通)
    assert [m.object for m in extract_counts("".join(pieces), words=_words(*pieces))] == ["村"]


@pytest.mark.parametrize("pieces, obj", [
    (("积分", "能", "到", "小卖部", "换", "一包", "食盐", "。"), "食盐"),  # jieba tags 换 nz
    (("评上", "的", "人家", "门口", "挂", "一块", "流动", "红旗", "。"), "流动红旗"),
    (("每户", "门上", "贴", "一张", "联系卡", "。"), "联系卡"),
])
def test_what_a_verb_of_giving_or_placing_right_before_a_count_gives_is_counted(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


@pytest.mark.parametrize("pieces, obj", [
    (("六人", "结伴", "游泳", "，", "其中", "一人", "突然", "抽筋", "。"), None),  # a part of a total named before
    (("共", "11人", "中毒", "，", "其中", "2人", "转往", "毕节", "救治", "。"), None),
    (("设置", "监测点", "48个", "，", "其中", "5个", "监测点", "超标", "。"), "监测点"),  # (it may name its noun)
])
def test_a_part_of_a_total_after_its_counts_names_no_thing_unless_a_noun_follows(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("改厕任务2860座，截至5月15日已完工1870座。", None),  # those finished are the toilets named before
    ("项目建成后可带动就业2000余人。", None), ("全年发生生产安全事故4起、死亡3人。", None),
    ("全县停产47家、限产265家。", None), ("巡查发现，护林员1名脱岗。", "护林员"),  # (the noun before stays)
    ("全县新建公厕16座。", "公厕"),  # (a verb that takes an object is still no object itself)
    ("一户人家关紧门窗烤火，3人头晕，险些出事。", None), ("误食野生菌中毒2起，5人住院治疗。", None),  # what befell them
])
def test_a_verb_that_takes_no_object_is_no_counted_thing(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("长安营镇辖区2个烟花爆竹零售点与居民住宅未有隔离。", "烟花爆竹零售点"),  # what they stand near
    ("信发街道依托辖区12个微型消防站与网格员结对联防。", "微型消防站"),  # whom they act with
    ("督促110余家用工企业与农民工签订书面劳动合同。", "用工企业"),
    ("检查宾馆和饭店12家。", "宾馆和饭店"),  # (和 still joins the things counted)
])
def test_what_follows_yu_after_a_counted_noun_is_no_more_of_the_counted_things(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("微子镇配备应急抢修车14辆。", "应急抢修车"),  # 抢修|车: the verb names the vehicle, it ends no phrase
    ("县海洋与渔业局派出巡查船6艘在近海劝返作业渔船。", "巡查船"),
    ("镇里的两辆压缩车隔天拉走垃圾。", "压缩车"),  # and the vehicle ends the noun after a count
    ("蓝湾渔业有限公司组织船员80余人开展安全培训。", "船员"),  # (船员, 车位 are nouns of their own)
    ("新增车位400个。", "车位"), ("沙洲坝镇辖区2处停车场车辆乱停乱放。", "停车场"),
])
def test_a_verb_before_che_or_chuan_names_a_vehicle_or_boat(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize("pieces, obj", [
    (("小区", "里", "3栋", "居民楼", "室温", "一直", "上不来", "。"), "居民楼"),  # the listed 居民 opens jieba's noun
    (("乐武乡", "辖区", "3所", "村小", "还", "在", "用", "柴灶", "做饭", "。"), "村小"),
    (("村民", "在", "河岸", "上", "搭", "了", "一间", "猪圈", "。"), "猪圈"),
    (("全镇", "三百一十多户", "独居", "老人家", "的", "线路", "都", "重新", "布", "了", "。"), "独居老人"),  # (where
    (("四棵树乡", "有", "3个", "村户", "厕", "冬季", "冻堵", "。"), "村"),  # they are: 老人家, 村户)
])
def test_a_listed_noun_that_opens_a_longer_jieba_noun_is_counted_whole(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][0] == obj


@pytest.mark.parametrize("text, obj", [
    ("坑里的积水已有一米多深，当场被责令整改。", None),  # how deep, no counted thing
    ("四周挖出3米宽的隔离带。", None), ("沟里结了一百多米长的黑冰。", None),
    ("新修排水沟约300米。", "排水沟"),  # (a length of something is still counted)
])
def test_a_length_followed_by_its_dimension_counts_no_thing(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize("pieces, obj", [
    (("社区", "干部", "带", "着", "志愿者", "三百多人", "连夜", "清淤", "。"), "志愿者"),  # a verb with its aspect mark
    (("辖区", "还", "留", "着", "桃园", "四百多亩", "。"), "桃园"),
    (("已", "备足", "种子", "1.2万吨", "。"), "种子"), (("超市", "补齐", "防蝇", "设施", "一千一百余套", "。"), "防蝇设施"),
    (("全县", "报告", "手足", "口病", "36例", "。"), "手足口病"),  # (手足 describes the disease)
])
def test_a_verb_with_its_aspect_mark_or_its_result_before_a_count_is_left_out(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][0] == obj


@pytest.mark.parametrize("text, obj", [
    ("由村民代表上门打分，每季度评比一次，首批评出庭院整洁户二千三百余户。", None),  # how often, the 每 inside the phrase
    ("汛期夜间巡江改为每晚一次。", None), ("义务消防队每晚巡村一次。", None),
    ("今年以来开展集中清扫30余次。", "集中清扫"),  # (no 每: the activity is counted)
])
def test_a_rhythm_written_inside_the_phrase_before_a_frequency_counts_no_thing(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize("pieces, obj", [
    (("保洁员", "3名", "中", "有", "2名", "长期", "不", "在岗", "。"), None),  # what they did, not a thing
    (("镇里", "连夜", "调来", "砂石", "三十余吨", "筑起", "反滤", "围井", "。"), "砂石"),
    (("污水", "处理站", "有", "3座", "长期", "停运", "。"), "污水处理站"),
    (("松江镇", "辖区", "5个", "自然", "屯", "垃圾", "乱堆", "。"), "自然屯"),  # (jieba's adverb opens the noun)
])
def test_an_adverb_or_a_verb_with_its_result_after_a_count_opens_no_object(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("钟某某承办喜宴时在村道边用2个钢瓶同时给灶头供气。", "钢瓶"),  # a place and 用: what is used follows
    ("老铜锅火锅店在后厨用4个液化气罐。", "液化气罐"),
    ("已发生野生菌中毒事件2起，中毒7人。", None),  # 中毒 takes no object either
    ("今年以来投入运维费用12万元。", "运维费用"),  # (费用 is no verb)
])
def test_a_place_and_yong_before_a_count_leave_the_thing_used_to_follow(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


def test_the_people_a_hazard_threatens_are_counted_without_the_verb() -> None:
    assert [m.object for m in extract_counts("全县查明隐患点321处，威胁群众1.2万余人。")] == ["隐患点", "群众"]


@pytest.mark.parametrize("text, obj", [
    ("得分最低的两个乡，由县人居办约谈乡党委书记。", None),  # two or three townships after 的: the ones just ranked
    ("对这两个镇予以通报表扬。", None), ("对以上3个村暂缓命名。", None),  # a back reference, villages too
    ("对洪山镇、柳河镇予以通报批评，请两个镇于1月10日前书面报送整改情况。", None),
    ("由县环治办约谈三个镇的分管负责人。", None),
    ("黄茆镇排在最后。\n两个镇的失分，考核组都留了照片。", None),  # at the head of a line
    ("对申报省级卫生乡镇的6个乡镇开展复审。", "乡镇"),  # more than three: a set of its own
    ("随机抽到的两个村都没达标。", "村"),  # villages after 的 are picked for the first time
    ("全县12个乡镇参加。", "乡镇"),
])
def test_a_few_townships_summed_up_again_after_they_are_named_have_no_object(text, obj) -> None:
    assert [m.object for m in extract_counts(text) if m.unit == "个"][-1] == obj


def test_townships_counted_right_after_their_names_have_no_object() -> None:
    text = "由县森防办约谈茨巫乡、麦地乡两个乡的分管负责人。"
    named = [(text.index(name), text.index(name) + 3) for name in ("茨巫乡", "麦地乡")]
    assert [m.object for m in extract_counts(text, organisations=named)] == [None]


@pytest.mark.parametrize("pieces, obj", [
    (("各镇", "还要", "把", "姜窖", "再查", "一轮", "。"), None),  # an adverb glued to a one-character verb
    (("护河员", "早晚", "沿河", "走", "一趟", "，", "河滩", "上"), None),
    (("网格员", "挨家", "看", "了", "一遍", "。"), None),
    (("县", "河长办", "对", "入河", "排口", "再", "做", "一次", "排查", "。"), "排查"),  # what is done follows
    (("全区", "共", "排查", "养殖场", "户", "三千余户次", "。"), "养殖场户"),  # (户 is the measure's own head)
    (("全县", "开展", "集中", "消杀", "3轮", "。"), "集中消杀"),  # a two-character activity stays
])
def test_a_frequency_after_a_one_character_verb_counts_doing_it_not_a_thing_before(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("抽检盐酸菜五十六批次，超标的样品有3批次出自这里。", None),  # where they came from, not a thing
    ("另有2批次来自硐底镇荣华村的散户。", None),
    ("其中3批次苯甲酸超标。", None), ("另有1批次酒精度与标签不符。", None),  # what the samples failed on
    ("排查3批次来自外地的冷链食品。", "冷链食品"),  # (the thing named after 的 is counted)
])
def test_samples_told_by_their_origin_or_by_what_they_failed_on_count_no_thing_after(text, obj) -> None:
    assert [m.object for m in extract_counts(text) if m.unit == "批次"][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("暗访组随机询问作坊主二十名，有8名不会使用灭火器。", "作坊主"),  # those asked, without the verb
    ("入户询问居民五百户。", "居民"),
    ("一是盐湖乡驻地2座公厕无人管护。", "公厕"),  # a township's seat is where the counted things are
])
def test_people_asked_and_things_at_a_townships_seat_are_counted_without_the_verb_or_the_place(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize("text, obj", [
    ("每个护林点配备队员12名。", "队员"),  # a verb before 队员 opens no team's name (配备队 is no noun)
    ("镇里抽调队员三十名连夜上堤。", "队员"),
    ("开展宣讲二十场，受教育群众3000余人次。", "群众"),  # who was taught, without the passive verb
    ("登记在港渔船126艘。", "渔船"),  # boats in port: 在港 describes them
    ("全镇现有消防队员二十名。", "消防队员"),  # (a crew's members stay whole)
])
def test_members_taught_people_and_boats_in_port_are_counted_without_the_words_before_them(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("湿地里的灰鹤最多时超过三千只。", "灰鹤"),  # what peaked, not the peak
    ("巡查队员赶到时三堆稻草已经烧完。", "稻草"),  # a clause telling when: the thing counted follows
])
def test_a_phrase_telling_when_is_no_object_but_what_peaked_is(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][0] == obj


@pytest.mark.parametrize("text, objs", [
    ("白河渡口站水位涨到31.4米，超过警戒水位0.9米。", ["水位", None]),  # the level, then its excess over the mark
    ("凌晨水位升到12.35米，高出保证水位0.4米。", ["水位", None]),
    ("南渡站水位持续上涨，当晚涨到7.8米，超警0.3米。", ["水位", None]),  # a time of day is when, not what rose
    ("老河口段水位超过警戒水位1.3米。", ["水位"]),  # the excess told alone keeps the quantity named before it
])
def test_a_level_risen_to_is_the_rise_s_object_and_its_excess_over_a_mark_counts_nothing(text, objs) -> None:
    assert [m.object for m in extract_counts(text)] == objs


@pytest.mark.parametrize("pieces, obj", [
    (("沿河", "一段", "护岸", "堆满", "建筑", "垃圾", "。"), "护岸"),  # 堆满: a verb with its result ends the thing
    (("山洪", "冲坏", "村道", "约", "两公里", "。"), "村道"),  # what was damaged, without the verb
    (("被", "风吹", "落", "砸坏", "车辆", "3", "辆", "。"), "车辆"),
    (("公开", "审理", "一起", "破坏", "环境", "资源", "案件", "。"), "案件"),  # (破坏 describes the case)
])
def test_verbs_with_a_result_of_filling_or_damage_are_no_part_of_the_thing(pieces, obj) -> None:
    text = "".join(pieces)
    assert [m.object for m in extract_counts(text, words=_words(*pieces))][-1] == obj


@pytest.mark.parametrize("pieces, unit, obj", [
    (("新城街道", "的", "老", "辽阳", "火锅店", "后厨", "4", "个", "液化气", "钢瓶", "紧", "挨着", "灶台", "。"), "老辽阳火锅店",
     "液化气钢瓶"),
    (("整董镇", "的", "曼烈", "傣味", "馆", "后院", "12", "个", "轮胎", "积满", "雨水", "。"), "曼烈傣味馆", "轮胎"),
])
def test_a_part_of_a_named_place_before_a_count_is_where_the_counted_things_are(pieces, unit, obj) -> None:
    text = "".join(pieces)
    organisation = (text.index(unit), text.index(unit) + len(unit))
    assert extract_counts(text, organisations=[organisation], words=_words(*pieces))[0].object == obj


@pytest.mark.parametrize("pieces, obj", [
    (("挑", "了", "二十名", "青年", "组成", "义务", "消防队", "。"), "青年"),  # not 青年组: 组 opens the verb 组成
    (("厂里", "十二名", "员工", "组成", "义务", "消防队", "。"), "员工"),
    (("派出", "3个", "督查组", "到", "各", "乡镇", "。"), "督查组"),  # (a word ending in 组 is whole)
])
def test_a_verb_the_last_character_of_the_object_opens_ends_the_object_before_it(pieces, obj) -> None:
    text = "".join(pieces)
    assert extract_counts(text, words=_words(*pieces))[0].object == obj


@pytest.mark.parametrize("pieces, obj", [
    (("为", "辖区", "四十二名", "乡厨", "统一", "办", "了", "健康证", "。"), "乡厨"),
    (("发动", "三百余户", "志愿", "服务户", "轮流", "清扫", "楼道", "。"), "志愿服务户"),
])
def test_a_word_of_manner_after_the_counted_thing_ends_it(pieces, obj) -> None:
    text = "".join(pieces)
    assert extract_counts(text, words=_words(*pieces))[0].object == obj


def test_a_bracket_after_a_counted_activity_is_no_part_of_it() -> None:
    first = extract_counts("辖区有1场坝坝宴（45桌）未按规定报备。")[0]
    assert (first.text, first.object) == ("1场", "坝坝宴")


@pytest.mark.parametrize("text, obj", [
    ("村内3口池塘漂浮生活垃圾，长期无人清理。", "池塘"),
    ("会议指出，刘家台乡辖区3条河沟堆积生活垃圾。", "河沟"),
    ("检查发现2个储罐安全阀超期未校验。", "储罐"),
])
def test_what_lies_in_or_on_the_counted_things_is_no_part_of_them(text, obj) -> None:
    assert extract_counts(text)[0].object == obj


@pytest.mark.parametrize("text, obj", [
    ("从居民中推选楼栋长112名，垃圾清运都由楼栋长负责。", "楼栋长"),
    ("村民每交售分类垃圾1公斤可得积分2分。", "分类垃圾"),
    ("县民政局当天下拨救灾帐篷60顶。", "救灾帐篷"),
])
def test_the_verb_before_a_counted_thing_named_first_ends_it(text, obj) -> None:
    assert extract_counts(text)[0].object == obj



def test_the_levels_of_a_post_may_name_neighbourhoods_with_ju() -> None:
    assert extract_counts("全区区、街道、村（居）三级河长二百一十六名累计巡河。")[0].object == "河长"


@pytest.mark.parametrize("text, obj", [
    ("全县共检查居民小区、集贸市场和村寨点位一千二百余个。", "点位"),  # the kinds of place list what the points are
    ("抽查测评点位120个。", "测评点位"),
])
def test_points_after_a_list_of_kinds_of_place_are_points(text, obj) -> None:
    assert extract_counts(text)[0].object == obj


@pytest.mark.parametrize("text, obj", [
    ("靠山镇腰岭村有2起农村集体聚餐未按规定备案。", "农村集体聚餐"),  # (not 农村, cut before the banquet)
    ("每处落实巡查责任人不少于2名。", "巡查责任人"),
    ("其中发生在学校的聚集性疫情2起，均已得到有效处置。", "聚集性疫情"),  # (not 性疫情)
    ("共查看充装站5座、送气点三十四个。", "送气点"),
])
def test_kinds_of_banquet_outbreak_patroller_and_gas_delivery_point_are_whole(text, obj) -> None:
    assert extract_counts(text)[-1].object == obj


@pytest.mark.parametrize("text, obj", [
    ("检查中发现，五股泉乡辖区有3家小饭馆无纱门纱窗。", "小饭馆"),
    ("古城街道辖区有4家早茶店排烟罩油污积存。", "早茶店"),
    ("盛乐镇辖区2座旱厕粪便外溢、蝇密度超标。", "旱厕"),
])
def test_small_restaurants_tea_houses_and_dry_toilets_end_before_what_is_wrong_with_them(text, obj) -> None:
    assert extract_counts(text)[0].object == obj


@pytest.mark.parametrize("text, expected", [
    ("检查中发现，河西乡辖区2处险工段护岸松动、未设置警示牌。", [("2处", "险工段")]),
    ("会议指出，长安镇辖区2处穿堤涵闸闸门锈蚀、启闭不灵。", [("2处", "穿堤涵闸")]),
    ("城关镇辖区2处险工段防汛物资储备不足，3条河涌水浮莲覆盖。", [("2处", "险工段"), ("3条", "河涌")]),
])
def test_a_sluice_s_gate_and_a_dyke_s_revetment_after_them_end_the_object(text, expected) -> None:
    assert [(m.text, m.object) for m in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("每处地质灾害隐患点安排监测人员2至3名，落实监测人员二百三十名。", [("2至3名", "监测人员"), ("二百三十名", "监测人员")]),
    ("城关街道组建社区巡河护河队8支，玉泉镇组建村级巡河护河队18支。", [("8支", "社区巡河护河队"), ("18支", "村级巡河护河队")]),
])
def test_watchers_and_river_patrol_crews_keep_the_verb_their_name_opens_with(text, expected) -> None:
    assert [(m.text, m.object) for m in extract_counts(text)] == expected


@pytest.mark.parametrize("text, obj", [
    ("新兴镇的恒源液化气站为超期未检钢瓶充装二十余只，当天被责令停业。", "钢瓶"),
    ("三宝街道的鑫旺液化气站为过期钢瓶充装9只，被责令停业整顿。", "钢瓶"),
])
def test_what_a_station_filled_is_named_after_wei_before_the_verb(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("入汛以来，全县清理河道阻水障碍物六十三处。", "阻水障碍物"),
    ("全区清理河道行洪障碍一百四十余处。", "行洪障碍"),
    ("拆除河道违章建筑二十三处。", "违章建筑"),
    ("户厕管护员耿占国对5座冻裂户厕未及时上门维修。", "户厕"),
    ("春节期间农村集体聚餐每场派出指导人员1至2名。", "指导人员"),
])
def test_the_river_s_obstacles_and_frozen_privies_are_counted_without_their_qualifier(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("10月中旬以来，全市完成燃气用户入户安检9.6万余户次。", "入户安检"),
    ("全镇完成入户安检1800余户次。", "入户安检"),
    ("全市完成居民用户入户安检4.2万户。", "居民用户"),  # (by 户: the households)
])
def test_household_visits_after_a_safety_check_count_the_checks(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("区实验中学在校门口设置测温通道4条。", "测温通道"),
    ("金浦街道辖区3家牛肉火锅店使用橡胶软管连接。", "牛肉火锅店"),
])
def test_temperature_check_lanes_and_hotpot_restaurants_are_counted_whole(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("清理南山支流河道淤泥约3.2万立方米。", "淤泥"),
    ("清理白马湖湖面漂浮物约180吨。", "漂浮物"),
    ("共督查猪肉经营摊点三十余个。", "猪肉经营摊点"),  # (经营 qualifies only where it opens the object)
    ("居民和微型消防站队员二百余人参加。", "居民和微型消防站队员"),  # (a list of groups keeps its qualifier)
    ("抽检学校食堂食品样品一百二十批次。", "食品样品"),
])
def test_a_place_before_a_qualifier_goes_with_it(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("巡查淮河、闾河堤防约180公里。", "堤防"),
    ("连夜加固新蟒河堤防2.4公里。", "堤防"),
    ("排查河道堤防12公里。", "河道堤防"),
])
def test_dykes_are_counted_without_the_rivers_they_line(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("三道关镇辖区2条山洪沟淤积堵塞、未设置警示标志。", "山洪沟"),
    ("乔勒潘乡辖区2处防洪堤冲刷掏空、未及时加固。", "防洪堤"),
    ("规范治疗患者三十七例。", "患者"),
    ("清运陈年垃圾一万二千余吨。", "垃圾"),
    ("旺记液化气供应站为超期未检钢瓶充装液化气三十余只。", "钢瓶"),
    ("卡嘎镇承建的2座乡村公厕化粪池渗漏。", "乡村公厕"),
    ("改造老旧供热管网约18公里。", "供热管网"),
])
def test_more_verbs_nouns_and_qualifiers_of_counted_things(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("库木巴什乡辖区3处渠段岸坡堆放建筑垃圾。", "渠段"),
    ("三道岗镇辖区3处岸坡堆放生活垃圾。", "岸坡"),  # (a bank opening the object is the thing counted)
    ("乃西乡为辖区5个沿河村配发救生衣。", "沿河村"),
    ("苏村镇为辖区48家农村小卖部统一配置冷藏展示柜。", "农村小卖部"),
    ("拆除河涌违章建筑十九处。", "违章建筑"),
    ("翻查积水容器一百六十余个。", "积水容器"),
])
def test_banks_riverside_villages_village_shops_and_searched_containers(text, obj) -> None:
    assert [m.object for m in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("修订村级防汛预案二百九十八份。", "村级防汛预案"),
    ("每个行政村配备村级防疫员1至2名。", "村级防疫员"),
    ("全县明确村级河长三百二十名。", "河长"),  # (a post's level describes it)
    ("该街道为辖区4个社区老年食堂逐一建立食材台账。", "社区老年食堂"),
    ("检查学校食堂八十六家，下达整改意见书九份。", "整改意见书"),
])
def test_a_village_level_names_plans_stores_and_epidemic_watchers(text, obj) -> None:
    assert [m.object for m in extract_counts(text)][-1] == obj


@pytest.mark.parametrize("text, obj", [
    ("全区共检查学校食堂和校外托餐机构一百二十余家。", "学校食堂和校外托餐机构"),
    ("快检水产品和肉类样品二百一十批次。", "水产品和肉类样品"),
    ("受理餐饮住宿类投诉12件。", "投诉"),
    ("武川乡组织群众清理东大沟沟道淤泥约3000立方米。", "淤泥"),  # (where the silt lies, named before it)
])
def test_a_list_of_kinds_before_a_count_is_counted_whole(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


def test_a_place_around_opening_a_conjunct_is_still_no_part_of_the_object() -> None:
    found = extract_counts("对城区23个建筑工地和周边散煤经营点开展检查。")
    assert "周边" not in (found[0].object or "")


@pytest.mark.parametrize("text, obj", [
    ("通远街道为辖区四十二座村级公厕安装防蝇纱门。", "村级公厕"),
    ("团结乡有2个村级卡点夜里无人值守。", "村级卡点"),
    ("组织八十余名村级防疫员包片巡查。", "村级防疫员"),
    ("新建村级公厕四十七座。", "公厕"),  # (before its count the level describes the toilet)
    ("3名村级河长未按要求巡河。", "河长"),  # (a post's level describes it)
])
def test_a_level_naming_a_thing_stays_with_it_after_the_count(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, value, unit, obj", [
    ("烧烤店使用来源不明的羊肉串二百余串。", 200, "串", "羊肉串"),  # skewers are counted
    ("他向我们提供了这样一组数据：", 1, "组", "数据"),  # a demonstrative before the count names nothing
    ("每个镇设监测点5至8个。", 5, "个", "监测点"),  # 设 after the place where they stand
    ("白狐沟街道辖区2个平房区部分住户火炉烟道破损。", 2, "个", "平房区"),  # some of those counted
    ("相公街道为每个村聘请一名户厕管护员。", 1, "名", "户厕管护员"),
    ("辖区城中村5处垃圾池积存垃圾未清运。", 5, "处", "垃圾池"),  # where they are, then what they are
])
def test_objects_named_around_skewers_demonstratives_set_up_places_and_posts(text, value, unit, obj) -> None:
    found = extract_counts(text)
    assert [(c.value, c.unit, c.object) for c in found] == [(value, unit, obj)]


@pytest.mark.parametrize("text, obj", [
    ("锡林路街道组织餐饮从业人员食品安全培训3场。", "食品安全培训"),  # the topic, not those trained
    ("敦化坊街道组织居民燃气安全培训8场。", "燃气安全培训"),
    ("组织渔民安全培训5场。", "渔民安全培训"),  # (the fishermen's own kind of training stays)
    ("涉事带鱼86公斤被就地封存。", "带鱼"),  # the ones the case is about
    ("辖区2家学生托管点厨房无防蝇设施。", "学生托管点"),
    ("水泊寺街道辖区2处排洪渠堆积建筑垃圾。", "排洪渠"),  # what lies heaped there is not counted
])
def test_trainings_by_topic_and_things_without_what_is_said_of_them(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text", [
    "县公安局在兴国镇查处一起非法储存烟花爆竹案件。",  # (储存: a verb inside what the case is about)
    "破获一起“冒充客服”诈骗案件。",
    "查处一起销售病死猪肉案件，罚款5000元。",
])
def test_a_case_counted_by_its_measure_word_is_named_by_the_case_noun_closing_its_phrase(text) -> None:
    assert [(c.text, c.object) for c in extract_counts(text)][0] == ("一起", "案件")


@pytest.mark.parametrize("text, obj", [
    ("清捡海漂垃圾约46吨。", "海漂垃圾"),
    ("兴旺日杂店违规摆卖烟花爆竹30余箱。", "烟花爆竹"),
])
def test_verbs_of_picking_up_and_setting_out_for_sale_end_an_object(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("发放宣传页八千余份。", "宣传页"),
    ("对发现火点的镇每处扣缴生态补偿资金2万元；", "生态补偿资金"),
])
def test_leaflets_and_what_is_withheld_are_counted_things(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("村民在麦田附近燃放烟花，引发一起火情，村“两委”宣传劝导不力。", "火情"),  # 一起 counts what was caused, not "together"
    ("去年全县共核发零售许可证五十六个。", "零售许可证"),
])
def test_a_case_caused_and_licences_issued_are_counted_things(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("规范共享单车停放点四百余处。", "共享单车停放点"),  # 共 opens the listed noun, it is no total
    ("组织专业技术人员、乡村干部二百八十余人开展排查。", "专业技术人员、乡村干部"),
    ("随机走访沿河村民十余户。", "村民"),  # 沿河村 is listed, but 民 follows it: the villagers along the river
])
def test_a_modifier_opening_a_listed_noun_stays_with_it(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("区红十字会向社区捐赠消毒液2000余瓶。", "消毒液"),  # 捐赠 a verb of giving
    ("旗红十字会接收社会捐赠口罩2.6万只。", "口罩"),
    ("累计接收捐赠款物280余万元。", "捐赠款物"),  # but 捐赠款物 a noun
    ("腾退出租大院七处。", "出租大院"),  # not 退出 (to quit)
    ("西岸镇辖区3家农村家宴服务点未按规定备案。", "农村家宴服务点"),
    ("广化街道辖区3家小食杂店销售无中文标签的进口零食。", "小食杂店"),
])
def test_gifts_rented_yards_banquet_points_and_grocery_stalls_are_counted_things(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("皇城镇辖区4家牛羊肉经营户无动物检疫合格证明。", "牛羊肉经营户"),  # not 牛, the first noun
    ("北苑街道常青社区2名垃圾分类督导员长期不在岗。", "垃圾分类督导员"),
    ("县红十字会筹集救灾资金36.5万元。", "救灾资金"),  # 筹集 a verb
])
def test_beef_and_mutton_dealers_sorting_guides_and_funds_raised_are_counted_whole(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, obj", [
    ("木兰镇对辖区三十六家校园周边食品经营户实行“一对一”指导。", "食品经营户"),  # 校园 a place, then the dealers
    ("区餐饮行业协会组织六十余家会员单位签订承诺书。", "会员单位"),
    ("县安监局共验收煤矿11座。", "煤矿"),  # 验收 a verb
])
def test_dealers_around_schools_member_units_and_mines_inspected_are_counted_things(text, obj) -> None:
    assert [c.object for c in extract_counts(text)] == [obj]


@pytest.mark.parametrize("text, expected", [
    ("检查发现，分类垃圾桶破损十余个，村保洁员二次分拣不到位。", [(10, "分类垃圾桶")]),  # broken; 二次分拣 a term
    ("护栏破损2处。", [(2, "护栏")]),
])
def test_broken_things_are_counted_without_their_state_and_second_sorting_is_no_count(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("县疾控中心已为860余名冷链从业人员开展核酸检测。", [(860, "冷链从业人员")]),
    ("县人居办将对各乡镇进行一次排名通报。", [(1, "排名通报")]),  # 进行 a verb: the activity follows
    ("新建垃圾收集房三十八座。", [(38, "垃圾收集房")]),
    ("城区降雨量累计达486毫米。", [(486, "降雨量")]),  # 累计 right before 达
    ("天顺洗浴中心燃用劣质散煤约20吨。", [(20, "散煤")]),
    ("县藏医院诊治采挖人员六百余人次。", [(600, "采挖人员")]),
    ("梅墟街道为辖区6家社区食堂统一接入监管平台。", [(6, "社区食堂")]),
])
def test_cold_chain_workers_rankings_rainfall_totals_and_coal_burnt(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("集结扑火队员近300人。", [(300, "扑火队员")]),
    ("市气象局要每日发布一次森林火险等级预报。", [(1, "森林火险等级预报")]),
    ("编印分类知识读本六千册。", [(6000, "分类知识读本")]),
    ("发现问题八十三个，已立行立改六十个。", [(83, "问题"), (60, None)]),  # what was put right at once
    ("吊罗山乡辖区2个临时检查站无人值守。", [(2, "临时检查站")]),
])
def test_fire_crews_gathered_forecasts_readers_printed_and_checkpoints(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("现场接受群众咨询四百余人次。", [(400, "群众")]),  # the people who asked
    ("提供法律咨询一百三十余人次。", [(130, "法律咨询")]),  # the service given
    ("现场解答群众咨询两千余人次。", [(2000, "群众咨询")]),  # (the gold keeps it whole after 解答)
    ("高平市人民医院组派医疗队3支赴灾区巡诊。", [(3, "医疗队")]),
    ("全县共接处火警12起。", [(12, "火警")]),
    ("桑林镇辖区2座燃煤锅炉房未配备报警器。", [(2, "燃煤锅炉房")]),
])
def test_people_asking_teams_sent_fire_calls_and_boiler_houses(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


def test_strings_of_firecrackers_are_counted() -> None:
    assert [(c.value, c.approx, c.unit, c.object) for c in extract_counts("收缴非法烟花爆竹二十三箱、鞭炮450余挂。")] == [
        (23, False, "箱", "烟花爆竹"), (450, True, "挂", "鞭炮")]


@pytest.mark.parametrize("text, expected", [
    ("清理残垣断壁六百七十余处，粉刷墙体12万平方米。", [(670, "残垣断壁"), (120000, "墙体")]),
    ("红旗镇集市3家烤肉摊生熟不分。", [(3, "烤肉摊")]),  # what goes wrong with the stalls follows them
    ("各乡镇和市直有关单位主要负责人一百三十余人参加。", [(130, "主要负责人")]),  # the gold keeps the rank
])
def test_paintwork_parts_after_the_thing_and_principal_heads(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("7月份可能有1至2个台风影响我市。", [(1, "台风")]),  # 影响 a verb after the thing counted
    ("桦川县第一中学每月开展一次应急疏散演练；", [(1, "应急疏散演练")]),  # 应 inside 应急 ends nothing
    ("接受咨询群众六百余人次；", [(600, "群众")]),
    ("清除河岸杂草八千多平方米。", [(8000, "杂草")]),
    ("区公安分局会同区安监局组成6个联合执法组，", [(6, "联合执法组")]),
    ("团县委组织青年志愿者开展文明劝导活动十二场。", [(12, "文明劝导活动")]),
    ("兴达燃气器具经销部销售无合格证燃气报警器20台，", [(20, "燃气报警器")]),
    ("顺通液化气供应站向餐饮用户配送无信息标签钢瓶17个，", [(17, "钢瓶")]),
    ("今年为群众节省开支约40万元。", [(400000, "开支")]),
    ("兴旺百货店私藏烟花爆竹二十三箱，", [(23, "烟花爆竹")]),
    ("该乡为各行政村各配备一名村级食品安全信息员，", [(1, "村级食品安全信息员")]),  # the level names the post
    ("全县落实专兼职护林员六百二十名，", [(620, "护林员")]),
    ("共查看在建涉河工程5处，", [(5, "涉河工程")]),
    ("四季镇汛前组织转移演练十二场，", [(12, "转移演练")]),
])
def test_typhoons_drills_alarms_money_saved_fireworks_and_works_under_construction(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


def test_a_clause_of_what_the_counted_things_affect_is_read_past_to_their_noun() -> None:
    pieces = ("清除", "3", "处", "影响", "通行", "的", "障碍物", "。")
    assert [m.object for m in extract_counts("".join(pieces), words=_words(*pieces))] == ["障碍物"]


@pytest.mark.parametrize("text, expected", [
    ("市公安局在城区禁放区域部署警力三百二十余人次开展巡控。", [(320, "警力")]),
    ("在城区48个重点路口设点劝导。", [(48, "重点路口")]),
    ("村内路灯损坏12盏。", [(12, "路灯")]),
    ("检查发现，防鼠挡板缺失8处。", [(8, "防鼠挡板")]),
    ("灭火器过期6具。", [(6, "灭火器")]),
    ("灭火器过期两年。", [(2, None)]),  # how long, no counted thing
])
def test_forces_deployed_points_set_up_and_things_broken_missing_or_out_of_date(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("嘎普乡辖区4家甜茶馆炉具烟道未伸出室外。", [(4, "甜茶馆")]),  # what belongs to the teahouses follows them
    ("共检查学校食堂一百零八家、校外供餐单位六家。", [(108, "学校食堂"), (6, "校外供餐单位")]),
    ("江千乡辖区2个校外托餐点未办理备案。", [(2, "校外托餐点")]),
])
def test_flues_and_caterers_outside_the_schools(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("排查处置险情隐患十四处。", [(14, "险情隐患")]),
    ("排查风险隐患一百一十六处。", [(116, "风险隐患")]),
    ("排查林区火灾隐患260余处。", [(260, "火灾隐患")]),
    ("排查森林火灾隐患180处。", [(180, "森林火灾隐患")]),
])
def test_danger_and_risk_hazards_are_kinds_kept_whole(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("全县共设立进山检查卡口一百二十六个。", [(126, "进山检查卡口")]),
    ("晋庙铺镇辖区2个进山检查卡口无人值守。", [(2, "进山检查卡口")]),
    ("越城区防汛防旱指挥部先后启动Ⅳ级应急响应2次。", [(2, "应急响应")]),  # the response started, not its level
    ("黄岗镇辖区2处柴草堆垛紧靠民房。", [(2, "柴草堆垛")]),
    ("全县共排查草原火灾隐患二百一十余处。", [(210, "草原火灾隐患")]),
    ("区实验小学带动一千九百余户学生家庭参与分类。", [(1900, "学生家庭")]),
    ("长水街道在辖区12家机关食堂全面推行分餐制。", [(12, "机关食堂")]),
    ("区应急管理局要开展一次防汛联合演练。", [(1, "防汛联合演练")]),
    ("清理河道内堆积砂石约3200立方米。", [(3200, "砂石")]),
    ("清理庭院杂物一万二千余处。", [(12000, "杂物")]),
    ("累计清理农牧村生活垃圾约3200吨，新改建农牧村户厕三百二十余座。", [(3200, "生活垃圾"), (320, "农牧村户厕")]),
])
def test_checkpoints_responses_heaps_and_kinds_from_batches_1088_to_1099(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("排查森林草原火灾隐患一百六十余处。", [(160, "森林草原火灾隐患")]),
    ("大公桥街道辖区2家糕点店无证加工月饼。", [(2, "糕点店")]),
    ("市人民医院组织消防应急疏散演练，全院职工六百余人参加。", [(600, "职工")]),
    ("五女店镇汛前清理坑塘淤泥1.5万立方米。", [(15000, "淤泥")]),
    ("县妇联公布“美丽庭院”示范户一百二十户。", [(120, "示范户")]),
    ("红岸街道的老北江铁锅炖在地下一层使用瓶装液化气。", []),  # a basement's floor
])
def test_hazards_shops_staff_silt_model_homes_and_a_basement_floor(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


def test_an_electric_bike_repair_shop_is_counted_whole() -> None:
    assert [(c.value, c.object) for c in extract_counts("大召营镇辖区4家电动车维修店“三合一”住人。")] == [(4, "电动车维修店")]


@pytest.mark.parametrize("text, expected", [
    ("东方红乡辖区2个采煤沉陷区警示标志缺失。", [(2, "采煤沉陷区")]),
    ("清除楼道小广告1.3万余张。", [(13000, "小广告")]),
])
def test_subsidence_areas_and_stairwell_adverts(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("累计服务农户一万三千余户。", [(13000, "农户")]),
    ("撤除楼道垃圾桶八十余个。", [(80, "垃圾桶")]),
    ("各街道联合暗查城中村出租屋六百二十栋。", [(620, "出租屋")]),
    ("全区秋收作物秸秆综合利用约8.2万吨。", [(82000, "秸秆")]),
    ("在县城和乡镇巴扎设立宣传咨询点二十六个。", [(26, "宣传咨询点")]),
    ("彩林季是黑水一年中游客最多的时候。", []),  # the time of year
])
def test_households_served_bins_rented_rooms_straw_and_booths(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("全区规模以上工业企业已复工四十六家，到岗职工5800余人。", [(46, None), (5800, "职工")]),
    ("淘汰老旧柴油货车二百三十余辆。", [(230, "柴油货车")]),
    ("森工街道为辖区三百余户独居老人家庭检修火炉烟道。", [(300, "独居老人家庭")]),
])
def test_staff_back_at_work_old_diesel_lorries_and_homes_of_old_people_living_alone(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("宋曹镇辖区3所村小学食堂从业人员健康证过期。", [(3, "村小学")]),
    ("磁州镇辖区7台燃煤小锅炉“淘而未拆”，夜间仍在偷烧。", [(7, "燃煤小锅炉")]),
    ("中华街道为辖区二十三栋危旧房逐栋落实包保责任人。", [(23, "危旧房")]),
    ("检查危险化学品企业八十六家、有限空间作业单位一百四十余家。", [(86, "危险化学品企业"), (140, "有限空间作业单位")]),
])
def test_village_schools_small_boilers_old_houses_and_confined_spaces(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text", [
    "九龙县农村人居环境整治工作领导小组办公室　九人居办〔2019〕5号　2019年5月20日",
    "根据三府发［2020］12号文件要求",
])
def test_numerals_in_a_document_s_issuer_code_are_no_counts(text) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("一、表现突出的单位（5个）\n德吉林镇、县人民医院。", [(5, None)]),  # how many the list under a heading holds
    ("优秀等次（3个）：石江镇、醪田镇、马田镇。", [(3, None)]),
    ("发放宣传资料（5000份）。", [(5000, "宣传资料")]),
    ("区扫黑办要于9月中旬组织一次‘回头看’。", [(1, "回头看")]),  # single quotes inside a quoted instruction
])
def test_a_heading_s_tally_counts_nothing_named_and_single_quotes_go(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text", ["活动中涌现出一批表现突出的单位和个人。", "确保不着一把火、不冒一处烟。"])
def test_a_number_of_units_and_the_unquoted_straw_burning_slogan_are_no_counts(text) -> None:
    assert extract_counts(text) == []


@pytest.mark.parametrize("text, expected", [
    ("钢瓶与灶具间距不足1米。", [(1, "间距")]),  # the spacing named, a dimension
    ("通道宽度不足1米。", [(1, "宽度")]),
    ("钢瓶与灶具距离不足1米。", [(1, None)]),  # how far apart two things are
    ("全区开展安全宣传咨询活动十八场。", [(18, "安全宣传咨询活动")]),
    ("镇村干部实行网格化值守，累计巡查4200余次。", [(4200, "巡查")]),  # a patrol totalled
    ("每月巡查不少于2次。", [(2, None)]),  # a requirement
])
def test_a_spacing_a_width_an_advice_campaign_and_patrols_totalled(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


def test_entrances_to_the_hills_are_counted_before_their_checkpoints() -> None:
    found = extract_counts("督导中发现，杨木林子镇辖区2处进山路口防火检查站无人值守。")
    assert [(c.value, c.object) for c in found] == [(2, "进山路口")]


@pytest.mark.parametrize("text, expected", [
    ("县消防救援大队在麦区前置消防车十八辆。", [(18, "消防车")]),  # 前置 the verb after a place
    ("在重点堤段前置冲锋舟十八艘。", [(18, "冲锋舟")]),
    ("在景区设置前置消防执勤点六个。", [(6, "前置消防执勤点")]),  # after 设置 it names the kind of post
    ("为渔船补装北斗定位终端八十六台。", [(86, "北斗定位终端")]),
    ("拆除湖汊围网三十二处。", [(32, "围网")]),
    ("受旱农作物约21万亩。", [(210000, "农作物")]),
])
def test_fire_engines_moved_forward_terminals_fitted_and_crops_in_drought(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("全县投入玉米收获机一千二百台左右。", [(1200, "玉米收获机")]),  # 收获 no verb inside the machine
    ("全县出动送水车辆四千三百多车次。", [(4300, "送水车辆")]),  # nor 送 inside the lorry
    ("每个临时取水点明确管护人员1至2名。", [(1, "管护人员")]),
    ("7月以来，全县降雨量仅36.4毫米。", [(36.4, "降雨量")]),  # 仅 between the quantity and its figure
    ("抽水泵仅1台能正常运转。", [(1, "抽水泵")]),
])
def test_harvesters_water_lorries_keepers_and_a_scant_rainfall(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("迎接州爱卫办半年考评。", []),  # the mid-year review
    ("健康证过期半年。", [(0.5, None)]),
    ("组织居民清理楼院杂物八十余处。", [(80, "杂物")]),
    ("成功避让地质灾害4起。", [(4, "地质灾害")]),
    ("砂梁村将玉米秸秆加工成青贮饲料四千余吨。", [(4000, "青贮饲料")]),
])
def test_a_mid_year_review_a_warehouse_courtyards_and_hazards_avoided(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


def test_things_in_a_warehouse_are_counted_without_it() -> None:
    pieces = ("批发部", "仓库", "内", "烟花爆竹", "一千二百", "余箱", "超出", "核定", "储量", "。")
    assert [m.object for m in extract_counts("".join(pieces), words=_words(*pieces))] == ["烟花爆竹"]


@pytest.mark.parametrize("text, expected", [
    ("县公安局破获毒品刑事案件四十六起，破获涉毒刑事案件9起，查处非法捕捞案件5起。",
     [(46, "毒品刑事案件"), (9, "刑事案件"), (5, "案件")]),  # the drug cases kept whole, as the gold keeps them
    ("合作社在果园沟边随意丢弃农药包装废弃物二百余个。", [(200, "农药包装废弃物")]),
    ("全县累计组织踏查人员二千三百余人次。", [(2300, "踏查人员")]),
    ("创建美丽乡村示范村二十六个。", [(26, "美丽乡村示范村")]),  # no township inside
    ("连夜抽排地下车库积水约2000立方米。", [(2000, "积水")]),
    ("拆除危旧土坯房八百六十余间。", [(860, "土坯房")]),
])
def test_drug_cases_waste_thrown_away_searchers_model_villages_and_old_mud_houses(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("带领居民清理楼顶和阳台积水容器二百余个。", [(200, "积水容器")]),  # the places listed, each where they lie
    ("清理楼道和天台积水容器六百余个。", [(600, "积水容器")]),
    ("检查居民和微型消防站队员30名。", [(30, "居民和微型消防站队员")]),  # a list of groups stays whole
    ("村内坑塘周边废旧轮胎六十余条积水孳生蚊虫。", [(60, "轮胎")]),  # holding water is what they do
    ("清理积水二十处。", [(20, "积水")]),
    ("村民自办宴席两场未报备，备案农村自办宴席四百六十余场。", [(2, "宴席"), (460, "农村自办宴席")]),
    ("全县累计排查返岗人员四万三千余人。", [(43000, "返岗人员")]),
])
def test_water_containers_on_roofs_tyres_holding_water_village_feasts_and_returning_workers(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("去年全县先后防御台风4个。", [(4, "台风")]),  # 防御 the verb
    ("组织山洪灾害防御演练9场次。", [(9, "山洪灾害防御演练")]),  # but the drill is counted whole
    ("每座液化气站落实带班负责人1至2名。", [(1, "带班负责人")]),
    ("拆除河道网簖一百四十余处。", [(140, "网簖")]),
    ("每个集中区明确夜查人员2至3名。", [(2, "夜查人员")]),
    ("回收站露天堆放旧轮胎二百余条。", [(200, "轮胎")]),
    ("清理田边沟渠麦秸约1.1万吨。", [(11000, "麦秸")]),
])
def test_typhoons_withstood_shift_leaders_fish_traps_night_patrols_and_old_tyres(text, expected) -> None:
    assert [(c.value, c.object) for c in extract_counts(text)] == expected
