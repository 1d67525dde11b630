"""Article structure on scraped Saudi news (SaudiNewsNet): trailers, datelines, contact footers."""
import arnews
from arnews.pipeline import Pipeline

nlp = Pipeline(components=["structure"])


class _Spy:
    """Keeps the pipeline context so a test can ask what is blocked."""
    name, requires, provides = "spy", ("paragraphs",), ()

    def __init__(self):
        self.ctx = None

    def __call__(self, doc, ctx):
        self.ctx = ctx


def run_with_ctx(text):
    spy = _Spy()
    arnews.register_component("structure-news-spy", lambda **_: spy)
    doc = Pipeline(components=["structure", "structure-news-spy"])(text)
    return doc, spy.ctx


def exact(doc):
    for p in doc.paragraphs:
        assert doc.text[p.start:p.end] == p.text


TITLE = "السجن لسنغاليين سرقا أموال تاجرين سعوديين في دبي"
LINK = "رابط الخبر بصحيفة الوئام: " + TITLE


def test_link_trailer_glued_to_the_last_line_is_its_own_meta_paragraph_and_not_blocked():
    last = "وقالت الصحيفة إن المتهمين فرا بالمبلغ."
    text = TITLE + "\n\n صادقت محكمة استئناف دبي على الحكم.\n" + last + " " + LINK + " "
    doc, ctx = run_with_ctx(text)
    exact(doc)
    assert [(p.kind, p.text) for p in doc.paragraphs[-2:]] == [("body", last), ("meta", LINK)]
    assert doc.meta.boilerplate == []
    k = text.index("الوئام")
    assert not ctx.is_blocked(k, k + 6)          # الوئام and the title's names are mentions there


def test_link_trailer_alone_on_its_line_is_meta_not_boilerplate():
    text = "بالصور .. رمضان في ليبيا\n\n رابط الخبر بصحيفة الوئام: بالصور .. رمضان في ليبيا "
    doc, ctx = run_with_ctx(text)
    exact(doc)
    assert doc.headline is not None and doc.headline.text == "بالصور .. رمضان في ليبيا"
    assert [p.kind for p in doc.paragraphs] == ["headline", "meta"]
    assert doc.meta.boilerplate == []
    k = text.rindex("ليبيا")
    assert not ctx.is_blocked(k, k + 5)


def test_writers_other_titles_glued_after_the_last_sentence():
    last = "ومن أقنعهم أن الإرهاب هو الجهاد؟!"
    more = "مقالات أخرى للكاتبهل فشل الشقيري أم نحن الفاشلون؟الضمان الاجتماعي والاحتجاج !!"
    doc = nlp("خلايا داعش الناشطة!!\n\n" + last + " " + more)
    exact(doc)
    assert [(p.kind, p.text) for p in doc.paragraphs] == [
        ("headline", "خلايا داعش الناشطة!!"), ("body", last), ("meta", more)]


def test_the_same_words_inside_the_story_are_body():
    # not on the last line, or inside a word: the story's own text
    text = ("عنوان الخبر\n\nوأوضح أن رابط الخبر بصحيفة الوئام انتشر بين القراء.\n"
            "وأضاف أن المقالات الأخرى للكاتب نشرت أمس.")
    doc = nlp(text)
    assert [p.kind for p in doc.paragraphs] == ["headline", "body", "body"]
    doc = nlp("عنوان الخبر\n\nنشرت الصحيفة رابط الخبرية على موقعها.")
    assert [p.kind for p in doc.paragraphs] == ["headline", "body"]


def test_dateline_after_a_row_of_highlights():
    text = ("أطفال السجناء.. قنابل موقوتة\n\n"
            " - هديل باسهل: من الجرم أن نشرك أطفالاً أبرياء بجريمة لم يقترفوها - سارة القحطاني: إهمالهم يؤدي"
            " نحو الانحراف\n"
            "خلود غنام- سبق- الرياض: يقضي أطفال عدة حياة بائسة يحرمون فيها من طفولتهم.")
    dl = nlp(text).meta.dateline
    assert (dl.text, dl.place, dl.source) == ("خلود غنام- سبق- الرياض", "الرياض", "سبق")


def test_dateline_line_after_a_subtitle():
    text = ("الحمود: فايز جاحد\n\nكواك بمفرده يمثل الملاعب السعودية في المونديال\nعبدالكريم الحمد - الرياض\n\n"
            "تأكد رسمياً استبعاد الحكام السعوديين من المونديال.")
    doc = nlp(text)
    dl = doc.meta.dateline
    assert (dl.text, dl.place, dl.source) == ("عبدالكريم الحمد - الرياض", "الرياض", None)
    assert [p.kind for p in doc.paragraphs] == ["headline", "body", "dateline", "body"]


def test_no_dateline_is_read_two_paragraphs_down_after_an_ordinary_paragraph():
    text = ("عنوان الخبر\n\nأعلنت وزارة الصحة اليوم عن حملة تطعيم جديدة في المدارس.\n"
            "سبق- الرياض: وقال متحدث إن الحملة تبدأ غداً.")
    assert nlp(text).meta.dateline is None


def test_reporters_listed_with_a_comma_and_a_source_glued_to_the_place():
    dl = nlp("عنوان\n\nبدر العتيبي، عبدالله البرقاوي- سبق- الرياض: تناقل نشطاء مقطعاً.").meta.dateline
    assert (dl.text, dl.place, dl.source) == ("بدر العتيبي، عبدالله البرقاوي- سبق- الرياض", "الرياض", "سبق")
    dl = nlp("عنوان\n\nفهد العتيبي - سبق الطائف: شكا أهالي قرية الخرائق من انقطاع المياه.").meta.dateline
    assert (dl.place, dl.source) == ("الطائف", "سبق")
    dl = nlp("عنوان\n\nسبق ابها : يدشن أمير منطقة عسير مهرجان الصيف.").meta.dateline
    assert (dl.place, dl.source) == ("ابها", "سبق")
    # an unknown place after the source word stays out: "سبق الإعلان" is no dateline
    assert nlp("عنوان\n\nسبق الإعلان: أن المهرجان يبدأ غداً.").meta.dateline is None


def test_interview_credit_before_the_dateline():
    text = "عنوان الحوار\n\nحوار: شقران الرشيدي- سبق- الرياض: قال الخبير الاقتصادي إن السوق تتعافى."
    dl = nlp(text).meta.dateline
    assert (dl.text, dl.place, dl.source) == ("شقران الرشيدي- سبق- الرياض", "الرياض", "سبق")
    assert text[dl.start:dl.end] == dl.text
    dl = nlp("عنوان\n\nحاوره : عبدالعزيز العصيمي - سبق : المفكر الدكتور عبد الله الغذامي بدأ صيامه.").meta.dateline
    assert (dl.text, dl.place, dl.source) == ("عبدالعزيز العصيمي - سبق", None, "سبق")
    # the same word opening an ordinary sentence with a colon is no dateline
    assert nlp("عنوان\n\nحوار: الطرفان اتفقا على استئناف المفاوضات.").meta.dateline is None
