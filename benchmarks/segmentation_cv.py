#!/usr/bin/env python3
"""10-fold cross-validated word (clitic) segmentation F1 on UD Arabic-PUD.

usage: python benchmarks/segmentation_cv.py [--data ../shared/data] [--folds 10] [--epochs 8] [--general-min-zipf 3]

The shipped segmenter is trained on all of PUD, so ``../shared/tools/eval_segmentation.py`` scores
it in-sample. Here each tenth of PUD (100 consecutive sentences) is held out in turn: the model is
trained on the other nine tenths (vocabulary: ANERcorp/NewsFANE plus the training tenths' text only;
the general word frequencies as shipped, ``--general-min-zipf 0`` for none)
and scored on the held-out sentences exactly as eval_segmentation.py does (blocks of 10 sentences
joined by spaces through the pipeline; F1 over exact character spans of words = token segments, or
the token itself when it has none). Also prints the score of a no-clitic baseline.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import train_segmenter as ts  # noqa: E402

from arnews import Pipeline  # noqa: E402
from arnews.segment import clitics  # noqa: E402


def score(sents, segmenter, block=10):
    """(tp, n_pred, n_gold) for words and sentences over ``sents`` with ``segmenter`` installed."""
    old = clitics._SEGMENTER
    clitics._SEGMENTER = segmenter
    try:
        nlp = Pipeline(components=["structure", "sentences", "tokens"],
                       segmenter="default" if segmenter is not None else "none")
        w = [0, 0, 0]
        s = [0, 0, 0]
        for b in range(0, len(sents), block):
            text, gold_s, gold_w, pos = "", set(), set(), 0
            for t, spans in sents[b:b + block]:
                if text:
                    text += " "
                    pos += 1
                gold_s.add((pos, pos + len(t)))
                gold_w.update((pos + x, pos + y) for x, y in spans)
                text += t
                pos += len(t)
            d = nlp(text)
            pred_w = set()
            for tok in d.tokens:
                if tok.segments:
                    pred_w.update((x.start, x.end) for x in tok.segments)
                else:
                    pred_w.add((tok.start, tok.end))
            pred_s = {(x.start, x.end) for x in d.sentences}
            w[0] += len(gold_w & pred_w); w[1] += len(pred_w); w[2] += len(gold_w)
            s[0] += len(gold_s & pred_s); s[1] += len(pred_s); s[2] += len(gold_s)
        return w, s
    finally:
        clitics._SEGMENTER = old


def f1(tp, npred, ngold):
    p = tp / npred if npred else 0.0
    r = tp / ngold if ngold else 0.0
    return 2 * p * r / (p + r) if p + r else 0.0


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", default=str(ts.DEFAULT_DATA))
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--general-min-zipf", type=float, default=3.0, help="as scripts/train_segmenter.py (0: none)")
    a = ap.parse_args()
    data = Path(a.data)
    t0 = time.time()
    sents = ts.load_pud(data)
    corpus = ts.corpus_vocab(data)
    general = ts.general_vocab(a.general_min_zipf) if a.general_min_zipf else None
    n = len(sents)
    tot = [0, 0, 0]
    for k in range(a.folds):
        lo, hi = k * n // a.folds, (k + 1) * n // a.folds
        test, train = sents[lo:hi], sents[:lo] + sents[hi:]
        weights, vocab = ts.build(train, corpus, epochs=a.epochs, general=general)
        (tp, npred, ngold), _ = score(test, clitics.Segmenter(weights, vocab, ts.names(), general=general))
        tot[0] += tp; tot[1] += npred; tot[2] += ngold
        print(f"fold {k + 1:2d}: sentences {lo}-{hi - 1}  words F1 {100 * f1(tp, npred, ngold):.2f}", flush=True)
    (btp, bp, bg), _ = score(sents, None)
    print(f"no-clitic baseline: words F1 {100 * f1(btp, bp, bg):.2f}")
    print(f"cross-validation ({a.folds} folds, {n} sentences, {time.time() - t0:.0f} s): "
          f"words F1 {100 * f1(*tot):.2f} (P {100 * tot[0] / tot[1]:.2f} R {100 * tot[0] / tot[2]:.2f})")


if __name__ == "__main__":
    main()
