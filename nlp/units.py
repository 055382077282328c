"""Named units: organisations and titled persons, with canonical names resolved against the county context.

The text is segmented with the project's tokenizer. An organisation is a run of naming words (places, proper
names, county prefixes, nouns) closed by a head word (局, 办公室, 镇, 小学, 公司 …, see `dicts/org_suffixes.toml`),
or a known name (the abbreviation table, jieba's `nt` words). Persons are names right after an official title.
Overlaps are resolved longest-first; stance comes from `nlp.stance`. Conventions: ANNOTATION.md, "Named units".
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from functools import cache, lru_cache, partial
from itertools import compress, count, repeat
from operator import add, itemgetter
from os.path import commonprefix
from pathlib import Path
from typing import Iterable, NamedTuple, Sequence

import jieba

from nlp.context import CountyContext, as_county_context
from nlp.gazetteer import load_gazetteer
from nlp.patterns import literal_alternation, occurrences
from nlp.segment import NUMERALS, Token, cut_with_offsets, load_toml, make_tokenizer, project_words
from nlp.stance import assign_stance

VERSION = "units-65"

LEVEL_CHARS = "县市省区州旗"  # 旗: the banners of Inner Mongolia stand where counties do (旗委, 旗教体局)
LEVEL_ENDINGS = tuple(LEVEL_CHARS)
# 一家, 两个: a count, where 万家 may be a brand
SMALL_NUMERALS = frozenset(NUMERALS + "两几")
MEASURE_AFTER_NUMERAL = frozenset("家个座所名处间户")
NUMERAL_CHARS_AND_DIGITS = frozenset("0123456789０１２３４５６７８９一二两三四五六七八九十百千万余多几")
COUNTY_LEVELS = "县区市旗"  # what a county-level unit calls itself: county, district, county-level city, banner
# Words that end a name on its left: function words, verbs of reporting, and the like.
STOP_WORDS = frozenset(
    "的 地 得 了 着 过 和 与 及 以及 或 等 在 对 到 由 向 为 将 把 被 是 从 于 给 让 使 经 据 按照 根据 通过 "
    "会同 联合 协同 组织 召开 开展 参加 参与 深入 前往 来到 走进 赴 到达 检查 督查 暗访 调研 指导 要求 强调 "
    "成立 设立 牵头 配合 一同 陪同 带领 率领 包括 其中 以及 并 也 都 还 又 再 就 即 则 而 但 且 之 各 全 该 本 此 "
    "因 后 前 往 凭 按 依 比 便 仍 才 已 曾 正 要 会 能 可 应 须 需 请 令 如 若 当 就是 还是 以 并且 进行 实施 "
    "报 交 送 发 至 自 让 有 无 没有 如何 什么 这个 那个 这些 那些 我们 他们 大家 "
    "战胜 逼平 击败 负于 输给 迎战 对阵 击退 力克 不敌 胜 负 平 "
    "委托 聘请 邀请 安排 购买 引进 依托 委派 督促 责令 约谈 作为 "
    "露天".split()  # (…串串香|露天|烧烤: the open-air barbecue a shop runs, not the shop's name)
)
FUNCTION_CHARS = frozenset("到在赴对和与及向为由把被将从于因后前并且而又再还也都就才已是的了着过给让使报交送至自共等我你他她该此这那同跟以须暨其")
MODIFIER_TAGS = frozenset("ns nt nz n nr nrt nrfg j an b eng vn nw ng s l i".split())
PLACE_HEADS = frozenset({"镇", "乡", "村", "街道", "社区", "苏木"})
TOWNSHIP_ENDINGS = ("镇", "乡", "街道", "苏木")
DIVISION_ENDINGS = frozenset("省市县区州旗盟")
STANDALONE_NEVER = frozenset("所处科站台报军馆会")
VERB_TAGS = frozenset({"v", "vd", "vi", "d", "ad", "a", "p", "c", "u"})
# Stems that make a one-word body generic (有限公司, 分公司): kinds and words of size or place, not names.
NOT_NAME_STEMS = frozenset("有限 股份 有限责任 责任 总 分 子 母 大 小 老 新 本 该 各 全 上级 下属 所属 基层".split())
GENERIC_STEM_TAGS = frozenset({"n", "v", "vn", "a", "ad", "d", "m", "q", "r", "p", "c", "u", "f", "t"})
DEMONSTRATIVES = frozenset("该 本 此 这 那 其 各 每 这个 那个 这些 那些".split())
TEAM_GLUE = frozenset("以会在将对和与及为被把也又再还都就")
RARE_AS_NAME = frozenset({"n", "a", "v", "vn", "l", "i", "ng", "nr"})
RARE = 60
COMMON_NOUN = 2000  # a one-word name before a shop's ending this frequent is a kind of business (广告公司)
COMMON_WORD = 700  # jieba frequency above which a county's stem is more likely a word (会同 "together with")
PROPER_TAGS = frozenset({"ns", "nt", "nz", "unk", "j", "nr", "nrt", "nrfg", "eng", "ng"})
# Heads whose names often carry verbs (推进…领导小组办公室): they reach back to a place or county prefix.
COMMITTEE_HEADS = ("领导小组办公室", "领导小组", "指挥部", "委员会", "办公室", "工作组")
PUNCT_BREAK = set("，。；：！？、,.;:!?\n\r\t 　《》<>【】[]（）()")
CONTACT = re.compile(r"电话|邮箱|[0-9]{3,4}[-—][0-9]{7,8}|[0-9]{7,}")  # not 12309 in (12309检察服务中心)
PAREN = re.compile(r"[（(]([^（()）\n，。；：、]{1,16})[)）]")
ALIAS_INTRO = re.compile(r"[（(](?:以下)?简称[“\"]?([^”\"）)]{2,12})[”\"]?[)）]")
# Names transcribed from other languages join their parts with a middle dot.
TRANSLITERATED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")
BRANCH_OF_BODY = re.compile(r"(?:分局|分队|中队|大队|[所站科股室])$")
# After a short name, the start of a document's number (松安办〔2021〕2号, 安巩卫办字〔2020〕5号, 汶爱卫办发〔2019〕9号).
DOCUMENT_NUMBER_AFTER = re.compile(r"[发字函电]?〔")
# Kinds of unit often named after a place without being the township's own (大王经济开发区, 古蔺中学).
NAMED_AFTER_PLACE_TYPES = frozenset({"school", "government"})
TOWNSHIP_PART = re.compile(r"(?:[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,4}?[\u4e00-\u9fff]族)(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2})")
TOWNSHIP_FORM = re.compile(r"(街道办事处|街道办|街道|镇|乡|苏木)$")
CJK = re.compile(r"[\u4e00-\u9fff]")
ORDINAL = re.compile(r"第[一二三四五六七八九十0-9]+")
TERM = re.compile(r"第?[一二三四五六七八九十0-9]+届")
BRACKETED_ABBREVIATION = re.compile(r"[（(]([县市省][^（()）]{1,10})[)）]")
TOWNSHIP_OFFICE = re.compile(r"(?<=[\u4e00-\u9fff])(镇|乡)(?:人民)?政府$")
NUMBERED_BODY = re.compile(r"第?[一二三四五六七八九十]+(?:中|小|完小|幼|职|医院|人民医院|中医院)")
JIEDAO_OFFICE = re.compile(r"(街道)办事处$|(街道)办$|(镇|乡)(?:人民)?政府$")


@dataclass(frozen=True, slots=True)
class UnitMention:
    text: str
    start: int
    end: int
    canonical: str
    type: str
    title: str | None = None
    stance: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def with_stance(self, stance: str | None) -> UnitMention:
        # dataclasses.replace would work out the fields again for every judged mention
        return UnitMention(self.text, self.start, self.end, self.canonical, self.type, self.title, stance)


@dataclass(frozen=True)
class Lexicon:
    heads: tuple[str, ...]  # longest first
    weak_heads: frozenset[str]
    head_words: frozenset[str]
    long_not_heads: frozenset[str]
    head_set: frozenset[str]
    head_last_chars: frozenset[str]
    title_last_chars: frozenset[str]
    max_head: int
    branch_heads: tuple[str, ...]
    part_heads: tuple[str, ...]
    clause_verbs: frozenset[str]
    place_named_heads: frozenset[str]
    market_place_words: frozenset[str]
    township_area_heads: frozenset[str]
    generic_township_words: frozenset[str]
    honour_verbs: tuple[str, ...]
    branch_parents: tuple[str, ...]
    branch_ending: re.Pattern[str]  # a place and one of `branch_endings` in org_suffixes.toml
    branch_in_tail: re.Pattern[str]  # a name of two characters or more closed by the first of `branch_heads`
    kind_words: tuple[str, ...]
    field_named_heads: frozenset[str]
    not_heads: frozenset[str]
    business_kinds: frozenset[str]
    generic_bodies: frozenset[str]
    generic_modifiers: frozenset[str]
    abstract_modifiers: dict[str, frozenset[str]]  # head word -> words before it that make it a notion
    shop_heads: frozenset[str]
    shop_followers: tuple[str, ...]
    household_businesses: frozenset[str]
    word_like_county_stems: frozenset[str]
    honour_words: re.Pattern[str]  # place_honorifics of two characters and more, as one pattern
    bodies: dict[str, str]
    local: dict[str, str]
    provincial_forms: dict[str, tuple[tuple[str, str], ...]]  # province -> (usual expansion, its own wording)
    type_endings: tuple[tuple[str, str], ...]  # longest first
    max_type_ending: int
    type_ending_map: dict[str, str]
    type_prefixes: tuple[tuple[str, str], ...]
    default_type: str
    titles: frozenset[str]
    weak_titles: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    yi_surnames: frozenset[str]
    after_name_words: tuple[str, ...]
    nameless_role_followers: tuple[str, ...]
    anonymised_roles: tuple[str, ...]  # longest first
    collective_roles: tuple[str, ...]
    group_after_joined_role: re.Pattern[str]  # a group joined to a role by 和 (和包村干部), right after the 和
    given_name_endings: frozenset[str]
    listed_name: re.Pattern[str]
    not_name_endings: frozenset[str]
    minority_name_endings: frozenset[str]
    ambiguous_surnames: frozenset[str]
    place_honorifics: frozenset[str]
    word_tags: dict[str, str]
    verbs_not_places: frozenset[str]
    company_name_verbs: frozenset[str]
    body_name_verbs: frozenset[str]
    company_heads: frozenset[str]
    business_heads: tuple[str, ...]  # shop_heads and company_heads, sorted: one key for a pattern, a tuple for endswith
    known_orgs: frozenset[str]
    known_names: frozenset[str]


@cache
def _jieba_tags() -> dict[str, str]:
    tags: dict[str, str] = {}
    dictionary = Path(jieba.__file__).parent / "dict.txt"
    with open(dictionary, encoding="utf-8") as handle:
        for line in handle:
            parts = line.split()
            if len(parts) == 3:
                tags[parts[0]] = parts[2]
    return tags


@cache
def lexicon() -> Lexicon:
    suffixes = load_toml("org_suffixes.toml")
    abbreviations = load_toml("abbreviations.toml")
    types = load_toml("unit_types.toml")
    titles = load_toml("titles.toml")
    tags = dict(_jieba_tags())
    for word, _, tag in project_words():
        if tag in {"nt", "title"} or word not in tags:
            tags[word] = tag
    for line in (Path(__file__).parent / "dicts" / "campaign_terms.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    for title in titles["titles"]:
        tags[title] = "title"
    for verb in suffixes["verbs_not_places"]:
        tags[verb] = "v"
    endings = tuple(suffixes["heads"]) + tuple(suffixes["head_words"])
    # jieba's nt words include phrases (统一安排); only those that end like an organisation count.
    not_endings = tuple(w for w in suffixes["not_heads"] if len(w) >= 2)  # 中美关系 is nt to jieba
    known = {w for w, t in tags.items() if t == "nt" and w.endswith(endings) and not w.endswith(not_endings)}
    known |= {w for w, t in tags.items() if t == "nt" and len(w) >= 3 and w.endswith(tuple(suffixes["nt_endings"]))
              and not w.endswith(not_endings)}
    known |= {k for k in abbreviations["bodies"] if k[0] not in NUMERALS} | set(abbreviations["local"])
    # a banner's or a district's own bodies are written as a county's are (旗委, 区纪委监委)
    known |= {level + k[1:] for k in abbreviations["local"] if k.startswith("县") for level in "旗区"}
    known |= {word for word, _, tag in project_words() if tag == "nt" and word[0] not in NUMERALS}
    known |= set(suffixes["known_names"]) | set(suffixes["short_names"])
    return Lexicon(
        heads=tuple(sorted(set(suffixes["heads"]), key=len, reverse=True)),
        weak_heads=frozenset(suffixes["weak_heads"]),
        head_words=frozenset(suffixes["head_words"]),
        long_not_heads=frozenset(w for w in suffixes["not_heads"] if len(w) >= 2),
        head_set=frozenset(suffixes["heads"]),
        head_last_chars=frozenset(h[-1] for h in suffixes["heads"]),
        title_last_chars=frozenset(t[-1] for t in titles["titles"]),
        max_head=max(len(h) for h in suffixes["heads"]),
        branch_heads=tuple(sorted(set(suffixes["branch_heads"]), key=len, reverse=True)),
        branch_in_tail=re.compile(r".{2,}?(?:" + "|".join(
            map(re.escape, sorted(set(suffixes["branch_heads"]), key=len, reverse=True))) + ")"),
        part_heads=tuple(sorted(set(suffixes["part_heads"]), key=len, reverse=True)),
        clause_verbs=frozenset(suffixes["clause_verbs"]),
        place_named_heads=frozenset(suffixes["place_named_heads"]),
        market_place_words=frozenset(suffixes.get("market_place_words", ())),
        township_area_heads=frozenset(suffixes["township_area_heads"]),
        generic_township_words=frozenset(suffixes["generic_township_words"]),
        honour_verbs=tuple(suffixes["honour_verbs"]),
        branch_parents=tuple(suffixes["branch_parents"]),
        branch_ending=re.compile(r"[\u4e00-\u9fff]{2,4}?(?:" + "|".join(map(re.escape, suffixes["branch_endings"])) + ")"),
        kind_words=tuple(suffixes["kind_words"]),
        field_named_heads=frozenset(suffixes["field_named_heads"]),
        not_heads=frozenset(suffixes["not_heads"]),
        business_kinds=frozenset(suffixes["business_kinds"]),
        generic_bodies=frozenset(suffixes["generic_bodies"]),
        generic_modifiers=frozenset(suffixes["generic_modifiers"]),
        abstract_modifiers={head: frozenset(words) for head, words in suffixes["abstract_modifiers"].items()},
        shop_heads=frozenset(suffixes["shop_heads"]),
        shop_followers=tuple(suffixes["shop_followers"]),
        household_businesses=frozenset(suffixes["household_businesses"]),
        word_like_county_stems=frozenset(suffixes["word_like_county_stems"]),
        honour_words=re.compile("|".join(sorted((re.escape(w) for w in suffixes["place_honorifics"] if len(w) >= 2),
                                                key=len, reverse=True))),
        bodies=dict(abbreviations["bodies"]),
        local=dict(abbreviations["local"]),
        provincial_forms={province: tuple(forms.items())
                          for province, forms in abbreviations.get("provincial_forms", {}).items()},
        type_endings=tuple(sorted(types["endings"].items(), key=lambda kv: len(kv[0]), reverse=True)),
        max_type_ending=max(len(k) for k in types["endings"]),
        type_ending_map=dict(types["endings"]),
        type_prefixes=tuple(types.get("prefixes", {}).items()),
        default_type=types["default"],
        titles=frozenset(titles["titles"]),
        weak_titles=frozenset(titles["weak_titles"]),
        surnames=frozenset(titles["surnames"]),
        compound_surnames=tuple(titles["compound_surnames"]),
        yi_surnames=frozenset(titles["yi_surnames"]),
        after_name_words=tuple(titles["after_name_words"]),
        nameless_role_followers=tuple(titles["nameless_role_followers"]),
        anonymised_roles=tuple(sorted(titles["anonymised_roles"], key=len, reverse=True)),
        collective_roles=tuple(titles["collective_roles"]),
        group_after_joined_role=re.compile(
            r"[\u4e00-\u9fff]?(?:" + literal_alternation(titles["groups_after_joined_role"]) + ")"),
        given_name_endings=frozenset(titles["given_name_endings"]),
        # the last name of a list ends before a conjunction or one of `after_name_words`
        listed_name=re.compile(r"、([\u4e00-\u9fff]{2,4}?)(?=和|" + "|".join(map(re.escape, titles["after_name_words"])) + ")"),
        not_name_endings=frozenset(titles["not_name_endings"]),
        minority_name_endings=frozenset(titles["minority_name_endings"]),
        ambiguous_surnames=frozenset(titles["ambiguous_surnames"]),
        place_honorifics=frozenset(suffixes["place_honorifics"]),
        word_tags=tags,
        verbs_not_places=frozenset(suffixes["verbs_not_places"]),
        company_name_verbs=frozenset(suffixes["company_name_verbs"]),
        body_name_verbs=frozenset(suffixes["body_name_verbs"]),
        company_heads=frozenset(suffixes["company_heads"]),
        business_heads=tuple(sorted(set(suffixes["shop_heads"]) | set(suffixes["company_heads"]))),
        known_orgs=frozenset(known - set(suffixes["generic_bodies"]) - set(suffixes["not_heads"])),
        known_names=frozenset(suffixes["known_names"]),
    )


@cache
def _place_names() -> frozenset[str]:
    names: set[str] = set()
    for division in load_gazetteer().divisions:
        names.add(division.name)
        names.update(a for a in division.aliases if len(a) >= 2)
        if division.level == "county":  # 彭水县 for 彭水苗族土家族自治县, as the county's own pages write it
            names.update(a + division.name[-1] for a in division.aliases if len(a) >= 2)
    suffixes = load_toml("org_suffixes.toml")
    # A division called 社区 or 中心 must not turn those words into place names.
    common = set(suffixes["heads"]) | set(suffixes["head_words"]) | set(suffixes["generic_bodies"])
    common |= set(suffixes["generic_modifiers"]) | set(suffixes["not_heads"]) | set(suffixes["verbs_not_places"])
    return frozenset(names - common)


# ---------------------------------------------------------------------------------------------------------------
# Candidate spans


class _Token(NamedTuple):
    word: str
    start: int
    end: int
    tag: str
    head: str | None = None  # the organisational ending this word closes a name with, if any
    anchor: bool = False  # a place name or a level prefix (`_is_anchor`)
    modifier: bool = False  # a word that may name a unit before its head (`_is_modifier`)


# The fields of tokens as functions, for the passes that run over all of a story's tokens in C (map, bisect).
TOKEN_WORD, TOKEN_START, TOKEN_END, TOKEN_TAG, TOKEN_HEAD = map(itemgetter, range(5))
_Classes = tuple[str, str | None, bool, bool]  # the fields of a `_Token` that depend on its word alone
NOT_A_WORD: _Classes = ("x", None, False, False)


class _WordClasses:
    """(tag, head, anchor, modifier) of each word, worked out once per word for a tokenizer and remembered across
    stories: the walks over a story's tokens test them again and again."""

    LIMIT = 300_000  # distinct words remembered; past it the memory starts over

    def __init__(self, freq: dict[str, int]) -> None:
        self.freq = freq
        self.lex = lexicon()
        self.places = _place_names()
        self.known: dict[str, _Classes] = {}
        self.glued: set[str] = set()  # words `_tokens` splits in two (see `_glued`)
        # Those and the words that may hold a team's 队 glued to the next word (队以): a story without any is
        # never walked word by word.
        self.splittable: set[str] = set()

    def of(self, word: str) -> _Classes:
        if len(word) == 1 and not "\u4e00" <= word <= "\u9fff":
            found = NOT_A_WORD  # punctuation, digits, letters
        else:
            tag = _word_tag(word, self.lex, self.places, self.freq)
            found = (tag, _head_of(word, tag, self.lex), _is_anchor(word, tag, self.lex),
                     _is_modifier(word, tag, self.lex))
            if tag == "unk" and _glued(word):
                self.glued.add(word)
                self.splittable.add(word)
            elif _team_glued(word):
                self.splittable.add(word)
        if len(self.known) >= self.LIMIT:
            # The two sets of word pairs stay: they are small, and a story's words looked up before the memory
            # started over must still be split.
            self.known.clear()
        self.known[word] = found
        return found


@lru_cache(maxsize=4)
def _word_classes(tokenizer: jieba.Tokenizer) -> _WordClasses:
    return _WordClasses(tokenizer.FREQ)


def _tokens(words: Sequence[Token], classes: _WordClasses) -> list[_Token]:
    known, of = classes.known, classes.of
    # A story has thousands of tokens: classes looked up in one pass, tuples joined and made without the
    # named tuple's Python-level constructor.
    names = list(map(TOKEN_WORD, words))
    found = list(map(known.get, names))
    if None in found:
        for i in [i for i, pair in enumerate(found) if pair is None]:
            found[i] = known.get(names[i]) or of(names[i])
    if classes.splittable.isdisjoint(names):
        return list(map(tuple.__new__, repeat(_Token), map(add, words, found)))
    result: list[_Token] = []
    append = result.append
    make = tuple.__new__
    for word, start, end in words:
        if word in classes.glued:
            # 到|区 防汛抗旱指挥部, 已由|旗 城管局, 督查|局|将: one character of the word belongs to the name beside it.
            cut = len(word) - 1 if word[-1] in COUNTY_LEVELS else 1
            append(make(_Token, (word[:cut], start, start + cut) + (known.get(word[:cut]) or of(word[:cut]))))
            word, start = word[cut:], start + cut
        elif (_team_glued(word) and result and result[-1].tag in PROPER_TAGS and result[-1].head is None):
            # 哥伦比亚|队以, 松日|队会: the segmentation glued a team's 队 to the next word.
            append(make(_Token, ("队", start, start + 1) + (known.get("队") or of("队"))))
            word, start = word[1], start + 1
        append(make(_Token, (word, start, end) + (known.get(word) or of(word))))
    return result


GLUE_BEFORE_LEVEL = frozenset("到在赴对向从由于被获经与和及同跟给让据以")
GLUE_AFTER_HEAD = frozenset("将对在已于和与及向为被把也又再还都就以")
GLUE_ADVERBS = frozenset("已将正均也都")
GLUE_BEFORE_NAME = frozenset("对")


def _team_glued(word: str) -> bool:
    """队以, 队会: a team's 队 and the function character after it, as jieba may cut 哥伦比亚|队以."""
    return len(word) == 2 and word[0] == "队" and word[1] in TEAM_GLUE


def _glued(word: str) -> bool:
    """到区, 局将: a word jieba did not know, made of a function character and a level character (到|区防汛抗旱指挥部,
    with an adverb before it: 已由|旗城管局), of a body's last character and a function character (督查局|将,
    暗访组|对), or of a shop's ending twice (老周家馄饨店|店外) or with a position after it (老五原烧麦|馆后|厨)."""
    if len(word) == 4:
        return word[0] in GLUE_BEFORE_NAME  # 对鑫源商|砼|有限公司
    if len(word) == 3:
        # 已由|旗城管局; 对鑫源|豆制品加工坊: 对 glued to the name after it
        return (word[0] in GLUE_ADVERBS and word[1] in GLUE_BEFORE_LEVEL and word[2] in COUNTY_LEVELS
                or word[0] in GLUE_BEFORE_NAME)
    return len(word) == 2 and (word[0] in GLUE_BEFORE_LEVEL and word[1] in COUNTY_LEVELS
                               or word[0] in "局委办厅组乡镇" and word[1] in GLUE_AFTER_HEAD
                               or word in ("店店", "馆馆")  # 馄饨店|店外: a shop's ending and the next word's
                               or word[0] == "馆" and word[1] in "后前内外")  # 烧麦|馆后|厨: and a position


def _word_tag(word: str, lex: Lexicon, places: frozenset[str], freq: dict[str, int]) -> str:
    tag = lex.word_tags.get(word)
    if word in lex.verbs_not_places:
        return tag
    if (tag in RARE_AS_NAME and len(word) >= 2 and freq.get(word, 0) < RARE and word[-1] not in lex.head_last_chars
            and not any(word[-size:] in lex.head_set for size in range(1, min(len(word), lex.max_head) + 1))):
        tag = "unk"  # 胜境, 聚香: words jieba has seen a few times are names here
    if tag is None or tag == "x" and CJK.search(word):
        # (娜, 墅: characters jieba knows only inside words, which names spell with)
        tag = "ns" if word in places else ("x" if not CJK.search(word) else "unk")
    elif word in places and tag not in {"nt", "title"}:
        tag = "ns"
    if tag != "title" and len(word) > 2 and word[-1] in lex.title_last_chars and any(
        word[-size:] in lex.titles for size in (2, 3, 4)
    ):
        tag = "title"  # 县委书记, 镇党委书记 as one word
    return tag


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
        if stem and (stem in lex.generic_modifiers or stem in FUNCTION_CHARS or stem[0] in "个所家座名几多两每各该本" and not (
                len(stem) == 2 and lex.word_tags.get(stem) == "n" and head in lex.company_heads)  # (家具厂: 家具 is
                # a word, not 家 counting)
                     or stem.isdigit() or (len(head) == 1 and head in "部所处台站队" and all(c in NUMERALS for c in stem.removeprefix("第")))):
            return None
        # 广大干部, 公共场所: an ordinary word longer than the head closes the word (金城镇 is a place, not 城镇);
        # a body's own word is no such word (财政局 is no 政局).
        if tag != "ns" and word not in lex.generic_bodies and any(
                word[-longer:] in lex.long_not_heads for longer in range(size + 1, len(word))):
            return None
        return head
    return None


def _weak_head_word(token: _Token, head: str, lex: Lexicon) -> bool:
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


def _extend_left(tokens: list[_Token], head_index: int, text: str, lex: Lexicon) -> int:
    """Index of the first token of the name whose head is `tokens[head_index]`."""
    first = head_index
    anchored = tokens[head_index].anchor
    # A known name (新华社, 县爱卫办) takes only places and parent bodies before it, never loose words.
    known = len(tokens[head_index].word) > 1 and tokens[head_index].word in lex.known_orgs
    k = head_index - 1
    while k >= 0 and tokens[head_index].end - tokens[k].start <= 30:
        token = tokens[k]
        if token.word in GLUE_ADVERBS:
            break  # 县防指|已|派出|工作组: an adverb opens a clause, no name holds one
        if token.word == "集镇" and k > 0 and tokens[k - 1].word.endswith(("镇", "乡")):
            break  # 长桥镇|集镇|农贸市场: the township seat's market, no name of its own (富村|集镇|市场 is one)
        if token.word == "县城" and tokens[k + 1].word == "乡":
            return k  # 县城|乡|环卫…服务中心: the county's 城乡 (town and country) body, cut after 县城
        if _word_before_level(token.word, lex):
            return k  # 卫健局会同区|教育局: nothing left of the conjunction belongs to the name
        if (token.word == "和" and k >= 2 and len(tokens[k - 1].word) == 1 and first == k + 1 and (
                tokens[k - 2].anchor and tokens[head_index].head in lex.company_heads
                or not CJK.search(tokens[k - 2].word) and (tokens[head_index].head in lex.shop_heads
                                                            or tokens[head_index].head[-1] in "店馆"))):
            first = k - 1  # 溧阳|嘉|和|物业服务有限公司, 、佳|和|美发店: a brand of two characters, the second 和
            k -= 2
            continue
        if token.word in lex.word_like_county_stems and (tokens[k + 1].anchor or
                tokens[k + 1].word[:1] in COUNTY_LEVELS or tokens[k + 1].word.endswith(("县", "旗"))):
            return k + 1  # 卫健局会同|区|教育局, 执法局会同|威海市|生态环境局
        if known and not anchored:
            if k >= 2 and tokens[k - 2].anchor and _joins_one_body(tokens, k, head_index, lex):
                first = k - 1  # 县|农牧|和|科技局, 县|自然资源|和|规划局: a known body's name, opened by a place,
                k -= 2  # may still hold a 和
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
            if token.tag == "ns" and (township_ok or not token.word.endswith(("镇", "乡", "村", "社区", "街道"))) or token.word in {"中共", "共青团", "团", "国网"}:
                first = k
                k -= 1
                continue
            if len(token.word) >= 2 and (token.word in lex.known_orgs or token.tag == "nt") and token.head:
                # 中国红十字会上海市分会: a named parent body before the place of its branch.
                first = k
                k -= 1
                continue
            break
        if _joins_one_body(tokens, k, head_index, lex):
            first = k
            k -= 1
            continue
        if (token.word.endswith(lex.kind_words) and k + 1 < head_index
                and (tokens[k + 1].tag in PROPER_TAGS or tokens[k + 1].tag == "ns")):
            break  # 台资|企业|九鼎|…|公司: a description before the name, not a part of it
        if token.head and token.word.endswith(TOWNSHIP_ENDINGS) and (
                _named_business(tokens, first, head_index, lex) or tokens[head_index].head in lex.township_area_heads):
            break  # 淮镇|利民超市, 姚村镇|宏发铸造厂: a business with a name of its own is no part of the township
            # (and 龙东街道|夜市, 秦山街道|工业园区 are the street's night market and park, no units)
        if (tokens[head_index].head in lex.company_heads and first < head_index and len(token.word) == 2
                and CJK.fullmatch(token.word[0]) and CJK.fullmatch(token.word[1]) and not token.head
                and token.word not in STOP_WORDS and token.word not in lex.clause_verbs and not (
                    token.word[0] in SMALL_NUMERALS and token.word[1] in MEASURE_AFTER_NUMERAL)  # (上罗镇|一家|…)
                and k > 0 and tokens[k - 1].tag == "ns" and tokens[k - 1].anchor):
            first = k  # 青阳县|鼎盛|建设工程|有限公司, 广德|鼎新|电子科技|…: a brand after the place, whatever jieba tagged it
            k -= 1
            continue
        if token.anchor and token.word in lex.generic_modifiers and first < head_index and k > 0 and tokens[k - 1].anchor:
            first = k  # 沙河口区|城市|建设|管理局: a place-like word of the body's name, after the place
            anchored = True
            k -= 1
            continue
        if (token.head in lex.company_heads or token.head in lex.shop_heads) and tokens[head_index].head in (
                "站", "冷库", "料场", "砂石料场"):
            break  # …热力有限责任公司|换热站, …冻品店|冷库: a business's station or cold store is its facility, not a
            # unit holding the business
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
                and tokens[k - 1].word not in STOP_WORDS and tokens[head_index].head in lex.company_heads
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

# Last characters of time words (今年, 现在): a time-tagged word ending so at a clause opening is no brand
TIME_WORD_ENDINGS = frozenset("年月日天周时期季节在后前来")


def _named_business(tokens: list[_Token], first: int, head_index: int, lex: Lexicon) -> bool:
    """The name from `first` to the head is a shop's or a company's with a name of its own (利民超市, 宏发铸造厂),
    not a township's facility (禾川镇农贸市场, 富村镇卫生院)."""
    head = tokens[head_index]
    if head.head not in lex.shop_heads and head.head not in lex.company_heads:
        return False
    return any(t.tag in PROPER_TAGS and not t.anchor for t in tokens[first:head_index]) or (
        first == head_index and len(head.word) > len(head.head) and head.tag in PROPER_TAGS)


def _joins_one_body(tokens: list[_Token], k: int, head_index: int, lex: Lexicon) -> bool:
    """城市管理和综合执法局, 文化广电和旅游局: the 和 at `k` joins two parts of one body's name, not two units
    (军队|和|检察院)."""
    if tokens[k].word not in {"和", "与"} or k - 1 < 0 or k + 1 > head_index:
        return False
    left, right = tokens[k - 1], tokens[k + 1]
    # (冷链食品|和|农贸市场: a market or a shop closes no body's name)
    right_ok = not right.head or (k + 1 == head_index and len(right.word) >= 3 and not right.anchor
                                  and right.head not in lex.shop_heads)
    return (left.modifier and not left.head and not left.anchor and left.word not in lex.not_heads
            and right_ok and left.tag in {"n", "vn", "l", "nz", "j"})


def _verb_in_name(tokens: list[_Token], k: int, head_index: int, lex: Lexicon) -> bool:
    """香港|终审|法院, 法国|统计|和|经济|研究|中心: a word jieba calls a verb inside a name that a place or proper name opens."""
    token = tokens[k]
    return (token.tag == "v" and len(token.word) == 2 and token.word not in STOP_WORDS and k > 0
            and token.word not in lex.clause_verbs
            and len(tokens[head_index].head or "") >= 2
            and tokens[k - 1].head is None and tokens[k - 1].word not in STOP_WORDS
            and (tokens[k - 1].tag in {"ns", "nt"} or tokens[k - 1].word[-1] not in lex.head_last_chars)
            and (tokens[k - 1].anchor or tokens[k - 1].tag in PROPER_TAGS))


CAMPAIGN_VERBS = frozenset({"巩固", "创建", "争创", "复审"})  # 巩固国家卫生县城: a campaign named in a committee


def _committee_start(tokens: list[_Token], head_index: int, lex: Lexicon) -> int | None:
    """Committee names carry verbs (推进…领导小组办公室); reach back to a place or county prefix if one is close."""
    k = head_index - 1
    while k >= 0 and tokens[head_index].end - tokens[k].start <= 40:
        word = tokens[k].word
        if (any(ch in PUNCT_BREAK for ch in word) or word in {"的", "了", "是", "在", "对", "由", "为", "把", "被", "将", "向", "从"}
                or word in GLUE_ADVERBS):
            return None  # 县防指|已|派出|工作组: a clause, not a committee's name
        if tokens[k].tag == "m" and word[-1] in "年月日号":
            return None  # 某某办公厅|1997年12月11日|…委员会: a date between two bodies
        if tokens[k].head and (tokens[k + 1].tag == "v" or tokens[k + 1].word[0] == "驻"):
            return None  # 旗农牧局|组织|工作组, 县市场监管局|组成|6个|工作组: the body acts, it names no committee;
            # 县住建局|驻镇|工作组: a team it sent out
        if tokens[k].head and len(tokens[k].word) >= 3 and tokens[k].word in lex.known_orgs:
            return k  # 中国围棋协会青少年发展委员会: a committee of a named body
        if word in {"和", "与", "及"} and k > 0 and tokens[k - 1].head:
            return None  # 德国工商协会和德中委员会: two bodies
        if tokens[k].word == "国家" and k > 0 and tokens[k - 1].word in CAMPAIGN_VERBS:
            k -= 2  # 江津区巩固|国家|卫生城区工作指挥部: 国家 is part of the campaign, the place is further left
            continue
        if tokens[k].word in LEVEL_CHARS and k > 2 and tokens[k - 1].word == "卫生" and tokens[k - 2].word == "国家":
            k -= 2  # 荣昌区巩固|国家|卫生|区|工作领导小组办公室: the campaign's 国家卫生区, no level of the body
            continue
        if tokens[k].anchor and k > 1 and (tokens[k - 1].word in CAMPAIGN_VERBS or (
                tokens[k - 1].word in {"全国", "国家"} and tokens[k - 2].word in CAMPAIGN_VERBS)):
            k -= 1  # 船营区创建|全国|文明城市|工作指挥部: the campaign's place words are no prefix of the body
            continue
        if tokens[k].anchor and tokens[k].word not in {"全国"} and tokens[k].word not in lex.generic_modifiers:
            start = k  # (兰考县健康|城市|建设…领导小组办公室: 城市 is no place of the body's)
            while start - 1 >= 0 and tokens[start - 1].tag == "ns":
                start -= 1
            if start > 0 and tokens[start - 1].word in set(LEVEL_CHARS):
                start -= 1
            return start
        k -= 1
    return None


def _meaningful(span_tokens: list[_Token], head: str, lex: Lexicon) -> bool:
    """A span names a unit only with a naming modifier, unless it is a known name itself."""
    last = span_tokens[-1]
    if len(span_tokens) == 1:
        if lex is lexicon():  # one word: the answer depends on the word alone, and words recur
            return _meaningful_word(last.word, last.tag, head)
        return _meaningful_one(last, head, lex)
    return _meaningful_many(span_tokens, head, lex)


@lru_cache(maxsize=65536)
def _meaningful_word(word: str, tag: str, head: str) -> bool:
    return _meaningful_one(_Token(word, 0, len(word), tag, head), head, lexicon())


def _meaningful_one(last: _Token, head: str, lex: Lexicon) -> bool:
    """`_meaningful` for a span of one word."""
    weak = _weak_head_word(last, head, lex)
    word = last.word
    if word in lex.known_orgs:
        return True
    stem = word[: len(word) - len(head)]
    if len(stem) >= 2 and (lex.word_tags.get(stem) in {"ns", "nz", "nr", "nrt", "nt", "j"} or stem in _place_names()):
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
        return last.tag in PROPER_TAGS and stem not in lex.place_honorifics
    if head == "部" and len(word) == 3 and word in lex.head_words:
        return True  # 教育部, 外交部
    # A one-word name: only names jieba knows or does not know at all (北京大学, 胜境中学), or a name of two
    # characters and more before a body word of two and more (可口可乐公司, 人保公司).
    return last.tag in PROPER_TAGS and len(word) >= 3 or (
        len(head) >= 2 and len(stem) >= 2 and head not in PLACE_HEADS and stem not in lex.generic_modifiers
        and stem not in NOT_NAME_STEMS and lex.word_tags.get(stem) not in GENERIC_STEM_TAGS
    )


def _meaningful_many(span_tokens: list[_Token], head: str, lex: Lexicon) -> bool:
    """`_meaningful` for a span of several words: the head and the words that name it."""
    last = span_tokens[-1]
    weak = _weak_head_word(last, head, lex)
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
    if head in PLACE_HEADS and (modifiers[-1].word in lex.place_honorifics or last.word[: -len(head)] in lex.place_honorifics):
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


def _proper(token: _Token) -> bool:
    return token.tag in PROPER_TAGS and token.word not in LEVEL_CHARS


def _named_by_field(span_tokens: list[_Token], head: str, lex: Lexicon) -> bool:
    """语文出版社, 农业保险公司, 武术管理中心: a field of work names a body whose own word is long and specific."""
    last, modifiers = span_tokens[-1], span_tokens[:-1]
    field_head = last.word in lex.field_named_heads  # 摄影家|协会, 警察|工会
    return (
        len(head) >= 2 and (len(last.word) >= 3 or field_head) and len(modifiers) <= 2
        and (last.word not in lex.generic_bodies or field_head) and last.word not in lex.not_heads
        and not last.word.endswith(COMMITTEE_HEADS)
        and all(t.tag in {"n", "nz"} and len(t.word) >= 2 and t.word not in lex.generic_modifiers for t in modifiers)
    )


def _name_without_surname(text: str, start: int, freq: dict[str, int]) -> int | None:
    """泽仁多吉, 次仁旺堆: a Tibetan, Mongolian or Uyghur name right after an official's title has no Han surname.
    It runs two to six characters up to the first common word (县长泽仁多吉|带领, 旗长额尔敦巴雅尔|要求); a common
    word itself (县长|要求, 局长|一行) is no name."""
    if start >= len(text) or not CJK.match(text[start]):
        return None
    if text[start] in FUNCTION_CHARS:
        # 才让多杰: a function character opens a four-character name only when no common word lies inside it
        # and one starts right after it
        four = text[start : start + 4]
        if (len(four) == 4 and all(CJK.match(ch) for ch in four) and (
                all(freq.get(four[i : i + 2], 0) < 100 for i in range(3)))
                and (start + 4 == len(text) or not CJK.match(text[start + 4])
                     or freq.get(text[start + 4 : start + 6], 0) >= 100)):
            return start + 4
        return None
    for end in range(start + 2, min(start + 6, len(text)) + 1):
        name = text[start:end]
        if not all(CJK.match(ch) for ch in name) or freq.get(name[:2], 0) >= 100 or freq.get(name, 0) >= 100:
            return None
        if end == len(text) or not CJK.match(text[end]) or freq.get(text[end : end + 2], 0) >= 100:
            return end if any(freq.get(name[i : i + 2], 0) < 100 for i in range(len(name) - 1)) else None
    return None


# Characters that open given names (李向东, 王为民) as often as they follow a name as a preposition (林向记者介绍).
NAME_OR_PREPOSITION = frozenset("向为再又")


def _given_name_opening(text: str, given: int, lex: Lexicon, freq: dict[str, int]) -> bool:
    """李向东连夜, 王为民表示, 杨再兴出席: 向, 为, 再 or 又 after a surname opens the given name unless a common word
    follows it or starts with it (再次, 又一)."""
    following = text[given + 1 : given + 2]
    return (text[given] in NAME_OR_PREPOSITION and bool(following) and CJK.match(following) is not None
            and following not in lex.not_name_endings and freq.get(text[given + 1 : given + 3], 0) < 100
            and (text[given] in "向为" or freq.get(text[given : given + 2], 0) < 100))


NAME_CHARS_ALSO_FUNCTION = frozenset("和同")  # 卢保和, 李同: function characters that end given names too
PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})


def _long_name_end(text: str, start: int, lex: Lexicon, freq: dict[str, int]) -> int | None:
    """旗长孟克吉日嘎拉|要求, 副旗长那仁满都拉|带队: where names without a Han surname are common, a name of four to six
    characters with no common word inside it runs up to a word that follows names."""
    for end in range(min(start + 6, len(text)), start + 3, -1):
        name = text[start:end]
        if (text.startswith(lex.after_name_words, end) and all(CJK.match(ch) and ch not in lex.not_name_endings for ch in name)
                and not any(text.startswith(lex.after_name_words, p) for p in range(start + 1, end))
                and all(freq.get(name[i : i + 2], 0) < 100 or name[i : i + 2] in lex.minority_name_endings
                        for i in range(len(name) - 1))):
            return end  # (才让东周: a Tibetan name may open with a word of its own)
    return None


def _name_end(text: str, start: int, lex: Lexicon, freq: dict[str, int], strong: bool = False) -> int | None:
    """End of a Chinese personal name starting at `start`, or None when no name starts there. After a strong title
    (`strong`) a name without a Han surname is looked for too."""
    if strong and (long_name := _long_name_end(text, start, lex, freq)):
        regular = _name_end(text, start, lex, freq)
        if regular is None or not text.startswith(lex.after_name_words, regular):
            return long_name  # (韦国强|说, 高志刚|致辞: a name that ends well as it is stays so)
    transliterated = TRANSLITERATED_NAME.match(text, start)
    if transliterated:  # 努尔兰·哈山, 卡洛斯·阿马特: the last part ends where a common word starts (哈山|宣布)
        last = start + max(transliterated.group().rfind(dot) for dot in "·•・‧") + 1
        for end in range(last + 2, transliterated.end()):
            if text.startswith(lex.after_name_words, end):
                return end
            if freq.get(text[end : end + 2], 0) >= 100 and not text.startswith(lex.after_name_words, end + 1):
                return end  # (阿依古丽·托乎提|出席: 提出 is a word, but a name before 出席 is likelier)
        return transliterated.end()
    if text[start : start + 2] in lex.yi_surnames and start + 4 <= len(text) and all(
            CJK.match(ch) for ch in text[start + 2 : start + 4]):
        return start + 4  # 吉克阿依, 阿苏拉哈: a Yi name of four
    if text[start : start + 2] in lex.compound_surnames:
        surname_len = 2
    elif text[start : start + 1] in lex.surnames:
        surname_len = 1
    else:
        return _name_without_surname(text, start, freq) if strong else None
    given = start + surname_len
    if text[given : given + 2] == "某某":
        return given + 2
    if strong and surname_len == 1 and text[start + 3 : start + 5] in lex.minority_name_endings and all(
            CJK.match(ch) for ch in text[given : start + 3]):
        return start + 5  # 旗长乌兰其其格, 孟和巴雅尔: a Mongolian name of five, whatever characters it holds
    if given >= len(text) or not CJK.match(text[given]):
        return None
    if text[given] in NAME_CHARS_ALSO_FUNCTION and text.startswith(lex.after_name_words, given + 1):
        return given + 1  # 副区长苏和|要求: a name of two ending in 和
    if text[given] in lex.not_name_endings and not _given_name_opening(text, given, lex, freq):
        return None
    if surname_len == 1 and text[start] in lex.ambiguous_surnames and (
            freq.get(text[given : given + 2], 0) >= 100 and not text.startswith(lex.after_name_words, given + 2)
            or freq.get(text[given : given + 3], 0) >= 100
            or freq.get(text[start : given + 1], 0) >= 100 and lex.word_tags.get(text[start : given + 1]) not in PERSON_TAGS
            and not text.startswith(lex.after_name_words, given + 1) and not text.startswith(lex.after_name_words, given + 2)):
        return None  # 向全县, 和县委, 和保洁员, 河长|公示牌 (but 副县长周建华、胡晓玲, 县长周建平出席: names)
    third = given + 1
    if (strong and surname_len == 1 and text[third : third + 2] in lex.minority_name_endings
            and not text.startswith(lex.after_name_words, third + 1)):
        return third + 2  # 县长贡保才让, 旗长巴图孟和: a name of four ending as Tibetan and Mongolian names do
    if third < len(text) and text[third] in NAME_CHARS_ALSO_FUNCTION and text.startswith(lex.after_name_words, third + 1):
        return third + 1  # 县长卢保和|要求: 和 ends the name, what follows names do follows it
    if third >= len(text) or not CJK.match(text[third]) or text[third] in lex.not_name_endings:
        return _short_name_end(text, start, third, lex, freq)
    if surname_len == 2:  # 欧阳建军: a given name of two after a compound surname, unless a word starts there
        return third + 1 if freq.get(text[third : third + 2], 0) < 100 else third
    # 陈志强调: the third character starts a word (强调), so the name is 陈志; 何志强表示: it does not; 石光亮出席:
    # 亮出 is a word, but 出席 after a three-character name is the likelier reading.
    starting = freq.get(text[third : third + 2], 0)
    if starting >= 100 and freq.get(text[third + 1 : third + 3], 0) < starting:
        return _short_name_end(text, start, third, lex, freq)
    fourth = third + 1
    if strong and fourth < len(text) and CJK.match(text[fourth]) and text[fourth] not in lex.not_name_endings and (
            text[fourth] not in "到在赴作") and (  # 朴正浩|到八道沟镇, 高文斌|作动员讲话: a name of three and a verb
            text[fourth] not in FUNCTION_CHARS and freq.get(text[fourth : fourth + 2], 0) < 100) and (
            fourth + 1 >= len(text) or text[fourth + 1] in FUNCTION_CHARS or not CJK.match(text[fourth + 1])
            or freq.get(text[fourth + 1 : fourth + 3], 0) >= 100):
        return fourth + 1  # 沙马阿呷带领, 白玛多吉到: four-character Yi and Tibetan names where they are common
    return fourth


def _short_name_end(text: str, start: int, end: int, lex: Lexicon, freq: dict[str, int]) -> int | None:
    """`end` for a name of two characters, or None where they are a common word that is no name and no word that
    follows names comes next (河长|连续两个月, 护林员|全部上岗)."""
    word = text[start:end]
    if (end - start == 2 and freq.get(word, 0) >= COMMON_WORD and lex.word_tags.get(word) not in PERSON_TAGS
            and not text.startswith(lex.after_name_words, end)):
        return None
    return end


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    kind: str  # "org" | "person"
    title: str | None = None


def _indices(flags: Iterable[object]) -> list[int]:
    """Positions of the true flags, found without a Python-level loop (a story has hundreds of tokens)."""
    return list(compress(count(), flags))


def _head_indices(tokens: list[_Token]) -> list[int]:
    """Indices of the tokens that close a name (their `head` is set)."""
    return _indices(map(TOKEN_HEAD, tokens))


NAME_JOINERS = frozenset("·•・‧—－")
FOREIGN_NAME_TAGS = frozenset({"unk", "nr", "nrt", "nrfg", "nz", "eng"})


def _joined_name_start(tokens: list[_Token], first: int) -> int:
    """阿尔法·贝塔公司, 诺瓦—维塔集团: two transcribed names joined by a dot or a dash make one company's name."""
    while (first >= 2 and tokens[first - 1].word in NAME_JOINERS and tokens[first].tag in FOREIGN_NAME_TAGS
           and tokens[first - 2].tag in FOREIGN_NAME_TAGS and tokens[first - 2].head is None):
        first -= 2
    return first


def _word_before_level(word: str, lex: Lexicon) -> bool:
    """会同县, 和县 as jieba cuts 该局会同|县商务局 and 沱江镇和|县民族中学: a word ("together with", "and") that with
    the level character after it happens to spell a county's name."""
    return len(word) >= 2 and word[-1] in COUNTY_LEVELS and word[:-1] in lex.word_like_county_stems


def _org_candidates(tokens: list[_Token], text: str, lex: Lexicon, freq: dict[str, int],
                    own_county: str | None = None, heads: list[int] | None = None) -> list[_Candidate]:
    """`heads`: the indices of the tokens that close a name, when the caller has them (`_head_indices`)."""
    candidates: list[_Candidate] = []
    for i in _head_indices(tokens) if heads is None else heads:
        token = tokens[i]
        head = token.head
        first = _extend_left(tokens, i, text, lex)
        if token.word.endswith(COMMITTEE_HEADS):
            reach = _committee_start(tokens, i, lex)
            if reach is not None and reach < first:
                first = reach
        # Drop leading generic words (各, 县直, 有关) that the walk may have crossed.
        while first < i and tokens[first].word in lex.generic_modifiers and not (
                tokens[first].word == "县城" and tokens[first + 1].word == "乡"):  # 县|城乡 cut as 县城|乡
            first += 1
        if len(head) > 1:
            first = _joined_name_start(tokens, first)  # 伊万·彼得连科 is a person, not a 科
        span = tokens[first : i + 1]
        if not _meaningful(span, head, lex):
            continue
        if first > 0 and tokens[first - 1].word.endswith("届") and TERM.fullmatch(tokens[first - 1].word):
            first -= 1  # 第六届|全国人大: a body's term is part of its name
            if first > 0 and tokens[first - 1].head and tokens[first - 1].word in lex.known_orgs:
                first -= 1  # 政协|第五届|全国委员会: and so is the parent body before the term
        start = _county_before(text, tokens[first].start, freq, own_county)
        lead = span[0].word
        if len(span) > 1 and lead != own_county and _word_before_level(lead, lex):
            # 该局|会同县|商务局, 沱江镇|和县|民族中学 as jieba cuts them: "together with / and the county's …"
            start = span[0].end - 1
        candidates.append(_Candidate(start, token.end, "org"))
    return candidates


PART_NAME_TAGS = frozenset({"n", "nz", "vn", "unk", "j", "ns", "nt", "l", "eng"})
MAX_PART = 10  # characters of a department's name after its parent body


@cache
def _last_chars(words: tuple[str, ...]) -> frozenset[str]:
    return frozenset(word[-1] for word in words)


def _parts_of_bodies(candidates: list[_Candidate], tokens: list[_Token], text: str, lex: Lexicon) -> list[_Candidate]:
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
    closing = {i for end in ends if (i := _token_at(tokens, TOKEN_END, end)) is not None}
    for i in sorted(closing):
        k = i + 1
        while k < len(tokens) and tokens[k].end - tokens[i].end <= MAX_PART:
            word, tag = tokens[k].word, tokens[k].tag
            if word in lex.part_heads:
                if k > i + 1:  # 农村|水利|司: a bare ending, whatever its tag
                    found.append(_Candidate(ends[tokens[i].end], tokens[k].end, "org"))
                break
            if (tag not in PART_NAME_TAGS or word in STOP_WORDS or len(word) > 2 and word in lex.known_orgs
                    or word in lex.generic_modifiers and (tag not in {"n", "ns"} or word[0] == "全")
                    or tag == "unk" and len(word) >= 4):
                break  # 某某部|经商|外交部: a body of its own, not a department; 农村 may name one (农村水利司);
                # 县人民医院|提前完成|胸痛中心: a phrase jieba glued is a clause
            if word.endswith(lex.part_heads):
                if word not in lex.not_heads:  # 某某公司|干部: a word, not a department
                    found.append(_Candidate(ends[tokens[i].end], tokens[k].end, "org"))
                break
            k += 1
    return found


# Townships and villages the gazetteer does not know are still units by their form (阿尔巴斯苏木, 鲁家村).
PLACE_FORM_HEADS = ("苏木", "街道", "嘎查", "社区", "镇", "乡", "村")
PLACE_HEAD_BY_LAST = {head[-1]: head for head in PLACE_FORM_HEADS}  # no two end alike
# No two share a first character, so their order in an alternation does not matter; and none holds another's first
# character inside it, so every place word in a text is a match of its own.
_PLACE_ENDING = "|".join(PLACE_FORM_HEADS)
PLACE_WORD = re.compile(_PLACE_ENDING)
PLACE_NAME_TAGS = PROPER_TAGS | {"zg"}
# 龙泉关镇骆驼湾村: a village written right after its township, whatever the segmentation made of its name.
VILLAGE_CLINICS = ("卫生服务站", "卫生室", "卫生站")
VILLAGE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,5}?(?P<ending>村委会|居委会|社区|嘎查|村)")
MOTION_BEFORE_PLACE = frozenset("进到入出在往来去驻")
VILLAGE_WORD_AFTER = frozenset("民委务干组级庄容貌通史情道部内里头口集医卫两规小落")  # 村民, 村委会, 村务, 村干部 … after a village's 村
GENERIC_VILLAGE_WORDS = ("乡村", "农村", "山村", "城乡", "各村", "全村", "村村", "城中村")
NOT_IN_VILLAGE_WORDS = frozenset("各全每该本个些几等级部其")
NOT_IN_VILLAGE_NAME = NOT_IN_VILLAGE_WORDS | FUNCTION_CHARS


# Characters that open a clause before a township without being its name's: 各镇, 该乡, 两镇, 全镇 …
NOT_A_TOWNSHIPS_FIRST = frozenset("各该本每全两几多某诸此其我贵原新省市县区州盟旗村组") | FUNCTION_CHARS
ENUMERATOR = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六七八九十]")  # 一是, 二是; 其一: a list's items


def _place_form_candidates(tokens: list[_Token], text: str, lex: Lexicon) -> list[_Candidate]:
    """X苏木, X镇, X村 …: a name of two to five characters cut into name-like pieces, closed by a place word."""
    found: list[_Candidate] = []
    # The tokens that end with a place word are found from the place words of the text, by bisection: a story has
    # a few of them and thousands of tokens.
    for place_word in PLACE_WORD.finditer(text):
        i = _token_at(tokens, TOKEN_END, place_word.end())
        if i is None or not tokens[i].word.endswith(place_word.group()):
            continue
        token = tokens[i]
        head = PLACE_HEAD_BY_LAST[token.word[-1]]
        if token.word == "城镇" and i > 0 and _township_cut_as_town(tokens, i):
            found.append(_Candidate(tokens[i - 1].start, token.end, "org"))  # 庙|城镇: 庙城镇, cut as the word 城镇
            continue
        if token.word in lex.not_heads or token.word in lex.generic_modifiers:
            continue
        if len(token.word) - len(head) == 1 and token.word[0] in "各每全该本":
            continue  # 月|内|各街道: every street, no name
        size, k = len(token.word) - len(head), i
        while k > 0 and size < 5:
            before = tokens[k - 1]
            if (before.tag not in PLACE_NAME_TAGS and not (before.tag in {"n", "a", "b"} and len(before.word) == 1)
                    # 二合|镇: a word of two that only qualifies (b), right before a level written alone
                    and not (before.tag == "b" and len(before.word) == 2 and k == i and token.word in "镇乡")
                    # ；五|台子镇, ，张|山乡, ，天|吉泰|镇: one character opening the clause before a township's word
                    # is its first
                    and not ((k == i and len(token.word) >= 3 or k == i - 1 and token.word in ("镇", "乡"))
                             and len(before.word) == 1 and CJK.match(before.word)
                             and before.word not in NOT_A_TOWNSHIPS_FIRST and not CJK.match(text, before.start - 1))) or (
                    before.word in STOP_WORDS or before.word[:1] in LEVEL_CHARS or before.head
                    or not CJK.search(before.word)):
                break
            size, k = size + len(before.word), k - 1
        if k < i and ENUMERATOR.fullmatch(tokens[k].word):
            size, k = size - len(tokens[k].word), k + 1  # 一是|葛源镇: the list's enumerator, not the name
        start = tokens[k].start
        if text[start] in FUNCTION_CHARS and k < i and tokens[k].tag == "unk" and size >= 3:
            start, size = start + 1, size - 1  # 对察汗|乌苏镇, 其县|溪村: jieba glued the function word to the name
        stem = text[start : token.end - len(head)]
        if stem[:1] in FUNCTION_CHARS or stem in lex.generic_modifiers:
            continue  # 因|饶丰乡: a function word before the name; 各街|镇: towns and streets in general
        if (stem in lex.verbs_not_places and head == "村" and i + 1 < len(tokens)
                and tokens[i + 1].word[0] in VILLAGE_WORD_AFTER and not tokens[i + 1].tag.startswith("v")):
            continue  # 将新建|村卫生室: the verb and the 村 of 村卫生室 (but 新建村|组织村民: a village acts)
        if not (2 <= size <= 5 and (k < i or token.tag in PLACE_NAME_TAGS)) or stem[-1] in MOTION_BEFORE_PLACE:
            continue  # 送法进社区, 驻村: an activity, not a place
        if lex.honour_words.search(stem):
            continue  # 卫生镇, 电商示范村: an honour or a kind
        found.append(_Candidate(start, token.end, "org"))
    return found


def _township_cut_as_town(tokens: list[_Token], i: int) -> bool:
    """庙|城镇 where a clause or a list item opens: one character of a name before the word 城镇 (小城镇, 各城镇 and
    特色|城镇 are towns in general)."""
    before = tokens[i - 1]
    opens = i == 1 or not CJK.search(tokens[i - 2].word)
    return (opens and len(before.word) == 1 and before.tag in {"n", "ns", "nr", "ng", "unk", "zg"}
            and before.word not in STOP_WORDS and before.word not in FUNCTION_CHARS)


ROAD_WORDS = frozenset({"路", "街", "大道", "大街"})
SHOP_NAME_TAGS = PLACE_NAME_TAGS | {"n", "nz", "s", "t"}  # s: 岸上百货超市, 老街口饭店; t: 小吴夜宵店


# 老刘家冷淡杯, 李记烧腊, 刘大姐酸辣粉: a family's name and a dish, written where a clause opens and followed by the
# shop's premises, a problem or the end of the clause (`Lexicon.shop_followers`).


def _family(surnames: frozenset[str]) -> str:
    names = "".join(sorted(surnames))
    return f"(?:老[{names}]家|[{names}](?:记|大姐|大哥|嫂))"


@cache
def _family_name_pattern(surnames: frozenset[str]) -> re.Pattern[str]:
    return re.compile(_family(surnames) + "[\u4e00-\u9fff]{2,4}$")


# Where a shop's own name opens: a clause, a list item, or after 内, 的 or 对 (市场内老王家…, 城关镇的阿明…, 对刘记…).
SHOP_NAME_OPENS = r"(?:^|(?<=[，。；：、\n“内的对向]))"


@cache
def _family_shop_pattern(surnames: frozenset[str], followers: tuple[str, ...]) -> re.Pattern[str]:
    # the name ends before a word that follows shops in reports, or at its shop's ending (老孙家农家院, 老赵家面馆|餐具)
    return re.compile(rf"{SHOP_NAME_OPENS}({_family(surnames)}[\u4e00-\u9fff]{{2,5}}?)"
                      rf"(?:(?={literal_alternation(followers)})|(?<=[馆店铺坊院场厂部]))")


@cache
def _nickname_shop_pattern(followers: tuple[str, ...]) -> re.Pattern[str]:
    """阿兰腌面店, 阿珍卤味店: a nickname with 阿 and a dish, closed by a shop's ending and followed by what follows
    shops in reports (any name at all may follow 阿, so the ending is required)."""
    return re.compile(rf"{SHOP_NAME_OPENS}(阿[\u4e00-\u9fff](?:[\u4e00-\u9fff]{{2,5}}?[店馆铺坊]"
                      rf"|[\u4e00-\u9fff]{{0,3}}?(?:小吃|螺蛳粉|米粉|米线)))(?={literal_alternation(followers)})")


@cache
def _named_shop_pattern(heads: frozenset[str], followers: tuple[str, ...] = ()) -> re.Pattern[str]:
    """飞扬网吧, 佳和超市, 半山居客栈: a name of two to four characters, whatever jieba made of it, and a shop's
    ending of two characters or more, where a clause opens (and, with `followers`, before what follows shops in
    reports)."""
    endings = literal_alternation(h for h in heads if len(h) > 1)
    after = f"(?={literal_alternation(followers)})" if followers else ""
    return re.compile(rf"{SHOP_NAME_OPENS}(([\u4e00-\u9fff]{{2,4}}?)(?:{endings})){after}")


def _shop_names(pattern: re.Pattern[str], text: str, opening: int) -> list[_Candidate]:
    """The shops `pattern` finds, but none whose name after its `opening` characters (老王家, 阿明) holds a function
    character: a clause, not a name."""
    return [_Candidate(m.start(1), m.end(1), "org") for m in pattern.finditer(text)
            if not any(ch in FUNCTION_CHARS for ch in m.group(1)[opening:])]


def _family_shops(text: str, lex: Lexicon) -> list[_Candidate]:
    found = _shop_names(_nickname_shop_pattern(lex.shop_followers), text, 2) if "阿" in text else []
    # The pattern's alternatives hold 老 (老王家), 记, 大姐, 大哥 or 嫂: most stories have none of them.
    if "老" not in text and "记" not in text and "大姐" not in text and "大哥" not in text and "嫂" not in text:
        return found
    return found + _shop_names(_family_shop_pattern(lex.surnames, lex.shop_followers), text, 3)


# Words a shop's name found by its form may not hold: a verb, an adverb or an adjective jieba often sees (要加强|
# 加油站, 扎实做好|农贸市场) makes a clause of it; a rarer one (飞扬|网吧, 畅游|网吧) may name the shop.
CLAUSE_WORD_TAGS = frozenset({"v", "vd", "vn", "d", "ad", "a", "c", "p"})
SHOP_NAME_PLACE = re.compile(r"(?:镇|乡|街道|村|社区)[\u4e00-\u9fff]{2}|.[^之](?:镇|乡|街道)$")  # (银耳之乡酒家)


def _named_shops(text: str, tokens: list[_Token], lex: Lexicon, freq: dict[str, int]) -> list[_Candidate]:
    """Shops found by their form (`_named_shop_pattern`), but no name that opens with a function character, holds
    的 or 了, a common verb or a township before the name (淮镇|利民超市), ends in a conjunction (小餐饮和|农贸市场)
    or is a common word (大型超市, 城区网吧)."""
    found = []
    for m in _named_shop_pattern(lex.shop_heads, lex.shop_followers).finditer(text):
        name, start = m.group(2), m.start(2)
        if (name[0] in FUNCTION_CHARS or "的" in name or "了" in name or name in lex.generic_modifiers
                or len(name) > 2 and name[-1] in "和与及" or SHOP_NAME_PLACE.search(name)
                or freq.get(name, 0) >= COMMON_WORD or freq.get(name[:2], 0) >= COMMON_NOUN):
            continue
        inside = _words_of_name(tokens, start, m.end(2))
        if inside is None:
            continue  # a name starts on a word's edge (星空网|吧 may end inside one)
        if any(len(t.word) > 1 and t.tag in CLAUSE_WORD_TAGS and freq.get(t.word, 0) >= 1000 for t in inside) or (
                inside and len(inside[0].word) == 1 and inside[0].tag in CLAUSE_WORD_TAGS - {"a"}
                and freq.get(inside[0].word, 0) >= 10000) or (
                # ，约谈|舒心|浴池等: a verb jieba has seen rarely opening a name of several words (丰收|农资店 is one)
                len(inside) > 1 and len(inside[0].word) > 1 and lex.word_tags.get(inside[0].word) in {"v", "vn"}):
            continue
        found.append(_Candidate(m.start(1), m.end(1), "org"))
    found += _unfollowed_shops(text, tokens, lex, freq, found)
    return found + _township_businesses(text, tokens, lex, freq, found) if "的" in text else found


def _words_of_name(tokens: list[_Token], start: int, end: int) -> list[_Token] | None:
    """The words from the one starting at `start` to the last ending by `end`; None when no word starts there."""
    first = _token_at(tokens, TOKEN_START, start)
    return None if first is None else tokens[first : bisect_right(tokens, end, key=TOKEN_END)]


# The words of a shop's name found by its form with none of the usual words after it (佳和农贸市场|水产区…,
# 顺心旅社|布草…): no verb, adverb, preposition, position or pronoun (抽查|农贸市场, 全县|在|夜市, 景区|周边|农家乐).
UNFOLLOWED_NAME_BLOCKING_TAGS = frozenset({"v", "vd", "vn", "vi", "d", "ad", "p", "f", "r", "u", "uj", "ul", "c", "q"})


def _unfollowed_shops(text: str, tokens: list[_Token], lex: Lexicon, freq: dict[str, int],
                      found: list[_Candidate]) -> list[_Candidate]:
    """Shops found by their form whatever follows them, where every word of the name could belong to a name and
    none is a word reports use of shops in general (全县, 辖区, 宾馆)."""
    more = []
    for m in _named_shop_pattern(lex.shop_heads).finditer(text):
        name, start = m.group(2), m.start(2)
        if any(c.start < m.end(1) and m.start(1) < c.end for c in found):
            continue
        if (name[0] in FUNCTION_CHARS or name in lex.generic_modifiers or SHOP_NAME_PLACE.search(name)
                or freq.get(name, 0) >= COMMON_WORD or freq.get(name[:2], 0) >= COMMON_NOUN):
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
        more.append(_Candidate(m.start(1), m.end(1), "org"))
    return more


def _after_townships_de(text: str, start: int) -> bool:
    """text[start] follows a township's ending and 的 (崔家头镇的|…): the window holds the longest ending, 街道办事处."""
    return text.endswith("的", 0, start) and TOWNSHIP_FORM.search(text, max(0, start - 6), start - 1) is not None


# Tags a business's brand may open with after a township's 的 (宏泰|枸杞烘干厂, 顺心|粮油店, 快乐|时光小卖部); a noun, a
# verb, a distinguishing word or a quantity opens a kind of business instead (砖瓦|厂, 流动|小卖部, 大型|超市).
BRAND_OPENING_TAGS = frozenset({"unk", "nr", "nrfg", "nrt", "nz", "a", "ad", "t", "s", "j", "i", "l", "x"})


@cache
def _township_business_pattern(heads: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(rf"(?<=的)([\u4e00-\u9fff]{{2,8}}?(?:{literal_alternation(heads)}))")


def _township_businesses(text: str, tokens: list[_Token], lex: Lexicon, freq: dict[str, int],
                         found: list[_Candidate]) -> list[_Candidate]:
    """灵地镇的|鑫旺竹木制品厂, 精河镇的|天天鲜果蔬批发市场: after a township's 的 a business is named by its brand,
    then what it makes or sells and its ending, whatever jieba made of the words between."""
    more = []
    for m in _township_business_pattern(lex.business_heads).finditer(text):
        start, end = m.span(1)
        if not _after_townships_de(text, start) or any(
                c.start < end and start < c.end and not (start < c.start and c.end == end) for c in found):
            continue  # (but 禹王镇的|快乐|时光小卖部: a shorter name found inside the business's is replaced)
        inside = _words_of_name(tokens, start, end)
        if not inside or inside[-1].end != end or len(inside) < 2 or freq.get(text[end - 1 : end + 1], 0) >= 1000:
            continue  # (熏鸡作坊加工|场所: the ending is the start of another word)
        township = _token_at(tokens, TOKEN_END, start - 1)
        if township is None or (word := tokens[township].word) in lex.generic_township_words or word in lex.not_heads:
            continue  # 15个乡镇的农资经营门店: the townships in general
        first = inside[0]
        if any(t.head for t in inside[:-1]) or (  # (塞上羊|养殖|专业合作社: a company's trade may be a verb)
                inside[-2].tag in {"v", "vn"} and len(inside[-2].word) > 1 and freq.get(inside[-2].word, 0) >= 500
                and inside[-1].head not in lex.company_heads):
            continue  # 太行综合市场|调研农贸市场, 老码头串串香|露天|烧烤: the name ended before, a clause follows
        county_named = first.tag == "ns" and first.word.endswith(("县", "市", "区", "旗")) and len(inside) >= 3
        if (first.tag not in BRAND_OPENING_TAGS and not county_named  # (三甲集镇的|广河县|鑫|盛|牛羊|屠宰场)
                or first.word in lex.generic_modifiers or first.head
                or first.word in lex.business_kinds or first.word in STOP_WORDS
                or any(ch in "的和与及、" for ch in m.group(1))
                or freq.get(first.word, 0) >= COMMON_NOUN and first.tag not in {"a", "t"} and not county_named):
            continue
        more.append(_Candidate(start, end, "org"))
    return more


GLUED_OPENERS = frozenset("对在到向从由被将与和及")  # prepositions jieba may glue to the name after them


def _shop_candidates(tokens: list[_Token], text: str, lex: Lexicon, freq: dict[str, int],
                     heads: list[int] | None = None) -> list[_Candidate]:
    """老马家牛肉面馆, 桔园食府, 屈原农贸市场: a shop's name is often cut into common words; before a shop's own
    ending (食府, 客栈 …, or 馆/店 after three characters and more) a run of noun-like words is its name."""
    found: list[_Candidate] = []
    for i in _head_indices(tokens) if heads is None else heads:
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
                    k == 1 or tokens[k - 2].word == "的" or not CJK.search(tokens[k - 2].word))):
                size, k = size + 2, k - 1  # 何坝镇的|顺心|旅馆: a shop named by a wish
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
                    or before.tag == "unk" and before.word[0] in "内外"
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
        if freq.get(stem, 0) >= COMMON_NOUN:
            continue  # 广告公司, 个体商店: a kind of business
        start = tokens[k].start
        if text[start] in GLUED_OPENERS and tokens[k].tag == "unk" and len(tokens[k].word) >= 2:
            start += 1  # 对福|满楼|饭店: jieba glued the preposition to the name
        found.append(_Candidate(start, token.end, "org"))
    return found


# 县防火办, 市整治办, 区蓝天办: an office named by its task, written after its level; 办 closes the name when no
# common verb ends there (县里举办, 市里承办).
LEVEL_OFFICE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=[由对向经被与和及同报]))[县市区旗]([\u4e00-\u9fff]{2,4}?)办")


def _level_offices(text: str, freq: dict[str, int]) -> list[_Candidate]:
    return [_Candidate(m.start(), m.end(), "org") for m in LEVEL_OFFICE.finditer(text)
            if not any(ch in FUNCTION_CHARS for ch in m.group(1)) and freq.get(text[m.end() - 2 : m.end()], 0) < 100
            and m.group(1)[-1] not in "局委厅院"
            and freq.get(text[m.end() - 1 : m.end() + 1], 0) < 100]  # (区住建局|办结率, 县卫健委|办公区)


# 在十八洞村，… : a village named as the place of a visit, whatever the segmentation made of its name
LOCATED_VILLAGE = re.compile(r"(?<=[在到赴])[\u4e00-\u9fff]{2,4}?(?:村|社区|嘎查)(?=[，,、。；])")
# ：杨柳村|以96.2分, ；后李村|3户, ，前柳村|驻村工作队: a village opening a clause, before what a village has or does,
# whatever the segmentation made of its name
OPENING_VILLAGE = re.compile(r"(?<=[，,。；;：:\n])[\u4e00-\u9fff]{2,3}?村(?=以|驻村|党支部|党总支|被|获|[0-9一二三四五六七八九两])")


VILLAGE_OPENERS = frozenset("前后")  # 前柳村, 后屯村: function characters elsewhere, they open village names


def _village_name(name: str, after_township: bool = False) -> bool:
    """A village's name and its ending, not 各村, 部分村 or the countryside (乡村, 农村). A 嘎查's name is a
    transcription, where function characters are only sounds (莫和尔图嘎查). Right after its township a name may
    hold one past its first character (里村街道瓷都社区, 绥中镇站前社区) and end in 山村 (胡集镇湖山村)."""
    opened = len(name) >= 3 and name[0] in VILLAGE_OPENERS
    if after_township:
        return ((name[0] not in NOT_IN_VILLAGE_NAME or opened)
                and not any(ch in NOT_IN_VILLAGE_WORDS or ch in "的了" for ch in name[:-1])
                and (name.endswith("山村") and len(name) > 2 or not name.endswith(GENERIC_VILLAGE_WORDS)))
    barred = NOT_IN_VILLAGE_WORDS if name.endswith("嘎查") else NOT_IN_VILLAGE_NAME
    return not any(ch in barred for ch in name[opened:-1]) and not name.endswith(GENERIC_VILLAGE_WORDS)


def _located_villages(text: str, lex: Lexicon) -> list[_Candidate]:
    found = [_Candidate(m.start(), m.end(), "org") for m in LOCATED_VILLAGE.finditer(text) if _village_name(m.group())]
    return found + [_Candidate(m.start(), m.end(), "org") for m in OPENING_VILLAGE.finditer(text)
                    if _village_name(m.group()) and not lex.honour_words.search(m.group()[:-1])
                    and lex.word_tags.get(m.group()[:-1]) not in VERB_TAGS]  # 抽查|村57个, 听取|村党支部书记


def _natural_villages(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """丘家坪村李家湾自然村: a 自然村 written right after its village is one span with it, even where the two were
    found apart (a surname-like word before 坪村 ends one candidate early)."""
    naturals = [c for c in candidates if text.endswith("自然村", 0, c.end) and c.end - c.start > 3]
    if not naturals:
        return []
    return [_Candidate(village.start, natural.end, "org") for natural in naturals for village in candidates
            if village.start < natural.start <= village.end <= natural.end - 5
            and text[village.end - 1] == "村" and not text.endswith("自然村", 0, village.end)]


# 永胜村|刘家屯: a hamlet named right after its village (村屯, villages and hamlets in general, is no name)
HAMLET_AFTER_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,3}?屯(?![\u4e00-\u9fff]{0,1}[村屯])")


def _hamlets(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """永胜村刘家屯, 永丰村东胜屯: a village and the 屯 (hamlet) written right after it are one span."""
    found = []
    for village in candidates:
        if text[village.end - 1] == "村" and (hamlet := HAMLET_AFTER_VILLAGE.match(text, village.end)) and (
                not text.startswith("屯", village.end)):
            found.append(_Candidate(village.start, hamlet.end(), "org"))
    return found


# 怀城街道、幸福街道 / 五滧村、米行村: the next or previous item of a list of places, closed by the same place word.
LISTED_PLACE_AFTER = re.compile(rf"、([\u4e00-\u9fff]{{1,4}}?(?P<head>{_PLACE_ENDING}))")
LISTED_PLACE_BEFORE = re.compile(rf"(?:^|(?<=[，。；：,;、的对在到\n]))([\u4e00-\u9fff]{{1,4}}?(?P<head>{_PLACE_ENDING}))、$")
LIST_OPENERS = FUNCTION_CHARS | frozenset("但而即如")
# Items of one list are places of one level, whatever their own place word (青石街道、柳林镇; 五滧村、新河社区).
PLACE_LEVEL = {"苏木": "township", "街道": "township", "镇": "township", "乡": "township",
               "嘎查": "village", "社区": "village", "村": "village"}


def _listed_places(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    found = []
    for cand in candidates:
        listed_after = text[cand.end : cand.end + 1] == "、"
        listed_before = cand.start > 0 and text[cand.start - 1] == "、"
        head = PLACE_HEAD_BY_LAST.get(text[cand.end - 1]) if listed_after or listed_before else None
        if head is None or cand.kind != "org" or not text.endswith(head, cand.start, cand.end):
            continue
        after = LISTED_PLACE_AFTER.match(text, cand.end) if listed_after else None
        before = LISTED_PLACE_BEFORE.search(text, max(0, cand.start - 8), cand.start) if listed_before else None
        for item in (after, before):
            if (item and PLACE_LEVEL[item.group("head")] == PLACE_LEVEL[head] and _village_name(item.group(1))
                    and item.group(1)[0] not in LIST_OPENERS
                    and not any(c.start < item.end(1) and item.start(1) < c.end for c in candidates)):
                found.append(_Candidate(item.start(1), item.end(1), "org"))
    return found


CHAIN_ENDINGS = ("超市", "便利店", "药房", "药店", "商场", "百货", "小吃", "连锁", "米粉", "快餐", "KTV", "酒楼", "量贩",
                 "万家", "大世界", "牛肉面", "冰城")
# A chain's brand before a branch found alone (广百百货|北京路店): two to six characters opening a clause or a list item.
BRAND_BEFORE = re.compile(r"(?:^|(?<=[，。；：、\n“]))[\u4e00-\u9fffA-Z]{2,6}$")
BRANCH = re.compile(r"(?![门分各该本])[\u4e00-\u9fff]{2,6}?店(?!铺|面|员|主|内|外)")


# A company's department for one project, named by the project (…有限公司石家庄地铁3号线项目部)
PROJECT_DEPARTMENT = re.compile(r"[\u4e00-\u9fff0-9]{2,12}?项目部")


def _branch_stores(candidates: list[_Candidate], text: str, lex: Lexicon) -> list[_Candidate]:
    """物美超市顺义店, 全家便利店松江万达店, 桂林银行恭城支行: a chain's or a bank's name and its branch's place make
    one unit."""
    found = []
    for cand in candidates:
        if cand.kind != "org":
            continue
        if text.endswith(CHAIN_ENDINGS, cand.start, cand.end):
            branch = BRANCH.match(text, cand.end)
            if branch:
                found.append(_Candidate(cand.start, branch.end(), "org"))
        elif text.endswith(lex.branch_parents, cand.start, cand.end) and (
                branch := lex.branch_ending.match(text, cand.end) or PROJECT_DEPARTMENT.match(text, cand.end)):
            # 桂林银行恭城支行, …公司城关营业部, …建设工程有限公司丹凤新村改造项目部
            found.append(_Candidate(cand.start, branch.end(), "org"))
        elif BRANCH.fullmatch(text, cand.start, cand.end) and text.endswith(CHAIN_ENDINGS, 0, cand.start):
            brand = BRAND_BEFORE.search(text, max(0, cand.start - 6), cand.start)
            if brand:
                found.append(_Candidate(brand.start(), cand.end, "org"))
    return found


def _affiliated(candidates: list[_Candidate], text: str) -> list[_Candidate]:
    """福建医科大学附属协和医院: a body attached to another is named with it, as one unit."""
    ends = {c.end: c for c in candidates if c.kind == "org"}
    return [_Candidate(ends[c.start - 2].start, c.end, "org") for c in candidates
            if c.kind == "org" and c.start - 2 in ends and text.startswith("附属", c.start - 2)]


def _aliased_names(candidates: list[_Candidate], text: str, lex: Lexicon) -> list[_Candidate]:
    """…领导小组办公室（以下简称“区分类办”）: the short name is a unit in the brackets and wherever it is written after,
    however the segmentation cut it (区分|类|办). A company's short name need not end like a body (…建筑工程有限公司
    （以下简称“鲁诚建工”））: the name just before the brackets says what it stands for."""
    found = []
    named_before = {c.end for c in candidates if c.kind == "org"}
    for intro in ALIAS_INTRO.finditer(text):
        alias = intro.group(1)
        if alias[-1] not in lex.head_last_chars and intro.start() not in named_before:
            continue  # 以下简称“两个行动”: a short name of something else
        found += [_Candidate(start, end, "org") for start, end in occurrences(text, alias, intro.start(1))]
    return found


def _token_at(tokens: list[_Token], offset: itemgetter, position: int) -> int | None:
    """Index of the token whose `offset` (TOKEN_START or TOKEN_END) is `position`. Tokens come in order, so a
    bisection finds it: the passes that need one look up a few positions among thousands of tokens."""
    index = bisect_left(tokens, position, key=offset)
    return index if index < len(tokens) and offset(tokens[index]) == position else None


def _villages_after_townships(candidates: list[_Candidate], tokens: list[_Token], text: str) -> list[_Candidate]:
    """The township and the village written right after it, as one candidate (富源县富村镇XX村 is one unit)."""
    # 柏杨坝镇的大水井村: after 的 the village is a unit of its own, the township being a separate mention.
    tails = [(c, tail, of) for c in candidates if c.kind == "org" and text[c.end - 1] in "镇乡道木"
             and (tail := VILLAGE_TAIL.match(text, c.end + (of := text.startswith("的", c.end))))
             and TOWNSHIP_FORM.search(text, c.start, c.end)]
    if not tails:
        return []
    found = []
    for cand, tail, of in tails:
        name = tail.group()
        opening = tokens[i] if (i := _token_at(tokens, TOKEN_START, tail.start())) is not None else None
        # 南安街道和平社区: a function character that opens a word of the name (和平) is part of it
        worded = name[0] in FUNCTION_CHARS and opening is not None and len(opening.word) >= 2 and (
            name.startswith(opening.word) and opening.word not in STOP_WORDS)
        if not _village_name(name[1:] if worded else name, after_township=True):
            continue  # 三江镇调研乡村振兴: the countryside, not a village
        if (_token_at(tokens, TOKEN_END, tail.end()) is None
                and _token_at(tokens, TOKEN_START, tail.start("ending")) is None and not text.startswith("民", tail.end())):
            continue  # 白马镇豆子|村地灾: jieba may glue the next word to 村
        first, past = (bisect_left(tokens, position, key=TOKEN_START) for position in (cand.end, tail.end()))
        if any((t.tag in VERB_TAGS and t.tag != "a" or t.tag == "vn") and len(t.word) > 1 for t in tokens[first:past]):
            # 富村镇召开村…: a clause, not a name (横|山坞村: a verb of one character may be a name; 团结社区,
            # 幸福村: adjectives name villages)
            continue
        end = tail.end()
        if text.startswith("村村", end - 1) and text[end + 1 : end + 2] not in VILLAGE_WORD_AFTER:
            end += 1  # 东坪镇新村村: a village called 新村 (but 新村|村民, 新村|村委会)
        elif text.startswith("社区居委会", end - 2):
            end += 3  # 万松街道新华西路社区居委会: the community's committee, one span
        if clinic := next((w for w in VILLAGE_CLINICS if text.startswith(w, end)), None):
            end += len(clinic)  # 甘都镇唐寺岗村卫生室: the village's clinic, named with it
        found.append(_Candidate(tail.start() if of else cand.start, end, "org"))
    return found


VILLAGE_OF_TOWNSHIP = re.compile(r"(?:街道|镇|乡|苏木)([\u4e00-\u9fff]{2,6}(?:村|社区|嘎查))$")


def _villages_named_again(joined: list[_Candidate], text: str) -> list[_Candidate]:
    """二道镇东尖山村…；东尖山村网格长: a village named once after its township is the same village named alone."""
    found = []
    for name in {m.group(1) for c in joined if (m := VILLAGE_OF_TOWNSHIP.search(text, c.start, c.end))}:
        start = text.find(name)
        while start != -1:
            found.append(_Candidate(start, start + len(name), "org"))
            start = text.find(name, start + len(name))
    return found


@cache
def _level_name_endings() -> frozenset[str]:
    """The last two characters of each place name that `_county_before` may find (瓮安县 → 安县)."""
    return frozenset(name[-2:] for name in _place_names() if 3 <= len(name) <= 7 and name[-1] in LEVEL_CHARS)


@lru_cache(maxsize=1024)
def _own_short_forms(name: str, level: str = "county") -> tuple[str, ...]:
    """长白县 for 长白朝鲜族自治县, 东乌旗 for 东乌珠穆沁旗, 凉山州 for 凉山彝族自治州: a division's name as its own
    pages shorten it."""
    ending = name[-1]
    endings = (ending, "自治" + ending) if name.endswith("自治" + ending) else (ending,)  # 镇宁自治县
    forms = {alias if alias.endswith(ending) else alias + written for written in endings
             for division in load_gazetteer().named(name, level) for alias in division.aliases if len(alias) >= 2}
    return tuple(sorted(forms - {name}, key=len, reverse=True))


def _unshortened(name: str, context: CountyContext) -> str:
    """The name with the county's or prefecture's short form at its start written in full (长白县公安局 →
    长白朝鲜族自治县公安局, 凉山州生态环境局 → 凉山彝族自治州生态环境局)."""
    for full, level in ((context.county, "county"), (context.prefecture, "prefecture")):
        if full and (short := next((f for f in _own_short_forms(full, level) if name.startswith(f)), None)):
            return full + name[len(short) :]
    return name


def _county_before(text: str, start: int, freq: dict[str, int], own_county: str | None = None) -> int:
    """瓮安|县红十字会: a county name that the segmentation cut before its 县 belongs to the unit; so does the own
    county's short form cut anywhere (肃|南县金辉矿业有限公司, 南县 being another county)."""
    if own_county:
        for short in _own_short_forms(own_county):
            for cut in range(1, min(len(short), start + 1)):
                if text.startswith(short, start - cut):
                    return start - cut
    if text[start : start + 1] not in LEVEL_CHARS:
        return start
    # 县, 市, 区 open most bodies (县公安局): a place name can end here only if one ends in the two characters here.
    if text[start - 1 : start + 1] not in _level_name_endings():
        return start
    places = _place_names()
    for size in range(2, 7):  # one-character counties (和县, 曹县) are too easily function words
        if start - size < 0 or text[start - size] in FUNCTION_CHARS or text[start - size] in PUNCT_BREAK:
            break
        name = text[start - size : start + 1]
        if name in places:
            if name != own_county and freq.get(name[:-1], 0) >= COMMON_WORD:
                break  # 该局会同|县商务局: 会同 is "together with" here, not 会同县
            return start - size
    return start


MEASURE_IN_BRACKETS = frozenset("张块个次人件处名家条")  # 2000余块（张）: an alternative measure word
# The stretch after a name that may hold a branch: up to nine characters before a break or a bracket.
NEW_OR_OLD_CAMPUS = frozenset({"新校区", "老校区"})
BRANCH_PARENT_ENDINGS = frozenset("店馆司厂行楼学场")
BRANCH_WORD_GOES_ON = frozenset("铺外内面主员长家")  # 店铺, 店外, 店长: the branch word is part of another word
BRANCH_TAIL = re.compile("[^" + re.escape("".join(sorted(PUNCT_BREAK)) + "（(") + "]{0,9}")


FIGURE_IN_BRACKETS = re.compile(r"^[0-9０-９.．]+(?:[%％]|分|个|人|家)?$")


def _extend_right(text: str, end: int, lex: Lexicon) -> int:
    """A parenthesised part (警务亭) or a branch (金城路店, 办证大厅) right after a name belongs to it."""
    match = PAREN.match(text, end)
    if match and (match.group(1)[0] in LEVEL_CHARS or match.group(1) in lex.known_orgs):
        return end  # 富源县第二小学（县二小）: an abbreviation introduced in brackets
    if match and not ALIAS_INTRO.match(text, end) and match.group(1) not in MEASURE_IN_BRACKETS and (
            not CONTACT.search(match.group(1))) and not FIGURE_IN_BRACKETS.search(match.group(1)) and (
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
    if any(ch in FUNCTION_CHARS for ch in tail) or tail in lex.shop_followers:
        return end  # 川北人家餐厅被树为示范店: a clause, not a branch (鑫源家电商行|出店经营: what shops do)
    for branch in lex.branch_heads:
        if tail.endswith(branch) and len(tail) > len(branch) - (1 if branch in {"大厅", "营业厅"} else 0) and len(tail) <= 8:
            return stop
    return end


def _extend_list_item(text: str, start: int, tokens: list[_Token], lex: Lexicon) -> int:
    """In a list joined by 、 an item is one unit: 一心堂药店金城路店 even when the tokens break up its name."""
    k = start
    while k > 0 and start - k < 8 and text[k - 1] not in PUNCT_BREAK and text[k - 1] not in "（()）":
        index = _token_at(tokens, TOKEN_END, k)
        token = tokens[index] if index is not None else None
        if token is None or token.word in STOP_WORDS or token.tag in {"v", "p", "c", "u", "r", "title", "x", "t"} and not (
                token.tag == "v" and len(token.word) == 1):  # 鑫达百货商店: one-character "verbs" are name parts
            return start
        k = token.start
    if k == start or k == 0 or text[k - 1] not in "、：:" and not text[k - 1:k] == "，":
        return start
    return k if text[k - 1] in "、：:" else start


def _title_phrase_start(tokens: list[_Token], index: int, lex: Lexicon) -> int:
    """Start of the role phrase ending with the title `tokens[index]`: 县委副书记、县长, 镇党委书记, 组织部部长."""
    k = index
    has_body = False
    while k - 1 >= 0:
        token = tokens[k - 1]
        if token.word == "、" and k - 2 >= 0 and tokens[k - 2].tag == "title":
            k -= 2
            continue
        if tokens[index].end - token.start > 24:
            break
        if token.tag == "title" or token.head:
            has_body = has_body or token.tag != "title"
            if token.head and token.head in ("指挥部", "领导小组", "委员会"):
                reach = _committee_start(tokens, k - 1, lex)  # 旗森林草原防灭火指挥部总指挥: the body's whole name
                k = reach if reach is not None and reach < k - 1 else k - 1
                continue
            k -= 1
            continue
        # Place words and the naming words of a body (县, 镇, 宣传 in 县委宣传部部长) belong to the role only in
        # front of a body; 日电外交部长 keeps 日电 out.
        if token.anchor or token.word in {"镇", "乡", "村"} or (
            has_body and token.modifier and token.tag != "unk"
        ) or token.word in ROLE_QUALIFIERS or (  # 厂窖镇|分管|副镇长
            # 红召|乡党委副书记: a township's name jieba cut from its 乡 and the 乡 glued to the body
            token.tag in PROPER_TAGS and len(token.word) >= 2 and tokens[k].head and tokens[k].word[:1] in "镇乡"
            and tokens[k].word[1:2] in "党政人"):
            k -= 1
            continue
        break
    return tokens[k].start


ROLE_QUALIFIERS = frozenset({"分管", "主管", "村级", "镇级", "乡级"})


# A township, or a village before its branch's 党, in front of a role (满坪镇|党委书记, 北黎村党|支部书记); a name of one
# character before 乡 is more often a verb (调到这里任乡党委书记)
PLACE_BEFORE_ROLE = re.compile(r"[\u4e00-\u9fff]{2,6}(?:镇|乡|街道|苏木|村党|社区党|嘎查党)")
WHOLE_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "unk"})


def _titled_persons(
    tokens: list[_Token], text: str, lex: Lexicon, freq: dict[str, int], surnameless: bool = False
) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    """Persons right after a title, and the spans of all role phrases (no unit is annotated inside one).
    `surnameless`: names without a Han surname are expected (autonomous regions: 泽仁多吉, 巴特尔)."""
    persons: list[_Candidate] = []
    phrases: list[tuple[int, int]] = []
    for i in _indices(map("title".__eq__, map(TOKEN_TAG, tokens))):
        token = tokens[i]
        phrase_start = _title_phrase_start(tokens, i, lex)
        # 负责同志 ends like the weak 同志: it too is an ordinary word unless a name follows
        weak = token.word in lex.weak_titles or any(token.word[-n:] in lex.weak_titles for n in (2, 3, 4))
        name_end = _name_end(text, token.end, lex, freq, strong=surnameless and not weak)
        if name_end is not None and (text[token.end : name_end] in lex.nameless_role_followers or (
                text[token.end] in "和与及" and lex.group_after_joined_role.match(text, name_end))):
            name_end = None  # 村级河长|巡河记录完整: what a role does; 党支部书记|和|包村干部: a second group
        if (weak and name_end is not None and name_end - token.end in (2, 3)
                and token.word.endswith(lex.collective_roles) and freq.get(text[token.end : token.end + 2], 0) >= RARE
                and lex.word_tags.get(text[token.end : name_end]) not in PERSON_TAGS):
            name_end = None  # 包联干部|全部到村, 保洁员|管理台账: after a role many hold, a word opens no name
        if name_end is not None and "·" in text[token.end : name_end]:
            # 阿依古丽·买买提|出席: a transliterated name ends where jieba's word ends, not inside it (买买|提出席)
            for j in range(i + 1, len(tokens)):
                later = tokens[j]
                if later.end > name_end:
                    # (but 努尔|旦到|富蕴县: jieba glued the 到 after the name to its end)
                    if (later.start < name_end and later.end - name_end <= 2 and CJK.match(later.word)
                            and not text.startswith(lex.after_name_words, name_end)):
                        name_end = later.end
                    break
        if surnameless and i + 1 < len(tokens):
            after = tokens[i + 1]
            # 副旗长|乌云其木格|要求, 保洁员|次仁卓玛: a name jieba knows as one word of four to six characters is
            # whole, even when it opens with a surname (乌)
            if (after.start == token.end and 4 <= len(after.word) <= 6 and after.tag in WHOLE_NAME_TAGS
                    and CJK.fullmatch(after.word[0]) and (name_end is None or name_end < after.end)
                    and not after.head and after.word not in lex.known_orgs
                    and after.word[-1] not in MOTION_BEFORE_PLACE  # 朴正浩到: a name glued to 到
                    and not (freq.get(after.word[:2], 0) >= 100 and freq.get(after.word[2:4], 0) >= 100)):
                # (县委常委|出席会议: two common words jieba did not join; 乌云其木格 is a name)
                name_end = after.end
        if name_end is None and phrase_start < token.start:
            # 嘎什根乡分管副乡长被约谈, 县中医院分管院长: with no name after the role, the body before 分管 is the
            # unit spoken of, not a part of a role phrase
            found = [(at, q) for q in ROLE_QUALIFIERS if (at := text.find(q, phrase_start, token.start)) >= 0]
            phrase_start = max((at + len(q) for at, q in found), default=phrase_start)
        if weak and name_end is None and not (
                text.startswith("、", token.end) and i + 2 < len(tokens) and tokens[i + 2].tag == "title") and not (
                token.word == "常委" and phrase_start < token.start and text[token.start - 1] == "委"):
            continue  # 代表, 负责人 with no name after them are ordinary words (区委常委、常务副区长: a role; so is
            # a party committee's 常委 with no name, as in 等县委常委出席会议, while 政协常委 names a body)
        if (name_end is None and phrase_start < token.start and PLACE_BEFORE_ROLE.fullmatch(
                text, phrase_start, token.start) and (text.startswith(lex.nameless_role_followers, token.end) or (
                i + 1 < len(tokens) and tokens[i + 1].tag.startswith("v")))):
            # 满坪镇|党委书记被约谈, 北黎村党|支部书记被约谈: with no name after the role, the place is the unit spoken of
            phrases.append((token.start, token.end))
            continue
        # A unit directly before a title belongs to the role (县委 in 县委书记) even with no name after it.
        phrases.append((phrase_start, token.end))
        if name_end is not None:
            persons.append(_Candidate(token.end, name_end, "person", text[phrase_start : token.end]))
    return persons, phrases




def _names_listed_after(text: str, persons: list[_Candidate], lex: Lexicon) -> list[_Candidate]:
    """网格员张红、李强等12名网格员: names listed after a titled person's, up to 等, are persons too; no role stands
    right before them, so their title is null."""
    found = []
    for person in persons:
        position = person.end
        while (item := lex.listed_name.match(text, position)) is not None:
            name = item.group(1)
            minority = len(name) == 4 and name[2:] in lex.minority_name_endings  # 拉毛才让: no Han surname
            if not (minority or _looks_like_name(name, lex)) or len(name) == 4 and not minority and (
                    name[:2] not in lex.yi_surnames and name[:2] not in lex.compound_surnames):
                break  # four characters only for a Yi or Tibetan name or a compound surname (吉克曲布, 欧阳志刚)
            found.append(_Candidate(item.start(1), item.end(1), "person"))
            position = item.end(1)
    return found


def _repeat_persons(text: str, persons: list[_Candidate]) -> list[_Candidate]:
    """Later (and earlier) mentions of a titled person's name carry the same title."""
    titles: dict[str, str | None] = {}
    for person in persons:
        titles.setdefault(text[person.start : person.end], person.title)
    repeats = []
    for name, title in titles.items():
        repeats += [_Candidate(start, end, "person", title) for start, end in occurrences(text, name)]
    return repeats


def _anonymised_persons(text: str, lex: Lexicon) -> list[_Candidate]:
    """刘某某, 欧阳某: anonymised names are persons; 当事人刘某某: the private role before one is its title."""
    found = []
    for match in re.finditer(r"某某?", text):
        for size in (2, 1):
            surname = text[max(0, match.start() - size) : match.start()]
            if len(surname) == size and (surname in lex.compound_surnames or size == 1 and surname in lex.surnames):
                start = match.start() - size
                role = next((r for r in lex.anonymised_roles if text.endswith(r, 0, start)), None)
                found.append(_Candidate(start, match.end(), "person", role))
                break
    return found


def _township_into_role(persons: list[_Candidate], orgs: list[_Candidate], text: str,
                        lex: Lexicon) -> tuple[list[_Candidate], list[tuple[int, int]]]:
    """大吉山镇村民汪某某: the township written right before a private person's role is part of the title, as in
    营上镇党委书记李建华; returns the persons and the spans of the titles that took a township in."""
    ends = {c.end: c for c in orgs if TOWNSHIP_FORM.search(text, c.start, c.end)}
    roles = frozenset(lex.anonymised_roles)
    result, spans = [], []
    for person in persons:
        township = ends.get(person.start - len(person.title)) if person.title in roles else None
        if township is not None:
            person = _Candidate(person.start, person.end, "person", text[township.start : person.start])
            spans.append((township.start, person.start))
        result.append(person)
    return result, spans


# 陈秀英、林建国、黄美玲等10名保洁员: a list of names before a count of people names those people.
PERSON_LIST = re.compile(r"(?:^|(?<=[，。；：:,;\n]))((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等"
                         r"(?=[0-9一二两三四五六七八九十百]+[名位人])")


def _looks_like_name(name: str, lex: Lexicon) -> bool:
    """A listed item that reads as a person's name: it opens with a surname and is no place, no known body and
    does not end like one (a name of three may end like a given name: 李建军)."""
    return ((name[:2] in lex.compound_surnames or name[:2] in lex.yi_surnames or name[0] in lex.surnames)
            and name not in _place_names() and name not in lex.known_orgs
            and (name[-1] not in lex.head_last_chars or len(name) == 3 and name[-1] in lex.given_name_endings))


def _listed_persons(text: str, lex: Lexicon) -> list[_Candidate]:
    """Names without a title, listed before 等 and a count of people; every item must look like a name."""
    found = []
    for match in PERSON_LIST.finditer(text):
        names = match.group(1).split("、")
        if all(_looks_like_name(name, lex) for name in names):
            start = match.start(1)
            for name in names:
                found.append(_Candidate(start, start + len(name), "person"))
                start += len(name) + 1
    return found


def _select(candidates: list[_Candidate]) -> list[_Candidate]:
    """Non-overlapping spans, longest first (persons before organisations of equal length)."""
    chosen: list[_Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))  # 1 at each character a chosen span covers
    # Titled persons first: a name is never swallowed by an organisation's left edge.
    order = sorted(candidates, key=lambda c: (c.kind != "person", -(c.end - c.start), c.start))
    for cand in order:
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


# ---------------------------------------------------------------------------------------------------------------
# Canonical names and types


def _level_name(level: str, context: CountyContext | None) -> str | None:
    if context is None:
        return None
    if level == "县" or (level == "区" and context.county.endswith("区")):
        return context.county if context.county.endswith(level) or level == "县" else None
    if level == "市":
        return context.county if context.county.endswith("市") else context.prefecture
    if level == "州":
        return context.prefecture if context.prefecture and context.prefecture.endswith("州") else None
    if level == "省":
        return context.province
    if level == "旗":
        return context.county if context.county.endswith("旗") else None
    return None


def _split_place_prefix(name: str, context: CountyContext | None) -> tuple[str, str]:
    """('云南省曲靖市富源县', '公安局') for '云南省曲靖市富源县公安局': the leading chain of division names."""
    gazetteer = load_gazetteer()
    prefix = ""
    rest = name
    own = {context.county, context.prefecture, context.province} - {None} if context else set()
    progress = True
    while progress and rest:
        progress = False
        for size in range(min(len(rest) - 1, 14), 1, -1):
            piece = rest[:size]
            if piece[-1] not in DIVISION_ENDINGS and piece not in own:
                continue
            is_place = piece in own or any(
                d.level in {"province", "prefecture", "county"} and d.name == piece for d in gazetteer.named(piece)
            )
            if is_place:
                prefix, rest = prefix + piece, rest[size:]
                progress = True
                break
    return prefix, rest


def _expand_body(body: str, lex: Lexicon) -> str:
    for size in range(len(body), 1, -1):
        key = body[-size:]
        value = lex.bodies.get(key)
        if value is not None and key[0] in NUMERALS and size != len(body):
            continue  # 第一医院 is no 一医院
        if value is not None and body.endswith(value):
            return body  # already the full form (城市管理和综合执法局)
        if value is not None:
            return body[: len(body) - len(key)] + value
    # 市场监管局深渡分局: a parent body's abbreviation before its branch
    for size in range(len(body) - 2, 1, -1):
        value = lex.bodies.get(body[:size])
        if (value is not None and BRANCH_OF_BODY.search(body, size) and body[:size][0] not in NUMERALS
                and not body.startswith(value)):  # 禁毒委员会办公室 holds the full form of 禁毒委 already
            # 政府办|公室: the abbreviation's full form already ends as the name does (人民政府办公室)
            return value if value.endswith(body[size - 1 :]) else value + body[size:]
    return body


def _fill(template: str, context: CountyContext | None) -> str | None:
    values = {
        "sanitary": ("县城" if context.county.endswith(("县", "旗")) else "城市") if context else None,
        "county": context.county if context else None,
        "branch_county": _branch_county(context) if context and "{branch_county}" in template else None,
        "prefecture": context.prefecture if context else None,
        "province": context.province if context else None,
    }
    for key, value in values.items():
        if "{" + key + "}" in template:
            if value is None:
                return None
            template = template.replace("{" + key + "}", value)
    return template


@lru_cache(maxsize=1024)
def _branch_county(context: CountyContext) -> str:
    """The county as a prefecture's branch office names it (abbreviations.toml, [branch_names])."""
    county = context.county
    keep = load_toml("abbreviations.toml")["branch_names"]["keep_county_level_in"]
    if not county.endswith("县") or (context.province in keep and not county.endswith("自治县")):
        return county
    stems = [alias.removesuffix("县") for division in load_gazetteer().named(county, "county")
             for alias in division.aliases]
    stems = [stem for stem in stems if len(stem) >= 2]
    if stems:
        return min(stems, key=len)
    return county[:-1] if len(county) >= 3 and not county.endswith("自治县") else county


def _township_of(name: str, context: CountyContext | None) -> str | None:
    """The county's township whose name or short name starts `name` (中安 → 中安街道)."""
    if context is None:
        return None
    forms = _township_forms(context.county, context.prefecture)
    # the form listed first among those that start `name`, found by looking up each prefix of `name`
    found = [place for size in range(2, min(len(name), forms.longest) + 1) if (place := forms.by_form.get(name[:size]))]
    return min(found)[1] if found else None


class _TownshipForms(NamedTuple):
    by_form: dict[str, tuple[int, str]]  # written form -> (its place in the gazetteer's order, township)
    longest: int
    names: tuple[str, ...]  # full names with their level (七号镇, 新市区街道), without the county before them


@cache
def _township_forms(county: str, prefecture: str | None) -> _TownshipForms:
    """A county's townships by their full names and short names (中安街道, 中安)."""
    by_form: dict[str, tuple[int, str]] = {}
    names = []
    for township in load_gazetteer().townships_of(county, prefecture):
        short = TOWNSHIP_FORM.sub("", township.name)
        for form in (township.name, short):
            if len(form) >= 2:
                by_form.setdefault(form, (len(by_form), township.name))
        name = township.name.removeprefix(county)
        if len(name) >= 3 and TOWNSHIP_FORM.search(name):
            names.append(name)
            if name.endswith("镇") and len(name) >= 3:
                names.append(name[:-1] + "街道")  # 龙场镇, since made 龙场街道: a town become a street of the county seat
    return _TownshipForms(by_form, max(map(len, by_form), default=0), tuple(names))


def _gazetteer_townships(text: str, context: CountyContext) -> list[_Candidate]:
    """The county's townships the gazetteer lists, found by their full names whatever jieba made of them (七号|镇,
    老|市区|街道) or wherever a word would hide them (中心镇)."""
    forms = _township_forms(context.county, context.prefecture)
    return [_Candidate(start, end, "org") for name in forms.names if name in text
            for start, end in occurrences(text, name)]


def unit_type(canonical: str, lex: Lexicon | None = None) -> str:
    """The unit type of a name (ANNOTATION.md, "type"), from its prefix or its longest known ending."""
    return _unit_type(canonical) if lex is None or lex is lexicon() else _type_of(canonical, lex)


@lru_cache(maxsize=65536)
def _unit_type(canonical: str) -> str:
    return _type_of(canonical, lexicon())


def _type_of(canonical: str, lex: Lexicon) -> str:
    name = PAREN.sub("", canonical) if "(" in canonical or "（" in canonical else canonical
    for prefix, kind in lex.type_prefixes:
        if name.startswith(prefix):
            return kind
    if name.startswith(("中共", "中国共产党")):
        return "party"
    if _family_name_pattern(lex.surnames).match(name):
        return "enterprise"  # 李记烧腊, 老刘家冷淡杯: a family's shop, whatever it sells
    endings = lex.type_ending_map
    for size in range(min(len(name), lex.max_type_ending), 0, -1):
        kind = endings.get(name[-size:])
        if kind is not None:
            return kind
    return lex.default_type


def canonical_name(
    text: str, context: CountyContext | None, township: str | None = None, aliases: dict[str, str] | None = None
) -> str:
    """The full name of a unit mention, made specific with the county context (ANNOTATION.md, "canonical")."""
    if aliases and text in aliases:
        return aliases[text]
    name = _canonical(text, context, township)
    forms = lexicon().provincial_forms.get(context.province) if context is not None else None
    for usual, own in forms or ():
        if usual in name and usual not in text:
            name = name.replace(usual, own)
    return name


@lru_cache(maxsize=65536)
def _canonical(text: str, context: CountyContext | None, township: str | None) -> str:
    """Names repeat across the stories of a county: each (name, county, township) is worked out once."""
    lex = lexicon()
    paren_match = PAREN.search(text)
    paren = text[paren_match.start() :] if paren_match and paren_match.end() == len(text) else ""
    name = text[: len(text) - len(paren)] if paren else text
    if TOWNSHIP_OFFICE.search(name):
        name = TOWNSHIP_OFFICE.sub(r"\1", name)  # 富村镇人民政府 is the township, as 中安街道办事处 is 中安街道
    elif name.endswith("街道办事处") and len(name) > 5:
        name = name[: -len("办事处")]
    if name.endswith(("社区居委会", "村委会", "村民委员会")):
        name = name[: -len("居委会")] if name.endswith("居委会") else name[: name.rindex("村") + 1]
        # 白云社区居委会 is the community, 芒角村委会 the village
    kind = unit_type(name, lex)
    if kind == "social_org" and context is not None and TOWNSHIP_PART.match(name):
        return context.county + name + paren  # 利东镇兴隆村红白理事会: a township's or a village's own council
    if kind == "enterprise" or (kind == "social_org" and name[:1] not in LEVEL_CHARS and not name.startswith("团")):
        return text  # enterprises and associations stay as written; 县妇联, 团县委 are county bodies
    if context is not None:
        name = _unshortened(name, context)
    prefix, body = _split_place_prefix(name, context)
    county = context.county if context else None
    if prefix and county and prefix[-1] in COUNTY_LEVELS and not prefix.endswith(county) and (
            here := _township_of(name, context)) and (
            name.startswith(here) and len(here) > len(prefix)):
        return county + _expand_body(name, lex) + paren  # 新市区街道建业社区: the county's township, no district
    # Written with the county's own name or its level character: look the local form up (县委 → 富源县委).
    local_form = None
    if prefix and county and prefix.endswith(county):
        local_form = county[-1] + body
    elif not prefix and name[:1] in LEVEL_CHARS:
        local_form = name
    elif not prefix and name.startswith(("团县委", "团市委", "团省委", "全国")):
        local_form = name
    elif not prefix:
        local_form = name
    youth = "团" if local_form and local_form.startswith("团") and len(local_form) > 2 else ""
    core = local_form[len(youth) :] if local_form else local_form
    if core and county and core[0] in COUNTY_LEVELS and county.endswith(core[0]):
        # a banner's, district's or county-level city's own bodies: 旗委 is to 鄂托克旗 what 县委 is to a county
        local_form = youth + "县" + core[1:]
    if local_form is not None and local_form in lex.local:
        if (context is not None and context.prefecture and prefix.startswith(context.prefecture)
                and "{prefecture}" in lex.local[local_form]):
            return text  # 亳州市涡阳县生态环境分局: a prefecture's branch written in full stays as written
        filled = _fill(lex.local[local_form], context)
        if filled is not None:
            return filled + paren
    if prefix and body in {"街道", "镇", "乡"} and county and not prefix.endswith(county):
        return county + name + paren  # 溧阳市古县街道: a township named like a county elsewhere (古县)
    if prefix:
        return prefix + _expand_body(body, lex) + paren
    if name.startswith("自治区") and context is not None and (context.province or "").endswith("自治区"):
        return context.province + _expand_body(name[3:], lex) + paren  # 自治区水利厅 → 宁夏回族自治区水利厅
    level = name[:1]
    township_here = _township_of(name, context)
    if township_here and kind in NAMED_AFTER_PLACE_TYPES and not name.startswith(township_here):
        # 大王经济开发区, 古蔺中学: a zone or a school named after a place, not the township's own body
        township_here = None
    if township_here and not prefix and context is not None and name.startswith(township_here[:2]):
        if TOWNSHIP_FORM.search(name) and kind == "township":
            name = JIEDAO_OFFICE.sub(r"\1\2\3", name)
        return county + _expand_body(name, lex) + paren  # 州城镇 is a township, not 州 + 城镇
    rest = name[1:]
    level_reading = rest in lex.bodies or rest in lex.bodies.values() or not name.startswith(
        ("市场", "区域", "省级", "市区", "县级", "市级", "市民", "县区", "市县", "区县", "州市")
    )
    if level in LEVEL_CHARS and len(name) > 1 and level_reading:
        place = _level_name(level, context)
        if place is None and kind == "township" and county and TOWNSHIP_FORM.search(name):
            return county + name + paren  # 州城街道 where no prefecture is a 州: a township named with the character
        body = _expand_body(name[1:], lex)
        return (place + body if place else level + body) + paren
    if name[:1] in "镇乡" and len(name) > 1 and township and context:
        if name[1:] in ("政府", "人民政府"):
            return county + township + paren  # 镇政府 is the township, as 富村镇人民政府 is
        return county + township + _expand_body(name[1:], lex) + paren
    if context is None:
        return _expand_body(name, lex) + paren
    if TOWNSHIP_FORM.search(name) and kind == "township":
        name = JIEDAO_OFFICE.sub(r"\1\2\3", name)
        return county + name + paren
    if kind == "community":
        return county + name + paren
    if name in lex.bodies or name in lex.local or township_here:
        return county + _expand_body(name, lex) + paren
    if kind in {"school", "hospital", "government", "party"} and TOWNSHIP_PART.match(name):
        # 青泥镇卫生院, 岩坪镇中心小学: a township's own body is the county's, known to the gazetteer or not
        return county + _expand_body(name, lex) + paren
    if kind in {"school", "hospital"} and NUMBERED_BODY.match(name):  # 一中, 第二人民医院; 三台中学 is a name
        return county + _expand_body(name, lex) + paren
    return _expand_body(name, lex) + paren


# ---------------------------------------------------------------------------------------------------------------


@lru_cache(maxsize=1024)
def _autonomous(context: CountyContext) -> bool:
    """Whether the county lies in an autonomous region or prefecture (or is one)."""
    return "自治" in context.full_name


def extract_units(
    text: str, context: CountyContext | str | None = None, *, tokenizer: jieba.Tokenizer | None = None,
    tokens: Sequence[Token] | None = None,
) -> list[UnitMention]:
    """Every organisation and titled person named in `text`, in order, with canonical names and stance.

    `tokens` is `nlp.segment.cut_with_offsets(text, tokenizer)` when the caller has cut the story already; the
    result is the same either way. The tokenizer (its word frequencies) is needed in both cases.
    """
    if not text:
        return []
    lex = lexicon()
    ctx = as_county_context(context)
    tokenizer = tokenizer or make_tokenizer()
    if tokens is None:
        tokens = cut_with_offsets(text, tokenizer)
    tokens = _tokens(tokens, _word_classes(tokenizer))
    # Officials without a Han surname are common where the county lies in an autonomous region or prefecture.
    surnameless = ctx is not None and _autonomous(ctx)
    persons, phrases = _titled_persons(tokens, text, lex, tokenizer.FREQ, surnameless)
    if persons and "、" in text:
        persons += _names_listed_after(text, persons, lex)
    if persons:
        persons += _repeat_persons(text, persons)
    if "某" in text:
        persons += _anonymised_persons(text, lex)
    if "等" in text and "、" in text:
        persons += _listed_persons(text, lex)
    heads = _head_indices(tokens)
    orgs = _org_candidates(tokens, text, lex, tokenizer.FREQ, ctx.county if ctx else None, heads)
    orgs += _place_form_candidates(tokens, text, lex) + _shop_candidates(tokens, text, lex, tokenizer.FREQ, heads)
    orgs += _family_shops(text, lex) + _named_shops(text, tokens, lex, tokenizer.FREQ)
    if "办" in text:
        orgs += _level_offices(text, tokenizer.FREQ)
    orgs += _located_villages(text, lex) if "村" in text or "社区" in text or "嘎查" in text else []
    if ctx is not None:
        orgs += [c for c in _gazetteer_townships(text, ctx)
                 if not any(o.start <= c.start and c.end <= o.end for o in orgs)]  # (神木市|高家堡镇 found already)
    joined = _villages_after_townships(orgs, tokens, text)
    orgs += joined + _villages_named_again(joined, text)
    if "自然村" in text:
        orgs += _natural_villages(orgs, text)
    if "屯" in text:
        orgs += _hamlets(orgs, text)
    if "、" in text:
        orgs += _listed_places(orgs, text)
    orgs += _parts_of_bodies(orgs, tokens, text, lex)
    if "简称" in text:
        orgs += _aliased_names(orgs, text, lex)
    if "附属" in text:
        orgs += _affiliated(orgs, text)
    if "店" in text or "项目部" in text or lex.branch_ending.search(text):
        orgs += _branch_stores(orgs, text, lex)
    if "某" in text and persons:
        persons, role_spans = _township_into_role(persons, orgs, text, lex)
        phrases = phrases + role_spans if role_spans else phrases
    if phrases:
        orgs = [c for c in orgs if not any(s <= c.start and c.end <= e for s, e in phrases)]
    if persons:
        orgs = [_trim_after_person(c, persons, text) for c in orgs]
    if "店" in text or "校门" in text:
        orgs = [_trim_glued_place_word(c, text) for c in orgs]
    if "党支部" in text or "党总支" in text:
        # 崖子村|党支部书记被问责: the 党 opens the title of the village's branch secretary, the village is the unit
        # (嘎查|党支部书记: a village in general, none)
        kept = []
        for c in orgs:
            if not _before_branch_title(c, text):
                kept.append(c)
            elif c.end - c.start > 3:
                kept.append(_Candidate(c.start, c.end - 1, c.kind))
        orgs = kept
    # 扑火|队, 镇乡|街道: pieces that together make a generic word; 18家|镇卫生院, 部|分乡镇: a name never opens
    # with a count's measure word or inside 部分
    candidates = [c for c in orgs + persons if c.end > c.start and (c.kind == "person" or (
        text[c.start : c.end] not in lex.not_heads and text[c.start : c.end] not in lex.business_kinds
        and text[c.start] not in "每各" and not _opens_inside_a_word(text, c.start)))]  # (每所学校, 各乡镇卫生院)
    if "《" in text:
        candidates = [c for c in candidates if not _inside_book_title(text, c.start, c.end)]
    if "〔" in text:  # a document's number after a short name
        candidates = [c for c in candidates if not DOCUMENT_NUMBER_AFTER.match(text, c.end)]
    if "“" in text:
        candidates = [c for c in candidates if not _quoted_honour(text, c.start, c.end, lex)]
    candidates = [c for c in map(partial(_trimmed_tail, text), candidates)
                  if c.kind == "person" or not _closes_no_name(text, c.start, c.end, lex)]
    chosen = _select(candidates)
    mentions: list[UnitMention] = []
    aliases: dict[str, str] = {}
    township: str | None = None
    for cand in chosen:
        end = _extend_right(text, cand.end, lex) if cand.kind == "org" else cand.end
        if cand.kind == "org" and (end < len(text) and text[end] in "、等" or cand.start > 0 and text[cand.start - 1] == "、"):
            cand = _Candidate(_extend_list_item(text, cand.start, tokens, lex), cand.end, cand.kind)
        if mentions and mentions[-1].end > cand.start:
            continue  # mentions come in order and each ends before the next starts
        surface = text[cand.start : end]
        if cand.kind == "person":
            mentions.append(UnitMention(surface, cand.start, end, surface, "person", cand.title))
            continue
        canonical = canonical_name(surface, ctx, township, aliases)
        canonical = _earlier_full_form(surface, canonical, mentions, ctx)
        if canonical == surface and surface.endswith("公司"):
            canonical = _earlier_company(surface, mentions)
        kind = unit_type(canonical, lex)
        if kind == "township":
            township = TOWNSHIP_FORM.search(canonical) and _township_name(canonical, ctx)
        # Both alias forms open with a bracket: most names have none after them.
        alias = text.startswith(("（", "("), end) and (
            ALIAS_INTRO.match(text, end) or BRACKETED_ABBREVIATION.match(text, end))
        if alias:
            aliases[alias.group(1)] = canonical
        mentions.append(UnitMention(surface, cand.start, end, canonical, kind))
    return assign_stance(text, mentions)


INTO_PLACE = ("进社区", "进村", "进校园", "进学校", "进农村", "进家庭", "进企业", "进机关", "进乡村")
VILLAGE_OWN_WORDS = ("卫生室", "级", "委会", "两委", "干部", "内", "民", "寨")
COUNT_BEFORE = re.compile(r"(?<!第)[0-9０-９零〇一二两三四五六七八九十百千万]+[余多]?[家处个座所]$")
COUNT_OF_BUSINESSES_AFTER = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万]+[余多]?家")
COUNT_AT_END = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千万]+[余多]?[处所站队个家座]$")


def _trimmed_tail(text: str, cand: _Candidate) -> _Candidate:
    """A candidate with a word that belongs after it cut off its end."""
    if cand.kind != "org":
        return cand
    if cand.end - cand.start >= 5 and text.endswith("委常委会", cand.start, cand.end) and not text.endswith(
            "人大常委会", cand.start, cand.end):
        # 县委|常委会会议: the standing committee's meeting is the party committee's (人大常委会 is a body of its own)
        return _Candidate(cand.start, cand.end - 3, cand.kind, cand.title)
    if cand.end - cand.start > 3 and text.endswith("村村", cand.start, cand.end) and text.startswith(
            VILLAGE_OWN_WORDS, cand.end):
        # 南好村|村卫生室, 大坪村|村级, 韩家墅村|村内: a village's name written right before 村卫生室, 村级 or 村内
        # holds one 村 (新村村, 砂村村 are villages' names)
        return _Candidate(cand.start, cand.end - 1, cand.kind, cand.title)
    return cand


def _closes_no_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The organisation candidate text[start:end] is no name for what comes right before or after it."""
    return bool(
        COUNT_AT_END.search(text, start, end)  # 规范摊点一百四十余处: a count's measure word closes no name
        # 辖区3家馒头作坊: what follows a count is a kind of thing, unless it is a known name (100多个联合国成员国)
        or COUNT_BEFORE.search(text, max(0, start - 8), start) and text[start:end] not in lex.known_orgs
        # 规范农家乐16家, 初制茶厂一百二十余家: a kind of shop or business, then how many of them
        or COUNT_OF_BUSINESSES_AFTER.match(text, end) is not None and text[start:end] not in lex.known_orgs
        and text.endswith(lex.business_heads, start, end)
        # 春季村|庄清洁行动, 落实村|级供水管理员: the 村 of 村庄 or 村级 ends no village's name
        or text[end - 1] == "村" and text.startswith(("庄", "级"), end)
        or text.endswith("夜市", start, end) and text.startswith("摊", end)  # 规划夜市|摊位: a night market's stalls
        or text[end - 1] == "站" and text.startswith("点", end)  # 再生资源回收站|点136个: 站点, sites
        # 坊前镇卫生院进社区讲座, 健康知识讲座进社区: an activity taken to a place, no unit (the body before is one)
        or _taken_into_place(text, start, end))


def _taken_into_place(text: str, start: int, end: int) -> bool:
    """坊前镇卫生院进社区, 健康知识讲座进社区: an activity taken somewhere (前进村, 跃进村 are villages' names)."""
    into = next((e for e in INTO_PLACE if text.endswith(e, start, end)), None)
    return into is not None and end - len(into) > start and text[end - len(into) - 1] not in "前先跃奋促推增精上引"


def _before_branch_title(cand: _Candidate, text: str) -> bool:
    return text[cand.end - 1] == "党" and text.startswith(("支部", "总支"), cand.end)


def _opens_inside_a_word(text: str, start: int) -> bool:
    """A name cannot start at `start`: right after a numeral on its measure word or its 余 (18家|镇卫生院,
    2300余人|下沉社区) or at 分 of 部分."""
    if start == 0:
        return False
    before, first = text[start - 1], text[start]
    return before in NUMERAL_CHARS_AND_DIGITS and first in "家个所座名位处余多" or before + first == "部分"


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


def _earlier_full_form(surface: str, canonical: str, earlier: list[UnitMention], context: CountyContext | None) -> str:
    """县城管局 after 长宁县城市管理和综合执法局 in the same story is that body, not the table's 城市管理局."""
    if context is None or surface[:1] != context.county[-1:] or len(surface) > 8:
        return canonical  # (市综合执法局 in a district is the city's, whatever the district's own body is called)
    body = surface[1:]
    # An office the tables do not know (县防火办) may shorten any words of its name; a known one keeps its first.
    unknown_office = body.endswith("办") and canonical == context.county + body
    for written, full in ((m.text, m.canonical) for m in earlier):
        if full == canonical or not full.startswith(context.county):
            continue
        full_body = full[len(context.county) :]
        ends_alike = full_body[-1] == body[-1] or body.endswith("办") and full_body.endswith("办公室")  # 创文办
        # (县人居办 after …县改善农村人居环境工作领导小组办公室: its words written whole in a full form of the table's
        # kind will do; 县文明办 is no 创建文明城市工作指挥部办公室)
        if (len(full_body) > len(body) and (full_body[0] == body[0] or unknown_office or (
                len(body) >= 3 and body[:-1] in full_body and (
                    full[-6:] == canonical[-6:]
                    # 县禁烧办 after …秸秆禁烧工作指挥部办公室 written in full: the table's name but for its kind of
                    # office (a name expanded from the same short form is no evidence)
                    or written == full and len(commonprefix((full_body, canonical[len(context.county) :]))) >= 6
                    # 县河长办 after …全面推行河长制工作领导小组办公室 written in full: it holds the table's 河长制
                    or written == full and canonical.endswith("办公室")
                    and canonical[len(context.county) : -3] in full_body)))
                and ends_alike and _is_subsequence(body, full_body)):
            return full
    return canonical


def _earlier_company(surface: str, earlier: list[UnitMention]) -> str:
    """华建公司 after 陕西华建工程有限公司 in the same story is that company: its name's words and 公司."""
    stem = surface[: -len("公司")]
    if not 2 <= len(stem) <= 4:
        return surface
    fuller = {m.canonical for m in earlier if m.type == "enterprise" and len(m.canonical) > len(surface)
              and m.canonical.endswith("公司") and stem in m.canonical}
    return fuller.pop() if len(fuller) == 1 else surface


def _trim_after_person(cand: _Candidate, persons: list[_Candidate], text: str) -> _Candidate:
    """陈红到县疾控中心: an organisation never starts inside a person's name or the verb after it."""
    for person in persons:
        if cand.start < person.end < cand.end and person.start >= cand.start:
            start = person.end
            while start < cand.end and text[start] in FUNCTION_CHARS:
                start += 1
            return _Candidate(start, cand.end, cand.kind, cand.title)
    return cand


# 阿福小笼馆|店外, 羊杂馆|店外: the 店 of 店外 glued to a shop already closed by its own head; 实验小学|校门口: the 校 of
# 校门 glued to a school
GLUED_PLACE_WORD = re.compile(r"(?<=[馆铺行坊])店(?=[外内前门])|(?<=[小中]学)校(?=门)")


def _trim_glued_place_word(cand: _Candidate, text: str) -> _Candidate:
    if cand.end - cand.start > 3 and GLUED_PLACE_WORD.match(text, cand.end - 1):
        return _Candidate(cand.start, cand.end - 1, cand.kind, cand.title)
    return cand


def _township_name(canonical: str, context: CountyContext | None) -> str | None:
    if context and canonical.startswith(context.county):
        return canonical[len(context.county) :] or None
    return canonical


def _quoted_honour(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """被评为“平安车站”: a name that fills the quotes after an honour's verb is the honour, not a unit."""
    return (text.startswith("”", end) and start >= 1 and text[start - 1] == "“"
            and text.endswith(lex.honour_verbs, 0, start - 1))


def _inside_book_title(text: str, start: int, end: int) -> bool:
    opening = text.rfind("《", 0, start)
    return opening != -1 and text.rfind("》", opening, start) == -1 and text.find("》", end) != -1 and (
        text.find("》", end) - opening < 60
    )


__all__ = ["VERSION", "UnitMention", "extract_units", "canonical_name", "unit_type"]
