"""The ``arnews`` command line: inputs, output formats, failure isolation, workers, limits."""
from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

import arnews
from arnews import pipeline as _pipeline
from arnews.cli import app
from arnews.records import Entity, Quantity

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "examples" / "twitter-welcomes-everyone.txt"

ARTICLES = [
    ("https://example.com/a1", "تويتر يرحب بالجميع",
     "رحبت منصة تويتر بالأعداد الضخمة من المستخدمين بعد تعطل خدمات فيسبوك لساعات، "
     "ونالت تغريدتها أكثر من 3 ملايين إعجاب."),
    ("https://example.com/a2", "فيسبوك تعتذر",
     "وقالت فيسبوك في بيان: \"نأسف للإزعاج الناجم عن انقطاع الخدمة عبر منصاتنا\"."),
    ("https://example.com/a3", "منظمة الصحة العالمية تحذر",
     "قالت منظمة الصحة العالمية إن فيروس كورونا لا يزال موجوداً، ودعت إلى عدم نزع الكمامة."),
]


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input, catch_exceptions=False)


def jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def corpus(tmp_path) -> Path:
    p = tmp_path / "news.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for url, title, content in ARTICLES:
            f.write(json.dumps({"url": url, "title": title, "content": content, "source": "test"},
                               ensure_ascii=False) + "\n")
    return p


class _Gaz:
    """A tiny stand-in for the entity and number components (their real versions are in progress)."""

    name = "entities"
    requires = ()
    provides = ("entities", "quantities")
    pat = regex.compile(r"تويتر|فيسبوك")
    num = regex.compile(r"\d+")

    def __call__(self, doc, ctx):
        for m in self.pat.finditer(doc.text):
            doc.entities.append(Entity(text=m.group(), start=m.start(), end=m.end(), label="PLATFORM",
                                       id={"تويتر": "twitter", "فيسبوك": "facebook"}[m.group()]))
        for m in self.num.finditer(doc.text):
            doc.quantities.append(Quantity(text=m.group(), start=m.start(), end=m.end(), value=float(m.group())))


@pytest.fixture
def fake_entities():
    saved = dict(_pipeline._REGISTRY)
    arnews.register_component("entities", lambda **_: _Gaz())
    arnews.register_component("numbers", lambda **_: type("N", (), {"name": "numbers", "requires": (),
                                                                    "provides": (), "__call__": lambda *a: None})())
    _pipeline._DEFAULT_PIPELINES.clear()
    yield
    _pipeline._REGISTRY.clear()
    _pipeline._REGISTRY.update(saved)
    _pipeline._DEFAULT_PIPELINES.clear()


# ----------------------------------------------------------------------------------------------

def test_version_and_help():
    r = run(["--version"])
    assert r.exit_code == 0 and r.stdout.strip() == f"arnews {arnews.__version__}"
    r = run(["extract", "--help"])
    assert r.exit_code == 0 and "--text-field" in r.stdout and "--workers" in r.stdout


def test_schema():
    r = run(["schema"])
    assert r.exit_code == 0
    schema = json.loads(r.stdout)
    assert {"text", "entities", "quantities", "temporals", "quotes", "id"} <= set(schema["properties"])


def test_json_one_document(tmp_path):
    r = run(["extract", str(SAMPLE), "--workers", "1"])
    assert r.exit_code == 0, r.stderr
    doc = json.loads(r.stdout)
    assert doc["text"] == SAMPLE.read_text(encoding="utf-8")
    assert doc["id"] == str(SAMPLE)
    assert arnews.Document.model_validate(doc).text == doc["text"]
    assert "1 document, 0 errors" in r.stderr
    # non-ASCII written as is (ensure_ascii off), indented
    assert "تويتر" in r.stdout and '\n  "text": ' in r.stdout


def test_json_array_for_several_and_output_file(tmp_path):
    a, b = tmp_path / "a.txt", tmp_path / "b.txt"
    a.write_text(ARTICLES[0][2], encoding="utf-8")
    b.write_text(ARTICLES[1][2], encoding="utf-8")
    out = tmp_path / "out.json"
    r = run(["extract", str(a), str(b), "-o", str(out), "--workers", "1"])
    assert r.exit_code == 0 and r.stdout == ""
    docs = json.loads(out.read_text(encoding="utf-8"))
    assert [d["id"] for d in docs] == [str(a), str(b)]
    assert docs[1]["text"] == ARTICLES[1][2]


def test_jsonl_files_and_stdin(tmp_path):
    files = []
    for i, (_, _, content) in enumerate(ARTICLES):
        p = tmp_path / f"{i}.txt"
        p.write_text(content, encoding="utf-8")
        files.append(str(p))
    r = run(["extract", *files, "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 0
    docs = jsonl(r.stdout)
    assert [d["id"] for d in docs] == files and docs[2]["text"] == ARTICLES[2][2]
    r = run(["extract", "-", "-f", "jsonl"], input=ARTICLES[1][2].encode("utf-8"))
    assert r.exit_code == 0 and jsonl(r.stdout)[0]["text"] == ARTICLES[1][2]
    assert jsonl(r.stdout)[0]["id"] == "<stdin>"


def test_folder_with_bad_missing_and_empty_files(tmp_path):
    d = tmp_path / "news"
    (d / "sub").mkdir(parents=True)
    (d / "1.txt").write_text(ARTICLES[0][2], encoding="utf-8")
    (d / "sub" / "2.txt").write_text(ARTICLES[1][2], encoding="utf-8")
    (d / "bad.txt").write_bytes(ARTICLES[2][2].encode("cp1256"))   # legacy Windows Arabic
    (d / "empty.txt").write_bytes(b"")
    (d / "notes.md").write_text("# not news", encoding="utf-8")
    missing = tmp_path / "missing.txt"
    errors = tmp_path / "errors.jsonl"
    r = run(["extract", str(d), str(missing), "--glob", "*.txt", "-f", "jsonl", "--errors", str(errors),
             "--workers", "1"])
    assert r.exit_code == 1
    docs = jsonl(r.stdout)
    assert [d_["id"] for d_ in docs] == [str(d / "1.txt"), str(d / "sub" / "2.txt")]
    err_lines = [ln for ln in r.stderr.splitlines() if ln.startswith("arnews: error:")]
    assert len(err_lines) == 3
    assert any(f"{d / 'bad.txt'}: not valid UTF-8" in ln and "--encoding" in ln for ln in err_lines)
    assert any(str(missing) in ln and "no such file" in ln for ln in err_lines)
    assert any(str(d / "empty.txt") in ln and "empty" in ln for ln in err_lines)
    assert "Traceback" not in r.stderr
    assert "2 documents, 3 errors" in r.stderr
    recs = jsonl(errors.read_text(encoding="utf-8"))
    assert {x["kind"] for x in recs} == {"decode", "io", "empty"}
    assert all(x["id"] and x["error"] for x in recs)


def test_cp1256_with_encoding(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(ARTICLES[2][2].encode("cp1256"))
    r = run(["extract", str(p), "--workers", "1"])
    assert r.exit_code == 1 and "not valid UTF-8" in r.stderr and r.stdout.strip() == ""
    r = run(["extract", str(p), "--encoding", "cp1256", "--workers", "1"])
    assert r.exit_code == 0 and json.loads(r.stdout)["text"] == ARTICLES[2][2]
    r = run(["extract", str(p), "--encoding", "no-such-codec"])
    assert r.exit_code == 2 and "unknown encoding" in r.output


def test_utf8_bom_and_utf16(tmp_path):
    p, q = tmp_path / "bom.txt", tmp_path / "u16.txt"
    p.write_bytes(b"\xef\xbb\xbf" + ARTICLES[0][2].encode("utf-8"))
    q.write_bytes(ARTICLES[1][2].encode("utf-16"))
    r = run(["extract", str(p), str(q), "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 0
    assert [d["text"] for d in jsonl(r.stdout)] == [ARTICLES[0][2], ARTICLES[1][2]]


def test_size_limit(tmp_path):
    big = tmp_path / "big.txt"
    big.write_text(ARTICLES[0][2] * 10, encoding="utf-8")
    small = tmp_path / "small.txt"
    small.write_text(ARTICLES[1][2], encoding="utf-8")
    r = run(["extract", str(big), str(small), "--max-bytes", "1k", "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 1
    assert f"{big}: " in r.stderr and "exceeds --max-bytes 1,000" in r.stderr
    assert [d["id"] for d in jsonl(r.stdout)] == [str(small)]
    r = run(["extract", str(small), "--max-bytes", "lots"])
    assert r.exit_code == 2 and "not a size" in r.output


def test_jsonl_corpus_fields_and_bad_records(corpus, tmp_path):
    with corpus.open("a", encoding="utf-8") as f:
        f.write("{not json\n")
        f.write(json.dumps({"url": "https://example.com/x", "body": "نص"}) + "\n")
        f.write("\n")
        f.write(json.dumps({"url": "https://example.com/a4", "title": "عنوان فقط", "content": ""},
                           ensure_ascii=False) + "\n")
    r = run(["extract", str(corpus), "--text-field", "content", "--title-field", "title", "--id-field", "url",
             "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 1
    docs = jsonl(r.stdout)
    assert [d["id"] for d in docs] == [a[0] for a in ARTICLES] + ["https://example.com/a4"]
    assert docs[0]["text"] == ARTICLES[0][1] + "\n\n" + ARTICLES[0][2]
    assert docs[3]["text"] == "عنوان فقط"
    errs = [ln for ln in r.stderr.splitlines() if ln.startswith("arnews: error:")]
    assert len(errs) == 2
    assert f"{corpus}:4: invalid JSON" in errs[0]
    assert f"{corpus}:5: no field 'content'" in errs[1]
    # without --id-field the id is PATH:LINE
    r = run(["extract", str(corpus), "--text-field", "content", "-f", "jsonl", "--workers", "1"])
    assert jsonl(r.stdout)[1]["id"] == f"{corpus}:2"


def test_json_array_corpus_and_stdin_corpus(tmp_path):
    p = tmp_path / "news.json"
    p.write_text(json.dumps([{"id": i, "text": a[2]} for i, a in enumerate(ARTICLES)], ensure_ascii=False,
                            indent=1), encoding="utf-8")
    r = run(["extract", str(p), "--id-field", "id", "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 0
    assert [(d["id"], d["text"]) for d in jsonl(r.stdout)] == [(str(i), a[2]) for i, a in enumerate(ARTICLES)]
    data = "\n".join(json.dumps({"u": a[0], "c": a[2]}, ensure_ascii=False) for a in ARTICLES)
    r = run(["extract", "-", "--text-field", "c", "--id-field", "u", "-f", "jsonl", "--workers", "1"],
            input=data.encode("utf-8"))
    assert r.exit_code == 0 and [d["id"] for d in jsonl(r.stdout)] == [a[0] for a in ARTICLES]
    truncated = tmp_path / "cut.json"
    truncated.write_text(p.read_text(encoding="utf-8")[:-40], encoding="utf-8")
    r = run(["extract", str(truncated), "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 1 and len(jsonl(r.stdout)) == 2 and "invalid JSON in record 3" in r.stderr


def test_workers_keep_order(tmp_path):
    p = tmp_path / "many.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for i in range(60):
            url, title, content = ARTICLES[i % 3]
            # uneven sizes, so workers finish out of order
            f.write(json.dumps({"url": f"{url}?n={i}", "content": content * (1 + (i * 7) % 13)},
                               ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    r = subprocess.run([sys.executable, "-m", "arnews", "extract", str(p), "--text-field", "content",
                        "--id-field", "url", "-f", "jsonl", "-o", str(out), "--workers", "2"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0, r.stderr
    ids = [d["id"] for d in jsonl(out.read_text(encoding="utf-8"))]
    assert ids == [f"{ARTICLES[i % 3][0]}?n={i}" for i in range(60)]
    assert "60 documents, 0 errors" in r.stderr and "MB/s" in r.stderr


def test_csv_tsv_rows(fake_entities, corpus, tmp_path):
    r = run(["extract", str(corpus), "--text-field", "content", "--id-field", "url", "-f", "csv", "--workers", "1"])
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    ents = [x for x in rows if x["type"] == "entity"]
    qtys = [x for x in rows if x["type"] == "quantity"]
    assert [(x["doc_id"], x["text"], x["entity_id"]) for x in ents] == [
        (ARTICLES[0][0], "تويتر", "twitter"), (ARTICLES[0][0], "فيسبوك", "facebook"),
        (ARTICLES[1][0], "فيسبوك", "facebook")]
    assert [(x["text"], x["value"]) for x in qtys] == [("3", "3")]
    text0 = ARTICLES[0][2]
    assert all(text0[int(x["start"]):int(x["end"])] == x["text"] for x in rows if x["doc_id"] == ARTICLES[0][0])
    r = run(["extract", str(corpus), "--text-field", "content", "-f", "tsv", "--table", "entities", "--workers", "1"])
    lines = r.stdout.splitlines()
    assert lines[0].split("\t") == ["doc_id", "type", "start", "end", "text", "label", "entity_id", "name", "wikidata"]
    assert len(lines) == 4 and all(ln.split("\t")[1] == "entity" for ln in lines[1:])
    r = run(["extract", str(corpus), "--table", "entities"])
    assert r.exit_code == 2


def test_table_view(fake_entities, corpus):
    r = run(["extract", str(corpus), "--text-field", "content", "--id-field", "url", "-f", "table", "--width", "100",
             "--workers", "1"])
    assert r.exit_code == 0
    out = r.stdout
    assert "https://example.com/a1" in out and "Entities" in out and "PLATFORM" in out
    # Arabic cells are bidi-isolated, line by line
    assert "\u2068تويتر\u2069" in out
    for line in out.splitlines():
        assert line.count("\u2068") == line.count("\u2069")


def test_html_report(fake_entities, corpus, tmp_path):
    out = tmp_path / "r.html"
    r = run(["extract", str(corpus), "--text-field", "content", "--id-field", "url", "-f", "html", "-o", str(out),
             "--workers", "1"])
    assert r.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert page.count('<section class="doc"') == 3 and 'id="d2"' in page
    assert 'dir="rtl" lang="ar"' in page and "ent-PLATFORM" in page and page.rstrip().endswith("</html>")


def test_parquet(fake_entities, corpus, tmp_path):
    out = tmp_path / "x.parquet"
    args = ["extract", str(corpus), "--text-field", "content", "-f", "parquet", "-o", str(out), "--workers", "1"]
    try:
        import pyarrow.parquet as pq
    except ImportError:
        r = run(args)
        flat = " ".join(r.output.replace("│", " ").split())  # rich wraps the message in a box
        assert r.exit_code == 2 and "pip install 'arnews[parquet]'" in flat
        return
    r = run(args)
    assert r.exit_code == 0
    t = pq.read_table(out).to_pylist()
    assert [x["text"] for x in t if x["type"] == "entity"] == ["تويتر", "فيسبوك", "فيسبوك"]


def test_usage_errors(tmp_path):
    assert run(["extract"]).exit_code == 2
    assert run(["extract", str(SAMPLE), "-f", "xml"]).exit_code == 2
    r = run(["extract", str(SAMPLE), "--gazetteer", str(tmp_path / "none.tsv")])
    assert r.exit_code == 2 and "no such file" in r.output
    r = run(["extract", str(SAMPLE), "--reference-date", "yesterday"])
    assert r.exit_code == 2 and "ISO date" in r.output
    r = run(["extract", str(SAMPLE), "--disable", "nope"])
    assert r.exit_code == 2 and "unknown component" in r.output


def test_segment_hook(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(ARTICLES[1][2], encoding="utf-8")
    r = run(["segment", str(p), "--workers", "1"])
    assert r.exit_code == 0 and r.stdout.strip()


def test_interrupt_leaves_whole_lines(tmp_path):
    p = tmp_path / "big.jsonl"
    with p.open("w", encoding="utf-8") as f:
        for i in range(4000):
            f.write(json.dumps({"url": f"u{i}", "content": ARTICLES[i % 3][2] * 8}, ensure_ascii=False) + "\n")
    out = tmp_path / "out.jsonl"
    proc = subprocess.Popen([sys.executable, "-m", "arnews", "extract", str(p), "--text-field", "content",
                             "--id-field", "url", "-f", "jsonl", "-o", str(out), "--workers", "2"],
                            stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 60
    while time.time() < deadline and (not out.exists() or out.stat().st_size < 20_000):
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, err
    assert "Traceback" not in err and "interrupted" in err
    data = out.read_text(encoding="utf-8")
    assert data.endswith("\n")
    docs = jsonl(data)  # every line whole
    assert 0 < len(docs) < 4000
    assert [d["id"] for d in docs] == [f"u{i}" for i in range(len(docs))]


def test_stopping_a_pool_lets_the_chunk_at_hand_end():
    """An interrupted run stops its workers without killing one while it sends a result (half a
    message in the pipe would hang the executor's thread, and the interpreter's exit, for ever)."""
    import multiprocessing as mp
    from concurrent.futures import ProcessPoolExecutor

    from arnews.batch import _kill_pool

    pool = ProcessPoolExecutor(1, mp_context=mp.get_context("fork"))
    busy = pool.submit(time.sleep, 0.5)
    queued = [pool.submit(time.sleep, 1) for _ in range(6)]
    while not busy.running():
        time.sleep(0.01)
    started = time.time()
    _kill_pool(pool, grace=10)
    assert busy.result(timeout=10) is None  # finished: a killed worker breaks the pool (BrokenProcessPool)
    assert sum(f.cancelled() for f in queued) >= 4 and time.time() - started < 9  # work not started is dropped


class _Crash:
    name = "crash"
    requires = ()
    provides = ()

    def __call__(self, doc, ctx):
        if "انهيار" in doc.text:
            os._exit(3)  # a worker dying mid-document (as when the OOM killer strikes)


def test_dead_worker_costs_only_its_input(tmp_path):
    saved = dict(_pipeline._REGISTRY)
    arnews.register_component("numbers", lambda **_: _Crash())
    try:
        p = tmp_path / "c.jsonl"
        with p.open("w", encoding="utf-8") as f:
            for i in range(40):
                text = "انهيار النظام" if i == 17 else ARTICLES[i % 3][2]
                f.write(json.dumps({"id": f"n{i}", "text": text}, ensure_ascii=False) + "\n")
        r = run(["extract", str(p), "--id-field", "id", "-f", "jsonl", "--workers", "2"])
        assert r.exit_code == 1
        assert [d["id"] for d in jsonl(r.stdout)] == [f"n{i}" for i in range(40) if i != 17]
        errs = [ln for ln in r.stderr.splitlines() if ln.startswith("arnews: error:")]
        assert errs == [f"arnews: error: {p}:18: internal error: the worker process died on this input "
                        f"(out of memory?)"]
    finally:
        _pipeline._REGISTRY.clear()
        _pipeline._REGISTRY.update(saved)


def test_nested_fields_and_record_dates(tmp_path):
    p = tmp_path / "nested.jsonl"
    p.write_text(json.dumps({"meta": {"url": "https://example.com/n1", "date": "2021-10-05 08:00:00"},
                             "body": {"text": ARTICLES[0][2]}}, ensure_ascii=False) + "\n", encoding="utf-8")
    r = run(["extract", str(p), "--text-field", "body.text", "--id-field", "meta.url", "--date-field", "meta.date",
             "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 0, r.stderr
    doc = jsonl(r.stdout)[0]
    assert doc["id"] == "https://example.com/n1" and doc["text"] == ARTICLES[0][2]


class _RefDate:
    """Records the reference date the pipeline got, as a temporal over the first character."""

    name = "numbers"
    requires = ()
    provides = ("temporals",)

    def __call__(self, doc, ctx):
        doc.temporals.append(arnews.Temporal(text=doc.text[:1], start=0, end=1, kind="relative",
                                             value=ctx.reference_date and ctx.reference_date.isoformat()))


def test_reference_dates_reach_the_pipeline(tmp_path):
    saved = dict(_pipeline._REGISTRY)
    arnews.register_component("numbers", lambda **_: _RefDate())
    try:
        p = tmp_path / "d.jsonl"
        p.write_text("\n".join(json.dumps({"t": a[2], "d": d}, ensure_ascii=False)
                               for a, d in zip(ARTICLES, ["2015-07-21 02:51:32", "not a date", None])) + "\n",
                     encoding="utf-8")
        r = run(["extract", str(p), "--text-field", "t", "--date-field", "d", "--reference-date", "2021-10-05",
                 "-f", "jsonl", "--workers", "1"])
        assert r.exit_code == 0, r.stderr
        # the record's own date wins; an unusable one falls back to --reference-date
        assert [d["temporals"][0]["value"] for d in jsonl(r.stdout)] == ["2015-07-21", "2021-10-05", "2021-10-05"]
    finally:
        _pipeline._REGISTRY.clear()
        _pipeline._REGISTRY.update(saved)


def test_output_inside_input_folder_is_not_read(tmp_path):
    d = tmp_path / "news"
    d.mkdir()
    (d / "a.jsonl").write_text(json.dumps({"text": ARTICLES[0][2]}, ensure_ascii=False) + "\n", encoding="utf-8")
    out = d / "out.jsonl"
    r = run(["extract", str(d), "-f", "jsonl", "-o", str(out), "--workers", "1"])
    assert r.exit_code == 0, r.stderr
    assert [x["id"] for x in jsonl(out.read_text(encoding="utf-8"))] == [f"{d / 'a.jsonl'}:1"]


def test_gazetteer_resolves_names_as_written_in_text():
    r = run(["gazetteer", "وبتويتر", "للفيفا", "Saudi Aramco", "-f", "jsonl"])
    assert r.exit_code == 0, r.stderr
    rows = jsonl(r.stdout)
    assert [(x["query"], x["id"]) for x in rows] == [("وبتويتر", "twitter"), ("للفيفا", "fifa"),
                                                    ("Saudi Aramco", "aramco")]
    # an ambiguous alias says which context rule decides in a text: زين the telecom, or the word "fine"
    zain = jsonl(run(["gazetteer", "زين", "-f", "jsonl"]).stdout)
    assert [(x["id"], x["context"]) for x in zain] == [("zain", "telecom")]


def test_gazetteer_names_without_entry_fail_like_grep():
    r = run(["gazetteer", "تويتر", "كتاب", "-f", "jsonl"])
    assert r.exit_code == 1
    assert [x["id"] for x in jsonl(r.stdout)] == ["twitter"]
    assert "كتاب: no gazetteer entry" in r.stderr


def test_gazetteer_listing_reads_back_as_a_gazetteer_file(tmp_path):
    from arnews.entities.gazetteer import read_file

    out = tmp_path / "platforms.tsv"
    r = run(["gazetteer", "--label", "platform", "-f", "tsv", "-o", str(out)])
    assert r.exit_code == 0, r.stderr
    entries = read_file(out)
    assert len(entries) > 50 and {e.label for e in entries} == {"PLATFORM"}
    assert "twitter" in {e.id for e in entries}
    assert run(["gazetteer", "--label", "PLANET"]).exit_code == 2


def test_gazetteer_checks_and_shows_a_user_file(tmp_path):
    good = tmp_path / "brands.tsv"
    good.write_text("kudu\tBRAND\tKudu\t-\tكودو;مطاعم كودو\tKudu\n", encoding="utf-8")
    r = run(["gazetteer", "وكودو", "--gazetteer", str(good), "-f", "jsonl"])
    assert r.exit_code == 0, r.stderr
    assert [(x["id"], x["source"]) for x in jsonl(r.stdout)] == [("kudu", "user")]
    bad = tmp_path / "bad.tsv"
    bad.write_text("kudu\tRESTAURANT\tKudu\t-\tكودو\n", encoding="utf-8")
    r = run(["gazetteer", "--gazetteer", str(bad)])
    flat = " ".join(r.output.replace("│", " ").split())
    assert r.exit_code == 2 and "bad.tsv:1" in flat and "unknown label" in flat


def test_counts_mentions_and_documents_per_entity(corpus):
    r = run(["extract", str(corpus), "--text-field", "content", "--title-field", "title", "-f", "counts",
             "--workers", "1"])
    assert r.exit_code == 0, r.stderr
    rows = list(csv.DictReader(io.StringIO(r.stdout), delimiter="\t"))
    by_id = {x["entity_id"]: x for x in rows if x["entity_id"]}
    # تويتر twice in the first article (title and text); فيسبوك in the first and, twice, in the second
    assert (by_id["twitter"]["mentions"], by_id["twitter"]["documents"]) == ("2", "1")
    assert (by_id["facebook"]["mentions"], by_id["facebook"]["documents"]) == ("3", "2")
    assert by_id["who"]["label"] == "ORG"
    counts = [int(x["mentions"]) for x in rows]
    assert counts == sorted(counts, reverse=True)
