"""Clock times (a mixin of the Extractor)."""
from __future__ import annotations

from .tokens import _DIGITS_ASCII, N, T
from .shared import _DOT_CLOCK


class ClockMixin:
    """The Extractor's clock times: hours in digits or words, minutes, parts of the day."""

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
