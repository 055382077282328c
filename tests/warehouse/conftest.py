"""Fixtures of the warehouse tests: a small, fully populated warehouse file."""
from __future__ import annotations

from pathlib import Path

import pytest

from tests.warehouse import builders


@pytest.fixture
def small_db(tmp_path: Path) -> Path:
    return builders.build(tmp_path / "small.duckdb")
