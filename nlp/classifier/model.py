"""The story model: per head, TF-IDF over jieba words and character n-grams plus rule hits, one-vs-rest logistic
regression with balanced class weights, and a decision threshold per label tuned on out-of-fold scores."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import KFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.pipeline import FeatureUnion, Pipeline

from nlp.classifier.features import HeadText, RuleHits, jieba_words
from nlp.classifier.rules import story_text
from nlp.classifier.taxonomy import Head, Taxonomy

# Bump when features or estimator change: the family is part of the model version and of the cache key.
MODEL_FAMILY = "clf-1"
RANDOM_STATE = 20240601
THRESHOLD_GRID = np.round(np.arange(0.15, 0.86, 0.05), 2)
DEFAULT_THRESHOLD = 0.5
# A label needs this many positives before its threshold is tuned rather than left at the default.
MIN_POSITIVES_TO_TUNE = 4
CJK = re.compile(r"[\u4e00-\u9fff]")


def build_pipeline(taxonomy: Taxonomy, head: str) -> Pipeline:
    """An unfitted pipeline for one head."""
    words = Pipeline([
        ("text", HeadText(taxonomy, head)),
        ("tfidf", TfidfVectorizer(tokenizer=jieba_words, token_pattern=None, lowercase=False,
                                  ngram_range=(1, 2), min_df=2, sublinear_tf=True)),
    ])
    chars = Pipeline([
        ("text", HeadText(taxonomy, head)),
        ("tfidf", TfidfVectorizer(analyzer="char", ngram_range=(2, 3), min_df=2, sublinear_tf=True, max_features=40000)),
    ])
    features = FeatureUnion([("words", words), ("chars", chars), ("rules", RuleHits(taxonomy, head))])
    classifier = OneVsRestClassifier(
        LogisticRegression(C=20.0, class_weight="balanced", max_iter=3000, solver="liblinear", dual=True))
    return Pipeline([("features", features), ("classifier", classifier)])


def label_matrix(head: Head, labels: Sequence[Sequence[str]]) -> np.ndarray:
    """Rows of label keys → a 0/1 matrix in the head's label order."""
    index = {key: i for i, key in enumerate(head.keys)}
    matrix = np.zeros((len(labels), len(index)), dtype=int)
    for row, keys in enumerate(labels):
        for key in keys:
            if key in index:
                matrix[row, index[key]] = 1
    return matrix


def fit_head(pipeline: Pipeline, stories: Sequence[Mapping[str, object]], y: np.ndarray) -> Pipeline:
    """Fit, tolerating labels that are constant in this sample (a fold may lack a rare label)."""
    constant = (y.min(axis=0) == y.max(axis=0))
    if constant.any():
        y = y.copy()
        # OneVsRest needs both classes per column; a single flipped dummy row keeps the column learnable
        # while its score stays near the constant.
        y[0, constant] = 1 - y[0, constant]
    return pipeline.fit(list(stories), y)


def best_threshold(y_true: np.ndarray, scores: np.ndarray) -> float:
    if y_true.sum() < MIN_POSITIVES_TO_TUNE:
        return DEFAULT_THRESHOLD
    best, best_f1 = DEFAULT_THRESHOLD, -1.0
    for threshold in THRESHOLD_GRID:
        predicted = scores >= threshold
        tp = float((predicted & (y_true == 1)).sum())
        denominator = predicted.sum() + y_true.sum()
        f1 = 2 * tp / denominator if denominator else 0.0
        # Ties go to the threshold nearest 0.5, the least tuned choice.
        if f1 > best_f1 + 1e-9 or (abs(f1 - best_f1) <= 1e-9 and abs(threshold - 0.5) < abs(best - 0.5)):
            best, best_f1 = float(threshold), f1
    return best


def out_of_fold_scores(taxonomy: Taxonomy, head: str, stories: Sequence[Mapping[str, object]], y: np.ndarray,
                       folds: int = 3, random_state: int = RANDOM_STATE) -> np.ndarray:
    scores = np.zeros(y.shape, dtype=float)
    splitter = KFold(n_splits=folds, shuffle=True, random_state=random_state)
    for train, test in splitter.split(stories):
        pipeline = fit_head(build_pipeline(taxonomy, head), [stories[i] for i in train], y[train])
        scores[test] = pipeline.predict_proba([stories[i] for i in test])
    return scores


@dataclass
class StoryClassifier:
    """A fitted story model: one pipeline per head and a threshold per `head:label`."""

    taxonomy: Taxonomy
    pipelines: dict[str, Pipeline]
    thresholds: dict[str, float]
    version: str = MODEL_FAMILY
    data_hash: str = ""
    metrics: dict = field(default_factory=dict)

    def predict(self, stories: Sequence[Mapping[str, str]]) -> list[dict]:
        """Labels and scores for each story; a story without usable Chinese text gets no labels and a `warning`."""
        results: list[dict] = [{} for _ in stories]
        usable = []
        for i, story in enumerate(stories):
            problem = unusable_reason(story)
            if problem:
                results[i] = {**{h.key: [] for h in self.taxonomy.heads}, "scores": {}, "warning": problem}
            else:
                usable.append(i)
        if not usable:
            return results
        batch = [stories[i] for i in usable]
        for i in usable:
            results[i] = {"scores": {}}
        for head in self.taxonomy.heads:
            probabilities = self.pipelines[head.key].predict_proba(batch)
            for row, i in enumerate(usable):
                chosen = []
                for column, label in enumerate(head.labels):
                    score = round(float(probabilities[row, column]), 4)
                    results[i]["scores"][label.qualified] = score
                    if score >= self.thresholds.get(label.qualified, DEFAULT_THRESHOLD):
                        chosen.append(label.key)
                results[i][head.key] = chosen
        return [{**{h.key: r.get(h.key, []) for h in self.taxonomy.heads}, **r} for r in results]


def unusable_reason(story: Mapping[str, object]) -> str | None:
    text = story_text(story)
    if not text:
        return "empty title and text"
    if not CJK.search(text):
        return "no Chinese text: the model reads Chinese bulletins only"
    return None


def fit_classifier(taxonomy: Taxonomy, stories: Sequence[Mapping[str, object]],
                   labels: Mapping[str, Sequence[Sequence[str]]], data_hash: str = "",
                   tune_thresholds: bool = True, random_state: int = RANDOM_STATE) -> StoryClassifier:
    """Fit every head on `stories`; `labels[head]` holds each story's label keys for that head."""
    pipelines: dict[str, Pipeline] = {}
    thresholds: dict[str, float] = {}
    metrics: dict[str, dict] = {}
    for head in taxonomy.heads:
        y = label_matrix(head, labels[head.key])
        if tune_thresholds:
            scores = out_of_fold_scores(taxonomy, head.key, stories, y, random_state=random_state)
            for column, label in enumerate(head.labels):
                threshold = best_threshold(y[:, column], scores[:, column])
                thresholds[label.qualified] = threshold
                predicted = scores[:, column] >= threshold
                tp = int((predicted & (y[:, column] == 1)).sum())
                metrics[label.qualified] = {
                    "support": int(y[:, column].sum()), "threshold": threshold,
                    "oof_f1": round(2 * tp / max(1, int(predicted.sum()) + int(y[:, column].sum())), 4)}
        pipelines[head.key] = fit_head(build_pipeline(taxonomy, head.key), stories, y)
    version = f"{MODEL_FAMILY}+{data_hash[:8]}" if data_hash else MODEL_FAMILY
    import sklearn

    return StoryClassifier(taxonomy, pipelines, thresholds, version, data_hash,
                           {"labels": metrics, "n_train": len(stories), "sklearn": sklearn.__version__})
