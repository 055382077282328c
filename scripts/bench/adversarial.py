"""Adversarial inputs for the NLP extractors, and a timing run that shows their cost is linear.

    python -m scripts.bench.adversarial [--max-kb 1024]

For each input family and extractor it times growing sizes (fastest of --repeats runs) and prints the
time ratio per doubling and the fitted exponent of time against size: a ratio near 2 / exponent near 1 is
linear, a ratio near 4 / exponent near 2 would be quadratic (catastrophic backtracking).
"""
from __future__ import annotations

import argparse
import math
import random
import sys
import time
from typing import Callable

# Characters of bulletin prose: common ideographs, numerals, measure words and date words, no punctuation.
_PROSE = "县委政府检查督查环境卫生整治志愿者清理小广告垃圾名人家个块张袋次场月日年余多约近今去上周"
_NUMERALS = "0123456789一二两三四五六七八九十百千万亿〇零"


def adversarial_inputs(size: int, seed: int = 0) -> dict[str, str]:
    """Named inputs of ``size`` characters that stress scanners: long runs with no match at the end."""
    rng = random.Random(seed)

    def cycle(unit: str) -> str:
        return (unit * (size // len(unit) + 1))[:size]

    return {
        "prose_no_punctuation": "".join(rng.choice(_PROSE + _NUMERALS) for _ in range(size)),
        "digit_run": cycle("1"),
        "fullwidth_digits": cycle("１２３"),
        "yu_run": "1" + cycle("余"),
        "numeral_run": "".join(rng.choice(_NUMERALS) for _ in range(size)),
        "counts_dense": cycle("2000余块(张)"),
        "dates_dense": cycle("1月1日至"),
        "almost_dates": cycle("2021年13月"),
        "separators": cycle("1,2.3-4/5:"),
        "mixed_scripts": "".join(rng.choice("abcXYZ αβγ привет ١٢٣ 𝟙𝟚 ①② 名个日") for _ in range(size)),
        "control_chars": "".join(chr(rng.randrange(0, 32)) if rng.random() < 0.5 else "3" for _ in range(size)),
    }


def _time(func: Callable[[str], object], text: str, repeats: int) -> float:
    """CPU seconds of this process, best of ``repeats`` runs: the least disturbed by other load."""
    best = float("inf")
    for _ in range(repeats):
        began = time.process_time()
        func(text)
        best = min(best, time.process_time() - began)
    return best


def _fitted_exponent(sizes: list[int], times: list[float]) -> float:
    """Slope of log(time) against log(size): steadier than single ratios on a busy machine."""
    xs = [math.log(n) for n in sizes]
    ys = [math.log(max(t, 1e-9)) for t in times]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys)) / sum((x - mx) ** 2 for x in xs)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--max-kb", type=int, default=1024, help="largest input, in thousands of characters")
    parser.add_argument("--steps", type=int, default=4, help="number of doublings up to the largest size")
    parser.add_argument("--repeats", type=int, default=3, help="runs per measurement; the fastest counts")
    args = parser.parse_args(argv)

    from nlp.counts import extract_counts
    from nlp.dates import extract_dates

    extractors: dict[str, Callable[[str], object]] = {"dates": extract_dates, "counts": extract_counts}
    sizes = [args.max_kb * 1024 >> k for k in range(args.steps, -1, -1)]
    extract_counts("预热 3名")  # load vocabularies outside the timings
    print(f"sizes (chars): {sizes}")
    print(f"{'input':<22}{'extractor':<10}{'seconds at max':>15}  {'exponent':>8}  ratio per doubling")
    inputs = [adversarial_inputs(size) for size in sizes]
    worst = worst_exponent = 0.0
    for name in inputs[0]:
        for label, func in extractors.items():
            times = [_time(func, by_name[name], args.repeats) for by_name in inputs]
            ratios = [b / a if a > 0 else float("nan") for a, b in zip(times, times[1:])]
            worst = max(worst, max(ratios))
            shown = " ".join(f"{r:4.2f}" for r in ratios)
            exponent = _fitted_exponent(sizes, times)
            worst_exponent = max(worst_exponent, exponent)
            print(f"{name:<22}{label:<10}{times[-1]:>15.3f}  {exponent:>8.2f}  {shown}")
    print(f"worst ratio per doubling: {worst:.2f} (2 = linear, 4 = quadratic)")
    print(f"worst fitted exponent: {worst_exponent:.2f} (1 = linear, 2 = quadratic; least squares over all sizes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
