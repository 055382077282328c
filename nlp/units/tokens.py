"""A story's words with the classes the passes test (tag, head, anchor, modifier), and candidate spans."""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from itertools import compress, count, repeat
from operator import add, itemgetter
from typing import Iterable, NamedTuple, Sequence

import jieba

from nlp.segment import NUMERALS, Token
from nlp.units.lexicon import Lexicon, lexicon, place_names
from nlp.units.vocabulary import (
    CJK,
    COUNTY_LEVELS,
    FUNCTION_CHARS,
    LEVEL_CHARS,
    PLACE_HEADS,
    PROPER_TAGS,
    RARE,
    ROADS_ALONG_THE_VILLAGE,
    STOP_WORDS,
    VERB_TAGS,
)

MODIFIER_TAGS = frozenset("ns nt nz n nr nrt nrfg j an b eng vn nw ng s l i".split())
TEAM_GLUE = frozenset("以会在将对和与及为被把也又再还都就")
RARE_AS_NAME = frozenset({"n", "a", "v", "vn", "l", "i", "ng", "nr"})
# Last characters of heads that close rare words as names far more often (金厦|街道, 华厦; the head is 商厦)
NAME_CHARS_CLOSING_HEADS = frozenset("厦")
# 近三成, 约两成, 五成以上: a share in tenths jieba made one word it does not know, no name
SHARE_IN_TENTHS = re.compile(r"[近约超逾达]?[一二两三四五六七八九十]成(?:以上|以下|左右|多)?")
ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]+")


class WordToken(NamedTuple):
    word: str
    start: int
    end: int
    tag: str
    head: str | None = None  # the organisational ending this word closes a name with, if any
    anchor: bool = False  # a place name or a level prefix (`_is_anchor`)
    modifier: bool = False  # a word that may name a unit before its head (`_is_modifier`)


# The fields of tokens as functions, for the passes that run over all of a story's tokens in C (map, bisect).
TOKEN_WORD, TOKEN_START, TOKEN_END, TOKEN_TAG, TOKEN_HEAD = map(itemgetter, range(5))
_Classes = tuple[str, str | None, bool, bool]  # the fields of a `WordToken` that depend on its word alone
NOT_A_WORD: _Classes = ("x", None, False, False)


class _WordClasses:
    """(tag, head, anchor, modifier) of each word, worked out once per word for a tokenizer and remembered across
    stories: the walks over a story's tokens test them again and again."""

    LIMIT = 300_000  # distinct words remembered; past it the memory starts over

    def __init__(self, freq: dict[str, int]) -> None:
        self.freq = freq
        self.lex = lexicon()
        self.places = place_names()
        self.known: dict[str, _Classes] = {}
        # Words `word_tokens` cuts in two, and where: a function character glued to a name (`_glued`; 到|区: 1), a
        # place glued to what it does (`_place_glued_to_next`; 海川镇|作: 3) or a body joined to its head's title
        # (`_body_before_title`; 医院|院长: 2).
        self.cuts: dict[str, int] = {}
        # Those and the words that may hold a team's 队 glued to the next word (队以): a story without any is
        # never walked word by word.
        self.splittable: set[str] = set()

    def of_word(self, word: str) -> _Classes:
        """The classes of `word`, remembered or found."""
        return self.known.get(word) or self.of(word)

    def of(self, word: str) -> _Classes:
        if len(word) == 1 and not "\u4e00" <= word <= "\u9fff" or (
                word.isascii() and word not in self.lex.word_tags and word[-1] not in self.lex.head_last_chars):
            # punctuation, digits, letters; numbers and Latin words no list of ours holds (a statistics page has
            # hundreds: 246.5, 2022) class as punctuation does, without the tests a Chinese word needs
            found = NOT_A_WORD
        else:
            tag = _word_tag(word, self.lex, self.places, self.freq)
            found = (tag, _head_of(word, tag, self.lex), _is_anchor(word, tag, self.lex),
                     _is_modifier(word, tag, self.lex))
            if tag == "unk" and _glued(word):
                self.cuts[word] = _glued_cut(word)
                self.splittable.add(word)
            elif tag == "unk" and _place_glued_to_next(word):
                self.cuts[word] = len(word) - 1
                self.splittable.add(word)
            elif tag == "title" and (cut := _body_before_title(word, self.lex)):
                self.cuts[word] = cut
                self.splittable.add(word)
            elif (_team_glued(word) or word in TITLE_GLUED_TO_SURNAME or word in TOWNSHIP_BODIES_GLUED or word == "关"
                  or word == CHAIR_GLUED_TO_SURNAME):
                self.splittable.add(word)
        if len(self.known) >= self.LIMIT:
            # The cuts and the splittable words stay: they are small, and a story's words looked up before the memory
            # started over must still be split.
            self.known.clear()
        self.known[word] = found
        return found


@lru_cache(maxsize=4)
def word_classes(tokenizer: jieba.Tokenizer) -> _WordClasses:
    return _WordClasses(tokenizer.FREQ)


def word_tokens(words: Sequence[Token], classes: _WordClasses) -> list[WordToken]:
    known, class_of = classes.known, classes.of_word
    # A story has thousands of tokens: classes looked up in one pass, tuples joined and made without the
    # named tuple's Python-level constructor.
    names = list(map(TOKEN_WORD, words))
    found = list(map(known.get, names))
    if None in found:
        for i in [i for i, pair in enumerate(found) if pair is None]:
            found[i] = class_of(names[i])
    if classes.splittable.isdisjoint(names):
        result = list(map(tuple.__new__, repeat(WordToken), map(add, words, found)))
        return result if SCHOOL_WORDS.isdisjoint(names) else _school_before_its_grounds(result, names, classes)
    result: list[WordToken] = []
    append = result.append
    make = tuple.__new__
    for index, (word, start, end) in enumerate(words):
        if (word in TITLE_GLUED_TO_SURNAME and result and result[-1].word in LEVELS_BEFORE_TITLE
                and result[-1].end == start and _name_then_its_verb(words, index, classes.lex)):
            # 县|长江|宏辉|出席: the title 县长 and the surname 江 of the name after it
            level = result.pop()
            title = level.word + word[0]
            append(make(WordToken, (title, level.start, start + 1) + class_of(title)))
            word, start = word[1:], start + 1
        elif (word == CHAIR_GLUED_TO_SURNAME and result and result[-1].word.endswith(CHAIR_OPENING)
              and result[-1].end == start and _name_then_its_verb(words, index, classes.lex)):
            # 应急|办主|任何|志刚|，: the title 主任 (or 副主任) and the surname 何 of the name after it
            glued = result.pop()
            opening = DEPUTY_CHAIR_OPENING if glued.word.endswith(DEPUTY_CHAIR_OPENING) else CHAIR_OPENING
            cut = len(glued.word) - len(opening)
            joined = result[-1].word + glued.word[:cut] if cut and result and result[-1].end == glued.start else ""
            if joined and class_of(joined)[1]:
                body = result.pop()  # 应急|办: the body whose head the title's first character was cut from
                append(make(WordToken, (joined, body.start, glued.start + cut) + class_of(joined)))
            elif cut:
                append(make(WordToken, (glued.word[:cut], glued.start, glued.start + cut) + class_of(glued.word[:cut])))
            title = glued.word[cut:] + word[0]
            append(make(WordToken, (title, glued.start + cut, start + 1) + class_of(title)))
            word, start = word[1:], start + 1
        elif word in classes.cuts:
            # 到|区 防汛抗旱指挥部, 督查|局|将: one character of the word belongs to the name beside it (海川镇|作: the
            # place's own, what it does); 县人民|医院院长: the hospital is named by the words before it and is the unit
            # spoken of where no name follows
            cut = classes.cuts[word]
            append(make(WordToken, (word[:cut], start, start + cut) + class_of(word[:cut])))
            word, start = word[cut:], start + cut
        elif word == "关" and result and result[-1].word == "县城" and result[-1].end == start:
            # 县城|关|小学: the county's 城关 (its seat's name), not the county town
            town = result.pop()
            append(make(WordToken, ("县", town.start, town.start + 1) + class_of("县")))
            word, start = "城关", start - 1
        elif (word in TOWNSHIP_BODIES_GLUED and result and result[-1].tag in PROPER_TAGS and result[-1].head is None
              and result[-1].end == start and len(result[-1].word) >= 2):
            # 兴盛|乡党委: a township's name jieba knows as a word of its own, and its 乡 glued to the body
            name = result.pop()
            place = name.word + word[0]
            append(make(WordToken, (place, name.start, start + 1) + class_of(place)))
            word, start = word[1:], start + 1
        elif (_team_glued(word) and result and result[-1].tag in PROPER_TAGS and result[-1].head is None):
            # 哥伦比亚|队以, 松日|队会: the segmentation glued a team's 队 to the next word.
            append(make(WordToken, ("队", start, start + 1) + class_of("队")))
            word, start = word[1], start + 1
        append(make(WordToken, (word, start, end) + class_of(word)))
    return result if SCHOOL_WORDS.isdisjoint(names) else _school_before_its_grounds(result, names, classes)


SCHOOL_WORDS = frozenset({"学校", "小学校", "中学校"})
SCHOOL_LEVELS = frozenset({"中", "小"})
GROUNDS_AFTER_A_SCHOOL = frozenset("内门外")


def _school_before_its_grounds(tokens: list[WordToken], names: list[str], classes: _WordClasses) -> list[WordToken]:
    """第三|小学校|内, 第二|中|学校|门外: jieba read the school's 小学 or 中学 and the 校 of its grounds (校内, 校门) as
    one word; the school is 第三小学."""
    if len(tokens) != len(names):
        return tokens  # (words cut in two above: the school's words are rare enough to leave)
    for i in reversed([i for i, name in enumerate(names) if name in SCHOOL_WORDS]):  # (the last first: 校 is put in)
        if not (i < len(tokens) - 1 and tokens[i + 1].word[0] in GROUNDS_AFTER_A_SCHOOL
                and tokens[i + 1].start == tokens[i].end):
            continue
        school = tokens[i]
        if school.word != "学校":
            word = school.word[:-1]
            tokens[i] = tuple.__new__(WordToken, (word, school.start, school.end - 1) + classes.of_word(word))
            tokens.insert(i + 1, tuple.__new__(WordToken, ("校", school.end - 1, school.end) + classes.of_word("校")))
        elif i > 0 and tokens[i - 1].word in SCHOOL_LEVELS and tokens[i - 1].end == school.start:
            level = tokens[i - 1]
            word = level.word + "学"
            tokens[i - 1] = tuple.__new__(WordToken, (word, level.start, level.end + 1) + classes.of_word(word))
            tokens[i] = tuple.__new__(WordToken, ("校", school.start + 1, school.end) + classes.of_word("校"))
    return tokens


# What a place does, glued by jieba to the place's name where it knows neither: 海川镇作|经验交流发言, 鸭公|村有|3艘渔船
PLACE_ENDINGS = ("镇", "乡", "村", "社区", "街道")
CHARACTERS_AFTER_A_PLACE = frozenset("有作在把将")


def _place_glued_to_next(word: str) -> bool:
    return len(word) >= 2 and word[-1] in CHARACTERS_AFTER_A_PLACE and word.endswith(PLACE_ENDINGS, 0, len(word) - 1)


# The kinds of body whose head's title jieba may join to the body's word (医院院长, 中学校长, 协会会长); a party or
# government body stays in its title's word (县委书记, 局局长), as the role phrases expect
BODIES_BEFORE_TITLES = frozenset({"school", "hospital", "social_org", "enterprise"})


def body_head_before_title(word: str, lex: Lexicon) -> tuple[int, str] | None:
    """A body's head and its title jieba joined in one word (医院院长, 科科长): where the title begins and the head
    (2, 医院), or None. A listed title is a role of its own, whatever it opens with (村主任, 楼组长)."""
    if word in lex.titles:
        return None
    for size in (4, 3, 2):  # the longest title first (中学|副校长, not 中学副|校长)
        stem = word[:-size]
        if stem and word[-size:] in lex.titles:
            head = next((stem[-n:] for n in range(min(len(stem), lex.max_head), 0, -1) if stem[-n:] in lex.head_set),
                        None)
            return (len(stem), head) if head is not None else None
    return None


def _body_before_title(word: str, lex: Lexicon) -> int:
    """Where the title begins in a word of a school's, hospital's, association's or company's head and its title
    (医院院长: 2), or 0."""
    found = body_head_before_title(word, lex)
    return found[0] if found is not None and lex.type_ending_map.get(found[1]) in BODIES_BEFORE_TITLES else 0


def _glued_cut(word: str) -> int:
    """Where a word `_glued` finds is cut: before its last character where that is a level (到|区, 被|州), after an
    adverb and its function character (已向|豫香烩面馆), else after its first character (督查|局将: 局|将)."""
    return len(word) - 1 if word[-1] in COUNTY_LEVELS or word[-1] == "州" else (2 if word[0] in GLUE_ADVERBS else 1)


# A township's own bodies jieba knows as words, 乡 and all, and so glues to the township's name before them
TOWNSHIP_BODIES_GLUED = frozenset({"乡党委", "乡政府"})


# Place words jieba may read as one with the 长 of a title before them and a surname after it (县|长江|宏辉)
TITLE_GLUED_TO_SURNAME = frozenset({"长江", "长白"})
# jieba reads 主任何志刚 as 主|任何|志刚 (任何, "any", outweighs 主任 and the surname 何): the title's first character, and
# a deputy's, glued to the word before
CHAIR_GLUED_TO_SURNAME, CHAIR_OPENING, DEPUTY_CHAIR_OPENING = "任何", "主", "副主"
LEVELS_BEFORE_TITLE = frozenset({"县", "市", "区", "镇", "乡", "旗", "副县", "副市", "副区", "副镇", "副乡", "副旗"})


def _name_then_its_verb(words: Sequence[Token], index: int, lex: Lexicon) -> bool:
    """The word after `words[index]` is a given name of one or two characters and a word that follows names comes
    next (宏辉|出席), so `words[index]` opens with a surname (江宏辉), not a river's name (长江|流域)."""
    if index + 2 >= len(words):
        return False
    given, following = words[index + 1], words[index + 2]
    return (given.start == words[index].end and 1 <= len(given.word) <= 2 and all(map(CJK.match, given.word))
            and following.start == given.end and following.word.startswith(lex.after_name_words))


GLUE_BEFORE_LEVEL = frozenset("到在赴对向从由于被获经与和及同跟给让请据以前后为")
# 被州|安委办, 获州|河长办: an autonomous prefecture's bodies are 州X; only after a preposition that never opens an old
# place's name with 州 (同州, 和州 are places)
GLUE_BEFORE_PREFECTURE = frozenset("到赴对向由被获经")
GLUE_AFTER_HEAD = frozenset("将对在已于和与及向为被把也又再还都就以到从要未作")  # (县能源|局要|对: 要 "must"; 托餐|部未|取得; 枣元|镇作|表态发言)
GLUE_ADVERBS = frozenset("已将正均也都")
# before them, a date's last character glued too (1月10日由|区农村人居环境整治工作领导小组办公室)
DATE_ENDS = frozenset("日月")
GLUE_BEFORE_PREPOSITION = GLUE_ADVERBS | DATE_ENDS
GLUE_BEFORE_NAME = frozenset("对向")


def _team_glued(word: str) -> bool:
    """队以, 队会: a team's 队 and the function character after it, as jieba may cut 哥伦比亚|队以."""
    return len(word) == 2 and word[0] == "队" and word[1] in TEAM_GLUE


def _glued(word: str) -> bool:
    """到区, 局将: a word jieba did not know, made of a function character and a level character (到|区防汛抗旱指挥部,
    with an adverb or a date's last character before it: 已由|旗城管局, 1月10日由|区…; 被州|安委办), of a date's last
    character and a preposition (1月4日向|唐家泊镇), of a body's or a shop's last character and a function character
    (督查局|将, 暗访组|对, 电动车行|在), or of a shop's ending twice (老周家馄饨店|店外) or with a position after it (老五原烧麦|馆后|厨,
    好味道肠粉|店后|厨)."""
    if len(word) == 4:  # 对鑫源商|砼|有限公司, 已向豫香|烩面馆
        return word[0] in GLUE_BEFORE_NAME or word[0] in GLUE_ADVERBS and word[1] in GLUE_BEFORE_NAME
    if len(word) == 3:
        # 已由|旗城管局; 对鑫源|豆制品加工坊, 向鑫源|果蔬批发部: 对 or 向 glued to the name after it
        return (word[0] in GLUE_BEFORE_PREPOSITION and word[1] in GLUE_BEFORE_LEVEL and word[2] in COUNTY_LEVELS
                or word[0] in GLUE_BEFORE_NAME
                or word[0] in COUNTY_LEVELS  # 县禁烧|指挥部: the level glued to a task jieba did not know
                # 由|旗委约谈: a preposition glued to a banner's or a district's party committee
                or word[0] in GLUE_BEFORE_LEVEL and word[1] in COUNTY_LEVELS and word[2] == "委")
    return len(word) == 2 and (word[0] in GLUE_BEFORE_LEVEL and word[1] in COUNTY_LEVELS
                               or word[0] in GLUE_BEFORE_PREFECTURE and word[1] == "州"
                               or word[0] in DATE_ENDS and word[1] in GLUE_BEFORE_NAME  # 1月4日向|唐家泊镇
                               or word[0] in "局委办厅组乡镇行部馆店庄" and word[1] in GLUE_AFTER_HEAD
                               or word in ("店店", "馆馆")  # 馄饨店|店外: a shop's ending and the next word's
                               or word[0] == "馆" and word[1] in "后前内外"  # 烧麦|馆后|厨: and a position
                               or word == "店后")  # (肠粉|店后|厨; 店外 is a word: 店外经营)


def _word_tag(word: str, lex: Lexicon, places: frozenset[str], freq: dict[str, int]) -> str:
    tag = lex.word_tags.get(word)
    if word in lex.verbs_not_places:
        return tag
    if (tag in RARE_AS_NAME and len(word) >= 2 and freq.get(word, 0) < RARE
            and (word[-1] not in lex.head_last_chars or word[-1] in NAME_CHARS_CLOSING_HEADS)
            and not any(word[-size:] in lex.head_set for size in range(1, min(len(word), lex.max_head) + 1))):
        tag = "unk"  # 胜境, 聚香: words jieba has seen a few times are names here
    if tag in {None, "unk"} and _glued_verb_phrase(word, lex):
        return "v"  # 区市场监管局|依法取缔|阿福小吃店: a verb phrase jieba made one word, no name
    if tag in {None, "unk"} and SHARE_IN_TENTHS.fullmatch(word):
        return "m"  # 近三成|餐饮店: a share, no name
    if tag is None or tag == "x" and CJK.search(word):
        # (娜, 墅: characters jieba knows only inside words, which names spell with)
        tag = "ns" if word in places else ("x" if not CJK.search(word) else "unk")
    elif word in places and (tag not in {"nt", "title"} or tag == "nt" and word[-1] == "区" and 3 <= len(word) <= 5):
        tag = "ns"  # (杜集区, 北辰区: districts jieba's dictionary calls bodies are places that open bodies' names)
    if tag != "title" and len(word) > 2 and word[-1] in lex.title_last_chars and any(
        word[-size:] in lex.titles for size in (2, 3, 4)
    ):
        tag = "title"  # 县委书记, 镇党委书记 as one word
    return tag


def _glued_verb_phrase(word: str, lex: Lexicon) -> bool:
    """依法取缔, 立即查处: an adverb of manner and a verb (物业管理 names a trade)."""
    return len(word) == 4 and word[:2] in lex.manner_adverbs and lex.word_tags.get(word[2:]) in {"v", "vn"}


# Characters that open no body's name before its head: measure words and determiners (个体户, 每个村, 各镇, 该所), and
# the ways of going through places one by one or across them (逐店检查, 逐村, 跨镇作业).
NO_BODY_OPENING = "个所家座名几多两每各该本逐跨"


def _head_of(word: str, tag: str, lex: Lexicon) -> str | None:
    if word[-1] not in lex.head_last_chars and word not in lex.known_orgs:
        return None
    if word in lex.not_heads or tag == "title":
        return None
    if word in lex.known_orgs:
        return word
    for size in range(min(lex.max_head, len(word)), 0, -1):
        head = word[-size:]
        if head not in lex.head_set:
            continue
        stem = word[: len(word) - len(head)]
        if tag == "n" and len(word) == 2 and head in "乡镇村":
            return None  # 竹乡, 家乡, 城镇: common nouns; a township of two characters is a place name (ns)
        if tag == "ns" and len(head) == 1 and head not in PLACE_HEADS and head not in "局委厅办":
            return None  # 莫斯科, 广州: a place, not a 科 or a 州 (林业局, which jieba calls a place, is a bureau)
        if tag in {"nr", "nrt", "nrfg"} and head in lex.weak_heads and word not in lex.head_words:
            return None  # 莫斯科 read as a name, 赫里斯坚科: a name, not a 科
        if len(head) == 1 and tag in VERB_TAGS and word not in lex.head_words:
            return None  # 判处, 部署, 举办: verbs, not bodies
        if stem and (stem in lex.generic_modifiers or stem in FUNCTION_CHARS or stem[0] in NO_BODY_OPENING and not (
                len(stem) == 2 and lex.word_tags.get(stem) == "n" and head in lex.company_heads)  # (家具厂: 家具 is
                # a word, not 家 counting)
                     or stem.isdigit() or (len(head) == 1 and head in "部所处台站队"
                                           and all(c in NUMERALS for c in stem.removeprefix("第")))):
            return None
        # 广大干部, 公共场所: an ordinary word longer than the head closes the word (金城镇 is a place, not 城镇);
        # a body's own word is no such word (财政局 is no 政局).
        if tag != "ns" and word not in lex.generic_bodies and any(
                word[-longer:] in lex.long_not_heads for longer in range(size + 1, len(word))):
            return None
        return head
    return None


def weak_head_word(token: WordToken, head: str, lex: Lexicon) -> bool:
    """实处, 部署, 烧烤店: words closed by a one-character head that need a proper name before them."""
    return head in lex.weak_heads and token.tag not in PROPER_TAGS and token.word not in lex.head_words and (
        token.word not in lex.known_orgs
    )


def _is_anchor(word: str, tag: str, lex: Lexicon) -> bool:
    """A place name or a level prefix: names of local bodies start here."""
    return (
        tag == "ns"
        or word in LEVEL_CHARS
        or word in {"全国", "中共", "共青团", "国家", "中央", "国务院", "中共中央", "国际", "世界", "亚洲", "欧洲", "非洲",
                    "自治区"}
        or (word[:1] in LEVEL_CHARS and word in lex.known_orgs)
    )


def _is_modifier(word: str, tag: str, lex: Lexicon) -> bool:
    if word in STOP_WORDS or word in lex.generic_modifiers or tag == "title" or word in lex.clause_verbs:
        return False
    if len(word) >= 3 and word[-1] == "性":
        return False  # 全国性, 区域性: kinds, not names
    if tag == "unk":
        # Words jieba guessed (人名+动词 runs such as 陈红到) are names only without a function character at an edge.
        # (市场|内老|刘家: a position word glued to the next name opens no name either, nor 驻镇 in 县住建局|驻镇|工作组:
        # a team sent out by the body before it)
        return (word[0] not in FUNCTION_CHARS and word[-1] not in FUNCTION_CHARS and word[0] not in "内外驻"
                and word[-1] != "全")  # 居全|街道: the whole of a level, not a name
    if tag in MODIFIER_TAGS or (tag == "a" and len(word) >= 2):
        return True
    if ORDINAL.fullmatch(word) or word in LEVEL_CHARS or word in {"镇", "乡"}:
        return True
    return tag == "m" and len(word) == 1 and word in NUMERALS


@dataclass(slots=True)
class Candidate:
    start: int
    end: int
    kind: str  # "org" | "person"
    title: str | None = None


def indices(flags: Iterable[object]) -> list[int]:
    """Positions of the true flags, found without a Python-level loop (a story has hundreds of tokens)."""
    return list(compress(count(), flags))


def head_indices(tokens: list[WordToken]) -> list[int]:
    """Indices of the tokens that close a name (their `head` is set)."""
    return indices(map(TOKEN_HEAD, tokens))


def along_the_village_road(token: WordToken, text: str) -> bool:
    """柴草|沿村|道|乱堆: whether `token` is the word jieba makes of 沿 and the 村 of 村道 or 村路, "along the village
    road", which names no village (海|沿村 and 风|沿村 are villages so named)."""
    return token.end - token.start == 2 and text.startswith(ROADS_ALONG_THE_VILLAGE, token.start)


def seat_after_its_township(tokens: list[WordToken], i: int, text: str) -> bool:
    """帮辛乡|乡|驻地, 本塔乡|乡|驻地: the 乡 or 镇 at `i` opens the seat of the township written whole right before it
    (梁水镇镇, with no 驻地, is a name)."""
    level, before = tokens[i].word, tokens[i - 1] if i else None
    return (level in ("乡", "镇") and before is not None and before.end == tokens[i].start
            and len(before.word) >= 3 and before.word.endswith(level) and text.startswith("驻地", tokens[i].end))


def token_at(tokens: list[WordToken], offset: itemgetter, position: int) -> int | None:
    """Index of the token whose `offset` (TOKEN_START or TOKEN_END) is `position`. Tokens come in order, so a
    bisection finds it: the passes that need one look up a few positions among thousands of tokens."""
    index = bisect_left(tokens, position, key=offset)
    return index if index < len(tokens) and offset(tokens[index]) == position else None
