"""Gazetteer coverage: international missions and agencies, companies, banks, brands, media, sports bodies
(the entries added to organizations/companies/brands/media/telecoms/airlines/platforms.tsv), and the
two readings of the ambiguous names (the common word vs. the organization)."""
import pytest

from tests.spans import gazetteer_mentions as ents
from arnews.entities.gazetteer import get_gazetteer


def ids(text):
    return [i for _, i, _ in ents(text)]


# --- new entries in real sentences ---------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("قتل ثلاثة مدنيين بصاروخ أطلقته قوة إيساف التابعة لحلف شمال الأطلسي في ولاية هلمند.",
     ("إيساف", "isaf", "ORG")),
    ("وطالب المتحدث باسم اليونيفيل الطرفين بضبط النفس على طول الخط الأزرق.",
     ("اليونيفيل", "unifil", "ORG")),
    ("وأعلنت المنظمة الدولية للهجرة أن عدد النازحين تجاوز ثلاثة ملايين.",
     ("المنظمة الدولية للهجرة", "iom", "ORG")),
    ("وصلت الدفعة الثالثة من المساعدات المقدمة من مركز الملك سلمان للإغاثة والأعمال الإنسانية إلى عدن.",
     ("مركز الملك سلمان للإغاثة والأعمال الإنسانية", "ksrelief", "ORG")),
    ("وقالت منظمة الأمن والتعاون في أوروبا إن الطرفين خرقا وقف إطلاق النار.",
     ("منظمة الأمن والتعاون في أوروبا", "osce", "ORG")),
    ("وأقر رئيس اتحاد الكونكاكاف السابق بتلقي رشى.", ("الكونكاكاف", "concacaf", "ORG")),
    ("هبطت أرباح هاليبرتون 93 في المائة مع تراجع أنشطة الحفر.", ("هاليبرتون", "halliburton", "ORG")),
    ("قررت بوغاتي وقف إنتاج طراز فيرون بعد عشر سنوات.", ("بوغاتي", "bugatti", "BRAND")),
    ("وتعرض أوربت البرنامج يومياً في الثامنة مساءً.", ("أوربت", "orbit", "MEDIA")),
    ("ونقلت وكالة تسنيم للأنباء عن قائد الحرس الثوري قوله إن الاتفاق لن يمر.",
     ("وكالة تسنيم للأنباء", "tasnim", "MEDIA")),
    ("وأعلنت هيئة تحرير الشام سيطرتها على المعبر.", ("هيئة تحرير الشام", "hts", "ORG")),
    ("وارتفع سهم مصرف الريان 0.5 في المائة في بورصة قطر.", ("مصرف الريان", "masraf-al-rayan", "ORG")),
])
def test_new_entries_in_sentences(text, expected):
    assert expected in ents(text)


def test_longest_name_wins_between_new_banks():
    # بنك الخليج (Kuwait) and بنك الخليج الأول (Abu Dhabi) are different banks
    assert ids("وارتفع سهم بنك الخليج الأول 0.3 في المائة.") == ["first-gulf-bank"]
    assert ids("أعلن بنك الخليج الكويتي نتائجه الفصلية.")[:1] == ["gulf-bank"]


def test_a_nisba_joins_a_consultancy_name():
    # as with وزارة الخارجية السعودية, the country inside the name stays a place of its own
    assert ents("وأكدت شركة «كي بي إم جي السعودية» في تقريرها أن المعروض محدود.") == [
        ("كي بي إم جي السعودية", "kpmg", "ORG"), ("السعودية", "saudi-arabia", "LOC")]


# --- ambiguous names: the organization with a cue, the common word without ------------------------

def test_nissan_the_carmaker_and_the_month():
    assert ("نيسان", "nissan", "BRAND") in ents("وأعلنت شركة نيسان عن طراز جديد من سيارات الدفع الرباعي.")
    assert "nissan" not in ids("وقعت الحادثة في نيسان (أبريل) الماضي.")


def test_al_rai_the_newspaper_and_public_opinion():
    assert ("الرأي", "al-rai", "MEDIA") in ents("وقال مصدر مطلع لـ«الرأي» إن الاجتماع تأجل.")
    assert ("الرأي", "al-rai", "MEDIA") in ents("ونشرت صحيفة الرأي تقريراً عن الانتخابات.")
    assert "al-rai" not in ids("وأثار القرار جدلاً واسعاً في الرأي العام.")


def test_al_mehwar_the_channel_and_the_axis():
    assert ("المحور", "al-mehwar", "MEDIA") in ents("ويذاع البرنامج على قناة المحور كل خميس.")
    assert "al-mehwar" not in ids("وتحدث عن دور المحور الإيراني في المنطقة.")


def test_fiat_the_carmaker_and_categories():
    assert ("فيات", "fiat", "BRAND") in ents("وكانت البداية مع شركة «فيات» وسيارتها الاقتصادية.")
    assert ("فيات كرايسلر", "fiat", "BRAND") in ents("وتلتها مجموعة فيات كرايسلر بحصة 6.5 في المائة.")
    # فئات (categories) and وفيات (deaths) normalize to the same letters
    assert "fiat" not in ids("وتهدف البرامج إلى توعية جميع فئات المجتمع بشركات السيارات.")
    assert "fiat" not in ids("في ظل ارتفاع نسب وفيات الحوادث.")


def test_chery_the_carmaker_and_the_name():
    assert ("شيري", "chery", "BRAND") in ents("وطرحت شركة شيري الصينية طرازاً جديداً.")
    assert ("شيري", "chery", "BRAND") in ents("وارتفعت مبيعات سيارات شيري في السوق السعودية.")
    assert "chery" not in ids("وقالت شيري في مقابلة تلفزيونية إنها ستعود قريباً.")


def test_dior_the_house_and_the_designer():
    assert ("ديور", "dior", "BRAND") in ents("ظهرت في فستان من توقيع «ديور» مع حذاء ذهبي.")
    assert "dior" not in ids("أن تضع نفسها مكان السيد كريستيان ديور وهو يرسم فساتينه.")


def test_media_names_that_are_common_words_need_a_cue():
    assert ("الدستور", "ad-dustour", "MEDIA") in ents("ونقلت صحيفة الدستور عن مصدر حكومي أن القرار نهائي.")
    assert "ad-dustour" not in ids("وصوت البرلمان على تعديل الدستور.")
    assert ("الشرقية", "al-sharqiya", "MEDIA") in ents("وكان مديراً لقناة الشرقية الفضائية.")
    assert "al-sharqiya" not in ids("وهطلت أمطار غزيرة على المنطقة الشرقية.")


# --- data -------------------------------------------------------------------------------------------

def test_ambiguous_new_aliases_have_rules():
    g = get_gazetteer()
    by_id = {e.id: e for e in g.entries if e.id}
    for i in ("chery", "fiat", "al-mehwar", "al-sharqiya", "ad-dustour", "dior", "tasnim"):
        e = by_id[i]
        assert e.cue, i
        assert any(a.startswith("?") for a in e.arabic), i


def test_every_shipped_id_is_defined_once():
    """A second row with the same id silently replaces the first (a user's file may override the
    shipped one, the shipped files may not): its aliases and context rules would be lost."""
    from collections import Counter
    from arnews.entities.gazetteer import read_file, shipped_files
    ids = Counter(e.id for f in shipped_files() for e in read_file(f) if e.id)
    assert [i for i, n in ids.items() if n > 1] == []
    assert ids["farasan"] == ids["saudi-credit-bank"] == 1
