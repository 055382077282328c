"""Persons: personal names after an official title, listed, anonymised (刘某某) or named again."""
from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice, takewhile

from nlp.patterns import OpenedPattern, occurrences
from nlp.units.canonical import unit_type
from nlp.units.lexicon import Lexicon, place_names
from nlp.units.organisations import committee_start
from nlp.units.tokens import (
    TOKEN_END,
    TOKEN_START,
    TOKEN_TAG,
    Candidate,
    WordToken,
    body_head_before_title,
    indices,
    token_at,
)
from nlp.units.vocabulary import (
    CJK,
    COMMON_WORD,
    FUNCTION_CHARS,
    GENERAL_DETERMINERS,
    GLUED_OPENERS,
    LEVEL_CHARS,
    MOTION_BEFORE_PLACE,
    NUMERAL_CHARS,
    PLACE_FORM_HEADS,
    PLACE_HEADS,
    PROPER_TAGS,
    RARE,
    STOP_WORDS,
    TOWNSHIP_FORM,
)

# Names transcribed from other languages join their parts with a middle dot.
TRANSLITERATED_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•・‧][\u4e00-\u9fff]{1,8}){1,3}")
LAST_PART_REACH = 6  # characters of a transliterated name's last part (买提尼亚孜, 托合塔洪)


# Negations and modals: after a role they open what its holder failed or must do, never a name without a surname;
# nor does 每, which opens how often (县级河长|每季度巡河不少于1次).
NOT_NAME_OPENINGS = frozenset("未不没无要应须需们每")  # (护河员们来说: the role's plural)
# After an ambiguous surname, these open a determiner's phrase, not a given name (负责人和各镇…, 党员和该村…)
NOT_GIVEN_OPENINGS = NOT_NAME_OPENINGS | frozenset("各该每诸")
AGENT_MARKS = frozenset("由")  # a family name that is as often the mark of the one who acts (由县…约谈)
# Aspect marks after a verb of one character: no name has one second (社区书记作了交流发言)
ASPECT_AFTER_VERB = frozenset("了着")


def _name_without_surname(text: str, start: int, freq: dict[str, int]) -> int | None:
    """泽仁多吉, 次仁旺堆: a Tibetan, Mongolian or Uyghur name right after an official's title has no Han surname.
    It runs two to six characters up to the first common word (县长泽仁多吉|带领, 旗长额尔敦巴雅尔|要求); a common
    word itself (县长|要求, 局长|一行) is no name."""
    if start >= len(text) or not CJK.match(text[start]) or text[start] in NUMERAL_CHARS:
        return None  # (村级河长|三季度未按要求巡河: a numeral opens no name)
    if text[start] in NOT_NAME_OPENINGS:
        return None  # 村级河长|未按要求巡河, 村级河长|无巡河记录, 各级河长|要切实履行: a negation or a modal, no name
    if text.startswith("某某", start + 1):
        return start + 3  # 村级河长达某某|近两个月: an anonymised name ends at its 某某
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
        if (end == len(text) or not CJK.match(text[end]) or freq.get(text[end : end + 2], 0) >= 100
                or text[end] in VERBS_AFTER_A_NAME):  # 副旗长宝音图|到杜尔基镇, 乡党委书记扎西泽让|说:
            # a verb of arriving or saying after the name
            return end if any(freq.get(name[i : i + 2], 0) < 100 for i in range(len(name) - 1)) else None
    return None


VERBS_AFTER_A_NAME = frozenset("到赴说")  # arriving or saying
# What a 包保 slogan hands each rank (乡包村、村包片、护林员包山头; 村干部包屯、党员包户): after 包 no given name
SHARES_TAKEN_ON = frozenset("村屯户片组山点段街巷楼企人格")


# Characters that open given names (李向东, 王为民, 莫带好) as often as they follow a name as a preposition or a verb
# (林向记者介绍, 李带队检查).
NAME_OR_PREPOSITION = frozenset("向为再又带")


def _given_name_opening(text: str, given: int, lex: Lexicon, freq: dict[str, int]) -> bool:
    """李向东连夜, 王为民表示, 杨再兴出席: 向, 为, 再 or 又 after a surname opens the given name unless a common word
    follows it or starts with it (再次, 又一)."""
    following = text[given + 1 : given + 2]
    return (text[given] in NAME_OR_PREPOSITION and bool(following) and CJK.match(following) is not None
            and following not in lex.not_name_endings and freq.get(text[given + 1 : given + 3], 0) < 100
            and (text[given] in "向为" or freq.get(text[given : given + 2], 0) < 100))


# Words jieba tags as verbs or abbreviations: after a role many hold, no name (教师|家访学生家庭)
VERB_LIKE = frozenset({"v", "vn", "j"})
NAME_CHARS_ALSO_FUNCTION = frozenset("和同")  # 卢保和, 李同: function characters that end given names too
PREPOSITIONS_AFTER_NAME = frozenset("以于把从")  # (市长额尔敦其其格|以市总河长身份)
NOT_DONE_AFTER_NAME = frozenset("未没")  # (协管员骆伟平|未上门指导)


def _name_closes_at(text: str, position: int, lex: Lexicon) -> bool:
    """Whether a name may end at `position`: a word that follows names (出席, 连续, 、) or a duty not done (未, 没)
    comes next."""
    return text.startswith(lex.after_name_words, position) or text[position : position + 1] in NOT_DONE_AFTER_NAME


PERSON_TAGS = frozenset({"nr", "nrt", "nrfg"})


def _long_name_end(text: str, start: int, lex: Lexicon, freq: dict[str, int]) -> int | None:
    """旗长孟克吉日嘎拉|要求, 副旗长那仁满都拉|带队: where names without a Han surname are common, a name of four to six
    characters with no common word inside it runs up to a word that follows names."""
    for end in range(min(start + 6, len(text)), start + 3, -1):
        name = text[start:end]
        if (text.startswith(lex.after_name_words, end)
                and all(CJK.match(ch) and ch not in lex.not_name_endings for ch in name)
                and not any(text.startswith(lex.after_name_words, p) for p in range(start + 1, end))
                and all(freq.get(name[i : i + 2], 0) < 100 or name[i : i + 2] in lex.minority_name_endings
                        for i in range(len(name) - 1))):
            return end  # (才让东周: a Tibetan name may open with a word of its own)
    return None


SURNAMELESS_NAME_LENGTHS = range(6, 1, -1)  # Tibetan and Mongolian names of two to six characters, longest first
# Tags of the words of a clause after a role, where no name stands (轮流|值守, 入户|排查, 操办|婚宴)
CLAUSE_TAGS = frozenset({"v", "vn", "vd", "vi", "d", "ad", "p", "c", "u", "m", "q", "f", "r"})


OPENING_WORD = 1000  # jieba frequency from which two characters opening a run are a word of the clause (家中, 今年)


# Characters of a clause that no Tibetan or Mongolian name holds (夜间值守不|到位, 轮班从早看, 办宴席都上门,
# 高文斌作动员); 和, 才 and 其 are not among them (孟和, 才让, 其其格)
CLAUSE_CHARS = frozenset("不都也就已是的了着过给让使被把将从对向为由于在到作")


def _name_up_to_a_follower(text: str, start: int, lex: Lexicon, freq: dict[str, int]) -> int | None:
    """县长阿拉腾仓|出席, 保洁员边巴旺杰|连续四天未清运, 村医普布罗布|连续两周, 保洁员德央|每天: where names without
    a Han surname are common, a run of two to six characters right after a title, closed by a word (not a mark) that
    follows names or by a duty not done, is a name when no such word opens inside it, jieba's words do not spell it
    whole (村民|畜禽散养, 监测员|夜间脱岗, 网格员|入户排查不到位: a clause) and no word jieba knows runs on past it."""
    for size in SURNAMELESS_NAME_LENGTHS:
        end = start + size
        name = text[start:end]
        if (len(name) == size and end < len(text) and CJK.match(text[end])
                and _name_closes_at(text, end, lex)
                and name[0] not in NOT_GIVEN_OPENINGS and name[-1] not in FUNCTION_CHARS  # (余阿妹|还主动管护)
                and all(CJK.match(ch) and ch not in lex.not_name_endings and ch not in NUMERAL_CHARS
                        and ch not in CLAUSE_CHARS for ch in name)
                and not any(_name_closes_at(text, p, lex) for p in range(start + 1, end))
                and not _spelled_by_words(name, lex, freq)
                and not any(_word_of_no_name(name[-n:], lex, freq, least=100) for n in (2, 3, 4))  # (巡河记录)
                and not any(freq.get(name[:n], 0) > 0 for n in (3, 4))  # (半小时内赶)
                and not any(freq.get(text[start : end + n], 0) > 0 for n in (1, 2))  # (医生|随叫随|到: a word runs on)
                and freq.get(name[:2], 0) < OPENING_WORD):  # (村民|家中火塘余火; but 洛桑丹增, 阿拉腾仓)
            return end
    return None


UNCOMMON_OPENING = 500  # jieba frequency below which two characters opening a name of three may be its own (马兰)


def _closed_like_a_name(text: str, start: int, end: int, lex: Lexicon, freq: dict[str, int]) -> bool:
    """保洁员马兰英|每天清扫楼院: a name of three whose first two characters spell an uncommon word, or one jieba tags
    as a name (朱德|芹), closed by a word (not a mark) that follows names or by a duty not done, is a name for all
    that word."""
    opening = text[start : start + 2]
    return (end - start == 3 and end < len(text) and CJK.match(text[end]) is not None
            and _name_closes_at(text, end, lex) and lex.word_tags.get(opening) not in VERB_LIKE
            and (freq.get(opening, 0) < UNCOMMON_OPENING or lex.word_tags.get(opening) in PERSON_TAGS))


def _word_of_no_name(piece: str, lex: Lexicon, freq: dict[str, int], least: int = 1) -> bool:
    """A word jieba has met at least `least` times that is neither a name nor a name's ending (记录, 人员, 汛期; but
    多吉, 卓玛)."""
    return freq.get(piece, 0) >= least and piece not in lex.minority_name_endings and (
        lex.word_tags.get(piece) not in PERSON_TAGS)


def _spelled_by_words(name: str, lex: Lexicon, freq: dict[str, int]) -> bool:
    """Whether `name` is made whole of words jieba knows, none of them a name's or a name's ending (畜禽|散养,
    夜间|脱岗; but 洛桑|丹增: 丹增 is no word)."""
    spelled = [True] + [False] * len(name)  # spelled[k]: name[:k] is made of words
    for k in range(2, len(name) + 1):
        spelled[k] = any(spelled[j] and _word_of_no_name(name[j:k], lex, freq) for j in range(max(0, k - 4), k - 1))
    return spelled[len(name)]


def _name_end(text: str, start: int, lex: Lexicon, freq: dict[str, int], strong: bool = False) -> int | None:
    """End of a Chinese personal name starting at `start`, or None when no name starts there. After a strong title
    (`strong`) a name without a Han surname is looked for too."""
    if text[start + 1 : start + 2] in ASPECT_AFTER_VERB:
        return None  # 社区书记作了交流发言: a verb and its aspect
    if strong and text.startswith(lex.minority_name_openings, start):
        opening = next(w for w in lex.minority_name_openings if text.startswith(w, start))
        # (额尔敦|其其格: a second part opening as names do runs on)
        opened = start + len(opening)
        if second := next((len(w) for w in lex.minority_name_endings if text.startswith(w, opened)), 0):
            return opened + second  # (次仁|卓玛|藏历新年, 次仁|多吉|骑着, 才让|东主: a known second part closes it)
        opened += next((len(w) for w in lex.minority_name_openings if text.startswith(w, opened)), 0)
        # (才让|多杰, 才让|东主|要求: a Tibetan name's second part, whatever word it opens; an opening that is a
        # whole name too (才让, 苏和) ends there only before a word that follows names or a character that ends none:
        # 苏和|要求, 旺堆|在达雄草场, but 才让东周|要求)
        opened += next((len(w) for w in lex.minority_name_endings if text.startswith(w, opened)), 0)
        known = opened  # (where no end is found within a name's reach, the name runs to the parts known so far)
        if (opening in lex.minority_name_endings and opened == start + len(opening)
                and not text.startswith(lex.after_name_words, opened) and opened < len(text)
                and text[opened] not in lex.not_name_endings and text[opened] not in PREPOSITIONS_AFTER_NAME):
            opened += 1
        for end in range(opened, min(start + 6, len(text)) + 1):
            if (end == len(text) or not CJK.match(text[end]) or _name_closes_at(text, end, lex)
                    or freq.get(text[end : end + 2], 0) >= 100
                    or (text[end] in lex.not_name_endings or text[end] in PREPOSITIONS_AFTER_NAME)
                    and (text[end] not in NAME_CHARS_ALSO_FUNCTION or end == start + 6)):
                # 其木格|要求, 阿拉坦仓|出席, 萨仁高娃|在4月16日, 额尔敦其其格|以市总河长身份, 额尔敦毕力格|和六家子镇
                # (a name of six being as long as one runs)
                return end
        return known
    if strong and (long_name := _long_name_end(text, start, lex, freq)):
        regular = _name_end(text, start, lex, freq)
        if regular is None or not text.startswith(lex.after_name_words, regular):
            return long_name  # (韦国强|说, 高志刚|致辞: a name that ends well as it is stays so)
    transliterated = TRANSLITERATED_NAME.match(text, start)
    if transliterated:  # 努尔兰·哈山, 卡洛斯·阿马特: the last part ends where a common word starts (哈山|宣布)
        last = start + max(transliterated.group().rfind(dot) for dot in "·•・‧") + 1
        # 茹仙古丽·买提尼亚孜|要求: a word of two that follows names, within a last part's reach, ends it, whatever
        # common word (尼亚) opens inside, when no character of a clause comes before it (尼古拉斯·英博登|在会上讲话)
        followed = next((end for end in range(last + 2, min(last + LAST_PART_REACH, transliterated.end()) + 1)
                         if text.startswith(lex.after_name_words_of_two, end)), None)
        if followed is not None and not any(_name_closes_at(text, p, lex) or text[p] in CLAUSE_CHARS
                                            for p in range(last, followed)):
            return followed
        for end in range(last + 2, transliterated.end()):
            if _name_closes_at(text, end, lex):
                return end  # (热合曼·托乎提|未上门指导)
            if freq.get(text[end : end + 2], 0) >= 100 and not text.startswith(lex.after_name_words, end + 1):
                # (阿依古丽·托乎提|出席: 提出 is a word, but a name before 出席 is likelier; 叶尔兰·努尔别克|对考评结果:
                # a preposition before the common word is no part of the name)
                return end - 1 if text[end - 1] in GLUED_OPENERS and end - 1 >= last + 2 else end
        return transliterated.end()
    if text.startswith("某某", start + 1) and CJK.match(text[start]) and text[start] not in NOT_SURNAMES_BEFORE_MOU:
        return start + 3  # 其负责人庹某某|被约谈: 某某 marks a name whatever family name opens it
    if text[start : start + 2] in lex.yi_surnames and start + 4 <= len(text) and all(
            CJK.match(ch) for ch in text[start + 2 : start + 4]):
        if text.startswith(lex.after_name_words_of_two, start + 3):
            return start + 3  # 协管员俄木初|连续二十天: a Yi name of three before a word that follows names
        return start + 4  # 吉克阿依, 阿苏拉哈: a Yi name of four
    if text.startswith("包", start) and text[start + 1 : start + 2] in SHARES_TAKEN_ON:
        return None  # 护林员|包山头, 村干部|包屯: who takes charge of which share, in a 包保 slogan
    if text[start : start + 2] in lex.compound_surnames:
        surname_len = 2
    elif text[start : start + 1] in lex.surnames:
        surname_len = 1
    elif (strong and text[start + 2 : start + 4] in lex.minority_name_endings
          and all(CJK.match(ch) for ch in text[start : start + 2])
          and not text.startswith(lex.after_name_words, start + 2)):
        return start + 4  # 县长洛桑旦增带领: a Tibetan name of four, whatever word its first half spells (洛桑)
    elif (strong and text[start : start + 2] in lex.minority_name_endings
          and all(CJK.match(ch) for ch in text[start + 2 : start + 4])
          and text.startswith(lex.after_name_words, start + 4)
          and not text.startswith(lex.after_name_words, start + 2)):  # (副县长格桑|要求，: a name of two)
        return start + 4  # 县长才让东周出席: a Tibetan name of four opening with a common half, whatever the rest
    else:
        return _name_without_surname(text, start, freq) if strong else None
    given = start + surname_len
    if text[given : given + 2] == "某某":
        return given + 2
    if (surname_len == 1 and text[start] in FUNCTION_CHARS and text[given : given + 1] in FUNCTION_CHARS
            and text[given] not in NAME_CHARS_ALSO_FUNCTION):
        return None  # 负责人须于8月25日前: two function words after the title, no surname and given name
    if strong and surname_len == 1 and text[start + 3 : start + 5] in lex.minority_name_endings and all(
            CJK.match(ch) for ch in text[given : start + 3]):
        return start + 5  # 旗长乌兰其其格, 孟和巴雅尔: a Mongolian name of five, whatever characters it holds
    if given >= len(text) or not CJK.match(text[given]):
        return None
    if text[given] in NAME_CHARS_ALSO_FUNCTION and text.startswith(lex.after_name_words, given + 1):
        return given + 1  # 副区长苏和|要求: a name of two ending in 和
    if text[given] in lex.not_name_endings and not _given_name_opening(text, given, lex, freq):
        return None
    if (strong and surname_len == 1 and text[given + 1 : given + 3] in lex.minority_name_endings
            and not text.startswith(lex.after_name_words, given + 2)):
        # 县长贡保才让, 旗长巴图孟和: a name of four ending as Tibetan and Mongolian names do (县长洛桑旦增, whatever
        # word 洛桑 is)
        return given + 3
    if surname_len == 1 and text[start] in lex.ambiguous_surnames and (
            text[given] in NOT_GIVEN_OPENINGS  # 负责人和各镇…, 党员和该村…: a conjunction, no surname
            # 书记|由县爱卫办约谈, 队员|由返乡青年…兼任: 由 names who acts, unless what follows names do follows
            # (副区长由秀丽|要求)
            or text[start] in AGENT_MARKS and not text.startswith(lex.after_name_words, given + 1)
            and not text.startswith(lex.after_name_words, given + 2)
            or freq.get(text[given : given + 2], 0) >= 100 and not text.startswith(lex.after_name_words, given + 2)
            and lex.word_tags.get(text[given : given + 2]) not in PERSON_TAGS  # (网格员于|红霞: a given name)
            # 负责人向县委、县政府…: a body of the county, whatever follows it; after a function word any level
            # opens the body spoken to (负责人|向区大气办作出书面说明)
            or text[given] in LEVEL_CHARS and (
                text[start] in FUNCTION_CHARS or freq.get(text[given : given + 2], 0) >= RARE)
            or freq.get(text[given : given + 3], 0) >= 100
            # 校医和保健|教师: a kind of people after the conjunction, named by a word jieba tags as a name
            or freq.get(text[given : given + 2], 0) >= 100 and _people_word_at(text, given + 2, lex)
            or freq.get(text[start : given + 1], 0) >= 100
            and lex.word_tags.get(text[start : given + 1]) not in PERSON_TAGS
            and not text.startswith(lex.after_name_words, given + 1)
            and not text.startswith(lex.after_name_words, given + 2)):
        return None  # 向全县, 和县委, 和保洁员, 河长|公示牌 (but 副县长周建华、胡晓玲, 县长周建平出席: names)
    third = given + 1
    if (third < len(text) and text[third] in NAME_CHARS_ALSO_FUNCTION
            and text.startswith(lex.after_name_words, third + 1)):
        return third + 1  # 县长卢保和|要求: 和 ends the name, what follows names do follows it
    if (third >= len(text) or not CJK.match(text[third]) or text[third] in lex.not_name_endings
            or text.startswith(lex.after_name_words_of_two, third)):  # (村级河长陈锐|近一个月无巡河记录)
        return _short_name_end(text, start, third, lex, freq)
    if surname_len == 2:  # 欧阳建军: a given name of two after a compound surname, unless a word starts there
        return third + 1 if freq.get(text[third : third + 2], 0) < 100 else third
    # 陈志强调: the third character starts a word (强调), so the name is 陈志; 何志强表示: it does not; 石光亮出席:
    # 亮出 is a word, but 出席 after a three-character name is the likelier reading; so is 主持 after 王新民.
    # (a name that ends the text, 部长王兆国, has no word starting at its last character). A noun ending in 为
    # (县长李文华|为获奖单位颁奖: 华为) is no word there: the name ends before the preposition.
    starting = freq.get(text[third : third + 2], 0) if third + 2 <= len(text) else 0
    if text[third + 1 : third + 2] == "为" and lex.word_tags.get(text[third : third + 2], "").startswith("n"):
        starting = 0
    if (starting >= 100 and freq.get(text[third + 1 : third + 3], 0) < starting
            # (朱国良|将对: 将 after a name of three)
            and not text.startswith(lex.after_name_words_of_two, third + 1) and not text.startswith("将", third + 1)):
        return _short_name_end(text, start, third, lex, freq)
    fourth = third + 1
    if strong and fourth < len(text) and CJK.match(text[fourth]) and text[fourth] not in lex.not_name_endings and (
            text[fourth] not in "到在赴作") and (  # 朴正浩|到八道沟镇, 高文斌|作动员讲话: a name of three and a verb
            not _name_closes_at(text, fourth, lex)) and (  # (苏占福|近一个月无巡河记录, 付国春|未对村民…)
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


def _unknown_word_after_a_place(tokens: list[WordToken], k: int, index: int) -> bool:
    """Whether the word jieba did not know at `k - 1`, before the role `tokens[index]`, follows a place and names a
    body that is no village or community (上海|工程技术|大学管理学院副院长, but 五里桥街道|蒙西|居委会楼组长)."""
    return k >= 2 and tokens[k - 2].anchor and not any(t.head in AREA_HEADS for t in tokens[k:index])


def _title_phrase_start(tokens: list[WordToken], index: int, lex: Lexicon) -> int:
    """Start of the role phrase ending with the title `tokens[index]`: 县委副书记、县长, 镇党委书记, 组织部部长."""
    k = index
    # 科科长, 局局长: a title jieba joined to the government body its holder heads (a school's or a company's is cut in
    # two words already): the words naming that body before it belong to the role (县农牧业|局局长)
    has_body = body_head_before_title(tokens[index].word, lex) is not None
    # what a weak post looks after, written right before it, is part of the post (燃气|安全|管理员)
    weak_role = tokens[index].word in lex.weak_titles
    fields_start = _post_field_start(tokens, index, lex.post_fields) if weak_role else tokens[index].start
    while k - 1 >= 0:
        token = tokens[k - 1]
        if token.word == "、" and k - 2 >= 0 and tokens[k - 2].tag == "title":
            k -= 2
            continue
        if tokens[index].end - token.start > 24:
            break
        if (token.word == "村" and k - 2 >= 0 and tokens[k - 2].end == token.start and "书记" not in tokens[index].word
                and len(tokens[k - 2].word) >= 2 and (tokens[k - 2].tag in PROPER_TAGS or (
                    k - 3 >= 0 and tokens[k - 3].end == tokens[k - 2].start and tokens[k - 3].head in TOWNSHIP_HEADS))):
            # 辛榨乡王畈|村|保洁员, 花塘乡|龙头|村|护林员: the 村 closes the village's name (a proper noun, or any word
            # after its township), a unit of its own before a villager's role (but
            # 金龙镇三合村党总支书记: a village's secretary is written with his village)
            break
        if len(token.word) >= 3 and names_a_village(token.word) and "书记" not in tokens[index].word:
            break  # 向阳乡张集村|网格员, 中和镇拉旦村|护水员: so does a village's name jieba cut whole
        if k == index and token.head and tokens[index].word in lex.roles_apart_from_business:
            break  # 吉祥食杂店|店主多某某: the shop stands apart from its keeper's title
        if (k == index and token.head and tokens[index].word in lex.posts_apart_from_school
                and unit_type(token.head, lex) == "school" and (
                    len(token.word) > len(token.head) or k >= 2 and CJK.match(tokens[k - 2].word)
                    and tokens[k - 2].word not in STOP_WORDS)):
            break  # 蒋垛镇中心幼儿园|食堂管理员: a school named stands apart from its canteen's keeper (not 学校食堂管理员)
        if (weak_role and (n := _post_field_words(tokens, k - 1, lex.post_fields))
                and fields_start <= tokens[k - n].start):
            k -= n  # 燃气|安全员, 水库|巡查员, 燃气|安全|管理员, 安全|生产|网格员: what the post looks after
            continue
        if (k < index and tokens[k].word in lex.post_fields and token.head in VILLAGE_ENDS
                and len(token.word) > len(token.head)):
            break  # 直罗镇杜家|河村|户厕|管护员: a village named, whose privies the post looks after, stands apart (but
            # 村|燃气|安全员: the village's own post)
        if (token.head in VILLAGE_ENDS and tokens[index].word in lex.weak_titles
                and any(t.head and t.head not in VILLAGE_ENDS for t in tokens[k:index])):
            break  # 南园社区|微型消防站|队员: the community stands apart from the crew its member serves in
        if k == index and (mark := _section_mark(tokens[index].word)) and (
                j := _section_start(tokens, k, mark)) is not None:
            k, has_body = j, True  # 县国土资源局|地质|环境|股|股长, 环卫处|清扫|班|班长: the section or crew, named between
            # the body and its head
            continue
        if k == index and token.word.endswith("队") and len(token.word) >= 3 and tokens[index].word.startswith("队"):
            has_body = True  # 社区|志愿服务队|队长: the crew the leader heads, a word jieba gives no head
            k -= 1
            continue
        if token.tag == "title" or token.head:
            has_body = has_body or token.tag != "title"
            if token.head and token.head in ("指挥部", "领导小组", "委员会"):
                reach = committee_start(tokens, k - 1, lex)  # 旗森林草原防灭火指挥部总指挥: the body's whole name
                k = reach if reach is not None and reach < k - 1 else k - 1
                continue
            k -= 1
            continue
        # Place words and the naming words of a body (县, 镇, 宣传 in 县委宣传部部长) belong to the role only in
        # front of a body; 日电外交部长 keeps 日电 out. A word jieba does not know names the body only after a
        # place (上海|工程技术|大学管理学院副院长), and no village or community, which stands apart from the posts
        # of its people (五里桥街道蒙西居委会|楼组长).
        if token.anchor or token.word in {"镇", "乡", "村"} or (
            # 在查布嘎查，|嘎查|党支部书记: the 嘎查 of its own post, once its name is told (but 日塔拉嘎查|嘎查级河长: the
            # name's own)
            token.word == "嘎查" and (k - 2 < 0 or not CJK.match(tokens[k - 2].word[-1]))) or (
            has_body and token.modifier and (token.tag != "unk" or _unknown_word_after_a_place(tokens, k, index))
        ) or has_body and token.word in lex.body_name_verbs or (
            token.word in QUALIFIERS_OF_A_NAMED_ROLE  # 厂窖镇|分管|副镇长
        ) or (
            # 红召|乡党委副书记: a township's name jieba cut from its 乡 and the 乡 glued to the body
            token.tag in PROPER_TAGS and len(token.word) >= 2 and tokens[k].head and tokens[k].word[:1] in "镇乡"
            and tokens[k].word[1:2] in "党政人"):
            k -= 1
            continue
        break
    return tokens[k].start


SECTION_HEADS = {"股长": "股", "班长": "班"}  # the head of a bureau's section, of a sanitation office's crew
SECTION_WORDS = 3  # words of a section's name at most (地质|环境|股)


def _section_mark(title: str) -> str | None:
    """The last character of the section a title heads (副股长 → 股), or None."""
    return next((mark for head, mark in SECTION_HEADS.items() if title.endswith(head)), None)


def _section_start(tokens: list[WordToken], index: int, mark: str) -> int | None:
    """Index of the first word of the section ending right before the title at `index` (防汛|股|股长), when a body's
    head closes the word before it (县水务局|防汛|股): the section is part of the role; else None."""
    k = index - 1
    if k < 0 or not tokens[k].word.endswith(mark) or tokens[k].end != tokens[index].start:
        return None
    for j in range(k - 1, max(k - SECTION_WORDS, 0) - 1, -1):
        if tokens[j].end != tokens[j + 1].start or not CJK.match(tokens[j].word):
            return None
        if tokens[j].head:
            return j + 1
    return None


def _people_word_at(text: str, position: int, lex: Lexicon) -> bool:
    """A title or 老师 starts at `position` (保健|教师, 保健|老师)."""
    return text[position : position + 2] in lex.titles or text[position : position + 3] in lex.titles or (
        text.startswith("老师", position))


# 黄屋坪村|村保洁员, 那旺村|村级防疫员: after a village, its own post's 村 (or 村级) opens the role
VILLAGE_OWN_ROLE = re.compile(r"(?<=村)村级?$")


def _village_own_role_start(text: str, start: int) -> int:
    """Where a role phrase starting at `start` begins once the 村 or 村级 of a village's own post, written right
    after the village (拖木沟村|村食品安全协管员), is taken into it."""
    own = VILLAGE_OWN_ROLE.search(text, max(0, start - 3), start)
    return own.start() if own else start


VILLAGE_PARTY_BRANCH = "村党"
NO_NAME_TAGS_BEFORE_BRANCH = frozenset({"v", "vd", "vi", "vn", "d", "ad", "p", "c", "u", "r", "m", "q", "x"})


def _after_a_village_cut_with_its_branch(tokens: list[WordToken], text: str, start: int, title_start: int) -> int:
    """宋疃镇黄里|村党|支部书记: where jieba cut the village's 村 with the party branch after a name, the role opens
    after the 村 and the village before it is a unit of its own (听取|村党|支部书记: the village's own secretary)."""
    branch = text.find(VILLAGE_PARTY_BRANCH, start, title_start)
    if branch == -1 or text[branch - 1 : branch] == "村":
        return start  # (榆树村|村党|支部书记: the village written again before its own branch keeps its 村)
    index = token_at(tokens, TOKEN_START, branch)
    if index is None or not tokens[index].word.startswith(VILLAGE_PARTY_BRANCH):
        return start  # (金龙镇三合|村|党总支书记: a village jieba did not cut so is written with its secretary)
    before = tokens[index - 1] if index else None
    if (before is None or not CJK.match(before.word) or before.word[-1] in FUNCTION_CHARS
            or before.tag in NO_NAME_TAGS_BEFORE_BRANCH):
        return start
    return branch + 1  # (秦岭镇梨树|村党|支部书记: the township and the village's name go with the village)


def _after_a_doubled_village(text: str, start: int, title_start: int) -> int:
    """仙人桥镇榆树村|村党支部书记, 新河镇新建村|村妇联主席: a role of the village's own body, written after the village
    with its 村 again, leaves the village out, a unit of its own (榆树村党支部书记, with one 村, keeps it; so does 砂村村,
    a village named by one character before 村村); so does a community's post written with its 社区 again
    (沟口街道康居社区|社区文明劝导员)."""
    twice = text.find("社区社区", start, title_start)
    if twice != -1:
        return twice + 2
    doubled = text.find("村村", start, title_start)
    if doubled == start and start > 0 and CJK.match(text[start - 1]):
        return start + 1  # 溪东|村村|党|支部书记: jieba cut the village's 村 with the post's; the name is before
    if doubled <= start:
        return start
    name_start = max([at + len(level) for level in ("镇", "乡", "街道") if (at := text.rfind(level, start, doubled)) != -1],
                     default=start)
    if (name_start == start and start > 0 and CJK.match(text[start - 1]) and text[start - 1] not in FUNCTION_CHARS
            and text[start - 1] not in "镇乡道"):
        name_start -= 1  # 左店乡新|塘村|村委会主任: jieba cut the village's first character off
    return doubled + 1 if doubled - name_start >= 2 else start


# 龙滩村|原村委会主任, 谢庄村|原村党支部书记, 市场的|原市场管理员: 原 (former) opens the role, after the place it was held in
FORMER_ROLE = re.compile(r"(?<=[村区镇乡的])原(?=[村社市党])")


def _former_role_start(text: str, start: int, title_start: int) -> int:
    """Where a role phrase in `[start, title_start)` held formerly begins: at its 原, which jieba glues to the place
    before it (村原) or to the body after it (原村); `start` where there is none."""
    former = FORMER_ROLE.search(text, max(0, start - 1), title_start)
    return former.start() if former else start


ROLE_QUALIFIERS = frozenset({"分管", "主管", "村级", "镇级", "乡级", "县级", "区级", "市级", "旗级", "州级"})
# …and words that qualify a role only when a name follows it (市第一总河长, 县红十字会常务副会长, 驻村第一书记); a 第一
# inside a body's name before a role with no name (县第一中学校长被约谈) is no qualifier
QUALIFIERS_OF_A_NAMED_ROLE = ROLE_QUALIFIERS | {"常务", "第一", "驻村"}
NAMED_VILLAGE_ENDS = ("村", "社区")
TOWNSHIP_HEADS = frozenset({"乡", "镇", "街道"})
AREA_HEADS = TOWNSHIP_HEADS | {"村", "社区", "居委会", "村委会", "嘎查", "党"}
GENERIC_VILLAGE_ENDS = ("农村", "乡村", "城乡社区")


def names_a_village(name: str) -> bool:
    """Whether `name` ends as a village's or community's name does (张集村, 拉旦村), not as a word for villages in
    general (农村, 农业农村, 城乡社区)."""
    return name.endswith(NAMED_VILLAGE_ENDS) and not name.endswith(GENERIC_VILLAGE_ENDS)


# With no name after a role, the body before it is the unit spoken of unless it is a party committee (乡党委书记被约谈,
# 县人大|常委会), the roles go on (县委副书记、县长…, 副总理兼外长, 部长助理) or what follows may be a name we could not
# read (萨默斯, nr) or another role (助理, n): only words no name is tagged as may follow (带队, 。, 在, 每天).
PARTY_BODY_ENDINGS = ("委", "党总支", "党支部", "支部", "党组", "人大")
NO_NAME_TAGS = frozenset("x v vd vn d p c uj ul uz ug uv ud f t r m a ad q s y".split())
ROLES_GO_ON = ("、", "兼", "助理")
# A township or a village, or a village before its branch's 党, in front of a role (满坪镇|党委书记, 丰润村|河长,
# 北黎村党|支部书记, 富民社区|社区河长: the role may repeat the place's form; 四平路街道同济新村居委会|楼组长: a
# township and its village or community, up to ten characters before the form); a name of one character before 乡 is
# more often a verb (调到这里任乡党委书记)
PLACE_BEFORE_ROLE = re.compile(r"[\u4e00-\u9fff]{2,10}(?:镇|乡|街道|苏木|村|社区|嘎查|村党|社区党|嘎查党|村村|社区社区|居委会|村委会)")
HOUSEHOLD = "家"
# (…村|村级河长, …居委会|楼组长, 岭峰林场|护林员: a village, a community or a forest farm stands apart from its post;
# 逻沙乡村级河长 keeps the township)
VILLAGE_ENDS = ("村", "社区", "嘎查", "居委会", "村委会", "林场")
WHOLE_NAME_TAGS = frozenset({"nr", "nrt", "nrfg", "ns", "unk"})


# (志愿者|王秀兰: a name jieba does not know, or one it does; 志愿者|许|红梅: or a family name it reads as another word)
NAME_AFTER_ROLE_TAGS = frozenset({"unk", "nr"})


def _closes_a_named_village(text: str, end: int) -> bool:
    """Whether the text before `end` ends with a village's or community's form that closes a name (三合村, 团部社区),
    not one opening its sentence (。村|食品安全协管员, 。社区|网格员: the post's own village) nor a village's post
    written with its 村 again (则木村|村保洁员)."""
    form = next((form for form in VILLAGE_ENDS if text.endswith(form, 0, end)), None)
    before = end - len(form) - 1 if form else -1
    return before >= 0 and CJK.match(text[before]) is not None and not text.endswith(form * 2, 0, end)


def _three_after_a_role(text: str, start: int, end: int, lex: Lexicon, freq: dict[str, int]) -> bool:
    """Whether ``text[start:end]``, right after a role, is three characters opening with a family name that is no
    function character, and the role's last character and that first one make no word (云居民宿|布草: 民宿)."""
    return (end - start == 3 and text[start] in lex.surnames and text[start] not in lex.ambiguous_surnames
            and not freq.get(text[start - 1 : start + 1]))


def _name_closed_like_one(text: str, start: int, end: int, lex: Lexicon, freq: dict[str, int]) -> bool:
    """协管员柴振兴|未到场指导, 巡河员惠淑芳|每天, 村医寇长青|连续一周: a name of three opening with a family name,
    right before a duty not done or a word that follows names, is a name whatever its family name (the role's
    words, 协管员|包联老人, run on without one); but not where its given name is a common noun (村民储|水缸|未加盖: a
    thing) or the role's last character and its first make a word (云上山居民宿|未按要求: 民宿)."""
    given = text[start + 1 : end]
    tag = lex.word_tags.get(given, "")
    return (_three_after_a_role(text, start, end, lex, freq) and _name_closes_at(text, end, lex)
            and not (tag.startswith("n") and tag not in PERSON_TAGS and freq.get(given, 0) >= RARE))


def _unknown_word_of_three(
    tokens: list[WordToken], i: int, end: int, text: str, lex: Lexicon, freq: dict[str, int]
) -> bool:
    """村医|巩凤霞|每天, 协管员|耿占山|连续: the name after the role at `i` is the one word jieba did not know, of three
    characters opening with a family name, so it is a name whatever its family name (a role's words it knows); but
    not where the role's last character and that first one make a word (云居民宿|布草: 民宿)."""
    start = tokens[i].end
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return (after is not None and after.tag == "unk" and after.start == start and after.end == end
            and _three_after_a_role(text, start, end, lex, freq))


def _role_indices(tokens: list[WordToken], text: str, lex: Lexicon) -> list[int]:
    """The tokens that are titles, and the roles that are one only right before a name (在…社区，志愿者|王秀兰|每天:
    志愿者协会 and 组织志愿者 are no role)."""
    found = list(indices(map("title".__eq__, map(TOKEN_TAG, tokens))))
    if any(role in text for role in lex.roles_before_names):
        found = sorted(found + [i for i, token in enumerate(tokens[:-1]) if token.word in lex.roles_before_names
                                and tokens[i + 1].start == token.end and _name_may_open(tokens[i + 1], lex)])
    return found


def _name_may_open(token: WordToken, lex: Lexicon) -> bool:
    """A word jieba knows as a name or does not know, or a family name alone, common or rarer but no function
    character (志愿者|符|玉兰, but 志愿者|和|…)."""
    word = token.word
    return (token.tag in NAME_AFTER_ROLE_TAGS or word in lex.common_surnames
            or word in lex.surnames and word not in lex.ambiguous_surnames)


def _post_field_start(tokens: list[WordToken], i: int, fields: frozenset[str]) -> int:
    """Start of the words of `fields` written right before the role at `i` (燃气|安全|管理员, 安全|生产|网格员), or of
    the role."""
    start = tokens[i].start
    j = i - 1
    while j >= 0 and tokens[j].end == start and (n := _post_field_words(tokens, j, fields)):
        start = tokens[j - n + 1].start
        j -= n
    return start


def _post_field_words(tokens: list[WordToken], j: int, fields: frozenset[str]) -> int:
    """How many words ending at `j` spell one of `fields`: one, or two jieba cut apart (安全|生产); else 0."""
    if tokens[j].word in fields:
        return 1
    if j >= 1 and tokens[j - 1].end == tokens[j].start and tokens[j - 1].word + tokens[j].word in fields:
        return 2
    return 0


def titled_persons(
    tokens: list[WordToken], text: str, lex: Lexicon, freq: dict[str, int], surnameless: bool = False
) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """Persons right after a title, and the spans of all role phrases (no unit is annotated inside one).
    `surnameless`: names without a Han surname are expected (autonomous regions: 泽仁多吉, 巴特尔)."""
    persons: list[Candidate] = []
    phrases: list[tuple[int, int]] = []
    private_fields = lex.post_fields | {"村级"}
    for i in _role_indices(tokens, text, lex):
        token = tokens[i]
        # (…塔北村|安全|网格员, 南寨村|燃气|安全|管理员: the post with what it looks after)
        post_start = _post_field_start(tokens, i, lex.post_fields)
        # (村级|防疫员, 动物|防疫员: a private role keeps the level of the post, or what it looks after, written right
        # before it)
        private_start = _post_field_start(tokens, i, private_fields)
        phrase_start = (private_start if token.word in lex.private_roles else post_start if (
            token.word in lex.roles_apart_from_place and _closes_a_named_village(text, post_start))
                        else _title_phrase_start(tokens, i, lex))
        phrase_start = _former_role_start(text, _village_own_role_start(text, phrase_start), token.start)
        phrase_start = _after_a_doubled_village(text, phrase_start, token.start)
        phrase_start = _after_a_village_cut_with_its_branch(tokens, text, phrase_start, token.start)
        # 负责同志 ends like the weak 同志: it too is an ordinary word unless a name follows
        weak = token.word in lex.weak_titles or any(token.word[-n:] in lex.weak_titles for n in (2, 3, 4))
        # (保洁员|阿拉坦花: after a post many hold, a name opening as Mongolian names do is looked for as after a title)
        strong = surnameless and (not weak or text.startswith(lex.minority_name_openings, token.end))
        name_end = _name_end(text, token.end, lex, freq, strong=strong)
        if name_end is not None and token.word in lex.private_roles and (
                text[token.end] not in lex.common_surnames and not text.startswith(lex.compound_surnames, token.end)
                or text[token.end] in lex.ambiguous_surnames and (
                    text[token.end] in FUNCTION_CHARS or freq.get(text[token.end : token.end + 2], 0) >= RARE)
        ) and not _name_closed_like_one(text, token.end, name_end, lex, freq) and not (
                _unknown_word_of_three(tokens, i, name_end, text, lex, freq)) and not (
                TRANSLITERATED_NAME.fullmatch(text, token.end, name_end)) and not (  # (防疫员|别克扎提·沙吾提)
                surnameless and text.startswith(lex.minority_name_openings, token.end)):  # (防疫员|才让加)
            name_end = None  # 村医|包联老人, 德古|管火: after a role many hold, a name opens with a common surname
            # (or a compound one: 村医|呼延玉兰)
        after_role = text[token.end : name_end] if name_end is not None else ""
        if name_end is not None and (after_role in lex.nameless_role_followers
                                     or text.startswith(lex.nameless_role_words, token.end)
                                     or after_role in lex.known_orgs or (
                text[token.end] in "和与及" and lex.group_after_joined_role.match(text, token.end + 1))):
            name_end = None  # 村级河长|巡河记录完整, 河长|巡河率达: what a role does; 党支部书记|和|包村干部: a second group;
            # 部长金人庆代表|国务院: a body, no name
        if (weak and name_end is not None and name_end - token.end in (2, 3)
                and token.word.endswith(lex.collective_roles)
                and (freq.get(text[token.end : token.end + 2], 0) >= RARE or lex.word_tags.get(after_role) in VERB_LIKE)
                and lex.word_tags.get(after_role) not in PERSON_TAGS
                and not _closed_like_a_name(text, token.end, name_end, lex, freq)):
            name_end = None  # 包联干部|全部到村, 保洁员|管理台账: after a role many hold, a word opens no name
        if (weak and name_end is not None and name_end - token.end == 2 and lex.word_tags.get(after_role) in VERB_LIKE
                and freq.get(after_role, 0) >= RARE):
            name_end = None  # 巡查员|路过|却没有制止: after a weak title, a verb of two is no name
        if (surnameless and weak and text[token.end + 2 : token.end + 4] in lex.minority_name_endings
                and (name_end is None or name_end < token.end + 4)
                and all(CJK.match(ch) for ch in text[token.end : token.end + 4])
                and not text.startswith(lex.after_name_words, token.end + 2)):
            name_end = token.end + 4  # 村级保洁员|拉巴卓玛, 监测员|四郎多吉: a Tibetan name of four after a post
        if name_end is not None and "·" in text[token.end : name_end]:
            # 阿依古丽·买买提|出席: a transliterated name ends where jieba's word ends, not inside it (买买|提出席)
            for j in range(i + 1, len(tokens)):
                later = tokens[j]
                if later.end > name_end:
                    # (but 努尔|旦到|富蕴县: jieba glued the 到 after the name to its end)
                    if (later.start < name_end and later.end - name_end <= 2 and CJK.match(later.word)
                            and not _name_closes_at(text, name_end, lex)):  # (托乎|提未|上门: a duty not done)
                        name_end = later.end
                    break
        if surnameless and i + 1 < len(tokens):
            after = tokens[i + 1]
            # 副旗长|乌云其木格|要求, 保洁员|次仁卓玛: a name jieba knows as one word of four to six characters is
            # whole, even when it opens with a surname (乌); a negation jieba glued to its end opens the duty left
            # undone (协管员|苏和朝鲁未|按要求)
            after_end = after.end - (after.word[-1] in NOT_DONE_AFTER_NAME)
            name = text[after.start : after_end]
            if (after.start == token.end and 4 <= after_end - after.start <= 6 and after.tag in WHOLE_NAME_TAGS
                    and CJK.fullmatch(name[0]) and (name_end is None or name_end < after_end
                                                    # (苏占福|近一个月, 付国春|未对: ends well, stays)
                                                    and not _name_closes_at(text, name_end, lex))
                    and not after.head and name not in lex.known_orgs
                    # 村民|私搭乱建: after a role many hold, a word jieba does not know opens with a surname
                    and not (after.tag == "unk" and token.word in lex.private_roles and name[0] not in lex.surnames
                             and name[-2:] not in lex.minority_name_endings)  # (村医|格桑卓玛)
                    and name[-1] not in MOTION_BEFORE_PLACE  # 朴正浩到: a name glued to 到
                    # 保洁员|走村入户: a word of the campaign vocabulary, which jieba knows untagged, is no name
                    and not (after.tag == "unk" and freq.get(after.word, 0) > 0
                             and lex.word_tags.get(after.word) not in PERSON_TAGS)
                    and not (freq.get(name[:2], 0) >= 100 and freq.get(name[2:4], 0) >= 100)):
                # (县委常委|出席会议: two common words jieba did not join; 乌云其木格 is a name)
                name_end = after_end
                if after.tag == "unk" and after.word.endswith(HOUSEHOLD) and token.word in lex.private_roles:
                    name_end -= len(HOUSEHOLD)  # 村民|冉启贵家|的院坝: the villager's household, not his name
        if surnameless and (whole := _name_up_to_a_follower(text, token.end, lex, freq)) and (
                name_end is None or name_end < whole) and not any(
                    len(t.word) >= 2 and t.tag in CLAUSE_TAGS
                    for t in takewhile(lambda word: word.end <= whole, islice(tokens, i + 1, None))):
            # (村民|畜禽散养|柴草乱堆, 村安全员|入户排查不到位: words of a clause, no name)
            name_end = whole  # 保洁员|边巴旺杰|连续四天未清运, 县长|阿拉腾仓|出席, 鼠疫监测员|达瓦坚参|每天
        if (name_end is not None and name_end - token.end == 2 and text[token.end] not in lex.surnames and (
                (word := text[token.end : name_end]) in lex.clause_verbs
                or lex.word_tags.get(word) in VERB_LIKE and freq.get(word, 0) >= RARE)):
            name_end = None  # 副旗长|暗访|城区背街小巷: where no family name opens it, a common verb of two is no name
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
        if (name_end is None and phrase_start < token.start and (
                PLACE_BEFORE_ROLE.fullmatch(text, phrase_start, token.start)
                or text.endswith(lex.heads_of_bodies.get(token.word, ()), phrase_start + 2, token.start)) and (
                text.startswith(lex.nameless_role_followers, token.end)
                or i + 1 < len(tokens) and tokens[i + 1].tag.startswith("v"))):
            # 满坪镇|党委书记被约谈, 北黎村党|支部书记被约谈: with no name after the role, the place is the unit spoken
            # of; so is the school or hospital its head is named by (宋杖子镇中心小学|校长|陪餐记录完整)
            phrases.append((token.start, token.end))
            continue
        # A unit directly before a title belongs to the role (县委 in 县委书记) when a name follows, when the roles
        # go on (县委副书记、县长某某) and when the unit is a party committee (乡党委书记被约谈); with none of these,
        # the body is the unit spoken of (区水利局|局长带队检查, 当选中国人口学会|会长).
        body_spoken_of = name_end is None and phrase_start < token.start and (
            i + 1 == len(tokens) or tokens[i + 1].tag in NO_NAME_TAGS
            or text.startswith(lex.nameless_role_followers, token.end)) and not (
            text.startswith(ROLES_GO_ON, token.end) or text.endswith(PARTY_BODY_ENDINGS, phrase_start, token.start))
        phrases.append((token.start if body_spoken_of else phrase_start, token.end))
        if name_end is not None:
            persons.append(Candidate(token.end, name_end, "person", text[phrase_start : token.end]))
    return persons, phrases


def names_listed_after(text: str, persons: list[Candidate], lex: Lexicon) -> list[Candidate]:
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
            found.append(Candidate(item.start(1), item.end(1), "person"))
            position = item.end(1)
    return found


def repeat_persons(text: str, persons: list[Candidate]) -> list[Candidate]:
    """Later (and earlier) mentions of a titled person's name carry the same title."""
    titles: dict[str, str | None] = {}
    for person in persons:
        titles.setdefault(text[person.start : person.end], person.title)
    repeats = []
    for name, title in titles.items():
        repeats += [Candidate(start, end, "person", title) for start, end in occurrences(text, name)]
    return repeats


ROLE_LEVELS = ("村级", "社区级", "镇级", "乡级")
NOT_SURNAMES_BEFORE_MOU = FUNCTION_CHARS | GENERAL_DETERMINERS | frozenset("某一")  # 在某某村, 该某某, 某某某
# …of which only these after a private role (经营户才某某: 才 the family name, not "only then"; 村民在某某村)
NOT_SURNAMES_AFTER_A_ROLE = GENERAL_DETERMINERS | frozenset("某一在对将把被向从于与和及等的是")


# The words a private person's role is written with, before an anonymised name: nouns, and words jieba did not know
# (房东, 送气工, 作坊主, 活禽经营户). A noun, a word jieba did not know or (vn) a verb's noun before one belongs to the
# role (茶馆|老板, 挖掘机|司机, 流动|摊贩, 犯罪|嫌疑人); so does a verb before a role that says only "person"
# (驾驶|人, 返乡|人员, 独居|老人).
ROLE_WORD_TAGS = frozenset({"n", "unk", "nz"})
ROLE_MODIFIER_TAGS = frozenset({"n", "unk", "vn"})
ROLES_OF_A_PERSON = frozenset({"人", "人员", "老人"})
MAX_ROLE = 6


def _role_by_form(tokens: list[WordToken], start: int, lex: Lexicon) -> str | None:
    """The private role written right before an anonymised name starting at `start`, read from its words: a noun
    that is no place and no body (村|茶农, 的|押运员), with the word before it where that word qualifies the role
    (茶馆|老板, but 各邑村|烟农, 外地|船员)."""
    k = token_at(tokens, TOKEN_END, start)
    if k is None:
        return None
    role = tokens[k]
    if role.tag not in ROLE_WORD_TAGS or len(role.word) < 2 or role.head or role.anchor:
        return None
    before = tokens[k - 1] if k else None
    if (before is not None and before.end == role.start and before.head not in PLACE_HEADS and not before.anchor
            and CJK.match(before.word) and not (len(before.word) >= 3 and before.word.endswith(PLACE_FORM_HEADS))
            and before.word not in lex.origins_before_roles and len(before.word) + len(role.word) <= MAX_ROLE and (
                before.tag in ROLE_MODIFIER_TAGS or before.tag == "v" and role.word in ROLES_OF_A_PERSON)):
        return before.word + role.word
    return role.word


def _glued_role(tokens: list[WordToken], text: str, start: int, lex: Lexicon) -> str | None:
    """A private role whose last character jieba glued to the family name at `start` (作坊|主雷|某某, 房|东林|某某) or
    cut off alone (制种|户|吴某某): that character with the word before it, which is no place and not where the
    person comes from (a workshop's 作坊 is the 作坊主's); a 村 jieba glued to that word's front is the village's
    (半寮|村莲|农张某某: 莲农)."""
    k = bisect_left(tokens, start, key=TOKEN_END)
    if k >= len(tokens) or not (tokens[k].start < start <= tokens[k].end) or start - tokens[k].start != 1 or k == 0:
        return None
    last, before = text[start - 1], tokens[k - 1]
    if (last not in lex.glued_role_endings or before.end != tokens[k].start or before.head in PLACE_HEADS
            or before.anchor):
        return None
    word = before.word[1:] if before.word.startswith("村") and len(before.word) == 2 else before.word
    if (not all(map(CJK.match, word)) or len(word) > 3 or word in lex.origins_before_roles
            or word in FUNCTION_CHARS):
        return None
    role = word + last
    first = tokens[k - 2] if k >= 2 and word == before.word else None
    if (first is not None and first.end == before.start and first.tag in ROLE_MODIFIER_TAGS and not first.head
            and not first.anchor and first.word not in lex.origins_before_roles
            and len(first.word) + len(role) <= MAX_ROLE):
        return first.word + role  # (茶叶|作坊|主韦某某, 实际|控制|人秦某某: the word qualifying the role)
    return role


def _title_ends_at(text: str, end: int, lex: Lexicon) -> bool:
    """Whether a title (村长, 社区河长) ends at `end`."""
    return any(text[end - n : end] in lex.titles for n in range(2, 6) if end >= n)


def anonymised_persons(text: str, lex: Lexicon, tokens: list[WordToken] | None = None) -> list[Candidate]:
    """刘某某, 欧阳某: anonymised names are persons; 当事人刘某某: the private role before one is its title, whether
    listed (anonymised_roles) or read from its words (房东蔡某某, 挖掘机司机买某某) when `tokens` are given."""
    found = []
    for match in re.finditer(r"某某?", text):
        for size in (2, 1):
            surname = text[max(0, match.start() - size) : match.start()]
            start = match.start() - size
            if size == 2 and surname in lex.compound_surnames and _title_ends_at(text, start + 1, lex):
                continue  # 村长|孙某某, 站长|孙某某: the role's 长, not the family name 长孙
            role = next((r for r in lex.anonymised_roles if text.endswith(r, 0, start)), None)
            if role is None and tokens is not None:
                role = _role_by_form(tokens, start, lex) or _glued_role(tokens, text, start, lex)
            if role and (level := next((v for v in ROLE_LEVELS if text.endswith(v + role, 0, start)), None)):
                role = level + role  # 村级|防汛责任人李某某: the level of the post is the role's
            two = surname in lex.compound_surnames or surname in lex.yi_surnames  # (斯觉镇村民阿苏某某)
            if len(surname) == size and (two or size == 1 and (
                    surname in lex.surnames or (role is not None or match.group() == "某某") and CJK.match(surname)
                    and surname not in (NOT_SURNAMES_BEFORE_MOU if role is None else NOT_SURNAMES_AFTER_A_ROLE))):
                # (村民扎某某: after a private role any character opens the name, as Tibetan names do; so it does
                # before 某某, which marks a name whatever comes before it: 司机买某某, 以岩某某为首)
                found.append(Candidate(start, match.end(), "person", role))
                break
    return found


def anonymised_titles_carried_on(persons: list[Candidate], text: str) -> list[Candidate]:
    """当事人翦某某承认…, 翦某某已被立案侦查: a later mention of an anonymised name with no role before it carries the
    title of its first mention that has one, as a titled official's name does."""
    titles: dict[str, str] = {}
    carried = []
    for person in sorted(persons, key=lambda c: c.start):
        name = text[person.start : person.end]
        if "某" not in name:
            carried.append(person)
        elif person.title:
            titles.setdefault(name, person.title)
            carried.append(person)
        else:
            carried.append(Candidate(person.start, person.end, person.kind, titles.get(name)))
    return carried


def township_into_role(persons: list[Candidate], orgs: list[Candidate], text: str,
                        lex: Lexicon) -> tuple[list[Candidate], list[tuple[int, int]]]:
    """大吉山镇村民汪某某: the township written right before a private person's role is part of the title, as in
    营上镇党委书记李建华, but for a resident's (乐华街道|居民林某某); returns the persons and the spans of the titles that
    took a township in."""
    ends = {c.end: c for c in orgs if TOWNSHIP_FORM.search(text, c.start, c.end)}
    roles = frozenset(lex.anonymised_roles) - lex.roles_apart_from_township  # (乐华街道|居民林某某)
    result, spans = [], []
    for person in persons:
        township = ends.get(person.start - len(person.title)) if person.title in roles else None
        if township is not None:
            person = Candidate(person.start, person.end, "person", text[township.start : person.start])
            spans.append((township.start, person.start))
        result.append(person)
    return result, spans


# 陈秀英、林建国、黄美玲等10名保洁员: a list of names before a count of people names those people.
PERSON_LIST = OpenedPattern(r"((?:[\u4e00-\u9fff]{2,3}、)+[\u4e00-\u9fff]{2,3})等(?=[0-9一二两三四五六七八九十百]+[名位人])",
                            [("，。；：:,;\n",)], at_start=True)


def _looks_like_name(name: str, lex: Lexicon) -> bool:
    """A listed item that reads as a person's name: it opens with a surname and is no place, no known body and
    does not end like one (a name of three may end like a given name: 李建军)."""
    return ((name[:2] in lex.compound_surnames or name[:2] in lex.yi_surnames or name[0] in lex.surnames)
            and name not in place_names() and name not in lex.known_orgs
            and (name[-1] not in lex.head_last_chars or len(name) == 3 and name[-1] in lex.given_name_endings))


def listed_persons(text: str, lex: Lexicon) -> list[Candidate]:
    """Names without a title, listed before 等 and a count of people; every item must look like a name."""
    found = []
    for match in PERSON_LIST.finditer(text):
        names = match.group(1).split("、")
        if all(_looks_like_name(name, lex) for name in names):
            start = match.start(1)
            for name in names:
                found.append(Candidate(start, start + len(name), "person"))
                start += len(name) + 1
    return found


# （联系人：刘建新，电话：0903-2301185）: the person to call about a notice, named after 联系人 and its colon
CONTACT = re.compile(r"联系人[：:](?P<name>[\u4e00-\u9fff]{2,4}?)(?=[，,；;）)、\s]|电话|$)")
CONTACT_TITLE = "联系人"


def contact_persons(text: str, lex: Lexicon) -> list[Candidate]:
    """The contact named in a notice, with 联系人 as the title (as the gold marked all four such when this was
    written)."""
    return [Candidate(m.start("name"), m.end("name"), "person", CONTACT_TITLE) for m in CONTACT.finditer(text)
            if _looks_like_name(m.group("name"), lex)]
