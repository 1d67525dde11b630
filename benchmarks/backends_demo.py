"""A camel-backed and a stanza-backed run on an article, with the tiny test models (no downloads).

    python benchmarks/backends_demo.py [examples/twitter-welcomes-everyone.txt]

Builds the tiny models of ``arnews.backends.tiny`` in a temporary folder (a random BERT NER model
and a small morphology database for CAMeL; a stanza resources folder with a NER model trained for a
few steps and a dictionary MWT expander), runs ``Pipeline(ner=..., segmenter=...)`` and prints a
summary of tokens, segments and entities. The models are tiny: the point is the plumbing (loading,
offsets, labels, merging with the gazetteer), not their predictions.
"""
from __future__ import annotations

import logging
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

import arnews
from arnews.backends import tiny

ROOT = Path(__file__).resolve().parent.parent


def summary(name: str, doc, seconds: float, nlp=None) -> None:
    arnews.Document.model_validate(doc.model_dump())  # valid records, exact offsets
    assert all(doc.text[t.start:t.end] == t.text for t in doc.tokens)
    assert all(doc.text[s.start:s.end] == s.text for t in doc.tokens for s in t.segments)
    seg = [t for t in doc.tokens if t.segments]
    print(f"== {name}: {seconds:.2f} s, {len(doc.tokens)} tokens, {len(seg)} with segments, "
          f"{len(doc.entities)} entities")
    shown = list(dict.fromkeys("+".join(s.text for s in t.segments) for t in seg))
    print("   segments:", "  ".join(shown[:14]) + (" ..." if len(shown) > 14 else ""))
    if nlp is not None and "entities" in nlp.names:
        raw = nlp.components[nlp.names.index("entities")]._tagger.tag(doc, None)
        print(f"   backend tagger spans: {len(raw)} {dict(Counter(lab for _, _, lab in raw))}, e.g. "
              + " | ".join(f"{doc.text[s:e]}/{lab}" for s, e, lab in raw[:6]))
    print("   entities by source:", dict(Counter(e.source for e in doc.entities)))
    print("   tagger labels:", dict(Counter(e.label for e in doc.entities if e.source != "gazetteer")))
    ids = Counter(e.id for e in doc.entities if e.id)
    print("   ids:", ", ".join(f"{k}×{v}" for k, v in ids.most_common(12)))
    tagged = [f"{e.text}/{e.label}" + (f"={e.id}" if e.id else "") for e in doc.entities if e.source != "gazetteer"]
    print("   tagger spans (first 12):", " | ".join(tagged[:12]) or "-")


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "examples" / "twitter-welcomes-everyone.txt"
    text = path.read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        t = time.perf_counter()
        ner = tiny.build_camel_ner(tmp / "camel" / "ner")
        db = tiny.build_camel_morphology_db(tmp / "camel" / "morphology.db")
        logging.disable(logging.INFO)  # stanza's trainers log every step
        stanza_dir = tiny.build_stanza_models(tmp / "stanza")
        print(f"tiny models built in {time.perf_counter() - t:.1f} s under {tmp}")

        nlp = arnews.Pipeline(ner="camel", segmenter="camel", camel_ner_model=str(ner), camel_morphology_db=str(db))
        t = time.perf_counter()
        doc = nlp(text)
        summary(f"camel (ner=camel, segmenter=camel) on {path.name}", doc, time.perf_counter() - t, nlp)

        nlp = arnews.Pipeline(ner="stanza", segmenter="stanza", stanza_dir=str(stanza_dir), stanza_pretokenized=True)
        t = time.perf_counter()
        doc = nlp(text)
        summary(f"stanza (ner=stanza, segmenter=stanza, pretokenized) on {path.name}", doc, time.perf_counter() - t,
                nlp)

        t = time.perf_counter()
        doc = arnews.Pipeline()(text)
        summary(f"default pipeline on {path.name}, for comparison", doc, time.perf_counter() - t)


if __name__ == "__main__":
    main()
