"""Tagger spans that are no names: common nouns of ``tagger_not_names``, a title alone, a nationality
adjective, a currency word after a number, a month name in a date (``_not_a_name``).
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from ..text import normalize
from .gazetteer import facility_heads, WORD
from .words import _district_heads, _facility_words, _name_words, _nisba_of_place, _plain_forms, _PREV_WORD


_CURRENCY = None


def _currency_words() -> frozenset:
    """Normalized currency words (the numbers component's units.json: دولار، يورو، جنيه إسترليني ...)."""
    global _CURRENCY
    if _CURRENCY is None:
        path = Path(__file__).resolve().parent.parent / "data" / "numbers" / "units.json"
        try:
            units = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            units = {}
        out = set()
        for u in units.get("currencies", []) + units.get("subunits", []):
            for f in u.get("forms", []) + u.get("dual", []):
                ws = WORD.findall(normalize(f))  # the head noun only: not أمريكي of دولار أمريكي
                if ws and len(ws[0]) > 1:
                    out.add(ws[0])
        _CURRENCY = frozenset(out)
    return _CURRENCY


def _is_currency(key: str) -> bool:
    """Whether a (normalized) tagger span is made of currency words (الدولار، دولار أمريكي، اليوان)."""
    cur = _currency_words()
    ws = WORD.findall(key)
    if not ws:
        return False
    head = ws[0]
    if not (head in cur or (head.startswith("ال") and head[2:] in cur)):
        return False
    return all(w in cur or _nisba_like(w) for w in ws[1:])  # دولار أمريكي، الجنيه الإسترليني


def _nisba_like(w: str) -> bool:
    return len(w) >= 4 and w.endswith(("ي", "يه", "يا"))


_NUMBER_BEFORE = regex.compile(r"(?r)(?:\d[)\]]?|\p{L}+)[\s\u00a0]{1,2}$")  # (994,500) ريال


@lru_cache(maxsize=1)
def _date_words() -> tuple:
    """(one-word month names, words that make a month name a date after it: الماضي، المقبل ..., scale
    words of amounts: ألف، مليون ...), normalized, from the numbers component's data."""
    folder = Path(__file__).resolve().parent.parent / "data" / "numbers"
    try:
        cal = json.loads((folder / "calendar.json").read_text(encoding="utf-8"))
        num = json.loads((folder / "numbers.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset(), frozenset(), frozenset()
    months = {normalize(m) for k in ("months_gregorian", "months_hijri") for ms in cal.get(k, {}).values()
              for m in ms if " " not in m}
    after = {normalize(w) for ws in cal.get("relative_markers", {}).values() for w in ws}
    scales = {normalize(w) for forms in num.get("scales", {}).values() for ws in forms.values() for w in ws}
    return frozenset(months), frozenset(after), frozenset(scales)


def _not_a_name(text: str, s: int, e: int, label: str, named: bool = True) -> bool:
    """A tagger span that is no name (facilities.json ``_doc_tagger_not_names``): a common noun or phrase
    of ``tagger_not_names``, a person title alone (ولي العهد), a nationality adjective (السورية، جندي
    روسي), a currency word after a number (مليون ريال), a month name in a date (أبريل
    (نيسان)، نيسان الماضي، 3 نيسان), and with ``named`` (``ner_misc``'s default) a MISC span of
    ``misc_not_named`` (الله، الإسلام); ``named`` False keeps those and the currency words (``ner_misc=True``:
    ANERcorp's MISC)."""
    raw = text[s:e]
    if s and text[s - 1].isalpha() and _glued_common_word(text, s, e):
        return True
    kind = _word_kind(raw, label, named)
    if kind is None and " " in raw and _word_kind(raw.split(None, 1)[0], label, named) == "currency":
        kind = "currency"  # a currency word run into what follows: مليار ريال + بنهاية 2014 (not ريال مدريد)
    if kind is None:
        return False
    if kind == "name":
        return True
    if kind == "nisba":
        m = _PREV_WORD.search(text, max(0, s - 30), s)  # not after حي، شارع ... (حي السويدي)
        w = normalize(m.group(1)) if m else ""
        return w not in facility_heads()[0] and w not in _district_heads()
    months, after, scales = _date_words()
    m = _NUMBER_BEFORE.search(text, max(0, s - 30), s)
    prev = m.group().strip().rstrip(")]") if m else ""
    number_before = bool(prev) and (prev[-1].isdigit() or normalize(prev) in scales)
    if kind == "currency":
        return number_before
    if number_before or normalize(prev) in ("شهر", "الشهر"):
        return True
    nxt = text[e:e + 20].split()
    if nxt and (normalize(nxt[0]).strip("()") in after or nxt[0].strip("()،,.")[:4].isdigit()):
        return True
    # beside another month name, in brackets or after a dash: أبريل (نيسان)، نيسان (أبريل).، أبريل - نيسان
    before = text[max(0, s - 20):s].rstrip()
    rest = text[e:e + 20].lstrip()
    if not (before and before[-1] in _MONTH_JOINERS or rest and rest[0] in _MONTH_JOINERS):
        return False
    around = before.rstrip(" " + _MONTH_JOINERS).split()[-1:] + rest.lstrip(" " + _MONTH_JOINERS).split()[:1]
    return any(normalize(w.strip("()،,.؛:")) in months for w in around)


_MONTH_JOINERS = "(-–—/"


def _glued_common_word(text: str, s: int, e: int) -> bool:
    """Whether a span beginning inside a word begins inside a common word of ``glued_not_names``: the
    tagger cut off a letter it took for a proclitic (بفضل -> ب + فضل الله، برقية -> ب + رقية، ورود ->
    و + رود), and what is left is no name."""
    j = s
    while j > max(0, s - 4) and text[j - 1].isalpha():
        j -= 1
    m = _WORD_END.search(text, s, e)
    return _glued_word(normalize(text[j:m.start() if m else e]))


def _glued_word(word: str) -> bool:
    """Whether a normalized whole word is one of ``glued_not_names``, alone or after و/ف (وبفضل)."""
    words = _glued_words()
    return word in words or word[:1] in ("و", "ف") and word[1:] in words


_WORD_END = regex.compile(r"[^\p{L}\p{M}]")


@lru_cache(maxsize=1)
def _glued_words() -> frozenset:
    return _facility_words("glued_not_names")


@lru_cache(maxsize=50_000)
def _word_kind(raw: str, label: str, named: bool) -> Optional[str]:
    """What ``_not_a_name`` needs to know of a span's words alone: "name" (never a name), "nisba",
    "currency" or "month" (no name in some contexts), None (a name as far as the words go)."""
    key = normalize(raw)
    if len(key) == 1 and not key.isascii():
        return "name"  # one Arabic letter: what a cut proclitic left (لله -> ه)
    forms = _plain_forms(key)
    if not _facility_words("tagger_not_names").isdisjoint(forms) or (
            named and label == "MISC" and not _facility_words("misc_not_named").isdisjoint(forms)):
        return "name"
    if tuple(key.split()) in _name_words()[4]:  # a title alone (الشيخ، ولي العهد) names nobody
        return "name"
    if " " in key:
        return None
    # a nationality adjective: a place or body (السورية), or a person without the article (جندي روسي)
    if (label in ("LOC", "ORG") or label == "PERSON" and not key.startswith("ال")
            and raw not in _name_words()[3]) and _nisba_of_place(key):  # تركي the name stays
        return "nisba"
    cur = _currency_words() if named else ()
    if any(f in cur or f.startswith("ال") and f[2:] in cur for f in forms):
        return "currency"
    return "month" if not _date_words()[0].isdisjoint(forms) else None
