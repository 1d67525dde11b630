"""The statistical NER tagger shipped in arnews/data/ner (arnews.entities.tagger)."""
from pathlib import Path

import pytest
import regex

import arnews

from arnews.entities import tagger as tagger_mod
from arnews.entities.tagger import get_tagger
from arnews.records import Document, Span, Token

_TOK = regex.compile(r"[\p{L}\p{M}]+|\p{N}+(?:[.,٫٬]\p{N}+)*|[^\s\p{L}\p{M}\p{N}]")


def make_doc(text, segments=None):
    """Regex tokens (one piece each, or the given segments for a token text), one sentence a line."""
    toks = []
    for m in _TOK.finditer(text):
        segs = []
        if segments and m.group() in segments:
            pos = m.start()
            for piece in segments[m.group()]:
                segs.append(Span(text=piece, start=pos, end=pos + len(piece)))
                pos += len(piece)
        toks.append(Token(text=m.group(), start=m.start(), end=m.end(), segments=segs))
    sents, pos = [], 0
    for line in text.split("\n"):
        sents.append(Span(text=line, start=pos, end=pos + len(line)))
        pos += len(line) + 1
    return Document(text=text, tokens=toks, sentences=sents)


def tag(text, segments=None):
    doc = make_doc(text, segments)
    spans = get_tagger().tag(doc, None)
    for s, e, lab in spans:
        assert 0 <= s < e <= len(text)
        assert lab in {"PERSON", "ORG", "LOC", "MISC"}
    return [(text[s:e], lab) for s, e, lab in spans]


def test_loads_offline_from_package_and_is_cached():
    assert (tagger_mod.DATA / "ner_model.json").exists()
    assert (tagger_mod.DATA / "ner_weights.npz").exists()
    assert Path(tagger_mod.DATA).is_relative_to(Path(tagger_mod.__file__).resolve().parent.parent)
    t = get_tagger()
    assert t is get_tagger("default")
    assert get_tagger("none") is None


def test_person_after_title():
    got = tag("قال الرئيس الأمريكي باراك أوباما إن الولايات المتحدة ستواصل دعمها للعراق .")
    assert ("باراك أوباما", "PERSON") in got
    assert ("الولايات المتحدة", "LOC") in got


def test_person_and_location():
    got = tag("وصل وزير الخارجية السعودي سعود الفيصل إلى القاهرة أمس في زيارة رسمية .")
    assert ("سعود الفيصل", "PERSON") in got
    assert ("القاهرة", "LOC") in got
    assert not any(t in {"وزير", "الخارجية", "زيارة"} for t, _ in got)


def test_organization():
    got = tag("أعلنت الأمم المتحدة في نيويورك أن مجلس الأمن سيجتمع غدا لبحث الأزمة .")
    assert ("الأمم المتحدة", "ORG") in got
    assert ("مجلس الأمن", "ORG") in got
    assert ("نيويورك", "LOC") in got


def test_spans_leave_out_glued_clitics():
    got = tag("واندلعت الاشتباكات في بغداد وبيروت أمس .")
    assert ("بيروت", "LOC") in got
    assert ("بغداد", "LOC") in got
    got = tag("وأكد الأمين العام لجامعة الدول العربية عمرو موسى أن القمة ستعقد في دمشق .")
    assert ("جامعة الدول العربية", "ORG") in got
    assert ("عمرو موسى", "PERSON") in got


def test_spans_follow_token_segments():
    text = "واندلعت الاشتباكات في بغداد وبيروت أمس ."
    got = tag(text, segments={"وبيروت": ["و", "بيروت"]})
    assert ("بيروت", "LOC") in got
    # و + للأمم and و + ل + لعراق: the ل of ال elided after ل goes with the clitics (للفيفا -> فيفا)
    text = "وقالت الأمم المتحدة إن وللأمم المتحدة دورا في العراق وللعراق حق ."
    got = tag(text, segments={"وللأمم": ["و", "للأمم"], "وللعراق": ["و", "ل", "لعراق"]})
    assert ("أمم المتحدة", "ORG") in got
    assert ("عراق", "LOC") in got


def test_empty_and_entity_free_text():
    assert get_tagger().tag(make_doc(""), None) == []
    assert tag("ارتفعت درجات الحرارة اليوم بشكل ملحوظ .") == []


def test_sentences_are_tagged_independently_and_offsets_exact():
    text = "التقى الرئيس المصري حسني مبارك بالملك عبد الله في الرياض .\nوفاز ريال مدريد على خصمه ."
    doc = make_doc(text)
    spans = get_tagger().tag(doc, None)
    got = [(text[s:e], lab) for s, e, lab in spans]
    assert ("حسني مبارك", "PERSON") in got
    assert ("الرياض", "LOC") in got
    assert ("ريال مدريد", "ORG") in got
    assert all("\n" not in t for t, _ in got)


@pytest.mark.parametrize("text", ["???", "🙂 hello", "\u200f\u200e", "١٢٣ ٤٥٦"])
def test_odd_input_does_not_crash(text):
    assert isinstance(get_tagger().tag(make_doc(text), None), list)


# --- name-list features (arnews/data/names -> the model's "nl" table) -------------------------------

def test_name_lists_tag_words_by_list_and_position(tmp_path):
    from arnews.entities import ner_features as F
    (tmp_path / "first_names_foreign.txt").write_text("# foreign given names\nجوزيه\nديدييه  # variant\n",
                                                     encoding="utf-8")
    (tmp_path / "clubs.txt").write_text("# clubs\nبنفيكا\nدينامو كييف\n\n", encoding="utf-8")
    (tmp_path / "people.txt").write_text("جوزيه مورينيو\n", encoding="utf-8")
    nl = F.name_lists(tmp_path)
    assert nl["جوزيه"] == "FN|PNb"          # a first name, and the first word of a person's name
    assert nl["مورينيو"] == "PNi"
    assert nl["بنفيكا"] == "CL"
    assert nl["دينامو"] == "CLb" and nl["كييف"] == "CLi"
    assert "ديدييه" in nl and not any(k.startswith("#") for k in nl)
    # a glued proclitic: the list tags with "c"; the clitic-free form first
    assert F._nl(nl, "وبنفيكا", "وبنفيكا", "وبنفيكا") == ["nl=CLc"]
    assert F._nl(nl, "بنفيكا", "بنفيكا", "بنفيكا") == ["nl=CL"]
    assert F._nl(nl, "الحكومة", "الحكومة", "حكومة") == []
    g = F.form_groups("ودينامو", {}, {}, nl=nl)
    assert g["nl"] == ["nl=CLbc"]
    assert sorted(F.form_features("ودينامو", {}, {}, nl=nl)) == sorted(x for v in g.values() for x in v)


def test_shipped_model_carries_its_name_lists():
    tg = get_tagger()
    assert tg.nl, "the shipped model stores the name lists it was trained with"
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in list(tg.nl.items())[:100])


def test_cached_emissions_equal_the_plain_feature_sums():
    """The vectorized per-form matrices (_add_forms) are the sums of the forms' feature weights."""
    import numpy as np
    from arnews.entities import ner_features as F
    tg = get_tagger()
    text = "وقال المدرب البرتغالي جوزيه مورينيو إن فريقه سيواجه بنفيكا ودينامو كييف في دوري أبطال أوروبا"
    forms = list(dict.fromkeys(_TOK.findall(text))) + ["قرقيزستاني", "xyz", "2015", F.BOS]
    tg._labels(forms, [len(forms)])
    for f in forms:
        assert np.allclose(tg._table[tg._rows[f]], tg.plain_rows(f), atol=1e-4), f


def test_club_names_from_the_name_lists_become_organizations():
    """Mentions that are, or with the word before/after make up, a club of arnews/data/names/clubs.txt
    are ORG (the tagger reads بوخارست as a city, دينامو as a person, بنفيكا as a place)."""
    from arnews.entities.clubs import _teams
    from arnews.entities.words import _make_entity
    text = "وفاز ريال مدريد على وستيوا بوخارست بثلاثة أهداف، وتعادل دينامو كييف مع بنفيكا في لشبونة"

    def ent(sub, label):
        s = text.index(sub)
        return _make_entity(sub, s, s + len(sub), label, None, None, None, "tagger")

    res = _teams([ent("بوخارست", "LOC"), ent("دينامو", "PERSON"), ent("كييف", "LOC"), ent("بنفيكا", "LOC"),
                  ent("لشبونة", "LOC")], text)
    got = sorted((x.text, x.label) for x in res)
    assert got == [("بنفيكا", "ORG"), ("دينامو كييف", "ORG"), ("ستيوا بوخارست", "ORG"), ("لشبونة", "LOC")]


def test_no_tagger_name_runs_over_a_line_end():
    """A token glued over a paragraph separator (a URL, then \\x1e, then a letter) is not a name."""
    text = "قال باراك أوباما\x1eإن"
    doc = make_doc(text)
    toks = doc.tokens
    # one token over the separator, as a tokenizer might glue it
    glued = Token(text="أوباما\x1eإن", start=text.index("أوباما"), end=len(text), segments=[])
    doc = Document(text=text, tokens=toks[:2] + [glued], sentences=doc.sentences[:1])
    for s, e, lab in get_tagger().tag(doc, None):
        assert "\x1e" not in text[s:e]


def test_coordinated_person_names_are_split_before_wa_plus_a_first_name():
    tg = get_tagger()
    text = "وشارك في المباراة ديدييه دروغبا وإيمانويل إيبواه وسامي الجابر"
    doc = make_doc(text)
    texts = [t.text for t in doc.tokens]
    rows = tg._labels(texts, [len(texts)])[1]
    first = texts.index("ديدييه")
    runs, cut = tg._split_coordinated([(first, len(texts) - 1, "PERS")], rows)
    assert [" ".join(texts[i:j + 1]) for i, j, _ in runs] == ["ديدييه دروغبا", "وإيمانويل إيبواه", "وسامي الجابر"]
    assert cut == {texts.index("وإيمانويل"), texts.index("وسامي")}
    # a name that itself begins with و is not split (وليد)
    text = "قال رئيس الوزراء وليد جنبلاط"
    doc = make_doc(text)
    texts = [t.text for t in doc.tokens]
    rows = tg._labels(texts, [len(texts)])[1]
    runs, cut = tg._split_coordinated([(3, 4, "PERS")], rows)
    assert runs == [(3, 4, "PERS")] and not cut
    # through tag(): the split-off name's span leaves its و out
    spans = tag("وشارك في المباراة ديدييه دروغبا وإيمانويل إيبواه وسامي الجابر")
    assert not any(t.startswith("و") and lab == "PERSON" for t, lab in spans), spans


def test_club_names_after_a_team_cue_are_organizations():
    """Club names that are common words or places (names/clubs_ambiguous.txt) are ORG right after a
    team cue (فريق، لاعب، ضيفه ...), and only there."""
    import arnews
    text = "وفاز فريق العربي على الوكرة بهدفين، وتعادل لاعب الشمال مع ضيفه السد في الدوري."
    got = {(e.text, e.label) for e in arnews.extract(text).entities}
    assert {("العربي", "ORG"), ("الشمال", "ORG"), ("السد", "ORG")} <= got
    text = "زار الوزير السد العالي واتجه إلى الشمال ثم إلى العربي للتسوق"
    labels = {e.text: e.label for e in arnews.extract(text).entities}
    assert labels.get("السد") != "ORG" and labels.get("الشمال") != "ORG"


def test_quoted_title_after_a_work_cue_is_a_work():
    import arnews
    text = 'ويقدم برنامج «حوار من القلب» الذي يذاع مساء الجمعة، وعرض فيلم "الناس وأنا" في القاهرة.'
    got = {(e.text, e.label) for e in arnews.extract(text).entities}
    assert {("حوار من القلب", "WORK"), ("الناس وأنا", "WORK"), ("القاهرة", "LOC")} <= got
    # a quotation is not a title, nor a long quoted passage after a cue
    assert not [e for e in arnews.extract('قال الرئيس «إننا لن نتراجع عن قرارنا»').entities if e.label == "WORK"]
    long = 'وقال في برنامج «إن الحكومة لن تتراجع عن قرارها مهما كانت الضغوط والظروف»'
    assert not [e for e in arnews.extract(long).entities if e.label == "WORK"]
    # one work adjective may sit between the cue and the title; another word may not
    got = {(e.text, e.label) for e in arnews.extract('ويطل ببرنامج جديد «حور الدنيا» وفي روايته الأخيرة «يقظة فنيجان»').entities}
    assert {("حور الدنيا", "WORK"), ("يقظة فنيجان", "WORK")} <= got
    assert not [e for e in arnews.extract('وقال في برنامج اليوم «لن نتراجع»').entities if e.label == "WORK"]


def test_quoted_name_after_an_event_cue_is_an_event():
    import arnews
    text = 'انطلقت فعاليات «السودة أجمل» وسط المتنزه، وبدأت فعالية «الشوكولاتة» بـ12 نشاطا ضمن مهرجان "جدة شو".'
    got = {(e.text, e.label) for e in arnews.extract(text).entities}
    assert {("السودة أجمل", "EVENT"), ("الشوكولاتة", "EVENT"), ("جدة شو", "EVENT")} <= got
    assert not [e for e in arnews.extract('وقال رئيس المهرجان «نجحنا هذا العام»').entities if e.label == "EVENT"]


def test_words_with_tanween_end_a_name_or_are_none(monkeypatch):
    """An indefinite word (tanween: اضطراريًا، مبعوثًا) is not a name: a tagger span stops before the
    first such word, and one that starts with it is dropped."""
    tg = get_tagger()
    real = tg._labels
    ids = {lab: i for i, lab in enumerate(tg.labels)}

    def forced(texts, lengths):
        y, rows, E = real(texts, lengths)
        y = y.copy()
        y[:] = ids["O"]
        y[1], y[2], y[3] = ids["B-PERS"], ids["I-PERS"], ids["I-PERS"]
        y[4] = ids["B-LOC"]
        return y, rows, E

    monkeypatch.setattr(tg, "_labels", forced)
    assert tag("عين إسماعيل ولد مبعوثًا اضطراريًا") == [("إسماعيل ولد", "PERSON")]


def test_a_person_name_takes_in_the_first_name_before_it():
    """The CRF tags أبو هنية; حسن, a first name of the name lists, belongs to the name."""
    doc = arnews.extract("عند سؤال حسن أبو هنية، الباحث الأردني في شؤون الجماعات المتطرفة، عما إذا كان سبب "
                         "التطرف داخل السجون هو حقا التعذيب.")
    assert [(e.text, e.label) for e in doc.entities] == [("حسن أبو هنية", "PERSON")]
    # but not a common word before a name (على "on" is علي once normalized), nor a name before و + name
    doc = arnews.extract("وركزت الصحف على نتنياهو وعلى خطابه أمام الكونغرس.")
    assert all(not e.text.startswith("على") for e in doc.entities)


def test_a_name_is_not_cut_as_proclitic_plus_word():
    """بن and given names stay whole in names (not ن لادن، مال الجنزوري)."""
    doc = arnews.extract("وصرح كمال الجنزوري بأن الحكومة ستعلن القرار، فيما تحدث أسامة بن لادن عن التنظيم.")
    names = [e.text for e in doc.entities if e.label == "PERSON"]
    assert "كمال الجنزوري" in names and any(n.endswith("بن لادن") for n in names)


def test_a_given_name_that_starts_like_a_proclitic_stays_whole():
    """وائل is a given name of the lists although ائل (إيل) is one too: the span keeps its و; a proclitic +
    a name that is not itself a given name is still cut (وأوباما -> أوباما)."""
    import arnews
    persons = [e.text for e in arnews.extract("المسلسل من تأليف يوسف معاطي وإخراج وائل إحسان.").entities
               if e.label == "PERSON"]
    assert "وائل إحسان" in persons
    persons = [e.text for e in arnews.extract("والتقى كيري وأوباما في البيت الأبيض.").entities if e.label == "PERSON"]
    assert "أوباما" in persons and "وأوباما" not in persons
