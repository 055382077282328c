"""Classification throughput: stories/s of the trained model beside the rules baseline, same stories, same run.

    python scripts/bench/classify.py [--repeat 5] [--train]

--train also times fitting the model on the labelled set (threshold tuning included).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from nlp.classifier import load_model, load_taxonomy  # noqa: E402
from nlp.classifier.rules import RulesClassifier  # noqa: E402
from nlp.classifier.train import fit_on, load_training_set, training_files  # noqa: E402


def rate(predict, stories: list[dict]) -> float:
    started = time.perf_counter()
    predict(stories)
    return len(stories) / (time.perf_counter() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--repeat", type=int, default=5, help="copies of the labelled set to classify")
    parser.add_argument("--train", action="store_true", help="also time a full training run")
    args = parser.parse_args(argv)
    taxonomy = load_taxonomy()
    labelled = load_training_set(taxonomy, training_files())
    stories = [s.as_story() for s in labelled] * args.repeat
    model = load_model()
    rules = RulesClassifier(taxonomy)
    model.predict(stories[:8])  # warm the tokenizer so the timing is of classification, not dictionary loading
    model_rate, rules_rate = rate(model.predict, stories), rate(rules.predict, stories)
    print(f"{len(stories)} stories ({sum(len(s['text']) for s in stories) / len(stories):.0f} chars on average)")
    print(f"  rules baseline  {rules_rate:10.1f} stories/s")
    print(f"  model {model.version:<10}{model_rate:10.1f} stories/s   ({model_rate / rules_rate:.2f}x the rules)")
    if args.train:
        started = time.perf_counter()
        fit_on(taxonomy, labelled)
        print(f"  training on {len(labelled)} stories: {time.perf_counter() - started:.1f}s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
