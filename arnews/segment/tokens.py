"""Tokens with their normalized form and clitic segments.

Tokens come from :mod:`arnews.segment.tokenizer` (reused from the sentence splitter when it ran).
Arabic words are cut by the trained clitic segmenter (:mod:`arnews.segment.clitics`); a clitic glued
to a number or written with tatweel (و3، بالـ20، بالـ) is cut by rule. ``segments`` is empty when the
token is one piece. Per word form, the normalized form and the cuts are cached: news vocabulary
repeats, so most tokens cost one dictionary lookup. The document keeps them as a
:class:`~arnews.records.TokenList`: Token records are made only when someone reads them, and the cuts
of a form not seen before only when someone reads its segments (or dumps the tokens): a run that
writes only entities, numbers or quotes (``--format tsv``, ``counts``) never segments its words.
"""
from __future__ import annotations

from itertools import compress, repeat
from operator import is_, itemgetter

from ..records import TokenList
from ..text import normalize
from .clitics import get_segmenter
from .tokenizer import tokenize

_START, _END = itemgetter(0), itemgetter(1)


_PROCLITIC = frozenset("وفبلكس")


def prefix_cuts(t: str) -> tuple[int, ...]:
    """Cuts of a clitic run glued to a number or closed by tatweel: و3 -> و|3, بالـ20 -> ب|الـ|20."""
    cuts = []
    i, n = 0, len(t)
    while i < n:
        ch = t[i]
        if ch == "\u0640" or ch.isdigit():
            break
        if t.startswith("ال", i) and not t.startswith("لل", i):
            i += 2
        elif ch in _PROCLITIC:
            i += 1
        else:
            break
        while i < n and t[i] == "\u0640":
            i += 1
        cuts.append(i)
    return tuple(c for c in cuts if 0 < c < n)


def _cuts(t: str, kind: str, seg) -> tuple[int, ...]:
    """The cuts of a new word form: the trained segmenter for Arabic words, the rule for a clitic
    glued to a number or closed by tatweel, none for the rest (or when ``seg`` is None)."""
    if seg is None:
        return ()
    if kind == "arabic":
        return seg(t)
    if kind == "cnum" or kind == "tatw":
        return prefix_cuts(t)
    return ()


class Tokens:
    name = "tokens"
    requires = ()
    provides = ("tokens",)

    def __init__(self, segment: bool = True):
        self.segment = segment
        self._cache: dict[str, tuple[str, tuple[int, ...]]] = {}

    def __call__(self, doc, ctx) -> None:
        text = doc.text
        toks = ctx.scratch.get("segment.tokens") if ctx is not None else None
        if toks is None:
            toks = tokenize(text)
        cache = self._cache
        if len(cache) > 300_000:
            cache.clear()
        texts = [text[s:e] for s, e, _ in toks]
        forms = list(map(cache.get, texts))
        new = None
        if None in forms:
            new = {i: toks[i][2] for i in compress(range(len(forms)), map(is_, forms, repeat(None)))}
        tokens = TokenList(text, texts, list(map(_START, toks)), list(map(_END, toks)), forms,
                           (self._complete, new) if new else None)
        if doc.tokens:  # a component before this one made tokens: add these after them
            doc.tokens.extend(tokens)
        else:
            doc.__dict__["tokens"] = tokens

    def _complete(self, texts: list, forms: list, new: list) -> None:
        """Fill in the ``(norm, cuts)`` of the new word forms ``new`` (index, kind pairs) of a TokenList,
        when it is first read: the segmenter's cuts are the token records' ``segments``, which a run
        that reads only entities, numbers or quotes never asks for."""
        cache = self._cache
        seg = get_segmenter().cuts if self.segment else None
        for i, kind in new:
            t = texts[i]
            info = cache.get(t)
            if info is None:
                info = cache[t] = (normalize(t), _cuts(t, kind, seg))
            forms[i] = info


def make_component(**options):
    segmenter = options.get("segmenter", "default")
    if segmenter not in ("default", "none", None, False, True):  # camel, stanza: arnews.backends
        from ..backends import get_segmenter_backend
        return get_segmenter_backend(segmenter, **options)
    return Tokens(segment=segmenter not in ("none", None, False))
