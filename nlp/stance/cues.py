"""The cues of praise and criticism (`nlp/dicts/stance_cues.toml`), loaded once, and where they stand in a story:
a denial before a praise word, a deadline or a percentage after it, a shortcoming after the work it names.
"""
from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from nlp.patterns import literal_alternation
from nlp.segment import load_toml

CLAUSE_MARKS = "，,。！？!?；;\n"
CLAUSE_END = re.compile(f"[{CLAUSE_MARKS}]")
NUMERAL_NEXT = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万半]")

PRAISE_NEGATION = re.compile(r"(?:不够|不太|不)$")


class CueTable(NamedTuple):
    """The stance cues and what is built from them: the vocabularies of `nlp/dicts/stance_cues.toml`, with their
    patterns."""

    pattern: re.Pattern[str]  # every cue
    polarity: dict[str, str]  # cue → praised, criticized or "" (a list's name, judging nothing)
    negation: re.Pattern[str]  # a negation ending right before a cue
    negating: frozenset[str]  # the first characters of the negations and of 不够, 不太: without one, no negation
    actor: re.Pattern[str]  # a verb a unit does after its name
    spreading: tuple[str, ...]  # …of which these spread another unit's way of working
    handing_on: re.Pattern[str]  # a county body's clause after a heading of good practice that hands it on
    work_verbs: tuple[str, ...]  # verbs of a unit's own work
    work_verb: re.Pattern[str]  # any of them
    own_work_on: re.Pattern[str]  # 对辖区…, then one of them: what a unit does with its own things
    inspecting_verbs: tuple[str, ...]  # …of which these judge others
    disposals: frozenset[str]  # wrongs a unit does with its waste, after 将
    business_after: re.Pattern[str]  # a business's name, after a township's 的
    organised_inspections: tuple[str, ...]  # what follows 组织 when a unit inspects or leads others
    contents_verdicts: tuple[str, ...]  # words that make a ▲ contents line a verdict
    handling_shortcomings: tuple[str, ...]  # a clause ending in one judges the unit acting in it
    harm_suffered: tuple[str, ...]  # what befalls an anonymised person who did no wrong
    residents: tuple[str, ...]  # a village's own people, between it and an anonymised one (…村村民张某某)
    good_deeds: tuple[str, ...]  # a township's own good work, after its name at a sentence's start
    grade_scales: tuple[tuple[str, ...], ...]  # grades, each scale from the best down
    business_fault: re.Pattern[str]  # a wrong, a denial or a sanction in the sentence of a business that opens it
    # 检查中发现，南孟镇的鑫源饭店后厨无“三防”设施 (会议指出，… too): the findings of an inspection, to the end of
    # their paragraph
    findings_lead: re.Pattern[str]
    inspection_found: re.Pattern[str]  # 县爱卫办近期抽查发现: the unit in front is the one that found
    inspection_scored: tuple[str, ...]  # 督查得分, 考评排名: what an inspection gave the unit in front
    enforcing: re.Pattern[str]  # a county body's clause opening with its work on others' wrongs
    grassroots_roles: tuple[str, ...]  # roles of those who do the work on the ground (护河员, 网格员, 村民 …)
    paragraph_praise: re.Pattern[str]  # a word of praise or reward anywhere in a paragraph
    diligence: re.Pattern[str]  # a grassroots worker's work told as diligence (每天, 带头, 风雨无阻 …)
    speaking: tuple[str, ...]  # verbs of saying, after a person's name


# 没有/未 of what was not done, not of what did not happen (没有接到投诉, 未发生火情) nor haste (没等上级通知) nor a duty
# kept (从未间断, 从未缺勤, 从未耽误; but 从未登记 is a wrong); 无 of what is missing (无证, not 无人机 nor 风雨无阻); a sanction the business met
BUSINESS_DENIALS = (r"没(?!有?(?:接到|报告|发生|出现|造成|发现|等))|未(?!发生|出现|造成|发现|接到|间断|缺|耽误)|无(?!人机|一|阻)"
                    r"|被[^，,。；;]{0,12}?(?:责令|罚|查|立案|处罚|约谈|封存|没收|取缔|叫停|移送)")


@cache
def cue_table() -> CueTable:
    """The cue table, read and compiled once."""
    cues = load_toml("stance_cues.toml")
    polarity = {cue: "praised" for cue in cues["praised"]}
    polarity.update({cue: "criticized" for cue in cues["criticized"]})
    polarity.update({word: "" for word in cues.get("neutral", [])})
    # 检查发现, 暗访中还发现: an inspection that found, both where its findings open and after the body that made it
    inspection_found = "(?:" + literal_alternation(cues["finding_inspections"]) + r")中?[还也]?发现"
    return CueTable(
        pattern=re.compile(literal_alternation(polarity)),
        polarity=polarity,
        negation=re.compile("(?:" + literal_alternation(cues["negations"]) + ")$"),
        negating=frozenset(word[0] for word in cues["negations"]) | {"不"},
        actor=re.compile("(?:" + literal_alternation(cues["actor_words"] + cues["spreading"]) + ")"),
        spreading=tuple(cues["spreading"]),
        handing_on=re.compile(literal_alternation(cues["handing_on"])),
        work_verbs=tuple(cues["work_verbs"]),
        work_verb=re.compile(literal_alternation(cues["work_verbs"])),
        own_work_on=re.compile(r"对辖区[^，,。；;、]{1,16}?(?=" + literal_alternation(cues["work_verbs"]) + ")"),
        inspecting_verbs=tuple(cues["inspecting_verbs"]),
        disposals=frozenset(cues["disposals"]),
        business_after=re.compile(r"[^，,。；;、\s的]{1,10}?(?:" + literal_alternation(cues["business_endings"]) + ")"),
        organised_inspections=tuple(cues["organised_inspections"]),
        contents_verdicts=tuple(cues["contents_verdicts"]),
        handling_shortcomings=tuple(cues["handling_shortcomings"]),
        harm_suffered=tuple(cues["harm_suffered"]),
        residents=tuple(cues["residents"]),
        good_deeds=tuple(cues["good_deeds"]),
        grade_scales=tuple(tuple(scale) for scale in cues["grade_scales"]),
        business_fault=re.compile(  # (劝导店主下架过期食品: what the work cleared away)
            BUSINESS_DENIALS + "|(?<!下架)(?:" + literal_alternation(cues["business_faults"]) + ")"),
        findings_lead=re.compile("(?:" + inspection_found + "|会议指出)[，,：:]"),
        inspection_found=re.compile("(?:近期|近日|日前|此前|在)?" + inspection_found),
        inspection_scored=tuple(word + score for word in cues["finding_inspections"]
                                for score in ("得分", "成绩", "分数", "排名", "结果")),
        enforcing=re.compile(
            r"(?:[（(][^）)]{0,20}[）)])?(?:" + literal_alternation(cues["enforcing_leads"]) + ")*"
            r"(?:[在于沿就按依][^，,。；;：:\n]{1,20}?)?(?:" + literal_alternation(cues["enforcing_leads"]) + ")*"
            "(?:" + literal_alternation(cues["enforcing_verbs"]) + ")"),
        grassroots_roles=tuple(cues["grassroots_roles"]),
        paragraph_praise=re.compile(literal_alternation(cues["paragraph_praise"])),
        diligence=re.compile(literal_alternation(cues["diligence"])),
        speaking=tuple(cues["speaking"]),
    )


DENIAL_REACH = 12  # characters between a denial and the praise word it turns into a shortcoming
UNDONE_ENDINGS = ("到位", "干净")  # praise words of work done fully, which a denial before them turns into a shortcoming


def last_in_clause(text: str, start: int, chars: str, reach: int) -> int:
    """Where the last of `chars` stands within `reach` characters before `start` and in its clause, or -1."""
    floor = max(0, start - reach)
    at = max(text.rfind(char, floor, start) for char in chars)
    return at if at != -1 and not CLAUSE_END.search(text, at, start) else -1


def _undone(text: str, start: int) -> bool:
    """A 未 or 没 earlier in the clause of the praise cue at `start` (未在规定时间内整改到位, 有几处没做到位：, 网箱没拆干净)."""
    return last_in_clause(text, start, "未没", DENIAL_REACH) != -1


DEADLINE_REACH = 10  # characters between a deadline's 前 and the praise word of work to be done by it
DEADLINE_CLAUSE = 40  # characters before the deadline looked at for its clause's 已


def _by_a_deadline(text: str, start: int) -> bool:
    """A deadline's 前 shortly before the praise cue at `start`, in its clause, and no 已 there (请…于3月26日前整改到位
    is an instruction; 已于汛前落实到位 tells what was done)."""
    deadline = last_in_clause(text, start, "前", DEADLINE_REACH)
    if deadline == -1:
        return False
    lead = text[max(0, deadline - DEADLINE_CLAUSE) : deadline]
    return "已" not in lead[max(lead.rfind(mark) for mark in CLAUSE_MARKS) + 1 :] + text[deadline:start]


PERCENTAGE = re.compile(r"[0-9０-９.]+[%％]")


def _percentage(text: str, start: int) -> bool:
    """整改率不足60%: a rate below a mark is a shortcoming, where 不足两个月 is a count."""
    return PERCENTAGE.match(text, start) is not None


WORK_ON_A_FAULT = ("整治", "治理", "专项整治", "专项治理")
NAMING_CUES = ("点名",)
FAULT_PUT_RIGHT = re.compile(r"[^，,。；;：:\n]{0,4}?问题(?:已|均已|已全部|全部)?整改(?:彻底|到位|完毕)")
# 帮助村民清理房前屋后积存垃圾三十余车, 清除乱堆乱放杂物, 劝导店主下架过期食品, 劝阻滩区违规种植十余起: the mess or
# wrong named as what the work cleared away or stopped (but not what a unit was ordered to clear: 被责令下架过期食品)
CLEARED_MESS = ("积存", "乱堆乱放", "乱搭乱建", "脏乱", "过期", "违规")
CLEARING_BEFORE = re.compile(
    r"(?<!责令)(?<!要求)(?<!被)(?:清理|清运|清除|清掏|清扫|拆除|下架|劝阻|劝离|制止)[^，,。；;：:\n]{0,6}$")
NAMING_A_LIST = ("的有", "的是")  # 被点名的有：武篆镇…: the list that follows is the verdict


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, polarity) of every stance cue in `text` that no negation cancels."""
    table = cue_table()
    pattern, polarity, negation, negating = table.pattern, table.polarity, table.negation, table.negating
    found = []
    for match in pattern.finditer(text):
        cue, start = match.group(0), match.start()
        sign = polarity[cue]
        if not sign:
            continue  # 红黑榜: the list's name, not a judgement
        # Most cues have no negating character before them: the regular expressions run only when one is there.
        denying = not negating.isdisjoint(text[max(0, start - 3) : start])
        if denying and negation.search(text[max(0, start - 3) : start]):
            continue
        if sign == "praised" and denying and PRAISE_NEGATION.search(text, max(0, start - 2), start):
            # 设施不完善, 台账不够规范: a praise word denied is a shortcoming
            found.append((start, match.end(), "criticized"))
            continue
        if sign == "praised" and cue.endswith(UNDONE_ENDINGS) and _undone(text, start):
            found.append((start, match.end(), "criticized"))  # 均未在30分钟内处置到位: not done in time
            continue
        if sign == "praised" and cue.endswith(UNDONE_ENDINGS) and _by_a_deadline(text, start):
            continue  # 请旧莫乡…于3月26日前整改到位: an instruction with its deadline, no verdict
        if sign == "praised" and _falls_short(text, match.end(), table.handling_shortcomings):
            continue  # 对早市夜市规范管理不到位: the praise word names the work that falls short
        if cue in ("不足", "不合格") and NUMERAL_NEXT.match(text, match.end()) and not _percentage(text, match.end()):
            continue  # 不足两个月, 不合格7批次: a count, not a shortcoming
        if sign == "criticized" and text.startswith(WORK_ON_A_FAULT, match.end()):
            continue  # 占道经营整治成效明显: the fault names the work done on it
        if sign == "criticized" and FAULT_PUT_RIGHT.match(text, match.end()):
            continue  # 门前乱堆放问题整改彻底: the fault names what was put right
        if cue in CLEARED_MESS and CLEARING_BEFORE.search(text, max(0, start - 8), start):
            continue
        if (cue in NAMING_CUES and text.endswith("被", 0, start) and text.startswith("的", match.end())
                and not text.startswith(NAMING_A_LIST, match.end())):
            continue  # 请水口乡督促|被点名的|农家乐…整改: the naming picks out the ones already judged, no verdict here
        found.append((start, match.end(), sign))
    return found


SHORTCOMING_REACH = 6  # characters between a praise word and the shortcoming of the work it names (规范管理|不到位)


def _falls_short(text: str, end: int, shortcomings: tuple[str, ...]) -> bool:
    """A shortcoming closes the words right after a praise cue ending at `end`, within their clause."""
    near = CLAUSE_END.search(text, end, end + SHORTCOMING_REACH + 4)
    window = text[end : near.start() if near else end + SHORTCOMING_REACH + 4]
    return any(0 <= window.find(word) <= SHORTCOMING_REACH for word in shortcomings)
