"""The extraction benchmark's text sources and its interleaved measurement."""
from __future__ import annotations

import pytest

from nlp.segment import make_tokenizer
from scripts.bench.extract import real_page_bodies, repeated_stories, throughput

PAGE = """<html><head><meta charset="utf-8"><title>富源县开展爱国卫生专项行动_富源县人民政府</title></head><body>
<div class="article"><h1>富源县开展爱国卫生专项行动</h1><p>发布时间：2021-01-19 09:19 来源：县爱卫办</p>
<div class="content"><p>1月18日，县爱卫办组织干部职工200余人清理卫生死角36处，清运垃圾12吨。</p>
<p>县委副书记、县长陈志带队督查中安街道、富村镇爱国卫生专项行动开展情况。</p></div></div></body></html>"""


def test_real_page_bodies_are_read_and_repeated_to_the_size_asked(tmp_path):
    (tmp_path / "page.html").write_text(PAGE, encoding="utf-8")
    bodies = real_page_bodies(2000, tmp_path)
    assert len(bodies) >= 2 and len({text for text, _, _ in bodies}) == 1
    assert "清理卫生死角36处" in bodies[0][0]
    assert real_page_bodies(2000, tmp_path / "absent") == []


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory):
    return make_tokenizer(tmp_path_factory.mktemp("jieba-cache"))


def test_throughput_times_both_sides_on_the_same_stories(tokenizer):
    stories = repeated_stories(3000)
    seg, full = throughput(stories, tokenizer)
    assert 0 < seg and 0 < full
