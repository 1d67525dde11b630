"""Walk the pydantic records' fields (shared by the Arrow, pandas and Dask integrations).

Everything here is derived from ``Model.model_fields`` so that a field added to
``arnews/records.py`` shows up in every table without touching this package.
"""
from __future__ import annotations

import types
import typing
from dataclasses import dataclass
from typing import Any, Literal, Union, get_args, get_origin

from pydantic import BaseModel


@dataclass(frozen=True)
class FieldType:
    """A field's annotation reduced to what a table needs."""

    kind: str              # "str" | "int" | "float" | "bool" | "literal" | "model" | "list"
    nullable: bool
    model: Any = None      # the BaseModel subclass for "model" (and "list" of models)
    item: "FieldType | None" = None  # the item type for "list"
    choices: tuple = ()    # the values of a Literal


def _is_union(tp) -> bool:
    origin = get_origin(tp)
    return origin is Union or (hasattr(types, "UnionType") and origin is types.UnionType)


def field_type(annotation) -> FieldType:
    """Reduce an annotation (``Optional[int]``, ``list[Span]``, ``Literal[...]``...) to a FieldType."""
    nullable = False
    tp = annotation
    if _is_union(tp):
        args = [a for a in get_args(tp) if a is not type(None)]
        nullable = len(args) < len(get_args(tp))
        if len(args) != 1:
            raise TypeError(f"unsupported union type {annotation!r} (only Optional[X] is mapped)")
        tp = args[0]
    origin = get_origin(tp)
    if origin is Literal:
        return FieldType("literal", nullable, choices=tuple(get_args(tp)))
    if origin in (list, tuple, typing.List, typing.Sequence) or tp in (list, tuple):
        args = get_args(tp)
        if not args:
            raise TypeError(f"unsupported untyped list {annotation!r}")
        return FieldType("list", nullable, item=field_type(args[0]))
    if isinstance(tp, type) and issubclass(tp, BaseModel):
        return FieldType("model", nullable, model=tp)
    if tp is bool:
        return FieldType("bool", nullable)
    if tp is int:
        return FieldType("int", nullable)
    if tp is float:
        return FieldType("float", nullable)
    if tp is str:
        return FieldType("str", nullable)
    raise TypeError(f"unsupported field type {annotation!r}")


def model_field_types(model: type[BaseModel]) -> list[tuple[str, FieldType, Any]]:
    """``[(name, FieldType, FieldInfo)]`` in declaration order."""
    return [(name, field_type(info.annotation), info) for name, info in model.model_fields.items()]


@dataclass(frozen=True)
class FlatColumn:
    """One column of a flat table: ``name`` (e.g. ``speaker_entity_id``), the attribute ``path``
    (``("speaker", "entity_id")``), its scalar FieldType, and whether any parent is optional."""

    name: str
    path: tuple[str, ...]
    type: FieldType
    nullable: bool


def flat_columns(model: type[BaseModel], prefix: tuple[str, ...] = (), parent_nullable: bool = False
                 ) -> list[FlatColumn]:
    """The scalar columns of ``model`` with nested models flattened (``counted`` -> ``counted_text``,
    ``counted_start``...). List fields are left out (they are tables of their own)."""
    out: list[FlatColumn] = []
    for name, ft, _ in model_field_types(model):
        path = prefix + (name,)
        nullable = parent_nullable or ft.nullable
        if ft.kind == "model":
            out.extend(flat_columns(ft.model, path, nullable))
        elif ft.kind == "list":
            continue
        else:
            out.append(FlatColumn("_".join(path), path, ft, nullable))
    return out


def get_path(obj, path: tuple[str, ...]):
    """``obj.a.b`` for ``path == ("a", "b")``; None as soon as a step is None (works on dicts too)."""
    for step in path:
        if obj is None:
            return None
        obj = obj.get(step) if isinstance(obj, dict) else getattr(obj, step, None)
    return obj
