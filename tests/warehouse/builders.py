"""Small warehouses for tests: articles and stories through the real writer, NLP rows inserted as data."""
from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import duckdb

from warehouse import db as warehouse_db
from warehouse.articles import article_id, write_articles
from warehouse.units_registry import rebuild_units

SITE = "demo"
BASE = "http://127.0.0.1:8000"
COLUMN = ["专题专栏", "爱卫创卫", "工作简报"]
LIST_URL = f"{BASE}/article/lists/45.html"

STORIES = {
    # url tail: (published, [(story title, story text, words)])
    "a1": (date(2021, 1, 19), [
        ("县城区开展环境卫生大扫除", "1月18日，县爱卫办组织200余名志愿者清理城区垃圾。中安街道表现突出，受到通报表扬。",
         "1月 18日 ， 县爱卫办 组织 200 余名 志愿者 清理 城区 垃圾 。 中安街道 表现 突出 ， 受到 通报表扬 。"),
        ("县督查组暗访农贸市场", "县督查组暗访发现胜境街道农贸市场卫生死角较多，已下发督办单限期整改。",
         "县 督查组 暗访 发现 胜境街道 农贸市场 卫生死角 较多 ， 已 下发 督办单 限期整改 。"),
    ]),
    "a2": (date(2021, 3, 2), [
        ("志愿服务进社区", "3月1日，中安街道组织志愿者80名开展入户宣传，发放宣传资料1500份。",
         "3月 1日 ， 中安街道 组织 志愿者 80 名 开展 入户宣传 ， 发放 宣传资料 1500 份 。"),
    ]),
    "a3": (date(2021, 3, 20), [
        ("县政府召开常务会议", "县政府召开常务会议，研究部署财政预算工作。", "县政府 召开 常务会议 ， 研究 部署 财政预算 工作 。"),
    ]),
}

# (story key, start, end, text, canonical, type, stance)
UNITS = [
    ("a1:1", 6, 10, "县爱卫办", "富源县爱国卫生运动委员会办公室", "government", None),
    ("a1:1", 28, 32, "中安街道", "富源县中安街道", "township", "praised"),
    ("a1:2", 9, 13, "胜境街道", "富源县胜境街道", "township", "criticized"),
    ("a2:1", 5, 9, "中安街道", "富源县中安街道", "township", None),
]
COUNTS = [("a1:1", 13, 17, "200余名", 200.0, True, "名", "志愿者"),
          ("a2:1", 15, 18, "80名", 80.0, False, "名", "志愿者"),
          ("a2:1", 30, 35, "1500份", 1500.0, False, "份", "宣传资料")]
LABELS = [("a1:1", "action", "cleanup"), ("a1:1", "action", "volunteer"), ("a1:1", "theme", "garbage"),
          ("a1:2", "action", "inspection"), ("a1:2", "action", "enforcement"), ("a1:2", "theme", "markets"),
          ("a2:1", "action", "volunteer"), ("a2:1", "action", "publicity"), ("a2:1", "theme", "participation")]


def url(key: str) -> str:
    return f"{BASE}/article/{key}.html"


def story_id(key: str) -> str:
    tail, seq = key.split(":")
    return f"{article_id(url(tail))}:{seq}"


def article_row(key: str, published: date, *, run_id: str = "crawl-test", page_id: str | None = None) -> dict:
    return {
        "article_id": article_id(url(key)), "url": url(key), "site": SITE, "column_path": COLUMN,
        "title": f"工作简报 {key}", "published_at": datetime.combine(published, datetime.min.time()),
        "published_date": published, "source": "县爱卫办", "author": None, "views": 10, "body_text": "…",
        "issue_year": published.year, "issue_no": 1, "issue_total": None, "county_context": "云南省曲靖市富源县",
        "admin_code": None, "page_id": page_id or f"page-{key}", "version": 1, "parser_version": "test",
        "parse_stages": "{}", "warnings": [], "first_seen_run": run_id, "updated_run": run_id, "withdrawn": False,
    }


def build(path: Path) -> Path:
    """A three-article warehouse with mentions, labels, listings, a failed and an unfetched listed page."""
    con = warehouse_db.connect(path)
    try:
        populate(con)
    finally:
        con.close()
    return path


def populate(con: duckdb.DuckDBPyConnection) -> None:
    articles, stories = [], []
    for key, (published, items) in STORIES.items():
        articles.append(article_row(key, published))
        for seq, (title, text, _) in enumerate(items, 1):
            stories.append({"story_id": f"{article_id(url(key))}:{seq}", "article_id": article_id(url(key)),
                            "seq": seq, "title": title, "text": text})
    write_articles(con, articles, stories)
    for key, (_, items) in STORIES.items():
        for seq, (_, _, words) in enumerate(items, 1):
            con.execute("UPDATE stories SET words = ?, nlp_run = 'process-test' WHERE story_id = ?",
                        [words, story_id(f"{key}:{seq}")])
    con.executemany("INSERT INTO unit_mentions VALUES (?, ?, ?, ?, ?, ?, NULL, ?, 'units-test', 'process-test')",
                    [[story_id(k), s, e, t, c, ty, st] for k, s, e, t, c, ty, st in UNITS])
    con.executemany("INSERT INTO count_mentions VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'counts-test', 'process-test')",
                    [[story_id(k), s, e, t, v, a, u, o] for k, s, e, t, v, a, u, o in COUNTS])
    con.executemany("INSERT INTO story_labels VALUES (?, ?, ?, 0.9, 'model-test', 'process-test')",
                    [[story_id(k), h, lab] for k, h, lab in LABELS])
    con.execute("INSERT INTO date_mentions VALUES (?, 0, 5, '1月18日', '2021-01-18', 'absolute', 'dates-test', "
                "'process-test')", [story_id("a1:1")])
    con.execute("INSERT INTO crawl_runs (run_id, site, status, started_at, finished_at) "
                "VALUES ('crawl-test', ?, 'finished', now(), now())", [SITE])
    listed = [("a1", date(2021, 1, 19)), ("a2", date(2021, 3, 2)), ("a3", date(2021, 3, 20)),
              ("a4", date(2021, 3, 25)), ("a5", date(2021, 4, 2))]
    con.executemany("INSERT INTO listings VALUES ('crawl-test', ?, ?, '标题', ?, now())",
                    [[LIST_URL, url(k), d] for k, d in listed])
    # a4 failed to fetch; a5 was listed but never fetched.
    con.execute("INSERT INTO failures (run_id, stage, url, kind, reason, failed_at) "
                "VALUES ('crawl-test', 'fetch', ?, 'http_500', 'HTTP 500', now())", [url("a4")])
    con.execute("INSERT INTO runs VALUES ('process-test', 'process', now(), now(), 'finished', ?, '{}')",
                [json.dumps({"extractor": "test"})])
    rebuild_units(con, "process-test")
