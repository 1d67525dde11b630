"""Quotes on real news phrasing: the cases found reading SaudiNewsNet articles (see each test).

Entities are added by hand (``run`` from test_quotes) so these tests do not depend on the tagger.
"""
from tests.test_quotes import no_overlap, one, run


# --- a long subject or appositions between the verb and إن/أن ----------------------------------

def test_appositions_between_cue_and_an_clause():
    text = ("وقال وزير الخارجية التونسي، الطيب البكوش، في مؤتمر صحافي أمس، إن قرار الغلق جاء بعد أن "
            "تأكد أن المسلحين ينتمون إلى فجر ليبيا.")
    q = one(run(text, [("الطيب البكوش", "PERSON", None)]),
            "قرار الغلق جاء بعد أن تأكد أن المسلحين ينتمون إلى فجر ليبيا")
    assert q.kind == "indirect" and q.cue.text == "وقال"


def test_apposition_then_ala_an():
    text = ("وأكد لـ«عكاظ» الشيخ إسماعيل قاضي رئيس اللجنة بالمحافظة، على أن مثل هذه البرامج "
            "تعد ضمن توصيات ولاة الأمر.")
    qs = run(text, [("عكاظ", "MEDIA", "okaz"), ("إسماعيل قاضي", "PERSON", None)])
    q = one(qs, "مثل هذه البرامج تعد ضمن توصيات ولاة الأمر")
    assert q.kind == "indirect"
    assert not any(x.text.startswith("قاضي رئيس") for x in qs)        # no title taken as the object


def test_long_subject_ending_in_the_speakers_name():
    text = ("وأوضح الناطق الإعلامي بفرع هيئة الهلال الأحمر السعودي في جازان بيشي بن عيسى الصرخي أن "
            "غرفة العمليات تلقت بلاغا عن وقوع حادث.")
    qs = run(text, [("هيئة الهلال الأحمر السعودي", "ORG", None), ("بيشي بن عيسى الصرخي", "PERSON", None)])
    assert one(qs, "غرفة العمليات تلقت بلاغا عن وقوع حادث").cue.text == "وأوضح"


def test_an_governed_inside_the_gap_is_not_the_cues():
    # the first أن belongs to "يقدر" in a relative clause, not to أشار
    text = ("وأشار رئيس الوزراء من برمنغهام، التي يقدر أن 22 في المائة من سكانها مسلمون، إلى أن "
            "ما تواجهه المملكة آيديولوجية متشددة.")
    qs = run(text)
    assert not any(q.text.startswith("22 في المائة") for q in qs)
    # a noun governs it (مخاوف أن): the cue keeps its nominal object
    text = ("وكشف المراسل حالة التوتر التي كانت تتملكه أثناء توجهه للقاء، مع مخاوف أن يكون اللقاء "
            "كمينا.")
    qs = run(text)
    assert not any(q.text.startswith("يكون اللقاء") for q in qs)


def test_nominal_object_kept_when_a_later_an_is_not_the_cues():
    text = ("من جهتها، تنفي روسيا إرسال جنود أو أسلحة إلى داخل أوكرانيا، مدعية أن أي روس موجودين "
            "هناك متطوعون.")
    qs = run(text, [("روسيا", "LOC", None)])
    assert one(qs, "إرسال جنود أو أسلحة إلى داخل أوكرانيا").cue.text == "تنفي"
    no_overlap(qs)
