"""Gazetteer entries for what Saudi news of 2015 names often (media cited, Saudi bodies, funds, universities,
clubs, companies), checked in the sentences such news writes, and the common-word reading where an alias
is also a word."""
import pytest

from tests.spans import gazetteer_mentions as ents


def ids(text):
    return [i for _, i, _ in ents(text)]


# --- media: agencies, papers and channels cited as sources ----------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وذكرت وكالة يونهاب الكورية الجنوبية للأنباء أن عدد الإصابات ارتفع.", ("يونهاب", "yonhap", "MEDIA")),
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


def test_descriptor_stays_out_of_a_paper_name():
    # صحيفة مكة is the paper مكة; مكة المكرمة stays the city
    assert ("مكة", "makkah-newspaper", "MEDIA") in ents("أعلن المحرر بمكتب صحيفة مكة بالطائف عن مولوده.")
    assert ids("وصل الحجاج إلى مكة المكرمة أمس.") == ["mecca"]
    assert "dha" not in ids("وقال المدرب أحمد دوجان إن الفريق جاهز.")


def test_novaya_gazeta_is_not_the_gazzetta():
    assert ids("وقالت مراسلة «نوفايا غازيتا» إن التفجير وقع فجرا.") == ["novaya-gazeta"]


def test_science_the_journal_and_the_word():
    assert ("ساينس", "science-magazine", "MEDIA") in ents("ونشرت مجلة «ساينس» نتائج الدراسة الأسبوع الماضي.")
    assert "science-magazine" not in ids("وحصل على درجة البكالوريوس ساينس من جامعة لندن.")


# --- Saudi bodies, funds, universities: the whole name, where the tagger cut it or missed it ------------

@pytest.mark.parametrize("text, expected", [
    ("وأكد مصدر بهيئة التحقيق والادعاء العام بجدة أن الهيئة تلقت البلاغ.",
     ("هيئة التحقيق والادعاء العام", "bipp", "ORG")),
    ("ويقوم منسوبو هيئة الأمر بالمعروف والنهي عن المنكر بجولات في الأسواق.",
     ("هيئة الأمر بالمعروف والنهي عن المنكر", "cpvpv", "ORG")),
    ("وأعفي من عضوية هيئة كبار العلماء.", ("هيئة كبار العلماء", "council-of-senior-scholars", "ORG")),
    ("أكد صندوق التنمية العقاري اليوم إطلاق برنامج جديد.", ("صندوق التنمية العقاري", "redf", "ORG")),
    ("بلغ ما قدمه صندوق التنمية الصناعية السعودي من قروض 6 مليارات ريال.",
     ("صندوق التنمية الصناعية السعودي", "sidf", "ORG")),
    ("ويقدم صندوق تنمية الموارد البشرية (هدف) الدعم على مدى 5 سنوات.",
     ("صندوق تنمية الموارد البشرية", "hrdf", "ORG")),
    ("درس اللغات في جامعة الإمام محمد بن سعود الإسلامية.",
     ("جامعة الإمام محمد بن سعود الإسلامية", "imam-university", "ORG")),
    ("وأصدرت مدينة الملك عبدالعزيز للعلوم والتقنية كتابا جديدا.",
     ("مدينة الملك عبدالعزيز للعلوم والتقنية", "kacst", "ORG")),
    ("استقبلت جمعية الثقافة والفنون بجدة الفنانين.", ("جمعية الثقافة والفنون", "sasca", "ORG")),
    ("وغادرت البعثة عبر مطار الملك فهد الدولي بالدمام مرورا بمطار حمد الدولي.",
     ("مطار حمد الدولي", "hamad-airport", "LOC")),
    ("يشهد جسر الملك فهد زحاما شديدا في أيام العيد.", ("جسر الملك فهد", "king-fahd-causeway", "LOC")),
    ("وقدمت اليونان 6.25 مليار يورو للمركزي الأوروبي وصندوق النقد.", ("صندوق النقد", "imf", "ORG")),
])
def test_saudi_bodies_and_institutions(text, expected):
    assert expected in ents(text)


def test_food_and_drug_the_saudi_and_the_us_authority():
    assert ids("وحذرت الهيئة العامة للغذاء والدواء من منتج مغشوش.") == ["sfda"]
    assert ids("حصل الجهاز على موافقة إدارة الغذاء والدواء الأميركية.") == ["fda"]
    # the Chinese food agency is neither
    assert "fda" not in ids("وقالت إدارة الأغذية والعقاقير بالصين إنها صادرت اللحوم.")


# --- clubs: the club after a club cue, the word elsewhere -------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("وأكد أحمد الراشد رئيس نادي الفتح أن فريقه الأول اقترب من الاكتمال.", ("الفتح", "al-fateh", "ORG")),
    ("ويستقبل هجر نظيره الرائد على ملعب مدينة الأمير عبدالله بن جلوي الرياضية.", ("الرائد", "al-raed", "ORG")),
    ("أنهت إدارة نادي التعاون انتقال المهاجم محمد مجرشي.", ("التعاون", "al-taawoun", "ORG")),
    ("ويتطلع الزمالك إلى حسم لقب الدوري المصري أمام الأهلي.", ("الزمالك", "zamalek", "ORG")),
    ("وقال لاكازيت عقب الفوز على ضيفه ميلان الإيطالي 2-1 وديا إنه سعيد.", ("ميلان", "ac-milan", "ORG")),
])
def test_clubs_after_a_club_cue(text, expected):
    assert expected in ents(text)


@pytest.mark.parametrize("text, club", [
    ("وقال الوزير إن الاتفاق النووي مع إيران سيصمد رغم معارضة الكونغرس.", "al-ettifaq"),
    ("وينظم المهرجان بالتعاون مع الأمانة وعدد من الجهات الحكومية.", "al-taawoun"),
    ("ويعمل النادي الأدبي على تعزيز الوحدة والانتماء الوطني.", "al-wehda"),
    ("ويقع المطعم في فندق ماريوت الزمالك المطل على النيل.", "zamalek"),
    ("وصلت البعثة إلى مدينة ميلان الإيطالية أمس.", "ac-milan"),
    ("وقال الرائد محمد الشهري إن الدوريات الأمنية انتشرت في الأحياء.", "al-raed"),
])
def test_the_common_word_is_no_club(text, club):
    assert club not in ids(text)


def test_kabul_after_capital_is_not_apple():
    assert ents("ونفذت الضربة في إقليم لوغار جنوب العاصمة كابل، حيث يشن مقاتلو طالبان هجمات.")[:1] == [
        ("كابل", "kabul", "LOC")]


# --- names whose pattern had an optional part: the bare name matches too ----------------------------

@pytest.mark.parametrize("text, expected", [
    ("وأوضح النعيمي أن «أرامكو» تضع أسعارها الشهرية لنفطها.", ("أرامكو", "aramco", "ORG")),
    ("وقالت أرامكو السعودية إن الإنتاج ارتفع.", ("أرامكو السعودية", "aramco", "ORG")),
    ("وأعلنت مرسيدس عن طراز جديد.", ("مرسيدس", "mercedes-benz", "BRAND")),
    ("وقعت مصر عقدا لشراء 24 مقاتلة رافال من داسو الفرنسية.", ("داسو", "dassault", "ORG")),
])
def test_bare_name_of_an_optional_pattern(text, expected):
    assert expected in ents(text)


@pytest.mark.parametrize("text, expected", [
    ("وأعلن حزب سيريزا الحاكم رفضه للاتفاق.", ("حزب سيريزا", "syriza", "ORG")),
    ("وقال قائد فيلق القدس إن الاتفاق لا يعني شيئا.", ("فيلق القدس", "quds-force", "ORG")),
    ("وتوقعت الرئاسة العامة للأرصاد وحماية البيئة هطول أمطار رعدية.",
     ("الرئاسة العامة للأرصاد وحماية البيئة", "pme", "ORG")),
    ("وتقرر إقامة مباراة السوبر السعودي بين النصر والهلال في لندن.",
     ("السوبر السعودي", "saudi-super-cup", "EVENT")),
    ("وتراجع فيلم الرسوم المتحركة «إنسايد آوت» إلى المركز الثالث.", ("إنسايد آوت", "inside-out", "WORK")),
    ("وتبحث شركة وارنر بروس لصناعة السينما عن مخرج.", ("وارنر بروس", "warner-bros", "BRAND")),
    ("وقالت شبكة ام اس ان بي سي إن المرشح تقدم.", ("ام اس ان بي سي", "msnbc", "MEDIA")),
    ("وتكريم جريدة الرياضي في ختام الأنشطة.", ("الرياضي", "arreyadi", "MEDIA")),
])
def test_bodies_media_works_events(text, expected):
    assert expected in ents(text)


def test_unesco_spelled_with_ya():
    assert "unesco" in ids("وقالت المدير العام لليونيسكو إيرينا بوكوفا إن الأضرحة ستعود.")


def test_hilton_the_hotel_not_paris_hilton():
    assert ("هيلتون", "hilton", "BRAND") in ents("وأقيم الحفل في فندق هيلتون بجدة.")
    assert "hilton" not in ids("وظهرت الممثلة باريس هيلتون في الحفل.")


def test_x_jet_is_no_platform():
    assert "x-platform" not in ids("وقعت إدارة المطار عقدا مع شركة إكس جت الأمريكية.")


def test_sporting_adjective_is_no_newspaper():
    assert "arreyadi" not in ids("وانطلق الموسم الرياضي الجديد في النادي الرياضي.")


def test_a_nationality_adjective_stays_out_of_a_club_name():
    # العين الإماراتي: the annotated name is العين; the adjective is no part of it
    assert ("العين", "al-ain-fc", "ORG") in ents("وفاز الهلال على فريق العين الإماراتي بثلاثة أهداف.")
    assert "al-ain-fc" not in ids("وأصيب اللاعب في العين اليسرى خلال المباراة.")


def test_macdonald_the_name_is_no_burger_chain():
    assert "mcdonalds" not in ids("وحمل القضية إلى رئيس الوزراء البريطاني ماكدونالد.")
    assert "mcdonalds" in ids("وافتتحت ماكدونالدز فرعا جديدا في الرياض.")


def test_saudi_bodies_named_in_short_or_in_full():
    # هيئة الأمر بالمعروف alone is the same body as with والنهي عن المنكر
    assert ("هيئة الأمر بالمعروف", "cpvpv", "ORG") in \
        ents("وأشار القحطاني إلى أن خطوة هيئة الأمر بالمعروف ستسهم في رفع قدرات العاملين.")
    assert ("هيئة الأمر بالمعروف والنهي عن المنكر", "cpvpv", "ORG") in \
        ents("وبادر أعضاء هيئة الأمر بالمعروف والنهي عن المنكر بجدة بتوزيع الحلوى.")
    # the presidency's name holds the two mosques: one ORG, not two places
    assert ents("وبين معاليه أن الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي تعمل بتكامل.") == \
        [("الرئاسة العامة لشؤون المسجد الحرام والمسجد النبوي", "haramain-presidency", "ORG")]
    assert ("المسجد الحرام", "masjid-al-haram", "LOC") in ents("وصلى المعتمرون في المسجد الحرام.")


def test_civil_aviation_and_broadcasting_authorities_take_no_id_bare():
    # bare, the name is any country's authority (هيئة الطيران المدني البريطانية): an ORG without id
    assert ents("حذرت هيئة الطيران المدني البريطانية اليوم من الطائرات دون طيار.") == \
        [("هيئة الطيران المدني البريطانية", None, "ORG")]
    assert ("هيئة الطيران المدني", None, "ORG") in \
        ents("لم يكن البيان موجها لهيئة الطيران المدني رغم أنه ينفي التغريدة.")
    assert ("هيئة الإذاعة والتلفزيون السعودي", None, "ORG") in \
        ents("وقال الفنان إن هيئة الإذاعة والتلفزيون السعودي أصبحت قادرة على الإنتاج.")
    assert ("الهيئة العامة للطيران المدني", "gaca", "ORG") in \
        ents("وأعلنت الهيئة العامة للطيران المدني تشغيل رحلات إضافية.")


def test_bare_saudi_security_bodies_take_the_saudi_id_with_a_saudi_word_near():
    """الدفاع المدني، حرس الحدود، الحرس الوطني alone are the Saudi bodies beside a Saudi place or title
    (cue saudi_body); another country's, or with no Saudi word near, they stay ORG mentions without id."""
    assert ("الدفاع المدني", "saudi-civil-defense", "ORG") in \
        ents("وأوضح المتحدث باسم الدفاع المدني بمنطقة مكة المكرمة العقيد سعيد سرحان أن الحريق أخمد.")
    assert ("قيادة حرس الحدود", "saudi-border-guard", "ORG") in \
        ents("وقال الناطق الإعلامي بقيادة حرس الحدود بمنطقة تبوك إن الطفل نقل إلى المستشفى.")
    assert ("الحرس الوطني", "saudi-national-guard", "ORG") in \
        ents("وزار الأمير متعب بن عبدالله وزير الحرس الوطني قوة الواجب في عرعر.")
    # another country's: its adjective right after, or no Saudi word near
    assert ("حرس الحدود", None, "ORG") in ents("وتتسم الحدود التي ظل حرس الحدود الأوكرانيون ينظمون دوريات بها بالهدوء.")
    assert ("الحرس الوطني", None, "ORG") in \
        ents("وأمر حكام ولايات فلوريدا وأوكلاهوما وتكساس بتسليح أفراد الحرس الوطني في المكاتب.")
    assert ("الحرس الوطني", None, "ORG") in \
        ents("واستجاب للبلاغ عدد 35 اسعاف و4 اسعاف من الحرس الوطني. رابط الخبر بصحيفة الوئام")


def test_psg_by_its_short_name_and_after_nadi_and_bupa_arabia():
    """سان جيرمان alone is PSG in football news (cue sport_club); نادي باريس سان جيرمان is PSG whole, not the
    Paris Club of creditors (نادي باريس) and a saint; Bupa Arabia is the insurer, not a place."""
    text = "وأصبح اسطمبولي الذي كلف سان جيرمان بين 8 و9 ملايين يورو، ثاني لاعب ينضم إلى الفريق."
    assert ("سان جيرمان", "psg", "ORG") in ents(text)
    assert ents("حيث أعلن نادي باريس سان جيرمان بطل فرنسا ضم اللاعب.")[0] == ("نادي باريس سان جيرمان", "psg", "ORG")
    assert ("نادي باريس", "paris-club", "ORG") in ents("وقال إن نادي باريس للدائنين وافق على إعادة جدولة الديون.")
    assert "psg" not in ids("وزار الوفد كنيسة في حي سان جيرمان بباريس.")
    assert ("بوبا العربية للتأمين التعاوني", "bupa-arabia", "ORG") in \
        ents("وقعت بوبا العربية للتأمين التعاوني، أكبر شركة متخصصة في التأمين الصحي، اتفاقية شراكة.")


def test_the_caribbean_has_an_id():
    """الكاريبي (the region, the sea) is a place with its id, as the confederation's name has it (اتحاد أمريكا
    الشمالية والوسطى والكاريبي)."""
    assert ("الكاريبي", "caribbean", "LOC") in ents("والرئيس السابق لاتحاد أمريكا الشمالية والوسطى والكاريبي.")
    assert ("البحر الكاريبي", "caribbean", "LOC") in ents("وتقع الجزيرة في البحر الكاريبي.")


def test_saudi_governorates_named_by_words_need_the_town_cue():
    """رماح (spears), الغاط، بيش، العارضة، البدائع، البدع are governorates after محافظة/محافظ/بلدية or in a list
    of places; خيبر is Medina's Khaybar there, خيبر الجنوب the Asir town and خيبر بختونخواه Pakistan's province."""
    assert ("رماح", "rumah", "LOC") in ents("أقامت محافظة رماح احتفالها السنوي بمناسبة عيد الفطر.")
    assert ("الغاط", "al-ghat", "LOC") in ents("رعى محافظ الغاط عبدالله السديري حفل الأهالي.")
    assert "rumah" not in ids("وحمل الفرسان الرماح والسيوف في العرضة.")
    assert ("خيبر", "khaybar", "LOC") in ents("بعد تحويلها من مستشفى محافظة خيبر إلى المدينة.")
    assert ("خيبر الجنوب", "khaybar-al-janub", "LOC") in ents("مريض نفسي يقتل ثلاثة بخيبر الجنوب شرق أبها.")
    assert ("خيبر بختونخواه", "khyber-pakhtunkhwa", "LOC") in ents("وغمرت السيول أقاليم خيبر بختونخواه والبنجاب.")
    assert "khaybar" not in ids("وقال خورشيد خيبر ونورة السيد إنهما سيغادران.")


def test_la_galaxy_is_a_club_not_a_city_and_a_phone():
    assert ents("ويستهل النادي الكاتالوني مبارياته الودية بملاقاة لوس أنجليس جالاكسي الأمريكي.") == \
        [("لوس أنجليس جالاكسي", "la-galaxy", "ORG")]
    assert ("جالاكسي", "galaxy", "BRAND") in ents("وأطلقت سامسونج هاتف جالاكسي الجديد في لوس أنجليس.")


def test_snapdragon_is_qualcomms_chip_not_snapchat():
    assert ("سناب دراغون", "snapdragon", "BRAND") in ents("معالج الهاتف من نوع كوالكوم سناب دراغون 615.")
    assert ("سنابدراجون", "snapdragon", "BRAND") in ents("ويعمل الهاتف بمعالج كوالكوم سنابدراجون 808.")
    assert ("سناب", "snapchat", "PLATFORM") in ents("يتم عرض المستجدات في قنوات التواصل (فيس بوك، وإنستجرام، وسناب).")


def test_a_bare_council_of_ministers_is_the_saudi_cabinet_beside_saudi_words():
    assert ("مجلس الوزراء", "saudi-council-of-ministers", "ORG") in \
        ents("وأفاد الطريفي بأن مجلس الوزراء برئاسة خادم الحرمين الشريفين وافق على تفويض وزير الخارجية.")
    assert ("مجلس الوزراء اللبناني", None, "ORG") in ents("وقال إن مجلس الوزراء اللبناني لم يجتمع منذ أسابيع.")
    assert "saudi-council-of-ministers" not in ids("وأعلن مجلس الوزراء في بغداد خطة جديدة للكهرباء.")


def test_a_bare_ministry_is_the_saudi_one_beside_saudi_words_or_with_alsaudiya():
    assert ("وزارة الداخلية", "saudi-ministry-of-interior", "ORG") in \
        ents("وقال المتحدث الأمني بوزارة الداخلية اللواء منصور التركي إن الأجهزة الأمنية بالمملكة ضبطت الخلية.")
    assert ("وزارة العمل السعودية", "saudi-ministry-of-labor", "ORG") in \
        ents("وهناك شروط أخرى رُفضت من وزارة العمل السعودية في المفاوضات مع جاكرتا.")
    assert ("وزارة الداخلية التونسية", None, "ORG") in ents("وأفاد بيان لوزارة الداخلية التونسية اليوم أنه تم توقيف 12 شخصا.")
    assert "saudi-ministry-of-finance" not in ids("لكن وزارة المالية في أثينا قالت إن البنوك ستبقى مغلقة.")


def test_alfaw_after_an_area_word_is_the_place_not_the_fao():
    assert "fao" not in ids("شن الجيش هجوماً على مواقع للمسلحين الحوثيين في منطقة الفاو، وسيطر على ثلاثة منها.")
    assert ("الفاو", "fao", "ORG") in ents("وحثت «الفاو» في تقرير أصدرته الحكومات على العمل لمواجهة نقص المياه.")


def test_mbc_in_lower_case_and_its_first_channel():
    assert ("mbc", "mbc", "MEDIA") in ents("وتلبية لدعوة السحور التي دعا إليها مالك مجموعة mbc وليد البراهيم.")
    assert ("MBC1", "mbc", "MEDIA") in ents("المسلسل الذي تعرضه «MBC1» يوميًا طيلة شهر رمضان.")
    assert ("MBC", "mbc", "MEDIA") in ents("يطل النجم حصريًا على MBC في برنامج جديد.")


def test_irans_majlis_is_not_the_saudi_shura_council():
    assert ("مجلس الشورى الإسلامي", "iran-majlis", "ORG") in \
        ents("أكد وزير الخارجية الإيراني محمد جواد ظريف أمام مجلس الشورى الإسلامي (البرلمان) أن بلاده لم تقدم تنازلات.")
    assert ("مجلس الشورى الإيراني", "iran-majlis", "ORG") in ents("ودافع ظريف عن الاتفاق أمام مجلس الشورى الإيراني أمس.")
    assert ("مجلس الشورى", "shura-council", "ORG") in ents("وأوصت لجنة الشؤون الاجتماعية بمجلس الشورى بعد مناقشة النظام.")


def test_bare_shura_council_beside_an_iranian_word_is_irans_majlis():
    assert ("مجلس الشورى", "iran-majlis", "ORG") in \
        ents("وفي خطاب ألقاه أمام مجلس الشورى شدد ظريف على أن الاتفاق يحفظ حقوق بلاده.")
    assert ("مجلس الشورى", "iran-majlis", "ORG") in \
        ents("وفي طهران، أعلن عضو مجلس الشورى أن البرلمان يريد الاطلاع على نص الاتفاق.")
    # no Iranian word within reach: the Saudi council
    assert ("مجلس الشورى", "shura-council", "ORG") in \
        ents("وافق مجلس الشورى في جلسته العادية أمس برئاسة معالي رئيس المجلس على مشروع نظام الجمعيات.")


def test_lyon_the_club_beside_football_words_and_the_city_elsewhere():
    assert ("ليون", "olympique-lyonnais", "ORG") in \
        ents("أكد المهاجم الكسندر لاكازيت رغبته في البقاء مع فريقه ليون وصيف بطل الدوري الفرنسي لكرة القدم.")
    assert ("ليون", "lyon", "LOC") in ents("استهدف الهجوم مصنعا للغاز قرب مدينة ليون الفرنسية.")
