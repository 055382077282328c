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

The steps, one module each: `vocabulary` (the dictionaries, loaded once), `spans` (steps 1 to 3), `words` (a story's
words and where a noun phrase ends), `modifiers` (scope words, quantifiers and labels stripped from an object),
`object_before` and `object_after` (step 4 on either side), `objects` (which side, or none); `extract` runs them.
"""
from __future__ import annotations

from nlp.counts.extract import CountMention, extract_counts
from nlp.counts.spans import SpanSet
from nlp.counts.words import Words

VERSION = "counts-295"

__all__ = ["VERSION", "CountMention", "SpanSet", "Words", "extract_counts"]
