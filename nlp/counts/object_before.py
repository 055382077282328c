"""The counted object written before its count (清理各类小广告2000余块 → 小广告)."""
from __future__ import annotations

import re

from nlp.counts.modifiers import strip_modifiers
from nlp.counts.object_after import last_cut, work_on_thing
from nlp.counts.spans import Span
from nlp.counts.vocabulary import Vocabulary
from nlp.counts.words import CLAUSE_MARKS
from nlp.patterns import ALIAS_WORDS

# A-Z: 宾馆、KTV、商超. Possessive: a run that stops short of the end cannot reach it by giving characters back, so
# a start that fails is left at once instead of after a retreat over the whole run.
_PHRASE_BEFORE = re.compile(r"[\u4e00-\u9fffA-ZⅠ-Ⅻ、“”\"()]{1,24}+$")  # (劣Ⅴ类水体: a water grade)

_PHRASE_BEFORE_CHARS = 16  # an object is at most this long unless a verb further back marks its start
_LONG_PHRASE_CHARS = 12  # a phrase between a verb and the count longer than this is more often a place
_HELD_ACTIVITY_CHARS = 10  # 开展|城乡环境卫生集中整治|20余次: how far back 开展 may hold the activity a frequency counts

ALIAS_BEFORE = re.compile(r"\(" + ALIAS_WORDS + r"[^()]{1,12}\)")  # (以下简称“县巩卫办”)

_HEAP_PLACE_ENDINGS = frozenset("边间埂旁头侧滩")  # 路边, 田间, 田埂, 路旁, 地头, 道路两侧, 岸滩: where things are heaped


def object_before(norm: str, start: int, floor: int, vocab: Vocabulary,
                   after_count: int = -1, frequency: bool = False) -> tuple[Span | None, bool]:
    """The noun phrase between the last verb and the number (清理各类小广告2000余块 → 小广告), and whether
    a noun after the count should be preferred (罚没款共计12.6万元 but 志愿服务队共计2689名志愿者)."""
    m = _PHRASE_BEFORE.search(norm, max(floor, start - 24), start)
    if m is None:
        return None, False
    run, base = m.group(), m.start()
    stop = start
    opening = run.rfind("(")
    if opening != -1 and ")" not in run[opening:]:
        inside = run[opening + 1 :]
        if inside and inside not in vocab.post_noun_verbs:
            # 月销售额3万元（按季9万元）: a bracket opened before the count holds it; what stands outside is not its object
            base, run = base + opening + 1, inside
        elif opening:
            # 宣传资料（5000份）, 宣传资料（共5000份）: the noun before the bracket is the object
            run, stop = run[:opening], base + opening
        else:
            return None, False
    alias = ALIAS_BEFORE.search(run)
    if alias:
        # …有限公司（以下简称“温氏股份”）投资3.2亿元: a short name given in brackets ends the name before it
        base, run = base + alias.end(), run[alias.end() :]
        if not run:
            return None, False
    if run[-1] in "、和与及":
        return None, False  # 县妇幼保健院及19家乡镇卫生院: the count opens a new conjunct, its noun follows
    if base == after_count and "、" in run and last_cut(run, run.index("、"), vocab) is None:
        # 106个社区、背街小巷二百一十条: the conjuncts right after the count before are that count's (but
        # 19个村居发动党员、志愿者2100余人次: a verb opens this count's own list)
        cut = run.rindex("、") + 1
        base, run = base + cut, run[cut:]
        if not run:
            return None, False
    elif (base == after_count and run[0] not in "、和与及" and (joint := max(map(run.rfind, "和与及"))) > 0
          and last_cut(run, joint, vocab) is None):
        # 市直63家单位和农贸市场3个: the first conjunct is the count before's; this count's is the one after 和
        base, run = base + joint + 1, run[joint + 1 :]
        if not run:
            return None, False
    if base == after_count and (first := vocab.nouns.at(run, 0)) and len(run) - len(first) >= 2:
        # 拖欠28名农民工工资约46万元 → 工资: the people just counted own what this count counts
        base, run = base + len(first), run[len(first):]
    if work := work_on_thing(run, vocab):
        return strip_modifiers(norm, base + work[0], base + work[1], vocab), True
    cut = last_cut(run, len(run), vocab)
    if cut is None:
        if len(run) > _PHRASE_BEFORE_CHARS:
            # No verb within reach (抽查居民小区、建筑工地和废品收购站42个 has one): the last characters only.
            base, run = base + len(run) - _PHRASE_BEFORE_CHARS, run[-_PHRASE_BEFORE_CHARS:]
        # 30余支志愿服务队一千二百余名志愿者: the words right after a count are that count's object. Otherwise a
        # listed noun right before the number is trusted (现场观众500余人); anything else may be a place name
        # (胜境2个街道), so a noun after the count goes first.
        after_first = base == after_count or not vocab.nouns.before(run, len(run))
        return strip_modifiers(norm, base, stop, vocab), after_first
    verb_start, verb_end = cut
    if verb_end < len(run) and run[-1] in _HEAP_PLACE_ENDINGS:
        verb = run[verb_start:verb_end]
        if verb in ("于", "在") and (heaping := vocab.heaping_verbs.before(run, verb_start)):
            verb, verb_start = heaping, verb_start - len(heaping)
        if verb in vocab.heaping_verbs.words or vocab.heaping_verbs.before(run, verb_end):
            # 将秸秆堆放路边约40吨, 稻草堆放于田埂约20吨, 打捆秸秆露天堆放路边: where the thing lies is no object,
            # the thing heaped is
            earlier = last_cut(run, verb_start, vocab)
            a, b = _heaped_thing(norm, base + (earlier[1] if earlier else 0), base + verb_start)
            return strip_modifiers(norm, a, b, vocab), False
    if verb_end < len(run):
        moved = vocab.people_moved.before(norm, stop) if run[verb_start:verb_end] in vocab.moving_verbs else None
        if (moved and stop - len(moved) > base + verb_end and norm[stop - len(moved) - 1] not in "和与及、"
                and norm[base + verb_end : stop - len(moved)] not in vocab.kinds_of_people_moved):  # (渔民和群众)
            # 转移沿江低洼区域群众1400余户 → 群众: the people moved, wherever they lived
            return (stop - len(moved), stop), False
        # A phrase longer than the usual reach (察看…老街、巫溪至奉节公路沿线3处地质灾害隐患点) is more often a
        # place than the counted thing: a noun after the count goes first.
        long_phrase = len(run) - verb_end > _LONG_PHRASE_CHARS
        return strip_modifiers(norm, base + verb_end, stop, vocab), long_phrase
    # A verb right before the number: 组织2689名志愿者 counts what follows, while after 共计 / 改造 the
    # counted noun may come first (罚没款共计12.6万元, 背街小巷改造12条).
    held = frequency and run[verb_start:verb_end] not in vocab.holding_verbs
    earlier = last_cut(run, verb_start, vocab) if held else None
    if held:
        holder = earlier
        while (holder and run[holder[0] : holder[1]] not in vocab.holding_verbs
               and verb_start - holder[0] <= _HELD_ACTIVITY_CHARS):
            holder = last_cut(run, holder[0], vocab)  # 开展暗访督查4轮, 开展安全生产检查1400余次: the verbs
        if holder and run[holder[0] : holder[1]] in vocab.holding_verbs:  # after 开展 name the activity
            earlier = holder
    if (earlier and run[earlier[0] : earlier[1]] in vocab.holding_verbs
            and verb_start - earlier[1] <= _HELD_ACTIVITY_CHARS):
        # 开展集中清扫30余次, 开展犬只驱虫12轮次: the activity a frequency counts, held by 开展
        return strip_modifiers(norm, base + earlier[1], base + verb_end, vocab), False
    if run[verb_start:verb_end] not in vocab.post_noun_verbs:
        return None, False  # 开展一次大扫除: the activity follows
    if not held:
        earlier = last_cut(run, verb_start, vocab)  # (held: the same cut, found above)
    if (earlier and earlier[1] == verb_start and earlier[0] > 0
            and run[earlier[0] : earlier[1]] in vocab.totals):
        # 降雨量|累计|达486毫米: a total right before the verb; the noun stands before both
        verb_start, earlier = earlier[0], last_cut(run, earlier[0], vocab)
    a, b = base + earlier[1] if earlier else base, base + verb_start
    if earlier and vocab.heaping_verbs.before(run, verb_end):
        a, b = _heaped_thing(norm, a, b)  # 收获后|秸秆露天堆放约80吨
    return strip_modifiers(norm, a, b, vocab), True


def held_activity(norm: str, start: int, vocab: Vocabulary) -> Span | None:
    """The activity right after a holding verb (开展|包虫病筛查|二万六千余人次), when nothing else was found: a count
    of people served counts the service, as a frequency counts what it holds."""
    floor = max(0, start - _HELD_ACTIVITY_CHARS - 4)
    at, verb = max(((norm.rfind(v, floor, start), v) for v in vocab.holding_verbs), default=(-1, ""))
    if at < 0 or any(mark in norm[at:start] for mark in CLAUSE_MARKS) or start - at - len(verb) < 2:
        return None
    return strip_modifiers(norm, at + len(verb), start, vocab)


def duty_at_least(norm: str, start: int, verb: int, vocab: Vocabulary) -> bool:
    """每天巡山|不少于2次, 每周陪餐|不少于1次, 每晚|不少于2次: a minimum after a period and the verb of a duty."""
    if not norm.startswith(vocab.minimum_prefixes, start):
        return False
    return norm[verb:start] in vocab.periods or start - verb <= 4 and norm.endswith(vocab.periods, 0, verb)


# Before a 把 that is a measure word or part of a noun (一把, 两把, 火把, 扫把, 拖把, 车把)
_NOT_HOLDING_BEFORE = frozenset("一二两三四五六七八九十几每火扫拖车刀锁门0123456789")


def handled_at(norm: str, span: Span) -> int:
    """Where the 将 or 把 that brings a thing forward stands inside the phrase `span` (村民将|秸秆, 提前把|独居老人), or
    -1 (将 after an adverb, 即将, or inside a word, 将军, 将乐县, brings nothing forward; nor does 把 in 把关, 一把)."""
    at = norm.rfind("将", span[0] + 1, span[1] - 1)
    if at != -1 and (norm[at - 1] in "即必终行" or norm[at + 1] in "军乐领士"):
        at = -1
    held = norm.rfind("把", max(at, span[0]) + 1, span[1] - 1)
    if held != -1 and norm[held + 1] not in "关握手守控柄式戏" and norm[held - 1] not in _NOT_HOLDING_BEFORE:
        return held
    return at


def _heaped_thing(norm: str, a: int, end: int) -> Span:
    """The thing heaped between `a` and its verb at `end`: past a 后 left by the verb before (收割后|稻草), past the
    将 or 把 that brings the thing forward (合作社将|秸秆堆放路边), which a unit's name may stand before, and before
    the 沿 that says where it lies (秸秆|沿公路露天堆放) or the 露天 that says how (泡沫浮球|露天堆放在岸滩). A 将 or
    把 right before the verb is left to `strip_modifiers`, which drops it from an object's front."""
    if norm.startswith("后", a):
        a += 1  # 收割后|将稻草堆放田间
    handled = max(norm.rfind("将", a, end), norm.rfind("把", a, end))
    if handled != -1 and end - handled > 1:
        a = handled + 1
    along = norm.find("沿", a + 1, end)
    if along != -1:
        return a, along
    return a, end - 2 if norm.endswith("露天", a + 1, end) else end
