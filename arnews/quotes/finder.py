"""Finding quoted statements, their cues and speakers in one document (normalized offsets throughout).

Three passes, each linear in the text (windows around marks and cues are bounded):
1. quotation marks are paired (``marks.py``) and each quoted piece judged statement-or-not (entity
   names, titles, Latin terms, scare quotes without a nearby reporting cue are left out) and direct or
   partial (embedded in the reporter's sentence);
2. reporting cues without marks give indirect quotes: verb + أن/إن clause, verb + عن + content,
   nominal objects (أكدت الشركة عودة خدماتها), bare clauses after أضاف, and source phrases
   (..., بحسب المرصد);
3. speakers are attributed in text order (so that a pronoun-only subject or a participle can carry
   the previous speaker): the subject after the verb, the entity before a participle, ordinal anaphora
   (الأول), descriptions (الشركة، موقع الصور) resolved to a recent entity of a fitting label.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Optional

import re

from .lexicon import AFTER, MASDAR, MEDIUM, PARTICIPLE, SOURCE, VERB, Cue, Lexicon
from .marks import MARK_RE, MARKS, TERM_RE, Piece, pair_marks, recover

TOK_RE = re.compile(r"\w+(?:[.,]\d+)*|\S")
LIST_GAP_RE = re.compile(r"[\s" + re.escape(MARKS) + r"،,و]*")
#: characters of a quote's content read to count its words (up to the 7 that matter) in _assess
_HEAD = 400
ARABIC_RE = re.compile(r"[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")
NL_RE = re.compile("\n")
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
        if cue is not None and not _impersonal(lex, norm, m) and not (cue.kind == SOURCE and _no_source(lex, norm, m.end())):
            cues.append((m.start(), m.end(), cue))
    return cues


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
    """يذكر أن / وتبين أن: a passive or intransitive form right before أن has no speaker (it is
    mentioned that, it turned out that); with a subject between (يذكر التقرير أن) it reports."""
    if m.group() not in lex.impersonal:
        return False
    j = m.end()
    while j < len(norm) and norm[j] == " ":
        j += 1
    if norm.startswith("الي ", j):
        j += 4
    return lex.an_re.match(norm, j) is not None


class Finder:
    def __init__(self, lex: Lexicon, norm: str, entities, cues, surface=None):
        """``entities``: (norm_start, norm_end, Entity) sorted by start; ``cues``: ``find_cues(lex, norm)``;
        ``surface(a, b)``: the text as written under the normalized span (letters the normalization merges)."""
        self.lex = lex
        self.surface = surface
        self.N = norm
        self.n = len(norm)
        self.ents = entities
        self.ent_starts = [e[0] for e in entities]
        self.newlines = [m.start() for m in NL_RE.finditer(norm)]
        self._set_terms([(m.start(), m.end()) for m in TERM_RE.finditer(norm)])
        self.cues = cues
        self.cue_starts = [c[0] for c in cues]
        self.quote_spans: list[tuple[int, int]] = []      # accepted direct/partial (content), sorted
        self._person_words = None
        self.reported: list[tuple[int, int]] = []          # indirect clauses (set by attribute), sorted
        self.name_words: set[int] = set()                  # starts of one-word names in marks (not quotes)
        self.marked_names: list[tuple[int, int]] = []      # names in marks after a name noun (شبكة "إن بي سي نيوز")

    def person_word(self, w: str):
        """A PERSON entity one of whose name words (first or last, 3+ letters) is ``w`` (أداير -> راندولف بروس أداير)."""
        if self._person_words is None:
            pw: dict = {}
            for s, e, ent in self.ents:
                if ent.label == "PERSON":
                    parts = self.N[s:e].split()
                    if len(parts) >= 2:
                        for x in (parts[0], parts[-1]):
                            if len(x) >= 3:
                                pw.setdefault(x, (s, e, ent))
            self._person_words = pw
        return self._person_words.get(w)

    def name_word(self, a: int, b: int, w: str):
        """``person_word`` for the word at [a, b), unless it is a preposition as written: على (on) and إلى
        normalize to علي/الي, the first name of علي عبدالله صالح; the final ى tells them apart."""
        if w in self.lex.prepositions and self.surface is not None and self.surface(a, b).endswith("ى"):
            return None
        return self.person_word(w)

    # ---------------------------------------------------------------- helpers
    def _set_terms(self, terms):
        self.terms = terms
        self.t_starts = [t[0] for t in terms]
        self.t_ends = [t[1] for t in terms]

    def sent_start(self, p: int) -> int:
        """Start of the sentence holding ``p`` (at most 600 characters back: windows stay bounded)."""
        k = bisect_right(self.t_ends, p) - 1
        return max(self.t_ends[k] if k >= 0 else 0, p - 600)

    def sent_end(self, p: int) -> int:
        k = bisect_left(self.t_starts, p)
        return min(self.t_starts[k] if k < len(self.t_starts) else self.n, p + 1500)

    def para_end(self, p: int) -> int:
        k = bisect_right(self.newlines, p)
        return self.newlines[k] if k < len(self.newlines) else self.n

    def toks(self, a: int, b: int):
        return [(m.start(), m.end(), m.group()) for m in TOK_RE.finditer(self.N, max(0, a), max(0, min(b, self.n)))]

    def in_quote(self, a: int, b: int) -> bool:
        qs = self.quote_spans
        k = bisect_right(qs, (a, 1 << 60)) - 1
        return k >= 0 and qs[k][0] <= a and b <= qs[k][1]

    def entity_at(self, a: int, b: int):
        """The entity covering [a, b) nearly whole (a name in marks)."""
        k = bisect_right(self.ent_starts, a + 2) - 1
        while k >= 0 and self.ents[k][0] >= a - 4:
            s, e, ent = self.ents[k]
            if s <= a + 2 and e >= b - 2 and (e - s) >= 0.75 * (b - a):
                return ent
            k -= 1
        return None

    def ents_in(self, a: int, b: int):
        k = bisect_left(self.ent_starts, a)
        out = []
        while k < len(self.ents) and self.ents[k][0] < b:
            if self.ents[k][1] <= b + 1:
                out.append(self.ents[k])
            k += 1
        return out

    def cue_before(self, p: int, floor: int):
        """Cues ending at or before ``p``, nearest first, not before ``floor``."""
        k = bisect_left(self.cue_starts, p) - 1
        while k >= 0 and self.cues[k][0] >= floor:
            if self.cues[k][1] <= p:
                yield self.cues[k]
            k -= 1

    def cue_at(self, p: int):
        k = bisect_left(self.cue_starts, p)
        if k < len(self.cues) and self.cues[k][0] == p:
            return self.cues[k]
        return None

    def words_between(self, a: int, b: int) -> int:
        return len(self.N[a:b].split()) if b > a else 0

    def last_words(self, p: int, k: int, span: int = 48) -> list[str]:
        """The last ``k`` whitespace-separated words before ``p`` (cheap, no tokenizer)."""
        return self.N[max(0, p - span):p].split()[-k:]

    # ---------------------------------------------------------------- pass 1: marks
    def mark_quotes(self) -> list[Item]:
        N = self.N
        pieces = pair_marks(N, self.newlines)
        items: list[Item] = []
        floor = 0
        cont_next = False
        last_item: Optional[Item] = None
        for pc in pieces:
            status = pc.status
            cont = False
            if status == "paired":
                cs, ce = pc.start, pc.end
            elif status == "para":
                # multi-paragraph quote: the next paragraph opens with a mark again
                j = pc.end
                while j < self.n and N[j].isspace():
                    j += 1
                if j < self.n and N[j] in MARKS and pc.end < self.n:
                    cs, ce = pc.start, pc.end
                    cont = True
                else:
                    cs, ce = recover(N, pc._replace(status="open_only"), self.t_starts, floor)
                    status = "open_only"
            else:
                cs, ce = recover(N, pc, self.t_starts, floor)
            while cs < ce and N[cs].isspace():
                cs += 1
            while ce > cs and N[ce - 1].isspace():
                ce -= 1
            if ce - cs < 2 or cs < floor:
                cont_next = False
                continue
            open_mark = pc.open_mark
            is_cont = cont_next and open_mark >= 0 and self._starts_paragraph(open_mark)
            item = self._assess(cs, ce, pc, status, floor, is_cont, last_item)
            cont_next = cont and item is not None
            if item is not None:
                items.append(item)
                self.quote_spans.append((item.start, item.end))
                floor = max(floor, item.end + 1)
                last_item = item
        return items

    def _starts_paragraph(self, p: int) -> bool:
        j = p - 1
        while j >= 0 and N_isspace(self.N[j]) and self.N[j] != "\n":
            j -= 1
        return j < 0 or self.N[j] == "\n"

    def _assess(self, cs, ce, pc: Piece, status, floor, is_cont, last_item) -> Optional[Item]:
        lex, N = self.lex, self.N
        # the tests below look at the number of words up to 7 and, for 6 words or fewer, whether there is
        # an Arabic letter: the first _HEAD characters tell (news quotes have 7 words well within them),
        # and reading no further keeps deeply nested pairs from rescanning their whole content (quadratic)
        content = N[cs:min(ce, cs + _HEAD)]
        words = content.split()
        nw = len(words)
        if is_cont and last_item is not None:
            it = Item(cs, ce, "direct", last_item.cue, last_item.cue_after, pc.open_mark, cont=True)
            return it
        if self.entity_at(cs, ce) is not None:
            return None
        if ARABIC_RE.search(content) is None and nw <= 6:
            return None
        if nw <= 5 and words[0] in lex.person_titles | lex.royal_titles:
            return None                         # «العقيد محمد العاصمي»، "الأمير محمد بن سلمان": a name
        open_mark = pc.open_mark if pc.open_mark >= 0 else cs
        # what is glued to or stands right before the opening mark
        prev = self.toks(max(floor, open_mark - 60), open_mark)
        colon = bool(prev) and prev[-1][2] == ":"
        prev_words = [t for t in prev if t[2][0].isalnum()]
        prev_tok = prev[-1][2] if prev else ""
        if nw == 1 and words[0].startswith("ال") and not colon:
            self.name_words.add(cs)
            return None                         # لمصادر «المدينة»، الشكل "المرعب"، أن «المرقوق» يعمل: a name or term
        if pc.open_mark > 0 and N[pc.open_mark - 1].isalpha():
            glued = prev_tok
            if glued in lex.glued_prefixes or len(glued) <= 2:
                return None
        if prev_words and prev[-1][2] in (prev_words[-1][2], ":") and (
                prev_words[-1][2] in lex.naming_words or _bare(prev_words[-1][2]) in lex.naming_words):
            return None                         # لما سماهم: «محور المقاومة»، بعنوان «...»: a name or title
        if prev_words and nw <= 4 and prev_words[-1][2] == prev_tok:
            pw = prev_tok
            if (pw in lex.name_nouns or _bare(pw) in lex.name_nouns) and not (
                    "ال" in pw[:4] and len(prev_words) >= 2 and self.cue_at(prev_words[-2][0]) is not None and nw >= 3):
                self.marked_names.append((cs, ce))
                return None                     # وقالت شركة «أفيد لايف ميديا»، ونقلت شبكة "إن بي سي نيوز": a name
            if not pw.startswith("ال") and (pw in lex.office_nouns or (pw[:-1] in lex.office_nouns and pw.endswith("ه"))):
                return None                     # وقال نائب «محافظ مدينة حلب الحرة»: an office's name (not الرئيس «...»)
        # cues before the mark (same sentence, after the previous quote)
        wstart = max(self.sent_start(open_mark), floor, open_mark - 400)
        if status == "close_only":
            wstart = max(self.sent_start(cs), floor, cs - 400)
        cue = None
        dist = 99
        for c in self.cue_before(ce if status == "close_only" else open_mark, wstart):
            if c[2].kind == AFTER or c[2].an_only:
                continue
            if self._masdar_use(c) and c[2].weak:
                continue
            d = self.words_between(c[1], open_mark) if c[1] <= open_mark else 0
            if c[2].weak and d > 3 and not colon and not (d <= 8 and self._medium_follows(c)):
                continue
            if c[2].kind == MEDIUM:
                if cue is None:
                    cue, dist = c, d
                continue
            if cue is None or cue[2].kind == MEDIUM:
                cue, dist = c, d
            break
        # a cue after the mark (quote first: "...".. بهذه العبارة رحبت منصة تويتر / "..." قال الوزير)
        cue_after = None
        if status != "close_only":
            cue_after = self._cue_after(pc.close_mark if pc.close_mark >= 0 else ce)
        if status == "close_only" and cue is not None:
            # recovered back to the clause start: the content starts after the cue
            if cs <= cue[0] < ce:
                ncs = cue[1]
                while ncs < ce and N[ncs].isspace():
                    ncs += 1
                cs = ncs
                content = N[cs:min(ce, cs + _HEAD)]
                words = content.split()
                nw = len(words)
                if nw == 0:
                    return None
                if cue[2].kind == VERB and nw <= 12 and self._an_follows(pc.close_mark):
                    return None                 # قال الخبير ... محمد الخالدي» إن: the subject, not a quote
        if cue is None and cue_after is None and last_item is not None and last_item.cue is not None \
                and 0 <= cs - last_item.end < 150 and self.sent_start(cs) <= last_item.start:
            cue, dist = last_item.cue, 0            # a list of quoted fragments shares its cue
        if cue is None and cue_after is None:
            return None
        if cue_after is not None and not self._sentence_initial(open_mark):
            cue_after = None
        if cue_after is not None and nw <= 3 and not self._speaker_follows(cue_after[1]):
            cue_after = None                    # "سبق" تقول للمسؤول:، «فيديو» يوضح كيفية ...: the name is the verb's subject
        if cue is None and cue_after is None:
            return None
        if cue_after is None and nw <= 4 and cue[2].kind == VERB and cue[1] <= open_mark \
                and self.words_between(cue[1], open_mark) <= 3 and MARK_RE.search(N, cue[1], open_mark) is None \
                and (self._an_follows(pc.close_mark) or (self.words_between(cue[1], open_mark) == 0
                                                         and self._word_after(pc.close_mark) == "عن")):
            return None                         # وأوضحت "الجوازات" أن، ونقل «مكتب أخبار سوريا» عن: the speaker's name
        if cue_after is None and cue[2].kind == SOURCE and dist == 0 and nw <= 4:
            return None                         # حسب «يورو مونيتور»: the source's name
        if cue_after is None and cue is not None and cue[2].kind == MEDIUM and dist > 3:
            return None
        prev_is_intro = prev_tok in lex.partial_introducers or _bare(prev_tok) in lex.partial_introducers
        if nw <= 2 and cue_after is None and not colon and self._scare_marks(words, prev_words, cue, dist, prev_is_intro):
            return None                         # تقرير «صحارى»، محطة "تي في 3"، تأسيس «كتيبة»: a name or term
        if nw <= 3 and cue_after is None:
            an_intro = prev_tok in lex.an_words or prev_tok[1:] in lex.an_words
            near = dist <= 3 or (colon and dist <= 12) or (an_intro and dist <= 12)
            if cue is not None and cue[2].weak and not colon and dist > 1:
                near = False
            if not near:
                return None
        if nw <= 5 and pc.close_mark >= 0 and N[pc.close_mark + 1:pc.close_mark + 3].strip().startswith(":"):
            return None                         # «جيه إف ستريت فود»: «...»: a name introducing a quote
        # direct or partial
        after = pc.close_mark + 1 if pc.close_mark >= 0 else ce
        j = after
        while j < self.n and N[j] in " \t":
            j += 1
        continues = status == "paired" and j < self.n and N[j].isalnum() and cue_after is None \
            and not self._sentence_inside(cs, ce, cue, open_mark)
        partial_cue = cue is not None and cue[2].partial_only and cue_after is None
        if colon or cue_after is not None:
            kind = "direct"
        elif prev_is_intro or partial_cue:
            kind = "direct" if (nw >= 6 and not continues and not partial_cue) else "partial"
        else:
            kind = "partial" if continues else "direct"
        if status == "close_only":
            kind = "partial"
        if cue_after is not None:
            return Item(cs, ce, kind, cue_after, True, pc.open_mark)
        return Item(cs, ce, kind, cue, False, pc.open_mark)

    def _scare_marks(self, words, prev_words, cue, dist: int, prev_is_intro: bool) -> bool:
        """One or two words in marks after a plain word (no cue, عن/على/ب or the like right before them, no
        أن/إن up to 3 words before) are a name or a scare quote: a reported fragment is introduced (أنه
        «جاهز»، عن «أسفه»), ends a reported clause (إن الانفجار "عمل إرهابي"، ان الأمور كانت "سلسة للغاية"),
        or is a prepositional phrase of its own (وصف الأحداث «بتسونامي»). Right after a verb and its one-word
        subject (ويقول القارئ "مجرد رأي"، وتنتقد هذه «الانتخابات المهزلة») the marks are left as they are:
        they may hold the speaker's own words or the name that the next quotes are attributed by."""
        if dist == 0 or (dist == 1 and cue is not None and cue[2].kind == VERB) or prev_is_intro or not prev_words or not prev_words[-1][2][:1].isalpha():
            return False
        an = self.lex.an_words
        if any(t[2] in an or _bare(t[2]) in an for t in prev_words[-3:]):
            return False
        return words[0][:1] not in "بلك"

    def _speaker_follows(self, e: int) -> bool:
        """A named subject (an entity or a description) right after a verb that follows a marked text."""
        _, np = self.subject_np(e, min(self.n, e + 120))
        if np is None:
            return False
        sp = self.resolve_np(np, np[1])
        first = self.N[np[0]:np[1]].split()[0]
        return sp is not None and (sp[2] is not None or self._desc_key(first) is not None)

    def _word_after(self, close_mark: int) -> str:
        nxt = self.N[close_mark + 1:close_mark + 16].split()[:1] if close_mark >= 0 else []
        return nxt[0] if nxt else ""

    def _an_follows(self, close_mark: int) -> bool:
        """أن/إن (بأن، أنه ...; not وأن = and that) right after the closing mark."""
        if close_mark < 0:
            return False
        nxt = self.N[close_mark + 1:close_mark + 16].replace("،", " ").replace(",", " ").split()[:1]
        return bool(nxt) and nxt[0][:1] != "و" and (
            nxt[0] in self.lex.an_words or (nxt[0][:1] == "ب" and nxt[0][1:] in self.lex.an_words))

    def _sentence_inside(self, cs: int, ce: int, cue, open_mark: int) -> bool:
        """وقال المسؤول «هبطت طائرة ... منذ 25 مارس.» وانتزع ...: the content ends its own sentence inside the
        marks, so the words after the mark start a new one (not a fragment of the reporter's sentence), unless
        an أن/إن clause embeds it (وأضافت أن هذا «قد يدفع ...»)."""
        if ce <= cs or self.N[ce - 1] not in ".!?؟" or cue is None:
            return False
        return not any(w in self.lex.an_words for w in self.N[cue[1]:open_mark].split())

    def _medium_follows(self, c) -> bool:
        """وجاء على صفحة الفيفا / وجاء في بيان الوزارة: a weak verb made a reporting one by its medium."""
        nxt = self.N[c[1]:c[1] + 40].split()[:2]
        return len(nxt) == 2 and nxt[0] in self.lex.medium_preps and (
            nxt[1] in self.lex.medium_words or nxt[1] in ("بيان", "تصريح", "تغريده", "منشور"))

    def _sentence_initial(self, p: int) -> bool:
        s = self.sent_start(p)
        ws = [w for w in self.N[s:p].split(None, 2) if w[0].isalnum()]
        return len(ws) == 0 or (len(ws) == 1 and ws[0] in ("و", "ف"))

    def _cue_after(self, close_mark: int):
        toks = self.toks(close_mark + 1, close_mark + 50)
        words = []
        for t in toks:
            if t[2][0].isalnum():
                words.append(t)
            elif t[2] in MARKS:
                break
            if len(words) >= 4:
                break
        if not words:
            return None
        first = words[0]
        c = self.cue_at(first[0])
        if c is not None and c[2].kind == AFTER:
            # the verb right after the phrase is the cue, whatever it is
            rest = [w for w in words if w[0] >= c[1]]
            if rest:
                w = rest[0]
                vc = self.cue_at(w[0])
                return (w[0], w[1], vc[2] if vc is not None else Cue(VERB, w[2]))
            return None
        if c is not None and c[2].kind == VERB and not c[2].weak:
            return c
        return None

    # ---------------------------------------------------------------- pass 2: indirect
    def indirect_quotes(self, items: list[Item]) -> list[Item]:
        N = self.N
        # sentence ends inside direct quotes do not end a reporter's sentence
        qs = self.quote_spans
        if qs:
            self._set_terms([t for t in self.terms if not self.in_quote(t[0], t[1])])
        out: list[Item] = []
        covered = -1
        direct_by_open = {it.open: it for it in items if it.open >= 0}
        for c in self.cues:
            s, e, cue = c
            if s < covered or cue.partial_only or self.in_quote(s, e):
                continue
            if cue.kind == VERB and self._masdar_use(c) and (cue.weak or "indirect" not in cue.flags):
                continue
            res = None
            if cue.kind in (VERB, PARTICIPLE, MASDAR):
                res = self._indirect_after_cue(c)
                if res is None and cue.kind == VERB:
                    res = self._kama_source(c)
            elif cue.kind == SOURCE:
                res = self._indirect_source(c)
            if res is None:
                continue
            cs, ce = res
            # strip and check
            while cs < ce and N[cs] in " \t،,:":
                cs += 1
            while ce > cs and N[ce - 1] in _PUNCT_END:
                ce -= 1
            if len(N[cs:ce].split()) < 2:
                continue
            # the whole clause is a direct quote: no indirect one
            if N[cs] in MARKS:
                d = direct_by_open.get(cs)
                if d is not None and d.end >= ce - 2:
                    continue
            # never cross a direct quote: take in one that starts before, cut before one that ends after
            k = bisect_left(qs, (cs,)) - 1
            if k >= 0 and qs[k][0] < cs < qs[k][1]:
                cs = qs[k][0]
            k = bisect_left(qs, (cs,))
            while k < len(qs) and qs[k][0] < ce:
                if qs[k][1] > ce:
                    ce = qs[k][0] - 1
                    while ce > cs and N[ce - 1] in _PUNCT_END + MARKS:
                        ce -= 1
                    break
                k += 1
            if len(N[cs:ce].split()) < 2:
                continue
            out.append(Item(cs, ce, "indirect", self._masdar_between(c, cs) or c))
            covered = ce
        return out

    def _masdar_between(self, c, cs: int):
        """ونقلت الصحيفة عن الوزير قوله إن ...: a masdar cue between a verb cue and its clause names who
        spoke (the one after عن), so it is the clause's cue."""
        if c[2].kind != VERB:
            return None
        k = bisect_right(self.cue_starts, c[1])
        while k < len(self.cues) and self.cues[k][0] < cs:
            if self.cues[k][2].kind == MASDAR and self.N[self.cues[k][0]] != "ب" \
                    and "عن" in self.N[c[1]:self.cues[k][0]].split():    # not ويبين حبيب عن الأسعار بقوله
                return self.cues[k]
            k += 1
        return None

    def _trailing_source(self, c, cs: int) -> bool:
        """A source phrase after a comma inside a reported clause (...، بحسب ما قاله مسؤول يمني) names the
        reporter's source: the clause ends at the comma. Only before ما, a source noun, a possessive one (حسب
        وصفه) or a name, or after بحسب/حسب a definite word (بحسب المحللين; not حسب برمجة المنتج، وفق شروط محددة،
        وفقاً للآلية = depending on, in line with), and a clause that is itself a
        source's (وبحسب وكالة يونهاب، فإنه ...، حسبما أعلنت الوزارة) keeps its sources."""
        N = self.N
        if self.in_quote(c[0], c[1]) or not N[max(cs, c[0] - 4):c[0]].rstrip().endswith(("،", ",")):
            return False
        lex = self.lex
        nxt = N[c[1]:c[1] + 30].split()[:1]
        w = nxt[0].rstrip(_PUNCT_END) if nxt else ""
        hasab = N[c[0]:c[1]].lstrip("و").startswith(("بحسب", "حسب"))
        if not (w in ("ما", "لما", "قول") or N[c[0]:c[1]].endswith("ما") or w in lex.source_nouns or _bare(w) in lex.source_nouns
                or w in lex.pronoun_sources or (hasab and w.startswith("ال"))
                or self._entity_starting(c[1] + (N[c[1]] == " ")) is not None):
            return False
        k = bisect_left(self.cue_starts, self.sent_start(cs))
        return not any(x[2].kind == SOURCE for x in self.cues[k:] if x[1] <= cs)

    def _clause_end(self, cs: int, nominal: bool) -> int:
        lex, N = self.lex, self.N
        end = self.sent_end(cs)
        m = lex.clause_stop_re.search(N, cs, end)
        if m:
            end = m.start()
        # a participle cue (مشيرا إلى ...) starts the next reported clause
        k = bisect_left(self.cue_starts, cs)
        while k < len(self.cues) and self.cues[k][0] < end:
            c = self.cues[k]
            if c[2].kind == PARTICIPLE and not self.in_quote(c[0], c[1]) and self._reporting_participle(c):
                end = c[0]
                break
            if c[2].kind == SOURCE and c[0] > cs and self._trailing_source(c, cs):
                end = N.rfind(",", cs, c[0]) if N.rfind(",", cs, c[0]) > N.rfind("،", cs, c[0]) else N.rfind("،", cs, c[0])
                break                           # ...الأربعاء، بحسب ما قاله مسؤول: the reporter's source, not the clause
            if c[2].kind == VERB and not c[2].weak and c[0] > cs and N[c[0]] == "و" \
                    and N[max(cs, c[0] - 4):c[0]].rstrip().endswith(("،", ",")) and not self.in_quote(c[0], c[1]):
                end = c[0]
                break
            if c[2].kind == VERB and c[0] > cs and "indirect" in c[2].flags and (
                    self._starts_report(c) or self._unmarked_report(c, cs)):
                end = c[0]
                prev = self.last_words(end, 1, 24)
                if prev and prev[-1] in ("كما", "وكما"):
                    end = N.rfind(prev[-1], cs, end)
                break
            k += 1
        if nominal:
            for t in self.toks(cs, end):
                if t[2] in ("،", ",") or t[2] in lex.relatives:
                    return t[0]
        return end

    def _indirect_after_cue(self, c):
        lex, N = self.lex, self.N
        s, e, cue = c
        flags = cue.flags
        sent_end = self.sent_end(e)
        wend = min(sent_end, e + 160)
        m = lex.an_re.search(N, e, wend)
        while m is not None and self._in_name(m.start(), m.end()):
            m = lex.an_re.search(N, m.end(), wend)  # أبلغت بان كي مون بأن: بان is a name, not بأن
        if m is not None and self._governed_an(e, m):
            m = None                            # جاء وصوله بعد أن قفز: بعد's particle, none of the cue's
        if m is not None:
            r = self._an_clause(c, m)
            if r is not None:
                return None if r == -1 else r
        if cue.weak:
            return None
        suffixed = cue.kind == VERB and self._object_suffix(c)
        colon = self._after_colon(e, wend) if flags & {"indirect", "colon"} and not cue.an_only else None
        if colon is not None:
            return colon, self._clause_end(colon, False)
        if not (flags & _OBJ_FLAGS) or suffixed:
            return None                         # وهو ما أكدته أم فهد، ما أعلنته الوزارة: the pronoun is the object
        toks = self.toks(e, wend)
        if cue.kind == PARTICIPLE and not self._reporting_participle(c) and not (
                "an" in flags and toks and toks[0][2] == "عن"):
            return None                         # حضورا مؤكدا لسينما / عدوى مؤكدة فتاكة: an adjective
        if "an" in flags:
            r = self._an_object(toks)
            if r is not None:
                return r, self._clause_end(r, False)
        if "bare" in flags and toks and toks[0][2] in lex.bare_starters:
            return toks[0][0], self._clause_end(toks[0][0], False)
        if "nominal" in flags or "bare" in flags or "an" in flags:
            # the object follows a participle (مؤكدا دعم الدولة) or a verb whose subject came first
            # (وكانت الشركة أعلنت ...، وزارة الدفاع أكدت مقتل ...) right away
            svo = cue.kind == PARTICIPLE or self._after_qad(c, glued=False) or self._subject_before(c)
            np_end, np = (e, None) if svo else self.subject_np(e, sent_end, skip_leading=True)
            if np is None and not svo and "bare" not in flags:
                flags = flags - {"nominal"}
            rest = [t for t in self.toks(np_end, min(sent_end, np_end + 120))]
            i = 0
            # skip a prepositional phrase or time words between subject and object
            while i < len(rest):
                w = rest[i][2]
                if w in lex.time_words or w in lex.pronoun_pps:
                    i += 1
                    # قبل أيام، منتصف شهر ديسمبر، قبل 3 أسابيع: the time phrase goes on
                    while i < len(rest) and (rest[i][2] in lex.time_nouns or rest[i][2][0].isdigit()
                                             or rest[i][2] in lex.time_words or rest[i][2] == "/"):
                        i += 1
                    i = self._time_tail(rest, i)
                    continue
                if w == "اول" and i + 2 < len(rest) and rest[i + 1][2] == "من" and rest[i + 2][2] == "امس":
                    i += 3
                    continue
                if i == 0 and np is not None and (w in MARKS or w == "(") and self._named_np_end(np, w):
                    # شركة البرمجيات «مايكروسوفت» اليوم: the closing mark of the subject's name; مجلس الاحتياطي
                    # الاتحادي (البنك المركزي الأمريكي) أمس: a parenthesised gloss of it
                    k = 1 if w in MARKS else next((k + 1 for k in range(1, min(9, len(rest))) if rest[k][2] == ")"), 0)
                    if k:
                        i = k
                        continue
                if w in ("،", ",") and np is not None:
                    k = self._past_subject_comma(c, rest, i)
                    if k > i:
                        i = k
                        continue
                if w in ("في", "ب", "من", "منذ") and i + 1 < len(rest):
                    i += 2
                    while i < len(rest) and (rest[i][2] in lex.time_words or rest[i][2][0].isdigit() or rest[i][2] == "/"
                                             or rest[i][2] in lex.time_nouns or self._entity_starting(rest[i][0])):
                        ent = self._entity_starting(rest[i][0])
                        if ent is not None:
                            while i < len(rest) and rest[i][0] < ent[1]:
                                i += 1
                        else:
                            i += 1
                    i = self._time_tail(rest, i, comma=False)     # في عدن، قيام ...: a place, not a time
                    continue
                break
            if i >= len(rest):
                return None
            t = rest[i]
            w = t[2]
            if "b_object" in flags and w.startswith("ب") and len(w) > 3 and w not in lex.an_words and w[1:] not in lex.an_words \
                    and not w.startswith(lex.b_not_objects) and w[1:] not in lex.time_nouns:
                # أفاد بوقوع ...، not بينهما / بشكل / بسبب, nor a time (أعلن بعدها بأيام استقالته)
                return t[0] + 1, self._clause_end(t[0] + 1, True)
            if "nominal" not in flags and "bare" not in flags:
                return None
            if w == "علي" and "nominal" in flags and "bare" not in flags and i + 1 < len(rest) \
                    and self.surface is not None and self.surface(t[0], t[1]).endswith("ى"):
                nxt = rest[i + 1]
                x = nxt[2]
                if x[0].isalpha() and x not in lex.an_words and x[1:] not in lex.an_words and x not in lex.relatives \
                        and x not in lex.prepositions and self._entity_starting(nxt[0]) is None \
                        and self.cue_at(nxt[0]) is None and x not in lex.medium_words and _bare(x) not in lex.medium_words \
                        and (np is None or self._speaker_np(np)) and self.words_between(e, t[0]) <= 6:
                    return nxt[0], self._clause_end(nxt[0], True)   # أكد على ضرورة ...: as أكد ضرورة ...
            if not w[0].isalpha() or w in lex.prepositions or w in lex.an_words or w in lex.relatives:
                return None
            if "bare" in flags and w not in lex.bare_starters:
                if "nominal" not in flags:
                    return None
            if "nominal" in flags and "bare" not in flags:
                if self.cue_at(t[0]) is not None:
                    return None
                return t[0], self._clause_end(t[0], True)
            return t[0], self._clause_end(t[0], False)
        return None

    def _speaker_np(self, np) -> bool:
        """The phrase after a verb names someone who can speak (an entity of a speaker label, a person's name
        word or a description): not a masdar object whose على follows (أكد حرصه على، اعلن موافقة الامن على)."""
        sp = self.resolve_np(np, np[1])
        if sp is None:
            return False
        if sp[2] is not None:
            return sp[2].label in self.lex.speaker_labels
        return self._desc_key(self.N[np[0]:np[1]].split()[0]) is not None

    def _clause_subject(self, s: int, ss: int, last):
        """The speaker of بالقول/بقوله at ``s``: the subject named right after the verb that opens its clause
        (وفيما اكتفى وزير العمل سجعان قزي بعد لقائه الرئيس سلام ... بالقول: not the object سلام); a verb opening
        its sentence with no subject after it (وشدد بالقول، وختم رسالته بالقول) continues the previous speaker.
        None when the clause does not open with a verb + subject this way."""
        toks = [t for t in self.toks(ss, s) if t[2][0].isalnum()]
        while toks and toks[0][2] in _CLAUSE_PARTICLES:
            toks = toks[1:]
        if len(toks) < 1:
            return None
        v = toks[0]
        if self._entity_covering(v[0]) is not None or v[2].startswith(("ال", "وال")) or self._desc_key(v[2]) is not None:
            return None                         # the clause opens with a name: the nearest mention rule applies
        _, np = self.subject_np(v[1], s)
        if np is None:
            if v[2][:1] in "وف" and last is not None and s - last[1] < 1500 and len(toks) <= 4:
                return last[0]                  # وشدد بالقول: the speaker goes on
            return None
        sp = self.resolve_np(np, s)
        if sp is None or (sp[2] is None and self._desc_key(self.N[np[0]:np[1]].split()[0]) is None):
            return None
        return sp

    def _named_np_end(self, np, w: str) -> bool:
        """The subject phrase ``np`` ends with a name that the closing mark ``w`` closes (the phrase is the name in
        marks or a description + it: «المرصد السوري»، شركة البرمجيات «مايكروسوفت»; not استمرار «أوفيد», an object)
        or that a parenthesis glosses (an entity: مجلس الاحتياطي الاتحادي (البنك المركزي الأمريكي))."""
        if w == "(":
            x = self._entity_ending(np[1])
            return x is not None and x[2].label in self.lex.speaker_labels
        if any(ch in MARKS for ch in self.N[max(0, np[0] - 2):np[0]]):
            return sum(self.N.count(m, np[0], np[1]) for m in MARKS) == 0     # «المرصد السوري» أمس
        if sum(self.N.count(m, np[0], np[1]) for m in MARKS) % 2 == 0:
            return False
        first = self.N[np[0]:np[1]].split()[0]
        return self._desc_key(first) is not None or first in self.lex.name_nouns or _bare(first) in self.lex.name_nouns

    def _past_subject_comma(self, c, rest, i: int) -> int:
        """A comma closing the subject of a nominal cue (أعلن الجيش المصري، تصفية أحد العناصر؛ أعلن محافظ عدن، نايف
        البكري، وصول ...): the index past it (and past a named apposition between two commas) when an object can
        follow, else ``i``: not before a conjunction, preposition, relative, particle, description (غياث سورجي،
        مسؤول إعلام ...: an apposition) or another cue, nor when أن follows (its clause is the report), nor after
        a cue that does not report by itself (لا يكشف، التي أعلنتها، حسبما أكد: data comma_object_blockers)."""
        lex = self.lex
        before = self.last_words(c[0], 1, 24)
        if before and before[-1] in lex.comma_before_cue:
            return i
        j = i + 1
        if j < len(rest):
            ent = self._entity_starting(rest[j][0])
            if ent is not None and ent[2].label == "PERSON":
                while j < len(rest) and rest[j][0] < ent[1]:
                    j += 1
                if j + 1 < len(rest) and rest[j][2] in ("،", ","):
                    return self._past_subject_comma(c, rest, j)
                return i
        if j >= len(rest):
            return i
        w = rest[j][2]
        if any(self._entity_starting(t[0]) is not None and self._entity_starting(t[0])[2].label == "PERSON"
               for t in rest[j + 1:j + 3]):
            return i                            # نفى خلفان، الفريق ضاحي خلفان: a title + name, an apposition
        if w[0] == "ب" and "an" not in c[2].flags:
            return i                            # تؤكد كلها، بجلاء تام: an adverb, not the object
        if not w[0].isalpha() or w[0] in "وف" or w in lex.prepositions or w in lex.an_words or w in lex.relatives \
                or w in lex.np_stops or w in lex.time_words or w in lex.comma_not_objects \
                or self.cue_at(rest[j][0]) is not None or self._entity_starting(rest[j][0]) is not None \
                or self._desc_key(w) is not None or w in lex.office_nouns or w in lex.person_titles:
            return i
        for t in rest[j + 1:j + 14]:
            if t[2] in lex.an_words:
                return i
            if not t[2][0].isalnum():
                break
        return j

    def _object_suffix(self, c) -> bool:
        """The verb cue carries an object pronoun (أكدته، أوردته، نقلتها، أعلنته): it refers back to something
        already said (وهو ما أكدته فلانة، في بيان أوردته وكالة ...) and takes no object of its own."""
        w = self.N[c[0]:c[1]]
        return any(w.endswith(suf) and len(w) > len(suf) + 2 and self.lex.cue_of(w[:-len(suf)]) is not None
                   for suf in ("ها", "هم", "ه"))

    def _an_object(self, toks):
        """The start of the عن object of a cue flagged 'an' (أعلنت الشركة عن ...): عن within 10 words before any
        punctuation, or right after a comma that closes the subject (أعلنت جامعة الملك سعود، عن توافر؛ أعلن المعهد
        الصناعي بالأحساء، عن إغلاق), not past a cue or أن; None if there is none."""
        comma = False
        for k, t in enumerate(toks[:24]):
            w = t[2]
            g = self._an_governor(toks, k) if w == "عن" else None
            if g is not None:
                gw = toks[g][2] if g >= 0 else ""
                if gw.endswith(("ته", "تها", "تهم")) and not gw.startswith("ال"):
                    return toks[g][0]           # اعلن مسؤوليته عن تفجير: the possessive masdar is the object
                continue
            if w == "عن" and ((k < 10 and not comma) or (k > 0 and toks[k - 1][2] in ("،", ","))):
                if k + 1 < len(toks) and toks[k + 1][2] in self.lex.an_words:
                    return toks[k + 1][1]       # أعلن المدرب، المدير الفني، عن أن اللاعب ...: the clause after أن
                return t[1]
            if w in ("،", ","):
                comma = True
                continue
            if not w[0].isalnum() and w not in MARKS:
                return None
            if comma and (w in self.lex.an_words or self.cue_at(t[0]) is not None):
                return None
            if comma and k >= 10:
                return None
        return None

    def _an_governor(self, toks, k: int):
        """The index of the word the عن at ``toks[k]`` belongs to (up to 3 words back: نقلا عن، الناتجة عن،
        مسؤوليتها على الفور عن; data: an_governors), -1 for عن طريق (by way of), None when it is free."""
        if k + 1 < len(toks) and toks[k + 1][2] == "طريق":
            return -1
        for j in range(k - 1, max(-1, k - 4), -1):
            w = toks[j][2]
            if w in self.lex.an_governors or _bare(w) in self.lex.an_governors:
                return j
        return None

    def _after_colon(self, e: int, wend: int):
        """وأضاف: سارت الأمور ... / ويعلق الباحث عبد الله قائلا: كان من السهل ...: unmarked words after a colon
        that closes the cue's phrase (a subject, a short addressee) are the reported words; the start of
        them, or None (a mark after the colon is a direct quote; a comma or period first: no such colon)."""
        toks = self.toks(e, wend)
        for k, t in enumerate(toks[:9]):
            w = t[2]
            if w == ":":
                nxt = toks[k + 1] if k + 1 < len(toks) else None
                if nxt is None or not nxt[2][0].isalpha() or not self.N[t[1]:nxt[0]].isspace():
                    return None                 # «...» after it, or a colon inside a broken word
                return nxt[0]
            if not (w[0].isalnum() or w in "()-–"):    # يقول فلان -طالب جامعي-: ...
                return None
        return None

    def _time_tail(self, rest, i: int, comma: bool = True) -> int:
        """Past the end of a time phrase: a parenthesised month after a month (ديسمبر (كانون الأول) الماضي) and a comma
        right after it when the object follows (أعلنت منتصف شهر ديسمبر الماضي، إطلاق ...)."""
        lex = self.lex
        if 0 < i < len(rest) and rest[i][2] == "(" and rest[i - 1][2] in lex.time_nouns:   # after a month name
            k = next((k for k in range(i + 1, min(i + 5, len(rest))) if rest[k][2] == ")"), -1)
            i = k + 1 if k > 0 else i
            while i < len(rest) and (rest[i][2] in lex.time_words or rest[i][2][0].isdigit()):
                i += 1
        if comma and i + 1 < len(rest) and i > 1 and rest[i][2] in ("،", ",") and rest[i + 1][2][0].isalpha() \
                and rest[i + 1][2] not in lex.np_stops and rest[i + 1][2] not in lex.prepositions \
                and not rest[i + 1][2].startswith(("و", "ف")) and self.cue_at(rest[i + 1][0]) is None:
            i += 1
        return i

    def _starts_report(self, c) -> bool:
        """A verb cue inside a reported clause that opens a new report of its own ends that clause:
        ...، وذكر أن ... / ...، قالت بأن ... / كما أوضح أن ...: it stands at a clause boundary (after a
        comma, with و/ف glued, after كما) and an أن/إن particle or a colon follows within a few words."""
        N, lex = self.N, self.lex
        if self.in_quote(c[0], c[1]) or self._masdar_use(c):
            return False
        w = N[c[0]:c[1]]
        glued = w[:1] in "وف" and not c[2].lemma.startswith(w[:1])
        prev = self.last_words(c[0], 1, 24)
        if not (glued or N[max(0, c[0] - 3):c[0]].rstrip().endswith(("،", ",")) or (prev and prev[-1] in ("كما", "وكما"))):
            return False
        # a strong verb with و glued may name its speaker at length first (وقال دان ويرثايمر أحد مستشاري
        # المشروع وهو أيضا عالم ... إن): a longer look, up to a punctuation mark
        reach = 30 if glued and not c[2].weak else 6
        for t in self.toks(c[1], c[1] + 80 * (reach // 6))[:reach]:
            x = t[2]
            if x in lex.an_words or (x[:1] in "وب" and x[1:] in lex.an_words) or x == ":":
                return True
            if not x[0].isalnum() or x in lex.relatives:
                return False
        return False

    def _unmarked_report(self, c, cs: int) -> bool:
        """A new report in a clause without punctuation (... حتى انتهاء إجراءات التعاقد معه أكدت المصادر أن ...): a
        strong past verb cue, deep in the clause (12 words and more), followed by a short subject (1 to 3 words)
        and أن/إن; not after its own subject (قال إن الرئيس أكد أن: a report inside the report) nor a relative."""
        N, lex = self.N, self.lex
        if c[2].weak or self.in_quote(c[0], c[1]) or self._masdar_use(c) or self._object_suffix(c):
            return False
        if len(N[cs:c[0]].split()) < 12:
            return False
        prev = self.last_words(c[0], 1, 24)
        if not prev or prev[-1] in lex.relatives or prev[-1][1:] in lex.relatives or prev[-1] in lex.an_words \
                or prev[-1] in lex.an_blockers or prev[-1] in lex.np_stops or prev[-1].endswith("ما") \
                or not prev[-1][-1].isalnum() \
                or self._entity_ending(c[0]) is not None or self._desc_key(prev[-1]) is not None:
            return False
        toks = self.toks(c[1], c[1] + 60)[:5]
        for k, t in enumerate(toks):
            x = t[2]
            if x in lex.an_words or (x[:1] in "وب" and x[1:] in lex.an_words):
                return 1 <= k <= 3
            if not x[0].isalnum() or x in lex.prepositions:
                return False
        return False

    def _reporting_participle(self, c) -> bool:
        N = self.N
        j = c[0] - 1
        while j >= 0 and N[j] == " ":
            j -= 1
        if j >= 0 and N[j] in "،,":
            return True
        nxt = [t for t in self.toks(c[1], c[1] + 30)][:1]
        return bool(nxt) and (nxt[0][2] in ("الي", "ان", ":", "بان") or nxt[0][2] in MARKS
                              or (nxt[0][2] == "عن" and "an" in c[2].flags))      # كاشفا عن، معلنا عن

    def _masdar_use(self, c) -> bool:
        """A verb form right after a preposition or ما is a noun (ما بين، إلى وصف)."""
        prev = self.last_words(c[0], 1, 16)
        return bool(prev) and (prev[-1] in self.lex.prepositions or prev[-1] in ("ما", "الي", "ان"))

    def _feminine(self, c) -> bool:
        w, lemma = self.N[c[0]:c[1]], c[2].lemma
        for cl in ("ول", "فل", "و", "ف", "ل"):
            if w.startswith(cl) and not lemma.startswith(cl):
                w = w[len(cl):]
                break
        if c[2].kind == PARTICIPLE:
            return w.endswith("ه")
        return (w.endswith("ت") and not lemma.endswith("ت")) or (w.startswith("ت") and not lemma.startswith("ت"))

    def _topic(self, ss: int, p: int):
        """أما منظمة الصحة العالمية، فقد ...: the topic of the sentence speaks for its participles."""
        head = self.N[ss:min(p, ss + 30)].split()[:1]
        if head and head[0] in ("اما", "واما"):
            start = self.N.index(head[0], ss) + len(head[0])
            _, np = self.subject_np(start, p)
            if np is not None:
                return self.resolve_np(np)
        return None

    def _after_qad(self, c, glued: bool = True) -> bool:
        """وكان إردوغان قد انتقد / وكانت الشركة أعلنت: the subject stands before the verb. ``glued``: count
        وقد/فقد glued to the verb too (وقد أعلن مكتب التحقيقات ... is as often verb-first)."""
        w = self.N[c[0]:c[1]]
        if w.startswith(("وقد ", "فقد ")):
            return glued
        ss = self.sent_start(c[0])
        prev = self.N[max(ss, c[0] - 40):c[0]].split()[-2:]         # within the sentence only
        if prev and prev[-1] in ("قد", "لقد"):
            return True
        if len(prev) >= 2 and prev[-2] in _KANA:
            return True
        # وكانت السلطات العراقية أعلنت: كان + a subject of up to 5 words without punctuation or another cue
        words = self.N[max(ss, c[0] - 80):c[0]].split()[-6:]
        for k in range(len(words) - 2, -1, -1):
            if not words[k][-1].isalnum():
                return False
            if words[k] in _KANA:
                return all(w[-1].isalnum() and w not in self.lex.an_words for w in words[k + 1:]) \
                    and self.cue_at(self.N.rfind(words[k + 1], 0, c[0])) is None
        return False

    def _new_clause(self, c, ss: int) -> bool:
        """The verb opens a clause of its own (و/ف glued, or the sentence's first word): ونفى ضابط أن ...، وأوضح
        أن; not one inside the reported words (كتب ضابط أنه عندما أطلعت السلطات أداير على الصور، أجاب)."""
        s = c[0]
        return (self.N[s] in "وف" and not c[2].lemma.startswith(self.N[s])) or not self.N[ss:s].strip()

    def mention_before(self, p: int, floor: int, masc: bool, skip_reported: bool = False):
        """The nearest earlier mention that can speak: a person, an organisation, a description; with
        ``skip_reported``, none inside a clause reported before ``p``."""
        lex = self.lex
        desc = org = None
        toks = self.toks(max(floor, p - 200), p)
        for k in range(len(toks) - 1, -1, -1):
            t = toks[k]
            w = t[2]
            if not w[0].isalpha() or (skip_reported and self._in_reported(t[0], p)):
                continue
            x = self._entity_covering(t[0])
            if x is not None:
                if x[2].label in lex.speaker_labels and not self.in_quote(x[0], x[1]) and not self._governed(x):
                    if x[2].label == "PERSON" or not masc:
                        return (x[0], x[1], x[2])
                    org = org or (x[0], x[1], x[2])
                continue
            pw = self.name_word(t[0], t[1], w) or (self.name_word(t[0] + 1, t[1], w[1:]) if w[:1] in "وبل" else None)
            if pw is not None and not self.in_quote(t[0], t[1]):
                off = 0 if self.name_word(t[0], t[1], w) else 1
                return (t[0] + off, t[1], pw[2])
            b = self._desc_key(w)
            if b is not None and desc is None and not self.in_quote(t[0], t[1]):
                if masc and (b.endswith("ه") or b.endswith("ات")):
                    continue
                if k > 0 and (toks[k - 1][2] in lex.prepositions or toks[k - 1][2] in lex.object_verbs):
                    continue                    # قرار من وزير التجارة، التقت الفنان: an object, not the speaker
                off = len(w) - len(b) if w.endswith(b) else (
                    len(w) - len(b) + 2 if b.startswith("ال") and w.endswith(b[2:]) else 0)
                labels = lex.descriptions[b]
                name = self.apposition_name(t[1], p) if (not labels or "PERSON" in labels) else None
                tgt = self._desc_target(t[0] + off, labels, [b])
                desc = name or (t[0] + off, t[1], tgt[2] if tgt is not None else None)
                if not masc:
                    return desc
        return desc or org

    def _in_reported(self, a: int, p: int) -> bool:
        """``a`` lies in a reported clause that ended before ``p``: ونفى ضابط أن الجيش قام ...، وأوضح أن: the
        pronoun verb continues the speaker, never a mention inside what was reported (الجيش)."""
        r = self.reported
        k = bisect_right(r, (a, 1 << 60)) - 1
        return k >= 0 and r[k][0] <= a < r[k][1] <= p

    def _governed(self, x) -> bool:
        """An entity mention after ل/ب, a preposition like إلى/على/في (لرويترز، إلى الرئيس، على حزب الله) or a
        verb like التقى/استقبل is an object or an addressee, not the subject a pronoun verb continues; not after مع/عن/من (مقابلة
        مع أبي مالك الذي ... قال، عن ابن عمر قال: the person met or quoted speaks next)."""
        N = self.N
        if x[0] > 0 and N[x[0] - 1] in "لب" and (x[0] < 2 or not N[x[0] - 2].isalpha()):
            return True                         # لرويترز (not بلحسن الوسلاتي: a name cut by the tagger)
        prev = self.last_words(x[0], 2, 40)
        if len(prev) == 2 and self._desc_key(prev[-1]) is not None:
            prev = prev[:1]                     # إلى الرئيس محمد بخاري، التقت الفنان حسن حسني: past the title
        if prev and prev[-1] in self.lex.object_verbs:
            return True                         # والتقى حسن حسني ... وقالت: the one met does not speak
        if self._after_l_office(x[0]):
            return True
        if not prev or prev[-1] not in self.lex.object_preps:
            return False
        return not (prev[-1] == "علي" and x[2].label == "PERSON")   # علي القحطاني: the name علي, not على

    def _after_l_office(self, p: int) -> bool:
        """A name after ل + an office (لأستاذه المعماري محمد مكية، للرئيس) or after a noun of meeting (بعد لقائه
        الرئيس سلام), definite titles between: an addressee or object, not who speaks."""
        lex = self.lex
        ws = self.last_words(p, 4, 80)
        k = len(ws) - 1
        while k > 0 and (ws[k].startswith("ال") or self._desc_key(ws[k]) is not None) and ws[k] not in lex.object_masdars:
            k -= 1
        if k < 0:
            return False
        w = ws[k]
        if w in lex.object_masdars:
            return True
        if w[:1] != "ل" or len(w) < 4:
            return False
        core = w[2:] if w.startswith("لل") else w[1:]
        return any(core.endswith(suf) and core[:len(core) - len(suf)] in lex.office_nouns for suf in ("", "ه", "ها"))

    def _desc_key(self, w: str):
        d = self.lex.descriptions
        if w in d:
            return w
        for pre, rep_ in (("لل", "ال"), ("وال", "ال"), ("بال", "ال"), ("و", ""), ("ل", ""), ("ب", "")):
            if w.startswith(pre) and rep_ + w[len(pre):] in d:
                return rep_ + w[len(pre):]
        return None

    def _subject_gap(self, c, m) -> bool:
        """وقال وزير الخارجية، عادل الجبير، في مؤتمر صحافي، إن ... / وأوضح الناطق الإعلامي بفرع هيئة الهلال
        الأحمر السعودي في جازان بيشي بن عيسى الصرخي أن ...: a verb cue's subject with appositions (commas) or
        of 13 words and more still reports the أن/إن clause when the particle follows a comma (or على/إلى
        after one) or the speaker's name. Else the particle is likely governed by a word of the gap
        (مخاوف أن، فلا غرابة أن، التي يقدر أن) and the cue keeps its nominal object."""
        s, e, cue = c
        if cue.kind != VERB or (cue.weak and not self._weak_opens_clause(c)):
            return False
        between = self.N[e:m.start()]
        gap = [w for w in (x.strip("،,") for x in between.split()) if w]
        if not gap or len(gap) > 30 or gap[-1] in self.lex.an_blockers:
            return False
        if any(w in self.lex.relatives for w in gap[-3:]):
            return False
        j = e + len(between) - len(between.lstrip())
        x = self._entity_starting(j)
        if x is not None and x[2].label in self.lex.speaker_labels and len(gap) <= 25 and "،" not in between \
                and "," not in between and self.N[x[1]:m.start()].split()[:1] in (["الذي"], ["التي"]):
            return True                         # وقال كيمورا الذي التقى ... آخرين إن: a relative clause on the named subject
        tail = between.rstrip()
        k = max(tail.rfind("،"), tail.rfind(","))
        if k >= 0 and all(w in self.lex.an_preps for w in tail[k + 1:].split()):
            return not (m.group()[0] in "وف" and k == len(tail) - 1)     # ، وأن: a clause of its own
        x = self._entity_ending(m.start())
        return x is not None and x[2].label in self.lex.speaker_labels

    def _weak_opens_clause(self, c) -> bool:
        """ونقلت وكالة ... عن سعيد الطاير ...، أن / وذكر الاتحاد، الذي ...، أن: a weak reporting verb (نقل، ذكر،
        لفت) with و/ف glued or opening its sentence reads as the report across its subject's commas;
        not the ambiguous ones that report only before أن (بين = between, رأى، أقر)."""
        s, e, cue = c
        if "indirect" not in cue.flags or cue.an_only:
            return False
        return self.N[s] in "وف" or self.sent_start(s) >= s - 2

    def _subject_before(self, c) -> bool:
        """وزارة الدفاع الجزائرية أكدت ...: a speaker's name, not glued to a preposition, right before the verb
        (one space between) is its subject."""
        x = self._entity_ending(c[0])
        if x is None or x[2].label not in self.lex.speaker_labels or self.N[x[1]:c[0]] != " ":
            return False
        if x[0] > 0 and self.N[x[0] - 1].isalpha():
            # لرويترز قال: a preposition glued; والاتحاد الأوروبي أبلغت: و/ف glued opens the clause
            return self.N[x[0] - 1] in "وف" and (x[0] < 2 or not self.N[x[0] - 2].isalpha())
        # the name opens its clause: sentence start, و, أن/إن or a comma before it
        if self.sent_start(x[0]) >= x[0] - 1:
            return True
        prev = self.last_words(x[0], 1, 24)
        return not prev or prev[-1] in ("و", "،", ",") or prev[-1] in self.lex.an_words or prev[-1][-1:] in "،,"

    def _entity_ending(self, p: int):
        """The entity ending right before ``p`` (a space between)."""
        k = bisect_left(self.ent_starts, p) - 1
        while k >= 0 and self.ents[k][0] >= p - 120:
            if p - 2 <= self.ents[k][1] <= p:
                return self.ents[k]
            k -= 1
        return None

    def _governed_an(self, e: int, m) -> bool:
        """The particle at ``m`` is governed by the word right before it (بعد أن، قبل أن، حيث إن، يمكن أن:
        'an_blockers'), not by the cue ending at ``e``."""
        prev = self.N[e:m.start()].split()
        if len(prev) >= 2 and prev[-2] in ("فيما", "من") and prev[-1] in ("بعد", "قبل"):
            return False                        # اعترفت فيما بعد بأنها: 'later', the cue's particle
        return bool(prev) and prev[-1] in self.lex.an_blockers

    def _an_clause(self, c, m):
        """Cue ... أن/إن: the clause after the particle; -1 when the cue cannot report; None to look further."""
        N = self.N
        s, e, cue = c
        between = N[e:m.start()]
        stripped = between.rstrip(" \t،,:")
        if ":" in stripped:
            return None
        commas = "،" in stripped or "," in stripped
        if commas and not self._subject_gap(c, m):
            return None
        r = self._an_checked(c, m, stripped, commas)
        # across commas a failed check only means the particle is not this cue's: its nominal object may still be
        return None if (r == -1 and commas) else r

    def _an_checked(self, c, m, stripped, gapped=False):
        N = self.N
        s, e, cue = c
        if "indirect" not in cue.flags:
            return -1
        nbetween = len(stripped.split())
        if cue.kind == PARTICIPLE and nbetween > 2 and not N[max(0, s - 3):s].rstrip().endswith(("،", ",")):
            return -1                           # ازدهاراً لافتاً ... : an adjective, not a reporting participle
        if cue.an_only and cue.weak and N[s] not in "وف" and not N[max(0, s - 3):s].rstrip().endswith(("،", ",", ".", ":")):
            return -1                           # ارتباط بين السياسي والاقتصادي بمعنى أن: "between"
        for mk in MARK_RE.finditer(N, e, m.start()):
            if self.in_quote(mk.end(), mk.end() + 1):
                return -1
        words = [w for w in stripped.split() if w[0].isalnum()]
        if len(words) > 8 and not gapped and (cue.weak or len(words) > 12):
            gapped = self._subject_gap(c, m)
        if (len(words) > 12 or cue.weak and len(words) > 8) and not gapped:
            return -1 if cue.weak else None
        if words and words[-1] in ("الا", "غير"):
            return -1
        if len(words) > 1:
            k = bisect_right(self.cue_starts, e)
            first_end = N.find(words[0], e) + len(words[0])
            while k < len(self.cues) and self.cues[k][0] < m.start():
                if self.cues[k][0] >= first_end and self.cues[k][2].kind in (VERB, PARTICIPLE) and not (
                        gapped and self.cues[k][2].weak) \
                        and not (self.cues[k][2].kind == VERB and self._object_suffix(self.cues[k])):
                    return -1                   # الذي يتخذ من بروكسل مقرا له: مقر is no cue here; في بيان أوردته وكالة: a relative

                k += 1
        return m.end(), self._clause_end(m.end(), False)

    def _entity_starting(self, p: int):
        k = bisect_left(self.ent_starts, p)
        if k < len(self.ents) and self.ents[k][0] == p:
            return self.ents[k]
        return None

    def _is_source_np(self, a: int, nouns: bool = True) -> bool:
        """A speaker-like phrase at ``a`` (a name, a description, ما + cue); with ``nouns``, a data or report
        noun too (بيانات، تقرير، دراسة: 'source_nouns')."""
        lex = self.lex
        ws = [t for t in self.toks(a, a + 80) if t[2][0].isalnum()][:4]
        if not ws:
            return False
        w0 = ws[0]
        if w0[2] in ("ما", "قول", "قوله", "قولها"):
            return w0[2] == "ما"
        if self.cue_at(w0[0]) is not None or self._desc_key(w0[2]) is not None:
            return True
        w = w0[2]
        if w[:1] == "ل" and self._desc_key("ال" + w[1:]) is not None:
            return True                         # وفقا للهيئة: وفقا ل + لهيئة
        x = self._entity_covering(w0[0]) or self._entity_covering(w0[0] + 1)
        if x is not None and x[2].label in lex.speaker_labels:
            return True
        if nouns and (w in lex.source_nouns or _bare(w) in lex.source_nouns
                      or (w[:1] == "ل" and "ال" + w[1:] in lex.source_nouns)):
            return True                         # بحسب بيانات الوزارة
        return len(ws) >= 3 and ws[1][2] in lex.relatives and self.cue_at(ws[2][0]) is not None

    def _kama_source(self, c):
        """...، كما ذكرت مصادر عسكرية.: كما + a reporting verb + its subject closing the sentence names the
        source of the clause before the comma, as بحسب does."""
        N = self.N
        s, e, cue = c
        head = N[max(0, s - 12):s].split()
        if not head or head[-1] not in ("كما", "وكما") or self._masdar_use(c):
            return None
        k = N.rfind(head[-1], 0, s)
        if not N[max(0, k - 3):k].rstrip().endswith(("،", ",")):
            return None
        se = self.sent_end(e)
        tail = [t for t in self.toks(e, se) if t[2][0].isalnum()]
        if not tail or len(tail) > 8 or any(t[2] in self.lex.an_words for t in tail):
            return None
        if not self._is_source_np(e):
            return None
        ss = self.sent_start(s)
        j = bisect_left(self.quote_spans, (k,)) - 1
        if j >= 0 and self.quote_spans[j][1] > ss:
            return None                         # the clause holds a marked quote: its cue says who spoke
        ws = [t for t in self.toks(ss, k) if t[2][0].isalnum()]
        if len(ws) < 4:
            return None
        cs = ws[0][0]
        if ws[0][2] in ("و", "كما", "ف"):
            cs = ws[1][0]
        elif ws[0][2].startswith("و") and len(ws[0][2]) > 3:
            cs += 1
        for t in ws:
            cc = self.cue_at(t[0])
            if cc is not None and cc[2].kind in (VERB, PARTICIPLE) and not cc[2].weak:
                return None                     # a cue inside the clause already reports it
        return cs, k

    def _indirect_source(self, c):
        N = self.N
        s, e, cue = c
        if "no_clause" in cue.flags or not self._is_source_np(e):
            return None
        ss = self.sent_start(s)
        se = self.sent_end(e)
        head = [w for w in N[ss:s].split(None, 2) if w[0].isalnum()]
        after_colon = N[max(ss, s - 4):s].rstrip().endswith(":")
        if len(head) == 0 or (len(head) == 1 and head[0] in ("و", "ف")) or after_colon:
            # sentence-initial source: the content follows its comma or ف (فإن، فقد)
            toks = self.toks(e, min(se, e + 200))
            strict = not self._is_source_np(e, nouns=False)
            for k, t in enumerate(toks):
                w = t[2]
                if strict and k > 10 and w in ("،", ","):
                    return None                 # وبحسب بيان لرئاسة الإقليم أشاد العطية ...، : the content began before
                if w in ("،", ",") or w in _FA_INNA:
                    nxt = toks[k + 1] if k + 1 < len(toks) else None
                    if w in ("،", ",") and nxt is not None and self.cue_at(nxt[0]) is not None:
                        return None             # وحسب وكالة «فرانس برس»، قالت «بوينج»: the cue reports
                    if w in ("،", ",") and nxt is not None and nxt[2] in _FA_INNA:
                        t = nxt                 # وحسب مصادر، فإن الاجتماع ...: the clause follows فإن
                    elif w in ("،", ","):
                        fa = self._fa_inna_after(toks, k + 1)
                        if fa is not None:
                            t = fa              # وحسب مساهل، الوزير الجزائري ...، فإن المؤتمر: past the apposition
                    return t[1], self._clause_end(t[1], False)
                if w in MARKS and self.in_quote(t[1], t[1] + 1):
                    return None
                cc = self.cue_at(t[0])
                if cc is not None and cc[2].kind == VERB and k > 1 and toks[k - 1][2] not in self.lex.relatives \
                        and toks[k - 1][2] not in ("ما", "لما"):
                    return None                 # ووفقا لتقارير طبية ... أفادت بأنه: the verb reports (not: حسبما أعلن، الذي كشفت عنه)
            return self._source_after_period(c, ss, toks)
        return self._source_closing(c, se)

    def _fa_inna_after(self, toks, k: int):
        """The فإن/فقد that opens the content after an apposition of the source (a comma and up to 20
        words without a cue, a mark or a period first), or None."""
        for t in toks[k:k + 24]:
            w = t[2]
            if w in _FA_INNA and self.N[max(0, t[0] - 3):t[0]].rstrip().endswith(("،", ",")):
                return t
            if w in MARKS or w in (".", "؛", ":") or self.cue_at(t[0]) is not None:
                return None
        return None

    def _source_closing(self, c, se):
        """A source phrase inside the sentence: '...، فطبقا للمعلومات الأخيرة فإن ...' reports what follows
        فإن; one that closes its clause (a comma within 8 words, the sentence end within 20: ... 407.75 نقطة
        بحسب بيانات وكالة رويترز.) reports the clause before it; a data noun's phrase that runs on (وفقا لبيان الوزارة
        مراجعة التقرير ...، - وفق الدراسات - يعد) is a mid-clause reference, not a report."""
        s, e, cue = c
        n = 0
        strict = not self._is_source_np(e, nouns=False)   # a data noun (بيانات، دراسة) must close its clause
        for t in self.toks(e, min(se, e + 200)):
            w = t[2]
            if w in _FA_INNA:
                return t[1], self._clause_end(t[1], False)
            if w in ("،", ",", "؛"):
                if strict and n > 8:
                    return None
                break
            if not strict:
                continue
            if w[0].isalnum():
                n += 1
                if n > 20:
                    return None
            elif w not in MARKS and w not in "()":
                return None
        return self._clause_before_source(self.sent_start(s), s)

    def _source_after_period(self, c, ss, toks):
        """...على الانترنت.وفقا لرويترز. / ... عام 2014. وفقا للفرنسية.: a source phrase that makes a sentence
        of its own (a few words, no و before it) names the source of the sentence before."""
        N = self.N
        s = c[0]
        glued = N[s] in "وف" and not N.startswith("وفق", s) or N.startswith(("ووفق", "فوفق"), s)
        if glued or len([t for t in toks if t[2][0].isalnum()]) > 5 or ss < 2 or N[ss - 1] != ".":
            return None
        if any(self.cue_at(t[0]) is not None or t[2] in self.lex.an_words for t in toks):
            return None
        end = ss - 1
        while end > 0 and N[end - 1] == ".":
            end -= 1
        return self._clause_before_source(self.sent_start(end), end)

    def _clause_before_source(self, ss, s):
        """The clause from the sentence start ``ss`` to the source phrase at ``s``, unless it holds a marked
        quote or a reporting cue of its own."""
        # the clause before the source phrase (after the previous quote)
        start = ss
        k = bisect_left(self.quote_spans, (s,)) - 1
        if k >= 0 and self.quote_spans[k][1] > ss:
            return None
        toks = self.toks(start, s)
        colon = [k for k, t in enumerate(toks) if t[2] == ":"]
        if colon:
            toks = toks[colon[-1] + 1:]         # سبق- وكالات: قتل نحو 30 ...، حسب موقع: the dateline is no content
        ws = [t for t in toks if t[2][0].isalnum()]
        if len(ws) < 4:
            return None
        cs = ws[0][0]
        first = ws[0][2]
        if first in ("و", "كما", "ف"):
            cs = ws[1][0]
        elif first.startswith("و") and len(first) > 3:
            cs += 1
        # a cue inside the clause already reports it
        for k, t in enumerate(ws):
            cc = self.cue_at(t[0])
            if cc is not None and cc[2].kind in (VERB, PARTICIPLE) and (
                    not cc[2].weak or any(x[2] in self.lex.an_words for x in ws[k + 1:k + 4])):
                return None                     # (a weak one with its أن: وبيّن النشطاء أنّ ...)
        if len(ws) > 4 and ws[-1][2] == "وذلك":
            s = ws[-1][0]                       # ...، وذلك بحسب ما أعلنه الوزير: وذلك only links the source
        return cs, s

    # ---------------------------------------------------------------- pass 3: speakers
    def subject_np(self, a: int, limit: int, skip_leading: bool = True, source: bool = False):
        """The noun phrase right after a reporting word: (end offset, (start, end) or None). ``source``: after
        بحسب/وفقا ل, where بيانات/بحث open the phrase (elsewhere a ب-word is no subject: بلهجة آمرة)."""
        lex = self.lex
        toks = self.toks(a, min(limit, a + 140))
        i = 0
        titled = False
        if skip_leading:
            while i < len(toks):
                w = toks[i][2]
                if w in lex.pronoun_pps or w in lex.time_words or w in ("،", ","):
                    i += 1
                    if w in lex.time_words:         # قبل أيام، قبل 3 أسابيع، منتصف شهر مايو: the time goes on
                        while i < len(toks) and (toks[i][2] in lex.time_nouns or toks[i][2][0].isdigit()) \
                                and self._entity_covering(toks[i][0]) is None:
                            i += 1
                    continue
                if w == "اول" and i + 2 < len(toks) and toks[i + 1][2] == "من" and toks[i + 2][2] == "امس":
                    i += 3                      # أول من أمس: a time phrase
                    continue
                if len(w) == 1 and w.isalpha() and i + 1 < len(toks) and toks[i + 1][2] == ".":
                    i += 2                      # د. علي، م. خالد: an abbreviated title, a name follows
                    titled = True
                    continue
                # addressee: لـ «عكاظ» / لرويترز
                if w in ("ل", "ل«") or (w in MARKS and i + 1 < len(toks) and i > 0 and (
                        toks[i - 1][2] == "ل" or toks[i - 1][2] in lex.medium_words or _bare(toks[i - 1][2]) in lex.medium_words)):
                    i += 1
                    while i < len(toks) and (toks[i][2] in MARKS or self._in_name_marks(toks[i][0])):
                        i += 1
                    continue
                if w in MARKS and i + 3 < len(toks) and toks[i + 1][0] in self.name_words and toks[i + 2][2] in MARKS \
                        and toks[i + 3][2][0].isalpha() and toks[i + 3][2] not in lex.an_words:
                    i += 3                      # أبلغ "الاقتصادية" الدكتور إبراهيم العساف: the paper told, a subject follows
                    continue
                if w.startswith("ل") and self._entity_starting(toks[i][0] + 1) is not None:
                    i += 1
                    continue
                if w.startswith("لل") and self._entity_covering(toks[i][0]) is None:
                    i += 1
                    continue
                # medium: على صفحة / في بيان / عبر حسابه / على موقع تويتر
                if w in lex.medium_preps and i + 1 < len(toks) and (
                        toks[i + 1][2] in lex.medium_words or _bare(toks[i + 1][2]) in lex.medium_words
                        or toks[i + 1][2] in ("بيان", "تصريح", "تصريحات", "تغريده", "حديث", "مقابله")):
                    i += 2
                    while i < len(toks) and toks[i][2] in lex.medium_modifiers:
                        i += 1                  # وجاء في تغريدة أخرى: / في بيان له: not a subject
                    continue
                if w == "ما" or w == "لما":
                    i += 1
                    if i < len(toks) and (self.cue_at(toks[i][0]) is not None or (
                            source and toks[i][2][0].isalpha() and toks[i][2] not in ("هو", "هي", "هم", "هما")
                            and self._entity_starting(toks[i][0]) is None)):
                        i += 1                  # بحسب ما ذكره بداح السبيعي، وفق ما تلقوه من: ما + a verb, then its subject
                    continue
                if w in ("وصف", "التفاصيل", "التي") or self.cue_at(toks[i][0]) is not None:
                    i += 1
                    continue
                break
        start = None
        prev_definite = False
        j = i
        count = 0
        if titled and j < len(toks) and toks[j][2][0].isalpha():
            start, end, count, j = toks[j][0], toks[j][1], 1, j + 1     # د. علي (علي reads as على)
        while j < len(toks) and count < 9:
            w = toks[j][2]
            if w in MARKS:
                if start is not None and not self._in_name_marks(toks[j][0] + 1) and not self._in_name_marks(toks[j][0] - 1):
                    break
                j += 1
                continue
            if not w[0].isalnum():
                break
            if (w in lex.prepositions or w in ("ل", "ب") or w in lex.time_words or w in lex.an_words or w in lex.np_stops
                    or w in lex.relatives or (w[:1] in "وبل" and w[1:] in lex.an_words)) \
                    and self._entity_starting(toks[j][0]) is None:
                break                           # (a name that reads as a particle goes on: بان كي مون)
            if start is not None and w in lex.medium_words:
                break
            if self.cue_at(toks[j][0]) is not None and start is not None:
                break
            if w == "باسم" and start is not None and j + 1 < len(toks) and toks[j + 1][2][0].isalpha() \
                    and self.N[start:end].split()[-1] in ("المتحدث", "الناطق", "المتحدثه", "الناطقه", "متحدث", "ناطق",
                                                           "متحدثه", "ناطقه", "المتحدثين", "متحدثون") \
                    and len(self.N[start:end].split()) == 1:
                end = toks[j][1]                # المتحدث باسم وزارة الخارجية ...: a spokesman not named before goes by his body
                prev_definite = False
                count += 1
                j += 1
                continue
            if w.startswith("ب") and start is not None and self._entity_starting(toks[j][0]) is None \
                    and self._entity_starting(toks[j][0] + 1) is None:
                break
            ent_here = self._entity_covering(toks[j][0])
            if start is not None and ent_here is None and prev_definite and not w.startswith(("ال", "وال", "و")):
                break
            if start is not None and ent_here is None and w in lex.prep_masdars and j + 1 < len(toks) \
                    and toks[j + 1][2] in ("على", "عن", "علي"):
                break                           # أعلنت السلطات المغربية القبض على: the object starts at the masdar
            if start is None and ent_here is None and (w in lex.np_stops
                                                       or (w.startswith("ب") and self._desc_key(w) is None
                                                           and not (source and w in lex.source_nouns)
                                                           and self._entity_starting(toks[j][0] + 1) is None)):
                break                          # وهو يخبط / بلهجة آمرة: no subject here
            if start is None and ent_here is None and _hal_adverb(w):
                break                          # فقال متهكما / داعيا الله: a state, the subject is a pronoun
            if start is None:
                if (self._entity_covering(toks[j][0]) is None and w not in lex.descriptions
                        and w not in lex.ordinals and w.endswith(("ته", "تها", "تهم", "يته", "يتها", "اته"))):
                    break                      # مسؤوليته: an object, the subject is a pronoun
                if w in lex.bare_starters:
                    break
                start = toks[j][0]
            end = toks[j][1]
            prev_definite = w.startswith(("ال", "وال")) or ent_here is not None
            # an entity goes in whole
            ent = self._entity_covering(toks[j][0])
            if ent is not None and ent[1] > end:
                end = ent[1]
                while j + 1 < len(toks) and toks[j + 1][0] < end:
                    j += 1
            count += 1
            j += 1
        if start is None:
            return (toks[i][0] if i < len(toks) else a), None
        return end, (start, end)

    def _in_name(self, a: int, b: int) -> bool:
        """[a, b) lies inside a longer entity name (سي إن إن; بان كي مون: بان reads as the particle بأن) or a
        name in marks (شبكة "إن بي سي نيوز"); an entity name opening with it must be a person's (not a tagger slip like «أنَّ النبي» as an organisation)."""
        if any(x <= a and b <= y for x, y in self.marked_names):
            return True                         # قناة "إن تي في": إن opens the name in marks
        x = self._entity_covering(a)
        return x is not None and b <= x[1] and x[1] - x[0] > b - a and (x[0] < a or x[2].label == "PERSON")

    def _in_name_marks(self, p: int) -> bool:
        return self._entity_covering(p) is not None

    def _entity_covering(self, p: int):
        k = bisect_right(self.ent_starts, p) - 1
        if k >= 0 and self.ents[k][0] <= p < self.ents[k][1]:
            return self.ents[k]
        return None

    def apposition_name(self, p: int, limit: int):
        """A name right after a title (وزير الخارجية الإسرائيلي، آنذاك، أفيغدور ليبرمان إلى ...): a run of
        1-4 words without the article, not in any lexicon, ended by a preposition, comma, mark or cue."""
        lex = self.lex
        run = []
        toks = self.toks(p, min(limit, p + 120))
        for k, t in enumerate(toks):
            w = t[2]
            alpha = w[0].isalpha()
            if not run and len(w) == 1 and alpha and k + 1 < len(toks) and toks[k + 1][2] == ".":
                continue                        # م. عادل الملحم: the title's abbreviation
            if not run and w == "." and k > 0 and len(toks[k - 1][2]) == 1:
                continue
            stop = (not alpha) or w in lex.prepositions or w in lex.an_words or w in ("ل", "ب") \
                or w in lex.time_words or self.cue_at(t[0]) is not None or w in lex.relatives
            if stop:
                if 1 <= len(run) <= 4 and (len(run) >= 2 or run[0][2] not in lex.descriptions):
                    return run[0][0], run[-1][1], None
                run = []
                if alpha and w not in lex.time_words:
                    return None
                if w in MARKS:
                    return None
                continue
            if w.startswith(("ال", "وال", "لل", "بال", "و")) or w in lex.descriptions or _bare(w) in lex.descriptions:
                run = []
                continue
            if not run and w in lex.not_names:
                return None                     # المصادر ذاتها: no name follows
            if not run and w[:1] in "لب" and (w[1:] in lex.name_nouns or w[1:] in lex.medium_words):
                continue                        # المصدر لوكالة «...»، المتحدث باسم ...: not a name
            run.append(t)
        return None

    def resolve_np(self, np, limit: int = -1):
        """A speaker for a noun phrase: (start, end, entity or None)."""
        lex = self.lex
        a, b = np
        if limit < b:
            limit = b
        ents = [x for x in self.ents_in(a, b) if x[2].label in lex.speaker_labels]
        if ents:
        # the nearest-to-the-quote person, else organisation-like
            pers = [x for x in ents if x[2].label == "PERSON"]
            x = (pers or ents)[-1]
            return x[0], x[1], x[2]
        words = [t for t in self.toks(a, b) if t[2][0].isalnum()]
        if not words:
            return None
        w0 = words[0][2]
        pw = self.name_word(words[0][0], words[0][1], w0)
        if pw is not None:
            return words[0][0], words[0][1], pw[2]
        if w0 in lex.ordinals:
            tgt = self.ordinal_target(a, lex.ordinals[w0])
            return words[0][0], words[0][1], tgt
        for k in range(min(len(words), lex.desc_max_words), 0, -1):
            phrase = " ".join(t[2] for t in words[:k])
            labels = lex.descriptions.get(phrase)
            if labels is None and k == 1:
                labels = lex.descriptions.get(_bare(phrase))
            if labels is not None:
                if not labels or "PERSON" in labels:
                    name = self.apposition_name(b, limit)
                    if name is not None:
                        return name
                tgt = self._desc_target(a, labels, [t[2] for t in words])
                if tgt is not None and tgt[0] >= a:
                    return tgt                  # المتحدث الرسمي ... فلان: the name is the mention nearest the quote
                tgt = tgt[2] if tgt is not None else None
                if tgt is None and len(words) > k:
                    return words[0][0], words[min(len(words), 5) - 1][1], None
                return words[0][0], words[k - 1][1], tgt
        return words[0][0], words[min(len(words), 5) - 1][1], None

    def _titled_name(self, e: int, limit: int, sp):
        """وأوضح مدير مركز الملك عبدالله بجدة الدكتور زهير ميمني أن ...: a title + name words in the phrase
        after the cue name the speaker closest to the quote; they win over an office, an organisation or a
        name inside one that the phrase began with (not over a person named after them)."""
        lex = self.lex
        toks = self.toks(e, min(limit, e + 300))
        first = next((t for t in toks if t[2][0].isalnum()), None)
        if first is not None and sp is not None and sp[2] is not None and sp[2].label == "PERSON" and sp[0] <= first[0]:
            return None                         # قال عباس شومان وكيل الأزهر ...: the name opens the phrase
        for k, t in enumerate(toks[:30]):
            w = t[2]
            if w in MARKS or w in lex.an_words or w in lex.relatives or (w in lex.prepositions and w != "في"):
                return None                     # the phrase ended, or an addressee/occasion follows (عقب دعاء الشيخ فلان)
            if w not in lex.person_titles:
                continue
            j = k + 1
            while j < len(toks) and toks[j][2] in (".", "/"):
                j += 1
            names = []
            while j < len(toks) and len(names) < 5:
                x = toks[j][2]
                if not x[0].isalpha() or x in lex.prepositions or x in lex.an_words or x in lex.np_stops \
                        or x in lex.relatives or self._desc_key(x) is not None or x in lex.time_words or x in lex.person_titles \
                        or x in lex.office_nouns or _bare(x) in lex.office_nouns \
                        or self.cue_at(toks[j][0]) is not None or (x[:1] in "بل" and len(names) >= 2):
                    break
                names.append(toks[j])
                j += 1
            while names and names[0][2].startswith("ال"):
                names.pop(0)                    # العميد المتقاعد محمد الخالدي: an adjective before the name
            if len(names) < 2:
                return None                     # الأستاذ الجامعي المختص في ...: an office described, no name
            a, b = names[0][0], names[-1][1]
            if sp is not None and sp[1] > a:
                return None                     # the speaker found is this name or comes after it
            ent = self._entity_covering(a)
            if ent is not None and ent[2].label != "PERSON":
                return None
            return (ent[0], ent[1], ent[2]) if ent is not None else (a, b, None)
        return None

    def ordinal_target(self, p: int, idx: int):
        k = bisect_left(self.ent_starts, p) - 1
        group = []
        limit = p - 800
        while k >= 0 and self.ents[k][0] >= limit:
            x = self.ents[k]
            if not group:
                group = [x]
            elif LIST_GAP_RE.fullmatch(self.N, x[1], group[0][0]) and x[2].id != group[0][2].id:
                group.insert(0, x)
            else:
                if len(group) >= 2:
                    break
                group = [x]
            k -= 1
        if len(group) < 2:
            return None
        try:
            return group[idx][2]
        except IndexError:
            return None

    def _desc_target(self, p: int, labels, words):
        """(start, end, entity) of the mention a description stands for (start -1: not located): a person description (المتحدث، الوزير، رئيس الهيئة) only the
        person it introduced, else the most recent entity of a fitting label."""
        if not labels:
            return None
        if "PERSON" in labels:
            return self.introduced_person(p, words)
        head = _bare(words[0]) if words else ""
        x = (self.recent_entity(p, labels, head=head) if len(head) >= 3 else None) or self.recent_entity(p, labels)
        return (-1, -1, x) if x is not None else None

    def introduced_person(self, p: int, words):
        """The person a description at ``p`` (its words ``words``) was introduced with: a mention of the same
        title up to ``p`` (this one included) with a person's name after it in the same noun phrase (المتحدث
        الرسمي باسم الوزارة أحمد ...) or before it across a comma (عز الدين الأصبحي، وزير حقوق الإنسان). The most
        recent person named is often someone else (the addressee, a person in the reported clause): without
        an introduction the description stays unresolved."""
        head = words[0]
        for pre in ("وال", "فال", "بال", "لل", "ال", "و", "ف"):
            if head.startswith(pre) and len(head) - len(pre) >= 3:
                head = head[len(pre):]
                break
        rest = [_bare(w) for w in words[1:2] if w[:1].isalpha()]
        N = self.N
        a = max(0, p - 3000)
        hits = [m for m in re.finditer(r"(?<!\w)(?:[وفلب]|وال|فال|بال|لل|ال)?" + re.escape(head) + r"(?!\w)", N[a:p + len(words[0]) + 2])]
        for m in reversed(hits):
            s, e = a + m.start(), a + m.end()
            if self.in_quote(s, e):
                continue
            after = self.toks(e, min(e + 160, self.para_end(e)))[:14]
            near = {_bare(t[2]) for t in after[:5]}
            if any(w not in near for w in rest):
                continue                        # رئيس الحكومة ... is not رئيس الهيئة
            x = self._named_after(after) or self._named_before(s)
            if x is not None:
                return x
        return None

    def _named_after(self, toks):
        """The person named in the noun phrase these tokens continue (up to a stop: sentence end, colon,
        mark, particle, cue, a comma not followed by the name)."""
        lex = self.lex
        for k, t in enumerate(toks):
            w = t[2]
            x = self._entity_covering(t[0])
            if x is not None:
                if x[2].label == "PERSON" and not self.in_quote(x[0], x[1]):
                    return x
                continue
            if w in ("،", ","):
                nxt = [self._entity_covering(t[0]) for t in toks[k + 1:k + 4]]
                if k + 1 < len(toks) and not toks[k + 1][2].startswith("و") and any(
                        x is not None and x[2].label == "PERSON" for x in nxt):
                    continue                    # وزير الأوقاف الأردني، الدكتور هايل داود
                return None
            if not w[0].isalnum() and not (len(w) == 1 and w == "." and k > 0 and len(toks[k - 1][2]) == 1):
                return None
            if w in lex.an_words or (w[:1] in "وب" and w[1:] in lex.an_words) or self.cue_at(t[0]) is not None:
                return None
        return None

    def _named_before(self, s: int):
        """A person named right before this title, a comma or nothing between: عز الدين الأصبحي، وزير حقوق
        الإنسان / وقال كريس فيليرز المتحدث باسم «بوينغ»."""
        N = self.N
        j = s
        while j > 0 and N[j - 1] in " \t":
            j -= 1
        if j > 0 and N[j - 1] in "،,":
            j -= 1
        x = self._entity_ending(j)
        if x is not None and x[2].label == "PERSON" and not self.in_quote(x[0], x[1]):
            return x
        return None

    def recent_entity(self, p: int, labels, limit: int = 3000, head: str = ""):
        """The most recent entity of a fitting label; with ``head``, one whose name holds that noun: الوزارة is
        the last وزارة named (وزارة الخارجية الفلسطينية), not the last organisation (الإدارة المدنية الإسرائيلية)."""
        k = bisect_left(self.ent_starts, p) - 1
        while k >= 0 and self.ents[k][0] >= p - limit:
            x = self.ents[k]
            if x[2].label in labels and not self.in_quote(x[0], x[1]) and (
                    not head or head in self.N[x[0]:x[1]].split()):
                return x[2]
            k -= 1
        return None

    def _name_before(self, it):
        """وأوضح الناطق الإعلامي ... بيشي بن عيسى الصرخي أن ... / وقال المتحدث الرسمي العقيد فلان: «...»: the
        person named right before the particle or the colon is the mention nearest the quote."""
        N = self.N
        p = it.open if (it.open >= 0 and it.kind != "indirect") else it.start
        j = p
        while j > 0 and N[j - 1] in " \t،,:" + MARKS:
            j -= 1
        if it.kind != "indirect" and ":" not in N[j:p]:
            return None                         # قال «X» بأن فلان «...»: only a colon introduces the mark
        if it.kind == "indirect":
            w = N[max(0, j - 8):j].split()[-1:]
            if not w or w[0] not in self.lex.an_words and w[0][1:] not in self.lex.an_words:
                return None
            j -= len(w[0])
            while j > 0 and N[j - 1] in " \t،,":
                j -= 1
            w = N[max(0, j - 8):j].split()[-1:]
            if w and w[0] in self.lex.an_preps:           # ...، على أن / إلى أن
                j -= len(w[0])
                while j > 0 and N[j - 1] in " \t،,":
                    j -= 1
        x = self._entity_ending(j)
        if x is None or x[2].label != "PERSON" or x[1] < j - 1 or x[0] <= it.cue[1] or self.in_quote(x[0], x[1]):
            return None
        if N[x[0] - 1].isalpha():
            return None                         # الموالية لهادي أن
        prev = self.last_words(x[0], 1, 24)
        if prev and (prev[-1] in self.lex.prepositions or prev[-1] in ("ال", "آل", "ابن", "بن", "ام", "ابو", "ابي")):
            return None                         # أحد المقربين من السيسي إن / الزائرة أم حسين، أنها
        return (x[0], x[1], x[2])

    def _comma_name(self, it):
        """وقال مدير وحدة مكافحة إيبولا في ليبيريا، تولبرت نينسواه، إن ...: a name the tagger missed, set off by
        commas right before the particle (or the mark) of a cue whose subject is a title: 1-4 words without the
        article, in no lexicon."""
        N, lex = self.N, self.lex
        j = it.open if (it.open >= 0 and it.kind != "indirect") else it.start
        while j > 0 and N[j - 1] in " \t:" + MARKS:
            j -= 1
        w = N[max(0, j - 8):j].split()[-1:]
        if w and (w[0] in lex.an_words or w[0][1:] in lex.an_words):
            j -= len(w[0])
            while j > 0 and N[j - 1] in " \t":
                j -= 1
        if j == 0 or N[j - 1] not in "،,":
            return None
        k = max(N.rfind("،", 0, j - 1), N.rfind(",", 0, j - 1))
        if k < it.cue[1] or j - k > 60:
            return None
        toks = self.toks(k + 1, j - 1)
        if not 1 <= len(toks) <= 4 or (len(toks) == 1 and len(toks[0][2]) < 3):
            return None
        for t in toks:
            x = t[2]
            if not x.isalpha() or x.startswith(("ال", "وال", "بال", "لل")) or x in lex.prepositions or x in lex.time_words \
                    or x in lex.np_stops or x in lex.relatives or x in lex.office_nouns or x in lex.person_titles \
                    or self._desc_key(x) is not None or self.cue_at(t[0]) is not None or x[:1] in "وبل" and len(toks) == 1:
                return None
        return toks[0][0], toks[-1][1], None

    def nearest_speaker_entity(self, p: int, floor: int):
        k = bisect_left(self.ent_starts, p) - 1
        while k >= 0 and self.ents[k][0] >= floor:
            x = self.ents[k]
            if x[1] <= p and x[2].label in self.lex.speaker_labels and not self.in_quote(x[0], x[1]):
                return x
            k -= 1
        return None

    def _previous_subject(self, ss: int):
        """وأشاد وزير الأوقاف الأردني، الدكتور هايل داود، بالتوسعة ... . وقال: «...»: with no speaker so far, a
        pronoun verb opening its sentence continues the person the sentence before is about: its first person
        named, not an object or addressee, nor inside a quote or a reported clause."""
        if ss < 2:
            return None
        lex = self.lex
        ps = self.sent_start(ss - 2)
        words = self.N[ps:ss].split(None, 1)
        if len(words) < 2:
            return None
        head = ps + self.N[ps:ss].index(words[0]) + len(words[0])     # after the sentence's first word (its verb)
        for x in self.ents_in(head, ss):
            if x[2].label != "PERSON" or self.in_quote(x[0], x[1]) or self._in_reported(x[0], ss):
                continue
            # the subject right after the verb, titles and definite words before the name only
            if all(w.startswith(("ال", "وال")) or w in lex.person_titles or w in lex.office_nouns
                   or self._desc_key(w) is not None or w in "،,." or (len(w) == 1 and w.isalpha())
                   for w in self.N[head:x[0]].split()):
                return x[0], x[1], x[2]
            return None
        return None

    def _named_subject(self, e: int, limit: int):
        """The subject after a verb when it names an entity (else None)."""
        _, np = self.subject_np(e, limit)
        sp = self.resolve_np(np, limit) if np is not None else None
        return sp if sp is not None and sp[2] is not None else None

    def _silent_cues(self, items):
        """Reporting verbs that report nothing themselves but open a clause with their subject (وشدد
        البروفسور إيفان شيهان على الدور ... / وأعرب الوزير عن ...): pseudo-items that only track who speaks."""
        used = {it.cue[0] for it in items if it.cue is not None}
        out = []
        for c in self.cues:
            if c[2].kind != VERB or c[2].weak or c[0] in used or self.in_quote(c[0], c[1]) or self._masdar_use(c):
                continue
            k = bisect_right(self.reported, (c[0], 1 << 60)) - 1
            if k >= 0 and self.reported[k][1] > c[0]:
                continue                        # inside what someone else reported
            if self._new_clause(c, self.sent_start(c[0])):
                out.append(Item(c[1], c[1], "silent", c))
        return out

    def _silent_speaker(self, c, last):
        """``last`` after a silent cue: its named subject (an entity or a description) speaks next, so a
        pronoun verb or a participle after it (...، وقال إن / وأضاف ردا على سؤال ... قائلا) continues it; with a
        pronoun subject the speaker before it goes on into this sentence."""
        s, e, _ = c
        ss = self.sent_start(s)
        if self._after_qad(c):
            return last
        _, np = self.subject_np(e, self.sent_end(e))
        sp = self.resolve_np(np, self.sent_end(e)) if np is not None else None
        if np is None or (sp is not None and sp[2] is None and _accusative(self.N[np[0]:np[1]].split()[0])):
            # وأضاف ردا على سؤال ... قائلا: no subject named, the speaker before goes on
            return (last[0], ss) if last is not None and s - last[1] < 1500 else last
        if sp is None or sp[2] is None or not np[0] <= sp[0] < np[1]:
            return last                         # no name in the subject itself (a description stays unsure)
        lex = self.lex
        for w in self.N[np[0]:sp[0]].split():
            if not (w.startswith(("ال", "وال")) or w in lex.person_titles or w in lex.office_nouns
                    or self._desc_key(w) is not None):
                return last                     # وانتقدت صحف تونسية زيارة ساركوزي: the name is an object
        return sp, ss

    def attribute(self, items: list[Item]):
        """Speakers in text order; a speaker is (start, end, entity or None) in normalized offsets."""
        lex = self.lex
        last = None          # (speaker, sentence start of its cue)
        self.reported = sorted((it.start, it.end) for it in items if it.kind == "indirect")
        for it in sorted(items + self._silent_cues(items), key=lambda x: (x.anchor, x.start)):
            if it.kind == "silent":
                last = self._silent_speaker(it.cue, last)
                continue
            sp = None
            c = it.cue
            if it.cont:
                sp = last[0] if last else None
            elif c is None:
                sp = None
            else:
                s, e, cue = c
                ss = self.sent_start(s)
                limit = it.open if (it.open >= 0 and not it.cue_after and it.open > e) else (
                    it.start if it.start > e else self.sent_end(e) if not it.cue_after else e + 200)
                if it.cue_after:
                    limit = min(self.sent_end(e), e + 200)
                svo = cue.kind == VERB and not it.cue_after and (self._after_qad(c) or self._masdar_use(c)
                                                                 or self._subject_before(c))
                if cue.kind in (VERB, AFTER, MEDIUM, SOURCE):
                    np = None
                    if not svo:
                        _, np = self.subject_np(e, limit, source=cue.kind == SOURCE)
                    if np is not None and cue.kind == SOURCE and self.N[np[0]:np[1]] in lex.pronoun_sources:
                        np = None                   # وحسب رأيه، فإن ...: his opinion, the speaker before
                        if last is not None and s - last[1] < 1500:
                            sp = last[0]
                    if np is not None:
                        sp = self.resolve_np(np, limit)
                        if cue.kind == VERB and not it.cue_after:
                            sp = self._titled_name(e, limit, sp) or sp
                        if cue.kind == VERB and not it.cue_after and (sp is None or sp[2] is None
                                                                       or sp[2].label != "PERSON"):
                            sp = self._name_before(it) or sp
                        if cue.kind == VERB and not it.cue_after and (sp is None or sp[2] is None):
                            sp = self._comma_name(it) or sp
                    if sp is None and cue.kind != SOURCE:
                        x = self.mention_before(s, ss, not self._feminine(c), self._new_clause(c, ss)) \
                            if cue.kind == VERB else None
                        if x is None and svo and self.N.startswith(("وقد ", "فقد "), s):
                            x = self._named_subject(e, limit)    # وقد قال الرئيس الأمريكي باراك أوباما، ...
                        if x is not None:
                            sp = x
                        elif last is not None and s - last[1] < 1500:
                            sp = last[0]
                        elif cue.kind == VERB and not self.N[ss:s].strip():
                            sp = self._previous_subject(ss)
                elif cue.kind == MASDAR:
                    # نقلت رويترز عن الدبلوماسي ... قوله
                    toks = self.toks(ss, s)
                    an = [t for t in toks if t[2] == "عن"]
                    if self.N.startswith("ب", s):
                        # ومضت المصادر بالقول / تحدث ... وائل الحربي بقوله: the verb's subject before it
                        sp = self._clause_subject(s, ss, last)
                        if sp is None:
                            sp = self.mention_before(s, ss, True, True)
                    elif an:
                        cand = [x for x in self.ents_in(an[-1][1], s) if x[2].label in lex.speaker_labels]
                        pers = [x for x in cand if x[2].label == "PERSON"]
                        if cand:
                            x = (pers or cand)[0]
                            sp = (x[0], x[1], x[2])
                        else:
                            _, np = self.subject_np(an[-1][1], s)
                            if np is not None:
                                sp = self.resolve_np(np, s)
                    if sp is None and last is not None:
                        sp = last[0]
                else:  # participle: the speaker of this sentence so far, else the entity before it
                    topic = self._topic(ss, s)
                    if last is not None and last[1] >= ss - 1:
                        sp = last[0]
                    elif topic is not None:
                        sp = topic
                    else:
                        x = self.mention_before(s, ss, not self._feminine(c))
                        if x is not None:
                            sp = x
                        elif last is not None and s - last[1] < 1500:
                            sp = last[0]
                if sp is not None:
                    last = (sp, ss)
            it.speaker = sp


def N_isspace(ch: str) -> bool:
    return ch.isspace()
