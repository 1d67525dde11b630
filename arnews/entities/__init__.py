"""The entities component: gazetteer matches with canonical ids, merged with a statistical tagger.

Options: ``gazetteer=PATH`` (or a list of paths) adds the user's gazetteer files (format in
``arnews/data/gazetteer/README.md``); ``ner="default"|"none"|...`` picks the statistical tagger
(``arnews.entities.tagger.get_tagger``) or turns it off; ``ner_misc`` says which of the tagger's MISC
spans that no gazetteer entry explains are kept: by default (None) the named ones (products, programmes,
events ...) but not currency words (دولار، اليورو، درهم: ANERcorp tags them MISC, but they are units of
money, which the numbers component reports, and not names) nor God and Islam (الله، الإسلام: ANERcorp's
MISC, in most news articles through الحمد لله، رحمه الله; facilities.json ``misc_not_named``); ``True``
keeps them all, ``False`` none.

Every mention is an Entity; its span leaves out glued proclitics (ولتويتر -> تويتر; للفيفا -> لفيفا,
the convention of the annotated articles: only the preposition ل is cut, the article's ل stays).
Mentions inside boilerplate (``ctx.is_blocked``) are skipped.
"""
from __future__ import annotations

import json
import operator
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, compress, repeat
from pathlib import Path
from typing import Optional

import regex

from ..records import Entity, constructor
from ..text import normalize
from ..text import ARABIC_LETTER
from .gazetteer import GAP_OK, WORD, Gazetteer, context_rules, facilities, facility_heads, get_gazetteer, user_paths

__all__ = ["EntityComponent", "make_component", "find_mentions", "get_gazetteer"]

# scraped Arabic text often has the guillemets reversed (»العربية«), so either opens or closes
_QUOTE_OPEN = "«»\"“”'‘„‹›"
_QUOTE_CLOSE = "»«\"”“'’‹›"
_AFTER_L = regex.compile(r"(?r)(?:^|[\s\"«»(])[وف]?ل\s*[«»\"“'‘]\s*$")
_DASHES = "-–—/"
#: what follows a source that opens a dateline: a dash, a place of a few words, a colon (سبق- أبها:)
_DATELINE_AFTER = regex.compile(r"[ \t]*[-–—][ \t]*\p{L}[\p{L} ]{1,25}[ \t]*:")
#: the words of gazetteer.WORD, captured: ``split`` gives [gap, word, gap, word, ..., trailing gap], the
#: gaps being the runs without word characters (one linear C-level pass)
_SPLIT = re.compile(f"([{ARABIC_LETTER}]+|[a-z0-9\u00c0-\u024f]+|[&+])")
_NISBA_STOP = frozenset(normalize(w) for w in ("الذي", "التي", "الثاني", "الثانية", "الحالي", "الحالية", "الماضي",
                                               "الماضية", "العربي", "الدولي", "الأولى", "الثالث", "الجديد"))
_COARSE = {"PERSON": "PER", "LOC": "LOC", "ORG": "ORG", "PLATFORM": "ORG", "BRAND": "ORG", "MEDIA": "ORG"}
_STRIP_TAGGER = regex.compile(r"^(?:[وف]?[بلك]?(?=ال..)|[وف]?ل(?=ل..))")


def _plain_forms(w: str) -> tuple:
    """A context word and its forms without a glued conjunction/preposition (لصحيفة -> صحيفة)."""
    out = [w]
    if len(w) > 3 and w[0] in "وف":
        out.append(w[1:])
        if len(w) > 4 and w[1] in "بلك":
            out.append(w[2:])
    elif len(w) > 3 and w[0] in "بلك":
        out.append(w[1:])
    return tuple(out)


class _Match:
    __slots__ = ("i", "j", "off", "options", "entry", "ns", "ne")

    def __init__(self, i, j, off, options):
        self.i, self.j, self.off, self.options = i, j, off, options
        self.entry = None
        self.ns = self.ne = 0


class _Toks:
    """The words of the normalized text, built with C-level calls only (split, accumulate):
    ``words[k]``, its offsets from the running lengths, ``gaps[k]`` the text before word ``k``."""

    __slots__ = ("words", "gaps", "acc")

    def __init__(self, norm: str):
        flat = _SPLIT.split(norm)
        del flat[-1]  # the text after the last word
        self.words = flat[1::2]
        self.gaps = flat[0::2]
        self.acc = list(accumulate(map(len, flat)))

    def __len__(self):
        return len(self.words)

    def __getitem__(self, k):
        e = self.acc[2 * k + 1]
        w = self.words[k]
        return e - len(w), e, w


def _scan(g: Gazetteer, norm: str):
    """Words of the normalized text and the longest alias match at each word (left to right)."""
    toks = _Toks(norm)
    words, gaps = toks.words, toks.gaps
    n = len(words)
    # each word's candidates: the gazetteer's cache in one C-level pass, then its misses (the cache may
    # be emptied meanwhile, so this text keeps its own list)
    cands = list(map(g._cands.get, words))
    if None in cands:
        stems = g.stems
        for k in compress(range(n), map(operator.is_, cands, repeat(None))):
            cands[k] = stems(words[k])
    hits = list(compress(range(n), cands))
    matches = []
    index = g.index
    gap_ok = _gap_ok
    last = -1
    for i in hits:
        if i <= last:
            continue
        options = []
        nxt = words[i + 1] if i + 1 < n else None
        for off, first in cands[i]:
            single, multi = index[first]
            if nxt is not None and multi:
                lst = multi.get(nxt)
                if lst and gap_ok(gaps[i + 1]):
                    for rest, key in lst:
                        k = len(rest)
                        if i + k >= n:
                            continue
                        ok = True
                        for t in range(1, k):
                            if words[i + t + 1] != rest[t] or not gap_ok(gaps[i + t + 1]):
                                ok = False
                                break
                        if ok:
                            options.append((k, -off, off, key))
            if single is not None:
                options.append((0, -off, off, single))
        if not options:
            continue
        options.sort(reverse=True)
        k = options[0][0]
        matches.append(_Match(i, i + k + 1, options[0][2], [(o[0], o[2], o[3]) for o in options]))
        last = i + k
    return toks, matches


_GAPS: dict[str, bool] = {}


def _gap_ok(gap: str) -> bool:
    r = _GAPS.get(gap)
    if r is None:
        r = GAP_OK.fullmatch(gap) is not None
        if len(_GAPS) < 10_000:
            _GAPS[gap] = r
    return r


_TOKEN_INDEX = operator.attrgetter("i")


def _rule_holds(rule: dict, m: _Match, k: int, toks, norm: str, text: str, view, accepted, longest: int = 0) -> bool:
    """``accepted``: the unambiguous matches and the ambiguous ones resolved so far (left to right),
    ordered by token index, none longer than ``longest`` tokens."""
    i, j = m.i, m.i + k + 1
    s = toks[i][0] + m.off
    e = toks[j - 1][1]
    prev = _plain_forms(toks[i - 1][2]) if i > 0 else ()
    nxt = toks[j][2] if j < len(toks) else ""
    if "not_prev" in rule and any(p in rule["not_prev"] for p in prev):
        return False
    if "not_next" in rule and nxt in rule["not_next"]:
        return False
    if "not_glued" in rule and m.off and toks[i][2][:m.off] in rule["not_glued"]:
        return False  # كابل is no ك + ابل (Apple), بحماس "with enthusiasm" no ب + حماس
    if "not_orig_prefix" in rule:
        o = text[view.start(s):view.start(s) + 2]
        if any(o.startswith(p) for p in rule["not_orig_prefix"]):
            return False
    positive = False
    if "prev" in rule:
        positive = True
        w = rule.get("window", 1)
        for t in range(max(0, i - w), i):
            if any(p in rule["prev"] for p in _plain_forms(toks[t][2])):
                return True
    if "next" in rule:
        positive = True
        if nxt in rule["next"]:
            return True
    if "glued" in rule:
        positive = True
        if m.off and toks[i][2][:m.off] in rule["glued"]:
            return True
    if "near_words" in rule:
        positive = True
        w = rule.get("near_window", 6)
        for t in range(max(0, i - w), min(len(toks), j + w)):
            if (t < i or t >= j) and any(p in rule["near_words"] for p in _plain_forms(toks[t][2])):
                return True
    near_keys = [x for x in ("near_sectors", "near_ids", "near_labels") if x in rule]
    if near_keys:
        positive = True
        w = rule.get("near_window", 6)
        # only the matches that start within reach (bisect, not a scan of the whole document)
        lo = bisect_left(accepted, i - w - longest, key=_TOKEN_INDEX)
        hi = bisect_left(accepted, j + w + 1, key=_TOKEN_INDEX)
        for other in accepted[lo:hi]:
            if other.j + w < i or other.i > j + w or other is m:
                continue
            ent = other.entry
            if ("near_sectors" in rule and ent.sector in rule["near_sectors"]) or \
               ("near_ids" in rule and ent.id in rule["near_ids"]) or \
               ("near_labels" in rule and ent.label in rule["near_labels"]):
                return True
    before = norm[max(0, s - 12):s].rstrip()
    after = norm[e:e + 3].lstrip()
    if rule.get("quoted"):
        positive = True
        if before and before[-1] in _QUOTE_OPEN and after and after[0] in _QUOTE_CLOSE:
            return True
    if rule.get("quoted_after_l"):
        positive = True
        if _AFTER_L.search(before) and after and after[0] in _QUOTE_CLOSE:
            return True
    if rule.get("paren"):
        positive = True
        if before.endswith("(") and after.startswith(")"):
            return True
    if rule.get("dateline"):
        positive = True
        ls = norm.rfind("\n", 0, s) + 1
        le = norm.find("\n", e)
        line = norm[ls:le if le >= 0 else len(norm)].strip()
        if len(line) <= 40 and any(c in line for c in _DASHES) and any(c in norm[ls:s] for c in _DASHES):
            return True
    if rule.get("opens_dateline"):
        positive = True
        # the source of a dateline that opens a paragraph: [reporter- ]سبق- أبها: ...
        head = norm[norm.rfind("\n", 0, s) + 1:s].strip()
        if len(head) <= 40 and (not head or head[-1] in _DASHES) and _DATELINE_AFTER.match(norm, e):
            return True
    return not positive


def find_mentions(g: Gazetteer, text: str, view, words_out: Optional[list] = None) -> list[tuple[int, int, object]]:
    """Gazetteer mentions in ``text``: (start, end, entry) in original offsets, ordered. ``words_out``:
    a list that receives the words of the normalized text (a ``_Toks``) for later passes."""
    norm = view.norm
    toks, matches = _scan(g, norm)
    if words_out is not None:
        words_out.append(toks)
    rules = context_rules()
    accepted, pending = [], []
    plain, entries = g.plain, g.entries
    for m in matches:
        k, off, key = m.options[0]
        c = plain.get(key)
        if c is not None:
            if c.upper and not _upper_ok(text, view, toks, m, k):
                continue
            m.entry, m.off, m.j = entries[c.entry], off, m.i + k + 1
            accepted.append(m)
        else:
            pending.append(m)
    resolved = []
    longest = max((a.j - a.i for a in accepted), default=0)
    for m in pending:
        for k, off, key in m.options:
            m.off = off
            cands = g.keys[key]
            chosen = None
            # a conditional reading whose positive cue holds beats the default reading
            for c in cands:
                if c.ambiguous:
                    rule = rules[g.entries[c.entry].cue]
                    if _has_positive(rule) and _rule_holds(rule, m, k, toks, norm, text, view, accepted, longest):
                        chosen = c
                        break
            if chosen is None:
                chosen = next((c for c in cands if not c.ambiguous), None)
            if chosen is None:
                for c in cands:
                    rule = rules[g.entries[c.entry].cue]
                    if not _has_positive(rule) and _rule_holds(rule, m, k, toks, norm, text, view, accepted, longest):
                        chosen = c
                        break
            if chosen is not None and chosen.upper and not _upper_ok(text, view, toks, m, k):
                chosen = None
            if chosen is not None:
                m.entry, m.j = g.entries[chosen.entry], m.i + k + 1
                resolved.append(m)
                # later ambiguous names may lean on it (النصر، الهلال، الأهلي ...: a list of clubs)
                accepted.insert(bisect_left(accepted, m.i, key=_TOKEN_INDEX), m)
                longest = max(longest, m.j - m.i)
                break
    out = []
    words, acc, n = toks.words, toks.acc, len(toks.words)
    vstart, vend = view.start, view.end
    for m in accepted:
        j = m.j
        if m.entry.teh and text[vend(acc[2 * j - 1]) - 1] == "ه" and \
                not _rule_holds(rules[m.entry.teh], m, j - m.i - 1, toks, norm, text, view, accepted, longest):
            continue  # جده "his grandfather", وجده "found it": Jeddah is جدة, or جده after في، مدينة ...
        if m.entry.nisba and j < n:
            w = words[j]
            if (len(w) >= 6 and w.startswith("ال") and (w.endswith("يه") or w.endswith("ي"))
                    and w not in _NISBA_STOP and toks.gaps[j] == " "):
                j += 1
        i = m.i
        off = m.off
        ent = m.entry
        if ent.label == "LOC" and off == 0:
            i, off, j, ent = _facility(toks, i, j, ent)
        out.append((vstart(acc[2 * i + 1] - len(words[i]) + off), vend(acc[2 * j - 1]), ent))
    return out


class _Named:
    """A name built around a gazetteer place (حديقة أبها الجديدة): no id of its own."""

    __slots__ = ("id", "label", "name", "wikidata", "sector", "nisba")

    def __init__(self, label):
        self.label, self.id, self.name, self.wikidata, self.sector, self.nisba = label, None, None, None, None, False


_NAMED = {}


def _facility(toks, i, j, ent):
    """Widen a place match to the facility, body or event it names (see data/gazetteer/facilities.json)."""
    heads, new_old, stop, not_between = facility_heads()
    words, gaps = toks.words, toks.gaps
    n = len(words)
    label = None
    start, off = i, 0
    for back in (1, 2):
        h = i - back
        if h < 0 or any(not _gap_ok(gaps[x]) for x in range(h + 1, i + 1)):
            break
        if back == 2 and (words[i - 1].startswith("ال") or words[i - 1] in not_between):
            break
        w = words[h]
        for f in _plain_forms(w):
            if f in heads:
                label, start, off = heads[f], h, len(w) - len(f)
                break
        if label:
            break
    if label is None:
        if j < n and words[j] in new_old and gaps[j] == " ":
            return i, 0, j + 1, _NAMED.setdefault("LOC", _Named("LOC"))
        return i, 0, j, ent
    if j < n and gaps[j] == " ":
        w = words[j]
        if len(w) >= 5 and w.startswith("ال") and w[-1] in "هي" and w not in stop:
            j += 1
    return start, off, j, _NAMED.setdefault(label, _Named(label))


def _has_positive(rule: dict) -> bool:
    return any(k in rule for k in ("prev", "next", "near_words", "near_sectors", "near_ids", "near_labels")) or \
        any(rule.get(k) for k in ("quoted", "quoted_after_l", "paren", "dateline", "opens_dateline"))


def _upper_ok(text, view, toks, m, k) -> bool:
    s, e = view.start(toks[m.i][0]), view.end(toks[m.i + k][1])
    return text[s:e].isupper()


def _get_tagger(name: str):
    try:
        from .tagger import get_tagger
    except (ImportError, AttributeError):
        return None
    try:
        return get_tagger(name)
    except (ImportError, AttributeError, FileNotFoundError, OSError):
        return None


class EntityComponent:
    name = "entities"
    requires = ("tokens",)
    provides = ("entities",)

    def __init__(self, gazetteer=None, ner: Optional[str] = "default", ner_misc: Optional[bool] = None, **_):
        self.paths = user_paths(gazetteer)
        self.keep_misc = "named" if ner_misc is None else bool(ner_misc)
        self.ner = ner or "default"
        self._gaz: Optional[Gazetteer] = None
        self._tagger = False  # not looked up yet

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = get_gazetteer(self.paths)
        return self._gaz

    @property
    def tagger(self):
        if self._tagger is False:
            self._tagger = None if self.ner == "none" else _get_tagger(self.ner)
        return self._tagger

    def __call__(self, doc, ctx) -> None:
        text = doc.text
        if not text:
            return
        g = self.gazetteer
        ctx.scratch["gazetteer"] = g
        words = []
        mentions = [(s, e, ent) for s, e, ent in find_mentions(g, text, ctx.view, words) if not ctx.is_blocked(s, e)]
        tagged = []
        tagger = self.tagger
        if tagger is not None:
            try:
                tagged = tagger.tag(doc, ctx) or []
            except Exception:  # a broken model must not break extraction
                tagged = []
        ents = _club_lists(g, _short_forms(g, _merge(g, text, mentions, tagged, ctx, self.keep_misc), text), text)
        if words:
            ents = _cued_clubs(ents, text, ctx, words[0])
            ents = _quoted_titles(ents, text, ctx, words[0])
            ents = _institutions(ents, text, ctx, words[0])
            ents = _listed_people(ents, text, ctx, words[0])
            ents = _surnamed_people(ents, text, ctx, words[0], tagger.lex if tagger is not None else None)
            ents = _family_names_again(ents, text, ctx, words[0])
        if "@" in text or "www." in text or "://" in text:
            ents = [x for x in ents if not _in_address(text, x.start, x.end)]
        ents = _join_split_people(ents, text)
        ents = _ranked_people(ents, text)
        ents = _linked_names(ents, text)
        ents = _surname_places_as_people(ents, text)
        ents = _kunya_people(ents, text)
        ents = _titled_people(ents, text)
        ents = _named_after_people(ents, text, ctx)
        ents.sort(key=lambda x: (x.start, -x.end))
        doc.entities.extend(ents)


_new_entity = constructor(Entity)


def _make_entity(text, start, end, label, id_, name, wikidata, source) -> Entity:
    """What ``Entity.model_construct`` builds, without its per-call overhead (hot path)."""
    return _new_entity({"text": text, "start": start, "end": end, "label": label, "id": id_, "name": name,
                        "wikidata": wikidata, "source": source})


def _gaz_entity(text, s, e, ent, source="gazetteer") -> Entity:
    return _make_entity(text[s:e], s, e, ent.label, ent.id, ent.name if ent.id else None, ent.wikidata, source)


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


_CURRENCY = None


def _currency_words() -> frozenset:
    """Normalized currency words (the numbers component's units.json: دولار، يورو، جنيه إسترليني ...)."""
    global _CURRENCY
    if _CURRENCY is None:
        path = Path(__file__).resolve().parent.parent / "data" / "numbers" / "units.json"
        try:
            units = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            units = {}
        out = set()
        for u in units.get("currencies", []) + units.get("subunits", []):
            for f in u.get("forms", []) + u.get("dual", []):
                ws = WORD.findall(normalize(f))  # the head noun only: not أمريكي of دولار أمريكي
                if ws and len(ws[0]) > 1:
                    out.add(ws[0])
        _CURRENCY = frozenset(out)
    return _CURRENCY


def _is_currency(key: str) -> bool:
    """Whether a (normalized) tagger span is made of currency words (الدولار، دولار أمريكي، اليوان)."""
    cur = _currency_words()
    ws = WORD.findall(key)
    if not ws:
        return False
    head = ws[0]
    if not (head in cur or (head.startswith("ال") and head[2:] in cur)):
        return False
    return all(w in cur or _nisba_like(w) for w in ws[1:])  # دولار أمريكي، الجنيه الإسترليني


def _nisba_like(w: str) -> bool:
    return len(w) >= 4 and w.endswith(("ي", "يه", "يا"))


_COMMERCIAL = frozenset(("PLATFORM", "BRAND", "MEDIA"))


def _common_word_here(g: Gazetteer, cands, text: str, s: int, e: int) -> bool:
    """Whether a tagger span that equals ambiguous aliases is the common word here: the context rule of
    one of them is marked ``common_word`` (context.json) and its ``not_prev``/``not_next``/``not_glued``
    veto holds (المغرب after صلاة, النيل before من, أمل before في)."""
    rules = context_rules()
    for c in cands:
        if not c.ambiguous:
            return False
        rule = rules.get(g.entries[c.entry].cue) or {}
        if not rule.get("common_word"):
            continue
        m = _PREV_WORD.search(text, max(0, s - 30), s)
        if m and "not_prev" in rule and not rule["not_prev"].isdisjoint(_plain_forms(normalize(m.group(1)))):
            return True
        m = _NEXT_WORD.match(text, e, min(len(text), e + 30))
        if m and "not_next" in rule and normalize(m.group(1)) in rule["not_next"]:
            return True
        k = s
        while k > 0 and text[k - 1].isalpha():
            k -= 1
        if k < s and normalize(text[k:s]) in rule.get("not_glued", ()):
            return True
    return False


def _quoted(text: str, s: int, e: int) -> bool:
    """Whether a span stands alone in quotes («نيسان»، "عكاظ"), as names of papers and brands often do."""
    before, after = text[max(0, s - 2):s].rstrip(), text[e:e + 2].lstrip()
    return bool(before) and before[-1] in _QUOTE_OPEN and bool(after) and after[0] in _QUOTE_CLOSE


def _merge(g: Gazetteer, text: str, mentions, tagged, ctx, keep_misc="named") -> list[Entity]:
    out = [[s, e, ent, "gazetteer"] for s, e, ent in mentions]
    if not tagged:
        return _teams([_gaz_entity(text, s, e, ent) for s, e, ent, _ in out], text)
    by_surface = {}
    for s, e, ent, _ in out:
        by_surface.setdefault(normalize(text[s:e]), ent)
    extra = []
    starts = [x[0] for x in out]
    from bisect import bisect_left
    descriptors = _descriptors()
    for ts, te, label in tagged:
        ts, te = _strip_tagger_span(text, ts, te)
        ts = _glued_letter_name(text, ts, te)
        ts, te = _trim_function_words(text, ts, te)
        if te <= ts or ctx.is_blocked(ts, te) or _not_a_name(text, ts, te, label, keep_misc is not True):
            continue
        label = label if label in ("PERSON", "ORG", "LOC", "MISC") else "MISC"
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
                        if ent.label in ("ORG", "PLATFORM", "BRAND", "MEDIA"):
                            x[0], x[1], x[3] = ts, te, "gazetteer+tagger"
                    elif label == "ORG" and ent.label == "LOC":
                        x[0], x[1], x[3] = ts, te, "tagger"
                        x[2] = None
                        x.append(label)
                elif (ts, te) == (x[0], x[1]) and label == "ORG" and ent.label == "LOC" and len(x) == 4:
                    # a place name the tagger reads as an organization in its context: a club (فاز
                    # برشلونة)، a government (أعلنت سول): the place's id is not the name's
                    x[3] = "gazetteer+tagger"
                    x[2] = None
                    x.append(label)
            continue
        key = normalize(text[ts:te])
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
                    if _COARSE.get(cand.label, cand.label) == _COARSE.get(label, label) and \
                            not (c.ambiguous and cand.label in _COMMERCIAL and not _quoted(text, ts, te)):
                        ent = cand
                        break
            if text[te - 1] == "ه" and (ent is not None and ent.teh or ent is None and _teh_word(g, key)):
                continue  # a spelling the gazetteer turned down here (جده "his grandfather", وجده "found it")
        if ent is not None and (_COARSE.get(ent.label, ent.label) == _COARSE.get(label, label)
                                or _one_sense(ent, label, key, by_surface)):
            extra.append(_gaz_entity(text, ts, te, ent, "tagger"))
        elif label == "MISC" and (not keep_misc or (keep_misc == "named" and _is_currency(key))):
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


def _one_sense(ent, label: str, key: str, by_surface: dict) -> bool:
    """A tagger place or person whose surface is an organization the gazetteer found elsewhere in the
    article (a club named after a city or a common word: القادسية, read by its cue in أندية ... القادسية,
    then تسجيل لاعب في كشوفات القادسية) is that organization: one name, one sense in one article."""
    return ent.label == "ORG" and label in ("LOC", "PERSON") and by_surface.get(key) is ent


def _linked_names(ents: list, text: str) -> list:
    """A person's mention cannot end in a link word (بن، آل، أبو، عبد): the tagger stopped short of the
    name it links (الأمير عبدالله بن + مساعد، مبارك بن محمد آل + وديان، هاني أبو + سبعة), so the mention
    takes the next word (``_NEXT_WORD``) and any mention on that word goes; before no word (إيلي داغر ابن
    «مراح الحباس») the link word is left out."""
    links, kunya, compounds, _, _ = _name_words()
    out, drop = [], set()
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
            drop.update(id(y) for y in ents if y is not x and y.start < end and y.end > m.start(1))
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
    added = []
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
            if any(x.start < e and x.end > s for x in ents + added):
                continue
            added.append(_make_entity(text[s:e], s, e, "PERSON", None, None, None, "rule"))
    return ents + added


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


_LIST_WORD = regex.compile(r"(?<![\p{L}\p{M}])(و?)(\p{Arabic}+)(?![\p{L}\p{M}])")
_LIST_GAP = regex.compile(r"\s*[،,]\s*")


def _club_entry(g: Gazetteer, word: str):
    """The club entry a one-word name can be (an ORG alias with a club cue), or None."""
    for c in g.keys.get((normalize(word),), ()):
        e = g.entries[c.entry]
        if e.label == "ORG" and e.cue in ("club", "sport_club", "club_strict"):
            return e
    return None


def _club_lists(g: Gazetteer, ents: list, text: str) -> list:
    """Three or more club names in a row, comma- or و-separated (وهي التعاون، الشباب، الاتحاد، الخليج، الفيصلي،
    الفتح), are clubs, each with its id, even names that alone are a word or a place (الخليج the Gulf,
    التعاون cooperation): a list of such names is itself the sports context their cue asks for."""
    if "،" not in text and "," not in text:
        return ents
    runs, run, prev_end = [], [], -1
    for m in _LIST_WORD.finditer(text):
        e = _club_entry(g, m.group(2))
        if e is None and m.group(1):  # وهجر: و may be the first letter (وادي) or the conjunction
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
    items = [x for r in runs for x in r]
    keep = [x for x in ents if not any(x.start < e and x.end > s and (x.start, x.end, x.id) != (s, e, ent.id)
                                       for s, e, ent in items)]
    have = {(x.start, x.end) for x in keep}
    return keep + [_gaz_entity(text, s, e, ent, "gazetteer") for s, e, ent in items if (s, e) not in have]


def _after_place_head(text: str, s: int) -> bool:
    """Whether the word before ``s`` is a facility or district head (حي أبو موسى الأشعري، قرية أم ولد)."""
    m = _PREV_WORD.search(text, max(0, s - 30), s)
    w = normalize(m.group(1)) if m else ""
    return w in facility_heads()[0] or w in _district_heads()


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


def _surname_places_as_people(ents: list, text: str) -> list:
    """A one-word tagger place or body that is the family name of a person named in full elsewhere in
    the article (عبدالله البرقان ... وكان البرقان قد أشار) is that person, read alone; the full name must
    begin with a given name of the name lists (not a tagger's السلفر نيتريت, ميلون كوربورشن)."""
    given = _name_words()[3]
    last = {normalize(w[-1]) for w in (x.text.split() for x in ents if x.label == "PERSON")
            if len(w) > 1 and w[0] in given}
    if not last:
        return ents
    out = []
    for x in ents:
        if x.source == "tagger" and x.id is None and x.label in ("LOC", "ORG") and " " not in x.text \
                and normalize(x.text) in last:
            x = _make_entity(x.text, x.start, x.end, "PERSON", None, None, None, "tagger")
        out.append(x)
    return out


#: a name word's loose spelling: no long vowels, hamza or final ه, one letter for g and v
#: (فرنسوا = فرانسوا، أنغيلا = أنجيلا)
_LOOSE = str.maketrans({"ا": None, "و": None, "ي": None, "ه": None, "ء": None,
                        "ج": "ك", "غ": "ك", "ق": "ك", "گ": "ك", "ڤ": "ف"})
_WORD_SPAN = regex.compile(r"\S+")


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


def _teh_word(g: Gazetteer, key: str) -> bool:
    """Whether a word, less a glued conjunction or preposition, is an alias the gazetteer accepts
    spelled with ه only where its context rule holds (وجده: و + جده)."""
    for f in _plain_forms(key)[1:]:
        for c in g.keys.get((f,), ()):
            if g.entries[c.entry].teh:
                return True
    return False


_NUMBER_BEFORE = regex.compile(r"(?r)(?:\d[)\]]?|\p{L}+)[\s\u00a0]{1,2}$")  # (994,500) ريال


@lru_cache(maxsize=1)
def _date_words() -> tuple:
    """(one-word month names, words that make a month name a date after it: الماضي، المقبل ..., scale
    words of amounts: ألف، مليون ...), normalized, from the numbers component's data."""
    folder = Path(__file__).resolve().parent.parent / "data" / "numbers"
    try:
        cal = json.loads((folder / "calendar.json").read_text(encoding="utf-8"))
        num = json.loads((folder / "numbers.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return frozenset(), frozenset(), frozenset()
    months = {normalize(m) for k in ("months_gregorian", "months_hijri") for ms in cal.get(k, {}).values()
              for m in ms if " " not in m}
    after = {normalize(w) for ws in cal.get("relative_markers", {}).values() for w in ws}
    scales = {normalize(w) for forms in num.get("scales", {}).values() for ws in forms.values() for w in ws}
    return frozenset(months), frozenset(after), frozenset(scales)


def _not_a_name(text: str, s: int, e: int, label: str, named: bool = True) -> bool:
    """A tagger span that is no name (facilities.json ``_doc_tagger_not_names``): a common noun or phrase
    of ``tagger_not_names``, a person title alone (ولي العهد), a nationality adjective (السورية، جندي
    روسي), a currency word after a number (مليون ريال), a month name in a date (أبريل
    (نيسان)، نيسان الماضي، 3 نيسان), and with ``named`` (``ner_misc``'s default) a MISC span of
    ``misc_not_named`` (الله، الإسلام); ``named`` False keeps those and the currency words (``ner_misc=True``:
    ANERcorp's MISC)."""
    raw = text[s:e]
    kind = _word_kind(raw, label, named)
    if kind is None and " " in raw and _word_kind(raw.split(None, 1)[0], label, named) == "currency":
        kind = "currency"  # a currency word run into what follows: مليار ريال + بنهاية 2014 (not ريال مدريد)
    if kind is None:
        return False
    if kind == "name":
        return True
    if kind == "nisba":
        m = _PREV_WORD.search(text, max(0, s - 30), s)  # not after حي، شارع ... (حي السويدي)
        w = normalize(m.group(1)) if m else ""
        return w not in facility_heads()[0] and w not in _district_heads()
    months, after, scales = _date_words()
    m = _NUMBER_BEFORE.search(text, max(0, s - 30), s)
    prev = m.group().strip().rstrip(")]") if m else ""
    number_before = bool(prev) and (prev[-1].isdigit() or normalize(prev) in scales)
    if kind == "currency":
        return number_before
    if number_before or normalize(prev) in ("شهر", "الشهر"):
        return True
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


@lru_cache(maxsize=50_000)
def _word_kind(raw: str, label: str, named: bool) -> Optional[str]:
    """What ``_not_a_name`` needs to know of a span's words alone: "name" (never a name), "nisba",
    "currency" or "month" (no name in some contexts), None (a name as far as the words go)."""
    key = normalize(raw)
    if len(key) == 1 and not key.isascii():
        return "name"  # one Arabic letter: what a cut proclitic left (لله -> ه)
    forms = _plain_forms(key)
    if not _facility_words("tagger_not_names").isdisjoint(forms) or (
            named and label == "MISC" and not _facility_words("misc_not_named").isdisjoint(forms)):
        return "name"
    if tuple(key.split()) in _name_words()[4]:  # a title alone (الشيخ، ولي العهد) names nobody
        return "name"
    if " " in key:
        return None
    # a nationality adjective: a place or body (السورية), or a person without the article (جندي روسي)
    if (label in ("LOC", "ORG") or label == "PERSON" and not key.startswith("ال")
            and raw not in _name_words()[3]) and _nisba_of_place(key):  # تركي the name stays
        return "nisba"
    cur = _currency_words() if named else ()
    if any(f in cur or f.startswith("ال") and f[2:] in cur for f in forms):
        return "currency"
    return "month" if not _date_words()[0].isdisjoint(forms) else None


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


_DESCRIPTORS = None


def _descriptors() -> frozenset:
    """facilities.json's descriptors (تنظيم، حركة، نادي ...), normalized."""
    global _DESCRIPTORS
    if _DESCRIPTORS is None:
        _DESCRIPTORS = frozenset(map(normalize, facilities().get("descriptors", ())))
    return _DESCRIPTORS


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


_WORK_ADJECTIVES = None


def _work_adjectives() -> frozenset:
    """The words that may sit between a work cue and its quoted title (جديد، الشهير ...), normalized."""
    global _WORK_ADJECTIVES
    if _WORK_ADJECTIVES is None:
        _WORK_ADJECTIVES = frozenset(normalize(w) for w in facilities().get("work_adjectives", ()))
    return _WORK_ADJECTIVES
_QUOTED_TITLE = regex.compile(r'[ ]{0,2}([«"“])[ ]?([^«»"“”\n]{1,60}?)[ ]?([»"”])')


def _quoted_titles(ents: list, text: str, ctx, toks) -> list:
    """The title in quotes right after a word such as برنامج، بعنوان، فيلم، مسلسل، كتاب, or after it
    and one of the work adjectives (برنامج جديد «X»), at most 60 characters and 6 words, is a WORK
    mention; after فعاليات، مهرجان، معرض ... an EVENT; mentions inside it give way."""
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
        inside.update(id(x) for x in near if s <= x.start and x.end <= e)
        titles.append(_make_entity(text[s:e], s, e, cues[w], None, None, None, "tagger"))
    if not titles:
        return ents
    return [x for x in ents if id(x) not in inside] + titles


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


@lru_cache(maxsize=1)
def _person_titles() -> frozenset:
    return frozenset(map(normalize, facilities().get("person_titles_in_names", ())))


_SPACE = regex.compile(r"\s")


def _in_address(text: str, s: int, e: int) -> bool:
    """Whether a (Latin) mention lies inside an e-mail address (after its @: name@gmail.com) or a web
    address (www.gdp.gov.sa، http://...): a column's contact line names no platform or body. An Arabic
    name glued to the address (المديرية العامة للجوازاتwww.gdp.gov.sa) stays."""
    a = s
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    m = _SPACE.search(text, e)
    tok = text[a:m.start() if m else len(text)]
    return text[s:e].isascii() and ("@" in text[a:s] or "://" in tok or "www." in tok.lower())


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
        e = x.end
        while True:  # بن + name (عبد + name), آل + name
            m = _NEXT_WORD.match(text, e, min(len(text), e + 40))
            if m is None or normalize(m.group(1)) not in links:
                break
            n = _NEXT_WORD.match(text, m.end(), min(len(text), m.end() + 40))
            if n is None:
                break
            if normalize(n.group(1)) in compounds:
                n = _NEXT_WORD.match(text, n.end(), min(len(text), n.end() + 40))
                if n is None:
                    break
            e = n.end(1)
        if out is ents:
            out = list(ents)
        out[k] = _make_entity(text[s:e], s, e, x.label, x.id, x.name, x.wikidata, x.source)
        if e > x.end:
            widened.append((x.end, e))
    if widened:
        out = [x for x in out if not any(a <= x.start and x.end <= b for a, b in widened)]
    return out


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


_CUED = None


def _cued_club_words() -> tuple:
    """(team cue words of facilities.json, also with a glued و/ف: فريق، ومضيفه ...; the single-word club
    names of names/clubs.txt and clubs_ambiguous.txt), normalized."""
    global _CUED
    if _CUED is None:
        cues = set()
        for c in _team_words()[1]:
            cues.update((c, "و" + c, "ف" + c))
        names = set()
        folder = Path(__file__).resolve().parent.parent / "data" / "names"
        for f in ("clubs.txt", "clubs_ambiguous.txt"):
            try:
                lines = (folder / f).read_text(encoding="utf-8").splitlines()
            except OSError:
                lines = []
            for line in lines:
                ws = WORD.findall(normalize(line.split("#", 1)[0]))
                if len(ws) == 1:
                    names.add(ws[0])
        _CUED = (frozenset(cues), frozenset(names))
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


_PEOPLE = None


def _people_names() -> dict:
    """The full names (two words or more) of arnews/data/names/people.txt, normalized, as word tuples by
    first word, longest first; a title before the name (الملك فهد، الأمير هاري: person_titles.txt) is
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
                out.setdefault(ws[0], set()).add(ws)
        _PEOPLE = {w: sorted(v, key=len, reverse=True) for w, v in out.items()}
    return _PEOPLE


def _listed_people(ents: list, text: str, ctx, toks) -> list:
    """A full name of ``people.txt`` (two words or more: دوري غولد، يوليا تيموشينكو) is a PERSON when the
    tagger and the gazetteer missed it or found only part of it as a person: added where no mention
    touches it, and a person mention inside it widened to the whole name. Such names are rarely anything
    else, while the CRF, which sees the lists only as word features, can miss them."""
    people = _people_names()
    words, gaps, acc, view = toks.words, toks.gaps, toks.acc, ctx.view
    n = len(words)
    out = ents
    for k, w in enumerate(words):
        for f in _plain_forms(w):
            cands = people.get(f)
            if not cands:
                continue
            for name in cands:
                m = len(name)
                if k + m > n or any(words[k + t] != name[t] or gaps[k + t] != " " for t in range(1, m)):
                    continue
                ns = acc[2 * k + 1] - len(f)
                s, e = view.start(ns), view.end(acc[2 * (k + m) - 1])
                if ctx.is_blocked(s, e):
                    break
                over = [x for x in out if x.start < e and x.end > s]
                if all(x.label == "PERSON" and not x.id and x.start >= s and x.end <= e for x in over):
                    if out is ents:
                        out = list(ents)
                    out = [x for x in out if not (x.start < e and x.end > s)]
                    out.append(_make_entity(text[s:e], s, e, "PERSON", None, None, None,
                                            over[0].source if over else "names"))
                break
            else:
                continue
            break
    return out


_SURNAMES = None


def _surnames() -> tuple:
    """(family names of names/surnames.txt, given names of names/first_names_arabic.txt and
    first_names_foreign.txt, ambiguous given names of first_names_ambiguous.txt, one-word titles of
    person_titles.txt), normalized; the ambiguous family names are left out."""
    global _SURNAMES
    if _SURNAMES is None:
        folder = Path(__file__).resolve().parent.parent / "data" / "names"
        sets = []
        for files in (("surnames.txt",), ("first_names_arabic.txt", "first_names_foreign.txt"),
                      ("first_names_ambiguous.txt",), ("person_titles.txt",)):
            words = set()
            for f in files:
                try:
                    lines = (folder / f).read_text(encoding="utf-8").splitlines()
                except OSError:
                    lines = []
                for line in lines:
                    ws = WORD.findall(normalize(line.split("#", 1)[0]))
                    if len(ws) == 1:
                        words.add(ws[0])
            sets.append(frozenset(words))
        _SURNAMES = tuple(sets)
    return _SURNAMES


def _surnamed_people(ents: list, text: str, ctx, toks, lex=None) -> list:
    """A family name of surnames.txt right after a person mention, or right after a given name that no
    mention covers, belongs to the person (سعد + الغامدي، خالد عبدالله + القحطاني): the tagger often
    stops before a family name it has not seen, or misses a given name + family name pair. An ambiguous
    given name (علي، رائد; not باسم "on behalf of", أن) counts when the tagger's training text ``lex``
    has it mostly inside person names. Given names before the given name come too (محمد + علي جعفري).
    A family name right after a title of person_titles.txt is a person alone (الدكتور المراغي)."""
    surnames, given, ambiguous, titles = _surnames()

    def given_at(j):  # the given name that word j is, less a glued conjunction/preposition, or None
        for f in _plain_forms(words[j]):
            if f in given or (lex and f in ambiguous and lex.get(f, "").startswith("PERS")):
                return f
        return None

    words, gaps, acc, view = toks.words, toks.gaps, toks.acc, ctx.view
    hits = [k for k in range(1, len(words)) if words[k] in surnames and gaps[k] == " "]
    if not hits:
        return ents
    out = list(ents)
    for k in hits:
        s, e = view.start(acc[2 * k + 1] - len(words[k])), view.end(acc[2 * k + 1])
        if any(x.start < e and x.end > s for x in out) or ctx.is_blocked(s, e):
            continue
        ps = view.end(acc[2 * k - 1])  # the end of the word before
        before = [i for i, x in enumerate(out) if x.end == ps]
        if before:
            x = out[before[0]]
            if x.label == "PERSON" and not x.id:
                out[before[0]] = _make_entity(text[x.start:e], x.start, e, "PERSON", None, None, None, x.source)
            continue
        f = given_at(k - 1)
        if f is None:
            if any(t in titles for t in _plain_forms(words[k - 1])):  # الرئيس أردوغان، المدرب شميت
                out.append(_make_entity(text[s:e], s, e, "PERSON", None, None, None, "names"))
            continue
        j = k - 1
        while j > 0 and k - j < 3 and gaps[j] == " " and f == words[j] and words[j - 1] in given:
            j -= 1  # an unambiguous given name before it, with no glued proclitic between
            f = given_at(j)
        fs = view.start(acc[2 * j + 1] - len(f))
        if not any(x.start < e and x.end > fs for x in out) and not ctx.is_blocked(fs, e):
            out.append(_make_entity(text[fs:e], fs, e, "PERSON", None, None, None, "names"))
    return out


def _family_names_again(ents: list, text: str, ctx, toks) -> list:
    """The family name of a person named in full in the document (a surnames.txt word ending a person
    mention: علي الأحمدي) is the same person where it stands alone later (بيد أن الأحمدي أشار), unless a
    mention ends right before it (كولومبيا + بوش: part of another name)."""
    surnames = _surnames()[0]
    view = ctx.view
    norm = view.norm
    fams = set()
    for x in ents:
        if x.label == "PERSON":
            ws = WORD.findall(normalize(x.text))
            if len(ws) > 1 and ws[-1] in surnames:
                fams.add(ws[-1])
    if not fams:
        return ents
    words, acc = toks.words, toks.acc
    out = list(ents)
    for k, w in enumerate(words):
        for f in _plain_forms(w):
            if f in fams:
                s, e = view.start(acc[2 * k + 1] - len(f)), view.end(acc[2 * k + 1])
                ps = view.end(acc[2 * k - 1]) if k else -1  # the end of the word before
                if not any(x.start < e and x.end > s or x.end == ps for x in out) and not ctx.is_blocked(s, e):
                    out.append(_make_entity(text[s:e], s, e, "PERSON", None, None, None, "names"))
                break
    return out


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
_PREV_WORD = regex.compile(r"(?r)(\p{L}[\p{L}\p{M}]*)\s{1,2}$")  # backwards, like _TWO_WORDS_BEFORE
_NEXT_WORD = regex.compile(r"\s{1,2}(\p{L}[\p{L}\p{M}]*)")
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


def make_component(gazetteer=None, ner: Optional[str] = "default", ner_misc: Optional[bool] = None, **options) -> EntityComponent:
    comp = EntityComponent(gazetteer=gazetteer, ner=ner, ner_misc=ner_misc)
    from ..backends import get_ner_backend, ner_backends
    if ner in ner_backends():  # optional camel/stanza taggers (arnews.backends), loaded now with their options
        comp._tagger = get_ner_backend(ner, **options)
    return comp
