"""Write the offline demo copy of the county website.

    python -m scripts.demo_archive.generate [--out data/demo_site] [--seed 20210119]

Same seed, same bytes. The folder gets the site tree plus routes.json, GOLD.jsonl and MANIFEST.json."""
from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from nlp.paths import data_dir

from .build import DEFAULT_SEED, Site, build_site, gold_record, manifest

META_FILES = ("routes.json", "GOLD.jsonl", "MANIFEST.json")


class OutputFolderError(Exception):
    """The output folder holds something that is not a demo site; refuse to overwrite it."""


def default_out() -> Path:
    return data_dir() / "demo_site"


def write_site(site: Site, out: Path) -> dict:
    """Write pages and the three meta files into `out` (replacing an earlier demo site there)."""
    if out.exists():
        if any(out.iterdir()) and not (out / "MANIFEST.json").is_file():
            raise OutputFolderError(f"{out} is not empty and holds no MANIFEST.json; not overwriting it")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    routes = {}
    for page in site.pages:
        target = out / page.file
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(page.body)
        routes[page.key] = {"file": page.file, "status": page.status, "content_type": page.content_type}
    _write_json(out / "routes.json", dict(sorted(routes.items())))
    gold = "".join(json.dumps(gold_record(a), ensure_ascii=False) + "\n" for a in site.articles)
    (out / "GOLD.jsonl").write_text(gold, encoding="utf-8")
    totals = manifest(site)
    _write_json(out / "MANIFEST.json", totals)
    return totals


def _write_json(path: Path, data: dict) -> None:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=None, help="output folder (default: data/demo_site)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help="random seed (default: %(default)s)")
    args = parser.parse_args(argv)
    out = args.out or default_out()
    try:
        totals = write_site(build_site(args.seed), out)
    except (OutputFolderError, OSError, UnicodeEncodeError) as exc:
        print(f"demo_archive: {exc}", file=sys.stderr)
        return 1
    cols = ", ".join(f"{c} {v['articles_expected_to_parse']}/{v['articles_listed']}" for c, v in totals["per_column"].items())
    print(f"wrote {out}: {totals['articles_expected_to_parse']} articles to parse of {totals['articles_listed']} listed "
          f"({cols}), {totals['stories']} stories, {totals['html_pages']} HTML pages, GBK share {totals['gbk_share']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
