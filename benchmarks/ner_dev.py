#!/usr/bin/env python3
"""Score the statistical NER tagger alone on the ANERcorp dev split, the way eval_ner.py scores.

    python benchmarks/ner_dev.py [../shared/data/ner/anercorp-train.txt] [--all] [--model DIR]

Reproduces ``../shared/tools/eval_ner.py FILE --dev``: the last 10% of sentences, joined with
spaces into documents of 20 sentences (one a line), each entity tagging every token it overlaps,
CoNLL entity-level micro-F1, but with the entities coming from ``get_tagger().tag(doc, ctx)`` directly
(no gazetteer). Also reports the tagger's speed (µs per token, warm per-form cache, one core).
``--all`` scores every sentence (only meaningful for a model trained with --dev data held out).
"""
from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import regex  # noqa: E402

from arnews.pipeline import Context, Pipeline  # noqa: E402
from arnews.records import Document, Span, Token  # noqa: E402
from arnews.entities.tagger import get_tagger  # noqa: E402
from train_ner import _spans as spans, read  # noqa: E402

LABEL = {"PERSON": "PERS", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}


def blocks(sents):
    for b in range(0, len(sents), 20):
        block = sents[b:b + 20]
        lines, offs, pos = [], [], 0
        for s in block:
            o, words = [], []
            for tok, _ in s:
                if words:
                    pos += 1
                o.append((pos, pos + len(tok)))
                words.append(tok)
                pos += len(tok)
            pos += 1
            lines.append(" ".join(words))
            offs.append(o)
        yield block, offs, "\n".join(lines)


_TOK = regex.compile(r"[\p{L}\p{M}]+|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]")


def _regex_doc(text):
    """Words, numbers and punctuation marks as tokens, one sentence a line."""
    toks = [Token.model_construct(text=m.group(), start=m.start(), end=m.end(), norm="", segments=[])
            for m in _TOK.finditer(text)]
    sents, pos = [], 0
    for line in text.split("\n"):
        sents.append(Span.model_construct(text=line, start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return Document.model_construct(text=text, tokens=toks, sentences=sents)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", default=str(ROOT.parent / "shared" / "data" / "ner" / "anercorp-train.txt"))
    ap.add_argument("--all", action="store_true")
    ap.add_argument("--model", default="default")
    a = ap.parse_args()
    sents = read(a.file, "anercorp")
    if not a.all:
        sents = sents[int(len(sents) * 0.9):]
    tagger = get_tagger(a.model)
    docs = []
    nlp = Pipeline(components=["structure", "sentences", "tokens"])
    for block, offs, text in blocks(sents):
        try:
            doc = nlp(text) if nlp is not None else None
        except Exception as e:  # the tokenizer is work in progress: fall back to regex tokens
            print(f"pipeline tokens unavailable ({e!r:.120}); using regex tokens", file=sys.stderr)
            nlp = doc = None
        docs.append((block, offs, doc or _regex_doc(text)))
    tp = n_pred = n_gold = 0
    per = collections.Counter()
    for block, offs, doc in docs:
        ents = tagger.tag(doc, Context(doc.text))
        for s, o in zip(block, offs):
            pred = ["O"] * len(s)
            for e0, e1, lab in ents:
                idx = [i for i, (t0, t1) in enumerate(o) if min(t1, e1) - max(t0, e0) > 0]
                for k, i in enumerate(idx):
                    pred[i] = ("B-" if k == 0 else "I-") + LABEL[lab]
            gold = spans([t for _, t in s])
            got = spans(pred)
            tp += len(gold & got); n_pred += len(got); n_gold += len(gold)
            for x in gold:
                per[("gold", x[2])] += 1
                per[("tp", x[2])] += x in got
            for x in got:
                per[("pred", x[2])] += 1

    def prf(t, p, g):
        pr = t / p if p else 0.0
        rc = t / g if g else 0.0
        return pr, rc, (2 * pr * rc / (pr + rc) if pr + rc else 0.0)
    for lab in ("PERS", "LOC", "ORG", "MISC"):
        p, r, f = prf(per[("tp", lab)], per[("pred", lab)], per[("gold", lab)])
        print(f"{lab:5} P {100*p:5.1f} R {100*r:5.1f} F1 {100*f:5.1f}  gold {per[('gold', lab)]}")
    p, r, f = prf(tp, n_pred, n_gold)
    print(f"ner (tagger only): F1 {100*f:.1f} P {100*p:.1f} R {100*r:.1f} over {n_gold} gold entities")

    ntok = sum(len(d.tokens) for _, _, d in docs)
    best = float("inf")
    for _ in range(5):
        t0 = time.process_time()
        for _, _, d in docs:
            tagger.tag(d, None)
        best = min(best, time.process_time() - t0)
    print(f"speed: {1e6 * best / ntok:.2f} µs/token (CPU time) warm ({ntok} tokens, {len(docs)} docs), "
          f"{1e3 * best / ntok * 350:.2f} ms per 350-token article")


if __name__ == "__main__":
    main()
