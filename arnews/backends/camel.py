"""CAMeL Tools backend (``pip install 'arnews[camel]'``): BERT NER and D3 morphological tokenization.

- ``ner="camel"``: ``camel_tools.ner.NERecognizer`` over the arnews tokens of each sentence; its
  ANERcorp labels (B-PERS, I-LOC, B-ORG, B-MISC ...) become tagger spans (PERSON, LOC, ORG, MISC) whose
  starts leave out glued proclitics (from ``Token.segments``). The entities component merges them with
  the gazetteer, so canonical ids still attach.
- ``segmenter="camel"``: ``MorphologicalTokenizer(scheme="d3tok")`` with an MLE disambiguator over
  a morphology database; each word's D3 pieces (و+ ل+ ال+ موقع) are aligned to the original
  characters and become ``Token.segments`` (a word whose pieces do not align stays one piece).

Data: ``camel_ner_model=DIR`` (a BERT token-classification directory) or the ``ner-arabert`` package;
``camel_morphology_db=FILE`` or the ``morphology-db-msa-r13`` package (plus, when installed,
``disambig-mle-calima-msa-r13`` for MLE disambiguation). Packages are looked up in ``camel_data=DIR``,
else ``$CAMELTOOLS_DATA``, else ``~/.camel_tools`` — the layout ``camel_data -i`` installs.

CAMeL's own ``camel_tools.data`` module reads (and, when absent, downloads) a catalogue and creates
``~/.camel_tools`` as soon as it is imported; the modules arnews uses import it only for
``CATALOGUE``. arnews imports them with a stand-in that defers to the real catalogue only if someone
actually uses it, so building these backends never touches the network or the home directory.
"""
from __future__ import annotations

import json
import os
import sys
import threading
import types
from pathlib import Path
from typing import Any, Optional

from ..pipeline import ArnewsError
from ._common import is_arabic_word, segment_spans, sentence_groups, token_spans, with_segments

INSTALL = "pip install 'arnews[camel]' (for CPU-only torch, first: pip install torch==2.13.0 --index-url https://download.pytorch.org/whl/cpu)"
NER_PACKAGE = "ner-arabert"
MORPH_PACKAGE = "morphology-db-msa-r13"
MLE_PACKAGE = "disambig-mle-calima-msa-r13"

_lock = threading.RLock()
_MODELS: dict = {}


# --- guarded imports ------------------------------------------------------------------------------

class _DeferredCatalogue:
    """Stands in for ``camel_tools.data.CATALOGUE``: imports the real one only when used."""

    def __getattr__(self, name):
        import importlib
        real = importlib.import_module("camel_tools.data")
        if isinstance(getattr(real, "CATALOGUE", None), _DeferredCatalogue):  # pragma: no cover
            raise AttributeError(name)
        return getattr(real.CATALOGUE, name)


def _import_camel(*modules: str) -> list:
    """Import camel_tools submodules without running ``camel_tools.data`` (network, ~/.camel_tools)."""
    import importlib
    try:
        importlib.import_module("camel_tools")
        import torch  # noqa: F401
        import transformers  # noqa: F401
    except ImportError as e:
        raise ArnewsError(f"the camel backend needs camel-tools and torch ({e.name or e} is missing): {INSTALL}") from None
    stub = None
    if "camel_tools.data" not in sys.modules:
        stub = types.ModuleType("camel_tools.data")
        stub.CATALOGUE = _DeferredCatalogue()
        stub.__file__ = "<arnews stand-in for camel_tools.data>"
        sys.modules["camel_tools.data"] = stub
    try:
        return [importlib.import_module(m) for m in modules]
    except ImportError as e:
        raise ArnewsError(f"the camel backend could not import {e.name or e}: {INSTALL}") from None
    finally:
        if stub is not None and sys.modules.get("camel_tools.data") is stub:
            del sys.modules["camel_tools.data"]
            pkg = sys.modules.get("camel_tools")
            if pkg is not None and getattr(pkg, "data", None) is stub:
                delattr(pkg, "data")


def require() -> None:
    """A clear error when the extra is not installed (checked before looking for data)."""
    import importlib.util
    for mod in ("camel_tools", "torch", "transformers"):
        if importlib.util.find_spec(mod) is None:
            raise ArnewsError(f"the camel backend needs camel-tools and torch ({mod} is not installed): {INSTALL}")


# --- where the data is ----------------------------------------------------------------------------

def data_dir(camel_data: Optional[str] = None) -> tuple[Path, str]:
    """CAMeL's data folder and where that choice came from (never created here)."""
    if camel_data:
        return Path(camel_data).expanduser(), "camel_data option"
    env = os.environ.get("CAMELTOOLS_DATA")
    if env:
        return Path(env).expanduser(), "$CAMELTOOLS_DATA"
    home = Path.home()
    default = home / "AppData/Roaming/camel_tools" if sys.platform == "win32" else home / ".camel_tools"
    return default, "CAMeL's default folder"


def _dataset(root: Path, component: str, default: str, rel: str) -> Path:
    """A dataset folder as CAMeL's catalogue places it (read from the installed catalogue.json when there)."""
    cat = root / "catalogue.json"
    if cat.is_file():
        try:
            comp = json.loads(cat.read_text(encoding="utf-8"))["components"][component]
            return root / "data" / comp["datasets"][comp.get("default", default)]["path"]
        except (OSError, ValueError, KeyError, TypeError):
            pass
    return root / "data" / rel


def _get_cmd(package: str, root: Path, how: str) -> str:
    cmd = f"camel_data -i {package}"
    if how != "$CAMELTOOLS_DATA" and how != "CAMeL's default folder":
        cmd = f"CAMELTOOLS_DATA={root} {cmd}"
    return cmd


def ner_model_path(camel_ner_model: Optional[str] = None, camel_data: Optional[str] = None) -> Path:
    """The BERT NER model directory, or a clear ArnewsError saying how to get it."""
    if camel_ner_model:
        p = Path(camel_ner_model).expanduser()
        if not (p / "config.json").is_file() or not (p / "vocab.txt").is_file():
            raise ArnewsError(f"camel NER model not found: {p} has no config.json and vocab.txt (camel_ner_model must "
                              f"be a BERT token-classification folder, e.g. CAMeL's {NER_PACKAGE}: "
                              f"camel_data -i {NER_PACKAGE})")
        return p
    root, how = data_dir(camel_data)
    p = _dataset(root, "NamedEntityRecognition", "arabert", "ner/arabert")
    if not (p / "config.json").is_file():
        raise ArnewsError(f"camel NER model missing: no {p} (CAMeL data folder {root}, from {how}). Get it with: "
                          f"{_get_cmd(NER_PACKAGE, root, how)} — or pass camel_ner_model=DIR")
    return p


def morphology_db_path(camel_morphology_db: Optional[str] = None, camel_data: Optional[str] = None) -> Path:
    if camel_morphology_db:
        p = Path(camel_morphology_db).expanduser()
        if p.is_dir():
            p = p / "morphology.db"
        if not p.is_file():
            raise ArnewsError(f"camel morphology database not found: {p} (get CAMeL's with: camel_data -i {MORPH_PACKAGE})")
        return p
    root, how = data_dir(camel_data)
    p = _dataset(root, "MorphologyDB", "calima-msa-r13", "morphology_db/calima-msa-r13") / "morphology.db"
    if not p.is_file():
        raise ArnewsError(f"camel morphology database missing: no {p} (CAMeL data folder {root}, from {how}). Get it "
                          f"with: {_get_cmd(MORPH_PACKAGE, root, how)} — or pass camel_morphology_db=FILE")
    return p


def mle_model_path(camel_data: Optional[str] = None) -> Optional[Path]:
    root, _ = data_dir(camel_data)
    p = _dataset(root, "DisambigMLE", "calima-msa-r13", "disambig_mle/calima-msa-r13") / "model.json"
    return p if p.is_file() else None


def _quiet_transformers() -> None:
    try:
        from transformers.utils import logging as tf_logging
        tf_logging.set_verbosity_error()
        tf_logging.disable_progress_bar()
    except Exception:  # pragma: no cover - an older/newer transformers
        pass


# --- NER ------------------------------------------------------------------------------------------

class CamelNER:
    """Tagger interface over ``camel_tools.ner.NERecognizer``."""

    name = "camel"

    def __init__(self, model_path: Path, use_gpu: bool = False, batch_size: int = 32):
        self.model_path = Path(model_path)
        key = ("ner", str(self.model_path.resolve()), bool(use_gpu))
        with _lock:
            rec = _MODELS.get(key)
            if rec is None:
                (ner,) = _import_camel("camel_tools.ner")
                _quiet_transformers()
                try:
                    rec = ner.NERecognizer(str(self.model_path), use_gpu=use_gpu)
                except (OSError, ValueError) as e:
                    raise ArnewsError(f"camel NER model at {self.model_path} could not be loaded: {e}") from None
                _MODELS[key] = rec
        self.recognizer = rec
        self.batch_size = batch_size

    def tag_sequences(self, sents: list[list[str]]) -> list[list[str]]:
        """ANERcorp BIO labels for sentences given as word lists (one label per word)."""
        if not sents:
            return []
        keep = [i for i, s in enumerate(sents) if s]
        labs = self.recognizer.predict([sents[i] for i in keep], batch_size=self.batch_size) if keep else []
        out: list[list[str]] = [[] for _ in sents]
        for i, lab in zip(keep, labs):
            lab = list(lab)[:len(sents[i])]
            out[i] = lab + ["O"] * (len(sents[i]) - len(lab))
        return out

    def tag(self, doc, ctx=None) -> list[tuple[int, int, str]]:
        toks = doc.tokens
        if not toks:
            return []
        groups = sentence_groups(toks, doc.sentences)
        labels = self.tag_sequences([[toks[i].text for i in range(a, b)] for a, b in groups])
        return token_spans(doc, groups, labels, ctx)


def make_ner(camel_ner_model: Optional[str] = None, camel_data: Optional[str] = None, camel_gpu: bool = False,
             **_: Any) -> CamelNER:
    require()
    return CamelNER(ner_model_path(camel_ner_model, camel_data), use_gpu=camel_gpu)


# --- D3 segmentation ------------------------------------------------------------------------------

class CamelSegmenter:
    """D3 tokenization of each Arabic word (cached per word form)."""

    def __init__(self, db_path: Path, mle_path: Optional[Path] = None, scheme: str = "d3tok"):
        key = ("seg", str(Path(db_path).resolve()), str(mle_path) if mle_path else None, scheme)
        with _lock:
            tok = _MODELS.get(key)
            if tok is None:
                database, analyzer, mle, morph = _import_camel(
                    "camel_tools.morphology.database", "camel_tools.morphology.analyzer",
                    "camel_tools.disambig.mle", "camel_tools.tokenizers.morphological")
                try:
                    db = database.MorphologyDB(str(db_path), "a")
                except Exception as e:  # camel's DatabaseParseError, OSError ...
                    raise ArnewsError(f"camel morphology database {db_path} could not be read: {e}") from None
                if scheme not in db.tokenizations and scheme not in db.defines:
                    raise ArnewsError(f"camel morphology database {db_path} has no {scheme} tokenization")
                # unknown words (most names in the news) get proper-noun analyses when the database allows
                an = analyzer.Analyzer(db, backoff="NOAN_PROP" if "PROP" in db.stem_backoffs else "NONE")
                dis = mle.MLEDisambiguator(an, str(mle_path) if mle_path else None)
                tok = morph.MorphologicalTokenizer(dis, scheme=scheme, split=False, diac=False)
                _MODELS[key] = tok
        self.tokenizer = tok
        self._cache: dict[str, tuple[str, ...]] = {}

    def pieces(self, words: list[str]) -> list[tuple[str, ...]]:
        """The D3 pieces of each word, '+' markers removed (و+_ل+_تويتر -> (و, ل, تويتر))."""
        cache = self._cache
        todo = [w for w in dict.fromkeys(words) if w not in cache]
        if todo:
            if len(cache) > 300_000:
                cache.clear()
            for w, t in zip(todo, self.tokenizer.tokenize(todo)):
                cache[w] = tuple(p.strip("+") for p in t.split("_") if p.strip("+"))
        return [cache[w] for w in words]


class SegmentedTokens:
    """A ``tokens`` component: arnews tokens, segments from a backend's ``pieces(words)``."""

    name = "tokens"
    requires = ()
    provides = ("tokens",)

    def __init__(self, segmenter):
        from ..segment.tokens import Tokens
        self.base = Tokens(segment=False)
        self.segmenter = segmenter

    def __call__(self, doc, ctx) -> None:
        self.base(doc, ctx)
        toks = doc.tokens
        idx = [i for i, t in enumerate(toks) if is_arabic_word(t.text)]
        if not idx:
            return
        for i, pieces in zip(idx, self.segmenter.pieces([toks[i].text for i in idx])):
            segs = segment_spans(toks[i], pieces)
            if segs:
                toks[i] = with_segments(toks[i], segs)


def make_segmenter(camel_morphology_db: Optional[str] = None, camel_data: Optional[str] = None,
                   camel_scheme: str = "d3tok", **_: Any) -> SegmentedTokens:
    require()
    db = morphology_db_path(camel_morphology_db, camel_data)
    return SegmentedTokens(CamelSegmenter(db, mle_model_path(camel_data), scheme=camel_scheme))
