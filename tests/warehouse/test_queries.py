"""Every worked query in docs/queries.sql runs and answers on a small warehouse."""
from __future__ import annotations

import re
from pathlib import Path

import duckdb

ROOT = Path(__file__).resolve().parents[2]


def worked_queries() -> list[tuple[str, str]]:
    text = (ROOT / "docs" / "queries.sql").read_text(encoding="utf-8")
    blocks = re.split(r"^(?=-- Q\d+\.)", text, flags=re.M)[1:]
    out = []
    for block in blocks:
        title = block.splitlines()[0]
        sql = "\n".join(line for line in block.splitlines() if not line.lstrip().startswith("--")).strip()
        out.append((title, sql))
    return out


def test_there_are_ten_queries_each_one_statement():
    queries = worked_queries()
    assert [t.split(".")[0] for t, _ in queries] == [f"-- Q{i}" for i in range(1, 11)]
    assert all(sql.endswith(";") and sql.count(";") == 1 for _, sql in queries)


def test_every_query_answers(small_db):
    con = duckdb.connect(str(small_db), read_only=True)
    for title, sql in worked_queries():
        rows = con.execute(sql).fetchall()
        assert rows, f"{title}: no rows"
    q1 = worked_queries()[0][1]
    assert [r[1] for r in con.execute(q1).fetchall()] == [200.0, 80.0]
