"""Gazetteer coverage of events, tournaments, awards and works (works_events.tsv): new entries in real
news sentences with their ids, and the two readings of the ambiguous names (a word or a place vs. the
event or work), decided by the cue rules of context.json."""
import pytest

from tests.spans import gazetteer_mentions as ents


def events(text):
    return [x for x in ents(text) if x[2] in ("EVENT", "WORK")]


# --- new entries in real sentences ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وكانت السعودية بدأت في أعقاب الحرب العالمية الثانية، استخدام الطائرات في نقل البريد.",
     ("الحرب العالمية الثانية", "world-war-ii", "EVENT")),
    ("ثم ما أن بدأت عملية «عاصفة الحزم» في اليمن ضد التمرد الحوثي تغيرت لغة الإعلام.",
     ("عاصفة الحزم", "operation-decisive-storm", "EVENT")),
    ("أعلنت القوات المسلحة استشهاد أحد جنودها أثناء تأديته الواجب ضمن القوات المشاركة في عملية «إعادة الأمل».",
     ("إعادة الأمل", "operation-restoring-hope", "EVENT")),
    ("وتعيش مصر اضطرابات أمنية وسياسية كبيرة منذ ثورة 25 يناير التي أطاحت بالرئيس الأسبق حسني مبارك.",
     ("ثورة 25 يناير", "january-25-revolution", "EVENT")),
    ("بعد أحداث 11 سبتمبر أمسك بكامل ملفات العلاقة بين البلدين.",
     ("أحداث 11 سبتمبر", "september-11-attacks", "EVENT")),
    ("وقد أدى الغزو الأميركي للعراق وسقوط نظام صدام حسين إلى زعزعة المنطقة.",
     ("الغزو الأميركي للعراق", "iraq-war", "EVENT")),
    ("أدت اتفاقية سايكس - بيكو قبل مائة عام إلى تقسيم المنطقة بين فرنسا وبريطانيا.",
     ("اتفاقية سايكس - بيكو", "sykes-picot", "EVENT")),
    ("وجدد الوزير التمسك باتفاق الطائف وعدم التعطيل.", ("اتفاق الطائف", "taif-agreement", "EVENT")),
    ("ويستضيف ملعب لوفتس رود بلندن مباراة كأس السوبر السعودي بين فريقي النصر والهلال.",
     ("كأس السوبر السعودي", "saudi-super-cup", "EVENT")),
    ("وأصبح الفريق من أبطال دوري عبداللطيف جميل موسمين متتاليين.",
     ("دوري عبداللطيف جميل", "saudi-pro-league", "EVENT")),
    ("وتجاوز عدد مشاهدي نهائي كأس العالم للسيدات أولئك الذين يتابعون نهائي الدوري الأميركي.",
     ("كأس العالم للسيدات", "womens-world-cup", "EVENT")),
    ("وتذيل الفريق مجموعته في دوري أبطال آسيا بعدما حقق انتصارا وحيدا.",
     ("دوري أبطال آسيا", "afc-champions-league", "EVENT")),
    ("ويرغب المدرب في التتويج بلقب كأس العالم للأندية في اليابان.",
     ("كأس العالم للأندية", "club-world-cup", "EVENT")),
    ("وأعلن الأمير خالد الفيصل الفائزين بجوائز سوق عكاظ في نسخته التاسعة.",
     ("سوق عكاظ", "souq-okaz", "EVENT")),
    ("وحاز على جائزة الكرة الذهبية عام 2005.", ("الكرة الذهبية", "ballon-dor", "EVENT")),
    ("ورعى خادم الحرمين الشريفين حفل جائزة الملك فيصل العالمية في دورتها الجديدة.",
     ("جائزة الملك فيصل العالمية", "king-faisal-prize", "EVENT")),
    ("الممثل إدي ردماين الحائز على جائزة الأوسكار سيؤدي الدور الرئيسي.",
     ("الأوسكار", "academy-awards", "EVENT")),
    ("ويقام معرض الرياض الدولي للكتاب في مارس من كل عام.",
     ("معرض الرياض الدولي للكتاب", "riyadh-book-fair", "EVENT")),
    ("وتأجلت الدراسة إلى ما بعد موسم الحج.", ("موسم الحج", "hajj-season", "EVENT")),
    ("ذلك الصراع على البقاء أقرب لرواية أولاد حارتنا لنجيب محفوظ.",
     ("أولاد حارتنا", "children-of-gebelawi", "WORK")),
    ("وكأنهم يحكون لك قصة من قصص ألف ليلة وليلة.",
     ("ألف ليلة وليلة", "one-thousand-and-one-nights", "WORK")),
])
def test_new_events_and_works_in_news_sentences(text, expected):
    assert expected in ents(text)


def test_longest_name_wins_over_the_generic_cup():
    # كأس العالم (the FIFA World Cup) stays for the bare name; the longer names get their own ids
    assert events("وتأهل الفريق إلى كأس العالم للشباب بعد فوزه في كأس العالم.") == [
        ("كأس العالم للشباب", "fifa-u20-world-cup", "EVENT"), ("كأس العالم", "world-cup", "EVENT")]
    # a competition named after a body stays one name (no separate ORG inside it)
    assert ents("وتوج الفريق بلقب كأس السوبر الإسباني.") == [
        ("كأس السوبر الإسباني", "supercopa-de-espana", "EVENT")]


# --- ambiguous names, both readings ----------------------------------------------------------------

def test_bare_super_is_the_super_cup_and_its_nisba_names_which():
    """A bare السوبر in sports news is the Super Cup, an EVENT like كأس السوبر (no id: which one is not
    said); with a country's adjective it is that cup (السوبر الأوروبي، كأس سوبر إسبانيا), with another
    adjective the span takes it (السوبر اللندني)."""
    assert events("ويصطدم النصر مع الهلال في مباراة السوبر على ملعب لوفتس رود.") == [
        ("السوبر", None, "EVENT")]
    assert events("ويبدأ الصراع أمام اشبيلية في السوبر الأوروبي ثم في كأس سوبر إسبانيا أمام بيلباو.") == [
        ("السوبر الأوروبي", "uefa-super-cup", "EVENT"), ("كأس سوبر إسبانيا", "supercopa-de-espana", "EVENT")]
    assert events("وانطلقت كأس السوبر السعودية في 2013 وأحرز الفتح اللقب الأول.") == [
        ("كأس السوبر السعودية", "saudi-super-cup", "EVENT")]
    assert events("عبدالغني: السوبر اللندني «مغامرة» أتمنى نجاحها.") == [("السوبر اللندني", None, "EVENT")]
    # the first half of a common noun, or an adjective after a noun: no cup
    assert events("فكنت إذا ذهبت مع أولادي إلى السوبر ماركت أحاول التخفي.") == []
    assert events("وتعرض القلعة هذا الصيف مجموعة من السيارات السوبر التي وافق أصحابها على عرضها.") == []


def test_cannes_festival_vs_the_verb_kana():
    assert events("وفاز الفيلم بالسعفة الذهبية في مهرجان كان السينمائي هذا العام.") == [
        ("السعفة الذهبية", "palme-dor", "EVENT"), ("مهرجان كان السينمائي", "cannes-film-festival", "EVENT")]
    assert events("وتم تقديم الفيلم في مهرجان كان العام الماضي.") == [
        ("مهرجان كان", "cannes-film-festival", "EVENT")]
    # مهرجان + the verb كان "was": no cinema word around
    assert events("وقال المحافظ إن أول مهرجان كان يقام في المدينة لقي إقبالا كبيرا.") == []


def test_wimbledon_tournament_vs_district():
    assert events("وخرج اللاعب من الدور الثاني لبطولة ويمبلدون أمام الألماني داستن براون.") == [
        ("ويمبلدون", "wimbledon-championships", "EVENT")]
    assert events("ويسكن اللاعب في حي ويمبلدون جنوب غرب لندن.") == []


def test_grammy_award_vs_word_of_love():
    assert events("وحصدت المغنية جائزة غرامي للمرة الثالثة.") == [("غرامي", "grammy-awards", "EVENT")]
    assert events("تخلف عن وداعي لارتباطه بموعد غرامي في المساء.") == []


def test_nakba_event_vs_common_word():
    assert events("وأحيا الفلسطينيون ذكرى النكبة في رام الله.") == [("النكبة", "nakba", "EVENT")]
    assert events("وكانت النكبة التي حلت بالفريق بعد خسارته الأخيرة كبيرة.") == []


def test_restoring_hope_operation_vs_phrase():
    assert ("إعادة الأمل", "operation-restoring-hope", "EVENT") in ents(
        "ضمن القوات المشاركة في عملية إعادة الأمل للتحالف العربي.")
    assert events("وأشاد بجهود خادم الحرمين الشريفين في إعادة الأمل لليمن.") == []


def test_mahfouz_trilogy_vs_trilateral():
    assert events("وكتب نجيب محفوظ الثلاثية: بين القصرين وقصر الشوق والسكرية.") == [
        ("الثلاثية", "cairo-trilogy", "WORK"), ("بين القصرين", "palace-walk", "WORK"),
        ("قصر الشوق", "palace-of-desire", "WORK"), ("السكرية", "sugar-street", "WORK")]
    assert events("وأعلنت بروكسل فشل جولة المفاوضات الثلاثية بين روسيا وأوكرانيا.") == []


def test_nobel_prize_vs_akzonobel():
    assert events("وقال بول كروغمان الحائز جائزة نوبل للاقتصاد إن الخطة ستفشل.") == [
        ("نوبل", "nobel-prize", "EVENT")]
    assert events("وارتفع سهم أكزو نوبل 1.4 بالمئة بعدما رفعت الشركة توقعاتها.") == []


def test_islamic_revolution_vs_the_irgc():
    assert events("وهي أكبر خطوة نحو التقارب بين إيران والغرب منذ الثورة الإسلامية عام 1979.") == [
        ("الثورة الإسلامية", "iranian-revolution", "EVENT")]
    assert events("وقال قائد حرس الثورة الإسلامية إن الاتفاق لن يمر.") == []


def test_quran_is_a_work_with_its_epithet():
    """The news guide's WORK covers titles of books: the Quran is one, with الكريم when it follows
    (the tagger's MISC القرآن alone would miss a gold القرآن الكريم: overlap 6/13)."""
    import arnews
    doc = arnews.extract("وبدئ الحفل بتلاوة القرآن الكريم، ثم ألقى المحافظ كلمة.")
    assert [(e.text, e.label, e.id) for e in doc.entities if e.id == "quran"] == [
        ("القرآن الكريم", "WORK", "quran")]
    doc = arnews.extract("وقال إن هذه الصفحات من أقدم نسخ القرآن في العالم.")
    assert [(e.text, e.label) for e in doc.entities if e.id == "quran"] == [("القرآن", "WORK")]
    assert events("ونقل عن القارئ قراءته المتأنية للمقالة.") == []


def test_quran_vs_marriage_contract():
    """القران after عقد is the marriage contract (القِران), even where the tagger marks it."""
    import arnews
    for text in ("وبعد عقد القران سافرت مع زوجها إلى باريس.", "اتفقنا على أن نعقد القران ونختصر الطريق."):
        assert [e for e in arnews.extract(text).entities if e.id == "quran" or e.text == "القران"] == []
    assert [e.id for e in arnews.extract("وحفظ بعضا من سور القران ثم قرأه كاملا.").entities] == ["quran"]
