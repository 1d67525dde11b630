"""Statistical NER tagger (PERSON, ORG, LOC, MISC) shipped inside the package.

A linear-chain CRF trained with CRFsuite on ANERcorp (+ NewsFANE mapped to the same four types) by
``scripts/train_ner.py``; see ``arnews/data/ner/MODEL_CARD.md``. Inference needs only numpy: the
weights are stored as a feature list (JSON) and a weight matrix (npz). Every state feature belongs to
one word form at one relative offset (``ner_features``), so the tagger caches per word form a small
matrix of summed weights; a document's emission scores are five vectorized gathers, and Viterbi runs
only over the stretches where some entity label comes close to O.

    tagger = get_tagger()                  # loaded once, lazily; None for name="none"
    spans = tagger.tag(doc, ctx)           # [(start, end, "PERSON"|"ORG"|"LOC"|"MISC"), ...]

Spans leave out glued proclitics (و ف ب ل ك): from the token's clitic segments when the tokenizer
provides them, otherwise only when what remains is a word the training data knows inside entities
(ولبنان -> لبنان, بالسعودية -> السعودية, للفيفا -> فيفا).
"""
from __future__ import annotations

import collections
import json
from bisect import bisect_right
import threading
from pathlib import Path
from typing import Optional, Sequence

from ..text import normalize
from . import ner_features as F

DATA = Path(__file__).resolve().parent.parent / "data" / "ner"
_LABEL_OUT = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
_PROCLITICS = frozenset("وفبلك")

_lock = threading.Lock()
_TAGGERS: dict = {}


def get_tagger(name: str = "default"):
    """The tagger called ``name`` (``"default"``: the shipped model; ``"none"``: None), loaded once.

    ``name`` may also be a directory holding ``ner_model.json`` and ``ner_weights.npz``.
    """
    if name is None or name == "none":
        return None
    t = _TAGGERS.get(name)
    if t is None:
        with _lock:
            t = _TAGGERS.get(name)
            if t is None:
                path = DATA if name == "default" else Path(name)
                if not (path / "ner_model.json").exists():
                    from ..pipeline import ArnewsError
                    raise ArnewsError(f"unknown NER tagger {name!r}: no ner_model.json in {path}")
                t = _TAGGERS[name] = CrfTagger(path)
    return t


class CrfTagger:
    """Linear-chain CRF with cached per-form emission matrices (see the module docstring)."""

    #: how close (in score) an entity label must come to O for Viterbi to consider the token
    MARGIN = 3.0
    CACHE_LIMIT = 300_000
    #: label other occurrences of names found in the document (2: also a person's last name alone)
    PROPAGATE = 2
    #: ...but not single words more frequent than this in the training text
    PROPAGATE_MAX_FREQ = 50

    def __init__(self, path: Path):
        import numpy as np

        self.np = np
        meta = json.loads((Path(path) / "ner_model.json").read_text(encoding="utf-8"))
        w = np.load(Path(path) / "ner_weights.npz")
        self.labels: list[str] = meta["labels"]
        self.attrs: list[str] = meta["attrs"]
        self.vocab: dict = meta["vocab"]
        self.lex: dict = meta["lex"]
        self.W = w["W"].astype(np.float32)
        self.T = w["T"].astype(np.float32)
        self.L = len(self.labels)
        self.o = self.labels.index("O")
        self.index = {a: i for i, a in enumerate(self.attrs)}
        self.bigram_prev = {a[3:]: i for a, i in self.index.items() if a.startswith("B-=")}
        self.bigram_next = {a[3:]: i for a, i in self.index.items() if a.startswith("B+=")}
        # type of each label (B-X, I-X -> X) and whether it begins an entity
        self.kind = [lab[2:] if lab != "O" else None for lab in self.labels]
        self.begin = [lab.startswith("B-") for lab in self.labels]
        self.non_o = np.array([i for i in range(self.L) if i != self.o])
        self._rows: dict[str, int] = {}
        self._normlist: list[str] = []
        self._cfs: dict[str, str] = {}
        self._norm: dict[str, str] = {}
        self._reset()

    def _reset(self) -> None:
        """Empty the per-form cache (also done between documents once it holds ``CACHE_LIMIT`` forms)."""
        self._rows.clear(); self._normlist.clear(); self._norm.clear(); self._cfs.clear()
        self._table = self.np.zeros((1024, len(F.OFFSETS), self.L), dtype=self.np.float32)
        self._n = 0
        self._row(F.BOS)
        self._row(F.EOS)

    # --- per form cache -------------------------------------------------------------------------

    def _row(self, form: str) -> int:
        r = self._rows.get(form)
        if r is not None:
            return r
        np = self.np
        if self._n >= len(self._table):
            self._table = np.concatenate([self._table, np.zeros_like(self._table)])
        groups = F.form_groups(form, self.vocab, self.lex)
        m = self._table[self._n]
        m[:] = 0
        index = self.index
        for j, k in enumerate(F.OFFSETS):
            ids = [index[f] for f in F.offset_feats(groups, k) if f in index]
            if ids:
                m[j] = self.W[ids].sum(axis=0)
        r = self._rows[form] = self._n
        self._normlist.append(form if form in (F.BOS, F.EOS) else normalize(form))
        self._n += 1
        return r

    def _norm_of(self, form: str) -> str:
        n = self._norm.get(form)
        if n is None:
            n = self._norm[form] = form if form in (F.BOS, F.EOS) else normalize(form)
        return n

    # --- tagging --------------------------------------------------------------------------------

    def tag_sequences(self, sents: Sequence[Sequence[str]]) -> list[list[str]]:
        """BIO labels (ANERcorp names: B-PERS, I-LOC, ...) for sentences given as token strings."""
        labels = self._tag_ids(sents)
        out, i = [], 0
        names = self.labels
        for s in sents:
            out.append([names[y] for y in labels[i:i + len(s)]])
            i += len(s)
        return out

    def _tag_ids(self, sents: Sequence[Sequence[str]]) -> list[int]:
        """Label indices of all tokens of ``sents``, concatenated."""
        np = self.np
        lengths = [len(s) for s in sents]
        if not sum(lengths):
            return []
        if self._n > self.CACHE_LIMIT:
            self._reset()
        bos, eos = self._rows[F.BOS], self._rows[F.EOS]
        rows: list[int] = [bos, bos]
        rget, row = self._rows.get, self._row
        pad = (eos, eos, bos, bos)
        for s in sents:
            r = [rget(t) for t in s]
            if None in r:
                r = [row(t) if x is None else x for x, t in zip(r, s)]
            rows += r
            rows += pad
        nl = self._normlist
        norms = [nl[r] for r in rows]
        keys = list(map("|".join, zip(norms, norms[1:])))  # keys[p] = norms[p] | norms[p+1]
        bp, bn = self.bigram_prev, self.bigram_next
        N = len(rows)
        ra = np.asarray(rows, dtype=np.int64)
        E = np.zeros((N, self.L), dtype=np.float32)
        tab = self._table
        for j, k in enumerate(F.OFFSETS):
            lo, hi = max(0, -k), min(N, N - k)
            E[lo:hi] += tab[ra[lo + k:hi + k], j]
        ip = np.fromiter((bp.get(k, -1) for k in keys), dtype=np.int64, count=N - 1)
        m = np.flatnonzero(ip >= 0)
        if len(m):
            E[m + 1] += self.W[ip[m]]  # w-1|w0 belongs to the later token
        ip = np.fromiter((bn.get(k, -1) for k in keys), dtype=np.int64, count=N - 1)
        m = np.flatnonzero(ip >= 0)
        if len(m):
            E[m] += self.W[ip[m]]
        # real tokens sit after 2 pads, then 4 pads between sentences
        L = np.asarray(lengths)
        starts = 2 + np.concatenate(([0], np.cumsum(L + 4)[:-1]))
        P = np.repeat(starts - np.concatenate(([0], np.cumsum(L)[:-1])), L) + np.arange(L.sum())
        return self._decode(E[P], lengths)

    def _decode(self, E, lengths: list[int]) -> list[int]:
        """Viterbi per sentence, restricted to stretches where an entity label comes within ``MARGIN``
        of O (every other token is O); all stretches are decoded together, one vectorized step per
        position."""
        np = self.np
        o, L = self.o, self.L
        n = len(E)
        cand = E[:, self.non_o].max(axis=1) > E[:, o] - self.MARGIN
        if not cand.any():
            return [o] * n
        # stretches: candidate runs (gaps of <= 1 token bridged), widened by one token, within a sentence
        sid = np.repeat(np.arange(len(lengths)), lengths)
        ends = np.cumsum(lengths)
        starts = ends - np.asarray(lengths)
        idx = np.flatnonzero(cand)
        brk = np.flatnonzero((np.diff(idx) > 2) | (np.diff(sid[idx]) != 0)) + 1
        first = idx[np.r_[0, brk]]
        last = idx[np.r_[brk - 1, len(idx) - 1]]
        s_of = sid[first]
        lo = np.maximum(first - 1, starts[s_of])
        hi = np.minimum(last + 2, ends[s_of])
        span = hi - lo
        order = np.argsort(-span, kind="stable")  # longest first: the active stretches are a prefix
        lo, hi, span, s_of = lo[order], hi[order], span[order], s_of[order]
        R = len(lo)
        Lmax = int(span[0])
        steps = np.arange(Lmax)
        active = steps[None, :] < span[:, None]
        pos = np.where(active, lo[:, None] + steps[None, :], (hi - 1)[:, None])
        n_act = (span[None, :] > steps[:, None]).sum(axis=1).tolist()  # stretches still going at step t
        Eb = E[pos]  # (R, Lmax, L)
        T = self.T
        score = Eb[:, 0] + (lo > starts[s_of])[:, None] * T[o][None, :]
        backs = []
        for t in range(1, Lmax):
            k = n_act[t]
            m = score[:k, :, None] + T[None, :, :]
            bp = m.argmax(axis=1)
            score[:k] = np.take_along_axis(m, bp[:, None, :], axis=1)[:, 0] + Eb[:k, t]
            backs.append(bp)
        score = score + (hi < ends[s_of])[:, None] * T[:, o][None, :]
        cur = score.argmax(axis=1)
        lab = np.empty((R, Lmax), dtype=np.int64)
        for t in range(Lmax - 1, 0, -1):
            k = n_act[t]
            lab[:k, t] = cur[:k]
            cur[:k] = backs[t - 1][np.arange(k), cur[:k]]
        lab[:, 0] = cur
        yy = np.full(n, o, dtype=np.int64)
        yy[pos[active]] = lab[active]
        return yy.tolist()

    def tag(self, doc, ctx=None) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` over ``doc.tokens`` grouped by ``doc.sentences``."""
        toks = doc.tokens
        if not toks:
            return []
        groups = _group(toks, doc.sentences)
        seqs = [[toks[i].text for i in range(a, b)] for a, b in groups]
        tagged = self.tag_sequences(seqs)
        out = []
        for (a, b), labs in zip(groups, tagged):
            cur = None
            for i, lab in enumerate(labs + ["O"]):
                if lab == "O" or lab.startswith("B-") or (cur is not None and lab[2:] != cur[1]):
                    if cur is not None:
                        out.append((cur[0], a + i - 1, cur[1]))
                        cur = None
                    if lab != "O":
                        cur = (a + i, lab[2:])
                elif cur is None:  # I- without B-: starts an entity (as the CoNLL scorer reads it)
                    cur = (a + i, lab[2:])
        if self.PROPAGATE and out:
            out = self._propagate(toks, groups, out)
        spans = []
        for i, j, lab in out:
            t0, t1 = toks[i], toks[j]
            start = self._clitic_free_start(t0)
            end = t1.end
            if start >= end:
                continue
            if ctx is not None and ctx.is_blocked(start, end):
                continue
            spans.append((start, end, _LABEL_OUT.get(lab, "MISC")))
        return spans

    def _cf(self, text: str) -> str:
        c = self._cfs.get(text)
        if c is None:
            c = self._cfs[text] = self._strip(self._norm_of(text))[1]
        return c

    def _propagate(self, toks, groups, out):
        """One sense per document: other occurrences of a name tagged somewhere in the document (same
        clitic-free words) get its label; for a person the last name alone too (أوباما after باراك
        أوباما)."""
        cf = self._cf
        votes: dict = {}
        for i, j, lab in out:
            key = tuple(cf(toks[k].text) for k in range(i, j + 1))
            votes.setdefault(key, collections.Counter())[lab] += 1
            if lab == "PERS" and j > i and self.PROPAGATE > 1:
                votes.setdefault((cf(toks[j].text),), collections.Counter())[lab] += 0.5
        first: dict = {}
        for key, c in votes.items():
            if len(key) == 1 and (len(key[0]) < 3 or self.vocab.get(key[0], 0) > self.PROPAGATE_MAX_FREQ):
                continue
            first.setdefault(key[0], []).append((key, c.most_common(1)[0][0]))
        for v in first.values():
            v.sort(key=lambda x: -len(x[0]))
        if not first:
            return out
        cfs = self._cfs
        cfl = [cfs.get(t.text) or cf(t.text) for t in toks]
        hits = [t for t, c in enumerate(cfl) if c in first]
        taken = bytearray(len(toks))
        for i, j, _ in out:
            taken[i:j + 1] = b"\x01" * (j + 1 - i)
        gstarts = [g[0] for g in groups]
        added = []
        for t in hits:
            if taken[t]:
                continue
            b = groups[bisect_right(gstarts, t) - 1][1]
            for key, lab in first[cfl[t]]:
                e = t + len(key)
                if e <= b and not any(taken[t:e]) and all(cfl[t + k] == key[k] for k in range(1, len(key))):
                    added.append((t, e - 1, lab))
                    taken[t:e] = b"\x01" * (e - t)
                    break
        return sorted(out + added) if added else out

    def _clitic_free_start(self, tok) -> int:
        """Start of the token without its proclitics: after the proclitic segments when the tokenizer
        gives segments (و+للأمم: a stem segment beginning with لل is cut further, للأمم -> أمم, as
        DESIGN's للفيفا -> فيفا), otherwise by ``_strip``."""
        base, text = tok.start, tok.text
        segs = tok.segments
        if segs:
            last = ""
            for sg in segs:
                if not (len(sg.text) == 1 and normalize(sg.text) in _PROCLITICS):
                    base = sg.start
                    break
                last = normalize(sg.text)
            else:
                return tok.start
            text = text[base - tok.start:]
            n = self._norm_of(text)
            if last == "ل" and n.startswith("ل") and len(n) > 3:
                c, s = "", "ا" + n  # ل + لعراق: the ل of ال -> عراق
            elif n.startswith("لل") and len(n) > 4:
                c, s = "ل", "ا" + n[1:]
            else:
                return base
        else:
            n = self._norm_of(text)
            c, s = self._strip(n)
            if not c:
                return base
        # skip the clitic letters (and the ل of ال in لل+X: للفيفا -> فيفا), ignoring marks
        skip = len(c) if n[len(c):] == s else len(c) + 1
        k, seen = 0, 0
        while k < len(text) and seen < skip:
            if normalize(text[k]):
                seen += 1
            k += 1
        while k < len(text) and not normalize(text[k]):
            k += 1  # diacritics on the clitic
        return base + k


    def _strip(self, n: str) -> tuple[str, str]:
        """(proclitics, rest) when a span should start after proclitics: و/ف/ب/ك + ال..., لل + ...,
        or one or two proclitic letters before a word the training data knows inside entities."""
        lex = self.lex
        c, s = F.split_clitics(n, self.vocab)
        if c and (s.startswith("ال") or s in lex):
            return c, s
        if len(n) < 4:
            return "", n
        own = lex.get(n, "")
        for k in (1, 2):
            rest = n[k:]
            if all(ch in _PROCLITICS for ch in n[:k]) and len(rest) >= 3:
                t = lex.get(rest)
                if t and not (own.endswith((":h", ":1")) and not t.endswith((":h", ":1"))):
                    return n[:k], rest
        return "", n


def _group(toks, sentences) -> list[tuple[int, int]]:
    """Token index ranges of the sentences (tokens outside any sentence form their own runs)."""
    out = []
    n = len(toks)
    i = 0
    for s in sentences or ():
        while i < n and toks[i].end <= s.start:
            j = i
            while j < n and toks[j].end <= s.start:
                j += 1
            out.append((i, j))
            i = j
        j = i
        while j < n and toks[j].start < s.end:
            j += 1
        if j > i:
            out.append((i, j))
        i = j
    if i < n:
        out.append((i, n))
    return out
