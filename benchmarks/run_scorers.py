#!/usr/bin/env python3
"""Runs the evaluation scripts of ../shared/tools over ../shared/data and prints their last lines.

usage: python benchmarks/run_scorers.py [--shared ../shared] [--only seed,ner,news,numbers,segmentation,perf]
The scorers talk to arnews through its public API only; their figures are the ones quoted in the
closing notes and the README. Needs the ../shared folder (it is not part of the repository).
"""
import argparse
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def scorers(shared: Path) -> dict[str, list[str]]:
    tools, data = shared / "tools", shared / "data"
    return {
        "seed": [str(tools / "eval_seed.py"), str(ROOT / "examples" / "twitter-welcomes-everyone.txt"),
                 str(shared / "examples" / "twitter-welcomes-everyone.expected.json")],
        "ner": [str(tools / "eval_ner.py"), str(data / "ner" / "anercorp-train.txt"), "--dev"],
        "news": [str(tools / "eval_news.py"), str(data / "news" / "dev-gold" / "articles"),
                 str(data / "news" / "dev-gold")],
        "numbers": [str(tools / "eval_numbers.py")],
        "segmentation": [str(tools / "eval_segmentation.py")],
        "perf": [str(tools / "eval_perf.py"), "--scaling"],
    }


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--shared", default=str(ROOT.parent / "shared"))
    ap.add_argument("--only", default="")
    ap.add_argument("--full", action="store_true", help="print every line of each scorer, not only the last")
    a = ap.parse_args()
    shared = Path(a.shared)
    if not (shared / "tools").is_dir():
        print(f"no scorers at {shared}/tools", file=sys.stderr)
        return 2
    wanted = set(filter(None, a.only.split(","))) or None
    for name, cmd in scorers(shared).items():
        if wanted and name not in wanted:
            continue
        t0 = time.perf_counter()
        r = subprocess.run([sys.executable, *cmd], cwd=ROOT, capture_output=True, text=True)
        lines = (r.stdout.strip() or r.stderr.strip() or "(no output)").splitlines()
        shown = lines if a.full else lines[-1:]
        print(f"== {name} ({time.perf_counter() - t0:.0f} s): {' '.join(cmd[:1] and [Path(cmd[0]).name] + cmd[1:])}")
        for line in shown:
            print("   ", line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
