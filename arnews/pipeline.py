"""Components, their registry, and the pipeline that runs them over one shared document.

A component is a callable ``component(doc, ctx)`` with ``name``, ``requires`` and ``provides``
(names of Document fields or context products). Like stanza's processors, a pipeline checks at
build time that every component's requirements are provided by one before it, so a user can run a
subset (``Pipeline(components=["structure", "sentences", "tokens"])``), swap one, or add their own
with :func:`register_component`. Factories are registered as ``"module:function"`` strings and
imported only when a pipeline needs them, which keeps ``import arnews`` light.
"""
from __future__ import annotations

import datetime as _dt
import importlib
import re
from bisect import bisect_right, insort
from itertools import accumulate
from typing import Any, Callable, Iterable, Iterator, Optional, Protocol, Sequence, Union

from .gcpause import gc_paused
from .records import Document
from .text import TextView


class ArnewsError(ValueError):
    """A clear, user-facing error (bad input, bad option, missing optional data)."""


class Context:
    """What components share for one document besides the Document itself.

    ``blocked`` holds boilerplate spans: extraction components skip anything that overlaps them.
    ``view`` is the normalized view of the whole text, built once on first use.
    """

    __slots__ = ("text", "options", "blocked", "_maxend", "_view", "scratch", "reference_date")

    def __init__(self, text: str, reference_date: Optional[_dt.date] = None, **options: Any):
        self.text = text
        self.reference_date = reference_date
        self.options = options
        self.blocked: list[tuple[int, int]] = []
        self._maxend: Optional[list[int]] = None
        self._view: Optional[TextView] = None
        self.scratch: dict[str, Any] = {}

    @property
    def view(self) -> TextView:
        if self._view is None:
            self._view = TextView(self.text)
        return self._view

    def block(self, start: int, end: int) -> None:
        insort(self.blocked, (start, end))  # kept sorted (re-sorting on every call was quadratic)
        self._maxend = None

    def is_blocked(self, start: int, end: int) -> bool:
        """True when [start, end) overlaps a boilerplate span (O(log n): a running max of the ends)."""
        b = self.blocked
        if not b:
            return False
        k = bisect_right(b, (end,)) - 1  # last span starting before ``end``
        if k < 0:
            return False
        m = self._maxend
        if m is None or len(m) != len(b):
            m = self._maxend = list(accumulate((e for _, e in b), max))
        return m[k] > start  # some span starting before ``end`` ends after ``start``


class Component(Protocol):
    name: str
    requires: tuple[str, ...]
    provides: tuple[str, ...]

    def __call__(self, doc: Document, ctx: Context) -> None: ...


Factory = Callable[..., Component]

#: name -> factory or "module:function"; factories take the pipeline's options as keywords
#: (each picks the ones it knows and ignores the rest).
_REGISTRY: dict[str, Union[str, Factory]] = {
    "structure": "arnews.structure:make_component",
    "sentences": "arnews.segment.sentences:make_component",
    "tokens": "arnews.segment.tokens:make_component",
    "entities": "arnews.entities:make_component",
    "numbers": "arnews.numbers:make_component",
    "quotes": "arnews.quotes:make_component",
}

DEFAULT_COMPONENTS: tuple[str, ...] = ("structure", "sentences", "tokens", "entities", "numbers", "quotes")


def register_component(name: str, factory: Union[str, Factory, None] = None):
    """Register a component factory under ``name`` (usable as a decorator)."""
    def deco(f):
        _REGISTRY[name] = f
        return f
    return deco(factory) if factory is not None else deco


def registered_components() -> list[str]:
    return sorted(_REGISTRY)


def lazy_lookup(table: dict, name: str, unknown: str):
    """``table[name]``, importing a ``"module:attr"`` entry on first use (and keeping the import);
    an unknown name raises ArnewsError with the message ``unknown``."""
    try:
        target = table[name]
    except KeyError:
        raise ArnewsError(unknown) from None
    if isinstance(target, str):
        module, _, attr = target.partition(":")
        target = table[name] = getattr(importlib.import_module(module), attr)
    return target


def _resolve(name: str) -> Factory:
    return lazy_lookup(_REGISTRY, name, f"unknown component {name!r}; known: {', '.join(registered_components())}")


def _parse_date(value: Union[str, _dt.date, _dt.datetime, None]) -> Optional[_dt.date]:
    if value is None or isinstance(value, _dt.date) and not isinstance(value, _dt.datetime):
        return value
    if isinstance(value, _dt.datetime):
        return value.date()
    try:
        return _dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ArnewsError(f"reference_date must be an ISO date (YYYY-MM-DD), got {value!r}") from None


class Pipeline:
    """Built once, applied to many texts: ``nlp = Pipeline(); docs = [nlp(t) for t in texts]``.

    Options are handed to every component factory: ``gazetteer=PATH`` (an extra gazetteer file),
    ``ner="default"|"none"|"camel"|"stanza"``, ``segmenter="default"|"camel"``.
    """

    def __init__(self, components: Optional[Sequence[str]] = None, *, disable: Iterable[str] = (),
                 **options: Any):
        names = [c for c in (components or DEFAULT_COMPONENTS) if c not in set(disable)]
        self.options = options
        self.components: list[Component] = []
        provided: set[str] = {"text"}
        for name in names:
            comp = _resolve(name)(**options)
            missing = [r for r in getattr(comp, "requires", ()) if r not in provided]
            if missing:
                raise ArnewsError(f"component {name!r} requires {', '.join(missing)}, which no earlier "
                                  f"component provides (pipeline: {', '.join(names)})")
            provided.update(getattr(comp, "provides", ()))
            self.components.append(comp)
        self.names = names

    def __repr__(self) -> str:
        return f"Pipeline({self.names!r})"

    def __call__(self, text: Union[str, bytes], *, reference_date=None, doc_id: Optional[str] = None,
                 **options: Any) -> Document:
        text = decode_input(text)
        doc = Document.model_construct(text=text, id=doc_id, headline=None, meta=_new_meta(),
                                       paragraphs=[], sentences=[], tokens=[], entities=[],
                                       quantities=[], temporals=[], quotes=[])
        ctx = Context(text, reference_date=_parse_date(reference_date), **{**self.options, **options})
        with gc_paused():
            for comp in self.components:
                comp(doc, ctx)
        return doc

    def pipe(self, texts: Iterable[Union[str, bytes]], *, workers: int = 1, reference_date=None,
             **options: Any) -> Iterator[Document]:
        """The documents of ``texts``, in order. ``workers=N`` (N > 1) makes them in N processes, each
        with this pipeline (inherited where processes fork, else rebuilt from its components and
        options), reading ``texts`` lazily: for a large corpus from Python, as ``arnews extract
        --workers`` does from the command line. A text that cannot be decoded raises ArnewsError
        where it comes, after the documents before it."""
        if workers <= 1:
            for t in texts:
                yield self(t, reference_date=reference_date, **options)
            return
        from . import batch

        ref = _parse_date(reference_date)
        cfg = batch.BatchConfig(render=_as_is, reference_date=ref.isoformat() if ref else None, allow_empty=True,
                                components=self.names, pipeline_options={**self.options, **options})
        batch._PREBUILT[0] = self if not options else None  # forked workers use it; other options: rebuilt
        tasks = (("text", t, f"text {i}") for i, t in enumerate(texts))
        for r in batch._run_pool(tasks, cfg, workers, batch.Stop(), chunksize=16):
            if not r.ok:
                raise ArnewsError(r.payload)
            yield r.payload


def _as_is(doc: Document) -> Document:
    """The renderer of ``Pipeline.pipe`` in worker processes: the document itself."""
    return doc


def _new_meta():
    from .records import Meta
    return Meta.model_construct(reading_time_minutes=None, dateline=None, captions=[], boilerplate=[])


def decode_input(text: Union[str, bytes], name: str = "input", encoding: Optional[str] = None) -> str:
    """str passes through; bytes are decoded (BOM-aware UTF-8/UTF-16, or ``encoding``) with a clear error."""
    if isinstance(text, str):
        return text
    if not isinstance(text, (bytes, bytearray, memoryview)):
        raise ArnewsError(f"{name}: expected str or bytes, got {type(text).__name__}")
    data = bytes(text)
    if encoding:
        try:
            return data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as e:
            raise ArnewsError(f"{name}: cannot decode as {encoding}: {e}") from None
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as e:
            raise ArnewsError(f"{name}: invalid UTF-16 ({e.reason} at byte {e.start})") from None
    guess = _bomless_utf16(data)
    if guess:
        return guess
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ArnewsError(f"{name}: not valid UTF-8 ({e.reason} at byte {e.start}); "
                          f"pass --encoding (e.g. cp1256) for legacy files") from None


def _bomless_utf16(data: bytes) -> Optional[str]:
    """UTF-16 without a BOM, which UTF-8 would mostly accept as ASCII control characters (Arabic
    U+06xx is the byte pair xx 06): one byte lane full of 0x00/0x06 and text that decodes cleanly.
    Real UTF-8 text has no NUL and next to no C0 controls, so it never takes this path."""
    n = len(data)
    if n < 4 or n % 2:
        return None
    if b"\x00" not in data:  # UTF-16 text has NULs (its spaces, digits, ASCII marks): valid UTF-8 is UTF-8
        try:
            data.decode("utf-8")
            return None
        except UnicodeDecodeError:
            pass
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    for lane, codec in ((odd, "utf-16-le"), (even, "utf-16-be")):
        high = lane.count(0) + lane.count(6)
        if high >= 0.6 * len(lane):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                return None
            head = text[:2048]
            plausible = len(_PLAUSIBLE_UTF16.findall(head))
            return text if plausible >= 0.95 * len(head) and _LETTER.search(head) else None
    return None


#: what UTF-16 news text is made of (ASCII, Latin, Arabic and its presentation forms, punctuation
#: and format marks); UTF-8 bytes misread as UTF-16 give CJK, Malayalam... instead
_PLAUSIBLE_UTF16 = re.compile("[\t\n\r\f\v\x20-\x7e\u00a0-\u024f\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff"
                              "\u2000-\u206f\ufb50-\ufdff\ufe70-\ufeff]")
_LETTER = re.compile("[A-Za-z\u0621-\u064a]")


_DEFAULT_PIPELINES: dict[tuple, Pipeline] = {}


def extract(text: Union[str, bytes], *, reference_date=None, **options: Any) -> Document:
    """Extract everything from one text with a cached default pipeline for these options."""
    key = tuple(sorted((k, repr(v)) for k, v in options.items()))
    nlp = _DEFAULT_PIPELINES.get(key)
    if nlp is None:
        nlp = _DEFAULT_PIPELINES[key] = Pipeline(**options)
    return nlp(text, reference_date=reference_date)
