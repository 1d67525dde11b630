"""Walk every span-like record of a Document (shared by the tests)."""


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
