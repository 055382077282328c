"""Feature extraction for the story model: jieba words, character n-grams and rule hits, per head.

Everything here is module-level or a small estimator class so that a fitted model pickles (a `jieba.Tokenizer`
holds a lock and cannot be pickled; it is rebuilt lazily in each process by a cached factory).
"""
from __future__ import annotations

import logging
from functools import cache
from typing import Mapping, Sequence

import numpy as np
from scipy import sparse
from sklearn.base import BaseEstimator, TransformerMixin

from nlp import paths
from nlp.classifier.rules import InstructionFilter, head_sentences, label_fires, story_text
from nlp.classifier.taxonomy import Taxonomy

# Stories longer than this are cut before featurising: compiled bulletins are split upstream, so a longer "story"
# is a splitting failure, and jieba's time grows with length.
MAX_CHARS = 20_000


@cache
def word_tokenizer():
    """One jieba tokenizer per process, with the project dictionaries when `nlp.segment` provides them."""
    try:
        from nlp.segment import make_tokenizer
    except ImportError:
        make_tokenizer = None
    if make_tokenizer is not None:
        try:
            return make_tokenizer()
        except (OSError, ValueError, KeyError) as error:
            logging.getLogger(__name__).warning("project dictionaries unavailable, plain jieba used: %s", error)
    import jieba

    logging.getLogger("jieba").setLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.tmp_dir = str(paths.cache_dir())
    return tokenizer


def jieba_words(text: str) -> list[str]:
    """Words of `text` (the TF-IDF tokenizer; module-level so the model pickles)."""
    return [word for word in word_tokenizer().cut(text) if word.strip()]


class HeadText(BaseEstimator, TransformerMixin):
    """Story mappings → the text a head reads (title plus reported sentences for action-like heads)."""

    def __init__(self, taxonomy: Taxonomy, head: str):
        self.taxonomy = taxonomy
        self.head = head

    def fit(self, stories: Sequence[Mapping[str, object]], y=None) -> "HeadText":
        return self

    def transform(self, stories: Sequence[Mapping[str, object]]) -> list[str]:
        head = self.taxonomy.head(self.head)
        instructions = InstructionFilter.from_taxonomy(self.taxonomy)
        return ["\n".join(head_sentences(clip(s), head, instructions)) for s in stories]


class RuleHits(BaseEstimator, TransformerMixin):
    """Story mappings → rule evidence per label of the head: does its seed-keyword rule fire anywhere, in the
    title, and together with the head's context keywords; plus one column for the context itself."""

    def __init__(self, taxonomy: Taxonomy, head: str, weight: float = 1.0):
        self.taxonomy = taxonomy
        self.head = head
        self.weight = weight

    def fit(self, stories: Sequence[Mapping[str, object]], y=None) -> "RuleHits":
        return self

    def transform(self, stories: Sequence[Mapping[str, object]]) -> sparse.csr_matrix:
        head = self.taxonomy.head(self.head)
        instructions = InstructionFilter.from_taxonomy(self.taxonomy)
        rows = []
        for story in stories:
            story = clip(story)
            sentences = head_sentences(story, head, instructions)
            title = story.get("title") if isinstance(story.get("title"), str) else ""
            context = float(any(k in story_text(story) for k in head.context_keywords))
            row = []
            for label in head.labels:
                hit = float(label_fires(label, sentences))
                row += [hit, float(bool(title) and label_fires(label, [title])), hit * context]
            rows.append(row + [context])
        width = 3 * len(head.labels) + 1
        return sparse.csr_matrix(np.asarray(rows, dtype=float).reshape(len(rows), width) * self.weight)


def clip(story: Mapping[str, object]) -> Mapping[str, object]:
    text = story.get("text")
    if isinstance(text, str) and len(text) > MAX_CHARS:
        return {**story, "text": text[:MAX_CHARS]}
    return story
