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

The Extractor (here: the scan, the emitters and the run over a document) takes its methods from
mixins, one job each: ``number_words`` (numbers at a token), ``dates``, ``clock``, ``units``
(amounts, units, money), ``counted`` (what a number counts), ``ordinals``, ``ranges``, and the passes
over what the scan emitted (``date_passes``, ``amount_passes``); ``tokens``, ``values`` and
``shared`` hold their module-level helpers.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from functools import lru_cache
from itertools import accumulate, compress, count
import re
import math

import regex

from ..text import normalize
from .lexicon import key, lexicon
from .tokens import (_code_spans, _line_ends, _rlm_decimals, _skip_spans, _tatweel_dashes, _TOK_SPLIT, _token_at, _Toks,
                     D, N, P, T, W, X)
from .shared import _new_quantity, _new_span, _new_temporal
from .number_words import NumberWordsMixin
from .dates import DatesMixin
from .clock import ClockMixin
from .units import UnitsMixin
from .counted import CountedMixin
from .ordinals import OrdinalsMixin
from .ranges import RangesMixin
from .date_passes import DatePassesMixin
from .amount_passes import AmountPassesMixin


def _finite(q) -> bool:
    """Whether the amount ``q`` has finite values: a run of hundreds of digits overflows to inf, no
    quantity a text states, and JSON cannot carry it (the document would not round-trip)."""
    return all(v is None or math.isfinite(v) for v in (q.value, q.low, q.high))


_MONTH_DATE = re.compile(r"(?:\d{4}|XXXX)-\d\d(?:-\d\d)?$").match

# the proclitic prefixes that Extractor.analyses() can strip off a word to reach its core
_PREFIXES = ("", "ال", "لل") + tuple(x + d for x in "وفبلك" for d in ("", "ال")) + tuple(
    y + z + d for y in "وف" for z in "بلك" for d in ("", "ال"))
_DIGITS = re.compile(r"\d\d*")  # not \d+: a pattern that starts with a class lets re skip to the next digit fast


class _Lead(tuple):
    """The cores of a word whose readings are all of lead categories (Extractor._word_kind)."""
    __slots__ = ()


class Extractor(NumberWordsMixin, DatesMixin, ClockMixin, UnitsMixin, CountedMixin, OrdinalsMixin, RangesMixin,
                DatePassesMixin, AmountPassesMixin):
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

    def tokenize(self, norm):
        """The token list of a normalized text (the scan itself builds tokens lazily)."""
        toks = _Toks(self._skipped(norm))
        return [toks[k] for k in range(toks.n)]

    @staticmethod
    def _skipped(norm):
        """URLs, e-mail addresses, hashtags, handles and scraped CSS or script blanked out (same length)."""
        skips = []
        if "@" in norm or "#" in norm or "http" in norm or "www." in norm:
            skips = _skip_spans(norm)
        if "{" in norm:
            code = _code_spans(norm)
            if code:
                skips = sorted(skips + code)
        if skips:
            parts = []
            pos = 0
            for a, b in skips:
                if b <= pos:
                    continue
                a = max(a, pos)
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
            self._thousands_and_hundreds()
            self._shared_units()
            self._strain_names()
            self._bc_years()
            self._slash_days()
            self._one_idioms()
            self._unit_to_another()
            self._percent_dash_ranges()
            self._part_markers()
            self._festival_editions()
            self._context_currencies(view.norm)
            self._carried_currencies()
            self._date_periods()
            self._marked_year_ranges()
            self._unmarked_hijri_years()
            self._weekday_numeric_dates()
            self._day_range_periods()
            self._enumerators()
            self._minus_words()
            self._restated_numbers()
            self._overlapping_ordinals()
        finally:
            # hold nothing of this document: the caller frees it (and a long-lived pipeline does not
            # keep the last document alive)
            self.doc = self.ctx = self.view = self.toks = None
            self._mc = self._em0 = self._em1 = self._pn = self._ia = None
            self._last_article_ordinal = (None, -1)
        if doc.entities:
            self.out_q, self.out_t = _outside_names(self.out_q, doc), _outside_names(self.out_t, doc)
            self.out_t = _family_name_weekdays(self.out_t, doc)
        self.out_q = _general_ranks(self.out_q, doc, self.L.general_rank)
        self.out_q = _regnal_numbers(self.out_q, doc, self.L)
        doc.quantities.extend(q for q in self.out_q if _finite(q))
        doc.temporals.extend(self.out_t)
        self.out_q = self.out_t = None

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
                if p != "و" and c in self.L.months_without_clitic:
                    continue  # باب 'door', لاب: no ب/ل + the month آب (نحو 1 باب: the noun whole)
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


def _arabic_given_names() -> frozenset:
    """The Arabic given names of the name lists (names/first_names_arabic.txt), normalized."""
    from ..entities.words import _one_word_names
    return _one_word_names("first_names_arabic.txt")


def _family_name_weekdays(items: list, doc) -> list:
    """A bare weekday that ends a person's mention opening with an Arabic given name is the family name
    الخميس or الجمعة (أحمد الخميس، بدر الخميس، عبدالرحيم الخميس), no date. The tagger's mention is trusted
    here because the given name must open it; a weekday after a name without such a mention (قال أوباما
    الأربعاء) stays a date."""
    ends = {e.end: e for e in doc.entities if e.label == "PERSON" and " " in e.text}
    if not ends:
        return items
    names = None
    out = []
    for t in items:
        e = ends.get(t.end)
        if e is not None and e.start < t.start and isinstance(t.value, str) and "-W" in t.value \
                and t.text.startswith("ال") and " " not in t.text:
            if names is None:
                names = _arabic_given_names()
            if normalize(e.text.split()[0]) in names:
                continue
        out.append(t)
    return out


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


_WORDS_BEFORE = regex.compile(r"(\p{L}[\p{L}\p{M}]*)")


def _regnal_numbers(items: list, doc, L) -> list:
    """A definite ordinal right after a given name (or a person's mention) with a title of regnal_titles up
    to three words before it is the regnal number of a king, a sultan or a pope, part of the name, no
    quantity (الملك هنري الثامن، السلطان محمد الثاني، البابا يوحنا بولس الثاني، جامعة محمد الخامس); the same
    name and ordinal later in the article are the same king without the title (وقام هنري الثامن). An
    ordinal that leads with its own noun (الملك عبدالله الابن العاشر 'the tenth son', حكم على المتهم الأول)
    is none, unless that word is the second half of a name on عبد (السلطان عبد الحميد الثاني)."""
    text = doc.text
    seen = set()
    drop = set()
    persons = None
    for q in items:
        if q.kind != "ordinal" or q.value > 20 or q.start < 3 or text[q.start - 1:q.start] not in (" ", "\u00a0") \
                or not q.text.startswith(("ال", "ٱل")):
            continue  # (a regnal number is small: السادس عشر at most in the news)
        raw = text[text.rfind(" ", max(0, q.start - 30), q.start - 1) + 1:q.start - 1]
        if not raw or raw == "على" or not raw[-1].isalpha():
            continue  # على 'on', not the name علي
        prev = key(raw)
        head = key(q.text.split()[0])
        compound = prev == "عبد" and not _ordinal_word(head, L)  # عبد [الحميد الثاني]
        if not (compound or _ordinal_word(head, L)):
            continue  # الابن العاشر: an ordinal with its own noun
        name = head if compound else prev
        pair = (name, q.value)
        if pair not in seen:
            if not (compound or name == "الله" or name in _given_names()):
                if persons is None:
                    persons = {e.end for e in doc.entities if e.label == "PERSON"}
                if q.start - 1 not in persons:
                    continue
            words = _WORDS_BEFORE.findall(text, max(0, q.start - 60), q.start)[-5:]
            if not compound and len(words) > 1 and key(words[-2]) == "عبد":
                words = words[:-1]  # عبد الله الثاني: one name of two words (the title before عبد)
            if not any(x in L.regnal_titles for w in words[-4:-1] for x in _bare_keys(w)):
                continue
            seen.add(pair)
        drop.add(id(q))
    return [q for q in items if id(q) not in drop] if drop else items


def _ordinal_word(k: str, L) -> bool:
    """The normalized word ``k`` is an ordinal, maybe definite (الثامن، الأول، السادسة)."""
    return "ord" in L.lex.get(k[2:] if k.startswith("ال") else k, ())


def _bare_keys(w: str) -> tuple:
    """``w`` normalized, as written and behind one clitic و/ب/ل/ف (والملك، بجامعة، للملك -> الملك)."""
    k = key(w)
    if k.startswith("لل") and len(k) > 4:
        return k, "ال" + k[2:]
    return (k, k[1:]) if len(k) > 3 and k[0] in "وبلف" else (k,)


def _without_counted(q, text: str):
    """The quantity ``q`` without its counted noun (before or after the number) and unit."""
    c = q.counted
    if c.start <= q.start:
        s, e = c.end + len(text[c.end:q.end]) - len(text[c.end:q.end].lstrip()), q.end
    else:
        s, e = q.start, q.start + len(text[q.start:c.start].rstrip())
    return _new_quantity({**q.__dict__, "text": text[s:e], "start": s, "end": e, "unit": None, "counted": None})
