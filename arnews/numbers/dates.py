"""Dates, calendars, weekdays and the temporal entry point (a mixin of the Extractor)."""
from __future__ import annotations

import datetime as dt

import regex

from ..text import normalize
from .tokens import N, P, W


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


#: words joining decades that share the century named after the last (الستينات أو السبعينات، من الستينات حتى التسعينات)
_DECADE_LINKS = frozenset(normalize(w) for w in ("أو", "حتى", "وحتى", "إلى", "وإلى"))


class DatesMixin:
    """The Extractor's dates: numeric and spelled dates, months and years, calendars (Hijri and
    Gregorian), weekdays, decades, relative dates and the temporal() entry point."""

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
        r = self._year_pair_end(i)
        if r is None:
            return None
        self.emit_t(i if start is None else start, r[0], "period", r[1])
        return r[0]

    def _year_pair_end(self, i):
        """The year pair of _year_pair at token i, found and not emitted -> (end token, "Y1/Y2") or None."""
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
        j = i + 3
        if not (1300 <= y1 <= 2100 and 0 < y2 - y1 <= 100) and not (not rev and self._bracketed_lifetime(i, y1, y2)):
            return None
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
        return j, f"{y1}/{y2}"

    def _bracketed_lifetime(self, i, y1, y2):
        """Two years of 1000-2100 alone in brackets after a word, at most 150 apart, with no unit or percent
        after the bracket: the dates of a life, a reign or an institution (الخليفة العباسي الناصر (1180 – 1225)،
        مملكة أرمينيا (1223 - 1280)، معهد جامعة لشبونة (1911 - 2013)), one period, where a range of amounts
        needs its unit ((1200 - 1900) ريال). Years before 1300 or more than 100 apart need this. A counted noun
        after the bracket is no sign (the word after is as often the sentence's verb or object: (1911 - 2013)
        أبوابه), as _year_pair_end reads pairs of 1300-2100 in brackets."""
        toks, n = self.toks, self.n
        if not (1000 <= y1 < y2 <= 2100 and y2 - y1 <= 150) or i < 2 or toks[i - 1].t != "(" \
                or toks[i - 2].typ != W or i + 3 >= n or toks[i + 3].t != ")":
            return False
        k = i + 4
        return k >= n or toks[k].typ != W or not (self.match(k, ("percent",)) or self._unit(k))

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
        """[شهر] MONTH [(ALT) | ALT | /ALT | - ALT] -> (j, cal, month) or None."""
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
        elif j + 1 < n and toks[j].t in ("/", "-", "–", "—"):
            # "شباط/فبراير", "12 تموز/يوليو", "4 أبريل - نيسان 2015": one month, both names
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
            ey = self._epithet_year(m[0])
            if ey:
                return ey
            yp = self.year_part(m[0])
            if yp and yp[1] and (yp[2] or 1000 <= yp[1] <= 2200):
                return yp[0], "date", f"{yp[1]:04d}"
            ey = self._early_year(m[0], yp)
            if ey:
                return ey, "date", f"{int(self.toks[m[0]].t):04d}"
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

    def _early_year(self, k, yp):
        """A year before 1000 right after a year word (``yp``: year_part at token k, the token after it):
        with a calendar marker (عام 645 ميلادية، سنة 630 للميلاد، سنة 268م فترة: the year word makes م no metre)
        or, in three digits, before punctuation or the end (في عام 453، مات سنة 639)): the historian's year,
        which the four-digit check left a bare number. Two digits alone (عام 48) stay what they were.
        -> the date's end token or None."""
        t = self.toks[k] if k < self.n else None
        if t is None or t.typ != N or not t.t.isdigit() or not 1 <= int(t.t) < 1000:
            return None
        if yp and yp[1] == int(t.t) and yp[0] > k + 1:
            return yp[0]  # the marker
        return k + 1 if len(t.t) == 3 and self.is_p(k + 1) else None

    def _epithet_year(self, k):
        """A year word's adjective at token k (year_epithets: الحالي، الماضي، المالي، الهجري) and a year in
        digits right after it: one date spanning the year word too (العام الحالي 2015، مطلع العام الفائت 2014),
        where the year alone left the words before it out and the relative words read the year again.
        -> (end, "date", year[, "hijri"]), (end, "period", "Y1/Y2") for a pair of years, or None; None
        when the digits count the word after them, as _bare_year has it (العام الماضي 2000 حالة، 1436 طالبا)."""
        greg, hijri = self.L.year_epithets
        w = self.word(k)
        if w not in greg and w not in hijri:
            return None
        return self._year_after(k, w in hijri)

    def _year_after(self, k, hijri_word):
        """The year in digits right after token k (a year word's adjective, or the year word of هذا العام)
        for _epithet_year: a pair of years, or one year (1900-2100; 1300-1500 with هـ, or without it after a
        word that makes it Hijri: ``hijri_word``) that counts nothing after it -> the date_expr tuple or None."""
        if k + 1 >= self.n or self.toks[k + 1].typ != N:
            return None
        pair = self._year_pair_end(k + 1)
        if pair:
            return pair[0], "period", pair[1]  # العام الدراسي 1436/1437هـ: both years, one period
        if k + 3 < self.n and self.toks[k + 2].t in ("-", "–", "/", "ـ") and self.toks[k + 3].typ == N:
            return None  # two numbers no pair of years: left as they read without the words before
        yp = self.year_part(k + 1)
        if not yp or not yp[1]:
            return None
        y, end = yp[1], yp[0]
        is_hijri = yp[2] or hijri_word and 1300 <= y <= 1500
        if not (is_hijri and 1300 <= y <= 1500 or not is_hijri and 1900 <= y <= 2100):
            return None
        t = self.toks[end] if end == k + 2 and end < self.n else None
        if t is not None and t.typ == W and (self._unit(end) or self._counted(end) is not None and (
                t.t.endswith("ا") or y == 2000)):
            return None  # as after a bare year: 2014 جاءت is a year, 1436 طالبا and 2000 حالة are counts
        return (end, "date", f"{y:04d}", "hijri") if is_hijri else (end, "date", f"{y:04d}")

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
        وخطباء الجمعة: the Friday sermons; مجلة «الاثنين», a quote mark between), no date."""
        k = i - 1
        if k > 0 and self.toks[k].t in ("«", '"', "“"):
            k -= 1  # مجلة «الاثنين»: the name in quotes
        w = self.word(k) if k >= 0 else None
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

    def _relday_elative(self, i, j, pre):
        """The relative day word at token i (أمس) is the elative spelt alike (أمسّ 'most'): a word of
        relday_elatives' after follows (الحاجة) and ب is glued before it or one of before precedes (في أمس
        الحاجة، بأمس الحاجة إلى الدم); أمس الأول and وأكد أمس الحاجة إلى ... ('yesterday') stay."""
        r = self.L.relday_elatives.get(self.word(i)[len(pre):])
        return bool(r) and self.word(j) in r[1] and (pre == "ب" or i > 0 and self.word(i - 1) in r[0])

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
            if self.word(i)[len(m[2]):] == "اليوم":  # behind و/ب/ف too: واليوم الثاني، واليوم التالي
                before, after = self.L.day_not_today  # ذلك اليوم، اليوم التالي: another day
                if j < n and (toks[j].typ == N or self._elem(j, True) or self.word(j) in after) or \
                        i > 0 and self.word(i - 1) in before:
                    return None
            elif j < n and self._relday_elative(i, j, m[2]):
                return None  # في أمس الحاجة، بأمسّ الحاجة: the elative 'most (in need)', no yesterday
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
                ey = self._year_after(u[0] - 1, False) if u[1]["relunit"] == "year" else None
                if ey:  # لهذا العام 1436هـ، هذا العام 2015: the year said, one date from the year word on, as
                    self.emit_t(m[0], ey[0], ey[1], ey[2], *ey[3:])  # the guide's annotators mark العام 1436هـ
                    return ey[0]
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

    def _day_dash_day(self, lo, hi):
        """Two days of a month in digits joined by a dash before its name (25 - 28 مايو، من 4 - 6 ذي
        الحجة): the second opens a date the first shares (_coordinated_days), they are no range counting
        the month's first word."""
        if lo.words or hi.words or not (1 <= lo.value <= 31 and hi.value <= 31) or lo.value != int(lo.value) \
                or hi.value != int(hi.value) or hi.j >= self.n:
            return False
        m = self.month_at(hi.j, False)
        return bool(m and m[3])

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
