"""Speakers, givers of praise and awards, and ways of working handed on: who speaks or praises is not judged, whose
way is praised or followed is.
"""
from __future__ import annotations

import bisect
import re

from nlp.stance.cues import last_in_clause
from nlp.stance.clauses import M, bounds_of_sentence, start_of_list
from nlp.stance.by_cues import LIST_JOINERS, OWN_THING_REACH

# 东苑街道的做法各街道都要学, 九都镇这个办法不花大钱, 运河街道的做法让陈卫东看得很细: a unit's own way of working
OWN_WAY = re.compile(r"(?:的|这个|这一|这种)?(?:做法|办法|经验)")


def ways_of_working_told(text: str, mentions: list[M]) -> list[M]:
    """A unit unjudged whose own way of working the story tells of (合沟镇的办法值得学：…, 西固城街道的做法，吴振国看得
    很细：…, 何国强看了新安镇的办法：…) is held up by it: every such unit in the gold outside a headline is praised, when
    this was written. A headline naming it (【长兴乡的办法】) judges no one."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type == "person" or not OWN_WAY.match(text, mention.end):
            continue
        line_start = text.rfind("\n", 0, mention.start) + 1
        line_end = text.find("\n", mention.end)
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if "。" in line and "【" not in text[line_start : mention.start]:
            result[index] = mention.with_stance("praised")
    return result


# 镇长刘玉梅说，…, 县农业农村局汇报，…, 陈锦辉在讲话中点名说，…: one whose words follow
SPEAKING = re.compile(r"(?:在讲话中)?(?:点名)?(?:说|介绍|表示|汇报|坦言)[，,：:]")
# 区城管局负责人表示，…, 区爱卫办有关负责人表示，…, 区城管局相关负责人表示，…: a body whose official speaks for it is the speaker too
BODY_SPEAKING = re.compile(r"(?:有关|相关)?(?:主要)?负责人(?:表示|介绍|说)[，,：:]")
# 镇长刘建新|作交流发言: an official speaking for the unit whose work the meeting praised (the unit is praised, not he)
EXCHANGE_SPEECH = re.compile(r"(?:分别)?作了?(?:经验)?交流发言")


def speakers_unjudged(text: str, mentions: list[M]) -> list[M]:
    """One named right before the words it says is the speaker, not judged by them (镇长刘玉梅说，街面干不干净，现在用秤
    说话; 村党支部书记刘贵珍说，以前一到夏天苍蝇蚊子满屋飞…): 489 of 492 named persons so placed in the gold are
    unjudged, when this was written; so is an official making the exchange speech for his unit (6 of 6). A person whose
    name is withheld (摊主罗某某说，…) is told of for a wrong, and keeps the stance the wrong gives."""
    return [mention.with_stance(None) if mention.stance is not None and "某" not in mention.text and (
        SPEAKING.match(text, mention.end) or mention.type == "person" and EXCHANGE_SPEECH.match(text, mention.end)
        or mention.type == "government" and BODY_SPEAKING.match(text, mention.end))
            else mention for mention in mentions]


# 辽西乡|作表态发言, 县交通运输局、涂沟镇|作表态发言: units that pledge to do better at the meeting (1,310 unjudged
# in the gold when this was written, 2 criticised by a ranking told before)
PLEDGE_SPEECH = re.compile(r"(?:、[^，,。；;\n、]{2,16})*(?:分别)?作了?表态发言")


def pledging_speakers_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A unit making its pledge speech is not praised by a cue before it (会上，赠科乡作经验交流发言：…；辽西乡作表态
    发言: the exchange speech's praise does not run on to it)."""
    return [mention.with_stance(None) if mention.stance == "praised" and PLEDGE_SPEECH.match(text, mention.end)
            else mention for mention in mentions]


# 俸春林|为蚂蚁堆乡、邦东乡等6个先进单位颁发奖牌, 区文明办|为护国街道等10个“优秀志愿服务组织”授牌: who presents an
# award, and in the clause the ones it goes to; 区文明办、团区委|表彰优秀志愿服务组织: who give it
AWARD_PRESENTED = re.compile(r"(?:分别|现场|当场|共同|一同)?为([^，,。；;\n]{0,60}?)(?:颁发|颁奖|颁授|授牌|授旗|授予)")
AWARD_GIVER = re.compile(r"(?:分别|联合|共同)?表彰")


def award_ceremonies(text: str, mentions: list[M]) -> list[M]:
    """会上，邹国良为2021年度爱国卫生工作先进集体永安镇、区疾控中心等8个单位颁发奖牌: the units the award goes to are
    praised, and the one presenting it is not, though a cue of praise (先进集体) stands in its clause; nor is a body
    named right before 表彰 (县爱卫会表彰决定), which gives the award. In the gold, 10 of 10 presenters and 5 of 5
    givers are unjudged and 13 of 13 units an award goes to are praised, when this was written."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        presented = AWARD_PRESENTED.match(text, mention.end)
        if presented or AWARD_GIVER.match(text, mention.end):
            result[index] = mention.with_stance(None)
            joined = index  # (区文明办、团区委|表彰: every body of the list gives it)
            while joined > 0 and text[mentions[joined - 1].end : mentions[joined].start] in LIST_JOINERS:
                joined -= 1
                result[joined] = mentions[joined].with_stance(None)
        if presented:
            for later, recipient in enumerate(mentions[index + 1 :], index + 1):
                if recipient.end > presented.end(1):
                    break
                result[later] = recipient.with_stance("praised")
    return result


# 县卫健局|在通报中点名表扬, 县森防办|予以肯定, 县海洋与渔业局|已发函表扬: a body or an official giving the praise
PRAISE_GIVEN = re.compile(r"[已也还]?(?:在[^，,。；;\n]{1,16}?[上中])?(?:点名表扬|予以肯定|给予肯定|发函表扬|予以表扬|给予表扬|表扬了)")
PRAISE_GIVERS = frozenset({"government", "party", "person"})

# The last clause of a sentence giving praise to what the clauses before it told, by a body or by no one named
# (…，区减灾办对此提出表扬。, …，区防指在汛情通报中对上述镇街提出表扬。, …，特此表扬。)
CLOSING_PRAISE = re.compile(r"(?P<name>[\u4e00-\u9fff]{2,4}?(?=对此|对上述|对以上|对这))?"  # (…，马文斌对此给予肯定)
                            r"[已也还]?(?:在[^，,。；;\n]{1,16}?[上中])?(?:对此|对上述[^，,。；;\n]{0,6}?|对以上[^，,。；;\n]{0,6}?"
                            r"|对这[^，,。；;\n]{0,6}?)?(?:特此|特|予以|给予|提出|通报|点名|发函)*(?:表扬|肯定)[。！!]")


def clauses_praised_by_a_closing_verdict(text: str, mentions: list[M]) -> list[M]:
    """罗玛镇提前组建雪灾应急救援队6支，油恰乡为独居老人逐户送去牛粪和酥油，区减灾办对此提出表扬: units unjudged that
    open the clauses before a closing verdict of praise share it; the body or the official giving it (…，马德林对此给予
    肯定) does not. A government body shares it only where an official gives it, named alone or with his title (…，区消防
    救援大队开展演练6场次，马文斌对此给予肯定); before a verdict no one gives, such a body is the inspector."""
    result = list(mentions)
    starts = [m.start for m in mentions]
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type in ("person", "party"):
            continue  # (a government body only where an official gives the verdict: below)
        lo, hi = bounds_of_sentence(text, mention.start)
        if not (mention.start == lo or text[mention.start - 1] in "，,"):
            continue
        following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
        if following <= mention.end + (1 + OWN_THING_REACH if text.startswith("的", mention.end) else 0):
            continue  # (巴马镇的|百魔洞大酒店推行“明厨亮灶”…: only the place of the unit praised)
        last = max(text.rfind("，", mention.end, hi), text.rfind(",", mention.end, hi))
        if last == -1:
            continue
        opening = last + 1
        body = bisect.bisect_left(starts, opening)
        giver = mentions[body] if body < len(mentions) else None
        official = False
        if giver is not None and giver.type in PRAISE_GIVERS and (
                giver.start == opening or giver.type == "person" and giver.title
                and giver.start - len(giver.title) == opening and text.startswith(giver.title, opening)):
            opening, official = giver.end, giver.type == "person"  # (…，区长马文斌|对此给予肯定: with his title)
        elif body < len(mentions) and mentions[body].start < hi:
            continue  # (a unit of its own in the verdict's clause is the one it is given to)
        if (verdict := CLOSING_PRAISE.match(text, opening)) and verdict.end() >= hi and (
                mention.type != "government" or official or verdict.group("name")):
            # (a government body opening a clause before an official's praise did the work praised; before a
            # verdict no one gives, it is most often the inspector: 区爱卫办对11个街道进行检查，…，予以通报表扬)
            result[index] = mention.with_stance("praised")
    return result


# 会议对怀安城镇推行…、累计指导…，县中医院开展…的做法给予肯定: the ways of working of several units, each opening its
# clause inside the 对 … 的做法, praised in one verdict
WAYS_PRAISED = re.compile(r"对([^。；;！!\n]{2,160}?)的(?:做法|经验)(?:给予|予以|表示)?(?:充分)?(?:肯定|表扬)")


def units_whose_ways_are_praised_together(text: str, mentions: list[M]) -> list[M]:
    """The unjudged units opening the clauses inside 对 … 的做法给予肯定 (or the list right after 对), whose ways of
    working the verdict praises; not a unit within a clause (联合县市场监管局: one acting with them)."""
    result = list(mentions)
    for verdict in WAYS_PRAISED.finditer(text):
        lo, hi = verdict.span(1)
        for index, mention in enumerate(mentions):
            if not lo <= mention.start < hi or mention.stance is not None or mention.type == "person":
                continue
            opening = start_of_list(text, mentions, index)
            if opening == lo or text[opening - 1] in "，,":
                result[index] = mention.with_stance("praised")
    return result


# 对以上单位予以通报表扬。, 以上单位和个人予以通报表扬。: a sentence of praise given to what its paragraph told before it
PRAISE_OF_THE_ABOVE = re.compile(r"(?:对)?(?:以上|上述)(?:单位和个人|集体和个人|单位|集体|乡镇|镇村|村（社区）|村|社区)[，,]?"
                                 r"(?:均|一并)?(?:予以|给予)(?:通报)?(?:表扬|肯定)[。！!]")


def units_before_praise_of_the_above(text: str, mentions: list[M]) -> list[M]:
    """…；东陂镇联合市妇联评选“美丽庭院”示范户120户。对以上单位予以通报表扬。, 山峰林场在制高点设置瞭望哨4处…；岭峰林场
    护林员于长海每天骑摩托车巡山…。以上单位和个人予以通报表扬。: the unjudged units that open the clauses of the
    paragraph before such a sentence are the ones it praises (not a body joined with them, 联合市妇联, which opens
    none)."""
    result = list(mentions)
    for verdict in PRAISE_OF_THE_ABOVE.finditer(text):
        start = verdict.start()
        if start > 0 and text[start - 1] not in "。！!\n":
            continue  # (…，区减灾办对以上单位予以表扬: a closing clause, `clauses_praised_by_a_closing_verdict`)
        paragraph = text.rfind("\n", 0, start) + 1
        for index, mention in enumerate(mentions):
            if not paragraph <= mention.start < start or mention.stance is not None or mention.type == "person":
                continue
            if (index + 1 < len(mentions) and mentions[index + 1].start == mention.end
                    or text.startswith("的", mention.end)
                    or mention.type == "township" and PLACE_AFTER.match(text, mention.end)):
                continue  # (溪丘湾乡的|山水田园农家乐…, 军垦街道|屯垦社区…: only the place of the unit that opens the clause)
            opening = start_of_list(text, mentions, index)
            if opening == paragraph or text[opening - 1] in CLAUSE_OPENERS:
                result[index] = mention.with_stance("praised")
    return result


CLAUSE_OPENERS = frozenset("；;。！!")
# A village or community written right after its township (军垦街道|屯垦社区…; not 组织村民, 开展村庄清洁)
PLACE_AFTER = re.compile(r"[\u4e00-\u9fff]{2,4}(?:社区|村|嘎查)(?![民委务干组级庄容貌通史情道部内里头口集医卫两规小落寨])")


def praise_givers_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A county body or an official right before the praise it gives (…没有出现违章作业，县安委办在全县安全生产例会上
    点名表扬) is not judged by it; one after 对 in its clause is the one praised (会议对…县交通运输局给予肯定)."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None and mention.type in PRAISE_GIVERS and (
                PRAISE_GIVEN.match(text, mention.end) or CLOSING_PRAISE.match(text, mention.end)):
            start = start_of_list(text, mentions, index)
            if last_in_clause(text, start, "对", start) == -1:  # (会议对推进有力的县教体局、县交通运输局给予肯定)
                result[index] = mention.with_stance(None)
    return result


# A unit's way of working after its name, with the quoted label it may carry (启隆镇|“一沟一长”的做法)
_ITS_WAY = r"(?:[“\"][^”\"\n]{1,20}[”\"])?的(?:做法|经验|办法"
# 县农业农村局把|幼平乡龙坪村|的做法向各乡镇推广, 市河长办把|启隆镇|“一沟一长”的做法写进全市…办法
HANDED_ON_BEFORE = ("把", "将")
# (…的积分办法印发各乡镇参照, 把江洲瑶族乡登记乡村厨师、聚餐留样的做法在各乡镇推广: what the way is may be told around it)
HANDED_ON_AFTER = re.compile(r"(?:[“\"][^”\"\n]{1,20}[”\"])?[^，,。；;\n]{0,14}?的[^，,。；;\n的]{0,4}?(?:做法|经验|办法)"
                             r"[^，,。；;\n]{0,12}?(?:推广|推开|推介|推荐|印发|转发|写进|写入|参照)")

# 各乡镇参照|果遂镇|的做法, 号召各街道学习|翟家街道|的做法: others are told to follow the unit's way
FOLLOWED_BEFORE = ("参照", "学习", "借鉴", "复制", "推广", "推开")
FOLLOWED_AFTER = re.compile(_ITS_WAY + "|模式)")
# 会上，油坝乡介绍了推行“门前三包”积分兑换的做法, 龙海镇介绍做法: a body that presents its own way to the meeting
INTRODUCED_WAY = re.compile(r"(?:介绍了?|交流了|分享了)[^。；;\n]{0,40}?(?:做法|经验|办法)")


def way_of_working_handed_on(text: str, mentions: list[M]) -> list[M]:
    """A unit whose way of working a body hands on to others (把X的做法向各乡镇推广, 把X“一户一策”的做法印发各乡镇
    参照), that others are told to follow (各乡镇参照X的做法) or that presents it (X介绍了…的做法; a person presenting
    is no judged unit) is praised, whatever else its sentence says."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is None and (
                text.endswith(HANDED_ON_BEFORE, 0, mention.start) and HANDED_ON_AFTER.match(text, mention.end)
                or text.endswith(FOLLOWED_BEFORE, 0, mention.start) and FOLLOWED_AFTER.match(text, mention.end)
                or mention.type != "person" and INTRODUCED_WAY.match(text, mention.end)):
            result[index] = mention.with_stance("praised")
    return result
