"""Bad input gives a typed result with a reason, never an exception (hypothesis feeds random and mutated HTML)."""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crawler.parsing import ParsedPage, parse_page
from crawler.parsing.records import STATUSES
from tests.crawler.parsing_pages import bulletin_page, trs_news_page


def test_empty_and_whitespace():
    assert parse_page(b"").status == "empty"
    assert parse_page("   \n\t ").status == "empty"


def test_binary_documents():
    assert parse_page(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj").status == "binary"
    assert parse_page(b"PK\x03\x04\x14\x00\x06\x00").status == "binary"
    result = parse_page(bytes(range(256)) * 20)
    assert result.status == "binary" and result.reason


def test_truncated_html_keeps_title_date_and_first_paragraphs():
    html = bulletin_page()
    cut = html[: html.index("第2篇第1段")]
    page = parse_page(cut.encode("utf-8"))
    assert page.status == "article"
    assert page.published_at == "2021-01-19T09:19"
    assert "第1篇第1段" in page.body_text


def test_list_page_is_not_an_article():
    items = "".join(f"<li><a href='/article/description/{i}.html' title='简报{i}'>富源县爱国卫生工作简报第{i}期</a>"
                    f"<span class='date'>2021-01-{i:02d}</span></li>" for i in range(1, 16))
    html = (f"<html><head><title>工作简报_富源县人民政府</title></head><body><div class='list'><ul>{items}</ul></div>"
            "<div class='page'><a href='?page=2'>下一页</a></div></body></html>")
    page = parse_page(html)
    assert page.status == "not_an_article" and page.reason
    assert page.stories == []


def test_error_and_challenge_pages():
    error = parse_page("<html><head><title>404 Not Found</title></head><body><h1>404 Not Found</h1>nginx</body></html>")
    assert error.status == "error_page"
    missing = parse_page("<html><body><p>对不起，您访问的页面不存在！</p></body></html>")
    assert missing.status == "error_page"
    challenge = parse_page("<html><head><title>Just a moment...</title></head><body>Checking your browser</body></html>")
    assert challenge.status == "challenge"


def test_article_mentioning_404_is_still_an_article():
    html = trs_news_page().replace("安排部署下一阶段工作", "安排部署G324国道404公里处施工")
    assert parse_page(html).status == "article"


def _assert_typed(result: ParsedPage) -> None:
    assert isinstance(result, ParsedPage)
    assert result.status in STATUSES
    if result.status != "article":
        assert result.reason and result.stories == []
    else:
        assert result.body_text and result.stories
    result.to_dict()


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_never_raise(data):
    _assert_typed(parse_page(data))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=1500))
def test_random_text_never_raises(text):
    _assert_typed(parse_page(text))


SAMPLES = [bulletin_page(), trs_news_page(table=True)]


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(SAMPLES), st.lists(st.tuples(st.floats(0, 1), st.floats(0, 1),
                                                     st.sampled_from(["", "<", ">", "</div>", "<p>", "<!--", "\x00",
                                                                      "▲", "主要内容：", "发布时间：", "<table><tr><td>"])),
                                           min_size=1, max_size=6))
def test_mutated_html_never_raises(sample, edits):
    text = sample
    for start, length, insert in edits:
        a = int(start * len(text))
        b = min(len(text), a + int(length * 200))
        text = text[:a] + insert + text[b:]
    _assert_typed(parse_page(text.encode("utf-8"), "http://demo.local/x/t20210119_1.html"))


def test_column_index_with_a_heading_but_no_article_is_not_an_article():
    html = ("<html><head><title>专题专栏_富源县人民政府</title></head><body><div class='main'><h2>专题专栏</h2>"
            "<ul><li><a href='/article/lists/44.html'>爱卫创卫</a></li></ul></div><div class='footer'>"
            "<p>主办：富源县人民政府办公室　承办：富源县融媒体中心</p><p>版权所有：富源县人民政府　滇ICP备05001234号</p>"
            "</div></body></html>")
    page = parse_page(html)
    assert page.status == "not_an_article" and page.reason


def test_xhtml_with_an_xml_declaration_parses():
    html = ('<?xml version="1.0" encoding="utf-8"?>' + trs_news_page())
    assert parse_page(html).status == "article"
    assert parse_page(html.encode("utf-8")).status == "article"
