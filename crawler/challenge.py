"""Anti-bot challenge pages: a JS cookie wall or a 412/521 answered with a script, never an article."""
from __future__ import annotations

import re

CHALLENGE_STATUSES = frozenset({412, 521})
# The wall sets a cookie from script and reloads; the page has almost no text of its own.
COOKIE_WALL = re.compile(rb"document\.cookie\s*=|location\.(?:reload|href)\s*=|__jsl_clearance|_0x[0-9a-f]{4}", re.I)
VISIBLE_TEXT = re.compile(rb"<script.*?</script>|<style.*?</style>|<[^>]+>", re.S | re.I)


def looks_like_challenge(status: int, body: bytes) -> bool:
    head = body[:65536]
    if status in CHALLENGE_STATUSES and b"<script" in head.lower():
        return True
    if len(body) > 20000 or not COOKIE_WALL.search(head):
        return False
    text = VISIBLE_TEXT.sub(b"", head).strip()
    return len(text) < 200
