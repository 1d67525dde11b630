"""Reading numbers at a token: number words and digits to a ``Num`` (a mixin of the Extractor)."""
from __future__ import annotations

import math

from .tokens import N, W
from .values import _restated_thousands, eval_elems, Num, split_numerator


class NumberWordsMixin:
    """The Extractor's reading of numbers: number words and their elements (ثلاثة آلاف وخمسمائة، ونصف),
    digits with the words after them, integers in a range; each as a Num over tokens."""

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

    def _definite_scale(self, k):
        """The value of the definite singular scale word at token k (الألف، المليون), read only after an
        ordinal and بعد (_elem gives a definite scale no value there: المليون alone is no amount), or None."""
        w = self.word(k)
        if not w or not w.startswith("ال"):
            return None
        sc = (self.L.lex.get(w[2:]) or {}).get("scale")
        return sc[0] if sc and sc[1] == 1 else None

    def _teen_first_goes_on(self, j):
        """A teen's first word (أحد، إحدى، اثنا) before token j is a number: عشر/عشرة follows with no و (إحدى
        عشرة), or و + a ten (إحدى وعشرين دولة، الإحدى والعشرين = 21, the formal spelling of واحد وعشرين);
        alone it is 'one of' (إحدى الدول)."""
        nx = self._elem(j, False) if j < self.n else None
        return nx is not None and (nx[1][1] == "teen2" and not nx[1][2] or nx[1][1] == "ten" and nx[1][2])

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
            # أحد/إحدى only before عشر, or before و + a ten (إحدى وعشرين دولة = 21)
            if not self._teen_first_goes_on(j):
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

    def _counted_quarters(self, j, jj):
        """The plural of a fraction at tokens j..jj after a unit no smaller than its denominator counts quarters
        (of a business year), no fraction, when a word of quarters_after follows it (خمسة أرباع متتالية،
        لأربعة أرباع متتالية) or one of quarters_before stands before the unit (آخر أربعة أرباع): 5, not 1.25.
        Alone (تسعة أثلاث، عشرة أخماس) it stays a fraction, as text normalization writes them."""
        return (jj < self.n and self.toks[jj].t in self.L.quarters_after) or (
            j >= 2 and self.toks[j - 2].t in self.L.quarters_before)

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
                sc = self._definite_scale(j + 1) if r2 is None else None
                if sc:  # العاشر بعد الألف = 1010, الأول بعد المليون = 1,000,001: the scale is added, as المئة is
                    elems.append((sc, "hN", True))
                    ordn = True
                    j += 2
                    continue
                break
            r = self._elem(j, False)
            if r is None:
                break
            jj, e, o, de = r
            prev = elems[-1]
            if e[1] == "u1":
                # "مائة وإحدى عشر، مائة واثنا عشر": a teen's first word only before عشر (or و + a ten)
                if not self._teen_first_goes_on(jj):
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
                elif e[1] == "den" and prev[1] in ("u", "teen", "ten") and not (
                        prev[0] >= e[0] and self._counted_quarters(j, jj)):
                    pass  # ثلاثة أرباع = 0.75, تسعة أثلاث = 3; خمسة أرباع متتالية counts quarters of a year
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
            elif cut is None and e[1] in ("u", "teen", "ten") and prev[1] in ("u", "teen", "ten", "teen2") and e[0] and \
                    (prev[1], e[1]) not in (("u", "ten"), ("ten", "u")):
                # ثلاث وأربع سنوات: two numbers, not 7 (unless a decimal follows); after a teen's عشر too:
                # القرنين الخامس عشر والسادس عشر are 15 and 16, not 31
                cut = (j, len(elems))
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
