"""The CLI on good and bad input: one clear line and an exit code, never a traceback."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from tests.warehouse.run import warehouse
from warehouse.cli import main


def run(capsys, db: Path, *args: str) -> tuple[int, str, str]:
    code = main(["--db", str(db), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_query_prints_a_table_and_csv(small_db, capsys):
    code, out, _ = run(capsys, small_db, "query", "SELECT count(*) AS n FROM v_stories")
    assert code == 0 and out.split() == ["n", "4", "(1", "row)"]
    code, out, _ = run(capsys, small_db, "query", "SELECT site, count(*) AS n FROM articles GROUP BY site", "--csv")
    assert out.splitlines() == ["site,n", "demo,3"]


def test_sql_error_is_one_line(small_db):
    result = warehouse(small_db, "query", "SELEC title FROM articles")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("query: Parser Error")
    assert "Traceback" not in result.stderr


def test_query_refuses_writes_without_write_flag(small_db, capsys):
    code, _, err = run(capsys, small_db, "query", "DELETE FROM articles")
    assert code == 1 and "add --write" in err
    assert duckdb.connect(str(small_db), read_only=True).execute("SELECT count(*) FROM articles").fetchone() == (3,)
    code, _, _ = run(capsys, small_db, "query", "DELETE FROM failures", "--write")
    assert code == 0
    assert duckdb.connect(str(small_db), read_only=True).execute("SELECT count(*) FROM failures").fetchone() == (0,)


@pytest.mark.parametrize("content", [b"", b"this is not a database at all" * 100, b"DUCK" + bytes(range(256)) * 64])
def test_corrupt_file_gives_a_clear_error(tmp_path, capsys, content):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(content)
    for args in (("query", "SELECT 1"), ("summary",), ("process", "--no-labels"), ("kwic", "县")):
        code, _, err = run(capsys, bad, *args)
        assert code == 2, err
        assert str(bad) in err and len(err.strip().splitlines()) == 1
    assert bad.read_bytes() == content


def test_foreign_duckdb_file_is_refused_and_left_alone(tmp_path, capsys):
    foreign = tmp_path / "other.duckdb"
    con = duckdb.connect(str(foreign))
    con.execute("CREATE TABLE sales (id INTEGER)")
    con.close()
    for args in (("query", "SELECT 1"), ("migrate",)):
        code, _, err = run(capsys, foreign, *args)
        assert code == 2 and "not a bulletin-miner warehouse" in err
    tables = duckdb.connect(str(foreign), read_only=True).execute("SHOW TABLES").fetchall()
    assert tables == [("sales",)]


def test_missing_file_says_so(tmp_path, capsys):
    code, _, err = run(capsys, tmp_path / "none.duckdb", "kwic", "志愿者")
    assert code == 2 and "no warehouse here yet" in err


def test_kwic_cli_prints_context_lines(small_db, capsys):
    code, out, _ = run(capsys, small_db, "kwic", "督办单", "--width", "6")
    assert code == 0
    assert "【督办单】" in out and "2021-01-19" in out and "/article/a1.html" in out


def test_real_duckdb_cli_reads_the_warehouse(small_db):
    binary = Path(sys.executable).with_name("duckdb")
    if not binary.exists():
        pytest.skip(f"duckdb-cli is not installed beside {sys.executable}")
    result = subprocess.run([str(binary), "-readonly", "-list", str(small_db), "-c",
                             "SELECT unit, balance FROM v_unit_stance ORDER BY balance, unit"],
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[1:] == ["富源县胜境街道|-1", "富源县爱国卫生运动委员会办公室|0", "富源县中安街道|1"]
    target = warehouse(small_db, "sql", "--print-path")
    assert target.returncode == 0 and target.stdout.strip().endswith("small.snapshot.duckdb")
    snapshot = subprocess.run([str(binary), "-readonly", "-list", target.stdout.strip(), "-c",
                               "SELECT count(*) FROM v_stories"], capture_output=True, text=True, timeout=60)
    assert snapshot.stdout.splitlines()[-1] == "4"


def test_export_cli_writes_files_and_codebook(small_db, tmp_path, capsys):
    out_dir = tmp_path / "exports"
    code, out, _ = run(capsys, small_db, "export", "--format", "csv", "--out", str(out_dir))
    assert code == 0 and "codebook.md" in out
    assert (out_dir / "v_coverage.csv").read_bytes().startswith(b"\xef\xbb\xbfsite,column_name,month")
    with pytest.raises(SystemExit) as unknown:     # argparse refuses a format it does not know
        main(["--db", str(small_db), "export", "--format", "xlsx"])
    assert unknown.value.code == 2 and "invalid choice" in capsys.readouterr().err
