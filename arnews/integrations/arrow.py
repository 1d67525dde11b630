"""An Arrow schema derived from the pydantic records, and Documents as Arrow tables.

``arrow_schema(Document)`` walks ``model_fields`` (no hand-written copy of the schema):

==========================  ==========================================================
pydantic annotation         Arrow type
==========================  ==========================================================
``str``                     ``string``
``int`` / ``float``         ``int64`` / ``float64``
``bool``                    ``bool``
``Literal["a", "b"]``       ``string`` (``literals="dictionary"``: ``dictionary<int8, string>``)
``Optional[X]``             X, nullable; other fields are non-nullable
nested model                ``struct<...>``
``list[Model]``             ``list<struct<...>>`` (items non-null)
==========================  ==========================================================

Field descriptions go to the Arrow field metadata (``b"description"``).  Needs ``pyarrow``
(``pip install 'arnews[pandas]'``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional, Union

from pydantic import BaseModel

from ..records import Document
from . import require
from ._fields import FieldType, model_field_types

__all__ = ["arrow_schema", "arrow_type", "to_arrow", "to_arrow_batches"]


def _pa():
    return require("pyarrow", "pandas")


def _scalar_type(ft: FieldType, literals: str):
    pa = _pa()
    if ft.kind == "str":
        return pa.string()
    if ft.kind == "int":
        return pa.int64()
    if ft.kind == "float":
        return pa.float64()
    if ft.kind == "bool":
        return pa.bool_()
    if ft.kind == "literal":
        if not all(isinstance(c, str) for c in ft.choices):
            raise TypeError(f"only string Literals are mapped, got {ft.choices!r}")
        return pa.dictionary(pa.int8(), pa.string()) if literals == "dictionary" else pa.string()
    raise TypeError(f"not a scalar: {ft!r}")


def _type_of(ft: FieldType, literals: str):
    pa = _pa()
    if ft.kind == "model":
        return arrow_type(ft.model, literals=literals)
    if ft.kind == "list":
        return pa.list_(pa.field("item", _type_of(ft.item, literals), nullable=ft.item.nullable))
    return _scalar_type(ft, literals)


def _fields(model: type[BaseModel], literals: str):
    pa = _pa()
    out = []
    for name, ft, info in model_field_types(model):
        meta = {"description": info.description} if info.description else None
        if ft.kind == "literal":
            meta = {**(meta or {}), "choices": ",".join(ft.choices)}
        out.append(pa.field(name, _type_of(ft, literals), nullable=ft.nullable, metadata=meta))
    return out


@lru_cache(maxsize=None)
def arrow_type(model: type[BaseModel], *, literals: str = "string"):
    """The ``struct`` Arrow type of a record class."""
    return _pa().struct(_fields(model, literals))


@lru_cache(maxsize=None)
def arrow_schema(model: type[BaseModel] = Document, *, literals: str = "string"):
    """The Arrow schema of a record class (``Document`` by default); see the module docstring.

    ``literals="dictionary"`` maps Literal fields (labels, kinds) to dictionary-encoded strings.
    """
    if literals not in ("string", "dictionary"):
        raise ValueError("literals must be 'string' or 'dictionary'")
    from .. import __version__
    return _pa().schema(_fields(model, literals),
                        metadata={"arnews.model": model.__name__, "arnews.version": __version__})


def _rows(docs: Iterable[Union[Document, dict]]) -> Iterator[dict]:
    for d in docs:
        if isinstance(d, dict):
            d = Document.model_validate(d)
        yield d.model_dump(mode="python")


def to_arrow_batches(docs: Iterable[Union[Document, dict]], batch_size: int = 1000, *,
                     literals: str = "string") -> Iterator:
    """Yield ``pyarrow.RecordBatch`` es of ``batch_size`` documents (stream them to Parquet with
    ``pyarrow.parquet.ParquetWriter(path, arrow_schema())``)."""
    pa = _pa()
    schema = arrow_schema(Document, literals=literals)
    batch: list[dict] = []
    for row in _rows(docs):
        batch.append(row)
        if len(batch) >= batch_size:
            yield pa.RecordBatch.from_pylist(batch, schema=schema)
            batch = []
    if batch:
        yield pa.RecordBatch.from_pylist(batch, schema=schema)


def to_arrow(docs: Iterable[Union[Document, dict]], *, literals: str = "string",
             batch_size: Optional[int] = 1000):
    """A ``pyarrow.Table`` of documents, one row per document, with :func:`arrow_schema` (Document)."""
    pa = _pa()
    schema = arrow_schema(Document, literals=literals)
    batches = list(to_arrow_batches(docs, batch_size or 1 << 62, literals=literals))
    return pa.Table.from_batches(batches, schema=schema)
