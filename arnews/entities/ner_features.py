"""Features of the statistical NER tagger (shared by ``scripts/train_ner.py`` and the tagger).

The model is a linear-chain CRF whose state features are all *per word form at a relative
offset*: the features of token ``t`` are the union, over offsets ``k`` in ``OFFSETS``, of the
features of the word form at ``t + k`` selected for that offset, plus two word-bigram features.
That decomposition lets the tagger cache, for each word form, a ``(len(OFFSETS), n_labels)`` matrix
of summed weights: the emission scores of a sentence are then a handful of vectorized gathers.

A word form is described by its normalized spelling (``arnews.text.normalize``), its clitic-free
form (proclitics و ف ب ل ك stripped, ال kept as ANERcorp keeps it in names), the bare stem (without
ال), affixes, shape, and what the training data says about the clitic-free form (``lex``: the
label it mostly carries inside entities).
"""
from __future__ import annotations

import regex

from ..text import normalize

#: relative offsets of the context window
OFFSETS = (-2, -1, 0, 1, 2)
#: feature groups used at each offset
GROUPS = {
    -2: ("w", "s", "lex"),
    -1: ("w", "s", "b", "c", "lex", "lexb", "suf", "pre", "sh", "fq", "gz", "nl"),
    0: ("w", "s", "b", "lex", "lexb", "suf", "pre", "bsuf", "bpre", "c", "sh", "len", "fq", "gz", "nl"),
    1: ("w", "s", "b", "c", "lex", "lexb", "suf", "pre", "sh", "fq", "gz", "nl"),
    2: ("w", "s", "lex"),
}
BOS = "<S>"
EOS = "</S>"

_AL_COMBOS = ("وبال", "وكال", "فبال", "فكال", "وال", "فال", "بال", "كال")
_LL_COMBOS = ("وللا", "فللا", "للا")  # normalized لل + hamza/alef-initial word is rare; kept simple
_LL = ("ولل", "فلل", "لل")
_SINGLE = ("وب", "ول", "وك", "فب", "فل", "فك", "و", "ف", "ب", "ل", "ك")
_CLITIC_FIRST = frozenset(p[0] for p in _AL_COMBOS + _LL + _SINGLE)
_LATIN = regex.compile(r"[a-z]")
_DIGIT = regex.compile(r"\d")
_ARABIC = regex.compile(r"[\u0621-\u064a]")
_ARABIC_WORD = regex.compile(r"[\u0621-\u064a]+")


def split_clitics(n: str, vocab) -> tuple[str, str]:
    """(proclitics, clitic-free form) of a normalized word; ال stays with the word.

    وال/بال/فال/كال + X -> (و/ب/ف/ك, ال X); لل + X -> (ل, ال X); a single proclitic or a pair
    (وب، ول ...) is stripped only when what remains is a word of ``vocab`` (the training text).
    """
    if len(n) < 4 or n[0] not in _CLITIC_FIRST:  # every prefix below starts with one of these
        return "", n
    if n.startswith(_AL_COMBOS):
        for p in _AL_COMBOS:
            if n.startswith(p) and len(n) - len(p) >= 2:
                c = p[:-2]
                return c, n[len(c):]
    if n.startswith(_LL):
        for p in _LL:
            if n.startswith(p) and len(n) - len(p) >= 2:
                c = p[:-1]
                return c, "ا" + n[len(c):]  # لل + X -> ل + الX
    for p in _SINGLE:
        if n.startswith(p):
            rest = n[len(p):]
            if len(rest) >= 2 and rest in vocab and n not in vocab:
                return p, rest
            if len(rest) >= 2 and rest in vocab and vocab.get(rest, 0) > 20 * vocab.get(n, 0):
                return p, rest
    return "", n


def shape(n: str) -> str:
    if _ARABIC.search(n):
        return "A" if not (_LATIN.search(n) or _DIGIT.search(n)) else "AX"
    if _LATIN.search(n):
        return "L"
    if _DIGIT.search(n):
        return "D"
    return "P:" + n[:2]


def _fq(c: int) -> str:
    return "0" if c == 0 else "1" if c == 1 else "2" if c < 5 else "3" if c < 21 else "4"


def gazetteer_words(g) -> dict:
    """Normalized word -> gazetteer tag ('LOC1': a one-word place alias, 'ORGm': a word of a longer
    organization alias, several joined by '|'), from the unambiguous aliases of a ``Gazetteer``;
    stored in the model (``gz``) so that the features do not change when the gazetteer does."""
    coarse = {"PERSON": "PERS", "LOC": "LOC", "ORG": "ORG", "PLATFORM": "ORG", "BRAND": "ORG", "MEDIA": "ORG"}
    tags: dict = {}
    for key, cands in g.keys.items():
        for c in cands:
            if c.ambiguous:
                continue
            lab = coarse.get(g.entries[c.entry].label, "MISC") + ("1" if len(key) == 1 else "m")
            for w in key:
                if len(w) > 1:
                    tags.setdefault(w, set()).add(lab)
    return {w: "|".join(sorted(t)) for w, t in tags.items()}


def _gz(gz, s: str, b: str):
    if not gz:
        return None
    return gz.get(s) or (gz.get(b) if b != s else None)


def name_lists(folder) -> dict:
    """Normalized word -> its name-list tags, from the hand-authored lists in ``folder``
    (``arnews/data/names``, files and tags in ``NAME_LISTS``): the tag alone for a one-word entry,
    tag + 'b' for the first word of a longer entry, tag + 'i' for its other words; several tags are
    joined by '|' (each is a feature). Stored in the model (``nl``), so that the features do not
    change when the lists do."""
    from pathlib import Path
    tags: dict = {}
    for fname, tag in NAME_LISTS:
        path = Path(folder) / fname
        if not path.exists():
            continue
        for line in path.read_text(encoding="utf-8").splitlines():
            line = line.split("#", 1)[0].strip()
            if not line:
                continue
            words = [w for w in (normalize(w) for w in line.split()) if len(w) > 1]
            for k, w in enumerate(words):
                tags.setdefault(w, set()).add(tag if len(words) == 1 else tag + ("b" if k == 0 else "i"))
    return {w: "|".join(sorted(t)) for w, t in tags.items()}


#: (file in arnews/data/names, tag) of the name lists ``name_lists`` reads
NAME_LISTS = (("first_names_arabic.txt", "FN"), ("first_names_foreign.txt", "FN"),
              ("first_names_ambiguous.txt", "FA"), ("person_titles.txt", "TI"), ("org_head_words.txt", "OH"),
              ("people.txt", "PN"), ("people_ambiguous.txt", "PA"), ("clubs.txt", "CL"),
              ("clubs_ambiguous.txt", "CA"), ("orgs.txt", "OR"), ("orgs_ambiguous.txt", "OA"),
              ("places.txt", "PL"), ("places_ambiguous.txt", "PLA"))


def _nl(nl, n: str, s: str, b: str) -> list:
    """The name-list features of a form: the tags of its clitic-free form, else of its bare stem,
    else of the form less one glued proclitic letter (وجوزيه -> جوزيه: the tags + 'c')."""
    if not nl:
        return []
    t = nl.get(s) or (nl.get(b) if b != s else None)
    c = ""
    if t is None and len(n) > 3 and n[0] in "وفبلك":
        t = nl.get(n[1:])
        c = "c"
    if t is None:
        return []
    return ["nl=" + x + c for x in t.split("|")]


def form_groups(form: str, vocab, lex, freq=None, gz=None, nl=None) -> dict:
    """Feature strings of one word form by group (see ``GROUPS``); ``lex`` maps clitic-free forms to
    a lexicon tag (e.g. 'PERS:h'); ``freq`` (default ``vocab``) gives word counts in training text
    (jackknifed at training time, so that unseen words exist there too)."""
    if form == BOS or form == EOS:
        return {"w": ["w=" + form]}
    n = normalize(form)
    c, s = split_clitics(n, vocab)
    b = s[2:] if s.startswith("ال") and len(s) > 4 else s
    g = {"w": ["w=" + n], "s": ["s=" + s], "b": ["b=" + b], "c": ["c=" + c],
         "sh": ["sh=" + shape(n)], "len": ["len=%d" % min(len(b), 8)]}
    g["suf"] = ["x2=" + n[-2:], "x3=" + n[-3:]] if len(n) > 3 else []
    g["pre"] = ["p2=" + n[:2], "p3=" + n[:3]] if len(n) > 3 else []
    g["bsuf"] = ["bx1=" + b[-1:], "bx2=" + b[-2:], "bx3=" + b[-3:], "bx4=" + b[-4:]] if len(b) > 2 else []
    g["bpre"] = ["bp2=" + b[:2], "bp3=" + b[:3], "bp4=" + b[:4]] if len(b) > 3 else []
    t = lex.get(s)
    g["lex"] = ["lex=" + t] if t else []
    f = vocab if freq is None else freq
    g["fq"] = ["fq=" + _fq(f.get(s, 0)) + _fq(f.get(n, 0))] if _ARABIC.search(n) else []
    t = lex.get(b) if b != s else None
    g["lexb"] = ["lexb=" + t] if t else []
    t = _gz(gz, s, b)
    g["gz"] = ["gz=" + t] if t else []
    g["nl"] = _nl(nl, n, s, b)
    return g


#: feature name (the part before "=") -> (its group, its place in the group's list)
FEATURE_GROUP = {"w": ("w", 0), "s": ("s", 0), "b": ("b", 0), "c": ("c", 0), "sh": ("sh", 0), "len": ("len", 0),
                 "x2": ("suf", 0), "x3": ("suf", 1), "p2": ("pre", 0), "p3": ("pre", 1),
                 "bx1": ("bsuf", 0), "bx2": ("bsuf", 1), "bx3": ("bsuf", 2), "bx4": ("bsuf", 3),
                 "bp2": ("bpre", 0), "bp3": ("bpre", 1), "bp4": ("bpre", 2),
                 "lex": ("lex", 0), "fq": ("fq", 0), "lexb": ("lexb", 0), "gz": ("gz", 0), "nl": ("nl", 0)}


def feature_parts(form: str, vocab, lex, gz=None, nl=None) -> tuple:
    """``form_features(form)`` in parts that many forms share, for inference to cache: ``(own, b,
    suffix, prefix, small)``: ``own`` the features of the form itself, then the keys of
    ``b_features`` (the bare stem), ``suffix_features`` / ``prefix_features`` (the last / first
    three letters, None for a form of 3 letters or less) and ``small_features`` (clitics, shape,
    lexicon tag, frequency class); the keys are None for the pads."""
    if form == BOS or form == EOS:
        return ["w=" + form], None, None, None, None
    n = normalize(form)
    c, s = split_clitics(n, vocab)
    b = s[2:] if s.startswith("ال") and len(s) > 4 else s
    ar = True
    if _ARABIC_WORD.fullmatch(n):  # most words: one test instead of three
        sh = "A"
    elif _ARABIC.search(n):
        sh = "A" if not (_LATIN.search(n) or _DIGIT.search(n)) else "AX"
    else:
        ar = False
        sh = "L" if _LATIN.search(n) else "D" if _DIGIT.search(n) else "P:" + n[:2]
    own = ["w=" + n, "s=" + s]
    if b != s:
        t = lex.get(b)
        if t:
            own.append("lexb=" + t)
    t = _gz(gz, s, b)
    if t:
        own.append("gz=" + t)
    if nl:
        own += _nl(nl, n, s, b)
    big = len(n) > 3
    fq = _fq(vocab.get(s, 0)) + _fq(vocab.get(n, 0)) if ar else None
    return own, b, (n[-3:] if big else None), (n[:3] if big else None), (c, sh, lex.get(s), fq)


def b_features(b: str) -> list[str]:
    lb = len(b)
    out = ["b=" + b, "len=%d" % (lb if lb < 8 else 8)]
    if lb > 2:
        out += ("bx1=" + b[-1:], "bx2=" + b[-2:], "bx3=" + b[-3:], "bx4=" + b[-4:])
        if lb > 3:
            out += ("bp2=" + b[:2], "bp3=" + b[:3], "bp4=" + b[:4])
    return out


def suffix_features(last3: str) -> list[str]:
    return ["x2=" + last3[-2:], "x3=" + last3]


def prefix_features(first3: str) -> list[str]:
    return ["p2=" + first3[:2], "p3=" + first3]


def small_features(key: tuple) -> list[str]:
    c, sh, t, fq = key
    out = ["c=" + c, "sh=" + sh]
    if t:
        out.append("lex=" + t)
    if fq is not None:
        out.append("fq=" + fq)
    return out


PART_FEATURES = (b_features, suffix_features, prefix_features, small_features)


def form_features(form: str, vocab, lex, gz=None, nl=None) -> list[str]:
    """The feature strings of ``form_groups(form, vocab, lex, gz=gz)``, all groups in one list (inference's
    fast path; ``FEATURE_GROUP`` tells each one's group)."""
    own, *keys = feature_parts(form, vocab, lex, gz, nl)
    for fn, key in zip(PART_FEATURES, keys):
        if key is not None:
            own += fn(key)
    return own


def offset_feats(groups: dict, k: int) -> list[str]:
    """The features a form contributes to the token ``k`` positions away (prefixed with ``k``)."""
    out = []
    for name in GROUPS[k]:
        for f in groups.get(name, ()):
            out.append("%d%s" % (k, f))
    return out


def bigram_feats(prev_n: str, n: str, next_n: str) -> list[str]:
    return ["B-=" + prev_n + "|" + n, "B+=" + n + "|" + next_n]
