"""The story taxonomy as data: heads, labels, definitions and seed keywords read from a TOML file."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

DEFAULT_TAXONOMY = Path(__file__).resolve().parents[1] / "taxonomy.toml"


class TaxonomyError(ValueError):
    """The taxonomy file is malformed; the message names the file and the entry."""


@dataclass(frozen=True)
class Label:
    key: str
    head: str
    name_zh: str
    name_en: str
    definition: str
    include: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    keywords: tuple[str, ...] = ()
    exclude_patterns: tuple[str, ...] = ()

    @property
    def qualified(self) -> str:
        """`head:key`, the name used in scores and in annotation files."""
        return f"{self.head}:{self.key}"


@dataclass(frozen=True)
class Head:
    key: str
    name_zh: str
    name_en: str
    definition: str
    reported_only: bool
    labels: tuple[Label, ...]
    exclude_patterns: tuple[str, ...] = ()
    context_keywords: tuple[str, ...] = ()

    @property
    def keys(self) -> list[str]:
        return [label.key for label in self.labels]


@dataclass(frozen=True)
class Taxonomy:
    key: str
    version: str
    title: str
    description: str
    heads: tuple[Head, ...]
    instruction_patterns: tuple[str, ...] = ()
    instruction_neutralise: tuple[str, ...] = ()
    speech_openers: tuple[str, ...] = ()
    report_markers: tuple[str, ...] = ()
    report_blockers: tuple[str, ...] = ()
    instruction_tails: tuple[str, ...] = ()
    source: str = field(default="", compare=False)

    def head(self, key: str) -> Head:
        for head in self.heads:
            if head.key == key:
                return head
        raise KeyError(f"taxonomy {self.key!r} has no head {key!r}")

    @property
    def qualified_labels(self) -> list[str]:
        """Every label as `head:key`, in file order; the column order of scores and models."""
        return [label.qualified for head in self.heads for label in head.labels]

    def resolve(self, name: str, head: str | None = None) -> str | None:
        """Map `head:key`, a bare key or a Chinese name to `head:key`; None when unknown or ambiguous."""
        name = name.strip()
        if ":" in name:
            return name if name in self.qualified_labels else None
        found = [
            label.qualified
            for h in self.heads
            if head is None or h.key == head
            for label in h.labels
            if name in (label.key, label.name_zh, label.name_en)
        ]
        return found[0] if len(found) == 1 else None


def _strings(entry: dict, name: str, where: str) -> tuple[str, ...]:
    value = entry.get(name, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise TaxonomyError(f"{where}: {name!r} must be a list of strings")
    return tuple(value)


def _label(entry: dict, head: str, where: str) -> Label:
    missing = [k for k in ("key", "name_zh", "name_en", "definition") if not entry.get(k)]
    if missing:
        raise TaxonomyError(f"{where}: label is missing {', '.join(missing)}")
    where = f"{where} label {entry['key']!r}"
    patterns = _strings(entry, "exclude_patterns", where)
    for pattern in patterns:
        try:
            re.compile(pattern)
        except re.error as exc:
            raise TaxonomyError(f"{where}: bad exclude pattern {pattern!r}: {exc}") from exc
    return Label(
        key=entry["key"], head=head, name_zh=entry["name_zh"], name_en=entry["name_en"],
        definition=entry["definition"].strip(), include=_strings(entry, "include", where),
        exclude=_strings(entry, "exclude", where), keywords=_strings(entry, "keywords", where),
        exclude_patterns=patterns,
    )


def parse_taxonomy(data: dict, source: str = "<taxonomy>") -> Taxonomy:
    """Build a Taxonomy from parsed TOML, checking that keys are present and unique."""
    meta = data.get("taxonomy", {})
    heads = []
    for raw in data.get("heads", []):
        if not raw.get("key"):
            raise TaxonomyError(f"{source}: a head has no key")
        where = f"{source} head {raw['key']!r}"
        labels = tuple(_label(entry, raw["key"], where) for entry in raw.get("labels", []))
        if not labels:
            raise TaxonomyError(f"{where}: no labels")
        keys = [label.key for label in labels]
        if len(set(keys)) != len(keys):
            raise TaxonomyError(f"{where}: duplicate label keys")
        head_patterns = _strings(raw, "exclude_patterns", where)
        for pattern in head_patterns:
            try:
                re.compile(pattern)
            except re.error as exc:
                raise TaxonomyError(f"{where}: bad exclude pattern {pattern!r}: {exc}") from exc
        heads.append(Head(raw["key"], raw.get("name_zh", ""), raw.get("name_en", ""),
                          raw.get("definition", "").strip(), bool(raw.get("reported_only", False)), labels,
                          head_patterns, _strings(raw, "context_keywords", where)))
    if not heads:
        raise TaxonomyError(f"{source}: no heads")
    if len({h.key for h in heads}) != len(heads):
        raise TaxonomyError(f"{source}: duplicate head keys")
    instructions = data.get("instructions", {})
    return Taxonomy(
        key=meta.get("key", Path(source).stem), version=str(meta.get("version", "1")),
        title=meta.get("title", ""), description=meta.get("description", "").strip(), heads=tuple(heads),
        instruction_patterns=_strings(instructions, "patterns", f"{source} [instructions]"),
        instruction_neutralise=_strings(instructions, "neutralise", f"{source} [instructions]"),
        speech_openers=_strings(instructions, "speech_openers", f"{source} [instructions]"),
        report_markers=_strings(instructions, "report_markers", f"{source} [instructions]"),
        report_blockers=_strings(instructions, "report_blockers", f"{source} [instructions]"),
        instruction_tails=_strings(instructions, "instruction_tails", f"{source} [instructions]"),
        source=source,
    )


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """Read a taxonomy TOML file (default: the project's `nlp/taxonomy.toml`)."""
    path = Path(path) if path else DEFAULT_TAXONOMY
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy: {exc}") from exc
    return parse_taxonomy(data, str(path))
