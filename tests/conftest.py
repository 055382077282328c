"""Fixtures shared by the whole suite."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# Third-party pages and gold data live beside the checkout, never inside it.
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"third-party corpus not present at {SHARED} (it is not shipped with the project)")
    return SHARED
