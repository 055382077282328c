"""Export every table and view to files researchers open elsewhere, with a codebook.

parquet keeps every column and type; csv is UTF-8 with a BOM so Excel shows Chinese correctly (lists as
'[a, b]', raw page bodies left out); dta is Stata 118 (lists as 'a; b', dates %td, times %tc, bodies left out).
"""
from __future__ import annotations

import os
import shutil
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

import duckdb

from warehouse.data_dictionary import relations
from warehouse.dta import write_dta

FORMATS = ("parquet", "csv", "dta")
BOM = "\ufeff".encode("utf-8")
# Raw bytes belong in parquet only: a CSV cell or Stata string cannot hold a page's binary body.
BINARY_COLUMNS = {"raw_pages": ["body"]}


@dataclass
class ExportedFile:
    relation: str
    kind: str
    path: Path
    rows: int
    columns: list[tuple[str, str, str, str]]   # name in file, type, description, warehouse name
    left_out: list[str] = field(default_factory=list)


def _quote(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def export(con: duckdb.DuckDBPyConnection, out_dir: Path, fmt: str = "parquet",
           source: str = "") -> list[ExportedFile]:
    """Write one file per table and view into `out_dir`, then `codebook.md`; returns what was written."""
    if fmt not in FORMATS:
        raise ValueError(f"export: unknown format {fmt!r} (choose from {', '.join(FORMATS)})")
    out_dir.mkdir(parents=True, exist_ok=True)
    written = []
    for rel in relations(con):
        left_out = [] if fmt == "parquet" else BINARY_COLUMNS.get(rel.name, [])
        kept = [c for c in rel.columns if c.name not in left_out]
        select = f"SELECT {', '.join(_quote(c.name) for c in kept)} FROM {_quote(rel.name)}"
        target = out_dir / f"{rel.name}.{fmt}"
        partial = target.with_name(target.name + ".partial")
        names = {c.name: c.name for c in kept}
        if fmt == "parquet":
            con.execute(f"COPY ({select}) TO '{partial}' (FORMAT parquet, COMPRESSION zstd)")
        elif fmt == "csv":
            plain = target.with_name(target.name + ".nobom")
            con.execute(f"COPY ({select}) TO '{plain}' (FORMAT csv, HEADER)")
            with open(partial, "wb") as out, open(plain, "rb") as src:
                out.write(BOM)
                shutil.copyfileobj(src, out, 1 << 20)
            plain.unlink()
        else:
            table = con.execute(select).to_arrow_table()
            names = write_dta(table, partial, dataset_label=rel.name,
                              labels={c.name: c.description or "" for c in kept})
        os.replace(partial, target)
        rows = con.execute(f"SELECT count(*) FROM {_quote(rel.name)}").fetchone()[0]
        written.append(ExportedFile(rel.name, rel.kind, target, rows,
                                    [(names[c.name], c.type, c.description or "", c.name) for c in kept], left_out))
    write_codebook(out_dir / "codebook.md", written, fmt, source)
    return written


def write_codebook(path: Path, files: list[ExportedFile], fmt: str, source: str) -> None:
    stamp = datetime.now(timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    lines = ["# Codebook", "", f"Exported {stamp} from `{source}` as {fmt}. One file per table and view;",
             "views (v_*) are the ready-made research tables. Column meanings as in docs/data_dictionary.md.", ""]
    if fmt == "csv":
        lines += ["CSV files are UTF-8 with a byte-order mark (Excel opens them with Chinese intact); lists are "
                  "written as `[a, b]`.", ""]
    if fmt == "dta":
        lines += ["Stata 118 files: strings UTF-8, long texts as strL, lists as `a; b`, dates %td, times %tc. "
                  "Stata names differ from the warehouse names where Stata requires it (shown below).", ""]
    lines += ["| file | kind | rows | columns |", "|---|---|---|---|"]
    lines += [f"| {f.path.name} | {f.kind} | {f.rows} | {len(f.columns)} |" for f in files]
    for f in files:
        lines += ["", f"## {f.path.name}", "", f"{f.kind} `{f.relation}`, {f.rows} rows.", ""]
        if f.left_out:
            lines += [f"Left out of this format: {', '.join(f.left_out)} (use the parquet export).", ""]
        lines += ["| column | warehouse name | type | meaning |", "|---|---|---|---|"]
        lines += [f"| {n} | {w} | {t} | {d.replace('|', '/')} |" for n, t, d, w in f.columns]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
