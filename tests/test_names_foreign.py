"""Foreign given names of arnews/data/names: the lists' consistency and what the runtime readers see."""
from pathlib import Path

import pytest

from arnews.segment.clitics import given_names
from arnews.text import normalize

NAMES = Path(__file__).resolve().parents[1] / "arnews" / "data" / "names"


def _entries(fname):
    lines = (NAMES / fname).read_text(encoding="utf-8").splitlines()
    return [x for x in (line.split("#", 1)[0].strip() for line in lines) if x]


@pytest.mark.parametrize("fname", ["first_names_foreign.txt", "first_names_ambiguous.txt"])
def test_first_name_lists_are_deduplicated(fname):
    entries = _entries(fname)
    assert len(entries) == len(set(entries))


def test_no_foreign_name_normalizes_to_an_ambiguous_one():
    """A name whose normalized form is a common word (ألفريد = الفريد "the unique", إمره = أمره "his
    matter") lives only in the ambiguous list, which the segmenter does not read (the entity rules read it
    only for words the tagger's training text has mostly inside person names)."""
    ambiguous = {normalize(x) for x in _entries("first_names_ambiguous.txt")}
    clashes = [x for x in _entries("first_names_foreign.txt") if normalize(x) in ambiguous]
    assert clashes == []


def test_foreign_given_names_reach_the_runtime_readers():
    given = set(given_names())
    for name in ("ديديه", "أوليغ", "إستوارت", "شاشي", "أرجون", "ريجينا", "فايرا", "أفيخاي", "بهزاد", "ناروهيتو",
                 "ميك", "لورينت", "أمينو", "راداميل", "جوزيب"):
        assert name in given, name
    for word in ("ألفريد", "أوزان", "مارينا", "ميلان", "شاي"):
        assert word not in given, word
