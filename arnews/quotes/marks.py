"""Quotation mark pairing for every style, in one linear pass.

Styles: straight ``"`` (opening and closing look the same), guillemets ``« »``, curly ``“ ”``, low-high
``„ “``, single guillemets ``‹ ›``, and the mixes scraped text produces (``لـ»فرانس برس»``,
``و»العربية»``). A mark's role comes from what touches it: a space before and a letter after opens, a
letter before and a space or punctuation after closes; glued on both sides or free on both sides it
takes the role the state asks for (close when a quote is open, else open). Quotes never run across a
paragraph break: an opening mark left open at the end of its paragraph is either the first piece of a
multi-paragraph quote (the next paragraph opens with a mark again) or an unbalanced mark, recovered
locally (up to the sentence end). A closing mark with no opening is recovered back to the clause start.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from typing import NamedTuple

import regex

MARKS = '"«»“”„‟‹›＂❝❞〝〞'
MARK_RE = re.compile("[" + re.escape(MARKS) + "]")
#: the same, searching backwards: the last mark before a point in one step (``recover``)
_LAST_MARK = regex.compile("[" + re.escape(MARKS) + "]", regex.REVERSE)
FAMILY = {'"': "s", "＂": "s", "«": "g", "»": "g", "‹": "h", "›": "h",
          "“": "c", "”": "c", "„": "c", "‟": "c", "❝": "c", "❞": "c", "〝": "c", "〞": "c"}
LEANS_OPEN = set("«‹„❝〝")
LEANS_CLOSE = set("»›”❞〞")
_OPEN_CTX = set("([{/-–—:،,؛;") | set(MARKS)
_CLOSE_CTX = set(".,،؛;:!?؟)]}-–—…/") | set(MARKS)
#: sentence ends. The lookahead lets the engine reject the many other characters with one set test
#: instead of trying three alternatives at each (2x faster over a page, same matches). A period after a
#: one-letter word is an abbreviation, not an end (د. علي، م. خالد).
TERM_RE = re.compile(r"(?=[\n!?؟.])(?:\n|[!?؟]+|(?<!(?<!\w)[\u0621-\u064a])\.+(?!\d))")


class Piece(NamedTuple):
    start: int          # content start (after the opening mark), normalized offsets
    end: int            # content end (before the closing mark)
    open_mark: int      # offset of the opening mark, -1 when recovered
    close_mark: int     # offset of the closing mark, -1 when recovered
    status: str         # "paired" | "open_only" | "close_only" | "para" (closed by a paragraph end)


def _role(text: str, i: int, n: int) -> str:
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < n else " "
    sb = before.isspace() or before in _OPEN_CTX
    sa = after.isspace() or after in _CLOSE_CTX
    if sb and not sa:
        return "open"
    if sa and not sb:
        return "close"
    return "either"


def _opens_same_pair(text: str, i: int, n: int) -> bool:
    """A closing-looking mark with nothing open whose twin closes a few words on, in the same sentence
    (بـ» الفطرة» وهي، أول» امس» أولى): scraped text used one mark for both ends, so this one opens."""
    k = text.find(text[i], i + 1, min(n, i + 40))
    if k < 0 or _role(text, k, n) == "open":
        return False
    between = text[i + 1:k]
    return between[:1].isspace() and between.strip()[:1].isalpha() and MARK_RE.search(between) is None \
        and not any(ch in between for ch in "\n.!?؟:،,؛")


def _opens_after_particle(text: str, i: int, n: int, openers) -> bool:
    """A closing-looking mark with nothing open right after أن/إن (``openers``: قال مصدر ... إن” قوات
    البيشمركة تمكنت ...”.) whose twin closes later in the same paragraph, no other mark between: the
    report's clause follows, so this one opens (a quote does not end with the particle)."""
    if not openers or text[i + 1:i + 2] != " ":
        return False
    k = text.rfind(" ", max(0, i - 6), i)      # (the particles are short: a bounded look back)
    if (k < 0 and i > 6) or text[k + 1:i] not in openers:
        return False
    m = MARK_RE.search(text, i + 1)             # (up to the next mark only: linear over the marks)
    return m is not None and text[m.start()] == text[i] and "\n" not in text[i + 1:m.start()] \
        and _role(text, m.start(), n) == "close"


def pair_marks(text: str, newlines: list[int], openers=frozenset()) -> list[Piece]:
    """Pair the quotation marks of ``text``; ``newlines`` are the sorted offsets of line breaks;
    ``openers`` the particles after which a closing-looking mark opens (``_opens_after_particle``)."""
    n = len(text)
    pieces: list[Piece] = []
    stack: list[tuple[int, str]] = []       # (offset, char) of pending opening marks, at most 2 deep

    def crosses_newline(a: int, b: int) -> bool:
        k = bisect_right(newlines, a)
        return k < len(newlines) and newlines[k] < b

    def flush_open(pos: int, ch: str):
        # an opening mark left open: up to its paragraph end (multi-paragraph pieces are sorted out later)
        k = bisect_right(newlines, pos)
        end = newlines[k] if k < len(newlines) else n
        pieces.append(Piece(pos + 1, end, pos, -1, "para"))

    for m in MARK_RE.finditer(text):
        i = m.start()
        ch = text[i]
        if stack and crosses_newline(stack[0][0], i):
            for p, c in stack:
                flush_open(p, c)
            stack = []
        role = _role(text, i, n)
        fam = FAMILY[ch]
        if role == "either":
            if stack:
                top_fam = FAMILY[stack[-1][1]]
                role = "close" if (top_fam == fam or ch in LEANS_CLOSE or fam == "s" or len(stack) == 1) else "open"
                if ch in LEANS_OPEN and top_fam != fam:
                    role = "open"
            else:
                role = "open"
        if role == "close" and not stack and (_opens_same_pair(text, i, n)
                                              or _opens_after_particle(text, i, n, openers)):
            role = "open"
        if role == "close":
            if not stack:
                pieces.append(Piece(-1, i, -1, i, "close_only"))
                continue
            # the nearest pending mark of the same family, else the top (mixed styles)
            j = len(stack) - 1
            while j >= 0 and FAMILY[stack[j][1]] != fam:
                j -= 1
            if j < 0:
                j = len(stack) - 1
            for p, c in stack[j + 1:]:
                pieces.append(Piece(p + 1, -1, p, -1, "open_only"))
            p, c = stack[j]
            pieces.append(Piece(p + 1, i, p, i, "paired"))
            del stack[j:]
        else:
            if stack and FAMILY[stack[-1][1]] == fam:
                p, c = stack.pop()            # same style cannot nest: the pending one was unbalanced
                pieces.append(Piece(p + 1, -1, p, -1, "open_only"))
            if len(stack) >= 2:
                p, c = stack.pop(0)
                pieces.append(Piece(p + 1, -1, p, -1, "open_only"))
            stack.append((i, ch))
    for p, c in stack:
        flush_open(p, c)
    pieces.sort(key=lambda x: x.open_mark if x.open_mark >= 0 else x.close_mark)
    return pieces


def recover(text: str, piece: Piece, terms: list[int], floor: int) -> tuple[int, int]:
    """Local span for an unbalanced mark: an opening one runs to its sentence end, a closing one back to
    the clause start (a comma, a sentence end, another mark, or ``floor``, the end of the previous quote)."""
    if piece.status == "open_only":
        k = bisect_left(terms, piece.start)
        end = terms[k] if k < len(terms) else len(text)
        return piece.start, end
    # close_only
    k = bisect_left(terms, piece.end) - 1
    start = max(terms[k] + 1 if k >= 0 else 0, floor)
    c = max(text.rfind("،", start, piece.end), text.rfind(",", start, piece.end), text.rfind(":", start, piece.end),
            (m.start() if (m := _LAST_MARK.search(text, start, piece.end)) else -1))
    if c >= 0:
        start = c + 1
    return start, piece.end
