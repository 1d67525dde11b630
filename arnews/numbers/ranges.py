"""Ranges of amounts (a mixin of the Extractor)."""
from __future__ import annotations

from .tokens import P, W
from .values import Num


class RangesMixin:
    """The Extractor's ranges of amounts (بين 20 و30، من 5 إلى 10 دقائق، 12 إلى 14 مليون)."""

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
            if u and u[1]["unit"].get("dual") and not u[3] and self.word(j)[len(u[2]):] not in self.L.dual_needs_cue:
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
            elif dual and lo.i == lo.j and k < n:
                fr = self._unit_fraction(k, u_mid[1]["unit"])
                if fr:  # من متر ونصف إلى مترين ونصف: the low end's fraction
                    lo, k = Num(lo.value + fr[0], j, j, words=True), fr[1]
        w = self.word(k)
        glued = how == "between" and not lo.digits and w is not None and len(w) > 2 and w[0] == "و"
        ok = (how == "between" and w in ("و", "الي", "الى")) or (how in ("from", "to") and w in ("الي", "حتي", "لغايه", "الى")) \
            or glued  # بين 10 إلى 15 في المائة: the press often joins بين with إلى
        if not ok or k + (0 if glued else 1) >= n:
            return None
        hi = self.parse_number(k) if glued else self.parse_number(k + 1)  # بين ثلاث وأربع سنوات
        if hi is None and dual and lo.i == lo.j:
            hi = self._bare_high(k if glued else k + 1, dual)  # ما بين عام واحد وعامين: one to two years
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
        mid = u_mid[1]["unit"] if u_mid and not dual and u_mid[0] == lo.j + 1 else None
        return self._range_tail(i, self._shared_scale(lo.value, hi), hi, mod, mid)

    def _shared_scale(self, low, hi):
        """The low end with the scale word that ends the high end ``hi`` when it counts for both (بين 3 و5
        ملايين دولار، 1.5 - 4.5 مليون دولار، 70-85 مليار دولار): a low end under 1000 that, so scaled, stays
        below the high end; else ``low`` as it is (من 500 إلى 2 مليون)."""
        sc = self.match(hi.j - 1, ("scale",)) if hi.j - 1 > hi.i else None
        if sc and sc[0] == hi.j and low < 1000 and low * sc[1]["scale"][0] < hi.value:
            return low * sc[1]["scale"][0]
        return low

    def _bare_high(self, k, unit):
        """The high end said as the unit word alone at token k, after a low end said so in ``unit``: its dual
        (وعامين = 2) or the unit and a fraction (إلى متر ونصف = 1.5, مترين ونصف = 2.5) -> a Num at k (the
        unit's token; _range_tail takes the fraction into the span) or None."""
        u = self._unit(k)
        if not u or u[1]["unit"]["unit"] != unit or u[3]:
            return None
        dual = u[1]["unit"].get("dual")
        if not dual and (u[2] or not u[1]["unit"].get("bare") or u[0] != k + 1):
            return None
        fr = self._unit_fraction(u[0], u[1]["unit"]) if u[0] < self.n else None
        if not dual and fr is None:
            return None
        return Num((2.0 if dual else 1.0) + (fr[0] if fr else 0.0), k, k, words=True)

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
        """The unit ``u`` at token j, after بين (or من after a cue of from_range_cues: وارتفاع الموج من متر إلى
        متر ونصف, how "to") with no number, names one of it as the low end of a range (ما بين متر إلى خمسة
        أمتار): a bare singular (units.json bare), indefinite, with no clitic."""
        ue = u[1]["unit"]
        return how in ("between", "to") and ue.get("bare") and not ue.get("dual") and not u[3] and not u[2] \
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

    def _bare_from_range(self, i, j):
        """A unit word alone at token j (= i) right after من with a cue of from_range_cues before it: the low
        end of one unit of a range (وارتفاع الموج من متر إلى متر ونصف = 1-1.5 m), the span taking من in ->
        the end token, or None (من متر alone, or with no cue: a change or a distance, left to the caller)."""
        if i != j or i < 1 or self.word(i - 1) != "من" or not self._from_range_cue(i - 1):
            return None
        return self._range(i - 1, j, "to")

    def _from_range_cue(self, j):
        """A word of from_range_cues (تتراوح، أعمارهم; behind و/ف/س) up to three words before من at token j,
        with no punctuation between but a colon right before من (وارتفاع الموج: من متر, a weather table's
        label): من X إلى Y then spans a range, no change from X to Y."""
        if j > 0 and self.toks[j - 1].t == ":":
            j -= 1
        for k in range(j - 1, max(-1, j - 4), -1):
            w = self.word(k)
            if w is None:
                return False
            cues = self.L.from_range_cues
            if w in cues or w[:1] in "وفس" and (w[1:] in cues or w[1:2] == "س" and w[2:] in cues):
                return True
        return False

    def _range_tail(self, i, low, hi, mod, mid=None):
        """The range from token i, ``low`` to the Num ``hi``, with the unit, percent or counted noun after the
        high end; with none there, the unit ``mid`` said after the low end only (the stock reports' بين 26.80
        ريالاً و28.50 = 26.8-28.5 SAR), if any."""
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
                    fr = self._unit_fraction(k, ue) if hi.i == hi.j and k < n else None
                    if fr:
                        k = fr[1]  # إلى متر ونصف: the high end's fraction, already in its value (_bare_high)
                    self.emit_q(i, k, kind, None, unit=unit, modifier=mod, low=low, high=hv)
                    return k
                c = self._counted(k) if mid is None else None
                if c is not None:
                    counted = (c, c + 1)
                    k = c + 1
        if unit is None and counted is None and mid is not None:
            self.emit_q(i, k, kind, None, unit=mid["unit"], modifier=mod, low=low * mid["factor"],
                        high=hi.value * mid["factor"])
            return k
        self.emit_q(i, k, kind, None, unit=unit, modifier=mod, low=low, high=hi.value, counted=counted)
        return k
