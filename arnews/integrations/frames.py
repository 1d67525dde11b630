"""Documents as pandas DataFrames: one table per kind of record, joined by ``doc_id``.

``to_frames(docs)`` returns ``{"documents", "entities", "quantities", "temporals", "quotes"}``.
Every table has ``doc_id`` (``Document.id``, or the document's position as a string when it has
none) and ``doc_index`` (the position in ``docs``). Item tables have one row per record, ``item_index``
(its position in the document's list) and the record's fields flattened from the pydantic model:
nested spans become ``counted_text``, ``counted_start``, ``speaker_text``, ``speaker_entity_id``,
``cue_text``... (derived from ``model_fields``: a field added to a record becomes a column).

Column dtypes are pandas' nullable ones: ``str`` -> ``string``, ``int`` -> ``Int64``, ``float``
-> ``Float64``, ``Literal`` -> ``category`` with the Literal's values as categories. Empty tables
keep their columns and dtypes. Needs pandas (``pip install 'arnews[pandas]'``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Optional, Union

from ..records import Document, Entity, Quantity, Quote, Temporal
from . import require
from ._fields import FlatColumn, flat_columns, get_path

__all__ = ["to_frames", "TABLES", "item_columns", "document_columns"]

#: table name -> record class of ``Document.<table>`` items
TABLES = {"entities": Entity, "quantities": Quantity, "temporals": Temporal, "quotes": Quote}


def _dtype(col: FlatColumn):
    pd = require("pandas", "pandas")
    k = col.type.kind
    if k == "str":
        return pd.StringDtype()
    if k == "int":
        return pd.Int64Dtype()
    if k == "float":
        return pd.Float64Dtype()
    if k == "bool":
        return pd.BooleanDtype()
    if k == "literal":
        return pd.CategoricalDtype(categories=list(col.type.choices))
    raise TypeError(k)


@lru_cache(maxsize=None)
def item_columns(table: str) -> tuple[FlatColumn, ...]:
    """The flattened columns of one item table (without ``doc_id``/``doc_index``/``item_index``)."""
    return tuple(flat_columns(TABLES[table]))


def _doc_id(doc: Document, i: int) -> str:
    return doc.id if doc.id is not None else str(i)


#: per-document columns: name -> (getter, pandas dtype name)
def document_columns():
    """``[(name, getter(doc), dtype)]`` of the documents table (besides ``doc_id``/``doc_index``)."""
    pd = require("pandas", "pandas")
    S, I = pd.StringDtype(), pd.Int64Dtype()

    def dl(attr):
        return lambda d: getattr(d.meta.dateline, attr) if d.meta.dateline is not None else None

    return [
        ("text", lambda d: d.text, S),
        ("headline", lambda d: d.headline.text if d.headline is not None else None, S),
        ("reading_time_minutes", lambda d: d.meta.reading_time_minutes, I),
        ("dateline", dl("text"), S),
        ("dateline_place", dl("place"), S),
        ("dateline_source", dl("source"), S),
        ("n_chars", lambda d: len(d.text), I),
        ("n_paragraphs", lambda d: len(d.paragraphs), I),
        ("n_sentences", lambda d: len(d.sentences), I),
        ("n_tokens", lambda d: len(d.tokens), I),
        ("n_captions", lambda d: len(d.meta.captions), I),
        ("n_boilerplate", lambda d: len(d.meta.boilerplate), I),
        ("n_entities", lambda d: len(d.entities), I),
        ("n_quantities", lambda d: len(d.quantities), I),
        ("n_temporals", lambda d: len(d.temporals), I),
        ("n_quotes", lambda d: len(d.quotes), I),
    ]


def items_frame(table: str, rows: Iterable[tuple[str, Optional[int], int, object]], *,
                doc_index: bool = True, index=None):
    """A DataFrame of ``(doc_id, doc_index, item_index, record)`` rows for ``table`` (records as
    pydantic objects or dicts); ``doc_index=False`` leaves that column out; ``index`` is the
    frame's index (one label per row) or None for a RangeIndex."""
    pd = require("pandas", "pandas")
    cols = item_columns(table)
    data: dict[str, list] = {"doc_id": [], "doc_index": [], "item_index": []}
    for c in cols:
        data[c.name] = []
    for did, dindex, iindex, rec in rows:
        data["doc_id"].append(did)
        data["doc_index"].append(dindex)
        data["item_index"].append(iindex)
        for c in cols:
            data[c.name].append(get_path(rec, c.path))
    if not doc_index:
        del data["doc_index"]
    dtypes = {"doc_id": pd.StringDtype(), "doc_index": pd.Int64Dtype(), "item_index": pd.Int64Dtype(),
              **{c.name: _dtype(c) for c in cols}}
    if index is not None:
        index = pd.Index(index)
    return pd.DataFrame({k: pd.Series(v, dtype=dtypes[k], index=index) for k, v in data.items()}, index=index)


def to_frames(docs: Iterable[Union[Document, dict]], *, text: bool = True,
              tables: Iterable[str] = ("entities", "quantities", "temporals", "quotes")) -> dict:
    """``{"documents": df, "entities": df, "quantities": df, "temporals": df, "quotes": df}``.

    ``docs``: Documents (or their ``model_dump`` dicts). ``text=False`` leaves the full text out
    of the documents table (it is most of the memory on large corpora).
    """
    pd = require("pandas", "pandas")
    tables = tuple(tables)
    for t in tables:
        if t not in TABLES:
            raise ValueError(f"unknown table {t!r}; known: {', '.join(TABLES)}")
    dcols = [c for c in document_columns() if text or c[0] != "text"]
    ddata: dict[str, list] = {"doc_id": [], "doc_index": [], **{name: [] for name, _, _ in dcols}}
    item_rows: dict[str, list] = {t: [] for t in tables}
    for i, doc in enumerate(docs):
        if isinstance(doc, dict):
            doc = Document.model_validate(doc)
        did = _doc_id(doc, i)
        ddata["doc_id"].append(did)
        ddata["doc_index"].append(i)
        for name, get, _ in dcols:
            ddata[name].append(get(doc))
        for t in tables:
            rows = item_rows[t]
            for j, rec in enumerate(getattr(doc, t)):
                rows.append((did, i, j, rec))
    dtypes = {"doc_id": pd.StringDtype(), "doc_index": pd.Int64Dtype(), **{n: dt for n, _, dt in dcols}}
    out = {"documents": pd.DataFrame({k: pd.Series(v, dtype=dtypes[k]) for k, v in ddata.items()})}
    for t in tables:
        out[t] = items_frame(t, item_rows[t])
    return out
