"""Optional backends (arnews.backends) on tiny models the tests build themselves.

The camel tests need ``arnews[camel]`` (camel-tools, torch, transformers), the stanza tests
``arnews[stanza]``; each group is skipped, with the reason, where its extra is not installed. The
error for a missing extra is tested where the extra is absent.
"""
from __future__ import annotations

import importlib.util
import logging
import sys

import pytest

from arnews import ArnewsError, Document, Pipeline

HAS_CAMEL = all(importlib.util.find_spec(m) for m in ("camel_tools", "torch", "transformers"))
HAS_STANZA = all(importlib.util.find_spec(m) for m in ("stanza", "torch"))
need_camel = pytest.mark.skipif(not HAS_CAMEL, reason="arnews[camel] not installed (camel-tools, torch, transformers)")
need_stanza = pytest.mark.skipif(not HAS_STANZA, reason="arnews[stanza] not installed (stanza, torch)")

TEXT = ("أعلنت شركة تويتر في دبي أن محمد بن راشد رحب بالجميع. "
        "وقال متحدث ولتويتر في بيان إن خدماتها عادت وبالموقع نفسه للموقع زوار.")
LABELS = {"PERSON", "ORG", "LOC", "MISC"}


def _valid(doc) -> Document:
    again = Document.model_validate(doc.model_dump())
    for t in doc.tokens:
        assert doc.text[t.start:t.end] == t.text
        for s in t.segments:
            assert doc.text[s.start:s.end] == s.text and t.start <= s.start < s.end <= t.end
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return again


def _segments(doc, word):
    return [[s.text for s in t.segments] for t in doc.tokens if t.text == word]


# --- without the extras ---------------------------------------------------------------------------

@pytest.mark.skipif(HAS_CAMEL, reason="camel extra installed: the missing-extra message cannot be shown")
def test_camel_not_installed_is_a_clear_error():
    with pytest.raises(ArnewsError, match=r"pip install 'arnews\[camel\]'"):
        Pipeline(ner="camel")
    with pytest.raises(ArnewsError, match=r"pip install 'arnews\[camel\]'"):
        Pipeline(segmenter="camel")


@pytest.mark.skipif(HAS_STANZA, reason="stanza extra installed: the missing-extra message cannot be shown")
def test_stanza_not_installed_is_a_clear_error():
    with pytest.raises(ArnewsError, match=r"pip install 'arnews\[stanza\]'"):
        Pipeline(ner="stanza")


def test_unknown_backend_names():
    with pytest.raises(ArnewsError, match="unknown segmenter backend 'spacy'"):
        Pipeline(segmenter="spacy")
    from arnews.backends import ner_backends, segmenter_backends
    assert ner_backends() == ["camel", "stanza"] and segmenter_backends() == ["camel", "stanza"]


# --- camel ----------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def camel_models(tmp_path_factory):
    if not HAS_CAMEL:
        pytest.skip("arnews[camel] not installed (camel-tools, torch, transformers)")
    from arnews.backends import tiny
    root = tmp_path_factory.mktemp("camel_data")
    ner = tiny.build_camel_ner(root / "data" / "ner" / "arabert")
    db = tiny.build_camel_morphology_db(root / "data" / "morphology_db" / "calima-msa-r13")
    return root, ner, db


@need_camel
def test_camel_import_guard_never_touches_home(camel_models, tmp_path, monkeypatch):
    root, ner, db = camel_models
    home = tmp_path / "home"
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(root))  # the backend's own convention
    for m in [m for m in sys.modules if m.startswith("camel_tools")]:
        monkeypatch.delitem(sys.modules, m)
    doc = Pipeline(ner="camel", segmenter="camel")(TEXT)
    _valid(doc)
    assert not home.exists()  # no ~/.camel_tools
    assert "camel_tools.data" not in sys.modules  # the catalogue (network) was never loaded
    assert _segments(doc, "ولتويتر") == [["و", "ل", "تويتر"]]


@need_camel
def test_camel_ner_real_model_spans_and_ids(camel_models):
    root, ner_dir, db = camel_models
    nlp = Pipeline(ner="camel", camel_ner_model=str(ner_dir))
    doc = nlp(TEXT)
    _valid(doc)
    tagger = nlp.components[nlp.names.index("entities")]._tagger
    from arnews.backends.camel import CamelNER
    assert isinstance(tagger, CamelNER)
    spans = tagger.tag(doc, None)
    # the random model tags something; every span is mapped to an arnews label and lies on token edges
    labels = tagger.recognizer.predict([[t.text for t in doc.tokens[:5]]])[0]
    assert len(labels) == 5 and set(labels) <= set(tagger.recognizer.labels())
    assert spans and {lab for _, _, lab in spans} <= LABELS
    ends = {t.end for t in doc.tokens}
    starts = {t.start for t in doc.tokens} | {s.start for t in doc.tokens for s in t.segments}
    assert all(s in starts and e in ends for s, e, _ in spans)
    # the gazetteer still attaches ids whatever the random model says
    ids = {(e.text, e.id) for e in doc.entities}
    assert ("تويتر", "twitter") in ids and ("دبي", "dubai") in ids


@need_camel
def test_camel_ner_label_mapping_is_exact(camel_models, monkeypatch):
    root, ner_dir, db = camel_models
    nlp = Pipeline(ner="camel", camel_ner_model=str(ner_dir), segmenter="camel", camel_morphology_db=str(db))
    tagger = nlp.components[nlp.names.index("entities")]._tagger

    def predict(sentences, batch_size=32):  # fixed ANERcorp output: the mapping, not the model, under test
        out = []
        for words in sentences:
            lab = ["O"] * len(words)
            for i, w in enumerate(words):
                if w == "محمد":
                    lab[i:i + 3] = ["B-PERS", "I-PERS", "I-PERS"]
                elif w == "ولتويتر":
                    lab[i] = "B-ORG"
                elif w == "دبي":
                    lab[i] = "B-LOC"
                elif w == "بيان":
                    lab[i] = "I-MISC"  # I- without B- starts a name
            out.append(lab[:len(words)])
        return out

    monkeypatch.setattr(tagger.recognizer, "predict", predict)
    doc = nlp(TEXT)
    _valid(doc)
    got = tagger.tag(doc, None)
    i = TEXT.index("ولتويتر") + 2
    assert (TEXT.index("محمد"), TEXT.index("راشد") + 4, "PERSON") in got
    assert (i, i + 5, "ORG") in got  # clitic-free through Token.segments (و+ل+تويتر)
    assert (TEXT.index("دبي"), TEXT.index("دبي") + 3, "LOC") in got
    assert (TEXT.index("بيان"), TEXT.index("بيان") + 4, "MISC") in got
    ents = {(e.start, e.end): e for e in doc.entities}
    assert ents[(i, i + 5)].id == "twitter"
    person = ents[(TEXT.index("محمد"), TEXT.index("راشد") + 4)]
    assert person.label == "PERSON" and person.id == "mohammed-bin-rashid"


@need_camel
def test_camel_d3_segments_align_to_the_original(camel_models):
    root, ner, db = camel_models
    text = "ولتويتر وبالموقع للموقع شركتها الجميع كتاب وَلِتويتر"
    doc = Pipeline(segmenter="camel", camel_morphology_db=str(db))(text)
    _valid(doc)
    assert _segments(doc, "ولتويتر") == [["و", "ل", "تويتر"]]
    assert _segments(doc, "وبالموقع") == [["و", "ب", "ال", "موقع"]]
    assert _segments(doc, "للموقع") == [["ل", "ل", "موقع"]]  # ل+ال+موقع: the article's alef is not written
    assert _segments(doc, "شركتها") == [["شركت", "ها"]]  # D3 writes شركة+ها
    assert _segments(doc, "كتاب") == [[]]  # unknown to the database: one piece
    assert _segments(doc, "وَلِتويتر") == [["وَ", "لِ", "تويتر"]]  # diacritics stay with their letter


@need_camel
def test_camel_missing_data_errors(tmp_path, monkeypatch):
    empty = tmp_path / "empty"
    empty.mkdir()
    with pytest.raises(ArnewsError, match="camel_data -i ner-arabert") as e:
        Pipeline(ner="camel", camel_data=str(empty))
    assert str(empty) in str(e.value)
    with pytest.raises(ArnewsError, match="camel_data -i morphology-db-msa-r13"):
        Pipeline(segmenter="camel", camel_data=str(empty))
    with pytest.raises(ArnewsError, match="no config.json"):
        Pipeline(ner="camel", camel_ner_model=str(empty))
    monkeypatch.setenv("CAMELTOOLS_DATA", str(empty))
    with pytest.raises(ArnewsError, match=r"from \$CAMELTOOLS_DATA.*camel_data -i ner-arabert"):
        Pipeline(ner="camel")
    assert not (empty / "catalogue.json").exists() and list(empty.iterdir()) == []


@need_camel
def test_camel_cli(camel_models, tmp_path, monkeypatch):
    import json

    from typer.testing import CliRunner

    from arnews.cli import app
    root, ner, db = camel_models
    f = tmp_path / "a.txt"
    f.write_text(TEXT, encoding="utf-8")
    monkeypatch.setenv("CAMELTOOLS_DATA", str(root))
    r = CliRunner().invoke(app, ["extract", str(f), "--ner", "camel", "--segmenter", "camel", "-j", "1", "-q"])
    assert r.exit_code == 0, r.output
    doc = json.loads(r.stdout)
    assert any(t["text"] == "ولتويتر" and [s["text"] for s in t["segments"]] == ["و", "ل", "تويتر"]
               for t in doc["tokens"])
    assert any(e["id"] == "twitter" for e in doc["entities"])
    monkeypatch.setenv("CAMELTOOLS_DATA", str(tmp_path / "nothing"))
    r = CliRunner().invoke(app, ["extract", str(f), "--ner", "camel", "-q"])
    assert r.exit_code != 0 and "camel_data -i ner-arabert" in r.output


# --- stanza ---------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def stanza_dir(tmp_path_factory):
    if not HAS_STANZA:
        pytest.skip("arnews[stanza] not installed (stanza, torch)")
    from arnews.backends import tiny
    d = tiny.build_stanza_models(tmp_path_factory.mktemp("stanza_resources"))
    logging.getLogger("stanza").setLevel(logging.WARNING)
    return d


@need_stanza
def test_stanza_ner_and_mwt_segments(stanza_dir):
    nlp = Pipeline(ner="stanza", segmenter="stanza", stanza_dir=str(stanza_dir), stanza_pretokenized=True)
    doc = nlp(TEXT)
    _valid(doc)
    # MWT words become segments, aligned to the original characters
    assert _segments(doc, "ولتويتر") == [["و", "ل", "تويتر"]]
    assert _segments(doc, "وبالموقع") == [["و", "ب", "الموقع"]]
    assert _segments(doc, "للموقع") == [["ل", "لموقع"]]  # ل + الموقع, the alef not written
    assert _segments(doc, "خدماتها") == [["خدمات", "ها"]]
    assert _segments(doc, "أعلنت") == [[]]
    tagger = nlp.components[nlp.names.index("entities")]._tagger
    spans = tagger.tag(doc, None)
    assert spans and {lab for _, _, lab in spans} <= LABELS
    # every token stanza labelled is inside a span with the mapped label
    from arnews.backends._common import map_label, sentence_groups
    from arnews.backends.stanza import _pretokenized_doc
    groups = sentence_groups(doc.tokens, doc.sentences)
    out = tagger.nlp(_pretokenized_doc(doc, groups, flag_mwt=False))
    for (a, _), sent in zip(groups, out.sentences):
        for k, st in enumerate(sent.tokens):
            if st.ner and st.ner != "O":
                tok = doc.tokens[a + k]
                lab = map_label(st.ner.split("-", 1)[1])
                assert any(s <= tok.end and tok.end <= e and lab == l for s, e, l in spans), (tok.text, st.ner)
    ids = {(e.text, e.id) for e in doc.entities}
    assert ("تويتر", "twitter") in ids and ("محمد بن راشد", "mohammed-bin-rashid") in ids


@need_stanza
def test_stanza_missing_models(stanza_dir, tmp_path, monkeypatch):
    with pytest.raises(ArnewsError, match=r"stanza\.download\('ar'") as e:
        Pipeline(ner="stanza", stanza_dir=str(tmp_path))
    assert "resources.json" in str(e.value)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    with pytest.raises(ArnewsError, match=r"from \$STANZA_RESOURCES_DIR"):
        Pipeline(segmenter="stanza")
    # stanza's own tokenizer is not in the tiny model set: the error names the processors to download
    with pytest.raises(ArnewsError, match=r"tokenize.*stanza\.download\('ar', processors='tokenize,mwt'"):
        Pipeline(segmenter="stanza", stanza_dir=str(stanza_dir))
    assert list(tmp_path.iterdir()) == []  # nothing downloaded or written
