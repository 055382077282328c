"""HTML for the three CMS layouts of the demo site (home-grown PHP, TRS WCM, Hanweb) and the
shared frame. Body renderers return the HTML and the visible text pieces the gold file is made from."""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from .model import Article

SITE = "富源县人民政府"
OFFSITE = "http://www.yn.gov.cn/"
BULLETIN_LIST = "/article/lists/45.html"
NEWS_DIR = "/xwzx/ywdt/"
NOTICE_LIST = "/col/col1234/index.html"
# Section pages above the columns (each lists its sub-columns).
SECTION_TOPICS = "/article/lists/40.html"
SECTION_HEALTH = "/article/lists/44.html"
SECTION_NEWS = "/xwzx/index.html"
SECTION_OPEN = "/col/col1200/index.html"
INDENT = "\u3000\u3000"


@dataclass(frozen=True)
class ListEntry:
    href: str
    title: str
    date: str


def _head(title: str, charset: str, extra: str = "") -> str:
    meta = (
        f'<meta charset="{charset}">'
        if charset == "gbk"
        else f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">'
    )
    return f"<!DOCTYPE html>\n<html>\n<head>\n{meta}\n<title>{escape(title)}</title>\n{extra}</head>\n"


def _nav() -> str:
    return (
        '<div class="header"><div class="logo"><a href="/index.html">富源县人民政府</a></div>\n'
        '<ul class="nav">'
        '<li><a href="/index.html">首页</a></li>'
        f'<li><a href="{SECTION_NEWS}">新闻中心</a><ul class="sub"><li><a href="{NEWS_DIR}index.html">要闻动态</a></li></ul></li>'
        f'<li><a href="{SECTION_OPEN}">政务公开</a><ul class="sub"><li><a href="{NOTICE_LIST}">通知公告</a></li></ul></li>'
        f'<li><a href="{SECTION_TOPICS}">专题专栏</a><ul class="sub"><li><a href="{BULLETIN_LIST}">工作简报</a></li></ul></li>'
        "</ul>\n"
        '<form class="search" action="/search/" method="get"><input type="text" name="q" placeholder="请输入关键字">'
        '<input type="submit" value="搜索"></form></div>\n'
    )


def _footer() -> str:
    return (
        '<div class="footer">\n<p>主办：富源县人民政府办公室　承办：富源县融媒体中心</p>\n'
        f"<p>版权所有：{SITE}　滇ICP备05001234号</p>\n"
        f'<p>相关链接：<a href="{OFFSITE}" target="_blank">云南省人民政府</a></p>\n</div>\n'
    )


def _page(title: str, charset: str, main: str, extra_head: str = "") -> str:
    return _head(title, charset, extra_head) + "<body>\n" + _nav() + main + _footer() + "</body>\n</html>\n"


def _paragraphs(texts: list[str]) -> str:
    return "".join(f"<p>{INDENT}{escape(t)}</p>\n" for t in texts)


# --- home, search, errors -------------------------------------------------------------------------


def home_page(columns: list[tuple[str, str, list[ListEntry]]], calendar_month: tuple[int, int]) -> str:
    blocks = []
    for name, more, entries in columns:
        items = "".join(
            f'<li><a href="{e.href}" title="{escape(e.title)}">{escape(e.title)}</a><span class="date">{e.date}</span></li>\n'
            for e in entries
        )
        blocks.append(f'<div class="column"><h2>{name}<a class="more" href="{more}">更多</a></h2>\n<ul>\n{items}</ul></div>\n')
    main = '<div class="main">\n' + "".join(blocks) + calendar(*calendar_month) + "</div>\n"
    return _page(SITE, "utf-8", main)


def calendar(year: int, month: int) -> str:
    """A month grid whose day links lead into the (disallowed) search: a crawler trap."""
    days = [31, 29 if year % 4 == 0 else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
    prev_y, prev_m = (year, month - 1) if month > 1 else (year - 1, 12)
    next_y, next_m = (year, month + 1) if month < 12 else (year + 1, 1)
    cells = "".join(f'<a href="/search/?date={year}-{month:02d}-{d:02d}">{d}</a>' for d in range(1, days + 1))
    return (
        f'<div class="calendar"><a href="/search/?date={prev_y}-{prev_m:02d}-01">&lt;</a>'
        f"<span>{year}年{month}月</span>"
        f'<a href="/search/?date={next_y}-{next_m:02d}-01">&gt;</a>\n<div class="days">{cells}</div></div>\n'
    )


def search_page() -> str:
    main = '<div class="main"><p>请输入检索条件。</p>\n' + calendar(2021, 1) + "</div>\n"
    return _page("站内搜索 - " + SITE, "utf-8", main)


def error_page(status: int) -> str:
    return _head(f"{status} 错误", "utf-8") + f"<body><h1>{status}</h1><p>服务器内部错误，请稍后再试。</p></body></html>\n"


def section_page(title: str, links: list[tuple[str, str]]) -> str:
    items = "".join(f'<li><a href="{href}">{escape(name)}</a></li>\n' for name, href in links)
    return _page(f"{title} - {SITE}", "utf-8", f'<div class="main"><h2>{escape(title)}</h2><ul>\n{items}</ul></div>\n')


def robots_txt() -> str:
    return "User-agent: *\nDisallow: /search/\n"


# --- 工作简报: home-grown PHP ------------------------------------------------------------------------


def _bulletin_crumb() -> str:
    return (
        '<div class="position">您当前所在的位置：<a href="/index.html">首页</a> &gt; '
        f'<a href="{SECTION_TOPICS}">专题专栏</a> &gt; <a href="{SECTION_HEALTH}">爱卫创卫</a> &gt; '
        f'<a href="{BULLETIN_LIST}">工作简报</a></div>\n'
    )


def bulletin_list_href(page: int) -> str:
    return BULLETIN_LIST if page == 1 else f"{BULLETIN_LIST}?page={page}"


def bulletin_list(entries: list[ListEntry], page: int, pages: int) -> str:
    items = "".join(
        f'<li><a href="{e.href}" title="{escape(e.title)}">{escape(e.title)}</a><span class="date">{e.date}</span></li>\n'
        for e in entries
    )
    pager = [f'<a href="{BULLETIN_LIST}?page=1">首页</a>']
    pager.append(f'<a href="{bulletin_list_href(page - 1)}">上一页</a>' if page > 1 else "<span>上一页</span>")
    for n in range(1, pages + 1):
        pager.append(f'<span class="current">{n}</span>' if n == page else f'<a href="{BULLETIN_LIST}?page={n}">{n}</a>')
    pager.append(f'<a href="{BULLETIN_LIST}?page={page + 1}">下一页</a>' if page < pages else "<span>下一页</span>")
    pager.append(f'<a href="{BULLETIN_LIST}?page={pages}">尾页</a>')
    main = (
        _bulletin_crumb()
        + f'<div class="list"><ul class="newslist">\n{items}</ul>\n<div class="pages">{" ".join(pager)}</div></div>\n'
    )
    return _page("工作简报 - " + SITE, "utf-8", main)


def bulletin_body(article: Article) -> tuple[str, list[str]]:
    pieces = ["主要内容："] + ["▲" + s.title for s in article.stories]
    html = '<p>主要内容：</p>\n' + "".join(f"<p>▲{escape(s.title)}</p>\n" for s in article.stories) + "<p><br></p>\n"
    for story in article.stories:
        pieces.append(story.title)
        pieces.extend(story.paragraphs)
        html += f'<p style="text-align:center;"><strong>{escape(story.title)}</strong></p>\n' + _paragraphs(list(story.paragraphs))
    return html, pieces


def bulletin_article(article: Article, body_html: str, prev: ListEntry | None, nxt: ListEntry | None) -> str:
    def link(label: str, e: ListEntry | None) -> str:
        return f'<p>{label}<a href="{e.href}">{escape(e.title)}</a></p>' if e else f"<p>{label}没有了</p>"

    main = (
        _bulletin_crumb()
        + f'<div class="article">\n<h1 class="title">{escape(article.title)}</h1>\n'
        + f'<div class="info">发布时间：{article.publish_time}  来源：{escape(article.source or "")}'
        + f"  作者：{escape(article.author or '')}  浏览次数：{article.views}</div>\n"
        + f'<div class="content" id="content">\n{body_html}</div>\n'
        + f'<div class="prenext">{link("上一篇：", prev)}\n{link("下一篇：", nxt)}</div>\n'
        + '<div class="tools">【<a href="javascript:window.print()">打印本页</a>】【<a href="javascript:window.close()">关闭窗口</a>】</div>\n'
        + "</div>\n"
    )
    return _page(article.title + " - " + SITE, article.encoding or "utf-8", main)


# --- 要闻动态: TRS WCM ------------------------------------------------------------------------------

_CREATE_PAGE_JS = """<script type="text/javascript">
function createPageHTML(_nPageCount, _nCurrIndex, _sPageName, _sPageExt){
  if(_nPageCount == null || _nPageCount <= 1){ return; }
  var nCurrIndex = _nCurrIndex || 0;
  if(nCurrIndex == 0) document.write("<span>首页</span> <span>上一页</span> ");
  else {
    document.write("<a href=\\"" + _sPageName + "." + _sPageExt + "\\">首页</a> ");
    document.write("<a href=\\"" + _sPageName + (nCurrIndex == 1 ? "" : "_" + (nCurrIndex - 1)) + "." + _sPageExt + "\\">上一页</a> ");
  }
  if(nCurrIndex + 1 < _nPageCount) {
    document.write("<a href=\\"" + _sPageName + "_" + (nCurrIndex + 1) + "." + _sPageExt + "\\">下一页</a> ");
    document.write("<a href=\\"" + _sPageName + "_" + (_nPageCount - 1) + "." + _sPageExt + "\\">尾页</a>");
  }
}
</script>
"""


def news_list_name(index: int) -> str:
    return "index.html" if index == 0 else f"index_{index}.html"


def news_list(entries: list[ListEntry], index: int, pages: int, plain_pager: bool) -> str:
    items = "".join(
        f'<li><a href="{e.href}" target="_blank" title="{escape(e.title)}">{escape(e.title)}</a><span>{e.date}</span></li>\n'
        for e in entries
    )
    pager = f'<div class="page"><script>createPageHTML({pages}, {index}, "index", "html");</script>'
    if plain_pager:
        links = []
        if index > 0:
            links.append(f'<a href="{news_list_name(index - 1)}">上一页</a>')
        if index + 1 < pages:
            links.append(f'<a href="{news_list_name(index + 1)}">下一页</a>')
        pager += " " + " ".join(links)
    pager += "</div>\n"
    crumb = (
        '<div class="crumb">当前位置：<a href="../../index.html">首页</a> &gt; <a href="../index.html">新闻中心</a> &gt; '
        '<a href="./index.html">要闻动态</a></div>\n'
    )
    main = crumb + f'<div class="list"><ul>\n{items}</ul>\n{pager}</div>\n'
    return _page("要闻动态 - " + SITE, "utf-8", main, _CREATE_PAGE_JS)


def news_body(article: Article, paragraphs: list[str], image_name: str) -> tuple[str, list[str]]:
    html, pieces = "", []
    for i, text in enumerate(paragraphs):
        html += f"<p>{INDENT}{escape(text)}</p>\n"
        pieces.append(text)
        if i == 0 and article.image:
            html += (
                f'<p style="text-align:center;"><img src="./{image_name}" oldsrc="{image_name}" '
                f'alt=""></p>\n<p style="text-align:center;">{escape(article.image)}</p>\n'
            )
            pieces.append(article.image)
        if i == 1 and article.table:
            html += '<table border="1" cellspacing="0" cellpadding="4">\n'
            for row in article.table:
                html += "<tr>" + "".join(f"<td>{escape(c)}</td>" for c in row) + "</tr>\n"
                pieces.extend(row)
            html += "</table>\n"
    return html, pieces


def news_article(article: Article, body_html: str) -> str:
    extra = (
        f'<meta name="ArticleTitle" content="{escape(article.title)}">\n'
        f'<meta name="PubDate" content="{article.meta_pubdate}">\n'
        f'<meta name="ContentSource" content="{escape(article.source or "")}">\n'
    )
    main = (
        '<div class="crumb">当前位置：<a href="../../../index.html">首页</a> &gt; <a href="../../index.html">新闻中心</a> &gt; '
        '<a href="../index.html">要闻动态</a></div>\n'
        f'<div class="detail">\n<h2 class="title">{escape(article.title)}</h2>\n'
        f'<div class="property"><span>发布日期：{article.publish_time}</span><span>信息来源：{escape(article.source or "")}</span>'
        '<span class="share">分享到：</span></div>\n'
        f'<div class="TRS_Editor">\n{body_html}</div>\n'
        '<div class="print"><a href="javascript:window.print()">【打印】</a> <a href="javascript:window.close()">【关闭】</a></div>\n'
        "</div>\n"
    )
    return _page(f"{article.title} - {SITE}", article.encoding or "utf-8", main, extra)


# --- 通知公告: Hanweb ------------------------------------------------------------------------------


def notice_list(entries: list[ListEntry], charset: str) -> str:
    items = "".join(
        f'<li><a href="{e.href}" title="{escape(e.title)}" target="_blank">{escape(e.title)}</a><span class="bt_time">{e.date}</span></li>\n'
        for e in entries
    )
    crumb = (
        '<div class="bt-position">您当前的位置：<a href="/index.html">首页</a> &gt; <a href="/col/col1200/index.html">政务公开</a> &gt; '
        f'<a href="{NOTICE_LIST}">通知公告</a></div>\n'
    )
    main = crumb + f'<div id="1234" class="default_pgContainer"><ul>\n{items}</ul>\n<div class="default_pgPanel">共{len(entries)}条</div></div>\n'
    return _page("通知公告 - " + SITE, charset, main)


def notice_body(article: Article, paragraphs: list[str], signature: list[str]) -> tuple[str, list[str]]:
    html = _paragraphs(paragraphs) + "".join(f'<p style="text-align:right;">{escape(s)}</p>\n' for s in signature)
    return html, paragraphs + signature


def notice_article(article: Article, body_html: str) -> str:
    attach = ""
    if article.attachments:
        links = "".join(f'<p><a href="{a.url_path}" target="_blank">{escape(a.name)}</a></p>\n' for a in article.attachments)
        attach = f'<div class="attachments"><p>附件：</p>\n{links}</div>\n'
    main = (
        '<div class="bt-position">您当前的位置：<a href="/index.html">首页</a> &gt; <a href="/col/col1200/index.html">政务公开</a> &gt; '
        f'<a href="{NOTICE_LIST}">通知公告</a></div>\n'
        f'<table class="main-table"><tr><td class="title">{escape(article.title)}</td></tr>\n'
        f'<tr><td class="info">发布日期：{article.publish_time}　信息来源：{escape(article.source or "")}　'
        f"浏览次数：{article.views}</td></tr>\n"
        f'<tr><td><div id="zoom">\n{body_html}</div>\n{attach}</td></tr></table>\n'
    )
    return _page(f"{article.title}", article.encoding or "utf-8", main)
