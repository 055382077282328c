"""Scope words, quantifiers, labels and quotation marks stripped from around a counted object."""
from __future__ import annotations

import re

from nlp.counts.spans import Span
from nlp.counts.vocabulary import Vocabulary
from nlp.counts.words import CLAUSE_MARKS

_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,3}(?<![返还回离下])(?:镇|乡|县|街道)")  # (外地返乡人员: 返乡, no 乡)
_QUOTED_PREFIX = re.compile(r"[“\"][^”\"]{1,8}[”\"]|‘[^’]{1,8}’")
QUOTE_OPENINGS = ("“", "\"", "‘")  # (‘’: the quotes inside a quoted instruction)

_TIERS_PREFIX = re.compile(r"[县区市乡镇村居街道社组省州旗苏木嘎查、（）()]{2,18}[二两三四五2-5]级")  # 市、镇（乡、街道）、村三级

_SCOPE_ALTERNATIVE = re.compile(r"[\u4e00-\u9fff]{0,4}\([\u4e00-\u9fff]{1,4}\)(?=[\u4e00-\u9fff])")  # 乡镇（街道）|负责人


RIVER_ENDS = frozenset("河江")  # the last characters of rivers' names (淮河, 信江), before the works along them
LIST_MARKS = frozenset("、和")  # marks joining groups in a list (居民和微型消防站队员)


def _drop_modifiers(norm: str, a: int, b: int, vocab: Vocabulary, after_count: bool = False) -> int:
    """Where the object starts once quantifying and scope words are dropped from the front of ``norm[a:b]``
    (`after_count`: the object is written after its count)."""
    nouns, alone = vocab.nouns.words, vocab.modifiers_kept_alone
    while a < b and norm[a:b] not in nouns and norm[a:b] not in alone:  # 先进个人, 占道经营 stay whole
        mod = vocab.stop_modifiers.at(norm, a)
        if not mod or a + len(mod) > b or norm.startswith(vocab.modifier_lookalikes, a) or (
                mod in vocab.qualifying_boundaries and norm.endswith("行为", a, b)) or (
                _opens_a_noun(norm, a, b, mod, vocab)):
            break  # (违规网具 → 网具, but 违规用火行为: what was done against the rules is the counted act)
        if mod in vocab.levels_naming_crews and (
                norm[b - 1] == "队" or norm.endswith(
                    vocab.things_named_by_level_after_count if after_count else vocab.things_named_by_level, a, b)):
            break  # 组建村级保洁队6支: a crew's level names the crew (but 村级河长 → 河长: a post's level describes it)
        a += len(mod)
    return a


def _opens_a_noun(norm: str, a: int, b: int, modifier: str, vocab: Vocabulary) -> bool:
    """The modifier at `a` opens a longer listed noun that ends the object, a conjunct of it or runs into another
    noun (共享单车停放点, 专业技术人员、乡村干部; but 沿河村|民: 沿河 describes the villagers)."""
    noun = vocab.nouns.at(norm, a)
    if noun is None or len(noun) <= len(modifier) or a + len(noun) > b:
        return False
    end = a + len(noun)
    return end == b or norm[end] in LIST_MARKS or vocab.nouns.at(norm, end) is not None


_KIND_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{2,5}|劣?[ⅠⅡⅢⅣⅤ])类(?=[\u4e00-\u9fff]{2})")  # 城市管理类|诉求, 劣Ⅴ类|水体


def _qualifier_at(norm: str, at: int, b: int, vocab: Vocabulary, opening: bool = True) -> str | None:
    """The qualifier opening at `at` that qualifies the thing norm[…:b] after it (问题|户厕, 楼道|杂物), or None; one
    of `qualifiers_opening_only` only where the object opens (`opening`)."""
    return next((q for q, things in vocab.qualifiers_by_first.get(norm[at], ())
                 if norm.startswith(q, at) and norm[at + len(q) : b] in things
                 and (opening or q not in vocab.qualifiers_opening_only)), None)


def strip_modifiers(norm: str, a: int, b: int, vocab: Vocabulary, after_count: bool = False) -> Span | None:
    """Drop quantifying and scope words from the front (各类小广告 → 小广告, 城区农贸市场 → 农贸市场);
    None when nothing, a bare scope word (丹江镇城区) or a lone unlisted character (宣讲团 → 团) is left. Right
    `after_count` a lone character may be a thing of its own (三件事, 九个屯: `lone_nouns`)."""
    nouns = vocab.nouns.words
    while a < b and norm[a] in "、”":
        # 九十二家、沿街商户310余户: the next conjunct's modifiers are dropped too (和乐镇 is a name); 新增“桶边督导”岗位:
        # a quoted label's close, left after the verb inside it
        a += 1
    a = _drop_modifiers(norm, a, b, vocab, after_count)
    if (head := vocab.heads_counted_alone.before(norm, b)) and b - len(head) >= a:
        return b - len(head), b
    if (works := vocab.works_along_rivers.before(norm, b)) and (
            b - len(works) - 1 > a and norm[b - len(works) - 1] in RIVER_ENDS):
        return b - len(works), b  # 淮河、闾河堤防 → 堤防
    passive = norm.rfind("被", a, b)
    if passive >= 0 and (rest := _drop_modifiers(norm, passive + 1, b, vocab)) < b and norm[rest:b] in nouns:
        a = rest  # 被罚款2000元, 另被罚款, 负责人被依法罚款: the fine, not who was fined
    else:
        for at in range(a, b - 1):
            if norm[at] in LIST_MARKS:
                if (qualifier := _qualifier_at(norm, at + 1, b, vocab)) and any(
                        q == norm[a:at] for q, _ in vocab.qualifiers_by_first.get(norm[a], ())):
                    a = at + 1 + len(qualifier)  # 楼顶和阳台|积水容器: the places listed, each one where things lie
                break  # 居民和微型消防站队员: a list of groups, the qualifier describes the last alone
            if qualifier := _qualifier_at(norm, at, b, vocab, opening=at == a):
                # 问题户厕 → 户厕 (问题清单 stays whole); 南山支流河道淤泥 → 淤泥: where the thing lies, named
                # before its qualifier, goes with it
                a = at + len(qualifier)
                break
        for material, topics in vocab.material_topics.items():
            if norm.endswith(material, a, b) and norm.endswith(topics, a, b - len(material)):
                a = b - len(material)  # 登革热防控宣传资料 → 宣传资料
        kind = _KIND_PREFIX.match(norm, a, b)
        if kind and norm[kind.end() - 2] != "分" and LIST_MARKS.isdisjoint(norm[a : kind.end()]):
            # 餐饮住宿类投诉 → 投诉 (垃圾分类投放点 stays whole; 水产品和肉类样品: a list, counted whole)
            a = kind.end()
    obj = norm[a:b]
    if obj not in nouns and vocab.any_location.search(obj):
        # 山塘下游群众 → 群众: a place phrase in front ends at its location word; but one of `naming_locations` opening a
        # conjunct is part of its name (学校食堂和|校外托餐机构: the list is counted)
        cut = max((at + len(w) for w in vocab.location_words if w in obj
                   if not _naming_conjunct(norm, a, (at := norm.rfind(w, a, b)), w, vocab)), default=a)
        if b - cut >= 2:
            a = _drop_modifiers(norm, cut, b, vocab)  # 楼道内|违停|电动自行车: the modifiers after the place go too
            obj = norm[a:b]
        elif cut == b and (last := next(w for w in vocab.location_words if norm.endswith(w, a, b))) in (
                vocab.counted_locations):
            a = b - len(last)  # 排查山洪地质灾害隐患点137处 → 隐患点: the places themselves are counted
            obj = norm[a:b]
        elif cut == b and not any(norm.endswith(w, a, b) for w in vocab.counted_places_whole):
            # 校园周边一家小卖部: a place, the counted thing comes after the count (排查山洪灾害危险区十二处: the danger
            # zones themselves, named by their danger)
            return None
    if obj not in nouns:
        # 大集镇电商销售额 → 电商销售额: a place name in front is not part of the counted thing
        place = _PLACE_PREFIX.match(obj)
        if place and b - a - place.end() >= 2:
            a = _drop_modifiers(norm, a + place.end(), b, vocab)  # 和乐镇最大降雨量 → 降雨量
        if (labelled := after_quoted_label(norm, a, b)) != a:
            a = _drop_modifiers(norm, labelled, b, vocab)  # “场所码”专职查验员 → 查验员: the label's modifiers go too
    tiers = _TIERS_PREFIX.match(norm, a, b)
    if tiers and b - tiers.end() >= 2:
        a = tiers.end()  # 县、乡、村三级河长 → 河长: the levels a post is held at describe it
    conjunct = a
    while a < b and norm[a] in "、和与及":
        a += 1
    if a != conjunct:
        a = _drop_modifiers(norm, a, b, vocab)  # 和沿街商铺130余家 → 商铺
        if norm[a:b] not in nouns:
            a = after_quoted_label(norm, a, b)  # 和“六小”门店一百三十余家 → 门店
    while a < b and norm[b - 1] in "、和与及已":  # 种植面积已达8.6万亩
        b -= 1
    obj = norm[a:b]
    if not obj.isalnum():  # most objects are letters only: no quotes or brackets to see to
        a, b = _outside_labels(norm, a, b, vocab)
        obj = norm[a:b]
        if (unquoted := without_quotes(norm, a, b)) != (a, b):
            a, b = unquoted  # “最美家庭” → 最美家庭; “两违”建筑 keeps its quotes
        elif obj.count("“") != obj.count("”"):
            a += obj[:1] in ("“", "\"")
            b -= obj[-1:] in ("”", "\"")
        if obj.count("(") > obj.count(")") and norm.startswith(")", b):
            b += 1  # 镇（街道）
    if b <= a or vocab.scope_words.before(norm, b) or (
            b - a == 1 and norm[a:b] not in nouns and not (after_count and norm[a:b] in vocab.lone_nouns)):
        return None
    if (b - a > len(WASTE) and norm.endswith(WASTE, a, b) and norm[b - len(WASTE) - 1] not in "和、及与"
            and not norm.endswith(vocab.waste_kinds, a, b - len(WASTE))):
        a = b - len(WASTE)  # 清理沙溪河岸垃圾, 村口积存垃圾 → 垃圾: where it lay (生活垃圾, 积雪和垃圾 stay whole)
    if norm[a:b] in vocab.nouns_opened_by_a_verb and (
            a == 0 or norm[a - 1] in CLAUSE_MARKS or norm[a - 1] in TOTAL_MARKS):
        a += len(vocab.verbs.at(norm, a) or "")  # ，检查卡点四十四个, 共检查卡点一百一十个: the verb and what it took
    return a, b


TOTAL_MARKS = frozenset("共")  # (共检查卡点: in all)

WASTE = "垃圾"


def _naming_conjunct(norm: str, a: int, at: int, word: str, vocab: Vocabulary) -> bool:
    """The location word at `at` is one of `naming_locations` joined to a list by the mark before or after it
    (学校食堂和|校外托餐机构, 仓库、|门店): it names one of the things counted, no place they are in."""
    if word not in vocab.naming_locations:
        return False
    end = at + len(word)
    return at > a and norm[at - 1] in LIST_MARKS or norm[end : end + 1] in LIST_MARKS


def after_quoted_label(norm: str, a: int, b: int) -> int:
    """Where the object starts after the quoted labels in front, modifiers (“美丽庭院”示范户 → 示范户,
    “零彩礼”“低彩礼”婚姻 → 婚姻)."""
    while (norm.startswith(QUOTE_OPENINGS, a) and (quoted := _QUOTED_PREFIX.match(norm, a, b))
           and b - quoted.end() >= 2):
        a = quoted.end()
    return a


def _outside_labels(norm: str, a: int, b: int, vocab: Vocabulary) -> Span:
    """The object without the rest of a label or bracket the phrase began inside of, or a quoted label after it."""
    obj = norm[a:b]
    close = obj.find("”")
    if close > 0 and "“" not in obj[:close] and b - (a + close + 1) >= 2:
        return a + close + 1, b  # “河长+志愿者”巡护点, “互联网+明厨亮灶”设备: the phrase began inside the label
    if (scope := _SCOPE_ALTERNATIVE.match(obj)) and len(obj) - scope.end() >= 2:
        return a + scope.end(), b  # 各乡镇（街道）负责同志 → 负责同志: a scope with its alternative in brackets
    opening = obj.find("“")
    if opening > 0 and obj.endswith("”") and obj.count("“") == 1:
        # 餐饮单位“明厨亮灶”改造150家 → 餐饮单位: a label after a listed noun names what is done to it; after a
        # modifier (or a one-character noun, 农|村) the quoted thing itself is counted (农村“空心房”8326栋 → 空心房)
        return (a, a + opening) if len(vocab.nouns.before(norm, a + opening) or "") >= 2 else (a + opening, b)
    return a, b


def without_quotes(norm: str, a: int, b: int) -> Span:
    """The span without the quotes around it (“回头看”, and ‘回头看’ inside a quoted instruction → 回头看); “两违”建筑
    keeps its quotes."""
    if b - a > 2 and (norm[a] in "“\"" and norm[b - 1] in "”\"" and norm.count("“", a, b) <= 1
                      or norm[a] == "‘" and norm[b - 1] == "’" and norm.count("‘", a, b) == 1):
        return a + 1, b - 1
    if b - a > 1 and norm[b - 1] == "”" and "“" not in norm[a:b]:
        return a, b - 1  # 要求“…开展两次集中清扫”: the quote closes one opened before the count
    if b - a > 1 and norm[b - 1] in "（(":
        return a, b - 1  # 1场坝坝宴（45桌）: a bracket opening what follows is no part of the activity
    return a, b
