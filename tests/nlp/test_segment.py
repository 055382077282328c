"""Segmentation with the project's dictionaries."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from hypothesis import given, settings
from hypothesis import strategies as st

from nlp.segment import Token, cut_with_offsets, make_tokenizer, segment, words

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tokenizer(tmp_path_factory):
    return make_tokenizer(tmp_path_factory.mktemp("jieba-cache"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("县爱卫办组织富村镇开展检查", ["县爱卫办", "组织", "富村镇", "开展", "检查"]),
        ("落实门前五包责任制", ["落实", "门前五包", "责任制"]),
        ("践行六条新风尚", ["践行", "六条新风尚"]),
        ("压紧落实挂钩包保", ["压紧", "落实", "挂钩包保"]),
        ("落实三色督办单", ["落实", "三色督办单"]),
        ("推进创建国家卫生县城", ["推进", "创建国家卫生县城"]),
        ("县城市综合管理局检查", ["县城市综合管理局", "检查"]),
        ("查处混投混运行为", ["查处", "混投混运", "行为"]),
        # 调研 and 驻村 win over a township elsewhere (研城镇) and jieba's guess at unknown characters (天驻)
        ("到吴店镇调研城镇燃气安全工作", ["到", "吴店镇", "调研", "城镇", "燃气", "安全", "工作"]),
        ("连续20天驻村指导", ["连续", "20", "天", "驻村", "指导"]),
    ],
)
def test_project_words_stay_whole(tokenizer, text, expected):
    assert segment(text, tokenizer) == expected


def test_townships_and_counties_from_the_gazetteer_are_words(tokenizer):
    words = segment("富源县中安街道和黄泥河镇", tokenizer)
    assert "中安街道" in words and "黄泥河镇" in words and "富源县" in words


def test_whitespace_is_dropped_and_text_is_kept(tokenizer):
    text = "  富村镇 召开\t现场会 "
    words = segment(text, tokenizer)
    assert all(w.strip() for w in words)
    assert "".join(words) == "".join(text.split())


def test_cut_with_offsets_tiles_the_text_and_gives_the_segment_words(tokenizer):
    text = "  富源县爱卫办组织富村镇\t开展检查，清理垃圾50余吨。 "
    tokens = cut_with_offsets(text, tokenizer)
    assert all(isinstance(t, Token) and text[t.start : t.end] == t.word for t in tokens)
    assert [t.start for t in tokens[1:]] == [t.end for t in tokens[:-1]]
    assert tokens[0].start == 0 and tokens[-1].end == len(text)
    assert words(tokens) == segment(text, tokenizer)
    assert cut_with_offsets("", tokenizer) == []


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet="县委镇村局办公室富源中安街道的和 \n，。1２a", max_size=40))
def test_cut_with_offsets_agrees_with_segment_on_any_text(tokenizer, text):
    tokens = cut_with_offsets(text, tokenizer)
    assert "".join(t.word for t in tokens) == text
    assert words(tokens) == segment(text, tokenizer)


def test_tokenizers_are_independent_of_the_jieba_global(tokenizer):
    import jieba

    assert tokenizer is not jieba.dt
    assert "县爱卫办" not in jieba.dt.FREQ or jieba.dt.FREQ.get("县爱卫办") != tokenizer.FREQ["县爱卫办"]


def test_cli_prints_words_per_line(tmp_path):
    env = {"BULLETIN_MINER_DATA": str(tmp_path), "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "-m", "nlp", "segment"],
        input="县爱卫办组织富村镇开展检查\n门前五包\n",
        capture_output=True, text=True, cwd=ROOT, env=env, timeout=120,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines() == ["县爱卫办 组织 富村镇 开展 检查", "门前五包"]
    assert "Building prefix dict" not in result.stderr
