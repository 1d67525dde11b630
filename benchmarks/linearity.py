"""Bounded time on adversarial input: each input of tests/fuzz/corpus.py at 1x and 10x size.

    python benchmarks/linearity.py [--chars 10000] [--repeat 3] [--only NAME ...] [--max-ratio 15]

Prints a table (input, characters at 1x, seconds at 1x and 10x, ratio) and exits 1 when a ratio is
over ``--max-ratio`` (cost that grows faster than linearly: catastrophic backtracking or a quadratic
loop). Each time is the best of ``--repeat`` runs to damp noise from other processes.
"""
from __future__ import annotations

import argparse
import gc
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import arnews  # noqa: E402
from tests.fuzz.corpus import GENERATORS  # noqa: E402



def repeats_for(gen, chars: int) -> int:
    """The repeat count that makes ``gen``'s 1x input about ``chars`` characters long (timings of
    tiny inputs are all overhead, which would flatter the ratio)."""
    unit = max(1, len(gen(2)) - len(gen(1)))
    return max(1, round(chars / unit))


def best_time(text: str, repeat: int) -> float:
    """Best of ``repeat`` runs, with the cyclic GC off while timing (as timeit does): its full
    collections walk every live object and add noise that is not the pipeline's own cost."""
    best = float("inf")
    for _ in range(repeat):
        gc.collect()
        gc.disable()
        try:
            t0 = time.perf_counter()
            arnews.extract(text)
            best = min(best, time.perf_counter() - t0)
        finally:
            gc.enable()
    return best


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chars", type=int, default=10_000, help="size of each input at 1x (characters)")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--max-ratio", type=float, default=15.0)
    ap.add_argument("--only", nargs="*", default=None)
    args = ap.parse_args(argv)
    arnews.extract("تويتر")  # load models and gazetteers outside the timings
    names = args.only or list(GENERATORS)
    print(f"{'input':22} {'chars 1x':>9} {'1x s':>9} {'10x s':>9} {'ratio':>6}")
    worst = 0.0
    failed = []
    for name in names:
        gen = GENERATORS[name]
        n = repeats_for(gen, args.chars)
        small, big = gen(n), gen(10 * n)
        t1 = best_time(small, args.repeat)
        t10 = best_time(big, args.repeat)
        ratio = t10 / max(t1, 1e-4)
        worst = max(worst, ratio)
        flag = "" if ratio <= args.max_ratio else "  <-- over"
        if flag:
            failed.append(name)
        print(f"{name:22} {len(small):9d} {t1:9.4f} {t10:9.4f} {ratio:6.1f}{flag}", flush=True)
    print(f"worst ratio {worst:.1f} (limit {args.max_ratio:g})" + (f"; over: {', '.join(failed)}" if failed else ""))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
