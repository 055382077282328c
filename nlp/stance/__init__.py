"""Whether a story praises or criticises the units it names (ANNOTATION.md, "Stance").

Cues are data (`dicts/stance_cues.toml`). A unit takes the stance of the closest cue in its clause — one before it
first (the list after 知晓率较高的有：), else one after it (…排名靠后). A unit that opens its sentence is the subject
of the clauses that follow (中枢街道组织有力，在全县考评中排名第一). A unit that acts — followed by 组织, 对, 下发,
强调 … — or that is the agent after 被 does the judging and takes no stance; so does a unit being instructed (…要).

The passes, one module each: `cues` (the cue table and where cues stand), `clauses` (where clauses, sentences, items
and lists begin and end), `by_cues` (the first pass), then the passes that read what cues alone miss: `villages`
(villages and their grassroots workers), `businesses` (businesses and the places visited), `findings` (gradings,
rankings and lists of faults) and `speech` (speakers, givers of praise and awards, ways of working handed on);
`assign` runs them.
"""
from __future__ import annotations

from nlp.stance.assign import assign_stance
from nlp.stance.clauses import AREA_TYPES, CLAUSE_OPENING_MARKS
from nlp.stance.cues import find_cues

__all__ = ["AREA_TYPES", "CLAUSE_OPENING_MARKS", "assign_stance", "find_cues"]
