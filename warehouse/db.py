"""Opening the warehouse: one writer that migrates, any number of read-only readers.

DuckDB lets one process write a file, and a writer cannot open it while a reader holds it. So writers retry for
a while on a lock, every writing command ends by publishing a snapshot copy (`<name>.snapshot.duckdb`), and
readers fall back to that snapshot while a refresh holds the live file.
"""
from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

import duckdb

from warehouse.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = Path("data/bulletins.duckdb")


LOCK_WAIT_SECONDS = 20.0


class WarehouseError(RuntimeError):
    """A problem with the warehouse file itself; the message names the file."""


class WarehouseBusy(WarehouseError):
    """Another process holds the warehouse file (a refresh writing, or a reader while we want to write)."""


def default_db() -> Path:
    return Path(os.environ.get("DB") or os.environ.get("BULLETIN_MINER_DB") or DEFAULT_DB)


def _open(path: Path, read_only: bool) -> duckdb.DuckDBPyConnection:
    if read_only and not path.exists():
        raise WarehouseError(f"{path}: no warehouse here yet (run `make demo` or `make crawl` first)")
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        message = str(exc).splitlines()[0]
        if "lock" in message.lower():
            raise WarehouseBusy(f"{path}: the warehouse is being written by another process ({message})") from exc
        raise WarehouseError(f"{path}: not a DuckDB warehouse this version can open ({message})") from exc
    except duckdb.Error as exc:
        raise WarehouseError(f"{path}: cannot open ({str(exc).splitlines()[0]})") from exc


def _open_waiting(path: Path, read_only: bool, wait: float) -> duckdb.DuckDBPyConnection:
    deadline = time.monotonic() + wait
    while True:
        try:
            return _open(path, read_only)
        except WarehouseBusy:
            if time.monotonic() >= deadline:
                raise
            time.sleep(0.25)


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'").fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


@contextmanager
def transaction(con: duckdb.DuckDBPyConnection, **tables: Any) -> Iterator[duckdb.DuckDBPyConnection]:
    """One transaction: COMMIT when the block ends, ROLLBACK on any error. Arrow tables given by keyword are
    registered under those names for the block (bulk `INSERT … SELECT` from them) and unregistered after."""
    for name, table in tables.items():
        con.register(name, table)
    con.execute("BEGIN TRANSACTION")
    try:
        yield con
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    finally:
        for name in tables:
            con.unregister(name)


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations the database lacks, each in its own transaction; returns the versions applied."""
    con.execute("CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, "
                "applied_at TIMESTAMP DEFAULT current_timestamp)")
    current = schema_version(con)
    if current > LATEST_VERSION:
        raise WarehouseError(f"database schema v{current} is newer than this bulletin-miner (v{LATEST_VERSION})")
    applied = []
    for migration in MIGRATIONS:
        if migration.version <= current:
            continue
        with transaction(con):
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [migration.version, migration.name])
        applied.append(migration.version)
    return applied


def connect(path: Path | str | None = None, *, read_only: bool = False,
            wait: float | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writable connection is migrated to the latest schema first.

    A writer waits up to `wait` seconds (default LOCK_WAIT_SECONDS) for a short reader to let go of the file.
    """
    path = Path(path) if path else default_db()
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    if wait is None:
        wait = 0.0 if read_only else float(os.environ.get("BULLETIN_MINER_LOCK_WAIT", LOCK_WAIT_SECONDS))
    con = _open_waiting(path, read_only, wait)
    if read_only:
        if schema_version(con) == 0:
            con.close()
            raise WarehouseError(f"{path}: a DuckDB file, but not a bulletin-miner warehouse")
        return con
    # Processing commits a batch every few seconds: checkpoint (rewrite the file from the WAL) less often.
    con.execute("SET checkpoint_threshold = '256MB'")
    con.execute("SET enable_progress_bar = false")
    if path.exists() and path.stat().st_size and schema_version(con) == 0:
        user_tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]
        if user_tables:
            con.close()
            raise WarehouseError(f"{path}: a DuckDB file holding other tables, not a bulletin-miner warehouse")
    migrate(con)
    return con


def snapshot_path(path: Path | str) -> Path:
    path = Path(path)
    return path.with_name(f"{path.stem}.snapshot{path.suffix or '.duckdb'}")


def publish_snapshot(con: duckdb.DuckDBPyConnection, path: Path | str) -> Path:
    """Copy the warehouse (checkpointed, while this writer still holds it) to its snapshot, atomically."""
    path = Path(path)
    target = snapshot_path(path)
    con.execute("CHECKPOINT")
    partial = target.with_name(target.name + ".partial")
    shutil.copyfile(path, partial)
    os.replace(partial, target)
    return target


@dataclass
class Reader:
    con: duckdb.DuckDBPyConnection
    path: Path
    note: str | None = None     # set when the snapshot is read instead of the live file


def snapshot_is_current(path: Path | str) -> bool:
    path, snap = Path(path), snapshot_path(path)
    return snap.exists() and (not path.exists() or snap.stat().st_mtime >= path.stat().st_mtime)


def open_for_reading(path: Path | str | None = None) -> Reader:
    """A read-only connection to the live warehouse, or to the published snapshot while the live file is busy."""
    path = Path(path) if path else default_db()
    snap = snapshot_path(path)
    try:
        con = connect(path, read_only=True)
        version = schema_version(con)
        note = None if version >= LATEST_VERSION else (
            f"{path} is at schema v{version}, this bulletin-miner expects v{LATEST_VERSION}: "
            "run `make migrate` for the views and tables added since")
        return Reader(con, path, note)
    except WarehouseBusy as busy:
        if not snap.exists():
            raise WarehouseBusy(f"{busy} and no snapshot has been published yet; try again when it has finished") \
                from busy
    stamp = datetime.fromtimestamp(snap.stat().st_mtime).strftime("%Y-%m-%d %H:%M")
    return Reader(connect(snap, read_only=True), snap,
                  f"{path} is being written (refresh running?); reading the snapshot published {stamp}")
