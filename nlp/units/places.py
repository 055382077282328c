"""Townships, villages and communities by their form and by the gazetteer, alone, listed or after a township."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import repeat

from nlp.context import CountyContext
from nlp.patterns import OpenedPattern, occurrences
from nlp.units.canonical import township_forms
from nlp.units.lexicon import Lexicon, township_name_openings
from nlp.units.tokens import (
    CHARACTERS_AFTER_A_PLACE,
    TOKEN_END,
    TOKEN_START,
    Candidate,
    WordToken,
    along_the_village_road,
    seat_after_its_township,
    token_at,
)
from nlp.units.vocabulary import (
    CJK,
    ENUMERATOR,
    FUNCTION_CHARS,
    GENERAL_DETERMINERS,
    LEVEL_CHARS,
    MOTION_BEFORE_PLACE,
    NUMERAL_CHARS,
    PLACE_FORM_HEADS,
    PROPER_TAGS,
    STOP_WORDS,
    TOWNSHIP_FORM,
    VERB_TAGS,
    a_count,
    glued_negation,
)

PLACE_HEAD_BY_LAST = {head[-1]: head for head in PLACE_FORM_HEADS}  # no two end alike
# No two share a first character, so their order in an alternation does not matter; and none holds another's first
# character inside it, so every place word in a text is a match of its own.
_PLACE_ENDING = "|".join(PLACE_FORM_HEADS)
PLACE_WORD = re.compile(_PLACE_ENDING)
PLACE_NAME_TAGS = PROPER_TAGS | {"zg", "g"}  # (孙|疃|镇: a rare character jieba tags as a morpheme)
# 龙泉关镇骆驼湾村: a village written right after its township, whatever the segmentation made of its name.
VILLAGE_CLINICS = ("卫生服务站", "卫生室", "卫生站")
VILLAGE_TAIL = re.compile(r"[\u4e00-\u9fff]{1,5}?(?P<ending>村委会|居委会|社区|嘎查|村)")
ARRIVING_CHARS = frozenset("到在赴驻")
# Characters jieba glues to a village's 村 that open what follows, not a word of villages (村民, 村有, 村作了, 村在)
# Function characters jieba glues to the word before a place's name (现对|龙洞街道, 火是|筋竹镇, 车过|长埠镇); not 才 or 都,
# which end names (大才回族乡, 伦都乡)
GLUED_CLOSERS = frozenset("对是过")
# (what a place does, glued to its 村 by jieba as `word_tokens` cuts it from other places, and the 民 of 村民)
GLUED_AFTER_VILLAGE = ("民", *sorted(CHARACTERS_AFTER_A_PLACE))
VILLAGE_WORD_AFTER = frozenset("民委务干组级庄容貌通史情道部内里头口集医卫两规小落寨")  # 村民, 村委会, 村务, 村干部 … after a village's 村
GENERIC_VILLAGE_WORDS = ("乡村", "农村", "山村", "城乡", "各村", "全村", "村村", "城中村")
VILLAGE_WORDS_OF_ALL = frozenset("容貌庄落寨")  # 村容, 村貌, 村庄, 村落, 村寨: words of villages in general
NOT_IN_VILLAGE_WORDS = GENERAL_DETERMINERS | frozenset("个些几等级部其")
# 那 (a paddy field in Zhuang) opens and fills many villages' names in the south (那弄村, 坡那村): no function word there
NOT_IN_VILLAGE_NAME = NOT_IN_VILLAGE_WORDS | FUNCTION_CHARS - {"那"}


# Tags jieba gives the name of a street that a 街道 is named after (油榨|街|街道), and words before such a name that
# leave the clause open to it (的油榨|街|街道)
STREET_NAME_TAGS = frozenset({"v", "vn", "a"})
CLAUSE_OPENING_WORDS = frozenset({"的", "对", "在", "到", "由", "和", "与", "及"})
# Characters that open a clause before a township without being its name's: 各镇, 该乡, 两镇, 全镇 …
NOT_A_TOWNSHIPS_FIRST = GENERAL_DETERMINERS | frozenset("两几多某诸此其我贵原新省市县区州盟旗村组系") | FUNCTION_CHARS  # 系: "is"
# Determiners that end no name, right before a level (请该|乡于…: "that township")
DETERMINERS_BEFORE_LEVEL = frozenset("该各每此")
FRONT_AND_BACK = frozenset({"前", "后"})
# jieba frequency below which a noun of two before a bare 镇 or 乡 names the township (梨园 85; 田园 389, 商贸 658)
RARE_TOWNSHIP_NAME = 300
# Levels of Inner Mongolia, whose names are transcriptions of up to seven characters (宝格达音高勒苏木)
TRANSCRIBED_HEADS = frozenset({"苏木", "嘎查"})


# Words after which a clause goes on to a place's name: 名为|千|山镇, 出现在|九|龙湖街道, 二是|天|彭镇 (jieba takes another
# county's township or a common word, 山镇, 龙湖街道, 彭镇, and leaves the name's first character alone before it;
# 对|沿|江集镇 is the market towns along the river)
WORDS_BEFORE_A_NAME = CLAUSE_OPENING_WORDS - {"的"} | {"是", "为"}


def _nothing_runs_into(text: str, position: int) -> bool:
    """Whether no word or numeral runs on into `position` (，张|山乡; but 4月|卫店镇: 月 ends a date)."""
    return not (CJK.match(text, position - 1) or text[position - 1 : position].isalnum())


def _leads_to_a_place(word: str) -> bool:
    return word in WORDS_BEFORE_A_NAME or ENUMERATOR.fullmatch(word) is not None


def _closed_by_a_glued_word(word: str) -> bool:
    """A word jieba made of what stands before a place's name and the character closing it, which opens the place:
    a verb of arriving (宝音|图到|杜尔基镇), or 对, 是, 过 after a verb or an adverb (现对|龙洞街道, 火是|筋竹镇, 车过|长埠镇)."""
    return len(word) >= 2 and word[-1] in ARRIVING_CHARS or len(word) == 2 and word[-1] in GLUED_CLOSERS


def place_form_candidates(tokens: list[WordToken], text: str, lex: Lexicon, freq: dict[str, int]) -> list[Candidate]:
    """X苏木, X镇, X村 …: a name of two to five characters cut into name-like pieces, closed by a place word."""
    found: list[Candidate] = []
    # The tokens that end with a place word are found from the place words of the text, by bisection: a story has
    # a few of them and thousands of tokens.
    for place_word in PLACE_WORD.finditer(text):
        i = token_at(tokens, TOKEN_END, place_word.end())
        if i is None or not tokens[i].word.endswith(place_word.group()):
            continue
        token = tokens[i]
        if along_the_village_road(token, text) or seat_after_its_township(tokens, i, text):
            continue
        head = PLACE_HEAD_BY_LAST[token.word[-1]]
        if token.word == "城镇" and i > 0 and _township_cut_as_town(tokens, i):
            found.append(Candidate(tokens[i - 1].start, token.end, "org"))  # 庙|城镇: 庙城镇, cut as the word 城镇
            continue
        if (token.word == "街道" and i >= 2 and tokens[i - 1].word == "街" and len(tokens[i - 2].word) == 2
                and tokens[i - 2].tag in STREET_NAME_TAGS and tokens[i - 2].word not in STOP_WORDS
                and (i == 2 or not CJK.search(tokens[i - 3].word) or tokens[i - 3].word in CLAUSE_OPENING_WORDS)):
            # ；油榨|街|街道: a street office named after its street, whatever word jieba made of the street's name,
            # where a clause opens
            found.append(Candidate(tokens[i - 2].start, token.end, "org"))
            continue
        if (token.word in TOWNSHIP_LEVELS and i >= 2 and tokens[i - 1].word == "和"
                and _may_open_a_township(tokens[i - 2].word) and tokens[i - 2].word not in "乡镇街道"
                and _opens_a_clause(tokens, i - 2, text)):
            # ，吉|和|街道辖区, 3．吉|和|街道的: a name of two ending in 和 that jieba read as "and", where a clause opens
            # (the gazetteer lacks newer streets; 各镇|和|街道 and 城乡|和|街道 are two kinds, no name)
            found.append(Candidate(tokens[i - 2].start, token.end, "org"))
            continue
        # 街道 cut alone is most often the streets (清扫街道); it closes a name only after a proper noun or a family's
        # name (头|屯河|街道, 王家|沟|街道), which the gazetteer did not join to it
        bare_street = token.word == "街道"
        if token.word in lex.not_heads or token.word in lex.generic_modifiers and not bare_street:
            continue
        if len(token.word) - len(head) == 1 and token.word[0] in GENERAL_DETERMINERS:
            continue  # 月|内|各街道: every street, no name
        if head in TRANSCRIBED_HEADS and (start := _transcribed_name_start(tokens, i, text)) is not None:
            found.append(Candidate(start, token.end, "org"))
            continue
        size, k = len(token.word) - len(head), i
        while k > 0 and size < 5:
            before = tokens[k - 1]
            if (k == i and before.word in FRONT_AND_BACK and _family_village(token.word, head, lex)
                    and _opens_a_clause(tokens, k - 1, text)):
                # ，前|李村, 后|王村: 前 or 后 before a family's name and 村, where a clause opens, is the village's
                # name (前李村, the village in front)
                size, k = size + 1, k - 1
                continue
            if (before.tag not in PLACE_NAME_TAGS and not (before.tag in {"n", "a", "b"} and len(before.word) == 1)
                    # 二合|镇: a word of two that only qualifies (b), right before a level written alone
                    and not (before.tag == "b" and len(before.word) == 2 and k == i and token.word in "镇乡")
                    # 王家|沟|街道: a family's name, as villages and the streets after them are named
                    and not _family_name(before.word, lex)
                    # 雄关|街道: a word of two that opens townships' names elsewhere, right before the level
                    and not (k == i and token.word == head and len(before.word) == 2
                             and _opens_townships(before.word, head, lex)
                             and _opens_a_clause(tokens, k - 1, text))
                    # 嘴头|镇, 梨园|镇: a rare noun or place word of two, right before a level written alone (旅游|镇,
                    # 特色|镇 and 商贸|镇 are kinds: common words)
                    and not (before.tag in {"n", "s"} and len(before.word) == 2 and k == i and token.word in "镇乡"
                             and freq.get(before.word, 0) < RARE_TOWNSHIP_NAME)
                    # ；五|台子镇, ，张|山乡, ，天|吉泰|镇, 1．允|山镇: one character opening the clause before a
                    # township's word is its first
                    and not ((k == i and (len(token.word) >= 3 or token.word[-1] in "镇乡")
                              or k == i - 1 and token.word in ("镇", "乡"))
                             and _may_open_a_township(before.word)
                             and (_nothing_runs_into(text, before.start)
                                  or k >= 2 and before.word != "沿" and _leads_to_a_place(tokens[k - 2].word)))) or (
                    before.word in STOP_WORDS or before.word[:1] in LEVEL_CHARS or before.head
                    or before.word in lex.generic_modifiers or not CJK.search(before.word)
                    or before.word in lex.clause_verbs  # 共暗查|行政村: a verb that takes the villages
                    # 镇村干部一百二十余|人|逐村: a count's measure word
                    or a_count(before.word, tokens[k - 2].word if k >= 2 else None)
                    # 集镇|组|七里坪镇: a ranking's group, or a determiner, before a township's whole word
                    or k == i and len(token.word) >= 3 and before.word in NOT_A_TOWNSHIPS_FIRST):
                break  # (末位|七马路街道: the last place, no part of the name)
            size, k = size + len(before.word), k - 1
        if k < i and ENUMERATOR.fullmatch(tokens[k].word):
            size, k = size - len(tokens[k].word), k + 1  # 一是|葛源镇: the list's enumerator, not the name
        if any(glued_negation(tokens[j].word) for j in range(k, i)):
            continue  # 连续6|天未|清捞|村内: a negation jieba glued to the word before it; a duty not done, no name
        start = tokens[k].start
        if text[start] in FUNCTION_CHARS and k < i and tokens[k].tag == "unk" and size >= 3:
            start, size = start + 1, size - 1  # 对察汗|乌苏镇, 其县|溪村: jieba glued the function word to the name
            if text[start - 1] in DETERMINERS_BEFORE_LEVEL and text[start] in "乡镇" and size >= 3:
                start, size = start + 1, size - 1  # 该乡|阔纳|巴扎|村: "that township's", then the village's name
        glued = next((j for j in range(k + 1, i) if tokens[j].tag == "unk" and len(tokens[j].word) >= 2
                      and tokens[j].word[0] in FUNCTION_CHARS), None)
        if glued is not None:
            # 一百二十余人|对场|镇: a function word glued inside opens what follows it; what came before is no name
            start = tokens[glued].start + 1
            size = token.end - len(head) - start
        glued_before = next((j for j in range(i - 1, k - 1, -1)
                             if tokens[j].tag == "unk" and _closed_by_a_glued_word(tokens[j].word)), None)
        if glued_before is not None and token.end - len(head) - tokens[glued_before].end >= 2:
            start = tokens[glued_before].end
            size = token.end - len(head) - start
        stem = text[start : token.end - len(head)]
        # 共青|镇, 雄关|街道: one word of two that opens townships' names elsewhere in the gazetteer is a township's
        opening_word = (k == i - 1 and tokens[k].word == stem and _opens_townships(stem, head, lex)
                        and _opens_a_clause(tokens, k, text))
        # 和平村, 于庄村, 前宋村: a village's whole name in jieba's dictionary, whatever its first character
        village_word = k == i and head == "村" and freq.get(token.word, 0) > 0
        front_or_back = (k == i - 1 and tokens[k].word in FRONT_AND_BACK
                         and _family_village(token.word, head, lex))
        if (stem[:1] in FUNCTION_CHARS and not (opening_word or village_word or front_or_back)
                or stem in lex.generic_modifiers
                or stem[-1:] in DETERMINERS_BEFORE_LEVEL):
            continue  # 因|饶丰乡: a function word before the name; 各街|镇: towns and streets in general; 请该|乡于
        if (stem in lex.verbs_not_places and head == "村" and i + 1 < len(tokens)
                and tokens[i + 1].word[0] in VILLAGE_WORD_AFTER and not tokens[i + 1].tag.startswith("v")):
            continue  # 将新建|村卫生室: the verb and the 村 of 村卫生室 (but 新建村|组织村民: a village acts)
        if not (2 <= size <= 5 and (k < i or token.tag in PLACE_NAME_TAGS)) or stem[-1] in MOTION_BEFORE_PLACE:
            continue  # 送法进社区, 驻村: an activity, not a place
        if lex.honour_words.search(stem):
            continue  # 卫生镇, 电商示范村: an honour or a kind
        if bare_street and (stem[-1] in GENERAL_DETERMINERS or not opening_word and not any(
                t.tag in PROPER_TAGS or _family_name(t.word, lex) for t in tokens[k:i])):
            continue  # (兑换率居全|街道第一: the whole street office's)
        found.append(Candidate(start, token.end, "org"))
    return found


def _opens_townships(word: str, head: str, lex: Lexicon) -> bool:
    """`word` opens townships' names in the gazetteer and `head` is a township's level (沿海|镇, 沿江|乡: the
    townships along the coast or a river, no name; 城郊|村: villages in general)."""
    return head in TOWNSHIP_LEVELS and word in township_name_openings() and word not in lex.riverside_stems


TOWNSHIP_LEVELS = frozenset({"镇", "乡", "街道"})


def _may_open_a_township(word: str) -> bool:
    """A word of one Chinese character that may be a township's first (五 of 五|台子镇, 吉 of 吉|和|街道): no
    determiner, level or function character."""
    return len(word) == 1 and CJK.match(word) is not None and word not in NOT_A_TOWNSHIPS_FIRST


def _opens_a_clause(tokens: list[WordToken], k: int, text: str) -> bool:
    """tokens[k] opens a clause, or follows a word that leads to a place (的, 对, 在): no word runs into it (站|前路街道,
    三|马路街道, 的马|上报|乡)."""
    return (k == 0 or _nothing_runs_into(text, tokens[k].start) or tokens[k - 1].word in CLAUSE_OPENING_WORDS
            or _leads_to_a_place(tokens[k - 1].word))


def _family_village(word: str, head: str, lex: Lexicon) -> bool:
    """李村, 王村: a family's name and 村, the rest of a village's name after 前 or 后."""
    return head == "村" and len(word) == 2 and word[0] in lex.common_surnames


def _family_name(word: str, lex: Lexicon) -> bool:
    """王家, 黄家: a family's name, as villages and the streets after them are named (王家沟)."""
    return len(word) == 2 and word[1] == "家" and word[0] in lex.common_surnames


TRANSCRIBED_NAME_OPENERS = frozenset("，,。；;：:、\n▲【】")
TIME_AND_POINTING_TAGS = frozenset({"t", "f", "r"})  # 春节, 期间, 每个: words of a clause, none of a transcribed name


def _transcribed_name_start(tokens: list[WordToken], i: int, text: str) -> int | None:
    """，宝格达音高勒苏木组建…: a 苏木 or 嘎查 whose name of six or seven characters jieba cut into common words; the
    whole clause opening before it is the name when it holds no function character and no verb of two characters."""
    token = tokens[i]
    end = token.end - len(PLACE_HEAD_BY_LAST[token.word[-1]])
    # the clause's opening, looked for only as far back as a name of seven can reach (else the text's start)
    start = max(map(text.rfind, TRANSCRIBED_NAME_OPENERS, repeat(max(0, end - 8)), repeat(end))) + 1
    if not 6 <= end - start <= 7 or not all(CJK.match(ch) and ch not in FUNCTION_CHARS for ch in text[start:end]) or (
            any(head in text[start:end] for head in TRANSCRIBED_HEADS)):
        return None  # (巴音乌素嘎查|嘎查长: the name and the start of a role)
    first = token_at(tokens, TOKEN_START, start)
    if first is None or any((t.tag in VERB_TAGS or t.tag in TIME_AND_POINTING_TAGS) and len(t.word) > 1
                            for t in tokens[first:i]):
        return None  # (，春节|期间|每个|嘎查村配备…: when and which, no name)
    return start


def _township_cut_as_town(tokens: list[WordToken], i: int) -> bool:
    """庙|城镇 where a clause or a list item opens: one character of a name before the word 城镇 (小城镇, 各城镇 and
    特色|城镇 are towns in general)."""
    before = tokens[i - 1]
    opens = i == 1 or not CJK.search(tokens[i - 2].word)
    return (opens and len(before.word) == 1 and before.tag in {"n", "ns", "nr", "ng", "unk", "zg"}
            and before.word not in STOP_WORDS and before.word not in FUNCTION_CHARS)


# 在十八洞村，… : a village named as the place of a visit, whatever the segmentation made of its name
LOCATED_VILLAGE = OpenedPattern(r"[\u4e00-\u9fff]{2,4}?(?:村|社区|嘎查)(?=[，,、。；]|(?:组织|召开|开展|举行|举办|观摩)[^村])",
                                [("在到赴",)])  # 在秀新社区|组织…疏散演练
# ：杨柳村|以96.2分, ；后李村|3户, ，前柳村|驻村工作队, 。湖前社区|发动…, （一）新风社区|辖区…: a village opening a clause
# or a numbered item, before what a village has or does, whatever the segmentation made of its name
OPENING_VILLAGE = OpenedPattern(r"[\u4e00-\u9fff]{2,3}?(?:村|社区)"
                                r"(?=以|为[^主]|驻村|党支部|党总支|被|获|辖区|[0-9一二三四五六七八九两]"
                                r"|(?:发动|组织|开展|联合|建成|建立|推行|实行|召开)[^村社]"
                                r"|作(?:经验交流|经验|典型|表态|交流)发言)", [("，,。；;：:\n▲◆）",)])  # (会上，龙眼坡村|作经验交流发言)

# 依次为海坡社区（96.5分）, 得分最低的是黑土村（76.8分）: a village ranked with its score; 四是春光社区网格员…: a
# village opening a numbered finding
SCORED_VILLAGE = re.compile(r"(?<=[，,。；;：:\n、为是])[\u4e00-\u9fff]{2,3}?(?:村|社区)(?=[（(][0-9.]+分)")
ENUMERATED_VILLAGE = re.compile(r"(?<=[一二三四五六七八九十]是)[\u4e00-\u9fff]{2,3}?(?:村|社区)")


VILLAGE_OPENERS = frozenset("前后")  # 前柳村, 后屯村: function characters elsewhere, they open village names


def _opened_by_qian_or_hou(name: str) -> bool:
    """前柳村, 后屯村: a village name of three characters or more opened by 前 or 后, which are no function characters
    there."""
    return len(name) >= 3 and name[0] in VILLAGE_OPENERS


def _village_name(name: str, after_township: bool = False) -> bool:
    """A village's name and its ending, not 各村, 部分村 or the countryside (乡村, 农村). A 嘎查's name is a
    transcription, where function characters are only sounds (莫和尔图嘎查). Right after its township a name may
    hold one past its first character (里村街道瓷都社区, 绥中镇站前社区) and end in 山村 (胡集镇湖山村)."""
    opened = _opened_by_qian_or_hou(name)
    # 王各庄村, 北刘各庄村: X各庄 names villages in the north, its 各 no determiner
    name = name.replace("各庄", "庄庄")
    if after_township:
        # 巴格其村, 阿克其村: past its first two characters a 其 is a sound of a transcribed name (及其村 is none),
        # past the first in a 嘎查's (阿其玛嘎查), and anywhere in a name of four before its ending (玉其喀什村, 其乃巴格村)
        sounds_from = 0 if len(_village_stem(name)) >= 4 else 1 if name.endswith("嘎查") else 2
        return ((name[0] not in NOT_IN_VILLAGE_NAME or opened or name[0] == "其" and sounds_from == 0)
                and not any(ch in NOT_IN_VILLAGE_WORDS and (ch != "其" or i < sounds_from) or ch in "的了"
                            for i, ch in enumerate(name[:-1]))
                and (name.endswith("山村") and len(name) > 2 or not name.endswith(GENERIC_VILLAGE_WORDS)))
    barred = NOT_IN_VILLAGE_WORDS if name.endswith("嘎查") else NOT_IN_VILLAGE_NAME
    # 站前社区, 湖前社区: in a name of two, a 前 or 后 after the place it lies in front of or behind is the name's
    placed = 1 if len(_village_stem(name)) == 2 and name[1] in "前后" and name[0] not in barred else -1
    return not any(ch in barred for i, ch in enumerate(name[:-1]) if i >= opened and i != placed) and (
        not name.endswith(GENERIC_VILLAGE_WORDS))


def located_villages(text: str, lex: Lexicon) -> list[Candidate]:
    found = [Candidate(m.start(), m.end(), "org") for m in LOCATED_VILLAGE.finditer(text)
             if _village_name(m.group()) and _village_stem(m.group()) not in lex.generic_modifiers]  # 在辖区社区
    found += [Candidate(m.start(), m.end(), "org") for m in OPENING_VILLAGE.finditer(text)
              if _village_name(m.group()) and not lex.honour_words.search(m.group()[:-1])
              and not _verb_before_counted_villages(text, m, lex)]
    found += [Candidate(m.start(), m.end(), "org") for pattern in (SCORED_VILLAGE, ENUMERATED_VILLAGE)
              for m in pattern.finditer(text) if _village_name(m.group())
              and _village_stem(m.group()) not in lex.generic_modifiers and not lex.honour_words.search(m.group()[:-1])]
    return found


def _village_stem(name: str) -> str:
    """The name without its ending: 辖区 of 辖区社区."""
    return name[: -2 if name.endswith(("社区", "嘎查")) else -1]


# ，巡查村四十八个: villages counted after what was done to them
VILLAGES_COUNTED = re.compile(r"[0-9一二三四五六七八九十两百千]+个")


def _verb_before_counted_villages(text: str, village: re.Match, lex: Lexicon) -> bool:
    """抽查|村57个, 听取|村党支部书记, 巡查|村四十八个: a verb and the 村 of villages in general (建设村3户 is a
    village: a verbal noun names one unless the villages are counted)."""
    name = village.group()
    tag = lex.word_tags.get(_village_stem(name))
    return tag in VERB_TAGS or tag == "vn" and VILLAGES_COUNTED.match(text, village.end()) is not None


def natural_villages(candidates: list[Candidate], text: str) -> list[Candidate]:
    """丘家坪村李家湾自然村: a 自然村 written right after its village is one span with it, even where the two were
    found apart (a surname-like word before 坪村 ends one candidate early)."""
    naturals = [c for c in candidates if text.endswith("自然村", 0, c.end) and c.end - c.start > 3]
    if not naturals:
        return []
    return [Candidate(village.start, natural.end, "org") for natural in naturals for village in candidates
            if village.start < natural.start <= village.end <= natural.end - 5
            and text[village.end - 1] == "村" and not text.endswith("自然村", 0, village.end)]


# 永胜村|刘家屯: a hamlet named right after its village (村屯, villages and hamlets in general, is no name)
HAMLET_AFTER_VILLAGE = re.compile(r"[\u4e00-\u9fff]{1,3}?屯(?![\u4e00-\u9fff]{0,1}[村屯])")


def hamlets(candidates: list[Candidate], text: str) -> list[Candidate]:
    """永胜村刘家屯, 永丰村东胜屯: a village and the 屯 (hamlet) written right after it are one span."""
    found = []
    for village in candidates:
        if text[village.end - 1] == "村" and (hamlet := HAMLET_AFTER_VILLAGE.match(text, village.end)) and (
                not text.startswith("屯", village.end)):
            found.append(Candidate(village.start, hamlet.end(), "org"))
    return found


# 怀城街道、幸福街道 / 五滧村、米行村: the next or previous item of a list of places, closed by the same place word.
LISTED_PLACE_AFTER = re.compile(rf"、([\u4e00-\u9fff]{{1,4}}?(?P<head>{_PLACE_ENDING}))")
LISTED_PLACE_BEFORE = re.compile(rf"(?:^|(?<=[，。；：,;、的对在到\n]))([\u4e00-\u9fff]{{1,4}}?(?P<head>{_PLACE_ENDING}))、$")
LIST_OPENERS = FUNCTION_CHARS | frozenset("但而即如")
# Items of one list are places of one level, whatever their own place word (青石街道、柳林镇; 五滧村、新河社区).
PLACE_LEVEL = {"苏木": "township", "街道": "township", "镇": "township", "乡": "township",
               "嘎查": "village", "社区": "village", "村": "village"}


def listed_places(candidates: list[Candidate], text: str) -> list[Candidate]:
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
                    and (item.group(1)[0] not in LIST_OPENERS or _opened_by_qian_or_hou(item.group(1)))  # 前庄村
                    and not any(c.start < item.end(1) and item.start(1) < c.end for c in candidates)):
                found.append(Candidate(item.start(1), item.end(1), "org"))
    return found


def _verb_naming_village(token: WordToken, tokens: list[WordToken], index: int, lex: Lexicon, text: str) -> bool:
    """下水乡下水|村公厕, 龙苍沟镇发展|村村级: a verb that names villages, right before a 村 or 社区 cut alone (or 村村
    before 村级 and the like) that opens no word of villages in general (联合|村|两委; but 富强|村|组建: the character
    after 村 opens a verb of its own, not 村组)."""
    following = tokens[index + 1].word if index + 1 < len(tokens) else ""
    if token.word not in lex.village_name_verbs:
        return False
    if following == "社区":
        return True  # 团结街道丰收|社区, 鹤城镇建设|社区: a community named so, 社区 naming no work in general
    if following != "村":
        return following == "村村"
    after = tokens[index + 2] if index + 2 < len(tokens) else None
    return text[token.end + 1 : token.end + 2] not in VILLAGE_WORD_AFTER or (
        after is not None and len(after.word) >= 2 and after.tag in VERB_TAGS)


def _verb_inside_name(tokens: list[WordToken], index: int, tail: re.Match) -> bool:
    """城关镇倒水|湾|社区: a verb, then one character of a name right before the place word, is inside the name."""
    if index + 2 >= len(tokens):
        return False
    following = tokens[index + 1]
    return (len(following.word) == 1 and CJK.match(following.word) is not None
            and following.word not in LEVEL_CHARS and following.word not in "镇乡村"  # (英萃镇组织|镇|村干部: levels)
            and (following.tag in PLACE_NAME_TAGS or following.tag in {"n", "ng"})
            and tokens[index + 2].start == tail.start("ending"))


def _body_head(head: str) -> bool:
    """Whether an organisational ending names a body, not a place or a character village names hold (西|乡坪|村,
    坊前|社区, 十里|铺村): a word of two or more characters other than a level, or the factory's 厂."""
    return head == "厂" or len(head) >= 2 and head not in PLACE_FORM_HEADS


COUNTED_PEOPLE = re.compile(r"[一二两三四五六七八九十0-9]+[名户位个]村民")


# Function characters that open villages' names right after their township as often as words of the clause (峡河乡和胜村,
# 伊拉湖镇也木什村, 和日镇和日村, 宝山镇对石村, 甲寅镇他撒村; in the gold these open the village written whole with its
# township, the clause words 在, 为, 的, 把, 给, 请 and the like almost never do)
VILLAGE_OPENING_CHARS = frozenset("和也向同共交于都他对将过还送自")


VILLAGE_ROADS = ("公路", "道路", "路")  # (看场镇|和|通村公路: the roads to the villages)


def _opens_a_village_name(name: str, ending: str, following: str) -> bool:
    """峡河乡|和胜村: a character of `VILLAGE_OPENING_CHARS` opens the village's name right after its township when
    what follows it up to the ending names a village, with no numeral, level or function character in it (者竜乡|也有两
    名村民, 鸡冠山乡|和彭高镇: a clause, a second township), and no road follows (`following`, the text after it)."""
    rest = name[1 : len(name) - len(ending)]
    return (name[0] in VILLAGE_OPENING_CHARS and len(rest) >= 1 and not following.startswith(VILLAGE_ROADS)
            and not any(ch in NUMERAL_CHARS or ch in FUNCTION_CHARS or ch in LEVEL_CHARS or ch in "镇乡街" for ch in rest)
            and _village_name(name[1:], after_township=True))


CLOSING_MARKS = frozenset("，、。；：,;:\n")

# One of these and 村 right after a township make no village's name (赵家店镇请|村医, 三岔河镇以村为单位,
# 小溪河镇包村到组: a cadre put in charge of a village, 驻村, 进村, 入村, 回村)
NO_VILLAGE_NAME_CHARS = FUNCTION_CHARS | {"请", "包", "驻", "进", "入", "回"}


def villages_after_townships(candidates: list[Candidate], tokens: list[WordToken], text: str,
                             lex: Lexicon) -> list[Candidate]:
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
        if len(name) == 2 and name[0] in NO_VILLAGE_NAME_CHARS:
            continue  # 赵家店镇请|村医, 三岔河镇以村为单位: a word of the clause before 村, no village's name
        if name[0] in "镇乡" or name.startswith("辖区") or COUNTED_PEOPLE.match(text, tail.start()):
            continue  # 水阳镇|镇村干部: the township's and the villages' cadres, no village (水尾镇辖区因|村民: its area;
            # 谷岗乡一名村民: a villager counted)
        opening = tokens[i] if (i := token_at(tokens, TOKEN_START, tail.start())) is not None else None
        # 南安街道和平社区: a function character that opens a word of the name (和平) is part of it
        worded = name[0] in FUNCTION_CHARS and opening is not None and (len(opening.word) >= 2 and (
            name.startswith(opening.word) and opening.word not in STOP_WORDS)
            # 人民路街道和美社区: a community is not named by one character, so the 和 is its name's
            or len(name) == 4 and name.endswith("社区"))
        # 九阡镇水各村|村民, 安龙堡乡说全村|村保洁员: a name ending like 各村 or 全村, its 村 doubled by the village's
        # own word after it, is a village's
        doubled = len(name) >= 3 and name.endswith(("各村", "全村")) and text.startswith("村", tail.end())
        # 龙山镇|共和|村: a place name jieba knows, whole before the ending, whatever characters it holds
        known_name = (opening is not None and opening.tag == "ns" and len(opening.word) >= 2
                      and opening.word == name[: -len(tail.group("ending"))])
        # 新华街道同和社区，…: a community's name of two closed by the clause or the list, whatever characters it holds;
        # 桥南街道、建设街道光复社区、…: so is one between the marks of a list of units, even where jieba read a verb
        closed = (len(name) == 4 and tail.group("ending") == "社区" and text[tail.end() : tail.end() + 1] in CLOSING_MARKS
                  and not any(ch in NUMERAL_CHARS or ch in GENERAL_DETERMINERS or ch in LEVEL_CHARS for ch in name[:2]))
        listed = closed and text[cand.start - 1 : cand.start] in ("、", "\n", "") and text.startswith("、", tail.end())
        if not (doubled or known_name or closed or _village_name(name[1:] if worded else name, after_township=True)
                or _opens_a_village_name(name, tail.group("ending"), text[tail.end() : tail.end() + 2])):
            continue  # 三江镇调研乡村振兴: the countryside, not a village
        ending = token_at(tokens, TOKEN_START, tail.start("ending"))
        if ending is not None and tail.group("ending") == "村" and tokens[ending].word[1:2] in VILLAGE_WORDS_OF_ALL:
            continue  # 联合苗族乡苗寨|村容村貌整洁: the villages' looks, no village's name
        if (token_at(tokens, TOKEN_END, tail.end()) is None
                and ending is None
                and tail.group("ending") != "嘎查"  # (白音胡硕嘎|查清|雪: 嘎查 is no word's end in a clause)
                and not text.startswith(GLUED_AFTER_VILLAGE, tail.end())):  # (阿其克|村有|12户, 东埔|村作|了)
            continue  # 白马镇豆子|村地灾: jieba may glue the next word to 村
        first, past = (bisect_left(tokens, position, key=TOKEN_START) for position in (cand.end, tail.end()))
        if not listed and any(
                (t.tag in VERB_TAGS and t.tag != "a" or t.tag == "vn") and len(t.word) > 1 and t.end <= tail.end()
                and not _verb_naming_village(t, tokens, k, lex, text) and not _verb_inside_name(tokens, k, tail)
                for k, t in enumerate(tokens[first:past], first)):
            # 富村镇召开村…: a clause, not a name (横|山坞村: a verb of one character may be a name; 团结社区,
            # 幸福村: adjectives name villages; 巴音乌拉嘎|查房: a verb jieba made across the name's end is none)
            continue
        if any(t.head is not None and t.end < tail.start("ending") and _body_head(t.head) for t in tokens[first:past]):
            continue  # 安远镇卫生院|指导|村民: the township's clinic and what it did (林场|村 may be a village's name)
        if any(t.word in lex.clause_verbs for t in tokens[first:past]):
            continue  # ▲皇台街道|规范|社区集体聚餐报备: a verb jieba tags as a noun, and what the street does to them
        end = tail.end()
        if len(name) == 2 and text.startswith("村村", end - 1) and text[end + 1 : end + 2] not in VILLAGE_WORD_AFTER:
            end += 1  # 东坪镇新村村: a village called 新村 (but 新村|村民, 新村|村委会, and 洪溪村|村微型消防站: the
            # village's own station, a name of two before 村 being no name of one)
        elif text.startswith("社区居委会", end - 2):
            end += 3  # 万松街道新华西路社区居委会: the community's committee, one span
        if clinic := next((w for w in VILLAGE_CLINICS if text.startswith(w, end)), None):
            end += len(clinic)  # 甘都镇唐寺岗村卫生室: the village's clinic, named with it
        found.append(Candidate(tail.start() if of else cand.start, end, "org"))
    return found


VILLAGE_OF_TOWNSHIP = re.compile(r"(?:街道|镇|乡|苏木)([\u4e00-\u9fff]{2,6}(?:村|社区|嘎查))$")


def villages_named_again(joined: list[Candidate], text: str) -> list[Candidate]:
    """二道镇东尖山村…；东尖山村网格长: a village named once after its township is the same village named alone."""
    found = []
    for name in {m.group(1) for c in joined if (m := VILLAGE_OF_TOWNSHIP.search(text, c.start, c.end))}:
        start = text.find(name)
        while start != -1:
            found.append(Candidate(start, start + len(name), "org"))
            start = text.find(name, start + len(name))
    return found


def ethnic_townships(text: str, lex: Lexicon) -> list[Candidate]:
    """石坝彝族乡, 五顷塬回族乡, 对沿江满族达斡尔族乡: an ethnic township by its form, the gazetteer knowing it or not.
    Its name is the two or three characters before its peoples, back to a function character, a verb of going or a
    mark (走出|凤山彝族蒙古族乡). The caller prefers the gazetteer's name where it has one (约谈|新堡布依族乡)."""
    found = []
    for m in lex.ethnic_township.finditer(text):
        start = m.start()
        while (start > m.start() - 3 and start > 0 and CJK.match(text[start - 1])
                and text[start - 1] not in FUNCTION_CHARS and text[start - 1] not in MOTION_BEFORE_PLACE):
            start -= 1
        if text[start : start + 1] in NOT_A_TOWNSHIPS_FIRST:
            start += 1  # 全县彝族乡, 两个民族乡: a determiner or a level, no name
        if m.start() - start >= 2:
            found.append(Candidate(start, m.end(), "org"))
    return found


def gazetteer_townships(text: str, context: CountyContext) -> list[Candidate]:
    """The county's townships the gazetteer lists, found by their full names whatever jieba made of them (七号|镇,
    老|市区|街道) or wherever a word would hide them (中心镇), and by the other forms stories give them
    (`township_forms`: 亳城乡 for 亳城镇, 上高桥乡 for 上高桥回族彝族苗族乡)."""
    forms = township_forms(context.county, context.prefecture)
    found = [Candidate(start, end, "org") for name in forms.names if name in text
             for start, end in occurrences(text, name)]
    if forms.ethnic is not None and "族乡" in text:
        found += [Candidate(m.start(), m.end(), "org") for m in forms.ethnic.finditer(text)]
    if forms.named_by_one is not None:
        found += [Candidate(m.start(), m.end(), "org") for m in forms.named_by_one.finditer(text)]
    return found
