"""Named units: organisations and titled persons, with canonical names resolved against the county context.

The text is segmented with the project's tokenizer. An organisation is a run of naming words (places, proper
names, county prefixes, nouns) closed by a head word (局, 办公室, 镇, 小学, 公司 …, see `dicts/org_suffixes.toml`),
or a known name (the abbreviation table, jieba's `nt` words). Persons are names right after an official title.
Overlaps are resolved longest-first; stance comes from `nlp.stance`. Conventions: ANNOTATION.md, "Named units".

The passes, one module each: `tokens` (each word's classes), `organisations` (the walk left from a head word),
`places` (townships and villages by form and gazetteer), `businesses` (shops and companies by form), `persons`
(names after titles); `canonical` resolves names and types; `extract` runs them over a story.
"""
from __future__ import annotations

from nlp.units.canonical import canonical_name, unit_type
from nlp.units.extract import UnitMention, extract_units

VERSION = "units-545"

__all__ = ["VERSION", "UnitMention", "extract_units", "canonical_name", "unit_type"]
