"""Quantities and temporals from the normalized view: one regex pass makes tokens, a left-to-right
scan parses at tokens that can start a number, a date or a time (see ``lexicon.py`` for the data).

Values: numbers as floats in the unit written (metric mass in grams, money sub-units in their
currency, percentages in %); dates ISO 8601 (``XXXX-02-26`` when the year is not given, weekdays
``XXXX-WXX-5``); Hijri dates keep the Hijri reading (``1436``, ``1433-09``) since an exact
Umm al-Qura conversion needs tables (``calendar`` says which reading a date has); a decade is
a period (``1990/1999``); a duration is one measure quantity (count in the unit written,
unit ``day``/``hour``..., modifier): no second, overlapping temporal for the same words, which would
count the expression twice; "قبل يومين" also gives a relative temporal (the date it points to);
relative expressions resolve against ``reference_date`` or are None.
"""
from __future__ import annotations

import datetime as dt
from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count
import re
import math

import regex

from ..records import Quantity, Span, Temporal, constructor
from ..text import normalize
from .lexicon import bare_word_code, bare_word_rule, context_currency_swaps, key, lexicon, light, names_own_country
from .tokens import (_DIGITS_ASCII, _line_ends, _num_value, _rlm_decimals, _skip_spans, _tatweel_dashes, _TOK_SPLIT,
                     _token_at, _Toks, D, N, P, T, W, X)
from .values import _as_written, _restated_thousands, eval_elems, Num, split_numerator


# every record here is given all its fields: records.constructor's makers skip construct()'s field check
_new_quantity, _new_temporal, _new_span = constructor(Quantity), constructor(Temporal), constructor(Span)


def _finite(q) -> bool:
    """Whether the amount ``q`` has finite values: a run of hundreds of digits overflows to inf, no
    quantity a text states, and JSON cannot carry it (the document would not round-trip)."""
    return all(v is None or math.isfinite(v) for v in (q.value, q.low, q.high))


_NO_TANWEEN = str.maketrans("", "", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652")
_DAY_DATE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d$").match
_MONTH_DATE = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?$").match
_MONTH_ONLY = re.compile(r"(?:\d{4}|XXXX)-\d\d$").match
_WORD_BEFORE = re.compile(r"([\u0621-\u0652\u0640]+)[ \t]+\(?\Z").search

_DASH_JOIN = re.compile(r"[ \t]*[-–—ـ]+[ \t]*").fullmatch


def _dash_days(a, b, between):
    """A bare day and a dash (or tatweel) before a date of the same month (من 15-18 كانون الأول، 25 - 28
    مايو، 3ـ4 ذي الحجة، 19 – 21 / 10 / 1436هـ): the two ends of one range of days, which the guide gives as
    one item, as من 25 إلى 28 مايو is. The first day was read as sharing the second's month
    (_day_dash_day, _coordinated_days), so a score or a list never gets here."""
    return a.text.isdigit() and a.value[:-2] == b.value[:-2] and len(a.value) == 10 and bool(_DASH_JOIN(between))


# the word opening a range of days right before its first day (من 25 - 28 مايو، ما بين 3ـ4 ذي الحجة): in its span
_RANGE_OPENER = re.compile(r"(?<![\u0621-\u064a\u0640])(?:ما[ \t]+بين|بين|من)[ \t]+\Z").search


def _dash_dates(a, b, between) -> str | None:
    """Two full dates of days, each with its month, joined by a dash or tatweel (25 مايو - 2 يونيو، من 29 ذي
    القعدة ــ 2 ذي الحجة 1423هـ): one range of days across a month's end. Returns the first date's value, the
    year it lacks taken from the second (a year back when its month is later: 28 ديسمبر - 3 يناير 2016), or
    None when they are no such pair or the first is not earlier."""
    if not a.text[:1].isdigit() or a.text.isdigit() or len(a.value) != 10 or len(b.value) != 10 \
            or not _DASH_JOIN(between):
        return None
    va = a.value
    if va[:4] == "XXXX" and b.value[:4] != "XXXX":
        y = int(b.value[:4]) - (va[5:7] > b.value[5:7])
        va = f"{y:04d}{va[4:]}"
    return va if (va[:4] == "XXXX") == (b.value[:4] == "XXXX") and va < b.value else None


# a word (group 1) and من (group 2, with the spaces after it) right before an offset: في الفترة من
# (the word before من may be followed by an opening quote mark: خلال الفترة "من 21 يونيو إلى 13 يوليو")
_FROM_BEFORE = re.compile(r"([\u0621-\u0652\u0640]+)[ \t]+[\"«“]?[ \t]*(من[ \t]+)\Z").search
_WORD_AFTER = re.compile(r"[ \t]+([\u0621-\u0652\u0640]+)").match
# a lone letter and a slash right before a number: the series of an order's number (الأمر الملكي رقم (أ / 90))
_LETTER_SLASH = re.compile(r"(?:\A|[\s(:])[\u0621-\u064a][ \t]*/[ \t]*\Z").search
_HOURS_GAP = re.compile(r"\s*(?:و|أو|او|\s(?:و\s*)?(?:إلى|الى|حتى|لغاية))\s*\Z").search
# a second year right after a year (عام 1382-1962، 1293 / 1876، 1391 الموافق 1971، (1962م)): group 1
_YEAR_AFTER = re.compile(r"[ \t]*(?:[-/\u2013(]|الموافق(?:[ \t]+ل?عام)?)?[ \t]*\(?[ \t]*(\d{4})(?!\d|[/.\-]\d)").match
_COORD_GAP = re.compile(r"\s*(?:و|أو|او|\s(?:إلى|الى|حتى))\s*\Z").search

# a day range written with a dash or a tatweel for one (من 4 - 6 ذي الحجة، 25 ــ 28 مايو): the first day's digits
_TATWEEL_GAP = re.compile(r"(?<=\d)[ \t]*(?:\u0640+|[-\u2013])[ \t]*\Z").search


def _tatweel_start(text: str, end: int) -> int | None:
    """Where the dash (-, –, or a tatweel ــ) right after digits and before ``end`` starts, or None."""
    lo = max(0, end - 8)
    m = _TATWEEL_GAP(text, lo, end)
    return m.start() if m else None


def _coord_start(text: str, end: int) -> int | None:
    """Where the و / أو right before ``end`` (with its spaces) starts, or None."""
    lo = max(0, end - 8)
    m = _COORD_GAP(text[lo:end])
    return lo + m.start() if m else None


# a word on ت ending in an object pronoun (تطالعنا، تليها، تدخلنا، تعينني; normalized): an imperfect verb,
# no counted noun. Not the accusative of a verbal noun on ت (تمرينا، تعاونا، توجيها، تنبيها: ينا، ونا، انا,
# ت..يها), a plural on اني (تهاني) or a plural noun with a possessive (تطلعاتنا)
_T_VERB_OBJECT = re.compile(r"(?!ت..يها$)(?!.*(?:[ياو]نا|اني|ات(?:نا|ني|ها|هما|هم|هن|كم))$).*(?:نا|ني|ها|هما|هم|هن|كم)$").match
# what makes تسع 'holds' a verb: digits, ل (تسع لـ600، لأكثر) or a word (group 1) to check as a bound
_AFTER_HOLDS = re.compile(r"[ \t]+(?:\d|ل|([\u0621-\u064a]+))").match
_LONG_VOWELS = frozenset("اويهءى")


def _year_of(q, value: str, calendar: str):
    """The year date of the four digits that begin the number item ``q``."""
    return _new_temporal({"text": q.text[:4], "start": q.start, "end": q.start + 4, "kind": "date",
                          "value": value, "calendar": calendar})


def _hijri_of(d: dt.date) -> tuple[int, int, int]:
    """(year, month, day) of ``d`` in the arithmetic (tabular) Hijri calendar: 2015-07-21 -> (1436, 10, 4),
    a day off Umm al-Qura's 5 Shawwal, as it can be by one or two days."""
    l = d.toordinal() + 1721425 - 1948440 + 10632  # Julian day number since the Hijri epoch, in 30-year cycles
    n = (l - 1) // 10631
    l = l - 10631 * n + 354
    j = ((10985 - l) // 5316) * ((50 * l) // 17719) + (l // 5670) * ((43 * l) // 15238)
    l = l - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    m = (24 * l) // 709
    return 30 * n + j - 30, m, l - (709 * m) // 24


def _hours_start(text: str, end: int) -> int | None:
    """Where the و / إلى / حتى / وحتى / لغاية joining two clock hours right before ``end`` starts, or None."""
    lo = max(0, end - 10)
    m = _HOURS_GAP(text[lo:end])
    return lo + m.start() if m else None


def _enumerator_form(text: str, q) -> str | None:
    """How the bare digits ``q`` mark a list item: "." or "-" glued after them and a space next, with a space,
    a line start or a colon before them ("1. قد يظن"، "2- يوتيوب"), or "()" around them ("(1) الوقاحة"); None
    for any other item (a count, an amount, digits in a sentence)."""
    if q.kind != "number" or q.counted is not None or q.modifier is not None or not q.text.isdecimal() \
            or len(q.text) > 2:
        return None
    s, e = q.start, q.end
    before, after = text[s - 1:s], text[e:e + 2]
    if before == "(" and after[:1] == ")" and (after[1:2].isspace() or not after[1:2]):
        return "()"
    if after[:1] in ".-" and after[1:2].isspace() and (s == 0 or before.isspace() or before == ":"):
        return after[:1]
    return None


def _name_word(w: str, words) -> bool:
    """Whether ``w`` as written is one of ``words`` (name_number_words), maybe definite and behind و/ف/ب/ل
    (ومجموعة، بالمبنى، للمبنى): the letters are compared with ة kept, so مجموعه 'its total' is none."""
    w = light(w)
    for c in (w, w[1:] if len(w) > 3 and w[0] in "وفبل" else ""):
        if c.startswith("لل") and w[0] == "ل":
            c = "ا" + c[1:]
        if c in words or c.startswith("ال") and c[2:] in words:
            return True
    return False


def _identifier_cue(w: str, cues) -> bool:
    """Whether ``w`` is a word of ``cues`` (رقم، الرمز ...), also behind و/ف and ب/ل (بالرمز، وبرقم، للرمز)."""
    if w in cues:
        return True
    if len(w) > 3 and w[0] in "وف":
        w = w[1:]
        if w in cues:
            return True
    if w.startswith("لل"):
        return "ا" + w[1:] in cues
    return len(w) > 3 and w[0] in "بل" and w[1:] in cues


# the proclitic prefixes that Extractor.analyses() can strip off a word to reach its core
_PREFIXES = ("", "ال", "لل") + tuple(x + d for x in "وفبلك" for d in ("", "ال")) + tuple(
    y + z + d for y in "وف" for z in "بلك" for d in ("", "ال"))
_DIGITS = re.compile(r"\d\d*")  # not \d+: a pattern that starts with a class lets re skip to the next digit fast

#: words joining decades that share the century named after the last (الستينات أو السبعينات، من الستينات حتى التسعينات)
_DECADE_LINKS = frozenset(normalize(w) for w in ("أو", "حتى", "وحتى", "إلى", "وإلى"))
# 368.000 دولار، 12.500 جندي: a dot before exactly three digits groups thousands when a unit or a counted noun
# follows (not 98.088 alone, an index; not 0.345; not 6.935 مليون, a decimal before a scale word)
_DOT_THOUSANDS = re.compile(r"[1-9][0-9]{0,2}\.[0-9]{3}").fullmatch
_DOT_CLOCK = re.compile(r"[0-2]?[0-9][.,][0-5][0-9]").fullmatch

# a day and a month with a slash, maybe spaced, no third part (4/ 10، 15 /7; not 8 / 11 / 1436 nor 1/2.5)
# (digits first, so that the engine skips to them: what may not stand before is checked by the caller)
# (a full stop after the pair ends the sentence: بالتعادل 1 / 1.; a digit after it makes a decimal)
_SLASH_DAY = re.compile(r"(\d{1,2})[ \t]*/[ \t]*(\d{1,2})(?![\d,/]|[.,]\d|[ \t]*/[ \t]*\d)").finditer
_NOT_BEFORE_DAY = frozenset("0123456789/.,\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")
# the word or two after an issue number, maybe after a comma (العدد 15588، ص 22؛ العدد 437 من مجلة)
_ISSUE_AFTER = re.compile(r"[ \t]*[،,]?[ \t]*([\u0621-\u0652\u0640]+)(?:[ \t]+([\u0621-\u0652\u0640]+))?").match
_YEAR_DIGITS = re.compile(r"[0-9\u0660-\u0669]{1,4}").fullmatch
# a dash between two years of a span (65 - 4 ق.م), with its spaces, at the end of the searched text
_DASH_GAP = re.compile(r"[ \t]*[-\u2013][ \t]*\Z").search
_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0640]+").fullmatch
# a number in digits, maybe decimal (18، 2.5، ٢٠): what may share the unit of the amount after it
_SHARED_NUM = re.compile(r"[0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)?").fullmatch


class _Lead(tuple):
    """The cores of a word whose readings are all of lead categories (Extractor._word_kind)."""
    __slots__ = ()


class Extractor:
    """Quantities and temporals of a document: ``__call__`` scans it line by line at the tokens that
    can start something (``at``: a date or time in digits, a temporal, else a quantity), runs the passes over
    what was emitted and hands the records to the document."""

    def __init__(self):
        self.L = lexicon()
        self._an: dict[str, tuple] = {}
        self._rd: dict[str, tuple] = {}
        self._er: dict[str, tuple] = {}
        self._trig: dict[str, object] = {}
        # every word form the scan may have to look at: a phrase-starting core behind any proclitic
        # prefix that analyses() strips (a superset: _word_kind still decides); "من" opens "من X إلى Y"
        self._forms = frozenset(pre + core for core in self.L.starts for pre in _PREFIXES) | {"من"}

    def analyses(self, w: str):
        """[(prefix, definite, core)] readings of a word, plain first."""
        r = self._an.get(w)
        if r is not None:
            return r
        r = [("", False, w)]
        if w.startswith("ال") and len(w) > 3:
            r.append(("", True, w[2:]))
        if len(w) > 2 and w[0] in "وفبلك" and w not in self.L.whole_words:
            c = w[1:]
            r.append((w[0], False, c))
            if c.startswith("ال") and len(c) > 3:
                r.append((w[0], True, c[2:]))
            elif w[0] == "ل" and c.startswith("ل") and len(c) > 2:
                r.append(("ل", True, c[1:]))
            if len(c) > 2 and c[0] in "بلك" and w[0] in "وف" and c not in self.L.whole_words:  # وبين: و + بين
                c2 = c[1:]
                r.append((w[:2], False, c2))
                if c2.startswith("ال") and len(c2) > 3:
                    r.append((w[:2], True, c2[2:]))
        if len(self._an) > 30_000:
            self._an.clear()
        self._an[w] = r = tuple(r)  # tuples of strings: the GC stops tracking them
        return r

    def _readings(self, w):
        """[(prefix, definite, core, entry or None, max phrase length)] for the readings of a word whose
        core is a lexicon key or starts a phrase (cached per word form)."""
        r = self._rd.get(w)
        if r is None:
            lex, maxlen = self.L.lex, self.L.maxlen
            r = tuple((pre, de, core, lex.get(core), maxlen[core]) for pre, de, core in self.analyses(w) if core in maxlen)
            if len(self._rd) > 30_000:
                self._rd.clear()
            self._rd[w] = r
        return r

    def _matches(self, i):
        r = self._mc.get(i)
        if r is not None:
            return r
        toks = self.toks
        t = toks[i]
        r = []
        typ = t.typ
        if typ == W:
            rds = self._readings(t.t)
        elif typ == P or typ == N:
            ml = self.L.maxlen.get(t.t)
            rds = () if ml is None else (("", False, t.t, self.L.lex.get(t.t), ml),)
        else:
            rds = ()
        if rds:
            L = self.L
            lex, pref = L.lex, L.prefixes
            n = self.n
            for pre, de, core, e, ml in rds:
                if e is not None:
                    r.append((i + 1, e, pre, de))
                if ml < 2 or core not in pref:
                    continue
                text = core
                for j in range(i + 2, min(n, i + ml) + 1):
                    if text not in pref:
                        break
                    nt = toks[j - 1]
                    if nt.typ in (X, D, T):
                        break
                    text = text + (" " if nt.gap else "") + nt.t
                    e = lex.get(text)
                    if e is not None:
                        r.append((j, e, pre, de))
        self._mc[i] = r
        return r

    def match(self, i, cats=None, prefixes=True):
        """Longest lexicon phrase starting at token i -> (j, entry, prefix, definite) or None."""
        r = self._mc.get(i)
        if r is None:
            r = self._matches(i)
        if not r:
            return None
        best = None
        if cats is not None and len(cats) == 1:
            cat = cats[0]
            for c in r:
                if cat in c[1] and (best is None or c[0] > best[0]):
                    if not prefixes and c[2]:
                        continue
                    best = c
            return best
        for c in r:
            if (cats is None or not c[1].keys().isdisjoint(cats)) and (best is None or c[0] > best[0]):
                if not prefixes and c[2]:
                    continue
                best = c
        return best

    def word(self, i):
        t = self.toks[i] if i < self.n else None
        return t.t if t is not None and t.typ == W else None

    def is_p(self, i, chars=None):
        if i >= self.n or i < 0:
            return True
        t = self.toks[i]
        return t.typ == P and (chars is None or t.t in chars)

    def _elem(self, i, first):
        """One number-word element at token i -> (j, (value, cls, conj), ordinal, definite) or None."""
        memo = self._em1 if first else self._em0
        if i in memo:
            return memo[i]
        r = memo[i] = self._elem_at(i, first)
        return r

    def _elem_readings(self, w):
        """[(prefix, definite, core, entry or None, max phrase length)] of the readings whose core is a
        lexicon key or starts a longer phrase (cached per word form)."""
        r = self._er.get(w)
        if r is None:
            lex, maxlen = self.L.lex, self.L.maxlen
            r = []
            for pre, de, core in self.analyses(w):
                e = lex.get(core)
                ml = maxlen.get(core, 1)
                if e is not None or ml > 1:
                    r.append((pre, de, core, e, ml))
            if len(self._er) > 30_000:
                self._er.clear()
            self._er[w] = r = tuple(r)
        return r

    def _elem_at(self, i, first):
        toks = self.toks
        t = toks[i]
        if t.typ != W:
            return None
        if t.t == "و" and i + 1 < self.n and not first:
            r = self._elem(i + 1, True)
            if r is None:
                return None
            j, (v, c, _), o, d = r
            return j, (v, c, True), o, d
        for pre, de, core, e, ml in self._elem_readings(t.t):
            if pre and not first and pre != "و":
                continue
            if pre and first and pre not in ("و", "ب", "ل", "ف", "ك", "وب", "ول", "فب", "فل"):
                continue
            if e is None:
                m = self._phrase_from(i, core)
                if m is None:
                    continue
                j, e = m
            else:
                j = i + 1
            conj = bool(pre) and pre[0] == "و" and not first
            if "teen2" in e and not first and not conj and not de:
                return j, (10, "teen2", False), False, de
            if "card" in e:
                v, cls = e["card"]
                if de and cls == "hpl":
                    continue
                return j, (v, cls, conj), False, de
            if "ord" in e:
                return j, (e["ord"], "u" if e["ord"] <= 10 else "ten", conj), True, de
            if "teen1" in e:
                return j, (e["teen1"], "u1", conj), False, de
            if "scale" in e and (not de or first and not pre and self._scale_and_fraction(j, e["scale"][0])):
                v, k = e["scale"]
                return j, (v, "scale2" if k == 2 else "scale", conj), False, de
            if "frac" in e and not de:
                return j, (e["frac"], "frac", conj), False, de
            if "den" in e and not de and not first:
                return j, (e["den"], "den", conj), False, de
        return None

    def _scale_and_fraction(self, j, v):
        """ونصف/وربع and the same scale word, definite, at token j (المليون ونصف المليون = 1,500,000): the
        definite scale before them is the amount, not 'the million'."""
        if j + 1 >= self.n:
            return False
        r = self._elem(j, False)
        if r is None or r[1][1] != "frac" or not r[1][2] or r[0] != j + 1:
            return False
        sc = self.match(j + 1, ("scale",))
        return bool(sc and sc[3] and sc[1]["scale"][0] == v)

    def _phrase_from(self, i, core):
        toks = self.toks
        text = core
        best = None
        for j in range(i + 1, min(self.n, i + self.L.maxlen.get(core, 1))):
            nt = toks[j]
            if nt.typ != W:
                break
            text += " " + nt.t
            e = self.L.lex.get(text)
            if e is not None:
                best = (j + 1, e)
        return best

    def parse_number(self, i):
        """The number at token i -> a new Num (callers may change it) or None; memoized per document."""
        r = self._pn.get(i, 0)
        if r == 0:
            num = self._parse_number(i)
            r = self._pn[i] = None if num is None else (num.value, num.i, num.j, num.ordinal, num.words,
                                                        num.definite, num.unit_only, num.digits)
            return num
        return None if r is None else Num(*r)

    def _parse_number(self, i):
        toks = self.toks
        n = self.n
        t = toks[i]
        if t.typ == N:
            v = t.val
            j = i + 1
            # a/b fractions
            if j + 1 < n and toks[j].t == "/" and not toks[j].gap and toks[j + 1].typ == N and not toks[j + 1].gap:
                den = toks[j + 1].val
                if den and (v < den or math.log10(den) == int(math.log10(den))):
                    v = v / den
                    j += 2
            elems = [(v, "u", False)]
            j2, elems, ordn, de = self._word_tail(j, elems, digits_head=True)
            if len(elems) == 2 and elems[1][1] == "scale" and _restated_thousands(v, elems[1][0]):
                pass  # 5000 آلاف جنيه: the scale word restates the thousands
            elif len(elems) > 1:
                v = eval_elems(elems)
            v, j2 = self._decimal_words(j2, v, elems)
            return Num(v, i, j2, digits=t.t)
        r = self._elem(i, True)
        if r is None:
            return None
        j, e, ordn, de = r
        if e[1] == "u1":
            # أحد/إحدى only before عشر
            nx = self._elem(j, False) if j < n else None
            if nx is None or nx[1][1] != "teen2" or nx[1][2]:
                return None
            e = (e[0], "u", False)
        if e[1] == "den":
            return None
        elems = [e]
        j, elems, ordn2, _ = self._word_tail(j, elems)
        cut = self._cut
        ordn = ordn or ordn2
        v = eval_elems(elems)
        v, j2 = self._decimal_words(j, v, elems)
        if cut is not None and j2 == j:
            # و joins a unit to a ten (خمسة وعشرون، colloquial أربعين وخمسة) or words of a decimal (ستة
            # وثمانية وثمانون من مئة), never two units: بين ثلاث وأربع سنوات is 3 and 4, not 7
            j, elems = cut[0], elems[:cut[1]]
            v = eval_elems(elems)
        else:
            j = j2
        unit_only = len(elems) == 1 and e[1] == "u"
        return Num(v, i, j, ordinal=ordn, words=True, definite=de, unit_only=unit_only)

    #: set while the low end of a بين range is read: a part with a scale not below the one before ends it
    _split_scales = False

    @staticmethod
    def _scale_not_smaller(e, grp, elems, digits_head):
        """The scale word ``e`` closes a part joined by و (``grp``: its token and element index) whose scale
        is not below one said before it: a compound number's parts fall in scale (مليون وخمسمائة ألف), so
        after بين, مليون وخمسة ملايين are the two ends of a range, not their sum (a colloquial sum such as
        الف والفين والف elsewhere is left to add up)."""
        return not digits_head and grp is not None and e[1] in ("scale", "scale2") and any(
            c in ("scale", "scale2") and v <= e[0] for v, c, _ in elems[:grp[1]])

    def _word_tail(self, j, elems, digits_head=False):
        toks = self.toks
        n = self.n
        ordn = False
        de_any = False
        cut = grp = None
        self._cut = None
        while j < n:
            t = toks[j]
            # digits + scale inside a word sequence: "و3 الاف"
            if t.typ == W and t.t == "و" and j + 2 < n and toks[j + 1].typ == N:
                r2 = self._elem(j + 2, False)
                # after digits only a smaller scale goes on (7 ملايين و577 ألف), not a list (2 مليون و3 ملايين)
                last = max((v for v, c, _ in elems if c in ("scale", "scale2")), default=None)
                if r2 and r2[1][1] in ("scale", "scale2") and not r2[1][2] and not (
                        digits_head and (last is None or r2[1][0] >= last)):
                    elems.append((toks[j + 1].val, "u", True))
                    elems.append(r2[1])
                    j = r2[0]
                    continue
                break
            # ordinal continuation "الثاني بعد المئة"
            if t.typ == W and t.t == "بعد" and j + 1 < n and elems:
                r2 = self._elem(j + 1, False)
                if r2 and r2[3] and r2[1][1] in ("h", "scale", "hN"):
                    v, c, _ = r2[1]
                    elems.append((v, "hN" if c != "scale" else "scale", True))
                    ordn = True
                    j = r2[0]
                    continue
                break
            r = self._elem(j, False)
            if r is None:
                break
            jj, e, o, de = r
            prev = elems[-1]
            if e[1] == "u1":
                # "مائة وإحدى عشر، مائة واثنا عشر": a teen's first word only before عشر
                nx = self._elem(jj, False) if jj < n else None
                if nx is None or nx[1][1] != "teen2" or nx[1][2]:
                    break
                e = (e[0], "u", e[2])
            if digits_head:
                # after digits only scale words (or hundreds) may follow: "3 ملايين", "2.5 مليار", and
                # a half or quarter of the scale (7 ملايين ونصف = 7,500,000, as مليونان ونصف)
                if e[1] == "frac" and e[2] and prev[1] in ("scale", "scale2"):
                    pass
                elif e[1] not in ("scale", "scale2") or e[2]:
                    break
                if e[1] == "scale2":
                    e = (e[0], "scale", False)
            elif e[1] == "teen2":
                if e[2] or prev[1] not in ("u",) or prev[0] > 9:
                    # standalone ten after conj
                    if e[2]:
                        e = (10, "u", True)
                    else:
                        break
            elif not e[2]:
                # juxtaposition without و: only unit+teen2, number+hundred/scale, hundred/scale+number
                if e[1] in ("scale", "scale2", "h", "hpl"):
                    pass
                elif e[1] == "den" and prev[1] in ("u", "teen", "ten"):
                    pass
                elif prev[1] in ("scale", "scale2") and e[:2] == (1, "u") and not o and jj == j + 1 \
                        and self.doc.text[slice(*self.span(j, jj))][:2] != "وأ":
                    j = jj  # مليونا واحدا، مليون واحد: a one with no و is the scale's adjective, 1,000,000
                    break  # (مليون وأحد عشر, و + أحد, which the normalized view spells واحد, goes on)
                elif prev[1] in ("hN", "h", "scale", "scale2") and e[1] in ("u", "teen", "ten", "hN") and not o:
                    pass  # (an ordinal joins a hundred or a scale with و or بعد only: ألف أول قطعة is 'composed')
                else:
                    break
            elif e[1] == "den":
                break
            elif cut is None and e[1] in ("u", "teen", "ten") and prev[1] in ("u", "teen", "ten") and e[0] and \
                    (prev[1], e[1]) not in (("u", "ten"), ("ten", "u")):
                cut = (j, len(elems))  # ثلاث وأربع سنوات: two numbers, not 7 (unless a decimal follows)
            if e[1] == "frac" and not e[2] and prev[1] not in ("frac",):
                break
            if e[2]:
                grp = (j, len(elems))
            if self._split_scales and self._scale_not_smaller(e, grp, elems, digits_head):
                j, elems = grp[0], elems[:grp[1]]  # ألف وثلاثة آلاف: 1000 and 3000, no 4000
                cut = cut if cut is None or cut[1] < grp[1] else None
                break
            if e[1] == "frac":
                # "و نصف" after a number; "وربع مية"
                pass
            ordn = ordn or o
            de_any = de_any or de
            elems.append(e)
            j = jj
            if e[1] == "frac" and e[2] and prev[1] in ("scale", "scale2") and j < n:
                sc = self.match(j, ("scale",))
                if sc and sc[1]["scale"][0] == prev[0] and sc[0] == j + 1:
                    j += 1  # مليون ونصف المليون: the scale said again
        if cut is not None and not any(c in ("frac", "den") for _, c, _ in elems[cut[1]:]):
            self._cut = cut
        return j, elems, ordn, de_any

    def _decimal_words(self, j, v, elems):
        toks = self.toks
        n = self.n
        w = self.word(j)
        if w is None:
            return v, j
        e = self.L.lex.get(w)
        if e and "point" in e and j + 1 < n:
            if toks[j + 1].typ == N:
                fv, fj, fd = toks[j + 1].val, j + 2, toks[j + 1].t
                digits = len(fd.split(".")[0])
                return v + fv / 10 ** digits, fj
            r = self._elem(j + 1, True)
            if r is None:
                return v, j
            fe = [r[1]]
            fj, fe, _, _ = self._word_tail(r[0], fe)
            mult = 1
            if len(fe) > 1 and fe[-1][1] in ("scale",) and not fe[-1][2]:
                mult = fe[-1][0]
                fe = fe[:-1]
            fv = eval_elems(fe)
            digits = len(str(int(fv))) if fv >= 1 else 1
            return (v + fv / 10 ** digits) * mult, fj
        if e and "except" in e and j + 1 < n:
            r = self._elem(j + 1, True)
            if r and r[1][1] == "frac":
                mag = 100 if elems[-1][1] in ("h", "hN") else 1000 if elems[-1][1] == "scale" else 1
                return v - r[1][0] * mag, r[0]
        if e is None and w in ("من", "على") and j + 1 < n and (len(elems) > 1 or w == "من" and elems[0][1] != "frac"):
            r = self._elem(j + 1, True)
            if r is not None:
                de = [r[1]]
                dj, de, _, _ = self._word_tail(r[0], de)
                den = eval_elems(de)
                if w == "من" and den in (10, 100, 1000, 10000, 100000, 1e6, 1e7, 1e9) and len(elems) == 1 and v < den:
                    return v / den, dj
                if w == "من" and den in (10, 100, 1000, 10000, 100000):
                    sp = split_numerator(elems, den)
                    if sp:
                        return sp[0] + sp[1] / den, dj
                elif w == "على" and den:
                    sp = split_numerator(elems)
                    if sp:
                        return sp[0] + sp[1] / den, dj
        return v, j

    def tokenize(self, norm):
        """The token list of a normalized text (the scan itself builds tokens lazily)."""
        toks = _Toks(self._skipped(norm))
        return [toks[k] for k in range(toks.n)]

    @staticmethod
    def _skipped(norm):
        """URLs, e-mail addresses, hashtags and handles blanked out (same length)."""
        skips = []
        if "@" in norm or "#" in norm or "http" in norm or "www." in norm:
            skips = _skip_spans(norm)
        if skips:
            parts = []
            pos = 0
            for a, b in skips:
                parts.append(norm[pos:a])
                parts.append("\x00" * (b - a))
                pos = b
            parts.append(norm[pos:])
            norm = "".join(parts)
        return norm

    def _word_kind(self, w):
        """How the scan treats a word: 0 no phrase can start here; 1 parse; a tuple of cores: parse only
        if the next token can continue a phrase from one of them (else the parse finds nothing: no core
        is a lexicon word of a starting category, as "بعد" that only starts "بعد غد"); a _Lead of cores:
        parse only if the next token is a scan candidate too or continues a phrase (every reading is of
        a lead category, as "نحو" or "هذا": what they start goes on from a number, date or unit word
        after them, and the scan's candidates hold every token that can start one)."""
        L = self.L
        an = self.analyses(w)
        if not any(core in L.starts for _, _, core in an):
            return 0
        if w in ("يوم", "اليوم"):
            return 1
        cores = tuple(core for _, _, core in an if core in L.maxlen)
        entries = [e for e in map(L.lex.get, cores) if e is not None]
        if all(L.start_cats.isdisjoint(e) for e in entries):
            return cores
        if all(L.lead_cats.issuperset(e) for e in entries):
            return _Lead(cores)
        return 1

    def __call__(self, doc, ctx):
        view = ctx.view
        if "\u0640" in doc.text:
            view = _tatweel_dashes(doc.text, view)
        norm = self._skipped(view.norm)
        if "\u200f" in doc.text:
            norm = _rlm_decimals(doc.text, view, norm)
        self.ref = ctx.reference_date
        # a relative expression (أمس، الأسبوع الماضي) is a date only once a reference date resolves it;
        # without one it is left out unless the caller asks for it (value None)
        self.keep_unresolved = bool(ctx.options.get("unresolved_relative", False))
        self.out_q, self.out_t = [], []
        self.doc, self.ctx, self.view = doc, ctx, view
        self._last_article_ordinal = (None, -1)  # (tokens, end) of the last الـN rank: وال60 after ال52
        self._last_month = None  # (YYYY-MM, calendar) of the last date said: الشهر ذاته refers back to it
        try:
            self._lines(norm)
            self._coordinated_days()
            self._coordinated_years()
            self._listed_years()
            self._year_pairs()
            self._time_ranges()
            self._identifier_numbers()
            self._shared_units()
            self._strain_names()
            self._bc_years()
            self._slash_days()
            self._one_idioms()
            self._percent_dash_ranges()
            self._festival_editions()
            self._context_currencies(view.norm)
            self._date_periods()
            self._day_range_periods()
            self._enumerators()
            self._minus_words()
        finally:
            # hold nothing of this document: the caller frees it (and a long-lived pipeline does not
            # keep the last document alive)
            self.doc = self.ctx = self.view = self.toks = None
            self._mc = self._em0 = self._em1 = self._pn = self._ia = None
            self._last_article_ordinal = (None, -1)
        if doc.entities:
            self.out_q, self.out_t = _outside_names(self.out_q, doc), _outside_names(self.out_t, doc)
        self.out_q = _general_ranks(self.out_q, doc, self.L.general_rank)
        doc.quantities.extend(q for q in self.out_q if _finite(q))
        doc.temporals.extend(self.out_t)
        self.out_q = self.out_t = None

    def _coordinated_days(self):
        """A lone day number or ordinal joined by و/أو/إلى/حتى to a full date shares its month and year (يومي 13
        و14 يونيو، السابع والثامن من حزيران، 10 و11 و12 شوال، الفترة من 19 إلى 23 يوليو 2015، من 10 إلى 12
        الشهر الجاري): a date of its own, not a number or an ordinal."""
        text = self.doc.text
        by_end = {q.end: q for q in self.out_q if q.kind in ("number", "ordinal") and q.counted is None
                  and q.modifier is None and q.value == int(q.value) and 1 <= q.value <= 31}
        if not by_end:
            return
        new = []
        for t in self.out_t:
            # (a day of a relative month counts too: من 10 إلى 12 الشهر الجاري)
            while (t.kind == "date" or t.kind == "relative" and t.text[:1].isdigit()) and isinstance(t.value, str) \
                    and _DAY_DATE(t.value):
                m = _coord_start(text, t.start)
                dash = m is None and t.text[:1].isdigit()
                if dash:
                    m = _tatweel_start(text, t.start)  # من 4 ــ 6 ذي الحجة، 25 - 28 مايو: a range of days
                q = by_end.pop(m, None) if m is not None else None
                if dash and q is not None and q.value >= int(t.value[-2:]):
                    break  # فاز 3 - 1 مايو: a score, no range of days
                if q is None or not (q.text[0].isdigit() or q.text.startswith("ال")) or " " in q.text.strip():
                    break
                self.out_q.remove(q)
                t = _new_temporal({"text": q.text, "start": q.start, "end": q.end, "kind": t.kind,
                                   "value": f"{t.value[:-2]}{int(q.value):02d}", "calendar": t.calendar})
                new.append(t)
        if new:
            self.out_t = sorted(self.out_t + new, key=lambda x: x.start)

    def _coordinated_years(self):
        """A date without its year joined by و/أو/إلى/حتى to a date with one takes that year (من يناير إلى
        مارس 2015، 28 ذي الحجة إلى 1 محرم 1437), the year before when its month comes later in the year
        (سبتمبر ويناير الماضي: September of the year before)."""
        text = self.doc.text
        out = self.out_t
        for k in range(len(out) - 2, -1, -1):  # right to left: a chain takes the year of its last date
            a, b = out[k], out[k + 1]
            if not (a.kind == "date" and b.kind == "date" and a.calendar == b.calendar
                    and isinstance(a.value, str) and a.value.startswith("XXXX-") and a.value[5:7].isdigit()
                    and isinstance(b.value, str) and b.value[:4].isdigit() and b.value[4:5] == "-"
                    and _coord_start(text, b.start) == a.end):
                continue
            year = int(b.value[:4]) - (a.value[5:7] > b.value[5:7])
            out[k] = _new_temporal({**a.__dict__, "value": f"{year:04d}{a.value[4:]}"})

    def _four_digit_numbers(self) -> dict:
        """start -> the plain numbers of four digits (no modifier), which a year pass may read as years: also
        one that took the word after it as a counted noun (1844 ضربت، 1436 وقع)."""
        return {q.start: q for q in self.out_q if q.kind == "number" and q.modifier is None
                and (q.counted is None and len(q.text) == 4 or q.text[4:5] == " ") and q.text[:4].isdigit()}

    def _listed_years(self):
        """A year after a dual or plural year word (year_list_words) heads a list: four-digit numbers (1000-2100)
        joined to it by و/أو/إلى are years of the same calendar (بين عامي 1770 و1840، أعوام 1842 و1843 و1844),
        also where one took the word after it as a counted noun (1844 ضربت)."""
        text = self.doc.text
        nums = self._four_digit_numbers()
        if not nums:
            return
        new = []
        for t in self.out_t:
            if not (t.kind == "date" and isinstance(t.value, str) and len(t.value) == 4 and t.text[-4:].isdigit()):
                continue
            m = _WORD_BEFORE(text, max(0, t.start - 20), t.start)
            w = normalize(m.group(1)) if m else ""
            if not (w in self.L.year_list_words or w[:1] in "وبلف" and w[1:] in self.L.year_list_words):
                continue
            end = t.end
            while True:
                q = next((nums[s] for s in range(end + 1, end + 9) if s in nums), None)
                if q is None or _coord_start(text, q.start) != end or not 1000 <= int(q.text[:4]) <= 2100:
                    break
                del nums[q.start]
                self.out_q.remove(q)
                new.append(_year_of(q, q.text[:4].translate(_DIGITS_ASCII), t.calendar))
                end = q.start + 4
        if new:
            self.out_t = sorted(self.out_t + new, key=lambda x: x.start)

    def _year_pairs(self):
        """A year and the same year in the other calendar right after it (عام 1382-1962، عام 1293 / 1876،
        عام 1391 الموافق 1971، 2015 / 1436، 15 مايو 2015 / 1436): the Hijri one (1100-1499, with no marker
        of its own) is a Hijri date, the other a Gregorian date, also where it was read as a number (after
        a slash, even one counting the word after: 1436 وقع). The pair is told by the years alone: the
        Gregorian is the Hijri one's year, ±1."""
        text = self.doc.text
        dates = {t.start: k for k, t in enumerate(self.out_t) if t.kind == "date"}
        nums = self._four_digit_numbers()  # 15 مايو 2015 / 1436 وقع
        for k in range(len(self.out_t)):
            a = self.out_t[k]
            # a year, or a full date or a month ending in its year in digits (15 مايو 2015 / 1436)
            if not (a.kind == "date" and isinstance(a.value, str) and a.value[:4].isdigit()
                    and (len(a.value) == 4 or a.text.rstrip()[-1:].isdigit())):
                continue
            m = _YEAR_AFTER(text, a.end, a.end + 24)
            if m is None:
                continue
            y1, y2 = int(a.value[:4]), int(m.group(1).translate(_DIGITS_ASCII))
            h, g = (y1, y2) if y1 < y2 else (y2, y1)
            if not (1100 <= h < 1500 and abs(round(h * 0.970229 + 621.5643) - g) <= 1):
                continue
            b = dates.get(m.start(1))
            if b is not None:
                bt = self.out_t[b]
                if not (isinstance(bt.value, str) and bt.value[:4] == str(y2)):
                    continue
            elif m.start(1) in nums:
                q = nums.pop(m.start(1))
                self.out_q.remove(q)
                bt = _year_of(q, str(y2), "gregorian")
                self.out_t.append(bt)
                b = len(self.out_t) - 1
            else:
                continue
            for x, y in ((k, y1), (b, y2)):
                t = self.out_t[x]
                cal = "hijri" if y == h else "gregorian"
                if t.calendar != cal and t.text.rstrip()[-1:].isdigit():  # a marker written stays
                    self.out_t[x] = _new_temporal({**t.__dict__, "calendar": cal})
        self.out_t.sort(key=lambda x: x.start)

    def _identifier_numbers(self):
        """A bare number (digits, maybe bracketed, counting nothing) right after a definite noun of
        identifier_heads names a resolution, an article, a flight or a unit (القرار 2216، المادة (126)،
        بالرحلة 111، اللواء 52): an identifier, no quantity, and so are the bare numbers listed by و/أو after
        a definite plural of identifier_plurals (القرارات 1696 و1737 و1747), and one after a lone letter and a
        slash (رقم (أ / 90): a royal order's series and number); a day and month in digits right
        after a word of date_name_heads names a coalition or a street (قوى 14 آذار، شارع 26 يوليو): no date."""
        text = self.doc.text
        rounds = any(x in text for x in self.L.round_heads_written)
        chain = -1  # the end of the last number listed after a plural identifier head (القرارات 1696 و1737)
        keep = []
        for q in self.out_q:
            if chain >= 0 and self._bare_digits(q) and _coord_start(text, q.start) == chain:
                chain = q.end
                continue
            if q.kind == "number" and q.counted is None and q.modifier is None and q.text[:1].isalpha() \
                    and self._verb_or_idiom(q, text):
                continue
            if q.kind == "number" and q.counted is not None and self._loan_phrase(q.text):
                continue
            if q.modifier is None and q.text[:1].isalpha() and self._jussive_verb(q, text):
                continue
            if q.kind == "number" and q.value == 1 and q.counted is not None and self._unity_idiom(q.counted.text):
                continue
            if rounds and q.kind == "number" and q.modifier is None and self._round_name(q, text):
                continue  # (a word it took after is no count either: دور الـ 32 فاز)
            if self._bare_digits(q):
                if _LETTER_SLASH(text, max(0, q.start - 6), q.start):
                    continue  # الأمر الملكي رقم (أ / 90)، الرقم : أ / 245: an order's number, no quantity
                m = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
                if m and light(m.group(1)) in self.L.identifier_plural_forms:
                    chain = q.end  # القرارات 1696: the first of a list of identifiers
                    continue
                if m and (any(de and core in self.L.identifier_heads for _, de, core in self.analyses(normalize(m.group(1))))
                          or _name_word(m.group(1), self.L.name_number_words) or self._issue_number(q, m)):
                    continue
            keep.append(q)
        self.out_q = keep
        if self.out_t:
            # قوى 14 آذار، بشارع 26 يوليو: a day and a month that name a coalition or a street, no date
            self.out_t = [t for t in self.out_t if not (t.kind == "date" and t.text[:1].isdigit()
                                                        and self._after_head(t.start, self.L.date_name_heads))]

    @staticmethod
    def _bare_digits(q) -> bool:
        """``q`` is a number in digits (maybe bracketed) with no counted noun, unit or modifier."""
        return q.kind == "number" and q.counted is None and q.unit is None and q.modifier is None \
            and q.text.strip("()").isdigit()

    def _unity_idiom(self, noun) -> bool:
        """``noun``, counted by a one after it, is one of unity_nouns, maybe in the accusative or behind و/ك
        (يداً واحدة، وصفاً واحداً، كجسد واحد): an idiom of unity, no count."""
        w = normalize(noun)
        w = w[:-1] if w.endswith("ا") and len(w) > 2 else w
        return w in self.L.unity_nouns or len(w) > 2 and w[0] in "وك" and w[1:] in self.L.unity_nouns

    def _round_name(self, q, text) -> bool:
        """The bare number ``q``, definite (الثمانية، الستة عشر) or digits after ال/الـ (الـ 16), right after a
        word of round_heads names a round of a cup (دور الثمانية = the quarter-finals): no quantity."""
        m = self.L.round_before(text, max(0, q.start - 16), q.start)
        num = q.text if q.counted is None else text[q.start:q.counted.start].strip()
        return bool(m) and (m.group(1) is not None and num.isdigit() or num.startswith("ال"))

    def _issue_number(self, q, before) -> bool:
        """The bare number ``q`` after the word ``before`` (a match of _WORD_BEFORE) is a paper's issue: the word
        is one of issue_heads with في before it (في عددها 15601) or a word of issue_after follows the number
        (العدد 15588، ص 22؛ العدد 437 من مجلة). بلغ العدد (20) فقط: a number."""
        text = self.doc.text
        if normalize(before.group(1)) not in self.L.issue_heads:
            return False
        prev = _WORD_BEFORE(text, max(0, before.start(1) - 12), before.start(1))
        if prev and normalize(prev.group(1)) in ("في", "وفي"):
            return True
        after = _ISSUE_AFTER(text, q.end)
        return bool(after) and (normalize(after.group(1)) in self.L.issue_after
                                or normalize(f"{after.group(1)} {after.group(2) or ''}".strip()) in self.L.issue_after)

    def _one_idioms(self):
        """واحد that ends an idiom of unity (one_idioms: بلسان واحد، على قلب رجل واحد) counts nothing: the
        words are a manner, not one tongue or man; only items of value 1 look at the few words they end."""
        if not self.L.one_idioms:
            return
        text = self.doc.text
        def idiom(q):
            w = " " + key(text[max(0, q.start - 24):q.end])
            return any(w.endswith(" " + p) for p in self.L.one_idioms)
        self.out_q = [q for q in self.out_q if not (q.value == 1 and q.counted is not None and idiom(q))]

    def _percent_dash_ranges(self):
        """A percent glued by a dash to a percent before it (بانخفاض نسبته 50%-43%: 43 to 50, written right to
        left) is the other end of one range, not a negative percent: the dash is no minus after a '%'."""
        by_end = {q.end: q for q in self.out_q if q.kind == "percent" and q.value > 0 and q.modifier is None}
        if not by_end:
            return
        drop, new = set(), []
        for q in self.out_q:
            if q.kind == "percent" and q.value < 0 and q.text[:1] == "-" and q.start in by_end:
                p = by_end[q.start]
                if p.text[-1:] not in "%٪" or id(p) in drop:
                    continue
                lo, hi = sorted((p.value, -q.value))
                if lo == hi:
                    continue
                drop.update((id(p), id(q)))
                new.append(_new_quantity({**p.__dict__, "text": p.text + q.text, "end": q.end, "kind": "range",
                                          "value": None, "low": lo, "high": hi}))
        if new:
            self.out_q = sorted([q for q in self.out_q if id(q) not in drop] + new, key=lambda x: x.start)

    # the words before a number, read right to left: letters (with a tatweel) or a stop mark
    _WORDS_BACK = regex.compile(r"[\p{L}\u0640]+|[،,.:؛;!?]")

    def _festival_editions(self):
        """Two digits of a recent Hijri year (30-49) one or two words after a festival's head word
        (modifiers.json festival_heads: عيد طيبة 36، مهرجان جدة 36، عيد وصيف الخرج 36، بـ»عيد طيبة 36»),
        counting nothing, are the edition in the festival's name: no quantity (the guide skips numbers in
        names). عيد الفطر 36 منهم is the feast and a count (festival_not_names). Only such numbers look
        at the few words before them."""
        heads, nots = self.L.festival_heads, self.L.festival_not_names
        text = self.doc.text
        drop = set()
        for q in self.out_q:
            if not (q.kind == "number" and q.counted is None and q.modifier is None and len(q.text) == 2
                    and q.text.isdigit() and 30 <= q.value <= 49):
                continue
            ws = self._WORDS_BACK.findall(text[max(0, q.start - 40):q.start])[-3:]
            for k in range(len(ws) - 2, max(-1, len(ws) - 4), -1):  # the head 1 or 2 words back
                h = key(ws[k]).replace("\u0640", "")
                if not (h in heads or h[:1] in "وبلف" and h[1:] in heads):
                    continue
                names = [key(w) for w in ws[k + 1:]]
                if names and all(w[:1].isalpha() and w not in nots for w in names):
                    drop.add(id(q))
                break
        if drop:
            self.out_q = [q for q in self.out_q if id(q) not in drop]

    def _strain_names(self):
        """Digits inside a strain name spelt in Arabic letters (اتش 5 ان 1: H5N1, strain_letters) are no
        quantities; the text is scanned once, and only where تش is in it."""
        text = self.doc.text
        if not self.out_q or ("تش" not in text):
            return
        spans = [(m.start(), m.end()) for m in self.L.strain_name(text)]
        if not spans:
            return
        starts = [a for a, _ in spans]
        def inside(q):
            k = bisect_right(starts, q.start) - 1
            return k >= 0 and q.start < spans[k][1]
        self.out_q = [q for q in self.out_q if not inside(q)]

    def _bc_years(self):
        """A year or a bare number of up to four digits right before an era marker (bc_markers: عام 586 قبل
        الميلاد، سنة 3500 ق.م، نحو 700 قبل الميلاد) is a year before Christ: a date with the year negated
        (-0586), its span taking the marker; one joined to it by و/أو/إلى/- (بين عامي 284 و246 قبل الميلاد،
        65 - 4 ق.م) is one too. One scan of the text, only where a marker is written."""
        text = self.doc.text
        if not any(x in text for x in self.L.bc_written):
            return  # (a plain substring test first: most texts name no era)
        marks = list(self.L.bc_marker(text))
        if not marks:
            return
        dates = {t.end: t for t in self.out_t if t.kind == "date" and isinstance(t.value, str)
                 and len(t.value) == 4 and t.value.isdigit() and t.text.rstrip(")")[-1:].isdigit()}
        nums = {q.end: q for q in self.out_q if q.kind == "number" and q.counted is None and q.unit is None
                and q.value is not None and q.value == int(q.value) and 0 < q.value < 10000
                and _YEAR_DIGITS(q.text.rsplit(" ", 1)[-1])}
        drop, new = set(), []
        for m in marks:
            end, mark_end = m.start("gap"), m.end()
            if text[end - 1] == ")":
                continue  # (سنة 3500) ق.م: the bracket closes before the marker, take no side
            while end is not None:
                item = dates.pop(end, None) or nums.pop(end, None)
                if item is None:
                    break
                drop.add(id(item))
                s, e = item.start, mark_end or item.end
                w = _WORD_BEFORE(text, max(0, s - 12), s) if isinstance(item, Quantity) and not item.modifier else None
                if w and normalize(w.group(1)) in self.L.year_words and "(" not in text[w.end(1):s]:
                    s = w.start(1)  # عام 586 قبل الميلاد: the year word too, as عام 2000
                new.append(_new_temporal({"text": text[s:e], "start": s, "end": e, "kind": "date",
                                          "value": f"-{int(item.value):04d}", "calendar": "gregorian"}))
                mark_end = 0  # the items before the marked one keep their own span
                end = _coord_start(text, item.start)
                if end is None:
                    g = _DASH_GAP(text, max(0, item.start - 4), item.start)
                    end = g.start() if g else None
        if drop:
            self.out_q = [q for q in self.out_q if id(q) not in drop]
            self.out_t = sorted([t for t in self.out_t if id(t) not in drop] + new, key=lambda x: x.start)

    def _slash_days(self):
        """A day and a month in digits with a slash and no year (spaced or not: الموافق 4/ 10، بتاريخ 15 /7، يوم
        الأربعاء 28/9) after a word of slash_date_cues or a weekday is a date (XXXX-10-04), not a fraction
        (4/10 = 0.4) or two numbers; a year right after joins it (الموافق 23 / 8 2015م). Without the cue such
        a pair is mostly a score or a fraction (بالتعادل 4 / 4، 1 / 2 ملعقة) and is left alone."""
        text = self.doc.text
        if "/" not in text:
            return
        q_at = years = None
        drop, new = set(), []
        for m in _SLASH_DAY(text):
            if m.start() and text[m.start() - 1] in _NOT_BEFORE_DAY:
                continue  # 2015/7، 1.5/2: part of a longer figure
            if q_at is None:  # (built at the first candidate only)
                q_at = {q.start: q for q in self.out_q}
                years = {t.start: t for t in self.out_t if t.kind == "date" and isinstance(t.value, str)
                         and len(t.value) == 4 and t.value.isdigit() and t.text[:1].isdigit()}
            d, mo = int(m.group(1).translate(_DIGITS_ASCII)), int(m.group(2).translate(_DIGITS_ASCII))
            q = q_at.get(m.start())
            if q is not None and q.modifier is None and self._score_cue(m.start()):
                # the word a score's pair took is no noun it counts (بنتيجة 3/1 سجلها ماجد: a verb)
                drop.update(id(x) for x in (q, q_at.get(m.start(2))) if x is not None and (x is q or x.counted is None))
                continue  # بالتعادل 1 / 1، بنتيجة 4/3، بركلات الترجيح 7 / 6: a match's score, no number
            if not (1 <= d <= 31 and 1 <= mo <= 12 and q is not None and q.modifier is None
                    and self._slash_cue(m.start())):
                continue
            parts = [q] if q.end >= m.end() else [q, q_at.get(m.start(2))]
            if parts[-1] is None or q.end > m.end():
                continue
            e, value, cal = m.end(), f"XXXX-{mo:02d}-{d:02d}", self._day_month_calendar(mo, d)
            y = years.get(next((k for k in range(e, e + 3) if k in years), -1))
            if y is not None and not text[e:y.start].strip():
                drop.add(id(y))
                e, value, cal = y.end, f"{y.value}-{mo:02d}-{d:02d}", y.calendar
            drop.update(map(id, parts))
            new.append(_new_temporal({"text": text[m.start():e], "start": m.start(), "end": e, "kind": "date",
                                      "value": value, "calendar": cal}))
        if new or drop:
            self.out_q = [q for q in self.out_q if id(q) not in drop]
            self.out_t = sorted([t for t in self.out_t if id(t) not in drop] + new, key=lambda x: x.start)

    def _score_cue(self, start):
        """The word before ``start`` (maybe behind a bracket) is a score_cue (التعادل، بنتيجة، الترجيح): the
        pair of digits with a slash after it is a match's score (التعادل (1/1) = a 1-1 draw), not 1/1 = 1."""
        w = _WORD_BEFORE(self.doc.text, max(0, start - 20), start)
        return bool(w) and any(core in self.L.score_cues for _, _, core in self.analyses(normalize(w.group(1))))

    def _slash_cue(self, start):
        """The word before ``start`` (or before a weekday there) is a slash_date_cue, or that weekday is."""
        text = self.doc.text
        w = _WORD_BEFORE(text, max(0, start - 20), start)
        if not w:
            return False
        cores = {core for _, _, core in self.analyses(normalize(w.group(1)))}
        if cores & self.L.slash_date_cues:
            return True
        return any("weekday" in self.L.lex.get(c, ()) for c in cores)

    def _day_month_calendar(self, mo, d):
        """The calendar of a day and month written with no year: the one whose reading falls nearer the
        reference date (Saudi papers write Hijri ones: الموافق 4/ 10 in Shawwal); None without one."""
        ref = self.ref
        if ref is None:
            return None
        g = min((abs((dt.date(y, mo, d) - ref).days) for y in (ref.year - 1, ref.year, ref.year + 1)
                 if d <= 28 or d <= (dt.date(y + mo // 12, mo % 12 + 1, 1) - dt.timedelta(days=1)).day),
                default=999)
        hy, hm, hd = _hijri_of(ref)
        h = min(abs((mo - hm + 12 * k) * 29.53 + d - hd) for k in (-1, 0, 1))
        return "hijri" if h < g else "gregorian"

    def _shared_units(self):
        """Bare numbers joined by و/أو to an amount with a unit share its unit and scale (18 أو 20 أو22 بوصة: 18
        in and 20 in; 5 أو 6 ملايين ريال: 5,000,000 SAR; خمس وثلاث سنوات: 5 years), digits with digits and
        words with words, also by إلى/حتى after من (من 13 إلى 23 في المائة: 13 %; من 12 إلى 4 أيام); not an
        amount whose scale is unknown (695 و2.500 دولار: 2.500 may be 2,500 or 2.5). A counted noun is shared
        too (_shared_counted)."""
        text = self.doc.text
        # a lone number, maybe after its modifier (نحو 6 أو 7 سنوات، أكثر من أربع أو خمس رسائل): end -> (item, number)
        bare = {q.end: (q, n) for q in self.out_q if q.kind == "number" and q.counted is None and q.unit is None
                and q.value is not None for n in [q.text.rsplit(" ", 1)[-1] if q.modifier else q.text]
                if " " not in n and (q.modifier is None or q.value == self._lone_value(n))}
        if not bare:
            return
        swap = {}
        for q in self.out_q:
            if q.value is None or q.kind in ("range", "ordinal") or _coord_start(text, q.start) not in bare:
                continue  # (most items: nothing joined before them)
            if q.counted is not None and q.kind == "number":
                self._shared_counted(q, bare, swap)
                continue
            if q.counted is not None or q.unit is None or q.kind == "number":
                continue
            first = q.text.split(" ")[0].split("\u00a0")[0]
            # 2.500 دولار may be 2,500 (a dot grouping thousands): its scale is unknown, nothing is shared
            base = 0 if _DOT_THOUSANDS(first) else self._lone_value(first) or 0
            start = q.start
            sc = self.L.lex.get(normalize(q.text.split()[1]), {}).get("scale") if len(q.text.split()) > 1 else None
            while base:
                j = self._joined(start, bare)
                if j is None or j[1][:1].isdigit() != first[:1].isdigit() or sc and j[0].value >= sc[0]:
                    break  # من 2500 إلى 11 ألف ريال: 2500 is a full figure, no 2,500 thousand (30.6 و3.3 مليارات is)
                p = j[0]
                swap[id(p)] = _new_quantity({**p.__dict__, "kind": q.kind, "value": p.value * q.value / base,
                                             "unit": q.unit})
                start = p.start
        if swap:
            self.out_q = [swap.get(id(q), q) for q in self.out_q]

    def _lone_value(self, n):
        """The value of ``n``, digits (with a decimal part) or one cardinal word (خمس، ستة); None otherwise."""
        if _SHARED_NUM(n):
            return _num_value(n)
        e = self.L.lex.get(normalize(n))
        c = e.get("card") if e else None
        return float(c[0]) if c and c[1] in ("u", "teen", "ten") else None

    def _joined(self, start, bare):
        """The lone number of ``bare`` joined to what starts at ``start``: by و/أو, or by إلى/حتى when من
        opens the pair (من 100 إلى 150 ريالا، من 13 إلى 23 في المائة); (item, number, joiner) or None."""
        text = self.doc.text
        g = _coord_start(text, start)
        if g is None or g not in bare:
            return None
        by = text[g:start].strip()
        p, n = bare[g]
        if by in ("إلى", "الى", "حتى"):
            w = _WORD_BEFORE(text, max(0, p.start - 12), p.start)
            if p.modifier or not w or w.group(1) not in ("من", "ومن"):
                return None
        elif by not in ("و", "أو", "او"):
            return None
        return p, n, by

    def _shared_counted(self, q, bare, swap):
        """Lower bare numbers joined by و/أو to a count (3 أو 4 أشخاص، أكثر من 5 أو 6 أحزاب، فنادق 4 و5 نجوم،
        ثلاث أو أربع مباريات) count its noun too: a list of guesses or close figures said once with the noun;
        each takes the noun as unit and counted span. Only with no scale word (its number is one token) and a
        rising list, so that a number of another clause (قتل 5 و7 جرحى: 5 may count what came before) is
        rarely taken; after من, one joined by إلى/حتى (من 3 إلى 4 مباريات، من 94 إلى 100 درجة) in any order."""
        text = self.doc.text
        num = text[q.start:q.counted.start].strip()
        if " " in num or q.value is None or not _ARABIC_WORD(q.counted.text):
            return  # 737 و747 و777 وMD: a model list whose last took a Latin name as its noun
        start, top = q.start, q.value
        while True:
            j = self._joined(start, bare)
            if j is None or not (j[0].value < top or j[2] not in ("و", "أو", "او")) \
                    or j[1][:1].isdigit() != num[:1].isdigit():
                return
            p = j[0]
            swap[id(p)] = _new_quantity({**p.__dict__, "unit": q.unit, "counted": q.counted})
            start, top = p.start, p.value

    def _loan_phrase(self, t):
        """``t`` (a number word and its counted word) spells a foreign word of loan_phrases, with or without the
        article or a clitic (الست كوم، ست كوم: 'sitcom'), no count of six."""
        w = normalize(t)
        for x in (w, w[1:] if w[:1] in "وفبل" else ""):
            if x in self.L.loan_phrases or x.startswith("ال") and x[2:] in self.L.loan_phrases:
                return True
        return False

    def _minus_words(self):
        """An amount right after a word of minus_words (ناقص 2.1 في المائة، ناقص 0.07 نقطة) is negative, the word
        in its span: a percent, a measure, or a number bare or counting points, with no modifier, above 0."""
        text = self.doc.text
        words, counted = self.L.minus_words
        for k, q in enumerate(self.out_q):
            if q.kind not in ("percent", "measure", "number") or q.modifier is not None or not q.value \
                    or q.value < 0 or not q.text[:1].isdigit() \
                    or q.counted is not None and normalize(q.counted.text) not in counted:
                continue  # ناقص 3 لاعبين: 'three players short', no negative count
            m = _WORD_BEFORE(text, max(0, q.start - 12), q.start)
            if m and text[m.end(1):q.start].strip() == "" and normalize(m.group(1)) in words:
                s = m.start(1)
                self.out_q[k] = _new_quantity({**q.__dict__, "text": text[s:q.end], "start": s, "value": -q.value})

    def _enumerators(self):
        """Bare digits that number the items of a list written inline (أهمها: 1. قد يظن ... 2. يلاحظ، 1- ترافيان
        2- يوتيوب، (1) الوقاحة أو (2) الهوس) are no quantities: a run of them in text order, 1, 2, 3 ..., each
        marked the same way (a dot or a dash and a space after it, or brackets around it) and none counting a
        noun; at least two, the first 1. One pass over the quantities in order."""
        text = self.doc.text
        runs, last, drop = {}, {}, set()
        for q in sorted(self.out_q, key=lambda x: x.start):
            form = _enumerator_form(text, q)
            if form is None:
                continue
            v = int(q.value)
            run = runs.get(form)
            if v == 1:
                runs[form] = [q]
            elif run is not None and v == last[form] + 1:
                run.append(q)
            else:
                runs.pop(form, None)
                continue
            last[form] = v
            if len(runs[form]) >= 2:
                drop.update(id(x) for x in runs[form])
        if drop:
            self.out_q = [q for q in self.out_q if id(q) not in drop]

    def _date_periods(self):
        """Two dates joined by إلى/حتى after من and a word of period_from_cues (في الفترة من 25 إلى 28 مايو) are
        one period from the first to the second, its span taking من, as بين مارس ويوليو is one; so is a bare
        day joined by a dash to a date of its month (25 - 28 مايو: _dash_days), its span taking an opening
        من/بين/ما بين too (_RANGE_OPENER) so both forms span alike, and two dates of days each with its month
        joined by a dash (25 مايو - 2 يونيو: _dash_dates). The dates must be of one
        calendar and precision, the first not later. One pass over the temporals in order."""
        text = self.doc.text
        ts = sorted(self.out_t, key=lambda t: t.start)
        drop, out = set(), []
        for a, b in zip(ts, ts[1:]):
            if a.kind != "date" or b.kind != "date" or id(a) in drop or a.calendar != b.calendar \
                    or not isinstance(a.value, str) or not isinstance(b.value, str) or len(a.value) != len(b.value) \
                    or a.end > b.start:
                continue
            first = _dash_dates(a, b, text[a.end:b.start])
            if first:
                drop.update((id(a), id(b)))
                o = _RANGE_OPENER(text, max(0, a.start - 12), a.start)
                s = o.start() if o else a.start  # 25 مايو - 2 يونيو: one period across the month's end
                out.append(_new_temporal({"text": text[s:b.end], "start": s, "end": b.end, "kind": "period",
                                          "value": f"{first}/{b.value}", "calendar": a.calendar}))
                continue
            if a.value >= b.value:
                continue
            if _dash_days(a, b, text[a.end:b.start]):
                drop.update((id(a), id(b)))
                o = _RANGE_OPENER(text, max(0, a.start - 12), a.start)
                s = o.start() if o else a.start  # من 25 - 28 مايو takes من, as من 25 إلى 28 مايو does
                out.append(_new_temporal({"text": text[s:b.end], "start": s, "end": b.end,
                                          "kind": "period", "value": f"{a.value}/{b.value}", "calendar": a.calendar}))
                continue
            if text[a.end:b.start].strip() not in ("إلى", "الى", "حتى", "وحتى", "لغاية"):
                continue
            m = _FROM_BEFORE(text, max(0, a.start - 30), a.start)
            if not m or normalize(m.group(1)) not in self.L.period_from_cues:
                continue
            s = a.start - len(m.group(2))
            drop.update((id(a), id(b)))
            out.append(_new_temporal({"text": text[s:b.end], "start": s, "end": b.end, "kind": "period",
                                      "value": f"{a.value}/{b.value}", "calendar": a.calendar}))
        if out:
            self.out_t = sorted([t for t in ts if id(t) not in drop] + out, key=lambda t: t.start)

    def _day_range_periods(self):
        """A range of two days with nothing measured right before a month (ما بين 3 إلى 5 فبراير 2013، بين 3 و5
        نوفمبر) is one period of that month's days, as بين مارس ويوليو is one: the range and the month date
        give way to it (were the range 3-5 and the month alone). The dates keyed by start: no scan per range."""
        text = self.doc.text
        months = {t.start: t for t in self.out_t if t.kind == "date" and isinstance(t.value, str)
                  and _MONTH_ONLY(t.value)}
        if not months:
            return
        drop, new = set(), []
        for q in self.out_q:
            if q.kind != "range" or q.unit is not None or q.counted is not None or q.modifier is not None \
                    or q.low is None or q.high is None or q.low != int(q.low) or q.high != int(q.high) \
                    or not 1 <= q.low < q.high <= 31:
                continue
            e = q.end
            while e < len(text) and text[e] in " \t":
                e += 1
            t = months.get(e)
            if t is None or id(t) in drop:
                continue
            drop.update((id(q), id(t)))
            new.append(_new_temporal({"text": text[q.start:t.end], "start": q.start, "end": t.end, "kind": "period",
                                      "value": f"{t.value}-{int(q.low):02d}/{t.value}-{int(q.high):02d}",
                                      "calendar": t.calendar}))
        if new:
            self.out_q = [q for q in self.out_q if id(q) not in drop]
            self.out_t = sorted([t for t in self.out_t if id(t) not in drop] + new, key=lambda x: x.start)

    def _context_currencies(self, norm):
        """Amounts in a bare currency word whose country the document names otherwise take that country's code
        (units.json context_currencies: مليار درهم in an article on الحكومة المغربية is MAD, not AED): only
        where a cue is named and no word of the default's country is, and not an amount naming its own country
        (درهم إماراتي). One search per rule, and only when such an amount was found."""
        hits = [k for k, q in enumerate(self.out_q) if q.unit in self.L.context_currency_from
                and not names_own_country(q.unit, normalize(q.text))]
        swaps = context_currency_swaps(norm, {self.out_q[k].unit for k in hits}) if hits else None
        for k in hits if swaps else ():
            to = swaps.get(self.out_q[k].unit)
            if to:
                self.out_q[k] = _new_quantity({**self.out_q[k].__dict__, "unit": to})
        self._bare_word_currencies(norm)

    def _bare_word_currencies(self, norm):
        """Money amounts in a bare currency word with no code (units.json context_word_currencies: دينار،
        ليرة) take the code of the one country of that word the document names: 25 مليون دينار in an article
        on الكويت is KWD; none when it names two (الكويت and العراق) or none. One search per country of a
        word, once per document, and only when such an amount was found."""
        codes = {}
        for k, q in enumerate(self.out_q):
            if q.unit is not None or q.kind not in ("money", "range"):
                continue
            rule = bare_word_rule(q.text)
            if rule is None:
                continue
            if id(rule) not in codes:
                codes[id(rule)] = bare_word_code(norm, rule)
            if codes[id(rule)]:
                self.out_q[k] = _new_quantity({**q.__dict__, "unit": codes[id(rule)]})

    def _jussive_verb(self, q, text):
        """The number word opening ``q`` is a verb in the jussive (لم تسع أبدا 'it never sought'): one of
        jussive_readings' words right after one of its particles; no number, whatever the word after."""
        particles, words = self.L.jussive_readings
        if normalize(q.text.split(" ", 1)[0]) not in words:
            return False
        before = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
        return bool(before) and normalize(before.group(1)) in particles

    def _verb_or_idiom(self, q, text):
        """The lone number word ``q`` is no number: a verb of verbs_before_numbers before digits, a bound or
        ل (قاعة تسع 600 شخص، تسع لأكثر من 500: 'holds'), or ألف glued to و between a word said twice, an
        emphasis (لا وألف لا، نعم وألف نعم), or واحد in an idiom (في آن واحد 'at once')."""
        w = normalize(q.text)
        if w[w[:1] in "وف":] in self.L.verbs_before_numbers:
            m = _AFTER_HOLDS(text, q.end)
            return bool(m) and (m.group(1) is None or normalize(m.group(1)) in self.L.pre_bounds)
        if w == "واحد":
            before = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
            return bool(before) and before.group(1) in self.L.words_before_one_idiom
        if w == "الف" and text[q.start - 1:q.start] == "و":
            before, after = _WORD_BEFORE(text, max(0, q.start - 20), q.start - 1), _WORD_AFTER(text, q.end)
            return bool(before and after) and normalize(before.group(1)) == normalize(after.group(1))
        return False

    def _after_head(self, start, heads):
        """The word right before offset ``start`` is one of ``heads`` (cores, behind a clitic too)."""
        m = _WORD_BEFORE(self.doc.text, max(0, start - 20), start)
        return bool(m) and any(core in heads for _, _, core in self.analyses(normalize(m.group(1))))

    def _time_ranges(self):
        """Two clock hours joined by إلى/حتى/و share the part of day said after the second (من الساعة 8
        صباحا حتى 10 مساء، من 4 إلى 11 مساءً، بين الرابعة والسادسة مساء، بين 8:30 و8:45 مساء): the second,
        a lone number before صباحا/مساء, is a time; the first, a lone hour after من/بين/الساعة
        (hour_range_openers) or a time said without a part of day, is in the same half of the day when
        its hour is not above the second's (من 9 حتى 2 ظهرا: 9 in the morning)."""
        text = self.doc.text
        times = {t.end: t for t in self.out_t if t.kind == "time"}
        hours = {q.end: q for q in self.out_q if self._lone_hour(q, text)}
        if not times and not hours:
            return
        starts = {t.start for t in self.out_t}
        drop, new = set(), []
        for q in sorted(hours.values(), key=lambda x: x.start):  # the second hour: a number before صباحا/مساء
            m = _hours_start(text, q.start)
            if q.kind != "number" or m is None or not (m in times or m in hours and self._opens_hours(hours[m], text)):
                continue
            tod = self._tod_word_after(q.end, text)
            if tod is None or tod[0] - tod[2] in starts or tod[0] + 1 in starts:
                continue  # من 4 إلى 11 مساء الأحد، 3 إلى 2 مساء أمس: the evening of a day, no clock
            h, mi = self._hour_of(q)
            if h == 12:
                h = 0 if tod[1] == "am" or normalize(text[tod[0] - tod[2]:tod[0]]) in self.L.night_words else 12
            elif tod[1] == "pm":
                h += 12
            t = _new_temporal({"text": text[q.start:tod[0]], "start": q.start, "end": tod[0], "kind": "time",
                               "value": f"T{h:02d}:{mi:02d}", "calendar": None})
            drop.add(id(q))
            new.append(t)
            times[t.end] = t
        out_t = self.out_t + new
        for k, t in enumerate(out_t):  # the first hour takes the second's part of day
            m = _hours_start(text, t.start) if t.kind == "time" else None
            tod = self._tod_word_after(t.end, text, inside=t) if m is not None else None
            if m is not None and tod is None and t.value[1:3].isdigit():
                self._bare_first_hour(hours.get(m), t, text, drop, new)
                continue
            if tod is None or not t.value[1:3].isdigit():
                continue
            h2 = int(t.value[1:3]) or 24  # الساعة 11 و12 ليلا: the hour before midnight is in the evening
            first = times.get(m)
            if first is not None and self._tod_word_after(first.end, text, inside=first) is None \
                    and int(first.value[1:3]) <= 12:
                h1, mi1 = int(first.value[1:3]), int(first.value[4:6])
            elif m in hours and self._opens_hours(hours[m], text) and id(hours[m]) not in drop:
                first = hours[m]
                h1, mi1 = self._hour_of(first)
            else:
                continue
            if h1 == 12:
                h1 = 12 if h2 >= 12 else 0  # من 12 حتى 3 ظهرا: noon; من 12 حتى 6 صباحا: midnight
            elif (h1 <= (h2 % 12 or 12)) == (h2 >= 12):
                h1 += 12  # من 4 إلى 11 مساء: 16:00; من 11 حتى 2 فجرا: 23:00
            t1 = _new_temporal({"text": first.text, "start": first.start, "end": first.end, "kind": "time",
                                "value": f"T{h1:02d}:{mi1:02d}", "calendar": None})
            drop.add(id(first))
            new.append(t1)
        if new:
            self.out_q = [q for q in self.out_q if id(q) not in drop]
            self.out_t = sorted([t for t in self.out_t if id(t) not in drop] + new, key=lambda x: x.start)

    def _bare_first_hour(self, first, t, text, drop, new):
        """A lone hour after من/بين (hour_range_openers) joined to a clock time ``t`` said with no part of
        day (من الخامسة إلى السابعة والنصف، من 4 حتى الساعة 6) is a time of the same 12-hour reading, not
        an ordinal or a number, when it comes before it (من التاسعة إلى السابعة والنصف stays)."""
        if first is None or id(first) in drop or not self._opens_hours(first, text):
            return
        h1, mi1 = self._hour_of(first)
        if not (h1 <= int(t.value[1:3]) <= 12):
            return
        drop.add(id(first))
        new.append(_new_temporal({"text": first.text, "start": first.start, "end": first.end, "kind": "time",
                                  "value": f"T{h1:02d}:{mi1:02d}", "calendar": None}))

    def _lone_hour(self, q, text):
        """A bare number 1-12 (or H.MM, 11.30) or a feminine ordinal 1-12 (الرابعة، السادسة): a clock hour
        when a part of day or a range of hours says so."""
        if q.counted is not None or q.modifier is not None or q.unit is not None:
            return False
        if q.kind == "ordinal":
            return q.value == int(q.value) and 1 <= q.value <= 12 and q.text[-1:] in ("ة", "ه")
        t = q.text.translate(_DIGITS_ASCII)
        return q.kind == "number" and (q.value == int(q.value) and 1 <= q.value <= 12 and t.isdigit()
                                       or bool(_DOT_CLOCK(t)) and int(q.value) <= 12)

    @staticmethod
    def _hour_of(q):
        """(hour, minutes) of a lone hour item: 11.30 -> (11, 30)."""
        if q.kind == "number" and not q.text.translate(_DIGITS_ASCII).isdigit():
            h, mi = q.text.translate(_DIGITS_ASCII).replace(",", ".").split(".")
            return int(h), int(mi)
        return int(q.value), 0

    def _opens_hours(self, q, text):
        """Whether the word before the lone hour ``q`` opens a span of hours (من، بين، الساعة)."""
        w = text[max(0, q.start - 12):q.start].split()
        w = normalize(w[-1]) if w else ""
        return w in self.L.hour_range_openers or w[:1] in ("و", "ف") and w[1:] in self.L.hour_range_openers

    def _tod_word_after(self, end, text, inside=None):
        """(end, 'am'|'pm', length) of the part of day right after ``end`` (or the last word of ``inside``),
        or None."""
        if inside is not None:
            w = inside.text.split()[-1] if " " in inside.text else ""
            e = self.L.lex.get(normalize(w).translate(_NO_TANWEEN)) if w else None
            return (end, e["tod"], len(w)) if e and "tod" in e else None
        m = _WORD_AFTER(text, end)
        if not m:
            return None
        e = self.L.lex.get(normalize(m.group(1)))
        return (m.end(1), e["tod"], m.end(1) - m.start(1)) if e and "tod" in e and len(m.group(1)) > 1 else None

    def _lines(self, norm):
        """Scan ``norm`` line by line, only at the tokens that may start something."""
        # one split of the whole text (no token contains a line end, so a line's tokens are those of the
        # whole text); the tokens worth a look: words of a form that can start a phrase (one look-up in
        # a small set each) and the tokens that hold a digit (numbers, dates, times, phones)
        parts = _TOK_SPLIT.split(norm)
        cum = list(accumulate(map(len, parts)))
        texts = parts[1::2]
        forms = self._forms.intersection(texts)  # probes the big set once per distinct text
        cand = list(compress(count(), map(forms.__contains__, texts)))
        digits = _token_at(cum, _DIGITS.finditer(norm))
        if digits:
            cand = sorted(digits.union(cand))
        if cand and "\n" not in norm:
            self._scan(_Toks(norm, parts, cum), cand)
        elif cand:
            # each line (paragraph) on its own: no quantity or temporal runs over a line end
            # (the view's norm has every line end convention as "\n"); a line's first token follows the
            # space part that holds its line end
            ends = _token_at(cum, _line_ends(norm))
            ends.add(len(parts) // 2)
            a = c = 0
            for b in sorted(ends):
                if b > a and cand[c] < b:
                    c2 = bisect_left(cand, b, c)
                    self._scan(_Toks(norm, parts, cum, a, b - a), [k - a for k in cand[c:c2]])
                    c = c2
                    if c == len(cand):
                        break
                a = b

    def _scan(self, toks, cand):
        """Parse left to right over ``toks`` (a whole text or one line) at the candidate token indices
        ``cand`` (those whose text may start something: the others are never looked at)."""
        self.toks = toks
        self.n = n = toks.n
        parts = toks.parts
        off = 2 * toks.base + 1  # parts[off + 2k] is token k's text
        self._mc = {}
        self._em0, self._em1, self._pn, self._ia = {}, {}, {}, {}
        kinds = self._trig
        kp = self.L.keys_or_prefixes
        i = 0
        nexts = cand[1:]
        nexts.append(-1)
        for k, kn in zip(cand, nexts):  # kn: the next candidate
            if k < i:
                continue
            w = parts[off + 2 * k]
            c = kinds.get(w)
            if c is None:
                typ = toks[k].typ
                if typ == W:
                    c = self._word_kind(w)
                    if c == 0 and w == "من":
                        c = 2
                    kinds[w] = c  # bounded: only the forms of self._forms get here
                elif typ == P or typ == X:
                    continue
                else:
                    c = 1
            if c == 0:
                continue
            if c == 2:  # "من" before a number (which starts with a digit or a point: most need no token built)
                t2 = parts[off + 2 * k + 2][:1] if k + 1 < n else ""
                if not (t2.isdecimal() or t2 == ".") or toks[k + 1].typ != N:
                    if k + 2 >= n or parts[off + 2 * k + 2] not in self._YEARS_WORDS:
                        continue  # ... or before a year word: من عام 2010 إلى عام 2014
            # a lead word parses before a number, also behind a bracket, a sign typed first or a year word (نحو (30)،
            # بحوالي %33، بين عامي 1982)
            elif c != 1 and not (type(c) is _Lead and (kn == k + 1 or kn == k + 2 and (
                    parts[off + 2 * k + 2] in ("(", "%") or parts[off + 2 * k + 2] in self._YEARS_WORDS))):
                if k + 1 >= n:
                    continue
                t2 = parts[off + 2 * k + 2]
                sep = " " if parts[off + 2 * k + 1] else ""
                for core in c:
                    if core + sep + t2 in kp or core + " " + t2 in kp:
                        break
                else:
                    continue
            j = None
            try:
                j = self.at(k)
            except (ValueError, OverflowError, ZeroDivisionError, IndexError):
                j = None
            i = j if j and j > k else k + 1
            if i >= n:
                break

    _CLITICS = ("وب", "ول", "فب", "فل", "وك", "و", "ب", "ل", "ف", "ك")

    def _strip(self, t):
        """How many clitic letters glue onto a lexicon word at the start of a span (after two, a word of
        three letters or more: وبين is و + بين, not وب + ين the yen; none in a whole word: وطن)."""
        w = t.t
        if t.typ != W or len(w) < 3 or w in self.L.whole_words:
            return 0
        lex = self.L.lex
        if w in lex or w in self.L.maxlen:
            # وأكثر (من 160): the post-modifier وأكثر starts a span as و + the modifier أكثر من; ونصف، وثلث
            # (a half or third after a unit: ساعة ونصف) opening a span is و + the fraction (وثلث الشعب)
            return 1 if w[0] in "وف" and w[1:] in self.L.maxlen and set(lex.get(w, ())) <= {"postmod", "hq"} else 0
        for p in self._CLITICS:
            if w.startswith(p):
                c = w[len(p):]
                if len(c) > len(p) and (c in lex or c in self.L.maxlen or (c.startswith("ال") and c[2:] in lex)
                                    or (p[-1] == "ل" and c.startswith("ل") and c[1:] in lex)):
                    return len(p)
        return 0

    def span(self, i, j):
        t = self.toks[i]
        ns = t.s
        if t.typ == W:
            if len(t.t) <= 2 and all(c in "وبلفك" for c in t.t) and i + 1 < j and not self.toks[i + 1].gap:
                ns = self.toks[i + 1].s
            else:
                ns += self._strip(t)
        s, e = self.view.span(ns, self.toks[j - 1].e)
        return s, e

    def emit_q(self, i, j, kind, value, unit=None, modifier=None, counted=None, low=None, high=None, cut=0):
        """A quantity over tokens i..j-1; counted: the counted noun's tokens (a, b), which is its unit too;
        cut: letters of a proclitic the span and the counted noun start after (بكلمة واحدة)."""
        s, e = self.span(i, j)
        s += cut
        if self.ctx.is_blocked(s, e):
            return
        text = self.doc.text
        cs = None
        if counted is not None:
            a, b = self.span(*counted)
            a += cut
            unit = text[a:b]
            cs = _new_span({"text": unit, "start": a, "end": b})
        self.out_q.append(_new_quantity({"text": text[s:e], "start": s, "end": e, "kind": kind, "value": value,
                                         "low": low, "high": high, "unit": unit, "counted": cs,
                                         "modifier": modifier}))

    def emit_t(self, i, j, kind, value, calendar=None):
        if value is None and kind == "relative" and not self.keep_unresolved:
            return
        s, e = self.span(i, j)
        if self.ctx.is_blocked(s, e):
            return
        t = _new_temporal({"text": self.doc.text[s:e], "start": s, "end": e, "kind": kind,
                           "value": value, "calendar": calendar or self._calendar(i, j, kind)})
        self.out_t.append(t)
        if isinstance(value, str) and _MONTH_DATE(value):
            self._last_month = (value[:7], t.calendar)

    def _emit_numeric_date(self, i, j, v):
        """A date in digits over tokens i..j-1 with its calendar marker after it (1436/9/29هـ، 24 - 3 - 2012م)
        -> the end token. Without a marker a year of 1300-1499 is Hijri (06/10/1436: no Gregorian date of
        the news is that old)."""
        mk = self.match(j, ("hijri", "greg")) if j < self.n else None
        if mk:
            j = mk[0]
        cal = "hijri" if mk is None and 1300 <= int(v[:4]) < 1500 else None
        self.emit_t(i, j, "date", v, calendar=cal)
        return j

    def _definite_in(self, i, words):
        """Token i is one of ``words`` with the article, behind a clitic or not (الأوسط، بالأوسط)."""
        return any(de and core in words for _, de, core in self.analyses(self.word(i) or ""))

    def _decade(self, i, m):
        """A decade (التسعينيات، ثمانينات [من] القرن الماضي، الخمسينيات الميلادية) -> its end token, after a
        period of ten years. Decades joined by و/أو share what follows the last (العشرينات والثلاثينات من
        القرن الماضي). None for an age (في الثلاثينيات من عمره، من عمره في الثلاثينات) or a temperature
        (الأربعينات المئوية), or in a century not listed (ثلاثينات القرن الرابع عشر)."""
        n = self.n
        j = k = m[0]
        while k < n:  # to the end of a chain of decades
            nx = k + 1 if self.word(k) in _DECADE_LINKS else k
            d = self.match(nx, ("decade",)) if nx < n else None
            if d is None or (nx == k and d[2] != "و"):
                break
            k = d[0]
        after = k + 1 if self.word(k) == "من" else k
        not_dates = self.L.decade_not_dates
        if self.word(after) in not_dates or (i > 1 and self.word(i - 1) == "في" and self.word(i - 2) in not_dates):
            return k  # no date, nor the decades after it
        base, end = 1900, k
        c = self.match(after, ("century",)) if after < n else None
        if c is not None:
            base, end = c[1]["century"], c[0]
        elif self.word(after) == "القرن":
            return None
        elif k < n:
            mk = self.match(k, ("hijri", "greg"))
            if mk is not None:
                base, end = (1300 if "hijri" in mk[1] else 1900), mk[0]
        if k == j:  # the last of a chain (or alone) takes the century in its span
            j = end
        d = base + m[1]["decade"]
        self.emit_t(i, j, "period", f"{d}/{d + 9}")
        return j

    def _calendar(self, i, j, kind):
        """"hijri" when tokens i..j hold a Hijri month or marker (هـ), else "gregorian"; None for a time."""
        if kind == "time":
            return None
        for k in range(i, j):
            m = self.match(k, ("hijri", "month"))
            if m is not None and ("hijri" in m[1] or m[1].get("month", "g")[0] == "h"):
                return "hijri"
        return "gregorian"

    def at(self, i):
        toks = self.toks
        t = toks[i]
        if t.typ == D:
            v = self.numeric_date(t.t)
            return self._emit_numeric_date(i, i + 1, v) if v else i + 1
        if t.typ == T:
            return self.time_digits(i)
        if t.typ == N:
            j = self._spaced_date(i) or self._day_range_date(i) or self._year_pair(i) or self._metres(i)
            if j:
                return j
        elif t.t in ("من", "بين"):
            j = self._year_period(i)
            if j:
                return j
        elif i + 3 < self.n and toks[i + 1].typ == N and (t.t in self._YEARS_WORDS or t.t[1:] in self._YEARS_WORDS
                                                           and t.t[0] in "وبلف" or "ا" + t.t[1:] in self._YEARS_WORDS):
            j = self._year_pair(i + 1, start=i)  # عام 2009/ 2010، العام 2013-2014: the year word and both years
            if j:
                return j
        m = self.match(i)
        if t.typ == W and m is None and t.t not in ("يوم", "اليوم"):
            # a number word can carry clitics the phrase index doesn't list
            if self._elem(i, True) is None:
                return None
        r = self.temporal(i, m)
        if r:
            return r
        return self.quantity(i, m)

    _YEAR_CUES = {"في", "منذ", "حتى", "خلال", "بحلول", "قبل", "بعد", "مطلع", "نهايه", "بدايه", "منتصف", "اواخر",
                  "اوايل", "عام", "العام", "سنه", "السنه", "لعام", "بعام", "موسم", "اواسط", "ربيع", "صيف", "خريف", "شتاء",
                  "ومنذ", "وفي", "وحتى", "مستهل", "ختام", "عامي", "العامين"}

    def numeric_date(self, s):
        parts = regex.split(r"[-/.]", s)
        try:
            a, b, c = (int(x) for x in parts)
        except ValueError:
            return None
        if len(parts[0]) == 4:
            y, mo, d = a, b, c
        else:
            d, mo, y = a, b, c
            if y < 100:
                y += 2000 if y < 50 else 1900
        if 1300 <= y < 1500 and 1 <= mo <= 12 and 1 <= d <= 30:
            return f"{y:04d}-{mo:02d}-{d:02d}"  # a Hijri date: 30 صفر is a day (not checked as Gregorian)
        try:
            return dt.date(y, mo, d).isoformat()
        except ValueError:
            if mo > 12 and d <= 12 and len(parts[0]) != 4:
                try:
                    return dt.date(y, d, mo).isoformat()
                except ValueError:
                    return None
        return None

    _PERIOD_TO = {"الي", "حتي", "وحتي", "لغايه", "ولغايه", "والي"}  # normalized (ى -> ي)

    _YEARS_WORDS = {"عامي", "سنتي", "العامين", "السنتين", "عام", "العام", "سنه", "السنه"}

    def _year(self, k):
        """Four digits 1800-2100 at token k, with an optional calendar marker -> (end, year) or None."""
        t = self.toks[k] if k < self.n else None
        if t is None or t.typ != N or not t.t.isdigit() or len(t.t) != 4 or not 1800 <= int(t.t) <= 2100:
            return None
        mk = self.match(k + 1, ("greg",)) if k + 1 < self.n else None
        return (mk[0] if mk else k + 1), int(t.t)

    def _year_period(self, i):
        """بين عامي 1982 و1990، من 2015 إلى 2019، ما بين 2004 و2014: one period of years (as بين مارس
        ويوليو is one of months) -> its end token, or None."""
        n = self.n
        w = self.word(i)
        j = i + 1
        if j < n and self.word(j) in self._YEARS_WORDS:
            j += 1
        a = self._year(j)
        if a is None or a[0] >= n:
            return None
        k = a[0]
        if k == j + 1 and self.toks[k].t in ("/", "-"):
            # بين عام 2009/2010 وعام 2013/2014: a season first, its own period from the year word (was عام
            # 2009 and '2010 وعام' = 2010 years); the scan goes on at وعام
            return self._year_pair(j, start=i + 1 if j > i + 1 else None)
        sep = self.word(k)
        if not (sep == "و" if w != "من" else sep in self._PERIOD_TO):
            return None
        k += 1
        if k < n and self.word(k) in self._YEARS_WORDS:
            k += 1
        b = self._year(k)
        if b is None or not 0 < b[1] - a[1] <= 100:
            return None
        self.emit_t(i, b[0], "period", f"{a[1]}/{b[1]}")
        return b[0]

    def _year_pair(self, i, start=None):
        """Y1-Y2 or Y1/Y2 of consecutive-ish years (موسم 2013-2014، العام الجامعي 1436/1437هـ، (2005 - 2009)):
        one period, when a calendar marker, a year cue before or punctuation after says they are years
        (not 1500 - 2000 ريال; a dash after only closing one before: شنان -1946-1974-), or when the second is the next year (للنسخة الجديدة 2015-2016: a season)
        -> its end token, or None."""
        toks, n = self.toks, self.n
        if i + 2 >= n or toks[i + 1].t not in ("-", "–", "/", "ـ") or toks[i + 2].typ != N:
            return None
        a, b = toks[i].t, toks[i + 2].t
        if not (len(a) == len(b) == 4 and a.isdigit() and b.isdigit()):
            return None
        y1, y2 = int(a), int(b)
        rev = y1 - y2 == 1  # ١٤٣٧/١٤٣٦هـ، موسم 2016 - 2015: the later year first, as read right to left
        if rev:
            y1, y2 = y2, y1
        if not (1300 <= y1 <= 2100 and 0 < y2 - y1 <= 100):
            return None
        j = i + 3
        mk = self.match(j, ("hijri", "greg")) if j < n else None
        cue = i > 0 and (self.word(i - 1) in self._YEAR_CUES or self.word(i - 1) in self._YEARS_WORDS
                         or (self.word(i - 1) or "").endswith("موسم") or toks[i - 1].t == "(")
        if mk:
            j = mk[0]
        elif rev and not cue:
            return None  # reversed with neither a marker nor a year word before: not sure they are years
        elif y2 - y1 != 1 and not (cue or j >= n or (self.is_p(j) and (toks[j].t != "-" or i > 0 and toks[i - 1].t == "-"))):
            return None
        u = self._unit(j) if j < n and not mk else None  # 1436/1437هـ يوم الأحد: the marker closes it
        if u and not u[2]:
            return None  # 2009-2010 عاما: a range with its unit (وعام 2013 after it is the next year)
        self.emit_t(i if start is None else start, j, "period", f"{y1}/{y2}")
        return j

    def _spaced_date(self, i):
        """D / M / YYYY or D - M - YYYY written with spaces around the separators (بتاريخ 27 / 8 / 1412هـ،
        19 / 07 / 2015، في 21 - 9 - 1427هـ: the Saudi press's dates, not the range 21 - 9 and a year), the
        same separator twice, and its calendar marker: the date -> the end token, or None."""
        toks, n = self.toks, self.n
        if i + 4 >= n or toks[i + 1].t not in ("/", "-") or toks[i + 3].t != toks[i + 1].t or toks[i + 2].typ != N \
                or toks[i + 4].typ != N:
            return None
        a, b, c = toks[i].t, toks[i + 2].t, toks[i + 4].t
        if not (a.isdigit() and b.isdigit() and c.isdigit() and len(a) <= 2 and len(b) <= 2 and len(c) == 4):
            return None
        v = self.numeric_date(f"{int(a)}/{int(b)}/{int(c)}")
        if not v:
            return None
        return self._emit_numeric_date(i, i + 5, v)

    def _day_range_date(self, i):
        """A day and a dash before a spaced slash date (خلال الفترة 19 – 21 / 10 / 1436هـ): two dates of that
        month, the first day's and the date's, as 25 - 28 مايو gives; no range of 19 to 21 -> end or None."""
        toks = self.toks
        if i + 7 > self.n or toks[i + 1].t not in ("-", "–") or toks[i + 3].t != "/" or not toks[i].t.isdigit() \
                or len(toks[i].t) > 2:
            return None
        d1 = int(toks[i].t)
        if not (toks[i + 2].t.isdigit() and 1 <= d1 < int(toks[i + 2].t) <= 31):
            return None
        n0 = len(self.out_t)
        j = self._spaced_date(i + 2)
        if j and len(self.out_t) > n0:  # the date went out: the first day shares its month, year and calendar
            t = self.out_t[n0]
            self.emit_t(i, i + 1, "date", f"{t.value[:-2]}{d1:02d}", calendar=t.calendar)
            if len(self.out_t) > n0 + 1:
                self.out_t[n0], self.out_t[-1] = self.out_t[-1], t  # in text order
        return j

    def _quoted_digits(self, k):
        """Token k is digits alone between a pair of quotes («12»، "9"), as the press sets off a figure."""
        toks = self.toks
        return 0 < k < self.n - 1 and toks[k].typ == N and (toks[k - 1].t, toks[k + 1].t) in self._QUOTE_PAIRS

    def _int_at(self, k, lo, hi):
        """An integer lo..hi at token k (digits or words) -> (j, value, ordinal) or None."""
        if k >= self.n:
            return None
        r = self._ia.get(k, 0)
        if r == 0:
            r = self._ia[k] = self._int_base(k)
        if r is None:
            return None
        return r if lo <= r[1] <= hi else None

    def _int_base(self, k):
        """The integer at token k -> (j, value, ordinal) or None, whatever its range (memoized by _int_at)."""
        t = self.toks[k]
        if t.typ == N:
            if "." in t.t or "," in t.t or " " in t.t or "ر" in t.t:
                return None
            return k + 1, int(t.val), False
        if t.typ != W:
            return None
        num = self.parse_number(k)
        if num is None or num.value != int(num.value):
            return None
        return num.j, int(num.value), num.ordinal

    def year_part(self, k):
        """After a month: [من|في] [عام|سنة] YEAR [هـ|م]  or  [من] العام الماضي -> (j, year, hijri, reloff)."""
        toks = self.toks
        n = self.n
        j = k
        linked = False
        if j < n and toks[j].typ == P and toks[j].t in "،,":
            j += 1
        w = self.word(j)
        if w in ("من", "في", "ل", "ب"):
            j += 1
            linked = True
        m = self.match(j, ("yearword",)) if j < n else None
        if m:
            j = m[0]
            linked = "yearword"
            r = self.match(j, ("rel",)) if j < n else None
            if r:
                return r[0], None, False, {"past": -1, "next": 1, "current": 0}[r[1]["rel"]]
        if j < n and toks[j].typ == N and "." not in toks[j].t and "," not in toks[j].t:
            v = int(toks[j].val)
            jj = j + 1
            hijri = False
            m2 = self.match(jj, ("hijri", "greg")) if jj < n else None
            if m2 and (not toks[jj].gap or self.is_p(m2[0]) or m2[0] >= n or True):
                hijri = "hijri" in m2[1]
                jj = m2[0]
            elif not linked and not (1000 <= v <= 2200):
                return None
            if linked != "yearword" and not m2 and len(toks[j].t) != 4:
                return None  # مايو من 358 ألف برميل، رمضان، في 28 يونيو: no year without عام or a marker
            if 1 <= v <= 2200:
                return jj, v, hijri, None
        return None

    def _rel_year(self, mo, d, rel, cal="g"):
        """The year of month ``mo`` (day ``d``) said with الماضي/المقبل/الجاري (``rel``), in the reference
        date's year of the calendar ``cal`` ("h": Hijri, شهر رمضان الماضي -> 1436 on 2015-07-21)."""
        if self.ref is None or rel is None:
            return None
        ry, rm, rd = self._ref_ymd(cal)
        if rel == "current":
            return ry
        if rel == "past":
            return ry if (mo, d or 1) < (rm, rd if d else rd + 1) else ry - 1
        return ry if (mo, d or 31) > (rm, rd) else ry + 1

    def _ref_ymd(self, cal):
        """(year, month, day) of the reference date, in the Hijri calendar for ``cal`` "h" (the arithmetic
        calendar, within a day or two of Umm al-Qura: enough for the year of a month said with a relative
        word, which only a reference date on a month's first days could tip)."""
        ref = self.ref
        return _hijri_of(ref) if cal == "h" else (ref.year, ref.month, ref.day)

    @staticmethod
    def _iso(y, mo, d=None):
        ys = "XXXX" if y is None else f"{y:04d}"
        s = f"{ys}-{mo:02d}"
        return s + (f"-{d:02d}" if d else "")

    def month_at(self, k, need_ctx):
        """[شهر] MONTH [(ALT) | ALT | /ALT] -> (j, cal, month) or None."""
        toks = self.toks
        n = self.n
        if k >= n:
            return None
        r = self._mc.get(k)
        if not (r if r is not None else self._matches(k)):
            return None  # no lexicon phrase starts at k: neither شهر nor a month name
        had_word = False
        mw = self.match(k, ("monthword",))
        if mw:
            k = mw[0]
            had_word = True
            if k < n and toks[k].typ in (N, W):
                iv = self._int_at(k, 1, 12)
                if iv and not self.match(k, ("month",)) and not (iv[1] == 1 and toks[k].typ == W) \
                        and (not iv[2] or self._of_the_year(iv[0])):
                    return iv[0], "g", iv[1], True
        m = self.match(k, ("month",)) if k < n else None
        if not m or (m[2] not in ("", "و") and self.word(k)[len(m[2]):] in self.L.months_without_clitic):
            return None  # باب المعظم: no August
        cal, mo, amb = m[1]["month"]
        j = m[0]
        # alternate name: "يونيو (حزيران)", "يناير كانون الثاني"
        if j + 2 < n and toks[j].t == "(":
            m2 = self.match(j + 1, ("month",))
            if m2 and m2[1]["month"][1] == mo and m2[0] < n and toks[m2[0]].t == ")":
                j = m2[0] + 1
                amb = False
        elif j + 1 < n and toks[j].t == "/":  # "شباط/فبراير", "12 تموز/يوليو": one month, both names
            m2 = self.match(j + 1, ("month",))
            if m2 and m2[1]["month"][1] == mo:
                j = m2[0]
                amb = False
        elif j < n:
            m2 = self.match(j, ("month",))
            if m2 and m2[1]["month"][1] == mo:
                j = m2[0]
                amb = False
        return j, cal, mo, (had_word or not amb)

    def _of_the_year(self, k):
        """من and a year word at token k (من العام، من هذه السنة): after it, الشهر with an ordinal is a month of
        the calendar (مطلع الشهر الثاني من هذه السنة = February); elsewhere it is a rank (للشهر الثاني على
        التوالي 'for the second month running', في الشهر الرابع من عمره), no month."""
        toks = self.toks
        if k + 1 >= self.n or toks[k].t != "من":
            return False
        k += 1 + (toks[k + 1].t in ("هذا", "هذه") and k + 2 < self.n)
        return "yearword" in self.L.lex.get(toks[k].t, ())

    def date_expr(self, i, m=...):
        """A date starting at token i -> (j, kind, value) or None; m: match(i), where the caller has it."""
        toks = self.toks
        n = self.n
        if m is ...:
            m = self.match(i)
        e = m[1] if m else {}
        k = i
        # weekday
        if "dayword" in e and m[0] < n:
            wd = self.match(m[0], ("weekday", "weekday_ind"))
            if wd and wd[2] == "" and not wd[3]:
                return self._weekday(i, wd)
        if "weekday" in e and m[2] in ("", "و", "ف", "ب") and not self._institution_day(i):
            nx = self.match(m[0], ("teen2",)) if m[0] < n else None
            if not nx and not self._the_two(i, m):
                return self._weekday(i, m)
        if "lastday" in e:
            k = m[0]
            if self.word(k) in ("من", "في"):
                k += 1
            mo = self.month_at(k, False)
            if mo:
                yp = self.year_part(mo[0])
                if yp and yp[1]:
                    y, month = yp[1], mo[2]
                    nxt = dt.date(y + (month == 12), month % 12 + 1, 1)
                    return yp[0], "date", (nxt - dt.timedelta(days=1)).isoformat()
        # nth weekday of a month / after a holiday
        ordv = self._int_at(i, 1, 5) if toks[i].typ == W else None
        if ordv and ordv[2] or (ordv and toks[i].typ == W and self.word(i) in ("اول",)):
            k = ordv[0]
            if self.word(k) in ("يوم",):
                k += 1
            wd = self.match(k, ("weekday", "weekday_ind")) if k < n else None
            if wd:
                r = self._nth_weekday(wd[0], ordv[1], (wd[1].get("weekday") or wd[1].get("weekday_ind")))
                if r:
                    return r
        # day [من] [شهر] month [year]
        k = i
        if "dayword" in e:
            k = m[0]
        dv = self._int_at(k, 1, 31) if k < n else None
        if dv:
            k2 = dv[0]
            if k2 == k + 1 and self._quoted_digits(k):
                k2 += 1  # «12» أغسطس الجاري: a quoted day
            if self.word(k2) == "من":
                k2 += 1
            mo = self.month_at(k2, False)
            if mo:
                return self._finish_date(i, mo, dv[1])
            r = self._day_of_said_month(k, k2, dv)
            if r:
                return r
            if "dayword" in e:
                return None
        # month [year]
        mo = self.month_at(i, True)
        if mo:
            return self._finish_date(i, mo, None)
        # year
        if "yearword" in e and m[0] < n:
            yp = self.year_part(m[0])
            if yp and yp[1] and (yp[2] or 1000 <= yp[1] <= 2200):
                return yp[0], "date", f"{yp[1]:04d}"
            r = self.match(m[0], ("rel",))
            if r and m[2] == "" and self.word(i) in ("العام", "السنه"):
                off = {"past": -1, "next": 1, "current": 0}[r[1]["rel"]]
                return r[0], "relative", (f"{self.ref.year + off:04d}" if self.ref else None)
        if toks[i].typ == N and "." not in toks[i].t and "," not in toks[i].t and i + 1 < n:
            mk = self.match(i + 1, ("hijri", "greg"))
            if mk and (not toks[i + 1].gap or len(toks[i].t) >= 3) and 1 <= toks[i].val <= 2200 and not (
                    toks[i + 1].gap and len(toks[i].t) < 4 and self.word(i + 1) == "م"
                    and not (i > 0 and toks[i - 1].t == "/")  # بطول 700 م: metres; 26 هـ/ 647 م: a year
                    or self.word(i + 1) == "م" and mk[0] < n and toks[mk[0]].typ == N and not toks[mk[0]].gap):
                # 84م2: square metres, no year
                if mk[0] >= n or toks[mk[0]].typ != W or not toks[mk[0]].gap or "hijri" in mk[1] or len(toks[i].t) == 4:
                    y = int(toks[i].val)
                    if "hijri" in mk[1] and len(toks[i].t) == 2 and self.ref is not None and not (
                            i > 0 and "yearword" in self.L.lex.get(toks[i - 1].t, ())):
                        y = self._short_hijri_year(y)  # عيد طيبة 36هـ، نهائي 81ه: 1436, 1381
                    return mk[0], "date", f"{y:04d}"
        return None

    def _day_of_said_month(self, k, j, dv):
        """A day at token k (digits or a word: ``dv`` from _int_at) and من before الشهر with a word saying
        which (j: after the day and من): الشهر الجاري/الماضي/المقبل is the reference date's month, the one
        before or after (العاشر من الشهر الجاري), الشهر ذاته/نفسه the month of the last date said (27
        يوليو ... وآخر في 31 من الشهر ذاته = XXXX-07-31): a day of that month, not a bare number or an
        ordinal -> (end, kind, value, calendar) or None. An ordinal word after a definite noun it qualifies
        is a rank (الأسبوع الأول من الشهر الجاري: the first week), no day."""
        toks = self.toks
        if j + 1 >= self.n or self.word(j) != "الشهر" or toks[j - 1].t != "من" and (dv[2] or toks[k].typ != N):
            return None
        if dv[2] and k > 0 and toks[k - 1].typ == W and self._definite_noun(k - 1):
            return None
        w = self.word(j + 1)
        if w in self.L.same_month_words:
            if self._last_month is None:
                return None
            ym, cal = self._last_month
            return j + 2, "date", f"{ym}-{dv[1]:02d}", cal
        r = self.match(j + 1, ("rel",))
        if not r or r[2] or r[1]["rel"] != "current" and w not in self._REL_MONTH_WORDS:
            return None
        val = None
        if self.ref is not None:
            mm = self.ref.year * 12 + self.ref.month - 1 + {"past": -1, "next": 1, "current": 0}[r[1]["rel"]]
            try:
                val = dt.date(mm // 12, mm % 12 + 1, dv[1]).isoformat()
            except ValueError:
                return None
        return r[0], "relative", val, "gregorian"

    # الشهر التالي/السابق is the month after or before the one said, not the reference date's: left out
    _REL_MONTH_WORDS = frozenset(("الماضي", "المنصرم", "الفايت", "المقبل", "القادم"))

    def _definite_noun(self, k):
        """Token k is a definite word an ordinal after it may qualify (الأسبوع، اليوم الأول is a day though):
        not a weekday, not الموافق (يوم الأحد الموافق للثامن)."""
        w = self.word(k)
        if not (w.startswith("ال") or w.startswith("لل") or w.startswith("بال") or w.startswith("وال")):
            return False
        return w not in ("اليوم", "الموافق") and not self.match(k, ("weekday",))

    def _metres(self, i):
        """Digits with م after a length or area word (units.json metre_cues: وطوله 800م، لمسافة 140م، سباق
        1500م، بمساحة 1600م) or the × of a dimension ((25 × 84م)): metres, square metres after an area word,
        no Gregorian year -> end or None."""
        toks = self.toks
        if i == 0 or i + 1 >= self.n or self.word(i + 1) != "م" or not toks[i].t.isdigit() or (
                i + 2 < self.n and toks[i + 2].typ == N and not toks[i + 2].gap):
            return None  # 500م2: the square metres' own unit
        unit = self._metre_cue(toks[i - 1].t)
        if unit is None:
            return None
        self.emit_q(i, i + 2, "measure", float(toks[i].val), unit=unit)
        return i + 2

    def _metre_cue(self, w):
        """The unit a length or area word ``w`` gives م after it (behind و/ب/ل/ف, with ه/ها after), or None."""
        cues = self.L.metre_cues
        for c in (w, w[1:] if w[:1] in "وبلف" else None):
            if c:
                for b in (c, c[:-2] if c.endswith("ها") else c[:-1] if c.endswith("ه") else None):
                    if b in cues:
                        return cues[b]
        return None

    def _signed_after(self, k, temperature_only=False):
        """Token k, right after a number written with a dash before it, is a unit that takes a sign: a
        temperature (تصل إلى -5 درجات مئوية) or, unless ``temperature_only``, a percent (نمو -2.5%). After a
        word the dash is otherwise punctuation, no minus: ويلس -43 عاما، الأحمد -15عاما-، يورانيوم -235
        (at a line's start -5 stays a minus: a bullet is not told from a sign there)."""
        if k >= self.n:
            return False
        if not temperature_only and self.match(k, ("percent",)):
            return True
        u = self._unit(k)
        return bool(u) and u[1]["unit"]["unit"] in ("°", "°C", "°F")

    def _short_hijri_year(self, y):
        """A Hijri year in two digits with no year word before (صيف عنيزة 33هـ) is the last two of a recent
        one, the latest not after the reference date's (1433; 81 in 1436 is 1381); with عام/سنة before
        (عام 26 هـ، سنة 40 هـ) it is the early year itself and does not come here."""
        h = self._ref_ymd("h")[0]
        c = h // 100 * 100
        return c + y if c + y <= h else c - 100 + y

    def _finish_date(self, i, mo, day):
        j, cal, month, ctx_ok = mo
        n = self.n
        yp = self.year_part(j)
        year = rel = None
        if yp:
            j = yp[0]
            if yp[1] is not None:
                year = yp[1]
            elif yp[3] is not None and self.ref is not None:
                year = self._ref_ymd(cal)[0] + yp[3]  # رمضان العام الماضي: 1435 (was the Gregorian 2014)
            ctx_ok = True
        if j < n:
            ep = self.match(j, ("epithet",))
            if ep:
                j = ep[0]
                ctx_ok = True
                yp = self.year_part(j)
                if yp and yp[1]:
                    j, year = yp[0], yp[1]
        if year is None and j < n:
            r = self.match(j, ("rel",))
            if r and r[2] == "":  # مارس المقبل; not a clitic's word (5 مارس وبالتالي = 'and so', no next year)
                rel = r[1]["rel"]
                j = r[0]
                ctx_ok = True
                y = self.match(j, ("yearword",)) if rel == "current" and j < n else None
                if y and self.word(r[0] - 1) in ("هذا", "هذه"):
                    j = y[0]  # رمضان هذا العام: the demonstrative's year word belongs to the span
                if cal in ("g", "h"):
                    year = self._rel_year(month, day, rel, cal)  # مارس المقبل، رمضان الماضي
        if day is None and not ctx_ok:
            return None
        if day and year and cal == "g":
            try:
                dt.date(year, month, day)
            except ValueError:
                return None
        return j, "date", self._iso(year, month, day)

    def _the_two(self, i, m):
        """الاثنين after بين/كلا is "the two" (تناسبا بين الاثنين), not Monday, unless another weekday
        follows (بين الاثنين والخميس)."""
        if m[1].get("weekday") != 1 or m[2] or i == 0 or self.word(i - 1) not in self.L.two_not_monday_after:
            return False
        return not (m[0] < self.n and self.match(m[0], ("weekday",)))

    def _institution_day(self, i):
        """The weekday at token i names an institution after a word of weekday_not_after (خطب الجمعة،
        وخطباء الجمعة: the Friday sermons), no date."""
        w = self.word(i - 1) if i > 0 else None
        if not w:
            return False
        nw = self.L.weekday_not_after
        return w in nw or (len(w) > 3 and w[0] in "وفبل" and w[1:] in nw)

    def _weekday(self, i, wd):
        toks = self.toks
        n = self.n
        k = wd[0]
        wdn = wd[1].get("weekday") or wd[1].get("weekday_ind")
        if k < n and self.match(k, ("concord",)):
            r = self.date_expr(self.match(k, ("concord",))[0])
            if r:
                return r[0], "date", r[2], *r[3:]
        if k < n and toks[k].t == "(" :
            pass
        if k < n:
            r = self.match(k, ("rel",))
            if r and r[1]["rel"] in ("past", "next"):
                val = None
                if self.ref:
                    wd0 = self.ref.isoweekday()
                    if r[1]["rel"] == "past":
                        val = (self.ref - dt.timedelta(days=(wd0 - wdn) % 7 or 7)).isoformat()
                    else:
                        val = (self.ref + dt.timedelta(days=(wdn - wd0) % 7 or 7)).isoformat()
                return r[0], "relative", val
            # "الأربعاء 13 فبراير" / "الاربعاء الثانية من شهر اكتوبر"
            ordv = self._int_at(k, 1, 31)
            if ordv:
                k2 = ordv[0]
                if self.word(k2) == "من":
                    k2 += 1
                mo = self.month_at(k2, False)
                if mo:
                    if ordv[2] and ordv[1] <= 5:
                        yp = self.year_part(mo[0])
                        if yp and yp[1]:
                            d = self._nth_of_month(yp[1], mo[2], wdn, ordv[1])
                            if d:
                                return yp[0], "date", d
                    r2 = self._finish_date(k, mo, ordv[1])
                    if r2:
                        return r2
        return k, "date", f"XXXX-WXX-{wdn}"

    @staticmethod
    def _nth_of_month(y, mo, wd, nth):
        try:
            d0 = dt.date(y, mo, 1)
        except ValueError:
            return None
        d = d0 + dt.timedelta(days=(wd - d0.isoweekday()) % 7 + 7 * (nth - 1))
        return d.isoformat() if d.month == mo else None

    def _nth_weekday(self, k, nth, wd):
        toks = self.toks
        n = self.n
        if k >= n:
            return None
        w = self.word(k)
        if w == "بعد":
            m = self.match(k + 1, ("holiday",)) if k + 1 < n else None
            if m and m[0] < n and toks[m[0]].typ == N:
                y = int(toks[m[0]].val)
                mo, d = (int(x) for x in m[1]["holiday"].split("-"))
                base = dt.date(y, mo, d)
                r = base + dt.timedelta(days=(wd - base.isoweekday()) % 7 or 7) + dt.timedelta(days=7 * (nth - 1))
                return m[0] + 1, "date", r.isoformat()
            return None
        kk = k
        t = toks[kk]
        if t.typ == W and t.t in ("في", "من"):
            kk += 1
        mo = self.month_at(kk, False)
        if mo is None and t.typ == W and t.t[0] in "بل" and len(t.t) > 2:
            # "بايلول"
            for pre, de, core in self.analyses(t.t):
                if pre in ("ب", "ل"):
                    break
            mo = self.month_at(kk, False)
        if mo is None:
            return None
        yp = self.year_part(mo[0])
        if not yp or not yp[1]:
            return None
        d = self._nth_of_month(yp[1], mo[2], wd, nth)
        return (yp[0], "date", d) if d else None

    def temporal(self, i, m):
        toks = self.toks
        n = self.n
        e = m[1] if m else {}
        if "decade" in e:
            return self._decade(i, m)
        if m and ("period" in e or "tod" in e) and m[0] < n and not (
                "period" in e and self._definite_in(i, self.L.period_not_definite)):
            r = self.date_expr(m[0])
            if r and ("period" in e or r[2] and "W" in r[2]):
                self.emit_t(i, r[0], r[1], r[2], *r[3:])
                return r[0]
            if "period" in e:
                t = toks[m[0]]
                if t.typ == N and t.t.isdigit() and len(t.t) == 4 and 1000 <= t.val <= 2200:
                    self.emit_t(i, m[0] + 1, "date", t.t)
                    return m[0] + 1
        if m and "between" in e and m[0] < n:
            a = self.month_at(m[0], False)
            if a:
                k = a[0] + (1 if self.word(a[0]) == "و" else 0)
                b = self.month_at(k, False)
                if b and b[1] == a[1]:
                    end, y = b[0], None  # بين يناير ومارس 2015 / الماضيين: both months of that year
                    yp = self.year_part(end)
                    if yp and yp[1]:
                        end, y = yp[0], yp[1]
                    elif yp and yp[3] is not None and self.ref is not None:
                        end, y = yp[0], self._ref_ymd(b[1])[0] + yp[3]
                    elif not yp and end < n and b[1] == "g" and self.ref is not None:
                        r = self.match(end, ("rel",))
                        if r:
                            end, y = r[0], self._rel_year(b[2], None, r[1]["rel"])
                    ya = y - (a[2] > b[2]) if y else None
                    self.emit_t(i, end, "period", f"{self._iso(ya, a[2])}/{self._iso(y, b[2])}")
                    return end
        r = self.date_expr(i, m)
        if r:
            self.emit_t(i - self._quoted_digits(i), r[0], r[1], r[2], *r[3:])  # «12» أغسطس: the span takes both quotes
            return r[0]
        t = toks[i]
        if t.typ == N and t.t.isdigit() and len(t.t) == 4 and 1900 <= t.val <= 2100:
            pw = self.word(i - 1) if i > 0 else None
            if pw in self._YEAR_CUES:
                self.emit_t(i, i + 1, "date", t.t)
                return i + 1
        if not m:
            return None
        if "relday" in e and m[2] in ("", "و", "ب", "ف"):
            j = m[0]
            if self.word(i) == "اليوم":
                before, after = self.L.day_not_today  # ذلك اليوم، اليوم التالي: another day
                if j < n and (toks[j].typ == N or self._elem(j, True) or self.word(j) in after) or \
                        i > 0 and self.word(i - 1) in before:
                    return None
            v = e["relday"]
            self.emit_t(i, j, "relative", (self.ref + dt.timedelta(days=v)).isoformat() if self.ref else None)
            return j
        if "relunit" in e and m[0] < n:
            r = self.match(m[0], ("rel",))
            if r:
                return self._relunit(i, r[0], e["relunit"], r[1]["rel"])
        if "rel" in e and e["rel"] == "current" and m[0] < n:
            u = self.match(m[0], ("relunit",))
            if u:
                return self._relunit(i, u[0], u[1]["relunit"], "current")
        if "hour" in e and m[0] < n:
            return self.clock(i, m[0])
        return None

    def _relunit(self, i, j, unit, rel):
        off = {"past": -1, "next": 1, "current": 0}[rel]
        val = None
        ref = self.ref
        if ref:
            if unit == "day":
                val = (ref + dt.timedelta(days=off)).isoformat()
            elif unit == "week":
                y, w, _ = (ref + dt.timedelta(days=7 * off)).isocalendar()
                val = f"{y}-W{w:02d}"
            elif unit == "month":
                mm = ref.year * 12 + ref.month - 1 + off
                val = f"{mm // 12:04d}-{mm % 12 + 1:02d}"
            else:
                val = f"{ref.year + off:04d}"
        self.emit_t(i, j, "relative", val)
        return j

    def clock(self, i, k):
        toks = self.toks
        n = self.n
        if toks[k].typ == T:
            return self.time_digits(k, start=i)
        if toks[k].t == "(" and k + 2 < n and toks[k + 1].typ == T and toks[k + 2].t == ")":
            return self.time_digits(k + 1, start=i)  # الساعة (٧:٠٦) مساء: the bracketed time takes the part of day
        if toks[k].t in self.L.article_before_digits and k + 1 < n and toks[k + 1].typ == N and not toks[k + 1].gap:
            k += 1  # الساعة الـ11.30
        if toks[k].typ == N and _DOT_CLOCK(toks[k].t):
            # الساعة 9.30 مساء، الساعة 02.17 بتوقيت جرينتش: a dot between hours and minutes after الساعة
            h, mi = map(int, toks[k].t.translate(_DIGITS_ASCII).replace(",", ".").split("."))
            return self._tod(i, k + 1, h, mi)
        hv = self._int_at(k, 0, 24)
        if not hv:
            return self._hhmm(i, k)
        j, h, _ = hv
        mi = 0
        if self._comma_minutes(j) is not None:  # الساعة 5،42 عصرا: the Arabic comma parts hours and minutes
            mi, j = self._comma_minutes(j), j + 2
        elif j < n:
            hq = self.match(j, ("hq",))
            if hq:
                mi = int(60 * hq[1]["hq"])
                j = hq[0]
            elif self.match(j, ("except",)):
                ex = self.match(j, ("except",))
                fr = self._elem(ex[0], True) if ex[0] < n else None
                if fr and fr[1][1] == "frac":
                    h, mi = h - 1, int(60 * (1 - fr[1][0]))
                    j = fr[0]
        return self._tod(i, j, h, mi)

    def _comma_minutes(self, j):
        """Two digits (00-59) glued by an Arabic comma to the hour before token j (الساعة 5،42 عصر: 05:42, as
        5,42 and 5.42 are), or None; a comma with a space is the end of the clause."""
        toks = self.toks
        if j + 1 >= self.n or toks[j].t != "،" or toks[j].gap or toks[j + 1].gap or toks[j + 1].typ != N:
            return None
        d = toks[j + 1].t.translate(_DIGITS_ASCII)
        return int(d) if len(d) == 2 and d.isdigit() and int(d) < 60 else None

    def _tod_after(self, j):
        """A part of day (صباحا، مساء، من مساء) at token j, after an optional والنصف/والربع."""
        n = self.n
        hq = self.match(j, ("hq",)) if j < n else None
        if hq:
            j = hq[0]
        if j + 1 < n and self.word(j) == "من":
            j += 1
        td = self.match(j, ("tod",)) if j < n else None
        return bool(td) and self.word(j) != "ص"

    def _hour_fraction_after(self, j):
        """والنصف / والربع / والثلث right at token j: what a clock hour takes (السابعة والنصف), no rank."""
        hq = self.match(j, ("hq",)) if j < self.n else None
        return bool(hq) and self.word(j).startswith("وال")

    def _clock_context(self, i):
        """The hour word at token i follows a word that introduces a time (clock_cues: إلى، حتى، في، عند ...) or,
        glued to و, a time just read (الثالثة بعد الظهر والرابعة والنصف): alone, الثانية والنصف may be
        'the second and a half'."""
        w = self.word(i - 1) if i > 0 else None
        if w is not None and w in self.L.clock_cues:
            return True
        if not (self.word(i) or "").startswith("و") or not self.out_t:
            return False
        t = self.out_t[-1]
        return t.kind == "time" and 0 <= self.span(i, i + 1)[0] - t.end <= 2

    def _hhmm(self, i, k):
        """الساعة 1213 بتوقيت جرينتش: four digits before a time zone are hours and minutes (wire style); the
        span stops before the zone, as for 14:00 بتوقيت غرينتش."""
        t = self.toks[k]
        if t.typ != N or k + 1 >= self.n or not (t.t.isdigit() and len(t.t) == 4 or _DOT_CLOCK(t.t)) \
                or not self.match(k + 1, ("tz",)):
            return None
        if not t.t.isdigit():  # (4,01 تغ)، (04.01 بتوقيت غرينتش)
            h, mi = map(int, t.t.translate(_DIGITS_ASCII).replace(",", ".").split("."))
            return self._tod(i, k + 1, h, mi)
        return self._tod(i, k + 1, int(t.t[:2]), int(t.t[2:]))

    def _tod(self, i, j, h, mi):
        n = self.n
        if j < n:
            td = self.match(j, ("tod",))
            # الساعة التاسعة من مساء الأحد: the part of day sets the hour; the span stays the clock, as مساء
            # الأحد is a date of its own
            late = td is None and j + 1 < n and self.word(j) == "من" and self.match(j + 1, ("tod",))
            if td or late:
                if (td or late)[1]["tod"] == "pm" and h < 12:
                    h += 12
                elif h == 12 and ((td or late)[1]["tod"] == "am" or td and self.word(j) in self.L.night_words):
                    h = 0  # الساعة 12 ليلا: midnight
                if td:
                    j = td[0]
        if not (0 <= h <= 24 and 0 <= mi < 60):
            return None
        self.emit_t(i, j, "time", f"T{h % 24:02d}:{mi:02d}")
        return j

    def time_digits(self, i, start=None):
        t = self.toks[i]
        parts = [int(x) for x in t.t.split(":")]
        h, mi = parts[0], parts[1]
        if h > 24 or mi > 59:
            return i + 1
        j = i + 1
        if start is not None:
            j += j < self.n and self.toks[j].t == ")" and self.toks[i - 1].t == "("
            j += self._minute_word(j)
        return self._tod(i if start is None else start, j, h, mi) or i + 1

    def _minute_word(self, j) -> bool:
        """A minute word at token j after a clock time read after الساعة (الساعة (٧:٤٣) دقيقة، الساعة 9:30 دقيقة
        صباحا): the minutes of the time said again, no one-minute duration; the time's span takes it in."""
        w = self.word(j) if j < self.n else None
        return bool(w) and (self.L.lex.get(w) or {}).get("unit", {}).get("unit") == "minute" \
            and not self.is_p(j) and not (j + 1 < self.n and self.toks[j + 1].typ == N)

    def _is_latin(self, i):
        t = self.toks[i] if 0 <= i < self.n else None
        return t is not None and t.typ == W and t.t.isascii()

    def _partitive_after(self, k):
        """Token k is a partitive word (dot_thousands_partitive: من) and a definite noun follows (14.500 من
        المصححين): what is before counts a part of people or things, a whole number, so its dot groups thousands."""
        w = self.word(k + 1) if k + 1 < self.n else None
        return self.word(k) in self.L.dot_thousands_partitive and bool(w) and w.startswith("ال") and len(w) > 4

    def _counted(self, k):
        """A counted noun at token k (one word) -> k or None."""
        toks = self.toks
        if k >= self.n:
            return None
        t = toks[k]
        if t.typ == P and t.t == ")" and k + 1 < self.n:
            return self._counted(k + 1) if toks[k + 1].typ == W else None
        if t.typ != W or t.t.isascii() or len(t.t) < 2:
            return None
        w = t.t
        if w.startswith("ال") and self.doc.text[self.view.span(t.s, t.e)[0]] == "آ":
            pass  # 16 آلية: آ, not the article (the normalized view spells both ال)
        elif w in self.L.stop or w.startswith("ال") or (w[0] in "وف" and w[1:] in self.L.stop) \
                or w in self.L.article_before_digits or self._stop_after_preposition(t, w):
            return None  # ... and a stop word after و/ف (وقد، فقد، وهو) or ب/ل/ك (بذلك، لأن، كذلك)
        if w[0] in "وف" and len(w) > 3 and (w[1:].startswith("ال") or w[1] in "ايتن") and w not in self.L.whole_words:
            return None  # وتم، فيقوم: و/ف and a verb; 40 فندقا، 11 فيلما count
        if w[0] == "ل" and w[1:].startswith("ل"):
            return None
        if w[0] == "و" and self._elem(k, False) is not None:
            return None  # خمسة وثمانية أعوام: the next number, not a counted noun
        if len(w) >= 5 and w.endswith("وا"):
            return None  # 250 ألف نزحوا: a plural past verb (عضوا, a noun, is shorter)
        if len(w) >= 5 and w[0] == "ي" and w.endswith(("ون", "ان")) and not w.endswith(("يون", "يان")):
            return None  # نحو 100 يعالجون، اثنان يستعدان: an imperfect verb (يمنيون, a nisba, stays)
        if len(w) >= 4 and w[0] == "ي" and not w.endswith(("ا", "ي", "ه", "ين", "ات", "يون", "يان")) \
                and w not in self.L.y_nouns \
                and not self._unit(k):
            return None  # سوق عكاظ «9» يستحدث، 2 يهبط: an imperfect verb (يمني، يمنيون، يتيما are nouns)
        e = self.L.lex.get(w)
        if e is not None and any(c in e for c in ("card", "ord", "scale", "month", "weekday", "rel", "mod", "postmod",
                                                   "yearword", "percent", "relday", "hijri", "greg", "tod", "to",
                                                   "between", "point", "except", "teen2")):
            return None
        return k

    def _stop_after_preposition(self, t, w):
        """ب/ل/ك and a counted_stop word (بذلك، لأن، كذلك): no noun; not a word on ة as written (بلدية is
        no ب + لديه, a spelling the normalized view shares)."""
        if w[0] not in "بلك" or w[1:] not in self.L.stop:
            return False
        s, e = self.view.span(t.s, t.e)
        return self.doc.text[e - 1] != "ة"

    def _preposition_glued(self, t, w):
        """ب/ل glued to a word that no counted noun starts with: a definite word (بالطائف), a hamza (بأن، لأسرة),
        م or ت (بمشاركة، لموسم، لتعزيز، بتوجيه: mostly verbal nouns and places), or لن (لنقل): 3 لعرض، 62 مليونا
        لحماية read 'for ...' as the counted noun. بلاغا، لاعبا، بطاقة، لاجئ start so as nouns."""
        if len(w) < 4 or w[0] not in "بل":
            return False
        if w[1] in "مت" or (w[0] == "ل" and w[1] == "ن") or (w[0] == "ب" and w[1:3] == "ال" and not w.startswith("بالغ")):
            return True
        return self.doc.text[self.view.span(t.s, t.e)[0] + 1: self.view.span(t.s, t.e)[0] + 2] in ("أ", "إ")

    def _post(self, k, mod):
        """A bound word after the amount (20 هدفا أو أكثر، 5 أيام على الأقل) -> (end, modifier); not
        وأكثر من before another number ((26) شخصا وأكثر من (160) جريحا), which bounds that number."""
        if k < self.n:
            pm = self.match(k, ("postmod",))
            if pm and not self._starts_bound_number(pm[0]):
                return pm[0], pm[1]["postmod"]
        return k, mod

    def _starts_bound_number(self, k):
        """من and a number at token k (digits, bracketed digits or a number word)."""
        toks, n = self.toks, self.n
        if k + 1 >= n or self.word(k) != "من":
            return False
        t = toks[k + 1]
        if t.typ == N or (t.t == "(" and k + 2 < n and toks[k + 2].typ == N):
            return True
        return t.typ == W and self.parse_number(k + 1) is not None

    def _unit(self, k):
        if k >= self.n:
            return None
        u = self.match(k, ("unit",))
        if u and (self.toks[k].gap or True):
            return u
        return None

    def quantity(self, i, m):
        toks = self.toks
        n = self.n
        e = m[1] if m else {}
        mod = None
        j = i
        # ف only before a phrase (فلا يقل عن: at least) or a noun of about (فنحو 4 آلاف، فحوالي): فتحت 3 أبواب
        # is "she opened", no ف + تحت; و/ف with ب/ل before a word of 3 letters or more (وبنحو 3.3 مليار، ولأكثر
        # من 12 سنة; وبما يزيد عن: the span starts at يزيد, as _strip keeps وب on ما)
        if m and "mod" in e and m[0] < n and (m[2] in ("", "ب", "ل", "و") or m[2] in ("وب", "ول", "فب", "فل") and len(
                toks[i].t) > 4 or m[2] == "ف" and (
                m[0] - i > 1 or e["mod"] == "about" and toks[i].t[1:2] not in ("ي", "ت"))):
            mod = e["mod"]
            j = m[0]
        elif m and "between" in e and m[0] < n:
            return self._range(i, m[0], "between")
        if self.word(j) == "من" and j == i:
            r = self._range(i, j + 1, "from")
            return r
        t = toks[j]
        if mod is not None and j + 2 < n and toks[j + 1].typ == N and (
                (t.t, toks[j + 2].t) == ("(", ")") or (t.t, toks[j + 2].t) in self._QUOTE_PAIRS):
            j += 1  # أكثر من (200) فعالية، نحو (30) ريالا، ناهز «68» عاما: the figure keeps its modifier
            t = toks[j]
        elif mod is not None and t.t == "%" and j + 1 < n and toks[j + 1].typ == N and not toks[j + 1].gap:
            j += 1  # بحوالي %33: the sign typed before the digits (right to left), the percent keeps its modifier
            t = toks[j]
        if t.typ == N:
            return self._digits(i, j, mod)
        num = self.parse_number(j)
        if num is None and mod is not None:
            num = self._bound_scale(j)
        if num is None:
            return self._bare_unit(i, j, mod)
        return self._finish(i, num, mod)

    def _bound_scale(self, j):
        """A definite scale word alone after a bound (تجاوز المليون زائر، يقارب المليار): the amount itself;
        elsewhere المليون is a name or 'the million' (نادي المليون), no number."""
        sc = self.match(j, ("scale",))
        if sc and sc[3] and sc[2] == "" and sc[0] == j + 1 and sc[1]["scale"][1] != 2:
            return Num(float(sc[1]["scale"][0]), j, j + 1, words=True, definite=True)
        return None

    def _unit_after_unit(self, i, ue):
        """The bare unit at token i follows بعد and the same unit (عاما بعد عام، سنة بعد سنة): 'year after
        year', a repetition, no year and no date a year on."""
        if i < 2 or self.word(i - 1) != "بعد":
            return False
        u = self._unit(i - 2)
        return bool(u and u[0] == i - 1 and u[1]["unit"]["unit"] == ue["unit"])

    def _bare_context(self, i, k, mod):
        """Whether a unit word without a number (tokens i..k) counts one: after a modifier or a cue word
        (منذ شهر), alone between punctuation, or before a fraction (ساعة ونصف)."""
        n = self.n
        pw = self.word(i - 1) if i > 0 else None
        if mod is not None or (pw is not None and (pw in self.L.bare_cues
                                                   or pw[:1] in ("و", "ف") and pw[1:] in self.L.bare_cues)):
            return True  # منذ شهر، ومنذ عام، وبعد ساعة: a cue, also behind و/ف
        if (i == 0 or self.is_p(i - 1)) and (k >= n or self.is_p(k)):
            return True
        if k < n:
            fr = self._elem(k, False)
            return bool(fr and fr[1][1] == "frac" and fr[1][2])
        return False

    def _bare_unit(self, i, j, mod):
        toks = self.toks
        n = self.n
        u = self._unit(j) if j < n else None
        if not u:
            return None
        ue = u[1]["unit"]
        if u[3] and not (ue.get("dual") and ue["kind"] == "duration"):
            return None
        if self._contracts(u) or self._contract_signed(j, u):
            return None  # وشملت المشاريع عقدين بلغت قيمتهما، وقعت عقدين: two contracts, no two decades
        if ue.get("dual"):
            val = 2.0
            if self.word(j) in self.L.dual_needs_cue and not (
                    (i == 0 or self.is_p(i - 1)) and (u[0] >= n or self.is_p(u[0]))):
                return None  # انتر ميلان، من ميلان الإيطالي: Milan; two miles only alone
            if u[3] and u[0] < n:
                r = self.match(u[0], ("rel",))
                if r:
                    self.emit_q(i, r[0], "measure", 2.0, unit=ue["unit"])
                    return r[0]
        elif ue.get("bare"):
            if self.word(j)[len(u[2]):] in self.L.vague_plurals:
                return None  # منذ سنوات، بساعات، لسنوات: no amount
            if not self._bare_context(i, u[0], mod) or u[2] not in ("", "و", "ل", "ب"):
                return None
            if not self._whole_unit(j, u, (i == 0 or self.is_p(i - 1)) and (u[0] >= n or self.is_p(u[0]))):
                return None
            if u[0] < n and (toks[u[0]].typ == N or self.match(u[0], ("month", "weekday"))):
                return None
            if self._unit_after_unit(i, ue):
                return None
            if u[0] < n and self.word(u[0]) in self.L.bare_compounds:
                return None  # شهر العسل: the honeymoon, no month
            val = 1.0
        elif not u[3] and u[2] in ("", "و", "ل", "ب") and self._whole_unit(j, u, False) \
                and self._unit_fraction(u[0], ue) is not None:
            val = 1.0  # قرن ونصف، طن ونصف، بريال ونصف، يوما ونصف اليوم: the fraction makes it an amount
        else:
            return None
        k = u[0]
        # "لتر ونصف"، "شهر ونصف الشهر"
        fr = self._unit_fraction(k, ue) if k < n else None
        if fr is not None:
            val += fr[0]
            k = fr[1]
        elif k < n and val == 1 and self._one_after(k):
            k += 1  # أقل من شهر واحد: one item, not شهر and شهر واحد
        return self._emit_unit(i, j, k, val, ue, mod)

    def _unit_fraction(self, k, ue):
        """ونصف/وربع/وثلث at token k after the unit ``ue`` -> (the fraction, the end), the end past the unit
        said again (ساعة ونصف الساعة، قرن ونصف قرن); None when there is none, or when a definite word with
        no proclitic or a scale follows it (ريال ونصف المبلغ 'and half the sum', مليون ونصف المليون: the
        scale's own)."""
        r = self._elem(k, False)
        if not (r and r[1][1] == "frac" and r[1][2]):
            return None
        j = r[0]
        u2 = self._unit(j) if j < self.n else None
        if u2 and u2[2] == "" and u2[1]["unit"]["unit"] == ue["unit"]:
            return r[1][0], u2[0]
        w = self.word(j)
        if w and (self.match(j, ("scale",)) or any(de and not pre for pre, de, _ in self.analyses(w))):
            return None
        return r[1][0], j

    def _whole_unit(self, k, u, alone):
        """Whether the word at k, read as the unit ``u`` with no number before it, is that unit: not a
        Latin letter, nor two letters glued to a proclitic (لغم 'a mine', وطن 'homeland': no ل + غم، و + طن),
        nor, unless it stands ``alone`` between punctuation, an abbreviation or a word with a commoner
        meaning (units.json not_bare: من كم بيانات 'how much data', لكل من قدم 'whoever offered')."""
        core = (self.word(k) or "")[len(u[2]):]
        if len(core) < 3 and (u[2] or core.isascii()):
            return False
        return alone or core not in self.L.not_bare

    def _one_after(self, k):
        """واحد/واحدة (no clitic) at token k: it repeats the one of a bare unit word before it."""
        e = self.L.lex.get(self.word(k) or "")
        return bool(e and e.get("card") == (1, "u"))

    def _emit_unit(self, i, j_num, k, val, ue, mod, counted=None):
        toks = self.toks
        n = self.n
        kind = ue["kind"]
        if k < n and val == int(val) and (kind != "money" or val < 1000 or val in (1e3, 1e6, 1e9)):
            fr = self._unit_fraction(k, ue)
            if fr is not None:
                # 3 ساعات ونصف الساعة، ثلاثة عقود ونصف: the half belongs to the amount; after money it is
                # a half of the unit or of the scale alone before it (10 ريالات ونصف، بمليون ريال ونصف)
                val += fr[0] * (val if kind == "money" and val >= 1000 else 1)
                k = fr[1]
        if kind == "money":
            val = val * ue["factor"]
            # "20 دولار و43 سنت"
            if k + 2 < n and self.word(k) == "و" and toks[k + 1].typ == N:
                u2 = self._unit(k + 2)
                if u2 and u2[1]["unit"].get("sub"):
                    val += toks[k + 1].val * u2[1]["unit"]["factor"]
                    k = u2[0]
            elif k < n and self.word(k) and self.word(k).startswith("و"):
                num2 = self.parse_number(k)
                if num2 is None and self.word(k) == "و" and k + 1 < n:
                    num2 = self.parse_number(k + 1)
                if num2 is not None and num2.j < n:
                    u2 = self._unit(num2.j)
                    if u2 and u2[1]["unit"].get("sub"):
                        val += num2.value * u2[1]["unit"]["factor"]
                        k = u2[0]
                elif num2 is not None and num2.words and num2.value < 100 and (num2.j >= n or self.is_p(num2.j)) \
                        and not ue.get("sub"):
                    val += num2.value / 100
                    k = num2.j
            k, mod = self._post(k, mod)
            # 35 سنتا = 0.35, not 0.35000000000000003: cents and decimals as written
            self.emit_q(i, k, "money", _as_written(val), unit=ue["unit"], modifier=mod)
            return k
        if kind == "duration":
            k2, mod = self._post(k, mod)
            self.emit_q(i, k2, "measure", val, unit=ue["unit"], modifier=mod)
            count = val * ue["factor"]
            pw = self.word(i - 1) if i > 0 else None
            ago = self.L.lex.get(pw, {}).get("ago") if pw else None
            if ago and mod is None and not (ago > 0 and ue["unit"] == "century"):
                # (بعد 13 قرنا من الغياب: after centuries of a span, no date centuries ahead)
                self.emit_t(i - 1, k, "relative", self._shift(ago * count, ue["unit"]))
            return k2
        val = val * ue["factor"]
        if k < n:
            bz = self.match(k, ("below_zero",))
            if bz:
                val = -abs(val)
                k = bz[0]
        k, mod = self._post(k, mod)
        self.emit_q(i, k, "measure", val, unit=ue["unit"], modifier=mod)
        return k

    def _shift(self, count, unit):
        ref = self.ref
        if ref is None or count != int(count):
            return None
        c = int(count)
        if unit in ("day", "week"):
            return (ref + dt.timedelta(days=c * (7 if unit == "week" else 1))).isoformat()
        if unit == "month":
            mm = ref.year * 12 + ref.month - 1 + c
            return f"{mm // 12:04d}-{mm % 12 + 1:02d}"
        if unit in ("year", "decade", "century"):
            return f"{ref.year + c:04d}"  # decades and centuries come counted in years (the unit's factor)
        return None

    def _digits(self, i, j, mod):
        toks = self.toks
        n = self.n
        t = toks[j]
        # identifiers: glued to letters, after a Latin word (model names), long digit strings
        if j > 0 and not t.gap and toks[j - 1].typ == W and not (
                len(toks[j - 1].t) <= 2 and all(c in "وبلفك" for c in toks[j - 1].t) and (j < 2 or toks[j - 1].gap
                                                                                      or toks[j - 2].typ != W)) \
                and not (toks[j - 1].t in self.L.article_before_digits and (j < 2 or toks[j - 1].gap)) \
                and toks[j - 1].t not in self.L.glued_before_digits:
            return j + 1
        if j > 0 and self._is_latin(j - 1):
            return j + 1
        if i == j and j > 0 and (self._name_head(j - 1) or j > 1 and toks[j - 1].t in ("-", "(") and self._name_head(j - 2)):
            return j + 1  # يوروفرست 300، كاك 40، ميراج 2000، إف-16: part of a name
        if (j > 0 and toks[j - 1].t in ("*", "#")) or (j + 1 < n and toks[j + 1].t in ("#", "*") and not toks[j + 1].gap):
            return j + 1
        if i == j and self._list_marker(j):
            return j + 1
        if i == j and self._ends_quoted_title(j):
            return j + 1
        if j + 2 < n and toks[j + 1].t in self.L.plus and toks[j + 2].typ == N:
            return j + 3  # مجموعة 5+1، دول 5 + 1: a name, no two counts
        o = 1 if j > 1 and toks[j - 1].t in ("(", "«", '"', "“") else 0  # رقم (2)، غرفة رقم ( 2022)، رقم «140»
        for b in (1 + o, 2 + o):
            pw = self.word(j - b) if j - b >= 0 else None
            if pw is not None and _identifier_cue(pw, self.L.id_cues):
                return j + 1
            if pw not in ("على", "ب", "الى", "الي"):
                break
        if j > 0 and self.word(j - 1) in ("الى", "الي") and self.is_p(j + 1) and \
                any(self.word(b) in self.L.send_cues for b in range(max(0, j - 5), j - 1)):
            return j + 1  # إرسال رمز الاشتراك إلى 1100، (a bare number): a short code
        digits = t.t.replace(",", "").replace(" ", "")
        if "." not in digits and "ر" not in digits:
            if len(digits) >= 15 or (len(digits) >= 6 and digits[0] == "0"):
                return j + 1
            if len(digits) >= 9 and digits == t.t and (j + 1 >= n or toks[j + 1].typ != W):
                return j + 1  # 3601128660 alone: an application or phone number (counts that long carry commas)
            if len(digits) >= 5 and all(int(b) - int(a) == 1 for a, b in zip(digits, digits[1:])):
                return j + 1  # placeholder runs such as 12345
        if i == j and (len(t.t) == 4 and t.t < "2400" and t.t[2] < "6" or _DOT_CLOCK(t.t)):
            r = self._hhmm(j, j)  # (0300 بتوقيت جرينتش): wire hours and minutes before a time zone, no الساعة
            if r:
                return r
        if i == j:
            r = self._day_of_rel_month(j)
            if r:
                return r
        num = self.parse_number(j)
        start = i
        neg = False
        if j > 0 and toks[j - 1].t in ("-", "−") and mod is None:
            before = toks[j - 2] if j > 1 else None
            if not t.gap and (before is None or before.typ != N and (before.typ != W or toks[j - 1].gap)) \
                    and (before is None or before.typ != W or self._signed_after(num.j)):
                neg = True
                start = j - 1
            elif t.gap and (before is None or before.typ == P) and self._signed_after(num.j, temperature_only=True):
                neg = True
                start = j - 1
        if neg and num.j < n and not self._signed_after(num.j) and not self.match(num.j, ("scale",)) \
                and not self._unit(num.j) and self._counted(num.j) is not None:
            neg, start = False, i  # a bullet before a count (-5 ملاعق سكر): nothing counts below zero
        if neg:
            num.value = -num.value
        k = num.j
        # glued letters after the number that are no unit: an identifier ("4G", "3D"); an Arabic word of
        # three letters or more is a missing space (120معشقا، 145حالة، 13430كما), read as spaced
        if k < n and not toks[k].gap and toks[k].typ == W and (toks[k].t.isascii() or len(toks[k].t) < 3):
            mm = self.match(k)
            if not mm or not any(c in mm[1] for c in ("unit", "percent", "scale", "hijri", "greg")):
                return k + 1
        # ranges with digits: "10-20", "10 - 20"
        if k + 1 < n and toks[k].t in ("-", "–") and toks[k + 1].typ == N and not neg:
            hi = self.parse_number(k + 1)
            if hi and hi.value > num.value and self._day_dash_day(num, hi):
                return self._finish(start, num, mod)  # من 4 - 6 ذي الحجة: two days of a month, no range of ذي
            if hi and hi.value > num.value:
                return self._range_tail(start, num.value, hi, mod)
            if hi and hi.value < num.value and start > 0 and self.word(start - 1) in ("بين", "وبين") \
                    and not (len(t.t) == 4 and 1900 <= num.value <= 2100):
                # بين 70-50 في المائة: the ends typed high first (as the eye reads them right to left)
                return self._range_tail(start, hi.value, Num(num.value, hi.i, hi.j), mod)
            return hi.j if hi else k + 1
        return self._finish(start, num, mod)

    def _day_dash_day(self, lo, hi):
        """Two days of a month in digits joined by a dash before its name (25 - 28 مايو، من 4 - 6 ذي
        الحجة): the second opens a date the first shares (_coordinated_days), they are no range counting
        the month's first word."""
        if lo.words or hi.words or not (1 <= lo.value <= 31 and hi.value <= 31) or lo.value != int(lo.value) \
                or hi.value != int(hi.value) or hi.j >= self.n:
            return False
        m = self.month_at(hi.j, False)
        return bool(m and m[3])

    # “ closes with ” or, in much of the Saudi web press, with ″ (the double prime: “ويندوز 10″، “نوت 5″)
    _QUOTE_PAIRS = frozenset((("«", "»"), ('"', '"'), ("“", "”"), ("“", "″")))

    def _day_of_rel_month(self, j):
        """A day number before (من) الشهر الجاري/الحالي/الماضي/المقبل (29 من الشهر الجاري، من 10 إلى 12 الشهر
        الجاري): that day of the month the reference date names, not a count of months -> end or None."""
        toks, n = self.toks, self.n
        t = toks[j]
        if not t.t.isdigit() or not 1 <= t.val <= 31 or j + 1 >= n:
            return None
        k = j + 2 if self.word(j + 1) == "من" else j + 1
        u = self.match(k, ("relunit",)) if k < n else None
        if not u or u[1]["relunit"] != "month" or u[2] or not self.word(k).startswith("ال") or u[0] >= n:
            return None
        r = self.match(u[0], ("rel",))
        if not r:
            return None
        val, ref = None, self.ref
        if ref is not None:
            mm = ref.year * 12 + ref.month - 1 + {"past": -1, "next": 1, "current": 0}[r[1]["rel"]]
            try:
                val = dt.date(mm // 12, mm % 12 + 1, int(t.val)).isoformat()
            except ValueError:
                return None
        self.emit_t(j, r[0], "relative", val)
        return r[0]

    def _ends_quoted_title(self, j):
        """Digits that close a quoted name after its words («جدة 36»، "عيد طيبة 36"، «فورمولا 1»): part of
        a title or an event's name (the GUIDE skips numbers in names); «1200» alone stays a number."""
        toks, n = self.toks, self.n
        if j + 1 >= n or toks[j + 1].t not in ("»", '"', "”", "″") or toks[j + 1].gap or not toks[j].gap:
            return False
        close = toks[j + 1].t
        for b in range(j - 1, max(-1, j - 5), -1):
            t = toks[b].t
            if (t, close) in self._QUOTE_PAIRS:
                return b < j - 1 and all(toks[c].typ == W for c in range(b + 1, j))
            if toks[b].typ != W:
                return False
        return False

    def _list_marker(self, j):
        """Digits that number a list item: 1-2 digits at a line start or after . : ؛, then a dash and a
        word (1- انفصال هؤلاء، . 2 - حادث إطلاق النار), or "1)" / "1." at a line start. Not "(13) بلدية"
        nor "10-20"."""
        toks, n = self.toks, self.n
        t = toks[j]
        if not (t.t.isdigit() and len(t.t) <= 2) or j + 2 >= n or not (
                toks[j + 2].typ == W or toks[j + 2].t in ("«", '"', "“")):
            return False
        sep = toks[j + 1].t
        at_start = j == 0 or (j == 1 and toks[0].t in ("*", "•", "-", "–")) or toks[j - 1].t in (".", ":", "؛")
        if sep in ("-", "–", "—"):
            return at_start
        if sep == "." and not toks[j + 1].gap:
            if toks[j + 2].typ == W and not toks[j + 2].gap:
                return True  # ": 1.إجمالي المبلغ ... ريال 2.حصة السهم": a dot glued on both sides numbers an item
            return j == 0 or (j == 1 and toks[0].t in ("*", "•", "-", "–"))  # 1. تطبيق «ميوزيكال لي» at a line start
        return sep == ")" and at_start and (j == 0 or toks[j - 1].t != "(")

    def _finish(self, i, num, mod):
        toks = self.toks
        n = self.n
        k = num.j
        r = self._bare_to_range(i, num, mod)
        if r:
            return r
        if num.j == num.i + 1 and _DOT_THOUSANDS(num.digits) and k < n and (self._unit(k) or self._counted(k) is not None
                                                                             or self._partitive_after(k)):
            num.value = float(num.digits.replace(".", "").translate(_DIGITS_ASCII))
        if self._bracketed_scale(num):  # (72) مليون ريال، (15) ألف قذيفة: the scale belongs to the digits
            sc = self.match(k + 1, ("scale",))
            if not (sc[1]["scale"][1] != 2 and _restated_thousands(num.value, sc[1]["scale"][0])):
                num.value *= sc[1]["scale"][0] * (2 if sc[1]["scale"][1] == 2 else 1)
            num.j = k = sc[0]
            if i == num.i:
                i -= 1
        if num.digits and k + 1 < n and toks[k].t in ("»", '"', "”") and num.i > 0 \
                and toks[num.i - 1].t in ("«", '"', "“") and num.j == num.i + 1:
            sc = self.match(k + 1, ("scale",))
            if sc:  # «115» ألف: the quoted digits and the scale word after them are one amount
                num.value *= sc[1]["scale"][0] * (2 if sc[1]["scale"][1] == 2 else 1)
                num.j = k = sc[0]
                if i == num.i:
                    i -= 1  # the span takes both quotes in
        alone = not num.digits and num.words and k == num.i + 1
        # «68» عاما، أكثر من «120» فعالية: digits alone in quotes count the word after the closing quote,
        # as bracketed digits do ((20) شخصا), and the span takes both quotes in
        quoted = num.digits and num.j == num.i + 1 and num.i > 0 and k + 1 < n and toks[k + 1].typ == W \
            and (toks[num.i - 1].t, toks[k].t) in self._QUOTE_PAIRS and not toks[num.i].gap and not toks[k].gap
        if alone and i == num.i and k < n and toks[num.i].t in self.L.dual_construct and (
                self._unit(k) or self._counted(k) is not None) and not (i > 0 and toks[i - 1].typ == N):
            num.value *= 2  # مليونا دولار: "two million dollars" (the dual in construct loses its ن)
        val = num.value
        if alone and any(core in self.L.vague_numbers for _, _, core in self.analyses(toks[num.i].t)):
            return k  # مئات، آلاف، بملايين alone: vague, no value (آلاف المراقبين، آلاف الدولارات)
        # percent; "%14.2" typed right to left: the sign glued before the number
        ni = num.i
        if (i == ni or mod is not None and i < ni - 1) and ni > 0 and toks[ni - 1].t == "%" and not toks[ni].gap \
                and (ni < 2 or toks[ni - 2].typ != N):
            kk, mod = self._post(k, mod)
            self.emit_q(min(i, ni - 1), kk, "percent", val, unit="%", modifier=mod)
            return kk
        if k < n:
            pc = self.match(k + 1 if quoted else k, ("percent",))
            if pc:
                kk, mod = self._post(pc[0], mod)
                self.emit_q(i - 1 if quoted and i == num.i else i, kk, "percent", val * pc[1]["percent"], unit="%",
                            modifier=mod)
                return kk
            u = self._unit(k)
            if u and u[3] and num.digits and not (num.i > 0 and toks[num.i - 1].t in self.L.article_before_digits
                                                  and not toks[num.i].gap):
                u = None  # وأصيب 173 اليوم الأحد: a definite unit word is no unit of bare digits (الـ6 الأشهر is)
            if u and alone and num.definite and val == 2 and not num.ordinal:
                return k  # الاثنان يوم الخميس: "the two", as الاثنان alone (two days is the dual اليومين)
            if u and any(c in u[2] for c in "بلك"):
                u = None  # الرئاسات الثلاث بعقد اجتماع: a word behind ب/ل after the number is no unit of it
            if u and not num.ordinal and (self._contracts(u) or self._contract_signed(i, u)):
                self.emit_q(i, u[0], "number", val, modifier=mod, counted=(k, u[0]))  # تسعة عقود جديدة: contracts
                return u[0]
            if u and not num.ordinal and self._held_verb(k, u):
                self.emit_q(i, k, "number", val, modifier=mod)  # المؤتمر 11 عقد من ...: 'was held', no decades
                return k
            if u and not num.ordinal and self._year_word_of_date(u):
                self.emit_q(i, k, "number", val, modifier=mod)  # نزوح 20 مليوناً عام 2014: عام opens the date
                return k
            if u and not num.ordinal:
                return self._emit_unit(i, num.i, u[0], val, u[1]["unit"], mod)
            if k + 1 < n and (toks[k].t == ")" or quoted) and toks[k + 1].typ == W:
                u = self._unit(k + 1)
                if u and not num.ordinal:
                    # (51) كيلوجراما، «68» عاما: the span takes both brackets, as "(20) شخصا" does
                    start = i - 1 if i == num.i and i > 0 and (toks[i - 1].t == "(" or quoted) else i
                    return self._emit_unit(start, num.i, u[0], val, u[1]["unit"], mod)
        if num.ordinal:
            # طفلة لا تتعدى السابعة من العمر: an ordinal carries no bound, its span leaves the bound word out
            return self._ordinal(num.i if mod is not None else i, num)
        if alone and self._spelled_no_number(num.i):
            return k  # ميتاً (dead), which the normalized view spells as مئتا (two hundred)
        if alone and i == num.i and self._verb_reading(num):
            return k  # ألف الباحث كتابا، ألف القلوب: the verb ألّف, no thousand
        if alone and val < 1 and k < n and any(core in self.L.round_names for _, _, core in self.analyses(toks[k].t)):
            return k + 1  # ربع النهائي، نصف النهائي، شاطئ نصف القمر: a cup round or a place (a name), no fraction
        if alone and any(core in self.L.not_alone for _, _, core in self.analyses(toks[num.i].t)):
            return k  # "نص التعقيب": نص is "half" only with a unit or after a number (نص ساعة، ساعة ونص)
        if k < n:
            bz = self.match(k, ("below_zero",))
            if bz:
                self.emit_q(i, bz[0], "measure", -abs(val), unit="°", modifier=mod)
                return bz[0]
        if self._tens_ordinal(i, num):
            self.emit_q(i - 1, k, "ordinal", val)  # القرن العشرين: the 20th century
            return k
        h = self._article_ordinal(i, num)
        if h is not None:
            self._last_article_ordinal = (self.toks, k)
            hs, he = self.span(h, h + 1)
            if self.out_q and hs <= self.out_q[-1].start and self.out_q[-1].end <= he:
                self.out_q.pop()  # القرنين الـ17: the dual is the ranks' noun, no two centuries
            self.emit_q(h, k, "ordinal", val)  # الأسبوع الـ250، بلقبه الـ11، المرتبتين ال52 وال60: a rank
            return k
        if num.words and k + 1 < n and toks[k].t in self.L.plus:
            nx = self.parse_number(k + 1)
            if nx is not None:
                return nx.j  # مجموعة الخمسة زائد واحد: the P5+1, no two counts
        start = i
        adjectival = self._adjectival(num)
        if adjectival == "one_of":
            return k
        c = None if adjectival else self._counted(k + 1 if quoted else k)
        if c is not None and not toks[c].gap and toks[c].t[0] in "وف":
            c = None  # إغماء 162وغيبوبة 57: a و/ف word glued to the digits starts the next item
        if c is not None and num.value < 100 and self._short_t_verb(c):
            c = None  # 7 ملايين تقرب، اليوم الواحد تصل إلى: an imperfect verb on ت, no counted noun
        if c is not None and self._long_t_verb(c):
            c = None  # 36 تشاركت، 20 تستغل، 3 ترتبط: a verb of a derived form on ت, no counted noun
        if c is not None and self._t_verb_object(c):
            c = None  # الحلقة 27 تطالعنا، 169 تليها: an imperfect verb with an object pronoun
        if c is not None and self._conjoined(c, num.value):
            c = None  # قتل 57 وصرع، 36 ورئيس البلدية، 2.5 مليون وكنا: the و starts the next item or clause
        if c is not None and self._preposition_glued(toks[c], toks[c].t):
            c = None  # 3 لعرض، 30 بالحرس: a phrase after the number (before واحد, لموسم واحد counts)
        if c is not None and num.words and num.definite and self._glued_after_definite(toks[c].t):
            c = None  # سنوات حكمه الثماني بقمع، الصفر لفترة، التسعة عشر ليتم: a phrase or a verb after it
        if c is not None and self._after_article(num) and not toks[c].t.endswith("ا") \
                and self._glued_after_definite(toks[c].t):
            c = None  # بلقبه الـ11 لكأس، فروعها الـ25 بكافة: digits made definite by الـ, as above (الـ28 بلدا counts)
        if c is not None and mod is None and not toks[c].t.endswith("ا") and self._bare_year(num):
            c = None  # 2015 جاءت، 2014 بالبرازيل: a year before a verb or a phrase (1959 فرعا, an accusative, counts)
        if c is not None and not toks[c].t.endswith("ا") and self._accusative_scale(num):
            c = None  # 62 مليونا لحماية، 60 ألفا يعيشون: the accusative scale word ends the count
        if c is not None and num.words and num.definite and num.unit_only and 3 <= val <= 10 \
                and self._no_plural_after(c):
            c = None  # سجلات الثلاثة نظيفة، ثم يجتمع الخمسة معا: a predicate or an adverb, no noun counted
        if c is not None and self._noun_before_article(num.i - (num.i > 0 and toks[num.i - 1].t == "(")) and not (
                toks[c].t.endswith("ا") and toks[c].t[0] not in "بل"):
            c = None  # المرحلة الـ37 بالدوري، القائمة الـ(26) فسبق; an accusative noun still counts: الضحايا الـ30 شخصا
        if c is not None and k < n and toks[k].t == ")" and not (num.i > 0 and toks[num.i - 1].t == "(" or i > 0 and toks[
                i - 1].t == "("):
            c = None  # (عيد طيبة 36) مزيجا، ( قوة الواجب 10 ) صاحب: the bracket opened before other words, the
            # number ends a name or an aside in it and counts nothing after it
        if c is not None and k < n and (toks[k].t == ")" or quoted):
            if num.digits and 1800 <= val <= 2100 and val == int(val):
                c = None  # "(1865) وقد": a year in brackets counts nothing
            elif i > 0 and toks[i - 1].t == "(" or quoted and i == num.i:
                start = i - 1  # "(20) شخصا": both brackets inside; "(20)" alone is the number only
        counted = None
        cut = 0
        end = k
        pw0 = toks[i - 1] if i > 0 else None
        if num.words and num.definite and num.unit_only and pw0 is not None and pw0.typ == W \
                and pw0.t.startswith("ال") and pw0.t not in self.L.stop and self.L.lex.get(pw0.t) is None:
            c = None
        if c is not None:
            counted = (c, c + 1)
            end = c + 1
        elif num.words and num.definite and num.j == num.i + 1 and val in (20, 30, 40, 50, 60, 70, 80, 90, 100) \
                and (ue := self._vague_unit_before(i)) is not None:
            return self._emit_unit(i - 1, i, num.j, val, ue, mod)  # السنوات الخمسين المقبلة: 50 years
        elif num.words and num.definite and num.unit_only:
            # "المحاور الثلاثة": the counted noun comes first
            pw = toks[i - 1] if i > 0 else None
            glued = pw is not None and pw.typ == W and val >= 3 and self._glued_definite(pw.t)
            if pw is not None and pw.typ == W and (pw.t.startswith("ال") or glued) and pw.t not in self.L.stop \
                    and self.L.lex.get(pw.t) is None:
                ue = self._vague_unit_before(i)
                if ue is not None:
                    return self._emit_unit(i - 1, i, num.j, val, ue, mod)  # الأيام العشرة: 10 days
                ue = self._unit_construct_head(i, val)
                if ue is not None:
                    return self._emit_unit(i - 2, i, num.j, val, ue, mod)  # أيام المهرجان الستة: 6 days
                start = i - 2 if val >= 3 and self._adjective_after_noun(i - 1) else i - 1
                counted = (start, start + 1)  # القوى الدولية الست: the noun before the adjective
                if glued and start == i - 1 and not pw.t.startswith("لل"):
                    cut = self._proclitic(start)  # والقوى الست: the و stays out
                if start == i - 2 and not toks[start].t.startswith("لل"):
                    cut = self._proclitic(start)  # والقوى الدولية الست: the و stays out (للمصارف stays whole)
                if val >= 3 and self._plural_construct_head(start):
                    start = start - 1  # مراكز التسوق السبعة، وسائل الإعلام الألمانية الثلاث: the head counts
                    counted = (start, start + 1)
                    cut = self._proclitic(start)
                elif val >= 3 and (h := self._listed_construct_head(start)) is not None:
                    start, counted = h, (h, h + 1)  # دول مجلس التعاون الست: the head counts
                    cut = self._proclitic(h)
            elif val >= 3 and (stem := self._possessed(i - 1)) is not None:
                e = self.L.lex.get(stem[self._proclitic(i - 1):] if stem[:1] in "وفبل" else stem) or {}
                if e.get("unit", {}).get("kind") == "duration":
                    return self._emit_unit(i - 1, i, num.j, val, e["unit"], mod)  # أيامه الثلاثة: 3 days
                start, counted = i - 1, (i - 1, i)  # وأبنائه السبعة: his seven sons
                cut = self._proclitic(i - 1)
        elif adjectival and toks[num.i].t in self.L.accusative_ones:
            noun = self._accusative_noun(i) if i == num.i else None
            if noun is None:
                return k  # يعد واحدا من، كان جوابها واحدا، وقفوا صفا واحدا: no noun counted, no item
            u = self._unit(noun)
            if noun == i - 1 and u and u[0] == i and self._whole_unit(noun, u, False):
                return self._emit_unit(noun, i, num.j, val, u[1]["unit"], mod)  # عاما واحدا: one year
            start, counted, cut = noun, (noun, noun + 1), self._proclitic(noun)  # جنديا تشاديا واحدا
        elif adjectival and i > 0 and adjectival != "conj":
            pw = toks[i - 1]
            general = val == 1 and self._general_before(i)
            # two follows a dual noun (طفلين اثنين), not a verb (أسرنا اثنين من المقاتلين)
            if pw.typ == W and not pw.t.startswith("ال") and pw.t not in self.L.stop \
                    and (general or self._counted(i - 1) is not None or val == 1 and self._year_unit_before(i)) \
                    and (val != 2 or pw.t.endswith(("ين", "ان"))):
                if general:  # موضوع عام واحد: one general topic, the noun before عام counted
                    start, counted, cut = i - 2, (i - 2, i - 1), self._proclitic(i - 2)
                else:
                    u = self._unit(i - 1)
                    if u and u[0] == i and self._whole_unit(i - 1, u, False):
                        ue = u[1]["unit"]
                        return self._emit_unit(i - 1, i, num.j, val, ue, mod)
                    start = i - 1
                    while val == 1 and start > i - 3 and self._feminine_nisba_before(start):
                        start -= 1  # مدرسة تدريبية واحدة، جهة إدارية تنظيمية واحدة: the noun before the nisbas
                    u = self._unit(start) if start < i - 1 else None
                    if u and u[0] == i - 1 and self._whole_unit(start, u, False):
                        return self._emit_unit(start, i, num.j, val, u[1]["unit"], mod)  # ساعة إضافية واحدة: 1 hour
                    counted = (start, start + 1)
                    cut = self._proclitic(start)
        elif c is None and i == num.i and num.digits and self._noun_before_article(i):
            r = self._plural_before_article(i, val, mod)  # الساعات الـ48، الدول الـ28
            if r is not None:
                if r[0] == "unit":
                    return self._emit_unit(i - 2, i, num.j, val, r[1], mod)
                start, counted = i - 2, (i - 2, i - 1)
        if num.words and num.definite and num.unit_only and val <= 2 and counted is None \
                and not (val == 0 and mod is not None):
            return num.j  # الاثنين، الواحد alone refer back; نحو الصفر، حوالي الصفر is a value: about 0
        if num.words and num.definite and counted is None and num.j == num.i + 1 and self._ratio_fraction(num.i):
            return num.j  # بنسبة الخمس: a fifth, which alone gives nothing (as الثلث)
        if num.words and num.definite and counted is None and num.j == num.i + 1 and self._named_period(num.i):
            return num.j  # في العشر الأواخر من رمضان: the last ten nights, a period's name
        if end == num.j and start < num.i and toks[num.i - 1].t == "(" and end < n and toks[end].t == ")":
            end += 1  # أكثر من (200): the bracket the span opened it closes
        end, mod = self._post(end, mod)
        if counted is None and mod is None and self._bare_year(num, alone=True):
            self.emit_t(num.i, num.j, "date", num.digits.translate(_DIGITS_ASCII))  # -2003-: a dash, no sign
            return num.j
        self.emit_q(start, end, "number", val, modifier=mod, counted=counted, cut=cut)
        return end

    def _ratio_fraction(self, k):
        """The definite word at token k is a fraction (الخمس 'the fifth'), not a number: it is one of
        ratio_fractions' words right after one of its cues (بنسبة الخمس، بمقدار العشر)."""
        cues, words = self.L.ratio_fractions
        return k > 0 and self.word(k) in words and self.word(k - 1) in cues

    def _named_period(self, k):
        """The definite number word at token k (maybe behind و/ف/ب/ل) and the word after it name a period
        (named_periods: العشر الأواخر, the last ten nights of Ramadan), not a count of ten."""
        w = self.word(k) or ""
        after = self.L.named_periods.get(w) or w[:1] in "وفبل" and self.L.named_periods.get(w[1:])
        return bool(after) and k + 1 < self.n and self.word(k + 1) in after

    def _proclitic(self, k):
        """Letters of the proclitics (و، ف، ب، ل، ك) the segmenter cut off the front of token k (بكلمة واحدة،
        لسنة واحدة: the counted noun is كلمة، سنة; بلدة، لحظة، كلمة stay whole), 0 without tokens.
        Bisects the document's token starts: no scan."""
        toks = self.doc.tokens
        if not toks:
            return 0
        s = self.span(k, k + 1)[0]
        starts = toks.starts
        x = bisect_right(starts, s) - 1
        if x < 0 or starts[x] != s:
            return 0
        segs = toks.token(x).segments
        cut = 0
        for g in segs[:-1]:
            if g.text not in ("و", "ف", "ب", "ل", "ك"):
                break
            cut = g.end - s
        return cut

    def _short_t_verb(self, k):
        """A word of three or four letters on ت after a number that ends in none of ا، ه، ي، ات، ين and is
        no unit (36 ترسم، 2 تحقق، الواحد تصل): an imperfect verb, as the y-verbs; not a plural with ا after
        two letters (تجار). The caller asks below 100 only: a hundred or a scale counts a genitive singular,
        and a verbal noun on ت is spelt like the verb (أكثر من 300 تخصص، تقدم، تطور)."""
        w = self.toks[k].t
        return w[0] == "ت" and 3 <= len(w) <= 4 and w[2] != "ا" and not w.endswith(("ا", "ه", "ي", "ات", "ين")) \
            and not self._unit(k)

    def _long_t_verb(self, k):
        """A word of 5+ letters on ت after a number that is the imperfect of a form with a ت inside (تستغل،
        ترتبط، تنتقل، تختلف: ت as the third letter, no ي after it, which makes the verbal nouns ترتيب، تفتيش)
        or the feminine past of تفاعل/تفعّل (تشاركت، تأخرت: ت at the end after a consonant, a consonant second; توقيت، تابوت، تيشرت
        are nouns): a verb, no counted noun; plurals and accusatives (تحديات، تخصصا) and units stay."""
        w = self.toks[k].t
        if len(w) < 5 or w[0] != "ت" or w.endswith(("ا", "ه", "ي", "ات", "ين", "ون")) or self._unit(k):
            return False
        return w[2] == "ت" and w[3] != "ي" or w[-1] == "ت" and w[-2] not in "ايو" and w[1] not in "ايو"

    def _t_verb_object(self, k):
        """A word of 5+ letters on ت ending in an object pronoun after a cardinal (27 تطالعنا، 169 تليها، 12
        ألفا تدخلنا): an imperfect verb, no counted noun; see _T_VERB_OBJECT for the nouns it leaves."""
        w = self.toks[k].t
        return len(w) >= 5 and w[0] == "ت" and bool(_T_VERB_OBJECT(w)) and not self._unit(k)

    def _conjoined(self, k, value):
        """The word at token k after the number ``value`` is و + another word, as the segmenter cuts it
        (36 ورئيس، 2.5 مليون وكنا، 0.61 وهما): no noun the number counts. Not a sound feminine plural (وفيات،
        وجبات، وجهات are nouns the segmenter cuts wrongly), not a word on ا after 11-99, whose counted noun
        is an accusative singular (12 وكرا), not a remainder of two letters (واق) nor whole_words (وافد).
        و + three letters with no long vowel or ة (57 وصرع، 12 وجرح) is و + a past verb even where the
        segmenter keeps the word whole: no noun starts so (وفود، وزير، وحدة have one)."""
        w = self.toks[k].t
        return w[0] == "و" and len(w) > 3 and not w.endswith("ات") and not (w.endswith("ا") and 11 <= value <= 99) \
            and w not in self.L.whole_words \
            and (self._proclitic(k) > 0 or len(w) == 4 and _LONG_VOWELS.isdisjoint(w[1:]))

    def _contracts(self, u):
        """The unit match ``u`` is عقد/عقود (a decade) read as contracts: a word of contract_after follows
        (تسعة عقود جديدة، 3 عقود بقيمة 612 مليون ريال، عقدين بلغت قيمتهما)."""
        return u[1]["unit"].get("unit") == "decade" and u[0] < self.n and self.word(u[0]) in self.L.contract_after

    def _contract_signed(self, k, u):
        """The unit match ``u`` is عقد/عقود and a word of contract_before (وقعت، توقيع، أبرم; behind و/ف) is one
        or two words before token k, where the amount starts: contracts signed (توقيع ثلاثة عقود), no decades."""
        if u[1]["unit"].get("unit") != "decade":
            return False
        for b in (k - 1, k - 2):
            w = self.word(b) if b >= 0 else None
            if w is None:
                return False
            if w in self.L.contract_before or w[:1] in "وف" and w[1:] in self.L.contract_before:
                return True
        return False

    def _held_verb(self, k, u):
        """The unit match ``u`` at token k is عقد written alone (no ا of the accusative 11 عقدا takes) with a word
        of held_after next (من، في، خلال): the verb 'was held' after a numbered event (والمؤتمر 11 عقد من 5 ــ 7
        ذي الحجة), no decades; عقد من الزمن stays a decade."""
        if u[1]["unit"].get("unit") != "decade" or u[0] != k + 1 or self.word(k) != "عقد" or u[0] >= self.n:
            return False
        words, not_before = self.L.held_after
        return self.word(u[0]) in words and self.word(u[0] + 1) not in not_before

    def _year_word_of_date(self, u):
        """The unit match ``u`` is a year word with a year in digits after it (20 مليوناً عام 2014، 500 ألف
        سنة 1436هـ): the word opens that date, it counts no years."""
        k = u[0]
        if u[1]["unit"].get("unit") != "year" or k >= self.n or self.word(k - 1) not in ("عام", "سنه"):
            return False
        t = self.toks[k]
        return t.typ == N and len(t.t) == 4 and t.t.isdigit() and 1300 <= int(t.t) <= 2100

    def _bracketed_scale(self, num):
        """Digits alone in brackets with a scale word after the closing one ((72) مليون ريال، (15) ألف قذيفة),
        the Saudi press's way of setting off the figure: one amount. A bracketed year ((1997) الفيلمان) is not."""
        toks, n, k = self.toks, self.n, num.j
        if not (num.digits and num.j == num.i + 1 and num.i > 0 and toks[num.i - 1].t == "(" and k + 1 < n
                and toks[k].t == ")" and toks[k + 1].typ == W):
            return False
        if num.value == int(num.value) and 1800 <= num.value <= 2100:
            return False
        return self.match(k + 1, ("scale",)) is not None

    def _name_head(self, k):
        """Token k is a name a number after belongs to (name_number_heads, also after و: وإف-16)."""
        t = self.toks[k]
        return t.typ == W and any(core in self.L.name_number_heads for _, _, core in self.analyses(t.t))

    def _tens_ordinal(self, i, num):
        """A definite tens word alone (العشرين، السبعين) right after a head noun of tens_ordinal_heads is an
        ordinal (القرن العشرين، الذكرى السبعين، للشهر العشرين), as الحادي والعشرين already is."""
        if not (i == num.i and i > 0 and num.words and num.definite and not num.digits and num.j == i + 1
                and num.value in (20, 30, 40, 50, 60, 70, 80, 90)) or self.toks[i - 1].typ != W:
            return False
        return any(de and core in self.L.tens_ordinal_heads for _, de, core in self.analyses(self.toks[i - 1].t))

    def _article_ordinal(self, i, num):
        """Digits glued to the article (الـ250) after a rank noun of tens_ordinal_heads are an ordinal: the
        article makes the number a rank, as the tens word does in القرن العشرين. The noun is definite
        (الأسبوع الـ250، بالمرتبة الـ 11), possessed (بلقبه الـ11، عامه الـ17) or dual (المرتبتين ال52),
        maybe with a definite nisba between (البطولة العربية ال21); digits joined to such a rank by وال are
        one too (ال52 وال60). After a plural (السنوات الـ35، الدول الـ28) it stays a count. Returns the
        token the ordinal's span starts at, or None."""
        if not (i == num.i and i > 1 and num.digits and num.j == i + 1 and num.value == int(num.value) and 0 < num.value < 1000
                and self.toks[i - 1].t in self.L.article_before_digits and self.toks[i - 2].typ in (W, N)):
            return None
        h = i - 2
        if self.toks[h].typ == N:  # ال52 وال60: the second of two ranks
            lt, lk = self._last_article_ordinal
            return i - 1 if self.toks[i - 1].t[0] == "و" and lt is self.toks and lk == h + 1 else None
        if self._rank_head(h):
            return h
        if h > 0 and self.toks[h].t.startswith("ال") and self._nisba_after_noun(h) and self._rank_head(h - 1):
            return h - 1
        return None

    def _rank_head(self, k):
        """Token k is a rank noun of tens_ordinal_heads, definite (المركز), possessed (بلقبه، مرتبته) or a
        definite dual (المرتبتين، القرنين)."""
        heads = self.L.tens_ordinal_heads
        for _, de, core in self.analyses(self.toks[k].t):
            if de and (core in heads or any(core.endswith(d) and core[:-len(d)] + e in heads
                                             for d, e in (("تين", "ه"), ("تان", "ه"), ("ين", ""), ("ان", "")))):
                return True
        stem = self._possessed(k)
        return stem is not None and any(c in heads or c.endswith("ت") and c[:-1] + "ه" in heads
                                        for _, _, c in self.analyses(stem))

    def _spelled_no_number(self, k):
        """Token k, as written (less a و/ف and the tanween), is a word that only the normalized view makes a
        number word (not_numbers_as_spelled: ميتا 'dead' is مئتا once ئ is ي)."""
        s, e = self.span(k, k + 1)
        w = self.doc.text[s:e].translate(_NO_TANWEEN)
        return w in self.L.not_numbers_as_spelled or (w[:1] in ("و", "ف") and w[1:] in self.L.not_numbers_as_spelled)

    def _verb_reading(self, num):
        """A lone number word that is also a past verb (verb_readings: ألف, the verb ألّف written without
        its shadda), with no number before it and a definite word (ألف الباحث، ألف القلوب) or an
        accusative word that is no unit (ألف كتبا) after it: a thousand counts an indefinite genitive
        (ألف ريال، ألف شخص), so that is the verb."""
        toks, k = self.toks, num.j
        if toks[num.i].t not in self.L.verb_readings or k >= self.n or toks[k].typ != W:
            return False
        if num.i > 0 and (toks[num.i - 1].typ == N or self.parse_number(num.i - 1) is not None):
            return False
        w = toks[k].t
        return w.startswith("ال") and w not in self.L.article_before_digits or (
            w.endswith("ا") and len(w) > 2 and self._unit(k) is None and self.match(k) is None)

    def _accusative_scale(self, num):
        """The number ends in a scale word in the accusative after a number (62 مليونا، 60 ألفا): that word is
        itself the counted noun (tamyiz), so the word after is none unless it is accusative too (شخصا)."""
        k = num.j - 1
        if k <= num.i or not self.toks[k].t.endswith("ا"):
            return False
        return bool(self.match(k, ("scale",)))

    def _noun_before_article(self, i):
        """Digits after the article (الـ30، الـ 28) that follow a definite word: that word is mostly what
        they count or rank (الدول الـ28 الأعضاء، المرحلة الـ37 بالدوري، الدورة الـ12 لمعرض), not the word after."""
        toks = self.toks
        if i < 2 or toks[i - 1].t not in self.L.article_before_digits:
            return False
        w = toks[i - 2].t
        return toks[i - 2].typ == W and (w.startswith("ال") or w[:3] in ("وال", "بال", "فال", "كال") or w.startswith("لل"))

    def _plural_before_article(self, i, val, mod):
        """The definite plural before digits glued to the article (the word before ``i`` being الـ) is what
        they count: a unit (الساعات الـ48 الماضية: 48 hours) -> ("unit", entry), or a noun -> ("noun",) when
        it is a sound plural (الطائرات، الموقوفين) or one of plurals_before_article (الدول الـ28); a singular
        (المرحلة الـ37، التقرير الـ51: a rank) -> None."""
        k = i - 2
        w = self.word(k)
        if not w or w in self.L.stop or val != int(val) or self._second_rank(i + 1):
            return None  # القرنين الـ17 والـ18، المرتبتين الـ52 والـ60: a dual before two ranks
        u = self._unit(k)
        if u and u[0] == k + 1 and u[3] and w[len(u[2]) + 2:] in self.L.vague_plurals:
            return "unit", u[1]["unit"]
        core = w[1:] if w[:1] in "وبلف" and w[1:].startswith("ال") else w
        if core.endswith(("ات", "ين", "يين")) and len(core) > 5 or core in self.L.plurals_before_article:
            return ("noun",)
        return None

    def _second_rank(self, k):
        """Token k is و (or و glued to the article) before digits glued to the article: والـ18، وال 60."""
        toks, n = self.toks, self.n
        w = self.word(k) if k < n else None
        if w == "و":
            k, w = k + 1, self.word(k + 1) if k + 1 < n else None
        elif w is not None and w[:1] == "و":
            w = w[1:]
        return w is not None and w in self.L.article_before_digits and k + 1 < n and toks[k + 1].typ == N

    def _bare_year(self, num, alone=False):
        """Four digits 1900-2100 that count nothing are a year in news (بين عامي 1982 و1990، «مايكل شيلي»
        (1975)، انتفاضة 2011); 1800-1899 and 2000 only in brackets, and, ``alone`` (no word taken as a counted
        noun), 1000-2100 after a word of year_cues (في 1865، ولد في 1871، بين عامي 1770 و1840). Not next to
        ×, *, / (1920 × 1080) nor before و + a number that is no year (ما بين 2000 و2500 إسترليني)."""
        d = num.digits
        if not (len(d) == 4 and d.isdigit() and num.j == num.i + 1):
            return False
        toks, n, i, j = self.toks, self.n, num.i, num.j
        v = int(d)
        bracketed = i > 0 and toks[i - 1].t == "(" and j < n and toks[j].t == ")"
        if not (1900 <= v <= 2100 and v != 2000 or bracketed and 1800 <= v <= 2100
                or alone and 1000 <= v <= 2100 and i > 0 and self.word(i - 1) in self.L.year_cues):
            return False  # 2000 alone is as often a round count (أي 2000، «2000 من المثقفين») as a year
        if (j < n and toks[j].t in ("×", "x", "X", "*", "/", "+")) or (i > 0 and toks[i - 1].t in ("×", "x", "X", "*", "/", "+")):
            return False
        if j + 1 < n and self.word(j) == "و" and toks[j + 1].typ == N:
            nxt = toks[j + 1].t
            return len(nxt) == 4 and nxt.isdigit() and 1800 <= int(nxt) <= 2100
        return True

    def _adjectival(self, num):
        """واحد/واحدة/اثنين/اثنتين alone follow their noun as adjectives (مركز واحد، مجندين اثنين): the
        word after them is never their counted noun (واحد يتوافد، اثنين اخترقا) -> True, "conj" when
        glued to و or ك (رائع وواحد، سوق عكاظ كواحدة من المبادرات: no noun before either) or before من + an elative (تصبح واحدة من أكبر الدول),
        "one_of" for وأحد (و + أحد "one of", which the normalized view spells واحد), or False."""
        if not (num.words and not num.digits and num.j == num.i + 1 and num.value in (1, 2)
                and not num.definite and not num.ordinal):
            return False
        w = self.toks[num.i].t
        if num.value == 1 and self._one_of_after(num.j):
            return "conj"  # لتصبح واحدة من أكبر الدول: a superlative's 'one of', of no word before it
        if "card" in self.L.lex.get(w, ()):
            s, e = self.span(num.i, num.j)
            return "one_of" if self.doc.text[s:e][:2] == "وأ" else True
        return "conj" if w[0] in "وك" else True  # كواحدة من المبادرات 'as one of': no noun before either

    def _year_unit_before(self, i):
        """The word before the one at ``i`` is عام/سنة as a whole unit (a year word, which _counted refuses as
        the head of a date): هو عام واحد، منها سنة واحدة = 1 year; not عام 'general' after a noun it qualifies
        (general_nouns: موضوع عام واحد is one general topic)."""
        u = self._unit(i - 1)
        if not (u and u[0] == i and not u[3] and "yearword" in self.L.lex.get(self.toks[i - 1].t, ())
                and self._whole_unit(i - 1, u, False)):
            return False
        return not self._general_before(i)

    def _general_before(self, i):
        """The word before the one at ``i`` is عام 'general' after an indefinite noun of general_nouns it
        qualifies (موضوع عام واحد، مدير عام واحد): that noun is what the number counts, no year."""
        return i > 1 and self.toks[i - 1].t == "عام" and self.toks[i - 2].typ == W \
            and any(not de and c in self.L.general_nouns for _, de, c in self.analyses(self.toks[i - 2].t))

    def _after_article(self, num):
        """``num`` is digits alone right after the article written apart (الـ11، ال 25, maybe in brackets)."""
        i = num.i - (num.i > 0 and self.toks[num.i - 1].t == "(")
        return bool(num.digits) and num.j == num.i + 1 and i > 0 \
            and self.toks[i - 1].t in self.L.article_before_digits

    def _glued_after_definite(self, w):
        """``w``, after a definite number word, starts with ب/ل and is no sound plural (بقمع، لفترة، ليتم،
        بعسير): 'with/for ...' or a verb, never what the number counts; السبع بطولات، العشر ليالي on ات/ين/ون,
        or a listed whole word, still count."""
        return len(w) >= 4 and w[0] in "بل" and not w.endswith(("ات", "ين", "ون", "الي")) and w not in self.L.whole_words

    def _feminine_nisba_before(self, k):
        """Token k is an indefinite feminine nisba (ية, 5+ letters as normalized: تدريبية، ابتدائية) right after an
        indefinite word on ة: the one after it agrees with that noun (مدرسة تدريبية واحدة counts مدرسة), as
        the adjective is never what a number counts."""
        w = self.toks[k].t
        if k < 1 or not (len(w) >= 5 and w.endswith("يه") and not w.startswith("ال")) or self.toks[k - 1].typ != W:
            return False
        pw = self.toks[k - 1].t
        return len(pw) >= 3 and pw.endswith("ه") and not pw.startswith("ال") and self._counted(k - 1) is not None

    def _accusative_noun(self, i):
        """The token an accusative one at token i counts (عاما واحدا، مصدرا واحدا): the indefinite accusative
        word right before it, or the noun before a nisba adjective there (جنديا تشاديا واحدا, both on ا),
        -> its index; None after a verb, a particle or a predicate with a pronoun (يعد واحدا، أن واحدا،
        جوابها واحدا), which the one agrees with in no noun, after زائدا (a sum) and in an idiom of unity (صفا واحدا)."""
        if i < 1:
            return None
        w = self.toks[i - 1].t
        if not (self.toks[i - 1].typ == W and len(w) >= 3 and w.endswith("ا") and not w.endswith("ها")
                and w[0] not in "بل" and self._counted(i - 1) is not None):
            return None
        stem = w[1:-1] if w[0] in "وك" and len(w) > 3 else w[:-1]
        if w[:-1] in self.L.plus or any(x in self.L.unity_accusatives or x in self.L.unity_nouns for x in (w[:-1], stem)):
            return None  # النصف زائدا واحدا: a sum; وصفا واحدا، مجتمعا واحدا: an idiom of unity
        pw = self.word(i - 2) if i > 1 and self.toks[i - 2].typ == W else ""
        if w.endswith("يا") and len(pw) >= 3 and pw.endswith("ا") and self._counted(i - 2) is not None:
            return i - 2  # كاتبا سعوديا واحدا: the nisba is an adjective of the noun before it
        return i - 1

    def _one_of_after(self, k):
        """من and an elative at token k (one_of_elatives: واحدة من أكبر الدول، واحد من أهم): the one before is
        a superlative's 'one of', which the word before it does not count (لتصبح واحدة، خسرنا واحد)."""
        return self.word(k) == "من" and self.word(k + 1) in self.L.one_of_elatives

    def _ordinal(self, i, num):
        toks = self.toks
        start, end = i, num.j
        pw = toks[i - 1] if i > 0 else None
        if self._ordinal_idiom(i, num):
            return num.j + (num.j < self.n and self.word(num.j) in self.L.ordinal_idioms_after)
        if self._initial_adjective(i, num):
            return num.j
        if i == num.i and num.definite and 1 <= num.value <= 12 and (self.word(i) or "").endswith("ه") \
                and (self._tod_after(num.j) or self._hour_fraction_after(num.j) and self._clock_context(i)):
            # في السادسة مساء، من العاشرة والنصف صباحا، إلى السابعة والنصف: a clock time without الساعة
            j = self.clock(i, i)
            if j:
                return j
        if num.definite and pw is not None and self._definite_cardinal(i - 1):
            return num.j  # الأشهر الستة الأولى: "first" qualifies the count, no ordinal of its own
        if num.definite and pw is not None and pw.typ == W and any(
                de and core in self.L.ordinal_name_heads for _, de, core in self.analyses(pw.t)):
            return num.j  # a name: الجيل الرابع (4G)
        if not num.definite and i == num.i and num.value in (1, 2) and pw is not None and pw.typ == W and any(
                core in self.L.rank_heads for _, _, core in self.analyses(pw.t)):
            return num.j  # a rank: الجندي أول، الرقيب أول، ملازم ثان
        if num.definite:
            if pw is not None and pw.typ == W and pw.t.startswith("ال") and len(pw.t) > 3 and pw.t not in self.L.stop \
                    and self.L.lex.get(pw.t) is None and not self._nisba_after_noun(i - 1) \
                    and self._elem(i - 1, True) is None:  # الأول والثاني: no ordinal is the other's noun
                start = i - 1
        elif (self.word(i) or "").lstrip("وكلبف")[-3:] in ("اول", "ولي") and (self.word(i) or "").endswith(("اول", "اولي")) \
                and self._counted(end) is not None and not self._preposition_glued(toks[end], toks[end].t):
            end += 1
        elif self._leads_construct(i, end) and self._construct_first(end):
            # إيران رابع أكبر مخزون، بجدة ثاني أيام العيد، خاض تاسع جلسة: the ordinal leads the noun after
            # it, no word before is its noun (شاب ثالث لإصابات، رجل ثالث ساهم keep the noun before)
            end += 1
        elif self.word(i) not in ("اول", "اولي", "كاول", "واول", "لاول", "باول") and pw is not None and pw.typ == W \
                and not pw.t.startswith("ال") and self._counted(i - 1) is not None and i - 1 >= 0 and pw.gap is not None \
                and not (pw.t.startswith("ي") and not self._unit(i - 1)):  # أن ينمو ثاني أكبر: a verb, no noun
            start = i - 1
        elif self._leads_construct(i, end):
            end += 1  # ثاني أيام العيد، ثالث رئيس لها: the construct's noun, as for أول
        self.emit_q(start, end, "ordinal", num.value)
        return num.j if end == num.j else end

    def _initial_adjective(self, i, num):
        """أولي / الأولي written with ي (not ى) after a word that is no feminine noun is the adjective أوّليّ
        'initial, preliminary' (الطرح الأولي، النموذج الأولي، اكتتاب عام أولي) or أولي 'those of' (إلى أولي
        الأمر), no ordinal; after a feminine noun it is الأولى misspelt (للمرة الأولي، الساعات الأولي)."""
        if num.value != 1 or i != num.i or num.j != i + 1 or i == 0 or self.toks[i - 1].typ != W:
            return False
        s, e = self.span(i, i + 1)
        w = self.doc.text[s:e].translate(_NO_TANWEEN)
        if not (w.endswith("ولي") and self.word(i).lstrip("وفبلك").endswith(("اولي", "الاولي"))):
            return False
        return not self.toks[i - 1].t.endswith(("ه", "ات"))

    def _leads_construct(self, i, end):
        """The masculine ordinal at token i (one word, ending at ``end``) can lead the noun after it in a
        construct (ordinal_construct: ثاني أيام العيد، ثالث أكبر)."""
        w = self.word(i) or ""
        return end == i + 1 and w[w[:1] == "و":] in self.L.ordinal_construct and self._construct_noun(end)

    def _construct_first(self, k):
        """The word at k after an ordinal is surely its construct's noun, before any noun the ordinal could
        follow: an elative (one_of_elatives: ثاني أكبر) or a construct_plurals word (أيام), or a feminine or
        plural noun (ثالث صفقة، ثاني لقاءات) with no clitic: ساهم، تدعى (verbs), لإصابات، وقودا are none."""
        w = self.word(k)
        if w in self.L.one_of_elatives or w in self.L.construct_plurals:
            return True
        return w[0] not in "وفلب" and w.endswith(("ه", "ات")) and len(w) > 3

    def _ordinal_idiom(self, i, num):
        """An ordinal inside a discourse idiom ranks nothing (في المقام الأول، بالدرجة الأولى 'mainly'; من جهة
        ثانية 'on the other hand'; للوهلة الأولى، لأول وهلة 'at first sight'; ثاني أكسيد الكربون, a
        compound's name), as أولاً is no ordinal: the one or two words before (ordinal_idioms_before) or
        the word after (ordinal_idioms_after) say so."""
        if i != num.i or num.j != i + 1:
            return False
        b = self.L.ordinal_idioms_before
        w1 = self.word(i - 1) if i > 0 else None
        if w1 and (w1 in b or i > 1 and self.word(i - 2) and f"{self.word(i - 2)} {w1}" in b):
            return True
        w = self.word(num.j)
        if w in self.L.ordinal_idioms_after:
            return True
        if num.value != 1:
            return False
        # السوق أولى بالاستشارة: the comparative 'more deserving', spelt as the feminine first
        return w in self.L.ordinal_idioms_after or (w is not None and self.toks[i].t == "اولي" and not num.definite and (
            w in self.L.first_comparative_after or w.startswith(self.L.first_comparative_prefixes)))

    def _definite_cardinal(self, k):
        """Token k is a one-word definite cardinal (الستة، العشرة، الثلاثين)."""
        r = self._elem(k, True)
        return bool(r and r[0] == k + 1 and r[3] and not r[2] and r[1][1] in ("u", "teen", "ten"))

    def _construct_noun(self, k):
        """A noun at token k that an ordinal can lead: a counted word, no bracket, and no imperfect verb
        (ونوع ثالث يسمى، ثالث يعرض: a word on ي that is no unit)."""
        if k >= self.n or self.toks[k].typ != W or self._counted(k) is None \
                or self._preposition_glued(self.toks[k], self.toks[k].t):
            return False
        return not self.word(k).startswith("ي") or bool(self._unit(k))

    def _plural_construct_head(self, k):
        """Token k, a definite singular (no ات/ين/ون, no broken plural shape: المدارس، الأعضاء، الأندية،
        الخلفاء; a masdar on إ keeps its hamza: الإعلام), follows an indefinite plural (on ات, or مفاعل/فعائل/أفعال with its
        hamza: مراكز، وسائل، أبعاد) that leads the construct: a definite number 3+ after them counts that
        head (مراكز التسوق السبعة، محافظات الإقليم الثلاث), not the genitive; a plural genitive is what
        is counted (أسماء المسلحين السبعة، مواعيد المباريات الأربع)."""
        if k < 1 or self.toks[k - 1].typ != W or self.toks[k - 1].t in self.L.stop:
            return False
        text = self.doc.text
        g = text.__getitem__(slice(*self.span(k, k + 1)))
        h = text.__getitem__(slice(*self.span(k - 1, k)))
        core = g[2:] if g.startswith("ال") else ""
        if len(core) < 4 or core.endswith(("ات", "ين", "ون")) or len(core) == 5 and (
                core[2] == "ا" and core[-1] != "ة" or core[0] in "أا" and core[3] == "ا"
                or core[0] == "أ" and core[-1] == "ة" and core[2] != "ا" or core[3] == "ا" and core[4] == "ء"):
            return False  # the plurals مدارس، أعضاء، أندية (but الأمانة)، خلفاء
        return any(w.endswith("ات") and len(w) > 4 or len(w) == 5 and (
            w[2] == "ا" and w[0] not in "اأإآ" or w[0] == "أ" and w[3] == "ا")
                   for w in ((h, h[1:]) if h.startswith("و") else (h,)))  # ومحافظات الإقليم

    def _vague_unit_before(self, i):
        """The unit of a definite plural time word (vague_plurals: الأيام، السنوات) right before token i, which
        with the definite number at i makes a measure (الأيام العشرة، الأعوام الثلاثين); None otherwise."""
        if i < 1 or self.toks[i - 1].typ != W:
            return None
        u = self._unit(i - 1)
        if not (u and u[0] == i and u[3]):
            return None
        rest = self.toks[i - 1].t[len(u[2]):]  # الأيام، والأيام; للأيام is ل + لأيام (its alef gone)
        core = rest[2:] if rest.startswith("ال") else rest[1:] if u[2].endswith("ل") and rest[:1] == "ل" else ""
        return u[1]["unit"] if core in self.L.vague_plurals else None

    def _glued_definite(self, w):
        """``w`` (normalized) is a definite noun behind a proclitic (والقوى، للأطراف، بالدول), whose core is
        no stop word and no lexicon entry: the noun a definite number after it counts, as without one."""
        for pre, de, core in self.analyses(w):
            if pre and de and "ال" + core not in self.L.stop and self.L.lex.get("ال" + core) is None:
                return True
        return False

    def _no_plural_after(self, k):
        """Token k, right after a definite number word 3-10 (الثلاثة، الخمس), cannot be the plural it counts:
        it ends in ة/ه with no hamza or alef first (نظيفة، دائمة، دفعة، عمره: a predicate, a singular or
        a possessed word; أندية، أسلحة are plurals) or in the accusative ا (معا، اعترفا: an adverb or a verb),
        not the plural on ايا (وصايا، قضايا، ضحايا); الثلاثة أيام، الخمسة نجوم، العشرة أندية stay counts."""
        w = self.toks[k].t
        return w.endswith("ا") and not w.endswith("ايا") or w.endswith("ه") and w[:1] not in "اأإآ"

    def _possessed(self, k):
        """Token k, a word of 4+ letters with a possessive ending as written (possessive_suffixes: وأبنائه،
        أولادها، ركلاتهم; ة is no ه), no stop word and not definite: the normalized stem a definite number
        after it counts; None otherwise or for possessed_not_counted stems (عددهم الخمسة)."""
        if k < 0 or self.toks[k].typ != W or self.toks[k].t in self.L.stop or self.toks[k].t.startswith("ال"):
            return None
        raw = self.doc.text.__getitem__(slice(*self.span(k, k + 1)))
        suf = next((x for x in self.L.possessive_suffixes if raw.endswith(x)), None)
        if suf is None or len(raw) - len(suf) < 3:
            return None
        stem = normalize(raw[:-len(suf)])
        if any(c in self.L.possessed_not_counted for _, _, c in self.analyses(stem)):
            return None
        return stem

    def _listed_construct_head(self, k):
        """The token of a word of construct_plural_heads (دول، بلدان; behind a clitic too) that leads the
        construct ending at the definite token k (maybe a nisba after it), right before it or before one
        indefinite word (دول مجلس التعاون، لدول الخليج العربي): the noun a definite number after counts; None
        when there is none."""
        toks = self.toks
        if k < 1 or not toks[k].t.startswith("ال"):
            return None
        if k > 1 and self._nisba_after_noun(k):
            k -= 1  # لدول الخليج العربي الست: the adjective after the genitive
        g = toks[k].t
        if g.endswith(("ات", "ين")) or any(c in self.L.construct_plural_heads for _, _, c in self.analyses(g)):
            return None  # دول اتفاقية الدول الخمس: a plural genitive is what is counted
        for h in (k - 1, k - 2):
            if h < 0 or toks[h].typ != W or h < k - 1 and (toks[k - 1].typ != W or toks[k - 1].t.startswith("ال")
                                                        or toks[k - 1].t in self.L.stop):
                return None
            if any(not de and core in self.L.construct_plural_heads for _, de, core in self.analyses(toks[h].t)):
                return h
        return None

    def _unit_construct_head(self, i, val):
        """The unit of an indefinite plural time word (vague_plurals: أيام، سنوات) right before the definite
        singular noun before a definite number 3+ at token i: the number counts the construct's head, that
        unit (أيام المهرجان الستة: 6 days; سنوات الزواج العشر), not the noun in the genitive. A plural
        there (أوقات الصلوات الخمس) is what the number counts: None."""
        if val < 3 or i < 2 or self.toks[i - 2].typ != W or self.toks[i - 1].t.endswith(("ات", "ين", "ون")):
            return None
        u = self._unit(i - 2)
        if not u or u[0] != i - 1 or u[3] or self.word(i - 2)[len(u[2]):] not in self.L.vague_plurals:
            return None
        return u[1]["unit"]

    def _adjective_after_noun(self, k):
        """Token k is a definite feminine singular adjective, a nisba (الدولية، المصرفية) or a participle
        on م (المتشعبة، المستدامة), right after a definite noun (behind و/ف/ب/ل too): a number of 3 or more after it counts
        that noun (القوى الدولية الست، النواحي المتشعبة الثلاث), never the singular. Broken plurals on
        أفعلة (الأندية، الأدوية: seven letters) are nouns."""
        w = self.word(k)
        if not (w and len(w) > 5 and w.endswith("ه") and (w.endswith("يه") and not (len(w) == 7 and w[2] == "ا")
                                                          or w.startswith("الم"))):
            return False
        pw = self.toks[k - 1] if k > 0 else None
        return pw is not None and pw.typ == W and pw.t not in self.L.stop and self.L.lex.get(pw.t) is None \
            and any(de and len(core) > 1 for _, de, core in self.analyses(pw.t))  # والقوى الدولية

    def _nisba_after_noun(self, k):
        """Token k is a definite nisba adjective (ي/يه, normalized) right after another definite word:
        the ordinal after it counts that noun, not the adjective (ورشة العمل التعريفية الأولى,
        الفريق الكروي الأول: the span is the ordinal)."""
        w = self.word(k)
        pw = self.word(k - 1) if k > 0 and not self.is_p(k - 1) else None
        return bool(w and pw and w.endswith(("ي", "يه")) and pw.startswith("ال"))

    def _range(self, i, j, how, mod=None):
        toks = self.toks
        n = self.n
        if j >= n:
            return None
        lo = self.parse_number(j)
        if how == "between" and lo is not None and lo.words:
            lo = self._between_low(j, lo)
        dual = None
        if lo is None:
            u = self._unit(j)
            if u and u[1]["unit"].get("dual") and not u[3] and self.word(j) not in self.L.dual_needs_cue:
                lo = Num(2.0, j, j, words=True)  # بين عامين و12 عاما: a dual unit is the low end 2
                dual = u[1]["unit"]["unit"]
            elif u and self._bare_low(u, how, j):
                lo = Num(1.0, j, j, words=True)  # ما بين متر إلى خمسة أمتار، بين عام واحد وخمسة أعوام: one
                dual = u[1]["unit"]["unit"]
        if lo is None or lo.ordinal:
            return None
        k = lo.j
        # بين 30% و50%: a percent after each end (after من it is a change: من 13% إلى 23%)
        pc_mid = self.match(k, ("percent",)) if how == "between" and k < n else None
        if pc_mid:
            k = pc_mid[0]
        elif lo.digits and k < n and toks[k].typ == P:
            return None
        u_mid = self._unit(k) if k < n and not pc_mid else None
        if u_mid:
            k = u_mid[0]
            if dual and lo.value == 1 and self._one_after(k):
                k += 1
        w = self.word(k)
        glued = how == "between" and not lo.digits and w is not None and len(w) > 2 and w[0] == "و"
        ok = (how == "between" and w in ("و", "الي", "الى")) or (how in ("from", "to") and w in ("الي", "حتي", "لغايه", "الى")) \
            or glued  # بين 10 إلى 15 في المائة: the press often joins بين with إلى
        if not ok or k + (0 if glued else 1) >= n:
            return None
        hi = self.parse_number(k) if glued else self.parse_number(k + 1)  # بين ثلاث وأربع سنوات
        if hi is None and dual and lo.value == 1:
            kk = k if glued else k + 1
            u2 = self._unit(kk)
            if u2 and u2[1]["unit"].get("dual") and u2[1]["unit"]["unit"] == dual and not u2[3]:
                hi = Num(2.0, kk, kk, words=True)  # ما بين عام واحد وعامين: one to two years
        if hi is None or hi.value <= lo.value or hi.ordinal:
            return None
        if pc_mid and not self._percent_pair_end(hi.j):
            return None
        if how == "to" and not self._measured(hi.j):
            return None  # 5 إلى 10 alone, or 5 إلى 15 أغسطس (a date): no range here
        if dual:
            u = self._unit(hi.j)
            if not u or u[1]["unit"]["unit"] != dual:
                return None  # بين ساعتين و3 أسابيع: no range of one unit
        if lo.digits and len(lo.digits) == 4 and 1900 <= lo.value <= 2100 and not self._priced(hi.j):
            return None
        low = lo.value
        sc = self.match(hi.j - 1, ("scale",)) if hi.j - 1 > hi.i else None
        if sc and sc[0] == hi.j and low < 1000 and low * sc[1]["scale"][0] < hi.value:
            low *= sc[1]["scale"][0]  # بين 3 و5 ملايين دولار: the scale word counts for both ends
        return self._range_tail(i, low, hi, mod)

    def _between_low(self, j, lo):
        """The low end of بين at token j, read again with its parts falling in scale (_scale_not_smaller):
        بين مليون وخمسة ملايين starts at مليون alone. Not memoized: read so only here, so a range that then
        fails leaves the number as parse_number reads it."""
        self._split_scales = True
        try:
            split = self._parse_number(j)
        finally:
            self._split_scales = False
        return split if split is not None and split.j < lo.j else lo

    def _priced(self, k):
        """A currency or a percent at token k, right after the high end: بين 2000 و2500 إسترليني is a range
        of money, no years, though its low end reads as one (بين 2000 و2010 stays two years)."""
        if k >= self.n:
            return False
        u = self._unit(k)
        return bool(self.match(k, ("percent",)) or u and u[1]["unit"].get("kind") == "money")

    def _percent_pair_end(self, k):
        """A percent at token k closes a range whose low end had its own (بين 30% و50%), unless على التوالي
        follows: two values, one for each thing named (ما بين 0.18% و 0.04% على التوالي)."""
        pc = self.match(k, ("percent",)) if k < self.n else None
        return bool(pc) and not (self.word(pc[0]) == "علي" and self.word(pc[0] + 1) == "التوالي")

    def _bare_low(self, u, how, j):
        """The unit ``u`` at token j, after بين with no number, names one of it as the low end of a range
        (ما بين متر إلى خمسة أمتار): a bare singular (units.json bare), indefinite, with no clitic."""
        ue = u[1]["unit"]
        return how == "between" and ue.get("bare") and not ue.get("dual") and not u[3] and not u[2] \
            and self.word(j) not in self.L.vague_plurals and u[0] == j + 1

    def _measured(self, k):
        """A unit, a percent or a counted noun at token k (and no month): what a bare 'X إلى Y' measures."""
        if k >= self.n or self.match(k, ("month",)):
            return False
        return bool(self.match(k, ("percent",)) or self._unit(k) or self._counted(k) is not None)

    def _bare_to_range(self, i, num, mod):
        """X إلى Y + a unit or a counted noun, with no من before X, is a range (لمدة 5 إلى 10 دقائق، 12 إلى 14
        دولارا، ستة إلى تسعة آلاف دولار); after من it is as often a change (ارتفع من 13 إلى 23 في المائة): left."""
        k = num.j
        if num.ordinal or num.definite or k + 1 >= self.n or self.word(k) not in ("الي", "الى"):
            return None
        if num.i > 0 and self.word(num.i - 1) in ("من", "عن"):
            if i != num.i or self.word(num.i - 1) != "من" or not self._from_range_cue(num.i - 1):
                return None
            return self._range(num.i - 1, num.i, "to")  # تتراوح قيمتها من 100 إلى 150 ريالا: the span takes من
        return self._range(i, num.i, "to", mod)

    def _from_range_cue(self, j):
        """A word of from_range_cues (تتراوح، أعمارهم; behind و/ف/س) up to three words before من at token j,
        with no punctuation between: من X إلى Y then spans a range, no change from X to Y."""
        for k in range(j - 1, max(-1, j - 4), -1):
            w = self.word(k)
            if w is None:
                return False
            cues = self.L.from_range_cues
            if w in cues or w[:1] in "وفس" and (w[1:] in cues or w[1:2] == "س" and w[2:] in cues):
                return True
        return False

    def _range_tail(self, i, low, hi, mod):
        n = self.n
        k = hi.j
        unit = None
        kind = "range"
        counted = None
        toks = self.toks
        if k + 1 < n and toks[k].t == ")" and i > 0 and toks[i - 1].t == "(" and toks[k + 1].typ == W and (
                self.match(k + 1, ("percent",)) or self._unit(k + 1) or self._counted(k + 1) is not None):
            i, k = i - 1, k + 1  # (30–40) ريالاً: both brackets inside, the unit after them
        if k < n:
            pc = self.match(k, ("percent",))
            if pc:
                unit, k = "%", pc[0]
            else:
                u = self._unit(k)
                if u:
                    ue = u[1]["unit"]
                    unit = ue["unit"]
                    low, hv = low * ue["factor"], hi.value * ue["factor"]
                    k = u[0]
                    self.emit_q(i, k, kind, None, unit=unit, modifier=mod, low=low, high=hv)
                    return k
                c = self._counted(k)
                if c is not None:
                    counted = (c, c + 1)
                    k = c + 1
        self.emit_q(i, k, kind, None, unit=unit, modifier=mod, low=low, high=hi.value, counted=counted)
        return k


#: entities a bare number right after is a model or channel number of (آيفون 6، إم بي سي 4)
_MODEL_NAMED = frozenset(("BRAND", "PLATFORM", "MEDIA"))
_MODEL_NUMBER = regex.compile(r"\d+(?:\.\d+)?")


def _outside_names(items: list, doc) -> list:
    """Numbers that are part of a name are no quantities (the annotation guide): drop what lies inside
    a known name (فرانس 24، ثورة 25 يناير), and a bare number right after a brand, platform or medium
    (آيفون 6، بيجو 208، إم بي سي 4)."""
    if not items:
        return items
    # the gazetteer's names and the titles and events the entity rules find; the statistical tagger's
    # alone is not trusted here (it reads a lone number word as a name: عامان، مائتان)
    ents = sorted((e.start, e.end, e.label) for e in doc.entities
                  if e.source != "tagger" or e.label in ("WORK", "EVENT"))
    if not ents:
        return items
    starts = [e[0] for e in ents]
    ends = [e[1] for e in ents]
    longest = max(e - s for s, e, _ in ents)
    text = doc.text
    out = []
    for x in items:
        lo = bisect_left(starts, x.start - longest)
        hi = bisect_right(starts, x.start)
        if any(ends[k] >= x.end for k in range(lo, hi)):
            continue  # inside a name
        if getattr(x, "kind", None) == "number" and x.unit is None and hi > 0 and _MODEL_NUMBER.fullmatch(x.text):
            s, e, label = ents[hi - 1]
            if label in _MODEL_NAMED and e <= x.start and not text[e:x.start].strip() and x.start - e <= 2:
                continue  # a model number after the brand
        c = getattr(x, "counted", None)
        if c is not None:
            k = bisect_left(starts, c.start - longest)
            # a place glued to a preposition or conjunction (174 بجدة، (7) وهايتي), or before واحدة (مراكش
            # واحدة من المدن), is no counted noun; a place name alone after a number may be a people (1452
            # سوريًا، 3.8 ملايين بوروندي)
            if any(ents[q][2] == "LOC" and ents[q][0] < c.end and ends[q] > c.start
                   and (c.start <= x.start or ents[q][0] > c.start) for q in range(k, bisect_left(starts, c.end))):
                x = _without_counted(x, text)
        out.append(x)
    return out


_WORD_AT = regex.compile(r"\s*(\p{L}+)")
_PREV_WORD = regex.compile(r"(\p{L}[\p{L}\p{M}]*)\s{1,2}$")


@lru_cache(maxsize=1)
def _given_names() -> frozenset:
    """The given names of the name lists (arnews/data/names), normalized."""
    from ..segment.clitics import given_names
    return frozenset(map(normalize, given_names()))


def _general_ranks(items: list, doc, rank) -> list:
    """أول after الفريق (modifiers.json general_rank) before ركن, a given name or a person's mention is the
    military rank (الفريق أول ركن عبدالرحمن البنيان، الفريق أول خليفة حفتر: a general), no ordinal;
    before a noun it stays one (الفريق أول تدريباته: the team's first training)."""
    heads, after = rank
    text = doc.text
    drop = set()
    persons = None
    for q in items:
        if q.kind != "ordinal" or q.value != 1 or not key(q.text).startswith("اول") or q.start < 7:
            continue
        m = _PREV_WORD.search(text[q.start - 20 if q.start > 20 else 0:q.start])
        w = key(m.group(1)) if m else ""
        if not (w in heads or w[:1] in "وبل" and w[1:] in heads):
            continue
        nx = _WORD_AT.match(text, q.start + len(q.text.split()[0]))
        if nx is None:
            continue
        nw = key(nx.group(1))
        if nw not in after and nw not in _given_names():
            if persons is None:
                persons = {e.start for e in doc.entities if e.label == "PERSON"}
            if nx.start(1) not in persons:
                continue
        drop.add(id(q))
    return [q for q in items if id(q) not in drop] if drop else items


def _without_counted(q, text: str):
    """The quantity ``q`` without its counted noun (before or after the number) and unit."""
    c = q.counted
    if c.start <= q.start:
        s, e = c.end + len(text[c.end:q.end]) - len(text[c.end:q.end].lstrip()), q.end
    else:
        s, e = q.start, q.start + len(text[q.start:c.start].rstrip())
    return _new_quantity({**q.__dict__, "text": text[s:e], "start": s, "end": e, "unit": None, "counted": None})
