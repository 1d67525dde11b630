"""Records: the output contract, JSON round trip, JSON Schema."""
import json

from arnews.records import Document, json_schema


def test_schema_names_the_contract_fields():
    schema = json_schema()
    props = schema["properties"]
    for field in ("text", "headline", "meta", "paragraphs", "sentences", "tokens", "entities", "quantities",
                  "temporals", "quotes"):
        assert field in props
    defs = schema["$defs"]
    assert {"text", "start", "end", "label", "id", "name", "wikidata"} <= set(defs["Entity"]["properties"])
    assert {"kind", "value", "low", "high", "unit", "counted", "modifier"} <= set(defs["Quantity"]["properties"])
    assert {"kind", "speaker", "cue"} <= set(defs["Quote"]["properties"])
    assert {"entity_id", "name"} <= set(defs["Speaker"]["properties"])


def test_document_round_trips_through_json(sample_doc):
    data = sample_doc.model_dump(mode="json")
    again = Document.model_validate_json(json.dumps(data, ensure_ascii=False))
    assert again.model_dump(mode="json") == data


def test_every_span_points_into_the_text(sample_doc):
    from tests.spans import iter_spans
    n = 0
    for span in iter_spans(sample_doc):
        assert sample_doc.text[span["start"]:span["end"]] == span["text"]
        n += 1
    assert n > 100


def test_records_built_on_hot_paths_take_changes_and_partial_dumps(sample_doc):
    import arnews

    doc = arnews.extract(sample_doc.text)
    assert doc.entities and doc.quantities
    partial = doc.model_dump(exclude_unset=True)  # every record was built with all its fields
    assert partial == doc.model_dump()
    ent = doc.entities[0]
    ent.label = "ORG"  # a user correcting a label
    assert doc.model_dump()["entities"][0]["label"] == "ORG" and "label" in ent.model_fields_set
