"""Opening the warehouse: one writer that migrates, any number of read-only readers."""
from __future__ import annotations

import os
from pathlib import Path

import duckdb

from warehouse.schema import LATEST_VERSION, MIGRATIONS

DEFAULT_DB = Path("data/bulletins.duckdb")


class WarehouseError(RuntimeError):
    """A problem with the warehouse file itself; the message names the file."""


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
            raise WarehouseError(f"{path}: the warehouse is being written by another process ({message})") from exc
        raise WarehouseError(f"{path}: not a DuckDB warehouse this version can open ({message})") from exc
    except duckdb.Error as exc:
        raise WarehouseError(f"{path}: cannot open ({str(exc).splitlines()[0]})") from exc


def schema_version(con: duckdb.DuckDBPyConnection) -> int:
    exists = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name = 'schema_migrations'").fetchone()[0]
    if not exists:
        return 0
    return con.execute("SELECT coalesce(max(version), 0) FROM schema_migrations").fetchone()[0]


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
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute("INSERT INTO schema_migrations (version, name) VALUES (?, ?)",
                        [migration.version, migration.name])
            con.execute("COMMIT")
        except Exception:
            con.execute("ROLLBACK")
            raise
        applied.append(migration.version)
    return applied


def connect(path: Path | str | None = None, *, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; a writable connection is migrated to the latest schema first."""
    path = Path(path) if path else default_db()
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    con = _open(path, read_only)
    if read_only:
        if schema_version(con) == 0:
            con.close()
            raise WarehouseError(f"{path}: a DuckDB file, but not a bulletin-miner warehouse")
        return con
    if path.exists() and path.stat().st_size and schema_version(con) == 0:
        user_tables = con.execute("SELECT count(*) FROM information_schema.tables").fetchone()[0]
        if user_tables:
            con.close()
            raise WarehouseError(f"{path}: a DuckDB file holding other tables, not a bulletin-miner warehouse")
    migrate(con)
    return con
