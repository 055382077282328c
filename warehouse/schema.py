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
    Migration(2, "units registry, research views, word-match macro", """
-- One row per named unit (canonical name): how often and when the archive names it. Rebuilt after every
-- processing run from unit_mentions; first_seen_run survives rebuilds so a refresh can report new units.
CREATE TABLE units (
    canonical      VARCHAR PRIMARY KEY,
    type           VARCHAR,
    surface_forms  VARCHAR[],
    mentions       INTEGER,
    stories        INTEGER,
    articles       INTEGER,
    sites          VARCHAR[],
    first_date     DATE,
    last_date      DATE,
    praised        INTEGER,
    criticized     INTEGER,
    first_seen_run VARCHAR,
    updated_run    VARCHAR
);

-- has_word(words, '志愿者'): the term is one of the story's jieba words (not merely a substring).
CREATE MACRO has_word(words, term) AS list_contains(string_split(coalesce(words, ''), ' '), term);

CREATE VIEW v_stories AS
WITH labels AS (
    SELECT story_id,
           list(label ORDER BY score DESC NULLS LAST, label) FILTER (WHERE head = 'action') AS actions,
           list(label ORDER BY score DESC NULLS LAST, label) FILTER (WHERE head = 'theme') AS themes,
           max(model_version) AS model_version
    FROM story_labels GROUP BY story_id
)
SELECT s.story_id, s.article_id, s.seq,
       coalesce(s.title, a.title) AS story_title, a.title AS article_title,
       s.text, s.words, length(s.text) AS chars,
       a.site, array_to_string(a.column_path, ' > ') AS column_name,
       a.published_date, CAST(date_trunc('month', a.published_date) AS DATE) AS month,
       a.issue_year, a.issue_no, a.source, a.url,
       coalesce(l.actions, CAST([] AS VARCHAR[])) AS actions,
       coalesce(l.themes, CAST([] AS VARCHAR[])) AS themes,
       coalesce(len(l.themes), 0) > 0 AS campaign,
       l.model_version, s.nlp_run, a.page_id, a.withdrawn
FROM stories s JOIN articles a USING (article_id) LEFT JOIN labels l USING (story_id);

CREATE VIEW v_unit_activity AS
SELECT u.canonical AS unit, any_value(u.type) AS unit_type, s.site, s.month,
       coalesce(l.label, '(none)') AS action,
       count(DISTINCT u.story_id) AS stories,
       count(*) AS mentions,
       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'praised') AS praised_stories,
       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'criticized') AS criticized_stories
FROM unit_mentions u
JOIN v_stories s USING (story_id)
LEFT JOIN story_labels l ON l.story_id = u.story_id AND l.head = 'action'
WHERE u.type IS DISTINCT FROM 'person'
GROUP BY u.canonical, s.site, s.month, coalesce(l.label, '(none)');

CREATE VIEW v_counts AS
SELECT c.story_id, s.article_id, s.site, s.column_name, s.published_date, s.month,
       c.value, c.approx, c.unit, c.object, c.text, c.start, c."end",
       s.actions, s.themes, s.story_title, s.url, c.extractor_version, c.run_id
FROM count_mentions c JOIN v_stories s USING (story_id);

-- Listed (the column's list pages link it) vs harvested (an article row exists) vs failed (a fetch or parse
-- failure and no article), per site, column and month, with empty months filled in as zero rows.
CREATE VIEW v_coverage AS
WITH listed AS (
    SELECT l.article_url AS url, any_value(r.site) AS site, min(l.list_url) AS list_url,
           min(l.list_date) AS list_date
    FROM listings l LEFT JOIN crawl_runs r USING (run_id)
    GROUP BY l.article_url
), list_columns AS (
    SELECT l.list_url, mode(array_to_string(a.column_path, ' > ')) AS column_name
    FROM listings l JOIN articles a ON a.url = l.article_url
    GROUP BY l.list_url
), failed AS (
    SELECT DISTINCT url FROM failures WHERE stage IN ('fetch', 'parse') AND url IS NOT NULL
), pages AS (
    SELECT coalesce(a.site, li.site, '(unknown)') AS site,
           coalesce(nullif(array_to_string(a.column_path, ' > '), ''), lc.column_name, '(unknown)') AS column_name,
           CAST(date_trunc('month', coalesce(a.published_date, li.list_date)) AS DATE) AS month,
           li.url IS NOT NULL AS is_listed,
           a.article_id IS NOT NULL AS is_harvested,
           a.article_id IS NULL AND f.url IS NOT NULL AS is_failed,
           coalesce(a.withdrawn, false) AS is_withdrawn
    FROM articles a
    FULL OUTER JOIN listed li ON li.url = a.url
    LEFT JOIN list_columns lc ON lc.list_url = li.list_url
    LEFT JOIN failed f ON f.url = coalesce(a.url, li.url)
), counted AS (
    SELECT site, column_name, month,
           count(*) FILTER (WHERE is_listed) AS listed,
           count(*) FILTER (WHERE is_harvested) AS harvested,
           count(*) FILTER (WHERE is_failed) AS failed,
           count(*) FILTER (WHERE is_listed AND NOT is_harvested AND NOT is_failed) AS not_fetched,
           count(*) FILTER (WHERE is_withdrawn) AS withdrawn
    FROM pages WHERE month IS NOT NULL
    GROUP BY ALL
), spine AS (
    SELECT site, column_name, CAST(unnest(generate_series(min(month), max(month), INTERVAL 1 MONTH)) AS DATE) AS month
    FROM counted GROUP BY site, column_name
)
SELECT sp.site, sp.column_name, sp.month,
       coalesce(c.listed, 0) AS listed, coalesce(c.harvested, 0) AS harvested,
       coalesce(c.failed, 0) AS failed, coalesce(c.not_fetched, 0) AS not_fetched,
       coalesce(c.withdrawn, 0) AS withdrawn,
       round(coalesce(c.harvested, 0) / nullif(coalesce(c.listed, 0), 0), 3) AS harvest_rate,
       CASE WHEN coalesce(c.failed, 0) + coalesce(c.not_fetched, 0) > 0 THEN 'gap'
            WHEN coalesce(c.listed, 0) = 0 AND coalesce(c.harvested, 0) = 0 THEN 'nothing listed'
            ELSE 'complete' END AS status
FROM spine sp LEFT JOIN counted c USING (site, column_name, month);

CREATE VIEW v_attention AS
WITH totals AS (
    SELECT site, month, count(*) AS all_stories, count(*) FILTER (WHERE campaign) AS campaign_stories
    FROM v_stories WHERE month IS NOT NULL GROUP BY site, month
), themes AS (
    SELECT DISTINCT label AS theme FROM story_labels WHERE head = 'theme'
), by_theme AS (
    SELECT site, month, theme, count(*) AS n
    FROM (SELECT site, month, unnest(themes) AS theme FROM v_stories WHERE month IS NOT NULL)
    GROUP BY ALL
)
SELECT t.site, t.month, '(any)' AS theme, t.campaign_stories AS theme_stories, t.all_stories,
       round(t.campaign_stories / t.all_stories, 4) AS attention
FROM totals t
UNION ALL
SELECT t.site, t.month, th.theme, coalesce(b.n, 0), t.all_stories, round(coalesce(b.n, 0) / t.all_stories, 4)
FROM totals t CROSS JOIN themes th
LEFT JOIN by_theme b ON b.site = t.site AND b.month = t.month AND b.theme = th.theme;

CREATE VIEW v_unit_stance AS
SELECT u.canonical AS unit, any_value(u.type) AS unit_type, year(s.published_date) AS year,
       count(DISTINCT u.story_id) AS stories,
       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'praised') AS praised_stories,
       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'criticized') AS criticized_stories,
       count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'praised')
         - count(DISTINCT u.story_id) FILTER (WHERE u.stance = 'criticized') AS balance,
       list(DISTINCT s.site) AS sites
FROM unit_mentions u JOIN v_stories s USING (story_id)
GROUP BY u.canonical, year(s.published_date);
"""),
)

LATEST_VERSION = MIGRATIONS[-1].version
