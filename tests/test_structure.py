"""Article structure: headline, meta lines, captions, dateline, boilerplate, paragraphs."""
import time

import pytest

from arnews.pipeline import Pipeline

nlp = Pipeline(components=["structure"])

# The opening of the bundled sample article (examples/twitter-welcomes-everyone.txt), written here.
OPENING = (
    'كيف استقبل تويتر "الجميع" أثناء تعطل خدمات فيسبوك؟\n'
    "\n"
    "time reading iconدقائق القراءة - 3\n"
    'أشخاص يحملون هواتفهم وفي الخلفية شعار موقع "تويتر"، وارسو، 27 سبتمبر 2013 - REUTERS\n'
    'أشخاص يحملون هواتفهم وفي الخلفية شعار موقع "تويتر"، وارسو، 27 سبتمبر 2013 - REUTERS\n'
    "دبي-الشرق\n"
    "\n"
    '"حرفياً مرحباً بالجميع".. بهذه العبارة رحبت منصة تويتر بالأعداد الضخمة من رواد مواقع التواصل '
    "الاجتماعي الذين تدفقوا على خدماتها، بعد تأثر خدمات فيسبوك والتطبيقات المنضوية تحته مثل إنستجرام "
    "وواتساب وماسنجر لساعات بعطل في أنظمته الداخلية.\n"
    "\n"
    "وبين سخرية وطرح جدي لقضايا مجتمعية وصحية وسياسية واقتصادية، قضى رواد مواقع التوصل الاجتماعي ساعات "
    'على تويتر، فيما تمنى آخرون استمرار الخلل التقني لبعض الوقت، في مسعى لتحقيق "الراحة".\n'
)
CAPTION = 'أشخاص يحملون هواتفهم وفي الخلفية شعار موقع "تويتر"، وارسو، 27 سبتمبر 2013 - REUTERS'

PLAIN = (
    "قال دبلوماسي إسرائيلي كبير أمس، إن التهديدات المشتركة التي تواجه كلا من إسرائيل وتركيا من جانب "
    "تنظيم داعش، يمكن أن تساعد في جهود استعادة العلاقات التي كانت قوية في وقت من الأوقات. وكانت العلاقات "
    "قد شهدت توترا خلال السنوات الماضية"
)

NER_LINES = (
    "وقالت الشركة في بيان إن خدماتها عادت إلى العمل بعد انقطاع دام ست ساعات.\n"
    "وأضافت أن فرقها عملت طوال الليل لإصلاح الخلل.\n"
    "ولم تكشف الشركة عن سبب العطل حتى الآن.\n"
)

REUTERS = (
    "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية\n"
    "\n"
    "لندن (رويترز) - ارتفعت أسعار النفط اليوم الثلاثاء بعد أن أظهرت بيانات تراجع المخزونات "
    "الأمريكية أكثر من المتوقع.\n"
    "وقال محللون إن السوق لا تزال تترقب قرار منظمة أوبك.\n"
)


def spans_exact(doc):
    t = doc.text
    items = list(doc.paragraphs) + list(doc.meta.captions) + list(doc.meta.boilerplate)
    if doc.headline is not None:
        items.append(doc.headline)
    if doc.meta.dateline is not None:
        items.append(doc.meta.dateline)
    for x in items:
        assert t[x.start:x.end] == x.text, x


def body(doc):
    return [p for p in doc.paragraphs if p.kind == "body"]


def test_sample_opening_headline_meta_caption_dateline():
    doc = nlp(OPENING)
    spans_exact(doc)
    assert doc.headline is not None and doc.headline.text == 'كيف استقبل تويتر "الجميع" أثناء تعطل خدمات فيسبوك؟'
    assert doc.meta.reading_time_minutes == 3
    dl = doc.meta.dateline
    assert dl is not None and (dl.text, dl.place, dl.source) == ("دبي-الشرق", "دبي", "الشرق")
    assert len(doc.meta.captions) == 1
    cap = doc.meta.captions[0]
    assert (cap.text, cap.place, cap.date, cap.credit) == (CAPTION, "وارسو", "2013-09-27", "REUTERS")
    assert [p.kind for p in doc.paragraphs] == ["headline", "meta", "caption", "meta", "dateline", "body", "body"]


def test_glued_ui_text_and_repeated_caption_are_blocked_boilerplate():
    ctx_holder = {}

    class Spy:
        name, requires, provides = "spy", ("paragraphs",), ()

        def __call__(self, doc, ctx):
            ctx_holder["ctx"] = ctx

    import arnews
    arnews.register_component("structure-spy", lambda **_: Spy())
    doc = Pipeline(components=["structure", "structure-spy"])(OPENING)
    ctx = ctx_holder["ctx"]
    icon = OPENING.index("time reading icon")
    second = OPENING.index(CAPTION, OPENING.index(CAPTION) + 1)
    bp = [(b.text, b.start) for b in doc.meta.boilerplate]
    assert ("time reading icon", icon) in bp
    assert (CAPTION, second) in bp
    assert len(bp) == 2
    assert ctx.is_blocked(icon, icon + 3)
    assert ctx.is_blocked(second + 5, second + 10)
    first = OPENING.index(CAPTION)
    assert not ctx.is_blocked(first, first + 10)          # the first caption is still extracted
    body_start = OPENING.index('"حرفياً')
    assert not ctx.is_blocked(body_start, body_start + 20)


def test_plain_running_text_has_no_structure():
    doc = nlp(PLAIN)
    spans_exact(doc)
    assert doc.headline is None
    assert doc.meta.dateline is None and doc.meta.captions == [] and doc.meta.boilerplate == []
    assert [(p.kind, p.text) for p in doc.paragraphs] == [("body", PLAIN)]


def test_sentence_lines_like_an_ner_corpus_are_body_only():
    doc = nlp(NER_LINES)
    spans_exact(doc)
    assert doc.headline is None
    assert [p.kind for p in doc.paragraphs] == ["body", "body", "body"]
    assert doc.meta.reading_time_minutes is None and doc.meta.dateline is None


def test_short_first_line_followed_by_text_without_blank_line_is_not_a_headline():
    doc = nlp("أسعار النفط\nارتفعت أسعار النفط اليوم بعد تراجع المخزونات.")
    assert doc.headline is None


def test_first_paragraph_ending_in_a_period_is_not_a_headline():
    doc = nlp("ارتفعت أسعار النفط اليوم.\n\nوقال محللون إن السوق تترقب.")
    assert doc.headline is None
    assert [p.kind for p in doc.paragraphs] == ["body", "body"]


def test_reuters_style_dateline():
    doc = nlp(REUTERS)
    spans_exact(doc)
    assert doc.headline.text == "ارتفاع أسعار النفط مع تراجع المخزونات الأمريكية"
    dl = doc.meta.dateline
    assert (dl.text, dl.place, dl.source) == ("لندن (رويترز)", "لندن", "رويترز")
    assert [p.kind for p in doc.paragraphs] == ["headline", "body", "body"]


@pytest.mark.parametrize("text, place, source", [
    ("الرياض - واس\nأعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة.", "الرياض", "واس"),
    ("القاهرة: أعلنت الحكومة المصرية اليوم عن خطة جديدة للنقل العام.", "القاهرة", None),
    ("لندن - رويترز - قال مسؤولون إن أسعار الغذاء ارتفعت.", "لندن", "رويترز"),
    ("عبدالله الراجحي- سبق- جدة: أقامت الإدارة العامة للدفاع المدني حفل معايدة.", "جدة", "سبق"),
    ("سبق- بلقرن: احتفل أهالي المحافظة بعيد الفطر المبارك.", "بلقرن", "سبق"),
])
def test_dateline_forms(text, place, source):
    doc = nlp("عنوان الخبر\n\n" + text)
    dl = doc.meta.dateline
    assert dl is not None and (dl.place, dl.source) == (place, source)
    assert doc.text[dl.start:dl.end] == dl.text
    assert body(doc)                     # the dateline's paragraph (or the next one) stays body


def test_colon_after_ordinary_words_is_not_a_dateline():
    doc = nlp("عنوان\n\nيقول الحق سبحانه وتعالى في سورة العنكبوت: كل نفس ذائقة الموت.")
    assert doc.meta.dateline is None
    doc = nlp("عنوان\n\nرابط الخبر بصحيفة الوئام: بالصور .. رمضان في ليبيا")
    assert doc.meta.dateline is None


def test_reading_time_phrasings():
    assert nlp("3 دقائق للقراءة\nنص الخبر.").meta.reading_time_minutes == 3
    assert nlp("دقائق القراءة - ٥\nنص الخبر.").meta.reading_time_minutes == 5
    assert nlp("عنوان\n\ntime reading iconدقائق القراءة - 12\nنص.").meta.reading_time_minutes == 12
    assert nlp("قرأت المقال في 3 دقائق فقط وأعجبني.").meta.reading_time_minutes is None


def test_caption_with_levantine_month_and_credit_in_parentheses():
    line = "الرئيس الأمريكي يلقي كلمة في البيت الأبيض، واشنطن، 5 يناير/كانون الثاني 2020 (أ ف ب)"
    doc = nlp("عنوان\n\n" + line + "\nنص الخبر هنا.")
    cap = doc.meta.captions[0]
    assert (cap.text, cap.place, cap.date, cap.credit) == (line, "واشنطن", "2020-01-05", "أ ف ب")
    doc = nlp("لاعبو المنتخب خلال التدريبات، الرياض، 12 حزيران 2018 - رويترز")
    assert (doc.meta.captions[0].place, doc.meta.captions[0].date) == ("الرياض", "2018-06-12")


def test_caption_credit_of_two_agencies_and_place_after_fi():
    line = "ناقلة نفط قرب ميناء في الدمام، 8 أغسطس 2021 - AFP/Getty Images"
    cap = nlp("عنوان\n\n" + line + "\nنص الخبر هنا.").meta.captions[0]
    assert (cap.place, cap.date, cap.credit) == ("الدمام", "2021-08-08", "AFP/Getty Images")
    line = "الرئيس يلقي كلمة في البيت الأبيض بواشنطن، 15 يونيو 2022 - AFP"
    assert nlp("عنوان\n\n" + line + "\nنص الخبر هنا.").meta.captions[0].place == "واشنطن"
    # a photographer after the agency stays in the credit; a place after في that no list knows is no place
    line = "متداولون يتابعون الشاشات في قاعة التداول، 2 مايو 2022 - REUTERS/Ahmed Jadallah"
    cap = nlp("عنوان\n\n" + line + "\nنص الخبر هنا.").meta.captions[0]
    assert (cap.place, cap.credit) == (None, "REUTERS/Ahmed Jadallah")


def test_source_alone_on_its_line_under_the_captions_is_the_dateline():
    text = ("تراجع أسهم البنوك في البورصة السعودية\n\ntime reading iconدقائق القراءة - 4\n"
            "مستثمر يتابع الأسعار في الرياض، 3 مارس 2021 - REUTERS\nالشرق\n\nتراجعت أسهم البنوك في ختام التداول اليوم.")
    doc = nlp(text)
    dl = doc.meta.dateline
    assert (dl.text, dl.place, dl.source) == ("الشرق", None, "الشرق")
    assert [p.kind for p in doc.paragraphs] == ["headline", "meta", "caption", "dateline", "body"]
    # with no meta line or caption above it, a one-word line under the headline is not read as a dateline
    doc = nlp("تراجع أسهم البنوك في البورصة السعودية\n\nالشرق\n\nتراجعت أسهم البنوك في ختام التداول اليوم.")
    assert doc.meta.dateline is None


def test_sentence_tagged_with_agency_is_not_a_caption():
    doc = nlp("وقال المتحدث إن القوات تقدمت نحو المدينة (رويترز)\nوأضاف أن المعارك مستمرة.")
    assert doc.meta.captions == []
    doc = nlp("وقال المتحدث إن القوات تقدمت نحو المدينة. - رويترز")
    assert doc.meta.captions == []


def test_ui_only_lines_are_boilerplate():
    text = "عنوان الخبر\n\nنص الخبر الأول.\nاقرأ أيضاً: الأرصاد تتوقع أمطاراً على الرياض\nنص الخبر الثاني.\n...المزيد"
    doc = nlp(text)
    spans_exact(doc)
    assert [b.text for b in doc.meta.boilerplate] == ["اقرأ أيضاً: الأرصاد تتوقع أمطاراً على الرياض", "...المزيد"]
    assert [p.kind for p in doc.paragraphs] == ["headline", "body", "meta", "body", "meta"]


def test_link_list_and_tags_under_their_headers_are_boilerplate():
    text = ("ارتفاع أسعار الذهب\n\nارتفعت أسعار الذهب اليوم إلى أعلى مستوى في شهرين.\n\nاقرأ أيضاً:\n"
            "النفط يتراجع مع ارتفاع المخزونات الأميركية\n\nوقال محللون إن الطلب سيبقى قوياً.\n"
            "شارك هذا المقال\nأسعار الذهب\nالأسواق العالمية")
    doc = nlp(text)
    spans_exact(doc)
    assert [p.kind for p in doc.paragraphs] == ["headline", "body", "meta", "meta", "body", "meta", "meta", "meta"]
    assert "النفط يتراجع مع ارتفاع المخزونات الأميركية" in [b.text for b in doc.meta.boilerplate]
    # a sentence under the header is the story again, and a blank line ends the list
    doc = nlp("عنوان الخبر\n\nنص الخبر الأول.\nاقرأ أيضاً:\nوقال الوزير إن الخطة ستنفذ العام المقبل.\n\nقصير جداً")
    assert [p.kind for p in doc.paragraphs] == ["headline", "body", "meta", "body", "body"]


def test_crlf_input_keeps_exact_offsets():
    text = OPENING.replace("\n", "\r\n")
    doc = nlp(text)
    spans_exact(doc)
    assert doc.headline.text == 'كيف استقبل تويتر "الجميع" أثناء تعطل خدمات فيسبوك؟'
    assert doc.meta.reading_time_minutes == 3
    assert doc.meta.dateline.place == "دبي"
    assert not any("\r" in p.text for p in doc.paragraphs)
    assert len(body(doc)) == 2
    second = text.index(CAPTION, text.index(CAPTION) + 1)
    assert any(b.start == second for b in doc.meta.boilerplate)


@pytest.mark.parametrize("text", [
    "", " ", "\n\n\r\n", "\r", "\u2028", "\u200f", "-", ":", "(رويترز)", "- REUTERS", "تصوير:", "سبق-:",
    "a\rb\r\nc", "ـ", "\ufeff\n\n", "x\n\n\n", "عنوان\n\n", "١٢٣\n\n٤٥٦",
])
def test_never_crashes_and_offsets_hold(text):
    doc = nlp(text)
    spans_exact(doc)
    if not text.strip():
        assert doc.paragraphs == []


def test_huge_lines_are_linear():
    t0 = time.perf_counter()
    doc = nlp("عنوان\n\n" + "كلمة - " * 100_000 + "\n" + "(رويترز) " * 20_000)
    assert time.perf_counter() - t0 < 2.0
    spans_exact(doc)
