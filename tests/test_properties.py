"""Property tests: for any input string extract never raises, every span matches its slice, spans nest
where they should, quotes of one family do not overlap, values are finite, JSON round-trips, output is deterministic."""
import json
import math
import os
from bisect import bisect_right

from hypothesis import HealthCheck, example, given, settings, strategies as st

import arnews
from arnews.records import Document
from tests.spans import iter_spans

ARABIC_BIASED = st.lists(
    st.one_of(
        st.sampled_from(list("ابتثجحخدذرزسشصضطظعغفقكلمنهويءأإآؤئىة")),
        st.sampled_from(list("ًٌٍَُِّْـ٠١٢٣٤٥٦٧٨٩۰۱۲٫٬،؛؟.!:\"«»“”'()-–—/%٪$ \n\t\r")),
        st.sampled_from(["تويتر", "فيسبوك", "قال", "وقالت", "أكثر من", "مليون", "ألف", "2013", "سبتمبر",
                         "REUTERS", "دبي-الشرق", "time reading icon", "دقائق القراءة - 3", " إن ", "\u200f",
                         "\ufefb", "😀", "#تويتر", "@user", "http://x.com/a?b=1"]),
        st.characters(),
    ),
    max_size=120,
).map("".join)

#: Article-like text: lines of real phrases, quotes, numbers and hostile characters, so that the
#: structure, quote and number components fire (arbitrary strings rarely reach them).
PHRASES = ["قال وزير الخارجية", "وأكدت شركة فيسبوك في بيان", "إن", "أن", "تويتر", "ولتويتر", "إنستجرام",
           "مارك زوكربيرغ", "أكثر من 3 ملايين إعجاب", "نحو ٢٥٪", "1" + "0" * 40, "9" * 400, "١٢٬٥ مليون دولار",
           "الاثنين الماضي", "27 سبتمبر 2013", "الساعة 10:30 صباحا", "دبي-الشرق", "- REUTERS",
           "دقائق القراءة - 3", "time reading icon", "«", "»", "\"", "“", "”", ":", "،", ".", "؟", "(", ")",
           "\u202e", "\u200d", "\x00", "\r\n", "\r", "\n\n", "ـــ", "َُ", "\ufe97\ufeee\ufef3\ufe98\ufeae", "😀",
           "&quot;", "&#1578;", "<p>", "پیام‌رسان", "۱۲۳", "१२३", "１２３"]
ARTICLE_LIKE = st.lists(st.sampled_from(PHRASES), max_size=60).map(" ".join)

# the same examples on every run, so that a user's or CI's run never fails by chance;
# ARNEWS_EXPLORE=1 draws new random ones (how the digit-overflow case of b586ccb was found)
SETTINGS = dict(deadline=None, suppress_health_check=[HealthCheck.too_slow],
                derandomize=not os.environ.get("ARNEWS_EXPLORE"))


def _inside_any(spans, s, e):
    """Whether [s, e) lies inside one of the sorted, non-overlapping (start, end) ``spans``."""
    k = bisect_right(spans, (s, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= s and e <= spans[k][1]


def _check(text):
    doc = arnews.extract(text)
    assert doc.text == text
    n = len(text)
    for span in iter_spans(doc):
        assert 0 <= span["start"] <= span["end"] <= n
        assert text[span["start"]:span["end"]] == span["text"]

    # JSON round-trips through the models (validation included) and gives back the same document.
    # A lone surrogate (from json.loads of "\\ud800" or surrogateescape) is no valid UTF-8: pydantic's
    # JSON cannot carry it, the json module can (with \\u escapes); the CLI replaces it with U+FFFD.
    encodable = not any("\ud800" <= c <= "\udfff" for c in text)
    if encodable:
        again = Document.model_validate_json(doc.model_dump_json())
        assert again.model_dump() == doc.model_dump()
    again = Document.model_validate(json.loads(json.dumps(doc.model_dump(mode="json"))))
    assert again.model_dump() == doc.model_dump()

    # paragraphs are ordered and disjoint; extractions lie inside one paragraph
    paras = [(p.start, p.end) for p in doc.paragraphs]
    assert paras == sorted(paras)
    assert all(a[1] <= b[0] for a, b in zip(paras, paras[1:]))
    for rec in doc.entities:
        assert _inside_any(paras, rec.start, rec.end), (rec, paras)
    for rec in [*doc.quantities, *doc.temporals]:
        # only the start: numbers and dates still run over a line end ("3\nملايين"); the strict xfail
        # tests/test_fuzz.py::test_numbers_stay_in_their_paragraph tracks it
        assert _inside_any(paras, rec.start, rec.start + 1), (rec, paras)

    # sentences and tokens are ordered and disjoint; segments tile their token
    sents = [(s.start, s.end) for s in doc.sentences]
    assert all(a[1] <= b[0] for a, b in zip(sents, sents[1:]))
    toks = [(t.start, t.end) for t in doc.tokens]
    assert all(a[1] <= b[0] for a, b in zip(toks, toks[1:]))
    for tok in doc.tokens:
        assert tok.start < tok.end
        if tok.segments:
            assert tok.segments[0].start == tok.start and tok.segments[-1].end == tok.end, tok
            assert all(a.end == b.start for a, b in zip(tok.segments, tok.segments[1:])), tok

    # entities have a non-empty span; quotes of one family do not overlap, and an indirect clause
    # that overlaps a marked quote holds it whole
    for ent in doc.entities:
        assert ent.text.strip(), ent
    for family in (True, False):
        quotes = sorted((q.start, q.end) for q in doc.quotes if (q.kind == "indirect") == family)
        assert all(a[1] <= b[0] for a, b in zip(quotes, quotes[1:])), quotes
    for c in doc.quotes:
        for q in doc.quotes:
            if c.kind == "indirect" != q.kind and q.start < c.end and c.start < q.end:
                assert c.start <= q.start and q.end <= c.end, (c, q)

    # numeric values are finite (or None)
    for q in doc.quantities:
        for v in (q.value, q.low, q.high):
            assert v is None or math.isfinite(v), q

    # same input, same output (also through bytes)
    assert arnews.extract(text).model_dump() == doc.model_dump()
    if encodable and "\x00" not in text:   # bytes full of NULs may be BOM-less UTF-16 ("\x00a\x00b")
        assert arnews.extract(text.encode("utf-8")).model_dump() == doc.model_dump()


@settings(max_examples=150, **SETTINGS)
@given(st.text(max_size=200))
def test_any_unicode_string(text):
    _check(text)


@settings(max_examples=250, **SETTINGS)
@given(ARABIC_BIASED)
def test_arabic_biased_strings(text):
    _check(text)


@settings(max_examples=150, **SETTINGS)
@given(ARTICLE_LIKE)
@example("قال وزير الخارجية : « " + "1" + "0" * 400 + " » .")
@example("قال وزير الخارجية « إن قال وزير الخارجية")
@example("\x00 \x00 \r\n")
@example("\r\n".join(["كيف استقبل تويتر \"الجميع\"؟", "", "دبي-الشرق", "", "وقال مارك زوكربيرغ: \"نأسف\"."]))
def test_article_like_strings(text):
    _check(text)


def _one_pass_tokens(text):
    from arnews.segment.tokenizer import TOKEN_RE
    return [(m.start(), m.end(), m.lastgroup) for m in TOKEN_RE.finditer(text)]


@settings(max_examples=300, **SETTINGS)
@given(st.one_of(st.text(max_size=120), ARABIC_BIASED, ARTICLE_LIKE))
@example("(الخدمة) «تويتر» \"قال\"، وقالت: الخدمة.\x1cكلمة\u00a0كلمة\u2028ولتويتر؟! الـ20")
def test_chunked_tokenizer_matches_one_regex_pass(text):
    """The tokenizer's plain-word fast path is an optimization only: the same tokens as TOKEN_RE alone."""
    from arnews.segment.tokenizer import tokenize
    assert tokenize(text) == _one_pass_tokens(text)
