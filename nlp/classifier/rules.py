"""Rules baseline: seed-keyword labelling functions built from the taxonomy.

A label fires when a sentence holds one of its keywords and none of its exclude patterns. For heads marked
`reported_only`, sentences that instruct or plan (the taxonomy's [instructions] patterns) are skipped, because
the codebook counts only work reported as done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from nlp.classifier.taxonomy import Head, Label, Taxonomy

# Sentence ends in bulletin prose; commas are kept inside a sentence so a leader's "强调，…" governs its clauses.
SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


@dataclass(frozen=True)
class InstructionFilter:
    """Tells reported sentences from instructions and plans."""

    patterns: tuple[str, ...]
    neutralise: tuple[str, ...]
    speech_openers: tuple[str, ...] = ()
    report_markers: tuple[str, ...] = ()
    report_blockers: tuple[str, ...] = ()
    instruction_tails: tuple[str, ...] = ()

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy) -> "InstructionFilter":
        return cls(taxonomy.instruction_patterns, taxonomy.instruction_neutralise, taxonomy.speech_openers,
                   taxonomy.report_markers, taxonomy.report_blockers, taxonomy.instruction_tails)

    def is_summary(self, sentence: str) -> bool:
        """A statistic of completed work, which counts wherever it is quoted."""
        cleaned = self._clean(sentence)
        return (any(re.search(p, cleaned) for p in self.report_markers)
                and not any(re.search(p, cleaned) for p in self.report_blockers))

    def _clean(self, sentence: str) -> str:
        for pattern in self.neutralise:
            sentence = re.sub(pattern, "", sentence)
        return sentence

    def is_instruction(self, sentence: str) -> bool:
        sentence = self._clean(sentence)
        return any(re.search(pattern, sentence) for pattern in self.patterns)

    def reported_head(self, sentence: str) -> str:
        """The part of an instruction sentence before a clause that opens the instruction ("5月11日，市森防指约谈
        图强镇负责人，要求…" → "5月11日，市森防指约谈图强镇负责人"), if that part reports; else ''."""
        for pattern in self.instruction_tails:
            found = re.search(pattern, sentence)
            if found and found.start() > 0:
                head = sentence[:found.start()]
                return "" if self.is_instruction(head) else head
        return ""

    def reported_sentences(self, text: str) -> list[str]:
        """The text's sentences that report work: instructions, and whatever follows a speech opener in the
        same paragraph, are left out (a reported clause before an instruction is kept)."""
        kept = []
        for paragraph in text.split("\n"):
            in_speech = False
            for sentence in split_sentences(paragraph):
                cleaned = self._clean(sentence)
                if any(re.search(p, cleaned) for p in self.speech_openers):
                    in_speech = True
                if self.is_summary(sentence) or (not in_speech and not self.is_instruction(sentence)):
                    kept.append(sentence)
                elif not in_speech and (head := self.reported_head(sentence)):
                    kept.append(head)
        return kept


def _field(story: Mapping[str, object], name: str) -> str:
    value = story.get(name)
    return value.strip() if isinstance(value, str) else ""


def story_text(story: Mapping[str, object]) -> str:
    """Title and text joined as one string, tolerant of missing or non-string fields."""
    return "\n".join(p for p in (_field(story, "title"), _field(story, "text")) if p)


def head_sentences(story: Mapping[str, object], head: Head, instructions: "InstructionFilter") -> list[str]:
    """The sentences a head looks at: the title (a headline reports), then the text's sentences, instruction
    sentences dropped when the head counts only reported work, and the head's exclude patterns cut out."""
    text = _field(story, "text")
    sentences = instructions.reported_sentences(text) if head.reported_only else split_sentences(text)
    title = _field(story, "title")
    sentences = ([title] if title else []) + sentences
    if head.exclude_patterns:
        sentences = [_strip(s, head.exclude_patterns) for s in sentences]
    return sentences


def _strip(sentence: str, patterns: Sequence[str]) -> str:
    for pattern in patterns:
        sentence = re.sub(pattern, "", sentence)
    return sentence


def label_fires(label: Label, sentences: Sequence[str]) -> bool:
    for sentence in sentences:
        if any(k in sentence for k in label.keywords):
            cleaned = _strip(sentence, label.exclude_patterns)
            if any(k in cleaned for k in label.keywords):
                return True
    return False


@dataclass(frozen=True)
class RulesClassifier:
    """Keyword labelling functions for every label of a taxonomy; no training."""

    taxonomy: Taxonomy

    @property
    def version(self) -> str:
        return f"rules-{self.taxonomy.key}-{self.taxonomy.version}"

    def hits(self, story: Mapping[str, object]) -> dict[str, bool]:
        """`head:key` → whether the label's keywords fire in the story."""
        instructions = InstructionFilter.from_taxonomy(self.taxonomy)
        result: dict[str, bool] = {}
        for head in self.taxonomy.heads:
            sentences = head_sentences(story, head, instructions)
            for label in head.labels:
                result[label.qualified] = label_fires(label, sentences)
        return result

    def predict(self, stories: Sequence[Mapping[str, object]]) -> list[dict]:
        out = []
        for story in stories:
            hits = self.hits(story)
            record: dict = {head.key: [l.key for l in head.labels if hits[l.qualified]] for head in self.taxonomy.heads}
            record["scores"] = {name: float(hit) for name, hit in hits.items()}
            out.append(record)
        return out
