"""Shops, companies and chain branches named by their form (老王家面馆, 宏发铸造厂, 广百百货北京路店)."""
from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from nlp.patterns import ENUMERATOR_FORMS, OpenedPattern, literal_alternation, occurrences
from nlp.units.canonical import TownshipForms
from nlp.units.lexicon import Lexicon, surname_alternation
from nlp.units.places import PLACE_NAME_TAGS
from nlp.units.tokens import (
    TOKEN_END,
    TOKEN_START,
    Candidate,
    WordToken,
    head_indices,
    token_at,
)
from nlp.units.vocabulary import (
    CJK,
    COMMON_WORD,
    FUNCTION_CHARS,
    GENERAL_DETERMINERS,
    GLUED_OPENERS,
    LEVEL_CHARS,
    PLACE_HEADS,
    PROPER_TAGS,
    STOP_WORDS,
    WITHIN_WORDS,
    TOWNSHIP_FORM,
)

COMMON_NOUN = 2000  # a one-word name before a shop's ending this frequent is a kind of business (广告公司)


ROAD_WORDS = frozenset({"路", "街", "大道", "大街"})
SHOP_NAME_TAGS = PLACE_NAME_TAGS | {"n", "nz", "s", "t"}  # s: 岸上百货超市, 老街口饭店; t: 小吴夜宵店


# Where a shop's own name opens: a clause, a list item, or after 内, 的 or 对 (市场内老王家…, 城关镇的阿明…, 对刘记…).
# (…and after an item's number: （四）东北大骨头馆…, 3．仁和堂大药房…)
SHOP_NAME_OPENINGS = (("，。；：、\n“内的对向",), ("一二三四五六七八九十", "）"), (r"\d", "．."))


@cache
def _family_shop_pattern(surnames: frozenset[str], followers: tuple[str, ...]) -> OpenedPattern:
    # the name ends before a word that follows shops in reports, or at its shop's ending (老孙家农家院, 老赵家面馆|餐具)
    return OpenedPattern(rf"({surname_alternation(surnames)}[\u4e00-\u9fff]{{2,5}}?)"
                         rf"(?:(?={literal_alternation(followers)})|(?<=[馆店铺坊院场厂部]))", SHOP_NAME_OPENINGS, True)


@cache
def _nickname_shop_pattern(followers: tuple[str, ...]) -> OpenedPattern:
    """阿兰腌面店, 阿珍卤味店: a nickname with 阿 and a dish, closed by a shop's ending and followed by what follows
    shops in reports (any name at all may follow 阿, so the ending is required)."""
    return OpenedPattern(rf"(阿[\u4e00-\u9fff](?:[\u4e00-\u9fff]{{2,5}}?[店馆铺坊]"
                         rf"|[\u4e00-\u9fff]{{0,3}}?(?:小吃|螺蛳粉|米粉|米线)))(?={literal_alternation(followers)})",
                         SHOP_NAME_OPENINGS, True)


@cache
def _named_shop_pattern(heads: frozenset[str], followers: tuple[str, ...] = ()) -> OpenedPattern:
    """飞扬网吧, 佳和超市, 半山居客栈: a name of two to four characters, whatever jieba made of it, and a shop's
    ending of two characters or more, where a clause opens (and, with `followers`, before what follows shops in
    reports)."""
    endings = literal_alternation((h for h in heads if len(h) > 1), guarded=True)
    after = f"(?={literal_alternation(followers)})" if followers else ""
    return OpenedPattern(rf"(([\u4e00-\u9fff]{{2,4}}?)(?:{endings})){after}", SHOP_NAME_OPENINGS, True)


def _shop_names(pattern: OpenedPattern, text: str, opening: int) -> list[Candidate]:
    """The shops `pattern` finds, but none whose name after its `opening` characters (老王家, 阿明) holds a function
    character: a clause, not a name."""
    return [Candidate(m.start(1), m.end(1), "org") for m in pattern.finditer(text)
            if not any(ch in FUNCTION_CHARS for ch in m.group(1)[opening:])]


def family_shops(text: str, lex: Lexicon) -> list[Candidate]:
    found = _shop_names(_nickname_shop_pattern(lex.shop_followers), text, 2) if "阿" in text else []
    # The pattern's alternatives hold 老 (老王家), 记, 大姐, 大哥 or 嫂: most stories have none of them.
    if "老" not in text and "记" not in text and "大姐" not in text and "大哥" not in text and "嫂" not in text:
        return found
    return found + _shop_names(_family_shop_pattern(lex.surnames, lex.shop_followers), text, 3)


# Words a shop's name found by its form may not hold: a verb, an adverb or an adjective jieba often sees (要加强|
# 加油站, 扎实做好|农贸市场) makes a clause of it; a rarer one (飞扬|网吧, 畅游|网吧) may name the shop.
CLAUSE_WORD_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "a", "c", "p"})
SHOP_NAME_PLACE = re.compile(r"(?:镇|乡|街道|村|社区)[\u4e00-\u9fff]{2}|.[^之](?:镇|乡|街道)$")  # (银耳之乡酒家)


SCOPE_LEVELS = frozenset(LEVEL_CHARS + "镇乡村")


# A word of these kinds makes the two characters before a market's ending a clause, not a name (检查|农贸市场,
# 所有|农贸市场, 周边|农贸市场).
MARKET_NAME_BLOCKING_TAGS = frozenset({"v", "vn", "vd", "d", "p", "r", "c", "u", "f", "b"})


PREPOSITIONS_BEFORE_A_MARKET = frozenset("对在向把被从于将给为")


def markets_named_by_two(text: str, lex: Lexicon) -> list[Candidate]:
    """；团结农贸市场水产区…, 一是楚都农贸市场…: a market named by two characters where a clause or a finding
    opens, whether they are a common word or characters jieba keeps apart."""
    found = []
    for m in lex.markets_named_by_two.finditer(text):
        name = m.group(1)
        if (name in lex.generic_modifiers or name in lex.not_market_names or name[0] in FUNCTION_CHARS
                or name[0] in GENERAL_DETERMINERS or name[-1] in SCOPE_LEVELS
                or name[-1] in PREPOSITIONS_BEFORE_A_MARKET  # 要对|农贸市场每天开展一次消杀
                or lex.word_tags.get(name) in MARKET_NAME_BLOCKING_TAGS):
            continue
        found.append(Candidate(m.start(1), m.end(), "org"))
    return found


def named_shops(text: str, tokens: list[WordToken], lex: Lexicon, freq: dict[str, int]) -> list[Candidate]:
    """Shops found by their form (`_named_shop_pattern`), but no name that opens with a function character, holds
    的 or 了, a common verb or a township before the name (淮镇|利民超市), ends in a conjunction (小餐饮和|农贸市场)
    or is a common word (大型超市, 城区网吧)."""
    found = []
    for m in _named_shop_pattern(lex.shop_heads, lex.shop_followers).finditer(text):
        name, start = m.group(2), m.start(2)
        if (name[0] in FUNCTION_CHARS or "的" in name or "了" in name or name in lex.generic_modifiers
                or _kind_after_generic_word(name, lex) or _trade_and_kind(m.group(1), lex)
                or len(name) > 2 and name[-1] in "和与及"
                or SHOP_NAME_PLACE.search(name)
                or name[0] in GENERAL_DETERMINERS and name[1:2] in SCOPE_LEVELS  # 全县|海鲜排档: every one in the county
                or freq.get(name, 0) >= COMMON_WORD or freq.get(name[:2], 0) >= COMMON_NOUN):
            continue
        inside = _words_of_name(tokens, start, m.end(2))
        if inside is None:
            continue  # a name starts on a word's edge (星空网|吧 may end inside one)
        if any(len(t.word) > 1 and t.tag in CLAUSE_WORD_TAGS and freq.get(t.word, 0) >= 1000 for t in inside) or (
                inside and len(inside[0].word) == 1 and inside[0].tag in CLAUSE_WORD_TAGS - {"a"}
                and freq.get(inside[0].word, 0) >= 10000) or (
                # ，约谈|舒心|浴池等: a verb jieba has seen rarely opening a name of several words (丰收|农资店 is one)
                len(inside) > 1 and len(inside[0].word) > 1 and lex.word_tags.get(inside[0].word) in {"v", "vn"}) or (
                # 春节前|对|农贸市场: a preposition among the words, a clause before a kind of business
                len(inside) > 1 and any(t.tag == "p" and t.word in FUNCTION_CHARS for t in inside[1:])) or (
                any(t.word in lex.clause_verbs for t in inside)):  # 抽查|药店, 实地|察看|农贸市场: a verb and the shops
            # it went to
            continue
        found.append(Candidate(m.start(1), m.end(1), "org"))
    found += _unfollowed_shops(text, tokens, lex, freq, found)
    if "的" not in text:
        return found
    branded = _township_businesses(text, tokens, lex, freq, found)
    return found + branded + _named_again(branded, text) if branded else found


def _kind_after_generic_word(name: str, lex: Lexicon) -> bool:
    """辖区|宾馆 of 辖区宾馆酒店: a word that names nothing and a kind of shop, before another kind."""
    return any(name.endswith(kind) and name[: -len(kind)] in lex.generic_modifiers
               for kind in (name[-2:], name[-1]) if kind in lex.shop_heads)


def _trade_and_kind(name: str, lex: Lexicon) -> bool:
    """清真|餐馆, 龙虾|餐馆: a trade and a shop's ending name a kind of shop, no shop (a kind whose ending is no shop's,
    家具作坊, is listed among the business kinds)."""
    return any(name[:size] in lex.trade_words and name[size:] in lex.shop_heads for size in range(2, len(name) - 1))


def _named_again(businesses: list[Candidate], text: str) -> list[Candidate]:
    """灵地镇的鑫旺竹木制品厂…；对鑫旺竹木制品厂罚款: a business named once after its township is the same business
    wherever its name comes again, however jieba cut it there."""
    names = {text[c.start : c.end] for c in businesses}
    return [Candidate(start, end, "org") for name in names for start, end in occurrences(text, name)]


def _words_of_name(tokens: list[WordToken], start: int, end: int) -> list[WordToken] | None:
    """The words from the one starting at `start` to the last ending by `end`; None when no word starts there or
    a word of position lies among them (禁养|区内|养殖场: the farms within a zone)."""
    first = token_at(tokens, TOKEN_START, start)
    if first is None:
        return None
    words = tokens[first : bisect_right(tokens, end, key=TOKEN_END)]
    return None if any(t.word in WITHIN_WORDS for t in words) else words


# The words of a shop's name found by its form with none of the usual words after it (佳和农贸市场|水产区…,
# 顺心旅社|布草…): no verb, adverb, preposition, position or pronoun (抽查|农贸市场, 全县|在|夜市, 景区|周边|农家乐).
UNFOLLOWED_NAME_BLOCKING_TAGS = frozenset({"v", "vd", "vn", "vi", "d", "ad", "p", "f", "r", "u", "uj", "ul", "c", "q"})


def _unfollowed_shops(text: str, tokens: list[WordToken], lex: Lexicon, freq: dict[str, int],
                      found: list[Candidate]) -> list[Candidate]:
    """Shops found by their form whatever follows them, where every word of the name could belong to a name and
    none is a word reports use of shops in general (全县, 辖区, 宾馆)."""
    more = []
    for m in _named_shop_pattern(lex.shop_heads).finditer(text):
        name, start = m.group(2), m.start(2)
        if any(c.start < m.end(1) and m.start(1) < c.end for c in found):
            continue
        if (name[0] in FUNCTION_CHARS or name in lex.generic_modifiers or SHOP_NAME_PLACE.search(name)
                or freq.get(name, 0) >= COMMON_WORD or freq.get(name[:2], 0) >= COMMON_NOUN
                or _trade_and_kind(m.group(1), lex)):
            continue
        inside = _words_of_name(tokens, start, m.end(2))
        if inside is None:
            continue
        # 崔家头镇的|好|再|来|饭店, 柔远镇的|开心|小卖部: after a township's 的 a business is named, whatever its
        # single characters are, or the one word of its name
        of_township = _after_townships_de(text, start)
        if not inside or inside[-1].end != m.end(2) or any(
                # (暗访|农贸市场: a verb jieba has seen rarely is still no name)
                (t.tag in UNFOLLOWED_NAME_BLOCKING_TAGS or lex.word_tags.get(t.word) in UNFOLLOWED_NAME_BLOCKING_TAGS)
                and not (t.word == "和" and len(name) == 2)
                and not (of_township and (len(t.word) == 1 or len(inside) == 1))
                or t.word in lex.generic_modifiers or t.word in lex.generic_bodies or t.head for t in inside) or any(
                t.tag == "m" for t in inside[1:]) or inside[0].tag == "m" and len(inside) == 1:
            continue  # 城北|一家|百货店, 十八家|民宿: a count of shops
        more.append(Candidate(m.start(1), m.end(1), "org"))
    return more


def _after_townships_de(text: str, start: int) -> bool:
    """text[start] follows a township's ending and 的 (崔家头镇的|…): the window holds the longest ending, 街道办事处."""
    return text.endswith("的", 0, start) and TOWNSHIP_FORM.search(text, max(0, start - 6), start - 1) is not None


COMMUNITY_FORM = re.compile(r"(?:社区|村|嘎查)$")


def _after_community_de(text: str, start: int) -> bool:
    """text[start] follows a community's or a village's ending and 的 (红沙社区的|渔港老船长海鲜餐厅)."""
    return text.endswith("的", 0, start) and COMMUNITY_FORM.search(text, max(0, start - 3), start - 1) is not None


# Tags a business's brand may open with after a township's 的 (宏泰|枸杞烘干厂, 顺心|粮油店, 快乐|时光小卖部); a noun, a
# verb, a distinguishing word or a quantity opens a kind of business instead (砖瓦|厂, 流动|小卖部, 大型|超市).
BRAND_OPENING_TAGS = frozenset({"unk", "nr", "nrfg", "nrt", "nz", "a", "ad", "t", "s", "j", "i", "l", "x"})
# A rare proper word inside a longer name is its brand, whatever opens it (草原|鑫盛|牛羊肉|店, 芜湖|润禾|生猪|养殖场,
# 兴旺|冷冻|食品|批发部); a kind of business is made of common words (生猪|养殖场, 海鲜|餐厅).
BRAND_WORD_TAGS = frozenset({"unk", "nr", "nrfg", "nrt", "nz", "ns"})
RARE_WORD = 500


@cache
def _township_business_pattern(heads: tuple[str, ...]) -> OpenedPattern:
    return OpenedPattern(rf"([\u4e00-\u9fff]{{2,10}}?(?:{literal_alternation(heads, guarded=True)}))", [("的",)])


def _township_businesses(text: str, tokens: list[WordToken], lex: Lexicon, freq: dict[str, int],
                         found: list[Candidate]) -> list[Candidate]:
    """灵地镇的|鑫旺竹木制品厂, 精河镇的|天天鲜果蔬批发市场: after a township's 的 a business is named by its brand,
    then what it makes or sells and its ending, whatever jieba made of the words between."""
    more = []
    for m in _township_business_pattern(lex.business_heads).finditer(text):
        start, end = m.span(1)
        junctions = {end}
        if finding := _opens_finding(text, start):
            while (longer := _ending_at(text, end, lex)) and longer - start <= MAX_BUSINESS_NAME:
                end = longer  # 王屋镇的|天坛山庄|农家乐, 仁和镇的|阿兴米线|馆: the first ending found is not the last
                junctions.add(end)
            finding = end < len(text) and text[end] not in NOT_ONE_BUSINESS_AFTER
        if not (_after_townships_de(text, start) or _after_community_de(text, start)) or any(
                c.start < end and start < c.end and not _inside(c, start, end) for c in found):
            continue  # (but 禹王镇的|快乐|时光小卖部: a shorter name found inside the business's is replaced)
        inside = _words_of_name(tokens, start, end)
        if finding and inside and len(junctions) == 1:  # (…有限公司|厂区: no second ending is glued to what follows)
            inside = _ending_glued_after(inside, tokens, text, end)
        if not inside or inside[-1].end != end or len(inside) < 2 or freq.get(text[end - 1 : end + 1], 0) >= 1000:
            continue  # (熏鸡作坊加工|场所: the ending is the start of another word)
        township = token_at(tokens, TOKEN_END, start - 1)
        if township is None or (word := tokens[township].word) in lex.generic_township_words or word in lex.not_heads:
            continue  # 15个乡镇的农资经营门店: the townships in general
        first = inside[0]
        # (at a finding's opening, a word that names a body may open the business's name: 大寨街道的|农科|宾馆,
        # 六台街道的|中石化|六台加油站, 长江路街道的|大学|路农贸市场)
        named_by_body = finding and first.head is not None and first.head not in PLACE_HEADS
        # 历山镇的|舜|乡|农贸市场: a level's character after one character is the second of the brand (舜乡)
        spelled = len(inside) >= 3 and len(first.word) == 1 and inside[1].word in ("乡", "镇", "村")
        if any(t.head and not (finding and t.end in junctions) and not (named_by_body and t is first)
               and not (spelled and t is inside[1]) for t in inside[:-1]) or (
                # (塞上羊|养殖|专业合作社: a company's trade may be a verb)
                inside[-2].tag in {"v", "vn"} and len(inside[-2].word) > 1 and freq.get(inside[-2].word, 0) >= 500
                and inside[-1].head not in lex.company_heads and not finding):  # (的|星光|娱乐|会所…未…)
            continue  # 太行综合市场|调研农贸市场, 老码头串串香|露天|烧烤: the name ended before, a clause follows
        county_named = first.tag == "ns" and first.word.endswith(("县", "市", "区", "旗")) and len(inside) >= 3
        branded = len(inside) >= 3 and any(
            t.tag in BRAND_WORD_TAGS and freq.get(t.word, 0) < RARE_WORD and not t.head for t in inside[:-1]) or (
            finding and first.tag != "m" and first.word not in lex.trade_words)
        if (first.tag not in BRAND_OPENING_TAGS and not county_named and not branded  # (三甲集镇的|广河县|鑫|盛|…)
                or first.word in lex.generic_modifiers or first.head and not named_by_body
                or first.word in lex.business_kinds or first.word in STOP_WORDS
                or any(ch in "的和与及、" for ch in text[start:end])
                or freq.get(first.word, 0) >= COMMON_NOUN and first.tag not in {"a", "t"} and not county_named
                and not branded):
            continue
        more.append(Candidate(start, end, "org"))
    return more


def _ending_glued_after(inside: list[WordToken], tokens: list[WordToken], text: str, end: int) -> list[WordToken]:
    """水口山镇的恒鑫砂|场强|揽…, 梅溪镇的绿源|竹制品|厂竹屑…: at a finding's opening, jieba may glue the last character
    of a business's ending to the words after it; the words of the name then end with that character's piece."""
    following = token_at(tokens, TOKEN_START, inside[-1].end)
    if following is None or not tokens[following].start < end < tokens[following].end:
        return inside
    glued = tokens[following]
    return inside + [WordToken(text[glued.start : end], glued.start, end, "n")]


# A finding that opens with one township and its business (；油坊镇的|丰收农机专业合作社未配备…, 2．东山街道的|渔家乐海鲜馆…):
# the business is named there, whatever common words its brand is made of; a list of townships (甲镇、乙镇的|…) or of
# businesses (…的|农家乐和烧烤店, 的|海鲜酒楼、渔家乐) names kinds.
FINDING_TOWNSHIP = re.compile(r"(?:^|[；;。：:\n]|[，,](?:[一二三四五六七八九十]是)?|" + ENUMERATOR_FORMS + r")"
                              r"[\u4e00-\u9fff]{1,8}?(?:街道|镇|乡|苏木)的$")
NOT_ONE_BUSINESS_AFTER = frozenset("、和与及等")
MAX_BUSINESS_NAME = 14


def _inside(found: Candidate, start: int, end: int) -> bool:
    """`found` is a shorter name within text[start:end] (快乐|时光小卖部 in 快乐时光小卖部, 天坛山庄 in 天坛山庄农家乐)."""
    return start <= found.start and found.end <= end and (found.start, found.end) != (start, end)


def _opens_finding(text: str, start: int) -> bool:
    """text[start] follows one township's 的 at the opening of a clause."""
    return FINDING_TOWNSHIP.search(text, max(0, start - 14), start) is not None


def _ending_at(text: str, start: int, lex: Lexicon) -> int | None:
    """The end of the longest business ending that starts at text[start], if one does; not a facility of the
    business (…有限公司|料场, …加工厂|冷库) nor its ending again (大饼店|店外)."""
    for size in range(min(lex.longest_business_head, len(text) - start), 0, -1):
        ending = text[start : start + size]
        if ending in lex.business_heads:
            if ending in lex.business_facility_heads or ending[0] == text[start - 1]:
                return None
            return start + size
    return None


# Words after which an adjective before a shop's ending opens its name (的|顺心|旅馆, 向|顺心|旅馆)
WISH_NAME_OPENERS = frozenset({"的", "对", "向", "到", "在", "与", "和", "及"})


def shop_candidates(tokens: list[WordToken], text: str, lex: Lexicon, freq: dict[str, int],
                     heads: list[int] | None = None) -> list[Candidate]:
    """老马家牛肉面馆, 桔园食府, 屈原农贸市场: a shop's name is often cut into common words; before a shop's own
    ending (食府, 客栈 …, or 馆/店 after three characters and more) a run of noun-like words is its name."""
    found: list[Candidate] = []
    for i in head_indices(tokens) if heads is None else heads:
        token = tokens[i]
        head = token.head
        if token.word in lex.known_orgs:
            continue
        shop = head if len(head) > 1 or i == 0 else tokens[i - 1].word[-1:] + head  # 牛肉面|馆 is a 面馆
        if shop not in lex.shop_heads and head not in lex.shop_heads:
            continue
        size = len(token.word) - len(head)
        k = i
        while k > 0 and size < 6:
            before = tokens[k - 1]
            if before.word == "家" and k >= 2 and tokens[k - 2].tag in SHOP_NAME_TAGS:
                size, k = size + 1, k - 1  # 老马|家|牛肉面馆: 家 inside a name, not a measure word
                continue
            if before.tag == "a" and len(before.word) == 2 and tokens[k].word in ROAD_WORDS:
                size, k = size + 2, k - 1  # 团结|路|农贸市场: a market named by its road, the road by an adjective
                continue
            if before.word == "老" and (size >= 2 or tokens[k].word in lex.surnames) or (
                    # ，大|刘家|饺子馆: 大 opening the clause before a family's name
                    before.word == "大" and size >= 2 and tokens[k].tag in {"nr", "nrfg", "nrt"}
                    and (k == 1 or not CJK.search(tokens[k - 2].word))) or (
                    before.word == "小" and tokens[k].word in lex.surnames):
                size, k = size + 1, k - 1  # 老巫溪烤鱼店, 老四季, 老蔡小吃, 小杨烧烤: 老 and 小 open many shop names
                break
            if (before.tag in {"a", "ad"} and len(before.word) == 2 and k == i and (
                    k == 1 or tokens[k - 2].word in WISH_NAME_OPENERS or not CJK.search(tokens[k - 2].word))):
                size, k = size + 2, k - 1  # 何坝镇的|顺心|旅馆, 县公安局向|顺心|旅馆: a shop named by a wish
                break
            if (before.tag == "a" and len(before.word) == 1 and k >= 2 and tokens[k - 2].tag in PROPER_TAGS
                    and not tokens[k - 2].head and size == 0):
                size, k = size + 1, k - 1  # 佳佳|乐|超市: a one-character word inside a brand
                continue
            if (k < i and len(tokens[k].word) == 1 and len(before.word) == 1 and CJK.match(before.word)
                    and before.word not in STOP_WORDS
                    and before.word not in FUNCTION_CHARS and (k == 1 or not CJK.search(tokens[k - 2].word))):
                size, k = size + 1, k - 1  # ，兴|柞|大酒店: a brand of two characters cut apart, opening its clause
                break
            if (before.tag == "unk" and 2 <= len(before.word) <= 4 and before.word[0] in GLUED_OPENERS
                    and size + len(before.word) >= 3):
                size, k = size + len(before.word) - 1, k - 1  # 先后|到畴|阳|农贸市场: the preposition glued to the
                break  # name opens it
            if before.head in lex.shop_heads and len(before.word) > 1 and len(head) == 1 and k == i and (
                    before.tag in SHOP_NAME_TAGS):
                k -= 1  # 老刘家|过桥米线|馆: what the shop sells, then its 馆; the name is still to come
                continue
            if (before.tag not in SHOP_NAME_TAGS or before.head or before.word in STOP_WORDS
                    or before.word in lex.clause_verbs  # 再|联系|金禾|茶叶|专业合作社: a verb jieba calls a noun
                    or before.tag == "unk" and before.word[0] in "内外"
                    or before.tag == "unk" and before.word[-1] in "对向把被"  # 通惠|渠对|养殖场: a preposition
                    # glued to the word before the kind ends what came before; the kind follows alone
                    or before.word in lex.generic_modifiers or before.word in lex.generic_bodies
                    or before.word[:1] in LEVEL_CHARS or not CJK.search(before.word)):
                break
            size, k = size + len(before.word), k - 1
        if size < 2 or size > (7 if tokens[k].word.startswith("老") else 6) or (len(head) == 1 and size < 3):
            continue
        stem = text[tokens[k].start : token.end - len(head)]
        if stem in lex.generic_modifiers or lex.honour_words.search(stem):
            continue  # 示范店: an honour, not a name
        if k == i and token.word in lex.generic_bodies:
            continue  # 集贸市场: the kind of market, not a name
        if freq.get(stem, 0) >= COMMON_NOUN or _trade_and_kind(text[tokens[k].start : token.end], lex):
            continue  # 广告公司, 个体商店, 清真餐馆: a kind of business
        start = tokens[k].start
        if text[start] in GLUED_OPENERS and tokens[k].tag == "unk" and len(tokens[k].word) >= 2:
            start += 1  # 对福|满楼|饭店: jieba glued the preposition to the name
        found.append(Candidate(start, token.end, "org"))
    return found


# A chain's brand before a branch found alone (广百百货|北京路店): two to six characters opening a clause or a list item.
BRAND_BEFORE = re.compile(r"(?:^|(?<=[，。；：、\n“]))[\u4e00-\u9fffA-Z]{2,6}$")
# (兴达超市|未落实进店测温: a clause about the shop, no branch of it)
BRANCH = re.compile(r"(?![门分各该本未不已])[\u4e00-\u9fff]{2,6}?(?<![进到入])店(?!铺|面|员|主|内|外)")


# A company's department for one project, named by the project (…有限公司石家庄地铁3号线项目部)
PROJECT_DEPARTMENT = re.compile(r"[\u4e00-\u9fff0-9]{2,12}?项目部")


def branch_stores(candidates: list[Candidate], text: str, lex: Lexicon) -> list[Candidate]:
    """物美超市顺义店, 全家便利店松江万达店, 桂林银行恭城支行, 老盛昌汤包江宁路店: a chain's or a bank's name and its
    branch's place make one unit."""
    found = []
    for cand in candidates:
        if cand.kind != "org":
            continue
        if text.endswith(lex.chain_endings, cand.start, cand.end):
            branch = BRANCH.match(text, cand.end)
            if branch:
                found.append(Candidate(cand.start, branch.end(), "org"))
        elif text.endswith(lex.branch_parents, cand.start, cand.end) and (
                branch := lex.branch_ending.match(text, cand.end) or PROJECT_DEPARTMENT.match(text, cand.end)) and (
                not any(verb in branch.group() for verb in lex.clause_verbs)):
            # 桂林银行恭城支行, …公司城关营业部, …建设工程有限公司丹凤新村改造项目部 (not …有限公司|组织防范煤矿|水害
            # 应急演练: the company acts)
            found.append(Candidate(cand.start, branch.end(), "org"))
        elif BRANCH.fullmatch(text, cand.start, cand.end) and (
                text.endswith(lex.chain_endings, 0, cand.start)
                or text.endswith(lex.branch_places, cand.start, cand.end)):
            brand = BRAND_BEFORE.search(text, max(0, cand.start - 6), cand.start)
            if brand and "的" not in brand.group():  # (解放街道的|老乡鸡章贡路店: the township and its 的, no brand)
                found.append(Candidate(brand.start(), cand.end, "org"))
    return found


def brands_opened_by_a_place_word(candidates: list[Candidate], text: str, lex: Lexicon,
                                  forms: TownshipForms) -> list[Candidate]:
    """南屯基镇的鹿乡|梅花鹿养殖场, 后埠街道的萍乡|味道土菜馆: a word of two characters that the form reads as a
    township (鹿乡, "the home of deer"; 萍乡) but the county's gazetteer does not list opens the brand of the business
    right after it (淮镇|利民超市: a town of one character is written so, and keeps its shop apart)."""
    # (a township of two characters the gazetteer lists is among its short and full forms, `forms.by_form`)
    places = [c for c in candidates if c.kind == "org" and c.end - c.start == 2 and text[c.end - 1] == "乡"
              and text[c.start : c.end] not in forms.by_form]
    if not places:
        return []
    businesses = {c.start: c for c in candidates
                  if c.kind == "org" and text.endswith(lex.business_heads, c.start, c.end)}
    return [Candidate(c.start, business.end, "org") for c in places if (business := businesses.get(c.end)) is not None]
