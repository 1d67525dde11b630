"""Small helpers the entity rules share: word forms without clitics, the name words and lists of
facilities.json and the name lists, nationality adjectives, and Entity records built without validation.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from functools import lru_cache
from pathlib import Path

import regex

from ..records import constructor, Entity
from ..text import normalize
from .gazetteer import facilities, WORD


# scraped Arabic text often has the guillemets reversed (»العربية«), so either opens or closes
_QUOTE_OPEN = "«»\"“”'‘„‹›"


_QUOTE_CLOSE = "»«\"”“'’‹›"


_NISBA_STOP = frozenset(normalize(w) for w in ("الذي", "التي", "الثاني", "الثانية", "الحالي", "الحالية", "الماضي",
                                               "الماضية", "العربي", "الدولي", "الأولى", "الثالث", "الجديد"))


_PLAIN_FORMS: dict = {}  # word -> its forms (tuples of strings: the GC does not track them)


def _plain_forms(w: str) -> tuple:
    """A context word and its forms without a glued conjunction/preposition (لصحيفة -> صحيفة)."""
    r = _PLAIN_FORMS.get(w)
    if r is None:
        if len(_PLAIN_FORMS) >= 50_000:
            _PLAIN_FORMS.clear()
        r = _PLAIN_FORMS[w] = _forms_of(w)
    return r


#: the proclitic runs ``_plain_forms`` strips
_PROCLITIC_RUNS = ("و", "ف", "ب", "ل", "ك", "وب", "ول", "وك", "فب", "فل", "فك")


def _glued_forms(names) -> frozenset:
    """``names`` and every proclitic run before each: the words whose plain forms may hold one."""
    return frozenset(names).union(*(frozenset(p + x for x in names) for p in _PROCLITIC_RUNS))


def _words_with_forms_in(words: list, names, glued: frozenset = None) -> set:
    """The distinct words of ``words`` one of whose plain forms is in ``names`` (a set or a dict; ``glued``
    its ``_glued_forms`` when the caller keeps them): a pass over a document's words then looks only at
    these."""
    cands = (glued if glued is not None else _glued_forms(names)).intersection(words)
    return {w for w in cands if any(f in names for f in _plain_forms(w))}


def _forms_of(w: str) -> tuple:
    """``_plain_forms`` computed."""
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
        if len(w) > 4 and w[1] in "بلك":
            out.append(w[2:])
    elif len(w) > 3 and w[0] in "بلك":
        out.append(w[1:])
    return tuple(out)


class _MentionIndex:
    """A pass's mentions in their list order, with their spans sorted by start for overlap queries by
    bisection: a rule that tests each candidate word against every mention would grow with the square
    of a long document. Each mention keeps a serial number, its place in the list (``replace`` keeps it,
    ``add`` puts the new one last), so ``entities()`` is the list the pass would have built."""

    def __init__(self, ents):
        self.by: dict = {}
        self.spans: list = []  # (start, end, serial), sorted
        self.longest = 0
        self.next = 0
        for x in ents:
            self.add(x)

    def add(self, x, serial=None) -> int:
        if serial is None:
            serial, self.next = self.next, self.next + 1
        self.by[serial] = x
        insort(self.spans, (x.start, x.end, serial))
        self.longest = max(self.longest, x.end - x.start)
        return serial

    def remove(self, serial) -> None:
        x = self.by.pop(serial)
        del self.spans[bisect_left(self.spans, (x.start, x.end, serial))]

    def replace(self, serial, x) -> None:
        self.remove(serial)
        self.add(x, serial)

    def _near(self, a, b) -> list:
        """The spans that start in [a - longest, b)."""
        return self.spans[bisect_left(self.spans, (a - self.longest,)):bisect_left(self.spans, (b,))]

    def overlapping(self, s, e) -> list:
        """[(serial, mention)] of the mentions overlapping s..e, in list order."""
        return sorted((sr, self.by[sr]) for _, end, sr in self._near(s, e) if end > s)

    def ending_at(self, p) -> list:
        """The serials of the mentions that end at ``p``, in list order."""
        return sorted(sr for _, end, sr in self._near(p, p + 1) if end == p)

    def entities(self) -> list:
        return [self.by[sr] for sr in sorted(self.by)]


#: the hand-written name lists (arnews/data/names)
NAMES = Path(__file__).resolve().parent.parent / "data" / "names"


@lru_cache(maxsize=None)
def _one_word_names(*files: str) -> frozenset:
    """The one-word entries of name lists of ``NAMES`` (comments left out), normalized; read once per
    set of files."""
    out = set()
    for f in files:
        try:
            lines = (NAMES / f).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            ws = WORD.findall(normalize(line.split("#", 1)[0]))
            if len(ws) == 1:
                out.add(ws[0])
    return frozenset(out)


_new_entity = constructor(Entity)


def _make_entity(text, start, end, label, id_, name, wikidata, source) -> Entity:
    """What ``Entity.model_construct`` builds, without its per-call overhead (hot path)."""
    return _new_entity({"text": text, "start": start, "end": end, "label": label, "id": id_, "name": name,
                        "wikidata": wikidata, "source": source})


def _gaz_entity(text, s, e, ent, source="gazetteer") -> Entity:
    return _make_entity(text[s:e], s, e, ent.label, ent.id, ent.name if ent.id else None, ent.wikidata, source)


def _quoted(text: str, s: int, e: int) -> bool:
    """Whether a span stands alone in quotes («نيسان»، "عكاظ"), as names of papers and brands often do."""
    before, after = text[max(0, s - 2):s].rstrip(), text[e:e + 2].lstrip()
    return bool(before) and before[-1] in _QUOTE_OPEN and bool(after) and after[0] in _QUOTE_CLOSE


_WORD_SPAN = regex.compile(r"\S+")


@lru_cache(maxsize=1)
def _name_words() -> tuple:
    """Words around names: facilities.json's nasab and family links, kunya links and first words of
    compound names (normalized); the given names of the name lists as written (إمام the name, not
    أمام "before"); the person titles as tuples of normalized words (("اية", "الله"))."""
    from ..segment.clitics import given_names
    d = facilities()
    path = Path(__file__).resolve().parent.parent / "data" / "names" / "person_titles.txt"
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except OSError:
        lines = []
    titles = {tuple(normalize(x).split()) for x in (line.split("#", 1)[0].strip() for line in lines) if x}
    return (frozenset(map(normalize, d.get("name_links", ()))), frozenset(map(normalize, d.get("kunya_links", ()))),
            frozenset(map(normalize, d.get("name_compounds", ()))), frozenset(given_names()), frozenset(titles))


_NISBA = regex.compile(r"^(?:ال)?(..+?)(?:يه|يين|يون|يات|ي)$")


@lru_cache(maxsize=1)
def _country_words() -> frozenset:
    """The one-word names of the shipped countries.tsv (normalized), the stems of nationality adjectives."""
    from .gazetteer import expand, read_file, shipped_files
    out = set()
    for f in shipped_files():
        if Path(f).name == "countries.tsv":
            for ent in read_file(f):
                for alias in ent.arabic:
                    out.update(w for w in map(normalize, expand(alias.lstrip("?"))) if " " not in w)
    return frozenset(out)


def _nisba_of_place(key: str) -> bool:
    """السورية، الأمريكية، روسي: a country's name less its final ا/يا, + ي/ية: an adjective, no name."""
    m = _NISBA.match(key)
    countries = _country_words()
    if m is None or key in countries:
        return False
    stem = m.group(1)
    return any(x in countries for x in (stem, stem + "ا", stem + "يا", "ال" + stem, "ال" + stem + "ا"))


@lru_cache(maxsize=None)
def _facility_words(key: str) -> frozenset:
    """The normalized words of the list ``key`` of facilities.json."""
    return frozenset(map(normalize, facilities().get(key, ())))


def _district_heads() -> frozenset:
    return _facility_words("district_heads")


_PREV_WORD = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{1,2}$")  # backwards, like _TWO_WORDS_BEFORE


#: the word before a span, across one opening quote mark (منطقة «الفاو»، على طريق «عفيف»): a cue word
#: there counts as if the mark were not (_PREV_WORD reads none across it)
_PREV_WORD_QUOTED = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{1,2}(?:[«»\"“”]\s?)?$")


_NEXT_WORD = regex.compile(r"\s{1,2}(\p{L}[\p{L}\p{M}]*)")


@lru_cache(maxsize=1)
def _descriptors() -> frozenset:
    """facilities.json's descriptors (تنظيم، حركة، نادي، شركة، قناة ...), normalized: words that say what
    kind of body a name is and stay out of the name."""
    return frozenset(map(normalize, facilities().get("descriptors", ())))


@lru_cache(maxsize=1)
def _alias_descriptors() -> frozenset:
    """The descriptors cut off a gazetteer alias that begins with one (all but ``descriptors_kept_in_aliases``)."""
    return _descriptors() - frozenset(map(normalize, facilities().get("descriptors_kept_in_aliases", ())))
