"""Person rules after the merge: full names of the name lists, family names, titles and ranks, kunyas,
nasab links, split names, and how far a tagger person span around a gazetteer person reaches.
"""
from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache
from itertools import accumulate
from pathlib import Path

from typing import Optional

import regex

from ..text import normalize
from .gazetteer import facilities, facility_heads, Gazetteer, WORD
from .not_names import _before_god_formula, _glued_word
from .words import (_district_heads, _facility_words, _glued_forms, _make_entity, _MentionIndex, _name_words, _NEXT_WORD,
                    _nisba_of_place, _one_word_names, _plain_forms, _PREV_WORD, _PREV_WORD_QUOTED, _WORD_SPAN,
                    _words_with_forms_in)


@lru_cache(maxsize=1)
def _glued_names() -> frozenset:
    """Names that begin with a letter that is also a proclitic (فان، فريد، وائل، بسام، كريم): the given
    names of the name lists and facilities.json's ``glued_letter_names``, as written."""
    return _name_words()[3] | frozenset(facilities().get("glued_letter_names", ()))


def _glued_letter_name(text: str, s: int, e: int) -> int:
    """The start of a tagger span that the tagger's segmentation began one letter into a name, taking
    its first letter for a proclitic (فان غال -> ان غال، فلاح -> لاح، وائل -> ائل): that letter goes back
    in when the name's first word with it is a known name. Only ف ب و ك, each glued alone or after و/ف
    (ل is left: لحسن is mostly ل + حسن)."""
    if s < 1 or e <= s or text[s - 1] not in "فبوك" or not text[s:e][:1].isalpha():
        return s
    k = s - 1
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    if s - k > 2 or s - k == 2 and text[k] not in "وف":
        return s
    m = _WORD_SPAN.match(text, s, e)
    return s - 1 if m and text[s - 1] + m.group() in _glued_names() else s


def _linked_names(ents: list, text: str) -> list:
    """A person's mention cannot end in a link word (بن، آل، أبو، عبد): the tagger stopped short of the
    name it links (الأمير عبدالله بن + مساعد، مبارك بن محمد آل + وديان، هاني أبو + سبعة), so the mention
    takes the next word (``_NEXT_WORD``) and any mention on that word goes; before no word (إيلي داغر ابن
    «مراح الحباس») the link word is left out."""
    links, kunya, compounds, _, _ = _name_words()
    out, drop, index = [], set(), None
    for x in ents:
        words = x.text.split()
        last = words[-1] if len(words) > 1 else ""
        if x.label != "PERSON" or last not in ("آل",) and (last[:1] == "آ" or  # آبي (Abe) is no أبي
                                                            normalize(last) not in links | kunya | compounds):
            out.append(x)
            continue
        m = _NEXT_WORD.match(text, x.end)
        if m:
            end = m.end()
            if index is None:
                index = _MentionIndex(ents)
            drop.update(id(y) for _, y in index.overlapping(m.start(1), end) if y is not x)
        else:
            end = x.start + len(x.text) - len(words[-1]) - 1
        out.append(_make_entity(text[x.start:end].rstrip(), x.start, x.start + len(text[x.start:end].rstrip()),
                                "PERSON", x.id, x.name, x.wikidata, x.source))
    return [x for x in out if id(x) not in drop] if drop else out


#: a title, its modifiers, a name and a family name with ال (العقيد + [الركن] + عمر + السلطان)
_RANKED = regex.compile(r"(?<![\p{L}\p{M}])(\p{Arabic}+\.?)((?:\s+\p{Arabic}+\.?)*?)"
                        r"\s+(\p{Arabic}+)\s+(ال\p{Arabic}{2,})(?![\p{L}\p{M}])")


@lru_cache(maxsize=1)
def _rank_words() -> tuple:
    d = facilities()
    return frozenset(d.get("rank_titles", ())), frozenset(d.get("rank_modifiers", ()))


def _ranked_people(ents: list, text: str) -> list:
    """A rank title (facilities.json ``rank_titles``), its modifiers (الركن، طيار) and then a given name of
    the name lists and a family name with ال name a person the tagger may have missed (العقيد مطلق العتيبي،
    اللواء الركن ظافر الشهري); added only where no mention touches the name."""
    ranks, mods = _rank_words()
    if not ranks or not any(r in text for r in ranks):
        return ents
    given = _name_words()[3]
    index = None
    for r in ranks:
        i = text.find(r)
        while i >= 0:
            m = _RANKED.match(text, i)
            i = text.find(r, i + 1)
            if not m or m.group(1) != r or any(w not in mods for w in m.group(2).split()):
                continue
            if m.group(3) not in given or _nisba_of_place(normalize(m.group(4))):
                continue
            s, e = m.start(3), m.end(4)
            if index is None:
                index = _MentionIndex(ents)
            if index.overlapping(s, e):
                continue
            index.add(_make_entity(text[s:e], s, e, "PERSON", None, None, None, "rule"))
    return ents if index is None else index.entities()


def _after_place_head(text: str, s: int) -> bool:
    """Whether the word before ``s`` is a facility or district head (حي أبو موسى الأشعري، قرية أم ولد)."""
    m = _PREV_WORD.search(text, max(0, s - 30), s)
    w = normalize(m.group(1)) if m else ""
    return w in facility_heads()[0] or w in _district_heads()


@lru_cache(maxsize=1)
def _kunya_words() -> tuple:
    """facilities.json's kunya_heads, kunya_heads_need_given (normalized) and kunya_phrases_not_names
    (tuples of normalized words)."""
    d = facilities()
    return (frozenset(map(normalize, d.get("kunya_heads", ()))), frozenset(map(normalize, d.get("kunya_heads_need_given", ()))),
            frozenset(tuple(normalize(p).split()) for p in d.get("kunya_phrases_not_names", ())))


#: the end of a sentence after a mention (a question mark: أم is 'or' there) and a question or سواء
#: before it in the same sentence (هل ... أم، سواء ... أم)
_SENTENCE_END = regex.compile(r"[.!؟?\n]")
_OR_BEFORE = regex.compile(r"(?r)(?<![\p{L}\p{M}])(?:[وف]?هل|سواء|سوا)(?![\p{L}\p{M}])[^.!؟?\n]*$")


def _in_question(text: str, s: int, e: int) -> bool:
    """Whether ``s:e`` sits in a question or a سواء clause, where أم before it is 'or' (من الأفضل: عمر خربين
    أم محمد الشلهوب؟), not a mother's kunya. Reads at most 120 characters either way."""
    m = _SENTENCE_END.search(text, e, e + 120)
    return bool(m and m.group() in "؟?") or bool(_OR_BEFORE.search(text, max(0, s - 120), s))


def _kunya_heads(ents: list, text: str) -> list:
    """A tagger person span without an id that starts right after ابن، أبو، أبي، أبا، أم (glued و ف ب ل
    allowed) starts at that word: the CRF began it one word late (ابن [عباس]، لأبي [العلاء المعري]، أم
    [كلثوم]), and the name is the whole kunya or nasab. أم is also 'or' (بوش أم ووكر): it counts only
    before a given name and after no mention. After a place head (قرية ابن نومة، حديقة ابن عياف) the name
    is the place's, LOC. ابن آدم (a human being) is left as it is."""
    heads, need_given, phrases = _kunya_words()
    given = _name_words()[3]
    ends = None
    out = []
    for x in ents:
        m = _PREV_WORD.search(text, max(0, x.start - 8), x.start) if x.label == "PERSON" and x.id is None \
            and x.source == "tagger" and text[x.start - 1:x.start] == " " else None
        w = normalize(m.group(1)) if m else ""
        a = m.start(1) if m else 0
        if m and w not in heads and w[:1] in "وفبل" and w[1:] in heads:
            w, a = w[1:], a + 1
        if not m or w not in heads or (w, normalize(x.text.split()[0])) in phrases:
            out.append(x)
            continue
        if w in need_given:
            if ends is None:
                ends = frozenset(y.end for y in ents)
            if x.text.split()[0] not in given or any(e in ends for e in range(max(0, m.start(1) - 3), m.start(1))) \
                    or _in_question(text, x.start, x.end):
                out.append(x)
                continue
        label = "LOC" if a == m.start(1) and _after_place_head(text, a) else "PERSON"
        out.append(_make_entity(text[a:x.end], a, x.end, label, None, None, None, x.source))
    return out


def _kunya_people(ents: list, text: str) -> list:
    """A tagger place or body that is أم/أبو and a given name alone is a person called by a kunya (أكدت أم
    أحمد، أوضحت أم فهد -زوجة أحد المرابطين-), unless a place head stands before it (حي أبو موسى الأشعري); a
    place such as أبو عريش، أم القرى has no given name after it."""
    given = _name_words()[3]
    out = []
    for x in ents:
        w = x.text.split()
        if x.source == "tagger" and x.id is None and x.label in ("LOC", "ORG") and len(w) == 2 \
                and normalize(w[0]) in ("ام", "ابو") and w[1] in given and not _after_place_head(text, x.start):
            x = _make_entity(x.text, x.start, x.end, "PERSON", None, None, None, "tagger")
        out.append(x)
    return out


#: a trailing number of a tagger person span: a phone number or a figure (عبدالله 0505190011، بوب 5.1)
_TRAILING_NUMBER = regex.compile(r"(?:\s+[\d٠-٩][\d٠-٩.,/-]*)+$")


def _numbered_people(ents: list) -> list:
    """No person's name begins with a digit (the tagger's [60 شاهدا]، [32 جيجابايت]، [1747 و1803 و1835]) or
    ends in a number: an obituary's or a notice's contact list (عبدالله 0505190011، محمد 05558116260) gives
    the name, then the phone number, which the span leaves out."""
    out = []
    for x in ents:
        if x.label == "PERSON" and x.source == "tagger" and x.id is None and any(c.isdigit() for c in x.text):
            if x.text[0].isdigit():
                continue
            m = _TRAILING_NUMBER.search(x.text)
            if m:
                x = _make_entity(x.text[:m.start()], x.start, x.start + m.start(), "PERSON", None, None, None, "tagger")
        out.append(x)
    return out


def _surname_places_as_people(ents: list, text: str) -> list:
    """A one-word tagger place, body or MISC that is the family name of a person named in full elsewhere
    in the article (عبدالله البرقان ... وكان البرقان قد أشار; the MISC the tagger makes of a quoted one:
    وأكد "الحارثي") is that person, read alone; the full name must begin with a given name of the name
    lists (not a tagger's السلفر نيتريت, ميلون كوربورشن) or be a gazetteer person's (سامنثا باور ...
    وأضافت باور: a foreign given name the lists lack)."""
    given = _name_words()[3]
    last = {normalize(w[-1]) for w, x in ((x.text.split(), x) for x in ents if x.label == "PERSON")
            if len(w) > 1 and (x.id is not None or w[0] in given or _after_title(text, x.start))}
    if not last:
        return ents
    out = []
    for x in ents:
        if x.source == "tagger" and x.id is None and x.label in ("LOC", "ORG", "MISC") and " " not in x.text \
                and normalize(x.text) in last:
            x = _make_entity(x.text, x.start, x.end, "PERSON", None, None, None, "tagger")
        out.append(x)
    return out


def _after_title(text: str, start: int) -> bool:
    """Whether a person title of names/person_titles.txt stands right before ``start`` (الممثلة نتالي
    بورتمن، للمخرج ...): a foreign full name the given-name lists lack is still a person's then."""
    m = _PREV_WORD.search(text, max(0, start - 30), start)
    titles = _name_words()[4]
    return m is not None and any((f,) in titles for f in _plain_forms(normalize(m.group(1))))


#: a name word's loose spelling: no long vowels, hamza or final ه, one letter for g and v
#: (فرنسوا = فرانسوا، أنغيلا = أنجيلا)
_LOOSE = str.maketrans({"ا": None, "و": None, "ي": None, "ه": None, "ء": None,
                        "ج": "ك", "غ": "ك", "ق": "ك", "گ": "ك", "ڤ": "ف"})


def _loose(w: str) -> str:
    return w.translate(_LOOSE) or w


@lru_cache(maxsize=4)
def _person_words(g: Gazetteer) -> dict:
    """id(entry) -> (the words of a gazetteer person's aliases, the loose spellings of those of 3+
    letters, the first words of its aliases of several words)."""
    out: dict = {}
    for key, cands in g.keys.items():
        for c in cands:
            ent = g.entries[c.entry]
            if ent.label == "PERSON":
                words, loose, first = out.setdefault(id(ent), (set(), set(), set()))
                words.update(key)
                loose.update(_loose(w) for w in key if len(w) >= 3)
                if len(key) > 1:
                    first.add(key[0])
    return out


def _person_extent(g: Gazetteer, text: str, ts: int, te: int, s: int, e: int, ent) -> tuple[int, int, bool]:
    """(start, end, same person) of a tagger person span ``ts:te`` around a gazetteer person's name
    ``s:e`` (facilities.json, ``_doc_person_extent``): محمد بن نايف + بن عبدالعزيز، جوزيف + بلاتر، محمد +
    نواز شريف widen it; أمام + أوباما، نيمار + يكسر do not; ميشيل + أوباما، بندر بن + خالد الفيصل are
    someone else."""
    words, loose, first = _person_words(g).get(id(ent), ((), (), ()))
    links, kunya, compounds, given, titles = _name_words()

    def own(w):  # loosely when 4 letters or more (موشي = موشيه، بيار = بيير، حسين = حسن; not ولي = آل)
        return w in words or len(w) >= 4 and _loose(w) in loose

    end = e
    right = [(m.end(), normalize(m.group())) for m in _WORD_SPAN.finditer(text, e, te)]
    k = 0
    while k < len(right):
        b, w = right[k]
        if (w in links or w in compounds) and k + 1 < len(right):
            k += 1
            end = right[k][0]
            if right[k][1] in compounds:  # بن + عبد + العزيز
                continue
            k += 1
        elif own(w):
            end, k = b, k + 1
        else:
            break
    start = s
    head = _WORD_SPAN.match(text, s, e)
    head_word = normalize(head.group()) if head else ""
    # the name begins with a given name (نواز شريف): a given name before it is one more (محمد)
    full = head_word in first and (head_word,) not in titles
    left = list(_WORD_SPAN.finditer(text, ts, s))
    norms = [normalize(m.group()) for m in left]
    # a title in the tagger's span (آية الله + الخميني) stays out, with what comes before it
    cut = next((i + n for i in range(len(norms)) for n in (3, 2, 1)
                if i + n <= len(norms) and tuple(norms[i:i + n]) in titles), 0)
    left, norms = left[cut:], norms[cut:]
    for k in range(len(left) - 1, -1, -1):
        m, w = left[k], norms[k]
        if w in links or w in kunya:
            if start != s:  # inside the name: أبي + بكر البغدادي
                start = m.start()
                continue
        elif own(w) or full and m.group() in given:
            start = m.start()
            continue
        elif m.group() not in given or (head_word,) in titles:
            break
        # a link right before the name or a given name before a surname: someone else (بندر بن +
        # خالد الفيصل، ميشيل + أوباما), unless the person's first name comes before (عادل بن أحمد الجبير)
        j = next((j for j in range(k - 1, -1, -1) if norms[j] in first), None)
        if j is None:
            return ts, end, False
        start = left[j].start()
        break
    return start, end, True


@lru_cache(maxsize=1)
def _person_titles() -> frozenset:
    return frozenset(map(normalize, facilities().get("person_titles_in_names", ())))


def _join_split_people(ents: list, text: str) -> list:
    """Two tagger person mentions one space apart that are one name the tagger split (محمد + مكية، عزام +
    الدخيل، إبراهيم رشيد + أبو ذعيان، محمد علي + آل فرج) become one: neither has an id, the first begins
    with a given name (not البغدادي، الأكرم), and either the second begins with a link word (آل، أبو، بن) or
    the first is a given name alone and the second begins with a given name (a father's name: أحمد عيد) or
    an ال word (a family name); no conjunction (وقصي الخيبري، عبدالرحمن والمهندس)."""
    links, kunya, compounds, given, _ = _name_words()
    people = sorted((x for x in ents if x.label == "PERSON" and x.id is None), key=lambda x: x.start)
    joined, drop = {}, set()
    prev = None
    for x in people:
        a = joined.get(id(prev), prev)
        if a is not None and prev.end + 1 == x.start and text[prev.end] == " " and id(prev) not in drop:
            aw, bw = a.text.split(), x.text.split()
            b0 = normalize(bw[0])
            link = b0 in links or b0 in kunya  # آل فرج، أبو ذعيان، بن علي
            family = link or b0.startswith("ال")
            conj = bw[0][:1] == "و" and bw[0][1:] in given or any(w.startswith("وال") for w in aw[1:])
            # without a link word, only a given name alone takes the rest (عزام + الدخيل، جنيد + أحمد خان;
            # not سيباستيان ستريكر + الشريك، أحمد المرزوقي + خالد، فان غال + راموس)
            single = len([w for w in aw if normalize(w) not in compounds]) == 1
            if not aw[0].startswith("ال") and not conj and (link or single and (bw[0] in given or family)):
                m = _make_entity(text[a.start:x.end], a.start, x.end, "PERSON", None, None, None, a.source)
                joined[id(x)] = m
                drop.add(id(a))
                drop.add(id(prev))
                prev = x
                continue
        prev = x
    if not joined:
        return ents
    keep = [x for x in ents if id(x) not in drop and id(x) not in joined]
    # a chain (محمد + صالح + مكية) ends in the last joined piece: keep only the widest of each chain
    finals = {}
    for k, m in joined.items():
        if m.start not in finals or m.end > finals[m.start].end:
            finals[m.start] = m
    return keep + list(finals.values())


@lru_cache(maxsize=1)
def _given_name_lists() -> tuple:
    """(the unambiguous given names, the ambiguous ones that a family name may follow: علي، تركي، كامل
    (facilities.json ``given_before_family_names``), both), normalized, less
    facilities.json ``given_not_before_names`` (خطاب 'speech'), and the particles as written (على)."""
    stop = _facility_words("given_not_before_names")
    sure = _one_word_names("first_names_arabic.txt", "first_names_foreign.txt") - stop
    maybe = _facility_words("given_before_family_names") - stop - sure
    return sure, maybe, sure | maybe, frozenset(facilities().get("particles_as_written", ()))


#: the last letters of a nisba as written (ي، ية/يه، يون، يين، يات)
_NISBA_ENDS = frozenset("يىةهنت")


def _nisbas_read_as_people(ents: list, text: str) -> list:
    """A one-word person without an id that is the nisba of a place (الألباني، المكسيكية، الأورغوياني:
    ``_nisba_of_place``) right after a definite noun (glued و/ب/ل, لل) is the adjective that qualifies
    it, no name: السفير الألباني، المطبخ الألباني، السلطات المكسيكية، الرئيس الكولومبي، للمعسكر التركي. After a
    rank title or an honorific (facilities.json ``rank_titles``, ``nisba_name_titles``: اللواء التركي،
    الدكتور الصيني، الإمام الألباني), after a word of no article (بيرم التونسي) or right after another
    person's mention (فهد بن عبد العزيز + الهندي) it stays the family name. One look back per candidate."""
    cands = [x for x in ents if x.label == "PERSON" and x.text[-1:] in _NISBA_ENDS and not x.id and " " not in x.text]
    if not cands:
        return ents
    keep_after = _facility_words("rank_titles") | _facility_words("nisba_name_titles")
    given = _surnames()[1] | _surnames()[2]
    drop, ends = set(), None
    for x in cands:
        key = normalize(x.text)
        if not _nisba_of_place(key) or key in given:  # تركي is a given name too (الشاعر السعودي تركي المشيقح)
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        if not m or m.end() - m.end(1) != 1:
            continue
        w = normalize(m.group(1))
        forms = _plain_forms(w) + (("ال" + w[2:],) if w.startswith("لل") else ())
        if not any(f.startswith("ال") and len(f) > 3 for f in forms) or not keep_after.isdisjoint(forms):
            continue
        if ends is None:
            ends = {y.end for y in ents if y.label == "PERSON"}
        if m.end(1) in ends:
            continue
        drop.add(id(x))
    return [x for x in ents if id(x) not in drop] if drop else ents


def _adjectives_read_as_names(ents: list, text: str) -> list:
    """A one-word person mention without an id that is a given name also an adjective (facilities.json
    ``adjective_names``) right after an indefinite noun of ``nouns_before_adjectives`` (glued ب و ف ل ك
    allowed) is the adjective that qualifies it, no name: بشكل [سليم]، موقف [نبيل]، تنافس [عادل]، يوم
    [سعيد]. Another name there is the noun's owner (موقف [شيرمان]، قلب [عمر]) and stays."""
    nouns, adjectives = _facility_words("nouns_before_adjectives"), _facility_words("adjective_names")
    drop = set()
    for x in ents:
        if x.label != "PERSON" or x.id or " " in x.text or normalize(x.text) not in adjectives:
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        w = normalize(m.group(1)) if m else ""
        if w in nouns or w[:1] in "بوفلك" and w[1:] in nouns or w[:2] in ("وب", "فب") and w[2:] in nouns:
            drop.add(id(x))
    return [x for x in ents if id(x) not in drop] if drop else ents


def _given_names_cut_off(ents: list, text: str) -> list:
    """A person without an id right after a given name no mention holds (ليلى [سليمان]، تركي [السديري]، علي
    [غريب]): the tagger cut the given name off, and the mention takes it. A given name that is also a
    word (علي/على، تركي 'Turkish', كامل 'whole') only before a family name alone (an ال word); a glued و
    (وأميرة [محمد]) stays out; any given name of first_names_ambiguous.txt before بن + a given name
    (``_before_nasab``: يزيد [بن محمد]). One look at the word before each mention; the ends of the mentions
    in a set."""
    sure, maybe, both, particles = _given_name_lists()
    ends = None
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id or x.start < 2:
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        if not m or m.end() - m.end(1) != 1:
            continue
        raw = m.group(1)
        s = m.start(1)
        if raw[:1] == "و" and len(raw) > 3 and normalize(raw[1:]) in both:
            raw, s = raw[1:], s + 1
        w = normalize(raw)
        if raw in particles or not (w in sure or w in maybe and " " not in x.text and x.text.startswith("ال")
                                    or _before_nasab(w, x.text, sure)):
            continue
        if ends is None:
            ends = {y.end for y in ents} | {y.start for y in ents}
        if m.end(1) in ends or s in ends:
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[s:x.end], s, x.end, "PERSON", None, None, None, x.source)
    return out


def _before_nasab(w: str, name: str, sure: frozenset) -> bool:
    """Whether a given name of first_names_ambiguous.txt (يزيد 'increases', مساعد 'assistant') is the given
    name of a person mention that opens with a nasab link and a given name of the lists (الموقوفين (يزيد [بن
    محمد أبو نيان]، مساعد [بن هليل ...]): X بن + a given name is a name whatever X means elsewhere; بن +
    a family name alone (حكم [بن علي]، عائلة [بن لادن]) gives no such sign, and a word with ال is no given
    name there («الآن [بن نايل]»: آلان normalizes as 'now')."""
    first, sep, rest = name.partition(" ")
    if not sep or normalize(first) not in ("بن", "بنت") or w.startswith("ال") \
            or w not in _one_word_names("first_names_ambiguous.txt"):
        return False
    return normalize(rest.split(" ", 1)[0]) in sure


_DIN = normalize("الدين")


def _din_names(ents: list, text: str) -> list:
    """A person الدين alone (no id) right after the first half of a compound name (facilities.json
    ``din_name_heads``: عز، نور، صلاح) is that name, split by the tagger where a proclitic is glued to it
    (وعز [الدين]، بعز [الدين]): the mention takes the first half, less the proclitic. Elsewhere الدين alone is
    religion (رجال الدين، يعتنق الدين الإسلامي): it goes. One look at the word before each such mention."""
    heads = _facility_words("din_name_heads")
    out, drop = ents, []
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id or normalize(x.text) != _DIN:
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        s = None
        if m and m.end() - m.end(1) == 1:
            raw = m.group(1)
            for p in ("", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"):
                if raw.startswith(p) and normalize(raw[len(p):]) in heads:
                    s = m.start(1) + len(p)
                    break
        if out is ents:
            out = list(ents)
        if s is None:
            drop.append(k)
        else:
            out[k] = _make_entity(text[s:x.end], s, x.end, "PERSON", None, None, None, x.source)
    if drop:
        gone = set(drop)
        out = [x for k, x in enumerate(out) if k not in gone]
    return out


def _titled_people(ents: list, text: str) -> list:
    """A person's mention that begins with a title (الملك سلمان, an alias the gazetteer needs to tell the
    king from other Salmans; السلطان قابوس) loses the title, as the annotated news spans names (الأمير فيصل
    بن خالد -> فيصل بن خالد), and takes the nasab that follows (بن عبدالعزيز، بن عبد العزيز آل سعود);
    mentions inside the widened name go."""
    titles = _person_titles()
    links, _, compounds, _, _ = _name_words()
    out, widened = ents, []
    for k, x in enumerate(ents):
        if x.label != "PERSON" or " " not in x.text:
            continue
        first, rest = x.text.split(" ", 1)
        if normalize(first) not in titles:
            continue
        s = x.end - len(rest.lstrip())
        e = _nasab_end(text, x.end, links, compounds)
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[s:e], s, e, x.label, x.id, x.name, x.wikidata, x.source)
        if e > x.end:
            widened.append((x.end, e))
    return _without_widened(out, widened)


def _nasab_end(text: str, e: int, links: frozenset, compounds: frozenset) -> int:
    """Where the nasab and family links that follow a name ending at ``e`` end: بن + name (عبد + name),
    آل + name, as many as follow (بن عبد العزيز آل سعود); ``e`` if none does."""
    while True:
        m = _NEXT_WORD.match(text, e, min(len(text), e + 40))
        if m is None or normalize(m.group(1)) not in links:
            return e
        n = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + 40))
        if n is None:
            return e
        if normalize(n.group(1)) in compounds:
            n = _NEXT_WORD.match(text, n.end(), min(len(text), n.end() + 40))
            if n is None:
                return e
        e = n.end(1)


def _without_widened(out: list, widened: list) -> list:
    """``out`` without the mentions inside the widened parts (start, end) of others (a bisection: a long
    text has many)."""
    if not widened:
        return out
    widened.sort()
    starts = [a for a, _ in widened]
    reach = list(accumulate((b for _, b in widened), max))  # the furthest end of the parts so far
    return [x for x in out if (i := bisect_right(starts, x.start) - 1) < 0 or reach[i] < x.end]


def _family_names_after(ents: list, text: str) -> list:
    """A person's mention right before آل + a name (صالح بن عبدالعزيز + آل الشيخ، إبراهيم + آل مسفر، حسين +
    آل حزام) takes the family name, and the links after it, as _titled_people does for titled names: آل
    'the family of' is part of the Gulf's full names, and the tagger stops before it. Not آل + إلى (the
    verb 'led to')."""
    links, _, compounds, _, _ = _name_words()
    out, widened = ents, []
    for k, x in enumerate(ents):
        if x.label != "PERSON":
            continue
        m = _NEXT_WORD.match(text, x.end, min(len(text), x.end + 40))
        if m is None or m.group(1) != "آل":
            continue
        n = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + 40))
        if n is None or normalize(n.group(1)) in _verb_al_objects():
            continue
        e = _nasab_end(text, x.end, links, compounds)
        if e == x.end:
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[x.start:e], x.start, e, x.label, x.id, x.name, x.wikidata, x.source)
        widened.append((x.end, e))
    return _without_widened(out, widened)


@lru_cache(maxsize=1)
def _verb_al_objects() -> frozenset:
    """facilities.json ``verb_al_objects``, normalized: the words after آل the verb ('led to': آل إلى)."""
    return _facility_words("verb_al_objects")


_PEOPLE = None


def _people_names() -> dict:
    """The full names (two words or more) of arnews/data/names/people.txt, normalized, as word tuples by
    first and second word ({first: {second: [names, longest first]}}); a title before the name (الملك فهد، الأمير هاري: person_titles.txt) is
    left out, as the annotation leaves it out of the name."""
    global _PEOPLE
    if _PEOPLE is None:
        folder = Path(__file__).resolve().parent.parent / "data" / "names"
        try:
            lines = (folder / "people.txt").read_text(encoding="utf-8").splitlines()
            titles = {normalize(x.split("#", 1)[0].strip())
                      for x in (folder / "person_titles.txt").read_text(encoding="utf-8").splitlines()}
        except OSError:
            lines, titles = [], set()
        out: dict = {}
        for line in lines:
            ws = tuple(WORD.findall(normalize(line.split("#", 1)[0])))
            while ws and ws[0] in titles:
                ws = ws[1:]
            if len(ws) > 1:
                out.setdefault(ws[0], {}).setdefault(ws[1], set()).add(ws)
        _PEOPLE = {w: {w2: sorted(v, key=len, reverse=True) for w2, v in d.items()} for w, d in out.items()}
    return _PEOPLE


@lru_cache(maxsize=1)
def _people_firsts() -> frozenset:
    """The first words of ``_people_names`` with the proclitics that may be glued to them."""
    return _glued_forms(_people_names())


def _listed_people(ents: list, text: str, ctx, toks) -> list:
    """A full name of ``people.txt`` (two words or more: دوري غولد، يوليا تيموشينكو) is a PERSON when the
    tagger and the gazetteer missed it or found only part of it as a person: added where no mention
    touches it, and a person mention inside it widened to the whole name. Such names are rarely anything
    else, while the CRF, which sees the lists only as word features, can miss them."""
    people = _people_names()
    words, gaps, acc, view = toks.words, toks.gaps, toks.acc, ctx.view
    n = len(words)
    index = None
    firsts = _words_with_forms_in(words, people, _people_firsts())
    if not firsts:
        return ents
    for k, w in enumerate(words):
        if w not in firsts or k + 1 >= n:
            continue
        for f in _plain_forms(w):
            cands = people.get(f)
            if not cands or f != w and _glued_word(w):  # بفضل الله is God's grace, no فضل الله
                continue
            cands = cands.get(words[k + 1], ())  # the names whose second word comes next
            for name in cands:
                m = len(name)
                if k + m > n or any(words[k + t] != name[t] or gaps[k + t] != " " for t in range(1, m)):
                    continue
                ns = acc[2 * k + 1] - len(f)
                s, e = view.start(ns), view.end(acc[2 * (k + m) - 1])
                if ctx.is_blocked(s, e) or _before_god_formula(text, s, e) != e:
                    break  # فضل الله تعالى is God's grace
                if index is None:
                    index = _MentionIndex(ents)
                over = index.overlapping(s, e)
                if all(x.label == "PERSON" and not x.id and x.start >= s and x.end <= e for _, x in over):
                    for serial, _ in over:
                        index.remove(serial)
                    index.add(_make_entity(text[s:e], s, e, "PERSON", None, None, None,
                                           over[0][1].source if over else "names"))
                break
            else:
                continue
            break
    return ents if index is None else index.entities()


_SURNAMES = None


def _surnames() -> tuple:
    """(family names of names/surnames.txt, given names of names/first_names_arabic.txt and
    first_names_foreign.txt, ambiguous given names of first_names_ambiguous.txt, one-word titles of
    person_titles.txt), normalized; the ambiguous family names are left out."""
    global _SURNAMES
    if _SURNAMES is None:
        _SURNAMES = tuple(_one_word_names(*files) for files in (
            ("surnames.txt",), ("first_names_arabic.txt", "first_names_foreign.txt"), ("first_names_ambiguous.txt",),
            ("person_titles.txt",)))
    return _SURNAMES


@lru_cache(maxsize=1)
def _ambiguous_surnames() -> frozenset:
    """The family names of names/surnames_ambiguous.txt (also ordinary words: المولد، المنيع), normalized."""
    return _one_word_names("surnames_ambiguous.txt")


def _given_names_only(x) -> bool:
    """Whether a mention is a person without an id named by given names of the name lists alone (أسامة،
    عبد الله، صالح محمد): a family name after it is still to come."""
    if x.label != "PERSON" or x.id:
        return False
    given = _surnames()[1]
    words = WORD.findall(normalize(x.text))
    return bool(words) and (all(w in given for w in words) or "".join(words) in given)


def _family_given(word: str, raw: str) -> Optional[str]:
    """The given name a word is, less a glued و/ف, when it is one of facilities.json
    ``given_before_family_names`` (علي، تركي، مساعد، منصور: also words, so only before a family name of
    surnames.txt: استقالة تركي السديري، المدير التنفيذي مساعد العتيبي), else None; ``raw`` is the word as
    written: spelt with ى it is the particle على (normalized علي: على السديري 'on Al-Sudairi')."""
    if "ى" in raw:
        return None
    maybe = _given_name_lists()[1]
    return next((f for f in _plain_forms(word) if f in maybe), None)


def _surnamed_people(ents: list, text: str, ctx, toks, lex=None) -> list:
    """A family name of surnames.txt right after a person mention, or right after a given name that no
    mention covers, belongs to the person (سعد + الغامدي، خالد عبدالله + القحطاني): the tagger often
    stops before a family name it has not seen, or misses a given name + family name pair. A family name
    of surnames_ambiguous.txt (also a word: المولد، المنيع) joins only a person mention of given names
    alone right before it (المدافع أسامة + المولد), or, when it has the article ال, a given name of the
    name lists right before it that no mention holds (اللاعبون يحيى الشهري، وعايض الشهري). An ambiguous
    given name (علي، رائد; not باسم "on behalf of", أن) counts when the tagger's training text ``lex``
    has it mostly inside person names; so does one of facilities.json ``given_before_family_names`` (تركي،
    مساعد) before a family name of surnames.txt (``_family_given``). Given names before the given name come
    too (محمد + علي جعفري).
    A family name right after a title of person_titles.txt is a person alone (الدكتور المراغي)."""
    surnames, given, ambiguous, titles = _surnames()

    def given_at(j):  # the given name that word j is, less a glued conjunction/preposition, or None
        for f in _plain_forms(words[j]):
            if f in given or (lex and f in ambiguous and lex.get(f, "").startswith("PERS")):
                return f
        return None

    words, gaps, acc, view = toks.words, toks.gaps, toks.acc, ctx.view
    common = _ambiguous_surnames()
    hits = [k for k in range(1, len(words)) if (words[k] in surnames or words[k] in common) and gaps[k] == " "]
    if not hits:
        return ents
    index = _MentionIndex(ents)
    for k in hits:
        s, e = view.start(acc[2 * k + 1] - len(words[k])), view.end(acc[2 * k + 1])
        if index.overlapping(s, e) or ctx.is_blocked(s, e):
            continue
        ps = view.end(acc[2 * k - 1])  # the end of the word before
        before = index.ending_at(ps)
        if words[k] not in surnames:  # a family name that is also a word (المولد، المنيع): after given names only
            if before and _given_names_only(index.by[before[0]]):
                x = index.by[before[0]]
                index.replace(before[0], _make_entity(text[x.start:e], x.start, e, "PERSON", None, None, None, x.source))
                continue
            # or, with ال, right after a given name of the lists that no mention holds (يحيى الشهري، نادية الجندي)
            f = None if before or not words[k].startswith("ال") else \
                next((f for f in _plain_forms(words[k - 1]) if f in given), None)
            if f is None:
                continue
        elif before:
            x = index.by[before[0]]
            if x.label == "PERSON" and not x.id:
                index.replace(before[0], _make_entity(text[x.start:e], x.start, e, "PERSON", None, None, None, x.source))
            continue
        else:
            f = given_at(k - 1) or _family_given(words[k - 1], text[view.start(acc[2 * k - 1] - len(words[k - 1])):ps])
        if f is None:
            if any(t in titles for t in _plain_forms(words[k - 1])):  # الرئيس أردوغان، المدرب شميت
                index.add(_make_entity(text[s:e], s, e, "PERSON", None, None, None, "names"))
            continue
        j = k - 1
        while j > 0 and k - j < 3 and gaps[j] == " " and f == words[j] and words[j - 1] in given:
            j -= 1  # an unambiguous given name before it, with no glued proclitic between
            f = given_at(j)
        fs = view.start(acc[2 * j + 1] - len(f))
        if ctx.is_blocked(fs, e):
            continue
        inner = index.overlapping(fs, e)
        if inner and all(y.label == "PERSON" and not y.id and fs <= y.start and y.end < e for _, y in inner):
            for sr, _ in inner:  # the tagger's given name alone (محمد + علي جعفري): the whole name replaces it
                index.remove(sr)
            inner = ()
        if not inner:
            index.add(_make_entity(text[fs:e], fs, e, "PERSON", None, None, None, "names"))
    return index.entities()


def _family_names_again(ents: list, text: str, ctx, toks) -> list:
    """The family name of a person named in full in the document (a surnames.txt word ending a person
    mention: علي الأحمدي) is the same person where it stands alone later (بيد أن الأحمدي أشار), unless a
    mention ends right before it (كولومبيا + بوش: part of another name)."""
    surnames = _surnames()[0]
    view = ctx.view
    fams = set()
    for x in ents:
        if x.label == "PERSON":
            ws = WORD.findall(normalize(x.text))
            if len(ws) > 1 and ws[-1] in surnames:
                fams.add(ws[-1])
    if not fams:
        return ents
    words, acc = toks.words, toks.acc
    index = _MentionIndex(ents)
    hits = _words_with_forms_in(words, fams)
    for k, w in enumerate(words):
        if w not in hits:
            continue
        for f in _plain_forms(w):
            if f in fams:
                s, e = view.start(acc[2 * k + 1] - len(f)), view.end(acc[2 * k + 1])
                ps = view.end(acc[2 * k - 1]) if k else -1  # the end of the word before
                if not index.overlapping(s, e) and not index.ending_at(ps) and not ctx.is_blocked(s, e):
                    index.add(_make_entity(text[s:e], s, e, "PERSON", None, None, None, "names"))
                break
    return index.entities()


@lru_cache(maxsize=1)
def _generation_epithets() -> frozenset:
    """facilities.json ``generation_epithets`` (الأب، الابن), normalized: they tell a father from his son."""
    return frozenset(map(normalize, facilities().get("generation_epithets", ())))


@lru_cache(maxsize=1)
def _father_epithet() -> tuple:
    """facilities.json ``father_epithet`` and ``father_epithet_not_before``, normalized."""
    d = facilities()
    return normalize(d.get("father_epithet", "")), frozenset(map(normalize, d.get("father_epithet_not_before", ())))


def _fathers_of_known_people(ents: list, text: str) -> list:
    """A known person's mention right before the father epithet (باراك أوباما + الأب, facilities.json
    ``father_epithet``) names his father, whom the gazetteer does not know: the mention takes the word
    and drops the son's id. Not before a word that makes it a figure of speech (الأب الروحي)."""
    father, not_before = _father_epithet()
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON" or not x.id:
            continue
        m = _NEXT_WORD.match(text, x.end)
        if not m or normalize(m.group(1)) != father:
            continue
        n = _NEXT_WORD.match(text, m.end())
        if n and normalize(n.group(1)) in not_before:
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[x.start:m.end()], x.start, m.end(), "PERSON", None, None, None, x.source)
    return out


def _surnames_read_as_places(ents: list, text: str) -> list:
    """A one-word place or body mention that is the family name of a person the article names in full is
    that person (جين ساكي ... كما توقعت [ساكي]، ميك فانينج ... والدة [فانينج]، لورينت ريجيكامف ... «[ريجيكامف]»):
    the tagger read a foreign name alone as a place. The full name must begin with a given name of the name lists
    (the ambiguous ones too: جين، نيل) or be a gazetteer person; a place id (Lyon) yields only to a gazetteer person (برناردينو ليون ... وصول
    [ليون]). Right after its own given name (نيل [آرمسترونج]) the mention takes it back; after a body or
    place word (دار «بوشرون»، معبد، حي) it stays. One pass to collect the names, one look-up a mention."""
    links, epithets = _name_words()[0], _generation_epithets()
    given = _one_word_names("first_names_arabic.txt", "first_names_foreign.txt", "first_names_ambiguous.txt")
    full: dict = {}  # normalized family name -> (the words before it as written, whether a gazetteer person)
    for x in ents:
        if x.label == "PERSON" and " " in x.text.strip():
            words = x.text.split()
            if normalize(words[-1]) in epithets:
                words.pop()
            if len(words) > 1 and normalize(words[-2]) not in links and (x.id or normalize(words[0]) in given):
                key = normalize(words[-1])
                if key.startswith("ال"):
                    continue  # an Arabic family name is no foreign name read as a place (شاي البابونج: tea)
                old = full.get(key)
                full[key] = (" ".join(words[:-1]), bool(x.id) or bool(old and old[1]))
    if not full:
        return ents
    heads = facility_heads()[0]
    bodies = _facility_words("bodies_before_name") | _district_heads()
    starts = None
    out = ents
    for k, x in enumerate(ents):
        if x.label not in ("LOC", "ORG") or " " in x.text or (x.id and x.label != "LOC"):
            continue
        name = full.get(normalize(x.text))
        if name is None or x.id and not name[1]:
            continue
        m = _PREV_WORD_QUOTED.search(text, max(0, x.start - 30), x.start)
        if m and (normalize(m.group(1)) in heads or normalize(m.group(1)) in bodies):
            continue
        start = x.start
        first = x.start - len(name[0]) - 1
        if first >= 0 and text[first:x.start] == name[0] + " ":
            if starts is None:
                starts = frozenset(y.start for y in ents)
            if not any(i in starts for i in range(first, x.start)):
                start = first
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[start:x.end], start, x.end, "PERSON", None, None, None, x.source)
    return out


def _short_names_of_known_people(ents: list, text: str) -> list:
    """A one-word person mention without an id that is the last word of a gazetteer person named in full
    in the article (جيمي كارتر ... أكد كارتر، علي عبدالله صالح ... قوات صالح) is that person, with the id:
    one name, one person in one article; before the full name too, as a headline names him by his family
    name and the body in full (ظريف أمام البرلمان ... محمد جواد ظريف). Not when another person of the
    article named in full ends in the same word (كارتر of two full names, one without an id), nor for a
    name after a link word (محمد بن سلمان: سلمان alone is his father). A generation epithet ending the
    name (جورج بوش الأب) is passed over: the family name before it is the key, so the father and the son
    named in one article leave the bare name to neither."""
    links, epithets = _name_words()[0], _generation_epithets()
    full: dict = {}  # normalized last word -> the mention named in full with an id, or None if ambiguous
    for x in ents:
        if x.label == "PERSON" and " " in x.text.strip():
            words = [normalize(w) for w in x.text.split()]
            if words[-1] in epithets:
                words.pop()
            if len(words) > 1 and words[-2] in links:
                continue  # a father's or family's name (محمد بن سلمان، فيصل آل سعود) names someone else alone
            w = words[-1]
            if w not in full:
                full[w] = x if x.id else None
            elif full[w] is not None and x.id != full[w].id:
                full[w] = None
    if not any(full.values()):
        return ents
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id or " " in x.text:
            continue
        y = full.get(normalize(x.text))
        if y is not None:
            if out is ents:
                out = list(ents)
            out[k] = _make_entity(x.text, x.start, x.end, "PERSON", y.id, y.name, y.wikidata, x.source)
    return out


def _surnames_read_as_bodies(ents: list, text: str) -> list:
    """A one-word gazetteer body, paper or brand right after a reporting verb or a person's title that is
    the last word of a person the article named in full before it (إيفان شبيغل ... وأشار شبيغل: not Der
    Spiegel; جين سيمنز ... وقالت السيدة سيمنز) is that person, with his id if he has one; not in quotes,
    nor when two people of the article end in that word. Elsewhere the name is the body's (أسهم الراجحي،
    تصاميم فيرساتشي، ميليشيات الحوثي)."""
    full: dict = {}  # normalized last word -> (end of the first full mention, the mention or None if ambiguous)
    for x in ents:
        if x.label == "PERSON" and " " in x.text.strip():
            w = normalize(x.text.split()[-1])
            if w not in full:
                full[w] = (x.end, x)
            elif full[w][1] is not None and x.id != full[w][1].id:
                full[w] = (full[w][0], None)
    if not full:
        return ents
    out = ents
    titles, cues = _name_words()[4], _quoted_person_cues()
    for k, x in enumerate(ents):
        if x.label not in ("ORG", "MEDIA", "BRAND", "PLATFORM") or " " in x.text or not x.source.startswith("gazetteer"):
            continue
        first = full.get(normalize(x.text))
        if first is None or first[1] is None or first[0] > x.start or _quoted(text, x.start, x.end):
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        w = normalize(m.group(1)) if m else ""
        if w not in cues and (w,) not in titles:
            continue
        y = first[1]
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, "PERSON", y.id, y.name, y.wikidata, x.source)
    return out


@lru_cache(maxsize=1)
def _movement_names() -> dict:
    """facilities.json ``movement_family_names``, normalized: a family name -> the id of the movement
    named after it."""
    return {normalize(k): v for k, v in facilities().get("movement_family_names", {}).items()}


def _movement_family_names(ents: list, text: str) -> list:
    """A one-word person mention without an id that is the family name a movement is named after
    (الحوثي) is the movement, as an ORG with its id, where the article names the movement elsewhere
    (جماعة الحوثي، الحوثيين: its id among the mentions) and no one in full with the name: واعتمد الحوثي
    سياسة قتل المدنيين، and after ل + the article's ل (``_with_article``: مجزرة للحوثي، قناصة للحوثي). With
    عبدالملك الحوثي in the article the word alone may be the man: it stays."""
    names = _movement_names()
    if not names:
        return ents
    ids = set(names.values())
    movement: dict = {}  # id -> the article's first mention of the movement
    full, alone = set(), []
    for k, x in enumerate(ents):
        if x.id in ids:
            movement.setdefault(x.id, x)
        elif x.label == "PERSON":
            words = x.text.split()
            w = normalize(words[-1]) if words else ""
            if len(words) == 1 and w not in names:
                w = _with_article(w, text, x.start)
            if w in names:
                if len(words) > 1:
                    full.add(w)
                elif not x.id:
                    alone.append((k, w))
    out = ents
    for k, w in alone:
        y = movement.get(names[w])
        if y is None or w in full:
            continue
        if out is ents:
            out = list(ents)
        x = ents[k]
        out[k] = _make_entity(x.text, x.start, x.end, y.label, y.id, y.name, y.wikidata, x.source)
    return out


def _with_article(w: str, text: str, s: int) -> str:
    """A normalized one-word mention written after ل + the article's ل as the name with its article: لحوثي
    (of للحوثي, the span the article's ل keeps) and للحوثي -> الحوثي; anything else as it is."""
    if w.startswith("لل") and len(w) > 4:
        return "ال" + w[2:]
    if w.startswith("ل") and s and text[s - 1] == "ل" and len(w) > 3:
        return "ال" + w[1:]
    return w


def _cut_family_names(ents: list, text: str) -> list:
    """A one-word person mention that the tagger began one letter into a word, taking the letter for a
    proclitic (ب، ل، ك، ف، و), gets it back when the whole word is the last word of a person named in
    full in the article (كريستيان بنتيكي ... بنتيكي, not نتيكي; حميد بدرخان ... درخان)."""
    last = {normalize(x.text.split()[-1]) for x in ents if x.label == "PERSON" and " " in x.text.strip()}
    last = {w for w in last if len(w) > 3 and w[0] in "بلكفو"}
    if not last:
        return ents
    out = ents
    for k, x in enumerate(ents):
        s = x.start
        if x.label != "PERSON" or " " in x.text or s < 1 or text[s - 1] not in "بلكفو" \
                or s > 1 and text[s - 2].isalpha() and (s < 3 or text[s - 3].isalpha() or text[s - 2] not in "وف"):
            continue
        if normalize(text[s - 1:x.end]) in last:
            if out is ents:
                out = list(ents)
            out[k] = _make_entity(text[s - 1:x.end], s - 1, x.end, "PERSON", x.id, x.name, x.wikidata, x.source)
    return out


def _two_full_names(words: list, i: int, pos: int, links: tuple) -> bool:
    """Whether word ``i`` (و + a word of no name list: وكفن، وسيرين) joins two full names: two words or
    more on each side (شون بن وكفن كوستنر، عابد فهد وسيرين عبد النور), the word before no name link
    (آل وديان، بن ود) and the word after no nasab link (ولد الشيخ); letters only (not 1747 و1803)."""
    before = sum(1 for m in words[:i] if m.end() > pos)
    w = words[i].group()
    if before < 2 or len(words) - i < 2 or len(w) < 4 or not w[1:].isalpha():
        return False
    prev, nxt, rest = normalize(words[i - 1].group()), normalize(words[i + 1].group()), normalize(w[1:])
    return nxt not in links[0] and not any(prev in ws or rest in ws for ws in links)


def _split_joined_people(ents: list, text: str) -> list:
    """A person mention that runs over two people joined by و (فرانك إكيني وكرستيان دسمارس، رابح صقر ووليد
    الشامي) is two mentions, the و left out: split before a word that is و + a given name of the name
    lists and is no name itself (وليد، وهبي stay whole) and no nasab link stands before it (آل وديان), or before و + another word between two full names
    (شون بن وكفن كوستنر: ``_two_full_names``)."""
    links, kunyas, compounds, given = _name_words()[:4]
    surnames = _surnames()[0]
    out = None
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id or " و" not in x.text:
            continue
        parts, pos = [], 0
        words = list(_WORD_SPAN.finditer(x.text))
        for i, m in enumerate(words):
            w = m.group()
            if m.start() and w[:1] == "و" and w not in given and normalize(w) not in surnames \
                    and normalize(words[i - 1].group()) not in links \
                    and (w[1:] in given or w[1:2] == "و" and w[2:] in given
                         or _two_full_names(words, i, pos, (links, kunyas, compounds))):
                parts.append((pos, m.start()))
                pos = m.start() + 1
        if not parts:
            continue
        parts.append((pos, len(x.text)))
        if out is None:
            out = list(ents)
        out[k] = None
        for a, b in parts:
            s, e = x.start + a, x.start + len(x.text[:b].rstrip())
            out.append(_make_entity(text[s:e], s, e, "PERSON", None, None, None, x.source))
    return ents if out is None else [x for x in out if x is not None]


@lru_cache(maxsize=1)
def _byline() -> Optional[regex.Pattern]:
    """A dash + a paper of facilities.json ``byline_papers`` + a dash, right after a mention."""
    papers = facilities().get("byline_papers") or ()
    if not papers:
        return None
    return regex.compile(r"\s{0,3}[-–]\s{0,3}(?:" + "|".join(map(regex.escape, papers)) + r")\s{0,3}[-–]")


def _byline_reporters(ents: list, text: str) -> list:
    """A tagger organization or MISC of one or two words without id right before a paper's byline dash
    (شقران الرشيدي- سبق- الرياض) is the reporter: bylines name people, and the tagger, trained on
    2006 news, reads an unknown given name + family name as a body."""
    pat = _byline()
    if pat is None:
        return ents
    out = ents
    for k, x in enumerate(ents):
        if x.label in ("ORG", "MISC") and x.id is None and x.source == "tagger" and x.text.count(" ") <= 1 \
                and pat.match(text, x.end, x.end + 16):
            if out is ents:
                out = list(ents)
            out[k] = _make_entity(x.text, x.start, x.end, "PERSON", None, None, None, x.source)
    return out


def _verbs_after_names(ents: list, text: str) -> list:
    """A person mention without id that opens with a given name and ends in a word that reads as an
    imperfect verb (ي + a word common in general Arabic text, no given name or family name of the
    lists) stops before it: the headline's subject + verb (سعود ينير منزل، نواف يضيء، عبدالفتاح يخاف،
    أحمد الفريدي يواصلون) was one name. Only after an Arabic given name (first_names_arabic.txt): foreign
    names in ي (جانيت يلين، كيم يونج) follow foreign given names, and some are words too (يلين 'softens')."""
    given = _name_words()[3]
    arabic = _arabic_given_names()
    out = None
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id or " " not in x.text:
            continue
        words = list(_WORD_SPAN.finditer(x.text))
        if len(words) < 2 or normalize(words[0].group()) not in arabic:
            continue
        last = words[-1].group()
        key = normalize(last)
        if key[:1] != "ي" or len(key) < 3 or last in given or not _verb_like(key):
            continue
        e = x.start + words[-2].end()
        if out is None:
            out = list(ents)
        out[k] = _make_entity(text[x.start:e], x.start, e, x.label, None, x.name, x.wikidata, x.source)
    return ents if out is None else out


def _arabic_given_names() -> frozenset:
    """The given names of first_names_arabic.txt, normalized (no foreign or ambiguous ones)."""
    return _one_word_names("first_names_arabic.txt")


def _verb_like(key: str) -> bool:
    """Whether a normalized word in ي is common in general Arabic text (Zipf 3 or more: the segmenter's
    general table) and no family name of the lists."""
    if key in _surnames()[0]:
        return False
    from ..segment.clitics import get_segmenter
    return get_segmenter().features.general.get(key, 0) >= 30


def _given_names_before_places(ents: list, text: str) -> list:
    """A one-word place, body or MISC mention without id right after a given name of the lists that no
    mention covers (given_name_lists' sure names, one space between) is that person's family name: the
    tagger read a foreign surname as a place (رجل الأعمال أغوستي [بينيديتو]، أوضح إتامار [هاريل]، كزافييه
    [بيتل]); the mention becomes the person, given name and all."""
    sure = _given_name_lists()[0]
    index, out = None, []
    for k, x in enumerate(ents):
        if x.label not in ("LOC", "ORG", "MISC") or x.id or " " in x.text or x.start < 3 or text[x.start - 1] != " ":
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        if m is None or m.end(1) != x.start - 1 or normalize(m.group(1)) not in sure:
            continue
        if index is None:
            index = _MentionIndex(ents)
        if index.overlapping(m.start(1), m.end(1)):
            continue
        out.append((k, m.start(1)))
    if not out:
        return ents
    ents = list(ents)
    for k, s in out:
        x = ents[k]
        ents[k] = _make_entity(text[s:x.end], s, x.end, "PERSON", None, None, None, x.source)
    return ents


_QUOTE_OPENERS, _QUOTE_CLOSERS = "«\"“", "»\"”"


def _quoted_people(ents: list, text: str) -> list:
    """A body or MISC mention without id that fills a pair of quote marks and opens with a given name of
    the lists is a person after a reporting verb, a noun for a person (facilities.json
    ``quoted_person_cues``: وقالت "ويندي"، الطفل "مورغان بيشوب"), a person title (الرئيس «رؤبين رفلين») or a
    place's nisba (البرازيلي «ايلتون الميدا»): the tagger reads quoted foreign names as bodies. After a
    title and an adjective in ي (``_title_and_adjective``: الكاتب الأمريكي، الوزير النمساوي) no given name of
    the lists is needed. The same
    quoted name elsewhere in the article (one name, one referent) is that person too. Quoted names after
    دار، شركة، شخصية، دور (a fashion house, a character) keep their reading."""
    sure = _given_name_lists()[0]
    found, cand = set(), []
    for k, x in enumerate(ents):
        if x.label not in ("ORG", "MISC") or x.id or not _quoted(text, x.start, x.end):
            continue
        cand.append(k)
        if x.text in found:
            continue
        mark = x.start - 2 if text[x.start - 1] == " " else x.start - 1  # the opening quote mark
        m = _PREV_WORD.search(text, max(0, mark - 30), mark)
        w = normalize(m.group(1)) if m else ""
        if normalize(x.text.split(" ", 1)[0]) not in sure:
            if m and _title_and_adjective(text, m.start(1), w):
                found.add(x.text)
            continue
        if w in _quoted_person_cues() or (w,) in _name_words()[4] or w[:2] == "ال" and _nisba_of_place(w) \
                or m and _title_and_adjective(text, m.start(1), w):
            found.add(x.text)
    if not found:
        return ents
    out = list(ents)
    for k in cand:
        x = out[k]
        if x.text in found:
            out[k] = _make_entity(x.text, x.start, x.end, "PERSON", None, None, None, x.source)
    return out


def _title_and_adjective(text: str, s: int, w: str) -> bool:
    """Whether the word ``w`` starting at ``s`` is an adjective with ال in ي (a nationality: الأمريكي،
    النمساوي، البروسي) after a person title of person_titles.txt (الكاتب الأمريكي، الوزير النمساوي، الملك
    البروسي): a quoted name there is that person's even when it opens with no given name of the lists
    (الكاتب الأمريكي "إي.إل دوكتورو"، الوزير النمساوي «سباستيان»)."""
    if not (w.startswith("ال") and w.endswith("ي") and len(w) > 4):
        return False
    m = _PREV_WORD.search(text, max(0, s - 30), s)
    return m is not None and (normalize(m.group(1)),) in _name_words()[4]


def _quoted(text: str, s: int, e: int) -> bool:
    """Whether the span fills a pair of quote marks (an optional space inside)."""
    a = s - 1 if s and text[s - 1] == " " else s
    b = e + 1 if text[e:e + 1] == " " else e
    return a > 0 and text[a - 1] in _QUOTE_OPENERS and text[b:b + 1] in _QUOTE_CLOSERS


@lru_cache(maxsize=1)
def _quoted_person_cues() -> frozenset:
    return _facility_words("quoted_person_cues")


@lru_cache(maxsize=1)
def _all_list_names() -> frozenset:
    """Every word of the person name lists (given names, family names, people, titles), normalized."""
    return _one_word_names("first_names_arabic.txt", "first_names_foreign.txt", "first_names_ambiguous.txt",
                           "surnames.txt", "surnames_ambiguous.txt") | frozenset(
        w for f in ("people.txt", "people_ambiguous.txt", "person_titles.txt") for w in _list_words(f))


@lru_cache(maxsize=None)
def _list_words(f: str) -> frozenset:
    """All the words of a name list's entries (several words a line), normalized."""
    from .words import NAMES
    try:
        lines = (NAMES / f).read_text(encoding="utf-8").splitlines()
    except OSError:
        return frozenset()
    return frozenset(w for line in lines for w in WORD.findall(normalize(line.split("#", 1)[0])))


def _common_words_before_given_names(ents: list, text: str, lex=None) -> list:
    """A tagger person span without id that opens with a common noun and goes on with a given name of the
    lists starts at the given name: the noun is a relative, a role or a rank the tagger joins to the name
    (شقيقه عبدالعزيز، لابنه نايف، نائبه جيفري، الثلاثي عمار النجار، العماد آصف شوكت، الفنان
    المسرحي البشير الرحال). A common noun has the article or an attached pronoun (``_noun_form``: a bare
    word there is as often a given name: شجاع شافي، مبروك زايد), is frequent in general Arabic text (the
    segmenter's table: Zipf 3 or more) and is in none of the name lists nor among the tagger's training
    names (``lex``)."""
    sure = _given_name_lists()[0]
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id is not None:
            continue
        sp = x.text.find(" ")
        if sp < 0:
            continue
        w = normalize(x.text[:sp])
        if not _noun_form(w) or x.text[sp - 1] == "ة" and _NOUN_ARTICLE.match(w) is None:
            continue  # a word in ة is no pronoun in ه (فاطمة، سلامة + a name: a woman's given name)
        n = _NEXT_WORD.match(x.text, sp)
        if n is None or normalize(n.group(1)) not in sure:
            continue
        if not w.isalpha() or w in _all_list_names() or (lex and w in lex) or not _common_in_general(w):
            continue
        names = _name_words()
        if w in names[0] or w in names[1] or w in names[2] or (w,) in names[4]:
            continue
        s = x.start + n.start(1)
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[s:x.end], s, x.end, "PERSON", None, None, None, x.source)
    return out


#: a noun's article (after a glued conjunction or preposition) or an attached pronoun
_NOUN_FORM = regex.compile(r"^(?:[وف]?[بلك]?ال|[وف]?لل)\p{L}{2}|\p{L}{2}(?:ه|ها|هم|كم)$")
#: the article alone
_NOUN_ARTICLE = regex.compile(r"(?:[وف]?[بلك]?ال|[وف]?لل)\p{L}{2}")


def _noun_form(w: str) -> bool:
    """Whether a normalized word has the article or an attached pronoun (الثلاثي، شقيقه، لابنه): a bare
    word before a given name is too often a given name itself (شجاع شافي، عابد فهد، مبروك زايد), and نا
    is left out (كلنا سلمان: a slogan's 'all of us')."""
    return _NOUN_FORM.search(w) is not None


def _common_in_general(key: str) -> bool:
    """Whether a normalized word is common in general Arabic text (Zipf 3 or more in the segmenter's
    general table)."""
    from ..segment.clitics import get_segmenter
    return get_segmenter().features.general.get(key, 0) >= 30


def _conjunction_tails(ents: list, text: str) -> list:
    """A person mention without id whose last word is و + a common word of four letters or more runs into
    the next clause or list item: it ends before that word (الدكتور عزام الدخيل [ومديرو] التعليم، رحيل
    الملك عبدالله [وتولي] الملك سلمان، عضو الاتحاد محمد السليم [وكبار] الداعمين، الأخوين د. عبدالرحمن
    [والمهندس] عبدالعزيز). Common: frequent in general Arabic text (Zipf 3 or more), in none of the name
    lists with or without its و; a foreign family name in و has a rare rest (ويليامز، ويرثايمر) and an Arabic
    name in و has three letters after it (وجدي، وهبي، وارد، ووكر), so both stay; no name link stands before it
    (آل وديان), and a comma after it makes it a family name before an apposition (يقول ناصر ودادي، الخبير)."""
    links = _name_words()[0]
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id is not None:
            continue
        sp = x.text.rfind(" ")
        if sp < 0 or x.text[sp + 1:sp + 2] != "و":
            continue
        w = normalize(x.text[sp + 1:])
        rest = w[1:]
        if len(rest) < 4 or not rest.isalpha() or w in _all_list_names() or rest in _all_list_names() \
                or not _common_in_general(rest):
            continue
        head = x.text[:sp].rstrip()
        prev = head[head.rfind(" ") + 1:]
        if normalize(prev) in links or not head or text[x.end:x.end + 2].lstrip()[:1] in "،,":
            continue
        e = x.start + len(head)
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[x.start:e], x.start, e, "PERSON", None, None, None, x.source)
    return out
