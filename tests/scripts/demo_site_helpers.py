"""Reading a generated demo site back for the tests (independent of the generator's records)."""
from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import html as lxml_html

WS = re.compile("[\\s\u3000\u00a0\u200b\ufeff]+")
BODY_XPATH = {
    "工作简报": '//div[@id="content"]',
    "要闻动态": '//div[@class="TRS_Editor"]',
    "通知公告": '//div[@id="zoom"]',
}


def nows(text: str) -> str:
    return WS.sub("", text)


def load_gold(root: Path) -> list[dict]:
    return [json.loads(line) for line in (root / "GOLD.jsonl").read_text(encoding="utf-8").splitlines()]


def load_routes(root: Path) -> dict[str, dict]:
    return json.loads((root / "routes.json").read_text(encoding="utf-8"))


def page_text(root: Path, route: dict) -> str:
    data = (root / route["file"]).read_bytes()
    head = data[:300].decode("ascii", "replace").lower()
    encoding = "gbk" if 'charset="gbk"' in head or "charset=gbk" in route["content_type"] else "utf-8"
    return data.decode(encoding)


def body_text(root: Path, route: dict, column: str) -> str:
    tree = lxml_html.fromstring(page_text(root, route))
    (node,) = tree.xpath(BODY_XPATH[column])
    return nows(node.text_content())
