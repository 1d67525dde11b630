"""What a number counts: the grammar checks that finish an amount (a mixin of the Extractor)."""
from __future__ import annotations

from bisect import bisect_right
import re

from ..text import normalize
from .tokens import _DIGITS_ASCII, N, P, W
from .values import _restated_thousands
from .shared import _DOT_THOUSANDS, _NO_TANWEEN


# a word on ت ending in an object pronoun (تطالعنا، تليها، تدخلنا، تعينني; normalized): an imperfect verb,
# no counted noun. Not the accusative of a verbal noun on ت (تمرينا، تعاونا، توجيها، تنبيها: ينا، ونا، انا,
# ت..يها), a plural on اني (تهاني) or a plural noun with a possessive (تطلعاتنا)
_T_VERB_OBJECT = re.compile(r"(?!ت..يها$)(?!.*(?:[ياو]نا|اني|ات(?:نا|ني|ها|هما|هم|هن|كم))$).*(?:نا|ني|ها|هما|هم|هن|كم)$").match

_LONG_VOWELS = frozenset("اويهءى")


class CountedMixin:
    """The Extractor's grammar checks after a number: _finish decides what the number counts (a
    counted noun, a unit, or nothing: verbs, idioms, names, constructs, years) and emits it."""

    def _quoted_digits_at(self, num, k):
        """Digits alone between a pair of quote marks, the closing one at token k and a word after it («68»
        عاما، "3" أهداف): they count the word after the closing mark; spaces inside the marks only where
        _spaced_quotes pairs them."""
        toks, n = self.toks, self.n
        return bool(num.digits) and num.j == num.i + 1 and num.i > 0 and k + 1 < n and toks[k + 1].typ == W \
            and (toks[num.i - 1].t, toks[k].t) in self._QUOTE_PAIRS and (
                not toks[num.i].gap and not toks[k].gap or self._spaced_quotes(num.i - 1, k))

    def _spaced_quotes(self, o, c):
        """The quote marks at tokens o and c, with a space inside one or both (من " 36428 " مخالفة، الجدة "101 "
        عام), pair around the digits between them: the first opens (a space or the line's start before it) and
        the second closes (a space after it); "الأمر" 5 "أشخاص" (a closing and an opening mark) do not."""
        toks = self.toks
        return (o == 0 or toks[o].gap or toks[o - 1].typ == P) and c + 1 < self.n and toks[c + 1].gap

    def _partitive_after(self, k):
        """Token k is a partitive word (dot_thousands_partitive: من) and a definite noun follows (14.500 من
        المصححين): what is before counts a part of people or things, a whole number, so its dot groups thousands."""
        w = self.word(k + 1) if k + 1 < self.n else None
        return self.word(k) in self.L.dot_thousands_partitive and bool(w) and w.startswith("ال") and len(w) > 4

    def _finish(self, i, num, mod):
        toks = self.toks
        n = self.n
        k = num.j
        r = self._bare_to_range(i, num, mod)
        if r:
            return r
        kq = k + 1 if k < n and self._quoted_digits_at(num, k) else k  # " 27.535 " مركبة: the noun after the mark
        if num.j == num.i + 1 and _DOT_THOUSANDS(num.digits) and kq < n and (
                self._unit(kq) or self._counted(kq) is not None or self._partitive_after(kq)):
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
        quoted = self._quoted_digits_at(num, k)
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
        if alone and i == num.i and num.i > 0 and toks[num.i - 1].typ == W and any(
                core in self.L.adjective_readings for _, _, core in self.analyses(toks[num.i].t)):
            return k  # أساس متين، الترابط المتين: 'solid' after its noun, no 200
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
        if c is not None and self._letter_name(c):
            return num.j  # «دي بي 9 جي تي»، «جالاكسي إس 6 بلس»، «1080 بي»: a model's name, no count
        if c is not None and self._past_t_verb(c):
            c = None  # (٩٩٧) تلقت، في العام 200 منعت السلطات، خمس استهدفت مواقع: a past verb, no counted noun
        if c is not None and self._t_verb_object(c):
            c = None  # الحلقة 27 تطالعنا، 169 تليها: an imperfect verb with an object pronoun
        if c is not None and self._conjoined(c, num.value):
            c = None  # قتل 57 وصرع، 36 ورئيس البلدية، 2.5 مليون وكنا: the و starts the next item or clause
        if c is not None and self._preposition_glued(toks[c], toks[c].t):
            c = None  # 3 لعرض، 30 بالحرس: a phrase after the number (before واحد, لموسم واحد counts)
        if c is not None and self._phrase_glued(toks[c].t):
            c = None  # نحو مائة بجروح، 50 بحادث، الدقيقة 16 ليحل: 'with wounds', 'in an accident', 'so that'
        if c is not None and num.words and num.definite and self._glued_after_definite(toks[c].t):
            c = None  # سنوات حكمه الثماني بقمع، الصفر لفترة، التسعة عشر ليتم: a phrase or a verb after it
        if c is not None and self._after_article(num) and not toks[c].t.endswith("ا") \
                and self._glued_after_definite(toks[c].t):
            c = None  # بلقبه الـ11 لكأس، فروعها الـ25 بكافة: digits made definite by الـ, as above (الـ28 بلدا counts)
        if c is not None and mod is None and not self._accusative_alif(c) and self._bare_year(num):
            c = None  # 2015 جاءت، 1974 بدأ، 2014 بالبرازيل: a year before a verb or a phrase (1959 فرعا counts)
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
                    and (general or self._counted(i - 1) is not None and not self._verb_before_one(i - 1)
                         or val == 1 and self._year_unit_before(i)) \
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
                    if val == 1 and start == i - 1 and self._feminine_construct_head(start, num):
                        start -= 1  # غرفة نوم واحدة، ضغطة زر واحدة: the construct's feminine head
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
        if self._definite_one(num, val, counted):
            return num.j  # أبناء البلد الواحد، سعر الرأس الواحد، في الدقيقة الواحدة: 'the same', 'per', no count
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

    def _definite_one(self, num, val, counted):
        """The definite one alone (الواحد، الواحدة) after the definite noun it agrees with counts nothing: it
        says 'the same' (أبناء البلد الواحد، الأسرة الواحدة، بروح الفريق الواحد) or 'per' (سعر الرأس الواحد
        1200 ريال، في الدقيقة الواحدة، للعبوة الكرتونية الواحدة), which the news guide leaves out (100 درهم
        للرأس الواحدة); an indefinite one (بلد واحد، دقيقة واحدة) still counts."""
        return val == 1 and counted is not None and num.words and num.definite and num.unit_only \
            and num.j == num.i + 1 and counted[1] <= num.i

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

    def _verb_before_one(self, k):
        """Token k before واحد/واحدة is a verb, not the noun the one agrees with: a feminine past (_past_t_verb:
        وقد كتبت واحدة من الروايات), an imperfect of a derived form on ت (_long_t_verb: بحيث تستغل واحدة
        الاستراحة), or an imperfect of four letters on ت/ي ending in و (وتكاد لا تخلو واحدة منهن، يدعو واحد): the one
        is its subject or object."""
        w = self.toks[k].t
        return self._past_t_verb(k) or self._long_t_verb(k) or len(w) == 4 and w[0] in "تي" and w[-1] == "و"

    def _letter_name(self, k):
        """Token k, as written, is a Latin letter or a model suffix spelt in Arabic (letter_names: جي، إم، بي، دي،
        تي، بلس، برو): after a number it ends a model's or a format's name («دي بي 9 جي تي»، «إكسبيريا زد 3 بلس»،
        «سي 5 إم»، «1080 بي»، شركة «3 دي تشيف»), which the guide skips, not a noun the number counts. As written:
        normalized, إم is أم 'or', mother."""
        s, e = self.view.span(self.toks[k].s, self.toks[k].e)
        return self.doc.text[s:e] in self.L.letter_names

    def _past_t_verb(self, k):
        """A word on ت of the feminine past after a number (or before واحدة): three letters and ت (شهدت، منعت،
        قبضت، تلقت، كتبت واحدة) or a derived form on ان/است/اXت (انطلقت، استهدفت، اختارت); ت after ا، و، ي
        makes nouns (بيروت، تابوت، كبريت، وقت) and t_nouns lists the others (فولت، انترنت). Units came first."""
        w = self.toks[k].t
        if not w.endswith("ت") or w[-2] in "اويه" or w in self.L.t_nouns:
            return False
        return len(w) == 4 or len(w) >= 6 and (w.startswith(("ان", "است")) or w[0] == "ا" and w[2] == "ت")

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

    def _accusative_alif(self, k):
        """The word at token k ends in a bare ا as the accusative does (فرعا): read in the original text,
        since normalization writes the hamza of a past verb (بدأ، نشأ) as ا too."""
        t = self.toks[k]
        return t.t.endswith("ا") and self.doc.text[self.view.start(t.e - 1)] == "ا"

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

    def _feminine_construct_head(self, k, num):
        """The feminine one (واحدة) after token k, a word with no feminine ending (no ة, ات or ى: نوم، زر، صفراء،
        حوار، حريق), right after an indefinite word on ة, agrees with that word, the head of a construct
        (غرفة نوم واحدة، بضغطة زر واحدة، طاولة حوار واحدة، حالة حريق واحدة, one bedroom, one press of a
        button): the head is what it counts. A feminine noun without ة (قدم واحدة، أرض واحدة) after a word
        not on ة stays counted, and an idiom of unity_nouns keeps its noun (كتلة يد واحدة: يد واحدة 'united')."""
        w = self.toks[k].t
        if k < 1 or not self.toks[num.i].t.endswith("ه") or w.startswith("ال") or w in self.L.unity_nouns \
                or w.endswith(("ه", "ات", "ي", "ا")) or self.toks[k - 1].typ != W:
            return False
        pw = self.toks[k - 1].t
        return len(pw) >= 3 and pw.endswith("ه") and not pw.startswith("ال") and pw not in self.L.stop \
            and self._counted(k - 1) is not None

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
