"""Annotated stories in and out: the project's JSONL, doccano JSONL/CSV and Label Studio JSON/JSON-MIN/CSV.

Labels may be written as `head:key` (what the label queue exports), a bare key, or a Chinese or English name,
as long as the taxonomy resolves it to exactly one label.
"""
from __future__ import annotations

import csv
import hashlib
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Iterator, Mapping

from nlp.classifier.taxonomy import Taxonomy

ID_FIELDS = ("story_id", "id")
# Multi-choice cells in CSV exports: doccano joins with '#', Label Studio with ',' or a JSON object.
CELL_SEPARATORS = re.compile(r"[#;,|、\s]+")


class AnnotationError(ValueError):
    """An annotation file cannot be read; the message names the file and record."""


@dataclass(frozen=True)
class AnnotatedStory:
    id: str
    title: str
    text: str
    labels: dict[str, tuple[str, ...]]  # head → label keys
    source: str                          # the file it came from
    provenance: str = ""                 # the record's own `source` field, if any

    def as_story(self) -> dict[str, str]:
        return {"id": self.id, "title": self.title, "text": self.text}


def text_key(title: str, text: str) -> str:
    """An id for stories that arrive without one: a hash of their content."""
    return "sha1-" + hashlib.sha1(f"{title}\n{text}".encode("utf-8")).hexdigest()[:12]


def _choices(value: object) -> list[str]:
    """A label cell as a list of names: list, JSON text, {"choices": [...]}, or a separated string."""
    if value is None:
        return []
    if isinstance(value, Mapping):
        return _choices(value.get("choices", []))
    if isinstance(value, (list, tuple)):
        names: list[str] = []
        for item in value:
            # doccano span labels ([start, end, label]) are not story labels.
            if isinstance(item, (list, tuple)):
                continue
            names.extend(_choices(item))
        return names
    text = str(value).strip()
    if not text:
        return []
    if text[0] in "[{":
        try:
            return _choices(json.loads(text))
        except json.JSONDecodeError:
            pass
    return [part for part in CELL_SEPARATORS.split(text) if part]


def _title_and_text(record: Mapping[str, object]) -> tuple[str, str]:
    title = str(record.get("title") or "").strip()
    text = str(record.get("text") or record.get("body") or "").strip()
    # The label queue shows annotators the title on the first line of `text`; take it off again.
    if title and text.startswith(title + "\n"):
        text = text[len(title) + 1:].strip()
    return title, text


def _resolve(taxonomy: Taxonomy, names: Iterable[str], head: str | None, where: str) -> dict[str, list[str]]:
    found: dict[str, list[str]] = {h.key: [] for h in taxonomy.heads}
    for name in names:
        qualified = taxonomy.resolve(name, head)
        if qualified is None:
            raise AnnotationError(f"{where}: unknown or ambiguous label {name!r}")
        h, key = qualified.split(":", 1)
        if key not in found[h]:
            found[h].append(key)
    return found


def record_to_story(taxonomy: Taxonomy, record: Mapping[str, object], where: str) -> AnnotatedStory:
    """One annotation record in any supported shape → AnnotatedStory."""
    if isinstance(record.get("data"), Mapping):  # Label Studio full JSON export: a task
        return _label_studio_task(taxonomy, record, where)
    title, text = _title_and_text(record)
    if not title and not text:
        raise AnnotationError(f"{where}: record has no title or text")
    labels = {h.key: [] for h in taxonomy.heads}
    for head in taxonomy.heads:
        if head.key in record:
            for h, keys in _resolve(taxonomy, _choices(record[head.key]), head.key, where).items():
                labels[h].extend(k for k in keys if k not in labels[h])
    for generic in ("label", "labels"):
        if generic in record:
            for h, keys in _resolve(taxonomy, _choices(record[generic]), None, where).items():
                labels[h].extend(k for k in keys if k not in labels[h])
    story_id = next((str(record[f]) for f in ID_FIELDS if record.get(f) not in (None, "")), text_key(title, text))
    provenance = record.get("source")
    return AnnotatedStory(story_id, title, text, {h: tuple(v) for h, v in labels.items()}, where.rsplit(":", 1)[0],
                          provenance if isinstance(provenance, str) else "")


def _label_studio_task(taxonomy: Taxonomy, task: Mapping[str, object], where: str) -> AnnotatedStory:
    data = dict(task["data"])  # type: ignore[arg-type]
    names: dict[str, list[str]] = {h.key: [] for h in taxonomy.heads}
    annotations = [a for a in task.get("annotations", []) or [] if not a.get("was_cancelled")]
    for result in (annotations[0].get("result", []) if annotations else []):
        head = result.get("from_name")
        if result.get("type") == "choices" and head in names:
            names[head].extend(_choices(result.get("value", {})))
    record = {**data, **names}
    if "story_id" not in data and "id" not in data and task.get("id") is not None:
        record["id"] = task["id"]
    return record_to_story(taxonomy, record, where)


def _records(path: Path) -> Iterator[tuple[str, Mapping[str, object]]]:
    suffix = path.suffix.lower()
    try:
        raw = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as error:
        raise AnnotationError(f"{path}: cannot read: {error}") from error
    if suffix == ".csv":
        for number, row in enumerate(csv.DictReader(raw.splitlines()), start=2):
            yield f"{path}:{number}", row
        return
    if suffix == ".json":
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as error:
            raise AnnotationError(f"{path}: not JSON: {error}") from error
        for number, record in enumerate(data if isinstance(data, list) else [data], start=1):
            yield f"{path}:{number}", record
        return
    for number, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as error:
            raise AnnotationError(f"{path}:{number}: not a JSON line: {error}") from error
        if not isinstance(record, dict):
            raise AnnotationError(f"{path}:{number}: expected a JSON object")
        yield f"{path}:{number}", record


def read_annotations(path: Path, taxonomy: Taxonomy) -> list[AnnotatedStory]:
    """Every annotated story in a JSONL, JSON or CSV file."""
    return [record_to_story(taxonomy, record, where) for where, record in _records(Path(path))]


def labelled_files(folder: Path) -> list[Path]:
    return sorted(p for p in Path(folder).glob("*") if p.suffix.lower() in {".jsonl", ".json", ".csv"})
