"""A story's words as the count extractor reads them, and the tests of where a noun phrase ends."""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from operator import itemgetter
from typing import Mapping, Sequence

from nlp.counts.vocabulary import Vocabulary

POSITION_WORDS = frozenset("上下中里内后前时来去")
CLAUSE_MARKS = frozenset("，。；：,;:！？!?")
# Boundary words that do not end a phrase they open: 后厨, 前排 are nouns; 未 opens a relative clause
# (5户未落实进货查验的餐饮单位), while after a noun it ends the phrase (4栋自建房未张贴); so do the qualifying boundaries
# (`qualifying_boundaries` in measure_words.toml: 3处违法建筑, but 2处河滩地违规堆放).
_OPENING_WORDS = POSITION_WORDS | {"未"}


def ends_phrase(seg: str, i: int, begin: int, frequency: bool, vocab: Vocabulary) -> str | None:
    """The boundary or verb at ``i`` that ends an object phrase begun at ``begin``, if any."""
    word = vocab.boundaries.at(seg, i)
    qualifying = word in vocab.qualifying_boundaries
    if word and not (i == begin and (word in _OPENING_WORDS or qualifying)) and not (
            word in POSITION_WORDS and i > 0 and seg[i - 1 : i + 1] in vocab.joined_position_words) and not (
            qualifying and vocab.nouns.at(seg, i + len(word))):
        return word
    verb = vocab.verbs.at(seg, i)
    if verb and not (i == begin and frequency and i + len(verb) == len(seg)) and (  # 一次暗访。
            not makes_noun(seg, i + len(verb), vocab)):
        return verb
    return None


def makes_noun(seg: str, end: int, vocab: Vocabulary) -> bool:
    """巡查|员, 监测|站: the verb ending at ``end`` is part of a noun for its staff or its place."""
    return noun_suffix(seg, end, vocab) is not None


def noun_suffix(seg: str, end: int, vocab: Vocabulary) -> str | None:
    """The suffix at ``end`` that makes the verb before it part of a noun (员, 站, 面积 …), if any."""
    if end >= len(seg) or seg[end] not in vocab.noun_suffix_firsts or seg.startswith(vocab.not_noun_suffixed, end):
        return None
    return next((suffix for suffix in vocab.noun_suffixes if seg.startswith(suffix, end)), None)


# Characters that, as words of their own, end a noun phrase after a count (3个村|的…, 2家店|在…)
NOT_IN_A_NOUN = frozenset("的地得在把被将用从向和与及或都也就还又才已正均各每该其这那了着过是有为对给让")
# Endings of jieba nouns before 的 that say what the counted things are like or where they come from, not whose part
# follows (一架银灰色的飞机, 一位德国的收藏者)
NOT_COUNTED_OWNERS = ("色", "国")

# jieba's tags of words that are no part of a noun phrase: adverbs, descriptive words, prepositions, conjunctions,
# particles, pronouns, time words, numerals (its place-word tags are left out: it calls 路口 and 街区 place words; its
# verb tag is read apart, in Words._nominal, since it calls 干道 and 通道 verbs too)
NOT_NOUN_TAGS = frozenset({"d", "z", "p", "c", "u", "ud", "uj", "ul", "uz", "uv", "ug", "r", "ad", "t", "m"})
# Words jieba tags nouns or verbal nouns that after the counted thing say how the work was done (四十二名乡厨|统一|办了
# 健康证, 三百余户志愿服务户|轮流|清扫): they end the object
MANNER_WORDS = frozenset({"统一", "轮流", "集中"})
VERB_TAGGED_HEADS = frozenset("道头")  # the last characters of words jieba tags as verbs that are nouns (干道, 探头)
NEGATIONS = frozenset("未不没无")
ASPECT_MARKS = frozenset("着了过")  # a word ending in one, or a character before one, is a verb (守着, 充|着)
_WORD_START = itemgetter(1)
_WORD_END = itemgetter(2)
# the complements that close a verb's result (租下, 划出, 找到, 烧掉, 编成, 拉回, 装好): such a verb is no noun, whatever jieba
# tags its nouns (行为, 投诉, 毒饵|站 are verbs to it)
RESULTATIVES = frozenset("下出到掉成进起走开回来上好足齐满坏毁垮")
PREPOSITIONS = frozenset("把将给对向为让被从在用")  # (jieba tags 加强|针 a preposition)
PLACING = frozenset({"在", "到"})
PLACING_VERBS_TAGGED_NOUNS = frozenset({"码"})  # 稻草|码|在: jieba tags 码 a noun (号码)
ADVERB_OPENERS = frozenset("各都也就还又才已均每再却")
AMOUNTS_TAGGED_VERBS = frozenset({"支出", "产出"})  # 一般公共预算支出7288.3亿元: an amount, named before it
ADVERBS_OPENING_NOUNS = frozenset({"自然"})  # jieba's adverb in 自然屯, 自然湾, 自然村: a natural village, counted
DESCRIBING_VERBS = frozenset({"外出", "播出", "手足", "破坏"})  # 外出务工人员, 播出机构, 手足口病, 破坏环境资源案件: the word
# describes the thing


@dataclass(frozen=True, slots=True)
class Words:
    """A story's segmentation as the count extractor reads it: (word, start, end) in order, and jieba's part-of-speech
    tags by word. With it an object after its count that no listed noun closes ends where its words stop being
    nouns."""

    tokens: Sequence[tuple[str, int, int]]
    tags: Mapping[str, str]

    def noun_end(self, a: int, b: int) -> int:
        """Where an object that opens at `a`, right after its count, and that no listed noun closes ends: at `b`, or
        earlier where its words stop being nouns (伙计|守着 → 伙计, 救生圈|早就裂 → 救生圈, 电动自行车|充|着电 →
        电动自行车). Its first word is taken whatever it is (专班|值守); a character of its own goes on the phrase
        unless it is a function word or a verb (卤味|店, 秸秆|垛)."""
        tokens = self.tokens
        first = self._word_starting_at(a)
        if first is None:
            return b
        last = first + 1
        if tokens[first][0] in ("“", "\"") and last < len(tokens):
            last += 1  # “进货本”: the first word inside the quotes is taken too
        while last < len(tokens) and tokens[last][1] < b and self._nominal(last):
            last += 1
        return min(b, tokens[last - 1][2])

    def verb_ends_at(self, position: int, unit: str = "") -> bool:
        """Whether the word ending at `position` is a preposition, a verb with its result (租下, 找到), a word
        ending in an aspect mark (写着) or, before a count of anything but points, the verb 分 (分三组: split into)."""
        index = self._word_ending_at(position)
        if index is None:
            return False
        word = self.tokens[index][0]
        return (word in PREPOSITIONS or word[-1] in ASPECT_MARKS or self._with_result(word, "")
                or word == "分" and unit != "分" and self.tags.get(word) == "v")

    def short_verb_ends_at(self, position: int) -> bool:
        """Whether the word ending at `position` is one character that jieba tags neither a noun nor a measure word
        (查, 走, 看|了), or an adverb glued to one (再查, 各巡): a frequency after it counts doing it, not a thing
        named before."""
        index = self._word_ending_at(position)
        if index is None:
            return False
        word = self.tokens[index][0]
        if len(word) == 2 and word[0] in ADVERB_OPENERS:
            word = word[1]
        return len(word) == 1 and word.isalpha() and self.tags.get(word, "")[:1] not in ("n", "q")  # (养殖场|户|户次)

    def word_ends_at(self, position: int, words: frozenset[str]) -> bool:
        """Whether the word ending at `position` is one of `words`."""
        index = self._word_ending_at(position)
        return index is not None and self.tokens[index][0] in words

    def after_last_verb(self, a: int, b: int) -> int | None:
        """Where the last verb with its result inside `[a, b)`, before its last word, ends (None when there is
        none)."""
        index = bisect_left(self.tokens, b, key=_WORD_END) - 1
        while index >= 0 and self.tokens[index][1] >= a:
            word, _, end = self.tokens[index]
            if end < b and self._with_result(word):
                return end
            if (end < b and word in ASPECT_MARKS and index > 0 and self.tokens[index - 1][1] >= a
                    and self.tags.get(self.tokens[index - 1][0]) == "v"):
                return end  # 赵丽萍带|着|禁毒志愿者: a verb with its aspect mark
            index -= 1
        return None

    def first_verb_after_noun(self, a: int, b: int) -> int | None:
        """Where the first verb with its result (编成, 拉走) or word ending in an aspect mark (守着) starts inside
        `[a, b)`, after the phrase's first word, or a verb that runs on past `b` (青年|组成: the phrase's last
        character is the verb's first); None when there is none."""
        index = bisect_left(self.tokens, a, key=_WORD_START) + 1
        while index < len(self.tokens) and self.tokens[index][1] < b:
            word, start, end = self.tokens[index]
            if end > b:
                return start if self.tags.get(word) == "v" and len(word) > 1 else None
            if len(word) > 1 and word[-1] in ASPECT_MARKS or self._with_result(word):
                return start
            index += 1
        return None

    def after_plain_verb(self, a: int, b: int) -> int | None:
        """Where the nouns that end `[a, b)` start when a verb jieba tags as one stands right before them (偷运|车辆,
        挂|上|救生圈, 新|搭|哨|棚); None when there is none."""
        index = self._word_ending_at(b)
        if index is None:
            return None
        first = index
        while first >= 0 and self.tokens[first][1] > a and self.tags.get(self.tokens[first][0], "").startswith("n"):
            first -= 1
        if first == index or first < 0 or self.tokens[first][1] < a:
            return None
        nouns_start = self.tokens[first + 1][1]
        if self.tokens[first][0] in ("上", "下", "过") and first > 0 and self.tokens[first - 1][1] >= a:
            verb = self.tokens[first - 1][0]  # 挂|上|救生圈: a verb with its complement
        elif (first > 0 and self.tokens[first - 1][1] >= a and self.tags.get(self.tokens[first - 1][0]) in ("a", "d")
              and not self.tokens[first + 1][0].startswith(self.tokens[first - 1][0])):
            verb = self.tokens[first][0]  # 新|搭|哨棚: a verb with its adverb (but 乱|贴|乱画: a pair of misdeeds)
        else:
            return None
        return nouns_start if len(verb) == 1 and self.tags.get(verb) == "v" else None

    def after_opening_verb(self, a: int, b: int, verbs: frozenset[str], mistagged: frozenset[str] = frozenset()
                           ) -> int | None:
        """Where the words after one of the one-character `verbs` that opens `[a, b)` start (设|固定|摊位), or after
        one of the `mistagged` verbs whatever jieba tags it; None when none opens it."""
        index = self._word_starting_at(a)
        if index is None or index + 1 >= len(self.tokens) or self.tokens[index + 1][2] > b:
            return None
        word = self.tokens[index][0]
        opens = word in verbs and self.tags.get(word) == "v" or word in mistagged
        return self.tokens[index + 1][1] if opens else None

    def adverb_after_first(self, a: int, b: int) -> int:
        """Where the first adverb after the first word of `[a, b)` starts (寿宴|事先|没有报备 → 寿宴); `b` when there is
        none."""
        index = self._word_starting_at(a)
        if index is None:
            return b
        for word, start, end in self.tokens[index + 1:]:
            if end > b:
                break
            if self.tags.get(word) == "d" and (len(word) > 1 or word in ADVERB_OPENERS):
                return start  # (犬|只|驱虫, 桶|边|督导: jieba's d on a measure word or a place)
        return b

    def all_nouns(self, a: int, b: int) -> bool:
        """Whether `[a, b)` is whole words that jieba tags as nouns (饭馆, 单元|楼, 密集|烤房)."""
        index = self._word_starting_at(a)
        if index is None:
            return False
        while index < len(self.tokens) and self.tokens[index][2] <= b:
            word, _, end = self.tokens[index]
            tag = self.tags.get(word, "")
            if not tag.startswith("n") or tag == "nz" or word.endswith(NOT_COUNTED_OWNERS):
                return False  # 一对普通的公务员: jieba's nz is as often a describing word
            if end == b:
                return True
            index += 1
        return False

    def noun_at(self, position: int) -> bool:
        """Whether a word jieba tags as a noun starts at `position`."""
        index = self._word_starting_at(position)
        return index is not None and self.tags.get(self.tokens[index][0], "").startswith("n")

    def tag_ending_at(self, position: int) -> str | None:
        """jieba's tag of the word ending at `position` (v, n …), if a word ends there and jieba tags it."""
        index = self._word_ending_at(position)
        return None if index is None else self.tags.get(self.tokens[index][0])

    def starts_word(self, position: int) -> bool:
        """Whether a word starts at `position` (not inside one jieba glued to the measure word before: 个村)."""
        return self._word_starting_at(position) is not None

    def noun_word_end(self, position: int) -> int | None:
        """Where the word jieba tags as a common noun (n) that starts at `position` ends, if one does."""
        index = self._word_starting_at(position)
        if index is None or self.tags.get(self.tokens[index][0]) != "n":
            return None
        return self.tokens[index][2]

    def opens_no_noun(self, position: int) -> bool:
        """Whether the word at `position` is an adverb or a verb with its result (连夜|抢险, 筑起|围井): what opens
        with it is what was done, not a thing."""
        index = self._word_starting_at(position)
        if index is None:
            return False
        word = self.tokens[index][0]
        following = self.tokens[index + 1][0] if index + 1 < len(self.tokens) else ""
        adverb = len(word) > 1 and self.tags.get(word) == "d" and word not in ADVERBS_OPENING_NOUNS
        return adverb and not self.tags.get(following, "").startswith("n") or self._with_result(word)

    def _word_starting_at(self, position: int) -> int | None:
        """The index of the word that starts at `position`, if one does."""
        index = bisect_left(self.tokens, position, key=_WORD_START)
        return index if index < len(self.tokens) and self.tokens[index][1] == position else None

    def _word_ending_at(self, position: int) -> int | None:
        """The index of the word that ends at `position`, if one does."""
        index = bisect_left(self.tokens, position, key=_WORD_END)
        return index if index < len(self.tokens) and self.tokens[index][2] == position else None

    def _with_result(self, word: str, not_closing: str = "进") -> bool:
        """A verb with its result (租下, 编成), not one naming an amount (支出) or describing a thing (外出务工人员);
        inside a phrase not one ending in `not_closing` either (推进, 促进 describe the activity after them)."""
        return (len(word) > 1 and word[-1] in RESULTATIVES and word[-1] not in not_closing
                and self.tags.get(word) == "v" and word not in AMOUNTS_TAGGED_VERBS and word not in DESCRIBING_VERBS)

    def _nominal(self, index: int) -> bool:
        word = self.tokens[index][0]
        following = self.tokens[index + 1][0] if index + 1 < len(self.tokens) else ""
        tag = self.tags.get(word, "")
        if len(word) == 1:
            if following in PLACING and (tag == "v" or word in PLACING_VERBS_TAGGED_NOUNS):
                return False  # 钢瓶|塞|在卧室床底下, 稻草|码|在灶口边: a verb placing the things
            if (tag == "v" and len(following) > 1 and len(self.tokens[index - 1][0]) > 1
                    and self.tags.get(following, "").startswith("n")):
                return False  # 孩子|做|午饭, 鱼塘|养|冷水鱼: a verb with an object of its own (but 手|抬|机动消防泵)
            if tag == "d":
                return False  # 坟山|边, 酒席|却, 渡口|再: jieba takes 边 after a place for an adverb too
            return word not in NOT_IN_A_NOUN and following[:1] not in ASPECT_MARKS
        if not tag and word[0] in ADVERB_OPENERS:
            return False  # 坟山|各定, 廊桥|各配: a word jieba made up of an adverb and a verb (but 麦茬|地有)
        if tag == "v" and word[-1] not in VERB_TAGGED_HEADS:
            if following[1:] in NEGATIONS:
                following = following[:1]  # 采空|塌陷|区未设置: jieba glues a head character to the negation after it
            if len(following) != 1 or self.tags.get(following, "")[:1] not in ("n", "q"):
                return False  # 员工|进厂前, 钢瓶|倒卖, 专班|值守 (but 塌陷|区, 取暖|户, 看护|棚: the verb names the thing)
        return tag not in NOT_NOUN_TAGS and word[-1] not in ASPECT_MARKS and word not in MANNER_WORDS
