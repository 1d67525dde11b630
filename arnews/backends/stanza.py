"""stanza backend (``pip install 'arnews[stanza]'``): NER spans and MWT words as clitic segments.

- ``ner="stanza"``: stanza's ``ner`` processor. By default stanza tokenizes the raw text itself
  (``tokenize`` + ``mwt``, the input its models were trained on) and the entity offsets are stanza's
  ``start_char``/``end_char``; with ``stanza_pretokenized=True`` it tags arnews's own tokens, sentence by
  sentence (``tokenize_pretokenized``), and spans start after glued proclitics (``Token.segments``).
  Labels (PER, LOC, ORG, MISC, ...) map to PERSON, LOC, ORG, MISC; the entities component merges the
  spans with the gazetteer, so canonical ids still attach.
- ``segmenter="stanza"``: stanza's multi-word-token expansion. The tokens stay arnews's tokens;
  each Arabic word is handed to stanza's ``mwt`` processor as a multi-word token and the words it
  expands to (و ل تويتر) are aligned to the original characters as ``Token.segments``. With
  ``stanza_pretokenized=False`` (the default) stanza's tokenizer picks the words to expand and the
  tokens themselves come from stanza (``start_char``/``end_char``).

Models: ``stanza_dir=DIR``, else ``$STANZA_RESOURCES_DIR``, else ``~/stanza_resources`` (stanza's own
layout: ``resources.json`` and ``ar/<processor>/<package>.pt``); ``stanza_package`` picks a package
(default: stanza's default for Arabic). Nothing is downloaded (``download_method=None``).
"""
from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import Any, Optional

from ..pipeline import ArnewsError
from ..records import Token
from ..text import normalize
from ._common import is_arabic_word, map_label, segment_spans, sentence_groups, token_spans, with_segments

INSTALL = "pip install 'arnews[stanza]' (for CPU-only torch, first: pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu)"

_lock = threading.RLock()
_PIPELINES: dict = {}


def _import_stanza():
    try:
        import stanza
        from stanza.models.common.doc import Document
    except ImportError as e:
        raise ArnewsError(f"the stanza backend needs stanza and torch ({e.name or e} is missing): {INSTALL}") from None
    return stanza, Document


def resources_dir(stanza_dir: Optional[str] = None) -> tuple[Path, str]:
    if stanza_dir:
        return Path(stanza_dir).expanduser(), "stanza_dir option"
    env = os.environ.get("STANZA_RESOURCES_DIR")
    if env:
        return Path(env).expanduser(), "$STANZA_RESOURCES_DIR"
    return Path.home() / "stanza_resources", "stanza's default folder"


def _download_cmd(root: Path, how: str, processors: str) -> str:
    where = "" if how == "stanza's default folder" else f", model_dir='{root}'"
    return f"python -c \"import stanza; stanza.download('ar', processors='{processors}'{where})\""


def get_pipeline(processors: str, pretokenized: bool, stanza_dir: Optional[str] = None,
                 stanza_package: str = "default", use_gpu: Optional[bool] = None):
    """A stanza Pipeline for Arabic built from local files only (shared per configuration)."""
    stanza, _ = _import_stanza()  # a clear error when the extra is not installed, before looking for data
    root, how = resources_dir(stanza_dir)
    key = (str(root.resolve()), processors, pretokenized, stanza_package, use_gpu)
    with _lock:
        nlp = _PIPELINES.get(key)
        if nlp is not None:
            return nlp
        get = _download_cmd(root, how, processors)
        if not (root / "resources.json").is_file():
            raise ArnewsError(f"stanza models missing: no {root / 'resources.json'} (stanza folder {root}, from {how}). "
                              f"Get the Arabic models with: {get} — or pass stanza_dir=DIR")
        if not (root / "ar").is_dir():
            raise ArnewsError(f"stanza Arabic models missing: no {root / 'ar'} (stanza folder {root}, from {how}). "
                              f"Get them with: {get}")
        try:
            nlp = stanza.Pipeline(lang="ar", dir=str(root), package=stanza_package, processors=processors,
                                  tokenize_pretokenized=pretokenized, download_method=None, logging_level="WARN",
                                  use_gpu=use_gpu)
        except (FileNotFoundError, OSError) as e:
            missing = getattr(e, "model_path", None) or getattr(e, "filename", None)
            what = f"no {missing}" if missing else str(e)
            raise ArnewsError(f"stanza model missing for processors {processors!r}: {what} (stanza folder {root}, "
                              f"from {how}). Get the Arabic models with: {get}") from None
        except (ValueError, KeyError) as e:
            raise ArnewsError(f"stanza could not build an Arabic pipeline with processors {processors!r} from {root}: "
                              f"{e}. Get the models with: {get}") from None
        _PIPELINES[key] = nlp
        return nlp


def _pretokenized_doc(doc, groups, flag_mwt: bool):
    """A stanza Document of arnews tokens (one sentence per group); Arabic words marked as MWT candidates."""
    _, Document = _import_stanza()
    toks = doc.tokens
    sents = []
    for a, b in groups:
        sent = []
        for k, i in enumerate(range(a, b)):
            t = toks[i].text
            entry = {"id": (k + 1,), "text": t}
            if flag_mwt and len(t) > 1 and is_arabic_word(t):
                entry["misc"] = "MWT=Yes"
            sent.append(entry)
        sents.append(sent)
    return Document(sents, text=None)


class StanzaNER:
    """Tagger interface over stanza's ``ner`` processor."""

    name = "stanza"

    def __init__(self, pretokenized: bool = False, **options: Any):
        self.pretokenized = pretokenized
        procs = "tokenize,ner" if pretokenized else "tokenize,mwt,ner"
        try:
            self.nlp = get_pipeline(procs, pretokenized, **options)
        except ArnewsError:
            if pretokenized:
                raise
            self.nlp = get_pipeline("tokenize,ner", pretokenized, **options)  # a model set without mwt

    def tag(self, doc, ctx=None) -> list[tuple[int, int, str]]:
        if not doc.text.strip():
            return []
        if self.pretokenized:
            toks = doc.tokens
            if not toks:
                return []
            groups = sentence_groups(toks, doc.sentences)
            out = self.nlp(_pretokenized_doc(doc, groups, flag_mwt=False))
            labels = [[t.ner or "O" for t in s.tokens] for s in out.sentences]
            return token_spans(doc, groups, labels, ctx)
        out = self.nlp(doc.text)
        spans = []
        for ent in out.ents:
            s, e = ent.start_char, ent.end_char
            if s is None or e is None or s >= e or (ctx is not None and ctx.is_blocked(s, e)):
                continue
            spans.append((s, e, map_label(ent.type)))
        return spans


def make_ner(stanza_dir: Optional[str] = None, stanza_pretokenized: bool = False, stanza_package: str = "default",
             stanza_gpu: Optional[bool] = None, **_: Any) -> StanzaNER:
    return StanzaNER(pretokenized=bool(stanza_pretokenized), stanza_dir=stanza_dir, stanza_package=stanza_package,
                     use_gpu=stanza_gpu)


class StanzaTokens:
    """A ``tokens`` component whose segments are stanza's MWT words."""

    name = "tokens"
    requires = ()
    provides = ("tokens",)

    def __init__(self, pretokenized: bool = False, **options: Any):
        from ..segment.tokens import Tokens
        self.base = Tokens(segment=False)
        self.pretokenized = pretokenized
        self.nlp = get_pipeline("tokenize,mwt", pretokenized, **options)

    def __call__(self, doc, ctx) -> None:
        if self.pretokenized:
            self.base(doc, ctx)
            toks = doc.tokens
            if not toks:
                return
            groups = sentence_groups(toks, doc.sentences)
            out = self.nlp(_pretokenized_doc(doc, groups, flag_mwt=True))
            for (a, _b), sent in zip(groups, out.sentences):
                for i, st in zip(range(a, _b), sent.tokens):
                    if len(st.words) > 1:
                        segs = segment_spans(toks[i], [w.text for w in st.words])
                        if segs:
                            toks[i] = with_segments(toks[i], segs)
            return
        text = doc.text
        if not text.strip():
            return
        out = self.nlp(text)
        append = doc.tokens.append
        for sent in out.sentences:
            for st in sent.tokens:
                s, e = st.start_char, st.end_char
                if s is None or e is None or s >= e:
                    continue
                tok = Token.model_construct(text=text[s:e], start=s, end=e, norm=normalize(text[s:e]), segments=[])
                if len(st.words) > 1:
                    segs = segment_spans(tok, [w.text for w in st.words])
                    if segs:
                        tok = with_segments(tok, segs)
                append(tok)


def make_segmenter(stanza_dir: Optional[str] = None, stanza_pretokenized: bool = False,
                   stanza_package: str = "default", stanza_gpu: Optional[bool] = None, **_: Any) -> StanzaTokens:
    return StanzaTokens(pretokenized=bool(stanza_pretokenized), stanza_dir=stanza_dir, stanza_package=stanza_package,
                        use_gpu=stanza_gpu)


__all__ = ["StanzaNER", "StanzaTokens", "get_pipeline", "make_ner", "make_segmenter", "resources_dir"]
