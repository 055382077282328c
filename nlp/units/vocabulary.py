"""Word sets and patterns the passes over a story share: level characters, stop and function words, tags."""
from __future__ import annotations

import re

from nlp.patterns import ALIAS_WORDS

LEVEL_CHARS = "县市省区州旗"  # 旗: the banners of Inner Mongolia stand where counties do (旗委, 旗教体局)
# Determiners that speak of a level in general, not of one place: 各镇, 每所, 全县, 该乡, 本村.
GENERAL_DETERMINERS = frozenset("各每全该本")
COUNTY_LEVELS = "县区市旗"  # what a county-level unit calls itself: county, district, county-level city, banner
WITHIN_WORDS = frozenset("区内 境内 辖区内 区域内 周边".split())  # 禁养|区内|养殖场, 景区|周边|餐饮店: no name
# Words that end a name on its left: function words, verbs of reporting, and the like.
STOP_WORDS = WITHIN_WORDS | frozenset(
    "的 地 得 了 着 过 和 与 及 以及 或 暨 等 在 对 到 由 向 为 将 把 被 是 从 于 给 让 使 经 据 按照 根据 通过 "
    "会同 联合 协同 组织 召开 开展 参加 参与 深入 前往 来到 走进 赴 到达 检查 督查 暗访 调研 指导 要求 强调 "
    "成立 设立 牵头 配合 一同 陪同 带领 率领 包括 其中 以及 并 也 都 还 又 再 就 即 则 而 但 且 之 各 全 该 本 此 "
    "因 后 前 往 凭 按 依 比 便 仍 才 已 曾 正 要 会 能 可 应 须 需 请 令 如 若 当 就是 还是 以 并且 进行 实施 "
    "报 交 送 发 至 自 让 有 无 没有 如何 什么 这个 那个 这些 那些 我们 他们 大家 "
    "战胜 逼平 击败 负于 输给 迎战 对阵 击退 力克 不敌 胜 负 平 "
    "委托 聘请 邀请 安排 购买 引进 依托 委派 督促 责令 约谈 作为 "
    # (…串串香|露天|烧烤: the open-air barbecue a shop runs, not the shop's name; 镇外|漠沙镇: where, not a name)
    "露天 镇外 乡外 村外 城外".split()
)
NOT_YET = "未"  # a negation jieba may glue to the word before it (连续4|天未|清扫)


def glued_negation(word: str) -> bool:
    """Whether jieba glued the negation 未 to the end of the word before it (连续4|天未|清扫)."""
    return len(word) > 1 and word.endswith(NOT_YET)


# A count of about so many (近千名, 三百余人), or a number and the measure word for people after it (一百二十余|人):
# no name holds one
APPROXIMATE_COUNT = re.compile(r"(?:[近约超逾][\d一二三四五六七八九十百千万两几]+|[\d一二三四五六七八九十百千万两几]+[余多])[名人个家户]?")
NUMBER = re.compile(r"[\d一二三四五六七八九十百千万两几]+[余多]?")
COUNTED_PEOPLE = frozenset("人名")


def a_count(word: str, previous: str | None) -> bool:
    """Whether `word` is a count (近千名) or the measure word of the count `previous` (一百二十余|人)."""
    return APPROXIMATE_COUNT.fullmatch(word) is not None or (
        word in COUNTED_PEOPLE and previous is not None and NUMBER.fullmatch(previous) is not None)


FUNCTION_CHARS = frozenset("到在赴对和与及向为由把被将从于因后前并且而又再还也都就才已是的了着过给让使报交送至自共等我你他她该此这那同跟以须暨其请")
# prepositions jieba may glue to the name after them (对金|福源…), the particle after a verb (约谈了|鑫隆超市), and 请
# (官垌镇请|镇卫生院, 请渣园|乡: one body asking another to act)
GLUED_OPENERS = frozenset("对在到向从由被将与和及了请")
PLACE_HEADS = frozenset({"镇", "乡", "村", "街道", "社区", "苏木"})
MOTION_BEFORE_PLACE = frozenset("进到入出在往来去驻")  # 送法进社区, 驻村, 在进镇主要路口: going, not a name
# Townships and villages the gazetteer does not know are still units by their form (阿尔巴斯苏木, 鲁家村).
PLACE_FORM_HEADS = ("苏木", "街道", "嘎查", "社区", "镇", "乡", "村")
NUMERAL_CHARS = frozenset("一二两三四五六七八九十百千万")  # the characters of Chinese numerals in counts and names
# Inside a regex character class: the digits and numeral characters a count is written with (3家, 十八处, ３２个)
COUNT_DIGITS = "0-9０-９零〇一二两三四五六七八九十百千万"
VERB_TAGS = frozenset({"v", "vd", "vi", "d", "ad", "a", "p", "c", "u"})
RARE = 60
COMMON_WORD = 700  # jieba frequency above which a county's stem is more likely a word (会同 "together with")
PROPER_TAGS = frozenset({"ns", "nt", "nz", "unk", "j", "nr", "nrt", "nrfg", "eng", "ng"})
PUNCT_BREAK = set("，。；：！？、,.;:!?\n\r\t 　《》<>【】[]（）()")
PAREN = re.compile(r"[（(]([^（()）\n，。；：、]{1,16})[)）]")
# （以下简称“县城管局”）, （下称县城管局）, （简称：县城管局）: a short name the story introduces
ALIAS_INTRO = re.compile(r"[（(]" + ALIAS_WORDS + r"[：:]?[“\"]?([^”\"）)]{2,12})[”\"]?[)）]")
ENUMERATOR = re.compile(r"[一二三四五六七八九十]是|其[一二三四五六七八九十]")  # 一是, 二是; 其一: a list's items
TOWNSHIP_FORM = re.compile(r"(街道办事处|街道办|街道|镇|乡|苏木)$")
CJK = re.compile(r"[\u4e00-\u9fff]")
# 柴草|沿村|道|乱堆: the word jieba makes of 沿 and the 村 of 村道 is "along the village road", no village (but
# 海|沿村, 风|沿村 are villages so named)
ROADS_ALONG_THE_VILLAGE = ("沿村道", "沿村路")
