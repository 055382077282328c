"""The staging area and its bulk load: bodies by sha256, a killed writer's partial line, per-URL versions,
304s, withdrawn pages and list-page failures."""
from __future__ import annotations

import hashlib
from dataclasses import asdict

from crawler.items import FailureItem, PageItem
from crawler.staging import PACK, RECORDS, BodyReader, StagingWriter, read_staging
from warehouse import db as warehouse_db
from warehouse.load import load_staging, mark_loaded, pending_staging_dirs

URL = "http://www.fy.gov.cn/article/description/1.html"


def _page(url: str, body: bytes, status: int = 200, kind: str = "ok", role: str = "article",
          at: str = "2026-01-01T00:00:00+00:00") -> dict:
    item = PageItem(url=url, final_url=url, status=status, fetched_at=at, role=role, content_type="text/html",
                    headers={"Etag": '"x"'}, body=body, kind=kind)
    record = asdict(item)
    record.pop("body")
    return record


def _stage(root, *pages: tuple[dict, bytes], failures: tuple[FailureItem, ...] = ()):
    writer = StagingWriter(root)
    for record, body in pages:
        ref = writer.write_body(body)
        record.update(sha256=ref.sha256, body_offset=ref.offset, body_length=ref.length)
        writer.write({"record": "page", **record})
    for failure in failures:
        writer.write({"record": "failure", **asdict(failure)})
    writer.close()
    return root


def test_bodies_are_stored_once_by_sha256(tmp_path):
    writer = StagingWriter(tmp_path)
    first = writer.write_body(b"<html>same</html>")
    other = writer.write_body(b"<html>other</html>")
    assert writer.write_body(b"<html>same</html>") == first
    assert first.sha256 == hashlib.sha256(b"<html>same</html>").hexdigest()
    writer.close()
    assert (tmp_path / PACK).stat().st_size == len(b"<html>same</html>") + len(b"<html>other</html>")
    with BodyReader(tmp_path) as reader:
        assert reader.read({"sha256": other.sha256, "body_offset": other.offset, "body_length": other.length}
                           ) == b"<html>other</html>"
        # A damaged pack reads as missing, never as someone else's bytes.
        assert reader.read({"sha256": first.sha256, "body_offset": other.offset, "body_length": other.length}) is None


def test_bodies_of_the_earlier_one_file_layout_still_load(tmp_path):
    body = b"<html>old layout</html>"
    sha = hashlib.sha256(body).hexdigest()
    (tmp_path / "bodies" / sha[:2]).mkdir(parents=True)
    (tmp_path / "bodies" / sha[:2] / sha).write_bytes(body)
    with BodyReader(tmp_path) as reader:
        assert reader.read({"sha256": sha}) == body


def test_a_partial_last_line_is_skipped_and_reported(tmp_path):
    _stage(tmp_path, (_page(URL, b"a"), b"a"))
    with open(tmp_path / RECORDS, "a", encoding="utf-8") as fh:
        fh.write('{"record": "page", "url": "http://www.fy.gov.cn/art')  # the crawl was killed here
    contents = read_staging(tmp_path)
    assert len(contents.records) == 1
    assert len(contents.damaged_lines) == 1 and "unreadable staging line" in contents.damaged_lines[0]


def test_versions_not_modified_and_withdrawn(tmp_path):
    con = warehouse_db.connect(tmp_path / "w.duckdb")
    first = load_staging(con, _stage(tmp_path / "s1", (_page(URL, b"v1"), b"v1")), "run1")
    assert first.new_versions == 1 and len(first.new_page_ids) == 1
    again = load_staging(con, tmp_path / "s1", "run1")  # loading the same area twice changes nothing
    assert again.new_versions == 0 and again.unchanged == 1
    same = load_staging(con, _stage(tmp_path / "s2", (_page(URL, b"v1", at="2026-01-08T00:00:00+00:00"), b"v1")), "r2")
    assert same.new_versions == 0
    changed = load_staging(con, _stage(tmp_path / "s3", (_page(URL, b"v2", at="2026-01-09T00:00:00+00:00"), b"v2")), "r3")
    assert changed.new_versions == 1
    assert con.execute("SELECT version, body FROM raw_pages WHERE url = ? ORDER BY version", [URL]).fetchall() == [
        (1, b"v1"), (2, b"v2")]
    not_modified = load_staging(con, _stage(tmp_path / "s4", (
        _page(URL, b"", status=304, kind="not_modified", at="2026-01-10T00:00:00+00:00"), b"")), "r4")
    assert not_modified.new_versions == 0 and not_modified.not_modified == 1
    assert str(con.execute("SELECT max(last_seen_at) FROM raw_pages WHERE url = ?", [URL]).fetchone()[0]
               ).startswith("2026-01-10")
    gone = load_staging(con, _stage(tmp_path / "s5", (_page(URL, b"404", status=404, kind="http_error",
                                                              at="2026-01-11T00:00:00+00:00"), b"404")), "r5")
    assert gone.withdrawn == 3
    assert con.execute("SELECT count(*), bool_and(withdrawn) FROM raw_pages WHERE url = ?", [URL]).fetchone() == (3, True)
    con.close()


def test_list_page_errors_and_fetch_failures_are_recorded(tmp_path):
    con = warehouse_db.connect(tmp_path / "w.duckdb")
    list_url = "http://www.fy.gov.cn/article/lists/45.html"
    failure = FailureItem(url=URL, role="article", kind="timeout", reason="DownloadTimeoutError: took too long",
                          at="2026-01-01T00:00:01+00:00", referer=list_url)
    load_staging(con, _stage(tmp_path / "s", (_page(list_url, b"<script>", status=521, kind="challenge", role="list"),
                                              b"<script>"), failures=(failure,)), "run1")
    rows = dict(con.execute("SELECT kind, reason FROM failures").fetchall())
    assert rows["timeout"] == f"DownloadTimeoutError: took too long (linked from {list_url})"
    assert rows["challenge"].startswith("anti-bot challenge page (HTTP 521) for list page")
    con.close()


def test_pending_staging_dirs_until_marked_loaded(tmp_path):
    area = _stage(tmp_path / "site" / "crawl-1", (_page(URL, b"a"), b"a"))
    assert pending_staging_dirs(tmp_path / "site") == [area]
    mark_loaded(area, "crawl-1")
    assert pending_staging_dirs(tmp_path / "site") == []


def test_list_pages_get_their_encoding_recorded(tmp_path):
    con = warehouse_db.connect(tmp_path / "w.duckdb")
    gbk = '<html><head><meta charset="gbk"></head><body>工作简报</body></html>'.encode("gbk")
    list_url = "http://www.fy.gov.cn/article/lists/45.html"
    load_staging(con, _stage(tmp_path / "s", (_page(list_url, gbk, role="list"), gbk)), "run1")
    assert con.execute("SELECT encoding FROM raw_pages WHERE url = ?", [list_url]).fetchone() == ("gb18030",)
    con.close()
