"""Main content: CMS containers, text density, cleaning of widgets, captions and tables kept."""
from __future__ import annotations

from crawler.parsing import parse_page
from tests.crawler.parsing_pages import bulletin_page, trs_news_page

PARAS = ("<p>　　1月18日，富源县召开爱国卫生工作推进会，安排部署下一阶段工作，要求压实责任、狠抓落实。</p>"
         "<p>　　会议强调，各乡镇（街道）要对标对表，确保各项任务按期完成，群众满意度持续提升。</p>")
SIDEBAR = "<div class='side'><ul>" + "".join(
    f"<li><a href='/a/{i}.html'>富源县第{i}次爱国卫生专项督查工作情况通报</a></li>" for i in range(12)) + "</ul></div>"


def page(content: str, extra: str = "") -> str:
    return (f"<html><head><title>富源县召开爱国卫生工作推进会_富源县人民政府</title></head><body>{SIDEBAR}"
            f"<h1>富源县召开爱国卫生工作推进会</h1><div>发布日期：2021-01-19</div>{content}{extra}</body></html>")


def test_trs_editor_container_with_caption_and_table():
    result = parse_page(trs_news_page(caption=True, table=True))
    assert result.stages["body_text"] == "cms:trs"
    lines = result.body_text.split("\n")
    assert "图为推进会现场" in lines
    assert "乡镇\t清理垃圾（吨）" in lines and "中安街道\t120" in lines
    assert "分享到" not in result.body_text


def test_ucap_container():
    result = parse_page(page(f"<ucapcontent>{PARAS}</ucapcontent>"))
    assert result.stages["body_text"] == "cms:ucap"
    assert result.body_text.startswith("1月18日")


def test_hanweb_markers_choose_the_container():
    content = f"<div id='box'><!--<$[信息内容]>begin--><div class='art'>{PARAS}</div><!--<$[信息内容]>end--></div>"
    result = parse_page(page(content))
    assert result.stages["body_text"] == "cms:hanweb"
    assert result.body_text.endswith("群众满意度持续提升。")


def test_density_finds_unmarked_body_not_the_link_sidebar():
    result = parse_page(page(f"<div class='wrap'>{PARAS}</div>"))
    assert result.body_text.startswith("1月18日") and "专项督查工作情况通报" not in result.body_text


def test_widgets_editor_lines_and_prev_next_are_dropped():
    content = (f"<div class='content'>{PARAS}<p>【字体：大 中 小】</p><p>（责任编辑：张三）</p></div>"
               "<div>上一篇：<a href='/1'>旧闻</a></div><div>【打印本页】【关闭窗口】</div>")
    result = parse_page(page(content))
    assert result.body_text.split("\n")[-1] == "会议强调，各乡镇（街道）要对标对表，确保各项任务按期完成，群众满意度持续提升。"


def test_paragraph_breaks_are_kept_and_spans_are_not_spaced():
    content = "<div class='content'><p>2022年4月</span><span>2</span><span>5日0—24时，新增病例。</p>" + PARAS + "</div>"
    result = parse_page(page(content))
    assert "2022年4月25日0—24时" in result.body_text
    assert len(result.body_text.split("\n")) == 3


def test_mobile_duplicate_is_not_appended():
    copy = f"<div class='TRS_Editor'>{PARAS}</div>"
    result = parse_page(page(copy, extra="<div class='mobile'>" + copy + "</div>"))
    assert result.body_text.count("1月18日") == 1


def test_attachments_are_absolute_with_names():
    content = (f"<div class='content'>{PARAS}<p>附件：<a href='/uploads/2021/03/notice.pdf'>1.实施方案.pdf</a></p>"
               "<p><a href='../files/form.docx'>报名表</a></p></div>")
    result = parse_page(page(content), "http://demo.local/art/2021/3/15/art_1234_5678.html")
    assert [(a.url, a.name) for a in result.attachments] == [
        ("http://demo.local/uploads/2021/03/notice.pdf", "1.实施方案.pdf"),
        ("http://demo.local/art/2021/3/files/form.docx", "报名表"),
    ]


def test_bulletin_body_excludes_header_and_widgets():
    result = parse_page(bulletin_page())
    assert result.body_text.startswith("主要内容：")
    assert "打印本页" not in result.body_text and "上一篇" not in result.body_text
    assert "发布时间" not in result.body_text


def test_unclosed_font_tags_do_not_hide_the_body():
    content = "<div class='content'>" + "<font size=3>" * 400 + PARAS + "</div>"
    result = parse_page(page(content))
    assert result.status == "article" and result.body_text.startswith("1月18日")


def test_trs_ueditor_container():
    result = parse_page(page(f"<div class='view TRS_UEDITOR trs_paper_default'>{PARAS}</div>"))
    assert result.stages["body_text"] == "cms:trs"
