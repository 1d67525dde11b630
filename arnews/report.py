"""A self-contained HTML report: each article right-to-left with its extractions highlighted.

Entities (a colour per label), quantities, dates and times, and quotes are marked in the original
text; each quote and its speaker share a colour, the speaker links to the quote (anchor + title),
and the quote says who spoke. Structure (headline, dateline, captions, boilerplate) is styled too.
Spans may overlap in any way: the text is cut at every span boundary and the pieces nested, a span
that crosses another being closed and reopened around it. Inline CSS only, no script, no network.

    >>> from arnews.report import render_report
    >>> html = render_report([arnews.extract(text)])
"""
from __future__ import annotations

import html
from typing import Iterable, Optional, Sequence

import regex

from .records import Document

ENTITY_COLORS = {
    "PERSON": "#ffb3ba", "ORG": "#b9f2c6", "LOC": "#b3dcff", "PLATFORM": "#cdb9ff", "BRAND": "#ffd8a8",
    "MEDIA": "#f7c6e9", "WORK": "#e4f5a6", "EVENT": "#ffcf99", "MISC": "#dcdcdc",
}
ENTITY_NAMES = {
    "PERSON": "person", "ORG": "organization", "LOC": "place", "PLATFORM": "platform", "BRAND": "brand",
    "MEDIA": "media", "WORK": "work", "EVENT": "event", "MISC": "other",
}
QUANTITY_COLOR = "#0b7a56"
TEMPORAL_COLOR = "#c2187a"
QUOTE_BG = "#fff4c2"
#: quote/speaker pairs cycle through these (border under the quote, underline of its speaker)
PAIR_COLORS = ("#d62828", "#1d4ed8", "#2a9d8f", "#9333ea", "#e76f51", "#0f766e", "#b45309", "#be185d")

_PLACEHOLDER = "\x00ID\x00"
_CONTROL = regex.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff]")

CSS = """
*{box-sizing:border-box}
body{font-family:"Noto Naskh Arabic","Noto Sans Arabic","Amiri","DejaVu Sans","Segoe UI",Tahoma,Arial,sans-serif;
 margin:0;background:#f6f6f4;color:#1b1b1b;line-height:1.9}
header.top{position:sticky;top:0;background:#fff;border-bottom:1px solid #ddd;padding:.5rem 1rem;z-index:1}
header.top h1{font-size:1.05rem;margin:0 0 .3rem;font-family:system-ui,sans-serif}
.legend{display:flex;flex-wrap:wrap;gap:.35rem .8rem;font:13px/1.6 system-ui,sans-serif;margin:0;padding:0;list-style:none}
.legend li{white-space:nowrap}
main{max-width:62rem;margin:0 auto;padding:1rem}
section.doc{background:#fff;border:1px solid #e0e0e0;border-radius:6px;margin:0 0 1.5rem;padding:1rem 1.4rem}
.docid{font:12px/1.4 ui-monospace,monospace;color:#666;word-break:break-all;margin:0 0 .4rem}
.counts{font:12px/1.4 system-ui,sans-serif;color:#555;margin:0 0 .6rem}
.article{font-size:1.2rem;white-space:pre-wrap;overflow-wrap:anywhere;text-align:start}
.hl{border-radius:3px;padding:0 1px}
.ent{box-decoration-break:clone;-webkit-box-decoration-break:clone}
""" + "".join(f".ent-{k}{{background:{v}}}\n" for k, v in ENTITY_COLORS.items()) + f"""
.qty{{color:{QUANTITY_COLOR};font-weight:bold;border-bottom:2px solid {QUANTITY_COLOR}}}
.tmp{{color:{TEMPORAL_COLOR};font-weight:bold;border-bottom:2px dashed {TEMPORAL_COLOR}}}
.quote{{background:{QUOTE_BG};border-bottom:3px solid var(--pair);box-decoration-break:clone;-webkit-box-decoration-break:clone}}
.quote.first::before{{content:"\\201D" attr(data-n);font:bold 11px system-ui,sans-serif;color:var(--pair);
 vertical-align:super;unicode-bidi:isolate;direction:ltr;margin-inline-end:2px}}
a.spk,span.spk{{color:inherit;text-decoration:underline 3px var(--pair);text-underline-offset:5px;font-weight:bold}}
a.spk.first::after{{content:"\\2194" attr(data-n);font:bold 11px system-ui,sans-serif;color:var(--pair);
 vertical-align:super;unicode-bidi:isolate;direction:ltr;margin-inline-start:2px}}
.cue{{text-decoration:underline dotted 2px #555;text-underline-offset:5px}}
.headline{{font-size:1.45rem;font-weight:bold}}
.dateline{{font-weight:bold;color:#333}}
.caption{{color:#555;font-style:italic}}
.boiler{{color:#aaa;text-decoration:line-through}}
.metaline{{color:#777;font-size:.9em}}
""" + "".join(f".p{i}{{--pair:{c}}}\n" for i, c in enumerate(PAIR_COLORS)) + f"""
.sw{{display:inline-block;width:1.6em;height:1em;vertical-align:middle;border-radius:3px;margin-inline-end:.3em}}
table.items{{border-collapse:collapse;font-size:.95rem;margin:.6rem 0;width:100%}}
table.items th,table.items td{{border-bottom:1px solid #eee;padding:.15rem .5rem;text-align:start;vertical-align:top}}
table.items th{{font:bold 12px system-ui,sans-serif;color:#444}}
details{{margin:.4rem 0}} summary{{font:bold 13px system-ui,sans-serif;color:#333;cursor:pointer}}
nav.docs{{font:13px/1.6 system-ui,sans-serif}} nav.docs a{{word-break:break-all}}
.ltr{{direction:ltr;unicode-bidi:isolate}}
"""


def _esc(s: Optional[str]) -> str:
    return html.escape(_CONTROL.sub("\ufffd", s or ""), quote=True)


def legend_html() -> str:
    items = [f'<li><span class="sw ent-{k}"></span>{ENTITY_NAMES[k]} ({k})</li>' for k in ENTITY_COLORS]
    items += [
        '<li><span class="qty">123</span> quantity</li>',
        '<li><span class="tmp">2013</span> date / time</li>',
        f'<li><span class="quote p0" style="padding:0 .3em">“…”</span> quote '
        f'(<span class="spk p0" style="text-decoration:underline 3px {PAIR_COLORS[0]}">speaker</span>'
        f' in the same colour)</li>',
        '<li><span class="cue">cue</span> reporting verb</li>',
        '<li><span class="headline" style="font-size:1em">headline</span> · '
        '<span class="dateline">dateline</span> · <span class="caption">caption</span> · '
        '<span class="metaline">meta line</span> · '
        '<span class="boiler">boilerplate</span></li>',
    ]
    return '<ul class="legend">' + "".join(items) + "</ul>"


def page_head(title: str = "arnews report") -> str:
    return (f'<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width,initial-scale=1">'
            f"<title>{_esc(title)}</title><style>{CSS}</style></head>\n<body>\n"
            f'<header class="top"><h1>{_esc(title)}</h1>{legend_html()}</header>\n<main>\n')


def page_tail(ids: Sequence[str]) -> str:
    nav = ""
    if len(ids) > 1:
        links = "".join(f'<li><a href="#d{i}" dir="auto">{_esc(x)}</a></li>' for i, x in enumerate(ids))
        nav = f'<nav class="docs"><h2>Documents ({len(ids)})</h2><ol>{links}</ol></nav>\n'
    return f"{nav}</main>\n</body></html>\n"


# ----------------------------------------------------------------------------------------------

class _Mark:
    __slots__ = ("start", "end", "rank", "tag", "attrs", "cont_attrs")

    def __init__(self, start: int, end: int, rank: int, tag: str, attrs: str, cont_attrs: Optional[str] = None):
        self.start, self.end, self.rank, self.tag = start, end, rank, tag
        self.attrs = attrs                      # first piece (may carry an id, a badge)
        self.cont_attrs = cont_attrs if cont_attrs is not None else attrs  # pieces after a split


def _fmt_num(v) -> str:
    if v is None:
        return ""
    return f"{int(v):,}" if float(v).is_integer() and abs(v) < 1e15 else f"{v:,.6g}"


def _marks(doc: Document, pid: str) -> list[_Mark]:
    n = len(doc.text)
    marks: list[_Mark] = []

    def ok(x) -> bool:
        return x is not None and isinstance(x.start, int) and isinstance(x.end, int) and 0 <= x.start < x.end <= n

    # structure (outermost)
    for p in doc.paragraphs or ():
        if ok(p) and p.kind in ("headline", "dateline", "caption", "meta"):
            cls = {"meta": "metaline"}.get(p.kind, p.kind)
            marks.append(_Mark(p.start, p.end, 0, "span", f'class="{cls}" title="{p.kind}"'))
    meta = doc.meta
    if meta is not None:
        if ok(doc.headline):
            marks.append(_Mark(doc.headline.start, doc.headline.end, 0, "span", 'class="headline" title="headline"'))
        if ok(meta.dateline):
            d = meta.dateline
            t = "dateline" + "".join(f" · {k}: {v}" for k, v in (("place", d.place), ("source", d.source)) if v)
            marks.append(_Mark(d.start, d.end, 0, "span", f'class="dateline" title="{_esc(t)}"'))
        for c in meta.captions or ():
            if ok(c):
                t = "caption" + "".join(f" · {k}: {v}" for k, v in
                                        (("place", c.place), ("date", c.date), ("credit", c.credit)) if v)
                marks.append(_Mark(c.start, c.end, 0, "span", f'class="caption" title="{_esc(t)}"'))
        for b in meta.boilerplate or ():
            if ok(b):
                marks.append(_Mark(b.start, b.end, 0, "span", 'class="boiler" title="boilerplate"'))

    # quotes, their speakers and cues
    speakers: dict[tuple[int, int], list] = {}
    for i, q in enumerate(doc.quotes or (), 1):
        pair = f"p{(i - 1) % len(PAIR_COLORS)}"
        sp = q.speaker
        who = ""
        if sp is not None:
            who = sp.text + (f" → {sp.name or sp.entity_id}" if (sp.name or sp.entity_id) else "")
            if ok(sp):
                speakers.setdefault((sp.start, sp.end), []).append((i, pair, sp))
        if ok(q):
            title = _esc(f"quote {i} ({q.kind})" + (f" · speaker: {who}" if who else " · speaker unknown")
                         + (f" · cue: {q.cue.text}" if q.cue is not None else ""))
            marks.append(_Mark(q.start, q.end, 1, "span",
                               f'class="hl quote {pair} first" id="{pid}-q{i}" data-n="{i}" title="{title}"',
                               f'class="hl quote {pair}" title="{title}"'))
        if ok(q.cue):
            marks.append(_Mark(q.cue.start, q.cue.end, 2, "span", f'class="cue" title="{_esc(f"cue of quote {i}")}"'))
    for (s, e), refs in speakers.items():
        i, pair, sp = refs[0]
        nums = ", ".join(str(r[0]) for r in refs)
        res = sp.name or sp.entity_id
        title = _esc(f"speaker of quote{'s' if len(refs) > 1 else ''} {nums}" + (f" → {res}" if res else ""))
        marks.append(_Mark(s, e, 2, "a", f'class="spk {pair} first" href="#{pid}-q{i}" data-n="{nums}" '
                                         f'id="{pid}-s{i}" title="{title}"',
                           f'class="spk {pair}" href="#{pid}-q{i}" title="{title}"'))

    # entities, then numbers and dates (innermost)
    for e in doc.entities or ():
        if ok(e):
            label = e.label if e.label in ENTITY_COLORS else "MISC"
            title = " · ".join(x for x in (e.label, e.name, e.id, e.wikidata, e.source and f"by {e.source}") if x)
            marks.append(_Mark(e.start, e.end, 3, "span", f'class="hl ent ent-{label}" title="{_esc(title)}"'))
    for q in doc.quantities or ():
        if ok(q):
            if q.low is not None or q.high is not None:
                val = f"{_fmt_num(q.low)}–{_fmt_num(q.high)}"
            else:
                val = _fmt_num(q.value)
            bits = [q.kind, val, q.unit, q.counted.text if q.counted is not None else None, q.modifier]
            marks.append(_Mark(q.start, q.end, 4, "span",
                               f'class="qty" title="{_esc(" · ".join(str(b) for b in bits if b))}"'))
    for t in doc.temporals or ():
        if ok(t):
            marks.append(_Mark(t.start, t.end, 4, "span",
                               f'class="tmp" title="{_esc(" · ".join(x for x in (t.kind, t.value) if x))}"'))
    return marks


def render_text(doc: Document, pid: str = "d0") -> str:
    """The document's text as HTML with every mark nested properly (crossing spans are split)."""
    text = doc.text or ""
    marks = _marks(doc, pid)
    starts: dict[int, list[_Mark]] = {}
    bounds = {0, len(text)}
    for m in marks:
        starts.setdefault(m.start, []).append(m)
        bounds.add(m.start)
        bounds.add(m.end)
    for v in starts.values():
        v.sort(key=lambda m: (-m.end, m.rank))  # longest (outermost) first
    pos = sorted(bounds)
    out: list[str] = []
    stack: list[_Mark] = []
    anchors = 0  # open <a> elements: an <a> inside an <a> becomes a <span>
    opened: dict[int, str] = {}  # id(mark) -> tag used

    def open_(m: _Mark, first: bool) -> None:
        nonlocal anchors
        tag = m.tag
        if tag == "a" and anchors:
            tag = "span"
        if tag == "a":
            anchors += 1
        opened[id(m)] = tag
        out.append(f"<{tag} {m.attrs if first else m.cont_attrs}>")
        stack.append(m)

    def close_top() -> _Mark:
        nonlocal anchors
        m = stack.pop()
        tag = opened.pop(id(m))
        if tag == "a":
            anchors -= 1
        out.append(f"</{tag}>")
        return m

    for k, p in enumerate(pos):
        if any(m.end <= p for m in stack):
            reopen: list[_Mark] = []
            while any(m.end <= p for m in stack):
                m = close_top()
                if m.end > p:
                    reopen.append(m)
            for m in reversed(reopen):
                open_(m, False)
        for m in starts.get(p, ()):
            open_(m, True)
        if k + 1 < len(pos):
            out.append(_esc(text[p:pos[k + 1]]))
    while stack:
        close_top()
    return "".join(out)


def _items_html(doc: Document, pid: str) -> str:
    parts = []
    if doc.quotes:
        rows = []
        for i, q in enumerate(doc.quotes, 1):
            pair = f"p{(i - 1) % len(PAIR_COLORS)}"
            sp = q.speaker
            who = _esc(sp.text) if sp is not None else "<i>?</i>"
            if sp is not None and (sp.name or sp.entity_id):
                who += f' <span class="ltr" style="color:#666">→ {_esc(sp.name or sp.entity_id)}</span>'
            rows.append(f'<tr><td><a href="#{pid}-q{i}">{i}</a></td><td class="{pair}">'
                        f'<span class="spk {pair}">{who}</span></td>'
                        f'<td>{_esc(q.cue.text) if q.cue is not None else ""}</td><td>{_esc(q.text)}</td>'
                        f'<td class="ltr">{_esc(q.kind)}</td></tr>')
        parts.append(f'<details open><summary>Quotes ({len(doc.quotes)})</summary><table class="items" dir="rtl">'
                     f"<tr><th>#</th><th>speaker</th><th>cue</th><th>quote</th><th>kind</th></tr>"
                     + "".join(rows) + "</table></details>")
    if doc.entities:
        seen: dict[tuple, list] = {}
        for e in doc.entities:
            key = (e.label, e.id or e.name or e.text)
            seen.setdefault(key, []).append(e)
        rows = []
        for (label, key), es in sorted(seen.items(), key=lambda kv: (-len(kv[1]), kv[0])):
            e0 = es[0]
            forms = sorted({x.text for x in es})
            lab = label if label in ENTITY_COLORS else "MISC"
            rows.append(f'<tr><td><span class="hl ent ent-{lab}">{_esc(e0.name or e0.text)}</span></td>'
                        f'<td class="ltr">{_esc(label)}</td><td class="ltr">{_esc(e0.id or "")}'
                        f'{" · " + _esc(e0.wikidata) if e0.wikidata else ""}</td><td>{len(es)}</td>'
                        f'<td>{_esc("، ".join(forms))}</td></tr>')
        parts.append(f'<details><summary>Entities ({len(doc.entities)} mentions, {len(seen)} distinct)</summary>'
                     f'<table class="items" dir="rtl"><tr><th>name</th><th>label</th><th>id</th><th>mentions</th>'
                     f"<th>forms</th></tr>" + "".join(rows) + "</table></details>")
    nums = [(q.start, q) for q in doc.quantities or ()] + [(t.start, t) for t in doc.temporals or ()]
    if nums:
        rows = []
        for _, x in sorted(nums, key=lambda z: z[0]):
            if hasattr(x, "counted"):
                val = (f"{_fmt_num(x.low)}–{_fmt_num(x.high)}" if x.low is not None or x.high is not None
                       else _fmt_num(x.value))
                extra = " ".join(b for b in (x.unit, x.modifier) if b)
                cls = "qty"
            else:
                val, extra, cls = x.value or "", "", "tmp"
            rows.append(f'<tr><td><span class="{cls}">{_esc(x.text)}</span></td><td class="ltr">{_esc(x.kind)}'
                        f'</td><td class="ltr">{_esc(val)}</td><td>{_esc(extra)}</td></tr>')
        parts.append(f"<details><summary>Quantities and dates ({len(nums)})</summary>"
                     f'<table class="items" dir="rtl"><tr><th>text</th><th>kind</th><th>value</th><th>unit</th></tr>'
                     + "".join(rows) + "</table></details>")
    return "\n".join(parts)


def render_section(doc: Document) -> tuple[str, str]:
    """``(doc id, <section> HTML)``; the section's anchors carry a placeholder that
    :func:`number_section` replaces with the document's number in the page."""
    pid = _PLACEHOLDER
    meta = doc.meta
    bits = [f"{len(doc.entities or ())} entities", f"{len(doc.quantities or ())} quantities",
            f"{len(doc.temporals or ())} dates/times", f"{len(doc.quotes or ())} quotes"]
    if meta is not None and meta.reading_time_minutes:
        bits.insert(0, f"reading time {meta.reading_time_minutes} min")
    if meta is not None and meta.dateline is not None:
        d = meta.dateline
        bits.insert(0, "dateline " + " / ".join(x for x in (d.place, d.source) if x))
    doc_id = doc.id or "document"
    body = (f'<section class="doc" id="{pid}">\n<p class="docid" dir="auto">{_esc(doc_id)}</p>'
            f'<p class="counts">{_esc(" · ".join(bits))}</p>\n'
            f'<div class="article" dir="rtl" lang="ar">{render_text(doc, pid)}</div>\n'
            f"{_items_html(doc, pid)}\n</section>\n")
    return doc_id, body


def number_section(section: str, n: int) -> str:
    return section.replace(_PLACEHOLDER, f"d{n}")


def render_report(docs: Iterable[Document], title: str = "arnews report") -> str:
    """A whole report page for ``docs`` (the CLI streams the same pieces)."""
    parts, ids = [page_head(title)], []
    for i, doc in enumerate(docs):
        doc_id, section = render_section(doc)
        parts.append(number_section(section, i))
        ids.append(doc_id)
    parts.append(page_tail(ids))
    return "".join(parts)
