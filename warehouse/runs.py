"""Run bookkeeping: every crawl and processing run gets an id and a row saying what it did."""
from __future__ import annotations

import json
import secrets
from datetime import datetime, timezone

import duckdb


def new_run_id(kind: str) -> str:
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S")
    return f"{kind}-{stamp}-{secrets.token_hex(3)}"


def record_run(con: duckdb.DuckDBPyConnection, run_id: str, kind: str, started_at: datetime, status: str,
               versions: dict, counts: dict) -> None:
    con.execute("INSERT OR REPLACE INTO runs VALUES (?, ?, ?, now(), ?, ?, ?)",
                [run_id, kind, started_at, status, json.dumps(versions, ensure_ascii=False),
                 json.dumps(counts, ensure_ascii=False, default=int)])
