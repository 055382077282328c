"""Field extractors for the article header: publish date, source, author, views and the breadcrumb.

Each function is pure (tree or lines in, value + stage name out). Lines are the page's visible lines
(``text.text_lines``); ``title_index`` is the line where the content heading starts, because the metadata line of
a government page sits right under the heading, while dates and 来源 labels elsewhere belong to other things.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from crawler.parsing import patterns as P

_META_DATES = ("pubdate", "publishdate", "publish_date", "article:published_time", "dc.date", "dc.date.issued")
_META_SOURCES = ("contentsource", "source", "og:site_name:source")


def nows(text: str | None) -> str:
    """Text with every kind of whitespace removed (the comparison key used throughout)."""
    return P.WHITESPACE.sub("", text or "")


def read_metas(root: etree._Element) -> dict[str, str]:
    """``<meta name|property=… content=…>`` as a lower-cased name → content map (first one wins)."""
    metas: dict[str, str] = {}
    for meta in root.iter("meta"):
        name = (meta.get("name") or meta.get("property") or "").strip().lower()
        content = (meta.get("content") or "").strip()
        if name and content and name not in metas:
            metas[name] = content
    return metas



def format_date(match: re.Match) -> str | None:
    y, m, d = int(match["y"]), int(match["m"]), int(match["d"])
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return None
    out = f"{y:04d}-{m:02d}-{d:02d}"
    if match["H"] is not None:
        out += f"T{int(match['H']):02d}:{int(match['M']):02d}"
    return out


def url_date(url: str) -> str | None:
    """The date a CMS wrote into the article path (``/t20210119_…``, ``/art/2021/3/15/``)."""
    m = P.URL_DATE.search(url or "")
    if not m:
        return None
    for k in "1234":
        if m[f"y{k}"]:
            y, mo, d = int(m[f"y{k}"]), int(m[f"m{k}"]), int(m[f"d{k}"])
            if 1 <= mo <= 12 and 1 <= d <= 31:
                return f"{y:04d}-{mo:02d}-{d:02d}"
    return None


def labelled_date(line: str) -> str | None:
    label = P.DATE_LABEL.search(line)
    if not label:
        return None
    m = P.DATE_TIME.match(line, label.end()) or P.DATE_TIME.match(line.replace("\u3000", " "), label.end())
    if m is None:
        rest = P.WHITESPACE.sub(" ", line[label.end():]).lstrip()
        m = P.DATE_TIME.match(rest)
    return format_date(m) if m else None


def bare_date(line: str) -> str | None:
    """A date on a short header line without a label ("2019-12-10 07:57:40  来源：新华网")."""
    if len(nows(line)) > 60:
        return None
    m = P.DATE_TIME.search(line)
    if not m:
        return None
    rest = line[:m.start()] + " " + line[m.end():]
    rest = re.sub(r"https?://\S+|[()（）\[\]【】|]", " ", rest)
    label = P.SOURCE_LABEL.search(rest)
    if label:
        rest = rest[:label.start()]
    # A date inside a sentence ("（2007年6月29日…会议通过）") is content, not the header's date line.
    return format_date(m) if len(nows(rest)) <= 12 else None


def label_value(line: str, label: re.Pattern) -> str | None:
    m = label.search(line)
    if not m:
        return None
    rest = line[m.end():].lstrip(" \t\u3000\u00a0")
    stop = P.VALUE_STOP.search(rest)
    value = rest[:stop.start()] if stop else rest
    value = value.strip(" \t\u3000\u00a0:：,，;；)）]")
    return value or None


@dataclass
class HeaderFields:
    published_at: str | None = None
    date_stage: str | None = None
    source: str | None = None
    source_stage: str | None = None
    author: str | None = None
    views: int | None = None
    meta_line: int | None = None  # index of the metadata line, when one was found


def _windows(lines: list[str], title_index: int | None) -> tuple[list[tuple[int, str]], list[tuple[int, str]]]:
    """(lines just under the heading, lines just above it)."""
    if title_index is None:
        return list(enumerate(lines[:80])), []
    below = [(i, lines[i]) for i in range(title_index + 1, min(len(lines), title_index + 12))]
    above = [(i, lines[i]) for i in range(max(0, title_index - 25), title_index)]
    return below, above


def _pair_lines(window: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join a bare label line with the value line after it (信息公开 tables: "发文日期：" / "2023-04-18")."""
    out = []
    for k, (i, line) in enumerate(window):
        if k + 1 < len(window) and re.search(r"[:：]\s*$", line) and len(line) <= 12:
            out.append((i, line + window[k + 1][1]))
        else:
            out.append((i, line))
    return out


def header_fields(lines: list[str], title_index: int | None, metas: dict[str, str]) -> HeaderFields:
    """Date, source, author and views from the metadata line(s) around the heading, then weaker places."""
    out = HeaderFields()
    below, above = _windows(lines, title_index)
    below, above = _pair_lines(below), _pair_lines(above)

    for stage, window in (("cms:meta_line", below), ("cms:header_table", above)):
        for i, line in window:
            date = labelled_date(line)
            if date and out.published_at is None:
                out.published_at, out.date_stage, out.meta_line = date, stage, i
        if out.published_at:
            break
    if out.published_at is None:
        for i, line in below:
            date = bare_date(line)
            if date:
                out.published_at, out.date_stage, out.meta_line = date, "cms:date_line", i
                break

    for i, line in below:
        if out.source is None:
            value = label_value(line, P.SOURCE_LABEL)
            if value:
                out.source, out.source_stage = value, "cms:meta_line"
        if out.author is None:
            author = label_value(line, P.AUTHOR_LABEL)
            # "作者：" left empty, with the next line's date joined to it, is no author.
            if author and not author[0].isdigit() and len(author) <= 30:
                out.author = author
        if out.views is None:
            label = P.VIEWS_LABEL.search(line)
            views = re.match(r"\s*(\d+)\s*次?(?!\d)", line[label.end():]) if label else None
            if views:
                out.views = int(views.group(1))
    if out.source is None and out.meta_line is not None:
        out.source = _unlabelled_source(lines[out.meta_line])
        following = lines[out.meta_line + 1] if out.meta_line + 1 < len(lines) else ""
        if out.source is None and out.date_stage == "cms:date_line" and len(following) <= 20 \
                and _SOURCE_LIKE.match(following.strip()):
            out.source = following.strip()  # "2019年12月10日 07:57:40" / "新华网" on the next line
        if out.source:
            out.source_stage = "cms:date_line"
    if out.source is None:
        for _, line in above:
            value = label_value(line, P.SOURCE_LABEL) or label_value(line, P.ISSUER_LABEL)
            if value:
                out.source, out.source_stage = value, "cms:header_table"
                break
    if out.source is None and title_index is not None:
        # Some templates print 信息来源 under the body instead of under the heading.
        for line in lines[title_index + 1:]:
            if len(line) <= 40:
                value = label_value(line, P.SOURCE_LABEL)
                if value:
                    out.source, out.source_stage = value, "cms:footer_line"
                    break
    if out.source is None:
        value = next((metas[k] for k in _META_SOURCES if metas.get(k)), None)
        if value:
            out.source, out.source_stage = value, "meta:ContentSource"
    if out.published_at is None:
        for key in _META_DATES:
            m = P.DATE_TIME.search(metas.get(key, ""))
            if m and format_date(m):
                out.published_at, out.date_stage = format_date(m), f"meta:{key}"
                break
    return out


# An unlabelled source after the date: a masthead in 《》 or a name ending like a publisher or an office.
_SOURCE_LIKE = re.compile(r"^(?:《[^》]{2,20}》|[\u4e00-\u9fffA-Za-z·]{1,20}(?:报|网|社|台|局|委|厅|办|府|院|会|部|中心|频道|新闻|"
                          r"财经|在线|时报|杂志|周刊|客户端|融媒|发布))$")


def _unlabelled_source(line: str) -> str | None:
    """The source printed after the date without a label ("2005年03月21日 11:21  《理财周刊》")."""
    m = P.DATE_TIME.search(line)
    if not m:
        return None
    rest = line[m.end():].strip(" \t\u3000\u00a0")
    token = rest.split()[0] if rest.split() else ""
    return token if _SOURCE_LIKE.match(token) else None


# ------------------------------------------------------------------------------------- breadcrumb, site

def _crumb_items(text: str) -> list[str]:
    items = [P.WHITESPACE.sub("", x) for x in P.BREADCRUMB_SEPARATOR.split(text.replace("\t", " > "))]
    return [x for x in items if x and x not in ("正文", "详情", "内容", "详细内容")]


def _crumb_starts(lines: list[str], stop: int) -> list[int]:
    """Candidate breadcrumb lines above the heading: labelled or 首页-led ones first, then a short "a > b" line."""
    strong, weak = [], []
    for i in range(stop - 1, max(-1, stop - 40), -1):
        line = lines[i]
        starts_home = line.lstrip().startswith(("首页", "网站首页"))
        has_sep = bool(re.search(r">|＞|»|/", line))
        next_is_crumb = i + 1 < stop and re.match(r"^\s*(?:>|＞|»|›)", lines[i + 1])
        if P.BREADCRUMB_LABEL.search(line) or (starts_home and (has_sep or next_is_crumb)):
            strong.append(i)
        elif stop - i <= 3 and len(line) <= 60 and re.search(r"\S\s*(?:>>|>|＞|»)\s*\S", line) \
                and not re.match(r"^\s*(?:>|＞|»|›)", line):
            weak.append(i)
    return strong + weak


def column_path(lines: list[str], title_index: int | None) -> list[str]:
    """Breadcrumb items above the heading ("首页 > 专题专栏 > 爱卫创卫 > 工作简报")."""
    stop = title_index if title_index is not None else min(len(lines), 80)
    for i in _crumb_starts(lines, stop):
        label = P.BREADCRUMB_LABEL.search(lines[i])
        text = lines[i][label.end():] if label else lines[i]
        k = i + 1
        # Breadcrumbs rendered one link per line continue with separator-led lines.
        while k < stop and re.match(r"^\s*(?:>|＞|»|/|›)", lines[k]):
            text += lines[k]
            k += 1
        if not text.strip() and k < stop:
            text = " > ".join(lines[i + 1:min(stop, i + 6)])
        items = _crumb_items(text)
        if items:
            return items
    return []
