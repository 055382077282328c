"""Named units: spans, canonical names, types, persons (ANNOTATION.md, "Named units"), context 富源县."""
from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from nlp.context import resolve_context
from nlp.segment import cut_with_offsets, make_tokenizer
from nlp.units import VERSION, UnitMention, extract_units, unit_type

CONTEXT = "云南省曲靖市富源县"


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory):
    return make_tokenizer(tmp_path_factory.mktemp("jieba-cache"))


@pytest.fixture(scope="module")
def names(tokenizer):
    """The text of every unit found with no county context."""
    def run(text: str) -> list[str]:
        return [m.text for m in extract_units(text, None, tokenizer=tokenizer)]

    return run


@pytest.fixture(scope="module")
def org_names(tokenizer):
    """The text of every organisation (persons left out) found with no county context."""
    def run(text: str) -> list[str]:
        return [m.text for m in extract_units(text, None, tokenizer=tokenizer) if m.type != "person"]

    return run


@pytest.fixture(scope="module")
def units(tokenizer):
    def run(text: str, context=CONTEXT) -> list[UnitMention]:
        return extract_units(text, context, tokenizer=tokenizer)

    return run


def one(mentions: list[UnitMention]) -> UnitMention:
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize(
    ("text", "span", "canonical", "kind"),
    [
        ("县公安局开展检查", "县公安局", "富源县公安局", "government"),
        ("县委宣传部组织暗访", "县委宣传部", "富源县委宣传部", "party"),
        ("按照县委的部署", "县委", "富源县委", "party"),
        ("县政府召开常务会议", "县政府", "富源县人民政府", "government"),
        ("县纪委监委通报典型问题", "县纪委监委", "富源县纪委监委", "party"),
        ("县爱卫办组织督查", "县爱卫办", "富源县爱国卫生运动委员会办公室", "government"),
        ("县爱卫会召开全体会议", "县爱卫会", "富源县爱国卫生运动委员会", "government"),
        ("县卫健局派出专家", "县卫健局", "富源县卫生健康局", "government"),
        ("县卫健委派出专家", "县卫健委", "富源县卫生健康委员会", "government"),
        ("县防指办发出预警", "县防指办", "富源县防汛抗旱指挥部办公室", "government"),
        ("县动防指办部署防控", "县动防指办", "富源县重大动物疫病防控指挥部办公室", "government"),
        ("县文广体旅局检查民宿", "县文广体旅局", "富源县文化广电体育和旅游局", "government"),
        ("县禁捕退捕办组织巡查", "县禁捕退捕办", "富源县禁捕退捕工作领导小组办公室", "government"),
        ("县市场监管局抽检", "县市场监管局", "富源县市场监督管理局", "government"),
        ("县住建局牵头实施", "县住建局", "富源县住房和城乡建设局", "government"),
        ("县城管局清理占道", "县城管局", "富源县城市管理局", "government"),
        ("县疾控中心开展消杀", "县疾控中心", "富源县疾病预防控制中心", "government"),
        ("县教体局部署工作", "县教体局", "富源县教育和体育局", "government"),
        ("县文明办发出倡议", "县文明办", "富源县精神文明建设指导委员会办公室", "party"),
        ("县妇联发出倡议", "县妇联", "富源县妇女联合会", "social_org"),
        ("团县委组织志愿者", "团县委", "共青团富源县委员会", "social_org"),
        ("县税务局开展宣传", "县税务局", "国家税务总局富源县税务局", "government"),
        ("创卫办下发通知", "创卫办", "富源县创建国家卫生县城工作领导小组办公室", "government"),
        ("巩卫办下发通知", "巩卫办", "富源县巩固国家卫生县城工作领导小组办公室", "government"),
        ("县推进办召开总结会", "县推进办", "富源县推进爱国卫生“7个专项行动”领导小组办公室", "government"),
        ("省爱卫办暗访组到富源", "省爱卫办", "云南省爱国卫生运动委员会办公室", "government"),
        ("市爱卫办督查组到富源", "市爱卫办", "曲靖市爱国卫生运动委员会办公室", "government"),
        ("全国爱卫办发文", "全国爱卫办", "全国爱国卫生运动委员会办公室", "government"),
        ("近日，富村镇召开现场会", "富村镇", "富源县富村镇", "township"),
        ("中安街道办事处组织清扫", "中安街道办事处", "富源县中安街道", "township"),
        ("县二小开展健康教育", "县二小", "富源县第二小学", "school"),
        ("县中医院派出医生", "县中医院", "富源县中医医院", "hospital"),
        ("检查胜境农贸市场", "胜境农贸市场", "胜境农贸市场", "enterprise"),
        ("到家佳福超市检查", "家佳福超市", "家佳福超市", "enterprise"),
        ("县海洋与渔业局开展夜查", "县海洋与渔业局", "富源县海洋与渔业局", "government"),
        ("县文化旅游广电局组织演出", "县文化旅游广电局", "富源县文化旅游广电局", "government"),
        ("县住房城乡建设局牵头实施", "县住房城乡建设局", "富源县住房和城乡建设局", "government"),
        ("县人居办通报暗访结果", "县人居办", "富源县农村人居环境整治工作领导小组办公室", "government"),
        ("县委农办开展考核", "县委农办", "富源县委农村工作领导小组办公室", "party"),
        ("县生态环境分局开展执法", "县生态环境分局", "曲靖市生态环境局富源分局", "government"),
        ("县公安局竹园派出所开展巡逻", "县公安局竹园派出所", "富源县公安局竹园派出所", "government"),
    ],
)
def test_annotation_examples(units, text, span, canonical, kind):
    mention = one(units(text))
    assert (mention.text, mention.canonical, mention.type) == (span, canonical, kind)
    assert text[mention.start : mention.end] == span


def test_longest_name_wins_county_and_township(units):
    mention = one(units("富源县富村镇召开现场会"))
    assert (mention.text, mention.canonical, mention.type) == ("富源县富村镇", "富源县富村镇", "township")


def test_community_written_with_its_township(units):
    mention = one(units("到富村镇亦佐村检查"))
    assert (mention.text, mention.canonical, mention.type) == ("富村镇亦佐村", "富源县富村镇亦佐村", "community")


def test_village_missing_from_the_gazetteer_is_recognised_by_form(units):
    mention = one(units("到富村镇新合村检查"))
    assert (mention.canonical, mention.type) == ("富源县富村镇新合村", "community")


def test_township_units_resolve_to_the_township_named_before(units):
    mentions = units("富村镇召开会议，镇党委、镇卫生院参加。")
    assert [(m.text, m.canonical, m.type) for m in mentions] == [
        ("富村镇", "富源县富村镇", "township"),
        ("镇党委", "富源县富村镇党委", "party"),
        ("镇卫生院", "富源县富村镇卫生院", "hospital"),
    ]


def test_full_form_given_earlier_wins_over_the_table(units):
    mentions = units("县城市管理和综合执法局开展整治。县城管局执法人员到场。")
    assert [m.canonical for m in mentions] == ["富源县城市管理和综合执法局"] * 2


def test_a_body_of_the_city_above_a_district_is_not_the_district_s_own(units):
    mentions = units("区综合执法局开展检查，迎接市综合执法局考核。", "湖南省岳阳市岳阳楼区")
    assert _spans(mentions) == [("区综合执法局", "岳阳楼区综合行政执法局"), ("市综合执法局", "岳阳市综合行政执法局")]


def test_two_bodies_joined_by_huitong_and_a_prefecture_bureau_s_branch(units):
    assert _spans(units("县市场监管局会同曲靖市生态环境局富源分局开展检查")) == [
        ("县市场监管局", "富源县市场监督管理局"), ("曲靖市生态环境局富源分局", "曲靖市生态环境局富源分局")]


def test_brands_jieba_reads_as_a_time_or_a_trade_before_a_weak_head(units):
    found = units("云南中天物业服务有限公司富源分公司、顺通液化气供应站被约谈，排查液化气供应站12个")
    assert [(m.text, m.type) for m in found] == [
        ("云南中天物业服务有限公司富源分公司", "enterprise"), ("顺通液化气供应站", "enterprise")]


def test_a_full_name_holding_its_abbreviation_s_expansion_is_kept(units):
    mentions = units("富源县禁毒委员会办公室（以下简称“县禁毒办”）组织检查，县禁毒委员会办公室通报结果。")
    assert {m.canonical for m in mentions} == {"富源县禁毒委员会办公室"}


def test_words_before_an_abbreviation_that_open_its_full_form_are_not_repeated(units):
    assert one(units("县秸秆禁烧办印发简报。")).canonical == "富源县秸秆禁烧工作领导小组办公室"


def test_a_month_before_a_township_is_no_part_of_its_name(units):
    assert [m.text for m in units("今年4月卫店镇挨家挨户排查户厕。")] == ["卫店镇"]


def test_an_alias_in_brackets_is_no_part_of_a_committee_s_name(units):
    mentions = units("富源县秸秆禁烧工作指挥部（以下简称“县禁烧指挥部”）组织检查。县禁烧指挥部通报结果。")
    assert _spans(mentions) == [("富源县秸秆禁烧工作指挥部", "富源县秸秆禁烧工作指挥部"),
                                ("县禁烧指挥部", "富源县秸秆禁烧工作指挥部"), ("县禁烧指挥部", "富源县秸秆禁烧工作指挥部")]


def test_an_autonomous_county_s_short_name_and_an_office_shortened_to_ban(units):
    context = "重庆市彭水苗族土家族自治县"
    assert [m.canonical for m in units("彭水县应急管理局通报", context)] == ["彭水苗族土家族自治县应急管理局"]
    mentions = units("富源县创建全国文明城市工作指挥部办公室召开会议，县创文办委托第三方开展测评。")
    assert [m.canonical for m in mentions] == ["富源县创建全国文明城市工作指挥部办公室"] * 2


def test_numbered_schools_of_a_district_and_offices_named_by_their_task(units):
    found = units("区三小校园周边秩序井然，区一中工地围挡破损。", "内蒙古自治区乌海市海勃湾区")
    assert _spans(found) == [("区三小", "海勃湾区第三小学"), ("区一中", "海勃湾区第一中学")]
    assert _spans(units("县防火办组织检查，县蓝天办通报结果，县里举办培训，县住建局办结率第一。")) == [
        ("县防火办", "富源县森林草原防灭火指挥部办公室"), ("县蓝天办", "富源县蓝天办"), ("县住建局", "富源县住房和城乡建设局")]


def test_farm_stays_of_a_township_a_mine_of_a_company_and_a_clause_before_a_centre(units):
    found = units("竹园镇农家乐经营户参加培训，后所镇民宿配套滞后，县人民医院提前完成胸痛中心建设。"
                  "云南富源永兴煤业有限公司前进煤矿被通报批评。")
    assert [m.text for m in found] == ["竹园镇", "后所镇", "县人民医院", "云南富源永兴煤业有限公司前进煤矿"]


def test_a_village_clinic_named_with_its_village_and_a_body_that_forms_groups(units):
    found = units("竹园镇亦佐村卫生室医疗废物未上锁，中安街道和平社区卫生服务站被表扬。县市场监管局组成6个工作组开展检查。")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("竹园镇亦佐村卫生室", "富源县竹园镇亦佐村卫生室", "hospital"),
        ("中安街道和平社区卫生服务站", "富源县中安街道和平社区卫生服务站", "hospital"),
        ("县市场监管局", "富源县市场监督管理局", "government")]


def test_a_village_before_its_branch_secretary_s_title(units):
    assert _spans(units("竹园镇分管负责人被约谈，崖子村党支部书记被问责。")) == [
        ("竹园镇", "富源县竹园镇"), ("崖子村", "富源县崖子村")]
    assert units("嘎查党支部书记、嘎查长介绍情况。", "内蒙古自治区锡林郭勒盟正镶白旗") == []


def test_an_office_written_in_full_and_a_count_closing_no_name(units):
    assert _spans(units("县政府办公室印发通报，规范摊点一百四十余处，开心文具店被罚款。")) == [
        ("县政府办公室", "富源县人民政府办公室"), ("开心文具店", "开心文具店")]


def test_list_joined_by_dunhao_is_split_into_units(units):
    text = "县人民政府办公室、县城市综合管理局主要负责人一同参加检查。"
    assert [(m.text, m.canonical) for m in units(text)] == [
        ("县人民政府办公室", "富源县人民政府办公室"),
        ("县城市综合管理局", "富源县城市综合管理局"),
    ]


def test_bracketed_part_stays_with_the_unit(units):
    text = "有：富源县第二小学、富源县第二小学(警务亭)、富源县第七中学等单位。"
    assert [m.text for m in units(text)] == ["富源县第二小学", "富源县第二小学(警务亭)", "富源县第七中学"]


def test_bracketed_abbreviation_is_its_own_mention(units):
    mentions = units("富源县第二小学（县二小）组织开展健康教育进课堂活动。")
    assert [(m.text, m.canonical) for m in mentions] == [
        ("富源县第二小学", "富源县第二小学"),
        ("县二小", "富源县第二小学"),
    ]


def test_person_with_title_and_repeated_mentions(units):
    text = "1月2日，县委副书记、县长陈志到县城检查。陈志强调，要压实责任。"
    mentions = units(text)
    assert [(m.text, m.type, m.title, m.canonical) for m in mentions] == [
        ("陈志", "person", "县委副书记、县长", "陈志"),
        ("陈志", "person", "县委副书记、县长", "陈志"),
    ]


def test_three_character_name_before_a_verb(units):
    mention = one(units("镇长何志强表示，整治将持续到8月中旬。", "四川省宜宾市长宁县"))
    assert (mention.text, mention.title) == ("何志强", "镇长")


@pytest.mark.parametrize("text, name", [
    # the name's last character and the next start a word (明说, 新作, 林带), but a verb that follows names comes next
    ("乡长石光明说：“乡里的文件不一定管用。”", "石光明"),
    ("县委副书记、县长孔德明说，返乡高峰已经来了。", "孔德明"),
    ("镇长刘建新作交流发言。", "刘建新"),
    ("镇长马福林带着干部把河岸走了一遍。", "马福林"),
    ("县长陈志强调，要压实责任。", "陈志"),  # the word itself (强调) follows the name
    ("镇党委书记王建华为获奖村颁发奖牌。", "王建华"),  # a noun ending in the preposition (华为) is no word there
])
def test_a_three_character_name_before_a_word_its_last_character_starts(units, text, name):
    assert one(units(text)).text == name


def test_a_name_that_ends_the_text_keeps_its_last_character(units):
    # a caption or a headline may end on the name: 国 starts no word there
    mention = one(units("全国政协副主席、中共中央统战部部长王兆国", None))
    assert (mention.text, mention.title) == ("王兆国", "全国政协副主席、中共中央统战部部长")


def test_a_party_committee_glued_to_the_verb_after_it(units):
    # jieba cuts 清丰县|委从 and 曲靖市|委到: the 委 closes the committee's name
    assert _found(units, "清丰县委从选拔干部的实践中体会到，", None) == [("清丰县委", "清丰县委")]
    assert _found(units, "共青团曲靖市委到富源县调研。") == [("共青团曲靖市委", "共青团曲靖市委")]


def test_a_body_acting_after_a_word_of_time_names_no_committee(units):
    # 县自然资源局|当天|派出|工作组: the bureau sent a team out; no 县自然资源局当天派出工作组
    found = _found(units, "县应急管理局、县自然资源局当天派出工作组6个驻守重点区域。", "云南省昭通市盐津县")
    assert found == [("县应急管理局", "盐津县应急管理局"), ("县自然资源局", "盐津县自然资源局")]


def test_a_body_and_a_verb_ending_in_ban_are_no_office(units):
    assert _found(units, "县公安局侦办的案件。") == [("县公安局", "富源县公安局")]


def test_two_function_words_after_a_title_are_no_name(units):
    assert _found(units, "末位乡镇主要负责人须于8月25日前向县人居办作出说明。") == [
        ("县人居办", "富源县农村人居环境整治工作领导小组办公室")]


@pytest.mark.parametrize("text", ["县疾控中心培训校医和保健教师150余人。", "培训医生和保健老师一百余人。"])
def test_a_kind_of_people_after_a_conjunction_is_no_name_with_the_conjunction_as_surname(units, text):
    assert [m for m in units(text) if m.type == "person"] == []


@pytest.mark.parametrize("text, name", [
    ("在泉口镇中心学校，校医马晓梅每天为寄宿学生测量体温。", "马晓梅"),
    ("乌兰花镇第二小学建立健康档案，校医斯琴每天带领班主任开展晨午检。", "斯琴"),  # no Han family name
])
def test_a_school_doctor_at_work_is_a_person_with_her_title_and_praised(units, text, name):
    assert [(m.text, m.title, m.stance) for m in units(text, "内蒙古自治区乌兰察布市四子王旗")
            if m.type == "person"] == [(name, "校医", "praised")]


def test_villages_named_by_verbs_after_their_township(units):
    assert _found(units, "三是下水乡下水村公厕2座无人保洁。", "西藏自治区山南市琼结县") == [
        ("下水乡下水村", "琼结县下水乡下水村")]
    assert _found(units, "龙苍沟镇发展村村级河长巡河记录缺失。", "四川省雅安市荥经县") == [
        ("龙苍沟镇发展村", "荥经县龙苍沟镇发展村")]
    # the 组 after 村 opens the village's own verb (组建), not its groups (村组)
    assert _found(units, "通达镇富强村组建党员巡逻队。", "黑龙江省绥化市明水县") == [
        ("通达镇富强村", "明水县通达镇富强村")]
    # the township's own action, and the looks of its villages
    assert _found(units, "富村镇发展村级集体经济。") == [("富村镇", "富源县富村镇")]
    assert _found(units, "联合苗族乡苗寨村容村貌整洁。", "四川省宜宾市筠连县") == [("联合苗族乡", "筠连县联合苗族乡")]


def test_a_flower_farm_is_a_business(units):
    found = _found(units, "定城镇的绿园花卉场盆景容器积水孳生蚊幼。", "海南省定安县")
    assert found == [("定城镇", "定安县定城镇"), ("绿园花卉场", "绿园花卉场")]


def test_a_task_office_whose_level_jieba_glued_to_its_task(units):
    # 县禁烧|指挥部 as cut: the story's full name written before says what it is
    text = "方正县秸秆禁烧工作指挥部\n10月19日至25日，县禁烧指挥部组成4个督查组。"
    assert _found(units, text, "黑龙江省哈尔滨市方正县") == [
        ("方正县秸秆禁烧工作指挥部", "方正县秸秆禁烧工作指挥部"), ("县禁烧指挥部", "方正县秸秆禁烧工作指挥部")]


def test_an_autonomous_prefecture_written_short_with_its_zhou(units):
    assert _found(units, "8月11日被恩施州生态环境局来凤分局立案查处；", "湖北省恩施土家族苗族自治州来凤县") == [
        ("恩施州生态环境局来凤分局", "恩施土家族苗族自治州生态环境局来凤分局")]


def test_kinds_of_business_and_the_clause_before_them_are_no_names(units):
    assert _found(units, "春节前对农贸市场、商超开展一次环境消杀。") == []
    assert _found(units, "抽查药店、诊所、超市和农贸市场二百三十六家。") == []
    assert _found(units, "检查温泉酒店、五金企业和出租房一百零八家，对全县龙虾餐饮店开展专项检查。") == []
    assert _found(units, "组织镇村干部和燃气公司员工八十余人，对农村集体聚餐实行‘一事一报’。") == []
    # what every cadre must know (应知应会) ends in 会 and names no meeting or body
    assert _found(units, "村干部对应知应会内容答不全，扫黑除恶应知应会知晓率低。") == []
    # (a brand whose middle character jieba tags as a preposition is still a name)
    assert _found(units, "福来顺超市冷链台账缺失。") == [("福来顺超市", "福来顺超市")]


def test_a_countys_senior_high_school(units):
    assert _found(units, "县高中食堂实现“明厨亮灶”。", "辽宁省铁岭市西丰县") == [("县高中", "西丰县高级中学")]


def test_a_village_whose_branch_secretary_is_spoken_of_without_a_name(units):
    found = _found(units, "其中金庄镇吕家村党支部书记因对宗族势力把关不严被免职。", "山东省济宁市泗水县")
    assert found == [("金庄镇吕家村", "泗水县金庄镇吕家村")]


def test_a_command_named_by_its_kind_after_its_office_in_the_issuer_line(units):
    text = "2021年第1期　来凤县新冠肺炎疫情防控指挥部办公室　2021年1月11日\n百福司镇受到县指挥部通报表扬。"
    found = _found(units, text, "湖北省恩施土家族苗族自治州来凤县")
    assert found[-1] == ("县指挥部", "来凤县新冠肺炎疫情防控指挥部")


def test_more_kinds_of_business_are_no_names(units):
    assert _found(units, "检查畜禽养殖场、牛羊交易市场、果品冷库和菌棒加工厂，创建无烟医院。") == []


def test_no_township_opens_with_a_copula_or_after_a_glued_preposition(units):
    assert _found(units, "连夜核查，系韭园镇史庄村村民焚烧麦茬所致。", "河南省周口市扶沟县") == [
        ("韭园镇史庄村", "扶沟县韭园镇史庄村")]
    assert _found(units, "保洁员一百二十余人对场镇背街小巷开展集中整治。") == []


def test_a_township_and_a_kind_of_business_in_it(units):
    assert _found(units, "洋山镇海鲜排档区餐具消毒设施缺失。", "浙江省舟山市嵊泗县") == [("洋山镇", "嵊泗县洋山镇")]
    # a market is named by its township; 雪乡 is no township's name
    assert _found(units, "龙山镇牛羊交易市场建立进场检疫制度。", "甘肃省天水市张家川回族自治县") == [
        ("龙山镇牛羊交易市场", "龙山镇牛羊交易市场")]
    assert _found(units, "雪乡农家院从业人员未持健康证。") == [("雪乡农家院", "雪乡农家院")]


def test_a_bakery_a_holiday_village_and_a_township_named_like_a_family_shop(units):
    assert _found(units, "黑榜：老表面包房占道经营；东源乡的鸳鸯草场度假村未停止户外项目，", "福建省宁德市柘荣县") == [
        ("老表面包房", "老表面包房"), ("东源乡", "柘荣县东源乡"), ("鸳鸯草场度假村", "鸳鸯草场度假村")]
    assert _found(units, "冯记沟乡辖区4个村道路两侧残膜未清理；", "宁夏回族自治区吴忠市盐池县") == [
        ("冯记沟乡", "盐池县冯记沟乡")]


def test_the_epidemic_command_under_its_early_2020_name(units):
    text = "2月11日，记者从莲花县新型冠状病毒感染的肺炎疫情防控工作指挥部获悉，县指挥部要求各乡镇。"
    assert _found(units, text, "江西省萍乡市莲花县") == [("莲花县新型冠状病毒感染的肺炎疫情防控工作指挥部",) * 2,
                                                        ("县指挥部", "莲花县新型冠状病毒感染的肺炎疫情防控工作指挥部")]


def test_a_commands_long_short_name_after_its_office_in_the_issuer_line(units):
    text = ("第15期　卫滨区新冠肺炎疫情防控指挥部办公室　2020年3月9日\n"
            "3月4日，区疫情防控指挥部办公室会同区卫健委检查，受到区疫情防控指挥部通报表扬。")
    found = [canonical for _, canonical in _found(units, text, "河南省新乡市卫滨区")]
    assert found == ["卫滨区新冠肺炎疫情防控指挥部办公室"] * 2 + ["卫滨区卫生健康委员会", "卫滨区新冠肺炎疫情防控指挥部"]


def test_a_body_whose_name_quotes_its_campaign(units):
    text = "鹿寨县“美丽鹿寨”乡村建设工作领导小组办公室（以下简称“县美丽办”）通报考评结果。"
    assert _found(units, text, "广西壮族自治区柳州市鹿寨县")[0] == ("鹿寨县“美丽鹿寨”乡村建设工作领导小组办公室",) * 2
    assert _found(units, "开展“美丽乡村”建设工作领导小组会议。") == []


def test_a_crew_of_villagers_is_no_unit_and_two_more_short_offices(units):
    assert _found(units, "中心镇果子山村组织村民义务巡护队开展巡查六十余次。", "云南省丽江市华坪县") == [
        ("中心镇果子山村", "华坪县中心镇果子山村")]
    assert _found(units, "县环委办、县改厕办开展检查。") == [
        ("县环委办", "富源县生态环境保护委员会办公室"), ("县改厕办", "富源县农村改厕工作领导小组办公室")]


def test_a_township_and_its_de_glued_to_the_business_after_it(units):
    found = _found(units, "柯村镇的花海山庄农家乐在林缘违规烧烤。", "安徽省黄山市黟县")
    assert found == [("柯村镇", "黟县柯村镇"), ("花海山庄农家乐", "花海山庄农家乐")]


def test_anonymised_name_is_a_person(units):
    mention = one(units("经营者刘某某被约谈。"))
    assert (mention.text, mention.type) == ("刘某某", "person")


def test_a_private_role_before_an_anonymised_name_is_its_title_with_the_township_before_it(units):
    found = units("当事人刘某某被罚款，后所镇养殖户张某某被约谈，村民保洁队和老船长海鲜大排档被表扬。")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [
        ("刘某某", "当事人"), ("张某某", "后所镇养殖户")]
    assert "后所镇" not in [m.text for m in found]


@pytest.mark.parametrize(
    "text",
    [
        "富源县深入推进爱国卫生工作，全县上下积极行动，该县成效明显。",
        "县委书记到县城检查。",
        "学习《富源县爱国卫生运动委员会工作规则》。",
        "县直各单位、各乡镇要落实责任，该局要加强督导。",
        "对客运站公厕、垃圾中转站、胜境广场、清溪路开展清扫。",
        "各志愿服务队到社区报到，开展“小手拉大手”志愿服务。",
    ],
)
def test_not_units(units, text):
    assert units(text) == []


def test_unknown_county_context_is_used_as_given(units):
    mention = one(units("县公安局开展检查", "新合县"))
    assert mention.canonical == "新合县公安局"
    mention = one(units("近日，青山镇召开会议", "新合县"))
    assert (mention.canonical, mention.type) == ("新合县青山镇", "township")


def test_context_object_and_string_agree(units):
    text = "县公安局、富村镇、县二小开展检查。"
    assert units(text, resolve_context(CONTEXT)) == units(text, CONTEXT)


def test_without_context_names_stay_as_written(units):
    assert [(m.text, m.canonical) for m in units("县公安局开展检查", None)] == [("县公安局", "县公安局")]


def test_seed_lists(units, shared_dir):
    text = (shared_dir / "seed" / "000_e30ad18d4ce4fadc.txt").read_text(encoding="utf-8")
    start = text.index("通过走访督查")
    story = text[start : text.index("通过此次暗访发现")]
    mentions = units(story)
    praised = [m.canonical for m in mentions if m.stance == "praised"]
    criticized = [m.text for m in mentions if m.stance == "criticized"]
    assert praised[:3] == ["富源县公安局", "富源县教育体育局", "富源县卫生和计划生育局"]
    assert "富源县第二小学(警务亭)" in [m.text for m in mentions] and "聚香园餐馆" in praised
    assert len(praised) == 15
    assert criticized == [
        "富源县人民法院", "富源县人社局", "富源县人民检察院(12309检察服务中心)", "富源县中安派出所办证大厅",
        "移动公司(服务大厅)", "一心堂药店金城路店", "家佳福超市",
    ]


def test_mentions_serialise(units):
    mention = one(units("县公安局开展检查"))
    data = mention.to_dict()
    assert set(data) == {"text", "start", "end", "canonical", "type", "title", "stance"}
    assert json.loads(json.dumps(data, ensure_ascii=False)) == data
    assert VERSION.startswith("units-")


def test_same_input_same_output(units):
    text = "县委副书记、县长陈志到县公安局、富村镇检查。"
    assert units(text) == units(text)


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from(list("县委公安局富源村镇社区街道小学某刘陈志长书记、，。（）()“”的和到 \n1a") + ["县爱卫办", "富村镇", "县长"]),
        max_size=40,
    ).map("".join)
)
@example(text="委镇的县")  # a township and 的 too short to open a business's name
def test_offsets_always_slice_the_text(tokenizer, text):
    mentions = extract_units(text, CONTEXT, tokenizer=tokenizer)
    previous_end = 0
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
        assert mention.start >= previous_end and mention.end > mention.start
        previous_end = mention.end
        assert mention.type in {
            "government", "party", "township", "community", "school", "hospital", "enterprise", "social_org", "person",
        }


@settings(max_examples=100, deadline=None)
@given(st.text(max_size=80))
def test_offsets_slice_arbitrary_unicode(tokenizer, text):
    for mention in extract_units(text, CONTEXT, tokenizer=tokenizer):
        assert text[mention.start : mention.end] == mention.text


def test_township_government_is_the_township(units):
    mention = one(units("富村镇人民政府组织干部清扫集镇"))
    assert (mention.canonical, mention.type) == ("富源县富村镇", "township")


def test_county_association_takes_the_county_but_a_named_one_stays(units):
    mentions = units("县红十字会、城关个体劳动者协会参加活动")
    assert [(m.canonical, m.type) for m in mentions] == [
        ("富源县红十字会", "social_org"), ("城关个体劳动者协会", "social_org"),
    ]


def test_sub_unit_of_a_named_body_is_one_unit(units):
    mention = one(units("县公安局交警大队开展整治"))
    assert (mention.text, mention.canonical, mention.type) == (
        "县公安局交警大队", "富源县公安局交通警察大队", "government")


def test_two_bodies_joined_by_he_stay_apart_but_one_body_with_he_is_whole(units):
    assert [m.text for m in units("县住建局和县城管局联合检查")] == ["县住建局", "县城管局"]
    mention = one(units("栾川县文化广电和旅游局通报表扬", "河南省洛阳市栾川县"))
    assert mention.text == "栾川县文化广电和旅游局"


@pytest.mark.parametrize(
    ("text", "span", "canonical", "kind"),
    [
        ("县委督查室通报了三起问题", "县委督查室", "富源县委督查室", "party"),
        ("后所镇中心学校食堂防蝇设施缺失", "后所镇中心学校", "富源县后所镇中心学校", "school"),
        ("到胜境街道龙营社区检查", "胜境街道龙营社区", "富源县胜境街道龙营社区", "community"),
        ("禾川镇农贸市场完成改造", "禾川镇农贸市场", "禾川镇农贸市场", "enterprise"),
    ],
)
def test_longest_name_single_mentions(units, text, span, canonical, kind):
    mention = one(units(text))
    assert (mention.text, mention.canonical, mention.type) == (span, canonical, kind)


def test_role_nouns_and_inspection_teams_are_not_units(units):
    assert units("组织部分县人大代表视察。督查组、暗访组随机抽查。") == []


def test_pre_cut_tokens_give_the_same_units(tokenizer):
    text = "1月2日，县委副书记、县长陈志到县公安局和富村镇卫生院检查，县爱卫办、胜境农贸市场受到通报批评。"
    tokens = cut_with_offsets(text, tokenizer)
    expected = extract_units(text, CONTEXT, tokenizer=tokenizer)
    assert extract_units(text, CONTEXT, tokenizer=tokenizer, tokens=tokens) == expected
    assert {m.text for m in expected} >= {"陈志", "县公安局", "富村镇卫生院", "县爱卫办"}


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("昨日银监会公布了新的监管细则", ["银监会"]),  # regulators known by their short names
        ("去年秋天，语文出版社邀请几位老教师审稿", ["语文出版社"]),  # a field of work names the body
        ("次日，农业保险公司查勘员赶到受灾农户家中", ["农业保险公司"]),
        ("中国残联与国际狮子会合作开展的复明项目", ["中国残联", "国际狮子会"]),  # 国际 anchors a weak head
        ("据新华社莫斯科3月5日电", ["新华社"]),  # a foreign city is no 科
    ],
)
def test_news_organisations(org_names, text, spans):
    assert org_names(text) == spans


def test_generic_bodies_stay_out_without_a_name(tokenizer):
    for text in ("督促物业公司清理楼道垃圾", "各有关部门要加强协作", "设立志愿服务领导小组办公室"):
        assert extract_units(text, None, tokenizer=tokenizer) == [], text


def test_short_names_count_only_as_words_of_their_own(tokenizer):
    assert [m.text for m in extract_units("建行副行长表示，建行或修改房贷政策", None, tokenizer=tokenizer)] == ["建行", "建行"]
    assert extract_units("全县居民建房须依法报批，其中行政村12个", None, tokenizer=tokenizer) == []


def test_a_named_parent_body_joins_its_branch(tokenizer):
    found = extract_units("中国红十字会上海市分会、中国围棋协会", None, tokenizer=tokenizer)
    assert [m.text for m in found] == ["中国红十字会上海市分会", "中国围棋协会"]


def test_one_word_bodies_named_by_a_proper_stem(names):
    assert names("上世纪90年代，可口可乐公司在当地建厂") == ["可口可乐公司"]
    assert names("那一年人保公司恢复营业") == ["人保公司"]
    assert names("督促广告公司制作公益广告") == []  # a kind of company, no name
    assert names("依法成立有限公司") == []


def test_teams_and_committees_of_named_bodies(names):
    assert names("哥伦比亚队以1∶0击败突尼斯队") == ["哥伦比亚队", "突尼斯队"]  # 队以 cut apart
    assert names("这支中国队组队不到一年") == ["中国队"]  # 组队 is a verb
    assert names("会上成立了中国围棋协会青少年发展委员会。") == ["中国围棋协会青少年发展委员会"]


def test_two_bodies_joined_by_and_stay_two(tokenizer):
    found = extract_units("德国工商协会和德中委员会昨晚举办招待会", None, tokenizer=tokenizer)
    assert not any("和" in m.text for m in found)
    joined = extract_units("县城市管理和综合执法局开展整治", CONTEXT, tokenizer=tokenizer)
    assert [m.text for m in joined] == ["县城市管理和综合执法局"]  # 和 inside one body
    assert [m.text for m in extract_units("本报广州3月2日电新华社记者李明", None, tokenizer=tokenizer)
            if m.type != "person"] == ["新华社"]


def test_known_news_names_without_a_head(names):
    assert names("去年，中国田协多方协调") == ["中国田协"]
    assert names("消息：中国女篮在今天的热身赛中") == ["中国女篮"]
    assert names("各级国家机关统一安排") == []


@pytest.mark.parametrize("text", ["一是优化政府机构设置", "建设高速政府信息网络", "新政府的部长由15人减为12人", "影响了党和政府在百姓心中的形象",
                                  "主席及该委员会的成员"])
def test_no_body_named_by_a_verb_a_count_or_a_demonstrative(org_names, text):
    assert org_names(text) == []


def test_a_count_before_a_known_name_is_not_part_of_it(tokenizer):
    assert [m.text for m in extract_units("掉一部三菱吉普车", None, tokenizer=tokenizer)] == ["三菱"]


def test_a_verb_jieba_tags_as_a_noun_ends_a_name_on_its_left():
    # 委托 comes out of jieba as a noun; it must not glue the commissioning office to the company it hired.
    found = extract_units("县爱卫办委托专业消杀公司对城区开展灭鼠。", "云南省曲靖市富源县")
    assert found[0].text == "县爱卫办" and found[0].canonical == "富源县爱国卫生运动委员会办公室"
    assert all("委托" not in m.text for m in found)
    assert not any(m.text.startswith("专业") for m in found)  # a generic reference, not a name


# (text, county context, [(text, canonical, type)]): units recognised by their form, whatever jieba made of them
UNITS_BY_FORM = [
    # a village written after its township is one unit, however its name was cut (骆驼|湾|村, 横|山坞|村)
    ("县委书记到龙泉关镇骆驼湾村调研。", "河北省保定市阜平县",
     [("龙泉关镇骆驼湾村", "阜平县龙泉关镇骆驼湾村", "community")]),
    ("灵峰街道横山坞村开展清洁行动。", "浙江省湖州市安吉县",
     [("灵峰街道横山坞村", "安吉县灵峰街道横山坞村", "community")]),
    ("富村镇召开村级会议。", CONTEXT, [("富村镇", "富源县富村镇", "township")]),
    # banners, 苏木 and 嘎查 stand where counties, townships and villages do
    ("旗应急管理局、旗教体局和阿尔巴斯苏木查布嘎查", "内蒙古自治区鄂尔多斯市鄂托克旗",
     [("旗应急管理局", "鄂托克旗应急管理局", "government"), ("旗教体局", "鄂托克旗教育和体育局", "government"),
      ("阿尔巴斯苏木查布嘎查", "鄂托克旗阿尔巴斯苏木查布嘎查", "community")]),
    ("旗委、旗纪委监委和全旗各苏木镇中心校", "内蒙古自治区鄂尔多斯市鄂托克旗",
     [("旗委", "鄂托克旗委", "party"), ("旗纪委监委", "鄂托克旗纪委监委", "party")]),
    # shops whose names jieba cuts into common words
    ("检查发现老马家牛肉面馆、桔园食府、屈乡人家酒楼后厨不洁。", "湖北省宜昌市秭归县",
     [("老马家牛肉面馆", "老马家牛肉面馆", "enterprise"), ("桔园食府", "桔园食府", "enterprise"),
      ("屈乡人家酒楼", "屈乡人家酒楼", "enterprise")]),
    ("对3家违规张贴的广告公司和个体商店、集贸市场进行检查", CONTEXT, []),
    # 会同 is "together with" before another county's name
    ("该局会同县商务局共检查农贸市场", "湖北省宜昌市秭归县", [("县商务局", "秭归县商务局", "government")]),
    # a parent body's abbreviation before its branch is expanded
    ("县市场监管局深渡分局对5家商户立案", "安徽省黄山市歙县",
     [("县市场监管局深渡分局", "歙县市场监督管理局深渡分局", "government")]),
    # 负责同志 is no title without a name: the unit before it is annotated
    ("县爱卫办、县住建局负责同志到兴国镇督查", "甘肃省天水市秦安县",
     [("县爱卫办", "秦安县爱国卫生运动委员会办公室", "government"),
      ("县住建局", "秦安县住房和城乡建设局", "government"), ("兴国镇", "秦安县兴国镇", "township")]),
    # the economy's markets and relations are not bodies
    ("近来国际外汇市场波动，中美关系", CONTEXT, []),
]
# (text, county context, expected): units of county-level cities, districts and autonomous counties
UNITS_OF_CITIES_AND_DISTRICTS = [
    # a county-level city's and a district's own bodies; 琼海 has no prefecture
    ("市委、市政府和市巩卫办", "海南省琼海市",
     [("市委", "琼海市委", "party"), ("市政府", "琼海市人民政府", "government"),
      ("市巩卫办", "琼海市巩固国家卫生城市工作领导小组办公室", "government")]),
    ("区卫健局会同区教育局开展检查", "青海省海东市乐都区",
     [("区卫健局", "乐都区卫生健康局", "government"), ("区教育局", "乐都区教育局", "government")]),
    # jieba calls 林业局 a place; 和县 is "and the county's" here
    ("带领县农业农村局、县林业局负责人", "贵州省黔东南苗族侗族自治州从江县",
     [("县农业农村局", "从江县农业农村局", "government"), ("县林业局", "从江县林业局", "government")]),
    ("团县委、县妇联、沱江镇和县民族中学师生", "湖南省湘西土家族苗族自治州凤凰县",
     [("团县委", "共青团凤凰县委员会", "social_org"), ("县妇联", "凤凰县妇女联合会", "social_org"),
      ("沱江镇", "凤凰县沱江镇", "township"), ("县民族中学", "凤凰县民族中学", "school")]),
    # a village named as the place of a visit
    ("攻坚成果巩固。在占里村，县长察看了产业基地。", "贵州省黔东南苗族侗族自治州从江县",
     [("占里村", "从江县占里村", "community")]),
]


@pytest.mark.parametrize(("text", "context", "expected"), UNITS_BY_FORM + UNITS_OF_CITIES_AND_DISTRICTS)
def test_units_recognised_by_their_form(units, text, context, expected) -> None:
    assert [(m.text, m.canonical, m.type) for m in units(text, context)] == expected


def test_a_transliterated_name_after_a_title_is_a_person(units) -> None:
    person = one(units("县委常委、副县长努尔兰·哈山宣布活动启动", "新疆维吾尔自治区阿勒泰地区布尔津县"))
    assert (person.text, person.type, person.title) == ("努尔兰·哈山", "person", "县委常委、副县长")


def test_names_without_a_han_surname_are_read_only_in_autonomous_regions(units) -> None:
    tibet = units("县委副书记、县长泽仁多吉带领县安监局检查。", "四川省甘孜藏族自治州泸定县")
    assert ("泽仁多吉", "person", "县委副书记、县长") in [(m.text, m.type, m.title) for m in tibet]
    elsewhere = units("县委副书记、县长泽仁多吉带领县安监局检查。", CONTEXT)
    assert not [m for m in elsewhere if m.type == "person"]


def test_stance_spares_the_place_of_a_judged_unit(units) -> None:
    found = {m.text: m.stance for m in units(
        "位于城厢镇的老巫溪烤鱼店使用过期调味料，被处以5000元罚款；宁河街道某火锅店“三防”设施缺失，被责令整改。",
        "重庆市巫溪县")}
    assert found["老巫溪烤鱼店"] == "criticized"
    assert found["城厢镇"] is None and found["宁河街道"] is None


def test_a_department_written_after_its_parent_body_is_one_unit(org_names):
    assert org_names("记者从东海银行信用卡中心获悉") == ["东海银行信用卡中心"]
    assert org_names("据水利部农村水利司介绍") == ["水利部农村水利司"]
    assert org_names("水利部经商外交部同意") == ["水利部", "外交部"]  # a body of its own is no department
    # 和县 as jieba cuts 旅游局和|县海事处: "and" then the next body's level
    assert org_names("剑河县旅游局和县海事处联合检查") == ["剑河县旅游局", "县海事处"]


def test_a_word_jieba_calls_a_verb_may_stand_inside_a_name(org_names):
    assert org_names("澳门终审法院今天宣判") == ["澳门终审法院"]
    assert org_names("他在杭州西湖拍卖公司买下一幅画") == ["杭州西湖拍卖公司"]
    assert org_names("日本支持工会的主张") == []  # a clause: the verb takes the body as its object
    assert org_names("白石镇建成一处大型蔬菜批发市场") == ["白石镇"]


def test_consortia_courts_and_contact_groups(tokenizer):
    def spans(text):
        return [(m.text, m.type) for m in extract_units(text, None, tokenizer=tokenizer) if m.type != "person"]

    assert spans("该工程由东方航运保险联合体承保") == [("东方航运保险联合体", "enterprise")]
    assert spans("东亚国际仲裁法庭昨天开庭") == [("东亚国际仲裁法庭", "government")]
    assert spans("据悉，国际联络小组将于下月开会") == [("国际联络小组", "government")]
    assert spans("储户把工商银行告上法庭") == [("工商银行", "enterprise")]  # 告上法庭 is "to sue"


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("随着国内艺术品市场迅猛发展", []),  # a trade, not a marketplace
        ("对城西市场开展检查", ["城西市场"]),  # a marketplace named by a place
        ("多家商业银行下调利率", []),  # a kind of bank
        ("本场比赛客队占优", []),  # the away side
        ("开幕式暨市政府表彰大会", ["市政府"]),  # 暨 joins, it names nothing
        ("一家法国全国性日报报道", []),  # 全国性 is a kind, not a name
        ("各级团组织要积极行动", []),
    ],
)
def test_generic_kinds_of_bodies_are_not_units(org_names, text, spans):
    assert org_names(text) == spans


@pytest.mark.parametrize(
    ("text", "spans"),
    [
        ("他说，莫里森·克努森公司已中标", ["莫里森·克努森公司"]),  # two transcribed names joined by a dot
        ("由上海外资企业宏泰菲置业有限公司承建", ["宏泰菲置业有限公司"]),  # 外资企业 describes the company
        ("智利军队和总检察院今天联合行动", []),  # 军队 and 检察院 are two bodies, not one
    ],
)
def test_the_left_edge_of_company_names(org_names, text, spans):
    assert org_names(text) == spans


def test_an_association_named_by_its_trade(org_names):
    assert org_names("昨天，眼镜协会发布了行业报告") == ["眼镜协会"]
    assert org_names("各协会要加强自律") == []


def test_a_group_named_by_a_rare_word(org_names):
    assert org_names("同时，海燕集团宣布扩产") == ["海燕集团"]
    assert org_names("省里正在筹建报业集团") == []  # a kind of group
    assert org_names("警方摧毁一个贩毒集团") == []


def test_a_bodys_term_is_part_of_its_name(org_names):
    assert org_names("议案提交第十届全国人大第三次会议审议") == ["第十届全国人大"]
    assert org_names("政协第八届全国委员会召开会议") == ["政协第八届全国委员会"]


def test_no_name_runs_across_a_date_or_into_a_bodys_market(org_names):
    assert org_names("市政府办公室2020年3月5日临时工作委员会决定") == ["市政府办公室"]
    assert org_names("据世界银行研究中心市场研究报告") == ["世界银行研究中心"]


def _spans(found: list[UnitMention]) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in found]


def test_a_function_character_glued_to_a_level_or_a_head_is_split_off(units):
    assert _spans(units("县长陈志到县防汛抗旱指挥部调度工作")) == [
        ("陈志", "陈志"), ("县防汛抗旱指挥部", "富源县防汛抗旱指挥部")]
    assert _spans(units("县农业农村局、县乡村振兴局对富村镇开展督查"))[1:] == [
        ("县乡村振兴局", "富源县乡村振兴局"), ("富村镇", "富源县富村镇")]


def test_a_contact_in_brackets_is_no_part_of_the_name(units):
    assert _spans(units("报送县爱卫办（联系电话0874-4611234）")) == [("县爱卫办", "富源县爱国卫生运动委员会办公室")]
    assert [m.text for m in units("富源县第二小学(警务亭)")] == ["富源县第二小学(警务亭)"]


def test_names_listed_before_a_count_of_people_are_persons(units):
    found = units("王丽芬、赵建国等6名保洁员获通报表扬。县一中、县二中等3所学校")
    assert [(m.text, m.type) for m in found][:2] == [("王丽芬", "person"), ("赵建国", "person")]
    assert [m.type for m in units("富村镇、后所镇等2个乡镇")] == ["township", "township"]


def test_four_character_names_where_the_county_is_autonomous(units):
    context = "四川省凉山彝族自治州昭觉县"
    assert [m.text for m in units("县委副书记、县长吉克阿呷带领县农业农村局检查", context)][0] == "吉克阿呷"
    assert [m.text for m in units("县委书记王明远出席", context)] == ["王明远"]


def test_the_next_item_of_a_list_of_places_is_a_place(units):
    assert [m.text for m in units("县住建局对中安街道、幸福街道开展暗访")] == ["县住建局", "中安街道", "幸福街道"]
    assert [m.text for m in units("富村镇的豸山社区、新市社区整改彻底")] == ["富村镇", "豸山社区", "新市社区"]
    # places of one level, each with its own place word; a place of another level is no item of the list
    assert [m.text for m in units("石板街道、富村镇位列前三名")] == ["石板街道", "富村镇"]
    assert [m.text for m in units("海田村、商业街道排名靠后")] == ["海田村"]  # (石板街道 is one by form: 石板镇 elsewhere)


def test_a_county_hospital_keeps_its_written_name(units):
    assert _spans(units("县医院职工食堂")) == [("县医院", "富源县医院")]
    assert _spans(units("县人民医院")) == [("县人民医院", "富源县人民医院")]


def test_shop_names_cut_into_place_words_or_closed_by_an_acronym(units):
    found = units("金龙KTV安全出口被锁闭；老街口饭店、岸上百货超市、阿福沙县小吃、石梁豆腐坊、竹乡饭店被通报")
    assert [(m.text, m.type) for m in found] == [
        ("金龙KTV", "enterprise"), ("老街口饭店", "enterprise"), ("岸上百货超市", "enterprise"),
        ("阿福沙县小吃", "enterprise"), ("石梁豆腐坊", "enterprise"), ("竹乡饭店", "enterprise")]
    assert units("街坊邻居在村口牌坊下品尝各类小吃") == []


def test_villages_after_a_township_and_its_de(units):
    assert _spans(units("中安街道和平社区、富村镇的大水井村")) == [
        ("中安街道和平社区", "富源县中安街道和平社区"), ("富村镇", "富源县富村镇"), ("大水井村", "富源县大水井村")]
    assert [m.text for m in units("富村镇部分村")] == ["富村镇"]


def test_villages_after_their_township_named_like_words_and_named_again(units):
    assert _spans(units("后所镇湖山村、中安街道瓷都社区和竹园镇站前社区被表扬。")) == [
        ("后所镇湖山村", "富源县后所镇湖山村"), ("中安街道瓷都社区", "富源县中安街道瓷都社区"),
        ("竹园镇站前社区", "富源县竹园镇站前社区")]
    assert _spans(units("大河镇东尖山村焚烧秸秆，东尖山村网格长被问责。")) == [
        ("大河镇东尖山村", "富源县大河镇东尖山村"), ("东尖山村", "富源县东尖山村")]
    assert [m.text for m in units("富村镇在村里开展检查，富村镇各村完成整改。")] == ["富村镇", "富村镇"]


def test_shops_named_by_words_of_any_kind_where_a_clause_opens(units):
    found = units("飞扬网吧接纳未成年人上网，佳和超市仓库违规住人，竹园镇的半山居客栈电动车在楼道充电，被通报批评。")
    assert [(m.text, m.type) for m in found] == [
        ("飞扬网吧", "enterprise"), ("佳和超市", "enterprise"), ("竹园镇", "township"), ("半山居客栈", "enterprise")]
    # a clause, a kind of shop or a township before the shop's own name is none of it
    assert [m.text for m in units("要加强加油站管理，城区网吧未落实登记，淮镇利民超市被通报批评。")] == ["淮镇", "利民超市"]


def test_a_shop_named_after_a_preposition_and_before_deng(units):
    # 对|万家|福|超市: a name jieba reads as a number and a place, the object of 对 or 向, before 等
    assert [m.text for m in units("执法人员对万家福超市等经营户进行检查，工作人员向万家福超市等餐饮单位赠送公筷。")] == [
        "万家福超市", "万家福超市"]


def test_a_shop_named_by_its_form_before_any_word_when_its_name_holds_no_verb_or_count(units):
    found = units("检查发现，丰和农贸市场水产区污水未清，鸿福旅社布草未消毒，均被通报批评。")
    assert [(m.text, m.type, m.stance) for m in found] == [
        ("丰和农贸市场", "enterprise", "criticized"), ("鸿福旅社", "enterprise", "criticized")]
    # a verb, a count or a word said of every shop before the ending opens no name
    assert units("，暗访农贸市场水产区，城北一家百货店因价格欺诈，全县在夜市摆摊。") == []


def test_shop_endings_of_barbers_baths_car_washes_and_food_courts(units):
    found = units("检查发现，丽景发型屋从业人员未办理健康证，金凤凰洗车场废旧轮胎露天堆放积水，明月浴池池水浑浊，均被通报批评。")
    assert [(m.text, m.type) for m in found] == [
        ("丽景发型屋", "enterprise"), ("金凤凰洗车场", "enterprise"), ("明月浴池", "enterprise")]
    # a verb opening the words before the ending makes a clause of them
    assert [m.text for m in units("执法人员约谈明月浴池等3家单位负责人。")] == ["明月浴池"]


def test_sichuan_eateries_named_by_what_they_serve(units):
    found = units("万安街道的老灶串串香油烟直排；东外街道的蓉姐小炒后厨积水；合什镇的老灶豆花庄未设防鼠板，三江口羊汤锅被罚款。")
    assert [(m.text, m.type) for m in found if m.type == "enterprise"] == [
        ("老灶串串香", "enterprise"), ("蓉姐小炒", "enterprise"), ("老灶豆花庄", "enterprise"), ("三江口羊汤锅", "enterprise")]


def test_a_town_since_split_into_streets_is_its_county_s_under_its_old_name(units):
    # 康定市's 炉城镇 became 炉城街道 in 2019; stories from before write the town
    assert _found(units, "深入炉城镇、姑咱镇的农贸市场暗访。", "四川省甘孜藏族自治州康定市") == [
        ("炉城镇", "康定市炉城镇"), ("姑咱镇", "康定市姑咱镇")]


def test_a_natural_village_after_its_village_is_one_span(units):
    assert _spans(units("丘家坪村李家湾自然村完成改厕，东风村小河自然村也已完成")) == [
        ("丘家坪村李家湾自然村", "富源县丘家坪村李家湾自然村"), ("东风村小河自然村", "富源县东风村小河自然村")]
    # apart, they are two villages
    assert [m.text for m in units("丘家坪村、李家湾自然村完成改厕")] == ["丘家坪村", "李家湾自然村"]


def test_names_of_up_to_six_characters_after_a_title_where_the_county_is_autonomous(units):
    context = "内蒙古自治区锡林郭勒盟正蓝旗"
    assert [m.text for m in units("旗委副书记、旗长额尔敦巴雅尔要求", context)] == ["额尔敦巴雅尔"]


def test_district_and_banner_abbreviations(units):
    assert _spans(units("团区委、区防指", "西藏自治区山南市乃东区")) == [
        ("团区委", "共青团乃东区委员会"), ("区防指", "乃东区防汛抗旱指挥部")]
    assert [m.text for m in units("被区市场监管局责令整改", "西藏自治区山南市乃东区")] == ["区市场监管局"]


def test_markets_named_after_a_place_and_where_in_it_they_stand(units):
    assert [(m.text, m.type) for m in units("富村集镇市场、城东综合市场开展检查")] == [
        ("富村集镇市场", "enterprise"), ("城东综合市场", "enterprise")]
    assert [m.text for m in units("长桥镇集镇农贸市场周边")] == ["长桥镇"]  # the township seat's market


def test_a_transliterated_name_ends_where_jiebas_word_ends(units):
    context = "新疆维吾尔自治区昌吉回族自治州玛纳斯县"
    assert [m.text for m in units("县委常委、副县长阿依古丽·买买提出席", context)] == ["阿依古丽·买买提"]


def test_a_townships_own_school_or_hospital_takes_the_county(units):
    assert _spans(units("青泥镇卫生院、岩坪镇中心小学")) == [
        ("青泥镇卫生院", "富源县青泥镇卫生院"), ("岩坪镇中心小学", "富源县岩坪镇中心小学")]


def test_a_character_jieba_cut_off_a_townships_name(units):
    assert [m.text for m in units("金湖街道、黄金坪镇排名靠后")] == ["金湖街道", "黄金坪镇"]


def test_a_given_name_may_open_with_the_preposition_characters(units):
    person = one(units("县委书记李向东连夜赶赴现场。"))
    assert (person.text, person.title) == ("李向东", "县委书记")
    assert units("党委书记林向记者介绍了情况。") == []  # 向 before a common word is the preposition


def test_river_chiefs_are_titles(units):
    person = one(units("县委书记、县总河长陈明东带队巡查。"))
    assert (person.text, person.title) == ("陈明东", "县委书记、县总河长")


def test_bodies_named_by_their_work_and_the_state_grid(units):
    assert [(m.text, m.canonical) for m in units("据县投资促进局统计，县果业发展中心配合。")] == [
        ("县投资促进局", "富源县投资促进局"), ("县果业发展中心", "富源县果业发展中心")]
    assert [m.text for m in units("国网富源供电公司出动抢修人员。")] == ["国网富源供电公司"]
    assert [m.text for m in units("云南省富源半坡国有林场储备灭火机。")] == ["云南省富源半坡国有林场"]


def test_what_is_not_part_of_a_name_and_what_is_not_a_name(units):
    assert [m.text for m in units("暗访组对中安街道开展检查。")] == ["中安街道"]  # jieba's 组对
    assert [m.text for m in units("经营者被县市场监管局立案查处。")] == ["县市场监管局"]
    assert [m.text for m in units("富源县汽车站候车厅卫生间异味大。")] == ["富源县汽车站"]
    assert units("要求各街镇在月底前完成整改。") == []
    assert [m.text for m in units("老蔡小吃后厨生熟不分。")] == ["老蔡小吃"]


def test_a_school_named_after_its_county_is_kept_as_written(units):
    found = units("三台中学食堂设施齐全，县三中食堂设施完好。", "四川省绵阳市三台县")
    assert [(m.text, m.canonical) for m in found] == [("三台中学", "三台中学"), ("县三中", "三台县第三中学")]


def test_a_short_name_introduced_in_brackets_is_a_unit_wherever_it_is_written(units):
    text = "临安区生活垃圾分类工作领导小组办公室（以下简称“区分类办”）通报考核结果。区分类办要求整改。"
    found = units(text, "浙江省杭州市临安区")
    assert [m.text for m in found] == ["临安区生活垃圾分类工作领导小组办公室", "区分类办", "区分类办"]
    assert {m.canonical for m in found} == {"临安区生活垃圾分类工作领导小组办公室"}


def test_names_jieba_cut_or_glued_in_new_places(units):
    found = units("县爱卫办对察汗乌苏镇城区开展督查。", "青海省海西蒙古族藏族自治州都兰县")
    assert [m.text for m in found] == ["县爱卫办", "察汗乌苏镇"]  # 对察汗|乌苏镇
    assert [m.text for m in units("中安街道团结社区垃圾分类规范。")] == ["中安街道团结社区"]  # an adjective names it
    found = units("经营户已由旗城管局责令整改。", "内蒙古自治区赤峰市克什克腾旗")
    assert [(m.text, m.canonical) for m in found] == [("旗城管局", "克什克腾旗城市管理局")]  # 已由|旗
    found = units("据县农牧和科技局统计。", "青海省海西蒙古族藏族自治州都兰县")
    assert [m.text for m in found] == ["县农牧和科技局"]


def test_names_without_a_han_surname_after_a_title(units):
    found = units("县委常委、副县长才让多杰要求，月底前完成。", "青海省海西蒙古族藏族自治州都兰县")
    assert [(m.text, m.title) for m in found] == [("才让多杰", "县委常委、副县长")]
    found = units("副旗长乌云其木格要求整改。", "内蒙古自治区赤峰市克什克腾旗")
    assert [m.text for m in found] == ["乌云其木格"]
    assert units("县长才要求大家整改。", "青海省海西蒙古族藏族自治州都兰县") == []
    # a negation or a modal after the role opens what its holders failed or must do, not a name
    assert [m.text for m in units("泗南江镇有4名村级河长未按要求巡河。", "云南省普洱市墨江哈尼族自治县")] == ["泗南江镇"]
    assert units("各级河长要切实履行巡河护河职责。", "甘肃省甘南藏族自治州卓尼县") == []
    found = units("加方乡中心小学校长未落实放学后安全提醒制度。", "广西壮族自治区南宁市马山县")
    assert [(m.text, m.type) for m in found] == [("加方乡中心小学", "school")]


def test_region_bodies_and_committees_named_after_a_campaign(units):
    found = units("被自治区水利厅列为示范县。", "宁夏回族自治区银川市永宁县")
    assert [(m.text, m.canonical) for m in found] == [("自治区水利厅", "宁夏回族自治区水利厅")]
    text = "富源县巩固国家卫生县城工作指挥部办公室召开会议。"
    assert [m.text for m in units(text)] == ["富源县巩固国家卫生县城工作指挥部办公室"]


def test_a_family_s_shop_named_by_what_it_sells(units):
    found = units("检查发现，老张家烤鱼后厨卫生脏乱，陈记米粉门前油污未清理。")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("老张家烤鱼", "老张家烤鱼", "enterprise"), ("陈记米粉", "陈记米粉", "enterprise")]
    assert units("老王家门前有积水。") == [] and units("李记者采访了店主。") == []


def test_a_school_named_by_a_common_word(units):
    assert [(m.text, m.type) for m in units("星光幼儿园2名厨师健康证过期。")] == [("星光幼儿园", "school")]
    assert units("加快农村幼儿园和寄宿制小学建设。") == []


def test_a_market_named_by_its_road(units):
    assert [m.text for m in units("检查发现，团结路农贸市场冷鲜肉区无防蝇设施，人民路菜市场存在问题。")] == [
        "团结路农贸市场", "人民路菜市场"]
    assert units("到菜市场买菜，幸福路两侧摆摊。") == []


def _found(units, text: str, context: str = CONTEXT) -> list[tuple[str, str]]:
    return [(m.text, m.canonical) for m in units(text, context)]


def test_more_abbreviated_bodies_are_expanded(units):
    assert _found(units, "县安监局、县安委办、县经委和县投资促进办参加。") == [
        ("县安监局", "富源县安全生产监督管理局"), ("县安委办", "富源县安全生产委员会办公室"),
        ("县经委", "富源县经济委员会"), ("县投资促进办", "富源县投资促进办公室")]


def test_shops_opened_by_xiao_or_a_and_a_brand_with_a_one_character_word(units):
    assert _found(units, "检查发现，小王烧烤油烟直排，阿芳海鲜大排档后厨脏乱，美美乐超市、") == [
        ("小王烧烤", "小王烧烤"), ("阿芳海鲜大排档", "阿芳海鲜大排档"), ("美美乐超市", "美美乐超市")]


def test_a_customs_office_a_bookshop_chain_and_an_affiliated_hospital(units):
    found = [(m.text, m.type) for m in units("县海关、富源县新华书店与昆明医科大学附属延安医院签约。")]
    assert found == [("县海关", "government"), ("富源县新华书店", "enterprise"),
                     ("昆明医科大学附属延安医院", "hospital")]


def test_company_names_carry_business_verbs_and_a_brand_cut_in_two(units):
    assert [m.text for m in units("富源县龙潭生态农业开发有限公司流转土地，富源县鑫达石材厂粉尘超标。")] == [
        "富源县龙潭生态农业开发有限公司", "富源县鑫达石材厂"]


def test_generic_crews_document_numbers_and_verbs_are_no_units(units):
    assert units("组建专业扑火队3支、半专业扑火队12支，16个镇乡街道参加。") == []
    assert [m.text for m in units("县爱卫办印发通报（富爱卫办〔2022〕3号）。")] == ["县爱卫办"]
    assert [m.text for m in units("新建中医馆2个，惠及后所镇、营上镇等5个乡镇。")] == ["后所镇", "营上镇"]


def test_townships_and_villages_cut_into_common_words(units):
    assert [m.text for m in units("获通报表扬；庙城镇排名靠后。小城镇建设加快，各城镇要落实。")] == ["庙城镇"]
    assert [m.text for m in units("后所镇新村村知晓率偏低，后所镇新村村民积极参与。")] == ["后所镇新村村", "后所镇新村"]
    assert _found(units, "排名靠后，其海田村资料入户不到位。") == [("海田村", "富源县海田村")]
    assert _found(units, "县城乡环卫一体化服务中心开展抽查。") == [
        ("县城乡环卫一体化服务中心", "富源县城乡环卫一体化服务中心")]


def test_a_cleaner_named_after_the_role_and_a_river_chief_system(units):
    found = units("被评为河长制工作先进集体，才纳乡保洁员次仁卓玛被评为先进个人。", "西藏自治区拉萨市曲水县")
    assert [(m.text, m.type, m.title) for m in found] == [("次仁卓玛", "person", "才纳乡保洁员")]


def test_four_character_names_ending_as_tibetan_and_mongolian_names_do(units):
    found = units("县委副书记、县长贡保才让要求，旗长巴图孟和强调。", "青海省海北藏族自治州门源回族自治县")
    assert [(m.text, m.title) for m in found] == [("贡保才让", "县委副书记、县长"), ("巴图孟和", "旗长")]


@pytest.mark.parametrize("text, name", [
    ("在达孜镇邦堆村，保洁员卓玛次仁每天清扫村道。", "卓玛次仁"),  # (卓玛 would be a name of two)
    ("在帕古乡噶玛村，村级防疫员格桑卓嘎每月上门为犬只投喂驱虫药。", "格桑卓嘎"),
    ("群测群防员边巴顿珠每天早晚巡查村后山体。", "边巴顿珠"),  # (边 is a surname: 边巴顿)
])
def test_a_tibetan_name_of_four_after_a_grassroots_post(units, text, name):
    found = units(text, "西藏自治区拉萨市达孜区")
    assert name in [m.text for m in found if m.type == "person"]


@pytest.mark.parametrize("text, name", [
    ("副县长邸国强带队检查。", "邸国强"),
    ("区卫健局局长续海英主持会议。", "续海英"),
    ("乡村医生雒建华每天入户。", "雒建华"),
    ("食品安全协管员虎秀珍每天走访小卖部。", "虎秀珍"),  # (Hui family names of the northwest)
    ("村级河长铁金宝每周巡河两次。", "铁金宝"),
    ("保洁员豆春梅每天清扫村道。", "豆春梅"),
    ("群测群防员折志强每天巡查村后山体。", "折志强"),
    ("县市场监管局局长仝建国表示。", "仝建国"),
    ("保洁员拓秀梅每天清扫村道。", "拓秀梅"),
    ("保洁员畅玉兰每天清扫村道。", "畅玉兰"),
    ("副县长渠海军带队检查。", "渠海军"),
])
def test_rare_family_names_of_the_north_and_northwest(units, text, name):
    assert name in [m.text for m in units(text) if m.type == "person"]


@pytest.mark.parametrize("text, expected", [
    ("辖区3个村垃圾池满溢、柴草沿村道乱堆。", []),
    ("保洁员每天骑着三轮车沿村路收垃圾。", []),
    ("城关镇东坡村畜禽粪便沿村道堆放。", ["城关镇东坡村"]),  # the village before what lies along its road
    ("王团镇大沟沿村村内柴草乱堆。", ["王团镇大沟沿村"]),  # a village named 沿村
])
def test_along_the_village_road_is_no_village(units, text, expected):
    assert [m.text for m in units(text, "宁夏回族自治区吴忠市同心县")] == expected


@pytest.mark.parametrize("text, village", [
    ("（三）马头镇岗上村村内小卖部销售过期饮料。", "马头镇岗上村"),
    ("（二）新城镇圩下村村内家具作坊在巷道堆放木板。", "新城镇圩下村"),
    ("（三）辛义乡李庄村村民办喜宴未按规定报备，3名帮厨无健康证明。", "辛义乡李庄村"),
    ("大河镇白石村村委会周边积存垃圾无人清运。", "大河镇白石村"),
])
def test_a_village_s_own_shop_people_or_committee_after_it_are_no_part_of_its_name(units, text, village):
    assert [m.text for m in units(text, "河北省邯郸市成安县")] == [village]


@pytest.mark.parametrize("text, expected", [
    ("检查组沿北大沙河逐段排查。", []),
    ("位于北大路的阿明烧鸭店后厨排水不畅。", ["阿明烧鸭店"]),
    ("北大、清华联合开展调研。", ["北大", "清华"]),  # the universities themselves
])
def test_a_short_name_opening_a_river_or_a_road_is_no_body(units, text, expected):
    assert [m.text for m in units(text)] == expected


def test_a_business_with_a_name_of_its_own_is_no_part_of_the_township(units):
    assert _found(units, "检查发现，后所镇利民超市门前垃圾乱堆，禾川镇农贸市场脏乱。") == [
        ("后所镇", "富源县后所镇"), ("利民超市", "利民超市"), ("禾川镇农贸市场", "禾川镇农贸市场")]
    assert [m.text for m in units("侗乡情酸汤鱼馆后厨脏乱。")] == ["侗乡情酸汤鱼馆"]


def test_names_jieba_cut_at_a_clause_start_or_around_a_county(units):
    assert [m.text for m in units("，兴柞大酒店后厨未设防蝇设施。")] == ["兴柞大酒店"]
    assert [m.text for m in units("县防指会同富源县绿源有害生物防治有限公司开展消杀。")] == [
        "县防指", "富源县绿源有害生物防治有限公司"]
    assert [m.text for m in units("湖北楚玉绿松石文化产业园有限公司投资8亿元。")] == ["湖北楚玉绿松石文化产业园有限公司"]
    assert [m.text for m in units("浩门镇、县回民中学得分居前三名。")] == ["浩门镇", "县回民中学"]
    assert [m.text for m in units("以县人民医院为龙头，覆盖18家镇卫生院和240个村卫生站，部分乡镇配套不足。")] == ["县人民医院"]


def test_photo_captions_south_chinese_surnames_and_a_township_named_with_zhou(units):
    assert [m.text for m in units("图为营上镇海田村的生态茶园。")] == ["营上镇海田村"]
    assert [(m.text, m.type) for m in units("县卫健局局长覃志刚表示。")][-1] == ("覃志刚", "person")
    assert _found(units, "州城街道辖区一处工地", "山东省泰安市东平县") == [("州城街道", "东平县州城街道")]


def test_bodies_whose_names_hold_a_verb_and_more_abbreviations(units):
    assert _found(units, "县行政审批服务管理局、区卫生健康委和区住房城乡建委参加。", "重庆市梁平区") == [
        ("县行政审批服务管理局", "梁平区行政审批服务管理局"), ("区卫生健康委", "梁平区卫生健康委员会"),
        ("区住房城乡建委", "梁平区住房和城乡建设委员会")]


def test_shops_named_by_a_time_or_a_wish_and_a_company_with_an_adjective(units):
    assert [m.text for m in units("小吴夜宵店油烟直排，何坝镇的顺心旅馆未设防蝇设施。")] == ["小吴夜宵店", "何坝镇", "顺心旅馆"]
    assert [m.text for m in units("山东齐鲁汇通新材料有限公司投产。")] == ["山东齐鲁汇通新材料有限公司"]
    assert units("被授予“公筷公勺示范店”。") == []


def test_a_role_listed_before_a_title_and_a_common_surname(units):
    found = units("区委常委、常务副区长黄建国主持，县长肖建平出席。", "重庆市梁平区")
    assert [(m.text, m.title) for m in found] == [("黄建国", "区委常委、常务副区长"), ("肖建平", "县长")]


def test_chain_stores_with_their_branch_and_a_community_committee(units):
    assert [m.text for m in units("，物美超市顺义店冷柜温度不达标，永辉超市门店整洁。", "北京市顺义区")] == [
        "物美超市顺义店", "永辉超市"]
    assert _found(units, "岳阳街道白云社区居委会获评。", "上海市松江区") == [
        ("岳阳街道白云社区居委会", "松江区岳阳街道白云社区")]


def test_a_seat_named_for_a_city_whose_name_holds_shi_takes_the_city_before_it(units):
    # 芒市's seat is 芒市镇: the city's name and a township's level, not a body of the city
    found = _found(units, "芒市镇组织网格员逐户宣传，芒市镇芒里村排水沟淤塞，芒市市场监管局到场。", "云南省德宏傣族景颇族自治州芒市")
    assert found == [("芒市镇", "芒市芒市镇"), ("芒市镇芒里村", "芒市芒市镇芒里村"), ("芒市市场监管局", "芒市市场监督管理局")]


def test_names_that_look_like_a_county_or_hold_a_conjunction(units):
    assert _found(units, "对昆仑街道、古县街道开展暗访。", "江苏省常州市溧阳市") == [
        ("昆仑街道", "溧阳市昆仑街道"), ("古县街道", "溧阳市古县街道")]
    assert [m.text for m in units("，溧阳嘉和物业服务有限公司负责人被约谈，县自然资源和规划局获评。")] == [
        "溧阳嘉和物业服务有限公司", "县自然资源和规划局"]
    assert [m.text for m in units("船营区创建全国文明城市工作指挥部办公室通报。", "吉林省吉林市船营区")] == [
        "船营区创建全国文明城市工作指挥部办公室"]


def test_a_common_word_after_a_role_is_no_name_and_names_end_before_what_follows_names(units):
    assert [m.text for m in units("村级河长连续两个月未巡河，326名护林员全部上岗。")] == []
    found = units("县长卢保和要求加强值守，副县长卓亚东主持会议，村委会主任向红军介绍情况。", "海南省陵水黎族自治县")
    assert [(m.text, m.title) for m in found] == [("卢保和", "县长"), ("卓亚东", "副县长"), ("向红军", "村委会主任")]
    listed = units("副县长冶生福、韩玉梅、拉毛才让出席。", "青海省海东市化隆回族自治县")
    assert [(m.text, m.title) for m in listed] == [("冶生福", "副县长"), ("韩玉梅", None), ("拉毛才让", None)]


def test_kinds_of_business_and_schemes_are_no_units(units):
    text = ("对商场超市、宾馆酒店开展检查，共检查规模养殖场48家、液化石油气供应站6座、护林检查站28个，"
            "推行“积分超市”，完成红白理事会换届，提交县人代会票决。")
    assert [m.text for m in units(text)] == []


def test_a_place_word_or_a_common_word_after_a_role_and_a_surname_is_no_name(units):
    found = units("乡镇干部包村、县级干部包乡镇，更新河长公示牌260块。副县长公丽、包金山出席。")
    assert [(m.text, m.title) for m in found] == [("公丽", "副县长"), ("包金山", None)]


def test_long_names_without_a_han_surname_run_up_to_what_follows_names(units):
    context = "内蒙古自治区锡林郭勒盟正镶白旗"
    found = units("副旗长那仁满都拉带队检查，旗长孟克吉日嘎拉要求加强巡查，副旗长苏和要求，旗长高志刚致辞。", context)
    assert [m.text for m in found] == ["那仁满都拉", "孟克吉日嘎拉", "苏和", "高志刚"]


def test_listed_names_ending_like_a_unit_s_head_after_a_role(units):
    found = units("网格员张丽、李建军带领居民清扫楼道，督导员王芳、钱志华坚持早晚值守。")
    assert [(m.text, m.type, m.title) for m in found] == [
        ("张丽", "person", "网格员"), ("李建军", "person", None), ("王芳", "person", "督导员"), ("钱志华", "person", None)]


def test_names_listed_after_a_titled_person_and_a_village_before_its_road(units):
    assert [(m.text, m.title) for m in units("网格员张红、李强等12名网格员被评为优秀。")] == [
        ("张红", "网格员"), ("李强", None)]  # no role stands right before 李强
    assert [m.text for m in units("后所镇海田村村道两旁垃圾堆积。")] == ["后所镇海田村"]


def test_village_committees_work_sites_and_a_committees_chief(units):
    assert _found(units, "上允镇芒角村委会获评，杨柳镇的兴旺肉牛养殖场雨污未分流。") == [
        ("上允镇芒角村委会", "富源县上允镇芒角村"), ("杨柳镇", "富源县杨柳镇"), ("兴旺肉牛养殖场", "兴旺肉牛养殖场")]
    found = units("副旗长、旗森林草原防灭火指挥部总指挥张志军通报。", "内蒙古自治区赤峰市翁牛特旗")
    assert [(m.text, m.title) for m in found] == [("张志军", "副旗长、旗森林草原防灭火指挥部总指挥")]
    assert [m.text for m in units("，老赵家面馆餐具未消毒，白塔村一家加工厂木屑乱堆。")] == ["老赵家面馆", "白塔村"]
    assert [m.text for m in units("；沙县小吃莲坂店厨余垃圾混投。")] == ["沙县小吃莲坂店"]


def test_family_shops_that_end_at_their_shops_ending(units):
    assert [m.text for m in units("；老孙家农家院餐具未消毒，老刘家铸造加工厂人员无证上岗。")] == ["老孙家农家院", "老刘家铸造加工厂"]


def test_a_figure_in_brackets_after_a_name_is_no_part_of_it(units):
    found = units("知晓率较高的有：河西镇（96.2%）、县卫健局；较低的有：四街镇（84.1%）。")
    assert [(m.text, m.stance) for m in found] == [
        ("河西镇", "praised"), ("县卫健局", "praised"), ("四街镇", "criticized")]
    assert [m.text for m in units("富源县第二小学(警务亭)值守。")] == ["富源县第二小学(警务亭)"]


def test_an_autonomous_countys_and_prefectures_short_forms_are_theirs(units):
    assert _found(units, "长白县公安局、长白县委和长白县兴业矿业有限公司参加。", "吉林省白山市长白朝鲜族自治县") == [
        ("长白县公安局", "长白朝鲜族自治县公安局"), ("长白县委", "长白朝鲜族自治县委"),
        ("长白县兴业矿业有限公司", "长白县兴业矿业有限公司")]
    # jieba cuts 肃|南县 (南县 is a county of its own elsewhere)
    assert _found(units, "；肃南县红山矿业有限公司复绿滞后。", "甘肃省张掖市肃南裕固族自治县") == [
        ("肃南县红山矿业有限公司", "肃南县红山矿业有限公司")]
    assert _found(units, "凉山州生态环境局越西分局联合州卫健委检查。", "四川省凉山彝族自治州越西县") == [
        ("凉山州生态环境局越西分局", "凉山彝族自治州生态环境局越西分局"), ("州卫健委", "凉山彝族自治州卫生健康委员会")]


def test_yi_names_korean_surnames_and_lists_of_officials(units):
    found = units("县委常委、副县长吉克阿依约谈了乃托镇负责人。", "四川省凉山彝族自治州越西县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("吉克阿依", "县委常委、副县长")]
    found = units("县委书记朴成浩到八道沟镇检查。朴成浩要求，", "吉林省白山市长白朝鲜族自治县")
    assert [m.text for m in found if m.type == "person"] == ["朴成浩", "朴成浩"]
    found = units("常务副县长赵敏，副县长周建华、胡丽玲一行先后到灰山港镇。")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [
        ("赵敏", "常务副县长"), ("周建华", "副县长"), ("胡丽玲", None)]
    assert [m.text for m in units("县长黄晓东，副县长陈丽华、曾建斌出席。")] == ["黄晓东", "陈丽华", "曾建斌"]
    assert [m.text for m in units("张三营镇组织机关干部和保洁员200余人清扫。")] == ["张三营镇"]


def test_named_petrol_stations_driving_schools_and_nickname_shops(units):
    found = units("督查中，中石油城北加油站、通达驾校卫生规范；阿兰腌面店后厨无防蝇设施，金硒家庭农场、清泉洗浴中心参加。")
    assert [(m.text, m.type) for m in found] == [
        ("中石油城北加油站", "enterprise"), ("通达驾校", "enterprise"), ("阿兰腌面店", "enterprise"),
        ("金硒家庭农场", "enterprise"), ("清泉洗浴中心", "enterprise")]
    assert units("检查辖区加油站12座，各加油站和废品收购站均已整改。") == []


def test_honours_in_quotes_document_prefixes_and_a_verb_before_a_village_word(units):
    assert [m.text for m in units("该站被评为“平安车站”，青树坪镇获评“卫生乡镇”。")] == ["青树坪镇"]
    assert units("根据《方案》（富巩卫办字〔2020〕5号）要求") == []
    assert units("明年全县将新建村卫生室15个。") == []
    assert [m.text for m in units("新建村组织村民清扫。")] == ["新建村"]
    assert _found(units, "巴彦嵯岗苏木莫和尔图嘎查牲畜棚圈粪污随意堆放。", "内蒙古自治区呼伦贝尔市鄂温克族自治旗") == [
        ("巴彦嵯岗苏木莫和尔图嘎查", "鄂温克族自治旗巴彦嵯岗苏木莫和尔图嘎查")]
    assert _found(units, "县河长办、县城管执法局和县国土房管局参加。") == [
        ("县河长办", "富源县河长制办公室"), ("县城管执法局", "富源县城市管理行政执法局"),
        ("县国土房管局", "富源县国土资源和房屋管理局")]


def test_a_chains_brand_before_a_branch_and_more_campaign_offices(units):
    found = units("。麦乐迪KTV北京路店疏散通道堆放杂物，广百百货北京路店员工做到，振华量贩芝罘店冷库未设挡鼠板。")
    assert [m.text for m in found] == ["麦乐迪KTV北京路店", "广百百货北京路店", "振华量贩芝罘店"]
    assert _found(units, "县扫黑办会同县扶贫办、县农委检查。") == [
        ("县扫黑办", "富源县扫黑除恶专项斗争领导小组办公室"), ("县扶贫办", "富源县扶贫开发领导小组办公室"),
        ("县农委", "富源县农业委员会")]
    assert units("随机抽查嘎查村57个。", "内蒙古自治区通辽市科尔沁左翼后旗") == []


def test_compound_surnames_with_two_given_characters_zones_named_after_a_place_and_bank_branches(units):
    found = units("副县长欧阳建军要求，县长黄晓东，副县长黄丽、陆明辉到校检查。蒲北街道党工委书记王磊被约谈。")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [
        ("欧阳建军", "副县长"), ("黄晓东", "县长"), ("黄丽", "副县长"), ("陆明辉", None), ("王磊", "蒲北街道党工委书记")]
    found = units("先后到广饶经济开发区、大王经济开发区观摩，大王镇卫生院参加。", "山东省东营市广饶县")
    assert [(m.text, m.canonical) for m in found] == [
        ("广饶经济开发区", "广饶经济开发区"), ("大王经济开发区", "大王经济开发区"), ("大王镇卫生院", "广饶县大王镇卫生院")]
    assert [m.text for m in units("；桂林银行恭城支行为合作社授信。")] == ["桂林银行恭城支行"]
    assert [m.text for m in units("有31座水库超汛限水位，县防指已派出工作组8个。")] == ["县防指"]
    assert units("根据《通报》（汶爱卫办发〔2019〕9号）要求") == []


def test_officials_names_before_what_follows_them_and_more_shop_and_office_forms(units):
    found = units("县委副书记、县长周建平出席。人大常委会副主任张红梅、孙立波、欧阳志刚出席。")
    assert [(m.text, m.title) for m in found] == [
        ("周建平", "县委副书记、县长"), ("张红梅", "人大常委会副主任"), ("孙立波", None), ("欧阳志刚", None)]
    found = units("；华润万家潜山店公益广告缺失，阿明螺蛳粉未按要求提供公筷公勺，县食安办、县防汛办参加。")
    assert [(m.text, m.canonical) for m in found] == [
        ("华润万家潜山店", "华润万家潜山店"), ("阿明螺蛳粉", "阿明螺蛳粉"), ("县食安办", "富源县食品安全委员会办公室"),
        ("县防汛办", "富源县防汛抗旱指挥部办公室")]
    found = units("镇宁自治县创建省级卫生县城工作领导小组办公室召开会议。", "贵州省安顺市镇宁布依族苗族自治县")
    assert [m.canonical for m in found] == ["镇宁布依族苗族自治县创建省级卫生县城工作领导小组办公室"]


def test_mongolian_names_of_five_a_companys_station_and_prefecture_campaign_offices(units):
    found = units("旗委副书记、旗长孟和巴雅尔要求，副旗长乌兰其其格通报。县长巴音达来出席。", "内蒙古自治区锡林郭勒盟阿巴嘎旗")
    assert [m.text for m in found] == ["孟和巴雅尔", "乌兰其其格", "巴音达来"]
    found = units("检查中，阿克塞县热力有限责任公司换热站运行平稳。志愿者2300余人下沉社区。", "甘肃省酒泉市阿克塞哈萨克族自治县")
    assert [m.text for m in found] == ["阿克塞县热力有限责任公司"]
    assert _found(units, "市推进办暗访。") == [("市推进办", "曲靖市推进爱国卫生“7个专项行动”领导小组办公室")]
    assert _found(units, "州推进办暗访。", "云南省红河哈尼族彝族自治州屏边苗族自治县") == [
        ("州推进办", "红河哈尼族彝族自治州推进爱国卫生“7个专项行动”领导小组办公室")]
    assert [m.text for m in units("对城区县直单位挂钩包保路段和农贸市场开展暗访。")] == []


def test_a_shops_ending_glued_to_the_next_word_and_more_roles_surnames_and_shops(units):
    assert [m.text for m in units("，老周家馄饨店店外摆放桌椅。")] == ["老周家馄饨店"]
    found = units("楼栋长黄丽娟、梁志成带领居民清理楼道。区委常委、宣传部部长普永红要求，城关镇的金夜歌舞厅未落实。")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [
        ("黄丽娟", "楼栋长"), ("梁志成", None), ("普永红", "区委常委、宣传部部长")]
    assert [(m.text, m.type) for m in found if m.type != "person"][-1] == ("金夜歌舞厅", "enterprise")


def test_a_place_before_a_role_with_no_name_after_it_is_the_unit(units):
    found = units("竹园镇党委书记被约谈，海田村党支部书记被问责。")
    assert [(m.text, m.canonical, m.type, m.stance) for m in found] == [
        ("竹园镇", "富源县竹园镇", "township", "criticized"), ("海田村", "富源县海田村", "community", "criticized")]
    found = units("竹园镇党委书记李强出席。")
    assert [(m.text, m.type, m.title) for m in found] == [("李强", "person", "竹园镇党委书记")]


def test_businesses_named_by_trade_verbs_processing_plants_and_split_brands(units):
    found = units("对富源县长丰水产冷冻有限公司、富源县长丰水产加工厂处以罚款；经查，鑫荣洗煤厂被罚款3万元。")
    assert [(m.text, m.type) for m in found] == [
        ("富源县长丰水产冷冻有限公司", "enterprise"), ("富源县长丰水产加工厂", "enterprise"), ("鑫荣洗煤厂", "enterprise")]
    assert [m.text for m in units("后所镇的鑫荣洗煤厂煤堆未苫盖。")] == ["后所镇", "鑫荣洗煤厂"]


def test_kinds_of_business_alone_are_no_units_but_named_ones_are(units):
    assert units("对清真餐厅、牛肉面馆和海鲜大排档开展检查。") == []
    assert [m.text for m in units("王哥海鲜大排档被立案查处。")] == ["王哥海鲜大排档"]


def test_villages_opening_a_clause_whatever_their_segmentation(units):
    found = units("评比结果：海田村以96.2分位列第一；后王村3户养羊户粪污乱堆，前杨村驻村工作队协调整改。")
    assert [(m.text, m.type, m.stance) for m in found] == [
        ("海田村", "community", "praised"), ("后王村", "community", "criticized"), ("前杨村", "community", None)]
    assert units("暗访组抽查村57个。") == []


def test_names_before_bei_bodies_named_after_the_city_project_departments_and_glued_place_words(units):
    assert [(m.text, m.title) for m in units("竹园镇党委书记王志军被约谈。")] == [("王志军", "竹园镇党委书记")]
    assert [m.text for m in units("富源县城市建设管理局通报。")] == ["富源县城市建设管理局"]
    assert [m.text for m in units("检查中，云南宏远建设工程有限公司城北棚改项目部落实到位。")] == [
        "云南宏远建设工程有限公司城北棚改项目部"]
    assert [m.text for m in units("云南中石雕塑艺术有限公司投资建设。")] == ["云南中石雕塑艺术有限公司"]
    assert [m.text for m in units("；阿庆小笼馆店外经营，县第一小学校门口车辆拥堵。")] == ["阿庆小笼馆", "县第一小学"]


def test_homes_for_the_aged_outskirts_school_grounds_and_shops_after_dui(units):
    found = units("检查中，竹园镇敬老院消防设施完好，县卫生监督所参加。")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("竹园镇敬老院", "富源县竹园镇敬老院", "government"), ("县卫生监督所", "富源县卫生监督所", "government")]
    assert [m.text for m in units("；海田社区辖区城乡结合部5处垃圾乱堆。")] == ["海田社区"]
    assert [m.text for m in units("；县第二中学校园周边整洁。")] == ["县第二中学"]
    assert [m.text for m in units("县市场监管局对张记凉粉店立案查处。")] == ["县市场监管局", "张记凉粉店"]
    assert [m.text for m in units("，百家乐超市生鲜区冷链温度记录完整。")] == ["百家乐超市"]


def test_internet_cafes_and_bath_houses_before_more_report_words_and_a_funeral_office(units):
    found = units("；星光网吧发现吸烟者7人，凤凰镇的清泉浴池休息区摆放烟灰缸；县卫健局对星光网吧罚款1000元，县殡葬管理所参加。")
    assert [(m.text, m.type) for m in found] == [
        ("星光网吧", "enterprise"), ("凤凰镇", "township"), ("清泉浴池", "enterprise"), ("县卫健局", "government"),
        ("星光网吧", "enterprise"), ("县殡葬管理所", "government")]
    assert units("共督查宾馆、网吧、美容美发店等经营场所106家。") == []


def test_brands_after_the_place_hamlets_after_their_village_and_named_pig_farms(units):
    assert [m.text for m in units("；富源县鼎盛建材有限公司被通报批评。")] == ["富源县鼎盛建材有限公司"]
    found = units("，竹园镇海田村李家屯组织农户清理秸秆。")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("竹园镇海田村李家屯", "富源县竹园镇海田村李家屯", "community")]
    assert [(m.text, m.type) for m in units("；后所镇的兴旺养猪场粪污直排。")] == [
        ("后所镇", "township"), ("兴旺养猪场", "enterprise")]
    assert [m.text for m in units("检查了后所镇一家石材加工厂。")] == ["后所镇"]


def test_a_prefecture_branch_written_in_full_kinds_of_workshop_and_villages_opening_with_qian_or_hou(units):
    found = units("曲靖市富源县生态环境分局会同县生态环境分局检查。")
    assert [m.canonical for m in found] == ["曲靖市富源县生态环境分局", "曲靖市生态环境局富源分局"]
    assert units("共检查企业86家、家庭作坊140余户，其中汽修厂41家。") == []
    found = units("检查中，后所镇前李村引导小作坊入驻加工区，竹园镇后屯村获评先进。")
    assert [m.canonical for m in found] == ["富源县后所镇前李村", "富源县竹园镇后屯村"]


def test_given_names_opening_with_zai_and_a_preposition_glued_to_a_shop(units):
    found = units("县委副书记、县长杨再兴出席并讲话。县长王再次强调。县市场监管局对福满楼饭店立案查处。")
    assert [(m.text, m.type) for m in found] == [
        ("杨再兴", "person"), ("县市场监管局", "government"), ("福满楼饭店", "enterprise")]


def test_a_street_office_written_with_its_district_and_an_exemplary_city_campaign_office(units):
    found = units("近日，富源县中安街道办事处召开会议。", "云南省曲靖市富源县")
    assert [m.canonical for m in found] == ["富源县中安街道"]
    found = units("富源县创建全国文明典范城市工作指挥部办公室召开会议。3月25日，县创文办组织检查。")
    assert [m.canonical for m in found] == ["富源县创建全国文明典范城市工作指挥部办公室"] * 2


def test_a_townships_own_bodies_without_its_name_and_its_government_as_the_township(units):
    found = units("老厂乡召开会议，乡党委为5个村授牌，大河村被乡政府通报批评。")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("老厂乡", "富源县老厂乡", "township"), ("乡党委", "富源县老厂乡党委", "party"),
        ("大河村", "富源县大河村", "community"), ("乡政府", "富源县老厂乡", "township")]
    found = units("后所镇召开会议，镇人民政府主要领导出席。")
    assert [(m.canonical, m.type) for m in found] == [("富源县后所镇", "township")] * 2


def test_a_companys_short_name_given_in_brackets_or_written_after_its_full_name(units):
    found = units("云南恒泰建筑工程有限公司（以下简称“恒泰建工”）工地扬尘未治理，恒泰建工被约谈。")
    assert [(m.text, m.canonical) for m in found] == [
        ("云南恒泰建筑工程有限公司", "云南恒泰建筑工程有限公司"),
        ("恒泰建工", "云南恒泰建筑工程有限公司"), ("恒泰建工", "云南恒泰建筑工程有限公司")]
    found = units("曲靖华安工程有限公司承建的项目落实到位，华安公司被列为示范工地。")
    assert [m.canonical for m in found] == ["曲靖华安工程有限公司"] * 2
    assert units("会议部署“两个行动”（以下简称“两行动”）。") == []


@pytest.mark.parametrize("intro", ["下称", "以下称", "简称：", "以下简称"])
def test_a_short_name_introduced_by_any_of_its_words_is_no_part_of_the_name(units, intro):
    found = units(f"富源县城市管理和综合执法局（{intro}县城管局）开展检查，县城管局要求整改。")
    assert [(m.text, m.canonical) for m in found] == [("富源县城市管理和综合执法局", "富源县城市管理和综合执法局")] + [
        ("县城管局", "富源县城市管理和综合执法局")] * 2


def test_a_city_hospital_our_countys_township_and_a_team_a_bureau_sent_out(units):
    assert [m.canonical for m in units("市中心医院专家到县人民医院坐诊。")] == ["曲靖市中心医院", "富源县人民医院"]
    assert [m.text for m in units("专家组对我县营上镇开展评估。")] == ["营上镇"]
    found = units("县住建局驻镇工作组和各村要落实。县水务局驻村工作队开展走访。")
    assert [m.text for m in found] == ["县住建局", "县水务局"]


def test_a_campaign_for_a_national_health_district_inside_its_office_and_rice_companies(units):
    found = units("富源县巩固国家卫生区工作领导小组办公室召开会议。县巩卫办组织检查。")
    assert [m.canonical for m in found] == ["富源县巩固国家卫生区工作领导小组办公室"] * 2
    assert [(m.text, m.type) for m in units("后所镇的稻香米业包装标签不规范。")] == [
        ("后所镇", "township"), ("稻香米业", "enterprise")]


def test_a_three_character_name_before_zuo_and_a_brand_of_jia_he_in_a_list(units):
    found = units("5月2日，富村镇召开动员会，镇党委书记孙明远作动员讲话。")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("孙明远", "镇党委书记")]
    found = units("红榜：聚福楼大酒店、佳和美发店、县人民医院。")
    assert [m.text for m in found] == ["聚福楼大酒店", "佳和美发店", "县人民医院"]


def test_what_follows_a_count_is_a_kind_of_thing_unless_a_known_name(names):
    assert names("后所镇辖区3家馒头作坊未隔离，2处畜禽养殖场粪污直排。") == ["后所镇"]
    assert names("100多个联合国成员国代表参加。") == ["联合国"]
    assert names("竹园镇的老街坊串串香露天烧烤、油烟直排。") == ["竹园镇", "老街坊串串香"]  # (an eatery named by its dish)


def test_a_common_word_after_a_role_many_hold_is_no_name(units):
    assert [m.text for m in units("竹园镇、后所镇包联干部全部到村到户。")] == ["竹园镇", "后所镇"]
    assert units("▲3月上旬包联干部督查情况通报") == []
    assert [(m.text, m.type) for m in units("包联干部李志强到村督导。")] == [("李志强", "person")]


def test_an_office_named_in_full_earlier_with_the_tables_kind_of_ending(units):
    found = units("富源县改善农村人居环境工作领导小组办公室　2021年3月4日。县人居办组织督查。")
    assert [m.canonical for m in found] == ["富源县改善农村人居环境工作领导小组办公室"] * 2
    found = units("富源县创建全国文明城市工作指挥部办公室召开会议。县文明办联合县公安局开展劝导。")
    assert [m.canonical for m in found] == [
        "富源县创建全国文明城市工作指挥部办公室", "富源县精神文明建设指导委员会办公室", "富源县公安局"]


def test_villages_before_cun_zhuang_cun_ji_and_the_village_clinic(units):
    assert [m.text for m in units("后所镇春季村庄清洁行动启动。竹园镇落实村级保洁员。")] == ["后所镇", "竹园镇"]
    assert [m.text for m in units("大坪村村级活动场所建成，小河村村卫生室开门。")] == ["大坪村", "小河村"]
    assert [m.text for m in units("营上镇新村村知晓率较高。")] == ["营上镇新村村"]


def test_where_an_office_sits_water_leaving_the_plant_and_furniture_factories(units):
    found = units("富源县推进爱国卫生“7个专项行动”领导小组办公室（设在县卫健局）召开会议。")
    assert [m.text for m in found] == ["富源县推进爱国卫生“7个专项行动”领导小组办公室", "县卫健局"]
    assert [m.text for m in units("富源县城乡供水有限公司出厂水每日自检。")] == ["富源县城乡供水有限公司"]
    assert [m.text for m in units("富源县兴隆家具厂夜间加工扰民。")] == ["富源县兴隆家具厂"]


def test_hotels_before_their_rooms_and_night_markets_with_names_of_their_own(units):
    assert [m.text for m in units("城关镇的胜境大酒店客房公共用品未消毒。")] == ["城关镇", "胜境大酒店"]
    found = units("星月湾夜市实行摊主自治，中安街道夜市和主干道开展整治，统一规划夜市摊位80个。")
    assert [(m.text, m.type) for m in found] == [("星月湾夜市", "enterprise"), ("中安街道", "township")]


def test_branches_a_clause_follows_campuses_and_a_new_campus(units):
    found = units("检查中，汉庭酒店富源店未设置禁烟标识，云南大学呈贡校区食堂规范，县第一中学新校区8月投用。")
    assert [(m.text, m.type) for m in found] == [
        ("汉庭酒店富源店", "enterprise"), ("云南大学呈贡校区", "school"), ("县第一中学", "school")]
    assert [m.text for m in units("，联华超市胜境店门店垃圾分类规范。")] == ["联华超市胜境店"]
    assert [m.text for m in units("后所镇辖区4家饭店未安装报警器。")] == ["后所镇"]


def test_shared_bike_operators_chain_shopping_centres_and_stations_that_are_no_units(units):
    found = units("美团单车在中安街道轻轨站周边堆积车辆，摩拜单车、ofo小黄车调度及时，曲靖万达广场和城东购物广场门前乱停放。")
    assert [(m.text, m.type) for m in found] == [
        ("美团单车", "enterprise"), ("中安街道", "township"), ("摩拜单车", "enterprise"), ("ofo小黄车", "enterprise"),
        ("曲靖万达广场", "enterprise"), ("城东购物广场", "enterprise")]
    assert units("在人民广场开展宣传。") == []


def test_a_villages_council_the_funeral_home_and_cold_stores(units):
    found = units("后所镇大坪村红白理事会被评为先进，县殡仪馆延长开放时间。")
    assert [(m.canonical, m.type) for m in found] == [
        ("富源县后所镇大坪村红白理事会", "social_org"), ("富源县殡仪馆", "government")]
    found = units("竹园镇的兴盛冷库储存冻肉，海田镇丰源冻品店冷库周边发现鼠迹。")
    assert [(m.text, m.type) for m in found] == [
        ("竹园镇", "township"), ("兴盛冷库", "enterprise"), ("海田镇", "township"), ("丰源冻品店", "enterprise")]


def test_transfer_stations_systems_lavish_ceremonies_and_wedding_companies(units):
    found = units("营上镇农村生活垃圾收运体系建成，后所镇垃圾转运站长期闲置，2个村出现婚丧事大操大办。")
    assert [m.text for m in found] == ["营上镇", "后所镇"]
    assert [m.text for m in units("竹园镇的金喜缘婚庆礼仪公司违规燃放鞭炮。")] == ["竹园镇", "金喜缘婚庆礼仪公司"]


def test_a_role_held_in_charge_of_some_work_and_the_body_when_no_name_follows(units):
    found = units("后所镇分管副镇长王丽被约谈，竹园镇分管副镇长被约谈，县卫健局约谈了县中医院分管院长。")
    assert [(m.text, m.title) for m in found] == [
        ("王丽", "后所镇分管副镇长"), ("竹园镇", None), ("县卫健局", None), ("县中医院", None)]


def test_activities_taken_into_places_and_urban_villages(units):
    found = units("竹园镇卫生院进社区讲座未开展，健康知识讲座进社区活动启动，后所镇前进村参加。")
    assert [m.text for m in found] == ["竹园镇卫生院", "后所镇前进村"]
    assert [m.text for m in units("▲营上镇城中村环境综合整治")] == ["营上镇"]


def test_recycling_companies_school_leaders_and_a_workshop_after_dui(units):
    found = units("富源县绿源再生资源有限公司推行上门回收，县商务局新建再生资源回收站点36个。")
    assert [m.text for m in found] == ["富源县绿源再生资源有限公司", "县商务局"]
    assert [m.text for m in units("检查中，富源县第一中学校级领导轮流陪餐。")] == ["富源县第一中学"]
    found = units("县市场监管局对鑫旺豆制品加工坊立案调查。")
    assert [m.text for m in found] == ["县市场监管局", "鑫旺豆制品加工坊"]


def test_a_headmaster_dining_with_pupils_is_no_person(tokenizer):
    found = extract_units("学校食堂“校长陪餐”专项督查。", "湖南省怀化市靖州苗族侗族自治县", tokenizer=tokenizer)
    assert found == []


def test_a_prefecture_branch_office_named_with_the_countys_short_name_where_that_is_the_custom(units):
    def branch(context: str) -> str:
        return one(units("县生态环境分局开展检查。", context)).canonical

    assert branch("贵州省黔南布依族苗族自治州罗甸县") == "黔南布依族苗族自治州生态环境局罗甸分局"
    assert branch("湖北省宜昌市五峰土家族自治县") == "宜昌市生态环境局五峰分局"
    assert branch("河北省邢台市临城县") == "邢台市生态环境局临城县分局"
    assert branch("河北省邢台市威县") == "邢台市生态环境局威县分局"


def test_a_healthy_city_office_whose_name_holds_the_word_city(units):
    found = units("2021年第2期　富源县健康城市建设工作领导小组办公室　2021年3月9日。县健康办会同县卫健局检查。")
    assert [m.canonical for m in found] == ["富源县健康城市建设工作领导小组办公室"] * 2 + ["富源县卫生健康局"]


def test_the_standing_committee_meeting_and_its_members_and_a_bai_surname(units):
    found = units("县委书记王明主持召开县委常委会会议，县委副书记、县长李强等县委常委出席会议。县人大常委会参加。")
    assert [(m.text, m.type) for m in found] == [
        ("王明", "person"), ("县委", "party"), ("李强", "person"), ("县人大常委会", "government")]
    found = units("对大坪村党总支书记杨春生、营上镇保洁员寸丽华等20名先进个人进行表彰。")
    assert [(m.text, m.title) for m in found] == [("杨春生", "大坪村党总支书记"), ("寸丽华", "营上镇保洁员")]


def test_cattle_farms_clinics_and_a_standing_committee_deploying_work(units):
    assert [m.text for m in units("后所镇的兴旺牛场未办理环评手续。")] == ["后所镇", "兴旺牛场"]
    assert [m.text for m in units("▲县委常委会研究部署春季爱国卫生工作")] == ["县委"]
    assert [m.text for m in units("其中康宁诊所已被立案查处。")] == ["康宁诊所"]


def test_a_lists_enumerator_opens_no_name(units):
    found = units("一是华阳镇枫林村党支部书记王某某虚报数据。二是长岭镇垃圾清运不及时。", "安徽省安庆市望江县")
    assert [(m.text, m.canonical, m.title) for m in found] == [  # (枫林|村党|支部书记: the village apart)
        ("华阳镇枫林村", "望江县华阳镇枫林村", None), ("王某某", "王某某", "党支部书记"), ("长岭镇", "望江县长岭镇", None)]


def test_xinhua_community_is_no_news_agency(units):
    assert _spans(units("，后所镇新华社区楼院积雪清理及时。")) == [("后所镇新华社区", "富源县后所镇新华社区")]


def test_a_province_wording_its_own_full_form_of_an_abbreviation(units):
    # 内蒙古's campaign is the 农村牧区 one; a name written in full stays as written
    found = units("旗人居办组织检查，准格尔旗农村人居环境整治工作领导小组办公室参加。", "内蒙古自治区鄂尔多斯市准格尔旗")
    assert [m.canonical for m in found] == [
        "准格尔旗农村牧区人居环境整治工作领导小组办公室", "准格尔旗农村人居环境整治工作领导小组办公室"]
    assert [m.canonical for m in units("县人居办组织检查。")] == ["富源县农村人居环境整治工作领导小组办公室"]


def test_vocational_schools_and_kindergartens_named_by_their_form(units):
    found = units("富源县职业教育中心组织师生参加，竹园镇的小天使幼儿园食堂纱窗破损，七彩童年幼儿园被通报批评。")
    assert [(m.text, m.type) for m in found] == [
        ("富源县职业教育中心", "school"), ("竹园镇", "township"), ("小天使幼儿园", "school"), ("七彩童年幼儿园", "school")]


def test_townships_jieba_glues_or_reads_as_qualifiers_and_the_whole_of_a_level(units):
    found = units("；马振抚乡以65.5分排名末位，二合镇的鑫源酒坊酒糟随意堆放，东弄村分类准确率居全街道第一。",
                  "河南省南阳市唐河县")
    assert [m.text for m in found] == ["马振抚乡", "二合镇", "鑫源酒坊", "东弄村"]
    # 督导 is the bureau's work, not part of a market's name
    assert [m.text for m in units("县卫健委督导农贸市场12家。")] == ["县卫健委"]


def test_a_business_after_a_townships_de_whatever_its_single_characters_and_more_shop_endings(units):
    found = units("；竹园镇的好再来饭店液化气钢瓶与灶具间距不足，逸仙足浴店未设消毒间，老王家铁锅炖冰柜生熟混放。")
    assert [m.text for m in found] == ["竹园镇", "好再来饭店", "逸仙足浴店", "老王家铁锅炖"]
    # without the township's 的, the verb in the name still makes a clause of it
    assert [m.text for m in units("，要求各地再来饭店检查。")] == []


def test_one_character_opening_a_clause_before_a_townships_word_or_a_familys_name(units):
    found = units("；五台子镇辖区3个村垃圾清运不及时，大刘家饺子馆后厨无防蝇设施，两镇辖区垃圾满溢。", "辽宁省沈阳市法库县")
    assert [(m.text, m.canonical) for m in found] == [
        ("五台子镇", "法库县五台子镇"), ("大刘家饺子馆", "大刘家饺子馆")]


def test_every_and_each_open_no_name_and_convenience_stores_and_big_markets(units):
    found = units("县卫健委组织各乡镇卫生院开展消杀，每所学校配备管理员，好邻居便利店销售过期食品，延寿农贸大市场发现鼠迹。")
    assert [m.text for m in found] == ["县卫健委", "好邻居便利店", "延寿农贸大市场"]


def test_the_countys_townships_the_gazetteer_lists_whatever_jieba_made_of_them(units):
    # 七号|镇 and 中心镇 (a word's ending) are the counties' townships; 新市区街道 is no district's
    assert _spans(units("；七号镇辖区垃圾满溢。", "内蒙古自治区乌兰察布市化德县")) == [("七号镇", "化德县七号镇")]
    assert _spans(units("，中心镇辖区垃圾满溢。", "云南省丽江市华坪县")) == [("中心镇", "华坪县中心镇")]
    assert _spans(units("，新市区街道建业社区楼院整洁。", "甘肃省酒泉市玉门市")) == [
        ("新市区街道建业社区", "玉门市新市区街道建业社区")]


def test_a_village_level_river_chief_takes_the_township_into_the_title(units):
    found = units("，虹星桥镇村级河长周某某连续两次巡河不到位，被约谈。", "浙江省湖州市长兴县")
    assert [(m.text, m.title) for m in found] == [("周某某", "虹星桥镇村级河长")]


def test_river_and_lake_chiefs_dotted_names_before_chuxi_and_a_nameless_role_already_summoned(units):
    found = units("县委书记、县总河湖长吴卫国带队检查，副县长阿依古丽·托乎提出席并讲话，汉薛镇党委书记已被约谈。",
                  "新疆维吾尔自治区塔城地区额敏县")
    assert [(m.text, m.title) for m in found] == [
        ("吴卫国", "县委书记、县总河湖长"), ("阿依古丽·托乎提", "副县长"), ("汉薛镇", None)]


def test_the_straw_burning_office_and_a_full_form_of_another_kind_written_in_the_story(units):
    assert [m.canonical for m in units("县禁烧办通报秸秆禁烧情况。")] == ["富源县秸秆禁烧工作领导小组办公室"]
    found = units("富源县秸秆禁烧工作指挥部办公室组织巡查，县禁烧办要求各乡镇落实责任。")
    assert [m.canonical for m in found] == ["富源县秸秆禁烧工作指挥部办公室"] * 2
    assert [m.text for m in units("，赫乡鱼馆后厨设置灭蝇灯，三江口鱼市摊位污水横流。")] == ["赫乡鱼馆", "三江口鱼市"]


def test_a_township_jieba_cut_from_its_xiang_is_in_the_role_before_a_name(units):
    found = units("3日，副县长王强约谈了红召乡党委副书记、乡长刘志强。", "内蒙古自治区乌兰察布市卓资县")
    assert [(m.text, m.title, m.stance) for m in found] == [
        ("王强", "副县长", None), ("刘志强", "红召乡党委副书记、乡长", "criticized")]


def test_a_desk_set_up_by_a_hospital_is_no_part_of_its_name(units):
    found = units("，县人民医院设置咨询台5个，县妇幼保健院设置服务台。", "湖南省怀化市会同县")
    assert [m.canonical for m in found] == ["会同县人民医院", "会同县妇幼保健院"]


def test_a_shops_name_before_its_guan_with_a_position_glued_and_what_it_sells_between(units):
    # 烧麦|馆后|厨: jieba glued the position after 馆; 过桥米线 is what the shop sells, its name comes before
    assert [m.text for m in units("。老包头烧麦馆后厨未设防鼠板。")] == ["老包头烧麦馆"]
    assert [m.text for m in units("，老王家过桥米线馆被约谈。")] == ["老王家过桥米线馆"]


def test_one_word_names_a_shop_after_a_townships_de_and_bound_characters_spell_names(units):
    found = units("，柔远镇的开心小卖部、新华镇的顺发煤场被通报批评。", "内蒙古自治区巴彦淖尔市五原县")
    assert [m.text for m in found] == ["柔远镇", "开心小卖部", "新华镇", "顺发煤场"]
    assert [m.type for m in found][-1] == "enterprise"
    # 娜 and 墅 are characters jieba knows only inside its words
    assert [m.text for m in units("，可可托海镇的古丽娜风味餐厅未公示。")][-1] == "古丽娜风味餐厅"
    assert [m.text for m in units("，辖区韩家墅村村内垃圾积存。", "天津市北辰区")] == ["韩家墅村"]


def test_a_market_closes_no_body_joined_by_he_and_a_kind_of_business_is_counted(units):
    assert [m.text for m in units("▲县市场监管局开展冷链食品和农贸市场专项检查")] == ["县市场监管局"]
    assert units("，规范农家乐16家，检查初制茶厂一百二十余家。") == []


def test_bodies_named_with_keji_and_the_culture_bureau_of_zhejiang(units):
    assert [m.canonical for m in units("县农牧和科技局、县教育和科技局、县科技局", "青海省玉树藏族自治州囊谦县")] == [
        "囊谦县农牧和科技局", "囊谦县教育和科技局", "囊谦县科学技术局"]
    assert [m.canonical for m in units("县文广旅体局检查。", "广东省韶关市新丰县")] == ["新丰县文化广电旅游体育局"]
    assert [m.canonical for m in units("县文广旅体局检查。", "浙江省舟山市岱山县")] == ["岱山县文化和广电旅游体育局"]


def test_a_townships_industrial_park_and_a_brand_cut_by_a_verb_or_a_preposition(units):
    found = units("，武原街道工业园区实现一企一管，鸿运来物业服务有限公司管理的小区垃圾满溢。", "浙江省嘉兴市海盐县")
    assert [m.text for m in found] == ["武原街道", "鸿运来物业服务有限公司"]
    assert [m.text for m in units("。检查组先后到畴阳农贸市场检查。")] == ["畴阳农贸市场"]
    assert [m.text for m in units("，天吉泰镇的丰泽肉羊养殖场粪污直排。", "内蒙古自治区巴彦淖尔市五原县")] == [
        "天吉泰镇", "丰泽肉羊养殖场"]


def test_a_dotted_name_ends_before_the_dao_jieba_glued_to_it(units):
    found = units("县长巴合提别克·努尔旦到富蕴县汽车客运站检查。", "新疆维吾尔自治区阿勒泰地区富蕴县")
    assert [(m.text, m.title) for m in found][0] == ("巴合提别克·努尔旦", "县长")


def test_a_business_after_a_townships_de_is_named_by_its_brand_whatever_jieba_made_of_it(units):
    found = units("，灵地镇的鑫旺竹木制品厂生产垃圾随意倾倒，精河镇的天天鲜果蔬批发市场排水沟堵塞，"
                  "武水镇的宏达冷冻品批发部冷冻肉品无检疫证明。", "新疆维吾尔自治区博尔塔拉蒙古自治州精河县")
    assert [m.text for m in found if m.type == "enterprise"] == ["鑫旺竹木制品厂", "天天鲜果蔬批发市场", "宏达冷冻品批发部"]
    # the townships in general, a kind of business, and a clause after the name are no business's name
    found = units("，15个乡镇的农资经营门店开展自查，崇文镇的太行综合市场调研农贸市场提档升级工作。")
    assert [m.text for m in found if m.type == "enterprise"] == ["太行综合市场"]


def test_a_preposition_jieba_glued_to_a_markets_name_of_two(units):
    assert [m.text for m in units("。检查组先后到玉湖农贸市场检查。")] == ["玉湖农贸市场"]


def test_what_a_river_chief_does_is_no_name_and_a_river_office_written_in_full_wins(units):
    found = units("，西河镇村级河长巡河记录完整，予以通报表扬。", "甘肃省临夏回族自治州永靖县")
    assert [(m.text, m.stance) for m in found] == [("西河镇", "praised")]
    found = units("封开县全面推行河长制工作领导小组办公室　2021年6月1日。5月20日，县河长办组织暗访组。", "广东省肇庆市封开县")
    assert [m.canonical for m in found] == ["封开县全面推行河长制工作领导小组办公室"] * 2


def test_a_companys_sand_yard_is_its_facility_and_shops_named_with_lai_or_hang(units):
    found = units("，兴业商砼有限公司砂石料场未覆盖，鸿运来饭店食品未加防蝇罩，大丰水产行以次充好。")
    assert [m.text for m in found] == ["兴业商砼有限公司", "鸿运来饭店", "大丰水产行"]


def test_a_second_group_joined_to_a_role_is_no_name(units):
    found = units("，组织党支部书记和包村干部四十余人现场观摩，县委书记和平主持会议。")
    assert [(m.text, m.title) for m in found] == [("和平", "县委书记")]


def test_a_town_made_a_street_an_office_after_you_and_a_company_after_dui_glued(units):
    # the gazetteer lists 龙场镇; the county seat's town is now 龙场街道
    found = units("存在问题的有：龙场街道辖区4座公厕无人保洁；6月中旬由县垃圾分类办组织复查，"
                  "县生态环境分局对鑫源商砼有限公司立案查处。", "贵州省贵阳市修文县")
    assert [m.canonical for m in found] == ["修文县龙场街道", "修文县生活垃圾分类工作领导小组办公室",
                                            "贵阳市生态环境局修文分局", "鑫源商砼有限公司"]


def test_after_a_cleaner_a_common_word_opens_no_name(units):
    found = units("，浒湾镇黄坊村保洁员管理台账规范，予以通报表扬；保洁员张建国上岗。", "江西省抚州市金溪县")
    assert [(m.text, m.title, m.stance) for m in found] == [
        ("浒湾镇黄坊村", None, "praised"), ("张建国", "保洁员", "praised")]  # (at work in a paragraph of praise)


def test_every_street_is_no_name_and_businesses_after_a_townships_de_named_with_the_county(units):
    assert units("，要求4月内各街道、社区开展一次环境卫生整治。", "宁夏回族自治区石嘴山市大武口区") == []
    found = units("；三甲集镇的广河县鑫盛牛羊屠宰场消毒记录缺失，北堡乡的塞上羊养殖专业合作社粪污随意堆放。",
                  "甘肃省临夏回族自治州广河县")
    assert [m.text for m in found if m.type == "enterprise"] == ["广河县鑫盛牛羊屠宰场", "塞上羊养殖专业合作社"]


def test_a_township_named_by_a_rare_noun_before_a_bare_town_word(units):
    # jieba cuts 嘴头|镇 and 梨园|镇; a common word before 镇 is a kind of town (旅游镇, 特色镇)
    found = units("嘴头镇组织干部清理河道，梨园镇开展灭鼠。", "陕西省宝鸡市太白县")
    assert [(m.text, m.canonical) for m in found] == [("嘴头镇", "太白县嘴头镇"), ("梨园镇", "太白县梨园镇")]
    assert units("全县评选旅游镇、特色镇各一个。", "陕西省宝鸡市太白县") == []


def test_a_county_level_citys_branch_drops_its_city_character(units):
    assert [m.canonical for m in units("市生态环境分局开展执法检查。", "吉林省长春市德惠市")] == ["长春市生态环境局德惠分局"]


def test_a_school_before_its_head_with_no_name_is_the_unit_spoken_of(units):
    found = units("城关镇中心小学校长陪餐记录不全，被通报批评。", CONTEXT)
    assert [(m.text, m.canonical, m.stance) for m in found] == [
        ("城关镇中心小学", "富源县城关镇中心小学", "criticized")]
    assert [(m.text, m.type) for m in units("县一中校长李明出席。", CONTEXT)] == [("李明", "person")]


def test_kinds_of_business_in_a_list_are_no_units(units):
    assert units("对超市、冻品店、农家院和糕点作坊开展检查。", CONTEXT) == []


def test_a_townships_checkpoint_and_a_games_are_no_units(units):
    found = units("对日多乡检查站值守情况开展暗访，召开冬奥会城市运行保障调度会。", "西藏自治区拉萨市墨竹工卡县")
    assert [(m.text, m.canonical) for m in found] == [("日多乡", "墨竹工卡县日多乡")]


def test_a_prefectures_campaign_office_written_in_a_district_and_zhejiangs_water_office(units):
    found = units("市创卫办对城区开展检查，区创卫办配合。", "吉林省白城市洮北区")
    assert [m.canonical for m in found] == ["白城市创建国家卫生城市工作领导小组办公室", "洮北区创建国家卫生城市工作领导小组办公室"]
    found = units("县治水办会同湖州市治水办开展暗访。", "浙江省湖州市德清县")
    assert [m.canonical for m in found] == ["德清县“五水共治”工作领导小组办公室", "湖州市“五水共治”工作领导小组办公室"]


def test_a_rare_character_in_a_townships_name_and_offices_of_provinces_and_campaigns(units):
    assert [m.canonical for m in units("，孙疃镇组织清理。", "安徽省淮北市濉溪县")] == ["濉溪县孙疃镇"]
    assert [m.canonical for m in units("市防指启动应急响应。", "浙江省台州市临海市")] == ["临海市防汛防台抗旱指挥部"]
    found = units("县禁捕办、县环治办和县人力社保局开展检查。", "四川省乐山市夹江县")
    assert [m.canonical for m in found] == ["夹江县长江流域禁捕退捕工作领导小组办公室",
                                          "夹江县城乡环境综合治理工作领导小组办公室", "夹江县人力资源和社会保障局"]


def test_a_neighbourhood_committee_is_its_community_and_market_towns_in_general_no_unit(units):
    assert [m.canonical for m in units("张庙街道通河一村居委会组织志愿者。", "上海市宝山区")] == ["宝山区张庙街道通河一村"]
    assert units("对14个乡镇的圩镇开展检查。", "广西壮族自治区崇左市大新县") == []


def test_the_accused_of_a_gang_case_are_criticised_and_the_police_and_court_judge(units):
    found = units("市公安局打掉以王某某为首的恶势力犯罪集团；县人民法院公开宣判一起非法放贷案件，被告人吴某某等4人被判处有期徒刑。",
                  "河北省沧州市河间市")
    assert [(m.text, m.stance) for m in found] == [
        ("市公安局", None), ("王某某", "criticized"), ("县人民法院", None), ("吴某某", "criticized")]


def test_prepositions_glued_to_the_names_around_them_and_groups_joined_to_a_role(units):
    found = units("春节前市创卫办开展复查，县农业农村局向鑫源果蔬批发部下达整改通知书；城管局组织执法队员和环卫工人开展整治，"
                  "县环委办组成督查组。", "河北省承德市平泉市")
    assert [(m.text, m.canonical) for m in found] == [
        ("市创卫办", "平泉市创建国家卫生城市工作领导小组办公室"), ("县农业农村局", "平泉市农业农村局"),
        ("鑫源果蔬批发部", "鑫源果蔬批发部"), ("城管局", "平泉市城市管理局"),
        ("县环委办", "平泉市生态环境保护委员会办公室")]


def test_honours_with_their_level_herders_and_fishers_and_a_brand_of_two_before_a_company(units):
    found = units("新华村被评为市级“美丽河湖村”；鲁北镇牧民王某某烧荒被行政拘留，乡级河长巡湖记录完整，嘉和物业服务有限公司管理规范。",
                  "内蒙古自治区通辽市扎鲁特旗")
    assert [(m.text, m.type, m.title, m.stance) for m in found] == [
        ("新华村", "community", None, "praised"), ("鲁北镇", "township", None, None),
        ("王某某", "person", "牧民", "criticized"),
        ("嘉和物业服务有限公司", "enterprise", None, "praised")]


def test_a_bodys_fire_station_and_shop_signs_are_no_units(units):
    found = units("宁园街道微型消防站运行规范；区规划自然资源局开展店招店牌整治。", "天津市河北区")
    assert [(m.text, m.canonical) for m in found] == [("宁园街道", "河北区宁园街道"), ("区规划自然资源局", "河北区规划和自然资源局")]


def test_grocery_shops_and_farm_resorts_after_a_townships_de_and_a_staff_group_joined_by_he(units):
    found = units("何家集镇的开心食杂店向学生销售过期辣条，君埠乡的绿野生态农庄违规用火；落实护林员和草管员260名。",
                  "陕西省榆林市子洲县")
    assert [(m.text, m.type) for m in found] == [
        ("何家集镇", "township"), ("开心食杂店", "enterprise"), ("君埠乡", "township"), ("绿野生态农庄", "enterprise")]


def test_a_breakfast_stall_after_a_townships_de_and_shanghais_construction_committee(units):
    found = units("区建管委开展检查；梅川镇的好味道早点铺从业人员未持健康证。", "上海市杨浦区")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("区建管委", "杨浦区建设和管理委员会", "government"), ("梅川镇", "杨浦区梅川镇", "township"),
        ("好味道早点铺", "好味道早点铺", "enterprise")]


def test_a_body_that_reports_and_a_committee_for_a_provincial_honour(units):
    found = units("南票区安全生产监督管理局通报煤矿安全生产大检查情况。", "辽宁省葫芦岛市南票区")
    assert [m.text for m in found] == ["南票区安全生产监督管理局"]
    found = units("兴仁市创建省级文明城市工作指挥部办公室　2020年1月13日\n市创文办通报了测评结果。",
                  "贵州省黔西南布依族苗族自治州兴仁市")
    assert [(m.text, m.canonical) for m in found] == [
        ("兴仁市创建省级文明城市工作指挥部办公室", "兴仁市创建省级文明城市工作指挥部办公室"),
        ("市创文办", "兴仁市创建省级文明城市工作指挥部办公室")]


def test_a_districts_branch_drops_its_qu_outside_hebei_shandong_and_henan(units):
    assert [m.canonical for m in units("区生态环境分局开展检查。", "辽宁省葫芦岛市南票区")] == ["葫芦岛市生态环境局南票分局"]
    assert [m.canonical for m in units("区生态环境分局开展检查。", "河北省邯郸市肥乡区")] == ["邯郸市生态环境局肥乡区分局"]


def test_a_village_before_its_river_chief_and_villages_in_general(units):
    found = units("崔木镇民间河长常态化巡河，常丰镇丰润村河长公示牌信息更新及时；巡查村四十八个。", "陕西省宝鸡市麟游县")
    assert [(m.text, m.type) for m in found] == [("崔木镇", "township"), ("常丰镇丰润村", "community")]
    found = units("兴农农机专业合作社跨村开展打捆作业，予以通报表扬。", "辽宁省葫芦岛市南票区")
    assert [(m.text, m.stance) for m in found] == [("兴农农机专业合作社", "praised")]


def test_kinds_of_business_a_fire_for_barbecue_and_a_hotel_named_by_a_wish(units):
    found = units("对全县商超、餐饮单位和牛羊屠宰场开展专项检查，在超市和肉品店抽检；雪域阳光农家乐违规用火烧烤，被通报批评。"
                  "县公安局向顺心旅馆下达整改通知书。", "甘肃省临夏回族自治州康乐县")
    assert [(m.text, m.stance) for m in found] == [
        ("雪域阳光农家乐", "criticized"), ("县公安局", None), ("顺心旅馆", "criticized")]


def test_a_shopping_centres_branch_and_the_police_that_take_up_leads(units):
    found = units("欧亚购物中心松原店进口冷链食品“三证一码”齐全，予以通报表扬。", "吉林省松原市宁江区")
    assert [(m.text, m.stance) for m in found] == [("欧亚购物中心松原店", "praised")]
    found = units("今年以来，县公安局受理涉黑涉恶线索五十二条，打掉犯罪团伙2个，查处非法采砂案件六起；县法院审结涉恶案件4件。",
                  "山西省大同市阳高县")
    assert [(m.text, m.stance) for m in found] == [("县公安局", None), ("县法院", None)]


def test_a_shop_glued_to_its_kitchen_no_branch_in_a_clause_and_no_farm_within_a_zone(units):
    found = units("董干镇的兴达超市未落实进店测温登记，被通报批评；龙城街道的好味道肠粉店后厨防鼠设施缺失；禁养区内养殖场要全部清零。",
                  "云南省文山壮族苗族自治州麻栗坡县")
    assert [(m.text, m.stance) for m in found] == [
        ("董干镇", None), ("兴达超市", "criticized"), ("龙城街道", None), ("好味道肠粉店", "criticized")]


def test_brands_before_a_branch_named_by_its_road_or_mall(units):
    found = units("永和大王宝山万达店后厨“明厨亮灶”到位；老盛昌汤包江宁路店后厨整洁；解放街道的老乡鸡章贡路店餐具消毒记录缺失。",
                  "上海市静安区")
    assert [m.text for m in found] == ["永和大王宝山万达店", "老盛昌汤包江宁路店", "解放街道", "老乡鸡章贡路店"]


def test_townships_in_general_after_a_word_and_townships_named_with_xiangzhen(units):
    found = units("要求沿江乡镇每月开展一次排查；检查组到良乡镇、拱辰街道检查；对青山镇组织党员干部值守的做法给予肯定。",
                  "湖北省咸宁市崇阳县")
    assert [(m.text, m.canonical) for m in found] == [
        ("良乡镇", "崇阳县良乡镇"), ("拱辰街道", "崇阳县拱辰街道"), ("青山镇", "崇阳县青山镇")]
    assert [m.text for m in units("肥乡镇城区7个社区", "河北省邯郸市肥乡区")] == ["肥乡镇"]


def test_a_committee_for_a_system_it_puts_in_place_and_a_volunteer_patrol(units):
    found = units("兴山县全面推行河湖长制工作领导小组办公室（以下简称“县河长办”）通报；丰邑坪村组建志愿巡河队。", "湖北省宜昌市兴山县")
    assert [(m.text, m.canonical) for m in found] == [
        ("兴山县全面推行河湖长制工作领导小组办公室", "兴山县全面推行河湖长制工作领导小组办公室"),
        ("县河长办", "兴山县全面推行河湖长制工作领导小组办公室"), ("丰邑坪村", "兴山县丰邑坪村")]


def test_townships_the_gazetteer_once_wrote_with_their_county_and_the_last_place(units):
    found = units("第一名四马路街道，94.6分；第二名北市场街道；末位七马路街道，78.3分；12月31日前完成末位街道整改。",
                  "吉林省四平市铁东区")
    assert [(m.text, m.canonical) for m in found] == [
        ("四马路街道", "铁东区四马路街道"), ("北市场街道", "铁东区北市场街道"), ("七马路街道", "铁东区七马路街道")]


def test_sumu_and_towns_in_general_and_a_gacha_glued_to_a_verb(units):
    found = units("沿黄苏木镇要落实巡堤责任；黑榜：沙金套海苏木巴音乌拉嘎查房前屋后乱堆柴草12处。", "内蒙古自治区巴彦淖尔市磴口县")
    assert [(m.text, m.type) for m in found] == [("沙金套海苏木巴音乌拉嘎查", "community")]


def test_a_forest_police_brigade_a_dealers_office_a_dryer_and_numbered_high_schools(units):
    found = units("县林业局会同县公安局森林警察大队开展治理；常家镇的鑫源化工物资经销处超量储存危险化学品；科洛镇的兴旺粮食烘干厂"
                  "烘干塔周边堆放杂物；县一高食堂改造到位；在沿黄4个苏木镇设立防凌哨所17个；渡口镇哨所值守规范。", "河南省洛阳市汝阳县")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("县林业局", "汝阳县林业局", "government"), ("县公安局森林警察大队", "汝阳县公安局森林警察大队", "government"),
        ("常家镇", "汝阳县常家镇", "township"), ("鑫源化工物资经销处", "鑫源化工物资经销处", "enterprise"),
        ("科洛镇", "汝阳县科洛镇", "township"), ("兴旺粮食烘干厂", "兴旺粮食烘干厂", "enterprise"),
        ("县一高", "汝阳县第一高级中学", "school"), ("渡口镇", "汝阳县渡口镇", "township")]


def test_a_snack_shop_a_fishing_park_a_repair_shop_and_a_count_of_schools(units):
    found = units("南京东路街道的海派点心铺未分类投放湿垃圾；香城镇的碧水垂钓园未配备救生圈；半淞园路街道的迅捷电动车维修部在店内"
                  "集中充电；全县十所学校；八所镇坡寮村拆违清障彻底。", "上海市黄浦区")
    assert [(m.text, m.type) for m in found] == [
        ("南京东路街道", "township"), ("海派点心铺", "enterprise"), ("香城镇", "township"), ("碧水垂钓园", "enterprise"),
        ("半淞园路街道", "township"), ("迅捷电动车维修部", "enterprise"), ("八所镇坡寮村", "community")]


def test_a_lake_chief_a_group_joined_to_a_role_a_fire_safety_office_and_a_temple_fair(units):
    found = units("区委书记、区总湖长陈斌乘船巡查；组织护林员和半专业扑火队员160余人；市消安委办组织暗查组；会议对浚州街道提前完成"
                  "庙会区域消防通道清理予以通报表扬；市住建局对塘桥镇的顺发液化气供应点无证经营立案查处。", "湖北省鄂州市梁子湖区")
    assert [(m.text, m.canonical, m.stance) for m in found] == [
        ("陈斌", "陈斌", None), ("市消安委办", "鄂州市消防安全委员会办公室", None), ("浚州街道", "梁子湖区浚州街道", "praised"),
        ("市住建局", "鄂州市住房和城乡建设局", None), ("塘桥镇", "梁子湖区塘桥镇", None),
        ("顺发液化气供应点", "顺发液化气供应点", "criticized")]


def test_a_sand_pit_a_car_rental_a_grassland_station_and_things_that_are_no_units(units):
    found = units("五道江镇的宏达采砂场汛期违规采砂；东风镇的顺通汽车租赁部出租车辆未按期年检；县草原监理站会同县公安局检查；"
                  "甘德县召开虫草采挖管理工作总结会；对什川镇景区周边餐饮店开展检查；禁养区内养殖场要清零；"
                  "市食安委通报。", "青海省果洛藏族自治州甘德县")
    assert [(m.text, m.canonical, m.type) for m in found] == [
        ("五道江镇", "甘德县五道江镇", "township"), ("宏达采砂场", "宏达采砂场", "enterprise"),
        ("东风镇", "甘德县东风镇", "township"), ("顺通汽车租赁部", "顺通汽车租赁部", "enterprise"),
        ("县草原监理站", "甘德县草原监理站", "government"), ("县公安局", "甘德县公安局", "government"),
        ("什川镇", "甘德县什川镇", "township"), ("市食安委", "果洛藏族自治州食品安全委员会", "government")]


def test_a_sumu_named_in_seven_characters_and_cadres_of_a_township_and_its_villages(units):
    found = units("宝格达音高勒苏木以94.5分位列第一；夜查中，水阳镇镇村干部全部在岗，水阳镇新沟村秸秆离田。",
                  "内蒙古自治区锡林郭勒盟镶黄旗")
    assert [(m.text, m.type) for m in found] == [
        ("宝格达音高勒苏木", "township"), ("水阳镇", "township"), ("水阳镇新沟村", "community")]


def test_a_wine_shop_a_gas_depot_a_snack_shop_a_credit_union_and_kinds_of_place(units):
    found = units("土门镇的老窖坊酒行销售散装白酒；后龙镇的宏达液化气储配站报警器失效；珙县鑫达燃气有限公司储配站；禹王街道的好又来"
                  "零食店；永平县农村信用合作联社；对宾馆饭店和山区村开展排查；宝格达音高勒苏木组建牧民义务扑火队。",
                  "四川省宜宾市珙县")
    assert [m.text for m in found] == [
        "土门镇", "老窖坊酒行", "后龙镇", "宏达液化气储配站", "珙县鑫达燃气有限公司", "禹王街道", "好又来零食店",
        "永平县农村信用合作联社", "宝格达音高勒苏木"]


def test_a_name_before_a_verb_that_follows_names_and_groups_joined_to_a_role(units):
    found = units("县委书记王新民主持召开会议；对履职不力的河长严肃问责；该镇组织镇村干部和商户260余人。", "河南省新乡市原阳县")
    assert [(m.text, m.type) for m in found] == [("王新民", "person")]


def test_a_numbered_findings_enumerator_a_barbecue_stall_and_a_verb_jieba_does_not_know(units):
    found = units("一是福源宾馆未落实测温验码；三是康泰大药房未落实购药实名登记。各街道要盯紧农贸市场、冷链食品。允景洪街道的阿香烧烤摊"
                  "从业人员未持健康证；对城区夜市烧烤摊点开展整治；受到县攻坚办通报表扬。", "河南省驻马店市正阳县")
    assert [(m.text, m.canonical) for m in found] == [
        ("福源宾馆", "福源宾馆"), ("康泰大药房", "康泰大药房"), ("允景洪街道", "正阳县允景洪街道"), ("阿香烧烤摊", "阿香烧烤摊"),
        ("县攻坚办", "正阳县环境污染防治攻坚战领导小组办公室")]


def test_a_city_named_with_shi_twice_and_a_committee_that_sends_teams(units):
    found = units("津市市防汛抗旱指挥部通报；市防指要求；县防指先后派出工作组6个；▲区委书记高建国调研农贸市场创城工作。",
                  "湖南省常德市津市市")
    assert [(m.text, m.canonical) for m in found] == [
        ("津市市防汛抗旱指挥部", "津市市防汛抗旱指挥部"), ("市防指", "津市市防汛抗旱指挥部"),
        ("县防指", "津市市防汛抗旱指挥部"), ("高建国", "高建国")]


def test_a_forest_fire_headquarters_and_the_last_of_a_ranking(units):
    found = units("▲县森防指部署冬春森林草原防火工作\n第二名为太平庄乡；倒数第一名为西沙城乡，其辖区出现火点3处。", "河北省张家口市怀安县")
    assert [(m.text, m.canonical, m.stance) for m in found] == [
        # (no publish date: the command's present name)
        ("县森防指", "怀安县森林草原防灭火指挥部", None), ("太平庄乡", "怀安县太平庄乡", "praised"),
        ("西沙城乡", "怀安县西沙城乡", "criticized")]


def test_words_of_statistical_and_news_pages_that_are_no_units(units):
    # from real government pages: a body after 代表 is no person's name; 荣获 ends a name; 其中 opens none;
    # hospitalisation, a base station and listed companies are no units; a consulate, a survey office and the
    # central bank's branches are the state's bodies
    found = units("财政部部长金人庆代表国务院作说明。宜春代表团荣获金牌133枚。其中城镇为31.2%。孙启勤正在海安住院。"
                  "年末移动电话基站数31.4万个，上市公司77家，港澳台商投资企业增长6.9%。中国驻圣保罗总领馆副总领事出席。"
                  "国家统计局宜春调查队、人民银行宜春市中心支行提供数据。")
    assert [(m.text, m.type, m.title) for m in found] == [
        ("金人庆", "person", "财政部部长"), ("国务院", "government", None), ("宜春代表团", "government", None),
        ("圣保罗总领馆", "government", None), ("国家统计局宜春调查队", "government", None),
        ("人民银行宜春市中心支行", "government", None)]


def test_a_one_character_county_streets_of_a_town_and_a_school_before_its_leaders(units):
    found = units("文县防汛抗旱指挥部召开会议；县实验小学校领导陪餐记录完整；对镇区主次街道开展整治，镇党委书记带队；"
                  "组织防汛防台演练2场；绿野农家乐在林缘空地烧烤。", "甘肃省陇南市文县")
    assert [(m.text, m.canonical) for m in found] == [
        ("文县防汛抗旱指挥部", "文县防汛抗旱指挥部"), ("县实验小学", "文县实验小学"), ("绿野农家乐", "绿野农家乐")]


def test_a_bureau_of_water_and_lakes_teams_counted_a_resort_and_a_companys_quarry(units):
    found = units("区水务和湖泊局出动抢险队员1200余人；罗龙街道组建河道保洁队6支；料甸街道红星村村屯环境整洁；草原明珠度假村；"
                  "◆大纵湖镇整治集镇农贸市场；平果鑫磊石材有限公司采石场边坡未按设计开采；12栋自建房漏报。", "湖北省武汉市黄陂区")
    assert [(m.text, m.type) for m in found] == [
        ("区水务和湖泊局", "government"), ("罗龙街道", "township"), ("料甸街道红星村", "community"),
        ("草原明珠度假村", "enterprise"), ("大纵湖镇", "township"), ("平果鑫磊石材有限公司", "enterprise")]


def test_a_body_listed_without_its_level_a_villages_crew_and_a_preposition_glued_to_a_brand(units):
    found = units("县公安局、交通运输局参加；县委宣传部、组织部参加；3．大黑山村扑火队灭火器材未配齐；"
                  "县安监局对金福源酒业有限公司立案查处；区消防救援大队对鑫盛源洗浴中心罚款1.5万元。", "广西壮族自治区贵港市平南县")
    assert [(m.text, m.canonical) for m in found] == [
        ("县公安局", "平南县公安局"), ("交通运输局", "平南县交通运输局"), ("县委宣传部", "平南县委宣传部"),
        ("组织部", "平南县委组织部"), ("大黑山村", "平南县大黑山村"), ("县安监局", "平南县安全生产监督管理局"),
        ("金福源酒业有限公司", "金福源酒业有限公司"), ("区消防救援大队", "区消防救援大队"), ("鑫盛源洗浴中心", "鑫盛源洗浴中心")]


def test_invited_guests_crews_counted_checkpoints_set_up_and_shops_spilling_out(units):
    found = units("市投资促进局负责人应邀出席；陶家河乡2支驻村工作队在岗率偏低；设置禁烧检查站38个；"
                  "规范出店经营商户八十余户；张山乡辖区垃圾中转站满溢；督导“百县千镇万村高质量发展工程”。", "云南省昆明市宜良县")
    assert [m.text for m in found] == ["市投资促进局", "陶家河乡"]


def test_a_verb_phrase_glued_a_brand_after_a_city_an_unpaid_wages_office_and_towns_in_general(units):
    found = units("区市场监管局依法取缔阿福小吃店；区林业和草原局对黑河市兴林木业有限公司罚款3000元；区根治欠薪办通报；"
                  "春节期间各沿江镇每天开展一次夜间巡查；天涯小学校园内无积水容器。", "黑龙江省黑河市爱辉区")
    assert [(m.text, m.canonical) for m in found] == [
        ("区市场监管局", "爱辉区市场监督管理局"), ("阿福小吃店", "阿福小吃店"), ("区林业和草原局", "爱辉区林业和草原局"),
        ("黑河市兴林木业有限公司", "黑河市兴林木业有限公司"), ("区根治欠薪办", "爱辉区根治拖欠农民工工资工作领导小组办公室"),
        ("天涯小学", "天涯小学")]


def test_a_slogan_of_cadres_assigned_to_townships_and_villages_and_meat_wholesalers_in_general(units):
    found = units("周家镇实行“区干部包乡、乡干部包村”网格化管理；对全旗超市、肉类批发部和餐馆开展检查。", "黑龙江省哈尔滨市双城区")
    assert [m.text for m in found] == ["周家镇"]


def test_townships_and_streets_in_general_and_large_supermarkets(units):
    found = units("区卫健局对各镇乡街道开展暗访；春节期间对大型超市每周检查不少于2次。", "浙江省金华市金东区")
    assert [m.text for m in found] == ["区卫健局"]


def test_a_ski_resort_and_a_street_that_puts_grid_management_in_place(units):
    found = units("狮子沟乡的崇礼银河滑雪场1条索道未取得年度检验报告。\n◆名山街道落实社区网格化管控", "河北省张家口市崇礼区")
    assert [(m.text, m.type) for m in found] == [("狮子沟乡", "township"), ("崇礼银河滑雪场", "enterprise"),
                                                ("名山街道", "township")]


def test_what_was_found_at_a_village_in_brackets_after_its_name(units):
    found = units("黑榜：竹园镇海田村（村内塘口漂浮垃圾约3吨）、后所镇阿岗村（旱厕5座未改造）。富源县第二小学（警务亭）。")
    assert [(m.text, m.stance) for m in found] == [
        ("竹园镇海田村", "criticized"), ("后所镇阿岗村", "criticized"), ("富源县第二小学（警务亭）", None)]


def test_a_business_named_by_a_brand_after_a_townships_de_and_named_again(units):
    found = units("巴音宝力格镇的草原鑫盛牛羊肉店销售的羊肉无法提供检疫证；红沙社区的渔港老船长海鲜餐厅后厨生熟不分。"
                  "12月29日，旗市场监管局对草原鑫盛牛羊肉店罚款6000元。", "内蒙古自治区锡林郭勒盟西乌珠穆沁旗")
    assert [m.text for m in found] == ["巴音宝力格镇", "草原鑫盛牛羊肉店", "红沙社区", "渔港老船长海鲜餐厅",
                                       "旗市场监管局", "草原鑫盛牛羊肉店"]


def test_a_kind_of_business_after_a_townships_de_is_no_name(units):
    found = units("城关镇的冷冻食品批发部未建台账；红星村的生猪养殖场废水直排。", "河北省保定市阜平县")
    assert [m.text for m in found] == ["城关镇", "红星村"]


def test_an_autonomous_prefectures_offices_glued_to_the_verb_before_them(units):
    found = units("古木镇做法获州河长办推广；开化街道台账被州安委办作为经验推广；同州农贸市场无人保洁。",
                  "云南省文山壮族苗族自治州文山市")
    assert [(m.text, m.canonical) for m in found] == [
        ("古木镇", "文山市古木镇"), ("州河长办", "文山壮族苗族自治州河长制办公室"), ("开化街道", "文山市开化街道"),
        ("州安委办", "文山壮族苗族自治州安全生产委员会办公室"), ("同州农贸市场", "同州农贸市场")]


def test_a_prefectures_bureaus_branch_named_by_the_county_a_date_and_a_particle_glued_to_names(units):
    found = units("盐城市公安局亭湖分局打掉涉恶犯罪团伙7个。12月28日至1月10日由区农村人居环境整治工作领导小组办公室"
                  "牵头；1月30日，区市场监管局约谈了鑫隆超市负责人。", "江苏省盐城市亭湖区")
    assert [(m.text, m.canonical) for m in found] == [
        ("盐城市公安局亭湖分局", "盐城市公安局亭湖分局"),
        ("区农村人居环境整治工作领导小组办公室", "亭湖区农村人居环境整治工作领导小组办公室"),
        ("区市场监管局", "亭湖区市场监督管理局"), ("鑫隆超市", "鑫隆超市")]


def test_forest_fire_and_typhoon_offices_and_names_after_a_date_or_a_glued_wei(units):
    found = units("红旗村村屯周边堆放秸秆二十余垛，受到区森防办肯定；区三防指挥部启动Ⅳ级应急响应，区三防指通报。"
                  "区森防办已于1月4日向石角镇下达督办单。得分前三名依次为区实验小学、源潭镇中心小学。", "广东省清远市清城区")
    assert [(m.text, m.canonical) for m in found] == [
        # (no publish date: the forest fire office's present name, in 广东 森林防灭火)
        ("红旗村", "清城区红旗村"), ("区森防办", "清城区森林防灭火指挥部办公室"), ("区三防指挥部", "清城区防汛防旱防风指挥部"),
        ("区三防指", "清城区防汛防旱防风指挥部"), ("区森防办", "清城区森林防灭火指挥部办公室"), ("石角镇", "清城区石角镇"),
        ("区实验小学", "清城区实验小学"), ("源潭镇中心小学", "清城区源潭镇中心小学")]


def test_a_command_posts_short_name_after_its_full_name_and_a_communitys_own_river_chief(units):
    found = units("清新区森林防灭火指挥部设置防火卡点186个；浸潭镇发生1起火情，区森防指已约谈浸潭镇。"
                  "太和镇溪南社区社区河长巡河记录缺失。", "广东省清远市清新区")
    assert [(m.text, m.canonical) for m in found] == [
        ("清新区森林防灭火指挥部", "清新区森林防灭火指挥部"), ("浸潭镇", "清新区浸潭镇"),
        ("区森防指", "清新区森林防灭火指挥部"), ("浸潭镇", "清新区浸潭镇"), ("太和镇溪南社区", "清新区太和镇溪南社区")]


def test_a_tibetan_name_whose_first_half_is_a_word_and_prepositions_glued_to_brands(units):
    found = units("县长洛桑旦增带领县应急管理局检查。县市场监管局已向豫香烩面馆下达整改通知书；县应急管理局对华宇羽绒制品有限公司"
                  "罚款2万元；受到县三防办通报表扬。", "西藏自治区昌都市边坝县")
    assert [(m.text, m.canonical) for m in found] == [
        ("洛桑旦增", "洛桑旦增"), ("县应急管理局", "边坝县应急管理局"), ("县市场监管局", "边坝县市场监督管理局"),
        ("豫香烩面馆", "豫香烩面馆"), ("县应急管理局", "边坝县应急管理局"), ("华宇羽绒制品有限公司", "华宇羽绒制品有限公司"),
        ("县三防办", "边坝县防汛防旱防风指挥部办公室")]


def test_a_name_before_a_verb_that_opens_a_word_with_its_last_character_and_a_villages_office(units):
    found = units("◆副区长刘振东部署下阶段工作。英下乡英下村村部周边垃圾堆积。", "河北省秦皇岛市北戴河区")
    assert [(m.text, m.type) for m in found] == [("刘振东", "person"), ("英下乡英下村", "community")]


def test_an_office_named_by_its_task_after_shou_dao_or_bao_song(units):
    found = units("各乡镇组织群众清理垃圾，受到县虫草办通报表扬；整改情况报送县疫情防控办。", "西藏自治区昌都市察雅县")
    assert [m.text for m in found] == ["县虫草办", "县疫情防控办"]


def test_a_business_after_one_township_opening_a_finding_is_named_whatever_its_brand_is_made_of(units):
    found = units("检查发现：1．油坊镇的丰收农机专业合作社未配备秸秆粉碎机具；二是东山街道的时尚发型屋从业人员未持健康证；"
                  "贾沙乡的锡都矿业有限公司尾矿库监测系统未运行。", "河南省信阳市潢川县")
    assert [m.text for m in found if m.type == "enterprise"] == ["丰收农机专业合作社", "时尚发型屋", "锡都矿业有限公司"]
    # townships listed, a business counted, and businesses listed are kinds, not names
    found = units("检查组对太平镇、闵孝镇的牛肉面馆开展检查；位于刘府镇的一家加油站消防器材过期；城关镇的冷冻食品批发部未建台账。",
                  "河南省信阳市潢川县")
    assert [m.type for m in found] == ["township"] * 4


def test_a_business_whose_first_ending_is_not_its_last_and_a_districts_police_branch(units):
    found = units("检查发现：\n二、王屋镇的天坛山庄农家乐在林区边缘违规焚烧垃圾；仁和镇的阿兴米线馆后厨无防蝇设施。"
                  "区公安分局开展夜查。", "山西省长治市上党区")
    assert [(m.text, m.canonical) for m in found if m.type != "township"] == [
        ("天坛山庄农家乐", "天坛山庄农家乐"), ("阿兴米线馆", "阿兴米线馆"), ("区公安分局", "长治市公安局上党分局")]
    # a facility of the business and the ending again are not part of its name
    found = units("；城关镇的宏建混凝土有限公司料场未封闭；大营镇的老张家熏肉大饼店店外经营。", "山西省长治市上党区")
    assert [m.text for m in found if m.type == "enterprise"] == ["宏建混凝土有限公司", "老张家熏肉大饼店"]


def test_a_typhoon_commands_short_name_is_named_in_full_unless_the_story_wrote_its_own(units):
    found = units("区三防指要求各镇做好防御；区三防办通报表扬。", "广东省阳江市江城区")
    assert [m.canonical for m in found] == ["江城区防汛防旱防风指挥部", "江城区防汛防旱防风指挥部办公室"]
    found = units("武江区三防指挥部办公室发出通知，区三防指挥部启动应急响应；清城区三防指挥部。", "广东省韶关市武江区")
    assert [m.canonical for m in found] == ["武江区三防指挥部办公室", "武江区三防指挥部", "清城区三防指挥部"]
    assert [m.canonical for m in units("区三防指挥部启动应急响应。", "海南省三亚市天涯区")] == ["天涯区防风防汛防旱指挥部"]


def test_the_flood_commands_office_by_its_short_name_and_other_offices_ending_alike(units):
    found = units("区防办会同区水利局开展检查，整改情况报送区防办。区人防办开展演练。", "河南省新乡市牧野区")
    assert [(m.text, m.canonical) for m in found] == [
        ("区防办", "牧野区防汛抗旱指挥部办公室"), ("区水利局", "牧野区水利局"), ("区防办", "牧野区防汛抗旱指挥部办公室"),
        ("区人防办", "牧野区人防办")]


def test_a_community_after_its_street_named_with_he_and_a_street_opening_an_item_with_a_common_noun(units):
    found = units("；3．人民路街道和美社区楼道内堆放杂物；三是天井湖街道五松社区河道保洁不到位。", "安徽省铜陵市铜官区")
    assert [m.text for m in found] == ["人民路街道和美社区", "天井湖街道五松社区"]


def test_clubs_cinemas_and_card_rooms_are_businesses_named_after_a_township(units):
    found = units("；3．中南街道的星光娱乐会所安全出口锁闭；二是西兴街道的星悦影城疏散通道堵塞；潭西街道的鑫达棋牌室违规营业。",
                  "安徽省芜湖市弋江区")
    assert [(m.text, m.type) for m in found if m.type != "township"] == [
        ("星光娱乐会所", "enterprise"), ("星悦影城", "enterprise"), ("鑫达棋牌室", "enterprise")]


def test_more_kinds_of_business_and_a_body_word_opening_a_business_at_a_findings_opening(units):
    found = units("；山口乡的长丰砂场违规取土；/3．西城街道的好味道麻辣烫从业人员未持健康证；大寨街道的农科宾馆消毒记录不全；"
                  "六台街道的中石化六台加油站静电接地装置损坏；开心小卖部、香香麻辣烫店被立案查处；好运来超市仓库堆放杂物。",
                  "河南省郑州市惠济区")
    assert [m.text for m in found if m.type == "enterprise"] == [
        "长丰砂场", "好味道麻辣烫", "农科宾馆", "中石化六台加油站", "开心小卖部", "香香麻辣烫店", "好运来超市"]


def test_a_party_committees_law_commission_is_kept_short_as_its_discipline_commission_is(units):
    found = units("区委政法委牵头召开会议，区纪委监委列席。", "山东省潍坊市奎文区")
    assert [(m.text, m.canonical) for m in found] == [("区委政法委", "奎文区委政法委"), ("区纪委监委", "奎文区纪委监委")]


def test_a_long_short_name_after_a_full_name_holding_its_characters_and_last_word(units):
    found = units("记者从柳南区新冠肺炎疫情防控工作指挥部获悉。区疫情防控指挥部派出督查组开展暗访。", "广西壮族自治区柳州市柳南区")
    assert [m.canonical for m in found] == ["柳南区新冠肺炎疫情防控工作指挥部"] * 2
    assert [m.canonical for m in units("区疫情防控指挥部派出督查组。", "广西壮族自治区柳州市柳南区")] == ["柳南区疫情防控指挥部"]


def test_a_community_where_a_drill_is_held_an_office_for_fire_safety_and_a_branch_after_hui_tong(units):
    found = units("12月10日，区消安委办会同深圳市公安局坪山分局开展检查。12月27日，坑梓街道在秀新社区组织疏散演练。"
                  "暗访发现，南岗街道辖区南岗河沿岸堆放建筑垃圾约95立方米。", "广东省深圳市坪山区")
    assert [(m.text, m.stance) for m in found] == [
        ("区消安委办", None), ("深圳市公安局坪山分局", None), ("坑梓街道", None), ("秀新社区", None), ("南岗街道", "criticized")]


def test_a_community_opening_a_finding_before_its_area_but_not_communities_checked_and_counted(units):
    found = units("检查发现的主要问题：湾坡社区辖区3家海鲜排档未公示；抽查社区12个。", "海南省三亚市海棠区")
    assert [(m.text, m.stance) for m in found] == [("湾坡社区", "criticized")]


def test_kinds_of_business_and_words_that_name_none(units):
    found = units("天缘农家乐违规使用明火烧烤；关停采石场2个；对保供超市、螺蛳粉店、卤味店开展督查；检查液化气储配站9个、排涝泵站6座。",
                  "河南省郑州市惠济区")
    assert [m.text for m in found] == ["天缘农家乐"]


def test_a_command_named_by_its_kind_alone_after_its_full_name_and_a_department_store(units):
    found = units("克拉玛依区新冠肺炎疫情防控工作指挥部召开会议。区指挥部要求：检查中发现，南阳街道的兴隆百货未落实测温登记。",
                  "新疆维吾尔自治区克拉玛依市克拉玛依区")
    assert [m.canonical for m in found] == ["克拉玛依区新冠肺炎疫情防控工作指挥部", "克拉玛依区新冠肺炎疫情防控工作指挥部",
                                            "克拉玛依区南阳街道", "兴隆百货"]


def test_a_community_opening_a_headline_or_its_work_and_a_verb_after_a_title_is_no_name(units):
    found = units("▲舥艚社区开展渔船冬季安全大检查。◆区长督导燃气安全工作。", "浙江省温州市龙港市")
    assert [(m.text, m.type) for m in found] == [("舥艚社区", "community")]


def test_a_rankings_group_before_a_township_and_a_verb_inside_a_communitys_name(units):
    found = units("测评结果：集镇组富村镇得分93.7分，位列第一；社区组中安街道倒水湾社区位列末位。")
    assert [(m.text, m.canonical) for m in found] == [
        ("富村镇", "富源县富村镇"), ("中安街道倒水湾社区", "富源县中安街道倒水湾社区")]
    # (the levels after a verb name no village: 组织|镇|村干部)
    assert [m.text for m in units("富村镇组织镇村干部、网格员九十余人入户宣传。")] == ["富村镇"]


def test_a_name_before_will_a_surname_of_yunnan_and_the_parts_of_a_hospital(units):
    found = units("县委副书记、县长周光明将对富村镇主要负责人进行约谈。副县长字春梅要求，6月30日前完成。")
    assert [(m.text, m.type) for m in found] == [("周光明", "person"), ("富村镇", "township"), ("字春梅", "person")]
    assert [m.text for m in units("县中医院住院部未安装纱窗纱门。")] == ["县中医院"]
    found = units("县中医院预检分诊处未严格落实测温制度。县职教中心开展演练。")
    assert [(m.text, m.canonical) for m in found] == [
        ("县中医院", "富源县中医医院"), ("县职教中心", "富源县职业教育中心")]


def test_no_name_after_a_role_before_its_punishment_or_a_county_body(units):
    assert [m.text for m in units("全县给予23名党员干部党纪政务处分。")] == []
    found = units("考核排名靠后的乡镇主要负责人向县委、县政府作出书面说明。")
    assert [(m.text, m.type) for m in found] == [("县委", "party"), ("县政府", "government")]


def test_a_name_of_three_before_will_a_surname_of_anhui_and_county_bodies_of_2017(units):
    found = units("县委副书记朱国良将对富村镇主要负责人进行约谈，副县长檀红霞主持会议。县卫生计生委会同县血防站开展查螺。")
    assert [(m.text, m.canonical) for m in found] == [
        ("朱国良", "朱国良"), ("富村镇", "富源县富村镇"), ("檀红霞", "檀红霞"),
        ("县卫生计生委", "富源县卫生和计划生育委员会"), ("县血防站", "富源县血吸虫病防治站")]


def test_jiangsus_flood_command_and_generic_seafood_stalls(units):
    found = units("县防指发布防汛Ⅳ级应急响应。", "江苏省宿迁市泗洪县")
    assert [(m.text, m.canonical) for m in found] == [("县防指", "泗洪县防汛防旱指挥部")]
    assert [m.text for m in units("对全县海鲜排档、水产品批发市场开展检查。")] == []
    assert [m.text for m in units("方集镇卫生院预检分诊台无人值守。")] == ["方集镇卫生院"]


def test_a_numeral_opens_no_name_without_a_surname(units):
    found = units("龙街镇有3名村级河长三季度未按要求巡河。", "云南省大理白族自治州永平县")
    assert [(m.text, m.type) for m in found] == [("龙街镇", "township")]


def test_a_name_before_already_on(units):
    found = units("县委副书记周明亮已于1月6日约谈其主要负责人。")
    assert [(m.text, m.title) for m in found] == [("周明亮", "县委副书记")]


def test_a_dai_surname(units):
    assert [(m.text, m.type) for m in units("县委副书记、县长刀庆华出席并讲话。")] == [("刀庆华", "person")]


def test_the_places_a_role_answers_for_are_no_names(units):
    assert [m.text for m in units("推行“镇干部包村、村干部包组、党员包户”责任制。")] == []


def test_a_county_library_a_duck_farm_a_village_before_its_committees_and_a_drug_squad(units):
    found = units("县图书馆组建志愿服务队。", "河北省沧州市盐山县")
    assert [(m.text, m.canonical, m.type) for m in found] == [("县图书馆", "盐山县图书馆", "government")]
    found = units("城厢镇的绿源养鸭场在河道管理范围内违规养殖。", "江西省九江市德安县")
    assert [(m.text, m.type) for m in found] == [("城厢镇", "township"), ("绿源养鸭场", "enterprise")]
    found = units("塘山乡红星村村“两委”成员对扫黑除恶工作知晓率低。", "江西省九江市德安县")
    assert [(m.text, m.canonical) for m in found] == [("塘山乡红星村", "德安县塘山乡红星村")]
    found = units("县禁毒办会同县公安局禁毒大队开展检查。", "黑龙江省绥化市兰西县")
    assert [m.canonical for m in found] == ["兰西县禁毒委员会办公室", "兰西县公安局禁毒大队"]


def test_a_special_district_names_its_bodies_with_tequ(units):
    found = units("特区创卫办会同特区卫计局开展检查，特区委、特区政府主要领导带队，特区人民医院被通报。", "贵州省六盘水市六枝特区")
    assert [(m.text, m.canonical) for m in found] == [
        ("特区创卫办", "六枝特区创建国家卫生县城工作领导小组办公室"), ("特区卫计局", "六枝特区卫生和计划生育局"),
        ("特区委", "六枝特区委"), ("特区政府", "六枝特区人民政府"), ("特区人民医院", "六枝特区人民医院")]
    assert [m.text for m in units("深圳经济特区建立四十周年。", "广东省深圳市福田区")] == []


def test_no_name_after_a_role_gauging_stations_and_a_season_opening_no_business(units):
    found = units("富恒乡石坪村村级河长无巡河记录。", "云南省大理白族自治州漾濞彝族自治县")
    assert [m.text for m in found] == ["富恒乡石坪村"]
    assert [m.text for m in units("绰尔河两家子水文站水位最高涨至221.6米，博阳河梓坊站水位一度涨至27.6米。")] == []
    assert [m.text for m in units("全区开展岁末年初小吃经营户食品安全大排查，部署岁末年初苹果冷库安全整治。")] == []
    found = units("市文明办会同市公安局交通警察大队组织志愿者。", "湖南省邵阳市邵东市")
    assert [m.canonical for m in found] == ["邵东市精神文明建设指导委员会办公室", "邵东市公安局交通警察大队"]


def test_a_school_before_its_chemistry_laboratory(units):
    found = units("县第二中学化学实验室危险化学品未落实双人双锁管理。", "河北省邢台市临西县")
    assert [(m.text, m.canonical) for m in found] == [("县第二中学", "临西县第二中学")]


def test_village_committees_lighting_a_fire_a_trend_and_the_town_area_name_no_unit(units):
    assert [m.text for m in units("村两委成员对专项斗争应知应会掌握不够。")] == []
    found = units("太行人家农家院在林缘违规生火烧烤，被市林业局罚款。", "河南省安阳市林州市")
    assert [m.text for m in found] == ["太行人家农家院", "市林业局"]
    assert [m.text for m in units("对辖区冷库和网红食品店开展专项检查，对镇区民宿客栈开展消防安全整治。")] == []


@pytest.mark.parametrize("text, expected", [
    # jieba's 中学校长 and 小学校长 are cut at the school's head: with no name after the role, the school is the unit
    # spoken of, as 宋杖子镇中心小学|校长 was
    ("县第一中学校长被约谈。", [("县第一中学", "school")]),
    ("县实验小学校长陪餐记录完整，予以通报表扬。", [("县实验小学", "school")]),
    ("县委书记李明带队检查。", [("李明", "person")]),  # (a party committee stays in its secretary's title)
])
def test_a_school_or_hospital_jieba_joined_to_its_head_s_title_is_named_before_it(units, text, expected) -> None:
    assert [(m.text, m.type) for m in units(text, CONTEXT)] == expected


@pytest.mark.parametrize("text, expected", [
    ("县人民医院院长带队检查。", [("县人民医院", "hospital")]),
    ("县水利局局长带队检查。", [("县水利局", "government")]),
])
def test_a_body_before_its_head_s_role_leading_a_check_is_the_unit_spoken_of(units, text, expected) -> None:
    # 带队, which jieba tags a noun, is what the role does, no name
    assert [(m.text, m.type) for m in units(text, CONTEXT)] == expected


@pytest.mark.parametrize("verb", ["获评", "荣获", "获得"])
def test_the_last_name_listed_after_a_titled_person_ends_before_an_honour_won(units, verb) -> None:
    found = units(f"桃洪镇龙山社区网格员李小红、周佳佳{verb}“优秀网格员”称号。", "湖南省邵阳市隆回县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("李小红", "网格员"), ("周佳佳", None)]


@pytest.mark.parametrize("name, kind", [
    ("上海市养老服务协会综合事务部", "social_org"),
    ("县人民医院医务科", "hospital"),
    ("富源县鑫源商贸有限公司安全生产科", "enterprise"),
    ("云南大学学生处", "school"),
    ("中建八局第二建设有限公司肥城市人民医院新院区项目部", "enterprise"),  # (a project office: its own ending)
    ("县卫健局疾控科", "government"),
    ("县委宣传部", "party"),
])
def test_a_department_of_an_association_company_school_or_hospital_is_of_its_kind(name, kind) -> None:
    assert unit_type(name) == kind


def test_a_community_named_by_what_it_lies_in_front_of(units) -> None:
    text = "社区组后两名为北关社区、站前社区。湖前社区发动党员组建护河队。会前社区干部集中学习。"
    assert [m.text for m in units(text, "浙江省温州市龙港市")] == ["北关社区", "站前社区", "湖前社区"]


def test_a_township_named_by_one_character_where_a_clause_opens(units) -> None:
    # the gazetteer's 道镇 of 甘泉县: found after punctuation or a function character, but not inside 街道镇村
    text = "下寺湾镇以93.6分位列第一，道镇位列第二；县河长办向道镇下发督办单。各街道镇村开展清理。"
    found = units(text, "陕西省延安市甘泉县")
    assert [(m.text, m.canonical) for m in found if m.type == "township"] == [
        ("下寺湾镇", "甘泉县下寺湾镇"), ("道镇", "甘泉县道镇"), ("道镇", "甘泉县道镇")]


@pytest.mark.parametrize("text, name", [
    ("黑榜：桓仁镇的兴盛早市散市后垃圾未及时清运。", "兴盛早市"),
    ("老庙镇的庆丰果品收购点烂果随意倾倒，被责令整改。", "庆丰果品收购点"),
    ("那曲镇的雪域牛羊屠宰点随意丢弃牛羊病变内脏，被立案查处。", "雪域牛羊屠宰点"),
    ("上垟镇的瓯窑青瓷工作室用胶管串接5只钢瓶。", "瓯窑青瓷工作室"),
    ("位列第一；佳和购物中心冷链食品“四证”查验规范。", "佳和购物中心"),
])
def test_markets_buying_points_slaughter_points_and_studios_are_businesses(units, text, name) -> None:
    assert (name, "enterprise") in [(m.text, m.type) for m in units(text, CONTEXT)]


def test_a_slaughter_point_set_up_in_secret_is_no_name(units) -> None:
    assert units("个别村民在自家院内私设屠宰点，村“两委”排查不到位。", CONTEXT) == []


def test_a_body_named_by_what_it_protects_and_its_alias(units) -> None:
    # 保护 names the bureau (…流域保护管理局), as 执法 names a 大队: the alias defined after it takes its full name
    text = "洱源县洱海流域保护管理局（以下简称“县洱保局”）通报检查情况。8月，县洱保局会同州生态环境局开展检查。"
    found = units(text, "云南省大理白族自治州洱源县")
    assert [(m.text, m.canonical) for m in found][:3] == [
        ("洱源县洱海流域保护管理局", "洱源县洱海流域保护管理局"), ("县洱保局", "洱源县洱海流域保护管理局"),
        ("县洱保局", "洱源县洱海流域保护管理局")]


@pytest.mark.parametrize("text, canonical", [
    ("县市场监管局会同县文广旅局开展检查。", "乐亭县文化广电和旅游局"),
    ("县环保局会同县工信委开展检查。", "乐亭县工业和信息化委员会"),
])
def test_bureaus_of_culture_and_tourism_and_commissions_of_industry_by_their_short_names(units, text, canonical):
    assert canonical in [m.canonical for m in units(text, "河北省唐山市乐亭县")]


def test_a_banners_townships_a_bureau_of_culture_and_press_and_a_dotted_name_before_dui(units):
    found = units("黑榜：呼和诺尔镇辖区2个防火检查站无人值守；鄂温克民族苏木哈吉嘎查牧民焚烧垃圾。", "内蒙古自治区呼伦贝尔市陈巴尔虎旗")
    assert [(m.text, m.canonical) for m in found] == [
        ("呼和诺尔镇", "陈巴尔虎旗呼和诺尔镇"), ("鄂温克民族苏木哈吉嘎查", "陈巴尔虎旗鄂温克民族苏木哈吉嘎查")]
    found = units("市文广新旅局会同市消防救援大队开展检查。", "江西省赣州市瑞金市")
    assert found[0].canonical == "瑞金市文化广电新闻出版旅游局"
    found = units("县委副书记、县长叶尔兰·努尔别克对考评结果作出批示。", "新疆维吾尔自治区伊犁哈萨克自治州巩留县")
    assert [m.text for m in found] == ["叶尔兰·努尔别克"]
    found = units("黑榜：向阳镇场镇农贸市场周边占道经营问题突出。", "四川省德阳市广汉市")
    assert [(m.text, m.stance) for m in found] == [("向阳镇", "criticized")]


def test_a_sand_washing_yard_and_the_lowest_breteau_index_praised(units):
    found = units("合漳乡的宏达洗沙场在河道内违规堆放砂石。可塘镇布雷图指数全县最低。", "河北省邯郸市涉县")
    assert [(m.text, m.type, m.stance) for m in found] == [
        ("合漳乡", "township", None), ("宏达洗沙场", "enterprise", "criticized"), ("可塘镇", "township", "praised")]


def test_a_bureau_of_herding_and_farming_the_city_s_bodies_after_he_and_seasons_and_kinds_of_noodle_shops(units):
    found = units("▲县农牧农村局开展犬只集中驱虫", "四川省甘孜藏族自治州色达县")
    assert [m.canonical for m in found] == ["色达县农牧农村局"]
    assert [m.text for m in units("各镇（街道）主要负责人和市直有关单位负责人参加。", "湖南省永州市祁阳市")] == []
    assert [m.text for m in units("关于旅游旺季民宿和餐饮场所安全生产督查情况的通报；对臊子面馆每月开展一次抽检。")] == []
    assert [m.text for m in units("缴获毒品约1.2公斤，管控社区戒毒康复人员一百四十余名。", "吉林省白山市江源区")] == []


def test_village_cooks_service_centres_are_a_kind(units):
    assert [m.text for m in units("古驿镇建成乡厨服务中心6个。", "湖北省襄阳市襄州区")] == ["古驿镇"]


def test_a_joss_stick_shop_and_a_district_school_before_its_canteen(units):
    found = units("南岳镇的福寿香烛店向进山游客销售鞭炮；区实验学校食堂实行校长陪餐制度。", "湖南省衡阳市南岳区")
    assert [(m.text, m.canonical) for m in found] == [
        ("南岳镇", "南岳区南岳镇"), ("福寿香烛店", "福寿香烛店"), ("区实验学校", "南岳区实验学校")]
    # a township's schools in general: the township is the unit
    assert [m.text for m in units("冠市镇学校食堂落实校长陪餐制度。", "湖南省衡阳市衡南县")] == ["冠市镇"]


def test_the_communities_hotels_and_markets_of_an_area_or_a_season_are_no_names(units):
    assert [m.text for m in units("犀浦镇在辖区社区开展“食品安全进社区”宣传。", "四川省成都市郫都区")] == ["犀浦镇"]
    assert [m.text for m in units("区卫计局对辖区宾馆酒店、餐饮单位开展检查。", "福建省三明市三元区")] == ["区卫计局"]
    assert [m.text for m in units("▲市领导检查冬春季农贸市场疫情防控工作", "江西省宜春市樟树市")] == []


@pytest.mark.parametrize(("published", "canonical"), [
    (date(2018, 5, 1), "资阳区公安消防大队"), (date(2019, 5, 1), "资阳区消防大队"), (None, "资阳区消防大队")])
def test_a_county_s_fire_brigade_before_2019_is_the_police_one(tokenizer, published, canonical):
    found = extract_units("区消防大队对辖区企业开展检查。", "湖南省益阳市资阳区", tokenizer=tokenizer, published=published)
    assert [m.canonical for m in found] == [canonical]


def test_every_township_s_government_in_a_list_opened_by_ge_and_flooded_streets(units):
    assert [m.text for m in units("各街道办事处、镇人民政府，区直有关单位：", "湖南省长沙市岳麓区")] == []
    assert [m.text for m in units("各乡、镇人民政府，各社区服务中心：", "贵州省毕节市七星关区")] == []
    found = units("白果镇组织干部群众清运淤泥约1.2万吨，受淹街道率先恢复通行。", "四川省成都市金堂县")
    assert [m.text for m in found] == ["白果镇"]


@pytest.mark.parametrize("shop", ["福满园饼屋", "老衡州卤菜店", "华锦服饰广场"])
def test_a_cake_shop_a_braised_food_shop_and_a_clothing_mall(units, shop):
    found = units(f"青山街道的{shop}无防蝇设施，被责令整改。", "湖南省衡阳市石鼓区")
    assert [(m.text, m.type) for m in found] == [("青山街道", "township"), (shop, "enterprise")]


def test_a_pit_dug_illegally_and_kinds_of_fur_and_frozen_food_markets(units):
    found = units("步头镇白沙村村民私挖滥采锡矿，村干部制止不力。", "广西壮族自治区贺州市八步区")
    assert [(m.text, m.stance) for m in found] == [("步头镇白沙村", "criticized")]
    text = "对全市危险化学品企业、皮草商城和人员密集场所开展检查；对城区冷库和冻品批发市场开展夜查。"
    assert [m.text for m in units(text, "辽宁省辽阳市灯塔市")] == []


def test_the_self_built_housing_office(units):
    found = units("区自建房整治办组成2个暗访组对各乡镇开展暗访。", "湖南省郴州市北湖区")
    assert [m.canonical for m in found] == ["北湖区自建房安全专项整治工作领导小组办公室"]


def test_markets_named_by_two_characters_where_a_finding_opens(units):
    text = "主要问题：一是楚都农贸市场水产区地面积水；团结农贸市场分类桶破损。对城区农贸市场和集镇农贸市场开展检查。"
    found = units(text, "湖北省宜昌市长阳土家族自治县")
    assert [(m.text, m.stance) for m in found] == [("楚都农贸市场", "criticized"), ("团结农贸市场", "criticized")]
    assert [m.text for m in units("县委召开专题会议，部署农贸市场疫情防控工作。", "湖北省宜昌市长阳土家族自治县")] == ["县委"]


def test_a_subsidy_cut_from_a_township_and_rice_noodle_shops_as_a_kind(units):
    found = units("按照考评办法，扣减湛江镇禁烧工作奖补资金5万元。", "广西壮族自治区贵港市港南区")
    assert [m.text for m in found] == ["湛江镇"]
    assert [m.text for m in units("对全市米线加工小作坊和过桥米线餐饮店开展专项整治。", "云南省红河哈尼族彝族自治州蒙自市")] == []
    found = units("蔡锷乡青山村村干部优亲厚友、虚报冒领低保资金2.3万元。", "湖南省邵阳市大祥区")
    assert [(m.text, m.stance) for m in found] == [("蔡锷乡青山村", "criticized")]


def test_tourists_barbecuing_and_what_a_township_oversees(units):
    assert [m.text for m in units("翠岭山庄在林缘组织游客野外烧烤，被区森防办责令整改。", "四川省自贡市贡井区")] == [
        "翠岭山庄", "区森防办"]
    assert [m.text for m in units("对城区5个街道及所辖社区、农贸市场开展测评。", "辽宁省沈阳市新民市")] == []


def test_chongqing_s_commissions_of_economy_and_of_transport(units):
    # 重庆's county bodies named 委 are commissions; one opening a sentence is found too
    assert _found(units, "县应急管理局会同县经济信息委、县交通运输委开展检查。县交通运输委要在1月14日前完成。",
                  "重庆市巫溪县") == [
        ("县应急管理局", "巫溪县应急管理局"), ("县经济信息委", "巫溪县经济和信息化委员会"),
        ("县交通运输委", "巫溪县交通运输委员会"), ("县交通运输委", "巫溪县交通运输委员会")]


def test_townships_the_gazetteer_lists_in_an_older_or_longer_form(units):
    # 射箭乡 since made 射箭镇; 后埠街街道 written 后埠街道; 伊和乌素苏木乡 as the gazetteer has it, 伊和乌素苏木 as written
    assert _found(units, "后两名为射箭镇、清水镇。", "四川省广元市昭化区") == [
        ("射箭镇", "昭化区射箭镇"), ("清水镇", "昭化区清水镇")]
    assert _found(units, "区委常委到青山镇、后埠街道检查。", "江西省萍乡市安源区") == [
        ("青山镇", "安源区青山镇"), ("后埠街道", "安源区后埠街道")]
    assert _found(units, "伊和乌素苏木的顺达加油站未设置警戒区。", "内蒙古自治区鄂尔多斯市杭锦旗")[0] == (
        "伊和乌素苏木", "杭锦旗伊和乌素苏木")


def test_the_groups_of_a_ranking_and_shaoyang_s_office_of_the_joint_clean_up(units):
    assert _found(units, "考评结果：街道组新兴街道、镇组凤桥镇分别位列第一；乡镇组大桥镇位列第二。", "浙江省嘉兴市南湖区") == [
        ("新兴街道", "南湖区新兴街道"), ("凤桥镇", "南湖区凤桥镇"), ("大桥镇", "南湖区大桥镇")]
    assert _found(units, "县同治办会同县卫计局开展暗访。", "湖南省邵阳市隆回县")[0] == (
        "县同治办", "隆回县城乡环境同治工作领导小组办公室")


def test_a_listed_village_whose_name_opens_with_qian(units):
    assert _found(units, "对鸬鸟镇太公堂村、前庄村等5个山区村逐户敲门。", "浙江省杭州市余杭区") == [
        ("鸬鸟镇太公堂村", "余杭区鸬鸟镇太公堂村"), ("前庄村", "余杭区前庄村")]


def test_fish_restaurants_trading_counters_and_after_school_canteens_are_enterprises(units):
    text = "检查发现，釜溪河鲜鱼庄后厨脏乱；鑫源冻品经营部无台账；康巴情藏家乐、阳光小屋托餐部无证经营。"
    assert [(m.text, m.type) for m in units(text)] == [
        ("釜溪河鲜鱼庄", "enterprise"), ("鑫源冻品经营部", "enterprise"), ("康巴情藏家乐", "enterprise"),
        ("阳光小屋托餐部", "enterprise")]


def test_guangxi_s_office_of_the_town_and_country_clean_up(units):
    assert _found(units, "由县环治办约谈。", "广西壮族自治区桂林市灵川县") == [
        ("县环治办", "灵川县城乡环境综合整治工作领导小组办公室")]
    assert _found(units, "由县环治办约谈。", "四川省乐山市夹江县") == [("县环治办", "夹江县城乡环境综合治理工作领导小组办公室")]


def test_a_yao_surname_and_after_school_service_counters(units):
    assert [(m.text, m.type) for m in units("县委常委、副县长盘文华到河口镇检查。")][0] == ("盘文华", "person")
    text = "检查发现，城北街道的童乐校外托管服务部未取得食品经营许可擅自供餐。"
    assert [(m.text, m.stance) for m in units(text)] == [("城北街道", None), ("童乐校外托管服务部", "criticized")]


def test_an_office_written_in_full_in_its_own_words_and_xiamen_s_bureau_of_construction_and_transport(units):
    text = "双峰县城乡环境卫生综合整治工作领导小组办公室　2023年5月8日\n关于考评结果的通报\n各乡镇：由县环治办约谈。"
    assert _found(units, text, "湖南省娄底市双峰县")[-1] == ("县环治办", "双峰县城乡环境卫生综合整治工作领导小组办公室")
    assert _found(units, "区建设与交通局要督促，区交通局配合。", "福建省厦门市海沧区") == [
        ("区建设与交通局", "海沧区建设与交通局"), ("区交通局", "海沧区交通运输局")]


def test_trading_counters_after_a_township_s_de_and_kinds_counted_in_a_list(units):
    text = "检查发现，白露街道的鹰城液化气经营部向无资质人员销售液化气；岩孔街道的鑫盛烟花爆竹经营部超量储存。"
    assert [(m.text, m.stance) for m in units(text)] == [
        ("白露街道", None), ("鹰城液化气经营部", "criticized"), ("岩孔街道", None), ("鑫盛烟花爆竹经营部", "criticized")]
    assert units("实地查看企业5家、燃气供应站2个。") == []


def test_a_village_s_task_force_after_a_negated_to_is_no_village(units):
    found = units("碧峰峡镇后盐村村民举办婚宴未向村疫情防控专班报备，村干部劝导不力。", "四川省雅安市雨城区")
    assert [(m.text, m.stance) for m in found] == [("碧峰峡镇后盐村", "criticized")]


def test_the_traffic_police_brigade_written_short(units):
    found = units("县交警大队查处酒驾12起。", "湖南省益阳市安化县")
    assert [m.canonical for m in found] == ["安化县公安局交通警察大队"]
    found = units("县公安局交警大队查处酒驾12起。", "湖南省益阳市安化县")
    assert [m.canonical for m in found] == ["安化县公安局交通警察大队"]  # under its bureau, the same abbreviation
    found = units("市公安局交警支队联合县公安局开展夜查。", "湖南省益阳市安化县")
    assert [m.canonical for m in found][:1] == ["益阳市公安局交通警察支队"]


def test_a_district_jieba_calls_a_body_opens_its_committee_s_name(units):
    text = ("杜集区城镇燃气安全专项整治工作领导小组办公室　2024年1月15日\n"
            "12月18日至22日，区燃气整治办组成3个暗查组开展暗查。")
    found = units(text, "安徽省淮北市杜集区")
    assert [(m.text, m.canonical) for m in found] == [
        ("杜集区城镇燃气安全专项整治工作领导小组办公室", "杜集区城镇燃气安全专项整治工作领导小组办公室"),
        ("区燃气整治办", "杜集区城镇燃气安全专项整治工作领导小组办公室")]


def test_a_township_after_a_numbered_finding_s_mark_and_doubled_endings(units):
    found = units("督查发现的主要问题：\n1．允山镇辖区12座户厕改而未用；宦溪镇降虎村村疫情防控卡口值守人员脱岗；"
                  "站街镇的恒达炉料厂厂区内违规存放柴油。", "湖南省永州市江永县")
    assert [m.text for m in found] == ["允山镇", "宦溪镇降虎村", "站街镇", "恒达炉料厂"]


def test_verbs_of_opening_or_converting_and_kinds_of_market_name_no_business(units):
    text = ("共暗查煤矿6座。河沙镇桂湾村村民在未经安全鉴定的房屋内开办农家乐；龙池村村民在自建房内开办茶叶作坊；"
            "南协村村民擅自将自家房屋加层改作客栈。区食药监局对节令食品市场和年货批发市场开展巡查。"
            "工人村街道加油站、液化气站隐患排查台账不全。")
    found = units(text, "湖北省武汉市青山区")
    assert [m.text for m in found] == ["河沙镇桂湾村", "龙池村", "南协村", "区食药监局", "工人村街道"]


def test_township_governments_in_general_a_verb_before_villages_and_a_hui_surname(units):
    text = ("各镇乡人民政府、街道办事处：共暗查行政村一百一十二个。县农牧农村和科技局会同县公安局开展检查。"
            "1月9日，副县长冶永福到马场垣乡督导。")
    found = units(text, "青海省海东市民和回族土族自治县")
    assert [(m.text, m.canonical) for m in found] == [
        ("县农牧农村和科技局", "民和回族土族自治县农牧农村和科技局"), ("县公安局", "民和回族土族自治县公安局"),
        ("冶永福", "冶永福"), ("马场垣乡", "民和回族土族自治县马场垣乡")]


def test_every_township_s_government_after_each_and_a_coastal_word(units):
    text = "各镇乡人民政府、街道办事处，各沿海镇人民政府：后所镇召开会议，镇人民政府主要领导出席。"
    assert [(m.text, m.canonical) for m in units(text)] == [("后所镇", "富源县后所镇"), ("镇人民政府", "富源县后所镇")]


def test_an_ethnic_township_the_gazetteer_shortens_and_a_bureau_before_yao(units):
    # the gazetteer lists 日月乡 and 四排乡
    found = units("考评结果：日月藏族乡以95.7分位列第一；日月藏族乡兔尔干村村民将液化气钢瓶放置在卧室内。", "青海省西宁市湟源县")
    assert [(m.text, m.canonical) for m in found] == [
        ("日月藏族乡", "湟源县日月藏族乡"), ("日月藏族乡兔尔干村", "湟源县日月藏族乡兔尔干村")]
    found = units("四排赫哲族乡四排村村民在支流内电鱼。1月上旬，县能源局要对重点煤矿开展暗查。", "黑龙江省双鸭山市饶河县")
    assert [m.canonical for m in found] == ["饶河县四排赫哲族乡四排村", "饶河县能源局"]
    assert [m.text for m in units("康乐镇辖区2处景区游步道护栏松动、临水临崖处警示标志缺失。", "甘肃省张掖市肃南裕固族自治县")] == [
        "康乐镇"]


def test_the_forestry_district_s_bodies_and_a_bike_shop_glued_to_zai(units):
    text = ("林区应急管理局会同林区水利和湖泊局开展巡查。木鱼镇的云栖山居民宿被林区文旅局责令停业整改。"
            "彭埠街道的佳源电动车行在店内为电动自行车集中充电。")
    found = units(text, "湖北省神农架林区")
    assert [(m.text, m.canonical) for m in found] == [
        ("林区应急管理局", "神农架林区应急管理局"), ("林区水利和湖泊局", "神农架林区水利和湖泊局"),
        ("木鱼镇", "神农架林区木鱼镇"), ("云栖山居民宿", "云栖山居民宿"), ("林区文旅局", "神农架林区文化和旅游局"),
        ("彭埠街道", "神农架林区彭埠街道"), ("佳源电动车行", "佳源电动车行")]


def test_chongqing_s_transport_and_culture_committees_and_streets_counted(units):
    found = units("前三名依次为县交委、县人民医院。县文化旅游委会同县公安局检查。龙湖镇在集镇6条主街道推行“门前三包”。",
                  "重庆市彭水苗族土家族自治县")
    assert [m.canonical for m in found] == [
        "彭水苗族土家族自治县交通委员会", "彭水苗族土家族自治县人民医院", "彭水苗族土家族自治县文化和旅游发展委员会",
        "彭水苗族土家族自治县公安局", "彭水苗族土家族自治县龙湖镇"]


def test_a_village_s_own_officers_after_its_doubled_ending_and_a_merged_bureau(units):
    text = ("区防办会同区农业农村水利局开展检查；下司镇清江村村禁毒专干走访不到位；都安乡陇正村村网格员排查台账填报不实。"
            "副县长母小兵主持会议。对全县宾馆、生猪屠宰场、蜜桔冷库开展检查。")
    found = units(text, "安徽省安庆市大观区")
    assert [m.text for m in found] == ["区防办", "区农业农村水利局", "下司镇清江村", "都安乡陇正村", "母小兵"]
    found = units("沙洲街道完成辖区4座公厕提质改造；区妇幼保健所建立病媒生物防制台账。", "江苏省南京市建邺区")
    assert [(m.canonical, m.type) for m in found] == [("建邺区沙洲街道", "township"), ("建邺区妇幼保健所", "hospital")]


def test_a_village_named_by_two_before_its_own_village_words_and_a_dong_surname(units):
    text = ("古楼镇清河村村防溺水巡查员未按要求巡查；洛舍镇砂村村开展清理；仁达乡建成流浪犬收容所1座。"
            "1月8日，县委常委、副县长粟明辉到牙屯堡镇检查。")
    found = units(text, "重庆市合川区")
    assert [(m.text, m.title) for m in found] == [
        ("古楼镇清河村", None), ("洛舍镇砂村村", None), ("仁达乡", None), ("粟明辉", "县委常委、副县长"),
        ("牙屯堡镇", None)]


def test_a_surname_jieba_reads_with_the_title_and_a_name_before_a_verb_of_arriving(units):
    # 县|长江|宏辉: 县长 and the surname 江; 县长江段 is the county's stretch of the river, no person
    found = [(m.text, m.type, m.title) for m in units("县委副书记、县长江宏辉出席并讲话。华阳镇党委副书记、镇长江海涛主持会议。")]
    assert ("江宏辉", "person", "县委副书记、县长") in found and ("江海涛", "person", "华阳镇党委副书记、镇长") in found
    assert not [m for m in units("全面加强县长江段禁捕退捕工作。") if m.type == "person"]
    # 宝音|图到|杜尔基镇: the name ends before 到, and the township after it opens after 到
    found = [(m.text, m.canonical) for m in units("副旗长宝音图到杜尔基镇、高力板镇检查秋季草原防火工作。",
                                                  "内蒙古自治区兴安盟科尔沁右翼中旗")]
    assert found == [("宝音图", "宝音图"), ("杜尔基镇", "科尔沁右翼中旗杜尔基镇"), ("高力板镇", "科尔沁右翼中旗高力板镇")]
    # what a river chief does, after the role, is no name
    assert units("河长巡河率达98.5%，河长巡河履职情况纳入考核。", "内蒙古自治区兴安盟科尔沁右翼中旗") == []


def test_child_care_shops_named_by_their_kind(units):
    found = [(m.text, m.type) for m in units("云鹤镇的向日葵托餐部未取得食品经营许可擅自经营，什川镇的梨乡小饭桌托管部未办理食品经营许可。")]
    assert ("向日葵托餐部", "enterprise") in found and ("梨乡小饭桌托管部", "enterprise") in found


def test_a_business_after_a_townships_de_whose_brand_jieba_cut_into_single_characters(units):
    found = [(m.text, m.type) for m in units("历山镇的舜乡农贸市场熟食区防蝇设施缺失；鱼洞街道的渝南汽车客运站安检仪故障未修复；"
                                             "南彭街道的渝丰混凝土搅拌站在河边堆放砂石；雪山镇的云岭茶叶初制所在茶园边焚烧枝叶；"
                                             "古培镇的江南鲜鱼馆以“江鲜”为噱头收购鱼类。")]
    assert [name for name, kind in found if kind == "enterprise"] == [
        "舜乡农贸市场", "渝南汽车客运站", "渝丰混凝土搅拌站", "云岭茶叶初制所", "江南鲜鱼馆"]


def test_a_trade_and_a_kind_of_shop_name_no_shop_and_a_teachers_home_visit_is_no_name(units):
    text = "对农贸市场、清真餐馆、牛羊屠宰场和商超开展抽查；对龙虾餐馆、夜市摊点和地瓜干加工作坊开展督查。"
    assert [m.text for m in units(text)] == []
    assert [m.text for m in units("▲旺村镇开展家具作坊消防安全培训")] == ["旺村镇"]
    assert [m.text for m in units("组织教师家访学生家庭一万二千余户，教师李明带领学生参观。")] == ["李明"]
    # a brand before the trade still names a shop
    assert "清真美食餐馆" in [m.text for m in units("城关镇的清真美食餐馆未设防蝇设施。")]


def test_a_village_whose_name_ends_like_every_village_and_shops_of_a_kind(units):
    found = [m.canonical for m in units("；九阡镇水各村村民在河沟旁乱倒生活垃圾。3．安龙堡乡说全村村保洁员长期不在岗。",
                                        "贵州省黔南布依族苗族自治州三都水族自治县")]
    assert found == ["三都水族自治县九阡镇水各村", "三都水族自治县安龙堡乡说全村"]
    assert [m.text for m in units("九阡镇各村村民参与清扫。")] == ["九阡镇"]
    text = "对集镇农贸市场、菌子火锅店和农家乐开展抽查；村安全员对辖区家庭酒坊排查不到位，个别作坊在居民房内储存基酒。"
    assert [m.text for m in units(text)] == []


def test_shops_inside_a_village_and_a_meat_market_are_kinds(units):
    text = "新圩村村食品安全协管员未按要求开展巡查，村内小卖部销售“三无”食品；春节期间对牛羊肉批发市场每日开展一次巡查。"
    assert [m.text for m in units(text)] == ["新圩村"]


def test_a_village_named_by_a_place_word_holding_a_function_character(units):
    found = [m.canonical for m in units("；龙山镇共和村村消防安全员未按要求开展入户排查，城关镇和平村村民参与清扫。",
                                        "贵州省黔东南苗族侗族自治州麻江县")]
    assert found == ["麻江县龙山镇共和村", "麻江县城关镇和平村"]


def test_a_companys_mixing_plant_is_the_companys(units):
    found = [m.text for m in units("柳新镇的徐州恒通混凝土有限公司搅拌站未安装喷淋设施；南彭街道的渝丰混凝土搅拌站在河边堆放砂石。")]
    assert "徐州恒通混凝土有限公司" in found and "渝丰混凝土搅拌站" in found


def test_ethnic_townships_the_gazetteer_lacks_are_found_by_their_form(units):
    found = units("石坝彝族乡堰塘村村民上坟烧纸；对沿江满族达斡尔族乡通报表扬。", "四川省泸州市叙永县")
    assert [(m.text, m.canonical) for m in found] == [
        ("石坝彝族乡堰塘村", "叙永县石坝彝族乡堰塘村"), ("沿江满族达斡尔族乡", "叙永县沿江满族达斡尔族乡")]
    assert [m.text for m in units("对瓦拉干镇、十八站鄂伦春民族乡开展检查。", "黑龙江省大兴安岭地区塔河县")] == [
        "瓦拉干镇", "十八站鄂伦春民族乡"]
    # the gazetteer's name wins over the form's three characters (约谈|新堡布依族乡)
    assert [m.text for m in units("县林业局约谈新堡布依族乡。", "贵州省贵阳市乌当区")] == ["县林业局", "新堡布依族乡"]


def test_a_transcribed_village_name_holding_qi_and_a_township_s_area_before_a_village_word(units):
    found = units("三是萨依巴格乡巴格其村村民房前屋后乱堆柴草。", "新疆维吾尔自治区和田地区墨玉县")
    assert [m.canonical for m in found] == ["墨玉县萨依巴格乡巴格其村"]
    found = units("3月9日，水尾镇辖区因村民烧荒引发森林火情一起。", "四川省泸州市叙永县")
    assert [m.text for m in found] == ["水尾镇"]
    assert [m.text for m in units("里耶镇在进镇主要路口设立临时消毒点。")] == ["里耶镇"]


def test_a_village_s_family_workshop_a_dealer_s_coal_yard_and_kinds_of_market(units):
    found = units("盖德镇有济村家庭作坊私拉电线；大雁镇的兴隆煤炭经销部煤场紧邻林缘。", "福建省泉州市德化县")
    assert [m.text for m in found] == ["盖德镇有济村", "大雁镇", "兴隆煤炭经销部"]
    assert [m.text for m in units("对屠宰企业和活禽交易市场、奶食品作坊开展督查；海港渔村大排档被约谈。")] == ["海港渔村大排档"]


def test_the_market_and_quality_bureau_of_its_time_and_its_short_name(units):
    text = "记者从蓟州区市场和质量监督管理局（以下简称“区市场监管局”）获悉，区市场监管局会同区旅游局开展检查。"
    assert [m.canonical for m in units(text, "天津市蓟州区")] == [
        "蓟州区市场和质量监督管理局", "蓟州区市场和质量监督管理局", "蓟州区市场和质量监督管理局", "蓟州区旅游局"]


def test_committees_of_city_management_and_of_construction_written_short(units):
    found = units("区城市管理委组织燃气企业技术人员五十余人；区防汛办会同区建设管理委组成3个检查组。", "上海市金山区")
    assert [m.canonical for m in found] == ["金山区城市管理委员会", "金山区防汛抗旱指挥部办公室", "金山区建设和管理委员会"]


def test_townships_written_at_the_level_they_had_before_the_gazetteer_s(units):
    # the gazetteer lists 亳城镇 and 十二道沟镇; older stories write them as 乡
    found = units("亳城乡刘庄村村民违规燃用劣质散煤。", "河南省安阳市内黄县")
    assert [m.canonical for m in found] == ["内黄县亳城乡刘庄村"]
    found = units("县林业局对十二道沟乡开展检查。", "吉林省白山市长白朝鲜族自治县")
    assert [m.text for m in found] == ["县林业局", "十二道沟乡"]


def test_a_mongolian_name_opening_with_wuyun_and_a_bureau_of_agriculture_and_water(units):
    found = units("副旗长乌云格日勒要求：“各苏木镇要按时完成。”", "内蒙古自治区呼伦贝尔市新巴尔虎左旗")
    assert [(m.text, m.title) for m in found] == [("乌云格日勒", "副旗长")]
    found = units("区河长办会同区农业农村和水利局开展检查。", "广东省汕头市澄海区")
    assert [m.canonical for m in found] == ["澄海区河长制办公室", "澄海区农业农村和水利局"]


def test_a_company_s_sand_pit_and_kinds_of_inn_and_workshop(units):
    text = "冷碛镇的川西砂石有限公司采砂场边坡未设置警示标志；旅游旺季对景区客栈开展检查；辖区3家打火机配件作坊“三合一”。"
    assert [m.text for m in units(text, "四川省甘孜藏族自治州泸定县")] == ["冷碛镇", "川西砂石有限公司"]


def test_an_ethnic_township_written_without_its_peoples(units):
    # the gazetteer lists 上高桥回族彝族苗族乡 and 高桥镇
    found = units("后两名为上高桥乡（76.4分）、高桥镇（74.9分）。", "云南省昭通市大关县")
    assert [m.canonical for m in found] == ["大关县上高桥乡", "大关县高桥镇"]


def test_a_business_whose_ending_jieba_glued_to_the_words_after_it(units):
    found = units("；水口山镇的恒鑫砂场强揽砂石运输；二是梅溪镇的绿源竹制品厂竹屑露天堆放。", "湖南省衡阳市常宁市")
    assert [m.text for m in found] == ["水口山镇", "恒鑫砂场", "梅溪镇", "绿源竹制品厂"]
    found = units("一是宽城镇的宽城燕山板栗食品有限公司厂区道路积尘。", "河北省承德市宽城满族自治县")
    assert "宽城燕山板栗食品有限公司" in [m.text for m in found]


def test_a_body_whose_name_a_verb_of_its_work_follows(units):
    found = units("▲县卫健委评估健康促进医院建设\n区市场监管局规范农贸市场经营秩序。", "河南省洛阳市宜阳县")
    assert [m.text for m in found] == ["县卫健委", "区市场监管局"]
    found = units("5月16日，龙河街道在宏昌煤业有限公司组织防范煤矿水害应急演练。", "河南省平顶山市石龙区")
    assert [m.text for m in found] == ["龙河街道", "宏昌煤业有限公司"]
    found = units("巴格托格拉克乡的天天鲜便利店未落实进店测温。", "新疆维吾尔自治区阿克苏地区阿瓦提县")
    assert [m.text for m in found] == ["巴格托格拉克乡", "天天鲜便利店"]


def test_a_wholesaler_s_cold_store_a_mixing_plant_s_yard_and_a_company_s_farm(units):
    text = ("龙山街道的万福源冷冻食品批发部冷库温度超标；大河镇的恒通混凝土搅拌站料场未苫盖；"
            "兴安盟绿野牧业有限公司养殖场粪污直排。")
    assert [m.text for m in units(text, "辽宁省丹东市凤城市")] == [
        "龙山街道", "万福源冷冻食品批发部", "大河镇", "恒通混凝土搅拌站", "兴安盟绿野牧业有限公司"]


def test_a_village_before_the_village_s_own_station_or_officer(units):
    # jieba cuts 洪溪|村村|微型消防站: 村村 ("every village") after a name it does not know
    found = units("；天凝镇洪溪村村微型消防站器材缺失；北石槽镇刘各寨村村防汛责任人未按要求巡查。", "浙江省嘉兴市嘉善县")
    assert [m.canonical for m in found] == ["嘉善县天凝镇洪溪村", "嘉善县北石槽镇刘各寨村"]
    found = units("东坪镇新村村垃圾清运及时。", "广东省韶关市乳源瑶族自治县")
    assert [m.canonical for m in found] == ["乳源瑶族自治县东坪镇新村村"]


def test_a_beijing_area_office_written_as_its_town(units):
    # the gazetteer lists 后沙峪地区 and 杨镇地区, the towns' other names
    found = units("后沙峪镇的中鑫建筑工程有限公司基坑周边排水沟堵塞，杨镇巡查到位。", "北京市顺义区")
    assert [(m.canonical, m.type) for m in found] == [
        ("顺义区后沙峪镇", "township"), ("中鑫建筑工程有限公司", "enterprise"), ("顺义区杨镇", "township")]


def test_a_brand_opened_by_a_place_word_and_kinds_joined_or_placed(units):
    found = units("南屯基镇的鹿乡梅花鹿养殖场粪污露天堆放。", "吉林省辽源市东丰县")
    assert [m.text for m in found] == ["南屯基镇", "鹿乡梅花鹿养殖场"]
    found = units("对景区、宾馆民宿、农贸市场和医疗机构开展检查；（四）县农业农村局对沿河畜禽养殖场粪污处理监管不到位。",
                  "湖北省宜昌市五峰土家族自治县")
    assert [m.text for m in found] == ["县农业农村局"]
    found = units("街津口赫哲族乡的渔家乐饭庄后厨脏乱。", "黑龙江省佳木斯市同江市")
    assert [m.text for m in found] == ["街津口赫哲族乡", "渔家乐饭庄"]  # one business's name, in no list


def test_anonymised_persons_after_a_role_and_a_rare_surname(units):
    found = units("村民扎某某在林地边焚烧地埂杂草，被县森林公安局罚款。", "西藏自治区山南市贡嘎县")
    assert [(m.text, m.title) for m in found][0] == ("扎某某", "村民")
    found = units("市委常委、政法委书记泮海峰主持会议。", "浙江省台州市临海市")
    assert [(m.text, m.title) for m in found] == [("泮海峰", "市委常委、政法委书记")]


@pytest.mark.parametrize(
    ("context", "canonical"),
    [
        ("湖南省岳阳市岳阳楼区", "岳阳市公安局岳阳楼分局"),  # a district's 区 goes, as the environment branch's does
        ("辽宁省朝阳市龙城区", "朝阳市公安局龙城分局"),
        ("河北省石家庄市桥西区", "石家庄市公安局桥西区分局"),  # but not in 河北, 山东 and 河南
        ("重庆市渝北区", "重庆市公安局渝北区分局"),  # nor in 重庆, whose districts the city's bureau names whole
    ],
)
def test_a_district_s_police_branch_is_named_as_its_environment_branch(units, context: str, canonical: str):
    assert [m.canonical for m in units("区公安分局对该案立案侦查。", context)] == [canonical]


def test_a_community_before_a_role_repeating_its_form_and_a_residents_committee(units):
    found = units("4．红岭街道富民社区社区河长巡河记录缺失。", "广西壮族自治区梧州市长洲区")
    assert [(m.text, m.canonical) for m in found] == [("红岭街道富民社区", "长洲区红岭街道富民社区")]
    found = units("四平路街道同济新村居委会楼组长对独居老人燃气安全提醒不到位。", "上海市杨浦区")
    assert [(m.text, m.canonical) for m in found] == [("四平路街道同济新村居委会", "杨浦区四平路街道同济新村")]
    # a village's 村委会 after its 村 stays out, as the gold marks it
    assert [m.text for m in units("柏市镇枫林村村委会未按要求开展排查。", "湖南省株洲市攸县")] == ["柏市镇枫林村"]


def test_no_name_after_a_role_for_what_the_role_does(units):
    assert [m.text for m in units("紫云街道在辖区小区推行楼栋长包干制度。", "福建省南平市延平区")] == ["紫云街道"]
    found = units("殷行街道开鲁新村居委会楼组长督导不到位。", "上海市杨浦区")
    assert [(m.text, m.type) for m in found] == [("殷行街道开鲁新村居委会", "community")]


def test_a_tibetan_name_opening_with_a_common_half(units):
    found = units("县委副书记、县长才让东周出席并讲话。", "青海省果洛藏族自治州久治县")
    assert [(m.text, m.title) for m in found] == [("才让东周", "县委副书记、县长")]


def test_a_beijing_township_of_two_characters_and_a_gas_filling_station(units):
    assert [m.canonical for m in units("花乡的鑫旺冻品批发部库房内发现鼠粪。", "北京市丰台区")] == [
        "丰台区花乡", "鑫旺冻品批发部"]
    assert [(m.text, m.type) for m in units("曹远镇的永兴液化气充装站为超期未检钢瓶充装。", "福建省三明市永安市")] == [
        ("曹远镇", "township"), ("永兴液化气充装站", "enterprise")]


def test_a_short_name_after_its_full_form_written_without_the_table_s_quotes(units):
    found = units("桐乡市五水共治工作领导小组办公室　2022年6月14日\n市治水办开展暗访。", "浙江省嘉兴市桐乡市")
    assert [m.canonical for m in found] == ["桐乡市五水共治工作领导小组办公室"] * 2
    assert [m.canonical for m in units("市民族实验小学组织学生开展安全教育。", "湖北省恩施土家族苗族自治州利川市")] == [
        "利川市民族实验小学"]


def test_a_village_s_volunteer_crew_repeating_its_village_s_word(units):
    found = units("羊坪镇新寨村村义务消防队无人值守。", "贵州省黔东南苗族侗族自治州镇远县")
    assert [(m.text, m.type) for m in found] == [("羊坪镇新寨村", "community")]


def test_no_name_opens_with_de_and_market_towns_along_the_river_are_none(units):
    found = units("双河街道的蓥城农贸市场活禽区未实行隔离宰杀。", "四川省广安市华蓥市")
    assert [m.text for m in found] == ["双河街道", "蓥城农贸市场"]
    assert units("对资江干流和沿江集镇水产市场开展联合执法检查。", "湖南省益阳市桃江县") == []


def test_tianjin_s_districts_name_their_housing_commission_so(units):
    assert [m.canonical for m in units("区人社局会同区住建委开展检查。", "天津市河东区")] == [
        "河东区人力资源和社会保障局", "河东区住房和建设委员会"]
    assert [m.canonical for m in units("区住建委开展检查。", "北京市通州区")] == ["通州区住房和城乡建设委员会"]


def test_a_dai_name_opening_with_yu(units):
    found = units("市委副书记、市长岩罕龙出席并讲话，副市长玉应香主持会议。", "云南省西双版纳傣族自治州景洪市")
    assert [(m.text, m.title) for m in found] == [("岩罕龙", "市委副书记、市长"), ("玉应香", "副市长")]


@pytest.mark.parametrize(
    ("context", "canonical"),
    [
        ("河北省沧州市任丘市", "沧州市生态环境局任丘市分局"),  # a county-level city keeps 市 where 县 is kept
        ("河南省许昌市禹州市", "许昌市生态环境局禹州市分局"),
        ("宁夏回族自治区吴忠市青铜峡市", "吴忠市生态环境局青铜峡分局"),  # and drops it elsewhere
    ],
)
def test_a_county_level_city_s_environment_branch(units, context: str, canonical: str):
    assert [m.canonical for m in units("市生态环境分局开展检查。", context)] == [canonical]


def test_chongqing_s_town_and_country_construction_commission(units):
    found = units("3．区城乡建委对城区段截污管网建设进度缓慢；", "重庆市合川区")
    assert [(m.text, m.canonical, m.stance) for m in found] == [("区城乡建委", "合川区城乡建设委员会", "criticized")]


def test_outside_a_fish_restaurant_and_upgraded_markets(units):
    found = units("二是胜利路街道的渝西豆豉鱼庄店外占道经营、油烟直排；", "重庆市永川区")
    assert [m.text for m in found] == ["胜利路街道", "渝西豆豉鱼庄"]
    assert units("清理卫生死角一千三百余处，提质改造农贸市场六个。", "湖南省郴州市临武县") == []


@pytest.mark.parametrize(
    "kind", ["渔具店", "小龙虾餐馆", "梨膏作坊", "夜宵排档", "手工作坊", "景区民宿", "糕团店", "食材供应点", "罗汉果加工厂",
             "民办幼儿园", "集镇餐饮店", "虫草交易市场", "老城区夜市", "腊味作坊", "景区餐馆", "“厂中厂”",
             "海岛民宿", "涵闸泵站"])
def test_kinds_of_business_named_by_what_they_sell_are_no_units(units, kind: str):
    assert units(f"县市场监管局对农贸市场和{kind}开展检查。", "贵州省遵义市习水县")[1:] == []
    assert units("组成4个检查组，对生猪规模养殖场、屠宰场、农贸市场开展检查。", "江西省吉安市井冈山市") == []


def test_a_district_s_offices_administration_bureau_written_short(units):
    assert [m.canonical for m in units("区机关事务局对公共机构垃圾分类指导督促不到位。", "重庆市江津区")] == [
        "江津区机关事务管理局"]


def test_villages_ranked_with_their_scores_and_opening_numbered_findings(units):
    found = units("考评结果：得分前三名依次为海坡社区（96.5分）、马岭社区（95.2分）；得分最低的是黑土村（76.8分）。"
                  "考评发现的主要问题：一是黑土村村内5处卫生死角垃圾堆积；四是春光社区网格员对背街小巷卫生巡查走过场。",
                  "海南省三亚市天涯区")
    assert [m.canonical for m in found] == [
        "天涯区海坡社区", "天涯区马岭社区", "天涯区黑土村", "天涯区黑土村", "天涯区春光社区"]
    assert units("一是部分村环境卫生差；二是城中村脏乱。", "海南省三亚市天涯区") == []


def test_a_hospital_s_grounds(units):
    found = units("区中医院院区内吸烟现象无人劝阻。", "浙江省丽水市莲都区")
    assert [(m.text, m.canonical) for m in found] == [("区中医院", "莲都区中医医院")]


def test_a_bakery_before_shop_front_trading_and_townships_addressed_in_general(units):
    assert [m.text for m in units("昱西街道的程记烧饼店店外经营、油污满地。", "安徽省黄山市屯溪区")] == ["昱西街道", "程记烧饼店"]
    assert units("各街道办事处、镇乡人民政府，区级有关部门：", "重庆市黔江区") == []


def test_a_village_opening_a_clause_with_what_it_did_for_its_villagers(units):
    found = units("考评结束。\n六盘村为二百八十余户村民配发分类垃圾桶，予以通报表扬。", "海南省三亚市吉阳区")
    assert [(m.canonical, m.stance) for m in found] == [("吉阳区六盘村", "praised")]


def test_shanghai_s_construction_and_transport_commission_and_a_document_number(units):
    assert [m.canonical for m in units("3．区建交委对在建工地积水清理监管不到位；", "上海市浦东新区")] == [
        "浦东新区建设和交通委员会"]
    found = units("丹巴县防汛抗旱指挥部办公室　丹防指办〔2023〕5号", "四川省甘孜藏族自治州丹巴县")
    assert [m.text for m in found] == ["丹巴县防汛抗旱指挥部办公室"]


def test_wooden_villages_in_general_and_farms_along_a_stream(units):
    found = units("县消防救援大队对都江镇木结构村寨开展消防安全排查。", "贵州省黔南布依族苗族自治州三都水族自治县")
    assert [m.text for m in found] == ["县消防救援大队", "都江镇"]
    assert [m.text for m in units("区农业农村局对沿溪畜禽养殖场粪污治理督导不到位。", "浙江省衢州市柯城区")] == [
        "区农业农村局"]


def test_a_whole_village_pushing_ahead_and_a_township_clinic_guiding_villagers(units):
    found = units("督导中，石壁镇杨边村整村推进改厕，改造户厕120余座，安远镇卫生院指导村民开展粪污无害化处理。",
                  "福建省三明市宁化县")
    assert [(m.text, m.type) for m in found] == [("石壁镇杨边村", "community"), ("安远镇卫生院", "hospital")]
    # a village whose name holds a level's character or a shop's stays whole
    assert [m.text for m in units("五龙镇西乡坪村未落实防火巡查。", "河南省安阳市林州市")] == ["五龙镇西乡坪村"]


def test_machinery_cooperatives_and_old_town_eateries_in_general(units):
    found = units("水口镇组织农机专业合作社开展蔗叶粉碎还田约1.2万亩，受到县禁烧办通报表扬。", "广西壮族自治区崇左市龙州县")
    assert [(m.text, m.stance) for m in found] == [("水口镇", "praised"), ("县禁烧办", None)]
    assert [m.text for m in units("县市场监管局对古城餐饮店、民宿和农家乐开展检查。", "湖南省湘西土家族苗族自治州凤凰县")] == [
        "县市场监管局"]


def test_zhuang_villages_opened_by_na_and_the_naxi_surname_mu(units):
    found = units("3．浪平镇那弄村村级排查员排查信息造假；", "广西壮族自治区百色市田林县")
    assert [(m.canonical, m.stance) for m in found] == [("田林县浪平镇那弄村", "criticized")]
    found = units("1月6日，副区长木建伟到七河镇、大东乡督导森林草原防灭火工作。", "云南省丽江市古城区")
    assert [(m.text, m.type, m.title) for m in found] == [
        ("木建伟", "person", "副区长"), ("七河镇", "township", None), ("大东乡", "township", None)]


def test_eateries_of_scenic_areas_and_old_towns_night_market_barbecue_and_private_schools_in_general(units):
    text = ("对古城、束河古镇景区餐饮店和集体用餐配送单位开展检查；区城管局对夜市烧烤油烟整治进度缓慢；"
            "区教育局对民办学校食堂陪餐制度落实督导不到位。")
    assert [m.text for m in units(text, "云南省丽江市古城区")] == ["区城管局", "区教育局"]


def test_mutton_soup_shops_in_general_and_markets_upgraded(units):
    text = "全区提档升级农贸市场七个。县市场监管局对全县羊肉汤馆开展专项整治，检查羊肉汤馆四百一十余家。"
    assert [m.text for m in units(text, "湖北省荆州市荆州区")] == ["县市场监管局"]


def test_a_barbecue_court_s_shop_front_and_noodle_and_soup_shops_in_general(units):
    text = ("西北街街道的鸿运烧烤城店外经营、油烟直排；区市场监管局对辖区米粉店、卤菜店和冷库开展专项检查；"
            "对农贸市场、商超、瓦罐汤馆和学校周边开展暗访；对景区宾馆、景区酒店每日开展一次巡查。")
    assert [m.text for m in units(text, "甘肃省酒泉市肃州区")] == ["西北街街道", "鸿运烧烤城", "区市场监管局"]


def test_textile_workshops_and_asian_games_hotels_in_general(units):
    text = "蒲口乡组织网格员二百三十余名开展夜间巡查，晋庄乡辖区纺织作坊全部完成“三合一”场所整治，均受到县消安委通报表扬。"
    found = units(text, "河北省保定市高阳县")
    assert [(m.text, m.stance) for m in found] == [("蒲口乡", "praised"), ("晋庄乡", "praised"), ("县消安委", None)]
    assert [m.text for m in units("督查组对亚运签约酒店、场馆周边餐饮开展督查。", "浙江省杭州市临平区")] == []


def test_a_business_registered_under_its_county_and_township_is_one_unit(units):
    text = "增田镇的乐安县增田镇宏发屠宰场废水直排沟渠；淮镇利民超市被约谈。"
    found = units(text, "江西省抚州市乐安县")
    assert [(m.text, m.type) for m in found] == [
        ("增田镇", "township"), ("乐安县增田镇宏发屠宰场", "enterprise"), ("淮镇", "township"), ("利民超市", "enterprise")]


def test_rarer_surnames_a_tibetan_name_ending_in_wangdui_and_a_village_named_by_a_verb(units):
    text = "副县长奉丽君主持会议。副县长陇华英要求，县卫健局副局长丘志明表示，副县长赫丽华、银海燕、妥彦龙出席。"
    assert [m.text for m in units(text, "湖南省永州市江华瑶族自治县")] == [
        "奉丽君", "陇华英", "丘志明", "赫丽华", "银海燕", "妥彦龙"]
    found = units("县委副书记、县长洛桑旺堆出席并讲话。", "西藏自治区昌都市左贡县")
    assert [(m.text, m.title) for m in found] == [("洛桑旺堆", "县委副书记、县长")]
    found = units("3．大樟乡奋战村保洁员不在岗，村内2座公厕长期锁闭；", "广西壮族自治区来宾市金秀瑶族自治县")
    assert [(m.canonical, m.stance) for m in found] == [("金秀瑶族自治县大樟乡奋战村", "criticized")]


def test_pig_markets_and_fishing_port_cold_stores_in_general_and_a_village_named_by_a_verb(units):
    text = "碑廓镇组织渔船安全员开展夜间巡港，区消防救援大队对渔港冷库开展消防检查四十余次，均受到区海洋发展局通报表扬。"
    found = units(text, "山东省日照市岚山区")
    assert [(m.text, m.stance) for m in found] == [
        ("碑廓镇", "praised"), ("区消防救援大队", "praised"), ("区海洋发展局", None)]
    assert [m.text for m in units("元旦春节期间对生猪交易市场每日开展一次消毒。", "湖南省郴州市苏仙区")] == []
    found = units("（四）久安乡打通村护林员未按要求巡山，村民罗某某在田边焚烧杂草。", "贵州省贵阳市花溪区")
    assert [m.canonical for m in found][0] == "花溪区久安乡打通村"
    assert [m.text for m in units("白马镇打通村组道路12公里。", "贵州省贵阳市花溪区")] == ["白马镇"]  # the road is opened


def test_towns_and_streets_along_the_river_or_the_coast_in_general(units):
    text = "6月19日，区防指督查组对沿江镇（街道）开展督查。区防指会同区住建局对沿海街道防台风工作开展暗访。"
    assert [m.text for m in units(text, "湖南省益阳市资阳区")] == ["区防指", "区防指", "区住建局"]
    assert [m.canonical for m in units("区水利局对沿江街道开展巡查。", "广西壮族自治区柳州市城中区")] == [
        "城中区水利局", "城中区沿江街道"]  # the gazetteer's own street
    assert [m.text for m in units("沿江乡被约谈。", "黑龙江省伊春市嘉荫县")] == ["沿江乡"]  # a 乡 stays a place


def test_mongolian_names_opened_by_qi_or_by_alatan(units):
    text = "副旗长其木格要求，9月底前完成。旗委副书记、旗长阿拉坦仓出席并讲话。副县长其其格出席。"
    found = units(text, "内蒙古自治区通辽市科尔沁区")
    assert [(m.text, m.title) for m in found] == [
        ("其木格", "副旗长"), ("阿拉坦仓", "旗委副书记、旗长"), ("其其格", "副县长")]


def test_property_registration_centres_and_a_street_office_named_after_its_street(units):
    found = units("会上，县税务局、县不动产登记中心作交流发言。", "安徽省滁州市定远县")
    assert [m.canonical for m in found] == ["国家税务总局定远县税务局", "定远县不动产登记中心"]
    found = units("兴关路街道（91.8分）位列第二；油榨街街道（82.3分）排名末位。", "贵州省贵阳市南明区")
    assert [(m.canonical, m.stance) for m in found] == [
        ("南明区兴关路街道", "praised"), ("南明区油榨街街道", "criticized")]


def test_a_township_s_first_character_left_alone_after_a_word_that_leads_to_it(units):
    # jieba takes 山镇, 彭镇 and 龙湖街道 (other counties' townships) and leaves the name's first character alone
    assert [(m.text, m.canonical) for m in units("考核结果：前三名分别是千山镇（95.8分）、唐家房镇（93.2分）。",
                                                 "辽宁省鞍山市千山区")][:1] == [("千山镇", "千山区千山镇")]
    assert [m.text for m in units("二是天彭镇的蜀丰建筑工程有限公司未按要求设置围挡。", "四川省成都市彭州市")][:1] == ["天彭镇"]
    assert [m.text for m in units("最大降雨量出现在九龙湖街道，累计达318.5毫米。", "江西省南昌市红谷滩区")] == ["九龙湖街道"]
    # (对沿江集镇: the market towns along the river, no name)
    assert units("县市场监管局对沿江集镇的餐饮门店开展检查。", "四川省宜宾市屏山县")[1:] == []


def test_a_brand_of_two_with_and_after_a_township_s_of(units):
    found = units("2．兰陵街道的嘉和物业服务有限公司未按要求设置厨余垃圾桶。", "江苏省常州市天宁区")
    assert [(m.text, m.type) for m in found] == [("兰陵街道", "township"), ("嘉和物业服务有限公司", "enterprise")]


def test_findings_counted_in_brackets_and_a_villager_counted_after_a_township(units):
    found = units("从分布看，联合街道（四十八处）、红湘街道（四十一处）问题最多，雨母山镇（九处）最少。", "湖南省衡阳市蒸湘区")
    assert [(m.text, m.canonical) for m in found] == [
        ("联合街道", "蒸湘区联合街道"), ("红湘街道", "蒸湘区红湘街道"), ("雨母山镇", "蒸湘区雨母山镇")]
    found = units("对外省返乡人员底数不清；谷岗乡一名村民邱某某操办寿宴。", "江西省抚州市乐安县")
    assert [(m.text, m.type) for m in found] == [("谷岗乡", "township"), ("邱某某", "person")]


def test_a_function_word_before_cun_names_no_village_after_a_township(names):
    assert names("赵家店镇请村医和采菌多年的老人把关。三岔河镇以村为单位组建护林巡逻队。") == ["赵家店镇", "三岔河镇"]


def test_a_local_body_then_what_it_does_is_no_business_s_name(names):
    assert "爱民区餐饮行业协会" in names("爱民区餐饮行业协会发动会员店统一更换软管。")
    assert names("县市场监管局农贸市场专项检查组到场。")[0] == "县市场监管局"
    # a company's division keeps its company (中建八局…), a township opens names of its own
    assert names("中建三局第一建设工程有限责任公司承建。") == ["中建三局第一建设工程有限责任公司"]


def test_a_body_s_member_units_are_a_generic_reference(names):
    assert names("各乡镇人民政府，县森林防火指挥部各成员单位：\n县森林防火指挥部办公室近日开展督查。") == [
        "县森林防火指挥部办公室"]


@pytest.mark.parametrize(("text", "township"), [
    ("舞水公坪镇段的芦苇丛里亮着灯。", "公坪镇"),
    ("汉江仁河口镇段的乱石滩上有人垂钓。", "仁河口镇"),
    ("黄河回河街道段的浅滩上堆着砂石。", "回河街道"),
    ("花亭湖寺前镇段的一处网箱没拆。", "寺前镇"),
])
def test_a_river_s_reach_names_the_township_without_the_river(names, text, township):
    assert names(text) == [township]


def test_a_township_named_after_its_river_stays_whole_before_a_reach(names):
    assert names("清水河镇段水位持续上涨。") == ["清水河镇"]


def test_a_township_before_a_villager_s_or_a_resident_s_role_is_a_unit_of_its_own(units):
    found = units("检查中，竹园镇村民李某某焚烧秸秆；中安街道居民林某某把装修垃圾倒在路边。")
    assert [(m.text, m.title, m.stance) for m in found] == [("竹园镇", None, None), ("李某某", "村民", "criticized"),
                                                            ("中安街道", None, None), ("林某某", "居民", "criticized")]


def test_请_glued_to_the_level_of_the_next_body_is_cut_off(org_names):
    assert org_names("竹园镇请县消防救援大队的消防员每周三晚上到村里上课。") == ["竹园镇", "县消防救援大队"]


def test_grassroots_posts_title_the_names_after_them(units):
    found = units("竹园镇的护渔员郑有田关了手电在芦苇边蹲守。救生员邰光明吹着哨子。监测员强降雨前都要进村。")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("郑有田", "护渔员"), ("邰光明", "救生员")]


@pytest.mark.parametrize("text, expected", [
    ("县林业局、县公安消防大队负责人和各镇分管负责人参加。", ["县林业局", "县公安消防大队"]),  # 和各: no name
    ("县爱卫办已向逐卜乡下发督办单，请该乡于5月10日前整改到位。", ["县爱卫办", "逐卜乡"]),  # 请该乡: "that township"
])
def test_conjunctions_and_determiners_open_no_name(names, text, expected):
    assert names(text) == expected


def test_a_verb_and_its_aspect_after_a_role_are_no_name(units):
    found = units("凤凰社区的做法受到肯定，社区书记作了交流发言。", "云南省红河哈尼族彝族自治州开远市")
    assert [m.text for m in found] == ["凤凰社区"]


def test_private_roles_title_names_and_leave_the_place_before_them_a_unit(units):
    found = units("竹园镇丰收村村医刘春芳把一朵白蘑菇放在桌上。塘长李长福又骑上电动车。寻寨镇让每名村医包联本村的老人。")
    assert [(m.text, m.type, m.title) for m in found] == [
        ("竹园镇丰收村", "community", None), ("刘春芳", "person", "村医"), ("李长福", "person", "塘长"),
        ("寻寨镇", "township", None)]


@pytest.mark.parametrize("text, context, expected", [
    ("岗面乡竹园村村民刘秀兰家连续三个月上了红榜。", "江西省赣州市瑞金市",
     [("岗面乡竹园村", None), ("刘秀兰", "村民")]),  # (her household, 家, is no part of her name)
    ("管理员钟国华每天收市后带人冲洗。", "江西省赣州市瑞金市", [("钟国华", "管理员")]),
    ("协管员白秀英每天到菜市场巡查。", "云南省红河哈尼族彝族自治州红河县", [("白秀英", "协管员")]),
    ("在棕坪乡青杠村，村民冉启贵家的院坝扫得干干净净。", "贵州省遵义市道真仡佬族苗族自治县",
     [("棕坪乡青杠村", None), ("冉启贵", "村民")]),  # a surname outside the common ones, in an autonomous county
    ("大同夭乡后营子村村民私搭乱建棚圈7处。", "内蒙古自治区乌兰察布市兴和县",
     [("大同夭乡后营子村", None)]),  # no surname: no name
    ("个别村民向沟塘倾倒生活垃圾。", "安徽省合肥市长丰县", []),  # (向 opens words as often as names)
    ("村民周水根说：“过年家家有客人来。”", "江西省新余市渝水区", [("周水根", "村民")]),  # (周水 is no word)
    ("茅贡镇寨头村组织村民义务巡山队开展巡查。", "贵州省黔东南苗族侗族自治州黎平县", [("茅贡镇寨头村", None)]),
])
def test_villagers_residents_and_market_keepers_with_a_name_after_them_are_persons(units, text, context, expected):
    assert [(m.text, m.title) for m in units(text, context)] == expected


@pytest.mark.parametrize("text, expected", [
    ("小溪河镇联系了2家生物质燃料厂上门收柴草。", ["小溪河镇"]),  # 联系: to get in touch, no 系 of a school
    ("县农委把小溪河镇包村到组的做法印发各乡镇。", ["县农委", "小溪河镇"]),  # 包村: a cadre's charge, no village
    ("老板说是刚换的；镇外漠沙镇曼线村村民刀某某在蔗地里焚烧。", ["漠沙镇曼线村", "刀某某"]),  # 镇外: outside the town
])
def test_words_around_a_township_stay_out_of_its_name(names, text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text, context, expected", [
    ("③辛榨乡王畈村保洁员张某某长期不在岗。", "湖北省孝感市安陆市",
     [("辛榨乡王畈村", None), ("张某某", "保洁员")]),  # the village is a unit of its own before a villager's role
    ("马井镇柳林村户主冯某某嫌冲水费水。", "四川省德阳市什邡市", [("马井镇柳林村", None), ("冯某某", "户主")]),
    ("金龙镇三合村党总支书记彭国强作交流发言。", "湖南省株洲市攸县",
     [("彭国强", "金龙镇三合村党总支书记")]),  # (a village's secretary is written with his village)
    ("向阳乡张集村网格员李秀兰说。", "安徽省六安市霍邱县",
     [("向阳乡张集村", None), ("李秀兰", "网格员")]),  # a village jieba cuts whole (张集村) ends before the role too
    ("中和镇拉旦村护水员潘秀英在河湾。", "安徽省六安市霍邱县", [("中和镇拉旦村", None), ("潘秀英", "护水员")]),
    ("花塘乡龙头村护林员邓冬生在山口值守。", "湖南省郴州市临武县",
     [("花塘乡龙头村", None), ("邓冬生", "护林员")]),  # 龙头|村: any word between the township and its 村
    ("云台乡刘庄村原村委会主任赵某某把持码头。", "安徽省六安市霍邱县",
     [("云台乡刘庄村", None), ("赵某某", "原村委会主任")]),  # the committee goes with its head's title
    # …and so does 原 (former), whichever side jieba glues it to (龙滩|村原|村委会, 谢庄村|原村|党)
    ("丁字桥镇龙滩村原村委会主任李某某多年把持河沙生意。", "湖北省咸宁市通山县",
     [("丁字桥镇龙滩村", None), ("李某某", "原村委会主任")]),
    ("陶城镇谢庄村原村党支部书记张某某被开除党籍。", "山东省菏泽市鄄城县",
     [("陶城镇谢庄村", None), ("张某某", "原村党支部书记")]),
    ("石门镇下坊村村委会主任钟春生骑车赶来。", "安徽省六安市霍邱县", [("石门镇下坊村", None), ("钟春生", "村委会主任")]),
    ("对石桥乡农业农村综合服务中心主任马某某予以诫勉谈话。", "湖北省黄冈市浠水县",
     [("石桥乡农业农村综合服务中心", None), ("马某某", "综合服务中心主任")]),  # (农业农村 names no village)
])
def test_a_village_named_before_a_villagers_role_is_no_part_of_the_title(units, text, context, expected) -> None:
    assert [(m.text, m.title) for m in units(text, context)] == expected


@pytest.mark.parametrize("text, expected", [
    # 请 (asking another to act) glued by jieba to the name after it is no part of either name
    ("官垌镇请镇卫生院的医生把毒菌拍下来。", ["官垌镇"]),
    ("请渣园乡、薛店镇于6月20日前整改到位。", ["渣园乡", "薛店镇"]),
    ("县农业农村局已请稻丰源农机专业合作社到各镇现场演示。", ["县农业农村局", "稻丰源农机专业合作社"]),
])
def test_a_body_asked_to_act_is_named_after_the_asking(units, text, expected) -> None:
    assert [m.text for m in units(text, "广西壮族自治区玉林市博白县")] == expected


@pytest.mark.parametrize("text, expected", [
    # the company's part in the work (施工方, 承建单位, 销售方, 生产者, 供货商) is no part of its name
    ("施工方粤华建筑工程有限公司于8月21日被责令停工整改。", "粤华建筑工程有限公司"),
    ("承建单位四川川东建设工程有限公司被约谈。", "四川川东建设工程有限公司"),
    ("销售方金瑞超市已被立案调查。", "金瑞超市"),
    ("生产者华顺食品厂已被立案调查。", "华顺食品厂"),
    ("上海青水环境运维有限公司整改了49个问题。", "上海青水环境运维有限公司"),  # (运维 inside a name stays)
])
def test_a_companys_part_in_the_work_stays_out_of_its_name(units, text, expected) -> None:
    assert [m.text for m in units(text, "广东省肇庆市端州区")] == [expected]


def test_a_task_force_is_a_body_named_whole_and_by_its_short_form(units) -> None:
    text = ("宣汉县城镇燃气安全排查整治工作专班（以下简称“县燃气专班”）从6月15日起逐户排查。8月起，县燃气专班每月通报"
            "一次。楚村镇对居家隔离人员实行“一户一专班”管理。")
    found = [(m.text, m.canonical) for m in units(text, "四川省达州市宣汉县")]
    assert found == [("宣汉县城镇燃气安全排查整治工作专班", "宣汉县城镇燃气安全排查整治工作专班"),
                     ("县燃气专班", "宣汉县城镇燃气安全排查整治工作专班"),
                     ("县燃气专班", "宣汉县城镇燃气安全排查整治工作专班"), ("楚村镇", "宣汉县楚村镇")]


@pytest.mark.parametrize("text, context, canonical", [
    ("12月11日至15日，市燃气办会同市市场监管局开展检查。", "江西省鹰潭市贵溪市", "贵溪市城镇燃气安全专项整治工作领导小组办公室"),
    ("区燃气专班会同燃气公司在城中村排查。", "河南省洛阳市洛龙区", "洛龙区城镇燃气安全专项整治工作专班"),
])
def test_gas_safety_offices_are_expanded_where_the_story_does_not_define_them(units, text, context, canonical) -> None:
    assert units(text, context)[0].canonical == canonical


@pytest.mark.parametrize("text, context, expected", [
    ("在泉溪镇，检查人员发现恒泰石料场在河道里堆放石料。", "浙江省金华市武义县", ["泉溪镇", "恒泰石料场"]),
    ("村里先摸底，再联系金禾茶叶专业合作社收购鲜叶。", "浙江省金华市武义县", ["金禾茶叶专业合作社"]),  # (jieba: 联系 n)
    ("县市场监管局暗查农贸市场14个、餐饮单位一百二十六家。", "浙江省金华市武义县", ["县市场监管局"]),
    ("执法人员走进福满楼酒店后厨检查。", "浙江省金华市武义县", ["福满楼酒店"]),
])
def test_a_verb_that_takes_a_body_opens_no_name_after_it(units, text, context, expected) -> None:
    assert [m.text for m in units(text, context)] == expected


@pytest.mark.parametrize("text, expected", [
    ("乡党委书记尼玛泽仁说，草场看住了。", [("尼玛泽仁", "乡党委书记")]),  # 说 after a name without a surname ends it
    ("镇长次仁说，路修好了。", [("次仁", "镇长")]),
    ("村级河长达某某近三个月没有巡河记录。", [("达某某", "村级河长")]),  # an anonymised name ends at its 某某
    ("县委书记、县级总河长王某某主持召开会议。", [("王某某", "县委书记、县级总河长")]),  # a post's level is in its title
    ("副县长、县级河长洛绒主持召开调度会。", [("洛绒", "副县长、县级河长")]),
])
def test_names_without_a_surname_end_before_said_and_a_posts_level_stays_in_its_title(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "四川省甘孜藏族自治州理塘县")] == expected


def test_a_campaign_office_in_a_story_of_the_provinces_sanitary_title_is_that_campaigns(units):
    text = "9月13日，安岳县召开创建省级卫生县城工作推进会。县创卫办通报了考评结果。"
    found = units(text, "四川省资阳市安岳县")
    assert [m.canonical for m in found if m.text == "县创卫办"] == ["安岳县创建省级卫生县城工作领导小组办公室"]
    # a story that names the nation's title too keeps the table's expansion
    found = units("创建省级卫生县城之后，县里又启动创建国家卫生县城。县创卫办通报了考评结果。", "四川省资阳市安岳县")
    assert [m.canonical for m in found if m.text == "县创卫办"] == ["安岳县创建国家卫生县城工作领导小组办公室"]


@pytest.mark.parametrize("text, expected", [
    # in 会同县 itself, 会同 right after a body is "together with" (县林业局|会同|县应急管理局)
    ("4月2日至5日，县林业局会同县应急管理局组成4个暗访组。", ["县林业局", "县应急管理局"]),
    ("县燃气整治办会同县住建局、县市场监管局组成3个督查组。", ["县燃气整治办", "县住建局", "县市场监管局"]),
    ("会同县住建局组成督查组。", ["会同县住建局"]),  # the county's own bureau, opening the sentence
])
def test_together_with_in_the_county_named_for_it(units, text, expected) -> None:
    assert [m.text for m in units(text, "湖南省怀化市会同县")] == expected


@pytest.mark.parametrize("text, expected", [
    # a word jieba glued to the function character before a place's name (现对, 火是, 车过) is no part of it
    ("现对龙洞街道、沙东街道予以通报批评。", ["龙洞街道", "沙东街道"]),
    ("火是筋竹镇云龙村村民李某某烧田边杂草引起的。", ["筋竹镇云龙村", "李某某"]),
    ("车过长埠镇湖塘村，他看到路边田里有一处火点。", ["长埠镇湖塘村"]),
    ("伦都乡曲吉村草原管护员未按要求巡查。", ["伦都乡曲吉村"]),  # (都 ends the name)
])
def test_a_word_glued_to_a_function_character_before_a_place_stays_out(units, text, expected) -> None:
    assert [m.text for m in units(text, "广西壮族自治区梧州市岑溪市")] == expected


@pytest.mark.parametrize("text, expected", [
    # 某某 marks a name whatever character opens it, with or without a listed role before it
    ("挖掘机司机买某某只说是“老板让干的”。", ["买某某"]),
    ("瑞丽市人民法院对以岩某某为首的恶势力犯罪集团公开宣判。", ["瑞丽市人民法院", "岩某某"]),
    ("翦某某已被县公安局立案侦查。", ["翦某某", "县公安局"]),
    ("在某某村发现一处火点。", []),  # (a placeholder after a preposition names no one)
])
def test_any_character_before_a_double_mou_opens_a_name(units, text, expected) -> None:
    assert [m.text for m in units(text, "云南省德宏傣族景颇族自治州瑞丽市")] == expected


@pytest.mark.parametrize("text, expected", [
    # a part of a unit written after its name (冷库, 工作组, 口腔科) is no part of the unit's name
    ("延安鑫源果业有限公司冷库内存放的苹果没有检疫证明。", "延安鑫源果业有限公司"),
    ("凉山州应急管理局工作组到现场指导。", "凉山州应急管理局"),
    ("桐梓仁爱医院口腔科的消毒记录不全。", "桐梓仁爱医院"),
])
def test_a_part_of_a_unit_after_its_name_is_no_part_of_it(units, text, expected) -> None:
    assert [m.text for m in units(text, "贵州省遵义市桐梓县")][0] == expected


@pytest.mark.parametrize("text, expected", [
    ("小溪镇的福满园饼家使用过期原料生产月饼。", ["小溪镇", "福满园饼家"]),
    ("忠州街道的江湾鱼府菜单上仍印着“野生江鱼”。", ["忠州街道", "江湾鱼府"]),
])
def test_shops_named_as_a_cake_house_or_a_fish_house(units, text, expected) -> None:
    assert [m.text for m in units(text, "福建省漳州市平和县")] == expected


@pytest.mark.parametrize("text, expected", [
    # a workshop named only by what it makes is a kind, not a unit
    ("6月起，各镇每月对编织作坊夜查一次。", []),
    ("副县长要求，6月底前陶瓷作坊全部实现气瓶入柜。", []),
    ("城关镇的福满园作坊使用过期原料。", ["城关镇", "福满园作坊"]),  # (a name of its own)
])
def test_a_workshop_named_by_what_it_makes_is_no_unit(units, text, expected) -> None:
    assert [m.text for m in units(text, "浙江省丽水市龙泉市")] == expected


@pytest.mark.parametrize("text, expected", [
    ("得胜镇响水滩村村级河长李某某连续两个月未巡河。", [("得胜镇响水滩村", None), ("李某某", "村级河长")]),
    ("迤萨镇东门社区食品安全协管员白秀英每天到社区菜市场巡查。", [("迤萨镇东门社区", None), ("白秀英", "食品安全协管员")]),
    ("镇江关镇木耳寨村群测群防员马学忠提前发出预警。", [("镇江关镇木耳寨村", None), ("马学忠", "群测群防员")]),
    ("因群测群防监测员王德明提前发出预警，村民86人安全转移。", [("王德明", "群测群防监测员")]),
    ("双乐镇团部社区网格员柏春燕每天入户提醒居民安全用气。", [("双乐镇团部社区", None), ("柏春燕", "网格员")]),
    ("麻山街道煤海社区楼长崔玉霞每天清扫楼道。", [("麻山街道煤海社区", None), ("崔玉霞", "楼长")]),
    ("燃气安全排查台账不全。社区网格员陶春兰逐户上门排查。", [("陶春兰", "社区网格员")]),  # (the post's own 社区)
    # posts with what they look after (燃气|安全员, 水库|巡查员), the village still a unit of its own
    ("怀柔镇芦庄村村级燃气安全员冀淑敏每天挨家挨户查看壁挂炉。", [("怀柔镇芦庄村", None), ("冀淑敏", "村级燃气安全员")]),
    ("南牛乡塔北村安全网格员郄永强每天挨家挨户检查燃气灶具。", [("南牛乡塔北村", None), ("郄永强", "安全网格员")]),
    ("在张村乡留府村，护堤员戴广田每天沿堤巡查。", [("张村乡留府村", None), ("戴广田", "护堤员")]),
    ("黄庄乡刘家湾村乡村医生吴小兰挨家挨户登记。", [("黄庄乡刘家湾村", None), ("吴小兰", "乡村医生")]),
    # a township before the post is its title's
    ("虹星桥镇村级河长周某某连续两个月未按要求巡河。", [("周某某", "虹星桥镇村级河长")]),
    ("村级河长泽某某的巡河记录系事后补写。", [("泽某某", "村级河长")]),
    # the village's own post: its 村 (or 村级) written after the village's is the title's
    ("热河乡拖木沟村村食品安全协管员吉克阿依入户查看厨房。", [("热河乡拖木沟村", None), ("吉克阿依", "村食品安全协管员")]),
    ("水西镇黄屋坪村村保洁员赖桂兰每天清扫巷道。", [("水西镇黄屋坪村", None), ("赖桂兰", "村保洁员")]),
    ("彬桥乡那旺村村级防疫员陆秀梅说，泔水桶都收走了。", [("彬桥乡那旺村", None), ("陆秀梅", "村级防疫员")]),
    ("报备宴席5场，村食品安全协管员余秀珍场场上门指导。", [("余秀珍", "村食品安全协管员")]),
])
def test_a_grassroots_post_after_its_village_stands_apart_from_it(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text)] == expected


@pytest.mark.parametrize("text", [
    "白鹤社区组织网格员和楼栋长逐户上门，发放蚊香、驱蚊液。",
    "中华街道推行“楼长包楼”责任制，整改彻底。",
    "安置区推行“楼长包栋”保洁的做法。",
])
def test_what_a_building_head_does_is_no_name(units, text) -> None:
    assert [m for m in units(text) if m.type == "person"] == []


@pytest.mark.parametrize("text, expected", [
    ("洪渡镇护渔队每天巡河，施工队用他家的石料。", [("洪渡镇", "township")]),
    ("广兴镇唐家寺村老人保洁队清理河道。", [("广兴镇唐家寺村", "community")]),
    # a body's 大队 is one; so is a crew named with its county
    ("县消防救援大队检查。", [("县消防救援大队", "government")]),
])
def test_a_crew_is_no_unit_but_the_place_it_is_of_is(units, text, expected) -> None:
    assert [(m.text, m.type) for m in units(text, "贵州省铜仁市沿河土家族自治县")] == expected


def test_a_body_named_with_a_verb_before_its_head_s_title_is_the_title_s(units) -> None:
    # 执法 names the 大队 (a verb a body's name carries): the whole body is the role's, no unit of its own
    found = units("县市场监管局执法大队大队长何志华被评为先进个人。", "四川省南充市南江县")
    assert [(m.text, m.title) for m in found] == [("何志华", "县市场监管局执法大队大队长")]


@pytest.mark.parametrize("text, expected", [
    # jieba joins the body to its head's title (医院院长, 中学校长, 协会会长, 科科长): the words naming that body
    # before it are the role's too
    ("县人民医院院长刘志强介绍，自9月起医院开展专项整治。", [("刘志强", "县人民医院院长")]),
    ("富源县第一中学校长李明说。", [("李明", "富源县第一中学校长")]),
    ("巴西华人协会会长张伟表示。", [("张伟", "巴西华人协会会长")]),
    ("市疾控中心消杀科科长陶红梅带队指导。", [("陶红梅", "市疾控中心消杀科科长")]),
    ("县个体劳动者协会副会长张伟表示。", [("张伟", "县个体劳动者协会副会长")]),
    # a word jieba does not know names the body after a place (上海|工程技术|大学)
    ("上海工程技术大学管理学院副院长罗娟告诉记者。", [("罗娟", "上海工程技术大学管理学院副院长")]),
])
def test_the_body_a_title_names_is_the_title_s_whole(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "上海市黄浦区")] == expected


def test_a_later_mention_of_an_anonymised_name_carries_the_title_of_the_first(units) -> None:
    text = ("当事人翦某某承认，每头牛都注水。现场扣押牛肉约420公斤，翦某某已被县公安局立案侦查。"
            "村民李某某发现后报告，李某某获奖励500元。")
    assert [(m.text, m.title) for m in units(text, CONTEXT) if m.type == "person"] == [
        ("翦某某", "当事人"), ("翦某某", "当事人"), ("李某某", "村民"), ("李某某", "村民")]


@pytest.mark.parametrize("text, name, title", [
    # jieba glues the role's last character to the family name (作坊|主雷|某某, 送气|工田|某某, 房|东林|某某)…
    ("把家庭作坊纳入网格巡查，作坊主雷某某在窑边搭了一间木棚。", "雷某某", "作坊主"),
    ("这家供应站的送气工田某某骑三轮车一趟拉九只钢瓶。", "田某某", "送气工"),
    ("辖区群租房心中无数，房东林某某把一套三居室隔成7个小间。", "林某某", "房东"),
    # …or cuts it off alone (制种|户|吴某某, 守桥|人|吴某某)
    ("制种户吴某某打完药就把空瓶扔在田埂上。", "吴某某", "制种户"),
    ("守桥人吴某某却说“烧了几百年都没事”。", "吴某某", "守桥人"),
    # a 村 glued to the role's word is the village's; a word qualifying the role is the role's
    ("溪口镇半寮村莲农张某某把自家莲子卖给上门收货的商贩。", "张某某", "莲农"),
    ("狮寨镇茶叶作坊主韦某某把卧室设在堆满干茶的阁楼上。", "韦某某", "茶叶作坊主"),
    ("8月8日其实际控制人阳某某等3人被县公安局刑事拘留。", "阳某某", "实际控制人"),
    # where the person comes from is no part of the role
    ("外来收茶贩吴某某开车直接进了村。", "吴某某", "收茶贩"),
])
def test_a_private_role_whose_last_character_jieba_glued_to_the_family_name(units, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text, CONTEXT) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text, title", [
    ("市委书记、市第一总河长陈伟出席并讲话。", "市委书记、市第一总河长"),
    ("县红十字会常务副会长杨洁介绍，1—5月全县共募集善款。", "县红十字会常务副会长"),
    ("该村驻村第一书记汪建国被评为优秀第一书记。", "驻村第一书记"),
])
def test_words_qualifying_a_role_before_a_name_are_the_title_s(units, text, title) -> None:
    assert [m.title for m in units(text, CONTEXT) if m.type == "person"] == [title]


@pytest.mark.parametrize("text, expected", [
    ("闵行区吴泾镇紫竹苑居委会楼组长费建明未按要求登记。", [("闵行区吴泾镇紫竹苑居委会", None), ("费建明", "楼组长")]),
    ("江湾镇街道奎照居委会保洁员瞿阿娣每天清扫弄堂。", [("江湾镇街道奎照居委会", None), ("瞿阿娣", "保洁员")]),
])
def test_a_residents_committee_before_the_post_of_one_of_its_people_is_a_unit_apart(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "上海市黄浦区")] == expected


@pytest.mark.parametrize("text, name, title, context", [
    # (冒雨: how the look was made, no part of the name, where names without a family name are looked for too)
    ("当天下午，区委副书记、区长祁建疆冒雨察看沿岸行洪情况。", "祁建疆", "区委副书记、区长", "新疆维吾尔自治区乌鲁木齐市头屯河区"),
    ("1月14日，区委副书记、区长綦文涛带队检查冬季燃气安全。", "綦文涛", "区委副书记、区长", CONTEXT),  # (a rare family name)
    ("区委常委、副区长门庆涛及区河长办负责人陪同。", "门庆涛", "区委常委、副区长", CONTEXT),
    ("饸饹面馆后厨生熟不分，负责人郄某某被约谈。", "郄某某", "负责人", CONTEXT),
    ("在桦林社区，网格员于红霞每天挨家挨户走访。", "于红霞", "网格员", CONTEXT),  # (红霞: a word, and a given name)
    ("楼院长孟凡英每天清晨带领居民清扫楼道。", "孟凡英", "楼院长", CONTEXT),
    ("学校食堂实行“明厨亮灶”，食堂管理员周淑琴每天对食材逐一查验。", "周淑琴", "食堂管理员", CONTEXT),
])
def test_names_and_grassroots_titles_of_the_newest_stories(units, text, name, title, context) -> None:
    person = next(m for m in units(text, context) if m.type == "person")
    assert (person.text, person.title) == (name, title)


@pytest.mark.parametrize("text, expected", [
    ("巡查中发现，王家沟街道辖区一处排洪沟被建筑垃圾堵塞。", ["王家沟街道"]),  # (王家|沟|街道: a family's name)
    ("▲头屯河街道清雪除冰与环境整治同步推进", ["头屯河街道"]),  # (头|屯河|街道)
    ("环卫工人每天清扫街道两遍。", []),
    ("该社区垃圾分类准确率居全街道第一。", []),
])
def test_a_street_office_jieba_cut_from_its_name_after_a_proper_or_family_name(org_names, text, expected) -> None:
    assert [n for n in org_names(text) if n.endswith("街道")] == expected


@pytest.mark.parametrize("text, name", [
    ("（四）南门街道的鑫盛火锅城后厨未设防蝇防鼠设施。", "鑫盛火锅城"),
    ("青泥洼桥街道的鑫盛小吃城无防蝇防鼠设施。", "鑫盛小吃城"),
])
def test_a_hotpot_or_snack_city_is_a_business(units, text, name) -> None:
    shop = next(m for m in units(text) if m.text.endswith("城"))
    assert (shop.text, shop.type) == (name, "enterprise")


@pytest.mark.parametrize("text, context, expected", [
    ("（三）腰山镇王各庄村有6户农户壁挂炉排烟管未整改。", "河北省保定市顺平县", "顺平县腰山镇王各庄村"),
    ("检查中，仁和镇平各庄村坚持“敲门行动”。", "北京市顺义区", "顺义区仁和镇平各庄村"),
])
def test_a_village_named_x_ge_zhuang_after_its_township(units, text, context, expected) -> None:
    assert [m.canonical for m in units(text, context) if m.type == "community"] == [expected]


@pytest.mark.parametrize("text, context, expected", [
    ("在团结街道丰收社区，网格员胡淑琴每天入户查看。", "吉林省白城市洮南市", "洮南市团结街道丰收社区"),
    ("光亚街道丰收社区微型消防站未开展冬季演练。", CONTEXT, "富源县光亚街道丰收社区"),
])
def test_a_community_named_by_a_verb_villages_are_named_by(units, text, context, expected) -> None:
    assert [m.canonical for m in units(text, context) if m.type == "community"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("在先进苏木阿其玛嘎查，保洁员乌仁图雅每天清扫。", "库伦旗先进苏木阿其玛嘎查"),  # (其 a sound of the name)
    ("对高力板镇白音胡硕嘎查清雪除冰及时给予肯定。", "库伦旗高力板镇白音胡硕嘎查"),  # (白音胡硕嘎|查清|雪)
])
def test_a_gacha_after_its_township_is_one_unit(units, text, expected) -> None:
    assert [m.canonical for m in units(text, "内蒙古自治区通辽市库伦旗") if m.type == "community"] == [expected]


@pytest.mark.parametrize("text, name, title", [
    ("副市长战宏伟要求，1月20日前完成黑榜问题整改。", "战宏伟", "副市长"),
    ("北正镇马家围子村保洁员修淑珍每天清扫村道积雪。", "修淑珍", "保洁员"),
])
def test_zhan_and_xiu_are_family_names(units, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text", ["网格员修复了破损的路灯。", "保洁员修剪了村道两旁的树枝。"])
def test_a_verb_opened_by_xiu_after_a_post_is_no_name(units, text) -> None:
    assert [m.text for m in units(text) if m.type == "person"] == []


@pytest.mark.parametrize("text, name, title", [
    ("六家子镇五家户村村级保洁员宝音仓十余天未清运垃圾。", "宝音仓", "村级保洁员"),
    ("在白音花镇梁家营子村，保洁员阿拉坦花每天清扫村道、清运垃圾。", "阿拉坦花", "保洁员"),
    ("在滨河街道朝阳社区，楼栋长敖登其其格每天清理楼道杂物。", "敖登其其格", "楼栋长"),
    ("副区长萨仁高娃在4月16日的调度会上提出要求。", "萨仁高娃", "副区长"),  # (在 ends the name)
])
def test_a_name_opening_as_mongolian_names_do_after_a_post(units, text, name, title) -> None:
    found = units(text, "内蒙古自治区通辽市库伦旗")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text, name, title", [
    ("该店被罚款两万元，其负责人庹某某被约谈。", "庹某某", "负责人"),
    ("经营者拉某某认为“雪还没化，烧不着”。", "拉某某", "经营者"),
    ("勐约乡邦瓦村护林员排某某一连三天没有上山。", "排某某", "护林员"),
])
def test_an_anonymised_name_after_a_title_takes_it_whatever_its_family_name(units, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text, name, title", [
    ("在宅北乡柳林峪村，灾害信息员栗宝成每天雨后巡查村后山体。", "栗宝成", "灾害信息员"),
    ("在年扎村，村级防疫员张建国每天入户宣传鼠疫防控知识。", "张建国", "村级防疫员"),
])
def test_a_post_keeps_the_field_or_level_written_before_it(units, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text, name", [
    ("旗委副书记、旗长巴图苏和带队检查防汛工作。", "巴图苏和"),  # (巴 a family name: not 巴图苏)
    ("网格员卓玛才吉每天骑摩托车入户宣传。", "卓玛才吉"),
    ("保洁员德吉拉毛每天清扫村道积雪。", "德吉拉毛"),
])
def test_mongolian_and_tibetan_names_of_four_ending_in_suhe_caiji_or_lamao(units, text, name) -> None:
    assert [m.text for m in units(text, "青海省海北藏族自治州刚察县") if m.type == "person"] == [name]


@pytest.mark.parametrize("text, expected", [
    ("塔秀乡寄宿制小学从业人员2名未持健康证。", ["贵南县塔秀乡寄宿制小学"]),
    ("海晏县民族寄宿制中学校园周边秩序良好。", ["海晏县民族寄宿制中学"]),
    ("各乡镇寄宿制小学要落实陪餐制度。", []),  # (generic: no place names the schools)
])
def test_a_boarding_school_named_after_its_place(units, text, expected) -> None:
    assert [m.canonical for m in units(text, "青海省海南藏族自治州贵南县") if m.type == "school"] == expected


@pytest.mark.parametrize("text, name", [
    ("7月14日，市委副书记、市长额尔敦其其格以市总河长身份带队巡查。", "额尔敦其其格"),  # (two openings; 以 ends it)
    ("市纪委监委约谈了苏木党委副书记、苏木达额尔敦毕力格和六家子镇党委副书记。", "额尔敦毕力格"),  # (和 after six)
    ("副旗长那仁满都拉带队检查。", "那仁满都拉"),
])
def test_mongolian_names_opening_with_erdun_or_naren_run_to_their_end(units, text, name) -> None:
    found = units(text, "新疆维吾尔自治区博尔塔拉蒙古自治州博乐市")
    assert name in [m.text for m in found if m.type == "person"]


@pytest.mark.parametrize("text, expected", [
    ("西王村有2场集体聚餐未按规定报备，协管员柴振兴未到场指导。", [("柴振兴", "协管员")]),
    ("真饭庄承办宴席未按规定留样，乡村厨师海某某未持有效健康证。", [("海某某", "乡村厨师")]),
    ("个别村民储水缸未加盖。", []),  # (储 a family name, 水缸 a thing)
])
def test_a_name_with_a_rare_family_name_after_a_private_role_before_a_duty_not_done(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == expected


@pytest.mark.parametrize("text, village, name, title", [
    ("臧屯乡东柳屯村燃气安全员邵文利连续两周未入户巡查。", "臧屯乡东柳屯村", "邵文利", "燃气安全员"),
    ("接文镇五道沟村护堤员芦德胜连续一周无巡查记录。", "接文镇五道沟村", "芦德胜", "护堤员"),
    ("黄甫镇大石畔村食品安全信息员任桂兰每天到村内小卖部查验。", "黄甫镇大石畔村", "任桂兰", "食品安全信息员"),
])
def test_a_village_stands_apart_from_its_safety_worker_dike_guard_or_informant(units, text, village, name,
                                                                               title) -> None:
    found = units(text)
    assert [m.text for m in found if m.type == "community"] == [village]
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text", [
    "区爱卫办对各街道、镇农贸市场、餐饮单位开展检查。",
    "区卫健委对各街镇农贸市场和居民小区开展检查。",
    "寿安镇组织志愿者对场镇农贸市场周边开展集中整治。",  # (场镇: a town's centre)
])
def test_a_township_level_closing_a_word_of_levels_opens_no_unit(units, text) -> None:
    assert "镇农贸市场" not in [m.text for m in units(text)]


def test_a_gacha_s_river_chief_is_a_grassroots_post(units) -> None:
    found = units("在宝绍代苏木乌兰淖尔嘎查，嘎查级河长乌力吉图每天骑摩托车沿河巡查。", "内蒙古自治区通辽市扎鲁特旗")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("乌力吉图", "嘎查级河长")]
    found = units("花吐古拉镇乌兰敖道嘎查嘎查级河长白金山连续两个月无巡河记录。", "内蒙古自治区通辽市扎鲁特旗")
    assert [(m.text, m.title, m.stance) for m in found if m.type == "person"] == [("白金山", "嘎查级河长", "criticized")]


@pytest.mark.parametrize("text, name, stance", [
    ("在永正乡坳里村，聚餐指导员巩彩霞每次聚餐前上门查看食材。", "巩彩霞", "praised"),
    ("（三）铁锁关镇燕儿岩村聚餐指导员蒲德全未落实农村集体聚餐报备。", "蒲德全", "criticized"),
])
def test_a_banquet_guide_is_a_grassroots_post(units, text, name, stance) -> None:
    assert [(m.text, m.title, m.stance) for m in units(text) if m.type == "person"] == [(name, "聚餐指导员", stance)]


@pytest.mark.parametrize("text, name", [
    ("7月17日，区委副书记、区长展鸿飞带队巡查双阳河。", "展鸿飞"),
    ("玉皇庙镇黄草坪村燃气安全员庹永福未按要求入户巡查。", "庹永福"),
])
def test_zhan_and_tuo_are_family_names(units, text, name) -> None:
    assert [m.text for m in units(text) if m.type == "person"] == [name]


@pytest.mark.parametrize("text, name", [
    ("墩阔坦乡琼阿其克村聚餐指导员热合曼·托乎提未上门指导，村内一场婚宴。", "热合曼·托乎提"),
    ("阿克别里斗乡喀拉奥依村食品安全协管员别克苏力坦·阿曼未对村民冬宰宴席开展指导。", "别克苏力坦·阿曼"),
])
def test_a_transliterated_name_ends_before_a_duty_not_done(units, text, name) -> None:
    found = units(text, "新疆维吾尔自治区巴音郭楞蒙古自治州尉犁县")
    assert [m.text for m in found if m.type == "person"] == [name]


@pytest.mark.parametrize("text, name", [
    ("老僧堂镇后魏村保洁员颜景和连续3天未清运垃圾。", "颜景和"),  # (和 ends the name before 连续)
    ("东园镇红泉村村级河长苏占福近一个月无巡河记录。", "苏占福"),
    ("在永顺镇榆景社区，楼门长岳凤琴每次入户都提醒居民不在楼道堆放杂物。", "岳凤琴"),
])
def test_a_name_ends_before_how_long_or_how_often_its_holder_worked(units, text, name) -> None:
    found = units(text, "宁夏回族自治区中卫市沙坡头区")
    assert [m.text for m in found if m.type == "person"] == [name]


@pytest.mark.parametrize("text, name", [
    ("大新镇燕鸽村保洁员锁长福连续5天未清运村内垃圾。", "锁长福"),
    ("县市场监管局局长拜建军通报，今年以来全县共查处案件12起。", "拜建军"),
    ("在宋桂镇罗旁村，乡村医生植桂英每天入户排查发热病人。", "植桂英"),
])
def test_hui_and_cantonese_family_names_open_names_after_a_title(units, text, name) -> None:
    assert [m.text for m in units(text) if m.type == "person"] == [name]


@pytest.mark.parametrize("text", ["护林员植树造林，网格员锁定可疑车辆后立即报告。", "村里的巡查员路过却没有制止。"])
def test_a_word_after_a_weak_title_opens_no_name(units, text) -> None:
    assert [m.text for m in units(text) if m.type == "person"] == []


@pytest.mark.parametrize("text, village", [
    ("峡河乡和胜村村级河长谭玉山近一个月无巡河记录。", "峡河乡和胜村"),
    ("在伊拉湖镇也木什村，聚餐指导员每场聚餐前上门查看。", "伊拉湖镇也木什村"),
    ("向阳楼街道向荣里社区网格员韦淑敏每天督促沿街商户。", "向阳楼街道向荣里社区"),
    ("检查中，宝山镇对石村防火物资储备充足。", "宝山镇对石村"),
])
def test_a_function_character_after_a_township_may_open_its_village_s_name(units, text, village) -> None:
    assert village in [m.text for m in units(text) if m.type == "community"]


@pytest.mark.parametrize("text, township", [
    ("者竜乡也有两名村民吃了自采的野生菌。", "者竜乡"),  # (a clause: numerals after 也)
    ("重点看场镇和通村公路两边。", "看场镇"),  # (the roads to the villages)
    ("金山镇和各社区对城区2处积水点开展消杀。", "金山镇"),
])
def test_a_clause_after_a_township_opens_no_village(units, text, township) -> None:
    found = units(text)
    assert not [m for m in found if m.type == "community"]


@pytest.mark.parametrize("text, name", [
    ("被通报批评；石正镇的旺达养猪场粪污直排沟渠。", "旺达养猪场"),
    ("被通报批评；东关镇的金苗托育园未落实晨午检和因病缺勤登记。", "金苗托育园"),
    ("（二）汤坑镇的鸿运家禽批发行销售无检疫证明的活鸡。", "鸿运家禽批发行"),
])
def test_a_pig_farm_a_day_nursery_and_a_wholesaler_after_their_township_are_businesses(units, text, name) -> None:
    assert [(m.text, m.type) for m in units(text) if m.type == "enterprise"] == [(name, "enterprise")]


@pytest.mark.parametrize("context, text, name, title", [
    ("西藏自治区林芝市巴宜区", "区委副书记、区长洛桑丹增出席并讲话，副区长龚晓岚主持会议。", "洛桑丹增", "区委副书记、区长"),
    ("新疆维吾尔自治区巴音郭楞蒙古自治州和硕县", "县委副书记、县长阿拉腾仓出席并讲话。", "阿拉腾仓", "县委副书记、县长"),
    ("西藏自治区日喀则市亚东县", "上亚东乡琼珠村保洁员边巴旺杰连续四天未清运垃圾。", "边巴旺杰", "保洁员"),
    ("新疆维吾尔自治区巴音郭楞蒙古自治州和硕县", "苏哈特乡查汗通古村安全员巴音朝格图未按要求入户排查煤炉。", "巴音朝格图", "安全员"),
    ("西藏自治区山南市扎囊县", "阿扎乡德庆林村村医普布罗布连续两周未上报鼠疫监测信息。", "普布罗布", "村医"),
    # names of two and three characters too
    ("西藏自治区日喀则市萨嘎县", "在旦嘎乡达布村，保洁员琼央每天清扫村道。", "琼央", "保洁员"),
    ("西藏自治区日喀则市萨嘎县", "加加镇曲米村网格员次珍连续五天未入户巡查。", "次珍", "网格员"),
    ("内蒙古自治区锡林郭勒盟阿巴嘎旗", "别力古台镇宝拉根陶海嘎查防疫员萨仁娜每天到牧户家中测温。", "萨仁娜", "防疫员"),
])
def test_a_name_without_a_han_surname_runs_to_the_word_after_it(units, context, text, name, title) -> None:
    assert (name, title) in [(m.text, m.title) for m in units(text, context) if m.type == "person"]


@pytest.mark.parametrize("text", [
    "圭山镇海邑村村民畜禽散养、柴草乱堆，村保洁员未及时清理。",
    "新街镇箐口村村地质灾害监测员夜间脱岗，个别村民擅自返回危房。",
    "勐罕镇曼远村村网格员入户清积不到位。",
    "林街乡新民村一户村民家中火塘余火未熄。",
    "油松岭乡在5座山头建了瞭望塔，护林员轮班从早看到晚。",
    "结巴乡雪嘎村村级河长巡河记录近两个月空白。",
    "乡卫生院的医生随叫随到。",  # a word runs on past the word that follows names
    "对护河员们来说，汛期最忙的日子才刚开始。",  # the role's plural
])
def test_a_clause_after_a_role_is_no_name_without_a_han_surname(units, text) -> None:
    found = units(text, "云南省红河哈尼族彝族自治州红河县")
    assert [m.text for m in found if m.type == "person"] == []


@pytest.mark.parametrize("text, name, title", [
    ("副市长衣洪涛要求，各乡镇于8月底前完成整改。", "衣洪涛", "副市长"),
    ("毛都站镇黄家围子村保洁员初桂兰每天清扫村道积雪。", "初桂兰", "保洁员"),
    ("景古镇阿姑山村食品安全协管员喇秀兰每天到村内小卖部查看。", "喇秀兰", "食品安全协管员"),
    ("五里坨街道高井社区垃圾分类指导员常宝林连续一周未到桶站值守。", "常宝林", "垃圾分类指导员"),
    ("在甜水镇马圈湾村，护坝员敬巧莲每逢降雨第一时间到坝上巡查。", "敬巧莲", "护坝员"),
    ("在微山岛镇前店子村，护湖员孔令娥每天驾船巡湖。", "孔令娥", "护湖员"),
])
def test_more_family_names_and_grassroots_posts(units, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == [(name, title)]


def test_words_opening_with_new_family_names_after_a_title_are_no_names(units) -> None:
    assert [m for m in units("村级河长初步建立巡河制度，网格员衣着整洁。") if m.type == "person"] == []


@pytest.mark.parametrize("text, township", [
    ("会上，洪家镇作经验交流发言，枣元镇作表态发言。", "枣元镇"),
    ("会上，长坝镇作经验交流发言，豆坪镇作表态发言。", "豆坪镇"),
])
def test_a_township_jieba_glued_to_the_verb_after_it_is_found(units, text, township) -> None:
    assert township in [m.text for m in units(text) if m.type == "township"]


@pytest.mark.parametrize("text, expected", [
    ("严格落实24小时值班制度，每个沿河村确定巡堤员2至4名。", []),
    ("保岱镇为沿河村聘请护河员三十六名。", ["保岱镇"]),
    ("在漭水镇沿河村，保洁员每天巡查。", ["漭水镇沿河村"]),
    ("昨日，江边街道在沿江社区召开背街小巷环境整治推进会。", ["江边街道", "沿江社区"]),
])
def test_a_village_named_by_the_river_is_one_only_after_its_township(units, text, expected) -> None:
    assert [m.text for m in units(text) if m.type in ("township", "community")] == expected


def test_a_residents_committee_after_its_street_is_a_community(units) -> None:
    found = units("在长海路街道翔殷居委会，楼组长汪秀凤每天巡查楼道积水。", "上海市杨浦区")
    assert [(m.text, m.type) for m in found if m.type != "person"] == [("长海路街道翔殷居委会", "community")]


@pytest.mark.parametrize("text, title", [
    ("在五佛乡泰丰村，户厕管护员陶玉芳每周上门检查户厕使用情况。", "户厕管护员"),
    ("在李阁镇北孟庄村，改厕管护员颜秀兰每天上门查看。", "改厕管护员"),
])
def test_a_toilet_keeper_s_title_keeps_what_the_post_looks_after(units, text, title) -> None:
    assert [m.title for m in units(text) if m.type == "person"] == [title]


@pytest.mark.parametrize("text, name", [
    ("；塔什乡阿克村护林员艾尼瓦尔·吐尔逊近十天未上山巡查。", "艾尼瓦尔·吐尔逊"),
    ("；城关镇东街村村级河长卢文举近二十天无巡河记录。", "卢文举"),
])
def test_a_name_ends_before_how_long_a_duty_was_left(units, text, name) -> None:
    assert [m.text for m in units(text, "新疆维吾尔自治区阿克苏地区乌什县") if m.type == "person"] == [name]


@pytest.mark.parametrize("text, name", [
    ("在东关街道新华社区，保洁员马兰英每天清扫楼院。", "马兰英"),
    ("；西河镇李庄村保洁员庞德胜连续5天未清扫村道。", "庞德胜"),
])
def test_a_name_of_three_opening_with_an_uncommon_word_is_a_name_before_its_round(units, text, name) -> None:
    assert [m.text for m in units(text) if m.type == "person"] == [name]


@pytest.mark.parametrize("text", ["保洁员管理台账不全。", "包联干部全部到村。", "网格员巡查到位。"])
def test_a_common_word_after_a_role_many_hold_opens_no_name(units, text) -> None:
    assert [m for m in units(text) if m.type == "person"] == []


def test_a_clause_of_when_and_which_before_a_gacha_is_no_name(units) -> None:
    found = units("各苏木镇要在1月20日前完成整改，春节期间每个嘎查村配备燃气安全员1至2名。", "内蒙古自治区通辽市扎鲁特旗")
    assert [m.text for m in found if m.type == "community"] == []


def test_a_district_heating_substation_is_no_unit(units) -> None:
    found = units("区长一行走进集中供热换热站、液化气供应站和农贸市场。", "内蒙古自治区呼伦贝尔市扎兰屯市")
    assert [m.text for m in found if m.type != "person"] == []


def test_a_transcribed_village_name_of_four_may_hold_qi_after_its_township(units) -> None:
    found = units("牙甫泉镇位列第一，库木西力克乡玉其喀什村保洁员每天清扫村道。", "新疆维吾尔自治区喀什地区疏勒县")
    assert "库木西力克乡玉其喀什村" in [m.text for m in found if m.type == "community"]


@pytest.mark.parametrize("text, name", [
    ("（三）东吐莫村食品安全协管员付国春未对村民操办的2场婚宴进行登记。", "付国春"),
    ("；道朗镇西里峪村保洁员朱德芹每天清扫村道。", "朱德芹"),
    ("；白音诺勒乡查干诺尔村食品安全协管员乌云格日乐每逢村民操办酒席都上门指导。", "乌云格日乐"),
])
def test_a_name_ends_before_a_duty_not_done_or_how_often_a_round_is_made(units, text, name) -> None:
    found = units(text, "黑龙江省大庆市杜尔伯特蒙古族自治县")
    assert [m.text for m in found if m.type == "person"] == [name]


def test_a_community_opening_a_numbered_item_is_found(units) -> None:
    found = units("一、存在的主要问题\n（一）新风社区辖区有3条背街小巷垃圾堆积。", "海南省三亚市天涯区")
    assert [m.text for m in found] == ["新风社区"]


def test_a_frozen_food_wholesaler_named_by_its_trade_alone_is_no_unit(units) -> None:
    found = units("旗卫健委组成3个暗访组，对超市、冻品批发部、餐馆和学校食堂开展暗访。", "内蒙古自治区乌兰察布市察哈尔右翼后旗")
    assert [m.text for m in found] == ["旗卫健委"]


@pytest.mark.parametrize("text, name", [
    ("副县长茹仙古丽·买提尼亚孜要求，各乡镇于5月25日前完成整改。", "茹仙古丽·买提尼亚孜"),
    ("县长吐尔逊江·买提尼亚孜带队检查台兰河防汛工作。", "吐尔逊江·买提尼亚孜"),
])
def test_a_transliterated_name_runs_to_the_word_that_follows_names(units, text, name) -> None:
    assert [m.text for m in units(text, "新疆维吾尔自治区和田地区洛浦县") if m.type == "person"] == [name]


def test_a_transliterated_name_ends_before_a_clause_character(units) -> None:
    found = units("瑞士驻华大使尼古拉斯·英博登在会上讲话。")
    assert "尼古拉斯·英博登在会上" not in [m.text for m in found]


@pytest.mark.parametrize("text, expected", [
    ("副县长占晓峰要求，1月25日前完成整改。", ["占晓峰"]),
    ("保洁员占道堆放杂物，被责令整改。", []),
])
def test_zhan_is_a_family_name_before_a_given_name_that_is_no_word(units, text, expected) -> None:
    assert [m.text for m in units(text) if m.type == "person"] == expected


@pytest.mark.parametrize("text", ["县农业农村局对全县改厕村开展户厕问题排查。", "各乡镇要在7月31日前完成整改，每个改厕村配备管护员1至2名。"])
def test_the_villages_whose_privies_were_rebuilt_are_no_unit(units, text) -> None:
    assert [m for m in units(text) if m.type == "community"] == []


def test_a_transcribed_village_name_of_four_may_open_with_qi_after_its_township(units) -> None:
    found = units("在洛克乡其乃巴格村，护河员帕提古丽·肉孜每天巡河。", "新疆维吾尔自治区喀什地区叶城县")
    assert [m.text for m in found if m.type == "community"] == ["洛克乡其乃巴格村"]


def test_a_mongolian_name_ends_before_a_duty_not_done(units) -> None:
    found = units("（三）库伦苏木白音查干嘎查安全员阿拉坦苏和未按要求入户检查。", "内蒙古自治区乌兰察布市察哈尔右翼中旗")
    assert [m.text for m in found if m.type == "person"] == ["阿拉坦苏和"]


@pytest.mark.parametrize("kind", ["清真餐饮店", "糕饼作坊"])
def test_more_kinds_of_business_named_by_their_trade_alone(units, kind) -> None:
    assert [m.text for m in units(f"县市场监管局对全县商超、农贸市场和{kind}开展专项检查。")] == ["县市场监管局"]


@pytest.mark.parametrize("text, expected", [
    ("；直罗镇杜家河村户厕管护员高守义对5座破损户厕未及时维修。",
     [("直罗镇杜家河村", None), ("高守义", "户厕管护员")]),
    ("在董封乡上河村，村燃气安全员茹建国每天入户巡查。", [("董封乡上河村", None), ("茹建国", "村燃气安全员")]),
])
def test_a_village_named_before_what_a_post_looks_after_stands_apart_from_the_title(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "陕西省延安市富县")] == expected


@pytest.mark.parametrize("text, name", [
    ("马山镇北峪村保洁员鹿长海连续6天未清运村内垃圾。", "鹿长海"),
    ("饮马镇南岳村燃气安全员矫俊峰连续两周未入户巡查。", "矫俊峰"),
    ("凤凰城镇曹家窑村保洁员尉占元每天清扫村道。", "尉占元"),
    ("漕河镇前卜村食品安全协管员侍长海连续两个月未上报。", "侍长海"),
])
def test_lu_and_jiao_open_names_after_a_grassroots_post(units, text, name) -> None:
    assert [m.text for m in units(text, "山东省潍坊市昌邑市") if m.type == "person"] == [name]


def test_a_negation_jieba_glues_to_a_mongolian_name_opens_the_duty_left_undone(units) -> None:
    found = units("宝力根苏木查干淖尔嘎查食品安全协管员苏和朝鲁未按要求对牧民操办的婚宴进行备案。", "内蒙古自治区锡林郭勒盟锡林浩特市")
    assert [m.text for m in found if m.type == "person"] == ["苏和朝鲁"]


@pytest.mark.parametrize("text, name", [
    ("喀拉希力克乡阔克舍木村村级防疫员别克扎提·沙吾提未按月为家犬投药驱虫。", "别克扎提·沙吾提"),
    ("在照壁山乡平顶山村，村防疫员努尔兰·别克每月上门为全村犬只投药。", "努尔兰·别克"),
])
def test_a_transliterated_name_after_a_role_many_hold_needs_no_common_surname(units, text, name) -> None:
    found = units(text, "新疆维吾尔自治区阿勒泰地区阿勒泰市")
    assert [m.text for m in found if m.type == "person"] == [name]


@pytest.mark.parametrize("text, expected", [
    ("在都杨镇社岗村，山塘巡查员莫带好每天早晚查看山塘水位。", ["莫带好"]),
    ("新韶镇李屋村保洁员黎带娣每天清扫村道、清运垃圾。", ["黎带娣"]),
    ("副县长李带队检查了三个乡镇。", []),  # (带队: a common word, no given name)
])
def test_dai_opens_a_given_name_that_is_no_word(units, text, expected) -> None:
    assert [m.text for m in units(text, "广东省云浮市云安区") if m.type == "person"] == expected


@pytest.mark.parametrize("text, name", [
    ("克日乡宗琼村食品安全协管员四郎扎巴连续二十天未上门登记。", "四郎扎巴"),
    ("雄松乡达吉村保洁员洛松向巴连续一周未清扫村道。", "洛松向巴"),
])
def test_tibetan_names_ending_in_zhaba_and_xiangba_after_a_post(units, text, name) -> None:
    assert [m.text for m in units(text, "西藏自治区昌都市贡觉县") if m.type == "person"] == [name]


@pytest.mark.parametrize("text, name", [
    ("被县住建局责令整改并罚款2万元，其负责人苌某被约谈。", "苌某"),
    ("被县住建局责令停业整改并罚款2万元，其负责人脱某被约谈。", "脱某"),
])
def test_an_anonymised_person_in_charge_is_named_whatever_the_family_name(units, text, name) -> None:
    found = units(text, "河北省廊坊市大厂回族自治县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, "负责人")]


def test_a_name_of_two_ends_before_how_long_its_holder_left_a_duty_undone(units) -> None:
    found = units("地都镇埔美村村级河长陈锐近一个月无巡河记录。", "广东省揭阳市榕城区")
    assert [m.text for m in found if m.type == "person"] == ["陈锐"]


@pytest.mark.parametrize("kind", ["牛羊肉店", "烧腊店"])
def test_butchers_and_roast_meat_shops_named_by_their_trade_alone(units, kind) -> None:
    assert [m.text for m in units(f"县市场监管局对农贸市场、商超、{kind}和景区餐饮单位开展暗访。")] == ["县市场监管局"]


@pytest.mark.parametrize("text", [
    "权永康一行先后来到杨陵街道，实地察看农贸市场、小餐饮店和村庄环境。",
    "区卫计局组成4个督查组，督查农贸市场、城中村和餐饮单位等点位。",
    "区卫计局组成4个检查组，对超市、海鲜市场和餐饮单位开展检查。",
])
def test_markets_after_a_verb_of_inspection_and_seafood_markets_are_no_business(units, text) -> None:
    assert [m.type for m in units(text, "陕西省咸阳市杨陵区") if m.type == "enterprise"] == []


@pytest.mark.parametrize("text, name", [
    ("尼雅镇的古丽馕房面粉与杂物混放。", "古丽馕房"),
    ("白沙街道的翠园花木场盆景托盘大量积水。", "翠园花木场"),
])
def test_naan_bakeries_and_nurseries_are_businesses(units, text, name) -> None:
    assert [(m.text, m.type) for m in units(text, "新疆维吾尔自治区和田地区民丰县") if m.type == "enterprise"] == [
        (name, "enterprise")]


def test_a_yi_name_of_three_ends_before_a_word_that_follows_names(units) -> None:
    found = units("吾伊乡则尔村食品安全协管员俄木初连续二十天未到村内小卖部巡查。", "四川省阿坝藏族羌族自治州壤塘县")
    assert [m.text for m in found if m.type == "person"] == ["俄木初"]


def test_cold_stores_put_on_file_are_no_business(units) -> None:
    found = units("区市场监管局给全区冷库逐一建立“一库一档”，已建档冷库三十四座。", "河北省唐山市曹妃甸区")
    assert [m.text for m in found] == ["区市场监管局"]


@pytest.mark.parametrize("text, name, title", [
    ("在省庄镇岱阳村，村医巩凤霞每天入户宣传灭鼠灭蟑知识。", "巩凤霞", "村医"),
    ("正莫镇南曲村安全协管员耿占山连续8天未入户巡查。", "耿占山", "安全协管员"),
])
def test_a_name_jieba_finds_whole_after_a_role_many_hold_needs_no_common_surname(units, text, name, title) -> None:
    found = units(text, "山东省泰安市泰山区")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]


def test_a_homestay_read_across_a_role_is_no_name(units) -> None:
    found = units("猫儿山云居民宿布草“一客一换”，予以通报表扬。", "广西壮族自治区桂林市兴安县")
    assert [m.type for m in found if m.type == "person"] == []


@pytest.mark.parametrize("text, name, title", [
    ("万金镇李集村户厕管护员郜长河对报修的5座户厕一个多月未修。", "郜长河", "户厕管护员"),
    ("在北宅街道青山沟社区，山洪灾害监测员于兰芝每天雨后到沟口查看水位。", "于兰芝", "山洪灾害监测员"),
    ("王哥庄街道晓港社区水库管护员姜守田连续4天未填写巡查记录。", "姜守田", "水库管护员"),
    ("乌拉哈乡海卜子村鼠疫监测员温二旦未按要求上报自毙鼠情。", "温二旦", "鼠疫监测员"),
])
def test_what_a_grassroots_post_looks_after_is_part_of_its_title(units, text, name, title) -> None:
    found = units(text, "山东省青岛市崂山区")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]
    assert [m.type for m in found if m.type != "person"] == ["community"]  # the village stands apart


def test_a_market_keeper_at_work_in_a_praised_paragraph_is_praised(units) -> None:
    found = units("城南农贸市场被评为示范市场。市场管理员钟国华每天收市后带人把市场冲洗干净。", "江西省上饶市广信区")
    assert [(m.text, m.stance) for m in found if m.type == "person"] == [("钟国华", "praised")]


@pytest.mark.parametrize("text, name", [
    ("光明街道的岭北山货行销售无标签的干蘑菇六十余斤。", "岭北山货行"),
    ("北宅街道的听涛农家宴在山洪沟道内搭建彩钢板房。", "听涛农家宴"),
])
def test_mountain_produce_shops_and_farmhouse_banquets_are_businesses(units, text, name) -> None:
    assert [(m.text, m.type) for m in units(text, "山东省青岛市崂山区") if m.type == "enterprise"] == [
        (name, "enterprise")]


@pytest.mark.parametrize("text", [
    "区卫计局组成3个检查组，检查山货店、商超和餐饮单位二百一十余家。",
    "区长实地察看七里河、熊耳河堤防和下穿通道排涝泵站。",
    "区长实地察看天然气门站、液化气供应站和餐饮场所。",
    "区委书记实地察看黄河堤防、提灌泵站和沿河村庄。",
])
def test_produce_shops_pumping_stations_and_gas_gate_stations_alone_are_no_units(units, text) -> None:
    assert [m.text for m in units(text, "黑龙江省大兴安岭地区加格达奇区") if m.type not in ("government", "person")] == []
    assert not any(m.text.endswith(("站", "店")) for m in units(text, "黑龙江省大兴安岭地区加格达奇区"))


def test_a_river_named_after_a_township_in_a_list_of_rivers_is_no_township(units) -> None:
    found = units("深圳市生态环境局宝安管理局沿茅洲河、西乡河和新圳河暗访河段三十四个。", "广东省深圳市宝安区")
    assert [m.text for m in found] == ["深圳市生态环境局宝安管理局"]


def test_a_negation_jieba_glues_to_the_word_before_opens_no_school_name(units) -> None:
    found = units("黄合少镇南地村保洁员贾三锁连续4天未清扫村小学门前道路。", "内蒙古自治区呼和浩特市赛罕区")
    assert [m.type for m in found] == ["community", "person"]


def test_a_community_river_chief_is_a_grassroots_worker(units) -> None:
    found = units("福海街道凤塘社区社区级河长黎少雄连续两周没有巡河记录。", "广东省深圳市宝安区")
    assert [(m.text, m.title, m.stance) for m in found if m.type == "person"] == [("黎少雄", "社区级河长", "criticized")]


@pytest.mark.parametrize("text, township", [
    ("督查发现，帮辛乡乡驻地2座公厕无人保洁。", "帮辛乡"),
    ("殷立华一行先后来到堂邑镇、梁水镇镇，实地察看徒骇河堤防。", "梁水镇镇"),  # (a name with its level twice)
])
def test_a_township_s_seat_written_after_its_name_is_no_part_of_it(units, text, township) -> None:
    assert township in [m.text for m in units(text, "西藏自治区林芝市墨脱县") if m.type == "township"]


@pytest.mark.parametrize("text, name, title", [
    ("在西湖镇柳林村，村医裴秀英每天入户为老人测量血压。", "裴秀英", "村医"),
    ("在东关街道，管理员骆红梅每天收市后带领保洁员冲洗地面。", "骆红梅", "管理员"),
    ("北辛村村级防疫员翟宝山连续一周未登记返乡人员。", "翟宝山", "村级防疫员"),
])
def test_a_rarer_family_name_that_opens_no_word_opens_a_name_after_a_role_many_hold(units, text, name, title) -> None:
    found = units(text, "河北省衡水市桃城区")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text", [
    "食品安全信息员每天到村里小卖部查看进货台账。",  # in the village: no shop's name
    "12月12日召开冬春季传染病防控暨学校卫生工作会议。",  # 暨 joins two topics
    "各街道要完成问题整改，每个沿河社区落实巡河员不少于2名。",  # every one of a kind
])
def test_no_unit_is_read_into_a_place_word_a_conjunction_or_a_kind_after_every(org_names, text) -> None:
    assert org_names(text) == []


def test_a_township_s_seat_after_its_name_leaves_the_township_whole(units) -> None:
    found = units("检查中发现，本塔乡乡驻地2处垃圾堆放点未及时清运。", "西藏自治区那曲市巴青县")
    assert [(m.text, m.type) for m in found] == [("本塔乡", "township")]


def test_a_verb_jieba_did_not_know_after_a_glued_negation_opens_no_village(units) -> None:
    found = units("红旗镇三板村保洁员湛伟棠连续6天未清捞村内河涌漂浮垃圾。")
    assert [m.text for m in found] == ["红旗镇三板村", "湛伟棠"]


def test_a_verb_jieba_tags_as_a_noun_after_a_street_opens_no_community(units) -> None:
    found = units("▲区市场监管局开展年货食品抽检\n▲皇台街道规范社区集体聚餐报备\n")
    assert [m.text for m in found] == ["区市场监管局", "皇台街道"]


@pytest.mark.parametrize("context, text, name, title", [
    ("西藏自治区山南市曲松县", "在下江乡江木村，双联户户长嘎玛央珍每天督促联户农户清扫庭院。", "嘎玛央珍", "双联户户长"),
    ("黑龙江省双鸭山市尖山区", "安邦乡丰泽村户厕管护员幺宝山连续8天未上门查看户厕使用情况。", "幺宝山", "户厕管护员"),
    ("山东省烟台市牟平区", "在大窑街道沁河社区，巡河员衣振华每天沿河岸捡拾漂浮物。", "衣振华", "巡河员"),
])
def test_a_grassroots_post_and_rarer_family_names_open_a_person(units, context, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text, context) if m.type == "person"] == [(name, title)]


def test_a_community_doctor_s_own_good_work_is_praise(units) -> None:
    found = units("在安宁堡街道果香社区，社区医生孟宪江每天到辖区托管班查看晨检。", "甘肃省兰州市安宁区")
    assert [(m.text, m.stance) for m in found if m.type == "person"] == [("孟宪江", "praised")]


@pytest.mark.parametrize("context, text, name, title", [
    ("陕西省咸阳市渭城区", "在渭阳街道柳苑社区，巡河员惠淑芳每天早晚沿渭河巡查。", "惠淑芳", "巡河员"),
    ("山东省枣庄市薛城区", "邹坞镇褚家湾村村医寇长青连续一周未上报发热病人信息。", "寇长青", "村医"),
    ("河南省焦作市马村区", "冯营街道南王沟村保洁员库广田连续一周未清扫村内主干道。", "库广田", "保洁员"),
    ("山西省运城市垣曲县", "副县长原晓军出席并讲话。", "原晓军", "副县长"),
    ("甘肃省平凉市泾川县", "7月11日，县委书记巨春生带队检查防汛工作。", "巨春生", "县委书记"),
])
def test_family_names_the_old_list_lacks_open_names(units, context, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text, context) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("text", [
    "对后两名的市场开办方，由县市场监管局下达整改通知书。",  # 由 stays a preposition
    "天荒坪镇的云上山居民宿未按要求转移住宿游客。",  # 民宿, no villager
])
def test_a_preposition_or_a_word_across_a_role_opens_no_name(units, text) -> None:
    assert [m.type for m in units(text) if m.type == "person"] == []


def test_a_sand_washing_yard_is_a_business(units) -> None:
    found = units("暗访组在李钊庄镇发现，润通洗砂场在还乡河河道内违规洗砂。", "河北省唐山市丰润区")
    assert [(m.text, m.type) for m in found] == [("李钊庄镇", "township"), ("润通洗砂场", "enterprise")]


@pytest.mark.parametrize("text", [
    "区市场监管局对副食批发部、熟食店和农贸市场开展检查。",  # a kind of shop
    "县卫健局抽查淀中村十二个、农贸市场5个。",  # the villages in the lake, a kind
])
def test_kinds_of_shop_and_village_are_no_units(org_names, text) -> None:
    assert [n for n in org_names(text) if not n.endswith("局")] == []


def test_a_street_office_named_by_a_road_of_the_masses_is_a_township(units) -> None:
    found = units("会议对群众路街道为辖区三十八个居民小区设置分类亭的做法给予肯定。", "陕西省宝鸡市金台区")
    assert [(m.text, m.type) for m in found] == [("群众路街道", "township")]


@pytest.mark.parametrize("text", [
    "临近春节，工业区周边快餐店和城中村小吃店客流明显增加。",  # the snack bars of the urban villages
    "区市场监管局对各镇超市、小卖部和山产品店开展检查。",
    "督查发现，3个城中村垃圾围村、污水横流。",  # rubbish besieging the villages
])
def test_kinds_of_shop_in_urban_villages_and_rubbish_round_them_are_no_units(org_names, text) -> None:
    assert [n for n in org_names(text) if not n.endswith("局")] == []


def test_a_vector_control_worker_is_a_grassroots_post(units) -> None:
    found = units("头屯河街道润泉社区病媒消杀员韩建庆连续一周未投放灭鼠毒饵。", "新疆维吾尔自治区乌鲁木齐市头屯河区")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("韩建庆", "病媒消杀员")]


@pytest.mark.parametrize("text, name, title", [
    ("召开涉河问题整改约谈会，鑫达洗砂场负责人鄂某某被约谈。", "鄂某某", "负责人"),
    ("潘家沟街道的老刘家活禽店店主赵某某被约谈。", "赵某某", "店主"),
])
def test_a_business_before_a_role_stays_out_of_the_title(units, text, name, title) -> None:
    found = units(text)
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]
    assert any(m.type == "enterprise" for m in found)


@pytest.mark.parametrize("context, text, name, title", [
    ("黑龙江省牡丹江市西安区", "温春镇东甸子村灭鼠员鄂长海连续两周未更换毒饵。", "鄂长海", "灭鼠员"),
    ("广东省深圳市南山区", "在招商街道湾畔社区，护河志愿者麦翠玲每天傍晚沿河捡拾垃圾。", "麦翠玲", "护河志愿者"),
    ("河南省洛阳市老城区", "南关街道庆瑞社区楼院长逯秀珍每天傍晚带领居民清理楼院。", "逯秀珍", "楼院长"),
    ("河北省承德市鹰手营子矿区", "寿王坟镇黄杖子村村级河长揣立民连续两个月无巡河记录。", "揣立民", "村级河长"),
])
def test_more_grassroots_posts_and_family_names(units, context, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text, context) if m.type == "person"] == [(name, title)]


def test_crayfish_shops_and_seafood_markets_are_kinds(org_names) -> None:
    assert org_names("对夜市、烧烤店和小龙虾店开展夜查；对超市和海鲜批发市场开展专项检查。") == []


@pytest.mark.parametrize("context, text, unit", [
    ("山西省朔州市朔城区", "区卫健局局长当场表态。", ("区卫健局", "朔城区卫生健康局", "government")),
    ("河北省沧州市沧县", "薛官屯乡乡长随即作了说明。", ("薛官屯乡", "沧县薛官屯乡", "township")),
    (None, "会上，彭珮云再次当选中国人口学会会长。", ("中国人口学会", "中国人口学会", "social_org")),
])
def test_a_body_before_a_role_with_no_name_after_it_is_the_unit_spoken_of(units, context, text, unit) -> None:
    assert [(m.text, m.canonical, m.type) for m in units(text, context)] == [unit]


@pytest.mark.parametrize("text", [
    "会后约谈了乡党委书记。",  # a party committee's secretary: the committee stays in the role
    "县委副书记、县长出席会议。",  # the roles go on
    "近日将派遣财政部副部长萨默斯前往日本。",  # a name the extractor does not read still follows the role
    "国务院副总理兼外长钱其琛会见了代表团。",
])
def test_a_body_stays_in_the_role_of_a_party_committee_a_chain_of_roles_or_a_name(org_names, text) -> None:
    assert org_names(text) == []


def test_a_township_s_central_school_is_a_school(units) -> None:
    found = units("联合苗族乡中心校校长被约谈。", "四川省宜宾市筠连县")
    assert [(m.text, m.type, m.stance) for m in found] == [("联合苗族乡中心校", "school", "criticized")]


@pytest.mark.parametrize("context, text, canonical", [
    ("广东省汕尾市城区", "城区爱国卫生运动委员会办公室组织开展病媒生物防制检查。", "城区爱国卫生运动委员会办公室"),
    ("山西省晋城市城区", "城区食品安全委员会办公室通报了检查结果。", "城区食品安全委员会办公室"),
])
def test_a_county_named_by_a_common_word_opens_its_body_s_name(units, context, text, canonical) -> None:
    found = units(text, context)
    assert [(m.text, m.canonical) for m in found] == [(canonical, canonical)]


def test_a_county_s_common_word_inside_another_word_opens_no_body(units) -> None:
    found = units("中心城区爱国卫生运动委员会办公室组织检查。", "广东省汕尾市城区")  # the town centre
    assert [m.text for m in found] == ["爱国卫生运动委员会办公室"]


@pytest.mark.parametrize("name, kind", [
    ("兴隆小吃部", "enterprise"), ("鸿运建材门市部", "enterprise"), ("福源煎饼铺", "enterprise"),
    ("福临门宴会厅", "enterprise"), ("丰谷粮油购销站", "enterprise"), ("龙溪水电站", "enterprise"),
    ("某某市公共资源交易中心", "government"), ("泸定县委农村工作领导小组", "party"), ("沙县小吃同业公会", "social_org"),
    ("大兴区黄村镇综合执法队", "government"), ("云岩区金鸭社区服务中心", "township"),
    ("某某社区卫生服务中心", "hospital"),
])
def test_endings_that_read_as_a_body_s_type_a_shop_s_or_a_party_s(name, kind) -> None:
    assert unit_type(name) == kind


@pytest.mark.parametrize("text, title", [
    ("上下只有一个楼梯口，房东蔡某某还在楼梯底下给租户拉了电。", "房东"),
    ("村里的养鸭户颜某某在河道里拦网圈养鸭子。", "养鸭户"),
    ("拉沥青的罐车司机吴某某把车停在路边。", "罐车司机"),
    ("溪龙乡西山村茶农严某某家一间屋里打地铺住了十二人。", "茶农"),
    ("连人带车扣下，挖掘机司机买某某只说是“老板让干的”。", "挖掘机司机"),
    ("嘉乐镇场镇上，茶馆老板王某某关起门来让村民在里面打牌。", "茶馆老板"),
    ("驾驶人吴某某被罚款。", "驾驶人"),  # a verb before a role that says only "person"
    ("返乡人员乔某某从外地回来两天后才报备。", "返乡人员"),
    ("黄龙乡东咀村的外地船员吕某某从外省回来后躲在船上。", "船员"),  # where he comes from is no part of it
])
def test_a_private_role_read_from_its_words_is_an_anonymised_person_s_title(units, text, title) -> None:
    assert [m.title for m in units(text) if m.type == "person"] == [title]


def test_a_verb_before_an_anonymised_name_is_no_title(units) -> None:
    assert [m.title for m in units("法院判处王某某有期徒刑七年。") if m.type == "person"] == [None]


@pytest.mark.parametrize("text, name", [
    ("辖区5处卫生死角未清理，天和物业服务有限公司管理的锦绣苑小区垃圾满溢。", "天和物业服务有限公司"),  # 天|和: q, c
    ("报警器安装率全区第一，塞上燃气有限公司入户安检覆盖率高。", "塞上燃气有限公司"),  # 塞上: a place word
])
def test_a_registered_company_is_named_whatever_words_its_name_is_made_of(org_names, text, name) -> None:
    assert org_names(text) == [name]


def test_a_registered_company_opening_inside_a_clause_has_lost_its_brand_and_is_left_out(org_names) -> None:
    assert org_names("开远好邻居物业服务有限公司管理的小区垃圾满溢。") == []


@pytest.mark.parametrize("context, text, name, title", [
    ("四川省凉山彝族自治州甘洛县", "斯觉镇村民阿苏某某烧地边引发山火。", "阿苏某某", "村民"),  # a Yi family name
    (CONTEXT, "罚款2万元，站长孙某某已被约谈。", "孙某某", "站长"),  # the role's 长, not the family name 长孙
    (CONTEXT, "申屠某某在自家院里焚烧垃圾。", "申屠某某", None),
])
def test_an_anonymised_name_opens_with_a_family_name_of_two_unless_a_role_ends_in_it(units, context, text, name,
                                                                                       title) -> None:
    assert [(m.text, m.title) for m in units(text, context) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("context, text, canonical", [
    ("新疆维吾尔自治区胡杨河市", "上月底，共青镇组织党员干部和志愿者开展志愿服务活动。", "胡杨河市共青镇"),  # 共: a function character
    ("新疆维吾尔自治区胡杨河市", "（二）共青镇的金胡杨液化气供应站未安装报警装置。", "胡杨河市共青镇"),
    ("甘肃省嘉峪关市", "（一）雄关街道辖区4个老旧小区燃气立管锈蚀。", "嘉峪关市雄关街道"),  # 雄关|街道: a noun
])
def test_a_township_the_gazetteer_lacks_opens_with_a_word_that_opens_townships_elsewhere(units, context, text,
                                                                                        canonical) -> None:
    assert [m.canonical for m in units(text, context) if m.type == "township"] == [canonical]


@pytest.mark.parametrize("text", [
    "蚶江镇、永宁镇等沿海镇累计转移群众一千余人。",  # the townships along the coast
    "发现不吃食、发烧的马上报乡兽医站。",  # 马上 runs into 报乡
    "对农贸市场、背街小巷和城郊村开展暗访。",  # villages near the town, in general
])
def test_a_word_opening_townships_elsewhere_names_none_where_it_speaks_of_kinds_or_runs_on(org_names, text) -> None:
    assert not any(name.endswith(("沿海镇", "马上报乡", "城郊村")) for name in org_names(text))


@pytest.mark.parametrize("context, text, name", [
    ("新疆维吾尔自治区北屯市", "会上，海川镇作经验交流发言。", "海川镇"),  # jieba: 海川镇作
    ("海南省三沙市西沙区", "（三）鸭公村有3艘渔船救生衣配备不足。", "鸭公村"),  # jieba: 鸭公|村有
])
def test_a_place_jieba_glued_to_the_first_character_of_what_it_does_is_found(units, context, text, name) -> None:
    assert name in [m.text for m in units(text, context)]


@pytest.mark.parametrize("text, canonical", [
    ("会上，兴盛乡党委作经验交流发言。", "宾县兴盛乡党委"),  # jieba: 兴盛|乡党委
    ("兴盛乡政府组织干部群众清理垃圾。", "宾县兴盛乡"),
])
def test_a_township_jieba_cut_from_its_bodys_word_is_joined_to_its_xiang(units, text, canonical) -> None:
    assert canonical in [m.canonical for m in units(text, "黑龙江省哈尔滨市宾县")]


@pytest.mark.parametrize("text, canonical", [
    ("县城关小学组织师生开展大扫除。", "紫阳县城关小学"),  # jieba: 县城|关|小学
    ("县城关中学、县城关派出所开展联合检查。", "紫阳县城关中学"),
])
def test_the_county_s_chengguan_body_is_not_read_as_the_county_town(units, text, canonical) -> None:
    assert canonical in [m.canonical for m in units(text, "陕西省安康市紫阳县")]


def test_the_county_town_s_pass_names_no_body(units) -> None:
    assert units("在县城关口设置检查卡点。", "陕西省安康市紫阳县") == []


def test_a_township_body_written_without_its_name_is_no_unit_of_a_place(units) -> None:
    assert [m.text for m in units("乡党委书记被约谈。", "黑龙江省哈尔滨市宾县")] == []


@pytest.mark.parametrize("context, text, name", [
    ("辽宁省沈阳市和平区", "在新华街道同和社区，网格员于秀清每天为居家隔离人员代购生活物资。", "新华街道同和社区"),  # 同|和
    ("黑龙江省佳木斯市向阳区", "一、先进集体\n桥南街道、建设街道光复社区、西林街道杏林社区", "建设街道光复社区"),  # 光复: v
])
def test_a_community_named_by_two_characters_after_its_street_office_is_closed_by_the_clause_or_list(
        units, context, text, name) -> None:
    assert name in [m.text for m in units(text, context)]


@pytest.mark.parametrize("text", ["新华街道深入社区，开展宣传。", "新华街道与各社区，签订责任书。"])
def test_a_verb_or_a_determiner_before_communities_in_a_clause_names_no_community(org_names, text) -> None:
    assert org_names(text) == ["新华街道"]


@pytest.mark.parametrize("text, name", [
    ("南市场街道的金三角小商品市场门前垃圾堆积。", "金三角小商品市场"),
    ("贸西街道的鑫隆小商品市场安全出口被货物堵塞。", "鑫隆小商品市场"),
])
def test_a_small_commodities_market_is_named_like_a_farmers_market(org_names, text, name) -> None:
    assert name in org_names(text)


def test_small_commodities_markets_in_general_are_no_unit(org_names) -> None:
    assert org_names("对辖区农贸市场、小商品市场开展检查。") == []


@pytest.mark.parametrize("text, name, title", [
    ("在晋卿村，垃圾分类督导员陈秋兰每天挨家挨户指导渔民分类投放。", "陈秋兰", "垃圾分类督导员"),
    ("在北街街道兰花社区，分类督导员霍玉琴每天早晚在投放点值守。", "霍玉琴", "分类督导员"),
    ("晋卿村渔船安全协管员王德海每天在码头逐船检查救生设备。", "王德海", "渔船安全协管员"),
    ("在红旗镇东山村，村支书佟国庆每天带领村干部在村口值守。", "佟国庆", "村支书"),
    ("县消防救援大队指导员郭晓峰带队检查。", "郭晓峰", "县消防救援大队指导员"),
])
def test_grassroots_posts_and_a_fire_brigade_s_instructor_are_titles(units, text, name, title) -> None:
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == [(name, title)]


@pytest.mark.parametrize("context, text, canonical", [
    ("广东省中山市", "（五）西区街道翠景社区背街小巷垃圾清运不及时。", "中山市西区街道翠景社区"),
    ("广东省东莞市", "莞城街道的鑫源超市被约谈。", "东莞市莞城街道"),
])
def test_a_city_without_counties_holds_its_townships_as_a_county_does(units, context, text, canonical) -> None:
    assert units(text, context)[0].canonical == canonical


@pytest.mark.parametrize("text, names", [
    ("与会人员首先观摩了金屯镇连队环境整治现场。", ["金屯镇"]),  # the town's companies
    ("▲黄田镇开展“文明连队”评选", ["黄田镇"]),  # an honour
])
def test_the_corps_companies_are_no_unit(units, text, names) -> None:
    assert [m.text for m in units(text, "新疆维吾尔自治区可克达拉市")] == names


def test_a_forest_farm_stands_apart_from_its_ranger(units) -> None:
    found = units("岭峰林场护林员于长海每天骑摩托车巡山。", "黑龙江省伊春市友好区")
    assert [(m.text, m.title) for m in found] == [("岭峰林场", None), ("于长海", "护林员")]


@pytest.mark.parametrize("text", [
    "各镇人民政府、瑶族乡人民政府，市直有关单位：",  # the ethnic townships, whichever
    "各街道党工委、办事处，区直各部门：",
])
def test_the_ethnic_townships_and_the_street_committees_in_general_are_no_unit(org_names, text) -> None:
    assert org_names(text) == []


def test_a_named_ethnic_township_s_government_is_the_township(units) -> None:
    assert [m.canonical for m in units("三水瑶族乡人民政府组织开展活动。", "广东省清远市连州市")] == ["连州市三水瑶族乡"]


def test_the_contact_named_in_a_notice_is_a_person_titled_contact(units) -> None:
    found = units("整改情况报送市安委办（联系人：刘建新，电话：0903-2301185）。", "新疆维吾尔自治区昆玉市")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("刘建新", "联系人")]


@pytest.mark.parametrize("text, village, name, title", [
    ("仙人桥镇榆树村村党支部书记孙立平每天带领村民清扫村道积雪。", "仙人桥镇榆树村", "孙立平", "村党支部书记"),
    ("新河镇新建村村妇联主席倪秀英每月组织一次庭院评比。", None, "倪秀英", "村妇联主席"),
])
def test_a_role_of_the_village_s_own_body_written_with_its_village_s_again_leaves_the_village_out(
        units, text, village, name, title) -> None:
    found = units(text, "吉林省白山市抚松县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [(name, title)]
    assert village is None or village in [m.text for m in found]


def test_a_village_named_by_one_character_before_its_doubled_village_word_keeps_its_title(units) -> None:
    assert [m.title for m in units("砂村村党支部书记王明出席。") if m.type == "person"] == ["砂村村党支部书记"]


@pytest.mark.parametrize("text, name", [
    ("；陇西县中药材加工行业协会组织会员企业开展安全培训6场次。", "陇西县中药材加工行业协会"),
    ("县中药材行业协会组织会员企业开展培训。", "县中药材行业协会"),
])
def test_an_industry_association_is_named_by_the_words_before_its_jieba_word(org_names, text, name) -> None:
    assert org_names(text) == [name]


def test_industry_associations_in_general_are_no_unit(org_names) -> None:
    assert org_names("各行业协会要组织会员企业自查。") == []


@pytest.mark.parametrize("text, title", [
    ("在双龙镇索洛湾村，地质灾害群测群防员惠建平每次降雨后逐点巡查。", "地质灾害群测群防员"),
    ("在田柳镇西马村，河道巡查员崔金海每天沿河巡查。", "河道巡查员"),
])
def test_what_a_grassroots_post_looks_after_is_part_of_its_title(units, text, title) -> None:
    assert [m.title for m in units(text) if m.type == "person"] == [title]


def test_a_gacha_head_with_a_mongolian_name_is_a_titled_person(units) -> None:
    found = units("在那日图苏木巴彦查干嘎查，嘎查长苏和巴特尔每天组织牧民骑马巡查草场。", "内蒙古自治区锡林郭勒盟正蓝旗")
    assert [(m.text, m.title, m.stance) for m in found if m.type == "person"] == [("苏和巴特尔", "嘎查长", "praised")]


def test_a_preposition_jieba_glued_to_a_banner_s_party_committee_is_cut_from_it(units) -> None:
    found = units("对连续两次排名末位的苏木乡镇，由旗委约谈其主要负责人。", "内蒙古自治区赤峰市克什克腾旗")
    assert [(m.text, m.canonical) for m in found] == [("旗委", "克什克腾旗委")]


def test_verbs_before_a_level_open_no_township(units) -> None:
    assert units("一是压实街道属地责任，二是强化常态化督查。", "天津市河西区") == []
    found = units("茶阳镇发动镇村干部和群众二千余人次开展集中整治。", "广东省梅州市大埔县")
    assert [m.canonical for m in found] == ["大埔县茶阳镇"]


def test_how_often_a_river_chief_patrols_is_no_name(units) -> None:
    assert units("各乡镇要在7月底前完成整改，县级河长每季度巡河不少于1次。", "甘肃省武威市天祝藏族自治县") == []


def test_bay_chiefs_hold_titles_and_their_office_is_a_body(units) -> None:
    text = ("5月18日，县委书记、县级总湾长宋立军带队督导湾长制工作。大长山岛镇三官庙村村级湾长王德福连续两周未开展巡湾。"
            "在小长山岛镇英杰村，村级湾长邹玉梅每天带领保洁员沿岸巡查。")
    persons = [(m.text, m.title, m.stance) for m in units(text, "辽宁省大连市长海县") if m.type == "person"]
    assert persons == [("宋立军", "县委书记、县级总湾长", None), ("王德福", "村级湾长", "criticized"),
                       ("邹玉梅", "村级湾长", "praised")]
    found = units("1月11日至15日，区湾长办会同区生态环境分局开展巡查。", "广西壮族自治区防城港市港口区")
    assert [m.canonical for m in found][0] == "港口区湾长制办公室"


def test_a_gacha_s_own_secretary_holds_its_post_and_takes_the_gacha_with_her_praise(units) -> None:
    text = "在苏米图苏木查布嘎查，嘎查党支部书记乌云其其格带领党员每天对返乡人员逐户登记。"
    assert [(m.text, m.title, m.stance) for m in units(text, "内蒙古自治区鄂尔多斯市鄂托克旗")] == [
        ("苏米图苏木查布嘎查", None, "praised"), ("乌云其其格", "嘎查党支部书记", "praised")]
    # a 嘎查 named right before the post keeps its own name (嘎查级河长 is the title)
    found = units("日塔拉嘎查嘎查级河长其某某连续两个月无巡河记录。", "内蒙古自治区鄂尔多斯市鄂托克旗")
    assert [m.title for m in found if m.type == "person"] == ["嘎查级河长"]


@pytest.mark.parametrize("text, title", [
    ("在韭菜园街道长岛社区，社区志愿服务队队长周美兰每天带领队员清理楼道小广告。", "社区志愿服务队队长"),
    ("在长乐坊街道乐居场社区，分类指导员王秀芳每天早晚在投放点值守。", "分类指导员"),
])
def test_a_crew_leader_and_a_sorting_guide_at_daily_work_hold_their_whole_posts_and_are_praised(units, text,
                                                                                              title) -> None:
    assert [(m.title, m.stance) for m in units(text, "湖南省长沙市芙蓉区") if m.type == "person"] == [
        (title, "praised")]


@pytest.mark.parametrize("context, canonical", [
    ("上海市松江区", "松江区房屋管理局"),  # 上海's districts word it so
    ("安徽省合肥市蜀山区", "蜀山区房产管理局"),
])
def test_a_housing_bureau_takes_its_province_s_wording(units, context, canonical) -> None:
    assert [m.canonical for m in units("区房管局约谈物业公司负责人。", context)] == [canonical]


@pytest.mark.parametrize("text, name", [
    ("（三）玉都宾馆后厨液化气瓶与灶具同室存放。", "玉都宾馆"),  # after an item's number
    ("3．仁和堂大药房销售退烧、止咳类药品未实名登记。", "仁和堂大药房"),
    ("广饶街道府前社区建成“邻里驿站”；好客来快餐店落实“门前三包”，店外环境整洁有序。", "好客来快餐店"),
    ("西陵区实验幼儿园开展宣传；鑫和佳超市设置可回收物交投点。", "鑫和佳超市"),
    ("刘楼镇的鑫旺烟花爆竹零售点超量储存、未配备灭火器。", "鑫旺烟花爆竹零售点"),
])
def test_shops_opening_an_item_or_doing_their_part_are_found(units, text, name) -> None:
    assert (name, "enterprise") in [(m.text, m.type) for m in units(text, "山东省东营市广饶县")]


def test_kinds_of_shops_doing_their_part_name_no_shop(units) -> None:
    assert units("要求农贸市场落实“门前三包”，共检查烟花爆竹零售点三十个。", "山东省东营市广饶县") == []


@pytest.mark.parametrize("text", [
    "实行“乡包村、村包片、护林员包山头”责任制，得到会议肯定。",
    "实行“乡干部包村、村干部包屯、党员包户”网格化管理。",
])
def test_the_shares_of_a_baobao_slogan_are_no_names(units, text) -> None:
    assert [m for m in units(text, "河北省张家口市蔚县") if m.type == "person"] == []


def test_a_forest_ranger_named_bao_is_a_person(units) -> None:
    assert [(m.text, m.title) for m in units("护林员包国强每天巡山。", "河北省张家口市蔚县")] == [("包国强", "护林员")]


def test_huitong_together_with_a_county_s_committee_office_is_no_part_of_its_name(units) -> None:
    text = "县委督查室、县政府督查室会同庆安县秸秆禁烧工作领导小组办公室（以下简称“县禁烧办”）组成3个督查组。"
    assert "庆安县秸秆禁烧工作领导小组办公室" in [m.text for m in units(text, "黑龙江省绥化市庆安县")]
    # in 会同县 itself the county's name opens its bodies
    found = units("会同县创建国家卫生县城工作领导小组办公室组织检查。", "湖南省怀化市会同县")
    assert [m.text for m in found] == ["会同县创建国家卫生县城工作领导小组办公室"]


def test_the_verb_clearing_villages_is_no_part_of_a_village_name(units) -> None:
    found = units("今年以来，全县累计清理农牧村生活垃圾约3200吨。", "甘肃省张掖市肃南裕固族自治县")
    assert not any(m.text.startswith("清理") for m in found)


def test_a_village_cook_reporting_her_banquets_is_praised_with_her_village(units) -> None:
    text = "11月以来备案聚餐一百二十余场次。在城关街道东关村，乡村厨师李建国每次办席前主动报备，坚持食材索证索票。"
    assert [(m.text, m.stance) for m in units(text, "陕西省咸阳市礼泉县")] == [
        ("城关街道东关村", "praised"), ("李建国", "praised")]


def test_a_grassland_keeper_holds_his_whole_post(units) -> None:
    text = "在巴彦毛都苏木乌兰嘎查，草原管护员斯琴巴特尔每天骑摩托车巡查草场。"
    assert [(m.text, m.title) for m in units(text, "内蒙古自治区通辽市科尔沁左翼后旗") if m.type == "person"] == [
        ("斯琴巴特尔", "草原管护员")]


@pytest.mark.parametrize("text, name, title", [
    ("在仁皇山街道金盖山社区，楼道长钱月芳每天早晚巡查楼道。", "钱月芳", "楼道长"),
    ("滕家镇东墩村护滩员王秀英每天清理村前岸滩。", "王秀英", "护滩员"),
])
def test_stairwell_heads_and_beach_keepers_at_daily_work_are_praised_persons(units, text, name, title) -> None:
    assert (name, title, "praised") in [(m.text, m.title, m.stance) for m in units(text, "浙江省湖州市吴兴区")]


def test_a_village_before_a_grassland_keeper_stands_apart_from_his_post(units) -> None:
    text = "阿克旗乡别斯库都克村草原管护员巴某某连续三天未巡护。"
    assert [(m.text, m.title) for m in units(text, "甘肃省酒泉市阿克塞哈萨克族自治县")] == [
        ("阿克旗乡别斯库都克村", None), ("巴某某", "草原管护员")]


def test_leaving_hospital_is_no_hospital(units) -> None:
    assert units("12月以来共收治一氧化碳中毒患者7人，均已康复出院。", "宁夏回族自治区固原市隆德县") == []


def test_a_community_stands_apart_from_the_crew_its_member_serves_in(units) -> None:
    text = "金阊街道建成充电点四十六处；双塔街道南园社区微型消防站队员钱建国每天巡查小区楼道。"
    assert [(m.text, m.title, m.stance) for m in units(text, "江苏省苏州市姑苏区")][1:] == [
        ("双塔街道南园社区", None, "praised"), ("钱建国", "微型消防站队员", "praised")]


def test_a_family_shop_ends_before_when_it_does_wrong(units) -> None:
    text = "（二）粮道街道的老刘家烧烤夜间占道摆摊、油烟直排，12月19日被区城管局罚款。"
    assert ("老刘家烧烤", "criticized") in [(m.text, m.stance) for m in units(text, "湖北省武汉市武昌区")]


@pytest.mark.parametrize("text, name, title", [
    ("在恒源街道阳光社区，网格员张丽逐户走访辖区12户烟花爆竹经营户。", "张丽", "网格员"),  # 逐户 follows the name
    ("在永兴街道东兴社区，调解员高彩霞每天在服务站值守。", "高彩霞", "调解员"),
    ("某公司拖欠农民工工资，法定代表人王某某被约谈。", "王某某", "法定代表人"),
    ("某煤矿未落实停产措施，企业负责人刘某某已被约谈。", "刘某某", "企业负责人"),
])
def test_mediators_legal_representatives_and_names_before_going_door_to_door(units, text, name, title) -> None:
    assert (name, title) in [(m.text, m.title) for m in units(text, "陕西省榆林市神木市") if m.type == "person"]


@pytest.mark.parametrize("text, name, kind", [
    ("（三）孟村镇的顺达煤炭经销点违规销售劣质散煤约12吨。", "顺达煤炭经销点", "enterprise"),
    ("三洲镇的江鑫砂石码头在堤脚违规堆放砂石约2000吨。", "江鑫砂石码头", "enterprise"),
    ("2．三星镇的叠石桥家纺城周边商户占道经营。", "叠石桥家纺城", "enterprise"),
    ("恰卜恰镇的安康宠物诊所随意丢弃病死犬只。", "安康宠物诊所", "enterprise"),  # a vet's, no hospital
])
def test_coal_dealers_sand_wharves_textile_cities_and_vets_are_businesses(units, text, name, kind) -> None:
    assert (name, kind) in [(m.text, m.type) for m in units(text, "河北省沧州市孟村回族自治县")]


@pytest.mark.parametrize("text, expected", [
    ("前李村开展人居环境整治。", ["前李村"]),  # 前|李村: the village in front, where a clause opens
    ("南吕镇前李村、后王村开展人居环境整治。", ["南吕镇前李村", "后王村"]),
    ("于庄村、和平村开展人居环境整治。", ["于庄村", "和平村"]),  # whole words of jieba's, whatever their first
    ("整顿后进村党组织。", []),  # the villages lagging behind
])
def test_villages_named_in_front_behind_or_after_a_function_character(org_names, text, expected) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a volunteer's role only right before the name; the community before stands apart and shares the praise
    ("在泉城路街道芙蓉街社区，志愿者王秀兰每天在街区劝导游客文明出行。以上单位和个人予以通报表扬。",
     [("泉城路街道芙蓉街社区", None, "praised"), ("王秀兰", "志愿者", "praised")]),
    ("县志愿者协会组织志愿者三百余名开展清理。", [("县志愿者协会", None, None)]),
    ("汇通街道民心社区桶边督导员韩秀云每天早晚在投放点值守指导。以上单位和个人予以通报表扬。",
     [("汇通街道民心社区", None, "praised"), ("韩秀云", "桶边督导员", "praised")]),
    # a village's committee is its village; the post after it is the person's alone
    ("志仲镇塔丰村委会村级河长陈亚妹每天沿河巡查，予以通报表扬。",
     [("志仲镇塔丰村委会", None, "praised"), ("陈亚妹", "村级河长", "praised")]),
    ("新丰镇溪东村村党支部书记詹伟雄连续10天坚守村口卡点。",
     [("新丰镇溪东村", None, None), ("詹伟雄", "村党支部书记", None)]),
])
def test_volunteers_sorting_guides_and_river_chiefs_named_after_their_village(units, text, expected) -> None:
    assert [(m.text, m.title, m.stance) for m in units(text, "山东省济南市历下区")] == expected


@pytest.mark.parametrize("text, expected", [
    ("市第三小学校内分类垃圾桶标识缺失。", ["市第三小学"]),  # 小学校|内: the school and its grounds
    ("市第二中学校门外人行道冰雪未及时清除。", ["市第二中学"]),  # 中|学校|门外
    ("加强学校内部管理。", []),
])
def test_a_school_jieba_joined_to_its_grounds(org_names, text, expected) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("临城镇8家餐饮店未安装报警装置，近三成餐饮店液化气钢瓶与灶具未保持安全距离。", ["临城镇"]),  # a share
    ("市消防救援大队对大型商场每周开展一次消防检查。", ["市消防救援大队"]),
    ("对滦河沿线堤防、扬水站和城区易涝点开展检查。", []),
    ("安虹街道的万隆商厦门前积雪未清理。", ["安虹街道", "万隆商厦"]),
    ("红榜：利群商厦高密店消防设施完好。", ["利群商厦高密店"]),  # the plaza's branch
    ("东方街道（93.2分）、金厦街道（92.7分）位列前两名。", ["东方街道", "金厦街道"]),  # 厦 closes names too
    ("在宏远煤业有限责任公司，安全员吾拉孜汗每天带班下井。", ["宏远煤业有限责任公司"]),  # 有限责任|公司
])
def test_shares_large_malls_and_pumping_stations_name_nothing_while_plazas_and_companies_do(
        org_names, text, expected) -> None:
    assert org_names(text) == expected


def test_a_leading_group_s_short_name_after_its_office_written_in_full(units) -> None:
    text = "2024年第1期　巴彦县烟花爆竹安全管理工作领导小组办公室　2024年1月5日\n▲县禁放办通报12月份专项检查情况"
    assert [m.canonical for m in units(text, "黑龙江省哈尔滨市巴彦县")][-1] == "巴彦县烟花爆竹安全管理工作领导小组办公室"


@pytest.mark.parametrize("text, expected", [
    ("经营户才某某被约谈。", [("才某某", "经营户")]),  # after a role, 才 opens an anonymised name
    ("村民在某某村焚烧垃圾。", []),
    ("在齐哈玛镇加英村，草管员尕藏才让每天骑马巡查草场。", [("齐哈玛镇加英村", None), ("尕藏才让", "草管员")]),
])
def test_anonymised_names_after_a_role_and_grassland_keepers(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "甘肃省甘南藏族自治州玛曲县")] == expected


@pytest.mark.parametrize("text, expected", [
    ("县食安办会同县文化旅游和广播电视局开展检查。", ["县食安办", "县文化旅游和广播电视局"]),  # two fields before 和
    ("区餐饮烹饪行业协会组织会员单位签订承诺书。", ["区餐饮烹饪行业协会"]),  # a trade in two words
    ("莲庄镇的顺发饭店后厨污水直排街道。", ["莲庄镇", "顺发饭店"]),  # 直排 a verb, 街道 the street
    ("【萨依巴格乡】\n该乡阔纳巴扎村被评为卫生村。", ["萨依巴格乡", "阔纳巴扎村"]),  # 该乡: that township's
    ("襄阳顺通液化气有限公司向无资质餐饮店配送钢瓶。", ["襄阳顺通液化气有限公司"]),
    ("关闭取缔无证采石场五处。", []),
])
def test_bureaus_of_two_fields_trade_associations_and_what_names_no_unit(org_names, text, expected) -> None:
    assert org_names(text) == expected


def test_a_township_body_named_by_its_level_is_the_township_of_the_village_just_named(units) -> None:
    text = "神树镇开展检查。在年丰朝鲜族乡新兴村，网格员朴英姬逐户登记液化气钢瓶使用情况，受到乡党委表扬。"
    assert units(text, "黑龙江省伊春市铁力市")[-1].canonical == "铁力市年丰朝鲜族乡党委"  # not 神树镇's: a 镇


@pytest.mark.parametrize("text, expected", [
    ("光明街道兴隆社区督导员隋丽华每天早晚在桶站值守，受到市垃圾分类办通报表扬。",
     [("光明街道兴隆社区", None, "praised"), ("隋丽华", "督导员", "praised")]),
    ("宏泰燃气有限公司每天入户安检，其中安检员孟庆辉累计发现并消除隐患四十余处。以上单位和个人予以通报表扬。",
     [("宏泰燃气有限公司", None, "praised"), ("孟庆辉", "安检员", "praised")]),
    ("古绛镇龙兴社区劝导员孙秀兰连续16天在小区门口值守劝导。以上单位和个人予以通报表扬。",
     [("古绛镇龙兴社区", None, "praised"), ("孙秀兰", "劝导员", "praised")]),
    ("石佛乡五家子村村级禁烧巡查员赵长山连续两周未上报巡查记录。",
     [("石佛乡五家子村", None, "criticized"), ("赵长山", "村级禁烧巡查员", "criticized")]),
])
def test_sorting_supervisors_gas_inspectors_guides_and_burning_patrols_are_posts(units, text, expected) -> None:
    assert [(m.text, m.title, m.stance) for m in units(text, "吉林省通化市梅河口市")][:2] == expected


@pytest.mark.parametrize("text, expected", [
    ("梅川镇的宏源中药材购销部销售黄芪约800公斤。", [("梅川镇", "township"), ("宏源中药材购销部", "enterprise")]),
    ("共暗访防火检查站二十六个、林缘村四十三个。", []),  # the villages at the forest's edge
])
def test_purchase_and_sale_departments_are_businesses_and_forest_edge_villages_no_place(units, text, expected) -> None:
    assert [(m.text, m.type) for m in units(text, "甘肃省定西市岷县")] == expected


def test_a_mention_named_as_the_county_itself_is_no_earlier_full_form() -> None:
    from nlp.units.extract import _earlier_full_form

    context = resolve_context("甘肃省酒泉市玉门市")
    earlier = [UnitMention("玉门市", 0, 3, "玉门市", "government")]
    assert _earlier_full_form("市疾控中心", "玉门市疾病预防控制中心", earlier, context) == "玉门市疾病预防控制中心"


@pytest.mark.parametrize("text, expected", [
    ("新庄镇杨湾村隐患点监测不到位，村级防汛责任人李某某汛期擅自外出，已被约谈。",
     [("新庄镇杨湾村", None), ("李某某", "村级防汛责任人")]),  # the post's level is the role's
    ("玉门市疾控中心开展消杀。", [("玉门市疾控中心", None)]),  # 玉门市 is no shop named 门市
    ("中共五寨县委宣传部组织开展志愿服务。", [("中共五寨县委宣传部", None)]),
])
def test_village_level_posts_cities_ending_in_a_shop_word_and_party_committees(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "山西省忻州市五寨县")] == expected


def test_a_place_s_party_committee_is_named_without_zhonggong(units) -> None:
    assert [m.canonical for m in units("中共五寨县委宣传部、中共五寨县纪委监委联合检查。", "山西省忻州市五寨县")] == [
        "五寨县委宣传部", "五寨县纪委监委"]


@pytest.mark.parametrize("text, expected", [
    ("通什镇的黎家鲜果冰室从业人员无健康证。", ["通什镇", "黎家鲜果冰室"]),  # an iced-drinks shop
    ("对城区和部分乡镇禁燃禁放开展暗访。", []),  # 和部|分乡镇: some townships
    ("到黄花镇卫生院、分乡镇走访调研。", ["黄花镇卫生院", "分乡镇"]),  # (夷陵区's 分乡镇 is a town)
    ("更换供热管网约18公里、检修换热站四十二座。", []),
    ("清明节前后，沿山街道每天开展一次巡山护林。", []),  # the streets along the hills
    ("10月中旬前实现小作坊“阳光工厂”改造全覆盖。", []),
])
def test_iced_drinks_shops_and_what_names_no_unit(org_names, text, expected) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("1月3日，该镇联合国网叶县供电公司开展安全用电宣传。", ["国网叶县供电公司"]),  # 联合|国网, not 联合国
    ("联合国粮农组织发布报告。", ["联合国粮农组织"]),
    ("东归大酒店员工“一懂三会”培训到位。", ["东归大酒店"]),
])
def test_state_companies_keep_their_brand_before_the_county(org_names, text, expected) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("在巷道镇东联村，志愿者许红梅每天组织村民清扫街巷。", [("巷道镇东联村", None), ("许红梅", "志愿者")]),  # 许|红梅
    ("在福兴街道城南社区，街巷长何丽娟每天巡查责任街巷。", [("福兴街道城南社区", None), ("何丽娟", "街巷长")]),
    ("组织志愿者许多次参与清扫。", []),
])
def test_a_volunteer_whose_family_name_jieba_reads_as_a_word_and_lane_chiefs(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "甘肃省张掖市高台县")] == expected


@pytest.mark.parametrize("text, expected", [
    ("其安全总监马某某被约谈。", [("马某某", "安全总监")]),
    ("个体经营户刘某某在门店内私存烟花爆竹。", [("刘某某", "个体经营户")]),
    ("在老台乡东湾村，义务消防员吴建华每天入户检查取暖炉具。", [("老台乡东湾村", None), ("吴建华", "义务消防员")]),
])
def test_safety_directors_self_employed_dealers_and_volunteer_firemen(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "新疆维吾尔自治区昌吉回族自治州吉木萨尔县")] == expected


@pytest.mark.parametrize("text, expected", [
    ("会议对望海满族乡开展文明村镇创建的做法给予肯定。", ["望海满族乡"]),  # 文明村镇 an honour
    ("春节前各乡镇要对农贸市场每天开展一次消杀。", []),  # 要对 names no market
    ("杨建军一行随机走访农贸市场、商超和冷库。", []),  # a visit to the markets
])
def test_honours_and_visits_to_markets_name_no_unit(org_names, text, expected) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize("text, context, expected", [
    ("区实验初中食堂留样记录不全。", "江苏省盐城市大丰区", [("区实验初中", "大丰区实验初级中学", None)]),
    ("在长安镇高峰村，文明劝导员杜明芳每天在村口劝导村民文明出行。", "陕西省安康市平利县",
     [("长安镇高峰村", "平利县长安镇高峰村", None), ("杜明芳", "杜明芳", "文明劝导员")]),
    ("在刘家店镇北吉山村，村级防汛责任人高宝山每天雨后巡查村后山坡。", "北京市平谷区",
     [("刘家店镇北吉山村", "平谷区刘家店镇北吉山村", None), ("高宝山", "高宝山", "村级防汛责任人")]),
    # where no family name opens it, a common verb after a title is no name
    ("◆副旗长暗访城区背街小巷\n6月12日，副旗长乌日娜暗访城区背街小巷。", "内蒙古自治区鄂尔多斯市达拉特旗",
     [("乌日娜", "乌日娜", "副旗长")]),
])
def test_experimental_junior_schools_civility_guides_flood_wardens_and_no_verb_for_a_name(
        units, text, context, expected) -> None:
    assert [(m.text, m.canonical, m.title) for m in units(text, context)] == expected


@pytest.mark.parametrize("text, expected", [
    ("三嘉乡南头村改厕监理员冯小军未按“一户一档”要求开展过程验收。",
     [("三嘉乡南头村", None, "criticized"), ("冯小军", "改厕监理员", "criticized")]),
    ("萨尔托海乡阔克萨依村护草员巴图每天骑马巡查草场，风雨无阻。以上单位和个人予以通报表扬。",
     [("萨尔托海乡阔克萨依村", None, "praised"), ("巴图", "护草员", "praised")]),
    ("南邵镇张各庄村小巷管家刘桂兰每天巡查胡同，从未间断。",
     [("南邵镇张各庄村", None, "praised"), ("刘桂兰", "小巷管家", "praised")]),
    ("盛乐镇杏花营村村支书张桂英每天在村口值守。", [("盛乐镇杏花营村", None, "praised"), ("张桂英", "村支书", "praised")]),
    ("盛乐镇杏花营村党员志愿者张桂英每天在村口值守，从未间断。",
     [("盛乐镇杏花营村", None, "praised"), ("张桂英", "党员志愿者", "praised")]),
])
def test_supervisors_grass_keepers_lane_stewards_secretaries_and_party_volunteers_stand_apart(units, text, expected):
    assert [(m.text, m.title, m.stance) for m in units(text, "内蒙古自治区呼和浩特市和林格尔县")][:2] == expected


@pytest.mark.parametrize("text, expected", [
    ("苏鲁乡辖区2家小卖部销售“三无”食品，店主才某某被立案调查。", [("苏鲁乡", None), ("才某某", "店主")]),
    ("在新源镇团结社区，网格员才让吉每天入户宣传垃圾分类。", [("新源镇团结社区", None), ("才让吉", "网格员")]),
    ("在水头镇王田村，妇女主任陈秀兰每周带领村民清扫巷道。", [("水头镇王田村", None), ("陈秀兰", "妇女主任")]),
])
def test_a_shopkeeper_a_name_opening_with_cairang_and_a_women_s_director(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "青海省海西蒙古族藏族自治州天峻县")] == expected


@pytest.mark.parametrize("text, expected", [
    ("县安委办对城区的宾馆、网吧、敬老院和学校开展督查。", ["县安委办"]),  # a kind of home, no name
    ("大安镇敬老院消防通道堵塞。", ["大安镇敬老院"]),
])
def test_an_old_people_s_home_with_no_name_before_it_is_no_unit(org_names, text, expected) -> None:
    assert org_names(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("在阎疃镇前营村，红白理事会会长孟庆林每场红白事都到场监督。", ("孟庆林", "红白理事会会长", "praised")),
    ("在马鹿镇长宁村，劳动保障协理员穆海燕每天入户登记工资发放情况，从未间断。", ("穆海燕", "劳动保障协理员", "praised")),
    ("在城关镇肖家坝社区，退休教师柯春燕每天早晚在学校门口义务劝导学生过马路。", ("柯春燕", "退休教师", "praised")),
    ("左店乡新塘村村委会主任高立明夜间擅离防守岗位。", ("高立明", "村委会主任", "criticized")),  # 新|塘村 cut by jieba
    ("（四）沟口街道康居社区社区文明劝导员杨某某连续一周未按排班上岗。", ("杨某某", "社区文明劝导员", "criticized")),
])
def test_councils_labour_aides_retired_teachers_and_posts_after_a_village_written_again(units, text, expected):
    found = units(text, "河北省邢台市巨鹿县")
    assert found[0].type == "community" and (found[1].text, found[1].title, found[1].stance) == expected


@pytest.mark.parametrize("text, expected", [
    ("（二）城关街道的老街坊饸饹馆后厨无防蝇防鼠设施，被县食药监局下达整改通知书；",
     [("城关街道", None), ("老街坊饸饹馆", "criticized"), ("县食药监局", None)]),
    ("副县长刘志斌要求，汛期内各非煤矿山每周开展一次边坡巡查。", [("刘志斌", None)]),  # 各非 glued by jieba
    ("赵志恒一行先后来到相公镇的液化气充装站，详细了解应急值守情况。", [("相公镇", None)]),
    ("会上，旗餐饮行业协会代表全旗餐饮企业作表态发言。", [("旗餐饮行业协会", None)]),  # 代表 "on behalf of"
])
def test_noodle_houses_mines_of_each_kind_gas_filling_stations_and_bodies_speaking_for_all(units, text, expected):
    assert [(m.text, m.stance) for m in units(text, "陕西省宝鸡市扶风县")] == expected



@pytest.mark.parametrize("text, expected", [
    ("甘子河乡热水村草原管护员扎西连续一周无巡护记录。", ("扎西", "草原管护员", "criticized")),
    ("尼玛江热乡松盘村村级河长旺堆连续两个月无巡河记录。", ("旺堆", "村级河长", "criticized")),
    ("在下水乡措麦村，村妇联主席央金每周带领妇女清扫村道，从未间断。", ("央金", "村妇联主席", "praised")),
])
def test_tibetan_names_after_grassroots_posts_and_a_village_women_s_chair_at_work(units, text, expected) -> None:
    found = units(text, "青海省海北藏族自治州海晏县")
    assert found[0].type == "community" and (found[1].text, found[1].title, found[1].stance) == expected


@pytest.mark.parametrize("text, expected", [
    ("（二）东梁乡的鸿运烟花爆竹零售部无证经营，被县安监局依法取缔。",
     [("东梁乡", "township"), ("鸿运烟花爆竹零售部", "enterprise"), ("县安监局", "government")]),
    ("时庄街道的老街煎饼铺使用过期面粉。", [("时庄街道", "township"), ("老街煎饼铺", "enterprise")]),
    ("绿源苗木场焚烧枯枝。", [("绿源苗木场", "enterprise")]),
    ("实地查看燃气门站1座、烟花爆竹零售点3家。", []),  # kinds, no names
])
def test_retail_departments_pancake_stalls_and_nurseries_are_businesses(units, text, expected) -> None:
    assert [(m.text, m.type) for m in units(text, "山西省阳泉市盂县")] == expected


def test_a_shanghai_district_s_planning_and_land_bureau_is_written_out(units) -> None:
    assert units("区规土局会同区环保局开展检查。", "上海市青浦区")[0].canonical == "青浦区规划和土地管理局"


@pytest.mark.parametrize("text, expected", [
    ("将台乡槐荫村巡防队长牛振海连续三天未组织夜间巡查。", ("牛振海", "巡防队长")),
    ("新城镇中心小学食堂留样记录不全，食品安全管理员谷建新未按要求开展晨检。", ("谷建新", "食品安全管理员")),
])
def test_night_watch_captains_and_food_safety_managers(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "辽宁省丹东市振安区") if m.type == "person"] == [expected]


def test_a_township_s_short_name_in_a_document_number_is_no_unit(units) -> None:
    text = "余姚市小城镇环境综合整治工作领导小组办公室　余镇整办〔2017〕16号　2017年11月7日"
    assert [m.text for m in units(text, "浙江省宁波市余姚市")] == ["余姚市小城镇环境综合整治工作领导小组办公室"]


def test_a_tibetan_name_runs_to_its_known_second_part_before_and(units) -> None:
    found = units("副市长才让卓玛和市文旅局负责同志参加。", "青海省黄南藏族自治州同仁市")
    assert (found[0].text, found[0].title) == ("才让卓玛", "副市长")


@pytest.mark.parametrize("text, context, expected", [
    ("张家港市护河志愿者协会组织志愿者开展巡河。", "江苏省苏州市张家港市", ("张家港市护河志愿者协会", "张家港市护河志愿者协会")),
    ("市网格员协会组织开展培训。", "江苏省苏州市张家港市", ("市网格员协会", "张家港市网格员协会")),
    # 乡 opening 乡村 after the county's own name is no township's
    ("禄丰市乡村厨师协会组织培训。", "云南省楚雄彝族自治州禄丰市", ("禄丰市乡村厨师协会", "禄丰市乡村厨师协会")),
])
def test_an_association_named_by_a_post_its_members_hold(units, text, context, expected) -> None:
    found = one(units(text, context))
    assert (found.text, found.canonical, found.type) == (*expected, "social_org")


@pytest.mark.parametrize("text, expected", [
    ("杨舍镇的万家福超市安全出口上锁，值班经理徐某某不会使用消防器材。", ("徐某某", "值班经理")),
    ("石狗镇大旺村动物防疫员何志坚未按要求上报家禽免疫情况。", ("何志坚", "动物防疫员")),
    ("柳乡德庆村交通安全劝导员边巴未按要求到岗劝导。", ("边巴", "交通安全劝导员")),  # 未 ends no name
])
def test_duty_managers_animal_epidemic_workers_and_traffic_safety_guides(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "西藏自治区日喀则市拉孜县") if m.type == "person"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("羊山镇组织镇村干部一百二十余人逐村入户宣传。", ["羊山镇"]),  # 人|逐村: the count's measure word
    ("雷城街道组织党员干部近千名下沉社区。", ["雷城街道"]),  # 近千名: a count jieba made one word
    ("三家村村民开展环境卫生清扫。", ["三家村"]),  # a village named with a number stays one
])
def test_a_count_or_its_measure_word_opens_no_place_s_name(org_names, text, expected) -> None:
    assert org_names(text) == expected


def test_a_bathhouse_is_a_business_and_its_township_the_place_of_it(units) -> None:
    text = "哈拉布拉镇的福源澡堂锅炉房堆放杂物，12月24日被县安监局责令停业整改。"
    assert [(m.text, m.type, m.stance) for m in units(text, "新疆维吾尔自治区塔城地区裕民县")] == [
        ("哈拉布拉镇", "township", None), ("福源澡堂", "enterprise", "criticized"), ("县安监局", "government", None)]


def test_a_tibetan_name_after_a_private_role_with_its_level(units) -> None:
    found = units("江千乡查藏村村级防疫员才让加连续两个月未开展犬只驱虫。", "青海省果洛藏族自治州甘德县")
    assert [(m.text, m.title, m.stance) for m in found if m.type == "person"] == [("才让加", "村级防疫员", "criticized")]


@pytest.mark.parametrize("text, expected", [
    ("蒋垛镇中心幼儿园食堂管理员沈桂芳每天坚持食材验收和留样登记，从未间断。",
     [("蒋垛镇中心幼儿园", None, "praised"), ("沈桂芳", "食堂管理员", "praised")]),
    ("区教育局推行校长陪餐，学校食堂管理员沈桂芳每天坚持食材验收。",  # no school named: the post is the school's
     [("区教育局", None, None), ("沈桂芳", "学校食堂管理员", "praised")]),
])
def test_a_school_named_stands_apart_from_its_canteen_s_keeper_and_shares_her_praise(units, text, expected) -> None:
    assert [(m.text, m.title, m.stance) for m in units(text, "江苏省泰州市姜堰区")] == expected


@pytest.mark.parametrize("text, expected", [
    ("仁堆乡曲美村地质灾害监测员多吉连续一周未开展巡查。", ("多吉", "地质灾害监测员")),
    ("在金东乡加巴村，网格员德吉央宗每晚入户查看炉具烟道，从未间断。", ("德吉央宗", "网格员")),
    ("在长所乡曲宗村，村医次仁卓玛藏历新年期间坚持每天入帐巡诊。", ("次仁卓玛", "村医")),  # a known second part ends it
])
def test_tibetan_names_opening_with_common_given_names_after_posts(units, text, expected) -> None:
    found = units(text, "西藏自治区日喀则市南木林县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [expected]


def test_a_road_keeper_is_a_grassroots_post(units) -> None:
    found = units("在石坊镇董家坝村，护路员王秀英每天清理村道落石，从未间断。", "甘肃省陇南市文县")
    assert [(m.text, m.title, m.stance) for m in found] == [
        ("石坊镇董家坝村", None, "praised"), ("王秀英", "护路员", "praised")]


def test_a_village_s_secretary_whose_branch_jieba_glued_to_the_village_s_cun(units) -> None:
    found = units("南义乡高户村党支部书记王满仓带头清理村内边沟，受到县爱卫办通报表扬。", "甘肃省庆阳市宁县")
    assert [(m.text, m.title, m.stance) for m in found][:2] == [
        ("南义乡高户村", None, "praised"), ("王满仓", "党支部书记", "praised")]


@pytest.mark.parametrize("text, expected", [
    ("沈阳市第一二〇中学食堂实行“明厨亮灶”。", ["沈阳市第一二〇中学"]),  # 第一二|〇|中学
    ("沈阳市第120中学食堂实行明厨亮灶。", ["沈阳市第120中学"]),  # 第|120|中学
    ("全市120所中学开展检查。", []),  # a count, no ordinal
])
def test_a_school_s_ordinal_cut_from_its_number(org_names, text, expected) -> None:
    assert org_names(text) == expected


def test_a_central_primary_school_stands_apart_from_its_canteen_s_keeper(units) -> None:
    found = units("长水镇中心小学食堂管理员王秀梅坚持每餐留样，从未间断。", "河南省洛阳市洛宁县")
    assert [(m.text, m.title) for m in found] == [("长水镇中心小学", None), ("王秀梅", "食堂管理员")]


@pytest.mark.parametrize("text, expected", [
    ("秦岭镇梨树村党支部书记杨永刚带领党员清理村道，其做法被作为示范推广。",
     [("秦岭镇梨树村", None), ("杨永刚", "党支部书记")]),  # 梨树|村党|支部书记: the village apart, township and all
    ("金龙镇三合村党总支书记彭国强作交流发言。", [("彭国强", "金龙镇三合村党总支书记")]),  # 三合|村|党总支: whole
])
def test_a_village_and_its_secretary_where_jieba_glued_the_branch_to_its_cun(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "甘肃省天水市秦州区")] == expected


@pytest.mark.parametrize("text, expected", [
    ("庞口镇西良淀村禁烧网格员马玉芬每天巡查田间地头，风雨无阻。", [("马玉芬", "禁烧网格员")]),
    ("火苗窜进了地头的荒草，村里的禁烧网格员那几天从没来过。", []),  # a time after the post, no name
])
def test_straw_burning_grid_workers_and_no_name_for_a_time_after_a_post(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "河北省保定市高阳县") if m.type == "person"] == expected


@pytest.mark.parametrize("text, expected", [
    ("邓柯乡的吉祥食杂店店主多某某被约谈。", [("邓柯乡", None), ("吉祥食杂店", None), ("多某某", "店主")]),  # named, apart
    ("城关镇一家烧烤店店主赵某某在禁放区域燃放烟花。", [("城关镇", None), ("赵某某", "店主")]),  # a kind of shop
])
def test_a_shopkeeper_s_title_is_shopkeeper_alone(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "西藏自治区昌都市江达县")] == expected


@pytest.mark.parametrize("text, expected", [
    ("珠龙镇广集村巡库员周德胜连续3天未到岗。", ("周德胜", "巡库员")),
    ("正午镇双庙村护塘员刘长海连续5天未开展巡查。", ("刘长海", "护塘员")),
    ("在光明社区，桶站督导员杜桂芬每天早晚在桶站值守。", ("杜桂芬", "桶站督导员")),
    # what the post looks after, in two words (燃气|安全) or in one jieba cut (安全|生产)
    ("关庄镇南寨村燃气安全管理员雷进财连续十余天未入户开展安全提醒。", ("雷进财", "燃气安全管理员")),
    ("浮洋镇西湖村安全生产网格员蔡泽民连续两个月未开展巡查。", ("蔡泽民", "安全生产网格员")),
])
def test_more_grassroots_posts_and_what_they_look_after(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "安徽省滁州市南谯区") if m.type == "person"] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("副区长由秀丽要求，各镇（街道）于6月20日前完成问题整改。", [("由秀丽", "副区长")]),
    ("县长由志刚、副县长王强出席。", [("由志刚", "县长"), ("王强", "副县长")]),
    ("育林社区的党组织书记由县爱卫办约谈。", []),  # 由 marks who acts
    ("义务消防队的队员由返乡青年和护林员兼任。", []),
])
def test_you_as_a_family_name_and_as_the_mark_of_who_acts(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "山东省威海市文登区") if m.type == "person"] == expected


def test_a_hospital_before_a_time_and_a_task_force_it_sets_up(units) -> None:
    found = units("安丘市人民医院元旦期间安排烧烫伤急救专班，伤者全部得到及时救治。", "山东省潍坊市安丘市")
    assert [(m.text, m.type) for m in found] == [("安丘市人民医院", "hospital")]


@pytest.mark.parametrize("text, expected", [
    ("暗访发现，田螺冲办事处辖区2个建筑工地地下室长期积水。", [("浈江区田螺冲办事处", "township")]),
    ("区政府驻京办事处。", [("浈江区政府驻京办事处", "government")]),  # not among the townships
])
def test_an_office_the_gazetteer_lists_among_the_townships(units, text, expected) -> None:
    assert [(m.canonical, m.type) for m in units(text, "广东省韶关市浈江区")] == expected


@pytest.mark.parametrize("text, expected", [
    ("九峰街道的鑫源物流园在排水明渠内堆放建筑垃圾。", [("九峰街道", "township"), ("鑫源物流园", "enterprise")]),
    ("武汉市天然气有限公司洪山营业所组建上门安检队8支。", [("武汉市天然气有限公司洪山营业所", "enterprise")]),
    ("包头钢铁（集团）有限责任公司组织职工参加培训。", [("包头钢铁（集团）有限责任公司", "enterprise")]),
])
def test_logistics_parks_a_company_s_branch_office_and_a_bracketed_group(units, text, expected) -> None:
    assert [(m.text, m.type) for m in units(text, "湖北省武汉市洪山区")] == expected


@pytest.mark.parametrize("text, expected", [
    ("其中喀拉苏村户厕改造进度位列全乡第一。", ["奎屯市喀拉苏村"]),  # 村|户厕, not 村户|厕
    ("今年以来全县新改建农牧村户厕三百二十余座。", []),  # the farming and herding villages, no village
])
def test_a_village_before_its_household_toilets(units, text, expected) -> None:
    assert [m.canonical for m in units(text, "新疆维吾尔自治区伊犁哈萨克自治州奎屯市")] == expected


@pytest.mark.parametrize("text, expected", [
    ("（四）振兴街道个体经营户张某某多次在人行道上摆放桌椅经营烧烤。", [("振兴街道", None), ("张某某", "个体经营户")]),
    ("河西镇经营户马某某被约谈。", [("河西镇", None), ("马某某", "经营户")]),
])
def test_a_township_stands_apart_from_a_business_keeper(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "辽宁省盘锦市兴隆台区")] == expected


@pytest.mark.parametrize("context, when, expected", [
    ("河南省南阳市南召县", "2023-03-01", "南召县森林防灭火指挥部办公室"),  # few grasslands: 森林防灭火
    ("河南省南阳市南召县", "2018-03-01", "南召县森林防火指挥部办公室"),  # before the reform
    ("陕西省延安市黄龙县", "2024-03-01", "黄龙县森林草原防灭火指挥部办公室"),
])
def test_the_forest_fire_command_s_office_by_year_and_province(tokenizer, context, when, expected) -> None:
    found = extract_units("县森防办会同县林业局开展督查。", context, tokenizer=tokenizer,
                          published=date.fromisoformat(when))
    assert found[0].canonical == expected


def test_a_full_name_given_earlier_keeps_the_forest_fire_office_s_wording_in_any_year(tokenizer) -> None:
    found = extract_units("额尔古纳市森林草原防灭火指挥部召开会议。市森防办会同市林草局开展督查。",
                          "内蒙古自治区呼伦贝尔市额尔古纳市", tokenizer=tokenizer, published=date(2019, 3, 1))
    assert found[1].canonical == "额尔古纳市森林草原防灭火指挥部办公室"


@pytest.mark.parametrize("context, expected", [
    ("浙江省金华市婺城区", "金华市环境保护局婺城分局"),
    ("山东省日照市岚山区", "日照市环境保护局岚山区分局"),  # 山东 keeps the district's 区
])
def test_a_district_s_environment_branch_before_the_reform(units, context, expected) -> None:
    assert [m.canonical for m in units("区环保分局立案查处。", context)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("徐家店镇的海味居渔家宴后厨无挡鼠板。", [("徐家店镇", "township", None), ("海味居渔家宴", "enterprise", None)]),
    ("项目负责人孙某某被约谈。", [("孙某某", "person", "项目负责人")]),
    ("市中医医院中药房饮片验收规范。", [("市中医医院", "hospital", None)]),  # the hospital's pharmacy, no shop
])
def test_a_fishermen_s_banquet_house_a_project_s_manager_and_a_hospital_s_pharmacy(units, text, expected) -> None:
    assert [(m.text, m.type, m.title) for m in units(text, "山东省烟台市海阳市")] == expected


def test_a_prefecture_s_forest_fire_office_before_the_reform(tokenizer) -> None:
    found = extract_units("1月9日，州森防办督查组到甲茶镇督查。", "贵州省黔南布依族苗族自治州", tokenizer=tokenizer,
                          published=date(2018, 1, 12))
    assert found[0].canonical == "黔南布依族苗族自治州森林防火指挥部办公室"


@pytest.mark.parametrize("text, expected", [
    ("崔庙镇槐树岭村防汛责任人暴雨期间未在岗值守。", [("崔庙镇槐树岭村", "community", None)]),  # 暴雨, no name
    ("2015年，县消协共受理投诉三百一十二件。", [("县消协", "social_org", None)]),
    ("街口街道的旺兴士多无证销售烟花爆竹，店主黄某某被罚款五百元。",
     [("街口街道", "township", None), ("旺兴士多", "enterprise", None), ("黄某某", "person", "店主")]),
])
def test_rain_by_township_a_consumers_association_and_a_corner_shop(units, text, expected) -> None:
    assert [(m.text, m.type, m.title) for m in units(text, "河南省郑州市荥阳市")] == expected


def test_a_guangdong_district_s_city_management_and_enforcement_bureau(units) -> None:
    assert [m.canonical for m in units("区城管执法局下达整改通知书。", "广东省广州市从化区")] == ["从化区城市管理和综合执法局"]


@pytest.mark.parametrize("text, expected", [
    ("对门家庄乡予以通报批评，由其主要负责人向区大气办作出书面说明。", [("门家庄乡", None), ("区大气办", None)]),
    ("煤矿被责令停产整顿并罚款八万元，矿长孙某某被约谈。", [("孙某某", "矿长")]),  # no 长孙 family
    ("在白音查干嘎查，消防安全宣传员图雅每次入户都提醒牧民检查火炉烟囱，从未间断。",
     [("白音查干嘎查", None), ("图雅", "消防安全宣传员")]),
])
def test_a_body_spoken_to_a_mine_s_head_and_a_fire_safety_herald(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "内蒙古自治区锡林郭勒盟锡林浩特市")] == expected


def test_a_civilisation_office_is_not_the_civilised_city_command_s_written_before(units) -> None:
    found = units("锡林浩特市文明城市创建工作指挥部办公室　2021年9月13日\n9月1日至3日，市创城办会同市文明办对各街道开展测评。",
                  "内蒙古自治区锡林郭勒盟锡林浩特市")
    assert [(m.text, m.canonical) for m in found][2:] == [("市文明办", "锡林浩特市精神文明建设指导委员会办公室")]


@pytest.mark.parametrize("text, expected", [
    ("山化镇寺沟村护水员李建军周末未在重点水域值守。", [("山化镇寺沟村", None), ("李建军", "护水员")]),
    ("北山街道的北山森林人家在林缘违规烧烤。", [("北山街道", None), ("北山森林人家", None)]),
])
def test_a_water_keeper_apart_from_his_village_and_a_forest_guesthouse(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "河南省洛阳市偃师区")] == expected


@pytest.mark.parametrize("text, expected", [
    ("华庭物业管理有限公司对业主楼道充电劝阻不力。", [("华庭物业管理有限公司", None)]),  # 楼道, no name
    ("副县长楼建国出席。", [("楼建国", "副县长")]),
    ("丹水池街道的长兴砂石堆场在堤身违规堆放砂石约200吨。", [("丹水池街道", None), ("长兴砂石堆场", None)]),
])
def test_a_stairwell_is_no_name_and_a_sand_yard_is_a_business(units, text, expected) -> None:
    assert [(m.text, m.title) for m in units(text, "湖北省武汉市江岸区")] == expected


def test_a_department_store_is_named_whole(units) -> None:
    found = units("古槐街道的万家福百货商店在店内私存鞭炮近40箱。", "山东省济宁市任城区")
    assert [(m.text, m.type) for m in found] == [("古槐街道", "township"), ("万家福百货商店", "enterprise")]


@pytest.mark.parametrize("text, context, expected", [
    ("县完小组织学生开展活动，各完小参加。", "西藏自治区那曲市班戈县", [("县完小", "班戈县完全小学", "school")]),
    ("12月中旬以来，二连浩特市城市管理综合执法局（以下简称“市城管执法局”）出动清雪车辆。", "内蒙古自治区锡林郭勒盟二连浩特市",
     [("二连浩特市城市管理综合执法局", "二连浩特市城市管理综合执法局", "government"),
      ("市城管执法局", "二连浩特市城市管理综合执法局", "government")]),
    ("对沿河乡镇和山区乡开展暗访，在乡场镇开展演练。", "四川省甘孜藏族自治州新龙县", []),  # kinds of place, no names
])
def test_a_county_s_primary_school_a_city_s_enforcement_bureau_and_kinds_of_township(units, text, context, expected):
    assert [(m.text, m.canonical, m.type) for m in units(text, context)] == expected


@pytest.mark.parametrize("text, expected", [
    ("区城管局执法队员覃建军，白沙镇白沙村党总支书记蓝志明", [("覃建军", "区城管局执法队员"), ("蓝志明", "白沙镇白沙村党总支书记")]),
    ("对珠江路街道予以通报批评，由副区长高建华约谈该街道主要负责人。", [("高建华", "副区长")]),
])
def test_law_enforcers_and_a_name_before_约谈(units, text, expected):
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == expected


def test_a_name_ends_before_since_when(units):
    found = units("四是德庆镇巴木村犬只管理员边巴自7月以来未按时投药。", "西藏自治区那曲市班戈县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("边巴", "管理员")]



@pytest.mark.parametrize("text, context, expected", [
    ("荒地乡博斯坦村党支部书记阿布拉·卡德尔作了交流发言。", "新疆维吾尔自治区喀什地区喀什市", [("阿布拉·卡德尔", "党支部书记")]),
    ("每天带着保洁员走村入户，风雨无阻。", "新疆维吾尔自治区喀什地区塔什库尔干塔吉克自治县", []),  # a campaign word
    ("干陶勒盖嘎查，网格员哈斯高娃每逢降雨都第一时间入户。", "内蒙古自治区锡林郭勒盟东乌珠穆沁旗", [("哈斯高娃", "网格员")]),
])
def test_a_speech_made_and_a_campaign_word_after_a_post(units, text, context, expected):
    assert [(m.text, m.title) for m in units(text, context) if m.type == "person"] == expected


def test_the_road_safety_committee_s_office_is_not_the_work_safety_one(units):
    found = units("10月19日至23日，区道安委办会同区公安分局组成3个督查组。", "安徽省蚌埠市淮上区")
    assert [(m.text, m.canonical) for m in found][0] == ("区道安委办", "淮上区道路交通安全委员会办公室")


@pytest.mark.parametrize("text, expected", [
    ("鑫旺养殖场将畜禽粪污直排村外沟渠，场长孙某某被约谈。", [("孙某某", "场长")]),  # (no 长孙 read as a surname)
    ("正莫镇东里村坑塘看护员孟庆山连续一周未到岗。", [("孟庆山", "坑塘看护员")]),
])
def test_a_farm_s_manager_and_a_pond_keeper(units, text, expected):
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == expected


HONOURS = ("一、表现突出的单位（2个）\n德吉林镇、县疾控中心。\n二、表现突出的个人（3名）\n"
           "县人民医院检验科医师白玛央金，连续四十余天驻守核酸检测实验室；三陵乡农业办主任贺建新，麦收期间吃住在田间地头；"
           "兼庄乡后郝村网格员郭玉兰，带领6名村民轮流值守。")


def test_a_listed_individual_s_title_holds_the_body_it_opens_with(units):
    found = units(HONOURS, "西藏自治区日喀则市仁布县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [
        ("白玛央金", "县人民医院检验科医师"), ("贺建新", "三陵乡农业办主任"), ("郭玉兰", "兼庄乡后郝村网格员")]
    assert [m.text for m in found if m.type != "person"] == ["德吉林镇", "县疾控中心"]  # none inside the titles


@pytest.mark.parametrize("text, expected", [
    # bodies praised with the persons under one heading stand apart from them
    ("二、表现突出的单位和个人\n水头镇城北社区楼栋长梁秀英每天清扫楼道。",
     [("水头镇城北社区", None), ("梁秀英", "楼栋长")]),
    # persons listed by 、 in a list of individuals each follow their own role
    ("二、先进个人\n德伯斯镇宝泉村保洁员王秀英、旗疾控中心消杀员张海龙",
     [("王秀英", "德伯斯镇宝泉村保洁员"), ("张海龙", "旗疾控中心消杀员")]),
])
def test_bodies_stand_apart_outside_a_list_of_individuals_alone_and_listed_persons_keep_their_roles(units, text,
                                                                                                      expected):
    assert [(m.text, m.title) for m in units(text, "内蒙古自治区兴安盟科尔沁右翼前旗")] == expected


@pytest.mark.parametrize("text, expected", [
    ("县人民检察院检察官苑丽娜提前介入涉恶案件。", [("苑丽娜", "县人民检察院检察官")]),
    ("在红旗路街道永安社区，禁毒社工牛晓燕每周上门走访帮扶对象。", [("牛晓燕", "禁毒社工")]),
    ("峡窝镇马固村卡点值守员靳长林连续两天脱岗。", [("靳长林", "卡点值守员")]),
    ("在南洲街道沥滘村，水闸管理员梁炳根每逢暴雨都守在闸口。", [("梁炳根", "水闸管理员")]),
])
def test_a_prosecutor_a_drug_control_social_worker_and_keepers_of_checkpoints_and_sluices(units, text, expected):
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == expected


def test_the_fringe_of_town_and_country_is_no_body(units):
    found = units("11月夜查发现，正阳街道城乡接合部出现火点2处。", "黑龙江省鸡西市城子河区")
    assert [(m.text, m.type, m.stance) for m in found] == [("正阳街道", "township", "criticized")]


@pytest.mark.parametrize("text, expected", [
    ("区疾控中心对农贸市场、商超冷库开展环境监测。", ["区疾控中心"]),  # supermarkets' cold stores: a kind
    ("葵英街道英华社区社区戒毒社区康复人员帮教台账不全。", ["葵英街道英华社区"]),  # the rehabilitation programme
])
def test_cold_stores_in_general_and_community_rehabilitation(units, text, expected):
    assert [m.text for m in units(text, "辽宁省大连市中山区")] == expected


@pytest.mark.parametrize("text, expected", [
    # a bureau's section, between the bureau and its head, is part of the head's title
    ("县国土资源局地质环境股股长刘春梅冒雨排查地质灾害隐患点。", [("刘春梅", "县国土资源局地质环境股股长")]),
    ("区水利局工程股股长曾志强带队排查险情。", [("曾志强", "区水利局工程股股长")]),
    # jieba reads 主|任何: the title 主任 and the surname 何, with the office before it
    ("坪滩镇应急办主任何志刚带领应急分队排险。", [("何志刚", "坪滩镇应急办主任")]),
    ("村委会主任何建国要求各户清理杂物。", [("何建国", "村委会主任")]),
    # a cooperative's machine operator: a private role, with the cooperative apart (but whole under a heading of
    # individuals), and a name after it opening with a common surname (农机手|边收边打捆: no name)
    ("丰泽农机专业合作社农机手侯二平帮助农户打捆秸秆。", [("侯二平", "农机手")]),
    ("二、表现突出的个人（3名）\n丰泽农机专业合作社农机手侯二平，帮助农户打捆秸秆二千多亩。",
     [("侯二平", "丰泽农机专业合作社农机手")]),
    ("新安店镇组织农机手边收边打捆。", []),
    # a health inspector of the bureau's supervision office
    ("二、表现突出的个人（3名）\n县卫计局卫生监督所监督员杨志刚，带队检查“六小”门店二百三十余家。",
     [("杨志刚", "县卫计局卫生监督所监督员")]),
])
def test_a_section_head_a_chairman_jieba_cuts_before_his_surname_and_a_machine_operator(units, text, expected):
    assert [(m.text, m.title) for m in units(text) if m.type == "person"] == expected


def test_以预防为主_and_任何_open_no_person(units):
    assert [m for m in units("坚持以预防为主任何单位不得擅自动火。") if m.type == "person"] == []


@pytest.mark.parametrize("text, expected", [
    # a village's liaison and straw-burning grid worker: the village stands apart (jieba glues 村禁烧)
    ("也格孜托别乡阿合齐村村级联络员努尔波拉提·赛力克未建立线索摸排台账。",
     [("也格孜托别乡阿合齐村", None), ("努尔波拉提·赛力克", "村级联络员")]),
    ("苗馆镇东岭村禁烧网格员颜廷海连续两天未到岗巡查。", [("苗馆镇东岭村", None), ("颜廷海", "禁烧网格员")]),
    # a township before a herdsman is a unit of its own, as before a villager
    ("乌兰镇牧民额某某在自家草场焚烧枯草。", [("乌兰镇", None), ("额某某", "牧民")]),
])
def test_a_village_liaison_a_burning_grid_worker_and_a_herdsman_keep_their_place_apart(units, text, expected):
    assert [(m.text, m.title) for m in units(text, "新疆维吾尔自治区阿勒泰地区布尔津县")] == expected


def test_a_body_right_before_its_member_units_is_no_unit(units):
    found = units("会议，各乡镇和县禁毒委成员单位负责同志参加。县森防指各成员单位：县禁毒委召开推进会。")
    assert [m.text for m in found] == ["县禁毒委"]


@pytest.mark.parametrize("text, expected", [
    # the drug-control field of a post, written before it, is part of the title
    ("在柯寨镇西坡村，禁毒网格员魏春梅每天走村入户。", [("柯寨镇西坡村", None), ("魏春梅", "禁毒网格员")]),
    ("在锦屏镇新城社区，禁毒志愿者陶丽萍每周入户宣讲。", [("锦屏镇新城社区", None), ("陶丽萍", "禁毒志愿者")]),
    # a volunteer's name may open with a rarer family name that is no function character (符), not with 和
    ("在加乐镇长岭村，禁毒志愿者符玉兰每周入户宣传。", [("加乐镇长岭村", None), ("符玉兰", "禁毒志愿者")]),
    ("组织志愿者和网格员开展宣传。", []),
])
def test_drug_control_posts_and_a_volunteer_with_a_rarer_family_name(units, text, expected):
    assert [(m.text, m.title) for m in units(text, "海南省澄迈县")] == expected


@pytest.mark.parametrize("text", [
    "县长一行先后察看了东江堤防、沙河泵站和低洼村庄临时安置点。",
    "汛前检修排涝泵站14座，对沿河堤防和排涝泵站开展巡查。",
    "县住建局对天然气门站开展检查。",
])
def test_pumping_and_gas_stations_are_facilities_named_or_not(units, text):
    assert [m.text for m in units(text) if m.text.endswith(("泵站", "门站"))] == []


@pytest.mark.parametrize("text, context, expected", [
    # a numbered finding whose subject is a kind of shop, not one named
    ("林国平要求，一是各镇要在6月底前完成问题整改；二是农贸市场每天开展一次清洗消毒。", "广东省梅州市蕉岭县", []),
    ("二是绛州农贸市场活禽区未落实消毒。", "广东省梅州市蕉岭县", [("绛州农贸市场", None)]),
    # what residents are reminded to do: 戴 is a family name too
    ("在屯城镇朝阳社区，楼栋长王秀珍每天上门提醒居民戴口罩、勤洗手。", "海南省屯昌县",
     [("屯城镇朝阳社区", None), ("王秀珍", "楼栋长")]),
    # a Mongolian name whose opening jieba reads as 阿拉 ("we"), and the Yi family name 阿的
    ("呼热图淖尔苏木草原管护员阿拉腾花，劝阻牧民违规野外用火十余起。", "内蒙古自治区锡林郭勒盟东乌珠穆沁旗",
     [("阿拉腾花", "呼热图淖尔苏木草原管护员")]),
    ("拉普乡阿尔村禁毒专干阿的子哈连续两个月未报送排查台账。", "四川省凉山彝族自治州越西县",
     [("拉普乡阿尔村", None), ("阿的子哈", "禁毒专干")]),
    # a kind of station, no body's name; the county's own is one
    ("丁宏伟一行先后察看了戒毒康复工作站、娱乐场所和药店。", "宁夏回族自治区吴忠市同心县", []),
    ("县戒毒康复工作站开展宣传。", "宁夏回族自治区吴忠市同心县", [("县戒毒康复工作站", None)]),
])
def test_a_numbered_kind_of_shop_a_reminder_to_wear_masks_mongolian_and_yi_names_and_a_kind_of_station(
        units, text, context, expected):
    assert [(m.text, m.title) for m in units(text, context)] == expected


@pytest.mark.parametrize("text, context, expected", [
    # a duty left undone ends a name jieba cut at a county's name (高|玉山)
    ("北兴镇永乐村安全员高玉山未按要求入户排查，4户农户私拉乱接电线。", "黑龙江省齐齐哈尔市克山县",
     [("北兴镇永乐村", None), ("高玉山", "安全员")]),
    # raised shelters on a floodplain and a kind of station are no bodies; a flower-and-bird market is a shop
    ("李红伟一行先后察看了黄河大堤、滩区避水台和防汛物资仓库。", "河南省新乡市长垣市", []),
    ("段志华一行先后察看了娱乐场所、药店和社区康复工作站。", "云南省曲靖市师宗县", []),
    ("3．水南镇的章江花鸟市场盆景和水生植物积水、防蚊设施缺失。", "江西省赣州市章贡区",
     [("水南镇", None), ("章江花鸟市场", None)]),
])
def test_a_duty_left_undone_shelters_stations_and_a_flower_market(units, text, context, expected):
    assert [(m.text, m.title) for m in units(text, context)] == expected


@pytest.mark.parametrize("text, expected", [
    # a street's name of two ending in 和, read by jieba as "and", where a clause opens; kinds joined by 和 are none
    ("暗查发现，吉和街道辖区3栋高层住宅消防车通道被占用。", ["吉和街道"]),
    ("3．吉和街道的宏盛建设工程有限公司施工工地基坑积水。", ["吉和街道", "宏盛建设工程有限公司"]),
    ("组织各镇和街道开展检查，城乡和街道干部参加，市和街道联动。", []),
])
def test_a_street_whose_name_ends_in_and(units, text, expected):
    assert [m.text for m in units(text, "安徽省芜湖市镜湖区")] == expected


def test_the_head_of_a_sanitation_crew_takes_the_crew_into_the_title(units):
    found = units("二、表现突出的个人（3名）\n县城管局环卫处清扫班班长刘秀兰，连续四十天坚守城区主街清扫岗位。", "河北省承德市隆化县")
    assert [(m.text, m.title) for m in found if m.type == "person"] == [("刘秀兰", "县城管局环卫处清扫班班长")]


@pytest.mark.parametrize("text, context, expected", [
    # a transliterated name's last part ends before 入户; a village cook named anonymised takes the role as title
    ("延安路街道二道桥社区网格员吐尔洪·艾力入户宣传不到位。", "新疆维吾尔自治区乌鲁木齐市天山区",
     [("延安路街道二道桥社区", None), ("吐尔洪·艾力", "网格员")]),
    ("（三）舒洪镇仁岸村乡村厨师楼某某承办家宴未按规定申报。昌隆镇后营子村乡厨张某某承办聚餐未备案。", "浙江省金华市义乌市",
     [("舒洪镇仁岸村", None), ("楼某某", "乡村厨师"), ("昌隆镇后营子村", None), ("张某某", "乡厨")]),
    # 望 is a family name; a flood-control post of Guangdong's three defences
    ("葛洲坝街道桃花岭社区网格员望红霞，带领居民清理楼道杂物三百余处。", "湖北省宜昌市西陵区",
     [("葛洲坝街道桃花岭社区", None), ("望红霞", "网格员")]),
    ("唐家湾镇淇澳社区三防责任人钟伟明未及时更新危险区域转移人员台账。", "广东省珠海市香洲区",
     [("唐家湾镇淇澳社区", None), ("钟伟明", "三防责任人")]),
    # shops by their heads: a Tibetan eatery, a parcel station, a tea farm, a bee farm
    ("优干宁镇的雪域藏餐吧后厨生熟混放；金阊街道的速达快递驿站未落实实名登记；水门畲族乡的茶香源生态茶场焚烧杂草；"
     "阿岗镇的蜜源养蜂场用明火熏蜂。", "青海省黄南藏族自治州河南蒙古族自治县",
     [("优干宁镇", None), ("雪域藏餐吧", None), ("金阊街道", None), ("速达快递驿站", None), ("水门畲族乡", None),
      ("茶香源生态茶场", None), ("阿岗镇", None), ("蜜源养蜂场", None)]),
])
def test_transliterated_names_village_cooks_rarer_family_names_and_shops_by_their_heads(units, text, context, expected):
    assert [(m.text, m.title) for m in units(text, context)] == expected


def test_shops_by_their_heads_are_enterprises(units):
    found = units("优干宁镇的雪域藏餐吧后厨生熟混放；阿岗镇的蜜源养蜂场用明火熏蜂。", "青海省黄南藏族自治州河南蒙古族自治县")
    assert {m.text: m.type for m in found} == {"优干宁镇": "township", "雪域藏餐吧": "enterprise",
                                                "阿岗镇": "township", "蜜源养蜂场": "enterprise"}


def test_villages_that_host_folk_tourism_are_a_kind(units):
    assert units("对重点林区、进山路口和山区民俗旅游村开展暗查。一行先后察看了入库河口和民俗旅游村。", "北京市密云区") == []


def test_every_one_of_a_kind_is_no_name(units):
    text = "一是7月15日前对全县瓶装液化气用户开展一次全覆盖排查；二是每个液化气供应站落实安全员1至2名。"
    assert units(text, "江苏省连云港市灌南县") == []


@pytest.mark.parametrize("text, context, expected", [
    ("瓦厂镇甲区村保洁员洛桑未按要求清扫村道。", "四川省凉山彝族自治州木里藏族自治县",
     [("瓦厂镇甲区村", None), ("洛桑", "保洁员")]),  # a Tibetan name opening as 洛桑 does
    ("宝力根嘎查草管员额尔德木图连续五天未上岗巡护。", "内蒙古自治区锡林郭勒盟苏尼特右旗",
     [("宝力根嘎查", None), ("额尔德木图", "草管员")]),
    ("县委副书记、县长洛桑江村出席并讲话。", "西藏自治区昌都市贡觉县", [("洛桑江村", "县委副书记、县长")]),  # no village
    ("在河庄坪镇王家沟村，村医呼延玉兰每天入户开展健康随访。", "陕西省延安市宝塔区",
     [("河庄坪镇王家沟村", None), ("呼延玉兰", "村医")]),  # a compound surname after a role many hold
    ("塘格木镇东巴村生态管护员索南才让连续六天未上岗巡护。", "青海省海南藏族自治州共和县",
     [("塘格木镇东巴村", None), ("索南才让", "生态管护员")]),
])
def test_tibetan_and_mongolian_names_a_compound_surname_and_ecological_wardens(units, text, context, expected):
    assert [(m.text, m.title) for m in units(text, context)] == expected


@pytest.mark.parametrize("text", [
    "沿清水河、通惠渠对养殖场排污口和砖瓦窑厂排污口开展暗访。",  # 渠|对 glued by jieba before the kind
    "沿长江彭泽段和太泊湖对养殖场排污口开展暗访。",
    "关于岁末年初烟花爆竹和羽绒加工作坊消防安全暗查情况的通报",
    "暗访组还对沿河工业作坊开展突击检查。",
])
def test_kinds_of_works_and_farms_are_no_names(units, text):
    assert units(text, "河南省商丘市宁陵县") == []


def test_and_before_a_company_opens_no_name_running_into_it(units):
    found = units("由县安委办约谈砂河镇分管负责人和金岩矿业有限公司主要负责人。", "山西省忻州市繁峙县")
    assert [m.text for m in found] == ["县安委办", "金岩矿业有限公司"]


@pytest.mark.parametrize("text, expected", [
    ("马市镇组织镇村干部对辖区烟花爆竹零售点逐店检查。", [("马市镇", None)]),  # 逐店: shop by shop, no shop
    ("县文旅局逐村检查古民居。", [("县文旅局", None)]),
    ("各镇祠堂祭祖、游神赛会等活动明显增多。", []),  # a temple fair, no association
    ("暗访组还对沿河餐饮店集中的大明湖街道开展突击检查。", [("大明湖街道", None)]),  # a kind of shop by the river
    ("关于岁末年初烟花爆竹和脐橙选果厂安全生产暗查情况的通报", []),
    ("峡门镇峡门村村级排查员朱永禄未按要求逐户排查。", [("峡门镇峡门村", None), ("朱永禄", "村级排查员")]),
])
def test_shop_by_shop_a_temple_fair_kinds_of_works_and_a_village_s_searcher(units, text, expected):
    assert [(m.text, m.title) for m in units(text, "广东省惠州市惠东县")] == expected


def test_a_fruit_farm_named_is_an_enterprise(units):
    found = units("梁化镇的绿丰果场在林缘烧荒清园。", "广东省惠州市惠东县")
    assert [(m.text, m.type) for m in found] == [("梁化镇", "township"), ("绿丰果场", "enterprise")]


@pytest.mark.parametrize("text, context, expected", [
    ("新马桥镇配齐保洁员，受到县人居环境整治办通报表扬。", "安徽省蚌埠市固镇县",
     [("新马桥镇", "固镇县新马桥镇"), ("县人居环境整治办", "固镇县农村人居环境整治工作领导小组办公室")]),
    ("章田寺乡青龙村放水员李国平未按轮灌计划放水。", "湖北省荆州市公安县",
     [("章田寺乡青龙村", "公安县章田寺乡青龙村"), ("李国平", "李国平")]),
    ("霍西乡卫生院医生降央卓玛每天入户随访。", "四川省甘孜藏族自治州色达县",
     [("降央卓玛", "降央卓玛")]),
    ("对供热锅炉房、冰酒酒庄和人员密集场所开展暗查。", "辽宁省本溪市桓仁满族自治县", []),
    ("一行先后察看了松茸交易市场、餐馆后厨和客栈。", "云南省迪庆藏族自治州德钦县", []),
    ("码头镇的畅通快递服务站未落实收寄验视制度。", "江西省九江市瑞昌市",
     [("码头镇", "瑞昌市码头镇"), ("畅通快递服务站", "畅通快递服务站")]),
])
def test_a_short_form_of_the_living_environment_office_water_keepers_tibetan_names_and_kinds(units, text, context,
                                                                                               expected):
    assert [(m.text, m.canonical) for m in units(text, context)] == expected
