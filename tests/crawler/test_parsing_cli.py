"""``python -m crawler parse FILE [--url URL]`` prints one JSON object; unreadable files give one line and exit 2."""
from __future__ import annotations

import json

from crawler.parsing.cli import main
from tests.crawler.parsing_pages import bulletin_page


def test_cli_prints_the_parsed_page(tmp_path, capsys):
    path = tmp_path / "2.html"
    path.write_bytes(bulletin_page().encode("gbk", errors="strict").replace(b"utf-8", b"gbk"))
    assert main(["parse", str(path), "--url", "http://demo.local/article/description/2.html"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["status"] == "article" and data["encoding"] == "gb18030"
    assert data["published_at"] == "2021-01-19T09:19" and len(data["stories"]) == 4
    assert set(data) >= {"title", "source", "author", "views", "column_path", "body_text", "attachments", "issue",
                         "stories", "warnings", "stages"}


def test_cli_unreadable_file(tmp_path, capsys):
    assert main([str(tmp_path / "missing.html")]) == 2
    err = capsys.readouterr().err
    assert "missing.html" in err and len(err.strip().splitlines()) == 1
