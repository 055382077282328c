"""Derive `nlp/dicts/admin_divisions.tsv` from JioNLP's `china_location.txt` (Apache-2.0).

Keeps provinces, prefectures and counties (with admin codes and short names) and townships (JioNLP gives them no
code); villages and communities (half a million rows) are read from JioNLP's file at run time for one county only.

    .venv/bin/python -m scripts.build_gazetteer
"""
from __future__ import annotations

import sys
from pathlib import Path

from nlp.gazetteer import jionlp_location_lines

OUT = Path(__file__).resolve().parents[1] / "nlp" / "dicts" / "admin_divisions.tsv"
LEVELS = {0: "province", 1: "prefecture", 2: "county", 3: "township"}
HEADER = (
    "# Chinese administrative divisions down to township level, derived by scripts/build_gazetteer.py\n"
    "# from JioNLP's dictionary/china_location.txt (https://github.com/dongrixinyu/JioNLP, Apache License 2.0).\n"
    "# level\tname\tadmin_code\talias\tparent (province/prefecture/county; '-' when none)\n"
)


def derive(lines: list[str]) -> list[str]:
    rows: list[str] = []
    path: list[str] = []
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3 or not line.strip():
            continue
        fields = line.strip().split("\t")
        name = fields[0]
        code = fields[1] if len(fields) > 1 else ""
        alias = fields[2].replace("/", ",") if len(fields) > 2 else ""
        path = path[:depth] + [name]
        parent = "/".join(path[:-1]) or "-"
        rows.append("\t".join([LEVELS[depth], name, code or "-", alias or "-", parent]))
    return rows


def main(argv: list[str]) -> int:
    rows = derive(jionlp_location_lines())
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
