"""Precision, recall and F1 over mention lists, matched by exact span (or overlap) plus chosen fields."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Callable, Iterable, Mapping

Mention = Mapping[str, object]
Key = Callable[[Mention], object]


@dataclass
class Score:
    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def __iadd__(self, other: "Score") -> "Score":
        self.tp += other.tp
        self.predicted += other.predicted
        self.gold += other.gold
        return self

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else (1.0 if not self.gold else 0.0)

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def span(m: Mention) -> tuple[int, int]:
    return int(m["start"]), int(m["end"])  # type: ignore[arg-type]


def exact(gold: Iterable[Mention], predicted: Iterable[Mention], key: Key | None = None) -> Score:
    """True positives are predicted mentions whose span (and `key`, when given) equals a gold mention's."""
    def signature(m: Mention) -> tuple:
        return (span(m), key(m)) if key else (span(m),)

    gold_keys = Counter(signature(m) for m in gold)
    pred_keys = Counter(signature(m) for m in predicted)
    tp = sum(min(n, gold_keys[k]) for k, n in pred_keys.items())
    return Score(tp, sum(pred_keys.values()), sum(gold_keys.values()))


def overlapping(gold: Iterable[Mention], predicted: Iterable[Mention]) -> Score:
    """Lenient matching: a predicted span that overlaps a not yet matched gold span is a hit (greedy, in order)."""
    gold_spans = sorted(span(m) for m in gold)
    pred_spans = sorted(span(m) for m in predicted)
    used: set[int] = set()
    tp = 0
    for start, end in pred_spans:
        for index, (gs, ge) in enumerate(gold_spans):
            if index not in used and start < ge and gs < end:
                used.add(index)
                tp += 1
                break
    return Score(tp, len(pred_spans), len(gold_spans))


def number_equal(a: object, b: object) -> bool:
    try:
        return abs(float(a) - float(b)) < 1e-6 * max(1.0, abs(float(b)))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return False


def normalise_number(value: object) -> object:
    """Numbers compared as numbers: 2000 == 2000.0; anything else unchanged."""
    if isinstance(value, bool) or value is None:
        return value
    try:
        number = float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return value
    return round(number, 6)


QUOTES = str.maketrans("", "", "“”\"'‘’「」")


def normalise_text(value: object) -> object:
    """Objects and units compared without quotation marks (`“两违”建筑` == `两违建筑`)."""
    return value.translate(QUOTES) if isinstance(value, str) else value
