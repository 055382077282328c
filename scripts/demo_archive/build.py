"""Assemble the whole demo site in memory: pages, routes, gold records and the manifest.

Pure: a seed in, a `Site` out; generate.py writes it to disk."""
from __future__ import annotations

import random
import struct
import tomllib
import zlib
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from html import escape

from . import layouts
from .attachments import docx_bytes, garbage_pdf_bytes, pdf_bytes, xls_bytes
from .layouts import ListEntry
from .model import COLUMN_BULLETIN, COLUMN_NEWS, COLUMN_NOTICES, COLUMNS, Article, Attachment, Page, Story
from .stories import TEXTS, caption, compose_story, compose_unrelated, small_table

DEFAULT_SEED = 20210119
BULLETIN_PER_PAGE = 15
NEWS_PER_PAGE = 12
ISSUE_TITLE = "富源县创建国家卫生县城及推进爱国卫生“7个专项行动” 工作简报({year}年第{number}期)"
# (year, issues, first day, last day); 2021 No. 1 is the seed issue on its own date.
ISSUE_PLAN = [(2020, 21, date(2020, 5, 11), date(2020, 12, 28)),
              (2021, 28, date(2021, 1, 19), date(2021, 12, 27)),
              (2022, 15, date(2022, 1, 10), date(2022, 8, 29))]
# Issues served as GBK: (year, number) -> charset also in the HTTP header?
GBK_ISSUES = {(2020, 3): True, (2020, 4): False, (2021, 7): False, (2022, 2): True}
NEWS_COUNT = 50
UNRELATED_EVERY = 7  # every 7th news item is county news outside the campaign
CT_UTF8, CT_GBK, CT_BARE = "text/html; charset=utf-8", "text/html; charset=gbk", "text/html"


@dataclass
class Site:
    pages: list[Page]
    articles: list[Article]
    list_pages: dict[str, int]
    attachments: list[Attachment]


def _spread_days(rng: random.Random, first: date, last: date, n: int) -> list[date]:
    """n increasing weekdays spread from first to last, a little jitter each."""
    span = (last - first).days
    days, prev = [], first - timedelta(days=1)
    for i in range(n):
        d = first + timedelta(days=round(span * i / max(1, n - 1)) + rng.randint(-2, 2))
        d = max(d, prev + timedelta(days=1))
        while d.weekday() >= 5:
            d += timedelta(days=1)
        days.append(d)
        prev = d
    return days


def _time(rng: random.Random, d: date) -> str:
    return f"{d.isoformat()} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}"


def _html_page(key: str, file: str, text: str, encoding: str, header_charset: bool, status: int = 200) -> Page:
    ctype = CT_UTF8 if encoding == "utf-8" else (CT_GBK if header_charset else CT_BARE)
    return Page(key, file, text.encode(encoding), ctype, status)


def _key_file(key: str) -> str:
    return key.lstrip("/")


def _png(width: int = 8, height: int = 6) -> bytes:
    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    raw = b"".join(b"\x00" + b"\x80\x80\x80" * width for _ in range(height))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# --- 工作简报 ---------------------------------------------------------------------------------------


def _seed_issue() -> Article:
    with (TEXTS / "seed_issue.toml").open("rb") as fh:
        seed = tomllib.load(fh)
    stories = [Story(s["title"], tuple(s["paragraphs"])) for s in seed["stories"]]
    return Article(url_path="", column=COLUMN_BULLETIN, title=seed["title"], list_date=seed["publish_time"][:10],
                   publish_time=seed["publish_time"], source=seed["source"], author=seed["author"],
                   views=seed["views"], stories=stories, issue=(seed["year"], seed["number"]))


def _issues(rng: random.Random) -> list[Article]:
    actions = sorted(tomllib.loads((TEXTS / "stories.toml").read_text(encoding="utf-8"))["actions"])
    issues: list[Article] = []
    for year, count, first, last in ISSUE_PLAN:
        days = _spread_days(rng, first, last, count)
        for number, day in enumerate(days, 1):
            if (year, number) == (2021, 1):
                issues.append(_seed_issue())
                continue
            n_stories = rng.choices([2, 3, 4, 5], weights=[2, 4, 3, 1])[0]
            stories = [compose_story(rng, day, a) for a in rng.sample(actions, n_stories)]
            art = Article(url_path="", column=COLUMN_BULLETIN, title=ISSUE_TITLE.format(year=year, number=number),
                          list_date=day.isoformat(), publish_time=_time(rng, day),
                          source=rng.choice(["富源县人民政府办公室"] * 4 + ["富源县爱卫办"]),
                          author=rng.choice(["超级管理员"] * 5 + ["县爱卫办"]),
                          views=rng.randint(300, 9800), stories=stories, issue=(year, number))
            if (year, number) in GBK_ISSUES:
                art.encoding, art.header_charset = "gbk", GBK_ISSUES[(year, number)]
            issues.append(art)
    return issues


def _bulletin_broken(rng: random.Random) -> list[Article]:
    """List entries whose pages are missing (404) or fail (500)."""
    rows = [("关于富源县创建国家卫生县城工作情况的汇报", "2020-09-16", 404),
            ("富源县推进爱国卫生“7个专项行动”工作动态", "2021-06-08", 404),
            ("富源县第33个爱国卫生月活动专刊", "2021-04-28", 500)]
    return [Article(url_path="", column=COLUMN_BULLETIN, title=t, list_date=d, status=s, encoding=None)
            for t, d, s in rows]


def _bulletin_column(rng: random.Random) -> tuple[list[Article], list[Page], int]:
    entries = _issues(rng) + _bulletin_broken(rng)
    entries.sort(key=lambda a: (a.list_date, a.publish_time or ""))
    next_id = 1180
    for art in entries:
        next_id += rng.randint(3, 40)
        art.url_path = f"/article/description/{next_id}.html"
    pages: list[Page] = []
    live = [a for a in entries if a.status == 200]
    for i, art in enumerate(live):
        body_html, art.body_pieces = layouts.bulletin_body(art)
        prev = _entry(live[i - 1]) if i > 0 else None
        nxt = _entry(live[i + 1]) if i + 1 < len(live) else None
        text = layouts.bulletin_article(art, body_html, prev, nxt)
        pages.append(_html_page(art.url_path, _key_file(art.url_path), text, art.encoding or "utf-8", art.header_charset))
    for art in entries:
        if art.status == 500:
            pages.append(_html_page(art.url_path, "errors/500.html", layouts.error_page(500), "utf-8", True, 500))
    newest = list(reversed(entries))
    n_pages = -(-len(newest) // BULLETIN_PER_PAGE)
    for page in range(1, n_pages + 1):
        chunk = newest[(page - 1) * BULLETIN_PER_PAGE: page * BULLETIN_PER_PAGE]
        text = layouts.bulletin_list([_entry(a) for a in chunk], page, n_pages)
        file = "article/lists/45.html" if page == 1 else f"article/lists/45_page{page}.html"
        pages.append(_html_page(layouts.bulletin_list_href(page), file, text, "utf-8", True))
        if page == 1:  # the pager's 首页 link: same page under a second URL, as the PHP site does
            pages.append(_html_page(f"{layouts.BULLETIN_LIST}?page=1", file, text, "utf-8", True))
    return entries, pages, n_pages


def _entry(art: Article, href: str | None = None) -> ListEntry:
    return ListEntry(href or art.url_path, art.title, art.list_date)


# --- 要闻动态 ---------------------------------------------------------------------------------------


def _news_column(rng: random.Random) -> tuple[list[Article], list[Page], int]:
    days = _spread_days(rng, date(2020, 5, 20), date(2022, 9, 28), NEWS_COUNT)
    png = _png()
    entries: list[Article] = []
    pages: list[Page] = []
    docid = 523000
    truncate_at = NEWS_COUNT // 2 + 1
    for i, day in enumerate(days):
        docid += rng.randint(7, 90)
        if i % UNRELATED_EVERY == 3:
            story = compose_unrelated(rng, day, i // UNRELATED_EVERY)
        else:
            story = compose_story(rng, day)
            while i == truncate_at and len(story.paragraphs) < 3:
                story = compose_story(rng, day)
        path = f"{layouts.NEWS_DIR}{day:%Y%m}/t{day:%Y%m%d}_{docid}.html"
        regenerated = datetime(day.year, day.month, day.day) + timedelta(days=rng.randint(1, 90), hours=rng.randint(8, 20),
                                                                         minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))
        art = Article(url_path=path, column=COLUMN_NEWS, title=story.title, list_date=day.isoformat(),
                      publish_time=day.isoformat(), source=rng.choice(["富源县融媒体中心"] * 4 + ["县爱卫办", "县卫健局"]),
                      stories=[story], meta_pubdate=f"{regenerated:%Y-%m-%d %H:%M:%S}", views=rng.randint(100, 5000))
        if i % 4 == 1:
            art.encoding, art.header_charset = "gbk", i % 8 == 1
        truncated = i == truncate_at
        if not truncated and rng.random() < 0.35:
            art.image = caption(rng, day)
        if not truncated and len(story.paragraphs) >= 3 and rng.random() < 0.25:
            art.table = small_table(rng)
        image_name = f"W0{day:%Y%m%d}{docid}.png"
        body_html, art.body_pieces = layouts.news_body(art, list(story.paragraphs), image_name)
        text = layouts.news_article(art, body_html)
        if truncated:
            text, art.body_pieces = _truncate(text, story.paragraphs)
            art.truncated = True
        pages.append(_html_page(path, _key_file(path), text, art.encoding or "utf-8", art.header_charset))
        if art.image:
            pages.append(Page(path.rsplit("/", 1)[0] + "/" + image_name, "", png, "image/png"))
        entries.append(art)
    # One listed item whose page was never published.
    dead_day, dead_id = date(2021, 5, 18), 524113
    while any(a.url_path.endswith(f"_{dead_id}.html") for a in entries):
        dead_id += 1
    entries.append(Article(url_path=f"{layouts.NEWS_DIR}{dead_day:%Y%m}/t{dead_day:%Y%m%d}_{dead_id}.html", column=COLUMN_NEWS,
                           title="富源县召开农村人居环境整治提升推进会", list_date=dead_day.isoformat(), status=404, encoding=None))
    newest = sorted(entries, key=lambda a: (a.list_date, a.url_path), reverse=True)
    n_pages = -(-len(newest) // NEWS_PER_PAGE)
    for index in range(n_pages):
        chunk = newest[index * NEWS_PER_PAGE: (index + 1) * NEWS_PER_PAGE]
        rel = [_entry(a, "./" + a.url_path[len(layouts.NEWS_DIR):]) for a in chunk]
        # Pages 0 and 2 carry the pager only as the createPageHTML script call.
        text = layouts.news_list(rel, index, n_pages, plain_pager=index not in (0, 2))
        key = layouts.NEWS_DIR + layouts.news_list_name(index)
        pages.append(_html_page(key, _key_file(key), text, "utf-8", True))
    return entries, pages, n_pages


def _truncate(html: str, paragraphs: tuple[str, ...]) -> tuple[str, list[str]]:
    """Cut the page in the middle of its third paragraph, as an interrupted transfer would."""
    part = paragraphs[2][: max(8, len(paragraphs[2]) // 2)]
    start = html.index('<div class="TRS_Editor">')
    cut = html.index(escape(part), start) + len(escape(part))
    return html[:cut], [paragraphs[0], paragraphs[1], part]


# --- 通知公告 ---------------------------------------------------------------------------------------


def _notice_column(rng: random.Random) -> tuple[list[Article], list[Page], list[Attachment]]:
    with (TEXTS / "notices.toml").open("rb") as fh:
        notices = tomllib.load(fh)["notices"]
    entries, pages, attachments = [], [], []
    art_id = 5600
    for i, n in enumerate(notices):
        art_id += rng.randint(5, 60)
        when = datetime.strptime(n["date"], "%Y-%m-%d %H:%M")
        path = f"/art/{when.year}/{when.month}/{when.day}/art_1234_{art_id}.html"
        art = Article(url_path=path, column=COLUMN_NOTICES, title=n["title"], list_date=when.date().isoformat(),
                      publish_time=n["date"], source=n["source"], encoding="gbk", header_charset=i % 2 == 0,
                      views=rng.randint(80, 3000))
        for a in n["attachments"]:
            url = "/uploads/" + a["file"]
            kind = "pdf" if a["kind"] in ("pdf", "bad_pdf", "dead") and a["file"].endswith(".pdf") else a["kind"]
            body = _attachment_bytes(a["kind"], n, i)
            att = Attachment(url_path=url, name=a["name"], kind=kind, ok=a["kind"] in ("pdf", "docx", "xls"))
            art.attachments.append(att)
            attachments.append(att)
            if body is not None:
                pages.append(Page(url, _key_file(url), body, _attachment_type(url)))
        signature = [n["source"], f"{when.year}年{when.month}月{when.day}日"]
        body_html, art.body_pieces = layouts.notice_body(art, list(n["paragraphs"]), signature)
        art.stories = [Story(n["title"], tuple(n["paragraphs"]))]
        pages.append(_html_page(path, _key_file(path), layouts.notice_article(art, body_html), "gbk", art.header_charset))
        entries.append(art)
    newest = sorted(entries, key=lambda a: a.publish_time or "", reverse=True)
    text = layouts.notice_list([_entry(a) for a in newest], "gbk")
    pages.append(_html_page(layouts.NOTICE_LIST, _key_file(layouts.NOTICE_LIST), text, "gbk", False))
    return entries, pages, attachments


def _attachment_bytes(kind: str, notice: dict, index: int) -> bytes | None:
    lines = [p for p in notice["paragraphs"]][:4]
    table = [["单位", "开展活动（次）", "参与人数（人）"], ["中安街道", "12", "860"], ["胜境街道", "9", "640"], ["后所镇", "7", "1200"]]
    if kind == "pdf":
        return pdf_bytes(notice["title"], lines)
    if kind == "docx":
        return docx_bytes(notice["title"], lines, table)
    if kind == "xls":
        return xls_bytes(notice["title"], table)
    if kind == "bad_pdf":
        return garbage_pdf_bytes(index)
    return None  # dead link: nothing is written


def _attachment_type(url: str) -> str:
    ext = url.rsplit(".", 1)[-1]
    return {"pdf": "application/pdf", "xls": "application/vnd.ms-excel",
            "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}[ext]


# --- the whole site ---------------------------------------------------------------------------------


def build_site(seed: int = DEFAULT_SEED) -> Site:
    rng = random.Random(seed)
    bulletins, b_pages, b_n = _bulletin_column(rng)
    news, n_pages_list, n_n = _news_column(rng)
    notices, t_pages, attachments = _notice_column(rng)

    def latest(arts: list[Article], k: int) -> list[ListEntry]:
        ok = sorted((a for a in arts if a.status == 200), key=lambda a: a.publish_time or "", reverse=True)
        return [_entry(a) for a in ok[:k]]

    home = layouts.home_page([
        ("要闻动态", layouts.NEWS_DIR + "index.html", latest(news, 6)),
        ("通知公告", layouts.NOTICE_LIST, latest(notices, 5)),
        ("工作简报", layouts.BULLETIN_LIST, latest(bulletins, 6)),
    ], (2022, 9))
    frame = [
        _html_page("/index.html", "index.html", home, "utf-8", True),
        _html_page("/", "index.html", home, "utf-8", True),
        _html_page("/search/", "search/index.html", layouts.search_page(), "utf-8", True),
        _html_page(layouts.SECTION_TOPICS, _key_file(layouts.SECTION_TOPICS),
                   layouts.section_page("专题专栏", [("爱卫创卫", layouts.SECTION_HEALTH)]), "utf-8", True),
        _html_page(layouts.SECTION_HEALTH, _key_file(layouts.SECTION_HEALTH),
                   layouts.section_page("爱卫创卫", [("工作简报", layouts.BULLETIN_LIST)]), "utf-8", True),
        _html_page(layouts.SECTION_NEWS, _key_file(layouts.SECTION_NEWS),
                   layouts.section_page("新闻中心", [("要闻动态", "/xwzx/ywdt/index.html")]), "utf-8", True),
        _html_page(layouts.SECTION_OPEN, _key_file(layouts.SECTION_OPEN),
                   layouts.section_page("政务公开", [("通知公告", layouts.NOTICE_LIST)]), "utf-8", True),
        Page("/robots.txt", "robots.txt", layouts.robots_txt().encode("ascii"), "text/plain; charset=utf-8"),
    ]
    pages = frame + b_pages + n_pages_list + t_pages
    # Images have no file name yet: place them at their URL.
    pages = [p if p.file else Page(p.key, _key_file(p.key), p.body, p.content_type, p.status) for p in pages]
    return Site(pages=pages, articles=bulletins + news + notices,
                list_pages={COLUMN_BULLETIN: b_n, COLUMN_NEWS: n_n, COLUMN_NOTICES: 1},
                attachments=attachments)


def gold_record(art: Article) -> dict:
    body = art.body_nows
    live = art.status == 200
    return {
        "url_path": art.url_path,
        "column": art.column,
        "status": art.status,
        "encoding": art.encoding if live else None,
        "title": art.title,
        "publish_time": art.publish_time if live else None,
        "source": art.source if live else None,
        "author": art.author if live else None,
        "body_first30": body[:30] if live else None,
        "body_last30": body[-30:] if live else None,
        "issue": {"year": art.issue[0], "number": art.issue[1]} if art.issue and live else None,
        # A single-story page's story starts where its body does (image captions included).
        "stories": [{"title": s.title, "first30": s.first30 if art.issue else body[:30]} for s in art.stories] if live else [],
        "attachments": [{"url_path": a.url_path, "name": a.name, "kind": a.kind, "ok": a.ok} for a in art.attachments],
        "truncated": art.truncated,
    }


def manifest(site: Site) -> dict:
    html = [p for p in site.pages if p.content_type.startswith("text/html") and p.status == 200]
    files = {p.file: p for p in html}  # aliases (/, ?page=1) count once
    gbk = [p for p in files.values() if not _is_utf8(p)]
    per_column = {}
    for col in COLUMNS:
        arts = [a for a in site.articles if a.column == col]
        live = [a for a in arts if a.status == 200]
        per_column[col] = {
            "list_pages": site.list_pages[col],
            "articles_listed": len(arts),
            "articles_expected_to_parse": len(live),
            "stories": sum(len(a.stories) for a in live),
            "issues": sum(1 for a in live if a.issue),
        }
    live = [a for a in site.articles if a.status == 200]
    return {
        "site": layouts.SITE,
        "articles_listed": len(site.articles),
        "articles_expected_to_parse": len(live),
        "stories": sum(len(a.stories) for a in live),
        "issues": sum(1 for a in live if a.issue),
        "per_column": per_column,
        "list_pages": dict(site.list_pages),
        "html_pages": len(files),
        "pages_by_encoding": {"utf-8": len(files) - len(gbk), "gbk": len(gbk)},
        "gbk_share": round(len(gbk) / len(files), 3),
        "gbk_charset_in_header": sum(1 for p in gbk if p.content_type == CT_GBK),
        "gbk_charset_in_meta_only": sum(1 for p in gbk if p.content_type == CT_BARE),
        "broken_links": {
            "404_articles": sorted(a.url_path for a in site.articles if a.status == 404),
            "500_articles": sorted(a.url_path for a in site.articles if a.status == 500),
            "truncated_articles": sorted(a.url_path for a in site.articles if a.truncated),
            "dead_attachments": sorted(a.url_path for a in site.attachments if not a.ok and not _served(site, a.url_path)),
            "malformed_attachments": sorted(a.url_path for a in site.attachments if not a.ok and _served(site, a.url_path)),
        },
        "attachments": {
            "linked": len(site.attachments),
            "ok": sum(1 for a in site.attachments if a.ok),
            "by_kind": {k: sum(1 for a in site.attachments if a.kind == k) for k in sorted({a.kind for a in site.attachments})},
        },
        "traps": {
            "offsite_link": layouts.OFFSITE,
            "robots_disallowed": "/search/",
            "calendar_links": "/search/?date=YYYY-MM-DD",
            "meta_pubdate_is_regeneration_time": COLUMN_NEWS,
        },
    }


def _is_utf8(page: Page) -> bool:
    return page.content_type == CT_UTF8


def _served(site: Site, url: str) -> bool:
    return any(p.key == url for p in site.pages)
