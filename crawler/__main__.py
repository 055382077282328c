"""`python -m crawler COMMAND …`: crawl a site into the warehouse, or parse one saved page."""
from __future__ import annotations

import sys

from crawler.cli import main

if __name__ == "__main__":
    sys.exit(main())
