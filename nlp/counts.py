"""Count mentions (numeral + measure word) in bulletin text, following the "Counts" conventions.

Cascade for each numeral found by `nlp.numerals.iter_numeral_forms`, left to right:
1. drop it when it sits in a taken span (dates, caller's ``exclude``) or inside a fixed term or idiom
   (7个专项行动, 门前五包, 十分), or when it is an ordinal, rank or code (第8次, 前三名, G320);
2. grow the span: approximation prefix (约, 超过), a range end (3至5名), 余/多, a 万/亿 after 余
   (10余万元), the measure word (longest first), a parenthesised alternative (块(张)), 左右/以上;
3. without a measure word it is no count;
4. name the counted object, as written next to the count without scope words and quantifiers:
   - before the number, the phrase after the last verb (清理各类小广告2000余块 → 小广告), or before a
     verb like 共计 / 改造 that follows its noun (罚没款共计12.6万元 → 罚没款);
   - else after the measure word, up to the first listed head noun (2689名志愿者到… → 志愿者) or the
     first verb, and where the caller gives the story's words (`Words`, as `nlp.extract` does) no further
     than they are nouns (只剩一个伙计守着 → 伙计); none for durations, scores and ages.
Every step looks at a bounded window, so the whole pass is linear in the input length. Verbs, nouns and
modifiers are data in `nlp/dicts/measure_words.toml`, fixed terms in `nlp/dicts/fixed_terms.toml`.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_left, bisect_right
from dataclasses import asdict, dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path
from operator import attrgetter, itemgetter
from typing import Mapping, NamedTuple, Sequence

from nlp.dates import extract_dates
from nlp.numerals import NumeralForm, iter_numeral_forms, normalize_story, to_number
from nlp.patterns import ALIAS_WORDS, literal_alternation

VERSION = "counts-247"
DICTS = Path(__file__).parent / "dicts"

RANGE_CONNECTORS = frozenset("至到-—–~")
# Runs that may hold an object: ideographs, 、 between coordinated nouns, quotes and brackets.
_PHRASE_AFTER = re.compile(r"[\u4e00-\u9fff“\"][\u4e00-\u9fff、“”\"()]{0,15}")
# A-Z: 宾馆、KTV、商超. Possessive: a run that stops short of the end cannot reach it by giving characters back, so
# a start that fails is left at once instead of after a retreat over the whole run.
_PHRASE_BEFORE = re.compile(r"[\u4e00-\u9fffA-ZⅠ-Ⅻ、“”\"()]{1,24}+$")  # (劣Ⅴ类水体: a water grade)
# A numeral or a quantifier (部分, 其他, 各) after 和 or 、: the next conjunct has a count of its own.
# A second count of the same things right after the first (群众四百二十余户一千三百六十余人)
_COUNT_AHEAD = re.compile(r"[0-9零〇一二两三四五六七八九十百千万]{1,12}[余多]?[户人名个家处座次]")  # (bounded: numeral runs)
_QUANTITY_START = re.compile(r"[0-9一二两三四五六七八九十百千几数]|部分|其他|其余|各")
_GRADE = re.compile(r"(?:[一二三四五六七八九十]+、)?(?:[A-Z]{1,3}级|优秀|良好|较好|一般|较差)")
_PHRASE_BEFORE_CHARS = 16  # an object is at most this long unless a verb further back marks its start
_LONG_PHRASE_CHARS = 12  # a phrase between a verb and the count longer than this is more often a place
_HELD_ACTIVITY_CHARS = 10  # 开展|城乡环境卫生集中整治|20余次: how far back 开展 may hold the activity a frequency counts
# Numbers inside a title are part of a name (《健康素养66条》), inside a short quotation or a quoted list of short
# items part of a slogan or campaign name (“十年禁渔”, “五个中心”, “一个项目、一名领导、一个专班”).
_TITLE = re.compile(r"《[^《》\n]{0,40}》|“[^“”\n]{1,10}”|“(?:[^“”、，\n]{1,8}、){1,4}[^“”、，\n]{1,8}”|‘[^‘’\n]{1,16}’")
_CLOCK = frozenset("时点:")
# 离, 距 open a distance, up to the length in the same clause (but 隔离带, 撤离, 分离, 远离, 脱离 are other words)
_DISTANCE = re.compile(r"(?<![隔撤分远脱剥])[离距][^，。；;,:：\n]*$")
_DISTANCE_CHARS = 12
_EXCESS_CHARS = 12  # characters before a length that may hold the level just told and the mark it lies over
# A dimension right after a length (两米多深, 四十多米长的地笼), closing the clause or opening a 的 phrase
_DIMENSION_AFTER = re.compile(r"[深高宽厚长](?:[的，。；、,;)）]|$)")
_PLACE_PREFIX = re.compile(r"[\u4e00-\u9fff]{2,3}(?<![返还回离下])(?:镇|乡|县|街道)")  # (外地返乡人员: 返乡, no 乡)
_QUOTED_PREFIX = re.compile(r"[“\"][^”\"]{1,8}[”\"]")
_ALIAS_BEFORE = re.compile(r"\(" + ALIAS_WORDS + r"[^()]{1,12}\)")  # (以下简称“县巩卫办”)
_TIERS_PREFIX = re.compile(r"[县区市乡镇村居街道社组省州旗苏木嘎查、（）()]{2,18}[二两三四五2-5]级")  # 市、镇（乡、街道）、村三级
_BRACKET = re.compile(r"\([\u4e00-\u9fff、]{1,4}\)")
_HEAP_PLACE_ENDINGS = frozenset("边间埂旁头侧滩")  # 路边, 田间, 田埂, 路旁, 地头, 道路两侧, 岸滩: where things are heaped
_SCOPE_ALTERNATIVE = re.compile(r"[\u4e00-\u9fff]{0,4}\([\u4e00-\u9fff]{1,4}\)(?=[\u4e00-\u9fff])")  # 乡镇（街道）|负责人
# A village, township or town written as one character: after a measure word of persons it opens a longer word
# (2名村干部, 5名乡厨, 12名村民), as it does in 镇乡 (townships) after any measure word
PLACE_CHARS = frozenset("村乡镇")
WAY_OF_WORKING = ("做法",)  # …的做法给予肯定: a meeting praising the way a unit worked
PERSON_MEASURES = frozenset("名人位")
_BIG = {"万": 10_000, "亿": 100_000_000}


@dataclass(frozen=True, slots=True)
class CountMention:
    """A count: span, value (int or float), approximation flag, measure word and counted object."""

    text: str
    start: int
    end: int
    value: float | int
    approx: bool
    unit: str | None
    object: str | None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True, slots=True)
class _Vocabulary:
    measures: _Lexicon
    measures_only_after: dict[str, tuple[str, ...]]  # measures that count only after one of these words
    grow_chars: frozenset[str]  # what may follow a numeral that grows into a count: see `_may_grow`
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
    served_verbs: tuple[str, ...]
    moving_verbs: frozenset[str]
    people_moved: _Lexicon
    kinds_of_people_moved: frozenset[str]
    people_endings: tuple[str, ...]
    verbs_naming_after_verbs: frozenset[str]
    nouns_opened_by_a_verb: frozenset[str]
    head_only_last: frozenset[str]
    peak_reached: re.Pattern[str]
    levels_naming_crews: frozenset[str]
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
    totalled_activities: tuple[str, ...]
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
    counted_locations: frozenset[str]
    counted_places_whole: tuple[str, ...]
    heads_counted_alone: tuple[str, ...]
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
    qualifiers: dict[str, frozenset[str]]
    qualifier_firsts: frozenset[str]  # their first characters: most objects open with none
    material_topics: dict[str, tuple[str, ...]]
    back_references: tuple[str, ...]
    township_levels: frozenset[str]
    named_again: frozenset[str]  # 单位, the township levels, villages and communities: what a back reference sums up
    naming_again_after: tuple[str, ...]
    boundaries: _Lexicon
    verbs: _Lexicon
    nouns: _Lexicon
    cuts: dict[str, tuple[tuple[int, bool], ...]]  # `_last_cut`'s probes by last character: (length, is noun)
    ordinal_before: _Lexicon
    ordinal_unless: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # marker -> (words before it, measures)
    rank_prefixes: _Lexicon
    rank_measures: frozenset[str]
    terms: re.Pattern[str]
    term_exceptions: dict[str, tuple[str, ...]]
    term_exceptions_after: dict[str, tuple[str, ...]]


@cache
def _vocabulary() -> _Vocabulary:
    mw = tomllib.loads((DICTS / "measure_words.toml").read_text(encoding="utf-8"))
    ft = tomllib.loads((DICTS / "fixed_terms.toml").read_text(encoding="utf-8"))
    terms = [t for group in ft["terms"].values() for t in group]
    nouns, verbs = _Lexicon.of(mw["objects"]["nouns"]), _Lexicon.of(mw["objects"]["verbs"])
    measures = _Lexicon.of(mw["measure"]["things"] + mw["measure"]["durations"])
    locations = tuple(mw["objects"].get("location_words", ()))
    return _Vocabulary(
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
        qualifiers={word: frozenset(things) for word, things in mw["objects"]["qualifiers"].items()},
        qualifier_firsts=frozenset(word[:1] for word in mw["objects"]["qualifiers"]),
        material_topics={word: tuple(topics) for word, topics in mw["objects"]["material_topics"].items()},
        back_references=tuple(mw["objects"]["back_references"]),
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
        served_verbs=tuple(mw["objects"]["served_verbs"]),
        moving_verbs=frozenset(mw["objects"]["moving_verbs"]),
        people_moved=_Lexicon.of(mw["objects"]["people_moved"]),
        kinds_of_people_moved=frozenset(mw["objects"]["kinds_of_people_moved"]),
        people_endings=tuple(mw["objects"]["people_endings"]),
        verbs_naming_after_verbs=frozenset(mw["objects"]["verbs_naming_after_verbs"]),
        nouns_opened_by_a_verb=frozenset(mw["objects"]["nouns_opened_by_a_verb"]),
        head_only_last=frozenset(word[-1] for word in mw["objects"]["head_only"]),
        peak_reached=_peak_reached(literal_alternation(mw["objects"]["peak_quantities"])),
        levels_naming_crews=frozenset(mw["objects"]["levels_naming_crews"]),
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
        totalled_activities=tuple(sorted(mw["objects"]["totalled_activities"], key=len, reverse=True)),
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
        any_location=re.compile("|".join(map(re.escape, locations))),
        counted_locations=frozenset(mw["objects"]["counted_locations"]),
        counted_places_whole=tuple(mw["objects"]["counted_places_whole"]),
        heads_counted_alone=tuple(mw["objects"]["heads_counted_alone"]),
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


def _cut_probes(nouns: _Lexicon, verbs: _Lexicon) -> dict[str, tuple[tuple[int, bool], ...]]:
    """For each last character, the noun lengths longest first, then the verb lengths: the order in which
    `_last_cut` tries them, since a noun ending at a position hides any verb ending there."""
    return {
        c: tuple((n, True) for n in nouns.by_last.get(c, ())) + tuple((n, False) for n in verbs.by_last.get(c, ()))
        for c in nouns.by_last.keys() | verbs.by_last.keys()
    }


class SpanSet:
    """Merged, sorted spans with an overlap test by bisection (a megabyte of adversarial text holds thousands of
    mentions: testing each against all the others would be quadratic)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        starts: list[int] = []
        ends: list[int] = []
        last = -1
        for start, end in sorted(spans):
            if end <= start:
                continue
            if start <= last:
                if end > last:
                    ends[-1] = last = end
            else:
                starts.append(start)
                ends.append(end)
                last = end
        self._starts = starts
        self._ends = ends

    def end_before(self, pos: int) -> int:
        """The end of the last span that ends at or before ``pos`` (0 when none)."""
        i = bisect_right(self._ends, pos) - 1
        return self._ends[i] if i >= 0 else 0

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect_right(self._starts, end - 1) - 1
        return i >= 0 and self._ends[i] > start


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


def _is_code_or_ordinal(norm: str, n: NumeralForm, vocab: _Vocabulary) -> bool:
    marker = vocab.ordinal_before.before(norm, n.start)
    if marker:
        after, measures = vocab.ordinal_unless.get(marker, ((), ()))
        if not (norm.endswith(after, 0, n.start - len(marker)) and norm.startswith(measures, n.end)):
            return True
    if n.start == 0:
        return False
    before = norm[n.start - 1]
    if before.isascii() and before.isalpha():
        return True  # G320国道, A3纸
    # 0874-3123456, 9:30, v1.2: a number glued to another by a separator is part of a code.
    return before in "-/:.#_" and n.start > 1 and norm[n.start - 2].isdigit()


class _Span(NamedTuple):  # a tuple: built for every candidate, and quicker to build than a frozen dataclass
    start: int
    end: int
    value: int | float
    approx: bool
    unit: str
    consumed: int  # numerals used (2 for a range)


def _grow(norm: str, numerals: list[NumeralForm], i: int, vocab: _Vocabulary) -> _Span | None:
    """The count span around numeral ``i``, or None when no measure word follows it."""
    n = numerals[i]
    start, pos, consumed = n.start, n.end, 1
    approx = False  # approximate as written around the numeral; its own form may be vague too (几十)
    prefix = vocab.prefixes.before(norm, n.start)
    prefix_start = n.start - len(prefix) if prefix else 0
    if (prefix and prefix_start > 0 and norm[prefix_start - 1] in vocab.prefix_not_after.get(prefix, "")
            and not norm.endswith(vocab.prefix_after_things, 0, prefix_start)):
        prefix = None  # 附近一座: 近 ends 附近 (辣条约20包: 约 opens the count after 辣条)
    if prefix:
        start, approx = prefix_start, True
    # 3至5名: the span runs to the second end, the value is the lower end.
    connector = norm[pos:pos + 1] if norm[pos:pos + 1] in RANGE_CONNECTORS else None
    if connector and i + 1 < len(numerals) and numerals[i + 1].start == pos + len(connector):
        if vocab.measures.at(norm, numerals[i + 1].end):
            pos, consumed = numerals[i + 1].end, 2
    infix = vocab.infixes.at(norm, pos)
    big = None
    if infix:
        approx, pos = True, pos + 1
        big = _BIG.get(norm[pos:pos + 1])
        if big:
            pos += 1  # 10余万元
    if norm.startswith(" ", pos):
        pos += 1
    unit = vocab.measures.at(norm, pos)
    if unit is None or (
            unit in vocab.measures_only_after and not norm.endswith(vocab.measures_only_after[unit], 0, start)):
        return None  # (308路公交车, 五一路: a name; 视频监控十六路: camera feeds)
    # Parsed only now: most numerals have no measure word after them, and their value is never needed.
    parsed = n.parsed
    if parsed is None:
        return None  # a malformed numeral counts nothing
    value, vague = parsed
    approx = approx or vague
    if big:
        value *= big
    pos += len(unit)
    if (consumed == 1 and norm[pos : pos + 1] in RANGE_CONNECTORS and i + 1 < len(numerals)
            and numerals[i + 1].start == pos + 1 and norm.startswith(unit, numerals[i + 1].end)):
        pos, consumed = numerals[i + 1].end + len(unit), 2  # 一年至七年: the measure word after both ends
    if norm.startswith("半", pos) and unit in vocab.halvable:  # 两米半, 五个半小时 is handled as 个半
        value, pos = value + Decimal("0.5"), pos + 1
    if "多" in unit:  # 一个多月: unit 个月, approximate
        unit, approx = unit.replace("多", ""), True
    elif "半" in unit:  # 一个半月: 1.5 个月
        unit, value = unit.replace("半", ""), value + Decimal("0.5")
    elif (unit in vocab.durations or unit in vocab.amounts_with_suffix) and vocab.duration_suffixes.at(norm, pos):
        approx, pos = True, pos + 1  # 3年多, 两米多, 两吨多煤
    # 2000余块(张): an alternative measure word in brackets belongs to the span.
    if pos < len(norm) and norm[pos] == "(":
        alt = vocab.measures.at(norm, pos + 1)
        if alt and norm.startswith(")", pos + 1 + len(alt)):
            pos += len(alt) + 2
    suffix = vocab.suffixes.at(norm, pos)
    if suffix:
        approx, pos = True, pos + len(suffix)
    return _Span(start, pos, to_number(value), approx, unit, consumed)


_GROW_CHARS = frozenset("余多万亿 ") | RANGE_CONNECTORS
_RANK_LIST = frozenset("一二三四五六七八九十0123456789")  # 二、三名: a bare numeral before 、 and a rank


def _may_grow(norm: str, pos: int, vocab: _Vocabulary) -> bool:
    """Cheap test before the full one: could a measure word, 余/多 or a range connector be next? One set lookup
    of the next character; `_grow` settles whether a whole measure word follows."""
    return norm[pos:pos + 1] in vocab.grow_chars


_PLACE_AFTER_JIAZI = frozenset("村屯镇乡站水河沟街社")


# 没有一处, 空无一人, 未发现一起: "not a single one"
_NOT_A_SINGLE = re.compile(r"(?:没有|没|无|未见|不见|(?:没有|没|未)(?:发现|查到|查出|发生|出现|见到|找到|烧过))$")
# Words that open with 一 and may follow a count of one (一次|一氧化碳中毒救治培训, 一只|一氧化碳报警器)
_OPENED_BY_ONE = ("一氧化碳", "一氧化氮")
# 一个也不能撤, 一块煤也没收走: not even one (but 坏了一个月也没修: how long)
_NOT_EVEN_ONE = re.compile(r"[\u4e00-\u9fff]{0,2}[也都](?:不|没|未)")


def _not_a_count(norm: str, n: NumeralForm, span: _Span, vocab: _Vocabulary) -> bool:
    """Ranks (前三名), fractions (三分之一) and years (2021年) that passed the measure-word test."""
    if span.unit in vocab.rank_measures and vocab.rank_prefixes.before(norm, n.start):
        # 前三名, 后两名: a rank (but 宴后8名村民出现腹泻: the people counted follow, the 后 closes a time word)
        people = vocab.nouns.at(norm, span.end)
        return not (people and people.endswith(vocab.people_endings))
    if (span.unit in vocab.rank_measures and n.start >= 2 and norm[n.start - 1] == "、"
            and norm[n.start - 2] in _RANK_LIST):
        return True  # 分列二、三名: the second of two ranks
    if span.unit == "分" and (norm.startswith("之", span.end) or norm[n.start - 1:n.start] in _CLOCK):
        return True  # 三分之一, 12时55分
    if span.unit == "次" and norm.startswith(("会议", "全会", "全体会议"), span.end) and "届" in norm[n.start - 6:n.start]:
        return True  # 县十六届人大四次会议: a session's name, an ordinal
    if n.text == "零" and norm.endswith(("清", "归"), 0, n.start):
        return True  # 动态清零台账: 清零 (clear to zero) is a verb
    if n.text == "一" and norm.startswith("一", span.end) and not norm.startswith(_OPENED_BY_ONE, span.end):
        return True  # 一日一清洗, 一人一档: a slogan pattern, not a quantity (but 一次|一氧化碳中毒救治培训)
    if n.text == "一" and (_NOT_A_SINGLE.search(norm, max(0, n.start - 4), n.start)
                           or span.unit not in vocab.durations and _NOT_EVEN_ONE.match(norm, span.end)):
        return True  # 没有一处焚烧火点, 没有发生一起山火, 一个也不能撤: not a single one, none counted
    if span.unit == "个" and norm.startswith("百分点", span.end):
        return True  # 提高4.2个百分点: a change of a percentage
    if span.unit == "期" and norm.startswith(("项目", "工程"), span.end):
        return True  # 二期项目: a project's phase
    if span.unit == "组" and n.start > 0 and norm[n.start - 1] == "村":
        return True  # 安民村三组: a village's group, named by its number
    if span.unit == "家" and norm.startswith("子", span.end) and norm[span.end + 1 : span.end + 2] in _PLACE_AFTER_JIAZI:
        return True  # 三家子村, 两家子水文站: a place named after its first families (but 两家子女)
    return span.unit == "年" and isinstance(span.value, int) and 1900 <= span.value <= 2099


Span = tuple[int, int]


class _Half(NumeralForm):
    """A 半 standing for a numeral of its own (半个月, 半小时, 约半亩), which the numeral pattern leaves out: 半 is
    more often part of a word (半岛, 半夜, 一半, 上半年)."""

    __slots__ = ()

    @property
    def parsed(self) -> tuple[Decimal | int, bool] | None:
        return Decimal("0.5"), False


# 一半, 两个半, 上半年, 大半年, 多半, 过半: after these 半 is part of a word or of the numeral before it
_HALF = re.compile(r"(?<![0-9一二两三四五六七八九十百千万上下前后大多过个])半")
_NUMERAL_START = attrgetter("start")


def _halves(norm: str, vocab: _Vocabulary) -> list[NumeralForm]:
    """Every 半 that counts a half of the measure word after it (半个月, 半米, but not 半人高, 半条路, 半天)."""
    return [_Half("半", m.start(), m.end()) for m in _HALF.finditer(norm)
            if vocab.measures.at(norm, m.end()) in vocab.halved_alone]


def _drop_modifiers(norm: str, a: int, b: int, vocab: _Vocabulary) -> int:
    """Where the object starts once quantifying and scope words are dropped from the front of ``norm[a:b]``."""
    nouns, alone = vocab.nouns.words, vocab.modifiers_kept_alone
    while a < b and norm[a:b] not in nouns and norm[a:b] not in alone:  # 先进个人, 占道经营 stay whole
        mod = vocab.stop_modifiers.at(norm, a)
        if not mod or a + len(mod) > b or norm.startswith(vocab.modifier_lookalikes, a) or (
                mod in vocab.qualifying_boundaries and norm.endswith("行为", a, b)):
            break  # (违规网具 → 网具, but 违规用火行为: what was done against the rules is the counted act)
        if mod in vocab.levels_naming_crews and norm[b - 1] == "队":
            break  # 组建村级保洁队6支: a crew's level names the crew (but 村级河长 → 河长: a post's level describes it)
        a += len(mod)
    return a


_KIND_PREFIX = re.compile(r"(?:[\u4e00-\u9fff]{2,5}|劣?[ⅠⅡⅢⅣⅤ])类(?=[\u4e00-\u9fff]{2})")  # 城市管理类|诉求, 劣Ⅴ类|水体


def _strip_modifiers(norm: str, a: int, b: int, vocab: _Vocabulary, after_count: bool = False) -> Span | None:
    """Drop quantifying and scope words from the front (各类小广告 → 小广告, 城区农贸市场 → 农贸市场);
    None when nothing, a bare scope word (丹江镇城区) or a lone unlisted character (宣讲团 → 团) is left. Right
    `after_count` a lone character may be a thing of its own (三件事, 九个屯: `lone_nouns`)."""
    nouns = vocab.nouns.words
    while a < b and norm[a] in "、”":
        # 九十二家、沿街商户310余户: the next conjunct's modifiers are dropped too (和乐镇 is a name); 新增“桶边督导”岗位:
        # a quoted label's close, left after the verb inside it
        a += 1
    a = _drop_modifiers(norm, a, b, vocab)
    if head := next((head for head in vocab.heads_counted_alone if norm.endswith(head, a, b)), None):
        return b - len(head), b
    passive = norm.rfind("被", a, b)
    if passive >= 0 and (rest := _drop_modifiers(norm, passive + 1, b, vocab)) < b and norm[rest:b] in nouns:
        a = rest  # 被罚款2000元, 另被罚款, 负责人被依法罚款: the fine, not who was fined
    else:
        if norm[a : a + 1] in vocab.qualifier_firsts:  # (a walk over all the qualifiers only where one may open)
            for qualifier, things in vocab.qualifiers.items():
                if norm.startswith(qualifier, a) and norm[a + len(qualifier) : b] in things:
                    a += len(qualifier)  # 问题户厕 → 户厕 (问题清单 stays whole)
        for material, topics in vocab.material_topics.items():
            if norm.endswith(material, a, b) and norm.endswith(topics, a, b - len(material)):
                a = b - len(material)  # 登革热防控宣传资料 → 宣传资料
        kind = _KIND_PREFIX.match(norm, a, b)
        if kind and norm[kind.end() - 2] != "分":
            a = kind.end()  # 餐饮住宿类投诉 → 投诉 (垃圾分类投放点 stays whole)
    obj = norm[a:b]
    if obj not in nouns and vocab.any_location.search(obj):
        # 山塘下游群众 → 群众: a place phrase in front ends at its location word
        cut = max((norm.rfind(w, a, b) + len(w) for w in vocab.location_words if w in obj), default=a)
        if b - cut >= 2:
            a = _drop_modifiers(norm, cut, b, vocab)  # 楼道内|违停|电动自行车: the modifiers after the place go too
            obj = norm[a:b]
        elif cut == b and (last := next(w for w in vocab.location_words if norm.endswith(w, a, b))) in (
                vocab.counted_locations):
            a = b - len(last)  # 排查山洪地质灾害隐患点137处 → 隐患点: the places themselves are counted
            obj = norm[a:b]
        elif cut == b and not any(norm.endswith(w, a, b) for w in vocab.counted_places_whole):
            # 校园周边一家小卖部: a place, the counted thing comes after the count (排查山洪灾害危险区十二处: the danger
            # zones themselves, named by their danger)
            return None
    if obj not in nouns:
        # 大集镇电商销售额 → 电商销售额: a place name in front is not part of the counted thing
        place = _PLACE_PREFIX.match(obj)
        if place and b - a - place.end() >= 2:
            a = _drop_modifiers(norm, a + place.end(), b, vocab)  # 和乐镇最大降雨量 → 降雨量
        if (labelled := _after_quoted_label(norm, a, b)) != a:
            a = _drop_modifiers(norm, labelled, b, vocab)  # “场所码”专职查验员 → 查验员: the label's modifiers go too
    tiers = _TIERS_PREFIX.match(norm, a, b)
    if tiers and b - tiers.end() >= 2:
        a = tiers.end()  # 县、乡、村三级河长 → 河长: the levels a post is held at describe it
    conjunct = a
    while a < b and norm[a] in "、和与及":
        a += 1
    if a != conjunct:
        a = _drop_modifiers(norm, a, b, vocab)  # 和沿街商铺130余家 → 商铺
        if norm[a:b] not in nouns:
            a = _after_quoted_label(norm, a, b)  # 和“六小”门店一百三十余家 → 门店
    while a < b and norm[b - 1] in "、和与及已":  # 种植面积已达8.6万亩
        b -= 1
    obj = norm[a:b]
    if not obj.isalnum():  # most objects are letters only: no quotes or brackets to see to
        a, b = _outside_labels(norm, a, b, vocab)
        obj = norm[a:b]
        if (unquoted := _unquoted(norm, a, b)) != (a, b):
            a, b = unquoted  # “最美家庭” → 最美家庭; “两违”建筑 keeps its quotes
        elif obj.count("“") != obj.count("”"):
            a += obj[:1] in ("“", "\"")
            b -= obj[-1:] in ("”", "\"")
        if obj.count("(") > obj.count(")") and norm.startswith(")", b):
            b += 1  # 镇（街道）
    if b <= a or vocab.scope_words.before(norm, b) or (
            b - a == 1 and norm[a:b] not in nouns and not (after_count and norm[a:b] in vocab.lone_nouns)):
        return None
    if (b - a > len(WASTE) and norm.endswith(WASTE, a, b) and norm[b - len(WASTE) - 1] not in "和、及与"
            and not norm.endswith(vocab.waste_kinds, a, b - len(WASTE))):
        a = b - len(WASTE)  # 清理沙溪河岸垃圾, 村口积存垃圾 → 垃圾: where it lay (生活垃圾, 积雪和垃圾 stay whole)
    if norm[a:b] in vocab.nouns_opened_by_a_verb and (
            a == 0 or norm[a - 1] in _CLAUSE_MARKS or norm[a - 1] in TOTAL_MARKS):
        a += len(vocab.verbs.at(norm, a) or "")  # ，检查卡点四十四个, 共检查卡点一百一十个: the verb and what it took
    return a, b


TOTAL_MARKS = frozenset("共")  # (共检查卡点: in all)


WASTE = "垃圾"
_POSITION_WORDS = frozenset("上下中里内后前时来去")
_CLAUSE_MARKS = frozenset("，。；：,;:！？!?")
# Boundary words that do not end a phrase they open: 后厨, 前排 are nouns; 未 opens a relative clause
# (5户未落实进货查验的餐饮单位), while after a noun it ends the phrase (4栋自建房未张贴); so do the qualifying boundaries
# (`qualifying_boundaries` in measure_words.toml: 3处违法建筑, but 2处河滩地违规堆放).
_OPENING_WORDS = _POSITION_WORDS | {"未"}


def _ends_phrase(seg: str, i: int, begin: int, frequency: bool, vocab: _Vocabulary) -> str | None:
    """The boundary or verb at ``i`` that ends an object phrase begun at ``begin``, if any."""
    word = vocab.boundaries.at(seg, i)
    qualifying = word in vocab.qualifying_boundaries
    if word and not (i == begin and (word in _OPENING_WORDS or qualifying)) and not (
            word in _POSITION_WORDS and i > 0 and seg[i - 1 : i + 1] in vocab.joined_position_words) and not (
            qualifying and vocab.nouns.at(seg, i + len(word))):
        return word
    verb = vocab.verbs.at(seg, i)
    if verb and not (i == begin and frequency and i + len(verb) == len(seg)) and (  # 一次暗访。
            not _makes_noun(seg, i + len(verb), vocab)):
        return verb
    return None


def _makes_noun(seg: str, end: int, vocab: _Vocabulary) -> bool:
    """巡查|员, 监测|站: the verb ending at ``end`` is part of a noun for its staff or its place."""
    return _noun_suffix(seg, end, vocab) is not None


def _noun_suffix(seg: str, end: int, vocab: _Vocabulary) -> str | None:
    """The suffix at ``end`` that makes the verb before it part of a noun (员, 站, 面积 …), if any."""
    if end >= len(seg) or seg[end] not in vocab.noun_suffix_firsts or seg.startswith(vocab.not_noun_suffixed, end):
        return None
    return next((suffix for suffix in vocab.noun_suffixes if seg.startswith(suffix, end)), None)


# Characters that jieba glues to a listed noun but that close no longer noun for a count (村户|厕, 独居|老人家, 乡镇场|镇)
NOT_CLOSING_A_NOUN = frozenset("家户场")
# Characters that, as words of their own, end a noun phrase after a count (3个村|的…, 2家店|在…)
NOT_IN_A_NOUN = frozenset("的地得在把被将用从向和与及或都也就还又才已正均各每该其这那了着过是有为对给让")
# Endings of jieba nouns before 的 that say what the counted things are like or where they come from, not whose part
# follows (一架银灰色的飞机, 一位德国的收藏者)
NOT_COUNTED_OWNERS = ("色", "国")
# Words opening a clause that describes the things counted, right after their count and closed by 的 within so many
# characters (3名没有驾驶证的机手, 3名刚从外省回来的租客)
RELATIVE_OPENERS = ("没有", "没", "有", "刚", "正", "被", "从", "来自", "早已", "拒不", "长期", "住在", "过了")
RELATIVE_CLAUSE_CHARS = 10
# Words opening a clause of what the things counted lack, right after the count and closed by 的 (一名未办健康证的厨师,
# 3家无许可证的作坊): read past to the noun after 的
NEGATED_CLAUSE_OPENERS = ("未", "无")
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


FACILITY_ENDS = frozenset("点站池箱")  # (堆放点, 收集点, 转运站, 收集池, 收集箱)
HELD_WASTE = "垃圾"  # (建筑垃圾, 生活垃圾)


def _object_after(norm: str, pos: int, vocab: _Vocabulary, frequency: bool, words: Words | None = None) -> Span | None:
    """The noun phrase right after the measure word: up to its first listed head noun (with coordinated
    nouns and a bracketed alternative, 村（社区）), else up to the first verb or function word, and no further
    than the story's `words` are nouns."""
    m = _PHRASE_AFTER.match(norm, pos)
    if m is None or norm[pos] in "和与及" or norm.startswith(vocab.totals, pos) or _COUNT_AHEAD.match(norm, pos):
        # 机关单位22家和沿街商铺130余家: after 和 a new conjunct opens, with its own count; 护林员六百八十名累计巡山:
        # a total opens what they did; 群众四百二十余户一千三百六十余人: a second count of the same people
        return None
    if norm.startswith("的", pos) and norm.startswith(WAY_OF_WORKING, pos + 1):
        return None  # 快审快判案件九件|的做法: the way the count was reached, no counted thing
    seg = m.group()
    if frequency:
        # 一场“健康知识我来答”知识竞赛: the words of a label before the activity end nothing
        label = _after_quoted_label(norm, pos, m.end()) - pos
        action = _action_after(seg[label:], vocab, closed=m.end() < len(norm) and norm[m.end()] in _CLAUSE_MARKS)
        action = action and action + label
        if action and words is not None:
            action = words.adverb_after_first(pos + label, pos + action) - pos  # 两场寿宴|事先没有报备
        if action == len(seg) and seg.endswith("“") and (close := norm.find("”", m.end(), m.end() + 12)) > 0 and (
                not any(mark in norm[m.end() : close] for mark in _CLAUSE_MARKS)):
            # 一次爱国卫生“7个专项行动”集中推进活动: a label holding a number stops the phrase; the activity follows it
            return _object_after(norm, close + 1, vocab, frequency, words)
        if action:
            # 一次全覆盖复查, 一次冬季城乡环境卫生大扫除: an activity is counted whole, with its scope and its
            # season; only the quotes around it go (一次“回头看”), and a label before it (一场“七步洗手法”洗手比赛)
            return _unquoted(norm, pos + label, pos + action)
    begin, i, noun_end, conjunction = 0, 0, 0, 0
    while i < len(seg):
        if seg[i] in "、和与及" and _QUANTITY_START.match(seg, i + 1):
            break  # 5处煤矿、四十三家非煤矿山, 一面铜锣和一名预警员: the next conjunct has a count of its own
        if i == begin == 0 and seg.startswith(NEGATED_CLAUSE_OPENERS, i) and words is not None and (
                0 < (rel := seg.find("的", i)) - i <= RELATIVE_CLAUSE_CHARS) and words.noun_at(pos + rel + 1):
            begin = i = rel + 1  # 一名未办健康证的厨师: a clause telling what they lack, then the noun
            continue
        if i - begin >= 2 and not noun_end and vocab.parts_after_noun.at(seg, i):
            if seg[begin:i] in vocab.surrounded_places and (place := vocab.any_location.match(seg, i)) and (
                    vocab.nouns.at(seg, place.end())):
                # 2家校园周边小卖部 → 小卖部: where the counted things are, then what they are (but 2个垃圾中转站|周边,
                # 4所学校|周边: the things counted, whose surroundings follow)
                begin = i = place.end()
                continue
            noun_end = i  # 4家咖啡馆|冷藏食品超期存放: what belongs to the counted thing ends it
            break
        # (416名护林员坚持…, 3家养殖场粪污直排: a word for staff or a place of work ends the noun, listed or not)
        noun = vocab.nouns.at(seg, i) or (_noun_suffix(seg, i, vocab) if i > begin
                                          and seg[i - 1 : i + 1] not in vocab.suffix_not_a_noun else None)
        if (noun in PLACE_CHARS and i + 1 < len(seg) and "\u4e00" <= seg[i + 1] <= "\u9fff"
                and (norm[pos - 1] in PERSON_MEASURES or seg.startswith("镇乡", i))):
            noun = None
        if i == begin and (modifier := vocab.stop_modifiers.at(seg, i)) and len(modifier) > max(1, len(noun or "")):
            # 12条主要河流: 要 inside the modifier ends nothing (先进个人 is a noun); 3名社区级河长: nor does 社区
            i = begin = i + len(modifier)
            continue
        if (noun and words is not None and (whole := words.noun_word_end(pos + i)) and whole - pos - i == len(noun) + 1
                and whole - pos <= len(seg) and seg[whole - pos - 1] not in NOT_CLOSING_A_NOUN):
            noun = seg[i : whole - pos]  # 3栋居民楼|室温, 4所村小, 一间猪圈: the listed noun opens jieba's (but 村户|厕,
            # 老人家, 乡镇场|镇: one more character there is where they are)
        if noun:
            i += len(noun)
            if (noun.endswith(HELD_WASTE) and (facility := vocab.nouns.at(seg, i)) and len(facility) >= 3
                    and facility[-1] in FACILITY_ENDS):
                i += len(facility)  # 2处建筑垃圾|堆放点: the waste names the place that holds it (but 3个村|垃圾收集池)
            bracket = _BRACKET.match(seg, i)
            if bracket:
                i = bracket.end()
            elif seg.startswith(("”", "\""), i):
                i += 1
            noun_end = i
            # (no 与: what follows it is what the counted things stand near or act with, never more of them, as in
            # 3个零售点与居民住宅未保持安全距离, 12个微型消防站与网格员结对)
            if (i < len(seg) and seg[i] in "、和及" and not _QUANTITY_START.match(seg, i + 1)
                    and not vocab.counted_conjunct.match(norm, pos + i + 1)
                    and not (seg[i] != "、" and vocab.other_conjunct.match(seg, i + 1))):
                if seg[i] == "、" and conjunction:
                    noun_end = conjunction  # 12个社区和农贸市场、餐饮门店: a list after 和 is of other things
                    break
                if seg[i] != "、":
                    conjunction = i
                i += 1
                continue  # 宾馆和饭店 (but 9家宾馆和一个农贸市场: a new count opens)
            break
        if seg[i] == "的" and not noun_end:
            if i > begin and seg.startswith(WAY_OF_WORKING, i + 1):
                noun_end = i  # 每周开展一次防溺水主题班会的做法: what was done, of which the way is praised
                break
            if i > begin and words is not None and words.all_nouns(pos + begin, pos + i):
                noun_end = i  # 5家饭馆的后门通道, 3个寨子的消防水池: the things counted, then a part of them
                break
            begin = i = i + 1  # 后厨脏乱的餐饮店: a relative clause before the noun
        elif word := _ends_phrase(seg, i, begin, frequency, vocab):
            # 违规张贴的广告公司: a verb inside a relative clause does not end the phrase
            rel = seg.find("的", i)
            if (i == begin and not noun_end and 0 < rel - i <= RELATIVE_CLAUSE_CHARS
                    and seg.startswith(RELATIVE_OPENERS, i) and words is not None and words.noun_at(pos + rel + 1)):
                begin = i = rel + 1  # 2袋没有标签的工业盐, 3名正准备下河游泳的中学生: a clause describing them
                continue
            if noun_end or rel < 0 or word in vocab.boundaries.words or seg.startswith(WAY_OF_WORKING, rel + 1):
                break  # (为三十余户危房户|落实临时安置的做法: the clause is what was done for them)
            begin = i = rel + 1
        else:
            i += 1
    end = noun_end if noun_end else (i if 0 < i - begin <= 8 else begin)
    if words is not None and end > begin and not noun_end:
        end = words.noun_end(pos + begin, pos + end) - pos
    elif words is not None and end > begin and (verb := words.first_verb_after_noun(pos + begin, pos + end)):
        end = verb - pos  # 民兵|编成|巡林小组, 护士|守着|发热诊室: a verb stops the phrase before a listed noun
    return _strip_modifiers(norm, pos + begin, pos + end, vocab, after_count=True)


def _after_quoted_label(norm: str, a: int, b: int) -> int:
    """Where the object starts after the quoted labels in front, modifiers (“美丽庭院”示范户 → 示范户,
    “零彩礼”“低彩礼”婚姻 → 婚姻)."""
    while norm.startswith(("“", "\""), a) and (quoted := _QUOTED_PREFIX.match(norm, a, b)) and b - quoted.end() >= 2:
        a = quoted.end()
    return a


def _outside_labels(norm: str, a: int, b: int, vocab: _Vocabulary) -> Span:
    """The object without the rest of a label or bracket the phrase began inside of, or a quoted label after it."""
    obj = norm[a:b]
    close = obj.find("”")
    if close > 0 and "“" not in obj[:close] and b - (a + close + 1) >= 2:
        return a + close + 1, b  # “河长+志愿者”巡护点, “互联网+明厨亮灶”设备: the phrase began inside the label
    if (scope := _SCOPE_ALTERNATIVE.match(obj)) and len(obj) - scope.end() >= 2:
        return a + scope.end(), b  # 各乡镇（街道）负责同志 → 负责同志: a scope with its alternative in brackets
    opening = obj.find("“")
    if opening > 0 and obj.endswith("”") and obj.count("“") == 1:
        # 餐饮单位“明厨亮灶”改造150家 → 餐饮单位: a label after a listed noun names what is done to it; after a
        # modifier (or a one-character noun, 农|村) the quoted thing itself is counted (农村“空心房”8326栋 → 空心房)
        return (a, a + opening) if len(vocab.nouns.before(norm, a + opening) or "") >= 2 else (a + opening, b)
    return a, b


def _unquoted(norm: str, a: int, b: int) -> Span:
    """The span without the quotes around it (“回头看” → 回头看); “两违”建筑 keeps its quotes."""
    if b - a > 2 and norm[a] in "“\"" and norm[b - 1] in "”\"" and norm.count("“", a, b) <= 1:
        return a + 1, b - 1
    if b - a > 1 and norm[b - 1] == "”" and "“" not in norm[a:b]:
        return a, b - 1  # 要求“…开展两次集中清扫”: the quote closes one opened before the count
    if b - a > 1 and norm[b - 1] in "（(":
        return a, b - 1  # 1场坝坝宴（45桌）: a bracket opening what follows is no part of the activity
    return a, b


def _action_after(seg: str, vocab: _Vocabulary, closed: bool = False) -> int | None:
    """After a frequency (一次, 3轮) the counted thing is an activity, written whole up to the clause's next
    boundary word: 一次鼠密度监测, 一次集中学习. The length of that phrase, or None when it is long (a clause).
    `closed`: the segment ends at a punctuation mark, so a phrase running to its end is the whole activity
    (一次环境卫生集中整治。), and may be longer."""
    i = 0
    while i < len(seg):
        modifier = vocab.stop_modifiers.at(seg, i)
        if modifier and len(modifier) > 1:
            i += len(modifier)  # 一次全覆盖复查: 覆盖 inside the modifier ends nothing
            continue
        noun = vocab.nouns.at(seg, i)
        if noun and len(noun) > 1:
            i += len(noun)  # 一次液化气供应站…: 应 inside the noun ends nothing
            continue
        word = vocab.boundaries.at(seg, i)
        if word and (joined := vocab.joined_activities.at(seg, i)):
            i += len(joined)  # 一次江岸联合巡查: the boundary word opens the activity's last word
            continue
        # a one-character word inside the phrase is part of a longer one (集中清扫, 医共体)
        if word and (i == 0 and len(word) == 1 or i > 0 and (
                len(word) > 1 or word not in _POSITION_WORDS and len(seg) - i - 1 >= 2)):
            break  # (一次联合检查: a verb opening the activity is part of it)
        i += 1
    return i if 2 <= i <= 6 or closed and i == len(seg) and i <= 12 else None


def _last_cut(run: str, end: int, vocab: _Vocabulary) -> Span | None:
    """The rightmost verb or function word ending at or before ``end``, skipping over listed nouns
    (so 行为 is not cut at 为, 慰问金 not at 慰问)."""
    nouns, verbs, probes = vocab.nouns.words, vocab.verbs.words, vocab.cuts
    e = end
    while e > 0:
        for n, is_noun in probes.get(run[e - 1], ()):
            if n <= e and run[e - n:e] in (nouns if is_noun else verbs):
                if not is_noun and run[e - n:e] in vocab.verbs_naming_after_verbs and len(
                        verb := vocab.verbs.before(run, e - n) or "") >= 2 and verb not in vocab.totals:
                    e -= n  # 共设置|测评|点位: after a verb 测评 names the points (共|测评|点位, 累计|测评|点位: it is
                    break  # the verb)
                if not is_noun and not _makes_noun(run, e, vocab):
                    if n == 1 and (len(vocab.stop_modifiers.at(run, e - 1) or "") > 1
                                   or len(vocab.nouns.at(run, e - 1) or "") > 1):
                        e -= 1  # 有效问卷, 有害垃圾: 有 opens the modifier 有效 or the noun, it is no verb here
                        break
                    return e - n, e
                e -= n  # the longest noun ending here
                break
        else:
            e -= 1
    return None


def _work_on_thing(run: str, vocab: _Vocabulary) -> Span | None:
    """The thing that work finished on is named after (完成|小麦|收割, 完成|农村户厕问题|整改 → 农村户厕), when `run`
    ends in that work, or None."""
    work = vocab.work_named_after_thing.before(run, len(run))
    if work is None or len(vocab.nouns.before(run, len(run)) or "") > len(work):
        return None  # 完成|核酸检测: the work is a noun of its own, counted as such
    end = len(run) - len(work)
    done = _last_cut(run, end, vocab)
    start = done[1] if done else 0
    if done and run[done[0] : done[1]] == "等":  # 完成冲锋舟等|救援装备|检修: the kind after the examples
        done = _last_cut(run, done[0], vocab)
    if done is None or run[done[0] : done[1]] not in vocab.completing_verbs:
        return None
    if (fault := vocab.problem_words.before(run, end)) and end - len(fault) >= start:
        end -= len(fault)  # 农村户厕问题|整改: the privies, not their problems
    return (start, end) if end - start >= 2 and run[start:end] not in vocab.verbs.words else None  # (完成|分离|整改)


def _object_before(norm: str, start: int, floor: int, vocab: _Vocabulary,
                   after_count: int = -1, frequency: bool = False) -> tuple[Span | None, bool]:
    """The noun phrase between the last verb and the number (清理各类小广告2000余块 → 小广告), and whether
    a noun after the count should be preferred (罚没款共计12.6万元 but 志愿服务队共计2689名志愿者)."""
    m = _PHRASE_BEFORE.search(norm, max(floor, start - 24), start)
    if m is None:
        return None, False
    run, base = m.group(), m.start()
    stop = start
    opening = run.rfind("(")
    if opening != -1 and ")" not in run[opening:]:
        inside = run[opening + 1 :]
        if inside and inside not in vocab.post_noun_verbs:
            # 月销售额3万元（按季9万元）: a bracket opened before the count holds it; what stands outside is not its object
            base, run = base + opening + 1, inside
        elif opening:
            # 宣传资料（5000份）, 宣传资料（共5000份）: the noun before the bracket is the object
            run, stop = run[:opening], base + opening
        else:
            return None, False
    alias = _ALIAS_BEFORE.search(run)
    if alias:
        # …有限公司（以下简称“温氏股份”）投资3.2亿元: a short name given in brackets ends the name before it
        base, run = base + alias.end(), run[alias.end() :]
        if not run:
            return None, False
    if run[-1] in "、和与及":
        return None, False  # 县妇幼保健院及19家乡镇卫生院: the count opens a new conjunct, its noun follows
    if base == after_count and "、" in run and _last_cut(run, run.index("、"), vocab) is None:
        # 106个社区、背街小巷二百一十条: the conjuncts right after the count before are that count's (but
        # 19个村居发动党员、志愿者2100余人次: a verb opens this count's own list)
        cut = run.rindex("、") + 1
        base, run = base + cut, run[cut:]
        if not run:
            return None, False
    elif (base == after_count and run[0] not in "、和与及" and (joint := max(map(run.rfind, "和与及"))) > 0
          and _last_cut(run, joint, vocab) is None):
        # 市直63家单位和农贸市场3个: the first conjunct is the count before's; this count's is the one after 和
        base, run = base + joint + 1, run[joint + 1 :]
        if not run:
            return None, False
    if base == after_count and (first := vocab.nouns.at(run, 0)) and len(run) - len(first) >= 2:
        # 拖欠28名农民工工资约46万元 → 工资: the people just counted own what this count counts
        base, run = base + len(first), run[len(first):]
    if work := _work_on_thing(run, vocab):
        return _strip_modifiers(norm, base + work[0], base + work[1], vocab), True
    cut = _last_cut(run, len(run), vocab)
    if cut is None:
        if len(run) > _PHRASE_BEFORE_CHARS:
            # No verb within reach (抽查居民小区、建筑工地和废品收购站42个 has one): the last characters only.
            base, run = base + len(run) - _PHRASE_BEFORE_CHARS, run[-_PHRASE_BEFORE_CHARS:]
        # 30余支志愿服务队一千二百余名志愿者: the words right after a count are that count's object. Otherwise a
        # listed noun right before the number is trusted (现场观众500余人); anything else may be a place name
        # (胜境2个街道), so a noun after the count goes first.
        after_first = base == after_count or not vocab.nouns.before(run, len(run))
        return _strip_modifiers(norm, base, stop, vocab), after_first
    verb_start, verb_end = cut
    if verb_end < len(run) and run[-1] in _HEAP_PLACE_ENDINGS:
        verb = run[verb_start:verb_end]
        if verb in ("于", "在") and (heaping := vocab.heaping_verbs.before(run, verb_start)):
            verb, verb_start = heaping, verb_start - len(heaping)
        if verb in vocab.heaping_verbs.words or vocab.heaping_verbs.before(run, verb_end):
            # 将秸秆堆放路边约40吨, 稻草堆放于田埂约20吨, 打捆秸秆露天堆放路边: where the thing lies is no object,
            # the thing heaped is
            earlier = _last_cut(run, verb_start, vocab)
            a, b = _heaped_thing(norm, base + (earlier[1] if earlier else 0), base + verb_start)
            return _strip_modifiers(norm, a, b, vocab), False
    if verb_end < len(run):
        moved = vocab.people_moved.before(norm, stop) if run[verb_start:verb_end] in vocab.moving_verbs else None
        if (moved and stop - len(moved) > base + verb_end and norm[stop - len(moved) - 1] not in "和与及、"
                and norm[base + verb_end : stop - len(moved)] not in vocab.kinds_of_people_moved):  # (渔民和群众)
            # 转移沿江低洼区域群众1400余户 → 群众: the people moved, wherever they lived
            return (stop - len(moved), stop), False
        # A phrase longer than the usual reach (察看…老街、巫溪至奉节公路沿线3处地质灾害隐患点) is more often a
        # place than the counted thing: a noun after the count goes first.
        long_phrase = len(run) - verb_end > _LONG_PHRASE_CHARS
        return _strip_modifiers(norm, base + verb_end, stop, vocab), long_phrase
    # A verb right before the number: 组织2689名志愿者 counts what follows, while after 共计 / 改造 the
    # counted noun may come first (罚没款共计12.6万元, 背街小巷改造12条).
    held = frequency and run[verb_start:verb_end] not in vocab.holding_verbs
    earlier = _last_cut(run, verb_start, vocab) if held else None
    if held:
        holder = earlier
        while (holder and run[holder[0] : holder[1]] not in vocab.holding_verbs
               and verb_start - holder[0] <= _HELD_ACTIVITY_CHARS):
            holder = _last_cut(run, holder[0], vocab)  # 开展暗访督查4轮, 开展安全生产检查1400余次: the verbs
        if holder and run[holder[0] : holder[1]] in vocab.holding_verbs:  # after 开展 name the activity
            earlier = holder
    if (earlier and run[earlier[0] : earlier[1]] in vocab.holding_verbs
            and verb_start - earlier[1] <= _HELD_ACTIVITY_CHARS):
        # 开展集中清扫30余次, 开展犬只驱虫12轮次: the activity a frequency counts, held by 开展
        return _strip_modifiers(norm, base + earlier[1], base + verb_end, vocab), False
    if run[verb_start:verb_end] not in vocab.post_noun_verbs:
        return None, False  # 开展一次大扫除: the activity follows
    if not held:
        earlier = _last_cut(run, verb_start, vocab)  # (held: the same cut, found above)
    a, b = base + earlier[1] if earlier else base, base + verb_start
    if earlier and vocab.heaping_verbs.before(run, verb_end):
        a, b = _heaped_thing(norm, a, b)  # 收获后|秸秆露天堆放约80吨
    return _strip_modifiers(norm, a, b, vocab), True


PERSON_TIMES = frozenset({"人次"})
# 物业公司所管小区3处垃圾收集点: what lies in a place in one's charge is counted after it
IN_ONE_S_CHARGE = ("所管", "所辖", "所属")


def _held_activity(norm: str, start: int, vocab: _Vocabulary) -> Span | None:
    """The activity right after a holding verb (开展|包虫病筛查|二万六千余人次), when nothing else was found: a count
    of people served counts the service, as a frequency counts what it holds."""
    floor = max(0, start - _HELD_ACTIVITY_CHARS - 4)
    at, verb = max(((norm.rfind(v, floor, start), v) for v in vocab.holding_verbs), default=(-1, ""))
    if at < 0 or any(mark in norm[at:start] for mark in _CLAUSE_MARKS) or start - at - len(verb) < 2:
        return None
    return _strip_modifiers(norm, at + len(verb), start, vocab)


def _duty_at_least(norm: str, start: int, verb: int, vocab: _Vocabulary) -> bool:
    """每天巡山|不少于2次, 每周陪餐|不少于1次, 每晚|不少于2次: a minimum after a period and the verb of a duty."""
    if not norm.startswith(vocab.minimum_prefixes, start):
        return False
    return norm[verb:start] in vocab.periods or start - verb <= 4 and norm.endswith(vocab.periods, 0, verb)


# Before a 把 that is a measure word or part of a noun (一把, 两把, 火把, 扫把, 拖把, 车把)
_NOT_HOLDING_BEFORE = frozenset("一二两三四五六七八九十几每火扫拖车刀锁门0123456789")


def _handled_at(norm: str, span: Span) -> int:
    """Where the 将 or 把 that brings a thing forward stands inside the phrase `span` (村民将|秸秆, 提前把|独居老人), or
    -1 (将 after an adverb, 即将, or inside a word, 将军, 将乐县, brings nothing forward; nor does 把 in 把关, 一把)."""
    at = norm.rfind("将", span[0] + 1, span[1] - 1)
    if at != -1 and (norm[at - 1] in "即必终行" or norm[at + 1] in "军乐领士"):
        at = -1
    held = norm.rfind("把", max(at, span[0]) + 1, span[1] - 1)
    if held != -1 and norm[held + 1] not in "关握手守控柄式戏" and norm[held - 1] not in _NOT_HOLDING_BEFORE:
        return held
    return at


def _heaped_thing(norm: str, a: int, end: int) -> Span:
    """The thing heaped between `a` and its verb at `end`: past a 后 left by the verb before (收割后|稻草), past the
    将 or 把 that brings the thing forward (合作社将|秸秆堆放路边), which a unit's name may stand before, and before
    the 沿 that says where it lies (秸秆|沿公路露天堆放) or the 露天 that says how (泡沫浮球|露天堆放在岸滩). A 将 or
    把 right before the verb is left to `_strip_modifiers`, which drops it from an object's front."""
    if norm.startswith("后", a):
        a += 1  # 收割后|将稻草堆放田间
    handled = max(norm.rfind("将", a, end), norm.rfind("把", a, end))
    if handled != -1 and end - handled > 1:
        a = handled + 1
    along = norm.find("沿", a + 1, end)
    if along != -1:
        return a, along
    return a, end - 2 if norm.endswith("露天", a + 1, end) else end


def _ends_at(ends: Sequence[int], position: int) -> bool:
    """Whether the sorted `ends` hold `position`."""
    index = bisect_left(ends, position)
    return index < len(ends) and ends[index] == position


def _thing_after(norm: str, end: int, vocab: _Vocabulary, frequency: bool, words: Words | None) -> Span | None:
    """`_object_after`, unless what it finds is a verb that takes no object (护林员1名|脱岗: what they did), or
    opens with a verb of origin (3批次|出自这里), an adverb or a verb with its result (官兵六十余人|连夜抢险, 土袋三千余只|
    筑起反滤围井)."""
    found = _object_after(norm, end, vocab, frequency, words)
    if found and norm.startswith(VILLAGE_TWICE, found[0]) and found[1] == found[0] + len(VILLAGE_TWICE):
        return found[0], found[0] + 1  # 3个村|村口垃圾堆积: the villages, and a place of each (jieba's 村村, as in 村村通)
    if found and (norm[found[0] : found[1]] in vocab.intransitive_verbs or norm.startswith(vocab.origin_verbs, found[0])
                  or words is not None and not frequency and words.opens_no_noun(found[0])):
        return None
    return found


VILLAGE_TWICE = "村村"
ON_THE_REGISTER = "在册"
PLACE_PREPOSITIONS = "在为对"  # before where or for whom the counted things are (在萩芦溪源头|11个村)


DISPOSAL_MARKS = frozenset("将把")  # 某店将|5个钢瓶…, 某厂把|3吨废渣…: the unit does something to what follows
LISTED_PLACES_HEAD = "点位"  # (居民小区、集贸市场和村寨点位: a list of kinds of place says what the points are)


SERVED_REACH = 10  # characters of what was served between 为 and the verb (为超期未检钢瓶|充装)


def _served_before(norm: str, start: int, vocab: _Vocabulary) -> str | None:
    """The thing named between 为 and a verb of serving right before the count (为超期未检钢瓶充装三十余只), stripped of
    its modifiers, or None (also when no such verb comes right before the count)."""
    verb = next((v for v in vocab.served_verbs if norm.endswith(v, 0, start)), None)
    if verb is None:
        return None
    end = start - len(verb)
    opening = norm.rfind("为", max(0, end - SERVED_REACH), end)
    if opening == -1 or any(mark in norm[opening:end] for mark in _CLAUSE_MARKS):
        return None
    span = _strip_modifiers(norm, opening + 1, end, vocab)
    if span is None:
        return None
    thing = norm[span[0] : span[1]]
    return vocab.nouns.before(thing, len(thing)) or thing  # (超期未检|钢瓶: the thing, not what is wrong with it)


def _object(text: str, norm: str, span: _Span, floor: int, vocab: _Vocabulary, after_count: int = -1,
            organisation_ends: Sequence[int] = (), words: Words | None = None) -> str | None:
    """`after_count`: where the count before this one ends, if any; `organisation_ends`: where the named units'
    spans end, sorted (looked up by bisection: a page may name hundreds of units and hold hundreds of counts)."""
    if span.unit in vocab.no_object:
        return next((days for days in vocab.durations_named if norm.endswith(days, 0, span.start)), None)
    if span.unit in vocab.lengths and norm.startswith(vocab.radius_after, span.end):
        return None  # 考点周边500米内的网吧: a radius
    if span.unit in vocab.lengths and vocab.excess_over_level.search(norm, max(0, span.start - _EXCESS_CHARS),
                                                                    span.start):
        return None  # 涨至23.86米，超过警戒水位|0.86米: how far the level just told lies over the mark
    if span.unit in vocab.lengths and _DISTANCE.search(norm, max(0, span.start - _DISTANCE_CHARS), span.start):
        return None  # 炉膛离灌木丛不足5米, 钢瓶与灶具距离不足1米: how far apart two things are, no counted thing
    if span.unit in vocab.lengths and _DIMENSION_AFTER.match(norm, span.end):
        return None  # 积水已有一米多深, 一千余米深的采煤工作面, 3米宽的隔离带: how deep or wide, no counted thing
    if (span.unit in vocab.lengths and (dimension := vocab.dimensions.before(norm, span.start))
            and not vocab.dimension_verbs.before(norm, span.start)):
        return dimension if len(dimension) > 1 else None  # 坑深五米多, 胶管长三米多: how deep or long it is; 全长
    frequency = span.unit in vocab.frequencies
    if frequency and norm.endswith("连续", 0, span.start):
        return None  # 连续两次排名末位: how many times in a row, not a count of things
    if frequency and (norm.endswith(vocab.reporting_verbs, 0, span.start)
                      or norm.startswith(vocab.frequency_changes, span.end)):
        return None  # 每周通报一次监测结果: what is reported; 由每周两次增加到三次: how often, changed
    if served := _served_before(norm, span.start, vocab):
        return served  # 为超期未检钢瓶|充装|三十余只 → 钢瓶: what was served is named after 为
    before, after_first = _object_before(norm, span.start, floor, vocab, after_count, frequency)
    if before and norm[before[0] : before[1]] in vocab.times_of_day:
        before = None  # 7月21日傍晚|涨到23.18米: when it rose, not what
    if before and norm[before[1] - 1] in TIME_AFTER:
        before = None  # 彩达村改厕后|六座户厕: a time ("after the toilets were rebuilt"), no counted thing
    if before and (set_up := _SET_UP_AT.search(norm, before[0], before[1] - 1)):
        before = set_up.end(), before[1]  # 在进山路口设|检查站二十七个: the place where the counted things stand
    if before and (peak := _peak_named(norm, before, vocab)):
        before = peak  # 南宛河水位最高上涨2.4米 → 水位: the quantity whose peak rise is given
    if before and norm[before[0] : before[1]] in vocab.quantifiers_alone:
        before = None  # 完成全部|9个村…: the count's noun follows it
    if before and norm.endswith(vocab.teams, before[0], before[1]) and (
            founded := vocab.team_founding.search(norm, max(0, before[0] - 12), before[0])):
        # 组建|入户排查|小分队十九支: the team is named by its task, verb and all
        before = _strip_modifiers(norm, founded.start("task"), before[1], vocab) or before
    if before and (handled := _handled_at(norm, before)) != -1:
        before = _strip_modifiers(norm, handled + 1, before[1], vocab)  # 村民将|秸秆二十余垛…: who handles it
    if frequency and before and before[1] == span.start and _duty_at_least(norm, span.start, before[0], vocab):
        return None  # 护林员每天巡山不少于2次: how often a duty is done, no counted thing
    if before and organisation_ends:
        # 被县城管局罚款200元, 寿丰蔬菜市场日均进出货车: a unit inside the phrase acts; the counted thing follows it.
        # So does one the phrase starts inside of (…科技有限公司|蜜柚加工项目计划投资6.8亿元).
        last_inside = bisect_right(organisation_ends, before[1] - 2) - 1  # the last unit ending inside, if any
        if last_inside >= 0 and organisation_ends[last_inside] > before[0]:
            before = _strip_modifiers(norm, organisation_ends[last_inside], before[1], vocab)
        # 城南农贸市场2个摊位, 岭南乡一座山塘: right after a unit's name the count counts what follows
        after_first = after_first or _ends_at(organisation_ends, span.start)
        if before and norm[before[0] : before[1]] in vocab.acting_verbs and _ends_at(organisation_ends, before[0]):
            before = None  # …有限公司投资22亿元: what the company does, not what is counted
        if before and norm[before[1] - 1] in DISPOSAL_MARKS and _ends_at(organisation_ends, before[1] - 1):
            before = None  # …的鑫福来烧烤城将|5个液化气钢瓶存放在…: what the unit handles follows the count
    if before and norm.endswith(")", 0, before[0]) and norm[before[0] : before[1]] in vocab.acting_verbs and (
            _ALIAS_BEFORE.search(norm, max(0, before[0] - 16), before[0])):
        before = None  # …有限公司（以下简称“温氏股份”）投资3.2亿元: so does a company named by its short name
    if before and not after_first and (norm.endswith(vocab.places_before, before[0], before[1])
                                       or any(w in norm[before[0] : before[1]] for w in IN_ONE_S_CHARGE) or (
            norm.startswith(vocab.members, span.end) and norm.endswith(vocab.groups, before[0], before[1]))):
        # 城区及乡镇58座公厕: where the counted things are, the noun after the count is counted; so is 恶势力犯罪集团
        # 7名成员: the members of the group named before
        after_first = True
    if before and not after_first and norm[before[1] - 1] in LOCATIVE_ENDS and not norm.endswith(
            NOT_LOCATIVE, before[0], before[1]):
        after_first = True  # 冷库里|约40公斤冻肉, 溪边|二十多处洗衣埠头: a place ending in 里, 边…; what is there follows
    if before and not after_first and (span.unit in PERSON_MEASURES or span.unit == "户") and (
            (people := vocab.nouns.at(norm, span.end)) and people.endswith(vocab.people_endings)):
        after_first = True  # 食堂3名从业人员, 该村2名村民, 老旧小区二千余户居民: the people counted follow; before them
        # is where they are
    if before and words is not None and (cut := words.after_last_verb(before[0], before[1])) and (
            before[1] - cut >= 2):
        before = cut, before[1]  # 沟里捡出|农药瓶, 村边留下|取土坑, 已拉走|稻草: a verb the word lists do not hold
    if before and words is not None and (cut := words.after_plain_verb(before[0], before[1])) and (
            before[1] - cut >= 2):
        before = cut, before[1]  # 挂上|救生圈, 新搭|哨棚: a one-character verb right before the nouns
    if before and words is not None and (cut := words.after_opening_verb(
            before[0], before[1], vocab.opening_verbs, vocab.opening_verbs_mistagged)) and before[1] - cut >= 2:
        before = cut, before[1]  # 设|固定摊位九十六个: the verb that opens the phrase
    if before and words is not None and not frequency and span.unit not in PERSON_TIMES and (
            words.verb_ends_at(before[1], span.unit)):
        before = None  # 赵村乡租下|一处废弃的粮库, 乡厨把|4只钢瓶: a verb or preposition before the count takes the
        # noun after it
    if before and before[0] > 0 and norm.startswith(ON_THE_REGISTER, before[0] - 1) and before[1] - before[0] > 2:
        before = before[0] + 1, before[1]  # 登记在册|犬只, 全区在册|渡口: on the register, cut at its 在
    if before and _USED_AT.search(norm, before[0], before[1]):
        before = None  # 在村道边用|2个钢瓶, 后厨用|1个液化气罐: a place and the verb 用; what is used follows
    if before and words is not None and not frequency and words.word_ends_at(before[1], vocab.giving_verbs):
        before = None  # 便民店换|一块砖茶, 门口挂|一块流动牌: so does a verb of giving or placing, whatever jieba tags it
    if before and norm[before[0] : before[1]] in vocab.intransitive_verbs:
        before = None  # 已完工|1870座, 带动就业|2万余人: those that did it are counted, named elsewhere
    if frequency and before and before[1] == span.start and words is not None and words.short_verb_ends_at(
            span.start):
        before = None  # 各镇要把姜窖再查|一轮, 护河员早晚沿河走|一趟, 看了|一遍: how often it was done
    if before and before[1] - before[0] >= 2 and norm[before[1] - 1] == "时":
        peak = next((p for p in vocab.peak_times if norm.endswith(p, before[0], before[1])), "")
        # 白天鹅最多时|超过一万只: what peaked; 巡查队员赶到时|三堆稻草: a clause telling when, the thing follows
        before = (before[0], before[1] - len(peak)) if peak and before[1] - len(peak) - before[0] >= 2 else None
    if (before and not after_first and not frequency and words is not None
            and words.tag_ending_at(span.start) == "v" and not vocab.nouns.before(norm, span.start)):
        # 在河湾看见|三个孩子, 后厨摆放|4个液化气钢瓶: a verb right before the count (jieba's, not listed) takes the noun
        # after it; a noun jieba calls a verb (电鱼行为|九起, 烧烤摊贩|42个) does not
        after_first = True
    thing = None
    if (before and not after_first and not frequency and words is not None and before[0] > 0
            and norm[before[0] - 1] in PLACE_PREPOSITIONS and words.tag_ending_at(before[0]) == "p" and (
                words.noun_word_end(span.end) or vocab.nouns.at(norm, span.end) or not words.starts_word(span.end))
            and (thing := _thing_after(norm, span.end, vocab, frequency, words)) and thing[0] == span.end):
        # 在萩芦溪源头|11个村, 为核心保护区|四百余幢古民居: after a preposition the phrase is where or for whom; a noun
        # right after the count (or glued to its measure word) is what is counted (为果农|200余名授课 counts them)
        after_first = True
    if after_first:
        found = thing or _thing_after(norm, span.end, vocab, frequency, words) or before
    else:
        found = before or _thing_after(norm, span.end, vocab, frequency, words)
    if not found and span.unit in PERSON_TIMES:
        found = _held_activity(norm, span.start, vocab)  # 开展包虫病筛查二万六千余人次 → 包虫病筛查
    if frequency and found and found[1] == span.start and (activity := _activity_totalled(norm, span.start, vocab)):
        return activity  # 累计巡河巡湖3400余次: the patrols totalled, not 巡湖 after the verb 巡河
    if frequency and found and found == before and found[1] == span.start and _habitual(norm, found[1], vocab):
        # 村防疫员每周上门一次, 每周抽查送气点一次, 每季度评比一次 (the 每 inside the phrase found): a duty's rhythm
        # counts nothing named, unless a thing follows (每周给学生家长打一次电话); but 每日开展|巡查两次 counts the
        # patrols held. (Where the noun after the count went first, there was none: found is the phrase before it.)
        found = None if after_first else _thing_after(norm, span.end, vocab, frequency, words)
        if not found:
            return None
    if not found:
        return (_quantity_changed(norm, span.start, vocab) or _activity_totalled(norm, span.start, vocab)
                or _topic_had(text, norm, span.start, floor, vocab, after_count, organisation_ends, words))
    a, b = found
    if a >= span.end and words is not None and norm.endswith("其中", 0, span.start) and not words.noun_at(a):
        return None  # 其中一人突然抽筋, 其中2人转往毕节救治: a part of a total, its noun told before (其中5个监测点 names one)
    head = text[b - 1] in vocab.head_only_last and next((h for h in vocab.head_only if text.endswith(h, a, b)), None)
    if head and text[a:b] in vocab.kinds_kept_whole:
        head = None  # 督促整改火灾隐患96处 → 火灾隐患 (but 破获毒品刑事案件26起 → 案件)
    elif head and (hazard := next((k for k in vocab.hazard_kinds_ending if text.endswith(k, a, b)), None)):
        head = hazard  # 排查林区火灾隐患260余处 → 火灾隐患: the kind of hazard, not where it lies
    if not head and text.endswith(LISTED_PLACES_HEAD, a, b) and any(mark in text[a:b] for mark in "、和与及"):
        head = LISTED_PLACES_HEAD  # 居民小区、集贸市场和村寨点位 → 点位: the kinds of place list what the points are
    if head and b - len(head) > a and text[b - len(head) - 1] not in "、和与及":
        # 违规用火案件 → 案件, 铝型材项目总投资 → 总投资, 垃圾乱堆、小广告乱贴问题 → 问题: the kind of thing, not its
        # description (问题和隐患 stays whole)
        a = b - len(head)
    if span.unit in vocab.institution_measures and a >= span.end:
        # 8所学校食堂 → 学校: the institutions counted, not the part of them visited
        b = next((a + len(w) for w in vocab.institutions
                  if text.startswith(w, a) and text[a + len(w) : b] in vocab.institution_parts), b)
    if text[a] in ")）" and b - a > 1:
        a += 1  # 新建（改造）|公厕36座: the verb's alternative in brackets, closed before the object
    if a >= span.end and (tested := vocab.quality_measure.search(norm, a, b + 8)) and tested.start() < b:
        if tested.start() == a:
            return None  # 抽检板鸭六十八批次，2批次过氧化值超标: what the samples failed on, no counted thing
        b = tested.start()  # 1批次月饼菌落总数超标 → 月饼
    return None if _GRADE.fullmatch(norm, a, b) else text[a:b]  # 评为A级的37家、B级152家: grades, no things


_CLAUSE_BREAKS = "".join(sorted(_CLAUSE_MARKS)) + "\n"
_CLAUSE_START = re.compile(f"[{_CLAUSE_BREAKS}][^{_CLAUSE_BREAKS}]*$")  # the last mark before a position, if any


def _habitual(norm: str, start: int, vocab: _Vocabulary) -> bool:
    """Whether the clause up to `start` says how often a duty is done (每周上门, 每天早晚各走), with no activity
    held (每日开展巡查, 举办各类培训班)."""
    clause = _CLAUSE_START.search(norm, max(0, start - 30), start)
    clause_text = norm[clause.start() if clause else max(0, start - 30) : start]
    return "每" in clause_text and not any(verb in clause_text for verb in vocab.holding_verbs)


# 设 (set up) after the place where the counted things stand, inside the phrase before a count (在进山路口设|检查站
# 二十七个); not 设立, 设置 and the other words 设 opens, which name no place of their own
_SET_UP_AT = re.compile(r"(?:路口|交界处|卡口|道口|入口|出口)设(?!立|置|有|施|计|备)")
# Last characters of a place named before a count by what lies in, on or by it (冷库里, 散酒柜上, 溪边, 厂外), and of
# 另外 (和另外|两名护渔员): the counted thing follows. Not of a distance or a time (以外2公里, 晚上3次).
LOCATIVE_ENDS = frozenset("里内上边旁外")
# Such a place, or a doorway or a kitchen, and the verb 用 closing the phrase before a count (村道边用, 档口用, 后厨用):
# jieba glues 用 to the place
_USED_AT = re.compile("(?:[" + "".join(sorted(LOCATIVE_ENDS)) + "口]|后厨|厨房)用$")
NOT_LOCATIVE = ("开外", "以外", "之外", "意外", "额外", "以上", "以内", "之内", "马上", "晚上", "早上")
TIME_AFTER = frozenset("后前")  # last characters of a time phrase (改厕后, 汛期前); no counted thing ends so
PEAK_WORDS = ("最高", "最大")


def _peak_named(norm: str, before: Span, vocab: _Vocabulary) -> Span | None:
    """The measured quantity of an object ending in 最高 or 最大 (…河水位最高|上涨2.4米), as its own span."""
    a, b = before
    peak = next((w for w in PEAK_WORDS if norm.endswith(w, a, b)), None)
    if peak is None:
        return None
    end = b - len(peak)
    quantity = next((q for q in vocab.measured_quantities if norm.endswith(q, a, end)), None)
    return (end - len(quantity), end) if quantity else None


def _peak_reached(quantities: str) -> re.Pattern[str]:
    """A peak named before a comma and reached after it: 江尾镇雨量最大，达 (…最大的是鱼河镇，达; …居全区之首，达;
    …最大，为) or 最大降雨量出现在三江水族乡，(累计)达."""
    return re.compile(f"(?:({quantities})(?:最[大高多深]|居[^，,。；]{{1,6}}之首)(?:的是[^，,。；]{{1,12}})?"
                      f"|最[大高多]({quantities})出现在[^，,。；]{{1,16}})[，,](?:累计)?[达为]$")


_HAVING = re.compile(r"(?:主要|总共|一共|已经|[已只仍还共就都也尚仅])*有$")
# Words jieba tags nouns that before 有 contrast a count with another, naming nothing counted (账上记着两千条，实际只有四百条)
NOT_TOPICS = ("实际",)


def _topic_had(text: str, norm: str, start: int, floor: int, vocab: _Vocabulary, after_count: int,
               organisation_ends: Sequence[int], words: Words | None = None) -> str | None:
    """问题有三类, 全县登记在册的地质灾害隐患点有一百七十二处: what a count after 有 numbers is the noun before it,
    when nothing is named after the count (but 仍有3处, 超标的有二十一个: no noun; 峨山镇有2个…, 宏源矿业有限公司有3台…:
    a unit that has them; 新建的14座户厕有5座: some of the things just counted)."""
    having = _HAVING.search(norm, max(floor, start - 6), start)
    if having is None or not (vocab.nouns.before(norm, having.start()) or words is not None and words.tag_ending_at(
            having.start()) == "n" and not norm.endswith(NOT_TOPICS, 0, having.start())) or (
            _ends_at(organisation_ends, having.start())):
        return None
    before, _ = _object_before(norm, having.start(), floor, vocab)
    return text[before[0] : before[1]] if before and before[0] != after_count else None


def _quantity_changed(norm: str, start: int, vocab: _Vocabulary) -> str | None:
    """水位持续上涨，7月8日涨至133.5米: the level a quantity named earlier in the sentence changes to; 江尾镇雨量最大，
    达312毫米 or 最大降雨量出现在黄山头镇，达213毫米: the peak it reaches."""
    if not norm.endswith(vocab.changes_to, 0, start):
        peak = vocab.peak_reached.search(norm, max(0, start - 30), start)
        return (peak.group(1) or peak.group(2)) if peak else None
    sentence = norm.rfind("。", 0, start) + 1
    at, quantity = max((norm.rfind(q, sentence, start), q) for q in vocab.measured_quantities)
    return quantity if at >= 0 else None


def _activity_totalled(norm: str, start: int, vocab: _Vocabulary) -> str | None:
    """各级河长累计巡河1.2万余次: a patrol totalled right before its count is what is counted (每月巡河不少于2次, a
    requirement, counts nothing named)."""
    activity = next((a for a in vocab.totalled_activities if norm.endswith(a, 0, start)), None)
    return activity if activity and norm.endswith(vocab.totals, 0, start - len(activity)) else None


# 一天比一天多, 一个接一个, 一家挨着一家, 一家一家上门, 一天天, 一条条: one after another, no count (but 一名|名叫…)
_ONE_AFTER_ANOTHER = re.compile(r"一([\u4e00-\u9fff])(?:(?:接着?|挨着?|连着|比|串|跟着)?一\1|\1(?!叫))")


def _fixed_spans(norm: str, vocab: _Vocabulary) -> SpanSet:
    """Fixed terms and idioms (unless an exception word precedes or follows them) and titles and short
    quotations."""
    spans = [m.span() for m in _TITLE.finditer(norm)]
    spans += [m.span() for m in _ONE_AFTER_ANOTHER.finditer(norm)]
    for m in vocab.terms.finditer(norm):
        term = m.group().replace(" ", "")
        unless, unless_after = vocab.term_exceptions.get(term), vocab.term_exceptions_after.get(term)
        if not (unless and norm.endswith(unless, 0, m.start())
                or unless_after and norm.startswith(unless_after, m.end())):
            spans.append(m.span())
    return SpanSet(spans)


def _names_again(norm: str, span: _Span, obj: str, organisation_ends: Sequence[int], vocab: _Vocabulary) -> bool:
    """Whether a count of units or places sums up ones just named: after a back reference (以上两家单位, 这两个镇,
    以上3个村); for townships also right after their names (茨巫乡、八日乡两个乡), and two or three of them after 的, at
    the head of a line, or after a verb that turns to them (得分最低的两个乡, 约谈两个镇)."""
    if norm.endswith(vocab.back_references, 0, span.start):
        return True
    if obj not in vocab.township_levels:
        return False
    if _ends_at(organisation_ends, span.start):
        return True
    before = norm[span.start - 1 : span.start]
    return span.value <= 3 and (before in ("的", "\n", "") or norm.endswith(vocab.naming_again_after, 0, span.start))


def extract_counts(text: str, exclude: Sequence[tuple[int, int]] = (),
                   date_spans: Sequence[tuple[int, int]] | None = None,
                   organisations: Sequence[tuple[int, int]] = (), words: Words | None = None) -> list[CountMention]:
    """Counts in ``text`` in reading order, never overlapping ``exclude`` or a date span.

    ``date_spans`` are the text's date spans when the caller has found them already (`nlp.extract` has);
    otherwise the date extractor runs here. ``organisations`` are the spans of named organisations: a count that
    sums up a list of them (县财政局等12个单位参加, 红星村等8个村获评) counts those, so it has no object of its own.
    """
    if not text:
        return []
    norm = normalize_story(text)
    numerals = list(iter_numeral_forms(norm))
    vocab = _vocabulary()
    if "半" in norm and (halves := _halves(norm, vocab)):
        numerals = sorted(numerals + halves, key=_NUMERAL_START)
    if not numerals:
        return []
    if date_spans is None:
        date_spans = [(d.start, d.end) for d in extract_dates(text)]
    date_spans = list(date_spans)
    dates, taken = SpanSet(date_spans), SpanSet([*exclude, *date_spans])
    organisation_ends = sorted({end for _, end in organisations})
    fixed: SpanSet | None = None  # fixed terms and titles, looked for once a numeral could grow into a count
    mentions: list[CountMention] = []
    last_end = 0
    i = 0
    while i < len(numerals):
        n = numerals[i]
        i += 1
        # A numeral inside a date or a unit gives no count, whatever span it would grow into: skip it unexamined.
        if n.start < last_end or not _may_grow(norm, n.end, vocab) or taken.overlaps(n.start, n.end):
            continue
        if fixed is None:
            fixed = _fixed_spans(norm, vocab)
        if fixed.overlaps(n.start, n.end) or _is_code_or_ordinal(norm, n, vocab):
            continue
        span = _grow(norm, numerals, i - 1, vocab)
        if span is None or span.start < last_end or taken.overlaps(span.start, span.end):
            continue
        if _not_a_count(norm, n, span, vocab):
            continue
        i += span.consumed - 1
        # The object may be a named unit (新建乡镇污水处理厂5座), so only dates and counts bound it.
        obj = _object(text, norm, span, max(last_end, dates.end_before(span.start)), vocab,
                      last_end if mentions else -1, organisation_ends, words)
        if (obj is not None and organisations and norm[span.start - 1 : span.start] == "等"
                and any(end == span.start - 1 for _, end in organisations)
                and text.find(obj, span.end, span.end + len(obj) + 4) != -1):
            # 县住建局、县疾控中心等23家成员单位参加, 铜井镇等6个先进乡镇: the organisations named are what is counted
            obj = None
        if obj in vocab.named_again and _names_again(norm, span, obj, organisation_ends, vocab):
            obj = None  # 对以上两家单位给予通报表扬, 得分最低的两个乡，由县人居办约谈: the units just named, summed up
        if (obj is None and mentions and span.start == last_end and mentions[-1].object is not None
                and span.unit in vocab.shared_object_after.get(mentions[-1].unit, ())):
            obj = mentions[-1].object  # 转移群众八十六户二百九十余人: the households and the persons are the same 群众
        # Positional arguments: a mention is made for every count, and keywords cost a quarter more.
        mentions.append(CountMention(text[span.start:span.end], span.start, span.end, span.value, span.approx,
                                     span.unit, obj))
        last_end = span.end
    return mentions
