"""Currency words as MISC mentions linked to their ISO 4217 code (الدولار -> usd, ريال قطري -> qar).

ANERcorp, the Arabic NER benchmark the tagger learns from, tags currency names MISC (دولار، اليورو،
درهم), and an analyst counting mentions of the dollar wants every spelling under one id, as for any
other name. Only the tagger's spans become currency mentions, never every currency word: a MISC span
anywhere, another label only as the unit of an amount (مليون ريال read as ORG), so that الريال the club
(ORG, no amount before it) and names that begin with a currency word (ريال مدريد) stay what they are.
The currency data is the numbers component's (units.json: forms, code, English name).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from ..numbers.lexicon import (bare_word_code, bare_word_rule, context_currency_rules, context_currency_swaps,
                               names_own_country)
from ..text import normalize
from .gazetteer import WORD
from .not_names import _amount_before
from .words import _nisba_of_place


@lru_cache(maxsize=1)
def _currency_table() -> tuple[dict, frozenset]:
    """({currency phrase without ال, normalized: (code, name)}, the phrases' first words): دولار ->
    (USD, US dollar), دولار كندي -> (CAD, ...); a form without a code (دينار alone) maps to (None, None)."""
    path = Path(__file__).resolve().parent.parent / "data" / "numbers" / "units.json"
    try:
        units = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        units = {}
    table: dict = {}
    for u in units.get("currencies", []):
        for f in u.get("forms", []) + u.get("dual", []):
            ws = tuple(_bare(w) for w in WORD.findall(normalize(f)))
            if ws and len(ws[0]) > 1:
                table.setdefault(ws, (u.get("code"), u.get("name")))
    return table, frozenset(ws[0] for ws in table)


@lru_cache(maxsize=1)
def _names_by_code() -> dict:
    """{lower-case code: English name} of the currencies with a code (mad -> Moroccan dirham)."""
    return {code.lower(): name for code, name in _currency_table()[0].values() if code}


class DocumentCurrencies:
    """The code a bare currency word takes in one document, by units.json context_currencies as the numbers
    component reads them (درهم in an article on الحكومة المغربية is mad, not aed): the document searched
    once, at its first mention that could change, never per mention."""

    __slots__ = ("text", "_norm", "_swaps", "_words")

    def __init__(self, text: str):
        self.text, self._norm, self._swaps, self._words = text, None, None, {}

    def _normalized(self) -> str:
        """The document normalized once, for both kinds of rule."""
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    def code(self, code: Optional[str], name: Optional[str], mention: str) -> tuple:
        """(code, name) of a currency mention as written in ``mention``, the document's reading applied."""
        up = code.upper() if code else None
        if up is None:
            return self._bare_word(mention, name)
        if all(up != r[0] for r in context_currency_rules()):
            return code, name
        if self._swaps is None:
            self._swaps = context_currency_swaps(self._normalized(), {r[0] for r in context_currency_rules()})
        to = self._swaps.get(up)
        if not to or names_own_country(up, normalize(mention)):
            return code, name
        return to.lower(), _names_by_code().get(to.lower(), name)

    def _bare_word(self, mention: str, name: Optional[str]) -> tuple:
        """(code, name) of a mention in a currency word with no code (دينار، ليرة): the code of the one
        country of that word the document names (units.json context_word_currencies, as the amounts get
        it), the document searched once per word; (None, name) otherwise."""
        rule = bare_word_rule(mention)
        if rule is None:
            return None, name
        if id(rule) not in self._words:
            self._words[id(rule)] = bare_word_code(self._normalized(), rule)
        to = self._words[id(rule)]
        return (to.lower(), _names_by_code().get(to.lower(), name)) if to else (None, name)


def _bare(word: str) -> str:
    return word[2:] if word.startswith("ال") and len(word) > 3 else word  # الين -> ين


_RAW_WORD = regex.compile(r"[\p{L}\p{M}\p{N}]+")  # as written: ريـال with its tatweel


def currency_parts(text: str, s: int, e: int, label: str) -> Optional[tuple[list, bool]]:
    """(the currency mentions a tagger span holds, as (start, end, code, name); whether an amount comes
    before it), or None when it is no currency span. Each part is a currency word with the words of its
    phrase (دولار أمريكي، الجنيه الإسترليني) or a nationality adjective after it; و joins two (الدولار
    واليورو). A span that goes
    on past its currency words is cut there only after an amount (مليار ريال + بنهاية 2014), and is
    no currency span otherwise (ريال مدريد)."""
    table, heads = _currency_table()
    first = _RAW_WORD.search(text, s, e)
    if first is None or _bare(normalize(first.group())) not in heads:
        return None  # most spans: one word looked at
    words = [(m.start(), m.end(), normalize(m.group())) for m in _RAW_WORD.finditer(text, first.start(), e)]
    amount_before = _amount_before(text, s)
    if label != "MISC" and not amount_before:
        return None
    parts: list = []
    for ws, we, w in words:
        if parts and w[:1] == "و" and _bare(w[1:]) in heads:
            ws, w = ws + 1, w[1:]
        if _bare(w) in heads:
            parts.append([ws, we, (_bare(w),)])
        elif parts and _adjective(parts[-1][2], w):
            p = parts[-1]
            p[1], p[2] = we, p[2] + (_bare(w),)
        elif amount_before:
            break
        else:
            return None
    # the adjective may follow the span (ANERcorp tags دولار alone in دولار أمريكي): ريال + قطري is QAR
    nxt = _RAW_WORD.match(text, e + 1) if text[e:e + 1] == " " else None
    after = (_bare(normalize(nxt.group())),) if nxt and _adjective(parts[-1][2], normalize(nxt.group())) else ()
    out = []
    for i, (ps, pe, phrase) in enumerate(parts):
        code, name = (i == len(parts) - 1 and table.get(phrase + after) or table.get(phrase)
                      or _unknown_nationality(phrase) or table.get(phrase[:1], (None, None)))
        out.append((ps, pe, code.lower() if code else None, name))
    return out, amount_before


def _adjective(phrase: tuple, w: str) -> bool:
    """Whether a word goes on a currency phrase: as a word of a longer currency (جنيه + الإسترليني) or as
    a place's adjective (دولار + أمريكي، ريال + السعودي)."""
    return phrase + (_bare(w),) in _currency_table()[0] or _nisba_of_place(w)


def _unknown_nationality(phrase: tuple) -> Optional[tuple]:
    """(None, None) for a currency word with a place's adjective that names no currency the data knows
    (ريال + الإسبانية of ثيوداد ريال الإسبانية): the adjective says it is not the bare word's currency, so
    the bare word's code (ريال -> SAR) would be wrong; None otherwise."""
    return (None, None) if len(phrase) > 1 and _nisba_of_place(phrase[-1]) else None
