"""Tagger spans that are no names: common nouns of ``tagger_not_names``, a title alone, a nationality
adjective, a month name in a date (``_not_a_name``). Currency words are ``currencies``' job.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Optional

import regex

from ..text import normalize
from .gazetteer import facilities, facility_heads
from .words import (_district_heads, _facility_words, _name_words, _NEXT_WORD, _nisba_of_place, _plain_forms, _PREV_WORD,
                    _quoted)


_NUMBER_BEFORE = regex.compile(r"(?r)(?:\d[)\]]?|\p{L}+)[\s\u00a0]{1,2}$")  # (994,500) ريال
_DIGITS_BEFORE = regex.compile(r"(?r)\d[)\]]?[\s\u00a0]{0,2}$")  # (100.000)ريال
_AMOUNT_PROCLITICS = regex.compile(r"^(?:[وف]?[بل]?ال|[وف]?[بل]|[وف])(?=...)")  # بمليون، المليون


def _word_before(text: str, s: int) -> str:
    m = _NUMBER_BEFORE.search(text, max(0, s - 30), s)
    return m.group().strip().rstrip(")]") if m else ""


def _amount_before(text: str, s: int) -> bool:
    """Whether an amount ends right before ``s`` (the span is its unit): digits, or a number word of
    the numbers component's data (مليون، بمليون، المليون، خمسة، ربع)."""
    if _DIGITS_BEFORE.search(text, max(0, s - 4), s):
        return True
    prev = normalize(_word_before(text, s))
    words = _amount_words()
    return prev in words or _AMOUNT_PROCLITICS.sub("", prev) in words


@lru_cache(maxsize=1)
def _amount_words() -> frozenset:
    """Normalized one-word numbers, scales and fractions (numbers.json)."""
    path = Path(__file__).resolve().parent.parent / "data" / "numbers" / "numbers.json"
    try:
        num = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset()
    forms = [w for ws in num.get("cardinals", {}).values() for w in ws]
    forms += [w for d in num.get("scales", {}).values() for ws in d.values() for w in ws]
    forms += [w for ws in num.get("fractions", {}).get("unambiguous", {}).values() for w in ws]
    return frozenset(normalize(w) for w in forms if " " not in w)


@lru_cache(maxsize=1)
def _date_words() -> tuple:
    """(one-word month names, words that make a month name a date after it: الماضي، المقبل ...),
    normalized, from the numbers component's data."""
    folder = Path(__file__).resolve().parent.parent / "data" / "numbers"
    try:
        cal = json.loads((folder / "calendar.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset(), frozenset()
    months = {normalize(m) for k in ("months_gregorian", "months_hijri") for ms in cal.get(k, {}).values()
              for m in ms if " " not in m}
    after = {normalize(w) for ws in cal.get("relative_markers", {}).values() for w in ws}
    return frozenset(months), frozenset(after)


#: two definite words joined by و (التوفيق والسداد، المملكة والعالم، الجامعة والعمل): a pair of common
#: nouns the tagger joins, not one name; a quoted one (مهرجان «التراث والترفيه») is a title and stays
_DEFINITE_PAIR = regex.compile(r"[اأإآ]ل\p{L}{2,}\s+و[اأإآ]ل\p{L}{2,}")


def _definite_pair(text: str, s: int, e: int) -> bool:
    """Whether a tagger span is two definite words joined by و outside quotes (``_DEFINITE_PAIR``):
    checked after the currency spans (الدولار واليورو: two currencies, split there)."""
    return bool(_DEFINITE_PAIR.fullmatch(text, s, e)) and not _quoted(text, s, e)


@lru_cache(maxsize=1)
def _month_heads() -> frozenset:
    """facilities.json ``month_heads``, normalized: the words after which a month name is a time."""
    return _facility_words("month_heads")


@lru_cache(maxsize=1)
def _said_to_me() -> tuple[frozenset, frozenset]:
    """(facilities.json ``said_to_me`` words as written, the verbs before them normalized)."""
    d = facilities().get("said_to_me", {})
    return frozenset(d.get("words", ())), frozenset(map(normalize, d.get("after", ())))


_ARABIC_LETTER = regex.compile(r"\p{Arabic}")
_HTML_ESCAPE = regex.compile(r"&#?\w+;")  # &quot; &#8220;: quotes, not code
_CODE_REACH = 40


def _in_code(text: str, s: int, e: int) -> bool:
    """Whether a span of Latin words sits in CSS or script that leaked into an article (a poll's
    widget: ``zborder-radius: 5px; padding:18px``, ``jQuery.noConflict(); var plot1 = ...``): two
    of ``{ } ; =`` within _CODE_REACH characters either side (HTML escapes such as &quot; left out),
    or one and a bracket right after the span (a call: ``-webkit-gradient(linear, ...``). Arabic
    names and Latin ones in prose (a list with one semicolon, «iOS 9») are left alone."""
    if _ARABIC_LETTER.search(text, s, e):
        return False
    around = _HTML_ESCAPE.sub("", text[max(0, s - _CODE_REACH):s] + " " + text[e:e + _CODE_REACH])
    marks = sum(around.count(c) for c in "{};=")
    return marks >= 2 or marks == 1 and text[e:e + 1] == "("


def _not_a_name(text: str, s: int, e: int, label: str, named: bool = True) -> bool:
    """A tagger span that is no name (facilities.json ``_doc_tagger_not_names``): a common noun or phrase
    of ``tagger_not_names``, a person title alone (ولي العهد), a nationality adjective (السورية، جندي
    روسي), a month name in a date (أبريل (نيسان)، نيسان الماضي، 3 نيسان), and with ``named``
    (``ner_misc``'s default) a MISC span of ``misc_not_named`` (الله، الإسلام); ``named`` False keeps
    those (``ner_misc=True``: ANERcorp's MISC)."""
    raw = text[s:e]
    if s and text[s - 1].isalpha() and _glued_common_word(text, s, e):
        return True
    if raw in _facility_words_as_written("particles_as_written"):
        return True  # على 'on', not علي (Ali)
    if raw in _said_to_me()[0]:
        m = _PREV_WORD.search(text, max(0, s - 30), s)
        if m and normalize(m.group(1)) in _said_to_me()[1]:
            return True  # فقال لي: "to me", no Lee
    if _verb_before_title(text, s, e):
        return True  # كرم سمو الأمير: 'honoured', no Karam
    if _before_its_noun(text, s, e):
        return True  # [السوبر] ماركت: the supermarket, no name
    if _after_its_preposition(text, s, e):
        return True  # يصب في [صالح] المستهلك: 'in favour of', no Saleh
    if _after_manner_noun(text, s):
        return True  # بشكل [سليم]: 'in a sound way', no Salim
    if label in ("ORG", "MISC") and _concept_here(text, s, e):
        return True  # توجه إلى ما سماه «[الجهاد]»: the concept, no group
    if _in_code(text, s, e):
        return True  # border-radius: 5px; jQuery.post(url, ...): markup or script leaked into the text
    kind = _word_kind(raw, label, named)
    if kind is None:
        return False
    if kind == "name":
        return True
    if kind == "nisba":
        m = _PREV_WORD.search(text, max(0, s - 30), s)  # not after حي، شارع ... (حي السويدي)
        w = normalize(m.group(1)) if m else ""
        return w not in facility_heads()[0] and w not in _district_heads()
    months, after = _date_words()
    prev = _word_before(text, s)
    if _amount_before(text, s) or not _month_heads().isdisjoint(_plain_forms(normalize(prev))):
        return True
    if s and text[s - 1] in "بل" and (s < 2 or not text[s - 2].isalpha()):
        return True  # برمضان، لرمضان: in, for the month
    nxt = text[e:e + 20].split()
    if nxt and (normalize(nxt[0]).strip("()") in after or nxt[0].strip("()،,.")[:4].isdigit()):
        return True
    # beside another month name, in brackets or after a dash: أبريل (نيسان)، نيسان (أبريل).، أبريل - نيسان
    before = text[max(0, s - 20):s].rstrip()
    rest = text[e:e + 20].lstrip()
    if not (before and before[-1] in _MONTH_JOINERS or rest and rest[0] in _MONTH_JOINERS):
        return False
    around = before.rstrip(" " + _MONTH_JOINERS).split()[-1:] + rest.lstrip(" " + _MONTH_JOINERS).split()[:1]
    return any(normalize(w.strip("()،,.؛:")) in months for w in around)


_MONTH_JOINERS = "(-–—/"

_TANWEEN = "\u064b\u064c\u064d"  # ً ٌ ٍ


def _tanween_words(ents: list, text: str) -> list:
    """Mentions whose last word ends in tanween (دوماً 'always', درعاً 'a shield', صيداً 'prey', كوبًا 'a
    cup', لاجئاً سورياً 'Syrian'): normalization drops the mark and a place's name (دوما، درعا، صيدا، كوبا،
    سوريا) matches, but a name takes no tanween; the word is a noun or an accusative adjective. Not after
    a preposition (facilities.json ``tanween_place_before``: في بريطانياً, a typo of the country) nor in a
    title (WORK, EVENT). One look at each mention's last two characters."""
    drop = set()
    before = _facility_words("tanween_place_before")
    for k, x in enumerate(ents):
        e = x.end
        if e < 2 or x.label in ("WORK", "EVENT"):
            continue
        a, b = text[e - 2], text[e - 1]
        if not (b in _TANWEEN or b == "ا" and a in _TANWEEN or a == "ا" and b in _TANWEEN):
            continue
        m = _PREV_WORD.search(text, max(0, x.start - 30), x.start)
        if m and not before.isdisjoint(_plain_forms(normalize(m.group(1)))):
            continue
        drop.add(k)
    return [x for k, x in enumerate(ents) if k not in drop] if drop else ents


@lru_cache(maxsize=1)
def _noun_halves() -> dict:
    d = facilities().get("tagger_not_names_before", {})
    return {normalize(k): frozenset(map(normalize, v)) for k, v in d.items()}


def _before_its_noun(text: str, s: int, e: int) -> bool:
    """Whether the span is the first half of a common noun whose second half follows (السوبر ماركت،
    سوبر أموليد: facilities.json ``tagger_not_names_before``): the tagger cut the noun and named its
    first half; السوبر alone or before السعودي (the Super Cup) stays. One look at the next word."""
    halves = _noun_halves()
    after = None
    for f in _plain_forms(normalize(text[s:e])):
        after = halves.get(f)
        if after is not None:
            break
    if after is None:
        return False
    m = _NEXT_WORD.match(text, e, min(len(text), e + 30))
    return bool(m) and normalize(m.group(1)) in after


@lru_cache(maxsize=1)
def _nouns_after() -> dict:
    d = facilities().get("tagger_not_names_after", {})
    return {normalize(k): frozenset(map(normalize, v)) for k, v in d.items()}


def _after_its_preposition(text: str, s: int, e: int) -> bool:
    """Whether the span opens with a word that is a common noun after the word before it (في صالح 'in
    favour of': facilities.json ``tagger_not_names_after``). One look at the span's first word and at
    the word before it (less a glued و or ف: وفي صالح)."""
    m = _NEXT_WORD.match(" " + text[s:min(e, s + 30)])
    before = _nouns_after().get(normalize(m.group(1))) if m else None
    if before is None:
        return False
    p = _PREV_WORD.search(text, max(0, s - 30), s)
    return bool(p) and not before.isdisjoint(_plain_forms(normalize(p.group(1))))


def _after_manner_noun(text: str, s: int) -> bool:
    """Whether the span follows a noun of manner (facilities.json ``manner_nouns``: بشكل، بصورة، بطريقة):
    the word after it is an adjective (بشكل سليم، بشكل صادق، بشكل كوميدي ساخر), though the tagger reads
    adjectives that are given names (سليم، صادق) as people."""
    if not text[max(0, s - 12):s].rstrip().endswith(_manner_nouns()[1]):
        return False  # one look at the characters before: the test runs for every tagger span
    p = _PREV_WORD.search(text, max(0, s - 30), s)
    return bool(p) and normalize(p.group(1)) in _manner_nouns()[0]


@lru_cache(maxsize=1)
def _manner_nouns() -> tuple:
    """(facilities.json ``manner_nouns`` normalized, the same as written, a tuple for str.endswith)."""
    return _facility_words("manner_nouns"), tuple(facilities().get("manner_nouns", ()))


@lru_cache(maxsize=1)
def _concepts() -> dict:
    d = facilities().get("concepts_unless_after", {})
    return {normalize(k): frozenset(map(normalize, v)) for k, v in d.items()}


#: the word before a span, across an opening quote mark or bracket (قيادات «الجهاد الشامي»، عناصر (الجهاد))
_PREV_WORD_MARKED = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{1,2}(?:[«\"“(]\s?)?$")


def _concept_here(text: str, s: int, e: int) -> bool:
    """Whether the span opens with a word for a concept that is also a group's name (facilities.json
    ``concepts_unless_after``: الجهاد) and no word for the group stands before it (جماعة الجهاد): in the
    news the bare word is the concept far more often. One look at the span's first word and the word
    before."""
    m = _NEXT_WORD.match(" " + text[s:min(e, s + 30)])
    group_words = _concepts().get(normalize(m.group(1))) if m else None
    if group_words is None:
        return False
    p = _PREV_WORD_MARKED.search(text, max(0, s - 30), s)
    return not (p and not group_words.isdisjoint(_plain_forms(normalize(p.group(1)))))


@lru_cache(maxsize=1)
def _titles_after_verbs() -> tuple[frozenset, frozenset]:
    """(facilities.json ``verbs_before_titles`` verbs, normalized; the words that open a title or role:
    the first words of names/person_titles.txt and the list's roles)."""
    d = facilities().get("verbs_before_titles", {})
    heads = {t[0] for t in _name_words()[4] if t} | set(map(normalize, d.get("roles", ())))
    return frozenset(map(normalize, d.get("verbs", ()))), frozenset(heads)


def _verb_before_title(text: str, s: int, e: int) -> bool:
    """Whether a span opens with a verb of ``verbs_before_titles`` (كرم 'he honoured') followed by a title
    or role, inside the span or right after it (ثم [كرم سمو] أمير المنطقة، و[كرم] محافظ عنيزة)."""
    verbs, heads = _titles_after_verbs()
    m = _NEXT_WORD.match(" " + text[s:e])
    if not m or normalize(m.group(1)) not in verbs:
        return False
    end = s + m.end() - 1
    nxt = _NEXT_WORD.match(text, end, min(len(text), end + 30))
    return bool(nxt) and normalize(nxt.group(1)) in heads


_LAST_TWO = regex.compile(r"(?r)(?:(\S+)\s+)?(\S+)$")  # the span's last two words, backwards


def _before_god_formula(text: str, s: int, e: int) -> int:
    """Where a tagger span ends without the eulogy or invocation that closes it (facilities.json
    ``_doc_god_formulas``): محمد صلى الله -> محمد, فيصل رحمه الله -> فيصل; ``s`` (drop it) when the
    span is one (رحمه الله، بإذن الله، إيمان بالله) or names God before an epithet, after it or inside
    the span (فضل الله تعالى، الله عز وجل): the tagger, trained on names like عبد الله، فضل الله، نصر
    الله, reads these formulas as a name's end."""
    if _ends_in_god_epithets(text, s, e):
        return s
    if e - s < 3 or not normalize(text[e - 3:e]).endswith("له"):
        return e
    m = _LAST_TWO.search(text, s, e)
    last = normalize(m.group(2))
    if last == "بالله":  # إيمان بالله، الأنس بالله; المعتصم بالله (a caliph) stays
        if m.group(1) and normalize(m.group(1)) in _facility_words("god_formulas_billah"):
            return text[s:m.start(1)].rstrip() and s + len(text[s:m.start(1)].rstrip()) or s
        return e
    if last not in ("الله", "لله"):
        return e
    if _god_grace(text, s, m):
        return s
    nxt = _NEXT_WORD.match(text, e, min(len(text), e + 30))
    if nxt and normalize(nxt.group(1)) in _facility_words("god_epithets"):
        return s
    if m.group(1) and normalize(m.group(1)) in _facility_words("god_formulas"):
        return text[s:m.start(1)].rstrip() and s + len(text[s:m.start(1)].rstrip()) or s
    return e


def _god_grace(text: str, s: int, m) -> bool:
    """Whether a span of two words, noun + الله (``m``: _LAST_TWO's match), is God's grace after a
    preposition (من فضل الله، من كرم الله ولطفه; facilities.json ``_doc_god_graces``), not the man
    named فضل الله: only the word before the span is read."""
    if not m.group(1) or m.start(1) != s:
        return False
    nouns, before = _god_graces()
    if normalize(m.group(1)) not in nouns:
        return False
    prev = _PREV_WORD.search(text, max(0, s - 30), s)
    return bool(prev) and normalize(prev.group(1)) in before


@lru_cache(maxsize=1)
def _god_graces() -> tuple:
    """facilities.json ``god_graces``, normalized: (the nouns, the words before them)."""
    graces = facilities().get("god_graces", {})
    return tuple(frozenset(normalize(w) for w in graces.get(k, ())) for k in ("nouns", "before"))


def _ends_in_god_epithets(text: str, s: int, e: int) -> bool:
    """Whether the span ends in الله and one or more epithets of God (الله عز وجل، الله سبحانه
    وتعالى): the tagger took the phrase in for a name. Looks at the span's last three words only."""
    words = text[s:e].split()[-3:]
    epithets = _facility_words("god_epithets")
    k = len(words)
    while k > 1 and (normalize(words[k - 1]) in epithets or
                     words[k - 1][:1] == "و" and normalize(words[k - 1][1:]) in epithets):
        k -= 1
    return k < len(words) and normalize(words[k - 1]) in ("الله", "لله", "بالله")


def _glued_common_word(text: str, s: int, e: int) -> bool:
    """Whether a span beginning inside a word begins inside a common word of ``glued_not_names``: the
    tagger cut off a letter it took for a proclitic (بفضل -> ب + فضل الله، برقية -> ب + رقية، ورود ->
    و + رود), and what is left is no name."""
    j = s
    while j > max(0, s - 4) and text[j - 1].isalpha():
        j -= 1
    m = _WORD_END.search(text, s, e)
    return _glued_word(normalize(text[j:m.start() if m else e]))


def _glued_word(word: str) -> bool:
    """Whether a normalized whole word is one of ``glued_not_names``, alone or after و/ف (وبفضل)."""
    words = _glued_words()
    return word in words or word[:1] in ("و", "ف") and word[1:] in words


_WORD_END = regex.compile(r"[^\p{L}\p{M}]")


@lru_cache(maxsize=4)
def _facility_words_as_written(key: str) -> frozenset:
    """A facilities.json word list as written (not normalized: على the particle, علي the name)."""
    return frozenset(facilities().get(key, ()))


@lru_cache(maxsize=1)
def _glued_words() -> frozenset:
    return _facility_words("glued_not_names")


@lru_cache(maxsize=50_000)
def _word_kind(raw: str, label: str, named: bool) -> Optional[str]:
    """What ``_not_a_name`` needs to know of a span's words alone: "name" (never a name), "nisba",
    or "month" (no name in some contexts), None (a name as far as the words go)."""
    key = normalize(raw)
    if len(key) == 1 and not key.isascii():
        return "name"  # one Arabic letter: what a cut proclitic left (لله -> ه)
    forms = _plain_forms(key)
    if not _facility_words("tagger_not_names").isdisjoint(forms) or (
            named and label == "MISC" and not _facility_words("misc_not_named").isdisjoint(forms)) or (
            label == "LOC" and not _facility_words("tagger_not_places").isdisjoint(forms)) or (
            label != "MISC" and not _facility_words("god_names").isdisjoint(forms)):  # God is no person
        return "name"
    if tuple(key.split()) in _name_words()[4]:  # a title alone (الشيخ، ولي العهد) names nobody
        return "name"
    if " " in key:
        return None
    # a nationality adjective: a place or body (السورية), or a person without the article (جندي روسي)
    if (label in ("LOC", "ORG") or label == "PERSON" and not key.startswith("ال")
            and raw not in _name_words()[3]) and _nisba_of_place(key):  # تركي the name stays
        return "nisba"
    return "month" if not _date_words()[0].isdisjoint(forms) else None
