"""What the backends share: mapping token labels and morpheme strings back onto the original text."""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from ..records import Span, Token
from ..segment import sentence_token_ranges
from ..text import normalize

_PROCLITICS = frozenset("وفبلكس")

#: backend entity types -> arnews tagger labels
LABELS = {"PERS": "PERSON", "PER": "PERSON", "PERSON": "PERSON", "LOC": "LOC", "GPE": "LOC", "LOCATION": "LOC",
          "FAC": "LOC", "ORG": "ORG", "ORGANIZATION": "ORG", "NORP": "MISC", "MISC": "MISC"}

#: letters a morphological tokenizer writes differently from the surface: (piece char, text char)
_EQUIV = frozenset([("ة", "ت"), ("ت", "ة"), ("ى", "ا"), ("ا", "ى"), ("ه", "ة"), ("ة", "ه")])


def map_label(kind: str) -> str:
    return LABELS.get(kind.upper(), "MISC")


def _is_mark(ch: str) -> bool:
    return not normalize(ch) and not ch.isspace()


def _same(p: str, t: str) -> bool:
    return p == t or (p, t) in _EQUIV or normalize(p) == normalize(t) != ""


def align_pieces(text: str, pieces: Sequence[str]) -> Optional[list[tuple[int, int]]]:
    """Offsets (relative to ``text``) of the morphemes ``pieces`` of the word ``text``, or None.

    The pieces are a tokenizer's output for the word with the '+'/'_' markers already removed; they
    may restore letters the surface leaves out (ل+ال+موقع for للموقع, مدرسة+ها for مدرستها) or differ in
    hamza/alef spelling and diacritics. Marks in the text (diacritics, tatweel) stay with the letter
    before them. None when the pieces do not spell the word.
    """
    pieces = [p for p in pieces if p]
    if len(pieces) < 2:
        return None
    n = len(text)
    k = 0
    out = []
    prev = ""
    for piece in pieces:
        a = k
        for i, c in enumerate(piece):
            if _is_mark(c):
                continue
            while k < n and _is_mark(text[k]) and k > a:
                k += 1
            if k < n and _same(c, text[k]):
                k += 1
                while k < n and _is_mark(text[k]):
                    k += 1
            elif c == "ا" and i == 0 and piece.startswith("ال") and prev == "ل":
                continue  # للموقع = ل + ال + موقع: the article's alef is not written
            else:
                return None
        if k > a:
            out.append((a, k))
        prev = normalize(piece)
    while k < n and _is_mark(text[k]):
        k += 1
    if k != n or len(out) < 2:
        return None
    if out[-1][1] != n:
        out[-1] = (out[-1][0], n)
    return out


def segment_spans(tok, pieces: Sequence[str]) -> list:
    """Token.segments for ``tok`` from morpheme strings; [] (the token is one piece) when they don't align."""
    rel = align_pieces(tok.text, pieces)
    if rel is None:
        return []
    s = tok.start
    return [Span.model_construct(text=tok.text[a:b], start=s + a, end=s + b) for a, b in rel]


def with_segments(tok, segments: list):
    """``tok`` with these segments (a new record: tokens may be built with frozen field sets)."""
    return Token.model_construct(text=tok.text, start=tok.start, end=tok.end, norm=tok.norm, segments=segments)


def clitic_free_start(tok) -> int:
    """Where a name starts inside ``tok``: after leading one-letter proclitic segments (و+ل+تويتر -> تويتر)."""
    for sg in tok.segments or ():
        if not (len(normalize(sg.text)) == 1 and normalize(sg.text) in _PROCLITICS):
            return sg.start
    return tok.start


def sentence_groups(tokens: Sequence, sentences: Iterable) -> list[tuple[int, int]]:
    """Token index ranges, one per sentence (tokens outside every sentence form runs of their own)."""
    return sentence_token_ranges(tokens, sorted(sentences or (), key=lambda x: x.start))


def bio_spans(labels: Sequence[str]) -> list[tuple[int, int, str]]:
    """Token ranges ``(i, j, type)`` (j inclusive) from BIO/BIOES labels (I- without B- starts a name)."""
    out = []
    cur = None
    for i, lab in enumerate(list(labels) + ["O"]):
        lab = lab or "O"
        tag, _, kind = lab.partition("-")
        if not kind:
            tag, kind = ("O", "") if lab == "O" else ("B", lab)
        if tag == "O" or tag in ("B", "S", "U") or (cur is not None and kind != cur[1]):
            if cur is not None:
                out.append((cur[0], i - 1, cur[1]))
                cur = None
            if tag != "O":
                cur = (i, kind)
            if tag in ("S", "U") and cur is not None:
                out.append((i, i, kind))
                cur = None
        elif cur is None:
            cur = (i, kind)
        if tag in ("E", "L") and cur is not None:
            out.append((cur[0], i, cur[1]))
            cur = None
    return out


def token_spans(doc, groups, labels_per_group, ctx) -> list[tuple[int, int, str]]:
    """Character spans (clitic-free starts) from per-token labels of the sentence groups."""
    toks = doc.tokens
    spans = []
    for (a, _b), labs in zip(groups, labels_per_group):
        for i, j, kind in bio_spans(labs):
            start, end = clitic_free_start(toks[a + i]), toks[a + j].end
            if start >= end or (ctx is not None and ctx.is_blocked(start, end)):
                continue
            spans.append((start, end, map_label(kind)))
    return spans


def is_arabic_word(text: str) -> bool:
    """True for a token made of Arabic letters (and marks): the ones clitics can be glued to."""
    has = False
    for ch in text:
        if "\u0621" <= ch <= "\u064a" or "\u0671" <= ch <= "\u06d3":
            has = True
        elif not _is_mark(ch):
            return False
    return has
