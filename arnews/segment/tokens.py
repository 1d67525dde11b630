"""Tokens with their normalized form and clitic segments.

Tokens come from :mod:`arnews.segment.tokenizer` (reused from the sentence splitter when it ran).
Arabic words are cut by the trained clitic segmenter (:mod:`arnews.segment.clitics`); a clitic glued
to a number or written with tatweel (و3، بالـ20، بالـ) is cut by rule. ``segments`` is empty when the
token is one piece. Per word form, the normalized form and the cuts are cached: news vocabulary
repeats, so most tokens cost one dictionary lookup.
"""
from __future__ import annotations

from ..records import Span, Token
from ..text import normalize
from .clitics import get_segmenter
from .tokenizer import tokenize

from pydantic import BaseModel as _BaseModel

_new = object.__new__
_set = object.__setattr__
# the slot setters of pydantic's BaseModel, called directly: what model_construct sets, without its cost
_set_fields = _BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = _BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = _BaseModel.__dict__["__pydantic_private__"].__set__
_TOKEN_FIELDS = frozenset(("text", "start", "end", "norm", "segments"))
_SPAN_FIELDS = frozenset(("text", "start", "end"))


def _make_token(text, start, end, norm, segments):
    t = _new(Token)
    _set(t, "__dict__", {"text": text, "start": start, "end": end, "norm": norm, "segments": segments})
    _set_fields(t, _TOKEN_FIELDS)
    _set_extra(t, None)
    _set_private(t, None)
    return t


def _make_span(text, start, end):
    t = _new(Span)
    _set(t, "__dict__", {"text": text, "start": start, "end": end})
    _set_fields(t, _SPAN_FIELDS)
    _set_extra(t, None)
    _set_private(t, None)
    return t


def _check_fast_construction() -> bool:
    """The fast constructors must build exactly what ``model_construct`` builds (pydantic internals)."""
    try:
        a = _make_token("و", 0, 1, "و", [_make_span("و", 0, 1)])
        b = Token.model_construct(text="و", start=0, end=1, norm="و", segments=[Span.model_construct(text="و", start=0, end=1)])
        return a == b and a.model_dump() == b.model_dump() and a.__dict__.keys() == b.__dict__.keys()
    except Exception:  # pragma: no cover - a pydantic change
        return False


if not _check_fast_construction():  # pragma: no cover
    def _make_token(text, start, end, norm, segments):  # noqa: F811
        return Token.model_construct(text=text, start=start, end=end, norm=norm, segments=segments)

    def _make_span(text, start, end):  # noqa: F811
        return Span.model_construct(text=text, start=start, end=end)


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
                    segs.append(_make_span(text[a:b], a, b))
                    a = b
                segs.append(_make_span(text[a:e], a, e))
            else:
                segs = []
            append(_make_token(t, s, e, norm, segs))


def make_component(**options):
    segmenter = options.get("segmenter", "default")
    if segmenter not in ("default", "none", None, False, True):  # camel, stanza: arnews.backends
        from ..backends import get_segmenter_backend
        return get_segmenter_backend(segmenter, **options)
    return Tokens(segment=segmenter not in ("none", None, False))
