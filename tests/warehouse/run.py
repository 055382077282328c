"""Run the warehouse CLI in a subprocess, as a researcher or cron would."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def warehouse(db: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "warehouse", "--db", str(db), *args], cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout)
