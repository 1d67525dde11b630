"""Optional integrations: Arrow schema, pandas tables, spaCy, Dask on a real LocalCluster.

Each test needs its extra (``arnews[pandas]``, ``arnews[spacy]``, ``arnews[dask]``) and is skipped,
saying which, only when that extra is not installed. Conversions are tested on hand-built Documents
(known spans); the default pipeline is only used for end-to-end smoke checks.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Literal, Optional

import pytest
from pydantic import BaseModel

import arnews
from arnews.records import Document, Entity, Quantity, Quote, Span, Speaker, Temporal, Token

ROOT = Path(__file__).resolve().parent.parent

# --- a hand-built document with known spans -----------------------------------------------------

TEXT = ("الرياض - واس\n\n"
        "أعلنت تويتر أن أكثر من 3 ملايين مستخدم  في السعودية انضموا إلى المنصة منذ 2015.\n"
        "وقال المتحدث باسم فيسبوك: \"نحن سعداء بهذا النمو\".")


def _span(text: str, needle: str, cls=Span, nth: int = 0, **kw):
    start = -1
    for _ in range(nth + 1):
        start = text.index(needle, start + 1)
    return cls(text=needle, start=start, end=start + len(needle), **kw)


def _tokens(text: str) -> list[Token]:
    import re
    return [Token(text=m.group(), start=m.start(), end=m.end(), norm=m.group())
            for m in re.finditer(r"\w+|[^\w\s]", text)]


def make_doc(doc_id: Optional[str] = "saudi-1") -> Document:
    t = TEXT
    quote_text = "نحن سعداء بهذا النمو"
    return Document(
        text=t, id=doc_id, tokens=_tokens(t),
        sentences=[_span(t, t[14:t.index("2015.") + 5]), _span(t, t[t.index("وقال"):])],
        entities=[_span(t, "تويتر", Entity, label="PLATFORM", id="twitter", name="Twitter", wikidata="Q918"),
                  _span(t, "السعودية", Entity, label="LOC", id="saudi-arabia"),
                  _span(t, "فيسبوك", Entity, label="PLATFORM", id="facebook")],
        quantities=[_span(t, "أكثر من 3 ملايين مستخدم", Quantity, kind="number", value=3_000_000.0,
                          modifier="more_than", counted=_span(t, "مستخدم"))],
        temporals=[_span(t, "2015", Temporal, kind="date", value="2015")],
        quotes=[_span(t, quote_text, Quote, kind="direct",
                      speaker=_span(t, "فيسبوك", Speaker, entity_id="facebook", name="Facebook"),
                      cue=_span(t, "وقال"))],
    )


def test_hand_built_document_is_consistent():
    doc = Document.model_validate(make_doc().model_dump())
    for rec in doc.entities + doc.quantities + doc.quotes + doc.temporals + doc.tokens:
        assert doc.text[rec.start:rec.end] == rec.text


# --- light import and extras ---------------------------------------------------------------------

def test_import_arnews_stays_light():
    code = ("import sys, arnews; heavy = [m for m in ('spacy', 'pandas', 'dask', 'distributed', 'pyarrow') "
            "if m in sys.modules]; print(heavy); assert not heavy, heavy")
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stdout + r.stderr


def test_unknown_attribute_is_still_an_attribute_error():
    with pytest.raises(AttributeError):
        arnews.no_such_thing  # noqa: B018


def test_extras_are_declared():
    tomllib = pytest.importorskip("tomllib", reason="Python >= 3.11 to read pyproject.toml")
    extras = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["optional-dependencies"]
    assert any(r.startswith("spacy") for r in extras["spacy"])
    assert {"pandas", "pyarrow"} <= {r.split(">")[0] for r in extras["pandas"]}
    assert any(r.startswith("dask[dataframe]") for r in extras["dask"])
    assert any(r.startswith("distributed") for r in extras["dask"])


# --- Arrow ---------------------------------------------------------------------------------------

def _pa():
    return pytest.importorskip("pyarrow", reason="needs the pandas extra: pip install 'arnews[pandas]'")


def test_arrow_schema_is_derived_from_the_models():
    pa = _pa()
    schema = arnews.arrow_schema(Document)
    assert schema.names == list(Document.model_fields)
    assert schema.field("text").type == pa.string() and not schema.field("text").nullable
    assert schema.field("id").nullable
    assert schema.field("headline").type == pa.struct([pa.field("text", pa.string(), False),
                                                       pa.field("start", pa.int64(), False),
                                                       pa.field("end", pa.int64(), False)])
    ent = schema.field("entities").type
    assert pa.types.is_list(ent) and pa.types.is_struct(ent.value_type)
    assert [f.name for f in ent.value_type] == list(Entity.model_fields)
    assert ent.value_type.field("label").type == pa.string()
    q = schema.field("quantities").type.value_type
    assert q.field("value").type == pa.float64() and q.field("value").nullable
    assert pa.types.is_struct(q.field("counted").type) and q.field("counted").nullable
    speaker = schema.field("quotes").type.value_type.field("speaker").type
    assert speaker.field("entity_id").type == pa.string()
    dict_schema = arnews.arrow_schema(Entity, literals="dictionary")
    assert pa.types.is_dictionary(dict_schema.field("label").type)


def test_arrow_schema_follows_a_new_model():
    pa = _pa()
    from arnews.integrations.arrow import arrow_schema

    class Claim(BaseModel):
        text: str
        score: Optional[float] = None
        count: int = 0
        verdict: Literal["true", "false"] = "true"
        flagged: bool = False
        evidence: list[Span] = []
        about: Optional[Entity] = None

    s = arrow_schema(Claim)
    assert s.field("score").type == pa.float64() and s.field("score").nullable
    assert s.field("count").type == pa.int64() and not s.field("count").nullable
    assert s.field("verdict").type == pa.string()
    assert s.field("flagged").type == pa.bool_()
    assert pa.types.is_list(s.field("evidence").type)
    assert s.field("about").type.field("label").type == pa.string()

    class Bad(BaseModel):
        x: dict

    with pytest.raises(TypeError, match="unsupported"):
        arrow_schema(Bad)


def test_to_arrow_round_trips_documents(tmp_path):
    _pa()
    import pyarrow.parquet as pq
    docs = [make_doc(), make_doc(None), arnews.extract("قالت فيسبوك إن الخدمة عادت.")]
    table = arnews.to_arrow(docs)
    assert table.num_rows == 3 and table.schema.equals(arnews.arrow_schema(Document))
    rows = table.to_pylist()
    assert rows[0] == docs[0].model_dump()
    assert Document.model_validate(rows[0]) == docs[0]
    assert rows[0]["quotes"][0]["speaker"]["entity_id"] == "facebook"
    pq.write_table(table, tmp_path / "docs.parquet")
    back = pq.read_table(tmp_path / "docs.parquet")
    assert back.to_pylist()[0]["entities"][0]["id"] == "twitter"
    assert arnews.to_arrow(docs, literals="dictionary").to_pylist()[0] == rows[0]


# --- pandas --------------------------------------------------------------------------------------

def _pd():
    _pa()
    return pytest.importorskip("pandas", reason="needs the pandas extra: pip install 'arnews[pandas]'")


def test_to_frames_flattens_records_with_doc_ids():
    pd = _pd()
    docs = [make_doc("saudi-1"), make_doc(None).model_dump()]  # a Document and a dict without id
    f = arnews.to_frames(docs)
    assert set(f) == {"documents", "entities", "quantities", "temporals", "quotes"}
    d = f["documents"]
    assert d["doc_id"].tolist() == ["saudi-1", "1"] and d["doc_index"].tolist() == [0, 1]
    assert d["n_entities"].tolist() == [3, 3] and d["n_chars"].iloc[0] == len(TEXT)
    e = f["entities"]
    assert len(e) == 6
    assert e[e.doc_id == "saudi-1"]["id"].tolist() == ["twitter", "saudi-arabia", "facebook"]
    assert e["label"].dtype == pd.CategoricalDtype(["PERSON", "ORG", "LOC", "PLATFORM", "BRAND", "MEDIA",
                                                    "WORK", "EVENT", "MISC"])
    assert str(e["start"].dtype) == "Int64"
    row = e.iloc[0]
    assert TEXT[row.start:row.end] == row.text == "تويتر" and row.wikidata == "Q918"
    assert e["item_index"].tolist() == [0, 1, 2, 0, 1, 2]
    q = f["quantities"].iloc[0]
    assert q.counted_text == "مستخدم" and q.value == 3_000_000 and q.modifier == "more_than"
    assert TEXT[q.counted_start:q.counted_end] == "مستخدم"
    quote = f["quotes"].iloc[0]
    assert quote.speaker_text == "فيسبوك" and quote.speaker_entity_id == "facebook"
    assert quote.cue_text == "وقال" and quote.kind == "direct"
    assert f["temporals"]["value"].tolist() == ["2015", "2015"]
    assert f["documents"]["dateline_place"].isna().all()


def test_to_frames_keeps_columns_when_empty():
    _pd()
    f = arnews.to_frames([Document(text="نص قصير")], text=False)
    assert "text" not in f["documents"].columns
    for table, cols in {"quotes": ["speaker_entity_id", "cue_text"], "quantities": ["counted_text"],
                        "entities": ["label", "id"]}.items():
        assert len(f[table]) == 0 and set(cols) <= set(f[table].columns)
        assert f[table]["doc_id"].dtype.name == "string"


def test_to_frames_end_to_end_smoke(sample_text):
    _pd()
    f = arnews.to_frames([arnews.extract(sample_text)])
    assert f["documents"]["n_chars"].tolist() == [len(sample_text)]
    for table in ("entities", "quantities", "temporals", "quotes"):
        df = f[table]
        for _, r in df.iterrows():
            assert sample_text[r.start:r.end] == r.text


# --- spaCy ---------------------------------------------------------------------------------------

def _spacy():
    return pytest.importorskip("spacy", reason="needs the spacy extra: pip install 'arnews[spacy]'")


def test_to_spacy_tokens_entities_and_span_groups():
    _spacy()
    doc = make_doc()
    sdoc = arnews.to_spacy(doc)
    assert sdoc.text == TEXT and sdoc.lang_ == "ar"
    words = [t.text for t in sdoc if not t.is_space]
    assert words == [t.text for t in doc.tokens]
    assert [(e.text, e.label_, e.kb_id_) for e in sdoc.ents] == [
        ("تويتر", "PLATFORM", "twitter"), ("السعودية", "LOC", "saudi-arabia"), ("فيسبوك", "PLATFORM", "facebook")]
    assert sdoc.ents[0]._.arnews["wikidata"] == "Q918"
    (q,) = sdoc.spans["quantities"]
    assert q.text == "أكثر من 3 ملايين مستخدم" and q.label_ == "number" and q._.arnews["value"] == 3e6
    (quote,) = sdoc.spans["quotes"]
    assert quote.text == "نحن سعداء بهذا النمو" and quote.label_ == "direct" and quote.kb_id_ == "facebook"
    assert [s.text for s in sdoc.spans["speakers"]] == ["فيسبوك"]
    assert [s.text for s in sdoc.spans["cues"]] == ["وقال"]
    assert [(s.text, s.kb_id_) for s in sdoc.spans["temporals"]] == [("2015", "2015")]
    assert len(list(sdoc.sents)) >= 2
    assert sdoc._.arnews == doc and sdoc._.arnews_skipped == {}


def test_to_spacy_expands_misaligned_spans_and_skips_bad_ones():
    _spacy()
    doc = make_doc()
    t = doc.text
    k = t.index("المنصة")
    doc.entities = [
        Entity(text="منصة", start=k + 2, end=k + 6, label="MISC"),          # inside a token: expanded
        Entity.model_construct(text="xyz", start=0, end=3, label="ORG"),      # text does not match
        Entity.model_construct(text="", start=len(t) + 5, end=len(t) + 9, label="ORG"),  # out of range
        _span(t, "تويتر", Entity, label="PLATFORM", id="twitter"),
        _span(t, "أعلنت تويتر", Entity, label="ORG"),                          # overlaps: longest kept
    ]
    sdoc = arnews.to_spacy(doc)
    assert sorted(e.text for e in sdoc.ents) == ["أعلنت تويتر", "المنصة"]
    assert sdoc._.arnews_skipped == {"entities": 2, "ents_overlapping": 1}
    assert sorted(e.text for e in sdoc.spans["entities"]) == ["أعلنت تويتر", "المنصة", "تويتر"]  # nested kept


def test_to_spacy_without_tokens_and_with_odd_whitespace():
    _spacy()
    text = "  قالت فيسبوك\t\t إن الخدمة عادت.\n\n\n"
    doc = Document(text=text, entities=[_span(text, "فيسبوك", Entity, label="PLATFORM", id="facebook")])
    sdoc = arnews.to_spacy(doc)
    assert sdoc.text == text and [e.kb_id_ for e in sdoc.ents] == ["facebook"]
    doc.tokens = _tokens(text)
    sdoc = arnews.to_spacy(doc)
    assert sdoc.text == text and [t.text for t in sdoc if not t.is_space] == [t.text for t in doc.tokens]


def test_annotate_can_keep_existing_entities():
    spacy = _spacy()
    from arnews.integrations.spacy_adapter import annotate
    doc = make_doc()
    sdoc = spacy.blank("ar")(doc.text)
    k = doc.text.index("المتحدث")
    sdoc.ents = [sdoc.char_span(k, k + len("المتحدث"), label="PERSON"),
                 sdoc.char_span(doc.text.index("تويتر"), doc.text.index("تويتر") + 5, label="ORG")]
    annotate(sdoc, doc, overwrite_ents=False)
    assert [(e.text, e.label_) for e in sdoc.ents] == [("تويتر", "ORG"), ("السعودية", "LOC"),
                                                       ("المتحدث", "PERSON"), ("فيسبوك", "PLATFORM")]
    assert sdoc._.arnews_skipped == {"ents_overlapping": 1}   # arnews' تويتر lost to the existing one


def test_spacy_doc_survives_docbin():
    _spacy()
    from spacy.tokens import DocBin
    sdoc = arnews.to_spacy(make_doc())
    db = DocBin(store_user_data=True)
    db.add(sdoc)
    (back,) = DocBin().from_bytes(db.to_bytes()).get_docs(sdoc.vocab)
    assert [e.kb_id_ for e in back.ents] == ["twitter", "saudi-arabia", "facebook"]
    assert back._.arnews.quotes[0].speaker.entity_id == "facebook"
    assert [s.text for s in back.spans["quotes"]] == ["نحن سعداء بهذا النمو"]


class _FakeGazetteer:
    """A deterministic entity component for tests (the real one is being written)."""

    name = "test_gazetteer"
    requires = ()
    provides = ("entities",)
    NAMES = {"تويتر": ("twitter", "PLATFORM"), "فيسبوك": ("facebook", "PLATFORM"),
             "السعودية": ("saudi-arabia", "LOC"), "الرياض": ("riyadh", "LOC")}

    def __call__(self, doc, ctx):
        found = []
        for name, (eid, label) in self.NAMES.items():
            i = doc.text.find(name)
            while i >= 0:
                found.append(Entity.model_construct(text=name, start=i, end=i + len(name), label=label, id=eid,
                                                    name=None, wikidata=None, source="test"))
                i = doc.text.find(name, i + 1)
        doc.entities.extend(sorted(found, key=lambda e: e.start))


def _register_fake():
    arnews.register_component("test_gazetteer", lambda **_: _FakeGazetteer())


def test_spacy_pipe_component_on_spacy_tokens():
    spacy = _spacy()
    import arnews.integrations.spacy_adapter  # noqa: F401  (registers the "arnews" factory)
    _register_fake()
    nlp = spacy.blank("ar")
    nlp.add_pipe("arnews", config={"components": ["structure", "sentences", "tokens", "test_gazetteer"]})
    assert "arnews" in nlp.pipe_names
    sdoc = nlp("أعلنت تويتر أن مستخدمين في السعودية انضموا. وقال متحدث باسم فيسبوك إن الخدمة عادت.")
    assert [(e.text, e.kb_id_) for e in sdoc.ents] == [("تويتر", "twitter"), ("السعودية", "saudi-arabia"),
                                                       ("فيسبوك", "facebook")]
    assert set(sdoc.spans) >= {"entities", "quotes", "quantities", "temporals"}
    # default pipeline: a smoke check that it runs and keeps spaCy's text
    nlp2 = spacy.blank("ar")
    nlp2.add_pipe("arnews")
    text = "وقالت فيسبوك في بيان: \"نأسف للإزعاج\"."
    assert nlp2(text).text == text


def test_displacy_renders_right_to_left():
    _spacy()
    from spacy import displacy
    from arnews.integrations.spacy_adapter import render
    sdoc = arnews.to_spacy(make_doc())
    raw = displacy.render(sdoc, style="ent", jupyter=False, options={"direction": "rtl"})
    assert "direction: rtl" in raw and "تويتر" in raw and "PLATFORM" in raw
    html = render(sdoc)
    assert 'dir="rtl"' in html and "تويتر" in html and "PLATFORM" in html
    page = render(sdoc, page=True)
    assert '<html dir="rtl" lang="ar">' in page
    spans = render(sdoc, style="span", options={"spans_key": "quotes"})
    assert 'dir="rtl"' in spans and "direct" in spans


# --- Dask on a real LocalCluster -----------------------------------------------------------------

ARTICLES = [
    ("الرياض تستضيف مؤتمرا للتقنية",
     "الرياض - واس\n\nانطلقت اليوم في الرياض أعمال مؤتمر التقنية بمشاركة أكثر من 200 شركة، "
     "وقال وزير الاتصالات إن السعودية تستثمر 5 مليارات ريال في البنية الرقمية.", "spa-1", "2015-07-21"),
    ("تويتر تطلق ميزة جديدة",
     "أعلنت تويتر عن ميزة جديدة للمستخدمين العرب، وذكرت الشركة أن عدد مستخدميها في السعودية تجاوز 4 ملايين.",
     "spa-2", "2015-07-21"),
    ("بيان", "وقالت فيسبوك في بيان: \"نأسف للإزعاج\". وأضافت أن الخدمة عادت بعد ساعتين.", "spa-3", "2015-07-22"),
    ("خبر فارغ", None, "spa-4", None),
    ("أسواق", "ارتفع المؤشر العام للسوق بنسبة 1.5% في تداولات الأمس.", "spa-5", "not a date"),
]


@pytest.fixture(scope="module")
def dask_client():
    pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'arnews[dask]'")
    distributed = pytest.importorskip("distributed", reason="needs the dask extra: pip install 'arnews[dask]'")
    import cloudpickle
    cloudpickle.register_pickle_by_value(sys.modules[__name__])  # ship the fake component to workers
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                       dashboard_address=None, host="127.0.0.1")
    client = distributed.Client(cluster)
    try:
        yield client
    finally:
        client.close()
        cluster.close()
        cloudpickle.unregister_pickle_by_value(sys.modules[__name__])


def _articles_ddf(npartitions=2):
    import dask.dataframe as dd
    import pandas as pd
    pdf = pd.DataFrame(ARTICLES, columns=["title", "content", "url", "date"])
    return pdf, dd.from_pandas(pdf, npartitions=npartitions)


def test_dask_extract_on_local_cluster(dask_client):
    import arnews.dask as adask
    dask_client.run(_register_fake)
    assert len(dask_client.scheduler_info()["workers"]) == 2
    pdf, ddf = _articles_ddf(npartitions=3)
    comps = ["structure", "sentences", "tokens", "test_gazetteer"]
    out = adask.extract(ddf, "content", title_column="title", id_column="url", date_column="date",
                        components=comps, keep_text=True)
    assert out.npartitions == 3
    res = out.compute()
    assert dict(res.dtypes) == dict(out._meta.dtypes)
    assert res["doc_id"].tolist() == pdf["url"].tolist()
    assert str(res["n_entities"].dtype) == "Int64" and res["n_entities"].tolist() == [4, 3, 1, 0, 0]
    assert res["entity_ids"].tolist()[:3] == [["riyadh", "saudi-arabia"], ["twitter", "saudi-arabia"], ["facebook"]]
    assert res["text"].iloc[0].startswith("الرياض تستضيف مؤتمرا للتقنية\n\n")
    assert res["n_chars"].iloc[1] == len(ARTICLES[1][0]) + 2 + len(ARTICLES[1][1])
    assert res["n_chars"].iloc[3] == len("خبر فارغ")       # missing content: the title alone
    assert res["error"].isna().tolist() == [True, True, True, True, False]
    assert res["error"].iloc[4].startswith("reference_date ignored") and res["n_chars"].iloc[4] > 0
    ents0 = res["entities"].iloc[0]
    assert all(res["text"].iloc[0][e["start"]:e["end"]] == e["text"] for e in ents0)
    # one pipeline per worker process, not per row or partition
    counts = dask_client.run(lambda: len(__import__("arnews.dask").dask._PIPELINES))
    assert sorted(counts.values()) in ([1, 1], [0, 1])

    ex = adask.explode_entities(out).compute()
    assert len(ex) == 8 and set(ex.columns) >= {"doc_id", "item_index", "text", "start", "end", "label", "id"}
    assert ex[ex.doc_id == "spa-1"]["id"].tolist() == ["riyadh", "riyadh", "riyadh", "saudi-arabia"]
    assert ex["label"].dtype.name == "category"

    js = adask.extract(ddf, "content", title_column="title", id_column="url", components=comps,
                       nested="json").compute()
    assert json.loads(js["entities"].iloc[2])[0]["id"] == "facebook"
    assert adask.explode(adask.extract(ddf, "content", components=comps, nested="json"),
                         "entities").compute()["id"].tolist().count("facebook") == 1


def test_dask_extract_default_pipeline_smoke(dask_client, tmp_path):
    import dask.dataframe as dd
    import arnews.dask as adask
    pdf, ddf = _articles_ddf()
    out = adask.extract(ddf, "content", title_column="title", id_column="url")
    out.to_parquet(tmp_path / "out")
    back = dd.read_parquet(tmp_path / "out", dtype_backend="pyarrow").compute()  # nested Arrow columns
    assert back["doc_id"].tolist() == pdf["url"].tolist()
    assert back["n_chars"].iloc[2] == len(ARTICLES[2][0]) + 2 + len(ARTICLES[2][1])
    assert back["error"].isna().all()
    sub = adask.read_parquet(tmp_path / "out", columns=["doc_id", "entity_ids", "error"]).compute()
    assert sub.columns.tolist() == ["doc_id", "entity_ids", "error"]
    assert sub["doc_id"].tolist() == pdf["url"].tolist() and sub["error"].isna().all()
    quotes = adask.explode(out, "quotes").compute()
    assert {"speaker_entity_id", "cue_text"} <= set(quotes.columns)


def test_dask_extract_rejects_unknown_columns():
    pytest.importorskip("dask.dataframe", reason="needs the dask extra: pip install 'arnews[dask]'")
    import arnews.dask as adask
    _, ddf = _articles_ddf()
    with pytest.raises(KeyError, match="nope"):
        adask.extract(ddf, "nope")
    with pytest.raises(ValueError, match="nested"):
        adask.extract(ddf, "content", nested="xml")
