"""Find article, pagination and attachment links on a list page, with no site profile.

Government sites are built on a handful of CMS families whose URL shapes are distinctive, so a link is
classified by its URL first and by its anchor text second. Everything here is pure: HTML text and a
URL in, typed link records out; the spider decides what to request.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from urllib.parse import parse_qsl, urldefrag, urljoin, urlencode, urlsplit, urlunsplit

from lxml import html as lxml_html

# Article URLs of the CMS families seen on county sites.
ARTICLE_URL_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"/t\d{8}_\d+\.s?html?$"),  # TRS WCM: /202101/t20210119_523401.html
    re.compile(r"/art_\d+_\d+\.html?$"),  # Hanweb JCMS: /art/2021/3/15/art_1234_5678.html
    re.compile(r"/article/(?:description|detail|show|content)/\d+\.html?$"),  # home-grown PHP
    re.compile(r"/content/(?:post_)?\d+\.s?html?$"),  # 集约化平台 (Guangdong): /content/post_123456.html
    re.compile(r"/\d{6,8}/[0-9a-f]{32}\.s?html?$"),  # UCAP 开普云 (Jiangxi): /tjgb/202305/36796c….shtml
    re.compile(r"/(?:info|news|detail|show)[/_-]\d+(?:[/_-]\d+)*\.s?html?$"),
    re.compile(r"[?&](?:id|articleId|infoid|newsId|contentId)=\d+", re.I),
)

# Pagination: query parameters and TRS static page names.
PAGE_QUERY_KEYS = ("page", "pagenum", "pageno", "pageindex", "curpage", "p", "pn", "pageNum", "pageNo")
PAGE_QUERY = re.compile(r"[?&](?:page|pageNum|pageNo|pageIndex|curPage|p|pn)=\d+", re.I)
# index.html, index_1.html (TRS); list.shtml, list_2.shtml (UCAP)
LIST_PAGE_NAME = re.compile(r"/(index|list)(?:_(\d+))?\.s?html?$")
# TRS writes its pager with a script call only: createPageHTML(5, 1, "index", "html");
CREATE_PAGE_HTML = re.compile(
    r"createPageHTML\(\s*(\d+)\s*,\s*(\d+)\s*,\s*[\"'](\w+)[\"']\s*,\s*[\"'](\w+)[\"']"
)
# jQuery pager plugins: $(".pagination").pagination({totalPage: 54, …}) over index_N.html
JS_TOTAL_PAGES = re.compile(r"\btotalPages?\s*[:=]\s*(\d+)")
PAGER_TEXT = re.compile(r"^(?:下一页|下页|后一页|尾页|末页|最后一页|首页|上一页|上页|前一页|\d{1,4}|>|>>|»|›)$")

ATTACHMENT_EXTENSIONS = (".pdf", ".doc", ".docx", ".xls", ".xlsx", ".wps", ".et", ".zip", ".rar", ".7z", ".ofd")

# Links that lead nowhere useful or loop forever: calendars, searches, logins, print views.
TRAP_URL = re.compile(
    r"(?:/search|search\.|[?&](?:date|day|year|month|keyword|q|searchword)=|calendar|login|javascript:|mailto:|tel:)",
    re.I,
)
# Hanweb columns embed their first records as XML inside a script: <record><![CDATA[<li><a …>]]></record>
HANWEB_RECORD = re.compile(r"<record>\s*<!\[CDATA\[(.*?)\]\]>\s*</record>", re.S | re.I)
COLUMN_PATH = re.compile(r"/col/col\d+/|/(?:article|news|info)/(?:lists?|column|category)/\d+\.html?$|"
                         r"/(?:list|lists|column)[_-]?\d+\.html?$", re.I)
DATE_BESIDE_LINK = re.compile(r"(20\d{2}|19\d{2})[-./年](\d{1,2})[-./月](\d{1,2})")


@dataclass(frozen=True, slots=True)
class Link:
    url: str
    text: str
    date: str | None = None  # a date printed beside the link on a list page, ISO


@dataclass(slots=True)
class ListPageLinks:
    articles: list[Link] = field(default_factory=list)
    pages: list[Link] = field(default_factory=list)
    attachments: list[Link] = field(default_factory=list)
    columns: list[Link] = field(default_factory=list)  # other list pages on the host (whole-site crawls)


def canonical_url(url: str) -> str:
    """The identity of a page: no fragment, default port dropped, query keys sorted, http(s) host lower-cased."""
    url, _ = urldefrag(url.strip())
    parts = urlsplit(url)
    netloc = parts.netloc.lower()
    if (parts.scheme == "http" and netloc.endswith(":80")) or (parts.scheme == "https" and netloc.endswith(":443")):
        netloc = netloc.rsplit(":", 1)[0]
    query = urlencode(sorted(parse_qsl(parts.query, keep_blank_values=True)))
    return urlunsplit((parts.scheme.lower(), netloc, parts.path or "/", query, ""))


def is_article_url(url: str, patterns: tuple[re.Pattern[str], ...] = ARTICLE_URL_PATTERNS) -> bool:
    return any(p.search(url) for p in patterns)


def is_attachment_url(url: str) -> bool:
    return urlsplit(url).path.lower().endswith(ATTACHMENT_EXTENSIONS)


def column_scope(list_url: str) -> str:
    """The path prefix a column's list pages share: the list URL's directory."""
    path = urlsplit(list_url).path
    return path[: path.rfind("/") + 1] or "/"


def same_site(host: str, hosts) -> bool:
    """`host` is one of `hosts`, or differs from one only by a leading `www.` (fy.gov.cn ↔ www.fy.gov.cn)."""
    bare = host.lower().removeprefix("www.")
    return host.lower() in hosts or any(h.removeprefix("www.") == bare for h in hosts)


def same_host(url: str, hosts: frozenset[str]) -> bool:
    return urlsplit(url).netloc.lower() in hosts


def is_pagination_url(url: str, list_url: str) -> bool:
    """A link is another page of the same list when it differs only by a page query or a TRS index_N name."""
    cand, base = urlsplit(url), urlsplit(list_url)
    if cand.netloc.lower() != base.netloc.lower():
        return False
    if cand.path == base.path and PAGE_QUERY.search("?" + cand.query):
        return True
    if LIST_PAGE_NAME.search(cand.path) and column_scope(url) == column_scope(list_url):
        return True
    return False


def script_pages(html_text: str, list_url: str, cap: int = 10_000) -> list[str]:
    """Pages a pager script would draw: TRS `createPageHTML(total, current, "index", "html")` or a jQuery
    pager's `totalPage: N` over the list's own `index_N` / `list_N` names."""
    match = CREATE_PAGE_HTML.search(html_text)
    if match:
        total, stem, ext = int(match.group(1)), match.group(3), match.group(4)
    else:
        js = JS_TOTAL_PAGES.search(html_text)
        name = LIST_PAGE_NAME.search(urlsplit(list_url).path)
        if not js or not name:
            return []
        total, stem = int(js.group(1)), name.group(1)
        ext = urlsplit(list_url).path.rsplit(".", 1)[-1]
    total = min(total, cap)  # a malformed call must not explode the queue
    names = [f"{stem}.{ext}"] + [f"{stem}_{i}.{ext}" for i in range(1, total)]
    return [urljoin(list_url, name) for name in names]


# Kept for callers of the first version of this module.
trs_script_pages = script_pages


def is_list_url(url: str) -> bool:
    """A URL shaped like a column's list page: index/list pages, Hanweb `/col/colN/`, PHP `lists/N.html`,
    or a directory. Used by whole-site crawls to find the other columns."""
    path = urlsplit(url).path
    return bool(LIST_PAGE_NAME.search(path) or COLUMN_PATH.search(path) or path.endswith("/"))


def _link_date(anchor) -> str | None:
    """A date printed in the anchor's list item or table row, e.g. `<li><a>…</a><span>2021-01-19</span></li>`."""
    node = anchor
    for _ in range(3):
        node = node.getparent()
        if node is None:
            return None
        if node.tag in {"li", "tr", "dd", "p", "div"}:
            match = DATE_BESIDE_LINK.search(node.text_content())
            if match:
                y, m, d = (int(g) for g in match.groups())
                if 1 <= m <= 12 and 1 <= d <= 31:
                    return f"{y:04d}-{m:02d}-{d:02d}"
            if node.tag in {"li", "tr", "dd"}:
                return None
    return None


def extract_links(html_text: str, page_url: str, hosts: frozenset[str] | None = None,
                  article_patterns: tuple[re.Pattern[str], ...] = ARTICLE_URL_PATTERNS,
                  page_patterns: tuple[re.Pattern[str], ...] = ()) -> ListPageLinks:
    """Classify the links of a list page into articles, other pages of the same list, and attachments.

    Off-site links and link traps (search, calendar, login) are dropped here, so the spider never sees them.
    A site profile may add article and list-page URL patterns of its own.
    """
    found = ListPageLinks()
    if not html_text.strip():
        return found
    hosts = hosts or frozenset({urlsplit(page_url).netloc.lower()})
    records = HANWEB_RECORD.findall(html_text) if "<record" in html_text else []
    if records:  # the script's records become ordinary list items
        html_text = html_text + "<ul>" + "".join(records) + "</ul>"
    try:
        root = lxml_html.document_fromstring(html_text)
    except (ValueError, lxml_html.etree.ParserError):
        return found
    seen: set[str] = set()
    for anchor in root.iter("a"):
        href = (anchor.get("href") or "").strip()
        if not href or href.startswith("#") or TRAP_URL.search(href):
            continue
        url = canonical_url(urljoin(page_url, href))
        if not url.startswith(("http://", "https://")) or url in seen or not same_host(url, hosts):
            continue
        seen.add(url)
        text = " ".join(anchor.text_content().split()) or (anchor.get("title") or "").strip()
        if is_attachment_url(url):
            found.attachments.append(Link(url, text))
        elif any(p.search(url) for p in page_patterns) or is_pagination_url(url, page_url) or (PAGER_TEXT.match(text) and column_scope(url) == column_scope(page_url)
                                                  and not is_article_url(url, article_patterns)):
            if url != canonical_url(page_url):
                found.pages.append(Link(url, text))
        elif is_article_url(url, article_patterns):
            found.articles.append(Link(url, text or (anchor.get("title") or ""), _link_date(anchor)))
        elif is_list_url(url) and urlsplit(url).query == "":
            found.columns.append(Link(url, text))
    for url in script_pages(html_text, page_url):
        url = canonical_url(url)
        if url not in seen and url != canonical_url(page_url):
            seen.add(url)
            found.pages.append(Link(url, ""))
    return found


def attachment_links(html_text: str, page_url: str, hosts: frozenset[str] | None = None) -> list[Link]:
    """Attachment links of an article page (PDF, DOC/DOCX, XLS/XLSX, WPS …)."""
    return extract_links(html_text, page_url, hosts).attachments


def page_number(url: str) -> int | None:
    """The ordinal of a list page from its URL (`?page=3` → 3, `index_2.html` → 2, `index.html` → 0)."""
    parts = urlsplit(url)
    for key, value in parse_qsl(parts.query):
        if key.lower() in {k.lower() for k in PAGE_QUERY_KEYS} and value.isdigit():
            return int(value)
    match = LIST_PAGE_NAME.search(parts.path)
    if match:
        return int(match.group(2) or 0)
    return None
