"""Sentence splitting for scraped Arabic news.

Works on the token stream (``tokenizer.tokenize``, computed once and left in ``ctx.scratch`` for the
tokens component), so dots inside numbers (59.6, ٥٩٫٦), URLs and e-mail addresses are never
candidates. Within each paragraph of ``doc.paragraphs`` (the whole text when there are none):

- headline, caption, meta and dateline paragraphs are one sentence each;
- a line break ends a sentence (headlines without final punctuation, list items, bullets), unless the
  paragraph looks hard-wrapped (several long lines of similar length, none ending a sentence);
- ``. ؟ ? ! ؛`` end a sentence when followed by a space or a line end, or glued to the next Arabic
  word (``الأمر.وأضاف``); closing quotation marks and brackets stay with the sentence they close;
  a full stop inside a quotation or brackets that close later in the line does not split (a quoted
  statement of several sentences stays one sentence, as in UD);
- no split after an abbreviation: a single letter (د. م. ص. ق.م. أ.د. J. K.) or a listed Latin
  abbreviation (Dr. Mr. etc. ...), except a year marker after a number (عام 2015 م.); no split after
  a list number that opens a sentence (1. ...);
- ellipses (.. ... …) are pauses in Arabic news far more often than sentence ends (they join
  clauses and headline parts: "قوات الجيش.. وليس هناك"), so they end a sentence only at a line end,
  unless the option ``split_on_ellipsis=True`` is given;
- a bullet mark (• ● ▪ ■ ► ...) starts a new sentence.

Sentence spans run from their first to their last token: surrounding whitespace is excluded.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import accumulate
from operator import itemgetter

from ..records import Span, constructor
from .tokenizer import tokenize

_new_span = constructor(Span)

_END = frozenset(".!?؟؛")
_CLOSE_PAIRS = {")": "(", "]": "[", "}": "{", "»": "«", "›": "‹", "”": "“", "’": "‘"}
_OPENERS = frozenset(_CLOSE_PAIRS.values())
_AMBIG_QUOTES = frozenset("\"'")
_BULLETS = frozenset("•●▪▫■□►▶◄◆◇◾◽✓✔☑➢➤➔→⁃∙·")
_LIST_DASH = frozenset("-–—*")
LATIN_ABBREV = frozenset(
    "mr mrs ms dr prof st jr sr inc ltd co corp vs etc eg ie al no nos fig figs vol pp jan feb mar apr jun jul "
    "aug sep sept oct nov dec gen gov sen rep col lt sgt capt mt ave blvd dept est approx univ".split())
#: Multi-letter Arabic abbreviations written with a final dot.
ARABIC_ABBREV = frozenset(["هـ", "ه", "م", "ص", "د", "ج", "ق", "أ", "س", "ت", "ب", "ك"])
_YEAR_MARKS = frozenset(["م", "هـ", "ه"])
_START, _END_OFFSET = itemgetter(0), itemgetter(1)


def _sentence(text: str, s: int, e: int) -> Span:
    return _new_span({"text": text[s:e], "start": s, "end": e})


class Sentences:
    name = "sentences"
    requires = ("paragraphs",)
    provides = ("sentences",)

    def __init__(self, split_on_ellipsis: bool = False):
        self.split_on_ellipsis = bool(split_on_ellipsis)

    def __call__(self, doc, ctx) -> None:
        text = doc.text
        toks = ctx.scratch.get("segment.tokens") if ctx is not None else None
        if toks is None:
            toks = tokenize(text)
            if ctx is not None:
                ctx.scratch["segment.tokens"] = toks
        if not toks:
            return
        paras = doc.paragraphs
        if paras:
            spans = sorted((p.start, p.end, p.kind) for p in paras)
        else:
            spans = [(0, len(text), "body")]
        out: list[tuple[int, int]] = []
        units = self._units(text, toks, spans)
        # only punctuation tokens can end a sentence or open/close a quote: _split_line visits those
        punct = [i for i, t in enumerate(toks) if t[2] == "punct"]
        # consecutive body lines one newline apart form a block; a hard-wrapped block is one unit
        k, nu = 0, len(units)
        while k < nu:
            a, b, kind = units[k]
            if kind != "body":
                out.append((toks[a][0], toks[b - 1][1]))
                k += 1
                continue
            m = k + 1
            while m < nu and units[m][2] == "body" and \
                    text.count("\n", toks[units[m - 1][1] - 1][1], toks[units[m][0]][0]) == 1:
                m += 1
            block = units[k:m]
            if len(block) >= 3 and _hard_wrapped(text, toks, block):
                self._split_line(text, toks, punct, block[0][0], block[-1][1], out)
            else:
                for a, b, _ in block:
                    self._split_line(text, toks, punct, a, b, out)
            k = m
        blocked = getattr(ctx, "blocked", None) if ctx is not None else None
        maxend = list(accumulate((be for _, be in blocked), max)) if blocked else None
        add = doc.sentences.append
        for s, e in out:
            if blocked and _inside_blocked(blocked, s, e, maxend):
                continue
            add(_sentence(text, s, e))

    # --- body paragraphs -------------------------------------------------------------------------

    @staticmethod
    def _units(text, toks, spans):
        """Token ranges ``(i0, i1, kind)``: one per non-body paragraph, one per line of a body paragraph.

        Token starts and ends both increase strictly, so range ends are found by bisection."""
        units = []
        n = len(toks)
        i = 0
        last_end = 0
        for ps, pe, kind in spans:
            ps = max(ps, last_end)
            if pe <= ps:
                continue
            last_end = pe
            if i < n and toks[i][0] < ps:  # paragraphs come in order: move forward
                i = bisect_left(toks, ps, i, n, key=_START)
            j = bisect_right(toks, pe, i, n, key=_END_OFFSET)  # the first token ending after pe
            if j > i:
                if kind != "body":
                    units.append((i, j, "single"))
                elif text.find("\n", toks[i][0], toks[j - 1][1]) < 0:
                    units.append((i, j, "body"))
                else:
                    k = i
                    while k < j:
                        nl = text.find("\n", toks[k][0], toks[j - 1][1])
                        if nl < 0:
                            units.append((k, j, "body"))
                            break
                        m = bisect_left(toks, nl, k, j, key=_START)  # the first token from the line break on
                        units.append((k, m, "body"))
                        k = m
            i = j
        return units

    def _split_line(self, text, toks, punct, i0, i1, out):
        """Sentences of tokens ``i0 .. i1 - 1``; ``punct``: the sorted indices of punctuation tokens."""
        start = i0
        dq = sq = 0  # straight quotes seen in the current sentence
        depth = 0  # open brackets / guillemets / curly quotes in the current sentence
        ellipsis = self.split_on_ellipsis
        p, p1 = bisect_left(punct, i0), bisect_left(punct, i1)
        while p < p1:
            i = punct[p]
            s, e, _ = toks[i]
            t = text[s:e]
            c = t[0]
            if c in _BULLETS and i > start:
                out.append((toks[start][0], toks[i - 1][1]))
                start, dq, sq, depth = i, 0, 0, 0
                p += 1
                continue
            if c == '"':
                dq += len(t)
            elif c == "'":
                sq += len(t)
            elif c in _OPENERS:
                depth += 1
            elif c in _CLOSE_PAIRS:
                depth = max(0, depth - 1)
            last = t[-1]
            is_ellipsis = last == "…" or (len(t) > 1 and t[0] == "." and set(t) == {"."})
            if last not in _END and not is_ellipsis:
                p += 1
                continue
            if is_ellipsis and not ellipsis:
                p += 1
                continue
            if t == "." and not self._period_ends(text, toks, start, i):
                p += 1
                continue
            # absorb closing quotes / brackets and further end marks
            j = i + 1
            while j < i1:
                s2, e2, k2 = toks[j]
                if k2 != "punct":
                    break
                t2 = text[s2:e2]
                c2 = t2[0]
                glued = s2 == toks[j - 1][1]
                if c2 == '"':
                    if not (glued or dq % 2):
                        break
                    dq += len(t2)
                elif c2 == "'":
                    if not (glued or sq % 2):
                        break
                    sq += len(t2)
                elif c2 in _CLOSE_PAIRS:
                    if not (glued or depth):
                        break
                    depth = max(0, depth - 1)
                elif (c2 in _END or c2 == "…") and glued:
                    pass
                else:
                    break
                j += 1
            if j >= i1:
                break
            if (dq % 2 or depth) and _closes_later(text, toks[j - 1][1], toks[i1 - 1][1], dq % 2, depth):
                # a full stop inside a quotation that closes later on: the quote is one sentence
                p = bisect_left(punct, j, p + 1, p1)
                continue
            ns, ne, nk = toks[j]
            if ns == toks[j - 1][1]:  # glued to what follows: only before an Arabic word
                if nk != "arabic" or (t == "." and not _long_word_before(text, toks, start, i)):
                    p = bisect_left(punct, j, p + 1, p1)
                    continue
            out.append((toks[start][0], toks[j - 1][1]))
            start, dq, sq, depth = j, 0, 0, 0
            p = bisect_left(punct, j, p + 1, p1)
        if start < i1:
            out.append((toks[start][0], toks[i1 - 1][1]))

    @staticmethod
    def _period_ends(text, toks, start, i) -> bool:
        """Whether the single period at token ``i`` may end the sentence that began at ``start``."""
        if i == start:
            return False
        ps, pe, pk = toks[i - 1]
        if pe != toks[i][0]:
            return True  # "كذا ." with a space: a period of its own
        prev = text[ps:pe]
        if pk == "number":
            return i - 1 != start  # "1. ..." numbering a list item
        if pk == "arabic":
            bare = prev.replace("\u0640", "")
            if len(bare) == 2 and bare[0] in "وفلبك" and bare[1] in "دمأصقج":
                return False  # "وأ.د." / "ود. محمد": a conjunction glued to an abbreviation
            if len(bare) == 1 or prev in ARABIC_ABBREV:
                # a year marker after a number may end the sentence: "عام 2015 م." / "300 ق.م."
                if bare in _YEAR_MARKS or prev in _YEAR_MARKS:
                    k = i - 1
                    while k - 2 >= start and text[toks[k - 1][0]:toks[k - 1][1]] == "." \
                            and toks[k - 2][2] == "arabic" and toks[k - 2][1] - toks[k - 2][0] == 1:
                        k -= 2
                    return k - 1 >= start and toks[k - 1][2] in ("number", "cnum")
                return False
            return True
        if pk == "word":
            if len(prev) == 1 and prev.isupper():
                return False
            return prev.lower() not in LATIN_ABBREV
        return True


_QUOTE_WINDOW = 600


def _closes_later(text, pos, end, open_dq, depth) -> bool:
    """Whether an open quotation (straight double quote, or guillemet/bracket) closes before ``end``."""
    end = min(end, pos + _QUOTE_WINDOW)
    if open_dq and text.find('"', pos, end) >= 0:
        return True
    if depth:
        for c in "»”)":
            if text.find(c, pos, end) >= 0:
                return True
    return False


def _long_word_before(text, toks, start, i) -> bool:
    if i == start:
        return False
    ps, pe, pk = toks[i - 1]
    return pk == "arabic" and len(text[ps:pe].replace("\u0640", "")) > 1


def _hard_wrapped(text, toks, units) -> bool:
    """Several long lines of similar length, none ending a sentence or opening a list item: one wrapped paragraph."""
    lens = []
    for a, b, _ in units[:-1]:
        if b <= a:
            return False
        s, e = toks[a][0], toks[b - 1][1]
        last = text[e - 1]
        first = text[s]
        if last in _END or last in "…:»\"”)" or first in _BULLETS or first in _LIST_DASH or toks[a][2] == "number":
            return False
        lens.append(e - s)
    return min(lens) >= 50 and min(lens) >= 0.75 * max(lens)


def _inside_blocked(blocked, s, e, maxend) -> bool:
    """Whether [s, e) lies inside one of the sorted spans ``blocked`` (``maxend``: the running max of
    their ends): some span starting at or before ``s`` ends at or after ``e`` (O(log n))."""
    k = bisect_right(blocked, (s, float("inf"))) - 1  # last span starting at or before s
    return k >= 0 and maxend[k] >= e


def make_component(**options):
    return Sentences(split_on_ellipsis=options.get("split_on_ellipsis", False))
