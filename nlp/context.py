"""The county a bulletin site belongs to, resolved against the gazetteer.

A site names itself in its profile, its `<title>` or its footer ("富源县人民政府", "云南省曲靖市富源县"); the county
part is looked up to fill in province, prefecture and admin code. A county the gazetteer does not know (renamed,
merged, misspelt) is kept as given so that local names still resolve against it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nlp.gazetteer import Division, Gazetteer, load_gazetteer

# Caches keyed by a county (or its prefecture) hold one entry for each of China's ~2,850 county-level divisions and
# ~330 prefectures: an archive of many counties, or the gold set, never evicts one it will meet again.
COUNTY_CACHE_SIZE = 4096

# Words a site puts after its own name; stripped before the lookup.
SITE_WORDS = re.compile(
    r"(人民政府|政府)?(办公室)?(门户网站|门户网|政务网|政府网|官方网站|官网|网站|信息公开平台|信息公开)?$"
)
COUNTY_FORM = re.compile(r"[\u4e00-\u9fff]{1,12}?(自治县|自治旗|县|旗|市|区|特区|林区)")


@dataclass(frozen=True)
class CountyContext:
    province: str | None
    prefecture: str | None
    county: str
    admin_code: str | None

    @property
    def full_name(self) -> str:
        return "".join(p for p in (self.province, self.prefecture, self.county) if p)


def _strip_site_words(name: str) -> str:
    name = re.sub(r"[\s|_\-—·•:：|｜]+.*$", "", name.strip()) or name.strip()
    previous = None
    while previous != name:
        previous = name
        name = SITE_WORDS.sub("", name) if SITE_WORDS.search(name) else name
        if name == previous:
            break
    return name


def _take_prefix(rest: str, gazetteer: Gazetteer, level: str) -> tuple[Division | None, str]:
    for size in range(min(len(rest), 12), 1, -1):
        found = gazetteer.named(rest[:size], level)
        # "朝阳" (a prefecture's short name) must not swallow the 朝阳 of 朝阳区.
        full = any(d.name == rest[:size] for d in found)
        if found and (full or rest[size : size + 1] not in set("县市区旗州盟乡镇")):
            return found[0], rest[size:]
    return None, rest


def _real_prefecture(name: str | None) -> str | None:
    """The gazetteer's placeholders for counties directly under a province (省直辖县级行政区划, 县, 市辖区) are no
    prefecture: 市委 in 琼海 is 琼海市委, never a 省直辖行政区划委."""
    if not name or "直辖" in name or name in {"县", "市辖区", "区"}:
        return None
    return name


def _context(division: Division) -> CountyContext:
    return CountyContext(division.province, _real_prefecture(division.prefecture), division.name, division.admin_code)


def resolve_context(name: str | None) -> CountyContext | None:
    """A county context from a site or place name; None for an empty name or one that names no county."""
    if not name or not name.strip():
        return None
    gazetteer = load_gazetteer()
    text = _strip_site_words(name)
    if not text:
        return None
    direct = gazetteer.named(text, "county")
    if direct:
        return _context(direct[0]) if len(direct) == 1 else CountyContext(None, None, text, None)
    province, rest = _take_prefix(text, gazetteer, "province")
    prefecture, rest = _take_prefix(rest, gazetteer, "prefecture")
    if not rest:
        # "曲靖市" alone: a prefecture-level city is its own context.
        only = prefecture or province
        if only is None:
            return None
        return CountyContext(only.province or (only.name if only.level == "province" else None),
                             only.name if only.level == "prefecture" else None, only.name, only.admin_code)
    match = COUNTY_FORM.match(rest)
    county_name = match.group(0) if match else rest
    candidates = [
        d for d in gazetteer.named(county_name, "county")
        if (province is None or d.province == province.name) and (prefecture is None or d.prefecture == prefecture.name)
    ]
    if len(candidates) == 1 or (candidates and (province or prefecture)):
        return _context(candidates[0])
    return CountyContext(
        province.name if province else None, prefecture.name if prefecture else None, county_name, None
    )


def as_county_context(context: CountyContext | str | None) -> CountyContext | None:
    """A context given as a name is resolved once: the stories of one county share their context string."""
    if context is None or isinstance(context, CountyContext):
        return context
    return _resolved(context)


@lru_cache(maxsize=COUNTY_CACHE_SIZE)
def _resolved(context: str) -> CountyContext | None:
    return resolve_context(context)
