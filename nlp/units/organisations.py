"""Organisations closed by a head word (局, 办公室, 小学 …): the walk left from the head, and the parts of bodies."""
from __future__ import annotations

import re
from functools import cache, lru_cache

from nlp.patterns import occurrences
from nlp.segment import NUMERALS
from nlp.units.canonical import county_before
from nlp.units.lexicon import Lexicon, lexicon, place_names
from nlp.units.tokens import (
    GLUE_ADVERBS,
    GLUE_BEFORE_NAME,
    ORDINAL,
    TOKEN_END,
    TOKEN_WORD,
    Candidate,
    WordToken,
    along_the_village_road,
    head_indices,
    seat_after_its_township,
    token_at,
    weak_head_word,
)
from nlp.units.vocabulary import (
    ALIAS_INTRO,
    CJK,
    COUNT_DIGITS,
    COUNTY_LEVELS,
    ENUMERATOR,
    FUNCTION_CHARS,
    GLUED_OPENERS,
    LEVEL_CHARS,
    MOTION_BEFORE_PLACE,
    PAREN,
    PLACE_HEADS,
    PROPER_TAGS,
    PUNCT_BREAK,
    STOP_WORDS,
    a_count,
    glued_negation,
)

LEVEL_ENDINGS = tuple(LEVEL_CHARS)
# What goes on from a known body's short name into a place's name (北大|河, 北大|路, 北大|堤, 北大|湖镇)
PLACE_FEATURE_ENDS = frozenset("河湖堤路街沙桥")
RIVER_IN_A_LIST = re.compile(r"[河江溪](?:[、和及与，,]|等)")  # a river's name closed, and a list going on
# 一家, 两个: a count, where 万家 may be a brand
SMALL_NUMERALS = frozenset(NUMERALS + "两几")
MEASURE_AFTER_NUMERAL = frozenset("家个座所名处间户")
ORDINAL_MARK = "第"
NUMBER_OF_AN_ORDINAL = re.compile(r"[0-9一二三四五六七八九十百零〇]+")
TOWNSHIP_ENDINGS = ("镇", "乡", "街道", "苏木")
STANDALONE_NEVER = frozenset("所处科站台报军馆会")
REGISTERED_COMPANIES = frozenset({"有限公司", "有限责任公司", "股份有限公司"})
BEFORE_A_CLAUSE_S_NAME = frozenset({"x", "uj", "p"})  # punctuation, 的, a preposition
# Stems that make a one-word body generic (有限公司, 分公司): kinds and words of size or place, not names.
NOT_NAME_STEMS = frozenset("有限 股份 有限责任 责任 总 分 子 母 大 小 老 新 本 该 各 全 上级 下属 所属 基层".split())
GENERIC_STEM_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "m", "q", "r", "p", "c", "u", "f", "t"})
DEMONSTRATIVES = frozenset("该 本 此 这 那 其 各 每 这个 那个 这些 那些".split())
# Heads whose names often carry verbs (推进…领导小组办公室): they reach back to a place or county prefix.
COMMITTEE_HEADS = ("领导小组办公室", "领导小组", "指挥部", "委员会", "办公室", "工作组", "专班")
BODY_CLOSES = "办局委）)”"  # the last character of a body's name, or of the short name given it in brackets
ASKING = "请"  # a body asking another to act (县农业农村局已请…合作社到各镇演示), glued to the name after it
CONTACT = re.compile(r"电话|邮箱|[0-9]{3,4}[-—][0-9]{7,8}|[0-9]{7,}")  # not 12309 in (12309检察服务中心)
TERM = re.compile(r"第?[一二三四五六七八九十0-9]+届")


PLACE_OPENED = re.compile(r"[\u4e00-\u9fff]{2,6}?[省市县州旗]")  # 深圳市|公安局: a body's word opened by its place


def _opens_item(tokens: list[WordToken], k: int, text: str) -> bool:
    """tokens[k] opens a clause or a list's item (；天井, 三是|天井)."""
    return (k == 0 or not CJK.match(text, tokens[k].start - 1)
            or ENUMERATOR.fullmatch(tokens[k - 1].word) is not None)


def _extend_left(tokens: list[WordToken], head_index: int, text: str, lex: Lexicon) -> int:
    """Index of the first token of the name whose head is `tokens[head_index]`."""
    first = head_index
    anchored = tokens[head_index].anchor
    # A known name (新华社, 县爱卫办) takes only places and parent bodies before it, never loose words.
    known = len(tokens[head_index].word) > 1 and tokens[head_index].word in lex.known_orgs
    k = head_index - 1
    while k >= 0 and tokens[head_index].end - tokens[k].start <= 30:
        token = tokens[k]
        negated = glued_negation(token.word)
        if negated and first < head_index and tokens[first].tag == "unk":
            return first + 1  # 连续6|天未|清捞|村内: a word jieba did not know after the negation is the duty undone
        if (token.word in GLUE_ADVERBS or token.word in lex.clause_verbs and first < head_index or negated
                or token.tag == "unk" and token.word[0] == "各" and tokens[head_index].head not in PLACE_HEADS):
            break  # 县防指|已|派出|工作组: an adverb opens a clause, no name holds one; nor a verb that takes a body
            # (检查人员|发现|鑫旺|砂石料场, 再|联系|湖鑫|…专业合作社), whatever jieba tags it; nor a negation jieba
            # glued to the word before it (连续4|天未|清扫|村小学); nor 各 that jieba glued to the next word
            # (汛期|内|各非|煤矿|山: each of the non-coal mines; but 格西乡|各日|村 is a village's name)
        if (first == k + 1 and NUMBER_OF_AN_ORDINAL.fullmatch(token.word) and k > 0
                and (tokens[k - 1].word == ORDINAL_MARK or ORDINAL.fullmatch(tokens[k - 1].word))):
            first = k - 1  # 沈阳市|第|120|中学, 第一二|〇|中学: the number of a body's ordinal, cut from its 第
            k -= 2
            continue
        if (token.word in CLOSING_BRACKETS and k >= 3 and tokens[k - 1].word in lex.company_heads
                and tokens[k - 2].word in OPENING_BRACKETS and tokens[head_index].head in lex.company_heads):
            first = k - 3  # 包头钢铁|（|集团|）|有限责任公司: the group, bracketed, inside the company's registered name
            k -= 3
            continue
        if a_count(token.word, tokens[k - 1].word if k > 0 else None):
            break  # 党员干部|近千名|下沉社区, 镇村干部一百二十余|人|逐村: a count, its measure word, opens no name
        if token.head and first == k + 1 < head_index and _preposition_opens(tokens[first]):
            return first  # 市应急管理局|对华|宇|羽绒制品有限公司: the body acts on the company after its 对
        if (_glued_opener(token) and first == k + 1 and tokens[head_index].head in lex.company_heads
                and first < head_index):
            return k  # 对金|福源|酒业有限公司: the preposition glued to the brand (`org_candidates` leaves it out)
        if _glued_opener(token) and token.word[0] == ASKING and (token.head or first < head_index):
            return k  # 官垌镇|请镇|卫生院, 已|请稻|丰源|…专业合作社: one body asks another; the name opens after 请
        if token.word == "集镇" and k > 0 and tokens[k - 1].word.endswith(("镇", "乡")):
            break  # 长桥镇|集镇|农贸市场: the township seat's market, no name of its own (富村|集镇|市场 is one)
        if token.word == "县城" and tokens[k + 1].word == "乡":
            return k  # 县城|乡|环卫…服务中心: the county's 城乡 (town and country) body, cut after 县城
        if _word_before_level(token.word, lex):
            return k  # 卫健局会同区|教育局: nothing left of the conjunction belongs to the name
        if (token.tag == "title" and first == head_index and token.word in lex.weak_titles
                and lex.type_ending_map.get(tokens[head_index].head or tokens[head_index].word) == "social_org"):
            first = k  # 护河志愿者|协会, 网格员|协会: an association of those who hold a post is named by the post
            k -= 1
            continue
        if (token.word == "和" and k >= 2 and len(tokens[k - 1].word) == 1 and first == k + 1 and (
                (tokens[k - 2].anchor or tokens[k - 2].word == "的" and k >= 3 and tokens[k - 3].anchor)
                and tokens[head_index].head in lex.company_heads
                or not CJK.search(tokens[k - 2].word) and (_business_head(tokens[head_index].head, lex)
                                                            or tokens[head_index].head[-1] in "店馆"))):
            # 溧阳|嘉|和|物业服务有限公司, 兰陵街道|的|嘉|和|物业…, 、佳|和|美发店, ，嘉|和|物业…: a brand of two characters
            # whose second is 和
            first = k - 1
            k -= 2
            continue
        if token.word in lex.word_like_county_stems and (tokens[k + 1].anchor or
                tokens[k + 1].word[:1] in COUNTY_LEVELS or tokens[k + 1].word.endswith(("县", "旗"))
                or tokens[k + 1].head and PLACE_OPENED.match(tokens[k + 1].word)):
            return k + 1  # 卫健局会同|区|教育局, 执法局会同|威海市|生态环境局, 会同|深圳市公安局|坪山分局
        if known and not anchored:
            if k >= 2 and tokens[k - 2].anchor and _joins_one_body(tokens, k, head_index, lex):
                first = k - 1  # 县|农牧|和|科技局, 县|自然资源|和|规划局: a known body's name, opened by a place,
                k -= 2  # may still hold a 和
                continue
            if (k >= 3 and tokens[k - 3].anchor and _joins_one_body(tokens, k, head_index, lex)
                    and _field_of_a_name(tokens[k - 2], lex)):
                first = k - 2  # 县|文化|旅游|和|广播电视局: two fields before the 和
                k -= 3
                continue
            if token.word in STOP_WORDS or token.word in FUNCTION_CHARS:
                break  # 成立|暨|特区政府: a conjunction, whatever jieba tagged it
            if token.tag in {"ns", "nt"} or token.tag == "j" and not token.word.endswith("电") or (
                    token.anchor or token.head):  # 日电 is a dateline, 泛美 a name
                first = k
                anchored = token.anchor
                k -= 1
                continue
            break
        if anchored:
            # Left of a place or county prefix only a larger place may stand (云南省曲靖市富源县…, 白沙镇旧县村).
            # a township may stand before the name only if the name holds none yet
            township_ok = token.word.endswith(TOWNSHIP_ENDINGS) and not any(
                t.word.endswith(TOWNSHIP_ENDINGS) for t in tokens[first : head_index + 1])
            if township_ok and _named_business(tokens, first, head_index, lex):
                break  # 淮镇|利民超市, 姚村镇|宏发铸造厂: a business with a name of its own is no part of the township
            if (tokens[head_index].head in lex.company_heads and token.modifier and not token.head
                    and not token.word.endswith(TOWNSHIP_ENDINGS) and token.word not in lex.generic_modifiers
                    and not tokens[first].word.endswith(LEVEL_ENDINGS)):
                first = k  # 湖北|楚玉|绿松石|文化|产业园|有限公司: a company's name may hold a place-like word
                k -= 1
                continue
            if token.word in LEVEL_CHARS and tokens[head_index].head and (
                    first == head_index or not tokens[first].word.endswith(LEVEL_ENDINGS)) and not (
                    k > 0 and tokens[k - 1].word in OWN_LEVEL_PRONOUNS and first == head_index
                    and tokens[head_index].word.endswith(TOWNSHIP_ENDINGS)):
                # (我|县|营上镇: "our county's", no part of the township's name)
                first = k  # 县|林业局: jieba calls the bureau a place; 县|回民|中学: a place-like word opens the name
                k -= 1
                continue
            if token.tag == "ns" and (township_ok or not token.word.endswith(("镇", "乡", "村", "社区", "街道"))) or (
                    token.word in {"中共", "共青团", "团", "国网"}):
                first = k
                k -= 1
                continue
            if len(token.word) >= 2 and (token.word in lex.known_orgs or token.tag == "nt") and token.head:
                # 中国红十字会上海市分会: a named parent body before the place of its branch.
                first = k
                k -= 1
                continue
            if (first == head_index - 1 and len(tokens[first].word) == 1 and tokens[head_index].word in TOWNSHIP_ENDINGS
                    and len(token.word) == 2 and token.tag in {"n", "s", "nz"} and _opens_item(tokens, k, text)):
                return k  # 三是|天井|湖|街道: a noun of two that opens the item, before one character of a place
            break
        if _joins_one_body(tokens, k, head_index, lex):
            first = k
            k -= 1
            continue
        if (token.word.endswith(lex.kind_words) and k + 1 < head_index
                and (tokens[k + 1].tag in PROPER_TAGS or tokens[k + 1].tag == "ns")):
            break  # 台资|企业|九鼎|…|公司: a description before the name, not a part of it
        if token.head and token.word.endswith(TOWNSHIP_ENDINGS) and (
                _named_business(tokens, first, head_index, lex) and not _county_opens_township(tokens, k)
                or tokens[head_index].head in lex.township_area_heads
                or tokens[head_index].word in lex.township_area_heads):
            break  # 淮镇|利民超市, 姚村镇|宏发铸造厂: a business with a name of its own is no part of the township
            # unless the county opens them both (乐安县|增田镇|宏发|屠宰场, its registered name)
            # (and 龙东街道|夜市, 秦山街道|工业园区, 日多乡|检查站 are the street's night market and park and the
            # township's checkpoint, no units)
        if (tokens[head_index].head in lex.company_heads and first < head_index and len(token.word) <= 2
                and all(CJK.fullmatch(ch) for ch in token.word) and not token.head
                and token.word not in STOP_WORDS and token.word not in FUNCTION_CHARS
                and token.word not in lex.clause_verbs and not (
                    token.word[0] in SMALL_NUMERALS and token.word[-1] in MEASURE_AFTER_NUMERAL)  # (上罗镇|一家|…)
                and k > 0 and tokens[k - 1].tag == "ns" and tokens[k - 1].anchor):
            first = k  # 青阳县|鼎盛|建设工程|有限公司, 黑河市|兴|林木业|…: a brand after the place, whatever jieba tagged it
            k -= 1
            continue
        if (token.word in lex.school_forms and k > 0 and (tokens[k - 1].anchor or tokens[k - 1].modifier)
                and lex.type_ending_map.get(tokens[head_index].head or tokens[head_index].word) == "school"):
            first = k  # 塔秀乡|寄宿制|小学, 玛沁县|民族|寄宿制|完全小学: how a school is run, after what names it
            k -= 1
            continue
        if (token.anchor and token.word in lex.generic_modifiers and first < head_index and k > 0
                and tokens[k - 1].anchor):
            first = k  # 沙河口区|城市|建设|管理局: a place-like word of the body's name, after the place
            anchored = True
            k -= 1
            continue
        if token.head and text[token.end : tokens[head_index].end] in lex.unit_facilities:
            break  # 宁园街道|微型消防站: a body's own facility, no unit holding the body
        if (_business_head(token.head, lex) or _business_head(token.word, lex)) and (
                tokens[head_index].head in lex.business_facility_heads
                or tokens[head_index].word in lex.business_facility_heads):
            break  # …热力有限责任公司|换热站, …冻品店|冷库, …搅拌站|料场: a business's station or cold store is its
            # facility, not a unit holding the business (批发部, 搅拌站: jieba's word is the business's ending whole)
        if token.modifier or token.head or _verb_in_name(tokens, k, head_index, lex) or (
                token.word in lex.company_name_verbs and tokens[head_index].head in lex.company_heads) or (
                token.word in lex.body_name_verbs and tokens[head_index].head not in lex.company_heads) or (
                token.tag == "a" and len(token.word) == 1 and k > 0 and tokens[k - 1].tag in PROPER_TAGS
                and tokens[head_index].head in lex.company_heads) or (  # 齐鲁|汇通|新|材料|有限公司
                token.tag == "t" and (tokens[k - 1].tag == "ns" if k > 0 and CJK.search(tokens[k - 1].word) else
                                      token.word[-1] not in TIME_WORD_ENDINGS)  # (，现在|国投…: a time indeed)
                and first < head_index and tokens[head_index].head in lex.company_heads) or (
                # 湖南|中天|物业服务|有限公司, ，中天|建设|集团…: a brand jieba read as a time; ，中|铁十八局…, 河北|中|石|雕塑…:
                # 中 opening a brand (中铁, 中建), where a clause opens or after a place
                token.word == "中" and first == k + 1 and tokens[head_index].head in lex.company_heads
                and (k == 0 or tokens[k - 1].tag == "ns" or not CJK.search(tokens[k - 1].word))):
            first = k
            anchored = token.anchor
            k -= 1
            continue
        if (len(token.word) == 1 and CJK.match(token.word) and k >= 2 and len(tokens[k - 1].word) == 1
                and CJK.match(tokens[k - 1].word)
                and (tokens[k - 1].tag in PROPER_TAGS or not CJK.search(tokens[k - 2].word))
                and (tokens[k - 2].anchor or not CJK.search(tokens[k - 2].word) or tokens[k - 2].word == "的")
                and tokens[k - 1].word not in STOP_WORDS and _business_head(tokens[head_index].head, lex)
                and (first < head_index or tokens[head_index].word != tokens[head_index].head)
                and token.word not in FUNCTION_CHARS and tokens[k - 1].word not in FUNCTION_CHARS):
            first = k - 1  # 凤阳县|鑫|达|石英砂|厂, ，兴|柞|大酒店, 的|鑫|达|洗煤厂: a brand of two characters jieba cut apart
            anchored = False
            k -= 2
            continue
        if (len(token.word) == 1 and CJK.match(token.word) and (k == 0 or not CJK.search(tokens[k - 1].word))
                and first == k + 1 < head_index and len(tokens[first].word) == 1 and token.word not in STOP_WORDS
                and token.word not in FUNCTION_CHARS and tokens[head_index].head in lex.company_heads):
            first = k  # ，兴|柞|大酒店: the brand's first character, at the start of a clause
        if (len(token.word) == 1 and token.tag == "v" and first == k + 1 <= head_index and k >= 1
                and tokens[k - 1].tag == "unk" and len(tokens[k - 1].word) == 2
                and tokens[head_index].head in lex.company_heads
                and (k == 1 or not CJK.search(tokens[k - 2].word))):
            first = k - 1  # ，鸿运|来|物业服务有限公司: a brand of three characters whose last jieba read as a verb
        break
    return first


OWN_LEVEL_PRONOUNS = frozenset({"我", "本", "该"})
OPENING_BRACKETS = frozenset({"（", "("})
CLOSING_BRACKETS = frozenset({"）", ")"})

# Last characters of time words (今年, 现在): a time-tagged word ending so at a clause opening is no brand
TIME_WORD_ENDINGS = frozenset("年月日天周时期季节在后前来")


def _business_head(head: str | None, lex: Lexicon) -> bool:
    """Whether `head` closes a shop's or a company's name (超市, 有限公司); the sets, not `lex.business_heads`, which
    is a sorted tuple for patterns and endswith."""
    return head in lex.shop_heads or head in lex.company_heads


def _named_business(tokens: list[WordToken], first: int, head_index: int, lex: Lexicon) -> bool:
    """The name from `first` to the head is a shop's or a company's with a name of its own (利民超市, 宏发铸造厂),
    not a township's facility (禾川镇农贸市场, 富村镇卫生院)."""
    head = tokens[head_index]
    if not _business_head(head.head, lex):
        return False
    return any(t.tag in PROPER_TAGS and not t.anchor for t in tokens[first:head_index]) or (
        first == head_index and len(head.word) > len(head.head) and head.tag in PROPER_TAGS)


def _county_opens_township(tokens: list[WordToken], k: int) -> bool:
    """A county's name directly before the township at `k`: county, township and business together are the
    registered name of the business (乐安县|增田镇|宏发|屠宰场), kept whole."""
    return k > 0 and tokens[k - 1].anchor and tokens[k - 1].end == tokens[k].start and (
        tokens[k - 1].word[-1] in COUNTY_LEVELS)


def _joins_one_body(tokens: list[WordToken], k: int, head_index: int, lex: Lexicon) -> bool:
    """城市管理和综合执法局, 文化广电和旅游局: the 和 at `k` joins two parts of one body's name, not two units
    (军队|和|检察院)."""
    if tokens[k].word not in {"和", "与"} or k - 1 < 0 or k + 1 > head_index:
        return False
    if _business_head(tokens[head_index].head, lex):
        return False  # 餐饮单位|和|牛羊屠宰场: kinds of business (佳|和|美发店, a brand, is another pass's)
    left, right = tokens[k - 1], tokens[k + 1]
    # (冷链食品|和|农贸市场: a market or a shop closes no body's name)
    right_ok = not right.head or (k + 1 == head_index and len(right.word) >= 3 and not right.anchor
                                  and right.head not in lex.shop_heads)
    return _field_of_a_name(left, lex) and right_ok


def _field_of_a_name(token: WordToken, lex: Lexicon) -> bool:
    """文化, 农牧, 自然资源: a field of work before a 和 inside a body's name."""
    return (token.modifier and not token.head and not token.anchor and token.word not in lex.not_heads
            and token.tag in {"n", "vn", "l", "nz", "j"})


def _verb_in_name(tokens: list[WordToken], k: int, head_index: int, lex: Lexicon) -> bool:
    """香港|终审|法院, 法国|统计|和|经济|研究|中心: a word jieba calls a verb inside a name that a place or proper name opens."""
    token = tokens[k]
    return (token.tag == "v" and len(token.word) == 2 and token.word not in STOP_WORDS and k > 0
            and token.word not in lex.clause_verbs
            and len(tokens[head_index].head or "") >= 2
            and tokens[k - 1].head is None and tokens[k - 1].word not in STOP_WORDS
            and (tokens[k - 1].tag in {"ns", "nt"} or tokens[k - 1].word[-1] not in lex.head_last_chars)
            and (tokens[k - 1].anchor or tokens[k - 1].tag in PROPER_TAGS or (
                # 普陀区|餐饮|烹饪|行业协会: a trade's association, its trade in two words after the place
                k >= 2 and tokens[k - 2].anchor and tokens[k - 1].tag in {"n", "vn"} and tokens[k - 1].modifier
                and tokens[head_index].head.endswith("协会"))))


CAMPAIGN_VERBS = frozenset({"巩固", "创建", "争创", "复审", "推行", "全面推行"})  # 巩固国家卫生县城: a campaign named in a committee
# The level of the honour a campaign seeks (创建|省级|文明城市): part of the campaign, not of the body
CAMPAIGN_LEVELS = frozenset({"国家", "全国", "国家级", "省级", "全省", "市级", "全市"})


def committee_start(tokens: list[WordToken], head_index: int, lex: Lexicon) -> int | None:
    """Committee names carry verbs (推进…领导小组办公室); reach back to a place or county prefix if one is close."""
    k = head_index - 1
    while k >= 0 and tokens[head_index].end - tokens[k].start <= 40:
        word = tokens[k].word
        if word == "的" and k > 0 and tokens[k - 1].word.endswith("感染") and tokens[k + 1].word.startswith("肺炎"):
            k -= 1  # 新型冠状病毒感染的肺炎疫情防控工作指挥部: the name the epidemic had in early 2020
            continue
        if word == "”" and (opening := next((j for j in range(k - 1, max(-1, k - 8), -1) if tokens[j].word == "“"),
                                             None)) is not None:
            k = opening - 1  # 鹿寨县“美丽鹿寨”乡村建设工作领导小组办公室: a campaign's quoted name inside the body's
            continue
        if (any(ch in PUNCT_BREAK for ch in word) or word in GLUE_ADVERBS
                or word in {"的", "了", "是", "在", "对", "由", "为", "把", "被", "将", "向", "从", "先后", "分别"}):
            return None  # 县防指|已|派出|工作组: a clause, not a committee's name
        if tokens[k].tag == "m" and word[-1] in "年月日号":
            return None  # 某某办公厅|1997年12月11日|…委员会: a date between two bodies
        if tokens[k].head and _acts(tokens, k + 1, head_index):
            return None  # 旗农牧局|组织|工作组, 县市场监管局|组成|6个|工作组: the body acts, it names no committee;
            # 县住建局|驻镇|工作组: a team it sent out
        if tokens[k].head and len(tokens[k].word) >= 3 and tokens[k].word in lex.known_orgs:
            return k  # 中国围棋协会青少年发展委员会: a committee of a named body
        if word in {"和", "与", "及"} and k > 0 and tokens[k - 1].head:
            return None  # 德国工商协会和德中委员会: two bodies
        if tokens[k].word in CAMPAIGN_LEVELS and k > 0 and tokens[k - 1].word in CAMPAIGN_VERBS:
            k -= 2  # 江津区巩固|国家|卫生城区工作指挥部: 国家 is part of the campaign, the place is further left
            continue
        if tokens[k].word in LEVEL_CHARS and k > 2 and tokens[k - 1].word == "卫生" and tokens[k - 2].word == "国家":
            k -= 2  # 荣昌区巩固|国家|卫生|区|工作领导小组办公室: the campaign's 国家卫生区, no level of the body
            continue
        if tokens[k].anchor and k > 1 and (tokens[k - 1].word in CAMPAIGN_VERBS or (
                tokens[k - 1].word in CAMPAIGN_LEVELS and tokens[k - 2].word in CAMPAIGN_VERBS)):
            k -= 1  # 船营区创建|全国|文明城市|工作指挥部: the campaign's place words are no prefix of the body
            continue
        if tokens[k].anchor and tokens[k].word not in {"全国"} and tokens[k].word not in lex.generic_modifiers:
            start = k  # (兰考县健康|城市|建设…领导小组办公室: 城市 is no place of the body's)
            while (start - 1 >= 0 and tokens[start - 1].tag == "ns"
                   and tokens[start - 1].word not in lex.word_like_county_stems):  # (督查室|会同|庆安县…办公室)
                start -= 1
            if start > 0 and tokens[start - 1].word in set(LEVEL_CHARS):
                start -= 1
            return start
        k -= 1
    return None


def _acts(tokens: list[WordToken], after: int, head_index: int) -> bool:
    """A verb (or 驻) follows a body at `after`, past words of time and adverbs (县自然资源局|当天|派出|工作组,
    市人民医院|元旦|期间|安排|…专班)."""
    while after < head_index and tokens[after].tag in ("t", "d", "f"):
        after += 1
    return tokens[after].tag == "v" or tokens[after].word[0] == "驻"


def _meaningful(span_tokens: list[WordToken], head: str, lex: Lexicon) -> bool:
    """A span names a unit only with a naming modifier, unless it is a known name itself."""
    last = span_tokens[-1]
    if len(span_tokens) == 1:
        if lex is lexicon():  # one word: the answer depends on the word alone, and words recur
            return _meaningful_word(last.word, last.tag, head)
        return _meaningful_one(last, head, lex)
    return _meaningful_many(span_tokens, head, lex)


@lru_cache(maxsize=65536)
def _meaningful_word(word: str, tag: str, head: str) -> bool:
    return _meaningful_one(WordToken(word, 0, len(word), tag, head), head, lexicon())


def _meaningful_one(last: WordToken, head: str, lex: Lexicon) -> bool:
    """`_meaningful` for a span of one word."""
    weak = weak_head_word(last, head, lex)
    word = last.word
    if word in lex.known_orgs:
        return True
    if word in lex.generic_bodies:
        return False  # 敬老院: jieba tags 敬老 a name, but the word names a kind of home
    stem = word[: len(word) - len(head)]
    if len(stem) >= 2 and (lex.word_tags.get(stem) in {"ns", "nz", "nr", "nrt", "nt", "j"} or stem in place_names()):
        return head not in PLACE_HEADS or stem not in lex.place_honorifics  # 古巴队: a name inside one word
    if weak or (head in lex.weak_heads and word not in lex.head_words):
        return False  # 基里延科, 袁正军: a one-word name closed by 科 or 军 is a person or a place
    if last.tag in {"nr", "nrt", "nrfg"}:
        return False
    if word[:1] in LEVEL_CHARS and len(word) > 1 and (word[1:] in lex.known_orgs or word[1:] in lex.generic_bodies):
        return True  # 县政府, 县公安局
    if word[:1] in LEVEL_CHARS and len(word) >= 3 and len(head) == 1 and head in "局委办厅":
        return True  # 市教委, 县财政局 as one word
    if word in lex.generic_bodies or word in lex.not_heads:
        return False
    if not stem or stem in lex.generic_modifiers:
        return False
    if head in PLACE_HEADS:
        return last.tag in PROPER_TAGS and stem not in lex.place_honorifics and stem not in MOTION_BEFORE_PLACE
    if head == "部" and len(word) == 3 and word in lex.head_words:
        return True  # 教育部, 外交部
    # A one-word name: only names jieba knows or does not know at all (北京大学, 胜境中学), or a name of two
    # characters and more before a body word of two and more (可口可乐公司, 人保公司).
    return last.tag in PROPER_TAGS and len(word) >= 3 or (
        len(head) >= 2 and len(stem) >= 2 and head not in PLACE_HEADS and stem not in lex.generic_modifiers
        and stem not in NOT_NAME_STEMS and lex.word_tags.get(stem) not in GENERIC_STEM_TAGS
    )


def _meaningful_many(span_tokens: list[WordToken], head: str, lex: Lexicon) -> bool:
    """`_meaningful` for a span of several words: the head and the words that name it."""
    last = span_tokens[-1]
    weak = weak_head_word(last, head, lex)
    modifiers = span_tokens[:-1]
    if last.word in STANDALONE_NEVER:
        return False  # 所, 处, 会 … alone after a name are words of their own (李四光函中所)
    if modifiers[-1].word in DEMONSTRATIVES:
        return False  # 该委员会, 本公司: a reference back, not a name
    # 政府 is an nt word to jieba: only a named head or a named modifier anchors (精简政府 is no body).
    has_anchor = any(t.anchor or t.tag == "nt" and t.word not in lex.generic_bodies
                     or t.word in lex.known_orgs for t in span_tokens)
    # 镇 and 乡 in front of a body stand for the township named before (镇卫生院).
    proper = any(t.tag in PROPER_TAGS and t.word not in LEVEL_CHARS and t.word not in lex.generic_bodies
                 for t in span_tokens) or any(t.word in {"镇", "乡"} for t in modifiers)
    if not (has_anchor or proper) and not _named_by_field(span_tokens, head, lex):
        return False  # 地面控制中心, 国际市场, 新政府: no name in front of the head
    if head in PLACE_HEADS and (modifiers[-1].word in lex.place_honorifics
                                or last.word[: -len(head)] in lex.place_honorifics):
        return False  # 卫生镇, 健康村: an honour, not a name
    if all(t.word in lex.generic_modifiers or t.word in lex.generic_bodies for t in modifiers) or (
            "".join(map(TOKEN_WORD, modifiers)) in lex.generic_modifiers
            or "".join(map(TOKEN_WORD, span_tokens)) in lex.generic_modifiers):
        return False  # 各|苏木|镇|中心校: words that together are generic (苏木镇 = townships)
    if last.word in lex.household_businesses and all(
            t.word.endswith(TOWNSHIP_ENDINGS) or t.word[-1] in COUNTY_LEVELS for t in modifiers):
        return False  # 麻洞川镇|农家乐: the farm stays of a township, none named
    if modifiers[-1].word in lex.abstract_modifiers.get(last.word, ()):
        return False  # 国际|外汇|市场, 信息技术|市场: the economy's market, not a marketplace
    placed_market = len(modifiers) >= 2 and modifiers[-1].word in lex.market_place_words and (
        modifiers[-2].tag in {"ns", "nz", "nt", "j", "unk"})
    if last.word in lex.place_named_heads and not placed_market and (
            modifiers[-1].tag not in {"ns", "nz", "nt", "j"} or modifiers[-1].head):
        return False  # 中国|艺术品|市场, 网络|代购|市场: a trade, not a marketplace (城西|市场 is one)
    parent = any(t.head for t in modifiers)  # 海南公司飞行部, 城关人民医院宣传科: a part of a named body
    placed = weak and any(t.tag == "ns" or t.anchor for t in modifiers)  # 湘潭电机总厂, 国际狮子会
    if (last.word in lex.weak_heads or last.word == "办" or weak) and not parent and not placed and not (
        _proper(modifiers[-1]) or len(modifiers) >= 2 and _proper(modifiers[-2]) and len(modifiers[-2].word) == 2
        and modifiers[-1].tag == "n"
        and len(modifiers[-1].word) >= 2 and modifiers[-1].word not in lex.generic_modifiers
        # 鑫|达|洗煤厂: a brand of two characters jieba cut apart, the first read as a name
        or len(modifiers) >= 2 and len(modifiers[-1].word) == 1 and len(modifiers[-2].word) == 1
        and _proper(modifiers[-2]) and CJK.match(modifiers[-1].word) is not None
    ):
        return False  # 党, 队, 烧烤店 close only a proper name, or one and the trade it names (顺通|液化气|供应站)
    if last.word.endswith(COMMITTEE_HEADS) and not has_anchor:
        return False  # 志愿服务领导小组: a committee without a place or parent body is generic
    return True


def _proper(token: WordToken) -> bool:
    return token.tag in PROPER_TAGS and token.word not in LEVEL_CHARS


def _named_by_field(span_tokens: list[WordToken], head: str, lex: Lexicon) -> bool:
    """语文出版社, 农业保险公司, 武术管理中心: a field of work names a body whose own word is long and specific."""
    last, modifiers = span_tokens[-1], span_tokens[:-1]
    field_head = last.word in lex.field_named_heads  # 摄影家|协会, 警察|工会
    return (
        len(head) >= 2 and (len(last.word) >= 3 or field_head) and len(modifiers) <= 2
        and (last.word not in lex.generic_bodies or field_head) and last.word not in lex.not_heads
        and not last.word.endswith(COMMITTEE_HEADS)
        and all(t.tag in {"n", "nz"} and len(t.word) >= 2 and t.word not in lex.generic_modifiers for t in modifiers)
    )


NAME_JOINERS = frozenset("·•・‧—－")
FOREIGN_NAME_TAGS = frozenset({"unk", "nr", "nrt", "nrfg", "nz", "eng"})


def _joined_name_start(tokens: list[WordToken], first: int) -> int:
    """阿尔法·贝塔公司, 诺瓦—维塔集团: two transcribed names joined by a dot or a dash make one company's name."""
    while (first >= 2 and tokens[first - 1].word in NAME_JOINERS and tokens[first].tag in FOREIGN_NAME_TAGS
           and tokens[first - 2].tag in FOREIGN_NAME_TAGS and tokens[first - 2].head is None):
        first -= 2
    return first


def _glued_opener(token: WordToken) -> bool:
    """对金, 向鑫: a word jieba guessed of a preposition and a brand's first character."""
    return token.tag == "unk" and 2 <= len(token.word) <= 3 and token.word[0] in GLUED_OPENERS


def _preposition_opens(token: WordToken) -> bool:
    """对华, 向阳: a word of two characters opening with a preposition, which after a body's name is the body's verb
    and the first character of a brand."""
    return len(token.word) == 2 and token.word[0] in GLUE_BEFORE_NAME


def _word_before_level(word: str, lex: Lexicon) -> bool:
    """会同县, 和县 as jieba cuts 该局会同|县商务局 and 沱江镇和|县民族中学: a word ("together with", "and") that with
    the level character after it happens to spell a county's name."""
    return len(word) >= 2 and word[-1] in COUNTY_LEVELS and word[:-1] in lex.word_like_county_stems


def _registered_company(tokens: list[WordToken], first: int, i: int, lex: Lexicon) -> bool:
    """塞上|燃气|有限公司, ，天|和|物业|服务|有限公司: a registered company is named whatever words its name is made of
    (a generic reference says 物业公司, not …有限公司), when the name opens after punctuation, 的 or a preposition;
    one opening anywhere else has lost its brand to the walk (好邻居|物业服务有限公司)."""
    # (宏远|煤业|有限责任|公司: jieba may cut the ending in two)
    ending = 1 if tokens[i].word in REGISTERED_COMPANIES else 2 if (
        i > 0 and tokens[i].word == "公司" and tokens[i - 1].word + "公司" in REGISTERED_COMPANIES) else 0
    return (ending > 0 and i - first >= ending + 1 and tokens[first].word not in lex.generic_modifiers
            and (first == 0 or tokens[first - 1].tag in BEFORE_A_CLAUSE_S_NAME))


def _inside_brands(text: str, brands: tuple[str, ...]) -> frozenset[int]:
    """The positions inside the state companies' `brands` written in `text` (国|网: 1 after its 国), where no word of
    a name ends (该镇联合国|网叶县供电公司: jieba's 联合国 holds the 国 of 国网)."""
    return frozenset(start + k for brand in brands for start, _ in occurrences(text, brand)
                     for k in range(1, len(brand)))


def org_candidates(tokens: list[WordToken], text: str, lex: Lexicon, freq: dict[str, int],
                    own_county: str | None = None, heads: list[int] | None = None) -> list[Candidate]:
    """`heads`: the indices of the tokens that close a name, when the caller has them (`head_indices`)."""
    candidates: list[Candidate] = []
    brands = tuple(brand for brand in lex.state_brands if brand in text)  # (longest first, as the lexicon has them)
    inside_brands = _inside_brands(text, brands) if brands else frozenset()
    for i in head_indices(tokens) if heads is None else heads:
        token = tokens[i]
        if along_the_village_road(token, text):
            continue
        if (token.word in lex.known_names and len(token.word) == 2
                and text[token.end : token.end + 1] in PLACE_FEATURE_ENDS):
            continue  # 北大|沙河, 滹沱河北大|堤, 北大|湖镇: a body known by a short name of two opening a river, road or town
        if token.head in ("乡", "镇") and RIVER_IN_A_LIST.match(text, token.end):
            continue  # 沿茅洲河、西乡|河和新圳河: a river named after a township, in a list of rivers (but 大同镇|河长)
        if seat_after_its_township(tokens, i, text):
            continue
        if token.end in inside_brands:
            continue  # 该镇联合国|网叶县供电公司: jieba's 联合国 holds the 国 of 国网
        head = token.head
        first = _extend_left(tokens, i, text, lex)
        if token.word.endswith(COMMITTEE_HEADS):
            reach = committee_start(tokens, i, lex)
            if reach is not None and reach < first:
                first = reach
        # Drop leading generic words (各, 县直, 有关) that the walk may have crossed.
        while first < i and tokens[first].word in lex.generic_modifiers and not (
                tokens[first].word == "县城" and tokens[first + 1].word == "乡"):  # 县|城乡 cut as 县城|乡
            first += 1
        if len(head) > 1:
            first = _joined_name_start(tokens, first)  # 伊万·彼得连科 is a person, not a 科
        span = tokens[first : i + 1]
        if not _meaningful(span, head, lex) and not _registered_company(tokens, first, i, lex):
            continue
        if first > 0 and tokens[first - 1].word.endswith("届") and TERM.fullmatch(tokens[first - 1].word):
            first -= 1  # 第六届|全国人大: a body's term is part of its name
            if first > 0 and tokens[first - 1].head and tokens[first - 1].word in lex.known_orgs:
                first -= 1  # 政协|第五届|全国委员会: and so is the parent body before the term
        start = county_before(text, tokens[first].start, freq, own_county)
        if brands:
            start -= len(next((b for b in brands if text.endswith(b, 0, start)), ""))  # 国网|叶县供电公司
        if len(span) > 1 and (_glued_opener(span[0]) or first > 0 and tokens[first - 1].head
                              and _preposition_opens(span[0])):
            start = span[0].start + 1
        lead = span[0].word
        after_body = first > 0 and (tokens[first - 1].head or tokens[first - 1].word[-1] in BODY_CLOSES)
        if len(span) > 1 and _word_before_level(lead, lex) and (lead != own_county or after_body):
            # 该局|会同县|商务局, 沱江镇|和县|民族中学 as jieba cuts them: "together with / and the county's …"; in
            # 会同县 itself, so right after a body (县林业局|会同县|应急管理局, 县燃气整治|办|会同县|住建局, （以下简称
            # “县防溺水办”）|会同县|教育局)
            start = span[0].end - 1
        candidates.append(Candidate(start, token.end, "org"))
    return candidates


PART_NAME_TAGS = frozenset({"n", "nz", "vn", "unk", "j", "ns", "nt", "l", "eng"})
MAX_PART = 10  # characters of a department's name after its parent body


@cache
def _last_chars(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word[-1] for word in words)


def parts_of_bodies(candidates: list[Candidate], tokens: list[WordToken], text: str, lex: Lexicon) -> list[Candidate]:
    """A department written right after its named parent body (某某大学|园艺|系, 某某部|规划司) is one unit with it: a
    few naming words closed by a department's ending (`part_heads`). A bare ending needs a naming word before it."""
    last_chars = _last_chars(lex.part_heads)
    # Only a candidate with a department's last character close after it can have a department.
    ends = {c.end: c.start for c in candidates
            if c.kind == "org" and not last_chars.isdisjoint(text[c.end : c.end + MAX_PART])}
    if not ends:
        return []
    found = []
    # The tokens that end a candidate, found by bisection rather than by testing every token.
    closing = {i for end in ends if (i := token_at(tokens, TOKEN_END, end)) is not None}
    for i in sorted(closing):
        k = i + 1
        while k < len(tokens) and tokens[k].end - tokens[i].end <= MAX_PART:
            word, tag = tokens[k].word, tokens[k].tag
            if word in lex.part_heads:
                if k > i + 1:  # 农村|水利|司: a bare ending, whatever its tag
                    found.append(Candidate(ends[tokens[i].end], tokens[k].end, "org"))
                break
            if (tag not in PART_NAME_TAGS or word in STOP_WORDS or len(word) > 2 and word in lex.known_orgs
                    or word in lex.generic_modifiers and (tag not in {"n", "ns"} or word[0] == "全")
                    or tag == "unk" and (len(word) >= 4 or word[0] in FUNCTION_CHARS)
                    or _word_before_level(word, lex)):
                break  # 某某部|经商|外交部: a body of its own, not a department; 农村 may name one (农村水利司);
                # 县人民医院|提前完成|胸痛中心, 区消防救援大队|对鑫|…洗浴中心: a phrase jieba glued is a clause;
                # 剑河县旅游局|和县|海事处: "and" and the next body's level
            if word.endswith(lex.part_heads):
                if word not in lex.not_heads:  # 某某公司|干部: a word, not a department
                    found.append(Candidate(ends[tokens[i].end], tokens[k].end, "org"))
                break
            k += 1
    return found


def county_branches(candidates: list[Candidate], text: str, county: str) -> list[Candidate]:
    """盐城市公安局|亭|湖|分局: a prefecture's bureau and its branch in the county, named by the county with or without
    its level, are one unit however jieba cut the county's name."""
    names = (county, county[:-1]) if len(county) > 2 else (county,)
    return [Candidate(c.start, c.end + len(name) + 2, "org") for c in candidates
            if c.kind == "org" and text.endswith("局", c.start, c.end)
            for name in names if text.startswith(name + "分局", c.end)]


# 县防火办, 市整治办, 区蓝天办: an office named by its task, written after its level; 办 closes the name when no
# common verb ends there (县里举办, 市里承办).
# The level comes first and the test of the character before it after (two back from past the level, . being the
# level): the same matches, but the engine skips to the next level character instead of trying every position.
LEVEL_OFFICE = re.compile(r"[县市区旗](?:(?<![\u4e00-\u9fff].)|(?<=[由对向经被与和及同报到送].))([\u4e00-\u9fff]{2,5}?)办")


def level_offices(text: str, freq: dict[str, int]) -> list[Candidate]:
    return [Candidate(m.start(), m.end(), "org") for m in LEVEL_OFFICE.finditer(text)
            if not any(ch in FUNCTION_CHARS for ch in m.group(1)) and freq.get(text[m.end() - 2 : m.end()], 0) < 100
            and not any(ch in "局委厅院" for ch in m.group(1))  # (县公安局|侦办: a body, then its verb)
            and freq.get(text[m.end() - 1 : m.end() + 1], 0) < 100]  # (区住建局|办结率, 县卫健委|办公区)


def affiliated(candidates: list[Candidate], text: str) -> list[Candidate]:
    """福建医科大学附属协和医院: a body attached to another is named with it, as one unit."""
    ends = {c.end: c for c in candidates if c.kind == "org"}
    return [Candidate(ends[c.start - 2].start, c.end, "org") for c in candidates
            if c.kind == "org" and c.start - 2 in ends and text.startswith("附属", c.start - 2)]


def aliased_names(candidates: list[Candidate], text: str, lex: Lexicon) -> list[Candidate]:
    """…领导小组办公室（以下简称“区分类办”）: the short name is a unit in the brackets and wherever it is written after,
    however the segmentation cut it (区分|类|办). A company's short name need not end like a body (…建筑工程有限公司
    （以下简称“鲁诚建工”））: the name just before the brackets says what it stands for."""
    found = []
    named_before = {c.end for c in candidates if c.kind == "org"}
    for intro in ALIAS_INTRO.finditer(text):
        alias = intro.group(1)
        if alias[-1] not in lex.head_last_chars and intro.start() not in named_before:
            continue  # 以下简称“两个行动”: a short name of something else
        found += [Candidate(start, end, "org") for start, end in occurrences(text, alias, intro.start(1))]
    return found


MEASURE_IN_BRACKETS = frozenset("张块个次人件处名家条")  # 2000余块（张）: an alternative measure word
# The stretch after a name that may hold a branch: up to nine characters before a break or a bracket.
NEW_OR_OLD_CAMPUS = frozenset({"新校区", "老校区"})
BRANCH_PARENT_ENDINGS = frozenset("店馆司厂行楼学场厦")
BRANCH_WORD_GOES_ON = frozenset("铺外内面主员长家")  # 店铺, 店外, 店长: the branch word is part of another word
NEGATIONS = frozenset("未不没")
BRANCH_TAIL = re.compile("[^" + re.escape("".join(sorted(PUNCT_BREAK)) + "（(") + "]{0,9}")


FIGURE_IN_BRACKETS = re.compile(r"^[0-9０-９.．]+(?:[%％]|分|个|人|家)?$")
# 黑榜：某村（村内塘口漂浮垃圾约3吨）、某村（旱厕5座未改造）: what was found there, in brackets after the name
# (12309检察服务中心 is part of the name)
# (联合街道（四十八处）: the findings counted in Chinese numerals too)
FINDING_IN_BRACKETS = re.compile(rf"[{COUNT_DIGITS}.]+[余多]?"
                                 r"(?:个|处|座|吨|名|家|户|条|块|起|次|人|辆|只|间|件|米|公斤|平方米)|未|不")


# A residents' committee written after its community's name is the community itself (canonical drops it), as the
# gold marks it 26 times; a village's 村委会 after its 村 stays out (枫林村|村委会未按要求…: both marks). Longest first.
PLACE_COMMITTEES = ("居民委员会", "居委会")


def extend_right(text: str, end: int, lex: Lexicon) -> int:
    """A residents' committee (同济新村|居委会), a parenthesised part (警务亭) or a branch (金城路店, 办证大厅) right
    after a name belongs to it."""
    if text.endswith(("村", "社区"), 0, end) and (
            committee := next((c for c in PLACE_COMMITTEES if text.startswith(c, end)), None)):
        return end + len(committee)
    match = PAREN.match(text, end)
    if match and (match.group(1)[0] in LEVEL_CHARS or match.group(1) in lex.known_orgs):
        return end  # 富源县第二小学（县二小）: an abbreviation introduced in brackets
    if match and not ALIAS_INTRO.match(text, end) and match.group(1) not in MEASURE_IN_BRACKETS and (
            not CONTACT.search(match.group(1))) and not FIGURE_IN_BRACKETS.search(match.group(1)) and (
            not FINDING_IN_BRACKETS.search(match.group(1))) and (
            not match.group(1).startswith(("设在", "挂靠"))):
        # （联系电话0578-8061234）, 河西镇（96.2%）: a contact or a figure is no part of the name, nor where an
        # office sits (…领导小组办公室（设在县卫健委）)
        end = match.end()
    stop = BRANCH_TAIL.match(text, end).end()
    tail = text[end:stop]
    if not tail.endswith(lex.branch_heads):
        # 某某酒店嘉定店未设置…: a branch of a business or a university whose name a clause follows ends at its
        # branch word (a township's 辖区3家饭店 is no branch)
        first = lex.branch_in_tail.match(tail) if text[end - 1] in BRANCH_PARENT_ENDINGS else None
        if (first is None or first.end() == len(tail) or tail[first.end()] in BRANCH_WORD_GOES_ON
                or first.group() in NEW_OR_OLD_CAMPUS):
            return end  # (县实验小学|新校区: the school's new campus, no branch)
        stop, tail = end + first.end(), first.group()
    if any(ch in FUNCTION_CHARS for ch in tail) or tail in lex.shop_followers or tail[:1] in NEGATIONS:
        return end  # 川北人家餐厅被树为示范店: a clause, not a branch (鑫源家电商行|出店经营: what shops do;
        # 天天鲜便利店|未落实进店测温: what the shop failed to do)
    for branch in lex.branch_heads:
        if tail.endswith(branch) and len(tail) > len(branch) - (1 if branch in {"大厅", "营业厅"} else 0) and len(tail) <= 8:
            return stop
    return end


def extend_list_item(text: str, start: int, tokens: list[WordToken], lex: Lexicon) -> int:
    """In a list joined by 、 an item is one unit: 一心堂药店金城路店 even when the tokens break up its name."""
    k = start
    while k > 0 and start - k < 8 and text[k - 1] not in PUNCT_BREAK and text[k - 1] not in "（()）":
        index = token_at(tokens, TOKEN_END, k)
        token = tokens[index] if index is not None else None
        if token is None or token.word in STOP_WORDS or (
                token.tag in {"v", "p", "c", "u", "r", "title", "x", "t"} and not (
                    token.tag == "v" and len(token.word) == 1)):  # 鑫达百货商店: one-character "verbs" are name parts
            return start
        k = token.start
    if k == start or k == 0 or text[k - 1] not in "、：:" and not text[k - 1:k] == "，":
        return start
    if text.startswith(lex.ranking_groups, k):
        return start  # 考评结果：街道组|新兴街道、…: the ranking's group is no part of the name
    return k if text[k - 1] in "、：:" else start
