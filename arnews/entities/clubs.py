"""Sports clubs and teams: a place or word that names a club in sports context (after a team cue, in a
list of clubs, beside a score or a match word), and short forms (المدينة) read from the article.
"""
from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from itertools import compress
from pathlib import Path
from typing import Optional

import regex

from ..text import normalize
from .gazetteer import context_rules, facilities, Gazetteer, WORD
from .words import _facility_words, _gaz_entity, _glued_forms, _make_entity, _MentionIndex, _NEXT_WORD, _one_word_names, _plain_forms, _PREV_WORD


def _short_forms(g: Gazetteer, ents: list, text: str) -> list:
    """A bare tagger place that is the short form of a place (facilities.json ``short_forms``: المدينة) is
    that place where the article names it in full or a companion word stands before it (مكة والمدينة),
    and no mention where it is the common noun (من المدينة 'from the city' in a report on Taiz)."""
    forms = {normalize(k): v for k, v in (facilities().get("short_forms") or {}).items()}
    if not forms:
        return ents
    out = []
    for x in ents:
        f = forms.get(normalize(x.text)) if x.source == "tagger" and x.id is None and x.label == "LOC" else None
        idx = g.by_id.get(f["id"]) if f else None
        if idx is None:
            out.append(x)
            continue
        before = {normalize(w) for w in text[max(0, x.start - 30):x.start].split()[-2:]}
        if any(y.id == f["id"] for y in ents) or not before.isdisjoint(map(normalize, f.get("with", ()))):
            out.append(_gaz_entity(text, x.start, x.end, g.entries[idx], "tagger"))
    return out


#: the gazetteer cues of club entries (context.json)
_CLUB_CUES = ("club", "club_ahli", "sport_club", "club_strict", "gulf_club")

_LIST_WORD = regex.compile(r"(?<![\p{L}\p{M}])(و?)(\p{Arabic}+)(?![\p{L}\p{M}])")


_LIST_GAP = regex.compile(r"\s*[،,]\s*")


def _club_entry(g: Gazetteer, word: str):
    """The club entry a one-word name can be (an ORG alias with a club cue), or None."""
    for c in g.keys.get((normalize(word),), ()):
        e = g.entries[c.entry]
        if e.label == "ORG" and e.cue in _CLUB_CUES:
            return e
    return None


@lru_cache(maxsize=4)
def _club_words(g: Gazetteer) -> tuple:
    """(the one-word club names of ``g`` that ``_club_entry`` finds an entry for, normalized; the same
    and each after و)."""
    names = frozenset(key[0] for key in g.keys if len(key) == 1 and _club_entry(g, key[0]) is not None)
    return names, names | frozenset("و" + x for x in names)


def _city_club_ids(g: Gazetteer, ents: list, text: str) -> list:
    """An organization without an id that bears a city's name (برشلونة، ليفربول، روما: a team cue or the
    tagger made it ORG) is the club the gazetteer names نادي + that city (نادي برشلونة -> barcelona-fc):
    the city's one club of world news; so is one that is a one-word club name of names/clubs*.txt
    (ليفربول، الهلال: the tagger's ORG or a team cue says it plays). Other names (الاتحاد the federation
    or the club, when no club list names it alone) are left."""
    out = ents
    for k, x in enumerate(ents):
        if x.label != "ORG" or x.id is not None:
            continue
        words = tuple(WORD.findall(normalize(x.text)))
        club = _named_club(g, words) if words in _club_name_words() or \
            any(g.entries[c.entry].label == "LOC" for c in g.keys.get(words, ())) else None
        if club is not None:
            if out is ents:
                out = list(ents)
            out[k] = _gaz_entity(text, x.start, x.end, club, x.source)
    return out


#: the cues of the clubs ``_club_names_again`` reads again; not gulf_club (الغرافة، السد، الريان: towns and
#: words of Qatari and Emirati reports), and club_strict (الشباب، التعاون، الوحدة، الاتفاق: a very common word
#: or a town) only beside another club with its id: ANERcorp's annotators leave O a bare الوحدة in a UAE
#: report that names نادي الوحدة and no other club with an id (its dev split, 5 such)
_CLUB_AGAIN_CUES = ("club", "club_ahli", "sport_club", "club_strict")


@lru_cache(maxsize=4)
def _club_aliases(g: Gazetteer) -> dict:
    """The one-word aliases of the clubs that need a cue of ``_CLUB_AGAIN_CUES`` (الهلال، النصر، الاتحاد،
    الفتح، هجر), normalized:
    alias -> (entry, the normalized not_prev and not_next words of its cue rule and of facilities.json
    ``club_again_not_prev`` / ``club_again_not_next``); and the word forms that may hold one (with a glued
    proclitic, or ل + the article's ل: للهلال) -> (alias, the length of the name's part)."""
    rules, d = context_rules(), facilities()
    not_prev = frozenset(map(normalize, d.get("club_again_not_prev", ())))
    not_next = frozenset(map(normalize, d.get("club_again_not_next", ())))
    out = {}
    for key, cands in g.keys.items():
        if len(key) != 1:
            continue
        for c in cands:
            e = g.entries[c.entry]
            if c.ambiguous and e.id and e.label == "ORG" and e.cue in _CLUB_AGAIN_CUES:
                r = rules.get(e.cue, {})
                out[key[0]] = (e, not_prev | r.get("not_prev", frozenset()), not_next | r.get("not_next", frozenset()))
    clubs = frozenset(g.entries[c.entry].id for cands in g.keys.values() for c in cands
                      if g.entries[c.entry].label == "ORG" and g.entries[c.entry].cue in _CLUB_CUES and g.entries[c.entry].id)
    forms = {}
    for a in out:
        for f in _glued_forms((a,)):
            forms[f] = (a, len(a))
        if a.startswith("ال"):
            for p in ("لل", "ولل", "فلل"):
                forms[p + a[2:]] = (a, len(a) - 1)
    return out, forms, clubs


def _club_names_again(g: Gazetteer, ents: list, text: str, ctx, toks) -> list:
    """A club name that needs a cue (الهلال، النصر، الاتحاد، الفتح: also words; context.json ``club``,
    ``club_ahli``, ``sport_club``, ``club_strict``) is that club everywhere in an article that names the
    club with its id once (one name, one referent in one article: نادي الهلال ... ثم يواجه الهلال ... بعثة
    الهلال): the cue stands at one mention and not at the next. A club_strict name (التعاون، الشباب) only
    where the article names another club with its id too. Added where no mention touches the word, and
    not after or before a word of its cue rule's not_prev / not_next or facilities.json
    ``club_again_not_prev`` / ``club_again_not_next`` (المجلس الأهلي 'the civil council', بعد الاتفاق 'after
    the agreement', رعاية الشباب 'youth welfare', كأس الاتحاد a cup's name). A club_strict name that a
    mention reads as its town or region with an id (نجران، الخليج) becomes the club there too, unless a
    place word stands before it (``_town_of_the_club``); a body the tagger read there without an id gives
    way too (``_body_without_id``: هزازي للنصر).
    ``toks``: the words of the normalized text; one pass over them."""
    if toks is None:
        return ents
    aliases, forms, clubs = _club_aliases(g)
    named = {x.id for x in ents if x.id}
    if not named or not any(e.id in named for e, _, _ in aliases.values()):
        return ents
    words, gaps, acc, view = toks.words, toks.gaps, toks.acc, ctx.view
    hits = forms.keys() & set(words)
    if not hits:
        return ents
    n = len(words)
    index = None
    for k, w in enumerate(words):
        if w not in hits:
            continue
        a, size = forms[w]
        e, not_prev, not_next = aliases[a]
        if e.id not in named:
            continue
        if e.cue == "club_strict" and len(named & clubs) < 2:
            continue  # a name that is a common word or a town: only beside another club (a sports report)
        if k and gaps[k] == " " and not not_prev.isdisjoint(_plain_forms(words[k - 1])):
            continue
        if k + 1 < n and gaps[k + 1] == " " and words[k + 1] in not_next:
            continue
        ne = acc[2 * k + 1]
        s, t = view.start(ne - size), view.end(ne)
        if ctx.is_blocked(s, t):
            continue
        if index is None:
            index = _MentionIndex(ents)
        over = index.overlapping(s, t)
        if over and (len(over) > 1 or not (_town_of_the_club(over[0][1], s, t, e, text)
                                           or _body_without_id(over[0][1], s, t))):
            continue
        if over:  # the town the club is named after, in an article on the club (إلى صفوف نجران، الهلال والخليج)
            index.remove(over[0][0])
        index.add(_gaz_entity(text, s, t, e, "gazetteer"))
    return ents if index is None else index.entities()


def _body_without_id(x, s: int, t: int) -> bool:
    """Whether the mention is a body without an id over exactly the club's word: the tagger's reading of
    the club where no cue stands (انتقال هزازي للنصر -> [لنصر], المدير الفني للأهلي -> [لأهلي]), which the
    club's id then replaces."""
    return x.label == "ORG" and x.id is None and x.start == s and x.end == t


def _town_of_the_club(x, s: int, t: int, e, text: str) -> bool:
    """Whether mention ``x`` is exactly the bare name at ``s:t`` read as the place with an id (نجران the
    town, الخليج the Gulf) where club ``e`` is the club_strict club of that name and not after a word that
    puts a place there (facilities.json ``places_after``: في نجران، من نجران، مدينة نجران): in an article
    that names the club and another club it is the club too."""
    if (x.start, x.end) != (s, t) or x.label != "LOC" or not x.id or e.cue != "club_strict":
        return False
    m = _PREV_WORD.search(text, max(0, s - 30), s)
    return not m or _facility_words("places_after").isdisjoint(_plain_forms(normalize(m.group(1))))


def _league_clubs(g: Gazetteer, ents: list, text: str) -> list:
    """A club name two leagues share (الأهلي) is the other league's club (facilities.json ``league_clubs``)
    where the article names a club of that league and none of the first's: الأهلي والزمالك is Cairo's. The
    same for a body's name two bodies share: الاتحاد الأوروبي beside الفيفا and بلاتيني is UEFA."""
    rules = facilities().get("league_clubs") or ()
    if not rules:
        return ents
    ids = {x.id for x in ents if x.id}
    out = ents
    for r in rules:
        to = g.by_id.get(r["to"])
        if r["from"] not in ids or to is None or ids.isdisjoint(r["with"]) or not ids.isdisjoint(r["unless"]):
            continue
        out = [_gaz_entity(text, x.start, x.end, g.entries[to], x.source) if x.id == r["from"] else x for x in out]
    return out


def _bare_events(g: Gazetteer, ents: list) -> list:
    """A bare event name without an id (facilities.json ``bare_events``: كأس السوبر، السوبر) takes the id
    of the one event of its kind the article names in full (السوبر السعودي ... مباراة السوبر), or, where it
    names none, the default's where it names a club of that league (النصر، الهلال: the Saudi Super Cup); not
    where it names two of the kind (السوبر الأوروبي and كأس السوبر الأسباني). One pass over the mentions."""
    rules = _bare_event_rules()
    if not rules:
        return ents
    ids = {x.id for x in ents if x.id}
    out = ents
    for aliases, kinds, default, cues in rules:
        named = ids & kinds
        target = next(iter(named)) if len(named) == 1 else default if not named and not ids.isdisjoint(cues) else None
        e = g.by_id.get(target) if target else None
        if e is None:
            continue
        ent = g.entries[e]
        for k, x in enumerate(out):
            if x.label == "EVENT" and not x.id and normalize(x.text) in aliases:
                if out is ents:
                    out = list(ents)
                out[k] = _make_entity(x.text, x.start, x.end, x.label, ent.id, ent.name, ent.wikidata, x.source)
    return out


@lru_cache(maxsize=1)
def _bare_event_rules() -> tuple:
    """facilities.json ``bare_events`` as (normalized aliases, the kind's ids, default id, cue ids)."""
    return tuple((frozenset(map(normalize, r["aliases"])), frozenset(r["ids"]), r.get("default"),
                  frozenset(r.get("default_with", ()))) for r in facilities().get("bare_events") or ())


@lru_cache(maxsize=1)
def _club_name_words() -> frozenset:
    """The one-word club names of names/clubs.txt and clubs_ambiguous.txt (ليفربول، الهلال), as word tuples."""
    return frozenset((w,) for w in _cued_club_words()[1])


def _named_club(g: Gazetteer, words: tuple):
    """The ORG entry whose plain alias is نادي + ``words``, or None."""
    for c in g.keys.get(("نادي",) + words, ()):
        e = g.entries[c.entry]
        if e.label == "ORG" and not c.ambiguous:
            return e
    return None


def _club_lists(g: Gazetteer, ents: list, text: str, words=()) -> list:
    """Three or more club names in a row, comma- or و-separated (وهي التعاون، الشباب، الاتحاد، الخليج، الفيصلي،
    الفتح), are clubs, each with its id, even names that alone are a word or a place (الخليج the Gulf,
    التعاون cooperation): a list of such names is itself the sports context their cue asks for.
    ``words``: the normalized words of the text, when known: no three club names (alone or after و) in a
    row among them and there is no list."""
    if "،" not in text and "," not in text:
        return ents
    clubs, clubs_or_wa = _club_words(g)
    if words:
        at = list(compress(range(len(words)), map(clubs_or_wa.__contains__, words)))
        if not any(b - a == 2 for a, b in zip(at, at[2:])):
            return ents  # no three club names in a row
    runs, run, prev_end = [], [], -1
    for m in _LIST_WORD.finditer(text):
        e = _club_entry(g, m.group(2)) if normalize(m.group(2)) in clubs else None
        if e is None and m.group(1) and normalize(m.group(0)) in clubs:  # وهجر: و may be the first letter (وادي)
            e = _club_entry(g, m.group(0))
            if e is not None:
                m = _LIST_WORD.match(text, m.start())  # the whole word is the name
        gap = text[prev_end:m.start()] if prev_end >= 0 else None
        joined = gap is not None and (_LIST_GAP.fullmatch(gap) or m.group(1) and _LIST_GAP.fullmatch(gap + "،")
                                      or m.group(1) and gap.strip(" ،,") == "")
        if e is None:
            if len(run) >= 3:
                runs.append(run)
            run, prev_end = [], -1
            continue
        if not (run and joined):
            if len(run) >= 3:
                runs.append(run)
            run = []
        run.append((m.start(2), m.end(2), e))
        prev_end = m.end()
    if len(run) >= 3:
        runs.append(run)
    if not runs:
        return ents
    items = [x for r in runs for x in r]  # in text order, disjoint
    starts = [s for s, _, _ in items]
    longest = max(e - s for s, e, _ in items)

    def replaced(x):  # a mention overlapping a list item, other than the item itself
        return any(x.start < e and x.end > s and (x.start, x.end, x.id) != (s, e, ent.id)
                   for s, e, ent in items[bisect_left(starts, x.start - longest):bisect_left(starts, x.end)])
    keep = [x for x in ents if not replaced(x)]
    have = {(x.start, x.end) for x in keep}
    return keep + [_gaz_entity(text, s, e, ent, "gazetteer") for s, e, ent in items if (s, e) not in have]


def _teams(res: list, text: str) -> list:
    """Place mentions that name a sports team (``_as_team``) become ORG mentions without an id; so do
    place, person and other mentions that are (or, with the word before or after, make up) a club
    name of arnews/data/names/clubs.txt (``_as_club``: بنفيكا، ستيوا + بوخارست، دينامو كييف)."""
    teams = _team_words()
    clubs = _club_names()
    widened = set()
    for k, x in enumerate(res):
        if x.label == "LOC":
            t = _as_team(text, x.start, x.end, teams)
            if t is not None:
                c = _as_club(text, x.start, x.end, clubs, True) if clubs else None
                if c is not None and c[0] <= t:  # ستيوا بوخارست 1 - 4: the whole club name
                    res[k] = _make_entity(text[c[0]:c[1]], c[0], c[1], "ORG", None, None, None, x.source)
                    widened.add(c)
                    continue
                res[k] = _make_entity(text[t:x.end], t, x.end, "ORG", None, None, None, x.source)
                continue
        if x.label in ("LOC", "PERSON", "MISC") and clubs:
            # a known place (a gazetteer id, or arnews/data/names/places*.txt) stays a place unless a
            # neighbour word makes it a club (برشلونة the city; ستيوا بوخارست the club)
            c = _as_club(text, x.start, x.end, clubs, x.label == "LOC" and x.id is not None)
            if c is not None:
                s, e = c
                res[k] = _make_entity(text[s:e], s, e, "ORG", None, None, None, x.source)
                if (s, e) != (x.start, x.end):
                    widened.add((s, e))
    if widened:  # a club widened over a neighbour mention: drop the neighbour (and the same club twice)
        seen = set()
        out = []
        for x in res:
            if any(s <= x.start and x.end <= e and (s, e) != (x.start, x.end) for s, e in widened):
                continue
            if (x.start, x.end) in widened:
                if (x.start, x.end) in seen:
                    continue
                seen.add((x.start, x.end))
            out.append(x)
        res = out
    return res


_CUED = None


def _cued_club_words() -> tuple:
    """(team cue words of facilities.json, also with a glued و/ف: فريق، ومضيفه ...; the single-word club
    names of names/clubs.txt and clubs_ambiguous.txt), normalized."""
    global _CUED
    if _CUED is None:
        cues = set()
        for c in _team_words()[1]:
            cues.update((c, "و" + c, "ف" + c))
        _CUED = (frozenset(cues), _one_word_names("clubs.txt", "clubs_ambiguous.txt"))
    return _CUED


def _cued_clubs(ents: list, text: str, ctx, toks) -> list:
    """A club name right after a team cue (فاز فريق العربي، لاعب الشمال، على مضيفه السد) is an ORG, even a
    common word or a place: added when nothing is found there, relabelled when a place or other
    mention covers exactly it. ``toks``: the words of the normalized text (``_Toks``)."""
    cues, names = _cued_club_words()
    words = toks.words
    if not names or cues.isdisjoint(words):
        return ents
    view, gaps, acc = ctx.view, toks.gaps, toks.acc
    n = len(words)
    # the mentions by start, to find those that touch a club name by bisection (added ones: checked too)
    order = sorted(range(len(ents)), key=lambda i: ents[i].start)
    starts = [ents[i].start for i in order]
    longest = max((x.end - x.start for x in ents), default=0)
    added = []
    for k, w in enumerate(words):
        if w not in cues or k + 1 >= n or gaps[k + 1] not in (" ", "  "):
            continue
        nxt = words[k + 1]
        for f in _plain_forms(nxt):
            if f in names:
                ne = acc[2 * k + 3]
                s, e = view.start(ne - len(f)), view.end(ne)
                if ctx.is_blocked(s, e):
                    break
                near = order[bisect_left(starts, s - longest):bisect_left(starts, e)] + added
                over = sorted(i for i in near if ents[i].start < e and ents[i].end > s)
                if not over:
                    added.append(len(ents))
                    ents.append(_make_entity(text[s:e], s, e, "ORG", None, None, None, "tagger"))
                elif len(over) == 1:
                    x = ents[over[0]]
                    if (x.start, x.end) == (s, e) and x.label in ("LOC", "PERSON", "MISC"):
                        ents[over[0]] = _make_entity(text[s:e], s, e, "ORG", None, None, None, x.source)
                break
    return ents


_CLUBS = None


def _club_names() -> dict:
    """Normalized club names of arnews/data/names/clubs.txt (the unambiguous ones) as word tuples,
    by number of words: {n: set of tuples}; "places": the names of places.txt and places_ambiguous.txt;
    "tails" / "heads": the multi-word names less their first / last word."""
    global _CLUBS
    if _CLUBS is None:
        path = Path(__file__).resolve().parent.parent / "data" / "names" / "clubs.txt"
        out: dict = {}
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError:
            lines = []
        for line in lines:
            line = line.split("#", 1)[0].strip()
            if line:
                ws = tuple(WORD.findall(normalize(line)))
                if ws:
                    out.setdefault(len(ws), set()).add(ws)
        places = set()
        for f in ("places.txt", "places_ambiguous.txt"):
            try:
                lines = (path.parent / f).read_text(encoding="utf-8").splitlines()
            except OSError:
                lines = []
            for line in lines:
                line = line.split("#", 1)[0].strip()
                if line:
                    places.add(tuple(WORD.findall(normalize(line))))
        out["places"] = places
        multi = [c for n, cs in out.items() if isinstance(n, int) and n > 1 for c in cs]
        out["tails"] = {c[1:] for c in multi}   # what a mention must be for the word before to complete it
        out["heads"] = {c[:-1] for c in multi}  # ... for the word after
        _CLUBS = out
    return _CLUBS


def _as_club(text: str, s: int, e: int, clubs: dict, place: bool = False) -> Optional[tuple]:
    """(start, end) of the club name a mention is, or makes up with the word before or after it
    (one or two spaces apart), else None. ``place``: the mention is a known place, so only the
    second reading counts (and the names of places*.txt are places too)."""
    ws = tuple(WORD.findall(normalize(text[s:e])))
    if not ws or len(ws) > 4:
        return None
    if ws in clubs.get(len(ws), ()) and not place and ws not in clubs.get("places", ()):
        return s, e
    n = len(ws) + 1
    if n not in clubs:
        return None
    if ws in clubs["tails"]:
        m = _PREV_WORD.search(text, max(0, s - 30), s)
    else:
        m = None
    if m is not None:
        w = normalize(m.group(1))
        for f in _plain_forms(w):
            if (f,) + ws in clubs[n]:
                k, skip = m.start(1), len(w) - len(f)  # leave glued proclitics out (وستيوا -> ستيوا)
                while skip and k < s:
                    if text[k].isalpha():
                        skip -= 1
                    k += 1
                return k, e
    m = _NEXT_WORD.match(text, e, min(len(text), e + 30)) if ws in clubs["heads"] else None
    if m is not None and ws + (normalize(m.group(1)),) in clubs[n]:
        return s, m.end(1)
    return None


_TEAMS = None


#: a match score right after a team (هامبورغ 1 - صفر، كوبنهاغن ( الدنمارك ) 1 - 2), not a year range
_SCORE = regex.compile(r"\s*(?:\(\s*\p{L}[\p{L}\s]{0,20}\)\s*)?(?:\d{1,2}|صفر)\s*[-–]\s*(?:\d{1,2}|صفر)"
                    r"(?=\s*(?:$|[.,](?!\d)|[^\p{L}\d\s./,٫]|(?:على|في|بعد|أمام|امام|وسط)\b))")


_WORDS_BEFORE = regex.compile(r"\p{L}[\p{L}\p{M}]*")


def _team_words() -> tuple:
    """(club heads, team cues, masculine nationality adjectives, match result words, the prepositions
    after them, words that make it no match), normalized (data/gazetteer/facilities.json)."""
    global _TEAMS
    if _TEAMS is None:
        d = facilities()
        _TEAMS = tuple(frozenset(normalize(w) for w in d.get(k, [])) for k in ("club_heads", "team_cues", "team_nationality",
                                                                                "match_cues", "match_preps",
                                                                                "match_not_between"))
    return _TEAMS


def _as_team(text: str, s: int, e: int, teams) -> Optional[int]:
    """The start of the sports team a place mention names, or None when it reads as a place:
    after a club head (دينامو كييف: the head's start), after a team cue (ضيفه برشلونة) or before a
    masculine nationality adjective (هامبورغ الألماني, a city being feminine): the place's start."""
    heads, cues, nationality, match_cues, match_preps, not_between = teams
    m = _NEXT_WORD.match(text, e, min(len(text), e + 30))
    if m and normalize(m.group(1)) in nationality:
        return s
    if _SCORE.match(text, e, min(len(text), e + 40)):
        return s  # كوبنهاغن 1 - صفر
    m = _PREV_WORD.search(text, max(0, s - 30), s)
    if m is None:
        return None
    w = normalize(m.group(1))
    if w in match_preps:
        before = [normalize(x) for x in _WORDS_BEFORE.findall(text, max(0, m.start(1) - 60), m.start(1))[-3:]]
        if not match_cues.isdisjoint(before) and not_between.isdisjoint(before):
            return s  # فوزه على كوبنهاغن (not خسرت السيطرة على طرابلس)
    for f in _plain_forms(w):
        if f in heads:
            n, k = len(w) - len(f), m.start(1)  # skip the glued proclitics (وسسكا -> سسكا)
            while n and k < s:
                if text[k].isalpha():
                    n -= 1
                k += 1
            return k
        if f in cues:
            return s
    return None
