"""Merging gazetteer matches with the tagger's spans: gazetteer ids and labels win, tagger spans are
cleaned (clitics, function words, non-names) and extend or relabel a match where the rules say so.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import islice
from typing import Optional

import regex

from ..records import Entity
from ..text import normalize
from .bodies import _adjective_names_another_body, _after_descriptor, _after_nationality
from .clubs import _teams
from .gazetteer import context_rules, facilities, Gazetteer, WORD
from .currencies import DocumentCurrencies, _bare, currency_parts
from .not_names import _before_god_formula, _definite_pair, _facility_words_as_written, _not_a_name
from .people import _glued_letter_name, _person_extent, _surnames
from .words import (_descriptors, _facility_words, _gaz_entity, _make_entity, _name_words, _NEXT_WORD, _plain_forms,
                    _PREV_WORD_QUOTED, _quoted)


_COARSE = {"PERSON": "PER", "LOC": "LOC", "ORG": "ORG", "PLATFORM": "ORG", "BRAND": "ORG", "MEDIA": "ORG"}


#: proclitics glued before ال (or the لل of ل + ال) that a tagger span leaves out; two letters after ال,
#: so that وكالة is no و + ك + الة (وك[الة الأمن] الوطني)
_STRIP_TAGGER = regex.compile(r"^(?:[وف]?[بلك]?(?=ال\p{L}\p{L})|[وف]?ل(?=ل..))")


def _strip_tagger_span(text: str, s: int, e: int) -> tuple[int, int]:
    """Leave glued proclitics out of a tagger span: والرياض -> الرياض, للفيفا -> لفيفا, لـ»X» -> X."""
    while s < e and not text[s].isalnum() and text[s] not in "#@":
        s += 1
    while e > s and not text[e - 1].isalnum():
        e -= 1
    if s < e and text[s] not in "وفبلك" and normalize(text[s])[:1] not in "وفبلك":
        return s, e  # every proclitic the pattern cuts starts with one of these letters
    m = _STRIP_TAGGER.match(normalize(text[s:min(e, s + 12)]))
    if m and m.end():
        # the normalized prefix has no marks in practice; map by counting letters
        n, k = m.end(), s
        while n and k < e:
            if text[k].isalpha():
                n -= 1
            k += 1
        s = k
    return s, e


def _article_lam(text: str, s: int, label: str) -> int:
    """The start of a tagger name span that the tokens began past ل + the article's ل (لل[نصر]، لل[بنك
    المركزي]، لل[زمالك]): one letter back, the article's ل in, as the gazetteer spans للفيفا (لفيفا) and the
    annotated news للإدارة العامة (لإدارة العامة). Not for MISC: a currency word keeps its own span and
    code (لل[دولار])."""
    if label in ("PERSON", "ORG", "LOC") and s >= 2 and text[s - 2:s] == "لل" and _word_start(text, s - 2):
        return s - 1
    return s


def _surface_key(g: Gazetteer, text: str, ts: int, te: int, by_surface: dict) -> str:
    """The normalized surface a tagger span is looked up by: for a span on the article's ل (لل[حلف
    الأطلسي] -> لحلف الأطلسي, ``_article_lam``) the name with its article (الحلف الأطلسي), where the
    article names it so with an id or the gazetteer has it as an alias that needs no cue (an alias that is
    also a word, الاتفاق، الشباب, lends no id to للاتفاق النووي، للشباب السعودي); else the span as written
    (لبنان of للبنان is ل + لبنان)."""
    key = normalize(text[ts:te])
    if ts and text[ts - 1:ts + 1] == "لل" and _word_start(text, ts - 1):
        alt = "ال" + key[1:]
        if alt in by_surface or any(not c.ambiguous for c in g.keys.get(tuple(WORD.findall(alt)), ())):
            return alt
    return key


def _word_start(text: str, k: int) -> bool:
    """Whether ``k`` starts a word, a glued و or ف before it counted in (للنصر، وللنصر)."""
    if k and text[k - 1] in "وف":
        k -= 1
    return k == 0 or not text[k - 1].isalpha()


@lru_cache(maxsize=1)
def _function_words() -> frozenset:
    """facilities.json's function words, as written."""
    return frozenset(facilities().get("function_words", ()))


def _trim_function_words(text: str, s: int, e: int) -> tuple[int, int]:
    """A tagger span of several words loses a handle or hashtag after its first word and the function
    words at its ends (قال محمد إن -> محمد), unless every word is short, as in spelled-out acronyms
    (سي إن إن، بي بي سي)."""
    words = text[s:e].split(" ")
    if len(words) < 2:
        return s, e
    k = next((k for k in range(1, len(words)) if words[k][:1] and words[k][0] in "@#"), 0)
    if k:  # a handle or hashtag after a name is none of it (تويتر @aljamili)
        words = words[:k]
        e = s + len(" ".join(words))
        if len(words) < 2:
            return s, e
    if all(len(w) <= 3 for w in words):
        return s, e
    function_words = _function_words()
    while len(words) > 1 and words[-1] in function_words and not (words[-1] == "على" and words[-2] in ("بن", "ابن")):
        e -= len(words.pop()) + 1  # ... but بن على is Ben Ali
    # the first word a whole token, not what a cut proclitic left (ف + ان of فان نيستلروي)
    while len(words) > 1 and words[0] in function_words and not (s and text[s - 1].isalpha()):
        s += len(words.pop(0)) + 1
    return s, e


@lru_cache(maxsize=1)
def _name_verbs() -> frozenset:
    """The normalized verbs of facilities.json ``verbs_after_names`` with their ت forms and object
    suffixes (يرعى، ترعى، يسألني)."""
    out = set()
    for v in _facility_words("verbs_after_names"):
        for f in (v, "ت" + v[1:]):
            out.add(f)
            out.update(f + x for x in ("ه", "ها", "هم", "ني", "نا"))
    return frozenset(out)


@lru_cache(maxsize=1)
def _name_tails() -> frozenset:
    """The normalized words that end no name: ``_name_verbs``, also in the future (سترسم، سيقاتل: a name
    does not begin so), and facilities.json ``roles_after_names`` and ``words_after_names`` (بضرورة)."""
    verbs = _name_verbs()
    return verbs | frozenset("س" + v for v in verbs) | _facility_words("roles_after_names") | \
        _facility_words("words_after_names")


def _trim_verb_head(text: str, s: int, e: int) -> int:
    """The start of a tagger span past a verb of ``_name_verbs`` that opens it (ويخرجه [بيتن ريد]، [يرى]
    علم الدين، [يشارك] مركز ...: the tagger read the verb as a given name); a span that is the verb alone
    ends up empty. A listed given name and a quoted title («يرى ...») are kept."""
    k = s
    while k < e and text[k].isalpha():
        k += 1
    w = text[s:k]
    if w in _name_words()[3] or _name_verbs().isdisjoint(_plain_forms(normalize(w))) or _quoted(text, s, e):
        return s
    while k < e and not text[k].isalpha():
        k += 1
    return k


def _after_pronoun(text: str, s: int, e: int, label: str) -> int:
    """The start of a tagger person span past a pronoun that opens it (facilities.json
    ``pronouns_before_names``: [أنا فاتن حمامة] -> فاتن حمامة), where a given name of the unambiguous
    lists follows; else the span is a sentence, no name, and ends up empty ([أنا سعيد] 'I am happy'،
    [أنا أهلاوي]، [أنا أدعو] لدين الإسلام)."""
    if label != "PERSON":
        return s
    m = _NEXT_WORD.match(" " + text[s:min(e, s + 12)])
    if not m or m.group(1) not in _facility_words_as_written("pronouns_before_names"):
        return s  # as written: آنا (Anna: آنا لورا) is a name
    k = s + m.end() - 1
    rest = text[k:e].split()
    if not rest or normalize(rest[0]) not in _surnames()[1]:
        return e
    while k < e and not text[k].isalpha():
        k += 1
    return k


#: a closing quote mark right after a span (a title: «بيغي سو تتزوج»)
_CLOSING_QUOTE = regex.compile(r"\s?[»\"”]")


def _trim_verb_tail(text: str, s: int, e: int) -> int:
    """The end of a tagger span of several words less a verb or role noun that follows the name
    (``_name_tails``: الأمير مشاري بن سعود يرعى، بندر الجعيثن مدربا) and a كان before it (فؤاد كان يبكي);
    the span is left as it is before a closing quote mark, where such a word belongs to a title. After a
    link or kunya word (بن، أبو، أم، عبد), which needs the word after it, a noun stays (أم ولد, a village)
    and a span of the two words with a verb is none (أم تناقشه 'or does she discuss it')."""
    words = text[s:e].split(" ")
    if len(words) < 2 or _CLOSING_QUOTE.match(text, e):
        return e
    tails = _name_tails()
    last = normalize(words[-1])
    if last not in tails:
        return e
    links, kunyas, compounds = _name_words()[:3]
    before = normalize(words[-2])
    if before in links or before in kunyas or before in compounds:
        verbs = _name_verbs()
        verb = last in verbs or last[:1] == "س" and last[1:] in verbs
        return s if verb and len(words) == 2 else e
    e -= len(words.pop()) + 1
    if len(words) > 1 and normalize(words[-1]) == "كان":
        e -= len(words.pop()) + 1
    return e


_COMMERCIAL = frozenset(("PLATFORM", "BRAND", "MEDIA"))


def _product_extent(text: str, ts: int, te: int, s: int, e: int) -> str:
    """How a tagger span ``ts:te`` of the same coarse label reads around a brand, platform or medium's
    name ``s:e``: "other" when it begins with other words (زنيوانلونغ سوني، Francis Ford Coppola، Proceedings
    of the National ...: another name, not the brand's; an article ذا، the is no other word), "name" when
    it joins a second body or a person to the name (فولكس فاغن + شركة ريكاردو، روتانا + فهد المسعودي: the
    name alone), else "longer" (سامسونج + إلكترونيكس، أبل + ووتش، زين + السعودية)."""
    before = [normalize(w) for w in text[ts:s].split()]
    if any(w not in _facility_words("name_articles") for w in before):
        return "other"
    given = _name_words()[3]
    added = text[e:te].split()
    return "name" if any(normalize(w) in ("شركه", "وشركه") or w in given for w in added) else "longer"


def _rule_vetoed(rule: dict, text: str, s: int, e: int) -> bool:
    """Whether a context rule's ``not_prev``/``not_next``/``not_glued`` veto holds around ``s:e``, as the
    gazetteer pass reads it (صلاة before المغرب, لو before بورتو), the word before across a quote mark too
    (منطقة «الفاو»)."""
    m = _PREV_WORD_QUOTED.search(text, max(0, s - 30), s)
    if m and "not_prev" in rule and not rule["not_prev"].isdisjoint(_plain_forms(normalize(m.group(1)))):
        return True
    m = _NEXT_WORD.match(text, e, min(len(text), e + 30))
    if m and "not_next" in rule and normalize(m.group(1)) in rule["not_next"]:
        return True
    k = s
    while k > 0 and text[k - 1].isalpha():
        k -= 1
    return k < s and normalize(text[k:s]) in rule.get("not_glued", ())


def _common_word_here(g: Gazetteer, cands, text: str, s: int, e: int) -> bool:
    """Whether a tagger span that equals ambiguous aliases is the common word here: the context rule of
    one of them is marked ``common_word`` (context.json) and its ``not_prev``/``not_next``/``not_glued``
    veto holds (المغرب after صلاة, النيل before من, أمل before في)."""
    rules = context_rules()
    for c in cands:
        if not c.ambiguous:
            return False
        rule = rules.get(g.entries[c.entry].cue) or {}
        if rule.get("common_word") and _rule_vetoed(rule, text, s, e):
            return True
    return False


def _merge(g: Gazetteer, text: str, mentions, tagged, ctx, keep_misc="named") -> list[Entity]:
    out = [[s, e, ent, "gazetteer"] for s, e, ent in mentions]
    if not tagged:
        return _teams([_gaz_entity(text, s, e, ent) for s, e, ent, _ in out], text)
    by_surface, by_first_word = {}, {}
    for s, e, ent, _ in out:
        key = normalize(text[s:e])
        by_surface.setdefault(key, ent)
        if " " in key:  # ريال مدريد: الريال alone is its short form (_currency)
            by_first_word.setdefault(key.split(" ", 1)[0], ent)
    extra = []
    starts = [x[0] for x in out]
    descriptors = _descriptors()
    unless_named = _unless_named(text, tagged)
    doc_codes = DocumentCurrencies(text)
    for ts, te, label in tagged:
        ts, te = _strip_tagger_span(text, ts, te)
        ts = _article_lam(text, ts, label)
        ts = _glued_letter_name(text, ts, te)
        ts, te = _trim_function_words(text, ts, te)
        te = _trim_verb_tail(text, ts, te)
        ts = _trim_verb_head(text, ts, te)
        ts = _after_pronoun(text, ts, te, label)
        te = _before_god_formula(text, ts, te)
        if te <= ts or ctx.is_blocked(ts, te) or _not_a_name(text, ts, te, label, keep_misc is not True):
            continue
        if unless_named and " " not in text[ts:te] and not unless_named.isdisjoint(_plain_forms(normalize(text[ts:te]))):
            continue
        label = label if label in ("PERSON", "ORG", "LOC", "MISC") else "MISC"
        if _currency(text, ts, te, label, out, starts, by_first_word, keep_misc, extra, doc_codes) or _definite_pair(text, ts, te):
            continue
        if label == "MISC":
            actor = _actor_after_starring(text, ts, te)
            if actor is not None:  # [بطولة محمد رمضان]: the cast, not a work
                (ts, te), label = actor, "PERSON"
            elif _starring_in_a_work(text, ts, te):  # ولعب [بطولة المسرحية]: no name
                continue
        if label == "ORG":
            ts = _after_descriptor(text, ts, te, descriptors)
        elif label == "PERSON":
            ts = _after_nationality(text, ts, te)
        k = bisect_left(starts, te)
        overl = [x for x in out[max(0, k - 8):k] if x[0] < te and x[1] > ts]
        if overl:
            # a longer tagger name containing one gazetteer match with the same coarse label extends it
            if len(overl) == 1:
                x = overl[0]
                ent = x[2]
                if ts <= x[0] and te >= x[1] and (ts, te) != (x[0], x[1]):
                    if te == x[1] and not descriptors.isdisjoint(_plain_forms(normalize(text[ts:x[0]].strip()))):
                        pass  # تنظيم + داعش: the name stays the gazetteer's
                    elif ent.label == "PERSON" and label == "PERSON":
                        ps, pe, same = _person_extent(g, text, ts, te, x[0], x[1], ent)
                        if not same:  # someone else: the tagger's name, without the id
                            x[0], x[1], x[2], x[3] = ps, pe, None, "tagger"
                            x.append(label)
                        elif (ps, pe) != (x[0], x[1]):
                            x[0], x[1], x[3] = ps, pe, "gazetteer+tagger"
                    elif _COARSE.get(ent.label) == _COARSE.get(label):
                        if ent.label == "ORG" and te > x[1] and _adjective_names_another_body(text, x[0], x[1], te):
                            x[0], x[1], x[2], x[3] = ts, te, None, "tagger"  # [مجلس الأمن الوطني]: not the UN's
                            x.append(label)
                        elif ent.label == "ORG":
                            x[0], x[1], x[3] = ts, te, "gazetteer+tagger"
                        elif ent.label in _COMMERCIAL:
                            how = _product_extent(text, ts, te, x[0], x[1])
                            if how == "other":  # زنيوانلونغ سوني، Proceedings of the National ...: another name
                                x[0], x[1], x[2], x[3] = ts, te, None, "tagger"
                                x.append(label)
                            elif how == "longer":
                                x[0], x[1], x[3] = ts, te, "gazetteer+tagger"
                    elif label == "ORG" and ent.label == "LOC":
                        x[0], x[1], x[3] = ts, te, "tagger"
                        x[2] = None
                        x.append(label)
                    elif label == "PERSON" and ent.label in _COMMERCIAL and te == x[1] and \
                            _given_name_before_brand(text[ts:x[0]]):
                        # روبرت [فورد]، هاريسون [فورد]: a listed given name before the brand: a family name
                        x[0], x[2], x[3] = ts, None, "tagger"
                        x.append(label)
                elif (ts, te) == (x[0], x[1]) and label == "ORG" and ent.label == "LOC" and len(x) == 4:
                    x[3] = "gazetteer+tagger"
                    if not _place_kept(g, text, ts, te):
                        x[2] = None
                        x.append(label)
            person = _person_after_place(text, overl, label, te)
            if person is not None:
                extra.append(_make_entity(text[person:te], person, te, "PERSON", None, None, None, "tagger"))
            continue
        if label == "PERSON" and _place_by_head(text, ts, te):
            label = "LOC"  # بركان [جبل رونغ]: the tagger's person is a mountain
        key = _surface_key(g, text, ts, te, by_surface)
        ent = by_surface.get(key)
        if ent is None:
            cands = g.keys.get(tuple(WORD.findall(key)))
            if cands and _common_word_here(g, cands, text, ts, te):
                continue  # صلاة المغرب، النيل من أمن الوطن: the alias's context rule says it is a word here
            if cands:
                # a brand, paper or platform alias that is also a common word, turned down here by its
                # context rule (قنا the city, إبل camels), lends the tagger's span its id only in quotes
                for c in cands:
                    cand = g.entries[c.entry]
                    if c.ambiguous and cand.label == "LOC" and _shared_with_org(g, cands):
                        continue  # ميلان the city by its cue only (مدينة ميلان), else the club passes decide
                    rule = context_rules().get(cand.cue) or {} if c.ambiguous else {}
                    if c.ambiguous and (rule.get("cue_only") or _rule_vetoed(rule, text, ts, te)):
                        # جوفاني لو [بورتو]: the reading its own rule turns down here lends no id; a
                        # ``cue_only`` rule lends it nowhere but where it held (صالح: Yemen's Saleh only
                        # after الحوثي، قوات، المخلوع ..., not every man named Saleh)
                        continue
                    if (_COARSE.get(cand.label, cand.label) == _COARSE.get(label, label)
                            or _place_after_bi(cand, label, text, ts, te)) and \
                            not (c.ambiguous and cand.label in _COMMERCIAL and not _quoted(text, ts, te)):
                        ent = cand
                        break
            if text[te - 1] == "ه" and (ent is not None and ent.teh or ent is None and _teh_word(g, key)):
                continue  # a spelling the gazetteer turned down here (جده "his grandfather", وجده "found it")
        if ent is not None and (_COARSE.get(ent.label, ent.label) == _COARSE.get(label, label)
                                or _one_sense(ent, label, key, by_surface) or _place_after_bi(ent, label, text, ts, te)):
            extra.append(_gaz_entity(text, ts, te, ent, "tagger"))
        elif label == "MISC" and not keep_misc:
            continue
        else:
            extra.append(_make_entity(text[ts:te], ts, te, label, None, None, None, "tagger"))
    res = []
    for x in out:
        s, e, ent, src = x[:4]
        if ent is None:
            res.append(_make_entity(text[s:e], s, e, x[4], None, None, None, src))
        else:
            res.append(_gaz_entity(text, s, e, ent, src))
    return _teams(res + extra, text)


@lru_cache(maxsize=1)
def _not_given_before_brands() -> frozenset:
    return frozenset(facilities().get("given_names_before_brands", {}).get("not_given", ()))


def _given_name_before_brand(before: str) -> bool:
    """Whether the words a tagger person span has before a brand begin with a given name of the name lists
    (روبرت فورد، كوكو شانيل: facilities.json ``given_names_before_brands``), not with one that is also a
    word there (المتحدث باسم بوينغ)."""
    words = before.split()
    return bool(words) and words[0] in _name_words()[3] and words[0] not in _not_given_before_brands()


#: the words after a place inside a tagger span: a given name and one or two more (حاكم أوهايو جون كاسيتش)
_NAME_AFTER_PLACE = regex.compile(r"\s+(\p{L}+)(?:\s+\p{L}+){1,2}")


@lru_cache(maxsize=1)
def _starring() -> tuple[frozenset, frozenset]:
    d = facilities().get("starring", {})
    return frozenset(map(normalize, d.get("heads", ()))), frozenset(map(normalize, d.get("skip", ())))


_SPAN_WORD = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def _actor_after_starring(text: str, s: int, e: int) -> Optional[tuple[int, int]]:
    """The actor inside a tagger MISC span that begins with بطولة 'starring' ([بطولة محمد رمضان]،
    [بطولة الفيلم جيسون كلارك وسارة باركر]: facilities.json ``starring``): the words from a given name
    of the name lists on, up to a second name joined by و; None when no given name follows the head
    (بطولة الدوري، بطولة فيلم), so tournaments and works keep their reading."""
    ms = list(_SPAN_WORD.finditer(text, s, e))
    if len(ms) < 2:
        return None
    heads, skip = _starring()
    if heads.isdisjoint(_plain_forms(normalize(ms[0].group()))):
        return None
    k = 2 if normalize(ms[1].group()) in skip else 1
    given = _name_words()[3]
    if k >= len(ms) or ms[k].group() not in given:
        return None
    end = e
    for p, m in enumerate(ms[k + 1:], k + 1):
        w = m.group()
        if w[0] == "و" and w[1:] in given:
            end = ms[p - 1].end()
            break
    return ms[k].start(), end


def _starring_in_a_work(text: str, s: int, e: int) -> bool:
    """Whether a tagger MISC span with no actor in it is بطولة 'starring' and a word for the work or its
    cast (facilities.json ``starring`` skip: ولعب [بطولة المسرحية] الفنان ...، المشاركة في [بطولة فيلم
    سينمائي خليجي]): the lead role, no name; بطولة الدوري، بطولة العالم (a tournament) stay."""
    ms = list(islice(_SPAN_WORD.finditer(text, s, e), 2))
    if len(ms) < 2:
        return False
    heads, skip = _starring()
    return not heads.isdisjoint(_plain_forms(normalize(ms[0].group()))) and normalize(ms[1].group()) in skip


def _place_by_head(text: str, s: int, e: int) -> bool:
    """Whether a tagger span of two words or more begins with a geographic head (facilities.json
    ``geographic_heads``: جبل، وادي، جزيرة، قلعة ...): the tagger, seeing a foreign word after it
    (جبل رونغ، قلعة كارديغان), takes the pair for a person's name."""
    m = _NEXT_WORD.match(" " + text[s:e])
    return bool(m) and m.end() < e - s + 1 and normalize(m.group(1)) in _facility_words("geographic_heads")


def _person_after_place(text: str, overl: list, label: str, te: int) -> Optional[int]:
    """The start of a person the tagger ran into one span with the place or body before it (PERSON حاكم
    [أوهايو جون كاسيتش]، المدير العام [لليونيسكو إيرينا بوكوفا]): the gazetteer keeps its match, and the
    two or three words after it that begin with a given name of the name lists are a person, not
    dropped with the span; None otherwise."""
    if len(overl) != 1 or label not in ("PERSON", "LOC"):
        return None
    x = overl[0]
    if x[2] is None or x[2].label not in ("LOC", "ORG") or len(x) > 4 or x[1] >= te:
        return None
    m = _NAME_AFTER_PLACE.fullmatch(text, x[1], te)
    if m is None or m.group(1) not in _name_words()[3]:
        return None
    return m.start(1)


#: the word before a name, past an opening quote mark (صحيفة «الخبر»)
_WORD_BEFORE_NAME = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{0,2}[«\"“'(]?\s{0,2}$")


@lru_cache(maxsize=4)
def _places_naming_bodies(g: Gazetteer) -> frozenset:
    """The word tuples that may name a body of the gazetteer alone: what follows جامعة or نادي in its
    organizations' names (جامعة أكسفورد، نادي برشلونة) and what begins them (مانشستر يونايتد، قطر للبترول)."""
    heads, out = {"جامعه", "نادي"}, set()
    for key, cands in g.keys.items():
        if len(key) > 1 and any(g.entries[c.entry].label == "ORG" for c in cands):
            out.update(key[:n] for n in range(1, len(key)))
            if key[0] in heads:
                out.add(key[1:])
    return frozenset(out)


def _place_kept(g: Gazetteer, text: str, s: int, e: int) -> bool:
    """Whether a gazetteer place the tagger reads as an organization over exactly its name stays the
    place with its id (مطار سياتل، وفي مانشستر، مستشفى الرس, a government too: أعلنت أنقرة, as the news
    annotates it): unless a descriptor, team cue or facilities.json ``place_body_heads`` word stands
    before it (صحيفة «الخبر»، لاعب نابولي، مدرسة سان خوسيه) or the place names an organization of the
    gazetteer (أكسفورد، برشلونة: ``clubs._city_club_ids`` gives the club's id; مانشستر يونايتد). Team readings
    (هامبورغ الألماني، فوزه على كوبنهاغن) are ``_teams``'."""
    if tuple(WORD.findall(normalize(text[s:e]))) in _places_naming_bodies(g):
        return False
    m = _WORD_BEFORE_NAME.search(text, max(0, s - 30), s)
    if m is None:
        return True
    return _place_body_heads().isdisjoint(_plain_forms(normalize(m.group(1))))


@lru_cache(maxsize=1)
def _place_body_heads() -> frozenset:
    """The words before a place that make it a body: descriptors, team cues, ``place_body_heads``."""
    return _descriptors() | _facility_words("place_body_heads") | _facility_words("team_cues")


def _unless_named(text: str, tagged) -> frozenset:
    """The words of facilities.json ``tagger_words_unless_named`` (رضا) that no longer tagger person name
    of this text begins with: a one-word tagger span of one of them is the common word (كسب رضا الجماهير),
    unless the text names someone so (رضا العبد الله ... بمنع رضا)."""
    words = _facility_words("tagger_words_unless_named")
    named = set()
    for s, e, label in tagged:
        span = text[s:e].split()
        if label == "PERSON" and len(span) > 1:
            named.update(_plain_forms(normalize(span[0])))
    return words - named


def _currency(text: str, ts: int, te: int, label: str, out: list, starts: list, by_first_word: dict, keep_misc,
              extra: list, doc_codes: DocumentCurrencies) -> bool:
    """Whether a tagger span is a currency's (``currencies``); its parts that no gazetteer match covers
    go to ``extra`` as MISC mentions with the ISO id (not with ``ner_misc=False``). Without an amount
    before it, a currency word that begins a name the gazetteer found in the article (``by_first_word``)
    is that name's short form (الريال beside ريال مدريد: the club). ``doc_codes`` gives a bare word the
    code the document's country makes it (درهم in a Moroccan article: mad), as the amounts get."""
    found = currency_parts(text, ts, te, label)
    if found is None:
        return False
    parts, amount = found
    for s, e, code, name in parts:
        k = bisect_left(starts, e)
        if any(x[0] < e and x[1] > s for x in out[max(0, k - 8):k]):
            continue
        club = None if amount else by_first_word.get(_bare(normalize(text[s:e])))
        if club is not None:
            extra.append(_gaz_entity(text, s, e, club, "tagger"))
        elif keep_misc is not False:
            code, name = doc_codes.code(code, name, text[s:e])
            extra.append(_make_entity(text[s:e], s, e, "MISC", code, name, None, "tagger"))
    return True


def _shared_with_org(g: Gazetteer, cands) -> bool:
    """Whether an organization of the gazetteer has the alias too (ميلان: Milan and AC Milan): its
    ambiguous place reading then lends a tagger span no id, it holds only where its cue matched."""
    return any(g.entries[c.entry].label == "ORG" for c in cands)


def _one_sense(ent, label: str, key: str, by_surface: dict) -> bool:
    """A tagger place or person whose surface is an organization the gazetteer found elsewhere in the
    article (a club named after a city or a common word: القادسية, read by its cue in أندية ... القادسية,
    then تسجيل لاعب في كشوفات القادسية) is that organization: one name, one sense in one article."""
    return ent.label == "ORG" and label in ("LOC", "PERSON") and by_surface.get(key) is ent


def _place_after_bi(ent, label: str, text: str, ts: int, te: int) -> bool:
    """A one-word tagger person glued to ب that is a place of the gazetteer (حادث مروري بعفيف، عضو المجلس
    المحلي بشقراء) is the place: news says "in Afif", seldom ب + a given name (اتصل بعفيف)."""
    if label != "PERSON" or ent.label != "LOC" or ts < 1 or text[ts - 1] != "ب" or " " in text[ts:te]:
        return False
    k = ts - 1  # ب alone or after و/ف
    return k == 0 or not text[k - 1].isalpha() or text[k - 1] in "وف" and (k == 1 or not text[k - 2].isalpha())


def _teh_word(g: Gazetteer, key: str) -> bool:
    """Whether a word, less a glued conjunction or preposition, is an alias the gazetteer accepts
    spelled with ه only where its context rule holds (وجده: و + جده)."""
    for f in _plain_forms(key)[1:]:
        for c in g.keys.get((f,), ()):
            if g.entries[c.entry].teh:
                return True
    return False


def _one_id_each(ents: list, key_of) -> dict:
    """``key_of(mention)`` (None: skip it) -> the first mention with that key, or None when the
    article's mentions with that key carry two ids."""
    ids: dict = {}
    for x in ents:
        key = key_of(x)
        if key is not None:
            y = ids.get(key, x)
            ids[key] = y if y is not None and y.id == x.id else None
    return ids


def _same_name_ids(ents: list) -> list:
    """A mention without an id takes the id of the article's mentions of the same name and label (one
    name, one referent in one article): the club cue held at one «الريال» and not at the next (مصير نافاس
    مع الريال), a bare الحرس الوطني far from the Saudi words its first mention stood by. Not when the
    name carries two ids in the article."""
    ids = _one_id_each(ents, lambda x: (normalize(x.text), x.label) if x.id else None)
    if not any(ids.values()):
        return ents
    out = ents
    for k, x in enumerate(ents):
        if x.id:
            continue
        y = ids.get((normalize(x.text), x.label))
        if y is not None:
            if out is ents:
                out = list(ents)
            out[k] = _make_entity(x.text, x.start, x.end, x.label, y.id, y.name, y.wikidata, x.source)
    return out


def _places_read_as_people(ents: list, text: str) -> list:
    """A one-word person without an id that the article also names as a place with an id (عفيف, afif),
    right after a word that puts a place there (في، من، مرور، شرطة ...: facilities.json
    ``places_after``), is that place: مرور عفيف، من عفيف. A given name beside its town keeps its reading
    after any other word (حسام بن عفيف). One pass over the mentions and one look back per candidate."""
    ids = _one_id_each(ents, lambda x: normalize(x.text) if x.label == "LOC" and x.id else None)
    if not any(ids.values()):
        return ents
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON" or x.id or " " in x.text:
            continue
        y = ids.get(normalize(x.text))
        if y is None:
            continue
        m = _PREV_WORD_QUOTED.search(text, max(0, x.start - 30), x.start)  # مرور «عفيف» too
        if m and normalize(m.group(1)) in _facility_words("places_after"):
            if out is ents:
                out = list(ents)
            out[k] = _make_entity(x.text, x.start, x.end, "LOC", y.id, y.name, y.wikidata, x.source)
    return out


def _places_after_area_words(ents: list, text: str) -> list:
    """A tagger organization or MISC span without an id right after a word for an inhabited area (منطقة،
    مدينة، حي، بلدة، قرية: facilities.json ``areas_before_place``), across an opening quote mark too, is
    that place: منطقة «الفاو»، حي الزمالك، مدينة ابردين، مدينة "تولسا"، بلدة «نيشامي» (the tagger reads
    quoted foreign names MISC, which the news guide has no label for). A span that opens with an organization head or a royal title
    (مديرية شرطة ...، مدينة الملك عبدالعزيز للعلوم والتقنية) keeps its reading. A MISC span that itself opens
    with such a word or جبل (facilities.json ``misc_place_heads``: «مديرية المخادر»، «حي الديرة»، جبل الدروز),
    or a MISC span after a hotel, resort, hospital ... word (``facilities_before_place``: فندق «الكونتيننتال»)
    is the place too, and so is an organization after a hotel or resort word (``lodgings_before_place``:
    فندق «ريتز»، منتجع «كرابي»). One look back per mention."""
    heads = _facility_words("areas_before_place")
    not_first = _facility_words("areas_not_place_first")
    misc_heads, misc_tails = _facility_words("misc_place_heads"), _facility_words("misc_place_tails")
    facility = _facility_words("facilities_before_place")
    lodging = _facility_words("lodgings_before_place")
    out = ents
    for k, x in enumerate(ents):
        if x.label not in ("ORG", "MISC") or x.id or x.source != "tagger":
            continue
        if not (x.label == "MISC" and _misc_place_head(x.text, misc_heads, misc_tails)):
            m = _PREV_WORD_QUOTED.search(text, max(0, x.start - 30), x.start)
            forms = _plain_forms(normalize(m.group(1))) if m else ()
            if not m or heads.isdisjoint(forms) and (
                    (facility if x.label == "MISC" else lodging).isdisjoint(forms)
                    or not _whole_quoted(text, m.end(1), x.end)):
                continue
        if normalize(x.text.split()[0]) in not_first:
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, "LOC", None, None, None, x.source)
    return out


def _places_named_after_people(ents: list, text: str) -> list:
    """A person mention right after a word for a hall, airport, street or hospital without ال (facilities.json
    ``places_named_after_people``, glued ب/ل/و, across an opening quote mark) is the place named after
    them, LOC without the person's id: بقاعة [عبدالرحمن المريخي]، مطار [شارل ديغول]، بقاعة «[سعود الفيصل]»،
    مستشفى «[ألبرت آينشتاين]». مدرسة and مسرح are left out (مدرسة يوسف وهبي: his school of acting). One
    look back per person mention."""
    heads = _facility_words("places_named_after_people")
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON":
            continue
        m = _PREV_WORD_QUOTED.search(text, max(0, x.start - 30), x.start)
        if not m or heads.isdisjoint(_plain_forms(normalize(m.group(1)))):
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, "LOC", None, None, None, x.source)
    return out


def _misc_place_head(span: str, heads: frozenset, tails: frozenset) -> bool:
    """Whether a MISC span of two words or more opens with a word for an area or a mountain (facilities.json
    ``misc_place_heads``: حي، مديرية، جبل ...) or ends with a mall (``misc_place_tails``: ابن بطوطة مول): the tagger reads such a local name (مديرية المخادر، جبل
    الدروز) MISC, a label the news guide gives no place."""
    words = span.split()
    return len(words) > 1 and (normalize(words[0]) in heads or normalize(words[-1]) in tails)


_QUOTE_OPEN, _QUOTE_CLOSE = "«\"“", "»\"”"


def _whole_quoted(text: str, head_end: int, e: int) -> bool:
    """Whether a span quoted after its head (فندق «البريستول») reaches the closing mark: منتجع «[ميليا] بالي»
    is a piece of the name, left alone; an unquoted span passes."""
    if not any(c in _QUOTE_OPEN for c in text[head_end:e]):
        return True
    rest = text[e:e + 3].lstrip()
    return bool(rest) and rest[0] in _QUOTE_CLOSE


def _quoted_whole(text: str, s: int, e: int) -> bool:
    """Whether a quote mark opens right before ``s`` and one closes right after ``e`` («سيرجيو روسي»)."""
    return s > 0 and text[s - 1] in _QUOTE_OPEN and text[e:e + 1] in _QUOTE_CLOSE and text[e:e + 1] != ""


def _bodies_after_body_words(ents: list, text: str) -> list:
    """A tagger MISC span without an id right after فريق، نادي، حزب without ال (facilities.json
    ``bodies_before_name``, across an opening quote mark) is the club or party, ORG: فريق راسينج الأوروجوياني،
    حزب «البيت اليهودي» (MISC matches no label of the news guide). الفريق الكوبي (an adjective after the
    definite noun) and a span that holds the word again (teams run together) stay. So is a person span
    quoted whole after the word: دار «بوشرون»، دار «سيرجيو روسي» (a fashion or publishing house named after
    its founder). One look back per mention."""
    heads = _facility_words("bodies_before_name")
    out = ents
    for k, x in enumerate(ents):
        if x.label not in ("MISC", "PERSON") or x.id or x.source != "tagger":
            continue
        if x.label == "PERSON" and not _quoted_whole(text, x.start, x.end):
            continue
        m = _PREV_WORD_QUOTED.search(text, max(0, x.start - 30), x.start)
        if not m or heads.isdisjoint(_plain_forms(normalize(m.group(1)))):
            continue
        if not heads.isdisjoint(f for w in x.text.split() for f in _plain_forms(normalize(w))):
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, "ORG", None, None, None, x.source)
    return out
