"""Quotes: mark pairing, statement-or-not, direct/partial/indirect, cues and speakers.

Entities are added by hand (the helper ``run``) so these tests do not depend on the entity tagger.
"""
import time

import pytest

from arnews.pipeline import Context, Pipeline
from arnews.quotes import make_component
from arnews.quotes.marks import pair_marks
from arnews.records import Document, Entity

_BASE = Pipeline(components=["structure", "sentences", "tokens"])
_QUOTES = make_component()

PLATFORMS = [("تويتر", "PLATFORM", "twitter"), ("فيسبوك", "PLATFORM", "facebook"),
             ("واتساب", "PLATFORM", "whatsapp"), ("إنستجرام", "PLATFORM", "instagram"),
             ("ماكدونالدز", "BRAND", "mcdonalds"), ("نتفليكس", "PLATFORM", "netflix"),
             ("منظمة الصحة العالمية", "ORG", "who"), ("إنديد", "PLATFORM", "indeed")]


def run(text, ents=()):
    doc = _BASE(text)
    found = []
    for name, label, eid in ents:
        i = text.find(name)
        while i >= 0:
            found.append(Entity(text=name, start=i, end=i + len(name), label=label, id=eid, name=eid))
            i = text.find(name, i + 1)
    doc.entities.extend(sorted(found, key=lambda e: e.start))
    _QUOTES(doc, Context(text))
    Document.model_validate(doc.model_dump())          # offsets and types re-checked
    for q in doc.quotes:
        assert text[q.start:q.end] == q.text
        if q.cue:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.speaker:
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
    return doc.quotes


def one(quotes, content):
    got = [q for q in quotes if q.text == content]
    assert len(got) == 1, [(q.kind, q.text) for q in quotes]
    return got[0]


def no_overlap(quotes):
    """Quotes of one family never overlap; a partial may only sit wholly inside an indirect clause."""
    qs = sorted(quotes, key=lambda q: q.start)
    for i, a in enumerate(qs):
        for b in qs[i + 1:]:
            if b.start >= a.end:
                break
            fam_a, fam_b = a.kind == "indirect", b.kind == "indirect"
            assert fam_a != fam_b, (a.text, b.text)
            outer, inner = (a, b) if fam_a else (b, a)
            assert outer.start <= inner.start and inner.end <= outer.end, (a.text, b.text)


# --- marks ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("opening,closing", [('"', '"'), ("«", "»"), ("“", "”"), ("„", "“"), ("‹", "›")])
def test_every_mark_style(opening, closing):
    text = f"وقال المتحدث باسم الشركة في بيان: {opening}نعمل على إصلاح الخلل بأسرع وقت ممكن{closing}."
    q = one(run(text), "نعمل على إصلاح الخلل بأسرع وقت ممكن")
    assert q.kind == "direct" and q.cue.text == "وقال"


def test_straight_marks_pair_by_what_touches_them():
    text = 'غرد الحساب قائلاً: "شكراً للجميع" ثم أضاف المسؤول: "سنعود قريباً بخدمات أفضل".'
    qs = run(text)
    assert [q.text for q in qs] == ["شكراً للجميع", "سنعود قريباً بخدمات أفضل"]


def test_scraped_mixed_guillemets_are_names():
    text = ("وأكد مصدر مقرب من رئيس الاتحاد لـ»فرانس برس» اليوم أن الأخير يدرس الترشح، "
            "وصرحت مصادر ملاحية بأنها تلقت طلباً من رحلات «اير ج» و»العربية» القادمة من جدة.")
    qs = run(text, [("فرانس برس", "MEDIA", "afp")])
    assert not any(q.text in ("فرانس برس", "اير ج", "العربية") for q in qs)
    ind = [q for q in qs if q.kind == "indirect"]
    assert ind and ind[0].text.startswith("الأخير يدرس الترشح")


def test_multi_paragraph_quote_is_split_per_paragraph():
    text = ('وقال الوزير في كلمته: "نحن أمام مرحلة جديدة من العمل المشترك بين البلدين\n\n'
            '"وسنواصل التنسيق في كل الملفات الإقليمية خلال الأشهر المقبلة".')
    qs = run(text)
    assert [q.text for q in qs] == ["نحن أمام مرحلة جديدة من العمل المشترك بين البلدين",
                                    "وسنواصل التنسيق في كل الملفات الإقليمية خلال الأشهر المقبلة"]
    assert all(q.kind == "direct" and q.cue.text == "وقال" for q in qs)


def test_quote_opened_once_across_paragraphs_keeps_each_paragraph():
    # the mark is opened once and closed two paragraphs on: each paragraph is a piece of the statement
    text = ('وقال سعيد مموزيني: «رغم منع التنظيم لمراسم صلاة العيد، فإن مواطني المدينة أقاموا الصلاة.\n\n'
            'وبحسب المعلومات الواردة إلينا ساق التنظيم المعتقلين إلى جهة مجهولة.\n\n'
            'ولم يتبين حتى الآن مصيرهم». وقال مسؤول آخر إن الوضع هادئ.')
    qs = run(text, [("سعيد مموزيني", "PERSON", None)])
    direct = [q for q in qs if q.kind == "direct"]
    assert [q.text for q in direct] == [
        "رغم منع التنظيم لمراسم صلاة العيد، فإن مواطني المدينة أقاموا الصلاة.",
        "وبحسب المعلومات الواردة إلينا ساق التنظيم المعتقلين إلى جهة مجهولة.",
        "ولم يتبين حتى الآن مصيرهم"]
    assert all(q.speaker.text == "سعيد مموزيني" and q.cue.text == "وقال" for q in direct)


def test_stray_closing_mark_after_a_new_report_is_not_a_bridge():
    # the next paragraph opens with the reporter's verb: the » is a stray one, not the end of the quote
    text = ('وقال عبد النور إن «تنفيذ تلك الاستراتيجية يتطلب التنسيق بين كل الجهات المعنية.\n\n'
            'وأوضح الوزير أن محور الصناعة يستهدف توسيع التعاون الصناعي مع الدول الأفريقية».')
    qs = run(text, [("عبد النور", "PERSON", None)])
    assert qs[0].text == "تنفيذ تلك الاستراتيجية يتطلب التنسيق بين كل الجهات المعنية"
    assert not any("وأوضح" in q.text for q in qs)


def test_unbalanced_opening_mark_does_not_swallow_the_article():
    text = ('وقال المدير: "سنفتتح الفرع الجديد الشهر المقبل في العاصمة.\n\n'
            'وفي سياق آخر، ارتفعت أسعار النفط. وقال محلل: "الأسعار ستواصل الصعود".')
    qs = run(text)
    first = qs[0]
    assert first.text == "سنفتتح الفرع الجديد الشهر المقبل في العاصمة"
    assert "ارتفعت" not in first.text
    one(qs, "الأسعار ستواصل الصعود")


def test_unbalanced_closing_marks_recovered_locally():
    text = ('وفي بيان للتنظيم نشرته حسابات مؤيدة له، اعلن مسؤوليته عن تفجير سيارة مفخخة في منطقة الزعفرانية"، '
            'واخرى في منطقة بغداد الجديدة". وقال مسؤول إن التحقيق جار.')
    qs = run(text)
    partial = [q for q in qs if q.kind == "partial"]
    assert len(partial) == 2
    assert partial[0].text.endswith("تفجير سيارة مفخخة في منطقة الزعفرانية")
    assert "اعلن" not in partial[0].text
    assert partial[1].text.endswith("اخرى في منطقة بغداد الجديدة")
    no_overlap(qs)


def test_pairing_is_linear_in_marks():
    text = ('كتب "نعم" قالت "لا" ' * 25_000)          # 100,000 marks
    t = time.perf_counter()
    pieces = pair_marks(text, [])
    assert len(pieces) == 50_000
    qs = run(text[:20_000])
    assert time.perf_counter() - t < 5
    no_overlap(qs)


# --- statement or not ------------------------------------------------------------------------------

def test_names_titles_and_scare_quotes_are_not_quotes(sample_text):
    ents = PLATFORMS
    qs = run(sample_text, ents)
    texts = {q.text for q in qs}
    for s in ("الجميع", "تويتر", "الراحة", "واتساب", "إنستجرام", "ماكدونالدز", "نتفليكس", "Squid Game", "إنديد"):
        assert s not in texts
    no_overlap(qs)


def test_list_in_marks_without_cue_is_not_a_quote():
    text = "وقدمت القرية لوحات من الماضي ما بين أنشطة الحياة القديمة «الحصاد، الحراثة، الزراعة، الحرفيين»."
    assert run(text) == []


# --- direct, partial, cues, speakers on the sample article -----------------------------------------

@pytest.fixture(scope="module")
def sample_quotes(sample_text):
    return run(sample_text, PLATFORMS)


@pytest.mark.parametrize("content,kind,cue,speaker_id,surface", [
    ("حرفياً مرحباً بالجميع", "direct", "رحبت", "twitter", "تويتر"),                # quote first
    ("أهلاً", "direct", "كتب", "whatsapp", "الأول"),                                 # ordinal anaphora
    ("أهلاً. يوم اثنين سعيد", "direct", "رد", "instagram", "موقع الصور"),            # description
    ("مرحباً ما الذي يمكنني المساعدة فيه؟", "direct", "قائلاً", "mcdonalds", "ماكدونالدز"),  # participle
    ("59.6 مليون قطعة ناجتس لأصدقائي", "direct", "ليرد", "twitter", "تويتر"),       # answer
    ("بينما تواجه تطبيقات إنستجرام وفيسبوك وواتساب عطلاً في خدماتها، يجب عدم نزع الكمامة الواقية من فيروس كورونا",
     "direct", "قائلة", "who", "منظمة الصحة العالمية"),
    ("أسفها الشديد", "partial", "أعربت", "facebook", "فيسبوك"),
])
def test_sample_quotes(sample_quotes, content, kind, cue, speaker_id, surface):
    q = one(sample_quotes, content)
    assert (q.kind, q.cue.text, q.speaker.entity_id, q.speaker.text) == (kind, cue, speaker_id, surface)


def test_sample_indirect_quotes(sample_quotes):
    ind = [q for q in sample_quotes if q.kind == "indirect"]
    assert [q.cue.text for q in ind] == ["مشيرة", "وأكدت", "لافتة"]
    assert ind[0].text.startswith("أنظمتها الحالية تعمل بشكل احتياطي") and ind[0].text.endswith("وحلها")
    assert ind[1].text == "عودة خدماتها إلى الإنترنت"                     # nominalized content
    assert ind[1].speaker.text == "الشركة" and ind[1].speaker.entity_id == "facebook"
    assert ind[2].text == "تعمل لإعادتها بالكامل إلى العمليات العادية"
    assert all(q.speaker.entity_id == "facebook" for q in ind)


def test_subject_after_verb_and_statement_offsets():
    text = 'وقالت فيسبوك في بيان: "نأسف للإزعاج الناجم عن انقطاع الخدمة".'
    q = one(run(text, PLATFORMS), "نأسف للإزعاج الناجم عن انقطاع الخدمة")
    assert q.start == text.index("نأسف") and q.end == text.index('".')
    assert q.speaker.entity_id == "facebook" and q.speaker.start == text.index("فيسبوك")
    assert q.cue.start == 0


def test_partial_quote_embedded_in_reporter_sentence():
    text = ('ولم يعرف بحسب المرصد، "ما إذا كان الضحايا مدنيين أم من عناصر الدفاع" الذين يقاتلون في البلدة، '
            'مشيرا الى "اشتباكات لأكثر من ثماني ساعات متواصلة" في محيطها.')
    qs = run(text)
    a = one(qs, "ما إذا كان الضحايا مدنيين أم من عناصر الدفاع")
    b = one(qs, "اشتباكات لأكثر من ثماني ساعات متواصلة")
    assert a.kind == b.kind == "partial"
    assert a.cue.text == "بحسب" and a.speaker.text == "المرصد"
    assert b.cue.text == "مشيرا" and b.speaker.text == "المرصد"              # carried to the participle


def test_pronoun_subject_carries_previous_speaker():
    text = ('وقال المصدر إن رئيس الاتحاد يدرس الترشح للانتخابات بعد تلقيه دعماً من أربعة اتحادات، '
            'مضيفاً «أنه يدرس جدياً فكرة الترشح. سيتخذ قراره في الأسبوعين المقبلين».')
    qs = run(text, [("رئيس الاتحاد", "PERSON", None)])
    d = one(qs, "أنه يدرس جدياً فكرة الترشح. سيتخذ قراره في الأسبوعين المقبلين")
    assert d.kind == "direct" and d.cue.text == "مضيفاً" and d.speaker.text == "المصدر"
    ind = [q for q in qs if q.kind == "indirect"]
    assert ind[0].text.startswith("رئيس الاتحاد يدرس الترشح") and ind[0].cue.text == "وقال"


def test_masdar_cue_speaker_after_an():
    text = ('ونقلت رويترز عن المسؤول الإسرائيلي دوري غولد قوله حين سئل عن المصالحة: '
            '«أعتقد أن هناك جهودا من الجانبين لفتح صفحة جديدة».')
    q = run(text, [("رويترز", "MEDIA", "reuters"), ("دوري غولد", "PERSON", None)])[0]
    assert q.cue.text == "قوله" and q.speaker.text == "دوري غولد"


def test_description_resolves_to_recent_entity_of_fitting_label():
    text = ('أعلنت شركة فيسبوك عودة خدماتها بعد انقطاع استمر ست ساعات في العاصمة دبي. '
            'وقالت الشركة: "عملنا بجد لاستعادة الخدمة".')
    q = one(run(text, PLATFORMS + [("دبي", "LOC", "dubai")]), "عملنا بجد لاستعادة الخدمة")
    assert q.speaker.text == "الشركة" and q.speaker.entity_id == "facebook"


# --- indirect --------------------------------------------------------------------------------------

def test_indirect_after_an_and_source_phrases():
    text = ('قال دبلوماسي إسرائيلي كبير أمس، إن التهديدات المشتركة يمكن أن تساعد في استعادة العلاقات. '
            'وقتل 30 شخصاً على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة، بحسب ما افادت مصادر امنية وطبية. '
            'وافاد المرصد السوري أمس عن مقتل سبعة اشخاص بسبب القذائف.')
    qs = run(text)
    ind = [q for q in qs if q.kind == "indirect"]
    assert [q.text for q in ind] == [
        "التهديدات المشتركة يمكن أن تساعد في استعادة العلاقات",
        "قتل 30 شخصاً على الأقل في سلسلة تفجيرات استهدفت مناطق مختلفة",
        "مقتل سبعة اشخاص بسبب القذائف"]
    assert ind[0].speaker.text.startswith("دبلوماسي") and ind[1].cue.text == "بحسب"


def test_direct_after_an_is_not_also_indirect():
    text = 'وأضاف غولد أن «المخاطر التي تواجهها إسرائيل هي المخاطر التي تواجهها تركيا في المنطقة».'
    qs = run(text, [("غولد", "PERSON", None)])
    assert [(q.kind, q.speaker.text) for q in qs] == [("direct", "غولد")]


def test_between_is_not_a_cue():
    text = "وتوزعت الأنشطة ما بين أن تكون ترفيهية أو تعليمية في الحديقة."
    assert run(text) == []


def test_blocked_spans_are_skipped():
    text = 'وقال الوزير: "سنواصل العمل معاً".'
    doc = _BASE(text)
    ctx = Context(text)
    ctx.block(0, len(text))
    _QUOTES(doc, ctx)
    assert doc.quotes == []


def test_no_reporting_word_no_quote_and_garbage_input():
    assert run('استقبل تويتر "الجميع" أثناء العطل') == []
    for t in ["", '"', '«»', '""""', "»«" * 50, 'قال: "', 'قال "\n\n"', "\x00قال«»"]:
        run(t)


def test_speaker_name_in_apposition_after_title():
    text = ('ودفع ذلك وزير الخارجية الإسرائيلي، آنذاك، أفيغدور ليبرمان إلى وصف إردوغان بأنه «بلطجي معاد للسامية».')
    q = one(run(text, [("إردوغان", "PERSON", None)]), "بلطجي معاد للسامية")
    assert q.kind == "partial" and q.cue.text == "وصف" and q.speaker.text == "أفيغدور ليبرمان"


def test_surname_refers_back_to_named_person():
    text = ('واعتقل راندولف بروس أداير الأسبوع الماضي. وكتب ضابط في الشهادة أنه عندما أطلعت السلطات أداير '
            'على الصور، أجاب: «أنا في ورطة.. أعتقد أنه ينبغي أن يكون لدي محام».')
    qs = run(text, [("راندولف بروس أداير", "PERSON", None)])
    q = one(qs, "أنا في ورطة.. أعتقد أنه ينبغي أن يكون لدي محام")
    assert q.cue.text == "أجاب" and q.speaker.text == "أداير"
    assert q.speaker.start == text.rindex("أداير")


def test_topic_of_sentence_speaks_for_participle():
    text = ('أما منظمة الصحة العالمية، فقد استغلت الأمر لتذكير المستخدمين بأن فيروس كورونا لا يزال موجوداً، '
            'قائلة: "يجب عدم نزع الكمامة الواقية".')
    ents = [("منظمة الصحة العالمية", "ORG", "who"), ("فيروس كورونا", "PERSON", None)]
    q = one(run(text, ents), "يجب عدم نزع الكمامة الواقية")
    assert q.speaker.entity_id == "who"


def test_indirect_clause_stops_at_next_reporting_verb():
    text = ('وذكر مسؤول أن الهجوم لم يسفر عن ضحايا بين رجال الشرطة، وأكد المصدر نفسه أن جميع الضحايا مدنيون.')
    ind = [q for q in run(text) if q.kind == "indirect"]
    assert [q.text for q in ind] == ["الهجوم لم يسفر عن ضحايا بين رجال الشرطة", "جميع الضحايا مدنيون"]
    assert [q.cue.text for q in ind] == ["وذكر", "وأكد"]


def test_adjective_participle_and_because_are_not_cues():
    text = ("وقال التقرير إن المنطقة شهدت أخيرا ازدهارا لافتا لأنها أصبحت ملتقى أكبر شركات الإعلام. "
            "وحققت الشركة نموا مؤكدا في مبيعاتها خلال العام بعد أن طرحت منتجات جديدة.")
    ind = [q for q in run(text) if q.kind == "indirect"]
    assert [q.cue.text for q in ind] == ["وقال"]
    assert ind[0].text == "المنطقة شهدت أخيرا ازدهارا لافتا لأنها أصبحت ملتقى أكبر شركات الإعلام"


def test_name_before_colon_and_source_name_are_not_quotes():
    text = ('وقال محمد بيطار، المدير العام لدى «جيه إف ستريت فود»: «نحن نعمل على افتتاح فروع جديدة قريبا». '
            'ويتوقع أن ينمو القطاع 20 في المائة بحلول عام 2017، حسب «يورو مونيتور».')
    qs = run(text, [("محمد بيطار", "PERSON", None)])
    assert [q.text for q in qs if q.kind != "indirect"] == ["نحن نعمل على افتتاح فروع جديدة قريبا"]
    assert qs[0].speaker.text == "محمد بيطار"


def test_indirect_clause_embedding_a_partial_quote_keeps_both():
    text = ('وقال المرصد السوري لحقوق الإنسان إن الفصائل الإسلامية استأنفت أمس "استهداف مناطق في الفوعة وكفريا" '
            'ذات الغالبية الشيعية بالقذائف. وأضاف أن «المخاطر كبيرة جدا».')
    qs = run(text, [("المرصد السوري لحقوق الإنسان", "ORG", None)])
    no_overlap(qs)
    partial = one(qs, "استهداف مناطق في الفوعة وكفريا")
    clause = one(qs, 'الفصائل الإسلامية استأنفت أمس "استهداف مناطق في الفوعة وكفريا" ذات الغالبية الشيعية بالقذائف')
    assert partial.kind == "partial" and clause.kind == "indirect"
    assert clause.speaker.text == "المرصد السوري لحقوق الإنسان" and clause.cue.text == "وقال"
    # a clause that is only the marked quote is not also an indirect quote
    assert [q.kind != "indirect" for q in qs if "المخاطر" in q.text] == [True]


def test_a_speaker_named_by_family_name_gets_the_fullest_name_of_the_article():
    text = ("وقال عائض الحربي إن العيد كان أجمل في الماضي. وقال سعد العتيبي إن الأسواق مزدحمة. "
            "وأكد الحربي أن فرحة العيد لم تعد كما كانت، وأوضح العتيبي أن الأسعار ارتفعت.")
    doc = _BASE(text)
    for name in ("عائض الحربي", "سعد العتيبي", "الحربي", "العتيبي"):
        i = text.find(name, text.find("وأكد") if " " not in name else 0)
        doc.entities.append(Entity(text=name, start=i, end=i + len(name), label="PERSON", id=None, name=None))
    doc.entities.sort(key=lambda e: e.start)
    _QUOTES(doc, Context(text))
    names = {q.speaker.text: q.speaker.name for q in doc.quotes}
    assert names == {"عائض الحربي": "عائض الحربي", "سعد العتيبي": "سعد العتيبي",
                     "الحربي": "عائض الحربي", "العتيبي": "سعد العتيبي"}


def test_subject_closed_by_a_stray_mark_before_an_is_no_quote():
    # the writer closed a mark that was never opened after the speaker's name: the name is no quote
    qs = run('بدوره، قال الخبير في شؤون الجماعات المسلحة العميد المتقاعد محمد الخالدي» إن وجود خلافات '
             'داخل التنظيم بات أمرا طبيعيا.')
    assert not [q for q in qs if "الخالدي" in q.text]
    qs = run('لكن الفرنسي لم يتخذ قراره بعد. وقال مصدر مقرب من الفرنسي" ان الاخير يدرس جديا الترشح '
             'وانه سيتخذ قراره في غضون اسبوعين".')
    assert not [q for q in qs if "مصدر" in q.text]
    q = [q for q in qs if "يدرس جديا الترشح" in q.text][0]
    assert q.speaker is not None and "مصدر مقرب" in q.speaker.text
    # words said, closed by a stray mark and not followed by أن/إن, stay a partial quote
    qs = run('وقال المسؤول إن الأمور تسير بشكل جيد، وأن العمل سينتهي قبل نهاية العام» في كل المواقع.')
    assert [q for q in qs if q.kind == "partial" and q.text.startswith("وأن العمل سينتهي")]


def test_one_mark_used_for_both_ends_pairs_itself():
    # بـ» الفطرة» : the same closing-looking mark on both sides of a name, not a close with no opening
    qs = run('ويقول ابو عبدالله إن أبناء القرية يجتمعون بعد الصلاة على وجبة متعارف عليها لدى الاهالي '
             'بـ» الفطرة» وهي وجبة تتكون من الأرز واللحم.')
    assert not [q for q in qs if q.kind != "indirect"]
    assert [q for q in qs if q.kind == "indirect" and q.text.startswith("أبناء القرية")]
    # a stray mark followed by a comma and a second one: two fragments, each recovered on its own
    qs = run('اعلن مسؤوليته عن تفجير سيارة مفخخة في منطقة الزعفرانية"، واخرى في منطقة بغداد الجديدة".')
    assert len([q for q in qs if q.kind == "partial"]) == 2


@pytest.mark.parametrize("text", [
    'وبحسب تقرير «صحارى» ارتفع مؤشر البورصة الأردنية بنسبة 0.5 في المئة.',
    'وأعلنت نقابة الموظفين "اديدي" عن تظاهرة أمام البرلمان مساء اليوم.',
    'ووفقا للتقرير الذي أعدته "أرقام" فقد توزعت الصفقات العقارية بين سكنية وتجارية.',
    'وقال حسن طالع جعفري "شقيق الطفل" إن أخيه ذهب في نزهة بحرية.',
])
def test_one_or_two_words_in_marks_after_a_plain_word_are_a_name(text):
    qs = run(text)
    assert not [q for q in qs if q.kind != "indirect"], [(q.kind, q.text) for q in qs]


@pytest.mark.parametrize("text,content", [
    ('وأضاف ان الأمور كانت "سلسة للغاية".', "سلسة للغاية"),          # ends a reported clause
    ('وقالت الوزارة إن الانفجار "عمل إرهابي".', "عمل إرهابي"),
    ('ووصف بلاتر أحداث مايو «بتسونامي» وقال إنه باق.', "بتسونامي"),     # a prepositional phrase
    ('وأكد أنه «جاهز» لهذه الخطوة.', "جاهز"),                            # introduced by أنه
])
def test_short_marked_fragments_of_a_report_stay_quotes(text, content):
    assert one(run(text), content).kind in ("partial", "direct")


def test_definite_masdar_with_its_preposition_opens_the_object():
    qs = run('أعلنت السلطات المغربية القبض على خلية إرهابية تتكون من 8 عناصر ينشطون في أربع مدن.')
    q = one(qs, "القبض على خلية إرهابية تتكون من 8 عناصر ينشطون في أربع مدن")
    assert q.speaker is not None and q.speaker.text == "السلطات المغربية"
    # an adjective of the subject before the cue's own على stays in the subject
    qs = run('وأكد وزير الخارجية السعودي على أهمية التعاون بين البلدين.')
    q = one(qs, "أهمية التعاون بين البلدين")
    assert q.speaker is not None and q.speaker.text == "وزير الخارجية السعودي"


def test_reported_clause_ends_before_the_reporters_source():
    qs = run('وأفادت تقارير بأن قائدا كبيرا في البحرية السعودية زار مدينة عدن الأربعاء، بحسب ما قاله مسؤول '
             'يمني عسكري، بعد وصوله على متن أول طائرة.')
    one(qs, "قائدا كبيرا في البحرية السعودية زار مدينة عدن الأربعاء")
    qs = run('وتشير التوقعات إلى أن سعر النفط سيكون عند 62 دولارا للبرميل العام المقبل، طبقا لبنك ناتيكسيس الفرنسي.',
             [("بنك ناتيكسيس", "ORG", None)])
    one(qs, "سعر النفط سيكون عند 62 دولارا للبرميل العام المقبل")
    # وفق + a criterion is no source: the clause goes on
    qs = run('وأوضح الصباغ أن المعونات ستوزع على جميع المستشفيات بمحافظة حضرموت، وفقا للآلية المتفق عليها مع '
             'جهات الاختصاص.')
    one(qs, "المعونات ستوزع على جميع المستشفيات بمحافظة حضرموت، وفقا للآلية المتفق عليها مع جهات الاختصاص")


def test_a_weak_cue_with_its_an_clause_keeps_it_before_a_source():
    qs = run('وبيّن النشطاء أنّ الداعشي قيادي برتبة أمير في مدينة الشدادي بريف الحسكة، بحسب ما ذكر موقع قناة '
             '«المتوسط» التونسية.')
    q = one(qs, "الداعشي قيادي برتبة أمير في مدينة الشدادي بريف الحسكة")
    assert q.cue is not None and q.cue.text == "وبيّن"
    # حسب + a criterion (depending on) is no source: the clause runs on
    qs = run('وأوضح المدير أن الماكينة تطرز ستة ألوان، حسب برمجة المنتج المطلوب بسرعة ألف غرزة في الدقيقة.')
    one(qs, "الماكينة تطرز ستة ألوان، حسب برمجة المنتج المطلوب بسرعة ألف غرزة في الدقيقة")


def test_source_phrase_with_ma_and_a_verb_names_the_subject_after_the_verb():
    qs = run('أعيد فتح مطار عدن اليوم الأربعاء مع هبوط طائرة عسكرية سعودية هي الأولى منذ أربعة أشهر، '
             'بحسب ما أعلنه وزير النقل.')
    q = [q for q in qs if q.text.startswith("أعيد فتح مطار عدن")][0]
    assert q.speaker is not None and q.speaker.text == "وزير النقل"
    # ما + a pronoun (وفق ما هو مقرر = as is laid down) has no verb to skip: no speaker past it
    qs = run('ونص النظام على رعاية مصالح أعضاء الهيئة المتعلقة بممارسة المهنة وفق ما هو مقرر نظاما، والعمل على '
             'تقديم الخدمات اللازمة لهم.')
    assert not [q for q in qs if q.speaker is not None and "نظاما" in q.speaker.text]


def test_a_name_in_marks_after_a_cue_and_a_name_noun_is_no_quote():
    qs = run('وقالت شركة «أفيد لايف ميديا» الكندية التي تمتلك الموقع إنها ستتعاون مع الشرطة.')
    assert not [q for q in qs if q.kind != "indirect"]
    # an إن opening the name in marks is no particle: the clause is the one after the real إن
    qs = run('وأكدت قناة "إن تي في" التلفزيونية سقوط حوالي 10 قتلى وإصابة 20 آخرين، في حصيلة أولية.')
    assert not [q for q in qs if q.kind != "indirect"]
    assert not [q for q in qs if q.text.startswith("تي في")]
    # after a definite noun the marks hold the words said
    qs = run('وقالت الشركة «سنعيد الخدمة خلال يومين».')
    assert one(qs, "سنعيد الخدمة خلال يومين").kind == "direct"


def test_a_name_in_marks_right_after_the_verb_before_an_is_the_subject():
    qs = run('ونقل «مكتب أخبار سوريا» عن القائد العسكري في كتائب المعارضة قوله إن المعارك مستمرة.')
    assert not [q for q in qs if q.text == "مكتب أخبار سوريا"]
    # words said after عن + a noun stay a quote (أعرب عن «أسفه»)
    qs = run('وأعرب الوزير عن «أسفه الشديد» لما حدث في المدينة.')
    assert one(qs, "أسفه الشديد").kind == "partial"


def test_marked_examples_after_mithl_are_no_quotes():
    qs = run('وأضاف أن الزوار يقصدون المتنزهات الكبرى مثل «متنزه السودة والملك عبدالعزيز والسحاب» في أيام العيد.')
    assert not [q for q in qs if q.kind != "indirect"]


def test_only_afada_takes_its_object_after_b():
    qs = run('وأفاد المرصد السوري لحقوق الإنسان أمس بمقتل سبعة أشخاص في قصف على المدينة.',
             [("المرصد السوري لحقوق الإنسان", "ORG", None)])
    one(qs, "مقتل سبعة أشخاص في قصف على المدينة")
    # كشف/أعلن + a word that only starts with ب (باحث، بيان، بوضوح) or the subject's place: no ب-object
    for text in ('كشف باحث فلكي متخصص إشكاليات بناء بعض الأحكام الفقهية.',
                 'والعملية الإرهابية كشفت بوضوح كم بتنا في مواجهة شرسة مع فكر ضال.'):
        assert not [q for q in run(text) if q.text.startswith(("احث", "وضوح"))]


def test_an_unnamed_spokesman_goes_by_the_body_he_speaks_for():
    qs = run('وقال متحدث باسم خفر السواحل إنه تم إنقاذ نحو 1400 شخص في البحر أمس الاثنين.')
    q = one(qs, "تم إنقاذ نحو 1400 شخص في البحر أمس الاثنين")
    assert q.speaker is not None and q.speaker.text == "متحدث باسم خفر السواحل"
    # a spokesman named before باسم keeps his name (جوش ايرنست المتحدث باسم البيت الابيض)
    qs = run('من جهته قال جوش ايرنست المتحدث باسم البيت الابيض إن الإدارة تنشر وسائل عدة عبر الإنترنت.',
             [("البيت الابيض", "ORG", "white_house")])
    q = one(qs, "الإدارة تنشر وسائل عدة عبر الإنترنت")
    assert q.speaker is not None and "ايرنست" in q.speaker.text
