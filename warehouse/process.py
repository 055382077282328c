"""NLP enrichment of stories: segmentation, dates, counts, named units and labels, stored with provenance.

Stories are processed in batches; each batch is one transaction that replaces those stories' mentions and
labels, so a killed run leaves whole stories and the next run picks up where it stopped (`nlp_run IS NULL`).
"""
from __future__ import annotations

import sys
import time
from collections import Counter
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

import duckdb
import pyarrow as pa

from warehouse.db import transaction

# Stories per step of work (classifier call, progress line).
BATCH = 100
# Processed stories are written in large transactions of whole stories — bulk appends are what DuckDB does
# fast — but at least every FLUSH_SECONDS, so a killed run loses little work.
FLUSH_ROWS = 500_000
FLUSH_SECONDS = 10.0


@dataclass
class ProcessStats:
    stories: int = 0
    dates: int = 0
    counts: int = 0
    units: int = 0
    labels: Counter = field(default_factory=Counter)
    failures: int = 0
    versions: dict[str, str] = field(default_factory=dict)


# The columns that vary per row; the run id and the extractor or model version are added by the INSERT.
MENTION_SCHEMAS = {
    "date_mentions": pa.schema([("story_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                                ("text", pa.string()), ("value", pa.string()), ("kind", pa.string())]),
    "count_mentions": pa.schema([("story_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                                 ("text", pa.string()), ("value", pa.float64()), ("approx", pa.bool_()),
                                 ("unit", pa.string()), ("object", pa.string())]),
    "unit_mentions": pa.schema([("story_id", pa.string()), ("start", pa.int32()), ("end", pa.int32()),
                                ("text", pa.string()), ("canonical", pa.string()), ("type", pa.string()),
                                ("title", pa.string()), ("stance", pa.string())]),
    "story_labels": pa.schema([("story_id", pa.string()), ("head", pa.string()), ("label", pa.string()),
                               ("score", pa.float64())]),
}


WORDS_SCHEMA = pa.schema([("story_id", pa.string()), ("words", pa.string())])


class Enricher:
    """Holds the loaded tools (tokenizer, classifier) for one processing run."""

    def __init__(self, with_labels: bool = True) -> None:
        from nlp import extract
        from nlp.segment import make_tokenizer

        self.tokenizer = make_tokenizer()
        self.extract = extract
        extract.warm_up(self.tokenizer)
        self.classifier = None
        if with_labels:
            from nlp.classifier import load_model

            self.classifier = load_model()

    @property
    def versions(self) -> dict[str, str]:
        out = {"extractor": self.extract.EXTRACTOR_VERSION}
        if self.classifier is not None:
            out["model"] = self.classifier.version
        return out


def _stories_to_do(con: duckdb.DuckDBPyConnection, everything: bool) -> list[tuple]:
    where = "" if everything else "WHERE s.nlp_run IS NULL"
    return con.execute(f"""
        SELECT s.story_id, s.title, s.text, a.published_date, a.county_context
        FROM stories s JOIN articles a USING (article_id) {where}
        ORDER BY s.story_id
    """).fetchall()


def process_stories(con: duckdb.DuckDBPyConnection, run_id: str, *, everything: bool = False,
                    with_labels: bool = True, enricher: Enricher | None = None,
                    progress: Callable[[str], None] | None = None,
                    commit_every: float = FLUSH_SECONDS) -> ProcessStats:
    """Enrich the stories that lack it (all of them with `everything`); work is committed at least every
    `commit_every` seconds, which bounds what a killed run loses."""
    from nlp.segment import cut_with_offsets
    from nlp.segment import words as segment_words

    todo = _stories_to_do(con, everything)
    stats = ProcessStats()
    if not todo:
        return stats
    enricher = enricher or Enricher(with_labels=with_labels)
    stats.versions = enricher.versions
    started = time.monotonic()
    writer = StoryWriter(con, run_id, stats.versions, replace=everything, max_seconds=commit_every)
    with enricher.extract.collector_spares_loaded():  # the loaded tools are not garbage
        for offset in range(0, len(todo), BATCH):
            batch = todo[offset:offset + BATCH]
            rows: dict[str, list[dict]] = {name: [] for name in MENTION_SCHEMAS}
            words: list[dict] = []
            failures: list[list] = []
            for story_id, title, text, published, context in batch:
                text = text or ""
                try:
                    # One segmentation serves the stored words and the unit extractor.
                    tokens = cut_with_offsets(text, enricher.tokenizer)
                    words.append({"story_id": story_id, "words": " ".join(segment_words(tokens))})
                    found = enricher.extract.extract_all(text, published, context, tokenizer=enricher.tokenizer,
                                                         tokens=tokens)
                except Exception as exc:  # one bad story must not stop the batch: it becomes a failure row
                    failures.append([run_id, "extract", story_id, f"{type(exc).__name__}: {exc}"])
                    continue
                base = {"story_id": story_id}
                rows["date_mentions"] += [{**base, **m.to_dict()} for m in found.dates]
                rows["count_mentions"] += [{**base, **m.to_dict()} for m in found.counts]
                rows["unit_mentions"] += [{**base, **m.to_dict()} for m in found.units]
            if enricher.classifier is not None:
                rows["story_labels"] = label_rows(enricher.classifier, batch, stats.labels)
            writer.add([b[0] for b in batch], rows, words, failures)
            stats.stories += len(batch) - len(failures)
            stats.failures += len(failures)
            stats.dates += len(rows["date_mentions"])
            stats.counts += len(rows["count_mentions"])
            stats.units += len(rows["unit_mentions"])
            if progress:
                done = offset + len(batch)
                rate = done / max(time.monotonic() - started, 1e-6)
                progress(f"process: {done}/{len(todo)} stories ({rate:.0f}/s), {writer.written} saved")
    writer.flush()
    return stats


class StoryWriter:
    """Buffers processed stories and writes them with `write_story_rows`, whole stories per transaction,
    when FLUSH_ROWS rows are waiting or FLUSH_SECONDS have passed since the last write."""

    def __init__(self, con: duckdb.DuckDBPyConnection, run_id: str, versions: Mapping[str, str], *, replace: bool,
                 max_rows: int = FLUSH_ROWS, max_seconds: float = FLUSH_SECONDS) -> None:
        self.con, self.run_id, self.versions, self.replace = con, run_id, versions, replace
        self.max_rows, self.max_seconds = max_rows, max_seconds
        self.written = 0  # stories committed so far
        self._clear()

    def _clear(self) -> None:
        self.story_ids: list[str] = []
        self.rows: dict[str, list[dict]] = {name: [] for name in MENTION_SCHEMAS}
        self.words: list[dict] = []
        self.failures: list[list] = []
        self.pending_rows = 0
        self.last_write = time.monotonic()

    def add(self, story_ids: list[str], rows: dict[str, list[dict]], words: list[dict], failures: list[list]) -> None:
        self.story_ids += story_ids
        for table, items in rows.items():
            self.rows[table] += items
            self.pending_rows += len(items)
        self.words += words
        self.failures += failures
        if self.pending_rows >= self.max_rows or time.monotonic() - self.last_write >= self.max_seconds:
            self.flush()

    def flush(self) -> None:
        if self.story_ids:
            write_story_rows(self.con, self.story_ids, self.rows, self.words, self.failures, self.run_id,
                             self.versions, replace=self.replace)
            self.written += len(self.story_ids)
        self._clear()


def label_rows(classifier, batch: list[tuple], tally: Counter) -> list[dict]:
    """`story_labels` rows for a batch of (story_id, title, text, …) tuples; counts each label in `tally`."""
    predictions = classifier.predict([{"title": title or "", "text": text or ""} for _, title, text, *_ in batch])
    rows = []
    for (story_id, *_), prediction in zip(batch, predictions):
        for head in ("action", "theme"):
            for label in prediction.get(head, []):
                rows.append({"story_id": story_id, "head": head, "label": label,
                             "score": prediction.get("scores", {}).get(f"{head}:{label}")})
                tally[f"{head}:{label}"] += 1
    return rows


def classify_stories(con: duckdb.DuckDBPyConnection, run_id: str, classifier=None,
                     progress: Callable[[str], None] | None = None) -> Counter:
    """Label every story again with the current model (after `make train`); mentions are left as they are."""
    if classifier is None:
        from nlp.classifier import load_model

        classifier = load_model()
    todo = con.execute("SELECT story_id, title, text FROM stories ORDER BY story_id").fetchall()
    tally: Counter = Counter()
    schema = MENTION_SCHEMAS["story_labels"]
    for offset in range(0, len(todo), BATCH):
        batch = todo[offset:offset + BATCH]
        rows = label_rows(classifier, batch, tally)
        with transaction(con,
                         batch_ids=pa.table({"story_id": [b[0] for b in batch]}),
                         batch_rows=pa.Table.from_pylist(rows, schema=schema)):
            con.execute("DELETE FROM story_labels WHERE story_id IN (SELECT story_id FROM batch_ids)")
            con.execute("INSERT INTO story_labels BY NAME SELECT *, ? AS model_version, ? AS run_id FROM batch_rows",
                        [classifier.version, run_id])
        if progress:
            progress(f"classify: {offset + len(batch)}/{len(todo)} stories")
    return tally


def write_story_rows(con: duckdb.DuckDBPyConnection, story_ids: list[str], rows: dict[str, list[dict]],
                     words: list[dict], failures: list[list], run_id: str, versions: Mapping[str, str], *,
                     replace: bool = True) -> None:
    """Store a batch of stories' words, mentions and labels in one transaction.

    `replace` first deletes the stories' earlier rows; it may be False only for stories never processed
    (nlp_run IS NULL), which hold no rows because every batch is written whole or not at all.
    """
    with transaction(con,
                     batch_ids=pa.table({"story_id": story_ids}),
                     batch_words=pa.Table.from_pylist(words, schema=WORDS_SCHEMA)):
        for table, schema in MENTION_SCHEMAS.items():
            if replace:
                con.execute(f"DELETE FROM {table} WHERE story_id IN (SELECT story_id FROM batch_ids)")
            con.register("batch_rows", pa.Table.from_pylist(rows[table], schema=schema))
            version_column = "model_version" if table == "story_labels" else "extractor_version"
            version = versions.get("model" if table == "story_labels" else "extractor")
            con.execute(f"INSERT INTO {table} BY NAME SELECT *, ? AS {version_column}, ? AS run_id FROM batch_rows",
                        [version, run_id])
            con.unregister("batch_rows")
        con.execute("""
            UPDATE stories SET words = w.words, nlp_run = ?
            FROM batch_words w WHERE stories.story_id = w.story_id
        """, [run_id])
        if failures:
            con.executemany("INSERT INTO failures (run_id, stage, story_id, kind, reason, failed_at) "
                            "VALUES (?, ?, ?, 'exception', ?, now())", failures)


def stderr_progress(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
