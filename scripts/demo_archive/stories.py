"""Compose bulletin stories from the phrase banks in texts/ with a seeded RNG."""
from __future__ import annotations

import random
import tomllib
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from .model import Story
from .phrasing import chinese_ordinal, date_phrase, round_to, season

TEXTS = Path(__file__).with_name("texts")
_THEME_OPENERS = ["围绕{theme}工作，", "在推进{theme}专项行动中，", "聚焦{theme_focus}，", "工作中，", "为巩固整治成果，"]
_CONNECTORS = ["", "", "", "同时，", "此外，", "工作中，", "与此同时，", "活动中，"]


@dataclass(frozen=True)
class Banks:
    places: dict[str, Any]
    stories: dict[str, Any]
    news: dict[str, Any]


@lru_cache(maxsize=1)
def load_banks() -> Banks:
    def read(name: str) -> dict[str, Any]:
        with (TEXTS / name).open("rb") as fh:
            return tomllib.load(fh)

    return Banks(read("places.toml"), read("stories.toml"), read("news.toml"))


def _person(rng: random.Random, p: dict[str, Any]) -> str:
    return rng.choice(p["officials"]["surnames"]) + rng.choice(p["officials"]["given"])


def story_context(rng: random.Random, banks: Banks, published: date, theme: str, group: str) -> dict[str, Any]:
    """Every placeholder a template may use, drawn once per story."""
    p, s = banks.places, banks.stories
    units = {short: full for short, full in p["units"]}
    lead = rng.choice(p["lead_units"][group])
    unit2 = rng.choice([u for u in units if u != lead])
    town = rng.choice(p["towns"])
    top = rng.sample(p["officials"]["top"], 2)
    pl = p["places"]
    pool = pl["streets"] + pl["markets"] + pl["schools"] + pl["public"] + pl["residential"] + pl["hospitals"]
    th = s["themes"][theme]
    n_problems = rng.randint(12, 180)
    return {
        "county": p["county"],
        "year": published.year,
        "campaign": rng.choice(s["campaigns"]),
        "theme": th["label"],
        "theme_focus": rng.choice(th["focus"]),
        "date": date_phrase(rng, published),
        "leader": top[0][0] + top[0][1],
        "leader_name": top[0][1],
        "leader2": top[1][0] + top[1][1],
        "unit": lead,
        "unit_full": units[lead],
        "unit2": unit2,
        "town": town["name"],
        "part": rng.choice(town["parts"]),
        "town_head": town["name"] + rng.choice(p["officials"]["town_titles"]) + _person(rng, p),
        "unit_head": lead + rng.choice(p["officials"]["unit_titles"]) + _person(rng, p),
        "street": rng.choice(pl["streets"]),
        "market": rng.choice(pl["markets"]),
        "school": rng.choice(pl["schools"]),
        "hospital": rng.choice(pl["hospitals"]),
        "shop": rng.choice(pl["shops"]),
        "public": rng.choice(pl["public"]),
        "residential": rng.choice(pl["residential"]),
        "places": "、".join(rng.sample(pool, rng.randint(2, 5))),
        "season": season(published),
        "season_since": "入" + season(published)[0] + "以来",
        "meeting_kind": rng.choice(["推进会", "工作推进会", "攻坚推进会", "专题会议", "工作调度会"]),
        "reporter": _person(rng, p),
        "slogan": rng.choice(s["actions"]["inspection"]["slogans"]),
        "n_people": rng.choice([rng.randint(30, 99), round_to(rng.randint(100, 600), 10)]),
        "n_vol": rng.randint(120, 3200),
        "n_teams": rng.randint(8, 90),
        "n_units": rng.randint(10, 90),
        "n_ads": round_to(rng.randint(200, 4000), 100),
        "n_bags": round_to(rng.randint(20, 160), 10),
        "n_tons": rng.randint(3, 60),
        "n_bins": rng.randint(6, 80),
        "n_leaflets": round_to(rng.randint(500, 9000), 100),
        "n_banners": rng.randint(5, 60),
        "n_problems": n_problems,
        "n_fixed": rng.randint(n_problems // 2, n_problems),
        "n_fine": round_to(rng.randint(500, 30000), 500),
        "n_cases": rng.randint(2, 15),
        "n_toilets": rng.randint(3, 42),
        "n_stations": rng.randint(10, 130),
        "n_shops": rng.randint(20, 420),
        "n_rate": f"{rng.uniform(82, 99):.1f}",
        "n_gain": f"{rng.uniform(1, 9):.1f}",
        "n_surveyed": rng.randint(100, 1500),
        "n_notices": rng.randint(3, 30),
        "n_talks": rng.randint(2, 15),
        "n_kg": rng.randint(5, 300),
        "n_area": rng.randint(2, 50),
        "n_sessions": rng.randint(5, 60),
        "n_points": rng.randint(10, 200),
        "n_funds": rng.randint(20, 900),
        "n_ordinal": chinese_ordinal(rng.randint(2, 15)),
        "n_zones": rng.randint(4, 15),
        "n_days": rng.choice([3, 5, 7, 10, 15]),
        "n_hours": rng.randint(2, 6),
        "n_times": rng.randint(1, 4),
    }


def _fill(template: str, ctx: dict[str, Any]) -> str:
    return template.format_map(ctx)


def _details_paragraph(rng: random.Random, pool: list[str], theme: dict[str, Any], ctx: dict[str, Any]) -> str:
    """One to two action sentences (drawn from `pool` without reuse) with theme sentences mixed in."""
    parts = [_fill(pool.pop(), ctx)] if pool else []
    connectors = rng.sample(_CONNECTORS, len(_CONNECTORS))  # no connector twice in a paragraph
    for sentence in rng.sample(theme["sentences"], rng.randint(0, 3)):
        if sentence not in ctx["_used"]:
            ctx["_used"].add(sentence)
            parts.append(connectors.pop() + _fill(sentence, ctx) + "。")
    if pool and rng.random() < 0.4:
        parts.append(_fill(pool.pop(), ctx))
    return "".join(parts)


def _theme_paragraph(rng: random.Random, theme: dict[str, Any], ctx: dict[str, Any]) -> str:
    """Work under the theme told as one paragraph of two or three clauses."""
    fresh = [t for t in theme["sentences"] if t not in ctx["_used"]]
    if len(fresh) < 2:
        return ""
    picked = rng.sample(fresh, min(len(fresh), rng.randint(2, 3)))
    ctx["_used"].update(picked)
    opener = rng.choice(_THEME_OPENERS).format_map(ctx)
    return opener + "；".join(_fill(t, ctx) for t in picked) + "。"


def _speech_paragraph(rng: random.Random, action: dict[str, Any], ctx: dict[str, Any], lead: str) -> str:
    clauses = [_fill(c, ctx) for c in rng.sample(action["speeches"], rng.randint(2, 4))]
    # Only a leader the lead paragraph has named may speak; otherwise the meeting or the host does.
    if ctx["leader_name"] in lead:
        who = ctx["leader_name"]
        openers = [f"{who}强调，", f"{who}要求，", f"{who}指出，"]
    else:
        openers = ["会议强调，", "会议要求，", ctx["town_head"] + "强调，"]
    return rng.choice(openers) + "；".join(clauses) + "。"


def compose_story(rng: random.Random, published: date, action_name: str | None = None) -> Story:
    """One story: heading plus 2-6 paragraphs, built for an issue or news item published on `published`."""
    banks = load_banks()
    actions = banks.stories["actions"]
    action_name = action_name or rng.choice(sorted(actions))
    action = actions[action_name]
    theme_name = rng.choice(action["themes"])
    theme = banks.stories["themes"][theme_name]
    ctx = story_context(rng, banks, published, theme_name, action["group"])
    ctx["_kind"] = action_name
    ctx["_used"] = set()
    openings = [o for o in action["openings"] if theme_name in o.get("themes", [theme_name])]
    opening = rng.choice(openings)
    details = list(action["details"])
    rng.shuffle(details)
    paragraphs = [_fill(opening["l"], ctx)]
    for kind in action["paras"]:
        optional = kind.endswith("?")
        kind = kind.rstrip("?")
        if optional and rng.random() < 0.45:
            continue
        if kind == "details":
            text = _details_paragraph(rng, details, theme, ctx)
            if text:
                paragraphs.append(text)
        elif kind == "theme":
            text = _theme_paragraph(rng, theme, ctx)
            if text:
                paragraphs.append(text)
        elif kind == "speech":
            paragraphs.append(_speech_paragraph(rng, action, ctx, paragraphs[0]))
        elif kind == "result":
            paragraphs.append(_fill(rng.choice(action["results"]), ctx))
        elif kind == "next":
            paragraphs.append(_fill(rng.choice(action["nexts"]), ctx))
    # Short closing sentences often ride on the previous paragraph, as in printed bulletins.
    if len(paragraphs) > 2 and len(paragraphs[-1]) < 45 and rng.random() < 0.5:
        paragraphs[-2:] = [paragraphs[-2] + paragraphs[-1]]
    return Story(title=_fill(opening["h"], ctx), paragraphs=tuple(paragraphs), action=action_name, theme=theme_name)


def compose_unrelated(rng: random.Random, published: date, index: int) -> Story:
    """A county news item outside the health campaign (hand-written frame, filled details)."""
    banks = load_banks()
    items = banks.news["unrelated"]
    item = items[index % len(items)]
    ctx = story_context(rng, banks, published, "众参与", "health")
    paragraphs = tuple(_fill(p, ctx) for p in item["paragraphs"])
    return Story(title=_fill(item["title"], ctx), paragraphs=paragraphs, action=None, theme=None)


def caption(rng: random.Random, published: date) -> str:
    banks = load_banks()
    ctx = story_context(rng, banks, published, "清垃圾", "health")
    return _fill(rng.choice(banks.news["captions"]), ctx)


def small_table(rng: random.Random) -> list[list[str]]:
    """A few township rows with counts, as news items sometimes carry."""
    banks = load_banks()
    towns = rng.sample([t["name"] for t in banks.places["towns"]], rng.randint(3, 5))
    rows = [["乡（镇、街道）", "发现问题（个）", "已整改（个）"]]
    for t in towns:
        found = rng.randint(5, 60)
        rows.append([t, str(found), str(rng.randint(found // 2, found))])
    return rows
