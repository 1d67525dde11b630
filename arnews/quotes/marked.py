"""Pass 1 of the Finder: quotation marks paired and each quoted piece judged a statement (direct or
partial) or not (a name, a title, a term, scare quotes).
"""
from __future__ import annotations

from bisect import bisect_left
from typing import Optional

import regex

from .lexicon import AFTER, Cue, MEDIUM, PARTICIPLE, SOURCE, VERB
from .marks import MARK_RE, MARKS, pair_marks, Piece, recover
from .shared import _bare, _HEAD, ARABIC_RE, Item, N_isspace

# after a short marked text: two more short marked texts, each after و or a comma (a list of titles)
_LIST_AFTER_RE = regex.compile(r'(?:\s*[،,]?\s*و?\s*(?:«[^«»\n]{1,60}»|"[^"\n]{1,60}"|“[^“”\n]{1,60}”)){2}')


class MarkedQuotes:
    """Methods of :class:`arnews.quotes.finder.Finder` (its state and helpers are defined there)."""

    def mark_quotes(self) -> list[Item]:
        N = self.N
        pieces = pair_marks(N, self.newlines, self.lex.an_bare)
        items: list[Item] = []
        floor = 0
        cont_next = False
        last_item: Optional[Item] = None
        bridge = None                           # (middle paragraphs, closing mark) of a quote left open
        for k, pc in enumerate(pieces):
            status = pc.status
            cont = False
            if status == "paired":
                cs, ce = pc.start, pc.end
            elif status == "para":
                # multi-paragraph quote: the next paragraph opens with a mark again
                j = pc.end
                while j < self.n and N[j].isspace():
                    j += 1
                bridge = self._bridge(pc, pieces[k + 1] if k + 1 < len(pieces) else None)
                if (j < self.n and N[j] in MARKS and pc.end < self.n) or bridge is not None:
                    cs, ce = pc.start, pc.end
                    cont = True
                else:
                    cs, ce = recover(N, pc._replace(status="open_only"), self.t_starts, floor)
                    status = "open_only"
            elif status == "close_only" and bridge is not None and bridge[1] == pc.close_mark:
                cs, ce = self._para_start(pc.close_mark), pc.close_mark
                bridge = None
            else:
                cs, ce = recover(N, pc, self.t_starts, floor)
            while cs < ce and N[cs].isspace():
                cs += 1
            while ce > cs and N[ce - 1].isspace():
                ce -= 1
            if ce - cs < 2 or cs < floor:
                cont_next = False
                continue
            open_mark = pc.open_mark
            is_cont = cont_next and ((open_mark >= 0 and self._starts_paragraph(open_mark)) or status == "close_only")
            item = self._assess(cs, ce, pc, status, floor, is_cont, last_item)
            cont_next = cont and item is not None
            if item is None and bridge is not None:
                bridge = None
            if item is not None:
                pieces_of = [item]
                if bridge is not None and status == "para":
                    # the paragraphs in between are quoted whole, each its own piece
                    pieces_of += [Item(a, b, "direct", item.cue, item.cue_after, -1, cont=True) for a, b in bridge[0]]
                for it in pieces_of:
                    items.append(it)
                    self.quote_spans.append((it.start, it.end))
                    floor = max(floor, it.end + 1)
                    last_item = it
        return items

    def _para_start(self, p: int) -> int:
        """The first non-space character of the paragraph holding ``p``."""
        k = bisect_left(self.newlines, p) - 1
        j = self.newlines[k] + 1 if k >= 0 else 0
        while j < p and self.N[j].isspace():
            j += 1
        return j

    def _bridge(self, pc: Piece, nxt):
        """A quote left open at its paragraph end whose closing mark, with nothing open, ends one of the next
        three paragraphs (the writer opened the mark once for a statement of several paragraphs: «... حملة
        اعتقالات واسعة.\n\nوبحسب المعلومات الواردة إلينا ... مصيرهم»): ([(start, end)] of the paragraphs
        in between, closing mark), else None. Not when a paragraph on the way opens with a reporting verb or
        participle (وأوضح الوزير أن ...»: the reporter's words again, the » a stray one)."""
        if nxt is None or nxt.status != "close_only" or pc.end >= self.n:
            return None
        paras = []
        p = pc.end
        while True:
            s = p + 1
            while s < self.n and self.N[s].isspace():
                s += 1
            c = self.cue_at(s)
            if s >= nxt.close_mark or (c is not None and c[2].kind in (VERB, PARTICIPLE)):
                return None
            e = self.para_end(s)
            if e > nxt.close_mark:
                return [(a, b) for a, b in paras], nxt.close_mark
            while e > s and self.N[e - 1].isspace():
                e -= 1
            paras.append((s, e))
            if len(paras) > 2:
                return None
            p = self.para_end(s)

    def _starts_paragraph(self, p: int) -> bool:
        j = p - 1
        while j >= 0 and N_isspace(self.N[j]) and self.N[j] != "\n":
            j -= 1
        return j < 0 or self.N[j] == "\n"

    def _marked_subject(self, words, pw: str, pw_start: int, close: int) -> bool:
        """A body's name in marks right after a verb cue, a word right after the closing mark (وأعلنت «خلية
        الإعلام الحربي» موجزا لعمليات ...): the verb's subject, not a quote of what it said; the name opens
        with a name noun (cues.json name_nouns: خلية، هيئة، حركة ...) followed by definite words only."""
        lex = self.lex
        if close < 0 or self.cue_at(pw_start) is None or len(words) < 2 or len(words) > 4:
            return False
        if not (words[0] in lex.name_nouns or _bare(words[0]) in lex.name_nouns) or words[0].startswith("ال") \
                or not all(w.startswith("ال") for w in words[1:]):
            return False
        nxt = self.N[close + 1:close + 30].split()[:1]
        return bool(nxt) and nxt[0][0].isalpha() and nxt[0] not in lex.an_words and nxt[0] not in lex.prepositions

    def _marked_person(self, cs: int, ce: int, nw: int, pw: str) -> bool:
        """A person's name in marks after a definite noun that is no cue (الموهوبة "جنا خالد مقداد"): a
        person mention that runs to the closing mark and starts at its second word, the first word a
        given name the tagger left out."""
        if nw < 2 or nw > 4 or not pw.startswith("ال"):
            return False
        k = self.N.find(" ", cs, ce)
        x = self._entity_starting(k + 1) if k > 0 else None
        return x is not None and x[2].label == "PERSON" and x[1] >= ce - 1 \
            and self.N[cs:k].isalpha() and self.N[cs:k] not in self.lex.prepositions

    def _assess(self, cs, ce, pc: Piece, status, floor, is_cont, last_item) -> Optional[Item]:
        lex, N = self.lex, self.N
        # the tests below look at the number of words up to 7 and, for 6 words or fewer, whether there is
        # an Arabic letter: the first _HEAD characters tell (news quotes have 7 words well within them),
        # and reading no further keeps deeply nested pairs from rescanning their whole content (quadratic)
        content = N[cs:min(ce, cs + _HEAD)]
        words = content.split()
        nw = len(words)
        if is_cont and last_item is not None:
            it = Item(cs, ce, "direct", last_item.cue, last_item.cue_after, pc.open_mark, cont=True)
            return it
        if self.entity_at(cs, ce) is not None:
            return None
        if ARABIC_RE.search(content) is None and nw <= 6:
            return None
        if nw <= 5 and words[0] in lex.person_titles | lex.royal_titles:
            return None                         # «العقيد محمد العاصمي»، "الأمير محمد بن سلمان": a name
        open_mark = pc.open_mark if pc.open_mark >= 0 else cs
        # what is glued to or stands right before the opening mark
        prev = self.toks(max(floor, open_mark - 60), open_mark)
        colon = bool(prev) and prev[-1][2] == ":"
        prev_words = [t for t in prev if t[2][0].isalnum()]
        prev_tok = prev[-1][2] if prev else ""
        if colon and nw <= 5 and pc.close_mark >= 0 and self._title_list(pc.close_mark):
            return None                         # أسماء كتبه: «منفيون يدفعهم الشغف» و«مذكرات مهاجر» و«...»: titles
        if nw == 1 and words[0].startswith("ال") and not colon:
            self.name_words.add(cs)
            return None                         # لمصادر «المدينة»، الشكل "المرعب"، أن «المرقوق» يعمل: a name or term
        if pc.open_mark > 0 and N[pc.open_mark - 1].isalpha():
            glued = prev_tok
            if (glued in lex.glued_prefixes or len(glued) <= 2) and glued not in lex.an_bare:
                return None                     # (إن” قوات ...: the particle before the report, not a prefix)
        if prev_words and prev[-1][2] in (prev_words[-1][2], ":") and (
                prev_words[-1][2] in lex.naming_words or _bare(prev_words[-1][2]) in lex.naming_words):
            return None                         # لما سماهم: «محور المقاومة»، بعنوان «...»: a name or title
        if prev_words and nw <= 4 and prev_words[-1][2] == prev_tok:
            pw = prev_tok
            if (pw in lex.name_nouns or _bare(pw) in lex.name_nouns) and not (
                    "ال" in pw[:4] and len(prev_words) >= 2 and self.cue_at(prev_words[-2][0]) is not None and nw >= 3):
                self.marked_names.append((cs, ce))
                return None                     # وقالت شركة «أفيد لايف ميديا»، ونقلت شبكة "إن بي سي نيوز": a name
            if not pw.startswith("ال") and (pw in lex.office_nouns or (pw[:-1] in lex.office_nouns and pw.endswith("ه"))):
                return None                     # وقال نائب «محافظ مدينة حلب الحرة»: an office's name (not الرئيس «...»)
            if self._marked_subject(words, pw, prev_words[-1][0], pc.close_mark):
                self.marked_names.append((cs, ce))
                return None                     # وأعلنت «خلية الإعلام الحربي» موجزا: the verb's subject
            if self._marked_person(cs, ce, nw, pw):
                return None                     # الموهوبة "جنا خالد مقداد": a person's name
        # cues before the mark (same sentence, after the previous quote)
        wstart = max(self.sent_start(open_mark), floor, open_mark - 400)
        if status == "close_only":
            wstart = max(self.sent_start(cs), floor, cs - 400)
        cue = None
        dist = 99
        for c in self.cue_before(ce if status == "close_only" else open_mark, wstart):
            if c[2].kind == AFTER or c[2].an_only:
                continue
            if self._masdar_use(c) and c[2].weak:
                continue
            d = self.words_between(c[1], open_mark) if c[1] <= open_mark else 0
            if c[2].weak and d > 3 and not colon and not (d <= 8 and self._medium_follows(c)):
                continue
            if c[2].kind == MEDIUM:
                if cue is None:
                    cue, dist = c, d
                continue
            if cue is None or cue[2].kind == MEDIUM:
                cue, dist = c, d
            break
        # a cue after the mark (quote first: "...".. بهذه العبارة رحبت منصة تويتر / "..." قال الوزير)
        cue_after = None
        if status != "close_only":
            cue_after = self._cue_after(pc.close_mark if pc.close_mark >= 0 else ce)
        if status == "close_only" and cue is not None:
            # recovered back to the clause start: the content starts after the cue
            if cs <= cue[0] < ce:
                ncs = cue[1]
                while ncs < ce and N[ncs].isspace():
                    ncs += 1
                cs = ncs
                content = N[cs:min(ce, cs + _HEAD)]
                words = content.split()
                nw = len(words)
                if nw == 0:
                    return None
                if cue[2].kind == VERB and nw <= 12 and self._an_follows(pc.close_mark):
                    return None                 # قال الخبير ... محمد الخالدي» إن: the subject, not a quote
        if cue is None and cue_after is None and last_item is not None and last_item.cue is not None \
                and 0 <= cs - last_item.end < 150 and self.sent_start(cs) <= last_item.start:
            cue, dist = last_item.cue, 0            # a list of quoted fragments shares its cue
        if cue is None and cue_after is None:
            return None
        if cue_after is not None and not self._sentence_initial(open_mark):
            cue_after = None
        if cue_after is not None and nw <= 3 and not self._speaker_follows(cue_after[1]):
            cue_after = None                    # "سبق" تقول للمسؤول:، «فيديو» يوضح كيفية ...: the name is the verb's subject
        if cue is None and cue_after is None:
            return None
        if cue_after is None and nw <= 6 and cue[2].kind == VERB and cue[1] <= open_mark \
                and self.words_between(cue[1], open_mark) <= 3 and MARK_RE.search(N, cue[1], open_mark) is None \
                and (self._an_follows(pc.close_mark) or (self.words_between(cue[1], open_mark) == 0
                                                         and self._word_after(pc.close_mark) == "عن")):
            return None                         # وأوضحت "الجوازات" أن، ونقل «مكتب أخبار سوريا» عن: the speaker's name
        if cue_after is None and self._subject_in_marks(cue, pc, status, nw, colon):
            self.marked_names.append((cs, ce))
            return None                         # اعترفت "مجلة الجيش" في عددها، وقال"غريمي" من المؤكد: the subject's name
        if cue_after is None and cue[2].kind == SOURCE and dist == 0 and nw <= 4:
            return None                         # حسب «يورو مونيتور»: the source's name
        if cue_after is None and cue is not None and cue[2].kind == MEDIUM and dist > 3:
            return None
        prev_is_intro = prev_tok in lex.partial_introducers or _bare(prev_tok) in lex.partial_introducers
        if nw <= 2 and cue_after is None and not colon and self._scare_marks(words, prev_words, cue, dist, prev_is_intro):
            return None                         # تقرير «صحارى»، محطة "تي في 3"، تأسيس «كتيبة»: a name or term
        in_head = cue_after is None and self._in_clause_head(prev_words, cue)
        if nw <= 3 and cue_after is None:
            # (a word or a definite pair in marks there is mostly a name or a term: «رمضان»، "الشلل الرعاش")
            an_intro = prev_tok in lex.an_words or prev_tok[1:] in lex.an_words or \
                in_head and nw >= 2 and not (nw == 2 and words[0].startswith("ال"))
            near = dist <= 3 or (colon and dist <= 12) or (an_intro and dist <= 12)
            if cue is not None and cue[2].weak and not colon and dist > 1:
                near = False
            if not near:
                return None
        if nw <= 5 and pc.close_mark >= 0 and N[pc.close_mark + 1:pc.close_mark + 3].strip().startswith(":"):
            return None                         # «جيه إف ستريت فود»: «...»: a name introducing a quote
        # direct or partial
        after = pc.close_mark + 1 if pc.close_mark >= 0 else ce
        j = after
        while j < self.n and N[j] in " \t":
            j += 1
        continues = status == "paired" and j < self.n and N[j].isalnum() and cue_after is None \
            and not self._sentence_inside(cs, ce, cue, open_mark) and not self._new_report_at(j, cue, open_mark)
        partial_cue = cue is not None and cue[2].partial_only and cue_after is None
        if colon or cue_after is not None:
            kind = "direct"
        elif prev_is_intro or partial_cue or in_head:
            kind = "direct" if (nw >= 6 and not continues and not partial_cue) else "partial"
        else:
            kind = "partial" if continues else "direct"
        if status == "close_only":
            kind = "partial"
        if cue_after is not None:
            return Item(cs, ce, kind, cue_after, True, pc.open_mark)
        return Item(cs, ce, kind, cue, False, pc.open_mark)

    def _in_clause_head(self, prev_words, cue) -> bool:
        """The marks follow the first words of the cue's أن/إن clause (إن الصفقة «خطوة مهمة»، أن الولايات
        المتحدة "لن تسمح أبداً"): a fragment of the reported words, however far the cue."""
        if cue is None or cue[2].kind != VERB:
            return False
        for t in prev_words[-3:-1]:
            if t[0] > cue[1] and (t[2] in self.lex.an_words or t[2][1:] in self.lex.an_words):
                return True
        return False

    def _title_list(self, close_mark: int) -> bool:
        """A short marked text after a colon that two more short marked texts follow, joined by و or commas
        (وتوضح بعض أسماء كتبه هذه الخلطة: «منفيون يدفعهم الشغف» و«مذكرات مهاجر» و«جذور ألف هوية»، ونذكر منها:
        "إلى قديسة"، "ملكة الطوارق"، ...) opens a list of titles or names, not a statement: a quote after a colon
        is one text. Only each item's first 60 characters are read."""
        return _LIST_AFTER_RE.match(self.N, close_mark + 1) is not None

    def _scare_marks(self, words, prev_words, cue, dist: int, prev_is_intro: bool) -> bool:
        """One or two words in marks after a plain word (no cue, عن/على/ب or the like right before them, no
        أن/إن up to 3 words before) are a name or a scare quote: a reported fragment is introduced (أنه
        «جاهز»، عن «أسفه»), ends a reported clause (إن الانفجار "عمل إرهابي"، ان الأمور كانت "سلسة للغاية"),
        or is a prepositional phrase of its own (وصف الأحداث «بتسونامي»). Right after a verb and its one-word
        subject (ويقول القارئ "مجرد رأي"، وتنتقد هذه «الانتخابات المهزلة») the marks are left as they are:
        they may hold the speaker's own words or the name that the next quotes are attributed by."""
        if dist == 0 or (dist == 1 and cue is not None and cue[2].kind == VERB) or prev_is_intro or not prev_words or not prev_words[-1][2][:1].isalpha():
            return False
        an = self.lex.an_words
        if any(t[2] in an or _bare(t[2]) in an for t in prev_words[-3:]):
            return False
        return words[0][:1] not in "بلك"

    def _speaker_follows(self, e: int) -> bool:
        """A named subject (an entity or a description) right after a verb that follows a marked text."""
        _, np = self.subject_np(e, min(self.n, e + 120))
        if np is None:
            return False
        sp = self.resolve_np(np, np[1])
        first = self.N[np[0]:np[1]].split()[0]
        return sp is not None and (sp[2] is not None or self._desc_key(first) is not None)

    def _subject_in_marks(self, cue, pc: Piece, status, nw: int, colon: bool) -> bool:
        """Up to 3 words in marks right after a verb that takes no nominal object (قال، أوضح، اعترف، يقول; or
        after one indefinite noun: ودعت منظمات "الهيكل المزعوم" لاقتحام), with the sentence going on after the
        closing mark (اعترفت "مجلة الجيش" في عددها، كما يقول "غريمي" أشبه بـ): its subject's name, not a
        quote. Only where the verb opens its clause (not نتنياهو صرح "الخطأ التاريخي": an object) and is no
        masdar (قوة لنقل "الطاقة الايجابية"). A statement right after the cue ends at punctuation or goes on
        with another cue or a conjunction (وقال "نعم"، مضيفا؛ وقال «أوشي» ومعناها «لا»); after أنها, a ب-word or
        a description a fragment or a named person follows (قال إنها «تنتحر»، اعترف بوجود «رجعية» في، وقال الشاب
        "ف.خ" يحكي)."""
        N, lex = self.N, self.lex
        if cue is None or cue[2].kind != VERB or cue[2].flags & {"nominal", "partial", "b_object"} or colon \
                or status != "paired" or nw > 3 or pc.close_mark < 0 or cue[1] > pc.open_mark \
                or N[cue[0]] == "ل" or self._masdar_use(cue):
            return False
        between = N[cue[1]:pc.open_mark].split()
        if len(between) > 1 or MARK_RE.search(N, cue[1], pc.open_mark) is not None:
            return False
        if between and (between[0].startswith(("ال", "وال", "ب")) or between[0] in lex.partial_introducers
                        or between[0] in lex.an_words or self._desc_key(between[0]) is not None):
            return False
        if N[cue[0]] not in "وف":
            prev = self.toks(max(0, cue[0] - 24), cue[0])
            if prev and prev[-1][2][0].isalpha() and prev[-1][2] not in lex.verb_openers \
                    and prev[-1][2] not in lex.time_words and self.sent_start(cue[0]) < prev[-1][0]:
                return False
        j = pc.close_mark + 1
        while j < self.n and self.N[j] in " \t":
            j += 1
        nxt = self.N[j:j + 16].split()[:1]
        return j < self.n and self.N[j].isalpha() and self.cue_at(j) is None \
            and not (nxt and nxt[0][0] == "و" and nxt[0] not in self.lex.prepositions)

    def _new_report_at(self, j: int, cue, open_mark: int) -> bool:
        """A reporting participle or a verb with its و right after the closing mark (وقال المحاميان «...»
        معربين عن ...، وقال «...» وأضاف): the quote ended its sentence, nothing of it goes on; unless an أن/إن
        clause embeds it (وأضافت أن هذا «...» وقالت: a fragment of the reporter's sentence)."""
        c = self.cue_at(j)
        if c is None or cue is None or any(w in self.lex.an_words for w in self.N[cue[1]:open_mark].split()):
            return False
        return c[2].kind == PARTICIPLE or (c[2].kind == VERB and self.N[j] == "و" and not c[2].weak)

    def _word_after(self, close_mark: int) -> str:
        nxt = self.N[close_mark + 1:close_mark + 16].split()[:1] if close_mark >= 0 else []
        return nxt[0] if nxt else ""

    def _an_follows(self, close_mark: int) -> bool:
        """أن/إن (بأن، أنه ...; not وأن = and that) right after the closing mark."""
        if close_mark < 0:
            return False
        nxt = self.N[close_mark + 1:close_mark + 16].replace("،", " ").replace(",", " ").split()[:1]
        return bool(nxt) and nxt[0][:1] != "و" and (
            nxt[0] in self.lex.an_words or (nxt[0][:1] == "ب" and nxt[0][1:] in self.lex.an_words))

    def _sentence_inside(self, cs: int, ce: int, cue, open_mark: int) -> bool:
        """وقال المسؤول «هبطت طائرة ... منذ 25 مارس.» وانتزع ...: the content ends its own sentence inside the
        marks, so the words after the mark start a new one (not a fragment of the reporter's sentence), unless
        an أن/إن clause embeds it (وأضافت أن هذا «قد يدفع ...»)."""
        if ce <= cs or self.N[ce - 1] not in ".!?؟" or cue is None:
            return False
        return not any(w in self.lex.an_words for w in self.N[cue[1]:open_mark].split())

    def _medium_follows(self, c) -> bool:
        """وجاء على صفحة الفيفا / وجاء في بيان الوزارة: a weak verb made a reporting one by its medium."""
        nxt = self.N[c[1]:c[1] + 40].split()[:2]
        return len(nxt) == 2 and nxt[0] in self.lex.medium_preps and (
            nxt[1] in self.lex.medium_words or nxt[1] in ("بيان", "تصريح", "تغريده", "منشور"))

    def _sentence_initial(self, p: int) -> bool:
        s = self.sent_start(p)
        ws = [w for w in self.N[s:p].split(None, 2) if w[0].isalnum()]
        return len(ws) == 0 or (len(ws) == 1 and ws[0] in ("و", "ف"))

    def _cue_after(self, close_mark: int):
        toks = self.toks(close_mark + 1, close_mark + 50)
        words = []
        for t in toks:
            if t[2][0].isalnum():
                words.append(t)
            elif t[2] in MARKS:
                break
            if len(words) >= 4:
                break
        if not words:
            return None
        first = words[0]
        c = self.cue_at(first[0])
        if c is not None and c[2].kind == AFTER:
            # the verb right after the phrase is the cue, whatever it is
            rest = [w for w in words if w[0] >= c[1]]
            if rest:
                w = rest[0]
                vc = self.cue_at(w[0])
                return (w[0], w[1], vc[2] if vc is not None else Cue(VERB, w[2]))
            return None
        if c is not None and c[2].kind == VERB and not c[2].weak:
            return c
        return None
