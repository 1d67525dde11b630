"""Time the numbers component alone: CPU ms per 2,000 characters (best of several runs).

usage: numbers_speed.py [--n 300] [--runs 7] [--against REV] [--profile] [--pipeline]
Text: the first N articles of ../shared/data/news/saudinewsnet/2015-07-21_22.jsonl (title + "\\n\\n" +
content). The pipeline structure -> sentences -> tokens -> numbers runs once per article; then only the
numbers component's __call__ is timed (time.process_time) on the same documents and contexts.
--against REV also times the numbers component as of git revision REV, interleaved in the same run.
--pipeline times it inside the default pipeline instead, as bench.py does (fresh documents, the other
components running in between: colder caches, so higher figures, comparable with bench.py's).
"""
import argparse
import importlib.util
import re
import subprocess
import sys
import time
from pathlib import Path

import arnews

from corpus import news_texts

ROOT = Path(__file__).resolve().parents[1]


def old_component(rev):
    """The numbers component (every module of arnews/numbers/ but __init__.py) as of git revision rev, under
    private module names (arnews.numbers._old_<name>): a module's imports of its siblings go to theirs."""
    import arnews.numbers as pkg
    listing = subprocess.run(["git", "ls-tree", "--name-only", rev, "arnews/numbers/"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
    names = [Path(p).stem for p in listing if p.endswith(".py") and not p.endswith("__init__.py")]
    sibling = re.compile(r"from \.(" + "|".join(names) + r") import")
    mods = {}

    def load(name):
        if name in mods:
            return mods[name]
        src = subprocess.run(["git", "show", f"{rev}:arnews/numbers/{name}.py"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout
        for dep in sibling.findall(src):
            load(dep)  # the siblings it imports first (no import cycles among them)
        src = sibling.sub(lambda m: f"from ._old_{m.group(1)} import", src)
        modname = f"arnews.numbers._old_{name}"
        spec = importlib.util.spec_from_loader(modname, loader=None)
        m = importlib.util.module_from_spec(spec)
        m.__package__ = "arnews.numbers"
        m.__file__ = pkg.__file__
        sys.modules[modname] = m
        exec(compile(src, f"{rev}:{name}.py", "exec"), m.__dict__)
        mods[name] = m
        return m

    comp = pkg.NumbersComponent()
    comp._x = load("extract").Extractor()
    return comp


def prepare(texts):
    nlp = arnews.Pipeline(components=["structure", "sentences", "tokens", "numbers"])
    comp = nlp.components[-1]
    saved = []

    class Grab:
        name = "grab"

        def __call__(self, doc, ctx):
            saved.append((doc, ctx))

    nlp.components[-1] = Grab()
    for t in texts:
        nlp(t)
    return comp, saved


def time_once(comp, saved):
    t0 = time.process_time()
    for d, ctx in saved:
        d.quantities.clear()
        d.temporals.clear()
        comp(d, ctx)
    return time.process_time() - t0


def in_pipeline(texts, comps, runs):
    """Best CPU seconds of each numbers component over ``texts`` inside the default pipeline."""
    from bench import timed_pass
    nlps = {}
    for k, c in comps.items():
        nlp = arnews.Pipeline()
        nlp.components = [c if x.name == "numbers" else x for x in nlp.components]
        nlps[k] = nlp
        timed_pass(nlp, texts)  # warm-up
    best = {k: float("inf") for k in comps}
    for _ in range(runs):
        for k, nlp in nlps.items():
            best[k] = min(best[k], timed_pass(nlp, texts)[1]["numbers"])
    return best


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--against")
    ap.add_argument("--profile", action="store_true")
    ap.add_argument("--pipeline", action="store_true")
    a = ap.parse_args()
    texts = news_texts(a.n)
    chars = sum(map(len, texts))
    comp, saved = prepare(texts)
    comps = {"current": comp}
    if a.against:
        comps[a.against] = old_component(a.against)
    if a.pipeline:
        for k, b in in_pipeline(texts, comps, a.runs).items():
            print(f"numbers [{k}] in the pipeline: {1000 * b / len(texts):.3f} ms/doc (CPU, best of {a.runs}; "
                  f"{len(texts)} docs, {chars} chars)")
        return
    for c in comps.values():
        time_once(c, saved)  # warm-up: lazy lexicon, per-word caches
    if a.profile:
        import cProfile
        import pstats
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(3):
            time_once(comp, saved)
        pr.disable()
        pstats.Stats(pr).sort_stats("tottime").print_stats(25)
        return
    best = {k: float("inf") for k in comps}
    for _ in range(a.runs):
        for k, c in comps.items():
            best[k] = min(best[k], time_once(c, saved))
    for k, b in best.items():
        print(f"numbers [{k}]: {1000 * b / chars * 2000:.3f} ms per 2,000 chars (CPU, best of {a.runs}; "
              f"{len(texts)} docs, {chars} chars, {1000 * b / len(texts):.3f} ms/doc)")


if __name__ == "__main__":
    main()
