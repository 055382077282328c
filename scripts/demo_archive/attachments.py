"""Attachment files the generator writes itself: a PDF with Chinese text, a DOCX, an HTML-table XLS
and a malformed PDF. All byte-for-byte reproducible."""
from __future__ import annotations

import html
import io
import random
import zipfile
from datetime import datetime

from docx import Document

_FIXED_ZIP_TIME = (2021, 3, 15, 10, 20, 0)


def pdf_bytes(title: str, lines: list[str]) -> bytes:
    """A one-page PDF 1.4 whose text uses the non-embedded Adobe-GB1 font STSong-Light with the
    UniGB-UCS2-H CMap, so Chinese text extracts without shipping a font."""
    rows = [title, ""] + lines

    def text_op(line: str) -> str:
        return f"<{line.encode('utf-16-be').hex().upper()}> Tj T*"

    content = ("BT /F1 12 Tf 60 780 Td 20 TL " + " ".join(text_op(r) for r in rows) + " ET").encode("ascii")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 7 0 R >>",
        b"<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] "
        b"/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, obj in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + obj + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed timestamps and entry order so the bytes do not depend on the clock."""
    src = zipfile.ZipFile(io.BytesIO(data))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as dst:
        for name in src.namelist():
            info = zipfile.ZipInfo(name, date_time=_FIXED_ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            dst.writestr(info, src.read(name))
    return buf.getvalue()


def docx_bytes(title: str, paragraphs: list[str], table: list[list[str]] | None = None) -> bytes:
    doc = Document()
    stamp = datetime(2021, 3, 15, 10, 20, 0)
    props = doc.core_properties
    props.author = "富源县爱卫办"
    props.last_modified_by = "富源县爱卫办"
    props.title = title
    props.created = stamp
    props.modified = stamp
    props.revision = 1
    doc.add_heading(title, level=1)
    for text in paragraphs:
        doc.add_paragraph(text)
    if table:
        grid = doc.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, cell in enumerate(row):
                grid.cell(r, c).text = cell
    buf = io.BytesIO()
    doc.save(buf)
    return _normalise_zip(buf.getvalue())


def xls_bytes(title: str, table: list[list[str]]) -> bytes:
    """An "Excel web page" saved as .xls, as many county sites publish spreadsheets."""
    rows = "".join("<tr>" + "".join(f"<td>{html.escape(c)}</td>" for c in row) + "</tr>" for row in table)
    page = (
        '<html xmlns:x="urn:schemas-microsoft-com:office:excel"><head>'
        '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
        f"<title>{html.escape(title)}</title></head><body><table border=\"1\">{rows}</table></body></html>"
    )
    return page.encode("utf-8")


def garbage_pdf_bytes(seed: int) -> bytes:
    """Bytes that claim to be a PDF (the name and a header) but are cut off noise."""
    rng = random.Random(seed)
    return b"%PDF-1.5\n%" + bytes(rng.getrandbits(8) for _ in range(700))
