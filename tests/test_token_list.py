"""A document's tokens are kept compactly (records.TokenList) and must behave as a list of Token
records everywhere: reading, changing, comparing, copying, pickling, dumping."""
import copy
import json
import pickle

import arnews
from arnews.records import Document, Token, TokenList

TEXT = "وقال المتحدث باسم الشركة إن أكثر من 3 ملايين مستخدم انضموا إلى تويتر وللفيفا، بالـ20 دولارا."


def fresh():
    doc = arnews.extract(TEXT)
    assert isinstance(doc.__dict__["tokens"], TokenList)
    return doc


def test_the_dump_of_kept_tokens_is_the_dump_of_their_records():
    doc = fresh()
    fast_json, fast = doc.model_dump_json(), doc.model_dump(mode="json")
    records = list(doc.tokens)  # makes the records
    assert all(type(t) is Token for t in records)
    assert doc.model_dump(mode="json") == fast and doc.model_dump_json() == fast_json
    rebuilt = Document.model_validate(fast)
    assert rebuilt.tokens == records and rebuilt == doc and doc == rebuilt
    toks = fast["tokens"]
    assert [t["text"] for t in toks[-5:]] == ["وللفيفا", "،", "بالـ20", "دولارا", "."]
    assert [s["text"] for s in toks[-3]["segments"]] == ["ب", "الـ", "20"]
    ll = next(t for t in toks if t["text"] == "وللفيفا")
    assert [s["text"] for s in ll["segments"]] == ["و", "ل", "لفيفا"]
    assert all(TEXT[s["start"]:s["end"]] == s["text"] for t in toks for s in [t, *t["segments"]])


def test_dump_options_that_reach_into_tokens_are_honoured():
    doc = fresh()
    plain = Document.model_validate(doc.model_dump())  # the same document with a plain list
    for kwargs in ({}, {"mode": "json", "exclude_none": True}, {"exclude_unset": True}, {"exclude_defaults": True}, {"exclude": {"tokens": {0}}}, {"include": {"tokens": {1: {"text"}}}},
                   {"exclude": {"tokens": {"__all__": {"segments"}}}}):
        assert fresh().model_dump(**kwargs) == plain.model_dump(**kwargs), kwargs


def test_kept_tokens_read_and_change_like_a_list():
    doc = fresh()
    n = len(doc.__dict__["tokens"])
    assert doc.__dict__["tokens"].texts[:2] == ["وقال", "المتحدث"]
    assert doc.tokens.token(0).segments[1].text == "قال"  # one record, the others not made
    assert doc.__dict__["tokens"]._records is None
    first = doc.tokens[0]
    assert first.text == "وقال" and first.norm == "وقال" and [s.text for s in first.segments] == ["و", "قال"]
    assert doc.tokens[0] is first and doc.tokens[-1].text == "." and len(doc.tokens[1:3]) == 2
    first.norm = "changed"
    doc.tokens.append(Token(text="x", start=0, end=1))
    assert len(doc.tokens) == n + 1
    dumped = doc.model_dump()["tokens"]
    assert dumped[0]["norm"] == "changed" and dumped[-1]["text"] == "x"
    del doc.tokens[-1]
    assert doc.tokens.starts[:2] == [0, 5] and doc.tokens.texts[0] == "وقال"


def test_kept_tokens_copy_and_pickle_compactly_and_made_records_as_records():
    doc = fresh()
    for other in (pickle.loads(pickle.dumps(doc)), copy.deepcopy(doc), doc.model_copy(deep=True)):
        kept = other.__dict__["tokens"]
        assert isinstance(kept, TokenList) and kept._records is None  # no record made on the way
        assert json.loads(other.model_dump_json())["tokens"] == doc.model_dump(mode="json")["tokens"]
        assert other == doc and other.tokens[0].segments[0].text == "و"
    made = pickle.loads(pickle.dumps(doc))  # records made by the comparisons: pickled as a plain list of them
    assert isinstance(made.__dict__["tokens"], list) and made == doc
    kept = fresh().__dict__["tokens"]
    shallow = copy.copy(kept)
    shallow[0].norm = "changed"  # makes the copy's records: the original makes its own
    assert kept[0].norm == "وقال" and shallow[1:] == kept[1:]


def test_clitic_cuts_of_new_word_forms_are_made_when_read():
    """A fresh pipeline has seen no word form: the cuts wait until a token's segments are read (a run
    that reads only entities never pays for them), then come out as an eager run gives them."""
    expected = fresh().model_dump(mode="json")["tokens"]
    kept = arnews.Pipeline()(TEXT).__dict__["tokens"]
    assert None in kept._forms  # nothing cut yet
    i = kept.texts.index("وللفيفا")
    assert [s.text for s in kept.token(i).segments] == ["و", "ل", "لفيفا"]
    assert kept._forms[i] is not None and kept._forms.count(None) > 1  # only the token read was cut
    assert pickle.loads(pickle.dumps(kept)).dicts() == expected  # a worker sends its cuts along
    assert kept.dicts() == expected and None not in kept._forms
