"""Fixtures shared by the demo-archive tests."""
from __future__ import annotations

from pathlib import Path

import pytest

from scripts.demo_archive.build import build_site
from scripts.demo_archive.generate import write_site


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo archive written to a fresh folder, once per test module."""
    root = tmp_path_factory.mktemp("demo") / "site"
    write_site(build_site(), root)
    return root
