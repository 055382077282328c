"""Fixtures of the warehouse tests: a small, fully populated warehouse file (built once, copied per test)."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.warehouse import builders


@pytest.fixture(scope="session")
def small_db_template(tmp_path_factory) -> Path:
    return builders.build(tmp_path_factory.mktemp("template") / "small.duckdb")


@pytest.fixture
def small_db(small_db_template: Path, tmp_path: Path) -> Path:
    path = tmp_path / "small.duckdb"
    shutil.copyfile(small_db_template, path)
    return path
