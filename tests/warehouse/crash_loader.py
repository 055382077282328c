"""A loader run for the crash test: N generated articles written through the real writer, batch by batch.

python -m tests.warehouse.crash_loader DB N [REPEAT]   prints `batch K` after each committed batch.
"""
from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from tests.warehouse.builders import article_row
from warehouse import db as warehouse_db
from warehouse.articles import article_id, write_articles

BATCH = 25


def expected_stories(i: int) -> int:
    return i % 4 + 1


def generate(i: int, repeat: int = 200) -> tuple[dict, list[dict]]:
    key = f"crash{i:05d}"
    row = article_row(key, date(2021, 1 + i % 12, 1 + i % 28))
    aid = article_id(row["url"])
    stories = [{"story_id": f"{aid}:{s}", "article_id": aid, "seq": s, "title": f"第{s}条",
                "text": f"第{i}篇第{s}条：县爱卫办组织志愿者清理垃圾。" * repeat} for s in range(1, expected_stories(i) + 1)]
    return row, stories


def main(db: str, n: int, repeat: int = 200) -> None:
    con = warehouse_db.connect(Path(db))
    for batch, start in enumerate(range(0, n, BATCH), 1):
        articles, stories = [], []
        for i in range(start, min(n, start + BATCH)):
            row, items = generate(i, repeat)
            articles.append(row)
            stories += items
        write_articles(con, articles, stories)
        print(f"batch {batch}", flush=True)
    con.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]) if len(sys.argv) > 3 else 200)
