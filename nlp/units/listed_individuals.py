"""Persons listed under a heading of individuals (二、表现突出的个人（3名）): each item opens with its person's whole
role, body and all (县人民医院检验科医师白玛央金, 三陵乡农业办主任贺建新), and that role is the person's title, as
in 县市场监管局局长赵明远; the bodies inside it are no units (ANNOTATION.md: names inside a title)."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Sequence

from nlp.patterns import ENUMERATOR_FORMS

if TYPE_CHECKING:
    from nlp.units.extract import UnitMention

# A heading of individuals alone (先进个人, 二、表现突出的个人（3名）：); a heading of units and individuals together
# (表现突出的单位和个人) lists bodies praised for their work, each its own unit, and is left alone.
INDIVIDUALS_HEADING = re.compile(
    rf"(?m)^(?:{ENUMERATOR_FORMS})?[^\n，。；、：:和及与]{{0,8}}个人(?:（[^）\n]{{1,6}}）)?[：:]?$")
# Where the list ends: the next section (its items may be numbered （一）, 1．).
NEXT_SECTION = re.compile(r"(?m)^(?:[一二三四五六七八九十]{1,2}、|【)")
ITEM = re.compile(r"[^；;。\n]+")
ITEM_ENUMERATOR = re.compile(ENUMERATOR_FORMS)
# A role phrase is the item's opening up to the name: no clause, label or quotation (在桑桑镇纳如村，保洁员…) and no
# longer than a body's full name and a compound title.
LONGEST_ROLE = 30
ROLE_BREAKS = frozenset("，,：:“”")  # (not the counts' or the stance's CLAUSE_MARKS: a role holds no quotation either)


def individuals_lists(text: str) -> list[tuple[int, int]]:
    """The spans of `text` that list individuals under a heading of their own."""
    spans = []
    for heading in INDIVIDUALS_HEADING.finditer(text):
        start = heading.end() + 1
        following = NEXT_SECTION.search(text, start)
        spans.append((start, following.start() if following else len(text)))
    return spans


def titles_in_individuals_lists(text: str, mentions: Sequence[UnitMention]) -> list[UnitMention]:
    """`mentions` with each person listed under a heading of individuals titled by the role phrase its item opens
    with, and the bodies inside that phrase dropped; the person's other mentions carry the title too."""
    titles: dict[str, str] = {}
    inside: list[tuple[int, int]] = []
    for start, end in individuals_lists(text):
        for item in ITEM.finditer(text, start, end):
            opening = item.start()
            if enumerator := ITEM_ENUMERATOR.match(text, opening):
                opening = enumerator.end()
            person = next((m for m in mentions if m.type == "person" and opening <= m.start < item.end()), None)
            if person is None or person.start - opening < 3 or person.start - opening > LONGEST_ROLE:
                continue
            role = text[opening : person.start]
            if any(ch in ROLE_BREAKS for ch in role) or (person.title and not role.endswith(person.title)):
                continue
            if "、" in role[: len(role) - len(person.title or "")]:
                continue  # 宝泉村保洁员白金花、旗疾控中心消杀员张海龙: persons listed by 、, each after its own role
            if person.text not in titles:
                titles[person.text] = role
            inside.append((opening, person.start))
    if not titles:
        return list(mentions)
    kept = []
    for m in mentions:
        if m.type != "person" and any(a <= m.start and m.end <= b for a, b in inside):
            continue
        if m.type == "person" and m.text in titles and m.title != titles[m.text]:
            m = replace(m, title=titles[m.text])
        kept.append(m)
    return kept
