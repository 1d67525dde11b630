"""A normalized view of the text that maps back to original offsets.

Matching (gazetteers, number words, cue verbs) wants one spelling per letter: alef and hamza forms
folded, alef maksura as yeh, teh marbuta as heh, no diacritics or tatweel, ASCII digits, no bidi or
zero-width marks, presentation forms decomposed, Latin lower-cased, every line end (CR, U+2028...)
as "\n" and other control characters as spaces. Records must still point into the
original text, so :class:`TextView` keeps a piecewise map from normalized to original offsets.
Nothing here ever edits ``Document.text``.
"""
from __future__ import annotations

import html
import re
import unicodedata
from bisect import bisect_right

import regex

# --- character classes -------------------------------------------------------------------------

DIACRITICS = "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
TATWEEL = "\u0640"
#: Invisible format marks: bidi embeddings/overrides/isolates, LRM/RLM/ALM, zero-width (non-)joiners,
#: word joiner, BOM, soft hyphen.
INVISIBLE = "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\u061c\ufeff\u00ad"
DELETED = DIACRITICS + TATWEEL + INVISIBLE

ARABIC_LETTER = r"\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5\u06ee\u06ef\u06fa-\u06fc\u06ff"


def _one_to_one_table() -> dict[int, str]:
    table: dict[int, str] = {}
    for ch in "أإآٱٲٳٵ":
        table[ord(ch)] = "ا"
    table.update({ord("ى"): "ي", ord("ة"): "ه", ord("ؤ"): "و", ord("ئ"): "ي",
                  ord("ی"): "ي", ord("ې"): "ي", ord("ۍ"): "ي", ord("ي"): "ي",
                  ord("ک"): "ك", ord("ڪ"): "ك", ord("گ"): "ك", ord("ہ"): "ه", ord("ە"): "ه", ord("ۀ"): "ه",
                  ord("ھ"): "ه", ord("ۃ"): "ه"})
    for i in range(10):
        table[0x0660 + i] = str(i)  # Arabic-Indic digits
        table[0x06F0 + i] = str(i)  # Persian/Urdu digits
    table.update({0x066B: ".", 0x066C: ",", 0x066A: "%", 0x00A0: " ", 0x202F: " ", 0x2007: " "})
    for c in range(ord("A"), ord("Z") + 1):
        table[c] = chr(c + 32)
    # Line ends of every convention read as "\n" (a lone CR is handled in _newlines), the other
    # control characters (NUL, ESC, DEL...) as spaces: matchers never see them glue or split words.
    for c in "\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e":
        table[ord(c)] = "\n"
    for c in list(range(0x00, 0x20)) + list(range(0x7F, 0xA0)):
        if chr(c) not in "\t\n\r\x85\x0b\x0c\x1c\x1d\x1e":
            table[c] = " "
    # Arabic presentation forms that decompose to a single letter; the others are expansions.
    for c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(c)
        d = unicodedata.normalize("NFKC", ch).strip()
        if len(d) == 1 and d != ch:
            table[c] = table.get(ord(d), d)
    return table


TABLE = _one_to_one_table()


def _expansions() -> dict[str, str]:
    out = {}
    for c in list(range(0xFB50, 0xFE00)) + list(range(0xFE70, 0xFEFF)):
        ch = chr(c)
        d = "".join(ch2 for ch2 in unicodedata.normalize("NFKC", ch) if not regex.match(f"[{DELETED} ]", ch2))
        if len(d) > 1:
            out[ch] = d.translate(TABLE)
    return out


EXPANSIONS = _expansions()
#: HTML character references that scraped news keeps (&quot; &#8220; &amp; ...), after lower-casing:
#: read as the character they stand for (a quotation mark, a dash)
HTML_ENTITY = (r"&(?:quot|amp|lt|gt|nbsp|apos|laquo|raquo|ldquo|rdquo|lsquo|rsquo|bdquo|ndash|mdash|hellip"
               r"|#[0-9]{2,6}|#x[0-9a-f]{2,5});")
# Plain character classes: the standard library's ``re`` scans them about 9x faster than ``regex``
# (the whole text goes through _SPECIAL for every TextView), with the same matches.
_SPECIAL = re.compile(f"[{DELETED}]+|[{''.join(EXPANSIONS)}]|{HTML_ENTITY}")
_DELETED_RUN = re.compile(f"[{DELETED}]+")
_TRAILING_MARKS = re.compile(f"[{DIACRITICS}{TATWEEL}]+")
_LONE_CR = re.compile("\r(?!\n)")


def _replacement(special: str) -> str:
    """What a match of ``_SPECIAL`` reads as: a ligature's letters, an HTML reference's character
    (normalized), nothing for diacritics and invisible marks."""
    if special[0] == "&":
        ch = html.unescape(special)
        return _newlines(ch.translate(TABLE)) if ch != special and ch.isprintable() else special
    return EXPANSIONS.get(special, "")


def _newlines(t: str) -> str:
    """A CR that is not part of CRLF (old Mac line ends) read as "\n" (same length)."""
    return _LONE_CR.sub("\n", t) if "\r" in t else t


_NORMALIZED: dict[str, str] = {}  # str -> str only: the GC never tracks it (an lru_cache is a list per entry)
_NORMALIZED_MAX = 50_000


def normalize(s: str) -> str:
    """The normalized form of a short string (a token, a gazetteer alias): see the module docstring."""
    t = _NORMALIZED.get(s)
    if t is None:
        t = _newlines(s.translate(TABLE))
        if _SPECIAL.search(t) is not None:
            t = _SPECIAL.sub(lambda m: _replacement(m.group()), t)
        if len(_NORMALIZED) >= _NORMALIZED_MAX:
            _NORMALIZED.clear()
        _NORMALIZED[s] = t
    return t


class TextView:
    """``norm`` is the normalized text; ``span(i, j)`` maps a normalized slice to original offsets.

    The map is a sorted list of segments ``(norm_start, orig_start, expanded)``: inside a plain
    segment offsets move together; an expanded segment (a ligature such as ﻻ → لا) maps every
    normalized character to its one original character.
    """

    __slots__ = ("original", "norm", "_n", "_o", "_x")

    def __init__(self, text: str):
        self.original = text
        t = _newlines(text.translate(TABLE))
        if _SPECIAL.search(t) is None:
            self.norm, self._n, self._o, self._x = t, [0], [0], [False]
            return
        parts: list[str] = []
        n_starts, o_starts, expanded = [0], [0], [False]
        pos = npos = 0
        for m in _SPECIAL.finditer(t):
            s, e = m.span()
            parts.append(t[pos:s])
            npos += s - pos
            rep = _replacement(m.group())
            if rep:
                n_starts.append(npos); o_starts.append(s); expanded.append(True)
                parts.append(rep)
                npos += len(rep)
            n_starts.append(npos); o_starts.append(e); expanded.append(False)
            pos = e
        parts.append(t[pos:])
        self.norm = "".join(parts)
        self._n, self._o, self._x = n_starts, o_starts, expanded

    def start(self, i: int) -> int:
        """Original offset of normalized offset ``i`` (a start)."""
        k = bisect_right(self._n, i) - 1
        return self._o[k] if self._x[k] else self._o[k] + i - self._n[k]

    def end(self, j: int) -> int:
        """Original offset of normalized end ``j``, taking in diacritics that trail the last letter."""
        if j <= 0:
            return 0
        k = bisect_right(self._n, j - 1) - 1
        if self._x[k]:  # the whole original of an expansion: a ligature, an HTML reference (&#1578;)
            e = self._o[k + 1] if k + 1 < len(self._o) and j >= self._n[k + 1] else self._o[k] + 1
        else:
            e = self._o[k] + j - self._n[k]
        o = self.original
        if e < len(o) and "\u0610" <= o[e] <= "\u06ed":  # every mark of _TRAILING_MARKS is in this range
            m = _TRAILING_MARKS.match(o, e)
            if m:
                return m.end()
        return e

    def span(self, i: int, j: int) -> tuple[int, int]:
        return self.start(i), self.end(j)

    def to_norm(self, o: int) -> int:
        """Normalized offset of original offset ``o`` (the first kept character at or after it)."""
        k = bisect_right(self._o, o) - 1
        if self._x[k]:
            return self._n[k]
        nxt = self._n[k + 1] if k + 1 < len(self._n) else len(self.norm)
        return min(self._n[k] + o - self._o[k], nxt)


def strip_marks(s: str) -> str:
    """Only diacritics, tatweel and invisible marks removed: for display keys that keep letters."""
    return _DELETED_RUN.sub("", s)
