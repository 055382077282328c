"""The unit extractor's vocabulary, loaded once from the TOML files in `nlp/dicts` and jieba's dictionary."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import jieba

from nlp.gazetteer import load_gazetteer
from nlp.patterns import OpenedPattern, literal_alternation
from nlp.segment import NUMERALS, load_toml, project_words


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
    business_facility_heads: frozenset[str]
    unit_facilities: frozenset[str]
    generic_township_words: frozenset[str]
    ethnic_township: re.Pattern[str]  # the peoples and 乡 closing an ethnic township's name (彝族乡, 鄂伦春民族乡)
    honour_verbs: tuple[str, ...]
    honour_levels: tuple[str, ...]
    branch_parents: tuple[str, ...]
    chain_endings: tuple[str, ...]
    branch_places: tuple[str, ...]
    branch_ending: re.Pattern[str]  # a place and one of `branch_endings` in org_suffixes.toml
    branch_in_tail: re.Pattern[str]  # a name of two characters or more closed by the first of `branch_heads`
    kind_words: tuple[str, ...]
    field_named_heads: frozenset[str]
    not_heads: frozenset[str]
    business_kinds: frozenset[str]
    unit_parts: tuple[str, ...]
    unit_part: re.Pattern[str]  # a unit's name closed by one of `unit_part_owners`, then one of `unit_parts`
    place_words_before_kinds: tuple[str, ...]  # 沿河|畜禽养殖场: where a kind of business lies, no name's opening
    business_kinds_by_last: dict[str, tuple[str, ...]]  # the kinds by their last character
    generic_bodies: frozenset[str]
    crews: tuple[str, ...]  # crews named by their work (护渔队): no units
    generic_modifiers: frozenset[str]
    school_forms: frozenset[str]
    abstract_modifiers: dict[str, frozenset[str]]  # head word -> words before it that make it a notion
    shop_heads: frozenset[str]
    shop_followers: tuple[str, ...]
    household_businesses: frozenset[str]
    trade_words: frozenset[str]
    word_like_county_stems: frozenset[str]
    village_name_verbs: frozenset[str]
    riverside_stems: frozenset[str]
    honour_words: re.Pattern[str]  # place_honorifics of two characters and more, as one pattern
    bodies: dict[str, str]
    local: dict[str, str]
    local_short_only: frozenset[str]  # local forms expanded only when written with the level character alone
    provincial_forms: dict[str, tuple[tuple[str, str], ...]]  # province -> (usual expansion, its own wording)
    former_names: tuple[tuple[str, str, int], ...]  # (later ending, former ending, first year of the later)
    type_endings: tuple[tuple[str, str], ...]  # longest first
    max_type_ending: int
    type_ending_map: dict[str, str]
    type_prefixes: tuple[tuple[str, str], ...]
    default_type: str
    titles: frozenset[str]
    weak_titles: frozenset[str]
    private_roles: frozenset[str]
    common_surnames: frozenset[str]
    surnames: frozenset[str]
    compound_surnames: tuple[str, ...]
    yi_surnames: frozenset[str]
    after_name_words: tuple[str, ...]
    after_name_words_of_two: tuple[str, ...]  # those of two characters or more (出席, 要求, 每天): words, not marks
    nameless_role_followers: tuple[str, ...]
    nameless_role_words: tuple[str, ...]  # those of two characters or more: no name opens with one (巡河率达)
    gauge_readings: tuple[str, ...]
    deeds_in_no_name: tuple[str, ...]
    ranking_groups: tuple[str, ...]
    markets_named_by_two: OpenedPattern
    not_market_names: frozenset[str]
    heads_of_bodies: dict[str, tuple[str, ...]]  # a role -> the endings of the bodies it heads
    anonymised_roles: tuple[str, ...]  # longest first
    roles_apart_from_township: frozenset[str]  # …that take no township before them into the title
    origins_before_roles: frozenset[str]  # 外地|船员: where a person comes from, no part of the role
    glued_role_endings: frozenset[str]  # 作坊|主雷|某某: a role's last character jieba glued to the family name
    roles_before_names: frozenset[str]  # roles that are one only right before a name (志愿者)
    roles_apart_from_place: frozenset[str]  # grassroots posts the place before stands apart from
    posts_apart_from_school: frozenset[str]  # staff posts the school before stands apart from
    roles_apart_from_business: frozenset[str]  # roles the business before stands apart from (店主)
    post_fields: frozenset[str]  # what a grassroots post looks after, part of its title (燃气|安全员)
    collective_roles: tuple[str, ...]
    group_after_joined_role: re.Pattern[str]  # a group joined to a role by 和 (和包村干部), right after the 和
    given_name_endings: frozenset[str]
    listed_name: re.Pattern[str]
    not_name_endings: frozenset[str]
    minority_name_endings: frozenset[str]
    minority_name_openings: tuple[str, ...]
    ambiguous_surnames: frozenset[str]
    place_honorifics: frozenset[str]
    word_tags: dict[str, str]
    verbs_not_places: frozenset[str]
    manner_adverbs: frozenset[str]  # 依法, 立即: with a verb after them jieba may make one word (依法取缔)
    company_name_verbs: frozenset[str]
    body_name_verbs: frozenset[str]
    company_heads: frozenset[str]
    state_brands: tuple[str, ...]  # brands of state companies written before a county's name (国网叶县供电公司)
    business_heads: tuple[str, ...]  # shop_heads and company_heads, sorted: one key for a pattern, a tuple for endswith
    longest_business_head: int
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


def _markets_named_by_two(heads: list[str]) -> OpenedPattern:
    """A two-character name and a market's ending where a clause, a list item or a finding opens."""
    openings = [("，,。；;：:、\n（(“）)",), ("一二三四五六七八九十", "是"), ("0-9０-９", "．")]
    return OpenedPattern(r"([\u4e00-\u9fff]{2})(?:" + literal_alternation(heads) + ")", openings, at_start=True)


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
    for line in (Path(__file__).parents[1] / "dicts" / "campaign_terms.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if len(parts) == 3:
            tags[parts[0]] = parts[2]
    for title in titles["titles"]:
        tags[title] = "title"
    for verb in suffixes["verbs_not_places"]:
        tags[verb] = "v"
    for noun in suffixes["nouns_not_places"]:
        tags[noun] = "n"
    endings = tuple(suffixes["heads"]) + tuple(suffixes["head_words"])
    # jieba's nt words include phrases (统一安排); only those that end like an organisation count.
    not_endings = tuple(w for w in suffixes["not_heads"] if len(w) >= 2)  # 中美关系 is nt to jieba
    known = {w for w, t in tags.items() if t == "nt" and w.endswith(endings) and not w.endswith(not_endings)}
    known |= {w for w, t in tags.items() if t == "nt" and len(w) >= 3 and w.endswith(tuple(suffixes["nt_endings"]))
              and not w.endswith(not_endings)}
    local = abbreviations["local"] | abbreviations["local_short_only"]  # the short-only forms are local forms too
    business_heads = set(suffixes["shop_heads"]) | set(suffixes["company_heads"])
    known |= {k for k in abbreviations["bodies"] if k[0] not in NUMERALS} | set(local)
    # a banner's or a district's own bodies are written as a county's are (旗委, 区纪委监委)
    known |= {level + k[1:] for k in local if k.startswith("县") for level in "旗区"}
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
        business_facility_heads=frozenset(suffixes["business_facility_heads"]),
        unit_facilities=frozenset(suffixes["unit_facilities"]),
        generic_township_words=frozenset(suffixes["generic_township_words"]),
        ethnic_township=re.compile("(?:(?:{0})族)+乡|(?:{0})民族乡".format(
            literal_alternation(suffixes["ethnic_groups"]))),
        honour_verbs=tuple(suffixes["honour_verbs"]),
        honour_levels=tuple(suffixes["honour_levels"]),
        branch_parents=tuple(suffixes["branch_parents"]),
        chain_endings=tuple(suffixes["chain_endings"]),
        branch_places=tuple(suffixes["branch_places"]),
        branch_ending=re.compile(
            r"[\u4e00-\u9fff]{2,4}?(?:" + "|".join(map(re.escape, suffixes["branch_endings"])) + ")"),
        kind_words=tuple(suffixes["kind_words"]),
        field_named_heads=frozenset(suffixes["field_named_heads"]),
        not_heads=frozenset(suffixes["not_heads"]),
        business_kinds=frozenset(suffixes["business_kinds"]),
        unit_parts=tuple(suffixes["unit_parts"]),
        unit_part=re.compile("(?:{})({})$".format(literal_alternation(suffixes["unit_part_owners"]),
                                                 literal_alternation(suffixes["unit_parts"]))),
        place_words_before_kinds=tuple(suffixes["place_words_before_kinds"]),
        business_kinds_by_last=_by_last(suffixes["business_kinds"]),
        generic_bodies=frozenset(suffixes["generic_bodies"]),
        crews=tuple(suffixes["crews"]),
        generic_modifiers=frozenset(suffixes["generic_modifiers"]),
        school_forms=frozenset(suffixes["school_forms"]),
        abstract_modifiers={head: frozenset(words) for head, words in suffixes["abstract_modifiers"].items()},
        shop_heads=frozenset(suffixes["shop_heads"]),
        shop_followers=tuple(suffixes["shop_followers"]),
        household_businesses=frozenset(suffixes["household_businesses"]),
        trade_words=frozenset(suffixes["trade_words"]),
        word_like_county_stems=frozenset(suffixes["word_like_county_stems"]),
        village_name_verbs=frozenset(suffixes["village_name_verbs"]),
        riverside_stems=frozenset(suffixes["riverside_stems"]),
        honour_words=re.compile("|".join(sorted((re.escape(w) for w in suffixes["place_honorifics"] if len(w) >= 2),
                                                key=len, reverse=True))),
        bodies=dict(abbreviations["bodies"]),
        local=local,
        local_short_only=frozenset(abbreviations["local_short_only"]),
        provincial_forms={province: tuple(forms.items())
                          for province, forms in abbreviations.get("provincial_forms", {}).items()},
        former_names=tuple((ending, former["name"], former["until"])
                           for ending, former in abbreviations.get("former_names", {}).items()),
        type_endings=tuple(sorted(types["endings"].items(), key=lambda kv: len(kv[0]), reverse=True)),
        max_type_ending=max(len(k) for k in types["endings"]),
        type_ending_map=dict(types["endings"]),
        type_prefixes=tuple(types.get("prefixes", {}).items()),
        default_type=types["default"],
        titles=frozenset(titles["titles"]),
        weak_titles=frozenset(titles["weak_titles"] + titles["private_roles"] + titles["roles_apart_from_place"]
                              + titles["roles_before_names"]),
        private_roles=frozenset(titles["private_roles"]),
        common_surnames=frozenset(titles["common_surnames"].replace("\n", "")),
        surnames=frozenset(titles["surnames"]),
        compound_surnames=tuple(titles["compound_surnames"]),
        yi_surnames=frozenset(titles["yi_surnames"]),
        after_name_words=tuple(titles["after_name_words"]),
        after_name_words_of_two=tuple(word for word in titles["after_name_words"] if len(word) >= 2),
        nameless_role_followers=tuple(titles["nameless_role_followers"]),
        nameless_role_words=tuple(word for word in titles["nameless_role_followers"] if len(word) >= 2),
        gauge_readings=tuple(suffixes["gauge_readings"]),
        deeds_in_no_name=tuple(suffixes["deeds_in_no_name"]),
        ranking_groups=tuple(suffixes["ranking_groups"]),
        markets_named_by_two=_markets_named_by_two(suffixes["markets_named_by_two"]),
        not_market_names=frozenset(suffixes["not_market_names"]),
        heads_of_bodies={role: tuple(bodies) for role, bodies in titles["heads_of_bodies"].items()},
        anonymised_roles=tuple(sorted(titles["anonymised_roles"], key=len, reverse=True)),
        roles_apart_from_township=frozenset(titles["roles_apart_from_township"]),
        origins_before_roles=frozenset(titles["origins_before_roles"]),
        glued_role_endings=frozenset(titles["glued_role_endings"]),
        roles_before_names=frozenset(titles["roles_before_names"]),
        roles_apart_from_place=frozenset(titles["roles_apart_from_place"]),
        posts_apart_from_school=frozenset(titles["posts_apart_from_school"]),
        roles_apart_from_business=frozenset(titles["roles_apart_from_business"]),
        post_fields=frozenset(titles["post_fields"]),
        collective_roles=tuple(titles["collective_roles"] + titles["private_roles"]),
        group_after_joined_role=re.compile(
            r"[\u4e00-\u9fff]{0,5}?(?:" + literal_alternation(titles["groups_after_joined_role"]) + ")"),
        given_name_endings=frozenset(titles["given_name_endings"]),
        # the last name of a list ends before a conjunction or one of `after_name_words`
        listed_name=re.compile(
            r"、([\u4e00-\u9fff]{2,4}?)(?=和|" + "|".join(map(re.escape, titles["after_name_words"])) + ")"),
        not_name_endings=frozenset(titles["not_name_endings"]),
        minority_name_endings=frozenset(titles["minority_name_endings"]),
        minority_name_openings=tuple(sorted(titles["minority_name_openings"], key=len, reverse=True)),
        ambiguous_surnames=frozenset(titles["ambiguous_surnames"]),
        place_honorifics=frozenset(suffixes["place_honorifics"]),
        word_tags=tags,
        verbs_not_places=frozenset(suffixes["verbs_not_places"]),
        manner_adverbs=frozenset(suffixes["manner_adverbs"]),
        company_name_verbs=frozenset(suffixes["company_name_verbs"]),
        body_name_verbs=frozenset(suffixes["body_name_verbs"]),
        company_heads=frozenset(suffixes["company_heads"]),
        state_brands=tuple(sorted(suffixes["state_brands"], key=len, reverse=True)),
        business_heads=tuple(sorted(business_heads)),
        longest_business_head=max(map(len, business_heads)),
        known_orgs=frozenset(known - set(suffixes["generic_bodies"]) - set(suffixes["not_heads"])),
        known_names=frozenset(suffixes["known_names"]),
    )


def _by_last(words: list[str]) -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for word in words:
        grouped.setdefault(word[-1], []).append(word)
    return {last: tuple(group) for last, group in grouped.items()}


@cache
def place_names() -> frozenset[str]:
    names: set[str] = set()
    for division in load_gazetteer().divisions:
        names.add(division.name)
        names.update(a for a in division.aliases if len(a) >= 2)
        if division.level in ("county", "prefecture"):
            # 彭水县 for 彭水苗族土家族自治县, 恩施州 for 恩施土家族苗族自治州, as their own pages write them
            names.update(a + division.name[-1] for a in division.aliases if len(a) >= 2)
    suffixes = load_toml("org_suffixes.toml")
    # A division called 社区 or 中心 must not turn those words into place names.
    common = set(suffixes["heads"]) | set(suffixes["head_words"]) | set(suffixes["generic_bodies"])
    common |= set(suffixes["generic_modifiers"]) | set(suffixes["not_heads"]) | set(suffixes["verbs_not_places"])
    return frozenset(names - common)


# 老刘家冷淡杯, 李记烧腊, 刘大姐酸辣粉: a family's name and a dish, written where a clause opens and followed by the
# shop's premises, a problem or the end of the clause (`Lexicon.shop_followers`).


def surname_alternation(surnames: frozenset[str]) -> str:
    names = "".join(sorted(surnames))
    return f"(?:老[{names}]家|[{names}](?:记|大姐|大哥|嫂))"


@cache
def family_name_pattern(surnames: frozenset[str]) -> re.Pattern[str]:
    return re.compile(surname_alternation(surnames) + "[\u4e00-\u9fff]{2,4}$")


@cache
def township_name_openings() -> frozenset[str]:
    """The first two characters of the gazetteer's township-level names (共和镇, 共青团镇, 雄关乡 → 共和, 共青, 雄关): a
    word of two that opens such names may open a township's name the gazetteer lacks, whatever its first character."""
    return frozenset(d.name[:2] for d in load_gazetteer().divisions if d.level == "township" and len(d.name) >= 3)
