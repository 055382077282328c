"""Site profiles: `crawler/sites/<name>.toml`, one per website, as data."""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

SITES_DIR = Path(__file__).parent / "sites"


class ProfileError(ValueError):
    pass


@dataclass
class SiteProfile:
    name: str
    title: str = ""
    base_url: str = ""
    start_urls: list[str] = field(default_factory=list)
    allowed_hosts: list[str] = field(default_factory=list)
    article_url_patterns: list[str] = field(default_factory=list)  # regexes, added to the built-in ones
    list_url_patterns: list[str] = field(default_factory=list)  # regexes for other pages of a list
    county_context: str | None = None
    encoding: str | None = None
    refresh_depth: int = 1
    settings: dict[str, Any] = field(default_factory=dict)  # Scrapy settings overrides (politeness …)
    selectors: dict[str, str] = field(default_factory=dict)  # parser field → CSS selector

    def absolute_start_urls(self, base_url: str | None = None) -> list[str]:
        base = base_url or self.base_url
        return [urljoin(base, u) if base else u for u in self.start_urls]

    def parser_profile(self) -> dict[str, Any]:
        return {"selectors": dict(self.selectors), "encoding": self.encoding}


def available() -> list[str]:
    return sorted(p.stem for p in SITES_DIR.glob("*.toml"))


def load_profile(name_or_path: str) -> SiteProfile:
    path = Path(name_or_path)
    if not path.suffix:
        path = SITES_DIR / f"{name_or_path}.toml"
    if not path.exists():
        raise ProfileError(f"no site profile {name_or_path!r}; known: {', '.join(available()) or 'none'}")
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ProfileError(f"{path}: {exc}") from exc
    known = set(SiteProfile.__dataclass_fields__)
    unknown = set(data) - known
    if unknown:
        raise ProfileError(f"{path}: unknown keys {sorted(unknown)}")
    data.setdefault("name", path.stem)
    for key in ("article_url_patterns", "list_url_patterns"):
        for pattern in data.get(key, []):
            try:
                re.compile(pattern)
            except re.error as exc:
                raise ProfileError(f"{path}: {key} has a bad regular expression {pattern!r}: {exc}") from exc
    return SiteProfile(**data)
