"""arnews <-> spaCy: ``to_spacy(doc)`` and the ``"arnews"`` pipeline component.

``to_spacy(doc, nlp=None)`` builds a spaCy ``Doc`` (with ``nlp``'s vocab, or a blank Arabic one)
whose tokens are arnews' tokens (whitespace between them becomes ``token.whitespace_`` or, when
it is more than one space, a whitespace token, so ``sdoc.text == doc.text``), and sets

- ``sdoc.ents``: the entities, ``ent.label_`` the arnews label, ``ent.kb_id_`` the arnews id;
  ``doc.ents`` cannot nest, so all of them, nested ones included ("السعودية" inside "وزارة
  الداخلية السعودية"), are also in ``sdoc.spans["entities"]``;
- ``sdoc.spans["quotes"]`` (label = kind, ``kb_id_`` = the speaker's entity id),
  ``["speakers"]`` (label ``SPEAKER``, ``kb_id_`` = entity id), ``["cues"]`` (label ``CUE``),
  ``["quantities"]`` (label = kind), ``["temporals"]`` (label = kind, ``kb_id_`` = ISO value);
- sentence starts from arnews' sentences (``sdoc.sents``), ``token.norm_`` from arnews' norms;
- ``sdoc._.arnews``: the arnews ``Document`` (rebuilt from JSON kept in ``user_data``, so it
  survives ``DocBin``/pickle), ``span._.arnews``: the record (JSON dict) behind a span (the quote for speakers and cues), and
  ``sdoc._.arnews_skipped``: how many records could not become spans, by group.

Spans are made with ``char_span(..., alignment_mode="expand")``; a record whose offsets are out of
range or whose text does not match the document is skipped and counted (under its group's name),
never an error; entities that overlap a longer one are left out of ``doc.ents`` (spaCy's
``filter_spans``; counted as ``ents_overlapping``) but kept in ``spans["entities"]``.

For spaCy users: ``import arnews.integrations.spacy_adapter`` registers the ``"arnews"`` factory,
then ``nlp.add_pipe("arnews")`` runs arnews on ``doc.text`` and sets the same annotations on the
existing tokenization. ``render(sdoc)`` is displaCy with right-to-left output.
"""
from __future__ import annotations

from typing import Any, Iterable, Optional

from ..records import Document
from . import require

spacy = require("spacy", "spacy")
from spacy.language import Language  # noqa: E402
from spacy.tokens import Doc, Span  # noqa: E402
from spacy.util import filter_spans  # noqa: E402

__all__ = ["to_spacy", "annotate", "ArnewsPipe", "render", "SPAN_GROUPS"]

#: the span groups set on a Doc, besides ``doc.ents``
SPAN_GROUPS = ("entities", "quotes", "speakers", "cues", "quantities", "temporals")
_USER_KEY = "arnews"
_SKIP_KEY = "arnews_skipped"

#: displaCy colours for arnews labels spaCy does not know
COLORS = {"PLATFORM": "#7ecfff", "BRAND": "#ffb86b", "MEDIA": "#c3a6ff", "WORK": "#f9d56e",
          "EVENT": "#ffa3a3", "MISC": "#dddddd"}


def _span_record(span):
    key = span.id_
    if not key or ":" not in key:
        return None
    data = span.doc.user_data.get(_USER_KEY)
    if data is None:
        return None
    path, _, idx = key.rpartition(":")
    obj: Any = data
    for step in path.split("."):
        obj = obj.get(step) if isinstance(obj, dict) else None
        if obj is None:
            return None
    try:
        return obj[int(idx)]
    except (IndexError, ValueError, TypeError):
        return None


def _doc_record(sdoc):
    data = sdoc.user_data.get(_USER_KEY)
    return Document.model_validate(data) if data is not None else None


if not Doc.has_extension("arnews"):
    Doc.set_extension("arnews", getter=_doc_record)
if not Doc.has_extension("arnews_skipped"):
    Doc.set_extension("arnews_skipped", getter=lambda d: dict(d.user_data.get(_SKIP_KEY, {})))
if not Span.has_extension("arnews"):
    Span.set_extension("arnews", getter=_span_record)

_BLANK: Optional[Language] = None


def _blank() -> Language:
    global _BLANK
    if _BLANK is None:
        _BLANK = spacy.blank("ar")
    return _BLANK


def _words(text: str, tokens) -> tuple[list[str], list[bool], list[int]]:
    """spaCy words/spaces covering ``text`` exactly, and for each arnews token its word index (-1
    when it overlaps an earlier one). Gaps: one space -> trailing whitespace; other whitespace ->
    a whitespace token; uncovered non-space text -> tokens of their own."""
    words: list[str] = []
    spaces: list[bool] = []
    index: list[int] = []
    pos = 0

    def gap(s: str):
        i = 0
        while i < len(s):
            j = i
            if s[i].isspace():
                while j < len(s) and s[j].isspace():
                    j += 1
                run = s[i:j]
                if run[0] == " " and words and not spaces[-1]:
                    spaces[-1] = True
                    run = run[1:]
                if run:
                    words.append(run)
                    spaces.append(False)
            else:
                while j < len(s) and not s[j].isspace():
                    j += 1
                words.append(s[i:j])
                spaces.append(False)
            i = j

    for tok in sorted(tokens, key=lambda t: (t.start, t.end)):
        if tok.start < pos or tok.end <= tok.start or tok.end > len(text):
            index.append(-1)
            continue
        gap(text[pos:tok.start])
        index.append(len(words))
        words.append(text[tok.start:tok.end])
        spaces.append(False)
        pos = tok.end
    gap(text[pos:])
    return words, spaces, index


def _valid(rec, text: str) -> bool:
    s, e = rec.start, rec.end
    return 0 <= s < e <= len(text) and text[s:e] == rec.text


def annotate(sdoc, adoc: Document, *, overwrite_ents: bool = True, set_sents: Optional[bool] = None,
             keep_document: bool = True):
    """Set ``adoc``'s entities, span groups and sentences on ``sdoc`` (whose text must be
    ``adoc.text``). Returns ``sdoc``; skipped records are counted in ``sdoc._.arnews_skipped``."""
    text = sdoc.text
    if text != adoc.text:
        raise ValueError("annotate: the spaCy Doc's text differs from the arnews Document's text")
    skipped = {k: 0 for k in ("ents_overlapping", "sentences") + SPAN_GROUPS}

    def make(rec, group, key, label, kb_id="", path=None):
        if rec is None:
            return None
        if not _valid(rec, text):
            skipped[group] += 1
            return None
        span = sdoc.char_span(rec.start, rec.end, label=label, kb_id=kb_id or "",
                              alignment_mode="expand", span_id=key)
        if span is None or len(span) == 0:
            skipped[group] += 1
            return None
        return span

    groups: dict[str, list] = {g: [] for g in SPAN_GROUPS}
    ents = []
    for i, e in enumerate(adoc.entities):
        sp = make(e, "entities", f"entities:{i}", e.label, e.id or "")
        if sp is not None:
            ents.append(sp)
    groups["entities"] = ours = ents
    if not overwrite_ents:
        ents = list(sdoc.ents) + ents
    kept = filter_spans(ents)
    kept_keys = {(s.start, s.end, s.label) for s in kept}
    skipped["ents_overlapping"] += sum((s.start, s.end, s.label) not in kept_keys for s in ours)
    sdoc.ents = sorted(kept, key=lambda s: s.start)

    for i, q in enumerate(adoc.quotes):
        spk = q.speaker
        sp = make(q, "quotes", f"quotes:{i}", q.kind, (spk.entity_id if spk else None) or "")
        if sp is not None:
            groups["quotes"].append(sp)
        if spk is not None:
            sp = make(spk, "speakers", f"quotes:{i}", "SPEAKER", spk.entity_id or "")
            if sp is not None:
                groups["speakers"].append(sp)
        if q.cue is not None:
            sp = make(q.cue, "cues", f"quotes:{i}", "CUE")
            if sp is not None:
                groups["cues"].append(sp)
    for i, q in enumerate(adoc.quantities):
        sp = make(q, "quantities", f"quantities:{i}", q.kind)
        if sp is not None:
            groups["quantities"].append(sp)
    for i, t in enumerate(adoc.temporals):
        sp = make(t, "temporals", f"temporals:{i}", t.kind, t.value or "")
        if sp is not None:
            groups["temporals"].append(sp)
    for g, spans in groups.items():
        sdoc.spans[g] = spans

    if set_sents is None:
        set_sents = not (sdoc.has_annotation("SENT_START") or sdoc.has_annotation("DEP"))
    if set_sents and adoc.sentences and len(sdoc):
        starts = set()
        for s in adoc.sentences:
            if not _valid(s, text):
                skipped["sentences"] += 1
                continue
            sp = sdoc.char_span(s.start, s.end, alignment_mode="expand")
            if sp is None or len(sp) == 0:
                skipped["sentences"] += 1
                continue
            starts.add(sp.start)
        if starts:
            starts.add(0)
            for tok in sdoc:
                tok.is_sent_start = tok.i in starts

    if keep_document:
        sdoc.user_data[_USER_KEY] = adoc.model_dump(mode="json")
    sdoc.user_data[_SKIP_KEY] = {k: v for k, v in skipped.items() if v}
    return sdoc


def to_spacy(doc: Document, nlp: Optional[Language] = None, *, keep_document: bool = True):
    """A spaCy ``Doc`` for an arnews ``Document`` (see the module docstring).

    ``nlp`` only lends its vocab (a blank Arabic one when None); its pipeline is not run.
    """
    if isinstance(doc, dict):
        doc = Document.model_validate(doc)
    lang = nlp if nlp is not None else _blank()
    if doc.tokens:
        words, spaces, index = _words(doc.text, doc.tokens)
        sdoc = Doc(lang.vocab, words=words, spaces=spaces)
        for tok, i in zip(sorted(doc.tokens, key=lambda t: (t.start, t.end)), index):
            if i >= 0 and tok.norm:
                sdoc[i].norm_ = tok.norm
    else:
        sdoc = lang.make_doc(doc.text)
    return annotate(sdoc, doc, keep_document=keep_document)


class ArnewsPipe:
    """The ``"arnews"`` spaCy component: runs an arnews Pipeline (built once) on ``doc.text``."""

    def __init__(self, nlp: Language, name: str = "arnews", components: Optional[list[str]] = None,
                 disable: Iterable[str] = (), overwrite_ents: bool = True, set_sents: Optional[bool] = None,
                 keep_document: bool = True, options: Optional[dict] = None):
        from ..pipeline import Pipeline
        self.name = name
        self.pipeline = Pipeline(components=components, disable=disable, **(options or {}))
        self.overwrite_ents = overwrite_ents
        self.set_sents = set_sents
        self.keep_document = keep_document

    def __call__(self, sdoc):
        adoc = self.pipeline(sdoc.text)
        return annotate(sdoc, adoc, overwrite_ents=self.overwrite_ents, set_sents=self.set_sents,
                        keep_document=self.keep_document)

    def pipe(self, stream, batch_size: int = 128):
        for sdoc in stream:
            yield self(sdoc)


@Language.factory("arnews", default_config={"components": None, "disable": [], "overwrite_ents": True,
                                            "set_sents": None, "keep_document": True, "options": {}})
def make_arnews_pipe(nlp: Language, name: str, components: Optional[list[str]], disable: list[str],
                     overwrite_ents: bool, set_sents: Optional[bool], keep_document: bool, options: dict):
    """Factory of the ``"arnews"`` component: ``nlp.add_pipe("arnews", config={"disable": ["quotes"]})``."""
    return ArnewsPipe(nlp, name, components=components, disable=disable, overwrite_ents=overwrite_ents,
                      set_sents=set_sents, keep_document=keep_document, options=options)


def render(sdoc, style: str = "ent", *, page: bool = False, options: Optional[dict] = None) -> str:
    """displaCy HTML, right to left: displaCy's own RTL styling (``direction: rtl``, from the
    Arabic writing system) inside a ``<div dir="rtl" lang="ar">`` so browsers apply the bidi
    algorithm to the whole block. ``style="span"`` with ``options={"spans_key": "quotes"}``
    shows a span group."""
    from spacy import displacy
    opts = {"colors": COLORS, **(options or {})}
    html = displacy.render(sdoc, style=style, page=page, jupyter=False, options=opts)
    if page:
        return html.replace("<html lang=", '<html dir="rtl" lang=', 1)
    return f'<div dir="rtl" lang="{sdoc.lang_ or "ar"}">{html}</div>'
