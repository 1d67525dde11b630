"""Numbers in the phrasing of real news, both readings each: a half after a unit said without a number
or after money (طن ونصف); spoken ranges of clock hours (من 4 إلى 11 مساء) and hours with no part of day;
seasons after بين; أولي (initial) as no ordinal; identifier, model and name numbers (القرار 2216،
البوينغ 777، جنيف 2، قوى 14 آذار); Hijri/Gregorian year pairs; duration cues behind و; reversed decimals
marked by an RLM; verbs, adverbs, idioms and adjectives that are no counted nouns (57 وصرع، تسع 600)."""
import datetime as dt

import pytest

from tests.test_numbers import q_of, qs, t_of


# -- ونصف after a unit ------------------------------------------------------------------------------

def test_half_after_a_unit_without_a_number_is_one_and_a_half():
    d = qs("وبلغ الإنتاج طن ونصف من التمور، وبيع الكيلو بريال ونصف فقط، واستغرقت الرحلة يوما ونصف اليوم.")
    t = q_of(d, "طن ونصف")
    assert t.kind == "measure" and t.unit == "t" and t.value == pytest.approx(1.5)
    m = q_of(d, "ريال ونصف")
    assert m.kind == "money" and m.unit == "SAR" and m.value == pytest.approx(1.5)
    assert q_of(d, "يوما ونصف اليوم").value == pytest.approx(1.5)
    assert not [q for q in d.quantities if q.value == 0.5]


def test_the_unit_said_again_after_the_half_belongs_to_the_amount():
    d = qs("قتل 700 شخص خلال شهر ونصف الشهر، وبعد قرن ونصف قرن تحتفل الأوساط الأدبية، "
           "وتوفيت الطفلة ذات العامين ونصف العام.")
    assert q_of(d, "شهر ونصف الشهر").unit == "month"
    c = q_of(d, "قرن ونصف قرن")
    assert c.unit == "century" and c.value == pytest.approx(1.5)
    assert q_of(d, "العامين ونصف العام").value == pytest.approx(2.5)


def test_half_after_money_is_half_the_unit_or_the_scale():
    d = qs("تبرع بمليون ريال ونصف للجمعية، ودفع 10 ريالات ونصف للسائق.")
    assert q_of(d, "مليون ريال ونصف").value == pytest.approx(1_500_000)
    assert q_of(d, "10 ريالات ونصف").value == pytest.approx(10.5)


def test_half_before_a_definite_word_is_half_of_that_word():
    d = qs("تبرع بمليون ريال ونصف المبلغ للجمعية، ومنذ شهر ونصف السكان بلا كهرباء.")
    assert q_of(d, "مليون ريال").value == 1_000_000
    assert not [q for q in d.quantities if q.value in (1_500_000, 1.5)]


# -- spoken ranges of clock hours ------------------------------------------------------------------

def test_second_hour_with_a_part_of_day_makes_both_times():
    d = qs("يفتح المعرض من الساعة 8 صباحا حتى 10 مساء يوميا، ويتجنب الركاب القطارات من 7 إلى 11.30 صباحًا "
           "ومن 4 إلى 11 مساءً.")
    assert t_of(d, "10 مساء").value == "T22:00"
    assert t_of(d, "11.30 صباحًا").value == "T11:30"
    assert t_of(d, "7").value == "T07:00"
    assert t_of(d, "4").value == "T16:00"
    assert t_of(d, "11 مساءً").value == "T23:00"
    assert not [q for q in d.quantities if q.kind == "number"]


def test_first_hour_takes_the_half_of_the_day_of_the_second():
    d = qs("يستقبل الزوار بين الرابعة والسادسة مساء، والفعاليات من الساعة الرابعة وحتى العاشرة مساء، "
           "والمباراة بين 8:30 و8:45 مساء، والمحل مفتوح من 9 حتى 2 ظهرا.")
    assert t_of(d, "الرابعة").value == "T16:00"
    assert t_of(d, "الساعة الرابعة").value == "T16:00"
    assert t_of(d, "8:30").value == "T20:30"
    assert t_of(d, "9").value == "T09:00"
    assert t_of(d, "2 ظهرا").value == "T14:00"


def test_twelve_at_night_is_midnight_and_the_hour_before_it_evening():
    d = qs("نرجع الساعة 11 و12 ليلا، ويغلق المحل الساعة 12 ليلا ويفتح الساعة 12 ظهرا.")
    assert t_of(d, "الساعة 11").value == "T23:00"
    assert t_of(d, "12 ليلا").value == "T00:00"
    assert t_of(d, "الساعة 12 ليلا").value == "T00:00"
    assert t_of(d, "الساعة 12 ظهرا").value == "T12:00"


def test_numbers_before_the_evening_of_a_day_stay_numbers():
    d = qs("ارتفع عدد الضحايا من 4 إلى 11 مساء الأحد، وفاز الفريق بنتيجة 3 إلى 2 مساء أمس.")
    assert {q.value for q in d.quantities if q.kind == "number"} >= {4, 11, 3, 2}
    assert not [t for t in d.temporals if t.kind == "time"]


# -- a season after بين + a year word ---------------------------------------------------------------

def test_seasons_after_between_and_a_year_word_are_two_periods():
    d = qs("انخفض الإنفاق لكل طفل بين عام 2009/ 2010 وعام 2013 / 2014 بنسبة 16 في المائة.")
    assert t_of(d, "عام 2009/ 2010").value == "2009/2010"
    assert t_of(d, "عام 2013 / 2014").value == "2013/2014"
    assert not [q for q in d.quantities if q.unit == "year"]


def test_years_joined_by_wa_after_between_stay_one_period():
    d = qs("عاش في لندن بين عامي 1982 و1990، وتوقفت الحرب بين 2004 و2014.")
    assert t_of(d, "بين عامي 1982 و1990").value == "1982/1990"
    assert t_of(d, "بين 2004 و2014").value == "2004/2014"


# -- أولي 'initial' is no ordinal --------------------------------------------------------------------

def test_awwali_after_a_masculine_noun_is_initial_not_first():
    d = qs("وأثمر الاكتتاب العام الأولي لأسهم الشركات، ويظهر النموذج الأولي للطائرة، "
           "وتقوم المجموعة باكتتاب عام أولي، ولو ردّوه إلى أولي الأمر منهم.")
    assert not [q for q in d.quantities if q.kind == "ordinal"]


def test_awwali_after_a_feminine_noun_is_the_misspelt_first():
    d = qs("وكانت قد أطلقت للمرة الأولي في مايو، ومنذ الساعات الأولي للصباح، وحل الفريق في المركز الأول.")
    assert q_of(d, "الأولي").value == 1
    assert q_of(d, "الساعات الأولي").kind == "ordinal"
    assert q_of(d, "المركز الأول").value == 1


# -- شهر العسل، نصف الكرة -----------------------------------------------------------------------------

def test_honeymoon_and_hemisphere_are_no_amounts():
    d = qs("قضينا بضعة أيام من شهر العسل، وتبلغ الظاهرة ذروتها في نصف الكرة الجنوبي.")
    assert not d.quantities


def test_a_month_and_a_half_of_the_budget_stay_amounts():
    d = qs("عاد منذ شهر إلى بلده، وأنفق نصف الميزانية على الحماية.")
    assert q_of(d, "شهر").unit == "month"
    assert q_of(d, "نصف").value == 0.5


# -- numbers that name a resolution, an article, a flight, a brigade --------------------------------

def test_bare_number_after_an_identifier_head_is_no_quantity():
    d = qs("اعتمد مجلس الأمن القرار 598 ثم القرار (2216) الصادر بشأن اليمن، وفق المادة (126) من اللائحة، "
           "وكانت الطائرة تقوم بالرحلة 111 المتجهة من شنغهاي، وهاجموا مقر اللواء 52 في درعا.")
    assert not d.quantities


def test_a_tv_channels_number_is_no_quantity():
    d = qs("وقال رئيس الوزراء في مقابلة مع القناة 12 الإسرائيلية إن الحكومة ستصمد حتى الانتخابات.")
    assert not d.quantities


def test_a_count_or_an_amount_after_an_identifier_head_stays():
    d = qs("تقدم الأمانة والغرفة 141 فعالية، وبلغ فائض إيرادات الغرفة 29.5 مليون ريال.")
    assert q_of(d, "141 فعالية").value == 141
    assert q_of(d, "29.5 مليون ريال").value == 29_500_000


# -- aircraft and phone models ------------------------------------------------------------------------

def test_model_numbers_after_aircraft_and_phone_names_are_no_quantities():
    d = qs("في ذكرى إسقاط طائرة البوينغ 777 فوق أوكرانيا، وأول طائرة من طراز ايرباص 300 ستقلع غدا، "
           "وكشف أن هاتف آيفون 7 سيتميز بمعالج رباعي النواة.")
    assert [q.text for q in d.quantities] == ["أول طائرة"]


def test_counted_aircraft_stay_counts():
    d = qs("وتملك الشركة 40 طائرة بوينغ و12 طائرة إيرباص.")
    assert q_of(d, "40 طائرة").value == 40
    assert q_of(d, "12 طائرة").value == 12


# -- a duration cue behind و/ف ----------------------------------------------------------------------

def test_a_bare_unit_after_a_cue_behind_wa_is_one_unit():
    d = qs("جدد اللاعب عقده ولمدة عام واحد، وبعد أسبوع من الموعد اختفى ابنه.")
    y = q_of(d, "عام واحد")
    assert y.unit == "year" and y.value == 1
    assert q_of(d, "أسبوع").unit == "week"


def test_a_unit_word_after_a_plain_wa_word_stays_nothing():
    d = qs("وكان شهر رمضان مباركا، وأعلنت الوزارة عام الثقافة.")
    assert not [q for q in d.quantities if q.unit in ("month", "year")]


# -- a right-to-left mark after the dot: the wire's reversed decimal --------------------------------

def test_rlm_after_the_dot_reverses_the_decimal_parts():
    d = qs("وهبطت الإيرادات بنسبة 5.\u200f26 في المائة إلى 92.\u200f5 مليار دولار، "
           "وبلغ سعر الذهب 50.\u200f1104 دولار للأوقية.")
    assert q_of(d, "5.\u200f26 في المائة").value == pytest.approx(26.5)
    assert q_of(d, "92.\u200f5 مليار دولار").value == pytest.approx(5.92e9)
    assert q_of(d, "50.\u200f1104 دولار").value == pytest.approx(1104.5)


def test_a_plain_decimal_and_a_mark_elsewhere_stay():
    d = qs("\u200fوبلغت النسبة 5.7 في المائة \u200fوالسعر 92.5 دولار.")
    assert q_of(d, "5.7 في المائة").value == pytest.approx(5.7)
    assert q_of(d, "92.5 دولار").value == pytest.approx(92.5)


# -- و + a past verb the segmenter keeps whole ------------------------------------------------------

def test_wa_and_three_consonants_after_a_number_is_no_counted_noun():
    d = qs("وأصيب 57 وصرع 3 آخرون في الحادث.")
    assert q_of(d, "57").counted is None


def test_nouns_on_waw_stay_counted():
    d = qs("وصل 5 وفود و100 وزير و3 وحدات.")
    assert q_of(d, "5 وفود").unit == "وفود"
    assert q_of(d, "100 وزير").unit == "وزير"


# -- vague plurals behind a clitic, هناك before واحدة --------------------------------------------------

def test_a_vague_plural_behind_a_clitic_counts_nothing():
    d = qs("وصل الوفد قبل انطلاق العاصفة بساعات، واستمر القتال لسنوات.")
    assert not d.quantities


def test_a_singular_unit_behind_a_clitic_still_counts_one():
    d = qs("وبعد ساعة عاد الوفد.")
    assert q_of(d, "ساعة").unit == "hour"


def test_hunaka_is_no_noun_of_the_one_after_it():
    d = qs("وحسب وزارة العدل، هناك واحدة من بين كل خمس طالبات، وهناك سيارة واحدة فقط.")
    assert q_of(d, "واحدة").counted is None
    assert q_of(d, "سيارة واحدة").unit == "سيارة"


# -- milligrams and kilograms in two words ---------------------------------------------------------

def test_milligrams_and_kilograms_written_apart_are_units():
    d = qs("تزن العبوة 12 ملي جرام، والجرعة 81 ملليجراما، والقطعة 60 كيلو جراما.")
    assert q_of(d, "12 ملي جرام").value == pytest.approx(0.012)
    assert q_of(d, "81 ملليجراما").unit == "g"
    assert q_of(d, "60 كيلو جراما").value == 60_000


def test_a_unit_in_two_words_without_a_number_is_nothing():
    d = qs("قال ملي جرام إن الأمر انتهى.")
    assert not d.quantities


# -- an hour with والنصف, no الساعة; معظمهم after a number ---------------------------------------------

def test_feminine_ordinal_with_a_half_is_a_clock_time():
    d = qs("مواعيد العروض: الثالثة بعد الظهر والرابعة والنصف والسادسة مساء، وتنتهي الدراسة في السابعة والنصف.")
    assert t_of(d, "الرابعة والنصف").value == "T16:30"
    assert t_of(d, "السابعة والنصف").value == "T07:30"
    assert not [q for q in d.quantities if q.kind == "ordinal"]


def test_a_rank_with_wa_stays_an_ordinal():
    d = qs("وحل الفريق في المرتبة الثالثة والأخيرة.")
    assert q_of(d, "المرتبة الثالثة").value == 3


def test_most_of_them_after_a_number_is_no_counted_noun():
    d = qs("يصلي فيه نحو 3 آلاف معظمهم عسكريون، وقبض على 431 أغلبهم من السعوديين.")
    assert q_of(d, "نحو 3 آلاف").counted is None
    assert q_of(d, "431").counted is None


def test_an_hour_with_a_half_alone_stays_what_it_was():
    d = qs("الثانية والنصف")
    assert not d.temporals


# -- a day and a month that name a coalition or a street ---------------------------------------------

def test_day_and_month_after_quwa_or_a_street_are_names():
    d = qs("أما قوى 14 آذار فإن الموقف واضح، وقال عضو الأمانة العامة لقوى 8 آذار إن المركز بشارع 26 يوليو.")
    assert not d.temporals


def test_the_same_date_elsewhere_stays_a_date():
    d = qs("وصلت قوى الأمن في 14 آذار إلى المدينة.")
    assert t_of(d, "14 آذار").value == "XXXX-03-14"


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
    # الأندية is a broken plural on أفعلة, no nisba; واحدة counts the singular before it (the definite
    # سعر التذكرة الواحدة is 'per ticket' and counts nothing: test_the_definite_one_after_its_definite_noun...)
    d = qs("وأبدت الأندية الثلاثة اهتماما كبيرا، وبيعت تذكرة واحدة بـ 9 يوروهات، وبلغ سعر التذكرة الواحدة 9 يوروهات.")
    assert q_of(d, "الأندية الثلاثة").counted.text == "الأندية"
    assert q_of(d, "تذكرة واحدة").counted.text == "تذكرة"
    assert [q.text for q in d.quantities if "الواحدة" in q.text] == []


def test_verb_with_object_pronoun_is_no_counted_noun():
    d = qs("حتى إذا وصلت الأحداث إلى المشهد 27 تطالعنا بسلطان تاجر سلاح، والمحاكم الجزئية بواقع 169 تليها عسير.")
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
    assert not [q for q in d.quantities if q.text.startswith("الثمانية")]  # دور الثمانية: a round's name
    assert q_of(d, "الدول الست").counted.text == "الدول"  # the noun before (behind و), not حول after
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


# -- round six: unit constructs, episodes and issues, هذا العام, full dates paired with a Hijri year -----

def test_plural_time_unit_leading_a_construct_is_what_a_definite_number_measures():
    d = qs("وتقدم الفرق الشعبية عروضها طيلة أيام المهرجان الستة، وخلال سنوات الزواج العشر ساعدها زوجها.")
    m = q_of(d, "أيام المهرجان الستة")
    assert m.kind == "measure" and m.unit == "day" and m.value == 6
    assert q_of(d, "سنوات الزواج العشر").unit == "year"
    # a plural in the genitive is what the number counts: أوقات الصلوات الخمس
    d = qs("وتبقى أبواب المساجد مفتوحة خلال أوقات الصلوات الخمس، ولا يحتاج الزائر إلى تصريح.")
    q = q_of(d, "الصلوات الخمس")
    assert q.kind == "number" and q.counted.text == "الصلوات"


def test_episode_numbers_are_identifiers():
    d = qs("وفي الحلقة 27 تطالعنا الشخصية بوجه جديد، وتعود في الحلقة (28) إلى القرية.")
    assert not [q for q in d.quantities if q.text.strip("()").startswith(("27", "28"))]
    # a count after the episode word stays: الحلقة 3 ضيوف
    d = qs("واستضافت الحلقة 3 ضيوف من الرياض.")
    assert q_of(d, "3 ضيوف").counted.text == "ضيوف"


def test_team_of_14_march_is_a_coalition_not_a_date():
    d = qs("وقال منسق الأمانة العامة لفريق 14 آذار فارس سعيد إن الجلسة تأجلت إلى 14 آذار المقبل.",
           reference_date=dt.date(2015, 7, 21))
    assert [t.text for t in d.temporals if t.kind == "date"] == ["14 آذار المقبل"]


def test_month_with_this_year_takes_the_year_word():
    d = qs("ويعود المهرجان في رمضان هذا العام، وفي يوليو هذه السنة.", reference_date=dt.date(2015, 7, 21))
    assert t_of(d, "رمضان هذا العام").value == "1436-09"
    assert t_of(d, "يوليو هذه السنة").value == "2015-07"
    # لهذا العام keeps its own relative year (the clitic): شهر رمضان لهذا العام
    d = qs("وتراجعت المبيعات خلال شهر رمضان لهذا العام.", reference_date=dt.date(2015, 7, 21))
    assert t_of(d, "هذا العام").value == "2015"


def test_full_date_followed_by_its_hijri_year():
    d = qs("وفي 15 مايو 2015 / 1436 وقع الاتفاق بين الطرفين.")
    assert t_of(d, "15 مايو 2015").value == "2015-05-15"
    h = t_of(d, "1436")
    assert (h.value, h.calendar) == ("1436", "hijri")
    assert not [q for q in d.quantities if q.text.startswith("1436")]
    # a number that is no year of the date stays a count
    d = qs("وفي 15 مايو 2015 / 1500 شخص شاركوا في المسيرة.")
    assert q_of(d, "1500 شخص").counted.text == "شخص"


def test_plural_head_of_a_construct_is_what_a_definite_number_counts():
    d = qs("وتقام الأنشطة عبر مراكز التسوق السبعة، وذكرت وسائل الإعلام الألمانية الثلاث أن شركات الطيران الثلاث تضررت.")
    assert q_of(d, "مراكز التسوق السبعة").counted.text == "مراكز"
    assert q_of(d, "وسائل الإعلام الألمانية الثلاث").counted.text == "وسائل"
    assert q_of(d, "شركات الطيران الثلاث").counted.text == "شركات"
    # a plural genitive is what is counted: أسماء المسلحين، إدارات الأندية، مناقب الخلفاء
    d = qs("ونشرت الأجهزة أسماء المسلحين السبعة، واجتمعت إدارات الأندية الثلاثة، وتحدث عن مناقب الخلفاء الأربعة.")
    assert q_of(d, "المسلحين السبعة").counted.text == "المسلحين"
    assert q_of(d, "الأندية الثلاثة").counted.text == "الأندية"
    assert q_of(d, "الخلفاء الأربعة").counted.text == "الخلفاء"


def test_four_digits_after_a_year_cue_are_a_year_before_1900_too():
    d = qs("ووقعت الوثيقة في 1215. وبدأ بناء القصر في 1515، وظلت الأسرة تديره حتى 1890 لأن السجلات ضاعت.")
    assert [t.value for t in d.temporals] == ["1215", "1515", "1890"]
    assert not d.quantities
    # a count after في stays: في 1850 مدرسة
    d = qs("ويدرس الطلاب في 1850 مدرسة حكومية.")
    assert q_of(d, "1850 مدرسة").counted.text == "مدرسة"


def test_middle_east_is_no_mid_period():
    d = qs("في مؤتمر مدريد للسلام بالشرق الأوسط عام 1990، وارتفعت أسواق الشرق الأوسط اليوم الأربعاء.")
    assert t_of(d, "عام 1990").value == "1990"
    assert not [t for t in d.temporals if t.text.startswith("الأوسط")]
    # أوسط without the article is mid-month: أوسط يوليو
    d = qs("ويبدأ المهرجان في أوسط يوليو 2016.")
    assert t_of(d, "أوسط يوليو 2016").value == "2016-07"


def test_month_with_a_short_number_after_it_takes_no_year():
    d = qs("وارتفع الإنتاج في مايو من 358 ألف برميل يوميا، وفي أولى ليالي رمضان، في 28 يونيو عام 2014، وقع الهجوم.")
    assert t_of(d, "مايو").value == "XXXX-05"
    assert q_of(d, "358 ألف برميل").value == 358000
    assert t_of(d, "28 يونيو عام 2014").value == "2014-06-28"
    # a year word or a marker still gives an old year: من عام 40 هـ، 921م
    d = qs("وقع ذلك في شهر رمضان من عام 40 هـ، وفي 21 يوليو 921م.")
    assert t_of(d, "شهر رمضان من عام 40 هـ").value == "0040-09"
    assert t_of(d, "21 يوليو 921م").value == "0921-07-21"


def test_metres_glued_to_a_power_are_no_year():
    d = qs("وتصل مساحة الحريق إلى 84م2، وسعة الخزان (1000م3).")
    assert q_of(d, "84م2").unit == "m2" and q_of(d, "1000م3").unit == "m3"
    assert not d.temporals
    d = qs("وانتهى حكمهم عام 1000م.")
    assert t_of(d, "عام 1000م").value == "1000"


# -- round 7: lists of years, a shared unit, comma times, strain names -------------------------------------

def test_years_listed_after_a_plural_year_word_are_all_years():
    d = qs("وسكن الأرمن القصر بين عامي 1770 و1840، وبات السلطان في بيوت مواطنيه في أعوام 1842 و1843 و1845 و1846؛ ثم عاد.")
    assert [t.value for t in d.temporals] == ["1770", "1840", "1842", "1843", "1845", "1846"]
    assert not d.quantities
    # after a singular year word the next number is the next item, no year: عام 1990 و1500 جندي
    d = qs("وفي عام 1990 و1500 جندي عبروا الحدود.")
    assert [t.value for t in d.temporals] == ["1990"]
    assert q_of(d, "1500 جندي").counted.text == "جندي"


def test_numbers_joined_to_an_amount_share_its_unit():
    d = qs("ويمكن الاختيار بين إطارات بقطر 18 أو 20 أو22 بوصة، ودفع الناديان 50 و56 مليون يورو، وقتل 3 أو 4 أشخاص.")
    assert [(q.value, q.unit) for q in d.quantities if q.unit in ("in", "EUR")] == \
        [(18, "in"), (20, "in"), (22, "in"), (50_000_000, "EUR"), (56_000_000, "EUR")]
    # a counted noun is shared as a count (test_lower_numbers_joined_to_a_count_share_its_noun)
    assert q_of(d, "3").kind == "number" and q_of(d, "3").unit == "أشخاص"
    # 2.500 may be 2,500 or 2.5: the number before it keeps no unit
    d = qs("وتباع الأزياء ما بين 695 و2.500 دولار أميركي.")
    assert q_of(d, "695").kind == "number" and q_of(d, "695").unit is None


def test_arabic_comma_between_hours_and_minutes_after_the_hour_word():
    d = qs("وغرقت طفلة بشاطئ العقير الساعة 5،42 عصر أول أيام العيد.")
    assert t_of(d, "الساعة 5،42 عصر").value == "T17:42"
    assert not [q for q in d.quantities if q.value == 42]
    # a comma with a space ends the clause: 42 is a count of its own
    d = qs("وانتهى الدوام الساعة 5، 42 موظفا غادروا.")
    assert t_of(d, "الساعة 5").value == "T05:00"
    assert q_of(d, "42 موظفا").value == 42


def test_strain_name_in_arabic_letters_is_no_quantity():
    d = qs("يشار إلى أن فيروس انفلونزا الطيور (اتش 5 ان 1) شديد العدوى.")
    assert not d.quantities
    # إن alone before a number is 'that': the count stays
    d = qs("وقال المتحدث إن 5 أشخاص أصيبوا.")
    assert q_of(d, "5 أشخاص").value == 5


def test_sitcom_spelt_in_arabic_is_no_count_of_six():
    d = qs("وعمل مخرج مسلسل الست كوم الشهير مع التلفزيون السعودي.")
    assert not d.quantities
    # ست before a real counted noun stays six: الست سنوات، ست كتب
    d = qs("وصدرت له ست كتب في الست سنوات الماضية.")
    assert q_of(d, "ست كتب").value == 6
    assert q_of(d, "الست سنوات").unit == "year"


# -- round 8 ------------------------------------------------------------------------------------------------

def test_lower_numbers_joined_to_a_count_share_its_noun():
    d = qs("وقال إنه يمكنك كل يوم إحصاء وفاة ثلاثة أو أربعة أشخاص، ولن تحتمل مصر أكثر من 5 أو 6 أحزاب، "
           "وتم الترخيص لـ 13 فندقا بمواصفات 4 و5 نجوم.")
    three = q_of(d, "ثلاثة")
    assert three.value == 3 and three.unit == "أشخاص" and three.counted.text == "أشخاص"
    five = q_of(d, "أكثر من 5")
    assert five.modifier == "more_than" and five.unit == "أحزاب"
    assert q_of(d, "4").unit == "نجوم"
    # a falling pair is no list: the first number closes what came before (15 counts no child)
    d = qs("وبلغ عدد الجرحى 15 و3 أطفال بين القتلى.")
    assert q_of(d, "15").unit is None and q_of(d, "3 أطفال").unit == "أطفال"
    # a model list whose last number took a Latin name shares nothing
    d = qs("وتشغل الشركة طائرات من طراز 737 و747 و777 وMD - 11Fs.")
    assert all(q.counted is None for q in d.quantities if q.text in ("737", "747"))


def test_a_modified_number_joined_to_a_measure_shares_its_unit():
    d = qs("يظهر الفيديو الملكة وهي في عمر نحو 6 أو 7 سنوات وهي ترفع يدها.")
    six = q_of(d, "نحو 6")
    assert (six.kind, six.value, six.unit, six.modifier) == ("measure", 6, "year", "about")


def test_years_before_christ_are_negative_years():
    d = qs("وقال إن الهيكل الأول جرى تدميره عام 586 قبل الميلاد، بينما هدم الهيكل الثاني عام 70م، "
           "وهناك أزياء سومرية (سنة 3500 ق.م) وأخرى آشورية (سنة 650 ق.م).")
    assert t_of(d, "عام 586 قبل الميلاد").value == "-0586"
    assert t_of(d, "عام 70م").value == "0070"  # after Christ: as before (the year word in the span, as in عام 586 ق.م)
    assert t_of(d, "سنة 3500 ق.م").value == "-3500" and t_of(d, "سنة 650 ق.م").value == "-0650"
    assert [q.kind for q in d.quantities] == ["ordinal", "ordinal"]  # الهيكل الأول/الثاني only
    # a year joined to the marked one shares its era; a modifier stays in the span
    d = qs("وحكم بطليموس الثاني مصر بين عامي 284 و246 قبل الميلاد، ولكن نحو 700 قبل الميلاد غزت أقوام المنطقة.")
    assert [(t.text, t.value) for t in d.temporals] == \
        [("بين عامي 284 و246 قبل الميلاد", "-0284/-0246"), ("نحو 700 قبل الميلاد", "-0700")]
    # a span of years, each with its marker: one period (test_two_years_before_christ_joined_are_one_period)
    d = qs("وهو الفيلسوف سينيك (65 ق.م - 4 ق.م)، يقول إنه.")
    assert [t.value for t in d.temporals] == ["-0065/-0004"]


def test_a_measure_or_a_count_before_the_era_stays_what_it_is():
    d = qs("وتعود الكتابة إلى 3 آلاف سنة قبل الميلاد، وحضر 10 قبل الموعد بساعة.")
    assert q_of(d, "3 آلاف سنة").unit == "year"
    assert q_of(d, "10").kind == "number"
    assert not [t for t in d.temporals if (t.value or "").startswith("-")]


def test_day_and_month_with_a_slash_after_a_date_cue_are_a_date():
    ref = dt.date(2015, 7, 21)  # 5 Shawwal 1436
    d = qs("وزار مواقع التصحيح اليوم الاثنين الموافق 4/ 10، وورد بلاغ مساء يوم الأربعاء 28/9 متضمنا وجود حريق.",
           reference_date=ref)
    assert (t_of(d, "4/ 10").value, t_of(d, "4/ 10").calendar) == ("XXXX-10-04", "hijri")
    assert t_of(d, "مساء يوم الأربعاء 28/9").value == "XXXX-09-28"  # with its weekday: one date since this round
    assert not d.quantities
    d = qs("وتبدأ الدراسة يوم الأحد 8 / 11 / 1436 هـ الموافق 23 / 8 2015م علماً أن الإجازة تبدأ بتاريخ 15 /7 الماضي.",
           reference_date=ref)
    assert t_of(d, "23 / 8 2015م").value == "2015-08-23"
    assert (t_of(d, "15 /7").value, t_of(d, "15 /7").calendar) == ("XXXX-07-15", "gregorian")


def test_day_and_month_with_a_slash_and_no_cue_stay_numbers():
    d = qs("وانتهت المباراة بالتعادل 4 / 4، ثم فاز روما 7 / 6 بركلات الترجيح. - 1 / 2 ملعقة صغيرة من القرفة.")
    assert not d.temporals
    # بالتعادل 4 / 4 is a score (no quantity); a pair with no score word right before stays numbers
    assert [q.value for q in d.quantities][:2] == [7, 6]


def test_issue_and_page_numbers_of_a_paper_are_no_quantities():
    d = qs("إشارة إلى المقال المنشور في صحيفتكم في عددها 15601 بتاريخ 29-8-1436هـ، وصدر العدد 437 من مجلة "
           "المستقبل العربي، ونشر في الموافق 3 / 6 / 2015م، العدد 15588، ص 22، بعنوان (داهية زمانه).")
    assert not d.quantities
    assert [t.value for t in d.temporals] == ["1436-08-29", "2015-06-03"]
    # the total of something is no issue: بلغ العدد (20) فقط، يبلغ العدد 431 شخصا
    d = qs("وبلغ العدد (20) فقط، وعندما يبلغ العدد 431 شخصا يكون الأمر مختلفا.")
    assert q_of(d, "20").value == 20 and q_of(d, "431 شخصا").value == 431


def test_page_and_mission_numbers_are_names():
    d = qs("كما يقول كازانوفا (ص 319)، وكانت أول صورة للأرض قد التقطت من رحلة أبوللو 17 إلى القمر في عام 1972.")
    assert [q.text for q in d.quantities] == ["أول صورة"]
    d = qs("ووجد المدقق في الصفحة الأولى 3 أخطاء.")
    assert q_of(d, "3 أخطاء").counted.text == "أخطاء"


def test_countries_leading_a_deep_construct_are_what_a_definite_number_counts():
    d = qs("اخترنا في هذه العجالة دول مجلس التعاون الست، وهي: المملكة والإمارات والكويت وقطر وعمان والبحرين.")
    six = q_of(d, "دول مجلس التعاون الست")
    assert six.value == 6 and six.counted.text == "دول"
    d = qs("عند جمع صادرات الساعات لدول مجلس التعاون لدول الخليج العربي الست، فستحتل الكتلة الخليجية المركز.")
    assert q_of(d, "دول الخليج العربي الست").counted.text == "دول"
    # a plural genitive is itself what is counted
    d = qs("لكنها كانت مواقف دول اتفاقية الدول الخمس دائمة العضوية بمجلس الأمن.")
    assert q_of(d, "الدول الخمس").counted.text == "الدول"


def test_a_number_after_min_shares_the_unit_of_the_one_after_ila():
    d = qs("وستطبق زيادة الضرائب من 13 إلى 23 في المائة، وتتراوح قيمتها من 100 إلى 150 ريالا، وارتفعت الحصيلة "
           "من 31 إلى 32 قتيلا، وتقرر تعديل أيام التدريب من 12 إلى 4 أيام.")
    assert (q_of(d, "13").kind, q_of(d, "13").unit) == ("percent", "%")
    # after تتراوح the pair is one range (d2f168a), no change from 100 to 150
    r = q_of(d, "من 100 إلى 150 ريالا")
    assert (r.kind, r.low, r.high, r.unit) == ("range", 100, 150, "SAR")
    assert q_of(d, "31").counted.text == "قتيلا"
    assert (q_of(d, "12").unit, q_of(d, "12").value) == ("day", 12)
    # without من the pair is left to the range rules; a full figure before a scale takes no scale
    d = qs("وقفزت الأسعار من 2500 إلى 11 ألف ريال.")
    assert (q_of(d, "2500").kind, q_of(d, "2500").value) == ("number", 2500)
    # a figure below the scale takes it: 30.6 billion
    d = qs("وارتفعت الأرباح إلى 30.6 و 3.3 مليارات دولار على التوالي.")
    assert q_of(d, "30.6").value == pytest.approx(30.6e9)


def test_number_words_joined_to_a_measure_share_its_unit():
    d = qs("وقضت المحكمة بمنعهما لمدة خمس وثلاث سنوات، ووصلتني أكثر من أربع أو خمس رسائل تهديد.")
    five = q_of(d, "خمس")
    assert (five.kind, five.value, five.unit) == ("measure", 5, "year")
    four = q_of(d, "أكثر من أربع")
    assert four.unit == "رسائل" and four.modifier == "more_than"
    # a number word before digits shares nothing (words with words, digits with digits)
    d = qs("وفاز الفريق بثلاث و4 أهداف.")
    assert all(q.unit is None for q in d.quantities if q.text.endswith("ثلاث"))


def test_yom_before_the_day_before_yesterday():
    ref = dt.date(2015, 7, 21)
    d = qs("وعاودت الجوازات يوم أمس الأول العمل على استقبال الراغبين.", reference_date=ref)
    assert t_of(d, "يوم أمس الأول").value == "2015-07-19"
    assert not d.quantities  # الأول is no ordinal here
    d = qs("وقال يوم أمس إن الفريق الأول سيتدرب.", reference_date=ref)
    assert t_of(d, "يوم أمس").value == "2015-07-20"
    assert q_of(d, "الفريق الأول").kind == "ordinal"


def test_a_possessed_noun_is_what_a_definite_number_after_it_counts():
    d = qs("وقد شكت من تعرضها هي وأولادها الخمسة للضرب، وأفطر مع زوجته وأبنائه السبعة، وتستمر الاحتفالات خلال "
           "أيامه الثلاثة.")
    five = q_of(d, "أولادها الخمسة")
    assert five.value == 5 and five.counted.text == "أولادها"
    assert q_of(d, "أبنائه السبعة").counted.text == "أبنائه"
    days = q_of(d, "أيامه الثلاثة")
    assert (days.kind, days.value, days.unit) == ("measure", 3, "day")
    # 'their number, five' counts nothing; a weekday after a possessed noun stays a weekday
    d = qs("قد لا يتجاوز عددهم الخمسة من عناصر الرصد، وتعيد المصارف فتح أبوابها الاثنين.")
    assert q_of(d, "الخمسة").counted is None
    assert [t.value for t in d.temporals] == ["XXXX-WXX-1"]


def test_formula_one_is_a_name():
    d = qs("وتوفي جول بيانكي سائق فريق ماروسيا للفورمولا 1، وهو أول سائق يلقى حتفه على حلبات فورمولا 1 منذ عام 1994.")
    assert [q.text for q in d.quantities] == ["أول سائق"]
    # a count after the name stays
    d = qs("وفاز في الفورمولا 3 سباقات هذا الموسم.")
    assert q_of(d, "3 سباقات").value == 3


def test_a_definite_time_plural_before_a_definite_tens_word_is_a_measure():
    d = qs("وحذرت من زلزال شديد خلال السنوات الخمسين المقبلة، وأذهلت إنجازات الأيام المائة الماضية المراقبين.")
    fifty = q_of(d, "السنوات الخمسين")
    assert (fifty.kind, fifty.value, fifty.unit) == ("measure", 50, "year")
    assert q_of(d, "الأيام المائة").unit == "day"
    # a singular unit before a tens word is a rank: the twentieth century
    d = qs("في منتصف القرن العشرين.")
    assert q_of(d, "القرن العشرين").kind == "ordinal"


def test_centuries_in_the_accusative_are_a_measure():
    ref = dt.date(2015, 7, 21)
    d = qs("واكتشفت لوحة للملك أمنمحات تعود إلى أكثر من 38 قرنا، وتبدت سوق عكاظ بعد 13 قرنًا من الغياب.",
           reference_date=ref)
    c = q_of(d, "أكثر من 38 قرنا")
    assert (c.kind, c.value, c.unit, c.modifier) == ("measure", 38, "century", "more_than")
    assert q_of(d, "13 قرنًا").unit == "century"
    # after centuries of absence is no date thirteen centuries ahead; منذ still dates the past
    assert not d.temporals
    d = qs("وقد بني المسجد منذ 14 قرناً.", reference_date=ref)
    assert t_of(d, "منذ 14 قرناً").value == "0615"


def test_one_glued_to_ka_counts_no_word_before_it():
    d = qs("وجاء سوق عكاظ كواحدة من المبادرات، وما زالت لندن تحتفظ بمكانتها كواحدة من الأسواق.")
    assert [(q.text, q.counted) for q in d.quantities] == [("واحدة", None), ("واحدة", None)]
    # a noun before a plain واحد is its counted noun
    d = qs("ولو حتى بسهم واحد.")
    assert q_of(d, "سهم واحد").counted.text == "سهم"


def test_a_definite_noun_behind_a_clitic_is_what_a_definite_number_counts():
    d = qs("واقتربت إيران والدول الست من الاتفاق، وجرى تقديم الخدمة للمصابين الثلاثة، وارتفعت الإعفاءات "
           "بالأشهر الخمسة الأولى، وتستمر الزيارات للأيام الثلاثة للعيد.")
    six = q_of(d, "الدول الست")
    assert six.value == 6 and six.counted.text == "الدول"
    assert q_of(d, "للمصابين الثلاثة").counted.text == "للمصابين"
    months = q_of(d, "الأشهر الخمسة")
    assert (months.kind, months.unit) == ("measure", "month")
    assert q_of(d, "لأيام الثلاثة").unit == "day"
    # a verb with ال-like letters after و is no noun: 'and the three met'
    d = qs("وقال المحققون إن الرجال لم يعرفوا بعضهم، والتقى الثلاثة لأنهم كانوا يتابعون المواقع.")
    assert [(q.text, q.counted) for q in d.quantities] == [("الثلاثة", None)]


def test_a_singular_or_accusative_word_after_a_definite_number_is_not_what_it_counts():
    d = qs("وقال إن سجلات الثلاثة نظيفة، ثم يجتمع الخمسة معاً، وحزن الزملاء لفقدهم زملاءهم الستة دفعة واحدة.")
    assert q_of(d, "الثلاثة").counted is None and q_of(d, "الخمسة").counted is None
    assert q_of(d, "زملاءهم الستة").counted.text == "زملاءهم"
    # plurals after a definite number stay its count, one on ايا too
    d = qs("وتكتمل قائمة العشرة أندية الأوائل، وعلى نسق مسلسل السبع وصايا، في فندق من فئة الخمسة نجوم.")
    assert [q.counted.text for q in d.quantities] == ["أندية", "وصايا", "نجوم"]


def test_a_definite_number_after_dawr_names_a_cup_round():
    d = qs("وتأهل الخليج لدور الثمانية من كأس ولي العهد، بعد أن تجاوز السد في دور الستة عشر، "
           "وضمن آخر لقاءات دور الـ 32 فاز الفيحاء بثلاثة أهداف.")
    assert [q.text for q in d.quantities] == ["ثلاثة أهداف"]
    # a count after دور stays: لعب دور 3 شخصيات
    d = qs("ولعب الممثل دور 3 شخصيات في الفيلم.")
    assert q_of(d, "3 شخصيات").value == 3


def test_one_hand_and_one_flesh_are_idioms_of_unity():
    d = qs("وستبقى الدول العربية يدا واحدة في وجه أعدائها، وستبقى شعوبها لحمة واحدة مع حكوماتها.")
    assert not d.quantities
    # a row is counted: the men chant in one row (literal as often as not)
    d = qs("ويرددون في صف واحد فور وصولهم، وحصل على مقعد واحد.")
    assert [q.text for q in d.quantities] == ["صف واحد", "مقعد واحد"]


def test_numbers_listed_after_a_plural_identifier_head_are_identifiers():
    d = qs("وأصدر مجلس الأمن منذ 2006 قرارات لفرض عقوبات على إيران، وهي القرارات 1696 و1737 و1747 و2224.")
    assert not d.quantities
    # a count after the plural stays
    d = qs("وشملت القرارات 5 أشخاص.")
    assert q_of(d, "5 أشخاص").value == 5


def test_an_accusative_one_counts_the_accusative_noun_before_it():
    d = qs("وقضى في السجن عاماً واحداً، وتكلف الخدمة دولارا واحدا، وقتل 12 مدنيا وجنديا تشاديا واحدا، "
           "وهناك مصدرا واحدا فقط للمعلومات.")
    year = q_of(d, "عاماً واحداً")
    assert (year.kind, year.value, year.unit) == ("measure", 1, "year")
    assert (q_of(d, "دولارا واحدا").kind, q_of(d, "دولارا واحدا").unit) == ("money", "USD")
    assert q_of(d, "جنديا تشاديا واحدا").counted.text == "جنديا"  # the noun, not the nisba after it
    assert q_of(d, "مصدرا واحدا").counted.text == "مصدرا"
    # after a verb, a pronoun-bearing predicate, زائدا or in an idiom of unity it counts nothing
    d = qs("ويعد واحدا من أبرز اللاعبين، وكان جوابها واحدا، ووقف الشعب صفا واحدا، وسيبقى مجتمعاً واحداً، "
           "وتتخذ القرارات بموافقة النصف زائدا واحدا من الأعضاء.")
    assert not d.quantities


def test_a_one_after_a_scale_with_no_waw_is_its_adjective():
    d = qs("بعدما كان الرقم مليونا واحدا في العام الماضي، وبلغ العدد مليون وأحد عشر.")
    assert q_of(d, "مليونا واحدا").value == 1_000_000
    assert q_of(d, "مليون وأحد عشر").value == 1_000_011
    # an accusative one inside a compound number joins it
    d = qs("والبالغ من العمر واحدا وثلاثين عاما.")
    assert q_of(d, "واحدا وثلاثين عاما").value == 31


def test_a_bracketed_clock_time_takes_the_part_of_day_and_the_minute_word_after_it():
    d = qs("أنه في مساء يوم الاثنين في تمام الساعة (٧:٠٦) مساء حدث انقطاع للتيار، وأعيد التشغيل في تمام "
           "الساعة (٨:٢٠) دقيقة مساء، وتشغيله في تمام الساعة (٧:٤٣) دقيقة، وبذلك تكون المحطات تعمل.")
    assert [t.value for t in d.temporals if t.kind == "time"] == ["T19:06", "T20:20", "T07:43"]
    assert t_of(d, "تمام الساعة (٨:٢٠) دقيقة مساء").value == "T20:20"
    assert not [q for q in d.quantities if q.unit == "minute"]  # دقيقة restates the minutes
    # with no الساعة before, digits in brackets stay alone, and a count of minutes stays a duration
    d = qs("قرأ النص (7:06) مساء، واستمر الانقطاع 40 دقيقة.")
    assert t_of(d, "7:06").value == "T07:06"
    assert q_of(d, "40 دقيقة").unit == "minute"


def test_a_bare_number_after_a_definite_week_derby_session_or_conference_names_it():
    d = qs("ويلتقي الأهلي والزمالك في القمة ١١٠ دون جمهور في مباراة مؤجلة من الأسبوع ٣٧ من الدوري، "
           "وهو المؤتمر 16 لمؤتمرات مكة المكرمة، وتخرج المستفيدون من الدورة (11) بالمركز.")
    assert not d.quantities
    # a count after the word stays
    d = qs("ويشارك في الدورة 50 طالبة من جامعات الإمارات.")
    assert q_of(d, "50 طالبة").counted.text == "طالبة"


def test_a_slash_pair_after_a_score_word_is_a_match_score():
    d = qs("وقال إنها الأجمل بإدراكي التعادل (1/1) في الوقت القاتل، وفاز الهلال على الوحدة بنتيجة 4/3 في جدة، "
           "وحقق روما الفوز عبر ركلات الترجيح 7 / 6 في الكأس.")
    assert not d.quantities
    # a fraction with no score word before stays
    d = qs("ويضاف 1/2 من الملح إلى الخليط.")
    assert q_of(d, "1/2").value == 0.5


def test_a_one_after_a_feminine_nisba_counts_the_noun_before_it():
    d = qs("ويهدف إلى الاستقرار على مدرسة تدريبية واحدة، وأن تكون هناك جهة إدارية تنظيمية واحدة، "
           "وعمل ساعة إضافية واحدة.")
    assert q_of(d, "مدرسة تدريبية واحدة").counted.text == "مدرسة"
    assert q_of(d, "جهة إدارية تنظيمية واحدة").counted.text == "جهة"
    hour = q_of(d, "ساعة إضافية واحدة")
    assert (hour.kind, hour.unit) == ("measure", "hour")
    # a noun on ية right before the one is itself what it counts
    d = qs("وحصل على ميدالية واحدة في البطولة.")
    assert q_of(d, "ميدالية واحدة").counted.text == "ميدالية"


def test_a_word_glued_to_b_or_l_after_a_definite_number_word_is_not_what_it_counts():
    d = qs("واتسمت سنوات حكمه الثماني بقمع مروع، ودعوا إلى قمة لقادة منطقة اليورو التسعة عشر ليتم عقدها الثلاثاء.")
    assert [(q.text, q.counted) for q in d.quantities] == [("الثماني", None), ("التسعة عشر", None)]
    # a sound plural on ب/ل still counts
    d = qs("وتجذب فعاليات السبع بطولات الجماهير.")
    assert q_of(d, "السبع بطولات").counted.text == "بطولات"


def test_a_long_verb_on_t_after_a_number_is_not_what_it_counts():
    d = qs("ضمن مهرجان عيد طيبة 36 تشاركت مجموعة كبيرة من الحرفيين، وإن الحالات المسجلة 940 ترتبط بمجموعة "
           "من القنوات، والثلاثة تشترك في أكثر من نقطة.")
    # (عيد طيبة 36 is a festival's name with its edition since 4b6041d: no quantity at all; منظومة البلاغات
    # 940, the sentence's first wording, is a hotline number since test_a_hotline_or_telephone_number_is_no_count)
    assert [(q.text, q.counted) for q in d.quantities] == [("940", None), ("الثلاثة", None)]
    # nouns of the same length on ت stay counted
    d = qs("وقدم الاستديو أكثر من 1500 تيشرت، وواجه الفريق 7 تحديات.")
    assert q_of(d, "أكثر من 1500 تيشرت").counted.text == "تيشرت"
    assert q_of(d, "7 تحديات").counted.text == "تحديات"


def test_a_score_with_a_slash_before_a_full_stop_is_no_number():
    d = qs("وانتهى الوقتان الأصلي والإضافي للمباراة بالتعادل 1 / 1. وتقدم المنتخب البنمي بهدف.")
    assert [q.text for q in d.quantities if q.text.startswith("1")] == []
    # a decimal after the slash is still part of a longer figure, and a pair with no cue stays
    d = qs("وبلغت النسبة 1 / 2.5 في المائة، وفاز روما 7 / 6.")
    assert [q.value for q in d.quantities if q.text == "7"] == [7.0]


def test_a_day_range_with_a_tatweel_dash_is_one_period():
    # one item per expression: the two days and their month are one period (were two dates until nums16),
    # the span taking an opening من as من 4 إلى 6 does
    d = qs("وعقد المؤتمر الثاني من 4 ــ 6 ذي الحجة 1422هـ، وجرى اجتماع القاهرة 25 ـ 28 مايو 2015.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("من 4 ــ 6 ذي الحجة 1422هـ", "period", "1422-12-04/1422-12-06"),
        ("25 ـ 28 مايو 2015", "period", "2015-05-25/2015-05-28")]
    # two days joined by و are a list of two dates, no period
    d = qs("وتقام المباراتان يومي 15 و16 مايو 2015.")
    assert [(t.kind, t.value) for t in d.temporals] == [("date", "2015-05-15"), ("date", "2015-05-16")]
    # a score with a tatweel before a number that is no date reads as one with a dash: no range of days
    d = qs("وفاز الهلال 2 ــ 1 يوم الجمعة.")
    assert [(q.text, q.kind) for q in d.quantities] == [
        (q.text, q.kind) for q in qs("وفاز الهلال 2 - 1 يوم الجمعة.").quantities]
    assert [t.kind for t in d.temporals] == ["date"]


def test_a_word_glued_to_b_or_l_after_digits_behind_the_article_is_not_what_they_count():
    d = qs("وتوج تشيلسي أمس بلقبه الـ11 لكأس الاتحاد، ويجول المفتشون من خلال فروعها الـ25 بكافة مناطق المملكة.")
    assert [(q.text, q.counted) for q in d.quantities] == [("بلقبه الـ11", None), ("25", None)]
    # an accusative noun, a sound plural or a short noun on ب/ل still counts
    d = qs("وجرى الاتفاق بين الـ28 بلدا أوروبيا، وفاز بالـ3 بطولات، ويتحدثون أكثر من الـ14 لغة.")
    assert [q.counted.text for q in d.quantities] == ["بلدا", "بطولات", "لغة"]


def test_one_after_a_year_word_with_no_cue_is_a_year():
    d = qs("وحكم عليهما بالسجن 30 شهرًا، منها سنة واحدة قابلة للتنفيذ، والوقت اللازم لتطوير مواد كافية هو عام واحد.")
    assert [(q.text, q.kind, q.unit) for q in d.quantities if "واحد" in q.text] == [
        ("سنة واحدة", "measure", "year"), ("عام واحد", "measure", "year")]
    # the year word before digits still opens a date, and a definite one alone gives nothing
    d = qs("وافتتح عام 2015 مركز واحد، ويزورها مرتين في العام الواحد.")
    assert t_of(d, "عام 2015").value == "2015"
    assert [q.text for q in d.quantities if "واحد" in q.text] == ["مركز واحد"]


def test_a_day_range_with_a_plain_dash_before_a_month_is_one_period():
    # were two dates until nums16; now one period as من 25 إلى 28 مايو is
    d = qs("وعقد المؤتمر في الفترة من 4 - 6 ذي الحجة 1422هـ، وسجلت 83 جريمة خلال الفترة من 3-9 يوليو 2015.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("من 4 - 6 ذي الحجة 1422هـ", "period", "1422-12-04/1422-12-06"),
        ("من 3-9 يوليو 2015", "period", "2015-07-03/2015-07-09")]
    d = qs("للفترة من 15-18 كانون الأول (ديسمبر).")
    assert [(t.text, t.value) for t in d.temporals] == [("من 15-18 كانون الأول (ديسمبر)", "XXXX-12-15/XXXX-12-18")]
    assert not [q for q in d.quantities if q.kind == "range"]
    # a dash range with a unit stays a range, and a score before a month is no range of days
    d = qs("ويستغرق العلاج بين 5 - 7 أيام، وفاز الهلال 3 - 1 مايو الماضي.")
    assert [(q.low, q.high, q.unit) for q in d.quantities if q.kind == "range"] == [(5.0, 7.0, "day")]
    assert [t.value for t in d.temporals if t.text.startswith("3")] == []


def test_digits_glued_by_a_tatweel_read_as_joined_by_a_dash():
    d = qs("خطة تطوير سوق عكاظ في السنوات الخمس المقبلة (1437ـ1441هـ)، والملتقى من 3ـ4 ذي الحجة 1436هـ.")
    assert [(t.text, t.value) for t in d.temporals] == [
        ("1437ـ1441هـ", "1437/1441"), ("من 3ـ4 ذي الحجة 1436هـ", "1436-12-03/1436-12-04")]
    assert not [q for q in d.quantities if q.value in (14371441.0, 34.0)]
    # a tatweel after a word stays as it was, and a range with a unit keeps its unit
    d = qs("وتراوحت الأسعار بين 1500ـ2000 ريال للمتـر.")
    assert [(q.kind, q.low, q.high, q.unit) for q in d.quantities] == [("range", 1500.0, 2000.0, "SAR")]


def test_others_after_a_number_is_its_counted_noun_in_both_cases():
    # آخرين (genitive/accusative) counts as آخرون (nominative) does: the counted noun as written
    d = qs("وأسفر القصف عن مقتل 24 مدنيا وإصابة أكثر من 100 آخرين، فيما أصيب نحو 225 آخرون بجروح.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [
        ("24 مدنيا", 24.0, "مدنيا"), ("أكثر من 100 آخرين", 100.0, "آخرين"), ("نحو 225 آخرون", 225.0, "آخرون")]
    # the feminine أخرى (اخرى as written) after a bare number is its counted noun too: 'N others'
    d = qs("وسجلت 5 حالات في الرياض و3 أخرى في جدة.")
    assert [(q.text, q.unit) for q in d.quantities] == [("5 حالات", "حالات"), ("3 أخرى", "أخرى")]
    d = qs("منها 63 اعاقة بصرية و 104 اخرى ، وحسب الرغبات الوظيفية.")
    assert [(q.text, q.unit) for q in d.quantities] == [("63 اعاقة", "اعاقة"), ("104 اخرى", "اخرى")]
    # after a number that has its noun, أخرى stays outside the span
    d = qs("تتم إضافة خمسة لترات أخرى من المياه.")
    assert [(q.text, q.value) for q in d.quantities] == [("خمسة لترات", 5.0)]


def test_the_zero_after_a_modifier_is_about_zero():
    # نحو/حوالي before the definite zero make it a value, as before digits: about 0
    d = qs("وقالت الشركة إن أرباحها المجمعة انخفضت إلى حوالي الصفر في النصف الأول من العام.")
    assert [(q.text, q.value, q.modifier) for q in d.quantities if q.value == 0] == [("حوالي الصفر", 0.0, "about")]
    # الصفر alone stays no number: from scratch, zero hour
    d = qs("بدأ العمل من الصفر، ثم دقت ساعة الصفر.")
    assert list(d.quantities) == []


def test_close_to_is_an_about_modifier():
    # قريبة من 'close to' before a number or the zero is the guide's about, its text in the span
    d = qs("وأبقى المجلس الفائدة عند مستويات قريبة من الصفر لفترة أطول من اللازم.")
    assert [(q.text, q.value, q.modifier) for q in d.quantities] == [("قريبة من الصفر", 0.0, "about")]
    d = qs("وعادة ما تكون نسبة الإقبال في كوريا الشمالية قريبة من 100%.")
    assert [(q.text, q.kind, q.modifier) for q in d.quantities] == [("قريبة من 100%", "percent", "about")]
    # near a place: no number follows, nothing
    d = qs("ويقع المستشفى في حي قريب من الرياض.")
    assert list(d.quantities) == []


def test_one_ending_an_idiom_of_unity_counts_nothing():
    # بلسان واحد، على قلب رجل واحد، وقفة رجل واحد: a manner, not one tongue or one man
    d = qs("وأكد الجميع بلسان واحد أنهم يشكلون درعا، وأن يقفوا وقفة رجل واحد على قلب رجل واحد.")
    assert list(d.quantities) == []
    # the same nouns counted as written stay counts: a one-man show, won by one vote
    d = qs("ووصف العرض بأنه من رجل واحد، وفاز المرشح بفارق صوت واحد.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [("رجل واحد", 1.0, "رجل"), ("صوت واحد", 1.0, "صوت")]


def test_digits_behind_the_article_after_a_rank_noun_are_an_ordinal():
    # possessed, dual or with a nisba between, the rank noun makes الـN a rank: the 11th title, 17th year
    d = qs("بعدما توج أمس السبت بلقبه الـ11 لكأس الاتحاد الإنجليزي، ويقام مهرجان أبها في عامه الـ 17.")
    assert [(q.text, q.kind, q.value) for q in d.quantities] == [
        ("بلقبه الـ11", "ordinal", 11.0), ("عامه الـ 17", "ordinal", 17.0)]
    d = qs("وكشف التقرير الـ51 الصادر عن المؤسسة، وافتتحت البطولة العربية ال21 مساء أمس.")
    assert [(q.text, q.kind, q.value) for q in d.quantities] == [
        ("التقرير الـ51", "ordinal", 51.0), ("البطولة العربية ال21", "ordinal", 21.0)]
    # a dual rank noun: both ranks joined by وال, and no two centuries
    d = qs("اللتين حلتا في المرتبتين ال 52 وال60 على التوالي، وفن يعود إلى القرنين الـ17 والـ18.")
    assert [(q.text, q.kind, q.value) for q in d.quantities] == [
        ("المرتبتين ال 52", "ordinal", 52.0), ("وال60", "ordinal", 60.0),
        ("القرنين الـ17", "ordinal", 17.0), ("والـ18", "ordinal", 18.0)]
    # after a plural or a possessed noun that is no rank, الـN stays a count or a number
    d = qs("خلال السنوات الـ35 الماضية، وصوت 39 من نواب حزبه ال149.")
    assert [(q.text, q.kind) for q in d.quantities] == [("السنوات الـ35", "measure"), ("39", "number"), ("149", "number")]


def test_general_after_a_noun_it_qualifies_is_no_year_before_one():
    # عام 'general' after موضوع/مدير: one general topic, one director general, the noun counted
    d = qs("وقال إنه في الدوائر الأوروبية هناك موضوع عام واحد، انتخابات الرئاسة.")
    assert [(q.text, q.kind, q.value, q.unit) for q in d.quantities] == [("موضوع عام واحد", "number", 1.0, "موضوع")]
    # عام the year after a verb, a pronoun or a duration word stays one year
    d = qs("فالمدة اللازمة هو عام واحد، وبرنامج الدكتوراه مدته عام واحد، بعدما لعب لعام واحد مع برشلونة.")
    assert [(q.text, q.kind, q.unit) for q in d.quantities] == [
        ("عام واحد", "measure", "year"), ("عام واحد", "measure", "year"), ("لعام واحد", "measure", "year")]


def test_amounts_carry_the_value_as_written_not_a_float_artifact():
    # a decimal before a scale word, or cents, gives the written value exactly
    d = qs("لتبلغ 68.18 مليار ريال، منها 268.4 مليون ريال إعانة الأعلاف، وتراجع برنت 35 سنتا.")
    assert [q.value for q in d.quantities] == [68180000000.0, 268400000.0, 0.35]
    # a true fraction keeps its value: two thirds
    assert q_of(qs("تحتاج إلى ثلثي الأصوات المدلى بها."), "ثلثي").value == pytest.approx(2 / 3, abs=1e-12)


def test_the_month_with_an_ordinal_is_a_rank_unless_of_the_year():
    # للشهر الثاني على التوالي 'for the second month running', الشهر الرابع من عمره: ranks, no February, April
    d = qs("ارتفعت أسعار المنازل في الصين للشهر الثاني على التوالي، وأصيب منذ أن كان في الشهر الرابع من عمره.")
    assert [(q.text, q.kind, q.value) for q in d.quantities] == [("الثاني", "ordinal", 2.0), ("الرابع", "ordinal", 4.0)]
    assert list(d.temporals) == []
    # من هذه السنة / من العام after it: the second month of the calendar
    d = qs("ويجب استبدالها في مطلع الشهر الثاني من هذه السنة.")
    assert [(t.text, t.value) for t in d.temporals if t.kind == "date"] == [("مطلع الشهر الثاني", "XXXX-02")]


def test_a_hijri_year_in_two_digits_is_a_recent_one_unless_after_a_year_word():
    # عيد طيبة 36هـ، صيف عنيزة 33هـ، نهائي 81ه: the last two digits of 1436, 1433, 1381 (reference 1436)
    ref = dt.date(2015, 7, 21)
    d = qs("فعاليات عيد طيبة 36هـ ومهرجان صيف عنيزة 33هـ، وانتهى نهائي 81ه بكأس.", reference_date=ref)
    assert [t.value for t in d.temporals] == ["1436", "1433", "1381"]
    # after عام/سنة the early year itself: AH 26, AH 40
    d = qs("اتخذه الخليفة ميناء لمكة في عام 26 هـ، وقتل في سنة 40 هـ.", reference_date=ref)
    assert [t.value for t in d.temporals] == ["0026", "0040"]


def test_a_dash_after_a_word_is_a_minus_only_before_a_percent_or_a_temperature():
    # an aside or an isotope's dash: no negative age or count
    d = qs('المرأة التي تدعى "دونا ويلس -43 عاما" ، ويوجد في الطبيعة يورانيوم -235 بنسبة 0.7 %.')
    assert [(q.text, q.value) for q in d.quantities] == [("43 عاما", 43.0), ("235", 235.0), ("0.7 %", 0.7)]
    # a temperature or a percent keeps its sign
    d = qs("وتصل الحرارة إلى -5 درجات مئوية، وسجل النمو -2.5% في مايو.")
    assert [(q.text, q.value) for q in d.quantities] == [("-5 درجات مئوية", -5.0), ("-2.5%", -2.5)]
    # a lifespan between dashes is one period, as between brackets
    d = qs("أغنية لبشير حمد شنان -1946-1974- تنطق عن تلك الحالة.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [("1946-1974", "period", "1946/1974")]


def test_a_score_after_a_cue_counts_no_word_after_it():
    # بنتيجة 3/1 سجلها: a score, the verb after it counted nothing
    d = qs("وفزنا بنتيجة 3/1 سجلها ماجد عبدالله.")
    assert list(d.quantities) == []


def test_an_order_number_after_a_letter_and_a_slash_is_no_quantity():
    # a lone letter and a slash before digits: a royal order's or decree's number (أ / 90، م/6)
    d = qs("وبعد الاطلاع على الأمر الملكي رقم ( أ / 90 ) بتاريخ 27 / 8 / 1412هـ، والمرسوم الملكي رقم م/6.")
    assert list(d.quantities) == []
    assert [t.value for t in d.temporals] == ["1412-08-27"]
    # a fraction or a count after a slash stays
    d = qs("يضاف 1 / 2 ملعقة من الملح إلى 3 أكواب من الماء.")
    assert [q.text for q in d.quantities][-1] == "3 أكواب"


def test_a_day_of_the_month_said_is_a_date():
    ref = dt.date(2015, 7, 21)
    # الشهر ذاته/نفسه: the month of the last date said (a Gregorian and a Hijri one)
    d = qs("يلاقي بني ياس في 27 يوليو الحالي، وآخر في 31 من الشهر ذاته، ثم العين.", reference_date=ref)
    assert [(t.text, t.value) for t in d.temporals] == [("27 يوليو الحالي", "2015-07-27"),
                                                       ("31 من الشهر ذاته", "2015-07-31")]
    assert list(d.quantities) == []
    d = qs("يستهل مشواره في الثاني من شهر ذي القعدة المقبل، ويلاقي الرياض في السادس من الشهر ذاته.",
           reference_date=ref)
    t = t_of(d, "السادس من الشهر ذاته")
    assert (t.value, t.calendar) == ("1436-11-06", "hijri")
    # an ordinal day before الشهر الجاري/المقبل: that day of the reference date's month, or the next
    d = qs("ويستمر المعسكر حتى العاشر من الشهر المقبل، وتم التوصل إليه في الرابع عشر من الشهر الحالي.",
           reference_date=ref)
    assert [(t.text, t.value) for t in d.temporals] == [("العاشر من الشهر المقبل", "2015-08-10"),
                                                       ("الرابع عشر من الشهر الحالي", "2015-07-14")]
    # an ordinal after a definite noun it qualifies is a rank: the first week, no day
    d = qs("بلغت إيراداته 918 دولارا في نهاية الاسبوع الاول من الشهر الجاري.", reference_date=ref)
    assert q_of(d, "الاول").kind == "ordinal"
    assert [t.value for t in d.temporals] == ["2015-07"]
    # no date said before: الشهر ذاته has no month to name
    d = qs("وسيعود في العاشر من الشهر ذاته.", reference_date=ref)
    assert list(d.temporals) == []


def test_a_percent_after_each_end_after_between_is_a_range():
    # بين 30% و50%: one range, both ends percents
    d = qs("وهي أغلى من المصابيح العادية بنسبة تتراوح بين 30% و50%، إلا أنها أطول عمرا.")
    assert [(q.text, q.kind, q.low, q.high, q.unit) for q in d.quantities] == [
        ("بين 30% و50%", "range", 30.0, 50.0, "%")]
    # على التوالي after them: a value for each thing named; من ... إلى: a change
    d = qs("بنسبة تراجع ما بين 0.18% و0.04% على التوالي، وزيادة الضريبة من 13% إلى 23%.")
    assert [(q.text, q.kind) for q in d.quantities] == [
        ("0.18%", "percent"), ("0.04%", "percent"), ("13%", "percent"), ("23%", "percent")]
    d = qs("ارتفعت أسهم الشركتين بنسبة ما بين 2% و3% على التوالي.")
    assert [q.kind for q in d.quantities] == ["percent", "percent"]


def test_a_hijri_year_pair_before_a_day_word_is_one_period():
    # 1436/1437هـ يوم الأحد: the marker closes the pair, يوم after it is no unit of a range
    d = qs("استعدادا للعام الدراسي الجديد 1436/1437هـ يوم الأحد الموافق للأول من شهر ذي القعدة.")
    assert (t_of(d, "1436/1437هـ").kind, t_of(d, "1436/1437هـ").value) == ("period", "1436/1437")
    assert list(d.quantities) == []
    # with no marker, a pair of years with its unit stays a range of years
    d = qs("ويقدر عمر هذه الأشجار بنحو 1300-1400 عام.")
    assert list(d.temporals) == []
    assert [(q.kind, q.low, q.high, q.unit) for q in d.quantities] == [("range", 1300.0, 1400.0, "year")]


def test_a_pair_of_years_written_later_first_is_one_period():
    # ١٤٣٧/١٤٣٦هـ، للموسم الرياضي 2016 - 2015م: the season 1436/1437, 2015/2016
    d = qs("قبل بداية العام الدراسي الجديد ١٤٣٧/١٤٣٦هـ، وبطولة الدوري للموسم الرياضي 2016 - 2015م.")
    assert [(t.kind, t.value, t.calendar) for t in d.temporals] == [
        ("period", "1436/1437", "hijri"), ("period", "2015/2016", "gregorian")]
    assert list(d.quantities) == []
    # reversed with no marker and no year word before: left as it was, no period
    d = qs("وسجل الفريق 2016 - 2015 نقطة في مجموع مبارياته.")
    assert [t.kind for t in d.temporals] == []


def test_a_percent_dashed_to_a_percent_is_one_range():
    # 50%-43%: a fall of 43 to 50 percent, no minus 43
    d = qs("أي بانخفاض نسبته 50%-43% لغرب تكساس و 55%-43% لبرنت.")
    assert [(q.text, q.kind, q.low, q.high, q.unit) for q in d.quantities] == [
        ("50%-43%", "range", 43.0, 50.0, "%"), ("55%-43%", "range", 43.0, 55.0, "%")]
    # a negative percent after a comma keeps its sign
    d = qs("سجل النمو 5%، -2.5% في مايو.")
    assert [q.value for q in d.quantities] == [5.0, -2.5]


def test_a_dash_opening_a_line_before_a_count_is_a_bullet():
    # a recipe's list: -5 ملاعق is five spoons, nothing counts below zero
    d = qs("المقادير:\n- كوب سكر\n-5 ملاعق كبيرة زبدة\n-3 بيضات")
    assert [(q.text, q.value) for q in d.quantities] == [("5 ملاعق", 5.0), ("3 بيضات", 3.0)]
    # a temperature, a sum of money or a lone number at a line start keep the sign
    d = qs("درجة الحرارة الصغرى:\n-5 درجات مئوية\nالرصيد:\n-5 ملايين دولار\nالفارق:\n-5")
    assert [q.value for q in d.quantities] == [-5.0, -5000000.0, -5.0]


def test_m_after_a_length_or_area_word_is_metres_not_a_year():
    # وطوله 800م، لمسافة 140م، سباق 1500م، (25 × 84م): metres; بمساحة 1600م: square metres
    d = qs("الشارع الرئيسي وطوله 800م، وانزلقت لمسافة 140م، ونهائي سباق 1500م، وأبعادها (25 × 84م)، "
           "وأنشئ بمساحة 1600م.")
    assert list(d.temporals) == []
    assert [(q.text, q.kind, q.value, q.unit) for q in d.quantities if q.kind == "measure"] == [
        ("800م", "measure", 800.0, "m"), ("140م", "measure", 140.0, "m"), ("1500م", "measure", 1500.0, "m"),
        ("84م", "measure", 84.0, "m"), ("1600م", "measure", 1600.0, "m2")]
    # after عام, or with no such word before it, م is the Gregorian marker: a year
    d = qs("وصل إلى قرطبة عام 822م، وهدم الهيكل الثاني عام 70م.")
    assert [(t.kind, t.value) for t in d.temporals] == [("date", "0822"), ("date", "0070")]
    # square metres written with their own unit stay as they were
    assert q_of(qs("على مساحة 500م2 في وسط المدينة."), "500م2").unit == "m2"


def test_first_after_al_fariq_before_a_name_is_a_military_rank():
    # الفريق أول ركن، الفريق أول + a given name: the rank 'general', no ordinal
    d = qs("وكان في وداعه رئيس هيئة الأركان العامة الفريق أول ركن عبدالرحمن البنيان، "
           "ورعى مدير الأمن العام الفريق أول سعيد بن عبدالله القحطاني الحفل.")
    assert list(d.quantities) == []
    # the team's first training: an ordinal
    d = qs("وأجرى الفريق أول تدريباته مساء اليوم على ملعب النادي.")
    assert [(q.text, q.kind) for q in d.quantities] == [("أول تدريباته", "ordinal")]


def test_a_modifier_behind_two_clitics_or_fa_keeps_its_meaning():
    # وبنحو، ولأكثر من، فنحو: about / more than, the clitics left out of the span
    d = qs("ارتفعت الودائع وبنحو 3.3 مليار دينار، ولأكثر من 12 سنة ظلت في الصدارة، فنحو 60% من الناس يرون ذلك.")
    assert [(q.text, q.modifier) for q in d.quantities] == [
        ("نحو 3.3 مليار دينار", "about"), ("أكثر من 12 سنة", "more_than"), ("نحو 60%", "about")]
    # ف on a verb is no modifier: فتحت 3 أبواب 'she opened 3 doors'; وبما يزيد عن starts at يزيد
    assert [(q.text, q.modifier) for q in qs("فتحت 3 أبواب للزوار.").quantities] == [("3 أبواب", None)]
    d = qs("وتراجع برنت الأسبوع الماضي وبما يزيد عن 10% منذ بداية الشهر.")
    assert [(q.text, q.modifier) for q in d.quantities] == [("يزيد عن 10%", "more_than")]


def test_a_modifier_written_without_its_space_is_read():
    # مايقارب، لايقل عن، لاتتجاوز، لايزيد عن: ما/لا glued to the verb, as the web press often types them
    d = qs("ويمثلون مايقارب 200 تاجر، وأصيب ما لايقل عن 116 طفلاً، بعقود لاتتجاوز 800 الف دولار، "
           "وبعمر لايزيد عن 26 سنة.")
    assert [(q.text, q.modifier) for q in d.quantities] == [
        ("مايقارب 200 تاجر", "about"), ("ما لايقل عن 116 طفلاً", "at_least"),
        ("لاتتجاوز 800 الف دولار", "at_most"), ("لايزيد عن 26 سنة", "at_most")]
    # مالا before a verb that is no bound: nothing
    assert list(qs("وقال مالا يعرفه الناس عن 3 قضايا.").quantities)[0].modifier is None


def test_a_spaced_tatweel_between_digits_reads_as_a_dash():
    # "2015 ـــ 2020م"، موسم 2002 ـ 2003: one period, as with a dash
    d = qs('لأهداف الخطة الإستراتيجية "2015 ـــ 2020م"، وفاز بالبطولة موسم 2002 ـ 2003.')
    assert [(t.kind, t.value) for t in d.temporals] == [("period", "2015/2020"), ("period", "2002/2003")]
    # بين 70 ـــ 90 في المائة: a range, as بين 70 - 90 في المائة
    d = qs("التي تراوح فيها بين 70 ـــ 90 في المائة.")
    assert [(q.kind, q.low, q.high, q.unit) for q in d.quantities] == [("range", 70.0, 90.0, "%")]
    # a score's tatweel: no range, as with a dash
    assert [q.kind for q in qs("فاز الفريق 3 ــ 1 على ضيفه.").quantities] == []


def test_a_number_closing_a_bracket_opened_before_words_counts_nothing_after_it():
    # (عيدنا كدا 2) ستشهد، مقاس (4×6) كاشف: the bracket holds a name or a size, the word after is no noun counted
    d = qs("وأكد أن النسخة الثانية من (عيدنا كدا 2) ستشهد خارطة متنوعة، و(8) صورة ملونة مقاس (4×6) كاشف الرأس.")
    assert [(q.text, q.counted) for q in d.quantities if q.kind == "number" and q.value in (2.0, 6.0)] == [
        ("2", None), ("6", None)]
    # a number alone in brackets still counts the noun after them
    assert q_of(d, "(8) صورة").unit == "صورة"


def test_the_edition_in_a_festival_name_is_no_quantity():
    # عيد طيبة 36، مهرجان جدة 36، عيد وصيف الخرج 36: the festival's name with its Hijri year, no number
    d = qs("تتواصل احتفالات عيد طيبة 36 التي تنظمها الأمانة، ومهرجان جدة 36 في نسخته 17، "
           "وفعاليات (عيد وصيف الخرج 36) في يومها الرابع.")
    assert [(q.text, q.value) for q in d.quantities if q.kind == "number"] == [("17", 17.0)]
    # the feast itself: عيد الفطر 36 منهم is a count of children killed in it
    d = qs("مقتل 39 طفلاً خلال أيام عيد الفطر 36 منهم على يد القوات الحكومية.")
    assert [q.value for q in d.quantities] == [39.0, 36.0]


def test_a_day_and_a_dash_before_a_slash_date_are_one_period():
    # 19 – 21 / 10 / 1436هـ: the 19th to the 21st of Shawwal 1436 (two dates until nums16), no range 19-21,
    # number 10 or year alone
    d = qs("والذي سيتم عقده خلال الفترة 19 – 21 / 10 / 1436هـ ، سيكون آخر موعد للتسجيل.")
    assert [(t.text, t.value, t.calendar) for t in d.temporals] == [
        ("19 – 21 / 10 / 1436هـ", "1436-10-19/1436-10-21", "hijri")]
    assert list(d.quantities) == []


def test_the_definite_first_before_a_year_or_a_day_is_an_adjective():
    # الفريق الأول عام 1999: the first team, then the year; no "beginning of 1999" spanning الأول
    d = qs("وتدرج في فرقه العمرية حتى طرق باب الفريق الأول عام 1999، وينطلق الملتقى الأول يوم الأحد.")
    assert [t.text for t in d.temporals] == ["عام 1999", "يوم الأحد"]
    # بين الأول والخامس عشر من يوليو: two days of July
    d = qs("وأجري المسح في الفترة بين الأول والخامس عشر من يوليو/ تموز.")
    assert [t.value for t in d.temporals] == ["XXXX-07-01", "XXXX-07-15"]
    # أول without the article still opens a period: أول عام 2015
    assert [t.value for t in qs("ويبدأ التطبيق أول عام 2015.").temporals] == ["2015"]


def test_from_to_after_a_verb_of_ranging_is_one_range():
    # تتراوح ... من X إلى Y: the values range between two ends, one range whose scale both ends share
    d = qs("وتتراوح الغرامة من 5 إلى 10 آلاف ريال، ويحكم بالسجن لمدد تتراوح من سبعة إلى عشرين عاما.")
    r = q_of(d, "من 5 إلى 10 آلاف ريال")
    assert (r.kind, r.low, r.high, r.unit) == ("range", 5000.0, 10000.0, "SAR")
    r = q_of(d, "من سبعة إلى عشرين عاما")
    assert (r.kind, r.low, r.high, r.unit) == ("range", 7.0, 20.0, "year")
    # the plural of age before من: أعمارها من ٥٥ إلى ١٥٠ سنة
    r = q_of(qs("وعرض عددًا من الأفلام الوثائقية، أعمارها من ٥٥ إلى ١٥٠ سنة."), "من ٥٥ إلى ١٥٠ سنة")
    assert (r.kind, r.low, r.high) == ("range", 55.0, 150.0)
    # after a verb of change من X إلى Y stays two values, a change from one to the other
    d = qs("وارتفعت الضريبة من 13 إلى 23 ريالا، وقفز الدخل من 5 إلى 10 ملايين ريال.")
    assert [(q.kind, q.value) for q in d.quantities] == [
        ("money", 13.0), ("money", 23.0), ("money", 5_000_000.0), ("money", 10_000_000.0)]


def test_a_modifier_before_a_percent_sign_typed_first_is_kept():
    # بحوالي %33: the sign typed before the digits (right to left); the modifier still bounds the percent
    d = qs("انتهى المطاف بحوالي %33 من المجيبين إلى العمل في القطاع الخاص، وارتفع الإنفاق بنحو %12.")
    p = q_of(d, "حوالي %33")
    assert (p.kind, p.value, p.modifier) == ("percent", 33.0, "about")
    assert q_of(d, "نحو %12").modifier == "about"
    # with no modifier before it the sign typed first gives the bare percent
    p = q_of(qs("وبلغت نسبة المشاركين %45 من العينة."), "%45")
    assert (p.kind, p.value, p.modifier) == ("percent", 45.0, None)


def test_a_definite_fraction_after_a_ratio_word_is_no_count():
    # بنسبة الخمس، بمقدار العشر: a fifth, a tenth; alone they give nothing, as الثلث or النصف alone
    d = qs("بعد تراجع الصادرات إليهم بنسبة الخمس خلال العام الفائت، وانخفض عدد المراجعين بمقدار العشر.")
    assert [q.value for q in d.quantities if q.value in (5.0, 10.0)] == []
    d = qs("وخفض رئيس الوزراء أهداف الطاقة المتجددة بواقع الخمس منذ شهر.")
    assert [q.value for q in d.quantities if q.value == 5.0] == []
    # the same words elsewhere are the numbers five and ten
    d = qs("واجتمع وزراء الدول الخمس مع الأعضاء العشر في المجلس.")
    assert [q.value for q in d.quantities] == [5.0, 10.0]


def test_nine_after_the_jussive_particle_is_a_verb():
    # لم تسع 'did not seek' (سعى in the jussive): no nine counting أبدا or مثل
    d = qs("لأن إيران لم تسع أبدا إلى امتلاك السلاح الذري، ولم تسع مثل قبائل الشمال إلى التوسع.")
    assert list(d.quantities) == []
    # تسع elsewhere is nine
    t = q_of(qs("وظل في منصبه تسع سنوات قبل أن يستقيل."), "تسع سنوات")
    assert (t.value, t.unit) == (9.0, "year")


def test_a_bare_dirham_in_a_moroccan_article_is_the_moroccan_dirham():
    # الحكومة المغربية names Morocco and nothing names the Emirates: درهم is MAD
    d = qs("بلغ جاري المديونية الداخلية للحكومة المغربية 452.5 مليار درهم (45.2 مليار دولار) في نهاية يونيو.")
    m = q_of(d, "452.5 مليار درهم")
    assert (m.unit, m.value) == ("MAD", 452_500_000_000.0)
    assert q_of(d, "45.2 مليار دولار").unit == "USD"
    # with the Emirates named too, or no country at all, it stays the UAE dirham
    d = qs("وقعت شركة في دبي عقدا بقيمة 500 مليون درهم مع شركة مغربية.")
    assert q_of(d, "500 مليون درهم").unit == "AED"
    assert q_of(qs("وتبدأ الأسعار من 150 درهما للفرد."), "150 درهما").unit == "AED"


def test_a_kilometre_marker_and_the_palestinians_of_48_are_names():
    # كيلو ٦٠ marks a place on a road, فلسطينيي 48 names the Arabs of Israel: no quantity (the guide skips names)
    d = qs("وقع حادث انقلاب مركبة بطريق الهجرة كيلو ٦٠ قبل مركز اليتمة، وبدأت إسرائيل تسمح لفلسطينيي 48 بتقديم المساعدات.")
    assert list(d.quantities) == []
    # a number that measures something after كيلو stays: a price per kilo
    m = q_of(qs("وبلغ سعر الكيلو 30 ريالا في السوق."), "30 ريالا")
    assert (m.kind, m.value, m.unit) == ("money", 30.0, "SAR")


def test_two_dates_after_the_period_word_and_from_are_one_period():
    # في الفترة من 25 إلى 28 مايو: one period, as بين مارس ويوليو is one (the guide's range of dates)
    d = qs("وينعقد المؤتمر في الفترة من 25 إلى 28 مايو، والمهرجان خلال الفترة من 15 شوال إلى 25 من شهر ذي القعدة 1436هـ.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("من 25 إلى 28 مايو", "period", "XXXX-05-25/XXXX-05-28"),
        ("من 15 شوال إلى 25 من شهر ذي القعدة 1436هـ", "period", "1436-10-15/1436-11-25")]
    # without a period word the two dates stay two: أن تجرى الجلسات من 20 يوليو إلى 22 أكتوبر
    d = qs("وقرر المجلس أن تجرى الجلسات من 20 يوليو إلى 22 أكتوبر.")
    assert [(t.text, t.kind) for t in d.temporals] == [("20 يوليو", "date"), ("22 أكتوبر", "date")]


def test_within_the_limits_of_is_about():
    # في حدود / بحدود 'in the region of': the modifier about, its words in the span
    d = qs("ولازالت نسبة القروض إلى الودائع في حدود 82%، وتقدر الخسارة بحدود 140 مليار يورو.")
    p = q_of(d, "في حدود 82%")
    assert (p.kind, p.value, p.modifier) == ("percent", 82.0, "about")
    m = q_of(d, "بحدود 140 مليار يورو")
    assert (m.kind, m.unit, m.modifier) == ("money", "EUR", "about")
    # حدود alone is the borders: no modifier on what follows
    assert [q.modifier for q in qs("وطالب بدولة على حدود عام 1967 وعاصمتها القدس.").quantities] == []


def test_the_numbers_of_an_inline_list_are_no_quantities():
    # 1. ... 2. ... 3.: a list's items numbered in a running text, no numbers 1, 2, 3
    d = qs("وهي عدة نقاط أوجز أهمها: 1. قد يظن البعض أن الاستفادة متكافئة. 2. يلاحظ أن التعريف غير دقيق. "
           "3. بالنظر إلى أن التقدير شخصي.")
    assert list(d.quantities) == []
    d = qs("يرسل إلينا برسائل مختلفة تماما: (1) الوقاحة أو (2) الهوس.")
    assert list(d.quantities) == []
    # digits that start no run from 1 stay numbers: سجل 5. ثم 7.
    d = qs("وكان ترتيبه في السباق الأول 5. ثم جاء في الثاني 7. وهو تحسن ملحوظ.")
    assert [q.value for q in d.quantities if q.kind == "number"] == [5.0, 7.0]


def test_an_amount_after_minus_is_negative():
    # ناقص 2.1 في المائة: minus 2.1 percent, the word in the span
    d = qs("وسجلت أدنى المعدلات السنوية في قبرص ناقص 2.1 في المائة، والغاز ناقص 0.07 نقطة.")
    p = q_of(d, "ناقص 2.1 في المائة")
    assert (p.kind, p.value) == ("percent", -2.1)
    assert q_of(d, "ناقص 0.07 نقطة").value == pytest.approx(-0.07)
    # ناقص before players is 'short of': the count stays positive, without the word
    c = q_of(qs("وأكمل الفريق المباراة ناقص 3 لاعبين."), "3 لاعبين")
    assert c.value == 3.0


def test_contracts_after_a_verb_of_signing_are_no_decades():
    # توقيع ثلاثة عقود، توقع 7 عقود: contracts signed, counted as such, no decades
    d = qs("وتوجت الصناعات الجوية عامها مع توقيع ثلاثة عقود في زمن قياسي، والهيئة الملكية توقع 7 عقود بـ 210 ملايين ريال.")
    c = q_of(d, "ثلاثة عقود")
    assert (c.kind, c.value, c.unit) == ("number", 3.0, "عقود")
    assert q_of(d, "7 عقود").kind == "number"
    # وقعت عقدين: two contracts, no two decades (as عقدين بلغت قيمتهما)
    assert [q.unit for q in qs("وكانت الشركة قد وقعت عقدين منذ بداية العام.").quantities] == []
    # without a verb of signing عقود are decades
    t = q_of(qs("تم تصوير المقطع قبل ثمانية عقود."), "ثمانية عقود")
    assert (t.kind, t.unit) == ("measure", "decade")


def test_a_range_of_days_before_a_month_is_one_period():
    # ما بين 3 إلى 5 فبراير 2013: the 3rd to the 5th of February, one period (no range 3-5 and month apart)
    d = qs("وتقام المعارض خلال الفترة ما بين 3 إلى 5 فبراير 2013 في أبو ظبي.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("ما بين 3 إلى 5 فبراير 2013", "period", "2013-02-03/2013-02-05")]
    assert list(d.quantities) == []
    # a range with its unit before the month stays a range: بين 3 و5 أيام في نوفمبر
    d = qs("وتستمر الزيارة بين 3 و5 أيام في نوفمبر.")
    assert [q.kind for q in d.quantities] == ["range"] and [t.value for t in d.temporals] == ["XXXX-11"]


def test_the_last_ten_nights_of_ramadan_are_a_period_name_no_ten():
    # العشر الأواخر (also behind و/ب) names the last ten nights of Ramadan: no number 10
    d = qs("ارتفعت نسبة الإشغال إلى 100 % خلال العشر الأواخر من رمضان، والعشر الأواخر بالذات.")
    assert [(q.kind, q.value) for q in d.quantities] == [("percent", 100.0)]
    # a plural noun before it is what the ten count: السنوات العشر الأواخر = 10 years
    y = q_of(qs("تضاعفت الأسعار في السنوات العشر الأواخر."), "السنوات العشر")
    assert (y.value, y.unit) == (10.0, "year")


def test_aqd_after_a_numbered_event_is_the_verb_was_held_no_decades():
    # والمؤتمر 11 عقد من 5 ــ 7 ذي الحجة: the 11th conference was held ..., no 11 decades, no quantity
    d = qs("والمؤتمر 11 عقد من 5 ــ 7 ذي الحجة 1431هـ بعنوان التحديات، المؤتمر 12 عقد في الفترة نفسها.")
    assert list(d.quantities) == []
    assert [t.value for t in d.temporals] == ["1431-12-05/1431-12-07"]
    # عقد من الزمن stays a decade, and عقود are decades
    d = qs("ظل المبنى مهجورا منذ 11 عقد من الزمن وقبل 3 عقود من الآن.")
    assert [(q.value, q.unit) for q in d.quantities] == [(11.0, "decade"), (3.0, "decade")]


def test_a_dash_period_takes_its_opening_min_or_bayn_as_the_ila_form_does():
    # في الفترة من 3-9 يوليو 2015 spans from من, as في الفترة من 3 إلى 9 يوليو 2015 does
    dash = qs("انخفض عدد الجرائم خلال الفترة من 3-9 يوليو 2015 مقارنة بالعام الماضي.")
    ila = qs("انخفض عدد الجرائم خلال الفترة من 3 إلى 9 يوليو 2015 مقارنة بالعام الماضي.")
    assert [(t.text, t.value) for t in dash.temporals] == [("من 3-9 يوليو 2015", "2015-07-03/2015-07-09")]
    assert [t.text for t in ila.temporals] == ["من 3 إلى 9 يوليو 2015"]
    d = qs("ارتفعت الكميات للأسبوع ما بين 15-25 يوليو الحالي بمقدار 30 ألف برميل يوميا.")
    assert [t.text for t in d.temporals] == ["ما بين 15-25 يوليو الحالي"]
    # no opening word, or one glued into a longer word (ضمن): the span starts at the first day
    d = qs("يقام المعرض 25 ـ 28 مايو 2015، وضمن 3-4 يونيو 2015 تقام الندوات.")
    assert [t.text for t in d.temporals] == ["25 ـ 28 مايو 2015", "3-4 يونيو 2015"]


def test_two_dates_with_their_own_months_joined_by_a_dash_are_one_period():
    # من 29 ذي القعدة ــ 2 ذي الحجة 1423هـ: across the month's end, the first day taking the year of the second
    d = qs("والمؤتمر الثالث عقد من 29 ذي القعدة ــ 2 ذي الحجة 1423هـ، بعنوان العلاقات الدولية.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("من 29 ذي القعدة ــ 2 ذي الحجة 1423هـ", "period", "1423-11-29/1423-12-02")]
    d = qs("ويقام المعرض خلال الفترة 25 مايو - 2 يونيو، ثم من 28 ديسمبر - 3 يناير 2016.")
    assert [t.value for t in d.temporals] == ["XXXX-05-25/XXXX-06-02", "2015-12-28/2016-01-03"]
    # the first not earlier than the second: two dates, as written
    d = qs("وكان ذلك في 2 يونيو - 25 مايو.")
    assert [(t.kind, t.value) for t in d.temporals] == [("date", "XXXX-06-02"), ("date", "XXXX-05-25")]


def test_dotted_thousands_before_a_partitive_min_and_a_definite_noun_are_a_whole_number():
    # بـ14.500 من المصححين، أكثر من 1.603 من الأساتذة: people counted, the dot groups thousands
    d = qs("وتدير الهيئة 21 مركز تصحيح بـ14.500 من المصححين، ويعمل بها أكثر من 1.603 من الأساتذة.")
    assert [(q.text, q.value) for q in d.quantities][1:] == [("14.500", 14500.0), ("أكثر من 1.603", 1603.0)]
    # no partitive after it: a decimal (the dollar index), and one or two decimals stay decimals
    d = qs("وبلغ مؤشر الدولار أعلى مستوى عند 98.088 في المعاملات الصباحية، وارتفع 1.5 من النقاط.")
    assert [q.value for q in d.quantities] == [98.088, 1.5]


def test_a_quote_mark_between_the_period_word_and_min_keeps_the_period():
    # خلال الفترة "من 21 يونيو إلى 13 يوليو": one period, as without the mark
    d = qs('وتزيد الرحلات بين القصيم وجدة خلال الفترة "من 21 يونيو إلى 13 يوليو"، وهي ذروة الموسم.')
    assert [(t.text, t.value) for t in d.temporals] == [("من 21 يونيو إلى 13 يوليو", "XXXX-06-21/XXXX-07-13")]
    # with no period word before it, من ... إلى stays two dates (a date may move from one day to another)
    d = qs('وتأجل الموعد "من 21 يونيو إلى 13 يوليو".')
    assert [t.kind for t in d.temporals] == ["date", "date"]


def test_a_range_of_money_whose_low_end_reads_as_a_year_is_a_range():
    # ما بين 2000 و2500 إسترليني: a currency after the high end, a range of money (were 2000 and 2500 apart)
    d = qs("أما إيجار شقة متوسطة فيصل إلى ما بين 2000 و2500 إسترليني في الأسبوع.")
    assert [(q.text, q.kind, q.low, q.high, q.unit) for q in d.quantities] == [
        ("ما بين 2000 و2500 إسترليني", "range", 2000.0, 2500.0, "GBP")]
    # with nothing priced after it, بين 2000 و2010 is a span of years, no range of numbers
    d = qs("وقعت هذه الحوادث بين 2000 و2010 في المدينة.")
    assert not any(q.kind == "range" for q in d.quantities)
    assert [t.kind for t in d.temporals] == ["period"]


def test_a_part_joined_by_wa_with_a_scale_not_below_the_one_before_starts_a_new_number():
    # ما بين مليون وخمسة ملايين إسترليني، بين مليونين وثلاثة ملايين دولار: two ends of a range (were 6 and
    # 5 million, the two added)
    d = qs("وحجم التعاقدات في القطاع العقاري ما بين مليون وخمسة ملايين إسترليني سنويا.")
    assert [(q.kind, q.low, q.high, q.unit) for q in d.quantities] == [("range", 1e6, 5e6, "GBP")]
    d = qs("وقال إن منظمته جمعت ما بين مليونين وثلاثة ملايين دولار لإدارة حملة دعائية.")
    assert [(q.kind, q.low, q.high) for q in d.quantities] == [("range", 2e6, 3e6)]
    # the parts falling in scale make one number, a half of the scale included
    d = qs("أرسلت الإدارة مبلغ مليون ومائة ألف دولار للنادي، ونزح أكثر من مليون ونصف مليون شخص.")
    assert [q.value for q in d.quantities] == [1100000.0, 1500000.0]


def test_a_bare_dinar_or_lira_takes_the_code_of_the_one_country_of_it_the_article_names():
    # an article on Kuwait: 4.871 مليار دينار is KWD; one on Lebanon: 311 مليار ليرة is LBP (were no code)
    d = qs("قال الوزير إن تكلفة إنشاء المصفاة التي تعتزم الكويت بناءها ستبلغ 4.871 مليار دينار.")
    assert [(q.text, q.unit) for q in d.quantities] == [("4.871 مليار دينار", "KWD")]
    d = qs("الكتلة النقدية في لبنان ترتفع، وبلغت الودائع 311 مليار ليرة في يونيو.")
    assert [(q.text, q.unit) for q in d.quantities if q.kind == "money"] == [("311 مليار ليرة", "LBP")]
    # two countries of the dinar named (الكويت والأردن), or none: no code, as before
    d = qs("وارتفعت الأسهم في الكويت والأردن، وربحت الشركة 11.6 مليون دينار.")
    assert [(q.text, q.unit) for q in d.quantities] == [("11.6 مليون دينار", None)]
    d = qs("وربحت الشركة 11.6 مليون دينار في الربع الثاني.")
    assert [(q.text, q.unit) for q in d.quantities if q.kind == "money"] == [("11.6 مليون دينار", None)]
    # a country of another currency word (تركيا for the lira) leaves the dinar to its own country
    d = qs("استوردت مملكة البحرين سجائر من تركيا بقيمة 29 مليون دينار.")
    assert [q.unit for q in d.quantities] == ["BHD"]
    # the entities' currency mention of the same word takes the same code by the same rule
    from arnews.entities.currencies import DocumentCurrencies
    doc = DocumentCurrencies("أعلنت الكويت ميزانية بقيمة 25 مليون دينار.")
    assert doc.code(None, None, "دينار") == ("kwd", "Kuwaiti dinar")
    assert DocumentCurrencies("أعلنت الكويت والعراق 25 مليون دينار.").code(None, None, "دينار") == (None, None)


def test_a_run_of_digits_too_long_for_a_float_gives_no_quantity_and_the_document_round_trips():
    # ۱۲۳ ـــ and 401 nines: the high end overflows to inf, which JSON cannot carry (was a range 123-inf)
    from arnews.records import Document
    d = qs("۱۲۳ ـــ " + "9" * 401)
    assert d.quantities == []
    assert Document.model_validate_json(d.model_dump_json()).model_dump() == d.model_dump()
    # a long but finite amount stays
    d = qs("بلغت الكتلة النقدية 480 مليار ليرة.")
    assert [q.value for q in d.quantities] == [480e9]


def test_a_year_after_a_year_word_and_its_adjective_is_one_date_with_them():
    # العام الحالي 2015، مطلع العام الفائت 2014: the year alone left the words out (and, with a reference
    # date, the relative words were a second temporal for the same year)
    for ref in (None, dt.date(2015, 7, 21)):
        d = qs("وجاءت السحوبات النقدية خلال العام الحالي 2015 في شهر فبراير، بعد أن سيطر التنظيم على المدينة "
               "مطلع العام الفائت 2014، وتراجعت الإيرادات عن العام المالي 2013 بنسبة 3%.", reference_date=ref)
        years = [(t.text, t.kind, t.value) for t in d.temporals if t.value and t.value[:2] in ("20", "14")]
        assert years == [("العام الحالي 2015", "date", "2015"), ("مطلع العام الفائت 2014", "date", "2014"),
                         ("العام المالي 2013", "date", "2013")]
    # a Hijri year after الدراسي/الهجري, and a pair of years, take the words in too
    d = qs("بدأ العام الدراسي 1436، ويتقدم المرشحون للعام الجامعي 1436/1437هـ قبل نهاية العام الهجري 1436.")
    assert (t_of(d, "العام الدراسي 1436").value, t_of(d, "العام الدراسي 1436").calendar) == ("1436", "hijri")
    assert t_of(d, "لعام الجامعي 1436/1437هـ").value == "1436/1437"
    assert t_of(d, "نهاية العام الهجري 1436").calendar == "hijri"
    # the other reading: digits that count the word after them stay a count (no year 2000 nor 1500 here)
    d = qs("وسجلت المستشفيات العام الماضي 2000 حالة، واستقبلت الجامعة العام الحالي 1500 طالب.",
           reference_date=dt.date(2015, 7, 21))
    assert [(q.text, q.value) for q in d.quantities] == [("2000 حالة", 2000), ("1500 طالب", 1500)]
    assert [t.text for t in d.temporals] == ["العام الماضي", "العام الحالي"]


def test_milan_behind_wa_inclinations_and_a_verb_before_a_quoted_name_are_no_units():
    # وميلان الإيطالي is the club (the check for Milan missed the glued و), ميول 'inclinations' no miles
    # (أميال are), وقدم "العيد" شرحا the verb 'gave' before a quoted name, no foot
    d = qs("لعب لباريس سان جيرمان الفرنسي وبرشلونة الإسباني وميلان الإيطالي قبل أن يعود إلى فلامنجو. "
           "ويصعب التأكد من ميول المتطوعين. وقدم \"العيد\" شرحاً لفكرة البرنامج.")
    assert d.quantities == []
    # the other reading: the dual and the foot alone between punctuation, and miles in a range, stay units
    d = qs("ركض مسافة ميلين ثم توقف، وقطع بين ميلين وخمسة أميال. يبلغ طوله (قدم) تقريبا.")
    assert [(q.text, q.unit, q.value if q.kind != "range" else (q.low, q.high)) for q in d.quantities] == [
        ("ميلين", "mi", 2.0), ("بين ميلين وخمسة أميال", "mi", (2.0, 5.0)), ("قدم", "ft", 1.0)]


def test_the_height_of_the_waves_from_a_unit_word_to_another_is_one_range():
    # the weather report's وارتفاع الموج من متر إلى متر ونصف: the low end the unit word alone, the high
    # end the unit and a half (were two measures, 1 m and 1.5 m)
    d = qs("وأورد التقرير أن الرياح ستكون بسرعة 15 – 35 كم/ساعة، وارتفاع الموج من متر إلى متر ونصف، "
           "وعلى الخليج العربي وارتفاع الموج من متر ونصف الى مترين ونصف، وحالة البحر متوسط الموج.")
    assert [(q.text, q.kind, q.low, q.high, q.unit) for q in d.quantities] == [
        ("15 – 35 كم/ساعة", "range", 15.0, 35.0, "km/h"), ("من متر إلى متر ونصف", "range", 1.0, 1.5, "m"),
        ("من متر ونصف الى مترين ونصف", "range", 1.5, 2.5, "m")]
    # the other reading: without a cue of ranging before من it is a change (or a distance): two measures
    d = qs("ارتفع منسوب المياه من متر إلى مترين خلال ساعة.")
    assert [(q.text, q.value) for q in d.quantities if q.unit == "m"] == [("متر", 1.0), ("مترين", 2.0)]


def test_al_yawm_right_after_fi_is_a_day_not_today():
    # ثلاث مرات في اليوم، 60 يورو في اليوم: 'a day', per day (was a relative date on the reference day)
    ref = dt.date(2015, 7, 21)
    d = qs("سمح للمودعين بصرف 60 يورو في اليوم بحد أقصى، ويؤدون الصلاة خمس مرات في اليوم.", reference_date=ref)
    assert d.temporals == []
    # the other reading: اليوم after another word is today (في تصريح صحفي اليوم، وقال اليوم)
    d = qs("وقال المتحدث في تصريح صحفي اليوم إن الدفعة وصلت.", reference_date=ref)
    assert [(t.text, t.value) for t in d.temporals] == [("اليوم", "2015-07-21")]


def test_a_dash_range_shares_the_scale_of_its_high_end():
    # 1.5 - 4.5 مليون دولار، 70-85 مليار دولار: the low end was 1.5 and 70 (as بين 3 و5 ملايين already read)
    d = qs("تبدأ الأسعار من مليون إسترليني (1.5 - 4.5 مليون دولار)، واشترت الغاز بحوالي 70-85 مليار دولار.")
    assert [(q.text, q.low, q.high) for q in d.quantities if q.kind == "range"] == [
        ("1.5 - 4.5 مليون دولار", 1.5e6, 4.5e6), ("حوالي 70-85 مليار دولار", 70e9, 85e9)]
    # the other reading: a low end that, scaled, would pass the high end is a full figure
    d = qs("تراوحت المبالغ 500 - 2 مليون ريال، ويتراوح الإيجار 1500 - 2000 ريال شهريا.")
    assert [(q.low, q.high) for q in d.quantities if q.kind == "range"] == [(500, 2e6), (1500, 2000)]


def test_thousands_and_three_digits_after_wa_are_one_number():
    # 81 ألفا و359 مشجعا = 81,359 fans (was 81,000 and 359 fans); a modifier and a unit go with the whole
    d = qs("يستوعب الملعب الآن 81 ألفاً و359 مشجعاً، ويتسع الآخر لنحو 18 الف و 500 مشجع، "
           "واستوردت الصين 671 ألفا و800 برميل يوميا، ويبلغ عدد السكان نحو مليون و336 ألفا و989 نسمة.")
    assert [(q.text, q.value, q.unit, q.modifier) for q in d.quantities] == [
        ("81 ألفاً و359 مشجعاً", 81359, "مشجعاً", None), ("نحو 18 الف و 500 مشجع", 18500, "مشجع", "about"),
        ("671 ألفا و800 برميل", 671800, "barrel", None),
        ("نحو مليون و336 ألفا و989 نسمة", 1336989, "نسمة", "about")]
    # the other reading: one or two digits after و are a second amount sharing the scale (60 ألفا و40),
    # and a comma between keeps them apart
    d = qs("خصصت 60 ألفا للذهبية و40 للفضية. وبلغ عدد الزوار 3 آلاف، و500 في جدة.")
    assert [q.value for q in d.quantities] == [60000, 40, 3000, 500]


def test_digits_in_quote_marks_with_spaces_inside_still_count_the_word_after():
    # " 36428 " مخالفة، الجدة "101 " عام، “28 ” سنة: the noun was lost (the spaces inside the marks), and a
    # dot before three digits groups thousands as without the marks (" 27.535 " مركبة = 27,535)
    d = qs('ضبطت الإدارة " 36428 " مخالفة، وحجزت " 27.535 " مركبة. وتوفيت الجدة "101 " عام، '
           'ويشترط ألا يتجاوز عمر المتقدم “28 ” سنة.')
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [
        ('" 36428 " مخالفة', 36428, "مخالفة"), ('" 27.535 " مركبة', 27535, "مركبة"),
        ('"101 " عام', 101, "year"), ("“28 ” سنة", 28, "year")]
    # the other reading: a closing mark before the digits and an opening one after them pair nothing
    d = qs('قال "الأمر" 5 "أشخاص" فقط.')
    assert [(q.text, q.unit) for q in d.quantities] == [("5", None)]


def test_mateen_after_a_word_is_solid_not_two_hundred():
    # متين 'solid' (the Egyptian spelling of مئتين): أساس متين، الترابط المتين، قوي ومتين were 200
    d = qs("لدينا الآن أساس متين للتوصل إلى اتفاق، وأثبت ذلك الترابط المتين بين القيادة والشعب، في إطار قوي ومتين.")
    assert d.quantities == []
    # the other reading: alone, or with more number words, it is the number
    assert [q.value for q in qs("متين").quantities] == [200]
    assert [q.value for q in qs("متين وعشرة").quantities] == [210]


def test_a_year_after_hatha_al_am_is_one_date_with_the_year_word():
    # لهذا العام 1436هـ، هذا العام 2015: one date from the year word on, as the news guide's annotators mark
    # it (العام 1436هـ); the relative words were a second temporal, and the year alone left العام out
    for ref in (None, dt.date(2015, 7, 21)):
        d = qs("احتفلت المنطقة بعيد الفطر لهذا العام 1436هـ، وارتفع عدد الركاب في النصف الأول من هذا العام 2015.",
               reference_date=ref)
        assert [(t.text, t.value, t.calendar) for t in d.temporals] == [
            ("العام 1436هـ", "1436", "hijri"), ("العام 2015", "2015", "gregorian")]
    # the other reading: digits that count the word after them stay a count; هذا العام alone is relative
    d = qs("استقبلت الجامعة هذا العام 1436 طالبا.", reference_date=dt.date(2015, 7, 21))
    assert [(q.text, q.value) for q in d.quantities] == [("1436 طالبا", 1436)]
    assert [(t.text, t.kind) for t in d.temporals] == [("هذا العام", "relative")]


def test_ascii_decimal_comma_after_four_digits():
    # the wire's gold price: 1103,25 دولار للأوقية is one price (1103.25), was 1103 and 25 dollars
    d = qs("وارتفع الذهب 0,5 بالمئة إلى 1103,25 دولار للأوقية، وهبط سعر التسليم إلى 1102,4 دولار للأوقية.")
    assert [(q.text, q.value, q.unit) for q in d.quantities if q.kind == "money"] == [
        ("1103,25 دولار", 1103.25, "USD"), ("1102,4 دولار", 1102.4, "USD")]
    # the other reading: a comma before three digits groups thousands, and two years stay two
    assert [q.value for q in qs("بلغت التكلفة 1,250 ريال").quantities] == [1250]
    d = qs("في عامي 2013,2014 زاد الإنتاج")
    assert [t.value for t in d.temporals] == ["2013", "2014"]


def test_a_year_before_a_past_verb_on_hamza_counts_nothing():
    # بدأ normalizes to بدا, which ended like an accusative noun (فرعا): the year was a count of بدأ
    d = qs("واعتبارا من 1974 بدأ اسمه يعرف في الخارج.")
    assert d.quantities == []
    assert [(t.text, t.value) for t in d.temporals] == [("1974", "1974")]
    # the other reading: an accusative noun written with a bare ا is still what the number counts
    d = qs("افتتح البنك 1959 فرعا في المملكة.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [("1959 فرعا", 1959, "فرعا")]


def test_alif_baa_is_the_abcs_not_a_thousand():
    # ألف باء 'the ABCs' (the names of the first two letters), a magazine's name too: no 1000
    d = qs("يعون جيدًا أن ألف باء مكافحة الإرهاب هو التعاون، وكتب في مجلة «ألف باء» العراقية.")
    assert d.quantities == []
    # the other reading: ألف before a noun it counts stays a thousand
    d = qs("وزعت الجمعية ألف بطانية على الأسر.")
    assert [(q.text, q.value) for q in d.quantities] == [("ألف بطانية", 1000)]


def test_no_quantity_in_a_scraped_stylesheet_or_script():
    # a poll widget's inline CSS and script glued to the article: padding: 0، color-stop(4%، the chart's
    # data ['a1870',1254] gave 25 numbers an article
    text = ("ما النوع الذي تفضله؟. #vote_area2 ul { padding: 0; margin: 0; } .box_vote { zbackground: "
            "-webkit-gradient(linear, left top, left 25, from(#fff), color-stop(4%, #eee)); padding:18px; } "
            "jQuery('#vote_area2').html('انتظر لحظات…'); url = jQuery(this).attr('action'); jQuery.post(url,"
            "{site:site} ,function(data){ jQuery('#vote_area2').html(data); }); return false; }); "
            "var plot1 = jQuery.jqplot('pie1', [[ ['a1870',1254],"
            "['a1871',1451] ]], { rendererOptions: { padding: 8, showDataLabels: true } }); "
            "كيف تتناول إفطارك؟ شارك 300 قارئ في التصويت.")
    d = qs(text)
    assert [(q.text, q.value) for q in d.quantities] == [("300 قارئ", 300)]
    # the other reading: braces used as quote marks around Arabic (the Asharq Al-Awsat style) hide nothing
    d = qs("وقال لـ{الشرق الأوسط} إن 25 شخصا أصيبوا; وأضاف {نحن بخير}.")
    assert [(q.text, q.value) for q in d.quantities] == [("25 شخصا", 25)]


def test_a_colon_after_the_range_cue_still_makes_one_range():
    # a weather table's label: وارتفاع الموج: من متر الى متر ونصف is one range (1-1.5 m), was two measures
    d = qs("الرياح شمالية غربية وارتفاع الموج: من متر الى متر ونصف وحالة البحر: متوسط الموج.")
    assert [(q.text, q.kind, q.low, q.high, q.unit) for q in d.quantities] == [
        ("من متر الى متر ونصف", "range", 1, 1.5, "m")]
    # the other reading: a change after a verb and a colon stays two amounts, no range
    d = qs("ارتفع المؤشر: من 20 إلى 30 نقطة.")
    assert all(q.kind != "range" for q in d.quantities)


def test_two_years_before_christ_joined_are_one_period():
    # سينيك (65 ق.م - 4 ق.م)، من 300 ق.م إلى 200 ق.م: one period, was two dates
    d = qs("قال الشاعر الروماني هوراس (65 ق.م - 8 ق.م): اقطف اليوم. وازدهرت المدينة من 300 ق.م إلى 200 ق.م.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("65 ق.م - 8 ق.م", "period", "-0065/-0008"), ("من 300 ق.م إلى 200 ق.م", "period", "-0300/-0200")]
    # the other reading: a lone year before Christ, or one and a year after him, stay dates
    d = qs("أزياء سومرية (سنة 3500 ق.م) وأخرى من الحضارة (3500 ق.م - 2000 م).")
    assert [(t.text, t.kind) for t in d.temporals] == [
        ("سنة 3500 ق.م", "date"), ("3500 ق.م", "date"), ("2000 م", "date")]


def test_a_dashed_pair_before_one_era_marker_is_one_period_before_christ():
    # (65 - 4 ق.م): the scan reads the dashed pair as a score and gave nothing; one marker serves both
    d = qs("ولد الفيلسوف سينيكا (65 - 4 ق.م) في قرطبة، وعاش هوراس بين 65 - 8 ق.م.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("65 - 4 ق.م", "period", "-0065/-0004"), ("65 - 8 ق.م", "period", "-0065/-0008")]
    # the other reading: the smaller number first is no life span read before Christ; without a marker a
    # dashed pair stays as it was (a score: nothing)
    d = qs("عاش 4 - 65 ق.م في المدينة، وانتهت المباراة 3 - 1 لصالح الهلال.")
    assert d.temporals == []


def test_two_years_before_christ_after_between_are_one_period():
    # بين عامي 284 و246 قبل الميلاد: one period from بين, as بين عامي 1950 و2010 is; was two dates
    d = qs("حكم الملك بين عامي 284 و246 قبل الميلاد، وازدهرت المدينة ما بين 300 و200 قبل الميلاد.")
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("بين عامي 284 و246 قبل الميلاد", "period", "-0284/-0246"),
        ("ما بين 300 و200 قبل الميلاد", "period", "-0300/-0200")]
    # the other reading: two years joined by و with no بين are two dates
    d = qs("عثر على نقود من 284 و246 قبل الميلاد.")
    assert [(t.text, t.kind) for t in d.temporals] == [("284", "date"), ("246 قبل الميلاد", "date")]


def test_bab_after_a_number_is_the_door_not_b_and_the_month_ab():
    # باب 'door': its ب is no proclitic before the month آب (the counted noun was اب)
    d = qs("تضم المدينة ألف باب، وركبت الشركة 300 باب جديد.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [("ألف باب", 1000, "باب"), ("300 باب", 300, "باب")]
    # the other reading: آب after a day number is August
    d = qs("وصل الوفد في 5 آب 2014.")
    assert [(t.text, t.value) for t in d.temporals] == [("5 آب 2014", "2014-08-05")]


def test_the_definite_one_after_its_definite_noun_counts_nothing():
    # 'the same' or 'per': أبناء البلد الواحد، سعر الرأس الواحد 1200 ريال، في الدقيقة الواحدة were counts of one
    d = qs("تزداد الفرقة بين أبناء البلد الواحد، ويصل سعر الرأس الواحد 1200 ريال، وتطبع الآلة ثلاثة آلاف ورقة "
           "في الدقيقة الواحدة للعبوة الكرتونية الواحدة.")
    assert [(q.text, q.value) for q in d.quantities] == [("1200 ريال", 1200), ("ثلاثة آلاف ورقة", 3000)]
    # the other reading: the indefinite one counts its noun or measures its unit
    d = qs("وقعت الحادثة في بلد واحد خلال دقيقة واحدة.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [("بلد واحد", 1, "بلد"), ("دقيقة واحدة", 1, "minute")]


def test_today_behind_a_clitic_before_an_ordinal_or_an_epithet_is_another_day():
    # واليوم الثاني (the second day of a programme), باليوم العالمي (a world day) were today
    d = qs("وكان برنامج اليوم الأول زيارة، واليوم الثاني زيارة وفد، واليوم الثالث مشاركة دار. "
           "واحتفلت المنظمة باليوم العالمي للمحيطات.", reference_date=dt.date(2015, 7, 21))
    assert [t for t in d.temporals if t.kind == "relative"] == []
    # the other reading: اليوم behind و and before a verb or a weekday is today
    d = qs("وقال الوزير: واليوم نحتفل بالإنجاز، وأعلن اليوم الثلاثاء الخطة.", reference_date=dt.date(2015, 7, 21))
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("اليوم", "relative", "2015-07-21"), ("اليوم الثلاثاء", "date", "XXXX-WXX-2")]


def test_the_levantine_month_with_an_indefinite_second_is_the_month():
    # كانون ثان/يناير، تشرين ثان/نوفمبر (the wires' spelling): one month, was the ordinal 2 and the month after
    d = qs("ارتفعت الحرارة بدءا من كانون ثان/يناير، وشكا المتهم في تشرين ثان/نوفمبر الماضي.",
           reference_date=dt.date(2015, 7, 21))
    assert [(t.text, t.value) for t in d.temporals] == [
        ("كانون ثان/يناير", "XXXX-01"), ("تشرين ثان/نوفمبر الماضي", "2014-11")]
    assert d.quantities == []
    # the other reading: ثان alone after a noun is still the ordinal second
    d = qs("وحل الفريق ثان في السباق.")
    assert [(q.text, q.kind, q.value) for q in d.quantities] == [("ثان", "ordinal", 2)]


def test_amassu_al_haja_is_most_in_need_not_yesterday():
    # في أمس الحاجة، بأمس الحاجة، في أمسّ الحاجة: the elative 'most (in need)', was yesterday (2015-07-20)
    d = qs("إنها في أمس الحاجة إليها، وإيران بأمس الحاجة إلى التمويل، ونحن في أمسّ الحاجة إلى التكاتف.",
           reference_date=dt.date(2015, 7, 21))
    assert d.temporals == []
    # the other reading: أمس after a verb, even before الحاجة, is yesterday
    d = qs("وأكد الوزير أمس الحاجة إلى تعزيز الأمن، ووصل الوفد أمس الأول.", reference_date=dt.date(2015, 7, 21))
    assert [(t.text, t.value) for t in d.temporals] == [("أمس", "2015-07-20"), ("أمس الأول", "2015-07-19")]


def test_the_franc_the_won_the_peso_and_the_euro_cent_are_currencies():
    # فرنك، وون، بيزو، يوروسنت were counted nouns (kind number, unit the word): now money with the code
    d = qs("وصدرت سويسرا ساعات بقيمة 10.6 مليار فرنك، وبلغت مبيعات المصنع الكوري 48 تريليون وون، "
           "ودفع المشترك 40 يوروسنت يوميا، واختفى من حسابه 80 مليون بيزو أرجنتيني.")
    assert [(q.text, q.kind, q.unit) for q in d.quantities] == [
        ("10.6 مليار فرنك", "money", "CHF"), ("48 تريليون وون", "money", "KRW"),
        ("40 يوروسنت", "money", "EUR"), ("80 مليون بيزو أرجنتيني", "money", "ARS")]
    assert q_of(d, "40 يوروسنت").value == pytest.approx(0.4)
    # a bare franc takes the code of the one country of it the article names; none named: money, no code
    d = qs("ورصدت الحكومة في السنغال للمحكمة ستة مليارات فرنك.")
    assert [(q.kind, q.unit) for q in d.quantities] == [("money", "XOF")]
    d = qs("وبلغت ميزانية المحكمة ستة مليارات فرنك.")
    assert [(q.kind, q.unit) for q in d.quantities] == [("money", None)]
    # the other reading: a word that only ends like the currency (ينوون 'they intend') counts nothing
    d = qs("وقال إن 300 شخص ينوون السفر.")
    assert [(q.text, q.unit) for q in d.quantities] == [("300 شخص", "شخص")]


def test_a_year_before_1000_after_a_year_word_is_a_date():
    # عام 645 ميلادية، سنة 630 للميلاد، سنة 268م فترة, and three digits before punctuation (في عام 453،)
    # were bare numbers: a date from the year word on, as عام 626هـ already was
    d = qs("ويعود المخطوط إلى عام 645 ميلادية تقريبا، وبنيت القلعة سنة 630 للميلاد ثم دمرت سنة 268م فترة "
           "الحروب، وتأسست المدينة في عام 762، وتوفي العالم سنة 639).")
    assert d.quantities == []
    assert [(t.text, t.value) for t in d.temporals] == [
        ("عام 645 ميلادية", "0645"), ("سنة 630 للميلاد", "0630"), ("سنة 268م", "0268"), ("عام 762", "0762"),
        ("سنة 639", "0639")]
    # the other reading: two digits alone after the year word (عام 48) and three digits before a word
    # stay numbers, and the years before Christ keep their reading
    d = qs("وهاجروا عام 48 إلى الشمال، وهدم المعبد عام 586 قبل الميلاد.")
    assert [(q.text, q.kind) for q in d.quantities] == [("48", "number")]
    assert [(t.text, t.value) for t in d.temporals] == [("عام 586 قبل الميلاد", "-0586")]


def test_a_fraction_before_yearly_makes_a_compound_adjective_not_an_amount():
    # ربع سنوية 'quarterly', نصف السنوية 'semi-annual': were 0.25 and 0.5 (the adjective their counted noun)
    d = qs("سجلت الشركة أكبر خسائر ربع سنوية في تاريخها، وأشار تقرير المراجعة ربع السنوي إلى تحسن، "
           "وقالت رئيسة البنك في شهادتها نصف السنوية إن النمو مستقر.")
    assert d.quantities == []
    # the other reading: a half behind و before the adverb سنوياً, and a half of a noun, stay amounts
    d = qs("يحصل الموظف على نقطة ونصف سنوياً، وأنفق نصف الميزانية.")
    assert [(q.text, q.value) for q in d.quantities] == [("نصف", 0.5), ("نصف", 0.5)]


def test_an_indefinite_idiom_of_unity_or_of_at_once_counts_nothing():
    # مصير واحد، في خندق واحد، على قلب واحد، في وقت واحد 'at once', في توقيت واحد: were counts of 1
    d = qs("وقال الأمير إن البلدين يجمعهما مصير واحد، وإن الإعلام في خندق واحد مع الجيش، وإن الأبناء على قلب "
           "واحد. ووقعت التفجيرات في توقيت واحد، وتتعقب المنظومة 40 طائرة في وقت واحد.")
    assert [(q.text, q.value) for q in d.quantities] == [("40 طائرة", 40)]
    # the other reading: a one after another noun still counts (ساعة واحدة، صف واحد of men in a row)
    d = qs("استغرق الاجتماع ساعة واحدة، ووقف الرجال في صف واحد.")
    assert [(q.text, q.value) for q in d.quantities] == [("ساعة واحدة", 1), ("صف واحد", 1)]


def test_a_duration_after_bafd_or_qabl_tied_to_another_event_is_no_relative_date():
    # بعد أربعة أيام على فوزه، بعد 12 عاما من وقف العلاج، قبل يومين من الانتخابات: counted from the event
    # named after them, not from the reference date (were 2015-07-25, 2027, 2015-07-19)
    ref = dt.date(2015, 7, 21)
    d = qs("استقال الرئيس بعد أربعة أيام على فوزه، وظلت الطفلة سليمة بعد 12 عاما من وقف العلاج، واعتقل "
           "المتهمون قبل يومين من الانتخابات.", reference_date=ref)
    assert d.temporals == []
    assert [q.text for q in d.quantities] == ["أربعة أيام", "12 عاما", "يومين"]
    # the other reading: no event after them, من الآن / من الزمن, or منذ before the verb's على: counted from
    # the reference date as before
    d = qs("سينتهي عقده بعد عامين، وقال قبل عامين من الآن إنه سيرحل، وانتظر بعد عقدين من الزمن، "
           "ويسيطر التنظيم منذ عام على مساحات واسعة.", reference_date=ref)
    assert [(t.text, t.value) for t in d.temporals] == [
        ("بعد عامين", "2017"), ("قبل عامين", "2013"), ("بعد عقدين", "2035"), ("منذ عام", "2014")]


def test_a_palace_a_stadium_or_a_suburb_named_after_a_day_has_no_date():
    # قصر 22 مايو الرئاسي، ملعب 22 مايو (Aden), ضاحية 6 أكتوبر (Cairo): names, were dates XXXX-05-22, XXXX-10-06
    d = qs("استعادت القوات قصر 22 مايو الرئاسي والمنازل خلف ملعب 22 مايو، وسافر الفريق إلى ضاحية 6 أكتوبر بالقاهرة.")
    assert d.temporals == [] and d.quantities == []
    # the other reading: the same day after a verb or في is a date
    d = qs("استعادت القوات في 22 مايو القصر الرئاسي.")
    assert [(t.text, t.value) for t in d.temporals] == [("22 مايو", "XXXX-05-22")]


def test_a_hotline_or_telephone_number_is_no_count():
    # برقم الطوارئ 996، منظومة البلاغات (940)، مركز الاتصال السياحي 19988: telephone numbers, were counts
    d = qs("ودعا المسافرين إلى الاتصال برقم الطوارئ 996 عند الحاجة، وأطلقت الأمانة منظومة البلاغات (940) "
           "والتي تعمل طوال اليوم، ويمكن التواصل مع مركز الاتصال السياحي 19988 أو عبر الموقع.")
    assert d.quantities == []
    # the other reading: a count after the same words, or with a word between them further back, stays
    d = qs("وبلغ عدد البلاغات 940 بلاغا، ووصلت قوات الطوارئ إلى الموقع الذي يستوعب (3000) مصل.")
    assert [(q.text, q.value) for q in d.quantities] == [("940 بلاغا", 940), ("(3000) مصل", 3000)]


def test_a_thousand_in_a_greeting_or_an_idiom_counts_nothing():
    # تهانينا وألف مبروك، والجميع بألف خير، يحسبون له ألف حساب، مرحباً ألف بكل زائر، فلا وألف لا: were 1000
    d = qs("تهانينا للعروسين وألف مبروك، وكل عام والجميع بألف خير. كانت الدول تحسب له ألف حساب. "
           "وقال الأمير: مرحباً ألف بكل زائر. أما غير ذلك فلا وألف لا.")
    assert d.quantities == []
    # the other reading: a thousand guests, a thousand after a verb, are counts
    d = qs("حضر الحفل ألف ضيف، ووزع المتطوعون ألف سلة.")
    assert [(q.text, q.value) for q in d.quantities] == [("ألف ضيف", 1000), ("ألف سلة", 1000)]


def test_a_definite_ordinal_behind_a_glued_and_does_not_take_the_word_before():
    # مرحلتان، الأولى في الرياض والثانية في الطائف: the span was «الرياض والثانية» (the word before as its noun)
    d = qs("سبق المعسكر مرحلتان، الأولى في الرياض والثانية في الطائف، وفاز باللقب الرابع على التوالي والثاني له.")
    assert [(q.text, q.value) for q in d.quantities if q.kind == "ordinal"] == [
        ("الأولى", 1), ("الثانية", 2), ("الرابع", 4), ("الثاني", 2)]
    # the other reading: a noun right before an ordinal with no و takes it, and a compound ordinal keeps its و
    d = qs("وتنطلق الدورة الثالثة في مايو، وفي دورتها السادسة والعشرين.")
    assert [(q.text, q.value) for q in d.quantities] == [("الدورة الثالثة", 3), ("السادسة والعشرين", 26)]


def test_a_regnal_number_after_a_titled_name_is_part_of_the_name():
    # الملك هنري الثامن، السلطان عبد الحميد الثاني، جامعة محمد الخامس: were ordinals 8, 2, 5
    d = qs("بنى الملك هنري الثامن القصر، وقام هنري الثامن بتوسعته. وعزل السلطان عبد الحميد الثاني عام 1909، "
           "ودرس الباحث في جامعة محمد الخامس بالرباط.")
    assert [q for q in d.quantities if q.kind == "ordinal"] == []
    # the other reading: a given name and an ordinal with no title is a ranking, and an ordinal leading its
    # own noun after a king's name is a rank (الابن العاشر)
    d = qs("وجاء محمد الثاني في السباق، وكان الملك عبدالله الابن العاشر للملك المؤسس.")
    assert [(q.text, q.value) for q in d.quantities] == [("الثاني", 2), ("الابن العاشر", 10)]


def test_the_third_world_and_the_two_generations_of_networks_are_names():
    # دول العالم الثالث، شبكات الجيلين الثالث والرابع (3G and 4G), الجيل الثالث والرابع: were ordinals
    d = qs("تعاني دول العالم الثالث من الديون، وتوسعت شبكات الجيلين الثالث والرابع، وخدمات الجيل الثالث والرابع.")
    assert d.quantities == []
    # the other reading: a rank noun before them keeps both ordinals
    d = qs("وحل الفريقان في المركز الثالث والرابع.")
    assert [(q.text, q.value) for q in d.quantities] == [("المركز الثالث", 3), ("الرابع", 4)]


def test_a_number_in_digits_restated_in_words_is_one_item():
    # تم ضبط (97) سبعة وتسعين موقوفاً، ثمانية عشر ألف ريال سعودي (18000): were a bare number and a count
    d = qs("وتم ضبط (97) سبعة وتسعين موقوفاً، وعثر على مبلغ ثمانية عشر ألف ريال سعودي (18000) وتم تسليمه، "
           "ووزع المكتب أكثر من (135) مائة وخمس وثلاثين جائزة.")
    assert [(q.text, q.value, q.unit, q.modifier) for q in d.quantities] == [
        ("(97) سبعة وتسعين موقوفاً", 97, "موقوفاً", None),
        ("ثمانية عشر ألف ريال سعودي (18000)", 18000, "SAR", None),
        ("أكثر من (135) مائة وخمس وثلاثين جائزة", 135, "جائزة", "more_than")]
    # the other reading: two different numbers side by side, or words with a modifier of their own, stay two
    d = qs("وصل 25 خمسة طلاب، وفاز بمسابقة «40 تحت الأربعين» عدد من الشباب.")
    assert [q.value for q in d.quantities][:2] == [25, 5]
    assert len([q for q in d.quantities if q.value == 40]) == 2


def test_the_first_lady_is_a_title_not_an_ordinal():
    # السيدة الأولى ميشيل أوباما، أول سيدة أولى من أصل مكسيكي، وسيدة أولى في البيت الأبيض: were ordinals
    d = qs("وأعلنت السيدة الأولى ميشيل أوباما المبادرة، وستكون زوجته أول سيدة أولى من أصل مكسيكي.")
    assert [(q.text, q.value) for q in d.quantities] == [("أول سيدة", 1)]
    # the other reading: أول سيدة 'the first woman' is still an ordinal, and so is الأولى after another noun
    d = qs("وأصبحت أول سيدة تتولى المنصب في الدورة الأولى.")
    assert [(q.text, q.value) for q in d.quantities] == [("أول سيدة", 1), ("الدورة الأولى", 1)]


def test_a_magazine_named_after_a_weekday_gives_no_date():
    # مجلة «الاثنين»: the Cairo magazine, was XXXX-WXX-1
    d = qs("ونشرت صورتها في مجلة «الاثنين» فذاع صيتها.")
    assert d.temporals == []
    # the other reading: a weekday in quotes after a person's name is the day of her talk
    d = qs("وتحاضر المدربة فاطمة «الخميس» بعنوان المشروعات الصغيرة.")
    assert [(t.text, t.value) for t in d.temporals] == [("الخميس", "XXXX-WXX-4")]


def test_a_bare_number_closing_a_quoted_name_is_part_of_it():
    # «أستون مارتن دي بي 9»، «إم إكس - 1»، «UW-158»، «تقييم-1»: a car, a lander, an asteroid, a test; were numbers
    d = qs("صممت الشركة «أستون مارتن دي بي 9» وأطلقت المركبة «إم إكس - 1» نحو الكويكب «UW-158» بعد اختبار «تقييم-1».")
    assert d.quantities == []
    # the other reading: a quoted statement closing with a count keeps it
    d = qs("وقال الوزير «بلغ عدد الضحايا 15 شخصا» مساء أمس، وأضاف «وصلنا إلى 20 » في الجولة.")
    assert [(q.text, q.value) for q in d.quantities] == [("15 شخصا", 15), ("20", 20)]


def test_a_bare_year_of_the_current_hijri_centuries_is_hijri():
    # ولد بالرياض عام 1396، بدأ سوق عكاظ في العام 1428: the Saudi press's bare Hijri years, were Gregorian
    d = qs("ولد الباحث بالرياض عام 1396، وبدأ سوق عكاظ في العام 1428 بجائزة واحدة، وكلفه ذلك 1500 ريال.")
    assert [(t.text, t.value, t.calendar) for t in d.temporals] == [
        ("عام 1396", "1396", "hijri"), ("العام 1428", "1428", "hijri")]
    # the other reading: a history dating other things in the Middle Ages keeps them Gregorian, and so does
    # a year with its Gregorian marker
    d = qs("بني المسجد عام 1431 ثم سيطر البرتغاليون على الجزر عام 1534، وشيد المنزل عام 1440م.")
    assert [(t.value, t.calendar) for t in d.temporals] == [
        ("1431", "gregorian"), ("1534", "gregorian"), ("1440", "gregorian")]


def test_a_month_named_twice_with_a_dash_is_one_date():
    # 4 أبريل - نيسان 2015، 29 حزيران - يونيو: the Gregorian and Levantine names joined by a dash were two dates
    # (XXXX-04-04 and 2015-04), as they are one with a slash or brackets
    d = qs("وقالت في مقالة لها (4 أبريل - نيسان 2015) إن الحياة تغيرت، وأغلقت المصارف منذ 29 حزيران - يونيو.")
    assert [(t.text, t.value) for t in d.temporals] == [
        ("4 أبريل - نيسان 2015", "2015-04-04"), ("29 حزيران - يونيو", "XXXX-06-29")]
    # the other reading: two different months joined by a dash stay apart
    d = qs("وامتدت الأعمال في يناير - يونيو 2015.")
    assert [(t.text, t.value) for t in d.temporals] == [("يناير", "XXXX-01"), ("يونيو 2015", "2015-06")]


def test_a_weekday_before_a_date_in_digits_is_one_date():
    # يوم الجمعة 4/8/1436هـ، الاثنين ٤-١٠-١٤٣٦: were a weekday and a date side by side
    d = qs("ووصل صباح يوم الجمعة 4/8/1436هـ إلى المدينة، وتبدأ المقابلات الاثنين ٤-١٠-١٤٣٦ مساء.")
    assert [(t.text, t.value) for t in d.temporals] == [
        ("صباح يوم الجمعة 4/8/1436هـ", "1436-08-04"), ("الاثنين ٤-١٠-١٤٣٦", "1436-10-04")]
    # the other reading: weekdays listed before a list of days stay apart from the first day
    d = qs("وهي أيام الأحد والاثنين والثلاثاء 10 و11 و12 شوال الجاري.")
    assert [t.text for t in d.temporals][:4] == ["الأحد", "الاثنين", "الثلاثاء", "10"]


def test_a_dual_before_ordinals_or_an_ordinal_inside_a_count_is_one_reading():
    # في القرنين الثامن والعاشر، الشهرين الأول والثاني: were a measure of 2 beside the ordinals over the same
    # words; ثلاثة الأيام الأولى 'the first three days' was the count and an ordinal inside it
    d = qs("ازدهرت التجارة في القرنين الثامن والعاشر، وتراجعت المبيعات في الشهرين الأول والثاني، "
           "ولم تسجل الأربعة الأيام الأولى من العيد حوادث.")
    assert [(q.text, q.kind) for q in d.quantities] == [
        ("القرنين الثامن", "ordinal"), ("العاشر", "ordinal"), ("الشهرين الأول", "ordinal"),
        ("الثاني", "ordinal"), ("الأربعة الأيام", "measure")]
    # the other reading: a dual alone is two of its unit
    d = qs("واستمر المهرجان يومين في القرنين الماضيين.")
    assert [(q.text, q.value) for q in d.quantities] == [("يومين", 2), ("القرنين الماضيين", 2)]


def test_two_teens_joined_by_and_are_two_numbers():
    # القرنين الخامس عشر والسادس عشر، بالمرتبتين الخامسة عشرة والرابعة عشرة: were one ordinal of 31 and 29
    d = qs("تعود الأضرحة إلى القرنين الخامس عشر والسادس عشر، وعين المجلس موظفين بالمرتبتين الخامسة عشرة والرابعة عشرة.")
    assert [q.value for q in d.quantities] == [15, 16, 15, 14]
    # the other reading: a unit joined to a ten, and a teen after a hundred, are one number
    d = qs("في دورتها الخامسة والعشرين، ووصل مائة وخمسة عشر لاعبا.")
    assert [q.value for q in d.quantities] == [25, 115]


def test_at_once_and_equidistant_count_nothing():
    # دفعة واحدة 'at once', على مسافة واحدة من 'equidistant from': were counts of 1
    d = qs("سجل الفريق ستة أهداف دفعة واحدة، وتقف القيادة على مسافة واحدة من الجميع.")
    assert [(q.text, q.value) for q in d.quantities] == [("ستة أهداف", 6)]
    # the other reading: a one after another noun still counts
    d = qs("وصرفت الوزارة مكافأة واحدة لكل طالب.")
    assert [(q.text, q.value) for q in d.quantities] == [("مكافأة واحدة", 1)]


def test_the_family_name_al_khamis_after_a_given_name_is_no_thursday():
    # أحمد الخميس (a Saudi family name): was the date XXXX-WXX-4
    d = qs("وجرى اتصال بين الأمين العام للاتحاد السعودي أحمد الخميس ورئيس لجنة الانضباط.")
    assert d.temporals == []
    # the other reading: a weekday after a speaker's name is the day he spoke
    d = qs("وقال الرئيس أوباما الأربعاء إن الاتفاق جيد.")
    assert [(t.text, t.value) for t in d.temporals] == [("الأربعاء", "XXXX-WXX-3")]


def test_a_phrase_glued_to_b_or_l_after_a_number_is_not_what_it_counts():
    # بجروح 'with wounds', بحادث 'in an accident', ليحل 'so that he replaced': were counted nouns
    d = qs("قتل عشرة أشخاص وأصيب نحو مائة بجروح في انفجار سيارة.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [("عشرة أشخاص", 10, "أشخاص"), ("نحو مائة", 100, None)]
    d = qs("استنفار في المستشفيات بعد إصابة 40 بحادث تصادم على الطريق الدولي.")
    assert [(q.text, q.unit) for q in d.quantities] == [("40", None)]
    d = qs("وأصيب الحارس في الدقيقة 20 ليحل بدلا منه زميله.")
    assert all(q.unit is None for q in d.quantities)
    # the other reading: nouns that begin with ب/ل themselves are counted, and so is a ب noun with a pronoun
    d = qs("وتلقت الغرفة 45 بلاغا وضمت القائمة 23 لاعبا، وهدم الجيش نصف بيوتهم.")
    assert [(q.text, q.unit) for q in d.quantities] == [("45 بلاغا", "بلاغا"), ("23 لاعبا", "لاعبا"),
                                                       ("نصف بيوتهم", "بيوتهم")]


def test_a_part_marker_or_a_score_in_brackets_is_no_range():
    # (1-2) after an opinion piece's title, (1-3) after a match: were ranges 1-2 and 1-3
    d = qs("قراءة في تاريخ الموانئ القديمة (1-2)\n\nتعد الموانئ من أقدم المنشآت.")
    assert d.quantities == []
    d = qs("وكان الفريق قد خسر أمام منافسه (1-3)، في مباراة الذهاب.")
    assert all(q.kind != "range" for q in d.quantities)
    # the other reading: a bracketed range with its noun after a space stays a range
    d = qs("ويحتاج المريض إلى (3-5) أيام للتعافي.")
    assert [(q.kind, q.low, q.high) for q in d.quantities] == [("range", 3, 5)]


def test_a_fraction_plural_after_a_larger_unit_counts_quarters():
    # خمسة أرباع متتالية 'five consecutive quarters': was the fraction 1.25
    d = qs("وحققت الشركة أرباحا قياسية خلال خمسة أرباع متتالية قبل أن تتراجع.")
    assert [(q.text, q.value, q.unit) for q in d.quantities] == [("خمسة أرباع", 5, "أرباع")]
    d = qs("وسجلت المجموعة خسائر آخر أربعة أرباع.")
    assert [(q.text, q.value) for q in d.quantities] == [("أربعة أرباع", 4)]
    # the other reading: a smaller unit is a fraction, and a larger one alone stays one too
    d = qs("ويعمل نحو ثلاثة أرباع الموظفين من المنزل.")
    assert [(q.text, q.value) for q in d.quantities] == [("نحو ثلاثة أرباع", 0.75)]
    d = qs("تسعة أثلاث")
    assert [q.value for q in d.quantities] == [3]


def test_a_span_after_an_event_or_spent_in_a_career_is_no_date_from_today():
    ref = dt.date(2015, 7, 21)
    # بعد أربعة أيام فقط من، بعد 17 عاما قضاها، بعد شهر الصيام: were dates counted from the reference date
    d = qs("وأعلن استقالته بعد أربعة أيام فقط من إعادة انتخابه.", reference_date=ref)
    assert [t for t in d.temporals if t.kind == "relative"] == []
    d = qs("وغادر اللاعب النادي بعد 12 عاما قضاها في صفوفه.", reference_date=ref)
    assert [t for t in d.temporals if t.kind == "relative"] == []
    d = qs("ويفرح الصغار بالعيد بعد شهر الصيام.", reference_date=ref)
    assert [t for t in d.temporals if t.kind == "relative"] == []
    # the other reading: a span from now, or a dual before its object, stays a date
    d = qs("وسيعقد المؤتمر بعد أسبوعين في الرياض، والتقيت قبل شهرين المدعية العامة.", reference_date=ref)
    assert [(t.text, t.value) for t in d.temporals if t.kind == "relative"] == [
        ("بعد أسبوعين", "2015-08-04"), ("قبل شهرين", "2015-05")]


def test_a_feminine_past_verb_after_a_number_is_not_what_it_counts():
    # شهدت، منعت، استهدفت after a number, كتبت before واحدة: were counted nouns
    d = qs("شن التحالف تسع غارات بينها ست استهدفت مواقع للتنظيم.")
    assert [(q.text, q.unit) for q in d.quantities] == [("تسع غارات", "غارات"), ("ست", None)]
    d = qs("وكانت الكاتبة قد كتبت واحدة من أشهر الروايات.")
    assert all(q.unit is None for q in d.quantities)
    # the other reading: nouns on ت after a number still count (بيت، فولت)
    d = qs("ودمرت الغارات 18 ألف بيت، وزودت السيارة بوصلة 230 فولت.")
    assert [(q.text, q.unit) for q in d.quantities] == [("18 ألف بيت", "بيت"), ("230 فولت", "فولت")]


def test_a_question_word_is_no_counted_noun_and_towns_head_their_construct():
    # (3) هل: a question particle was the counted noun; مدن القناة الثلاث counted القناة
    d = qs("مقالات أخرى: الإسكان (3) هل يكفي الدعم؟")
    assert [(q.text, q.unit) for q in d.quantities] == [("3", None)]
    d = qs("وأعلن الجيش الاستنفار في مدن القناة الثلاث.")
    assert [(q.text, q.unit) for q in d.quantities] == [("مدن القناة الثلاث", "مدن")]
    # the other reading: a noun after the number, and the noun right before a definite number, still count
    d = qs("وزار الوفد (3) مدن ساحلية، وشارك في المسابقة الفرق الخمس.")
    assert [(q.text, q.unit) for q in d.quantities] == [("(3) مدن", "مدن"), ("الفرق الخمس", "الفرق")]


def test_a_number_before_a_latin_letter_spelt_in_arabic_ends_a_model_name():
    # «دي بي 9 جي تي»، «إكسبيريا زد 3 بلس»: were counts of جي and بلس
    d = qs("وكشفت الشركة عن سيارتها «دي بي 9 جي تي» وهاتفها «إكسبيريا زد 3 بلس».")
    assert d.quantities == []
    # the other reading: a noun after the number counts
    d = qs("واشترت الشركة 9 سيارات جديدة.")
    assert [(q.text, q.unit) for q in d.quantities] == [("9 سيارات", "سيارات")]


def test_an_imperfect_verb_before_one_is_not_the_noun_it_agrees_with():
    # تستغل واحدة 'one (family) uses', لا تخلو واحدة 'not one is free of': the verb was the counted noun
    d = qs("وتتقاسم عائلتان الاستراحة بحيث تستغل واحدة الاستراحة نهارا، ولا تخلو واحدة منهما من الضيوف.")
    assert all(q.unit is None for q in d.quantities)
    # the other reading: a noun on ت before واحد still counts
    d = qs("ولم يطرأ إلا تعديل واحد على القائمة.")
    assert [(q.text, q.unit) for q in d.quantities] == [("تعديل واحد", "تعديل")]


def test_again_and_more_fitting_are_no_ordinals():
    # ثانية 'again' after a definite word, أولى 'more fitting', the unit second per كل or a slash: were ordinals
    d = qs("ثم عاد الوزير إلى الرياض ثانية، وقال إن المواطن أولى من غيره، والحكومة من باب أولى مسؤولة "
           "عن استثمار كل ثانية، والسرعة 300 ميغابت/ ثانية.")
    assert [q for q in d.quantities if q.kind == "ordinal"] == []
    # the other reading: after an indefinite noun, or leading a noun, they stay ordinals
    d = qs("وأطلقت الشركة رحلة يومية ثانية كمرحلة أولى، وخاض الفريق أولى مبارياته.")
    assert [(q.text, q.value) for q in d.quantities if q.kind == "ordinal"] == [
        ("ثانية", 2), ("أولى", 1), ("أولى مبارياته", 1)]


def test_a_bare_amount_after_money_of_the_same_sentence_takes_its_currency():
    # the currency said once: من 150 مليون يورو إلى 30 مليونا; 30 مليونا was a bare number
    d = qs("وخفض النادي قيمة الشرط الجزائي من 150 مليون يورو إلى 30 مليونا، وبلغ الفائض 40 مليار يورو "
           "(44 مليار دولار) مقابل 35 مليارا في العام الماضي.")
    assert [(q.text, q.kind, q.unit) for q in d.quantities] == [
        ("150 مليون يورو", "money", "EUR"), ("30 مليونا", "money", "EUR"), ("40 مليار يورو", "money", "EUR"),
        ("44 مليار دولار", "money", "USD"), ("35 مليارا", "money", "EUR")]
    # the other reading: far apart in value, or in another sentence, a bare amount counts something else
    d = qs("وتفوق ثروات المليونيرات 50 مليون دولار، مقارنة بـ41 ألفا في عام 2000. وزار المعرض 2 مليون.")
    assert [(q.text, q.kind, q.unit) for q in d.quantities] == [
        ("50 مليون دولار", "money", "USD"), ("41 ألفا", "number", None), ("2 مليون", "number", None)]


def test_after_a_span_told_of_the_past_is_no_date_ahead():
    # narration: عاد إليها بعد عامين was the year 2017 counted from the reference date
    ref = dt.date(2015, 7, 21)
    d = qs("غادر الكاتب بلاده شابا، ثم عاد إليها بعد عامين، وتوفي والده بعد ستة أشهر.", reference_date=ref)
    assert d.temporals == []
    assert [(q.text, q.unit) for q in d.quantities] == [("عامين", "year"), ("ستة أشهر", "month")]
    # the other reading: a verb of the future, an imperfect or المقبل before it count ahead
    d = qs("وسيعود الوفد إلى الرياض بعد أسبوعين، ويتوقع أن يصدر القرار بعد ثلاثة أشهر.", reference_date=ref)
    assert [(t.text, t.value) for t in d.temporals] == [("بعد أسبوعين", "2015-08-04"), ("بعد ثلاثة أشهر", "2015-10")]


def test_two_years_in_brackets_after_a_name_are_one_period():
    # a reign before 1300 and an institution's 102 years were a range of two bare numbers
    d = qs("وكان الخليفة العباسي الناصر (1180 – 1225) يكتب عنه، وأغلق المعهد القديم (1911 - 2013) أبوابه.")
    assert d.quantities == []
    assert [(t.text, t.kind, t.value) for t in d.temporals] == [
        ("1180 – 1225", "period", "1180/1225"), ("1911 - 2013", "period", "1911/2013")]
    # the other reading: a unit after the bracket makes a range of amounts
    d = qs("وتتراوح الأسعار (1200 - 1900) ريال للمتر.")
    assert [(q.kind, q.low, q.high, q.unit) for q in d.quantities] == [("range", 1200, 1900, "SAR")]


def test_spaced_data_and_frequency_units_are_measures():
    # جيجا بت، ميجا بيكسل، جيجا هيرتز written in two words: the number counted جيجا / ميجا
    d = qs("وتبلغ سعة الربط 318 جيجا بت، وللهاتف كاميرا بدقة 16 ميجا بيكسل ومعالج بتردد 2.2 جيجا هيرتز "
           "وذاكرة 64 جيجا بايت.")
    assert [(q.text, q.kind, q.unit) for q in d.quantities] == [
        ("318 جيجا بت", "measure", "Gbit"), ("16 ميجا بيكسل", "measure", "MP"), ("2.2 جيجا هيرتز", "measure", "GHz"),
        ("64 جيجا بايت", "measure", "GB")]
    # the other reading: the prefix alone names no unit, the number counts it as written
    d = qs("وذاكرة وصول عشوائي 3 جيجا.")
    assert [(q.text, q.kind) for q in d.quantities] == [("3 جيجا", "number")]


def test_fi_al_thaniya_after_a_unit_or_an_amount_is_per_second():
    # في الثانية 'per second' after 100 جيجا بت or 30 إطارا was the ordinal 2
    d = qs("تصل سعة الكابل إلى 100 جيجا بت في الثانية، وتلتقط الكاميرا 30 إطارا في الثانية.")
    assert [q for q in d.quantities if q.kind == "ordinal"] == []
    # the other reading: after a verb it is the second (match, round ...)
    d = qs("وخسر الفريق في الأولى وفاز في الثانية.")
    assert [(q.text, q.value) for q in d.quantities if q.kind == "ordinal"] == [("الأولى", 1), ("الثانية", 2)]


def test_an_arabic_comma_between_digits_before_a_percent_or_a_scale_is_a_decimal_sign():
    # 2،5% and 1،22 مليار were 2 and 5%, 1 and 22 billion
    d = qs("وتقدر الزكاة بـ 2،5%، وبالغت الشركة في أرباحها بنحو 1،22 مليار دولار.")
    assert [(q.text, q.value) for q in d.quantities] == [("2،5%", 2.5), ("نحو 1،22 مليار دولار", 1.22e9)]
    # the other reading: an Arabic comma between numbers of a list stays a separator
    d = qs("وتنص المواد 3،4 من النظام على ذلك، والساعة 5،42 عصرا.")
    assert not [q for q in d.quantities if q.value in (3.4, 5.42)]


def test_the_feminine_one_after_a_construct_counts_its_feminine_head():
    # غرفة نوم واحدة counted نوم (masculine), ضغطة زر واحدة counted زر
    d = qs("يمكن للمشتري أن يحصل على شقة من غرفة نوم واحدة، والتحكم في الأجهزة عبر ضغطة زر واحدة، "
           "ووقعت حالة حريق واحدة.")
    assert [(q.text, q.unit) for q in d.quantities] == [
        ("غرفة نوم واحدة", "غرفة"), ("ضغطة زر واحدة", "ضغطة"), ("حالة حريق واحدة", "حالة")]
    # the other reading: a feminine noun without ة after a word not on ة, and the masculine one, keep their noun
    d = qs("وقف اللاعب على قدم واحدة، وسجل الفريق هدف واحد.")
    assert [(q.text, q.unit) for q in d.quantities] == [("قدم واحدة", "قدم"), ("هدف واحد", "هدف")]


def test_a_teens_first_word_before_wa_and_a_ten_is_part_of_the_number():
    # إحدى وعشرين دولة (the formal 21) was 20 countries; الإحدى والعشرين was 20
    d = qs("وشاركت في المؤتمر إحدى وعشرين دولة، واحتفلت الجمعية بالذكرى الإحدى والعشرين.")
    assert [(q.text, q.value) for q in d.quantities] == [("إحدى وعشرين دولة", 21), ("الإحدى والعشرين", 21)]
    # the other reading: alone, إحدى and أحد are 'one of'
    d = qs("وهي إحدى الدول المشاركة، وأحد الأعضاء المؤسسين.")
    assert d.quantities == []


def test_an_ordinal_after_a_definite_thousand_or_million_with_baad():
    # العاشر بعد الألف (1010th) was the ordinal 10 alone
    d = qs("احتفلت المدينة باليوم العاشر بعد الألف من حصارها.")
    assert [(q.text, q.value) for q in d.quantities if q.kind == "ordinal"] == [("العاشر بعد الألف", 1010)]
    # the other reading: بعد before a scale with no ordinal before it joins nothing
    d = qs("وصل الزائر الأول بعد الظهر.")
    assert [(q.text, q.value) for q in d.quantities if q.kind == "ordinal"] == [("الزائر الأول", 1)]


def test_a_range_of_years_before_an_era_marker_is_a_period():
    # a CV's 94 - 1995م and a reign's (295 - 320 هـ) were ranges of two bare numbers
    d = qs("عمل مستشارا لصحيفة الوطن 94 - 1995م، وكتب عن الخليفة المقتدر (295 - 320 هـ) كتابا.")
    assert [q for q in d.quantities if q.kind == "range"] == []
    assert [(t.text, t.kind, t.value, t.calendar) for t in d.temporals] == [
        ("94 - 1995م", "period", "1994/1995", "gregorian"), ("295 - 320 هـ", "period", "0295/0320", "hijri")]
    # the other reading: م after amounts under 1000 is the metre's abbreviation, the range stays
    d = qs("ويتراوح طول الجسر بين 200 و300 م.")
    assert [(q.kind, q.low, q.high) for q in d.quantities] == [("range", 200, 300)]


def test_a_range_with_its_unit_after_the_low_end_only_takes_it():
    # the stock reports' بين 26.80 ريالاً و28.50: the range had no unit
    d = qs("وظل سعر السهم في خمس جلسات بين 26.80 ريالاً و28.50، وتراوحت مدة العقود بين 3 سنوات و5.")
    assert [(q.text, q.low, q.high, q.unit) for q in d.quantities if q.kind == "range"] == [
        ("بين 26.80 ريالاً و28.50", 26.8, 28.5, "SAR"), ("بين 3 سنوات و5", 3, 5, "year")]
    # the other reading: a unit after the high end is the range's, and a bare range stays bare
    d = qs("وتراوح عدد المشاركين بين 10 و20 شخصا، ويقع الحي بين 10 و20.")
    assert [(q.text, q.unit) for q in d.quantities if q.kind == "range"] == [
        ("بين 10 و20 شخصا", "شخصا"), ("بين 10 و20", None)]


def test_a_masculine_ordinal_before_a_definite_noun_leads_it():
    # فعاليات ثاني العيد took فعاليات as the ordinal's noun; ثالث الدوري took the club's name
    d = qs("وطالب الحضور بإعادته ضمن فعاليات ثاني العيد، وأعلن سبورتينغ لشبونة ثالث الدوري ضم اللاعب.")
    assert [(q.text, q.value) for q in d.quantities] == [("ثاني العيد", 2), ("ثالث الدوري", 3)]
    # the other reading: before an indefinite word the noun before stays the ordinal's
    d = qs("وتقدم رجل ثالث للمسابقة.")
    assert [(q.text, q.value) for q in d.quantities] == [("رجل ثالث", 3)]


def test_a_unit_alone_before_ila_akhar_is_from_one_to_another():
    # من عام إلى آخر 'from year to year' was a measure of one year
    d = qs("وتتغير أسعار الإيجار من عام إلى آخر، وتتفاوت أسعار السمك بين يوم وآخر.")
    assert d.quantities == []
    # the other reading: a unit alone with no إلى آخر after it, or عام آخر 'another year', stays one
    d = qs("ووقع اللاعب عقدا لمدة عام، ثم مدده لمدة عام آخر.")
    assert [(q.text, q.unit) for q in d.quantities] == [("عام", "year"), ("عام", "year")]
