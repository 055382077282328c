"""Real government and news pages from ../shared (never copied into the repo): every gold field, and list pages."""
from __future__ import annotations

import json

import pytest

from crawler.parsing import parse_page
from crawler.parsing.metadata import nows


def _gold(shared_dir):
    path = shared_dir / "corpus" / "real_html" / "GOLD.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_every_real_article_matches_its_gold(shared_dir):
    failures = []
    for g in _gold(shared_dir):
        if g["page_type"] != "article":
            continue
        page = parse_page((shared_dir.parent / g["file"]).read_bytes())
        body = nows(page.body_text)
        want_date = (g["publish_time"] or "").replace(" ", "T") or None
        got = {"status": page.status, "title": nows(page.title), "date": page.published_at, "source": page.source,
               "first": body[:30], "last": body[-30:]}
        want = {"status": "article", "title": nows(g["title"]), "date": want_date, "source": g["source"],
                "first": g["body_first30"], "last": g["body_last30"]}
        failures += [f"{g['file']}: {k} {got[k]!r} != {want[k]!r}" for k in want if got[k] != want[k]]
    assert failures == []


@pytest.mark.parametrize("name", ["wsjkw-sh-gov__list_yqtb_index.html", "163-com__news_list.html",
                                  "yichun-gov__ucap_homepage_2023.html"])
def test_real_list_pages_are_not_articles(shared_dir, name):
    page = parse_page((shared_dir / "corpus" / "real_html" / name).read_bytes())
    assert page.status == "not_an_article" and page.reason


@pytest.mark.parametrize("name", ["shenzhen-tjj__attach_2021_xingbie_shuju.pdf",
                                  "jiangxi-gov__attach_2022_waiban_kaoshi_dagang.docx"])
def test_real_attachments_are_binary(shared_dir, name):
    assert parse_page((shared_dir / "corpus" / "real_html" / name).read_bytes()).status == "binary"


def test_mobile_duplicate_and_trailing_source_line(shared_dir):
    page = parse_page((shared_dir / "corpus" / "real_html" / "nmg-gov__trs_article_2022-02-11.html").read_bytes(),
                      "https://www.nmg.gov.cn/zwyw/jrgz/202202/t20220211_2004628.html")
    assert page.body_text.count("自治区财政厅传出最新消息") == 1
    assert page.warnings == []


def test_without_a_useful_title_tag_the_heading_near_the_date_is_found(shared_dir):
    """Small sites put only the site name (or nothing) in <title>: the structural fallback must carry the page."""
    import re

    pages = [g for g in _gold(shared_dir) if g["page_type"] == "article"]
    titles = dates = 0
    for g in pages:
        raw = (shared_dir.parent / g["file"]).read_bytes()
        raw = re.sub(rb"<title[^>]*>.*?</title>", "<title>某某县人民政府</title>".encode(), raw, flags=re.S | re.I)
        raw = re.sub(rb"<meta[^>]+(?:ArticleTitle|og:title)[^>]*>", b"", raw, flags=re.I)
        page = parse_page(raw)
        titles += nows(page.title) == nows(g["title"])
        dates += page.published_at == ((g["publish_time"] or "").replace(" ", "T") or None)
    assert titles / len(pages) >= 0.75 and dates / len(pages) >= 0.9
