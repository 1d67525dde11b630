"""Optional backends: CAMeL Tools and stanza models behind arnews components.

Selected per component with pipeline options (the same in the CLI: ``--ner``, ``--segmenter``)::

    Pipeline(ner="camel")          # CAMeL's BERT NER (ANERcorp labels) -> tagger spans
    Pipeline(segmenter="camel")    # CAMeL's D3 morphological tokenization -> Token.segments
    Pipeline(ner="stanza")         # stanza's NER processor -> tagger spans
    Pipeline(segmenter="stanza")   # stanza's MWT words -> Token.segments

NER backends implement the tagger interface of :mod:`arnews.entities.tagger`
(``tag(doc, ctx) -> [(start, end, "PERSON"|"ORG"|"LOC"|"MISC"), ...]``), so the entities component
merges their spans with the gazetteer and canonical ids still attach. Segmenter backends are
``tokens`` components (arnews's tokens, the backend's segments).

Models are found where the backend itself keeps them (``CAMELTOOLS_DATA`` or ``~/.camel_tools``;
``STANZA_RESOURCES_DIR`` or ``~/stanza_resources``) or at an explicit path option: ``camel_data=DIR``,
``camel_ner_model=DIR`` (a BERT token-classification directory), ``camel_morphology_db=FILE``,
``stanza_dir=DIR``. arnews never downloads anything: missing data is an :class:`~arnews.ArnewsError`
that names what is missing and the backend's own command to get it. Heavy imports happen only when a
backend is built.
"""
from __future__ import annotations

import threading
from typing import Any, Callable, Union

from ..pipeline import lazy_lookup

__all__ = ["get_ner_backend", "get_segmenter_backend", "register_ner_backend", "register_segmenter_backend",
           "ner_backends", "segmenter_backends"]

#: name -> factory(**options) or "module:function"
_NER: dict[str, Union[str, Callable[..., Any]]] = {
    "camel": "arnews.backends.camel:make_ner",
    "stanza": "arnews.backends.stanza:make_ner",
}
_SEGMENTERS: dict[str, Union[str, Callable[..., Any]]] = {
    "camel": "arnews.backends.camel:make_segmenter",
    "stanza": "arnews.backends.stanza:make_segmenter",
}
_lock = threading.RLock()


def register_ner_backend(name: str, factory) -> None:
    """Add a NER backend: ``factory(**options)`` returns an object with ``tag(doc, ctx)``."""
    _NER[name] = factory


def register_segmenter_backend(name: str, factory) -> None:
    """Add a segmenter backend: ``factory(**options)`` returns a ``tokens`` component."""
    _SEGMENTERS[name] = factory


def ner_backends() -> list[str]:
    return sorted(_NER)


def segmenter_backends() -> list[str]:
    return sorted(_SEGMENTERS)


def _factory(table: dict, kind: str, name: str):
    return lazy_lookup(table, name, f"unknown {kind} backend {name!r}; known: default, none, {', '.join(sorted(table))}")


def get_ner_backend(name: str, **options: Any):
    """The NER backend ``name`` built with the pipeline's ``options`` (models are loaded once and shared)."""
    with _lock:
        return _factory(_NER, "NER", name)(**options)


def get_segmenter_backend(name: str, **options: Any):
    """A ``tokens`` component whose segments come from the backend ``name``."""
    with _lock:
        return _factory(_SEGMENTERS, "segmenter", name)(**options)
