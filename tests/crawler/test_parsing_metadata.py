"""Title, metadata line, dates, breadcrumb and site name, each rule with a positive and a negative page."""
from __future__ import annotations

import pytest

from crawler.parsing import parse_page
from tests.crawler.parsing_pages import bulletin_page, trs_news_page

BODY = "<div class='content'><p>　　1月18日，富源县召开爱国卫生工作推进会，安排部署下一阶段工作，要求压实责任、狠抓落实。</p>" \
       "<p>　　会议强调，各乡镇（街道）要对标对表，确保各项任务按期完成，群众满意度持续提升。</p></div>"


def article(header: str, title: str = "富源县召开爱国卫生工作推进会", head_title: str | None = None,
            metas: str = "", body: str = BODY) -> str:
    head_title = head_title if head_title is not None else f"{title}_富源县人民政府"
    return (f"<html><head><meta charset='utf-8'><title>{head_title}</title>{metas}</head><body>"
            f"<div class='nav'><a href='/'>首页</a><a href='/x'>政务公开</a></div>"
            f"<h1>{title}</h1>{header}{body}</body></html>")


@pytest.mark.parametrize("header,date,source,author,views", [
    ("<div>发布时间：2021-01-19 09:19&nbsp;&nbsp;来源：富源县人民政府办公室&nbsp;&nbsp;作者：超级管理员&nbsp;&nbsp;浏览次数：7421</div>",
     "2021-01-19T09:19", "富源县人民政府办公室", "超级管理员", 7421),
    ("<div><span>发布日期：</span><span>2021-01-19</span><span>信息来源：</span><span>富源县融媒体中心</span></div>",
     "2021-01-19", "富源县融媒体中心", None, None),
    ("<p>日期：2020年3月5日　文章来源：县卫健局　撰稿：李明　点击数：88</p>", "2020-03-05", "县卫健局", "李明", 88),
    ("<p>时间 : 2022/6/1 08:05:09 访问量：12</p>", "2022-06-01T08:05", None, None, 12),
    ("<div>2019-12-10 07:57:40  来源：  新华网</div>", "2019-12-10T07:57", "新华网", None, None),
])
def test_metadata_line_spellings(header, date, source, author, views):
    page = parse_page(article(header))
    assert page.status == "article"
    assert (page.published_at, page.source, page.author, page.views) == (date, source, author, views)


def test_visible_date_beats_meta_pubdate():
    page = parse_page(trs_news_page())
    assert page.published_at == "2021-01-19"
    assert page.stages["published_at"].startswith("cms:")


def test_meta_pubdate_is_the_fallback_when_nothing_is_visible():
    page = parse_page(article("", metas="<meta name='PubDate' content='2021-03-02 10:00:00'>"))
    assert page.published_at == "2021-03-02T10:00"
    assert page.stages["published_at"] == "meta:pubdate"


def test_url_date_path_is_used_when_no_date_is_shown_and_flags_disagreement():
    url = "http://www.fy.gov.cn/xwzx/ywdt/202101/t20210119_523401.html"
    assert parse_page(article(""), url).published_at == "2021-01-19"
    page = parse_page(article("<div>发布日期：2021-02-20</div>"), url)
    assert page.published_at == "2021-02-20"
    assert any("URL date" in w for w in page.warnings)


def test_date_inside_a_sentence_is_not_the_publish_date():
    header = "<p>（2007年6月29日第十届全国人民代表大会常务委员会第二十八次会议通过）</p>"
    assert parse_page(article(header)).published_at is None


def test_heading_wins_over_title_tag_with_site_suffix():
    page = parse_page(article("<div>发布日期：2021-01-19</div>"))
    assert page.title == "富源县召开爱国卫生工作推进会"
    assert page.site_name == "富源县人民政府"


def test_heading_split_over_lines_is_joined():
    title = "内蒙古延续部分到期税收优惠政策助企纾困<br>预计4年为纳税人减负180亿元"
    page = parse_page(article("<div>发布日期：2022-02-11 08:52</div>", title=title,
                              head_title="内蒙古延续部分到期税收优惠政策助企纾困预计4年为纳税人减负180亿元_内蒙古自治区人民政府"))
    assert page.title == "内蒙古延续部分到期税收优惠政策助企纾困预计4年为纳税人减负180亿元"


def test_title_tag_that_is_only_the_site_name_defers_to_article_title_meta():
    metas = "<meta name='ArticleTitle' content='行政处罚信息公开表(金罚决字〔2024〕36号)'>"
    page = parse_page(article("<div>发布时间：2024-07-12</div>", title="行政处罚信息公开表",
                              head_title="国家金融监督管理总局", metas=metas))
    assert page.title == "行政处罚信息公开表(金罚决字〔2024〕36号)"


def test_header_table_above_the_title_gives_date_and_issuer():
    header_table = ("<table><tr><td>发布机构：</td><td>宜春市统计局</td></tr>"
                    "<tr><td>发文日期：</td><td>2023-04-18</td></tr></table>")
    html = article("", body=BODY).replace("<h1>", header_table + "<h1>")
    page = parse_page(html)
    assert (page.published_at, page.source) == ("2023-04-18", "宜春市统计局")


def test_breadcrumb_and_author_of_the_bulletin_layout():
    page = parse_page(bulletin_page())
    assert page.column_path == ["首页", "专题专栏", "爱卫创卫", "工作简报"]
    assert (page.author, page.views) == ("超级管理员", 7421)


def test_empty_source_label_gives_no_source():
    page = parse_page(article("<div>发布日期：2017-05-15 10:49:00 来源： 浏览次数：3</div>"))
    assert page.source is None and page.views == 3


def test_profile_selectors_come_first():
    html = article("<div class='when'>发布日期：2021-01-19</div><div class='pub'>2021年2月3日</div>"
                   "<div class='org'>富源县卫健局</div>")
    profile = {"selectors": {"title": "h1", "published_at": ".pub", "source": ".org", "body": ".content"}}
    page = parse_page(html, profile=profile)
    assert (page.published_at, page.source) == ("2021-02-03", "富源县卫健局")
    assert {page.stages[k] for k in ("title", "published_at", "source", "body_text")} == {"profile"}


def test_bad_profile_selector_falls_back_to_rules():
    page = parse_page(article("<div>发布日期：2021-01-19</div>"), profile={"selectors": {"body": "div[[["}})
    assert page.status == "article" and page.stages["body_text"] != "profile"


def test_profile_encoding_overrides_declarations():
    html = article("<div>发布日期：2021-01-19</div>").replace("charset='utf-8'", "charset='utf-8'")
    page = parse_page(html.encode("gbk"), profile={"encoding": "gbk"})
    assert page.title == "富源县召开爱国卫生工作推进会"


@pytest.mark.parametrize("line,date", [("更新时间：2023-05-16", "2023-05-16"), ("发布于 2021年3月5日 10:20", "2021-03-05T10:20")])
def test_other_date_labels(line, date):
    assert parse_page(article(f"<div>{line}</div>")).published_at == date


@pytest.mark.parametrize("line,source", [
    ("<div><span class='date'>2019年12月10日 07:57</span><a class='source'>新浪财经</a></div>", "新浪财经"),
    ("<div>2005年03月21日 11:21　《理财周刊》</div>", "《理财周刊》"),
    ("<div>2019-12-10 07:57 星期二</div>", None),
])
def test_unlabelled_source_after_the_date(line, source):
    page = parse_page(article(line))
    assert page.published_at.startswith("20") and page.source == source


def test_empty_author_label_does_not_take_the_next_lines_date():
    page = parse_page(article("<div>来源：新华社</div><div>作者：</div><div>2023-12-01 14:43</div>"))
    assert (page.author, page.source, page.published_at) == (None, "新华社", "2023-12-01T14:43")


@pytest.mark.parametrize("crumb,expected", [
    ("<div>当前位置：<a>首页</a> &gt; <a>新闻中心</a> &gt; <a>要闻动态</a></div>", ["首页", "新闻中心", "要闻动态"]),
    ("<div><a>首页</a></div><div>&gt; <a>要闻</a></div><div>&gt; <a>山西要闻</a></div>", ["首页", "要闻", "山西要闻"]),
    ("<div><a>人民网</a>&gt;&gt;<a>文化</a></div>", ["人民网", "文化"]),
    ("<div>富源县人民政府欢迎您</div>", []),
])
def test_breadcrumb_spellings(crumb, expected):
    html = article("<div>发布日期：2021-01-19</div>").replace("<h1>", crumb + "<h1>")
    assert parse_page(html).column_path == expected


@pytest.mark.parametrize("head_title,site", [
    ("新华视界｜河北遵化：数字农机服务助力农业生产-新华网河北频道-新华网", "新华网"),
    ("新华视界｜河北遵化：数字农机服务助力农业生产", None),
])
def test_site_name_is_the_last_title_suffix(head_title, site):
    page = parse_page(article("<div>发布日期：2024-05-15</div>", title="新华视界｜河北遵化：数字农机服务助力农业生产",
                              head_title=head_title))
    assert page.site_name == site


@pytest.mark.parametrize("line,views", [("<div>发布日期：2021-01-19 浏览：123次</div>", 123),
                                        ("<div>发布日期：2021-01-19 点击数：<span id='n'></span></div>", None)])
def test_view_counts(line, views):
    assert parse_page(article(line)).views == views


def test_title_tag_that_is_only_the_site_name_uses_the_line_above_the_date():
    html = article("<div>发布时间：2021-01-19 09:19 来源：县卫健局</div>", head_title="富源县人民政府")
    html = html.replace("<div class='nav'>", "<div class='logo'>富源县人民政府</div><div class='nav'>")
    page = parse_page(html)
    assert page.title == "富源县召开爱国卫生工作推进会"
    assert (page.published_at, page.source) == ("2021-01-19T09:19", "县卫健局")
    assert page.body_text.startswith("1月18日")


def test_source_on_the_line_after_the_date():
    page = parse_page(article("<p class='time'>2019年12月10日 07:57:40</p><p class='source'><a href='#'>新华网</a></p>"))
    assert (page.published_at, page.source) == ("2019-12-10T07:57", "新华网")
