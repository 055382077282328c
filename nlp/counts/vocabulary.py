"""The count extractor's vocabulary: measure words, verbs, nouns and modifiers read from `nlp/dicts/measure_words.toml`
and fixed terms from `nlp/dicts/fixed_terms.toml`, loaded once.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Sequence

from nlp.patterns import literal_alternation

DICTS = Path(__file__).parent.parent / "dicts"

RANGE_CONNECTORS = frozenset("至到-—–~")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    measures: _Lexicon
    measures_only_after: dict[str, tuple[str, ...]]  # measures that count only after one of these words
    grow_chars: frozenset[str]  # what may follow a numeral that grows into a count: see `may_grow`
    durations: frozenset[str]
    halvable: frozenset[str]
    halved_alone: frozenset[str]
    no_object: frozenset[str]
    lengths: frozenset[str]
    dimensions: _Lexicon
    dimension_verbs: _Lexicon
    # a conjunct with a count of its own after it (106个社区、背街小巷二百一十条): no part of an earlier count's object
    counted_conjunct: re.Pattern[str]
    # a conjunct after 和 that is another set of things (12个社区和市直单位, 6个镇和丰城街道): the count is not its
    other_conjunct: re.Pattern[str]
    radius_after: tuple[str, ...]
    post_noun_verbs: frozenset[str]
    frequencies: frozenset[str]
    head_only: tuple[str, ...]
    holding_verbs: frozenset[str]
    reporting_verbs: tuple[str, ...]
    frequency_changes: tuple[str, ...]
    completing_verbs: frozenset[str]
    work_named_after_thing: _Lexicon
    problem_words: _Lexicon
    qualifying_boundaries: frozenset[str]
    noun_suffixes: tuple[str, ...]  # longest first
    noun_suffix_firsts: frozenset[str]
    suffix_not_a_noun: frozenset[str]
    parts_after_noun: _Lexicon
    not_noun_suffixed: tuple[str, ...]
    joined_position_words: frozenset[str]
    acting_verbs: frozenset[str]
    surrounded_places: frozenset[str]
    heaping_verbs: _Lexicon
    served_verbs: _Lexicon
    moving_verbs: frozenset[str]
    people_moved: _Lexicon
    kinds_of_people_moved: frozenset[str]
    people_endings: tuple[str, ...]
    verbs_naming_after_verbs: frozenset[str]
    fund_purposes: frozenset[str]
    funds: tuple[str, ...]
    nouns_opened_by_a_verb: frozenset[str]
    head_only_last: frozenset[str]
    peak_reached: re.Pattern[str]
    levels_naming_crews: frozenset[str]
    things_named_by_level: tuple[str, ...]
    things_named_by_level_after_count: tuple[str, ...]  # with things_named_by_level: all a level names after a count
    institution_measures: frozenset[str]
    institutions: tuple[str, ...]
    institution_parts: frozenset[str]
    kinds_kept_whole: tuple[str, ...]
    hazard_kinds_ending: tuple[str, ...]
    teams: tuple[str, ...]
    team_founding: re.Pattern[str]  # a founding verb and the team's name after it, up to the count
    durations_named: tuple[str, ...]
    joined_activities: _Lexicon
    changes_to: tuple[str, ...]
    times_of_day: frozenset[str]
    excess_over_level: re.Pattern[str]  # a level told, then how far it lies over a mark, up to the count
    measured_quantities: tuple[str, ...]
    totalled_activities: _Lexicon
    visits: _Lexicon  # activities a count of visits right after them counts (入户安检|9.6万余户次)
    visit_measures: frozenset[str]
    totals: tuple[str, ...]
    places_before: tuple[str, ...]
    peak_times: tuple[str, ...]
    opening_verbs: frozenset[str]
    opening_verbs_mistagged: frozenset[str]
    giving_verbs: frozenset[str]
    intransitive_verbs: frozenset[str]
    origin_verbs: tuple[str, ...]
    scope_words: _Lexicon
    lone_nouns: frozenset[str]
    location_words: tuple[str, ...]
    any_location: re.Pattern[str]  # one search for all location_words, since most objects hold none
    naming_locations: frozenset[str]
    counted_locations: frozenset[str]
    counted_places_whole: tuple[str, ...]
    heads_counted_alone: _Lexicon
    keepers_after_things: tuple[str, ...]
    works_along_rivers: _Lexicon
    waste_kinds: tuple[str, ...]
    quantifiers_alone: frozenset[str]
    quality_measure: re.Pattern[str]  # what a sample is tested for, then the verdict on it (过氧化值…超标)
    minimum_prefixes: tuple[str, ...]
    periods: tuple[str, ...]
    shared_object_after: dict[str, tuple[str, ...]]
    groups: tuple[str, ...]
    members: tuple[str, ...]
    prefixes: _Lexicon
    prefix_not_after: dict[str, str]
    prefix_after_things: tuple[str, ...]
    infixes: _Lexicon
    suffixes: _Lexicon
    duration_suffixes: _Lexicon
    amounts_with_suffix: frozenset[str]
    stop_modifiers: _Lexicon
    modifiers_kept_alone: frozenset[str]
    modifier_lookalikes: tuple[str, ...]
    qualifiers_opening_only: frozenset[str]
    # the qualifiers by their first character, in the order listed: most characters open none
    qualifiers_by_first: dict[str, tuple[tuple[str, frozenset[str]], ...]]
    material_topics: dict[str, tuple[str, ...]]
    back_references: tuple[str, ...]
    training_audiences: tuple[str, ...]
    township_levels: frozenset[str]
    named_again: frozenset[str]  # 单位, the township levels, villages and communities: what a back reference sums up
    naming_again_after: tuple[str, ...]
    boundaries: _Lexicon
    verbs: _Lexicon
    nouns: _Lexicon
    cuts: dict[str, tuple[tuple[int, bool], ...]]  # `last_cut`'s probes by last character: (length, is noun)
    ordinal_before: _Lexicon
    ordinal_unless: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # marker -> (words before it, measures)
    rank_prefixes: _Lexicon
    rank_measures: frozenset[str]
    terms: re.Pattern[str]
    term_exceptions: dict[str, tuple[str, ...]]
    term_exceptions_after: dict[str, tuple[str, ...]]


@cache
def load_vocabulary() -> Vocabulary:
    mw = tomllib.loads((DICTS / "measure_words.toml").read_text(encoding="utf-8"))
    ft = tomllib.loads((DICTS / "fixed_terms.toml").read_text(encoding="utf-8"))
    terms = [t for group in ft["terms"].values() for t in group]
    nouns, verbs = _Lexicon.of(mw["objects"]["nouns"]), _Lexicon.of(mw["objects"]["verbs"])
    measures = _Lexicon.of(mw["measure"]["things"] + mw["measure"]["durations"])
    locations = tuple(mw["objects"].get("location_words", ()))
    return Vocabulary(
        measures=measures,
        measures_only_after={m: tuple(words) for m, words in mw["measure"]["only_after"].items()},
        grow_chars=_GROW_CHARS | measures.by_first.keys(),
        durations=frozenset(mw["measure"]["durations"]),
        halvable=frozenset(mw["measure"]["halvable"]),
        halved_alone=frozenset(mw["measure"]["halved_alone"]),
        no_object=frozenset(mw["measure"]["durations"] + mw["measure"]["no_object"]),
        lengths=frozenset(mw["measure"]["lengths"]),
        dimensions=_Lexicon.of(mw["measure"]["dimensions"]),
        dimension_verbs=_Lexicon.of(mw["measure"]["dimension_verbs"]),
        counted_conjunct=re.compile(r"[^、，。；和与及0-9第]{1,8}?[0-9一二两三四五六七八九十百千]+(?:余|多)?(?:"
                                    + literal_alternation(mw["measure"]["things"]) + ")"),
        other_conjunct=re.compile("(?:" + literal_alternation(mw["objects"]["other_set_openers"]) + ")"
                                  r"|[\u4e00-\u9fff]{2,6}?(?:街道|镇|乡|水库|路|人民医院)"),
        radius_after=tuple(mw["measure"]["radius_after"]),
        prefixes=_Lexicon.of(mw["approx"]["prefixes"]),
        prefix_not_after=dict(mw["approx"].get("prefix_not_after", {})),
        prefix_after_things=tuple(mw["approx"].get("prefix_after_things", ())),
        infixes=_Lexicon.of(mw["approx"]["infixes"]),
        suffixes=_Lexicon.of(mw["approx"]["suffixes"]),
        duration_suffixes=_Lexicon.of(mw["approx"]["duration_suffixes"]),
        amounts_with_suffix=frozenset(mw["approx"]["amounts_with_suffix"]),
        stop_modifiers=_Lexicon.of(mw["objects"]["stop_modifiers"]),
        modifiers_kept_alone=frozenset(mw["objects"]["modifiers_kept_alone"]),
        modifier_lookalikes=tuple(mw["objects"]["modifier_lookalikes"]),
        qualifiers_opening_only=frozenset(mw["objects"]["qualifiers_opening_only"]),
        qualifiers_by_first=_by_first_character(mw["objects"]["qualifiers"]),
        material_topics={word: tuple(topics) for word, topics in mw["objects"]["material_topics"].items()},
        back_references=tuple(mw["objects"]["back_references"]),
        training_audiences=tuple(mw["objects"]["training_audiences"]),
        township_levels=frozenset(mw["objects"]["township_levels"]),
        named_again=frozenset(["单位", *mw["objects"]["township_levels"], *mw["objects"]["village_levels"]]),
        naming_again_after=tuple(mw["objects"]["naming_again_after"]),
        boundaries=_Lexicon.of(mw["objects"]["boundaries"]),
        verbs=verbs,
        post_noun_verbs=frozenset(mw["objects"]["post_noun_verbs"]),
        frequencies=frozenset(mw["measure"]["frequencies"]),
        head_only=tuple(mw["objects"]["head_only"]),
        holding_verbs=frozenset(mw["objects"]["holding_verbs"]),
        reporting_verbs=tuple(mw["objects"]["reporting_verbs"]),
        frequency_changes=tuple(mw["objects"]["frequency_changes"]),
        completing_verbs=frozenset(mw["objects"]["completing_verbs"]),
        work_named_after_thing=_Lexicon.of(mw["objects"]["work_named_after_thing"]),
        problem_words=_Lexicon.of(mw["objects"]["problem_words"]),
        qualifying_boundaries=frozenset(mw["objects"]["qualifying_boundaries"]),
        noun_suffixes=tuple(sorted(mw["objects"]["noun_suffixes"], key=len, reverse=True)),
        noun_suffix_firsts=frozenset(suffix[0] for suffix in mw["objects"]["noun_suffixes"]),
        suffix_not_a_noun=frozenset(mw["objects"]["suffix_not_a_noun"]),
        parts_after_noun=_Lexicon.of(mw["objects"]["parts_after_noun"]),
        not_noun_suffixed=tuple(mw["objects"]["not_noun_suffixed"]),
        joined_position_words=frozenset(mw["objects"]["joined_position_words"]),
        acting_verbs=frozenset(mw["objects"]["acting_verbs"]),
        surrounded_places=frozenset(mw["objects"]["surrounded_places"]),
        heaping_verbs=_Lexicon.of(mw["objects"]["heaping_verbs"]),
        served_verbs=_Lexicon.of(mw["objects"]["served_verbs"]),
        moving_verbs=frozenset(mw["objects"]["moving_verbs"]),
        people_moved=_Lexicon.of(mw["objects"]["people_moved"]),
        kinds_of_people_moved=frozenset(mw["objects"]["kinds_of_people_moved"]),
        people_endings=tuple(mw["objects"]["people_endings"]),
        verbs_naming_after_verbs=frozenset(mw["objects"]["verbs_naming_after_verbs"]),
        fund_purposes=frozenset(mw["objects"]["fund_purposes"]),
        funds=tuple(mw["objects"]["funds"]),
        nouns_opened_by_a_verb=frozenset(mw["objects"]["nouns_opened_by_a_verb"]),
        head_only_last=frozenset(word[-1] for word in mw["objects"]["head_only"]),
        peak_reached=_peak_reached(literal_alternation(mw["objects"]["peak_quantities"])),
        levels_naming_crews=frozenset(mw["objects"]["levels_naming_crews"]),
        things_named_by_level=tuple(mw["objects"]["things_named_by_level"]),
        things_named_by_level_after_count=tuple(mw["objects"]["things_named_by_level_after_count"]
                                                + mw["objects"]["things_named_by_level"]),
        institution_measures=frozenset(mw["objects"]["institution_measures"]),
        institutions=tuple(sorted(mw["objects"]["institutions"], key=len, reverse=True)),
        institution_parts=frozenset(mw["objects"]["institution_parts"]),
        kinds_kept_whole=tuple(mw["objects"]["kinds_kept_whole"]),
        hazard_kinds_ending=tuple(sorted((kind for kind in mw["objects"]["kinds_kept_whole"] if kind.endswith("隐患")),
                                         key=len, reverse=True)),
        teams=tuple(mw["objects"]["teams"]),
        team_founding=re.compile("(?:" + literal_alternation(mw["objects"]["team_founding"])
                                 + r")(?P<task>[^，,。；;、\s]{0,9})$"),
        durations_named=tuple(mw["objects"]["durations_named"]),
        joined_activities=_Lexicon.of(mw["objects"]["joined_activities"]),
        changes_to=tuple(mw["objects"]["changes_to"]),
        times_of_day=frozenset(mw["objects"]["times_of_day"]),
        excess_over_level=re.compile(r"\d米[，,](?:" + literal_alternation(mw["objects"]["exceeding_verbs"]) + ")(?:"
                                     + literal_alternation(mw["objects"]["marks_exceeded"]) + ")$"),
        measured_quantities=tuple(mw["objects"]["measured_quantities"]),
        totalled_activities=_Lexicon.of(mw["objects"]["totalled_activities"]),
        visits=_Lexicon.of(mw["objects"]["visits"]),
        visit_measures=frozenset(mw["objects"]["visit_measures"]),
        totals=tuple(mw["objects"]["totals"]),
        places_before=tuple(mw["objects"]["places_before_count"]),
        peak_times=tuple(mw["objects"]["peak_times"]),
        opening_verbs=frozenset(mw["objects"]["opening_verbs"]),
        opening_verbs_mistagged=frozenset(mw["objects"]["opening_verbs_mistagged"]),
        giving_verbs=frozenset(mw["objects"]["giving_verbs"]),
        intransitive_verbs=frozenset(mw["objects"]["intransitive_verbs"]),
        origin_verbs=tuple(mw["objects"]["origin_verbs"]),
        scope_words=_Lexicon.of(mw["objects"]["scope_words"]),
        lone_nouns=frozenset(mw["objects"]["lone_nouns"]),
        location_words=locations,
        naming_locations=frozenset(mw["objects"]["naming_locations"]),
        any_location=re.compile("|".join(map(re.escape, locations))),
        counted_locations=frozenset(mw["objects"]["counted_locations"]),
        counted_places_whole=tuple(mw["objects"]["counted_places_whole"]),
        heads_counted_alone=_Lexicon.of(mw["objects"]["heads_counted_alone"]),
        keepers_after_things=tuple(mw["objects"]["keepers_after_things"]),
        works_along_rivers=_Lexicon.of(mw["objects"]["works_along_rivers"]),
        waste_kinds=tuple(mw["objects"]["waste_kinds"]),
        quantifiers_alone=frozenset(mw["objects"]["quantifiers_alone"]),
        quality_measure=re.compile("(?:" + literal_alternation(mw["objects"]["quality_measures"])
                                   + r")(?=[^，,。；;\n]{0,8}?(?:超标|不合格|不达标|不符))"),
        minimum_prefixes=tuple(mw["objects"]["minimum_prefixes"]),
        periods=tuple(mw["objects"]["periods"]),
        shared_object_after={unit: tuple(after) for unit, after in mw["objects"]["shared_object_after"].items()},
        groups=tuple(mw["objects"]["groups"]),
        members=tuple(mw["objects"]["members"]),
        nouns=nouns,
        cuts=_cut_probes(nouns, verbs),
        ordinal_before=_Lexicon.of(ft["before"]["ordinal"]),
        ordinal_unless={marker: (tuple(unless["after"]), tuple(unless["measures"]))
                        for marker, unless in ft["before"]["ordinal_unless"].items()},
        rank_prefixes=_Lexicon.of(ft["before"]["rank_prefixes"]),
        rank_measures=frozenset(ft["before"]["rank_measures"]),
        terms=re.compile(literal_alternation(terms, between=" ?")),  # a space may split a term: “7 个专项行动”
        term_exceptions={term: tuple(words) for term, words in ft.get("exceptions", {}).items()},
        term_exceptions_after={term: tuple(words) for term, words in ft.get("exceptions_after", {}).items()},
    )


def _by_first_character(qualifiers: dict[str, list[str]]) -> dict[str, tuple[tuple[str, frozenset[str]], ...]]:
    by_first: dict[str, list[tuple[str, frozenset[str]]]] = {}
    for word, things in qualifiers.items():
        by_first.setdefault(word[:1], []).append((word, frozenset(things)))
    return {first: tuple(entries) for first, entries in by_first.items()}


def _cut_probes(nouns: _Lexicon, verbs: _Lexicon) -> dict[str, tuple[tuple[int, bool], ...]]:
    """For each last character, the noun lengths longest first, then the verb lengths: the order in which
    `last_cut` tries them, since a noun ending at a position hides any verb ending there."""
    return {
        c: tuple((n, True) for n in nouns.by_last.get(c, ())) + tuple((n, False) for n in verbs.by_last.get(c, ()))
        for c in nouns.by_last.keys() | verbs.by_last.keys()
    }


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """A word set looked up by slicing: only the lengths of words that begin (end) with the character at hand are
    tried, longest first, so a probe costs one or two hash lookups whatever the set's size."""

    words: frozenset[str]
    by_first: dict[str, tuple[int, ...]]
    by_last: dict[str, tuple[int, ...]]

    @classmethod
    def of(cls, words: Sequence[str]) -> "_Lexicon":
        first: dict[str, set[int]] = {}
        last: dict[str, set[int]] = {}
        for word in words:
            if word:
                first.setdefault(word[0], set()).add(len(word))
                last.setdefault(word[-1], set()).add(len(word))
        return cls(frozenset(words), {c: tuple(sorted(n, reverse=True)) for c, n in first.items()},
                   {c: tuple(sorted(n, reverse=True)) for c, n in last.items()})

    def at(self, text: str, pos: int) -> str | None:
        """The longest word starting at ``pos``."""
        lengths = self.by_first.get(text[pos:pos + 1])  # '' past the end: no lengths
        if lengths:
            words = self.words
            for n in lengths:
                word = text[pos:pos + n]
                if word in words:
                    return word
        return None

    def before(self, text: str, pos: int) -> str | None:
        """The longest word ending at ``pos``."""
        if pos <= 0:
            return None
        lengths = self.by_last.get(text[pos - 1])
        if lengths:
            words = self.words
            for n in lengths:
                if n <= pos:
                    word = text[pos - n:pos]
                    if word in words:
                        return word
        return None


_GROW_CHARS = frozenset("余多万亿 ") | RANGE_CONNECTORS


def _peak_reached(quantities: str) -> re.Pattern[str]:
    """A peak named before a comma and reached after it: 江尾镇雨量最大，达 (…最大的是鱼河镇，达; …居全区之首，达;
    …最大，为) or 最大降雨量出现在三江水族乡，(累计)达."""
    return re.compile(f"(?:({quantities})(?:最[大高多深]|居[^，,。；]{{1,6}}之首)(?:的是[^，,。；]{{1,12}})?"
                      f"|最[大高多]({quantities})出现在[^，,。；]{{1,16}})[，,](?:累计)?[达为]$")
