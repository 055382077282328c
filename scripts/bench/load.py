"""Rows per second loading NLP mentions into the warehouse, side by side with DuckDB reading the same rows from
Parquet, in one run; and the peak RSS.

    python -m scripts.bench.load [--articles 10000] [--batch 100]

The warehouse path is the one processing uses (`warehouse.process.StoryWriter`: stories handed over in steps of
`--batch`, written as whole stories in large transactions, Arrow tables in, mentions replaced per story). The baseline inserts the same rows from Parquet files
with `INSERT … SELECT * FROM read_parquet(…)` into an identical schema. Prints both rates and the ratio
(warehouse / parquet; the target is >= 0.5); it asserts nothing.
"""
from __future__ import annotations

import argparse
import random
import resource
import tempfile
import time
from datetime import date
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq

from warehouse import db as warehouse_db
from warehouse.articles import ARTICLE_SCHEMA, STORY_SCHEMA
from warehouse.process import BATCH, MENTION_SCHEMAS, StoryWriter

UNITS = ["富源县中安街道", "富源县胜境街道", "富源县爱国卫生运动委员会办公室", "富源县人民政府", "富源县卫生健康局"]
VERSIONS = {"extractor": "bench", "model": "bench"}
OBJECTS = ["志愿者", "宣传资料", "垃圾", "公厕", "农贸市场", None]


def generate(n_articles: int, seed: int = 7) -> tuple[list[dict], list[dict], dict[str, list[dict]]]:
    rng = random.Random(seed)
    articles, stories = [], []
    rows: dict[str, list[dict]] = {name: [] for name in MENTION_SCHEMAS}
    for i in range(n_articles):
        aid = f"{i:016x}"
        articles.append({"article_id": aid, "url": f"http://bench.example/art/{i}.html", "site": "bench",
                         "column_path": ["工作简报"], "title": f"简报{i}", "published_date": date(2021, 1 + i % 12, 1),
                         "page_id": f"p{i}", "version": 1, "withdrawn": False})
        for seq in range(1, rng.randint(1, 5) + 1):
            sid = f"{aid}:{seq}"
            stories.append({"story_id": sid, "article_id": aid, "seq": seq, "title": None, "text": "县爱卫办组织志愿者" * 20})
            for k in range(rng.randint(1, 4)):
                rows["date_mentions"].append({"story_id": sid, "start": k * 10, "end": k * 10 + 5, "text": "1月18日",
                                              "value": "2021-01-18", "kind": "absolute"})
            for k in range(rng.randint(0, 4)):
                rows["count_mentions"].append({"story_id": sid, "start": k * 10, "end": k * 10 + 4, "text": "200余名",
                                               "value": float(rng.randint(1, 2000)), "approx": bool(k % 2),
                                               "unit": "名", "object": rng.choice(OBJECTS)})
            for k in range(rng.randint(1, 6)):
                unit = rng.choice(UNITS)
                rows["unit_mentions"].append({"story_id": sid, "start": k * 10, "end": k * 10 + 4, "text": unit[3:],
                                              "canonical": unit, "type": "government", "title": None,
                                              "stance": rng.choice([None, None, "praised", "criticized"])})
            for label in rng.sample(["inspection", "cleanup", "volunteer", "publicity", "meeting"], 2):
                rows["story_labels"].append({"story_id": sid, "head": "action", "label": label, "score": 0.8})
    return articles, stories, rows


def _by_story(rows: dict[str, list[dict]]) -> dict[str, dict[str, list[dict]]]:
    out: dict[str, dict[str, list[dict]]] = {}
    for table, items in rows.items():
        for row in items:
            out.setdefault(row["story_id"], {t: [] for t in rows})[table].append(row)
    return out


def _warehouse(path: Path, articles: list[dict], stories: list[dict]) -> duckdb.DuckDBPyConnection:
    con = warehouse_db.connect(path)
    con.register("a", pa.Table.from_pylist(articles, schema=ARTICLE_SCHEMA))
    con.register("s", pa.Table.from_pylist(stories, schema=STORY_SCHEMA))
    con.execute("INSERT INTO articles BY NAME SELECT * FROM a")
    con.execute("INSERT INTO stories BY NAME SELECT * FROM s")
    return con


def load_warehouse(con: duckdb.DuckDBPyConnection, stories: list[dict], rows: dict[str, list[dict]],
                   batch: int, replace: bool = False) -> float:
    # The batches are assembled before the clock starts, as the Parquet files are written before theirs:
    # both sides are timed from rows in memory to rows in the database file.
    per_story = _by_story(rows)
    empty = {t: [] for t in rows}
    batches = []
    for offset in range(0, len(stories), batch):
        ids = [s["story_id"] for s in stories[offset:offset + batch]]
        batch_rows: dict[str, list[dict]] = {t: [] for t in rows}
        for sid in ids:
            for table, items in per_story.get(sid, empty).items():
                batch_rows[table] += items
        words = [{"story_id": sid, "words": "县 爱卫办 组织 志愿者"} for sid in ids]
        batches.append((ids, batch_rows, words))
    started = time.perf_counter()
    writer = StoryWriter(con, "bench-run", VERSIONS, replace=replace)
    for ids, batch_rows, words in batches:
        writer.add(ids, batch_rows, words, [])
    writer.flush()
    con.execute("CHECKPOINT")
    return time.perf_counter() - started


def load_parquet(con: duckdb.DuckDBPyConnection, files: dict[str, Path]) -> float:
    started = time.perf_counter()
    for table, path in files.items():
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM read_parquet('{path}')")
    con.execute("CHECKPOINT")   # both sides are timed until the rows are in the database file
    return time.perf_counter() - started


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3, help="rounds, sides taking turns; best of each counts")
    parser.add_argument("--batch", type=int, default=BATCH, help=f"stories per step handed to the writer (processing: {BATCH})")
    args = parser.parse_args(argv)
    articles, stories, rows = generate(args.articles)
    total = sum(len(v) for v in rows.values())
    ours_seconds = again_seconds = base_seconds = float("inf")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = {}
        for table, items in rows.items():
            files[table] = tmp / f"{table}.parquet"
            version_column = "model_version" if table == "story_labels" else "extractor_version"
            full = pa.Table.from_pylist(items, schema=MENTION_SCHEMAS[table])
            full = full.append_column(version_column, pa.array(["bench"] * full.num_rows, pa.string()))
            full = full.append_column("run_id", pa.array(["bench-run"] * full.num_rows, pa.string()))
            pq.write_table(full, files[table])
        # The two sides take turns, each in a fresh database; the best round of each counts (the machine is noisy).
        for round_no in range(args.rounds):
            ours = _warehouse(tmp / f"ours{round_no}.duckdb", articles, stories)
            ours_seconds = min(ours_seconds, load_warehouse(ours, stories, rows, args.batch))
            loaded = sum(ours.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in rows)
            # Reprocessing: the same rows again, each write replacing the stories' earlier rows.
            again_seconds = min(again_seconds, load_warehouse(ours, stories, rows, args.batch, replace=True))
            ours.close()
            base = _warehouse(tmp / f"base{round_no}.duckdb", articles, stories)
            base_seconds = min(base_seconds, load_parquet(base, files))
            base.close()
    assert loaded == total, f"loaded {loaded} of {total} rows"
    ours_rate, base_rate = total / ours_seconds, total / base_seconds
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.articles} articles, {len(stories)} stories, {total} mention and label rows, "
          f"best of {args.rounds} rounds")
    print(f"  warehouse (steps of {args.batch} stories)   {ours_rate:>12,.0f} rows/s  ({ours_seconds:.2f} s)")
    print(f"  duckdb from parquet                {base_rate:>12,.0f} rows/s  ({base_seconds:.2f} s)")
    print(f"  ratio warehouse / parquet          {ours_rate / base_rate:>12.2f}   (target >= 0.5)")
    print(f"  reprocess (delete + insert)        {total / again_seconds:>12,.0f} rows/s  "
          f"({again_seconds:.2f} s, ratio {total / again_seconds / base_rate:.2f})")
    print(f"  peak RSS                           {peak_mb:>12,.0f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
