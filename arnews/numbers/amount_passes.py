"""Post-passes over the emitted amounts (a mixin of the Extractor)."""
from __future__ import annotations

from bisect import bisect_right
import re

from ..text import normalize
from .lexicon import bare_word_code, bare_word_rule, context_currency_swaps, key, light, names_own_country
from .tokens import _DIGITS_ASCII, _num_value
from .shared import _coord_start, _DOT_THOUSANDS, _join_neighbours, _new_quantity, _WORD_AFTER, _WORD_BEFORE


# a lone letter and a slash right before a number: the series of an order's number (الأمر الملكي رقم (أ / 90))
_LETTER_SLASH = re.compile(r"(?:\A|[\s(:])[\u0621-\u064a][ \t]*/[ \t]*\Z").search

# the Arabic words of a stretch of text, in order (the last ones before a number)
_LAST_WORDS = re.compile(r"[\u0621-\u0652\u0640]+").findall

# what may stand between a number in digits and its restatement in words: spaces and brackets
_RESTATE_GAP = re.compile(r"[ \t]*[)»\"]?[ \t]*[(«\"]?[ \t]*\Z").match
_RESTATED_KINDS = frozenset(("number", "money", "measure", "percent"))

# a quoted name that a bare number closes (the number last before the closing mark, the opening mark up to
# 25 characters before it with a word between and no mark of its own): «أستون مارتن دي بي 9»، «إم إكس - 1»
_QUOTED_NAME_END = re.compile(r"[ \t]*[»”]").match
_QUOTED_NAME_START = re.compile(r"[«“][^«»“”\n]*[\u0621-\u064aA-Za-z][^«»“”\n]*[ \t-]\Z").search

# what makes تسع 'holds' a verb: digits, ل (تسع لـ600، لأكثر) or a word (group 1) to check as a bound
_AFTER_HOLDS = re.compile(r"[ \t]+(?:\d|ل|([\u0621-\u064a]+))").match
# two single digits with a dash in brackets, as a part marker or a score writes them: (1-2)، (2 - 3)
_DIGIT_PAIR = re.compile(r"\([ \t]*([0-9٠-٩])[ \t]*[-–][ \t]*([0-9٠-٩])[ \t]*\)")
# what ends a part marker or a score: a line's end, the text's end, a punctuation mark, or a word glued on
_PAIR_END = re.compile(r"[ \t]*(?:\n|\Z|[،,.:؛!؟])|[^\s]").match


# و (glued or spaced) and three digits that end a number: the hundreds a thousands amount before goes on with
_AND_HUNDREDS = re.compile(r"[ \t]*و[ \t]*([0-9\u0660-\u0669]{3})(?![0-9\u0660-\u0669]|[.,][0-9\u0660-\u0669])").match


# what ends a sentence between a money amount and a bare one (a currency is carried within a sentence), and
# how many words may stand between them
_SENTENCE_END = re.compile(r"\.(?![0-9٠-٩])|[!?؟\n]").search
_CARRY_WORDS = 8
_BRACKET_BEFORE = re.compile(r"\([ \t]*\Z").search


def _enumerator_form(text: str, q) -> str | None:
    """How the bare digits ``q`` mark a list item: "." or "-" glued after them and a space next, with a space,
    a line start or a colon before them ("1. قد يظن"، "2- يوتيوب"), or "()" around them ("(1) الوقاحة"); None
    for any other item (a count, an amount, digits in a sentence)."""
    if q.kind != "number" or q.counted is not None or q.modifier is not None or not q.text.isdecimal() \
            or len(q.text) > 2:
        return None
    s, e = q.start, q.end
    before, after = text[s - 1:s], text[e:e + 2]
    if before == "(" and after[:1] == ")" and (after[1:2].isspace() or not after[1:2]):
        return "()"
    if after[:1] in ".-" and after[1:2].isspace() and (s == 0 or before.isspace() or before == ":"):
        return after[:1]
    return None


def _name_word(w: str, words) -> bool:
    """Whether ``w`` as written is one of ``words`` (name_number_words), maybe definite and behind و/ف/ب/ل
    (ومجموعة، بالمبنى، للمبنى): the letters are compared with ة kept, so مجموعه 'its total' is none."""
    w = light(w)
    for c in (w, w[1:] if len(w) > 3 and w[0] in "وفبل" else ""):
        if c.startswith("لل") and w[0] == "ل":
            c = "ا" + c[1:]
        if c in words or c.startswith("ال") and c[2:] in words:
            return True
    return False


# the word or two after an issue number, maybe after a comma (العدد 15588، ص 22؛ العدد 437 من مجلة)
_ISSUE_AFTER = re.compile(r"[ \t]*[،,]?[ \t]*([\u0621-\u0652\u0640]+)(?:[ \t]+([\u0621-\u0652\u0640]+))?").match

_ARABIC_WORD = re.compile(r"[\u0621-\u064a\u064b-\u0652\u0640]+").fullmatch
# a number in digits, maybe decimal (18، 2.5، ٢٠): what may share the unit of the amount after it
_SHARED_NUM = re.compile(r"[0-9\u0660-\u0669]+(?:[.,][0-9\u0660-\u0669]+)?").fullmatch


class AmountPassesMixin:
    """The Extractor's passes over the amounts it emitted, once the scan is done: identifiers and
    idioms that count nothing, shared units and counted nouns, minus signs, list numbers, currencies."""

    def _identifier_numbers(self):
        """A bare number (digits, maybe bracketed, counting nothing) right after a definite noun of
        identifier_heads names a resolution, an article, a flight or a unit (القرار 2216، المادة (126)،
        بالرحلة 111، اللواء 52): an identifier, no quantity, and so are the bare numbers listed by و/أو after
        a definite plural of identifier_plurals (القرارات 1696 و1737 و1747), and one after a lone letter and a
        slash (رقم (أ / 90): a royal order's series and number); a day and month in digits right
        after a word of date_name_heads names a coalition or a street (قوى 14 آذار، شارع 26 يوليو): no date."""
        text = self.doc.text
        rounds = any(x in text for x in self.L.round_heads_written)
        chain = -1  # the end of the last number listed after a plural identifier head (القرارات 1696 و1737)
        keep = []
        for q in self.out_q:
            if chain >= 0 and self._bare_digits(q) and _coord_start(text, q.start) == chain:
                chain = q.end
                continue
            if q.kind == "number" and q.counted is None and q.modifier is None and q.text[:1].isalpha() \
                    and self._verb_or_idiom(q, text):
                continue
            if q.kind == "number" and q.counted is not None and self._loan_phrase(q.text):
                continue
            if q.modifier is None and q.text[:1].isalpha() and self._jussive_verb(q, text):
                continue
            if q.kind == "number" and q.value == 1 and q.counted is not None and self._unity_idiom(q.counted.text):
                continue
            if q.kind == "number" and q.value < 1 and q.modifier is None and self._fraction_adjective(q, text):
                continue
            if rounds and q.kind == "number" and q.modifier is None and self._round_name(q, text):
                continue  # (a word it took after is no count either: دور الـ 32 فاز)
            if self._bare_digits(q):
                if _LETTER_SLASH(text, max(0, q.start - 6), q.start):
                    continue  # الأمر الملكي رقم (أ / 90)، الرقم : أ / 245: an order's number, no quantity
                if self._hotline_number(q, text):
                    continue  # والاتصال برقم الطوارئ 996، منظومة البلاغات (940): a telephone number
                m = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
                if _QUOTED_NAME_END(text, q.end) and _QUOTED_NAME_START(text, max(0, q.start - 25), q.start) \
                        and not (m and key(m.group(1)) in self.L.quoted_name_not_after):
                    continue  # «أستون مارتن دي بي 9»، «إم إكس - 1»: the number closes a quoted name
                if m and light(m.group(1)) in self.L.identifier_plural_forms:
                    chain = q.end  # القرارات 1696: the first of a list of identifiers
                    continue
                if m and (any(de and core in self.L.identifier_heads for _, de, core in self.analyses(normalize(m.group(1))))
                          or _name_word(m.group(1), self.L.name_number_words) or self._issue_number(q, m)):
                    continue
            keep.append(q)
        self.out_q = keep
        if self.out_t:
            # قوى 14 آذار، بشارع 26 يوليو: a day and a month that name a coalition or a street, no date
            self.out_t = [t for t in self.out_t if not (t.kind == "date" and t.text[:1].isdigit()
                                                        and self._after_head(t.start, self.L.date_name_heads))]

    @staticmethod
    def _bare_digits(q) -> bool:
        """``q`` is a number in digits (maybe bracketed) with no counted noun, unit or modifier."""
        return q.kind == "number" and q.counted is None and q.unit is None and q.modifier is None \
            and q.text.strip("()").isdigit()

    def _unity_idiom(self, noun) -> bool:
        """``noun``, counted by a one after it, is one of unity_nouns, maybe in the accusative or behind و/ك
        (يداً واحدة، وصفاً واحداً، كجسد واحد): an idiom of unity, no count."""
        w = normalize(noun)
        w = w[:-1] if w.endswith("ا") and len(w) > 2 else w
        return w in self.L.unity_nouns or len(w) > 2 and w[0] in "وك" and w[1:] in self.L.unity_nouns

    def _fraction_adjective(self, q, text) -> bool:
        """``q`` is a fraction word alone (ربع، نصف، ثلث; nothing glued before it) right before an adjective of
        fraction_adjectives, taken as its counted noun or not (خسائر ربع سنوية، المراجعة ربع السنوية 'quarterly',
        شهادتها نصف السنوية 'semi-annual'): one compound adjective, no amount."""
        fractions, adjectives = self.L.fraction_adjectives
        words = q.text.split()
        if len(words) > 2 or key(words[0]) not in fractions or q.start > 0 and text[q.start - 1].isalpha():
            return False
        if len(words) == 2:
            return key(words[1]) in adjectives
        m = _WORD_AFTER(text, q.end)
        return bool(m) and key(m.group(1)) in adjectives

    def _hotline_number(self, q, text) -> bool:
        """The bare digits ``q`` (three or more) have a word of hotline_cues right before them or one word
        before (برقم الطوارئ 996، للبلاغات (940)، الهاتف الانتخابي (199040)): a telephone number, no count."""
        if len(q.text.strip("()")) < 3:
            return False
        words = _LAST_WORDS(text[max(0, q.start - 40):q.start])
        return any(key(w) in self.L.hotline_cues for w in words[-2:])

    def _round_name(self, q, text) -> bool:
        """The bare number ``q``, definite (الثمانية، الستة عشر) or digits after ال/الـ (الـ 16), right after a
        word of round_heads names a round of a cup (دور الثمانية = the quarter-finals): no quantity."""
        m = self.L.round_before(text, max(0, q.start - 16), q.start)
        num = q.text if q.counted is None else text[q.start:q.counted.start].strip()
        return bool(m) and (m.group(1) is not None and num.isdigit() or num.startswith("ال"))

    def _issue_number(self, q, before) -> bool:
        """The bare number ``q`` after the word ``before`` (a match of _WORD_BEFORE) is a paper's issue: the word
        is one of issue_heads with في before it (في عددها 15601) or a word of issue_after follows the number
        (العدد 15588، ص 22؛ العدد 437 من مجلة). بلغ العدد (20) فقط: a number."""
        text = self.doc.text
        if normalize(before.group(1)) not in self.L.issue_heads:
            return False
        prev = _WORD_BEFORE(text, max(0, before.start(1) - 12), before.start(1))
        if prev and normalize(prev.group(1)) in ("في", "وفي"):
            return True
        after = _ISSUE_AFTER(text, q.end)
        return bool(after) and (normalize(after.group(1)) in self.L.issue_after
                                or normalize(f"{after.group(1)} {after.group(2) or ''}".strip()) in self.L.issue_after)

    def _thousands_and_hundreds(self):
        """A bare amount in thousands (81 ألفا، 25 ألف، تسعة آلاف، مليون و336 ألفا) then و and three digits that
        count or measure something (و359 مشجعا، و 500 مشجع، و800 برميل) are one number, the hundreds going on
        with the thousands (81,359 fans), not 81,000 and 359 fans: the press writes big figures so. One or two
        digits stay apart (60 ألفا و40 للفضية: a second amount sharing the scale)."""
        text = self.doc.text
        by_start = {q.start: q for q in self.out_q if q.kind in ("number", "money", "measure") and q.modifier is None}
        drop, swap = set(), {}
        for a in self.out_q:
            if a.kind != "number" or a.unit is not None or a.counted is not None or not a.value \
                    or a.value % 1000 or id(a) in drop:
                continue
            e = self.L.lex.get(key(a.text.rsplit(" ", 1)[-1]))
            if not (e and e.get("scale") and e["scale"][0] == 1000):
                continue
            m = _AND_HUNDREDS(text, a.end)
            b = by_start.get(m.start(1)) if m else None
            if b is None or b.value is None or id(b) in drop:
                continue
            raw = _num_value(m.group(1).translate(_DIGITS_ASCII))
            factor = b.value / raw
            swap[id(a)] = _new_quantity({**b.__dict__, "text": text[a.start:b.end], "start": a.start,
                                         "value": (a.value + raw) * factor, "modifier": a.modifier})
            drop.add(id(b))
        if swap:
            self.out_q = [swap.get(id(q), q) for q in self.out_q if id(q) not in drop]

    def _one_idioms(self):
        """واحد that ends an idiom of unity (one_idioms: بلسان واحد، على قلب رجل واحد) counts nothing: the
        words are a manner, not one tongue or man; only items of value 1 look at the few words they end."""
        if not self.L.one_idioms:
            return
        text = self.doc.text
        def idiom(q):
            w = " " + key(text[max(0, q.start - 24):q.end])
            return any(w.endswith(" " + p) for p in self.L.one_idioms)
        self.out_q = [q for q in self.out_q if not (q.value == 1 and q.counted is not None and idiom(q))]

    def _unit_to_another(self):
        """A unit word alone (a bare unit: one of it) before إلى/ل/و and آخر/أخرى says 'from one to another' (من
        عام إلى آخر 'from year to year', بين يوم وآخر 'from day to day'), no one year or day: no quantity. Only
        items of value 1 that are one word look at the text after them."""
        text = self.doc.text
        after = self.L.to_another
        drop = [q for q in self.out_q if q.value == 1 and q.kind == "measure" and q.modifier is None
                and " " not in q.text.strip() and after(text, q.end)]
        if drop:
            gone = set(map(id, drop))
            self.out_q = [q for q in self.out_q if id(q) not in gone]

    def _part_markers(self):
        """Two single digits in brackets joined by a dash, the first the smaller, at a line's end, before a
        punctuation mark or glued to the next word (شهادات منشقين (3 - 4) :، الآريوسيون (1-2) ending a title,
        الغاية (1-2)حملة where two titles run together, خسر امام برشلونة (1-3)،) number an article's part in a
        series or give a score, no range; a range in brackets has its unit or noun after a space ((3-4) أيام)."""
        text = self.doc.text
        def marker(q):
            if q.kind != "range" or q.low is None or q.high is None or not q.low < q.high <= 9:
                return False
            a = q.start - (q.start > 0 and text[q.start - 1] == "(")
            m = _DIGIT_PAIR.match(text, a)
            return m is not None and _PAIR_END(text, m.end()) is not None \
                and (q.counted is None or q.counted.start == m.end())
        self.out_q = [q for q in self.out_q if not marker(q)]

    def _percent_dash_ranges(self):
        """A percent glued by a dash to a percent before it (بانخفاض نسبته 50%-43%: 43 to 50, written right to
        left) is the other end of one range, not a negative percent: the dash is no minus after a '%'."""
        by_end = {q.end: q for q in self.out_q if q.kind == "percent" and q.value > 0 and q.modifier is None}
        if not by_end:
            return
        drop, new = set(), []
        for q in self.out_q:
            if q.kind == "percent" and q.value < 0 and q.text[:1] == "-" and q.start in by_end:
                p = by_end[q.start]
                if p.text[-1:] not in "%٪" or id(p) in drop:
                    continue
                lo, hi = sorted((p.value, -q.value))
                if lo == hi:
                    continue
                drop.update((id(p), id(q)))
                new.append(_new_quantity({**p.__dict__, "text": p.text + q.text, "end": q.end, "kind": "range",
                                          "value": None, "low": lo, "high": hi}))
        if new:
            self.out_q = sorted([q for q in self.out_q if id(q) not in drop] + new, key=lambda x: x.start)

    def _strain_names(self):
        """Digits inside a strain name spelt in Arabic letters (اتش 5 ان 1: H5N1, strain_letters) are no
        quantities; the text is scanned once, and only where تش is in it and digits, a letter and a digit
        (strain_core, a cheap search every name passes) are."""
        text = self.doc.text
        if not self.out_q or ("تش" not in text) or not self.L.strain_core(text):
            return
        spans = [(m.start(), m.end()) for m in self.L.strain_name(text)]
        if not spans:
            return
        starts = [a for a, _ in spans]
        def inside(q):
            k = bisect_right(starts, q.start) - 1
            return k >= 0 and q.start < spans[k][1]
        self.out_q = [q for q in self.out_q if not inside(q)]

    def _shared_units(self):
        """Bare numbers joined by و/أو to an amount with a unit share its unit and scale (18 أو 20 أو22 بوصة: 18
        in and 20 in; 5 أو 6 ملايين ريال: 5,000,000 SAR; خمس وثلاث سنوات: 5 years), digits with digits and
        words with words, also by إلى/حتى after من (من 13 إلى 23 في المائة: 13 %; من 12 إلى 4 أيام); not an
        amount whose scale is unknown (695 و2.500 دولار: 2.500 may be 2,500 or 2.5). A counted noun is shared
        too (_shared_counted)."""
        text = self.doc.text
        # a lone number, maybe after its modifier (نحو 6 أو 7 سنوات، أكثر من أربع أو خمس رسائل): end -> (item, number)
        bare = {q.end: (q, n) for q in self.out_q if q.kind == "number" and q.counted is None and q.unit is None
                and q.value is not None for n in [q.text.rsplit(" ", 1)[-1] if q.modifier else q.text]
                if " " not in n and (q.modifier is None or q.value == self._lone_value(n))}
        if not bare:
            return
        swap = {}
        for q in self.out_q:
            if q.value is None or q.kind in ("range", "ordinal") or _coord_start(text, q.start) not in bare:
                continue  # (most items: nothing joined before them)
            if q.counted is not None and q.kind == "number":
                self._shared_counted(q, bare, swap)
                continue
            if q.counted is not None or q.unit is None or q.kind == "number":
                continue
            first = q.text.split(" ")[0].split("\u00a0")[0]
            # 2.500 دولار may be 2,500 (a dot grouping thousands): its scale is unknown, nothing is shared
            base = 0 if _DOT_THOUSANDS(first) else self._lone_value(first) or 0
            start = q.start
            sc = self.L.lex.get(normalize(q.text.split()[1]), {}).get("scale") if len(q.text.split()) > 1 else None
            while base:
                j = self._joined(start, bare)
                if j is None or j[1][:1].isdigit() != first[:1].isdigit() or sc and j[0].value >= sc[0]:
                    break  # من 2500 إلى 11 ألف ريال: 2500 is a full figure, no 2,500 thousand (30.6 و3.3 مليارات is)
                p = j[0]
                swap[id(p)] = _new_quantity({**p.__dict__, "kind": q.kind, "value": p.value * q.value / base,
                                             "unit": q.unit})
                start = p.start
        if swap:
            self.out_q = [swap.get(id(q), q) for q in self.out_q]

    def _lone_value(self, n):
        """The value of ``n``, digits (with a decimal part) or one cardinal word (خمس، ستة); None otherwise."""
        if _SHARED_NUM(n):
            return _num_value(n)
        e = self.L.lex.get(normalize(n))
        c = e.get("card") if e else None
        return float(c[0]) if c and c[1] in ("u", "teen", "ten") else None

    def _joined(self, start, bare):
        """The lone number of ``bare`` joined to what starts at ``start``: by و/أو, or by إلى/حتى when من
        opens the pair (من 100 إلى 150 ريالا، من 13 إلى 23 في المائة); (item, number, joiner) or None."""
        text = self.doc.text
        g = _coord_start(text, start)
        if g is None or g not in bare:
            return None
        by = text[g:start].strip()
        p, n = bare[g]
        if by in ("إلى", "الى", "حتى"):
            w = _WORD_BEFORE(text, max(0, p.start - 12), p.start)
            if p.modifier or not w or w.group(1) not in ("من", "ومن"):
                return None
        elif by not in ("و", "أو", "او"):
            return None
        return p, n, by

    def _shared_counted(self, q, bare, swap):
        """Lower bare numbers joined by و/أو to a count (3 أو 4 أشخاص، أكثر من 5 أو 6 أحزاب، فنادق 4 و5 نجوم،
        ثلاث أو أربع مباريات) count its noun too: a list of guesses or close figures said once with the noun;
        each takes the noun as unit and counted span. Only with no scale word (its number is one token) and a
        rising list, so that a number of another clause (قتل 5 و7 جرحى: 5 may count what came before) is
        rarely taken; after من, one joined by إلى/حتى (من 3 إلى 4 مباريات، من 94 إلى 100 درجة) in any order."""
        text = self.doc.text
        num = text[q.start:q.counted.start].strip()
        if " " in num or q.value is None or not _ARABIC_WORD(q.counted.text):
            return  # 737 و747 و777 وMD: a model list whose last took a Latin name as its noun
        start, top = q.start, q.value
        while True:
            j = self._joined(start, bare)
            if j is None or not (j[0].value < top or j[2] not in ("و", "أو", "او")) \
                    or j[1][:1].isdigit() != num[:1].isdigit():
                return
            p = j[0]
            swap[id(p)] = _new_quantity({**p.__dict__, "unit": q.unit, "counted": q.counted})
            start, top = p.start, p.value

    def _loan_phrase(self, t):
        """``t`` (a number word and its counted word) spells a foreign word or an idiom of loan_phrases, with or
        without the article or a clitic (الست كوم، ست كوم: 'sitcom'; ألف باء 'the ABCs'), no count."""
        w = normalize(t)
        for x in (w, w[1:] if w[:1] in "وفبل" else ""):
            if x in self.L.loan_phrases or x.startswith("ال") and x[2:] in self.L.loan_phrases:
                return True
        return False

    def _restated_numbers(self):
        """A number in digits and the same number in words right after or before it, only spaces and
        brackets between (the official statements' تم ضبط (97) سبعة وتسعين موقوفاً، عثر على ثمانية عشر ألف
        ريال سعودي (18000)), are one expression said twice: one item over both, with the words' unit and
        counted noun, not a bare number beside a count. The digits are a bare number (no unit, no counted
        noun); values equal."""
        text = self.doc.text

        def join(q, r):
            if q.value is None or q.value != r.value or not _RESTATE_GAP(text, q.end, r.start):
                return None
            if self._bare_in_digits(q) and r.text.lstrip("(«")[:1].isalpha() and r.modifier is None \
                    and r.kind in _RESTATED_KINDS:
                s = q.start - 1 if text[q.start - 1:q.start] == "(" and q.text[:1].isdigit() else q.start
                return _new_quantity({**r.__dict__, "text": text[s:r.end], "start": s,
                                      "modifier": q.modifier or r.modifier})
            if self._bare_in_digits(r) and r.modifier is None and q.text[:1].isalpha() and q.kind in _RESTATED_KINDS:
                e = r.end + (text[r.end:r.end + 1] == ")")
                return _new_quantity({**q.__dict__, "text": text[q.start:e], "end": e})
            return None

        self.out_q = _join_neighbours(self.out_q, join)

    def _overlapping_ordinals(self):
        """A count or duration and an ordinal over the same words are one reading, not two: a definite
        dual before ordinals names those (في القرنين الثامن والعاشر، الشهرين الأول والثاني، اليومان الأول
        والثاني: the 8th and 10th centuries, no measure of two centuries), and an ordinal that begins inside
        a count qualifies it (ثلاثة الأيام الأولى 'the first three days': the count only)."""
        out = self.out_q
        if len(out) < 2:
            return
        drop = set()
        for a, b in zip(out, out[1:]):
            if b.start >= a.end or b.kind != "ordinal" or a.kind not in ("measure", "number"):
                continue
            if b.start == a.start and a.value == 2 and " " not in a.text and a.text.startswith("ال"):
                drop.add(id(a))
            elif b.start > a.start:
                drop.add(id(b))
        if drop:
            self.out_q = [q for q in out if id(q) not in drop]

    @staticmethod
    def _bare_in_digits(q) -> bool:
        """``q`` is a number in digits with no unit or counted noun (a modifier may open it: أكثر من (135))."""
        return q.kind == "number" and q.counted is None and q.unit is None and q.text.rstrip(")")[-1:].isdigit()

    def _minus_words(self):
        """An amount right after a word of minus_words (ناقص 2.1 في المائة، ناقص 0.07 نقطة) is negative, the word
        in its span: a percent, a measure, or a number bare or counting points, with no modifier, above 0."""
        text = self.doc.text
        words, counted = self.L.minus_words
        for k, q in enumerate(self.out_q):
            if q.kind not in ("percent", "measure", "number") or q.modifier is not None or not q.value \
                    or q.value < 0 or not q.text[:1].isdigit() \
                    or q.counted is not None and normalize(q.counted.text) not in counted:
                continue  # ناقص 3 لاعبين: 'three players short', no negative count
            m = _WORD_BEFORE(text, max(0, q.start - 12), q.start)
            if m and text[m.end(1):q.start].strip() == "" and normalize(m.group(1)) in words:
                s = m.start(1)
                self.out_q[k] = _new_quantity({**q.__dict__, "text": text[s:q.end], "start": s, "value": -q.value})

    def _enumerators(self):
        """Bare digits that number the items of a list written inline (أهمها: 1. قد يظن ... 2. يلاحظ، 1- ترافيان
        2- يوتيوب، (1) الوقاحة أو (2) الهوس) are no quantities: a run of them in text order, 1, 2, 3 ..., each
        marked the same way (a dot or a dash and a space after it, or brackets around it) and none counting a
        noun; at least two, the first 1. One pass over the quantities in order."""
        text = self.doc.text
        runs, last, drop = {}, {}, set()
        for q in sorted(self.out_q, key=lambda x: x.start):
            form = _enumerator_form(text, q)
            if form is None:
                continue
            v = int(q.value)
            run = runs.get(form)
            if v == 1:
                runs[form] = [q]
            elif run is not None and v == last[form] + 1:
                run.append(q)
            else:
                runs.pop(form, None)
                continue
            last[form] = v
            if len(runs[form]) >= 2:
                drop.update(id(x) for x in runs[form])
        if drop:
            self.out_q = [q for q in self.out_q if id(q) not in drop]

    def _context_currencies(self, norm):
        """Amounts in a bare currency word whose country the document names otherwise take that country's code
        (units.json context_currencies: مليار درهم in an article on الحكومة المغربية is MAD, not AED): only
        where a cue is named and no word of the default's country is, and not an amount naming its own country
        (درهم إماراتي). One search per rule, and only when such an amount was found."""
        hits = [k for k, q in enumerate(self.out_q) if q.unit in self.L.context_currency_from
                and not names_own_country(q.unit, normalize(q.text))]
        swaps = context_currency_swaps(norm, {self.out_q[k].unit for k in hits}) if hits else None
        for k in hits if swaps else ():
            to = swaps.get(self.out_q[k].unit)
            if to:
                self.out_q[k] = _new_quantity({**self.out_q[k].__dict__, "unit": to})
        self._bare_word_currencies(norm)

    def _carried_currencies(self):
        """A bare amount with a scale word and nothing counted (30 مليونا، 14.4 مليار) said a few words after a
        money amount of the same sentence, within a factor of 100 of it, is money in its currency: the press
        names the currency once (من 150 مليون يورو إلى 30 مليونا، 94.12 مليار دولار الشهر الماضي من 77.57
        مليار، 450 مليار ريال، منها 190 مليارا), not that of a conversion in brackets (86.77 مليار يورو (94.12
        مليار دولار) الشهر الماضي من 77.57 مليار: euros). Another amount between (a count, a measure) breaks the chain, a
        percent does not; far apart in value it counts something else (تفوق ثرواتهم 50 مليون دولار، مقارنة
        بـ41 ألفا: people)."""
        out = self.out_q
        if not any(q.kind == "money" for q in out):
            return  # (most documents: no money to carry)
        text = self.doc.text
        lex = self.L.lex
        last = None
        for k in sorted(range(len(out)), key=lambda k: out[k].start):
            q = self.out_q[k]
            if q.kind == "money" and q.unit and q.value:
                if last is None or last.unit == q.unit or not _BRACKET_BEFORE(text, 0, q.start):
                    last = q  # (94.12 مليار دولار) after euros: a conversion, no currency of the text's own
                continue
            if q.kind == "percent":
                continue
            prev, last = last, None
            if prev is None or q.kind != "number" or q.unit is not None or q.counted is not None or not q.value \
                    or not 0.01 <= q.value / prev.value <= 100 or q.start < prev.end:
                continue
            gap = text[prev.end:q.start]
            if _SENTENCE_END(gap) or len(_LAST_WORDS(gap)) > _CARRY_WORDS:
                continue
            if not any("scale" in lex.get(normalize(w), ()) for w in q.text.split()[1:]):
                continue
            self.out_q[k] = last = _new_quantity({**q.__dict__, "kind": "money", "unit": prev.unit})

    def _bare_word_currencies(self, norm):
        """Money amounts in a bare currency word with no code (units.json context_word_currencies: دينار،
        ليرة) take the code of the one country of that word the document names: 25 مليون دينار in an article
        on الكويت is KWD; none when it names two (الكويت and العراق) or none. One search per country of a
        word, once per document, and only when such an amount was found."""
        codes = {}
        for k, q in enumerate(self.out_q):
            if q.unit is not None or q.kind not in ("money", "range"):
                continue
            rule = bare_word_rule(q.text)
            if rule is None:
                continue
            if id(rule) not in codes:
                codes[id(rule)] = bare_word_code(norm, rule)
            if codes[id(rule)]:
                self.out_q[k] = _new_quantity({**q.__dict__, "unit": codes[id(rule)]})

    def _jussive_verb(self, q, text):
        """The number word opening ``q`` is a verb in the jussive (لم تسع أبدا 'it never sought'): one of
        jussive_readings' words right after one of its particles; no number, whatever the word after."""
        particles, words = self.L.jussive_readings
        if normalize(q.text.split(" ", 1)[0]) not in words:
            return False
        before = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
        return bool(before) and normalize(before.group(1)) in particles

    def _verb_or_idiom(self, q, text):
        """The lone number word ``q`` is no number: a verb of verbs_before_numbers before digits, a bound or
        ل (قاعة تسع 600 شخص، تسع لأكثر من 500: 'holds'), or ألف glued to و between a word said twice, an
        emphasis (لا وألف لا، فلا وألف لا، نعم وألف نعم), or ألف after a greeting of words_before_thousand_idiom
        (مرحباً ألف بكل زائر), or واحد in an idiom (في آن واحد 'at once')."""
        w = normalize(q.text)
        if w[w[:1] in "وف":] in self.L.verbs_before_numbers:
            m = _AFTER_HOLDS(text, q.end)
            return bool(m) and (m.group(1) is None or normalize(m.group(1)) in self.L.pre_bounds)
        if w == "واحد":
            before = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
            return bool(before) and before.group(1) in self.L.words_before_one_idiom
        if w == "الف" and text[q.start - 1:q.start] == "و":
            before, after = _WORD_BEFORE(text, max(0, q.start - 20), q.start - 1), _WORD_AFTER(text, q.end)
            if not (before and after):
                return False
            b = normalize(before.group(1))  # فلا وألف لا: the first word behind ف/و too
            return normalize(after.group(1)) in (b, b[1:] if len(b) > 2 and b[0] in "وف" else b)
        if w == "الف":
            before = _WORD_BEFORE(text, max(0, q.start - 20), q.start)
            return bool(before) and key(before.group(1)) in self.L.words_before_thousand_idiom
        return False

    def _after_head(self, start, heads):
        """The word right before offset ``start`` is one of ``heads`` (cores, behind a clitic too)."""
        m = _WORD_BEFORE(self.doc.text, max(0, start - 20), start)
        return bool(m) and any(core in heads for _, _, core in self.analyses(normalize(m.group(1))))
