"""Villages, communities and their grassroots workers: judged through their workers' work or faults, and villagers at
fault in their village.
"""
from __future__ import annotations

import bisect
import re

from nlp.stance.cues import CLAUSE_END, CLAUSE_MARKS, CueTable, cue_table
from nlp.stance.clauses import (
    M,
    NOT_DONE,
    SENTENCE_END,
    VILLAGE_WORKER_REACH,
    fault_told_after,
    rest_of_item,
    shown_through_its_worker,
    taken_there,
    worker_within_reach,
    wrong_and_praise_told,
)

VILLAGERS = ("村民", "居民")


def villagers_at_fault(text: str, mentions: list[M]) -> list[M]:
    """纳章镇小海子村村级河长张有福近两个月无巡河记录, 文部乡达木村牧民多布杰不听村干部劝阻…: a person unjudged named
    right after a village found at fault, with his role, whose own item tells a wrong and no praise, shares the
    finding."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type != "person" or index == 0:
            continue
        village = mentions[index - 1]
        # (only his role between them; a plain 村民 is as often one the story tells of, not at fault himself)
        if (village.type != "community" or village.stance != "criticized"
                or text[village.end : mention.start] != mention.title or mention.title in VILLAGERS):
            continue
        wrong, praise = wrong_and_praise_told(rest_of_item(text, mention.end))
        if wrong and not praise:
            result[index] = mention.with_stance("criticized")
    return result


# After a village a sentence opens with 在 and a comma: its own people or things, the subject of what follows
# (在后港镇塘下村，村里把乐安河沿岸3.2公里河岸分给8名护河员包干)
VILLAGE_OWN_SUBJECT = re.compile(r"[，,](?:村里|社区(?!党|居委)|村[“\"]?两委|全村|村民|居民|村道|该村|该社区)")
# …or first when it happened (在天台山镇碾子村，7月17日深夜，|群测群防员罗家贵…; 在潘岱街道大坑村，洪水退去后，|村里…)
VILLAGE_SCENE_TIME = re.compile(r"[，,][^，,。；;：:\n]{0,10}(?:[0-9零一二三四五六七八九十]+[月日时点]|凌晨|深夜|夜间|夜里|一早|当晚"
                                r"|当夜|后|连日来)[^，,。；;：:\n]{0,4}(?=[，,])")
# …or a scene with nothing wrong left in it (在东村镇沙锅村，螳螂川岸边看不到垃圾和杂物)
NOTHING_LEFT_TO_SEE = ("看不到", "不见了", "见不到")


def wrongs_their_worker_found_or_stopped(text: str, mentions: list[M]) -> list[M]:
    """在黄花乡香山村，食品安全协管员屈彩霞每天到村小周边小卖部巡查，发现过期食品当场劝导下架: a village the cues
    criticised that its sentence shows through its worker at her daily round (`shown_through_its_worker`), and the
    worker named right after it, are unjudged here: the wrongs told are those she found or stopped. The passes after
    judge them by her work."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if not (mention.type == "community" and mention.stance == "criticized"
                and shown_through_its_worker(text, mention.end, right_after=True)):
            continue
        result[index] = mention.with_stance(None)
        worker = mentions[index + 1] if index + 1 < len(mentions) else None
        if (worker is not None and worker.type == "person" and worker.stance == "criticized"
                and worker_within_reach(text, mention.end, worker)):
            result[index + 1] = worker.with_stance(None)
    return result


# 在昆牧镇中心学校，食堂管理员…每天…: a school or a clinic the reader is taken to through its worker, as a village is
PLACES_SHOWN_AT_WORK = frozenset({"community", "school", "hospital"})


def villages_opening_with_their_workers(text: str, mentions: list[M]) -> list[M]:
    """。庄边镇梧溪村护河员林金花每天背着竹篓沿溪捡拾垃圾…: a village or community unjudged opening its sentence with
    its own grassroots worker, whom the story praises, is held up with her (29 of 31 such in the gold are praised,
    when this was written). So is one opening a clause after a clause that praised units, when its item tells no
    wrong (…位列前两名，|常安镇东贾村保洁员郝翠芝每天清扫村道: the examples go on). A school named before its canteen's
    keeper is held up so too (蒋垛镇中心幼儿园|食堂管理员沈桂芳每天…)."""
    result = list(mentions)
    for index, mention in enumerate(mentions[:-1]):
        if mention.stance is not None or mention.type not in PLACES_SHOWN_AT_WORK:
            continue
        if mention.start == 0 or text[mention.start - 1] in "。！？\n；":
            opens = not fault_told_after(text, mention.end)
        else:  # (its item only: the sentence goes on to the units ranked last)
            opens = (text[mention.start - 1] in "，," and _after_a_praising_clause(text, mentions, index)
                     and not cue_table().business_fault.search(rest_of_item(text, mention.end)))
        if opens and _opens_with_its_praised_worker(text, mention, mentions[index + 1]):
            result[index] = mention.with_stance("praised")
    return result


def _after_a_praising_clause(text: str, mentions: list[M], index: int) -> bool:
    """…、波斯喀木乡（94.6分）位列前两名，|阿热勒乡英吾斯塘村保洁员买买提明·吐尔地每天清扫村道: whether the clause
    before the comma ahead of `mentions[index]` praised a unit of its own; the village after it goes on with the
    examples (but 早上七点多，|幼平乡龙坪村保洁员陆秀梅拉着板车: a scene, no praise)."""
    comma = mentions[index].start - 1
    opening = max(text.rfind(mark, 0, comma) for mark in CLAUSE_MARKS)
    return any(opening < other.end <= comma and other.stance == "praised" for other in mentions[:index])


def _opens_with_its_praised_worker(text: str, village: M, worker: M) -> bool:
    return (worker.type == "person" and worker.stance == "praised"
            and worker.start - village.end <= VILLAGE_WORKER_REACH
            and not any(mark in text[village.end : worker.start] for mark in CLAUSE_MARKS + "、"))


def villages_shown_at_work(text: str, mentions: list[M]) -> list[M]:
    """在灌口镇深青村，村级河长…, 在白甸镇新联村，村道两旁的柴草堆…都已清理干净: a village or community unjudged whose
    sentence, opening its paragraph or following another, takes the reader there and tells of its own people or
    things, with no wrong told, is held up as an example (19 of 20 such in the gold are praised, when this was
    written). So is one whose sentence goes on, after when it happened, to a grassroots worker the story praises
    (在碾子村，7月17日深夜，群测群防员罗家贵发现…), or tells that nothing wrong is left to see there. A school or a
    clinic is held up so only through its worker (在昆牧镇中心学校，食堂管理员…每天…)."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if not (mention.stance is None and mention.type in PLACES_SHOWN_AT_WORK
                and taken_there(text, mention, "\n。！？；")):
            continue
        if shown_through_its_worker(text, mention.end):
            # 在吕巷镇白漾村，民间河长陆金妹每天沿河巡查，今年以来劝阻向河道倾倒…: its worker at her daily round, the
            # wrongs told those she stopped (39 of 39 such in the gold are praised, when this was written)
            result[index] = mention.with_stance("praised")
            continue
        if mention.type != "community" or fault_told_after(text, mention.end):
            continue
        told = VILLAGE_SCENE_TIME.match(text, mention.end)
        subject = told.end() if told else mention.end
        worker = mentions[index + 1] if index + 1 < len(mentions) else None
        if (VILLAGE_OWN_SUBJECT.match(text, subject)
                or worker is not None and worker.type == "person" and worker.stance == "praised"
                and subject < worker.start and worker_within_reach(text, subject, worker)
                or any(words in rest_of_item(text, mention.end) for words in NOTHING_LEFT_TO_SEE)):
            result[index] = mention.with_stance("praised")
    return result


# A level of government opening the last role: a county's or a city's river chief (县级河长) is an official, not a
# worker on the ground
OFFICIAL_LEVEL = re.compile(r"[县市区旗州](?!场)|.*[县市]级")  # (市场管理员: a market's, no city's)
# The head of a village, a community or a crew of its own (村党支部书记, 嘎查党支部书记, 社区党委书记, 清洁队队长,
# 村民小组长): praised, as a grassroots worker is, when told at diligent work (社区党委书记林晓燕带领居民清理卫生死角九十余处)
VILLAGE_LEADER = re.compile(r"(?:社区|村|嘎查|居委会|村民小组|[^、]{1,3}队|巡堤组)(?:党支部|党总支|党委|两委|居委会|委会)?"
                            r"(?:书记|主任|队长|组长)$|村民小组长$")
PARAGRAPH_BREAK = re.compile("\n")

# A grassroots worker's own neglect of the post, told right after the name (近两个月无巡河记录, 连续3天未在岗, 脱岗)
WORKER_AT_FAULT = re.compile(r"(?:无|未|没有)[^，,。；;]{0,8}?(?:巡河|巡查|巡护|在岗|到岗|上岗|记录|履职)|脱岗|不在岗|离岗"
                             r"|与实际不符")

# A grassroots worker's duty left undone, told right after the name, perhaps after how long or to what (保洁员尚德旺|
# 连续5天未清扫村道, 村级河长谭玉山|近一个月无巡河记录, 村燃气安全员尚德林|未入户排查, 保洁员贡布旺堆|长期不在岗,
# 户厕管护员豆文彬|对6座破损户厕未及时上门维修); not what did not happen (未发生) nor a duty kept (从未间断)
DUTY_LEFT_UNDONE = re.compile(
    r"(?:(?:连续|近|长达|超过)?[0-9一二两三四五六七八九十]{1,3}(?:余|多)?(?:个月|天|日|周|次)(?:以上|多)?|多次|长期"
    r"|对[^，。；,;\n]{1,14}?|(?:擅自)?外出)?"  # (村防汛责任人陈德福|外出未报备)
    r"(?:从?未(?!发生|出现|造成|发现|接到|间断|缺|耽误)|没有(?!接到|发生|出现)|无(?!人机|一|阻)|不(?:在岗|到岗))")


def grassroots_workers_at_fault(text: str, mentions: list[M]) -> list[M]:
    """A named person whose role is one of `grassroots_roles`, told right after the name to have left a duty undone,
    is criticized, whatever the paragraph praises (the gold: 374 of 377 titled persons told so; the three are a
    county head's and village heads' own ways)."""
    roles = cue_table().grassroots_roles
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if (mention.type == "person" and mention.title and mention.stance != "criticized" and "某" not in mention.text
                and mention.title.split("、")[-1].endswith(roles) and VILLAGE_LEADER.search(mention.title) is None
                and DUTY_LEFT_UNDONE.match(text, mention.end)):
            result[index] = mention.with_stance("criticized")
    return result


def grassroots_workers_praised(text: str, mentions: list[M], cues: list[tuple[int, int, str]]) -> list[M]:
    """A named person unjudged, whose role is one of `grassroots_roles` and who is told doing something (not saying
    it) in a paragraph holding a word of praise or reward, or in a sentence telling it as diligence, is praised: the
    deed is the one the paragraph rewards, or the story holds up. `cues`: the story's, as `find_cues` gives them."""
    table = cue_table()
    result = list(mentions)
    breaks: list[int] | None = None
    praising: dict[int, bool] = {}
    faults = [cue[0] for cue in cues if cue[2] == "criticized"]
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type != "person" or not mention.title or "某" in mention.text:
            continue
        role = mention.title.split("、")[-1]
        # (南义乡高户村|党支部书记王满仓: the village written right before its secretary's title, apart from it)
        village_before = (index > 0 and mentions[index - 1].type == "community"
                          and mentions[index - 1].end == mention.start - len(mention.title))
        leader = VILLAGE_LEADER.search(("村" if village_before else "") + role) is not None
        if not (leader or role.endswith(table.grassroots_roles)) or OFFICIAL_LEVEL.match(role):
            continue
        if mention.end >= len(text) or text[mention.end] in CLAUSE_MARKS + "、：:" or text.startswith(
                table.speaking, mention.end):
            continue
        clause = CLAUSE_END.search(text, mention.end)
        clause_end = clause.start() if clause else len(text)
        if WORKER_AT_FAULT.search(text, mention.end, clause_end):
            continue  # 村级河长金光洙近两个月无巡河记录: a wrong of the worker's own, not a deed
        if any(mention.end <= at < clause_end for at in faults) and not _told_as_diligence(text, mention.end, table):
            continue  # 群测群防员高振华对隐患点受威胁群众底数不清: a fault of the worker's own clause (but 保洁员…每天
            # 清扫村道、劝导村民不乱扔垃圾: the wrong the worker stops)
        if leader:  # (a village's head is praised for the deed alone: the paragraph may praise others)
            if _told_as_diligence(text, mention.end, table):
                result[index] = mention.with_stance("praised")
            continue
        if breaks is None:  # (found once per story, and each paragraph searched once: a page may be one long line)
            breaks = [-1] + [m.start() for m in PARAGRAPH_BREAK.finditer(text)] + [len(text)]
        paragraph = bisect.bisect_left(breaks, mention.start)
        if paragraph not in praising:
            praising[paragraph] = table.paragraph_praise.search(text, breaks[paragraph - 1] + 1,
                                                                breaks[paragraph]) is not None
        if praising[paragraph] or _told_as_diligence(text, mention.end, table):
            result[index] = mention.with_stance("praised")
    return result


def _told_as_diligence(text: str, start: int, table: CueTable) -> bool:
    """Whether the sentence running on from `start`, up to any saying in it (她说，现在每天…), tells diligent work."""
    end = SENTENCE_END.search(text, start)
    sentence = text[start : end.start() if end else len(text)]
    said = sentence.find("说")
    stop = said if said != -1 else len(sentence)
    # (村党支部书记…对群众反映的问题未及时处理: diligence denied is a duty not done)
    return any(not _denied(sentence, found.start()) for found in table.diligence.finditer(sentence, 0, stop))


def _denied(sentence: str, at: int) -> bool:
    """Whether the words at `at` are denied by the character or the 没有 right before them (未及时, 不及时, 没有及时)."""
    return at > 0 and sentence[at - 1] in NOT_DONE or sentence.endswith("没有", 0, at)
