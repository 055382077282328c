"""Command line of the warehouse. Errors (SQL included) become one line on stderr and exit code 1, 2 or 3."""
from __future__ import annotations

import argparse
import csv
import os
import shutil
import sys
from pathlib import Path

import duckdb

from warehouse import db as warehouse_db
from warehouse.process import FLUSH_SECONDS

EXAMPLES = """examples:
  python -m warehouse process
  python -m warehouse summary --db data/bulletins.duckdb
  python -m warehouse query "SELECT title, published_date FROM articles ORDER BY published_date DESC LIMIT 5"
  python -m warehouse kwic 志愿者 --whole-words
  python -m warehouse export --format dta --out exports/
  python -m warehouse refresh --site demo
  python -m warehouse sql
"""

EXIT_ERROR, EXIT_WAREHOUSE, EXIT_LOCKED = 1, 2, 3


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m warehouse", description=__doc__, epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=None, help="warehouse file (default: $DB or data/bulletins.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="upgrade the warehouse schema in place")
    proc = sub.add_parser("process", help="segment, extract and label stories not yet processed")
    proc.add_argument("--no-labels", action="store_true", help="skip the classifier")
    proc.add_argument("--commit-every", type=float, default=FLUSH_SECONDS, metavar="SECONDS",
                      help="commit processed stories at least this often (default %(default)s; a kill loses at most that)")
    sub.add_parser("reprocess", help="re-parse raw pages and redo all extraction and labels, offline")
    sub.add_parser("classify", help="label every story again with the current model (after `make train`)")
    sub.add_parser("summary", help="print what the warehouse holds")
    query = sub.add_parser("query", help="run SQL and print the result (read-only unless --write)")
    query.add_argument("sql")
    query.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    query.add_argument("--write", action="store_true", help="allow statements that change the warehouse")
    kwic = sub.add_parser("kwic", help="keyword in context: every occurrence of a term with article, date, URL")
    kwic.add_argument("term")
    kwic.add_argument("--width", type=int, default=20, help="characters of context on each side (default 20)")
    kwic.add_argument("--limit", type=int, default=50, help="at most this many lines (default 50)")
    kwic.add_argument("--whole-words", action="store_true", help="only occurrences that are jieba words")
    kwic.add_argument("--site", help="only this site")
    export = sub.add_parser("export", help="write every table and view plus a codebook to a folder")
    export.add_argument("--format", choices=("parquet", "csv", "dta"), default="parquet")
    export.add_argument("--out", type=Path, default=Path("exports"), help="folder (default exports/)")
    refresh = sub.add_parser("refresh", help="incremental crawl + process + snapshot + report, one at a time")
    refresh.add_argument("--site", action="append", default=[], help="site profile (repeatable; default: all)")
    refresh.add_argument("--base-url", help="passed to the crawler (e.g. the demo server's address)")
    refresh.add_argument("--workdir", type=Path, default=Path("data"), help="crawler staging folder (default data)")
    refresh.add_argument("--log", type=Path, default=None, help="log file (default: logs/refresh.log beside the db)")
    refresh.add_argument("--no-labels", action="store_true", help="skip the classifier")
    sub.add_parser("publish", help="publish the snapshot readers use while the warehouse is being written")
    sql = sub.add_parser("sql", help="open the DuckDB shell read-only (on the snapshot while a refresh runs)")
    sql.add_argument("--print-path", action="store_true", help="only print the file the shell would open")
    dictionary = sub.add_parser("dictionary", help="write docs/data_dictionary.md from the schema")
    dictionary.add_argument("--out", type=Path, default=Path("docs/data_dictionary.md"))
    return parser


def _print_result(cursor: duckdb.DuckDBPyConnection, as_csv: bool) -> None:
    if cursor.description is None:
        return
    headers = [d[0] for d in cursor.description]
    rows = cursor.fetchall()
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(headers)
        writer.writerows(rows)
        return
    from warehouse.summary import render_table

    print(render_table(rows, headers))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def _reader(path: Path) -> warehouse_db.Reader:
    reader = warehouse_db.open_for_reading(path)
    if reader.note:
        print(f"note: {reader.note}", file=sys.stderr)
    return reader


def _query(path: Path, args: argparse.Namespace) -> int:
    con = warehouse_db.connect(path) if args.write else _reader(path).con
    try:
        _print_result(con.execute(args.sql), args.csv)
    except duckdb.Error as exc:
        message = str(exc).splitlines()[0]
        if not args.write and "read-only" in message.lower():
            message += " (add --write to change the warehouse)"
        print(f"query: {message}", file=sys.stderr)
        return EXIT_ERROR
    if args.write:
        warehouse_db.publish_snapshot(con, path)
    return 0


def _shell_target(path: Path) -> Path:
    """The snapshot when it is current or the live file is busy; a fresh snapshot otherwise, so an open shell
    never holds the live file and blocks the next refresh."""
    if warehouse_db.snapshot_is_current(path):
        return warehouse_db.snapshot_path(path)
    try:
        con = warehouse_db.connect(path, wait=0)
    except warehouse_db.WarehouseBusy:
        return _reader(path).path
    try:
        return warehouse_db.publish_snapshot(con, path)
    finally:
        con.close()


def _sql(path: Path, args: argparse.Namespace) -> int:
    if not path.exists():
        raise warehouse_db.WarehouseError(f"{path}: no warehouse here yet (run `make demo` or `make crawl` first)")
    target = _shell_target(path)
    if args.print_path:
        print(target)
        return 0
    binary = Path(sys.executable).with_name("duckdb")
    if not binary.exists():
        found = shutil.which("duckdb")
        if not found:
            print("sql: the duckdb shell is not installed (pip install duckdb-cli)", file=sys.stderr)
            return EXIT_ERROR
        binary = Path(found)
    os.execv(binary, [str(binary), "-readonly", str(target)])
    return 0  # not reached


def _refresh(path: Path, args: argparse.Namespace) -> int:
    from warehouse.refresh import configured_sites, default_log, lock_path, refresh, refresh_lock

    sites = args.site or configured_sites()
    log_path = args.log or default_log(path)
    log_path.parent.mkdir(parents=True, exist_ok=True)
    with refresh_lock(lock_path(path)), open(log_path, "a", encoding="utf-8") as log:
        report = refresh(path, sites, log, workdir=args.workdir, with_labels=not args.no_labels,
                         crawl_args=["--base-url", args.base_url] if args.base_url else [])
    print(report.text())
    print(f"  log: {log_path}")
    return EXIT_ERROR if report.failed_sites else 0


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = args.db or warehouse_db.default_db()
    try:
        if args.command == "query":
            return _query(path, args)
        if args.command == "summary":
            from warehouse.summary import summary

            print(summary(_reader(path).con))
            return 0
        if args.command == "kwic":
            from warehouse.kwic import kwic, render

            lines = kwic(_reader(path).con, args.term, width=args.width, limit=args.limit,
                         whole_words=args.whole_words, site=args.site)
            if lines:
                print(render(lines, args.width))
            print(f"({len(lines)} occurrence{'s' if len(lines) != 1 else ''}"
                  f"{', limit reached' if len(lines) >= args.limit else ''})", file=sys.stderr)
            return 0
        if args.command == "export":
            from warehouse.export import export

            reader = _reader(path)
            files = export(reader.con, args.out, args.format, source=str(reader.path))
            print(f"{len(files)} files ({args.format}) and codebook.md written to {args.out}/")
            return 0
        if args.command == "sql":
            return _sql(path, args)
        if args.command == "refresh":
            return _refresh(path, args)
        if args.command == "dictionary":
            from warehouse.data_dictionary import write

            print(f"{write(args.out)} written")
            return 0
        con = warehouse_db.connect(path)
        if args.command == "migrate":
            print(f"{path}: schema at v{warehouse_db.schema_version(con)}")
        elif args.command == "process":
            from warehouse.pipeline import process
            from warehouse.process import stderr_progress

            run_id, stats = process(con, with_labels=not args.no_labels, progress=stderr_progress,
                                    commit_every=args.commit_every)
            print(f"{run_id}: {stats.stories} stories processed; {stats.dates} dates, {stats.counts} counts, "
                  f"{stats.units} unit mentions, {sum(stats.labels.values())} labels; {stats.failures} failures")
        elif args.command == "reprocess":
            from warehouse.pipeline import reprocess
            from warehouse.process import stderr_progress

            run_id, parsed, stats = reprocess(con, progress=stderr_progress)
            print(f"{run_id}: {parsed.articles_new + parsed.articles_changed + parsed.articles_unchanged} articles "
                  f"re-parsed, {stats.stories} stories re-processed; {stats.failures} failures")
        elif args.command == "classify":
            from warehouse.pipeline import classify
            from warehouse.process import stderr_progress

            run_id, tally = classify(con, progress=stderr_progress)
            print(f"{run_id}: {sum(tally.values())} labels on "
                  f"{con.execute('SELECT count(*) FROM stories').fetchone()[0]} stories")
        warehouse_db.publish_snapshot(con, path)
        con.close()
    except warehouse_db.WarehouseError as exc:
        from warehouse.refresh import RefreshLocked

        print(f"{args.command}: {exc}", file=sys.stderr)
        return EXIT_LOCKED if isinstance(exc, RefreshLocked) else EXIT_WAREHOUSE
    except ValueError as exc:
        print(f"{args.command}: {exc}", file=sys.stderr)
        return EXIT_ERROR
    return 0
