"""Where bulletin-miner keeps its working files (caches, trained models)."""
from __future__ import annotations

import os
from pathlib import Path


def data_dir() -> Path:
    """The project's data folder: `$BULLETIN_MINER_DATA`, else `./data` under the working directory."""
    path = Path(os.environ.get("BULLETIN_MINER_DATA") or Path.cwd() / "data")
    path.mkdir(parents=True, exist_ok=True)
    return path


def cache_dir() -> Path:
    path = data_dir() / "cache"
    path.mkdir(parents=True, exist_ok=True)
    return path
