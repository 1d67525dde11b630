"""The HTML report: structure, escaping, overlapping spans, and a real headless-browser rendering."""
from __future__ import annotations

import html
import shutil
import struct
import subprocess
import zlib
from html.parser import HTMLParser
from pathlib import Path

import pytest

from arnews.records import (Caption, Dateline, Document, Entity, Meta, Paragraph, Quantity, Quote, Span, Speaker,
                            Temporal)
from arnews.report import ENTITY_COLORS, QUOTE_BG, render_report, render_text

SAMPLE = Path(__file__).resolve().parent.parent / "examples" / "twitter-welcomes-everyone.txt"


def _find(text: str, needle: str, after: int = 0) -> tuple[int, int]:
    i = text.index(needle, after)
    return i, i + len(needle)


def build_doc(text: str) -> Document:
    """The sample article with hand-made records, as the finished pipeline should give them
    (the report must not depend on how far the components are)."""
    def span(cls, needle, after=0, **kw):
        s, e = _find(text, needle, after)
        return cls(text=text[s:e], start=s, end=e, **kw)

    head = span(Span, "كيف استقبل تويتر \"الجميع\" أثناء تعطل خدمات فيسبوك؟")
    cap = span(Caption, "أشخاص يحملون هواتفهم وفي الخلفية شعار موقع \"تويتر\"، وارسو، 27 سبتمبر 2013 - REUTERS",
               place="وارسو", date="2013-09-27", credit="REUTERS")
    dup_s = text.index(cap.text, cap.end)
    dup = Span(text=cap.text, start=dup_s, end=dup_s + len(cap.text))
    dl = span(Dateline, "دبي-الشرق", place="دبي", source="الشرق")
    boiler = span(Span, "time reading icon")
    ents = [
        span(Entity, "تويتر", label="PLATFORM", id="twitter", name="Twitter", wikidata="Q918"),
        span(Entity, "فيسبوك", label="PLATFORM", id="facebook", name="Facebook", wikidata="Q355"),
        span(Entity, "إنستجرام", 300, label="PLATFORM", id="instagram", name="Instagram"),
        span(Entity, "واتساب", 300, label="PLATFORM", id="whatsapp", name="WhatsApp"),
        span(Entity, "ماكدونالدز", label="BRAND", id="mcdonalds", name="McDonald's"),
        span(Entity, "نتفليكس", label="MEDIA", id="netflix", name="Netflix"),
        span(Entity, "Squid Game", label="WORK", id="squid-game", name="Squid Game"),
        span(Entity, "منظمة الصحة العالمية", label="ORG", id="who", name="World Health Organization"),
        span(Entity, "وارسو", label="LOC", id="warsaw", name="Warsaw"),
        span(Entity, "دبي", label="LOC", id="dubai", name="Dubai"),
    ]
    q3 = span(Quantity, "أكثر من 3 ملايين إعجاب", kind="number", value=3_000_000, modifier="more_than",
              counted=span(Span, "إعجاب"))
    q500 = span(Quantity, "أكثر من 500 ألف مرة", kind="number", value=500_000, modifier="more_than")
    q596 = span(Quantity, "59.6 مليون قطعة", kind="number", value=59_600_000)
    date = span(Temporal, "27 سبتمبر 2013", kind="date", value="2013-09-27")
    monday = span(Temporal, "يوم اثنين", kind="relative", value=None)
    # quotes: speaker links; the McDonald's quote's speaker overlaps an entity and crosses nothing,
    # the Facebook statement's speaker is an entity; "الأول" resolves to whatsapp
    s_mc, e_mc = _find(text, "مرحباً ما الذي يمكنني المساعدة فيه؟")
    quotes = [
        span(Quote, "أهلاً", text.index("كتب الأول"), kind="direct",
             speaker=span(Speaker, "الأول", entity_id="whatsapp", name="WhatsApp"), cue=span(Cue := Span, "كتب")),
        span(Quote, "أهلاً. يوم اثنين سعيد", kind="direct",
             speaker=span(Speaker, "موقع الصور", entity_id="instagram", name="Instagram"),
             cue=span(Span, "رد", text.index("موقع الصور") - 4)),
        Quote(text=text[s_mc:e_mc], start=s_mc, end=e_mc, kind="direct",
              speaker=span(Speaker, "الحساب الرسمي لسلسلة مطاعم \"ماكدونالدز\"", entity_id="mcdonalds",
                           name="McDonald's"), cue=span(Span, "قائلاً")),
        span(Quote, "59.6 مليون قطعة ناجتس لأصدقائي", kind="direct",
             speaker=span(Speaker, "تويتر", text.index("ليرد عليه"), entity_id="twitter", name="Twitter"),
             cue=span(Span, "ليرد")),
        span(Quote, "إلى جميع الأشخاص والشركات في جميع أنحاء العالم الذين يعتمدون علينا، نأسف للإزعاج الناجم عن "
                    "انقطاع الخدمة عبر منصاتنا", kind="direct",
             speaker=span(Speaker, "فيسبوك", text.index("وقالت فيسبوك"), entity_id="facebook", name="Facebook"),
             cue=span(Span, "وقالت")),
    ]
    del Cue
    # an entity for the Facebook speaker too (same span as the speaker), and one crossing a quote end
    fb = text.index("فيسبوك", text.index("وقالت فيسبوك"))
    ents.append(Entity(text="فيسبوك", start=fb, end=fb + 6, label="PLATFORM", id="facebook", name="Facebook"))
    ents.sort(key=lambda e: e.start)
    paragraphs = [Paragraph(text=head.text, start=head.start, end=head.end, kind="headline"),
                  Paragraph(text=dl.text, start=dl.start, end=dl.end, kind="dateline")]
    return Document(text=text, id="examples/twitter-welcomes-everyone.txt", headline=head,
                    meta=Meta(reading_time_minutes=3, dateline=dl, captions=[cap], boilerplate=[boiler, dup]),
                    paragraphs=paragraphs, entities=ents, quantities=[q3, q500, q596], temporals=[date, monday],
                    quotes=quotes)


@pytest.fixture(scope="module")
def doc() -> Document:
    return build_doc(SAMPLE.read_text(encoding="utf-8"))


class _Collect(HTMLParser):
    """Checks well-formed nesting and collects the text and the elements."""

    VOID = {"meta", "br", "img", "link", "hr", "input"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack: list[str] = []
        self.text: list[str] = []
        self.elements: list[tuple[str, dict]] = []
        self.in_article = 0
        self.article_text: list[str] = []
        self.errors: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        self.elements.append((tag, a))
        if tag in self.VOID:
            return
        if tag == "a" and "a" in self.stack:
            self.errors.append("nested <a>")
        self.stack.append(tag)
        if self.in_article or "article" in (a.get("class") or "").split():
            self.in_article += 1

    def handle_endtag(self, tag):
        if tag in self.VOID:
            return
        if not self.stack or self.stack[-1] != tag:
            self.errors.append(f"</{tag}> closes {self.stack[-1:]}")
            return
        self.stack.pop()
        if self.in_article:
            self.in_article -= 1

    def handle_data(self, data):
        self.text.append(data)
        if self.in_article:
            self.article_text.append(data)


def _parse(page: str) -> _Collect:
    p = _Collect()
    p.feed(page)
    p.close()
    return p


def test_report_structure_and_text_roundtrip(doc):
    page = render_report([doc])
    p = _parse(page)
    assert p.errors == []
    assert p.stack == []
    # the article text is all there, unchanged, in order
    assert "".join(p.article_text) == doc.text
    arts = [a for t, a in p.elements if "article" in (a.get("class") or "").split()]
    assert arts and arts[0]["dir"] == "rtl" and arts[0]["lang"] == "ar"
    classes = [a.get("class", "") for _, a in p.elements]
    assert sum("ent-PLATFORM" in c for c in classes) >= 6
    assert any("ent-WORK" in c for c in classes) and any("ent-ORG" in c for c in classes)
    assert sum(c.split()[:1] == ["qty"] for c in classes) >= 3
    assert sum(c.split()[:1] == ["tmp"] for c in classes) >= 2
    # self-contained: no external resource, no script
    assert "<script" not in page and "http://" not in page and "https://" not in page
    assert "<style>" in page and "legend" in page


def test_speakers_link_to_their_quotes(doc):
    page = render_report([doc])
    p = _parse(page)
    quote_ids = {a["id"]: a for t, a in p.elements if a.get("id", "").startswith("d0-q")}
    assert len(quote_ids) == len(doc.quotes)
    links = [(t, a) for t, a in p.elements if "spk" in (a.get("class") or "").split() and a.get("href")]
    assert len(links) >= len(doc.quotes)
    for t, a in links:
        target = a["href"].lstrip("#")
        assert target in quote_ids
        pair = [c for c in a["class"].split() if c.startswith("p")]
        assert pair and pair[0] in quote_ids[target]["class"].split()  # same colour as its quote
        assert a["title"].startswith("speaker of quote")
    # the whatsapp speaker "الأول" says who it is
    first = [a for t, a in links if a["href"] == "#d0-q1"][0]
    assert "WhatsApp" in first["title"]


def test_overlapping_spans_split_and_nest():
    text = "قالت شركة فيسبوك الأمريكية اليوم"
    # entity "شركة فيسبوك" crosses a quantity-like span "فيسبوك الأمريكية" and a quote covers all
    doc = Document(text=text,
                   entities=[Entity(text="شركة فيسبوك", start=5, end=16, label="ORG"),
                             Entity(text="فيسبوك", start=10, end=16, label="PLATFORM")],
                   temporals=[Temporal(text="فيسبوك الأمريكية", start=10, end=26, kind="relative")],
                   quotes=[Quote(text=text[5:], start=5, end=len(text),
                                 speaker=Speaker(text="شركة", start=5, end=9))])
    out = render_text(doc)
    p = _parse(out)
    assert p.errors == [] and p.stack == []
    assert "".join(p.text) == text
    # the temporal crosses the ORG entity's end: it is split into two pieces
    assert out.count('class="tmp"') == 2
    assert out.count("ent-ORG") == 1 and out.count("ent-PLATFORM") == 1


def test_escaping_and_bad_spans():
    text = '<script>alert("x")</script> & "تويتر" \x00 end'
    s = text.index("تويتر")
    doc = Document(text=text, id='<b>"id"</b>',
                   entities=[Entity(text="تويتر", start=s, end=s + 5, label="PLATFORM", name='<i>"T"</i>')])
    # a broken span from a buggy component must not break the page
    doc.quantities.append(Quantity.model_construct(text="x", start=999, end=5, kind="number"))
    page = render_report([doc, Document(text="نص ثان")])
    assert "<script>" not in page and "<b>" not in page and "<i>" not in page
    assert "&lt;script&gt;" in page and "&lt;b&gt;" in page
    assert "\x00" not in page
    p = _parse(page)
    assert p.errors == []
    sections = [a for t, a in p.elements if t == "section"]
    assert [a["id"] for a in sections] == ["d0", "d1"]


def test_report_of_real_extraction(sample_doc):
    p = _parse(render_report([sample_doc]))
    assert p.errors == [] and "".join(p.article_text) == sample_doc.text


# --------------------------------------------------------------------------------------------
# a real browser

def _chromium() -> str | None:
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        path = shutil.which(name)
        if path:
            return path
    return None


def _chrome(args: list[str], tmp_path: Path, timeout: int = 120) -> subprocess.CompletedProcess:
    exe = _chromium()
    base = [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", f"--user-data-dir={tmp_path / 'profile'}"]
    return subprocess.run(base + args, capture_output=True, timeout=timeout)


def decode_png(data: bytes) -> tuple[int, int, int, bytes]:
    """(width, height, channels, raw pixel rows) of an 8-bit RGB/RGBA PNG, unfiltered."""
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width = 8, [], 0
    while pos < len(data):
        n, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + n]
        if kind == b"IHDR":
            width, height, depth, ctype = struct.unpack(">IIBB", chunk[:10])
            assert depth == 8 and ctype in (2, 6), (depth, ctype)
            ch = 3 if ctype == 2 else 4
        elif kind == b"IDAT":
            idat.append(chunk)
        pos += 12 + n
    raw = zlib.decompress(b"".join(idat))
    stride = width * ch
    out = bytearray()
    prev = bytearray(stride)
    for y in range(height):
        f = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - ch] if i >= ch else 0
            b = prev[i]
            c = prev[i - ch] if i >= ch else 0
            if f == 1:
                line[i] = (line[i] + a) & 255
            elif f == 2:
                line[i] = (line[i] + b) & 255
            elif f == 3:
                line[i] = (line[i] + ((a + b) >> 1)) & 255
            elif f == 4:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        out += line
        prev = line
    return width, height, ch, bytes(out)


def _count_color(px: bytes, ch: int, hex_color: str, tol: int = 4) -> int:
    r, g, b = (int(hex_color[i:i + 2], 16) for i in (1, 3, 5))
    n = 0
    for i in range(0, len(px), ch):
        if abs(px[i] - r) <= tol and abs(px[i + 1] - g) <= tol and abs(px[i + 2] - b) <= tol:
            n += 1
    return n


@pytest.mark.skipif(_chromium() is None, reason="chromium is not installed (apt-get install chromium)")
def test_report_renders_in_headless_chromium(doc, tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render_report([doc], title="arnews report: twitter-welcomes-everyone"), encoding="utf-8")
    png = tmp_path / "report.png"
    r = _chrome([f"--screenshot={png}", "--window-size=1000,1400", page.as_uri()], tmp_path)
    assert png.exists(), r.stderr.decode(errors="replace")[-2000:]
    data = png.read_bytes()
    assert len(data) > 30_000  # a page full of text, not a blank one
    w, h, ch, px = decode_png(data)
    assert (w, h) == (1000, 1400)
    # the highlight colours are painted: platform entities, the quote background, a location
    assert _count_color(px, ch, ENTITY_COLORS["PLATFORM"]) > 300
    assert _count_color(px, ch, QUOTE_BG) > 300
    assert _count_color(px, ch, ENTITY_COLORS["LOC"]) > 50
    shot = Path(__file__).resolve().parent.parent / ".pytest_cache" / "report.png"
    shot.parent.mkdir(exist_ok=True)
    shot.write_bytes(data)  # kept for a human look

    dom = _chrome(["--dump-dom", page.as_uri()], tmp_path).stdout.decode("utf-8")
    assert "ent-PLATFORM" in dom and 'class="hl quote p0 first"' in dom and 'dir="rtl"' in dom
    assert html.escape("حرفياً مرحباً بالجميع") in dom or "حرفياً مرحباً بالجميع" in dom
