"""Bodies and works named by description: institutions (اللجنة العامة للانتخابات), places and bodies named
after a titled person, quoted titles of works, and descriptor or nationality words at a name's edge.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import compress

import regex

from ..text import normalize
from .gazetteer import facilities, facility_heads
from .people import _person_titles
from .words import (_facility_words, _gaz_entity, _make_entity, _NEXT_WORD, _nisba_of_place, _NISBA_STOP, _one_word_names,
                    _plain_forms, _PREV_WORD_QUOTED, _quoted)



def _after_nationality(text: str, s: int, e: int) -> int:
    """The start of a person span of several words past a nationality adjective before the name
    (الكولومبي راداميل فالكاو -> راداميل فالكاو، البولندي آدريان): the news spans the name alone."""
    first, sep, rest = text[s:e].partition(" ")
    if sep and rest.strip() and first.startswith("ال") and _nisba_of_place(normalize(first)):
        return e - len(rest.lstrip())
    return s


def _after_descriptor(text: str, s: int, e: int, descriptors: frozenset) -> int:
    """The start of a two-word ORG span past its first word when that is a descriptor and the second
    has no article (حركة حماس -> حماس، نادي أرسنال -> أرسنال; وكالة الأنباء stays whole)."""
    first, sep, rest = text[s:e].partition(" ")
    if not sep or " " in rest or not rest or normalize(rest).startswith("ال") \
            or descriptors.isdisjoint(_plain_forms(normalize(first))):
        return s
    s = e - len(rest)
    while not text[s].isalnum():  # قناة «المسيرة: the quote mark stays out too
        s += 1
    return s


_TITLE_CUES = None


def _title_cues() -> dict:
    """The work and event cues of data/gazetteer/facilities.json (برنامج، بعنوان، فيلم ... -> WORK;
    فعاليات، مهرجان ... -> EVENT), also with a glued و ب ل وب, normalized."""
    global _TITLE_CUES
    if _TITLE_CUES is None:
        f = facilities()
        _TITLE_CUES = {normalize(p + c): label for key, label in (("work_cues", "WORK"), ("event_cues", "EVENT"))
                       for c in f.get(key, ()) for p in ("", "و", "ب", "ل", "وب")}
    return _TITLE_CUES


def _definite_cue(w: str) -> bool:
    """Whether a (normalized) title cue is a noun with the article (المسلسل، الفيلم، الأوبريت, maybe
    after و/ب/ل/وب): a quoted name after it may be no title but a name of its own (في المسلسل «تويتر»
    صامد), so a name the gazetteer knows with an id keeps its reading there."""
    return any(w[len(p):].startswith("ال") for p in ("", "و", "ب", "وب")) or w.startswith("لل")


_WORK_ADJECTIVES = None


def _work_adjectives() -> frozenset:
    """The words that may sit between a work cue and its quoted title (جديد، الشهير ...), normalized."""
    global _WORK_ADJECTIVES
    if _WORK_ADJECTIVES is None:
        _WORK_ADJECTIVES = frozenset(normalize(w) for w in facilities().get("work_adjectives", ()))
    return _WORK_ADJECTIVES


_QUOTED_TITLE = regex.compile(r'[ ]{0,2}([«"“])[ ]?([^«»"“”\n]{1,60}?)[ ]?([»"”])')


def _quoted_titles(ents: list, text: str, ctx, toks) -> list:
    """The title in quotes right after a word such as برنامج، بعنوان، فيلم، مسلسل، كتاب، أوبريت، قصيدة،
    المسلسل, or after it and one of the work adjectives (برنامج جديد «X»، المسلسل التلفزيوني «Y»), at most
    60 characters and 6 words, is a WORK mention; after فعاليات، مهرجان، معرض ... an EVENT; mentions inside
    it give way (أوبريت «مجدك يا سلمان» names no person), except a name with an id that is the whole quote
    after a definite cue (``_definite_cue``)."""
    words = toks.words
    cues = _title_cues()
    if cues.keys().isdisjoint(words):
        return ents
    view, acc, norm = ctx.view, toks.acc, ctx.view.norm
    adjectives = _work_adjectives()
    ents = sorted(ents, key=lambda x: (x.start, -x.end))
    starts = [x.start for x in ents]
    longest = max((x.end - x.start for x in ents), default=0)
    titles: list = []
    inside: set = set()  # ids of the mentions a title replaces
    for k, w in enumerate(words):
        if w not in cues:
            continue
        m = _QUOTED_TITLE.match(norm, acc[2 * k + 1])
        if m is None and k + 1 < len(words) and words[k + 1] in adjectives and not toks.gaps[k + 1].strip():
            m = _QUOTED_TITLE.match(norm, acc[2 * k + 3])  # برنامج جديد «X»
        if m is None or len(m.group(2).split()) > 6 or not regex.search(r"\p{L}", m.group(2)):
            continue
        s, e = view.start(m.start(2)), view.end(m.end(2))
        if ctx.is_blocked(s, e) or (titles and titles[-1].end > s):
            continue
        # the mentions that can touch [s, e): they start at most ``longest`` before s (bisect, not a scan)
        near = ents[bisect_left(starts, s - longest):bisect_left(starts, e)]
        if any(x.start < s < x.end or x.start < e < x.end for x in near):
            continue  # a mention across the quote
        if any(x.start == s and x.end == e and x.id and x.label == cues[w] for x in near):
            continue  # the gazetteer's work or event, with its id («جوراسيك وورلد»)
        if _definite_cue(w) and any(x.start == s and x.end == e and x.id for x in near):
            continue  # a known name in quotes after the definite noun (في المسلسل «تويتر» صامد: a character)
        if any(x.start == s and x.end == e and x.id and x.label == "PLATFORM" for x in near):
            continue  # برنامج «سناب شات»، برنامج "واتس آب": the app itself, not a show
        inside.update(id(x) for x in near if s <= x.start and x.end <= e)
        titles.append(_make_entity(text[s:e], s, e, cues[w], None, None, None, "tagger"))
    if not titles:
        return ents
    return [x for x in ents if id(x) not in inside] + titles


def _titles_again(ents: list, text: str) -> list:
    """A mention without an id standing alone in quotes or brackets («تشيللو»، (ألو فايز)، "كلنا سلمان")
    whose name is a work's title elsewhere in the article (a WORK mention: مسلسل «تشيللو»، أوبريت «كلنا
    سلمان») is that work too (one name, one referent in one article): the tagger reads the quoted title
    ORG, MISC or PERSON where no work word stands before it. Bare (unquoted) mentions keep their reading:
    a character's name often is the title (أليس، مريم), and so does a quoted one after a word for a
    character or a role (facilities.json ``character_words``: شخصية «مريم»، في دور «مريم»). One pass over
    the mentions and one look back per candidate."""
    works = {}
    for x in ents:
        if x.label == "WORK":
            works.setdefault(normalize(x.text), x)
    if not works:
        return ents
    out = ents
    for k, x in enumerate(ents):
        if x.label in ("WORK", "EVENT") or x.id:
            continue
        w = works.get(normalize(x.text))
        if w is None or not (_quoted(text, x.start, x.end) or _bracketed(text, x.start, x.end)):
            continue
        m = _PREV_WORD_MARKED.search(text, max(0, x.start - 30), x.start)
        if m and normalize(m.group(1)) in _facility_words("character_words"):
            continue  # شخصية «مريم»، في دور «مريم»: the character, not the series
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, "WORK", w.id, w.name, w.wikidata, x.source)
    return out


#: the word before a span, across an opening quote mark or bracket
_PREV_WORD_MARKED = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{1,2}[«»\"“”(]\s?$")


def _bracketed(text: str, s: int, e: int) -> bool:
    """Whether a span stands alone in round brackets ((تشيللو)، (ألو فايز) 2)."""
    before, after = text[max(0, s - 2):s].rstrip(), text[e:e + 2].lstrip()
    return before[-1:] == "(" and after[:1] == ")"


_INSTITUTIONS = None


def _institution_words() -> tuple:
    """(head noun, also with glued proclitics -> the proclitics' length; adjectives; words after a name
    that are not part of it) of facilities.json's institution names, normalized: للجنة is ل + اللجنة
    (its article's ل stays in the name)."""
    global _INSTITUTIONS
    if _INSTITUTIONS is None:
        f = facilities()
        heads = {}
        for h in map(normalize, f.get("institution_heads", ())):
            for p in ("", "و", "ف", "ب", "ك", "وب", "فب", "وك"):
                heads[p + h] = len(p)
            for p in ("ل", "ول", "فل"):
                heads[p + h[1:]] = len(p)
        _INSTITUTIONS = (heads, *(frozenset(map(normalize, f.get(k, ())))
                                  for k in ("institution_adjectives", "institution_not_in_name")))
    return _INSTITUTIONS


def _institutions(ents: list, text: str, ctx, toks) -> list:
    """A body named by description, which neither the gazetteer nor ANERcorp's tagger knows (اللجنة
    العامة للانتخابات، الشركة السياحية الوطنية، المحكمة الجزئية الأميركية): a definite head noun, its
    adjectives, and a complement with ل (see facilities.json) make an ORG where no mention is."""
    heads, adjectives, not_in_name = _institution_words()
    words, gaps, acc = toks.words, toks.gaps, toks.acc
    n = len(words)

    def adjective(w):
        return w in adjectives or (len(w) >= 5 and w.startswith("ال") and w.endswith(("ي", "يه"))
                                   and w not in _NISBA_STOP and w not in not_in_name)

    view = ctx.view
    found = []
    spans = sorted((x.start, x.end) for x in ents)
    starts = [a for a, _ in spans]
    longest = max((b - a for a, b in spans), default=0)
    for k in compress(range(n), map(heads.__contains__, words)):
        w = words[k]
        off = heads[w]
        j = k + 1
        while j < n and gaps[j] == " " and adjective(words[j]):
            j += 1
        nadj = j - k - 1
        if not nadj:
            continue
        complement = False
        if j < n and gaps[j] == " ":
            c = words[j]
            if c.startswith("لل") and len(c) >= 5:  # للانتخابات (البلدية)
                complement = True
                j += 1
            elif c.startswith("ل") and not c.startswith("لا") and len(c) >= 4 and j + 1 < n and gaps[j + 1] == " " \
                    and words[j + 1].startswith("ال") and words[j + 1] not in not_in_name:
                complement = True  # لمشروع النقل (العام): a construct and its genitive
                j += 2
            if complement:
                if j < n and gaps[j] == " " and words[j].startswith("وال") and len(words[j]) >= 5 \
                        and words[j][1:] not in not_in_name:
                    j += 1  # للسياحة والتراث (الوطني)
                m = j
                while j < n and j - m < 2 and gaps[j] == " " and adjective(words[j]):
                    j += 1
        if not complement and nadj < 2:
            continue
        s, e = view.start(acc[2 * k + 1] - len(w) + off), view.end(acc[2 * j - 1])
        near = spans[bisect_left(starts, s - longest):bisect_left(starts, e)]  # the mentions that can touch it
        if ctx.is_blocked(s, e) or any(b > s for _, b in near) or (found and found[-1].end > s):
            continue
        found.append(_make_entity(text[s:e], s, e, "ORG", None, None, None, "tagger"))
    return ents + found if found else ents


#: the word before a mention, and the one before that (two words, a title between them optional)
# searched backwards ((?r)) from the end of the window: the match ends there, so this is 6x faster
_TWO_WORDS_BEFORE = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{1,2}(?:(\p{L}[\p{L}\p{M}]*)\s{1,2})?$")


def _named_after_people(ents: list, text: str, ctx) -> list:
    """A place, body or event named after a person (متنزه الملك عبدالعزيز، جامعة الأمير سلطان، طريق الملك
    فهد): a person mention right after a facility head of facilities.json, a title optionally between,
    becomes one mention with the head's label and no id."""
    heads, _, stop, _ = facility_heads()
    titled_heads = _titled_heads()
    titles = _person_titles()
    out = ents
    for k, x in enumerate(ents):
        if x.label != "PERSON":
            continue
        m = _TWO_WORDS_BEFORE.search(text, max(0, x.start - 40), x.start)
        if m is None:
            continue
        # the word right before is the head, unless it is a title: then the word before the title
        titled = m.group(2) is not None and normalize(m.group(2)) in titles
        g = 1 if m.group(2) is None or titled else 2
        hs = m.start(g)
        w = normalize(m.group(g))
        label = None
        for f in _plain_forms(w):
            if f in heads or titled and f in titled_heads:
                label, skip = heads.get(f) or titled_heads[f], len(w) - len(f)
                break
        if label is None or label == "EVENT" and (g == 2 or m.group(2) is None):
            continue  # an event after a bare name is mostly a film's cast (بطولة بيرس بروسنان)
        s = hs
        while skip and s < x.start:  # glued proclitics stay out (بمتنزه -> متنزه)
            if text[s].isalpha():
                skip -= 1
            s += 1
        e = x.end
        # one adjective (مركز الملك فهد الثقافي), unless the name took one already (مستشفى الملك فهد العام)
        a = _NEXT_WORD.match(text, e, min(len(text), e + 30))
        if a and a.start(1) == e + 1 and not normalize(x.text.rsplit(" ", 1)[-1]).startswith("ال"):
            n = normalize(a.group(1))
            if len(n) >= 5 and n.startswith("ال") and n[-1] in "يه" and n not in stop and not _nisba_of_place(n):
                e = a.end(1)
        if ctx.is_blocked(s, e):
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[s:e], s, e, label, None, None, None, x.source)
    return out


@lru_cache(maxsize=1)
def _titled_heads() -> dict:
    """facilities.json's named_after_heads, normalized -> label: heads that name a body or place after a
    person only with a title between (مركز الأمير سلطان، مؤسسة الملك خالد، مدينة الملك عبدالله): bare,
    مركز or مدينة before a name is no name of its own."""
    d = facilities().get("named_after_heads", {})
    return {normalize(w): label for label, ws in d.items() if not label.startswith("_") for w in ws}


@lru_cache(maxsize=4)
def _bare_saudi_bodies(g) -> tuple:
    """The bare names of the Saudi bodies (the ambiguous aliases of the entries with an id and the
    saudi_body cue: وزارة الصحة، الدفاع المدني، حرس الحدود، الحرس الوطني، مجلس الوزراء), as normalized word
    tuples -> the entry, and the set of their first words (a cheap test before the look-up)."""
    out = {}
    for key, cands in g.keys.items():
        for c in cands:
            e = g.entries[c.entry]
            if c.ambiguous and e.cue == "saudi_body" and e.id:
                out[key] = e
    return out, frozenset(k[0] for k in out)


@lru_cache(maxsize=4)
def _saudi_place_ids(g) -> frozenset:
    """The ids of the gazetteer entries tagged ``saudi`` (the kingdom, its regions, cities, towns and
    landmarks): every Saudi place makes an article read Saudi, so a Saudi article naming a small town
    several times does not count it a foreign place."""
    return frozenset(e.id for e in g.entries if e.id and "saudi" in e.tags)


def _saudi_bodies_in_saudi_articles(g, ents: list, text: str) -> list:
    """A bare Saudi body (وزارة الصحة، الدفاع المدني، حرس الحدود) the saudi_body cue left without an id is
    the Saudi one in an article that reads Saudi: it names the kingdom, its places or its bodies (a Saudi
    id), no foreign place id is named as often, and no foreign place id stands within 80 characters of
    the body (the Kuwaiti ministry, Gaza's civil defence in a Saudi paper's report keep no id). One pass,
    a bisection per body."""
    bare, firsts = _bare_saudi_bodies(g)
    saudi_ids = _saudi_place_ids(g)
    saudi, foreign, counts = 0, [], {}
    for x in ents:
        if not x.id:
            continue
        if x.id in saudi_ids or x.id.startswith("saudi-"):
            saudi += 1
        elif x.label == "LOC":
            foreign.append(x.start)
            counts[x.id] = counts.get(x.id, 0) + 1
    if not saudi or (counts and max(counts.values()) >= saudi):
        return ents
    foreign.sort()
    out = ents
    for k, x in enumerate(ents):
        if x.id or x.label != "ORG":
            continue
        key = tuple(normalize(x.text).split())
        e = bare.get(key) if key and key[0] in firsts else None
        if e is None:
            continue
        i = bisect_left(foreign, x.start - 80)
        if i < len(foreign) and foreign[i] <= x.start + 80:
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, x.label, e.id, e.name, e.wikidata, x.source)
    return out


@lru_cache(maxsize=1)
def _name_adjective_words() -> tuple:
    """facilities.json's name_adjective_heads, name_adjectives and name_adjective_time_words, normalized."""
    f = facilities()
    return tuple(frozenset(map(normalize, f.get(k, ())))
                 for k in ("name_adjective_heads", "name_adjectives", "name_adjective_time_words"))


def _adjective_names_another_body(text: str, alias_start: int, alias_end: int, te: int) -> bool:
    """A tagger span that runs past a gazetteer body's alias into a 'national' adjective (facilities.json
    own_body_adjectives: مجلس الأمن [الوطني]، مجلس الأمن [القومي]) names a country's own body, not the
    alias's international one (the UN Security Council): the longer span must not take the shorter
    alias's id. Only after an alias of two words or more, a descriptive name; other adjectives describe
    the same body (التحالف العربي العسكري، روساتوم العامة للطاقة الذرية)."""
    if " " not in text[alias_start:alias_end].strip():
        return False
    a = _NEXT_WORD.match(text, alias_end, min(te, alias_end + 30))
    return a is not None and a.start(1) == alias_end + 1 and normalize(a.group(1)) in _own_body_adjectives()


@lru_cache(maxsize=1)
def _own_body_adjectives() -> frozenset:
    """facilities.json own_body_adjectives, normalized."""
    return frozenset(map(normalize, facilities().get("own_body_adjectives", ())))


_DIGIT_NEXT = regex.compile(r"\s{1,2}\d")


def _name_adjectives(ents: list, text: str) -> list:
    """A hospital, prison or agency cut before the adjective of its name (مستشفى جازان [العام]، جهاز
    الأمن [الوطني]، لجنة الأمن [الداخلي]) takes it: a mention without an id that begins with a head of
    facilities.json's name_adjective_heads, right before one of name_adjectives. العام/العامة before a
    time word or a number is 'the year' (مستشفى جازان العام الماضي) and stays out. One look-up per mention."""
    heads, adjectives, time_words = _name_adjective_words()
    starts = {x.start for x in ents}
    out = ents
    for k, x in enumerate(ents):
        if x.id is not None or x.label not in ("LOC", "ORG") or " " not in x.text:
            continue
        if normalize(x.text.split(" ", 1)[0]) not in heads:
            continue
        a = _NEXT_WORD.match(text, x.end, min(len(text), x.end + 30))
        if a is None or a.start(1) != x.end + 1 or x.end + 1 in starts:
            continue
        w = normalize(a.group(1))
        if w not in adjectives:
            continue
        if w in ("العام", "العامه"):
            b = _NEXT_WORD.match(text, a.end(1), min(len(text), a.end(1) + 30))
            if b is not None and b.start(1) <= a.end(1) + 2 and normalize(b.group(1)) in time_words \
                    or _DIGIT_NEXT.match(text, a.end(1)):
                continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[x.start:a.end(1)], x.start, a.end(1), x.label, None, x.name, x.wikidata, x.source)
    return out


def _dateline_source(g, ents: list, doc) -> list:
    """The source of the article's dateline (``doc.meta.dateline``: "دبي-الشرق", or "الشرق" alone on its
    line under a site's captions) is a medium: its name is ambiguous elsewhere (الشرق "the East", سبق
    "preceded"), not in the dateline. One medium of that name is needed (an unambiguous one first)."""
    dl = doc.meta.dateline
    if dl is None or not dl.source:
        return ents
    k = dl.text.rfind(dl.source)
    if k < 0:
        return ents
    s = dl.start + k
    e = s + len(dl.source)
    if any(x.start < e and s < x.end for x in ents):
        return ents
    media = [c for c in g.resolve(dl.source) if g.entries[c.entry].label == "MEDIA"]
    plain = [c for c in media if not c.ambiguous]
    media = plain or media
    if len(media) != 1:
        return ents
    return ents + [_gaz_entity(doc.text, s, e, g.entries[media[0].entry], "gazetteer")]


#: what may stand between a paper word and the name after it: spaces and an opening quote mark
_PAPER_GAP = " \u00a0«»\"“”"


def _papers_after_paper_words(g, ents: list, text: str) -> list:
    """A body, person, MISC or place mention right after a word for a paper or a channel (facilities.json
    ``paper_words``, glued و/ب/ل/ف too, across an opening quote mark) is the medium of that name, MEDIA:
    صحيفة «ستاندرد»، مجلة “شتيرن”، قناة “جيو”، جريدة «كردستان»; the tagger reads unknown papers as bodies
    or people, and the gazetteer's club reading of a paper's name goes (صحيفة «الاتحاد» الإماراتية). An id
    stays unless it is a place's or a club's (قناة «المسيرة» keeps its entry); after قناة a place needs its
    quote marks (قناة السويس، the canal), a place that reads as a feminine nisba stays (مجلة سورية 'a Syrian
    magazine'), and so does a body of several words that opens with a head word of org_head_words.txt
    (مجلة منظمة المؤتمر الإسلامي: the body's magazine). A mention is read only where the letter before
    it (past spaces and a quote mark) is the ة/ه that ends every paper word."""
    papers = _facility_words("paper_words")
    out = ents
    for k, x in enumerate(ents):
        if x.label not in ("ORG", "PERSON", "MISC", "LOC"):
            continue
        j = x.start - 1
        while j > 0 and x.start - j < 4 and text[j] in _PAPER_GAP:
            j -= 1
        if j == x.start - 1 or text[j] not in "ةه":
            continue
        m = _PREV_WORD_QUOTED.search(text, max(0, x.start - 20), x.start)
        if m is None:
            continue
        forms = _plain_forms(normalize(m.group(1)))
        if papers.isdisjoint(forms):
            continue
        if x.id is not None:
            i = g.by_id.get(x.id)
            entry = g.entries[i] if i is not None else None
            if entry is None or not (entry.label == "LOC" or (entry.cue or "").startswith("club")):
                continue
        if x.label == "LOC" and not _quoted(text, x.start, x.end) \
                and ("قناه" in forms or normalize(x.text).endswith("يه")):
            continue
        head, sep, _ = x.text.partition(" ")
        if sep and normalize(head) in _one_word_names("org_head_words.txt"):
            continue
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(x.text, x.start, x.end, "MEDIA", None, None, None, x.source)
    return out
