"""Output formats of ``arnews extract``: renderers (run in the workers) and writers (main process).

A *renderer* turns a Document into a small picklable payload (a JSON string, table rows, an HTML
section); a *writer* appends payloads to the output as they come, so nothing grows with the corpus.
JSON Lines are written one whole line per write call and flushed, so an interrupted run leaves no
partial last line; the JSON array and the HTML report are closed properly on interruption.
"""
from __future__ import annotations

import csv
import io
from collections import Counter
from functools import partial
from typing import IO, Any, Callable, Optional

from .records import Document

FORMATS = ("json", "jsonl", "table", "csv", "tsv", "parquet", "html", "counts")
TABLES = ("all", "entities", "quantities", "temporals", "quotes")

# ----------------------------------------------------------------------------------------------
# Rows: one per entity / quantity / temporal / quote, with the document id and a ``type`` column

BASE_COLUMNS = ["doc_id", "type", "start", "end", "text"]
TABLE_COLUMNS = {
    "entities": ["label", "entity_id", "name", "wikidata"],
    "quantities": ["kind", "value", "low", "high", "unit", "modifier", "counted"],
    "temporals": ["kind", "iso", "calendar"],
    "quotes": ["kind", "speaker", "speaker_id", "speaker_name", "cue"],
}
TYPE_NAMES = {"entities": "entity", "quantities": "quantity", "temporals": "temporal", "quotes": "quote"}
FLOAT_COLUMNS = {"value", "low", "high"}
INT_COLUMNS = {"start", "end"}


def columns(table: str) -> list[str]:
    if table != "all":
        return BASE_COLUMNS + TABLE_COLUMNS[table]
    cols = list(BASE_COLUMNS)
    for extra in TABLE_COLUMNS.values():
        cols += [c for c in extra if c not in cols]
    return cols


def _item_values(table: str, x) -> dict:
    if table == "entities":
        return {"label": x.label, "entity_id": x.id, "name": x.name, "wikidata": x.wikidata}
    if table == "quantities":
        return {"kind": x.kind, "value": x.value, "low": x.low, "high": x.high, "unit": x.unit,
                "modifier": x.modifier, "counted": x.counted.text if x.counted is not None else None}
    if table == "temporals":
        return {"kind": x.kind, "iso": x.value, "calendar": x.calendar}
    sp = x.speaker
    return {"kind": x.kind, "speaker": sp.text if sp is not None else None,
            "speaker_id": sp.entity_id if sp is not None else None,
            "speaker_name": sp.name if sp is not None else None,
            "cue": x.cue.text if x.cue is not None else None}


def render_rows(doc: Document, table: str = "all") -> list[tuple]:
    cols = columns(table)
    rows = []
    for name in (TABLE_COLUMNS if table == "all" else [table]):
        for x in getattr(doc, name) or ():
            d = {"doc_id": doc.id, "type": TYPE_NAMES[name], "start": x.start, "end": x.end, "text": x.text}
            d.update(_item_values(name, x))
            rows.append(tuple(d.get(c) for c in cols))
    rows.sort(key=lambda r: (r[2], -r[3]))  # text order
    return rows


# ----------------------------------------------------------------------------------------------
# Renderers (module level: they travel to the worker processes by reference)

def render_jsonl(doc: Document) -> str:
    return doc.model_dump_json(warnings=False)


def render_json(doc: Document) -> str:
    return doc.model_dump_json(indent=2, warnings=False)


def render_lite(doc: Document) -> Document:
    """The document without its tokens (for the terminal table: less to pickle)."""
    return doc.model_copy(update={"tokens": []})


def render_segmented(doc: Document) -> str:
    from .segment import format_segmented  # provided by the segmentation work
    return format_segmented(doc)


def render_counts(doc: Document) -> list[tuple]:
    """(id, label, name) of each entity mention: a linked mention counts under its id, another under its text."""
    return [(e.id, e.label, e.name or e.text) if e.id else ("", e.label, e.text) for e in doc.entities]


def renderer(fmt: str, table: str = "all") -> Callable[[Document], Any]:
    if fmt == "jsonl":
        return render_jsonl
    if fmt == "json":
        return render_json
    if fmt in ("csv", "tsv", "parquet"):
        return partial(render_rows, table=table)
    if fmt == "html":
        from .report import render_section
        return render_section
    if fmt == "table":
        return render_lite
    if fmt == "segment":
        return render_segmented
    if fmt == "counts":
        return render_counts
    raise ValueError(f"unknown format {fmt!r}")


# ----------------------------------------------------------------------------------------------
# Writers

class Writer:
    """``start()``, ``write(payload)`` per document, ``close()`` (also after an interruption)."""

    binary = False

    def __init__(self, out: IO, **_: Any):
        self.out = out
        self.count = 0

    def start(self) -> None:
        pass

    def write(self, payload: Any) -> None:
        raise NotImplementedError

    def close(self) -> None:
        self.out.flush()


class JsonlWriter(Writer):
    def write(self, payload: str) -> None:
        self.out.write(payload + "\n")  # one whole line per write call
        self.out.flush()
        self.count += 1


class JsonWriter(Writer):
    """One document: the object. Several: a JSON array, streamed, closed even when interrupted."""

    def __init__(self, out: IO, single: bool = False, **kw: Any):
        super().__init__(out)
        self.single = single

    def write(self, payload: str) -> None:
        if self.single:
            self.out.write(payload + "\n")
        else:
            body = "  " + payload.replace("\n", "\n  ")  # JSON strings hold no raw newline
            self.out.write(("[\n" if self.count == 0 else ",\n") + body)
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        if not self.single:
            self.out.write("\n]\n" if self.count else "[]\n")
        self.out.flush()


def _cell(v: Any) -> Any:
    if v is None:
        return ""
    if isinstance(v, float) and v.is_integer() and abs(v) < 1e15:
        return int(v)
    return v


class CsvWriter(Writer):
    def __init__(self, out: IO, table: str = "all", delimiter: str = ",", **kw: Any):
        super().__init__(out)
        self.cols = columns(table)
        dialect = "excel-tab" if delimiter == "\t" else "excel"
        self.w = csv.writer(out, dialect=dialect, lineterminator="\n")

    def start(self) -> None:
        self.w.writerow(self.cols)

    def write(self, rows: list[tuple]) -> None:
        buf = io.StringIO()
        csv.writer(buf, dialect=self.w.dialect, lineterminator="\n").writerows(
            [[_cell(v) for v in r] for r in rows])
        self.out.write(buf.getvalue())  # the document's rows in one write
        self.out.flush()
        self.count += 1


class ParquetWriter(Writer):
    """Rows in row groups of ``batch`` rows (pyarrow required: ``pip install 'arnews[parquet]'``)."""

    binary = True

    def __init__(self, out: Any, table: str = "all", batch: int = 50_000, **kw: Any):
        super().__init__(out)
        import pyarrow as pa
        import pyarrow.parquet as pq
        self.pa = pa
        self.cols = columns(table)
        self.schema = pa.schema([(c, pa.float64() if c in FLOAT_COLUMNS else pa.int64() if c in INT_COLUMNS
                                  else pa.string()) for c in self.cols])
        self.writer = pq.ParquetWriter(out, self.schema)
        self.batch = batch
        self.rows: list[tuple] = []

    def write(self, rows: list[tuple]) -> None:
        self.rows.extend(rows)
        self.count += 1
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            cols = list(zip(*self.rows))
            self.writer.write_table(self.pa.Table.from_arrays(
                [self.pa.array(list(c), type=f.type) for c, f in zip(cols, self.schema)], schema=self.schema))
            self.rows = []

    def close(self) -> None:
        self._flush()
        self.writer.close()


class HtmlWriter(Writer):
    def __init__(self, out: IO, title: str = "arnews report", **kw: Any):
        super().__init__(out)
        self.title = title
        self.ids: list[str] = []

    def start(self) -> None:
        from .report import page_head
        self.out.write(page_head(self.title))

    def write(self, payload: tuple) -> None:
        from .report import number_section
        doc_id, section = payload
        self.out.write(number_section(section, len(self.ids)))
        self.ids.append(doc_id)
        self.out.flush()
        self.count += 1

    def close(self) -> None:
        from .report import page_tail
        self.out.write(page_tail(self.ids))
        self.out.flush()


class CountsWriter(Writer):
    """Mentions and documents per entity over the whole run, written at the end as TSV, the most mentioned
    first: what a brand or media monitor counts. Memory grows with the distinct entities, not the corpus."""

    COLUMNS = ("entity_id", "label", "name", "mentions", "documents")

    def __init__(self, out: IO, **kw: Any):
        super().__init__(out)
        self.mentions: Counter = Counter()
        self.documents: Counter = Counter()

    def write(self, keys: list[tuple]) -> None:
        self.mentions.update(keys)
        self.documents.update(set(keys))
        self.count += 1

    def close(self) -> None:
        w = csv.writer(self.out, delimiter="\t", lineterminator="\n")
        w.writerow(self.COLUMNS)
        for key, n in sorted(self.mentions.items(), key=lambda kv: (-kv[1], kv[0])):
            w.writerow([*key, n, self.documents[key]])
        self.out.flush()


class TextWriter(Writer):
    """Plain text blocks (``arnews segment``), one blank line between documents."""

    def write(self, payload: str) -> None:
        self.out.write(("\n" if self.count else "") + payload.rstrip("\n") + "\n")
        self.out.flush()
        self.count += 1


class TableWriter(Writer):
    """A readable terminal view (rich): per document, tables of entities, quantities and quotes."""

    def __init__(self, out: IO, width: Optional[int] = None, color: Optional[bool] = None, **kw: Any):
        super().__init__(out)
        from rich.console import Console
        kwargs: dict = {"file": out, "highlight": False, "soft_wrap": False}
        if width:
            kwargs["width"] = width
        if color is False:
            kwargs["no_color"] = True
            kwargs["color_system"] = None
        self.console = Console(**kwargs)

    def write(self, doc: Document) -> None:
        render_table(self.console, doc)
        self.out.flush()
        self.count += 1


def make_writer(fmt: str, out: IO, *, table: str = "all", single: bool = False, **kw: Any) -> Writer:
    if fmt == "jsonl":
        return JsonlWriter(out)
    if fmt == "json":
        return JsonWriter(out, single=single)
    if fmt == "csv":
        return CsvWriter(out, table=table)
    if fmt == "tsv":
        return CsvWriter(out, table=table, delimiter="\t")
    if fmt == "parquet":
        return ParquetWriter(out, table=table)
    if fmt == "html":
        return HtmlWriter(out, **kw)
    if fmt == "table":
        return TableWriter(out, **kw)
    if fmt == "segment":
        return TextWriter(out)
    if fmt == "counts":
        return CountsWriter(out)
    raise ValueError(f"unknown format {fmt!r}")


# ----------------------------------------------------------------------------------------------
# The terminal view
#
# rich measures Arabic correctly (letters one cell, harakat zero) but knows nothing of bidi: it
# writes characters in logical order and wraps lines itself. A bidi-aware terminal (VTE, Konsole,
# mlterm, iTerm2) then reorders each *line*; neutral characters (spaces, box borders) between two
# Arabic cells can join them into one right-to-left run and swap the cells. So every line of an
# Arabic cell is wrapped here (not by rich) and enclosed in FIRST STRONG ISOLATE ... POP DIRECTIONAL
# ISOLATE (U+2068 / U+2069, zero width for rich and for terminals), which keeps each cell's text
# reordered inside its own cell. Terminals without bidi show logical order, as everywhere else.

_FSI, _PDI = "\u2068", "\u2069"


def _has_rtl(s: str) -> bool:
    return any("\u0590" <= c <= "\u08ff" or "\ufb1d" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufeff" for c in s)


def bidi_lines(text: str, width: int, max_lines: int = 6) -> str:
    """Wrap ``text`` to ``width`` cells, each line isolated for the terminal's bidi."""
    from rich.cells import cell_len
    text = " ".join((text or "").split())
    lines: list[str] = []
    cur = ""
    for word in text.split(" "):
        while cell_len(word) > width:  # hard-split a word longer than the cell
            if cur:
                lines.append(cur)
                cur = ""
            cut = width
            while cut > 1 and cell_len(word[:cut]) > width:
                cut -= 1
            lines.append(word[:cut])
            word = word[cut:]
        if not cur:
            cur = word
        elif cell_len(cur) + 1 + cell_len(word) <= width:
            cur += " " + word
        else:
            lines.append(cur)
            cur = word
    if cur or not lines:
        lines.append(cur)
    if len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, width - 1)] + "…"
    return "\n".join(_FSI + ln + _PDI if _has_rtl(ln) else ln for ln in lines)


def _num(v: Optional[float]) -> str:
    if v is None:
        return ""
    if float(v).is_integer() and abs(v) < 1e15:
        return f"{int(v):,}"
    return f"{v:,.6g}"


def render_table(console, doc: Document) -> None:
    from rich import box
    from rich.table import Table
    from rich.text import Text

    width = max(60, console.width)
    title = doc.id or "document"
    head = doc.headline.text if doc.headline is not None else ""
    console.rule(Text(title, style="bold"), style="cyan")
    if head:
        console.print(Text(bidi_lines(head, width - 4, 3), style="bold"))
    counts = (f"{len(doc.paragraphs)} paragraphs, {len(doc.sentences)} sentences, {len(doc.entities)} entities, "
              f"{len(doc.quantities)} quantities, {len(doc.temporals)} dates/times, {len(doc.quotes)} quotes")
    console.print(Text(counts, style="dim"))

    def table(title: str, *cols: tuple) -> Table:
        # widths: fixed ones as given, None shares what is left (so nothing is cropped)
        fixed = sum(w for _, w, _ in cols if w) + 4 + 2 * (len(cols) + 1) + 2
        flex = max(12, (width - fixed) // max(1, sum(1 for _, w, _ in cols if not w)))
        t = Table(title=title, title_justify="left", box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
                  collapse_padding=False)
        t.add_column("#", justify="right", style="dim", no_wrap=True, width=4)
        for name, w, style in cols:
            t.add_column(name, no_wrap=True, width=w or flex, style=style, overflow="crop")
        t.flex = flex  # type: ignore[attr-defined]
        return t

    if doc.entities:
        t = table("Entities", ("text", None, "bold"), ("label", 8, "magenta"), ("id", 14, "cyan"),
                  ("name", None, None), ("wikidata", 9, "dim"))
        tw = t.flex
        for i, e in enumerate(doc.entities, 1):
            t.add_row(str(i), bidi_lines(e.text, tw), e.label, bidi_lines(e.id or "", 14),
                      bidi_lines(e.name or "", tw), e.wikidata or "")
        console.print(t)
    items = [(q.start, "quantity", q) for q in doc.quantities] + [(t.start, "temporal", t) for t in doc.temporals]
    if items:
        t = table("Quantities and dates", ("text", None, "bold"), ("kind", 8, "magenta"), ("value", 18, "green"),
                  ("unit / counted", None, None), ("modifier", 9, "dim"))
        tw = t.flex
        for i, (_, kind, q) in enumerate(sorted(items, key=lambda x: x[0]), 1):
            if kind == "quantity":
                value = f"{_num(q.low)}–{_num(q.high)}" if q.low is not None or q.high is not None else _num(q.value)
                unit = " / ".join(dict.fromkeys(x for x in (q.unit, q.counted.text if q.counted is not None
                                                              else None) if x))
                t.add_row(str(i), bidi_lines(q.text, tw), q.kind, value, bidi_lines(unit, tw), q.modifier or "")
            else:
                t.add_row(str(i), bidi_lines(q.text, tw), q.kind, q.value or "", "", "")
        console.print(t)
    if doc.quotes:
        tw = max(12, min(24, width // 6))
        t = table("Quotes", ("speaker", tw, "bold cyan"), ("who", 12, "cyan"), ("cue", 10, "magenta"),
                  ("quote", None, None), ("kind", 8, "dim"))
        qw = t.flex
        for i, q in enumerate(doc.quotes, 1):
            sp = q.speaker
            who = (sp.name or sp.entity_id or "") if sp is not None else ""
            t.add_row(str(i), bidi_lines(sp.text if sp is not None else "", tw), bidi_lines(who, 12),
                      bidi_lines(q.cue.text if q.cue is not None else "", 10), bidi_lines(q.text, qw, 8), q.kind)
        console.print(t)
    if not (doc.entities or items or doc.quotes):
        console.print(Text("(nothing extracted)", style="dim"))
    console.print()
