"""Field extractors for the article header: title, publish date, source, author, views, breadcrumb, site name.

Each function is pure (tree or lines in, value + stage name out). Lines are the page's visible lines
(``text.text_lines``); ``title_index`` is the line where the content heading starts, because the metadata line of
a government page sits right under the heading, while dates and 来源 labels elsewhere belong to other things.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from lxml import etree

from crawler.parsing import patterns as P
from crawler.parsing.text import inline_text

_TITLE_HINT = re.compile(r"title|tit\b|biaoti|headline|\bbt\b|arti_?tit|news_?tit|ivs_title|wenzhang-title", re.I)
_HEADINGS = ("h1", "h2", "h3", "h4", "ucaptitle")
_META_TITLES = ("articletitle", "og:title", "title", "dc.title")
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


def read_title_tag(root: etree._Element) -> str:
    node = root.find(".//title")
    return P.WHITESPACE.sub(" ", node.text_content()).strip() if node is not None else ""


def title_tag_parts(title_tag: str) -> list[str]:
    """Pieces of ``<title>`` split at site-name separators, longest first."""
    parts = [p.strip() for p in P.TITLE_SEPARATOR.split(title_tag) if p and p.strip()]
    return sorted(parts, key=len, reverse=True)


def _similarity(candidate: str, reference: str) -> float:
    if not candidate or not reference:
        return 0.0
    if candidate == reference:
        return 1.0
    if reference.startswith(candidate):
        # A heading that opens the reference: the rest is a site suffix or a 文号 shown on another element.
        return 0.5 + 0.5 * len(candidate) / len(reference)
    if candidate in reference:
        return len(candidate) / len(reference)
    if reference in candidate:
        return len(reference) / len(candidate) * 0.9
    return 0.0


@dataclass
class TitleChoice:
    text: str
    stage: str
    element: etree._Element | None


def _inside_link(el: etree._Element) -> bool:
    node = el
    for _ in range(4):
        if node is None:
            return False
        if node.tag == "a":
            return True
        node = node.getparent()
    return False


_INLINE_ONLY = frozenset(("span", "font", "strong", "b", "em", "i", "br", "u", "sup", "sub"))


def _title_candidates(root: etree._Element):
    """Headings, title-classed elements and any short inline-only element (plain ``<div>`` headings exist)."""
    for el in root.iter():
        tag = el.tag if isinstance(el.tag, str) else ""
        if not tag or tag in ("title", "meta", "html", "body", "head", "a", "script", "style"):
            continue
        hinted = tag in _HEADINGS or tag in ("strong", "b", "font") or bool(
            _TITLE_HINT.search((el.get("class") or "") + " " + (el.get("id") or "")))
        if not hinted and (not (el.text or "").strip() or any(
                isinstance(c.tag, str) and c.tag not in _INLINE_ONLY for c in el)):
            continue
        if len(el.text_content()) > 400:
            continue
        yield el, hinted


def find_title(root: etree._Element, metas: dict[str, str], title_tag: str) -> TitleChoice | None:
    """The content heading: the visible heading that best matches ``<title>`` / ``ArticleTitle``.

    ``<title>`` carries the site-name suffix and the meta may be stale, so a visible heading wins whenever one
    matches; a visible heading that is only part of ``ArticleTitle`` (the 文号 shown on a second element) yields
    the meta value.
    """
    meta_title = next((metas[k] for k in _META_TITLES if metas.get(k)), "")
    pieces = title_tag_parts(title_tag) + [p for p in re.split(r"-+", title_tag) if len(nows(p)) >= 4]
    tag_refs = [nows(p) for p in pieces] + [nows(title_tag)]
    meta_key = nows(meta_title)
    if meta_key:
        # When <title> is only the site name, it says nothing about the article: keep pieces that agree with the meta.
        tag_refs = [r for r in tag_refs if r and (meta_key in r or (r in meta_key and len(r) >= 0.6 * len(meta_key)))]
    refs = [r for r in [meta_key] + tag_refs if len(r) >= 4]
    best: tuple[float, etree._Element, str] | None = None
    for el, hinted in _title_candidates(root):
        text = inline_text(el)
        key = nows(text)
        if not 4 <= len(key) <= 200 or _inside_link(el):
            continue
        links = sum(len(nows(a.text_content())) for a in el.iter("a"))
        if links * 2 > len(key):
            continue
        score = max((_similarity(key, r) for r in refs), default=0.0)
        if el.tag in _HEADINGS:
            score += 0.05
        elif not hinted:
            score -= 0.02
        if best is None or score > best[0] + 1e-9:
            best = (score, el, text)
    if best and best[0] >= 0.6:
        text = P.WHITESPACE.sub(" ", best[2]).strip()
        key = nows(text)
        if meta_title and key != nows(meta_title) and key in nows(meta_title):
            return TitleChoice(meta_title.strip(), "meta:ArticleTitle", best[1])
        return TitleChoice(text, "cms:heading", best[1])
    if meta_title:
        return TitleChoice(meta_title.strip(), "meta:title", None)
    parts = title_tag_parts(title_tag)
    if parts:
        return TitleChoice(parts[0], "title_tag", None)
    return None


def locate_title(lines: list[str], title: str) -> int | None:
    """Index of the line where the (possibly multi-line) title starts."""
    key = nows(title)
    if not key:
        return None
    for i, line in enumerate(lines):
        joined = nows("".join(lines[i:i + 4]))
        if joined.startswith(key) or (nows(line) and key.startswith(nows(line)) and joined.startswith(key[:30])
                                       and len(nows(line)) >= min(len(key), 8)):
            return i
    return None


_SITE_LIKE = re.compile(r"^[\u4e00-\u9fff]{2,16}(?:人民政府|政府|门户网站|政府网|网站|官网|信息网|网)$")


def looks_like_site_name(text: str | None) -> bool:
    """"富源县人民政府": what small sites put in <title> on every page, not an article title."""
    return bool(text) and bool(_SITE_LIKE.match(nows(text)))


def title_above_date(lines: list[str]) -> int | None:
    """Index of the heading line just above the first labelled date line, for pages whose <title> is only the
    site name (the heading then cannot be matched against it)."""
    for j, line in enumerate(lines):
        if len(line) <= 120 and labelled_date(line):
            for i in range(j - 1, max(-1, j - 4), -1):
                cand = lines[i]
                if 6 <= len(nows(cand)) <= 100 and not P.BREADCRUMB_LABEL.search(cand) \
                        and not re.search(r"[:：>＞»]", cand) and not P.NOISE_LINE.match(nows(cand)):
                    return i
            return None
    return None


# --------------------------------------------------------------------------------------------------- dates

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


def _label_value(line: str, label: re.Pattern) -> str | None:
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
            value = _label_value(line, P.SOURCE_LABEL)
            if value:
                out.source, out.source_stage = value, "cms:meta_line"
        if out.author is None:
            author = _label_value(line, P.AUTHOR_LABEL)
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
        if out.source:
            out.source_stage = "cms:date_line"
    if out.source is None:
        for _, line in above:
            value = _label_value(line, P.SOURCE_LABEL) or _label_value(line, P.ISSUER_LABEL)
            if value:
                out.source, out.source_stage = value, "cms:header_table"
                break
    if out.source is None and title_index is not None:
        # Some templates print 信息来源 under the body instead of under the heading.
        for line in lines[title_index + 1:]:
            if len(line) <= 40:
                value = _label_value(line, P.SOURCE_LABEL)
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


def site_name(metas: dict[str, str], title_tag: str, title: str | None, lines: list[str]) -> str | None:
    """The site's own name: ``<meta name=SiteName>``, the ``<title>`` suffix, or the footer's 主办/版权所有."""
    if metas.get("sitename"):
        return metas["sitename"].strip()
    rest = title_tag
    key = nows(title)
    if key:
        # Cut the article title off the front of <title>, whitespace-insensitively.
        consumed, k = 0, 0
        while k < len(title_tag) and consumed < len(key):
            if not P.WHITESPACE.match(title_tag[k]):
                if title_tag[k] != key[consumed]:
                    break
                consumed += 1
            k += 1
        if consumed == len(key):
            rest = title_tag[k:]
    parts = [p.strip() for p in re.split(r"_{1,2}|\s-\s|-+|\||｜|—|–", rest) if p.strip()]
    parts = [p for p in parts if len(nows(p)) >= 2 and not (key and nows(p) in key)]
    if parts and rest != title_tag or len(parts) >= 2:
        return parts[-1]
    for line in reversed(lines[-30:]):
        m = P.SITE_OWNER.search(line)
        if m:
            return m["name"]
    return None
