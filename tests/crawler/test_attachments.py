"""Attachment names (Content-Disposition in RFC 5987 or raw GBK, link text, URL) and text extraction."""
from __future__ import annotations

from crawler.attachments import attachment_name, extract_attachment_text

URL = "http://www.fy.gov.cn/uploads/2021/03/a1b2c3.pdf"


def test_rfc5987_filename():
    header = "attachment; filename=\"x.pdf\"; filename*=UTF-8''%E9%99%84%E4%BB%B6%E4%B8%80.pdf"
    assert attachment_name(URL, header) == "附件一.pdf"


def test_raw_gbk_filename_as_a_server_sends_it():
    # The header bytes are GBK; HTTP libraries hand them over as latin-1 text.
    header = 'attachment; filename="' + "检查评分表.pdf".encode("gbk").decode("latin-1") + '"'
    assert attachment_name(URL, header) == "检查评分表.pdf"


def test_raw_utf8_and_percent_encoded_filenames():
    assert attachment_name(URL, 'attachment; filename="' + "统计表.xls".encode().decode("latin-1") + '"') == "统计表.xls"
    assert attachment_name(URL, "attachment; filename=%E9%80%9A%E7%9F%A5.docx") == "通知.docx"


def test_link_text_then_url():
    assert attachment_name(URL, None, "附件1：第一季度督查评分表") == "附件1：第一季度督查评分表.pdf"
    assert attachment_name(URL, None, "评分表.pdf") == "评分表.pdf"
    assert attachment_name(URL, None, "  ") == "a1b2c3.pdf"


def test_real_pdf_and_docx_text(shared_dir):
    pdf = (shared_dir / "corpus/real_html/shenzhen-tjj__attach_2021_xingbie_shuju.pdf").read_bytes()
    result = extract_attachment_text(pdf, "数据.pdf")
    assert result.status == "extracted" and len(result.text) > 100
    docx = (shared_dir / "corpus/real_html/jiangxi-gov__attach_2022_waiban_kaoshi_dagang.docx").read_bytes()
    result = extract_attachment_text(docx, "大纲.docx")
    assert result.status == "extracted" and "考试" in result.text


def test_broken_and_unsupported_files_say_why():
    broken = extract_attachment_text(b"\x00garbage, not a pdf", "评分表.pdf")
    assert broken.status == "failed" and "no %PDF header" in broken.reason
    truncated = extract_attachment_text(b"%PDF-1.4\n1 0 obj\n<<", "评分表.pdf")
    assert truncated.status == "failed" and truncated.reason
    fake_docx = extract_attachment_text(b"plain text", "通知.docx")
    assert fake_docx.status == "failed" and "not a zip" in fake_docx.reason
    xls = extract_attachment_text(b"\xd0\xcf\x11\xe0 old excel", "统计表.xls")
    assert xls.status == "not_extracted" and ".xls" in xls.reason
