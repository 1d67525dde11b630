"""Sentences, tokens and clitic segments (arnews.segment)."""
import pytest

import arnews
from arnews import Pipeline
from arnews.segment import format_segmented, segment_word
from arnews.segment.clitics import get_segmenter
from arnews.segment.tokenizer import tokenize


@pytest.fixture(scope="module")
def nlp():
    return Pipeline(components=["structure", "sentences", "tokens"])


def sentences(nlp, text):
    return [s.text for s in nlp(text).sentences]


def tokens(nlp, text):
    return [t.text for t in nlp(text).tokens]


def pieces(nlp, text, word):
    doc = nlp(text)
    tok = next(t for t in doc.tokens if t.text == word)
    return [s.text for s in tok.segments]


# --- sentences ---------------------------------------------------------------------------------

def test_sentences_split_on_arabic_and_latin_end_marks(nlp):
    text = ("أعلنت تويتر عن ميزة جديدة. هل ستنجح الخطوة؟ نعم! قالت الشركة ذلك؛ "
            "ثم نشرت بياناً آخر. The company said it is ready.")
    assert sentences(nlp, text) == [
        "أعلنت تويتر عن ميزة جديدة.", "هل ستنجح الخطوة؟", "نعم!", "قالت الشركة ذلك؛",
        "ثم نشرت بياناً آخر.", "The company said it is ready."]


def test_sentences_keep_closing_quotes_and_brackets(nlp):
    text = ('وقال المتحدث: "نحن سعداء بهذه النتائج." وأضاف أن الشركة ستواصل العمل (حتى نهاية العام.) '
            '«انتهى الأمر.» ثم غادر. "هل انتهى؟" سأل أحدهم.')
    assert sentences(nlp, text) == [
        'وقال المتحدث: "نحن سعداء بهذه النتائج."',
        "وأضاف أن الشركة ستواصل العمل (حتى نهاية العام.)",
        "«انتهى الأمر.»", "ثم غادر.", '"هل انتهى؟"', "سأل أحدهم."]


def test_quoted_statement_of_several_sentences_stays_one(nlp):
    text = 'قال المدير: "نحن على الطريق الصحيح. الاتفاق سيبطئ التغير المناخي." وغادر القاعة.'
    assert sentences(nlp, text) == ['قال المدير: "نحن على الطريق الصحيح. الاتفاق سيبطئ التغير المناخي."',
                                    "وغادر القاعة."]


def test_no_split_inside_numbers_percentages_and_arabic_decimals(nlp):
    text = "ارتفع المؤشر 59.6 نقطة وبلغت النسبة 3.5% أو ٥٩٫٦ في المئة. وتراجع الدولار."
    assert sentences(nlp, text) == ["ارتفع المؤشر 59.6 نقطة وبلغت النسبة 3.5% أو ٥٩٫٦ في المئة.", "وتراجع الدولار."]


def test_no_split_after_abbreviations(nlp):
    text = ("قال د. محمد العلي وأ.د. سامي خليل إن المشروع بدأ عام 300 ق.م تقريباً. "
            "وحضر م. أحمد ومعه Dr. Smith و J. K. Rowling. وانتهى اللقاء.")
    assert sentences(nlp, text) == [
        "قال د. محمد العلي وأ.د. سامي خليل إن المشروع بدأ عام 300 ق.م تقريباً.",
        "وحضر م. أحمد ومعه Dr. Smith و J. K. Rowling.", "وانتهى اللقاء."]


def test_year_marker_may_end_a_sentence(nlp):
    assert sentences(nlp, "تأسست المدينة عام 1932 م. وتضم اليوم مليون نسمة.") == [
        "تأسست المدينة عام 1932 م.", "وتضم اليوم مليون نسمة."]


def test_no_split_inside_urls_emails_and_ellipses(nlp):
    text = ("للمزيد زوروا https://www.spa.gov.sa/news.php?id=5 أو راسلوا info@sky-news.ae فوراً. "
            "قوات الجيش.. وليس هناك ما يدعو للقلق... حسب المصدر.")
    assert sentences(nlp, text) == [
        "للمزيد زوروا https://www.spa.gov.sa/news.php?id=5 أو راسلوا info@sky-news.ae فوراً.",
        "قوات الجيش.. وليس هناك ما يدعو للقلق... حسب المصدر."]


def test_ellipsis_split_is_an_option():
    nlp = Pipeline(components=["structure", "sentences"], split_on_ellipsis=True)
    assert [s.text for s in nlp("انتظرنا طويلاً… ثم وصل القطار.").sentences] == ["انتظرنا طويلاً…", "ثم وصل القطار."]


def test_glued_period_between_arabic_words_splits(nlp):
    assert sentences(nlp, "وانتهى الاجتماع.وأضاف المصدر أن الوفد غادر.") == [
        "وانتهى الاجتماع.", "وأضاف المصدر أن الوفد غادر."]


def test_scraped_lines_headline_lists_and_bullets(nlp):
    text = ("تويتر ترحب بالجميع\n"
            "أعلنت الشركة عن ثلاث ميزات:\n"
            "1. تعديل التغريدات\n"
            "2. رسائل صوتية\n"
            "- حسابات موثقة\n"
            "• مساحات للنقاش • نشرات بريدية")
    assert sentences(nlp, text) == [
        "تويتر ترحب بالجميع", "أعلنت الشركة عن ثلاث ميزات:", "1. تعديل التغريدات", "2. رسائل صوتية",
        "- حسابات موثقة", "• مساحات للنقاش", "• نشرات بريدية"]


def test_hard_wrapped_paragraph_is_joined(nlp):
    text = ("أعلنت شركة تويتر اليوم عن إطلاق خدمة جديدة للمستخدمين في منطقة\n"
            "الشرق الأوسط وشمال أفريقيا تتيح لهم نشر مقاطع فيديو أطول من السابق\n"
            "وذلك في إطار سعيها لمنافسة المنصات الأخرى. وقال متحدث إن الخدمة مجانية.")
    out = sentences(nlp, text)
    assert len(out) == 2
    assert out[0].startswith("أعلنت") and out[0].endswith("الأخرى.")


def test_sentence_spans_exclude_whitespace_and_are_exact(nlp):
    text = "  \n  العنوان الأول  \n\n   فقرة أولى. فقرة ثانية؟   \n"
    doc = nlp(text)
    for s in doc.sentences:
        assert text[s.start:s.end] == s.text
        assert s.text == s.text.strip()
    assert [s.text for s in doc.sentences] == ["العنوان الأول", "فقرة أولى.", "فقرة ثانية؟"]


def test_sentences_without_paragraphs():
    from arnews.pipeline import Context
    from arnews.records import Document
    from arnews.segment.sentences import make_component
    text = "جملة أولى. جملة ثانية"
    doc = Document(text=text)
    make_component()(doc, Context(text))
    assert [s.text for s in doc.sentences] == ["جملة أولى.", "جملة ثانية"]


# --- tokens ------------------------------------------------------------------------------------

def test_token_kinds(nlp):
    text = ("قالَ الـمُتحدثُ كبـــير إن 3,000 مستخدم و59.6% منهم (٥٩٫٦) تابعوا @عرب_نيوز و#السعودية و#Saudi2030 "
            "عبر https://t.co/abc123 وراسلوا news@alarabiya.net iPhone 👨‍👩‍👧 🇸🇦 👍🏽؟!")
    toks = tokens(nlp, text)
    for t in ["قالَ", "الـمُتحدثُ", "كبـــير", "3,000", "و59.6", "%", "(", "٥٩٫٦", ")", "@عرب_نيوز",
              "#السعودية", "#Saudi2030", "https://t.co/abc123", "news@alarabiya.net", "iPhone",
              "👨‍👩‍👧", "🇸🇦", "👍🏽", "؟!"]:
        assert t in toks, t
    kinds = {text[s:e]: k for s, e, k in tokenize(text)}
    assert kinds["و#السعودية"[1:]] == "hashtag"
    assert kinds["https://t.co/abc123"] == "url"
    assert kinds["news@alarabiya.net"] == "email"
    assert kinds["👨‍👩‍👧"] == "emoji"
    assert kinds["3,000"] == "number"


def test_url_keeps_trailing_punctuation_out(nlp):
    toks = tokens(nlp, "المصدر: www.example.com/path, وأيضاً twitter.com.")
    assert "www.example.com/path" in toks and "twitter.com" in toks and toks[-1] == "."


def test_number_with_percent_and_clitic(nlp):
    doc = nlp("ارتفعت بنسبة 3.5% وبلغت و3 بالمئة")
    toks = [t.text for t in doc.tokens]
    assert toks[2:4] == ["3.5", "%"]
    w3 = next(t for t in doc.tokens if t.text == "و3")
    assert [s.text for s in w3.segments] == ["و", "3"]


def test_norm(nlp):
    doc = nlp("أعلنَت الشركةُ ٢٠٢٣")
    assert [t.norm for t in doc.tokens] == ["اعلنت", "الشركه", "2023"]


# --- clitic segments ---------------------------------------------------------------------------

@pytest.mark.parametrize("word, expected", [
    ("وللفيفا", ["و", "ل", "لفيفا"]),
    ("وبإنستغرام", ["و", "ب", "إنستغرام"]),
    ("لتويتر", ["ل", "تويتر"]),
    ("ولتويتر", ["و", "ل", "تويتر"]),
    ("سيقولون", ["س", "يقولون"]),
    ("كتابهم", ["كتاب", "هم"]),
    ("لندن", ["لندن"]),
    ("بلاتر", ["بلاتر"]),
    ("تويتر", ["تويتر"]),
    ("للسلطة", ["ل", "لسلطة"]),
    ("بالنسبة", ["ب", "النسبة"]),
    ("وأعلنت", ["و", "أعلنت"]),
    ("ذلك", ["ذلك"]),
    ("واتساب", ["واتساب"]),
    ("بيوتيوب", ["ب", "يوتيوب"]),
    ("بأنه", ["ب", "أن", "ه"]),
    # one letter after a proclitic is a stem only as a pronoun (به، بك), never in بن، لن
    ("بن", ["بن"]),
    ("وبن", ["و", "بن"]),
    ("به", ["ب", "ه"]),
    # given names of the name lists stay whole (not ل + يلى، ك + مال، و + نستون) ...
    ("ليلى", ["ليلى"]),
    ("كمال", ["كمال"]),
    ("ونستون", ["ونستون"]),
    # ... as written and only when rare in the vocabulary: بأن is no بان, باسم is mostly "in the name of"
    ("بأن", ["ب", "أن"]),
    ("باسم", ["ب", "اسم"]),
])
def test_segment_word(word, expected):
    assert segment_word(word) == expected


def test_segments_in_context_have_exact_offsets(nlp):
    text = "وقال بلاتر في لندن إن الاتحاد سيقولون كلمتهم وللفيفا وبإنستغرام ولِتويتر حساباتهم."
    doc = nlp(text)
    assert pieces(nlp, text, "وللفيفا") == ["و", "ل", "لفيفا"]
    assert pieces(nlp, text, "ولِتويتر") == ["و", "لِ", "تويتر"]
    assert pieces(nlp, text, "بلاتر") == [] and pieces(nlp, text, "لندن") == []
    for tok in doc.tokens:
        assert text[tok.start:tok.end] == tok.text
        if tok.segments:
            assert tok.segments[0].start == tok.start and tok.segments[-1].end == tok.end
            for a, b in zip(tok.segments, tok.segments[1:]):
                assert a.end == b.start
            for s in tok.segments:
                assert text[s.start:s.end] == s.text and s.text


def test_diacritics_stay_with_their_letter(nlp):
    text = "وَلِلْفِيفَا"
    assert pieces(nlp, text, text) == ["وَ", "لِ", "لْفِيفَا"]


def test_format_segmented(nlp):
    doc = nlp("قال بلاتر إن كتابهم وصل ولتويتر. وسيقولون كلمتهم!")
    assert format_segmented(doc) == "قال بلاتر إن كتاب +هم وصل و+ ل+ تويتر .\nو+ س+ يقولون كلمت +هم !\n"


@pytest.mark.parametrize("text", [
    "", " ", "\n\n", ".", "...", "؟؟", "ـ", "\u200f\u200e", "د.", "1.", "«", '"', "ق.م.",
    "a.b.c", "😀" * 5, "\x00\x01", "ﻻ ﷲ ﷺ", "وَ", "و" * 300, "http://", "@", "#", "و3.",
    "عنوان\n\n\nنص بلا نهاية", "\ud800" if False else "\U0010ffff", "٫٫٫", "..\n..", "•\n•",
])
def test_never_crashes_and_offsets_are_exact(text):
    doc = arnews.extract(text)
    for rec in list(doc.sentences) + list(doc.tokens):
        assert text[rec.start:rec.end] == rec.text
    for tok in doc.tokens:
        for s in tok.segments:
            assert tok.start <= s.start < s.end <= tok.end and text[s.start:s.end] == s.text
    format_segmented(doc)


def test_segmenter_scores_the_same_features_training_writes():
    """The model file stores feature strings; the segmenter looks features up as tuples."""
    from arnews.segment.clitics import candidates, feature_key, feature_string, get_segmenter, skeleton

    feats = get_segmenter().features
    for word in ("ولتويتر", "بمسيرته", "وسيكتبونها", "للسلطة", "فبالمدرسة", "كتابهما"):
        skel = skeleton(word)[0]
        for p, stem, x in candidates(skel):
            keys = feats.keys(skel, p, stem, x)
            strings = feats(skel, p, stem, x)
            assert strings == [feature_string(k) for k in keys]
            assert [feature_key(s) for s in strings] == keys
            assert any(s.startswith("px=" + p + "|" + x) for s in strings)


def test_segmenter_scores_are_the_plain_feature_sums():
    """The scorer sums cached groups of weights; the reference sums every feature of Features.keys."""
    from arnews.segment.clitics import Segmenter, candidates, skeleton

    seg = Segmenter.load()  # a fresh one: its group caches fill here
    w = seg.weights.get
    words = ("ولتويتر", "بمسيرته", "وسيكتبونها", "للسلطة", "فبالمدرسة", "كتابهما", "وبإنستغرام", "لندن", "بلاتر",
             "فسيكفيكهم", "وللفيفا", "كتبه", "بيته", "أعطاه", "ولكن", "كما", "وكالة", "سيارتها", "بالي", "وبيته")
    for word in words * 2:  # twice: the second time from the caches
        skel = skeleton(word)[0]
        cands = candidates(skel)
        plain = [sum(w(k, 0.0) for k in seg.features.keys(skel, *c)) for c in cands]
        assert seg.scores(cands, skel) == pytest.approx(plain, abs=1e-9), word


def test_no_token_runs_over_a_c0_separator():
    """U+001C-U+001F end lines for Python (str.splitlines): a token never crosses them."""
    text = "http://x.com/a?b=1\x1eالخبر وتويتر\x1cقال"
    assert [(text[s:e], k) for s, e, k in tokenize(text)] == [
        ("http://x.com/a?b=1", "url"), ("الخبر", "arabic"), ("وتويتر", "arabic"), ("قال", "arabic")]


def test_known_word_is_no_clitic_plus_short_name():
    seg = get_segmenter()
    # كابل (Kabul, a cable) is a word of its own, not ك + ابل (Apple); a name glued to clitics is cut
    assert seg.cuts("كابل") == ()
    assert seg.cuts("وكابل") == (1,)
    assert seg.cuts("لتويتر") == (1,)
    assert seg.cuts("بدبي") == (1,)


@pytest.mark.parametrize("word, expected", [
    # stems attested in general Arabic text though rare in the news corpus: cut (the model's
    # general-frequency features) ...
    ("بموجب", ["ب", "موجب"]),
    ("ولمدة", ["و", "ل", "مدة"]),
    ("وبذلك", ["و", "ب", "ذلك"]),
    ("استغرابه", ["استغراب", "ه"]),
    ("ضيوفهم", ["ضيوف", "هم"]),
    ("ولولي", ["و", "ل", "ولي"]),
    # ... and whole words that only looked like clitic + stem: left whole
    ("بهجة", ["بهجة"]),
    ("كسر", ["كسر"]),
    ("والترفيه", ["و", "الترفيه"]),
])
def test_general_vocabulary_decides_unseen_stems(word, expected):
    assert segment_word(word) == expected
