"""`python -m warehouse COMMAND …`: migrate, process, reprocess, summary and SQL over the warehouse."""
from __future__ import annotations

import sys

from warehouse.cli import main

if __name__ == "__main__":
    sys.exit(main())
