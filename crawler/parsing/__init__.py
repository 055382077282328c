"""Page parsing: one function turns the bytes of a page into a typed ``ParsedPage`` (see ``page.py``)."""
from crawler.parsing.encoding import decode_html
from crawler.parsing.page import parse_page
from crawler.parsing.records import Attachment, ParsedPage, Story

__all__ = ["Attachment", "ParsedPage", "Story", "decode_html", "parse_page"]
