"""Story classifiers: what a government did (action) and for which campaign strand (theme).

    from nlp.classifier import load_model, load_taxonomy
    model = load_model()                      # trained on the project's labelled stories on first use, then cached
    model.predict([{"id": "1", "title": "…", "text": "…"}])
    # → [{"action": [...], "theme": [...], "scores": {"action:inspection": 0.93, ...}}]
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from nlp.classifier.taxonomy import Head, Label, Taxonomy, load_taxonomy

if TYPE_CHECKING:
    from nlp.classifier.model import StoryClassifier

__all__ = ["Head", "Label", "StoryClassifier", "Taxonomy", "load_model", "load_taxonomy"]


def load_model(path: Path | None = None) -> "StoryClassifier":
    """The trained model at `path`, or the default model (trained from the labelled data on first use, cached)."""
    from nlp.classifier.train import load_model as _load_model

    return _load_model(path)


def __getattr__(name: str):
    # scikit-learn loads only when the model class is actually asked for.
    if name == "StoryClassifier":
        from nlp.classifier.model import StoryClassifier

        return StoryClassifier
    raise AttributeError(name)
