"""Command line of the warehouse. Errors (SQL included) become one line on stderr and exit code 1 or 2."""
from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

import duckdb

from warehouse import db as warehouse_db
from warehouse.process import stderr_progress

EXAMPLES = """examples:
  python -m warehouse process
  python -m warehouse summary --db data/bulletins.duckdb
  python -m warehouse query "SELECT title, published_date FROM articles ORDER BY published_date DESC LIMIT 5"
"""


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m warehouse", description=__doc__, epilog=EXAMPLES,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", type=Path, default=None, help="warehouse file (default: $DB or data/bulletins.duckdb)")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("migrate", help="upgrade the warehouse schema in place")
    proc = sub.add_parser("process", help="segment, extract and label stories not yet processed")
    proc.add_argument("--no-labels", action="store_true", help="skip the classifier")
    sub.add_parser("reprocess", help="re-parse raw pages and redo all extraction and labels, offline")
    sub.add_parser("summary", help="print what the warehouse holds")
    query = sub.add_parser("query", help="run SQL and print the result (read-only unless --write)")
    query.add_argument("sql")
    query.add_argument("--csv", action="store_true", help="print CSV instead of a table")
    query.add_argument("--write", action="store_true", help="allow statements that change the warehouse")
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
    from warehouse.summary import _table

    print(_table(rows, headers))
    print(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    path = args.db or warehouse_db.default_db()
    try:
        if args.command == "query":
            con = warehouse_db.connect(path, read_only=not args.write)
            try:
                _print_result(con.execute(args.sql), args.csv)
            except duckdb.Error as exc:
                message = str(exc).splitlines()[0]
                if not args.write and "read-only" in message.lower():
                    message += " (add --write to change the warehouse)"
                print(f"query: {message}", file=sys.stderr)
                return 1
            return 0
        if args.command == "summary":
            from warehouse.summary import summary

            con = warehouse_db.connect(path, read_only=True)
            print(summary(con))
            return 0
        con = warehouse_db.connect(path)
        if args.command == "migrate":
            print(f"{path}: schema at v{warehouse_db.schema_version(con)}")
        elif args.command == "process":
            from warehouse.pipeline import process

            run_id, stats = process(con, with_labels=not args.no_labels, progress=stderr_progress)
            print(f"{run_id}: {stats.stories} stories processed; {stats.dates} dates, {stats.counts} counts, "
                  f"{stats.units} unit mentions, {sum(stats.labels.values())} labels; {stats.failures} failures")
        elif args.command == "reprocess":
            from warehouse.pipeline import reprocess

            run_id, parsed, stats = reprocess(con, progress=stderr_progress)
            print(f"{run_id}: {parsed.articles_new + parsed.articles_changed + parsed.articles_unchanged} articles "
                  f"re-parsed, {stats.stories} stories re-processed; {stats.failures} failures")
        con.close()
    except warehouse_db.WarehouseError as exc:
        print(f"warehouse: {exc}", file=sys.stderr)
        return 2
    return 0
