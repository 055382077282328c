"""Chinese administrative divisions: provinces, prefectures and counties with admin codes, their townships, and
(read on demand, one county at a time) their villages and communities.

Source: JioNLP's `dictionary/china_location.txt` (Apache License 2.0). Divisions down to township level are kept
in `nlp/dicts/admin_divisions.tsv` (rebuilt by `scripts/build_gazetteer.py`); villages are read from JioNLP's file,
which ships with the installed `jionlp` package, only for the county a page belongs to.
"""
from __future__ import annotations

import importlib.util
import zipfile
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from pathlib import Path

DICTS = Path(__file__).resolve().parent / "dicts"
DIVISIONS_FILE = DICTS / "admin_divisions.tsv"
TOWNSHIP_SUFFIXES = ("街道", "镇", "乡", "苏木")


@dataclass(frozen=True, slots=True)
class Division:
    level: str  # province | prefecture | county | township
    name: str
    admin_code: str | None
    aliases: tuple[str, ...]
    province: str | None
    prefecture: str | None
    county: str | None


@dataclass(frozen=True, eq=False)
class Gazetteer:
    divisions: tuple[Division, ...]
    by_name: dict[str, tuple[Division, ...]]  # full names and aliases (aliases of provinces/prefectures/counties)

    def named(self, name: str, level: str | None = None) -> tuple[Division, ...]:
        found = self.by_name.get(name, ())
        return tuple(d for d in found if level is None or d.level == level)

    def townships_of(self, county: str, prefecture: str | None = None) -> tuple[Division, ...]:
        return tuple(d for d in _children(self)[county] if prefecture is None or d.prefecture == prefecture)


def jionlp_location_file() -> Path:
    spec = importlib.util.find_spec("jionlp")
    if spec is None or spec.origin is None:
        raise FileNotFoundError("jionlp is not installed: its china_location.txt holds the gazetteer")
    return Path(spec.origin).parent / "dictionary" / "china_location.txt"


def jionlp_location_lines() -> list[str]:
    """The lines of JioNLP's location file. The package ships it zipped and unzips it on its first import,
    which need not have happened (nor be allowed: site-packages may be read-only), so read the zip directly."""
    path = jionlp_location_file()
    if path.exists():
        return path.read_text(encoding="utf-8").splitlines()
    archive = path.with_suffix(".zip")
    if not archive.exists():
        raise FileNotFoundError(f"{path} (or {archive.name}) is missing from the jionlp package")
    with zipfile.ZipFile(archive) as zipped:
        return zipped.read(path.name).decode("utf-8").splitlines()


CITY_WITHOUT_COUNTIES = "市直辖行政区划"  # the county column of a prefecture-level city's own townships


@cache
def load_gazetteer(path: Path = DIVISIONS_FILE) -> Gazetteer:
    divisions: list[Division] = []
    by_name: dict[str, list[Division]] = defaultdict(list)
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        level, name, code, alias, parent = line.split("\t")
        parents = [] if parent == "-" else parent.split("/")
        parents += [None] * (3 - len(parents))
        aliases = () if alias == "-" else tuple(a for a in alias.split(",") if a and a != name)
        division = Division(level, name, None if code == "-" else code, aliases, parents[0], parents[1], parents[2])
        if level == "prefecture":
            division = Division(level, name, division.admin_code, aliases, parents[0], None, None)
        elif level == "county":
            division = Division(level, name, division.admin_code, aliases, parents[0], parents[1], None)
        elif level == "province":
            division = Division(level, name, division.admin_code, aliases, None, None, None)
        elif parents[2] == CITY_WITHOUT_COUNTIES:
            # 东莞, 中山, 儋州, 嘉峪关 have no counties: their townships are the city's, as its stories' context names it
            division = Division(level, name, division.admin_code, aliases, parents[0], parents[1], parents[1])
        divisions.append(division)
        by_name[name].append(division)
        for alias_name in aliases:
            by_name[alias_name].append(division)
    return Gazetteer(tuple(divisions), {k: tuple(v) for k, v in by_name.items()})


@cache
def _children(gazetteer: Gazetteer) -> dict[str, tuple[Division, ...]]:
    children: dict[str, list[Division]] = defaultdict(list)
    for division in gazetteer.divisions:
        if division.level == "township" and division.county:
            children[division.county].append(division)
    return defaultdict(tuple, {k: tuple(v) for k, v in children.items()})


@cache
def villages_of(province: str | None, prefecture: str | None, county: str) -> dict[str, tuple[str, ...]]:
    """Township name → its villages and communities, for one county (empty when JioNLP's file is absent)."""
    try:
        lines = jionlp_location_lines()
    except FileNotFoundError:
        return {}
    result: dict[str, list[str]] = {}
    path: list[str] = []
    township = None
    inside = False
    for line in lines:
        depth = len(line) - len(line.lstrip("\t"))
        name = line.strip().split("\t")[0]
        if not name:
            continue
        if depth <= 2:
            path = path[:depth] + [name]
            inside = depth == 2 and name == county and (province is None or path[0] == province) and (
                prefecture is None or path[1] == prefecture
            )
            continue
        if not inside:
            continue
        if depth == 3:
            township = name
            result[township] = []
        elif depth == 4 and township is not None:
            result[township].append(name)
    return {k: tuple(v) for k, v in result.items()}
