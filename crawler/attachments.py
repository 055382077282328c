"""Attachments (PDF, DOC/DOCX, XLS/XLSX, WPS): their names and their text. Bytes in, typed results out."""
from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import PurePosixPath
from urllib.parse import unquote, urlsplit

EXTRACTABLE = {".pdf", ".docx"}
# RFC 5987: filename*=UTF-8''%E9%99%84%E4%BB%B6.pdf
FILENAME_STAR = re.compile(r"filename\*\s*=\s*([\w-]+)'[^']*'([^;]+)", re.I)
FILENAME = re.compile(r"filename\s*=\s*\"?([^\";]+)\"?", re.I)


@dataclass(frozen=True, slots=True)
class AttachmentText:
    status: str  # extracted | not_extracted | failed
    reason: str | None
    text: str | None


def _decode_header_bytes(raw: str) -> str:
    """Header values arrive as latin-1; many Chinese servers send raw GBK or UTF-8 bytes in them."""
    data = raw.encode("latin-1", errors="ignore")
    for encoding in ("utf-8", "gb18030"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return raw


def attachment_name(url: str, content_disposition: str | None = None, link_text: str | None = None) -> str:
    """The file's name: Content-Disposition (RFC 5987, then raw GBK/UTF-8), else the link text, else the URL."""
    if content_disposition:
        star = FILENAME_STAR.search(content_disposition)
        if star:
            charset, value = star.group(1), star.group(2).strip()
            try:
                return unquote(value, encoding=charset, errors="strict")
            except (LookupError, UnicodeDecodeError):
                pass
        plain = FILENAME.search(content_disposition)
        if plain:
            return unquote(_decode_header_bytes(plain.group(1).strip()))
    url_name = unquote(PurePosixPath(urlsplit(url).path).name)
    if link_text and link_text.strip():
        text = link_text.strip()
        suffix = PurePosixPath(url_name).suffix
        return text if not suffix or text.lower().endswith(suffix.lower()) else text + suffix
    return url_name or url


def _pdf_text(body: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(body))


def _docx_text(body: bytes) -> str:
    import docx

    document = docx.Document(io.BytesIO(body))
    lines = [p.text for p in document.paragraphs]
    for table in document.tables:
        lines += ["\t".join(cell.text for cell in row.cells) for row in table.rows]
    return "\n".join(line for line in lines if line.strip())


def extract_attachment_text(body: bytes, name: str, content_type: str | None = None) -> AttachmentText:
    suffix = PurePosixPath(name.lower()).suffix
    if suffix == ".pdf" or (content_type or "").startswith("application/pdf"):
        if not body.startswith(b"%PDF"):
            return AttachmentText("failed", "not a PDF file (no %PDF header)", None)
        extractor = _pdf_text
    elif suffix == ".docx":
        if not zipfile.is_zipfile(io.BytesIO(body)):
            return AttachmentText("failed", "not a DOCX file (not a zip archive)", None)
        extractor = _docx_text
    else:
        return AttachmentText("not_extracted", f"no text extractor for {suffix or 'this file type'}", None)
    try:
        text = extractor(body)
    except Exception as exc:  # malformed files raise many kinds of errors; the reason is recorded
        return AttachmentText("failed", f"{type(exc).__name__}: {str(exc)[:200]}", None)
    return AttachmentText("extracted", None, text.strip())
