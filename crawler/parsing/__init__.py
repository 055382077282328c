"""Page parsing: one function turns the bytes of a page into a typed ``ParsedPage`` (see ``page.py``)."""
from crawler.parsing.encoding import decode_html
from crawler.parsing.page import parse_page
from crawler.parsing.records import Attachment, ParsedPage, Story

# Bumped whenever a rule change can alter parsed output, so stored articles can be re-parsed.
PARSER_VERSION = "parsing-1.1"

__all__ = ["PARSER_VERSION", "Attachment", "ParsedPage", "Story", "decode_html", "parse_page"]
