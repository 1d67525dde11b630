"""Numbers on unseen news, second pass: digits glued to the word before or after them (a missing space),
the verb ألّف, المليون ونصف المليون, the proclitic before a counted noun and واحد, ranges whose low end
is a bare unit or typed high first, and idioms that look like ordinals or counts."""
import pytest

from tests.test_numbers import qs, q_of


def texts(d):
    return [q.text for q in d.quantities]


# -- digits glued to a preposition or a bound word before them -------------------------------------

def test_digits_glued_to_a_preposition_or_bound_read_as_spaced():
    d = qs("وارتفع سعر الليلة إلى 2300 ريال بدلاً من1000 ريال، وتبين الإحصاءات وجود أكثر من30 % "
           "من المشاريع المتعثرة، وبلغت البلاغات960 بلاغا.")
    assert q_of(d, "1000 ريال").unit == "SAR"
    p = q_of(d, "أكثر من30 %")
    assert p.kind == "percent" and p.value == 30 and p.modifier == "more_than"


def test_digits_glued_to_a_name_stay_part_of_it():
    d = qs("وأطلقت الشركة هاتف آيفون7 وسباق فورمولا1 في المدينة.")
    assert not d.quantities


# -- an Arabic word glued after the digits ---------------------------------------------------------

def test_a_word_glued_after_the_digits_is_their_counted_noun():
    d = qs("في حين أن المعاشق بلغت 120معشقا مملوك أغلبها للسعوديين، وانتهت 145حالة بالطلاق.")
    q = q_of(d, "120معشقا")
    assert q.value == 120 and q.counted.text == "معشقا"
    assert q_of(d, "145حالة").counted.text == "حالة"


def test_a_clause_glued_after_the_digits_leaves_the_number_alone():
    d = qs("وبلغ عدد المراجعين للطوارئ 13430كما بلغ عدد المراجعين للعيادات 2973، وحالات إغماء 162وغيبوبة 57.")
    assert q_of(d, "13430").counted is None
    assert q_of(d, "162").counted is None


def test_one_letter_glued_after_digits_is_an_identifier():
    d = qs("نفذت أعمال الصرف الصحي بمخطط (12/24ب) بمحافظة بقيق، والمرحلة 24ب قيد التنفيذ.")
    assert not [q for q in d.quantities if q.value == 24]


# -- the verb ألّف ------------------------------------------------------------------------------------

def test_alf_as_a_verb_is_no_thousand():
    d = qs("لقد ألف الباحث عبد الصمد كتابا عن الحداثة، وابن الجوزي ألف كتبا في الترفيه، "
           "وكان للمسجد أثر عظيم ألف القلوب.")
    assert not [q for q in d.quantities if q.value == 1000]


def test_alf_before_a_counted_noun_or_a_currency_stays_a_thousand():
    d = qs("حضر ألف شخص الحفل ودفع كل منهم ألف ريال، وبلغ عدد النازحين 250 ألف نازح.")
    assert q_of(d, "ألف شخص").value == 1000
    assert q_of(d, "ألف ريال").unit == "SAR"
    assert q_of(d, "250 ألف نازح").value == 250000


# -- المليون ونصف المليون ------------------------------------------------------------------------------

def test_definite_scale_and_a_half_of_it():
    d = qs("ويصل عددهم إلى ما يقارب المليون ونصف المليون أسرة سعودية، وبلغت القيمة المليار ونصف المليار ريال.")
    q = q_of(d, "ما يقارب المليون ونصف المليون أسرة")
    assert q.value == 1_500_000 and q.modifier == "about"
    assert q_of(d, "المليار ونصف المليار ريال").value == pytest.approx(1.5e9)
    assert not [q for q in d.quantities if q.value == 0.5]


def test_the_million_alone_stays_no_number():
    d = qs("احتفلت الشركة بالعميل رقم المليون في فرعها.")
    assert not [q for q in d.quantities if q.value == 1_000_000]


# -- the proclitic of the counted noun before واحد -------------------------------------------------

def test_counted_noun_before_one_loses_its_proclitic():
    d = qs("وفاز المرشح بصوت واحد، وانتقل اللاعب لموسم واحد، وضربوا عصفورين بحجر واحد.")
    q = q_of(d, "صوت واحد")
    assert q.counted.text == "صوت" and d.text[q.start - 1] == "ب"
    assert q_of(d, "موسم واحد").counted.text == "موسم"
    assert q_of(d, "حجر واحد").counted.text == "حجر"


def test_a_noun_that_starts_like_a_proclitic_keeps_its_letter():
    d = qs("عاش في بلدة واحدة وقال كلمة واحدة خلال لحظة واحدة.")
    assert q_of(d, "بلدة واحدة").counted.text == "بلدة"
    assert q_of(d, "كلمة واحدة").counted.text == "كلمة"
    assert q_of(d, "لحظة واحدة").counted.text == "لحظة"


# -- one of a superlative -----------------------------------------------------------------------------

def test_one_before_an_elative_counts_no_word_before_it():
    d = qs("تحول المملكة سريعا لتصبح واحدة من أكبر الدول، وقال خسرنا واحد من أطيب الناس.")
    assert all(q.counted is None for q in d.quantities if q.value == 1)
    assert "تصبح واحدة" not in texts(d) and "خسرنا واحد" not in texts(d)


def test_one_with_its_noun_before_a_plain_min_keeps_the_noun():
    d = qs("لم يحتفظ الحزب إلا بمقعد واحد من أصل 41 مقعدا، ويضم نوع واحد من الفاكهة.")
    assert q_of(d, "مقعد واحد").counted.text == "مقعد"
    assert q_of(d, "نوع واحد").counted.text == "نوع"


# -- ranges -------------------------------------------------------------------------------------------

def test_a_bare_unit_is_the_low_end_one_after_between():
    d = qs("ويتراوح طولها ما بين متر إلى خمسة أمتار، والعقوبة بين عام واحد وخمسة أعوام، "
           "وتستغرق ما بين دقيقة ودقيقتين، ولفترة تتراوح ما بين عام واحد وعامين")
    r = q_of(d, "ما بين متر إلى خمسة أمتار")
    assert (r.kind, r.low, r.high, r.unit) == ("range", 1, 5, "m")
    assert (q_of(d, "بين عام واحد وخمسة أعوام").low, q_of(d, "بين عام واحد وخمسة أعوام").high) == (1, 5)
    assert q_of(d, "ما بين دقيقة ودقيقتين").high == 2
    assert q_of(d, "ما بين عام واحد وعامين").unit == "year"


def test_a_bare_unit_of_other_units_or_an_idiom_makes_no_range():
    d = qs("تتراوح المدة بين أسبوع وعشرة أيام، وتغير الحال بين ليلة وضحاها وبين يوم وآخر.")
    assert not [q for q in d.quantities if q.kind == "range"]


def test_a_range_typed_high_first_after_between():
    d = qs("وتشير التوقعات إلى أمطار فوق المعدل بنسبة بين 70-50 في المائة على شمال المنطقة.")
    r = q_of(d, "70-50 في المائة")
    assert (r.kind, r.low, r.high, r.unit) == ("range", 50, 70, "%")


def test_a_score_or_a_season_high_first_is_no_range():
    d = qs("وفاز الفريق على منافسه 2-1، ويقام الدوري للموسم الرياضي 2016 - 2015م، والمنافسة بين 2016-2015.")
    assert not [q for q in d.quantities if q.kind == "range"]


# -- idioms that look like ordinals -------------------------------------------------------------------

def test_fifth_column_and_more_deserving_are_no_ordinals():
    d = qs("لماذا لم يستعملهم كطابور خامس؟ ونحن أولى بهذا منك، وسوق العقارات أولى بالاستشارة، والأقربون أولى به.")
    assert not [q for q in d.quantities if q.kind == "ordinal"]


def test_first_before_a_b_word_that_is_no_comparative_stays_an_ordinal():
    d = qs("قاد الفريق إلى اولى بطولاته، ومن الملحوظ من الجدول الأول بأن الإنتاج لم يرتفع، وبدأت المرحلة الأولى بالمشروع.")
    assert q_of(d, "الجدول الأول").kind == "ordinal"
    assert q_of(d, "المرحلة الأولى").kind == "ordinal"
    assert [q for q in d.quantities if q.kind == "ordinal" and "بطولاته" in q.text]


# -- second batch: read on random articles ------------------------------------------------------------

def test_a_model_number_closing_a_double_prime_quote_is_part_of_the_name():
    d = qs("بالتزامن مع إصدار “غالاكسي نوت 5″، وتراجع الفيلم الكوميدي “تيد 2″ إلى المركز الخامس، وبيع “1200″ نسخة.")
    assert [q.value for q in d.quantities if q.kind == "number" and q.value in (5, 2)] == []
    assert [q for q in d.quantities if q.value == 1200]


def test_round_thousands_in_digits_before_alf_are_restated():
    d = qs("وعثر على مبلغ مالي قدره (18000) ألف ريال سعودي، وتصل الأسعار إلى 7000 آلاف ريال لليوم الواحد، "
           "وارتفعت المبيعات إلى 2420 ألف وحدة، وبلغت (15) ألف قذيفة.")
    assert q_of(d, "(18000) ألف ريال سعودي").value == 18000
    assert q_of(d, "7000 آلاف ريال").value == 7000
    assert q_of(d, "2420 ألف وحدة").value == 2_420_000
    assert q_of(d, "(15) ألف قذيفة").value == 15000


def test_an_ordinal_leading_a_construct_takes_no_word_before():
    d = qs("وتمتلك إيران رابع أكبر مخزون للنفط، وقضى وقته بجدة ثاني أيام عيد الفطر، والفريق خاض تاسع جلسة مران.")
    assert q_of(d, "رابع أكبر").value == 4
    assert q_of(d, "ثاني أيام").value == 2
    assert q_of(d, "تاسع جلسة").value == 9


def test_an_ordinal_after_its_noun_keeps_it_before_a_phrase():
    d = qs("وتعرض شاب ثالث لإصابات خطيرة، ويبدأ الجسم باستخدام مصدر ثالث وقودا.")
    assert q_of(d, "شاب ثالث").value == 3
    assert q_of(d, "مصدر ثالث").value == 3


def test_a_day_of_the_current_or_last_month():
    ref = "2015-07-21"
    d = qs("وستطلق اللعبة يوم 29 من الشهر الجاري، بعد هجمات 26 من الشهر الماضي، وتجتمع اللجنة من 10 إلى 12 "
           "الشهر الجاري.", reference_date=ref)
    vals = {t.text: t.value for t in d.temporals}
    assert vals["يوم 29 من الشهر الجاري"] == "2015-07-29"  # يوم in the span, as in يوم 23 يوليو
    assert vals["26 من الشهر الماضي"] == "2015-06-26"
    assert vals["12 الشهر الجاري"] == "2015-07-12" and vals["10"] == "2015-07-10"
    assert not [q for q in d.quantities if q.value in (10, 12, 26, 29)]


def test_months_counted_stay_durations():
    d = qs("خلال الـ6 الأشهر الماضية صرفت إعانة 12 شهرا، وخلال ثلاثة أشهر من الشهر الجاري.", reference_date="2015-07-21")
    assert q_of(d, "6 الأشهر").unit == "month"
    assert q_of(d, "12 شهرا").unit == "month"


def test_a_definite_unit_word_is_no_unit_of_bare_digits():
    d = qs("قتل 43 شخصا وأصيب 173 اليوم الأحد عندما قصفت الجماعة المدينة.")
    q = q_of(d, "173")
    assert q.kind == "number" and q.unit is None
    assert [t for t in d.temporals if t.text == "اليوم الأحد"]


def test_quoted_digits_count_the_word_after_the_closing_quote():
    d = qs("وفاة الفنان عن عمر ناهز «68» عاما، وأكثر من «120» فعالية متنوعة، وتنفذ «23» غارة، "
           "ومرتفعا بنسبة «0.68» بالمائة، وشملت “84” بلاغا.")
    q = q_of(d, "«68» عاما")
    assert (q.kind, q.value, q.unit) == ("measure", 68, "year")
    f = q_of(d, "أكثر من «120» فعالية")
    assert f.modifier == "more_than" and f.counted.text == "فعالية"
    assert q_of(d, "«23» غارة").value == 23
    assert q_of(d, "«0.68» بالمائة").kind == "percent"
    assert q_of(d, "“84” بلاغا").counted.text == "بلاغا"


def test_quoted_digits_after_an_identifier_cue_or_before_a_stop_word_count_nothing():
    d = qs("ونصت المادة رقم «140» على ذلك، وقال 56 ممن شملهم الاستطلاع إنهم يعتقدون ذلك، ووصلنا للمرتبة «20» في عام.")
    assert not [q for q in d.quantities if q.value == 140]
    assert q_of(d, "56").counted is None
    assert q_of(d, "20").counted is None


def test_a_short_imperfect_verb_after_a_number_is_no_counted_noun():
    d = qs("زلزال بقوة 7.5 يضرب جزر سليمان، وسوق عكاظ «9» يستحدث المساجلات، وكفالة 5 أيتام و3 يتيم، وجاء 4 يمنيين و12 يمنيون.")
    assert q_of(d, "7.5").counted is None
    assert q_of(d, "9").counted is None
    assert q_of(d, "3 يتيم").counted.text == "يتيم"
    assert q_of(d, "4 يمنيين").counted.text == "يمنيين"
    assert q_of(d, "12 يمنيون").counted.text == "يمنيون"
