"""What several of the numbers modules share: the record makers and the small text patterns and
helpers more than one of them uses."""
from __future__ import annotations

import re

from ..records import Quantity, Span, Temporal, constructor


# every record here is given all its fields: records.constructor's makers skip construct()'s field check
_new_quantity, _new_temporal, _new_span = constructor(Quantity), constructor(Temporal), constructor(Span)

_NO_TANWEEN = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")

_WORD_BEFORE = re.compile(r"([\u0621-\u0652\u0640]+)[ \t]+\(?\Z").search

_WORD_AFTER = re.compile(r"[ \t]+([\u0621-\u0652\u0640]+)").match

_COORD_GAP = re.compile(r"\s*(?:و|أو|او|\s(?:إلى|الى|حتى))\s*\Z").search


def _coord_start(text: str, end: int) -> int | None:
    """Where the و / أو right before ``end`` (with its spaces) starts, or None."""
    lo = max(0, end - 8)
    m = _COORD_GAP(text[lo:end])
    return lo + m.start() if m else None



def _join_neighbours(items: list, join) -> list:
    """``items`` with each one that ``join(item, next_item)`` makes one with the next (it returns the
    joined item, else None) replaced by the joined item, the next one consumed: the passes that read two
    items said together (a weekday and its date, digits and their words, two years of one period) as one."""
    out, k, n = [], 0, len(items)
    while k < n:
        joined = join(items[k], items[k + 1]) if k + 1 < n else None
        if joined is None:
            out.append(items[k])
            k += 1
        else:
            out.append(joined)
            k += 2
    return out

# 368.000 دولار، 12.500 جندي: a dot before exactly three digits groups thousands when a unit or a counted noun
# follows (not 98.088 alone, an index; not 0.345; not 6.935 مليون, a decimal before a scale word)
_DOT_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}").fullmatch
_DOT_CLOCK = re.compile(r"[0-2]?[0-9][.,][0-5][0-9]").fullmatch
