"""Rules baseline: seed-keyword labelling functions built from the taxonomy.

A label fires when a sentence holds one of its keywords and none of its exclude patterns. For heads marked
`reported_only`, sentences that instruct or plan (the taxonomy's [instructions] patterns) are skipped, because
the codebook counts only work reported as done.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Mapping, Sequence

from nlp.classifier.taxonomy import Label, Taxonomy

# Sentence ends in bulletin prose; commas are kept inside a sentence so a leader's "强调，…" governs its clauses.
SENTENCE_END = re.compile(r"(?<=[。！？；!?;\n])")


def split_sentences(text: str) -> list[str]:
    return [s.strip() for s in SENTENCE_END.split(text) if s.strip()]


@dataclass(frozen=True)
class InstructionFilter:
    """Tells reported sentences from instructions and plans."""

    patterns: tuple[str, ...]
    neutralise: tuple[str, ...]

    @classmethod
    def from_taxonomy(cls, taxonomy: Taxonomy) -> "InstructionFilter":
        return cls(taxonomy.instruction_patterns, taxonomy.instruction_neutralise)

    def is_instruction(self, sentence: str) -> bool:
        for pattern in self.neutralise:
            sentence = re.sub(pattern, "", sentence)
        return any(re.search(pattern, sentence) for pattern in self.patterns)

    def reported_text(self, text: str) -> str:
        """The text with instruction sentences removed."""
        return "".join(s for s in split_sentences(text) if not self.is_instruction(s))


def _field(story: Mapping[str, object], name: str) -> str:
    value = story.get(name)
    return value.strip() if isinstance(value, str) else ""


def story_text(story: Mapping[str, object]) -> str:
    """Title and text joined as one string, tolerant of missing or non-string fields."""
    return "\n".join(p for p in (_field(story, "title"), _field(story, "text")) if p)


def head_sentences(story: Mapping[str, object], reported_only: bool, instructions: "InstructionFilter") -> list[str]:
    """The sentences a head looks at: the title (a headline reports), then the text's sentences, instruction
    sentences dropped when the head counts only reported work."""
    sentences = split_sentences(_field(story, "text"))
    if reported_only:
        sentences = [s for s in sentences if not instructions.is_instruction(s)]
    title = _field(story, "title")
    return ([title] if title else []) + sentences


def label_fires(label: Label, sentences: Sequence[str]) -> bool:
    for sentence in sentences:
        if any(k in sentence for k in label.keywords):
            cleaned = sentence
            for pattern in label.exclude_patterns:
                cleaned = re.sub(pattern, "", cleaned)
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
            sentences = head_sentences(story, head.reported_only, instructions)
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
