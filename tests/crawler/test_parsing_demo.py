"""The demo archive (generated into a temporary folder) parses to its gold: fields, stories, issues, attachments."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.parsing import parse_page
from crawler.parsing.evaluate import FIELDS, evaluate, load_demo_gold, rate
from crawler.parsing.metadata import nows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def demo_site(tmp_path_factory) -> Path:
    if not (ROOT / "scripts" / "demo_archive" / "generate.py").exists():
        pytest.skip("demo archive generator not present")
    out = tmp_path_factory.mktemp("demo_site")
    subprocess.run([sys.executable, "-m", "scripts.demo_archive.generate", "--out", str(out)], cwd=ROOT, check=True,
                   capture_output=True)
    return out


def test_demo_gold_fields_all_parse(demo_site):
    results = evaluate(load_demo_gold(demo_site / "GOLD.jsonl"), ("ours",))
    scores = {name: rate(results["ours"], name) for name in FIELDS}
    assert scores == {name: 1.0 for name in FIELDS}, results["ours"].misses


def test_demo_attachments_and_broken_pages(demo_site):
    routes = json.loads((demo_site / "routes.json").read_text(encoding="utf-8"))
    seen_attachment = seen_error = False
    for line in (demo_site / "GOLD.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        route = routes.get(gold["url_path"])
        if route is None or not (demo_site / route["file"]).exists():
            continue
        page = parse_page((demo_site / route["file"]).read_bytes(), "http://demo.local" + gold["url_path"],
                          content_type=route.get("content_type"))
        if gold["status"] != 200:
            assert page.status != "article"
            seen_error = True
            continue
        want = sorted("http://demo.local" + a["url_path"] for a in gold["attachments"])
        assert sorted(a.url for a in page.attachments) == want, gold["url_path"]
        seen_attachment |= bool(want)
        assert [nows(s.text)[:30] for s in page.stories] == [nows(s["first30"]) for s in gold["stories"]]
    assert seen_attachment and seen_error
