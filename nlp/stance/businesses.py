"""Businesses and the places visited: found at fault by inspectors or in prose, doing well where a visit went, or only
the place of another unit's business.
"""
from __future__ import annotations

import re

from nlp.stance.cues import cue_table
from nlp.stance.clauses import (
    AREA_TYPES,
    M,
    PARAGRAPH_END,
    end_of_clause,
    fault_told_after,
    rest_of_item,
    shown_through_its_worker,
    taken_there,
    wrong_and_praise_told,
)
from nlp.stance.by_cues import LIST_JOINERS
from nlp.stance.villages import NOTHING_LEFT_TO_SEE

# 检查中，|老城烩面馆…, 排查中，|泰和县武山乌鸡养殖专业合作社…: what an inspection found, told right after it
INSPECTION_LEAD = re.compile(r"(?:检查|暗访|排查|抽查|督查)中[，,]$|检查结果显示[：:]$")
INSPECTION_LEAD_REACH = 7
GOOD_FINDING_TYPES = frozenset({"enterprise", "community", "school", "hospital"})
ITEM_OR_SENTENCE_END = re.compile(r"[。；;\n！？!?]")

# 在进安镇的|古松州清真饭店|，, 在|栖贤汤泉度假酒店|后厨，: a business or school a sentence takes the reader to
VISITED_AT = re.compile(r"(?:^|[。！？!?\n])[\s◆●■【】（）()一二三四五六七八九十、．.0-9]*在(?:[^，,。；;：:\n]{0,12}的)?$")
VISITED_TYPES = frozenset({"enterprise", "school", "hospital"})  # (a village visited: `villages_shown_at_work`)
VISITED_REACH = 16  # characters before the business that may hold the start of its sentence
PART_VISITED = re.compile(r"(?:后厨|门口|车间|食堂|仓库|厨房)?[，,]")
# …what a visit to a business for its output tells (详细了解项目投产进度, 企业负责人介绍), and a finding (检查发现)
NOT_SHOWN_AT_WORK = ("了解", "介绍", "调研", "发现")


def businesses_visited_doing_well(text: str, mentions: list[M]) -> list[M]:
    """在进安镇的古松州清真饭店，后厨实行“明厨亮灶”…, 在香巴拉农贸市场，肉类、蔬菜…按区域分开摆放: a business, school or
    hospital unjudged that a sentence takes the reader to, whose sentence tells no wrong, is shown doing well (8 of 8
    such in the gold, when this was written); not one visited to hear of its output (在…有限公司，陈志远详细了解项目投产
    进度), unless the sentence praises it, nor one where a finding is told."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if not (mention.stance is None and mention.type in VISITED_TYPES
                and VISITED_AT.search(text, max(0, mention.start - VISITED_REACH), mention.start)
                and PART_VISITED.match(text, mention.end)):
            continue
        item = rest_of_item(text, mention.end)  # (its own item: …了解项目投产进度；修山镇花园洞村…得到肯定)
        wrong, praise = wrong_and_praise_told(item)
        if not wrong and (praise or not any(word in item for word in NOT_SHOWN_AT_WORK)):
            result[index] = mention.with_stance("praised")
    return result


# 。|新城镇的|玉林农贸市场设置快检室…, ；白云街道的|东湖综合市场每周开展一次灭鼠灭蟑: a business opening its item after
# its place and 的
OPENS_AFTER_ITS_PLACE = re.compile(r"(?:^|[。；;\n])[^，,。；;：:\n◆▲■●★]{2,12}的$")  # (not a ▲ contents line)
OPENS_AFTER_ITS_PLACE_REACH = 14  # characters before the business that may hold its place, its 的 and the item's start


def businesses_after_their_place_at_work(text: str, mentions: list[M]) -> list[M]:
    """；新城镇的玉林农贸市场设置快检室，每天开展一次农残快检: a business, school or hospital unjudged opening its item
    after its place and 的, whose item tells its own work (`work_verbs`) or diligence and no wrong, is held up (10 of 12
    such in the gold are praised, when this was written)."""
    result = list(mentions)
    table = cue_table()
    for index, mention in enumerate(mentions):
        if not (mention.stance is None and mention.type in VISITED_TYPES
                and OPENS_AFTER_ITS_PLACE.search(text, max(0, mention.start - OPENS_AFTER_ITS_PLACE_REACH),
                                                 mention.start)):
            continue
        item = rest_of_item(text, mention.end)
        if not wrong_and_praise_told(item)[0] and (
                text.startswith(table.work_verbs, mention.end) or table.diligence.search(item)):
            result[index] = mention.with_stance("praised")
    return result


def good_findings_after_an_inspection(text: str, mentions: list[M]) -> list[M]:
    """检查中，老城烩面馆、蜜雪冰城鄢陵店后厨操作全程公开: a business, village, school or hospital unjudged that an
    inspection's findings open with, whose item tells no wrong, is found doing well (11 of 11 in the gold, when this
    was written; a township there is mostly only where the business is, and is left alone). One whose item tells a
    wrong is left to the rules of findings: read the same way it would win one and lose one (淮北市第一中学|附近的
    佳美便利店无证经营 is the shop's)."""
    result = list(mentions)
    fault = cue_table().business_fault
    for index, mention in enumerate(mentions):
        if (mention.stance is None and mention.type in GOOD_FINDING_TYPES
                and INSPECTION_LEAD.search(text, max(0, mention.start - INSPECTION_LEAD_REACH), mention.start)):
            end = ITEM_OR_SENTENCE_END.search(text, mention.end)
            if not fault.search(text, mention.end, end.start() if end else len(text)):
                result[index] = mention.with_stance("praised")
    return result


# 娜允镇夜市上的|依香傣味烧烤, 丹霞街道的|锦江渔家: where a business is, told before it in its own clause
PLACE_OF_A_BUSINESS = re.compile(r"[^，,。；;：:、\n把将和与及给对为让请向]{0,14}的")  # (no 姚村镇|把…的: an act)
# 高庄镇境内的|金|沙河砂石料场: the business's first characters may have been left out of its name
PLACE_OF_A_BUSINESS_LOOSE = re.compile(r"[^，,。；;：:、\n把将和与及给对为让请向]{0,14}的[^，,。；;：:、\n的]{0,2}")
# 金鹗山街道夜市上的摊主|周某某, 西塘桥街道房东|朱某某: the place of a private person (not of one who answers for it:
# 辖区, 负责人, 分管; nor 张龙乡的分…, the points it lost)
PLACE_OF_A_PERSON = re.compile(r"(?![^，,。；;：:、\n]*?(?:辖区|辖内|负责人|分管|的分))[^，,。；;：:、\n把将和与及给对为让请向]{1,14}")
# 昌元街道由|渝西建筑工程有限公司承建的安置房工地…: the place of the works a business builds
BUILT_BY = "由"
PLACE_REACH = 20  # characters between a township and the one it is only the place of


def places_of_businesses_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A township or community written only as the place of the business or the private person after it (黑树镇境内的
    坡脚湾煤矿把矸石倒在泄洪沟口, 双龙镇集镇上的摊贩尚某某…) is not judged by what they did: in the gold such a place
    is unjudged 14,824 times in 14,829 after a business, when this was written."""
    result = list(mentions)
    for index, (mention, following) in enumerate(zip(mentions, mentions[1:])):
        if mention.stance is None or mention.type not in AREA_TYPES:
            continue
        if following.type == "enterprise" and (
                PLACE_OF_A_BUSINESS.fullmatch(text, mention.end, following.start)
                or mention.type == "township" and following.start - mention.end <= PLACE_REACH and (
                    PLACE_OF_A_BUSINESS_LOOSE.fullmatch(text, mention.end, following.start)
                    or text[mention.end : following.start] == BUILT_BY)) or (
                following.type == "person" and mention.type == "township" and "某" in following.text
                and following.start - mention.end <= PLACE_REACH
                and PLACE_OF_A_PERSON.fullmatch(text, mention.end, following.start)):
            result[index] = mention.with_stance(None)
    return result


# Before a business: the start of a sentence, line, item of a list (；) or labelled finding (涧田乡：), an enumerator or
# a heading's marks, where it is (在自由路街道，) or a word adding one more (此外，), and a place with its 的
# (2．迁陵镇的|酉州渔具店, 加加镇国道边的|雪域甜茶馆, ；新宁镇的|阿芳老友粉店)
BUSINESS_OPENS = re.compile(r"(?:^|[。！？!?\n；;：:])[\s◆●■【】（）()一二三四五六七八九十、．.0-9]*"
                            r"(?:在[^，,。；;：:\n]{1,12}[，,]|(?:此外|另外|同时|还有)[，,]?)?(?:[^，,。；;：:\n]{0,14}的)?$")
BUSINESS_REACH = 24  # characters before a business that may hold the start of its sentence
# Inspectors who found the business (在田江街道，检查人员发现|顺达砂石场在河道管理范围内堆放砂石)
FOUND_BY_INSPECTORS = re.compile(r"(?:人员|组|队员)(?:还|又|在现场|现场)?发现$"
                                 r"|发现[，,]$")  # (检查组在荞窝镇发现，|彝乡缘火锅店…)
FOUND_REACH = 12  # characters before a business that may hold its finders
WALKED_INTO = re.compile(r"(?:走进|来到|到了|下到)(?:[^，,。；;：:\n]{0,8}的)?$")  # (呷绒尼玛走进惠远寺旁的|吉祥藏家乐…)
# 和丽萍发现|兴林木材加工厂…, 随后，检查组在|仁康民宿|发现，…: an official's finding, and the business where it was made
FOUND_BY_AN_OFFICIAL = ("发现", "看到")
FOUND_THERE = re.compile(r"(?:人员|组|队员)(?:还|又|随后)?在(?:[^，,。；;：:\n]{1,10}的)?$")  # (…在创业街道的|老四季熟食店|发现，)


def found_by_inspectors(text: str, mentions: list[M]) -> list[M]:
    """在马料河边，检查人员发现云鼎建筑工程有限公司在河道管理范围内堆放弃土: a business the inspectors found, whose
    sentence tells of a wrong, is a finding, in any story; so is one an official walks into (走进…的|吉祥藏家乐，后厨里…)
    or finds (和丽萍发现|兴林木材加工厂把…), or one where the inspectors found it (检查组在|仁康民宿|发现，…), when its
    own item tells the wrong."""
    table = cue_table()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type != "enterprise":
            continue
        if FOUND_BY_INSPECTORS.search(text, max(0, mention.start - FOUND_REACH), mention.start):
            # (or its own item tells the sanction: …堆放砂石约1500立方米，区水利局当场责令其在3日内清除；)
            faulted = (fault_told_after(text, mention.end)
                       or wrong_and_praise_told(rest_of_item(text, mention.end))[0])
        else:
            before = mentions[index - 1] if index else None
            found = (WALKED_INTO.search(text, max(0, mention.start - FOUND_REACH), mention.start)
                     or before is not None and before.type == "person"
                     and text[before.end : mention.start] in FOUND_BY_AN_OFFICIAL
                     or text.startswith(("发现，", "发现,"), mention.end)
                     and FOUND_THERE.search(text, max(0, mention.start - 2 * FOUND_REACH), mention.start))
            # (its own item only: …走进红叶人家农家乐，对其…给予肯定；在林海宾馆，发现…)
            faulted = found and table.business_fault.search(rest_of_item(text, mention.end))
        if faulted:
            result[index] = mention.with_stance("criticized")
    return result


# After a village: its own good work (组织, 把, 建起…), a score (以96.3分位列…), a way of working (做得最早, 的做法), not
# a fault told of it
VILLAGE_GOOD_WORK = ("成立", "建起", "以", "做得", "的做法", "由")
HEADING_MARKS = "◆▲■●★"  # before a headline's first word


def found_at_fault_in_prose(text: str, mentions: list[M]) -> list[M]:
    """甘溪滩镇的澹水河鲜馆菜单上写着“野生河鲜”, ；良邑镇张堡村村内河道堆放生活垃圾20余吨, 上盐湾镇一座淤地坝的放水卧管
    被杂草和泥沙堵死: a business, village, community or township no cue judged, opening a sentence, an item or a
    labelled finding (after its place and 的, if any; `BUSINESS_OPENS`) whose sentence tells of a wrong, a denial or a
    sanction (`business_faults`), is a finding, in any story: such a unit is named in a bulletin's prose for what it
    did wrong or did well, and the sentence tells which. Not one listed with others (…有限公司、阿湖乡负责人作了表态
    发言), nor one whose sentence tells only of good work (在所管小区的电梯里装了阻车装置); nor a village or township
    whose own good work follows its name (`good_deeds`, `VILLAGE_GOOD_WORK`) or that is only where a business, a school
    or another unit is (章村镇大溪村的|竹影农家乐…, 新市镇的|金色童年幼儿园…)."""
    table = cue_table()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in ("enterprise", "community", "township"):
            continue
        if mention.type == "township" and (
                text.startswith(("的", "一家", "某"), mention.end)
                or text[mention.start - 1 : mention.start] in HEADING_MARKS
                or index + 1 < len(mentions) and mentions[index + 1].start < end_of_clause(text, mention.end)):
            continue  # (新市镇的|金色童年幼儿园…, 华士镇|3家纺织企业…: the place of what is judged; ◆雅长乡开展…: a heading)
        if mention.type != "enterprise" and (
                text.startswith(table.good_deeds + VILLAGE_GOOD_WORK, mention.end)
                or text.startswith("的", mention.end) and table.business_after.match(text, mention.end + 1)):
            continue
        if mention.type == "community" and shown_through_its_worker(text, mention.end, right_after=True):
            continue  # (山里乡曙光村护河员那淑琴每天沿河巡查，劝阻村民向河道倾倒垃圾: the wrongs she stopped)
        if (text[mention.end : mention.end + 1] not in LIST_JOINERS
                and BUSINESS_OPENS.search(text, max(0, mention.start - BUSINESS_REACH), mention.start)
                and fault_told_after(text, mention.end)):
            result[index] = mention.with_stance("criticized")
    return result


# 土家幺妹餐馆|后厨无“三防”设施, 县二中|食堂没有按规定留样: a business's or school's own rooms, where what is wrong is
OWN_ROOMS = re.compile(r"的?(?:后厨|食堂|厨房|操作间|仓库|库房|充装间|冷库|店内|店里|院里|厂区|车间|住院部|门诊)")
OWN_THINGS_TYPES = frozenset({"enterprise", "school", "hospital", "community"})
# 区教育局机关食堂厨余垃圾未单独收集: a body's own canteen or compound (the gold criticises the body 8 times in 9)
BODY_ROOMS = re.compile(r"的?机关(?:食堂|大院|院内|办公楼)")
BODY_TYPES_WITH_ROOMS = frozenset({"government", "party"})
# 企沙镇山新村的|党员已给…, 镇卫生院的|防保人员每隔十天…: its people, told at their work
OWN_PEOPLE = re.compile(r"[^，,。；;\n]{0,4}?(?:人员|党员|老师|医生|干部|志愿者|督导员)")


def faults_in_their_rooms_or_things(text: str, mentions: list[M]) -> list[M]:
    """土家幺妹餐馆后厨无“三防”设施, 王井镇中心学校食堂留样不足48小时: a business, school or hospital unjudged whose own
    rooms its item (to the next ；or 。) tells a wrong in, with no praise, is criticised (16 of 16 such in the gold, when
    this was written); so is one, or a village, whose own things after its 的 the item tells a wrong of (鸿泰建设工程有限
    公司的2台塔吊没有松开回转制动, 临湖镇刘楼村的防汛物资仓库里只有编织袋二百余条: 38 of 51), though not one whose 的
    opens a business (X村的Y农家乐…), which is the finding. A government or party body is so only through its own
    canteen or compound (区教育局机关食堂厨余垃圾未单独收集)."""
    table = cue_table()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None:
            continue
        if mention.type in BODY_TYPES_WITH_ROOMS:
            own = BODY_ROOMS.match(text, mention.end) is not None
        else:
            own = mention.type in OWN_THINGS_TYPES and (
                mention.type != "community" and OWN_ROOMS.match(text, mention.end) is not None or text.startswith(
                    "的", mention.end) and not table.business_after.match(text, mention.end + 1)
                and not OWN_PEOPLE.match(text, mention.end + 1) and not text.endswith("在", 0, mention.start))
        if not own:
            continue  # (在海沧街道锦里社区的投放点，…: where a scene is)
        wrong, praise = wrong_and_praise_told(rest_of_item(text, mention.end))
        if wrong and not praise:
            result[index] = mention.with_stance("criticized")
    return result


def places_visited_at_fault(text: str, mentions: list[M]) -> list[M]:
    """在水口镇，检查组发现辖区3处隐患点未设置警示牌…, 在桥头镇，仙姑顶东麓2个进山卡口中午没人值守: a township, village or
    community unjudged that a paragraph-opening sentence takes the reader to, whose sentence tells a wrong before it
    names any other unit, is the one found at fault. When a business, a village or a person comes first (在洋溪镇，巡河
    人员发现鑫沙砂石场…), the place is only where the wrong is found; so it is when a business's name comes first,
    though not told as a unit."""
    table = cue_table()
    fault = table.business_fault
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in AREA_TYPES or not taken_there(text, mention, "\n"):
            continue
        end = PARAGRAPH_END.search(text, mention.end)
        found = fault.search(text, mention.end, end.start() if end else len(text))
        if (found and (index + 1 == len(mentions) or mentions[index + 1].start > found.start())
                and not table.business_after.search(text, mention.end + 1, found.start())
                and not any(words in text[mention.end : found.start()] for words in NOTHING_LEFT_TO_SEE)):
            result[index] = mention.with_stance("criticized")
    return result
