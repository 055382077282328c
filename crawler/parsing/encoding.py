"""Turn the bytes of a saved or fetched page into text, choosing the encoding the way a browser would, plus the
two repairs Chinese government pages need: GB2312/GBK declarations are decoded as GB18030 (their superset, so rare
characters in names do not become replacement marks), and pages re-saved as UTF-8 that still *declare* gb2312 are
recognised by their bytes instead of being turned into mojibake.

Order: BOM → corpus envelope ``<text … encoding="gbk">`` → HTTP ``Content-Type`` charset → ``<meta charset>`` /
``http-equiv`` → no declaration: UTF-8 if the bytes are valid UTF-8, else GB18030.
"""
from __future__ import annotations

import codecs
import re

# How far into the document a declaration is looked for (browsers use 1024 bytes; saved pages push it further).
_SNIFF_BYTES = 8192

# <meta charset="gbk">  /  <meta http-equiv="Content-Type" content="text/html; charset=gb2312">
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
# <text id="http://…" title="…" encoding="gbk">  (corpus envelope around saved pages)
_ENVELOPE_ENCODING = re.compile(rb"""^\s*<text\b[^>]*\bencoding\s*=\s*["']?([A-Za-z0-9_-]+)""", re.I)
# text/html; charset=GBK
_HTTP_CHARSET = re.compile(r"""charset\s*=\s*["']?([A-Za-z0-9_.:-]+)""", re.I)

_BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Legacy Chinese labels: all decoded with GB18030, a strict superset of GB2312 and GBK.
_GB_FAMILY = {"gb2312", "gbk", "gb18030", "gb_2312-80", "x-gbk", "cp936", "ms936", "euc-cn", "csgb2312", "chinese"}


def normalise_encoding(label: str | None) -> str | None:
    """Map a declared charset label to a Python codec name, or None when it is unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    if label in _GB_FAMILY:
        return "gb18030"
    if label in {"utf8", "unicode-1-1-utf-8"}:
        return "utf-8"
    try:
        name = codecs.lookup(label).name
    except LookupError:
        return None
    if name in {"gb2312", "gbk", "gb18030"}:
        return "gb18030"
    return name


def _declared(body: bytes, content_type: str | None) -> str | None:
    head = body[:_SNIFF_BYTES]
    envelope = _ENVELOPE_ENCODING.search(head)
    if envelope:
        found = normalise_encoding(envelope.group(1).decode("ascii", "ignore"))
        if found:
            return found
    if content_type:
        http = _HTTP_CHARSET.search(content_type)
        if http:
            found = normalise_encoding(http.group(1))
            if found:
                return found
    meta = _META_CHARSET.search(head)
    if meta:
        return normalise_encoding(meta.group(1).decode("ascii", "ignore"))
    return None


def _strict(body: bytes, encoding: str) -> str | None:
    try:
        return body.decode(encoding)
    except (UnicodeDecodeError, LookupError):
        return None


def decode_html(body: bytes, content_type: str | None = None) -> tuple[str, str]:
    """Decode page bytes; return ``(text, encoding_used)``.

    A legacy declaration (gb2312, gbk, big5, latin-1 …) loses to UTF-8 whenever the bytes are valid UTF-8 and
    contain non-ASCII: GBK text that also happens to be valid UTF-8 is vanishingly rare beyond a few characters,
    while UTF-8 pages still carrying an old ``<meta charset=gb2312>`` are common in saved copies.
    """
    for bom, encoding in _BOMS:
        if body.startswith(bom):
            return body[len(bom):].decode(encoding, errors="replace"), encoding

    declared = _declared(body, content_type)
    utf8 = _strict(body, "utf-8")
    if declared and declared != "utf-8":
        if utf8 is not None and not utf8.isascii():
            return utf8, "utf-8"
        text = _strict(body, declared)
        if text is not None:
            return text, declared
    if utf8 is not None:
        return utf8, "utf-8"
    if declared and declared != "utf-8":
        return body.decode(declared, errors="replace"), declared
    # Declared UTF-8 (or nothing) but the bytes are not: the usual culprit is an undeclared GBK page.
    gb = _strict(body, "gb18030")
    if gb is not None:
        return gb, "gb18030"
    return body.decode("utf-8", errors="replace"), "utf-8"
