"""Read the annotated bulletin gold set: inline markup in, plain text with code-point offsets out.

File format (`nlp/gold/bulletins_*.txt`, UTF-8; see docs/annotation.md):

    # a comment line
    ## fy-2021-001 | 云南省曲靖市富源县 | 2021-01-19
    [[1月2日|d|2021-01-02|partial]]，[[县委|u|富源县委|party]]……

A story starts at a `## id | county_context | ref_date` header and runs to the next header; its body lines are
joined with "\\n" and stripped. Inside the body, `[[surface|kind|field|…]]` marks one mention (fields use `-`
for null):

    date   [[surface|d|value|kind]]                         value `2021-01-02`, `2021-06`, `2021`, `a/b`, or `-`
    count  [[surface|c|value|approx|unit|object]]           approx `1`/`0`
    unit   [[surface|u|canonical|type|title|stance]]        canonical `=` means the surface; title/stance optional
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path

GOLD_DIR = Path(__file__).resolve().parent
HEADER = re.compile(r"^##\s*(?P<id>[^|]+?)\s*\|\s*(?P<context>[^|]+?)\s*\|\s*(?P<ref>\d{4}-\d{2}-\d{2})\s*$")
MARK = re.compile(r"\[\[(?P<body>[^\[\]]+)\]\]")
NULL = "-"


class GoldFormatError(ValueError):
    """A gold file that does not follow the markup; the message names the file, story and mark."""


@dataclass(frozen=True)
class GoldDate:
    text: str
    start: int
    end: int
    value: str | None
    kind: str


@dataclass(frozen=True)
class GoldCount:
    text: str
    start: int
    end: int
    value: int | float
    approx: bool
    unit: str | None
    object: str | None


@dataclass(frozen=True)
class GoldUnit:
    text: str
    start: int
    end: int
    canonical: str
    type: str
    title: str | None
    stance: str | None


@dataclass
class GoldStory:
    id: str
    county_context: str
    ref_date: date
    text: str
    source: str
    dates: list[GoldDate] = field(default_factory=list)
    counts: list[GoldCount] = field(default_factory=list)
    units: list[GoldUnit] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = asdict(self)
        out["ref_date"] = self.ref_date.isoformat()
        return out


DATE_KINDS = frozenset({"absolute", "partial", "range", "relative"})
UNIT_TYPES = frozenset(
    {"government", "party", "township", "community", "school", "hospital", "enterprise", "social_org", "person"})
STANCES = frozenset({"praised", "criticized"})


def _null(value: str) -> str | None:
    return None if value == NULL else value


def _number(raw: str, where: str) -> int | float:
    try:
        return float(raw) if "." in raw else int(raw)
    except ValueError:
        raise GoldFormatError(f"{where}: count value {raw!r} is not a number") from None


def _mention(surface: str, fields: list[str], start: int, where: str) -> GoldDate | GoldCount | GoldUnit:
    kind, rest = fields[0], fields[1:]
    end = start + len(surface)
    if kind == "d":
        if len(rest) != 2 or rest[1] not in DATE_KINDS:
            raise GoldFormatError(f"{where}: date needs value|kind (kind in {sorted(DATE_KINDS)})")
        return GoldDate(surface, start, end, _null(rest[0]), rest[1])
    if kind == "c":
        if len(rest) != 4 or rest[1] not in {"0", "1"}:
            raise GoldFormatError(f"{where}: count needs value|approx(0/1)|unit|object")
        return GoldCount(surface, start, end, _number(rest[0], where), rest[1] == "1", _null(rest[2]),
                         _null(rest[3]))
    if kind == "u":
        if not 2 <= len(rest) <= 4:
            raise GoldFormatError(f"{where}: unit needs canonical|type[|title[|stance]]")
        rest = rest + [NULL] * (4 - len(rest))
        canonical = surface if rest[0] == "=" else rest[0]
        if rest[1] not in UNIT_TYPES:
            raise GoldFormatError(f"{where}: unknown unit type {rest[1]!r}")
        stance = _null(rest[3])
        if stance is not None and stance not in STANCES:
            raise GoldFormatError(f"{where}: unknown stance {stance!r}")
        return GoldUnit(surface, start, end, canonical, rest[1], _null(rest[2]), stance)
    raise GoldFormatError(f"{where}: unknown mention kind {kind!r} (expected d, c or u)")


def parse_body(marked: str, where: str = "<text>") -> tuple[str, list[GoldDate | GoldCount | GoldUnit]]:
    """Strip the markup from one story body; return the plain text and its mentions with offsets into it."""
    plain: list[str] = []
    mentions: list[GoldDate | GoldCount | GoldUnit] = []
    offset = 0  # code points emitted so far
    last = 0
    for match in MARK.finditer(marked):
        before = marked[last:match.start()]
        plain.append(before)
        offset += len(before)
        surface, *fields = match.group("body").split("|")
        if not surface or not fields:
            raise GoldFormatError(f"{where}: empty mark {match.group(0)!r}")
        mentions.append(_mention(surface, fields, offset, f"{where} {match.group(0)}"))
        plain.append(surface)
        offset += len(surface)
        last = match.end()
    tail = marked[last:]
    if "[[" in tail or "]]" in tail or any("[[" in p or "]]" in p for p in plain):
        raise GoldFormatError(f"{where}: unbalanced [[ ]] markup")
    plain.append(tail)
    return "".join(plain), mentions


def parse_file(path: Path) -> list[GoldStory]:
    stories: list[GoldStory] = []
    header: re.Match[str] | None = None
    lines: list[str] = []

    def flush() -> None:
        if header is None:
            return
        where = f"{path.name} story {header['id']}"
        body = "\n".join(lines).strip()
        text, mentions = parse_body(body, where)
        story = GoldStory(header["id"], header["context"], date.fromisoformat(header["ref"]), text, path.name)
        for mention in mentions:
            target = {GoldDate: story.dates, GoldCount: story.counts, GoldUnit: story.units}[type(mention)]
            target.append(mention)
        stories.append(story)

    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("##"):
            flush()
            header = HEADER.match(line)
            if header is None:
                raise GoldFormatError(f"{path.name}:{number}: bad story header {line!r}")
            lines = []
        elif line.startswith("#"):
            continue
        elif header is None:
            if line.strip():
                raise GoldFormatError(f"{path.name}:{number}: text before the first story header")
        else:
            lines.append(line.strip())
    flush()
    return stories


def load_gold(paths: list[Path] | None = None) -> list[GoldStory]:
    """All stories of the bulletin gold set (every `bulletins_*.txt` here unless `paths` is given)."""
    files = paths if paths is not None else sorted(GOLD_DIR.glob("bulletins_*.txt"))
    stories = [story for path in files for story in parse_file(Path(path))]
    seen: set[str] = set()
    for story in stories:
        if story.id in seen:
            raise GoldFormatError(f"{story.source}: duplicate story id {story.id}")
        seen.add(story.id)
    return stories
