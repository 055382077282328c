"""Canonical names and unit types, resolved against the county context (县公安局 → 富源县公安局)."""
from __future__ import annotations

import re
from functools import cache, lru_cache
from typing import Iterator, NamedTuple

from nlp.context import COUNTY_CACHE_SIZE, CountyContext
from nlp.gazetteer import load_gazetteer
from nlp.segment import NUMERALS, load_toml
from nlp.units.lexicon import Lexicon, family_name_pattern, lexicon, place_names
from nlp.units.vocabulary import (
    CJK,
    COMMON_WORD,
    COUNTY_LEVELS,
    FUNCTION_CHARS,
    LEVEL_CHARS,
    PAREN,
    PLACE_FORM_HEADS,
    PUNCT_BREAK,
    TOWNSHIP_FORM,
)

DIVISION_ENDINGS = frozenset("省市县区州旗盟")
BRANCH_OF_BODY = re.compile(r"(?:分局|分队|中队|大队|[所站科股室])$")
# Kinds of unit often named after a place without being the township's own (大王经济开发区, 古蔺中学).
TEMPLATE_FIELD = re.compile(r"\{(\w+)\}")
NAMED_AFTER_PLACE_TYPES = frozenset({"school", "government"})
TOWNSHIP_PART = re.compile(
    r"(?:[\u4e00-\u9fff]{2,4}?|[\u4e00-\u9fff]{2,4}?[\u4e00-\u9fff]族)(?:镇|乡|街道)(?=[\u4e00-\u9fff]{2})")
TOWNSHIP_OFFICE = re.compile(r"(?<=[\u4e00-\u9fff])(镇|乡)(?:人民)?政府$")
NUMBERED_BODY = re.compile(r"第?[一二三四五六七八九十]+(?:中|小|完小|幼|职|医院|人民医院|中医院)")
JIEDAO_OFFICE = re.compile(r"(街道)办事处$|(街道)办$|(镇|乡)(?:人民)?政府$")


@cache
def _level_name_endings() -> frozenset[str]:
    """The last two characters of each place name that `county_before` may find (瓮安县 → 安县)."""
    return frozenset(name[-2:] for name in place_names() if 3 <= len(name) <= 7 and name[-1] in LEVEL_CHARS)


@cache
def _full_bodies() -> frozenset[str]:
    """The full forms of the abbreviated bodies (the values of `lexicon().bodies`), as a set: looking a name up among
    a dict's values walks them all."""
    return frozenset(lexicon().bodies.values())


@lru_cache(maxsize=COUNTY_CACHE_SIZE)
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
        if full and name.startswith(full):
            continue  # (津市市防汛抗旱指挥部: written in full, though its short form 津市 starts it too)
        if full and (short := next((f for f in _own_short_forms(full, level) if name.startswith(f)), None)):
            return full + name[len(short) :]
    return name


def county_before(text: str, start: int, freq: dict[str, int], own_county: str | None = None) -> int:
    """瓮安|县红十字会: a county name that the segmentation cut before its 县 belongs to the unit; so does the own
    county's short form cut anywhere (肃|南县金辉矿业有限公司, 南县 being another county)."""
    if own_county:
        opening = start + 1 - len(own_county)
        if opening >= 0 and text.startswith(own_county, opening) and opening < start:
            return opening  # 文|县防汛抗旱指挥部: a county of one character cut off its 县
        for short in _own_short_forms(own_county):
            for cut in range(1, min(len(short), start + 1)):
                if text.startswith(short, start - cut):
                    return start - cut
        opening = start - len(own_county)
        if (opening >= 0 and text.startswith(own_county, opening)
                and (opening == 0 or not CJK.match(text[opening - 1]) or text[opening - 1] in FUNCTION_CHARS)):
            return opening  # 城区|爱国卫生运动委员会办公室: a county named by a common word, which opens no token
    if text[start : start + 1] not in LEVEL_CHARS:
        return start
    # 县, 市, 区 open most bodies (县公安局): a place name can end here only if one ends in the two characters here.
    if text[start - 1 : start + 1] not in _level_name_endings():
        return start
    places = place_names()
    for size in range(2, 7):  # one-character counties (和县, 曹县) are too easily function words
        if start - size < 0 or text[start - size] in FUNCTION_CHARS or text[start - size] in PUNCT_BREAK:
            break
        name = text[start - size : start + 1]
        if name in places:
            if name != own_county and freq.get(name[:-1], 0) >= COMMON_WORD:
                break  # 该局会同|县商务局: 会同 is "together with" here, not 会同县
            return start - size
    return start


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
            head = body[: len(body) - len(key)]
            # 秸秆|禁烧办: the head may already say how the full form opens (秸秆禁烧工作领导小组办公室)
            overlap = next((k for k in range(min(len(head), len(value)), 1, -1) if head.endswith(value[:k])), 0)
            return head[: len(head) - overlap] + value
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
        # a 特区 (六枝特区) is a county, not a district of a city
        "sanitary": ("县城" if context.county.endswith(("县", "旗", "特区")) else "城市") if context else None,
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


@lru_cache(maxsize=COUNTY_CACHE_SIZE)
def _branch_county(context: CountyContext) -> str:
    """The county as a prefecture's branch office names it (abbreviations.toml, [branch_names])."""
    county = context.county
    keep = load_toml("abbreviations.toml")["branch_names"]["keep_county_level_in"]
    if county.endswith("市") and len(county) >= 3 and context.province not in keep:
        return county[:-1]  # 青铜峡市 → 生态环境局青铜峡分局: a county-level city's branch drops its 市 (but 沧州市生态环境局
        # 任丘市分局: where the level is kept, as the gold has it every time)
    if county.endswith("区") and len(county) >= 3 and context.province not in keep:
        return county[:-1]  # 南票区 → 生态环境局南票分局, 云冈区 → 公安局云冈分局: so does a district's
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
    forms = township_forms(context.county, context.prefecture)
    # the form listed first among those that start `name`, found by looking up each prefix of `name`
    found = [place for size in range(2, min(len(name), forms.longest) + 1) if (place := forms.by_form.get(name[:size]))]
    return min(found)[1] if found else None


class TownshipForms(NamedTuple):
    by_form: dict[str, tuple[int, str]]  # written form -> (its place in the gazetteer's order, township)
    longest: int
    # full names with their level (七号镇, 新市区街道), without the county before them, and the forms stories give them
    # where the gazetteer has another (亳城乡 for 亳城镇, 龙场街道 for 龙场镇, 上高桥乡 for 上高桥回族彝族苗族乡)
    names: tuple[str, ...]
    # 日月乡 written with its people (日月藏族乡, 四排赫哲族乡): the ethnic township's full name, which the gazetteer
    # shortens
    ethnic: _EthnicTownships | None
    # 道镇, 滋镇, 淮镇: townships named by one character, matched only where a clause or a phrase after a function
    # character opens (elsewhere two such characters end a word: 城镇, 集镇, 街道镇村)
    named_by_one: re.Pattern[str] | None = None


class _EthnicTownships(NamedTuple):
    """The pattern of `TownshipForms.ethnic`, compiled only when a text holds 族乡: compiling its class of
    all Han characters costs about a millisecond, paid for every county met, though few stories hold 族乡."""
    stems: tuple[str, ...]

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        if not any(stem in text for stem in self.stems):
            return iter(())  # every match opens with a stem: without one in the text, none to compile for
        return _ethnic_pattern(self.stems).finditer(text)


@lru_cache(maxsize=COUNTY_CACHE_SIZE)
def _ethnic_pattern(stems: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(f"(?:{'|'.join(stems)})[\u4e00-\u9fff]{{1,8}}?族乡")


@cache
def township_forms(county: str, prefecture: str | None) -> TownshipForms:
    """A county's townships by their full names and short names (中安街道, 中安)."""
    by_form: dict[str, tuple[int, str]] = {}
    names, names_by_one = [], []
    for township in load_gazetteer().townships_of(county, prefecture):
        short = TOWNSHIP_FORM.sub("", township.name)
        for form in (township.name, short):
            if len(form) >= 2:
                by_form.setdefault(form, (len(by_form), township.name))
        name = township.name.removeprefix(county)
        if name.endswith("地区") and township.province == "北京市" and len(name) >= 4:
            # 后沙峪地区: Beijing's area offices are towns too, and stories write the town (后沙峪镇, 杨镇); one ending
            # 乡 may be written as it is, with two characters no other county's townships are matched by (花乡; but
            # 良乡镇, the longer, wins where it is written)
            if name.endswith("乡地区") and len(name) == 4:
                names.append(name[:-2])
            name = name[:-2] if name.endswith("镇地区") else name[:-2] + "镇"
        if len(name) == 2 and name[1] in "镇乡" and name not in names_by_one:
            names_by_one.append(name)
        if len(name) >= 3 and TOWNSHIP_FORM.search(name):
            names.append(name)
            if name.endswith("镇") and len(name) >= 3:
                names.append(name[:-1] + "街道")  # 龙场镇, since made 龙场街道: a town become a street of the county seat
            elif name.endswith("乡") and len(name) >= 3 and not name.endswith("族乡"):
                names.append(name[:-1] + "镇")  # 射箭乡, since made 射箭镇
            elif name.endswith("街道") and len(name) >= 4 and not name.endswith("街街道"):
                names.append(name[:-2] + "镇")  # 炉城街道, before 2019 炉城镇: a town since split into streets
            if name.endswith(("街街道", "苏木乡")) and len(name) >= 5:
                # 后埠街街道 written 后埠街道, 伊和乌素苏木乡 written 伊和乌素苏木
                names.append(name[:-2] + "道" if name.endswith("街道") else name[:-1])
    stems = sorted({name[:-1] for name in names if name.endswith("乡") and not name.endswith("族乡") and len(name) >= 3},
                   key=len, reverse=True)
    ethnic = _EthnicTownships(tuple(stems)) if stems else None
    peoples = lexicon().ethnic_township
    for name in list(names):
        if name.endswith("镇"):
            names.append(name[:-1] + "乡")  # 亳城镇 written 亳城乡, as stories from before it became a town write it
        elif name.endswith("族乡") and (m := peoples.search(name)) is not None and m.start() >= 2:
            names.append(name[: m.start()] + "乡")  # 上高桥回族彝族苗族乡 written without its peoples, 上高桥乡
    named_by_one = re.compile(rf"(?:^|(?<=[，。；：、\n（“【{''.join(sorted(FUNCTION_CHARS))}]))(?:{'|'.join(names_by_one)})"
                              ) if names_by_one else None
    return TownshipForms(by_form, max(map(len, by_form), default=0), tuple(dict.fromkeys(names)), ethnic, named_by_one)


def unit_type(canonical: str, lex: Lexicon | None = None) -> str:
    """The unit type of a name (ANNOTATION.md, "type"), from its prefix or its longest known ending."""
    return _unit_type(canonical) if lex is None or lex is lexicon() else _type_of(canonical, lex)


@lru_cache(maxsize=65536)
def _unit_type(canonical: str) -> str:
    return _type_of(canonical, lexicon())


class _TypeTables(NamedTuple):
    """`lexicon()`'s type prefixes and endings arranged for `_type_of`, which runs for every name not met before."""
    prefixes: tuple[str, ...]  # the prefixes alone: one startswith tells whether the walk over them can find one
    ending_sizes: dict[str, tuple[int, ...]]  # last character -> the lengths of the endings with it, longest first


@cache
def _type_tables() -> _TypeTables:
    lex = lexicon()
    sizes: dict[str, set[int]] = {}
    for ending in lex.type_ending_map:
        if 0 < len(ending) <= lex.max_type_ending:
            sizes.setdefault(ending[-1], set()).add(len(ending))
    return _TypeTables(tuple(prefix for prefix, _ in lex.type_prefixes),
                       {last: tuple(sorted(found, reverse=True)) for last, found in sizes.items()})


def _type_of(canonical: str, lex: Lexicon) -> str:
    name = PAREN.sub("", canonical) if "(" in canonical or "（" in canonical else canonical
    tables = _type_tables() if lex is lexicon() else None
    if tables is None or name.startswith(tables.prefixes):
        for prefix, kind in lex.type_prefixes:
            if name.startswith(prefix):
                return kind
    if name.startswith(("中共", "中国共产党")):
        return "party"
    if family_name_pattern(lex.surnames).match(name) and not name.endswith(PLACE_FORM_HEADS):
        return "enterprise"  # 李记烧腊, 老刘家冷淡杯: a family's shop, whatever it sells (冯记沟乡 is a township)
    endings = lex.type_ending_map
    # Only the lengths of the endings that end as the name does are tried, longest first as the plain walk over all
    # lengths tries them: the same first ending found.
    sizes = range(min(len(name), lex.max_type_ending), 0, -1) if tables is None else tables.ending_sizes.get(
        name[-1:], ())
    kind = next((found for size in sizes if size <= len(name) and (found := endings.get(name[-size:])) is not None),
                lex.default_type)
    if kind == "government" and name[-1] in "部处科室" and (part := PART_OF_A_BODY.search(name)) is not None:
        return _type_of(name[: part.end(1)], lex)  # 养老服务协会|综合事务部: the association's department
    return kind


# A department (部, 处, 科, 室) of an association, a company, a school or a hospital is of its kind, not a government
# office (上海市养老服务协会综合事务部, 某某有限公司安全生产科, 县人民医院医务科)
PART_OF_A_BODY = re.compile(r"(协会|学会|商会|公司|集团|大学|学院|学校|中学|小学|医院|卫生院)[\u4e00-\u9fff]{1,6}(?:部|处|科|室)$")


def canonical_name(
    text: str, context: CountyContext | None, township: str | None = None, aliases: dict[str, str] | None = None
) -> str:
    """The full name of a unit mention, made specific with the county context (ANNOTATION.md, "canonical")."""
    if aliases and text in aliases:
        return aliases[text]
    name = _canonical(text, context, township)
    if name.startswith("中共") and PLACE_PARTY_COMMITTEE.match(name):
        name = name[2:]  # 中共五寨县委宣传部 → 五寨县委宣传部: a place's party committee is named without 中共
    forms = lexicon().provincial_forms.get(context.province) if context is not None else None
    for usual, own in forms or ():
        if usual in name and usual not in text:
            name = name.replace(usual, own)
    return name


PLACE_PARTY_COMMITTEE = re.compile(r"中共[\u4e00-\u9fff]{1,12}?[省市县区旗州盟]纪?委")
RESIDENTS_COMMITTEES = ("居委会", "村委会", "村民委员会")  # left out of the name: it is the community's or village's


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
    if name.endswith(RESIDENTS_COMMITTEES) and len(name) > 5:
        name = name[: -len("居委会")] if name.endswith("居委会") else name[: name.rindex("村") + 1]
        # 白云社区居委会 is the community, 通河一村居委会 too (a 新村 in 上海), 芒角村委会 the village
    kind = unit_type(name, lex)
    if (kind == "social_org" and context is not None and TOWNSHIP_PART.match(name)
            and not name.startswith(context.county)):  # (禄丰市|乡村厨师协会: the county's own, 乡 opening a word)
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
    if prefix and prefix == county and body.startswith(("镇", "乡", "街道")) and (
            body in {"街道", "镇", "乡"} or (here := _township_of(name, context)) and len(here) > len(prefix)):
        return county + _expand_body(name, lex) + paren  # 芒市镇, 芒市镇芒里村 in 芒市: the seat named for its city
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
    if local_form is not None and local_form in lex.local and not (prefix and local_form in lex.local_short_only):
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
    level_reading = rest in lex.bodies or rest in _full_bodies() or name.startswith("市民族") or not name.startswith(
        ("市场", "区域", "省级", "市区", "县级", "市级", "市民", "县区", "市县", "区县", "州市")
    )  # (市民族实验小学: the city's school of 民族, no 市民)
    if level in LEVEL_CHARS and len(name) > 1 and level_reading:
        place = _level_name(level, context)
        template = lex.local.get("县" + name[1:]) if place and place != county else None
        if template and not set(TEMPLATE_FIELD.findall(template)) - {"county", "sanitary"}:
            # 市创卫办 written in a district: the prefecture's own office, named as a county's is
            return template.replace("{county}", place).replace("{sanitary}", "城市") + paren
        if place is None and kind == "township" and county and TOWNSHIP_FORM.search(name):
            return county + name + paren  # 州城街道 where no prefecture is a 州: a township named with the character
        body = _expand_body(name[1:], lex)
        return (place + body if place else level + body) + paren
    if name[:1] in "镇乡" and len(name) > 1 and township and context and township.endswith(name[0]):
        # (乡党委 after 神树镇 is no body of that 镇)
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
