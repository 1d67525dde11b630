"""Batch processing: inputs (files, folders, stdin, JSON Lines / JSON array corpora) to ordered results.

The CLI builds a :class:`BatchConfig`, turns its inputs into a stream of small picklable *tasks*
(:func:`iter_tasks`) and runs them with :func:`run_tasks`, which yields one :class:`Result` per
input in input order. Work that costs CPU (reading a file, decoding, parsing a JSON record, running
the pipeline, rendering the output) happens in the worker; the main process only walks folders,
reads corpus lines and writes results, so memory stays flat on any corpus size: at most
``workers * 4`` chunks of tasks are in flight.

A failing input never stops the batch: it comes back as a ``Result`` with ``ok=False`` and a
one-line message naming it (``PATH: not valid UTF-8 ...``, ``PATH:LINE: invalid JSON ...``).
"""
from __future__ import annotations

import datetime as _dt
import fnmatch
import gc
import gzip
import json
import os
import signal
import sys
from collections import deque
from dataclasses import dataclass, field
from pathlib import PurePath
from typing import Any, Callable, Iterable, Iterator, Optional, Sequence

from .pipeline import ArnewsError, Pipeline, decode_input

CORPUS_SUFFIXES = {".jsonl": "jsonl", ".ndjson": "jsonl", ".jsonlines": "jsonl", ".json": "json"}
INPUT_FORMATS = ("auto", "text", "jsonl", "json")
_READ_CHUNK = 1 << 20


@dataclass
class BatchConfig:
    """Everything a worker needs to turn a task into an output payload (must pickle)."""

    render: Callable[[Any], Any]                  # Document -> payload (module-level function)
    encoding: Optional[str] = None
    max_bytes: int = 0                            # 0: no limit
    text_field: str = "text"
    title_field: Optional[str] = None
    id_field: Optional[str] = None
    date_field: Optional[str] = None
    reference_date: Optional[str] = None
    input_format: str = "auto"
    glob: Optional[str] = None
    allow_empty: bool = False
    exclude: frozenset = frozenset()             # real paths never read (our own output files)
    pipeline_options: dict = field(default_factory=dict)
    components: Optional[Sequence[str]] = None
    disable: Sequence[str] = ()


@dataclass
class Result:
    ok: bool
    id: str                 # the document id (or the input's name for errors)
    payload: Any = None     # rendered output (ok) or the one-line message (error)
    nbytes: int = 0         # input bytes consumed (for MB/s)
    kind: str = ""          # error kind: io, decode, json, field, limit, empty, internal

    def error_record(self) -> dict:
        return {"id": self.id, "error": self.payload, "kind": self.kind}


# ---------------------------------------------------------------------------------------------
# Inputs -> tasks (main process)
#
# A task is a tuple: ("file", path, id) | ("data", bytes, id) | ("line", bytes, id) |
# ("record", obj, id) | ("text", str or bytes, name) | ("error", name, message, kind)


def _limit_msg(name: str, size: int, limit: int) -> str:
    return f"{name}: {size:,} bytes exceeds --max-bytes {limit:,}; skipped"


def _suffix_kind(path: str) -> str:
    p = path[:-3] if path.endswith(".gz") else path
    return CORPUS_SUFFIXES.get(os.path.splitext(p)[1].lower(), "text")


def _open_binary(path: str):
    if path.endswith(".gz"):
        return gzip.open(path, "rb")
    return open(path, "rb")


def _matches(rel: str, name: str, pattern: Optional[str]) -> bool:
    if not pattern:
        return not name.startswith(".")
    if "/" in pattern:
        return PurePath(rel).match(pattern)
    return fnmatch.fnmatch(name, pattern)


def iter_paths(inputs: Sequence[str], glob: Optional[str] = None,
               exclude: frozenset = frozenset()) -> Iterator[tuple[str, Optional[tuple]]]:
    """Yield ``(path, None)`` for each input file (folders walked recursively, sorted) or
    ``(name, error_task)`` for an input that cannot be used. Files in ``exclude`` (real paths: the
    run's own output, which may sit in an input folder) are skipped."""
    for item in inputs:
        if item == "-":
            yield item, None
            continue
        if os.path.isdir(item):
            found = 0
            errors: list[OSError] = []
            for root, dirs, files in os.walk(item, onerror=errors.append):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for e in errors:
                    yield e.filename or root, ("error", e.filename or root, f"{e.filename or root}: cannot read "
                                               f"folder: {e.strerror or e}", "io")
                errors.clear()
                for name in sorted(files):
                    path = os.path.join(root, name)
                    if exclude and os.path.realpath(path) in exclude:
                        continue
                    if _matches(os.path.relpath(path, item), name, glob):
                        found += 1
                        yield path, None
            for e in errors:
                yield e.filename or item, ("error", e.filename or item, f"{e.filename or item}: cannot read "
                                           f"folder: {e.strerror or e}", "io")
            if not found:
                what = f"matching {glob!r}" if glob else "to read"
                yield item, ("error", item, f"{item}: no files {what} in this folder", "io")
        elif os.path.exists(item):
            if exclude and os.path.realpath(item) in exclude:
                yield item, ("error", item, f"{item}: is also the output file; not read", "io")
                continue
            yield item, None
        else:
            yield item, ("error", item, f"{item}: no such file or directory", "io")


def total_bytes(inputs: Sequence[str], glob: Optional[str] = None) -> Optional[int]:
    """Sum of the input sizes (for the progress bar), or None when unknown (stdin)."""
    total = 0
    for path, err in iter_paths(inputs, glob):
        if path == "-":
            return None
        if err is None:
            try:
                total += os.path.getsize(path)
            except OSError:
                pass
    return total


def _input_kind(path: str, cfg: BatchConfig, head: bytes = b"") -> str:
    if cfg.input_format != "auto":
        return cfg.input_format
    if path == "-":
        if cfg.text_field != "text" or cfg.id_field or cfg.title_field:
            return "json" if head.lstrip()[:1] == b"[" else "jsonl"
        return "text"
    return _suffix_kind(path)


def iter_tasks(inputs: Sequence[str], cfg: BatchConfig, stdin=None) -> Iterator[tuple]:
    """The tasks for ``inputs``, in order; corpus files are read here one record at a time."""
    for path, err in iter_paths(inputs, cfg.glob, cfg.exclude):
        if err is not None:
            yield err
            continue
        if path == "-":
            yield from _stdin_tasks(cfg, stdin)
            continue
        kind = _input_kind(path, cfg)
        if kind == "text":
            yield ("file", path, path)
            continue
        try:
            with _open_binary(path) as fp:
                yield from (_jsonl_tasks(fp, path, cfg) if kind == "jsonl" else _json_tasks(fp, path, cfg))
        except OSError as e:
            yield ("error", path, f"{path}: cannot read: {e.strerror or e}", "io")


def _stdin_tasks(cfg: BatchConfig, stdin) -> Iterator[tuple]:
    fp = stdin if stdin is not None else sys.stdin.buffer
    head = fp.peek(64)[:64] if hasattr(fp, "peek") else b""
    kind = _input_kind("-", cfg, head)
    if kind == "jsonl":
        yield from _jsonl_tasks(fp, "<stdin>", cfg)
    elif kind == "json":
        yield from _json_tasks(fp, "<stdin>", cfg)
    else:
        limit = cfg.max_bytes
        data = fp.read(limit + 1) if limit else fp.read()
        if limit and len(data) > limit:
            yield ("error", "<stdin>", f"<stdin>: more than --max-bytes {limit:,} bytes; refused", "limit")
        else:
            yield ("data", data, "<stdin>")


def _jsonl_tasks(fp, name: str, cfg: BatchConfig) -> Iterator[tuple]:
    limit = cfg.max_bytes
    lineno = 0
    while True:
        line = fp.readline(limit + 1) if limit else fp.readline()
        if not line:
            break
        lineno += 1
        if limit and len(line) > limit and not line.endswith(b"\n"):
            size = len(line)
            while True:  # skip the rest of the over-long line without holding it
                rest = fp.readline(_READ_CHUNK)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            yield ("error", f"{name}:{lineno}", _limit_msg(f"{name}:{lineno}", size, limit), "limit")
            continue
        if not line.strip():
            continue
        yield ("line", line, f"{name}:{lineno}")


def _json_tasks(fp, name: str, cfg: BatchConfig) -> Iterator[tuple]:
    """Stream the elements of a JSON array (or one JSON object) without loading the whole file."""
    import codecs
    decoder = json.JSONDecoder()
    try:
        dec = codecs.getincrementaldecoder(cfg.encoding or "utf-8-sig")()
    except LookupError:
        yield ("error", name, f"{name}: unknown encoding {cfg.encoding!r}", "decode")
        return
    buf, pos, eof, index, started = "", 0, False, 0, False

    def fill() -> bool:
        nonlocal buf, pos, eof
        if eof:
            return False
        chunk = fp.read(_READ_CHUNK)
        try:
            text = dec.decode(chunk, final=not chunk)
        except UnicodeDecodeError as e:
            raise ArnewsError(f"{name}: not valid {cfg.encoding or 'UTF-8'} ({e.reason}); "
                              f"pass --encoding for legacy files") from None
        buf, pos = buf[pos:] + text, 0
        eof = not chunk
        return True

    def skip_ws() -> bool:
        nonlocal pos
        while True:
            while pos < len(buf) and buf[pos] in " \t\r\n":
                pos += 1
            if pos < len(buf):
                return True
            if not fill():
                return False

    try:
        if not skip_ws():
            yield ("error", name, f"{name}: empty JSON file", "json")
            return
        if buf[pos] == "{":          # a single record
            single = True
        elif buf[pos] == "[":
            single, pos = False, pos + 1
        else:
            yield ("error", name, f"{name}: expected a JSON array or object, found {buf[pos]!r}", "json")
            return
        while True:
            if not skip_ws():
                if not single:
                    yield ("error", name, f"{name}: JSON array not closed (truncated file?)", "json")
                return
            if not single:
                if buf[pos] == "]":
                    return
                if started:
                    if buf[pos] != ",":
                        yield ("error", f"{name}:{index + 1}", f"{name}: invalid JSON after record {index}: "
                               f"expected ',' or ']'; rest of file skipped", "json")
                        return
                    pos += 1
                    if not skip_ws():
                        continue
            while True:
                try:
                    obj, end = decoder.raw_decode(buf, pos)
                    break
                except json.JSONDecodeError as e:
                    if (not eof and len(buf) - pos < (cfg.max_bytes or 1 << 62)) and fill():
                        continue
                    if not eof:
                        yield ("error", f"{name}:{index + 1}", _limit_msg(f"{name}:{index + 1}", len(buf) - pos,
                                                                          cfg.max_bytes) + " (rest of file too)", "limit")
                    else:
                        yield ("error", f"{name}:{index + 1}", f"{name}: invalid JSON in record {index + 1}: "
                               f"{e.msg}; rest of file skipped", "json")
                    return
            started = True
            index += 1
            pos = end
            yield ("record", obj, f"{name}:{index}")
            if single:
                if skip_ws():
                    yield ("error", name, f"{name}: extra data after the JSON object", "json")
                return
    except ArnewsError as e:
        yield ("error", name, str(e), "decode")


# ---------------------------------------------------------------------------------------------
# Tasks -> results (worker side)

_STATE: dict = {}
#: a pipeline the main process built for this batch; forked workers inherit it (no rebuild,
#: its data shared copy-on-write), spawned ones build their own once
_PREBUILT: list = [None]


def _init_worker(cfg: BatchConfig, in_worker: bool = True) -> None:
    if in_worker:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # the main process handles Ctrl-C
    _STATE["cfg"] = cfg
    nlp = _PREBUILT[0]
    if nlp is None:
        nlp = Pipeline(components=cfg.components, disable=cfg.disable, **cfg.pipeline_options)
    _STATE["nlp"] = nlp
    _tune_gc()


def _tune_gc() -> None:
    """A batch process is ours, so its collector can be set for the workload: every document keeps
    thousands of small records alive just long enough to be promoted, and full collections then walk
    the loaded models and caches again and again (a third of the run time). Freezing what is loaded
    and collecting less often keeps the same memory bound at a fraction of the cost."""
    gc.freeze()
    gc.set_threshold(10_000, 20, 20)


def _clean(text: str) -> str:
    """Lone surrogates (from JSON \\ud800 escapes) cannot be written as UTF-8: U+FFFD, same length."""
    try:
        text.encode("utf-8")
        return text
    except UnicodeEncodeError:
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in text)


def _date(value) -> Optional[str]:
    if value is None:
        return None
    try:
        _dt.date.fromisoformat(str(value)[:10])
        return str(value)[:10]
    except ValueError:
        return None


_MISSING = object()


def _get(obj: dict, path: str, default=None):
    """``obj[path]``, or a dotted path into nested objects (``meta.url``)."""
    if path in obj:
        return obj[path]
    cur = obj
    for part in path.split("."):
        if not isinstance(cur, dict) or part not in cur:
            return default
        cur = cur[part]
    return cur


def _from_record(obj, name: str, cfg: BatchConfig):
    if not isinstance(obj, dict):
        raise _TaskError(f"{name}: record is a JSON {type(obj).__name__}, not an object", "json")
    text = _get(obj, cfg.text_field, _MISSING)
    if text is _MISSING:
        keys = ", ".join(list(obj)[:12])
        raise _TaskError(f"{name}: no field {cfg.text_field!r} (fields: {keys}); use --text-field", "field")
    if text is None:
        text = ""
    if not isinstance(text, str):
        raise _TaskError(f"{name}: field {cfg.text_field!r} is a {type(text).__name__}, not a string", "field")
    if cfg.title_field:
        title = _get(obj, cfg.title_field)
        if isinstance(title, str) and title.strip():
            text = title.strip() + "\n\n" + text if text.strip() else title.strip()
    doc_id = name
    if cfg.id_field:
        v = _get(obj, cfg.id_field)
        if v is not None and v != "":
            doc_id = v if isinstance(v, str) else json.dumps(v, ensure_ascii=False)
    ref = _date(_get(obj, cfg.date_field)) if cfg.date_field else None
    return _clean(text), _clean(doc_id), ref


class _TaskError(Exception):
    def __init__(self, message: str, kind: str):
        super().__init__(message)
        self.kind = kind


def process_task(task: tuple) -> Result:
    """Run one task to a Result; never raises for a bad input."""
    cfg: BatchConfig = _STATE["cfg"]
    kind = task[0]
    if kind == "error":
        return Result(False, task[1], task[2], 0, task[3])
    name = task[2]
    nbytes = 0
    try:
        ref = cfg.reference_date
        doc_id = name
        if kind == "file":
            path = task[1]
            size = os.path.getsize(path)
            nbytes = size
            if cfg.max_bytes and size > cfg.max_bytes:
                raise _TaskError(_limit_msg(path, size, cfg.max_bytes), "limit")
            with _open_binary(path) as fp:
                data = fp.read(cfg.max_bytes + 1) if cfg.max_bytes else fp.read()
            if cfg.max_bytes and len(data) > cfg.max_bytes:
                raise _TaskError(_limit_msg(path, len(data), cfg.max_bytes), "limit")
            nbytes = len(data)
            text = decode_input(data, path, cfg.encoding)
        elif kind == "data":
            nbytes = len(task[1])
            text = decode_input(task[1], name, cfg.encoding)
        elif kind == "text":  # Pipeline.pipe: a str or bytes, no document id
            nbytes = len(task[1])
            text = task[1] if isinstance(task[1], str) else decode_input(task[1], name, cfg.encoding)
            doc_id = None
        elif kind == "line":
            nbytes = len(task[1])
            line = decode_input(task[1], name, cfg.encoding)
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                raise _TaskError(f"{name}: invalid JSON ({e.msg} at column {e.colno})", "json") from None
            text, doc_id, rec_ref = _from_record(obj, name, cfg)
            ref = rec_ref or ref
        elif kind == "record":
            text, doc_id, rec_ref = _from_record(task[1], name, cfg)
            nbytes = len(text.encode("utf-8", "replace"))
            ref = rec_ref or ref
        else:  # pragma: no cover
            raise _TaskError(f"{name}: unknown task {kind!r}", "internal")
        if not cfg.allow_empty and not text.strip():
            raise _TaskError(f"{doc_id}: empty text; skipped (--allow-empty keeps it)", "empty")
        doc = _STATE["nlp"](text, reference_date=ref, doc_id=doc_id)
        return Result(True, doc_id, cfg.render(doc), nbytes)
    except _TaskError as e:
        return Result(False, name, str(e), nbytes, e.kind)
    except ArnewsError as e:
        msg = str(e)
        return Result(False, name, msg if msg.startswith(name) else f"{name}: {msg}", nbytes,
                      "decode" if "decode" in msg or "UTF" in msg else "input")
    except (OSError, EOFError, gzip.BadGzipFile) as e:
        reason = getattr(e, "strerror", None) or str(e) or type(e).__name__
        return Result(False, name, f"{name}: cannot read: {reason}", nbytes, "io")
    except RecursionError:
        return Result(False, name, f"{name}: internal error: input nested too deeply", nbytes, "internal")
    except Exception as e:  # a component bug must not stop the batch
        return Result(False, name, f"{name}: internal error: {type(e).__name__}: {e}", nbytes, "internal")


def _process_chunk(chunk: list) -> list:
    return [process_task(t) for t in chunk]


# ---------------------------------------------------------------------------------------------
# Running: in process, or in worker processes with order kept and bounded memory


class Stop:
    """A flag the CLI's SIGINT handler sets: stop after the current result."""

    def __init__(self):
        self.requested = False


def default_workers() -> int:
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def run_tasks(tasks: Iterable[tuple], cfg: BatchConfig, workers: int = 1, stop: Optional[Stop] = None,
              chunksize: int = 16, nlp: Optional[Pipeline] = None) -> Iterator[Result]:
    """Yield one Result per task, in task order.

    With ``workers > 1`` tasks go in chunks to a process pool (the pipeline is built once in each
    worker). ``multiprocessing.Pool.imap`` would read the whole input ahead into its queue, so
    chunks are submitted here with a bound (``workers * 4`` chunks in flight) and collected in
    order. A worker that dies (killed, out of memory) costs only the inputs it held: they are
    retried one by one in a fresh pool and the one that kills it again is reported.
    """
    stop = stop or Stop()
    tasks = iter(tasks)
    _PREBUILT[0] = nlp
    if workers <= 1:
        _init_worker(cfg, in_worker=False)
        for t in tasks:
            yield process_task(t)
            if stop.requested:
                return
        return
    first = []
    for t in tasks:  # a single input: no pool
        first.append(t)
        if len(first) > 1:
            break
    if len(first) <= 1:
        yield from run_tasks(first, cfg, 1, stop)
        return
    import itertools
    yield from _run_pool(itertools.chain(first, tasks), cfg, workers, stop, chunksize)


def _new_pool(cfg: BatchConfig, workers: int):
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor
    methods = mp.get_all_start_methods()
    ctx = mp.get_context("fork" if "fork" in methods and sys.platform != "darwin" else None)
    return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(cfg,))


_STOP_GRACE = 20.0  # seconds an interrupted run waits for the workers' chunks at hand


def _kill_pool(pool, grace: float = 0.0) -> None:
    """Stop a pool: cancel the work not started, give the workers ``grace`` seconds to finish the
    chunk at hand and leave on their own, then terminate the others. A worker killed while it sends
    a result leaves half a message in the pipe, and the executor's thread (which the interpreter
    joins on exit) then waits for the rest forever: an interrupted run must not kill a busy worker."""
    procs = list((getattr(pool, "_processes", None) or {}).values())
    try:
        pool.shutdown(wait=False, cancel_futures=True)
    except Exception:
        pass
    for p in procs:
        try:
            p.join(grace)
        except Exception:
            pass
    for p in procs:
        try:
            if p.is_alive():
                p.terminate()
        except Exception:
            pass
    for p in procs:
        try:
            p.join(2)
        except Exception:
            pass


def _run_pool(tasks: Iterator[tuple], cfg: BatchConfig, workers: int, stop: Stop, chunksize: int) -> Iterator[Result]:
    from concurrent.futures import TimeoutError as FutTimeout
    from concurrent.futures.process import BrokenProcessPool

    pool = _new_pool(cfg, workers)
    pending: deque = deque()            # (future, chunk)
    max_inflight = workers * 4
    nchunks = 0
    exhausted = finished = False
    try:
        while True:
            while not exhausted and len(pending) < max_inflight and not stop.requested:
                size = min(chunksize, 1 << (nchunks // workers))  # small chunks first: quick start
                chunk = list(_take(tasks, size))
                if not chunk:
                    exhausted = True
                    break
                nchunks += 1
                pending.append((pool.submit(_process_chunk, chunk), chunk))
            if not pending:
                finished = True
                return
            if stop.requested:
                return
            fut, chunk = pending[0]
            try:
                results = fut.result(timeout=0.25)
            except FutTimeout:
                continue
            except BrokenProcessPool:
                # a worker died: every chunk in flight is lost; rerun their tasks one at a time in a
                # one-worker pool, so the input that kills it is known, then go on as before
                _kill_pool(pool)
                lost = [t for _, ch in pending for t in ch]
                pending.clear()
                yield from _retry_singly(lost, cfg, stop)
                pool = _new_pool(cfg, workers)
                continue
            except Exception as e:  # e.g. a result that cannot be pickled
                pending.popleft()
                for t in chunk:
                    yield Result(False, _task_name(t), f"{_task_name(t)}: internal error: {type(e).__name__}: {e}",
                                 0, "internal")
                continue
            pending.popleft()
            yield from results
    finally:
        if finished:
            pool.shutdown(wait=True)
        else:  # interrupted or abandoned: start no more work, let the chunks at hand end
            _kill_pool(pool, grace=_STOP_GRACE)


def _retry_singly(tasks: list, cfg: BatchConfig, stop: Stop) -> Iterator[Result]:
    from concurrent.futures import TimeoutError as FutTimeout
    from concurrent.futures.process import BrokenProcessPool
    pool = _new_pool(cfg, 1)
    try:
        for t in tasks:
            fut = pool.submit(_process_chunk, [t])
            while True:
                if stop.requested:
                    return
                try:
                    yield from fut.result(timeout=0.25)
                except FutTimeout:
                    continue
                except BrokenProcessPool:
                    _kill_pool(pool)
                    pool = _new_pool(cfg, 1)
                    name = _task_name(t)
                    yield Result(False, name, f"{name}: internal error: the worker process died on this input "
                                 f"(out of memory?)", 0, "internal")
                break
    finally:
        _kill_pool(pool, grace=_STOP_GRACE)


def _task_name(task: tuple) -> str:
    return str(task[1] if task[0] in ("file", "error") else task[2])


def _take(it: Iterator, n: int) -> Iterator:
    for _ in range(n):
        try:
            yield next(it)
        except StopIteration:
            return
