"""Throughput of extraction against segmentation alone, and linear growth on adversarial input.

    python -m scripts.bench.extract [--mb 1.0] [--adversarial-mb 1.0]

1. The bulletin gold stories, repeated to about `--mb` MB of UTF-8, are processed story by story twice in the same
   run: segmentation alone (the baseline) and segmentation + `extract_all` as the warehouse does it (one cut per
   story with `cut_with_offsets`, its words kept, its tokens passed to `extract_all(tokens=…)`), the two taking
   turns going first. Prints MB/s for both and their ratio (target >= 0.5). The gold stories were written to
   exercise the extractors, so they are denser in named units, counts and dates than real pages: the worst case.
   Once the gold set holds more than `--mb` MB, every story is met for the first time; a second pass over the same
   stories is printed too, for the throughput a long crawl settles at once its words have been met.
   Both sides run as the warehouse's processing runs them: after `nlp.extract.warm_up`, with the loaded
   dictionaries left out of garbage collection (`collector_spares_loaded`).
2. The same measurement on the article bodies of the real government pages in `../shared/corpus/real_html`
   (parsed with `crawler.parsing`), repeated to about `--mb` / 4 MB; skipped, with the reason, when `../shared`
   is absent.
3. Adversarial single documents (no punctuation, long digit runs, numeral runs, dense dates) of n, 2n and 4n bytes
   (4n = `--adversarial-mb`) through `extract_all`; the time ratio per doubling should stay near 2 (linear).
   On a loaded machine use `--repeats 3` (best of three) before reading a ratio above 2 as superlinear.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path
from typing import Callable

MB = 1_000_000
FAMILIES = ("prose_no_punctuation", "digit_run", "numeral_run", "dates_dense")


Story = tuple[str, object, str | None]  # text, publish date, county context


def _repeated(stories: list[Story], target_bytes: int, whole_passes: bool = False) -> list[Story]:
    """`stories` over and over until they hold `target_bytes` of UTF-8, stopping at once or (`whole_passes`) at the
    end of a pass, so that every story weighs the same."""
    out: list[Story] = []
    size = 0
    while stories and size < target_bytes:
        for story in stories:
            out.append(story)
            size += len(story[0].encode("utf-8"))
            if size >= target_bytes and not whole_passes:
                break
    return out


def repeated_stories(target_bytes: int) -> list[Story]:
    from nlp.gold.load import load_gold

    return _repeated([(s.text, s.ref_date, s.county_context) for s in load_gold()], target_bytes)


def adversarial_text(family: str, target_bytes: int) -> str:
    """An input of about `target_bytes` UTF-8 bytes from the shared adversarial generator, else a local one."""
    try:
        from scripts.bench.adversarial import adversarial_inputs
    except ImportError:  # generator not present: long digit runs and unpunctuated prose of our own
        def adversarial_inputs(size: int) -> dict[str, str]:
            prose = "县委政府检查督查环境卫生整治志愿者清理小广告垃圾名人家个块张袋次场月日年余多约近"
            return {"prose_no_punctuation": (prose * (size // len(prose) + 1))[:size], "digit_run": "1" * size,
                    "numeral_run": ("一二三四五六七八九十百千万" * (size // 13 + 1))[:size],
                    "dates_dense": ("1月1日至" * (size // 5 + 1))[:size]}
    sample = adversarial_inputs(1000)[family]
    per_char = max(1.0, len(sample.encode("utf-8")) / len(sample))
    return adversarial_inputs(int(target_bytes / per_char))[family]


def _seconds(func: Callable[[], object]) -> float:
    began = time.perf_counter()
    func()
    return time.perf_counter() - began


REAL_PAGES = Path(__file__).resolve().parents[3] / "shared" / "corpus" / "real_html"


def real_page_bodies(target_bytes: int, folder: Path = REAL_PAGES) -> list[Story]:
    """The article bodies of the saved real pages (no county context), repeated to about `target_bytes`."""
    from crawler.parsing.page import parse_page

    bodies: list[Story] = []
    for path in sorted(folder.glob("*.html")):
        page = parse_page(path.read_bytes(), f"http://127.0.0.1/{path.name}")
        if page.body_text:
            bodies.append((page.body_text, page.published_at, None))
    return _repeated(bodies, target_bytes, whole_passes=True)


def throughput(stories: list, tokenizer) -> tuple[float, float]:
    """Seconds for segmentation alone and for segmentation + extraction, interleaved story by story. The sides
    take turns going first, since the second run on the same text finds jieba's dictionary warm in the CPU caches,
    and a change in machine load hits both alike."""
    from nlp.segment import segment

    totals = [0.0, 0.0]
    for index, (text, ref, ctx) in enumerate(stories):
        sides = (lambda: segment(text, tokenizer), lambda: _segment_and_extract(text, ref, ctx, tokenizer))
        for side in ((0, 1) if index % 2 == 0 else (1, 0)):
            totals[side] += _seconds(sides[side])
    return totals[0], totals[1]


def _report(title: str, stories: list, tokenizer, second_pass: bool = False) -> None:
    size = sum(len(text.encode("utf-8")) for text, _, _ in stories) / MB
    seg, full = throughput(stories, tokenizer)
    print(f"== {title}: {len(stories)} stories, {size:.2f} MB")
    print(f"   segmentation alone           {size / seg:7.3f} MB/s  ({seg:.1f} s)")
    print(f"   segmentation + extract_all   {size / full:7.3f} MB/s  ({full:.1f} s)")
    ratio = seg / full
    print(f"   ratio                        {ratio:7.3f}  (target >= 0.5: {'met' if ratio >= 0.5 else 'missed'})")
    if second_pass:
        # The extractors remember each word's class and each name's canonical form; a crawl of one site meets the
        # same words again and again, so a second pass over the same stories shows the throughput a long run
        # settles at. The target is read on the first pass above.
        seg, full = throughput(stories, tokenizer)
        print(f"   second pass over the same stories (words and names already met): ratio {seg / full:.3f}")


def _segment_and_extract(text: str, ref: object, ctx: str, tokenizer) -> tuple[list[str], object]:
    """What the pipeline does per story: one cut, its words stored, its tokens handed to the extractors."""
    from nlp.extract import extract_all
    from nlp.segment import cut_with_offsets, words

    tokens = cut_with_offsets(text, tokenizer)
    return words(tokens), extract_all(text, ref, ctx, tokenizer=tokenizer, tokens=tokens)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the repeated gold text, in MB")
    parser.add_argument("--adversarial-mb", type=float, default=1.0, help="largest adversarial input (4n), in MB")
    parser.add_argument("--repeats", type=int, default=1, help="adversarial timings: best of this many runs")
    args = parser.parse_args(argv)

    from nlp.extract import EXTRACTOR_VERSION, collector_spares_loaded, extract_all, warm_up
    from nlp.segment import make_tokenizer

    tokenizer = make_tokenizer()
    warm_up(tokenizer)
    gold, real = repeated_stories(int(args.mb * MB)), real_page_bodies(int(args.mb * MB / 4))
    with collector_spares_loaded():  # as the warehouse's processing does
        _report(f"throughput ({EXTRACTOR_VERSION}) on the bulletin gold stories, repeated", gold, tokenizer,
                second_pass=True)
        if real:
            _report("throughput on the real government pages' article bodies, repeated", real, tokenizer)
        else:
            print(f"== real government pages: skipped, {REAL_PAGES} is absent (it is not shipped with the project)")

    largest = int(args.adversarial_mb * MB)
    sizes = [largest // 4, largest // 2, largest]
    print(f"== adversarial single documents through extract_all, sizes n, 2n, 4n = "
          f"{', '.join(f'{s / MB:.2f}' for s in sizes)} MB")
    print(f"   {'input':<22}{'t(n)':>8}{'t(2n)':>8}{'t(4n)':>8}   ratio per doubling (2 = linear, 4 = quadratic)")
    worst = 0.0
    for family in FAMILIES:
        texts = [adversarial_text(family, s) for s in sizes]
        times = [min(_seconds(lambda: extract_all(t, None, None, tokenizer=tokenizer)) for _ in range(args.repeats))
                 for t in texts]
        ratios = [b / a if a > 0 else float("nan") for a, b in zip(times, times[1:])]
        worst = max(worst, *ratios)
        print(f"   {family:<22}" + "".join(f"{t:8.2f}" for t in times) + "   " + " ".join(f"{r:4.2f}" for r in ratios))
    print(f"   worst ratio per doubling: {worst:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
