"""Sentences, tokens and their clitic segments.

- :mod:`.tokenizer`: the token pattern (words, numbers, URLs, e-mails, mentions, hashtags, emoji, punctuation);
- :mod:`.sentences`: the ``sentences`` component;
- :mod:`.tokens`: the ``tokens`` component (norm + clitic segments);
- :mod:`.clitics`: the trained clitic segmenter (UD convention: و+ ل+ تويتر, كتاب +هم).

:func:`format_segmented` prints a document the way segmentation tools exchange it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..records import TokenList
from ..text import strip_marks

__all__ = ["format_segmented", "segment_word", "sentence_token_ranges"]

_PROCLITICS = frozenset(["و", "ف", "ب", "ل", "ك", "س", "ال"])


def segment_word(word: str) -> list[str]:
    """The clitics and stem of one word: ``segment_word("وللفيفا") == ["و", "ل", "لفيفا"]``."""
    from .clitics import segment_word as _sw
    return _sw(word)


def _token_form(tok) -> str:
    segs = tok.segments
    if not segs:
        return tok.text
    texts = [s.text for s in segs]
    stem = len(texts) - 1
    for i, t in enumerate(texts[:-1]):
        if strip_marks(t) not in _PROCLITICS:
            stem = i
            break
    parts = [t + "+" for t in texts[:stem]]
    parts.append(texts[stem])
    parts.extend("+" + t for t in texts[stem + 1:])
    return " ".join(parts)


def format_segmented(doc) -> str:
    """One sentence a line, tokens separated by spaces, clitics marked with '+'.

    Proclitics carry a trailing '+', suffixes a leading one: ``و+ ل+ تويتر``, ``كتاب +هم``. Tokens
    outside every sentence (text no paragraph covers) get lines of their own, in text order.
    """
    sents = sorted((s.start, s.end) for s in doc.sentences)
    starts = [s for s, _ in sents]
    lines: list[str] = []
    cur: list[str] = []
    cur_key = None
    for tok in doc.tokens:
        k = bisect_right(starts, tok.start) - 1
        key = k if k >= 0 and tok.end <= sents[k][1] else ("out", k)
        if key != cur_key and cur:
            lines.append(" ".join(cur))
            cur = []
        cur_key = key
        cur.append(_token_form(tok))
    if cur:
        lines.append(" ".join(cur))
    return "\n".join(lines) + ("\n" if lines else "")


def token_offsets(tokens) -> tuple[list[int], list[int]]:
    """The starts and the ends of ``tokens`` (a TokenList gives them without making records)."""
    if isinstance(tokens, TokenList):
        return tokens.starts, tokens.ends
    return [t.start for t in tokens], [t.end for t in tokens]


def sentence_token_ranges(tokens, sentences) -> list[tuple[int, int]]:
    """Token index ranges ``(i, j)`` of the sentences, tokens outside every sentence forming runs of
    their own. Both lists are in text order, so the boundaries are found by bisection."""
    starts, ends = token_offsets(tokens)
    out = []
    n = len(starts)
    i = 0
    for s in sentences or ():
        if i < n and ends[i] <= s.start:
            j = bisect_right(ends, s.start, i, n)
            out.append((i, j))
            i = j
        j = bisect_left(starts, s.end, i, n)
        if j > i:
            out.append((i, j))
        i = j
    if i < n:
        out.append((i, n))
    return out
