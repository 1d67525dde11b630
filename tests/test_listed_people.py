"""Full names of arnews/data/names/people.txt found in the text are persons (``_listed_people``)."""
import arnews
from arnews.entities.matching import _Toks
from arnews.entities.people import _listed_people, _people_names
from arnews.entities.words import _make_entity
from arnews.pipeline import Context
from arnews.text import normalize


def _persons(text):
    return [e.text for e in arnews.extract(text).entities if e.label == "PERSON"]


def test_a_listed_full_name_is_one_person_mention():
    """The tagger alone cuts the glued-looking first letter (ائل كفوري، ان بيرسي) or keeps the surname
    only (بونغو); the listed name makes the mention whole."""
    assert _persons("افتتح الفنان اللبناني وائل كفوري مهرجانات أعياد بيروت.") == ["وائل كفوري"]
    assert _persons("وقرر فان بيرسي الرحيل عن مانشستر يونايتد.") == ["فان بيرسي"]
    assert _persons("كما يواجه علي بونغو اتهامات في باريس.") == ["علي بونغو"]


def test_titles_stay_out_and_other_mentions_are_kept():
    """A title of the list entry (الملك فهد) is not part of a name to match, and a name inside another
    kind of mention (an ORG over it) is left alone."""
    people = _people_names()
    assert ("الملك", "فهد") not in people.get("الملك", {}).get("فهد", [])
    assert (normalize("علي"), normalize("بن"), normalize("الحسين")) in people[normalize("علي")][normalize("بن")]
    text = "أعلنت مؤسسة وائل كفوري للأعمال الخيرية عن برنامجها"
    s, e = text.index("مؤسسة"), text.index(" عن")
    org = _make_entity(text[s:e], s, e, "ORG", None, None, None, "tagger")
    ctx = Context(text)
    out = _listed_people([org], text, ctx, _Toks(ctx.view.norm))
    assert [(x.text, x.label) for x in out] == [(text[s:e], "ORG")]


def _surnamed(text, ents=()):
    from arnews.entities.people import _surnamed_people
    ctx = Context(text)
    return [(x.text, x.label) for x in _surnamed_people(list(ents), text, ctx, _Toks(ctx.view.norm))]


def test_a_family_name_of_the_list_completes_a_person():
    """The tagger stops before a family name it has not seen (منصور بن بطيحان + الجهني), or misses a
    given name + family name pair; surnames.txt completes both."""
    assert ("منصور بن بطيحان الجهني", "PERSON") in [
        (e.text, e.label) for e in arnews.extract("وعبر اللواء منصور بن بطيحان الجهني عن شكره.").entities]
    text = "وكان في استقبالهم عامر العتيبي ومساعده حمود السهلي"
    assert _surnamed(text) == [("عامر العتيبي", "PERSON"), ("حمود السهلي", "PERSON")]
    s = text.index("عامر")
    tagged = _make_entity("عامر", s, s + 4, "PERSON", None, None, None, "tagger")
    assert _surnamed(text, [tagged])[0] == ("عامر العتيبي", "PERSON")


def test_words_that_only_look_like_family_names_stay_out():
    """بأول (ب + أول "first") is not Powell, الشهري "monthly" and الحربي "military" are adjectives: they
    are in surnames_ambiguous.txt, which the rule does not read; a place before a family name is not
    widened either."""
    assert _surnamed("وبالفعل قامت نادية بأول دور سينمائي لها") == []
    assert _surnamed("وارتفع الراتب الشهري للموظف سعيد") == []
    text = "في الرياض العتيبي"
    loc = _make_entity("الرياض", 3, 9, "LOC", None, None, None, "gazetteer")
    assert _surnamed(text, [loc]) == [("الرياض", "LOC")]


def test_an_ambiguous_given_name_before_a_family_name_needs_the_training_text():
    """علي is also the preposition على once normalized, but the tagger's training text has it mostly in
    person names: علي + الأحمدي is a person; أن (in the ambiguous list as آن) is not: من أن + النخالة "bran"."""
    from arnews.entities.people import _surnamed_people
    from arnews.entities.tagger import get_tagger
    lex = get_tagger().lex

    def run(text):
        ctx = Context(text)
        return [(x.text, x.label) for x in _surnamed_people([], text, ctx, _Toks(ctx.view.norm), lex)]
    assert run("وقال المتحدث باسم المقاومة الشعبية علي الأحمدي إن المقاتلين تقدموا") == [("علي الأحمدي", "PERSON")]
    assert run("تأكد من أن النخالة محمصة من جميع الجوانب") == []


def test_a_family_name_after_a_title_is_a_person():
    assert _surnamed("وقال الدكتور المراغي إن إيران تروج لذلك") == [("المراغي", "PERSON")]
    assert _surnamed("وقال الدكتور إن إيران تروج لذلك") == []


def test_a_family_name_alone_after_the_full_name_is_the_same_person():
    from arnews.entities.people import _family_names_again
    text = "وقال علي الأحمدي إن المقاتلين تقدموا، بيد أن الأحمدي أشار إلى صعوبات. وقف جيب بوش مع كولومبيا بوش"
    ctx = Context(text)

    def ent(sub, label, at=0):
        s = text.index(sub, at)
        return _make_entity(sub, s, s + len(sub), label, None, None, None, "tagger")
    ents = [ent("علي الأحمدي", "PERSON"), ent("جيب بوش", "PERSON"), ent("كولومبيا", "LOC")]
    got = [(x.text, x.label, x.start) for x in _family_names_again(ents, text, ctx, _Toks(ctx.view.norm))]
    assert ("الأحمدي", "PERSON", text.index("أن الأحمدي") + 3) in got
    # بوش after the place كولومبيا belongs to another name (كولومبيا بوش), not to جيب بوش alone
    assert [x for x in got if x[0] == "بوش"] == []
