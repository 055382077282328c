"""The first pass: each unit takes the stance of the closest cue or heading in its clause, unless it acts, judges,
or only names the place of what is judged.
"""
from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from nlp.patterns import ALIAS_WORDS, ENUMERATOR_FORMS, ITEM_FORMS, FirstOf, OpenedPattern, literal_alternation
from nlp.stance.cues import CLAUSE_END, CLAUSE_MARKS, NUMERAL_NEXT, cue_table, find_cues
from nlp.stance.clauses import (
    AREA_TYPES,
    CLAUSE_OPENING_MARKS,
    M,
    PARAGRAPH_END,
    SENTENCE_END,
    bounds,
    bounds_of_sentence,
    end_of_list,
    in_contents_line,
    opens_after_its_place,
    start_of_list,
)

if TYPE_CHECKING:
    from nlp.units import UnitMention

BUSINESS_COUNT = re.compile(r"(?P<one>一)家|[0-9０-９零〇二两三四五六七八九十百千]+余?家")
MEDIUM = re.compile(r"[“\"《][^”\"》]{0,12}[”\"》]?(?:曝光台|栏目|专栏|榜)")
# (a numbered finding, or a bulleted one, ◆某镇…, opens its clause as the unit does)
SUBJECT_LEAD = re.compile(r"[\s“”◆●■★]*" + ENUMERATOR_FORMS + r"?"
                          r"(其中|同时|此外|另外|(?:(?:检查|暗访|考评|督查|抽查)中?)?发现|(?:检查|暗访|考评|督查|抽查)中)?[，,]?"
                          r"\s*(位于[^，,。；]{1,12}的)?")
PARALLEL_LEAD = re.compile(r"\s*[^，,。；;、\s]{2,14}、")
SPEECH_VERBS = ("要求", "强调", "指出", "表示", "批示")

# An anonymised person's role before the name (当事人刘某某): the person still opens the clause.
ROLE_LEAD = re.compile(r"[\s，,]*(?:当事人|犯罪嫌疑人|嫌疑人|经营者|店主|业主|摊主|户主|驾驶人|违法行为人)?")
PUBLISHING = ("曝光", "公开曝光", "予以曝光", "进行曝光", "集中曝光", "通报", "公示")
# Written before the body a judging is published through (在县融媒体中心曝光, 通过区融媒体中心曝光典型问题)
MEDIUM_BEFORE = ("在", "通过")
REPORTING = ("作出", "提交", "报送", "汇报", "报告", "说明", "书面报送", "书面报告", "书面说明")
# 对县公安局侦办、县人民检察院提起公诉的…案件公开宣判: the bodies that brought the case the court judged
BROUGHT_THE_CASE = ("侦办", "提起公诉", "移送起诉")
# 县纪委监委|立案查处…问题6件: a body opening a case is not judged by it (对鑫源公司|立案调查: the body it is opened on is)
OPENED_A_CASE = ("立案查处", "立案侦查", "立案调查", "立案审查", "查处")

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
    table = cue_table()
    if text.startswith("对", after) and (work := table.own_work_on.match(text, after)):
        after = work.end()  # 某街道对辖区冰雪游乐项目实行…管理: what it does with its own things
    return text.startswith(table.work_verbs, after) and not text.startswith(table.inspecting_verbs, after)


def _acts(text: str, after: int) -> bool:
    table = cue_table()
    actor = table.actor
    end = after
    if text.startswith("对", after) and (close := CLAUSE_END.search(text, after)) is not None and text.endswith(
            table.handling_shortcomings + PUT_RIGHT, after, close.start()):
        return False  # 营盘镇对辖区采石场监管不到位: how it handled its own charge, which the clause judges (县二中对上期
        # 黑榜问题整改彻底: or how it put its own faults right)
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
    if verb and verb.group() in JOINING and RECEIVED_PRAISE.search(text, after, bounds_of_sentence(text, after)[1]):
        return False  # 明化镇联合金穗农机专业合作社…，受到市禁烧办通报表扬: the unit that led the work receives the praise
    return bool(verb) or text.startswith(("要", "在会上", "在检查", "主持", "一行"), after)


JOINING = ("联合",)
PUT_RIGHT = ("整改彻底",)
# A closing verdict the units of the sentence receive (…，受到区河长办通报表扬, 均得到县委肯定)
RECEIVED_PRAISE = re.compile(r"[，,](?:均|都|一并)?(?:受到|得到)[^，,。；;！!\n]{0,24}?(?:表扬|肯定|表彰)")


# Work done for others to judge, not the unit's own: a clause holding one is an inspector's (设立检查卡点, 设置
# 防火检查站: a checkpoint set up is the unit's own work)
JUDGING_WORK = re.compile(r"检查(?![站点卡])|督查|暗访|抽查|抽检|考评|考核|测评|巡查|验收|评估|约谈|通报|督导|复查|核查|执法|回头看")


def _own_work_clause(text: str, after: int, clause_end: int) -> bool:
    """大为镇在墓地集中区设置…, 寸滩街道对辖区48栋高层住宅开展…, 呈坎镇对重点坟地实行…: the unit's clause is its own
    work (a work verb within its first words, no inspection of others in it)."""
    table = cue_table()
    verb = table.work_verb.search(text, after, min(clause_end, after + 20))
    # (桥头镇组织辖区12个社区开展…: a unit leading others; 组织开展“清洁家园”行动 is its own work, an inspection
    # it holds being found by its words)
    leads = verb is not None and verb.group() == "组织" and text.startswith(
        table.organised_inspections, verb.end()) and not text.startswith("开展", verb.end())
    return verb is not None and not leads and JUDGING_WORK.search(text, after, clause_end) is None


def _after_colon(lead: str) -> str:
    """…“红黑榜”：城桥镇、陈家镇…: a list opens after a colon, whatever stands before it."""
    return lead[max(lead.rfind("："), lead.rfind(":")) + 1 :]


HEADING_END = ("：", ":", "”：", "\"：", "的有：", "的有:")  # 黑榜：, “红榜”：, 登上红榜的有：
LISTS = ("红榜", "黑榜")  # (【红榜】新城街道文化社区…；【市一中】…: a list's bracketed heading, opening its line)

# A numbered finding or list item opening next, after any spaces or a line break
ENUMERATOR_NEXT = r"(?=\s*" + ENUMERATOR_FORMS + ")"
# …a list's item, not a report's next section (二、工作要求)
NEXT_ITEM = re.compile(r"\s*(?:" + ITEM_FORMS + ")")
# 督查发现的主要问题：一是…, 现将发现的问题通报如下：（一）…, 二、存在的问题。1．…, 一、存在的问题⏎（一）…: the heading of
# numbered findings, which judges the units they open as a 黑榜 heading does
FINDINGS_HEADING = re.compile(r"(?:发现|存在|主要)[^，,。；;：:\n]{0,12}?问题[^，,。；;：:\n]{0,8}?[：:。\n]" + ENUMERATOR_NEXT)
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
# 二、表现突出的单位。五龙镇实行…，党店镇…。, 表现较好的：…, 工作较好的单位有：…, 一、好的做法。兰阳街道…, 【经验做法】狮泉河镇…, 值得肯定的是，
# 卸甲坪土家族乡…, ◆基层做法, 【街道做法】, ◆经验推介, ◆牧区样板, ◆镇里的办法, 【酒企的做法】, 二、工作亮点, 也有做得好的。
# 东珠农贸市场…；芳桥街道…: a section heading that praises the units its sentence names (a heading line of good ways of
# working, whoever's they are; not a 主要做法 or 具体做法, which opens a body's own report of its work)
# 表现突出的单位（部分）, 表现突出的单位（7个）, 表现突出的个人（3名）: a note in brackets after a heading's list name
HEADING_NOTE = r"(?:（部分）|（[0-9一二三四五六七八九十]{1,3}[个名家位人]）)?"
PRAISE_HEADING = FirstOf(  # (the branches of one alternation, each scanned as fast as its opening allows)
    OpenedPattern(r"做得(?:比较|较)?好的[：:。]", [("也还", "有")]),
    re.compile(r"(?:表现突出|表现较好|表现优秀|工作突出|工作较好|工作优秀|做得较好)的(?:单位和个人|集体和个人|单位|集体|个人|乡镇"
               r"|镇（街道）|乡镇（街道）|村|社区|村（社区）|企业|)" + HEADING_NOTE + r"有?[：:。\n]"),
    OpenedPattern(r"先进(?:集体|单位|个人|村（社区）|村|社区)" + HEADING_NOTE + r"[：:\n]", [("\n、",)]),
    # 一、考核优秀单位⏎麒麟街道、箭盘山街道…: the units a rating found best, listed under their heading
    OpenedPattern(r"(?:考核|考评|测评|年度考核)?优秀(?:单位和个人|集体和个人|单位|集体|个人)" + HEADING_NOTE + r"[：:\n]", [("\n、",)]),
    re.compile(r"(?:好的|经验|典型|基层|街道|乡镇|镇村|社区|村级)做法】?[：:。\n]"),
    re.compile(r"值得肯定的是[，,：:]"),
    OpenedPattern(r"(?:经验推介|典型推介|街道经验|乡镇经验|基层经验|[\u4e00-\u9fff]{0,4}样板)】?\n", [("◆【",)]),
    OpenedPattern(r"(?![^\n]{0,8}?(?:主要|具体))[^\n，,。：:；;▲◆【】]{1,8}?(?:做法|办法|经验|亮点)】?\n", [("\n◆【",)],
                  at_start=True),
)
# …one of which a text holds wherever PRAISE_HEADING matches (a walk over the pattern only where one may)
PRAISE_HEADING_WORDS = ("表现", "工作突出", "工作较好", "工作优秀", "先进", "优秀单位", "优秀集体", "优秀个人", "做法", "做得较好", "有做得", "值得肯定", "推介", "经验", "样板", "办法", "亮点")
LIST_LINE_ENDS = frozenset("：:；;")
# 嘉积镇的|椰海农贸市场, 县第三中学门口的|红星商店: words after a unit that make it the place of the unit after them
OWNERS_PLACE_WORDS = ("的", "周边的", "附近的", "门口的", "门前的")
VERDICT_OPENINGS = ("被", "均被", "并被", "都被", "给予", "予以", "受到", "得到", "获", "作为", "做法", "会议给予",
                    "会议予以", "均予以", "均给予", "均受到", "均得到", "均获", "列入", "均列入", "登上")
AGENT_OPENINGS = ("受到", "得到", "均受到", "均得到")
BUSINESS_DOINGS = ("向", "将", "组织")
# Before a unit that judges or acts with the judged (受到县爱卫会表扬, 提请县纪委监委问责, 联合县城管局清理, 配合县公安局收缴)
AGENT_BEFORE = AGENT_OPENINGS + ("提请", "报请", "移送", "移交", "联合", "会同", "协同", "配合", "做法获")
# After 经 and a unit, how it came to the decision the sentence tells (经区防指研究，决定对以下单位予以通报表扬)
DECIDING_AFTER = ("研究", "审议", "审定", "批准", "同意", "决定")
# After a government body, what it does to the work of others: it gives the verdict, spreads the way of working or
# judges it (予以通报表扬, 打算5月起在全区推开, 已在全县推开这一做法, 认为这个办法…)
JUDGING_AFTER = re.compile(r"予以(?:通报|表扬|批评)|[^，,。；;\n]{0,8}?在全[县区市旗州盟]推[开广]|认为")
# After any unit, a verb of praising it does to others (叶海军称赞社区…, 县妇联评选表彰最美家庭30户): it is the one who
# praises
PRAISING_AFTER = ("称赞", "评选表彰")

PLACE_PHRASE = re.compile(r"[^，,。；;、\s的]{1,10}(?:周边|附近|旁|内|一带|沿线)的")


def _place_of_next(text: str, mentions: list[M], index: int, end: int) -> bool:
    """The mention at `index` (ending at `end`) is followed by a place phrase and 的 right before the next
    mention (铜陵镇|风动石景区周边的|阿海海鲜楼)."""
    if index + 1 >= len(mentions) or text.find("的", end, mentions[index + 1].start) == -1:
        return False
    phrase = PLACE_PHRASE.match(text, end)
    return phrase is not None and phrase.end() == mentions[index + 1].start


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
    return text[bounds(clause_marks, text, cue)[0] : cue + 1].lstrip().startswith("被")


def _shared_verdict(text: str, cue: int, clause_marks: list[int], starts: list[int]) -> bool:
    """The cue at `cue` stands in a clause of its own that opens with 被 (…，被通报批评) or a verdict (…，给予肯定)
    and names no unit."""
    lo, hi = bounds(clause_marks, text, cue)
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
        lo, hi = bounds(sentence_marks, text, end + 1)
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

BODY_TYPES = frozenset({"government", "party"})

OWN_THING_REACH = 6  # characters after a unit's 的 within which another unit's name makes it only that unit's place


def _its_own_thing_opens_a_finding(text: str, mention: UnitMention, start: int, end: int,
                                   mention_starts: set[int]) -> bool:
    """几处问题要马上改：木吉镇中心小学的留样菜只放了一天…；升平社区的转移名单还是去年的: under a heading of findings,
    a unit opening an item with 的 and a thing of its own, not another unit or a business in its area, is the finding.
    Not a township: what follows its 的 is mostly what lies in it (罗汉镇的一处工地)."""
    return (mention.type != "township" and text[start - 1 : start] in ("：", ":", "；", ";")
            and text.startswith("的", end)
            and not any(position in mention_starts for position in range(end + 1, end + 1 + OWN_THING_REACH))
            and not (mention.type in AREA_TYPES and cue_table().business_after.match(text, end + 1)))


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


def _section_headings(text: str, list_lines: list[re.Match[str]]) -> list[tuple[int, int, str]]:
    """(start, end, polarity) of the headings over numbered findings, of the section headings of praise and of the
    lines naming a list (`list_lines`, the text's `LIST_LINE` matches), which judge the units after them as a cue
    followed by ： does."""
    found = [(m.start(), m.end(), "criticized") for pattern in (FINDINGS_HEADING, FINDINGS_LIST)
             for m in pattern.finditer(text)] if "问题" in text else []
    if "发现" in text or "会议指出" in text:
        found += [(m.start(), m.end(), "criticized") for m in cue_table().findings_lead.finditer(text)]
    found += [(m.start(), m.end(), "criticized") for m in FAULTS_LEAD.finditer(text)
              if not any(c[0] < m.end() <= c[1] for c in found)]
    if "通报如下" in text:
        found += [(m.start(), m.end(), "criticized") for m in FINDINGS_ANNOUNCED.finditer(text)
                  if "问题" in text[max(0, m.start() - 24) : m.end()]]
    if any(word in text for word in PRAISE_HEADING_WORDS):
        found += [(m.start(), m.end(), "praised") for m in PRAISE_HEADING.finditer(text)]
    found += [(m.start(), m.end(), "praised" if m.group(1) == "红" else "criticized") for m in list_lines]
    return found


CLAUSE_OR_COLON = re.compile(f"[{CLAUSE_MARKS}：:]")


def _reach_within_clause(text: str, start: int, reach: int) -> int:
    """Where `reach` characters from `start` end, or the clause or a colon ends first (表扬了走马镇和西彭镇的做法：
    走马镇…: the unit after the colon is no thing of theirs)."""
    end = CLAUSE_OR_COLON.search(text, start, start + reach)
    return end.start() if end else start + reach


def judged_by_cues(text: str, mentions: list[M], cues: list[tuple[int, int, str]] | None = None) -> list[M]:
    """The mentions with the stance the cues, headings and faults around each give it (`cues`: the text's, when the
    caller has them)."""
    cues = find_cues(text) if cues is None else cues
    list_lines = list(LIST_LINE.finditer(text)) if "榜" in text else []
    section_headings = _section_headings(text, list_lines)
    if not cues and not section_headings and not _faults_told(text):
        return list(mentions)
    table = cue_table()
    starts = [m.start for m in mentions]
    # A cue inside a unit's name (…示范学校) judges nothing; mentions come in order and do not overlap, so only the
    # last one starting at or before a cue can hold it.
    cues = [c for c in cues if not ((i := bisect.bisect_right(starts, c[0]) - 1) >= 0 and c[1] <= mentions[i].end)]
    clause_marks = [m.start() for m in CLAUSE_END.finditer(text)]
    sentence_marks = [m.start() for m in SENTENCE_END.finditer(text)]
    cue_starts = [c[0] for c in cues]
    headings = [c for c in cues if text.startswith(HEADING_END, c[1]) or (
        text.startswith("】", c[1]) and text.endswith("【", 0, c[0]) and text.startswith(LISTS, c[0]))]
    if section_headings:
        headings = sorted(headings + section_headings)
    # A list's lines may each end in ；, the heading in ：: a line break after either does not end the list, nor does
    # the one closing a heading's own line (一、红榜⏎县民政局…). A numbered item opening the next line or sentence (1．,
    # （二）, 三是) carries the list on.
    heading_ends = {c[1] + text.startswith("】", c[1]) for c in headings}
    paragraph_marks = [m.start() for m in PARAGRAPH_END.finditer(text) if (
        text[m.start()] != "\n"
        or text[m.start() - 1 : m.start()] not in LIST_LINE_ENDS and m.start() not in heading_ends)
        and not NEXT_ITEM.match(text, m.start() + 1)] if headings else []
    list_line_ends = {m.end() for m in list_lines}
    mention_starts = set(starts)
    # where a person's name, or the role written before it, starts
    person_starts = {start for m in mentions if m.type == "person" for start in (m.start, m.start - len(m.title or ""))}
    by_end = {m.end: m for m in mentions}
    result = []
    for index, mention in enumerate(mentions):
        s_lo, s_hi = bounds(sentence_marks, text, mention.start)
        # Every cue that can judge the mention lies in its sentence: only those are looked at.
        sentence_cues = cues[bisect.bisect_left(cue_starts, s_lo) : bisect.bisect_left(cue_starts, s_hi)]
        # 黑榜：大堰镇…满溢；裘村镇…；…。: a list's heading reaches over semicolons to the end of its paragraph
        heading = next((c for c in reversed(headings) if c[1] <= mention.start), None) if headings else None
        if heading and (bisect.bisect_left(paragraph_marks, heading[1])
                        != bisect.bisect_left(paragraph_marks, mention.start)) and not (
                # 一、红榜⏎综合排名前三名…。梧田街道的…公司…；…中学…。: a list's own line heads every sentence of the line
                # under it
                heading[1] in list_line_ends and "\n" not in text[heading[1] + 1 : mention.start]):
            heading = None
        if not sentence_cues and heading is None:
            # no cue in the sentence: nothing judges this unit but the faults of its own (`_faults_of_own`)
            faulted = _faults_of_own(text, mention, bounds(clause_marks, text, mention.start)[1])
            stance = "criticized" if faulted else None
            if stance is None and start_of_list(text, mentions, index) == s_lo:
                stance = _verdict_closing_joined_clauses(text, s_hi, cues, cue_starts, sentence_marks, clause_marks,
                                                         starts, mention_starts)
            result.append(mention if mention.stance == stance else mention.with_stance(stance))
            continue
        list_start, list_end = start_of_list(text, mentions, index), end_of_list(text, mentions, index)
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
        ) or text.startswith(PRAISING_AFTER, list_end) or (
            text.endswith("经", 0, opening) and text.startswith(DECIDING_AFTER, list_end))  # 经区防指研究，决定对…
        anonymised = person and "某" in mention.text
        c_lo, c_hi = bounds(clause_marks, text, mention.start)
        # 对阿红面馆处以罚款, 对销售不合格燃煤的刘某某依法立案, 已向石桥乡下发督办单, 向施工单位某公司下达…: the
        # object of 对 or 向 is acted on, not acting
        object_of_dui = "对" in text[c_lo:list_start] or text.rfind("向", max(c_lo, list_start - 8), list_start) != -1
        # 在县融媒体中心“文明曝光台”栏目, 将在县融媒体中心曝光, 通过区融媒体中心曝光典型问题: where the judging is published
        medium = MEDIUM.match(text, list_end) or (
            text.endswith(MEDIUM_BEFORE, 0, list_start) and text.startswith(PUBLISHING, list_end))
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
            (owner := next((w for w in OWNERS_PLACE_WORDS if text.startswith(w, list_end)), None))
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
            or (_no_unit_between(starts, list_end, bounds(clause_marks, text, c[0])[0])
                # (the body naming the verdict, 受到县鼠防办通报表扬, stands in the verdict's own clause)
                or (opens_clause or leads_its_charge and not _passive_clause(text, c[0], clause_marks))
                and _only_clause_openers(
                text, mentions, starts, list_end, bounds(clause_marks, text, c[0])[0]))
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
                n_lo, n_hi = bounds(clause_marks, text, c_hi + 1)
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
                                                     or opens_after_its_place(text, by_end, list_start)))
                and (not person and (not _owns_what_follows(text, list_end, mention_starts)
                                     or heading[2] == "criticized" and _its_own_thing_opens_a_finding(
                                         text, mention, list_start, list_end, mention_starts)
                                     or mention.type in AREA_TYPES and text.startswith("辖区", list_end) and (
                                         heading[2] == "praised" or _no_unit_between(starts, list_end, c_hi)
                                         and table.business_after.match(text, list_end + 2) is None))
                     # 二、先进个人⏎长安街道党工委书记刘振东、…: a heading of praised persons judges the persons listed
                     or person and heading[2] == "praised" and "个人" in text[heading[0] : heading[1]])):
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
        if stance and ("▲" in text or "◆" in text) and in_contents_line(text, mention.start, table.contents_verdicts):
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

# 宋站镇的丰禾农机专业合作社在作业地块焚烧秸秆, 煤窑乡的永盛砂石料场在河道内非法采砂: a business doing wrong
# somewhere
BUSINESS_AT_FAULT = re.compile(r"在[^，,。；;、]{1,12}?(?:焚烧|非法|违规|违法|超量|私拉|乱倒|倾倒|偷排|直排)")

# 大贾村村民在田间焚烧玉米秸秆, 半坡村村民露天焚烧垃圾: a village's people doing wrong
VILLAGERS_AT_FAULT = re.compile(r"(?:有?[0-9０-９一二三四五六七八九十两]+[户名])?村民[^，,。；;]{0,10}?"
                                r"(?:焚烧|烧荒|私拉|乱倒|乱扔|乱堆|违规|偷排|倾倒|未|聚集)")  # (金华村有2户村民在田间焚烧秸秆)

# 市水利和湖泊局|包保路段绿化带垃圾未清, 区交通局|包保路段公交站台小广告反弹: a body's assigned stretch, and what is
# wrong there
ASSIGNED_STRETCH_AT_FAULT = re.compile(r"包保(?:的)?(?:路段|区域|片区|街巷|小区)[^，,。；;]{0,14}?"
                                       r"(?:未(?!发生|出现|造成|发现)|反弹|积存|堆放|乱|破损|缺失)")

# 蔡公堂乡白定村护林员未在岗, 东郊村防汛应急预案未更新, 英买里村2座公厕无人管护: what the village left undone (未发生火情
# is no fault); 旌介村村道两侧堆放煤矸石约200吨: what lies heaped in it (not where it is heaped on purpose: 统一堆放)
VILLAGE_LEFT_UNDONE = re.compile(r"[^，,。；;、]{0,12}?(?:未(?!发生|出现|造成|发现)|无人(?:管护|值守|保洁|在岗)|不在岗|脱岗"
                                r"|长期(?:闲置|停运)|无巡[河湖山查]记录|(?<!统一|集中|规范|定点|分类|设立|设置)堆放(?![点场区整有的到]))")
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
            or "村" in text and any(word in text for word in ("未", "无人", "不在岗", "脱岗", "闲置", "停运", "记录", "堆放"))
            or ("院" in text or "校" in text or "学" in text) and PREMISES_FAULT.search(text) is not None
            or "在" in text and BUSINESS_AT_FAULT.search(text) is not None
            or "包保" in text and ASSIGNED_STRETCH_AT_FAULT.search(text) is not None)


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
    if mention.type == "government":
        return ASSIGNED_STRETCH_AT_FAULT.match(text, mention.end, clause_end) is not None
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
