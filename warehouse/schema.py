"""The warehouse schema as numbered migrations, each applied once and recorded in `schema_migrations`.

Researchers write SQL against these names: add columns and tables in new migrations, never rename.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", """
CREATE TABLE crawl_runs (
    run_id          VARCHAR PRIMARY KEY,
    site            VARCHAR,
    start_urls      VARCHAR[],
    started_at      TIMESTAMP,
    finished_at     TIMESTAMP,
    status          VARCHAR,          -- finished | interrupted | failed
    pages_fetched   INTEGER,
    pages_by_status JSON,             -- {"200": 140, "404": 3, …}
    new_articles    INTEGER,
    changed_articles INTEGER,
    unchanged_articles INTEGER,
    errors          INTEGER,
    errors_by_kind  JSON,
    settings        JSON
);

-- Every response, as received: the source of truth everything else is recomputed from.
CREATE TABLE raw_pages (
    page_id       VARCHAR PRIMARY KEY,    -- sha1(url || sha256 of body)[:20]
    url           VARCHAR NOT NULL,       -- canonical request URL
    final_url     VARCHAR,                -- after redirects
    version       INTEGER NOT NULL,       -- 1, 2, … per url: a new version only when the bytes changed
    role          VARCHAR,                -- list | article | attachment
    status        INTEGER,
    kind          VARCHAR,                -- ok | http_error | challenge
    fetched_at    TIMESTAMP,
    last_seen_at  TIMESTAMP,
    content_type  VARCHAR,
    encoding      VARCHAR,                -- the encoding the parser decoded with
    sha256        VARCHAR,
    size          INTEGER,
    headers       JSON,
    body          BLOB,
    referer       VARCHAR,                -- the page that linked here (an attachment's article)
    link_text     VARCHAR,                -- the anchor text of that link
    run_id        VARCHAR,
    withdrawn     BOOLEAN DEFAULT false   -- the URL later answered 404/410
);

CREATE TABLE articles (
    article_id    VARCHAR PRIMARY KEY,    -- sha1(canonical url)[:16]
    url           VARCHAR NOT NULL UNIQUE,
    site          VARCHAR,
    column_path   VARCHAR[],
    title         VARCHAR,
    published_at  TIMESTAMP,
    published_date DATE,
    source        VARCHAR,
    author        VARCHAR,
    views         INTEGER,
    body_text     VARCHAR,
    issue_year    INTEGER,
    issue_no      INTEGER,
    issue_total   INTEGER,
    county_context VARCHAR,
    admin_code    VARCHAR,
    page_id       VARCHAR,                -- the raw_pages version this row was parsed from
    version       INTEGER,
    parser_version VARCHAR,
    parse_stages  JSON,
    warnings      VARCHAR[],
    first_seen_run VARCHAR,
    updated_run   VARCHAR,
    withdrawn     BOOLEAN DEFAULT false
);

-- Earlier versions of articles whose content changed: kept, never overwritten.
CREATE TABLE article_versions AS SELECT * FROM articles LIMIT 0;
ALTER TABLE article_versions ADD COLUMN superseded_at TIMESTAMP;

CREATE TABLE stories (
    story_id      VARCHAR PRIMARY KEY,    -- article_id || ':' || seq
    article_id    VARCHAR NOT NULL,
    seq           INTEGER NOT NULL,
    title         VARCHAR,
    text          VARCHAR,
    words         VARCHAR,                -- jieba words joined by spaces (full-text search, KWIC)
    nlp_run       VARCHAR                 -- the processing run that extracted and labelled it (NULL: not yet)
);

CREATE TABLE listings (
    run_id        VARCHAR,
    list_url      VARCHAR,
    article_url   VARCHAR,
    link_text     VARCHAR,
    list_date     DATE,
    seen_at       TIMESTAMP
);

CREATE TABLE attachments (
    attachment_id VARCHAR PRIMARY KEY,    -- sha1(article url || attachment url)[:16]
    article_id    VARCHAR,
    url           VARCHAR,
    name          VARCHAR,
    page_id       VARCHAR,
    sha256        VARCHAR,
    content_type  VARCHAR,
    size          INTEGER,
    status        VARCHAR,                -- extracted | not_extracted | failed | missing
    reason        VARCHAR,
    text          VARCHAR
);

CREATE TABLE date_mentions (
    story_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    value VARCHAR, kind VARCHAR,
    extractor_version VARCHAR, run_id VARCHAR
);
CREATE TABLE count_mentions (
    story_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    value DOUBLE, approx BOOLEAN, unit VARCHAR, object VARCHAR,
    extractor_version VARCHAR, run_id VARCHAR
);
CREATE TABLE unit_mentions (
    story_id VARCHAR, start INTEGER, "end" INTEGER, text VARCHAR,
    canonical VARCHAR, type VARCHAR, title VARCHAR, stance VARCHAR,
    extractor_version VARCHAR, run_id VARCHAR
);
CREATE TABLE story_labels (
    story_id VARCHAR, head VARCHAR, label VARCHAR, score DOUBLE,
    model_version VARCHAR, run_id VARCHAR
);

-- Processing runs (parse, process, reprocess, classify): what ran, with which versions, and what it made.
CREATE TABLE runs (
    run_id        VARCHAR PRIMARY KEY,
    kind          VARCHAR,
    started_at    TIMESTAMP,
    finished_at   TIMESTAMP,
    status        VARCHAR,
    versions      JSON,
    counts        JSON
);

-- Every failure is a row with a reason: fetch errors, unparseable pages, attachments, extraction errors.
CREATE TABLE failures (
    run_id        VARCHAR,
    stage         VARCHAR,                -- fetch | parse | attachment | extract | classify | load
    url           VARCHAR,
    page_id       VARCHAR,
    story_id      VARCHAR,
    kind          VARCHAR,
    reason        VARCHAR,
    failed_at     TIMESTAMP
);
"""),
)

LATEST_VERSION = MIGRATIONS[-1].version
