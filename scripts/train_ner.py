#!/usr/bin/env python3
"""Train the statistical NER tagger shipped in arnews/data/ner/ (see its MODEL_CARD.md).

    pip install python-crfsuite numpy        # training only; inference needs numpy alone
    python scripts/train_ner.py [--augment K] [--data ../shared/data/ner] [--out arnews/data/ner]
                                [--newsfane] [--all] [--c1 0.05 --c2 0.03 --iters 200] [--no-names]

Data: ANERcorp (CAMeL train split, ``token TAG``) and NewsFANE Gold (``token<TAB>fine tag``, ATB-style
clitic tokens), the fine types mapped to PERS/LOC/ORG/MISC exactly like ../shared/tools/eval_ner.py.
By default the model is trained on the first 90% of ANERcorp sentences only, the last 10% being the
development split that ``eval_ner.py --dev`` scores; NewsFANE re-annotates the same news text, so every
NewsFANE sentence overlapping that dev split is removed first. ``--all`` trains on all of ANERcorp.
NewsFANE clitics (و ف ب ل ك before, pronouns after) are glued back to their words so that training
tokens look like the whitespace tokens the tagger sees.
Name-list features come from arnews/data/names (stored in the model); ``--augment K`` adds K copies of
each training sentence with its PERS/ORG/LOC names replaced by names of the lists (off by default).
"""
from __future__ import annotations

import argparse
import collections
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import regex  # noqa: E402

from arnews.entities import ner_features as F  # noqa: E402
from arnews.text import normalize  # noqa: E402

FANE = {  # NewsFANE fine types -> coarse (as in eval_ner.py)
    "PERS": {"Politician", "Athlete", "Artist", "Other_PER", "Religious_PER", "Scientist", "Businessperson",
             "Lawyer", "Engineer", "Group"},
    "LOC": {"Nation", "Population-Center", "State-or-Province", "GPE-Cluster", "Continent", "Water-Body", "Land",
            "County-or-District", "Land-Region-Natural", "Celestial", "Building-Grounds", "Airport", "Path",
            "Subarea-Facility"},
    "ORG": {"Non-Governmental", "Sports", "Media", "Government", "Commercial", "Educational", "Police",
            "Medical-Science", "Religious_ORG", "Entertainment"},
}
_PIECE = regex.compile(r"[\p{L}\p{M}]+|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]")
_WORD = regex.compile(r"[\p{L}\p{M}]")
_PRO = {"و", "ف", "ب", "ل", "ك", "س"}
_ENC = {"ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم", "كما", "كن", "ني"}


def coarse_fane(t):
    for k, v in FANE.items():
        if t in v:
            return k
    return "MISC"


def read(path, fmt):
    """Sentences of (token, tag) read exactly as eval_ner.py reads them."""
    sents, cur = [], []
    for line in Path(path).read_text(encoding="utf-8-sig").replace("\r", "").split("\n"):
        if not line.strip():
            if cur:
                sents.append(cur)
                cur = []
            continue
        parts = line.split("\t") if fmt == "newsfane" else line.rsplit(" ", 1)
        tok = parts[0].replace("\u200e", "").replace("\u200f", "").strip()
        tag = parts[1].strip() if len(parts) > 1 else "O"
        if not tok:
            continue
        if tag != "O" and fmt == "newsfane":
            tag = tag[:2] + coarse_fane(tag[2:])
        cur.append((tok, tag))
    if cur:
        sents.append(cur)
    return sents


def glue_fane(sent):
    """Glue NewsFANE's split clitics back: و + الصادرات -> والصادرات, ل + السياسات -> للسياسات,
    تتوقع + ه -> تتوقعه. The glued token takes the stem's tag."""
    out = []
    pre = ""
    for i, (tok, tag) in enumerate(sent):
        glued = bool(pre)
        nxt = sent[i + 1][0] if i + 1 < len(sent) else ""
        if tok in _PRO and tag == "O" and nxt and _WORD.match(nxt) and nxt not in _PRO | _ENC:
            pre += tok
            continue
        if pre:
            if pre.endswith("ل") and tok.startswith("ال"):
                tok = tok[1:]
            tok = pre + tok
            pre = ""
        if (not glued and tok in _ENC and out and _WORD.match(out[-1][0]) and tag in ("O", "I-" + out[-1][1][2:])
                and len(out[-1][0]) >= 2):
            out[-1] = (out[-1][0] + tok, out[-1][1])
            continue
        out.append((tok, tag))
    if pre:
        out.append((pre, "O"))
    return out


def pieces(sent):
    """Re-tokenize like the tokenizer (words, numbers, single punctuation marks); pieces of an entity
    token continue it, punctuation at its edges is O."""
    out = []
    for tok, tag in sent:
        ps = _PIECE.findall(tok) or [tok]
        if tag == "O" or len(ps) == 1:
            out.append((ps[0], tag))
            out += [(p, "O" if tag == "O" else "I-" + tag[2:]) for p in ps[1:]]
            continue
        words = [k for k, p in enumerate(ps) if _WORD.match(p) or p[0].isdigit()]
        first = words[0] if words else 0
        last = words[-1] if words else len(ps) - 1
        for k, p in enumerate(ps):
            if k < first or k > last:
                out.append((p, "O"))
            elif k == first:
                out.append((p, tag))
            else:
                out.append((p, "I-" + tag[2:]))
    return out


def shingles(s, n=8):
    s = "".join(normalize(s).split())
    return {s[i:i + n] for i in range(max(1, len(s) - n + 1))}


def filter_fane(fane, dev, threshold=0.1):
    """Drop NewsFANE sentences whose text overlaps the dev split (character 8-gram shingles of the
    normalized, space-free text; ``threshold`` of the sentence's shingles found in dev)."""
    dev_sh = set()
    for s in dev:
        dev_sh |= shingles("".join(t for t, _ in s))
    kept, dropped = [], 0
    for s in fane:
        sh = shingles("".join(t for t, _ in s))
        if len(sh & dev_sh) > threshold * len(sh):
            dropped += 1
        else:
            kept.append(s)
    return kept, dropped


def name_pools(root):
    """Names by type for ``augment``: PERS from names/people.txt (and first names with a surname of
    it), ORG from names/clubs.txt and orgs.txt, LOC from the gazetteer's countries and cities
    (names/places.txt too lowered dev F1: 73.8 vs 74.8, PERS 71.8 vs 75.2)."""
    def entries(path):
        if not path.exists():
            return []
        out = []
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if line:
                out.append(line.split())
        return out
    names = root / "arnews" / "data" / "names"
    people = entries(names / "people.txt")
    firsts = entries(names / "first_names_arabic.txt") + entries(names / "first_names_foreign.txt")
    lasts = [p[-1:] for p in people if len(p) > 1]
    rng = __import__("random").Random(7)
    people += [rng.choice(firsts) + rng.choice(lasts) for _ in range(len(people))] if firsts and lasts else []
    locs = []
    for f in ("countries.tsv", "cities.tsv"):
        path = root / "arnews" / "data" / "gazetteer" / f
        for line in path.read_text(encoding="utf-8").splitlines():
            cols = line.split("\t")
            if line.startswith("#") or len(cols) < 5:
                continue
            for alias in cols[4].split(";"):
                if alias and not regex.search(r"[()|]", alias):
                    locs.append(alias.split())
    return {"PERS": people, "ORG": entries(names / "clubs.txt") + entries(names / "orgs.txt"), "LOC": locs}


def augment(sents, pools, copies, seed=1, p=0.8):
    """Mention replacement: ``copies`` copies of each sentence holding PERS/ORG/LOC entities, each such
    entity replaced (with probability ``p``) by a random name of its type from ``pools``. Returns
    (sentence, positions of the new names' tokens, index of the original sentence) triples."""
    import random
    rng = random.Random(seed)
    out = []
    for si, s in enumerate(sents):
        ents = [e for e in _spans([t for _, t in s]) if e[2] in pools and pools[e[2]]]
        if not ents:
            continue
        for _ in range(copies):
            new, unseen, k = [], set(), 0
            for a, b, lab in sorted(ents):
                new += s[k:a]
                if rng.random() < p:
                    name = rng.choice(pools[lab])
                    unseen.update(range(len(new), len(new) + len(name)))
                    new += [(w, ("B-" if i == 0 else "I-") + lab) for i, w in enumerate(name)]
                else:
                    new += s[a:b]
                k = b
            new += s[k:]
            out.append((new, unseen, si))
    return out


def lexicon(sents, vocab):
    """clitic-free form -> 'TYPE:h|m|l' (its main entity type and how often it is inside one)."""
    cnt = collections.defaultdict(collections.Counter)
    for s in sents:
        for tok, tag in s:
            cf = F.split_clitics(normalize(tok), vocab)[1]
            cnt[cf][tag[2:] if tag != "O" else "O"] += 1
    lex = {}
    for w, c in cnt.items():
        tot = sum(c.values())
        ent = [(v, k) for k, v in c.items() if k != "O"]
        if not ent:
            continue
        v, k = max(ent)
        r = sum(x for x, _ in ent) / tot
        lex[w] = k + (":h" if r >= 0.7 else ":m" if r >= 0.3 else ":l")
        if tot == 1:
            lex[w] = k + ":1"
    return lex


_IDENTITY = ("w", "s", "b")


def sent_features(toks, vocab, lex, cache, freq=None, gz=None, nl=None, rare=0, unseen=()):
    """CRFsuite attribute lists of a sentence. ``rare``: forms seen at most that often in the training
    text lose their word-identity features (w, s, b), as if unseen (the model then learns to name them
    from context, affixes and the name lists, as it must for the unseen words of new text); so do the
    tokens at the positions ``unseen`` (names put in by ``augment``)."""
    n = len(toks)
    groups = []
    for i, t in enumerate(toks):
        key = ("\0", t) if i in unseen else t
        g = cache.get(key)
        if g is None:
            g = cache[key] = F.form_groups(t, vocab, lex, freq, gz, nl)
            if key is not t or (rare and vocab.get(normalize(t), 0) <= rare and F._ARABIC.search(normalize(t))):
                g = cache[key] = {k: v for k, v in g.items() if k not in _IDENTITY}
        groups.append(g)
    pad = {F.BOS: F.form_groups(F.BOS, vocab, lex), F.EOS: F.form_groups(F.EOS, vocab, lex)}
    norms = [normalize(t) for t in toks]
    xs = []
    for i in range(n):
        f = []
        for k in F.OFFSETS:
            j = i + k
            g = groups[j] if 0 <= j < n else pad[F.BOS if j < 0 else F.EOS]
            f += F.offset_feats(g, k)
        f += F.bigram_feats(norms[i - 1] if i else F.BOS, norms[i], norms[i + 1] if i + 1 < n else F.EOS)
        xs.append(f)
    return xs


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", default=str(ROOT.parent / "shared" / "data" / "ner"))
    ap.add_argument("--out", default=str(ROOT / "arnews" / "data" / "ner"))
    ap.add_argument("--newsfane", action="store_true",
                    help="add the (dev-filtered) NewsFANE sentences: -2.4 F1 on dev, so off by default")
    ap.add_argument("--all", action="store_true", help="train on all of ANERcorp (no honest dev score)")
    ap.add_argument("--c1", type=float, default=0.05)
    ap.add_argument("--c2", type=float, default=0.03)
    ap.add_argument("--iters", type=int, default=200)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--leave-out", type=int, default=None,
                    help="leave out the 20-sentence documents i with i %% FOLDS == this (jackknife models, "
                         "whose predictions on the documents they did not see feed stacking experiments)")
    ap.add_argument("--min-weight", type=float, default=1e-3)
    ap.add_argument("--gazetteer", action="store_true",
                    help="add gazetteer-membership features (arnews/data/gazetteer words, stored in the model): "
                         "+0.3 F1 tagger alone on dev, -0.6 through arnews.extract, so off by default")
    ap.add_argument("--no-names", action="store_true",
                    help="leave out the name-list features (arnews/data/names, stored in the model)")
    ap.add_argument("--algorithm", default="lbfgs", help="CRFsuite training algorithm (lbfgs, ap, pa, arow, l2sgd)")
    ap.add_argument("--rare", type=int, default=0,
                    help="forms seen at most this often in training lose their word-identity features")
    ap.add_argument("--augment", type=int, default=0,
                    help="copies of each training sentence with its names replaced by list names (augment): "
                         "tagger-alone dev F1 74.5 with 2 vs 74.7 without, and it lowers eval_news (0.907), "
                         "so off by default")
    ap.add_argument("--bags", type=int, default=1,
                    help="train this many models, each leaving out one fold of sentences, and average them")
    ap.add_argument("--possible-states", action="store_true", help="CRFsuite feature.possible_states")
    a = ap.parse_args()
    import numpy as np
    import pycrfsuite

    t0 = time.time()
    aner = read(Path(a.data) / "anercorp-train.txt", "anercorp")
    cut = len(aner) if a.all else int(len(aner) * 0.9)
    train, dev = aner[:cut], aner[int(len(aner) * 0.9):]
    if a.leave_out is not None:  # a jackknife model: without the 20-sentence documents of one fold
        train = [s for i, s in enumerate(train) if (i // 20) % a.folds != a.leave_out]
    stats = {"anercorp_train_sentences": len(train), "anercorp_dev_sentences": len(dev)}
    if a.newsfane:
        fane = [glue_fane(s) for s in read(Path(a.data) / "newsfane-train.tsv", "newsfane")]
        if not a.all:
            fane, dropped = filter_fane(fane, dev)
            stats["newsfane_dropped_overlapping_dev"] = dropped
        stats["newsfane_sentences"] = len(fane)
        train = train + fane
    train = [pieces(s) for s in train]
    dev_p = [pieces(s) for s in dev]
    print(json.dumps(stats), file=sys.stderr)

    vocab = collections.Counter(normalize(t) for s in train for t, _ in s)
    vocab = dict(vocab)
    # jackknifed lexicon features: blocks of 20 sentences dealt round-robin into folds
    fold_of = [(i // 20) % a.folds for i in range(len(train))]
    lexes = [lexicon([s for s, f in zip(train, fold_of) if f != k], vocab) for k in range(a.folds)]
    full_lex = lexicon(train, vocab)
    freqs = [dict(collections.Counter(normalize(t) for s, f in zip(train, fold_of) if f != k for t, _ in s))
             for k in range(a.folds)]

    gz = {}
    if a.gazetteer:
        from arnews.entities.gazetteer import get_gazetteer
        gz = F.gazetteer_words(get_gazetteer())
    nl = {} if a.no_names else F.name_lists(ROOT / "arnews" / "data" / "names")
    caches = [dict() for _ in range(a.folds)]
    items = []
    for s, f in zip(train, fold_of):
        toks = [t for t, _ in s]
        items.append((f, sent_features(toks, vocab, lexes[f], caches[f], freqs[f], gz, nl, a.rare), [t for _, t in s]))
    if a.augment:
        extra = augment(train, name_pools(ROOT), a.augment)
        stats["augmented_sentences"] = len(extra)
        for s, unseen, si in extra:
            f = fold_of[si]  # the original's fold: its context words' jackknifed features
            items.append((f, sent_features([t for t, _ in s], vocab, lexes[f], caches[f], freqs[f], gz, nl, a.rare,
                                           unseen), [t for _, t in s]))
    params = {"max_iterations": a.iters, "feature.possible_transitions": True,
              "feature.possible_states": a.possible_states}
    if a.algorithm == "lbfgs":
        params.update(c1=a.c1, c2=a.c2)
    elif a.algorithm == "l2sgd":
        params.update(c2=a.c2)
    print(f"features ready in {time.time() - t0:.0f}s; training", file=sys.stderr)
    # --bags N: N models, each without one fold of the sentences, their weights averaged
    runs = [None] if a.bags <= 1 else list(range(a.bags))
    infos = []
    for leave in runs:
        trainer = pycrfsuite.Trainer(algorithm=a.algorithm, verbose=False)
        for f, x, y in items:
            if leave is None or f != leave % a.folds:
                trainer.append(x, y)
        trainer.set_params(params)
        model_path = "/tmp/arnews_ner.crfsuite"
        trainer.train(model_path)
        tg = pycrfsuite.Tagger()
        tg.open(model_path)
        infos.append(tg.info())
        print(f"trained in {time.time() - t0:.0f}s", file=sys.stderr)
    labels = sorted(infos[0].labels, key=lambda x: (x != "O", x[2:], x))
    li = {lab: i for i, lab in enumerate(labels)}
    W = collections.defaultdict(lambda: np.zeros(len(labels), dtype=np.float32))
    T = np.zeros((len(labels), len(labels)), dtype=np.float32)
    for info in infos:
        for (attr, lab), w in info.state_features.items():
            W[attr][li[lab]] += w / len(infos)
        for (l1, l2), w in info.transitions.items():
            T[li[l1], li[l2]] += w / len(infos)
    for attr in [x for x, v in W.items() if not (abs(v) >= a.min_weight).any()]:
        del W[attr]
    attrs = sorted(W)
    Wm = np.stack([W[x] for x in attrs]) if attrs else np.zeros((0, len(labels)), np.float32)
    stats["state_features"] = sum(len(i.state_features) for i in infos) // len(infos)
    out = Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    used_vocab = {w: c for w, c in vocab.items() if _WORD.match(w)}
    meta = {"format": 1, "labels": labels, "attrs": attrs, "vocab": used_vocab, "lex": full_lex, "gz": gz, "nl": nl,
            "training": {**stats, "all": a.all, "newsfane": a.newsfane, "c1": a.c1, "c2": a.c2,
                         "iterations": a.iters, "gazetteer_features": bool(gz),
                         "algorithm": a.algorithm, "name_list_features": bool(nl)}}
    (out / "ner_model.json").write_text(json.dumps(meta, ensure_ascii=False, separators=(",", ":")),
                                        encoding="utf-8")
    np.savez_compressed(out / "ner_weights.npz", W=Wm.astype(np.float16), T=T)
    print(f"{len(attrs)} attributes, {stats['state_features']} state features; written to {out}",
          file=sys.stderr)

    # token-level sanity score on the dev split through the shipped inference code
    from arnews.entities.tagger import CrfTagger
    tagger = CrfTagger(out)
    pred = tagger.tag_sequences([[t for t, _ in s] for s in dev_p])
    tp = n_pred = n_gold = 0
    for s, p in zip(dev_p, pred):
        g = _spans([t for _, t in s]); q = _spans(p)
        tp += len(g & q); n_pred += len(q); n_gold += len(g)
    pr = tp / max(1, n_pred); rc = tp / max(1, n_gold)
    print(f"dev (re-tokenized, token level): F1 {200 * pr * rc / max(1e-9, pr + rc):.1f} "
          f"P {100 * pr:.1f} R {100 * rc:.1f}", file=sys.stderr)


def _spans(tags):
    out, start, lab = set(), None, None
    for i, t in enumerate(list(tags) + ["O"]):
        if t == "O" or t.startswith("B-") or (t.startswith("I-") and t[2:] != lab):
            if start is not None:
                out.add((start, i, lab))
            start, lab = (i, t[2:]) if t != "O" else (None, None)
    return out


if __name__ == "__main__":
    main()
