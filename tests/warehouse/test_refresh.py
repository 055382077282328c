"""Refresh: one at a time, a log, non-zero exit when a site fails, and readers served during a write."""
from __future__ import annotations

import subprocess
import sys

import duckdb
import pytest

from tests.warehouse.run import ROOT, warehouse
from warehouse import db as warehouse_db
from warehouse.cli import main
from warehouse.refresh import lock_path, refresh_lock


def test_second_refresh_exits_at_once_with_a_clear_message(small_db):
    with refresh_lock(lock_path(small_db)):
        result = warehouse(small_db, "refresh", "--site", "demo", timeout=60)
    assert result.returncode == 3
    assert "another refresh is running" in result.stderr and "pid" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_failed_site_gives_nonzero_exit_a_log_and_a_snapshot(small_db, tmp_path, capsys):
    log = tmp_path / "refresh.log"
    code = main(["--db", str(small_db), "refresh", "--site", "no-such-site", "--no-labels", "--log", str(log),
                 "--workdir", str(tmp_path / "work")])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAILED for no-such-site" in out and "new articles" in out
    text = log.read_text(encoding="utf-8")
    assert "crawler crawl --site no-such-site" in text and "no-such-site" in text.split("$", 1)[1]
    snapshot = warehouse_db.snapshot_path(small_db)
    assert snapshot.exists()
    con = duckdb.connect(str(small_db), read_only=True)
    kind, status = con.execute("SELECT kind, status FROM runs WHERE kind = 'refresh'").fetchone()
    assert (kind, status) == ("refresh", "failed")
    con.close()
    # The lock was released: the next refresh can start.
    with refresh_lock(lock_path(small_db)):
        pass


def _hold_writer(db):
    """A separate process holding the warehouse for writing, as a refresh does while it processes."""
    code = ("import sys, time; from warehouse import db; c = db.connect(sys.argv[1]); "
            "print('ready', flush=True); time.sleep(60)")
    proc = subprocess.Popen([sys.executable, "-c", code, str(db)], cwd=ROOT, stdout=subprocess.PIPE, text=True)
    assert proc.stdout.readline().strip() == "ready"
    return proc


def test_readers_use_the_snapshot_while_the_warehouse_is_written(small_db, capsys):
    assert main(["--db", str(small_db), "publish"]) == 0
    writer = _hold_writer(small_db)
    try:
        code = main(["--db", str(small_db), "query", "SELECT count(*) AS n FROM v_stories"])
        out = capsys.readouterr()
        assert code == 0 and out.out.split()[:2] == ["n", "4"]
        assert "reading the snapshot" in out.err
        assert main(["--db", str(small_db), "kwic", "志愿者"]) == 0
        assert "【志愿者】" in capsys.readouterr().out
    finally:
        writer.kill()
        writer.wait()


def test_busy_without_snapshot_is_a_clear_error(small_db, capsys):
    warehouse_db.snapshot_path(small_db).unlink(missing_ok=True)
    writer = _hold_writer(small_db)
    try:
        code = main(["--db", str(small_db), "query", "SELECT 1"])
        err = capsys.readouterr().err
        assert code == 2 and "being written by another process" in err and "no snapshot" in err
    finally:
        writer.kill()
        writer.wait()


@pytest.mark.slow
def test_refresh_of_the_demo_archive_reports_what_is_new(tmp_path):
    from scripts.demo_archive.build import DEFAULT_SEED, build_site
    from scripts.demo_archive.generate import write_site
    from scripts.demo_archive.server import serve

    site = tmp_path / "site"
    write_site(build_site(DEFAULT_SEED), site)
    db = tmp_path / "demo.duckdb"
    with serve(site) as server:
        args = ("refresh", "--site", "demo", "--base-url", server.url + "/", "--workdir", str(tmp_path / "work"),
                "--log", str(tmp_path / "refresh.log"))
        first = warehouse(db, *args, timeout=900)
        assert first.returncode == 0, first.stdout + first.stderr
        new = int(next(line for line in first.stdout.splitlines() if "new articles" in line).split()[-1])
        assert new > 0
        second = warehouse(db, *args, timeout=900)
        assert second.returncode == 0, second.stdout + second.stderr
        assert "new articles            0" in second.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM units").fetchone()[0] > 0
    assert con.execute("SELECT count(*) FROM stories WHERE nlp_run IS NULL").fetchone() == (0,)
