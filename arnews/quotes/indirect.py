"""Pass 2 of the Finder: reporting cues without marks give indirect quotes (a verb + أن/إن clause, عن +
content, a nominal object, a bare clause after أضاف, a source phrase), with where each clause ends.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right

from ..entities.words import _descriptors
from .lexicon import MASDAR, PARTICIPLE, SOURCE, VERB
from .marks import MARK_RE, MARKS
from .shared import (_AMA_RE, _anonymity, _bare, _CLAUSE_PARTICLES, _content_masdar, _FA_INNA, _KANA, _OBJ_FLAGS,
                     _PUNCT_END, Item)


_KANA_FORMS = frozenset(("كان", "كانت", "كانوا"))
_SHOW_PRONOUNS = frozenset(c + w for c in ("", "و", "ف") for w in ("هو", "هي", "هم", "من", "ما"))


class IndirectQuotes:
    """Methods of :class:`arnews.quotes.finder.Finder` (its state and helpers are defined there)."""

    def indirect_quotes(self, items: list[Item]) -> list[Item]:
        N = self.N
        # sentence ends inside direct quotes do not end a reporter's sentence
        qs = self.quote_spans
        if qs:
            self._set_terms([t for t in self.terms if not self.in_quote(t[0], t[1])])
        out: list[Item] = []
        covered = -1
        direct_by_open = {it.open: it for it in items if it.open >= 0}
        for c in self.cues:
            s, e, cue = c
            if s < covered or cue.partial_only or self.in_quote(s, e):
                continue
            if cue.kind == VERB and self._masdar_use(c) and (cue.weak or "indirect" not in cue.flags):
                continue
            if cue.kind == VERB and (self._thing_subject(c) or self._thing_shows(c)):
                continue
            res = None
            if cue.kind in (VERB, PARTICIPLE, MASDAR):
                res = self._indirect_after_cue(c)
                if res is None and cue.kind == VERB:
                    res = self._kama_source(c)
            elif cue.kind == SOURCE:
                res = self._indirect_source(c)
            if res is None:
                continue
            cs, ce = res
            # strip and check
            while cs < ce and N[cs] in " \t،,:":
                cs += 1
            while ce > cs and N[ce - 1] in _PUNCT_END:
                ce -= 1
            if len(N[cs:ce].split()) < 2:
                continue
            # the whole clause is a direct quote: no indirect one
            if N[cs] in MARKS:
                d = direct_by_open.get(cs)
                if d is not None and d.end >= ce - 2:
                    continue
            # never cross a direct quote: take in one that starts before, cut before one that ends after
            k = bisect_left(qs, (cs,)) - 1
            if k >= 0 and qs[k][0] < cs < qs[k][1]:
                cs = qs[k][0]
            k = bisect_left(qs, (cs,))
            while k < len(qs) and qs[k][0] < ce:
                if qs[k][1] > ce:
                    ce = qs[k][0] - 1
                    while ce > cs and N[ce - 1] in _PUNCT_END + MARKS:
                        ce -= 1
                    break
                k += 1
            if len(N[cs:ce].split()) < 2 or self._before_colon_quote(c, cs, ce, direct_by_open):
                continue
            out.append(Item(cs, ce, "indirect", self._masdar_between(c, cs) or c))
            covered = ce
        return out

    def _before_colon_quote(self, c, cs: int, ce: int, direct_by_open) -> bool:
        """وأكدت ناخبة في حي غيوشا شمال شرقي العاصمة: «...»، أكدت أخصائية ... الطبيبة أماني الشوري: "...": the
        words between the cue and a colon that opens the cue's own marked quote are its subject or their
        appositions, not a reported object; a clause after أن/إن stays (إن الهجوم على نبل: «جاء ...»)."""
        N = self.N
        j = ce
        while j < self.n and N[j] in " \t":
            j += 1
        if j >= self.n or N[j] != ":":
            return False
        j += 1
        while j < self.n and N[j] in " \t":
            j += 1
        d = direct_by_open.get(j)
        if d is None or d.cue is None or d.cue[0] != c[0]:
            return False
        prev = self.last_words(cs, 1, 16)
        return not (prev and (prev[-1] in self.lex.an_words or prev[-1][1:] in self.lex.an_words))

    def _masdar_between(self, c, cs: int):
        """ونقلت الصحيفة عن الوزير قوله إن ...: a masdar cue between a verb cue and its clause names who
        spoke (the one after عن), so it is the clause's cue."""
        if c[2].kind != VERB:
            return None
        k = bisect_right(self.cue_starts, c[1])
        while k < len(self.cues) and self.cues[k][0] < cs:
            if self.cues[k][2].kind == MASDAR and self.N[self.cues[k][0]] != "ب" \
                    and "عن" in self.N[c[1]:self.cues[k][0]].split():    # not ويبين حبيب عن الأسعار بقوله
                return self.cues[k]
            k += 1
        return None

    def _trailing_source(self, c, cs: int) -> bool:
        """A source phrase after a comma inside a reported clause (...، بحسب ما قاله مسؤول يمني) names the
        reporter's source: the clause ends at the comma. Only before ما, a source noun, a possessive one (حسب
        وصفه) or a name, or after بحسب/حسب a definite word (بحسب المحللين; not حسب برمجة المنتج، وفق شروط محددة،
        وفقاً للآلية = depending on, in line with), and a clause that is itself a
        source's (وبحسب وكالة يونهاب، فإنه ...، حسبما أعلنت الوزارة) keeps its sources."""
        N = self.N
        if self.in_quote(c[0], c[1]) or not N[max(cs, c[0] - 4):c[0]].rstrip().endswith(("،", ",")):
            return False
        lex = self.lex
        nxt = N[c[1]:c[1] + 30].split()[:1]
        w = nxt[0].rstrip(_PUNCT_END) if nxt else ""
        hasab = N[c[0]:c[1]].lstrip("و").startswith(("بحسب", "حسب"))
        if not (w in ("ما", "لما", "قول") or N[c[0]:c[1]].endswith("ما") or w in lex.source_nouns or _bare(w) in lex.source_nouns
                or w in lex.pronoun_sources or (hasab and w.startswith("ال"))
                or self._entity_starting(c[1] + (N[c[1]] == " ")) is not None):
            return False
        k = bisect_left(self.cue_starts, self.sent_start(cs))
        return not any(x[2].kind == SOURCE for x in self.cues[k:] if x[1] <= cs)

    def _clause_end(self, cs: int, nominal: bool) -> int:
        lex, N = self.lex, self.N
        end = self.sent_end(cs)
        m = lex.clause_stop_re.search(N, cs, end)
        if m:
            if m.group() in lex.act_stops:
                # ...، داعيا الأسر إلى ...: the speaker's next act, up to the next cue, is no one's report
                k = bisect_left(self.cue_starts, m.end())
                self.act_tails.add((m.start(), min(end, self.cues[k][0]) if k < len(self.cues) else end))
            end = m.start()
        # a participle cue (مشيرا إلى ...) starts the next reported clause
        k = bisect_left(self.cue_starts, cs)
        while k < len(self.cues) and self.cues[k][0] < end:
            c = self.cues[k]
            if c[2].kind == PARTICIPLE and not self.in_quote(c[0], c[1]) and self._reporting_participle(c):
                end = c[0]
                break
            if c[2].kind == SOURCE and c[0] > cs and self._trailing_source(c, cs):
                end = N.rfind(",", cs, c[0]) if N.rfind(",", cs, c[0]) > N.rfind("،", cs, c[0]) else N.rfind("،", cs, c[0])
                break                           # ...الأربعاء، بحسب ما قاله مسؤول: the reporter's source, not the clause
            if c[2].kind == VERB and not c[2].weak and c[0] > cs and N[c[0]] == "و" \
                    and N[max(cs, c[0] - 4):c[0]].rstrip().endswith(("،", ",")) and not self.in_quote(c[0], c[1]):
                end = c[0]
                break
            if c[2].kind == VERB and c[0] > cs and "indirect" in c[2].flags and (
                    self._starts_report(c) or self._unmarked_report(c, cs)):
                end = c[0]
                prev = self.last_words(end, 1, 24)
                if prev and prev[-1] in ("كما", "وكما"):
                    end = N.rfind(prev[-1], cs, end)
                break
            k += 1
        if nominal:
            for t in self.toks(cs, end):
                if t[2] in ("،", ",") or t[2] in lex.relatives:
                    return t[0]
        return end

    def _indirect_after_cue(self, c):
        lex, N = self.lex, self.N
        s, e, cue = c
        flags = cue.flags
        sent_end = self.sent_end(e)
        wend = min(sent_end, e + 160)
        m = lex.an_re.search(N, e, wend)
        while m is not None and self._in_name(m.start(), m.end()):
            m = lex.an_re.search(N, m.end(), wend)  # أبلغت بان كي مون بأن: بان is a name, not بأن
        if m is not None and self._governed_an(e, m, cue.kind == PARTICIPLE or cue.weak):
            m = None                            # جاء وصوله بعد أن قفز: بعد's particle, none of the cue's
        if m is not None:
            r = self._an_clause(c, m)
            if r is not None:
                return None if r == -1 else r
        if cue.weak:
            return None
        suffixed = cue.kind == VERB and (self._object_suffix(c) or self._pronoun_object_follows(c))
        colon = self._after_colon(e, wend) if flags & {"indirect", "colon"} and not cue.an_only else None
        if colon is None and cue.kind == VERB:
            colon = self._bare_after_ama(c, wend)
        if colon is not None:
            return colon, self._clause_end(colon, False)
        if not (flags & _OBJ_FLAGS) or suffixed:
            return None                         # وهو ما أكدته أم فهد، ما أعلنته الوزارة: the pronoun is the object
        toks = self.toks(e, wend)
        if cue.kind == PARTICIPLE and not self._reporting_participle(c) and not (
                "an" in flags and toks and toks[0][2] == "عن"):
            return None                         # حضورا مؤكدا لسينما / عدوى مؤكدة فتاكة: an adjective
        if "an" in flags:
            r = self._an_object(toks)
            if r is not None:
                return r, self._clause_end(r, False)
        if "bare" in flags and toks and toks[0][2] in lex.bare_starters:
            return toks[0][0], self._clause_end(toks[0][0], False)
        if "nominal" in flags or "bare" in flags or "an" in flags:
            # the object follows a participle (مؤكدا دعم الدولة) or a verb whose subject came first
            # (وكانت الشركة أعلنت ...، وزارة الدفاع أكدت مقتل ...) right away
            svo = cue.kind == PARTICIPLE or self._after_qad(c, glued=False) or self._subject_before(c)
            np_end, np = (e, None) if svo else self.subject_np(e, sent_end, skip_leading=True)
            rest = [t for t in self.toks(np_end, min(sent_end, np_end + 120))]
            if np is None and not svo and "nominal" in flags and rest and _content_masdar(rest[0][2], lex) \
                    and self._entity_covering(rest[0][0]) is None and not self._thing_or_question(c):
                return rest[0][0], self._clause_end(rest[0][0], True)     # ينفي احتمال ...، وأكد أهمية التعاون
            if np is None and not svo and "bare" not in flags:
                flags = flags - {"nominal"}
            i = self._counted_group_end(np, rest, sent_end)
            i0 = i
            gen_speaks = False
            # skip a prepositional phrase or time words between subject and object
            while i < len(rest):
                w = rest[i][2]
                if w in lex.time_words or w in lex.pronoun_pps:
                    i += 1
                    # قبل أيام، منتصف شهر ديسمبر، قبل 3 أسابيع: the time phrase goes on
                    while i < len(rest) and (rest[i][2] in lex.time_nouns or rest[i][2][0].isdigit()
                                             or rest[i][2] in lex.time_words or rest[i][2] == "/"):
                        i += 1
                    i = self._time_tail(rest, i)
                    continue
                if w == "اول" and i + 2 < len(rest) and rest[i + 1][2] == "من" and rest[i + 2][2] == "امس":
                    i += 3
                    continue
                if i == 0 and np is not None and (w in MARKS or w == "(") and self._named_np_end(np, w):
                    # شركة البرمجيات «مايكروسوفت» اليوم: the closing mark of the subject's name; مجلس الاحتياطي
                    # الاتحادي (البنك المركزي الأمريكي) أمس: a parenthesised gloss of it
                    k = 1 if w in MARKS else next((k + 1 for k in range(1, min(9, len(rest))) if rest[k][2] == ")"), 0)
                    if k:
                        i = k
                        continue
                if w in ("،", ",") and np is not None:
                    k = self._past_subject_comma(c, rest, i)
                    if k > i:
                        i = k
                        continue
                if i == 0 and np is not None:
                    k = self._office_apposition_end(rest)
                    if k:
                        i = k                   # أكد حسين عبد الغني قائد فريق النصر صعوبة التمارين: his office
                        continue
                if i == 0 and np is not None:
                    k = self._b_place_end(rest)
                    if k:
                        i = k                   # أكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد ... القرشي ضبط
                        continue
                if np is not None and i < len(rest) and rest[i][2] in lex.represented_words:
                    k = self._represented_end(rest[i:])
                    if k:
                        i += k                  # أعلنت وزارة الصحة ممثلة في الإدارة العامة ...: still the subject
                        if i < len(rest) and rest[i][2] == "عن" and "an" in flags:
                            return rest[i][1], self._clause_end(rest[i][1], False)
                        continue
                if i == i0 and np is not None and self._genitive_l(w):
                    # أكدت الأمانة العامة لهيئة كبار العلماء على ...، القيادة العامة للقوات المسلحة: ل + a noun
                    # right after the subject goes on with it (or tells whom: لإذاعة فرنسا), no object starts there
                    x = self._entity_starting(rest[i][0] + 1)
                    gen_speaks = x is not None and x[2].label in lex.speaker_labels and x[2].label != "PERSON"
                    i += 1
                    while i < len(rest) and rest[i][2][0].isalpha() and (rest[i][2][0] not in "وب" or (
                            rest[i][2] in ("بن", "بنت") or rest[i][2][0] == "ب" and i + 1 < len(rest)
                            and self._title_then_name(np[0], rest[i + 1][2]))) \
                            and rest[i][2] not in lex.prepositions and rest[i][2] not in lex.relatives \
                            and rest[i][2] not in lex.an_words and rest[i][2] not in lex.time_words \
                            and self.cue_at(rest[i][0]) is None \
                            and not (i0 and _content_masdar(rest[i][2], lex)):
                        i += 1                  # (after a counted group its masdar object ends the genitive)
                    if i < len(rest) and rest[i][2].lstrip("و") in lex.relatives:
                        return None             # ... للجنة العليا والذي عقده: the relative goes on, no object here
                    if i0 and i < len(rest) and rest[i][2][:1] == "و" and self.cue_at(rest[i][0]) is None:
                        return None             # عشرات من الأفراد الموالين للرئيس المخلوع وجماعة الحوثي: the group goes on
                    continue
                if w == "ل" and i > 0:
                    k = self._told_medium_end(rest, i)
                    if k:
                        i = k                   # عبدالله البرقان لـ"الوطن" صحة انتقال: the medium told
                        continue
                if w in ("في", "ب", "من", "منذ") and i + 1 < len(rest):
                    i += 2
                    i = self._past_entity(rest, i)   # مسؤول في وزارة الدفاع قيام: the body's name goes on
                    while i < len(rest) and (rest[i][2] in lex.time_words or rest[i][2][0].isdigit() or rest[i][2] == "/"
                                             or rest[i][2] in lex.time_nouns or self._entity_starting(rest[i][0])):
                        ent = self._entity_starting(rest[i][0])
                        if ent is not None:
                            while i < len(rest) and rest[i][0] < ent[1]:
                                i += 1
                        else:
                            i += 1
                    i = self._time_tail(rest, i, comma=False)     # في عدن، قيام ...: a place, not a time
                    continue
                break
            if i >= len(rest):
                return None
            t = rest[i]
            w = t[2]
            if i + 1 < len(rest) and _anonymity(w, rest[i + 1][2], lex):
                return None                     # وأكد مصدر طبي طلب عدم كشف اسمه: the source's own clause, no object
            if "b_object" in flags and w.startswith("ب") and len(w) > 3 and w not in lex.an_words and w[1:] not in lex.an_words \
                    and not w.startswith(lex.b_not_objects) and w[1:] not in lex.time_nouns:
                # أفاد بوقوع ...، not بينهما / بشكل / بسبب, nor a time (أعلن بعدها بأيام استقالته)
                return t[0] + 1, self._clause_end(t[0] + 1, True)
            if "nominal" not in flags and "bare" not in flags:
                return None
            if w == "علي" and "nominal" in flags and "bare" not in flags and i + 1 < len(rest) \
                    and self._spelled_ala(t[0]):
                nxt = rest[i + 1]
                x = nxt[2]
                if x[0].isalpha() and x not in lex.an_words and x[1:] not in lex.an_words and x not in lex.relatives \
                        and x not in lex.prepositions and self._entity_starting(nxt[0]) is None \
                        and self.cue_at(nxt[0]) is None and x not in lex.medium_words and _bare(x) not in lex.medium_words \
                        and (np is None or gen_speaks or self._speaker_np(np)) and self.words_between(e, t[0]) <= 6:
                    return nxt[0], self._clause_end(nxt[0], True)   # أكد على ضرورة ...: as أكد ضرورة ...
            if not w[0].isalpha() or w in lex.prepositions or w in lex.an_words or w in lex.relatives:
                return None
            if "bare" in flags and w not in lex.bare_starters:
                if "nominal" not in flags:
                    return None
            if "nominal" in flags and "bare" not in flags:
                if self.cue_at(t[0]) is not None:
                    return None
                return t[0], self._clause_end(t[0], True)
            return t[0], self._clause_end(t[0], False)
        return None

    def _told_medium_end(self, rest, i: int) -> int:
        """لـ"الوطن" after the subject (ل cut from a medium's name in marks by the ـ): the medium told, skipped
        whole with its marks. The index in ``rest`` past it, or 0."""
        k = i + 1
        if k < len(rest) and rest[k][2] in MARKS:
            k += 1
        x = self._entity_starting(rest[k][0]) if k < len(rest) else None
        if x is None or x[2].label != "MEDIA":
            return 0
        while k < len(rest) and rest[k][0] < x[1]:
            k += 1
        if k < len(rest) and rest[k][2] in MARKS:
            k += 1
        return k

    def _past_entity(self, rest, i: int) -> int:
        """The index in ``rest`` past the name that begins at the word before ``i`` (the object of a preposition
        skipped after the subject: مسؤول في وزارة الدفاع قيام الوزارة، رئيس اللجنة في الاتحاد السعودي لكرة القدم):
        the reported object cannot begin inside it (was «الدفاع قيام ...»). ``i`` when no name begins there."""
        x = self._entity_starting(rest[i - 1][0])
        while x is not None and i < len(rest) and rest[i][0] < x[1]:
            i += 1
        return i

    def _counted_group_end(self, np, rest, limit: int) -> int:
        """أعلن عشرات من الأفراد الموالين ... استسلامهم: a subject that is a quantifier ending in من (speakers.json
        group_quantifiers: عشرات من، عدد من) counts the group after من; the whole group (من + its noun phrase) is
        the subject, no prepositional phrase before the object. The index in ``rest`` past the group, or 0."""
        if np is None or len(rest) < 2 or rest[0][2] != "من" or not any(
                q[-1] == "من" and " ".join(q[:-1]) == self.N[np[0]:np[1]] for q in self.lex.group_quantifiers):
            return 0
        if self._entity_covering(rest[1][0]) is not None:
            return 0                            # قال كل من فهد عبده: a name, not a group
        end = self._group_np_end(rest[1][0], limit)
        if end < 0:
            return 0
        return next((k for k in range(1, len(rest)) if rest[k][0] >= end), len(rest))

    def _thing_or_question(self, c) -> bool:
        """وهذا لا ينفي وجود شركاء، هل تؤكد وجود مجازر، بلافتة تؤكد مدى شعبيته، جملا تؤكد وجوده: a
        demonstrative or ما before the verb (past a negation), a question, or an indefinite noun that the verb
        (without و/ف) describes: an argument, a question or a thing, no source reporting a content masdar."""
        lex = self.lex
        prev = self.last_words(c[0], 3, 40)
        while prev and prev[-1] in ("لا", "لم", "لن"):
            prev = prev[:-1]
        if not prev:
            return False
        w = prev[-1]
        if w in lex.thing_subjects or w in ("هل", "وهل", "فهل"):
            return True
        if self.N[c[0]] in "وف" and not c[2].lemma.startswith(self.N[c[0]]):
            return False                        # وأكدت قتل خمسة عناصر: a clause of its own
        return w.isalpha() and len(w) > 2 and not w.startswith(("ال", "وال")) and self._entity_ending(c[0]) is None \
            and self.cue_at(c[0] - len(w) - 1) is None and not any(
                w in ws for ws in (lex.subject_carriers, lex.verb_openers, lex.subordinators, lex.relatives,
                                   lex.an_words, lex.prepositions, lex.np_stops, lex.time_words))

    def _speaker_np(self, np) -> bool:
        """The phrase after a verb names someone who can speak (an entity of a speaker label, a person's name
        word or a description): not a masdar object whose على follows (أكد حرصه على، اعلن موافقة الامن على)."""
        sp = self.resolve_np(np, np[1])
        if sp is None:
            return False
        if sp[2] is not None:
            return sp[2].label in self.lex.speaker_labels
        return self._desc_key(self.N[np[0]:np[1]].split()[0]) is not None

    def _clause_subject(self, s: int, ss: int, last):
        """The speaker of بالقول/بقوله at ``s``: the subject named right after the verb that opens its clause
        (وفيما اكتفى وزير العمل سجعان قزي بعد لقائه الرئيس سلام ... بالقول: not the object سلام); a verb opening
        its sentence with no subject after it (وشدد بالقول، وختم رسالته بالقول) continues the previous speaker.
        None when the clause does not open with a verb + subject this way."""
        toks = [t for t in self.toks(ss, s) if t[2][0].isalnum()]
        while toks and toks[0][2] in _CLAUSE_PARTICLES:
            toks = toks[1:]
        if len(toks) < 1:
            return None
        v = toks[0]
        if self._entity_covering(v[0]) is not None or v[2].startswith(("ال", "وال")) or self._desc_key(v[2]) is not None:
            return None                         # the clause opens with a name: the nearest mention rule applies
        _, np = self.subject_np(v[1], s)
        if np is None:
            if v[2][:1] in "وف" and last is not None and s - last[1] < 1500 and len(toks) <= 4:
                return last[0]                  # وشدد بالقول: the speaker goes on
            return None
        sp = self.resolve_np(np, s)
        if sp is None or (sp[2] is None and self._desc_key(self.N[np[0]:np[1]].split()[0]) is None):
            return None
        return sp

    def _named_np_end(self, np, w: str) -> bool:
        """The subject phrase ``np`` ends with a name that the closing mark ``w`` closes (the phrase is the name in
        marks or a description + it: «المرصد السوري»، شركة البرمجيات «مايكروسوفت»; not استمرار «أوفيد», an object)
        or that a parenthesis glosses (an entity: مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي))."""
        if w == "(":
            x = self._entity_ending(np[1])
            return x is not None and x[2].label in self.lex.speaker_labels
        if any(ch in MARKS for ch in self.N[max(0, np[0] - 2):np[0]]):
            return sum(self.N.count(m, np[0], np[1]) for m in MARKS) == 0     # «المرصد السوري» أمس
        if sum(self.N.count(m, np[0], np[1]) for m in MARKS) % 2 == 0:
            return False
        first = self.N[np[0]:np[1]].split()[0]
        return self._desc_key(first) is not None or first in self.lex.name_nouns or _bare(first) in self.lex.name_nouns

    def _past_subject_comma(self, c, rest, i: int) -> int:
        """A comma closing the subject of a nominal cue (أعلن الجيش المصري، تصفية أحد العناصر؛ أعلن محافظ عدن، نايف
        البكري، وصول ...): the index past it (and past a named apposition between two commas) when an object can
        follow, else ``i``: not before a conjunction, preposition, relative, particle, description (غياث سورجي،
        مسؤول إعلام ...: an apposition) or another cue, nor when أن follows (its clause is the report), nor after
        a cue that does not report by itself (لا يكشف، التي أعلنتها، حسبما أكد: data comma_object_blockers)."""
        lex = self.lex
        before = self.last_words(c[0], 1, 24)
        if before and before[-1] in lex.comma_before_cue:
            return i
        j = i + 1
        if j < len(rest):
            ent = self._entity_starting(rest[j][0])
            if ent is not None and ent[2].label == "PERSON":
                while j < len(rest) and rest[j][0] < ent[1]:
                    j += 1
                if j + 1 < len(rest) and rest[j][2] in ("،", ","):
                    return self._past_subject_comma(c, rest, j)
                return i
        if j >= len(rest):
            return i
        w = rest[j][2]
        if any(self._entity_starting(t[0]) is not None and self._entity_starting(t[0])[2].label == "PERSON"
               for t in rest[j + 1:j + 3]):
            return i                            # نفى خلفان، الفريق ضاحي خلفان: a title + name, an apposition
        if w[0] == "ب" and "an" not in c[2].flags:
            return i                            # تؤكد كلها، بجلاء تام: an adverb, not the object
        if not w[0].isalpha() or w[0] in "وف" or w in lex.prepositions or w in lex.an_words or w in lex.relatives \
                or w in lex.np_stops or w in lex.time_words or w in lex.comma_not_objects \
                or self.cue_at(rest[j][0]) is not None or self._entity_starting(rest[j][0]) is not None \
                or self._desc_key(w) is not None or w in lex.office_nouns or w in lex.person_titles:
            return i
        for t in rest[j + 1:j + 14]:
            if t[2] in lex.an_words:
                return i
            if not t[2][0].isalnum():
                break
        return j

    def _object_suffix(self, c) -> bool:
        """The verb cue carries an object pronoun (أكدته، أوردته، نقلتها، أعلنته): it refers back to something
        already said (وهو ما أكدته فلانة، في بيان أوردته وكالة ...) and takes no object of its own."""
        w = self.N[c[0]:c[1]]
        return any(w.endswith(suf) and len(w) > len(suf) + 2 and self.lex.cue_of(w[:-len(suf)]) is not None
                   for suf in ("ها", "هم", "ه"))

    def _between_word(self, c) -> bool:
        """بين alone inside a subject, with no comma before it, is the preposition 'between, among' (وقالت
        مصادر بين المقاتلين المحليين إن), not the verb بيّن that takes the particle."""
        N = self.N
        return N[c[0]:c[1]] == "بين" and not N[max(0, c[0] - 3):c[0]].rstrip().endswith(("،", ",", ".", ":"))

    def _office_apposition_end(self, rest) -> int:
        """The subject's office right after it (حسين عبد الغني قائد فريق النصر، سلطان اللويحق رئيس مجلس إدارة
        شركة الجزيرة العقارية): an office noun (speakers.json office_nouns), its indefinite construct nouns, then
        definite words, names, ب/ل-genitives and the holder's given name; the index past it, 0 when there is
        none or it never reaches a definite word (رئيس وزراء: no apposition)."""
        lex = self.lex
        w = rest[0][2]
        if not (w in lex.office_nouns or _bare(w) in lex.office_nouns) or self._entity_covering(rest[0][0]) is not None:
            return 0
        return self._apposition_tail(rest, 1)

    def _represented_end(self, rest) -> int:
        """A body's part that acts for it right after the subject (أعلنت الإدارة العامة للتعليم ممثلة بإدارة شؤون
        المعلمين ترحيبها، ممثلة في الإدارة العامة لبرامج التشغيل الذاتي عن توفر): ممثلة + ب/في and the body named
        are part of the subject, not its object; the index past them, 0 when there is none."""
        if len(rest) < 2 or rest[0][2] not in self.lex.represented_words:
            return 0
        if rest[1][2] == "في":
            return self._apposition_tail(rest, 2)
        return self._apposition_tail(rest, 1) if rest[1][2][0] == "ب" and len(rest[1][2]) > 3 else 0

    def _apposition_tail(self, rest, k) -> int:
        """The index past the body or office named from rest[k] on: construct nouns, then definite words, names,
        ب/ل-genitives and the holder's given name; 0 when it never reaches a definite word."""
        lex = self.lex
        definite, named = False, 0
        while k < len(rest):
            w = rest[k][2]
            if w == "في" and definite:
                j = k + 1               # المتحدث الرسمي في أمانة منطقة الرياض: a construct chain to a definite word
                while j < min(len(rest), k + 5) and rest[j][2][0].isalpha() and not rest[j][2].startswith("ال") \
                        and self._entity_covering(rest[j][0]) is None and rest[j][2] not in lex.prepositions:
                    j += 1
                if j < len(rest) and j < k + 5 and (rest[j][2].startswith("ال") or self._entity_covering(rest[j][0])):
                    k = j
                    continue
                break
            if not w[0].isalpha() or w in lex.prepositions or w in lex.an_words or w in lex.relatives \
                    or w in lex.time_words or self.cue_at(rest[k][0]) is not None:
                break
            x = self._entity_covering(rest[k][0]) or (self._entity_starting(rest[k][0] + 1) if w[0] in "بل" else None)
            if x is not None:
                definite = True
                while k < len(rest) and rest[k][0] < x[1]:
                    k += 1
                continue
            if w.startswith(("ال", "وال", "لل")):
                definite = True
            elif self._title_then_name(rest[0][0], w) or 0 < named < 4 and not _content_masdar(w, lex):
                named += 1                      # رئيس مركز المقابلات أحمد متعب: the holder's name the tagger missed
            elif definite and not self._genitive_l(w) and not (w[0] == "ب" and len(w) > 3):
                break                           # the object after the office: صعوبة التمارين
            k += 1
        return k if definite else 0

    def _b_place_end(self, rest) -> int:
        """ب glued to a body or a place right after the subject (الناطق الإعلامي بشرطة منطقة مكة المكرمة، مصدر
        بوزارة الصحة) says where the subject serves, no object starts there: the index past that mention, the
        person titles after it and the holder's tagged name; 0 when the subject has no such ب-phrase."""
        k = 0
        while k < len(rest) and rest[k][2][:1] == "ب" and rest[k][2][:3] != "بال":
            x = self._entity_starting(rest[k][0] + 1)
            if x is None and k + 1 < len(rest) and rest[k][2][1:] in _descriptors():
                x = self._entity_starting(rest[k + 1][0])  # بنادي النصر: the club's name leaves its descriptor out
            if x is None or x[2].label == "PERSON":
                break
            while k < len(rest) and rest[k][0] < x[1]:
                k += 1                          # (بقيادة حرس الحدود بمنطقة المدينة المنورة: one after another)
        if k == 0:
            return 0
        while k < len(rest) and rest[k][2] in self.lex.person_titles:
            k += 1
        y = self._entity_starting(rest[k][0]) if k < len(rest) else None
        if y is not None and y[2].label == "PERSON":
            while k < len(rest) and rest[k][0] < y[1]:
                k += 1
        return k

    def _genitive_l(self, w: str) -> bool:
        """A noun glued to ل (لهيئة، للقوات، لإذاعة), not a particle or a pronoun (لقد، لولا، لكنه، لهما) nor أن."""
        return len(w) > 3 and w[0] == "ل" and w[1].isalpha() and w not in self.lex.an_words \
            and w not in self.lex.l_particles

    def _pronoun_object_follows(self, c) -> bool:
        """عن/ب with a pronoun right after the verb (القوائم التي أعلنت عنها وزارة الداخلية، الجدار الذي أعلنت عنه
        الحكومة): the object is what the pronoun refers back to, like أعلنته; the verb opens no object of its own."""
        nxt = self.N[c[1]:c[1] + 12].split()[:1]
        return bool(nxt) and nxt[0] in ("عنه", "عنها", "عنهم", "عنهما", "عنهن", "به", "بها", "بهم")

    def _an_object(self, toks):
        """The start of the عن object of a cue flagged 'an' (أعلنت الشركة عن ...): عن within 10 words before any
        punctuation, or right after a comma that closes the subject (أعلنت جامعة الملك سعود، عن توافر؛ أعلن المعهد
        الصناعي بالأحساء، عن إغلاق), not past a cue or أن; None if there is none."""
        comma = False
        for k, t in enumerate(toks[:24]):
            w = t[2]
            g = self._an_governor(toks, k) if w == "عن" else None
            if g is not None:
                gw = toks[g][2] if g >= 0 else ""
                if gw.endswith(("ته", "تها", "تهم")) and not gw.startswith("ال"):
                    return toks[g][0]           # اعلن مسؤوليته عن تفجير: the possessive masdar is the object
                continue
            if w == "عن" and ((k < 10 and not comma) or (k > 0 and toks[k - 1][2] in ("،", ","))):
                if k + 1 < len(toks) and toks[k + 1][2] in self.lex.an_words:
                    return toks[k + 1][1]       # أعلن المدرب، المدير الفني، عن أن اللاعب ...: the clause after أن
                return t[1]
            if w in ("،", ","):
                comma = True
                continue
            if not w[0].isalnum() and w not in MARKS:
                return None
            if comma and (w in self.lex.an_words or self.cue_at(t[0]) is not None):
                return None
            if comma and k >= 10:
                return None
        return None

    def _an_governor(self, toks, k: int):
        """The index of the word the عن at ``toks[k]`` belongs to (up to 3 words back: نقلا عن، الناتجة عن،
        مسؤوليتها على الفور عن; data: an_governors), -1 for عن طريق (by way of), None when it is free."""
        if k + 1 < len(toks) and toks[k + 1][2] == "طريق":
            return -1
        for j in range(k - 1, max(-1, k - 4), -1):
            w = toks[j][2]
            if w in self.lex.an_governors or _bare(w) in self.lex.an_governors:
                return j
        return None

    def _after_colon(self, e: int, wend: int):
        """وأضاف: سارت الأمور ... / ويعلق الباحث عبد الله قائلا: كان من السهل ...: unmarked words after a colon
        that closes the cue's phrase (a subject, a short addressee) are the reported words; the start of
        them, or None (a mark after the colon is a direct quote; a period first, or a comma not closing the
        subject before a short apposition: no such colon)."""
        toks = self.toks(e, wend)
        comma = -1
        skip = -1
        for k, t in enumerate(toks[:12]):
            w = t[2]
            if k <= skip:
                continue
            if w in MARKS:
                skip = self._addressee_in_marks(toks, k)
                if skip > k:
                    continue                    # قالت باشطح لـ"سبق": رغم أن ...: whom she told, its name in marks
                skip = self._marked_name_then_addressee(toks, k)
                if skip > k:
                    continue                    # وأضاف "المسعد" لـ "سبق": the subject's name in marks, then whom
            if w in ("،", ",") and comma < 0 and 0 < k <= 6:
                comma = k                       # وأضاف محمد علي خان، سائق آخر: إن: an apposition of up to 3 words
                continue
            c2 = self.cue_at(t[0]) if k > 0 else None
            if (comma >= 0 and (k - comma > 4 or w[:1] == "و")) or (c2 is not None and (
                    c2[2].kind == PARTICIPLE or c2[2].kind == VERB and self.N[t[0]] == "و")):
                return None                     # واعترف عمر ... وقال: / تساءل ... قائلا: the later cue's colon
            if w == ":":
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if nxt is None or not nxt[2][0].isalpha() or not self.N[t[1]:nxt[0]].isspace() and not (
                        nxt[0] == t[1] and self.N[t[0] - 1:t[0]].isspace()):
                    return None                 # «...» after it, or a colon inside a broken word (not فقال :طريقة)
                if nxt[2] in self.lex.an_words and k + 2 < len(toks) and toks[k + 2][2][0].isalpha():
                    return toks[k + 2][0]       # وأضاف ...، سائق آخر: إن نسبة ...: the clause after the particle
                return nxt[0]
            if not (w[0].isalnum() or w in "()-–"):    # يقول فلان -طالب جامعي-: ...
                return None
        return None

    def _bare_after_ama(self, c, wend: int):
        """أما سعيد الغامدي فيقول نحن في موسم ...: a person fronted by أما, then ف + قال (cues.json
        ama_bare_lemmas), and the words right after the verb (no أن, no colon) are what he says; their start,
        or None (a topic, أما الرحلات فيقول, or whom it was told after the verb, فقال له / لـ«عكاظ»)."""
        s, e, cue = c
        if cue.lemma not in self.lex.ama_bare_lemmas or self.N[s] != "ف":
            return None
        a = -1
        for m in _AMA_RE.finditer(self.N, max(self.sent_start(s), s - 60), s):
            a = m.end()                         # (the last أما of the window)
        if a < 0:
            return None
        ents = self.ents_in(a, s)
        if not (len(ents) == 1 and ents[0][2].label == "PERSON" and not self.N[a:ents[0][0]].strip()
                and not self.N[ents[0][1]:s].strip(" ،,")) and self._ama_subject(c, self.sent_start(s)) is None:
            return None
        toks = self.toks(e, wend)[:1]
        if not toks or not toks[0][2][0].isalpha() or toks[0][2] in self.lex.pronoun_pps \
                or toks[0][2] in self.lex.prepositions or toks[0][2][0] == "ل" and not toks[0][2].startswith("لا") \
                or self.cue_at(toks[0][0]) is not None:
            return None
        return toks[0][0]

    @staticmethod
    def _addressee_in_marks(toks, k: int) -> int:
        """The index of the closing mark when the mark at ``k`` opens a short name in marks right after a
        separate ل (لـ"سبق"، لـ «عكاظ»: the paper told, tatweel gone once normalized) and a colon follows the
        closing mark; else -1. The colon then still closes the cue's phrase."""
        if k == 0 or toks[k - 1][2] != "ل":
            return -1
        for j in range(k + 1, min(k + 5, len(toks) - 1)):
            w = toks[j][2]
            if w in MARKS:
                return j if j > k + 1 and toks[j + 1][2] == ":" else -1
            if not w[0].isalnum():
                return -1
        return -1

    @classmethod
    def _marked_name_then_addressee(cls, toks, k: int) -> int:
        """The index of the closing mark when the mark at ``k`` opens a name of 1-3 words in marks that a
        separate ل and a name in marks closed by a colon follow (وقالت والدة "عبدالرحمن" لـ"سبق":، وقال
        «خصروف» لـ «عكاظ»:): the subject, Sabq-style, then the paper told; else -1."""
        for j in range(k + 2, min(k + 5, len(toks) - 3)):
            w = toks[j][2]
            if w in MARKS:
                return j if toks[j + 1][2] == "ل" and toks[j + 2][2] in MARKS \
                    and cls._addressee_in_marks(toks, j + 2) > 0 else -1
            if not w[0].isalnum():
                return -1
        return -1

    def _time_tail(self, rest, i: int, comma: bool = True) -> int:
        """Past the end of a time phrase: a parenthesised month after a month (ديسمبر (كانون الأول) الماضي) and a comma
        right after it when the object follows (أعلنت منتصف شهر ديسمبر الماضي، إطلاق ...)."""
        lex = self.lex
        if 0 < i < len(rest) and rest[i][2] == "(" and rest[i - 1][2] in lex.time_nouns:   # after a month name
            k = next((k for k in range(i + 1, min(i + 5, len(rest))) if rest[k][2] == ")"), -1)
            i = k + 1 if k > 0 else i
            while i < len(rest) and (rest[i][2] in lex.time_words or rest[i][2][0].isdigit()):
                i += 1
        if comma and i + 1 < len(rest) and i > 1 and rest[i][2] in ("،", ",") and rest[i + 1][2][0].isalpha() \
                and rest[i + 1][2] not in lex.np_stops and rest[i + 1][2] not in lex.prepositions \
                and not rest[i + 1][2].startswith(("و", "ف")) and self.cue_at(rest[i + 1][0]) is None:
            i += 1
        return i

    def _starts_report(self, c) -> bool:
        """A verb cue inside a reported clause that opens a new report of its own ends that clause:
        ...، وذكر أن ... / ...، قالت بأن ... / كما أوضح أن ...: it stands at a clause boundary (after a
        comma, with و/ف glued, after كما) and an أن/إن particle or a colon follows within a few words."""
        N, lex = self.N, self.lex
        if self.in_quote(c[0], c[1]) or self._masdar_use(c):
            return False
        w = N[c[0]:c[1]]
        glued = w[:1] in "وف" and not c[2].lemma.startswith(w[:1])
        prev = self.last_words(c[0], 1, 24)
        if not (glued or N[max(0, c[0] - 3):c[0]].rstrip().endswith(("،", ",")) or (prev and prev[-1] in ("كما", "وكما"))):
            return False
        # a strong verb with و glued may name its speaker at length first (وقال دان ويرثايمر أحد مستشاري
        # المشروع وهو أيضا عالم ... إن): a longer look, up to a punctuation mark
        reach = 30 if glued and not c[2].weak else 6
        for t in self.toks(c[1], c[1] + 80 * (reach // 6))[:reach]:
            x = t[2]
            if x in lex.an_words or (x[:1] in "وب" and x[1:] in lex.an_words) or x == ":":
                return True
            if not x[0].isalnum() or x in lex.relatives:
                return False
        return False

    def _unmarked_report(self, c, cs: int) -> bool:
        """A new report in a clause without punctuation (... حتى انتهاء إجراءات التعاقد معه أكدت المصادر أن ...): a
        strong past verb cue, deep in the clause (12 words and more), followed by a short subject (1 to 3 words)
        and أن/إن; not after its own subject (قال إن الرئيس أكد أن: a report inside the report) nor a relative."""
        N, lex = self.N, self.lex
        if c[2].weak or self.in_quote(c[0], c[1]) or self._masdar_use(c) or self._object_suffix(c):
            return False
        if len(N[cs:c[0]].split()) < 12:
            return False
        prev = self.last_words(c[0], 1, 24)
        if not prev or prev[-1] in lex.relatives or prev[-1][1:] in lex.relatives or prev[-1] in lex.an_words \
                or prev[-1] in lex.an_blockers or prev[-1] in lex.np_stops or prev[-1].endswith("ما") \
                or not prev[-1][-1].isalnum() \
                or self._entity_ending(c[0]) is not None or self._desc_key(prev[-1]) is not None:
            return False
        toks = self.toks(c[1], c[1] + 60)[:5]
        for k, t in enumerate(toks):
            x = t[2]
            if x in lex.an_words or (x[:1] in "وب" and x[1:] in lex.an_words):
                return 1 <= k <= 3
            if not x[0].isalnum() or x in lex.prepositions:
                return False
        return False

    def _reporting_participle(self, c) -> bool:
        """A participle cue after a comma, or right before its particle with or without a pronoun (مبينا أنه،
        مؤكدا بأنها، مشيرا إلى، مؤكدا على أن), a colon or a mark: it reports and starts a new clause; else it may
        be an adjective (حضورا مؤكدا لسينما)."""
        N = self.N
        j = c[0] - 1
        while j >= 0 and N[j] == " ":
            j -= 1
        if j >= 0 and N[j] in "،,":
            return True
        nxt = [t for t in self.toks(c[1], c[1] + 40)][:2]
        if not nxt:
            return False
        w, an = nxt[0][2], self.lex.an_words
        return (w in ("الي", ":") or w in an or (w[:1] == "ب" and w[1:] in an) or w in MARKS
                or (w == "علي" and len(nxt) > 1 and nxt[1][2] in an)
                or (w == "عن" and "an" in c[2].flags))      # كاشفا عن، معلنا عن

    def _thing_subject(self, c) -> bool:
        """مما يشير إلى أن، وهذا يؤكد على أن، كل هذا يكشف أن: ما or a demonstrative right before the verb, and no
        subject after it, is its subject: a fact or an argument speaks, no source reports. Not after a
        preposition (وحول هذا قالت، وعن هذا يشير زكي), nor a verb with its own و (هذا وأفادت مصادر) or
        with an object pronoun (لديه ما يقوله: ما is its object), nor before a subject that can speak (بحسب ما
        يقول الخبراء), nor the ما of an adverb (الذي سرعان ما نفى أن); an object is no subject (وما يؤكد نجاحه هو ...).
        An abstract noun (cues.json abstract_subjects) before a present-tense verb is one too (فالتاريخ يشير)."""
        N = self.N
        if N[c[0]] in "وف" or self._object_suffix(c):
            return False
        prev = self.last_words(c[0], 2, 32)
        if prev and prev[-1] in self.lex.abstract_subjects and N[c[0]] in "يت" \
                and (len(prev) < 2 or prev[-2] not in self.lex.prepositions):
            return True                         # إن الحداثة تعلن، فالتاريخ يشير: an abstract noun, no source
        if not prev or prev[-1] not in self.lex.thing_subjects or (
                len(prev) > 1 and (prev[-2] in self.lex.prepositions or prev[-2] in self.lex.ma_adverbs
                                   or prev[-2][:1] in "وف" and prev[-2][1:] in self.lex.prepositions)):
            return False
        _, np = self.subject_np(c[1], self.sent_end(c[1]))
        return np is None or not self._speaker_np(np)

    def _thing_shows(self, c) -> bool:
        """نظرة سريعة إلى ضيفاته تكشف أنهن، أول لقطات لكوكب بلوتو تكشف عن، أنماط قد تكشف النقاب عن، الثقافة
        التي كشفت عن: a verb of showing (cues.json show_verbs: كشف 'reveal, show') after its own subject, a thing
        that cannot speak, and no subject after it: the thing shows something, nobody reports. The subject is
        the words between the clause's last punctuation (or أن/إن, or a cue) and the verb; none of them may
        name someone who can speak (a mention, a description, a group: الرئيس هولاند هو من كشف), nor a
        document that reports (cues.json document_subjects: الدراسة كشفت، التحقيقات كشفت, read as sources as
        after the verb). A verb opening its clause (وكشف أن، حيث تكشف لهما, a pronoun subject: a person) or
        with a subject after it (كشفت شركة ...) keeps its report. The verbs of indicating (cues.json indicate_verbs:
        التوقعات تشير إلى أن، تطور الأمور يؤكد أن) report far more often after a subject of their own, so they count
        only after a short phrase opening the clause with no person, body, medium, preposition, كان or و + a
        particle in it, and never in the plural (علماء النفس يؤكدون)."""
        lemma = c[2].lemma
        strict = lemma in self.lex.indicate_verbs
        if lemma not in self.lex.show_verbs and not strict:
            return False
        N, lex = self.N, self.lex
        if N[c[0]] in "وفل" and not lemma.startswith(N[c[0]]):
            return False                        # وكشف أن: a clause of its own, a pronoun subject
        ss = max(self.sent_start(c[0]), c[0] - 120)
        run = []
        for t in reversed(self.toks(ss, c[0])):
            w = t[2]
            if not w[0].isalnum() and w not in MARKS or w in lex.an_words or self.cue_at(t[0]) is not None:
                break
            run.append(t)
        run.reverse()
        while run and run[-1][2] in ("قد", "لقد", "وقد", "فقد", "ولقد"):
            run.pop()
        words = [t for t in run if t[2] not in MARKS]
        if not words or self._plural_cue(c):
            return False                        # (علماء النفس يؤكدون: people; a thing takes the singular)
        first, last = words[0][2], words[-1][2]
        if strict and (first in lex.prepositions or self.N.startswith(lex.topic_openers, words[0][0])
                       or len(words) > 8 or first.lstrip("وف") in _KANA_FORMS or any(
                    t[2][:1] in "وف" and (t[2][1:] in lex.prepositions or t[2][1:] in lex.verb_openers
                                          or t[2][1:] in lex.subordinators) for t in words)
                       or any(x[2].label in ("PERSON", "ORG", "MEDIA") for x in self.ents_in(words[0][0], words[-1][1]))
                       or any(t[2] in lex.feminine_body_nouns or t[2][2:] in lex.feminine_body_nouns
                              or t[2].rstrip("ا") in lex.document_subjects for t in words)):
            return False                        # أكد/أشار: وفي التفاصيل أكد أنه، وفيما أشار، وكان الإعلام قد أشار،
                                                # شركة ميرسر العقارية أكدت، بحثا يشير: a person, a body, a document
        if last[:1] in "وف" and last[1:] in lex.relatives:
            last = last[1:]
        if last in lex.relatives:
            if len(words) < 2 or N[c[1]:c[1] + 6].split()[:1] in (["فيها"], ["فيه"], ["فيهم"]):
                return False                    # قصته التي كشف فيها عن: the teller is the subject
        elif any(last in ws for ws in (lex.subordinators, lex.verb_openers, lex.subject_carriers, lex.prepositions,
                                        lex.time_words, lex.np_stops)) or last in _SHOW_PRONOUNS:
            return False                        # حيث تكشف لهما، فهو يكشف، هو من كشف: the subject is someone else
        if any(self._speaking_head(t) or t[2] in lex.document_subjects for t in words):
            return False
        _, np = self.subject_np(c[1], self.sent_end(c[1]))
        return np is None

    def _named_before_qad(self, s: int) -> bool:
        """قد right before ``s`` after a definite word or a name (وكانت الوزارة قد بينت أن): the word at ``s`` is
        that subject's past verb; not قد يرى البعض (may), كنت قد بينت (the writer), لقد رأى كثيرون."""
        prev = self.last_words(s, 2, 48)
        if len(prev) < 2 or prev[-1] != "قد":
            return False
        return prev[-2].startswith(("ال", "وال")) or self._entity_ending(s - 3) is not None

    def _masdar_use(self, c) -> bool:
        """A verb form right after a preposition or ما is a noun (ما بين، إلى وصف), and so is one right after
        له/لديه in its sentence (he has: وله كتب تدرس = books; cues.json possessives); not after a name that
        ends in a word like one (والمخرج محمد علي قالت هيفاء: علي is the name, not على), nor after بعد/قبل/منذ
        أن (cues.json time_an_words: بعد أن قال جون كيري إن, a verb with its subject after it)."""
        prev = self.last_words(c[0], 1, 16)
        if prev and prev[-1] in self.lex.possessives \
                and prev == self.N[max(self.sent_start(c[0]), c[0] - 16):c[0]].split()[-1:]:
            return True                         # (not a title ending in لها before the first verb)
        if not prev or not (prev[-1] in self.lex.prepositions or prev[-1] in ("ما", "الي", "ان")):
            return False
        if prev[-1] == "ان" and self.last_words(c[0], 2, 24)[0] in self.lex.time_an_words:
            return False                        # بعد أن قالت جانيت يلين إن: a time clause, the subject follows
        if prev[-1] == "ما" and c[2].kind == VERB and self.N[c[0]:c[1]].endswith(("ه", "ها", "هم", "هما", "هن")) \
                and self.last_words(c[0], 2, 32)[:1] != ["ما"] and self.last_words(c[0], 2, 32)[0][:1].isalpha() \
                and self._named_subject_after(c[1]):
            return False                        # ما يصفه وزير المالية ... بأنه «...»: a relative ما, the verb's pronoun
                                                # points back to it, its subject follows
        x = self._entity_ending(c[0])
        return x is None or x[2].label != "PERSON" or x[1] - x[0] <= len(prev[-1])

    def _named_subject_after(self, e: int) -> bool:
        """A subject named right after ``e``: a mention, a definite word, a description or title, or a head of
        subjects that can speak (الحكومة، وزير المالية، صندوق النقد الدولي، دوائر سياسية) - not a predicate
        (ما يقوله غير واقعي) nor a preposition (ما ذكرته في أحاديث سابقة)."""
        nxt = self.toks(e, e + 30)[:1]
        if not nxt or not nxt[0][2][0].isalpha():
            return False
        w = nxt[0][2]
        return self._entity_covering(nxt[0][0]) is not None or w.startswith(("ال", "وال")) \
            or self._desc_key(w) is not None or w in self.lex.person_titles or w in self.lex.subject_heads

    def _feminine(self, c) -> bool:
        w, lemma = self.N[c[0]:c[1]], c[2].lemma
        for cl in ("ول", "فل", "و", "ف", "ل"):
            if w.startswith(cl) and not lemma.startswith(cl):
                w = w[len(cl):]
                break
        if c[2].kind == PARTICIPLE:
            return w.endswith("ه")
        return (w.endswith("ت") and not lemma.endswith("ت")) or (w.startswith("ت") and not lemma.startswith("ت"))

    def _topic(self, ss: int, p: int):
        """أما منظمة الصحة العالمية، فقد ...: the topic of the sentence speaks for its participles."""
        head = self.N[ss:min(p, ss + 30)].split()[:1]
        if head and head[0] in ("اما", "واما"):
            start = self.N.index(head[0], ss) + len(head[0])
            _, np = self.subject_np(start, p)
            if np is not None:
                return self.resolve_np(np)
        return None

    def _topic_end(self, c, ss: int) -> int:
        """وفيما يخص وزارة الشؤون الإسلامية، قال إنها / وحول تجنيد «داعش» للشباب، ذكر أن: a topic phrase
        (cues.json topic_openers) opening the sentence and closed by a comma right before the verb says what
        the words are about; its mentions are not who speaks. The offset after the comma, else -1."""
        s = c[0]
        k = max(self.N.rfind("،", ss, s), self.N.rfind(",", ss, s))
        if k < 0 or self.N[k + 1:s].strip():
            return self._bare_topic_end(c, ss)  # (no comma: وعن رؤية مبارك للنهائي أجاب - often the one asked)
        if next(self.cue_before(k, ss), None) is not None:
            return -1                           # وحول ... قالت باشطح: ...، وأوضحت: the phrase has its own verb
        toks = self.toks(ss, k)[:6]
        for i, t in enumerate(toks[:4]):        # (after a subheading run into the sentence: مكافحة الغلو وفيما يخص)
            if self.N.startswith(self.lex.topic_openers, t[0]) and (i == 0 or t[2][:1] == "و"):
                return k + 1 if not any(x[2] in ("،", ",") for x in toks[:i]) else -1
        return -1

    def _bare_topic_end(self, c, ss: int) -> int:
        """وعن راشد الماجد قال إن له مزمارا، وعن تقييمه للحكم الدولي فهد المرداسي قال: (و)عن opening the sentence
        with no comma before the verb is still the topic when a person's name fills it right after عن, or when
        its first word has a possessive pronoun (تقييمه، اعتذارها: the topic is the speaker's own); the names in
        it do not speak. The verb's start, else -1 (وعن رؤية مبارك للنهائي أجاب: often the one asked; a
        hadith's narrator has words before the verb, عن ابن عباس رضي الله عنهما قال, or no sentence of its own,
        فعن أنس قال، في صحيحه عن ابن عباس قال: he speaks)."""
        s = c[0]
        toks = self.toks(ss, s)
        if len(toks) < 2 or toks[0][2] not in ("وعن", "عن") or any(not t[2][0].isalnum() for t in toks):
            return -1
        x = self._entity_starting(toks[1][0])
        if x is not None and x[2].label == "PERSON" and not self.N[x[1]:s].strip():
            return s
        w = self.surface(toks[1][0], toks[1][1]) if self.surface is not None else ""
        if len(toks) > 2 and w.endswith(("ه", "ها", "هم")) and not w.endswith("ة") \
                and any(e[2].label == "PERSON" for e in self.ents_in(toks[2][0], s)):
            return s
        return -1

    def _after_qad(self, c, glued: bool = True) -> bool:
        """وكان إردوغان قد انتقد / وكانت الشركة أعلنت: the subject stands before the verb. ``glued``: count
        وقد/فقد glued to the verb too (وقد أعلن مكتب التحقيقات ... is as often verb-first)."""
        w = self.N[c[0]:c[1]]
        if w.startswith(("وقد ", "فقد ")):
            return glued
        ss = self.sent_start(c[0])
        prev = self.N[max(ss, c[0] - 40):c[0]].split()[-2:]         # within the sentence only
        if prev and prev[-1] in ("قد", "لقد"):
            return True
        if len(prev) >= 2 and prev[-2] in _KANA:
            return True
        # وكانت السلطات العراقية أعلنت: كان + a subject of up to 5 words without punctuation or another cue
        words = self.N[max(ss, c[0] - 80):c[0]].split()[-6:]
        for k in range(len(words) - 2, -1, -1):
            if not words[k][-1].isalnum():
                return False
            if words[k] in _KANA:
                return all(w[-1].isalnum() and w not in self.lex.an_words for w in words[k + 1:]) \
                    and self.cue_at(self.N.rfind(words[k + 1], 0, c[0])) is None
        return False

    def _new_clause(self, c, ss: int) -> bool:
        """The verb opens a clause of its own (و/ف glued, or the sentence's first word): ونفى ضابط أن ...، وأوضح
        أن; not one inside the reported words (كتب ضابط أنه عندما أطلعت السلطات أداير على الصور، أجاب)."""
        s = c[0]
        return (self.N[s] in "وف" and not c[2].lemma.startswith(self.N[s])) or not self.N[ss:s].strip()

    def mention_before(self, p: int, floor: int, masc: bool, skip_reported: bool = False):
        """The nearest earlier mention that can speak: a person, an organisation, a description; with
        ``skip_reported``, none inside a clause reported before ``p``."""
        lex = self.lex
        desc = org = None
        toks = self.toks(max(floor, p - 200), p)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            w = t[2]
            if not w[0].isalpha() or (skip_reported and self._in_reported(t[0], p)):
                continue
            x = self._entity_covering(t[0])
            if x is not None:
                if x[2].label in lex.speaker_labels and not self.in_quote(x[0], x[1]) and not self._governed(x):
                    if not masc and x[2].label == "PERSON" and self.known_man(x) \
                            and self.N[x[1]:p].strip(" ،,") not in ("", "التي", "الذي"):
                        # وقالت إيباك ... إدارة الرئيس باراك أوباما: a feminine verb's subject is no man; right
                        # before it (تصريحات هاموند التي تدعو، تقديرات دي ميستورا تشير) he is whose words they are
                        continue
                    if x[2].label == "PERSON" or not masc:
                        return (x[0], x[1], x[2])
                    org = org or (x[0], x[1], x[2])
                continue
            pw = self.name_word(t[0], t[1], w) or (self.name_word(t[0] + 1, t[1], w[1:]) if w[:1] in "وبل" else None)
            if pw is not None and not self.in_quote(t[0], t[1]):
                off = 0 if self.name_word(t[0], t[1], w) else 1
                return (t[0] + off, t[1], pw[2])
            b = self._desc_key(w)
            if b is not None and desc is None and not self.in_quote(t[0], t[1]):
                if masc and (b.endswith("ه") or b.endswith("ات")):
                    continue
                if k > 0 and (toks[k - 1][2] in lex.prepositions or toks[k - 1][2] in lex.object_verbs):
                    continue                    # قرار من وزير التجارة، التقت الفنان: an object, not the speaker
                off = len(w) - len(b) if w.endswith(b) else (
                    len(w) - len(b) + 2 if b.startswith("ال") and w.endswith(b[2:]) else 0)
                labels = lex.descriptions[b]
                if not masc and "PERSON" in labels and not (b.endswith("ه") or b.endswith("ات")):
                    continue                    # الذي قالت إنه ... إدارة الرئيس أوباما: a man is no feminine verb's subject
                name = self.apposition_name(t[1], p) if (not labels or "PERSON" in labels) else None
                tgt = self._desc_target(t[0] + off, labels, [b])
                desc = name or (t[0] + off, t[1], tgt[2] if tgt is not None else None)
                if not masc:
                    return desc
        return desc or org

    def _in_reported(self, a: int, p: int) -> bool:
        """``a`` lies in a reported clause that ended before ``p``: ونفى ضابط أن الجيش قام ...، وأوضح أن: the
        pronoun verb continues the speaker, never a mention inside what was reported (الجيش)."""
        r = self.reported
        k = bisect_right(r, (a, 1 << 60)) - 1
        return k >= 0 and r[k][0] <= a < r[k][1] <= p

    def _governed(self, x) -> bool:
        """An entity mention after ل/ب, a preposition like إلى/على/في (لرويترز، إلى الرئيس، على حزب الله) or a
        verb like التقى/استقبل is an object or an addressee, not the subject a pronoun verb continues; not after مع/عن/من (مقابلة
        مع أبي مالك الذي ... قال، عن ابن عمر قال: the person met or quoted speaks next)."""
        N = self.N
        q = self._before_marks(x[0])
        if q > 0 and N[q - 1] in "لب" and (q < 2 or not N[q - 2].isalpha()):
            return True                         # لرويترز، لـ"سبق" (not بلحسن الوسلاتي: a name cut by the tagger)
        prev = self.last_words(x[0], 2, 40)
        if len(prev) == 2 and self._desc_key(prev[-1]) is not None:
            prev = prev[:1]                     # إلى الرئيس محمد بخاري، التقت الفنان حسن حسني: past the title
        if prev and prev[-1] in self.lex.object_verbs:
            return True                         # والتقى حسن حسني ... وقالت: the one met does not speak
        if self._after_l_office(x[0]):
            return True
        if not prev or prev[-1] not in self.lex.object_preps:
            return False
        return not (prev[-1] == "علي" and x[2].label == "PERSON")   # علي القحطاني: the name علي, not على

    def _before_marks(self, p: int) -> int:
        """The offset before the opening mark of a name in marks at ``p`` (لـ"سبق"، لـ «عكاظ»: tatweel is
        gone once normalized), so that the ل before the mark governs the name as it does a glued one; ``p``
        when no mark is right before it."""
        N = self.N
        q = p
        if q > 0 and N[q - 1] in MARKS:
            q -= 1
            if q > 0 and N[q - 1] == " ":
                q -= 1
        return q

    def _after_l_office(self, p: int) -> bool:
        """A name after ل + an office (لأستاذه المعماري محمد مكية، للرئيس) or after a noun of meeting (بعد لقائه
        الرئيس سلام), definite titles between: an addressee or object, not who speaks."""
        lex = self.lex
        ws = self.last_words(p, 4, 80)
        k = len(ws) - 1
        while k > 0 and (ws[k].startswith("ال") or self._desc_key(ws[k]) is not None) and ws[k] not in lex.object_masdars:
            k -= 1
        if k < 0:
            return False
        w = ws[k]
        if w in lex.object_masdars:
            return True
        if w[:1] != "ل" or len(w) < 4:
            return False
        core = w[2:] if w.startswith("لل") else w[1:]
        return any(core.endswith(suf) and core[:len(core) - len(suf)] in lex.office_nouns for suf in ("", "ه", "ها"))

    def _desc_key(self, w: str):
        d = self.lex.descriptions
        if w in d:
            return w
        for pre, rep_ in (("لل", "ال"), ("وال", "ال"), ("بال", "ال"), ("و", ""), ("ل", ""), ("ب", "")):
            if w.startswith(pre) and rep_ + w[len(pre):] in d:
                return rep_ + w[len(pre):]
        return None

    def _subject_gap(self, c, m) -> bool:
        """وقال وزير الخارجية، عادل الجبير، في مؤتمر صحافي، إن ... / وأوضح الناطق الإعلامي بفرع هيئة الهلال
        الأحمر السعودي في جازان بيشي بن عيسى الصرخي أن ...: a verb cue's subject with appositions (commas) or
        of 13 words and more still reports the أن/إن clause when the particle follows a comma (or على/إلى
        after one) or the speaker's name. Else the particle is likely governed by a word of the gap
        (مخاوف أن، فلا غرابة أن، التي يقدر أن) and the cue keeps its nominal object."""
        s, e, cue = c
        if cue.kind != VERB or (cue.weak and not self._weak_opens_clause(c)):
            return False
        between = self.N[e:m.start()]
        gap = [w for w in (x.strip("،,") for x in between.split()) if w]
        if not gap or len(gap) > 30 or gap[-1] in self.lex.an_blockers:
            return False
        if any(w in self.lex.relatives for w in gap[-3:]):
            return False
        j = e + len(between) - len(between.lstrip())
        x = self._entity_starting(j)
        if x is not None and x[2].label in self.lex.speaker_labels and len(gap) <= 25 and "،" not in between \
                and "," not in between and self.N[x[1]:m.start()].split()[:1] in (["الذي"], ["التي"]):
            return True                         # وقال كيمورا الذي التقى ... آخرين إن: a relative clause on the named subject
        tail = between.rstrip()
        k = max(tail.rfind("،"), tail.rfind(","))
        if k >= 0 and all(w in self.lex.an_preps for w in tail[k + 1:].split()):
            return not (m.group()[0] in "وف" and k == len(tail) - 1)     # ، وأن: a clause of its own
        if k >= 0 and m.group()[0] not in "وف" and all(
                w in self.lex.time_words or w in self.lex.time_nouns for w in tail[k + 1:].split()):
            return True                         # وأوضح سهيل المزروعي وزير الطاقة، اليوم إن / ...، أمس أن: a time, then the particle
        x = self._entity_ending(m.start()) or self._marked_name_ending(e, m.start())
        return x is not None and x[2].label in self.lex.speaker_labels

    def _marked_name_ending(self, a: int, p: int):
        """وأكد مدير مركز التنمية ...، "خالد المنصور"؛ أن: the name in marks that ends right before ``p`` - past a
        closing mark and a semicolon or comma after it - Sabq's way of writing the speaker's name. None if none."""
        t = self.N[a:p].rstrip().rstrip("؛،,").rstrip()
        if not t or t[-1] not in MARKS:
            return None
        x = self._entity_ending(a + len(t) - 1)
        return x if x is not None and x[1] == a + len(t) - 1 and self.N[x[0] - 1:x[0]] in MARKS else None

    def _opens_line(self, s: int) -> bool:
        """The word at ``s`` opens the text or a line (spaces before it): يرى سول كامبل ... أن، بين تقرير حديث أن
        right under a headline - a verb opening its sentence, as after a full stop."""
        j = s
        while j > 0 and s - j < 12 and self.N[j - 1] in " \t\xa0\u200f":
            j -= 1
        return j == 0 or self.N[j - 1] == "\n"

    def _weak_opens_clause(self, c) -> bool:
        """ونقلت وكالة ... عن سعيد الطاير ...، أن / وذكر الاتحاد، الذي ...، أن: a weak reporting verb (نقل، ذكر،
        لفت) with و/ف glued or opening its sentence reads as the report across its subject's commas;
        not the ambiguous ones that report only before أن (بين = between, رأى، أقر)."""
        s, e, cue = c
        if "indirect" not in cue.flags or cue.an_only:
            return False
        return self.N[s] in "وف" or self.sent_start(s) >= s - 2

    def _subject_before(self, c, labels=None) -> bool:
        """وزارة الدفاع الجزائرية أكدت ...: a speaker's name, not glued to a preposition, right before the verb
        (one space between) is its subject (a name of ``labels``, default the speaker labels)."""
        x = self._entity_ending(c[0])
        if x is None or x[2].label not in (labels or self.lex.speaker_labels) or self.N[x[1]:c[0]] != " ":
            return False
        if x[0] > 0 and self.N[x[0] - 1].isalpha():
            # لرويترز قال: a preposition glued; والاتحاد الأوروبي أبلغت: و/ف glued opens the clause
            return self.N[x[0] - 1] in "وف" and (x[0] < 2 or not self.N[x[0] - 2].isalpha())
        # the name opens its clause: sentence start, و, أن/إن or a comma before it
        if self.sent_start(x[0]) >= x[0] - 1:
            return True
        prev = self.last_words(x[0], 1, 24)
        return not prev or prev[-1] in ("و", "،", ",") or prev[-1] in self.lex.an_words or prev[-1][-1:] in "،," \
            or prev[-1] in self.lex.verb_openers        # لكن فابيوس نفى ذلك، فيما الوزارة أكدت

    def _place_subject(self, c):
        """مصر تؤكد رفضها ... / وتونس تنفي وجود ...: a country or city opening the clause right before a reporting
        verb is its government speaking (the guide's speaker_surface names it: مصر), though a place is no
        speaker elsewhere (a pronoun verb never continues one). The place mention, else None."""
        N = self.N
        s = c[0]
        if c[2].kind != VERB or (N[s] in "وف" and not c[2].lemma.startswith(N[s])) \
                or not self._subject_before(c, self.lex.place_speaker_labels):
            return None                         # (الرياض ومكة وأضاف العمرة: a glued verb opens its own clause)
        x = self._entity_ending(s)
        if x[0] > 0 and N[x[0] - 1] in "وف" and self.sent_start(x[0]) < x[0] - 2:
            return None                         # ألمانيا وإيران أعلنت: one of a list, not the subject
        return x[0], x[1], x[2]

    def _entity_ending(self, p: int):
        """The entity ending right before ``p`` (a space between)."""
        k = bisect_left(self.ent_starts, p) - 1
        while k >= 0 and self.ents[k][0] >= p - 120:
            if p - 2 <= self.ents[k][1] <= p:
                return self.ents[k]
            k -= 1
        return None

    def _governed_an(self, e: int, m, object_first: bool = False) -> bool:
        """The particle at ``m`` is governed by the word right before it (بعد أن، قبل أن، حيث إن، يمكن أن:
        'an_blockers'), not by the cue ending at ``e``; after the object of a participle or a weak verb
        (``object_first``), على أن is "as" or "provided that" (مؤكدا فشل المشروع ... على أنها تهديد، نقل
        القمة إلى ملعب ... على أن تقام ليلا), while مؤكدا على أن is the cue's."""
        prev = self.N[e:m.start()].split()
        if len(prev) >= 2 and prev[-2] in ("فيما", "من") and prev[-1] in ("بعد", "قبل"):
            return False                        # اعترفت فيما بعد بأنها: 'later', the cue's particle
        if object_first and len(prev) >= 2 and prev[-1] == "علي" and prev[0] not in self.lex.prepositions \
                and self._spelled_ala(self.N.rindex("علي", e, m.start())):
            return True                         # (مؤكدا في كلمته على أن: a phrase, then the cue's particle)
        return bool(prev) and prev[-1] in self.lex.an_blockers

    def _spelled_ala(self, p: int) -> bool:
        """The normalized علي at ``p`` is written على (the preposition), not علي (the name Ali)."""
        return self.surface is not None and self.surface(p, p + 3).endswith("ى")

    def _an_clause(self, c, m):
        """Cue ... أن/إن: the clause after the particle; -1 when the cue cannot report; None to look further."""
        N = self.N
        s, e, cue = c
        between = N[e:m.start()]
        stripped = between.rstrip(" \t،,:")
        if ":" in stripped:
            return None
        commas = "،" in stripped or "," in stripped
        if commas and not self._subject_gap(c, m):
            return None
        r = self._an_checked(c, m, stripped, commas)
        # across commas a failed check only means the particle is not this cue's: its nominal object may still be
        return None if (r == -1 and commas) else r

    def _an_checked(self, c, m, stripped, gapped=False):
        N = self.N
        s, e, cue = c
        if "indirect" not in cue.flags:
            return -1
        nbetween = len(stripped.split())
        if cue.kind == PARTICIPLE and nbetween > 2 and not N[max(0, s - 3):s].rstrip().endswith(("،", ",")):
            return -1                           # ازدهاراً لافتاً ... : an adjective, not a reporting participle
        if cue.an_only and cue.weak and N[s] not in "وف" and not N[max(0, s - 3):s].rstrip().endswith(("،", ",", ".", ":")) \
                and not self._opens_line(s) \
                and not (cue.kind == PARTICIPLE and nbetween == 0 and self._reporting_participle(c)) \
                and not self._named_before_qad(s):
            return -1                           # ارتباط بين السياسي والاقتصادي بمعنى أن: "between" (الوزارة قد بينت أن: a verb)
        for mk in MARK_RE.finditer(N, e, m.start()):
            if self.in_quote(mk.end(), mk.end() + 1):
                return -1
        words = [w for w in stripped.split() if w[0].isalnum()]
        if len(words) > 8 and not gapped and (cue.weak or len(words) > 12):
            gapped = self._subject_gap(c, m)
        if (len(words) > 12 or cue.weak and len(words) > 8) and not gapped:
            return -1 if cue.weak else None
        if words and words[-1] in ("الا", "غير"):
            return -1
        if len(words) > 1:
            k = bisect_right(self.cue_starts, e)
            first_end = N.find(words[0], e) + len(words[0])
            while k < len(self.cues) and self.cues[k][0] < m.start():
                if self.cues[k][0] >= first_end and self.cues[k][2].kind in (VERB, PARTICIPLE) and not (
                        gapped and self.cues[k][2].weak) and not self._between_word(self.cues[k]) \
                        and not (self.cues[k][2].kind == VERB and self._object_suffix(self.cues[k])):
                    return -1                   # الذي يتخذ من بروكسل مقرا له: مقر is no cue here; في بيان أوردته وكالة: a relative

                k += 1
        return m.end(), self._clause_end(m.end(), False)

    def _entity_starting(self, p: int):
        k = bisect_left(self.ent_starts, p)
        if k < len(self.ents) and self.ents[k][0] == p:
            return self.ents[k]
        return None

    def _is_source_np(self, a: int, nouns: bool = True) -> bool:
        """A speaker-like phrase at ``a`` (a name, a description, ما + cue); with ``nouns``, a data or report
        noun too (بيانات، تقرير، دراسة: 'source_nouns')."""
        lex = self.lex
        ws = [t for t in self.toks(a, a + 80) if t[2][0].isalnum()][:4]
        if not ws:
            return False
        w0 = ws[0]
        if w0[2] in ("ما", "قول", "قوله", "قولها"):
            return w0[2] == "ما"
        if self.cue_at(w0[0]) is not None or self._desc_key(w0[2]) is not None:
            return True
        w = w0[2]
        if w[:1] == "ل" and self._desc_key("ال" + w[1:]) is not None:
            return True                         # وفقا للهيئة: وفقا ل + لهيئة
        x = self._entity_covering(w0[0]) or self._entity_covering(w0[0] + 1)
        if x is not None and x[2].label in lex.speaker_labels:
            return True
        if nouns and (w in lex.source_nouns or _bare(w) in lex.source_nouns
                      or (w[:1] == "ل" and "ال" + w[1:] in lex.source_nouns)):
            return True                         # بحسب بيانات الوزارة
        return len(ws) >= 3 and ws[1][2] in lex.relatives and self.cue_at(ws[2][0]) is not None

    def _kama_source(self, c):
        """...، كما ذكرت مصادر عسكرية.: كما + a reporting verb + its subject closing the sentence names the
        source of the clause before the comma, as بحسب does."""
        N = self.N
        s, e, cue = c
        head = N[max(0, s - 12):s].split()
        if not head or head[-1] not in ("كما", "وكما") or self._masdar_use(c):
            return None
        k = N.rfind(head[-1], 0, s)
        if not N[max(0, k - 3):k].rstrip().endswith(("،", ",")):
            return None
        se = self.sent_end(e)
        tail = [t for t in self.toks(e, se) if t[2][0].isalnum()]
        if not tail or len(tail) > 8 or any(t[2] in self.lex.an_words for t in tail):
            return None
        if not self._is_source_np(e):
            return None
        ss = self.sent_start(s)
        j = bisect_left(self.quote_spans, (k,)) - 1
        if j >= 0 and self.quote_spans[j][1] > ss:
            return None                         # the clause holds a marked quote: its cue says who spoke
        ws = [t for t in self.toks(ss, k) if t[2][0].isalnum()]
        if len(ws) < 4:
            return None
        cs = ws[0][0]
        if ws[0][2] in ("و", "كما", "ف"):
            cs = ws[1][0]
        elif ws[0][2].startswith("و") and len(ws[0][2]) > 3:
            cs += 1
        for t in ws:
            cc = self.cue_at(t[0])
            if cc is not None and cc[2].kind in (VERB, PARTICIPLE) and not cc[2].weak:
                return None                     # a cue inside the clause already reports it
        return cs, k

    def _indirect_source(self, c):
        N = self.N
        s, e, cue = c
        if "no_clause" in cue.flags or not self._is_source_np(e):
            return None
        ss = self.sent_start(s)
        se = self.sent_end(e)
        head = [w for w in N[ss:s].split(None, 2) if w[0].isalnum()]
        after_colon = N[max(ss, s - 4):s].rstrip().endswith(":")
        if len(head) == 0 or (len(head) == 1 and head[0] in ("و", "ف")) or after_colon:
            # sentence-initial source: the content follows its comma or ف (فإن، فقد)
            toks = self.toks(e, min(se, e + 200))
            strict = not self._is_source_np(e, nouns=False)
            for k, t in enumerate(toks):
                w = t[2]
                if strict and k > 10 and w in ("،", ","):
                    return None                 # وبحسب بيان لرئاسة الإقليم أشاد العطية ...، : the content began before
                if w in ("،", ",") or w in _FA_INNA:
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    if w in ("،", ",") and nxt is not None and self.cue_at(nxt[0]) is not None:
                        return None             # وحسب وكالة «فرانس برس»، قالت «بوينج»: the cue reports
                    if w in ("،", ",") and nxt is not None and nxt[2] in _FA_INNA:
                        t = nxt                 # وحسب مصادر، فإن الاجتماع ...: the clause follows فإن
                    elif w in ("،", ","):
                        fa = self._fa_inna_after(toks, k + 1)
                        if fa is not None:
                            t = fa              # وحسب مساهل، الوزير الجزائري ...، فإن المؤتمر: past the apposition
                    return t[1], self._clause_end(t[1], False)
                if w in MARKS and self.in_quote(t[1], t[1] + 1):
                    return None
                cc = self.cue_at(t[0])
                if cc is not None and cc[2].kind == VERB and k > 1 and toks[k - 1][2] not in self.lex.relatives \
                        and toks[k - 1][2] not in ("ما", "لما"):
                    return None                 # ووفقا لتقارير طبية ... أفادت بأنه: the verb reports (not: حسبما أعلن، الذي كشفت عنه)
            return self._source_after_period(c, ss, toks)
        return self._source_closing(c, se)

    def _fa_inna_after(self, toks, k: int):
        """The فإن/فقد that opens the content after an apposition of the source (a comma and up to 20
        words without a cue, a mark or a period first), or None."""
        for t in toks[k:k + 24]:
            w = t[2]
            if w in _FA_INNA and self.N[max(0, t[0] - 3):t[0]].rstrip().endswith(("،", ",")):
                return t
            if w in MARKS or w in (".", "؛", ":") or self.cue_at(t[0]) is not None:
                return None
        return None

    def _source_closing(self, c, se):
        """A source phrase inside the sentence: '...، فطبقا للمعلومات الأخيرة فإن ...' reports what follows
        فإن; one that closes its clause (a comma within 8 words, the sentence end within 20: ... 407.75 نقطة
        بحسب بيانات وكالة رويترز.) reports the clause before it; a data noun's phrase that runs on (وفقا لبيان الوزارة
        مراجعة التقرير ...، - وفق الدراسات - يعد) is a mid-clause reference, not a report."""
        s, e, cue = c
        n = 0
        strict = not self._is_source_np(e, nouns=False)   # a data noun (بيانات، دراسة) must close its clause
        for t in self.toks(e, min(se, e + 200)):
            w = t[2]
            if w in _FA_INNA:
                return t[1], self._clause_end(t[1], False)
            if w in ("،", ",", "؛"):
                if strict and n > 8:
                    return None
                break
            if not strict:
                continue
            if w[0].isalnum():
                n += 1
                if n > 20:
                    return None
            elif w not in MARKS and w not in "()":
                return None
        return self._clause_before_source(self.sent_start(s), s)

    def _source_after_period(self, c, ss, toks):
        """...على الانترنت.وفقا لرويترز. / ... عام 2014. وفقا للفرنسية.: a source phrase that makes a sentence
        of its own (a few words, no و before it) names the source of the sentence before."""
        N = self.N
        s = c[0]
        glued = N[s] in "وف" and not N.startswith("وفق", s) or N.startswith(("ووفق", "فوفق"), s)
        if glued or len([t for t in toks if t[2][0].isalnum()]) > 5 or ss < 2 or N[ss - 1] != ".":
            return None
        if any(self.cue_at(t[0]) is not None or t[2] in self.lex.an_words for t in toks):
            return None
        end = ss - 1
        while end > 0 and N[end - 1] == ".":
            end -= 1
        return self._clause_before_source(self.sent_start(end), end)

    def _clause_before_source(self, ss, s):
        """The clause from the sentence start ``ss`` to the source phrase at ``s``, unless it holds a marked
        quote or a reporting cue of its own."""
        # the clause before the source phrase (after the previous quote)
        start = ss
        k = bisect_left(self.quote_spans, (s,)) - 1
        if k >= 0 and self.quote_spans[k][1] > ss:
            return None
        toks = self.toks(start, s)
        colon = [k for k, t in enumerate(toks) if t[2] == ":"]
        if colon:
            toks = toks[colon[-1] + 1:]         # سبق- وكالات: قتل نحو 30 ...، حسب موقع: the dateline is no content
        ws = [t for t in toks if t[2][0].isalnum()]
        if len(ws) < 4:
            return None
        cs = ws[0][0]
        first = ws[0][2]
        if first in ("و", "كما", "ف"):
            cs = ws[1][0]
        elif first.startswith("و") and len(first) > 3:
            cs += 1
        # a cue inside the clause already reports it
        for k, t in enumerate(ws):
            cc = self.cue_at(t[0])
            if cc is not None and cc[2].kind in (VERB, PARTICIPLE) and (
                    not cc[2].weak or any(x[2] in self.lex.an_words for x in ws[k + 1:k + 4])):
                return None                     # (a weak one with its أن: وبيّن النشطاء أنّ ...)
        if len(ws) > 4 and ws[-1][2] == "وذلك":
            s = ws[-1][0]                       # ...، وذلك بحسب ما أعلنه الوزير: وذلك only links the source
        return cs, s
