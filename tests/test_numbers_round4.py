"""Numbers, fourth round on unseen news: a half after a unit said without a number or after money, and
the unit said again after the half; spoken ranges of clock hours (من 4 إلى 11 مساء); seasons after
بين; أولي (initial) as no ordinal; شهر العسل and نصف الكرة; identifier numbers (القرار 2216) and
model numbers (البوينغ 777); duration cues behind و (ولمدة عام); reversed decimals marked by
an RLM after the dot (5.26 with the mark is 26.5); و + a past verb after a number (57 وصرع); vague
plurals behind a clitic (بساعات); هناك, معظمهم as no counted nouns; ملي جرام; السابعة والنصف; قوى 14 آذار."""
import pytest

from tests.test_numbers import qs, q_of, t_of


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
