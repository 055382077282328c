"""decode_html: declarations, GB18030 for GB2312/GBK, UTF-8 bytes behind a gb2312 label, BOMs, the corpus envelope."""
from __future__ import annotations

import codecs

import pytest

from crawler.parsing import decode_html
from crawler.parsing.encoding import normalise_encoding

TEXT = "富源县爱国卫生“7个专项行动”工作简报"
# 镕 is in GBK/GB18030 but not in GB2312: decoding a "gb2312" page strictly as GB2312 would break on it.
RARE = "朱镕基同志视察"


def page(charset: str | None, body: str = TEXT) -> str:
    meta = f'<meta charset="{charset}">' if charset else ""
    return f"<html><head>{meta}<title>t</title></head><body><p>{body}</p></body></html>"


@pytest.mark.parametrize("label", ["gb2312", "GBK", "gb18030", "x-gbk"])
def test_gb_family_declared_in_meta_decodes_as_gb18030(label):
    text, encoding = decode_html(page(label, RARE).encode("gb18030"))
    assert encoding == "gb18030"
    assert RARE in text


def test_http_charset_beats_missing_meta():
    text, encoding = decode_html(page(None).encode("gbk"), "text/html; charset=GBK")
    assert (encoding, TEXT in text) == ("gb18030", True)


def test_http_equiv_declaration_is_read():
    html = f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"></head><body>{TEXT}</body></html>'
    text, encoding = decode_html(html.encode("gbk"))
    assert encoding == "gb18030" and TEXT in text


def test_utf8_bytes_behind_a_gb2312_declaration_are_read_as_utf8():
    text, encoding = decode_html(page("gb2312").encode("utf-8"))
    assert encoding == "utf-8"
    assert TEXT in text


def test_gbk_bytes_behind_a_utf8_declaration_fall_back_to_gb18030():
    text, encoding = decode_html(page("utf-8").encode("gbk"))
    assert encoding == "gb18030" and TEXT in text


def test_undeclared_gbk_is_detected():
    text, encoding = decode_html(page(None).encode("gbk"))
    assert encoding == "gb18030" and TEXT in text


def test_ascii_page_declared_gbk_keeps_the_declaration():
    text, encoding = decode_html(page("gbk", "hello").encode("ascii"))
    assert encoding == "gb18030" and "hello" in text


@pytest.mark.parametrize("bom,codec", [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le")])
def test_bom_wins_over_declarations(bom, codec):
    text, encoding = decode_html(bom + page("gbk").encode(codec))
    assert encoding == codec and TEXT in text and not text.startswith("\ufeff")


def test_corpus_envelope_encoding_is_honoured():
    raw = f'<text id="http://x" title="t" encoding="gbk">{page(None)}</text>'.encode("gbk")
    text, encoding = decode_html(raw)
    assert encoding == "gb18030" and TEXT in text


def test_unknown_labels_are_none_and_aliases_normalise():
    assert normalise_encoding("no-such-charset") is None
    assert normalise_encoding("UTF8") == "utf-8"
    assert normalise_encoding("GB_2312-80") == "gb18030"


@pytest.mark.parametrize("name,expected", [
    ("people-com-cn__article_2019-06-15_utf8-declared-gb2312.html", "utf-8"),
    ("youth-cn__trs_article_2024-05-13_utf8-declared-gb2312.html", "utf-8"),
    ("sina__article_2005-03-21_gb2312.html", "gb18030"),
    ("cnr-cn__article_2022-02-13_gb2312.html", "gb18030"),
])
def test_real_encoding_traps(shared_dir, name, expected):
    text, encoding = decode_html((shared_dir / "corpus" / "real_html" / name).read_bytes())
    assert encoding == expected
    assert "\ufffd" not in text[:20000]
