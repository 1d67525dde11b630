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
from bisect import bisect_right
from operator import attrgetter, itemgetter
import re
import threading
from pathlib import Path
from typing import Sequence

from ..records import TokenList
from ..segment import sentence_token_ranges
from ..text import normalize
from . import ner_features as F

DATA = Path(__file__).resolve().parent.parent / "data" / "ner"
_LABEL_OUT = {"PERS": "PERSON", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
_PROCLITICS = frozenset("وفبلك")
_OFFSET_PREFIX = re.compile(r"-?[0-9]+(?=[a-z])")
_SECOND = itemgetter(1)
_TEXT = attrgetter("text")
#: tanween (ً ٌ ٍ), the mark of an indefinite word: names do not carry it
_TANWEEN = re.compile("[\u064b-\u064d]")
#: the line ends of arnews.structure (a paragraph ends at each)
_LINE_BREAK = re.compile("[\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")

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
    #: most word forms kept in the per-form cache; when it is full, the forms least recently seen
    #: make room (about half of it at a time)
    CACHE_LIMIT = 100_000
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
        self.gz: dict = meta.get("gz") or {}
        self.nl: dict = meta.get("nl") or {}
        self.W = w["W"].astype(np.float32)
        self.T = w["T"].astype(np.float32)
        self.Tt = np.ascontiguousarray(self.T.T)[None]
        self.L = len(self.labels)
        self.o = self.labels.index("O")
        self.index = {a: i for i, a in enumerate(self.attrs)}
        self.bigram_prev = {a[3:]: i for a, i in self.index.items() if a.startswith("B-=")}
        self.bigram_next = {a[3:]: i for a, i in self.index.items() if a.startswith("B+=")}
        # type of each label (B-X, I-X -> X) and whether it begins an entity
        self.kind = [lab[2:] if lab != "O" else None for lab in self.labels]
        self.begin = [lab.startswith("B-") for lab in self.labels]
        self.non_o = np.array([i for i in range(self.L) if i != self.o])
        self._b_pers = self.labels.index("B-PERS") if "B-PERS" in self.labels else self.o
        kinds = sorted({k for k in self.kind if k})
        self._kind_names = kinds
        self._kind_id = np.array([kinds.index(k) if k else -1 for k in self.kind], dtype=np.int64)
        self._begin = np.array(self.begin, dtype=bool)
        # feature string -> row of self._M: the feature's weights at every offset whose groups include
        # it, as one (len(OFFSETS), L) matrix (row 0: zeros), so a form's emission matrix is the sum
        # of its features' rows
        pos = {k: j for j, k in enumerate(F.OFFSETS)}
        feats: dict = {}
        for a, i in sorted(self.index.items(), key=lambda x: x[1]):
            m = _OFFSET_PREFIX.match(a)
            if not m or int(m.group()) not in pos:
                continue
            k, f = int(m.group()), a[m.end():]
            group = F.FEATURE_GROUP.get(f.split("=", 1)[0], (None, 0))[0]
            if group not in F.GROUPS[k]:
                continue
            feats.setdefault(f, []).append((pos[k], i))
        rows, offs, ids = [], [], []
        for r, cells in enumerate(feats.values(), 1):
            for j, i in cells:
                rows.append(r); offs.append(j); ids.append(i)
        M = np.zeros((len(feats) + 1, len(F.OFFSETS), self.L), dtype=np.float32)
        if ids:
            np.add.at(M, (np.asarray(rows), np.asarray(offs)), self.W[np.asarray(ids)])
        self._M = M
        self._fidx = {f: r for r, f in enumerate(feats, 1)}
        # word bigrams "a|b" as a -> {b: id} for every split at a "|" (the same keys as the joined string)
        self._bigrams = [_split_pairs(self.bigram_prev), _split_pairs(self.bigram_next)]
        self._seconds = [frozenset(b for d in pairs.values() for b in d) for pairs in self._bigrams]
        self._cfs: dict[str, str] = {}
        self._norm: dict[str, str] = {}
        self._strips: dict[str, tuple] = {}
        self._whole: dict[str, bool] = {}  # name-list tags -> whether they make a word a name of its own
        #: features shared by many forms (bare stem, affixes, small classes) -> tuple of rows of self._M
        self._part_cache: tuple = ({}, {}, {}, {})
        self._reset()

    def _reset(self) -> None:
        """Empty the per-form cache."""
        np = self.np
        self._rows: dict[str, int] = {}   # form -> slot of the table
        self._forms: list = []            # slot -> form (None: free)
        self._normlist: list = []         # slot -> normalized form
        self._free: list[int] = []
        self._norm.clear(); self._cfs.clear(); self._strips.clear()
        cap = 1024
        self._table = np.zeros((cap, len(F.OFFSETS), self.L), dtype=np.float32)
        self._stamp = np.zeros(cap, dtype=np.int64)    # the last document that used the slot
        self._flags = np.zeros((4, cap), dtype=bool)   # first/second part of a prev/next bigram key
        self._sfx = np.zeros((cap, 3), dtype=np.int64)  # hashes of the normalized form less 0, 1, 2 letters
        self._clock = 1
        self._add_forms([F.BOS, F.EOS], ())
        self._stamp[[self._rows[F.BOS], self._rows[F.EOS]]] = 1 << 62  # never evicted

    # --- per form cache -------------------------------------------------------------------------

    def _alloc(self, k: int, keep) -> list[int]:
        """``k`` free slots: grow the table up to ``CACHE_LIMIT`` forms, then evict the forms least
        recently used (never those in ``keep``, the slots the current document uses)."""
        np = self.np
        free = self._free
        if len(free) < k:
            cap = len(self._table)
            used = len(self._forms)
            if used + k - len(free) > cap and cap < self.CACHE_LIMIT:
                new_cap = min(max(2 * cap, used + k), max(self.CACHE_LIMIT, used + k))
                grow = new_cap - cap
                self._table = np.concatenate([self._table, np.zeros((grow,) + self._table.shape[1:], np.float32)])
                self._stamp = np.concatenate([self._stamp, np.zeros(grow, np.int64)])
                self._flags = np.concatenate([self._flags, np.zeros((4, grow), bool)], axis=1)
                self._sfx = np.concatenate([self._sfx, np.zeros((grow, 3), np.int64)])
                cap = new_cap
            take = min(cap - used, k - len(free))
            if take > 0:
                free.extend(range(used + take - 1, used - 1, -1))
                self._forms.extend([None] * take)
                self._normlist.extend([None] * take)
            if len(free) < k:
                self._evict(k - len(free), keep)
            if len(free) < k:  # one document with more forms than the cache holds: grow anyway
                extra = k - len(free)
                self._table = np.concatenate([self._table, np.zeros((extra,) + self._table.shape[1:], np.float32)])
                self._stamp = np.concatenate([self._stamp, np.zeros(extra, np.int64)])
                self._flags = np.concatenate([self._flags, np.zeros((4, extra), bool)], axis=1)
                self._sfx = np.concatenate([self._sfx, np.zeros((extra, 3), np.int64)])
                used = len(self._forms)
                free.extend(range(used + extra - 1, used - 1, -1))
                self._forms.extend([None] * extra)
                self._normlist.extend([None] * extra)
        out = free[-k:]
        del free[-k:]
        return out

    def _evict(self, need: int, keep) -> None:
        np = self.np
        used = len(self._forms)
        stamp = self._stamp[:used]
        cand = np.flatnonzero((stamp < self._clock) & (stamp > 0))  # stamp 0: free, 1 << 62: pinned
        if len(keep):
            cand = cand[~np.isin(cand, np.fromiter(keep, dtype=np.int64, count=len(keep)))]
        k = min(len(cand), max(need, used // 2))
        if not k:
            return
        old = cand[np.argsort(stamp[cand], kind="stable")[:k]].tolist()
        rows, forms, norms, cfs, nrm = self._rows, self._forms, self._normlist, self._cfs, self._norm
        for s in old:
            f = forms[s]
            del rows[f]
            cfs.pop(f, None)
            nrm.pop(f, None)
            forms[s] = norms[s] = None
        self._stamp[old] = 0
        self._free.extend(old)

    def _add_forms(self, forms: list, keep) -> list[int]:
        """Compute and cache the emission matrix of new word forms, all at once, and return their
        slots: each form's features (its own strings, then the cached parts it shares with other
        forms) are rows of ``self._M``, gathered for all forms together and summed per form
        (``np.add.reduceat``)."""
        np = self.np
        slots = self._alloc(len(forms), keep)
        vocab, lex, gz, nl = self.vocab, self.lex, self.gz, self.nl
        get = self._fidx.get
        parts = F.feature_parts
        caches = self._part_cache
        if sum(map(len, caches)) > self.CACHE_LIMIT:
            for c in caches:
                c.clear()
        part_fns = tuple(zip(caches, F.PART_FEATURES))
        idx: list[int] = []
        starts: list[int] = []
        norms = []
        for form in forms:
            own, *pkeys = parts(form, vocab, lex, gz, nl)
            norms.append(own[0][2:])  # "w=" + normalize(form) (the form itself for the pads)
            starts.append(len(idx))
            idx.append(0)  # the zero row: every form has one
            for f in own:
                r = get(f)
                if r is not None:
                    idx.append(r)
            for (cache, fn), pk in zip(part_fns, pkeys):
                if pk is None:
                    continue
                h = cache.get(pk)
                if h is None:
                    h = cache[pk] = self._lookup(fn(pk))
                idx += h
        cells = np.add.reduceat(self._M[np.asarray(idx, dtype=np.int64)], np.asarray(starts, dtype=np.int64), axis=0)
        sl = np.asarray(slots, dtype=np.int64)
        self._table[sl] = cells
        p1, n1 = self._bigrams
        p2, n2 = self._seconds
        self._flags[0, sl] = [n in p1 for n in norms]
        self._flags[1, sl] = [n in p2 for n in norms]
        self._flags[2, sl] = [n in n1 for n in norms]
        self._flags[3, sl] = [n in n2 for n in norms]
        self._sfx[sl] = [(hash(n), hash(n[1:]), hash(n[2:])) for n in norms]
        self._stamp[sl] = self._clock
        rows, fl, nl = self._rows, self._forms, self._normlist
        for form, s, n in zip(forms, slots, norms):
            rows[form] = s
            fl[s] = form
            nl[s] = n
        return slots

    def _lookup(self, feats: list) -> tuple:
        """The rows of ``self._M`` of feature strings (a tuple of ints: the GC does not track it)."""
        get = self._fidx.get
        return tuple([r for r in map(get, feats) if r is not None])

    def plain_rows(self, form: str):
        """The emission matrix of one form computed the slow, obvious way (its features' weights
        summed per offset): the reference that checks ``_add_forms``' vectorized cache."""
        np = self.np
        g = F.form_groups(form, self.vocab, self.lex, gz=self.gz, nl=self.nl)
        ref = np.zeros((len(F.OFFSETS), self.L), dtype=np.float32)
        for j, k in enumerate(F.OFFSETS):
            ids = [self.index[x] for x in F.offset_feats(g, k) if x in self.index]
            if ids:
                ref[j] = self.W[ids].sum(axis=0)
        return ref

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
        texts = [t for s in sents for t in s]
        if not texts:
            return []
        return self._labels(texts, [len(s) for s in sents])[0].tolist()

    def _labels(self, texts: list, lengths: list[int]):
        """(label ids, cache slots, emission scores) of the tokens ``texts`` making sentences of
        ``lengths``: emission scores from the per-form cache (five gathers) plus the word-bigram
        features, then Viterbi."""
        np = self.np
        self._clock += 1
        if max(len(self._norm), len(self._cfs), len(self._strips)) > self.CACHE_LIMIT:
            self._norm.clear()
            self._cfs.clear()
            self._strips.clear()
        rows = list(map(self._rows.get, texts))
        if None in rows:
            keep = set(rows)
            keep.discard(None)
            missing = [i for i, r in enumerate(rows) if r is None]
            new = list(dict.fromkeys([texts[i] for i in missing]))
            # only the new forms are looked up again: lookups in the large cache cost memory reads
            got = dict(zip(new, self._add_forms(new, keep)))
            for i in missing:
                rows[i] = got[texts[i]]
        rt = np.array(rows, dtype=np.int64)
        self._stamp[rt] = self._clock
        # padded layout: 2 BOS pads, then each sentence followed by 2 EOS and 2 BOS pads
        L = np.asarray(lengths, dtype=np.int64)
        starts = 2 + np.concatenate(([0], np.cumsum(L + 4)[:-1]))
        N = 2 + int(L.sum()) + 4 * len(L)
        ra = np.full(N, self._rows[F.BOS], dtype=np.int64)
        ends = starts + L
        eos = self._rows[F.EOS]
        ra[ends] = eos
        ra[ends + 1] = eos
        P = np.repeat(starts - np.concatenate(([0], np.cumsum(L)[:-1])), L) + np.arange(len(rt))
        ra[P] = rt
        G = self._table[ra]  # (N, offsets, L): one gather; the token at i gets G[i + k, j] for offset k
        E = np.zeros((N, self.L), dtype=np.float32)
        for j, k in enumerate(F.OFFSETS):
            lo, hi = max(0, -k), min(N, N - k)
            E[lo:hi] += G[lo + k:hi + k, j]
        fl = self._flags
        a, b = ra[:-1], ra[1:]
        nl = self._normlist
        W = self.W
        for which, shift in ((0, 1), (1, 0)):  # w-1|w0 belongs to the later token, w0|w+1 to the earlier
            cand = np.flatnonzero(fl[2 * which, a] & fl[2 * which + 1, b])
            if not len(cand):
                continue
            pairs = self._bigrams[which]
            pos, ids = [], []
            for p, x, y in zip(cand.tolist(), a[cand].tolist(), b[cand].tolist()):
                i = pairs[nl[x]].get(nl[y])
                if i is not None:
                    pos.append(p)
                    ids.append(i)
            if pos:
                E[np.asarray(pos, dtype=np.int64) + shift] += W[ids]
        E = E[P]
        return self._decode(E, lengths), rt, E

    def _decode(self, E, lengths: list[int]):
        """Viterbi per sentence, restricted to stretches where an entity label comes within ``MARGIN``
        of O (every other token is O); all stretches are decoded together, one vectorized step per
        position."""
        np = self.np
        o, L = self.o, self.L
        n = len(E)
        cand = E[:, self.non_o].max(axis=1) > E[:, o] - self.MARGIN
        if not cand.any():
            return np.full(n, o, dtype=np.int64)
        # stretches: candidate runs (gaps of <= 1 token bridged), widened by one token, within a sentence
        sid = np.repeat(np.arange(len(lengths)), lengths)
        ends = np.cumsum(lengths)
        starts = ends - np.asarray(lengths)
        idx = np.flatnonzero(cand)
        brk = np.flatnonzero((np.diff(idx) > 2) | (np.diff(sid[idx]) != 0)) + 1
        first = idx[np.concatenate(([0], brk))]
        last = idx[np.concatenate((brk - 1, [len(idx) - 1]))]
        s_of = sid[first]
        lo = np.maximum(first - 1, starts[s_of])
        hi = np.minimum(last + 2, ends[s_of])
        span = hi - lo
        order = np.argsort(-span, kind="stable")  # longest first: the active stretches are a prefix
        lo, hi, span, s_of = lo[order], hi[order], span[order], s_of[order]
        R = len(lo)
        Lmax = int(span[0])
        # stretches still going at step t (spans sorted longest first): no (stretches x Lmax) arrays,
        # which grow faster than the text when a long document has one long stretch
        n_act = np.searchsorted(-span, -np.arange(Lmax), side="left").tolist()
        T = self.T
        Tt = self.Tt
        score = E[lo] + (lo > starts[s_of])[:, None] * T[o][None, :]
        backs = []
        flat = np.arange(R * L)
        for t in range(1, Lmax):
            k = n_act[t]
            m = score[:k, None, :] + Tt  # m[r, to, from]: the same sums, reduced over the last axis
            bp = m.argmax(axis=2)
            # the value at the (first) argmax: an indexed read, cheaper than a second reduction
            score[:k] = m.reshape(-1, L)[flat[:k * L], bp.ravel()].reshape(k, L) + E[lo[:k] + t]
            backs.append(bp)
        score = score + (hi < ends[s_of])[:, None] * T[:, o][None, :]
        cur = score.argmax(axis=1)
        yy = np.full(n, o, dtype=np.int64)
        rng = np.arange(R)
        for t in range(Lmax - 1, 0, -1):
            k = n_act[t]
            yy[lo[:k] + t] = cur[:k]
            cur[:k] = backs[t - 1][rng[:k], cur[:k]]
        yy[lo] = cur
        return yy

    def tag(self, doc, ctx=None) -> list[tuple[int, int, str]]:
        """Entity spans ``(start, end, label)`` over ``doc.tokens`` grouped by ``doc.sentences``."""
        toks = doc.tokens
        if not toks:
            return []
        groups = sentence_token_ranges(toks, doc.sentences)
        if isinstance(toks, TokenList):  # the tokens component's: read without making Token records
            texts, token = toks.texts, toks.token
        else:
            texts, token = list(map(_TEXT, toks)), toks.__getitem__
        y, rows, E = self._labels(texts, [b - a for a, b in groups])
        out = self._runs(y, groups)
        cut = ()
        if self.nl and out:
            out, cut = self._split_coordinated(out, rows)
        if self.PROPAGATE and out:
            out = self._propagate(texts, rows, groups, out)
        if self.nl and out:
            out = self._first_names(out, rows, groups, E)
        spans = []
        line_break = _LINE_BREAK.search
        tanween = _TANWEEN.search
        text = doc.text
        for i, j, lab in out:
            tok = token(i)
            start = self._clitic_free_start(tok)
            if i in cut and start == tok.start:
                start = _after_first_letter(tok.text, start)
            end = (tok if j == i else token(j)).end
            if start >= end:
                continue
            if line_break(text, start, end):  # a name does not run over a line (a token glued over one)
                continue
            if tanween(text, start, end):  # an indefinite word (اضطراريًا، مبعوثًا) is not a name:
                k = i  # the span ends before the first such word
                while k <= j and not tanween(texts[k]):
                    k += 1
                if k == i:
                    continue
                end = token(k - 1).end
            if ctx is not None and ctx.is_blocked(start, end):
                continue
            spans.append((start, end, _LABEL_OUT.get(lab, "MISC")))
        return spans

    def _runs(self, y, groups) -> list[tuple[int, int, str]]:
        """Entities (first token, last token, type) of the label ids ``y``, as the CoNLL scorer reads
        BIO within each sentence group: an I- after O, or of another type, starts an entity."""
        np = self.np
        o = self.o
        ent = y != o
        if not ent.any():
            return []
        kind = self._kind_id[y]
        gstart = np.zeros(len(y), dtype=bool)
        gstart[[a for a, _ in groups]] = True
        cont = np.zeros(len(y), dtype=bool)
        cont[1:] = ent[1:] & ~gstart[1:] & ~self._begin[y[1:]] & (kind[1:] == kind[:-1])
        first = np.flatnonzero(ent & ~cont)
        last = np.flatnonzero(ent & ~np.append(cont[1:], False))
        names = self._kind_names
        return list(zip(first.tolist(), last.tolist(), [names[k] for k in kind[first].tolist()]))

    #: name-list tags that make a word after و a name of its own (a first name, a person's name)
    _NAME_TAGS = frozenset(("FN", "FA", "PN", "PNb"))

    def _split_coordinated(self, out, rows):
        """Person runs split before a word و + name (ديديه يوكانان وإيمانويل إيبواه: two names, which
        the CRF often joins), when the word without و is a first name or begins a person's name of
        the name lists and the word itself is not one (وليد، وائل). Returns (runs, the tokens that
        begin a split-off name: their و is left out of the span)."""
        nl, norms = self.nl, self._normlist
        tags = self._NAME_TAGS
        res, cut = [], set()
        for i, j, lab in out:
            if lab == "PERS" and j > i:
                start = i
                for t in range(i + 1, j + 1):
                    n = norms[rows[t]]
                    if len(n) > 3 and n[0] == "و" and n[1] != "و":
                        rest = nl.get(n[1:])
                        own = nl.get(n)
                        if rest and not (own and tags.intersection(own.split("|"))) and \
                                tags.intersection(rest.split("|")):
                            res.append((start, t - 1, lab))
                            cut.add(t)
                            start = t
                res.append((start, j, lab))
            else:
                res.append((i, j, lab))
        return res, cut

    #: how far below O a first name's B-PERS score may be for a person run to take it in
    FIRST_NAME_MARGIN = 2.0

    def _first_names(self, out, rows, groups, E):
        """A person run takes in the first name right before it (فيدل + كاسترو، سامح + سيف اليزل): a
        word of the first-name lists (FN; FA, the ambiguous ones, only when the training text has it
        mostly inside person names), possibly with a glued و, that the training text does not know as
        a common word (خطاب، الآن), in the same sentence and outside other runs; not before a run
        that starts with و (نادية وعمر: two people)."""
        nl, norms, lex, vocab = self.nl, self._normlist, self.lex, self.vocab
        taken = {t for i, j, _ in out for t in range(i, j + 1)}
        gstarts = [g[0] for g in groups]
        res = []
        for i, j, lab in out:
            if lab == "PERS" and i > 0 and i - 1 not in taken and gstarts[bisect_right(gstarts, i) - 1] < i \
                    and not norms[rows[i]].startswith("و"):
                n = norms[rows[i - 1]]
                if len(n) > 3 and n[0] == "و" and n not in nl:
                    n = n[1:]
                tags = set(nl.get(n, "").split("|"))
                person = lex.get(n, "").startswith("PERS")
                if (("FN" in tags and (person or vocab.get(n, 0) <= 5)) or ("FA" in tags and person)) \
                        and E[i - 1, self._b_pers] > E[i - 1, self.o] - self.FIRST_NAME_MARGIN:
                    i -= 1
            res.append((i, j, lab))
        return res

    def _whole_name(self, n: str) -> bool:
        """Whether the normalized word is a name of its own in the name lists (a one-word name or the
        first word of one, not a word inside an organization's name) and not a proclitic + one, unless
        the word is itself a given name of the lists (كريم، not ك + ريم)."""
        tags = self.nl.get(n) if self.nl else None
        if not tags:
            return False
        if n[1:] in self.nl and not _GIVEN_TAGS.intersection(tags.split("|")):
            return False
        r = self._whole.get(tags)
        if r is None:
            r = self._whole[tags] = any(not t.endswith("i") and t not in ("TI", "OH") for t in tags.split("|"))
        return r

    def _cf(self, text: str) -> str:
        c = self._cfs.get(text)
        if c is None:
            c = self._cfs[text] = self._strip_cached(self._norm_of(text))[1]
        return c

    def _strip_cached(self, n: str) -> tuple[str, str]:
        r = self._strips.get(n)
        if r is None:
            r = self._strips[n] = self._strip(n)
        return r

    def _propagate(self, texts, rows, groups, out):
        """One sense per document: other occurrences of a name tagged somewhere in the document (same
        clitic-free words) get its label; for a person the last name alone too (أوباما after باراك
        أوباما)."""
        cf = self._cf
        votes: dict = {}  # key -> {label: votes} (in first-seen order, as a Counter's most_common breaks ties)
        for i, j, lab in out:
            key = tuple([cf(x) for x in texts[i:j + 1]])
            v = votes.setdefault(key, {})
            v[lab] = v.get(lab, 0) + 1
            if lab == "PERS" and j > i and self.PROPAGATE > 1:
                v = votes.setdefault((cf(texts[j]),), {})
                v[lab] = v.get(lab, 0) + 0.5
        first: dict = {}
        vocab, most = self.vocab, self.PROPAGATE_MAX_FREQ
        for key, c in votes.items():
            if len(key) == 1 and (len(key[0]) < 3 or vocab.get(key[0], 0) > most):
                continue
            first.setdefault(key[0], []).append((key, max(c.items(), key=_SECOND)[0]))
        if not first:
            return out
        # each first word's names by their second word (one-word names under None), longest first:
        # a long document names hundreds of people محمد ...; only those with the next word can match
        by_next: dict = {}
        for w, v in first.items():
            d = by_next[w] = {}
            for key, lab in sorted(v, key=lambda x: -len(x[0])):
                d.setdefault(key[1] if len(key) > 1 else None, []).append((key, lab))
        np = self.np
        # the tokens whose clitic-free form starts a name, checked once per distinct form: a
        # clitic-free form is the normalized form less 0-2 letters (with ا for the ل of لل), so
        # a form none of whose endings is such a name needs no _strip
        ends = set(first)
        ends.update([k[1:] for k in first if k.startswith("ا")])
        eh = np.array([hash(e) for e in ends], dtype=np.int64)
        maybe = np.flatnonzero(_member(self._sfx[rows], eh).any(axis=1))  # hash equality: a superset
        if not len(maybe):
            return out
        forms = self._forms
        hit_rows = [r for r in dict.fromkeys(rows[maybe].tolist()) if cf(forms[r]) in first]
        if not hit_rows:
            return out
        hits = maybe[_member(rows[maybe], np.array(hit_rows, dtype=np.int64))].tolist()
        taken = bytearray(len(texts))
        for i, j, _ in out:
            taken[i:j + 1] = b"\x01" * (j + 1 - i)
        gstarts = [g[0] for g in groups]
        added = []
        for t in hits:
            if taken[t]:
                continue
            b = groups[bisect_right(gstarts, t) - 1][1]
            d = by_next[cf(texts[t])]
            cands = (d.get(cf(texts[t + 1]), []) if t + 1 < b else []) + d.get(None, [])
            for key, lab in cands:
                e = t + len(key)
                if e <= b and not any(taken[t:e]) and all(cf(texts[t + k]) == key[k] for k in range(1, len(key))):
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
        if self._whole_name(self._norm_of(text)):
            return base  # بنغالور، فريد، فان: a name, not ب + نغالور
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
            c, s = self._strip_cached(n)
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
        one or two proclitic letters before a word the training data knows inside entities, or one
        before a name of the name lists."""
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
        # one proclitic before a name of the name lists that is not itself one (وإيمانويل -> إيمانويل)
        nl = self.nl
        if nl and n[0] in _PROCLITICS and not own and n not in nl and n[1:] in nl and len(n) > 4:
            return n[:1], n[1:]
        return "", n


#: name-list tags of a one-word given name (first_names_*.txt)
_GIVEN_TAGS = frozenset(("FN",))


def _member(a, b):
    """``np.isin(a, b)`` for a small ``b``: a binary search of each element of ``a`` in sorted ``b``
    (np.isin sorts ``a`` and ``b`` together: several times slower on a document's few hundred tokens)."""
    import numpy as np
    b = np.sort(b)
    i = np.searchsorted(b, a)
    i[i == len(b)] = 0
    return b[i] == a


def _after_first_letter(text: str, start: int) -> int:
    """The offset after the first letter of ``text`` (at ``start``) and its marks."""
    k = 1
    while k < len(text) and not normalize(text[k]):
        k += 1
    return start + k


def _split_pairs(bigrams: dict) -> dict:
    """``{"a|b": id}`` as ``{a: {b: id}}``, with every split at a "|" (a word may hold one), so that
    ``pairs[a][b]`` exists exactly when ``bigrams[a + "|" + b]`` does."""
    out: dict = {}
    for key, i in bigrams.items():
        p = key.find("|")
        while p >= 0:
            out.setdefault(key[:p], {})[key[p + 1:]] = i
            p = key.find("|", p + 1)
    return out
