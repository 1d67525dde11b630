"""Helpers the tests share: every span-like record of a Document; the gazetteer's mentions of a text."""


def iter_spans(doc):
    """Yield every dict with text/start/end in the document's JSON form."""
    stack = [doc.model_dump(mode="json")]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            if {"text", "start", "end"} <= x.keys() and x is not stack:
                if isinstance(x["start"], int) and "meta" not in x:
                    yield x
            stack.extend(v for k, v in x.items() if isinstance(v, (dict, list)))
        elif isinstance(x, list):
            stack.extend(x)


def gazetteer_mentions(text, **options):
    """Gazetteer entities only (no statistical tagger), as (text, id, label) triples, checked for offsets."""
    import arnews

    doc = arnews.extract(text, ner="none", **options)
    for e in doc.entities:
        assert doc.text[e.start:e.end] == e.text
    return [(e.text, e.id, e.label) for e in doc.entities]
