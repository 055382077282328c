"""Export the warehouse stories the model is least sure of, for annotation in doccano or Label Studio.

    python -m nlp.classifier.label_queue --n 50 --db data/bulletins.duckdb --out exports/label-queue

Writes into --out:
  queue.jsonl       doccano "text classification" import: `text` (title on the first line), `label` (the model's
                    labels as `head:key`, to correct rather than type), plus story_id, article_id, seq, title.
  queue.csv         Label Studio import (one task per row; columns story_id, article_id, seq, title, text, and the
                    model's labels and uncertainty for reference).
  label_studio.xml  the Label Studio labelling interface: one multi-choice block per taxonomy head.
Annotated exports from either tool go back in with `python -m nlp.classifier.train --extra FILE`.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence
from xml.sax.saxutils import quoteattr

from nlp.classifier.taxonomy import Taxonomy

STORY_QUERY = "SELECT story_id, article_id, seq, title, text FROM stories ORDER BY story_id"


@dataclass(frozen=True)
class QueueItem:
    story_id: str
    article_id: str
    seq: int
    title: str
    text: str
    labels: tuple[str, ...]  # the model's `head:key` labels
    uncertainty: float       # 1 = a score sits exactly on its threshold


def read_stories(db: Path) -> list[dict]:
    """Stories from the warehouse, opened read-only so a running load is not disturbed."""
    import duckdb

    if not Path(db).exists():
        raise FileNotFoundError(f"{db}: no such warehouse")
    with duckdb.connect(str(db), read_only=True) as connection:
        rows = connection.execute(STORY_QUERY).fetchall()
    return [{"story_id": str(r[0]), "article_id": "" if r[1] is None else str(r[1]), "seq": r[2],
             "title": r[3] or "", "text": r[4] or ""} for r in rows]


def uncertainty(scores: dict[str, float], thresholds: dict[str, float]) -> float:
    """How close the story's least decided label is to its threshold, scaled to 0..1."""
    if not scores:
        return 0.0
    closeness = []
    for name, score in scores.items():
        threshold = thresholds.get(name, 0.5)
        span = threshold if score < threshold else 1 - threshold
        closeness.append(1 - abs(score - threshold) / span if span else 0.0)
    return round(max(closeness), 4)


def rank(model, stories: Sequence[dict], n: int) -> list[QueueItem]:
    """The n stories with the highest uncertainty, most uncertain first (ties by story_id)."""
    predictions = model.predict([{"id": s["story_id"], "title": s["title"], "text": s["text"]} for s in stories])
    items = []
    for story, prediction in zip(stories, predictions):
        if prediction.get("warning") or prediction.get("error"):
            continue
        labels = tuple(f"{head.key}:{key}" for head in model.taxonomy.heads for key in prediction.get(head.key, []))
        items.append(QueueItem(story["story_id"], story["article_id"], story["seq"], story["title"], story["text"],
                               labels, uncertainty(prediction["scores"], model.thresholds)))
    items.sort(key=lambda item: (-item.uncertainty, item.story_id))
    return items[:n]


def label_studio_config(taxonomy: Taxonomy) -> str:
    blocks = ['<View>', '  <Header value="$title"/>', '  <Text name="text" value="$text"/>']
    for head in taxonomy.heads:
        blocks.append(f'  <Header value={quoteattr(f"{head.name_zh} {head.name_en}")}/>')
        blocks.append(f'  <Choices name="{head.key}" toName="text" choice="multiple" showInline="true">')
        for label in head.labels:
            blocks.append(f'    <Choice value="{label.key}" hint={quoteattr(label.name_zh + " — " + label.definition)}/>')
        blocks.append('  </Choices>')
    blocks.append('</View>')
    return "\n".join(blocks) + "\n"


def write_queue(items: Sequence[QueueItem], taxonomy: Taxonomy, out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    jsonl, table, config = out / "queue.jsonl", out / "queue.csv", out / "label_studio.xml"
    with jsonl.open("w", encoding="utf-8") as handle:
        for item in items:
            record = {"text": f"{item.title}\n{item.text}" if item.title else item.text, "label": list(item.labels),
                      "story_id": item.story_id, "article_id": item.article_id, "seq": item.seq,
                      "title": item.title, "uncertainty": item.uncertainty}
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    heads = [head.key for head in taxonomy.heads]
    with table.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["story_id", "article_id", "seq", "title", "text", *[f"predicted_{h}" for h in heads],
                         "uncertainty"])
        for item in items:
            predicted = [",".join(l.split(":", 1)[1] for l in item.labels if l.startswith(h + ":")) for h in heads]
            writer.writerow([item.story_id, item.article_id, item.seq, item.title, item.text, *predicted,
                             item.uncertainty])
    config.write_text(label_studio_config(taxonomy), encoding="utf-8")
    return [jsonl, table, config]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp.classifier.label_queue", description=__doc__.split("\n\n")[0],
                                     epilog="\n\n".join(__doc__.split("\n\n")[1:]), formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=50, help="stories to export")
    parser.add_argument("--db", type=Path, default=Path("data/bulletins.duckdb"), help="warehouse (read-only)")
    parser.add_argument("--out", type=Path, default=Path("exports/label-queue"), help="folder for the exports")
    parser.add_argument("--model", type=Path, default=None, help="model file (default: the cached model)")
    args = parser.parse_args(argv)
    try:
        stories = read_stories(args.db)
    except Exception as error:  # missing file, missing table, locked database: one line, exit 1
        print(f"label-queue: cannot read stories from {args.db}: {error}", file=sys.stderr)
        return 1
    from nlp.classifier import load_model

    model = load_model(args.model)
    written = write_queue(rank(model, stories, args.n), model.taxonomy, args.out)
    print(f"{min(args.n, len(stories))} of {len(stories)} stories queued: " + ", ".join(str(p) for p in written))
    return 0


if __name__ == "__main__":
    sys.exit(main())
