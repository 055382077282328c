"""Rules baseline: fires on the codebook's positive examples, stays silent on its negative ones."""
from __future__ import annotations

import pytest

from nlp.classifier.rules import InstructionFilter, RulesClassifier
from nlp.classifier.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def rules() -> RulesClassifier:
    return RulesClassifier(load_taxonomy())


def labels(rules: RulesClassifier, text: str, title: str = "") -> dict[str, list[str]]:
    [result] = rules.predict([{"title": title, "text": text}])
    return {"action": result["action"], "theme": result["theme"]}


@pytest.mark.parametrize("text, action, theme", [
    ("县委宣传部组织开展知晓率暗访督查。", "inspection", "participation"),
    ("富村镇召开爱国卫生第八次集中推进现场会。", "meeting", None),
    ("组织志愿者清扫街道、清理卫生死角20处。", "volunteer", "garbage"),
    ("组织志愿者清扫街道、清理卫生死角20处。", "cleanup", "participation"),
    ("对3家整改不力的单位下发红色督办单。", "enforcement", None),
    ("对排名靠后的单位进行通报批评。", "enforcement", None),
    ("胜境街道被评为爱国卫生示范街道。", "commendation", None),
    ("今年新建城区公厕5座。", "construction", "toilets"),
    ("在农贸市场新安装洗手设施12套。", "construction", "handwashing"),
    ("对农贸市场开展预防性消毒。", "cleanup", "disinfection"),
    ("发放公筷公勺倡议书2000份。", "publicity", "new_customs"),
    ("在城区投放鼠药50公斤。", "cleanup", "vector_control"),
    ("检查餐馆36家。", "inspection", "restaurants"),
    ("顺利通过国家卫生县城复审。", None, "sanitary_city"),
    ("开展新冠肺炎疫情防控工作。", None, "epidemic"),
    # ceremonies are meetings; monitoring, a visit to look, sampling and river patrols are inspection
    ("4月1日，和顺县第31个爱国卫生月启动仪式在人民广场举行。", "meeting", None),
    ("6月21日至25日，区疾控中心对全区10个街镇开展蚊媒密度监测。", "inspection", None),
    ("县委书记冒雨赶赴金达镇查看汛情。", "inspection", None),
    ("县市场监管局抽检节日食品六十批次，合格59批次。", "inspection", None),
    ("全县各级河长累计巡河1.1万余次。", "inspection", None),
    # strands named in other words: shop fronts in their owners' charge, mobilisation, points schemes, pest guards,
    # breeding water, health-code checks
    ("县爱卫办对城区商铺落实“门前三包”责任制情况进行检查。", None, "participation"),
    ("12月28日，石桥镇组织党员干部和群众九百余人开展村庄清洁行动。", None, "participation"),
    ("今年以来，该镇在9个村推行人居环境“积分超市”，累计兑换物品3800余件。", None, "participation"),
    ("沙乡人家饭庄后厨“三防”设施齐全，予以通报表扬。", None, "vector_control"),
    ("累计清理积水容器2600余个。", None, "vector_control"),
    ("古绛农贸市场测温扫码、分区管理规范。", None, "epidemic"),
    ("县疾控中心开展包虫病B超筛查，筛查群众六千二百余人。", None, "epidemic"),
    ("志愿者分赴防疫卡点协助开展体温检测和信息登记。", None, "epidemic"),
    # fittings added and heating switched from coal are construction
    ("督促餐饮单位加装燃气泄漏报警器六百四十台。", "construction", None),
    ("今年完成“煤改气”一千二百户。", "construction", None),
    ("汛前加固堤防800余米，在村口新装视频监控探头36个。", "construction", None),
    # leaflets under other names, a parents' letter and health advice are publicity
    ("全区发放“防火明白纸”三千余份。", "publicity", None),
    ("向家长发放《致家长的一封信》和告家长书1.2万份。", "publicity", None),
    ("县卫健局提醒，元旦假期期间各医疗机构急诊科室全员在岗。", "publicity", None),
])
def test_rules_fire_on_positive_examples(rules, text, action, theme):
    found = labels(rules, text)
    if action:
        assert action in found["action"]
    if theme:
        assert theme in found["theme"]


@pytest.mark.parametrize("text, head, label", [
    # A generic 督促整改 is not enforcement.
    ("检查中发现问题现场交办，督促立行立改。", "action", "enforcement"),
    # Instructions and plans are not actions.
    ("陈志强调，要加大宣传引导，提高群众知晓率。", "action", "publicity"),
    ("下一步，将继续开展督查检查。", "action", "inspection"),
    ("会议要求，各单位要对整改不力的严肃问责。", "action", "enforcement"),
    # Volunteer only when written.
    ("机关党员干部开展义务劳动，清扫街道。", "action", "volunteer"),
    # A unit's name is not publicity or a market.
    ("县委宣传部负责人一同参加。", "action", "publicity"),
    ("县市场监管局负责人一同参加。", "theme", "markets"),
    # Capacity building is not facility construction.
    ("加强干部队伍建设。", "action", "construction"),
    # Orders to clear and faults found are no clean-up; equipment not installed is no construction.
    ("对河道内堆放的建筑垃圾，责令相关单位限期清除。", "action", "cleanup"),
    ("清理取缔违规网具三百六十余张。", "action", "cleanup"),
    ("督促52家餐饮门店安装或清洗油烟净化设施。", "action", "cleanup"),
    ("安顺宾馆布草未按规定更换消毒，被下达整改通知书。", "action", "cleanup"),
    ("金山街道辖区6家餐饮店未安装燃气泄漏报警装置，被下达整改通知书。", "action", "construction"),
    # a refit found done is the state inspected, and what a project will yield once built is a plan
    ("检查中，县一中食堂“明厨亮灶”改造到位，予以通报表扬。", "action", "construction"),
    ("该项目建成后年产茶油2000吨。", "action", "construction"),
    # a public-service poster found damaged is a fault, not publicity
    ("燕山乡燕山村公益广告破损未更换。", "action", "publicity"),
    # …and so is publicity found wanting
    ("安羌乡护林员巡山记录缺失，防火宣传不到位。", "action", "publicity"),
    ("北岸镇有3个村扫黑除恶宣传栏内容长期未更新。", "action", "publicity"),
    # Awareness of cadres and masses is no mobilisation.
    ("通过此次活动，进一步增强了干部群众的责任意识。", "theme", "participation"),
])
def test_rules_stay_silent_on_negative_examples(rules, text, head, label):
    assert label not in labels(rules, text)[head]


def test_bare_campaign_name_triggers_no_theme(rules):
    assert labels(rules, "全县深入推进爱国卫生“7个专项行动”，取得阶段性成效。")["theme"] == []


def test_enumerated_seven_actions_trigger_all_seven_strands(rules):
    found = labels(rules, "会议要求，扎实抓好清垃圾、扫厕所、勤洗手、净餐馆、常消毒、管集市、众参与各项任务。")
    assert {"garbage", "toilets", "handwashing", "restaurants", "disinfection", "markets", "participation"} <= set(found["theme"])
    assert found["action"] == []


def test_reports_citing_an_instruction_still_count():
    instructions = InstructionFilter.from_taxonomy(load_taxonomy())
    assert not instructions.is_instruction("按照县推进办工作要求，全镇开展了环境卫生大扫除。")
    assert instructions.is_instruction("王建华要求，各乡镇要加大督查力度。")
    assert not instructions.is_instruction("主要负责人一同参加检查。")


def test_unrelated_story_has_no_theme(rules):
    found = labels(rules, "今年全县完成烤烟移栽12万亩，粮食生产形势良好。", title="全县烤烟移栽全面完成")
    assert found["theme"] == []


def test_reported_clause_before_an_instruction_counts(rules):
    # The 约谈 was done; only what follows ，要求 is the instruction.
    found = labels(rules, "5月11日，市森防指约谈图强镇分管负责人，要求5月20日前完成全部问题整改。")
    assert "enforcement" in found["action"]
    # An instruction clause before the tail is still an instruction.
    assert labels(rules, "各乡镇要开展一次大扫除，要求5月20日前完成。")["action"] == []


def test_past_judgements_inside_a_meeting_report_are_reported(rules):
    text = ("会议指出，大乌苏镇有2名护林员未在岗，相关镇主要负责人被区森防指约谈；"
            "红柳峡村组织牧民巡护，受到县政府通报表扬。\n赵振宇强调，要对整改不力的严肃问责。")
    found = labels(rules, text)
    assert {"enforcement", "commendation"} <= set(found["action"])
    # A judgement threatened for later stays an instruction.
    assert "enforcement" not in labels(rules, "会议指出，整改不到位的乡镇将被约谈。")["action"]
