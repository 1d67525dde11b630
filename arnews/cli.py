"""The ``arnews`` command line.

    arnews extract article.txt                      # one document as JSON
    arnews extract corpus/ --glob '*.txt' --format jsonl -o out.jsonl
    arnews extract dump.jsonl --text-field content --title-field title --id-field url --format jsonl
    arnews extract a.txt b.txt --format table       # a terminal view
    arnews extract corpus/ --format csv --table entities
    arnews extract article.txt --format html -o report.html
    arnews extract corpus/ --format counts          # mentions and documents per entity id
    arnews segment article.txt                      # one sentence a line, clitics marked
    arnews gazetteer وبتويتر "Saudi Aramco"          # which entries names resolve to; alone: every entry
    arnews schema                                   # JSON Schema of the output

Exit codes: 0 all inputs processed, 1 some input failed (each named on stderr), 2 usage error,
130 interrupted.
"""
from __future__ import annotations

import codecs
import datetime as _dt
import io
import json
import os
import signal
import sys
import time
from enum import Enum
from typing import IO, Any, List, Optional

import typer
from typing_extensions import Annotated

from . import __version__
from .batch import BatchConfig, Stop, default_workers, iter_tasks, run_tasks, total_bytes, _input_kind
from .pipeline import ArnewsError

app = typer.Typer(
    name="arnews",
    help="Arabic news text to typed records: structure, tokens, entities, quantities and dates, quotes.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Format(str, Enum):
    json = "json"
    jsonl = "jsonl"
    table = "table"
    csv = "csv"
    tsv = "tsv"
    parquet = "parquet"
    html = "html"
    counts = "counts"


class Table(str, Enum):
    all = "all"
    entities = "entities"
    quantities = "quantities"
    temporals = "temporals"
    quotes = "quotes"


class GazetteerFormat(str, Enum):
    table = "table"
    tsv = "tsv"
    jsonl = "jsonl"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    jsonl = "jsonl"
    json = "json"


def _version(value: bool) -> None:
    if value:
        typer.echo(f"arnews {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: Annotated[bool, typer.Option("--version", "-V", callback=_version, is_eager=True,
                                          help="Show the version and exit.")] = False,
) -> None:
    """Arabic news text to typed, validated records (JSON, tables, an HTML report)."""


# ----------------------------------------------------------------------------------------------
# option parsing

_UNITS = {"": 1, "b": 1, "k": 1000, "kb": 1000, "kib": 1024, "m": 1000**2, "mb": 1000**2, "mib": 1024**2,
          "g": 1000**3, "gb": 1000**3, "gib": 1024**3}


def parse_size(value: str) -> int:
    """``50M`` -> 50_000_000; ``0`` means no limit."""
    s = str(value).strip().lower().replace("_", "").replace(",", "")
    num = s.rstrip("abcdefghijklmnopqrstuvwxyz")
    unit = s[len(num):]
    try:
        n = float(num)
    except ValueError:
        n = -1
    if n < 0 or unit not in _UNITS:
        raise typer.BadParameter(f"{value!r} is not a size (e.g. 2000000, 500k, 50M, 1G; 0 for no limit)",
                                 param_hint="--max-bytes")
    return int(n * _UNITS[unit])


def _check_encoding(encoding: Optional[str]) -> None:
    if encoding:
        try:
            codecs.lookup(encoding)
        except LookupError:
            raise typer.BadParameter(f"unknown encoding {encoding!r} (e.g. utf-8, cp1256, iso-8859-6, utf-16)",
                                     param_hint="--encoding") from None


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    try:
        return _dt.date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not an ISO date (YYYY-MM-DD)", param_hint="--reference-date") from None


def _stdout_text() -> IO:
    buf = getattr(sys.stdout, "buffer", None)
    if buf is None:  # an in-memory stream: write str to it as is
        return sys.stdout
    return io.TextIOWrapper(buf, encoding="utf-8", newline="", line_buffering=False)


class _Output:
    """The -o file or stdout, opened for the format; closed (not stdout itself) at the end."""

    def __init__(self, path: Optional[str], binary: bool):
        self.path = path if path not in (None, "-") else None
        self.binary = binary
        if self.path:
            d = os.path.dirname(os.path.abspath(self.path))
            if not os.path.isdir(d):
                raise typer.BadParameter(f"folder {d} does not exist", param_hint="-o/--output")
            self.fp = self.path if binary else open(self.path, "w", encoding="utf-8", newline="")
        elif binary:
            raise typer.BadParameter("--format parquet writes a file: give -o FILE.parquet", param_hint="-o/--output")
        else:
            self.fp = _stdout_text()

    def close(self) -> None:
        if isinstance(self.fp, str):
            return
        try:
            self.fp.flush()
        finally:
            if self.path:
                self.fp.close()
            elif isinstance(self.fp, io.TextIOWrapper) and self.fp is not sys.stdout:
                try:
                    self.fp.detach()
                except Exception:
                    pass


class _Reporter:
    """Errors, the progress bar (stderr terminal only) and the summary line, on stderr."""

    def __init__(self, quiet: bool, total: Optional[int], errors_path: Optional[str]):
        self.quiet = quiet
        self.total = total
        self.docs = self.errors = self.nbytes = 0
        self.t0 = time.perf_counter()
        self.progress = None
        self.task = None
        self.err_fp = open(errors_path, "w", encoding="utf-8") if errors_path else None
        self.show_progress = not quiet and sys.stderr.isatty() and os.environ.get("TERM") != "dumb"

    def _start(self) -> None:
        from rich.console import Console
        from rich.progress import (BarColumn, Progress, TaskProgressColumn, TextColumn,
                                   TimeElapsedColumn, TimeRemainingColumn)
        self.progress = Progress(
            TextColumn("[bold]arnews[/]"), BarColumn(), TaskProgressColumn(),
            TextColumn("{task.fields[docs]:,} docs · {task.fields[errs]} errors · {task.fields[rate]}"),
            TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(),
            console=Console(stderr=True), transient=True, refresh_per_second=5)
        self.progress.start()
        self.task = self.progress.add_task("extract", total=self.total, docs=0, errs=0, rate="")

    def result(self, r) -> None:
        self.nbytes += r.nbytes
        if r.ok:
            self.docs += 1
        else:
            self.errors += 1
            self.error(r.payload)
            if self.err_fp is not None:
                self.err_fp.write(json.dumps(r.error_record(), ensure_ascii=False) + "\n")
                self.err_fp.flush()
        if self.show_progress:
            if self.progress is None:
                self._start()
            dt = max(1e-9, time.perf_counter() - self.t0)
            self.progress.update(self.task, completed=self.nbytes, docs=self.docs, errs=self.errors,
                                 rate=f"{self.docs / dt:,.0f} docs/s · {self.nbytes / dt / 1e6:.2f} MB/s")

    def error(self, message: str) -> None:
        line = "arnews: error: " + " ".join(str(message).splitlines())
        if self.progress is not None:
            self.progress.console.print(line, markup=False, highlight=False, soft_wrap=True)
        else:
            print(line, file=sys.stderr, flush=True)

    def note(self, message: str) -> None:
        if self.progress is not None:
            self.progress.console.print(message, markup=False, highlight=False, soft_wrap=True)
        else:
            print(message, file=sys.stderr, flush=True)

    def close(self, interrupted: bool = False) -> None:
        if self.progress is not None:
            self.progress.stop()
            self.progress = None
        if self.err_fp is not None:
            self.err_fp.close()
        dt = time.perf_counter() - self.t0
        if not self.quiet or interrupted:
            what = "interrupted after" if interrupted else "done:"
            docs = f"{self.docs:,} document{'' if self.docs == 1 else 's'}"
            errs = f"{self.errors:,} error{'' if self.errors == 1 else 's'}"
            print(f"arnews: {what} {docs}, {errs}, {dt:.2f} s, "
                  f"{self.nbytes / max(dt, 1e-9) / 1e6:.2f} MB/s ({self.docs / max(dt, 1e-9):,.1f} docs/s)",
                  file=sys.stderr, flush=True)


def _run(inputs: List[str], fmt: str, *, output: Optional[str], table: str, text_field: str,
         title_field: Optional[str], id_field: Optional[str], date_field: Optional[str], input_format: str,
         glob: Optional[str], encoding: Optional[str], max_bytes: str, reference_date: Optional[str],
         gazetteer: Optional[str], disable: Optional[str], workers: Optional[int], errors: Optional[str],
         quiet: bool, allow_empty: bool, width: Optional[int] = None, ner: Optional[str] = None,
         segmenter: Optional[str] = None) -> int:
    from .outputs import make_writer, renderer

    _check_encoding(encoding)
    ref = _check_date(reference_date)
    limit = parse_size(max_bytes)
    if workers is not None and workers < 1:
        raise typer.BadParameter("must be at least 1", param_hint="--workers")
    if table != "all" and fmt not in ("csv", "tsv", "parquet"):
        raise typer.BadParameter("--table applies to --format csv, tsv and parquet", param_hint="--table")
    if fmt == "parquet":
        try:
            import pyarrow  # noqa: F401
            import pyarrow.parquet  # noqa: F401
        except ImportError:
            raise typer.BadParameter("--format parquet needs pyarrow: pip install 'arnews[parquet]'",
                                     param_hint="--format") from None
    options: dict[str, Any] = {}
    if gazetteer:
        if not os.path.isfile(gazetteer):
            raise typer.BadParameter(f"{gazetteer}: no such file", param_hint="--gazetteer")
        options["gazetteer"] = gazetteer
    options.update({k: v for k, v in (("ner", ner), ("segmenter", segmenter)) if v})  # camel/stanza: arnews.backends
    disabled = tuple(x.strip() for x in (disable or "").split(",") if x.strip())
    from .pipeline import registered_components
    unknown = [x for x in disabled if x not in registered_components()]
    if unknown:
        raise typer.BadParameter(f"unknown component {', '.join(unknown)}; known: "
                                 f"{', '.join(registered_components())}", param_hint="--disable")
    if "-" in inputs and inputs.count("-") > 1:
        raise typer.BadParameter("'-' (stdin) can be given once", param_hint="FILE")

    cfg = BatchConfig(render=renderer(fmt, table), encoding=encoding, max_bytes=limit, text_field=text_field,
                      title_field=title_field, id_field=id_field, date_field=date_field, reference_date=ref,
                      input_format=input_format, glob=glob, allow_empty=allow_empty, pipeline_options=options,
                      disable=disabled,
                      exclude=frozenset(os.path.realpath(x) for x in (output, errors) if x and x != "-"))
    try:  # build once here: a bad option or data file is one clear error, not one per document
        from .pipeline import Pipeline
        nlp = Pipeline(disable=disabled, **options)
    except ArnewsError as e:
        raise typer.BadParameter(str(e)) from None

    single = (len(inputs) == 1 and not os.path.isdir(inputs[0]) and _input_kind(inputs[0], cfg) == "text"
              and (inputs[0] != "-" or input_format in ("auto", "text")))
    out = _Output(output, binary=(fmt == "parquet"))
    title = "arnews report: " + ", ".join(inputs[:3]) + (" …" if len(inputs) > 3 else "")
    writer = make_writer(fmt, out.fp, table=table, single=single, title=title, width=width)
    show = not quiet and sys.stderr.isatty()
    reporter = _Reporter(quiet, total_bytes(inputs, glob) if show else None, errors)

    stop = Stop()
    old_handler = None

    def on_sigint(signum, frame):
        if stop.requested:
            raise KeyboardInterrupt
        stop.requested = True
        reporter.note("arnews: interrupted; finishing the current document (Ctrl-C again to abort)")

    try:
        old_handler = signal.signal(signal.SIGINT, on_sigint)
    except ValueError:  # not the main thread
        old_handler = None
    interrupted = False
    try:
        writer.start()
        nworkers = workers or default_workers()
        for r in run_tasks(iter_tasks(inputs, cfg), cfg, nworkers, stop, nlp=nlp):
            if r.ok:
                writer.write(r.payload)
            reporter.result(r)
            if stop.requested:
                interrupted = True
                break
        interrupted = interrupted or stop.requested
    except KeyboardInterrupt:
        interrupted = True
    except BrokenPipeError:  # `arnews extract ... | head`
        try:
            sys.stdout = open(os.devnull, "w")
        except OSError:
            pass
        reporter.close()
        return 0
    finally:
        if old_handler is not None:
            signal.signal(signal.SIGINT, old_handler)
        try:
            writer.close()
            out.close()
        except BrokenPipeError:
            pass
        except KeyboardInterrupt:
            interrupted = True
    reporter.close(interrupted)
    if interrupted:
        return 130
    return 1 if reporter.errors else 0


# ----------------------------------------------------------------------------------------------
# commands

InputsArg = Annotated[List[str], typer.Argument(metavar="FILE... | DIR | -", show_default=False,
                                                help="Text files, folders (walked recursively), JSON Lines / JSON "
                                                     "corpora (.jsonl, .json), or - for stdin.")]
OutputOpt = Annotated[Optional[str], typer.Option("--output", "-o", metavar="FILE",
                                                  help="Write here instead of stdout.")]
TextFieldOpt = Annotated[str, typer.Option("--text-field", metavar="NAME", rich_help_panel="Corpora",
                                           help="Field of a JSON record holding the text.")]
TitleFieldOpt = Annotated[Optional[str], typer.Option("--title-field", metavar="NAME", rich_help_panel="Corpora",
                                                      help="Field holding the title, joined as title + blank line + text.")]
IdFieldOpt = Annotated[Optional[str], typer.Option("--id-field", metavar="NAME", rich_help_panel="Corpora",
                                                   help="Field holding the record's id (default PATH:LINE).")]
DateFieldOpt = Annotated[Optional[str], typer.Option("--date-field", metavar="NAME", rich_help_panel="Corpora",
                                                     help="Field holding the record's date, used as its reference date.")]
InputFormatOpt = Annotated[InputFormat, typer.Option("--input-format", rich_help_panel="Inputs",
                                                     help="How to read inputs; auto: .jsonl/.ndjson are JSON Lines, "
                                                          ".json a JSON array or object, anything else text.")]
GlobOpt = Annotated[Optional[str], typer.Option("--glob", metavar="PATTERN", rich_help_panel="Inputs",
                                                help="Files to take from folders, e.g. '*.txt' (default: all "
                                                     "files but hidden ones).")]
EncodingOpt = Annotated[Optional[str], typer.Option("--encoding", metavar="CODEC", rich_help_panel="Inputs",
                                                    help="Decode inputs with this codec (e.g. cp1256) instead of "
                                                         "UTF-8 (a UTF-8 or UTF-16 BOM is honoured by default).")]
MaxBytesOpt = Annotated[str, typer.Option("--max-bytes", metavar="SIZE", rich_help_panel="Inputs",
                                          help="Refuse any input (file or record) bigger than this; 0: no limit.")]
AllowEmptyOpt = Annotated[bool, typer.Option("--allow-empty", rich_help_panel="Inputs",
                                             help="Output empty documents for empty inputs instead of an error.")]
RefDateOpt = Annotated[Optional[str], typer.Option("--reference-date", metavar="YYYY-MM-DD",
                                                   rich_help_panel="Extraction",
                                                   help="Resolve relative dates (أمس، الاثنين الماضي) against this date.")]
GazetteerOpt = Annotated[Optional[str], typer.Option("--gazetteer", metavar="PATH", rich_help_panel="Extraction",
                                                     help="An extra gazetteer file (your own entities).")]
DisableOpt = Annotated[Optional[str], typer.Option("--disable", metavar="NAMES", rich_help_panel="Extraction",
                                                   help="Components to skip, comma-separated (e.g. quotes,numbers).")]
WorkersOpt = Annotated[Optional[int], typer.Option("--workers", "-j", metavar="N", rich_help_panel="Running",
                                                   help="Worker processes (default: the number of cores); output "
                                                        "order is kept.")]
ErrorsOpt = Annotated[Optional[str], typer.Option("--errors", metavar="FILE", rich_help_panel="Running",
                                                  help="Also write one JSON line per failed input here.")]
QuietOpt = Annotated[bool, typer.Option("--quiet", "-q", rich_help_panel="Running",
                                        help="No progress bar and no summary line (errors are still shown).")]


@app.command()
def extract(
    inputs: InputsArg,
    format: Annotated[Format, typer.Option("--format", "-f", help="json (one document, or an array), jsonl, "
                                           "table (terminal view), csv, tsv, parquet, html (a report), counts (mentions and documents "
                                           "per entity over all inputs, TSV).")] = Format.json,
    output: OutputOpt = None,
    table: Annotated[Table, typer.Option("--table", help="Rows of csv/tsv/parquet: all (with a type column), "
                                         "entities, quantities, temporals or quotes.")] = Table.all,
    text_field: TextFieldOpt = "text",
    title_field: TitleFieldOpt = None,
    id_field: IdFieldOpt = None,
    date_field: DateFieldOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = "50M",
    allow_empty: AllowEmptyOpt = False,
    reference_date: RefDateOpt = None,
    gazetteer: GazetteerOpt = None,
    disable: DisableOpt = None,
    ner: Annotated[Optional[str], typer.Option("--ner", metavar="NAME", rich_help_panel="Extraction",
                                               help="Statistical NER: default, none, camel or stanza (optional "
                                                    "backends, see docs/backends.md).")] = None,
    segmenter: Annotated[Optional[str], typer.Option("--segmenter", metavar="NAME", rich_help_panel="Extraction",
                                                     help="Clitic segmenter: default, none, camel or stanza.")] = None,
    workers: WorkersOpt = None,
    errors: ErrorsOpt = None,
    quiet: QuietOpt = False,
    width: Annotated[Optional[int], typer.Option("--width", hidden=True)] = None,
) -> None:
    """Extract records from Arabic news texts: JSON, JSON Lines, a table, CSV/TSV, Parquet or an HTML report."""
    code = _run(inputs, format.value, output=output, table=table.value, text_field=text_field,
                title_field=title_field, id_field=id_field, date_field=date_field, input_format=input_format.value,
                glob=glob, encoding=encoding, max_bytes=max_bytes, reference_date=reference_date,
                gazetteer=gazetteer, disable=disable, workers=workers, errors=errors, quiet=quiet,
                allow_empty=allow_empty, width=width, ner=ner, segmenter=segmenter)
    raise typer.Exit(code)


@app.command()
def segment(
    inputs: InputsArg,
    output: OutputOpt = None,
    text_field: TextFieldOpt = "text",
    title_field: TitleFieldOpt = None,
    id_field: IdFieldOpt = None,
    input_format: InputFormatOpt = InputFormat.auto,
    glob: GlobOpt = None,
    encoding: EncodingOpt = None,
    max_bytes: MaxBytesOpt = "50M",
    workers: WorkersOpt = None,
    errors: ErrorsOpt = None,
    quiet: QuietOpt = False,
) -> None:
    """Print each text one sentence a line, with its clitics marked (documents separated by a blank line)."""
    code = _run(inputs, "segment", output=output, table="all", text_field=text_field, title_field=title_field,
                id_field=id_field, date_field=None, input_format=input_format.value, glob=glob, encoding=encoding,
                max_bytes=max_bytes, reference_date=None, gazetteer=None,
                disable="entities,numbers,quotes", workers=workers, errors=errors, quiet=quiet, allow_empty=True)
    raise typer.Exit(code)


@app.command()
def gazetteer(
    names: Annotated[Optional[List[str]], typer.Argument(
        metavar="[NAME]...", show_default=False,
        help="Names as written in text (any spelling, glued clitics: وبتويتر، للفيفا): the entries each resolves "
             "to. None: every entry.")] = None,
    label: Annotated[Optional[str], typer.Option("--label", "-l", metavar="LABEL",
                                                 help="Only entries of this label (PLATFORM, BRAND, MEDIA, ORG, LOC ...).")] = None,
    gazetteer: GazetteerOpt = None,
    format: Annotated[GazetteerFormat, typer.Option("--format", "-f", help="table (a terminal view), tsv (the "
                                                                          "gazetteer's own columns) or jsonl.")] = GazetteerFormat.table,
    output: OutputOpt = None,
) -> None:
    """List the gazetteer's entries, or look names up (exit code 1 when a name resolves to none). With
    --gazetteer, your file is checked and its entries shown with the shipped ones (source: user)."""
    from .entities.gazetteer import LABELS, get_gazetteer

    if label is not None and label.upper() not in LABELS:
        raise typer.BadParameter(f"unknown label {label!r}; known: {', '.join(sorted(LABELS))}", param_hint="--label")
    if gazetteer and not os.path.isfile(gazetteer):
        raise typer.BadParameter(f"{gazetteer}: no such file", param_hint="--gazetteer")
    try:
        g = get_gazetteer((gazetteer,) if gazetteer else ())
    except ValueError as e:  # a bad line of the user's file: its path, line and what is wrong
        raise typer.BadParameter(str(e), param_hint="--gazetteer") from None
    rows, missing = _gazetteer_rows(g, names or [], label.upper() if label else None)
    out = _Output(output, binary=False)
    try:
        _write_gazetteer_rows(out.fp, rows, format.value, with_query=bool(names))
    finally:
        out.close()
    for name in missing:
        print(f"arnews: {name}: no gazetteer entry", file=sys.stderr)
    raise typer.Exit(1 if missing else 0)


_GAZETTEER_COLUMNS = ("id", "label", "name", "wikidata", "arabic", "latin", "tags", "source")


def _gazetteer_rows(g, names: List[str], label: Optional[str]) -> tuple[list[dict], list[str]]:
    """Rows of the entries (each name's candidates, or every entry) and the names that resolve to none.
    A candidate that needs its context rule says so (``context``): in a text the rule decides."""
    def row(e, query=None, ambiguous=False) -> dict:
        r = {"id": e.id, "label": e.label, "name": e.name, "wikidata": e.wikidata, "arabic": e.arabic,
             "latin": e.latin, "tags": sorted(e.tags), "source": "user" if e.user else "arnews"}
        if query is not None:
            r = {"query": query, **r, "context": e.cue if ambiguous else None}
        return r

    if not names:
        return [row(e) for e in g.entries if label in (None, e.label)], []
    rows, missing = [], []
    for name in names:
        found = [row(g.entries[c.entry], name, c.ambiguous) for c in g.resolve(name)
                 if label in (None, g.entries[c.entry].label)]
        rows += found
        if not found:
            missing.append(name)
    return rows, missing


def _write_gazetteer_rows(fp: IO, rows: list[dict], fmt: str, with_query: bool) -> None:
    if fmt == "jsonl":
        for r in rows:
            fp.write(json.dumps(r, ensure_ascii=False) + "\n")
        return
    if fmt == "tsv":  # the shipped files' columns (a listing reads back as a gazetteer file); the query first
        cols = (("query",) if with_query else ()) + _GAZETTEER_COLUMNS + (("context",) if with_query else ())
        fp.write("# " + "\t".join(cols) + "\n")
        for r in rows:
            cells = [";".join(v) if k in ("arabic", "latin") else " ".join(v) if k == "tags" else (v or "-")
                     for k, v in ((c, r[c]) for c in cols)]
            fp.write("\t".join(cells) + "\n")
        return
    from rich.console import Console
    from rich.table import Table as RichTable

    t = RichTable(show_lines=False)
    cols = (("query",) if with_query else ()) + ("id", "label", "name", "aliases") + (("context",) if with_query else ())
    for c in cols:
        t.add_column(c, overflow="fold")
    for r in rows:
        aliases = r["arabic"][:3] + r["latin"][:2]
        more = len(r["arabic"]) + len(r["latin"]) - len(aliases)
        r = {**r, "aliases": "; ".join(aliases) + (f" (+{more})" if more > 0 else "")}
        t.add_row(*[r[c] or "" for c in cols])
    Console(file=fp, width=None if fp is sys.stdout and sys.stdout.isatty() else 160).print(t)


@app.command()
def schema(output: OutputOpt = None) -> None:
    """Print the JSON Schema of the output Document."""
    from .records import json_schema_text
    text = json_schema_text() + "\n"
    if output and output != "-":
        with open(output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        out = _stdout_text()
        out.write(text)
        out.flush()
        if out is not sys.stdout:
            out.detach()


def main() -> None:
    try:
        app(prog_name="arnews")
    except KeyboardInterrupt:
        print("arnews: interrupted", file=sys.stderr)
        sys.exit(130)


if __name__ == "__main__":
    main()
