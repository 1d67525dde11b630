"""Gazetteer: load the data files, expand spelling patterns, compile a clitic-aware matcher.

The data (``arnews/data/gazetteer/*.tsv``, format in the README there) is compiled once, lazily,
into a dict from the first normalized word of every alias to the aliases starting with it (longest
first). Matching walks the words of the normalized text once: for each word it looks up the word
itself and its forms without glued proclitics (و ف ب ل ك, لل = ل + ال), so a 2,000-character article
costs a few hundred dict look-ups. Ambiguous aliases (common words, names) carry a context rule
(``context.json``) checked after the unambiguous matches are known.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional, Sequence, Union

import regex

from ..text import ARABIC_LETTER, normalize

DATA_DIR = Path(__file__).resolve().parent.parent / "data" / "gazetteer"
LABELS = {"PERSON", "ORG", "LOC", "PLATFORM", "BRAND", "MEDIA", "WORK", "EVENT", "MISC"}

#: words of the normalized text: Arabic letter runs, Latin/digit runs, and the symbols & + that
#: occur inside names (AT&T, اوبك+)
WORD = regex.compile(f"[{ARABIC_LETTER}]+|[a-z0-9\u00c0-\u024f]+|[&+]")
#: what may separate the words of one multi-word name in running text
GAP_OK = regex.compile(r"[ \t\u00a0\-\u2010-\u2013_'’.·]{0,3}")
_LATIN = regex.compile(r"[A-Za-z]")
_MACROS = {"{g}": "(ج|غ|ق|ك|گ)", "{v}": "(ف|ڤ)", "_": "( |)"}
_GROUP = regex.compile(r"\(([^()]*)\)")
_MAX_VARIANTS = 256

# proclitic strings (normalized) a name may carry glued on, longest first; "لل" is ل + ال
_PROCLITICS = ("ولل", "فلل", "لل", "وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")


@dataclass
class Entry:
    id: Optional[str]
    label: str
    name: Optional[str]
    wikidata: Optional[str] = None
    tags: frozenset = frozenset()
    cue: Optional[str] = None
    teh: Optional[str] = None  # context rule a match spelled with ه for the aliases' ة needs (جده)
    sector: Optional[str] = None
    nisba: bool = False
    user: bool = False
    arabic: list = field(default_factory=list)
    latin: list = field(default_factory=list)


# --- loading -------------------------------------------------------------------------------------

def expand(pattern: str) -> list[str]:
    """All spellings of an alias pattern: ``(a|b|)`` alternatives (nested too), ``_`` optional
    space, ``{g}``; at most ``_MAX_VARIANTS``."""
    for k, v in _MACROS.items():
        pattern = pattern.replace(k, v)
    out = []
    for s in _spellings(pattern):
        s = " ".join(s.split())
        if s and s not in out:
            out.append(s)
            if len(out) >= _MAX_VARIANTS:
                break
    return out


def _spellings(p: str) -> list[str]:
    """The strings of a pattern whose groups may nest (a macro inside a group: (_السعودية|))."""
    a = p.find("(")
    if a < 0:
        return [p]
    depth, options, k = 0, [], a + 1
    for b in range(a, len(p)):
        ch = p[b]
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
            if depth == 0:
                break
        elif ch == "|" and depth == 1:
            options.append(p[k:b])
            k = b + 1
    else:  # an unclosed group: the rest is literal
        return [p]
    options.append(p[k:b])
    rest = _spellings(p[b + 1:])
    return [p[:a] + x + y for o in options for x in _spellings(o) for y in rest][:_MAX_VARIANTS * 4]


def _split(field_: str) -> list[str]:
    field_ = (field_ or "").strip()
    if not field_ or field_ == "-":
        return []
    return [a.strip() for a in field_.split(";") if a.strip() and a.strip() != "-"]


def _entry(id_, label, name, wikidata, arabic, latin, tags, user=False, where="") -> Entry:
    label = (label or "").strip().upper()
    if label not in LABELS:
        raise ValueError(f"{where}: unknown label {label!r} (one of {', '.join(sorted(LABELS))})")
    tagset = frozenset(t for t in (tags or "").split() if t)
    cue = next((t[4:] for t in tagset if t.startswith("cue=")), None)
    teh = next((t[4:] for t in tagset if t.startswith("teh=")), None)
    sector = next((t[7:] for t in tagset if t.startswith("sector=")), None)
    id_ = (id_ or "").strip()
    return Entry(id=None if id_ in ("", "-") else id_, label=label, name=(name or "").strip() or None,
                 wikidata=None if (wikidata or "-").strip() in ("", "-") else wikidata.strip(),
                 tags=tagset, cue=cue, teh=teh, sector=sector, nisba="nisba" in tagset, user=user,
                 arabic=list(arabic), latin=list(latin))


def read_file(path: Union[str, os.PathLike], user: bool = False) -> list[Entry]:
    """Entries of one gazetteer file: TSV (the shipped format) or JSON Lines (.jsonl/.json)."""
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise ValueError(f"gazetteer file {p}: {e.strerror or e}") from None
    out = []
    if p.suffix.lower() in (".jsonl", ".json"):
        for n, line in enumerate(text.splitlines(), 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            try:
                d = json.loads(line)
            except json.JSONDecodeError as e:
                raise ValueError(f"{p}:{n}: not JSON ({e.msg})") from None
            ar, la = d.get("arabic") or [], d.get("latin") or []
            ar = _split(ar) if isinstance(ar, str) else list(ar)
            la = _split(la) if isinstance(la, str) else list(la)
            tags = d.get("tags") or ""
            if isinstance(tags, list):
                tags = " ".join(tags)
            out.append(_entry(d.get("id"), d.get("label"), d.get("name"), d.get("wikidata"), ar, la, tags,
                              user, f"{p}:{n}"))
        return out
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cols = line.rstrip("\r\n").split("\t")
        if len(cols) < 5:
            raise ValueError(f"{p}:{n}: expected tab-separated id, label, name, wikidata, arabic[, latin, tags]")
        cols += [""] * (7 - len(cols))
        out.append(_entry(cols[0], cols[1], cols[2], cols[3], _split(cols[4]), _split(cols[5]), cols[6],
                          user, f"{p}:{n}"))
    return out


@lru_cache(maxsize=1)
def context_rules() -> dict:
    rules = json.loads((DATA_DIR / "context.json").read_text(encoding="utf-8"))
    rules.pop("_doc", None)
    for r in rules.values():
        for k in ("prev", "next", "not_prev", "not_next", "near_words", "glued", "opens_line_before"):
            if k in r:
                r[k] = frozenset(normalize(w) for w in r[k])
        for k in ("near_sectors", "near_ids", "near_labels"):
            if k in r:
                r[k] = frozenset(r[k])
    return rules


@lru_cache(maxsize=1)
def facilities() -> dict:
    """data/gazetteer/facilities.json: facility and team head words, work cues (read once)."""
    return json.loads((DATA_DIR / "facilities.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def facility_heads() -> tuple[dict, frozenset, frozenset, frozenset]:
    """(normalized head noun -> label, new/old adjectives, adjectives never joined, words never between)."""
    d = facilities()
    heads = {normalize(w): label for label in ("LOC", "ORG", "EVENT") for w in d.get(label, [])}
    sets = (frozenset(map(normalize, d.get(k, []))) for k in ("new_old", "stop_adjectives", "not_between"))
    return (heads, *sets)


def shipped_files() -> list[Path]:
    return sorted(DATA_DIR.glob("*.tsv"))


# --- compiled matcher ----------------------------------------------------------------------------

def words(s: str) -> tuple[str, ...]:
    return tuple(WORD.findall(s))


@dataclass
class Candidate:
    entry: int          # index into Gazetteer.entries
    ambiguous: bool     # needs its entry's context rule
    upper: bool         # Latin alias written in capitals (WHO, US): the text must be upper-case too


class Gazetteer:
    """Entries plus ``index``: first word -> [(rest words, key)] longest first; ``keys``: key -> candidates."""

    def __init__(self, entries: Sequence[Entry]):
        self.entries: list[Entry] = []
        self.keys: dict[tuple, list[Candidate]] = {}
        self.by_id: dict[str, int] = {}
        rules = context_rules()
        # a user entry with a known id replaces the shipped one
        final: dict = {}
        for e in entries:
            k = e.id if e.id else ("", id(e))
            if k in final and not e.user and final[k].user:
                continue
            final[k] = e
        for e in final.values():
            for r in (e.cue, e.teh):
                if r and r not in rules:
                    raise ValueError(f"gazetteer entry {e.id or e.name}: unknown context rule {r!r}")
            idx = len(self.entries)
            self.entries.append(e)
            if e.id:
                self.by_id[e.id] = idx
            for pat in e.arabic:
                amb = pat.startswith("?")
                if amb and not e.cue:
                    raise ValueError(f"gazetteer entry {e.id or e.name}: ambiguous alias {pat!r} without cue=")
                variants = expand(pat.lstrip("?"))
                if "al" in e.tags:
                    variants += ["ال" + v for v in variants if not v.startswith("ال")]
                for v in variants:
                    self._add(words(normalize(v)), Candidate(idx, amb, False), e.user)
            for pat in e.latin:
                amb = pat.startswith("?")
                pat = pat.lstrip("?")
                upper = pat.isupper() and len(pat) <= 5
                for v in expand(pat):
                    self._add(words(normalize(v)), Candidate(idx, amb and bool(e.cue), upper), e.user)
        # first word -> (the one-word key or None, {second word: [(words after the first, key)] longest first})
        index: dict[str, tuple] = {}
        for key in self.keys:
            single, multi = index.get(key[0], (None, {}))
            if len(key) == 1:
                single = key
            else:
                multi.setdefault(key[1], []).append((key[1:], key))
            index[key[0]] = (single, multi)
        for _, multi in index.values():
            for lst in multi.values():
                lst.sort(key=lambda x: -len(x[0]))
        self.index = index
        #: key -> its candidate when no context rule is involved (the common case), else absent
        self.plain = {key: next(c for c in cands if not c.ambiguous) for key, cands in self.keys.items()
                      if not any(c.ambiguous for c in cands)}
        self._cands: dict[str, tuple] = {}

    def _add(self, key: tuple, cand: Candidate, user: bool) -> None:
        if not key:
            return
        lst = self.keys.setdefault(key, [])
        if any(c.entry == cand.entry for c in lst):
            return
        if user:  # a user's alias comes first
            lst.insert(0, cand)
        else:
            lst.append(cand)

    def stems(self, w: str) -> tuple:
        """(offset, first word) pairs for a text word: the word itself and its clitic-free forms that
        start some alias. ``offset`` is where the name starts in the word (لل: after the first ل)."""
        r = self._cands.get(w)
        if r is not None:
            return r
        out = []
        if w in self.index:
            out.append((0, w))
        if len(w) > 2 and w[0] in "وفبلك":
            for p in _PROCLITICS:
                if w.startswith(p) and len(w) - len(p) >= 2:
                    if p.endswith("لل"):
                        stem, off = "ال" + w[len(p):], len(p) - 1
                    else:
                        stem, off = w[len(p):], len(p)
                    if stem in self.index and all(stem != s for _, s in out):
                        out.append((off, stem))
        r = tuple(out)
        if len(self._cands) > 100_000:  # above the 76k distinct words of 1,000 news articles
            self._cands.clear()
        self._cands[w] = r
        return r

    def lookup(self, surface: str) -> Optional[list[Candidate]]:
        """Candidates for a whole name (normalized word sequence), or None."""
        return self.keys.get(words(normalize(surface)))

    def resolve(self, surface: str) -> list[Candidate]:
        """Candidates for a name as written in text, glued proclitics included (وبتويتر -> twitter,
        للفيفا -> fifa); one per entry. Ambiguous candidates are included: their context rule is not
        checked here (there is no context)."""
        ws = words(normalize(surface))
        if not ws:
            return []
        out: dict[int, Candidate] = {}
        for _, first in self.stems(ws[0]):
            for c in self.keys.get((first,) + ws[1:], ()):
                out.setdefault(c.entry, c)
        return list(out.values())


_SHIPPED: Optional[list[Entry]] = None
_COMPILED: dict[tuple, Gazetteer] = {}


def _shipped_entries() -> list[Entry]:
    global _SHIPPED
    if _SHIPPED is None:
        out = []
        for f in shipped_files():
            out.extend(read_file(f))
        _SHIPPED = out
    return _SHIPPED


def user_paths(option) -> tuple[str, ...]:
    if option is None or option == "" or option == []:
        return ()
    if isinstance(option, (str, os.PathLike)):
        option = [option]
    return tuple(str(Path(p)) for p in option)


def get_gazetteer(extra: Iterable[str] = ()) -> Gazetteer:
    """The compiled gazetteer (shipped files + the user's files), built once per set of files."""
    extra = tuple(extra)
    key = tuple((p, os.path.getmtime(p) if os.path.exists(p) else None) for p in extra)
    g = _COMPILED.get(key)
    if g is None:
        entries = list(_shipped_entries())
        for p in extra:
            entries.extend(read_file(p, user=True))
        g = _COMPILED[key] = Gazetteer(entries)
    return g
