"""Every named pattern against a real positive example and a near-miss negative."""
from __future__ import annotations

import pytest

from crawler.parsing import patterns as P

CASES = [
    # (pattern, positive, negative)
    (P.DATE_TIME, "2019年06月15日08:18", "2019年13期"),
    (P.DATE_TIME, "2007-08-20-23:59:59", "电话0874-4612345"),
    (P.DATE_LABEL, "发布时间：2021-01-19 09:19", "发布会于今日举行"),
    (P.DATE_LABEL, "发稿时间: 2024-05-13", "时间紧任务重"),
    (P.SOURCE_LABEL, "信息来源： 内蒙古日报", "资金来源于财政"),
    (P.ISSUER_LABEL, "发布机构：宜春市统计局", "发布会机构改革"),
    (P.AUTHOR_LABEL, "作者：超级管理员", "作者们认为"),
    (P.VIEWS_LABEL, "浏览次数：7421", "浏览了7421次"),
    (P.ISSUE_YEAR_NUMBER, "工作简报(2021年第1期)", "2021年第1季度"),
    (P.ISSUE_NUMBER, "第21期", "总第56期"),
    (P.ISSUE_TOTAL, "（总第56期）", "第56期"),
    (P.TOC_HEADING, "主要内容：", "主要内容包括以下三个方面"),
    (P.TOC_ITEM, "▲富源县委宣传部组织开展暗访督查", "富源县委宣传部组织开展暗访督查"),
    (P.URL_DATE, "/xwzx/ywdt/202101/t20210119_523401.html", "/article/description/523401.html"),
    (P.URL_DATE, "/art/2021/3/15/art_1234_5678.html", "/col/col1234/index.html"),
    (P.NOISE_LINE, "【打印本页】【关闭窗口】", "打印机采购项目公告"),
    (P.NOISE_LINE, "【字体：大 中 小】", "字体设计大赛"),
    (P.NOISE_LINE, "上一篇：富源县召开会议", "上一篇文章中提到"),
    (P.EDITOR_LINE, "（责任编辑：系统管理员）", "编辑部召开会议"),
    (P.CREDIT_LINE, "中青报·中青网记者 魏其濛 来源：中国青年报", "来源于群众的意见建议要认真办理"),
    (P.PROMO_LINE, "点击进入“文艺星青年”>>", "会议强调要抓好落实。"),
    (P.BREADCRUMB_LABEL, "您当前所在的位置：首页", "位置偏远"),
    (P.SITE_OWNER, "主办：宜春市人民政府　承办：宜春市人民政府办公室", "主办方为宜春"),
    (P.ERROR_PAGE, "404 Not Found", "404国道改造工程"),
    (P.CHALLENGE_PAGE, "Just a moment...", "稍等片刻"),
]


@pytest.mark.parametrize("pattern,positive,negative", CASES)
def test_pattern_matches_its_example_and_not_the_near_miss(pattern, positive, negative):
    assert pattern.search(positive), positive
    assert not pattern.search(negative), negative


def test_date_time_captures_parts():
    m = P.DATE_TIME.search("发布时间：2021-01-19 09:19")
    assert (m["y"], m["m"], m["d"], m["H"], m["M"]) == ("2021", "01", "19", "09", "19")


def test_footer_line_pattern():
    assert P.FOOTER_LINE.search("版权所有：富源县人民政府　滇ICP备05001234号")
    assert P.FOOTER_LINE.search("主办：富源县人民政府办公室　承办：富源县融媒体中心")
    assert not P.FOOTER_LINE.search("会议由县人民政府办公室主办，县融媒体中心承办，各乡镇参加。")


def test_toc_numbered_pattern():
    assert P.TOC_NUMBERED.match("一、县委召开专题会议")["title"] == "县委召开专题会议"
    assert P.TOC_NUMBERED.match("（三）志愿服务")["title"] == "志愿服务"
    assert not P.TOC_NUMBERED.match("2021.01.19会议")
