"""Ordinals and the grammar checks that decide them (a mixin of the Extractor)."""
from __future__ import annotations

from .tokens import N, W
from .shared import _NO_TANWEEN


class OrdinalsMixin:
    """The Extractor's ordinals (الثالث، الـ250، العشرين) and the grammar checks that decide them."""

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
        if num.definite and pw is not None and pw.typ == W and (self._ordinal_name_head(i - 1) or (
                self.word(i) or "").startswith("وال") and i > 1 and self._ordinal_name_head(i - 2)
                and "ord" in self.L.lex.get(pw.t[2:] if pw.t.startswith("ال") else "", ())):
            return num.j  # a name: الجيل الرابع (4G), and the second of two (الجيلين الثالث والرابع)
        if not num.definite and i == num.i and num.value in (1, 2) and pw is not None and pw.typ == W and any(
                core in self.L.rank_heads for _, _, core in self.analyses(pw.t)):
            return num.j  # a rank: الجندي أول، الرقيب أول، ملازم ثان
        if num.definite:
            # (not behind a glued و: الرياض والثانية، المارينز والثاني coordinate, the word before is no noun of it)
            if pw is not None and pw.typ == W and pw.t.startswith("ال") and len(pw.t) > 3 and pw.t not in self.L.stop \
                    and not (self.word(i) or "").startswith("وال") \
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
        elif self._leads_definite(i, end):
            end += 1  # بفعاليات ثاني العيد، وجاءت ثاني المبادرات، لشبونة ثالث الدوري: the definite noun it leads
        elif self.word(i) not in ("اول", "اولي", "كاول", "واول", "لاول", "باول") and pw is not None and pw.typ == W \
                and not pw.t.startswith("ال") and self._counted(i - 1) is not None and i - 1 >= 0 and pw.gap is not None \
                and not (pw.t.startswith("ي") and not self._unit(i - 1)):  # أن ينمو ثاني أكبر: a verb, no noun
            start = i - 1
        elif self._leads_construct(i, end):
            end += 1  # ثاني أيام العيد، ثالث رئيس لها: the construct's noun, as for أول
        self.emit_q(start, end, "ordinal", num.value)
        return num.j if end == num.j else end

    def _ordinal_name_head(self, k):
        """Token k is a definite noun of ordinal_name_heads (الجيل، الجيلين، العالم)."""
        t = self.toks[k]
        return t.typ == W and any(de and core in self.L.ordinal_name_heads for _, de, core in self.analyses(t.t))

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

    def _leads_definite(self, i, end):
        """The indefinite masculine ordinal at token i (ordinal_construct: ثاني، ثالث, one word ending at ``end``)
        before a definite noun leads it in a construct (ثاني العيد 'the second day of the feast', ثالث الدوري
        'third in the league', أما ثالث المقترحات): no word before it is its noun, though one may be a noun
        (فعاليات ثاني العيد). Not before a stop word with the article (الذي، التي)."""
        w = self.word(i) or ""
        nxt = self.word(end) if end == i + 1 else None
        return bool(nxt) and w[w[:1] == "و":] in self.L.ordinal_construct and nxt.startswith("ال") and len(nxt) > 3 \
            and nxt not in self.L.stop

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
        if self._adverb_ordinal(i, num) or self._per_second(i, num):
            return True
        if num.value != 1:
            return False
        # السوق أولى بالاستشارة: the comparative 'more deserving', spelt as the feminine first
        return w in self.L.ordinal_idioms_after or (w is not None and self.toks[i].t == "اولي" and not num.definite and (
            w in self.L.first_comparative_after or w.startswith(self.L.first_comparative_prefixes)))

    def _adverb_ordinal(self, i, num):
        """The bare indefinite ثانية or أولى (adverb_ordinals) with no noun to agree with is no ordinal: after a
        definite word (رن الجرس ثانية، عاد إلى مكة المكرمة ثانية 'again'; فالمواطن أولى 'more fitting'; الفمتو
        ثانية, the unit), a slash (جيجا بت/ ثانية) or a word of adverb_ordinal_after (كل ثانية، ما هو أولى،
        عودي إليّ ثانية), unless a definite word follows, which it leads (الشهر الماضي أولى المؤسسات). An
        ordinal adjective follows an indefinite noun (رحلة يومية ثانية، كمرحلة أولى). أولى leads possessed and
        plural nouns too (الهلال أولى مبارياته، أمس أولى طائرات الإسعاف): it is the comparative only before
        punctuation or a word of first_comparative_next (فالأسر أولى لها), or after first_comparative_before
        (من باب أولى)."""
        t = self.toks[i].t
        if num.definite or i == 0 or t not in self.L.adverb_ordinals:
            return False
        if t == "اولي" and self.word(i - 1) in self.L.first_comparative_before:
            return True
        nxt = self.word(i + 1)
        if t == "اولي" and nxt is not None and nxt not in self.L.first_comparative_next:
            return False
        if nxt is not None and any(de for _, de, _ in self.analyses(nxt)):
            return False
        pt = self.toks[i - 1]
        if pt.typ != W:
            return pt.t == "/"
        return pt.t in self.L.adverb_ordinal_after or (
            pt.t not in self.L.stop and any(de for _, de, _ in self.analyses(pt.t)))

    def _per_second(self, i, num):
        """في الثانية right after a unit or a counted amount is 'per second' (100 جيجا بت في الثانية، 30 إطارا
        في الثانية، كوادريليون عملية حسابية في الثانية), no second of anything: a unit (one or two words) ends
        right before في, or an amount emitted just before ends there. فاز في الثانية (the second match) has
        neither."""
        if not (num.definite and num.value == 2 and i >= 2 and self.toks[i].t in self.L.per_time_ordinals
                and self.word(i - 1) == "في" and self.toks[i - 2].typ == W):
            return False
        for k in (i - 2, i - 3):
            u = self._unit(k) if k >= 0 else None
            if u and u[0] == i - 1:
                return True
        end = self.span(i - 2, i - 1)[1]
        return bool(self.out_q) and self.out_q[-1].end == end

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

    def _nisba_after_noun(self, k):
        """Token k is a definite nisba adjective (ي/يه, normalized) right after another definite word:
        the ordinal after it counts that noun, not the adjective (ورشة العمل التعريفية الأولى,
        الفريق الكروي الأول: the span is the ordinal)."""
        w = self.word(k)
        pw = self.word(k - 1) if k > 0 and not self.is_p(k - 1) else None
        return bool(w and pw and w.endswith(("ي", "يه")) and pw.startswith("ال"))
