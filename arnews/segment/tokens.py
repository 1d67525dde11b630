"""Tokens with their normalized form and clitic segments.

Tokens come from :mod:`arnews.segment.tokenizer` (reused from the sentence splitter when it ran).
Arabic words are cut by the trained clitic segmenter (:mod:`arnews.segment.clitics`); a clitic glued
to a number or written with tatweel (و3، بالـ20، بالـ) is cut by rule. ``segments`` is empty when the
token is one piece. Per word form, the normalized form and the cuts are cached: news vocabulary
repeats, so most tokens cost one dictionary lookup.
"""
from __future__ import annotations

from ..records import Span, Token, constructor
from ..text import normalize
from .clitics import get_segmenter
from .tokenizer import tokenize

_new_token = constructor(Token)
_new_span = constructor(Span)


def _make_token(text, start, end, norm, segments):
    return _new_token({"text": text, "start": start, "end": end, "norm": norm, "segments": segments})


def _make_span(text, start, end):
    return _new_span({"text": text, "start": start, "end": end})


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
        seg = get_segmenter().cuts if self.segment else None
        append = doc.tokens.append
        new_token, new_span = _new_token, _new_span
        for s, e, kind in toks:
            t = text[s:e]
            info = cache.get(t)
            if info is None:
                if seg is None:
                    cuts = ()
                elif kind == "arabic":
                    cuts = seg(t)
                elif kind == "cnum" or kind == "tatw":
                    cuts = prefix_cuts(t)
                else:
                    cuts = ()
                info = cache[t] = (normalize(t), cuts)
            norm, cuts = info
            if cuts:
                segs = []
                a = s
                for c in cuts:
                    b = s + c
                    segs.append(new_span({"text": text[a:b], "start": a, "end": b}))
                    a = b
                segs.append(new_span({"text": text[a:e], "start": a, "end": e}))
            else:
                segs = []
            append(new_token({"text": t, "start": s, "end": e, "norm": norm, "segments": segs}))


def make_component(**options):
    segmenter = options.get("segmenter", "default")
    if segmenter not in ("default", "none", None, False, True):  # camel, stanza: arnews.backends
        from ..backends import get_segmenter_backend
        return get_segmenter_backend(segmenter, **options)
    return Tokens(segment=segmenter not in ("none", None, False))
