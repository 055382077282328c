"""`python -m nlp classify [--model PATH] [--batch N]`: JSON lines `{id, title, text}` on stdin →
`{id, action, theme, scores}` per line on stdout.

A bad line (not JSON, not an object, no title and no text, not Chinese) gets its own `{"id", "error"}` or
`{"id", …, "warning"}` line and the batch goes on. Without --model, the default model is trained from the
project's labelled stories on first use and cached under the data folder.

example: echo '{"id": "1", "title": "县爱卫办开展暗访督查", "text": "5月10日，县爱卫办对城区公厕开展暗访。"}' | python -m nlp classify
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path
from typing import IO, Iterator

from nlp.classifier.annotations import text_key

DEFAULT_BATCH = 64


def parse_line(number: int, line: str) -> tuple[dict | None, dict | None]:
    """(story, None) for a usable line, (None, error record) otherwise."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        return None, {"id": None, "line": number, "error": f"line {number}: not JSON ({error.msg})"}
    if not isinstance(record, dict):
        return None, {"id": None, "line": number, "error": f"line {number}: expected a JSON object"}
    story_id = record.get("id")
    title, text = record.get("title"), record.get("text")
    for name, value in (("title", title), ("text", text)):
        if value is not None and not isinstance(value, str):
            return None, {"id": story_id, "line": number, "error": f"line {number}: {name} must be a string"}
    if not (title or "").strip() and not (text or "").strip():
        return None, {"id": story_id, "line": number, "error": f"line {number}: no title and no text"}
    if story_id is None:
        story_id = text_key(title or "", text or "")
    return {"id": story_id, "title": title or "", "text": text or ""}, None


def batches(stream: IO[str], size: int) -> Iterator[list[tuple[int, dict | None, dict | None]]]:
    batch = []
    for number, line in enumerate(stream, start=1):
        if not line.strip():
            continue
        batch.append((number, *parse_line(number, line)))
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m nlp classify", description=__doc__.split("\n\n")[0],
                                     epilog=__doc__.split("\n\n")[-1], formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--model", type=Path, default=None, help="a model saved by `make train` (default: cached)")
    parser.add_argument("--batch", type=int, default=DEFAULT_BATCH, help="stories classified together")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING)
    from nlp.classifier import load_model

    try:
        model = load_model(args.model)
    except Exception as error:  # the CLI boundary: any failure to obtain a model is one line and exit 1
        print(f"classify: cannot load the model: {error}", file=sys.stderr)
        return 1
    out = sys.stdout
    failures = 0
    for batch in batches(sys.stdin, max(1, args.batch)):
        stories = [story for _, story, _ in batch if story is not None]
        try:
            predictions = iter(model.predict(stories))
        except Exception as error:  # one bad batch must not lose the rest: fall back to one story at a time
            predictions = iter(_one_by_one(model, stories))
            logging.getLogger(__name__).warning("batch failed (%s); classified story by story", error)
        for number, story, error_record in batch:
            if story is None:
                failures += 1
                out.write(json.dumps(error_record, ensure_ascii=False) + "\n")
                continue
            prediction = next(predictions)
            failures += "error" in prediction
            out.write(json.dumps({"id": story["id"], **prediction}, ensure_ascii=False) + "\n")
        out.flush()
    if failures:
        print(f"classify: {failures} line(s) could not be classified (see their 'error' field)", file=sys.stderr)
    return 0


def _one_by_one(model, stories: list[dict]) -> list[dict]:
    results = []
    for story in stories:
        try:
            results.extend(model.predict([story]))
        except Exception as error:
            results.append({"error": f"story {story['id']}: {error}"})
    return results


if __name__ == "__main__":
    sys.exit(main())
