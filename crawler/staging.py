"""The staging area: the crawl's only output, bulk-loaded into the warehouse afterwards.

A staging directory holds `records.jsonl` (one JSON object per line; `record` says which kind) and
`bodies.pack`, the response bodies appended one after another, each stored once per crawl and named in
its record by sha256, offset and length. A body is written and flushed before the line that names it, so
a crawl killed midway leaves at most one partial last line (skipped and reported by the reader) and
perhaps some unnamed bytes at the end of the pack (ignored). One file per body would cost a file
creation per page; the pack costs one write.

Staging areas written by earlier versions keep bodies as `bodies/ab/abcdef…`; the reader still reads them.
"""
from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import BinaryIO

RECORDS = "records.jsonl"
PACK = "bodies.pack"


@dataclass(frozen=True, slots=True)
class BodyRef:
    sha256: str
    offset: int
    length: int


def body_path(root: Path, sha256: str) -> Path:
    """Where the earlier one-file-per-body layout kept a body."""
    return root / "bodies" / sha256[:2] / sha256


class StagingWriter:
    """Append-only writer; bodies and lines are flushed as written, so a killed crawl loses at most the
    line being written."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self._pack: BinaryIO = open(self.root / PACK, "ab")
        self._refs: dict[str, BodyRef] = {}
        self._fh = open(self.root / RECORDS, "a", encoding="utf-8")

    def write_body(self, body: bytes) -> BodyRef:
        digest = hashlib.sha256(body).hexdigest()
        ref = self._refs.get(digest)
        if ref is None:
            offset = self._pack.seek(0, 2)
            self._pack.write(body)
            self._pack.flush()
            ref = self._refs[digest] = BodyRef(digest, offset, len(body))
        return ref

    def write(self, record: dict) -> None:
        self._fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        self._fh.flush()

    def close(self) -> None:
        self._fh.close()
        self._pack.close()


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


class BodyReader:
    """Reads the bodies a staging area's records name; a body that is missing or damaged reads as None."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root)
        pack = self.root / PACK
        self._pack: BinaryIO | None = open(pack, "rb") if pack.exists() else None

    def read(self, record: dict) -> bytes | None:
        sha = record["sha256"]
        if "body_offset" in record and self._pack is not None:
            self._pack.seek(record["body_offset"])
            body = self._pack.read(record["body_length"])
            return body if hashlib.sha256(body).hexdigest() == sha else None
        path = body_path(self.root, sha)
        return path.read_bytes() if path.exists() else None

    def close(self) -> None:
        if self._pack is not None:
            self._pack.close()

    def __enter__(self) -> "BodyReader":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def read_body(root: Path, record: dict) -> bytes | None:
    """One record's body (opens the pack each time: use `BodyReader` for many)."""
    with BodyReader(root) as reader:
        return reader.read(record)
