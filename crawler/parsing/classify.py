"""Pages that are not articles, recognised before and after parsing, each with the reason."""
from __future__ import annotations

from crawler.parsing import patterns as P
from crawler.parsing.records import BINARY, CHALLENGE, EMPTY, ERROR_PAGE

_MAGIC = ((b"%PDF", "PDF document"), (b"PK\x03\x04", "ZIP/Office document"), (b"\xd0\xcf\x11\xe0", "OLE/Office document"),
          (b"\x89PNG", "PNG image"), (b"\xff\xd8\xff", "JPEG image"), (b"GIF8", "GIF image"), (b"Rar!", "RAR archive"),
          (b"\x1f\x8b", "gzip data"))


def classify_bytes(body: bytes) -> tuple[str, str] | None:
    """(status, reason) for bytes that are not HTML at all."""
    if not body.strip():
        return EMPTY, "empty document"
    head = body.lstrip()[:16]
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return BINARY, f"binary content ({name})"
    sample = body[:4096]
    if b"\x00" in sample and not sample.startswith((b"\xff\xfe", b"\xfe\xff")):
        return BINARY, "binary content (NUL bytes)"
    return None


def classify_text(text: str) -> tuple[str, str] | None:
    """(status, reason) for decoded text that is empty or mostly control characters."""
    if not text.strip():
        return EMPTY, "empty document"
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\r\n\f") + sample.count("\ufffd")
    if controls > max(8, len(sample) // 10):
        return BINARY, "binary content (control characters)"
    return None


def classify_visible(title_tag: str, visible_text: str) -> tuple[str, str] | None:
    """Challenge and error pages: short pages whose title or text says so."""
    short = len(P.WHITESPACE.sub("", visible_text)) < 600
    probe = f"{title_tag}\n{visible_text[:2000]}"
    if short and P.CHALLENGE_PAGE.search(probe):
        return CHALLENGE, "anti-bot challenge page"
    if short and (P.ERROR_PAGE.search(title_tag) or P.ERROR_PAGE.search(visible_text[:600])):
        return ERROR_PAGE, f"error page ({(title_tag or visible_text[:40]).strip()[:40]})"
    return None
