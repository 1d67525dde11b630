"""Tokens of the normalized text for the numbers' scan: the tokenizer regexes, ``Tok`` and the lazy
``_Toks``, digits to values, and what is blanked or rewritten before (URLs and handles, scraped CSS and
script, tatweel dashes, right-to-left-mark decimals)."""
from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate, repeat
from operator import rshift
import re
from typing import NamedTuple, Optional

import regex

from ..text import TextView


# an e-mail's local part starts where the search resumed (\G) or after a character it can't contain: the
# same matches as without the guard, but no retry at every character of a long word run (quadratic)
_SKIP = regex.compile(r"https?://\S+|www\.\S+|(?:\G|(?<![\w.+-]))[\w.+-]+@[\w-]+\.[\w.]+|\#\w+|@[A-Za-z0-9_]+")
_TRIGGER = regex.compile(r"[@#]|http|www\.")
_SPACE_BEFORE = regex.compile(r"(?r)\s")
_SPACE = regex.compile(r"\s")


def _skip_spans(norm: str) -> list[tuple[int, int]]:
    """The spans of ``_SKIP`` in ``norm``, found in the whitespace-free chunks that hold an @, a #,
    "http" or "www." only (no match runs over whitespace): scanning the whole text tried the e-mail
    pattern at every word, 0.12 s a megabyte."""
    spans: list[tuple[int, int]] = []
    done = 0
    for t in _TRIGGER.finditer(norm):
        p = t.start()
        if p < done:
            continue
        m = _SPACE_BEFORE.search(norm, 0, p)
        cs = m.end() if m else 0
        m = _SPACE.search(norm, p)
        ce = m.start() if m else len(norm)
        spans += [x.span() for x in _SKIP.finditer(norm, cs, ce)]
        done = ce
    return spans


# a brace block with a semicolon and no Arabic letter (padding: 0; margin: 0; }، { jQuery(...).html(data); }):
# a rule of inline CSS or a script scraped with a poll widget. The first run has no ; (no backtracking).
_CODE_BLOCK = re.compile(r"\{[^{};\u0621-\u064a]*;[^{}\u0621-\u064a]*\}")
_ASCII_RUN = re.compile(r"[\t\x20-\x7e]*")


def _code_spans(norm: str) -> list[tuple[int, int]]:
    """The runs of printable ASCII around each ``_CODE_BLOCK`` (the whole scraped stylesheet or script,
    its numbers outside the braces too: jqplot('pie1', [[ ['a1870',1254] ...): no news quantity is in
    code. Each run is walked once (a block inside a found run is skipped), so linear."""
    spans: list[tuple[int, int]] = []
    done = 0
    for m in _CODE_BLOCK.finditer(norm):
        s, e = m.span()
        if s < done:
            continue
        while s > done and (" " <= norm[s - 1] <= "~" or norm[s - 1] == "\t"):
            s -= 1
        e = _ASCII_RUN.match(norm, e).end()
        spans.append((s, e))
        done = e
    return spans


# phone also takes a version number (أندرويد 5.1.1، 192.168.1.1: dot groups not all of three digits,
# which group thousands as in 1.900.000): one identifier, not the numbers 5.1 and .1
# word: a run of letters ([^\W\d_]); one that starts with a basic Arabic letter (U+0621..U+064A, all
# word letters) takes those by a range test, cheaper than the Unicode-class test it keeps for the rest
_TOK = re.compile(r"""
 (?P<word>[\u0621-\u064a]+[^\W\d_]*|[^\W\d_]+)
|(?=[\d(+.])(?:
  (?P<phone>\(?\+\d{1,3}\)?[ \t.\-]*(?:\d[ \t.\-]*){6,}\d(?:[ \t]*(?:ext\.?|x|فرعي)[ \t]*\d+)?
   |(?<![\d.,])0\d{1,3}[ \-]\d{3,4}[ \-]\d{3,4}(?!\d)
   |(?<![\d.,])\d{3}-\d{3}-\d{4}(?!\d)
   |(?<![\d.,])\d(?:\.\d){5,}(?!\d)
   |(?<![\d.,])(?!\d{1,3}(?:\.\d{3}){2,}(?![\d.]))\d{1,3}(?:\.\d{1,3}){2,}(?![\d.])
   |\d{7,}[ \t]*(?:ext\.?|x|فرعي)[ \t]*\d+)
 |(?P<date>(?<![\d.,/])(?:\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{1,2}[-/.]\d{1,2}[-/.]\d{4}|\d{1,2}/\d{1,2}/\d{2})(?![\d/]))
 |(?P<time>(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d:]))
 |(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])|(?<![\d,])\d{1,4},\d{1,2}(?![\d,])
   |(?<![\d.,،])\d{1,3}،\d{1,2}(?![\d،])(?=[ \t]*(?:%|في[ ]الم|بالم|مليون|مليار|ملايين|مليارات|الف|تريليون|ترليون))|(?<!\d)\d{1,3}(?:[ ]\d{3})+(?!\d)|(?<![\d.,])\d{1,3}ر\d+(?![\d.,]|ر\d)|(?<![\d.,])\d{1,3}(?:\.\d{3}){2,}(?![\d.])|\d+(?:\.\d+)?|\.\d+)
)
|(?P<p>[^\s\w]|_)
""", re.X)

W, N, P, X, D, T = "w", "n", "p", "x", "d", "t"


class Tok(NamedTuple):
    """A token of the normalized text: type (W N P X D T), start, end, text, numeric value, space before."""
    typ: str
    s: int
    e: int
    t: str
    val: Optional[float] = None
    gap: bool = True


_new_tuple = tuple.__new__

_RLM_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3}\.\u200f\d").finditer

# digits joined by a tatweel, glued or spaced (1437ـ1441هـ، 3ـ4 ذي الحجة، "2015 ـــ 2020م"), which the
# normalized view drops
_TATWEEL_DIGITS = re.compile(r"(?<=\d)[ \t]*\u0640+[ \t]*(?=\d)")


def _as_dash(m) -> str:
    """A tatweel run with its spaces as a dash, the same length: the spaces before it kept."""
    g = m.group()
    k = g.index("\u0640")
    return g[:k] + "-" + " " * (len(g) - k - 1)


def _tatweel_dashes(text: str, view):
    """The view drops a tatweel, so digits it joins read as one number (1437ـ1441 as 14371441) or as two
    (2015 ـــ 2020م): a view of the text with each such tatweel run as a dash (same length, same offsets),
    read as 1437-1441 and 2015 - 2020م are."""
    if _TATWEEL_DIGITS.search(text) is None:
        return view
    return TextView(_TATWEEL_DIGITS.sub(_as_dash, text))


def _rlm_decimals(text: str, view, norm: str) -> str:
    """A right-to-left mark after the dot (5.\u200f26، 95.\u200f56 دولار) marks a decimal typed with its
    parts reversed, as the wire's ر does (26.5، 56.95): the dot becomes ر in ``norm`` (same length)."""
    parts, pos = [], 0
    for m in _RLM_DECIMAL(text):
        k = view.to_norm(m.end() - 3)
        if norm[k:k + 1] == ".":
            parts.append(norm[pos:k])
            parts.append("ر")
            pos = k + 1
    return "".join(parts) + norm[pos:] if parts else norm


_line_ends = re.compile("\n").finditer
_start = re.Match.start


def _token_at(cum, matches):
    """{index of the token (or of the token after the space) that holds each match's start}: the part
    holding offset p is bisect_right(cum, p), token k is part 2k + 1 (all in C, no loop here)."""
    return set(map(rshift, map(bisect_right, repeat(cum), map(_start, matches)), repeat(1)))


_TYP = {"word": W, "p": P, "date": D, "time": T, "phone": X}
# the same tokens, one capturing group: split() gives [space, token, space, token, ..., space] in one pass;
# (?=\S) turns every space away at once (else each alternative was tried there)
_TOK_SPLIT = re.compile("(?=\\S)(" + re.sub(r"\(\?P<\w+>", "(?:", _TOK.pattern) + ")", re.X)


class _Toks(dict):
    """Tokens by index, each built on first access (most are never looked at).

    ``parts`` is ``_TOK_SPLIT.split(norm)``: the whole text's token k is ``parts[2k + 1]``, the space
    before it ``parts[2k]``; ``cum`` the running sum of the parts' lengths (it spans cum[2k]..cum[2k + 1]).
    This object's token q is the text's token ``base + q`` (a line's tokens: no list copies). Behaves
    like the token list for indexing: negative indices count from the end, indices past the end raise
    IndexError. ``n`` is the number of tokens.
    """
    __slots__ = ("norm", "parts", "cum", "base", "n")

    def __init__(self, norm, parts=None, cum=None, base=0, n=None):
        """The tokens of ``norm``, or the ``n`` tokens of ``parts``/``cum`` from token ``base`` on."""
        self.norm = norm
        if parts is None:
            parts = _TOK_SPLIT.split(norm)
            cum = list(accumulate(map(len, parts)))
        self.parts, self.cum, self.base = parts, cum, base
        self.n = len(parts) // 2 - base if n is None else n

    def __missing__(self, k):
        n = self.n
        q = k + n if k < 0 else k
        if not 0 <= q < n:
            raise IndexError("token index out of range")
        g = 2 * (self.base + q)
        s = self.cum[g]
        e = self.cum[g + 1]
        gap = q == 0 or self.parts[g] != ""
        txt = self.parts[g + 1]
        # the type the left-to-right tokenization gave it: a letter can only start a word, a lone sign
        # that no number, date or phone alternative took is punctuation, digits alone are a number;
        # the rest asks the regex
        if txt[0].isalpha():
            t = _new_tuple(Tok, (W, s, e, txt, None, gap))
        elif len(txt) == 1 and not txt.isalnum():
            t = _new_tuple(Tok, (P, s, e, txt, None, gap))
        elif txt.isdecimal():  # digits alone: no date, time or phone alternative takes those
            t = _new_tuple(Tok, (N, s, e, txt, float(txt), gap))
        else:
            typ = _TOK.match(self.norm, s).lastgroup
            if typ == "num":
                try:
                    t = _new_tuple(Tok, (N, s, e, txt, _num_value(txt), gap))
                except ValueError:
                    t = _new_tuple(Tok, (X, s, e, txt, None, gap))
            else:
                t = _new_tuple(Tok, (_TYP[typ], s, e, txt, None, gap))
        self[k] = t
        return t


def _num_value(t: str) -> float:
    """Digits to a float: commas group thousands (1,250,000), except a comma before one or two digits
    that ends the number after at most four, the wire style's decimal comma (2,4 مليار يورو = 2.4;
    15,7%; 1103,25 دولار للأوقية = 1103.25: a group of thousands has three digits). ر is the Arabic
    decimal sign ٫ typed as the letter it looks like, with the parts in reverse order (the agencies'
    bidi-flipped 10٫7): 7ر10 مليار دولار = 10.7, 83ر1 متر = 1.83; 000ر22 groups thousands (22,000).
    Two dots or more group thousands (1.900.000 مواطن)."""
    if "ر" in t:
        frac, whole = t.split("ر")
        return float(whole) * 1000 if frac == "000" else float(f"{whole}.{frac}")
    if t.count(".") > 1:
        return float(t.replace(".", ""))  # 159.669.362: dots grouping thousands (two groups or more)
    if _DECIMAL_COMMA(t):
        return float(t.replace(",", "."))
    if "،" in t:
        return float(t.replace("،", "."))  # 2،5% (the Arabic comma as a decimal sign: _TOK takes it before a percent or scale only)
    return float(t.replace(",", "").replace(" ", ""))


_DECIMAL_COMMA = re.compile(r"\d{1,4},\d{1,2}").fullmatch

_DIGITS_ASCII = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
