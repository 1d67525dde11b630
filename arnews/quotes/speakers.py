"""Pass 3 of the Finder: speakers attributed in text order (the subject after the verb, the entity before
a participle, ordinal anaphora, descriptions resolved to an introduced person or a recent entity).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

from .lexicon import AFTER, MASDAR, MEDIUM, PARTICIPLE, SOURCE, VERB
from .marks import MARKS
from .shared import _AMA_RE, _accusative, _anonymity, _bare, _content_masdar, _FA_INNA, _hal_adverb, _KANA, Item, LIST_GAP_RE


def _given_names() -> frozenset:
    """Unambiguous given names (normalized), shared with the entity pass's name lists."""
    from ..entities.people import _surnames
    return _surnames()[1]


@lru_cache(maxsize=None)
def _given_names_in(section: str) -> frozenset:
    """The one-word given names under the "# --- <section>" headers of names/first_names_arabic.txt
    (normalized; "male:" or "female:")."""
    from ..entities.words import NAMES, WORD
    from ..text import normalize
    out, inside = set(), False
    for line in (NAMES / "first_names_arabic.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("# ---"):
            inside = line[5:].strip().startswith(section)
            continue
        ws = WORD.findall(normalize(line.split("#", 1)[0]))
        if inside and len(ws) == 1:
            out.add(ws[0])
    return frozenset(out)


def _male_given_names() -> frozenset:
    """Men's given names: a feminine reporting verb does not have them as its subject."""
    return _given_names_in("male:")


def _agent_feminine(w: str, bodies) -> bool:
    """الباحثة، الكاتبة، الناشطة: a definite feminine active participle (ال + فاعلة), a woman named by what she
    does; not a body of that form (``bodies``, speakers.json feminine_body_nouns: الجامعة، الرابطة)."""
    return len(w) == 7 and w.startswith("ال") and w[3] == "ا" and w[-1] == "ه" and w not in bodies \
        and w[2:] not in bodies


def _female_given_names() -> frozenset:
    """Women's given names: a masculine reporting verb does not continue them."""
    return _given_names_in("female:")


_PEOPLE = None


def _gazetteer_people() -> frozenset:
    """The ids of the men among the PERSON rows of gazetteer/people.tsv (the rows not tagged ``female``)."""
    global _PEOPLE
    if _PEOPLE is None:
        from ..entities.gazetteer import DATA_DIR
        rows = (line.split("\t") for line in (DATA_DIR / "people.tsv").read_text(encoding="utf-8").splitlines()
                if line and not line.startswith("#"))
        _PEOPLE = frozenset(r[0] for r in rows if len(r) > 1 and r[1] == "PERSON"
                            and "female" not in (r[6].split() if len(r) > 6 else ()))
    return _PEOPLE


class Speakers:
    """Methods of :class:`arnews.quotes.finder.Finder` (its state and helpers are defined there)."""

    def subject_np(self, a: int, limit: int, skip_leading: bool = True, source: bool = False):
        """The noun phrase right after a reporting word: (end offset, (start, end) or None). ``source``: after
        بحسب/وفقا ل, where بيانات/بحث open the phrase (elsewhere a ب-word is no subject: بلهجة آمرة)."""
        lex = self.lex
        toks = self.toks(a, min(limit, a + 140))
        i = 0
        titled = False
        about = -1                                  # the token of عنه/عنها skipped (speakers.json about_pronouns)
        if skip_leading:
            while i < len(toks):
                w = toks[i][2]
                if w in lex.about_pronouns and i == 0:
                    about = i                       # قالت عنه الشعوب إنه: the subject follows
                    i += 1
                    continue
                if w in lex.pronoun_pps or w in lex.time_words or w in ("،", ","):
                    i += 1
                    if w in lex.time_words:         # قبل أيام، قبل 3 أسابيع، منتصف شهر مايو: the time goes on
                        while i < len(toks) and (toks[i][2] in lex.time_nouns or toks[i][2][0].isdigit()) \
                                and self._entity_covering(toks[i][0]) is None:
                            i += 1
                    continue
                if w == "اول" and i + 2 < len(toks) and toks[i + 1][2] == "من" and toks[i + 2][2] == "امس":
                    i += 3                      # أول من أمس: a time phrase
                    continue
                if w in lex.time_nouns and w.startswith("ال") and i + 1 < len(toks) and toks[i + 1][2] in lex.time_words:
                    i += 2                      # أعلنت الشهر الماضي أن: a time phrase
                    continue
                if w in lex.leading_adverbs and self._entity_covering(toks[i][0]) is None:
                    i += 1                      # أكد، ردا على سؤال / فقالت لي مباشرة: no subject
                    if w in ("مره", "لاول") and i < len(toks) and toks[i][2] in ("اخري", "ثانيه", "واحده", "مره"):
                        i += 1                  # مرة أخرى، لأول مرة
                    continue
                if len(w) == 1 and w.isalpha() and i + 1 < len(toks) and toks[i + 1][2] == ".":
                    i += 2                      # د. علي، م. خالد: an abbreviated title, a name follows
                    titled = True
                    continue
                # addressee: لـ «عكاظ» / لرويترز
                if w in ("ل", "ل«") or (w in MARKS and i + 1 < len(toks) and i > 0 and (
                        toks[i - 1][2] == "ل" or toks[i - 1][2] in lex.medium_words or _bare(toks[i - 1][2]) in lex.medium_words)):
                    i += 1
                    o = i + 1 if w == "ل" and i < len(toks) and toks[i][2] in MARKS else i if w in MARKS else -1
                    k = next((k for k in range(o, min(o + 5, len(toks))) if toks[k][2] in MARKS), -1) if o >= 0 else -1
                    if k > o and all(t[2][0].isalnum() for t in toks[o:k]):
                        i = k + 1               # لـ "الاقتصادية" عادل الملطاني: up to the closing mark, not into
                        continue                # the subject's name after it
                    while i < len(toks) and (toks[i][2] in MARKS or self._in_name_marks(toks[i][0])):
                        i += 1
                    continue
                if w in MARKS and i + 3 < len(toks) and toks[i + 1][0] in self.name_words and toks[i + 2][2] in MARKS \
                        and toks[i + 3][2][0].isalpha() and toks[i + 3][2] not in lex.an_words:
                    i += 3                      # أبلغ "الاقتصادية" الدكتور إبراهيم العساف: the paper told, a subject follows
                    continue
                k = self._addressee_end(toks, i)
                if k > i:
                    i = k                       # وتابع لصحيفة "بيلد": the paper spoken to, no subject
                    continue
                x = self._entity_starting(toks[i][0] + 1) if w.startswith("ل") else None
                if x is not None:
                    i += 1                      # لرويترز; لوكالة الأنباء السعودية: the whole medium is whom he told
                    while x[2].label == "MEDIA" and i < len(toks) and toks[i][0] < x[1]:
                        i += 1                  # (في بيان لوزارة الخارجية: the ministry's statement, left as it was)
                    continue
                if w.startswith("لل") and self._entity_covering(toks[i][0]) is None:
                    i += 1
                    continue
                # medium: على صفحة / في بيان / عبر حسابه / على موقع تويتر
                if w in lex.medium_preps and i + 1 < len(toks) and (
                        toks[i + 1][2] in lex.medium_words or _bare(toks[i + 1][2]) in lex.medium_words
                        or toks[i + 1][2] in ("بيان", "تصريح", "تصريحات", "تغريده", "حديث", "مقابله")):
                    i += 2
                    while i < len(toks) and toks[i][2] in lex.medium_modifiers:
                        i += 1                  # وجاء في تغريدة أخرى: / في بيان له: not a subject
                    x = self._entity_starting(toks[i][0]) if i < len(toks) else None
                    while x is not None and x[2].label == "PLATFORM" and i < len(toks) and toks[i][0] < x[1]:
                        i += 1                  # على موقع التواصل الاجتماعي تويتر: the site's name, no subject
                    if i < len(toks) and toks[i][2] in lex.medium_clause_words:
                        return toks[i][0], None     # وقال في بيان أرسل إلى رويترز: the medium's own clause, no subject
                    continue
                if w == "ما" or w == "لما":
                    i += 1
                    if i < len(toks) and (self.cue_at(toks[i][0]) is not None or (
                            source and toks[i][2][0].isalpha() and toks[i][2] not in ("هو", "هي", "هم", "هما")
                            and self._entity_starting(toks[i][0]) is None)):
                        i += 1                  # بحسب ما ذكره بداح السبيعي، وفق ما تلقوه من: ما + a verb, then its subject
                        if i < len(toks) and toks[i][2] in lex.resumptive_pps:
                            i += 1              # حسب ما أفاد به الناطق، بحسب ما صرحت به الشركة: the verb's object, back to ما
                    continue
                if w in ("وصف", "التفاصيل", "التي") or self.cue_at(toks[i][0]) is not None:
                    i += 1
                    continue
                break
        start = None
        prev_definite = False
        j = i
        count = 0
        if titled and j < len(toks) and toks[j][2][0].isalpha():
            start, end, count, j = toks[j][0], toks[j][1], 1, j + 1     # د. علي (علي reads as على)
        while j < len(toks) and count < 9:
            w = toks[j][2]
            if w in MARKS:
                if start is not None and not self._in_name_marks(toks[j][0] + 1) and not self._in_name_marks(toks[j][0] - 1):
                    break
                j += 1
                continue
            if not w[0].isalnum():
                break
            if (w in lex.prepositions or w in ("ل", "ب") or w in lex.an_words or w in lex.np_stops
                    or w in lex.time_words and not self._source_adjective(start, toks, j)
                    or w in lex.relatives or (w[:1] in "وبل" and w[1:] in lex.an_words)) \
                    and self._entity_starting(toks[j][0]) is None and not (
                        start is None and self._name_ali(toks[j], j, toks) and not self._relative_before(a)):
                break                           # (a name that reads as a particle goes on: بان كي مون، وأكد علي
                                                # الحرقان; not in a relative clause: التي تؤكد علي احترام)
            if w in _FA_INNA and self._entity_covering(toks[j][0]) is None:
                break                           # وبحسب مصادر أمنية فإن: فإن opens the content (not: روبن فان بيرسي)
            if start is not None and (w in lex.medium_words or self._addressee_end(toks, j) > j):
                break                           # قال خبراء لصحيفة "ديلي ستار" إن: the subject ends before the addressee
            if start is not None and w[:1] == "ل" and self._media_addressee(toks, j):
                break                           # وقال مسؤولان تركيان كبيران لرويترز إن: told Reuters, Reuters did not speak
            if self.cue_at(toks[j][0]) is not None and start is not None:
                break
            if start is not None and j + 1 < len(toks) and _anonymity(w, toks[j + 1][2], lex) \
                    and self._entity_covering(toks[j][0]) is None:
                break                           # مصدر أمني طلب عدم نشر اسمه: the source is the words before it
            if w == "باسم" and start is not None and j + 1 < len(toks) and toks[j + 1][2][0].isalpha() \
                    and self.N[start:end].split()[-1] in ("المتحدث", "الناطق", "المتحدثه", "الناطقه", "متحدث", "ناطق",
                                                           "متحدثه", "ناطقه", "المتحدثين", "متحدثون") \
                    and len(self.N[start:end].split()) == 1:
                end = toks[j][1]                # المتحدث باسم وزارة الخارجية ...: a spokesman not named before goes by his body
                prev_definite = False
                count += 1
                j += 1
                continue
            if w.startswith("ب") and start is not None and self._entity_starting(toks[j][0]) is None \
                    and self._entity_starting(toks[j][0] + 1) is None \
                    and not (j + 1 < len(toks) and self._title_then_name(start, toks[j + 1][2])) \
                    and not self._source_nisba(start, toks[j]):
                break                           # (المدير العام للتعليم بجدة عبدالله ...: a place, then the name)
            ent_here = self._entity_covering(toks[j][0])
            if start is not None and ent_here is None and prev_definite and not w.startswith(("ال", "وال", "و")) \
                    and not self._title_then_name(start, w):
                break
            if start is not None and ent_here is None and _content_masdar(w, lex) \
                    and toks[j - 1][2].endswith(("ي", "يه", "ية", "يون", "يين")) and self._entity_covering(toks[j - 1][0]) is None:
                break                           # وأكدت مصادر طبية مقتل 14: after an adjective, the masdar is the object
            if start is not None and ent_here is None and w in lex.prep_masdars and j + 1 < len(toks) \
                    and toks[j + 1][2] in ("على", "عن", "علي"):
                break                           # أعلنت السلطات المغربية القبض على: the object starts at the masdar
            if start is None and ent_here is None and (w in lex.np_stops
                                                       or (w.startswith("ب") and self._desc_key(w) is None
                                                           and not (source and w in lex.source_nouns)
                                                           and w not in lex.b_initial_nouns
                                                           and self._entity_starting(toks[j][0] + 1) is None
                                                           and not self._b_name(toks[j]))):
                break                          # وهو يخبط / بلهجة آمرة: no subject here
            if start is None and ent_here is None and _hal_adverb(w):
                break                          # فقال متهكما / داعيا الله: a state, the subject is a pronoun
            if start is None:
                if (self._entity_covering(toks[j][0]) is None and w not in lex.descriptions
                        and w not in lex.ordinals and w.endswith(("ته", "تها", "تهم", "يته", "يتها", "اته"))):
                    break                      # مسؤوليته: an object, the subject is a pronoun
                if self._entity_covering(toks[j][0]) is None and _content_masdar(w, lex):
                    break                      # ينفي احتمال أن، وأكد أهمية التعاون: the object, a pronoun subject
                if w in lex.bare_starters:
                    break
                start = toks[j][0]
            end = toks[j][1]
            prev_definite = w.startswith(("ال", "وال")) or ent_here is not None
            # an entity goes in whole
            ent = self._entity_covering(toks[j][0])
            if ent is not None and ent[1] > end:
                end = ent[1]
                while j + 1 < len(toks) and toks[j + 1][0] < end:
                    j += 1
            count += 1
            j += 1
        if start is None:
            if about >= 0:
                return toks[about][1], (toks[about][0], toks[about][1])    # (none after it: as before)
            return (toks[i][0] if i < len(toks) else a), None
        return end, (start, end)

    def _source_adjective(self, start, toks, j: int) -> bool:
        """مصدر مطلع: a time word right after a source head that is its adjective (speakers.json
        source_time_lookalikes: 'informed', not مطلع الشهر 'the start of the month', which a time word or
        noun after it tells)."""
        lex = self.lex
        if start is None or toks[j][2] not in lex.source_time_lookalikes \
                or self.N[start:toks[j][0]].split() not in ([h] for h in lex.source_heads):
            return False
        nxt = toks[j + 1][2] if j + 1 < len(toks) else ""
        return nxt not in lex.time_nouns and nxt not in lex.time_words and not nxt[:1].isdigit()

    def _source_nisba(self, start: int, t) -> bool:
        """مصدر برلماني، مصادر بريطانية: a nisba adjective that opens with ب after an unnamed source (speakers.json
        source_heads, with nisba adjectives only so far) qualifies the source; elsewhere a word glued to ب ends
        the subject (بلهجة آمرة، بوزارة الصحة). Not بال (مصادر بالشرطة: the body the source is in) nor a noun
        written with ى (بمستشفى)."""
        w = t[2]
        if w.startswith("بال") or len(w) < 5 or not w.endswith(("ي", "يه")):
            return False
        if self.surface is not None and self.surface(t[0], t[1]).endswith("ى"):
            return False
        words = self.N[start:t[0]].split()
        return bool(words) and words[0] in self.lex.source_heads and all(x.endswith(("ي", "يه")) for x in words[1:])

    def _relative_before(self, a: int) -> bool:
        """The cue ending at ``a`` follows a relative pronoun (التي تؤكد، الذي قال): its subject stands before it."""
        prev = self.last_words(a, 2)
        return len(prev) == 2 and prev[0] in self.lex.relatives

    def _title_then_name(self, start: int, w: str, ent=None) -> bool:
        """``w`` is a given name (names/first_names_*.txt, not the ambiguous ones; or ``ent`` a person) after a
        subject opened by an office (مدير شؤون المعلمين ورئيس مركز المقابلات أحمد متعب): the office holder's
        name the tagger missed goes on with the subject, no object starts at it."""
        if not (w in _given_names() or ent is not None and ent[2].label == "PERSON"):
            return False
        head = self.N[start:start + 24].split()[:1]
        return bool(head) and (head[0] in self.lex.office_nouns or _bare(head[0]) in self.lex.office_nouns)

    def _addressee_end(self, toks, i: int) -> int:
        """لصحيفة "بيلد"، لوكالة «سبوتنيك»، لوكالة الأنباء الألمانية: ل + a paper, agency or site noun + its name
        (in marks, or a mention starting right after the noun) is whom the speaker told; the index past the
        closing mark or the mention (``i`` when there is none)."""
        w = toks[i][2]
        if not (w[:1] == "ل" and w[1:] in self.lex.addressee_nouns) or i + 1 >= len(toks):
            return i
        x = self._entity_starting(toks[i + 1][0]) if toks[i + 1][2] not in MARKS else None
        if x is not None:               # لوكالة الأنباء الألمانية، لتلفزيون رويترز، لقناة أبوظبي: the name unmarked
            k = i + 1
            while k < len(toks) and toks[k][0] < x[1]:
                k += 1
            return k
        if toks[i + 1][2] not in MARKS:
            return i
        for k in range(i + 2, min(len(toks), i + 9)):
            if toks[k][2] in MARKS:
                return k + 1
        return i

    def _media_addressee(self, toks, j: int) -> bool:
        """ل glued to a media name (لرويترز) or to an addressee noun before one (لوكالة فرانس برس): whom the
        subject told."""
        x = self._entity_starting(toks[j][0] + 1)
        if x is None and toks[j][2][1:] in self.lex.addressee_nouns and j + 1 < len(toks):
            x = self._entity_starting(toks[j + 1][0])
        return x is not None and x[2].label == "MEDIA"

    def _in_name(self, a: int, b: int) -> bool:
        """[a, b) lies inside a longer entity name (سي إن إن; بان كي مون: بان reads as the particle بأن) or a
        name in marks (شبكة "إن بي سي نيوز"); an entity name opening with it must be a person's (not a tagger slip like «أنَّ النبي» as an organisation)."""
        if any(x <= a and b <= y for x, y in self.marked_names):
            return True                         # قناة "إن تي في": إن opens the name in marks
        x = self._entity_covering(a)
        return x is not None and b <= x[1] and x[1] - x[0] > b - a and (
            x[0] < a or x[2].label == "PERSON" or self._name_in_marks(x[0], x[1]))

    def _name_in_marks(self, a: int, b: int) -> bool:
        """وأكدت قناة "إن تي في"، وكشفت "وان بلاس" أنها: an entity name opening with إن/وان and wrapped in
        marks of its own is a name, so its first word is not the particle (a tagger slip like «أنَّ النبي»
        is no whole marked span)."""
        N = self.N
        return a > 0 and b < len(N) and N[a - 1] in MARKS and N[b] in MARKS

    def _in_name_marks(self, p: int) -> bool:
        return self._entity_covering(p) is not None

    def _entity_covering(self, p: int):
        k = bisect_right(self.ent_starts, p) - 1
        if k >= 0 and self.ents[k][0] <= p < self.ents[k][1]:
            return self.ents[k]
        return None

    def apposition_name(self, p: int, limit: int):
        """A name right after a title (وزير الخارجية الإسرائيلي، آنذاك، أفيغدور ليبرمان إلى ...): a run of
        1-4 words without the article, not in any lexicon, ended by a preposition, comma, mark or cue."""
        lex = self.lex
        run = []
        skip = -1                               # the end of a name glued to ل (اللاعب السابق لريال مدريد)
        body = False                            # past a body glued to ل that is no mention (لكرة القدم)
        toks = self.toks(p, min(limit, p + 120))
        for k, t in enumerate(toks):
            w = t[2]
            alpha = w[0].isalpha()
            if t[0] < skip:
                continue
            if not run and w[:1] == "ل" and not w.startswith("لل") and (x := self._entity_starting(t[0] + 1)) is not None:
                if x[2].label == "MEDIA":
                    return None                 # قائد قوات محلية لرويترز: whom he told, not his name
                skip = x[1]
                continue                        # الأمين العام لريال مدريد ...: a body the title is of, a name may follow
            if not run and w[:1] == "ب" and not w.startswith("بال") and (x := self._entity_starting(t[0] + 1)) is not None \
                    and x[2].label in lex.place_speaker_labels:
                skip = x[1]
                continue                        # مدير مركز التنمية الاجتماعية ببريدة: the title's place, no name
            if not run and (x := self._entity_starting(t[0])) is not None and x[2].label in lex.place_speaker_labels \
                    and k > 1 and all(v[2].startswith(("ال", "بال", "وال")) and v[2] not in lex.person_titles
                                      for v in toks[k - 2:k]):
                skip = x[1]
                continue                        # متحدث باسم النقابة بالعاصمة الألمانية برلين: the place a definite
                                                # phrase names, no name (not الجنرال بدر الدين هايتي)
            if body and not run and not w.startswith("ال"):
                body = False
                if not (w in _given_names() or k + 1 < len(toks) and self._opens_name(w, toks[k + 1][2])):
                    return None                 # لقوى 14 آذار، لفندق اتلانتس، لشركة زين: the body's own name
            prev2 = self.last_words(t[0], 2) if not run and w[:1] == "ل" else ()
            if not run and self._lam_genitive(t) and not (len(prev2) == 2 and prev2[0] in lex.person_titles):
                body = True                     # مدير الفئات السنية لكرة القدم بدر الحقباني: the body the title is
                continue                        # of, its definite words, then a given name may follow (not after
                                                # a title and a word: الدكتور الخضر لصور, a family name)
            if not run and len(w) == 1 and alpha and k + 1 < len(toks) and toks[k + 1][2] == ".":
                continue                        # م. عادل الملحم: the title's abbreviation
            if not run and w == "." and k > 0 and len(toks[k - 1][2]) == 1:
                continue
            if not run and self._name_ali(t, k, toks):
                run.append(t)                   # وزير النفط الكويتي علي العمير: the name, not the preposition
                continue
            stop = (not alpha) or w in lex.prepositions or w in lex.an_words or w in ("ل", "ب") \
                or w in lex.time_words or self.cue_at(t[0]) is not None or w in lex.relatives
            if alpha and (w in lex.np_stops or k + 1 < len(toks) and _anonymity(w, toks[k + 1][2], lex)):
                return None                     # السلطات المحلية أمس، إذ قال ... / مصدر أمني طلب عدم نشر اسمه: no name
            if stop:
                if 1 <= len(run) <= 4 and (len(run) >= 2 or run[0][2] not in lex.descriptions) \
                        and not self._adverbial(run[0][0], run[-1][1]):
                    return self._person_around(run[0][0], run[-1][1])
                run = []
                if alpha and w not in lex.time_words:
                    return None
                if w in MARKS:
                    return None
                continue
            if run and len(run) <= 3 and w.startswith("ال") and (self._opens_name(run[0][2], w) or run[0][2] == "علي") \
                    and w not in lex.descriptions and self._entity_covering(t[0]) is None:
                return run[0][0], t[1], None    # مدير الفئات السنية بدر الحقباني: a family name with ال ends it
            if w.startswith(("ال", "وال", "لل", "بال", "و")) or w in lex.descriptions or _bare(w) in lex.descriptions:
                run = []
                continue
            if not run and w in lex.not_names:
                return None                     # المصادر ذاتها: no name follows
            if not run and w[:1] == "ل" and w[1:] in lex.addressee_nouns:
                return None                     # مسؤول أمريكي لوكالة فرانس برس: whom he told, not his name
            if not run and w[:1] in "لب" and (w[1:] in lex.name_nouns or w[1:] in lex.medium_words):
                continue                        # المصدر لوكالة «...»، المتحدث باسم ...: not a name
            run.append(t)
        return None

    def _person_around(self, a: int, b: int):
        """A name found at [a, b): the person mention that holds it when it is the end of one (عبد الوهاب
        شلبي: the run restarts at الوهاب, a word in ال, and keeps شلبي), else the words, no entity."""
        x = self._entity_covering(a)
        if x is not None and x[2].label == "PERSON" and x[0] < a and b <= x[1]:
            return x[0], x[1], x[2]
        return a, b, None

    def _lam_genitive(self, t) -> bool:
        """A word glued to ل right after a title (لقوى، لفندق، لصحة) is the body the title is of: no name
        opens with it, unless it is a given name that begins with ل (لطفي، لؤي، ليلى) or a mention's word."""
        w = t[2]
        lex = self.lex
        if w[:1] != "ل" or w.startswith(("لل", "لكن", "لان", "لذا", "لذلك", "لهذا", "لما")) or len(w) < 4 \
                or self._entity_covering(t[0]) is not None or w[1:] in lex.addressee_nouns \
                or w in lex.prepositions or w in lex.relatives or w in lex.np_stops or w in lex.time_words:
            return False                        # (لوكالة «...»: whom he told; لكنه: a conjunction)
        from ..entities.people import _surnames
        names = _surnames()
        return w not in names[1] and w not in names[2] and w not in names[0]

    def _name_ali(self, t, k: int, toks) -> bool:
        """علي spelled with ي in the original (على, the preposition, ends in ى) before a name word or a family
        name in ال that no lexicon knows (علي العمير، علي الشمري): the given name علي, which normalizes like
        the preposition. Not before a preposition, a time word, a description or an entity that is no person."""
        if t[2] != "علي" or self.surface is None or not self.surface(t[0], t[1]).endswith("ي") or k + 1 >= len(toks):
            return False
        lex = self.lex
        w = toks[k + 1][2]
        x = self._entity_covering(toks[k + 1][0])
        return w[0].isalpha() and w not in lex.prepositions and w not in lex.time_words and w not in lex.np_stops \
            and w not in lex.an_words and self._desc_key(w) is None and self.cue_at(toks[k + 1][0]) is None \
            and (x is None or x[2].label == "PERSON")

    @staticmethod
    def _opens_name(first: str, family: str) -> bool:
        """``first`` opens a name whose family name in ال is ``family``: a given name of the name lists, or
        an ambiguous one (بدر، سعيد، أمل) before a family name of surnames.txt or a nisba in ي (بدر الحقباني)."""
        from ..entities.people import _surnames
        names = _surnames()
        return first in names[1] or first in names[2] and (family in names[0] or len(family) > 5 and family[-1] == "ي")

    def _adverbial(self, a: int, b: int) -> bool:
        """Words at [a, b) that are an indefinite accusative, no name: written with tanwin (حديثًا، رسمياً،
        شعراً جميلاً), a state (معقبا، جانبا: ``_hal_adverb``) or two or more words all ending in its alif
        (اعتذارا جميلا، كلاما جديدا) - an object or an adverb after the verb, not who speaks."""
        words = self.N[a:b].split()
        if not words or words[0].startswith(("ال", "وال")):
            return False
        if self.surface is not None and "\u064b" in self.surface(a, a + len(words[0])):
            return True
        if _hal_adverb(words[0]) and self._entity_covering(a) is None:
            return True
        return len(words) >= 2 and all(w.endswith("ا") and len(w) >= 4 for w in words) and not self.ents_in(a, b)

    def resolve_np(self, np, limit: int = -1):
        """A speaker for a noun phrase: (start, end, entity or None)."""
        lex = self.lex
        a, b = np
        if limit < b:
            limit = b
        ents = [x for x in self.ents_in(a, b) if x[2].label in lex.speaker_labels]
        if ents:
        # the nearest-to-the-quote person, else organisation-like
            pers = [x for x in ents if x[2].label == "PERSON"]
            x = (pers or ents)[-1]
            return x[0], x[1], x[2]
        words = [t for t in self.toks(a, b) if t[2][0].isalnum()]
        if not words:
            return None
        w0 = words[0][2]
        pw = self.name_word(words[0][0], words[0][1], w0)
        if pw is not None:
            return words[0][0], words[0][1], pw[2]
        if w0 in lex.ordinals:
            tgt = self.ordinal_target(a, lex.ordinals[w0])
            return words[0][0], words[0][1], tgt
        for k in range(min(len(words), lex.desc_max_words), 0, -1):
            phrase = " ".join(t[2] for t in words[:k])
            labels = lex.descriptions.get(phrase)
            if labels is None and k == 1:
                labels = lex.descriptions.get(_bare(phrase))
            if labels is not None:
                if (not labels or "PERSON" in labels) and w0 not in lex.source_heads:
                    name = self.apposition_name(b, limit)   # (not after مصدر: an unnamed source has no name,
                    if name is not None:                    # مصدر برلماني، مصادر سورية معارضة: adjectives)
                        return name
                tgt = self._desc_target(a, labels, [t[2] for t in words], one_word=k == 1)
                if tgt is not None and tgt[0] >= a:
                    return tgt                  # المتحدث الرسمي ... فلان: the name is the mention nearest the quote
                tgt = tgt[2] if tgt is not None else None
                if tgt is None and len(words) > k:
                    return words[0][0], words[min(len(words), 5) - 1][1], None
                return words[0][0], words[k - 1][1], tgt
        return words[0][0], words[min(len(words), 5) - 1][1], None

    def _titled_name(self, e: int, limit: int, sp):
        """وأوضح مدير مركز الملك عبدالله بجدة الدكتور زهير ميمني أن ...: a title + name words in the phrase
        after the cue name the speaker closest to the quote; they win over an office, an organisation or a
        name inside one that the phrase began with (not over a person named after them)."""
        lex = self.lex
        toks = self.toks(e, min(limit, e + 300))
        first = next((t for t in toks if t[2][0].isalnum()), None)
        if first is not None and sp is not None and sp[2] is not None and sp[2].label == "PERSON" and sp[0] <= first[0]:
            return None                         # قال عباس شومان وكيل الأزهر ...: the name opens the phrase
        for k, t in enumerate(toks[:30]):
            w = t[2]
            if w in MARKS or w in lex.an_words or w in lex.relatives or (w in lex.prepositions and w != "في"):
                return None                     # the phrase ended, or an addressee/occasion follows (عقب دعاء الشيخ فلان)
            given = False
            if w in lex.person_titles:
                j = k + 1
            elif k >= 2 and first is not None and (self._title_then_name(first[0], w) or self._title_then_name(
                    first[0], "", self._entity_starting(t[0]))) \
                    and (toks[k - 1][2].startswith(("ال", "وال", "ب")) or toks[k - 1][2] in lex.office_nouns) \
                    and toks[k - 1][2] not in lex.royal_titles and toks[k - 1][2] not in ("بن", "ابن", "بنت"):
                j, given = k, True              # مدير شؤون المعلمين ورئيس مركز المقابلات أحمد متعب: no title word
            else:
                continue
            while j < len(toks) and toks[j][2] in (".", "/"):
                j += 1
            names = []
            while j < len(toks) and len(names) < 5:
                x = toks[j][2]
                if not x[0].isalpha() or x in lex.prepositions or x in lex.an_words or x in lex.np_stops \
                        or x in lex.relatives or self._desc_key(x) is not None or x in lex.time_words or x in lex.person_titles \
                        or x in lex.office_nouns or _bare(x) in lex.office_nouns \
                        or self.cue_at(toks[j][0]) is not None or (x[:1] in "بل" and len(names) >= 2) \
                        or (x[:1] == "و" and x[1:] in lex.relatives):
                    break
                names.append(toks[j])
                j += 1
            while names and names[0][2].startswith("ال"):
                names.pop(0)                    # العميد المتقاعد محمد الخالدي: an adjective before the name
            if len(names) < 2:
                if given:
                    continue                    # a given name alone: part of a longer name (مركز الأمير سلطان)
                return None                     # الأستاذ الجامعي المختص في ...: an office described, no name
            a, b = names[0][0], names[-1][1]
            if sp is not None and sp[1] > a:
                return None                     # the speaker found is this name or comes after it
            ent = self._entity_covering(a)
            if ent is not None and ent[2].label != "PERSON":
                if given:
                    continue
                return None
            return (ent[0], ent[1], ent[2]) if ent is not None else (a, b, None)
        return None

    def ordinal_target(self, p: int, idx: int):
        k = bisect_left(self.ent_starts, p) - 1
        group = []
        limit = p - 800
        while k >= 0 and self.ents[k][0] >= limit:
            x = self.ents[k]
            if not group:
                group = [x]
            elif LIST_GAP_RE.fullmatch(self.N, x[1], group[0][0]) and x[2].id != group[0][2].id:
                group.insert(0, x)
            else:
                if len(group) >= 2:
                    break
                group = [x]
            k -= 1
        if len(group) < 2:
            return None
        try:
            return group[idx][2]
        except IndexError:
            return None

    def _desc_target(self, p: int, labels, words, one_word: bool = True):
        """(start, end, entity) of the mention a description stands for (start -1: not located): a person description (المتحدث، الوزير، رئيس الهيئة) only the
        person it introduced, else the most recent entity of a fitting label (a one-word description: one named
        after its noun first, شركة «تسلا» for الشركة)."""
        if not labels:
            return None
        if "PERSON" in labels:
            return self.introduced_person(p, words)
        head = _bare(words[0]) if words else ""
        x = (self.recent_entity(p, labels, head=head, head_before=one_word) if len(head) >= 3 else None) \
            or self.recent_entity(p, labels)
        return (-1, -1, x) if x is not None else None

    def introduced_person(self, p: int, words):
        """The person a description at ``p`` (its words ``words``) was introduced with: a mention of the same
        title up to ``p`` (this one included) with a person's name after it in the same noun phrase (المتحدث
        الرسمي باسم الوزارة أحمد ...) or before it across a comma (عز الدين الأصبحي، وزير حقوق الإنسان). The most
        recent person named is often someone else (the addressee, a person in the reported clause): without
        an introduction the description stays unresolved."""
        head = words[0]
        for pre in ("وال", "فال", "بال", "لل", "ال", "و", "ف"):
            if head.startswith(pre) and len(head) - len(pre) >= 3:
                head = head[len(pre):]
                break
        rest = [_bare(w) for w in words[1:2] if w[:1].isalpha()]
        N = self.N
        a = max(0, p - 3000)
        hits = [m for m in re.finditer(r"(?<!\w)(?:[وفلب]|وال|فال|بال|لل|ال)?" + re.escape(head) + r"(?!\w)", N[a:p + len(words[0]) + 2])]
        for m in reversed(hits):
            s, e = a + m.start(), a + m.end()
            if self.in_quote(s, e):
                continue
            after = self.toks(e, min(e + 160, self.para_end(e)))[:14]
            near = {_bare(t[2]) for t in after[:5]}
            if any(w not in near for w in rest):
                continue                        # رئيس الحكومة ... is not رئيس الهيئة
            x = self._named_after(after) or self._named_before(s)
            if x is not None:
                return x
        return None

    def _named_after(self, toks):
        """The person named in the noun phrase these tokens continue (up to a stop: sentence end, colon,
        mark, particle, cue, a comma not followed by the name)."""
        lex = self.lex
        for k, t in enumerate(toks):
            w = t[2]
            x = self._entity_covering(t[0])
            if x is not None:
                if x[2].label == "PERSON" and not self.in_quote(x[0], x[1]):
                    return x
                continue
            if w in ("،", ","):
                nxt = [self._entity_covering(t[0]) for t in toks[k + 1:k + 4]]
                if k + 1 < len(toks) and not toks[k + 1][2].startswith("و") and any(
                        x is not None and x[2].label == "PERSON" for x in nxt):
                    continue                    # وزير الأوقاف الأردني، الدكتور هايل داود
                return None
            if not w[0].isalnum() and not (len(w) == 1 and w == "." and k > 0 and len(toks[k - 1][2]) == 1):
                return None
            if w in lex.an_words or (w[:1] in "وب" and w[1:] in lex.an_words) or self.cue_at(t[0]) is not None:
                return None
        return None

    def _named_before(self, s: int):
        """A person named right before this title, a comma or nothing between: عز الدين الأصبحي، وزير حقوق
        الإنسان / وقال كريس فيليرز المتحدث باسم «بوينغ»."""
        N = self.N
        j = s
        while j > 0 and N[j - 1] in " \t":
            j -= 1
        if j > 0 and N[j - 1] in "،,":
            j -= 1
        x = self._entity_ending(j)
        if x is not None and x[2].label == "PERSON" and not self.in_quote(x[0], x[1]):
            return x
        return None

    def recent_entity(self, p: int, labels, limit: int = 3000, head: str = "", head_before: bool = False):
        """The most recent entity of a fitting label; with ``head``, one whose name holds that noun (or, with
        ``head_before``, follows it: a descriptor the mention leaves out, شركة أبل، تنظيم القاعدة): الوزارة is
        the last وزارة named (وزارة الخارجية الفلسطينية), not the last organisation (الإدارة المدنية الإسرائيلية)."""
        k = bisect_left(self.ent_starts, p) - 1
        N = self.N
        while k >= 0 and self.ents[k][0] >= p - limit:
            x = self.ents[k]
            if x[2].label in labels and not self.in_quote(x[0], x[1]) and (
                    not head or head in N[x[0]:x[1]].split() or head_before and self._word_before(x[0]) == head):
                return x[2]
            k -= 1
        return None

    def _relayed_source(self, p: int, limit: int):
        """ونقلت وكالة رويترز عن مسؤول أميركي، طلب عدم نشر اسمه، أن ...: after a relaying verb's subject
        (ending at ``p``), عن names the source that said it, the speaker closest to the quote (a mention
        there, a person first, else the noun phrase)."""
        toks = [t for t in self.toks(p, limit) if t[2][0].isalnum()]
        if not toks or toks[0][2] != "عن" or len(toks) < 2:
            return None
        a = toks[1][0]
        cand = [x for x in self.ents_in(a, limit) if x[2].label in self.lex.speaker_labels]
        first = [x for x in cand if x[0] == a]
        if first:
            return first[0][0], first[0][1], first[0][2]
        _, np = self.subject_np(a, limit)
        return self.resolve_np(np, limit) if np is not None else None

    def _word_before(self, p: int) -> str:
        """The word before ``p`` over quote marks and spaces, less its clitics (لتنظيم «حزب ...» -> تنظيم)."""
        N = self.N
        j = p
        while j > 0 and p - j < 4 and (N[j - 1].isspace() or N[j - 1] in MARKS):
            j -= 1
        w = N[max(0, j - 16):j].split()[-1:]
        return _bare(w[0]) if w and j > 0 and not N[j - 1].isspace() else ""

    def _name_before(self, it):
        """وأوضح الناطق الإعلامي ... بيشي بن عيسى الصرخي أن ... / وقال المتحدث الرسمي العقيد فلان: «...»: the
        person named right before the particle or the colon is the mention nearest the quote."""
        N = self.N
        p = it.open if (it.open >= 0 and it.kind != "indirect") else it.start
        j = p
        while j > 0 and N[j - 1] in " \t،,:" + MARKS:
            j -= 1
        if it.kind != "indirect" and ":" not in N[j:p]:
            return None                         # قال «X» بأن فلان «...»: only a colon introduces the mark
        if it.kind == "indirect":
            w = N[max(0, j - 8):j].split()[-1:]
            if not w or w[0] not in self.lex.an_words and w[0][1:] not in self.lex.an_words:
                return None
            j -= len(w[0])
            while j > 0 and N[j - 1] in " \t،,؛" + MARKS:
                j -= 1                          # (مدير الخطوط السعودية في القصيم "إبراهيم القبي"؛ أن: Sabq's marks)
            w = N[max(0, j - 8):j].split()[-1:]
            if w and w[0] in self.lex.an_preps:           # ...، على أن / إلى أن
                j -= len(w[0])
                while j > 0 and N[j - 1] in " \t،,":
                    j -= 1
        x = self._entity_ending(j)
        if x is None or x[2].label != "PERSON" or x[1] < j - 1 or x[0] <= it.cue[1] or self.in_quote(x[0], x[1]):
            return None
        if N[x[0] - 1].isalpha():
            return None                         # الموالية لهادي أن
        prev = self.last_words(x[0], 1, 24)
        if prev and (prev[-1] in self.lex.prepositions or prev[-1] in ("ال", "آل", "ابن", "بن", "ام", "ابو", "ابي")):
            return None                         # أحد المقربين من السيسي إن / الزائرة أم حسين، أنها
        return (x[0], x[1], x[2])

    def _comma_name(self, it):
        """وقال مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن ...: a name the tagger missed, set off by
        commas right before the particle (or the mark) of a cue whose subject is a title: 1-4 words without the
        article (a surname with it after a given name of the name lists: عبادة الكافي), in no lexicon; an
        addressee segment between it and the particle is passed (، لوكالة الأنباء الألمانية (د.ب.أ)، أن)."""
        N, lex = self.N, self.lex
        j = it.open if (it.open >= 0 and it.kind != "indirect") else it.start
        while j > 0 and N[j - 1] in " \t:" + MARKS:
            j -= 1
        w = N[max(0, j - 8):j].split()[-1:]
        if w and (w[0] in lex.an_words or w[0][1:] in lex.an_words):
            j -= len(w[0])
            while j > 0 and N[j - 1] in " \t":
                j -= 1
        if j == 0 or N[j - 1] not in "،,":
            return None
        k = max(N.rfind("،", 0, j - 1), N.rfind(",", 0, j - 1))
        if k < it.cue[1] or j - k > 60:
            return None
        toks = self.toks(k + 1, j - 1)
        if toks and toks[0][2][:1] == "ل" and (self._media_addressee(toks, 0) or self._addressee_end(toks, 0) > 0):
            # رئيس لجنة التشريع العام، عبادة الكافي، لوكالة الأنباء الألمانية (د.ب.أ)، أن: whom he told, the
            # name is the segment before it
            j = k + 1
            k = max(N.rfind("،", 0, j - 1), N.rfind(",", 0, j - 1))
            if k < it.cue[1] or j - k > 60:
                return None
            toks = self.toks(k + 1, j - 1)
        if not 1 <= len(toks) <= 4 or (len(toks) == 1 and len(toks[0][2]) < 3):
            return None
        given = len(toks) > 1 and toks[0][2] in _given_names()
        for n, t in enumerate(toks):
            x = t[2]
            if not x.isalpha() or x.startswith(("ال", "وال", "بال", "لل")) and not (given and n and x.startswith("ال")) \
                    or x in lex.prepositions or x in lex.time_words \
                    or x in lex.np_stops or x in lex.relatives or x in lex.office_nouns or x in lex.person_titles \
                    or self._desc_key(x) is not None or self.cue_at(t[0]) is not None or x[:1] in "وبل" and len(toks) == 1:
                return None
        return toks[0][0], toks[-1][1], None

    def nearest_speaker_entity(self, p: int, floor: int):
        k = bisect_left(self.ent_starts, p) - 1
        while k >= 0 and self.ents[k][0] >= floor:
            x = self.ents[k]
            if x[1] <= p and x[2].label in self.lex.speaker_labels and not self.in_quote(x[0], x[1]):
                return x
            k -= 1
        return None

    def _previous_subject(self, ss: int, fem: bool = False):
        """وأشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة ... . وقال: «...»: with no speaker so far, a
        pronoun verb opening its sentence continues the person the sentence before is about: its first person
        named, not an object or addressee, nor inside a quote or a reported clause."""
        if ss < 2:
            return None
        lex = self.lex
        ps = self.sent_start(ss - 2)
        words = self.N[ps:ss].split(None, 1)
        if len(words) < 2:
            return None
        head = ps + self.N[ps:ss].index(words[0]) + len(words[0])     # after the sentence's first word (its verb)
        for x in self.ents_in(head, ss):
            if x[2].label != "PERSON" or self.in_quote(x[0], x[1]) or self._in_reported(x[0], ss):
                continue
            # the subject right after the verb, titles and definite words before the name only
            if all(w.startswith(("ال", "وال")) or w in lex.person_titles or w in lex.office_nouns
                   or self._desc_key(w) is not None or w in "،,." or (len(w) == 1 and w.isalpha())
                   for w in self.N[head:x[0]].split()):
                return x[0], x[1], x[2]
            break
        x = self._opening_subject(ps, ss - 1, fem)  # من جهته شبه وزير الداخلية جورج فرناندز دياز ... . وقال:
        if x is not None and x[2] is not None and x[2].label == "PERSON" and not self._in_reported(x[0], ss):
            return x                            # (a leading phrase before the verb: the subject after it)
        return None

    def _continued_subject(self, c, ss: int, last):
        """Whom a pronoun verb glued to و/ف inside its sentence continues (وجه النائب خالد الضاهر انتقادات إلى ...
        العماد ميشال عون، وقال: الضاهر, not عون): the speaker of this sentence so far, else the named subject of
        the verb that opens it. None when the verb opens its sentence or has no و/ف."""
        s = c[0]
        if not any(ch.isalpha() for ch in self.N[ss:s]) or not self._new_clause(c, ss):
            return None                         # the verb opens its sentence (or follows a closing mark only)
        if last is not None and last[1] == ss:
            x = last[0]
            if x[2] is None or not self._governed(x):
                return x                        # (ووصف داركود بأنه: a silent verb's object, not its subject)
            return None
        fem = self._feminine(c)
        return self._opening_subject(ss, s, fem, body=fem and c[2].kind == VERB and not self._present_cue(s))

    def _fronted_source(self, c, ss: int) -> int:
        """وبحسب رويترز، فقد ذكر الوزير أن / وحسب الألمانية، فقد قال تاناكا: a source phrase opening the
        sentence and closed by a comma, the verb right after it with فقد. The source only reports: the verb's
        subject follows it (not the subject-first reading of فقد), and a pronoun verb's subject is none of
        the source phrase's mentions. The offset after the comma, else -1."""
        s = c[0]
        if not self.N.startswith("فقد ", s):
            return -1
        k = max(self.N.rfind("،", ss, s), self.N.rfind(",", ss, s))
        if k < 0 or self.N[k + 1:s].strip():
            return -1
        src = None
        for x in self.cue_before(k, ss):        # the sentence's first source cue, at its start
            if x[2].kind == SOURCE:
                src = x
        if src is None or any(w not in self.lex.subject_carriers for w in self.N[ss:src[0]].split()):
            return -1
        return k + 1

    def _honored(self, p: int):
        """The person an honorific pronoun at ``p`` (معاليه، سموه) stands for: the speaker attributed last when a
        named person within 1,500 characters (set by ``attribute`` as it goes); else None (the word stays)."""
        last = self._last_speaker
        if last is None or p - last[1] >= 1500 or last[0][2] is None or last[0][2].label != "PERSON":
            return None
        return last[0]

    def _kana_subject(self, c, ss: int):
        """The subject between كان and its verb (وكانت صحيفة "الشروق" الجزائرية قد ذكرت أن، كانت تقارير إخبارية
        فلسطينية، قد ذكرت أن): a name, else a description or a source noun (تقارير، مصادر) left unresolved."""
        s = c[0]
        toks = self.toks(max(ss, s - 160), s)
        k = len(toks) - 1
        while k >= 0 and toks[k][2] not in _KANA:
            k -= 1
        if k < 0 or len(toks) - k > 14 or any(self.cue_at(t[0]) is not None for t in toks[k + 1:]) \
                or k > 0 and toks[k - 1][2] in self.lex.kana_homograph_before:
            return None                         # مهرجان كان السينمائي قال: Cannes, not the verb
        _, np = self.subject_np(toks[k][1], s)
        if np is None:
            return None
        sp = self.resolve_np(np, s)
        if sp is None or sp[2] is not None and (sp[2].label not in self.lex.speaker_labels
                                                 or sp[2].label != "PERSON" and sp[0] > np[0]):
            return None                         # (مسؤول الاتحاد الأوروبي: an official, not the body)
        if sp[2] is None:
            ws = self.N[np[0]:np[1]].split()
            if self._desc_key(ws[0]) is None and ws[0] not in self.lex.source_nouns and not self._body_np(ws, np[1], s):
                return None                     # وكان هناك تقرير لأمانو قد أشار: no subject named here
        return sp

    def _qad_past(self, c, limit: int) -> bool:
        """وقد أوضحت المرأة أنها، فقد قال مجلس اللاجئين إن: وقد/فقد glued to a past verb only stresses it; the
        subject that follows the verb speaks, as after a bare verb. Only when one follows: a pronoun verb
        (وقد أكد أن، فقد قال عنه أيضا أنه), an adverb after it (وقد أعلن رسميا استبدال) or 'one of' (speakers.json
        one_words: وقد كتبت واحدة من الروايات, the object) looks back as before; and before a present verb قد
        says 'may' (وقد يرى البعض، وقد يكتب الله عليك أن): left as it was."""
        w = self.N[c[0]:c[1]]
        if w.startswith(("وقد ", "فقد ")):
            if self._present_cue(c[0] + 4):
                return False
        elif not self._qad_opening(c):
            return False
        _, np = self.subject_np(c[1], limit)
        if np is None:
            return False
        first = self.N[np[0]:np[1]].split()[0]
        if first in self.lex.one_words:
            return False                # وقد كتبت واحدة من الروايات: 'one of', the verb's object
        return first not in self.lex.about_pronouns and not (
            _accusative(first) and not first.endswith(("ها", "نا")) and self._entity_covering(np[0]) is None)

    def _particle_subject(self, c, ss: int):
        """لكن قيادات أمنية تقول إن، إلا أن سياسيين أكدوا أن، فإن عائلات الأطفال أكدت، ولكن مسؤولا قال: a noun
        phrase of one to three words between لكن/فإن (cues.json subject_particles) or إن/أن after إلا/غير/إذ/بل
        (cues.json an_subject_openers) and the verb is that verb's subject: it speaks. Not a pronoun glued
        to the particle (إلا أنه أكد: the speaker before), nor a phrase holding a relative, a preposition, a cue
        or another verb's particle, nor ما/هذا or an abstract noun (لكن ما أريد قوله، لكن القانون يقول: no
        source), nor before a verb glued to و/ف (لكن آخرين يرون العكس ويؤكدون: the phrase is the first verb's).
        The phrase (start, end), resolved then as a subject after a verb is; else None."""
        lex = self.lex
        s = c[0]
        if self.N[s] in "وف" and not c[2].lemma.startswith(self.N[s]):
            return None
        p = self._apposition_start(s, ss)
        toks = self.toks(max(ss, p - 60), p)[-5:]
        for k in range(len(toks) - 2, -1, -1):
            w = toks[k][2]
            if w in lex.subject_particles or (w == "ان" and k > 0 and toks[k - 1][2] in lex.an_subject_openers):
                break
        else:
            return None
        np = toks[k + 1:]
        if np and np[-1][2] in ("قد", "لقد"):
            np = np[:-1]                        # لكن الوزير قد أكد
        if not 1 <= len(np) <= 3 or any(not t[2].isalpha() for t in np):
            return None
        first = np[0][2]
        fc = self.cue_at(np[0][0])
        if first in lex.thing_subjects or first in lex.abstract_subjects or first in lex.time_words \
                or first in lex.an_words or first in lex.prepositions or (fc is not None and fc[2].kind != PARTICIPLE):
            return None                         # (a participle form there is a noun: لكن منتقدين يقولون)
        for t in np[1:]:
            if t[2] in lex.relatives or (t[2] in lex.prepositions and t[2] not in lex.pronoun_pps) \
                    or t[2] in lex.an_words or self.cue_at(t[0]) is not None:
                return None
        if not self._speaking_head(np[0]):
            return None                         # لكن القانون يقول، لكن كل المؤشرات تقول: a thing, no source
        return np[0][0], np[-1][1]

    def _b_name(self, t) -> bool:
        """وأوضح بيشي الصرخي، يقول بتهوفن، وتقول باربارة وود: a word in ب right after the verb that is a
        person's name, not ب + a noun: a name word of a PERSON mention elsewhere in the article, or a given
        name of the name lists (names/first_names_arabic.txt)."""
        w = t[2]
        return self.name_word(t[0], t[1], w) is not None or w in _male_given_names() or w in _female_given_names()

    def _apposition_start(self, s: int, ss: int) -> int:
        """لكن وولتر X، وهو الأخ غير الشقيق لكافاني ومدير أعماله، كشف: an apposition opening with وهو/وهي/وهم
        and closed by a comma right before the verb at ``s`` describes the subject before it; the subject
        phrase ends at the comma that opens it (returned), else ``s``. Bounded: 160 characters, one clause
        (no other comma or full stop inside)."""
        N = self.N
        e = s
        while e > ss and N[e - 1] == " ":
            e -= 1
        if e <= ss or N[e - 1] not in "،,":
            return s
        a = max(N.rfind("،", max(ss, e - 160), e - 1), N.rfind(",", max(ss, e - 160), e - 1))
        if a < 0 or "." in N[a:e] or N[a + 1:e].split()[:1] not in (["وهو"], ["وهي"], ["وهم"]):
            return s
        return a

    def _line_subject(self, c):
        """الصحة تعلن عن توفر وظائف، خارجية التشيك تكشف عن، الأمير خالد الفيصل يعلن الفائزين: one to three
        words opening a line (a headline, a paragraph) right before a verb not glued to و/ف are its subject,
        as _subject_before reads a name there: they speak, and what follows the verb is its object. The
        first word must name someone who can speak (``_speaking_head``: التفاصيل تشير، أزمة اليونان تكشف stay
        as they were); no particle, preposition, relative or cue among them. (start, end), else None."""
        s = c[0]
        N = self.N
        if N[s] in "وف" and not c[2].lemma.startswith(N[s]):
            return None
        ls = N.rfind("\n", max(0, s - 80), s) + 1
        if ls == 0 and s > 80:
            return None
        toks = [t for t in self.toks(ls, s) if t[2] not in MARKS]
        if not 1 <= len(toks) <= 3 or any(not t[2].isalpha() for t in toks):
            return None
        lex = self.lex
        for t in toks:
            w = t[2]
            for x in ((w, w[1:]) if w[:1] in "وف" else (w,)):
                if x in lex.prepositions or x in lex.relatives or x in lex.an_words or x in lex.subordinators \
                        or x in lex.verb_openers or x in lex.thing_subjects or x in lex.time_words \
                        or x in lex.np_stops:
                    return None
            if self.cue_at(t[0]) is not None:
                return None
        first = toks[0]
        if first[2][:1] in "وف" and first[2][1:3] == "ال":
            first = (first[0] + 1, first[1], first[2][1:])      # والصحيفة نفسها تؤكد
        if not (self._speaking_head(first) or self._entity_covering(first[0]) is not None):
            return None                         # (أزمة اليونان تكشف: a thing, though it holds a name)
        for t in toks[1:]:
            w = t[2]
            if not (self._entity_covering(t[0]) is not None or w.startswith("ال") or w.startswith("بال")
                    or w.endswith(("ي", "يه", "يون", "يين")) or w in lex.same_words):
                return None                     # الإمارات تطرد أسترالية كتبت: a headline's own verb
        return first[0], toks[-1][1]

    def _speaking_head(self, t) -> bool:
        """The first word of a subject names someone who can speak: a mention, a description (المصدر، مسؤولا:
        its accusative alif dropped), a group noun (الخبراء، سكان), a kin noun (عائلات), an unnamed source,
        a group quantifier (بعض، أحد) or one of speakers.json subject_heads (قيادات، سياسيين، أقرباء)."""
        lex = self.lex
        w = t[2]
        if self._entity_covering(t[0]) is not None or self._desc_key(w) is not None:
            return True
        if w.endswith("ا") and len(w) > 3 and self._desc_key(w[:-1]) is not None:
            return True                         # مسؤولا، خبيرا: the noun after لكنّ/إنّ
        bare = w[2:] if w.startswith("ال") else w
        return bare in lex.group_nouns or bare in lex.subject_heads or w in lex.subject_heads \
            or w in lex.source_heads or w in lex.kin_nouns or bare in lex.kin_nouns \
            or any(q[0] == w and w != "كل" for q in lex.group_quantifiers)    # (كل المؤشرات تقول: things)

    def _qad_opening(self, c) -> bool:
        """لقد قال اليونانيون، ولقد أعلنت الإمارات، نعم قد أشارت أبحاث: لقد (or قد opening its clause: after
        punctuation or نعم) right before a past verb that is not glued to it stresses the verb as وقد does; not
        قد after a subject (وكان الوزير قد أعلن، إلا أنه قد أعلن), nor before a present verb ('may')."""
        if self._present_cue(c[0]):
            return False
        prev = self.N[max(0, c[0] - 24):c[0]].split()
        if not prev:
            return False
        if prev[-1] in ("لقد", "ولقد", "فلقد"):
            return True
        return prev[-1] == "قد" and (len(prev) < 2 or not prev[-2][-1:].isalnum() or prev[-2] in ("نعم", "ونعم"))

    def _present_cue(self, s: int) -> bool:
        """The cue at ``s`` is a present-tense form (يقول، تشير، وتزعم): ي-, or ت- with a ي- form that is a cue."""
        w = self.N[s:s + 20].split()[0]
        if w[:1] in "وف" and self.lex.cue_of(w[1:]) is not None:
            w = w[1:]
        return w[:1] == "ي" or w[:1] == "ت" and self.lex.cue_of("ي" + w[1:]) is not None

    def _body_np(self, ws, e: int, s: int) -> bool:
        """A definite noun phrase (الرابطة، قيادة القوات المشتركة) between كان and its verb is the subject that
        speaks, as after a verb opening the sentence, when a past verb follows it or قد: وكانت الإدارة قد نفت؛
        not وكانت الزوارق تلقت بلاغا يفيد (the subject of another verb), a present verb (كانت عقارب الساعة تشير:
        a thing's figure of speech), a time word or a thing subject."""
        lex = self.lex
        w = ws[0]
        if w in lex.time_words or w in lex.time_nouns or w in lex.relatives or w in lex.thing_subjects \
                or w in lex.abstract_subjects:
            return False
        gap = self.N[e:s].split()
        if gap and gap[-1] != "قد" or self._present_cue(s):
            return False                        # كانت عقارب الساعة تشير، كان الرأي السائد يقول: a figure
        return w.startswith("ال") or len(ws) > 1 and ws[1].startswith("ال") and ws[1] != "الا" \
            and ws[1] not in lex.prepositions and ws[1] not in lex.relatives    # (وما كان منه إلا قال: no body)

    def _opening_subject(self, ss: int, p: int, fem: bool, body: bool = False):
        """The subject named right after the verb opening the sentence at ``ss`` (past و/كما/فيما ... and a
        leading phrase closed by a comma: في سياق منفصل، وجه النائب ...): an entity that can speak, with only
        titles and definite words before it in the phrase (وانتقدت صحف تونسية زيارة ساركوزي: no subject), of
        the verb's gender (a masculine verb after الوزارة is someone else's)."""
        lex = self.lex
        toks = self.toks(ss, min(p, ss + 160))[:16]
        i = 0
        if len(toks) > 2 and toks[0][2] + " " + toks[1][2] in lex.pronoun_pps:
            pass                                # من جهته شبه الوزير ... (no comma): read below
        elif toks and toks[0][2] in lex.prepositions or (toks and toks[0][2][:1] in "وف" and toks[0][2][1:] in lex.prepositions):
            k = next((k for k, t in enumerate(toks[:8]) if t[2] in ("،", ",")), None)
            if k is None and len(toks) > 2 and toks[0][2] == "في" and toks[1][2] in lex.lead_nouns:
                k = 1                           # في البداية أشاد مطلق البقمي: a short phrase, no comma
            if k is None:
                return None
            i = k + 1                           # في سياق منفصل، / ومن جهة أخرى،
        if len(toks) > 2 and toks[0][2] + " " + toks[1][2] in lex.pronoun_pps:
            i = 3 if toks[2][2] in ("،", ",") else 2    # من جهته أكد ...
        while i < len(toks) and toks[i][2] in lex.subject_carriers:
            i += 1
        if i >= len(toks):
            return None
        v = toks[i]
        w = v[2]
        if not w[0].isalpha() or self._entity_covering(v[0]) is not None \
                or (w.startswith(("ال", "وال")) and w not in lex.object_verbs and w not in lex.al_verbs) or self._desc_key(w) is not None \
                or w in lex.prepositions or w in lex.an_words or w in lex.relatives \
                or w in lex.subordinators or w in lex.verb_openers or _accusative(w):
            return None                         # a name, a phrase, a subordinate clause or an adverb (وتعقيبا على) opens it
        met = w in lex.object_verbs and w.startswith(("ال", "وال"))     # والتقى: a verb whose letters begin with ال; it has a subject too
        _, np = self.subject_np(v[1], p)
        if np is None:
            return None
        if self.N[np[0]:np[1]] in lex.honorific_pronouns:
            return self._honored(np[0])         # وعبر معاليه عن استغرابه ...، مؤكدا: the person spoken of before
        sp = self.resolve_np(np, p)
        if sp is None or sp[2] is None:
            x = self._titled_name(v[1], p, sp)
            if x is not None and np[0] <= x[0] < np[1]:
                sp = x                          # مدير شؤون المعلمين ورئيس مركز المقابلات أحمد متعب: a name the tagger missed
                return sp if x[2] is None or x[2].label == "PERSON" else None
        if sp is not None and sp[2] is None and (self._title_subject(np, fem, p) or self._person_noun_subject(np, fem)
                                                 or self._titled_family_name(np) or self._untagged_name(np)):
            return np[0], np[1], None           # وألقى الوزير كلمة ...، مؤكداً: the minister speaks (not a later phrase)
        if sp is not None and sp[2] is None and body and self._body_subject(w, np, p):
            return np[0], np[1], None           # أخلت شركة الكهرباء مسؤوليتها ...، وقالت: the company speaks
        x = self._entity_starting(np[0]) if fem else None
        nxt = self.toks(x[1], x[1] + 30)[:1] if x is not None else []
        after = self._entity_covering(nxt[0][0]) if nxt else None
        split = bool(nxt) and nxt[0][2][0].isalpha() and (
            (after is None and self.person_word(nxt[0][2]) is not None) or (after is not None and after[2].label == "PERSON"))
        if x is not None and x[2].label in lex.place_speaker_labels and not self.in_quote(x[0], x[1]) \
                and not split:                  # (كولومبيا بوش: a person's name the tagger read as a place)
            return x                            # واتهمت باكستان الهند ...، وذكرت أن: the country, as a feminine verb's subject
        if sp is None or sp[2] is None or sp[2].label not in lex.speaker_labels or not np[0] <= sp[0] < np[1] \
                or self.in_quote(sp[0], sp[1]):
            return None
        if met and sp[2].label != "PERSON":
            return None                         # والتقت «الشرق الأوسط» ... مع سيديريس يانيس وقال: the paper met him, he speaks
        kin = self._kin_of(np, sp)
        if kin is not sp:
            return kin                          # وتمنت والدة الجندي علي الغامدي ...، مضيفة: the mother
        before = self.N[np[0]:sp[0]].split()
        if sp[2].label != "PERSON" and any(x in lex.office_nouns or _bare(x) in lex.office_nouns for x in before):
            sp = self._titled_name(v[1], p, None)     # مدير الدفاع المدني بالمنطقة اللواء مستور الحارثي: the office holder
            if sp is None or sp[2] is None or sp[1] > p:
                return None                     # مستشار الجيش الليبي: an office, not the body
            before = []
        for x in before:
            if not (x.startswith(("ال", "وال")) or x in lex.person_titles or x in lex.office_nouns
                    or self._desc_key(x) is not None):
                return None
        if any(x in lex.subordinators for x in self.N[np[1]:p].split()):
            return None                         # ... عندما بدا رئيس الوزراء تسيبراس ...، ثم عاد وأعلن: another subject came in
        head = self.N[np[0]:np[1]].split()[0]
        if (not fem and sp[2].label != "PERSON" and head.endswith("ه")) or (fem and sp[2].label == "PERSON" and not head.endswith("ه")):
            return None
        return sp

    def _body_subject(self, verb: str, np, p: int) -> bool:
        """An untagged body as the subject of a feminine verb opening the sentence (أخلت شركة الكهرباء مسؤوليتها
        ...، وقالت؛ وعلمت إدارة الفندق بقدومه ...، وقالت إن) is whom a feminine past reporting verb glued to و/ف
        later in the sentence continues (the caller checks the cue): a body noun (speakers.json
        feminine_body_nouns: إدارة، شركة، الشرطة) with the article or a definite word after it, of 1-4 words -
        not a person (النائبة ... شروق العبايجي: her name follows, untagged) - and no person named between it
        and the verb."""
        lex = self.lex
        ws = self.N[np[0]:np[1]].split()
        head = ws[0]
        v = verb[1:] if verb[:1] in "وف" and len(verb) > 3 else verb
        if not (v.endswith("ت") or v.startswith("ت")):
            return False                        # (a masculine verb opening it: the feminine subject is another)
        if head not in lex.feminine_body_nouns or len(ws) > 4:
            return False
        if not (head.startswith("ال") or len(ws) > 1 and ws[1].startswith("ال")):
            return False
        return not any(x[2].label == "PERSON" for x in self.ents_in(np[1], p))

    def _title_subject(self, np, fem: bool, p: int) -> bool:
        """An untagged subject that is one definite title word of the person descriptions (الوزير، المدير،
        السفير) names the speaker precisely enough for a participle to continue it: the article has
        introduced that person; of the cue's gender (الوزيرة with مؤكدةً). Definite adjectives may follow the
        title (نفى السفير البنغلاديشي ...، مؤكداً; وأجاب المتحدث الأمني لوزارة الداخلية ...، مشيرًا) when no
        mention is inside and no person is named between the phrase and the cue at ``p`` (وأوضح المتحدث
        الإعلامي للشؤون الصحية، سعيد النقير قائلا: the name is the subject, found by the caller)."""
        ws = self.N[np[0]:np[1]].split()
        if not 1 <= len(ws) <= 3 or not ws[0].startswith("ال") or not all(self._office_adjective(w) for w in ws[1:]):
            return False
        if len(ws) > 1 and (self.ents_in(np[0], np[1]) or any(x[2].label == "PERSON" for x in self.ents_in(np[1], p))):
            return False
        labels = self.lex.descriptions.get(ws[0]) or self.lex.descriptions.get(" ".join(ws[:2]))
        return labels is not None and "PERSON" in labels and ws[0].endswith("ة") == fem

    def _office_adjective(self, w: str) -> bool:
        """A definite word after a definite title (الناطق الإعلامي، المتحدث الرسمي، المدير العام): a definite
        noun cannot head a construct, so the word describes the title - unless it is a title or description
        itself, or a time word (الوزير الدكتور، المدير أمس)."""
        lex = self.lex
        return w.startswith("ال") and len(w) > 3 and self._desc_key(w) is None and w not in lex.person_titles \
            and w not in lex.time_words and w not in lex.time_nouns and w not in lex.office_nouns

    def _person_noun_subject(self, np, fem: bool) -> bool:
        """An untagged subject that names a person by what he or she is (speakers.json person_nouns: الأب
        المكلوم، الأم، المواطن; definite adjectives after it) or by kin before a definite noun (والد الطفل،
        والدة الطفلة) is the one a pronoun verb of the sentence continues: وروى الأب المكلوم لـ"سبق" معاناة
        أبنائه ...، وقال. Of the cue's gender; up to 3 words."""
        lex = self.lex
        ws = self.N[np[0]:np[1]].split()
        if not 1 <= len(ws) <= 3 or not all(w.startswith("ال") for w in ws[1:]):
            return False
        if ws[0] in lex.person_nouns:
            return lex.person_nouns[ws[0]] == fem
        return len(ws) >= 2 and (ws[0] in lex.kin_nouns if fem else ws[0] in lex.male_kin_nouns)

    def _titled_family_name(self, np) -> bool:
        """An untagged subject that is a person title and one family name in ال (العقيد الهيضل، الدكتور
        الزعاق، الشيخ السديس) names a person the tagger missed: no description, time word or mention."""
        ws = self.N[np[0]:np[1]].split()
        if len(ws) != 2 or ws[0] not in self.lex.person_titles or not ws[1].startswith("ال") or len(ws[1]) < 5:
            return False
        w = ws[1]
        return self._desc_key(w) is None and w not in self.lex.time_words and w not in self.lex.time_nouns \
            and w not in self.lex.source_nouns and w not in self.lex.person_titles and not self.ents_in(np[0], np[1])

    def _ama_subject(self, c, ss: int):
        """The untagged person fronted by أما right before the verb (أما وحيد البراق فيقول، a vox-pop line: أما
        كريم 32 عاما قال): a given name and a family name in ال (_untagged_name), or a given name alone before
        the age; the span of the name, else None (a tagged subject is left to the mention rules)."""
        s = c[0]
        a = -1
        for m in _AMA_RE.finditer(self.N, max(ss, s - 80), s):
            a = m.end()                         # (the last أما of the window: not the end of عاما)
        if a < 0:
            return None
        ws = [t for t in self.toks(a, s) if t[2] not in ("،", ",")]
        if not ws or len(ws) > 6 or self.ents_in(ws[0][0], ws[-1][1]):
            return None
        aged = len(ws) >= 2 and ws[-2][2].isdigit() and ws[-1][2] in self.lex.age_words
        if aged:
            ws = ws[:-2]
        if not ws or any(self.cue_at(t[0]) is not None for t in ws):
            return None
        np = (ws[0][0], ws[-1][1])
        if self._untagged_name(np):
            return np[0], np[1], None
        # after أما an ambiguous given name is a name too (كريم، وحيد): alone before the age, or before a family
        # name in ال that is no description or time word (أما وحيد البراق فيقول)
        from ..entities.people import _surnames
        names = _surnames()
        w = ws[0][2]
        if not (w in names[1] or w in names[2]):
            return None
        if aged and len(ws) == 1:
            return np[0], np[1], None
        last = ws[-1][2]
        if len(ws) == 2 and last.startswith("ال") and len(last) > 4 and self._desc_key(last) is None \
                and last not in self.lex.time_words and last not in self.lex.time_nouns:
            return np[0], np[1], None
        return None

    def _untagged_name(self, np) -> bool:
        """An untagged subject of 2 to 4 words opened by a given name and closed by a family name in ال
        (أشاد مطلق البقمي بما ...، مشيرا: Speakers._opens_name) is a person the tagger missed."""
        ws = self.N[np[0]:np[1]].split()
        if not 2 <= len(ws) <= 4 or not ws[-1].startswith("ال") or self.ents_in(np[0], np[1]):
            return False
        if any(w.startswith("ال") or not w.isalpha() for w in ws[:-1]):
            return False
        return self._opens_name(ws[0], ws[-1]) and self._desc_key(ws[-1]) is None

    def _named_subject(self, e: int, limit: int):
        """The subject after a verb when it names an entity (else None)."""
        _, np = self.subject_np(e, limit)
        sp = self.resolve_np(np, limit) if np is not None else None
        return sp if sp is not None and sp[2] is not None else None

    def _silent_cues(self, items):
        """Reporting verbs that report nothing themselves but open a clause with their subject (وشدد
        البروفسور إيفان شيهان على الدور ... / وأعرب الوزير عن ...): pseudo-items that only track who speaks."""
        used = {it.cue[0] for it in items if it.cue is not None}
        out = []
        for c in self.cues:
            if c[2].kind != VERB or c[2].weak or c[0] in used or self.in_quote(c[0], c[1]) or self._masdar_use(c):
                continue
            k = bisect_right(self.reported, (c[0], 1 << 60)) - 1
            if k >= 0 and self.reported[k][1] > c[0]:
                continue                        # inside what someone else reported
            ss = self.sent_start(c[0])
            if self._new_clause(c, ss) or self.N[ss:c[0]].strip(" \t\n،,") in self.lex.pronoun_pps:
                out.append(Item(c[1], c[1], "silent", c))     # (من جهته أكد مدير ...: a clause of its own too)
        return out

    def _silent_speaker(self, c, last):
        """``last`` after a silent cue: its named subject (an entity or a description) speaks next, so a
        pronoun verb or a participle after it (...، وقال إن / وأضاف ردا على سؤال ... قائلا) continues it; with a
        pronoun subject the speaker before it goes on into this sentence."""
        s, e, _ = c
        ss = self.sent_start(s)
        if self._after_qad(c):
            return last
        _, np = self.subject_np(e, self.sent_end(e))
        sp = self.resolve_np(np, self.sent_end(e)) if np is not None else None
        if np is None or (sp is not None and sp[2] is None and _accusative(self.N[np[0]:np[1]].split()[0])):
            # وأضاف ردا على سؤال ... قائلا: no subject named, the speaker before goes on
            return (last[0], ss) if last is not None and s - last[1] < 1500 else last
        if sp is None or sp[2] is None or not np[0] <= sp[0] < np[1]:
            x = self._titled_name(e, self.sent_end(e), None)
            if x is not None:
                return x, ss                    # وأكد مدير شؤون المعلمين ورئيس مركز المقابلات أحمد متعب على ...
        if self._titled_family_name(np) or self._untagged_name(np):
            return (np[0], np[1], None), ss     # وقد أعرب العقيد الهيضل عن شكره ... مؤكِّداً: the colonel speaks next
        if sp is None or sp[2] is None or not np[0] <= sp[0] < np[1]:
            return last                         # no name in the subject itself (a description stays unsure)
        kin = self._kin_of(np, sp)
        if kin is not sp:
            return kin, ss                      # وتحدث والد الشهيد أحمد الشهري قائلا: the father speaks next
        lex = self.lex
        for w in self.N[np[0]:sp[0]].split():
            if not (w.startswith(("ال", "وال")) or w in lex.person_titles or w in lex.office_nouns
                    or self._desc_key(w) is not None):
                return last                     # وانتقدت صحف تونسية زيارة ساركوزي: the name is an object
        return sp, ss

    def attribute(self, items: list[Item]):
        """Speakers in text order; a speaker is (start, end, entity or None) in normalized offsets."""
        lex = self.lex
        last = None          # (speaker, sentence start of its cue)
        groups = set()       # speakers found by the group rules: a plural verb's group speaks for plural cues only
        subjects = set()     # phrases between لكن/فإن and the verb: subjects, an accusative too (ولكن مسؤولا قال)
        one = None           # the last speaker that is no group: whom a singular verb after a group goes on with
        self.reported = sorted([(it.start, it.end) for it in items if it.kind == "indirect"] + list(self.act_tails))
        for it in sorted(items + self._silent_cues(items), key=lambda x: (x.anchor, x.start)):
            self._last_speaker = last
            if it.kind == "silent":
                last = self._silent_speaker(it.cue, last)
                continue
            sp = place = None
            c = it.cue
            if it.cont:
                sp = last[0] if last else None
            elif c is None:
                sp = None
            else:
                s, e, cue = c
                ss = self.sent_start(s)
                limit = it.open if (it.open >= 0 and not it.cue_after and it.open > e) else (
                    it.start if it.start > e else self.sent_end(e) if not it.cue_after else e + 200)
                if it.cue_after:
                    limit = min(self.sent_end(e), e + 200)
                place = self._place_subject(c) if cue.kind == VERB and not it.cue_after else None
                svo = cue.kind == VERB and not it.cue_after and ((not self._qad_past(c, limit) and self._after_qad(c)) or self._masdar_use(c)
                                                                 or self._subject_before(c) or place is not None)
                fronted = self._fronted_source(c, ss) if svo and cue.kind == VERB else -1
                if fronted >= 0:
                    svo = False                 # وبحسب رويترز، فقد ذكر الوزير: the subject follows the verb
                if cue.kind in (VERB, AFTER, MEDIUM, SOURCE):
                    np = None
                    told = False        # the phrase after the verb is whom it was told: no fallback
                    ama = self._ama_subject(c, ss) if cue.kind == VERB and not it.cue_after else None
                    line = self._line_subject(c) if cue.kind == VERB and not it.cue_after and ama is None \
                        and place is None else None
                    if ama is not None:
                        sp, told = ama, True    # أما وحيد البراق فيقول: the fronted name the tagger missed
                    elif line is not None:
                        np = line               # الصحة تعلن عن توفر وظائف: the line opens with the subject
                        subjects.add(np)
                    elif not svo:
                        _, np = self.subject_np(e, limit, source=cue.kind == SOURCE)
                    if np is None and ama is None and cue.kind == VERB and not it.cue_after:
                        np = self._particle_subject(c, ss)      # لكن قيادات أمنية تقول إن: the phrase before
                        if np is not None:
                            subjects.add(np)
                    if np is not None and cue.kind == VERB and not it.cue_after and self._called_place(c, np):
                        np = None                   # ودعت طهران إلى «...»: the place is called on, the subject is before
                    if np is not None and "object_b" in cue.flags and self._object_then_b(c, np, limit):
                        np = None                   # ووصف داركود بأنه: the verb's object, the speaker is earlier
                    if np is not None and cue.kind == VERB and self.N[np[0]:np[1]] in lex.honorific_pronouns:
                        sp = self._honored(s)       # وقال سموه: the person spoken of before, if one
                        if sp is not None:
                            np = None
                    if np is not None and cue.kind == SOURCE and self.N[np[0]:np[1]] in lex.pronoun_sources:
                        np = None                   # وحسب رأيه، فإن ...: his opinion, the speaker before
                        if last is not None and s - last[1] < 1500:
                            sp = last[0]
                    if np is not None and cue.kind == VERB and not it.cue_after and self._possessive_addressee(np):
                        x = y = self._continued_subject(c, ss, last)
                        if x is None or self._person_between(x[1], s):
                            x = self.mention_before(s, ss, not self._feminine(c), True)
                            if x is not None and y is not None and x[:2] == y[:2]:
                                x = None            # (the subject passed over for a person named since)
                        np, sp, told = None, x, True    # وقام رزق ...، وقال لأستاذه: told his master, رزق speaks
                    if np is not None:
                        sp = self.resolve_np(np, limit)
                        after = cue.kind == VERB and not it.cue_after and np[0] >= e    # (not a subject before it)
                        if after:
                            sp = self._statement_source(np, limit) or sp
                        if after:
                            sp = self._titled_name(e, limit, sp) or sp
                        elif cue.kind == SOURCE and (sp is None or sp[2] is None):
                            sp = self._titled_name(np[0], limit, sp) or sp  # حسب ما أفاد به الناطق ... العقيد زياد الرقيطي
                        if after and (sp is None or sp[2] is None or sp[2].label != "PERSON"):
                            sp = self._name_before(it) or sp
                        if after and (sp is None or sp[2] is None or self._office_of(np, sp)[2] is None):
                            sp = self._comma_name(it) or sp     # (رئيس لجنة ...، عبادة الكافي، أن: the holder)
                        if sp is not None:
                            sp = self._source_about(np, sp)
                        if cue.kind == VERB and not it.cue_after and sp is not None:
                            sp = self._feminine_head(c, np, sp)
                            sp = self._office_of(np, sp)
                            sp = self._kin_of(np, sp)
                        if "relay" in cue.flags and after:
                            sp = self._relayed_source(np[1], limit) or sp
                    if sp is None and cue.kind != SOURCE and not told:
                        lst = one if last is not None and (last[0][0], last[0][1]) in groups \
                            and not self._plural_cue(c) else last   # وتعتبر بعض العائلات ... وهي تؤكد: not the group
                        x = place or (self._continued_subject(c, ss, lst) if cue.kind == VERB and not svo and fronted < 0 else None)
                        if x is None and svo:
                            x = self._kana_subject(c, ss)
                        if x is None and cue.kind == VERB:
                            x = self._asked_person(c, ss)     # سألته عن ...، وأجاب: the one asked answers
                        if x is None and cue.kind == VERB:
                            x = self.mention_before(s, max(ss, fronted, self._topic_end(c, ss)), not self._feminine(c),
                                                    self._new_clause(c, ss))
                        if x is None and svo and self.N.startswith(("وقد ", "فقد "), s):
                            x = self._named_subject(e, limit)    # وقد قال الرئيس الأمريكي باراك أوباما، ...
                        if x is not None:
                            sp = x
                        elif lst is not None and s - lst[1] < 1500 and not self._man_for_feminine(c, lst[0]) \
                                and not self._woman_for_masculine(c, lst[0]):
                            sp = lst[0]
                        elif cue.kind == VERB and not self.N[ss:s].strip():
                            sp = self._previous_subject(ss, self._feminine(c))
                elif cue.kind == MASDAR:
                    # نقلت رويترز عن الدبلوماسي ... قوله
                    toks = self.toks(ss, s)
                    an = [t for t in toks if t[2] == "عن"]
                    if self.N.startswith("ب", s):
                        # ومضت المصادر بالقول / تحدث ... وائل الحربي بقوله: the verb's subject before it
                        sp = self._clause_subject(s, ss, last)
                        if sp is None:
                            sp = self.mention_before(s, ss, True, True)
                    elif an:
                        cand = [x for x in self.ents_in(an[-1][1], s) if x[2].label in lex.speaker_labels]
                        pers = [x for x in cand if x[2].label == "PERSON"]
                        if cand:
                            x = (pers or cand)[0]
                            sp = (x[0], x[1], x[2])
                        else:
                            _, np = self.subject_np(an[-1][1], s)
                            if np is not None:
                                sp = self.resolve_np(np, s)
                    if sp is None and last is not None:
                        sp = last[0]
                else:  # participle: the speaker of this sentence so far, else the entity before it
                    topic = self._topic(ss, s)
                    if last is not None and last[1] >= ss - 1:
                        sp = last[0]
                    elif topic is not None:
                        sp = topic
                    else:
                        x = self._opening_subject(ss, s, self._feminine(c)) or self.mention_before(s, ss, not self._feminine(c))
                        if x is not None:
                            sp = x
                        elif last is not None and s - last[1] < 1500:
                            sp = last[0]
                if sp is not None and sp[2] is not None and sp[2].label == "PERSON":
                    sp = self._kin_of_dead(sp, ss)
                    if self._plural_cue(c) and sp[1] <= c[0] and not self._coordinated(sp):
                        sp = None               # وأكدوا / مشيرين: a group speaks, not the one person named before
                if sp is not None and sp[2] is None and sp[0] > c[0] and self.N.startswith("بعض ", sp[0]):
                    groups.add((sp[0], sp[1]))  # ويقول بعض الخبراء: a group, as the group rules find
                if cue.kind in (VERB, PARTICIPLE) and self._plural_cue(c) and (sp is None or sp[1] <= c[0]) \
                        and (sp is None or (sp[0], sp[1]) not in groups):
                    g = self._group_before(c[0], ss) if sp is None and cue.kind == VERB else None
                    if g is None and not self._masdar_use(c):
                        g = self._group_opening(c, ss)
                        if g is not None and sp is not None and sp[1] > g[0] and not self._single_body(sp):
                            g = None            # (the group comes before the speaker found)
                    if g is not None:           # الدبلوماسيون يقولون؛ وعبر عدد من الزوار عن سعادتهم ... وأشاروا
                        sp = g
                        groups.add((sp[0], sp[1]))
                elif sp is not None and sp[2] is None and (sp[0], sp[1]) in groups and sp[1] <= c[0] \
                        and not self._plural_cue(c):
                    sp = None                   # وأشاروا ... . وقد أثنى الزائر ... مشيرا: one person, not the group
                if sp is not None and sp[2] is None and (sp[0], sp[1]) not in subjects and self._adverbial(sp[0], sp[1]):
                    sp = None                   # قدم كتابا، وأضاف حديثًا: an object or an adverb, no speaker
                if sp is not None and sp[2] is None:
                    sp = self._quantified(sp, self.sent_end(sp[1]))
                    sp = self._description_phrase(sp, it)
                    sp = self._source_place(sp, it)
                if sp is not None and sp[2] is None:
                    sp = self._after_article_lam(sp)
                if sp is not None and (place is None or sp != place):
                    last = (sp, ss)             # (a place speaks for its own verb only: قال باحثون after فرنسا تكشف)
                    if (sp[0], sp[1]) not in groups:
                        one = last
            it.speaker = sp

    def _called_place(self, c, np) -> bool:
        """ودعت طهران إلى «اقتناص هذه الفرصة»، يدعو إسرائيل الى «وقف ...»: after a verb of calling on someone
        (cues.json call_lemmas: دعا) a place named right after it and followed by إلى or a ل/ب-word is whom it
        calls on - the verb's object - not its subject (the corpus: 16 of 17 such places are objects)."""
        if c[2].lemma not in self.lex.call_lemmas:
            return False
        x = self._entity_starting(np[0])
        if x is None or x[2].label not in self.lex.place_speaker_labels:
            return False
        nxt = self.toks(x[1], x[1] + 20)[:1]
        return bool(nxt) and (nxt[0][2] in ("الي", "الى") or (nxt[0][2][:1] in "لب" and len(nxt[0][2]) > 3))

    def _statement_source(self, np, limit: int):
        """وقال بيان صادر عن المجلس إن، وقال بيان من مكتب المبعوث الدولي إن: a statement (speakers.json
        statement_nouns, issued_words) ends the verb's subject at عن/من; the body named after the preposition
        issued it and speaks, not the statement. None when the phrase is not such a statement."""
        lex = self.lex
        words = self.N[np[0]:np[1]].split()
        if not words or words[0] not in lex.statement_nouns or any(w not in lex.issued_words for w in words[1:]):
            return None
        toks = self.toks(np[1], min(limit, np[1] + 200))
        if len(toks) < 2 or toks[0][2] not in ("عن", "من"):
            return None
        _, body = self.subject_np(toks[1][0], limit, skip_leading=False)
        return self.resolve_np(body, limit) if body is not None else None

    def _asked_person(self, c, ss: int):
        """مقابلة مع هيريرا.. سألته عن إحساسه ...، وأجاب: / سألت قائد المجموعة: ما الشعور ...؟ أجاب: an answer
        verb (cues.json answer_lemmas) after the reporter's question (ask_verbs: سألت، سألناه) in its sentence
        or the one before: the one asked answers - the person named last before an object pronoun (of its
        gender; the person quoted last when there is one), else the phrase named right after the verb. None
        when no such question precedes."""
        lex = self.lex
        if c[2].lemma not in lex.answer_lemmas:
            return None
        s = c[0]
        lo = max(self.sent_start(ss - 1) if ss > 0 else 0, s - 400)
        ask = next((t for t in reversed(self.toks(lo, s)) if t[2] in lex.ask_forms), None)
        if ask is None:
            return None
        gender = lex.ask_forms[ask[2]]
        last = self._last_speaker
        if gender and last is not None and s - last[1] < 1500 and last[0][2] is not None \
                and last[0][2].label == "PERSON" and last[0][1] <= ask[0]:
            return last[0]                      # وعندما سألناه عن ...، قال: the one quoted before goes on
        if gender:                              # سألته: the person named before the question
            k = bisect_left(self.ent_starts, ask[0]) - 1
            while k >= 0 and self.ents[k][0] >= ask[0] - 400:
                x = self.ents[k]
                if x[2].label == "PERSON" and (gender == "m" or not self.is_man(x)):
                    return x[0], x[1], x[2]     # (سألتها: not a man)
                k -= 1
            return None
        _, np = self.subject_np(ask[1], s, skip_leading=False)
        if np is None or self.N.startswith(("نفس", "الشرق", "ل"), np[0]):
            return None                         # سألت نفسي: myself; سألت «الشرق الأوسط»: the paper asked
        return self.resolve_np(np, s)

    def _person_between(self, a: int, b: int) -> bool:
        """A person is named between ``a`` and ``b`` (and may be the one who goes on: وقد اعترف عليه شقيقه
        أمجد ... وقال لمحققيه), found by bisection over the sorted entity starts."""
        k = bisect_left(self.ent_starts, a)
        while k < len(self.ents) and self.ents[k][0] < b:
            if self.ents[k][2].label == "PERSON":
                return True
            k += 1
        return False

    def _possessive_addressee(self, np) -> bool:
        """The phrase after a verb opens with an untagged ل + noun + possessive pronoun (قال لأستاذه، لزملائه،
        لمحققيه، يقول لنفسه ويحادثها): the one told, not the subject; a noun that begins with ل itself (لجنته،
        لاعبه) is no addressee."""
        words = self.N[np[0]:np[1]].split()
        if not words or self._entity_covering(np[0]) is not None:
            return False
        w = words[0]
        return len(w) > 4 and w[0] == "ل" and w[1] != "ل" and w.endswith(("ه", "هم", "ها", "هما", "هن")) \
            and w not in self.lex.lam_initial_nouns and not w.startswith(tuple(self.lex.lam_initial_nouns))

    def _after_article_lam(self, sp):
        """وفقا للمصادر، طبقا للتقرير: ل + the article's lam; an unnamed phrase starting at that lam starts
        after it (مصادر, the guide's surface without clitics) unless its noun begins with ل (للجنة: لجنة)."""
        a, b, _ = sp
        N = self.N
        if b - a < 3 or N[a] != "ل" or N[a - 1:a] != "ل" or (a > 1 and N[a - 2].isalpha()):
            return sp
        head = N[a:b].split()[0]
        if head in self.lex.lam_initial_nouns or not N[a + 1].isalpha():
            return sp
        return (a + 1, b, None)

    def _object_then_b(self, c, np, limit: int) -> bool:
        """The phrase after an object_b verb (وصف) is its object: a preposition, a time word or a ب-word
        follows it (ووصف داركود بأنه، ووصف الاتفاق أمام مجلس الشورى أمس بأنه), not a second noun phrase; the
        phrase one word or one mention that is no person (a longer one may hold subject and object together;
        وصف كريستيان هبل بأنهم: a person describes), the verb without an object pronoun (يصفها ضباط)."""
        if self.N[c[0]:c[1]].endswith(("ه", "ها", "هم", "هما", "هن")):
            return False                        # كما يصفها ضباط في الجيش: the object is the pronoun
        x = self._entity_covering(np[0])
        if x is not None and x[2].label == "PERSON":
            return False                        # ينطبق عليهم وصف كريستيان هبل بأنهم: a person describes
        if len(self.N[np[0]:np[1]].split()) > 1 and (x is None or (x[0], x[1]) != (np[0], np[1])):
            return False                        # ووصف وزير الخارجية الإيراني المفاوضات بأنها: subject + object
        toks = self.toks(np[1], min(limit, np[1] + 40))[:1]
        if not toks:
            return False
        w = toks[0][2]
        return w in self.lex.prepositions or w in self.lex.time_words or (w[:1] == "ب" and len(w) > 2)

    def known_man(self, x) -> bool:
        """A person mention of a man of the gazetteer's people (by its id): أوباما، كيري، نتنياهو. (Not the
        given-name test of ``is_man``: هدى حسين is often tagged حسين alone.)"""
        return x[2] is not None and x[2].id in _gazetteer_people()

    def _woman_for_masculine(self, c, sp) -> bool:
        """A masculine singular verb with no subject of its own does not continue a woman spoken of before (وقد
        قال إن after وقالت المواطنة: he, someone else, speaks): a woman named by what she is (speakers.json
        person_nouns: المواطنة، الزوجة), by a person description in ة (المتحدثة، الفنانة) or by a feminine active
        participle (``_agent_feminine``: الباحثة، الكاتبة), or a person whose
        first word is a female given name of the name lists. (Not any word in ة: العواملة is a family name, and a
        ministry's statement goes on in the masculine: وأضاف البيان.)"""
        if c[2].kind != VERB or not self._masculine_form(c):
            return False
        words = self.N[sp[0]:sp[1]].split()
        if not words:
            return False
        if sp[2] is None:
            w, lex = words[0], self.lex
            return lex.person_nouns.get(w) is True or (
                w.endswith("ه") and "PERSON" in (lex.descriptions.get(w) or ())) or _agent_feminine(w, lex.feminine_body_nouns)
        return sp[2].label == "PERSON" and len(words) > 1 and words[0] in _female_given_names()

    def _masculine_form(self, c) -> bool:
        """The verb cue is written as its masculine singular: the past lemma itself (قال، وأضاف) or a present
        form in ي (يقول، ويضيف); not تتابع/لفتت, whose ت the lemma has too."""
        w, lemma = self.N[c[0]:c[1]].split()[-1], c[2].lemma
        if w[:1] in "وف" and not lemma.startswith(w[:1]):
            w = w[1:]
        return w == lemma or (w[:1] == "ي" and not w.endswith(("ون", "وا")))

    def _man_for_feminine(self, c, sp) -> bool:
        """A feminine verb with no subject of its own does not continue a man named before (وقالت لـ"سبق":
        after سعيد السريحي spoke, a woman speaks); the cue's ت- or -ت is its gender."""
        if sp[2] is None or sp[2].label != "PERSON" or not self._feminine(c):
            return False
        words = self.N[sp[0]:sp[1]].split()
        if len(words) > 1:
            return words[0] in _male_given_names()
        full = self.person_word(words[0]) if words else None     # (حسين alone may end هدى حسين: the full name tells)
        return full is not None and self.N[full[0]:full[1]].split()[-1] == words[0] \
            and self.N[full[0]:full[1]].split()[0] in _male_given_names()

    def is_man(self, x) -> bool:
        """A person mention that names a man: its first word, or that of the fuller name of the article that a
        one-word mention ends (قنديل -> فؤاد قنديل), is a male given name of names/first_names_arabic.txt."""
        words = self.N[x[0]:x[1]].split()
        if not words or words[0] in _male_given_names():
            return bool(words)
        full = self.person_word(words[0]) if len(words) == 1 else None
        return full is not None and self.N[full[0]:full[1]].split()[-1] == words[0] \
            and self.N[full[0]:full[1]].split()[0] in _male_given_names()

    def _source_about(self, np, sp):
        """An unnamed source whose phrase names what it belongs to after a preposition (وقالت مصادر عسكرية
        موالية لهادي، وقال مسؤول رفيع بالاتحاد الأوروبي، وقالت مصادر في مكتب رئيس الوزراء أحمد داود أوغلو إن)
        or right after it, a body in the genitive (ويقول خبراء الأمم المتحدة، حسب تقرير اليونيسكو): the source
        speaks, not the name it is about; the guide's description, the phrase up to the name's end. Only for
        an indefinite head of the unresolved descriptions (مصدر، مصادر، مسؤول، خبراء، تقرير ...)."""
        if sp[2] is None or sp[0] <= np[0]:
            return sp
        head = self.N[np[0]:np[0] + 30].split()[:1]
        labels = self.lex.descriptions.get(head[0], self.lex.descriptions.get(_bare(head[0]))) if head else None
        if labels is None or len(labels) or head[0].startswith(("ال", "وال")):
            return sp
        between = self.N[np[0]:sp[0]].split()
        if len(between) > 1 and between[1].startswith(("ال", "وال")):
            return sp                           # مسؤول الرقابة ...، خبير المخطوطات ... الدكتور محمد عيسى: his office, he speaks
        glued = self.N[sp[0] - 1:sp[0]] in ("ب", "ل") and self.N[sp[0] - 2:sp[0] - 1] in (" ", "ل")
        genitive = len(between) == 1 and sp[2].label != "PERSON"      # خبراء الأمم المتحدة: the experts speak
        # one word taken for a person after indefinite words only: an adjective (مصدر أمني ليبي آخر) or a
        # person the phrase speaks of (يقول مصدر أمني كان ضمن حلقة تراقب تحركات «حسيني»، ناشطون وبينهم الداراني)
        lone = sp[2].label == "PERSON" and sp[2].id is None and " " not in self.N[sp[0]:sp[1]].strip() \
            and self.N[sp[0]:sp[1]] not in _given_names() and not any(w.startswith(("ال", "وال")) for w in between)
        if not (glued or genitive or lone or any(w in self.lex.prepositions for w in between[1:])):
            return sp
        return np[0], max(np[1], sp[1]), None

    def _kin_of(self, np, sp):
        """وتمنت والدة الجندي علي الغامدي ...، مضيفة، أعلنت عائلة الفرنسي جول بيانكي: a woman relative or a family
        (speakers.json kin_nouns) + a definite noun + the person's name: the relative speaks, the phrase through
        the name; not when the name follows the kin noun right away (عائلة عبدالعزيز: another rule). A man
        relative only before a word for the dead (وتحدث والد الشهيد أحمد الشهري: the martyr does not speak;
        شقيق الضحية محمد العلي may be the brother's own name)."""
        if sp[2] is None or sp[2].label != "PERSON" or not np[0] < sp[0] < np[1]:
            return sp
        before = self.N[np[0]:sp[0]].split()
        lex = self.lex
        if len(before) < 2 or not (before[0] in lex.kin_nouns or before[0] in lex.male_kin_nouns
                                   and before[1] in lex.dead_nouns) or not before[1].startswith("ال") \
                or self._entity_covering(np[0]) is not None:
            return sp
        return np[0], sp[1], None

    def _plural_cue(self, c) -> bool:
        """A reporting verb or participle in the plural (قالوا، وأكدوا، يقولون، مؤكدين، مشيرين; a feminine plural
        participle: مؤكدات): its subject is a group, never one person."""
        w, lemma = self.N[c[0]:c[1]], c[2].lemma
        return any(w.endswith(x) and not lemma.endswith(x) for x in ("وا", "ون", "ين")) or (
            c[2].kind == PARTICIPLE and w.endswith("ات") and not lemma.endswith("ات"))

    def _single_body(self, sp) -> bool:
        """أثنى عدد من قادة القطاعات الأمنية على الإنجاز الذي ... داعش ...، مؤكدين: a body, a place or a work named
        once (no plural head, no partner by و) is no subject of a plural verb or participle; the group opening
        the sentence after the verb is, though the body is named after it."""
        return sp[2] is not None and sp[2].label != "PERSON" and not self._coordinated(sp)

    def _group_before(self, s: int, ss: int):
        """الدبلوماسيون الغربيون يقولون، لكن دبلوماسيين يقولون، وعلماء النفس يؤكدون: a plural noun for a group of
        people (speakers.json group_nouns) right before a plural verb, with up to two definite words after it
        (an adjective, a genitive) or an indefinite genitive and its definite one (أعضاء لجنة التحكيم أكدوا)
        and a comma, after بعض/معظم or not, is the verb's subject: the group speaks.
        None when no such noun, or when a word of the phrase belongs to a mention (the mention rules decide)."""
        toks = self.toks(max(ss, s - 60), s)
        if toks and toks[-1][2] in ("،", ","):
            toks = toks[:-1]                    # حتى الدبلوماسيون الأوروبيون، قالوا إن
        toks = toks[-3:]
        for k in range(len(toks)):
            w = toks[k][2]
            bare = w[1:] if w[:1] in "وف" and w[1:] else w
            rest = toks[k + 1:]
            if not all(t[2].startswith("ال") for t in rest) and not self._construct_rest(bare, rest):
                continue
            if (bare[2:] if bare.startswith("ال") else bare) not in self.lex.group_nouns:
                continue
            if any(self._entity_covering(t[0]) is not None for t in toks[k:]) or self.N[toks[-1][1]:s].strip(" ،,"):
                return None
            a = toks[k][0] + len(w) - len(bare)
            for q in ("بعض ", "معظم "):
                if self.N[a - len(q):a] == q and self.N[a - len(q) - 1:a - len(q)] in (" ", "\n", ""):
                    a -= len(q)                 # لكن بعض المحللين يقولون، معظم المؤرخين العرب أشاروا
            return a, toks[-1][1], None
        return None

    def _construct_rest(self, noun: str, rest) -> bool:
        """After an indefinite group noun, a genitive of two words, indefinite then definite (أعضاء لجنة التحكيم،
        خبراء علوم النفس): the group noun's own phrase, as its definite words are."""
        lex = self.lex
        return not noun.startswith("ال") and len(rest) == 2 and rest[1][2].startswith("ال") \
            and rest[0][2][0].isalpha() and not rest[0][2].startswith(("ال", "و", "ف")) \
            and rest[0][2] not in lex.prepositions and rest[0][2] not in lex.an_words \
            and rest[0][2] not in lex.relatives and rest[0][2] not in lex.np_stops

    def _group_opening(self, c, ss: int):
        """وعبر عدد من زوار الشرقية عن سعادتهم ...، وأشاروا إلى أن / انتقد عدد من شباب الطائف ... . وقالوا إنهم:
        a plural pronoun verb continues the group that is the subject of the verb opening its sentence (the verb
        glued to و/ف inside it) or the sentence before (the verb opening its own); a plural participle
        (مؤكدين) the group of its own sentence: a group noun or a quantifier
        (speakers.json group_quantifiers: عدد من، بعض) + its noun phrase, right after that verb. None otherwise
        (a person, a name or an object after the verb: the group is not known)."""
        s = c[0]
        if not self.N[ss:s].strip(" \t\n،,"):
            if ss < 2 or c[2].kind != VERB:
                return None
            ss = self.sent_start(ss - 2)        # the verb opens its sentence: the group of the one before
        elif c[2].kind == VERB and (self.N[s] not in "وف" or not self._new_clause(c, ss)):
            return None                         # (a participle goes with its sentence's verb: مؤكدين)
        lex = self.lex
        toks = self.toks(ss, min(s, ss + 200))[:12]
        i = 0
        if len(toks) > 2 and toks[0][2] + " " + toks[1][2] in lex.pronoun_pps:
            i = 3 if toks[2][2] in ("،", ",") else 2    # من جانبهم أكد ...
        while i < len(toks) and toks[i][2] in lex.subject_carriers:
            i += 1
        if i + 1 >= len(toks):
            return None
        w = toks[i][2]
        if not w.isalpha() or w.startswith(("ال", "وال")) or self._entity_covering(toks[i][0]) is not None \
                or w in lex.prepositions or w in lex.relatives or w in lex.subordinators or self._desc_key(w) is not None:
            return None                         # no verb opens it
        a = toks[i + 1][0]
        j = i + 1
        for q in lex.group_quantifiers:
            if tuple(t[2] for t in toks[j:j + len(q)]) == q:
                j += len(q)
                break
        else:
            w = toks[j][2]
            if (w[2:] if w.startswith("ال") else w) not in lex.group_nouns:
                return None
        if j >= len(toks) or self._entity_covering(toks[j][0]) is not None:
            return None
        end = self._group_np_end(toks[j][0], s)
        return (a, end, None) if end > 0 else None

    def _description_phrase(self, sp, it):
        """قائد الحرس الثوري قال، مسؤول الاتحاد الأوروبي قد قال، وقال المتحدث الرسمي للاتحاد السعودي إن: a speaker
        found as one description word (قائد، مسؤول، المتحدث) is the whole title phrase when all the words between it
        and its verb (or, after the verb, its particle or mark) are definite words, ل-genitives (للاتحاد) or names
        that are no person - the guide's title (المتحدث الرسمي); not past a person's name, a preposition or an
        object (وقال المتحدث الرسمي ... موعد: the word stays)."""
        N, lex = self.N, self.lex
        words = N[sp[0]:sp[1]].split()
        c = it.cue
        if len(words) != 1 or self._desc_key(words[0]) is None or c is None:
            return sp
        if sp[1] <= c[0]:
            end_at = c[0]                       # before its verb
        else:
            end_at = it.open if (it.open >= 0 and it.kind != "indirect") else it.start
        toks = self.toks(sp[1], end_at)
        while toks and (toks[-1][2] in ("قد", "وقد", "،", ",", ":") or toks[-1][2] in lex.an_words
                        or toks[-1][2] in MARKS or toks[-1][2] == c[2].lemma or toks[-1][0] >= c[0] >= sp[1]):
            toks.pop()
        if sp[1] > c[0] and (not toks or toks[0][0] < sp[1]):
            return sp
        if not toks or len(toks) > 6:
            return sp
        end = sp[1]
        for k, t in enumerate(toks):
            w = t[2]
            if w in lex.prepositions or w in lex.relatives or w in lex.time_words or w in lex.time_nouns \
                    or w in lex.an_words or w[:1] == "ل" and (self._media_addressee(toks, k) or self._addressee_end(toks, k) > k):
                return sp                       # التقرير إلى، المصدر لوكالة الأنباء الألمانية، مسؤولون الثلاثاء
            x = self._entity_covering(t[0])
            if x is not None:
                if x[2].label not in ("ORG", "LOC"):
                    return sp
                end = max(end, x[1])
                continue
            if w.startswith(("ال", "لل")) or (w[:1] == "ل" and self._entity_starting(t[0] + 1) is not None):
                end = t[1]
                continue
            return sp
        return (sp[0], end, None) if end > sp[1] else sp

    def _source_place(self, sp, it):
        """وقال مصدر في المقاومة إن، وقالت مصادر أمنية بالمطار، إن: an unnamed source after its verb (speakers.json
        source_heads, with nisba adjectives only) is described by the body it is in, and the guide's speaker is
        that whole description (مصدر بالشركة): the phrase goes on over في/من (or a ب glued to a definite word)
        and the body's noun phrase - words up to the first definite one or entity, then definite adjectives.
        Not over a person's name, a time (اليوم، أمس), an addressee or anything else: then it stays as it was.
        A source close to someone (source_close_words: مصدر مقرب من ميشال بلاتيني) goes on over من only, and
        whom it is close to may be a person."""
        N, lex, c = self.N, self.lex, it.cue
        words = N[sp[0]:sp[1]].split()
        close = len(words) >= 2 and words[-1] in lex.source_close_words
        if c is None or sp[0] < c[1] or words[0] not in lex.source_heads \
                or not all(w.endswith(("ي", "يه")) for w in words[1:len(words) - close]):
            return sp
        end_at = it.open if (it.open >= 0 and it.kind != "indirect") else it.start
        toks = self.toks(sp[1], min(end_at, sp[1] + 150) if end_at > sp[1] else sp[1] + 150)
        if not toks:
            return sp
        w = toks[0][2]
        if close and w != "من":
            return sp
        if w in lex.source_place_preps:
            toks = toks[1:]
        elif not (w.startswith("بال") and self._entity_covering(toks[0][0]) is None):
            return sp
        end, definite = None, False
        for k, t in enumerate(toks[:6]):
            w = t[2]
            if definite and end is not None and t[0] >= end:
                lam = self._genitive_lam_end(toks, k)
                if lam > 0:
                    return sp[0], lam, None     # مصادر في القوات المعادية للحوثيين
            if not w[0].isalpha() or w in lex.prepositions or w in lex.time_words or w in lex.time_nouns \
                    or w in lex.an_words or w in lex.relatives or w in lex.np_stops or self.cue_at(t[0]) is not None:
                break
            x = self._entity_covering(t[0])
            if x is not None and sp[1] < end_at < x[1]:
                break                           # (a name running into the quote is not the body's)
            if x is not None:
                if close and x[2].label == "PERSON" and x[0] == t[0] and end is None:
                    return sp[0], x[1], None    # مصدر مقرب من ميشال بلاتيني
                if x[2].label == "PERSON" or x[0] < t[0]:
                    return sp if x[2].label == "PERSON" else (sp[0], end, None) if end else sp
                end, definite = x[1], True
                continue
            if definite and not w.startswith("ال"):
                break
            if not definite and len(N[sp[1]:t[0]].split()) > 3:
                return sp                       # في قرى مشرعة وحدنان بمنطقة ...: no short body phrase
            if end is not None and t[1] <= end:
                continue
            end = t[1]
            definite = definite or w.startswith(("ال", "بال"))
        return (sp[0], end, None) if end is not None and definite else sp

    def _genitive_lam_end(self, toks, k: int) -> int:
        """مصادر في القوات المعادية للحوثيين، مصادر في السلطة المحلية لمحافظة عدن: ل glued to a definite word,
        or to a noun before a place or body name, right after a source's body says whose body it is; the end of
        that genitive, or -1. Not whom the source told (للصحفيين، للعربية، لرويترز، لوكالة فرانس برس)."""
        w = toks[k][2]
        if w[:1] != "ل" or len(w) < 4 or w[1:] in self.lex.addressee_nouns or w[2:] in self.lex.addressee_nouns \
                or self._media_addressee(toks, k) or self._addressee_end(toks, k) > k \
                or w in self.lex.l_particles or self._entity_covering(toks[k][0]) is not None:
            return -1
        if w.startswith("لل"):
            return toks[k][1] if "ا" + w[1:] not in self.lex.source_told_words else -1
        if k + 1 < len(toks):
            x = self._entity_starting(toks[k + 1][0])
            if x is not None and x[2].label in ("LOC", "ORG"):
                return x[1]                     # لمحافظة عدن
        return -1

    def _group_np_end(self, p: int, limit: int) -> int:
        """The end of the group's noun phrase starting at ``p`` (زوار الشرقية، أهالي وزوار منطقة الباحة; a
        place in it is no matter), or -1; a singular definite word after a definite one is the verb's object,
        not an adjective (بعض الدعاة والمشايخ التعامل مع; المواطنين السعوديين، مواقع التواصل الاجتماعي go on)."""
        _, np = self.subject_np(p, limit, skip_leading=False)
        if np is None or np[0] != p:
            return -1
        toks = self.toks(np[0], np[1])
        for k in range(1, len(toks)):
            if toks[k][2] in ("قد", "لقد"):
                return toks[k - 1][1]           # وكان مواطنون قد طالبوا: the verb after كان's subject
            if toks[k - 1][2].startswith(("ال", "وال")) and toks[k][2].startswith("ال") \
                    and not toks[k][2].endswith(("ين", "ون", "ات", "ي", "يه")):
                return toks[k - 1][1]           # (a plural or a nisba adjective goes on: التقارير الإعلامية)
        return np[1]

    def _quantified(self, sp, limit: int):
        """ويرى كثير من المراقبين، وقال عدد من العقاريين إن: a speaker found as the quantifier alone (its phrase
        stops at من) is the group it counts: the quantifier, من and the group's noun phrase (the guide's
        description). Only for the quantifiers of speakers.json group_quantifiers that end in من."""
        N = self.N
        w = N[sp[0]:sp[1]]
        if sp[2] is not None or not any(q[-1] == "من" and " ".join(q[:-1]) == w for q in self.lex.group_quantifiers):
            return sp
        if not N.startswith(" من ", sp[1]):
            return sp
        x = self._entity_covering(sp[1] + 4)
        if x is not None and x[2].label == "PERSON":
            return (x[0], x[1], x[2]) if w == "كل" else sp     # قال كل من فهد عبده: the first one named speaks
        end = self._group_np_end(sp[1] + 4, limit)
        return (sp[0], end, None) if end > 0 else sp

    def _coordinated(self, sp) -> bool:
        """A person named with another by و (عبدالله قاسم وحامد عبدالرب، توفيق الحداد وعبدالله حسن), or a group's
        phrase with a plural head: the group speaks, and the mention stands for it."""
        N = self.N
        a = sp[0] - 1 if sp[0] > 0 and N[sp[0] - 1] in MARKS else sp[0]      # وأوضح "الغانمي" و"المغربي"
        if a > 0 and N[a - 1] == "و" and (a < 2 or not N[a - 2].isalpha()):
            return True
        head = N[sp[0]:sp[1]].split()[0]
        if head.endswith(("و", "ون", "ين", "اء")) and head not in ("أبو", "ابو") and head not in _given_names():
            return True                         # أصدقاء عبد العزيز، منسوبو ...، مغردو: a group named by a plural head
        b = sp[1] + 1 if N[sp[1]:sp[1] + 1] in MARKS else sp[1]
        nxt = N[b:b + 40].split()[:1]
        return N.startswith(" و", b) and (self._entity_covering(b + 2) is not None
                                           or nxt[0][1:] in _given_names())    # نواف الردن وفاضل الشميلي

    def _kin_of_dead(self, sp, ss: int):
        """والد الشهيد جابر حسين وحيش قال، وعبر والد الشهيد النقيب ياسر ... قائلا: a person named after a word for
        the dead (speakers.json dead_nouns) and a relative (kin_nouns, male_kin_nouns) is not the one speaking:
        the relative is, the phrase through the name (from whichever rule found the name)."""
        lex = self.lex
        a = max(ss, sp[0] - 80)
        words = self.N[a:sp[0]].split()
        if words and words[-1] in lex.person_titles:
            words = words[:-1]                  # والد الشهيد النقيب ياسر
        if len(words) < 2 or words[-1] not in lex.dead_nouns or not (
                words[-2] in lex.kin_nouns or words[-2] in lex.male_kin_nouns):
            return sp
        k = self.N.rfind(words[-2] + " " + words[-1], a, sp[0])
        return (k, sp[1], None) if k >= 0 else sp

    def _office_of(self, np, sp):
        """وقال رئيس نادي سبورت بويز، أكد رئيس الاتحاد الدولي لكرة القدم أنه: an office of a body, its holder not
        named, speaks - not the body; the guide's office phrase, from the office noun through the body's name.
        Only for a phrase opened by an office noun (speakers.json office_nouns) with the body inside it."""
        if sp[2] is None or sp[2].label == "PERSON" or not np[0] < sp[0] < np[1]:
            return sp
        head = self.N[np[0]:sp[0]].split()[0]
        if head not in self.lex.office_nouns and _bare(head) not in self.lex.office_nouns:
            return sp
        end = sp[1]
        if sum(self.N.count(m, np[0], end) for m in MARKS) % 2 and self.N[end:end + 1] in MARKS:
            end += 1                            # رئيس تحرير «عرب نيوز»: the name's closing mark too
        return np[0], end, None

    def _feminine_head(self, c, np, sp):
        """A feminine verb whose subject phrase names a man after its head (وأوضحت والدة الشهيد عبدالرحمن
        القحطاني، وقالت عائلة عبدالعزيز في بيان، وذكرت مصادر في مكتب رئيس الوزراء أحمد داود أوغلو): the head
        speaks, not the man it is about; the speaker is the phrase up to his name's end, or to the first
        preposition or comma before it."""
        if sp[2] is None or sp[2].label != "PERSON" or not np[0] < sp[0] < np[1] or not self._feminine(c) \
                or "in" in c[2].flags:
            return sp                           # (وجاءت ردود ناصر على ...: his words, he speaks)
        if not self.is_man(sp):
            return sp
        toks = self.toks(np[0], sp[0])
        if toks and toks[-1][2] in _given_names():
            return sp                           # (وأكدت مشاعل الحسين: her given name, the tagger took the surname)
        if toks and toks[0][2] in self.lex.office_nouns or toks and toks[0][2] in self.lex.person_titles:
            return sp                           # (وقالت وزيرة القضاء ...: an office names its holder)
        for t in toks[1:]:
            if t[2] in self.lex.prepositions or t[2] in ("،", ",") or t[2][:1] in "بل" and t[2][1:] in self.lex.prepositions:
                return toks[0][0], t[0] if not t[2][0].isalpha() else t[0], None
        return np[0], sp[1], None
