"""The staging area: the crawl's only output, bulk-loaded into the warehouse afterwards.

A staging directory holds `records.jsonl` (one JSON object per line; `record` says which kind) and
`bodies/ab/abcdef…` (response bodies named by sha256, written before the line that names them). A crawl
killed midway leaves at most one partial last line, which the reader skips and reports.
"""
from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

RECORDS = "records.jsonl"


def body_path(root: Path, sha256: str) -> Path:
    return root / "bodies" / sha256[:2] / sha256


class StagingWriter:
    """Append-only writer; every line is flushed so a killed crawl loses at most the line being written."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        (self.root / "bodies").mkdir(parents=True, exist_ok=True)
        self._fh = open(self.root / RECORDS, "a", encoding="utf-8")

    def write_body(self, body: bytes) -> str:
        digest = hashlib.sha256(body).hexdigest()
        path = body_path(self.root, digest)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(".part")
            tmp.write_bytes(body)
            os.replace(tmp, path)  # a body file is either whole or absent
        return digest

    def write(self, record: dict) -> None:
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()


@dataclass
class StagingContents:
    records: list[dict] = field(default_factory=list)
    damaged_lines: list[str] = field(default_factory=list)  # reasons, one per unreadable line


def read_staging(root: Path) -> StagingContents:
    out = StagingContents()
    path = Path(root) / RECORDS
    if not path.exists():
        return out
    for lineno, line in enumerate(path.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            out.records.append(json.loads(line))
        except json.JSONDecodeError as exc:
            out.damaged_lines.append(f"{path}:{lineno}: unreadable staging line ({exc.msg})")
    return out


def iter_pages(contents: StagingContents) -> Iterator[dict]:
    return (r for r in contents.records if r.get("record") == "page")


def read_body(root: Path, sha256: str) -> bytes | None:
    path = body_path(Path(root), sha256)
    return path.read_bytes() if path.exists() else None
