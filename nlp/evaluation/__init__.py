"""Scoring the extractors against annotated data (`python -m nlp.eval_extract`)."""
