"""`extract_units`: the candidate passes over one story, overlaps resolved, canonical names and stance."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass
from functools import lru_cache, partial
from os.path import commonprefix
from typing import Sequence

import jieba

from nlp.context import COUNTY_CACHE_SIZE, CountyContext, as_county_context
from nlp.segment import Token, cut_with_offsets, make_tokenizer
from nlp.stance import CLAUSE_OPENING_MARKS, assign_stance
from nlp.units.businesses import (
    branch_stores,
    brands_opened_by_a_place_word,
    family_shops,
    markets_named_by_two,
    named_shops,
    shop_candidates,
)
from nlp.units.canonical import RESIDENTS_COMMITTEES, canonical_name, township_forms, unit_type
from nlp.units.lexicon import Lexicon, lexicon, place_names
from nlp.units.listed_individuals import titles_in_individuals_lists
from nlp.units.organisations import (
    affiliated,
    aliased_names,
    county_branches,
    extend_list_item,
    extend_right,
    level_offices,
    org_candidates,
    parts_of_bodies,
)
from nlp.units.persons import (
    anonymised_persons,
    contact_persons,
    anonymised_titles_carried_on,
    listed_persons,
    names_a_village,
    names_listed_after,
    repeat_persons,
    titled_persons,
    township_into_role,
)
from nlp.units.places import (
    ethnic_townships,
    gazetteer_townships,
    hamlets,
    listed_places,
    located_villages,
    natural_villages,
    place_form_candidates,
    villages_after_townships,
    villages_named_again,
)
from nlp.units.tokens import Candidate, WordToken, head_indices, word_classes, word_tokens
from nlp.units.vocabulary import (
    ALIAS_INTRO,
    CJK,
    COUNT_DIGITS,
    COUNTY_LEVELS,
    ENUMERATOR,
    FUNCTION_CHARS,
    LEVEL_CHARS,
    NUMERAL_CHARS,
    TOWNSHIP_FORM,
)

NUMERAL_CHARS_AND_DIGITS = NUMERAL_CHARS | frozenset("0123456789０１２３４５６７８９余多几")
# After a short name, the start of a document's number (松安办〔2021〕2号, 安巩卫办字〔2020〕5号, 汶爱卫办发〔2019〕9号,
# 余镇|整办〔2017〕16号: a township's short name and the office's).
DOCUMENT_NUMBER_AFTER = re.compile(r"(?:[\u4e00-\u9fff]{1,2}办)?[发字函电办]?〔")
BRACKETED_ABBREVIATION = re.compile(r"[（(]([县市省][^（()）]{1,10})[)）]")


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


def _select(candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping spans, longest first (persons before organisations of equal length)."""
    chosen: list[Candidate] = []
    taken = bytearray(max((c.end for c in candidates), default=0))  # 1 at each character a chosen span covers
    # Titled persons first: a name is never swallowed by an organisation's left edge.
    order = sorted(candidates, key=lambda c: (c.kind != "person", -(c.end - c.start), c.start))
    for cand in order:
        if taken.find(1, cand.start, cand.end) != -1:
            continue
        chosen.append(cand)
        taken[cand.start : cand.end] = b"\x01" * (cand.end - cand.start)
    return sorted(chosen, key=lambda c: c.start)


VILLAGERS = ("村民", "群众")  # words for villagers that open no unit and that no unit follows
DISTRIBUTIVES = ("各", "各个", "每个", "每一个")  # 每个|沿河社区, 各|乡镇: every one of a kind, no name after them

# Names of bodies end so; no business is named after one with words between.
BODY_ENDINGS = ("局", "办", "委", "会", "队", "中心")
BODIES_NAMING_NO_BUSINESS = frozenset({"government", "party", "social_org"})
# …a county's or city's own body (县市场监管局, 爱民区餐饮行业协会), not a company's division (中建八局第一建设有限公司)
LOCAL_BODY = re.compile(r"[县市区旗州盟]|[\u4e00-\u9fff]{1,4}[县市区旗]")


def _bodies_then_their_doings(candidates: list[Candidate], text: str) -> list[Candidate]:
    """县市场监管局|夜查|餐饮店, 爱民区餐饮行业协会|发动|会员店: a business candidate that opens with a whole local
    body's name and goes on past it is the body and what it does; the body stays, found apart. (A township opens
    names of its own: 马市镇农贸市场.)"""
    opening: dict[int, list[int]] = {}  # start → ends of the body names opening there
    for c in candidates:
        if c.kind == "org" and text.endswith(BODY_ENDINGS, c.start, c.end):
            opening.setdefault(c.start, []).append(c.end)
    if not opening:
        return candidates
    return [c for c in candidates if not (
        c.kind == "org" and c.start in opening and unit_type(text[c.start : c.end]) == "enterprise" and any(
            end < c.end - 2 and LOCAL_BODY.match(text, c.start, end)
            and unit_type(text[c.start : end]) in BODIES_NAMING_NO_BUSINESS for end in opening[c.start]))]


@lru_cache(maxsize=COUNTY_CACHE_SIZE)
def _autonomous(context: CountyContext) -> bool:
    """Whether the county lies in an autonomous region or prefecture (or is one)."""
    return "自治" in context.full_name


def extract_units(
    text: str, context: CountyContext | str | None = None, *, tokenizer: jieba.Tokenizer | None = None,
    tokens: Sequence[Token] | None = None, published: dt.date | None = None,
) -> list[UnitMention]:
    """Every organisation and titled person named in `text`, in order, with canonical names and stance.

    `tokens` is `nlp.segment.cut_with_offsets(text, tokenizer)` when the caller has cut the story already; the
    result is the same either way. The tokenizer (its word frequencies) is needed in both cases. `published`, the
    story's date, gives a body the name it bore then (县消防大队 in 2018: 公安消防大队).
    """
    if not text:
        return []
    lex = lexicon()
    ctx = as_county_context(context)
    tokenizer = tokenizer or make_tokenizer()
    if tokens is None:
        tokens = cut_with_offsets(text, tokenizer)
    special_district = ctx is not None and next(
        (d for d in SPECIAL_DISTRICTS if ctx.county.endswith(d) and d in text), None)
    if special_district:
        tokens = _special_district_as_level(tokens, special_district)
    if "村村" in text:
        tokens = _village_before_its_own_word(tokens, tokenizer.FREQ)
    tokens = word_tokens(tokens, word_classes(tokenizer))
    # Officials without a Han surname are common where the county lies in an autonomous region or prefecture.
    surnameless = ctx is not None and _autonomous(ctx)
    persons, phrases = titled_persons(tokens, text, lex, tokenizer.FREQ, surnameless)
    if persons and "、" in text:
        persons += names_listed_after(text, persons, lex)
    if persons:
        persons += repeat_persons(text, persons)
    if "某" in text:
        persons += anonymised_persons(text, lex, tokens)
    if "等" in text and "、" in text:
        persons += listed_persons(text, lex)
    if "联系人" in text:
        persons += contact_persons(text, lex)
    heads = head_indices(tokens)
    orgs = org_candidates(tokens, text, lex, tokenizer.FREQ, ctx.county if ctx else None, heads)
    orgs += place_form_candidates(tokens, text, lex, tokenizer.FREQ)
    orgs += shop_candidates(tokens, text, lex, tokenizer.FREQ, heads)
    orgs += family_shops(text, lex) + named_shops(text, tokens, lex, tokenizer.FREQ)
    if "市场" in text:
        orgs += markets_named_by_two(text, lex)
    if "办" in text:
        orgs += level_offices(text, tokenizer.FREQ)
    orgs += located_villages(text, lex) if "村" in text or "社区" in text or "嘎查" in text else []
    if ctx is not None:
        townships = gazetteer_townships(text, ctx)
        if townships:
            # 对青山镇 cut as one word, another county's township: the county's own 青山镇 after 对 wins
            orgs = [o for o in orgs if text[o.start] not in FUNCTION_CHARS or not any(
                t.start == o.start + 1 and t.end == o.end for t in townships)]
        orgs += [c for c in townships
                 if not any(o.start <= c.start and c.end <= o.end for o in orgs)]  # (神木市|高家堡镇 found already)
    if "族乡" in text:
        # an ethnic township by its form, where the gazetteer has none ending there
        orgs += [c for c in ethnic_townships(text, lex) if ctx is None or not any(t.end == c.end for t in townships)]
    joined = villages_after_townships(orgs, tokens, text, lex)
    orgs += joined + villages_named_again(joined, text)
    if "自然村" in text:
        orgs += natural_villages(orgs, text)
    if "屯" in text:
        orgs += hamlets(orgs, text)
    if "、" in text:
        orgs += listed_places(orgs, text)
    orgs += parts_of_bodies(orgs, tokens, text, lex)
    if ctx is not None and "分局" in text:
        orgs += county_branches(orgs, text, ctx.county)
    if "称" in text:  # 简称, 下称
        orgs += aliased_names(orgs, text, lex)
    if "附属" in text:
        orgs += affiliated(orgs, text)
    if "店" in text or "项目部" in text or lex.branch_ending.search(text):
        orgs += branch_stores(orgs, text, lex)
    if ctx is not None and "乡" in text:
        orgs += brands_opened_by_a_place_word(orgs, text, lex, township_forms(ctx.county, ctx.prefecture))
    if "某" in text and persons:
        persons, role_spans = township_into_role(persons, orgs, text, lex)
        phrases = phrases + role_spans if role_spans else phrases
    if phrases:
        orgs = [_before_role(c, phrases, text) for c in orgs if not any(s <= c.start and c.end <= e for s, e in phrases)]
    if persons:
        # 分管负责人|和|金岩矿业有限公司: 和 joins a body named right after it; it opens no name running into that body
        persons = [p for p in persons if text[p.start] not in "和与及" or not any(
            o.start == p.start + 1 and o.end > p.end for o in orgs)]
        orgs = [_trim_after_person(c, persons, text) for c in orgs]
        persons = [_title_after_business(c, orgs, text, lex) for c in persons]
        if "某" in text:
            persons = anonymised_titles_carried_on(persons, text)
    if "店" in text or "校门" in text or "两委" in text:
        orgs = [_trim_glued_place_word(c, text) for c in orgs]
    if any(part in text for part in lex.unit_parts):
        orgs = [_without_part(c, text, lex) for c in orgs]
    if "党支部" in text or "党总支" in text:
        # 崖子村|党支部书记被问责: the 党 opens the title of the village's branch secretary, the village is the unit
        # (嘎查|党支部书记: a village in general, none)
        kept = []
        for c in orgs:
            if not _before_branch_title(c, text):
                kept.append(c)
            elif c.end - c.start > 3:
                kept.append(Candidate(c.start, c.end - 1, c.kind))
        orgs = kept
    if "队" in text:
        orgs = [c for c in (_team_as_its_place(c, text, ctx, lex) for c in orgs) if c is not None]
    # 扑火|队, 镇乡|街道: pieces that together make a generic word; 18家|镇卫生院, 部|分乡镇: a name never opens
    # with a count's measure word or inside 部分
    # Several passes find the same span; one copy of each is enough for the filters and _select.
    unique = {(c.start, c.end, c.kind, c.title): c for c in orgs + persons}
    candidates = [c for c in unique.values() if c.end > c.start and (c.kind == "person" or (
        text[c.start : c.end] not in lex.not_heads and text[c.start : c.end] not in lex.business_kinds
        and text[c.start] not in "每各" and not text.endswith(DISTRIBUTIVES, 0, c.start)
        and not (text[c.start - 1 : c.start] == "沿" and c.end - c.start == 3 and text.endswith("集镇", c.start, c.end))
        # (沿|江集镇: the market towns along the river, 沿江集镇)
        and not (text.startswith(VILLAGERS, c.start) and not text.startswith(("路", "街"), c.start + 2))
        # (村民义务巡护队, 群众护林队: a crew of villagers; but 群众路街道 is named by its road)
        and not text.endswith(VILLAGERS, 0, c.start)  # (村民|义务巡山队, 村民|自建民宿: 村民 read as a role)
        and not _opens_inside_a_word(text, c.start)
        and not _counted_kind(text, c.start, c.end)
        and not _township_and_kind(text, c.start, c.end, lex)
        and not _kinds_joined_or_placed(text, c.start, c.end, lex)
        and not _every_township_s_body(text, c.start)  # (每所学校, 各乡镇卫生院, 各|沿江镇)
        and not _ethnic_townships_in_general(text, c.start, c.end, ctx, lex)
        and not _level_closing_levels(text, c.start)  # (各街|镇农贸市场, 各街道、镇农贸市场, 场|镇农贸市场)
        and not (text[c.start] == "沿" and _along_in_general(text, c.start, c.end, ctx, lex))))]
    if WORKSHOP in text:
        candidates = [c for c in candidates if c.kind == "person" or not _workshop_of_a_kind(tokens, text, c)]
    if "《" in text:
        candidates = [c for c in candidates if not _inside_book_title(text, c.start, c.end)]
    if "〔" in text:  # a document's number after a short name
        candidates = [c for c in candidates if not DOCUMENT_NUMBER_AFTER.match(text, c.end)]
    if "“" in text:
        candidates = [c for c in candidates if not _quoted_honour(text, c.start, c.end, lex)]
    if any(deed in text for deed in lex.deeds_in_no_name):
        candidates = [c for c in candidates if c.kind == "person"
                      or not any(deed in text[c.start : c.end] for deed in lex.deeds_in_no_name)]
    if any(reading in text for reading in lex.gauge_readings):
        candidates = [c for c in candidates if not text.startswith(lex.gauge_readings, c.end)]
    candidates = [c for c in map(partial(_trimmed_tail, text), candidates)
                  if c.kind == "person" or not (_closes_no_name(text, c.start, c.end, lex)
                                                or text[c.start : c.end] in lex.shop_heads
                                                or text[c.start] == EACH)]  # (二是|每个液化气供应站落实安全员)
    if len(candidates) > 1:
        candidates = _bodies_then_their_doings(candidates, text)
    chosen = _select(candidates)
    mentions: list[UnitMention] = []
    aliases: dict[str, str] = {}
    township: str | None = None
    for cand in chosen:
        end = extend_right(text, cand.end, lex) if cand.kind == "org" else cand.end
        if cand.kind == "org" and (end < len(text) and text[end] in "、等"
                                   or cand.start > 0 and text[cand.start - 1] == "、"):
            cand = Candidate(extend_list_item(text, cand.start, tokens, lex), cand.end, cand.kind)
        if mentions and mentions[-1].end > cand.start:
            continue  # mentions come in order and each ends before the next starts
        if cand.kind == "org" and text.startswith(REACH_AFTER, end):
            cand = Candidate(_past_the_river(text, cand.start, end), cand.end, cand.kind)
        surface = text[cand.start : end]
        if cand.kind == "person":
            mentions.append(UnitMention(surface, cand.start, end, surface, "person", cand.title))
            continue
        expanded = canonical_name(surface, ctx, township, aliases)
        canonical = _earlier_full_form(surface, expanded, mentions, ctx)
        # (the table's expansion, neither the story's own full name nor an alias it gave)
        from_table = surface != canonical == expanded and not (aliases and surface in aliases)
        if NATIONAL_CAMPAIGN in canonical and canonical != surface and _provincial_campaign(text):
            canonical = canonical.replace(NATIONAL_CAMPAIGN, PROVINCIAL_CAMPAIGN)
        if canonical == surface and ctx is not None and mentions and cand.start > 0 and text[cand.start - 1] == "、":
            canonical = _level_of_list(surface, mentions[-1], cand.start, ctx, township, aliases)
        if canonical == surface and surface.endswith("公司"):
            canonical = _earlier_company(surface, mentions)
        if published is not None and lex.former_names and from_table and not any(
                canonical.startswith(m.canonical) and m.text == m.canonical for m in mentions):
            # (a name the story writes in full, of the body or of the one it serves, is the one it bore then)
            canonical = _former_name(canonical, published.year, lex)
        kind = unit_type(canonical, lex)
        if surface.endswith(RESIDENTS_COMMITTEES) and not canonical.endswith(RESIDENTS_COMMITTEES):
            kind = unit_type(surface, lex)  # 长海路街道翔殷居委会: a community, though its name leaves the committee out
        if kind == "government" and canonical.endswith("办事处") and ctx is not None and (
                canonical.removeprefix(ctx.county) in township_forms(ctx.county, ctx.prefecture).by_form):
            kind = "township"  # 浈江区田螺冲办事处: an office the gazetteer lists among the county's townships
        if kind == "township":
            township = TOWNSHIP_FORM.search(canonical) and _township_name(canonical, ctx)
        elif kind == "community" and (holding := _township_holding(canonical, ctx)):
            township = holding  # 在年丰朝鲜族乡新兴村，…受到乡党委表扬: the village's township is the one spoken of
        # Both alias forms open with a bracket: most names have none after them.
        alias = text.startswith(("（", "("), end) and (
            ALIAS_INTRO.match(text, end) or BRACKETED_ABBREVIATION.match(text, end))
        if alias:
            aliases[alias.group(1)] = canonical
        mentions.append(UnitMention(surface, cand.start, end, canonical, kind))
    if special_district:
        mentions = [_with_special_district(m, text, special_district) for m in mentions]
    if MEMBER_UNITS in text:
        # 各乡镇人民政府，县森防指各成员单位：, 各乡镇和县禁毒委成员单位负责同志: the member units of a body, a generic
        # reference (ANNOTATION.md), name no unit; the gold set marks none of the 120 such addressees written since
        # batch 700, and none of the 13 bodies before 成员单位 since batch 1100 (the older marks were brought in line)
        mentions = [m for m in mentions if not text.startswith(MEMBER_UNITS, m.end + text.startswith("各", m.end))]
    if "个人" in text:
        mentions = titles_in_individuals_lists(text, mentions)
    return assign_stance(text, mentions)


MEMBER_UNITS = "成员单位"
# 闽江雄江镇段, 汤旺河乌伊岭镇段, 渠江渠南街道段: a river's or lake's reach named by the township it runs through
REACH_AFTER = ("段", "江段", "河段")
RIVER_ENDS = frozenset("江河湖水溪")


def _past_the_river(text: str, start: int, end: int) -> int:
    """Where the township in `text[start:end]` starts when a river's or lake's name opens the span (舞水|公坪镇段,
    海拉尔河|哈克镇段, 花亭湖|寺前镇段): after the last river ending that leaves a township of two characters or more
    and its 镇 or 乡, or of two or more and 街道 (清水河镇, 三江口镇 stay whole)."""
    level = 2 if text.endswith("街道", start, end) else 1 if text[end - 1 : end] in ("镇", "乡") else 0
    if not level:
        return start
    for at in range(end - level - 3, start - 1, -1):
        if text[at] in RIVER_ENDS:
            return at + 1
    return start


FORMER_NAME_LEVELS = COUNTY_LEVELS + "州盟"  # (州森防办 in 2018 → 黔南布依族苗族自治州森林防火指挥部办公室)


def _former_name(canonical: str, year: int, lex: Lexicon) -> str:
    """The name a county's body bore in `year`, before a reform renamed it (former_names in abbreviations.toml);
    other bodies of the same ending keep theirs (县专职消防大队)."""
    for ending, former, until in lex.former_names:
        level = canonical[-len(ending) - 1 : -len(ending)]
        if year < until and level and level in FORMER_NAME_LEVELS and canonical.endswith(ending):
            return canonical[: -len(ending)] + former
    return canonical


# 六枝特区 names its bodies 特区卫计局, 特区委, 特区人民医院, 神农架林区 its 林区应急管理局: the level is written with two
# characters, not 区. The passes read the 区 as the level (特|区卫计局, resolved with the county like any 区卫计局)
# and the mention then takes the 特 or 林 back.
SPECIAL_DISTRICTS = ("特区", "林区")


def _special_district_as_level(tokens: Sequence[Token], district: str) -> list[Token]:
    split: list[Token] = []
    for token in tokens:
        if token.word.startswith(district):
            split += [Token(district[0], token.start, token.start + 1),
                      Token(token.word[1:], token.start + 1, token.end)]
        else:
            split.append(token)
    return split


def _village_before_its_own_word(tokens: Sequence[Token], freq: dict[str, int]) -> list[Token]:
    """洪溪|村村|微型消防站 as jieba cuts it: after a name it does not know, 村村 ("every village") is the village's
    村 and the 村 of its own station, post or officer (洪溪村|村微型消防站, 各日村|村消防安全员); after any name, where
    the village's own party branch or women's federation follows (榆树|村村|党支部书记, 新建|村村|妇联主席)."""
    split: list[Token] = []
    for index, token in enumerate(tokens):
        following = tokens[index + 1].word if index + 1 < len(tokens) else ""
        if token.word == "村村" and split and split[-1].end == token.start and len(split[-1].word) >= 2 and (
                not freq.get(split[-1].word) or following in VILLAGE_BODIES_AFTER) and all(
                map(CJK.fullmatch, split[-1].word)):
            split += [Token("村", token.start, token.start + 1), Token("村", token.start + 1, token.end)]
        else:
            split.append(token)
    return split


def _with_special_district(mention: UnitMention, text: str, district: str) -> UnitMention:
    start = mention.start - 1
    if mention.type == "person" or start < 0 or not text.startswith(district, start):
        return mention
    return UnitMention(text[start : mention.end], start, mention.end, mention.canonical, mention.type)


VILLAGE_BODIES_AFTER = frozenset({"党", "党支部", "党总支", "妇联", "两委", "委会", "监委会"})
INTO_PLACE = ("进社区", "进村", "进校园", "进学校", "进农村", "进家庭", "进企业", "进机关", "进乡村")
VILLAGE_OWN_WORDS = ("卫生室", "级", "委会", "两委", "干部", "内", "民", "寨", "屯", "疫情", "务", "规", "集体", "党", "医",
                     "禁毒", "网格")
COUNT_BEFORE = re.compile(rf"(?<!第)[{COUNT_DIGITS}]+[余多]?[家处个座所]$")
COUNT_OF_BUSINESSES_AFTER = re.compile(rf"[{COUNT_DIGITS}]+[余多]?家")
COUNT_OF_KINDS_AFTER = re.compile(rf"[{COUNT_DIGITS}]+[余多]?[个座处]")
VILLAGE_BEFORE_TEAM = re.compile(r"(?:村|社区|嘎查)(?=[\u4e00-\u9fff]{2,5}队$)")
TEAMS_COUNTED_AFTER = re.compile(r"[0-9０-９零〇一二两三四五六七八九十百千]+[余多]?支")
COUNT_AT_END = re.compile(rf"[{COUNT_DIGITS}]+[余多]?[处所站队个家座]$")


def _level_of_list(surface: str, previous: UnitMention, start: int, context: CountyContext, township: str | None,
                   aliases: dict[str, str]) -> str:
    """县公安局、交通运输局: a body written without its level in a list after one written with it shares that level."""
    level, kind = previous.text[:1], unit_type(surface)
    if (previous.end != start - 1 or level not in COUNTY_LEVELS or kind not in {"government", "party"}
            or any(ch in LEVEL_CHARS for ch in surface) or any(surface[:k] in place_names() for k in (2, 3, 4))):
        return surface  # (怀化市生态环境局新晃分局, 岱山海事处: a body named with its place)
    if kind == "party" and previous.text[1:2] == "委":
        level += "委"  # 县委宣传部、统战部: the party committee's department
    return canonical_name(level + surface, context, township, aliases)


# A name whose last character jieba took from the word after it, a word for the unit's grounds (恒达炉料厂|厂区内,
# 程记烧饼店|店外经营, 渝西豆豉鱼庄|店外, 区中医院|院区内): the name's endings, its shortest span, what follows.
HEAD_GLUED_TO_GROUNDS = (
    (("厂厂",), 5, ("区", "房", "内", "外")),
    (("庄店", "馆店", "坊店", "铺店", "店店", "城店"), 5, ("外", "内")),
    (("院院",), 4, ("区",)),
)


EACH = "每"  # no name opens with it: 每个液化气供应站 is every one of a kind

# What a village's own committee, people or grounds are written as right after its name (永庆村|村内小卖部): no part of
# a unit's name that runs on from the village
VILLAGE_OWN_AFTER = ("村委会", "村内", "村民")


def _trimmed_tail(text: str, cand: Candidate) -> Candidate:
    """A candidate with a word that belongs after it cut off its end, or a list's enumerator off its start."""
    if cand.kind != "org":
        return cand
    if cand.end - cand.start > 4 and ENUMERATOR.match(text, cand.start):
        # 三是|康泰大药房未落实…, 二是|绛州农贸市场: the enumerator of a numbered finding opens no name (and 二是|农贸市场
        # 每天开展一次清洗消毒 leaves a shop's kind alone, no name: dropped by the caller)
        cand = Candidate(cand.start + 2, cand.end, cand.kind, cand.title)
    if cand.end - cand.start > 4 and text.startswith(lexicon().ranking_groups, cand.start):
        # 街道组|新兴街道、镇组|凤桥镇分别位列第一: the group of a ranking opens no name
        group = next(g for g in lexicon().ranking_groups if text.startswith(g, cand.start))
        if cand.end - cand.start - len(group) >= 3:
            cand = Candidate(cand.start + len(group), cand.end, cand.kind, cand.title)
    if text[cand.start] == "的" and cand.end - cand.start > 3:
        cand = Candidate(cand.start + 1, cand.end, cand.kind, cand.title)  # 双河街道|的蓥城|农贸市场: no name opens with 的
    # (a township, its 的 and a name of three: six characters at least; a shorter span's end - 3 would wrap)
    of = text.find("的", cand.start + 2, cand.end - 3) if cand.end - cand.start >= 6 else -1
    if of != -1 and (township := TOWNSHIP_FORM.search(text, cand.start, of)) and township.end() == of:
        # 柯村镇|的花海|山庄农家乐 as cut: the township and its 的 open no business's name
        cand = Candidate(of + 1, cand.end, cand.kind, cand.title)
    village_end = text.find("村村", cand.start, cand.end) + 1
    if village_end - cand.start >= 3 and text.startswith(VILLAGE_OWN_AFTER, village_end):
        # 东京城镇永庆村|村内小卖部, 长巷乡南高庄村|村民办喜宴, 南山镇芒海村|村委会门前: the village, then its own
        return Candidate(cand.start, village_end, cand.kind, cand.title)
    if cand.end - cand.start >= 5 and text.endswith("委常委会", cand.start, cand.end) and not text.endswith(
            "人大常委会", cand.start, cand.end):
        # 县委|常委会会议: the standing committee's meeting is the party committee's (人大常委会 is a body of its own)
        return Candidate(cand.start, cand.end - 3, cand.kind, cand.title)
    if cand.end - cand.start > 5 and text[cand.end - 1] == "队" and (
            place := VILLAGE_BEFORE_TEAM.search(text, cand.start, cand.end)) and (
            (crew := text[place.end() : cand.end]) in lexicon().not_heads
            or crew[:1] == "村" == place.group() and crew[1:] in lexicon().not_heads):
        # 大黑山村|扑火队灭火器材未配齐: a village's crew; the village is the unit (新寨村|村义务消防队: the crew's
        # 村 repeats the village's)
        return Candidate(cand.start, place.end(), cand.kind, cand.title)
    if cand.end - cand.start > 3 and text.endswith(("小学校", "中学校"), cand.start, cand.end) and text.startswith(
            ("领导", "园"), cand.end):
        # 县实验小学|校领导陪餐, 天涯小学|校园内: the school's leaders, its grounds
        return Candidate(cand.start, cand.end - 1, cand.kind, cand.title)
    if cand.end - cand.start > 4 and text.endswith(("村村屯", "村村部"), cand.start, cand.end):
        # 红旗村|村屯周边, 壁虎村|村部周边: the village's hamlets, its office
        return Candidate(cand.start, cand.end - 2, cand.kind, cand.title)
    if cand.end - cand.start > 5 and text.endswith("社区社区", cand.start, cand.end):
        return Candidate(cand.start, cand.end - 2, cand.kind, cand.title)  # 溪南社区|社区河长: the community's own
    if any(cand.end - cand.start >= shortest and text.endswith(endings, cand.start, cand.end)
           and text.startswith(after, cand.end) for endings, shortest, after in HEAD_GLUED_TO_GROUNDS):
        return Candidate(cand.start, cand.end - 1, cand.kind, cand.title)
    if cand.end - cand.start > 3 and text.endswith("村村", cand.start, cand.end) and (
            text.startswith(VILLAGE_OWN_WORDS, cand.end) or _village_name_length(text, cand.start, cand.end - 2) >= 2):
        # 南好村|村卫生室, 大坪村|村级, 韩家墅村|村内: a village's name written right before 村卫生室, 村级 or 村内
        # holds one 村 (新村村, 砂村村 are villages' names); so does one before 村疫情防控卡口, 村务, 村规民约; and a
        # village named by two characters or more before 村村 ends at the first (清河村|村防溺水巡查员: the gold's
        # villages ending 村村 are all 砂村村, 新村村, 中村村)
        return Candidate(cand.start, cand.end - 1, cand.kind, cand.title)
    return cand


def _village_name_length(text: str, start: int, end: int) -> int:
    """Characters of a village's name from `start` (or from after a township's word) to `end`, before its 村."""
    opening = start
    for word in ("镇", "乡", "街道"):
        if (at := text.rfind(word, start, end)) != -1:
            opening = max(opening, at + len(word))
    return end - opening


def _closes_no_name(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """The organisation candidate text[start:end] is no name for what comes right before or after it."""
    return bool(
        COUNT_AT_END.search(text, start, end)  # 规范摊点一百四十余处: a count's measure word closes no name
        # 辖区3家馒头作坊: what follows a count is a kind of thing, unless it is a known name (100多个联合国成员国)
        or COUNT_BEFORE.search(text, max(0, start - 8), start) and text[start:end] not in lex.known_orgs
        # 规范农家乐16家, 初制茶厂一百二十余家: a kind of shop or business, then how many of them (检查企业5家、
        # 燃气供应站2个: counted by 个, 座 or 处 too in a list of kinds)
        or (COUNT_OF_BUSINESSES_AFTER.match(text, end) is not None
            or text[start - 1 : start] == "、" and COUNT_OF_KINDS_AFTER.match(text, end) is not None)
        and text[start:end] not in lex.known_orgs and text.endswith(lex.business_heads, start, end)
        # 春季村|庄清洁行动, 落实村|级供水管理员: the 村 of 村庄 or 村级 ends no village's name
        or text[end - 1] == "村" and text.startswith(("庄", "级"), end)
        or text.endswith(("镇镇", "乡乡"), start, end) and text.startswith("村", end)  # 水阳镇|镇村干部: cadres
        or text.endswith("夜市", start, end) and text.startswith("摊", end)  # 规划夜市|摊位: a night market's stalls
        or text[end - 1] in "站摊" and text.startswith("点", end)  # 再生资源回收站|点136个, 烧烤摊|点: 站点, 摊点
        or text.endswith("烧烤", start, end) and text.endswith("在", 0, start)  # 在林缘空地烧烤: barbecuing somewhere
        # 组建河道保洁队6支: teams of a kind, then how many of them
        or text[end - 1] == "队" and TEAMS_COUNTED_AFTER.match(text, end) is not None
        and text[start:end] not in lex.known_orgs
        # 沿江乡|镇 as cut: townships in general (乡镇), no 乡 of the name (肥乡镇, 东乡镇 are townships)
        or _generic_townships(text, start, end - (text[end - 1] == "镇"))
        # 坊前镇卫生院进社区讲座, 健康知识讲座进社区: an activity taken to a place, no unit (the body before is one)
        or _taken_into_place(text, start, end))


def _generic_townships(text: str, start: int, end: int) -> bool:
    """text[start:end] ends in the 乡 of 乡镇 or the 苏木 of 苏木镇 (townships in general) after a word of its own
    (沿江乡|镇, 沿黄苏木|镇 as cut), no township named X乡镇 being written there (肥乡镇, 良乡镇: one character before
    乡镇)."""
    level = next((w for w in ("乡", "苏木") if text.endswith(w, start, end)), None)
    return (level is not None and text.startswith("镇", end) and end - start >= 2 + len(level)
            and not any(text[k : end + 1] in place_names() for k in range(max(0, end - 6), end - len(level))))


def _taken_into_place(text: str, start: int, end: int) -> bool:
    """坊前镇卫生院进社区, 健康知识讲座进社区: an activity taken somewhere (前进村, 跃进村 are villages' names)."""
    into = next((e for e in INTO_PLACE if text.endswith(e, start, end)), None)
    return into is not None and end - len(into) > start and text[end - len(into) - 1] not in "前先跃奋促推增精上引"


def _before_branch_title(cand: Candidate, text: str) -> bool:
    return text[cand.end - 1] == "党" and text.startswith(("支部", "总支"), cand.end)


def _counted_kind(text: str, start: int, end: int) -> bool:
    """十所学校, 3个社区: a numeral and a measure word open a count of a kind, no name (五家渠, 八所镇 and 七个星镇
    are places' names)."""
    return (end - start > 2 and text[start] in NUMERAL_CHARS_AND_DIGITS and text[start + 1] in "所个座名位处"
            and not any(text[start:k] in place_names() for k in range(start + 3, min(end, start + 6) + 1)))


def _kinds_joined_or_placed(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """对景区、宾馆民宿、农贸市场…开展检查: two kinds of business written together; 县农业农村局对沿河畜禽养殖场…: a
    kind named by where it lies. Neither is a name."""
    if end - start > MAX_JOINED_KINDS:
        return False
    kinds = lex.shop_heads
    place = next((w for w in lex.place_words_before_kinds if text.startswith(w, start)), None)
    if place is not None:
        rest = text[start + len(place) : end]
        return rest in lex.business_kinds or rest in kinds
    # (渔家乐饭庄, 海鲜楼酒家: one business's name of two kinds, unless a list of kinds holds it)
    listed = text[start - 1 : start] == "、" or text[end : end + 1] == "、"
    return listed and any(text[start:k] in kinds and text[k:end] in kinds for k in range(start + 2, end - 1))


MAX_JOINED_KINDS = 8


CREW_PLACE = re.compile(r".{2,}?(?:镇|乡|街道|村|社区)(?=[^镇乡村]|$)")


def _team_as_its_place(cand: Candidate, text: str, ctx: CountyContext | None, lex: Lexicon) -> Candidate | None:
    """洪渡镇护渔队, 广兴镇唐家寺村老人保洁队: a crew named by its work (`crews`) is no unit (the gold set marks 2 of the
    67 such names found, when this was written), the township or village it is of is one; a crew named with its
    county (福清市蓝天救援队) stays."""
    name = text[cand.start : cand.end]
    if cand.kind != "org" or not name.endswith(lex.crews) or ctx is not None and name.startswith(ctx.county):
        return cand
    places = [m.end() for m in CREW_PLACE.finditer(name)]
    place = max(places, default=0)
    return Candidate(cand.start, cand.start + place, cand.kind) if place >= 3 else None


def _ethnic_townships_in_general(text: str, start: int, end: int, ctx: CountyContext | None, lex: Lexicon) -> bool:
    """各镇人民政府、瑶族乡人民政府: the peoples and 乡 with no name before them are the ethnic townships in general (瑶安
    瑶族乡 is one of them), alone or with their government; unless the county has a township of that name (扎兰屯市
    达斡尔民族乡)."""
    people = lex.ethnic_township.match(text, start)
    if people is None or not (people.end() == end or text.startswith(("人民政府", "政府"), people.end())
                              and text.endswith("政府", start, end)):
        return False
    name = people.group()
    return name not in (township_forms(ctx.county, ctx.prefecture).by_form if ctx else place_names())


def _township_and_kind(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """洋山镇|海鲜排档区…, 盖德镇有济村|家庭作坊…: a township or a village and a kind of business in it, no name (the
    township or village is the unit; but a market is named by its township, 龙山镇牛羊交易市场, a fishing village's
    name may open a restaurant's, 海港渔村大排档, and 雪乡农家院 is named by no township)."""
    return not text.endswith("市场", start, end) and any(
        text.endswith(kind, start, end) and end - len(kind) - start >= 3
        and (TOWNSHIP_FORM.search(text, start, end - len(kind)) or text.endswith(("村", "社区"), start, end - len(kind))
             and not text.endswith(("渔村", "度假村"), start, end - len(kind)))  # (海港渔村大排档: a name)
        for kind in lex.business_kinds_by_last.get(text[end - 1], ()))


TOWNSHIP_BODIES = ("人民政府", "政府", "党委")


def _every_township_s_body(text: str, start: int) -> bool:
    """各街道办事处、镇人民政府, 各乡、镇人民政府, 各镇|乡人民政府, 各沿海|镇人民政府: a township's body named by its
    level alone, in a list opened by 各 or a few characters after it, is every township's."""
    if text[start : start + 1] not in ("镇", "乡") or not text.startswith(TOWNSHIP_BODIES, start + 1):
        return False
    if (every := text.rfind("各", max(0, start - 3), start)) != -1 and text[every:start].isalpha():
        return True
    if text[start - 1 : start] != "、":
        return False
    opening = max(text.rfind(mark, 0, start) for mark in CLAUSE_OPENING_MARKS) + 1
    return text.startswith("各", opening)


LEVELS_BEFORE_LEVEL = ("街道、", "街", "区", "场")


def _level_closing_levels(text: str, start: int) -> bool:
    """各街镇农贸市场, 各区镇农贸市场, 各街道、镇农贸市场, 场镇农贸市场 (a town's centre): a 镇 or 乡 that closes a
    word of levels or a list of them stands for no township named before, so what it opens is no unit."""
    return text[start : start + 1] in ("镇", "乡") and text.endswith(LEVELS_BEFORE_LEVEL, 0, start)


SOME_OF = "部分"


def _opens_inside_a_word(text: str, start: int) -> bool:
    """A name cannot start at `start`: right after a numeral on its measure word or its 余 (18家|镇卫生院,
    2300余人|下沉社区, 2支|驻村工作队, 6条|主街道), at 分 of 部分 or 中 of 其中 (其|中城镇为31.2%), nor at 部分 itself
    (和部|分乡镇: jieba glued 和 to 部分's 部; 夷陵区|分乡镇 is a town)."""
    if text.startswith(SOME_OF, start):
        return True
    if start == 0:
        return False
    before, first = text[start - 1], text[start]
    return before in NUMERAL_CHARS_AND_DIGITS and first in "家个所座名位处余多支条" or before + first in ("部分", "其中")


def _is_subsequence(short: str, long: str) -> bool:
    chars = iter(long)
    return all(ch in chars for ch in short)


KIND_ALONE = frozenset({"指挥部", "领导小组"})  # 区指挥部: the story's command named by its kind alone
COMMAND_ENDINGS = ("指挥部", "指挥部办公室", "领导小组", "领导小组办公室")
GROUP_OFFICE = "领导小组办公室"  # a leading group's office, whose full name a story may word its own way


# 县创卫办 in a story of a county seeking the province's title (创建省级卫生县城) is that campaign's office: the table's
# expansion names the national one. In the gold, 296 of 297 such short forms are the province's.
NATIONAL_CAMPAIGN, PROVINCIAL_CAMPAIGN = "创建国家卫生", "创建省级卫生"
PROVINCIAL_TITLE = re.compile(r"省级卫生(?:县城|城市|区)")
NATIONAL_TITLE = re.compile(r"国家卫生(?:县城|城市|区)")


def _provincial_campaign(text: str) -> bool:
    """Whether the story names the province's sanitary title and never the nation's."""
    return PROVINCIAL_TITLE.search(text) is not None and NATIONAL_TITLE.search(text) is None


def _earlier_full_form(surface: str, canonical: str, earlier: list[UnitMention], context: CountyContext | None) -> str:
    """县城管局 after 长宁县城市管理和综合执法局 in the same story is that body, not the table's 城市管理局."""
    if context is None or surface[:1] != context.county[-1:] or len(surface) > 8 and not (
            len(surface) <= 12 and surface.endswith(COMMAND_ENDINGS)):
        # (市综合执法局 in a district is the city's, whatever the district's own body is called; a command's short
        # name may be long: 区疫情防控指挥部办公室)
        return canonical
    unquoted = canonical.replace("“", "").replace("”", "") if "“" in canonical else None
    if unquoted and any(m.text == m.canonical == unquoted for m in earlier):
        return unquoted  # 市治水办 after the issuer 桐乡市五水共治工作领导小组办公室: the story's name, without the quotes
    body = surface[1:]
    # 区三防指挥部 or 区三防指 after 武江区三防指挥部 or its 办公室 written in the story: the story's own wording, not the
    # table's (防汛防旱防风指挥部)
    own = context.county + (body[:-1] + "指挥部" if body.endswith("指") else body)
    if own != canonical and any(m.text == m.canonical and m.canonical in (own, own + "办公室") for m in earlier):
        return own
    # An office the tables do not know (县防火办) may shorten any words of its name; a known one keeps its first.
    unknown_office = body.endswith("办") and canonical == context.county + body
    for written, full in ((m.text, m.canonical) for m in earlier):
        if full == canonical or not full.startswith(context.county) or full == context.county:
            continue  # (a mention named as the county itself has no body to compare)
        full_body = full[len(context.county) :]
        command = full_body[: -len("办公室")] if full_body.endswith("办公室") else ""
        if written == full and command and body.endswith(("指挥部", "领导小组")) and (
                body in KIND_ALONE or command.endswith(body[-3:]) and _is_subsequence(body, command)):
            # 县指挥部, 区疫情防控指挥部 after the issuer 来凤县新冠肺炎疫情防控指挥部办公室: the command whose office
            # that is
            return full[: -len("办公室")]
        ends_alike = (full_body[-1] == body[-1] or body.endswith("办") and full_body.endswith("办公室")  # 创文办
                      or body.endswith("指") and full_body.endswith("指挥部"))  # 森防指 after …森林防灭火指挥部
        # (县人居办 after …县改善农村人居环境工作领导小组办公室: its words written whole in a full form of the table's
        # kind will do; 县文明办 is no 创建文明城市工作指挥部办公室)
        # 县环治办 after the issuer 双峰县城乡环境卫生综合整治工作领导小组办公室: a leading group's office that opens and
        # ends as the table's does, in the story's own wording
        same_group = (written == full and full.endswith(GROUP_OFFICE) and canonical.endswith(GROUP_OFFICE)
                      and full_body[:2] == canonical[len(context.county) : len(context.county) + 2])
        # (a known office whose table name opens otherwise, 县文明办 → 精神文明建设…, is not told by its first word
        # alone from a body of another kind: 市文明办 after 锡林浩特市文明城市创建工作指挥部办公室 is no such office)
        first_word = full_body[0] == body[0] and (unknown_office or canonical[len(context.county) :][:1] == body[0]
                                                  or full[-6:] == canonical[-6:])
        if (len(full_body) > len(body) and (first_word or unknown_office or same_group or (
                len(body) >= 3 and body[:-1] in full_body and (
                    full[-6:] == canonical[-6:]
                    # 县禁烧办 after …秸秆禁烧工作指挥部办公室 written in full: the table's name but for its kind of
                    # office (a name expanded from the same short form is no evidence)
                    or written == full and len(commonprefix((full_body, canonical[len(context.county) :]))) >= 6
                    # 县河长办 after …全面推行河长制工作领导小组办公室 written in full: it holds the table's 河长制
                    or written == full and canonical.endswith("办公室")
                    and canonical[len(context.county) : -3] in full_body))
                # 区疫情防控指挥部 after 柳南区新冠肺炎疫情防控工作指挥部 written in full: a long short name whose
                # every character and last word the full name holds; 区指挥部 after it: the body's kind alone
                or written == full and (len(body) >= 5 or body in KIND_ALONE) and full_body.endswith(body[-3:]))
                and ends_alike and (_is_subsequence(body, full_body) or same_group and body.endswith("办"))):
            # (县禁放办 after the issuer 巴彦县烟花爆竹安全管理工作领导小组办公室: the same group's office, in words
            # the short name does not hold)
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


RIVERSIDE_TOWNSHIPS = re.compile(r"(?P<stem>沿.)(?P<level>镇|乡|街道|村)")
SECOND_LEVEL = re.compile(r"[（(](?:镇|乡|街道)[)）]")


def _along_in_general(text: str, start: int, end: int, ctx: CountyContext | None, lex: Lexicon) -> bool:
    """沿江镇（街道）, 沿海街道: the towns and streets along the river or the coast, no township's name. Written with
    a second level in brackets they are always so; a street so named is a place only where the county's gazetteer
    has it (城中区沿江街道). A town or 乡 stays a place (嘉荫县沿江乡, which the gazetteer lacks). A village so named
    is one only after its township (漭水镇沿河村): alone it is the villages along the river (每个沿河村确定巡堤员; but
    江边街道在沿江社区召开…: a community so named is a place)."""
    m = RIVERSIDE_TOWNSHIPS.fullmatch(text, start, end)
    if m is None or m.group("stem") not in lex.riverside_stems:
        return False
    if SECOND_LEVEL.match(text, end) or m.group("level") == "村":
        return True
    return m.group("level") == "街道" and (
        ctx is None or m.group("stem") not in township_forms(ctx.county, ctx.prefecture).by_form)


def _before_role(c: Candidate, phrases: list[tuple[int, int]], text: str) -> Candidate:
    """陈集镇沈圩村|原村委会主任沈某某: a village whose name runs on into the role phrase after it ends where the role
    begins (the committee belongs to its head's title)."""
    for s, e in phrases:
        if c.start < s < c.end <= e and names_a_village(text[c.start : s]):
            return Candidate(c.start, s, c.kind, c.title)
    return c


def _title_after_business(person: Candidate, orgs: list[Candidate], text: str, lex: Lexicon) -> Candidate:
    """鑫达洗砂场|负责人鄂某某, 刘家活禽店|店主: a business named right before a role is a unit of its own, and the
    person's title is the role after it, where the role phrase began inside the business's name."""
    phrase_start = person.start - len(person.title or "")
    if not person.title or text[phrase_start : person.start] != person.title:
        return person  # (a name met again carries the title written before it earlier)
    # (but 作坊|主: a role made of the business's head and one character more is the whole role's)
    business = next((c for c in orgs if c.start < phrase_start < c.end < person.start - 1
                     and text.endswith(lex.business_heads, c.start, c.end)), None)
    if business is None:
        return person
    return Candidate(person.start, person.end, person.kind, text[business.end : person.start])


def _trim_after_person(cand: Candidate, persons: list[Candidate], text: str) -> Candidate:
    """陈红到县疾控中心: an organisation never starts inside a person's name or the verb after it."""
    for person in persons:
        if cand.start < person.end < cand.end and person.start >= cand.start:
            start = person.end
            while start < cand.end and text[start] in FUNCTION_CHARS:
                start += 1
            return Candidate(start, cand.end, cand.kind, cand.title)
    return cand


# 阿福小笼馆|店外, 羊杂馆|店外: the 店 of 店外 glued to a shop already closed by its own head; 实验小学|校门口: the 校 of
# 校门 glued to a school; 红星村|村“两委”: the 村 of the village's committees glued to the village
GLUED_PLACE_WORD = re.compile(r"(?<=[馆铺行坊])店(?=[外内前门])|(?<=[小中]学)校(?=门)|(?<=村)村(?=[“‘\"]?两委)")


def _without_part(cand: Candidate, text: str, lex: Lexicon) -> Candidate:
    """…果业有限公司冷库, 仁爱医院口腔科: a unit's part after its name is no part of the unit's name (`unit_parts`)."""
    part = lex.unit_part.search(text, cand.start, cand.end)
    if part is None or part.start(1) - cand.start < 3:
        return cand
    return Candidate(cand.start, part.start(1), cand.kind, cand.title)


def _trim_glued_place_word(cand: Candidate, text: str) -> Candidate:
    if cand.end - cand.start > 3 and GLUED_PLACE_WORD.match(text, cand.end - 1):
        return Candidate(cand.start, cand.end - 1, cand.kind, cand.title)
    return cand


TOWNSHIP_BEFORE_VILLAGE = re.compile(r"(.{2,}?(?:街道|镇|乡|苏木))(?=.+(?:村|社区|嘎查)$)")


def _township_holding(canonical: str, context: CountyContext | None) -> str | None:
    """The township a village or community is named with (铁力市年丰朝鲜族乡新兴村 → 年丰朝鲜族乡), if any."""
    name = _township_name(canonical, context)
    match = TOWNSHIP_BEFORE_VILLAGE.match(name) if name and context and canonical.startswith(context.county) else None
    return match.group(1) if match else None


def _township_name(canonical: str, context: CountyContext | None) -> str | None:
    if context and canonical.startswith(context.county):
        return canonical[len(context.county) :] or None
    return canonical


def _quoted_honour(text: str, start: int, end: int, lex: Lexicon) -> bool:
    """被评为“平安车站”: a name that fills the quotes after an honour's verb is the honour, not a unit."""
    if not (text.startswith("”", end) and start >= 1 and text[start - 1] == "“"):
        return False
    opening = start - 1
    level = next((q for q in lex.honour_levels if text.endswith(q, 0, opening)), "")  # 被评为市级“…”
    return text.endswith(lex.honour_verbs, 0, opening - len(level))


WORKSHOP = "作坊"
# jieba's tags of words that name what a workshop makes or how (米粉, 青瓷, 加工, 家庭), not a workshop's own name
KIND_TAGS = frozenset({"n", "vn", "v", "ng", "b", "a", "l", "f", "m", "q", "d", "uj", "r"})


def _workshop_of_a_kind(tokens: list[WordToken], text: str, c: Candidate) -> bool:
    """米粉作坊, 青瓷作坊, 家庭木工作坊: a workshop named only by what it makes is a kind, not a unit (福满园作坊 is one)."""
    if not text.endswith(WORKSHOP, c.start, c.end) or c.end - c.start <= len(WORKSHOP):
        return False
    inside = [t for t in tokens if c.start <= t.start and t.end <= c.end - len(WORKSHOP)]
    covered = sum(t.end - t.start for t in inside) == c.end - len(WORKSHOP) - c.start
    return covered and all(t.tag in KIND_TAGS for t in inside)


def _inside_book_title(text: str, start: int, end: int) -> bool:
    opening = text.rfind("《", 0, start)
    return opening != -1 and text.rfind("》", opening, start) == -1 and text.find("》", end) != -1 and (
        text.find("》", end) - opening < 60
    )
