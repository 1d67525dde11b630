"""Gazetteer entries for what Saudi news of 2015 names often (media cited, Saudi bodies, funds, universities,
clubs, companies), checked in the sentences such news writes, and the common-word reading where an alias
is also a word."""
import pytest

from tests.spans import gazetteer_mentions as ents


def ids(text):
    return [i for _, i, _ in ents(text)]


# --- media: agencies, papers and channels cited as sources ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وذكرت وكالة يونهاب الكورية الجنوبية للأنباء أن عدد الإصابات ارتفع.", ("وكالة يونهاب", "yonhap", "MEDIA")),
    ("ونقلت وكالة الأنباء الإماراتية عن المسؤول قوله إن القانون يحظر ذلك.",
     ("وكالة الأنباء الإماراتية", "wam", "MEDIA")),
    ("وقالت وكالة أنباء الصين الجديدة (شينخوا) إن القرار اتخذ أمس.",
     ("وكالة أنباء الصين الجديدة", "xinhua", "MEDIA")),
    ("وانتقد قصر باكنغهام صحيفة «ذا صن» لنشرها الصور.", ("ذا صن", "the-sun", "MEDIA")),
    ("وقال اللاعب في حديث لصحيفة «صنداي تايمز» البريطانية إن الأجواء تغيرت.",
     ("صنداي تايمز", "sunday-times", "MEDIA")),
    ("بحسب صحيفة دايلي ميل البريطانية فإن المكنسة مصنوعة من الذهب.", ("دايلي ميل", "daily-mail", "MEDIA")),
    ("حسبما ذكرت صحيفة «هندوستان تايمز» فإن المرأة لم تقدم شكوى.",
     ("هندوستان تايمز", "hindustan-times", "MEDIA")),
    ("وأفاد موقع هوليوود ريبورتر أن الملحن توفي في حادث.",
     ("هوليوود ريبورتر", "hollywood-reporter", "MEDIA")),
    ("وقال لقناة «فوكس سبورتس» إنه كان جالسا على اللوح.", ("فوكس سبورتس", "fox-sports", "MEDIA")),
    ("ووفقا لصحيفة «لا غازيتا ديللو سبورت» فإن المدير وصل إلى ميونيخ.",
     ("لا غازيتا ديللو سبورت", "gazzetta", "MEDIA")),
    ("وذكرت وكالة دوجان الإخبارية أن الرجل كان يتشاجر مع آخرين.",
     ("وكالة دوجان الإخبارية", "dha", "MEDIA")),
])
def test_media_cited_as_sources(text, expected):
    assert expected in ents(text)


def test_novaya_gazeta_is_not_the_gazzetta():
    assert ids("وقالت مراسلة «نوفايا غازيتا» إن التفجير وقع فجرا.") == ["novaya-gazeta"]


def test_science_the_journal_and_the_word():
    assert ("ساينس", "science-magazine", "MEDIA") in ents("ونشرت مجلة «ساينس» نتائج الدراسة الأسبوع الماضي.")
    assert "science-magazine" not in ids("وحصل على درجة البكالوريوس ساينس من جامعة لندن.")
