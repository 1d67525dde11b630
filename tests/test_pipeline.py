"""The pipeline: component registry, requirements, options, input decoding."""
import datetime as dt

import pytest

import arnews
from arnews import ArnewsError, Pipeline
from arnews.records import Document


def test_extract_returns_document_with_text_unchanged(sample_text):
    doc = arnews.extract(sample_text)
    assert isinstance(doc, Document)
    assert doc.text == sample_text


def test_pipeline_subset_runs_only_what_is_asked():
    nlp = Pipeline(components=["structure", "sentences", "tokens"])
    doc = nlp("وقالت فيسبوك في بيان إن الخدمة عادت. وأكدت الشركة ذلك.")
    assert doc.tokens and doc.sentences
    assert doc.entities == [] and doc.quotes == []


def test_missing_requirement_is_a_clear_error():
    with pytest.raises(ArnewsError, match="requires"):
        Pipeline(components=["quotes"])


def test_unknown_component_is_a_clear_error():
    with pytest.raises(ArnewsError, match="unknown component"):
        Pipeline(components=["nope"])


def test_custom_component_can_be_registered_and_sees_previous_output():
    seen = {}

    class CountTokens:
        name = "count"
        requires = ("tokens",)
        provides = ("token_count",)

        def __call__(self, doc, ctx):
            seen["n"] = len(doc.tokens)

    arnews.register_component("count", lambda **_: CountTokens())
    Pipeline(components=["structure", "sentences", "tokens", "count"])("مرحباً بالجميع")
    assert seen["n"] == 2


def test_bytes_input_is_decoded_and_bad_bytes_give_clear_error():
    nlp = Pipeline(components=["structure"])
    assert nlp("تويتر".encode("utf-8")).text == "تويتر"
    assert nlp(b"\xef\xbb\xbf" + "تويتر".encode("utf-8")).text == "تويتر"
    assert nlp("تويتر".encode("utf-16")).text == "تويتر"
    with pytest.raises(ArnewsError, match="not valid UTF-8"):
        nlp("تويتر".encode("cp1256"))
    assert arnews.decode_input("تويتر".encode("cp1256"), encoding="cp1256") == "تويتر"


def test_reference_date_is_parsed_or_rejected_clearly():
    nlp = Pipeline(components=["structure"])
    nlp("أمس", reference_date="2021-10-05")
    nlp("أمس", reference_date=dt.date(2021, 10, 5))
    with pytest.raises(ArnewsError, match="reference_date"):
        nlp("أمس", reference_date="yesterday")


def test_context_blocks_boilerplate_spans():
    ctx = arnews.Context("x" * 100)
    ctx.block(10, 20)
    ctx.block(50, 60)
    assert ctx.is_blocked(15, 16) and ctx.is_blocked(5, 11) and ctx.is_blocked(59, 70)
    assert not ctx.is_blocked(20, 50) and not ctx.is_blocked(0, 10) and not ctx.is_blocked(60, 99)


def test_garbage_collector_is_paused_only_while_a_document_is_built_or_dumped():
    import gc

    states = []

    class Probe:
        name = "probe"
        requires = ("tokens",)
        provides = ()

        def __call__(self, doc, ctx):
            states.append(gc.isenabled())
            if "فشل" in doc.text:
                raise RuntimeError("component failed")

    arnews.register_component("gc_probe", lambda **_: Probe())
    nlp = Pipeline(components=["structure", "sentences", "tokens", "gc_probe"])
    assert gc.isenabled()
    doc = nlp("وقالت الشركة إن الخدمة عادت.")
    assert states == [False] and gc.isenabled()
    assert doc.model_dump(mode="json")["tokens"][0]["text"] == "وقالت" and gc.isenabled()
    assert '"وقالت"' in doc.model_dump_json() and gc.isenabled()
    with pytest.raises(RuntimeError):
        nlp("فشل المكون")
    assert gc.isenabled()  # restored after an error too
    gc.disable()
    try:
        nlp("وأكدت الشركة ذلك.")
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()


def test_pipe_in_worker_processes_gives_the_same_documents_in_order():
    texts = [
        "قال وزير الخارجية السعودي عادل الجبير إن المملكة ستواصل دعم اليمن.",
        "أعلنت شركة أرامكو السعودية أن أرباحها بلغت 10 مليارات دولار في الربع الأول.",
        "",
        "وقالت فيسبوك في بيان: \"نأسف للإزعاج الناجم عن انقطاع الخدمة\".".encode("utf-8"),
        "وصل أكثر من 3 ملايين حاج إلى مكة المكرمة أمس.",
    ]
    nlp = arnews.Pipeline()
    one = [d.model_dump() for d in nlp.pipe(texts, reference_date="2015-09-20")]
    two = list(nlp.pipe(iter(texts), workers=2, reference_date="2015-09-20"))
    assert [d.model_dump() for d in two] == one
    assert [d.id for d in two] == [None] * 5 and two[4].temporals[0].value == "2015-09-19"
    assert [e.id for e in two[1].entities][:1] == ["aramco"] and two[3].quotes[0].speaker.entity_id == "facebook"


def test_pipe_in_worker_processes_raises_on_an_undecodable_text_after_the_documents_before_it():
    nlp = arnews.Pipeline(components=["structure", "sentences", "tokens"])
    docs = nlp.pipe(["مرحبا بكم", b"\xff\xfe\x00\xd8 broken utf-16", "شكرا"], workers=2)
    assert next(docs).tokens[0].text == "مرحبا"
    with pytest.raises(arnews.ArnewsError):
        next(docs)
