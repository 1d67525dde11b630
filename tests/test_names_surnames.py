"""Family names of arnews/data/names (surnames.txt, surnames_ambiguous.txt): the lists' consistency and what
the runtime reader sees."""
from pathlib import Path

import pytest

from arnews.text import normalize

NAMES = Path(__file__).resolve().parents[1] / "arnews" / "data" / "names"


def _entries(fname):
    lines = (NAMES / fname).read_text(encoding="utf-8").splitlines()
    return [x for x in (line.split("#", 1)[0].strip() for line in lines) if x]


@pytest.mark.parametrize("fname", ["surnames.txt", "surnames_ambiguous.txt"])
def test_surname_lists_are_deduplicated_single_words(fname):
    """One word an entry: the words of a longer entry (دي لا فيغا، إمام أوغلو) would tag لا and إمام."""
    entries = [normalize(x) for x in _entries(fname)]
    assert len(entries) == len(set(entries))
    assert [x for x in entries if " " in x] == []


def test_no_surname_is_a_common_word_or_a_given_name():
    """Family names that are also words (الشهري monthly, الحربي military, مشرف supervisor) or given names
    stay out of surnames.txt, as does a foreign name whose normalized form is an Arabic word (رييس = رئيس)."""
    surnames = {normalize(x) for x in _entries("surnames.txt")}
    ambiguous = {normalize(x) for x in _entries("surnames_ambiguous.txt")}
    given = {normalize(x) for f in ("first_names_arabic.txt", "first_names_foreign.txt",
                                    "first_names_ambiguous.txt") for x in _entries(f)}
    assert surnames & ambiguous == set()
    assert surnames & given == set()
    for word in ("الشهري", "الحربي", "مشرف", "رييس", "كان", "الأحمر", "روسي", "ليبي"):
        assert word not in surnames, word


def test_surnames_reach_the_runtime_reader():
    """The entity rule reads the unambiguous list only (a family name after a given name or a person)."""
    from arnews.entities.people import _surnames
    surnames, given, _, titles = _surnames()
    assert {normalize(x) for x in ("القحطاني", "الزهراني", "البرغوثي", "أردوغان", "زنغنه", "واتسون")} <= surnames
    assert not {normalize(x) for x in ("الخطيب", "الشهري", "باول")} & surnames
    assert normalize("عامر") in given and normalize("بيجن") in given
    assert normalize("المدرب") in titles and normalize("الرئيس") in titles


def test_a_given_name_that_is_also_a_word_names_a_person_before_a_listed_family_name():
    """علي، تركي، مساعد are also words ('on', 'Turkish', 'assistant'), and the tagger misses them: before a
    family name of surnames.txt they are the given name (وأوضح المدير التنفيذي مساعد العتيبي), and a given
    name the tagger kept alone before them joins (محمد + علي جعفري); before any other word they stay words
    (مساعد المدير العام)."""
    import arnews
    text = "وأوضح المدير التنفيذي مساعد العتيبي أن التسجيل بدأ، وقال مساعد المدير العام إن الخطة جاهزة."
    got = [e.text for e in arnews.extract(text).entities if e.label == "PERSON"]
    assert got == ["مساعد العتيبي"]
    text = "نقلت وكالة تسنيم للأنباء عن محمد علي جعفري، قائد الحرس الثوري، قوله إن الرد سيكون حاسما."
    got = [e.text for e in arnews.extract(text).entities if e.label == "PERSON"]
    assert got == ["محمد علي جعفري"]


def test_a_family_name_that_is_also_a_word_follows_a_given_name_with_its_article():
    """الشهري is 'monthly' and a family name (surnames_ambiguous.txt): right after a given name of the lists
    that no mention holds it is the family name (تغيب اللاعبون يحيى الشهري وعبدالرحمن الشمري); after a noun it
    stays the adjective (التقرير الشهري)."""
    import arnews
    text = "وتغيب عن التدريبات اللاعبون يحيى الشهري وعبدالرحمن الشمري، وصدر التقرير الشهري للنادي أمس."
    got = [e.text for e in arnews.extract(text).entities if e.label == "PERSON"]
    assert "يحيى الشهري" in got
    assert not [t for t in got if "التقرير" in t or t == "الشهري"]
