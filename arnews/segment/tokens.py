"""Tokens with their normalized form and clitic segments.

Tokens come from :mod:`arnews.segment.tokenizer` (reused from the sentence splitter when it ran).
Arabic words are cut by the trained clitic segmenter (:mod:`arnews.segment.clitics`); a clitic glued
to a number or written with tatweel (و3، بالـ20، بالـ) is cut by rule. ``segments`` is empty when the
token is one piece. Per word form, the normalized form and the cuts are cached: news vocabulary
repeats, so most tokens cost one dictionary lookup. The document keeps them as a
:class:`~arnews.records.TokenList`: Token records are made only when someone reads them.
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
        if None in forms:
            seg = get_segmenter().cuts if self.segment else None
            for i in compress(range(len(forms)), map(is_, forms, repeat(None))):
                t = texts[i]
                info = cache.get(t)  # the same new form earlier in this document
                if info is None:
                    info = cache[t] = (normalize(t), _cuts(t, toks[i][2], seg))
                forms[i] = info
        tokens = TokenList(text, texts, list(map(_START, toks)), list(map(_END, toks)), forms)
        if doc.tokens:  # a component before this one made tokens: add these after them
            doc.tokens.extend(tokens)
        else:
            doc.__dict__["tokens"] = tokens


def make_component(**options):
    segmenter = options.get("segmenter", "default")
    if segmenter not in ("default", "none", None, False, True):  # camel, stanza: arnews.backends
        from ..backends import get_segmenter_backend
        return get_segmenter_backend(segmenter, **options)
    return Tokens(segment=segmenter not in ("none", None, False))
