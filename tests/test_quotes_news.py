"""Quotes on real news phrasing: the cases found reading SaudiNewsNet articles (see each test).

Entities are added by hand (``run`` from test_quotes) so these tests do not depend on the tagger.
"""
from tests.test_quotes import no_overlap, one, run


# --- a long subject or appositions between the verb and إن/أن ----------------------------------

def test_appositions_between_cue_and_an_clause():
    text = ("وقال وزير الخارجية التونسي، الطيب البكوش، في مؤتمر صحافي أمس، إن قرار الغلق جاء بعد أن "
            "تأكد أن المسلحين ينتمون إلى فجر ليبيا.")
    q = one(run(text, [("الطيب البكوش", "PERSON", None)]),
            "قرار الغلق جاء بعد أن تأكد أن المسلحين ينتمون إلى فجر ليبيا")
    assert q.kind == "indirect" and q.cue.text == "وقال"


def test_apposition_then_ala_an():
    text = ("وأكد لـ«عكاظ» الشيخ إسماعيل قاضي رئيس اللجنة بالمحافظة، على أن مثل هذه البرامج "
            "تعد ضمن توصيات ولاة الأمر.")
    qs = run(text, [("عكاظ", "MEDIA", "okaz"), ("إسماعيل قاضي", "PERSON", None)])
    q = one(qs, "مثل هذه البرامج تعد ضمن توصيات ولاة الأمر")
    assert q.kind == "indirect"
    assert not any(x.text.startswith("قاضي رئيس") for x in qs)        # no title taken as the object


def test_long_subject_ending_in_the_speakers_name():
    text = ("وأوضح الناطق الإعلامي بفرع هيئة الهلال الأحمر السعودي في جازان بيشي بن عيسى الصرخي أن "
            "غرفة العمليات تلقت بلاغا عن وقوع حادث.")
    qs = run(text, [("هيئة الهلال الأحمر السعودي", "ORG", None), ("بيشي بن عيسى الصرخي", "PERSON", None)])
    assert one(qs, "غرفة العمليات تلقت بلاغا عن وقوع حادث").cue.text == "وأوضح"


def test_an_governed_inside_the_gap_is_not_the_cues():
    # the first أن belongs to "يقدر" in a relative clause, not to أشار
    text = ("وأشار رئيس الوزراء من برمنغهام، التي يقدر أن 22 في المائة من سكانها مسلمون، إلى أن "
            "ما تواجهه المملكة آيديولوجية متشددة.")
    qs = run(text)
    assert not any(q.text.startswith("22 في المائة") for q in qs)
    # a noun governs it (مخاوف أن): the cue keeps its nominal object
    text = ("وكشف المراسل حالة التوتر التي كانت تتملكه أثناء توجهه للقاء، مع مخاوف أن يكون اللقاء "
            "كمينا.")
    qs = run(text)
    assert not any(q.text.startswith("يكون اللقاء") for q in qs)


def test_nominal_object_kept_when_a_later_an_is_not_the_cues():
    text = ("من جهتها، تنفي روسيا إرسال جنود أو أسلحة إلى داخل أوكرانيا، مدعية أن أي روس موجودين "
            "هناك متطوعون.")
    qs = run(text, [("روسيا", "LOC", None)])
    assert one(qs, "إرسال جنود أو أسلحة إلى داخل أوكرانيا").cue.text == "تنفي"
    no_overlap(qs)


# --- a new report inside a reported clause ends it ---------------------------------------------

def test_clause_ends_where_a_new_report_starts():
    text = ("وأفاد المتحدث باسم الدفاع المدني العقيد سعيد سرحان، بأن بلاغا ورد لمركز التحكم يفيد بنشوب "
            "حريق بمستودع، وذكر أن فرق الدفاع المدني عملت على مكافحة الحريق.")
    qs = run(text, [("سعيد سرحان", "PERSON", None)])
    assert one(qs, "بلاغا ورد لمركز التحكم يفيد بنشوب حريق بمستودع").cue.text == "وأفاد"
    q = one(qs, "فرق الدفاع المدني عملت على مكافحة الحريق")
    assert q.cue.text == "وذكر" and q.speaker.text == "سعيد سرحان"


def test_kama_before_the_new_report_is_left_out():
    text = ("قال كاميرون، أمس، إنه يريد أن تبذل بريطانيا مزيدا من الجهود، كما تقول مصادر في الحكومة إن "
            "كاميرون سيسعى للحصول على موافقة البرلمان.")
    qs = run(text, [("كاميرون", "PERSON", None)])
    one(qs, "يريد أن تبذل بريطانيا مزيدا من الجهود")
    assert one(qs, "كاميرون سيسعى للحصول على موافقة البرلمان").cue.text == "تقول"


def test_embedded_verb_without_boundary_stays_inside():
    # "الوزير أكد أن" has no comma, و or كما before it: it is part of what the source said
    text = "وقال المصدر إن الوزير أكد أن الخطة ستنفذ هذا العام."
    q = one(run(text), "الوزير أكد أن الخطة ستنفذ هذا العام")
    assert q.cue.text == "وقال"


def test_participle_with_an_ends_the_clause():
    text = ("اعلن رئيس المنظمة علي اكبر صالحي ان روسيا ستبدا اعمالا انشائية كاشفا عن محادثات "
            "مماثلة مع الصين.")
    qs = run(text, [("علي اكبر صالحي", "PERSON", None)])
    one(qs, "روسيا ستبدا اعمالا انشائية")
    assert one(qs, "محادثات مماثلة مع الصين").cue.text == "كاشفا"


# --- no speaker, no quote ------------------------------------------------------------------------

def test_impersonal_forms_before_an_are_not_cues():
    assert run("يذكر أن المحافظ كان قد أقيل من منصبه إثر فرار قائد القوات.") == []
    qs = run("وقال إن الفرق وصلت عند الساعة التاسعة وتبين أنه حادث انقلاب مركبة.")
    assert [q.cue.text for q in qs] == ["وقال"]
    # with a subject between, the same form reports
    q = one(run("ويذكر التقرير أن الصادرات ارتفعت بنسبة كبيرة."), "الصادرات ارتفعت بنسبة كبيرة")
    assert q.speaker.text == "التقرير"


def test_participle_as_adjective_is_not_a_cue():
    assert run("والمهرجان بات حضورا مؤكدا لسينما تشكل بانوراما مهمة للمشاهدين العرب.") == []
    assert run("بعد ظهور عدوى مؤكدة فتاكة بإنفلونزا الطيور في مزرعة للديوك الرومية.") == []
    # after a comma it reports its nominal object
    q = one(run("وافتتح الأمير المعرض أمس، مؤكدا دعم الدولة للمبدعين الشباب."), "دعم الدولة للمبدعين الشباب")
    assert q.cue.text == "مؤكدا"


# --- the subject before the verb -----------------------------------------------------------------

def test_nominal_object_when_the_subject_comes_first():
    text = "يذكر أن وزارة الدفاع الجزائرية أكدت صباح الأحد مقتل تسعة عسكريين في إطلاق نار."
    q = one(run(text, [("وزارة الدفاع الجزائرية", "ORG", None)]), "مقتل تسعة عسكريين في إطلاق نار")
    assert q.speaker.text == "وزارة الدفاع الجزائرية"
    # a verb-first sentence keeps its subject out of the object
    text = "وأكدت وزارة الدفاع الجزائرية مقتل تسعة عسكريين في إطلاق نار."
    one(run(text, [("وزارة الدفاع الجزائرية", "ORG", None)]), "مقتل تسعة عسكريين في إطلاق نار")


def test_kana_in_the_previous_sentence_does_not_make_the_verb_subject_first():
    text = ("وأشار إلى أن الهجمات كانت منسقة.\nوأعلن تنظيم داعش عن مسؤوليته عن الهجمات في بيان.")
    qs = run(text, [("تنظيم داعش", "ORG", None)])
    assert not any(q.text.startswith("تنظيم داعش") for q in qs)


# --- abbreviated titles ----------------------------------------------------------------------------

def test_period_after_a_one_letter_title_does_not_end_the_sentence():
    text = "ويقول د. علي: «ما زال الطريق طويلا ومعقدا ويحتاج لعقود من البحث المتواصل»."
    q = one(run(text), "ما زال الطريق طويلا ومعقدا ويحتاج لعقود من البحث المتواصل")
    assert q.kind == "direct" and q.cue.text == "ويقول" and q.speaker.text == "علي"
    # a real sentence end before the mark still cuts the cue off
    text = "ويقول الباحث إن الأمر صعب. «ما زال الطريق طويلا ومعقدا» شعار الحملة."
    assert not any(q.text == "ما زال الطريق طويلا ومعقدا" and q.cue.text == "ويقول" for q in run(text))


# --- speakers -------------------------------------------------------------------------------------

def test_name_right_before_the_particle_is_the_speaker():
    text = ("وأوضح الناطق الإعلامي بفرع هيئة الهلال الأحمر في جازان بيشي بن عيسى الصرخي أن غرفة "
            "العمليات تلقت بلاغا.")
    q = one(run(text, [("بيشي بن عيسى الصرخي", "PERSON", None)]), "غرفة العمليات تلقت بلاغا")
    assert q.speaker.text == "بيشي بن عيسى الصرخي"
    # a name after a preposition or glued to one is not the speaker
    text = "ويقول أحد المقربين من السيسي إن الغالبية كانت تضغط عليه."
    q = one(run(text, [("السيسي", "PERSON", None)]), "الغالبية كانت تضغط عليه")
    assert q.speaker.text != "السيسي"
    text = "وأكد الناطق باسم القوات الموالية لهادي أن العمليات مستمرة."
    q = one(run(text, [("هادي", "PERSON", None)]), "العمليات مستمرة")
    assert q.speaker.text != "هادي"


def test_subject_in_marks_and_no_name_after_a_description():
    q = one(run("وأفاد «المرصد السوري لحقوق الإنسان» بأن مخلوف قتل في المعارك.",
                [("المرصد السوري لحقوق الإنسان", "ORG", "sohr")]), "مخلوف قتل في المعارك")
    assert q.speaker.text == "المرصد السوري لحقوق الإنسان"
    q = one(run("وقال المصدر لوكالة «فرانس برس» إن بلاتيني يدرس الترشح للانتخابات.",
                [("فرانس برس", "MEDIA", "afp")]), "بلاتيني يدرس الترشح للانتخابات")
    assert q.speaker.text == "المصدر"
    q = one(run("وقالت المصادر ذاتها إن مدينة تعز تعيش في ظلام دامس."), "مدينة تعز تعيش في ظلام دامس")
    assert q.speaker.text == "المصادر"
    # an addressee in marks after لـ is still skipped
    q = one(run("وقال لـ«عكاظ» الوزير إن الخطة جاهزة.", [("عكاظ", "MEDIA", "okaz")]), "الخطة جاهزة")
    assert q.speaker.text == "الوزير"


# --- names and titles in marks ---------------------------------------------------------------------

def test_marked_text_after_a_naming_word_is_a_name():
    qs = run("وقال الوزير إن إيران ستزيد من دعمها لما سماهم: «محور المقاومة».")
    assert all(q.text != "محور المقاومة" for q in qs)
    qs = run("كتب الأكاديمي مقالا بعنوان: «ابن تيمية الذي حفر حفرة لابن حيان فوقع فيها» على موقع الإمارات.")
    assert not any(q.text.startswith("ابن تيمية") for q in qs)
    # "his name" is no title: «طلب عدم نشر اسمه: «...»» quotes the source
    text = "وقال مصدر أمني طلب عدم نشر اسمه: «لقد تمكنت قواتنا من قتل المسلحين»."
    assert one(run(text), "لقد تمكنت قواتنا من قتل المسلحين").kind == "direct"


# --- كما + cue closing a sentence names its source ------------------------------------------------

def test_kama_verb_subject_at_sentence_end_is_a_source():
    text = ("وتواصلت المواجهات حول ضاحية عدن الشمالية، حيث حاول المقاتلون إخراج المتمردين، كما ذكرت "
            "مصادر عسكرية.")
    q = one(run(text), "تواصلت المواجهات حول ضاحية عدن الشمالية، حيث حاول المقاتلون إخراج المتمردين")
    assert q.kind == "indirect" and q.cue.text == "ذكرت" and q.speaker.text == "مصادر عسكرية"
    # كما + verb with its own أن clause reports that clause, not the one before
    text = "وارتفعت الأسعار في الأسواق المحلية، كما ذكرت مصادر تجارية أن الطلب تراجع."
    qs = run(text)
    assert [q.text for q in qs] == ["الطلب تراجع"]


def test_kunya_name_is_not_cut_and_spans_start_at_words():
    text = "وأكدت الزائرة السودانية أم حسين، أنها قضت أجمل الأوقات في رحاب طيبة الطيبة."
    q = one(run(text, [("حسين", "PERSON", None)]), "قضت أجمل الأوقات في رحاب طيبة الطيبة")
    assert q.speaker.text != "حسين"
    text = "وأعلنت المجموعة قبل أيام توقيع اتفاق شامل بينهما ينهي أزمة بين الجانبين."
    for q in run(text):
        assert q.start == 0 or not text[q.start - 1].isalpha(), q.text


# --- a person description names only the person it introduced -----------------------------------

def test_description_without_introduction_is_not_the_last_person_named():
    # the spokesman was never named: the president in the sentence before is someone else
    text = ("قال متحدث باسم الرئاسة إن الرئيس محمد بخاري أقال قادة الجيش. وأضاف المتحدث أن أسماء "
            "القادة الجدد ستعلن قريبا.")
    q = one(run(text, [("محمد بخاري", "PERSON", None)]), "أسماء القادة الجدد ستعلن قريبا")
    assert q.speaker.text == "المتحدث" and q.speaker.entity_id is None and q.speaker.name == "المتحدث"


def test_description_resolves_to_the_person_it_introduced():
    # introduced with the same title and the name after it ...
    text = ("وقال المتحدث الرسمي باسم الدفاع المدني العقيد محمد القرني إن الحريق أخمد بالكامل. "
            "واستقبل أمير المنطقة خالد الفيصل المصابين. وأضاف المتحدث أن الفرق باشرت الموقع.")
    qs = run(text, [("محمد القرني", "PERSON", "al-qarni"), ("خالد الفيصل", "PERSON", "khalid-al-faisal")])
    assert one(qs, "الفرق باشرت الموقع").speaker.entity_id == "al-qarni"
    # ... or the name before it across a comma; the addressee named since is not the speaker
    text = ("وقال عز الدين الأصبحي، وزير حقوق الإنسان اليمني، إن الحكومة قامت بجولات في عدن. "
            "وبعث الوزير برسالة إلى زيد رعد الحسين. وأكد الوزير اليمني أن الزيارة ستتم قريبا.")
    qs = run(text, [("عز الدين الأصبحي", "PERSON", "asbahi"), ("زيد رعد الحسين", "PERSON", "zeid")])
    q = one(qs, "الزيارة ستتم قريبا")
    assert q.speaker.text.startswith("الوزير") and q.speaker.entity_id == "asbahi"
    # a name in the description's own phrase is the mention nearest the quote
    text = "وأوضح المتحدث الرسمي للمركز رأفت الصباغ أن القافلة وصلت."
    q = one(run(text, [("رأفت الصباغ", "PERSON", None)]), "القافلة وصلت")
    assert q.speaker.text == "رأفت الصباغ"


def test_description_after_a_preposition_is_not_the_pronoun_verbs_speaker():
    text = ("وحدد المتحدث الرسمي للاتحاد موعد الإعلان عن المدرب الجديد للمنتخب، وقال إن الإعلان "
            "سيكون خلال أسبوع.")
    q = one(run(text), "الإعلان سيكون خلال أسبوع")
    assert q.speaker is not None and q.speaker.text.startswith("المتحدث")


# --- weak verbs (نقل، ذكر) across a subject with commas ------------------------------------------

def test_weak_verb_reports_across_a_long_subject_and_commas():
    text = ("ونقلت وكالة الأنباء الإماراتية أمس عن سعيد الطاير الرئيس التنفيذي لهيئة كهرباء ومياه دبي، "
            "أن المشروع يتماشى مع توجه الدولة لإنتاج الكهرباء.")
    q = one(run(text), "المشروع يتماشى مع توجه الدولة لإنتاج الكهرباء")
    assert q.kind == "indirect" and q.cue.text == "ونقلت"
    text = ("وذكر الاتحاد، الذي يتخذ من العاصمة البلجيكية بروكسل مقرا له، أن مبيعات السيارات بلغت "
            "الشهر الماضي 1.17 مليون سيارة.")
    assert one(run(text), "مبيعات السيارات بلغت الشهر الماضي 1.17 مليون سيارة").cue.text == "وذكر"
    # ذكر as a noun inside a clause is still no cue for a far أن
    text = "وتناول الخطيب ذكر الصحابة ومناقبهم في خطبة طويلة أمام المصلين، حيث أن المسجد امتلأ."
    assert not any(q.text.startswith("المسجد امتلأ") for q in run(text))


# --- بحسب/وفقا ل/حسب as the source of a clause -----------------------------------------------------

def test_source_phrase_with_a_data_noun_closing_its_clause():
    text = "وارتفع مؤشر ستوكس يوروب 600 الأوسع نطاقا 0.5 في المائة إلى 407.75 نقطة بحسب بيانات وكالة رويترز."
    q = one(run(text, [("رويترز", "MEDIA", "reuters")]),
            "ارتفع مؤشر ستوكس يوروب 600 الأوسع نطاقا 0.5 في المائة إلى 407.75 نقطة")
    assert q.cue.text == "بحسب" and q.speaker.entity_id == "reuters"
    # a data noun's phrase running on into the clause is a reference, not a source
    text = ("ويتضمن جدول أعمال الاجتماعات وفقا لبيان وزارة المالية الصحافي مراجعة التقرير السنوي "
            "والبيانات المالية للصندوق للعام الماضي بالإضافة لمناقشة خطة عمل الصندوق، ومشروعات أخرى.")
    assert run(text) == []


def test_source_phrase_glued_after_a_period_names_the_sentence_before():
    text = ("وتقدم الرياض وأعضاء آخرون في أوبك أرقام صادرات النفط الشهرية إلى مبادرة البيانات "
            "المشتركة.وفقا لرويترز. رابط الخبر بصحيفة الوئام")
    q = one(run(text, [("رويترز", "MEDIA", "reuters")]),
            "تقدم الرياض وأعضاء آخرون في أوبك أرقام صادرات النفط الشهرية إلى مبادرة البيانات المشتركة")
    assert q.kind == "indirect" and q.speaker.entity_id == "reuters"


def test_source_phrase_then_fa_inna_reports_what_follows():
    text = ("وتعمل الأجهزة على مراقبة المواقع، فطبقا للمعلومات الأخيرة فإن التنظيم يعمل على تطويع "
            "الإنترنت لخدمة أهدافه.")
    qs = run(text)
    assert [q.text for q in qs] == ["التنظيم يعمل على تطويع الإنترنت لخدمة أهدافه"]
    # a verb cue inside the source phrase reports its own clause
    text = ("ووفقاً لتقارير طبية من مستشفيات كبرى في اليمن أفادت بأنه بحاجة ماسة لعمليات جراحية، "
            "فيما اعتذرت مستشفيات أخرى عن علاجه.")
    assert [q.text for q in run(text)] == ["بحاجة ماسة لعمليات جراحية"]


# --- a time phrase between a verb and its object -----------------------------------------------------

def test_time_phrase_before_the_object_is_skipped_whole():
    qs = run("وكانت الوزارة أعلنت قبل أيام تحرير أسعار الوقود في الأسواق المحلية.")
    assert [q.text for q in qs] == ["تحرير أسعار الوقود في الأسواق المحلية"]
    text = ("وكانت الشركة أعلنت منتصف شهر ديسمبر (كانون الأول) الماضي، إطلاق المرحلة التجريبية الأولى "
            "للخدمة.")
    assert [q.text for q in run(text)] == ["إطلاق المرحلة التجريبية الأولى للخدمة"]
    text = "وأعلنت الولايات المتحدة وكوبا في 17 كانون الأول/ ديسمبر عزمهما على تطبيع العلاقات بينهما."
    assert [q.text for q in run(text)] == ["عزمهما على تطبيع العلاقات بينهما"]
    text = "وكانت الوزارة أعلنت في تشرين الثاني (نوفمبر) 2012 بدء المفاوضات للتوصل لاتفاق تجارة حرة."
    assert [q.text for q in run(text)] == ["بدء المفاوضات للتوصل لاتفاق تجارة حرة"]
    # a comma after the time phrase followed by a new clause is no object
    text = ("وتدور معارك في المحافظة التي أعلنت السلطات السيطرة عليها قبل أيام، فيما أعلن عن أن "
            "قيادات حوثية وقعت أسرى لدى المقاومة.")
    assert not any(q.text.startswith("فيما") for q in run(text))


# --- a pronoun verb does not continue an object or addressee -----------------------------------------

def test_pronoun_verb_skips_objects_and_addressees():
    text = ("وزارت الوزيرة المستشفى أمس والتقت الفنان حسن حسني الذي يتلقى العلاج هناك، وقالت إن حالته "
            "مستقرة.")
    q = one(run(text, [("حسن حسني", "PERSON", "hassan-hosny")]), "حالته مستقرة")
    assert q.speaker is None or q.speaker.entity_id != "hassan-hosny"
    text = ("ورفعت الجماعات دعوى قضائية على بالاس انترتينمنت قائلة إن الحوض الذي تعيش فيه "
            "الحوت هو الأصغر في العالم.")
    q = one(run(text, [("بالاس انترتينمنت", "ORG", "palace")]), "الحوض الذي تعيش فيه الحوت هو الأصغر في العالم")
    assert q.speaker is None or q.speaker.entity_id != "palace"
    # the person met in an interview (مع) does speak next
    text = ("وأجرى مراسل التلفزيون مقابلة مع أبي مالك الشامي الذي لم يظهر وجهه، قال فيها إن المفاوضات "
            "متوقفة.")
    q = one(run(text, [("أبي مالك الشامي", "PERSON", "abu-malik")]), "المفاوضات متوقفة")
    assert q.speaker is not None and q.speaker.entity_id == "abu-malik"


# --- حسب meaning 'depending on' or 'only' is no source --------------------------------------------

def test_hasab_with_a_criterion_or_only_is_no_source():
    text = ("يذكر أنه قد تم توزيع كافة الأندية على خمس مجموعات وذلك على حسب الموقع الجغرافي "
            "والفرق المتأهلة سوف تشارك في الدوري الممتاز.")
    assert not any(q.cue is not None and "حسب" in q.cue.text for q in run(text))
    text = ("ويمكن لعالم آثار أن يتخصص في دراسة حقبة تاريخية محددة، مثل الحقبة الإنجيلية، أو بحسب "
            "الموقع الجغرافي مثل علم المصريات.")
    assert run(text) == []
    text = ("وأمر القادة الجنود المتمركزين هناك بالإطلاق في الجري فحسب، وتركوا القاعدة خالية "
            "من السلاح.")
    assert run(text) == []
    # a source after it still reports, also a criterion noun opening a relative clause
    text = "وبحسب موقع «بيزنس انسايدر»، فإن الشركة تعتزم طرح الهاتف الجديد في الأسواق الشهر المقبل."
    q = one(run(text, [("بيزنس انسايدر", "MEDIA", None)]), "الشركة تعتزم طرح الهاتف الجديد في الأسواق الشهر المقبل")
    assert q.cue.text == "وبحسب"
    text = ("وطبقا للترتيب الذي كشفت عنه المجلة، تبلغ قيمة الفريق الأسباني 3 مليارات دولار متقدما على "
            "ناديي دالاس ونيويورك.")
    assert any(q.cue is not None and q.cue.text == "وطبقا ل" for q in run(text))


# --- unmarked words after 'قال:' are reported speech ----------------------------------------------

def test_unmarked_words_after_a_colon_are_indirect():
    text = ("وأضاف رئيس النادي: سارت الأمور بشكل جيد في أول تدريب مع الفريق ونحن سعداء بالنتيجة.")
    q = one(run(text), "سارت الأمور بشكل جيد في أول تدريب مع الفريق ونحن سعداء بالنتيجة")
    assert q.kind == "indirect" and q.cue.text == "وأضاف"
    text = ("ويعلق الباحث عبد الله الشمري قائلا: كان من السهل تصدير النفط من المناطق التي سيطر عليها التنظيم.")
    q = one(run(text, [("عبد الله الشمري", "PERSON", None)]),
            "كان من السهل تصدير النفط من المناطق التي سيطر عليها التنظيم")
    assert q.speaker is not None and q.speaker.text == "عبد الله الشمري"
    # marks after the colon make a direct quote; a verb that takes no report (دعا) reports nothing
    q = one(run("وقال الأمير: «نحن سعداء بهذا الإنجاز الكبير»."), "نحن سعداء بهذا الإنجاز الكبير")
    assert q.kind == "direct"
    assert run("فإن ذلك يدعو إلى التساؤل: هل ما يحدث وهم أم حقيقة؟") == []
    # a colon glued inside a broken word is no colon of speech
    assert run("أعلن مصدر مقرب من الفرنس:ي ميشال بلاتيني رئيس الاتحاد الأوروبي أمس.") == []


# --- a participle of state after the verb is no subject ------------------------------------------

def test_state_participle_after_the_verb_is_no_speaker():
    text = ("وقال وزير الخارجية الفرنسي لوران فابيوس إن الظروف متوافرة لذهابه. وتابع مستطردا "
            "\"أرى من الطبيعي تماما أن تستأنف فرنسا علاقاتها\".")
    q = one(run(text, [("لوران فابيوس", "PERSON", "fabius")]), "أرى من الطبيعي تماما أن تستأنف فرنسا علاقاتها")
    assert q.speaker is not None and q.speaker.entity_id == "fabius"
    q = one(run("وتجول في السوق الفارغة. فقال لي متهكماً: لو زرتنا خلال هذه الفترة لما وجدت أحدا."),
            "لو زرتنا خلال هذه الفترة لما وجدت أحدا")
    assert q.speaker is None or q.speaker.text != "متهكماً"
    # a possessive noun of the same shape is the subject
    q = one(run("وفي أثناء البحث عن كنز، يقول مرافقنا إن ذلك من ضمن فعالية استحدثت للعائلات."),
            "ذلك من ضمن فعالية استحدثت للعائلات")
    assert q.speaker is not None and q.speaker.text == "مرافقنا"


# --- a particle governed by the word before it (بعد أن، قبل أن، دون أن) is not the cue's -------------

def test_particle_governed_by_the_word_before_is_no_report():
    assert run("وجاءت هذه التصريحات بعد أن أرسلت إدارة أوباما الاتفاق إلى الكونجرس لمراجعته.") == []
    qs = run("وفتح تحقيق في الحادث حسبما أضافت الوزارة من دون أن تحدد هوية الشخص الذي قتل.")
    assert [q.text for q in qs] == ["فتح تحقيق في الحادث"]                # the source's clause only
    # فيما بعد = 'later': the particle is the cue's
    q = one(run("وقد اعترفت الرئاسة فيما بعد بأنها لم تكن تريد أن تدق نواقيس الخطر."),
            "لم تكن تريد أن تدق نواقيس الخطر")
    assert q.cue.text == "وقد اعترفت" or q.cue.text == "اعترفت"
    # a time after ب is no object: أعلن بعدها بأيام استقالته
    assert not any(q.text.startswith("أيام") for q in run(
        "وأعلن بلاتر بعدها بأيام استقالته رغم أنه شخصيا لم يتهم بأي تجاوزات."))


def test_text_of_a_resolution_is_a_source():
    text = ("وصوت أعضاء المجلس برفع الأيدي. وبحسب نص القرار، سيتم وقف العمل تدريجيا بسبعة قرارات صادرة "
            "عن المجلس منذ 2006.")
    q = one(run(text), "سيتم وقف العمل تدريجيا بسبعة قرارات صادرة عن المجلس منذ 2006")
    assert q.cue.text == "وبحسب" and q.speaker is not None and q.speaker.text == "نص القرار"


# --- a title + name in the phrase names the speaker closest to the quote ----------------------------

def test_titled_name_wins_over_the_office_or_organisation_before_it():
    text = ("وأوضح الأمين العام لمؤسسة الأمير محمد بن فهد للتنمية الإنسانية الدكتور عيسى الأنصاري، أن "
            "إطلاق هذه المسابقة يأتي لتنمية الشباب.")
    qs = run(text, [("محمد بن فهد", "PERSON", "mohammed-bin-fahd")])
    q = one(qs, "إطلاق هذه المسابقة يأتي لتنمية الشباب")
    assert q.speaker is not None and q.speaker.text == "عيسى الأنصاري"
    text = ("وأفادت الدكتورة ليلى أبو الجدايل رئيسة النادي السعودي في جامعة بوسطن بأنه تم تنظيم "
            "الحفل بنجاح.")
    q = one(run(text), "تم تنظيم الحفل بنجاح")
    assert q.speaker is not None and q.speaker.text == "ليلى أبو الجدايل"
    # a person named first keeps the quote; a titled name after عقب/في تصريحات عقب is someone else
    text = ("قال عباس شومان وكيل الأزهر في تصريحات عقب دعاء الشيخ محمد جبريل في المسجد، إن الدعاء "
            "لا ينبغي أن يكون سياسيا.")
    q = one(run(text, [("عباس شومان", "PERSON", "shoman"), ("محمد جبريل", "PERSON", "gebril")]),
            "الدعاء لا ينبغي أن يكون سياسيا")
    assert q.speaker.entity_id == "shoman"


# --- جاء reports only what is written in/on something ----------------------------------------------

def test_jaa_reports_only_what_is_written_in_something():
    assert run("واحتلت فولكس فاغن المركز الأول بحصة قدرها 26.1 في المائة وجاءت «بيجو ستروين» ثانيا.") == []
    assert run("والتذكير بأن الإسلام جاء رحمة لا نقمة \"ما أرسلناك إلا رحمة للعالمين\".") == []
    q = one(run("وجاء على صفحة الفيفا على موقع تويتر «حددت الجمعية العمومية موعد الانتخابات في فبراير»."),
            "حددت الجمعية العمومية موعد الانتخابات في فبراير")
    assert q.kind == "direct" and q.cue.text == "وجاء"
    q = one(run("وأعاد نشر تغريدة للناشط علي النعيمي، جاء فيها: «اعلم أنك جمعت السيئتين»."),
            "اعلم أنك جمعت السيئتين")
    assert q.cue.text == "جاء"
    # a word of speech after it: وجاءت ردود فلان بأنه ...
    q = one(run("وجاءت ردود ناصر على الفتوى بأنه لن يهتم وسيستمر في عمله."), "لن يهتم وسيستمر في عمله")
    assert q.kind == "indirect"


def test_colon_after_a_dashed_apposition():
    text = "يقول عبدالمجيد سعد -طالب جامعي-: كثير من الناس قد تحصل بينهم مشاكل بسيطة."
    q = one(run(text, [("عبدالمجيد سعد", "PERSON", None)]), "كثير من الناس قد تحصل بينهم مشاكل بسيطة")
    assert q.kind == "indirect" and q.speaker.text == "عبدالمجيد سعد"


# --- more reporting verbs: أبان، أورد، نبّه، استطرد، ادّعى، تابع + أن ---------------------------------

def test_more_reporting_verbs_take_an_clauses():
    cases = [
        ("وأبان التقرير أن إجمالي المنصرف الفعلي من قروض الصندوق تراجع في عام 2014.", "وأبان",
         "إجمالي المنصرف الفعلي من قروض الصندوق تراجع في عام 2014"),
        ("وأورد التقرير أن حركة الرياح السطحية على البحر الأحمر ستكون جنوبية غربية.", "وأورد",
         "حركة الرياح السطحية على البحر الأحمر ستكون جنوبية غربية"),
        ("ونبه التقرير إلى أن ارتفاع قيمة المبيعات بلغ 17.7% في العام الماضي.", "ونبه",
         "ارتفاع قيمة المبيعات بلغ 17.7% في العام الماضي"),
        ("واستطرد أنه في حال كان الابن متورطاً بقضية أمنية فإن أفضل طريقة هي إقناعه بتسليم نفسه.", "واستطرد",
         "في حال كان الابن متورطاً بقضية أمنية فإن أفضل طريقة هي إقناعه بتسليم نفسه"),
        ("وادعى أن السبب في ذلك هو الاعتبارات الإنسانية.", "وادعى", "السبب في ذلك هو الاعتبارات الإنسانية"),
        ("وتابع المصدر أن بلاتيني حضر اجتماعات في وقت متأخر من مساء الأحد.", "وتابع",
         "بلاتيني حضر اجتماعات في وقت متأخر من مساء الأحد"),
    ]
    for text, cue, content in cases:
        q = one(run(text), content)
        assert q.kind == "indirect" and q.cue.text == cue


def test_look_alikes_of_the_new_verbs_are_no_cues():
    # إبان = during; يُدعى = is called (the present of ادّعى is left out); متابع = a follower
    assert run("وذلك إبان الحرب العالمية الثانية التي شهدت أن المدن دمرت.") == []
    assert not any(q.cue.text in ("تدعى", "يدعى") for q in run(
        "وقالت عارضة أزياء تدعى انداه كيرانا إن مستقبل الأزياء الإسلامية مبشر جدا."))
    assert run("وكان المتابعون للحساب يتوقعون أن يغلق قريبا.") == []
    # متابعاً = going on (speaking): still a cue
    text = "وقال المسؤول إن ناديه يرفض الفكرة. متابعاً بأن «اتحاد الكرة يدير أموره بعشوائية»."
    assert one(run(text), "اتحاد الكرة يدير أموره بعشوائية").cue.text == "متابعاً"
    # a continued statement: the earlier clause ends where وتابع reports again
    text = "وقال عمر إنه أخطأ وليس لديه إلا سنة في المجال، وتابع أن الاعتذار واجب عليه."
    qs = run(text, [("عمر", "PERSON", None)])
    one(qs, "أخطأ وليس لديه إلا سنة في المجال")
    assert one(qs, "الاعتذار واجب عليه").cue.text == "وتابع"


# --- a pronoun verb's speaker is never a mention inside what was reported before it --------------

def test_pronoun_verb_skips_mentions_inside_the_earlier_clause():
    text = ("ونفى ضابط رفيع أن الجيش الإسرائيلي قام باستقبال مقاتلين من التنظيمات المتطرفة، "
            "وأوضح أن الجيش أخطأ عندما لم يقم بفحص هوية الجرحى.")
    qs = run(text, [("الجيش الإسرائيلي", "ORG", "idf")])
    q = one(qs, "الجيش أخطأ عندما لم يقم بفحص هوية الجرحى")
    assert q.speaker is not None and q.speaker.text in ("ضابط رفيع", "رفيع")       # not الجيش
    # a verb inside the reported words (عندما ...، أجاب) keeps the person named in them
    text = ("وكتب ضابط في الشهادة أنه عندما أطلعت السلطات أداير على الصور، أجاب: «أنا في ورطة.. "
            "أعتقد أنه ينبغي أن يكون لدي محام».")
    q = one(run(text, [("أداير", "PERSON", "adair")]), "أنا في ورطة.. أعتقد أنه ينبغي أن يكون لدي محام")
    assert q.speaker.entity_id == "adair"
    # a name before the verb and outside any reported clause still speaks
    text = "وأعلن الوزير خالد الفالح عن خطة جديدة للطاقة، وأوضح أن الخطة تبدأ العام المقبل."
    q = one(run(text, [("خالد الفالح", "PERSON", "falih")]), "الخطة تبدأ العام المقبل")
    assert q.speaker.entity_id == "falih"


# --- a reporting verb that reports nothing itself still names who speaks next -------------------

def test_silent_cue_names_the_next_speaker():
    text = ("وقالت ليندا تشاوز إن الاتفاق تقديم خدمة لنظام طهران. وشدد البروفسور إيفان شيهان، مدير المفاوضات "
            "في جامعة بالتيمور، على الدور الذي يتوجب أن يلعبه الكونغرس. وقال إن الكونغرس يجب أن يرفض الاتفاق.")
    qs = run(text, [("ليندا تشاوز", "PERSON", "chavez"), ("إيفان شيهان", "PERSON", "sheehan")])
    assert one(qs, "الكونغرس يجب أن يرفض الاتفاق").speaker.entity_id == "sheehan"
    # a participle after a verb whose subject is a pronoun continues the speaker before it
    text = ("وقال إيفان شيهان إن الكونغرس لا بد أن يبت في المعلومات. وأضاف ردا على سؤال آخر بشأن ما يمكن أن "
            "يقوم به الكونغرس قائلا إنه يمكن للكونغرس الوقوف بصرامة تجاه هذا الأمر.")
    qs = run(text, [("إيفان شيهان", "PERSON", "sheehan"), ("الكونغرس", "ORG", "congress")])
    assert one(qs, "يمكن للكونغرس الوقوف بصرامة تجاه هذا الأمر").speaker.entity_id == "sheehan"


def test_silent_cue_whose_name_is_an_object_changes_nothing():
    # the name after وانتقدت is the object (زيارة ساركوزي), not who speaks next
    text = ("وقال الوزير خالد العلي إن الزيارة ناجحة. وانتقدت صحف تونسية زيارة ساركوزي إلى البلاد. "
            "وقال إن الزيارة لم تحقق أهدافها.")
    qs = run(text, [("خالد العلي", "PERSON", "ali"), ("ساركوزي", "PERSON", "sarkozy")])
    sp = one(qs, "الزيارة لم تحقق أهدافها").speaker
    assert sp is None or sp.entity_id != "sarkozy"


# --- نقل فلان عن علان قوله إن ...: the one quoted after عن speaks --------------------------------

def test_masdar_between_verb_and_clause_names_the_speaker():
    text = "ونقلت الصحيفة عن الوزير علي العمير قوله إن هناك ارتياحا من قبل الدول الأعضاء في أوبك."
    qs = run(text, [("علي العمير", "PERSON", "omair")])
    q = one(qs, "هناك ارتياحا من قبل الدول الأعضاء في أوبك")
    assert q.cue.text == "قوله" and q.speaker.entity_id == "omair"
    # بقوله after عن + a topic: the subject's own words, عن names no source
    text = "ويبين حبيب العلي عن الأسعار بقوله إن سعر النقل لا يعتمد على الأعياد."
    q = one(run(text, [("حبيب العلي", "PERSON", "habib")]), "سعر النقل لا يعتمد على الأعياد")
    assert q.cue.text == "ويبين" and q.speaker.entity_id == "habib"


# --- a quote that ends its own sentence inside the marks is direct ----------------------------------

def test_sentence_final_quote_before_the_next_sentence_is_direct():
    text = ("وقال المسؤول \"هبطت طائرة حربية في مطار عدن بعد الظهر تحمل مساعدات.\" وانتزع مقاتلون "
            "محليون السيطرة على المطار.")
    q = one(run(text), "هبطت طائرة حربية في مطار عدن بعد الظهر تحمل مساعدات.")
    assert q.kind == "direct"
    # embedded in an أن clause it stays partial; a fragment without its own sentence end too
    text = "وأضافت أن هذا \"قد يدفع المرء للاستنتاج خطأ أن الضغط غير مهم.\" وقالت إن الدراسة شملت رجالا."
    assert one(run(text), "قد يدفع المرء للاستنتاج خطأ أن الضغط غير مهم.").kind == "partial"
    text = "وأعربت الوزارة عن \"أسفها الشديد\" لما حدث في المدينة."
    assert one(run(text), "أسفها الشديد").kind == "partial"


# --- a description resolves to the last entity named with that noun ----------------------------

def test_description_prefers_the_entity_named_with_its_noun():
    text = ("وأدانت وزارة الخارجية الفلسطينية مصادقة لجنة التخطيط التابعة للإدارة المدنية الإسرائيلية على خطة "
            "استيطانية. وقالت الوزارة إنها تنظر بخطورة بالغة إلى \"التصعيد الإسرائيلي الرسمي في عمليات البناء\".")
    qs = run(text, [("وزارة الخارجية الفلسطينية", "ORG", "pa-mofa"), ("الإدارة المدنية الإسرائيلية", "ORG", "cogat")])
    q = one(qs, "التصعيد الإسرائيلي الرسمي في عمليات البناء")
    assert q.speaker.text == "الوزارة" and q.speaker.entity_id == "pa-mofa"
    # no entity holds the noun: the most recent organisation, as before
    text = "أعلنت الفاو عن برنامج جديد. وقالت المنظمة إن إمدادات المياه ستنقص بحلول عام 2050."
    q = one(run(text, [("الفاو", "ORG", "fao")]), "إمدادات المياه ستنقص بحلول عام 2050")
    assert q.speaker.entity_id == "fao"


# --- بالقول after a verb reports; a name after ل + an office or after لقائه is no speaker ------------

def test_bil_qawl_reports_for_the_verbs_subject():
    text = "ومضت المصادر بالقول إن عددا من قادة المتمردين بدؤوا بتغيير أماكنهم المعتادة."
    q = one(run(text), "عددا من قادة المتمردين بدؤوا بتغيير أماكنهم المعتادة")
    assert q.kind == "indirect" and q.cue.text == "بالقول" and q.speaker.text == "المصادر"
    text = "وأعرب روثكوف عن سخريته من هذا التعاون بالقول إنه من المفارقة أن تبني واشنطن جسورا مع سليماني."
    q = one(run(text, [("روثكوف", "PERSON", "rothkopf"), ("واشنطن", "LOC", None)]),
            "من المفارقة أن تبني واشنطن جسورا مع سليماني")
    assert q.speaker.entity_id == "rothkopf"
    # القول without ب after يمكن is the writer's own phrase, no cue
    assert run("ويمكن القول إن الخطاب الأيديولوجي خطاب تسليمي.") == []


def test_name_after_l_office_or_a_meeting_noun_is_no_speaker():
    text = ("كتب الدكتور خالد السلطاني رسالة وداع طويلة لأستاذه المعماري محمد مكية، واستهلها بالقول: "
            "«وداعا فخرنا المعماري والثقافي والوطني».")
    qs = run(text, [("خالد السلطاني", "PERSON", "sultani"), ("محمد مكية", "PERSON", "makiya")])
    assert one(qs, "وداعا فخرنا المعماري والثقافي والوطني").speaker.entity_id == "sultani"
    text = ("كما تحدث نتنياهو بعد لقاء كارتر مع نواب حزبه، فقال: «ستضطر إيران إلى تقديم التنازلات».")
    qs = run(text, [("نتنياهو", "PERSON", "netanyahu"), ("كارتر", "PERSON", "carter")])
    assert one(qs, "ستضطر إيران إلى تقديم التنازلات").speaker.entity_id == "netanyahu"
    # with no ل or meeting noun the name nearest the verb still speaks
    text = "وتحدث المعماري محمد مكية عن سيرته، واستهلها بالقول: «العمارة ملك للناس»."
    qs = run(text, [("محمد مكية", "PERSON", "makiya")])
    assert one(qs, "العمارة ملك للناس").speaker.entity_id == "makiya"


# --- names in marks: the subject of a verb after them, a title + name, a subject before أن ----------

def test_names_in_marks_next_to_a_verb_are_not_quotes():
    # a headline subject: the verb after the marks takes an object or ل + addressee, no speaker
    assert not any(q.text == "سبق" for q in run('"سبق" تقول للمسؤول: لم يعد سرا تأخر المشاريع الحكومية.'))
    qs = run("«التدريب التقني» تعلن استمرار القبول في الكليات التقنية")
    assert not any(q.text == "التدريب التقني" for q in qs)
    # (its content masdar is the verb's object: the announcement, not a quote of the name)
    assert [(q.kind, q.text) for q in qs] == [("indirect", "استمرار القبول في الكليات التقنية")]
    # a quote before its verb and speaker stays a quote
    q = one(run("«لن نتراجع» قال الوزير أمام الصحفيين.", [("الوزير", "PERSON", None)]), "لن نتراجع")
    assert q.kind == "direct"
    # the speaker's name in marks before أن is the subject, the clause after it is the quote
    qs = run("وأوضحت \"الجوازات\" أن عدد من تم تصحيح أوضاعهم بلغ ألف شخص.")
    assert not any(q.text == "الجوازات" for q in qs)
    assert one(qs, "عدد من تم تصحيح أوضاعهم بلغ ألف شخص").kind == "indirect"
    # a name of five or six words in marks there too (a document's title that states something)
    qs = run("بالإضافة إلى ذلك، أكدت «معايير خطة العمل المشترك الشاملة» أن كل النفط الإيراني سيتم شحنه للخارج.")
    assert not any(q.text.startswith("معايير") for q in qs)
    q = one(qs, "كل النفط الإيراني سيتم شحنه للخارج")
    assert q.kind == "indirect" and q.speaker.text == "معايير خطة العمل المشترك الشاملة"
    # a statement of seven words in marks before أن stays a quote (قال «...» أن is rare, a quote is not)
    qs = run("وقال الوزير «نحن لن نقبل بأي حال من الأحوال هذا القرار» أن الحكومة ستطعن فيه.")
    assert any(q.text.startswith("نحن لن نقبل") for q in qs)
    # a fragment followed by وأن (and that ...) is still a partial quote
    qs = run("وقالت الوكالة إنه يتعين على البرامج أن تكون قوة لنقل \"الطاقة الايجابية\" وأن يكون لها هدف.")
    assert any(q.text == "الطاقة الايجابية" for q in qs)
    # a title and a name in marks
    text = "أوضح ذلك المتحدث الرسمي لمديرية الدفاع المدني، \"العقيد محمد عبدالرحيم العاصمي\"، مشيرا إلى أهمية المراقبة."
    assert not any(q.text.startswith("العقيد") for q in run(text))


def test_clause_ends_where_a_new_speaker_is_introduced_at_length():
    text = ("وقال علماء إن المشروع تتضاءل الى جانبه أي برامج أخرى في هذا المجال وقال دان ويرثايمر أحد "
            "مستشاري المشروع وهو أيضا عالم الفيزياء المشرف على موقع مرتبط بجامعة كاليفورنيا إن العالم ينفق القليل.")
    qs = run(text)
    one(qs, "المشروع تتضاءل الى جانبه أي برامج أخرى في هذا المجال")
    # a weak verb (ذكر) or one without و glued inside the clause does not end it that far ahead
    text = ("وقال المسؤول إن الوزارة ستعلن النتائج قريبا ذكر مصدر في الوزارة أمس لوسائل الإعلام "
            "المحلية في الرياض أن الموعد لم يحدد.")
    assert any(q.text.startswith("الوزارة ستعلن النتائج قريبا ذكر") for q in run(text))


def test_relative_clause_on_the_named_subject_before_an():
    text = ("وقال كيمورا الذي التقى على رأس وفد من الشركة جيمس مورفي وأقارب أسرى سابقين آخرين في لوس أنجليس "
            "إن شركته قامت بهذه الخطوة من أجل الاعتذار.")
    q = one(run(text, [("كيمورا", "PERSON", "kimura"), ("جيمس مورفي", "PERSON", "murphy")]),
            "شركته قامت بهذه الخطوة من أجل الاعتذار")
    assert q.speaker.entity_id == "kimura"
    # a relative clause with a reporting verb of its own: the particle is not وقال's
    text = ("وقال كيمورا الذي أعلن في مؤتمر صحفي عقده في طوكيو مع عدد من مسؤولي الشركة وممثلي الأسرى أمس "
            "أن الشركة ستعتذر للأسرى.")
    assert not any(q.cue.text == "وقال" for q in run(text, [("كيمورا", "PERSON", "kimura")]))


# --- subjects: a name that reads as a particle, وقد قال + a name, بقوله after the subject -------------

def test_subject_names_that_read_as_particles_and_qad_forms():
    text = "وقال بان كي مون في بيان صادر عنه \"إنه لا توجد أي قضية تبرر استهداف المدنيين\"."
    q = one(run(text, [("بان كي مون", "PERSON", "ban")]), "إنه لا توجد أي قضية تبرر استهداف المدنيين")
    assert q.speaker.entity_id == "ban"
    text = "إلى ذلك قال مستشار المرشد الدكتور علي أكبر ولايتي: «إن أمريكا تريد التفاوض مع طهران»."
    q = one(run(text, [("علي أكبر ولايتي", "PERSON", "velayati")]), "إن أمريكا تريد التفاوض مع طهران")
    assert q.speaker.entity_id == "velayati"
    text = "وقد قال الرئيس الأمريكي باراك أوباما، في معرض ثنائه على المبادرة، \"اعتراف بالتنوع والطابع الشمولي\"."
    q = one(run(text, [("باراك أوباما", "PERSON", "obama")]), "اعتراف بالتنوع والطابع الشمولي")
    assert q.speaker.entity_id == "obama"
    # a subject before وقد + verb still speaks (وكان الوزير قد قال)
    text = "وكان الوزير خالد العلي قد قال \"لن نتراجع عن القرار\"."
    q = one(run(text, [("خالد العلي", "PERSON", "ali")]), "لن نتراجع عن القرار")
    assert q.speaker.entity_id == "ali"


def test_bi_qawlihi_takes_the_subject_before_it():
    text = ("تحدث نائب رئيس مجلس الطلاب بمدينة ليفربول وائل الحربي بقوله: \"سررنا كثيرا بخبر إقامة المواجهة "
            "في بريطانيا\".")
    q = one(run(text, [("وائل الحربي", "PERSON", "harbi"), ("ليفربول", "LOC", None)]),
            "سررنا كثيرا بخبر إقامة المواجهة في بريطانيا")
    assert q.speaker.entity_id == "harbi"


# --- names the tagger missed: set off by commas after a title; adjectives after a title ----------------

def test_name_between_commas_after_a_title_speaks():
    text = "وقال مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن \"وحدة علاج المرضى أغلقت اليوم\"."
    q = one(run(text, [("ليبيريا", "LOC", None)]), "وحدة علاج المرضى أغلقت اليوم")
    assert q.speaker.text == "تولبرت نينسواه"
    # a described office between the commas is no name
    text = "وقال مدير الوحدة، الذي تولى منصبه أمس، إن \"الوحدة أغلقت اليوم\"."
    assert one(run(text), "الوحدة أغلقت اليوم").speaker.text != "الذي تولى منصبه أمس"


def test_title_then_adjective_then_name():
    text = ("بدوره، قال الخبير في شؤون الجماعات المسلحة العميد المتقاعد محمد الخالدي إن وجود خلافات داخل "
            "التنظيم بات أمرا طبيعيا.")
    assert one(run(text), "وجود خلافات داخل التنظيم بات أمرا طبيعيا").speaker.text == "محمد الخالدي"
    # a title followed by an office described is no name: the person named first speaks
    text = ("وقال البروفسور ديفيد توماس، الأستاذ الجامعي المختص في الديانتين، إن \"هذه النسخة قديمة جدا\".")
    q = one(run(text, [("ديفيد توماس", "PERSON", "thomas")]), "هذه النسخة قديمة جدا")
    assert q.speaker.entity_id == "thomas"


def test_possessive_source_and_medium_adjective_are_no_speakers():
    text = ("وقال نتنياهو إن العقوبات يجب أن تبقى. وحسب رأيه، فإن «مجلس الأمن يمنح الشرعية لدولة تخرق قراراته».")
    q = one(run(text, [("نتنياهو", "PERSON", "netanyahu")]), "مجلس الأمن يمنح الشرعية لدولة تخرق قراراته")
    assert q.speaker.entity_id == "netanyahu"
    text = ("ونشر أنور قرقاش عدة تغريدات جاء في إحداها: \"لا مكان لمن يفجر\"، وجاء في تغريدة أخرى: "
            "\"المشروع الحزبي ارتبط بالتطرف\".")
    q = one(run(text, [("أنور قرقاش", "PERSON", "gargash")]), "المشروع الحزبي ارتبط بالتطرف")
    assert q.speaker is None or q.speaker.text != "أخرى"
    # بحسب + a named source still names it
    text = "وبحسب المرصد، فإن «الاشتباكات تجددت صباح اليوم»."
    q = one(run(text, [("المرصد", "ORG", "sohr")]), "الاشتباكات تجددت صباح اليوم")
    assert q.speaker.entity_id == "sohr"


# --- source phrases: وذلك before بحسب, an apposition of the source before فإن -------------------------

def test_source_clause_edges():
    text = ("أعيد فتح مطار عدن اليوم مع هبوط طائرة عسكرية هي الأولى منذ أربعة أشهر، وذلك بحسب ما أعلنه وزير النقل.")
    one(run(text), "أعيد فتح مطار عدن اليوم مع هبوط طائرة عسكرية هي الأولى منذ أربعة أشهر")
    text = ("وحسب عبدالقادر مساهل، الوزير الجزائري للشؤون المغاربية، فإن المؤتمر الدولي سيعقد في الجزائر الشهر المقبل.")
    q = one(run(text, [("عبدالقادر مساهل", "PERSON", "messahel")]), "المؤتمر الدولي سيعقد في الجزائر الشهر المقبل")
    assert q.speaker.entity_id == "messahel"
    # ذلك that belongs to the clause stays (بعد ذلك)
    text = "عانى الفتى من الاكتئاب لسنوات طويلة بعد ذلك، بحسب ما ذكرت مواقع سورية."
    one(run(text), "عانى الفتى من الاكتئاب لسنوات طويلة بعد ذلك")


def test_sentence_initial_pronoun_verb_takes_the_subject_of_the_sentence_before():
    text = ("وأهاب العليان بتعاون الجميع في الحفاظ على الأمن. وقال: «الشكر والتقدير لرجال الأمن البواسل».")
    q = one(run(text, [("العليان", "PERSON", "olayan")]), "الشكر والتقدير لرجال الأمن البواسل")
    assert q.speaker.entity_id == "olayan"
    # a person named as an object or deep in the sentence before is not taken
    text = ("وكانت الفنانة تمسكت بالبقاء في بلدها طوال حكم الرئيس العراقي الأسبق صدام حسين. "
            "وتقول: «أنا جزء من الشارع».")
    q = one(run(text, [("صدام حسين", "PERSON", "saddam")]), "أنا جزء من الشارع")
    assert q.speaker is None or q.speaker.entity_id != "saddam"


def test_name_in_marks_after_an_office_noun():
    text = "وقال نائب «محافظ مدينة حلب الحرة» منذر سلال إن الهجوم على البلدتين بدأ فجرا."
    qs = run(text)
    assert not any(q.text == "محافظ مدينة حلب الحرة" for q in qs)
    assert one(qs, "الهجوم على البلدتين بدأ فجرا").kind == "indirect"
    # a definite office is the subject before the quote, which stays
    q = one(run("وقال الرئيس «لن نتراجع عن قرارنا»."), "لن نتراجع عن قرارنا")
    assert q.kind == "direct"


def test_preposition_ala_is_not_the_first_name_ali():
    # على (on) normalizes like علي: a pronoun verb after it keeps the speaker before, not علي عبدالله صالح
    ents = [("علي عبدالله صالح", "PERSON", "saleh"), ("مجلس المقاومة", "ORG", "council")]
    text = ("وكانت قوات علي عبدالله صالح انسحبت من المدينة. وأصدر مجلس المقاومة بيانا شكر فيه أفراد المقاومة "
            "\"على الالتزام بهذا الأمر\"، وقال إنهم قاموا بإسعاف الكثير من الجرحى.")
    q = one(run(text, ents), "قاموا بإسعاف الكثير من الجرحى")
    assert q.speaker is None or q.speaker.entity_id != "saleh"
    # the name itself, spelled علي, still speaks for the pronoun verb
    text = ("وكانت قوات علي عبدالله صالح انسحبت من المدينة. وأشاد بموقف علي، وقال إنهم قاموا بإسعاف الكثير من الجرحى.")
    q = one(run(text, ents), "قاموا بإسعاف الكثير من الجرحى")
    assert q.speaker is not None and q.speaker.entity_id == "saleh"


def test_one_definite_word_in_marks_is_a_name_or_term():
    text = ("ويقترب النادي من الحصول على خدمات الحارس، وذلك وفقا لمصادر «المدينة» المطلعة التي أشارت إلى أن "
            "المفاوضات انتهت. وأوضحت أن «المرقوق» يعمل من الدقيق.")
    qs = run(text)
    assert not any(q.text in ("المدينة", "المرقوق") for q in qs)
    # an indefinite word is the speaker's own (أنه «جاهز»), a definite one after a colon is speech
    text = "وكشف السائق قبل ثلاثة أيام من السباق أنه «جاهز» لهذه الخطوة في الموسم التالي."
    assert one(run(text), "جاهز").kind == "partial"
    text = "وسئل اللاعب عن أمنيته فقال: «الفوز»."
    one(run(text), "الفوز")
    # the paper told in marks is no subject: the name after it speaks
    text = ("أبلغ \"الاقتصادية\" الدكتور إبراهيم العساف وزير المالية أن تراجع النفط لا يؤثر في تمويل المشاريع.")
    q = one(run(text, [("إبراهيم العساف", "PERSON", "assaf")]), "تراجع النفط لا يؤثر في تمويل المشاريع")
    assert q.speaker is not None and q.speaker.entity_id == "assaf"


def test_an_object_after_the_subjects_comma():
    text = ("أعلنت جامعة الملك سعود، عن توافر مجموعة من الوظائف الإدارية للجنسين.")
    q = one(run(text, [("جامعة الملك سعود", "ORG", "ksu")]), "توافر مجموعة من الوظائف الإدارية للجنسين")
    assert q.kind == "indirect" and q.speaker.entity_id == "ksu"
    text = ("حيث أعلن المدرب جوزيه مورينيو، المدير الفني للبلوز، عن أن اللاعب خارج حساباته في الموسم الجديد.")
    one(run(text, [("جوزيه مورينيو", "PERSON", "mourinho")]), "اللاعب خارج حساباته في الموسم الجديد")
    # a comma then other words: no object (the announcement has no content)
    text = "وأعلنت الشركة، التي تأسست قبل عشرين عاما عن طريق مستثمرين، نتائجها."
    assert not any(q.text.startswith("طريق") for q in run(text))


def test_an_governed_by_a_word_before_it_is_not_the_object():
    text = "كشفت صحيفة دايلي ميل البريطانية نقلا عن بعض المصادر في البرازيل أمس."
    assert not any(q.text.startswith("بعض المصادر") for q in run(text))
    text = "وكشف رئيس اللجنة إعطاء 22 موافقة لتسجيل لاعبين محترفين عن طريق نظام TMS الداخلي."
    assert not any(q.text.startswith("طريق") for q in run(text))
    # مسؤوليته عن: the responsibility is what was announced
    text = "أعلن حزب العمال الكردستاني مسؤوليته عن قتل ضابطي شرطة في جنوب شرق تركيا."
    one(run(text, [("حزب العمال الكردستاني", "ORG", "pkk")]), "مسؤوليته عن قتل ضابطي شرطة في جنوب شرق تركيا")
    # the cue's own عن after the subject stays
    text = "وأعلنت وزارة الطاقة الإماراتية عن تحرير أسعار الوقود في الدولة اعتبارا من أغسطس."
    one(run(text, [("وزارة الطاقة الإماراتية", "ORG", "moe")]), "تحرير أسعار الوقود في الدولة اعتبارا من أغسطس")


def test_nominal_object_after_the_subjects_comma():
    text = "بالسياق، أعلن الجيش المصري، تصفية أحد العناصر الإرهابية شديدة الخطورة، والقبض على آخر."
    q = one(run(text, [("الجيش المصري", "ORG", "army")]), "تصفية أحد العناصر الإرهابية شديدة الخطورة")
    assert q.kind == "indirect" and q.speaker.entity_id == "army"
    # an apposition describing the speaker is no object
    text = "بدوره، أعلن غياث سورجي، مسؤول إعلام مركز تنظيمات الاتحاد الوطني في نينوى، لـ«الشرق الأوسط»، أمس."
    assert not any(q.text.startswith("مسؤول إعلام") for q in run(text, [("غياث سورجي", "PERSON", None)]))
    # a cue that only names the source of its sentence (حسبما أكد) or a negated one reports no object
    text = "فإن حقوق المياه، حسبما أكد التقرير، يتعين تحديدها بدقة وعدل."
    assert not any(q.text.startswith("يتعين") for q in run(text))
    text = "هذا التصرف لا يكشف فقط التهرب، قدر ما يكشف النفاق في بعض ممارساتنا الإدارية."
    assert not any(q.text.startswith("قدر") for q in run(text))


def test_kana_with_a_subject_of_several_words_before_the_cue():
    text = "وقتل 20 شخصا في الهجوم. وكانت الحكومة اليمنية أعلنت الأسبوع الماضي تحرير مدينة عدن من الميليشيات."
    q = one(run(text, [("الحكومة اليمنية", "ORG", "yemen")]), "تحرير مدينة عدن من الميليشيات")
    assert q.speaker.entity_id == "yemen"
    text = ("وكان رئيس الاتحاد الأوروبي ميشيل بلاتيني أعلن الصيف الماضي أنه لن يترشح لمنافسة بلاتر.")
    q = one(run(text, [("ميشيل بلاتيني", "PERSON", "platini")]), "لن يترشح لمنافسة بلاتر")
    assert q.speaker.entity_id == "platini"
    # a comma between كان and the verb: the verb is not the one كان introduces, its subject follows it
    text = "وكان الاجتماع طويلا، وأعلن الوزير تأجيل القرار إلى الأسبوع المقبل."
    q = one(run(text, [("الوزير", "PERSON", "minister")]), "تأجيل القرار إلى الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text == "الوزير"


def test_subject_glued_to_wa_before_the_verb_and_ban_ki_moon():
    ents = [("الاتحاد الأوروبي", "ORG", "eu"), ("بان كي مون", "PERSON", "ban")]
    text = "والاتحاد الأوروبي أبلغت بان كي مون بأن الاتفاق سيطبق قريبا."
    q = one(run(text, ents), "الاتفاق سيطبق قريبا")
    assert q.speaker.entity_id == "eu"
    # after the verb the name speaks, and its بان is no particle
    text = "وقال بان كي مون في بيان إن الهجوم على المدنيين مدان."
    q = one(run(text, ents), "الهجوم على المدنيين مدان")
    assert q.speaker.entity_id == "ban"
    # a tagger slip (an organisation opening with أنَّ) does not hide the particle
    text = "وقالت مريم إن العيد فرحة للجميع، مضيفة أنَّ النبي الكريم وجد أناسا يلعبون في يومين."
    qs = run(text, [("أنَّ النبي", "ORG", None)])
    one(qs, "النبي الكريم وجد أناسا يلعبون في يومين")


def test_nominal_object_past_a_closing_mark_a_gloss_or_since():
    text = ("أعلنت شركة البرمجيات الأمريكية «مايكروسوفت» اليوم الثلاثاء تسجيل أكبر خسائر ربع سنوية في تاريخها.")
    q = one(run(text, [("مايكروسوفت", "BRAND", "msft")]), "تسجيل أكبر خسائر ربع سنوية في تاريخها")
    assert q.speaker.entity_id == "msft"
    text = "أعلن مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي) أمس القواعد الجديدة لرسملة المصارف."
    one(run(text, [("مجلس الاحتياطي الاتحادي", "ORG", "fed")]), "القواعد الجديدة لرسملة المصارف")
    text = "وأعلنت الحكومة البريطانية منذ عدة أشهر طباعة الجيل الثاني من الأوراق النقدية."
    one(run(text), "طباعة الجيل الثاني من الأوراق النقدية")
    # a masdar object in marks after the verb is no subject whose mark closes: no clause from after it
    text = "وأكد فيها استمرار \"أوفيد\" في العمل بكفاءته المعهودة في دعم مشاريع التنمية."
    assert not any(q.text.startswith("بكفاءته") for q in run(text, [("أوفيد", "ORG", "ofid")]))


def test_verb_cue_with_an_object_pronoun_reports_nothing_of_its_own():
    ents = [("وزارة الطاقة", "ORG", "moe"), ("وكالة أنباء الإمارات", "MEDIA", "wam")]
    text = ("قالت وزارة الطاقة في بيان أوردته وكالة أنباء الإمارات إن الدولة ستحرر أسعار الوقود من أول أغسطس.")
    q = one(run(text, ents), "الدولة ستحرر أسعار الوقود من أول أغسطس")
    assert q.cue.text == "قالت" and q.speaker.entity_id == "moe"
    text = "وشهدت الساحة إقبالا كبيرا طوال أيام العيد. وهو ما أكدته أم فهد صاحبة أحد أركان الأسر المنتجة."
    assert not any(q.text.startswith("صاحبة") for q in run(text))
    # without the pronoun the same verb takes its object
    text = "وأكدت الجمعية نجاح مشاركة الأسر المنتجة في الساحة."
    one(run(text), "نجاح مشاركة الأسر المنتجة في الساحة")


def test_unpunctuated_clause_ends_at_a_new_report():
    text = ("وتعلن إدارة النادي خلال الساعات القادمة هوية المدرب الذي سيقود الفريق الموسم المقبل وعلى الرغم من "
            "التحفظ في الكشف عن هويته حتى انتهاء إجراءات التعاقد معه أكدت المصادر أن ملف التعاقد انحصر في ثلاثة أسماء.")
    qs = run(text)
    q = one(qs, "ملف التعاقد انحصر في ثلاثة أسماء")
    assert q.cue.text == "أكدت"
    # a report inside the report (its subject before the verb) or in a relative clause stays inside
    text = ("وقال الوزير إن المفاوضات مع الجانب الإيراني استمرت طوال الأسبوع الماضي في فيينا وإن الرئيس "
            "أكد أن الاتفاق سيوقع قريبا.")
    one(run(text), "المفاوضات مع الجانب الإيراني استمرت طوال الأسبوع الماضي في فيينا وإن الرئيس أكد أن الاتفاق سيوقع قريبا")
    text = ("وشدد كيري على أن بإمكان دول الخليج الدفاع عن نفسها ضد إيران رغم تصريحات المرشد الأعلى لإيران "
            "الأخيرة والتي أكد فيها أن إيران ستبقى في حالة حرب مع أمريكا.")
    assert not any(q.text == "إيران ستبقى في حالة حرب مع أمريكا" for q in run(text))


def test_cross_check_fixes_for_comma_objects_time_and_new_reports():
    # في وقت سابق is a time: the object follows it
    text = "وأعلن مدرب الفريق جيورجوس دونيس في وقت سابق اليوم قائمة تضم 31 لاعبا للسفر إلى النمسا."
    one(run(text, [("جيورجوس دونيس", "PERSON", "donis")]), "قائمة تضم 31 لاعبا للسفر إلى النمسا")
    # a title + name or an adverb after the subject's comma is no object
    text = "ونفى خلفان، الفريق ضاحي خلفان، في تغريدة له ذلك."
    assert not any(q.text.startswith("الفريق") for q in run(text, [("ضاحي خلفان", "PERSON", "khalfan")]))
    text = "وهذه الشواهد تؤكد كلها، بجلاء تام، صحة ما ذهبنا إليه."
    assert not any(q.text.startswith("بجلاء") for q in run(text))
    # حيث/بعدما before a verb cue: the report goes on inside the clause
    text = ("وبحسب الأمم المتحدة، فإن قلة الاستثمارات وأيضا المخاوف الأمنية قللت من فرص انتشار الاتصال بشبكة "
            "الإنترنت في الجزيرة حيث تشير الأرقام أن 3.4% فقط من المنازل لديها اتصال بالشبكة.")
    assert not any(q.text.startswith("3.4%") for q in run(text, [("الأمم المتحدة", "ORG", "un")]))


def test_bilqawl_speaker_is_the_subject_after_the_clause_verb():
    text = ("وفيما اكتفى وزير العمل سجعان قزي بعد لقائه الرئيس سلام لدى سؤاله عن مصير الجلسة بالقول: "
            "«إنه وقت للصمود وليس للانسحاب».")
    ents = [("سجعان قزي", "PERSON", "azzi"), ("سلام", "PERSON", "salam")]
    q = one(run(text, ents), "إنه وقت للصمود وليس للانسحاب")
    assert q.speaker.entity_id == "azzi"
    # the subject of the clause's first verb still speaks when a second verb carries بالقول
    text = "ولم يعط نيوكاسل تفاصيل حول قيمة الصفقة واكتفى بالقول إن اللاعب سيخضع للفحص الطبي."
    q = one(run(text, [("نيوكاسل", "ORG", "newcastle")]), "اللاعب سيخضع للفحص الطبي")
    assert q.speaker.entity_id == "newcastle"


def test_akkada_ala_with_a_masdar_object():
    text = "وأكد وزير الخارجية على أهمية التعاون بين البلدين في مكافحة الإرهاب."
    q = one(run(text), "أهمية التعاون بين البلدين في مكافحة الإرهاب")
    assert q.kind == "indirect" and q.cue.text == "وأكد"
    # على governed by a masdar object (حرصه على) or far from the verb is not the cue's
    text = "ويؤكد حرصه على زيارة أكبر قدر ممكن من الأقارب في العيد."
    assert not any(q.text.startswith("زيارة") for q in run(text))
    text = "كما أكد فيورنتينا الصفقة ونشر صورة للاعب في موقعه على الانترنت مع زملائه الجدد."
    assert not any(q.text.startswith("الانترنت") for q in run(text, [("فيورنتينا", "ORG", "fio")]))
    # على أن stays the أن clause
    text = "وشددت الوزارة على أن الضحايا مدنيون."
    one(run(text), "الضحايا مدنيون")
    # ... but after a participle's or a weak verb's object على أن is "as" / "provided that"
    text = "وقال ظريف إن الاتفاق متوازن، مؤكدا فشل المشروع في التعاطي مع إيران على أنها تهديد أمني."
    one(run(text), "فشل المشروع في التعاطي مع إيران على أنها تهديد أمني")
    text = "تدخل رئيس الوزراء معلنا نقل المباراة إلى ملعب برج العرب على أن تقام ليلا."
    assert not any(q.text.startswith("تقام") for q in run(text))
    text = "وقال الوزير إن الاتفاق جيد، مؤكدا في كلمته على أن المشروع فشل."
    one(run(text), "المشروع فشل")
    text = "وذكر أحمد علي بأنه يجب توفير أماكن للشباب."  # علي the name, not على
    one(run(text, [("أحمد علي", "PERSON", None)]), "يجب توفير أماكن للشباب")


def test_time_phrase_after_the_verb_is_no_subject():
    text = "يذكر أن مصادر قالت لـ«الشرق الأوسط» قبل أيام بأن إدارة النادي كثفت من تحركاتها."
    q = one(run(text, [("الشرق الأوسط", "MEDIA", "aawsat")]), "إدارة النادي كثفت من تحركاتها")
    assert q.speaker is None or q.speaker.text != "أيام"
    text = "وقال الناطق الإعلامي العقيد عاطي القرشي يوم أمس الأول إنه تم ضبط عدد من المراهقين."
    q = one(run(text, [("عاطي القرشي", "PERSON", "qurashi")]), "تم ضبط عدد من المراهقين")
    assert q.speaker.entity_id == "qurashi"


# --- a participle cue without a comma before it --------------------------------------------------

def test_participle_before_its_particle_without_a_comma():
    # مؤكدا انه / مبينا أنه right after the clause, no comma: a new report, not part of the clause
    text = "وقال اللاعب إنه رفض عرضا جديدا للبقاء مع ليستر سيتي مؤكدا انه لن يعود لصفوف النادي."
    qs = run(text)
    one(qs, "رفض عرضا جديدا للبقاء مع ليستر سيتي")
    assert one(qs, "لن يعود لصفوف النادي").cue.text == "مؤكدا"
    # بيّن is weak (ما بين): its participle still reports when its particle follows at once
    text = "ولفت المصدر إلى أن الحريق نتج عن التماس كهربائي مبينا أنه خلف خسائر في ممتلكات المنزل."
    qs = run(text)
    one(qs, "الحريق نتج عن التماس كهربائي")
    q = one(qs, "خلف خسائر في ممتلكات المنزل")
    assert q.cue.text == "مبينا" and q.speaker.text == "المصدر"
    text = "وقال الوزير إن الوقود يكفي لسبعة أعوام مؤكدا على أن إيران تحافظ على احتياطياتها."
    one(run(text), "إيران تحافظ على احتياطياتها")
    no_overlap(run(text))


def test_participle_as_adjective_stays_in_the_clause():
    # no particle after it: an adjective of the clause (فوزا مؤكدا على منافسه), not a cue
    text = "وقال المدرب إن الفريق حقق فوزا مؤكدا على منافسه في المباراة الأخيرة."
    qs = run(text)
    one(qs, "الفريق حقق فوزا مؤكدا على منافسه في المباراة الأخيرة")
    assert len(qs) == 1


# --- a fact or an argument as the verb's subject ------------------------------------------------

def test_ma_or_a_demonstrative_as_subject_reports_nothing():
    # مما يشير إلى أن / وهذا يؤكد على أن / كل هذا يكشف أن: no source speaks
    for text in ("وارتفعت مبيعات المنازل للشهر الثاني على التوالي مما يشير إلى أن جهود الحكومة بدأت تكسب زخما.",
                 "ويتأهل منها 20 ناديا لدوري الممتاز وهذا يؤكد على أن العمل يسير بطريقة احترافية.",
                 "كل هذا يكشف أن المواجهة باتت علنية مع الخلايا الإرهابية.",
                 "وما يؤكد نجاحه هو استمراره للعام السادس عشر على التوالي."):
        assert [q.text for q in run(text)] == [], text
    # a demonstrative after a preposition is an adverbial; the subject after the verb speaks
    text = "وحول هذا قالت استشارية الأسنان الدكتورة سوزان رشيد إن العيادات تستقبل الأطفال طوال العيد."
    q = one(run(text, [("سوزان رشيد", "PERSON", None)]), "العيادات تستقبل الأطفال طوال العيد")
    assert q.speaker.text == "سوزان رشيد"
    # هذا before a verb with its own و is a discourse marker
    text = "هذا وأفادت مصادر محلية بمقتل 18 من الحوثيين في المواجهات."
    assert one(run(text), "مقتل 18 من الحوثيين في المواجهات").cue.text == "وأفادت"
    # ما as the object of a verb with a pronoun, or before a subject who can speak
    text = "وبحسب ما يقول الخبراء فإن الأسعار سترتفع خلال الشهر المقبل."
    one(run(text), "الأسعار سترتفع خلال الشهر المقبل")


# --- a name in marks as the verb's subject -----------------------------------------------------

def test_name_in_marks_right_after_a_verb_is_its_subject():
    # the sentence goes on after the closing mark: the name is the subject, not a quote
    text = "من جانبها اعترفت \"مجلة الجيش\" في عددها الأخير بالتململ الأمني الحاصل."
    assert [q.text for q in run(text)] == []
    text = "وقال\"غريمي\" من المؤكد أن الفيل الصغير لم يكن سعيداً بوجودنا."
    q = one(run(text), "الفيل الصغير لم يكن سعيداً بوجودنا")
    assert q.cue.text == "وقال"
    # a statement right after the cue, then another cue: a quote
    text = "وقال \"نعم سنعود\" مضيفا أن الفريق جاهز."
    assert one(run(text), "نعم سنعود").kind in ("direct", "partial")
    # after إنها a fragment follows; after a subject the marked words are the verb's object
    text = "وهاجم الميليشيات الحوثية التي قال إنها «تنتحر» بارتكابها لمثل هذه الجريمة."
    one(run(text), "تنتحر")
    text = "ورئيس الوزراء الإسرائيلي نتنياهو صرح \"الخطأ التاريخي\" أطراف الاتفاق الأميركي والإيراني."
    one(run(text, [("نتنياهو", "PERSON", None)]), "الخطأ التاريخي")
    # a verb used as a masdar (لنقل) is no cue of a subject
    text = "وقالت الإدارة إنه يتعين على البرامج أن تكون قوة لنقل \"الطاقة الايجابية\" إلى المشاهدين."
    one(run(text), "الطاقة الايجابية")


# --- time phrases and adverbs after a pronoun verb are no subject --------------------------------

def test_time_phrase_with_a_number_word_and_adverbs_are_no_speaker():
    text = ("وكان السائق جول بيانكي على استعداد للانتقال إلى فيراري، إذ كشف قبل ثلاثة أيام من سباق اليابان "
            "أنه «جاهز» لهذه الخطوة.")
    qs = run(text, [("جول بيانكي", "PERSON", None)])
    assert qs and all(q.speaker is not None and q.speaker.text == "جول بيانكي" for q in qs)
    text = ("لكن الخبير القانوني طارق حرب أكد في تصريح صحفي، ردا على سؤال عن الرواتب، أن «القانون لا يسمح "
            "بخفضها».")
    qs = run(text, [("طارق حرب", "PERSON", None)])
    assert qs and all(q.speaker.text == "طارق حرب" for q in qs)
    text = "هاتفت أمي كعادتي فقالت لي مباشرة \"انتبهي على نفسك\" ولم أدرك مغزى تحذيرها."
    q = one(run(text), "انتبهي على نفسك")
    assert q.speaker is None or q.speaker.text != "مباشرة"
    # an adverb before the subject: the subject after it still speaks
    text = "وأكد مجددا وزير الخارجية أن المملكة لن تتهاون مع الإرهاب."
    assert one(run(text), "المملكة لن تتهاون مع الإرهاب").speaker.text == "وزير الخارجية"


# --- a marked statement followed by a new report is direct --------------------------------------

def test_marked_statement_then_a_participle_is_direct():
    text = ("وقال المحاميان يومها «لا يوجد أي شخص بإمكانه حتى الآن إيضاح سبب وفاة عرفات» معربين عن "
            "مفاجأتهم من القرار.")
    assert one(run(text), "لا يوجد أي شخص بإمكانه حتى الآن إيضاح سبب وفاة عرفات").kind == "direct"
    text = "وقال هادي \"هذا تقدم كبير لجهودنا الإنسانية\" وأضاف أن السفينة الثانية تصل غدا."
    assert one(run(text), "هذا تقدم كبير لجهودنا الإنسانية").kind == "direct"
    # a fragment that the reporter's sentence goes on after stays partial
    text = "وأكد الوزير أن الحكومة تواجه \"تحديات اقتصادية كبيرة لم تشهدها من قبل\" في هذا العام."
    assert one(run(text), "تحديات اقتصادية كبيرة لم تشهدها من قبل").kind == "partial"


# --- the speaker's other acts after his clause ---------------------------------------------------

def test_clause_ends_before_the_speakers_next_act():
    text = ("وأوضح المتحدث أن التحقيقات كشفت أن الحريق اندلع بسبب الألعاب النارية، داعياً الأسر إلى متابعة "
            "الأبناء.")
    one(run(text), "التحقيقات كشفت أن الحريق اندلع بسبب الألعاب النارية")
    text = ("وأكد الوزير أن المملكة ترفض التدخل في شؤون دول المنطقة، مطالبا بضرورة الالتزام بميثاق الأمم "
            "المتحدة.")
    one(run(text), "المملكة ترفض التدخل في شؤون دول المنطقة")
    # a name in the object of that act never speaks next
    text = ("وقال المطرب عبدالله عبدالعزيز إن ذلك بسبب حرصه على التواصل مع الجمهور، معبراً عن اعتزازه "
            "بالتعاون مع المخرج محمد القاضي، وقال \"سعدت كثيراً بالعمل مع هذا الفريق المبدع\".")
    qs = run(text, [("عبدالله عبدالعزيز", "PERSON", None), ("محمد القاضي", "PERSON", None)])
    one(qs, "ذلك بسبب حرصه على التواصل مع الجمهور")
    assert one(qs, "سعدت كثيراً بالعمل مع هذا الفريق المبدع").speaker.text == "عبدالله عبدالعزيز"
    # an adjective after a comma is no act: the clause goes on
    text = "وقال المدير إن الأسعار ارتفعت، مقارنة بعام 2013، بنسبة عشرة في المائة."
    one(run(text), "الأسعار ارتفعت، مقارنة بعام 2013، بنسبة عشرة في المائة")


# --- a time after the subject's comma, then the particle ---------------------------------------

def test_time_after_a_comma_before_the_particle():
    text = "وأوضح سهيل المزروعي وزير الطاقة، اليوم إن سياسة التسعير الجديدة ستخضع للمراجعة الشهرية."
    q = one(run(text, [("سهيل المزروعي", "PERSON", None)]), "سياسة التسعير الجديدة ستخضع للمراجعة الشهرية")
    assert q.speaker.text == "سهيل المزروعي"
    text = "أفاد مصدر من المقاومة الشعبية اليمنية، اليوم الأربعاء بأن المقاومة سيطرت على مواقع جديدة."
    assert one(run(text), "المقاومة سيطرت على مواقع جديدة").cue.text == "أفاد"
    # a word that is no time after the comma governs the particle itself
    text = "وكشف المراسل حالة التوتر التي كانت تتملكه، مع مخاوف أن يكون اللقاء كمينا."
    assert not any(q.text.startswith("يكون اللقاء") for q in run(text))


# --- ل + a paper or agency + its name in marks: whom the speaker told ---------------------------

def test_addressee_paper_in_marks_is_no_speaker():
    text = ("أكد مصدر أمني جزائري رفيع لوكالة «سبوتنيك»، أمس أن مجموعة إرهابية اغتالت ثلاثة من أفراد "
            "الدرك الوطني.")
    q = one(run(text, [("سبوتنيك", "MEDIA", "sputnik")]), "مجموعة إرهابية اغتالت ثلاثة من أفراد الدرك الوطني")
    assert q.speaker.text == "مصدر أمني جزائري رفيع"
    text = "ومن جانبهم، قال خبراء لصحيفة \"ديلي ستار\" إن هذه الوسيلة البدائية تعكس حالة الفوضى."
    q = one(run(text, [("ديلي ستار", "MEDIA", "daily-star")]), "هذه الوسيلة البدائية تعكس حالة الفوضى")
    assert q.speaker.text == "خبراء"
    # ل + a body that is no paper: an object, the verb's own clause follows as before
    text = "وأعلنت المجاطي ولاءها لتنظيم «داعش» سنة 2013، حيث اتخذت موقفا مواليا للتنظيم الجديد."
    assert not any(q.text.startswith("لتنظيم") for q in run(text, [("المجاطي", "PERSON", None)]))


# --- عن/ب + a pronoun after the verb: the object refers back ------------------------------------

def test_pronoun_object_after_an_is_no_clause():
    text = ("ونجحت الجهود مع ذوي المطلوبين على القوائم الست التي أعلنت عنها وزارة الداخلية كان أولها عام "
            "2003م.")
    assert [q.text for q in run(text, [("وزارة الداخلية", "ORG", None)])] == []
    text = "وهددا بهدم الجدار العازل، الذي أعلنت عنه الحكومة التونسية لحماية حدودها من تسلل المسلحين."
    assert [q.text for q in run(text)] == []
    # عن + a noun stays the object
    text = "وأعلنت وزارة الداخلية عن إحباط أربع محاولات إرهابية قبل وقوعها."
    assert one(run(text), "إحباط أربع محاولات إرهابية قبل وقوعها").cue.text == "وأعلنت"


# --- ل + a noun after the subject, and a subject after لكن -------------------------------------

def test_genitive_l_after_the_subject_is_no_object():
    text = "أعلنت القيادة العامة للقوات المسلحة الإماراتية، أمس استشهاد أحد جنودها في اليمن."
    assert not any(q.text.startswith("للقوات") for q in run(text))
    text = "ولم تعلن شركة ريان أير الإيرلندية للطيران منخفض التكاليف والتي تمتلك 30% من أسهم أير لينجوس موقفها."
    assert not any(q.text.startswith("للطيران") for q in run(text, [("ريان أير", "ORG", "ryanair")]))
    text = "أكدت الأمانة العامة لهيئة كبار العلماء على أهمية المضي في تحصين الشباب."
    assert not any(q.text.startswith("لهيئة") for q in run(text))
    # a definite object right after the verb stays the object
    text = "وأعلن الاتحاد السعودي لكرة القدم تعيين مدرب جديد للمنتخب."
    assert any(q.text.startswith("تعيين مدرب جديد") for q in run(text, [("الاتحاد السعودي لكرة القدم", "ORG", None)]))


def test_named_subject_after_lakin_speaks():
    text = ("وهو ما يثير مخاوف رجال الأعمال. لكن فابيوس نفى ذلك في تصريحات لإذاعة فرنسا الدولية.")
    qs = run(text, [("فابيوس", "PERSON", "fabius")])
    assert all(q.speaker is not None and q.speaker.text == "فابيوس" for q in qs if q.cue and q.cue.text == "نفى")
    assert any(q.cue and q.cue.text == "نفى" for q in qs)


def test_subject_in_marks_rule_leaves_objects_and_quoted_words():
    # a ب-word before the marks: their object (اعترف بوجود «رجعية»), a partial
    text = "واعترف بوجود «رجعية» في مقررات كليات الصحافة العربية."
    one(run(text), "رجعية")
    # a conjunction after the marks: a word he said (وقال «أوشي» ومعناها «لا»)
    text = "فرفض رئيس الوزراء اليوناني الطلب وقال «أوشي» ومعناها «لا»، أي لا للحرب."
    one(run(text), "أوشي")


def test_ma_of_an_adverb_is_no_subject():
    text = ("ظهرت طالبتان تتبادلان شيئا خلف ظهر وزير التعليم إلياس بوصعب، الذي سرعان ما نفى أن تكون الفتاتان "
            "تبادلتا ورقة للغش.")
    q = one(run(text, [("إلياس بوصعب", "PERSON", None)]), "تكون الفتاتان تبادلتا ورقة للغش")
    assert q.cue.text == "نفى"


def test_bayna_inside_the_subject_is_a_preposition():
    text = "وقالت مصادر بين المقاتلين المحليين إن فريقا فنيا من الإمارات وصل لإصلاح مطار المدينة."
    q = one(run(text), "فريقا فنيا من الإمارات وصل لإصلاح مطار المدينة")
    assert q.cue.text == "وقالت"
    # the verb بيّن after a comma still reports
    text = "وأشار المدير إلى الخطة، وبين أن العمل يبدأ غدا."
    assert one(run(text), "العمل يبدأ غدا").cue.text == "وبين"


# --- the reported words after a colon ------------------------------------------------------------

def test_colon_after_a_short_apposition_or_a_longer_subject():
    text = "وأضاف محمد علي خان، سائق آخر: إن نسبة الإقبال على الليموزينات تزيد خلال أيام العيد."
    q = one(run(text, [("محمد علي خان", "PERSON", None)]), "نسبة الإقبال على الليموزينات تزيد خلال أيام العيد")
    assert q.cue.text == "وأضاف" and q.speaker.text == "محمد علي خان"
    text = ("وقال لويس إنريكي في مؤتمر صحفي في الفندق الذي ينزل فيه فريقه: بصراحة لا أفضل القيام برحلات "
            "خارجية.")
    assert one(run(text, [("لويس إنريكي", "PERSON", None)]), "بصراحة لا أفضل القيام برحلات خارجية").cue.text == "وقال"
    # a later cue with its و owns the colon
    text = "واعترف عمر في مداخلة عبر إذاعة إم بي سي عن خطأه وقال: خير الخطائين التوابون."
    assert one(run(text), "خير الخطائين التوابون").cue.text == "وقال"
    # a comma then a new clause: no colon of this cue
    text = "وقال الوزير إن الأمر جيد، وأضاف: نحن مستعدون."
    assert one(run(text), "نحن مستعدون").cue.text == "وأضاف"


# --- a pronoun verb or participle continues the subject of its sentence, not the nearest name --------

def test_pronoun_verb_continues_the_opening_subject_not_the_object():
    # SaudiNewsNet 1428: عون is the one criticised (after إلى + title + comma), الضاهر speaks
    text = ("في سياق منفصل، وجه النائب خالد الضاهر انتقادات لاذعة إلى رئيس تكتل الإصلاح والتغيير، "
            "العماد ميشال عون، وقال في تصريحات صحفية إن حليفه النظام السوري أساء للمسيحيين.")
    qs = run(text, [("خالد الضاهر", "PERSON", None), ("ميشال عون", "PERSON", None)])
    assert one(qs, "حليفه النظام السوري أساء للمسيحيين").speaker.text == "خالد الضاهر"


def test_participle_continues_the_opening_subject():
    # SaudiNewsNet 6 and 414: the participle's subject is the verb's (كيري), not its object (أوباما)
    text = "ودافع جون كيري عن قرار الرئيس باراك أوباما، قائلا إن الاتفاق تاريخي."
    qs = run(text, [("جون كيري", "PERSON", None), ("باراك أوباما", "PERSON", None)])
    assert one(qs, "الاتفاق تاريخي").speaker.text == "جون كيري"
    # with no verb + named subject opening the sentence, the nearest mention still speaks
    text = "وفي رسالة نشرها جون كيري عن قرار باراك أوباما، قائلا إن الاتفاق تاريخي."
    qs = run(text, [("جون كيري", "PERSON", None), ("باراك أوباما", "PERSON", None)])
    assert one(qs, "الاتفاق تاريخي").speaker.text == "باراك أوباما"


def test_opening_subject_not_across_a_subordinate_clause():
    # SaudiNewsNet 2184: a second subject comes in after عندما; the nearest one goes on
    text = ("ظهر رئيس المفوضية الأوروبية جان كلود يونكر غاضبا عندما بدا رئيس الوزراء اليوناني أليكسيز "
            "تسيبراس موافقا، ثم عاد وأعلن أن الشروط سخيفة.")
    qs = run(text, [("جان كلود يونكر", "PERSON", None), ("أليكسيز تسيبراس", "PERSON", None)])
    assert one(qs, "الشروط سخيفة").speaker.text == "أليكسيز تسيبراس"


def test_opening_subject_an_office_holder_not_the_body_in_the_title():
    # SaudiNewsNet 2480: the body in the title does not speak; the name after the rank does
    text = ("وثمن مدير الدفاع المدني بالمنطقة اللواء مستور الحارثي جهود رجال الأمن في إحباط الخلايا، "
            "مؤكدا أن يقظة رجال الأمن رادع قوي.")
    qs = run(text, [("الدفاع المدني", "ORG", None), ("مستور الحارثي", "PERSON", None)])
    assert one(qs, "يقظة رجال الأمن رادع قوي").speaker.text == "مستور الحارثي"


def test_pronoun_verb_after_an_object_of_a_silent_verb_in_the_same_sentence():
    # the speaker of this sentence so far goes on (وقالت ... ، وأضافت), not a name in her clause
    text = ("وقالت قوة السند الأمنية إنها داهمت مقر الحركة بسبب خطاب الجيش، وأضافت أنه ستكون هناك "
            "اعتقالات أخرى.")
    qs = run(text, [("قوة السند الأمنية", "ORG", None), ("الجيش", "ORG", None)])
    assert one(qs, "ستكون هناك اعتقالات أخرى").speaker.text == "قوة السند الأمنية"


# --- an office + a name the tagger missed: the name goes on with the subject ----------------------------

def test_given_name_after_an_office_is_the_subject_not_the_object():
    # SaudiNewsNet 1535: no object starts at أحمد; the participle's speaker is the office holder
    text = ("من جهته أكد مدير شؤون المعلمين ورئيس مركز المقابلات أحمد متعب على ضرورة رفع المستندات، "
            "لافتا النظر إلى أن موعد المقابلات النسائية سيعلن لاحقا.")
    qs = run(text)
    assert not any(q.text.startswith("أحمد متعب") for q in qs)
    assert one(qs, "موعد المقابلات النسائية سيعلن لاحقا").speaker.text == "أحمد متعب"


def test_place_in_an_office_title_before_the_name():
    # SaudiNewsNet 1311: بجدة belongs to the title, عبدالله ... الثقفي is the subject, no clause starts there
    text = ("أكد المدير العام للتعليم بجدة عبدالله بن أحمد الثقفي على تعزيز دور المدرسة في مكافحة التطرف، "
            "وقال إن الشكر موصول لكافة الأجهزة الأمنية.")
    qs = run(text, [("عبدالله بن أحمد الثقفي", "PERSON", None)])
    assert not any(q.text.startswith(("بجدة", "بن أحمد")) for q in qs)
    assert one(qs, "الشكر موصول لكافة الأجهزة الأمنية").speaker.text == "عبدالله بن أحمد الثقفي"


def test_given_name_inside_an_institution_name_is_no_speaker():
    # a given name right after الملك/الأمير names a body (جامعة الملك سعود): the titled name later speaks
    text = ("وقال أستاذ النقد بجامعة الملك سعود، الدكتور عائض الزهراني إن الحوار ضروري.")
    qs = run(text, [("عائض الزهراني", "PERSON", None)])
    assert one(qs, "الحوار ضروري").speaker.text == "عائض الزهراني"


def test_title_holder_named_after_a_body_in_a_silent_verbs_subject():
    # SaudiNewsNet 2207: the person after the office's body is the subject a participle continues
    text = ("وأكد الأمين العام للجنة الوطنية لمكافحة المخدرات خبير الأمم المتحدة عبد الإله بن محمد الشريف "
            "زيادة الوعي لدى الأسر، موضحا أن أهمية المركز تكمن في مواجهة الإدمان.")
    qs = run(text, [("الأمم المتحدة", "ORG", None), ("عبد الإله بن محمد الشريف", "PERSON", None)])
    assert one(qs, "أهمية المركز تكمن في مواجهة الإدمان").speaker.text == "عبد الإله بن محمد الشريف"


# --- a subject before قد + verb ----------------------------------------------------------------------

def test_subject_between_kana_and_qad_speaks():
    # SaudiNewsNet 2698: the reports speak, not the official of the sentence before
    text = ("وشدد إياد البزم على أن وزارته لن تسمح بمس الأمن. كانت تقارير إخبارية فلسطينية، قد ذكرت أن "
            "خمسة انفجارات هزت حي الشيخ رضوان.")
    qs = run(text, [("إياد البزم", "PERSON", None)])
    assert one(qs, "خمسة انفجارات هزت حي الشيخ رضوان").speaker.text == "تقارير إخبارية فلسطينية"
    # SaudiNewsNet 873: the person, not the body in her title
    text = "كانت جانيت يلين رئيسة مجلس الاحتياطي الاتحادي قد قالت إن أسعار الطاقة استقرت أخيرا."
    qs = run(text, [("جانيت يلين", "PERSON", None), ("مجلس الاحتياطي الاتحادي", "ORG", None)])
    assert one(qs, "أسعار الطاقة استقرت أخيرا").speaker.text == "جانيت يلين"
    # an official of a body: the body is not the speaker (the nearest mention rule stays)
    text = "وكان مسؤول الاتحاد الأوروبي قد قال إن قرضا من باريس أحد الخيارات."
    qs = run(text, [("الاتحاد الأوروبي", "ORG", None)])
    assert one(qs, "قرضا من باريس أحد الخيارات").speaker.text != "الاتحاد الأوروبي"


def test_bayyana_after_a_subject_and_qad_reports():
    # بين reports only before أن when no subject is named first (between); after الوزارة قد it is the verb
    qs = run("وكانت الوزارة قد بينت أن المشروع سيكتمل العام المقبل.")
    assert one(qs, "المشروع سيكتمل العام المقبل").speaker.text == "الوزارة"
    # قد + imperfect (may) and the writer's own كنت قد بينت: no report
    assert run("قد يرى البعض أن التدخل منطقي.") == []
    assert run("كنت قد بينت خلال السطور أن التعميم أمر خاطئ.") == []


# --- an honorific pronoun (سموه، معاليه) stands for the person who spoke before -------------------------

def test_honorific_pronoun_is_the_person_before():
    # SaudiNewsNet 1123: معاليه is the named speaker of the sentence before
    text = ("وأوضح معالي رئيس ديوان المظالم الشيخ الدكتور خالد بن محمد اليوسف، أن الأمر الملكي تضمن ترقية "
            "قضاة. وأكد معاليه أن هذا الأمر يأتي حرصا من خادم الحرمين الشريفين.")
    qs = run(text, [("خالد بن محمد اليوسف", "PERSON", None)])
    assert one(qs, "هذا الأمر يأتي حرصا من خادم الحرمين الشريفين").speaker.text == "خالد بن محمد اليوسف"
    # with no person speaking before (a body spoke), the word itself stays the speaker
    text = ("وأعلنت وزارة الداخلية أن الحادث قيد التحقيق. وأكد معاليه أن الأمن مستتب.")
    qs = run(text, [("وزارة الداخلية", "ORG", None)])
    assert one(qs, "الأمن مستتب").speaker.text == "معاليه"


def test_a_speaker_named_by_given_name_alone_gets_the_fuller_name_of_that_person():
    from arnews.records import Entity
    from arnews.quotes import _fullest_names
    text = ("وتحدث معاذ الخلف عن رحلته مع المرض. يقول معاذ إن العمل الجاد أهم من الموهبة. "
            "ونقلت الوكالة عن محمد علي جعفري قوله. وقال محمد جواد ظريف إن الاتفاق جيد.")

    def ent(name, nth=0, text=text):
        i = -1
        for _ in range(nth + 1):
            i = text.find(name, i + 1)
        return Entity(text=name, start=i, end=i + len(name), label="PERSON", id=None, name=None)
    full, alone, cut, other = ent("معاذ الخلف"), ent("معاذ", 1), ent("محمد"), ent("محمد جواد ظريف")
    name = _fullest_names([full, alone, cut, other], text, {"ان", "علي"})
    assert name(alone) == "معاذ الخلف"
    # the tagger cut محمد out of محمد علي جعفري: the given name after it says it is someone else
    assert name(cut) == "محمد"
    # two fuller names of two people: a lone given name names neither
    more = text + " وقال معاذ السالم إن الطقس حار."
    two = _fullest_names([full, alone, ent("معاذ السالم", text=more)], more, {"ان"})
    assert two(alone) == "معاذ"


def test_a_given_name_the_tagger_left_out_before_a_speaker_joins_the_speaker():
    qs = run("وبينت المتطوعة أمل ناصر أنهم تلقوا بعض التوجيهات قبل بدء العمل.", [("ناصر", "PERSON", None)])
    q = one(qs, "تلقوا بعض التوجيهات قبل بدء العمل")
    assert q.speaker.text == "أمل ناصر" and q.speaker.name == "أمل ناصر"
    qs = run("من جانبها، أفادت زهرة آدم المسؤولة المحلية بقرية الطينة أن الاشتباكات توقفت.", [("آدم", "PERSON", None)])
    assert one(qs, "الاشتباكات توقفت").speaker.text == "زهرة آدم"
    qs = run("وقال رئيس مجلس قضاء الخالدية علي داود، إن القوات دخلت المنطقة.", [("داود", "PERSON", None)])
    assert one(qs, "القوات دخلت المنطقة").speaker.text == "علي داود"
    # a verb spelt like a name before a speaker named earlier (لماذا كان ابن فضلان ... يكشف) stays out
    qs = run("لماذا كان ابن فضلان يكرر ذلك؟ يكشف أن الرحلة كانت شاقة.", [("ابن فضلان", "PERSON", None)])
    assert all(q.speaker.text == "ابن فضلان" for q in qs if q.speaker)
    # after a word of its own (متحدث باسم: on behalf of; لماذا كان) an ambiguous given name stays out
    qs = run("وقال متحدث باسم سويت بريار إن المسؤولين سيعقدون جولة جديدة.", [("سويت بريار", "PERSON", None)])
    assert one(qs, "المسؤولين سيعقدون جولة جديدة").speaker.text == "سويت بريار"
    # a tagged mention keeps its own words
    from arnews.quotes import _given_names_before
    from arnews.quotes.lexicon import load
    text = "ورحب فادي ناصر"
    ents = [(text.index("فادي"), text.index("فادي") + 4, None)]
    assert _given_names_before(text, text.index("ناصر"), ents, lambda p: p, load("")) == text.index("ناصر")
    assert _given_names_before(text, text.index("ناصر"), [], lambda p: p, load("")) == text.index("فادي")


def test_a_feminine_verb_is_not_said_by_the_man_its_subject_is_about():
    qs = run("وأوضحت والدة الشهيد عبدالرحمن القحطاني أن هذا العيد يأتي يتيما.",
             [("عبدالرحمن القحطاني", "PERSON", None)])
    assert one(qs, "هذا العيد يأتي يتيما").speaker.text == "والدة الشهيد عبدالرحمن القحطاني"
    qs = run("وقالت عائلة عبدالعزيز في بيان إن ابنها لم يكن متطرفا.", [("عبدالعزيز", "PERSON", None)])
    assert one(qs, "ابنها لم يكن متطرفا").speaker.text == "عائلة عبدالعزيز"
    # a woman's name, an office before the name, or a masculine verb: the named person speaks
    qs = run("وقالت الفنانة ابتسام عبدالله إن المسرح مرآة المجتمع.", [("ابتسام عبدالله", "PERSON", None)])
    assert one(qs, "المسرح مرآة المجتمع").speaker.text == "ابتسام عبدالله"
    qs = run("وقال شقيق الضحية محمد العلي إن الشرطة تأخرت.", [("محمد العلي", "PERSON", None)])
    assert one(qs, "الشرطة تأخرت").speaker.text == "محمد العلي"
    # جاءت ردود فلان بأنه: the man's own words, he speaks
    qs = run("وجاءت ردود ناصر القصبي على المنتقدين بأنه لن يهتم بالانتقادات.", [("ناصر القصبي", "PERSON", None)])
    assert one(qs, "لن يهتم بالانتقادات").speaker.text == "ناصر القصبي"


def test_a_describing_verb_takes_the_word_after_it_as_its_object_before_a_b_phrase():
    qs = run("اعتبر وزير الخارجية الإيراني، محمد جواد ظريف، أمس، أن الاتفاق متوازن، ووصف الاتفاق أمام مجلس "
             "الشورى أمس بأنه «عملية أخذ وعطاء».", [("محمد جواد ظريف", "PERSON", None)])
    assert one(qs, "عملية أخذ وعطاء").speaker.text == "محمد جواد ظريف"
    # a second noun phrase after the subject is the object; a pronoun on the verb is the object
    qs = run("ووصف بلاتر أحداث مايو «بتسونامي» هز الاتحاد.", [("بلاتر", "PERSON", None)])
    assert one(qs, "بتسونامي").speaker.text == "بلاتر"
    qs = run("وذكر التقرير أن الصين تهتم بالماء الذي يصفه جين بأنه «نفط اقتصاديات الفضاء».", [("جين", "PERSON", None)])
    assert one(qs, "نفط اقتصاديات الفضاء").speaker.text == "جين"


def test_an_unnamed_source_speaks_not_the_name_in_its_phrase():
    # the name after a preposition says whom the source belongs to; it did not speak
    qs = run("وقالت مصادر عسكرية موالية لهادي إن المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا.",
             [("هادي", "PERSON", None)])
    assert one(qs, "المعارك في هذا الحي أسفرت عن سقوط 28 قتيلا").speaker.text == "مصادر عسكرية موالية لهادي"
    qs = run("وقال مسؤول رفيع بالاتحاد الأوروبي شارك في المفاوضات إن الاتفاق قريب.",
             [("الاتحاد الأوروبي", "ORG", "eu")])
    sp = one(qs, "الاتفاق قريب").speaker
    assert sp.text == "مسؤول رفيع بالاتحاد الأوروبي" and sp.entity_id is None
    qs = run("وقالت مصادر في مكتب رئيس الوزراء أحمد داود أوغلو إن الاجتماع سيعقد غدا.",
             [("أحمد داود أوغلو", "PERSON", None)])
    assert one(qs, "الاجتماع سيعقد غدا").speaker.text == "مصادر في مكتب رئيس الوزراء أحمد داود أوغلو"
    # one word the tagger took for a person after indefinite words: the source speaks
    qs = run("ويضيف مصدر أمني ليبي آخر، أن المتطرفين يسيطرون على النقاط الحدودية.", [("ليبي", "PERSON", None)])
    assert one(qs, "المتطرفين يسيطرون على النقاط الحدودية").speaker.text == "مصدر أمني ليبي"
    # an office in the genitive names its holder: the man after it speaks
    qs = run("وكشف مسؤول الرقابة عن المنشطات في الوفد السعودي عبدالعزيز المسعد أن عدد العينات كبير.",
             [("عبدالعزيز المسعد", "PERSON", None)])
    assert one(qs, "عدد العينات كبير").speaker.text == "عبدالعزيز المسعد"
    # a body right after the indefinite source noun: the experts or the report speak
    qs = run("ويقول خبراء الأمم المتحدة العلميون إن الانبعاثات تغذي الظواهر المناخية الحادة.",
             [("الأمم المتحدة", "ORG", "un")])
    assert one(qs, "الانبعاثات تغذي الظواهر المناخية الحادة").speaker.text == "خبراء الأمم المتحدة العلميون"
    # a title before the name, or the name in apposition, or a definite head: the person or body speaks
    qs = run("وقالت وزارة الخارجية الأمريكية إن المحادثات مستمرة.", [("وزارة الخارجية الأمريكية", "ORG", None)])
    assert one(qs, "المحادثات مستمرة").speaker.text == "وزارة الخارجية الأمريكية"
    qs = run("وقال رئيس الوزراء أحمد داود أوغلو إن الاجتماع سيعقد غدا.", [("أحمد داود أوغلو", "PERSON", None)])
    assert one(qs, "الاجتماع سيعقد غدا").speaker.text == "أحمد داود أوغلو"
    qs = run("وقال مسؤول إيراني عباس عراقجي إن المفاوضات مستمرة.", [("عباس عراقجي", "PERSON", None)])
    assert one(qs, "المفاوضات مستمرة").speaker.text == "عباس عراقجي"


def test_a_media_name_glued_to_l_after_the_subject_is_whom_it_told():
    qs = run("وقال مسؤولان تركيان كبيران لرويترز إن الدلائل الأولية تشير إلى تفجير انتحاري.",
             [("رويترز", "MEDIA", "reuters")])
    assert one(qs, "الدلائل الأولية تشير إلى تفجير انتحاري").speaker.text == "مسؤولان تركيان كبيران"
    qs = run("وقال مسؤول أمريكي لوكالة فرانس برس إن المحادثات مستمرة.", [("وكالة فرانس برس", "MEDIA", "afp")])
    assert one(qs, "المحادثات مستمرة").speaker.text == "مسؤول أمريكي"
    # an unnamed title told the agency by phone: the title speaks, the agency is no name of his
    qs = run("وقال قائد قوات محلية لرويترز عبر الهاتف «نحن في عملية لاستكمال بسط سيطرتنا على المدينة».",
             [("رويترز", "MEDIA", "reuters")])
    assert one(qs, "نحن في عملية لاستكمال بسط سيطرتنا على المدينة").speaker.text == "قائد قوات محلية"
    # a club glued to ل after the title is what the title is of: the name after it, else the title
    qs = run("وقال اللاعب السابق لريال مدريد زين الدين زيدان إن الفريق قوي.",
             [("ريال مدريد", "ORG", None), ("زين الدين زيدان", "PERSON", None)])
    assert one(qs, "الفريق قوي").speaker.text == "زين الدين زيدان"
    qs = run("وقال اللاعب السابق لريال مدريد عبر الهاتف «أنا هنا لأعود للعب في إحدى المباريات».",
             [("ريال مدريد", "ORG", None)])
    assert one(qs, "أنا هنا لأعود للعب في إحدى المباريات").speaker.text == "اللاعب السابق"
    # the medium as the subject, the addressee before it: the medium speaks
    qs = run("وقالت رويترز إن الدلائل الأولية تشير إلى تفجير انتحاري.", [("رويترز", "MEDIA", "reuters")])
    assert one(qs, "الدلائل الأولية تشير إلى تفجير انتحاري").speaker.text == "رويترز"
    qs = run("وقال لرويترز وزير الخارجية مولود جاويش أوغلو إن بلاده مستعدة.",
             [("رويترز", "MEDIA", "reuters"), ("مولود جاويش أوغلو", "PERSON", None)])
    assert one(qs, "بلاده مستعدة").speaker.text == "مولود جاويش أوغلو"


def test_a_speaker_name_the_tagger_cut_at_a_clitic_lookalike_is_whole():
    # كمران tagged مران, ولكنسون tagged كنسون: nothing stands between a verb and its subject
    qs = run("وقال كمران خان إن ضميره يمنعه من الاستمرار.", [("مران خان", "PERSON", None)])
    sp = one(qs, "ضميره يمنعه من الاستمرار").speaker
    assert sp.text == "كمران خان" and sp.name == "كمران خان"
    text = "وقال غلين ولكنسون إن الهاتف مكشوف. ومن الأمثلة التي أوردها ولكنسون أنه التقط بيانات من هاتف امرأة."
    qs = run(text, [("غلين ولكنسون", "PERSON", None), ("كنسون", "PERSON", None)])
    sp = one(qs, "التقط بيانات من هاتف امرأة").speaker
    assert sp.text == "ولكنسون" and sp.name == "غلين ولكنسون"
    # one word put back whole, no fuller name in the article
    qs = run("وأضاف كومار أن 13 شخصا أصيبوا بإصابات خطيرة.", [("مار", "PERSON", None)])
    sp = one(qs, "13 شخصا أصيبوا بإصابات خطيرة").speaker
    assert sp.text == "كومار" and sp.name == "كومار"
    # a و before the article is the conjunction (a typo'd والعطية stays the tagger's)
    qs = run("وقال والعطية إن الزيارة ناجحة.", [("العطية", "PERSON", None)])
    assert one(qs, "الزيارة ناجحة").speaker.text == "العطية"


def test_a_feminine_verb_knows_a_man_by_his_fuller_name():
    # قنديل alone is a surname; the article's فؤاد قنديل makes him a man: the family speaks
    qs = run("توفي الكاتب فؤاد قنديل أمس. وقالت أسرة قنديل إنه سيدفن اليوم في مقابر العائلة.",
             [("فؤاد قنديل", "PERSON", None), ("قنديل", "PERSON", None)])
    assert one(qs, "سيدفن اليوم في مقابر العائلة").speaker.text == "أسرة قنديل"
    # her given name before the surname the tagger took: she speaks
    qs = run("قال عادل الحسين إن الرحلة ممتعة. وأكدت مشاعل الحسين أن الإقبال على الحجوزات كبير.",
             [("عادل الحسين", "PERSON", None), ("الحسين", "PERSON", None)])
    assert one(qs, "الإقبال على الحجوزات كبير").speaker.text == "مشاعل الحسين"


def test_an_apposition_name_is_no_clause_particle():
    # السلطات ... أمس، إذ قال: إذ opens a new clause, it is not the name of the authorities
    qs = run("قتل ستة من عناصر الشرطة في انفجار قنبلة، حسبما ذكرت السلطات المحلية أمس، إذ قال عبد الرؤوف "
             "أحمدي إن القنبلة انفجرت.", [("عبد الرؤوف أحمدي", "PERSON", None)])
    assert one(qs, "قتل ستة من عناصر الشرطة في انفجار قنبلة").speaker.text == "السلطات المحلية"
    assert one(qs, "القنبلة انفجرت").speaker.text == "عبد الرؤوف أحمدي"


def test_a_negation_ends_the_source_phrase():
    # وبحسب مصادر ليبية لم يشأ القذافي ...: the sources speak; القذافي is the subject of their report
    qs = run("وبحسب مصادر ليبية لم يشأ القذافي ترسيم حدود بلاده مع الجزائر بشكل قاطع، لعدة أسباب من بينها "
             "تداخل الثروة النفطية.", [("القذافي", "PERSON", "gaddafi")])
    assert all(q.speaker is None or q.speaker.text == "مصادر ليبية" for q in qs)
    assert any(q.speaker is not None and q.speaker.text == "مصادر ليبية" for q in qs)
    # a name after the source noun with no negation between still speaks
    qs = run("وقال مسؤول إيراني عباس عراقجي إن المفاوضات لم تنته بعد.", [("عباس عراقجي", "PERSON", None)])
    assert one(qs, "المفاوضات لم تنته بعد").speaker.text == "عباس عراقجي"


def test_a_source_phrase_before_faqad_does_not_speak_for_the_verb():
    # وبحسب رويترز، فقد ذكر الوزير: the agency reports, the minister named after the verb speaks
    qs = run("وبحسب رويترز، فقد ذكر الوزير علي العمير أن الأسواق ستكون مستقرة خلال المرحلة المقبلة.",
             [("رويترز", "MEDIA", "reuters"), ("علي العمير", "PERSON", None)])
    assert one(qs, "الأسواق ستكون مستقرة خلال المرحلة المقبلة").speaker.text == "علي العمير"
    # a pronoun verb after the source phrase is not the agency's either: the speaker before goes on
    qs = run("وقال هولاند إن الاتحاد يمر بأزمة. وبحسب رويترز، فقد أكد أن منطقة اليورو باقية.",
             [("هولاند", "PERSON", None), ("رويترز", "MEDIA", "reuters")])
    assert one(qs, "منطقة اليورو باقية").speaker.text == "هولاند"
    # no source phrase before the comma: فقد keeps its subject before the verb (أما ...، فقد)
    qs = run("أما أمين العلي، فقد أكد أن الإقبال كبير هذا العام.", [("أمين العلي", "PERSON", None)])
    assert one(qs, "الإقبال كبير هذا العام").speaker.text == "أمين العلي"


def test_a_content_masdar_after_the_verb_is_its_object():
    # ينفي احتمال أن / وأكد ضرورة أن: the masdar is what is denied or stressed, the speaker came before
    qs = run("وقال شتاينماير للصحافيين إن المسؤوليات لا تنتهي بالتوقيع. وأكد ضرورة أن تكفل الخطوة الأولى "
             "تنفيذ الاتفاق.", [("شتاينماير", "PERSON", None)])
    assert one(qs, "تكفل الخطوة الأولى تنفيذ الاتفاق").speaker.text == "شتاينماير"
    qs = run("وقال جديدي إن المشكلة في الحكومات. لكنه لا ينفي احتمال أن يكون بعض الشبان متورطين.",
             [("جديدي", "PERSON", None)])
    assert one(qs, "يكون بعض الشبان متورطين").speaker.text == "جديدي"
    # with no subject it opens the verb's nominal object (was: speaker 'قتل خمسة عناصر', a clipped object)
    qs = run("وقالت وزارة الداخلية العراقية في بيان إن الشبكة اعترفت. وأكدت قتل خمسة عناصر من نفس الشبكة.",
             [("وزارة الداخلية العراقية", "ORG", None)])
    q = one(qs, "قتل خمسة عناصر من نفس الشبكة")
    assert q.kind == "indirect" and q.speaker.text == "وزارة الداخلية العراقية"
    # a subject named after the verb still speaks (أكدت مصادر ...), and a thing or a question reports nothing
    qs = run("وأكدت مصادر أمنية أن الهجوم أحبط.")
    assert one(qs, "الهجوم أحبط").speaker.text == "مصادر أمنية"
    for text in ("وهذا لا ينفي وجود شركاء في العملية.", "هل تؤكد وجود مجازر في بعض المدن؟",
                 "وحضر الجمهور بلافتة تؤكد مدى شعبية هذا الفنان."):
        assert not any(q.kind == "indirect" for q in run(text)), text


def test_a_feminine_verb_does_not_take_a_known_man_before_it():
    # إيباك ... إدارة الرئيس الأميركي، باراك أوباما ... الذي قالت إنه: the lobby speaks, not Obama
    text = ("وأعلنت منظمة إيباك حربا على إدارة الرئيس الأميركي، باراك أوباما، بسبب الاتفاق مع إيران، الذي قالت "
            "إنه ينطوي على ثغرات خطيرة.")
    qs = run(text, [("إيباك", "ORG", None), ("باراك أوباما", "PERSON", "barack-obama"), ("إيران", "LOC", "iran")])
    assert one(qs, "ينطوي على ثغرات خطيرة").speaker.text == "إيباك"
    # right before the verb or its التي he is whose words they are (تصريحات هاموند التي تدعو إلى ...)
    text = "وانتقد الصيد تصريحات وزير الخارجية البريطاني فيليب هاموند التي تقول إن تونس غير آمنة."
    qs = run(text, [("الصيد", "PERSON", None), ("فيليب هاموند", "PERSON", "philip-hammond")])
    assert one(qs, "تونس غير آمنة").speaker.text == "فيليب هاموند"
    # a woman of the gazetteer stays a feminine verb's subject
    text = "والتقى الوزير المستشارة أنغيلا ميركل في برلين. وقالت إن العلاقات متينة."
    qs = run(text, [("أنغيلا ميركل", "PERSON", "angela-merkel")])
    assert one(qs, "العلاقات متينة").speaker.text == "أنغيلا ميركل"


def test_a_feminine_verb_does_not_take_a_masculine_person_description():
    # جدة الرئيس سارة أوباما ... وقالت إنها: the grandmother, not الرئيس
    text = ("جدة الرئيس سارة أوباما ما زالت تأمل في أن يقرر الرئيس زيارة القرية، وقالت في لقاء إنها ستذبح "
            "بطة احتفالا به.")
    qs = run(text, [("سارة أوباما", "PERSON", None)])
    assert one(qs, "ستذبح بطة احتفالا به").speaker.text == "سارة أوباما"
    # a masculine verb still takes it
    qs = run("وصل الرئيس إلى القرية، وقال إن الزيارة تاريخية.")
    assert one(qs, "الزيارة تاريخية").speaker.text == "الرئيس"


def test_an_unnamed_source_keeping_its_name_back_ends_its_phrase():
    # قال مصدر أمني طلب عدم نشر اسمه: «...»: the source is مصدر أمني, not 'طلب عدم نشر اسمه' nor the whole
    qs = run("وبهذا الخصوص قال مصدر أمني طلب عدم نشر اسمه: «لقد تمكنت قواتنا من قتل المسلحين».")
    assert one(qs, "لقد تمكنت قواتنا من قتل المسلحين").speaker.text == "مصدر أمني"
    qs = run("وقال أحد المسؤولين ورفض نشر اسمه إن الانفجار نفذه انتحاري.")
    assert one(qs, "الانفجار نفذه انتحاري").speaker.text == "أحد المسؤولين"
    # رفض + another masdar is the object a named subject reports (أكد ... رفض التخلي عن أي لاعب)
    qs = run("وقد أكد رئيس النادي كارل هاينتس رومنيغيه رفض التخلي عن أي لاعب آخر.",
             [("كارل هاينتس رومنيغيه", "PERSON", None)])
    q = one(qs, "رفض التخلي عن أي لاعب آخر")
    assert q.kind == "indirect" and q.speaker.text == "كارل هاينتس رومنيغيه"


def test_an_office_of_a_body_speaks_not_the_body():
    # أكد رئيس الاتحاد الدولي لكرة القدم أنه ...: the office phrase, not FIFA
    qs = run("وأكد رئيس الاتحاد الدولي لكرة القدم أنه لن يترشح مرة أخرى.",
             [("الاتحاد الدولي لكرة القدم", "ORG", "fifa")])
    assert one(qs, "لن يترشح مرة أخرى").speaker.text == "رئيس الاتحاد الدولي لكرة القدم"
    # the body's name in marks is closed in the phrase
    qs = run("وأوضح رئيس تحرير «عرب نيوز» أن الصحيفة حققت نجاحا كبيرا.", [("عرب نيوز", "MEDIA", None)])
    assert one(qs, "الصحيفة حققت نجاحا كبيرا").speaker.text == "رئيس تحرير «عرب نيوز»"
    # the holder named speaks; a body with no office before it speaks itself
    qs = run("وقال رئيس نادي الهلال الأمير عبدالرحمن بن مساعد إن الفريق جاهز.",
             [("نادي الهلال", "ORG", None), ("عبدالرحمن بن مساعد", "PERSON", None)])
    assert one(qs, "الفريق جاهز").speaker.text == "عبدالرحمن بن مساعد"
    qs = run("وقالت هيئة قناة السويس إن الإيرادات ارتفعت.", [("هيئة قناة السويس", "ORG", None)])
    assert one(qs, "الإيرادات ارتفعت").speaker.text == "هيئة قناة السويس"


def test_a_name_between_commas_before_an_addressee_speaks():
    # رئيس لجنة ...، عبادة الكافي، لوكالة الأنباء الألمانية (د.ب.أ)، أن: the name, past whom he told
    text = ("وأوضح رئيس لجنة التشريع العام، عبادة الكافي، لوكالة الأنباء الألمانية (د.ب.أ)، أن أعضاء اللجنة "
            "توصلوا إلى اتفاق.")
    qs = run(text, [("وكالة الأنباء الألمانية", "MEDIA", "dpa")])
    assert one(qs, "أعضاء اللجنة توصلوا إلى اتفاق").speaker.text == "عبادة الكافي"
    # a segment that is no addressee (في تصريح صحفي) is not passed by the comma rule, but the untagged name
    # after the title (a given name and a family name in ال) is the office holder's, so he still speaks
    text = "وأوضح رئيس لجنة التشريع العام، عبادة الكافي، في تصريح صحفي، أن أعضاء اللجنة توصلوا إلى اتفاق."
    assert one(run(text), "أعضاء اللجنة توصلوا إلى اتفاق").speaker.text == "عبادة الكافي"


def test_resources_after_wafq_are_a_criterion_not_a_source():
    # وفق إمكانات النادي = within the club's means: the chairman goes on speaking
    text = ("وأضاف السلمي: إن التطلعات لا تحد، ولكن حتمية استحضار الواقع – وفق إمكانات النادي المادية والبشرية "
            "والزمانية – تجعلنا ندقق بلا اندفاع، ونخطط بتريث، وننتقي من الأفكار ما يستجيب للمرحلة».")
    qs = run(text, [("السلمي", "PERSON", None)])
    assert all(q.speaker is None or q.speaker.text == "السلمي" for q in qs)
    # a report after وفق stays a source
    qs = run("ووفق تقرير للبنك الدولي، فإن النمو سيتراجع هذا العام.")
    assert one(qs, "النمو سيتراجع هذا العام").speaker.text.startswith("تقرير")


def test_a_speaker_span_keeps_both_marks_of_a_name():
    # أعلن حساب «كأس السوبر السعودي» ...: the speaker is not cut after the opening mark only
    qs = run("أعلن حساب «كأس السوبر السعودي» على موقع تويتر أن التذاكر تطرح اليوم.",
             [("كأس السوبر السعودي", "EVENT", None)])
    sp = one(qs, "التذاكر تطرح اليوم").speaker.text
    assert sum(sp.count(m) for m in "«»") % 2 == 0, sp


def test_a_relative_of_the_person_named_speaks():
    # وتمنت والدة الجندي علي الغامدي ...، مضيفة أن: the mother, not the soldier
    text = ("وتمنت والدة الجندي علي الغامدي أن يقضي ابنها العيد معها، مضيفة أن الوطن يحتاجه أكثر منا.")
    qs = run(text, [("علي الغامدي", "PERSON", None)])
    assert one(qs, "الوطن يحتاجه أكثر منا").speaker.text == "والدة الجندي علي الغامدي"
    # أعلنت عائلة الفرنسي جول بيانكي: the family; a masculine relative with a name: the name speaks
    qs = run("أعلنت عائلة الفرنسي جول بيانكي أنه توفي في المستشفى.", [("جول بيانكي", "PERSON", None)])
    assert one(qs, "توفي في المستشفى").speaker.text == "عائلة الفرنسي جول بيانكي"
    qs = run("وقال شقيق الضحية محمد العلي إن الشرطة تأخرت.", [("محمد العلي", "PERSON", None)])
    assert one(qs, "الشرطة تأخرت").speaker.text == "محمد العلي"        # (a brother may be named himself)



def test_a_man_relative_of_the_dead_speaks_not_the_dead():
    # وتحدث والد الشهيد أحمد الشهري قائلاً: the martyr's father speaks, the phrase through the name
    text = "وتحدث والد الشهيد أحمد الشهري قائلاً: إن ابنه كان بارا بوالديه."
    qs = run(text, [("أحمد الشهري", "PERSON", None)])
    assert one(qs, "ابنه كان بارا بوالديه").speaker.text == "والد الشهيد أحمد الشهري"
    qs = run("وقال ابن الفقيد سعد المطيري إن والده كان محبا للخير.", [("سعد المطيري", "PERSON", None)])
    assert one(qs, "والده كان محبا للخير").speaker.text == "ابن الفقيد سعد المطيري"
    # whichever rule finds the name: a subject before its verb, a participle after another verb
    qs = run("والد الشهيد جابر حسين وحيش قال: أقف بفخر واعتزاز أمام هذا الإنجاز الأمني.",
             [("جابر حسين وحيش", "PERSON", None)])
    assert one(qs, "أقف بفخر واعتزاز أمام هذا الإنجاز الأمني").speaker.text == "والد الشهيد جابر حسين وحيش"
    text = ("وعبر والد الشهيد النقيب ياسر بن مسفر آل منصور عن فخره باستشهاد ولده قائلاً: الحمد لله على قضائه "
            "وقدره، مضيفاً أن ياسر أكبر أبنائه.")
    qs = run(text, [("ياسر بن مسفر آل منصور", "PERSON", None)])
    assert one(qs, "ياسر أكبر أبنائه").speaker.text == "والد الشهيد النقيب ياسر بن مسفر آل منصور"
    # not a living one: the name may be the relative's own
    qs = run("وقال والد اللاعب محمد العلي إن ابنه سيعود قريبا.", [("محمد العلي", "PERSON", None)])
    assert one(qs, "ابنه سيعود قريبا").speaker.text == "محمد العلي"


def test_a_country_before_its_reporting_verb_speaks_for_its_government():
    # مصر تؤكد رفضها ...: the headline's country is the source (speaker_surface مصر)
    qs = run("مصر تؤكد رفضها تدخل إيران في الشؤون الداخلية للدول العربية",
             [("مصر", "LOC", None), ("إيران", "LOC", None)])
    assert one(qs, "رفضها تدخل إيران في الشؤون الداخلية للدول العربية").speaker.text == "مصر"
    text = "وتتهم كييف روسيا بتأجيج التمرد، إلا أن موسكو تنفي أن تكون قواتها داخل أوكرانيا."
    qs = run(text, [("كييف", "LOC", None), ("روسيا", "LOC", None), ("موسكو", "LOC", None), ("أوكرانيا", "LOC", None)])
    assert one(qs, "تكون قواتها داخل أوكرانيا").speaker.text == "موسكو"
    # a place before a glued verb ends the clause before it, and one of a list is not the subject
    text = "والأكثر من الرياض ومكة وأضاف العمرة أن الزوار زادوا هذا العام."
    qs = run(text, [("الرياض", "LOC", None), ("مكة", "LOC", None), ("العمرة", "PERSON", None)])
    assert one(qs, "الزوار زادوا هذا العام").speaker.text == "العمرة"
    # the place speaks for its own verb only: a later pronoun verb does not continue it
    text = ("فرنسا تكشف عن أول حالة شفاء من الإيدز\n\nقال باحثون إن فتاة فرنسية لا تزال خالية من المرض. "
            "وأضاف أن العلاج بدأ مبكرا.")
    qs = run(text, [("فرنسا", "LOC", None)])
    assert one(qs, "أول حالة شفاء من الإيدز").speaker.text == "فرنسا"
    assert all(q.speaker is None or q.speaker.text != "فرنسا" for q in qs if "العلاج" in q.text)


def test_a_plural_reporting_verb_is_not_one_person_named_before():
    # حتى الدبلوماسيون الأوروبيون، قالوا إن ...: a group speaks, not the spokesman of the sentence before
    text = ("وقال أيوب قاسم، المتحدث باسم البحرية الليبية، إن فوائد التدريب كانت محدودة. "
            "حتى الدبلوماسيون الأوروبيون، قالوا إن التدريب لم يغير من الأمر شيئا يذكر.")
    qs = run(text, [("أيوب قاسم", "PERSON", None)])
    assert one(qs, "فوائد التدريب كانت محدودة").speaker.text == "أيوب قاسم"
    sp = one(qs, "التدريب لم يغير من الأمر شيئا يذكر").speaker
    assert sp is None or sp.text != "أيوب قاسم"
    # two persons named by و speak together: the mention stands for the pair
    text = ("وأوضح \"الغانمي\" و\"المغربي\" أنه تم رفع مخاطبات للجهات المختصة لمرات عدة، لافتين إلى أن من بين "
            "العقبات افتقار المستشفى إلى خدمة التشغيل الذاتي.")
    qs = run(text, [("الغانمي", "PERSON", None), ("المغربي", "PERSON", None)])
    assert one(qs, "من بين العقبات افتقار المستشفى إلى خدمة التشغيل الذاتي").speaker.text == "المغربي"
    # a singular verb keeps the person
    qs = run("وقال أيوب قاسم إن فوائد التدريب كانت محدودة، مضيفا أن الزوارق قديمة.", [("أيوب قاسم", "PERSON", None)])
    assert one(qs, "الزوارق قديمة").speaker.text == "أيوب قاسم"


def test_a_group_noun_before_a_plural_reporting_verb_speaks():
    # لكن دبلوماسيين يقولون إن ...: the diplomats speak, not the person of the sentence before
    text = ("وقال ماتيو مارغايو إن المحادثات تسير على نحو جيد. "
            "لكن دبلوماسيين يقولون إن الخلافات لا تزال كبيرة بين الطرفين.")
    qs = run(text, [("ماتيو مارغايو", "PERSON", None)])
    assert one(qs, "المحادثات تسير على نحو جيد").speaker.text == "ماتيو مارغايو"
    assert one(qs, "الخلافات لا تزال كبيرة بين الطرفين").speaker.text == "دبلوماسيين"
    # a genitive after the group noun goes with it: وعلماء النفس يؤكدون
    qs = run("وأضاف عز الدين أن الطفل يحتاج إلى الرعاية. وعلماء النفس يؤكدون أن اللعب ينمي مهارات الطفل.",
             [("عز الدين", "PERSON", None)])
    assert one(qs, "اللعب ينمي مهارات الطفل").speaker.text == "علماء النفس"
    # the group with its adjective set off by a comma, or with معظم/بعض before it
    text = ("وقال أيوب قاسم، المتحدث باسم البحرية الليبية، إن فوائد التدريب كانت محدودة. "
            "حتى الدبلوماسيون الأوروبيون، قالوا إن التدريب لم يغير من الأمر شيئا يذكر.")
    qs = run(text, [("أيوب قاسم", "PERSON", None)])
    assert one(qs, "التدريب لم يغير من الأمر شيئا يذكر").speaker.text == "الدبلوماسيون الأوروبيون"
    qs = run("وأضاف عز الدين أن الطفل يحتاج إلى الرعاية. لكن معظم المؤرخين العرب أشاروا إلى أن الرسالة منحولة.",
             [("عز الدين", "PERSON", None)])
    assert one(qs, "الرسالة منحولة").speaker.text == "معظم المؤرخين العرب"
    # a pronoun or a word that is no group noun before the verb: no group is made up
    qs = run("وأضاف عز الدين أن الطفل يحتاج إلى الرعاية. وهم يؤكدون أن اللعب ينمي مهارات الطفل.",
             [("عز الدين", "PERSON", None)])
    sp = one(qs, "اللعب ينمي مهارات الطفل").speaker
    assert sp is None or sp.text not in ("عز الدين", "وهم", "هم")


def test_a_plural_pronoun_verb_continues_the_group_opening_its_sentence_or_the_one_before():
    # انتقد عدد من شباب الطائف ... . وقالوا إنهم: the group named after the verb of the sentence before speaks
    text = ("انتقد عدد من شباب الطائف عدم وجود مناطق خاصة بهم تصلح للاحتفال بالعيد. "
            "وقالوا إنهم يقضون أوقاتهم في السلام على الأقارب، مشيرين إلى أنهم لم يجدوا أماكن مناسبة.")
    qs = run(text, [("الطائف", "LOC", None)])
    assert one(qs, "يقضون أوقاتهم في السلام على الأقارب").speaker.text == "عدد من شباب الطائف"
    assert one(qs, "لم يجدوا أماكن مناسبة").speaker.text == "عدد من شباب الطائف"
    # the verb glued by و inside the sentence; a definite masdar after the group is its object, not in it
    qs = run("حاول بعض الدعاة والمشايخ التعامل مع زكاة الفطر بشيء من العقلانية، "
             "وذكروا أن مقاصد الشريعة هي الحاكمة لهذه المسألة.", [])
    assert one(qs, "مقاصد الشريعة هي الحاكمة لهذه المسألة").speaker.text == "بعض الدعاة والمشايخ"
    qs = run("يشكو الناشطون منذ زمن طويل من صغر الحوض. وقالوا إن الحوت يعيش دون شريك.", [])
    assert one(qs, "الحوت يعيش دون شريك").speaker.text == "الناشطون"
    # an object after the verb (عددا من), or a person as subject: no group is made up
    qs = run("التقى الوزير عددا من المواطنين في مكتبه. وقالوا إن اللقاء كان مثمرا.", [])
    sp = one(qs, "اللقاء كان مثمرا").speaker
    assert sp is None or "المواطنين" not in sp.text
    # a singular participle later on is one person's, not the group's
    text = ("وعبر عدد من زوار الشرقية عن سعادتهم بالفعاليات وأشاروا إلى أنهم تمتعوا بتنوعها. "
            "وقد أثنى الزائر للفعاليات بما تم تقديمه، مشيرا إلى أن المسرحية كانت هادفة.")
    qs = run(text, [])
    assert one(qs, "تمتعوا بتنوعها").speaker.text == "عدد من زوار الشرقية"
    sp = one(qs, "المسرحية كانت هادفة").speaker
    assert sp is None or "عدد من" not in sp.text


def test_a_one_word_description_takes_its_title_words():
    # قائد الحرس الثوري قال إن: the title phrase, not قائد alone
    qs = run("وكان قائد الحرس الثوري قال صراحة إن قرار مجلس الأمن مرفوض.", [])
    assert one(qs, "قرار مجلس الأمن مرفوض").speaker.text == "قائد الحرس الثوري"
    qs = run("وزير التعليم ينفي تأجيل الدراسة إلى ما بعد الحج.", [])
    sp = one(qs, "تأجيل الدراسة إلى ما بعد الحج").speaker
    assert sp.text == "وزير التعليم"
    # a preposition, an addressee or a time word after it is no part of it
    qs = run("وأشار التقرير إلى أن النمو تباطأ.", [])
    assert one(qs, "النمو تباطأ").speaker.text == "التقرير"
    qs = run("وقال المصدر لوكالة الأنباء الألمانية إن الهجوم فشل.", [("وكالة الأنباء الألمانية", "MEDIA", None)])
    assert one(qs, "الهجوم فشل").speaker.text == "المصدر"
    qs = run("أعلن مسؤولون الثلاثاء أن الهجوم فشل.", [])
    assert one(qs, "الهجوم فشل").speaker.text == "مسؤولون"


def test_kull_min_names_who_speak():
    # قال كل من فهد عبده: the person named after كل من speaks, not كل
    qs = run("وفي لقاء مع بعض الشباب قال كل من فهد عبده: «كل عام في العيد نستأجر هذه الاستراحة».",
             [("فهد عبده", "PERSON", None)])
    assert one(qs, "كل عام في العيد نستأجر هذه الاستراحة").speaker.text == "فهد عبده"
    # no person named: the quantified phrase is the description (not كل alone)
    qs = run("وأكد كل من المواطنين والمقيمين أن الجهاز به خلل فني.", [])
    assert one(qs, "الجهاز به خلل فني").speaker.text == "كل من المواطنين والمقيمين"
    # كل + a time word (وتؤكد كل يوم) is no group phrase
    qs = run("وأكدت الحكومة وتؤكد كل يوم أن التنظيم والنظام يتبادلان الخدمات.", [])
    sp = one(qs, "التنظيم والنظام يتبادلان الخدمات").speaker
    assert sp is None or not sp.text.startswith("كل ")


def test_the_verb_of_a_statement_after_its_medium_is_no_subject():
    # وأضاف، في بيان صدر باسمه: «...»: صدر is the statement's verb; the speaker before goes on
    text = ("ووصف أوباما ما حدث بأنه «عمل إرهابي داخلي محتمل». وأضاف، في بيان صدر باسمه: «نظل لا نعرف كل "
            "التفاصيل».")
    qs = run(text, [("أوباما", "PERSON", None)])
    assert one(qs, "نظل لا نعرف كل التفاصيل").speaker.text == "أوباما"
    # the words after that clause are no subject either (تلقت «الشرق الأوسط» نسخة عنه)
    text = ("ونفت حماس أنها تخطط لعمليات. وقالت في بيان أصدرته أمس، تلقت «الشرق الأوسط» نسخة عنه: «العمليات تدار "
            "من داخل الضفة».")
    qs = run(text, [("حماس", "ORG", None), ("الشرق الأوسط", "MEDIA", None)])
    assert one(qs, "العمليات تدار من داخل الضفة").speaker.text == "حماس"
    # a subject after an adjective of the medium still speaks (في بيان مشترك، ...)
    qs = run("وقال في بيان مشترك وزيرا الخارجية إن المحادثات مثمرة.", [])
    sp = one(qs, "المحادثات مثمرة").speaker
    assert sp is not None and sp.text.startswith("وزيرا")


def test_a_sign_is_no_cue_but_pointing_out_is():
    # رفع لافتات "كامل العدد": a banner's words, no statement
    qs = run("وأجبر الإقبال الملاك على رفع لافتات \"كامل العدد\" في الشاليهات.", [])
    assert not qs
    qs = run("وذكرت اللجنة أن الفعاليات نجحت، التي دشنت تحت لافتة «رمضاننا كدا».", [])
    assert not any(q.text == "رمضاننا كدا" for q in qs)
    # لافتة إلى أن: the participle reports
    qs = run("وأكدت الوزيرة أن الخطة جاهزة، لافتة إلى أن التنفيذ يبدأ غدا.", [])
    assert one(qs, "التنفيذ يبدأ غدا").cue.text == "لافتة"


def test_wa_bayna_after_bayna_is_the_preposition_not_the_verb():
    # صممت بيني وبين نفسي أن أضع حدا: between me and myself, nobody reports
    qs = run("وكنت قد صممت بيني وبين نفسي أن أضع حدا لتلك العلاقة الزوجية.", [])
    assert not qs
    qs = run("والذي أكد عبر اتصالات بينه وبين الشرفيين والإدارة الهلالية أن رأيه مع الأغلبية.", [])
    q = one(qs, "رأيه مع الأغلبية")
    assert q.cue.text == "أكد"
    # بين in the sentence before does not count: the verb وبيّن reports
    qs = run("ويجمع الحفل بين الحداثة والحضارة. وبين أن الأجيال الجديدة تأثرت بالتقنية كثيرا.", [])
    assert one(qs, "الأجيال الجديدة تأثرت بالتقنية كثيرا").cue.text == "وبين"


def test_the_words_before_a_colon_opening_the_cues_quote_are_no_reported_object():
    # وأكدت ناخبة في حي غيوشا شمال شرقي العاصمة: «...»: the place words are no indirect statement
    qs = run("وأكدت ناخبة في حي غيوشا شمال شرقي العاصمة: «لا أريد أن أعود إلى الحي الذي أقيم فيه مع الحبر على "
             "إصبعي».", [])
    assert one(qs, "لا أريد أن أعود إلى الحي الذي أقيم فيه مع الحبر على إصبعي").kind == "direct"
    assert not any(q.kind == "indirect" for q in qs)
    # after إن the clause before the colon is what was reported, and stays
    qs = run("وقال نائب محافظ حلب منذر سلال لـ«الشرق الأوسط»، إن الهجوم على نبل والزهراء: «جاء عفويا نتيجة "
             "ضغوط شعبية».", [("منذر سلال", "PERSON", None), ("الشرق الأوسط", "MEDIA", None)])
    assert any(q.kind == "indirect" and q.text.startswith("الهجوم على نبل والزهراء") for q in qs)


def test_a_quantifier_speaks_with_the_group_it_counts():
    # ويرى كثير من المراقبين أن: the description is the whole phrase, not كثير
    qs = run("ويرى كثير من المراقبين أن من المؤكد فوز نكورونزيزا بولاية ثالثة.", [("نكورونزيزا", "PERSON", None)])
    assert one(qs, "من المؤكد فوز نكورونزيزا بولاية ثالثة").speaker.text == "كثير من المراقبين"
    qs = run("وقال عدد من العقاريين إن الجهات الحكومية تكافح للسيطرة على الأسعار، موضحين أن السوق راكدة.", [])
    assert one(qs, "الجهات الحكومية تكافح للسيطرة على الأسعار").speaker.text == "عدد من العقاريين"
    assert one(qs, "السوق راكدة").speaker.text == "عدد من العقاريين"
    # a nisba adjective goes with the group (not cut as an object would be)
    qs = run("وتؤكد العديد من التقارير الإعلامية أن الإعلان عن صدور الساعة قريب.", [])
    assert one(qs, "الإعلان عن صدور الساعة قريب").speaker.text == "العديد من التقارير الإعلامية"
    # a quantifier that is no group phrase (البعض منهم) stays as it is
    qs = run("وأشار البعض منهم إلى أن الاتفاق نقطة بداية.", [])
    sp = one(qs, "الاتفاق نقطة بداية").speaker
    assert sp is None or not sp.text.startswith("البعض من ")


def test_a_plural_participle_or_verb_takes_its_sentences_group_over_an_earlier_speaker():
    # وأبدى عدد من المواطنين قلقهم ...، مؤكدين: the group of the sentence, not the minister named before
    qs = run("وقال الوزير محمد العلي إن الوضع مستقر. وأبدى عدد من المواطنين قلقهم من الأسعار، مؤكدين أن الرقابة "
             "ضعيفة.", [("محمد العلي", "PERSON", None)])
    assert one(qs, "الوضع مستقر").speaker.text == "محمد العلي"
    assert one(qs, "الرقابة ضعيفة").speaker.text == "عدد من المواطنين"
    # an organisation named before does not speak for وأكدوا after a group opened the sentence
    qs = run("وأكدت المؤسسة أنه تم إعادة التيار الكهربائي. وطالب بعض المواطنين المسافرين عبر الجسر باتخاذ "
             "الإجراءات اللازمة، وأكدوا أن مغادرتهم للبحرين تأتي للسياحة.", [("المؤسسة", "ORG", None)])
    assert one(qs, "مغادرتهم للبحرين تأتي للسياحة").speaker.text == "بعض المواطنين المسافرين"
    # a participle whose sentence opens with a person keeps him
    qs = run("وأبدى الوزير محمد العلي قلقه من الأسعار، مؤكدا أن الرقابة ضعيفة.", [("محمد العلي", "PERSON", None)])
    assert one(qs, "الرقابة ضعيفة").speaker.text == "محمد العلي"


def test_an_indefinite_accusative_after_the_verb_is_no_speaker():
    # واستعرض التقرير جانبا من ...، مشيرا: جانبا is the object, not a name in apposition to التقرير
    qs = run("واستعرض التقرير جانبا من ملامح قوة القطاع المالي، مشيرا إلى أن نسبة القروض إلى الودائع ما زالت "
             "في حدود 82%.", [])
    assert one(qs, "نسبة القروض إلى الودائع ما زالت في حدود 82%").speaker.text == "التقرير"
    qs = run("وكذلك قدم الفنان اعتذارا جميلا، مؤكدا أنه جديد في هذا المجال وأنه أخطأ.", [])
    assert one(qs, "جديد في هذا المجال وأنه أخطأ").speaker.text == "الفنان"
    # an adverb written with tanwin is no subject either
    qs = run("المقاطع المتداولة في وسائل التواصل الاجتماعي تكشف يوماً بعد آخر أننا في حاجة إلى قانون رادع.", [])
    assert all(q.speaker is None or q.speaker.text != "يوماً" for q in qs)
    # a foreign name ending in alif after a title is still the name
    qs = run("وقال المدرب البرتغالي داسيلفا إن الفريق جاهز للموسم.", [])
    assert one(qs, "الفريق جاهز للموسم").speaker.text == "داسيلفا"


def test_a_person_span_running_over_the_cue_is_cut_before_it():
    # أما إبراهيم محمد فأشار إلى أن: the tagger took the verb into the name; the speaker ends before it
    text = "أما إبراهيم محمد فأشار إلى أن هناك إقبالا كبيرا من أهالي المدينة على الاستراحات."
    sp = one(run(text, [("إبراهيم محمد فأشار", "PERSON", None)]), "هناك إقبالا كبيرا من أهالي المدينة على الاستراحات").speaker
    assert (sp.text, sp.name) == ("إبراهيم محمد", "إبراهيم محمد")
    # a cue word that is no verb of its own (كشف عبدالرحمن ذاكر أنه: his family name) leaves the name whole
    text = "فيما كشف عبدالرحمن ذاكر أنه يعتكف للسنة الثانية."
    qs = run(text, [("عبدالرحمن ذاكر", "PERSON", None)])
    assert all(q.speaker is None or q.speaker.text != "عبدالرحمن" for q in qs)


def test_researchers_after_a_reporting_verb_are_its_subject():
    # وقال باحثون إن: باحثون opens with ب but is the subject, not a ب-phrase (بلهجة آمرة)
    text = "وأضاف محمد العلي أن الوضع مستقر. وقال باحثون في جامعة الملك سعود إن المياه الجوفية تتناقص."
    qs = run(text, [("محمد العلي", "PERSON", None), ("جامعة الملك سعود", "ORG", None)])
    sp = one(qs, "المياه الجوفية تتناقص").speaker
    assert sp.text.startswith("باحثون")
    # a real ب-phrase after the verb is still no subject
    qs = run("وأضاف محمد العلي أن الوضع مستقر. وقال بلهجة حازمة إن المياه الجوفية تتناقص.",
             [("محمد العلي", "PERSON", None)])
    assert one(qs, "المياه الجوفية تتناقص").speaker.text == "محمد العلي"


def test_an_abstract_noun_before_a_present_tense_verb_is_no_source():
    # فإن الواقع يؤكد أن ...: a figure of speech, not a statement someone made
    text = ("وأن ميليشياته تابعة رسميا لرئيس الوزراء حيدر العبادي، فإن الواقع يؤكد أن هذه المجامع العسكرية "
            "كيان مواز لقوة الدولة.")
    qs = run(text, [("حيدر العبادي", "PERSON", None)])
    assert not any("هذه المجامع العسكرية" in q.text for q in qs)
    qs = run("والمنطق يقول إن الخطباء محدودو التأثير في الشباب.", [])
    assert not any("الخطباء محدودو التأثير" in q.text for q in qs)
    # a source before the same verb still reports
    qs = run("فإن الوزارة تؤكد أن هذه المجامع العسكرية كيان مواز لقوة الدولة.", [])
    assert one(qs, "هذه المجامع العسكرية كيان مواز لقوة الدولة").speaker.text == "الوزارة"
    # the abstract noun inside a reported clause leaves the outer clause as it is
    qs = run("وقال محمد العلي إن التاريخ يشير إلى أن العلاقة بين الأديان كانت جيدة.", [("محمد العلي", "PERSON", None)])
    assert one(qs, "التاريخ يشير إلى أن العلاقة بين الأديان كانت جيدة").speaker.text == "محمد العلي"


def test_unnamed_body_between_kana_and_its_verb_speaks():
    # SaudiNewsNet 2953, 3057: a definite body with no entity, before قد or right before the verb
    text = ("وأمر وزير الدفاع بمعاملة الجندي معاملة الشهيد. وكانت قيادة القوات المشتركة لتحالف دعم الشرعية "
            "في اليمن قد أعلنت في بيان لها أمس أن الجندي استشهد أثناء أداء واجبه.")
    q = one(run(text), "الجندي استشهد أثناء أداء واجبه")
    assert q.speaker is not None and q.speaker.text == "قيادة القوات المشتركة"
    text = "وانتقل اللاعب إلى النادي. وكانت الإدارة الشبابية قد نفت أن صفقة اللاعب تمهيد لبيع عقد زميله."
    q = one(run(text), "صفقة اللاعب تمهيد لبيع عقد زميله")
    assert q.speaker is not None and q.speaker.text == "الإدارة الشبابية"
    # SaudiNewsNet 2063: the phrase is the subject of another verb (تلقت), the cue's source is the report
    text = ("وأنقذت الفرقاطة الأسرة. وكانت زوارق القوة البحرية تلقت بلاغا يفيد بفقدان أسرة كويتية خلال "
            "نزهتها البحرية.")
    assert all(q.speaker is None or "زوارق" not in q.speaker.text for q in run(text))
    # SaudiNewsNet 4049: وما كان منه إلا قال - no body between كان and the verb (إلا is no definite word)
    text = ("وقال عبدالرحمن المهنا إنه التقى بقريب له. وما كان منه إلا قال بصوت مرتفع \"عمي عطني عيدية\" "
            "حين رآني.")
    q = one(run(text, [("عبدالرحمن المهنا", "PERSON", None)]), "عمي عطني عيدية")
    assert q.speaker is None or "منه" not in q.speaker.text
    # SaudiNewsNet 3018: مهرجان كان is Cannes, not the verb: the person named before speaks
    text = ("وعن بيروت قال المخرج إيلي داغر: «أحب أن أتناول الأطباق اللبنانية». وعن أكثر التعليقات التي علقت في ذهنه إثر فوزه بالسعفة الذهبية "
            "في مهرجان كان السينمائي قال: «تعليقات كثيرة تلقيتها من الجمهور»")
    q = one(run(text, [("إيلي داغر", "PERSON", None)]), "تعليقات كثيرة تلقيتها من الجمهور")
    assert q.speaker is not None and q.speaker.text == "إيلي داغر"
    # SaudiNewsNet 401, 472: a thing before a present verb (كانت الشاشات تشير إلى أن): a figure, no speaker
    text = ("وكان المهندس مارك غودمان يراقب المصنع. وكانت الشاشات تشير إلى أن كل شيء على ما يرام في الوقت الذي "
            "كانت الأجهزة تخرج عن السيطرة.")
    assert all(q.speaker is None or q.speaker.text != "الشاشات" for q in run(text, [("مارك غودمان", "PERSON", None)]))


def test_a_negated_reporting_verb_reports_nothing():
    # SaudiNewsNet 133, 2704, 147: what was not announced or revealed is no statement
    text = "وقتل ثلاثة أشخاص في الانفجار. ولم تعلن أي جماعة مسؤوليتها على الفور عن الهجمات."
    assert run(text) == []
    text = "ولم تكشف «شينخوا» عن مزيد من التفاصيل."
    assert run(text) == []
    # the same verb without the negation reports (the reading kept)
    text = "وأعلنت الجماعة مسؤوليتها عن الهجمات."
    assert one(run(text), "مسؤوليتها عن الهجمات").cue.text == "وأعلنت"
    # SaudiNewsNet 2064: the clause goes to the real cue before the negated one
    text = ("وقالت المريضة (50 عاماً)، التي لم تكشف عن هويتها وتقطن في كاليفورنيا، إنها شكت في بادئ الأمر "
            "في علاج جميل.")
    q = one(run(text), "شكت في بادئ الأمر في علاج جميل")
    assert q.cue.text == "وقالت" and q.speaker is not None and q.speaker.text == "المريضة"
    # a denial denied grants the clause: لا ينفي احتمال أن stays a cue
    # (SaudiNewsNet 217)
    text = "حتى لا يسلكوا طرقا أخرى. لكنه لا ينفي احتمال أن يكون هناك بعض من أبناء القبيلة متورطون بالفعل."
    assert any(q.cue is not None and q.cue.text == "ينفي" for q in run(text))


def test_the_object_of_lafata_al_nazar_is_no_speaker():
    # SaudiNewsNet 618, 3010: ولفت التقرير النظر إلى أن - the report speaks, النظر is its object
    text = ("وأوضح التقرير أن القروض ارتفعت. ولفت التقرير النظر إلى أن الدولة تبنت برنامجا شاملا "
            "للقروض المحلية.")
    q = one(run(text), "الدولة تبنت برنامجا شاملا للقروض المحلية")
    assert q.speaker is not None and q.speaker.text == "التقرير"
    # SaudiNewsNet 2121: with no subject after it, the person speaking before goes on
    text = ("وقال رئيس اللجنة التنفيذية عبدالله بن ضاوي إن الألعاب الشعبية تراجعت. ولفت النظر إلى أن "
            "الألعاب استعادت هويتها داخل الفعاليات.")
    q = one(run(text, [("عبدالله بن ضاوي", "PERSON", None)]), "الألعاب استعادت هويتها داخل الفعاليات")
    assert q.speaker is not None and q.speaker.text == "عبدالله بن ضاوي"
    # the verb without the idiom's object: its subject as before
    text = "ولفت التقرير إلى أن الدولة تبنت برنامجا شاملا للقروض المحلية."
    q = one(run(text), "الدولة تبنت برنامجا شاملا للقروض المحلية")
    assert q.speaker is not None and q.speaker.text == "التقرير"


def test_yudhkar_huna_anna_has_no_speaker():
    # SaudiNewsNet 3298, 2547: يذكر هنا أن = it is worth mentioning here (passive), no statement
    text = ("وافتتح الأمير البطولة أمس. يذكر هنا أن كرة القدم للصالات لعبة رياضية مشابهة لكرة القدم "
            "المعروفة.")
    assert run(text) == []
    text = ("يذكر هنا أن وزير الخدمة المدنية خالد العرج كان قد أوضح أنه تم الاتفاق مع وزارة التعليم "
            "على قبول الخريجين.")
    q = one(run(text, [("خالد العرج", "PERSON", None)]), "تم الاتفاق مع وزارة التعليم على قبول الخريجين")
    assert q.cue.text == "أوضح" and q.speaker is not None and q.speaker.text == "خالد العرج"
    # with its subject before it (SaudiNewsNet 463) يذكر reports, also with أيضا after it
    text = "والورفلي الذي يحتفظ بعلاقات كثيرة مع لاجئين عرب، يذكر أيضا أنه منذ عام 2012 تعهدت السفارة بتعليم الأبناء."
    assert any(q.cue is not None and q.cue.text == "يذكر" for q in run(text))


# --- a source phrase glued to ل + the article (للمصادر) ------------------------------------------------

def test_source_phrase_after_lil_starts_after_the_articles_lam():
    # للمصادر = ل + المصادر: the guide's surface has no clitic, so the phrase starts at مصادر
    q = one(run("ووفقا للمصادر العسكرية الليبية فإن قوات الجيش تقدمت نحو وسط المدينة."),
            "قوات الجيش تقدمت نحو وسط المدينة")
    assert q.speaker.text == "مصادر العسكرية الليبية" and q.cue.text == "ووفقا ل"
    q = one(run("ووفقا للتقرير السنوي فإن الصادرات ارتفعت خلال الربع الأول."), "الصادرات ارتفعت خلال الربع الأول")
    assert q.speaker.text == "تقرير السنوي"


def test_lam_initial_noun_after_lil_keeps_its_lam(tmp_path):
    # للجنة = ل + اللجنة: the noun's own ل stays (a data folder where لجنة heads a source phrase)
    import json
    from pathlib import Path

    import arnews.quotes.lexicon as qlex
    from arnews.pipeline import Context
    from arnews.quotes import make_component
    from tests.test_quotes import _BASE
    for name in ("cues.json", "speakers.json"):
        data = json.loads((Path(qlex.DATA) / name).read_text(encoding="utf-8"))
        if name == "speakers.json":
            data["source_nouns"].append("لجنة")
        (tmp_path / name).write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    text = "ووفقا للجنة المتابعة فإن أعمال الصيانة ستنتهي قبل موعدها."
    doc = _BASE(text)
    make_component(quotes_data=str(tmp_path))(doc, Context(text))
    q = one(doc.quotes, "أعمال الصيانة ستنتهي قبل موعدها")
    assert q.speaker.text == "لجنة المتابعة"


# --- التقى opening the sentence is a verb, not a definite noun ------------------------------------------

def test_participle_takes_the_subject_of_iltaqa_opening_its_sentence():
    text = ("والتقى الأمير محمد بن سلمان طياري التحالف، وأثنى على احترافيتهم في تنفيذ المهام القتالية، "
            "مؤكدًا اعتزازه بكفاءة جميع الطيارين المشاركين وقدراتهم العالية.")
    q = one(run(text, [("محمد بن سلمان", "PERSON", None)]),
            "اعتزازه بكفاءة جميع الطيارين المشاركين وقدراتهم العالية")
    assert q.speaker is not None and q.speaker.text == "محمد بن سلمان"
    # a paper that met someone is no speaker: the one it met speaks (was so before the rule)
    text = ("والتقت «الشرق الأوسط» أمام المصارف التي فتحت مجددا، مع سيديريس يانيس، الذي كان يقف في طابور "
            "خارج المصرف، وقال: «لماذا أنا أعاني من هذا الشيء، أنا لم أسرق أحدًا».")
    qs = run(text, [("الشرق الأوسط", "MEDIA", "asharq-al-awsat"), ("سيديريس يانيس", "PERSON", None)])
    q = one(qs, "لماذا أنا أعاني من هذا الشيء، أنا لم أسرق أحدًا")
    assert q.speaker is not None and q.speaker.text == "سيديريس يانيس"


# --- فإن opening the content ends the source phrase -----------------------------------------------

def test_fa_inna_ends_the_source_phrase():
    text = ("وبحسب مصادر أمنية فإن رئيس الوزراء كالزوبي باهيمي دوبي عقد جلسة طارئة لتدارس الموقف.")
    q = one(run(text), "رئيس الوزراء كالزوبي باهيمي دوبي عقد جلسة طارئة لتدارس الموقف")
    assert q.speaker is not None and q.speaker.text == "مصادر أمنية"
    # فان inside a tagged name is the name, not the particle
    text = "وقال روبن فان بيرسي إن الفريق سيعود أقوى في الموسم المقبل."
    q = one(run(text, [("روبن فان بيرسي", "PERSON", None)]), "الفريق سيعود أقوى في الموسم المقبل")
    assert q.speaker is not None and q.speaker.text == "روبن فان بيرسي"


# --- ل + a possessive noun after the verb is the one told, not the subject --------------------------

def test_possessive_addressee_is_not_the_speaker():
    text = ("وقد قدم جيب بوش دعايته الانتخابية باسمه الأول فقط، وقال لمناصريه إنه لا أحد من المرشحين "
            "للرئاسة له الحق في المنصب.")
    q = one(run(text, [("جيب بوش", "PERSON", None)]), "لا أحد من المرشحين للرئاسة له الحق في المنصب")
    assert q.speaker is not None and q.speaker.text == "جيب بوش"
    # another person named in between may be the one who goes on: the sentence's speaker is not taken
    text = ("وقال الشاباك إن المسؤول عن الخلية هو أحمد نجار، وقد اعترف عليه شقيقه أمجد الذي يسكن في "
            "قرية سلواد وقال لمحققيه إنه تلقى التعليمات من شقيقه.")
    qs = run(text, [("الشاباك", "ORG", None), ("أحمد نجار", "PERSON", None), ("أمجد", "PERSON", None)])
    q = one(qs, "تلقى التعليمات من شقيقه")
    assert q.speaker is None or q.speaker.text != "الشاباك"
    # the verb has no و/ف: the person named before it in its sentence speaks, not the one inside his clause
    text = ("وأضاف الشيخ عبد الله أنه عندما قرأ خبر تنحية الفيصل عن منصبه، قال لزملائه إن من وصفه بكيسنجر "
            "العرب قد ظلمه.")
    qs = run(text, [("عبد الله", "PERSON", None), ("الفيصل", "PERSON", None)])
    q = one(qs, "من وصفه بكيسنجر العرب قد ظلمه")
    assert q.speaker is not None and q.speaker.text == "عبد الله"
    # an addressee followed by more words is still the one told, never the speaker
    text = "لكنه يقول لنفسه ويحادثها: هي كالحلم لا يدوم طويلا."
    assert all(q.speaker is None or not q.speaker.text.startswith("لنفسه") for q in run(text, []))
    # the other reading: a noun that begins with ل (لاعبه) after the verb is its subject
    text = "وقال لاعبه المخضرم إن الفريق سيعود أقوى في الموسم المقبل."
    q = one(run(text, []), "الفريق سيعود أقوى في الموسم المقبل")
    assert q.speaker is not None and q.speaker.text.startswith("لاعبه")


# --- ألقى opening the sentence is a verb; a definite title word after it speaks -------------------------

def test_participle_takes_the_subject_of_alqa_opening_its_sentence():
    text = ("وألقى عبدالرحمن علواني كلمة نيابة عن المشايخ نقل من خلالها معايدة الأهالي إلى ولي ولي العهد الأمير "
            "محمد بن سلمان بن عبدالعزيز، قائلا: «أهالي قرى الراحة قطعوا على أنفسهم عهدا».")
    qs = run(text, [("عبدالرحمن علواني", "PERSON", None), ("محمد بن سلمان بن عبدالعزيز", "PERSON", None)])
    q = one(qs, "أهالي قرى الراحة قطعوا على أنفسهم عهدا")
    assert q.speaker is not None and q.speaker.text == "عبدالرحمن علواني"     # not the prince he greeted


def test_participle_takes_an_untagged_title_subject_of_the_opening_verb():
    text = ("افتتح وزير الشؤون الاجتماعية مبنى مركز كافل. وألقى الوزير كلمة بالمناسبة شكر فيها رئيس مجلس إدارة "
            "مؤسسة كافل وجميع العاملين بالمؤسسة، مؤكداً أن الوزارة تسخر كل إمكاناتها لخدمة هذه الفئة.")
    q = one(run(text, []), "الوزارة تسخر كل إمكاناتها لخدمة هذه الفئة")
    assert q.speaker is not None and q.speaker.text == "الوزير"    # not 'مجلس إدارة مؤسسة', not none
    # a definite subject that is no title of a person does not speak
    text = ("وألقى الحفل الضوء على جهود العاملين بالمؤسسة، مؤكداً أن الوزارة تسخر كل إمكاناتها لخدمة هذه الفئة.")
    qs = run(text, [])
    assert all(q.speaker is None or q.speaker.text != "الحفل" for q in qs)


# --- الشخصي/الرسمي after حسابه belongs to the medium, not the subject ---------------------------------

def test_personal_account_is_no_speaker():
    text = ("وأوضح اللاعب تجانون شيري أنه رفض العرض، وقال عبر حسابه الشخصي في تويتر: «المفاوضات مع النادي "
            "أخذت المسار الجدي».")
    q = one(run(text, [("تجانون شيري", "PERSON", None)]), "المفاوضات مع النادي أخذت المسار الجدي")
    assert q.speaker is not None and q.speaker.text == "تجانون شيري"
    # a subject after the medium still speaks
    text = "وقال على حسابه الرسمي المتحدث باسم النادي: «المفاوضات مستمرة»."
    q = one(run(text, []), "المفاوضات مستمرة")
    assert q.speaker is not None and q.speaker.text.startswith("المتحدث باسم النادي")
    # the site named after the account is no speaker either
    text = ("وكان اللاعب فرناندو قد غرد عبر حسابه الرسمي في موقع التواصل الاجتماعي تويتر بأنه سيمهل "
            "النادي أسبوعين للسداد.")
    qs = run(text, [("فرناندو", "PERSON", None), ("تويتر", "PLATFORM", "twitter")])
    q = one(qs, "سيمهل النادي أسبوعين للسداد")
    assert q.speaker is not None and q.speaker.text == "فرناندو"


# --- the subject's office after its name is an apposition, not the verb's object ---------------------------

def test_office_apposition_is_no_nominal_object():
    text = ("أكد حسين عبد الغني قائد فريق النصر صعوبة التمارين التي تأتي بعد فترة طويلة من الانقطاع.")
    qs = run(text, [("حسين عبد الغني", "PERSON", None), ("النصر", "ORG", None)])
    assert not any(q.text.startswith("قائد") for q in qs)
    q = one(qs, "صعوبة التمارين")
    assert q.speaker is not None and q.speaker.text == "حسين عبد الغني"
    # an office with nothing after it reports nothing
    text = "أكد ذلك سلطان اللويحق رئيس مجلس إدارة شركة الجزيرة العقارية."
    assert run(text, [("سلطان اللويحق", "PERSON", None), ("شركة الجزيرة العقارية", "ORG", None)]) == []
    # the office's place after في belongs to it; the object follows
    text = ("أكد إبراهيم الدعيلج مدير العلاقات العامة والمتحدث الرسمي في أمانة منطقة الرياض عدم قبول "
            "الأمانة ما حدث من تجاوزات.")
    qs = run(text, [("إبراهيم الدعيلج", "PERSON", None)])
    assert [q.text for q in qs if q.kind == "indirect"] == ["عدم قبول الأمانة ما حدث من تجاوزات"]
    # the other reading: a masdar right after the subject is still the object
    text = "وأكد الوزير أهمية التعاون بين البلدين."
    q = one(run(text, []), "أهمية التعاون بين البلدين")
    assert q.speaker is not None and q.speaker.text == "الوزير"


# --- an untagged name after a title ends with its family name in ال --------------------------------------

def test_title_then_untagged_name_with_article_family_name():
    text = ("وصلت الدفعة الثالثة من الأدوية إلى سيئون. وأوضح المتحدث الرسمي للمركز رأفت الصباغ في تصريح "
            "صحفي اليوم أن هذه الدفعة تحتوي على محاليل وريدية.")
    q = one(run(text, []), "هذه الدفعة تحتوي على محاليل وريدية")
    assert q.speaker is not None and q.speaker.text == "رأفت الصباغ"
    # a title followed by a definite noun that is no name keeps the title
    text = ("وأوضح المتحدث الرسمي للمركز الإعلامي في تصريح صحفي اليوم أن هذه الدفعة تحتوي على محاليل وريدية.")
    q = one(run(text, []), "هذه الدفعة تحتوي على محاليل وريدية")
    assert q.speaker is not None and q.speaker.text.startswith("المتحدث الرسمي")
    # an ambiguous given name (بدر) opens a name only before a family name or a nisba
    text = ("وفي نهاية اليوم المفتوح قدم مدير الفئات السنية لكرة القدم بدر الحقباني درع النادي لإدارة الدار، "
            "مؤكداً لهم أن إدارة النادي ترحب بزياراتهم.")
    q = one(run(text, []), "إدارة النادي ترحب بزياراتهم")
    assert q.speaker is not None and q.speaker.text == "بدر الحقباني"
    text = ("وفي نهاية الحفل قدم مدير الفئات السنية لكرة القدم بدر التمام للفائزين، مؤكداً لهم أن إدارة "
            "النادي ترحب بزياراتهم.")
    q = one(run(text, []), "إدارة النادي ترحب بزياراتهم")
    assert q.speaker is None or "التمام" not in q.speaker.text


# --- whom the subject told, before a mark: لـ"سبق" -------------------------------------------------------

def test_medium_told_across_a_mark_is_no_speaker():
    text = ('وروى الأب المكلوم لـ"سبق" معاناة أبنائه الأربعة مع مرض النخاع العظمي، وقال: هذا الطفل أخ '
            'لثلاثة أطفال آخرين يعانون مرضاً فتاكاً.')
    qs = run(text, [("سبق", "MEDIA", "sabq")])
    assert all(q.speaker is None or q.speaker.text != "سبق" for q in qs)
    # the paper as the subject, with no ل before its mark, still speaks
    text = ('وروت "سبق" معاناة أبنائه الأربعة مع مرض النخاع العظمي، وقالت: إن الطفل أخ لثلاثة أطفال '
            'آخرين يعانون مرضاً فتاكاً.')
    qs = run(text, [("سبق", "MEDIA", "sabq")])
    assert any(q.speaker is not None and q.speaker.text == "سبق" for q in qs)


# --- a paper's column heading ------------------------------------------------------------------------------

def test_column_heading_of_the_paper_is_no_statement():
    text = ('المشاريع الحكومية .. فمن المسؤول؟\n\n "سبق" تقول للمسؤول: لم يعد سراً تأخر المشاريع الحكومية '
            'وتعثرها، والتسبب في خسائر كبيرة.')
    qs = run(text, [("سبق", "MEDIA", "sabq")])
    assert not any(q.text.startswith("لم يعد سرا") or q.text.startswith("لم يعد سراً") for q in qs)
    # a person telling the official at the head of a line is a statement
    text = ('المشاريع الحكومية .. فمن المسؤول؟\n\n خالد الفيصل يقول للمسؤول: لم يعد سراً تأخر المشاريع '
            'الحكومية وتعثرها، والتسبب في خسائر كبيرة.')
    qs = run(text, [("خالد الفيصل", "PERSON", None)])
    assert any(q.text.startswith("لم يعد سر") and q.speaker is not None and q.speaker.text == "خالد الفيصل"
               for q in qs)


# --- a topic phrase before the verb: its mentions are what is spoken of ----------------------------------------

def test_topic_phrase_mention_is_no_speaker():
    text = ('وقال الباحث حمود الزيادي إن التنظيم يستهدف الشباب. وفيما يخص وزارة الشؤون الإسلامية، قال إنها '
            'لم تقم بواجبها في مكافحة هذا الفكر.')
    qs = run(text, [("حمود الزيادي", "PERSON", None), ("وزارة الشؤون الإسلامية", "ORG", None)])
    q = one(qs, "لم تقم بواجبها في مكافحة هذا الفكر")
    assert q.speaker is not None and q.speaker.text == "حمود الزيادي"
    # the body as the subject after a plain comma clause still speaks
    text = ('وقال الباحث حمود الزيادي إن التنظيم يستهدف الشباب. وفي اليوم نفسه، قالت وزارة الشؤون الإسلامية '
            'إنها لم تقصر في واجبها.')
    qs = run(text, [("حمود الزيادي", "PERSON", None), ("وزارة الشؤون الإسلامية", "ORG", None)])
    q = one(qs, "لم تقصر في واجبها")
    assert q.speaker is not None and q.speaker.text == "وزارة الشؤون الإسلامية"


# --- علي spelled with ي after a title is the given name -------------------------------------------------------

def test_ali_with_ya_after_a_title_is_the_name():
    text = ("بدأ إيقاف الإنتاج في مايو الماضي كما أعلن وزير النفط الكويتي علي العمير ولكنه عاد ليوضح أن "
            "الإيقاف قد يطول.")
    q = one(run(text, []), "الإيقاف قد يطول")
    assert q.speaker is not None and q.speaker.text == "علي العمير"
    # على (with ى) after the title is the preposition: the title speaks
    text = ("بدأ إيقاف الإنتاج في مايو الماضي كما أعلن وزير النفط الكويتي على الملأ ولكنه عاد ليوضح أن "
            "الإيقاف قد يطول.")
    q = one(run(text, []), "الإيقاف قد يطول")
    assert q.speaker is not None and q.speaker.text.startswith("وزير")


# --- names in marks after a station noun, as a verb's subject, after a person noun --------------------------

def test_names_in_marks_as_station_subject_or_person_are_not_quotes():
    text = 'وأعلنت محطة "تي في 3" الإسبانية نتائج استطلاع شمل 5 آلاف شخص.'
    assert not any("تي في" in q.text for q in run(text))
    text = ('وفي الميدان، أعلنت "خلية الإعلام الحربي" موجزا لعمليات القوات الأمنية العراقية في جميع مناطق '
            'القتال.')
    assert not any(q.text == "خلية الإعلام الحربي" for q in run(text))
    # a masdar phrase in marks right after the verb is still a partial quote of what was said
    text = 'وأكد الوزير "ضرورة التحرك" سريعا لمواجهة الأزمة.'
    assert any(q.text == "ضرورة التحرك" for q in run(text))
    text = ('وأشار إلى أن الموهوبة "جنا خالد مقداد" إحدى مواهب الفرقة.')
    qs = run(text, [("خالد مقداد", "PERSON", None)])
    assert not any(q.text == "جنا خالد مقداد" for q in qs)
    # without the person the words in marks after the noun remain a partial quote
    text = 'وأشار إلى أن الموهوبة "تغني بروح عالية" في كل حفل.'
    assert any(q.text == "تغني بروح عالية" for q in run(text))


# --- a title's body glued to ل is no name; مشددة as an adjective is no cue --------------------------------

def test_lam_genitive_after_a_title_is_no_name():
    text = ("من جهته قال عضو الأمانة العامة لقوى 14 آذار الياس الزغبي: إن «التخوف من مرحلة تصعيد جديدة "
            "ناتج من استشعار إيران بنصر نووي».")
    qs = run(text, [("الياس الزغبي", "PERSON", None)])
    q = one(qs, "التخوف من مرحلة تصعيد جديدة ناتج من استشعار إيران بنصر نووي")
    assert q.speaker is not None and q.speaker.text == "الياس الزغبي"
    # a given name that begins with ل after the title is the name
    text = "وقال مدير الإدارة لقمان حسين إن المشروع سينتهي قريبا."
    q = one(run(text, []), "المشروع سينتهي قريبا")
    assert q.speaker is not None and q.speaker.text.endswith("لقمان حسين")


def test_strict_as_an_adjective_is_no_cue():
    text = ("وفي خطوة لافتة اتخذ الجيش اللبناني إجراءات أمنية مشددة فوق العادة على حاجز جسر النملية، ما أدى "
            "إلى زحمة سير خانقة» جنوبا تقدمت مشاة إسرائيلية.")
    assert not any(q.cue is not None and q.cue.text == "مشددة" for q in run(text))
    # the participle before على still reports
    text = "وأشادت الوزيرة بجهود الفريق، مشددة على أن العمل سيستمر حتى نهاية العام."
    q = one(run(text), "العمل سيستمر حتى نهاية العام")
    assert q.cue.text == "مشددة"


def test_colon_quote_after_a_paper_told_in_marks():
    # لـ"سبق" / لـ «عكاظ» between the subject and the colon: whom he told, the words after the colon are his
    text = ("وقال الأحمدي في تصريحات لـ «عكاظ»: ندعو كل مقاوم من أبناء الشعب اليمني لقطع الإمدادات عن "
            "الحوثي؛ لأن هذا واجب وطني.")
    q = one(run(text, [("الأحمدي", "PERSON", None), ("عكاظ", "MEDIA", "okaz")]),
            "ندعو كل مقاوم من أبناء الشعب اليمني لقطع الإمدادات عن الحوثي؛ لأن هذا واجب وطني")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.text == "الأحمدي"
    text = 'وقال فهد الغامدي لـ"سبق": الخدمة انقطعت ثلاثة أيام دون أي إشعار من الشركة.'
    q = one(run(text, [("فهد الغامدي", "PERSON", None), ("سبق", "MEDIA", "sabq")]),
            "الخدمة انقطعت ثلاثة أيام دون أي إشعار من الشركة")
    assert q.speaker is not None and q.speaker.text == "فهد الغامدي"
    # marked words after the colon stay a direct quote; the paper's name in marks is no quote
    text = 'وقال فهد الغامدي لـ"سبق": "الخدمة انقطعت ثلاثة أيام دون أي إشعار من الشركة".'
    qs = run(text, [("فهد الغامدي", "PERSON", None), ("سبق", "MEDIA", "sabq")])
    assert one(qs, "الخدمة انقطعت ثلاثة أيام دون أي إشعار من الشركة").kind == "direct"
    assert not any(q.text == "سبق" for q in qs)


def test_a_person_named_by_what_he_is_goes_on_speaking():
    # الأب المكلوم opens the sentence as its subject: the pronoun verb after the addressee continues him
    text = ('وروى الأب المكلوم لـ"سبق" معاناة أبنائه الأربعة مع مرض النخاع العظمي، وقال: هذا الطفل أخ '
            'لثلاثة أطفال آخرين يعانون مرضاً فتاكًا جداً.')
    q = one(run(text, [("سبق", "MEDIA", "sabq")]), "هذا الطفل أخ لثلاثة أطفال آخرين يعانون مرضاً فتاكًا جداً")
    assert q.speaker is not None and q.speaker.text == "الأب المكلوم"
    text = "وروت الأم تفاصيل الحادثة، مؤكدة أن ابنها كان بصحة جيدة."
    q = one(run(text), "ابنها كان بصحة جيدة")
    assert q.speaker is not None and q.speaker.text == "الأم"
    # of the cue's gender only: a feminine participle does not continue الأب
    text = "وروى الأب تفاصيل الحادثة، مؤكدة أن ابنها كان بصحة جيدة."
    q = one(run(text), "ابنها كان بصحة جيدة")
    assert q.speaker is None or q.speaker.text != "الأب"


def test_a_name_ending_in_ali_before_the_verb_is_no_preposition():
    # محمد علي: علي normalizes like the preposition على, but ends a person's name; the verb is a verb and
    # its subject follows it
    text = ("وعن الفرق بين المخرج محمد سامي والمخرج محمد علي قالت هيفاء بأن الأول عنده روح المجازفة "
            "وعنيد برأيه.")
    qs = run(text, [("محمد سامي", "PERSON", None), ("محمد علي", "PERSON", None), ("هيفاء", "PERSON", None)])
    q = one(qs, "الأول عنده روح المجازفة وعنيد برأيه")
    assert q.speaker is not None and q.speaker.text == "هيفاء"


def test_a_body_after_b_belongs_to_the_subject_not_to_the_object():
    # بشرطة منطقة مكة المكرمة: where the spokesman serves; the object starts after his name
    text = ("أكد الناطق الإعلامي بشرطة منطقة مكة المكرمة العقيد عاطي بن عطية القرشي ضبط عدد من المتهمين "
            "بالتورط في الواقعة.")
    qs = run(text, [("شرطة منطقة مكة المكرمة", "ORG", None), ("عاطي بن عطية القرشي", "PERSON", None)])
    q = one(qs, "ضبط عدد من المتهمين بالتورط في الواقعة")
    assert q.kind == "indirect"
    text = ("أكد الناطق الإعلامي بقيادة حرس الحدود بمنطقة المدينة المنورة العقيد شبنان بن مبارك القرني تعدد "
            "الحوادث خلال أيام العيد.")
    qs = run(text, [("قيادة حرس الحدود", "ORG", None), ("منطقة المدينة المنورة", "LOC", None),
                    ("شبنان بن مبارك القرني", "PERSON", None)])
    q = one(qs, "تعدد الحوادث خلال أيام العيد")
    assert q.speaker is not None and q.speaker.text == "شبنان بن مبارك القرني"
    # ب before a word that is no mention is not skipped: the object starts where it did
    text = "وأعلنت الشركة بنجاح إطلاق خدمتها الجديدة في المملكة."
    assert not any(q.text.startswith("خدمتها") for q in run(text, [("الشركة", "ORG", None)]))


def test_a_title_and_a_family_name_open_the_sentence_as_its_speaker():
    # العقيد الهيضل: a person the tagger missed; the participle after the silent verb continues him
    text = ("وقد أعرب العقيد الهيضل عن شكره وتقديره لولاة الأمر على هذه الثقة الغالية مؤكِّداً أن ذلك سيكون "
            "دافعاً له لبذل المزيد من العطاء.")
    q = one(run(text), "ذلك سيكون دافعاً له لبذل المزيد من العطاء")
    assert q.speaker is not None and q.speaker.text == "العقيد الهيضل"
    # a title before a description is no name of its own
    text = "وقد أعرب الشيخ المتحدث عن شكره للحضور مؤكِّداً أن اللقاء سيتكرر كل عام."
    q = one(run(text), "اللقاء سيتكرر كل عام")
    assert q.speaker is None or q.speaker.text != "الشيخ المتحدث"


def test_an_untagged_name_after_a_short_opening_phrase_speaks_for_the_participle():
    # في البداية without a comma opens the sentence; مطلق البقمي, a given name and a family name, praised
    text = ("وتعاود اليوم إطلاق الألعاب النارية في التوقيت نفسه. في البداية أشاد مطلق البقمي بما تم تقديمه "
            "من فعاليات في الصالة الخضراء، مشيرا إلى أن المسرحية من المسرحيات الهادفة.")
    q = one(run(text), "المسرحية من المسرحيات الهادفة")
    assert q.speaker is not None and q.speaker.text == "مطلق البقمي"
    # an ambiguous given name before a word that is no family name is no name (سعيد الحضور: the audience)
    text = ("وتعاود اليوم إطلاق الألعاب النارية في التوقيت نفسه. في البداية أسعد الحضور ما تم تقديمه "
            "من فعاليات في الصالة الخضراء، مشيرا إلى أن المسرحية من المسرحيات الهادفة.")
    q = one(run(text), "المسرحية من المسرحيات الهادفة")
    assert q.speaker is None or q.speaker.text != "أسعد الحضور"


def test_a_feminine_verb_without_a_subject_does_not_continue_a_man():
    # هذا وقد أكدت مصادر: the subject is not taken after وقد, and the man quoted before is no subject of a
    # feminine verb
    text = ('وقال الدكتور خالد النمر: "دور الأسرة يتمثل في تحذير أبنائها من التحرش بأنواعه". هذا وقد أكدت '
            'مصادر مطلعة أن الجهات الأمنية تتحرى عن الواقعة للتحقق منها.')
    q = one(run(text, [("خالد النمر", "PERSON", None)]), "الجهات الأمنية تتحرى عن الواقعة للتحقق منها")
    assert q.speaker is None or q.speaker.text != "خالد النمر"
    # a masculine verb still continues him
    text = ('وقال الدكتور خالد النمر: "دور الأسرة يتمثل في تحذير أبنائها من التحرش بأنواعه". هذا وقد أكد '
            'أن الجهات الأمنية تتحرى عن الواقعة للتحقق منها.')
    q = one(run(text, [("خالد النمر", "PERSON", None)]), "الجهات الأمنية تتحرى عن الواقعة للتحقق منها")
    assert q.speaker is not None and q.speaker.text == "خالد النمر"


def test_a_body_acting_through_a_part_of_it_is_still_the_subject():
    # ممثلة بـ/في + the part that acts for the body: an apposition of the subject, the object comes after it
    text = ("أعلنت الإدارة العامة للتعليم بمنطقة الحدود الشمالية ممثلة بإدارة شؤون المعلمين ترحيبها "
            "بالمعلمين الجدد المعينين بالمنطقة.")
    qs = run(text, [("الإدارة العامة للتعليم", "ORG", None), ("منطقة الحدود الشمالية", "LOC", None),
                    ("إدارة شؤون المعلمين", "ORG", None)])
    q = one(qs, "ترحيبها بالمعلمين الجدد المعينين بالمنطقة")
    assert q.speaker is not None and q.speaker.text == "الإدارة العامة للتعليم"
    text = ("أعلنت وكالة تخطيط وتنمية الموارد البشرية بوزارة الصحة ممثلة في الإدارة العامة لبرامج التشغيل "
            "الذاتي عن توفر 72 وظيفة فني تمريض رجال ونساء.")
    qs = run(text, [("وكالة تخطيط وتنمية الموارد البشرية", "ORG", None), ("وزارة الصحة", "ORG", None)])
    one(qs, "توفر 72 وظيفة فني تمريض رجال ونساء")
    # ممثلة with no ب/في after it is no such phrase: nothing is skipped and no object starts past it
    text = "أعلنت الشركة ممثلة جديدة لبطولة المسلسل الذي يعرض في رمضان."
    assert not any(q.text.startswith(("جديدة", "لبطولة")) for q in run(text, [("الشركة", "ORG", None)]))


def test_a_name_fronted_by_amma_speaks_for_the_verb_after_it():
    # أما + a given name and a family name the tagger missed: he speaks, not the man quoted before
    text = ("وقال محمد الفقيه إنه يفضل السفر في العيد.\n أما وحيد البراق فيقول : إنه يقضي فترة العيد في زيارة "
            "الأقارب والأهل.")
    qs = run(text, [("محمد الفقيه", "PERSON", None)])
    q = one(qs, "يقضي فترة العيد في زيارة الأقارب والأهل")
    assert q.speaker is not None and q.speaker.text == "وحيد البراق"
    # a vox-pop line: a given name and the age
    text = ("وقال عبد الله إنه لا يفكر في الزواج الآن.\n أما كريم 32 عاما قال : بكل صراحة العامل المادي هو السبب "
            "الرئيسي في تأخر سن الزواج.")
    qs = run(text, [("عبد الله", "PERSON", None)])
    q = one(qs, "بكل صراحة العامل المادي هو السبب الرئيسي في تأخر سن الزواج")
    assert q.speaker is not None and q.speaker.text == "كريم"
    # أما before a topic is no name: the speaker stays the one named before
    text = ("وقال محمد الفقيه إنه يفضل السفر في العيد.\n أما الرحلات الداخلية فيقول : إنها أغلى من الخارجية.")
    q = one(run(text, [("محمد الفقيه", "PERSON", None)]), "أغلى من الخارجية")
    assert q.speaker is not None and q.speaker.text == "محمد الفقيه"


def test_a_colon_glued_to_the_next_word_after_a_space_opens_the_statement():
    # فقال :طريقة ...: a space before the colon, none after: the words after it are the statement
    text = ("أما شريف 30 عاما فقال :طريقة الزواج الموجودة الآن لم تعد تناسب العصر الذي نعيشه. وقال : والدي "
            "ووالدتي ليس لديهم شيء سوى الإلحاح علي بالزواج.")
    qs = run(text)
    q = one(qs, "طريقة الزواج الموجودة الآن لم تعد تناسب العصر الذي نعيشه")
    assert q.speaker is not None and q.speaker.text == "شريف"
    q = one(qs, "والدي ووالدتي ليس لديهم شيء سوى الإلحاح علي بالزواج")
    assert q.speaker is not None and q.speaker.text == "شريف"
    # a colon inside a word (no space on either side) opens nothing
    text = "وقال الموقع إن الرابط http:الموقع الرسمي لم يعد يعمل."
    assert not any(q.text.startswith("الموقع الرسمي") for q in run(text))


def test_a_feminine_plural_participle_continues_the_group_of_women():
    # مؤكدات: the women of the group opening the sentence speak, not the woman quoted before
    text = ("وقالت فاتن محمد إن الأمن نعمة كبيرة. أشاد عدد من سيدات المجتمع المكي بالإنجاز الأمني الذي حققته "
            "الأجهزة الأمنية، مؤكدات أنه ضاعف فرحتهن بالعيد.")
    qs = run(text, [("فاتن محمد", "PERSON", None)])
    q = one(qs, "ضاعف فرحتهن بالعيد")
    assert q.speaker is not None and q.speaker.text == "عدد من سيدات المجتمع المكي"
    # a singular feminine participle after the same opening is one woman's: the group is not taken
    text = ("أشادت فاتن محمد بالإنجاز الأمني الذي حققته الأجهزة الأمنية، مؤكدة أنه ضاعف فرحتها بالعيد.")
    q = one(run(text, [("فاتن محمد", "PERSON", None)]), "ضاعف فرحتها بالعيد")
    assert q.speaker is not None and q.speaker.text == "فاتن محمد"


def test_a_verb_form_after_lahu_is_the_noun_it_has():
    # له كتب: he has books, no writing; the marked words after it are no statement
    text = "والباحث خالد العمري له كتب «تدرس في عدة جامعات عربية»، وهو يقيم في القاهرة."
    assert run(text, [("خالد العمري", "PERSON", None)]) == []
    # the verb كتب opening its own clause still reports
    text = "وكتب خالد العمري «تدرس في عدة جامعات عربية»، وهو يقيم في القاهرة."
    q = one(run(text, [("خالد العمري", "PERSON", None)]), "تدرس في عدة جامعات عربية")
    assert q.speaker is not None and q.speaker.text == "خالد العمري"
    # and so does one after لها that ends the title above it
    text = "شركة تبدأ التوظيف استعدادا لفتح فروع لها\n\nكتب خالد العمري أن الشركة ستفتح فروعا جديدة."
    q = one(run(text, [("خالد العمري", "PERSON", None)]), "الشركة ستفتح فروعا جديدة")
    assert q.cue.text == "كتب"


def test_the_words_right_after_fa_yaqul_of_a_person_fronted_by_amma_are_his():
    # أما سعيد الغامدي فيقول نحن ...: no أن, no colon; the vox-pop line still reports his words
    text = ("وقال محمد العمري إن الزحام كبير. أما سعيد الغامدي فيقول نحن في موسم أعياد وإجازة، وهذا بدوره "
            "يحدث زحاما في المطابخ.")
    q = one(run(text, [("محمد العمري", "PERSON", None)]),
            "نحن في موسم أعياد وإجازة، وهذا بدوره يحدث زحاما في المطابخ")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.text == "سعيد الغامدي"
    text = "أما خالد بن جري فيقول لا بد من تكاتفنا جميعا مع حكومتنا."
    q = one(run(text, [("خالد بن جري", "PERSON", None)]), "لا بد من تكاتفنا جميعا مع حكومتنا")
    assert q.speaker is not None and q.speaker.text == "خالد بن جري"
    # a topic fronted by أما, or the verb followed by whom it was told: the words after it are not the statement
    text = "أما الرحلات الداخلية فيقول الوكلاء إنها أغلى من الخارجية."
    assert not any(q.text.startswith("الوكلاء") for q in run(text))
    text = "أما خالد بن جري فقال له الموظف إن الطلب مرفوض."
    qs = run(text, [("خالد بن جري", "PERSON", None)])
    assert not any(q.text.startswith("له") for q in qs)
    assert one(qs, "الطلب مرفوض").kind == "indirect"


def test_a_noun_beginning_with_ba_opens_the_verbs_subject():
    # بيان، باحث، بعض (speakers.json b_initial_nouns) read as ب + a word; they are the subject, not a phrase
    text = "وأفاد بيان لوزارة الداخلية التونسية اليوم أنه تم توقيف 12 شخصا خلال الحملة."
    q = one(run(text, [("وزارة الداخلية التونسية", "ORG", None)]), "تم توقيف 12 شخصا خلال الحملة")
    assert q.speaker is not None and q.speaker.text == "وزارة الداخلية التونسية"
    text = "ويشير باحث في التاريخ أن توحيد دول حوض البحر المتوسط مكن التجار من التوسع."
    q = one(run(text), "توحيد دول حوض البحر المتوسط مكن التجار من التوسع")
    assert q.speaker is not None and q.speaker.text == "باحث"
    text = "وتشير بعض التقارير إلى أنه معالج سناب دراجون 615."
    q = one(run(text), "معالج سناب دراجون 615")
    assert q.speaker is not None and q.speaker.text == "بعض التقارير"
    # any other word glued to ب is a phrase after the verb: the one who spoke before goes on
    text = "قال محمد العمري إن المشروع مهم. وأضاف بلهجة حازمة أن العمل سيستمر."
    q = one(run(text, [("محمد العمري", "PERSON", None)]), "العمل سيستمر")
    assert q.speaker is not None and q.speaker.text == "محمد العمري"


def test_a_singular_verb_after_a_group_goes_on_with_the_one_who_spoke_before():
    # وتعتبر بعض العائلات ... وهي تؤكد: the woman quoted before, not the families
    text = ("قالت كاثرين كوكروفت إن الإيجارات مرتفعة في لندن. وتعتبر بعض العائلات أن صف السيارات من "
            "الأولويات. وهي تؤكد أن أرخص شقة تصل إلى 750 جنيها في الأسبوع.")
    qs = run(text, [("كاثرين كوكروفت", "PERSON", None)])
    assert one(qs, "صف السيارات من الأولويات").speaker.text == "بعض العائلات"
    q = one(qs, "أرخص شقة تصل إلى 750 جنيها في الأسبوع")
    assert q.speaker is not None and q.speaker.text == "كاثرين كوكروفت"
    # a plural verb goes on with the group
    text = ("قالت كاثرين كوكروفت إن الإيجارات مرتفعة في لندن. ويقول بعض الخبراء إن الأسعار ستنخفض. "
            "ويؤكدون أن الطلب سيتراجع في الخريف.")
    q = one(run(text, [("كاثرين كوكروفت", "PERSON", None)]), "الطلب سيتراجع في الخريف")
    assert q.speaker is not None and q.speaker.text == "بعض الخبراء"


def test_a_statement_issued_by_a_body_is_the_bodys():
    # وقال بيان صادر عن المجلس / بيان من مكتب ...: the body after عن/من speaks, not the statement
    text = ("نفى مجلس المقاومة الشعبية في عدن ما تم تداوله. وقال بيان صادر عن المجلس إن اتصالات وردت "
            "من مواطنين غيورين.")
    q = one(run(text), "اتصالات وردت من مواطنين غيورين")
    assert q.speaker is not None and q.speaker.text == "المجلس"
    text = "وقال بيان من مكتب المبعوث الدولي إن دي مستورا شدد على الحاجة الملحة لحماية المدنيين."
    q = one(run(text), "دي مستورا شدد على الحاجة الملحة لحماية المدنيين")
    assert q.speaker is not None and q.speaker.text == "مكتب المبعوث الدولي"
    # a statement with its body right after it (no preposition) keeps its phrase; sources before من
    # are no statement: they speak themselves, described by the body (مصادر من داخل الحزب), not the party
    text = "وقال بيان الأمانة العامة إن لجان التحكيم باشرت عملها."
    q = one(run(text), "لجان التحكيم باشرت عملها")
    assert q.speaker is not None and q.speaker.text == "بيان الأمانة العامة"
    text = "وقالت مصادر من داخل الحزب إن الاجتماع تأجل إلى الأسبوع المقبل."
    q = one(run(text), "الاجتماع تأجل إلى الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text == "مصادر من داخل الحزب"


def test_a_reporting_verb_after_baada_an_has_its_subject_after_it():
    # بعد أن / قبل أن + a reporting verb (cues.json time_an_words): a time clause, the named subject follows
    text = ("وارتفع الدولار الأسبوع الماضي بعد أن قالت جانيت يلين رئيسة مجلس الاحتياطي الاتحادي إن أسعار "
            "الفائدة سترتفع هذا العام.")
    q = one(run(text, [("جانيت يلين", "PERSON", None)]), "أسعار الفائدة سترتفع هذا العام")
    assert q.speaker is not None and q.speaker.text == "جانيت يلين"
    # a verb after أن that is no time clause keeps its subject before it (يريد أن يقول: the minister)
    text = "وقال جون كيري إن الوزير يريد أن يقول إن الاتفاق جيد."
    q = one(run(text, [("جون كيري", "PERSON", None)]), "الوزير يريد أن يقول إن الاتفاق جيد")
    assert q.speaker is not None and q.speaker.text == "جون كيري"


def test_a_subject_in_marks_before_the_paper_told_still_lets_the_colon_close_the_phrase():
    # وقالت والدة "عبدالرحمن" لـ"سبق": ...: the son's name in marks, then the paper; the words after the colon
    text = ('ناشدت والدة المواطن عبدالرحمن العنزي بعلاج ابنها. وقالت والدة "عبدالرحمن" لـ"سبق": لم يهنأ لي '
            'بال منذ أشهر وأنا أرى ابني على السرير الأبيض. وأضافت: إنه كان فرحا بقبوله في التعليم.')
    qs = run(text)
    q = one(qs, "لم يهنأ لي بال منذ أشهر وأنا أرى ابني على السرير الأبيض")
    assert q.kind == "indirect" and q.speaker is not None and q.speaker.text.startswith("والدة")
    assert one(qs, "كان فرحا بقبوله في التعليم").speaker.text.startswith("والدة")
    # a statement in marks told to the paper (4 words and more) stays a quote in marks, not a subject
    text = 'وقال المدير "لن نتراجع عن هذا القرار أبدا" لـ"سبق": في تصريح مقتضب.'
    qs = run(text)
    assert one(qs, "لن نتراجع عن هذا القرار أبدا").kind in ("direct", "partial")
    assert not any(q.text.startswith("في تصريح") for q in qs)


def test_a_person_right_after_wa_an_opening_the_sentence_is_the_topic():
    # وعن راشد الماجد قال إن ...: no comma, still the topic; the singer interviewed goes on
    text = ("وأضاف محمد عبده أن الفرق بين الفنانين كبير. وعن راشد الماجد قال إن له مزمارا خاصا به في حلقه.")
    qs = run(text, [("محمد عبده", "PERSON", None), ("راشد الماجد", "PERSON", None)])
    q = one(qs, "له مزمارا خاصا به في حلقه")
    assert q.speaker is not None and q.speaker.text == "محمد عبده"
    # a topic that is the speaker's own (تقييمه): the referee named in it does not speak
    text = ("وقال سعد الأحمري إن أداء الحكام ممتاز. وعن تقييمه للحكم الدولي فهد المرداسي قال إن المرداسي "
            "يملك الموهبة.")
    qs = run(text, [("سعد الأحمري", "PERSON", None), ("فهد المرداسي", "PERSON", None)])
    assert one(qs, "المرداسي يملك الموهبة").speaker.text == "سعد الأحمري"
    # the other reading: a person's view asked about (رؤية فهد المرداسي) - he is the one asked and answers
    text = ("وقال سعد الأحمري إن أداء الحكام ممتاز. وعن رؤية فهد المرداسي للنهائي قال إن الفريق جاهز.")
    qs = run(text, [("سعد الأحمري", "PERSON", None), ("فهد المرداسي", "PERSON", None)])
    assert one(qs, "الفريق جاهز").speaker.text == "فهد المرداسي"


def test_the_one_the_reporter_asked_answers():
    # سألته ...، وأجاب: the person named before the question; سألت + a phrase: the phrase
    text = ("قدمت الإذاعة مقابلة مع خوان فيليبي هيريرا.. سألته عن إحساسه بعد أن اختير للمنصب الجديد، "
            "وأجاب: «شيء جميل، شيء جميل».")
    q = one(run(text, [("خوان فيليبي هيريرا", "PERSON", None)]), "شيء جميل، شيء جميل")
    assert q.speaker is not None and q.speaker.text == "خوان فيليبي هيريرا"
    text = "سألت قائد المجموعة العسكرية: ما الشعور الذي يختلجكم؟ أجاب: «مرحبا بالشهادة»."
    q = one(run(text), "مرحبا بالشهادة")
    assert q.speaker is not None and q.speaker.text == "قائد المجموعة العسكرية"
    # the other readings: the reporter asking himself is nobody who answers, and a person quoted before
    # goes on over a name the question mentions
    text = "سألت نفسي عن سبب الزحام، ثم قال: «لا أعرف»."
    q = one(run(text), "لا أعرف")
    assert q.speaker is None or "نفس" not in q.speaker.text
    text = ("وقال عبدالرحمن العبدالله إن العيد كان أجمل. وعندما سألناه عن عادات الشيخ محمد السالم قال: "
            "«تغيرت الأحوال».")
    qs = run(text, [("عبدالرحمن العبدالله", "PERSON", None), ("محمد السالم", "PERSON", None)])
    assert one(qs, "تغيرت الأحوال").speaker.text == "عبدالرحمن العبدالله"


def test_a_name_after_an_office_ending_a_person_mention_is_the_whole_mention():
    # وقد أوضح المتحدث الرسمي ... عبد الوهاب شلبي: the apposition's run keeps شلبي only; the mention holds it
    text = ("وقد أوضح المتحدث الرسمي بصحة منطقة مكة المكرمة عبد الوهاب شلبي أنه تم تشكيل لجنة عاجلة "
            "للتحقيق.")
    qs = run(text, [("منطقة مكة المكرمة", "LOC", None), ("عبد الوهاب شلبي", "PERSON", None)])
    q = one(qs, "تم تشكيل لجنة عاجلة للتحقيق")
    assert q.speaker is not None and q.speaker.text == "عبد الوهاب شلبي"
    # a name that no mention holds stays the words found (no entity) in the verb-first reading
    text = "وأوضح المتحدث الرسمي لشرطة المنطقة سالم الرويلي أنه تم القبض على الجاني."
    q = one(run(text), "تم القبض على الجاني")
    assert q.speaker is not None and q.speaker.text.endswith("الرويلي")


def test_ali_spelled_with_ya_after_a_verb_opens_its_subject():
    # وأكد علي الحرقان؛ ... أن: the given name علي (written with ي), not the preposition على
    text = "وأكد علي الحرقان؛ في حديثه لوكالة الأنباء السعودية، أن العيد في الماضي كان أجمل."
    q = one(run(text), "العيد في الماضي كان أجمل")
    assert q.speaker is not None and q.speaker.text == "علي الحرقان"
    # the preposition written على, or علي after a relative pronoun (التي تؤكد علي احترام): no name
    text = "وأكد على أهمية التعاون أن المرحلة المقبلة صعبة."
    q = one(run(text), "المرحلة المقبلة صعبة")
    assert q.speaker is None or not q.speaker.text.startswith("على")
    text = ("طالبت الخارجية المصرية أمس إيران بضرورة الالتزام بنصوص ميثاق الأمم المتحدة التي تؤكد علي احترام "
            "مبدأ عدم التدخل في الشؤون الداخلية للدول، وذلك تعقيبا على التصريحات الإيرانية.")
    assert not any(q.speaker is not None and q.speaker.text.startswith("علي")
                   for q in run(text, [("الأمم المتحدة", "ORG", None)]))


def test_the_paper_told_in_marks_ends_at_its_closing_mark():
    # وقال لـ "الاقتصادية" عادل الملطاني: the skip over the paper stops at its closing mark, not inside the name
    text = 'وقال لـ "الاقتصادية" عادل الملطاني إن أزمة اليونان شجعت كثيرا من السعوديين على السفر.'
    qs = run(text, [("الاقتصادية", "MEDIA", None), ("عادل الملطاني", "PERSON", None)])
    q = one(qs, "أزمة اليونان شجعت كثيرا من السعوديين على السفر")
    assert q.speaker is not None and q.speaker.text == "عادل الملطاني"
    # with no subject after the paper, the one quoted before goes on
    text = "قال خالد العمري إن الأمر صعب. وقال لـ«عكاظ» إن الأزمة انتهت."
    qs = run(text, [("خالد العمري", "PERSON", None), ("عكاظ", "MEDIA", None)])
    assert one(qs, "الأزمة انتهت").speaker.text == "خالد العمري"


def test_an_unnamed_source_is_described_by_the_body_it_is_in():
    # وقال مصدر في المقاومة إن: the guide's speaker is the whole description (مصدر بالشركة), not مصدر alone
    text = "وقال مصدر في المقاومة إنها سيطرت على المفرق عقب اشتباكات استمرت لساعات."
    q = one(run(text), "سيطرت على المفرق عقب اشتباكات استمرت لساعات")
    assert q.speaker is not None and q.speaker.text == "مصدر في المقاومة"
    text = "وقالت مصادر أمنية بالمطار، في تصريحات صحفية، إن الناشطة منعت من دخول البلاد."
    q = one(run(text), "الناشطة منعت من دخول البلاد")
    assert q.speaker is not None and q.speaker.text == "مصادر أمنية بالمطار"
    # a body named by an entity goes in whole, the addressee after it does not
    text = "وأكد مصدر في قوات البيشمركة لـ«الشرق الأوسط» أن القوات دمرت خمس عجلات مفخخة."
    q = one(run(text, [("قوات البيشمركة", "ORG", None), ("الشرق الأوسط", "MEDIA", None)]),
            "القوات دمرت خمس عجلات مفخخة")
    assert q.speaker is not None and q.speaker.text == "مصدر في قوات البيشمركة"
    # a time after في: the phrase stays
    text = "وقال مصدر في وقت لاحق إن الطريق أغلق."
    q = one(run(text), "الطريق أغلق")
    assert q.speaker is not None and q.speaker.text == "مصدر"


def test_an_unnamed_source_has_no_name_in_apposition():
    # أعلن مصدر برلماني إن: the adjective after مصدر is no name in apposition (was برلماني)
    text = "أعلن مصدر برلماني إن الحكومة اليونانية قدمت اليوم للبرلمان مشروع قانون."
    q = one(run(text), "الحكومة اليونانية قدمت اليوم للبرلمان مشروع قانون")
    assert q.speaker is not None and q.speaker.text.startswith("مصدر")
    # a title is still followed by the name of the one who holds it
    text = "وقال وزير النفط الكويتي علي العمير إن الأسعار ستتحسن."
    q = one(run(text), "الأسعار ستتحسن")
    assert q.speaker is not None and q.speaker.text == "علي العمير"
    # a long run of words before any definite one is no short body phrase: the description stays
    text = "وقالت مصادر محلية في قرى مشرعة وحدنان بمنطقة صبر المطلة على مدينة تعز إن القصف تواصل."
    q = one(run(text), "القصف تواصل")
    assert q.speaker is not None and q.speaker.text == "مصادر محلية"


def test_a_nisba_adjective_glued_to_b_after_an_unnamed_source_qualifies_it():
    # أعلن مصدر برلماني أن: برلماني opens with ب but is the source's adjective (was مصدر)
    text = "وأعلن مصدر برلماني أن المجلس سيعقد جلسة طارئة يوم الأحد المقبل."
    q = one(run(text), "المجلس سيعقد جلسة طارئة يوم الأحد المقبل")
    assert q.speaker is not None and q.speaker.text == "مصدر برلماني"
    text = "وقالت مصادر بريطانية مطلعة إن الحكومة ستعلن القرار."
    q = one(run(text), "الحكومة ستعلن القرار")
    assert q.speaker is not None and q.speaker.text == "مصادر بريطانية مطلعة"
    # after any other subject a word glued to ب ends it; after the source بال is the body it is in
    text = "وقال الرجل بلهجة غاضبة إن الأمر انتهى."
    q = one(run(text), "الأمر انتهى")
    assert q.speaker is not None and q.speaker.text == "الرجل"
    text = "وقال مصدر بالشرطة إن التحقيق مستمر."
    q = one(run(text), "التحقيق مستمر")
    assert q.speaker is not None and q.speaker.text == "مصدر بالشرطة"


def test_an_informed_source_is_no_time_word():
    # وأوضح مصدر مطلع أنه: مطلع is the source's adjective 'informed' (was مصدر: مطلع read as a time word)
    text = "وأوضح مصدر مطلع أنه على الفور تحركت عدة فرق إطفاء إلى الموقع."
    q = one(run(text), "على الفور تحركت عدة فرق إطفاء إلى الموقع")
    assert q.speaker is not None and q.speaker.text == "مصدر مطلع"
    # مطلع الشهر after the source is a time: the source alone speaks
    text = "وقال مصدر مطلع الشهر الجاري إن المفاوضات توقفت."
    q = one(run(text), "المفاوضات توقفت")
    assert q.speaker is not None and q.speaker.text == "مصدر"


def test_a_source_close_to_someone_is_described_by_whom_it_is_close_to():
    # وقال مصدر مقرب من ميشال بلاتيني إن: the guide's speaker is the whole description, a person included
    text = "وقال مصدر مقرب من ميشال بلاتيني إن رئيس الاتحاد الأوروبي سيترشح."
    q = one(run(text, [("ميشال بلاتيني", "PERSON", None)]), "رئيس الاتحاد الأوروبي سيترشح")
    assert q.speaker is not None and q.speaker.text == "مصدر مقرب من ميشال بلاتيني"
    text = "وأكدت مصادر مقربة من اللاعب بأن القرني يدرس عرضا من أحد الأندية."
    q = one(run(text), "القرني يدرس عرضا من أحد الأندية")
    assert q.speaker is not None and q.speaker.text == "مصادر مقربة من اللاعب"
    # no من after it, or a pronoun: the description stays
    text = "وقال مصدر مقرب إن الوزير سيقدم استقالته."
    q = one(run(text), "الوزير سيقدم استقالته")
    assert q.speaker is not None and q.speaker.text == "مصدر مقرب"
    text = "وقال مصدر مقرب في وقت لاحق إن الوزير سيقدم استقالته."
    q = one(run(text), "الوزير سيقدم استقالته")
    assert q.speaker is not None and q.speaker.text == "مصدر مقرب"


def test_a_closing_looking_mark_right_after_an_opens_the_report():
    # قال مصدر ... إن” قوات ...”.: the ” after إن opens the quote (was a false partial «مصدر ... إن»)
    text = ("وعلى نفس الصعيد، قال مصدر في قوات البشمركة إن” قوات البيشمركة تمكنت من تدمير خمس سيارات "
            "مفخخة تعود لتنظيم داعش”. وأضاف أن الوضع مستقر.")
    qs = run(text)
    q = one(qs, "قوات البيشمركة تمكنت من تدمير خمس سيارات مفخخة تعود لتنظيم داعش")
    assert q.kind == "direct" and q.speaker is not None and q.speaker.text == "مصدر في قوات البشمركة"
    assert not any("إن" in q.text and "مصدر" in q.text for q in qs)
    # a ” after any other word closes the quote before it, as it did
    text = "وقال الوزير: “الحكومة ستدعم القطاع الخاص” وأضاف أن الدعم سيستمر."
    q = one(run(text), "الحكومة ستدعم القطاع الخاص")
    assert q.kind == "direct"
    # after إن with no twin later in the paragraph the mark still closes (nothing to open)
    text = "وأضاف: “الحكومة قالت إن” وتابع أن الدعم سيستمر."
    assert not any(q.text.startswith("وتابع") for q in run(text))


def test_a_feminine_verb_continues_the_body_that_opens_its_sentence():
    # وعلمت إدارة الفندق بقدومه ...، وقالت إن: the untagged body, subject of the sentence's first verb, speaks
    text = ("وفي عام 1977 نزل الرئيس المصري أنور السادات في الفندق. وعلمت إدارة الفندق بقدومه قبل 12 ساعة "
            "فقط من وصوله، وقالت إن جميع نزلاء الفندق طلبوا مقابلته.")
    q = one(run(text, [("أنور السادات", "PERSON", None)]), "جميع نزلاء الفندق طلبوا مقابلته")
    assert q.speaker is not None and q.speaker.text == "إدارة الفندق"
    # a woman named after the body is whom the verb may continue: the body is not taken
    text = "واستقبلت إدارة الفندق الممثلة سارة المهيري، وقالت إن الإقامة كانت ممتعة."
    q = one(run(text, [("سارة المهيري", "PERSON", None)]), "الإقامة كانت ممتعة")
    assert q.speaker is None or q.speaker.text != "إدارة الفندق"
    # a person as the subject (المصممة) is no body: this rule leaves her out (no speaker so far)
    text = "وشرحت المصممة فكرتها للحضور، وقالت إن الحرير يلهمها."
    q = one(run(text), "الحرير يلهمها")
    assert q.speaker is None or not q.speaker.text.startswith("المصممة")
    text = "وأخلت الشركة مسؤوليتها عن الانقطاع، وقالت إن الخلل فني."
    q = one(run(text), "الخلل فني")
    assert q.speaker is not None and q.speaker.text == "الشركة"


def test_a_list_of_titles_after_a_colon_is_no_statement():
    # وتوضح بعض أسماء كتبه هذه الخلطة: «...» و«...» و«...»: book titles, not what the names said
    text = ("وتوضح بعض أسماء كتبه هذه الخلطة: «منفيون يدفعهم الشغف» و«مذكرات مهاجر» و«جذور ألف هوية» "
            "و«حب بعد المظاهرات».")
    assert not any(q.kind != "indirect" for q in run(text))
    # one marked text after the colon, or two only, is the statement as before
    text = "وقال الوزير: «سنواصل دعم القطاع الخاص»."
    q = one(run(text), "سنواصل دعم القطاع الخاص")
    assert q.kind == "direct"
    text = "وقال الوزير: «سنواصل دعم القطاع» و«لن نتراجع»."
    q = one(run(text), "سنواصل دعم القطاع")
    assert q.kind == "direct"


def test_a_group_noun_with_a_two_word_genitive_before_a_plural_verb_speaks():
    # إلا أن أعضاء لجنة التحكيم أكدوا أن: the group (أعضاء + لجنة التحكيم) is the plural verb's subject
    text = ("وفازت راشيل باللقب، إلا أن أعضاء لجنة التحكيم أكدوا أن شغفها بمهنتها ساعد في ترجيح كفتها.")
    q = one(run(text, [("راشيل", "PERSON", None)]), "شغفها بمهنتها ساعد في ترجيح كفتها")
    assert q.speaker is not None and q.speaker.text == "أعضاء لجنة التحكيم"
    text = ("وتثير مغامرة الطلاب تساؤلات مشروعة، لكن كثيرًا من خبراء علوم النفس يقولون إن الضغوط الشديدة "
            "تجعل الطالب عرضة للخطأ.")
    q = one(run(text), "الضغوط الشديدة تجعل الطالب عرضة للخطأ")
    assert q.speaker is not None and q.speaker.text == "خبراء علوم النفس"
    # a person's name in the genitive: the mention rules decide, the group phrase is not taken
    text = "وقال محمد العلي إن الفريق جاهز. لكن أعضاء لجنة محمد العلي أكدوا أن التحضير ناقص."
    q = one(run(text, [("محمد العلي", "PERSON", None)]), "التحضير ناقص")
    assert q.speaker is None or q.speaker.text != "أعضاء لجنة محمد العلي"


def test_a_statement_inside_its_own_speakers_phrase_is_no_quote():
    # بحسب ما أعلن مصدر مقرب من وزارة المالية اليونانية: «المالية اليونانية» is the rest of the subject
    text = ("كما دفعت اليونان مبلغ 4.2 مليار يورو إلى البنك المركزي الأوروبي استحق أول أمس بحسب ما أعلن "
            "مصدر مقرب من وزارة المالية اليونانية. وبموجب مرسوم نشرته الحكومة فتحت المصارف أبوابها.")
    for ents in ([], [("وزارة المالية اليونانية", "ORG", None)]):
        qs = run(text, ents)
        assert not any(q.text == "المالية اليونانية" for q in qs)
        # the statement the source reported stays, with the whole description as its speaker
        q = one(qs, "دفعت اليونان مبلغ 4.2 مليار يورو إلى البنك المركزي الأوروبي استحق أول أمس")
        assert q.speaker is not None and q.speaker.text == "مصدر مقرب من وزارة المالية اليونانية"


def test_a_genitive_lam_after_a_sources_body_continues_it():
    # وقالت مصادر في القوات المعادية للحوثيين إنه: whose forces they are belongs to the description
    text = "وقالت مصادر في القوات المعادية للحوثيين إنه لاقى حتفه في عدن بينما كان يقدم المشورة."
    q = one(run(text), "لاقى حتفه في عدن بينما كان يقدم المشورة")
    assert q.speaker is not None and q.speaker.text == "مصادر في القوات المعادية للحوثيين"
    text = ("تجري الاستعدادات في ميناء عدن لاستقبال ثلاث سفن إغاثة، بحسب مصادر في السلطة المحلية "
            "لمحافظة عدن. وكان الميناء قد استقبل سفينة.")
    q = one(run(text, [("عدن", "LOC", None)]), "تجري الاستعدادات في ميناء عدن لاستقبال ثلاث سفن إغاثة")
    assert q.speaker is not None and q.speaker.text == "مصادر في السلطة المحلية لمحافظة عدن"
    # whom the source told is no part of it: journalists, a channel, an agency
    for told, ents in (("للصحفيين", []), ("للعربية", []), ("لرويترز", [("رويترز", "MEDIA", None)])):
        text = f"وقال مصدر في الوزارة {told} إن القرار نهائي."
        q = one(run(text, ents), "القرار نهائي")
        assert q.speaker is not None and q.speaker.text == "مصدر في الوزارة"


def test_a_name_in_marks_opening_with_in_is_no_particle():
    # قناة "إن تي في"، "وان بلاس": the name's first word reads as إن/وأن, which cut the name in two
    text = 'وأكدت قناة "إن تي في" التلفزيونية سقوط حوالي 10 قتلى وإصابة 20 آخرين، في حصيلة أولية.'
    q = one(run(text, [("إن تي في", "MEDIA", None)]), "سقوط حوالي 10 قتلى وإصابة 20 آخرين")
    assert q.speaker is not None and q.speaker.text == "إن تي في"
    text = ('أعلنت شركة "وان بلاس" الصينية الرائدة، عبر مدونتها الرسمية، أنها ستكشف النقاب عن هاتفها '
            'الرائد في 27 من شهر يوليو المقبل.')
    qs = run(text, [("وان بلاس", "BRAND", None)])
    assert not any(q.text.startswith("بلاس") for q in qs)
    assert one(qs, "ستكشف النقاب عن هاتفها الرائد في 27 من شهر يوليو المقبل").speaker.text == "وان بلاس"
    # the other reading: a tagger slip that opens with the particle, not wrapped in marks, stays the particle
    text = "وقال الوزير إن الحكومة ستدعم القطاع الخاص بقوة."
    one(run(text, [("إن الحكومة", "ORG", None)]), "الحكومة ستدعم القطاع الخاص بقوة")


def test_a_counted_group_is_the_whole_subject():
    # أعلن عشرات من الجنود الموالين للرئيس المخلوع استسلامهم: the group (quantifier + من + its phrase and
    # genitive) speaks; the report starts at the masdar object, not inside the group at الموالين
    text = "وأكد عدد من الأطباء العاملين للوزارة رفضهم القرار الجديد."
    qs = run(text)
    assert [q.text for q in qs] == ["رفضهم القرار الجديد"]
    assert qs[0].speaker is not None and qs[0].speaker.text == "عدد من الأطباء العاملين"
    # a group whose genitive goes on past و (وجماعة الحوثي) has no object found: no quote, rather than one
    # opening inside the group
    text = ("وأعلن عشرات من الأفراد الموالين للرئيس المخلوع وجماعة الحوثي استسلامهم جراء توغل "
            "مدرعات المقاومة في المنطقة.")
    assert not any(q.text.startswith(("الموالين", "وجماعة")) for q in run(text))
    # the other reading: an أن clause after the group, and a group with no genitive, keep their reports
    q = one(run("وأكد عدد من المسؤولين الحكوميين أن العمل مستمر في المشروع."), "العمل مستمر في المشروع")
    assert q.speaker is not None and q.speaker.text == "عدد من المسؤولين الحكوميين"
    one(run("وأكد عدد من المسؤولين في الوزارة اليوم استمرار العمل بالمشروع."), "استمرار العمل بالمشروع")


def test_an_about_pronoun_after_the_verb_is_no_subject():
    # قالت عنه الصحافة إنه: عنه says whom the words are about; the subject after it speaks
    q = one(run("وهو المدرب الذي تقول عنه الصحافة المحلية إنه أنقذ الفريق من الهبوط."),
            "أنقذ الفريق من الهبوط")
    assert q.speaker is not None and q.speaker.text == "الصحافة المحلية"
    # the other reading: nothing after عنه but the clause - the verb's subject is a pronoun, عنه stays as before
    q = one(run("وقال عنه إنه أنقذ الفريق من الهبوط."), "أنقذ الفريق من الهبوط")
    assert q.speaker is None or "أنقذ" not in q.speaker.text


def test_qad_glued_to_a_past_verb_keeps_the_subject_after_it():
    # وقد/فقد + a past verb only stress it: the subject after the verb speaks (was None or an earlier name)
    text = ("وأغلقت البلدية الحديقة العامة أمس. وقد أوضحت المهندسة المسؤولة أن الأعمال ستنتهي خلال أسبوعين.")
    q = one(run(text), "الأعمال ستنتهي خلال أسبوعين")
    assert q.speaker is not None and q.speaker.text == "المهندسة المسؤولة"
    text = ("وصل الوفد إلى المدينة صباح اليوم، فقد قال مسؤولون في المطار إن الرحلة تأخرت ساعتين.")
    q = one(run(text), "الرحلة تأخرت ساعتين")
    assert q.speaker is not None and q.speaker.text.startswith("مسؤولون")
    # the other readings: a pronoun verb after وقد looks back to the speaker before it, and قد before a
    # present verb says 'may' (no subject taken after it as before)
    text = ("وقال المتحدث باسم الشرطة فهد العتيبي إن الحادث وقع ليلا. وقد أكد أن التحقيق ما زال جاريا.")
    q = one(run(text, [("فهد العتيبي", "PERSON", None)]), "التحقيق ما زال جاريا")
    assert q.speaker is not None and q.speaker.text == "فهد العتيبي"
    text = "وقد أعلن رسميا أن المهرجان سيقام في موعده."
    q = one(run(text), "المهرجان سيقام في موعده")
    assert q.speaker is None or "رسميا" not in q.speaker.text


def test_more_than_opens_a_group_speaker():
    # وأكد أكثر من مصدر / أشار أكثر من نصف المشاركين: the speaker is the whole group, not «أكثر» alone
    q = one(run("وأكد أكثر من مصدر في الوزارة أن القرار سيصدر قريبا."), "القرار سيصدر قريبا")
    assert q.speaker is not None and q.speaker.text.startswith("أكثر من مصدر")
    q = one(run("وأوضح أكثر من نصف المشاركين في الاستطلاع أنهم يفضلون العمل عن بعد."), "يفضلون العمل عن بعد")
    assert q.speaker is not None and q.speaker.text.startswith("أكثر من نصف المشاركين")
    # the other reading: a person named after كل من speaks alone, as before
    q = one(run("وقال كل من فهد العلي وسالم الحربي إن المباراة كانت صعبة.",
                [("فهد العلي", "PERSON", None), ("سالم الحربي", "PERSON", None)]), "المباراة كانت صعبة")
    assert q.speaker is not None and q.speaker.text == "فهد العلي"


def test_time_clause_with_a_glued_conjunction_keeps_the_subject_after_the_verb():
    # وبعد أن / فبعد أن + a verb: a time clause whose subject follows the verb, as after a bare بعد أن
    text = ("وبعد أن أعلن الرئيس التنفيذي سامي الخالدي استقالته من منصبه، عين المجلس نائبه مكانه.")
    qs = run(text, [("سامي الخالدي", "PERSON", None)])
    q = next(q for q in qs if q.cue is not None and q.cue.text == "أعلن")
    assert q.speaker is not None and q.speaker.text == "سامي الخالدي"
    # the other reading: أن after a verb of wanting makes the cue an infinitive whose subject stands before
    text = "وقال المدرب خالد العمر إنه يريد أن يؤكد للجميع أن الفريق جاهز."
    qs = run(text, [("خالد العمر", "PERSON", None)])
    assert all(q.speaker is None or q.speaker.text != "للجميع" for q in qs)


def test_subject_between_lakin_or_fa_inna_and_the_verb():
    # لكن / فإن / إلا أن + a noun phrase + the verb: the phrase is the verb's subject and speaks
    text = ("وأعلنت الحكومة عودة الأهالي إلى المدينة. لكن قيادات أمنية تقول إن العودة ما زالت مبكرة.")
    q = one(run(text), "العودة ما زالت مبكرة")
    assert q.speaker is not None and q.speaker.text == "قيادات أمنية"
    text = ("ونفت الوزارة وجود أي تأخير، إلا أن سياسيين أكدوا أن المشروع متوقف منذ أشهر.")
    q = one(run(text), "المشروع متوقف منذ أشهر")
    assert q.speaker is not None and q.speaker.text == "سياسيين"
    text = "وتحدثت الصحيفة عن خلافات داخلية، ولكن مسؤولا قال إن الاجتماع سار بشكل طبيعي."
    q = one(run(text), "الاجتماع سار بشكل طبيعي")
    assert q.speaker is not None and q.speaker.text == "مسؤولا"
    # the other readings: a thing there is no source (لكن القانون يقول), and a pronoun glued to the particle
    # (إلا أنه أكد) leaves the speaker named before
    text = ("وقال المحامي سالم الدوسري إن الأسرة تخشى الفضيحة. لكن القانون يقول إن المتستر شريك في الجريمة.")
    q = one(run(text, [("سالم الدوسري", "PERSON", None)]), "المتستر شريك في الجريمة")
    assert q.speaker is not None and q.speaker.text == "سالم الدوسري"
    text = ("وأوضح المدرب خالد العمر أن الفريق جاهز. إلا أنه أكد أن الإصابات تقلقه.")
    q = one(run(text, [("خالد العمر", "PERSON", None)]), "الإصابات تقلقه")
    assert q.speaker is not None and q.speaker.text == "خالد العمر"


def test_words_opening_a_line_before_the_verb_are_its_subject():
    # a headline or paragraph opened by the subject (الصحة تعلن عن ...، مصادر عسكرية توضح أن): it speaks
    text = "الصحة تعلن عن توفر 40 وظيفة شاغرة في المستشفيات\n\nأعلنت وزارة الصحة توفر وظائف جديدة."
    q = next(q for q in run(text) if q.cue is not None and q.cue.text == "تعلن")
    assert q.speaker is not None and q.speaker.text == "الصحة"
    text = "وتحدث المسؤولون عن خطة جديدة.\nمصادر عسكرية توضح أن القوات ستنسحب خلال أيام."
    q = one(run(text), "القوات ستنسحب خلال أيام")
    assert q.speaker is not None and q.speaker.text == "مصادر عسكرية"
    # the other reading: a thing opening the line (أزمة الديون تكشف عن ...) is no source, even with a name in it
    text = "أزمة الديون تكشف عن انقسام أوروبي واسع\n\nتتواصل المفاوضات في بروكسل."
    qs = run(text, [("الديون", "ORG", None)])
    assert all(q.speaker is None or q.speaker.text != "أزمة الديون" for q in qs)


def test_a_plural_participle_goes_with_the_group_not_a_body_named_after_it():
    # أثنى عدد من ... على ... داعش ...، مؤكدين: the group opening the sentence speaks, not the body in its object
    text = ("أثنى عدد من قادة الأجهزة الأمنية على الإنجاز الذي تحقق بضبط خلايا مرتبطة بتنظيم داعش، "
            "مؤكدين أن اليقظة الأمنية مستمرة.")
    q = one(run(text, [("داعش", "ORG", "isis")]), "اليقظة الأمنية مستمرة")
    assert q.speaker is not None and q.speaker.text == "عدد من قادة الأجهزة الأمنية"
    text = "وكان مواطنون قد طالبوا وزارة التعليم بتأجيل الدراسة، مؤكدين أن الطقس حار جدا."
    q = one(run(text, [("وزارة التعليم", "ORG", None)]), "الطقس حار جدا")
    assert q.speaker is not None and q.speaker.text == "مواطنون"
    # the other reading: two bodies joined by و speak together for the plural participle, as before
    text = ("وأعلنت وزارة الصحة ووزارة التعليم إطلاق حملة مشتركة، مؤكدين أن الحملة تستمر شهرا.")
    q = one(run(text, [("وزارة الصحة", "ORG", None), ("وزارة التعليم", "ORG", None)]), "الحملة تستمر شهرا")
    assert q.speaker is not None and q.speaker.text.startswith("وزارة")


def test_laqad_before_a_past_verb_keeps_the_subject_after_it():
    # لقد / ولقد (or قد opening its clause) + a past verb: the subject after the verb speaks, as after وقد
    text = "وتواصلت المفاوضات أسابيع. لقد قال الناخبون كلمتهم بوضوح: إنهم يرفضون الخطة الجديدة."
    q = next(q for q in run(text) if q.cue is not None and q.cue.text == "قال")
    assert q.speaker is not None and q.speaker.text == "الناخبون"
    # the other reading: قد after its subject (وكان الوزير قد أعلن) keeps the subject before it
    text = "وكان الوزير فهد السالم قد أعلن أن المشروع سيكتمل العام المقبل."
    q = one(run(text, [("فهد السالم", "PERSON", None)]), "المشروع سيكتمل العام المقبل")
    assert q.speaker is not None and q.speaker.text == "فهد السالم"


def test_a_masculine_pronoun_verb_does_not_continue_a_woman():
    # وقال إن after المتحدثة spoke: he is someone else, not the spokeswoman (no speaker rather than the wrong one)
    text = "وقالت المتحدثة إن النتائج مشجعة جدا. وقال إن التمويل سيستمر عامين."
    q = one(run(text), "التمويل سيستمر عامين")
    assert q.speaker is None or q.speaker.text != "المتحدثة"
    # the other readings: a feminine verb goes on with her, a masculine one with a man
    text = "وقالت المتحدثة إن النتائج مشجعة جدا. وأضافت أن التمويل سيستمر عامين."
    q = one(run(text), "التمويل سيستمر عامين")
    assert q.speaker is not None and q.speaker.text == "المتحدثة"
    text = "وقال المتحدث إن النتائج مشجعة جدا. وأضاف أن التمويل سيستمر عامين."
    q = one(run(text), "التمويل سيستمر عامين")
    assert q.speaker is not None and q.speaker.text == "المتحدث"


def test_a_medium_told_after_the_verb_is_whole_and_not_the_speaker():
    # وأوضح في تصريح لوكالة الأنباء السعودية أن / وصرح لوكالة الأنباء الألمانية بأن: the agency is whom he told;
    # the speaker is the one named before, not the agency's name after وكالة
    ents = [("سالم القحطاني", "PERSON", None), ("وكالة الأنباء السعودية", "MEDIA", "spa")]
    text = ("وقال الشيخ سالم القحطاني إن الوضع مستقر. وأوضح في تصريح لوكالة الأنباء السعودية، أن "
            "المساعدات ستصل خلال أيام.")
    q = one(run(text, ents), "المساعدات ستصل خلال أيام")
    assert q.speaker is not None and q.speaker.text == "سالم القحطاني"
    # the other reading: في بيان لوزارة ... is the ministry's own statement: the ministry still speaks
    ents = [("وزارة الخارجية الباكستانية", "ORG", None)]
    text = "وجاء في بيان لوزارة الخارجية الباكستانية أن القوات فتحت النار على القرى الحدودية."
    q = one(run(text, ents), "القوات فتحت النار على القرى الحدودية")
    assert q.speaker is not None and "الخارجية الباكستانية" in q.speaker.text


def test_a_country_opening_the_sentence_speaks_for_a_feminine_verb_after_it():
    # واتهمت باكستان الهند ...، وذكرت أن: the country that is the opening verb's subject speaks for the
    # feminine verb continuing it (a place speaks for its own sentence only)
    text = "واتهمت باكستان الهند بانتهاك الهدنة في الإقليم، وذكرت أن ثلاثة مدنيين أصيبوا في القصف."
    q = one(run(text, [("باكستان", "LOC", None), ("الهند", "LOC", None)]), "ثلاثة مدنيين أصيبوا في القصف")
    assert q.speaker is not None and q.speaker.text == "باكستان"
    # the other reading: a place the tagger cut out of a person's name (كولومبيا بوش) is not taken
    text = ("وتحدث جيب بوش عن عائلته. وأثارت كولومبيا بوش جدلا واسعا في المطار، وقالت إن قيمة الملابس قليلة.")
    qs = run(text, [("جيب بوش", "PERSON", None), ("كولومبيا", "LOC", None)])
    q = one(qs, "قيمة الملابس قليلة")
    assert q.speaker is None or q.speaker.text != "كولومبيا"


def test_a_participle_form_after_lakin_is_a_noun_subject():
    # لكن منتقدين يقولون إن: منتقدين (critics) reads as the participle of انتقد, but after لكن it is the subject
    text = "واستعادت القوات بعض الأراضي العام الماضي، لكن منتقدين يقولون إن القصف دمر أحياء كاملة."
    q = one(run(text), "القصف دمر أحياء كاملة")
    assert q.speaker is not None and q.speaker.text == "منتقدين"
    # the other reading: elsewhere the form stays a cue (منتقدين «...»: a partial quote of the group)
    text = "وأعرب النواب عن غضبهم من القرار، منتقدين «التأخير الكبير» في تنفيذ المشروع."
    q = one(run(text), "التأخير الكبير")
    assert q.cue is not None and q.cue.text == "منتقدين"


def test_a_pronoun_verb_opening_its_sentence_after_a_leading_phrase_subject():
    # إلى ذلك، نادى الدكتور X ... . وأضاف: «...»: the sentence before opens with a leading phrase and a comma;
    # the subject after its verb is whom the pronoun verb continues
    text = ("إلى ذلك، نادى الدكتور سامي العتيبي باستخدام وسائل الإعلام بأسلوب علمي. "
            "وأضاف: «لا بد من خطة متكاملة تشمل جميع الجهات».")
    q = one(run(text, [("سامي العتيبي", "PERSON", None)]), "لا بد من خطة متكاملة تشمل جميع الجهات")
    assert q.speaker is not None and q.speaker.text == "سامي العتيبي"
    # the other reading: a feminine verb does not continue the man named there (وأضافت: someone else)
    text = ("إلى ذلك، نادى الدكتور سامي العتيبي باستخدام وسائل الإعلام بأسلوب علمي. "
            "وأضافت: «لا بد من خطة متكاملة تشمل جميع الجهات».")
    q = one(run(text, [("سامي العتيبي", "PERSON", None)]), "لا بد من خطة متكاملة تشمل جميع الجهات")
    assert q.speaker is None or q.speaker.text != "سامي العتيبي"


def test_min_jihatihi_without_a_comma_opens_the_sentence():
    # من جهته ثمن X ... . وأشار / مؤكدا: من جهته with no comma is still the leading phrase, X the subject
    text = ("من جهته ثمن خالد العمري زيارة الوفد إلى المعرض. وأشار إلى أن المعرض يستمر أسبوعا.")
    q = one(run(text, [("خالد العمري", "PERSON", None)]), "المعرض يستمر أسبوعا")
    assert q.speaker is not None and q.speaker.text == "خالد العمري"
    # the other reading: من + a noun that is no pronoun phrase (من المعرض) is a preposition with no comma
    # after it: the sentence has no opening verb read, no speaker is carried over (as before)
    text = ("من المعرض خرج خالد العمري مسرورا. وأشار إلى أن المعرض يستمر أسبوعا.")
    q = one(run(text, [("خالد العمري", "PERSON", None)]), "المعرض يستمر أسبوعا")
    assert q.speaker is None


def test_a_thing_that_shows_is_no_report():
    # نظرة سريعة ... تكشف أن، لقطات ... تكشف عن، الأمر الذي يكشف عن: a thing before كشف with no subject after
    # it shows something; nobody reports
    qs = run("نظرة سريعة إلى واجهات المحلات تكشف أن أغلبها مغلق منذ أشهر.")
    assert not any("أغلبها" in q.text for q in qs)
    qs = run("صور جديدة للمريخ تكشف عن وديان عميقة قرب القطب.")
    assert not any("وديان" in q.text for q in qs)
    qs = run("وتأخر الافتتاح ثلاث مرات، الأمر الذي يكشف عن ضعف التخطيط في المشروع.")
    assert not any("ضعف التخطيط" in q.text for q in qs)
    # the other readings: a subject after the verb, a document, a person before it or a pronoun verb report
    q = one(run("وكشفت مصادر مطلعة أن الاجتماع سيعقد الأسبوع المقبل."), "الاجتماع سيعقد الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text == "مصادر مطلعة"
    q = one(run("الدراسة الجديدة كشفت أن نصف المشاركين لا يمارسون الرياضة."), "نصف المشاركين لا يمارسون الرياضة")
    assert q.kind == "indirect"
    q = one(run("وقال الوزير سعد الحربي إن العمل مستمر. وكشف أن المرحلة الثانية تبدأ قريبا.",
                [("سعد الحربي", "PERSON", None)]), "المرحلة الثانية تبدأ قريبا")
    assert q.speaker is not None and q.speaker.text == "سعد الحربي"
    q = one(run("المهندس سعد الحربي كشف أن المرحلة الثانية تبدأ قريبا.",
                [("سعد الحربي", "PERSON", None)]), "المرحلة الثانية تبدأ قريبا")
    assert q.kind == "indirect"
    # a false report gone, a pronoun verb looks further back: a masculine one does not continue a woman named
    # by what she does (ال + فاعلة: الباحثة، الكاتبة); a feminine one does
    text = "وأكدت الباحثة أن المشروع ناجح. وقد قال إن الفريق سيواصل العمل."
    q = one(run(text), "الفريق سيواصل العمل")
    assert q.speaker is None or q.speaker.text != "الباحثة"
    text = "وأكدت الباحثة أن المشروع ناجح. وقد قالت إن الفريق سيواصل العمل."
    q = one(run(text), "الفريق سيواصل العمل")
    assert q.speaker is not None and q.speaker.text == "الباحثة"


def test_an_apposition_with_wahuwa_after_lakin_is_skipped_to_the_subject():
    # لكن X، وهو ...، كشف: the apposition describes X, the subject; a name inside it is not the speaker
    text = ("وانتقل اللاعب ماجد العنزي إلى النادي الجديد. لكن خالد السبيعي، وهو وكيل أعمال ماجد العنزي منذ "
            "سنوات، كشف أن العقد سيجدد قريبا.")
    q = one(run(text, [("ماجد العنزي", "PERSON", None), ("خالد السبيعي", "PERSON", None)]), "العقد سيجدد قريبا")
    assert q.speaker is not None and q.speaker.text == "خالد السبيعي"
    # the other reading: a thing before the apposition is no subject (as without it): no source named there
    text = ("وقال ماجد العنزي إن الفريق جاهز. لكن القانون، وهو المرجع في هذه القضايا منذ سنوات، يقول إن "
            "العقد سيجدد قريبا.")
    q = one(run(text, [("ماجد العنزي", "PERSON", None)]), "العقد سيجدد قريبا")
    assert q.speaker is None or q.speaker.text != "القانون"


def test_a_nominal_object_starts_after_the_subjects_body_and_the_medium_told():
    # أكد مسؤول في وزارة الصحة توفير ...: the object search skipped في + one word and began inside the
    # ministry's name; أكد X لـ«الرياض» توفير ...: the medium told is skipped, the object follows it
    text = "أكد مسؤول في وزارة الصحة توفير اللقاحات لجميع المراكز خلال الأسبوع المقبل."
    qs = run(text, [("وزارة الصحة", "ORG", None)])
    q = one(qs, "توفير اللقاحات لجميع المراكز خلال الأسبوع المقبل")
    assert q.kind == "indirect" and not any(x.text.startswith("الصحة") for x in qs)
    text = "وأكد مصدر مطلع في الوزارة لـ«الرياض» توفير اللقاحات لجميع المراكز خلال الأسبوع المقبل."
    q = one(run(text, [("الرياض", "MEDIA", None)]), "توفير اللقاحات لجميع المراكز خلال الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text.startswith("مصدر مطلع")
    # the other readings: a place told after ل is no medium (no object read past it, as before), and a
    # preposition before a plain noun still skips that one word only
    text = "وأكد مصدر مطلع في الوزارة لـ«الرياض» توفير اللقاحات لجميع المراكز خلال الأسبوع المقبل."
    qs = run(text, [("الرياض", "LOC", None)])
    assert not any(x.text.startswith("توفير") for x in qs)
    q = one(run("أكد مسؤول في الوزارة توفير اللقاحات لجميع المراكز."), "توفير اللقاحات لجميع المراكز")
    assert q.kind == "indirect"


def test_an_honorific_formula_after_the_verb_is_no_subject():
    # قال صلى الله عليه وسلم، قال أبو هريرة رضي الله عنه: the formula is a prayer, not the speaker's name
    q = one(run("وفي الحديث الشريف، قال صلى الله عليه وسلم: «إنما الأعمال بالنيات»."), "إنما الأعمال بالنيات")
    assert q.speaker is None or "صلى" not in q.speaker.text
    q = one(run("وقال أبو هريرة رضي الله عنه: «كنا نصلي مع النبي»."), "كنا نصلي مع النبي")
    assert q.speaker is not None and q.speaker.text == "أبو هريرة"
    # the other reading: the name before the formula still speaks
    q = one(run("وقال رسول الله صلى الله عليه وسلم: «إنما الأعمال بالنيات»."), "إنما الأعمال بالنيات")
    assert q.speaker is not None and q.speaker.text == "رسول الله"


def test_a_name_in_b_after_the_verb_is_its_subject():
    # وقد اعترف بنسون أنه ...: a word in ب after the verb that is a name word of a person in the article
    # (or a given name of the name lists) is the subject, not ب + a noun
    text = "وشارك الكاتب غاي بنسون في الندوة. وقد اعترف بنسون أنه تأخر عن موعد الافتتاح."
    q = one(run(text, [("غاي بنسون", "PERSON", None)]), "تأخر عن موعد الافتتاح")
    assert q.speaker is not None and q.speaker.text == "بنسون"
    # the other reading: ب + a noun (a manner) is no subject, as before
    text = "وشارك الكاتب غاي بنسون في الندوة. وقال بهدوء إن الجلسة تأخرت عن موعدها."
    q = one(run(text, [("غاي بنسون", "PERSON", None)]), "الجلسة تأخرت عن موعدها")
    assert q.speaker is None or not q.speaker.text.startswith("بهدوء")


def test_a_thing_that_indicates_is_no_report():
    # التوقعات تشير إلى أن، تطور الأمور يؤكد أن: أكد/أشار after a short thing phrase opening the clause
    qs = run("ويتوقع التجار موسما جيدا. التوقعات تشير إلى أن الطلب سيرتفع بعد العيد.")
    assert not any("الطلب سيرتفع" in q.text for q in qs)
    qs = run("لكن تطور الأمور يؤكد أن هناك مشكلة حقيقية في التخطيط.")
    assert not any("مشكلة حقيقية" in q.text for q in qs)
    # the other readings: a body, a pronoun verb after a prepositional phrase, كان + a subject, a plural
    # verb and a document keep their reports
    q = one(run("شركة النخبة العقارية أكدت أنها لم تبع أي وحدة منذ عامين."), "لم تبع أي وحدة منذ عامين")
    assert q.kind == "indirect"
    q = one(run("وقال المدرب سامي العلي إن الفريق جاهز. وفي التفاصيل أكد أنه سيعتمد على الشباب.",
                [("سامي العلي", "PERSON", None)]), "سيعتمد على الشباب")
    assert q.speaker is not None and q.speaker.text == "سامي العلي"
    q = one(run("وكان الإعلام المحلي قد أشار إلى أن المشروع سيتأخر."), "المشروع سيتأخر")
    assert q.kind == "indirect"
    q = one(run("وعلماء النفس يؤكدون أن النوم المبكر مفيد للأطفال."), "النوم المبكر مفيد للأطفال")
    assert q.kind == "indirect"
    q = one(run("الإحصائيات الرسمية تشير إلى أن البطالة تراجعت."), "البطالة تراجعت")
    assert q.kind == "indirect"


def test_the_company_is_the_one_named_after_its_descriptor():
    """الشركة stands for the last body named right after شركة (شركة «تسلا»: the mention leaves the
    descriptor out), over a later brand; a two-word description (موقع الصور) does not look for it."""
    text = ("أعلنت شركة «نوفا» للسيارات الكهربائية أنها باعت عددا قياسيا من طراز «إكس». "
            "وقالت الشركة إنها سلمت 12 ألف سيارة في الربع الثاني.")
    ents = [("نوفا", "BRAND", "nova"), ("إكس", "BRAND", "x-model")]
    q = one(run(text, ents), "سلمت 12 ألف سيارة في الربع الثاني")
    assert (q.speaker.text, q.speaker.entity_id) == ("الشركة", "nova")


def test_a_body_after_its_descriptor_glued_to_b_stays_in_the_subject():
    text = "أعلنت إدارة الكرة بنادي الفيصلي التعاقدات الجديدة للموسم المقبل."
    q = run(text, [("الفيصلي", "ORG", "al-faisaly")])[0]
    assert (q.text, q.speaker.text) == ("التعاقدات الجديدة للموسم المقبل", "إدارة الكرة")


def test_a_headline_that_quotes_its_speaker_after_a_colon():
    import arnews

    def headline_quotes(headline):
        doc = arnews.extract(headline + "\n\nوقال الرئيس إن الاقتصاد ينمو بوتيرة قوية.")
        return [(q.kind, q.text, q.speaker.text, q.cue) for q in doc.quotes if q.end <= len(headline)]
    assert headline_quotes('بايدن: "لن نسمح لإيران بامتلاك سلاح نووي"') == \
        [("direct", "لن نسمح لإيران بامتلاك سلاح نووي", "بايدن", None)]
    assert headline_quotes("مسؤول أميركي: «المحادثات وصلت إلى طريق مسدود»") == \
        [("direct", "المحادثات وصلت إلى طريق مسدود", "مسؤول أميركي", None)]
    # a topic before the colon, a term in the marks or words after them: no statement
    assert headline_quotes("الحرب في أوكرانيا: «خطة السلام الجديدة تبدأ اليوم»") == []
    assert headline_quotes("وزير الخارجية: «رؤية 2030»") == []
    assert headline_quotes("ماجد العبيد: «الإذاعة والتلفزيون» قادرة على تقديم أعمالها") == []


def test_a_relaying_verb_gives_the_word_to_the_source_after_an():
    text = "ونقلت وكالة «الأنباء الألمانية» عن مسؤول حكومي، طلب عدم ذكر اسمه، أن المفاوضات ستستأنف الأسبوع المقبل."
    q = one(run(text, [("الأنباء الألمانية", "MEDIA", "dpa")]), "المفاوضات ستستأنف الأسبوع المقبل")
    assert q.speaker.text == "مسؤول حكومي"
    # without عن the medium itself speaks
    q = one(run("ونقلت الوكالة أن المفاوضات ستستأنف الأسبوع المقبل.", []), "المفاوضات ستستأنف الأسبوع المقبل")
    assert q.speaker.text == "الوكالة"


def test_marked_words_in_the_head_of_a_reported_clause_are_a_partial_quote():
    text = "وقال الرئيس التنفيذي للشركة إن الصفقة «خطوة مهمة جداً» لتوسيع أعمالها في المنطقة."
    qs = run(text, [])
    assert one(qs, "خطوة مهمة جداً").kind == "partial"
    assert one(qs, "الصفقة «خطوة مهمة جداً» لتوسيع أعمالها في المنطقة").kind == "indirect"
    # closing the clause it is still partial: the reporter's sentence embeds it
    text = "وقال المتحدث باسم الخارجية إن بلاده «لن تتخلى عن حقوقها»، داعياً إلى الحوار."
    assert one(run(text, []), "لن تتخلى عن حقوقها").kind == "partial"
    # a definite pair in marks there is a term, not the speaker's words
    text = "وقال الباحث المختص إن المرض «الشلل الرعاش» يصيب كبار السن."
    assert [q.kind for q in run(text, [])] == ["indirect"]


def test_a_pronoun_after_ma_and_its_verb_in_a_source_phrase_points_back():
    # حسب ما أفاد به الناطق ...، بحسب ما صرحت به الشركة: به after ما + the verb is the verb's object (it
    # points back to ما); the subject follows it
    text = "وتوقفت الرحلات إلى الجزيرة ثلاثة أيام، بحسب ما صرح به المتحدث الإعلامي للميناء سالم الحربي."
    q = one(run(text, [("سالم الحربي", "PERSON", None)]), "توقفت الرحلات إلى الجزيرة ثلاثة أيام")
    assert q.speaker is not None and q.speaker.text == "سالم الحربي"
    text = "وارتفعت أرباح المصنع في الربع الثاني، وفق ما أعلنت عنه الشركة المالكة."
    q = one(run(text), "ارتفعت أرباح المصنع في الربع الثاني")
    assert q.speaker is not None and q.speaker.text == "الشركة المالكة"
    # the other reading: ب + a noun after the verb is no pronoun, the phrase still ends there
    text = "وتوقفت الرحلات إلى الجزيرة ثلاثة أيام، بحسب ما صرح بحزن أحد الركاب."
    q = one(run(text), "توقفت الرحلات إلى الجزيرة ثلاثة أيام")
    assert q.speaker is None or not q.speaker.text.startswith("بحزن")


def test_a_title_with_its_definite_adjectives_opening_the_sentence_is_the_participles_speaker():
    # نفى السفير البنغلاديشي ...، مؤكداً أن: the untagged title opening the sentence keeps its definite
    # adjectives as the speaker a participle continues (was the title word alone, or none)
    text = "نفى السفير الماليزي لدى المملكة توقف برنامج التأشيرات، مؤكداً أن الإجراءات تسير ببطء."
    q = one(run(text), "الإجراءات تسير ببطء")
    assert q.speaker is not None and q.speaker.text == "السفير الماليزي"
    # the other reading: a person named after the phrase is the subject, not the title
    text = "وأوضح المتحدث الإعلامي لصحة المنطقة، سالم العمري، قائلا إن الحملة بدأت أمس."
    q = one(run(text, [("سالم العمري", "PERSON", None)]), "الحملة بدأت أمس")
    assert q.speaker is not None and q.speaker.text == "سالم العمري"


def test_the_spokesman_named_after_al_natiq_speaks():
    # الناطق الإعلامي / الناطق الرسمي / الناطق باسم are descriptions of a person, as المتحدث الرسمي: the name
    # in apposition after them speaks (was the description, the name left out)
    text = "وقال لـ «عكاظ» الناطق الإعلامي لوزارة النقل خالد الراشد «إن الطريق سيفتح الأسبوع المقبل»."
    q = one(run(text, [("خالد الراشد", "PERSON", None), ("وزارة النقل", "ORG", None)]), "إن الطريق سيفتح الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text == "خالد الراشد"
    text = "ذكرت الناطقة الرسمية للحكومة البرتغالية ماريا سيلفا، في بيان رسمي، أنه سيتم التصويت اليوم."
    q = one(run(text, [("ماريا سيلفا", "PERSON", None)]), "سيتم التصويت اليوم")
    assert q.speaker is not None and q.speaker.text == "ماريا سيلفا"
    text = "وأهاب الناطق الإعلامي بالجميع الابتعاد عن الشواطئ الخطرة، مؤكدا أن الفرق مستعدة على مدار الساعة."
    q = one(run(text), "الفرق مستعدة على مدار الساعة")
    assert q.speaker is not None and q.speaker.text == "الناطق الإعلامي"
    # the other reading: with no name after it, the description stays the speaker
    text = "وقال الناطق الإعلامي إن الطريق سيفتح الأسبوع المقبل."
    q = one(run(text), "الطريق سيفتح الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text.startswith("الناطق")


def test_a_content_masdar_after_the_subjects_adjective_opens_the_object():
    # وأكدت مصادر طبية مقتل 14 ...: after an indefinite adjective (طبية) the masdar cannot be a genitive of the
    # subject; it opens the reported object (the subject had swallowed it up to the next preposition)
    text = "وأكدت مصادر طبية مقتل 12 وإصابة 20 من عناصر الميليشيا في المواجهات."
    q = one(run(text), "مقتل 12 وإصابة 20 من عناصر الميليشيا في المواجهات")
    assert q.speaker is not None and q.speaker.text == "مصادر طبية"
    # the other reading: a masdar after a noun is its genitive, the subject goes on (رئيس لجنة دعم الطلاب)
    text = "وأكد رئيس لجنة دعم الطلاب أن المنح ستصرف الشهر المقبل."
    q = one(run(text), "المنح ستصرف الشهر المقبل")
    assert q.speaker is not None and q.speaker.text.startswith("رئيس لجنة دعم")


def test_a_plural_pronoun_phrase_opening_the_sentence_is_passed_like_min_jihatihi():
    # من جهتهم / من جانبهم open the sentence as من جهته does: the group after the verb is the subject that a
    # plural pronoun verb of the sentence continues (was none)
    text = ("وانتهت الفعاليات مساء أمس. من جهتهم أعرب عدد من زوار المهرجان عن سعادتهم بالعروض، "
            "وأشاروا إلى أنهم سيعودون العام المقبل.")
    q = one(run(text), "سيعودون العام المقبل")
    assert q.speaker is not None and q.speaker.text == "عدد من زوار المهرجان"
    # the other reading: a singular verb after the group is someone else, not the group
    text = ("وانتهت الفعاليات مساء أمس. من جهتهم أعرب عدد من زوار المهرجان عن سعادتهم بالعروض، "
            "وأشار المدير سالم العتيبي إلى أن العروض ستتكرر.")
    q = one(run(text, [("سالم العتيبي", "PERSON", None)]), "العروض ستتكرر")
    assert q.speaker is not None and q.speaker.text == "سالم العتيبي"


def test_a_byline_opening_the_line_is_no_part_of_the_sentence():
    # خالد العمري- سبق- الرياض: ترأس الوزير ...: the byline (dash-joined segments closed by a colon) is no
    # part of the sentence, so its verb opens the sentence and a pronoun verb after it goes on with the subject
    text = ("خالد العمري- سبق- الرياض: ترأس وزير النقل سالم العتيبي اجتماع اللجنة العليا للطرق اليوم.   "
            "وأضاف: الطرق الجديدة ستفتتح قبل العيد.")
    q = one(run(text, [("سالم العتيبي", "PERSON", None), ("سبق", "MEDIA", None)]), "الطرق الجديدة ستفتتح قبل العيد")
    assert q.speaker is not None and q.speaker.text == "سالم العتيبي"
    # and the paper in the byline is no speaker (was سبق for the plural verb)
    text = "سبق- جدة: اشتكى أهالي حي الروضة من انقطاع المياه منذ أيام، وأكدوا أن الشكاوى لم تجد استجابة."
    q = one(run(text, [("سبق", "MEDIA", None)]), "الشكاوى لم تجد استجابة")
    assert q.speaker is None or q.speaker.text != "سبق"
    # the other reading: a dash and a colon with a reporting verb inside are the sentence itself
    text = "قال الوزير - في مؤتمر صحفي أمس: الطرق الجديدة ستفتتح قبل العيد."
    q = one(run(text), "الطرق الجديدة ستفتتح قبل العيد")
    assert q.speaker is not None and q.speaker.text == "الوزير"


def test_a_place_after_a_verb_of_calling_on_is_its_object():
    # ودعت طهران إلى «...»: the place after دعا and before إلى is whom the speaker calls on, not the speaker;
    # the verb goes on with the speaker before it
    text = ("وقالت المندوبة البريطانية لدى الأمم المتحدة سارة وود إن «الاتفاق خطوة مهمة». "
            "ودعت طهران إلى «الوفاء بالتزاماتها كاملة».")
    qs = run(text, [("سارة وود", "PERSON", None), ("طهران", "LOC", None), ("الأمم المتحدة", "ORG", None)])
    first, q = one(qs, "الاتفاق خطوة مهمة"), one(qs, "الوفاء بالتزاماتها كاملة")
    assert q.speaker is not None and q.speaker.text != "طهران" and q.speaker.text == first.speaker.text
    # the other reading: a place after a reporting verb that is no call (قالت طهران) still speaks for it
    text = "وقالت طهران إن «الاتفاق خطوة مهمة»."
    q = one(run(text, [("طهران", "LOC", None)]), "الاتفاق خطوة مهمة")
    assert q.speaker is not None and q.speaker.text == "طهران"


def test_a_name_in_marks_before_a_semicolon_and_the_particle_is_the_speaker():
    # Sabq writes the speaker's name in marks after the title, then ؛ أن: the name speaks (was the title or the
    # body), and a comma before the marked name no longer hides the أن clause
    text = 'وأوضح مدير الخطوط الجوية في تبوك "سالم العنزي"؛ أن الرحلات الإضافية ستبدأ الأسبوع المقبل.'
    q = one(run(text, [("سالم العنزي", "PERSON", None)]), "الرحلات الإضافية ستبدأ الأسبوع المقبل")
    assert q.speaker is not None and q.speaker.text == "سالم العنزي"
    text = 'وأكد مدير مركز الشباب في الحي، "فهد القحطاني"؛ أن الاحتفال نجح نجاحا كبيرا.'
    q = one(run(text, [("فهد القحطاني", "PERSON", None)]), "الاحتفال نجح نجاحا كبيرا")
    assert q.speaker is not None and q.speaker.text == "فهد القحطاني"
    # the other reading: a marked title of a work before أن is no speaker
    text = 'وأوضح مدير المهرجان أن مسرحية "الرحلة" ستعرض غدا.'
    q = one(run(text), 'مسرحية "الرحلة" ستعرض غدا')
    assert q.speaker is not None and q.speaker.text == "مدير المهرجان"


def test_a_place_glued_to_b_after_a_title_is_no_name():
    # وأوضح مدير فرع الجمعية بأبها أن: ب + a place after the title is where the office is, not the holder's
    # name in apposition (was «بأبها» as the speaker)
    text = "وأوضح مدير فرع الجمعية بأبها أن المسابقة استهدفت فئة الشباب."
    q = one(run(text, [("أبها", "LOC", None)]), "المسابقة استهدفت فئة الشباب")
    assert q.speaker is None or "بأبها" != q.speaker.text
    # the other reading: the holder's name after the place still speaks
    text = "وأوضح مدير فرع الجمعية بأبها سعد القرني أن المسابقة استهدفت فئة الشباب."
    q = one(run(text, [("أبها", "LOC", None), ("سعد القرني", "PERSON", None)]), "المسابقة استهدفت فئة الشباب")
    assert q.speaker is not None and q.speaker.text == "سعد القرني"


def test_a_demonstrative_after_b_is_no_reported_object():
    # كما أفاد بذلك فلان: ب + a demonstrative points back to what was said before; it opens no report
    # (was the report «ذلك زولتان ...», the speaker's name inside it)
    text = "وارتفعت أسعار الشقق في الحي القديم، كما أفاد بذلك سامي الخطيب المدير العام لشركة عقارية."
    qs = run(text, [("سامي الخطيب", "PERSON", None)])
    assert not any(q.text.startswith("ذلك") for q in qs)
    # the other reading: ب + a masdar after أفاد is the report
    text = "وأفاد مصدر أمني بوقوع انفجار قرب السوق."
    q = one(run(text), "وقوع انفجار قرب السوق")
    assert q.kind == "indirect"


def test_a_weak_verb_opening_a_line_reports_its_an_clause():
    # يرى / بين / أقر right under a headline (a line start, no و and no full stop before) open their sentence and
    # report their أن clause (were no report: only و/ف or punctuation before them counted)
    text = "كامبل: الاتحاد يحتاج إلى إصلاح\n\n    يرى سول كامبل مدافع المنتخب السابق أن الإصلاح يبدأ من القمة."
    q = one(run(text, [("سول كامبل", "PERSON", None)]), "الإصلاح يبدأ من القمة")
    assert q.speaker is not None and q.speaker.text == "سول كامبل"
    text = "السناب شات في المقدمة\n\n    بين تقرير حديث أن الشباب أكثر المستخدمين للتطبيق."
    q = one(run(text), "الشباب أكثر المستخدمين للتطبيق")
    assert q.kind == "indirect"
    # the other reading: بين inside a sentence, no punctuation before it, stays 'between'
    text = "وتوزعت المقاعد بين الأحزاب أن تنال الأغلبية نصيبا أكبر."
    assert not any(q.text.startswith("تنال") for q in run(text))


def test_a_verb_with_a_pronoun_after_relative_ma_has_its_subject_after_it():
    # ما يصفه وزير المالية ... بأنه «...»، فحسب ما قالته الدكتورة ...: after a relative ما the verb carries the
    # pronoun that points back to ما, so it is a verb (not the noun of ما بين) and its subject follows
    text = "ويبحث الدائنون عن ما يصفه وزير المالية سالم العتيبي بأنه «تسوية عادلة» للأزمة."
    q = one(run(text, [("سالم العتيبي", "PERSON", None)]), "تسوية عادلة")
    assert q.speaker is not None and q.speaker.text == "سالم العتيبي"
    # the other reading: a predicate after the verb is no subject (ما يقوله غير واقعي)
    text = "وأحاول إقناعه بأن ما يقوله غير واقعي، وأن الجهد وحده مفتاح النجاح."
    assert not any(q.speaker is not None and q.speaker.text.startswith("غير") for q in run(text))


def test_a_place_in_apposition_after_the_title_is_no_name():
    # وقال متحدث باسم النقابة بالعاصمة الألمانية برلين إنه: the place a definite phrase names is no name in
    # apposition to the title (was برلين as the speaker)
    text = "وقال متحدث باسم النقابة بالعاصمة الفرنسية باريس إن الإضراب سيستمر أسبوعا."
    q = one(run(text, [("باريس", "LOC", None)]), "الإضراب سيستمر أسبوعا")
    assert q.speaker is not None and q.speaker.text != "باريس"
    # the other reading: a name after the place still speaks
    text = "وقال متحدث باسم النقابة بالعاصمة الفرنسية باريس جان دوبون إن الإضراب سيستمر أسبوعا."
    q = one(run(text, [("باريس", "LOC", None), ("جان دوبون", "PERSON", None)]), "الإضراب سيستمر أسبوعا")
    assert q.speaker is not None and q.speaker.text == "جان دوبون"


def test_circles_of_sources_head_a_speaking_subject():
    # وهو ما وصفته دوائر سياسية ... بأنه «...»: دوائر/أوساط (circles) open a subject that can speak
    text = "وهو ما وصفته أوساط دبلوماسية عربية بأنه «خطوة شجاعة» في الاتجاه الصحيح."
    q = one(run(text), "خطوة شجاعة")
    assert q.speaker is not None and q.speaker.text.startswith("أوساط دبلوماسية")
    # the other reading: a thing after لكن is still no source (لكن القانون يقول)
    q = one(run("لكن القانون يقول إن العقد باطل."), "العقد باطل")
    assert q.speaker is None or q.speaker.text != "القانون"
