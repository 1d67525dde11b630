"""Post-passes over the emitted dates and times (a mixin of the Extractor)."""
from __future__ import annotations

import datetime as dt
import re

import regex

from ..records import Quantity
from ..text import normalize
from .lexicon import key
from .tokens import _DIGITS_ASCII
from .shared import _coord_start, _DOT_CLOCK, _join_neighbours, _new_temporal, _NO_TANWEEN, _WORD_AFTER, _WORD_BEFORE
from .dates import _hijri_of


# a date in digits with slashes or dashes between day, month and year (4/8/1436هـ، ٤-١٠-١٤٣٦، 28/9)
_NUMERIC_DATE = re.compile(r"[0-9\u0660-\u0669]{1,4}[ \t]*[/\-][ \t]*[0-9\u0660-\u0669]{1,2}").match
# a Gregorian marker closing a year's span
_GREG_MARK = re.compile(r"(?:م|ميلادي|ميلادية|للميلاد)\Z").search
_DAY_DATE = re.compile(r"(?:\d{4}|XXXX)-\d\d-\d\d$").match

_MONTH_ONLY = re.compile(r"(?:\d{4}|XXXX)-\d\d$").match

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

_HOURS_GAP = re.compile(r"\s*(?:و|أو|او|\s(?:و\s*)?(?:إلى|الى|حتى|لغاية))\s*\Z").search
# a second year right after a year (عام 1382-1962، 1293 / 1876، 1391 الموافق 1971، (1962م)): group 1
_YEAR_AFTER = re.compile(r"[ \t]*(?:[-/\u2013(]|الموافق(?:[ \t]+ل?عام)?)?[ \t]*\(?[ \t]*(\d{4})(?!\d|[/.\-]\d)").match

# a day range written with a dash or a tatweel for one (من 4 - 6 ذي الحجة، 25 ــ 28 مايو): the first day's digits
_TATWEEL_GAP = re.compile(r"(?<=\d)[ \t]*(?:\u0640+|[-\u2013])[ \t]*\Z").search


def _tatweel_start(text: str, end: int) -> int | None:
    """Where the dash (-, –, or a tatweel ــ) right after digits and before ``end`` starts, or None."""
    lo = max(0, end - 8)
    m = _TATWEEL_GAP(text, lo, end)
    return m.start() if m else None


def _year_of(q, value: str, calendar: str):
    """The year date of the four digits that begin the number item ``q``."""
    return _new_temporal({"text": q.text[:4], "start": q.start, "end": q.start + 4, "kind": "date",
                          "value": value, "calendar": calendar})


def _hours_start(text: str, end: int) -> int | None:
    """Where the و / إلى / حتى / وحتى / لغاية joining two clock hours right before ``end`` starts, or None."""
    lo = max(0, end - 10)
    m = _HOURS_GAP(text[lo:end])
    return lo + m.start() if m else None


# a day and a month with a slash, maybe spaced, no third part (4/ 10، 15 /7; not 8 / 11 / 1436 nor 1/2.5)
# (digits first, so that the engine skips to them: what may not stand before is checked by the caller)
# (a full stop after the pair ends the sentence: بالتعادل 1 / 1.; a digit after it makes a decimal)
_SLASH_DAY = re.compile(r"(\d{1,2})[ \t]*/[ \t]*(\d{1,2})(?![\d,/]|[.,]\d|[ \t]*/[ \t]*\d)").finditer
_NOT_BEFORE_DAY = frozenset("0123456789/.,\u0660\u0661\u0662\u0663\u0664\u0665\u0666\u0667\u0668\u0669")

_YEAR_DIGITS = re.compile(r"[0-9\u0660-\u0669]{1,4}").fullmatch
# a dash between two years of a span (65 - 4 ق.م), with its spaces, at the end of the searched text
_DASH_GAP = re.compile(r"[ \t]*[-\u2013][ \t]*\Z").search
# what joins two years before Christ into one period: a dash, or إلى/حتى after من before the first
_BC_DASH = re.compile(r"[ \t]*[-\u2013][ \t]*").fullmatch
_BC_TO = re.compile(r"[ \t]+(?:إلى|الى|حتى)[ \t]+").fullmatch
_BC_FROM = re.compile(r"(?<!\S)من[ \t]+\Z").search
# or و after بين (ما بين), maybe with a dual or plural year word between (بين عامي 284 و246 قبل الميلاد)
_BC_AND = re.compile(r"[ \t]*و[ \t]*").fullmatch
_BC_BETWEEN = re.compile(r"(?<!\S)(?:ما[ \t]+)?بين[ \t]+(?:([\u0621-\u064a]+)[ \t]+)?\Z").search
# two bare numbers with a dash, the first the larger, right before an era marker (65 - 4 ق.م): the scan
# reads such a pair as a score and emits neither
_BC_PAIR = re.compile(r"(?<![\w.,/\-\u2013])([0-9\u0660-\u0669]{1,4})[ \t]*[-\u2013][ \t]*([0-9\u0660-\u0669]{1,4})\Z").search


def _bc_periods(text, dates, year_list_words):
    """Two dates before Christ joined by a dash, by من ... إلى or by بين ... و, the first the earlier (سينيك
    (65 ق.م - 4 ق.م)، من 300 ق.م إلى 200 ق.م، بين عامي 284 و246 قبل الميلاد) are one period, as 1950 - 2010
    and بين عامي 1950 و2010 are, its span taking من or بين and the year word; not two dates."""
    def join(a, b):
        s = None
        if a.end <= b.start and int(a.value) < int(b.value):
            if _BC_DASH(text, a.end, b.start):
                s = a.start
            elif _BC_TO(text, a.end, b.start):
                m = _BC_FROM(text, max(0, a.start - 6), a.start)
                s = m.start() if m else None
            elif _BC_AND(text, a.end, b.start):
                m = _BC_BETWEEN(text, max(0, a.start - 24), a.start)
                s = m.start() if m and (m.group(1) is None or key(m.group(1)) in year_list_words) else None
        if s is None:
            return None
        return _new_temporal({"text": text[s:b.end], "start": s, "end": b.end, "kind": "period",
                              "value": f"{a.value}/{b.value}", "calendar": "gregorian"})

    return _join_neighbours(sorted(dates, key=lambda t: t.start), join)


class DatePassesMixin:
    """The Extractor's passes over the dates and times it emitted, once the scan is done: coordinated
    and listed days and years, year pairs, slash days, BC years, festival editions, periods, time ranges."""

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
            pair = None if end in dates or end in nums else _BC_PAIR(text, max(0, end - 12), end)
            if pair is not None:
                new.extend(self._bc_pair(text, pair, mark_end))
                continue
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
        if drop or new:
            self.out_q = [q for q in self.out_q if id(q) not in drop]
            self.out_t = sorted([t for t in self.out_t if id(t) not in drop]
                                + _bc_periods(text, new, self.L.year_list_words), key=lambda x: x.start)

    def _marked_year_ranges(self):
        """A range of two bare numbers right before an era marker is a period of years, no range of amounts:
        a CV's 94 - 1995م، 99 - 2000م (the first year's century left out: 1994/1995, 1999/2000), a reign's
        (295 - 320 هـ), بين 568 و645 ميلادي. م alone is the metre as well: with it the second year has four
        digits and the first four or two (بين 1596 و1608 م، 94 - 1995م; not بين 200 و300 م). At most 200
        years apart, the first the earlier."""
        text = self.doc.text
        drop, new = set(), []
        for q in self.out_q:
            if q.kind != "range" or q.unit is not None or q.counted is not None or q.modifier is not None \
                    or q.low is None or q.high is None or not (0 <= q.low < 10000 and 0 <= q.high < 10000) \
                    or q.low != int(q.low) or q.high != int(q.high):
                continue
            m = self.L.era_after(text, q.end)
            if m is None:
                continue
            low, high = int(q.low), int(q.high)
            if m.group("g") == "م" and not (high >= 1000 and (low >= 1000 or low < 100)):
                continue
            if low < 100 <= high:
                low += high // 100 * 100 - (100 if high // 100 * 100 + low > high else 0)
            if high < 100 or not 0 < high - low <= 200:
                continue
            drop.add(id(q))
            new.append(_new_temporal({"text": text[q.start:m.end()], "start": q.start, "end": m.end(),
                                      "kind": "period", "value": f"{low:04d}/{high:04d}",
                                      "calendar": "hijri" if m.group("h") else "gregorian"}))
        if drop:
            self.out_q = [q for q in self.out_q if id(q) not in drop]
            self.out_t = sorted(self.out_t + new, key=lambda x: x.start)

    @staticmethod
    def _bc_pair(text, m, mark_end):
        """The two years of a dashed pair before an era marker (_BC_PAIR: 65 - 4 ق.م), the earlier (larger)
        first, as two dates before Christ for _bc_periods to join; none when the first is not the larger
        (4 - 65 ق.م is no life span read right to left)."""
        a, b = (int(m.group(g).translate(_DIGITS_ASCII)) for g in (1, 2))
        if not a > b > 0:
            return []
        return [_new_temporal({"text": text[m.start(g):e], "start": m.start(g), "end": e, "kind": "date",
                               "value": f"-{v:04d}", "calendar": "gregorian"})
                for g, e, v in ((1, m.end(1), a), (2, mark_end, b))]

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

    def _weekday_numeric_dates(self):
        """A weekday (يوم الجمعة، الأربعاء) right before a date in digits with slashes or dashes (يوم الجمعة
        4/8/1436هـ، الاثنين ٤-١٠-١٤٣٦، الأربعاء 15/7/2015م) is one date, as الثلاثاء 21 يوليو already is: one
        item from the weekday on with the date's value, not a weekday beside it. Only spaces between; a
        day alone (الثلاثاء 10 و11 و12 شوال, where the days go with a list of weekdays) is left."""
        text = self.doc.text

        def join(a, b):
            if a.kind == "date" and isinstance(a.value, str) and "-W" in a.value \
                    and b.kind == "date" and _NUMERIC_DATE(b.text) and not text[a.end:b.start].strip():
                return _new_temporal({**b.__dict__, "text": text[a.start:b.end], "start": a.start})
            return None

        self.out_t = _join_neighbours(self.out_t, join)

    def _unmarked_hijri_years(self):
        """A year alone with no calendar marker in calendar.json unmarked_hijri_years' bounds (ولد عام 1396،
        في العام 1428، للعام 1436), read as Gregorian, is Hijri: the Saudi press writes the Hijri year bare.
        Not when the article dates something else in 1000-1799 outside the bounds, as a history does (بني
        عام 1431 beside عام 1534، عام 1662); a Gregorian marker (عام 1450م) keeps its calendar."""
        lo, hi = self.L.unmarked_hijri_years
        cands = [k for k, t in enumerate(self.out_t) if t.kind == "date" and t.calendar == "gregorian"
                 and len(t.value) == 4 and t.value.isdigit() and lo <= int(t.value) <= hi
                 and not _GREG_MARK(t.text)]
        if not cands:
            return
        for t in self.out_t:
            y = t.value[:4] if t.calendar == "gregorian" and isinstance(t.value, str) else ""
            if y.isdigit() and 1000 <= int(y) < 1800 and not lo <= int(y) <= hi:
                return  # a history: its other dates are of the Middle Ages
        for k in cands:
            self.out_t[k] = _new_temporal({**self.out_t[k].__dict__, "calendar": "hijri"})

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
