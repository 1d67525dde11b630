"""arnews: Arabic news text to typed, validated records.

    >>> import arnews
    >>> doc = arnews.extract("وقالت فيسبوك في بيان: \"نأسف للإزعاج\".")
    >>> doc.model_dump(mode="json")  # what the CLI prints

See :class:`Pipeline` to build a pipeline once and apply it to many texts.
"""
from .pipeline import (ArnewsError, Context, Pipeline, decode_input, extract, register_component,
                       registered_components)
from .records import (Caption, Dateline, Document, Entity, Meta, Paragraph, Quantity, Quote, Span, Speaker,
                      Temporal, Token, json_schema)

__version__ = "0.1.0"

__all__ = ["extract", "Pipeline", "ArnewsError", "Context", "register_component", "registered_components",
           "decode_input", "json_schema", "Document", "Span", "Meta", "Dateline", "Caption", "Paragraph", "Token",
           "Entity", "Quantity", "Temporal", "Quote", "Speaker", "__version__"]

# Optional integrations, imported on first use so that `import arnews` stays light.
_LAZY = {"to_spacy": "arnews.integrations.spacy_adapter", "to_frames": "arnews.integrations.frames",
         "arrow_schema": "arnews.integrations.arrow", "to_arrow": "arnews.integrations.arrow",
         "dask": "arnews.dask"}


def __getattr__(name):
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'arnews' has no attribute {name!r}")
    import importlib
    mod = importlib.import_module(module)
    return mod if module.endswith("." + name) else getattr(mod, name)
