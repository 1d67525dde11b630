"""The typed records arnews returns (the output contract of DESIGN.md).

Every record that points at text carries ``text``, ``start``, ``end`` with
``doc.text[start:end] == text``. Components build records with ``model_construct`` on hot paths
(their offsets come straight from the text), and ``Document.model_validate`` re-checks everything.
"""
from __future__ import annotations

import json
from collections.abc import MutableSequence
from typing import Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_serializer

from .gcpause import gc_paused

EntityLabel = Literal["PERSON", "ORG", "LOC", "PLATFORM", "BRAND", "MEDIA", "WORK", "EVENT", "MISC"]
ParagraphKind = Literal["headline", "meta", "caption", "dateline", "body"]
QuantityKind = Literal["number", "ordinal", "percent", "money", "measure", "range"]
TemporalKind = Literal["date", "time", "datetime", "duration", "period", "relative"]
Calendar = Literal["gregorian", "hijri"]
QuoteKind = Literal["direct", "partial", "indirect"]
Modifier = Literal["more_than", "less_than", "about", "at_least", "at_most"]


class Span(BaseModel):
    """A piece of the original text: ``text == doc.text[start:end]``."""

    model_config = ConfigDict(extra="forbid")

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Dateline(Span):
    """The dateline that opens a story: "دبي-الشرق" gives place دبي, source الشرق."""

    place: Optional[str] = None
    source: Optional[str] = None


class Caption(Span):
    """A photo caption line, with what it tells of the photo."""

    place: Optional[str] = None
    date: Optional[str] = None
    credit: Optional[str] = None


class Meta(BaseModel):
    model_config = ConfigDict(extra="forbid")

    reading_time_minutes: Optional[int] = None
    dateline: Optional[Dateline] = None
    captions: list[Caption] = Field(default_factory=list)
    boilerplate: list[Span] = Field(default_factory=list)


class Paragraph(Span):
    kind: ParagraphKind = "body"


class Token(Span):
    """A word, number, symbol or punctuation mark.

    ``segments`` are the clitics and the stem as spans (و+ل+تويتر), empty when the token is one
    piece; ``norm`` is the token's normalized form (see ``arnews.text``).
    """

    norm: str = ""
    segments: list[Span] = Field(default_factory=list)


class Entity(Span):
    """A mention of a named thing; the span leaves out glued clitics (ولتويتر -> تويتر)."""

    label: EntityLabel
    id: Optional[str] = None
    name: Optional[str] = None
    wikidata: Optional[str] = None
    source: Optional[str] = Field(default=None, description="which component found it: gazetteer, tagger, ...")


class Quantity(Span):
    kind: QuantityKind = "number"
    value: Optional[float] = None
    low: Optional[float] = None
    high: Optional[float] = None
    unit: Optional[str] = None
    counted: Optional[Span] = None
    modifier: Optional[Modifier] = None


class Temporal(Span):
    kind: TemporalKind = "date"
    value: Optional[str] = Field(default=None, description="ISO 8601: 2013-09-27, 2016-01, XXXX-02-26, P2W ...")
    calendar: Optional[Calendar] = Field(default=None, description="the calendar of a date's value (a Hijri "
                                         "date keeps its Hijri reading: 1436-09); None for times and durations")


class Speaker(Span):
    """The mention of the source nearest the quote, and who it resolves to."""

    entity_id: Optional[str] = None
    name: Optional[str] = None


class Quote(Span):
    """A quoted statement: the span is the content without the quotation marks."""

    kind: QuoteKind = "direct"
    speaker: Optional[Speaker] = None
    cue: Optional[Span] = None


class Document(BaseModel):
    model_config = ConfigDict(extra="forbid")

    text: str
    id: Optional[str] = Field(default=None, description="the input's id (file path or record id) in batch runs")
    headline: Optional[Span] = None
    meta: Meta = Field(default_factory=Meta)
    paragraphs: list[Paragraph] = Field(default_factory=list)
    sentences: list[Span] = Field(default_factory=list)
    tokens: list[Token] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    quantities: list[Quantity] = Field(default_factory=list)
    temporals: list[Temporal] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)

    @field_serializer("tokens", mode="wrap")
    def _dump_tokens(self, tokens, handler, info):
        # the tokens component keeps a TokenList: its dicts come straight from offsets and forms
        if isinstance(tokens, TokenList):
            if _compact(tokens, info.include, info.exclude, info.exclude_defaults):
                return tokens.dicts()
            tokens = tokens[:]
        return handler(tokens)

    # Dumping a document makes thousands of dicts: the cyclic GC is paused meanwhile (arnews.gcpause).
    def model_dump(self, *args, **kwargs):
        with gc_paused():
            tokens = self.__dict__.get("tokens")
            if not args and _compact(tokens, kwargs.get("include"), kwargs.get("exclude"),
                                     kwargs.get("exclude_defaults")):
                # the token dicts as they are: through the serializer they would be copied again
                out = super().model_dump(**kwargs, exclude={"tokens"})
                if kwargs.get("exclude_unset") and "tokens" not in self.model_fields_set:
                    return out
                out["tokens"] = tokens.dicts()
                return {name: out[name] for name in type(self).model_fields if name in out}
            return super().model_dump(*args, **kwargs)

    def model_dump_json(self, *args, **kwargs):
        with gc_paused():
            return super().model_dump_json(*args, **kwargs)


def construct(cls, fields: dict):
    """Build a record from a dict of all its fields, without validation and faster than
    ``model_construct`` (about 3x): for hot paths whose offsets come straight from the text.

    A record given every one of its fields shares one ``__pydantic_fields_set__`` with the other
    records of its class built here: pydantic only ever adds a field name to that set (on attribute
    assignment), which is then a no-op, and copies it for ``model_copy``; one set less per record is
    one object less for the garbage collector to track (a document holds thousands of records).
    Records given only some fields get a set of their own.

    Checked against ``model_construct`` at import, with a fallback to it should pydantic's internals
    differ. ``Document.model_validate`` still checks everything.
    """
    obj = _new(cls)
    _set_dict(obj, "__dict__", fields)
    full = _FULL.get(cls)
    if full is None:
        full = _FULL[cls] = set(cls.model_fields)
    _set_fields(obj, full if len(fields) == len(full) and full.issuperset(fields) else set(fields))
    _set_extra(obj, None)
    _set_private(obj, None)
    return obj


def constructor(cls):
    """``make(fields)``: :func:`construct` for ``cls`` with every field given (the caller's promise),
    for the hottest loops (tokens): the same object, without the per-call checks."""
    full = _FULL.get(cls)
    if full is None:
        full = _FULL[cls] = set(cls.model_fields)
    if construct is not _construct_fast:  # pragma: no cover - pydantic internals differ
        return lambda fields: cls.model_construct(**fields)

    def make(fields: dict, _new=_new, _set_dict=_set_dict, _set_fields=_set_fields, _set_extra=_set_extra,
             _set_private=_set_private, cls=cls, full=full):
        obj = _new(cls)
        _set_dict(obj, "__dict__", fields)
        _set_fields(obj, full)
        _set_extra(obj, None)
        _set_private(obj, None)
        return obj
    return make


def _compact(tokens, include, exclude, exclude_defaults) -> bool:
    """Whether a dump can take ``tokens``' dicts as they are: a TokenList whose records were never
    made, and no dump option that reaches into the tokens."""
    return (isinstance(tokens, TokenList) and tokens._records is None
            and not (include or exclude or exclude_defaults))


def _segments(text: str, s: int, e: int, cuts: tuple) -> list[dict]:
    """The segment dicts of the token ``text[s:e]`` cut at ``cuts`` (offsets in the token)."""
    segs = []
    a = s
    for c in cuts:
        b = s + c
        segs.append({"text": text[a:b], "start": a, "end": b})
        a = b
    segs.append({"text": text[a:e], "start": a, "end": e})
    return segs


class TokenList(MutableSequence):
    """A document's tokens, kept as their texts, offsets and per-form ``(norm, cuts)`` until a Token
    record is asked for, and then a list of Token records like any other.

    One pydantic record per token and per clitic segment was a tenth of the pipeline's time, and most
    runs only dump the tokens: ``Document.model_dump`` writes their dicts straight from this. Reading
    a token (indexing, iterating, comparing, changing) makes all the records once. ``texts``,
    ``starts``, ``ends`` and :meth:`token` read it without making them (for the components).
    ``cuts`` are a token's inner boundaries (offsets in the token): و+ل+تويتر is (1, 2). A form the tokens
    component had not seen before is None until read (its cuts are made then: ``_pending``).
    """

    __slots__ = ("_text", "_texts", "_starts", "_ends", "_forms", "_records", "_pending")

    def __init__(self, text: str, texts: list, starts: list, ends: list, forms: list, pending=None):
        self._text, self._texts, self._starts, self._ends, self._forms = text, texts, starts, ends, forms
        self._records: Optional[list] = None
        #: (complete, {index: kind}): ``complete(texts, forms, pairs)`` fills in the forms still None
        #: (new word forms, whose clitic cuts are computed only when someone reads them)
        self._pending = pending

    def _complete(self) -> list:
        """The per-token ``(norm, cuts)``, the pending ones computed now."""
        pending = self._pending
        if pending is not None:
            complete, new = pending
            complete(self._texts, self._forms, new.items())
            self._pending = None  # after the forms are in: a thread reading meanwhile still finds it
        return self._forms

    def _form(self, i: int) -> tuple:
        """Token ``i``'s ``(norm, cuts)``, computed now if pending (and only its own)."""
        f = self._forms[i]
        if f is None:
            pending = self._pending
            if pending is not None:
                complete, new = pending
                complete(self._texts, self._forms, ((i, new[i]),))
            f = self._forms[i]
        return f

    def dicts(self) -> list[dict]:
        """The tokens as ``model_dump`` gives them (a new list of new dicts), before the records are
        made."""
        text = self._text
        return [{"text": t, "start": s, "end": e, "norm": norm, "segments": _segments(text, s, e, cuts) if cuts else []}
                for t, s, e, (norm, cuts) in zip(self._texts, self._starts, self._ends, self._complete())]

    def _list(self) -> list:
        recs = self._records
        if recs is None:
            new_token, new_span = _new_token, _new_span
            recs = self.dicts()
            for d in recs:
                segs = d["segments"]
                if segs:
                    d["segments"] = [new_span(x) for x in segs]
            recs = self._records = [new_token(d) for d in recs]
            self._text = self._texts = self._starts = self._ends = self._forms = None
        return recs

    @property
    def texts(self) -> list[str]:
        return self._texts if self._records is None else [t.text for t in self._records]

    @property
    def starts(self) -> list[int]:
        return self._starts if self._records is None else [t.start for t in self._records]

    @property
    def ends(self) -> list[int]:
        return self._ends if self._records is None else [t.end for t in self._records]

    def token(self, i: int) -> Token:
        """Token ``i`` as a record of its own (a copy until the records are made) without making
        the others."""
        if self._records is not None:
            return self._records[i]
        s, e, (norm, cuts) = self._starts[i], self._ends[i], self._form(i)
        segs = [_new_span(x) for x in _segments(self._text, s, e, cuts)] if cuts else []
        return _new_token({"text": self._texts[i], "start": s, "end": e, "norm": norm, "segments": segs})

    def __len__(self) -> int:
        return len(self._starts) if self._records is None else len(self._records)

    def __getitem__(self, i):
        return self._list()[i]

    def __setitem__(self, i, value) -> None:
        self._list()[i] = value

    def __delitem__(self, i) -> None:
        del self._list()[i]

    def insert(self, i: int, value) -> None:
        self._list().insert(i, value)

    def __iter__(self):
        return iter(self._list())

    def __contains__(self, value) -> bool:
        return value in self._list()

    def clear(self) -> None:
        self._list().clear()

    def sort(self, *, key=None, reverse: bool = False) -> None:
        self._list().sort(key=key, reverse=reverse)

    def __eq__(self, other) -> bool:
        if isinstance(other, TokenList):
            other = other._list()
        return self._list() == other if isinstance(other, list) else NotImplemented

    def __repr__(self) -> str:
        return repr(self._list())

    def __reduce__(self):
        """Pickles, copies and deep copies compactly while no record is made (a document sent back by
        a worker process: ``Pipeline.pipe(workers=N)``), else as the plain list of Token records."""
        if self._records is None:
            return TokenList, (self._text, self._texts, self._starts, self._ends, self._complete())
        return list, (self._records,)


_FULL: dict[type, set] = {}  # class -> the names of all its fields (shared fields set)
_construct_fast = construct
_new, _set_dict = object.__new__, object.__setattr__
_set_fields = BaseModel.__dict__["__pydantic_fields_set__"].__set__
_set_extra = BaseModel.__dict__["__pydantic_extra__"].__set__
_set_private = BaseModel.__dict__["__pydantic_private__"].__set__


def _construct_is_sound() -> bool:
    try:
        f = {"text": "و", "start": 0, "end": 1, "norm": "و", "segments": [construct(Span, {"text": "و", "start": 0, "end": 1})]}
        a = construct(Token, f)
        c = constructor(Token)(dict(f))
        b = Token.model_construct(**{**f, "segments": [Span.model_construct(text="و", start=0, end=1)]})
        p = construct(Span, {"text": "و", "start": 0})  # not every field: a set of its own
        q = Span.model_construct(text="و", start=0)
        a.norm = "x"
        b.norm = "x"
        c.norm = "x"
        p.end = q.end = 1
        return (a == b == c and a.model_dump() == b.model_dump() == c.model_dump() and p == q
                and a.__pydantic_fields_set__ == b.__pydantic_fields_set__ == c.__pydantic_fields_set__
                and p.__pydantic_fields_set__ == q.__pydantic_fields_set__ == {"text", "start", "end"}
                and _FULL[Span] == {"text", "start", "end"})
    except Exception:  # pragma: no cover - a pydantic whose internals differ
        return False


if not _construct_is_sound():  # pragma: no cover
    def construct(cls, fields: dict):  # noqa: F811
        return cls.model_construct(**fields)


_new_token, _new_span = constructor(Token), constructor(Span)

RECORDS = (Span, Dateline, Caption, Meta, Paragraph, Token, Entity, Quantity, Temporal, Speaker, Quote, Document)


def json_schema() -> dict:
    """JSON Schema of ``Document`` (what ``arnews schema`` prints)."""
    return Document.model_json_schema()


def json_schema_text() -> str:
    return json.dumps(json_schema(), ensure_ascii=False, indent=2)
