"""Link classification on list pages with no site profile: articles, pagination, attachments, traps."""
from __future__ import annotations

from urllib.parse import urlsplit

from hypothesis import given, settings, strategies as st

from crawler import discovery as d

BASE = "http://www.fy.gov.cn"


def _urls(links):
    return [link.url for link in links]


def test_php_pager_with_next_last_and_numbers():
    html = """<ul>
      <li><a href="/article/description/521.html" title="工作简报(2021年第2期)">工作简报(2021年第2期)</a>
          <span class="date">2021-01-26</span></li>
      <li><a href="/article/description/520.html">工作简报(2021年第1期)</a><span>2021年01月19日</span></li>
    </ul>
    <div class="pager"><a href="/article/lists/45.html">首页</a> <a href="/article/lists/45.html?page=1">上一页</a>
      <a href="/article/lists/45.html?page=3">3</a> <a href="/article/lists/45.html?page=3">下一页</a>
      <a href="/article/lists/45.html?page=9">尾页</a></div>"""
    links = d.extract_links(html, BASE + "/article/lists/45.html?page=2")
    assert [(l.url, l.date) for l in links.articles] == [
        (BASE + "/article/description/521.html", "2021-01-26"),
        (BASE + "/article/description/520.html", "2021-01-19")]
    assert set(_urls(links.pages)) == {BASE + "/article/lists/45.html", BASE + "/article/lists/45.html?page=1",
                                       BASE + "/article/lists/45.html?page=3", BASE + "/article/lists/45.html?page=9"}


def test_trs_pager_that_exists_only_as_a_script_call():
    html = """<ul><li><a href="./202101/t20210119_523401.html">县委召开常委会议</a><span>2021-01-19</span></li></ul>
    <script>createPageHTML(5, 1, "index", "html");</script>"""
    links = d.extract_links(html, BASE + "/xwzx/ywdt/index_1.html")
    assert _urls(links.articles) == [BASE + "/xwzx/ywdt/202101/t20210119_523401.html"]
    assert _urls(links.pages) == [BASE + f"/xwzx/ywdt/{name}.html"
                                  for name in ("index", "index_2", "index_3", "index_4")]


def test_jquery_pager_total_pages_over_index_names():
    html = '<ul class="pagination"></ul><script>$(".pagination").pagination({totalPage: 3, count: 3});</script>'
    assert _urls(d.extract_links(html, BASE + "/yqtb/index.html").pages) == [
        BASE + "/yqtb/index_1.html", BASE + "/yqtb/index_2.html"]


def test_page_num_and_page_no_query_pagination():
    html = """<table><tr><td><a href="/info/1234.html">关于开展春季爱国卫生运动的通知</a></td><td>2022-03-01</td></tr>
      <tr><td><a href="list.jsp?pageNum=2&amp;cat=7">2</a></td></tr></table>
      <a href="list.jsp?cat=7&amp;pageNo=3">下一页</a>"""
    links = d.extract_links(html, BASE + "/gk/list.jsp?cat=7&pageNum=1")
    assert [(l.url, l.date) for l in links.articles] == [(BASE + "/info/1234.html", "2022-03-01")]
    assert set(_urls(links.pages)) == {BASE + "/gk/list.jsp?cat=7&pageNum=2", BASE + "/gk/list.jsp?cat=7&pageNo=3"}


def test_hanweb_articles_and_attachments():
    html = """<a href="/art/2021/3/15/art_1234_5678.html">关于做好春节期间疫情防控工作的通知</a>
      <a href="/uploads/2021/附件1.pdf">附件1：检查表.pdf</a> <a href="/uploads/2021/b.docx">附件2</a>"""
    links = d.extract_links(html, BASE + "/col/col1234/index.html")
    assert _urls(links.articles) == [BASE + "/art/2021/3/15/art_1234_5678.html"]
    assert [l.text for l in links.attachments] == ["附件1：检查表.pdf", "附件2"]


def test_off_site_links_and_traps_are_dropped():
    html = """<a href="http://www.yn.gov.cn/art/2021/1/1/art_1_2.html">省政府</a>
      <a href="https://mp.weixin.qq.com/s/abc">公众号</a>
      <a href="/search/?date=2021-01-01">1</a> <a href="/calendar/2021-02.html">下一页</a>
      <a href="/search.jsp?keyword=卫生">搜索</a> <a href="javascript:void(0)">打印</a>
      <a href="mailto:fy@example.org">信箱</a>"""
    links = d.extract_links(html, BASE + "/article/lists/45.html")
    assert links.articles == links.pages == links.attachments == links.columns == []


def test_pager_stays_in_the_column():
    html = '<a href="/other/index_2.html">2</a><a href="/xwzx/ywdt/index_2.html">2</a>'
    links = d.extract_links(html, BASE + "/xwzx/ywdt/index.html")
    assert _urls(links.pages) == [BASE + "/xwzx/ywdt/index_2.html"]


def test_column_links_for_whole_site_crawls():
    html = """<a href="/xwzx/ywdt/index.html">要闻动态</a> <a href="/col/col1234/index.html">通知公告</a>
      <a href="/article/lists/45.html">工作简报</a> <a href="/about.html">关于</a>"""
    links = d.extract_links(html, BASE + "/index.html")
    assert set(_urls(links.columns)) == {BASE + "/xwzx/ywdt/index.html", BASE + "/col/col1234/index.html",
                                         BASE + "/article/lists/45.html"}


def test_page_number():
    assert d.page_number(BASE + "/a/45.html?page=3") == 3
    assert d.page_number(BASE + "/a/list.jsp?pageNo=4&x=1") == 4
    assert d.page_number(BASE + "/xwzx/index_2.html") == 2
    assert d.page_number(BASE + "/xwzx/index.html") == 0
    assert d.page_number(BASE + "/zwyw/list_5.shtml") == 5
    assert d.page_number(BASE + "/art/2021/1/1/art_1_2.html") is None


def test_canonical_url_identity():
    assert d.canonical_url("HTTP://WWW.FY.gov.cn:80/a.html?b=2&a=1#top") == "http://www.fy.gov.cn/a.html?a=1&b=2"


def test_real_list_page_wsjkw(shared_dir):
    """A real column page: dated items, off-site WeChat items, and a pager drawn only by jQuery."""
    html = (shared_dir / "corpus/real_html/wsjkw-sh-gov__list_yqtb_index.html").read_text(encoding="utf-8")
    links = d.extract_links(html, "https://wsjkw.sh.gov.cn/yqtb/index.html")
    assert len(links.articles) == 9
    assert all(urlsplit(l.url).netloc == "wsjkw.sh.gov.cn" for l in links.articles)
    assert links.articles[0].url.endswith("/xwfb/20220426/d4d847dcf3f64fcab102cf5a65656891.html")
    assert links.articles[0].date == "2022-04-25"
    assert len(links.pages) == 53 and links.pages[-1].url == "https://wsjkw.sh.gov.cn/yqtb/index_53.html"


def test_real_ucap_portal_page(shared_dir):
    html = (shared_dir / "corpus/real_html/yichun-gov__ucap_homepage_2023.html").read_text(encoding="utf-8")
    links = d.extract_links(html, "https://www.yichun.gov.cn/ycsrmzf/index.shtml")
    assert len(links.articles) >= 30
    assert all(l.url.endswith(".shtml") and urlsplit(l.url).netloc == "www.yichun.gov.cn" for l in links.articles)
    assert "https://www.yichun.gov.cn/ycsrmzf/zwdt/list.shtml" in _urls(links.columns)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from([
    "/article/description/1.html", "http://evil.example.com/art_1_2.html", "//other.gov.cn/t20210101_1.html",
    "/search/?date=2021-01-0{}", "index_{}.html", "?page={}", "https://www.fy.gov.cn:8443/a/t20200101_2.html",
    "/uploads/x.pdf", "mailto:a@b", "javascript:go({})", "#top", "../../202101/t20210119_{}.html",
]), max_size=20), st.integers(min_value=0, max_value=999))
def test_never_leaves_the_host(hrefs, n):
    html = "".join(f'<a href="{h.format(n)}">{i}</a>' for i, h in enumerate(hrefs))
    links = d.extract_links(html, BASE + "/xwzx/ywdt/index.html")
    for link in links.articles + links.pages + links.attachments + links.columns:
        assert urlsplit(link.url).netloc == "www.fy.gov.cn"
        assert "search" not in link.url


def test_hanweb_records_inside_the_datastore_script():
    html = """<div id="1234"><script type="text/xml"><datastore><nextgroup><![CDATA[<a href="/module/web/jpage/dataproxy.jsp?page=1"></a>]]></nextgroup>
      <recordset><record><![CDATA[<li><a href="/art/2021/3/15/art_1234_5678.html" title="关于开展春季爱国卫生运动的通知">关于开展…</a><span>2021-03-15</span></li>]]></record>
      <record><![CDATA[<li><a href="/art/2021/3/9/art_1234_5601.html">通知二</a><span>2021-03-09</span></li>]]></record>
      </recordset></datastore></script></div>"""
    links = d.extract_links(html, BASE + "/col/col1234/index.html")
    assert [(l.url, l.date) for l in links.articles] == [
        (BASE + "/art/2021/3/15/art_1234_5678.html", "2021-03-15"), (BASE + "/art/2021/3/9/art_1234_5601.html", "2021-03-09")]


def test_profile_page_patterns_add_list_pages():
    import re

    html = '<a href="/ycsrmzf/zwyw/more.jsp?p=2">更多</a>'
    plain = d.extract_links(html, BASE + "/ycsrmzf/zwyw/list.shtml")
    extended = d.extract_links(html, BASE + "/ycsrmzf/zwyw/list.shtml", page_patterns=(re.compile(r"/more\.jsp\?p=\d+"),))
    assert plain.pages == [] and _urls(extended.pages) == [BASE + "/ycsrmzf/zwyw/more.jsp?p=2"]


def test_same_site_ignores_a_leading_www():
    assert d.same_site("www.fy.gov.cn", {"fy.gov.cn"}) and d.same_site("fy.gov.cn", {"www.fy.gov.cn"})
    assert not d.same_site("www.yn.gov.cn", {"www.fy.gov.cn"}) and not d.same_site("fy.gov.cn.evil.com", {"fy.gov.cn"})
