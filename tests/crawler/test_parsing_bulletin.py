"""Compiled bulletins: TOC detection, tolerant heading matching, issue numbers, the seed layout."""
from __future__ import annotations

import re

import pytest

from crawler.parsing import parse_page
from crawler.parsing.bulletin import heading_key, parse_issue, split_stories
from tests.crawler.parsing_pages import BULLETIN_TITLE, SEED_HEADINGS, bulletin_page


def test_seed_layout_splits_into_four_stories_with_the_toc_titles():
    page = parse_page(bulletin_page().encode("utf-8"), "http://demo.local/article/description/2.html")
    assert page.status == "article"
    assert [s.title for s in page.stories] == SEED_HEADINGS
    assert page.stories[1].text.startswith("第2篇第1段")
    assert SEED_HEADINGS[1] not in page.stories[1].text
    assert page.issue == {"year": 2021, "number": 1}
    assert page.stages["stories"] == "bulletin:toc"


def test_seed_bulletin_from_the_shared_seed_text(shared_dir):
    """The real seed issue rebuilt as HTML: its ▲ items find their headings although spacing and width differ."""
    lines = (shared_dir / "seed" / "000_e30ad18d4ce4fadc.txt").read_text(encoding="utf-8").splitlines()
    toc = [ln.strip()[1:] for ln in lines[:20] if ln.strip().startswith("▲")]
    first_issue = next(i for i, ln in enumerate(lines) if "(2021年第2期)" in ln) if any(
        "(2021年第2期)" in ln for ln in lines) else len(lines)
    body = [ln.strip() for ln in lines[lines.index(next(ln for ln in lines if ln.startswith("主要内容"))):first_issue]
            if ln.strip()]
    html = "<div class='content'>" + "".join(f"<p>{ln}</p>" for ln in body) + "</div>"
    page = bulletin_page(headings=[], toc=[]).replace("<div class=\"content\"><p>主要内容：</p></div>", html)
    result = parse_page(page)
    assert len(toc) == 4
    assert [heading_key(s.title) for s in result.stories] == [heading_key(t) for t in toc]


def test_toc_items_match_headings_despite_spaces_quotes_and_width():
    toc = ["富源县组织开展爱国卫生“7 个专项行动”暗访", "县城综合整治（第二阶段）启动"]
    headings = ["富源县组织开展爱国卫生\"7个专项行动\"暗访", "县城综合整治(第二阶段)启动"]
    page = parse_page(bulletin_page(headings=headings, toc=toc))
    assert [s.title for s in page.stories] == headings


def test_missing_heading_is_a_warning_not_a_crash():
    page = parse_page(bulletin_page(headings=SEED_HEADINGS[:3], toc=SEED_HEADINGS))
    assert len(page.stories) == 3
    assert any("no heading found" in w for w in page.warnings)


def test_single_story_article_is_one_story_titled_by_the_article():
    stories, warnings = split_stories(["第一段，内容。", "第二段，内容。"], "标题")
    assert [(s.title, s.text) for s in stories] == [("标题", "第一段，内容。\n第二段，内容。")]
    assert warnings == []


def test_toc_without_any_matching_heading_stays_one_story():
    lines = ["主要内容：", "▲甲项工作推进情况", "▲乙项工作推进情况", "正文没有小标题，内容。"]
    stories, warnings = split_stories(lines, "简报")
    assert len(stories) == 1 and warnings


@pytest.mark.parametrize("title,expected", [
    (BULLETIN_TITLE, {"year": 2021, "number": 1}),
    ("政务信息（第21期）", {"year": 2020, "number": 21}),
    ("爱卫工作简报 2021年第3期（总第56期）", {"year": 2021, "number": 3, "total": 56}),
    ("富源县举办第21期村干部培训班", None),
    ("富源县召开爱国卫生工作推进会", None),
])
def test_issue_numbers(title, expected):
    assert parse_issue(title, "2020-05-01") == expected


def test_heading_key_folds_width_spaces_and_quotes():
    assert heading_key("爱国卫生“7 个专项行动”") == heading_key('爱国卫生"7个专项行动"')
    assert heading_key("（第二阶段）") == heading_key("(第二阶段)")
    assert not re.search(r"\s", heading_key("a b\u3000c"))


def test_numbered_toc_under_a_toc_heading():
    lines = ["本期要目", "一、县委召开爱国卫生专题会议", "二、富村镇开展集中整治行动", "县委召开爱国卫生专题会议",
             "会议要求，压实责任。", "富村镇开展集中整治行动", "整治取得成效，群众满意。"]
    stories, warnings = split_stories(lines, "政务信息（第3期）")
    assert [s.title for s in stories] == ["县委召开爱国卫生专题会议", "富村镇开展集中整治行动"]
    assert stories[1].text == "整治取得成效，群众满意。" and warnings == []


def test_numbered_list_without_a_toc_heading_is_not_a_toc():
    lines = ["各乡镇：", "一、活动主题：清洁家园", "二、活动时间：4月1日至30日", "请认真组织实施。"]
    stories, _ = split_stories(lines, "关于开展爱国卫生月活动的通知")
    assert len(stories) == 1 and stories[0].title == "关于开展爱国卫生月活动的通知"


def test_toc_heading_with_items_on_the_same_line():
    lines = ["主要内容：▲甲项工作推进情况", "▲乙项工作推进情况", "甲项工作推进情况", "内容一。", "乙项工作推进情况", "内容二。"]
    stories, _ = split_stories(lines, "简报")
    assert [s.text for s in stories] == ["内容一。", "内容二。"]
