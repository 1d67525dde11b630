"""Numbers, fifth round: names with a number, Hijri/Gregorian year pairs, hours with no part of day,
adjectives before a definite number, and verbs or idioms read as numbers (both readings each)."""
import datetime as dt

from tests.test_numbers import q_of, qs, t_of


def _values(d):
    return [q.value for q in d.quantities]


def test_bare_number_after_a_name_word_is_no_quantity():
    d = qs("وانطلقت محادثات جنيف 2 بمشاركة الوفود، وتقلع الرحلات من المبنى 3 في مطار دبي.")
    assert _values(d) == []
    d = qs("وقال وزراء مجموعة 20 إن الاقتصاد يتعافى، وعزاء الفقيدة في إسكان الأمير فواز المجموعة 11.")
    assert _values(d) == []
    d = qs("وهبطت طائرة إيه 380 في المطار.")
    assert _values(d) == []


def test_count_after_a_name_word_stays():
    d = qs("وقضى الوفد في جنيف 3 أيام من المحادثات، وحددت البلدية في كل مبنى 5 شقق.")
    assert q_of(d, "3 أيام").value == 3
    assert q_of(d, "5 شقق").counted.text == "شقق"


def test_its_total_is_no_name_word():
    # مجموعه 'its total' is spelt with ه, not the ة of مجموعة
    d = qs("وبلغ مجموعه 100 في نهاية الموسم.")
    assert q_of(d, "100").value == 100


def test_hijri_year_with_its_gregorian_year():
    d = qs("ولد الملك عبدالعزيز بمدينة الرياض عام 1293 / 1876 ونشأ في كنف والده.")
    h, g = t_of(d, "عام 1293"), t_of(d, "1876")
    assert (h.value, h.calendar) == ("1293", "hijri")
    assert (g.kind, g.value, g.calendar) == ("date", "1876", "gregorian")
    assert _values(d) == []
    d = qs("ثم عين وزيرا للداخلية في عام 1382-1962، وبدأ الصندوق نشاطه من عام 1391 الموافق 1971.")
    assert t_of(d, "عام 1382").calendar == "hijri" and t_of(d, "1962").calendar == "gregorian"
    assert t_of(d, "عام 1391").calendar == "hijri" and t_of(d, "1971").calendar == "gregorian"


def test_years_that_are_no_pair_keep_their_calendar():
    # Copernicus: two Gregorian years, not the same year in two calendars
    d = qs("ولد كوبرنيك في عام 1473 وتوفي في عام 1543.")
    assert t_of(d, "عام 1473").calendar == "gregorian"
    d = qs("وصدر القرار في 1436هـ / 2015م بعد مداولات.")
    assert t_of(d, "1436هـ").calendar == "hijri" and t_of(d, "2015م").calendar == "gregorian"


def test_first_hour_of_a_range_without_part_of_day():
    d = qs("وكانت الدراسة مسائية تبدأ من الخامسة إلى السابعة والنصف في المعهد.")
    assert t_of(d, "الخامسة").value == "T05:00"
    assert t_of(d, "السابعة والنصف").value == "T07:30"
    assert not [q for q in d.quantities if q.text == "الخامسة"]


def test_later_first_hour_stays_an_ordinal():
    d = qs("وتقام الدروس من التاسعة إلى السابعة والنصف في المسجد.")
    assert q_of(d, "التاسعة").kind == "ordinal"
    d = qs("وحل الفريق من الخامسة إلى السابعة في الترتيب.")
    assert q_of(d, "الخامسة").kind == "ordinal" and q_of(d, "السابعة").kind == "ordinal"


def test_definite_number_counts_the_noun_before_its_adjective():
    d = qs("وتوصلت إيران والقوى العالمية الست إلى اتفاق، وتحدث عن المشكلات المتشعبة الثلاث.")
    q = q_of(d, "القوى العالمية الست")
    assert q.value == 6 and q.counted.text == "القوى"
    assert q_of(d, "المشكلات المتشعبة الثلاث").counted.text == "المشكلات"
    d = qs("بالنسبة للمصارف الأوروبية التسعة، كان متوسط العائد منخفضا.")
    assert q_of(d, "للمصارف الأوروبية التسعة").value == 9


def test_plural_or_one_before_a_definite_number_is_its_noun():
    # الأندية is a broken plural on أفعلة, no nisba; الواحدة counts the singular before it
    d = qs("وأبدت الأندية الثلاثة اهتماما كبيرا، وبلغ سعر التذكرة الواحدة 9 يوروهات.")
    assert q_of(d, "الأندية الثلاثة").counted.text == "الأندية"
    assert q_of(d, "التذكرة الواحدة").value == 1


def test_verb_with_object_pronoun_is_no_counted_noun():
    d = qs("حتى إذا وصلت الأحداث إلى الحلقة 27 تطالعنا بسلطان تاجر سلاح، والمحاكم الجزئية بواقع 169 تليها عسير.")
    assert q_of(d, "27").counted is None and q_of(d, "169").counted is None
    d = qs("ونفذ الفريق 12 تمرينا في المعسكر، وأصدرت الوزارة 15 توجيها للمدارس.")
    assert q_of(d, "12 تمرينا").counted.text == "تمرينا"
    assert q_of(d, "15 توجيها").counted.text == "توجيها"


def test_holds_is_no_nine():
    d = qs("وتناول الضيوف وجباتهم في القاعة الكبرى التي كانت تسع 600 شخص.")
    assert _values(d) == [600]
    d = qs("وأمضى تسع سنوات في السجن.")
    assert q_of(d, "تسع سنوات").value == 9


def test_emphasis_and_idioms_are_no_numbers():
    d = qs("فهل سيوقفون العمل؟ لا وألف لا، والجهتان مسؤولتان في آن واحد.")
    assert _values(d) == []
    d = qs("وفاز الفريق بتسع مباريات وألف هدف، وبقي مقعد واحد.")
    assert q_of(d, "ألف هدف").value == 1000 and q_of(d, "مقعد واحد").value == 1


def test_adverbs_and_reflexives_are_no_counted_nouns():
    d = qs("وجاءت المملكة في المرتبة 107 عالمياً، ووصل عدد الجرحى إلى 200 حاليا، وسلم (5) أنفسهم للأجهزة الأمنية.")
    assert q_of(d, "107").counted is None and q_of(d, "200").counted is None
    assert q_of(d, "5").counted is None
    d = qs("وأعلنت الوزارة أسماء 83 سعوديًا من المطلوبين.")
    assert q_of(d, "83 سعوديًا").counted.text == "سعوديًا"


def test_bracketed_digits_after_the_article_count_no_verb():
    d = qs("أما القائمة الـ(26) فسبق أن سلم اثنان أنفسهما، وبقي على قائمة الـ(26) مطلوبًا 18 شخصا.")
    assert q_of(d, "26").counted is None
    assert q_of(d, "(26) مطلوبًا").counted.text == "مطلوبًا"


def test_prepositions_and_pronouns_end_the_count():
    d = qs("ليغلق المؤشر عند مستوى 4082.05 وسط تراجع القطاعات، وجرح ما لا يقل عن 50 جراء سقوط صاروخ.")
    assert q_of(d, "4082.05").counted is None
    assert q_of(d, "ما لا يقل عن 50").counted is None
    d = qs("وتأهل الفريق إلى دور الثمانية أمام لخويا، بعد الاتفاق بين إيران والدول الست حول البرنامج.")
    assert q_of(d, "الثمانية").counted is None and q_of(d, "الست").counted is None
    d = qs("ونال الفريق 12 لقبا أمام جماهيره.")
    assert q_of(d, "12 لقبا").counted.text == "لقبا"


def test_hijri_month_with_a_relative_word_takes_the_hijri_year():
    # 2015-07-21 is 5 Shawwal 1436
    ref = dt.date(2015, 7, 21)
    d = qs("وتراجعت المبيعات في شهر رمضان الماضي، ويعود المهرجان في رمضان المقبل حتى 30 شوال الجاري.",
           reference_date=ref)
    assert (t_of(d, "شهر رمضان الماضي").value, t_of(d, "شهر رمضان الماضي").calendar) == ("1436-09", "hijri")
    assert t_of(d, "رمضان المقبل").value == "1437-09"
    assert t_of(d, "30 شوال الجاري").value == "1436-10-30"
    d = qs("وكان ذلك في رمضان العام الماضي، وفي مارس المقبل.", reference_date=ref)
    assert t_of(d, "رمضان العام الماضي").value == "1435-09"  # was the Gregorian year, 2014-09
    assert t_of(d, "مارس المقبل").value == "2016-03"


def test_hijri_month_without_reference_date_stays_without_year():
    d = qs("وتراجعت المبيعات في شهر رمضان الماضي.")
    assert t_of(d, "شهر رمضان الماضي").value == "XXXX-09"
