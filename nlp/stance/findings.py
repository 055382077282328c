"""Lists of findings: gradings, rankings, faults listed in turn or under labels, good work told among faults, names
withheld for a wrong, and bodies at work that are not judged.
"""
from __future__ import annotations

import bisect
import re

from nlp.patterns import OpenedPattern, literal_alternation
from nlp.stance.cues import CLAUSE_MARKS, NUMERAL_NEXT, cue_table
from nlp.stance.clauses import (
    AREA_TYPES,
    M,
    PARAGRAPH_END,
    SENTENCE_END,
    bounds,
    bounds_of_sentence,
    end_of_clause,
    end_of_list,
    fault_told_after,
    in_contents_line,
    opens_sentence,
    start_of_list,
)
from nlp.stance.by_cues import BODY_TYPES, JURISDICTION_WORK, PLACES_OF_ITS_OWN

# Units that open an item of findings (a business placed by its township too)
OPENING_FINDINGS = AREA_TYPES | {"enterprise", "school", "hospital"}
# Where an item of findings starts (after its ；, a sentence's end, a line's end or a colon) and where it ends
ITEM_START = re.compile(r"[；;。\n：:]")
ITEM_ENDS = "；;。\n"
ITEM_END = re.compile(f"[{ITEM_ENDS}]")

# After a place opening a paragraph: what it is not held up for (a joined list, a heading's 的, an order to it, its
# officials); and a shortfall told without a word of fault (正村镇发现火点三处, 庄埠乡丢分最多的是…)
# What follows a unit opening a paragraph that is no work of its own: a list, what it must do, a meeting, a thing it is
# the place of (瀼渡镇|一艘渡船的救生衣…), or how many such there are (瓯江北岸泵阀厂|多，…)
NOT_A_PARAGRAPH_OF_ITS_WORK = re.compile(r"[、，,的（(和与及：:—]|(?:也|还)?(?:须|要|应|必须|务必|限期|负责人|主要负责人|分管|开办方)"
                                         r"|一[艘家座栋处个间户辆条]|(?:组织)?召开|举行|多[，,]")
SHORTFALLS = ("火点", "火情", "丢分", "丢的分", "扣分", "最多的是", "末位", "倒数")
PLACE_OF_A_PERSON_REACH = 10  # characters of a role between a place and the person it is the place of


def units_opening_a_paragraph_of_their_own_work(text: str, mentions: list[M]) -> list[M]:
    """In a story that finds fault with some (a 通报, an inspection's report), a township or village unjudged that opens
    a paragraph of sentences as its subject, with no wrong or shortfall told in that sentence, is told as the example
    set against them (塘村镇按河段请了6支河道保洁队…; 那楼镇每逢圩日在圩场口摆一张安检桌…): 76 of 87 such in the gold
    are praised, when this was written. So is a business, school or hospital (…已现场整改九个。⏎甘井镇中心小学落实校
    领导陪餐制度…): 33 of 48 such left unjudged before were praised in the gold. Not one opening a headline, one told
    what it must do or only holding a meeting, nor one only the place of the person or thing after it
    (庙前镇沙坪村厕所管护员刘德山…)."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if not (mention.stance is None and mention.type in OPENING_FINDINGS
                and (mention.start == 0 or text[mention.start - 1] == "\n")
                and mention.end < len(text) and not NOT_A_PARAGRAPH_OF_ITS_WORK.match(text, mention.end)):
            continue
        line_end = text.find("\n", mention.end)
        if "。" not in text[mention.end : line_end if line_end != -1 else len(text)]:
            continue  # (a headline: 富阳镇开展冬季灭鼠集中行动)
        after = mentions[index + 1] if index + 1 < len(mentions) else None
        if (after is not None and after.type == "person"
                and after.start - mention.end <= PLACE_OF_A_PERSON_REACH
                and not any(mark in text[mention.end : after.start] for mark in CLAUSE_MARKS)):
            continue
        _, sentence_end = bounds_of_sentence(text, mention.end)
        if fault_told_after(text, mention.end) or any(
                word in text[mention.end : sentence_end] for word in SHORTFALLS):
            continue
        result[index] = mention.with_stance("praised")
    return result


# 5月12日至30日，|县城管局…, 今年以来，|旗住建局…, 12月下旬，|区消防大队…: a clause opening with when the work was done
AFTER_A_TIME = re.compile(r"(?:日|以来|旬|期间|月|当天|次日)[，,]$")
TIME_REACH = 4  # characters before a body that may hold the time's last word and its comma


def bodies_at_work_after_a_time_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A county body (or a list of them) opening the clause after when the work was done is the one doing it, not one
    found at fault (12月11日至15日，区森防办采取“四不两直”方式…，发现问题17个): 38 of 38 such criticisms were wrong
    when this was written."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance == "criticized" and mention.type in BODY_TYPES:
            start = start_of_list(text, mentions, index)
            if AFTER_A_TIME.search(text, max(0, start - TIME_REACH), start):
                result[index] = mention.with_stance(None)
    return result


def enforcers_not_criticised(text: str, mentions: list[M]) -> list[M]:
    """县疾控中心在城区和10个镇设置监测点44个，…蚊媒密度超标, 县城管局清理占道经营430余处，拆除违规广告牌86块: a
    county body whose clause opens with its work on others' wrongs (`enforcing_verbs`) is not criticised by the wrongs
    it found or dealt with; so is each body of a list whose clause opens so (县公安局、县应急管理局和县消防救援大队在
    县城禁放区域设置巡查点…，查处违规燃放行为十七起)."""
    enforcing = cue_table().enforcing
    return [mention.with_stance(None) if mention.stance == "criticized" and (
                mention.type == "government" and enforcing.match(text, end_of_list(text, mentions, index))
                and not text.endswith("对", 0, mention.start)  # (对好运来小吃部|立案查处: the one the work is done on)
                or mention.type == "person" and _officer_enforcing(text, mention, enforcing))
            else mention for index, mention in enumerate(mentions)]


# The county body an officer's title opens with (县公安局治安大队民警, 区综合执法局织里中队中队长)
COUNTY_BODY_IN_TITLE = re.compile(r"[县区市旗][^，,、]{1,8}?(?:局|分局|大队|中队|所)")


def _officer_enforcing(text: str, mention: M, enforcing: re.Pattern) -> bool:
    """县公安局治安大队民警刘子明，查处焚烧秸秆案件六起: a county body's officer whose clause, after the comma that
    follows the name, opens with the work on others' wrongs."""
    return (text.startswith(("，", ","), mention.end) and enforcing.match(text, mention.end + 1) is not None
            and bool(mention.title) and COUNTY_BODY_IN_TITLE.match(mention.title) is not None)


# 郭坑镇要在8月30日前向区文明办作出书面说明, 请格林镇、和溪镇于7月25日前向县河长办提交书面整改报告, 西丁街道主要
# 负责人于6月10日前向市创城办书面说明情况: a place told to account for itself in writing by a deadline, or in person
# (…主要负责人须于1月20日前到县扫黑办当面说明整改打算)
ACCOUNT_IN_WRITING = re.compile(
    r"的?(?:党政)?(?:主要负责人|分管负责人|负责人|主要领导|分管领导)?(?:须|要|务必|应)?[在于][^，,。；;\n]{2,12}?前"
    r"(?:[向到][^，,。；;\n]{2,12}?)?(?:作出|提交|报送|递交|写出|当面)?"
    r"(?:书面说明|说明情况|说明整改|书面检查|书面报告|书面整改报告|书面检讨|检讨|将整改情况[^，,。；;\n]{0,6}?书面报送|书面报送整改情况)")


def told_to_account_in_writing(text: str, mentions: list[M]) -> list[M]:
    """A township or community (or a list of them) told to explain itself, or report its rectification, in writing by
    a deadline is criticised: 102 of 108 such places in the gold are, when this was written."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if (mention.stance is None and mention.type in AREA_TYPES
                and ACCOUNT_IN_WRITING.match(text, end_of_list(text, mentions, index))):
            result[index] = mention.with_stance("criticized")
    return result


# 得分由高到低依次为：, 考评结果按得分排序：, 按得分由高到低排列：, 名次依次为：: the places that follow are listed from the
# best to the worst
RANKED_IN_ORDER = re.compile(r"[由从]高[到往]低(?:依次)?排?(?:为|是)[：:]?|按得分(?:由高到低|从高到低|高低)?(?:排序|排列)[：:，,]?"
                             r"|得分排序如下[：:]|(?:名次|得分|考评结果|考核结果|排名[，,])依次为[：:]?")
TOP_OF_A_RANKING = 2  # places named first in a ranked list that are praised (the last one is criticised)
SHORTEST_RANKING = 4  # fewer places make no top and bottom

# 好：…, A档（90分以上）：…, “红旗”：…, 第一名：祥和供热有限公司，95.1分；: a line opening with a grade or a rank
GRADE_LINE = OpenedPattern(r"[ \t\u3000]*[“\"]?([^\s：:，,。；;、“”\"（(]{1,4}?)[”\"]?"
                           r"(?:[（(][^）)\n]{0,16}[）)])?(?:[：:]|为|的是)", [("\n。；;",)], at_start=True)
RANKS = tuple(f"第{numeral}名" for numeral in "一二三四五六七八九十")


def graded_lines(text: str, mentions: list[M]) -> list[M]:
    """好：江南街道、横沥镇；/较好：桥西街道…；/一般：马安镇、芦洲镇。 (or in one paragraph: 第一档：京南镇、狮寨镇；第三档：
    沙头镇；…, 第一档（90分以上）为…；…, 达标的是…；不达标的是…): in consecutive items of a grading, two or more,
    whose grades come in the order of one scale (`grade_scales`), the units on the line of the scale's best grade are
    praised, those on the last line criticised when its grade is low (the lower half of the scale, or the last of three
    lines or more), and those between only graded. Lines of ranks (第一名：…；/第二名：…) praise the first two and
    criticise the last, when there are four or more. Persons on the lines are left as they are."""
    table = cue_table()
    lines = [line for line in GRADE_LINE.finditer(text) if line.group(1) in RANKS
             or any(line.group(1) in scale for scale in table.grade_scales)]
    if len(lines) < 2:
        return mentions
    blocks: list[list[re.Match[str]]] = [[lines[0]]]
    for previous, line in zip(lines, lines[1:]):
        gap = text[previous.end() : line.start()].rstrip(ITEM_ENDS)
        if gap.find("\n") == -1 and not PARAGRAPH_END.search(gap) and line.start() > previous.end():
            blocks[-1].append(line)
        else:
            blocks.append([line])
    starts = [m.start for m in mentions]
    result = list(mentions)
    for block in blocks:
        verdicts = _grade_verdicts([line.group(1) for line in block], table.grade_scales)
        for line, verdict in zip(block, verdicts or ()):
            item_end = ITEM_END.search(text, line.end())
            for index in range(bisect.bisect_left(starts, line.end()),
                               bisect.bisect_left(starts, item_end.start() if item_end else len(text))):
                if result[index].type != "person" and result[index].stance != verdict:
                    result[index] = result[index].with_stance(verdict)
    return result


def _grade_verdicts(labels: list[str], scales: tuple[tuple[str, ...], ...]) -> list[str | None] | None:
    """The verdict of each line of a grading with these grades (see `graded_lines`), or None when no scale holds them
    in its order."""
    last = len(labels) - 1
    if len(labels) < 2:
        return None
    if labels == list(RANKS[: len(labels)]):
        if len(labels) < SHORTEST_RANKING:
            return None
        return ["praised" if i < TOP_OF_A_RANKING else "criticized" if i == last else None for i in range(len(labels))]
    for scale in scales:
        if all(label in scale for label in labels):
            grades = [scale.index(label) for label in labels]
            if any(later <= earlier for earlier, later in zip(grades, grades[1:])):
                continue
            low = len(labels) >= 3 or 2 * grades[-1] >= len(scale) - 1
            return ["praised" if i == 0 and grades[0] == 0 else "criticized" if i == last and low else None
                    for i in range(len(labels))]
    return None


def ranked_in_order(text: str, mentions: list[M]) -> list[M]:
    """街道得分由高到低依次为：文昌街道94.6分，人和街道93.9分，…，搬口街道79.8分: in a ranking listed from the best, the
    first two places are praised and the last is criticised, where no cue judged any of them; the ones between are
    not."""
    result = list(mentions)
    for lead in RANKED_IN_ORDER.finditer(text):
        close = PARAGRAPH_END.search(text, lead.end())
        end = close.start() if close else len(text)
        ranked = [i for i, m in enumerate(mentions) if lead.end() <= m.start < end and m.type != "person"]
        if len(ranked) < SHORTEST_RANKING or any(mentions[i].stance for i in ranked):
            continue
        for i in ranked[:TOP_OF_A_RANKING]:
            result[i] = mentions[i].with_stance("praised")
        result[ranked[-1]] = mentions[ranked[-1]].with_stance("criticized")
    return result


def faults_listed_in_turn(text: str, mentions: list[M]) -> list[M]:
    """…被责令停产清理；板栗镇大湾村滑坡隐患点下方新建了房屋: after an item of findings whose unit is criticised, a
    township or community opening the next item (after ；) with no cue of its own is the next finding; so is a business
    opening it, alone or after the township that places it (；大昌镇的临江阁客栈把液化气钢瓶放在楼梯下). Not so a unit
    followed by 的, a count or 某 (X镇的Y店, X饭店的后厨, X镇一家超市; but a village's 的 may open its own staff or things:
    马窑村的护渔员…), one with a name right after it (X镇鑫源…) or a township doing good work of its own (`good_deeds`).
    The first item after a colon is a finding too when the item after it is one (有的让人后怕：一六镇…；浆水乡上洞村…)."""
    table = cue_table()
    starts = {m.start for m in mentions}
    by_end = {m.end: m for m in mentions}
    result = list(mentions)
    start_marks = [m.start() for m in ITEM_START.finditer(text)]
    end_marks = [m.start() for m in ITEM_END.finditer(text)]
    openers: list[tuple[int, int, int]] = []  # (index, start of its item, end of its list) of each item's opener
    for index, mention in enumerate(mentions):
        if mention.type not in OPENING_FINDINGS:
            continue
        list_start, list_end = start_of_list(text, mentions, index), end_of_list(text, mentions, index)
        lead = list_start
        if mention.type not in AREA_TYPES:  # a business, or the township that places it, opens the item
            owner = next((w for w in ("境内的", "的") if text.endswith(w, 0, list_start)), "")
            place = by_end.get(list_start - len(owner))  # (某镇境内的某公司: the township of the business)
            if place is not None and place.type in AREA_TYPES:
                lead = place.start
        if not lead or text[lead - 1] not in "；;：:\n" or list_end in starts or (
                # (乐华街道|居民林某某: a township before a resident's role and name places the person)
                mention.type == "township" and text.startswith(table.residents, list_end)) or text.startswith(
                ("某", "一"), list_end) or NUMERAL_NEXT.match(text, list_end) or (
                mention.type in AREA_TYPES and text.startswith(table.good_deeds, list_end)) or (
                text.startswith("的", list_end) and (mention.type != "community" or list_end + 1 in starts
                                                     or table.business_after.match(text, list_end + 1))) or (
                text.startswith("境内的", list_end) and list_end + 3 in starts):
            # (a business's 把… is what it did: 把钢瓶放在楼梯下; a village's 的 and its own staff or things, not a
            # business: 库区乡马窑村的护渔员把值班手机交给了家里人)
            continue
        openers.append((index, lead, list_end))
        if mention.stance is not None or text[lead - 1] not in "；;":
            continue
        item_start = bounds(start_marks, text, lead - 1)[0]
        if any(earlier.stance == "criticized" and earlier.start >= item_start for earlier in result[:index]):
            result[index] = mention.with_stance("criticized")
    for index, lead, list_end in openers:
        if result[index].stance is None and (text[lead - 1] in "：:" or text[lead - 2 : lead] in ("：\n", ":\n")):
            item_end = bounds(end_marks, text, list_end)[1]
            if text[item_end : item_end + 1] in ("；", ";") and any(
                    result[later].stance == "criticized" and later_lead == item_end + 1
                    for later, later_lead, _ in openers):
                result[index] = result[index].with_stance("criticized")
    return result


# 地上：土博镇有5家作坊…, 床头——成团镇敬老院有老人…, 先说晾：永安镇的福兴挂面坊…: a short label opening a line,
# sentence or item, then a colon or a dash, and the unit the finding under it is about
# (——西城街道的全宁农贸市场…, 其二，双河乡有5座冷库…, ②色格孜库勒乡阿亚克村…: a dash, an ordinal or a circled number
# alone opens a finding too)
LABELLED_ITEM = OpenedPattern(r"[ \t\u3000]*(?:([^，,。；;：:\n、“”]{1,8})(?:：|:|——)|——|其[一二三四五六七八九]，"
                              r"|[①②③④⑤⑥⑦⑧⑨⑩])", [("\n。；;",)], at_start=True)
# Labels of a grade, a rank or a result (达标：, 第二档：, 第四名：, 红旗：, 街道组：, 结果当场公布：) and of good work:
# the units after them are graded, ranked or praised, not found at fault.
# So are those of who answers for a finding (责任单位：, 牵头：): the unit named is told to act, not found at fault.
NOT_FINDINGS_LABEL = re.compile(r"名|档|达标|合格|好|一般|优|良|旗|组|结果|排列|排序|显示|公布|表扬|红榜|做法|经验|样板"
                                r"|单位|责任|牵头|配合")


def labelled_findings(text: str, mentions: list[M]) -> list[M]:
    """地上：土博镇有5家作坊把剥好的…, 门头——三都镇福塘村办的老年幸福院…, 先说晾：永安镇的福兴挂面坊把晾面架…: in a
    story that reports faults, a township, community or business no cue judged, opening what follows a short label
    and a colon or dash, is the finding the label names (a business after its township's 的: the business, not the
    township that places it). Not after a label of a grade, rank or result, nor a township doing good work of its
    own."""
    table = cue_table()
    by_start = {m.start: i for i, m in enumerate(mentions)}
    result = list(mentions)
    for label in LABELLED_ITEM.finditer(text):
        index = by_start.get(label.end())
        if index is None or label.group(1) and NOT_FINDINGS_LABEL.search(label.group(1)):
            continue
        mention = mentions[index]
        if mention.type in AREA_TYPES and text.startswith(("的", "辖区"), mention.end):
            # 永安镇的|福兴挂面坊, 万安街道辖区|新街农贸市场: the township places the business after it
            index = by_start.get(mention.end + (1 if text[mention.end] == "的" else 2))
            if index is None or mentions[index].type in AREA_TYPES:
                continue
            mention = mentions[index]
        if (mention.stance is not None or mention.type not in OPENING_FINDINGS or text.startswith("的", mention.end)
                or mention.type in AREA_TYPES and text.startswith(table.good_deeds, mention.end)):
            continue
        result[index] = mention.with_stance("criticized")
    return result


# When a township did its good work, between its name and the deed (5月8日夜里, 入冬前, 雨前就, 早在6月中旬就)
_NUMERAL = "[0-9０-９一二三四五六七八九十]"
GOOD_WORK_WHEN = re.compile(rf"(?!提前)(?:早在)?(?:{_NUMERAL}{{1,2}}月(?:{_NUMERAL}{{1,3}}日)?|[^\s，,。；;、：:]{{1,2}}前)"
                            r"(?:夜里|晚上|上午|下午|上旬|中旬|下旬|初|底)?就?")


def good_work_among_faults(text: str, mentions: list[M]) -> list[M]:
    """…村民夏某某操办“坝坝宴”二十余桌未报备。太平镇为辖区三十六名乡村厨师统一办理健康证: in a story that reports
    faults, a township or community no cue judged, opening a sentence with its own good work (`good_deeds`), is the
    example set against them and is praised. Who inspects others (组织检查, 组织人员对…) is not. So is one that a cue of
    criticism in a later clause of its sentence judged (…，放假以来全镇没有孩子私自下水; not after 把, which as often tells
    a wrong: 把秸秆推进排水沟)."""
    table = cue_table()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance == "praised" or mention.type not in AREA_TYPES:
            continue
        list_start, list_end = start_of_list(text, mentions, index), end_of_list(text, mentions, index)
        if lead := GOOD_WORK_WHEN.match(text, list_end):
            list_end = lead.end()  # 广发镇|5月8日夜里|组织了一场山洪转移演练, 连庄镇|雨前就|把…
        if (opens_sentence(text, list_start) and text.startswith(table.good_deeds, list_end)
                and not text.startswith(table.inspecting_verbs, list_end)
                and (mention.stance is None or not text.startswith("把", list_end)
                     and not _criticism_in_clause(text, list_end))):
            result[index] = mention.with_stance("praised")
    return result


def _criticism_in_clause(text: str, start: int) -> bool:
    """A cue of criticism in the clause that opens at `start` (a unit's own clause, not a later one of its sentence:
    石滓镇给留守儿童各找了一位“代理家长”，…，放假以来全镇没有孩子私自下水 tells of its good work)."""
    table = cue_table()
    end = end_of_clause(text, start)
    return any(table.polarity[cue.group()] == "criticized" for cue in table.pattern.finditer(text, start, end)) or (
        WITHIN_PROTECTED_BOUNDS.search(text, start, end) is not None)


# 傅家镇北石村|在河道管理范围内堆放建筑垃圾: heaping or building inside a river's or a reserve's protected bounds is a
# wrong whatever the sentence opens with
WITHIN_PROTECTED_BOUNDS = re.compile(
    r"(?:管理|保护|管控)范围内(?:违[规法]|私自|擅自)?(?:堆放|倾倒|堆积|弃置|搭建|建设|采砂|种植|建房)")


def names_withheld_for_a_wrong(text: str, mentions: list[M]) -> list[M]:
    """村民马某某在自家林地焚烧杂草引发山火, 王某某纠集李某某…: a bulletin withholds the names of those it reports for a
    wrong, and names no one it praises so; the ones harmed (学生张某某溺水) are told by what befell them. Anonymised
    persons no cue judged are criticised, unless their sentence tells of harm or their line is a contents line; so is
    the village no cue judged whose resident such a person is (章坑村村民张某某在坟前烧纸, 桥头社区居民李某某…)."""
    unjudged = [i for i, m in enumerate(mentions) if m.type == "person" and m.stance is None and "某" in m.text]
    if not unjudged:
        return mentions
    table = cue_table()
    sentence_marks = [m.start() for m in SENTENCE_END.finditer(text)]
    result = list(mentions)
    for i in unjudged:
        start = mentions[i].start
        if ("▲" in text or "◆" in text) and in_contents_line(text, start, table.contents_verdicts):
            continue
        lo, hi = bounds(sentence_marks, text, start)
        if not any(harm in text[lo:hi] for harm in table.harm_suffered):
            result[i] = mentions[i].with_stance("criticized")
            village = mentions[i - 1] if i else None
            if (village is not None and village.type == "community" and result[i - 1].stance is None
                    and text[village.end : start].removeprefix("的") in table.residents):
                result[i - 1] = village.with_stance("criticized")
    return result


# What a township or community opening a sentence tells of itself when it reports a fault: a count of its own things
# (锦绣街道有9家粉店…, 义渡口乡集镇上有9家小吃店…), what it did not do (马头镇龙岩村没有登记…; 没等上级通知 is
# no fault but haste), the points it lost (桑墟镇的分，大多丢在苗圃和坑塘上)
AREA_FAULT_OPENING = re.compile("(?:(?:" + literal_alternation(PLACES_OF_ITS_OWN) + ")?有[0-9０-９一二三四五六七八九十两]"
                                r"|没有?(?!发生|出现|造成|发现|等)|的分)")

# An item's enumerator or a word adding one more finding, right before a unit that opens it (（二）鸡冠山乡石桥村有2户…,
# 另外，崔桥镇有2个…)
FINDING_OPENER = re.compile(r"(?:^|(?<=[。！？；;\n：:]))(?:[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[．.、]"
                            r"|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]是|其[一二三四五六七八九十]，|(?:另外|此外|同时|还有|其次)，)$")


def areas_opening_their_faults(text: str, mentions: list[M]) -> list[M]:
    """锦绣街道有9家粉店拔掉了燃气报警器的插头, 甲茶镇新场村没有对独居老人逐户排查, 张龙乡的分大多丢在集市上: a
    township or community no cue judged, opening a sentence with a count of its own things, a thing it did not do or
    the points it lost (`AREA_FAULT_OPENING`), is a finding, unless its clause tells what it achieved, in any story:
    such a sentence is itself the report of a fault (白云乡有2处隐患点的监测员外出做工 in a story that names no other)."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in AREA_TYPES:
            continue
        list_start, list_end = start_of_list(text, mentions, index), end_of_list(text, mentions, index)
        if (opens_sentence(text, list_start) or FINDING_OPENER.search(text, max(0, list_start - 8), list_start)) and (
                AREA_FAULT_OPENING.match(text, list_end)):
            if not JURISDICTION_WORK.search(text, list_end, end_of_clause(text, list_end)):
                result[index] = mention.with_stance("criticized")  # (富村镇有46名河道警长全部到岗: what it achieved)
    return result
