#!/usr/bin/env python3
"""Speed-up of worker processes: ``arnews extract --workers N`` and ``Pipeline.pipe(workers=N)`` against one.

usage: python benchmarks/workers.py [CORPUS.jsonl] [--articles 1500] [--workers 2]

CLI: the first ARTICLES records of the corpus (default: the SaudiNewsNet file) as JSON Lines in, JSON
Lines out (to a temporary file), wall time of the whole command, start-up included. API: the same
texts through ``Pipeline.pipe`` in this process, the documents received but not dumped. The issue's
target is a 1.7x speed-up for 2 workers (on a quiet 2-core machine: nothing else running).
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT = Path(os.environ.get("ARNEWS_SHARED", ROOT.parent / "shared")) / "data/news/saudinewsnet/2015-07-21_22.jsonl"


def cli_seconds(corpus: Path, workers: int, out: Path) -> float:
    exe = Path(sys.executable).with_name("arnews")
    cmd = [str(exe), "extract", str(corpus), "--text-field", "content", "--title-field", "title",
           "-f", "jsonl", "-o", str(out), "-q", "--allow-empty", "--workers", str(workers)]
    t = time.perf_counter()
    subprocess.run(cmd, check=True)
    return time.perf_counter() - t


def pipe_seconds(texts: list[str], workers: int) -> float:
    import arnews

    nlp = arnews.Pipeline()
    nlp(texts[0])  # loading is not throughput
    t = time.perf_counter()
    n = sum(1 for _ in nlp.pipe(texts, workers=workers))
    assert n == len(texts)
    return time.perf_counter() - t


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("corpus", nargs="?", default=str(DEFAULT))
    ap.add_argument("--articles", type=int, default=1500)
    ap.add_argument("--workers", type=int, default=2)
    a = ap.parse_args()
    lines, texts = [], []
    with open(a.corpus, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            lines.append(line)
            texts.append((r.get("title") or "").strip() + "\n\n" + r["content"])
            if len(lines) >= a.articles:
                break
    with tempfile.TemporaryDirectory() as d:
        corpus, out = Path(d) / "corpus.jsonl", Path(d) / "out.jsonl"
        corpus.write_text("".join(lines), encoding="utf-8")
        c1, cn = cli_seconds(corpus, 1, out), cli_seconds(corpus, a.workers, out)
    p1, pn = pipe_seconds(texts, 1), pipe_seconds(texts, a.workers)
    print(f"{len(texts)} articles, {a.workers} workers against 1")
    print(f"arnews extract --workers: {c1:6.1f} s -> {cn:6.1f} s  speed-up {c1 / cn:.2f}x")
    print(f"Pipeline.pipe(workers=): {p1:6.1f} s -> {pn:6.1f} s  speed-up {p1 / pn:.2f}x")


if __name__ == "__main__":
    main()
