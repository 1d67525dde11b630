"""CPU time of each pipeline component (and the TextView, and ``model_dump(mode="json")``) on real news.

usage: pipeline_speed.py [--articles N] [--repeat R] [--warm] [--no-gc]

Runs the default pipeline over the first N articles of ../shared/data/news/saudinewsnet/2015-07-21_22.jsonl
(title + "\\n\\n" + content, as ../shared/tools/eval_perf.py builds them) in a fresh process, the way
eval_perf does (one pass: per-form caches fill as they go, the first article is a warm-up), R times in
the same process (with --warm the later passes see warm caches, otherwise caches of the tokens component
are emptied between passes), and prints the best pass's CPU time per component in ms per 2,000 characters.
CPU time (time.process_time) rather than wall time: the machine is shared.
"""
import argparse
import gc
import time

import arnews
from arnews.pipeline import Context, Document, _new_meta

from corpus import news_texts


def one_pass(nlp, ts):
    pt = time.process_time
    acc = {}
    for t in ts:
        doc = Document.model_construct(text=t, id=None, headline=None, meta=_new_meta(), paragraphs=[],
                                       sentences=[], tokens=[], entities=[], quantities=[], temporals=[], quotes=[])
        ctx = Context(t)
        t0 = pt()
        ctx.view
        t1 = pt()
        acc["view"] = acc.get("view", 0.0) + t1 - t0
        for name, comp in zip(nlp.names, nlp.components):
            t0 = pt()
            comp(doc, ctx)
            t1 = pt()
            acc[name] = acc.get(name, 0.0) + t1 - t0
        t0 = pt()
        doc.model_dump(mode="json")
        acc["model_dump"] = acc.get("model_dump", 0.0) + pt() - t0
    return acc


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--warm", action="store_true")
    ap.add_argument("--no-gc", action="store_true", help="garbage collector off (what the code itself costs)")
    a = ap.parse_args()
    if a.no_gc:
        gc.disable()
    ts = news_texts(a.articles)
    chars = sum(map(len, ts))
    mb = sum(len(t.encode("utf-8")) for t in ts) / 1e6
    nlp = arnews.Pipeline()
    arnews.extract(ts[0])
    one_pass(nlp, ts[:1])
    best = None
    for _ in range(a.repeat):
        if not a.warm:
            for c in nlp.components:
                if hasattr(c, "_cache"):
                    c._cache.clear()
        acc = one_pass(nlp, ts)
        if best is None or sum(acc.values()) < sum(best.values()):
            best = acc
    total = sum(best.values())
    unit = 2000 / chars * 1000
    for k, v in best.items():
        print(f"{k:12s} {v * unit:6.2f} ms/2000 chars  {100 * v / total:5.1f}%")
    print(f"{'total':12s} {total * unit:6.2f} ms/2000 chars  {mb / total:.3f} MB/s (CPU)")


if __name__ == "__main__":
    main()
