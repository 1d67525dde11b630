"""Quantities: amounts, units, money and counted nouns (a mixin of the Extractor)."""
from __future__ import annotations

import datetime as dt

from .tokens import N, P, W
from .values import _as_written, Num
from .shared import _DOT_CLOCK


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


_CLAUSE_END = frozenset(".!?؟؛:")


class UnitsMixin:
    """The Extractor's quantities: amounts with their units, currencies and counted nouns, bare unit
    words, digits and the quantity() entry point."""

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

    def _is_latin(self, i):
        t = self.toks[i] if 0 <= i < self.n else None
        return t is not None and t.typ == W and t.t.isascii()

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

    def _phrase_glued(self, w):
        """ب/ل glued to a word that opens a phrase after a number, never what it counts: a noun of phrase_stems
        (نحو مائة بجروح، إصابة 50 بحادث، الدقيقة 8 بهدف، 13 بانفجارات، 3 لعرض مسرحيات), ل + an imperfect verb
        on ي (الدقيقة 16 ليحل بدلا عنه, 'so that'; ليرة، ليمونة، ليال end so as nouns do), or ل + a word with a
        pronoun glued after it (3 لحمايتها; after ب the ب may be the noun's own: نصف بيوتهم counts). _preposition_glued
        takes the definite, hamza, م and ت words."""
        if len(w) < 4 or w[0] not in "بل":
            return False
        if w[1:] in self.L.phrase_stems:
            return True
        if w[0] == "ل" and w[1] == "ي" and not w.endswith(("ه", "ي", "ا", "ات", "ين", "ون", "ال")):
            return True
        return w[0] == "ل" and len(w) >= 6 and w.endswith(("ها", "هم", "هما", "كم", "هن")) and not w.startswith("لاعب")

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
        r = self._bare_from_range(i, j)
        if r:
            return r
        if ue.get("dual"):
            val = 2.0
            if self.word(j)[len(u[2]):] in self.L.dual_needs_cue and not (
                    (i == 0 or self.is_p(i - 1)) and (u[0] >= n or self.is_p(u[0]))):
                return None  # انتر ميلان، وميلان الإيطالي: Milan (behind و too); two miles only alone
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
        nor, unless it stands ``alone`` between punctuation with no proclitic, an abbreviation or a word with
        a commoner meaning (units.json not_bare: من كم بيانات 'how much data', لكل من قدم 'whoever offered',
        وقدم "العيد" شرحا 'and العيد gave': the verb before a quoted name)."""
        core = (self.word(k) or "")[len(u[2]):]
        if len(core) < 3 and (u[2] or core.isascii()):
            return False
        return alone and not u[2] or core not in self.L.not_bare

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
            if ago and mod is None and not (ago > 0 and ue["unit"] == "century") and not self._anchored(k, ago, pw) \
                    and not self._unit_in_construct(i, k) and not (ago > 0 and self._told_as_past(i - 1)):
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

    def _anchored(self, k, ago, pw):
        """Token k, right after a duration said with بعد (``ago`` 1) or قبل (-1; ``pw`` the word), ties it to
        another event (calendar.json relative_anchors: بعد أربعة أيام على فوزه، بعد 12 عاما من وقف العلاج،
        قبل يومين من الانتخابات): the date is that event's, not one counted from the reference date. Not
        after منذ (يسيطر منذ عام على مساحات: the verb's على), nor before a word of not_events (من الآن 'from
        now', من الزمن 'of time', من أجل 'in order to'). A filler may come between (relative_fillers: بعد أربعة أيام
        فقط من إعادة اختياره), and after بعد a verb of relative_spent ties the span to a past career (بعد 17 عاما
        قضاها في ليفربول: the years he spent, counted from when he came, no date 17 years ahead)."""
        words, not_events = self.L.relative_anchors
        if k >= self.n or pw in self.L.relative_since:
            return False
        if ago > 0 and self.word(k) in self.L.relative_spent:
            return True
        if self.word(k) in self.L.relative_fillers:
            k += 1
        if k >= self.n or self.word(k) not in words[ago]:
            return False
        return k + 1 >= self.n or self.word(k + 1) not in not_events

    def _told_as_past(self, b):
        """بعد at token b and its duration are told of the past or of no time, not counted ahead from the
        reference date, when no word of the present or the future stands before them in the sentence (up to
        ten words back, to a full stop, a colon or a semicolon): relative_anchors future_cues (سوف، لن،
        المقبل، الآن، لكي، ولو), a verb of the future on س (سيتوجه، ستنفذان: _future_verb) or an imperfect on
        ي (يريد، ينذر، يضمن: _imperfect_verb). Narration has past verbs (التي عادت من الظل بعد 55 سنة، وعندما
        سحب العلاج بعد ستة أسابيع، وأسلم الروح بعد أسبوعين، تطلقا بعد عشرة أعوام), or none (والعودة إلى فريقه
        السابق بعد عام واحد في ستامفورد بريدج: a year spent there)."""
        L = self.L
        for k in range(b - 1, max(-1, b - 11), -1):
            t = self.toks[k]
            if t.typ == P and t.t in _CLAUSE_END:
                break
            if t.typ == W and (t.t in L.relative_future or self._future_verb(t.t) or self._imperfect_verb(t.t)):
                return False
        return True

    def _future_verb(self, w):
        """w is س + an imperfect (سيتوجه، ستنفذان، سينتهي، وسيعرض), no noun on س (future_not: سيارة، سنة)."""
        c = w[1:] if w[:1] in "وف" else w
        return len(c) >= 5 and c[0] == "س" and c[1] in "يتن" and c not in self.L.relative_future_not

    def _imperfect_verb(self, w):
        """w is an imperfect on ي (يعود، ينذر، ويضمن), a present or future: no noun of y_nouns."""
        c = w[1:] if w[:1] in "وفل" and len(w) > 4 else w
        return len(c) >= 4 and c[0] == "ي" and c not in self.L.y_nouns

    def _unit_in_construct(self, i, k):
        """The duration is a unit word alone (token i) before a definite word at token k: a construct naming a
        period (بعد شهر الصيام 'after the month of fasting', قبل يوم القيامة), no one month or day from the
        reference date. Not a dual, which takes an object after it (التقيت قبل شهرين المدعية العامة), nor before
        a stop word spelt with ال (قبل شهر إلى, normalized الي)."""
        w = self.word(k) if k == i + 1 else None
        return bool(w) and w.startswith("ال") and w not in self.L.stop and not self.toks[i].t.endswith(("ين", "ان"))

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
                return self._range_tail(start, self._shared_scale(num.value, hi), hi, mod)  # 1.5 - 4.5 مليون
            if hi and hi.value < num.value and start > 0 and self.word(start - 1) in ("بين", "وبين") \
                    and not (len(t.t) == 4 and 1900 <= num.value <= 2100):
                # بين 70-50 في المائة: the ends typed high first (as the eye reads them right to left)
                return self._range_tail(start, hi.value, Num(num.value, hi.i, hi.j), mod)
            return hi.j if hi else k + 1
        return self._finish(start, num, mod)

    # “ closes with ” or, in much of the Saudi web press, with ″ (the double prime: “ويندوز 10″، “نوت 5″)
    _QUOTE_PAIRS = frozenset((("«", "»"), ('"', '"'), ("“", "”"), ("“", "″")))

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

    def _name_head(self, k):
        """Token k is a name a number after belongs to (name_number_heads, also after و: وإف-16)."""
        t = self.toks[k]
        return t.typ == W and any(core in self.L.name_number_heads for _, _, core in self.analyses(t.t))
