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

import json
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
        self._norm: dict[str, str] = {}
        self._table = np.zeros((1024, len(F.OFFSETS), self.L), dtype=np.float32)
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
            if self._n >= 400_000:  # bound the cache on endless streams
                self._rows.clear(); self._norm.clear(); self._n = 0
                self._row(F.BOS); self._row(F.EOS)
            else:
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
        np = self.np
        rows: list[int] = []
        pos: list[int] = []  # index in ``rows`` of each real token
        bos, eos = self._rows[F.BOS], self._rows[F.EOS]
        rows += [bos, bos]
        bg_pos: list[int] = []
        bg_ids: list[int] = []
        row = self._row
        nrm = self._norm_of
        bp, bn = self.bigram_prev, self.bigram_next
        for s in sents:
            prev = F.BOS
            norms = [nrm(t) for t in s]
            for i, t in enumerate(s):
                p = len(rows)
                pos.append(p)
                rows.append(row(t))
                n = norms[i]
                nxt = norms[i + 1] if i + 1 < len(s) else F.EOS
                j = bp.get(prev + "|" + n)
                if j is not None:
                    bg_pos.append(p); bg_ids.append(j)
                j = bn.get(n + "|" + nxt)
                if j is not None:
                    bg_pos.append(p); bg_ids.append(j)
                prev = n
            rows += [eos, eos, bos, bos]
        if not pos:
            return [[] for _ in sents]
        ra = np.asarray(rows, dtype=np.int64)
        N = len(rows)
        E = np.zeros((N, self.L), dtype=np.float32)
        tab = self._table
        for j, k in enumerate(F.OFFSETS):
            lo, hi = max(0, -k), min(N, N - k)
            E[lo:hi] += tab[ra[lo + k:hi + k], j]
        if bg_pos:
            np.add.at(E, np.asarray(bg_pos), self.W[np.asarray(bg_ids)])
        P = np.asarray(pos)
        E = E[P]
        labels = self._decode(E, [len(s) for s in sents])
        out, i = [], 0
        names = self.labels
        for s in sents:
            out.append([names[y] for y in labels[i:i + len(s)]])
            i += len(s)
        return out

    def _decode(self, E, lengths: list[int]) -> list[int]:
        """Viterbi per sentence, restricted to stretches where an entity label comes within ``MARGIN``
        of O (every other token is O); all stretches are decoded together, one vectorized step per
        position."""
        np = self.np
        o, L = self.o, self.L
        n = len(E)
        y = [o] * n
        cand = E[:, self.non_o].max(axis=1) > E[:, o] - self.MARGIN
        if not cand.any():
            return y
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
        R = len(lo)
        span = hi - lo
        Lmax = int(span.max())
        steps = np.arange(Lmax)
        pos = lo[:, None] + steps[None, :]
        active = steps[None, :] < span[:, None]
        pos = np.where(active, pos, (hi - 1)[:, None])
        Eb = E[pos]  # (R, Lmax, L)
        T = self.T
        score = Eb[:, 0] + (lo > starts[s_of])[:, None] * T[o][None, :]
        backs = []
        ident = np.arange(L)
        for t in range(1, Lmax):
            m = score[:, :, None] + T[None, :, :]
            bp = m.argmax(axis=1)
            new = m.max(axis=1) + Eb[:, t]
            act = active[:, t]
            if act.all():
                score = new
            else:
                score = np.where(act[:, None], new, score)
                bp[~act] = ident
            backs.append(bp)
        score = score + (hi < ends[s_of])[:, None] * T[:, o][None, :]
        cur = score.argmax(axis=1)
        lab = np.empty((R, Lmax), dtype=np.int64)
        lab[:, Lmax - 1] = cur
        rr = np.arange(R)
        for t in range(Lmax - 1, 0, -1):
            cur = backs[t - 1][rr, cur]
            lab[:, t - 1] = cur
        for r, (a, k) in enumerate(zip(lo.tolist(), span.tolist())):
            y[a:a + k] = lab[r, :k].tolist()
        return y

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

    def _clitic_free_start(self, tok) -> int:
        segs = tok.segments
        if segs:
            for sg in segs:
                if not (len(sg.text) == 1 and normalize(sg.text) in _PROCLITICS):
                    return sg.start
            return tok.start
        n = self._norm_of(tok.text)
        c, s = self._strip(n)
        if not c:
            return tok.start
        # skip the clitic letters (and the ل of ال in لل+X: للفيفا -> فيفا), ignoring marks
        skip = len(c) if n[len(c):] == s else len(c) + 1
        text, k, seen = tok.text, 0, 0
        while k < len(text) and seen < skip:
            if normalize(text[k]):
                seen += 1
            k += 1
        while k < len(text) and not normalize(text[k]):
            k += 1  # diacritics on the clitic
        return tok.start + k


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
