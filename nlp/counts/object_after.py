"""The counted object written after its count (2689名志愿者到… → 志愿者)."""
from __future__ import annotations

import re

from nlp.counts.modifiers import after_quoted_label, strip_modifiers, without_quotes
from nlp.counts.spans import Span
from nlp.counts.vocabulary import Vocabulary
from nlp.counts.words import CLAUSE_MARKS, POSITION_WORDS, Words, ends_phrase, makes_noun, noun_suffix

# Runs that may hold an object: ideographs, 、 between coordinated nouns, quotes and brackets.
_PHRASE_AFTER = re.compile(r"[\u4e00-\u9fff“\"‘][\u4e00-\u9fff、“”\"‘’()]{0,15}")  # (‘’: quotes inside a quote)

# A numeral or a quantifier (部分, 其他, 各) after 和 or 、: the next conjunct has a count of its own.
# A second count of the same things right after the first (群众四百二十余户一千三百六十余人)
_COUNT_AHEAD = re.compile(r"[0-9零〇一二两三四五六七八九十百千万]{1,12}[余多]?[户人名个家处座次]")  # (bounded: numeral runs)
_QUANTITY_START = re.compile(r"[0-9一二两三四五六七八九十百千几数]|部分|其他|其余|各")

_BRACKET = re.compile(r"\([\u4e00-\u9fff、]{1,4}\)")

# A village, township or town written as one character: after a measure word of persons it opens a longer word
# (2名村干部, 5名乡厨, 12名村民), as it does in 镇乡 (townships) after any measure word
PLACE_CHARS = frozenset("村乡镇")
RURAL = frozenset({"农村", "乡村"})  # (but 2个城中村|垃圾桶: the urban villages are counted)
WAY_OF_WORKING = ("做法",)  # …的做法给予肯定: a meeting praising the way a unit worked
PERSON_MEASURES = frozenset("名人位")

# Characters that jieba glues to a listed noun but that close no longer noun for a count (村户|厕, 独居|老人家, 乡镇场|镇)
NOT_CLOSING_A_NOUN = frozenset("家户场")

# Words opening a clause that describes the things counted, right after their count and closed by 的 within so many
# characters (3名没有驾驶证的机手, 3名刚从外省回来的租客)
RELATIVE_OPENERS = ("没有", "没", "有", "刚", "正", "被", "从", "来自", "早已", "拒不", "长期", "住在", "过了", "影响")
RELATIVE_CLAUSE_CHARS = 10
# Words opening a clause of what the things counted lack, right after the count and closed by 的 (一名未办健康证的厨师,
# 3家无许可证的作坊): read past to the noun after 的
NEGATED_CLAUSE_OPENERS = ("未", "无")

FACILITY_ENDS = frozenset("点站池箱")  # (堆放点, 收集点, 转运站, 收集池, 收集箱)
HELD_WASTE = "垃圾"  # (建筑垃圾, 生活垃圾)


# 一起非法储存烟花爆竹案件: a case counted by 起 is named by the 案件 that closes its phrase, whatever words tell what
# was done (every such case in the gold takes 案件, 非法采砂涉恶案件 and 销售病死猪肉案件 alike)
CASE_MEASURES = frozenset("起宗")
CASE_NOUN = "案件"
_CLAUSE_RUN = re.compile(f"[^{''.join(sorted(CLAUSE_MARKS))}、\\n]{{2,16}}")  # up to the clause's or the list item's end


def _case_closing_the_phrase(norm: str, pos: int) -> Span | None:
    run = _CLAUSE_RUN.match(norm, pos)
    at = norm.find(CASE_NOUN, pos, run.end()) if run else -1
    return (at, at + len(CASE_NOUN)) if at != -1 else None


def _level_naming(seg: str, i: int, modifier: str, vocab: Vocabulary) -> bool:
    """四十二座|村级|公厕: the level at `i` names the thing after it, which keeps it (`things_named_by_level_after_count`)."""
    return modifier in vocab.levels_naming_crews and seg.startswith(vocab.things_named_by_level_after_count,
                                                                    i + len(modifier))


def object_after(norm: str, pos: int, vocab: Vocabulary, frequency: bool, words: Words | None = None) -> Span | None:
    """The noun phrase right after the measure word: up to its first listed head noun (with coordinated
    nouns and a bracketed alternative, 村（社区）), else up to the first verb or function word, and no further
    than the story's `words` are nouns."""
    m = _PHRASE_AFTER.match(norm, pos)
    if m is None or norm[pos] in "和与及" or norm.startswith(vocab.totals, pos) or _COUNT_AHEAD.match(norm, pos):
        # 机关单位22家和沿街商铺130余家: after 和 a new conjunct opens, with its own count; 护林员六百八十名累计巡山:
        # a total opens what they did; 群众四百二十余户一千三百六十余人: a second count of the same people
        return None
    if norm.startswith("的", pos) and norm.startswith(WAY_OF_WORKING, pos + 1):
        return None  # 快审快判案件九件|的做法: the way the count was reached, no counted thing
    if norm[pos - 1] in CASE_MEASURES and (case := _case_closing_the_phrase(norm, pos)) is not None:
        return case
    seg = m.group()
    if frequency:
        # 一场“健康知识我来答”知识竞赛: the words of a label before the activity end nothing
        label = after_quoted_label(norm, pos, m.end()) - pos
        action = _action_after(seg[label:], vocab, closed=m.end() < len(norm) and norm[m.end()] in CLAUSE_MARKS)
        action = action and action + label
        if action and words is not None:
            action = words.adverb_after_first(pos + label, pos + action) - pos  # 两场寿宴|事先没有报备
        if action == len(seg) and seg.endswith("“") and (close := norm.find("”", m.end(), m.end() + 12)) > 0 and (
                not any(mark in norm[m.end() : close] for mark in CLAUSE_MARKS)):
            # 一次爱国卫生“7个专项行动”集中推进活动: a label holding a number stops the phrase; the activity follows it
            return object_after(norm, close + 1, vocab, frequency, words)
        if action:
            # 一次全覆盖复查, 一次冬季城乡环境卫生大扫除: an activity is counted whole, with its scope and its
            # season; only the quotes around it go (一次“回头看”), and a label before it (一场“七步洗手法”洗手比赛)
            return without_quotes(norm, pos + label, pos + action)
    begin, i, noun_end, conjunction = 0, 0, 0, 0
    while i < len(seg):
        if seg[i] in "、和与及" and _QUANTITY_START.match(seg, i + 1):
            break  # 5处煤矿、四十三家非煤矿山, 一面铜锣和一名预警员: the next conjunct has a count of its own
        if i == begin == 0 and seg.startswith(NEGATED_CLAUSE_OPENERS, i) and words is not None and (
                0 < (rel := seg.find("的", i)) - i <= RELATIVE_CLAUSE_CHARS) and words.noun_at(pos + rel + 1):
            begin = i = rel + 1  # 一名未办健康证的厨师: a clause telling what they lack, then the noun
            continue
        if i - begin >= 2 and not noun_end and vocab.parts_after_noun.at(seg, i):
            if after_place := _past_surrounding_place(seg, begin, i, vocab):
                begin = i = after_place  # (but 2个垃圾中转站|周边, 4所学校|周边: the things counted, whose
                continue  # surroundings follow)
            noun_end = i  # 4家咖啡馆|冷藏食品超期存放: what belongs to the counted thing ends it
            break
        # (416名护林员坚持…, 3家养殖场粪污直排: a word for staff or a place of work ends the noun, listed or not)
        noun = vocab.nouns.at(seg, i) or (noun_suffix(seg, i, vocab) if i > begin
                                          and seg[i - 1 : i + 1] not in vocab.suffix_not_a_noun else None)
        if (noun in PLACE_CHARS and i + 1 < len(seg) and "\u4e00" <= seg[i + 1] <= "\u9fff"
                and (norm[pos - 1] in PERSON_MEASURES or seg.startswith("镇乡", i)
                     or seg[i : i + 2] in vocab.levels_naming_crews)):  # (四十二座|村级公厕: no 村)
            noun = None
        elif (noun in PLACE_CHARS and seg[i - 1 : i + 1] in RURAL and i > begin and words is not None
              and not words.starts_word(pos + i) and words.noun_at(pos + i + 1)):
            noun = None  # 3家农村|商店: the 村 of a word naming the kind of place the counted things are in
        if (i == begin and (modifier := vocab.stop_modifiers.at(seg, i)) and len(modifier) > max(1, len(noun or ""))
                and not _level_naming(seg, i, modifier, vocab)):
            # 12条主要河流: 要 inside the modifier ends nothing (先进个人 is a noun); 3名社区级河长: nor does 社区
            i = begin = i + len(modifier)
            continue
        if (noun and words is not None and (whole := words.noun_word_end(pos + i)) and whole - pos - i == len(noun) + 1
                and whole - pos <= len(seg) and seg[whole - pos - 1] not in NOT_CLOSING_A_NOUN):
            noun = seg[i : whole - pos]  # 3栋居民楼|室温, 4所村小, 一间猪圈: the listed noun opens jieba's (but 村户|厕,
            # 老人家, 乡镇场|镇: one more character there is where they are)
        if noun:
            i += len(noun)
            if after_place := _past_surrounding_place(seg, begin, i, vocab):
                begin = i = after_place  # (校园 a listed noun or not)
                continue
            if (noun.endswith(HELD_WASTE) and (facility := vocab.nouns.at(seg, i)) and len(facility) >= 3
                    and facility[-1] in FACILITY_ENDS):
                i += len(facility)  # 2处建筑垃圾|堆放点: the waste names the place that holds it (but 3个村|垃圾收集池)
            bracket = _BRACKET.match(seg, i)
            if bracket:
                i = bracket.end()
            elif seg.startswith(("”", "\""), i):
                i += 1
            noun_end = i
            # (no 与: what follows it is what the counted things stand near or act with, never more of them, as in
            # 3个零售点与居民住宅未保持安全距离, 12个微型消防站与网格员结对)
            if (i < len(seg) and seg[i] in "、和及" and not _QUANTITY_START.match(seg, i + 1)
                    and not vocab.counted_conjunct.match(norm, pos + i + 1)
                    and not (seg[i] != "、" and vocab.other_conjunct.match(seg, i + 1))):
                if seg[i] == "、" and conjunction:
                    noun_end = conjunction  # 12个社区和农贸市场、餐饮门店: a list after 和 is of other things
                    break
                if seg[i] != "、":
                    conjunction = i
                i += 1
                continue  # 宾馆和饭店 (but 9家宾馆和一个农贸市场: a new count opens)
            break
        if seg[i] == "的" and not noun_end:
            if i > begin and seg.startswith(WAY_OF_WORKING, i + 1):
                noun_end = i  # 每周开展一次防溺水主题班会的做法: what was done, of which the way is praised
                break
            if i > begin and words is not None and words.all_nouns(pos + begin, pos + i):
                noun_end = i  # 5家饭馆的后门通道, 3个寨子的消防水池: the things counted, then a part of them
                break
            begin = i = i + 1  # 后厨脏乱的餐饮店: a relative clause before the noun
        elif word := ends_phrase(seg, i, begin, frequency, vocab):
            # 违规张贴的广告公司: a verb inside a relative clause does not end the phrase
            rel = seg.find("的", i)
            if (i == begin and not noun_end and 0 < rel - i <= RELATIVE_CLAUSE_CHARS
                    and seg.startswith(RELATIVE_OPENERS, i) and words is not None and words.noun_at(pos + rel + 1)):
                begin = i = rel + 1  # 2袋没有标签的工业盐, 3名正准备下河游泳的中学生: a clause describing them
                continue
            if noun_end or rel < 0 or word in vocab.boundaries.words or seg.startswith(WAY_OF_WORKING, rel + 1):
                break  # (为三十余户危房户|落实临时安置的做法: the clause is what was done for them)
            begin = i = rel + 1
        else:
            i += 1
    end = noun_end if noun_end else (i if 0 < i - begin <= 8 else begin)
    if words is not None and end > begin and not noun_end:
        end = words.noun_end(pos + begin, pos + end) - pos
    elif words is not None and end > begin and (verb := words.first_verb_after_noun(pos + begin, pos + end)):
        end = verb - pos  # 民兵|编成|巡林小组, 护士|守着|发热诊室: a verb stops the phrase before a listed noun
    if norm[pos - 1] in BUSINESS_MEASURES:
        end = _before_keeper(seg, begin, end, vocab)
    found = strip_modifiers(norm, pos + begin, pos + end, vocab, after_count=True)
    if found and norm.startswith(NOT_DONE, found[0]) and not norm.startswith(NOT_DONE_LOOKALIKES, found[0]):
        return None  # 灭火器十余具|过期未换: what was left undone with the things counted before, no thing of its own
    return found


NOT_DONE = "未"
NOT_DONE_LOOKALIKES = ("未成年",)  # (2名|未成年人: those counted)


BUSINESS_MEASURES = frozenset("家处间")  # (一家水果店|店主刘某某; but 四十多个野生菌摊主: those counted)


def _before_keeper(seg: str, begin: int, end: int, vocab: Vocabulary) -> int:
    """一家水果店|店主刘某某: where the keeper of the counted shop opens inside the phrase, or `end`."""
    for keeper in vocab.keepers_after_things:
        if (at := seg.find(keeper, begin + 1, end)) != -1:
            end = at
    return end


def _past_surrounding_place(seg: str, begin: int, i: int, vocab: Vocabulary) -> int | None:
    """2家校园周边小卖部 → 小卖部, 三十六家校园周边食品经营户 → 食品经营户: where `seg[begin:i]` is a place things surround
    (校园, 景区) and a location word and a listed noun follow, where the counted things are, then what they are; the
    position after the location word, or None."""
    if seg[begin:i] in vocab.surrounded_places and (place := vocab.any_location.match(seg, i)) and (
            vocab.nouns.at(seg, place.end())):
        return place.end()
    return None


def _action_after(seg: str, vocab: Vocabulary, closed: bool = False) -> int | None:
    """After a frequency (一次, 3轮) the counted thing is an activity, written whole up to the clause's next
    boundary word: 一次鼠密度监测, 一次集中学习. The length of that phrase, or None when it is long (a clause).
    `closed`: the segment ends at a punctuation mark, so a phrase running to its end is the whole activity
    (一次环境卫生集中整治。), and may be longer."""
    i = 0
    while i < len(seg):
        modifier = vocab.stop_modifiers.at(seg, i)
        if modifier and len(modifier) > 1:
            i += len(modifier)  # 一次全覆盖复查: 覆盖 inside the modifier ends nothing
            continue
        noun = vocab.nouns.at(seg, i)
        if noun and len(noun) > 1:
            i += len(noun)  # 一次液化气供应站…: 应 inside the noun ends nothing
            continue
        word = vocab.boundaries.at(seg, i)
        if word and (joined := vocab.joined_activities.at(seg, i)):
            i += len(joined)  # 一次江岸联合巡查: the boundary word opens the activity's last word
            continue
        # a one-character word inside the phrase is part of a longer one (集中清扫, 医共体)
        if word and (i == 0 and len(word) == 1 or i > 0 and (
                len(word) > 1 or word not in POSITION_WORDS and len(seg) - i - 1 >= 2)):
            break  # (一次联合检查: a verb opening the activity is part of it)
        i += 1
    return i if 2 <= i <= 6 or closed and i == len(seg) and i <= 12 else None


def last_cut(run: str, end: int, vocab: Vocabulary) -> Span | None:
    """The rightmost verb or function word ending at or before ``end``, skipping over listed nouns
    (so 行为 is not cut at 为, 慰问金 not at 慰问)."""
    nouns, verbs, probes = vocab.nouns.words, vocab.verbs.words, vocab.cuts
    e = end
    while e > 0:
        for n, is_noun in probes.get(run[e - 1], ()):
            if n <= e and run[e - n:e] in (nouns if is_noun else verbs):
                if not is_noun and run[e - n:e] in vocab.verbs_naming_after_verbs and len(
                        verb := vocab.verbs.before(run, e - n) or "") >= 2 and verb not in vocab.totals:
                    e -= n  # 共设置|测评|点位: after a verb 测评 names the points (共|测评|点位, 累计|测评|点位: it is
                    break  # the verb)
                if not is_noun and run[e - n : e] in vocab.fund_purposes and run.startswith(vocab.funds, e):
                    e -= n  # 河湖|治理|资金: the work names the fund
                    break
                if not is_noun and not makes_noun(run, e, vocab):
                    if n == 1 and (len(vocab.stop_modifiers.at(run, e - 1) or "") > 1
                                   or len(vocab.nouns.at(run, e - 1) or "") > 1):
                        e -= 1  # 有效问卷, 有害垃圾: 有 opens the modifier 有效 or the noun, it is no verb here
                        break
                    return e - n, e
                e -= n  # the longest noun ending here
                break
        else:
            e -= 1
    return None


def work_on_thing(run: str, vocab: Vocabulary) -> Span | None:
    """The thing that work finished on is named after (完成|小麦|收割, 完成|农村户厕问题|整改 → 农村户厕), when `run`
    ends in that work, or None."""
    work = vocab.work_named_after_thing.before(run, len(run))
    if work is None or len(vocab.nouns.before(run, len(run)) or "") > len(work):
        return None  # 完成|核酸检测: the work is a noun of its own, counted as such
    end = len(run) - len(work)
    done = last_cut(run, end, vocab)
    start = done[1] if done else 0
    if done and run[done[0] : done[1]] == "等":  # 完成冲锋舟等|救援装备|检修: the kind after the examples
        done = last_cut(run, done[0], vocab)
    if done is None or run[done[0] : done[1]] not in vocab.completing_verbs:
        return None
    if (fault := vocab.problem_words.before(run, end)) and end - len(fault) >= start:
        end -= len(fault)  # 农村户厕问题|整改: the privies, not their problems
    return (start, end) if end - start >= 2 and run[start:end] not in vocab.verbs.words else None  # (完成|分离|整改)
