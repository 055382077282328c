"""The demo archive, generated and served over HTTP on 127.0.0.1 for the whole session, and crawled once."""
from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import duckdb
import pytest

from scripts.demo_archive.build import DEFAULT_SEED, build_site
from scripts.demo_archive.generate import write_site
from scripts.demo_archive.server import serve

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class DemoCrawl:
    site_dir: Path
    db: Path
    workdir: Path
    base_url: str
    manifest: dict
    gold: list[dict]
    stdout: str

    def connect(self) -> duckdb.DuckDBPyConnection:
        return duckdb.connect(str(self.db), read_only=True)


def run_module(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    site_dir = tmp_path_factory.mktemp("demo") / "site"
    write_site(build_site(DEFAULT_SEED), site_dir)
    return site_dir


@pytest.fixture(scope="session")
def demo_server(demo_site):
    with serve(demo_site) as server:
        yield server


@pytest.fixture(scope="session")
def demo_crawl(demo_site, demo_server, tmp_path_factory) -> DemoCrawl:
    work = tmp_path_factory.mktemp("crawl")
    db = work / "demo.duckdb"
    result = run_module("crawler", "crawl", "--site", "demo", "--base-url", demo_server.url + "/",
                        "--db", str(db), "--workdir", str(work / "work"), "--quiet")
    assert result.returncode == 0, f"crawl failed:\n{result.stdout}\n{result.stderr[-3000:]}"
    manifest = json.loads((demo_site / "MANIFEST.json").read_text(encoding="utf-8"))
    gold = [json.loads(line) for line in (demo_site / "GOLD.jsonl").read_text(encoding="utf-8").splitlines() if line]
    return DemoCrawl(demo_site, db, work / "work", demo_server.url, manifest, gold, result.stdout)
