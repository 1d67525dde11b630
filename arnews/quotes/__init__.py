"""The quotes component: quoted statements (direct, partial, indirect) with their cues and speakers.

``make_component(**options)`` returns the component the pipeline runs after ``entities`` and
``sentences``. Options: ``quotes_data=DIR`` (a folder with ``cues.json`` and ``speakers.json`` to use
instead of the bundled lexicons), ``indirect=False`` (marks only).

Conventions (those of the annotation guide): a direct or partial quote's span is the content between
the marks; an indirect quote's span is the reported clause after أن/إن (or after عن, or the nominal
object: وأكدت الشركة عودة خدماتها ...). Quotes of one family never overlap; a partial quote may sit
inside the indirect clause that embeds it (وقال المرصد إن الفصائل استأنفت "استهداف مناطق ..." ...),
as the guide annotates it.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import NamedTuple

from ..records import Quote, Span, Speaker, constructor
from ..text import normalize
from .finder import Finder
from .headline import headline_quote
from .shared import column_headings, find_cues
from .lexicon import load
from .marks import MARKS

__all__ = ["Quotes", "make_component"]

# every field given, in field order: records built without pydantic's per-call checks
_new_span, _new_speaker, _new_quote = constructor(Span), constructor(Speaker), constructor(Quote)


class Quotes:
    name = "quotes"
    requires = ("entities", "sentences")
    provides = ("quotes",)

    def __init__(self, data: str = "", indirect: bool = True):
        self.lex = load(data or "")
        self.indirect = indirect

    def __call__(self, doc, ctx):
        text = doc.text
        if not text:
            return
        view = ctx.view
        N = view.norm
        lex = self.lex
        cues = find_cues(lex, N)
        if not cues:
            return                              # no reporting word at all: nothing is a quote
        to_norm = view.to_norm
        ents = sorted(((to_norm(e.start), to_norm(e.end), e) for e in doc.entities if e.end > e.start),
                      key=lambda x: (x[0], -x[1]))
        span = view.span
        f = Finder(lex, N, ents, cues, surface=lambda a, b: text[slice(*span(a, b))])
        items = f.mark_quotes()
        if self.indirect:
            items += f.indirect_quotes(items)
        f.attribute(items)
        if doc.headline is not None:
            it = headline_quote(N, to_norm(doc.headline.start), to_norm(doc.headline.end), ents, lex)
            if it is not None:
                items.append(it)
        items = [it for it in items if not _inside_own_speaker(it)]
        heads = column_headings(N, cues, ents)
        if heads:
            items = [it for it in items if it.cue is None or it.cue[0] not in heads]   # «سبق» تقول للمسؤول:
        fullest = _fullest_names(doc.entities, text, lex.prepositions | lex.an_words)
        out = []
        for it in _disjoint(items):
            s, e = span(it.start, it.end)
            if e <= s or ctx.is_blocked(s, e):
                continue
            cue = None
            if it.cue is not None:
                cs, ce = span(it.cue[0], it.cue[1])
                cue = _new_span({"text": text[cs:ce], "start": cs, "end": ce})
            sp = None
            if it.speaker is not None:
                a, b, ent = it.speaker
                if ent is not None and to_norm(ent.start) == a:
                    ss, se = ent.start, ent.end
                else:
                    ss, se = span(a, b)
                name = None
                if ent is not None and ent.id is None and ent.label == "PERSON" and ss == ent.start:
                    ss = _given_names_before(text, ss, ents, to_norm, lex, cue.end if cue is not None else -1)
                    whole = _clipped_start(text, ss, cue)
                    if whole != ss:
                        name = fullest(_Mention(text[whole:se], "PERSON", whole, se))
                    elif ss != ent.start:
                        name = text[ss:se]
                    ss = whole
                ss, se = _balanced(text, ss, se)
                clipped = cue is not None and ss < cue.start < se and (
                    cue.text[:1] in "وف" or text[cue.end:cue.end + 2].lstrip()[:1] == ":")
                if clipped:
                    # أما إبراهيم محمد فأشار، وهنا تضيف أليكس موضحة: a tagger span over the cue, glued to و/ف or
                    # before a colon (no name word: كشف عبدالرحمن ذاكر أنه - the cue is wrong there, not the name)
                    se = len(text[:cue.start].rstrip())
                surface = text[ss:se]
                if ent is not None:
                    full = surface if clipped else ent.name or fullest(ent)
                    sp = _new_speaker({"text": surface, "start": ss, "end": se, "entity_id": ent.id,
                                       "name": full if not name or _words(name) <= _words(full) else name})
                else:
                    sp = _new_speaker({"text": surface, "start": ss, "end": se, "entity_id": None, "name": surface})
            out.append(_new_quote({"text": text[s:e], "start": s, "end": e, "kind": it.kind, "speaker": sp, "cue": cue}))
        doc.quotes.extend(out)


def _balanced(text: str, ss: int, se: int):
    """A speaker span holding one quotation mark of a name in marks (حساب «كأس السوبر السعودي، مكتب أخبار سوريا»
    المعارض) takes its twin right after or before it, else drops the stray mark at its edge."""
    if sum(text.count(m, ss, se) for m in MARKS) % 2 == 0:
        return ss, se
    if se < len(text) and text[se] in MARKS:
        return ss, se + 1
    if ss > 0 and text[ss - 1] in MARKS:
        return ss - 1, se
    if text[ss] in MARKS:
        return ss + 1, se
    if text[se - 1] in MARKS:
        return ss, se - 1
    return ss, se


def _fullest_names(entities, text: str = "", function_words=frozenset()):
    """``name(ent)``: for a person mention without a canonical name, the fullest name of the document
    ending with the same word and holding all of its words (الحربي -> عائض الحربي: the guide's "fullest
    name of that source anywhere in the article"), the nearest before it, else the first after it;
    a lone given name (وأكد معاذ أن) takes the fuller names it opens (معاذ الخلف) when they are one person;
    else the mention's own text."""
    people: dict = {}
    given: dict = {}
    for e in entities:
        if e.label == "PERSON" and e.id is None and " " in e.text.strip():
            words = e.text.split()
            people.setdefault(normalize(words[-1]), []).append(e)
            given.setdefault(normalize(words[0]), []).append(e)

    def name(ent):
        words = ent.text.split()
        if not words or ent.label != "PERSON":
            return ent.text
        own = {normalize(w) for w in words}
        fits = [e for e in people.get(normalize(words[-1]), ()) if len(e.text.split()) > len(words)
                and own <= {normalize(w) for w in e.text.split()}]
        if not fits and len(words) == 1 and not _cut_name(text, ent, function_words):
            fits = _one_person(given.get(normalize(words[0]), ()))
        if not fits:
            return ent.text
        before = [e for e in fits if e.start < ent.start]
        return (before[-1] if before else fits[0]).text
    return name


def _one_person(fits):
    """The fuller names a given name opens, when every one of them is part of the longest (محمد علي جعفري and
    محمد جواد ظريف are two people: the given name alone names neither) and none joins two people by و."""
    fits = [e for e in fits if not any(w[:2] in ("وا", "وأ", "وإ", "وآ") for w in e.text.split()[1:])]
    if not fits:
        return []                           # (أوتو وإيلزه دبليو: two people joined by و)
    longest = {normalize(w) for w in max(fits, key=lambda e: len(e.text.split())).text.split()}
    return list(fits) if all({normalize(w) for w in e.text.split()} <= longest for e in fits) else []


def _words(name: str) -> set:
    return {normalize(w) for w in name.split()}


def _given_name(w: str, function_words) -> bool:
    """A given name of the name lists; an ambiguous one (أمل، على) unless a function word of the lexicon as
    written (على، أن; علي with its ي is the name)."""
    from ..entities.people import _surnames
    _, given, ambiguous, _ = _surnames()
    n = normalize(w)
    return n in given or n in ambiguous and (n not in function_words or (w.endswith("ي") and n.endswith("ي")))


def _cut_name(text: str, ent, function_words) -> bool:
    """The tagger took one word of a longer name (محمد علي جعفري tagged محمد): a given name (``_given_name``)
    right before or after it, across a space, makes it part of a name of its own."""
    if not text:
        return False
    after = text[ent.end:ent.end + 30].split(None, 1)
    before = text[max(0, ent.start - 30):ent.start].split()
    return (bool(after) and text[ent.end:ent.end + 1] == " " and _given_name(after[0], function_words)) or (
        bool(before) and text[ent.start - 1:ent.start] == " " and _given_name(before[-1], function_words))


def _given_names_before(text: str, start: int, ents, to_norm, lex, cue_end: int = -1) -> int:
    """Where a person mention starts once the given names the tagger left out right before it are added
    (الشيخ فادي + كرم، المتطوعة أمل + ناصر: it knows few women's names): up to two words, each across one
    space, that no other mention covers: a given name of the lists, or an ambiguous one (أمل، باسم، كان)
    right after a definite word or the cue (الفنانة البحرينية ابتسام، أفادت زهرة) that is no function word
    nor a lookalike of speakers.json (متحدث باسم; علي with its ي is the name, على the word)."""
    from ..entities.people import _surnames
    _, given, ambiguous, _ = _surnames()
    for _ in range(2):
        if text[start - 1:start] != " ":
            break
        words = text[max(0, start - 40):start - 1].split()
        if not words or text[start - 1 - len(words[-1]):start - 1] != words[-1]:
            break
        w, n, p = words[-1], normalize(words[-1]), start - 1 - len(words[-1])
        if n not in given:
            prev = normalize(words[-2]) if len(words) > 1 else ""
            if n not in ambiguous or n.startswith("ال") or n in lex.given_name_lookalikes \
                    or (n in lex.prepositions or n in lex.an_words) and not (w.endswith("ي") and n.endswith("ي")) \
                    or not (prev.startswith(("ال", "وال")) or (0 <= cue_end <= p and not text[cue_end:p].strip())):
                break
        k = bisect_right(ents, (to_norm(p), 1 << 60)) - 1
        if k >= 0 and ents[k][1] > to_norm(p):
            break                               # the word is another mention's
        start = p
    return start


class _Mention(NamedTuple):
    """A person mention the tagger did not give, for ``_fullest_names`` (its words put back whole)."""
    text: str
    label: str
    start: int
    end: int


def _clipped_start(text: str, start: int, cue) -> int:
    """Where a person mention right after its cue starts once the letters the tagger cut off as a clitic are
    put back (وقال كمران خان tagged مران خان، وقالت وندي شيرمان -> ندي شيرمان، أوردها ولكنسون -> كنسون):
    a conjunction or preposition has no place between a verb and its subject. Not before ال (والعطية:
    a typo'd و)."""
    if cue is None or not 1 <= start - cue.end <= 4 or text.startswith("ال", start):
        return start
    p = start
    while p > cue.end and text[p - 1] in "وكلفب":
        p -= 1
    return p if 1 <= start - p <= 2 and p - cue.end >= 1 and text[cue.end:p].isspace() else start


def _inside_own_speaker(it) -> bool:
    """بحسب ما أعلن مصدر مقرب من وزارة المالية اليونانية: an indirect "statement" that lies inside the
    phrase of its own speaker is that phrase's rest (the speaker read on past the verb's first words),
    not reported words. (One that only begins there and runs on holds reported words: left as it is.)"""
    sp = it.speaker
    return it.kind == "indirect" and sp is not None and sp[0] <= it.start and it.end <= sp[1]


def _disjoint(items):
    """Items by position, without overlaps within a family (direct/partial, indirect): the longer one
    wins. Across families a marked quote wins over an indirect one found on the same words (an
    unclosed « before إن gave both), unless the indirect clause embeds it: it holds the marked quote
    and reported words of its own besides (قال إن الفصائل استأنفت "استهداف مناطق ..." ذات ...)."""
    marked = _longest_first([it for it in items if it.kind != "indirect"])
    # marked quotes are disjoint and sorted: their ends are sorted too, so the ones a clause
    # overlaps are a slice found by bisection
    starts, ends = [m.start for m in marked], [m.end for m in marked]
    indirect = [it for it in _longest_first([it for it in items if it.kind == "indirect"])
                if all(_embeds(it, m) for m in marked[bisect_right(ends, it.start):bisect_left(starts, it.end)])]
    return sorted(marked + indirect, key=lambda x: (x.start, x.end))


def _longest_first(items):
    kept = []
    for it in sorted(items, key=lambda x: (x.start, x.end)):
        if kept and it.start < kept[-1].end:
            if it.end - it.start > kept[-1].end - kept[-1].start:
                kept[-1] = it
            continue
        kept.append(it)
    return kept


def _embeds(clause, quote) -> bool:
    """The clause holds the quote and a word or more of its own besides."""
    inside = clause.start <= quote.start and quote.end <= clause.end
    return inside and (clause.end - clause.start) - (quote.end - quote.start) >= 8


def make_component(**options):
    return Quotes(data=options.get("quotes_data", ""), indirect=options.get("indirect", True))
