"""Gazetteer matching over the normalized text: the longest alias at each word (``_scan``), then each
entry's context rules and the facility, upper-case and quote checks (``find_mentions``).
"""
from __future__ import annotations

import operator
import re
from bisect import bisect_left
from functools import lru_cache
from itertools import accumulate, compress, repeat
from typing import Optional

import regex

from ..text import ARABIC_LETTER, normalize
from .gazetteer import context_rules, facilities, facility_heads, GAP_OK, Gazetteer
from .words import _alias_descriptors, _NISBA_STOP, _plain_forms, _QUOTE_CLOSE, _QUOTE_OPEN


_AFTER_L = regex.compile(r"(?r)(?:^|[\s\"«»(])[وف]?ل\s*[«»\"“'‘]\s*$")


_DASHES = "-–—/"


#: what follows a source that opens a dateline, in the original text (a tatweel serves as a dash there,
#: and normalization drops it): a dash, a place of a few words and a colon, a bracket or another dash
#: (سبق- أبها:، سبق ـ القاهرة:، سبق- الرياض (تصوير ...)، سبق- الزلفي- (تصوير:); a colon alone, the
#: paper ending the reporter's byline (أيمن حسن- سبق:); a one-word place and a colon (سبق ابها :)
_DATELINE_AFTER = regex.compile(
    r"ـ?(?&g)*(?:[-–—ـ](?&g)*\p{L}[\p{L}\p{M} ]{1,25}(?&g)*[:(\-–—ـ]|:|\p{L}[\p{L}\p{M}]{1,11}(?&g)*:)"
    r"(?(DEFINE)(?P<g>[ \t\xa0\u200b-\u200f\u202a-\u202e]))")
#: what strip() leaves at a line's ends: no-break, zero-width and bidi marks (\u202b[سبق]- جدة:)
_LINE_BLANKS = " \t\xa0\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\ufeff"
#: the dashes of a byline in the original text, the tatweel included (عافت الزويدـ سبق ـ حفر الباطن:)
_BYLINE_DASHES = "-–—/ـ"
#: a dateline source's head: the reporter, the photographer, a city (أجرى الحوار/ شقران الرشيدي- تصوير/
#: فايز الزيادي- سبق- الرياض:), at most this many characters from the line's start
_HEAD_REACH = 80
_COLON_AFTER = regex.compile(r"[ \t]*:")
#: how far the dateline rules look for a line's ends: a dateline's line or head is 40 characters at
#: most, and a few more are spaces that strip() drops
_LINE_REACH = 60


#: the words of gazetteer.WORD, captured: ``split`` gives [gap, word, gap, word, ..., trailing gap], the
#: gaps being the runs without word characters (one linear C-level pass)
_SPLIT = re.compile(f"([{ARABIC_LETTER}]+|[a-z0-9\u00c0-\u024f]+|[&+])")


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
        # a short line: look no further than its 40 characters (plus a margin for spaces) each way, so
        # a long paragraph is not scanned for every match in it
        lo = max(0, s - _LINE_REACH)
        ls = norm.rfind("\n", lo, s) + 1
        le = norm.find("\n", e, e + _LINE_REACH)
        if (ls or not lo) and (le >= 0 or e + _LINE_REACH >= len(norm)):
            line = norm[ls:le if le >= 0 else len(norm)].strip()
            if len(line) <= 40 and any(c in line for c in _DASHES) and any(c in norm[ls:s] for c in _DASHES):
                return True
    if rule.get("dateline_place"):
        positive = True
        # the place of a dateline that opens a long paragraph: [reporter- ]سبق- الجوف: ... (``dateline``
        # wants the line short)
        ls = norm.rfind("\n", max(0, s - _LINE_REACH), s)  # a bounded look back: no scan of a long paragraph
        head = norm[ls + 1:s].strip() if ls >= 0 or s <= _LINE_REACH else ""
        if 1 < len(head) <= 40 and head[-1] in _DASHES and _COLON_AFTER.match(norm, e):
            return True
    if rule.get("opens_dateline"):
        positive = True
        if _opens_dateline(text, view.start(s), view.end(e)):
            return True
    if "opens_line_before" in rule:
        positive = True
        if nxt in rule["opens_line_before"] and _opens_line(text, view.start(s)):
            return True
    return not positive


def _opens_dateline(text: str, s: int, e: int) -> bool:
    """Whether original ``text[s:e]`` is the source that opens a paragraph's dateline, alone or after the
    byline (سبق- أبها:، محمد السيد- سبق:): what precedes it on its line is empty or ends in a dash, and
    ``_DATELINE_AFTER`` follows. The look back is bounded (``_HEAD_REACH``): no scan of a long paragraph."""
    lo = max(0, s - _HEAD_REACH - 20)
    ls = text.rfind("\n", lo, s)
    if ls < 0 and lo:
        return False
    head = text[ls + 1:s].strip(_LINE_BLANKS)
    return len(head) <= _HEAD_REACH and (not head or head[-1] in _BYLINE_DASHES) and \
        _DATELINE_AFTER.match(text, e) is not None


def _opens_line(text: str, s: int) -> bool:
    """Whether only blanks stand between original offset ``s`` and the start of its line or sentence (a
    paragraph of questions that ends in the column's heading: ... فيها؟  سبق تقول للمسؤول:); a bounded
    look back."""
    k = s
    while k > 0 and s - k < 40 and text[k - 1] in _LINE_BLANKS:
        k -= 1
    return k == 0 or text[k - 1] in "\n.!?؟"


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
    descriptors = _alias_descriptors()
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
        elif j - i > 1 and not descriptors.isdisjoint(_plain_forms(words[i])) and \
                any(g.entries[c.entry] is ent for c in g.keys.get(tuple(words[i + 1:j]), ())):
            i, off = i + 1, 0  # شركة أبل، قناة الجزيرة، صحيفة الوئام: the name without its descriptor
        out.append((vstart(acc[2 * i + 1] - len(words[i]) + off), vend(acc[2 * j - 1]), ent))
    return out


class _Named:
    """A name built around a gazetteer place (حديقة أبها الجديدة): no id of its own."""

    __slots__ = ("id", "label", "name", "wikidata", "sector", "nisba")

    def __init__(self, label):
        self.label, self.id, self.name, self.wikidata, self.sector, self.nisba = label, None, None, None, None, False


_NAMED = {}


@lru_cache(maxsize=1)
def _facility_places() -> dict:
    """facilities.json ``facility_places``: place id -> the normalized heads that name that place itself."""
    return {k: frozenset(map(normalize, v)) for k, v in facilities().get("facility_places", {}).items()}


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
    if label is not None and f in _facility_places().get(ent.id, ()):
        return start, off, j, ent  # ملعب لوفتس رود: the stadium itself, with its id
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
        any(rule.get(k) for k in ("quoted", "quoted_after_l", "paren", "dateline", "dateline_place", "opens_dateline",
                                  "opens_line_before"))


def _upper_ok(text, view, toks, m, k) -> bool:
    s, e = view.start(toks[m.i][0]), view.end(toks[m.i + k][1])
    return text[s:e].isupper()
