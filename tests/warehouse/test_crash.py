"""SIGKILL during loading or processing leaves only whole articles and stories; the next run completes."""
from __future__ import annotations

import signal
import subprocess
import sys

import duckdb
import pytest

from tests.warehouse.crash_loader import BATCH, expected_stories, generate
from tests.warehouse.run import ROOT

N = 400


def _kill_after(command: list[str], marker: str) -> None:
    proc = subprocess.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stdout:
        if line.startswith(marker):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, "the run finished before it could be killed"


def _article_shapes(db) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT a.url, count(s.story_id) FROM articles a LEFT JOIN stories s "
                                "USING (article_id) GROUP BY a.url").fetchall())
    finally:
        con.close()


def test_killed_loader_leaves_whole_articles_and_rerun_completes(tmp_path):
    db = tmp_path / "crash.duckdb"
    loader = [sys.executable, "-m", "tests.warehouse.crash_loader", str(db), str(N)]
    _kill_after(loader, "batch 3")
    shapes = _article_shapes(db)
    expected = {generate(i)[0]["url"]: expected_stories(i) for i in range(N)}
    assert 3 * BATCH <= len(shapes) < N
    assert len(shapes) % BATCH == 0                     # whole batches only
    assert all(shapes[url] == expected[url] for url in shapes)
    rerun = subprocess.run(loader, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert rerun.returncode == 0, rerun.stderr
    assert _article_shapes(db) == expected


@pytest.mark.slow
def test_killed_processing_leaves_whole_stories_and_next_run_completes(tmp_path):
    db = tmp_path / "crash.duckdb"
    subprocess.run([sys.executable, "-m", "tests.warehouse.crash_loader", str(db), "500", "1"], cwd=ROOT, check=True,
                   capture_output=True, timeout=300)
    process = [sys.executable, "-m", "warehouse", "--db", str(db), "process", "--no-labels", "--commit-every", "0"]
    proc = subprocess.Popen(process, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    for line in proc.stderr:
        # Kill once some stories are committed and more are on the way.
        if line.startswith("process: ") and not line.rstrip().endswith(" 0 saved"):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait(timeout=300)
    con = duckdb.connect(str(db), read_only=True)
    done, total = con.execute("SELECT count(nlp_run), count(*) FROM stories").fetchone()
    assert 0 < done < total
    # Mentions only for processed stories, and every processed story has its words.
    stray = con.execute("SELECT count(*) FROM unit_mentions m JOIN stories s USING (story_id) "
                        "WHERE s.nlp_run IS NULL").fetchone()[0]
    assert stray == 0
    assert con.execute("SELECT count(*) FROM stories WHERE nlp_run IS NOT NULL AND words IS NULL").fetchone() == (0,)
    con.close()
    finish = subprocess.run(process, cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert finish.returncode == 0, finish.stderr
    assert f"{total - done} stories processed" in finish.stdout
    con = duckdb.connect(str(db), read_only=True)
    assert con.execute("SELECT count(*) FROM stories WHERE nlp_run IS NULL").fetchone() == (0,)
