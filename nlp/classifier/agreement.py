"""Inter-annotator agreement: Cohen's kappa per label and per head for two annotation files.

    python -m nlp.classifier.agreement A.jsonl B.csv

Stories are matched by id (story_id or id; content hash when absent). Each label is a yes/no decision per story,
so kappa is computed per label; the head figure is the mean over labels that either annotator used.
"""
from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from nlp.classifier.annotations import AnnotatedStory, AnnotationError, read_annotations
from nlp.classifier.taxonomy import Taxonomy, TaxonomyError, load_taxonomy


def cohen_kappa(a: Sequence[bool], b: Sequence[bool]) -> float:
    """Cohen's kappa of two binary codings of the same items; 1.0 when both are identical and constant."""
    if len(a) != len(b):
        raise ValueError("the two codings cover a different number of items")
    n = len(a)
    if n == 0:
        raise ValueError("no items in common")
    observed = sum(x == y for x, y in zip(a, b)) / n
    pa, pb = sum(a) / n, sum(b) / n
    expected = pa * pb + (1 - pa) * (1 - pb)
    if expected == 1.0:
        return 1.0 if observed == 1.0 else 0.0
    return (observed - expected) / (1 - expected)


@dataclass(frozen=True)
class Agreement:
    shared: int
    per_label: dict[str, float]          # head:key → kappa
    per_head: dict[str, float]           # head → mean kappa over labels in use


def agreement(taxonomy: Taxonomy, first: Sequence[AnnotatedStory], second: Sequence[AnnotatedStory]) -> Agreement:
    left = {s.id: s for s in first}
    right = {s.id: s for s in second}
    shared = sorted(set(left) & set(right))
    if not shared:
        raise ValueError("the two files have no story in common")
    per_label: dict[str, float] = {}
    per_head: dict[str, float] = {}
    for head in taxonomy.heads:
        used = []
        for label in head.labels:
            a = [label.key in left[i].labels.get(head.key, ()) for i in shared]
            b = [label.key in right[i].labels.get(head.key, ()) for i in shared]
            per_label[label.qualified] = cohen_kappa(a, b)
            if any(a) or any(b):
                used.append(per_label[label.qualified])
        per_head[head.key] = sum(used) / len(used) if used else 1.0
    return Agreement(len(shared), per_label, per_head)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.classifier.agreement", description=__doc__.split("\n\n")[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("--taxonomy", type=Path, default=None)
    args = parser.parse_args(argv)
    try:
        taxonomy = load_taxonomy(args.taxonomy)
        result = agreement(taxonomy, read_annotations(args.first, taxonomy), read_annotations(args.second, taxonomy))
    except (AnnotationError, TaxonomyError, ValueError) as error:
        print(f"agreement: {error}", file=sys.stderr)
        return 1
    print(f"{result.shared} stories annotated in both files")
    for head in taxonomy.heads:
        print(f"\n[{head.key}] mean kappa {result.per_head[head.key]:.3f}")
        for label in head.labels:
            print(f"  {label.key:<16} {result.per_label[label.qualified]:6.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
