"""Time the numbers component alone on the dev articles (ms per 2,000 characters)."""
import sys
import time
from pathlib import Path

import arnews
from arnews.pipeline import Context

texts = [p.read_text(encoding="utf-8") for p in sorted(Path(sys.argv[1] if len(sys.argv) > 1 else
                                                              "../shared/data/news/dev-gold/articles").glob("*.txt"))]
nlp = arnews.Pipeline()
comp = [c for c in nlp.components if c.name == "numbers"][0]
docs = [nlp(t) for t in texts]
best = float("inf")
for _ in range(5):
    t0 = time.perf_counter()
    for t, d in zip(texts, docs):
        d.quantities.clear(); d.temporals.clear()
        ctx = Context(t)
        ctx.view  # built once per document by the pipeline, not the component's cost
        comp(d, ctx)
    best = min(best, time.perf_counter() - t0)
chars = sum(map(len, texts))
print(f"numbers: {1000 * best / chars * 2000:.3f} ms per 2,000 chars ({len(texts)} docs, {chars} chars)")
