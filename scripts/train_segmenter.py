#!/usr/bin/env python3
"""Train the clitic segmenter shipped in arnews/data/segmenter/.

usage: pip install wordfreq    # training only: general Arabic word frequencies (data CC BY-SA 4.0)
       python scripts/train_segmenter.py [--data ../shared/data] [--epochs 8] [--out arnews/data/segmenter]
                                         [--general-min-zipf 3]

Supervision: UD Arabic-PUD (CC BY-SA 3.0). Its words (ل + أوباما, نشرت + ها) are aligned to each
sentence's ``# text``; every Arabic token of arnews' tokenizer gets its gold cut points.
Vocabulary statistics: word counts of the ANERcorp (CC BY-SA 4.0) and NewsFANE (CC BY-SA 3.0) text
(the same news text; sentences are counted once), plus the PUD text (jackknifed in training, see
``build``) and the hand-made names list ``arnews/data/segmenter/names.txt``; and the Zipf frequencies of
general Arabic text from the ``wordfreq`` package (``general_vocab``; stored in the model as ``general``),
which attest many more stems than the news corpus. SaudiNewsNet is never read here (non-commercial license).

Model: an averaged structured perceptron over the candidates of ``arnews.segment.clitics`` (see its
docstring for the features). Output: ``segmenter.json.gz`` = {"weights": {feature: weight},
"vocab": {normalized form: count}, "general": {normalized form: Zipf x 10}, "meta": {...}}.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from arnews.segment.clitics import Features, boundaries, candidates, skeleton  # noqa: E402
from arnews.segment.tokenizer import tokenize  # noqa: E402
from arnews.text import normalize  # noqa: E402

DEFAULT_DATA = ROOT.parent / "shared" / "data"


# --- data --------------------------------------------------------------------------------------

def read_conllu(path: Path) -> list[tuple[str, list[str]]]:
    """(text, words) per sentence; multiword-token ranges and empty nodes skipped."""
    sents, text, words = [], None, []
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("# text = "):
            text = line[len("# text = "):]
        elif not line.strip():
            if text is not None and words:
                sents.append((text, words))
            text, words = None, []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            words.append(cols[1])
    return sents


def align(text: str, words: list[str]):
    spans, pos = [], 0
    for w in words:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if not text.startswith(w, pos):
            return None
        spans.append((pos, pos + len(w)))
        pos += len(w)
    return spans


def load_pud(data: Path) -> list[tuple[str, list[tuple[int, int]]]]:
    out = []
    for t, w in read_conllu(data / "ud" / "ar_pud-ud-test.conllu"):
        spans = align(t, w)
        if spans is not None:
            out.append((t, spans))
    return out


def examples(sents) -> list[tuple[str, tuple[int, ...]]]:
    """(skeleton, gold cuts in skeleton offsets) for every Arabic token that can have clitics."""
    out = []
    for text, spans in sents:
        bounds = {a for a, _ in spans} | {b for _, b in spans}
        for s, e, kind in tokenize(text):
            if kind != "arabic":
                continue
            sk = skeleton(text[s:e])
            if sk is None:
                continue
            skel, offs = sk
            if len(skel) < 2:
                continue
            cuts = []
            for k in range(1, len(skel)):
                if s + offs[k] in bounds:
                    cuts.append(k)
            out.append((skel, tuple(cuts)))
    return out


def corpus_vocab(data: Path) -> Counter:
    """Word counts (normalized forms) of the ANERcorp and NewsFANE text, each sentence counted once."""
    seen: set[str] = set()
    counts: Counter = Counter()

    def sentences(path: Path, sep: str | None):
        cur: list[str] = []
        for line in path.read_text(encoding="utf-8").split("\n"):
            line = line.strip()
            if not line:
                if cur:
                    yield cur
                cur = []
                continue
            tok = line.split(sep)[0] if sep else line.split()[0]
            cur.append(tok)
            if tok in (".", "؟", "!"):
                yield cur
                cur = []
        if cur:
            yield cur

    for path, sep in ((data / "ner" / "anercorp-train.txt", None), (data / "ner" / "newsfane-train.tsv", "\t")):
        for sent in sentences(path, sep):
            key = " ".join(sent)
            if key in seen:
                continue
            seen.add(key)
            for w in sent:
                counts[normalize(w)] += 1
    return counts


def general_vocab(min_zipf: float = 3.0) -> dict[str, int]:
    """Normalized Arabic word -> Zipf frequency x 10 (rounded) in wordfreq's large Arabic list, forms
    below ``min_zipf`` left out (``Features.general``)."""
    import math
    try:
        import wordfreq
    except ImportError:
        sys.exit("training needs the wordfreq package (pip install wordfreq), or pass --general-min-zipf 0")
    freq: Counter = Counter()
    for w, f in wordfreq.get_frequency_dict("ar", "large").items():
        freq[normalize(w)] += f
    out = {w: round(10 * math.log10(f * 1e9)) for w, f in freq.items()}
    return {w: z for w, z in sorted(out.items()) if z >= 10 * min_zipf}


def gold_vocab(sents) -> Counter:
    """Counts of the treebank's own words (stems without their clitics: أكدت from و + أكدت)."""
    c: Counter = Counter()
    for text, spans in sents:
        for a, b in spans:
            w = text[a:b]
            if b - a > 1 and any("\u0621" <= ch <= "\u064a" for ch in w):
                c[normalize(w)] += 1
    return c


def text_vocab(texts) -> Counter:
    c: Counter = Counter()
    for t in texts:
        for s, e, kind in tokenize(t):
            if kind == "arabic":
                c[normalize(t[s:e])] += 1
    return c


# --- training ----------------------------------------------------------------------------------

def featurize(exs, vocab, general=None) -> list[tuple[list[list[str]], int]]:
    """Per example: the candidates' feature lists and the gold candidate's index (-1 if not reachable)."""
    feats = Features(vocab, general)
    out = []
    for skel, gold in exs:
        cands = candidates(skel)
        if len(cands) == 1:
            continue
        gi = -1
        fl = []
        for k, c in enumerate(cands):
            if boundaries(*c) == gold:
                gi = k
            fl.append(feats(skel, *c))
        out.append((fl, gi))
    return out


MIN_FEATURE_COUNT = 1  # a cutoff of 3 or 10 did not help in cross-validation


def train(data_feats, epochs: int = 8, seed: int = 1, min_count: int | None = None) -> dict[str, float]:
    """Averaged structured perceptron (lazy averaging); features seen in fewer than ``min_count``
    training words are left out (rare character pairs would otherwise act as word identities)."""
    w: dict[str, float] = {}
    total: dict[str, float] = {}
    stamp: dict[str, int] = {}
    step = 1
    items = [x for x in data_feats if x[1] >= 0]
    rng = random.Random(seed)
    min_count = MIN_FEATURE_COUNT if min_count is None else min_count
    if min_count > 1:
        seen: Counter = Counter()
        for fl, _ in items:
            seen.update({f for fs in fl for f in fs})
        items = [([[f for f in fs if seen[f] >= min_count] for fs in fl], gi) for fl, gi in items]

    def upd(f: str, d: float):
        total[f] = total.get(f, 0.0) + (step - stamp.get(f, 0)) * w.get(f, 0.0)
        stamp[f] = step
        w[f] = w.get(f, 0.0) + d

    for _ in range(epochs):
        rng.shuffle(items)
        for fl, gi in items:
            best, bs = 0, None
            for k, fs in enumerate(fl):
                s = 0.0
                for f in fs:
                    s += w.get(f, 0.0)
                if bs is None or s > bs:
                    best, bs = k, s
            if best != gi:
                for f in fl[gi]:
                    upd(f, 1.0)
                for f in fl[best]:
                    upd(f, -1.0)
            step += 1
    avg = {}
    for f, v in w.items():
        t = total.get(f, 0.0) + (step - stamp.get(f, 0)) * v
        a = t / step
        if abs(a) >= 1e-4:
            avg[f] = round(a, 4)
    return avg


NAMES = ROOT / "arnews" / "data" / "segmenter" / "names.txt"
NAME_COUNT = 20


def names() -> list[str]:
    """The hand-made list of names (platforms, brands, places, people) the corpus text lacks."""
    out = []
    for line in NAMES.read_text(encoding="utf-8").split("\n"):
        line = line.split("#")[0].strip()
        if line:
            out.append(line)
    return out


def build(sents, corpus: Counter, epochs: int = 8, min_count: int = 1, jackknife: int = 5,
          general=None) -> tuple[dict, dict]:
    """Train on PUD sentences ``sents``; vocabulary = corpus counts + names.txt + the text of ``sents``.

    The text of the sentences a training example comes from must not make its words look attested
    (new text is unseen at run time), so training features use a jackknifed vocabulary: the
    sentences are cut in ``jackknife`` parts and each part is featurized with the PUD text of the
    other parts only. The shipped vocabulary has all of it.
    """
    base = Counter(corpus)
    for n in names():
        k = normalize(n)
        base[k] = max(base[k], NAME_COUNT)

    def clean(c: Counter) -> dict:
        return {k: v for k, v in c.items() if v >= min_count and any("\u0621" <= ch <= "\u064a" for ch in k)}

    parts = [sents[i::jackknife] for i in range(jackknife)] if jackknife > 1 else [sents]
    part_counts = [text_vocab(t for t, _ in part) + gold_vocab(part) for part in parts]
    feats = []
    for i, part in enumerate(parts):
        v = Counter(base)
        for j, c in enumerate(part_counts):
            if j != i or jackknife <= 1:
                v.update(c)
        feats.extend(featurize(examples(part), clean(v), general))
    weights = train(feats, epochs=epochs)
    full = Counter(base)
    for c in part_counts:
        full.update(c)
    return weights, clean(full)


def _version(package: str) -> str:
    from importlib.metadata import version
    return version(package)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(DEFAULT_DATA))
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--out", default=str(ROOT / "arnews" / "data" / "segmenter"))
    ap.add_argument("--general-min-zipf", type=float, default=3.0,
                    help="general-frequency features from wordfreq, words of at least this Zipf frequency (0: none)")
    a = ap.parse_args()
    data = Path(a.data)
    t0 = time.time()
    sents = load_pud(data)
    corpus = corpus_vocab(data)
    general = general_vocab(a.general_min_zipf) if a.general_min_zipf else None
    weights, vocab = build(sents, corpus, epochs=a.epochs, general=general)
    name_list = sorted(set(names()))
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    model = {"meta": {"format": 1, "epochs": a.epochs, "pud_sentences": len(sents),
                      "features": len(weights), "vocab": len(vocab), "general_min_zipf": a.general_min_zipf,
                      "wordfreq": _version("wordfreq") if general else None},
             "weights": dict(sorted(weights.items())), "vocab": dict(sorted(vocab.items())),
             "names": name_list, **({"general": general} if general else {})}
    raw = json.dumps(model, ensure_ascii=False, separators=(",", ":"), sort_keys=False).encode("utf-8")
    with open(out / "segmenter.json.gz", "wb") as fh:  # mtime=0: the same model gives the same bytes
        with gzip.GzipFile(filename="segmenter.json", mode="wb", fileobj=fh, compresslevel=9, mtime=0) as f:
            f.write(raw)
    size = (out / "segmenter.json.gz").stat().st_size
    print(f"trained on {len(sents)} PUD sentences, {len(weights)} features, vocabulary {len(vocab)}; "
          f"{size / 1024:.0f} KiB in {time.time() - t0:.1f} s -> {out / 'segmenter.json.gz'}")


if __name__ == "__main__":
    main()
