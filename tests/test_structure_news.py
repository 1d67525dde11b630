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
