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
    county_aliases: tuple[str, ...] = ()
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        if depth > 3 or not line.strip():
            continue
        fields = line.strip().split("\t")
        name = fields[0]
        code = fields[1] if len(fields) > 1 else ""
        alias = fields[2].replace("/", ",") if len(fields) > 2 else ""
        if depth == 2:
            county_aliases = tuple(a for a in alias.split(",") if a)
        if depth == 3:
            name = _without_county(name, path[1], path[2], county_aliases)
        path = path[:depth] + [name]
        parent = "/".join(path[:-1]) or "-"
        rows.append("\t".join([LEVELS[depth], name, code or "-", alias or "-", parent]))
    return rows


def _without_county(name: str, prefecture: str, county: str, county_aliases: tuple[str, ...] = ()) -> str:
    """四平市铁东区七马路街道 → 七马路街道: JioNLP writes a few townships with their prefecture and county before
    them, which no page does; and a banner's townships after its short name (陈旗呼和诺尔镇 → 呼和诺尔镇)."""
    # (only before a township's own ending: 科右前旗工业园区 keeps it, 工业园区 alone names nothing)
    banner_short_names = tuple(a for a in county_aliases if a.endswith("旗") and a != county
                               and name.endswith(("镇", "乡", "苏木", "街道")))
    for prefix in (prefecture + county, prefecture.removesuffix("市") + county, county, *banner_short_names):
        if name.startswith(prefix) and len(name) - len(prefix) >= 3:  # (盈江县农场 stays: 农场 is a word)
            return name[len(prefix) :]
    return name


def main(argv: list[str]) -> int:
    rows = derive(jionlp_location_lines())
    OUT.write_text(HEADER + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} divisions -> {OUT} ({OUT.stat().st_size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
