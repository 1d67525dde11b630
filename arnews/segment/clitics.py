"""Clitic segmentation of Arabic words in the Universal Dependencies convention.

A word is cut into proclitics (conjunctions و ف, prepositions ب ل ك, future س), a stem, and at most
one pronoun suffix (ه ها هم هما هن ك كم كما كن ي نا ني). The article ال stays with its stem; ل + ال,
written لل, gives ل + لـ... as UD Arabic does (للسلطة -> ل + لسلطة).

Method: every segmentation the affix grammar allows is a candidate; a linear model (an averaged
structured perceptron, trained by ``scripts/train_segmenter.py``) scores candidates from features of
the affixes, the stem's shape and characters, how often the stem, the whole word and related
forms occur in a news vocabulary (ANERcorp), and how common the stem is in general Arabic text
(wordfreq's list, stored in the model). A short list of modern names (``names.txt``) overrides
the model: a listed name is never cut, clitics glued to one always are. Otherwise the
highest-scoring candidate wins, so an unseen word
is split when its stem looks like an attested word and the whole does not (ولتويتر -> و + ل + تويتر)
and left whole otherwise (لندن، بلاتر). The model is a JSON file (``arnews/data/segmenter/``) read
once, lazily; results are cached per word form.

Public: :func:`segment_word` (boundaries inside a word), :class:`Segmenter`, :func:`get_segmenter`.
"""
from __future__ import annotations

import gzip
import json
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Iterable, Optional

import regex

from ..text import normalize

MODEL_PATH = Path(__file__).resolve().parent.parent / "data" / "segmenter" / "segmenter.json.gz"

#: Proclitic sequences (each letter one clitic), in the order the grammar allows them.
PREFIXES = ("", "و", "ف", "ب", "ل", "ك", "س", "وب", "ول", "وك", "وس", "فب", "فل", "فك", "فس")
#: Pronoun suffixes (one clitic each).
SUFFIXES = ("", "ه", "ها", "هم", "هما", "هن", "ك", "كم", "كما", "كن", "ي", "نا", "ني")
_PREFIX_FIRST = frozenset(p[0] for p in PREFIXES if p)
#: the letters that stand alone as a stem after a proclitic: pronouns (به، لي، بك); بن، لن are no ب + ن
_ONE_LETTER_STEMS = frozenset("هيك")
#: at most this many occurrences in the vocabulary for a given name to be kept whole (see Segmenter)
_RARE = 5
_SUFFIX_LAST = frozenset(s[-1] for s in SUFFIXES if s)

_ALEFS = {ord(c): "ا" for c in "أإآٱ"}
_PLAIN = regex.compile(r"[\u0621-\u063a\u0641-\u064a\u0671-\u06d3\u06d5]+")
#: Attested forms that show a stem is a word of its own (its productivity).
_PROD_PREFIXES = ("ال", "و", "ب", "ل", "وال", "بال", "لل")
_PROD_SUFFIXES = ("ه", "ها", "هم", "ات", "ين", "ون", "ة", "ي")


def _bucket(c: int) -> int:
    """0 for an unseen form, else 1 + floor(log2(count)), at most 9 (the count's bit length)."""
    return 0 if c <= 0 else min(c.bit_length(), 9)


def skeleton(word: str) -> tuple[str, list[int]] | None:
    """Letters of ``word`` (alef forms folded, marks/tatweel/joiners dropped) and each one's offset.

    None when the word holds something the segmenter does not cut (a ligature presentation form).
    """
    if _PLAIN.fullmatch(word) is not None:  # no marks, joiners or presentation forms: the common case
        return word.translate(_ALEFS), list(range(len(word)))
    chars: list[str] = []
    offs: list[int] = []
    for i, ch in enumerate(word):
        o = ord(ch)
        if 0x064B <= o <= 0x065F or o == 0x0670 or o == 0x0640 or unicodedata.category(ch) in ("Mn", "Cf", "Me"):
            continue
        if o >= 0xFB50:
            d = unicodedata.normalize("NFKC", ch)
            if len(d) != 1:
                return None
            ch = d
        chars.append(ch)
        offs.append(i)
    return "".join(chars).translate(_ALEFS), offs


def candidates(skel: str) -> list[tuple[str, str, str]]:
    """(prefix, stem, suffix) segmentations the grammar allows (the whole word first); stems >= 1 letter."""
    n = len(skel)
    out = [("", skel, "")]
    if n < 2:
        return out
    pre = _prefixes_of(skel[:2]) if skel[0] in _PREFIX_FIRST else ("",)
    suf = _suffixes_of(skel[-3:]) if skel[-1] in _SUFFIX_LAST else ("",)
    for p in pre:
        lp = len(p)
        for x in suf:
            ls = n - lp - len(x)
            if (p or x) and (ls > 1 or ls == 1 and (x or skel[lp] in _ONE_LETTER_STEMS)):
                out.append((p, skel[lp:n - len(x)], x))
    return out


@lru_cache(maxsize=None)
def _prefixes_of(first2: str) -> tuple[str, ...]:
    """The proclitic sequences a word starting with ``first2`` may begin with (none is longer)."""
    return tuple(p for p in PREFIXES if first2.startswith(p))


@lru_cache(maxsize=None)
def _suffixes_of(last3: str) -> tuple[str, ...]:
    """The pronoun suffixes a word ending with ``last3`` may end with (none is longer)."""
    return tuple(x for x in SUFFIXES if last3.endswith(x))


def boundaries(p: str, stem: str, x: str) -> tuple[int, ...]:
    """Cut points (skeleton offsets) of a candidate: after each proclitic letter, before the suffix."""
    cuts = list(range(1, len(p) + 1))
    if x:
        cuts.append(len(p) + len(stem))
    return tuple(cuts)


_N_PROD_PREFIXES = tuple(normalize(a) for a in _PROD_PREFIXES)
_N_PROD_SUFFIXES = tuple(normalize(b) for b in _PROD_SUFFIXES)
#: normalized letter that replaces a stem's last letter before a suffix, to find the free form:
#: teh marbuta written ت (مسيرته -> مسيرة), alef maksura written ا (أعطاه -> أعطى), hamza on a seat
#: (أعدائه -> أعداء)
_FREE_FORM = {"ت": normalize("ة"), "ا": normalize("ى"), "ئ": "ء", "ؤ": "ء"}


class Features:
    """Feature strings of a candidate; needs the vocabulary (normalized form -> count).

    Normalization works letter by letter on a skeleton, so the normalized stem is a slice of the
    normalized skeleton (computed once per word).
    """

    def __init__(self, vocab: dict[str, int], general: Optional[dict[str, int]] = None):
        self.vocab = vocab
        #: normalized form -> Zipf frequency x 10 in general Arabic text (wordfreq), if given
        self.general = general or {}
        # stem -> how many productive prefix or suffix forms of it the vocabulary holds (a stem that
        # takes clitics elsewhere is a real stem): counted once over the vocabulary, not per new stem
        prod: dict[str, int] = {}
        for w in vocab:
            for a in _N_PROD_PREFIXES:
                if w.startswith(a):
                    k = w[len(a):]
                    prod[k] = prod.get(k, 0) + 1
            for b in _N_PROD_SUFFIXES:
                if w.endswith(b):
                    k = w[:-len(b)]
                    prod[k] = prod.get(k, 0) + 1
        self._prod = prod

    def general_stats(self, nstem: str, stem: str, x: str) -> Optional[tuple]:
        """(stem, ال + stem) Zipf classes in general text (0: not listed; the second None for a stem
        with ال or of one letter), None without a general table. The general list knows five times
        the forms of the news text, so the stem of an unseen word is more often attested
        (وبموجب -> و + ب + موجب); its features are separate from the news counts' because its forms
        carry clitics more often (the whole word's class made the model keep frequent forms such as
        وبالعودة whole, so it is left out)."""
        g = self.general
        if not g:
            return None
        z = g.get(nstem, 0)
        if x and len(stem) > 1:
            free = _FREE_FORM.get(stem[-1])
            if free is not None:
                z = max(z, g.get(nstem[:-1] + free, 0))
        gal = None if len(stem) < 2 or stem.startswith("ال") else g.get("ال" + nstem, 0) // 10
        return z // 10, gal

    def _stem_stats(self, nstem: str, has_al: bool) -> tuple:
        """(bucket of ال + stem or None, productivity): how the stem occurs on its own."""
        al = None if has_al else _bucket(self.vocab.get("ال" + nstem, 0))
        return al, min(self._prod.get(nstem, 0), 6)

    def keys(self, skel: str, p: str, stem: str, x: str, nskel: Optional[str] = None) -> list[tuple]:
        """The candidate's features as tuples of strings, ``(template, value, ...)``: the scorer looks
        them up as they are (cheaper than formatting), training reads them as strings (``__call__``)."""
        head, tail = self.parts(skel, p, stem, x, nskel)
        return head_keys(head) + tail

    def parts(self, skel: str, p: str, stem: str, x: str, nskel: Optional[str] = None) -> tuple[tuple, list]:
        """``(head, tail)``: ``head`` = (prefix, suffix, stem length, stem and word count buckets) fixes
        the first features (:func:`head_keys`), whose summed weight the scorer keeps per head;
        ``tail`` the other features."""
        get = self.vocab.get
        if nskel is None or len(nskel) != len(skel):
            nskel = normalize(skel)
            nstem = normalize(stem)
        else:
            nstem = nskel[len(p):len(p) + len(stem)]
        trivial = not p and not x
        ls = _NUM[min(len(stem), 7)]
        cw = _NUM[_bucket(get(nskel, 0))]
        if trivial:
            cs = cw
        else:
            c = get(nstem, 0)
            if x and len(stem) > 1:
                free = _FREE_FORM.get(stem[-1])
                if free is not None:
                    c = max(c, get(nstem[:-1] + free, 0))
            cs = _NUM[_bucket(c)]
        s1, s2, z1, z2 = stem[:1], stem[:2], stem[-1:], stem[-2:]
        f = [
            ("s0", p, s1),
            ("s01", p, s2),
            ("sz", x, z1),
            ("sz2", x, z2),
            ("pz", p, z2),
            ("xs", x, s1),
        ]
        if len(stem) > 1:
            al, prod = self._stem_stats(nstem, stem.startswith("ال"))
            if al is not None:
                f.append(("bAl", _NUM[al], p, x))
            if p.endswith("ل") and stem.startswith("ل"):
                f.append(("ll", _NUM[_bucket(get("ا" + nstem, 0))], x))
            f.append(("prod", _NUM[prod], _NUM[trivial]))
        g = self.general_stats(nstem, stem, x)
        if g is not None:
            f += general_keys(g, p, x)
        return (p, x, ls, cs, cw), f

    def __call__(self, skel: str, p: str, stem: str, x: str, nskel: Optional[str] = None) -> list[str]:
        """The feature strings of a candidate ("px=و|ها", "bias"), as the model file stores them."""
        return [feature_string(k) for k in self.keys(skel, p, stem, x, nskel)]


_NUM = tuple(str(i) for i in range(10))
_BIAS = ("bias",)
_FLAGS = {(a, b): f"{int(a)}{int(b)}" for a in (False, True) for b in (False, True)}


def head_keys(head: tuple) -> list[tuple]:
    """The first features of a candidate, from its ``head`` (see :meth:`Features.parts`)."""
    p, x, ls, cs, cw = head
    return [_BIAS, ("px", p, x), ("pL", p, ls), ("xL", x, ls), ("bS", cs, p, x),
            ("bSW", cs, cw, _FLAGS[bool(p), bool(x)])]


def general_keys(g: tuple, p: str, x: str) -> list[tuple]:
    """The general-frequency features of a candidate from ``Features.general_stats``."""
    gs, gal = g
    out = [("gS", _NUM[gs], p, x)]
    if gal is not None:
        out.append(("gAl", _NUM[gal], p, x))
    return out


def _head_group(key: tuple) -> list[tuple]:
    """The features of a candidate fixed by its affixes, stem length and counts (``Segmenter.scores``)."""
    p, x, ls, cs, cw, al, ll, prod, g = key
    out = head_keys((p, x, _NUM[ls], _NUM[cs], _NUM[cw]))
    if al is not None:
        out.append(("bAl", _NUM[al], p, x))
    if ll is not None:
        out.append(("ll", _NUM[ll], x))
    if prod is not None:
        out.append(("prod", _NUM[prod], _NUM[not p and not x]))
    if g is not None:
        out += general_keys(g, p, x)
    return out


def feature_string(key: tuple) -> str:
    return key[0] if len(key) == 1 else key[0] + "=" + "|".join(key[1:])


def feature_key(name: str) -> tuple:
    """Inverse of :func:`feature_string` (no feature value holds "|")."""
    head, eq, rest = name.partition("=")
    return (head, *rest.split("|")) if eq else (head,)


class Segmenter:
    """Scores candidates with a linear model; ``cuts(word)`` gives the cut offsets inside ``word``."""

    def __init__(self, weights: dict[str, float], vocab: dict[str, int], names: Iterable[str] = (),
                 whole: Iterable[str] = (), general: Optional[dict[str, int]] = None,
                 cache_size: int = 50_000):
        self.weights = {feature_key(k): v for k, v in weights.items()}
        self.features = Features(vocab, general)
        #: normalized known names: never cut, and cut off clitics glued to them
        self.names = frozenset(normalize(n) for n in names)
        #: words never cut, as written (given names: كمال، ليلى، ونستون are no ك + مال ...), unlike
        #: ``names`` no reason to cut a clitic glued to them (بديل is ب + ديل only if the model says
        #: so), nor matched through normalization (بأن is no بان); and not the words frequent in the
        #: vocabulary, which are mostly something else (باسم "in the name of", مني "from me")
        self.whole = frozenset(w for w in whole if vocab.get(normalize(w), 0) <= _RARE)
        self._cache: dict[str, tuple[int, ...]] = {}
        self._cache_size = cache_size
        # summed weights of feature groups (see ``scores``): bounded by the affix, letter and
        # count-bucket combinations, a few thousand entries each
        self._heads: dict[tuple, float] = {}
        self._fronts: dict[tuple, float] = {}
        self._backs: dict[tuple, float] = {}

    @classmethod
    def load(cls, path: Path | str = MODEL_PATH) -> "Segmenter":
        with gzip.open(path, "rt", encoding="utf-8") as f:
            data = json.load(f)
        return cls(data["weights"], data["vocab"], data.get("names", ()), given_names(), data.get("general"))

    def best(self, skel: str) -> tuple[str, str, str]:
        cands = candidates(skel)
        if len(cands) == 1:
            return cands[0]
        nskel = normalize(skel)
        # normalization maps letter to letter, so a stem's normalized form is a slice of the word's
        sliced = len(nskel) == len(skel)
        names = self.names
        if names:
            if nskel in names:
                return cands[0]
            named = None
            for c in cands[1:]:
                stem = c[1]
                if len(stem) >= 3 and (named is None or len(stem) > len(named[1])):
                    lp = len(c[0])
                    if (nskel[lp:lp + len(stem)] if sliced else normalize(stem)) in names:
                        named = c
            if named is not None and (len(named[1]) > 3 or not self._known_before(cands, named, nskel, sliced)):
                return named
        scores = self.scores(cands, skel, nskel if sliced else None)
        return cands[scores.index(max(scores))]  # the first of the best

    def _known_before(self, cands: list, named: tuple, nskel: str, sliced: bool) -> bool:
        """Whether the word with fewer clitics cut than ``named`` is a known word: كابل (Kabul)، وكابل
        are no (و +) ك + ابل, a short name."""
        get = self.features.vocab.get
        for p, stem, x in cands:
            if len(p) < len(named[0]) and x == named[2] and \
                    get(nskel[len(p):len(p) + len(stem)] if sliced else normalize(stem)):
                return True
        return False

    def scores(self, cands: list, skel: str, nskel: Optional[str] = None) -> list[float]:
        """The model's score of each candidate: the weights of :meth:`Features.keys`, summed in three
        groups that many candidates share (affixes with the stem's length and counts; affixes with
        the stem's first letters; with its last letters), each group's sum cached. ``nskel``:
        ``normalize(skel)`` when it has the same length (then a stem's is a slice of it)."""
        get = self.features.vocab.get
        prod_of = self.features._prod.get
        w = self.weights.get
        heads, fronts, backs = self._heads, self._fronts, self._backs
        gen = self.features.general  # Features.general_stats, inlined
        gget = gen.get
        cw = _bucket(get(nskel if nskel is not None else normalize(skel), 0))
        out = []
        for p, stem, x in cands:
            n = len(stem)
            if nskel is not None:
                lp = len(p)
                nstem = nskel[lp:lp + n]
            else:
                nstem = normalize(stem)
            z = gget(nstem, 0)
            if not p and not x:
                cs = cw
            else:
                k = get(nstem, 0)
                if x and n > 1:
                    free = _FREE_FORM.get(stem[-1])
                    if free is not None:
                        fs = nstem[:-1] + free
                        k = max(k, get(fs, 0))
                        z = max(z, gget(fs, 0))
                cs = _bucket(k)
            if n > 1:
                if stem.startswith("ال"):
                    al = gal = None
                else:
                    al = _bucket(get("ال" + nstem, 0))
                    gal = gget("ال" + nstem, 0) // 10
                ll = _bucket(get("ا" + nstem, 0)) if p.endswith("ل") and stem.startswith("ل") else None
                prod = min(prod_of(nstem, 0), 6)
            else:
                al = ll = prod = gal = None
            g = (z // 10, gal) if gen else None
            key = (p, x, n if n < 7 else 7, cs, cw, al, ll, prod, g)
            s = heads.get(key)
            if s is None:
                s = heads[key] = sum(w(ft, 0.0) for ft in _head_group(key))
            s2, z2 = stem[:2], stem[-2:]
            key = (p, x, s2)
            f = fronts.get(key)
            if f is None:
                s1 = stem[:1]
                f = fronts[key] = w(("s0", p, s1), 0.0) + w(("s01", p, s2), 0.0) + w(("xs", x, s1), 0.0)
            s += f
            key = (p, x, z2)
            f = backs.get(key)
            if f is None:
                f = backs[key] = w(("sz", x, stem[-1:]), 0.0) + w(("sz2", x, z2), 0.0) + w(("pz", p, z2), 0.0)
            out.append(s + f)
        return out

    def cuts(self, word: str) -> tuple[int, ...]:
        """Offsets inside ``word`` (0 < k < len(word)) where its clitics and stem meet; () when one piece."""
        r = self._cache.get(word)
        if r is not None:
            return r
        r = ()
        sk = skeleton(word)
        if sk is not None:
            skel, offs = sk
            if len(skel) >= 2 and (skel[0] in _PREFIX_FIRST or skel[-1] in _SUFFIX_LAST) and word not in self.whole:
                p, stem, x = self.best(skel)
                if p or x:
                    r = tuple(offs[k] for k in boundaries(p, stem, x))
        if len(self._cache) >= self._cache_size:
            self._cache.clear()
        self._cache[word] = r
        return r


#: the name lists whose given names the segmenter never cuts (كمال، ليلى، ونستون: not ك + مال ...)
GIVEN_NAMES = MODEL_PATH.parent.parent / "names"


def given_names() -> list[str]:
    """Given names: the unambiguous first-name lists, and the first word of each person's name."""
    out = []
    for fname, first_only in (("first_names_arabic.txt", False), ("first_names_foreign.txt", False),
                              ("people.txt", True)):
        try:
            lines = (GIVEN_NAMES / fname).read_text(encoding="utf-8").splitlines()
        except OSError:
            continue
        for line in lines:
            words = line.split("#", 1)[0].split()
            if len(words) == 1 or first_only and words:
                out.append(words[0])
    return out


_SEGMENTER: Optional[Segmenter] = None


def get_segmenter() -> Segmenter:
    """The shipped segmenter, loaded once on first use."""
    global _SEGMENTER
    if _SEGMENTER is None:
        _SEGMENTER = Segmenter.load()
    return _SEGMENTER


def segment_word(word: str) -> list[str]:
    """The pieces of one word: ``segment_word("وللفيفا") == ["و", "ل", "لفيفا"]``."""
    cuts = get_segmenter().cuts(word)
    if not cuts:
        return [word]
    edges = (0,) + cuts + (len(word),)
    return [word[a:b] for a, b in zip(edges, edges[1:])]


def split_points(words: Iterable[str]) -> list[tuple[int, ...]]:
    seg = get_segmenter()
    return [seg.cuts(w) for w in words]
