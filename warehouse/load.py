"""Bulk-load a crawl's staging area into the warehouse: raw pages, listings and fetch failures.

Raw pages are versioned per URL: a response whose bytes equal the URL's latest version only refreshes
`last_seen_at`; different bytes become the next version; the old one is kept. A 404/410 for a URL that once
answered marks it withdrawn. Everything goes in through Arrow tables and `INSERT … SELECT`, one transaction
per staging area, so a killed load leaves the warehouse as it was before.
"""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from crawler.discovery import canonical_url
from crawler.parsing import decode_html
from crawler.staging import BodyReader, StagingContents, read_staging
from warehouse.db import transaction

LOADED_MARKER = "LOADED"


@dataclass
class LoadResult:
    pages: int = 0
    new_versions: int = 0
    unchanged: int = 0
    withdrawn: int = 0
    listings: int = 0
    failures: int = 0
    not_modified: int = 0
    damaged: list[str] = field(default_factory=list)
    new_page_ids: list[str] = field(default_factory=list)
    staged_page_ids: list[str] = field(default_factory=list)  # latest versions of every URL in this staging
    pages_by_status: Counter = field(default_factory=Counter)  # "200" → responses staged with that status
    fetch_errors: Counter = field(default_factory=Counter)  # kind → requests without a usable response


def _page_row(rec: dict, body: bytes, run_id: str) -> dict:
    url = canonical_url(rec["url"])
    encoding = None
    if rec.get("role") == "list" and rec.get("kind", "ok") == "ok":
        # Article pages get theirs when parsed; list pages are decoded here so every HTML page has one.
        encoding = decode_html(body, rec.get("content_type"))[1]
    return {
        "url": url, "final_url": rec.get("final_url"), "role": rec.get("role"), "status": rec.get("status"),
        "kind": rec.get("kind", "ok"), "fetched_at": rec.get("fetched_at"), "content_type": rec.get("content_type"),
        "sha256": rec["sha256"], "size": len(body), "headers": json.dumps(rec.get("headers") or {}, ensure_ascii=False),
        "body": body, "run_id": run_id,
        "referer": rec.get("referer"), "link_text": rec.get("link_text"), "encoding": encoding,
    }


def _pages_table(root: Path, contents: StagingContents, run_id: str) -> tuple[pa.Table, list[str]]:
    rows: dict[tuple[str, str], dict] = {}
    problems = []
    with BodyReader(root) as bodies:
        for rec in contents.records:
            if rec.get("record") != "page" or rec.get("kind") == "not_modified":
                continue
            key = (canonical_url(rec["url"]), rec["sha256"])
            if key in rows:
                continue
            body = bodies.read(rec)
            if body is None:
                problems.append(f"{rec['url']}: body {rec['sha256'][:12]}… missing or damaged in staging")
                continue
            rows[key] = _page_row(rec, body, run_id)
    schema = pa.schema([("url", pa.string()), ("final_url", pa.string()), ("role", pa.string()),
                        ("status", pa.int32()), ("kind", pa.string()), ("fetched_at", pa.string()),
                        ("content_type", pa.string()), ("sha256", pa.string()), ("size", pa.int32()),
                        ("headers", pa.string()), ("body", pa.binary()), ("run_id", pa.string()),
                        ("referer", pa.string()), ("link_text", pa.string()), ("encoding", pa.string())])
    return pa.Table.from_pylist(list(rows.values()), schema=schema), problems


def _records_table(contents: StagingContents, kind: str, columns: list[str]) -> pa.Table:
    recs = [{c: r.get(c) for c in columns} for r in contents.records if r.get("record") == kind]
    return pa.Table.from_pylist(recs, schema=pa.schema([(c, pa.string()) for c in columns]))


def _not_modified_table(contents: StagingContents) -> pa.Table:
    """Pages that answered 304 to a conditional GET: the stored version is still current."""
    rows = [{"url": canonical_url(r["url"]), "fetched_at": r.get("fetched_at")} for r in contents.records
            if r.get("record") == "page" and r.get("kind") == "not_modified"]
    return pa.Table.from_pylist(rows, schema=pa.schema([("url", pa.string()), ("fetched_at", pa.string())]))


def load_staging(con: duckdb.DuckDBPyConnection, root: Path, run_id: str) -> LoadResult:
    """Load one staging directory; safe to call again (already-loaded pages are recognised by their bytes).

    The caller marks the directory loaded (`mark_loaded`) once everything derived from it is stored too.
    """
    root = Path(root)
    contents = read_staging(root)
    result = LoadResult(damaged=list(contents.damaged_lines))
    pages, problems = _pages_table(root, contents, run_id)
    result.damaged += problems
    not_modified = _not_modified_table(contents)
    listings = _records_table(contents, "listing", ["list_url", "article_url", "title", "list_date", "seen_at"])
    fails = _records_table(contents, "failure", ["url", "role", "kind", "reason", "at", "referer"])
    with transaction(con,
                     staged_pages=pages,
                     staged_listings=listings,
                     staged_failures=fails,
                     staged_not_modified=not_modified):
        con.execute("""
            CREATE OR REPLACE TEMP TABLE staged_versions AS
            WITH latest AS (
                SELECT url, max(version) AS max_version, arg_max(sha256, version) AS latest_sha
                FROM raw_pages GROUP BY url
            ), changed AS (
                SELECT s.*, coalesce(l.max_version, 0) AS base_version,
                       l.latest_sha IS NOT NULL AS seen_before
                FROM staged_pages s LEFT JOIN latest l USING (url)
                WHERE l.latest_sha IS DISTINCT FROM s.sha256
            )
            SELECT *, base_version + row_number() OVER (PARTITION BY url ORDER BY fetched_at) AS version
            FROM changed
        """)
        con.execute("""
            INSERT INTO raw_pages (page_id, url, final_url, version, role, status, kind, fetched_at, last_seen_at,
                                   content_type, encoding, sha256, size, headers, body, referer, link_text, run_id,
                                   withdrawn)
            SELECT substr(md5(url || ':' || version::VARCHAR), 1, 20), url, final_url, version, role, status, kind,
                   fetched_at::TIMESTAMP, fetched_at::TIMESTAMP, content_type, encoding, sha256, size, headers::JSON,
                   body, referer, link_text, run_id, false
            FROM staged_versions
        """)
        result.new_versions = con.execute("SELECT count(*) FROM staged_versions").fetchone()[0]
        result.new_page_ids = [r[0] for r in con.execute(
            "SELECT substr(md5(url || ':' || version::VARCHAR), 1, 20) FROM staged_versions ORDER BY url").fetchall()]
        # Same bytes as the latest version: only note that it was seen again.
        result.unchanged = con.execute("""
            UPDATE raw_pages r SET last_seen_at = s.fetched_at::TIMESTAMP
            FROM staged_pages s
            WHERE r.url = s.url AND r.sha256 = s.sha256
              AND r.version = (SELECT max(version) FROM raw_pages x WHERE x.url = r.url)
              AND s.url NOT IN (SELECT url FROM staged_versions)
        """).fetchone()[0]
        result.not_modified = con.execute("""
            UPDATE raw_pages r SET last_seen_at = s.seen
            FROM (SELECT url, max(fetched_at)::TIMESTAMP AS seen FROM staged_not_modified GROUP BY url) s
            WHERE r.url = s.url AND r.version = (SELECT max(version) FROM raw_pages x WHERE x.url = r.url)
        """).fetchone()[0]
        result.staged_page_ids = [r[0] for r in con.execute("""
            SELECT arg_max(r.page_id, r.version) FROM raw_pages r
            WHERE r.url IN (SELECT url FROM staged_pages) GROUP BY r.url ORDER BY r.url
        """).fetchall()]
        # A URL that answered before and now says 404/410 is withdrawn, never deleted.
        result.withdrawn = con.execute("""
            UPDATE raw_pages SET withdrawn = true
            WHERE url IN (SELECT url FROM staged_versions WHERE status IN (404, 410) AND seen_before)
        """).fetchone()[0]
        con.execute("""
            UPDATE articles SET withdrawn = true
            WHERE url IN (SELECT url FROM staged_versions WHERE status IN (404, 410) AND seen_before)
        """)
        con.execute("""
            INSERT INTO listings SELECT ?, list_url, article_url, title, try_cast(list_date AS DATE),
                                        seen_at::TIMESTAMP FROM staged_listings
        """, [run_id])
        con.execute("""
            INSERT INTO failures (run_id, stage, url, page_id, kind, reason, failed_at)
            SELECT ?, 'fetch', url, NULL, kind, reason || coalesce(' (linked from ' || referer || ')', ''),
                   "at"::TIMESTAMP FROM staged_failures
        """, [run_id])
        # A list page that answered with an error, a challenge or a binary file: say so with its reason
        # (article and attachment pages get theirs when they are parsed).
        con.execute("""
            INSERT INTO failures (run_id, stage, url, page_id, kind, reason, failed_at)
            SELECT ?, 'fetch', url, NULL,
                   CASE WHEN kind = 'http_error' THEN 'http_' || status::VARCHAR ELSE kind END,
                   CASE kind WHEN 'challenge' THEN 'anti-bot challenge page (HTTP ' || status::VARCHAR || ')'
                             WHEN 'binary' THEN 'binary content served as ' || coalesce(content_type, '?')
                             ELSE 'HTTP ' || status::VARCHAR END
                   || ' for list page' || coalesce(' (linked from ' || referer || ')', ''),
                   fetched_at::TIMESTAMP
            FROM staged_pages WHERE role = 'list' AND kind <> 'ok'
        """, [run_id])
        if result.damaged:
            con.executemany("INSERT INTO failures (run_id, stage, url, kind, reason, failed_at) "
                            "VALUES (?, 'load', NULL, 'staging', ?, now())", [[run_id, d] for d in result.damaged])
    result.pages = pages.num_rows
    result.listings = listings.num_rows
    result.failures = fails.num_rows
    staged = [r for r in contents.records if r.get("record") == "page"]
    result.pages_by_status = Counter(str(r["status"]) for r in staged)
    result.fetch_errors = Counter(r["kind"] for r in contents.records if r.get("record") == "failure")
    result.fetch_errors.update(f"http_{r['status']}" if r.get("kind") == "http_error" else r.get("kind", "unknown")
                               for r in staged if r.get("kind") not in {"ok", "not_modified"})
    return result


def mark_loaded(root: Path, run_id: str) -> None:
    """Note that a staging directory is fully in the warehouse, so resume does not load it again."""
    (Path(root) / LOADED_MARKER).write_text(run_id + "\n", encoding="utf-8")


def pending_staging_dirs(staging_root: Path) -> list[Path]:
    """Staging areas whose crawl was killed before they were loaded (resume picks them up first)."""
    if not staging_root.exists():
        return []
    return sorted(p for p in staging_root.iterdir() if p.is_dir() and not (p / LOADED_MARKER).exists()
                  and (p / "records.jsonl").exists())
