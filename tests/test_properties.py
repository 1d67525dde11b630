"""Property tests: for any input string extract never raises and every span matches its slice."""
import json

from hypothesis import HealthCheck, given, settings, strategies as st

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


def _check(text):
    doc = arnews.extract(text)
    assert doc.text == text
    for span in iter_spans(doc):
        assert 0 <= span["start"] <= span["end"] <= len(text)
        assert text[span["start"]:span["end"]] == span["text"]
    Document.model_validate_json(json.dumps(doc.model_dump(mode="json")))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200))
def test_any_unicode_string(text):
    _check(text)


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(ARABIC_BIASED)
def test_arabic_biased_strings(text):
    _check(text)
