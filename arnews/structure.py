"""Article structure: headline, meta lines, captions, dateline, boilerplate and paragraphs.

Scraped news text comes as lines. This component walks them once and gives every non-blank line a
paragraph with a kind:

- ``headline``: the first line when it looks like a title (short, no sentence-final period, not
  several sentences) and is followed by a blank line or by meta lines. Running text, or sentence
  lines joined by single newlines (an NER corpus), gets no headline.
- ``meta``: reading time ("دقائق القراءة - 3", "3 دقائق للقراءة"), lines that are only scraped UI
  ("اقرأ أيضاً: ...", share buttons, "...المزيد"), repeated caption lines, and a scraped trailer that
  ends the last line ("رابط الخبر بصحيفة الوئام: <title>", the writer's other titles), split off from the
  body but not blocked: the names in it are text.
- ``caption``: photo captions ending in a credit ("... وارسو، 27 سبتمبر 2013 - REUTERS",
  "(تصوير: ...)"), with place, ISO date and credit.
- ``dateline``: a standalone dateline line before the body ("دبي-الشرق", "الرياض - واس").
  A dateline that opens the first body paragraph ("القاهرة: ...", "سبق- الرياض: ...",
  "لندن (رويترز) - ...") goes to ``meta.dateline``; its paragraph stays ``body``.
- ``body``: everything else.

Boilerplate (UI strings glued to text such as "time reading icon", UI-only lines, repeated lines) goes
to ``meta.boilerplate`` and to ``ctx.block`` so no extraction runs there; reading-time lines are blocked
too (their number is not a quantity of the story). All language data is in ``data/structure.json``.
"""
from __future__ import annotations

import datetime as _dt
import json
import re
from functools import lru_cache
from pathlib import Path

import regex

from .records import Caption, Dateline, Paragraph, Span, construct, constructor
from .text import normalize

DATA_FILE = Path(__file__).resolve().parent / "data" / "structure.json"

#: Characters trimmed from both ends of a line: whitespace, no-break spaces, bidi and zero-width marks.
_TRIM = ("".join(chr(c) for c in range(0x110000) if chr(c).isspace())
         + "\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064"
           "\u2066\u2067\u2068\u2069\ufeff\u061c\u00ad")
_NEWLINE = regex.compile(r"\r\n|[\n\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e]")
_EXOTIC_NEWLINE_CHARS = "\r\u2028\u2029\x85\x0b\x0c\x1c\x1d\x1e"
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹", "01234567890123456789")
_D = "[0-9\u0660-\u0669\u06f0-\u06f9]"
_MARKS = "[\u064b-\u0652\u0670\u0640]*"

_PUNCT = r"\s*•·\-–—.:|()\[\]«»\"'“”"
_FIRST_WORD = regex.compile(f"[{_PUNCT}]*([^{_PUNCT}]+)")
_NUMDATE = regex.compile(f"(?<!{_D})(?P<y>{_D}{{4}})[-/.](?P<m>{_D}{{1,2}})[-/.](?P<d>{_D}{{1,2}})(?!{_D})"
                         f"|(?<!{_D})(?P<d2>{_D}{{1,2}})[-/.](?P<m2>{_D}{{1,2}})[-/.](?P<y2>{_D}{{4}})(?!{_D})")
_YEAR = regex.compile(f"(?<!{_D}){_D}{{4}}(?!{_D})")
_TOKEN = regex.compile(r"[^\W\d_]+|\d+")

#: Longest headline we accept, and the most words.
HEADLINE_MAX_CHARS = 200
HEADLINE_MAX_WORDS = 30
#: Captions longer than this are running text.
CAPTION_MAX_CHARS = 400
#: A standalone dateline line is short.
DATELINE_MAX_CHARS = 60
#: Longest line read as a UI line opened by a UI prefix ("اقرأ أيضاً: ...").
UI_PREFIX_MAX_CHARS = 300
#: A caption's credit tail holds one of these (a dash, a bar, a slash, a bracket, a colon, a dot); the
#: standard library's ``re`` finds one about 3x faster than a test per character.
_CREDIT_SEPARATOR = re.compile(r"[-–—|/)：:.]")


def _loose(s: str) -> str:
    """A regex for ``s`` tolerant of alef/hamza, yeh/alef maksura, teh marbuta, diacritics and spacing."""
    out = []
    for ch in s:
        if ch in "اأإآٱ":
            out.append("[اأإآٱ]")
        elif ch in "يى":
            out.append("[يىئ]")
        elif ch in "ةه":
            out.append("[ةه]")
        elif ch == " ":
            out.append(r"[\s\u00a0]+")
            continue
        elif ch == ".":
            out.append(r"\.?\s*")
            continue
        else:
            out.append(regex.escape(ch))
        if "\u0600" <= ch <= "\u06ff":
            out.append(_MARKS)
    return "".join(out)


def _case_variants(words) -> tuple:
    return tuple(sorted({v for w in words for v in (w.lower(), w.capitalize(), w.upper(), w)}))


def _alt(items) -> str:
    return "|".join(_loose(x) for x in sorted(set(items), key=len, reverse=True))


class _Data:
    """Compiled language data (built once, on first use)."""

    def __init__(self, path: Path = DATA_FILE):
        d = json.loads(path.read_text(encoding="utf-8"))
        I = regex.IGNORECASE | regex.V0
        self.ui_glued = regex.compile(_alt(d["ui_glued"]), I)
        sep = r"[\s\u00a0|•·\-–—:/،,.]*"
        ui_item = f"(?:{_alt(d['ui_lines'])})"
        share_item = f"(?:{_alt(d['share_targets'])})"
        # a line made only of UI items (share buttons count when there are two or more items)
        self.ui_line = regex.compile(f"{sep}{ui_item}(?:{sep}(?:{ui_item}|{share_item}))*{sep}", I)
        self.share_line = regex.compile(f"{sep}{share_item}(?:{sep}{share_item})+{sep}", I)
        self.ui_prefix = regex.compile(f"[\\s\u00a0*•\\-–—]*(?:{_alt(d['ui_prefix_lines'])})(?![\\w])", I)
        # a trailer opener at the line start or after a space or a sentence end: "رابط الخبر بصحيفة الوئام:"
        # (a colon within three words), "مقالات أخرى للكاتب" (the titles follow glued: للكاتبهل ...)
        tr = d["trailers"]
        self.trailer = regex.compile(
            f"(?<=^|[\\s\u00a0.!?؟…:»\"”)\\]])(?:(?:{_alt(tr['link'])})(?:[\\s\u00a0]+[^\\s\u00a0:]+){{0,3}}\\s*[:：]"
            f"|(?:{_alt(tr['more'])}))", I)
        self.trailer_anchors = tuple({x.split()[0] for x in tr["link"] + tr["more"]})

        rt = d["reading_time"]
        self.rt_words = {normalize(k): v for k, v in rt["words"].items()}
        n = f"(?P<n>{_D}{{1,3}})"
        w = f"(?P<w>{_alt(rt['words'])})"
        self.reading_time = regex.compile(
            "|".join(f"(?:{p.replace('{N}', n).replace('{W}', w)})" for p in rt["patterns"]), I)

        months = d["months"]
        self.months = {normalize(k): v for k, v in months.items()}
        m_alt = _alt(months)
        self.first_words = {self.first_key(x) for x in d["ui_lines"] + d["share_targets"]}
        self.prefix_first_words = {self.first_key(x) for x in d["ui_prefix_lines"]}
        self.list_headers = {_header_key(x) for x in d["list_headers"]}
        self.ui_line_max = 2 * max(len(x) for x in d["ui_lines"] + d["share_targets"]) + 40
        #: no longer line is boilerplate (a UI line or one opened by a UI prefix)
        self.boilerplate_max = max(self.ui_line_max, UI_PREFIX_MAX_CHARS)

        credit = f"(?:{_alt(d['credits'])})(?![\\w])(?:\\s*/\\s*[^/()\\n]{{1,40}})?"
        prefixes = _alt(d["credit_prefixes"])
        prefixed = f"(?P<pre>{prefixes})\\s*[:：]\\s*[^:()\\n]{{1,40}}"
        #: the whole credit: "REUTERS", "AFP/Getty Images", "رويترز/ فلان", "تصوير: فلان"
        self.credit = regex.compile(f"\\s*(?:{credit}|{prefixed})\\s*", I)
        #: "تصوير" just before a colon (the credit follows the colon)
        self.credit_prefix_end = regex.compile(f"(?:^|[\\s(])(?:{prefixes})\\s*$", I)
        # cheap substring tests that rule a document or line out before any regex runs
        self.glued_anchors = _case_variants({x.split()[-1] for x in d["ui_glued"]})
        self.rt_anchors = _case_variants(rt["anchors"])

        self.sources = {normalize(x) for x in d["sources"]}
        self.places = {normalize(x) for x in d["places"]}
        self.fillers = {normalize(x) for x in d["dateline_fillers"]}
        self.clause_words = {normalize(x) for x in d["caption_clause_words"]}

        word = r"[^\W\d_\u0640][^\W\d_]*"
        # a segment: up to four words (reporters' names may be listed with commas: "بدر العتيبي، عبدالله البرقاوي")
        seg = f"{word}(?:(?:[ \u00a0]|\\s*[،,]\\s*){word}){{0,3}}(?:\\s*\\([^()\\n]{{1,25}}\\))?"
        dash = r"\s*[-ـ–—]\s*"
        src_alt = _alt(d["sources"])
        # "سبق- الرياض:", "القاهرة: ", "أحمد علي- سبق- القاهرة:"
        # an interview credit may open it: "حوار: شقران الرشيدي- سبق- الرياض:", "حاوره : فلان - سبق :"
        lead = f"(?:(?:{_alt(d['dateline_leads'])})\\s*[:：/]\\s*)?"
        self.dl_colon = regex.compile(f"{lead}(?P<dl>{seg}(?:{dash}{seg}){{0,3}})\\s*[:：]\\s*(?=\\S)", I)
        # "لندن (رويترز) - ", "الرياض 15 يوليو (واس) -"
        self.dl_paren = regex.compile(
            f"(?P<dl>(?P<place>{seg}?)(?:\\s+{_D}{{1,2}}\\s+(?:{m_alt})(?:\\s+{_D}{{4}})?)?\\s*"
            f"\\(\\s*(?P<src>{src_alt})\\s*\\))\\s*[-–—ـ:]", I)
        # "لندن - رويترز - ...", "الرياض - واس أعلنت ..." (the source must be a known one)
        self.dl_dash = regex.compile(
            f"(?P<dl>(?P<place>{seg}?){dash}(?P<src>{src_alt}))(?=\\s*[-–—ـ:،,]|\\s*$|\\s+\\S)", I)
        # a whole line: "دبي-الشرق", "الرياضي ـ جدة", "محمود وهبي ـ جدة", "لندن (رويترز)"
        self.dl_line = regex.compile(f"{seg}(?:{dash}{seg}){{1,2}}", I)
        self.dl_line_paren = regex.compile(f"{seg}\\s*\\(\\s*(?:{src_alt})\\s*\\)", I)
        self.dashes = "-ـ–—"
        self.dash_split = regex.compile(dash)
        self.paren = regex.compile(r"\s*\([^()]*\)\s*")
        # a full stop followed by more text (not "..", not after an abbreviation such as "د." or "أ.د.")
        self.sentence_break = regex.compile(r"(?<!(?:^|[.\s])[^\W\d_]{1,2}|\.)\.(?!\.)\s+\S")
        self.html_entity_end = regex.compile(r"&(?:[a-zA-Z]{2,8}|#[0-9]{2,6});$")
        self.final_period = regex.compile(r"(?<!\.)\.[\s\"'»”’)\]]*$")
        self.letter = regex.compile(r"[^\W\d_]")

    @staticmethod
    def first_key(t: str):
        m = _FIRST_WORD.match(t)
        return normalize(m.group(1)) if m else None


@lru_cache(maxsize=1)
def data() -> _Data:
    return _Data()


def _construct(cls, **fields):
    return construct(cls, fields)


_new_paragraph = constructor(Paragraph)  # every field given: one per line, the most records made here


def _to_int(s: str) -> int:
    return int(s.translate(_DIGITS))


def _iso(y: int, m: int, d: int):
    try:
        return _dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def _header_key(t: str) -> str:
    """A UI line's text as ``list_headers`` keys it: normalized, without its colon and edge marks."""
    return normalize(t.strip(" \u00a0\t:：-–—*•|")).lower()


def _last_separator(s: str, lo: int, hi: int) -> int:
    """Where the last dash, bar or slash of ``s[lo:hi]`` is (-1: none): a caption's credit follows one."""
    return max(s.rfind("-", lo, hi), s.rfind("–", lo, hi), s.rfind("—", lo, hi), s.rfind("|", lo, hi), s.rfind("/", lo, hi))


class _Line:
    __slots__ = ("start", "end", "text", "kind", "glued", "caption", "rt", "trail")

    def __init__(self, start: int, end: int, text: str):
        self.start, self.end, self.text = start, end, text
        self.kind = None          # None (text), "meta", "caption", "boilerplate"
        self.glued = []           # [(start, end)] UI strings inside the line (absolute offsets)
        self.caption = None       # Caption record
        self.rt = None            # reading time minutes
        self.trail = None         # where a scraped trailer starts (absolute), when it ends this line


class Structure:
    name = "structure"
    requires = ()
    provides = ("paragraphs", "headline", "meta")

    def __init__(self, **options):
        self.data = data()

    # --- lines -------------------------------------------------------------------------------

    def _lines(self, text: str) -> list:
        """Non-blank lines with their trimmed offsets; a run of blank lines leaves one None marker."""
        out: list = []
        trim = _TRIM
        if not any(c in text for c in _EXOTIC_NEWLINE_CHARS):
            pos = 0
            for raw in text.split("\n"):
                t = raw.strip(trim)
                if t:
                    ls = pos + (len(raw) - len(raw.lstrip(trim)))
                    out.append(_Line(ls, ls + len(t), t))
                elif out and out[-1] is not None:
                    out.append(None)
                pos += len(raw) + 1
            return out
        pos = 0
        for m in _NEWLINE.finditer(text):
            self._add_line(text, pos, m.start(), out, trim)
            pos = m.end()
        self._add_line(text, pos, len(text), out, trim)
        return out

    @staticmethod
    def _add_line(text, s, e, out, trim):
        raw = text[s:e]
        t = raw.strip(trim)
        if not t:
            if out and out[-1] is not None:
                out.append(None)
            return
        ls = s + (len(raw) - len(raw.lstrip(trim)))
        out.append(_Line(ls, ls + len(t), t))

    # --- per-line classification ---------------------------------------------------------------

    def _classify(self, ln: _Line, glued: bool, rt: bool, captions: dict) -> None:
        """Sets ``ln.kind``; ``glued``/``rt`` say whether the document can hold glued UI strings or a
        reading time at all; ``captions`` caches the captions met so far by line text."""
        D = self.data
        t = ln.text
        if glued and any(a in t for a in D.glued_anchors) and D.ui_glued.search(t) is not None:
            ln.glued = [(ln.start + m.start(), ln.start + m.end()) for m in D.ui_glued.finditer(t)]
        # the first word (a regex and a normalization) is read only where a boilerplate line can be
        w0 = D.first_key(t) if len(t) <= D.boilerplate_max else None
        if w0 is not None and (
                (w0 in D.first_words and len(t) <= D.ui_line_max
                 and (D.ui_line.fullmatch(t) or D.share_line.fullmatch(t)))
                or (w0 in D.prefix_first_words and len(t) <= UI_PREFIX_MAX_CHARS and D.ui_prefix.match(t))):
            ln.kind = "boilerplate"
            return
        # reading time: the line is reading time, UI strings and separators only
        if rt and len(t) <= 120 and any(a in t for a in D.rt_anchors):
            m = D.reading_time.search(t)
            if m is not None:
                rest = t[:m.start()] + " " + t[m.end():]
                for s, e in ln.glued:
                    rest = rest.replace(t[s - ln.start:e - ln.start], " ")
                if D.letter.search(rest) is None:
                    minutes = None
                    if m.group("n"):
                        minutes = _to_int(m.group("n"))
                    elif m.group("w"):
                        minutes = D.rt_words.get(normalize(regex.sub(r"\s+", " ", m.group("w"))), None)
                    ln.kind, ln.rt = "meta", minutes
                    return
        if len(t) <= CAPTION_MAX_CHARS:
            if t in captions:       # a repeated caption line: same reading, no second parse
                ln.kind, ln.caption = "caption", captions[t]
                return
            cap = self._caption(ln)
            if cap is not None:
                ln.kind, ln.caption = "caption", cap
                captions[t] = cap

    def _trailer(self, ln: _Line) -> None:
        """Marks the scraped trailer that ends the last line ("رابط الخبر بصحيفة الوئام: <title>", the
        writer's other titles): its own meta paragraph, so no sentence or quote of the body runs into it,
        but not boilerplate: the annotators mark the names in it (a title repeated there is text)."""
        D = self.data
        t = ln.text
        if not any(a in t for a in D.trailer_anchors):
            return
        m = D.trailer.search(t)
        if m is None:
            return
        ln.trail = ln.start + m.start()
        if m.start() == 0:
            ln.kind = "trailer"

    def _credit_tail(self, t: str):
        """(where the credit part starts, the credit, whether it is "تصوير: ..."), or None."""
        D = self.data
        s = t.rstrip(_TRIM)
        lo = max(0, len(s) - 64)
        tail = s[lo:]
        if _CREDIT_SEPARATOR.search(tail) is None:
            return None
        if s.endswith(")"):
            k = s.rfind("(", lo)
            if k >= 0:
                m = D.credit.fullmatch(s, k + 1, len(s) - 1)
                if m is not None:
                    return k, s[k + 1:-1].strip(), m.group("pre") is not None
        k = len(s)
        while k > lo:
            k = max(_last_separator(s, lo, k), s.rfind(". ", lo, k))
            if k < 0:
                break
            m = D.credit.fullmatch(s, k + 1)
            if m is not None:
                if s[k] == "." and self._find_date(s[:k]) is None:
                    continue         # "... 2018. REUTERS/..." only: after a date
                k, m = self._widest_credit(s, lo, k, m)
                return k, s[k + 1:].strip(), m.group("pre") is not None
        k = max(s.rfind(":", lo), s.rfind("：", lo))
        if k > 0:
            pm = D.credit_prefix_end.search(s, max(0, k - 24), k)
            cred = s[k + 1:].strip()
            if pm is not None and 0 < len(cred) <= 40:
                j = pm.start() + (1 if s[pm.start()] in " \t(\u00a0" else 0)
                return j, s[j:].strip(), True
        return None

    def _widest_credit(self, s: str, lo: int, k: int, m):
        """The credit found after ``s[k]``, widened over the separators before it while the wider tail
        is still a credit: "- AFP/Getty Images" is one credit, not "Getty Images"."""
        while k > lo:
            j = _last_separator(s, lo, k)
            wider = self.data.credit.fullmatch(s, j + 1) if j >= 0 else None
            if wider is None:
                break
            k, m = j, wider
        return k, m

    def _known_place_after_in(self, before: str):
        """The known place that ends a caption's words after "في" ("مقر الشركة في الظهران، 12 مارس
        2019", "... في البيت الأبيض بواشنطن"): captions without a comma before the date name the place so."""
        k = before.rfind(" في ")
        seg = before[k + 4:].strip(" \u00a0\t-–—") if k >= 0 else ""
        if seg and len(seg.split()) <= 3 and normalize(seg) in self.data.places:
            return seg
        last = seg.split()[-1] if seg else ""
        if last[:1] == "ب" and normalize(last[1:]) in self.data.places:
            return last[1:]          # في البيت الأبيض بواشنطن
        return None

    def _caption(self, ln: _Line):
        D = self.data
        t = ln.text
        found = self._credit_tail(t)
        if found is None:
            return None
        k, credit, prefixed = found
        prefix = t[:k].rstrip(" \u00a0\t،,-–—:(")
        if prefix:
            if len(prefix.split()) < 2 and not prefixed:
                return None          # "دبي - رويترز" is a dateline, not a caption
            if prefix[-1] in ".!?؟;؛" and not prefix.endswith(".."):
                return None          # a sentence with a trailing agency tag, not a caption
            if len(D.sentence_break.findall(prefix)) > 1:
                return None
            if D.letter.search(prefix) is None:
                return None
        elif not prefixed:
            return None              # a bare "(رويترز)" line is a source tag, not a caption
        date = place = None
        found_date = self._find_date(prefix) if prefix else None
        if found_date is not None:
            ds, date = found_date
            before = prefix[:ds].rstrip(" \u00a0\t،,-–—")
            place = self._place(before, require_comma=True)
        elif prefix:
            if any(normalize(w) in D.clause_words for w in prefix.split()):
                return None          # "وقال المتحدث إن ... (رويترز)": a sentence tagged with its agency
            place = self._place(prefix, require_comma=True, known_only=True)
        if prefixed:
            credit = credit.split(":", 1)[-1].split("：", 1)[-1].strip(" )")
        return _construct(Caption, text=t, start=ln.start, end=ln.end, place=place, date=date, credit=credit)

    def _place(self, before: str, require_comma: bool, known_only: bool = False):
        D = self.data
        k = max(before.rfind("،"), before.rfind(","))
        if k < 0 and require_comma:
            return self._known_place_after_in(before)
        seg = before[k + 1:].strip(" \u00a0\t-–—")
        if not seg or len(seg.split()) > 3 or any(c.isdigit() for c in seg) or D.letter.search(seg) is None:
            return self._known_place_after_in(seg) if require_comma else None
        if known_only and normalize(seg) not in D.places:
            return None
        return seg

    def _find_date(self, t: str):
        """(start, ISO date) of the last date in ``t``: "27 سبتمبر 2013", "27 سبتمبر/أيلول 2013",
        "September 27, 2013", "2013-09-27", "27/09/2013", "سبتمبر 2013" (-> 2013-09); else None."""
        ym = None
        for ym in _YEAR.finditer(t, max(0, len(t) - 80)):
            pass
        if ym is None:
            return None
        nm = None
        for nm in _NUMDATE.finditer(t, max(0, ym.start() - 6)):
            pass
        if nm is not None:
            g = nm.groupdict()
            y, mo, d = (g["y"], g["m"], g["d"]) if g["y"] else (g["y2"], g["m2"], g["d2"])
            iso = _iso(_to_int(y), _to_int(mo), _to_int(d))
            if iso:
                return nm.start(), iso
        y = _to_int(ym.group())
        toks = [(m.start(), m.group()) for m in _TOKEN.finditer(t, max(0, ym.start() - 48), ym.start())]
        months = self.data.months
        i = len(toks) - 1
        day = None
        if i >= 0 and toks[i][1].translate(_DIGITS).isdigit() and len(toks[i][1]) <= 2:
            day, i = toks[i], i - 1            # "September 27, 2013"
        mon, start = None, None
        if i >= 1 and normalize(toks[i - 1][1] + " " + toks[i][1]) in months:
            mon, start, i = months[normalize(toks[i - 1][1] + " " + toks[i][1])], toks[i - 1][0], i - 2
        elif i >= 0 and normalize(toks[i][1]) in months:
            mon, start, i = months[normalize(toks[i][1])], toks[i][0], i - 1
        if mon is None:
            return None
        if day is None:
            # "27 سبتمبر/أيلول 2013": a second month name, then the one before it
            for width in (2, 1):
                if i - width + 1 >= 0:
                    key = normalize(" ".join(x[1] for x in toks[i - width + 1:i + 1]))
                    if key in months:
                        mon, start, i = months[key], toks[i - width + 1][0], i - width
                        break
            if i >= 0 and toks[i][1].translate(_DIGITS).isdigit() and len(toks[i][1]) <= 2:
                day, start = toks[i], toks[i][0]
        if day is None:
            return start, f"{y:04d}-{mon:02d}"
        iso = _iso(y, mon, _to_int(day[1]))
        return (start, iso) if iso else None

    # --- datelines -----------------------------------------------------------------------------

    def _split_source_place(self, seg: str) -> list:
        """["سبق", "أبها"] for "سبق أبها" (a source and a known place with no dash between them, as in
        "سبق ابها :", "فهد العتيبي - سبق الطائف:"); else [seg]."""
        D = self.data
        parts = seg.strip().split(None, 1)
        if len(parts) == 2 and normalize(parts[0]) in D.sources and normalize(parts[1]) in D.places:
            return parts
        return [seg]

    def _resolve_segments(self, segs: list, colon: bool):
        """(place, source) from dateline segments, or None when they do not read as a dateline."""
        D = self.data
        segs = [x for s in segs for x in self._split_source_place(s)]
        kinds = []
        for s in segs:
            key = normalize(D.paren.sub(" ", s).strip())
            key2 = normalize(s.strip())
            if key in D.places:
                kinds.append("P")
            elif key in D.sources or key2 in D.sources:
                kinds.append("S")
            elif key in D.fillers:
                kinds.append("F")
            else:
                kinds.append("U")
        if "P" not in kinds and "S" not in kinds:
            return None
        if len(segs) == 1 and not colon:
            return None
        place = source = None
        if "S" in kinds:
            i = kinds.index("S")
            source = segs[i].strip()
            before, after = kinds[:i], kinds[i + 1:]
            if "S" in after:
                after = after[:after.index("S")]
            if len(after) > 2 or "P" in before and after:
                return None
            if "P" in after:
                place = segs[i + 1 + after.index("P")]
            elif after and after[-1] == "U":
                place = segs[i + len(after)]              # "سبق- بلقرن", "رويترز- الصخيرات (المغرب)"
            elif "P" in before:
                place = segs[before.index("P")]           # "الرياض - واس"
            elif len(segs) == 2 and i == 1 and len(segs[0].split()) == 1:
                place = segs[0]                           # "دبي-الشرق": place-source
            # the other segments before the source are the reporters' names
        else:
            if kinds.count("P") > 1 or kinds.count("U") > 1 or kinds[-1] != "P":
                return None                               # "محمود وهبي ـ جدة", "القاهرة:"
            place = segs[-1]
        if place is not None:
            place = D.paren.sub(" ", place).strip() or None
        return place, source

    def _dateline_line(self, ln: _Line):
        D = self.data
        t = ln.text
        if len(t) > DATELINE_MAX_CHARS:
            return None
        has_dash = any(c in t for c in D.dashes)
        if has_dash:
            if not D.dl_line.fullmatch(t):
                return None
        elif "(" not in t or not D.dl_line_paren.fullmatch(t):
            return None
        if not has_dash:
            pm = D.dl_paren.match(t + " -")
            if pm is None:
                return None
            place = D.paren.sub(" ", pm.group("place")).strip() or None
            return _construct(Dateline, text=t, start=ln.start, end=ln.end, place=place,
                                            source=pm.group("src").strip())
        segs = D.dash_split.split(t)
        r = self._resolve_segments(segs, colon=False)
        if r is None:
            return None
        return _construct(Dateline, text=t, start=ln.start, end=ln.end, place=r[0], source=r[1])

    def _lone_dateline(self, ln: _Line):
        """A line that is only a known source ("الشرق") or place, under a site's meta lines and
        captions: the dateline of an article that names no place or no source."""
        D = self.data
        key = normalize(ln.text.strip())
        if key in D.sources:
            return _construct(Dateline, text=ln.text, start=ln.start, end=ln.end, place=None, source=ln.text.strip())
        if key in D.places:
            return _construct(Dateline, text=ln.text, start=ln.start, end=ln.end, place=ln.text.strip(), source=None)
        return None

    def _dateline_prefix(self, ln: _Line):
        D = self.data
        t = ln.text
        endpos = min(len(t), 120)
        m = D.dl_paren.match(t, 0, endpos)
        if m is not None:
            place = D.paren.sub(" ", m.group("place")).strip()
            if place and len(place.split()) <= 3:
                dl = m.group("dl")
                return _construct(Dateline, text=dl, start=ln.start, end=ln.start + len(dl),
                                                place=place, source=m.group("src").strip())
        m = D.dl_colon.match(t, 0, endpos)
        if m is not None:
            dl = m.group("dl")
            r = self._resolve_segments(D.dash_split.split(dl), colon=True)
            if r is not None:
                s = ln.start + m.start("dl")
                return _construct(Dateline, text=dl, start=s, end=s + len(dl), place=r[0], source=r[1])
        m = D.dl_dash.match(t, 0, endpos)
        if m is not None:
            place = m.group("place")
            r = self._resolve_segments([place, m.group("src")], colon=False)
            if r is not None and r[0] is not None:
                dl = m.group("dl")
                return _construct(Dateline, text=dl, start=ln.start, end=ln.start + len(dl),
                                                place=r[0], source=r[1])
        return None

    def _lead_in(self, ln: _Line) -> bool:
        """A line that can stand before the dateline: a row of highlights opened by a bullet dash
        ("- قال فلان: ... - ..." in sabq interviews) or a subtitle (short, no final period)."""
        t = ln.text
        return t[0] in "-–—ـ•·*" or self._title_like(t)

    # --- headline ------------------------------------------------------------------------------

    def _list_items(self, lines: list) -> None:
        """The short title-like lines right under a list header (اقرأ أيضاً: alone on its line, أخبار ذات
        صلة، شارك هذا المقال then the tags), up to a blank line, are the list's items: boilerplate."""
        headers = self.data.list_headers
        under = False
        for ln in lines:
            if ln is None:
                under = False
            elif ln.kind == "boilerplate":
                under = _header_key(ln.text) in headers
            elif under and ln.kind is None and self._title_like(ln.text):
                ln.kind = "boilerplate"
            else:
                under = False

    def _title_like(self, t: str) -> bool:
        D = self.data
        if len(t) > HEADLINE_MAX_CHARS or len(t.split()) > HEADLINE_MAX_WORDS:
            return False
        if D.letter.search(t) is None:
            return False
        if t[-1] == ";" and D.html_entity_end.search(t):
            t = t[:t.rfind("&")].rstrip() or "x"   # a scraped title ending in &quot;
        if D.final_period.search(t) or t[-1] in ":：;؛,،":
            return False
        if D.sentence_break.search(t):
            return False
        return True

    # --- the component -------------------------------------------------------------------------

    def __call__(self, doc, ctx) -> None:
        text = doc.text
        if not text or not text.strip(_TRIM):
            return
        lines = self._lines(text)
        real = [x for x in lines if x is not None]
        D = self.data
        glued = any(a in text for a in D.glued_anchors)
        rt = any(a in text for a in D.rt_anchors)
        cache: dict = {}
        for ln in real:
            self._classify(ln, glued, rt, cache)
        if len(real) > 1 and real[-1].kind is None:
            self._trailer(real[-1])
        self._list_items(lines)

        meta = doc.meta
        boiler: list = []
        blocked: list = []
        kinds: dict = {}

        # the top zone: headline, meta lines, captions, standalone dateline, until the first body line
        n = len(lines)
        first, i = lines[0], 0
        dateline = None
        if first.kind in (None, "caption"):
            dl = self._dateline_line(first)
            if dl is not None:
                dateline = dl
                kinds[id(first)] = "dateline"
            elif first.kind is None and self._title_like(first.text):
                j = i + 1
                nxt = lines[j] if j < n else None
                ok = False
                if nxt is None:
                    ok = j + 1 < n            # a blank line, then more text
                elif nxt.kind in ("meta", "caption", "boilerplate", "trailer"):
                    ok = True
                elif self._dateline_line(nxt) is not None:
                    ok = True
                if ok:
                    kinds[id(first)] = "headline"
                    doc.headline = _construct(Span, text=first.text, start=first.start, end=first.end)
        # walk on through the top zone
        first_body = None
        after_meta = False
        for ln in real:
            k = kinds.get(id(ln))
            if k is not None:
                continue
            if dateline is None and ln.kind in (None, "caption"):
                dl = self._dateline_line(ln) or (self._lone_dateline(ln) if after_meta and ln is not real[-1] else None)
                if dl is not None:   # "مكة المكرمة - واس" reads as a caption credit too
                    dateline = dl
                    kinds[id(ln)] = "dateline"
                    continue
            if ln.kind is not None:
                after_meta = True
                continue
            first_body = ln
            break
        if dateline is None and first_body is not None:
            dateline = self._dateline_prefix(first_body)
            if dateline is None and self._lead_in(first_body):
                k = real.index(first_body) + 1
                nxt = real[k] if k < len(real) else None
                if nxt is not None and nxt.kind is None:
                    dateline = self._dateline_line(nxt)
                    if dateline is not None:
                        kinds[id(nxt)] = "dateline"
                    else:
                        dateline = self._dateline_prefix(nxt)
        meta.dateline = dateline

        # paragraphs, captions, boilerplate
        seen_captions: set = set()
        prev_text = None
        for ln in real:
            kind = kinds.get(id(ln))
            for s, e in ln.glued:
                boiler.append(_construct(Span, text=text[s:e], start=s, end=e))
                blocked.append((s, e))
            if kind is None:
                if ln.kind == "boilerplate":
                    kind = "meta"
                    boiler.append(_construct(Span, text=ln.text, start=ln.start, end=ln.end))
                    blocked.append((ln.start, ln.end))
                elif ln.kind == "trailer":
                    kind = "meta"             # not blocked: see _trailer
                elif ln.kind == "meta":
                    kind = "meta"
                    if meta.reading_time_minutes is None and ln.rt is not None:
                        meta.reading_time_minutes = ln.rt
                    blocked.append((ln.start, ln.end))
                elif ln.kind == "caption":
                    if ln.text in seen_captions:
                        kind = "meta"
                        boiler.append(_construct(Span, text=ln.text, start=ln.start, end=ln.end))
                        blocked.append((ln.start, ln.end))
                    else:
                        kind = "caption"
                        seen_captions.add(ln.text)
                        meta.captions.append(ln.caption)
                elif prev_text is not None and ln.text == prev_text and len(ln.text) >= 20:
                    kind = "meta"             # a line repeated verbatim right after itself
                    boiler.append(_construct(Span, text=ln.text, start=ln.start, end=ln.end))
                    blocked.append((ln.start, ln.end))
                else:
                    kind = "body"
            prev_text = ln.text
            s, e = ln.start, ln.end
            if kind == "body" and ln.glued:
                # leave UI strings glued at the edges out of the paragraph
                for gs, ge in ln.glued:
                    if gs <= s < ge:
                        s = ge
                for gs, ge in reversed(ln.glued):
                    if gs < e <= ge:
                        e = gs
                seg = text[s:e]
                stripped = seg.strip(_TRIM)
                if not stripped:
                    kind = "meta"
                    s, e = ln.start, ln.end
                else:
                    s += len(seg) - len(seg.lstrip(_TRIM))
                    e = s + len(stripped)
            if kind == "body" and ln.trail is not None and s < ln.trail < e:
                head = text[s:ln.trail].rstrip(_TRIM)
                if head:
                    doc.paragraphs.append(_new_paragraph(
                        {"text": head, "start": s, "end": s + len(head), "kind": "body"}))
                s, kind = ln.trail, "meta"
            doc.paragraphs.append(_new_paragraph({"text": text[s:e], "start": s, "end": e, "kind": kind}))

        if boiler:
            boiler.sort(key=lambda b: b.start)
            meta.boilerplate.extend(boiler)
        for s, e in blocked:
            ctx.block(s, e)
        ctx.scratch["structure.body_start"] = first_body.start if first_body is not None else None


def make_component(**options):
    return Structure(**options)
