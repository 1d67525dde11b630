"""What the Finder's passes share: tokens and patterns of the normalized text, the Item a quote is
built in, the reporting cues found in one pass (``find_cues``), and small word tests.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .lexicon import Lexicon, SOURCE, VERB
from .marks import MARKS

TOK_RE = re.compile(r"\w+(?:[.,]\d+)*|\S")
LIST_GAP_RE = re.compile(r"[\s" + re.escape(MARKS) + r"،,و]*")
#: characters of a quote's content read to count its words (up to the 7 that matter) in _assess
_HEAD = 400
ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
NL_RE = re.compile("\n")
# A byline or dateline opening a line (سبق- الرياض:، شقران الرشيدي- سبق- الرياض:، رويترز- القاهرة:، واس- جدة:):
# short segments joined by dashes and closed by a colon; the sentence starts after it. BYLINE_RE finds one after a
# newline (the literal newline first lets the scan skip to line starts), BYLINE_START_RE at the text's start.
_BYLINE_SEGMENT = r"[^\W\d]{2,}(?:[ \t\xa0]+[^\W\d]{2,}){0,2}[ \t\xa0]*"     # 1-3 words, spaces between
_BYLINE = (r"[ \t\xa0\u200f]*" + _BYLINE_SEGMENT + r"(?:[-–—][ \t\xa0]*" + _BYLINE_SEGMENT + r"){1,2}"
           r"(?:\([^()\n]{1,20}\)[ \t\xa0]*)?:")
BYLINE_RE = re.compile("\n" + _BYLINE)
BYLINE_START_RE = re.compile(_BYLINE)
_AMA_RE = re.compile(r"(?<!\w)اما ")      # أما opening a fronted subject or topic (normalized)
_OBJ_FLAGS = frozenset(("an", "nominal", "bare"))
_PUNCT_END = " \t\n.,،؛;:!?؟…-–—"
_CLITICS = ("وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل")


def _bare(w: str) -> str:
    for c in _CLITICS:
        if w.startswith(c) and len(w) - len(c) >= 2:
            return w[len(c):]
    return w


_KANA = ("وكان", "وكانت", "كان", "كانت", "وكانوا")   # كان + subject + verb: the subject stands before the cue
_CLAUSE_PARTICLES = ("و", "ف", "فيما", "وفيما", "كما", "وكما", "ثم", "حيث", "لكن", "ولكن", "اذ", "بينما", "وبينما",
                     "قد", "وقد", "فقد", "لقد")   # words before the verb that opens a clause
_FA_INNA = ("فان", "فقد", "فانه", "فانها", "فانهم")   # فإن/فقد opening the content after a source phrase


class Item:
    """A quote under construction (normalized offsets)."""

    __slots__ = ("start", "end", "kind", "cue", "cue_after", "open", "cont", "speaker", "anchor")

    def __init__(self, start, end, kind, cue, cue_after=False, open_mark=-1, cont=False):
        self.start, self.end, self.kind, self.cue = start, end, kind, cue
        self.cue_after, self.open, self.cont = cue_after, open_mark, cont
        self.speaker = None
        self.anchor = cue[0] if cue and not cue_after else start


def _hal_adverb(w: str) -> bool:
    """An indefinite participle of state (متهكما، مستطردا، داعيا، ساخرا): mufaʿʿilan/mustafʿilan or fāʿilan
    + tanwīn alif; not a possessive (مرافقنا، كاتبها) nor a foreign name (ميتشيلا، ماريا)."""
    w = w.rstrip("ً")
    if len(w) < 5 or not w.endswith("ا") or w.endswith(("نا", "ها")):
        return False
    return (w[0] == "م" and w[1] not in "اويى") or (len(w) == 5 and w[1] == "ا" and w[0] != "م")


def _accusative(w: str) -> bool:
    """An indefinite accusative (ردا، تعليقا، مضيفا): an adverb after the verb, never its subject."""
    return len(w) >= 3 and w.rstrip("ً").endswith("ا") and not w.startswith(("ال", "وال"))


def find_cues(lex: Lexicon, norm: str) -> list:
    """The reporting cues of ``norm``: (start, end, Cue) in text order."""
    cues = []
    for m in lex.cue_re.finditer(norm):
        cue = lex.cue_of(m.group())
        if cue is None and m.group().endswith(" ل"):
            cue = lex.phrases.get(m.group())
        if cue is not None and "in" in cue.flags and not norm[m.end():m.end() + 12].lstrip().startswith(lex.in_starts):
            continue                            # جاء ثمرة «...» / جاء ذلك لدى: no text it was written in
        if cue is not None and m.group() == "وبين" and _second_between(lex, norm, m.start()):
            continue                            # الفرق بينه وبين دوناتيلا: between ... and, no verb
        if cue is not None and _noun_homograph(lex, norm, m):
            continue                            # رفع لافتات «كامل العدد»: a sign, not pointing out
        if cue is not None and _negated(lex, norm, m.start(), cue):
            continue                            # ولم تعلن أي جهة مسؤوليتها: nothing was said
        if cue is not None and not _impersonal(lex, norm, m) and not (cue.kind == SOURCE and _no_source(lex, norm, m.end())):
            cues.append((m.start(), m.end(), cue))
    return cues


_CLAUSE_BREAK_RE = re.compile(r"[.،,:؛!?\n]")
_HEADING_TAIL_RE = re.compile(r" ?ل\w+ ?:")
_LINE_BREAK_RE = re.compile(r"[\n.!?؟:]")


def column_headings(norm: str, cues: list, ents: list) -> frozenset:
    """The starts of the cues that head a paper's own column: a newspaper (a MEDIA mention, in marks or not)
    alone before a present reporting verb at the start of a line or sentence, the verb followed by ل +
    whom and a colon («سبق» تقول للمسؤول: ...). The column's text is no statement quoted from a source; the
    cue still takes its span, so the column's own verbs (هذا التوجيه يؤكد أنه) report nothing either.
    ``ents``: (start, end, Entity) sorted by start, normalized offsets."""
    starts = None
    out = []
    for s, e, cue in cues:
        if cue.kind == VERB and norm[s] in "يت" and _HEADING_TAIL_RE.match(norm, e) is not None:
            if starts is None:
                starts = [x[0] for x in ents]
            if _media_opens_line(norm, s, ents, starts):
                out.append(s)
    return frozenset(out)


def _media_opens_line(norm: str, s: int, ents: list, starts: list) -> bool:
    """Only a MEDIA mention (and marks) stands between the line or sentence start and ``s``."""
    a = max(0, s - 40)
    ms = list(_LINE_BREAK_RE.finditer(norm, a, s))
    if not ms:
        if a > 0:
            return False
    else:
        a = ms[-1].end()
    k = bisect_left(starts, a)
    if k >= len(ents) or ents[k][1] > s or ents[k][2].label != "MEDIA":
        return False
    x0, x1 = ents[k][0], ents[k][1]
    return not norm[a:x0].strip().strip(MARKS).strip() and not norm[x1:s].strip().strip(MARKS).strip()


def _second_between(lex: Lexicon, norm: str, s: int) -> bool:
    """وبين at ``s`` closes a بين ... وبين pair (بينه وبين، يوفق بين عملي الفني وبين الدراسة): a word of
    cues.json between_words up to four words before it, with no punctuation between."""
    seg = _CLAUSE_BREAK_RE.split(norm[max(0, s - 60):s])[-1].split()
    return any(w in lex.between_words for w in seg[-4:])


def _negated(lex: Lexicon, norm: str, s: int, cue) -> bool:
    """A verb cue right after a negation (cues.json negations: لم تكشف، ولا يكشف، لن يعلن) reports nothing,
    unless it is a denial (لا ينفي احتمال أن: a denial denied grants the clause)."""
    if cue.kind != VERB or cue.lemma in lex.negation_kept:
        return False
    prev = norm[max(0, s - 6):s].split()
    return bool(prev) and norm[s - 1:s].isspace() and prev[-1] in lex.negations


def _noun_homograph(lex: Lexicon, norm: str, m) -> bool:
    """A cue form that is also a noun (cues.json noun_homographs: لافتة = a sign) not followed by one of the
    words that make it the cue (لافتة إلى أن، لافتة النظر)."""
    w = m.group()
    if w not in lex.noun_homographs and w[:1] in "وف":
        w = w[1:]
    after = lex.noun_homographs.get(w)
    if after is None:
        return False
    nxt = norm[m.end():m.end() + 24].split()[:1]
    return not nxt or nxt[0] not in after


def _no_source(lex: Lexicon, norm: str, j: int) -> bool:
    """بحسب/حسب not followed by a source: a period, فحسب + comma or بل (ليس هذا فحسب، بل = not only), or a criterion
    (حسب الحاجة، بحسب الموقع الجغرافي، وفقا للقانون = depending on, in line with): 'not_sources'."""
    rest = norm[j:j + 40].split(None, 2)
    if not rest or not rest[0][0].isalnum():
        # a comma: فحسب، = only (حسب، جان دانيال باش، : a name after the stray comma)
        return not rest or rest[0][0] in ".؛)" or (rest[0][0] in "،," and norm[j - 4:j] == "فحسب")
    w = rest[0]
    if w in lex.np_stops:
        return True
    if w[:1] == "ل" and "ال" + w[1:] in lex.not_sources:
        w = "ال" + w[1:]                        # وفقا للقانون
    if len(rest) > 1 and rest[1] in lex.relatives:
        return False                            # وطبقا للترتيب الذي كشفت عنه المجلة: a report after all
    two = w + " " + rest[1] if len(rest) > 1 else w
    return w in lex.not_sources or two in lex.not_sources or (two[:len(w) + 2] in lex.not_sources)


def _impersonal(lex: Lexicon, norm: str, m) -> bool:
    """يذكر أن / وتبين أن / يذكر هنا أن: a passive or intransitive form right before أن (past a filler,
    cues.json impersonal_fillers: هنا) has no speaker (it is mentioned that, it turned out that); with a subject between (يذكر التقرير أن)
    it reports."""
    if m.group() not in lex.impersonal:
        return False
    j = m.end()
    while j < len(norm) and norm[j] == " ":
        j += 1
    if norm.startswith("الي ", j):
        j += 4
    for f in lex.impersonal_fillers:
        if norm.startswith(f, j):           # يذكر هنا أن: it is worth mentioning here
            j += len(f)
            break
    return lex.an_re.match(norm, j) is not None


def N_isspace(ch: str) -> bool:
    return ch.isspace()


def _content_masdar(w: str, lex) -> bool:
    """An indefinite masdar of cues.json content_masdars, bare or with a possessive ending (تورطه، رفضها):
    right after a reporting verb it is the verb's object, not its subject."""
    if w in lex.content_masdars:
        return True
    for suf in ("هما", "ها", "هم", "هن", "ه"):
        if w.endswith(suf) and w[:-len(suf)] in lex.content_masdars:
            return True
    return False


def _anonymity(w: str, nxt: str, lex) -> bool:
    """طلب عدم نشر اسمه، رفض الكشف عن هويته: an unnamed source keeping its name back (speakers.json
    anonymity_verbs + anonymity_objects), not a masdar object (أكد ... رفض التخلي عن)."""
    return w in lex.anonymity_verbs and nxt in lex.anonymity_objects
