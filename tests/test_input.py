"""Input handling: bytes for the API (BOM-aware UTF-8/UTF-16, legacy codecs, clear errors) and the
same files through the CLI (--encoding, --max-bytes)."""
from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import arnews
from arnews import ArnewsError, decode_input
from arnews.cli import app

TEXT = "وقالت شركة فيسبوك في بيان إن أكثر من 3 ملايين مستخدم تأثروا بالعطل.\n"


def run(args, input=None):
    return CliRunner().invoke(app, args, input=input, catch_exceptions=False)


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
    b"\xff\xfe" + TEXT.encode("utf-16-le"),
    b"\xfe\xff" + TEXT.encode("utf-16-be"),
    TEXT.encode("utf-16-le"),                 # no BOM: UTF-8 would read it as control characters
    TEXT.encode("utf-16-be"),
    bytearray(TEXT.encode("utf-8")),
    memoryview(TEXT.encode("utf-8")),
], ids=["utf8", "utf8-bom", "utf16le-bom", "utf16be-bom", "utf16le", "utf16be", "bytearray", "memoryview"])
def test_bytes_are_decoded(data):
    assert decode_input(data) == TEXT
    doc = arnews.extract(data)
    assert doc.text == TEXT
    assert [e.id for e in doc.entities] == ["facebook"]
    assert [q.value for q in doc.quantities] == [3_000_000]


def test_utf8_with_nul_bytes_is_not_taken_for_utf16():
    assert decode_input(b"ab\x00\x00") == "ab\x00\x00"
    assert decode_input(b"\x00" * 8) == "\x00" * 8
    assert decode_input(b"\x00 \x00 \r\n") == "\x00 \x00 \r\n"        # not U+0020 U+0020 U+0D0A
    assert decode_input(b"\x00 " * 20) == "\x00 " * 20                    # not forty spaces
    assert decode_input(b"") == ""


def test_valid_utf8_without_nul_is_utf8_though_its_bytes_pair_like_arabic_utf16():
    # 06 30 06 30 is also UTF-16-BE for ذذ; UTF-16 text has NULs (spaces, ASCII), so UTF-8 wins
    assert decode_input("\x060\x060".encode()) == "\x060\x060"
    assert decode_input("(\x06*\x06".encode()) == "(\x06*\x06"
    # a BOM-less UTF-16 word that is no valid UTF-8 (ۀ is C0 06 in UTF-16-LE) is still found
    assert decode_input("بۀب".encode("utf-16-le")) == "بۀب"


def test_legacy_and_broken_bytes_give_clear_errors():
    legacy = TEXT.encode("cp1256")
    with pytest.raises(ArnewsError, match=r"^news\.txt: not valid UTF-8 .*--encoding"):
        decode_input(legacy, "news.txt")
    assert decode_input(legacy, encoding="cp1256") == TEXT
    with pytest.raises(ArnewsError, match="cannot decode as ascii"):
        decode_input(TEXT.encode("utf-8"), encoding="ascii")
    with pytest.raises(ArnewsError, match="cannot decode as no-such-codec"):
        decode_input(b"abc", encoding="no-such-codec")
    with pytest.raises(ArnewsError, match="invalid UTF-16"):
        decode_input(b"\xff\xfe" + TEXT.encode("utf-16-le")[:-1])   # truncated
    with pytest.raises(ArnewsError, match="expected str or bytes, got int"):
        arnews.extract(42)
    with pytest.raises(ArnewsError, match="not valid UTF-8"):
        arnews.extract(b"\xff\x00\xfe")


def test_cli_files_in_every_encoding(tmp_path):
    files = {
        "bom.txt": b"\xef\xbb\xbf" + TEXT.encode("utf-8"),
        "le.txt": b"\xff\xfe" + TEXT.encode("utf-16-le"),
        "be.txt": b"\xfe\xff" + TEXT.encode("utf-16-be"),
        "le-nobom.txt": TEXT.encode("utf-16-le"),
    }
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    r = run(["extract", *(str(tmp_path / n) for n in files), "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 0, r.output
    docs = [json.loads(x) for x in r.stdout.splitlines()]
    assert [d["text"] for d in docs] == [TEXT] * 4
    assert all([e["id"] for e in d["entities"]] == ["facebook"] for d in docs)


def test_cli_cp1256_needs_encoding(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes(TEXT.encode("cp1256"))
    r = run(["extract", str(p), "--workers", "1"])
    assert r.exit_code == 1 and f"{p}: not valid UTF-8" in r.stderr and "--encoding" in r.stderr
    r = run(["extract", str(p), "--encoding", "cp1256", "--workers", "1"])
    assert r.exit_code == 0 and json.loads(r.stdout)["text"] == TEXT


def test_cli_stdin_utf16_and_size_limit(tmp_path):
    r = run(["extract", "-", "--input-format", "text", "-f", "jsonl"], input=b"\xff\xfe" + TEXT.encode("utf-16-le"))
    assert r.exit_code == 0 and json.loads(r.stdout)["text"] == TEXT
    r = run(["extract", "-", "--input-format", "text", "--max-bytes", "100"], input=TEXT.encode("utf-8") * 10)
    assert r.exit_code == 1 and "more than --max-bytes 100 bytes; refused" in r.stderr
    assert r.stdout.strip() == "" and "Traceback" not in r.stderr
    big = tmp_path / "big.txt"
    big.write_bytes(TEXT.encode("utf-8") * 1000)
    r = run(["extract", str(big), "--max-bytes", "10KB", "--workers", "1"])
    assert r.exit_code == 1 and f"{big}: " in r.stderr and "exceeds --max-bytes 10,000" in r.stderr
    # a JSONL record over the limit is refused alone; the others go on
    corpus = tmp_path / "c.jsonl"
    corpus.write_text("\n".join(json.dumps({"id": i, "text": t}, ensure_ascii=False)
                                for i, t in enumerate([TEXT, TEXT * 50, TEXT])) + "\n", encoding="utf-8")
    r = run(["extract", str(corpus), "--max-bytes", "2KB", "-f", "jsonl", "--workers", "1"])
    assert r.exit_code == 1 and "exceeds --max-bytes 2,000" in r.stderr
    assert [json.loads(x)["text"] for x in r.stdout.splitlines()] == [TEXT, TEXT]
