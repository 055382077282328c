"""The counted object of a count: before or after it, or none (durations, scores, ages, a total of units named)."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import Sequence

from nlp.counts.modifiers import strip_modifiers
from nlp.counts.object_after import PERSON_MEASURES, object_after
from nlp.counts.object_before import ALIAS_BEFORE, duty_at_least, handled_at, held_activity, object_before
from nlp.counts.spans import CountSpan, Span
from nlp.counts.vocabulary import Vocabulary
from nlp.counts.words import CLAUSE_MARKS, Words

_GRADE = re.compile(r"(?:[一二三四五六七八九十]+、)?(?:[A-Z]{1,3}级|优秀|良好|较好|一般|较差)")

# 离, 距 open a distance, up to the length in the same clause (but 隔离带, 撤离, 分离, 远离, 脱离 are other words)
_DISTANCE = re.compile(r"(?<![隔撤分远脱剥])[离距][^，。；;,:：\n]*$")
_DISTANCE_CHARS = 12
SPACING = "间距"
_EXCESS_CHARS = 12  # characters before a length that may hold the level just told and the mark it lies over
# A dimension right after a length (两米多深, 四十多米长的地笼), closing the clause or opening a 的 phrase
_DIMENSION_AFTER = re.compile(r"[深高宽厚长](?:[的，。；、,;)）]|$)")

PERSON_TIMES = frozenset({"人次"})
# 物业公司所管小区3处垃圾收集点: what lies in a place in one's charge is counted after it
IN_ONE_S_CHARGE = ("所管", "所辖", "所属")


def ends_at(ends: Sequence[int], position: int) -> bool:
    """Whether the sorted `ends` hold `position`."""
    index = bisect_left(ends, position)
    return index < len(ends) and ends[index] == position


# 积水 right after a count and before these is what the things counted do, not a thing of its own
WATER_HELD = "积水"
BREEDING = ("孳生", "滋生")


def _thing_after(norm: str, end: int, vocab: Vocabulary, frequency: bool, words: Words | None) -> Span | None:
    """`object_after`, unless what it finds is a verb that takes no object (护林员1名|脱岗: what they did), or
    opens with a verb of origin (3批次|出自这里), an adverb or a verb with its result (官兵六十余人|连夜抢险, 土袋三千余只|
    筑起反滤围井)."""
    found = object_after(norm, end, vocab, frequency, words)
    if found and norm.startswith(VILLAGE_TWICE, found[0]) and found[1] == found[0] + len(VILLAGE_TWICE):
        return found[0], found[0] + 1  # 3个村|村口垃圾堆积: the villages, and a place of each (jieba's 村村, as in 村村通)
    if found and (norm[found[0] : found[1]] in vocab.intransitive_verbs or norm.startswith(vocab.origin_verbs, found[0])
                  or words is not None and not frequency and words.opens_no_noun(found[0])):
        return None
    if found and norm[found[0] : found[1]] == WATER_HELD and norm.startswith(BREEDING, found[1]):
        return None  # 废旧轮胎六十余条|积水孳生蚊虫: what the things do, holding water; they were named before
    return found


VILLAGE_TWICE = "村村"
ON_THE_REGISTER = "在册"
PLACE_PREPOSITIONS = "在为对"  # before where or for whom the counted things are (在萩芦溪源头|11个村)

DISPOSAL_MARKS = frozenset("将把")  # 某店将|5个钢瓶…, 某厂把|3吨废渣…: the unit does something to what follows
LISTED_PLACES_HEAD = "点位"  # (居民小区、集贸市场和村寨点位: a list of kinds of place says what the points are)

SERVED_REACH = 10  # characters of what was served between 为 and the verb (为超期未检钢瓶|充装)


def _served_before(norm: str, start: int, vocab: Vocabulary) -> str | None:
    """The thing named between 为 and a verb of serving right before the count (为超期未检钢瓶充装三十余只), stripped of
    its modifiers, or None (also when no such verb comes right before the count)."""
    verb = vocab.served_verbs.before(norm, start)
    if verb is None:
        return None
    end = start - len(verb)
    opening = norm.rfind("为", max(0, end - SERVED_REACH), end)
    if opening == -1 or any(mark in norm[opening:end] for mark in CLAUSE_MARKS):
        return None
    span = strip_modifiers(norm, opening + 1, end, vocab)
    if span is None:
        return None
    thing = norm[span[0] : span[1]]
    return vocab.nouns.before(thing, len(thing)) or thing  # (超期未检|钢瓶: the thing, not what is wrong with it)


ASKED, RECEIVED = "咨询", "接受"

# 一、表现突出的单位（5个）, 优秀等次（3个）：: a count alone in brackets closing a heading's line tells how many the
# list under it holds, and the list names them; no counted thing (宣传资料（5000份）。 in running text has one)
_HEADING_TALLY_AFTER = ("）\n", "）：", "）:", ")\n", ")：")
_HEADING_CHARS = 16  # characters at most of a heading before its tally


def _heading_tally(norm: str, span: CountSpan) -> bool:
    if span.start == 0 or norm[span.start - 1] not in "（(":
        return False
    closed_at_end = span.end + 1 == len(norm) and norm[span.end] in "）)"
    if not (closed_at_end or norm.startswith(_HEADING_TALLY_AFTER, span.end)):
        return False
    line = norm.rfind("\n", 0, span.start) + 1
    return span.start - 1 - line <= _HEADING_CHARS and not any(mark in norm[line : span.start] for mark in "，,。；;")


def counted_object(text: str, norm: str, span: CountSpan, floor: int, vocab: Vocabulary, after_count: int = -1,
            organisation_ends: Sequence[int] = (), words: Words | None = None) -> str | None:
    """`after_count`: where the count before this one ends, if any; `organisation_ends`: where the named units'
    spans end, sorted (looked up by bisection: a page may name hundreds of units and hold hundreds of counts)."""
    if span.unit in vocab.no_object:
        return next((days for days in vocab.durations_named if norm.endswith(days, 0, span.start)), None)
    if _heading_tally(norm, span):
        return None
    if span.unit in vocab.lengths and norm.startswith(vocab.radius_after, span.end):
        return None  # 考点周边500米内的网吧: a radius
    if span.unit in vocab.lengths and vocab.excess_over_level.search(norm, max(0, span.start - _EXCESS_CHARS),
                                                                    span.start):
        return None  # 涨至23.86米，超过警戒水位|0.86米: how far the level just told lies over the mark
    if (span.unit in vocab.lengths and _DISTANCE.search(norm, max(0, span.start - _DISTANCE_CHARS), span.start)
            and not norm.endswith(SPACING, 0, span.start)):
        return None  # 炉膛离灌木丛不足5米, 钢瓶与灶具距离不足1米: how far apart two things are, no counted thing (but
        # 钢瓶与灶具间距不足1米 names the spacing, a dimension: below)
    if span.unit in vocab.lengths and _DIMENSION_AFTER.match(norm, span.end):
        return None  # 积水已有一米多深, 一千余米深的采煤工作面, 3米宽的隔离带: how deep or wide, no counted thing
    if (span.unit in vocab.lengths and (dimension := vocab.dimensions.before(norm, span.start))
            and not vocab.dimension_verbs.before(norm, span.start)):
        return dimension if len(dimension) > 1 else None  # 坑深五米多, 胶管长三米多: how deep or long it is; 全长
    frequency = span.unit in vocab.frequencies
    if frequency and norm.endswith("连续", 0, span.start):
        return None  # 连续两次排名末位: how many times in a row, not a count of things
    if frequency and (norm.endswith(vocab.reporting_verbs, 0, span.start)
                      or norm.startswith(vocab.frequency_changes, span.end)):
        return None  # 每周通报一次监测结果: what is reported; 由每周两次增加到三次: how often, changed
    if span.unit in vocab.visit_measures and (visit := vocab.visits.before(norm, span.start)):
        return visit  # 完成燃气用户入户安检9.6万余户次: the visits are counted, not the users visited
    if served := _served_before(norm, span.start, vocab):
        return served  # 为超期未检钢瓶|充装|三十余只 → 钢瓶: what was served is named after 为
    before, after_first = object_before(norm, span.start, floor, vocab, after_count, frequency)
    if (before and span.unit in PERSON_TIMES and norm.endswith(ASKED, before[0], before[1])
            and (people := vocab.nouns.before(norm, before[1] - len(ASKED)))
            and people.endswith(vocab.people_endings)
            and norm.endswith(RECEIVED, 0, before[1] - len(ASKED) - len(people))):
        before = before[1] - len(ASKED) - len(people), before[1] - len(ASKED)  # 接受群众咨询|一千二百余人次: the
        # people received are counted (the gold keeps 解答群众咨询 and 受理群众咨询 whole more often than not;
        # 提供法律咨询|一百三十余人次 counts the service)
    if before and norm[before[0] : before[1]] in vocab.times_of_day:
        before = None  # 7月21日傍晚|涨到23.18米: when it rose, not what
    if before and norm[before[1] - 1] in TIME_AFTER:
        before = None  # 彩达村改厕后|六座户厕: a time ("after the toilets were rebuilt"), no counted thing
    # (the place may stand just before the phrase: 每个镇|设监测点5至8个)
    if (before and (set_up := _SET_UP_AT.search(norm, max(0, before[0] - 2), before[1] - 1))
            and set_up.end() > before[0]):
        before = set_up.end(), before[1]  # 在进山路口设|检查站二十七个: the place where the counted things stand
    if before and (peak := _peak_named(norm, before, vocab)):
        before = peak  # 南宛河水位最高上涨2.4米 → 水位: the quantity whose peak rise is given
    if before and norm[before[0] : before[1]] in vocab.quantifiers_alone:
        before = None  # 完成全部|9个村…: the count's noun follows it
    if before and norm.endswith(vocab.teams, before[0], before[1]) and (
            founded := vocab.team_founding.search(norm, max(0, before[0] - 12), before[0])):
        # 组建|入户排查|小分队十九支: the team is named by its task, verb and all
        before = strip_modifiers(norm, founded.start("task"), before[1], vocab) or before
    if before and (handled := handled_at(norm, before)) != -1:
        before = strip_modifiers(norm, handled + 1, before[1], vocab)  # 村民将|秸秆二十余垛…: who handles it
    if frequency and before and before[1] == span.start and duty_at_least(norm, span.start, before[0], vocab):
        return None  # 护林员每天巡山不少于2次: how often a duty is done, no counted thing
    if before and organisation_ends:
        # 被县城管局罚款200元, 寿丰蔬菜市场日均进出货车: a unit inside the phrase acts; the counted thing follows it.
        # So does one the phrase starts inside of (…科技有限公司|蜜柚加工项目计划投资6.8亿元).
        last_inside = bisect_right(organisation_ends, before[1] - 2) - 1  # the last unit ending inside, if any
        if last_inside >= 0 and organisation_ends[last_inside] > before[0]:
            before = strip_modifiers(norm, organisation_ends[last_inside], before[1], vocab)
        # 城南农贸市场2个摊位, 岭南乡一座山塘: right after a unit's name the count counts what follows
        after_first = after_first or ends_at(organisation_ends, span.start)
        if before and norm[before[0] : before[1]] in vocab.acting_verbs and ends_at(organisation_ends, before[0]):
            before = None  # …有限公司投资22亿元: what the company does, not what is counted
        if before and norm[before[1] - 1] in DISPOSAL_MARKS and ends_at(organisation_ends, before[1] - 1):
            before = None  # …的鑫福来烧烤城将|5个液化气钢瓶存放在…: what the unit handles follows the count
    if before and norm.endswith(")", 0, before[0]) and norm[before[0] : before[1]] in vocab.acting_verbs and (
            ALIAS_BEFORE.search(norm, max(0, before[0] - 16), before[0])):
        before = None  # …有限公司（以下简称“温氏股份”）投资3.2亿元: so does a company named by its short name
    if before and not after_first and (norm.endswith(vocab.places_before, before[0], before[1])
                                       or any(w in norm[before[0] : before[1]] for w in IN_ONE_S_CHARGE) or (
            norm.startswith(vocab.members, span.end) and norm.endswith(vocab.groups, before[0], before[1]))):
        # 城区及乡镇58座公厕: where the counted things are, the noun after the count is counted; so is 恶势力犯罪集团
        # 7名成员: the members of the group named before
        after_first = True
    if before and not after_first and norm[before[1] - 1] in LOCATIVE_ENDS and not norm.endswith(
            NOT_LOCATIVE, before[0], before[1]):
        after_first = True  # 冷库里|约40公斤冻肉, 溪边|二十多处洗衣埠头: a place ending in 里, 边…; what is there follows
    if before and not after_first and (span.unit in PERSON_MEASURES or span.unit == "户") and (
            (people := vocab.nouns.at(norm, span.end)) and people.endswith(vocab.people_endings)):
        after_first = True  # 食堂3名从业人员, 该村2名村民, 老旧小区二千余户居民: the people counted follow; before them
        # is where they are
    if before and words is not None and (cut := words.after_last_verb(before[0], before[1])) and (
            before[1] - cut >= 2):
        before = cut, before[1]  # 沟里捡出|农药瓶, 村边留下|取土坑, 已拉走|稻草: a verb the word lists do not hold
    if before and words is not None and (cut := words.after_plain_verb(before[0], before[1])) and (
            before[1] - cut >= 2):
        before = cut, before[1]  # 挂上|救生圈, 新搭|哨棚: a one-character verb right before the nouns
    if before and words is not None and (cut := words.after_opening_verb(
            before[0], before[1], vocab.opening_verbs, vocab.opening_verbs_mistagged)) and before[1] - cut >= 2:
        before = cut, before[1]  # 设|固定摊位九十六个: the verb that opens the phrase
    if before and words is not None and not frequency and span.unit not in PERSON_TIMES and (
            words.verb_ends_at(before[1], span.unit)):
        before = None  # 赵村乡租下|一处废弃的粮库, 乡厨把|4只钢瓶: a verb or preposition before the count takes the
        # noun after it
    if before and before[0] > 0 and norm.startswith(ON_THE_REGISTER, before[0] - 1) and before[1] - before[0] > 2:
        before = before[0] + 1, before[1]  # 登记在册|犬只, 全区在册|渡口: on the register, cut at its 在
    if before and _USED_AT.search(norm, before[0], before[1]):
        before = None  # 在村道边用|2个钢瓶, 后厨用|1个液化气罐: a place and the verb 用; what is used follows
    if before and words is not None and not frequency and words.word_ends_at(before[1], vocab.giving_verbs):
        before = None  # 便民店换|一块砖茶, 门口挂|一块流动牌: so does a verb of giving or placing, whatever jieba tags it
    if before and norm[before[0] : before[1]] in vocab.intransitive_verbs:
        before = None  # 已完工|1870座, 带动就业|2万余人: those that did it are counted, named elsewhere
    if frequency and before and before[1] == span.start and words is not None and words.short_verb_ends_at(
            span.start):
        before = None  # 各镇要把姜窖再查|一轮, 护河员早晚沿河走|一趟, 看了|一遍: how often it was done
    if before and before[1] - before[0] >= 2 and norm[before[1] - 1] == "时":
        peak = next((p for p in vocab.peak_times if norm.endswith(p, before[0], before[1])), "")
        # 白天鹅最多时|超过一万只: what peaked; 巡查队员赶到时|三堆稻草: a clause telling when, the thing follows
        before = (before[0], before[1] - len(peak)) if peak and before[1] - len(peak) - before[0] >= 2 else None
    if (before and not after_first and not frequency and words is not None
            and words.tag_ending_at(span.start) == "v" and not vocab.nouns.before(norm, span.start)):
        # 在河湾看见|三个孩子, 后厨摆放|4个液化气钢瓶: a verb right before the count (jieba's, not listed) takes the noun
        # after it; a noun jieba calls a verb (电鱼行为|九起, 烧烤摊贩|42个) does not
        after_first = True
    thing = None
    if (before and not after_first and not frequency and words is not None and before[0] > 0
            and norm[before[0] - 1] in PLACE_PREPOSITIONS and words.tag_ending_at(before[0]) == "p" and (
                words.noun_word_end(span.end) or vocab.nouns.at(norm, span.end) or not words.starts_word(span.end))
            and (thing := _thing_after(norm, span.end, vocab, frequency, words)) and thing[0] == span.end):
        # 在萩芦溪源头|11个村, 为核心保护区|四百余幢古民居: after a preposition the phrase is where or for whom; a noun
        # right after the count (or glued to its measure word) is what is counted (为果农|200余名授课 counts them)
        after_first = True
    if after_first:
        found = thing or _thing_after(norm, span.end, vocab, frequency, words) or before
    else:
        found = before or _thing_after(norm, span.end, vocab, frequency, words)
    if not found and span.unit in PERSON_TIMES:
        found = held_activity(norm, span.start, vocab)  # 开展包虫病筛查二万六千余人次 → 包虫病筛查
    if frequency and found and found[1] == span.start and (activity := _activity_totalled(norm, span.start, vocab)):
        return activity  # 累计巡河巡湖3400余次: the patrols totalled, not 巡湖 after the verb 巡河
    if frequency and found and found == before and found[1] == span.start and _habitual(norm, found[1], vocab):
        # 村防疫员每周上门一次, 每周抽查送气点一次, 每季度评比一次 (the 每 inside the phrase found): a duty's rhythm
        # counts nothing named, unless a thing follows (每周给学生家长打一次电话); but 每日开展|巡查两次 counts the
        # patrols held. (Where the noun after the count went first, there was none: found is the phrase before it.)
        found = None if after_first else _thing_after(norm, span.end, vocab, frequency, words)
        if not found:
            return None
    if not found:
        return (_quantity_changed(norm, span.start, vocab) or _activity_totalled(norm, span.start, vocab)
                or _topic_had(text, norm, span.start, floor, vocab, after_count, organisation_ends, words))
    a, b = found
    if a >= span.end and words is not None and norm.endswith("其中", 0, span.start) and not words.noun_at(a):
        return None  # 其中一人突然抽筋, 其中2人转往毕节救治: a part of a total, its noun told before (其中5个监测点 names one)
    head = text[b - 1] in vocab.head_only_last and next((h for h in vocab.head_only if text.endswith(h, a, b)), None)
    if head and text[a:b] in vocab.kinds_kept_whole:
        head = None  # 督促整改火灾隐患96处 → 火灾隐患, 破获毒品刑事案件26起 → 毒品刑事案件
    elif head and (hazard := next((k for k in vocab.hazard_kinds_ending if text.endswith(k, a, b)), None)):
        head = hazard  # 排查林区火灾隐患260余处 → 火灾隐患: the kind of hazard, not where it lies
    if not head and text.endswith(LISTED_PLACES_HEAD, a, b) and any(mark in text[a:b] for mark in "、和与及"):
        head = LISTED_PLACES_HEAD  # 居民小区、集贸市场和村寨点位 → 点位: the kinds of place list what the points are
    if head and b - len(head) > a and text[b - len(head) - 1] not in "、和与及":
        # 违规用火案件 → 案件, 铝型材项目总投资 → 总投资, 垃圾乱堆、小广告乱贴问题 → 问题: the kind of thing, not its
        # description (问题和隐患 stays whole)
        a = b - len(head)
    if span.unit in vocab.institution_measures and a >= span.end:
        # 8所学校食堂 → 学校: the institutions counted, not the part of them visited
        b = next((a + len(w) for w in vocab.institutions
                  if text.startswith(w, a) and text[a + len(w) : b] in vocab.institution_parts), b)
    if text[a] in ")）" and b - a > 1:
        a += 1  # 新建（改造）|公厕36座: the verb's alternative in brackets, closed before the object
    if a >= span.end and (tested := vocab.quality_measure.search(norm, a, b + 8)) and tested.start() < b:
        if tested.start() == a:
            return None  # 抽检板鸭六十八批次，2批次过氧化值超标: what the samples failed on, no counted thing
        b = tested.start()  # 1批次月饼菌落总数超标 → 月饼
    if text.endswith(TRAINING, a, b):
        a = _after_audience(text, a, b, vocab)
    return None if _GRADE.fullmatch(norm, a, b) else text[a:b]  # 评为A级的37家、B级152家: grades, no things


TRAINING = "培训"
TRAINING_TOPIC = 2  # characters at least of a training's topic before its 培训 (安全培训, 技能培训)


def _after_audience(text: str, a: int, b: int, vocab: Vocabulary) -> int:
    """Where a training's topic opens after those it is given to (餐饮从业人员|食品安全培训, 居民|燃气安全培训), or `a`."""
    found = ((text.find(w, a, b), w) for w in vocab.training_audiences)
    end = max((at + len(w) for at, w in found if at >= 0), default=a)
    return end if b - len(TRAINING) - end >= TRAINING_TOPIC else a


_CLAUSE_BREAKS = "".join(sorted(CLAUSE_MARKS)) + "\n"
_CLAUSE_START = re.compile(f"[{_CLAUSE_BREAKS}][^{_CLAUSE_BREAKS}]*$")  # the last mark before a position, if any


def _habitual(norm: str, start: int, vocab: Vocabulary) -> bool:
    """Whether the clause up to `start` says how often a duty is done (每周上门, 每天早晚各走), with no activity
    held (每日开展巡查, 举办各类培训班)."""
    clause = _CLAUSE_START.search(norm, max(0, start - 30), start)
    clause_text = norm[clause.start() if clause else max(0, start - 30) : start]
    return "每" in clause_text and not any(verb in clause_text for verb in vocab.holding_verbs)


# 设 (set up) after the place where the counted things stand, inside the phrase before a count (在进山路口设|检查站
# 二十七个, 每个镇设|监测点5至8个, 每个社区和村设|监测点3至5个); not 设立, 设置 and the other words 设 opens, which name
# no place of their own
_SET_UP_AT = re.compile(r"(?:路口|交界处|卡口|道口|入口|出口|镇|乡|村|社区|街道)设(?!立|置|有|施|计|备)")
# Last characters of a place named before a count by what lies in, on or by it (冷库里, 散酒柜上, 溪边, 厂外), and of
# 另外 (和另外|两名护渔员): the counted thing follows. Not of a distance or a time (以外2公里, 晚上3次).
LOCATIVE_ENDS = frozenset("里内上边旁外")
# Such a place, or a doorway or a kitchen, and the verb 用 closing the phrase before a count (村道边用, 档口用, 后厨用):
# jieba glues 用 to the place
_USED_AT = re.compile("(?:[" + "".join(sorted(LOCATIVE_ENDS)) + "口]|后厨|厨房)用$")
NOT_LOCATIVE = ("开外", "以外", "之外", "意外", "额外", "以上", "以内", "之内", "马上", "晚上", "早上")
TIME_AFTER = frozenset("后前")  # last characters of a time phrase (改厕后, 汛期前); no counted thing ends so
PEAK_WORDS = ("最高", "最大")


def _peak_named(norm: str, before: Span, vocab: Vocabulary) -> Span | None:
    """The measured quantity of an object ending in 最高 or 最大 (…河水位最高|上涨2.4米), as its own span."""
    a, b = before
    peak = next((w for w in PEAK_WORDS if norm.endswith(w, a, b)), None)
    if peak is None:
        return None
    end = b - len(peak)
    quantity = next((q for q in vocab.measured_quantities if norm.endswith(q, a, end)), None)
    return (end - len(quantity), end) if quantity else None


_HAVING = re.compile(r"(?:主要|总共|一共|已经|[已只仍还共就都也尚仅])*有$")
# Words jieba tags nouns that before 有 contrast a count with another, naming nothing counted (账上记着两千条，实际只有四百条)
NOT_TOPICS = ("实际",)


def _topic_had(text: str, norm: str, start: int, floor: int, vocab: Vocabulary, after_count: int,
               organisation_ends: Sequence[int], words: Words | None = None) -> str | None:
    """问题有三类, 全县登记在册的地质灾害隐患点有一百七十二处: what a count after 有 numbers is the noun before it,
    when nothing is named after the count (but 仍有3处, 超标的有二十一个: no noun; 峨山镇有2个…, 宏源矿业有限公司有3台…:
    a unit that has them; 新建的14座户厕有5座: some of the things just counted)."""
    having = _HAVING.search(norm, max(floor, start - 6), start)
    if having is None or not (vocab.nouns.before(norm, having.start()) or words is not None and words.tag_ending_at(
            having.start()) == "n" and not norm.endswith(NOT_TOPICS, 0, having.start())) or (
            ends_at(organisation_ends, having.start())):
        return None
    before, _ = object_before(norm, having.start(), floor, vocab)
    return text[before[0] : before[1]] if before and before[0] != after_count else None


def _quantity_changed(norm: str, start: int, vocab: Vocabulary) -> str | None:
    """水位持续上涨，7月8日涨至133.5米: the level a quantity named earlier in the sentence changes to; 江尾镇雨量最大，
    达312毫米 or 最大降雨量出现在黄山头镇，达213毫米: the peak it reaches."""
    if not norm.endswith(vocab.changes_to, 0, start):
        peak = vocab.peak_reached.search(norm, max(0, start - 30), start)
        return (peak.group(1) or peak.group(2)) if peak else None
    sentence = norm.rfind("。", 0, start) + 1
    at, quantity = max((norm.rfind(q, sentence, start), q) for q in vocab.measured_quantities)
    return quantity if at >= 0 else None


def _activity_totalled(norm: str, start: int, vocab: Vocabulary) -> str | None:
    """各级河长累计巡河1.2万余次: a patrol totalled right before its count is what is counted (每月巡河不少于2次, a
    requirement, counts nothing named)."""
    activity = vocab.totalled_activities.before(norm, start)
    return activity if activity and norm.endswith(vocab.totals, 0, start - len(activity)) else None
