"""Fit the story model on the project's labelled stories (plus annotated files) and save it with its metadata.

    python -m nlp.classifier.train [--extra FILE ...] [--taxonomy PATH] [--out PATH]

The model lands in `<data dir>/models/` as joblib, named by the hash of its training data, beside a JSON card with
its version, data hash, label counts and out-of-fold metrics.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import logging
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Sequence

import joblib

from nlp import paths
from nlp.classifier.annotations import AnnotatedStory, AnnotationError, labelled_files, read_annotations
from nlp.classifier.model import MODEL_FAMILY, StoryClassifier, fit_classifier
from nlp.classifier.taxonomy import DEFAULT_TAXONOMY, Taxonomy, TaxonomyError, load_taxonomy

LABELLED_DIR = Path(__file__).resolve().parents[1] / "data" / "labelled"
log = logging.getLogger(__name__)


def data_hash(files: Sequence[Path], taxonomy_path: Path) -> str:
    """SHA-256 over the model family, the taxonomy and every training file (names and bytes)."""
    digest = hashlib.sha256(MODEL_FAMILY.encode())
    for path in [Path(taxonomy_path), *files]:
        digest.update(Path(path).name.encode() + b"\0" + Path(path).read_bytes() + b"\0")
    return digest.hexdigest()


def training_files(extra: Sequence[Path] = (), labelled: Path | None = None) -> list[Path]:
    """The labelled folder's files (default: the project's own stories) followed by the extra annotation files."""
    return labelled_files(labelled or LABELLED_DIR) + [Path(p) for p in extra]


def load_training_set(taxonomy: Taxonomy, files: Sequence[Path]) -> list[AnnotatedStory]:
    """All annotated stories; a later file's annotation of the same story id replaces an earlier one."""
    by_id: dict[str, AnnotatedStory] = {}
    for path in files:
        for story in read_annotations(path, taxonomy):
            by_id[story.id] = story
    return list(by_id.values())


def fit_on(taxonomy: Taxonomy, stories: Sequence[AnnotatedStory], digest: str = "",
           tune_thresholds: bool = True) -> StoryClassifier:
    return fit_classifier(
        taxonomy, [s.as_story() for s in stories],
        {head.key: [s.labels.get(head.key, ()) for s in stories] for head in taxonomy.heads},
        data_hash=digest, tune_thresholds=tune_thresholds)


def save_model(model: StoryClassifier, path: Path) -> Path:
    """Write the model atomically (a half-written file is never loaded) and its JSON card beside it."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(handle)
    joblib.dump(model, temporary)
    os.replace(temporary, path)
    card = {"version": model.version, "data_hash": model.data_hash, "taxonomy": model.taxonomy.key,
            "thresholds": model.thresholds, "metrics": model.metrics}
    path.with_suffix(".json").write_text(json.dumps(card, ensure_ascii=False, indent=2), encoding="utf-8")
    return path


def default_model_path(digest: str) -> Path:
    return paths.data_dir() / "models" / f"story-classifier-{digest[:12]}.joblib"


def train(extra: Sequence[Path] = (), taxonomy_path: Path | None = None, out: Path | None = None,
          labelled: Path | None = None) -> tuple[StoryClassifier, Path]:
    taxonomy_path = Path(taxonomy_path or DEFAULT_TAXONOMY)
    taxonomy = load_taxonomy(taxonomy_path)
    files = training_files(extra, labelled)
    digest = data_hash(files, taxonomy_path)
    model = fit_on(taxonomy, load_training_set(taxonomy, files), digest)
    return model, save_model(model, out or default_model_path(digest))


def load_model(path: Path | None = None) -> StoryClassifier:
    """A trained model: the file at `path`, or the default model, trained on first use and cached."""
    if path is not None:
        model = joblib.load(path)
        if not isinstance(model, StoryClassifier):
            raise TypeError(f"{path}: not a story classifier")
        return model
    digest = data_hash(training_files(), DEFAULT_TAXONOMY)
    cached = default_model_path(digest)
    if cached.exists():
        import sklearn

        try:
            model = load_model(cached)
            if model.metrics.get("sklearn") == sklearn.__version__:
                return model
            log.warning("retraining: cached model %s was fitted with another scikit-learn", cached)
        except Exception as error:  # an unreadable cache (other library versions) is retrained, not fatal
            log.warning("retraining: cached model %s unreadable: %s", cached, error)
    model, _ = train()
    return model


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.classifier.train", description=__doc__.split("\n\n")[0],
                                     epilog="example: python -m nlp.classifier.train --extra exports/doccano.jsonl")
    parser.add_argument("--extra", type=Path, nargs="*", default=[], help="annotated JSONL/JSON/CSV files to add")
    parser.add_argument("--taxonomy", type=Path, default=None, help="taxonomy TOML (default nlp/taxonomy.toml)")
    parser.add_argument("--labelled", type=Path, default=None,
                        help="folder of labelled JSONL/CSV files for another taxonomy (default nlp/data/labelled)")
    parser.add_argument("--out", type=Path, default=None, help="model path (default <data>/models/…)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    started = time.perf_counter()
    try:
        model, saved = train(args.extra, args.taxonomy, args.out, args.labelled)
    except (AnnotationError, TaxonomyError, OSError) as error:
        print(f"train: {error}", file=sys.stderr)
        return 1
    print(f"trained {model.version} on {model.metrics['n_train']} stories in {time.perf_counter() - started:.1f}s")
    print(f"saved {saved}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
