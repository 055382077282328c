"""Scores on the project's annotated bulletin stories (`nlp/gold/bulletins_*.txt`), ours beside the baselines."""
from __future__ import annotations

from collections import defaultdict
from dataclasses import asdict
from typing import Callable

from nlp.evaluation import baselines
from nlp.evaluation.scoring import Score, exact, normalise_number, normalise_text
from nlp.gold.load import GoldStory

# metric -> (extractor kind, matching key beyond the exact span; None = span only)
METRICS: dict[str, tuple[str, Callable[[dict], object] | None]] = {
    "dates.span": ("dates", None),
    "dates.value": ("dates", lambda m: m["value"]),
    "counts.span": ("counts", None),
    "counts.value": ("counts", lambda m: (normalise_number(m["value"]), bool(m["approx"]))),
    "counts.unit": ("counts", lambda m: normalise_text(m["unit"])),
    "counts.object": ("counts", lambda m: normalise_text(m["object"])),
    "units.span": ("units", None),
    "units.canonical": ("units", lambda m: normalise_text(m["canonical"])),
    "units.type": ("units", lambda m: m["type"]),
    "units.title": ("units", lambda m: m["title"]),
}
STANCE = "units.stance"  # scored only over mentions that carry a stance, in gold or prediction


def gold_mentions(story: GoldStory) -> dict[str, list[dict]]:
    return {"dates": [asdict(m) for m in story.dates], "counts": [asdict(m) for m in story.counts],
            "units": [asdict(m) for m in story.units]}


def ours(story: GoldStory, tokenizer) -> dict[str, list[dict]]:
    from nlp.extract import extract_all

    return extract_all(story.text, story.ref_date, story.county_context, tokenizer=tokenizer).to_dict()


def baseline(story: GoldStory) -> dict[str, list[dict]]:
    return {"dates": baselines.jionlp_dates(story.text, story.ref_date),
            "counts": baselines.cn2an_counts(story.text),
            "units": baselines.jieba_units(story.text)}


def score_system(stories: list[GoldStory], predict: Callable[[GoldStory], dict[str, list[dict]]],
                 errors: dict[str, list] | None = None) -> dict[str, Score]:
    """Micro-averaged scores over all stories; `errors` collects (story id, missed gold, spurious prediction)."""
    totals: dict[str, Score] = defaultdict(Score)
    for story in stories:
        gold, pred = gold_mentions(story), predict(story)
        for metric, (kind, key) in METRICS.items():
            totals[metric] += exact(gold[kind], pred[kind], key)
        stance_key = lambda m: m["stance"]  # noqa: E731
        totals[STANCE] += exact([m for m in gold["units"] if m["stance"]],
                                [m for m in pred["units"] if m.get("stance")], stance_key)
        if errors is not None:
            _collect_errors(story, gold, pred, errors)
    return dict(totals)


def _collect_errors(story: GoldStory, gold: dict, pred: dict, errors: dict[str, list]) -> None:
    for metric in ("dates.value", "counts.value", "units.canonical"):
        kind, key = METRICS[metric]
        assert key is not None
        by_span = {(m["start"], m["end"]): m for m in pred[kind]}
        gold_spans = {(m["start"], m["end"]) for m in gold[kind]}
        for m in gold[kind]:
            got = by_span.get((m["start"], m["end"]))
            if got is None:
                errors[f"{kind}.missed"].append((story.id, m["text"], key(m)))
            elif key(got) != key(m):
                errors[f"{kind}.wrong_value"].append((story.id, m["text"], key(m), key(got)))
        for m in pred[kind]:
            if (m["start"], m["end"]) not in gold_spans:
                errors[f"{kind}.spurious"].append((story.id, m["text"], key(m)))
    for metric in ("counts.object", "counts.unit", "units.type", "units.title"):
        kind, key = METRICS[metric]
        assert key is not None
        by_span = {(m["start"], m["end"]): m for m in pred[kind]}
        for m in gold[kind]:
            got = by_span.get((m["start"], m["end"]))
            if got is not None and key(got) != key(m):
                errors[f"{metric}.wrong"].append((story.id, m["text"], key(m), key(got)))
    gold_stance = {(m["start"], m["end"]): m["stance"] for m in gold["units"]}
    for m in pred["units"]:
        expected = gold_stance.get((m["start"], m["end"]), "<no such unit>")
        if expected != "<no such unit>" and expected != m.get("stance"):
            errors["units.stance.wrong"].append((story.id, m["text"], expected, m.get("stance")))
