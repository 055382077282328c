"""`make demo`: the whole pipeline on the bundled demo archive, offline.

Generates the archive, serves it on 127.0.0.1 (a free port), crawls it with the real spider, parses,
segments, extracts and labels, loads DuckDB, stops the server and prints a summary.
"""
from __future__ import annotations

import argparse
import shutil
import sys
import time
from pathlib import Path

DEMO_SITE = Path("data/demo_site")
DEMO_WORK = Path("data/demo_work")


class DemoError(RuntimeError):
    pass


def _fresh_db(path: Path) -> None:
    """The demo rebuilds its warehouse each run (the server's port, part of every URL, changes), but never
    deletes a warehouse that holds another site's articles."""
    if not path.exists():
        return
    from warehouse import db as warehouse_db

    try:
        con = warehouse_db.connect(path, read_only=True)
        other = con.execute("SELECT count(*) FROM articles WHERE site <> 'demo'").fetchone()[0]
        con.close()
    except warehouse_db.WarehouseError as exc:
        raise DemoError(f"{exc}; give another DB=… for the demo") from exc
    if other:
        raise DemoError(f"{path} holds {other} articles of other sites; run the demo with DB=data/demo.duckdb")
    path.unlink()
    wal = path.with_name(path.name + ".wal")
    if wal.exists():
        wal.unlink()


def run(db: Path, site_dir: Path = DEMO_SITE, workdir: Path = DEMO_WORK, out=sys.stdout) -> int:
    from crawler.run import CrawlOptions, run_crawl
    from scripts.demo_archive.build import DEFAULT_SEED, build_site
    from scripts.demo_archive.generate import write_site
    from scripts.demo_archive.server import serve
    from warehouse import db as warehouse_db
    from warehouse.pipeline import process
    from warehouse.process import stderr_progress
    from warehouse.summary import summary

    started = time.monotonic()
    _fresh_db(db)
    shutil.rmtree(workdir, ignore_errors=True)
    print(f"[1/4] generating the demo archive in {site_dir}", file=sys.stderr)
    write_site(build_site(DEFAULT_SEED), site_dir)
    with serve(site_dir) as server:
        print(f"[2/4] crawling {server.url}/ with the archive spider", file=sys.stderr)
        crawl = run_crawl(CrawlOptions(db=db, site="demo", base_url=server.url + "/", workdir=workdir,
                                       resume=False, progress_interval=2.0))
    print(crawl.table(), file=out)
    print("[3/4] segmenting, extracting and labelling stories", file=sys.stderr)
    con = warehouse_db.connect(db)
    try:
        run_id, stats = process(con, progress=stderr_progress)
        print(f"[4/4] {run_id}: {stats.stories} stories processed, {stats.failures} failures", file=sys.stderr)
        print(file=out)
        print(summary(con), file=out)
    finally:
        con.close()
    print(f"\nwarehouse: {db}   ({time.monotonic() - started:.0f} s)", file=out)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scripts.demo", description=__doc__)
    parser.add_argument("--db", type=Path, default=Path("data/bulletins.duckdb"))
    parser.add_argument("--site-dir", type=Path, default=DEMO_SITE)
    args = parser.parse_args(argv)
    try:
        return run(args.db, args.site_dir)
    except DemoError as exc:
        print(f"demo: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
