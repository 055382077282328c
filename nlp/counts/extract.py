"""The count extractor's pass over a story: numerals to spans to mentions with their objects."""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from operator import attrgetter
from typing import Sequence

from nlp.counts.objects import counted_object, ends_at
from nlp.counts.spans import CountSpan, SpanSet, grow, half_numerals, is_code_or_ordinal, may_grow, not_a_count
from nlp.counts.vocabulary import Vocabulary, load_vocabulary
from nlp.counts.words import Words
from nlp.dates import extract_dates
from nlp.numerals import iter_numeral_forms, normalize_story

# Numbers inside a title are part of a name (《健康素养66条》), inside a short quotation or a quoted list of short
# items part of a slogan or campaign name (“十年禁渔”, “五个中心”, “一个项目、一名领导、一个专班”).
_TITLE = re.compile(r"《[^《》\n]{0,40}》|“[^“”\n]{1,10}”|“(?:[^“”、，\n]{1,8}、){1,4}[^“”、，\n]{1,8}”|‘[^‘’\n]{1,16}’")


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


_NUMERAL_START = attrgetter("start")

# 一天比一天多, 一个接一个, 一家挨着一家, 一家一家上门, 一天天, 一条条: one after another, no count (but 一名|名叫…)
_ONE_AFTER_ANOTHER = re.compile(r"一([\u4e00-\u9fff])(?:(?:接着?|挨着?|连着|比|串|跟着)?一\1|\1(?!叫))")


# 九人居办〔2019〕5号: a document's number with the issuer's code before it, whose characters may be numerals (九 of
# 九龙县, 三 of 三台县)
_DOCUMENT_NUMBER = re.compile(r"[\u4e00-\u9fff]{1,8}[〔［\[][0-9]{4}[〕］\]][0-9]+号")


def _fixed_spans(norm: str, vocab: Vocabulary) -> SpanSet:
    """Fixed terms and idioms (unless an exception word precedes or follows them), titles and short quotations,
    and documents' numbers."""
    spans = [m.span() for m in _TITLE.finditer(norm)]
    if "〔" in norm or "［" in norm or "[" in norm:
        spans += [m.span() for m in _DOCUMENT_NUMBER.finditer(norm)]
    spans += [m.span() for m in _ONE_AFTER_ANOTHER.finditer(norm)]
    for m in vocab.terms.finditer(norm):
        term = m.group().replace(" ", "")
        unless, unless_after = vocab.term_exceptions.get(term), vocab.term_exceptions_after.get(term)
        if not (unless and norm.endswith(unless, 0, m.start())
                or unless_after and norm.startswith(unless_after, m.end())):
            spans.append(m.span())
    return SpanSet(spans)


def _names_again(norm: str, span: CountSpan, obj: str, organisation_ends: Sequence[int], vocab: Vocabulary) -> bool:
    """Whether a count of units or places sums up ones just named: after a back reference (以上两家单位, 这两个镇,
    以上3个村); for townships also right after their names (茨巫乡、八日乡两个乡), and two or three of them after 的, at
    the head of a line, or after a verb that turns to them (得分最低的两个乡, 约谈两个镇)."""
    if norm.endswith(vocab.back_references, 0, span.start):
        return True
    if obj not in vocab.township_levels:
        return False
    if ends_at(organisation_ends, span.start):
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
    vocab = load_vocabulary()
    if "半" in norm and (halves := half_numerals(norm, vocab)):
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
        if n.start < last_end or not may_grow(norm, n.end, vocab) or taken.overlaps(n.start, n.end):
            continue
        if fixed is None:
            fixed = _fixed_spans(norm, vocab)
        if fixed.overlaps(n.start, n.end) or is_code_or_ordinal(norm, n, vocab):
            continue
        span = grow(norm, numerals, i - 1, vocab)
        if span is None or span.start < last_end or taken.overlaps(span.start, span.end):
            continue
        if not_a_count(norm, n, span, vocab):
            continue
        i += span.consumed - 1
        # The object may be a named unit (新建乡镇污水处理厂5座), so only dates and counts bound it.
        obj = counted_object(text, norm, span, max(last_end, dates.end_before(span.start)), vocab,
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
