"""The normalized view folds spellings but always maps back to exact original offsets."""
from hypothesis import given, strategies as st

import arnews
from arnews.text import TextView, normalize


def test_folds_alef_hamza_yeh_teh_marbuta_and_digits():
    assert normalize("إنستجرام") == "انستجرام"
    assert normalize("آلاف") == "الاف"
    assert normalize("مستشفى") == "مستشفي"
    assert normalize("المنظمة") == "المنظمه"
    assert normalize("٥٩٫٦") == "59.6"
    assert normalize("۱۲۳") == "123"
    assert normalize("Twitter") == "twitter"


def test_drops_diacritics_tatweel_and_invisible_marks():
    assert normalize("مَرْحَباً") == "مرحبا"
    assert normalize("تـــويتر") == "تويتر"
    assert normalize("\u200fواتساب\u200c") == "واتساب"
    assert normalize("\u202eفيسبوك\u202c") == "فيسبوك"


def test_presentation_forms_decompose_including_lam_alef_ligature():
    # ﻓﻴﺴﺒﻮﻙ in presentation forms, and the lam-alef ligature ﻻ
    assert normalize("\ufed3\ufef4\ufeb4\ufe92\ufeee\ufed9") == "فيسبوك"
    assert normalize("\ufefb") == "لا"


def test_view_maps_normalized_spans_back_to_original_text():
    text = "قال مُتحدّثٌ باسم ﻻ تـويتر: ٣ ملايين"
    view = TextView(text)
    assert view.norm == "قال متحدث باسم لا تويتر: 3 ملايين"
    i = view.norm.index("تويتر")
    s, e = view.span(i, i + len("تويتر"))
    assert text[s:e] == "تـويتر"
    i = view.norm.index("متحدث")
    s, e = view.span(i, i + len("متحدث"))
    assert text[s:e] == "مُتحدّثٌ"  # trailing tanween stays with the word
    i = view.norm.index("لا")
    assert text[slice(*view.span(i, i + 2))] == "ﻻ"
    assert text[slice(*view.span(i + 1, i + 2))] == "ﻻ"


def test_to_norm_inverts_start():
    text = "مَرْحَباً بِكُم في ﻻهاي"
    view = TextView(text)
    for n in range(len(view.norm)):
        o = view.start(n)
        assert view.norm[view.to_norm(o)] == view.norm[n] or view._x  # ligature halves share a start


@given(st.text(alphabet=st.sampled_from(list("ابتةىأإآـًٌٍَُِّْ \u200f\ufefb٣x")), max_size=40), st.data())
def test_any_normalized_slice_maps_to_a_valid_original_slice(text, data):
    view = TextView(text)
    n = len(view.norm)
    i = data.draw(st.integers(0, n))
    j = data.draw(st.integers(i, n))
    s, e = view.span(i, j) if j > i else (view.start(i) if i < n else len(text), view.start(i) if i < n else len(text))
    assert 0 <= s <= e <= len(text)
    if j > i:
        assert view.norm[i] in normalize(text[s:e])  # a ligature half maps to the whole ligature


def test_html_character_references_read_as_characters():
    text = "بالصور.. &quot;رئاسة المسجد الحرام&quot; توزع &#8220;الحلوى&#8221; &foo; ذلك"
    view = TextView(text)
    assert '"رياسه المسجد الحرام"' in view.norm and "“الحلوي”" in view.norm
    assert "&foo;" in view.norm                                  # not a reference we read
    i = view.norm.index("رياسه")
    j = view.norm.index("الحرام") + len("الحرام")
    assert text[view.start(i):view.end(j)] == "رئاسة المسجد الحرام"
    # a quotation written with &quot; is a quotation
    doc = arnews.extract("وقال الوزير: &quot;إن المملكة ستواصل دعمها للمشروع&quot;.")
    assert [q.kind for q in doc.quotes] == ["direct"]


def test_a_span_ending_in_a_character_reference_takes_it_whole():
    text = "قال توي&#1578; أمس"
    view = TextView(text)
    i = view.norm.index("تويت")
    assert text[view.start(i):view.end(i + 4)] == "توي&#1578;"
