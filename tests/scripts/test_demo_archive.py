"""The generated demo site meets the contract in the demo spec: counts, layouts, encodings,
deliberate breakage and a gold file that agrees with the pages."""
from __future__ import annotations

import io
import re
from collections import Counter
from pathlib import Path

import docx
import pytest
from pdfminer.high_level import extract_text

from scripts.demo_archive.build import build_site
from scripts.demo_archive.generate import OutputFolderError, main, write_site
from tests.scripts.demo_site_helpers import body_text, load_gold, load_routes, nows, page_text

ISSUE_TITLE = re.compile(r"^富源县创建国家卫生县城及推进爱国卫生“7个专项行动” 工作简报\((\d{4})年第(\d+)期\)$")
BULLETIN_ITEM = re.compile(
    r'<li><a href="/article/description/(\d+)\.html" title="([^"]+)">([^<]+)</a><span class="date">(\d{4}-\d\d-\d\d)</span></li>'
)
NEWS_ITEM = re.compile(r'<li><a href="(\./\d{6}/t\d{8}_\d+\.html)"[^>]*>([^<]+)</a><span>(\d{4}-\d\d-\d\d)</span></li>')


@pytest.fixture(scope="module")
def gold(site: Path) -> list[dict]:
    return load_gold(site)


@pytest.fixture(scope="module")
def routes(site: Path) -> dict[str, dict]:
    return load_routes(site)


def _files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_runs_write_identical_bytes(site: Path, tmp_path: Path) -> None:
    assert main(["--out", str(tmp_path / "again")]) == 0
    first, second = _files(site), _files(tmp_path / "again")
    assert first.keys() == second.keys()
    assert [k for k in first if first[k] != second[k]] == []


def test_another_seed_gives_other_stories() -> None:
    a, b = build_site(1), build_site(2)
    titles = lambda s: [st.title for art in s.articles for st in art.stories]  # noqa: E731
    assert titles(a) != titles(b)


def test_refuses_to_overwrite_a_foreign_folder(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine", encoding="utf-8")
    with pytest.raises(OutputFolderError, match=str(tmp_path)):
        write_site(build_site(), tmp_path)
    assert main(["--out", str(tmp_path)]) == 1


def test_issues_span_three_years_with_two_to_five_stories(gold: list[dict]) -> None:
    issues = [g for g in gold if g["issue"]]
    assert len(issues) >= 60
    numbers = {(g["issue"]["year"], g["issue"]["number"]) for g in issues}
    assert {y for y, _ in numbers} == {2020, 2021, 2022}
    for year in (2020, 2021, 2022):
        got = sorted(n for y, n in numbers if y == year)
        assert got == list(range(1, len(got) + 1))
    for g in issues:
        m = ISSUE_TITLE.match(g["title"])
        assert m and (int(m[1]), int(m[2])) == (g["issue"]["year"], g["issue"]["number"])
        assert g["publish_time"].startswith(str(g["issue"]["year"]))
        assert 2 <= len(g["stories"]) <= 5, g["url_path"]


def test_bulletin_list_pages_hold_fifteen_newest_first(site: Path, routes: dict, gold: list[dict]) -> None:
    pages = sorted(int(k.split("=")[1]) for k in routes if k.startswith("/article/lists/45.html?page="))
    assert len(pages) >= 4 and pages == list(range(1, len(pages) + 1))
    seen = []
    for n in pages:
        text = page_text(site, routes[f"/article/lists/45.html?page={n}"])
        items = BULLETIN_ITEM.findall(text)
        assert len(items) == 15 or n == pages[-1]
        assert all(href in text for href in ("首页", "上一页", "下一页", "尾页"))
        seen.extend(items)
    dates = [d for *_, d in seen]
    assert dates == sorted(dates, reverse=True)
    listed = {f"/article/description/{i}.html" for i, *_ in seen}
    assert listed == {g["url_path"] for g in gold if g["column"] == "工作简报"}
    assert page_text(site, routes["/article/lists/45.html"]) == page_text(site, routes["/article/lists/45.html?page=1"])


def test_news_lists_use_relative_links_and_script_only_pagers(site: Path, routes: dict, gold: list[dict]) -> None:
    keys = sorted(k for k in routes if re.fullmatch(r"/xwzx/ywdt/index(_\d+)?\.html", k))
    assert len(keys) >= 4
    script_only = 0
    listed = set()
    for key in keys:
        text = page_text(site, routes[key])
        items = NEWS_ITEM.findall(text)
        assert 1 <= len(items) <= 12
        listed |= {"/xwzx/ywdt/" + href[2:] for href, *_ in items}
        assert re.search(r'createPageHTML\(\d+, \d+, "index", "html"\);', text)
        if not re.search(r'<a href="index(_\d+)?\.html">', text):
            script_only += 1
    assert 1 <= script_only < len(keys)
    news = [g for g in gold if g["column"] == "要闻动态"]
    assert listed == {g["url_path"] for g in news}
    assert sum(g["status"] == 200 for g in news) >= 40


def test_news_pages_carry_a_later_pubdate_trap(site: Path, routes: dict, gold: list[dict]) -> None:
    for g in gold:
        if g["column"] != "要闻动态" or g["status"] != 200:
            continue
        text = page_text(site, routes[g["url_path"]])
        meta = re.search(r'<meta name="PubDate" content="([^"]+)">', text)[1]
        assert meta[:10] > g["publish_time"]
        assert f"<span>发布日期：{g['publish_time']}</span>" in text
        assert f"<title>{g['title']} - 富源县人民政府</title>" in text
    assert any('<img src="' in page_text(site, routes[g["url_path"]]) for g in gold if g["column"] == "要闻动态" and g["status"] == 200)


def test_gold_agrees_with_what_the_pages_show(site: Path, routes: dict, gold: list[dict]) -> None:
    for g in gold:
        if g["status"] != 200:
            continue
        route = routes[g["url_path"]]
        body = body_text(site, route, g["column"])
        assert body.startswith(g["body_first30"]), g["url_path"]
        assert body.endswith(g["body_last30"]), g["url_path"]
        for story in g["stories"]:
            assert nows(story["first30"]) in body, (g["url_path"], story["title"])
        text = page_text(site, route)
        assert g["title"] in text and g["source"] in text
        if g["column"] == "工作简报":
            assert (
                f"发布时间：{g['publish_time']}  来源：{g['source']}  作者：{g['author']}  浏览次数：" in text
            ), g["url_path"]
            assert "您当前所在的位置：" in text and "上一篇：" in text and "【打印本页】" not in body


def test_seed_issue_keeps_its_stories_and_metadata(site: Path, routes: dict, gold: list[dict], shared_dir: Path) -> None:
    seed_lines = (shared_dir / "seed" / "000_e30ad18d4ce4fadc.txt").read_text(encoding="utf-8").splitlines()
    # The seed dump folded the site's full-width punctuation to ASCII; compare with it unfolded.
    full_width = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
    headings = [line.strip()[1:].translate(full_width) for line in seed_lines if line.strip().startswith("▲")]
    (g,) = [g for g in gold if g["issue"] == {"year": 2021, "number": 1}]
    assert [s["title"] for s in g["stories"]] == headings and len(headings) == 4
    assert (g["publish_time"], g["source"], g["author"]) == ("2021-01-19 09:19", "富源县人民政府办公室", "超级管理员")
    text = page_text(site, routes[g["url_path"]])
    assert "浏览次数：7421" in text
    assert [line for line in re.findall(r"<p>▲([^<]+)</p>", text)] == headings
    assert "共清理各类小广告2000余块（张），清理各类垃圾50余袋" in text
    assert "<p>　　1月2日，县委副书记、县长陈志到县城检查" in text


def test_encodings_mix_utf8_and_gbk(site: Path, routes: dict, gold: list[dict]) -> None:
    html = {r["file"]: r for r in routes.values() if r["content_type"].startswith("text/html") and r["status"] == 200}
    gbk = {f: r for f, r in html.items() if b'<meta charset="gbk">' in (site / f).read_bytes()[:300]}
    assert len(gbk) / len(html) >= 0.10
    assert any(r["content_type"] == "text/html; charset=gbk" for r in gbk.values())
    assert any(r["content_type"] == "text/html" for r in gbk.values())
    for f in gbk:
        raw = (site / f).read_bytes()
        with pytest.raises(UnicodeDecodeError):
            raw.decode("utf-8")
        assert "富源县" in raw.decode("gbk")
    by_col = Counter(g["column"] for g in gold if g["encoding"] == "gbk")
    assert by_col["工作简报"] >= 1 and by_col["要闻动态"] >= 3


def test_broken_on_purpose(site: Path, routes: dict, gold: list[dict]) -> None:
    errors = [k for k, r in routes.items() if r["status"] == 500]
    assert len(errors) == 1
    assert [g["url_path"] for g in gold if g["status"] == 500] == errors
    dead = [g["url_path"] for g in gold if g["status"] == 404]
    assert len(dead) >= 2
    for path in dead:
        assert path not in routes and not (site / path.lstrip("/")).exists()
    (cut,) = [g for g in gold if g["truncated"]]
    raw = page_text(site, routes[cut["url_path"]])
    assert "</html>" not in raw and cut["title"] in raw
    assert body_text(site, routes[cut["url_path"]], cut["column"]).endswith(cut["body_last30"])


def test_attachments_real_broken_and_dead(site: Path, routes: dict, gold: list[dict]) -> None:
    atts = [a for g in gold for a in g["attachments"]]
    kinds = Counter((a["kind"], a["ok"]) for a in atts)
    assert kinds[("pdf", True)] >= 1 and kinds[("docx", True)] >= 1 and kinds[("xls", True)] == 1
    for a in atts:
        path = site / a["url_path"].lstrip("/")
        if a["kind"] == "pdf" and a["ok"]:
            assert "爱国卫生" in extract_text(io.BytesIO(path.read_bytes()))
        elif a["kind"] == "docx":
            doc = docx.Document(io.BytesIO(path.read_bytes()))
            assert any("富源县" in p.text or "活禽" in p.text or "爱国卫生" in p.text for p in doc.paragraphs)
        elif a["kind"] == "pdf" and path.exists():
            with pytest.raises(Exception):
                extract_text(io.BytesIO(path.read_bytes()))
    missing = [a for a in atts if not (site / a["url_path"].lstrip("/")).exists()]
    assert len(missing) == 1 and not missing[0]["ok"]


def test_home_page_robots_and_traps(site: Path, routes: dict) -> None:
    home = page_text(site, routes["/index.html"])
    assert "<title>富源县人民政府</title>" in home
    assert home.count('href="http://www.yn.gov.cn/"') == 1
    assert re.search(r'href="/search/\?date=\d{4}-\d\d-\d\d"', home)
    for target in ("/article/lists/45.html", "/xwzx/ywdt/index.html", "/col/col1234/index.html"):
        assert f'href="{target}"' in home
    robots = (site / "robots.txt").read_text(encoding="utf-8")
    assert "Disallow: /search/" in robots


def test_notices_column_is_small_and_hanweb_shaped(site: Path, gold: list[dict]) -> None:
    notices = [g for g in gold if g["column"] == "通知公告"]
    assert 5 <= len(notices) <= 8
    assert all(re.fullmatch(r"/art/\d{4}/\d{1,2}/\d{1,2}/art_1234_\d+\.html", g["url_path"]) for g in notices)


def test_stories_read_differently(gold: list[dict]) -> None:
    stories = [s for g in gold for s in g["stories"]]
    assert len({s["title"] for s in stories}) / len(stories) > 0.8
    assert len({s["first30"] for s in stories}) / len(stories) > 0.9


def test_manifest_totals_match_gold(site: Path, gold: list[dict]) -> None:
    import json

    m = json.loads((site / "MANIFEST.json").read_text(encoding="utf-8"))
    live = [g for g in gold if g["status"] == 200]
    assert m["articles_expected_to_parse"] == len(live)
    assert m["articles_listed"] == len(gold)
    assert m["stories"] == sum(len(g["stories"]) for g in live)
    assert m["list_pages"]["工作简报"] >= 4 and m["list_pages"]["要闻动态"] >= 4
    assert m["gbk_share"] >= 0.10


def test_every_phrase_bank_string_fits_gbk() -> None:
    import tomllib

    from scripts.demo_archive.stories import TEXTS

    def strings(node: object) -> list[str]:
        if isinstance(node, str):
            return [node]
        if isinstance(node, dict):
            return [s for v in node.values() for s in strings(v)]
        if isinstance(node, list):
            return [s for v in node for s in strings(v)]
        return []

    for path in sorted(TEXTS.glob("*.toml")):
        for text in strings(tomllib.loads(path.read_text(encoding="utf-8"))):
            try:
                text.encode("gbk")
            except UnicodeEncodeError as exc:
                pytest.fail(f"{path.name}: {text!r} cannot be written as GBK ({exc})")


def test_news_items_carry_images_and_tables(site: Path, routes: dict, gold: list[dict]) -> None:
    pages = [page_text(site, routes[g["url_path"]]) for g in gold if g["column"] == "要闻动态" and g["status"] == 200]
    assert sum("<img " in p for p in pages) >= 3
    assert sum("<table" in p for p in pages) >= 2


def test_only_the_planned_links_are_dead(site: Path, routes: dict, gold: list[dict]) -> None:
    from urllib.parse import urljoin, urlsplit

    from lxml import html as lxml_html

    dead: set[str] = set()
    for key, route in routes.items():
        if not route["content_type"].startswith("text/html") or route["status"] != 200:
            continue
        tree = lxml_html.fromstring(page_text(site, route))
        for link in tree.xpath("//a/@href | //img/@src"):
            if link.startswith(("javascript:", "http://www.yn.gov.cn/")):
                continue
            parts = urlsplit(urljoin("http://demo" + key, link))
            target = parts.path + ("?" + parts.query if parts.query else "")
            assert parts.netloc == "demo", (key, link)
            if not (target in routes or parts.path in routes):
                dead.add(target)
    planned = {g["url_path"] for g in gold if g["status"] == 404}
    planned |= {a["url_path"] for g in gold for a in g["attachments"] if not (site / a["url_path"].lstrip("/")).exists()}
    assert dead == planned
