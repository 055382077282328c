"""Turn raw pages into articles, stories and attachments (offline: only `raw_pages` is read).

An article is keyed by its canonical URL. When the page's bytes changed, the old article row moves to
`article_versions` and the new one takes its place; its stories, mentions and labels are replaced in the
same transaction, so an article is never half-written.
"""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, datetime
from urllib.parse import urlsplit

import duckdb
import pyarrow as pa

from crawler.attachments import attachment_name, extract_attachment_text
from crawler.discovery import canonical_url
from crawler.parsing import ParsedPage, parse_page
from nlp.context import resolve_context
from warehouse.db import transaction

BATCH = 200
STORY_TABLES = ("date_mentions", "count_mentions", "unit_mentions", "story_labels")


def article_id(url: str) -> str:
    return hashlib.sha1(canonical_url(url).encode("utf-8")).hexdigest()[:16]


def parser_version() -> str:
    from crawler import parsing

    return getattr(parsing, "PARSER_VERSION", "parser-1")


@dataclass
class ParseStats:
    articles_new: int = 0
    articles_changed: int = 0
    articles_unchanged: int = 0
    stories: int = 0
    not_articles: Counter = field(default_factory=Counter)
    http_errors: Counter = field(default_factory=Counter)
    attachments: Counter = field(default_factory=Counter)


def _published(value: str | None) -> tuple[datetime | None, date | None]:
    if not value:
        return None, None
    for fmt in ("%Y-%m-%dT%H:%M:%S", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M", "%Y-%m-%d"):
        try:
            moment = datetime.strptime(value[:19], fmt)
            return moment, moment.date()
        except ValueError:
            continue
    return None, None


def _article_row(page: dict, parsed: ParsedPage, site: str, context_hint: str | None, run_id: str) -> dict:
    published_at, published_date = _published(parsed.published_at)
    context = resolve_context(context_hint or parsed.site_name)
    context_name = None
    if context is not None:
        context_name = "".join(x for x in (context.province, context.prefecture, context.county) if x)
    issue = parsed.issue or {}
    return {
        "article_id": article_id(page["url"]), "url": canonical_url(page["url"]), "site": site,
        "column_path": list(parsed.column_path or []), "title": parsed.title, "published_at": published_at,
        "published_date": published_date, "source": parsed.source, "author": parsed.author, "views": parsed.views,
        "body_text": parsed.body_text, "issue_year": issue.get("year"), "issue_no": issue.get("number"),
        "issue_total": issue.get("total"), "county_context": context_name,
        "admin_code": getattr(context, "admin_code", None), "page_id": page["page_id"], "version": 1,
        "parser_version": parser_version(), "parse_stages": json.dumps(parsed.stages, ensure_ascii=False),
        "warnings": list(parsed.warnings or []), "first_seen_run": run_id, "updated_run": run_id, "withdrawn": False,
    }


ARTICLE_SCHEMA = pa.schema([
    ("article_id", pa.string()), ("url", pa.string()), ("site", pa.string()), ("column_path", pa.list_(pa.string())),
    ("title", pa.string()), ("published_at", pa.timestamp("us")), ("published_date", pa.date32()),
    ("source", pa.string()), ("author", pa.string()), ("views", pa.int64()), ("body_text", pa.string()),
    ("issue_year", pa.int32()), ("issue_no", pa.int32()), ("issue_total", pa.int32()),
    ("county_context", pa.string()), ("admin_code", pa.string()), ("page_id", pa.string()), ("version", pa.int32()),
    ("parser_version", pa.string()), ("parse_stages", pa.string()), ("warnings", pa.list_(pa.string())),
    ("first_seen_run", pa.string()), ("updated_run", pa.string()), ("withdrawn", pa.bool_()),
])
STORY_SCHEMA = pa.schema([("story_id", pa.string()), ("article_id", pa.string()), ("seq", pa.int32()),
                          ("title", pa.string()), ("text", pa.string())])


def write_articles(con: duckdb.DuckDBPyConnection, articles: list[dict], stories: list[dict]) -> Counter:
    """Replace these articles and their stories in one transaction; returns counts of new/changed/unchanged."""
    outcome: Counter = Counter()
    if not articles:
        return outcome
    with transaction(con,
                     new_articles=pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA),
                     new_stories=pa.Table.from_pylist(stories, schema=STORY_SCHEMA)):
        con.execute("""
            CREATE OR REPLACE TEMP TABLE incoming AS
            SELECT n.article_id, a.article_id IS NULL AS is_new,
                   a.article_id IS NOT NULL AND a.page_id IS DISTINCT FROM n.page_id AS is_changed,
                   coalesce(a.version, 0) AS old_version, a.first_seen_run AS old_first_seen
            FROM new_articles n LEFT JOIN articles a USING (article_id)
        """)
        for key, column in (("new", "is_new"), ("changed", "is_changed")):
            outcome[key] = con.execute(f"SELECT count(*) FROM incoming WHERE {column}").fetchone()[0]
        outcome["unchanged"] = len(articles) - outcome["new"] - outcome["changed"]
        con.execute("""
            INSERT INTO article_versions
            SELECT a.*, now() FROM articles a JOIN incoming i USING (article_id) WHERE i.is_changed
        """)
        ids = "SELECT article_id FROM incoming"
        story_ids = f"SELECT story_id FROM stories WHERE article_id IN ({ids})"
        for table in STORY_TABLES:
            con.execute(f"DELETE FROM {table} WHERE story_id IN ({story_ids})")
        con.execute(f"DELETE FROM stories WHERE article_id IN ({ids})")
        con.execute(f"DELETE FROM articles WHERE article_id IN ({ids})")
        con.execute("""
            INSERT INTO articles BY NAME
            SELECT n.* REPLACE (
                CASE WHEN i.is_changed THEN i.old_version + 1 WHEN i.is_new THEN 1 ELSE i.old_version END AS version,
                coalesce(i.old_first_seen, n.first_seen_run) AS first_seen_run)
            FROM new_articles n JOIN incoming i USING (article_id)
        """)
        con.execute("INSERT INTO stories BY NAME SELECT * FROM new_stories")
    return outcome


FAILURE_SCHEMA = pa.schema([("run_id", pa.string()), ("stage", pa.string()), ("url", pa.string()),
                            ("page_id", pa.string()), ("kind", pa.string()), ("reason", pa.string())])
ATTACHMENT_SCHEMA = pa.schema([("attachment_id", pa.string()), ("article_id", pa.string()), ("url", pa.string()),
                               ("name", pa.string()), ("page_id", pa.string()), ("sha256", pa.string()),
                               ("content_type", pa.string()), ("size", pa.int64()), ("status", pa.string()),
                               ("reason", pa.string()), ("text", pa.string())])


@dataclass
class _Pending:
    """What a batch of pages produced besides articles, written in bulk with the batch."""
    failures: list[dict] = field(default_factory=list)
    encodings: list[dict] = field(default_factory=list)
    attachments: list[dict] = field(default_factory=list)

    def fail(self, run_id: str, stage: str, page: dict, kind: str, reason: str) -> None:
        self.failures.append({"run_id": run_id, "stage": stage, "url": page["url"], "page_id": page["page_id"],
                              "kind": kind, "reason": reason})

    def write(self, con: duckdb.DuckDBPyConnection) -> None:
        if not (self.failures or self.encodings or self.attachments):
            return
        encodings = pa.Table.from_pylist(self.encodings,
                                         schema=pa.schema([("page_id", pa.string()), ("encoding", pa.string())]))
        # One row per attachment id: a statement may not replace the same row twice.
        latest = list({row["attachment_id"]: row for row in self.attachments}.values())
        with transaction(con, pending_failures=pa.Table.from_pylist(self.failures, schema=FAILURE_SCHEMA),
                         pending_encodings=encodings,
                         pending_attachments=pa.Table.from_pylist(latest, schema=ATTACHMENT_SCHEMA)):
            con.execute("INSERT INTO failures BY NAME SELECT *, now() AS failed_at FROM pending_failures")
            if self.encodings:
                con.execute("UPDATE raw_pages SET encoding = e.encoding FROM pending_encodings e "
                            "WHERE raw_pages.page_id = e.page_id AND raw_pages.encoding IS DISTINCT FROM e.encoding")
            con.execute("INSERT OR REPLACE INTO attachments BY NAME SELECT * FROM pending_attachments")
        self.failures.clear()
        self.encodings.clear()
        self.attachments.clear()


def _attachment_row(page: dict, run_id: str, stats: ParseStats, pending: _Pending) -> None:
    headers = json.loads(page["headers"] or "{}")
    name = attachment_name(page["url"], headers.get("Content-Disposition"), page.get("link_text"))
    if page["status"] >= 400:
        status, reason, text = "missing", f"HTTP {page['status']}", None
    else:
        result = extract_attachment_text(page["body"], name, page["content_type"])
        status, reason, text = result.status, result.reason, result.text
    stats.attachments[status] += 1
    parent = page["referer"]
    pending.attachments.append({
        "attachment_id": hashlib.sha1(f"{parent}|{page['url']}".encode()).hexdigest()[:16],
        "article_id": article_id(parent) if parent else None, "url": page["url"], "name": name,
        "page_id": page["page_id"], "sha256": page["sha256"], "content_type": page["content_type"],
        "size": page["size"], "status": status, "reason": reason, "text": text})
    if status in {"failed", "missing"}:
        pending.fail(run_id, "attachment", page, status, f"{name}: {reason}")


def parse_pages(con: duckdb.DuckDBPyConnection, page_ids: list[str], run_id: str, *, site: str | None = None,
                profile: dict | None = None, context_hint: str | None = None) -> ParseStats:
    """Parse the given raw page versions; articles are written in batches, each batch one transaction."""
    stats = ParseStats()
    if not page_ids:
        return stats
    con.register("wanted", pa.table({"page_id": page_ids}))
    pages = con.execute("""
        SELECT r.page_id, r.url, r.final_url, r.role, r.status, r.kind, r.content_type, r.sha256, r.size,
               r.headers::VARCHAR AS headers, r.body, r.referer, r.link_text
        FROM raw_pages r JOIN wanted USING (page_id)
        ORDER BY r.role, r.url
    """).fetchall()
    con.unregister("wanted")
    columns = ["page_id", "url", "final_url", "role", "status", "kind", "content_type", "sha256", "size",
               "headers", "body", "referer", "link_text"]
    articles: list[dict] = []
    stories: list[dict] = []
    pending = _Pending()

    def flush() -> None:
        pending.write(con)
        outcome = write_articles(con, articles, stories)
        stats.articles_new += outcome["new"]
        stats.articles_changed += outcome["changed"]
        stats.articles_unchanged += outcome["unchanged"]
        stats.stories += len(stories)
        articles.clear()
        stories.clear()

    for values in pages:
        page = dict(zip(columns, values))
        if page["role"] == "attachment":
            _attachment_row(page, run_id, stats, pending)
            if len(pending.attachments) >= BATCH:
                pending.write(con)
            continue
        if page["role"] != "article":
            continue
        if page["kind"] != "ok":
            kind = "challenge" if page["kind"] == "challenge" else f"http_{page['status']}"
            stats.http_errors[kind] += 1
            pending.fail(run_id, "fetch", page, kind, f"HTTP {page['status']} for article page")
            continue
        try:
            parsed = parse_page(page["body"], page["final_url"] or page["url"], content_type=page["content_type"],
                                profile=profile)
        except Exception as exc:  # the parser promises typed results; a bug must still not stop the batch
            stats.not_articles["parser_error"] += 1
            pending.fail(run_id, "parse", page, "parser_error", f"{type(exc).__name__}: {exc}")
            continue
        pending.encodings.append({"page_id": page["page_id"], "encoding": parsed.encoding})
        if parsed.status != "article":
            stats.not_articles[parsed.status] += 1
            pending.fail(run_id, "parse", page, parsed.status, parsed.reason or parsed.status)
            continue
        row = _article_row(page, parsed, site or urlsplit(page["url"]).netloc, context_hint, run_id)
        articles.append(row)
        for seq, story in enumerate(parsed.stories, 1):
            stories.append({"story_id": f"{row['article_id']}:{seq}", "article_id": row["article_id"], "seq": seq,
                            "title": story.title, "text": story.text})
        if len(articles) >= BATCH:
            flush()
    flush()
    return stats
