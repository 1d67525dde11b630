"""arnews over Dask DataFrames, for corpora beyond one machine (``pip install 'arnews[dask]'``).

    import dask.dataframe as dd, arnews.dask
    ddf = dd.read_parquet("articles/*.parquet")          # or dd.from_pandas(pd.read_json(..., lines=True))
    out = arnews.dask.extract(ddf, "content", title_column="title", id_column="url")
    out.to_parquet("arnews-out/")                          # typed, nested columns
    ents = arnews.dask.explode(out, "entities")            # one row per entity

``extract`` maps each partition with ``map_partitions``; the arnews :class:`~arnews.Pipeline` is
built once per worker process (cached in this module for the options given) and applied to the
partition's rows; a row that fails gives an ``error`` message instead of failing the job.

Output columns (index = the input's index):

====================  ===============================  ================================================
column                dtype                            content
====================  ===============================  ================================================
doc_id                string                           ``id_column`` as text, else the index label
n_chars               Int64                            length of the analysed text
n_tokens              Int64                            tokens
n_sentences           Int64                            sentences
n_entities            Int64                            entity mentions
n_quantities          Int64                            quantities
n_temporals           Int64                            dates and times
n_quotes              Int64                            quotes
headline              string                           the headline arnews found (None if none)
reading_time_minutes  Int64                            from the "x min read" line, if any
dateline_place        string                           place of the dateline, if any
entity_ids            list<string> (Arrow)             distinct entity ids, first mention first
speaker_ids           list<string> (Arrow)             distinct entity ids of quote speakers
entities              list<struct> (Arrow) or string   the records, typed by ``arrow_schema``;
quantities            list<struct> (Arrow) or string   ``nested="json"`` gives JSON text instead
temporals             list<struct> (Arrow) or string
quotes                list<struct> (Arrow) or string
text                  string                           only with ``keep_text=True``
error                 string                           None, or why this row could not be analysed
                                                       (or "reference_date ignored: ..." when the
                                                       row's date was unreadable; the row is analysed)
====================  ===============================  ================================================

With ``title_column``, the analysed text is ``title + "\\n\\n" + content`` (so arnews sees the
headline; the title alone when the content is missing); offsets in the records refer to that
text (``keep_text=True`` keeps it).
"""
from __future__ import annotations

import json
from typing import Any, Optional, Sequence

from .integrations import require
from .integrations.frames import TABLES, items_frame
from .records import Entity, Quantity, Quote, Temporal

dd = require("dask.dataframe", "dask")
pd = require("pandas", "pandas")
pa = require("pyarrow", "dask")

__all__ = ["extract", "explode", "explode_entities", "read_parquet", "output_meta", "NESTED"]

NESTED = ("entities", "quantities", "temporals", "quotes")
_MODELS = {"entities": Entity, "quantities": Quantity, "temporals": Temporal, "quotes": Quote}
_COUNTS = ("n_chars", "n_tokens", "n_sentences", "n_entities", "n_quantities", "n_temporals", "n_quotes")

#: (components, disable, options) -> Pipeline, one per worker process
_PIPELINES: dict[Any, Any] = {}


def _pipeline(key):
    nlp = _PIPELINES.get(key)
    if nlp is None:
        from .pipeline import Pipeline
        components, disable, options = key
        nlp = _PIPELINES[key] = Pipeline(components=list(components) if components else None,
                                         disable=disable, **dict(options))
    return nlp


def _nested_type(name: str):
    from .integrations.arrow import arrow_type
    return pa.list_(pa.field("item", arrow_type(_MODELS[name]), nullable=False))


def _dtypes(nested: str, keep_text: bool) -> dict:
    S, I = pd.StringDtype(), pd.Int64Dtype()
    ids = pd.ArrowDtype(pa.list_(pa.string()))
    out = {"doc_id": S, **{c: I for c in _COUNTS}, "headline": S, "reading_time_minutes": I,
           "dateline_place": S, "entity_ids": ids, "speaker_ids": ids}
    for name in NESTED:
        out[name] = pd.ArrowDtype(_nested_type(name)) if nested == "arrow" else S
    if keep_text:
        out["text"] = S
    out["error"] = S
    return out


def _str(v) -> str:
    if v is None:
        return ""
    try:
        if pd.isna(v):
            return ""
    except (TypeError, ValueError):
        pass
    return v if isinstance(v, (str, bytes)) else str(v)


def _distinct(values) -> list:
    seen: dict = {}
    for v in values:
        if v and v not in seen:
            seen[v] = None
    return list(seen)


def _extract_partition(pdf, text_column: str, title_column: Optional[str], id_column: Optional[str],
                       date_column: Optional[str], key, nested: str, keep_text: bool):
    dtypes = _dtypes(nested, keep_text)
    cols: dict[str, list] = {c: [] for c in dtypes}
    n = len(pdf)
    if n:
        nlp = _pipeline(key)
        texts = pdf[text_column].tolist()
        titles = pdf[title_column].tolist() if title_column else [None] * n
        ids = pdf[id_column].tolist() if id_column else [None] * n
        dates = pdf[date_column].tolist() if date_column else [None] * n
        labels = list(pdf.index)
        for text, title, did, date, label in zip(texts, titles, ids, dates, labels):
            did = _str(did) if id_column else str(label)
            cols["doc_id"].append(did)
            doc, error = None, None
            try:
                text, title = _str(text), _str(title)
                if isinstance(text, bytes):
                    from .pipeline import decode_input
                    text = decode_input(text, name=did)
                if title:
                    text = f"{title}\n\n{text}" if text else title
                ref = _str(date)[:10] or None
                try:
                    doc = nlp(text, doc_id=did, reference_date=ref)
                except ValueError as e:  # an unreadable date should not lose the article
                    if ref is None:
                        raise
                    doc, error = nlp(text, doc_id=did), f"reference_date ignored: {e}"
            except Exception as e:  # never fail the whole job on one row
                error = f"{type(e).__name__}: {e}"
            cols["error"].append(error)
            if keep_text:
                cols["text"].append(text if isinstance(text, str) else None)
            if doc is None:
                for c in _COUNTS:
                    cols[c].append(None)
                for c in ("headline", "reading_time_minutes", "dateline_place"):
                    cols[c].append(None)
                cols["entity_ids"].append([])
                cols["speaker_ids"].append([])
                for name in NESTED:
                    cols[name].append([] if nested == "arrow" else "[]")
                continue
            cols["n_chars"].append(len(doc.text))
            cols["n_tokens"].append(len(doc.tokens))
            cols["n_sentences"].append(len(doc.sentences))
            cols["n_entities"].append(len(doc.entities))
            cols["n_quantities"].append(len(doc.quantities))
            cols["n_temporals"].append(len(doc.temporals))
            cols["n_quotes"].append(len(doc.quotes))
            cols["headline"].append(doc.headline.text if doc.headline is not None else None)
            cols["reading_time_minutes"].append(doc.meta.reading_time_minutes)
            dl = doc.meta.dateline
            cols["dateline_place"].append(dl.place if dl is not None else None)
            cols["entity_ids"].append(_distinct(e.id for e in doc.entities))
            cols["speaker_ids"].append(_distinct(q.speaker.entity_id for q in doc.quotes if q.speaker))
            for name in NESTED:
                items = [r.model_dump(mode="json") for r in getattr(doc, name)]
                cols[name].append(items if nested == "arrow" else json.dumps(items, ensure_ascii=False))
    index = pdf.index
    data = {}
    for c, dt in dtypes.items():
        if isinstance(dt, pd.ArrowDtype):
            arr = pa.array(cols[c], type=dt.pyarrow_dtype)
            data[c] = pd.Series(pd.arrays.ArrowExtensionArray(arr), index=index, name=c)
        else:
            data[c] = pd.Series(cols[c], dtype=dt, index=index, name=c)
    return pd.DataFrame(data, index=index)


def output_meta(ddf=None, *, nested: str = "arrow", keep_text: bool = False):
    """The (empty) pandas frame describing ``extract``'s output columns and dtypes."""
    empty = ddf._meta if ddf is not None else pd.DataFrame({"content": pd.Series([], dtype=pd.StringDtype())})
    return _extract_partition(empty.iloc[:0], "content" if ddf is None else empty.columns[0], None, None,
                              None, None, nested, keep_text)


def extract(ddf, text_column: str = "content", title_column: Optional[str] = None,
            id_column: Optional[str] = None, *, date_column: Optional[str] = None,
            components: Optional[Sequence[str]] = None, disable: Sequence[str] = (),
            nested: str = "arrow", keep_text: bool = False, **options: Any):
    """Run arnews over a Dask DataFrame's ``text_column``; a lazy Dask DataFrame of typed columns.

    ``title_column``: prepended as the headline; ``id_column``: becomes ``doc_id``;
    ``date_column``: each row's publication date (ISO, first 10 characters used) as
    ``reference_date`` for relative dates; ``components``/``disable``/``options``: as for
    :class:`arnews.Pipeline`; ``nested="arrow"`` (typed list<struct> columns) or ``"json"``.
    """
    if nested not in ("arrow", "json"):
        raise ValueError("nested must be 'arrow' or 'json'")
    for c in (text_column, title_column, id_column, date_column):
        if c is not None and c not in ddf.columns:
            raise KeyError(f"column {c!r} not in the DataFrame (columns: {', '.join(map(str, ddf.columns))})")
    key = (tuple(components) if components else None, tuple(disable),
           tuple(sorted(options.items(), key=lambda kv: kv[0])))
    args = (text_column, title_column, id_column, date_column, key, nested, keep_text)
    meta = _extract_partition(ddf._meta.iloc[:0], *args)
    return ddf.map_partitions(_extract_partition, *args, meta=meta)


def _explode_partition(pdf, table: str, nested: Optional[str]):
    rows = []
    index = []
    if len(pdf):
        for label, did, items in zip(pdf.index, pdf["doc_id"].tolist(), pdf[table].tolist()):
            if items is None or (isinstance(items, float) and items != items):
                continue
            if isinstance(items, str):
                items = json.loads(items)
            for j, rec in enumerate(items):
                rows.append((did, None, j, rec))
                index.append(label)
    return items_frame(table, rows, doc_index=False, index=index if rows else pdf.index[:0])


def explode(result, table: str = "entities"):
    """One row per record of ``table`` (entities, quantities, temporals or quotes) of ``extract``'s
    output: the input's index, ``doc_id``, ``item_index`` and the record's flat columns
    (``speaker_entity_id``, ``counted_text``... as in :func:`arnews.to_frames`)."""
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}; known: {', '.join(TABLES)}")
    meta = _explode_partition(result._meta.iloc[:0], table, None)
    return result[["doc_id", table]].map_partitions(_explode_partition, table, None, meta=meta)


def explode_entities(result):
    """``explode(result, "entities")``: one row per entity mention."""
    return explode(result, "entities")


def _read_file(path: str, columns=None):
    import pyarrow.parquet as pq
    table = pq.read_table(path, columns=list(columns) if columns is not None else None)
    df = table.to_pandas(types_mapper=pd.ArrowDtype, ignore_metadata=True)
    return df[[c for c in df.columns if not str(c).startswith("__")]]


def read_parquet(path, columns: Optional[Sequence[str]] = None):
    """Read ``extract(...).to_parquet(path)`` back as a Dask DataFrame (Arrow-backed dtypes).

    pandas cannot parse the nested Arrow dtypes it records in the Parquet metadata, so
    ``dd.read_parquet`` fails on a column subset; this reads each file with pyarrow, ignoring that
    metadata (the Dask index is not restored: use ``doc_id``).
    """
    import glob
    import os
    path = os.fspath(path)
    files = sorted(glob.glob(os.path.join(path, "*.parquet"))) if os.path.isdir(path) else [path]
    if not files:
        raise FileNotFoundError(f"no .parquet files in {path}")
    return dd.from_map(_read_file, files, columns=list(columns) if columns else None)
