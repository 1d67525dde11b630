"""CPU time of the entities component per article: gazetteer part and tagger part.

usage: entities_speed.py [--limit N] [--runs R] [--ref DIR|REV] [--profile warm|cold]

Runs structure, sentences and tokens once on the first N (500) articles of
../shared/data/news/saudinewsnet/2015-07-21_22.jsonl (title + "\\n\\n" + content), then times (CPU,
``time.process_time``) the entities component over them R times; the figure is the best run, in ms per
article. Reported: the whole component, the gazetteer part (``find_mentions``), the tagger part
(``tagger.tag``), the rest (merge, records); "cold" is the first pass of a fresh process (the tagger's
per-form cache and the gazetteer's word cache empty: what first-seen words cost), "warm" the best later
pass. ``--ref`` times another copy of arnews/entities (a directory or a git revision, as in
entities_regression.py): cold figures from a fresh process each, then warm figures of both in one
process with the passes interleaved, so that both see the same machine load. ``--profile`` prints a
cProfile of one pass (cold or warm). The normalized view of each text (``ctx.view``) is built before
timing: whichever component touches it first pays for it (about 1-2 ms for these articles).
"""
import importlib
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from entities_regression import load_other, prepared  # noqa: E402


def instrument(mod, comp):
    """Wrap the gazetteer and tagger entry points of ``mod`` to accumulate their CPU time."""
    acc = {"gazetteer": 0.0, "tagger": 0.0}
    fm = mod.find_mentions

    def find_mentions(*a, **k):
        t = time.process_time()
        try:
            return fm(*a, **k)
        finally:
            acc["gazetteer"] += time.process_time() - t

    mod.find_mentions = find_mentions
    tagger = comp.tagger
    tag = tagger.tag

    def timed_tag(*a, **k):
        t = time.process_time()
        try:
            return tag(*a, **k)
        finally:
            acc["tagger"] += time.process_time() - t

    tagger.tag = timed_tag
    return acc


_COMPS = {}


def measure(mod, docs, runs, keep=False):
    """``runs`` timed passes; ``keep``: reuse the component (and its caches) of an earlier call."""
    if keep and mod in _COMPS:
        comp, acc = _COMPS[mod]
    else:
        comp = mod.make_component()
        comp.gazetteer  # loaded and compiled outside the timed passes
        acc = _COMPS[mod] = comp, instrument(mod, comp)
        acc = acc[1]
    out = []
    for r in range(runs):
        acc["gazetteer"] = acc["tagger"] = 0.0
        t = time.process_time()
        for doc, ctx in docs:
            doc.entities = []
            comp(doc, ctx)
        total = time.process_time() - t
        n = len(docs)
        out.append({"total": 1000 * total / n, "gazetteer": 1000 * acc["gazetteer"] / n,
                    "tagger": 1000 * acc["tagger"] / n,
                    "rest": 1000 * (total - acc["gazetteer"] - acc["tagger"]) / n})
    return out


def report(name, res, warm_only=False):
    cold = res[0]
    best = {k: min(r[k] for r in res[1:]) for k in res[0]} if len(res) > 1 else cold
    if not warm_only:
        print(f"{name:8} cold: total {cold['total']:6.2f}  gazetteer {cold['gazetteer']:6.2f}  "
              f"tagger {cold['tagger']:6.2f}  rest {cold['rest']:5.2f} ms/article")
    if len(res) < 2:
        return
    print(f"{name:8} warm: total {best['total']:6.2f}  gazetteer {best['gazetteer']:6.2f}  "
          f"tagger {best['tagger']:6.2f}  rest {best['rest']:5.2f} ms/article (best of {len(res) - 1})")


def main():
    args = sys.argv[1:]
    opt = {"--limit": "500", "--runs": "5", "--ref": None, "--profile": None, "--impl": None}
    for k in list(opt):
        if k in args:
            i = args.index(k)
            opt[k] = args[i + 1]
    limit, runs = int(opt["--limit"]), int(opt["--runs"])
    if opt["--ref"] and not opt["--impl"]:
        # each implementation in a fresh process: the shared caches (normalize) start cold for both
        import subprocess
        base = [sys.executable, __file__, "--limit", str(limit)]
        for impl in (opt["--ref"], "current"):
            subprocess.run(base + ["--impl", impl, "--runs", "0"], check=True)
        # warm: both in this process, runs interleaved so that both see the same machine load
        docs = list(prepared(limit))[:limit]
        mods = [("ref", load_other(opt["--ref"])), ("current", importlib.import_module("arnews.entities"))]
        res = {name: measure(mod, docs, 1, keep=True) for name, mod in mods}
        for _ in range(runs):
            for name, mod in mods:
                res[name] += measure(mod, docs, 1, keep=True)
        for name, _ in mods:
            report(name, res[name], warm_only=True)
        return
    docs = list(prepared(limit))[:limit]  # news articles only
    chars = sum(len(d.text) for d, _ in docs)
    impl = opt["--impl"] or "current"
    if impl == "current":
        import arnews.entities as mod
    else:
        mod = load_other(impl)
    if opt["--profile"]:
        import cProfile
        import pstats
        comp = mod.make_component()
        comp.gazetteer, comp.tagger
        if opt["--profile"] == "warm":
            for doc, ctx in docs:
                doc.entities = []
                comp(doc, ctx)
        prof = cProfile.Profile()
        prof.enable()
        for doc, ctx in docs:
            doc.entities = []
            comp(doc, ctx)
        prof.disable()
        pstats.Stats(prof).sort_stats("tottime").print_stats(30)
        return
    print(f"{impl}: {len(docs)} articles, {chars / len(docs):.0f} characters on average, CPU time")
    report(impl if len(impl) <= 8 else "ref", measure(mod, docs, runs + 1))


if __name__ == "__main__":
    main()
