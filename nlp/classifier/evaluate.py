"""Cross-validated per-label precision/recall/F1 of the model beside the rules baseline, checked against floors.

    python -m nlp.classifier.evaluate [--folds 5] [--extra FILE ...] [--no-floors]
    python -m nlp.classifier.evaluate --test FILE [FILE ...]


Both systems are scored on the same held-out folds in the same run (the rules need no training). With the
third-party corpus beside the checkout (../shared), off-topic news (THUCNews titles, CEC emergency reports) is
also classified and the share given any campaign theme is reported: every such theme is a false alarm.
Exit status 1 when a figure falls below `eval_floors.json`.

With `--test`, no folds: the model is trained on all labelled data (plus `--extra`) and both systems are scored
on the stories of the given files, which must be labelled in the same format and share no id with the training
data: the figure for text the model has never seen.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Sequence

import numpy as np
from sklearn.model_selection import KFold

from nlp.classifier.annotations import AnnotatedStory, AnnotationError
from nlp.classifier.model import RANDOM_STATE
from nlp.classifier.rules import RulesClassifier
from nlp.classifier.taxonomy import Taxonomy, TaxonomyError, load_taxonomy
from nlp.classifier.train import fit_on, load_training_set, training_files

FLOORS = Path(__file__).with_name("eval_floors.json")
# Composed stories share sentences across folds; those written whole give the less flattering figure.
WHOLE_STORIES = "written and labelled as a whole story"
SHARED = Path(__file__).resolve().parents[3] / "shared"
OFF_TOPIC_FILES = ("corpus/gold/classification/thucnews_titles.jsonl",
                   "corpus/gold/classification/cec_emergency_category.jsonl")


@dataclass(frozen=True)
class LabelScore:
    label: str
    support: int
    precision: float
    recall: float
    f1: float


def score_labels(head_keys: Sequence[str], gold: Sequence[Sequence[str]], predicted: Sequence[Sequence[str]]) -> list[LabelScore]:
    scores = []
    for key in head_keys:
        tp = sum(1 for g, p in zip(gold, predicted) if key in g and key in p)
        fp = sum(1 for g, p in zip(gold, predicted) if key not in g and key in p)
        fn = sum(1 for g, p in zip(gold, predicted) if key in g and key not in p)
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores.append(LabelScore(key, tp + fn, precision, recall, f1))
    return scores


def macro_f1(scores: Sequence[LabelScore]) -> float:
    scored = [s.f1 for s in scores if s.support]
    return float(np.mean(scored)) if scored else 0.0


def cross_validate(taxonomy: Taxonomy, stories: Sequence[AnnotatedStory], folds: int) -> dict[str, list[dict]]:
    """Out-of-fold predictions of the model (trained per fold, thresholds tuned inside the fold) and the rules."""
    model_out: list[dict] = [{} for _ in stories]
    rules = RulesClassifier(taxonomy)
    splitter = KFold(n_splits=folds, shuffle=True, random_state=RANDOM_STATE)
    for train, test in splitter.split(stories):
        model = fit_on(taxonomy, [stories[i] for i in train])
        for i, prediction in zip(test, model.predict([stories[i].as_story() for i in test])):
            model_out[i] = prediction
    rules_out = rules.predict([s.as_story() for s in stories])
    return {"model": model_out, "rules": rules_out}


def held_out_predictions(taxonomy: Taxonomy, training: Sequence[AnnotatedStory],
                         test: Sequence[AnnotatedStory]) -> dict[str, list[dict]]:
    """Predictions of the model trained on all of `training`, and of the rules, for `test`."""
    shared_ids = {s.id for s in training} & {s.id for s in test}
    if shared_ids:
        raise AnnotationError(f"test stories also in the training data: {', '.join(sorted(shared_ids)[:5])}")
    model = fit_on(taxonomy, training)
    stories = [s.as_story() for s in test]
    return {"model": model.predict(stories), "rules": RulesClassifier(taxonomy).predict(stories)}


def off_topic_rates(taxonomy: Taxonomy, model, shared: Path) -> dict[str, tuple[int, float, float]] | None:
    """For each off-topic file: (stories, share with a theme by the model, share with a theme by the rules)."""
    rates = {}
    rules = RulesClassifier(taxonomy)
    theme_heads = [h.key for h in taxonomy.heads if not h.reported_only]
    for relative in OFF_TOPIC_FILES:
        path = shared / relative
        if not path.exists():
            continue
        stories = [{"id": r.get("id", ""), "title": "", "text": r.get("text", "")}
                   for r in map(json.loads, path.read_text(encoding="utf-8").splitlines()) if r.get("text")]
        flagged = lambda predictions: float(np.mean([any(p.get(h) for h in theme_heads) for p in predictions]))
        rates[path.name] = (len(stories), flagged(model.predict(stories)), flagged(rules.predict(stories)))
    return rates or None


def report(taxonomy: Taxonomy, stories: Sequence[AnnotatedStory], predictions: Mapping[str, list[dict]]) -> tuple[list[str], dict]:
    lines, summary = [], {}
    for head in taxonomy.heads:
        gold = [s.labels.get(head.key, ()) for s in stories]
        model = score_labels(head.keys, gold, [p.get(head.key, []) for p in predictions["model"]])
        rules = score_labels(head.keys, gold, [p.get(head.key, []) for p in predictions["rules"]])
        lines.append(f"\n[{head.key}] {'label':<15}{'n':>4}   model P / R / F1       rules P / R / F1")
        for m, r in zip(model, rules):
            lines.append(f"  {m.label:<20}{m.support:>4}   {m.precision:.2f} / {m.recall:.2f} / {m.f1:.2f}"
                         f"     {r.precision:.2f} / {r.recall:.2f} / {r.f1:.2f}")
        summary[head.key] = {"model_macro_f1": macro_f1(model), "rules_macro_f1": macro_f1(rules)}
        lines.append(f"  {'macro-F1':<24}   model {summary[head.key]['model_macro_f1']:.3f}"
                     f"          rules {summary[head.key]['rules_macro_f1']:.3f}")
    return lines, summary


def subset_line(taxonomy: Taxonomy, stories: Sequence[AnnotatedStory], predictions: Mapping[str, list[dict]],
                marker: str) -> str:
    """Macro-F1 of both systems on the stories whose provenance mentions `marker` (same folds as above)."""
    chosen = [i for i, s in enumerate(stories) if marker in s.provenance]
    if not chosen:
        return ""
    parts = []
    for head in taxonomy.heads:
        gold = [stories[i].labels.get(head.key, ()) for i in chosen]
        for system in ("model", "rules"):
            found = [predictions[system][i].get(head.key, []) for i in chosen]
            parts.append(f"{head.key} {system} {macro_f1(score_labels(head.keys, gold, found)):.3f}")
    return f"\nstories {marker} only (n={len(chosen)}), macro-F1: " + ", ".join(parts)


def check_floors(summary: dict, floors: dict) -> list[str]:
    failures = []
    for head, floor in floors.get("macro_f1", {}).items():
        value = summary.get(head, {}).get("model_macro_f1", 0.0)
        if value < floor:
            failures.append(f"{head} macro-F1 {value:.3f} is below its floor {floor:.3f}")
    if floors.get("model_beats_rules"):
        for head, values in summary.items():
            if values["model_macro_f1"] <= values["rules_macro_f1"]:
                failures.append(f"{head}: the model ({values['model_macro_f1']:.3f}) does not beat the rules "
                                f"({values['rules_macro_f1']:.3f})")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.classifier.evaluate", description=__doc__.split("\n\n")[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="annotated files to include")
    parser.add_argument("--taxonomy", type=Path, default=None)
    parser.add_argument("--labelled", type=Path, default=None, help="labelled folder (default nlp/data/labelled)")
    parser.add_argument("--no-floors", action="store_true", help="report only; do not check eval_floors.json")
    parser.add_argument("--test", type=Path, nargs="+", default=None,
                        help="score on these labelled files instead of cross-validating (no floors)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    try:
        taxonomy = load_taxonomy(args.taxonomy)
        stories = load_training_set(taxonomy, training_files(args.extra, args.labelled))
    except (AnnotationError, TaxonomyError, OSError) as error:
        print(f"evaluate: {error}", file=sys.stderr)
        return 1
    if args.test:
        try:
            test = load_training_set(taxonomy, args.test)
            predictions = held_out_predictions(taxonomy, stories, test)
        except (AnnotationError, OSError) as error:
            print(f"evaluate: {error}", file=sys.stderr)
            return 1
        lines, _ = report(taxonomy, test, predictions)
        print(f"trained on {len(stories)} labelled stories; scored on {len(test)} held-out stories from "
              f"{', '.join(str(p) for p in args.test)}")
        print("\n".join(lines))
        print(f"\n({time.perf_counter() - started:.0f}s)")
        return 0
    predictions = cross_validate(taxonomy, stories, args.folds)
    lines, summary = report(taxonomy, stories, predictions)
    print(f"{len(stories)} labelled stories, {args.folds}-fold cross-validation (random_state={RANDOM_STATE})")
    print("\n".join(lines))
    print(subset_line(taxonomy, stories, predictions, WHOLE_STORIES))
    if SHARED.is_dir() and args.taxonomy is None:
        model = fit_on(taxonomy, stories)
        rates = off_topic_rates(taxonomy, model, SHARED) or {}
        if rates:
            print("\noff-topic news given any theme (lower is better):")
        for name, (count, by_model, by_rules) in rates.items():
            print(f"  {name:<36}{count:>5}   model {by_model:.1%}   rules {by_rules:.1%}")
    print(f"\n({time.perf_counter() - started:.0f}s)")
    if args.no_floors or args.taxonomy is not None:  # the floors are the project taxonomy's
        return 0
    failures = check_floors(summary, json.loads(FLOORS.read_text(encoding="utf-8")))
    for failure in failures:
        print(f"FLOOR: {failure}", file=sys.stderr)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
