"""Whether a story praises or criticises the units it names (ANNOTATION.md, "Stance").

Cues are data (`dicts/stance_cues.toml`). A unit takes the stance of the closest cue in its clause — one before it
first (the list after 知晓率较高的有：), else one after it (…排名靠后). A unit that opens its sentence is the subject
of the clauses that follow (中枢街道组织有力，在全县考评中排名第一). A unit that acts — followed by 组织, 对, 下发,
强调 … — or that is the agent after 被 does the judging and takes no stance; so does a unit being instructed (…要).
"""
from __future__ import annotations

import bisect
import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple, TypeVar

from nlp.patterns import ALIAS_WORDS, ENUMERATOR_FORMS, ITEM_FORMS, literal_alternation
from nlp.segment import load_toml

if TYPE_CHECKING:
    from nlp.units import UnitMention

SENTENCE_END = re.compile(r"[。！？!?；;\n]")
CLAUSE_MARKS = "，,。！？!?；;\n"
CLAUSE_END = re.compile(f"[{CLAUSE_MARKS}]")
NUMERAL_NEXT = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万半]")
BUSINESS_COUNT = re.compile(r"(?P<one>一)家|[0-9０-９零〇二两三四五六七八九十百千]+余?家")
MEDIUM = re.compile(r"[“\"《][^”\"》]{0,12}[”\"》]?(?:曝光台|栏目|专栏|榜)")
# (a numbered finding, or a bulleted one, ◆某镇…, opens its clause as the unit does)
SUBJECT_LEAD = re.compile(r"[\s“”◆●■★]*" + ENUMERATOR_FORMS + r"?"
                          r"(其中|同时|此外|另外|(?:(?:检查|暗访|考评|督查|抽查)中?)?发现|(?:检查|暗访|考评|督查|抽查)中)?[，,]?"
                          r"\s*(位于[^，,。；]{1,12}的)?")
PARALLEL_LEAD = re.compile(r"\s*[^，,。；;、\s]{2,14}、")
SPEECH_VERBS = ("要求", "强调", "指出", "表示", "批示")
PRAISE_NEGATION = re.compile(r"(?:不够|不太|不)$")
# An anonymised person's role before the name (当事人刘某某): the person still opens the clause.
ROLE_LEAD = re.compile(r"[\s，,]*(?:当事人|犯罪嫌疑人|嫌疑人|经营者|店主|业主|摊主|户主|驾驶人|违法行为人)?")
PUBLISHING = ("曝光", "公开曝光", "通报", "公示")
REPORTING = ("作出", "提交", "报送", "汇报", "报告", "说明", "书面报送", "书面报告", "书面说明")
# 对县公安局侦办、县人民检察院提起公诉的…案件公开宣判: the bodies that brought the case the court judged
BROUGHT_THE_CASE = ("侦办", "提起公诉", "移送起诉")
# 县纪委监委|立案查处…问题6件: a body opening a case is not judged by it (对鑫源公司|立案调查: the body it is opened on is)
OPENED_A_CASE = ("立案查处", "立案侦查", "立案调查", "立案审查", "查处")
M = TypeVar("M", bound="UnitMention")


class _CueTable(NamedTuple):
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


@cache
def _cues() -> _CueTable:
    cues = load_toml("stance_cues.toml")
    polarity = {cue: "praised" for cue in cues["praised"]}
    polarity.update({cue: "criticized" for cue in cues["criticized"]})
    polarity.update({word: "" for word in cues.get("neutral", [])})
    # 检查发现, 暗访中还发现: an inspection that found, both where its findings open and after the body that made it
    inspection_found = "(?:" + literal_alternation(cues["finding_inspections"]) + r")中?[还也]?发现"
    return _CueTable(
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


def _clause_end(text: str, start: int) -> int:
    """Where the clause running on from `start` ends (its mark, or the text's end)."""
    end = CLAUSE_END.search(text, start)
    return end.start() if end else len(text)


def _last_in_clause(text: str, start: int, chars: str, reach: int) -> int:
    """Where the last of `chars` stands within `reach` characters before `start` and in its clause, or -1."""
    floor = max(0, start - reach)
    at = max(text.rfind(char, floor, start) for char in chars)
    return at if at != -1 and not CLAUSE_END.search(text, at, start) else -1


def _undone(text: str, start: int) -> bool:
    """A 未 or 没 earlier in the clause of the praise cue at `start` (未在规定时间内整改到位, 有几处没做到位：, 网箱没拆干净)."""
    return _last_in_clause(text, start, "未没", DENIAL_REACH) != -1


DEADLINE_REACH = 10  # characters between a deadline's 前 and the praise word of work to be done by it
DEADLINE_CLAUSE = 40  # characters before the deadline looked at for its clause's 已


def _by_a_deadline(text: str, start: int) -> bool:
    """A deadline's 前 shortly before the praise cue at `start`, in its clause, and no 已 there (请…于3月26日前整改到位
    is an instruction; 已于汛前落实到位 tells what was done)."""
    deadline = _last_in_clause(text, start, "前", DEADLINE_REACH)
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
# 帮助村民清理房前屋后积存垃圾三十余车, 清除乱堆乱放杂物, 劝导店主下架过期食品, 劝阻滩区违规种植十余起: the mess or
# wrong named as what the work cleared away or stopped (but not what a unit was ordered to clear: 被责令下架过期食品)
CLEARED_MESS = ("积存", "乱堆乱放", "乱搭乱建", "脏乱", "过期", "违规")
CLEARING_BEFORE = re.compile(
    r"(?<!责令)(?<!要求)(?<!被)(?:清理|清运|清除|清掏|清扫|拆除|下架|劝阻|劝离|制止)[^，,。；;：:\n]{0,6}$")
NAMING_A_LIST = ("的有", "的是")  # 被点名的有：武篆镇…: the list that follows is the verdict


def find_cues(text: str) -> list[tuple[int, int, str]]:
    """(start, end, polarity) of every stance cue in `text` that no negation cancels."""
    table = _cues()
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


def _bounds(marks: list[int], text: str, position: int) -> tuple[int, int]:
    """The span between the boundary marks around `position` (marks: offsets of boundary characters)."""
    index = bisect.bisect_left(marks, position)
    start = marks[index - 1] + 1 if index else 0
    end = marks[index] if index < len(marks) else len(text)
    return start, end


def _list_end(text: str, mentions: list[M], index: int) -> int:
    """End of the 、-joined list (A、B和C等) that the mention at `index` belongs to."""
    end = mentions[index].end
    for position in range(index + 1, len(mentions)):
        following = mentions[position]
        gap = text[end : following.start]
        if gap and (gap in {"、", "和", "及", "与", "、及"} or gap.rstrip() == "、"):
            end = following.end
            continue
        break
    return end


# Between a unit (or its list) and the verb it does: 等部门共检查, （以下简称“县巩卫办”）对
ACTOR_LEAD = re.compile(r"(?:[”\"]?[）)])?(?:[（(]" + ALIAS_WORDS + r"[^）)]{1,20}[）)])?"
                        r"(?:等(?:[0-9一二三四五六七八九十]+[个家])?(?:部门|单位|成员单位)?)?"
                        r"已?(?:于[0-9０-９一二三四五六七八九十]{1,2}月[0-9０-９一二三四五六七八九十]{1,3}日)?"
                        r"(?:共|分别|先后|累计|适时|当天|当日|次日|随即|每(?:天|日|周|月|季度|旬|晚)"
                        r"|就(?:上述|以上|相关|有关|发现的)?问题"
                        r"|以[^，,。；]{1,24}罪等?)?")


# (“区法院”）公开宣判: the short name given in brackets, then what the body does; 以…罪判处: a court's charge)
ACTOR_LEAD_FIRST = frozenset("”\"）)（(等共分先累已适就以当次随每")


def _passive_mark(text: str, start: int, end: int) -> int:
    """The last 被 of a passive in text[start:end], or -1 (被告人, 被害人 are nouns: 以被告人王某某为首)."""
    at = text.rfind("被", start, end)
    while at != -1 and text.startswith(("被告", "被害"), at):
        at = text.rfind("被", start, at)
    return at


def _does_own_work(text: str, after: int) -> bool:
    """组织党员清淤, 发动居民, 推行…: the unit's own work, as a 红榜 lists it (组织检查, 组织暗访: judging others)."""
    table = _cues()
    if text.startswith("对", after) and (work := table.own_work_on.match(text, after)):
        after = work.end()  # 某街道对辖区冰雪游乐项目实行…管理: what it does with its own things
    return text.startswith(table.work_verbs, after) and not text.startswith(table.inspecting_verbs, after)


def _acts(text: str, after: int) -> bool:
    table = _cues()
    actor = table.actor
    end = after
    if text.startswith("对", after) and (close := CLAUSE_END.search(text, after)) is not None and text.endswith(
            table.handling_shortcomings, after, close.start()):
        return False  # 营盘镇对辖区采石场监管不到位: how it handled its own charge, which the clause judges
    if text[after : after + 1] in ACTOR_LEAD_FIRST:
        after = ACTOR_LEAD.match(text, after).end()
    if text.startswith("在", after):  # 市公安局在二道河子镇查处…: where it acts stands between
        verb = actor.search(text, after + 1, after + 12)
        if verb and not CLAUSE_END.search(text, after, verb.start()) and not text.startswith(("中", "时"), verb.end()):
            after = verb.start()  # (but 在全市交叉检查中排名靠前: the inspection is where it was judged)
    if text.startswith(("组织有力", "组织得力", "组织到位", "组织有序"), after):
        return False
    if text.startswith(table.inspection_scored, after):
        return False  # 西港路街道督查得分82.5分，排名末位: the score the inspection gave it
    if table.inspection_found.match(text, after):
        return True  # 会议指出，县爱卫办近期抽查发现，…: the body that found the faults told next
    verb = actor.match(text, after)
    if verb and verb.start() == end and text.startswith("的", verb.end()):
        return False  # X物业公司管理的小区…: the unit's own thing follows, and what is said of it is said of the unit
    return bool(verb) or text.startswith(("要", "在会上", "在检查", "主持", "一行"), after)


# Work done for others to judge, not the unit's own: a clause holding one is an inspector's (设立检查卡点, 设置
# 防火检查站: a checkpoint set up is the unit's own work)
JUDGING_WORK = re.compile(r"检查(?![站点卡])|督查|暗访|抽查|抽检|考评|考核|测评|巡查|验收|评估|约谈|通报|督导|复查|核查|执法|回头看")


def _own_work_clause(text: str, after: int, clause_end: int) -> bool:
    """大为镇在墓地集中区设置…, 寸滩街道对辖区48栋高层住宅开展…, 呈坎镇对重点坟地实行…: the unit's clause is its own
    work (a work verb within its first words, no inspection of others in it)."""
    table = _cues()
    verb = table.work_verb.search(text, after, min(clause_end, after + 20))
    # (桥头镇组织辖区12个社区开展…: a unit leading others; 组织开展“清洁家园”行动 is its own work, an inspection
    # it holds being found by its words)
    leads = verb is not None and verb.group() == "组织" and text.startswith(
        table.organised_inspections, verb.end()) and not text.startswith("开展", verb.end())
    return verb is not None and not leads and JUDGING_WORK.search(text, after, clause_end) is None


def _after_colon(lead: str) -> str:
    """…“红黑榜”：城桥镇、陈家镇…: a list opens after a colon, whatever stands before it."""
    return lead[max(lead.rfind("："), lead.rfind(":")) + 1 :]


def _list_start(text: str, mentions: list[M], index: int) -> int:
    start = mentions[index].start
    for position in range(index - 1, -1, -1):
        previous = mentions[position]
        gap = text[previous.end : start]
        if gap in {"、", "和", "及", "与"}:
            start = previous.start
            continue
        break
    return start


HEADING_END = ("：", ":", "”：", "\"：")  # 黑榜：, “红榜”：
PARAGRAPH_END = re.compile(r"[。！？!?\n]")
# A numbered finding or list item opening next, after any spaces or a line break
ENUMERATOR_NEXT = r"(?=\s*" + ENUMERATOR_FORMS + ")"
# …a list's item, not a report's next section (二、工作要求)
NEXT_ITEM = re.compile(r"\s*(?:" + ITEM_FORMS + ")")
# 督查发现的主要问题：一是…, 现将发现的问题通报如下：（一）…, 二、存在的问题。1．…: the heading of numbered findings,
# which judges the units they open as a 黑榜 heading does
FINDINGS_HEADING = re.compile(r"(?:发现|存在|主要)[^，,。；;：:\n]{0,12}?问题[^，,。；;：:\n]{0,8}?[：:。]" + ENUMERATOR_NEXT)
# 主要问题：冯家镇辖区…；泊头镇的…: the findings listed after their heading without numbers
FINDINGS_LIST = re.compile(r"(?:发现的?|存在的?|主要)问题(?:如下|有)?[：:]")
# …发现问题二十三个。现将有关情况通报如下：一是…: the findings announced after their number
FINDINGS_ANNOUNCED = re.compile(r"现将[^，,。；;：:\n]{0,8}?通报如下[：:]" + ENUMERATOR_NEXT)
# 但以下问题必须引起重视：, 这几条最扎眼：, 暴露出一些漏洞：, 失分点主要是：: a sentence naming faults, closed by a colon,
# heads the findings after it (over a comma too: 扣分的地方，考评组都拍了照片：; 有三件事，会上说得很直白：, 暗访中，仍有三处
# 没跟上：, 会上点了三处“软肋”：, 毛病多出在管护上：, 揭出一些“没准备好”的地方：)
FAULTS_LEAD = re.compile(r"(?:问题|漏洞|短板|扎眼|失分|扣分|薄弱环节|慢半拍|几处|件事|空档|后怕|不放心|放心不下|捏了一把汗"
                         r"|没跟上|丢分|软肋|毛病|不该发生|点到|揭出)"
                         r"[^。！？!?\n：:；;]{0,16}[：:]")
# 一、红榜⏎1．茶山街道富华社区…⏎二、黑榜⏎1．江益镇…: a line naming the list the items under it are on, which overrules
# the heading of findings before it (…发现问题六十一个。现将有关情况通报如下：⏎一、红榜)
LIST_LINE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[．.、])?[“\"]?([红黑])榜[”\"]?[：:]?$",
                       re.M)
# 二、表现突出的单位。五龙镇实行…，党店镇…。, 表现较好的：…, 一、好的做法。兰阳街道…, 【经验做法】狮泉河镇…, 值得肯定的是，
# 卸甲坪土家族乡…, ◆基层做法, 【街道做法】, ◆经验推介, ◆牧区样板, ◆镇里的办法, 【酒企的做法】, 二、工作亮点, 也有做得好的。
# 东珠农贸市场…；芳桥街道…: a section heading that praises the units its sentence names (a heading line of good ways of
# working, whoever's they are; not a 主要做法 or 具体做法, which opens a body's own report of its work)
PRAISE_HEADING = re.compile(r"(?<=[也还]有)做得(?:比较|较)?好的[：:。]"
                            r"|(?:表现(?:突出|较好|优秀)|做得较好)的(?:单位和个人|单位|乡镇|镇（街道）|乡镇（街道）|村|社区|村（社区）|企业|)"
                            r"[：:。\n]|(?:好的|经验|典型|基层|街道|乡镇|镇村|社区|村级)做法】?[：:。\n]|值得肯定的是[，,：:]"
                            r"|(?<=[◆【])(?:经验推介|典型推介|街道经验|乡镇经验|基层经验|[\u4e00-\u9fff]{0,4}样板)】?\n"
                            r"|(?:^|(?<=[\n◆【]))(?![^\n]{0,8}?(?:主要|具体))[^\n，,。：:；;▲◆【】]{1,8}?"
                            r"(?:做法|办法|经验|亮点)】?\n")
# …one of which a text holds wherever PRAISE_HEADING matches (a walk over the pattern only where one may)
PRAISE_HEADING_WORDS = ("表现", "做法", "做得较好", "有做得", "值得肯定", "推介", "经验", "样板", "办法", "亮点")
LIST_LINE_ENDS = frozenset("：:；;")
VERDICT_OPENINGS = ("被", "均被", "并被", "都被", "给予", "予以", "受到", "得到", "获", "作为", "做法", "会议给予",
                    "会议予以", "均予以", "均给予", "均受到", "均得到", "均获", "列入", "均列入", "登上")
AGENT_OPENINGS = ("受到", "得到", "均受到", "均得到")
BUSINESS_DOINGS = ("向", "将", "组织")
# Before a unit that judges or acts with the judged (受到县爱卫会表扬, 提请县纪委监委问责, 联合县城管局清理)
AGENT_BEFORE = AGENT_OPENINGS + ("提请", "报请", "移送", "移交", "联合", "会同", "协同", "做法获")
# After a government body, what it does to the work of others: it gives the verdict, spreads the way of working or
# judges it (予以通报表扬, 打算5月起在全区推开, 已在全县推开这一做法, 认为这个办法…)
JUDGING_AFTER = re.compile(r"予以(?:通报|表扬|批评)|[^，,。；;\n]{0,8}?在全[县区市旗州盟]推[开广]|认为")
# After any unit, a verb of praising it does to others (叶海军称赞社区…): it is the one who praises
PRAISING_AFTER = ("称赞",)


PLACE_PHRASE = re.compile(r"[^，,。；;、\s的]{1,10}(?:周边|附近|旁|内|一带|沿线)的")


def _place_of_next(text: str, mentions: list[M], index: int, end: int) -> bool:
    """The mention at `index` (ending at `end`) is followed by a place phrase and 的 right before the next
    mention (铜陵镇|风动石景区周边的|阿海海鲜楼)."""
    if index + 1 >= len(mentions) or text.find("的", end, mentions[index + 1].start) == -1:
        return False
    phrase = PLACE_PHRASE.match(text, end)
    return phrase is not None and phrase.end() == mentions[index + 1].start


CLAUSE_OPENING_MARKS = frozenset("，,。；;：:\n")


def _only_clause_openers(text: str, mentions: list[M], starts: list[int], lo: int, hi: int) -> bool:
    """Every mention starting in [lo, hi) opens a clause or follows another in a list (、): units in parallel, none
    the object of another's verb."""
    return all(text[m.start - 1] in CLAUSE_OPENING_MARKS or text[m.start - 1] == "、"
               for m in mentions[bisect.bisect_left(starts, lo) : bisect.bisect_left(starts, hi)])


def _no_unit_between(starts: list[int], lo: int, hi: int) -> bool:
    """No mention starts in [lo, hi) (`starts`: the mentions' starts, in order)."""
    return bisect.bisect_left(starts, lo) == bisect.bisect_left(starts, hi)


def _passive_clause(text: str, cue: int, clause_marks: list[int]) -> bool:
    """The cue at `cue` stands in a clause that opens with 被 (…，被作为示范推广)."""
    return text[_bounds(clause_marks, text, cue)[0] : cue + 1].lstrip().startswith("被")


def _shared_verdict(text: str, cue: int, clause_marks: list[int], starts: list[int]) -> bool:
    """The cue at `cue` stands in a clause of its own that opens with 被 (…，被通报批评) or a verdict (…，给予肯定)
    and names no unit."""
    lo, hi = _bounds(clause_marks, text, cue)
    # …，其做法受到市安委办通报表扬: the unit's way of working, named by 其, stands for the unit
    opening = text[lo:cue].lstrip().removeprefix("其")
    if opening.startswith("给予") and PERSONS_PUNISHED.search(text, cue, hi):
        return False  # …，给予党纪政务处分16人: what the body before did to others, no verdict on it
    # …，被通报批评 (the cue after 被) and …，给予肯定 (the cue opens the clause); …，受到区防指肯定: the body that
    # judges, named after 受到 or 得到, is no unit the clause speaks of
    names_no_unit = _no_unit_between(starts, lo, cue) or opening.removeprefix("做法").startswith(AGENT_OPENINGS)
    return (opening or text[cue : cue + 2]).startswith(VERDICT_OPENINGS) and names_no_unit


def _verdict_closing_joined_clauses(text: str, end: int, cues: list[tuple[int, int, str]], cue_starts: list[int],
                                    sentence_marks: list[int], clause_marks: list[int], starts: list[int],
                                    mention_starts: set[int]) -> str | None:
    """周嘉镇组建…；高峰镇推行…；坪山镇…，予以通报表扬。: clauses joined by ；, each opened by a unit, share the verdict
    that closes the last of them without naming a unit of its own (`end`: where the first clause ends)."""
    while end < len(text) and text[end] in "；;":
        lo, hi = _bounds(sentence_marks, text, end + 1)
        if lo not in mention_starts:
            return None
        found = cues[bisect.bisect_left(cue_starts, lo) : bisect.bisect_left(cue_starts, hi)]
        if found:
            return found[0][2] if _shared_verdict(text, found[0][0], clause_marks, starts) else None
        end = hi
    return None


# a punishment given and how many people it was given to
PERSONS_PUNISHED = re.compile(r"处分[0-9０-９一二三四五六七八九十两百]+[余多]?[人名]")
OWNER_WORDS = ("辖区", "的", "所属", "景区")
AREA_ACHIEVED = re.compile(r"[^，,。；;]{1,10}?(?:全部|均已|全面)(?:实现|设置|完成|建成|落实|配备|接入|正常运行|达标)")
FOUND_IN_AREA = ("发现", "存在", "多处", "出现", "各出现", "监测到")
AREA_TYPES = frozenset({"township", "community"})
BODY_TYPES = frozenset({"government", "party"})
# Units that open an item of findings (a business placed by its township too)
OPENING_FINDINGS = AREA_TYPES | {"enterprise", "school", "hospital"}
# Where an item of findings starts (after its ；, a sentence's end, a line's end or a colon) and where it ends
ITEM_START = re.compile(r"[；;。\n：:]")
ITEM_ENDS = "；;。\n"
ITEM_END = re.compile(f"[{ITEM_ENDS}]")


OWN_THING_REACH = 6  # characters after a unit's 的 within which another unit's name makes it only that unit's place


def _its_own_thing_opens_a_finding(text: str, mention: UnitMention, start: int, end: int,
                                   mention_starts: set[int]) -> bool:
    """几处问题要马上改：木吉镇中心小学的留样菜只放了一天…；升平社区的转移名单还是去年的: under a heading of findings,
    a unit opening an item with 的 and a thing of its own, not another unit or a business in its area, is the finding.
    Not a township: what follows its 的 is mostly what lies in it (罗汉镇的一处工地)."""
    return (mention.type != "township" and text[start - 1 : start] in ("：", ":", "；", ";")
            and text.startswith("的", end)
            and not any(position in mention_starts for position in range(end + 1, end + 1 + OWN_THING_REACH))
            and not (mention.type in AREA_TYPES and _cues().business_after.match(text, end + 1)))


def _owns_what_follows(text: str, end: int, mention_starts: set[int]) -> bool:
    """X辖区…, X的…, X所属…, X景区…, X周边的…, X周边一家小卖部: what follows the unit is something it holds or
    surrounds, and a verdict on it is not on the unit. X周边垃圾乱倒, X周边交通秩序良好: a verdict on the unit; so is
    one on what was found in its area (X辖区发现火点3个, X辖区3户农户复烧散煤)."""
    if text.startswith("辖区", end) and (NUMERAL_NEXT.match(text, end + 2) or text.startswith(FOUND_IN_AREA, end + 2)
                                       or AREA_ACHIEVED.match(text, end + 2)):
        return False  # (X镇辖区农贸市场全部设置洗手设施: what the area achieved is the township's)
    if text.startswith(OWNER_WORDS, end):
        return True
    if not text.startswith("周边", end):
        return False
    after = end + 2
    return text.startswith("的", after) or after in mention_starts or NUMERAL_NEXT.match(text, after) is not None


def _sanction_before_role(text: str, person: M, cues: list[tuple[int, int, str]], done: list[M]) -> list:
    """约谈了某镇党委副书记、镇长张某和某镇分管副镇长李某: the persons a sanction names right before their roles are
    the ones it judges (a person is otherwise judged by what follows it, not by a cue before its name)."""
    role_start = person.start - len(person.title)
    before = text[:role_start].removesuffix("了")
    named = [c for c in cues if c[1] == len(before) and c[2] == "criticized"]
    if named or not done:
        return named
    previous = done[-1]  # …镇长张某|和|某镇分管副镇长李某: the second of two persons the sanction names
    if previous.type == "person" and text[previous.end : role_start] in LIST_JOINERS and previous.stance:
        return [(previous.start, previous.start, previous.stance)]
    return []


LIST_JOINERS = frozenset({"和", "、", "及", "以及"})


def _section_headings(text: str) -> list[tuple[int, int, str]]:
    """(start, end, polarity) of the headings over numbered findings and of the section headings of praise, which
    judge the units after them as a cue followed by ： does."""
    found = [(m.start(), m.end(), "criticized") for pattern in (FINDINGS_HEADING, FINDINGS_LIST)
             for m in pattern.finditer(text)] if "问题" in text else []
    if "发现" in text or "会议指出" in text:
        found += [(m.start(), m.end(), "criticized") for m in _cues().findings_lead.finditer(text)]
    found += [(m.start(), m.end(), "criticized") for m in FAULTS_LEAD.finditer(text)
              if not any(c[0] < m.end() <= c[1] for c in found)]
    if "通报如下" in text:
        found += [(m.start(), m.end(), "criticized") for m in FINDINGS_ANNOUNCED.finditer(text)
                  if "问题" in text[max(0, m.start() - 24) : m.end()]]
    if any(word in text for word in PRAISE_HEADING_WORDS):
        found += [(m.start(), m.end(), "praised") for m in PRAISE_HEADING.finditer(text)]
    if "榜" in text:
        found += [(m.start(), m.end(), "praised" if m.group(1) == "红" else "criticized")
                  for m in LIST_LINE.finditer(text)]
    return found


def assign_stance(text: str, mentions: list[M]) -> list[M]:
    """The mentions (in reading order, none overlapping) with `stance` set from the cues around them."""
    judged = _judged_by_cues(text, mentions)
    if any(m.stance == "criticized" and m.type == "community" for m in judged):
        judged = _wrongs_their_worker_found_or_stopped(text, judged)
    judged = _names_withheld_for_a_wrong(text, judged) if "某" in text else judged
    if "做法" in text or "经验" in text or "办法" in text or "介绍" in text or "交流了" in text:
        judged = _way_of_working_handed_on(text, judged)
    if "高到低" in text or "高往低" in text or "排序" in text or "排列" in text or "依次为" in text:
        judged = _ranked_in_order(text, judged)
    if "：" in text or ":" in text or "档" in text or "的是" in text:  # (第二档为…, 达标的是…: a grading with no colon)
        judged = _graded_lines(text, judged)
    if any(word in text for word in ("发现", "走进", "来到", "到了", "下到", "看到")):
        judged = _found_by_inspectors(text, judged)
    judged = _found_at_fault_in_prose(text, judged)
    judged = _places_visited_at_fault(text, judged)
    judged = _faults_in_their_rooms_or_things(text, judged)
    judged = _areas_opening_their_faults(text, judged)
    if "书面" in text or "说明" in text or "检讨" in text:
        judged = _told_to_account_in_writing(text, judged)
    if any(m.stance == "criticized" for m in judged):
        if "；" in text or ";" in text:
            judged = _faults_listed_in_turn(text, judged)
        if "：" in text or ":" in text or "——" in text:
            judged = _labelled_findings(text, judged)
        judged = _good_work_among_faults(text, judged)
    judged = _enforcers_not_criticised(text, _places_of_businesses_unjudged(text, judged))
    judged = _bodies_at_work_after_a_time_unjudged(text, judged)
    judged = _grassroots_workers_praised(text, _grassroots_workers_at_fault(text, judged))
    if "在" in text:
        judged = _businesses_visited_doing_well(text, _villages_shown_at_work(text, judged))
    if "的" in text:
        judged = _businesses_after_their_place_at_work(text, judged)
    if any(m.stance == "praised" and m.type == "person" for m in judged):
        judged = _villages_opening_with_their_workers(text, judged)
    if "中，" in text or "中," in text or "显示" in text:
        judged = _good_findings_after_an_inspection(text, judged)
    if "表态发言" in text:
        judged = _pledging_speakers_unjudged(text, judged)
    if "表扬" in text or "肯定" in text:
        judged = _clauses_praised_by_a_closing_verdict(text, _praise_givers_unjudged(text, judged))
    if "颁" in text or "授" in text or "表彰" in text:
        judged = _award_ceremonies(text, judged)
    if "\n" in text and any(m.stance == "criticized" for m in judged):
        judged = _units_opening_a_paragraph_of_their_own_work(text, judged)
    if "做法" in text or "办法" in text or "经验" in text:
        judged = _ways_of_working_told(text, judged)
    if any(m.stance == "criticized" and m.type == "community" for m in judged):
        judged = _villagers_at_fault(text, judged)
    return _speakers_unjudged(text, judged)


VILLAGERS = ("村民", "居民")


def _villagers_at_fault(text: str, mentions: list[M]) -> list[M]:
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
        wrong, praise = _wrong_and_praise_told(_rest_of_item(text, mention.end))
        if wrong and not praise:
            result[index] = mention.with_stance("criticized")
    return result


# 东苑街道的做法各街道都要学, 九都镇这个办法不花大钱, 运河街道的做法让陈卫东看得很细: a unit's own way of working
OWN_WAY = re.compile(r"(?:的|这个|这一|这种)?(?:做法|办法|经验)")


def _ways_of_working_told(text: str, mentions: list[M]) -> list[M]:
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
# 区城管局负责人表示，…, 区爱卫办有关负责人表示，…: a body whose official speaks for it is the speaker too
BODY_SPEAKING = re.compile(r"(?:有关)?(?:主要)?负责人(?:表示|介绍|说)[，,：:]")
# 镇长刘建新|作交流发言: an official speaking for the unit whose work the meeting praised (the unit is praised, not he)
EXCHANGE_SPEECH = re.compile(r"(?:分别)?作了?(?:经验)?交流发言")


def _speakers_unjudged(text: str, mentions: list[M]) -> list[M]:
    """One named right before the words it says is the speaker, not judged by them (镇长刘玉梅说，街面干不干净，现在用秤
    说话; 村党支部书记刘贵珍说，以前一到夏天苍蝇蚊子满屋飞…): 489 of 492 named persons so placed in the gold are
    unjudged, when this was written; so is an official making the exchange speech for his unit (6 of 6). A person whose
    name is withheld (摊主罗某某说，…) is told of for a wrong, and keeps the stance the wrong gives."""
    return [mention.with_stance(None) if mention.stance is not None and "某" not in mention.text and (
        SPEAKING.match(text, mention.end) or mention.type == "person" and EXCHANGE_SPEECH.match(text, mention.end)
        or mention.type == "government" and BODY_SPEAKING.match(text, mention.end))
            else mention for mention in mentions]


# After a place opening a paragraph: what it is not held up for (a joined list, a heading's 的, an order to it, its
# officials); and a shortfall told without a word of fault (正村镇发现火点三处, 庄埠乡丢分最多的是…)
# What follows a unit opening a paragraph that is no work of its own: a list, what it must do, a meeting, a thing it is
# the place of (瀼渡镇|一艘渡船的救生衣…), or how many such there are (瓯江北岸泵阀厂|多，…)
NOT_A_PARAGRAPH_OF_ITS_WORK = re.compile(r"[、，,的（(和与及：:—]|(?:也|还)?(?:须|要|应|必须|务必|限期|负责人|主要负责人|分管|开办方)"
                                         r"|一[艘家座栋处个间户辆条]|(?:组织)?召开|举行|多[，,]")
SHORTFALLS = ("火点", "火情", "丢分", "丢的分", "扣分", "最多的是", "末位", "倒数")
PLACE_OF_A_PERSON_REACH = 10  # characters of a role between a place and the person it is the place of


def _units_opening_a_paragraph_of_their_own_work(text: str, mentions: list[M]) -> list[M]:
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
        _, sentence_end = _bounds_of_sentence(text, mention.end)
        if _fault_told_after(text, mention.end) or any(
                word in text[mention.end : sentence_end] for word in SHORTFALLS):
            continue
        result[index] = mention.with_stance("praised")
    return result


# 辽西乡|作表态发言, 县交通运输局、涂沟镇|作表态发言: units that pledge to do better at the meeting (1,310 unjudged
# in the gold when this was written, 2 criticised by a ranking told before)
PLEDGE_SPEECH = re.compile(r"(?:、[^，,。；;\n、]{2,16})*(?:分别)?作了?表态发言")


def _pledging_speakers_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A unit making its pledge speech is not praised by a cue before it (会上，赠科乡作经验交流发言：…；辽西乡作表态
    发言: the exchange speech's praise does not run on to it)."""
    return [mention.with_stance(None) if mention.stance == "praised" and PLEDGE_SPEECH.match(text, mention.end)
            else mention for mention in mentions]


# 俸春林|为蚂蚁堆乡、邦东乡等6个先进单位颁发奖牌, 区文明办|为护国街道等10个“优秀志愿服务组织”授牌: who presents an
# award, and in the clause the ones it goes to; 区文明办、团区委|表彰优秀志愿服务组织: who give it
AWARD_PRESENTED = re.compile(r"(?:分别|现场|当场|共同|一同)?为([^，,。；;\n]{0,60}?)(?:颁发|颁奖|颁授|授牌|授旗|授予)")
AWARD_GIVER = re.compile(r"(?:分别|联合|共同)?表彰")


def _award_ceremonies(text: str, mentions: list[M]) -> list[M]:
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
CLOSING_PRAISE = re.compile(r"[已也还]?(?:在[^，,。；;\n]{1,16}?[上中])?(?:对此|对上述[^，,。；;\n]{0,6}?|对以上[^，,。；;\n]{0,6}?"
                            r"|对这[^，,。；;\n]{0,6}?)?(?:特此|特|予以|给予|提出|通报|点名|发函)*(?:表扬|肯定)[。！!]")


def _clauses_praised_by_a_closing_verdict(text: str, mentions: list[M]) -> list[M]:
    """罗玛镇提前组建雪灾应急救援队6支，油恰乡为独居老人逐户送去牛粪和酥油，区减灾办对此提出表扬: units unjudged that
    open the clauses before a closing verdict of praise share it; the body giving it does not."""
    result = list(mentions)
    starts = [m.start for m in mentions]
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type in ("person", "government", "party"):
            continue
        lo, hi = _bounds_of_sentence(text, mention.start)
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
        if body < len(mentions) and mentions[body].start == opening and mentions[body].type in BODY_TYPES:
            opening = mentions[body].end
        elif body < len(mentions) and mentions[body].start < hi:
            continue  # (a unit of its own in the verdict's clause is the one it is given to)
        if (verdict := CLOSING_PRAISE.match(text, opening)) and verdict.end() >= hi:
            result[index] = mention.with_stance("praised")
    return result


def _bounds_of_sentence(text: str, position: int) -> tuple[int, int]:
    """Where the sentence holding `position` starts and where its closing mark (or the text) ends it."""
    start = max(text.rfind(mark, 0, position) for mark in "。！？!?；;\n") + 1
    end = SENTENCE_END.search(text, position)
    return start, end.start() if end else len(text)


def _rest_of_item(text: str, start: int) -> str:
    """The text from `start` to the end of its sentence or list item (the next 。, ；, ！, ？ or line end)."""
    return text[start : _bounds_of_sentence(text, start)[1]]


def _wrong_and_praise_told(item: str) -> tuple[bool, bool]:
    """Whether `item` tells a wrong (a fault, denial or sanction of `business_faults`, or a cue of criticism), and
    whether it holds a cue of praise."""
    polarities = {cue[2] for cue in find_cues(item)}
    return bool(_cues().business_fault.search(item)) or "criticized" in polarities, "praised" in polarities


# After a village a sentence opens with 在 and a comma: its own people or things, the subject of what follows
# (在后港镇塘下村，村里把乐安河沿岸3.2公里河岸分给8名护河员包干)
VILLAGE_OWN_SUBJECT = re.compile(r"[，,](?:村里|社区(?!党|居委)|村[“\"]?两委|全村|村民|居民|村道|该村|该社区)")
# …or first when it happened (在天台山镇碾子村，7月17日深夜，|群测群防员罗家贵…; 在潘岱街道大坑村，洪水退去后，|村里…)
VILLAGE_SCENE_TIME = re.compile(r"[，,][^，,。；;：:\n]{0,10}(?:[0-9零一二三四五六七八九十]+[月日时点]|凌晨|深夜|夜间|夜里|一早|当晚"
                                r"|当夜|后|连日来)[^，,。；;：:\n]{0,4}(?=[，,])")
# …or a scene with nothing wrong left in it (在东村镇沙锅村，螳螂川岸边看不到垃圾和杂物)
NOTHING_LEFT_TO_SEE = ("看不到", "不见了", "见不到")
VILLAGE_WORKER_REACH = 10  # characters of a worker's title between the comma and the worker
# …or its worker, by her post, whether or not her name was found (在江达乡太昭村，护林员德吉旺姆…, ；山里乡曙光村|护河员…)
VILLAGE_WORKER_OPENS = re.compile(r"[，,]?[^，,。；;：:\n]{0,8}?(?:员|长|医|医生|社工|专干)")


WORKER_ROUND_REACH = 8  # characters of a worker's name and what opens her round (那淑琴|每天)
NOT_DONE = frozenset("未无不没")  # (村级河长|公示牌信息未及时更新: a duty not done)


def _shown_through_its_worker(text: str, village_end: int, right_after: bool = False) -> bool:
    """在吕巷镇白漾村，民间河长陆金妹每天沿河巡查…: whether the village ending at `village_end` goes on to its
    grassroots worker with diligence (`diligence`) in the rest of the item; `right_after`: told right after her
    name, with nothing not done before it (；山里乡曙光村护河员那淑琴每天沿河巡查，劝阻…, but 村级河长|公示牌信息未及时
    更新), whatever else her item tells: the wrongs she found or stopped."""
    post = VILLAGE_WORKER_OPENS.match(text, village_end)
    if post is None:
        return False
    if not right_after:
        return _cues().diligence.search(_rest_of_item(text, village_end)) is not None
    reach = text[post.end() : post.end() + WORKER_ROUND_REACH]
    if NUMERAL_NEXT.match(reach):
        return False  # 新盐社区选出楼栋长32名: the posts it filled, counted, no one worker
    round_ = _cues().diligence.search(reach)
    return round_ is not None and NOT_DONE.isdisjoint(reach[: round_.start()])


def _worker_within_reach(text: str, after: int, worker: M) -> bool:
    """Whether `worker` starts within a worker's title's reach of `after` (a village's end, or the comma after it and
    when it happened), with no clause ending between (在碾子村，7月17日深夜，|群测群防员罗家贵, 曙光村|护河员那淑琴)."""
    return (worker.start <= after + 1 + VILLAGE_WORKER_REACH
            and not any(mark in text[after + 1 : worker.start] for mark in CLAUSE_MARKS))


def _wrongs_their_worker_found_or_stopped(text: str, mentions: list[M]) -> list[M]:
    """在黄花乡香山村，食品安全协管员屈彩霞每天到村小周边小卖部巡查，发现过期食品当场劝导下架: a village the cues
    criticised that its sentence shows through its worker at her daily round (`_shown_through_its_worker`), and the
    worker named right after it, are unjudged here: the wrongs told are those she found or stopped. The passes after
    judge them by her work."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if not (mention.type == "community" and mention.stance == "criticized"
                and _shown_through_its_worker(text, mention.end, right_after=True)):
            continue
        result[index] = mention.with_stance(None)
        worker = mentions[index + 1] if index + 1 < len(mentions) else None
        if (worker is not None and worker.type == "person" and worker.stance == "criticized"
                and _worker_within_reach(text, mention.end, worker)):
            result[index + 1] = worker.with_stance(None)
    return result


def _villages_opening_with_their_workers(text: str, mentions: list[M]) -> list[M]:
    """。庄边镇梧溪村护河员林金花每天背着竹篓沿溪捡拾垃圾…: a village or community unjudged opening its sentence with
    its own grassroots worker, whom the story praises, is held up with her (29 of 31 such in the gold are praised,
    when this was written). So is one opening a clause after a clause that praised units, when its item tells no
    wrong (…位列前两名，|常安镇东贾村保洁员郝翠芝每天清扫村道: the examples go on)."""
    result = list(mentions)
    for index, mention in enumerate(mentions[:-1]):
        if mention.stance is not None or mention.type != "community":
            continue
        if mention.start == 0 or text[mention.start - 1] in "。！？\n；":
            opens = not _fault_told_after(text, mention.end)
        else:  # (its item only: the sentence goes on to the units ranked last)
            opens = (text[mention.start - 1] in "，," and _after_a_praising_clause(text, mentions, index)
                     and not _cues().business_fault.search(_rest_of_item(text, mention.end)))
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


def _taken_there(text: str, mention: M, openers: str) -> bool:
    """在水口镇，…: whether `mention` comes right after the 在 opening the text or following one of `openers`, with a
    comma after it (a sentence that takes the reader to the place)."""
    return (mention.start >= 1 and text[mention.start - 1] == "在"
            and (mention.start == 1 or text[mention.start - 2] in openers) and text.startswith(("，", ","), mention.end))


def _villages_shown_at_work(text: str, mentions: list[M]) -> list[M]:
    """在灌口镇深青村，村级河长…, 在白甸镇新联村，村道两旁的柴草堆…都已清理干净: a village or community unjudged whose
    sentence, opening its paragraph or following another, takes the reader there and tells of its own people or
    things, with no wrong told, is held up as an example (19 of 20 such in the gold are praised, when this was
    written). So is one whose sentence goes on, after when it happened, to a grassroots worker the story praises
    (在碾子村，7月17日深夜，群测群防员罗家贵发现…), or tells that nothing wrong is left to see there."""
    result = list(mentions)
    table = _cues()
    for index, mention in enumerate(mentions):
        if not (mention.stance is None and mention.type == "community" and _taken_there(text, mention, "\n。！？；")):
            continue
        if _shown_through_its_worker(text, mention.end):
            # 在吕巷镇白漾村，民间河长陆金妹每天沿河巡查，今年以来劝阻向河道倾倒…: its worker at her daily round, the
            # wrongs told those she stopped (39 of 39 such in the gold are praised, when this was written)
            result[index] = mention.with_stance("praised")
            continue
        if _fault_told_after(text, mention.end):
            continue
        told = VILLAGE_SCENE_TIME.match(text, mention.end)
        subject = told.end() if told else mention.end
        worker = mentions[index + 1] if index + 1 < len(mentions) else None
        if (VILLAGE_OWN_SUBJECT.match(text, subject)
                or worker is not None and worker.type == "person" and worker.stance == "praised"
                and subject < worker.start and _worker_within_reach(text, subject, worker)
                or any(words in _rest_of_item(text, mention.end) for words in NOTHING_LEFT_TO_SEE)):
            result[index] = mention.with_stance("praised")
    return result


# 检查中，|老城烩面馆…, 排查中，|泰和县武山乌鸡养殖专业合作社…: what an inspection found, told right after it
INSPECTION_LEAD = re.compile(r"(?:检查|暗访|排查|抽查|督查)中[，,]$|检查结果显示[：:]$")
INSPECTION_LEAD_REACH = 7
GOOD_FINDING_TYPES = frozenset({"enterprise", "community", "school", "hospital"})
ITEM_OR_SENTENCE_END = re.compile(r"[。；;\n！？!?]")


# 在进安镇的|古松州清真饭店|，, 在|栖贤汤泉度假酒店|后厨，: a business or school a sentence takes the reader to
VISITED_AT = re.compile(r"(?:^|[。！？!?\n])[\s◆●■【】（）()一二三四五六七八九十、．.0-9]*在(?:[^，,。；;：:\n]{0,12}的)?$")
VISITED_TYPES = frozenset({"enterprise", "school", "hospital"})  # (a village visited: `_villages_shown_at_work`)
VISITED_REACH = 16  # characters before the business that may hold the start of its sentence
PART_VISITED = re.compile(r"(?:后厨|门口|车间|食堂|仓库|厨房)?[，,]")
# …what a visit to a business for its output tells (详细了解项目投产进度, 企业负责人介绍), and a finding (检查发现)
NOT_SHOWN_AT_WORK = ("了解", "介绍", "调研", "发现")


def _businesses_visited_doing_well(text: str, mentions: list[M]) -> list[M]:
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
        item = _rest_of_item(text, mention.end)  # (its own item: …了解项目投产进度；修山镇花园洞村…得到肯定)
        wrong, praise = _wrong_and_praise_told(item)
        if not wrong and (praise or not any(word in item for word in NOT_SHOWN_AT_WORK)):
            result[index] = mention.with_stance("praised")
    return result


# 。|新城镇的|玉林农贸市场设置快检室…, ；白云街道的|东湖综合市场每周开展一次灭鼠灭蟑: a business opening its item after
# its place and 的
OPENS_AFTER_ITS_PLACE = re.compile(r"(?:^|[。；;\n])[^，,。；;：:\n◆▲■●★]{2,12}的$")  # (not a ▲ contents line)
OPENS_AFTER_ITS_PLACE_REACH = 14  # characters before the business that may hold its place, its 的 and the item's start


def _businesses_after_their_place_at_work(text: str, mentions: list[M]) -> list[M]:
    """；新城镇的玉林农贸市场设置快检室，每天开展一次农残快检: a business, school or hospital unjudged opening its item
    after its place and 的, whose item tells its own work (`work_verbs`) or diligence and no wrong, is held up (10 of 12
    such in the gold are praised, when this was written)."""
    result = list(mentions)
    table = _cues()
    for index, mention in enumerate(mentions):
        if not (mention.stance is None and mention.type in VISITED_TYPES
                and OPENS_AFTER_ITS_PLACE.search(text, max(0, mention.start - OPENS_AFTER_ITS_PLACE_REACH),
                                                 mention.start)):
            continue
        item = _rest_of_item(text, mention.end)
        if not _wrong_and_praise_told(item)[0] and (
                text.startswith(table.work_verbs, mention.end) or table.diligence.search(item)):
            result[index] = mention.with_stance("praised")
    return result


def _good_findings_after_an_inspection(text: str, mentions: list[M]) -> list[M]:
    """检查中，老城烩面馆、蜜雪冰城鄢陵店后厨操作全程公开: a business, village, school or hospital unjudged that an
    inspection's findings open with, whose item tells no wrong, is found doing well (11 of 11 in the gold, when this
    was written; a township there is mostly only where the business is, and is left alone). One whose item tells a
    wrong is left to the rules of findings: read the same way it would win one and lose one (淮北市第一中学|附近的
    佳美便利店无证经营 is the shop's)."""
    result = list(mentions)
    fault = _cues().business_fault
    for index, mention in enumerate(mentions):
        if (mention.stance is None and mention.type in GOOD_FINDING_TYPES
                and INSPECTION_LEAD.search(text, max(0, mention.start - INSPECTION_LEAD_REACH), mention.start)):
            end = ITEM_OR_SENTENCE_END.search(text, mention.end)
            if not fault.search(text, mention.end, end.start() if end else len(text)):
                result[index] = mention.with_stance("praised")
    return result


def _praise_givers_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A county body or an official right before the praise it gives (…没有出现违章作业，县安委办在全县安全生产例会上
    点名表扬) is not judged by it; one after 对 in its clause is the one praised (会议对…县交通运输局给予肯定)."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None and mention.type in PRAISE_GIVERS and (
                PRAISE_GIVEN.match(text, mention.end) or CLOSING_PRAISE.match(text, mention.end)):
            start = _list_start(text, mentions, index)
            if _last_in_clause(text, start, "对", start) == -1:  # (会议对推进有力的县教体局、县交通运输局给予肯定)
                result[index] = mention.with_stance(None)
    return result


# A level of government opening the last role: a county's or a city's river chief (县级河长) is an official, not a
# worker on the ground
OFFICIAL_LEVEL = re.compile(r"[县市区旗州]|.*[县市]级")
# The head of a village, a community or a crew of its own (村党支部书记, 社区党委书记, 清洁队队长, 村民小组长): praised,
# as a grassroots worker is, when told at diligent work (社区党委书记林晓燕带领居民清理卫生死角九十余处)
VILLAGE_LEADER = re.compile(r"(?:社区|村|居委会|村民小组|[^、]{1,3}队|巡堤组)(?:党支部|党总支|党委|两委|居委会|委会)?"
                            r"(?:书记|主任|队长|组长)$|村民小组长$")
PARAGRAPH_BREAK = re.compile("\n")


# A grassroots worker's own neglect of the post, told right after the name (近两个月无巡河记录, 连续3天未在岗, 脱岗)
WORKER_AT_FAULT = re.compile(r"(?:无|未|没有)(?:按要求)?(?:巡河|巡查|巡护|在岗|到岗|上岗|记录|履职)|脱岗|不在岗|离岗")


# A grassroots worker's duty left undone, told right after the name, perhaps after how long or to what (保洁员尚德旺|
# 连续5天未清扫村道, 村级河长谭玉山|近一个月无巡河记录, 村燃气安全员尚德林|未入户排查, 保洁员贡布旺堆|长期不在岗,
# 户厕管护员豆文彬|对6座破损户厕未及时上门维修); not what did not happen (未发生) nor a duty kept (从未间断)
DUTY_LEFT_UNDONE = re.compile(
    r"(?:(?:连续|近|长达|超过)?[0-9一二两三四五六七八九十]{1,3}(?:余|多)?(?:个月|天|日|周|次)(?:以上|多)?|多次|长期"
    r"|对[^，。；,;\n]{1,14}?)?"
    r"(?:未(?!发生|出现|造成|发现|接到|间断|缺|耽误)|没有(?!接到|发生|出现)|无(?!人机|一|阻)|不(?:在岗|到岗))")


def _grassroots_workers_at_fault(text: str, mentions: list[M]) -> list[M]:
    """A named person whose role is one of `grassroots_roles`, told right after the name to have left a duty undone,
    is criticized, whatever the paragraph praises (the gold: 374 of 377 titled persons told so; the three are a
    county head's and village heads' own ways)."""
    roles = _cues().grassroots_roles
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if (mention.type == "person" and mention.title and mention.stance != "criticized" and "某" not in mention.text
                and mention.title.split("、")[-1].endswith(roles) and VILLAGE_LEADER.search(mention.title) is None
                and DUTY_LEFT_UNDONE.match(text, mention.end)):
            result[index] = mention.with_stance("criticized")
    return result


def _grassroots_workers_praised(text: str, mentions: list[M]) -> list[M]:
    """A named person unjudged, whose role is one of `grassroots_roles` and who is told doing something (not saying
    it) in a paragraph holding a word of praise or reward, or in a sentence telling it as diligence, is praised: the
    deed is the one the paragraph rewards, or the story holds up."""
    table = _cues()
    result = list(mentions)
    breaks: list[int] | None = None
    praising: dict[int, bool] = {}
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type != "person" or not mention.title or "某" in mention.text:
            continue
        role = mention.title.split("、")[-1]
        leader = VILLAGE_LEADER.search(role) is not None
        if not (leader or role.endswith(table.grassroots_roles)) or OFFICIAL_LEVEL.match(role):
            continue
        if mention.end >= len(text) or text[mention.end] in CLAUSE_MARKS + "、：:" or text.startswith(
                table.speaking, mention.end):
            continue
        clause = CLAUSE_END.search(text, mention.end)
        if WORKER_AT_FAULT.search(text, mention.end, clause.start() if clause else len(text)):
            continue  # 村级河长金光洙近两个月无巡河记录: a wrong of the worker's own, not a deed
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


def _told_as_diligence(text: str, start: int, table: _CueTable) -> bool:
    """Whether the sentence running on from `start`, up to any saying in it (她说，现在每天…), tells diligent work."""
    end = SENTENCE_END.search(text, start)
    sentence = text[start : end.start() if end else len(text)]
    said = sentence.find("说")
    return table.diligence.search(sentence, 0, said if said != -1 else len(sentence)) is not None


# 5月12日至30日，|县城管局…, 今年以来，|旗住建局…, 12月下旬，|区消防大队…: a clause opening with when the work was done
AFTER_A_TIME = re.compile(r"(?:日|以来|旬|期间|月|当天|次日)[，,]$")
TIME_REACH = 4  # characters before a body that may hold the time's last word and its comma


def _bodies_at_work_after_a_time_unjudged(text: str, mentions: list[M]) -> list[M]:
    """A county body (or a list of them) opening the clause after when the work was done is the one doing it, not one
    found at fault (12月11日至15日，区森防办采取“四不两直”方式…，发现问题17个): 38 of 38 such criticisms were wrong
    when this was written."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance == "criticized" and mention.type in BODY_TYPES:
            start = _list_start(text, mentions, index)
            if AFTER_A_TIME.search(text, max(0, start - TIME_REACH), start):
                result[index] = mention.with_stance(None)
    return result


def _enforcers_not_criticised(text: str, mentions: list[M]) -> list[M]:
    """县疾控中心在城区和10个镇设置监测点44个，…蚊媒密度超标, 县城管局清理占道经营430余处，拆除违规广告牌86块: a
    county body whose clause opens with its work on others' wrongs (`enforcing_verbs`) is not criticised by the wrongs
    it found or dealt with."""
    enforcing = _cues().enforcing
    return [mention.with_stance(None) if mention.stance == "criticized" and mention.type == "government"
            and enforcing.match(text, mention.end) and not text.endswith("对", 0, mention.start) else mention
            for mention in mentions]  # (对好运来小吃部|立案查处: the one the work is done on)


# 郭坑镇要在8月30日前向区文明办作出书面说明, 请格林镇、和溪镇于7月25日前向县河长办提交书面整改报告, 西丁街道主要
# 负责人于6月10日前向市创城办书面说明情况: a place told to account for itself in writing by a deadline, or in person
# (…主要负责人须于1月20日前到县扫黑办当面说明整改打算)
ACCOUNT_IN_WRITING = re.compile(
    r"的?(?:党政)?(?:主要负责人|分管负责人|负责人|主要领导|分管领导)?(?:须|要|务必|应)?[在于][^，,。；;\n]{2,12}?前"
    r"(?:[向到][^，,。；;\n]{2,12}?)?(?:作出|提交|报送|递交|写出|当面)?"
    r"(?:书面说明|说明情况|说明整改|书面检查|书面报告|书面整改报告|书面检讨|检讨|将整改情况[^，,。；;\n]{0,6}?书面报送|书面报送整改情况)")


def _told_to_account_in_writing(text: str, mentions: list[M]) -> list[M]:
    """A township or community (or a list of them) told to explain itself, or report its rectification, in writing by
    a deadline is criticised: 102 of 108 such places in the gold are, when this was written."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if (mention.stance is None and mention.type in AREA_TYPES
                and ACCOUNT_IN_WRITING.match(text, _list_end(text, mentions, index))):
            result[index] = mention.with_stance("criticized")
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


def _places_of_businesses_unjudged(text: str, mentions: list[M]) -> list[M]:
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


def _way_of_working_handed_on(text: str, mentions: list[M]) -> list[M]:
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


# 没有/未 of what was not done, not of what did not happen (没有接到投诉, 未发生火情) nor haste (没等上级通知) nor a duty
# kept (从未间断, 从未缺勤, 从未耽误; but 从未登记 is a wrong); 无 of what is missing (无证, not 无人机 nor 风雨无阻); a sanction the business met
BUSINESS_DENIALS = (r"没(?!有?(?:接到|报告|发生|出现|造成|发现|等))|未(?!发生|出现|造成|发现|接到|间断|缺|耽误)|无(?!人机|一|阻)"
                    r"|被[^，,。；;]{0,12}?(?:责令|罚|查|立案|处罚|约谈|封存|没收|取缔|叫停|移送)")
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


def _fault_told_after(text: str, start: int) -> bool:
    """Whether the sentence running on from `start` (to its 。, ！, ？ or line end) tells of a wrong, a denial or a
    sanction (`business_faults`)."""
    end = PARAGRAPH_END.search(text, start)
    return _cues().business_fault.search(text, start, end.start() if end else len(text)) is not None


def _found_by_inspectors(text: str, mentions: list[M]) -> list[M]:
    """在马料河边，检查人员发现云鼎建筑工程有限公司在河道管理范围内堆放弃土: a business the inspectors found, whose
    sentence tells of a wrong, is a finding, in any story; so is one an official walks into (走进…的|吉祥藏家乐，后厨里…)
    or finds (和丽萍发现|兴林木材加工厂把…), or one where the inspectors found it (检查组在|仁康民宿|发现，…), when its
    own item tells the wrong."""
    table = _cues()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type != "enterprise":
            continue
        if FOUND_BY_INSPECTORS.search(text, max(0, mention.start - FOUND_REACH), mention.start):
            # (or its own item tells the sanction: …堆放砂石约1500立方米，区水利局当场责令其在3日内清除；)
            faulted = (_fault_told_after(text, mention.end)
                       or _wrong_and_praise_told(_rest_of_item(text, mention.end))[0])
        else:
            before = mentions[index - 1] if index else None
            found = (WALKED_INTO.search(text, max(0, mention.start - FOUND_REACH), mention.start)
                     or before is not None and before.type == "person"
                     and text[before.end : mention.start] in FOUND_BY_AN_OFFICIAL
                     or text.startswith(("发现，", "发现,"), mention.end)
                     and FOUND_THERE.search(text, max(0, mention.start - 2 * FOUND_REACH), mention.start))
            # (its own item only: …走进红叶人家农家乐，对其…给予肯定；在林海宾馆，发现…)
            faulted = found and table.business_fault.search(_rest_of_item(text, mention.end))
        if faulted:
            result[index] = mention.with_stance("criticized")
    return result


def _opens_after_its_place(text: str, by_end: dict[int, M], start: int) -> bool:
    """莲花街道的|小海豚幼儿园每周向家长公示…: a unit after its township's or village's 的, the place opening the clause."""
    place = by_end.get(start - 1) if text.startswith("的", start - 1) else None
    return (place is not None and place.type in AREA_TYPES
            and (place.start == 0 or text[place.start - 1] in CLAUSE_OPENING_MARKS))


# After a village: its own good work (组织, 把, 建起…), a score (以96.3分位列…), a way of working (做得最早, 的做法), not
# a fault told of it
VILLAGE_GOOD_WORK = ("成立", "建起", "以", "做得", "的做法", "由")
HEADING_MARKS = "◆▲■●★"  # before a headline's first word


def _found_at_fault_in_prose(text: str, mentions: list[M]) -> list[M]:
    """甘溪滩镇的澹水河鲜馆菜单上写着“野生河鲜”, ；良邑镇张堡村村内河道堆放生活垃圾20余吨, 上盐湾镇一座淤地坝的放水卧管
    被杂草和泥沙堵死: a business, village, community or township no cue judged, opening a sentence, an item or a
    labelled finding (after its place and 的, if any; `BUSINESS_OPENS`) whose sentence tells of a wrong, a denial or a
    sanction (`business_faults`), is a finding, in any story: such a unit is named in a bulletin's prose for what it
    did wrong or did well, and the sentence tells which. Not one listed with others (…有限公司、阿湖乡负责人作了表态
    发言), nor one whose sentence tells only of good work (在所管小区的电梯里装了阻车装置); nor a village or township
    whose own good work follows its name (`good_deeds`, `VILLAGE_GOOD_WORK`) or that is only where a business, a school
    or another unit is (章村镇大溪村的|竹影农家乐…, 新市镇的|金色童年幼儿园…)."""
    table = _cues()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in ("enterprise", "community", "township"):
            continue
        if mention.type == "township" and (
                text.startswith(("的", "一家", "某"), mention.end)
                or text[mention.start - 1 : mention.start] in HEADING_MARKS
                or index + 1 < len(mentions) and mentions[index + 1].start < _clause_end(text, mention.end)):
            continue  # (新市镇的|金色童年幼儿园…, 华士镇|3家纺织企业…: the place of what is judged; ◆雅长乡开展…: a heading)
        if mention.type != "enterprise" and (
                text.startswith(table.good_deeds + VILLAGE_GOOD_WORK, mention.end)
                or text.startswith("的", mention.end) and table.business_after.match(text, mention.end + 1)):
            continue
        if mention.type == "community" and _shown_through_its_worker(text, mention.end, right_after=True):
            continue  # (山里乡曙光村护河员那淑琴每天沿河巡查，劝阻村民向河道倾倒垃圾: the wrongs she stopped)
        if (text[mention.end : mention.end + 1] not in LIST_JOINERS
                and BUSINESS_OPENS.search(text, max(0, mention.start - BUSINESS_REACH), mention.start)
                and _fault_told_after(text, mention.end)):
            result[index] = mention.with_stance("criticized")
    return result


# 土家幺妹餐馆|后厨无“三防”设施, 县二中|食堂没有按规定留样: a business's or school's own rooms, where what is wrong is
OWN_ROOMS = re.compile(r"的?(?:后厨|食堂|厨房|操作间|仓库|库房|充装间|冷库|店内|店里|院里|厂区|车间)")
OWN_THINGS_TYPES = frozenset({"enterprise", "school", "hospital", "community"})
# 企沙镇山新村的|党员已给…, 镇卫生院的|防保人员每隔十天…: its people, told at their work
OWN_PEOPLE = re.compile(r"[^，,。；;\n]{0,4}?(?:人员|党员|老师|医生|干部|志愿者|督导员)")


def _faults_in_their_rooms_or_things(text: str, mentions: list[M]) -> list[M]:
    """土家幺妹餐馆后厨无“三防”设施, 王井镇中心学校食堂留样不足48小时: a business, school or hospital unjudged whose own
    rooms its item (to the next ；or 。) tells a wrong in, with no praise, is criticised (16 of 16 such in the gold, when
    this was written); so is one, or a village, whose own things after its 的 the item tells a wrong of (鸿泰建设工程有限
    公司的2台塔吊没有松开回转制动, 临湖镇刘楼村的防汛物资仓库里只有编织袋二百余条: 38 of 51), though not one whose 的
    opens a business (X村的Y农家乐…), which is the finding."""
    table = _cues()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in OWN_THINGS_TYPES:
            continue
        if not (mention.type != "community" and OWN_ROOMS.match(text, mention.end) or text.startswith(
                "的", mention.end) and not table.business_after.match(text, mention.end + 1)
                and not OWN_PEOPLE.match(text, mention.end + 1) and not text.endswith("在", 0, mention.start)):
            continue  # (在海沧街道锦里社区的投放点，…: where a scene is)
        wrong, praise = _wrong_and_praise_told(_rest_of_item(text, mention.end))
        if wrong and not praise:
            result[index] = mention.with_stance("criticized")
    return result


def _places_visited_at_fault(text: str, mentions: list[M]) -> list[M]:
    """在水口镇，检查组发现辖区3处隐患点未设置警示牌…, 在桥头镇，仙姑顶东麓2个进山卡口中午没人值守: a township, village or
    community unjudged that a paragraph-opening sentence takes the reader to, whose sentence tells a wrong before it
    names any other unit, is the one found at fault. When a business, a village or a person comes first (在洋溪镇，巡河
    人员发现鑫沙砂石场…), the place is only where the wrong is found; so it is when a business's name comes first,
    though not told as a unit."""
    table = _cues()
    fault = table.business_fault
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in AREA_TYPES or not _taken_there(text, mention, "\n"):
            continue
        end = PARAGRAPH_END.search(text, mention.end)
        found = fault.search(text, mention.end, end.start() if end else len(text))
        if (found and (index + 1 == len(mentions) or mentions[index + 1].start > found.start())
                and not table.business_after.search(text, mention.end + 1, found.start())
                and not any(words in text[mention.end : found.start()] for words in NOTHING_LEFT_TO_SEE)):
            result[index] = mention.with_stance("criticized")
    return result


# 得分由高到低依次为：, 考评结果按得分排序：, 按得分由高到低排列：, 名次依次为：: the places that follow are listed from the
# best to the worst
RANKED_IN_ORDER = re.compile(r"[由从]高[到往]低(?:依次)?排?(?:为|是)[：:]?|按得分(?:由高到低|从高到低|高低)?(?:排序|排列)[：:，,]?"
                             r"|得分排序如下[：:]|(?:名次|得分|考评结果|考核结果|排名[，,])依次为[：:]?")
TOP_OF_A_RANKING = 2  # places named first in a ranked list that are praised (the last one is criticised)
SHORTEST_RANKING = 4  # fewer places make no top and bottom


# 好：…, A档（90分以上）：…, “红旗”：…, 第一名：祥和供热有限公司，95.1分；: a line opening with a grade or a rank
GRADE_LINE = re.compile(r"(?:^|(?<=[。；;]))[ \t\u3000]*[“\"]?([^\s：:，,。；;、“”\"（(]{1,4}?)[”\"]?"
                        r"(?:[（(][^）)\n]{0,16}[）)])?(?:[：:]|为|的是)", re.M)
RANKS = tuple(f"第{numeral}名" for numeral in "一二三四五六七八九十")


def _graded_lines(text: str, mentions: list[M]) -> list[M]:
    """好：江南街道、横沥镇；/较好：桥西街道…；/一般：马安镇、芦洲镇。 (or in one paragraph: 第一档：京南镇、狮寨镇；第三档：
    沙头镇；…, 第一档（90分以上）为…；…, 达标的是…；不达标的是…): in consecutive items of a grading, two or more,
    whose grades come in the order of one scale (`grade_scales`), the units on the line of the scale's best grade are
    praised, those on the last line criticised when its grade is low (the lower half of the scale, or the last of three
    lines or more), and those between only graded. Lines of ranks (第一名：…；/第二名：…) praise the first two and
    criticise the last, when there are four or more. Persons on the lines are left as they are."""
    table = _cues()
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
    """The verdict of each line of a grading with these grades (see `_graded_lines`), or None when no scale holds them
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


def _ranked_in_order(text: str, mentions: list[M]) -> list[M]:
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


def _faults_listed_in_turn(text: str, mentions: list[M]) -> list[M]:
    """…被责令停产清理；板栗镇大湾村滑坡隐患点下方新建了房屋: after an item of findings whose unit is criticised, a
    township or community opening the next item (after ；) with no cue of its own is the next finding; so is a business
    opening it, alone or after the township that places it (；大昌镇的临江阁客栈把液化气钢瓶放在楼梯下). Not so a unit
    followed by 的, a count or 某 (X镇的Y店, X饭店的后厨, X镇一家超市; but a village's 的 may open its own staff or things:
    马窑村的护渔员…), one with a name right after it (X镇鑫源…) or a township doing good work of its own (`good_deeds`).
    The first item after a colon is a finding too when the item after it is one (有的让人后怕：一六镇…；浆水乡上洞村…)."""
    table = _cues()
    starts = {m.start for m in mentions}
    by_end = {m.end: m for m in mentions}
    result = list(mentions)
    start_marks = [m.start() for m in ITEM_START.finditer(text)]
    end_marks = [m.start() for m in ITEM_END.finditer(text)]
    openers: list[tuple[int, int, int]] = []  # (index, start of its item, end of its list) of each item's opener
    for index, mention in enumerate(mentions):
        if mention.type not in OPENING_FINDINGS:
            continue
        list_start, list_end = _list_start(text, mentions, index), _list_end(text, mentions, index)
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
        item_start = _bounds(start_marks, text, lead - 1)[0]
        if any(earlier.stance == "criticized" and earlier.start >= item_start for earlier in result[:index]):
            result[index] = mention.with_stance("criticized")
    for index, lead, list_end in openers:
        if result[index].stance is None and (text[lead - 1] in "：:" or text[lead - 2 : lead] in ("：\n", ":\n")):
            item_end = _bounds(end_marks, text, list_end)[1]
            if text[item_end : item_end + 1] in ("；", ";") and any(
                    result[later].stance == "criticized" and later_lead == item_end + 1
                    for later, later_lead, _ in openers):
                result[index] = result[index].with_stance("criticized")
    return result


# 地上：土博镇有5家作坊…, 床头——成团镇敬老院有老人…, 先说晾：永安镇的福兴挂面坊…: a short label opening a line,
# sentence or item, then a colon or a dash, and the unit the finding under it is about
# (——西城街道的全宁农贸市场…, 其二，双河乡有5座冷库…, ②色格孜库勒乡阿亚克村…: a dash, an ordinal or a circled number
# alone opens a finding too)
LABELLED_ITEM = re.compile(r"(?:^|(?<=[\n。；;]))[ \t\u3000]*(?:([^，,。；;：:\n、“”]{1,8})(?:：|:|——)|——|其[一二三四五六七八九]，"
                           r"|[①②③④⑤⑥⑦⑧⑨⑩])")
# Labels of a grade, a rank or a result (达标：, 第二档：, 第四名：, 红旗：, 街道组：, 结果当场公布：) and of good work:
# the units after them are graded, ranked or praised, not found at fault.
# So are those of who answers for a finding (责任单位：, 牵头：): the unit named is told to act, not found at fault.
NOT_FINDINGS_LABEL = re.compile(r"名|档|达标|合格|好|一般|优|良|旗|组|结果|排列|排序|显示|公布|表扬|红榜|做法|经验|样板"
                                r"|单位|责任|牵头|配合")


def _labelled_findings(text: str, mentions: list[M]) -> list[M]:
    """地上：土博镇有5家作坊把剥好的…, 门头——三都镇福塘村办的老年幸福院…, 先说晾：永安镇的福兴挂面坊把晾面架…: in a
    story that reports faults, a township, community or business no cue judged, opening what follows a short label
    and a colon or dash, is the finding the label names (a business after its township's 的: the business, not the
    township that places it). Not after a label of a grade, rank or result, nor a township doing good work of its
    own."""
    table = _cues()
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


def _opens_sentence(text: str, start: int) -> bool:
    return start == 0 or SENTENCE_END.match(text, start - 1) is not None


# When a township did its good work, between its name and the deed (5月8日夜里, 入冬前, 雨前就, 早在6月中旬就)
_NUMERAL = "[0-9０-９一二三四五六七八九十]"
GOOD_WORK_WHEN = re.compile(rf"(?!提前)(?:早在)?(?:{_NUMERAL}{{1,2}}月(?:{_NUMERAL}{{1,3}}日)?|[^\s，,。；;、：:]{{1,2}}前)"
                            r"(?:夜里|晚上|上午|下午|上旬|中旬|下旬|初|底)?就?")


def _good_work_among_faults(text: str, mentions: list[M]) -> list[M]:
    """…村民夏某某操办“坝坝宴”二十余桌未报备。太平镇为辖区三十六名乡村厨师统一办理健康证: in a story that reports
    faults, a township or community no cue judged, opening a sentence with its own good work (`good_deeds`), is the
    example set against them and is praised. Who inspects others (组织检查, 组织人员对…) is not. So is one that a cue of
    criticism in a later clause of its sentence judged (…，放假以来全镇没有孩子私自下水; not after 把, which as often tells
    a wrong: 把秸秆推进排水沟)."""
    table = _cues()
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance == "praised" or mention.type not in AREA_TYPES:
            continue
        list_start, list_end = _list_start(text, mentions, index), _list_end(text, mentions, index)
        if lead := GOOD_WORK_WHEN.match(text, list_end):
            list_end = lead.end()  # 广发镇|5月8日夜里|组织了一场山洪转移演练, 连庄镇|雨前就|把…
        if (_opens_sentence(text, list_start) and text.startswith(table.good_deeds, list_end)
                and not text.startswith(table.inspecting_verbs, list_end)
                and (mention.stance is None or not text.startswith("把", list_end)
                     and not _criticism_in_clause(text, list_end))):
            result[index] = mention.with_stance("praised")
    return result


def _criticism_in_clause(text: str, start: int) -> bool:
    """A cue of criticism in the clause that opens at `start` (a unit's own clause, not a later one of its sentence:
    石滓镇给留守儿童各找了一位“代理家长”，…，放假以来全镇没有孩子私自下水 tells of its good work)."""
    table = _cues()
    return any(table.polarity[cue.group()] == "criticized"
               for cue in table.pattern.finditer(text, start, _clause_end(text, start)))


def _names_withheld_for_a_wrong(text: str, mentions: list[M]) -> list[M]:
    """村民马某某在自家林地焚烧杂草引发山火, 王某某纠集李某某…: a bulletin withholds the names of those it reports for a
    wrong, and names no one it praises so; the ones harmed (学生张某某溺水) are told by what befell them. Anonymised
    persons no cue judged are criticised, unless their sentence tells of harm or their line is a contents line; so is
    the village no cue judged whose resident such a person is (章坑村村民张某某在坟前烧纸, 桥头社区居民李某某…)."""
    unjudged = [i for i, m in enumerate(mentions) if m.type == "person" and m.stance is None and "某" in m.text]
    if not unjudged:
        return mentions
    table = _cues()
    sentence_marks = [m.start() for m in SENTENCE_END.finditer(text)]
    result = list(mentions)
    for i in unjudged:
        start = mentions[i].start
        if ("▲" in text or "◆" in text) and _in_contents_line(text, start, table.contents_verdicts):
            continue
        lo, hi = _bounds(sentence_marks, text, start)
        if not any(harm in text[lo:hi] for harm in table.harm_suffered):
            result[i] = mentions[i].with_stance("criticized")
            village = mentions[i - 1] if i else None
            if (village is not None and village.type == "community" and result[i - 1].stance is None
                    and text[village.end : start].removeprefix("的") in table.residents):
                result[i - 1] = village.with_stance("criticized")
    return result


CLAUSE_OR_COLON = re.compile(f"[{CLAUSE_MARKS}：:]")


def _reach_within_clause(text: str, start: int, reach: int) -> int:
    """Where `reach` characters from `start` end, or the clause or a colon ends first (表扬了走马镇和西彭镇的做法：
    走马镇…: the unit after the colon is no thing of theirs)."""
    end = CLAUSE_OR_COLON.search(text, start, start + reach)
    return end.start() if end else start + reach


def _judged_by_cues(text: str, mentions: list[M]) -> list[M]:
    """The mentions with the stance the cues, headings and faults around each give it."""
    cues = find_cues(text)
    section_headings = _section_headings(text)
    if not cues and not section_headings and not _faults_told(text):
        return list(mentions)
    table = _cues()
    starts = [m.start for m in mentions]
    # A cue inside a unit's name (…示范学校) judges nothing; mentions come in order and do not overlap, so only the
    # last one starting at or before a cue can hold it.
    cues = [c for c in cues if not ((i := bisect.bisect_right(starts, c[0]) - 1) >= 0 and c[1] <= mentions[i].end)]
    clause_marks = [m.start() for m in CLAUSE_END.finditer(text)]
    sentence_marks = [m.start() for m in SENTENCE_END.finditer(text)]
    cue_starts = [c[0] for c in cues]
    headings = [c for c in cues if text.startswith(HEADING_END, c[1])]
    if section_headings:
        headings = sorted(headings + section_headings)
    # A list's lines may each end in ；, the heading in ：: a line break after either does not end the list.
    # A numbered item opening the next line or sentence (1．, （二）, 三是) carries the list on.
    paragraph_marks = [m.start() for m in PARAGRAPH_END.finditer(text) if (
        text[m.start()] != "\n" or text[m.start() - 1 : m.start()] not in LIST_LINE_ENDS)
        and not NEXT_ITEM.match(text, m.start() + 1)] if headings else []
    mention_starts = set(starts)
    # where a person's name, or the role written before it, starts
    person_starts = {start for m in mentions if m.type == "person" for start in (m.start, m.start - len(m.title or ""))}
    by_end = {m.end: m for m in mentions}
    result = []
    for index, mention in enumerate(mentions):
        s_lo, s_hi = _bounds(sentence_marks, text, mention.start)
        # Every cue that can judge the mention lies in its sentence: only those are looked at.
        sentence_cues = cues[bisect.bisect_left(cue_starts, s_lo) : bisect.bisect_left(cue_starts, s_hi)]
        # 黑榜：大堰镇…满溢；裘村镇…；…。: a list's heading reaches over semicolons to the end of its paragraph
        heading = next((c for c in reversed(headings) if c[1] <= mention.start), None) if headings else None
        if heading and (bisect.bisect_left(paragraph_marks, heading[1])
                        != bisect.bisect_left(paragraph_marks, mention.start)):
            heading = None
        if not sentence_cues and heading is None:
            # no cue in the sentence: nothing judges this unit but the faults of its own (`_faults_of_own`)
            faulted = _faults_of_own(text, mention, _bounds(clause_marks, text, mention.start)[1])
            stance = "criticized" if faulted else None
            if stance is None and _list_start(text, mentions, index) == s_lo:
                stance = _verdict_closing_joined_clauses(text, s_hi, cues, cue_starts, sentence_marks, clause_marks,
                                                         starts, mention_starts)
            result.append(mention if mention.stance == stance else mention.with_stance(stance))
            continue
        list_start, list_end = _list_start(text, mentions, index), _list_end(text, mentions, index)
        stance = None
        # 由区纪委监委启动问责, 受到县爱卫会表扬, 将提请县纪委监委问责: the body that judges; 联合县城管局清理…: the
        # body that acts with the unit
        person = mention.type == "person"
        # 由县委副书记某某进行约谈: a person is opened by the role written before the name
        opening = list_start - len(mention.title) if person and mention.title and text.endswith(
            mention.title, 0, list_start) else list_start
        # (…，县防指予以通报表扬; 县农业农村局准备在全县推广: a government body alone judging, or taking up, others'
        # work; 对八里铺镇、县农业农村局、县交通运输局予以通报批评 judges a list; 叶海军称赞社区…: the one who praises)
        agent = text[max(0, opening - 1) : opening] in ("被", "由") or text.endswith(AGENT_BEFORE, 0, opening) or (
            mention.type == "government" and (list_start, list_end) == (mention.start, mention.end)
            and JUDGING_AFTER.match(text, list_end) and not text.endswith("对", 0, list_start)
        ) or text.startswith(PRAISING_AFTER, list_end)
        anonymised = person and "某" in mention.text
        c_lo, c_hi = _bounds(clause_marks, text, mention.start)
        # 对阿红面馆处以罚款, 对销售不合格燃煤的刘某某依法立案, 已向石桥乡下发督办单, 向施工单位某公司下达…: the
        # object of 对 or 向 is acted on, not acting
        object_of_dui = "对" in text[c_lo:list_start] or text.rfind("向", max(c_lo, list_start - 8), list_start) != -1
        # 在县融媒体中心“文明曝光台”栏目, 将在县融媒体中心曝光: where the judging is published
        medium = MEDIUM.match(text, list_end) or (
            text.endswith("在", 0, list_start) and text.startswith(PUBLISHING, list_end))
        # 向县巩卫办作出书面说明: the body a report goes to is not judged by it
        reported_to = text.endswith("向", 0, list_start) and text.startswith(REPORTING, list_end) or (
            text.endswith(("报送", "上报", "提交", "报告"), 0, list_start))  # 将整改情况书面报送县创卫办
        # 位于城厢镇的老巫溪烤鱼店, 宁河街道某火锅店, 嘉积镇的椰海农贸市场: the place of the judged unit
        # 铜陵镇风动石景区周边的阿海海鲜楼: so is a place whose scenic spot or street holds the unit
        # 在回兴街道轻轨站周边堆积: a unit after 在 is where things happen; 在某公司，副县长某某…给予肯定: but a unit
        # a sentence opens with 在 and a comma is the place visited, which what follows speaks of
        visited = text.endswith("在", 0, list_start) and text.startswith(("，", ","), list_end) and (
            list_start - 1 == s_lo or text[list_start - 2] in "。；;：:\n") and (
            text.startswith(("发现", "检查发现"), list_end + 1) or list_end + 1 in person_starts)
        location = not visited and text.endswith(("位于", "在"), 0, list_start) or text.startswith("某", list_end) or (
            (owner := next((w for w in ("的", "周边的", "附近的") if text.startswith(w, list_end)), None))
            and any(start in mention_starts for start in range(list_end + len(owner), _reach_within_clause(
                text, list_end + len(owner), OWN_THING_REACH)))
            or _place_of_next(text, mentions, index, list_end)
            # 柏杨街道|鑫源副食店: a township written right before a business with a name of its own, or before a
            # resident's role and name (乐华街道|居民林某某)
            or mention.type == "township" and list_end == mention.end and (
                list_end in mention_starts or list_end in person_starts)
            # 谢炉镇的宏图电商仓库违规住人，被罚款: the township of a business, named or not
            or mention.type in AREA_TYPES and text.startswith("的", list_end)
            and table.business_after.match(text, list_end + 1) is not None
            # 中安街道辖区新街农贸市场: the unit whose jurisdiction holds the next one
            or text.startswith("辖区", list_end) and list_end + 2 in mention_starts
            # 八道沟镇一家超市…被责令停业整顿, 华士镇3家纺织企业…被约谈: the township of the businesses judged (but
            # 碧阳镇5家民宿…，被通报批评, 黄宅镇2个项目进度滞后, 岭南乡一座山塘…: the township, of its own things)
            or mention.type == "township" and (business := BUSINESS_COUNT.match(text, list_end)) is not None and (
                business.group("one") or any(text.startswith("约谈", c[0]) for c in sentence_cues)))
        # (会议对…县公安局侦办…案件3起的做法给予肯定: a verdict on how it worked the case judges it)
        brought_case = text.startswith(BROUGHT_THE_CASE, list_end) and not any(
            list_end < c[0] and _on_way_of_working(text, c[0], list_end) for c in sentence_cues)
        # (县公安局查处…案件五起，均受到县森防办通报表扬: praise alone in the clauses after the case is the body's)
        opened_case = text.startswith(OPENED_A_CASE, list_end) and not object_of_dui and not (
            text.startswith("查处", list_end) and _praise_alone_after(sentence_cues, c_hi))
        judged = (not agent and not medium and not location and not reported_to and not brought_case
                  and not opened_case)
        # 某饭店将餐厨垃圾倒入下水道: 将 before a wrong done in the same clause is no body acting on others
        disposes = text.startswith("将", list_end) and any(
            list_end < c[0] and c[1] <= c_hi and text[c[0] : c[1]] in table.disposals for c in sentence_cues)
        # 铜城镇的鑫安液化气供应站向无资质人员供气, …石材有限公司向河道倾倒石粉, …旅行社组织“不合理低价游”: what a
        # business does to others or with its things is its own wrong, not a body judging
        own_wrong = mention.type == "enterprise" and text.startswith(BUSINESS_DOINGS, list_end)
        acting = judged and not object_of_dui and not disposes and not own_wrong and _acts(text, list_end)
        # 民乐镇、补抽乡对辖区矿洞封堵巡查不到位，被约谈: a unit that acts, then is judged in the passive
        # 欧阳明要求，被约谈镇要…: what follows a speech verb is reported speech, not the speaker's own passive.
        speaks = text.startswith(SPEECH_VERBS, list_end)
        # 松滋市人民医院组织职工参与清扫，给予肯定: so is a unit that acts, then a clause with no unit of its own judges
        # 检查中，A社区组织居民…，B卫生院…，予以通报表扬: units opening the clauses of one sentence share its verdict,
        # the one that organised its people too
        # (县爱卫办对8个乡镇进行检查, 县爱卫办组织对…开展检查: the inspector acts on others, and is not judged)
        first_in_clause = list_start == 0 or text[list_start - 1] in CLAUSE_OPENING_MARKS
        opens_clause = first_in_clause and (text.startswith(
            "组织", list_end) and not text.startswith(table.organised_inspections, list_end + 2)
            or _own_work_clause(text, list_end, c_hi))
        # 卫星湖街道组织辖区十一个社区开展…，…，予以通报表扬: a unit leading those in its charge shares a verdict given to
        # all the clauses, but not a passive closing the clause before it (…，某社区组织居民清理楼院，被作为示范推广)
        leads_its_charge = first_in_clause and text.startswith("组织辖区", list_end)
        # 县人居办将于春节后组织复查，…负责人将被约谈: the inspector is not the one a later passive judges
        inspects = acting and INSPECTION_AHEAD.match(text, list_end, c_hi) is not None
        passive = acting and not (speaks or inspects) and next((c for c in sentence_cues if list_end < c[0] < s_hi and (
            (by := _passive_mark(text, list_end, c[0])) != -1 and _no_unit_between(starts, list_end, by)
            or (_no_unit_between(starts, list_end, _bounds(clause_marks, text, c[0])[0])
                # (the body naming the verdict, 受到县鼠防办通报表扬, stands in the verdict's own clause)
                or (opens_clause or leads_its_charge and not _passive_clause(text, c[0], clause_marks))
                and _only_clause_openers(
                text, mentions, starts, list_end, _bounds(clause_marks, text, c[0])[0]))
                and _shared_verdict(text, c[0], clause_marks, starts))),
            None)
        if passive:
            stance = passive[2]
        elif judged and not acting:
            # (黑榜：万安街道辖区新街农贸市场…: a heading judges the market, not the street that holds it)
            in_jurisdiction = text.startswith(("辖区", "所属"), list_end)
            before = [c for c in sentence_cues if c_lo <= c[0] and c[1] <= mention.start and not person
                      and not (in_jurisdiction and text.startswith(HEADING_END, c[1]))]
            # 某镇的某某民宿污水直排: a verdict on a business in a township is not on the township (对某镇的工程质量
            # 给予肯定 is)
            area_owner = (mention.type in AREA_TYPES and text.startswith("的", list_end)
                          and table.business_after.match(text, list_end + 1) is not None)
            after = [] if area_owner else [c for c in sentence_cues if list_end <= c[0] and c[1] <= c_hi]
            lead = _after_colon(text[c_lo:list_start])
            if not after and lead.endswith("对") and (
                    text.startswith("由", c_hi + 1)
                    or c_hi == list_end and any(c[0] == c_hi + 1 and c[2] == "praised" for c in sentence_cues)):
                # 对金谷乡主要负责人，由县人居办进行约谈: the next clause names who does it to the object of 对, or opens
                # with the verdict itself (对杨税务乡、北史家务乡，各奖励禁烧工作经费两万元)
                n_lo, n_hi = _bounds(clause_marks, text, c_hi + 1)
                after = [c for c in sentence_cues if n_lo <= c[0] and c[1] <= n_hi]
            # The list opens its clause (其中，日兴镇…) or is the object of 对: later clauses still speak of it.
            # 对 X 开展…: X is the whole object; 对 X 改厕工作 / X 辖区7家: the judged thing is something of X's.
            owned = _owns_what_follows(text, list_end, mention_starts)
            # (对X街道、Y镇开展暗访，…发现问题: an area inspected, whose findings are about what lies in it)
            whole_object = (lead.endswith("对") and text.startswith(("开展", "进行", "实施"), list_end)
                            and mention.type not in AREA_TYPES)
            # 县一中食堂、县医院职工食堂落实明厨亮灶: an item of a list of "unit + its thing" opens the clause too.
            parallel = PARALLEL_LEAD.fullmatch(lead) and (list_start - len(lead.lstrip())) in mention_starts
            # 东岗镇的新屯村、兴隆村…排名倒数: the place of the units does not stop them opening the clause.
            if lead.endswith("的") and not parallel and not SUBJECT_LEAD.fullmatch(lead):
                place = by_end.get(list_start - 1) or (
                    mentions[index - 1] if index and _place_of_next(text, mentions, index - 1, mentions[index - 1].end)
                    else None)
                if place is not None and place.start >= c_lo:
                    lead = _after_colon(text[c_lo:place.start])
            elif (place := by_end.get(list_start)) is not None and place.type == "township" and place.start >= c_lo:
                lead = _after_colon(text[c_lo:place.start])  # 柏杨街道|鑫源副食店…，被没收: the shop opens the clause
            # (◆市城管局：7月1日前，…: the body whose report follows its name and a colon; it is the reporter)
            subject = ((SUBJECT_LEAD.fullmatch(lead) or parallel) and not text.startswith(HEADING_END, list_end)
                       and (not owned or _area_judged_later(text, mention, list_end, sentence_cues, c_hi, s_hi))
                       ) or whole_object or visited
            # 当事人刘某某…，被处以罚款; 网格员刘芳累计调解纠纷60余起，…，获通报表扬: a person opening the clause with the
            # role it is named by
            titled_lead = person and mention.title is not None and lead.strip() == mention.title
            if person and mention.title and not before:
                before = _sanction_before_role(text, mention, sentence_cues, result)
            if before:
                stance = before[-1][2]
            elif after:
                # 会议对…县公安局快速查处非法采砂案件的做法给予肯定: the verdict on the unit's way of working, not a
                # word of the work itself
                on_way = next((c for c in after if _on_way_of_working(text, c[0], list_end)), None)
                stance = (on_way or after[0])[2]
            elif subject and not person or anonymised and ROLE_LEAD.fullmatch(lead) or titled_lead:
                later = [c for c in sentence_cues if c_hi <= c[0] and c[1] <= s_hi]
                if later:
                    # Stop at a clause that opens with another unit: it has its own subject — unless the cue is a
                    # subjectless passive closing the sentence (…，李记烧腊门前油污未清理，被列入黑榜), which judges
                    # every unit that opened a clause before it.
                    boundary = next((m.start for m in mentions if c_hi < m.start < later[0][0]
                                     and CLAUSE_END.match(text, m.start - 1)), None)
                    if boundary is None:
                        stance = later[0][2]
                    elif verdict := next((c for c in later if _shared_verdict(text, c[0], clause_marks, starts)), None):
                        stance = verdict[2]
        if (stance is None and heading is not None and heading[1] <= list_start and judged
                and not text.startswith(table.spreading, list_end)
                and not (heading[2] == "praised" and mention.type in BODY_TYPES
                         and table.handing_on.search(text, list_end, c_hi))
                and (not acting or _does_own_work(text, list_end) or _own_work_clause(text, list_end, c_hi)
                     or heading[2] == "criticized" and mention.type == "enterprise"
                     # (表现突出的有：四姑娘山镇对景区…实行每日巡查: a unit opening the praised list or a clause of it)
                     or heading[2] == "praised" and (first_in_clause or list_start == heading[1]
                                                     or _opens_after_its_place(text, by_end, list_start)))
                and not person and (not _owns_what_follows(text, list_end, mention_starts)
                                    or heading[2] == "criticized" and _its_own_thing_opens_a_finding(
                                        text, mention, list_start, list_end, mention_starts)
                                    or mention.type in AREA_TYPES and text.startswith("辖区", list_end) and (
                                        heading[2] == "praised" or _no_unit_between(starts, list_end, c_hi)
                                        and table.business_after.match(text, list_end + 2) is None))):
            # 黑榜：大堰镇…满溢，裘村镇一处公厕无人管护: a list's heading judges every clause after it (1．厂窖镇辖区
            # 藕池河段夜间偷捕…: a township's area too, where no unit or business of it is named; 红榜：某街道组织
            # “大扫除”12场次: a unit doing its own work there is listed for it; 存在的问题。…（二）某镇的安顺液化气
            # 供应站向无资质人员销售…: so is a business for what it does wrong)
            stance = heading[2]
        if (stance is None and judged and not any(c[2] == "praised" for c in sentence_cues)
                and _faults_of_own(text, mention, c_hi)):
            stance = "criticized"  # 梅街镇辖区出现火点3处, 菱湖镇辖区4个桶站混投混运: what is found in its area
        if (stance is None and mention.type == "person"
                and SENTENCED.search(text, max(0, list_start - 4), list_start)):
            stance = "criticized"  # 公开宣判王某某、李某某等9名被告人…, 依法判处张某某有期徒刑十年: those sentenced
        if stance and ("▲" in text or "◆" in text) and _in_contents_line(text, mention.start, table.contents_verdicts):
            stance = None
        result.append(mention if stance == mention.stance else mention.with_stance(stance))
    return result


RANKED = ("位列", "排名", "名列")
WAY_REACH = 6  # characters between 做法 and the verdict on it (的做法|给予|充分肯定)


def _praise_alone_after(sentence_cues: list[tuple[int, int, str]], clause_end: int) -> bool:
    """The clauses of the sentence after `clause_end` hold praise and no other verdict."""
    later = [c[2] for c in sentence_cues if c[0] >= clause_end and c[2]]
    return bool(later) and all(polarity == "praised" for polarity in later)


def _on_way_of_working(text: str, cue_start: int, floor: int) -> bool:
    """The verdict starting at `cue_start` is on a way of working (…的做法给予肯定), 做法 written after `floor`."""
    return "做法" in text[max(floor, cue_start - WAY_REACH) : cue_start]


# A unit's clause that goes on to an inspection it holds (将于春节后组织复查, 将开展督查)
INSPECTION_AHEAD = re.compile(r"[^，,。；;]{0,10}?(?:组织|开展)(?:复查|检查|督查|暗访|考评|验收)")


def _area_judged_later(text: str, mention: M, list_end: int, sentence_cues: list, c_hi: int, s_hi: int) -> bool:
    """开通镇、瞻榆镇辖区未发现火点，位列前三名; 花鸟乡辖区渔船北斗终端在线率达100%，受到…通报表扬: a ranking or a
    praise in a later clause judges the township whose area the first clause spoke of."""
    return mention.type in AREA_TYPES and text.startswith("辖区", list_end) and any(
        c_hi <= c[0] and c[1] <= s_hi and (c[2] == "praised" or text.startswith(RANKED, c[0])) for c in sentence_cues)


# 公开宣判|王某某, 依法判处|张某某: the verb right before the person sentenced
SENTENCED = re.compile(r"(?:宣判|判处)$")
# 辖区3处, 辖区内有5家, 辖区出现火点 …: a township's area and how many of something are found there
JURISDICTION_COUNT = re.compile(r"辖区内?(?:仍有|共有|有|出现|发现)?[^，,。；;]{0,14}?[0-9０-９一二三四五六七八九十两百]+")
# What a township's area achieved or what was done there (辖区46家餐饮单位完成“明厨亮灶”改造, 辖区8个社区开展暗访)
JURISDICTION_WORK = re.compile(r"(?<![未不])(?:全部|全面|均已|完成|实现|建成|接入|开展|进行|覆盖)")


# 德厚镇有3名村级河长未按要求巡河: a township's own people counted, then what they failed to do (after one of
# `PLACES_OF_ITS_OWN` too: 徐桥镇集镇上有6家早点铺…)
PLACES_OF_ITS_OWN = ("集镇上", "集镇", "境内", "镇上", "乡里")
FAULTY_MEMBERS = re.compile("(?:" + literal_alternation(PLACES_OF_ITS_OWN) + ")?"
                            r"有[0-9０-９一二三四五六七八九十两]+[名个人户家处座][^，,。；;]{0,14}?"
                            r"(?:未|没有|没|不按|不|脱岗|造假|只|把|仍|无|缺|过期|超)")


# What a township or community opening a sentence tells of itself when it reports a fault: a count of its own things
# (锦绣街道有9家粉店…, 义渡口乡集镇上有9家小吃店…), what it did not do (马头镇龙岩村没有登记…; 没等上级通知 is
# no fault but haste), the points it lost (桑墟镇的分，大多丢在苗圃和坑塘上)
AREA_FAULT_OPENING = re.compile("(?:(?:" + literal_alternation(PLACES_OF_ITS_OWN) + ")?有[0-9０-９一二三四五六七八九十两]"
                                r"|没有?(?!发生|出现|造成|发现|等)|的分)")


# An item's enumerator or a word adding one more finding, right before a unit that opens it (（二）鸡冠山乡石桥村有2户…,
# 另外，崔桥镇有2个…)
FINDING_OPENER = re.compile(r"(?:^|(?<=[。！？；;\n：:]))(?:[（(][一二三四五六七八九十0-9]{1,2}[）)]|[0-9]{1,2}[．.、]"
                            r"|[①②③④⑤⑥⑦⑧⑨⑩]|[一二三四五六七八九十]是|其[一二三四五六七八九十]，|(?:另外|此外|同时|还有|其次)，)$")


def _areas_opening_their_faults(text: str, mentions: list[M]) -> list[M]:
    """锦绣街道有9家粉店拔掉了燃气报警器的插头, 甲茶镇新场村没有对独居老人逐户排查, 张龙乡的分大多丢在集市上: a
    township or community no cue judged, opening a sentence with a count of its own things, a thing it did not do or
    the points it lost (`AREA_FAULT_OPENING`), is a finding, unless its clause tells what it achieved, in any story:
    such a sentence is itself the report of a fault (白云乡有2处隐患点的监测员外出做工 in a story that names no other)."""
    result = list(mentions)
    for index, mention in enumerate(mentions):
        if mention.stance is not None or mention.type not in AREA_TYPES:
            continue
        list_start, list_end = _list_start(text, mentions, index), _list_end(text, mentions, index)
        if (_opens_sentence(text, list_start) or FINDING_OPENER.search(text, max(0, list_start - 8), list_start)) and (
                AREA_FAULT_OPENING.match(text, list_end)):
            if not JURISDICTION_WORK.search(text, list_end, _clause_end(text, list_end)):
                result[index] = mention.with_stance("criticized")  # (富村镇有46名河道警长全部到岗: what it achieved)
    return result


# 宋站镇的丰禾农机专业合作社在作业地块焚烧秸秆, 煤窑乡的永盛砂石料场在河道内非法采砂: a business doing wrong
# somewhere
BUSINESS_AT_FAULT = re.compile(r"在[^，,。；;、]{1,12}?(?:焚烧|非法|违规|违法|超量|私拉|乱倒|倾倒|偷排|直排)")


# 大贾村村民在田间焚烧玉米秸秆, 半坡村村民露天焚烧垃圾: a village's people doing wrong
VILLAGERS_AT_FAULT = re.compile(r"(?:有?[0-9０-９一二三四五六七八九十两]+[户名])?村民[^，,。；;]{0,10}?"
                                r"(?:焚烧|烧荒|私拉|乱倒|乱扔|乱堆|违规|偷排|倾倒|未|聚集)")  # (金华村有2户村民在田间焚烧秸秆)


# 蔡公堂乡白定村护林员未在岗, 东郊村防汛应急预案未更新, 英买里村2座公厕无人管护: what the village left undone (未发生火情
# is no fault)
VILLAGE_LEFT_UNDONE = re.compile(r"[^，,。；;、]{0,12}?(?:未(?!发生|出现|造成|发现)|无人(?:管护|值守|保洁|在岗)|不在岗|脱岗"
                                r"|长期(?:闲置|停运)|无巡[河湖山查]记录)")
# 岭口镇中心卫生院|院内绿化带积水未清除, 县人民医院|门前非机动车乱停乱放, 县中医院|医疗废物暂存间未上锁, 县实验中学|
# 校门口护学岗人员不在岗: what a hospital or school left undone on its premises or in its own work
PREMISES_FAULTS = r"未(?!发生|出现|造成|发现)|乱停乱放|乱堆乱放|不在岗|脱岗|无人(?:管护|值守|保洁|劝阻)|随意堆放"
PREMISES_UNDONE = re.compile(rf"[^，,。；;、]{{0,12}}?(?:{PREMISES_FAULTS})")
# Whether PREMISES_UNDONE matches anywhere in a text: its lead may be empty, so wherever it matches a fault stands,
# and the other way round. Searched for the fault alone, the engine skips to the characters that open one, where
# the lazy lead would try up to 12 characters at every position (a fortieth of the time on the gold stories).
PREMISES_FAULT = re.compile(PREMISES_FAULTS)


def _faults_told(text: str) -> bool:
    """Whether `text` may tell a unit's own faults with no cue (梅街镇辖区出现火点3处, 那良镇有2名村级河长…未巡河,
    大贾村村民…焚烧, 白定村护林员未在岗, …合作社在作业地块焚烧秸秆): most stories with no cue tell none, and are done
    with at once."""
    return ("辖区" in text or "村民" in text or "有" in text and FAULTY_MEMBERS.search(text) is not None
            or "村" in text and any(word in text for word in ("未", "无人", "不在岗", "脱岗", "闲置", "停运", "记录"))
            or ("院" in text or "校" in text or "学" in text) and PREMISES_FAULT.search(text) is not None
            or "在" in text and BUSINESS_AT_FAULT.search(text) is not None)


def _faults_of_own(text: str, mention: UnitMention, clause_end: int) -> bool:
    """A township judged by what is found in its area or what its own people failed to do, a village by what its
    villagers did wrong or what it left undone, a business by the wrong it did somewhere."""
    if mention.type == "township" or mention.type == "community" and text.startswith("辖区", mention.end):
        # (滨江社区|辖区4个小区楼道杂物堆放: a community's area too)
        return _faults_in_jurisdiction(text, mention.end, clause_end) and not _visited(text, mention.start)
    if mention.type in ("hospital", "school"):
        return PREMISES_UNDONE.match(text, mention.end, clause_end) is not None
    if mention.type == "enterprise":
        return BUSINESS_AT_FAULT.match(text, mention.end, clause_end) is not None
    return mention.type == "community" and (VILLAGERS_AT_FAULT.match(text, mention.end, clause_end) is not None
                                            or VILLAGE_LEFT_UNDONE.match(text, mention.end, clause_end) is not None)


def _faults_in_jurisdiction(text: str, end: int, clause_end: int) -> bool:
    """A township written before 辖区 and a count (梅街镇|辖区出现火点3处, 北新泾街道|辖区3处垃圾箱房周边堆物):
    in the gold stories such a clause reported what is wrong there 1,385 times in 1,398 when this was written,
    unless it tells what the area achieved or what was done in it. So does one written before 有, a count of its own
    people and what they failed to do (那良镇|有2名村级河长连续两个月未巡河)."""
    if text.startswith(("有", *PLACES_OF_ITS_OWN), end):
        return FAULTY_MEMBERS.match(text, end, clause_end) is not None  # 那良镇有2名村级河长连续两个月未巡河
    return JURISDICTION_COUNT.match(text, end) is not None and not JURISDICTION_WORK.search(text, end, clause_end)


# 区委书记…带队检查…及龙江街道|辖区5处易涝点: the area is where an inspection went, not the township's fault (but
# 检查发现…, 检查情况：…辖区 report what it found)
VISITED_BEFORE = re.compile(r"(?:检查|察看|查看|督导|调研|走访)(?!中?发现|情况)[^，,。；;：:\n]{0,20}$")


def _visited(text: str, start: int) -> bool:
    """A township at `start` is the place an inspection in its clause went to (`VISITED_BEFORE`)."""
    return VISITED_BEFORE.search(text, max(0, start - 30), start) is not None


def _in_contents_line(text: str, position: int, verdicts: tuple[str, ...]) -> bool:
    """Whether `position` lies on a ▲ line of a bulletin's contents, or a ◆ headline of its digest, that states no
    verdict (◆东平镇规范农村集体聚餐管理: 规范 is what the township does)."""
    start = text.rfind("\n", 0, position) + 1
    if not text.startswith(("▲", "◆"), start):
        return False
    end = text.find("\n", position)
    line = text[start : end if end >= 0 else len(text)]
    if line.startswith("◆") and "。" in line:
        return False  # a digest's item written out in sentences, no headline
    return not any(word in line for word in verdicts)
