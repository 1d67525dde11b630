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

from .indirect import IndirectQuotes
from .lexicon import Lexicon
from .marked import MarkedQuotes
from .marks import TERM_RE
from .shared import BYLINE_RE, BYLINE_START_RE, NL_RE, TOK_RE
from .speakers import Speakers


class Finder(MarkedQuotes, IndirectQuotes, Speakers):
    """One document's quotes: the state and helpers the three passes share (``mark_quotes`` in
    ``marked.py``, ``indirect_quotes`` in ``indirect.py``, ``attribute`` in ``speakers.py``)."""

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
        self.byline_ends = self._bylines()
        self.quote_spans: list[tuple[int, int]] = []      # accepted direct/partial (content), sorted
        self._person_words = None
        self.reported: list[tuple[int, int]] = []          # indirect clauses (set by attribute), sorted
        self.act_tails: set[tuple[int, int]] = set()       # a speaker's other acts after his clause (، داعيا ...)
        self.name_words: set[int] = set()                  # starts of one-word names in marks (not quotes)
        self.marked_names: list[tuple[int, int]] = []      # names in marks after a name noun (شبكة "إن بي سي نيوز")
        self._last_speaker = None                          # (speaker, sentence start) so far, while attributing

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
        """Start of the sentence holding ``p`` (at most 600 characters back: windows stay bounded); a byline
        opening the line (شقران الرشيدي- سبق- الرياض: كشف ...) is no part of the sentence after it."""
        k = bisect_right(self.t_ends, p) - 1
        start = max(self.t_ends[k] if k >= 0 else 0, p - 600)
        if self.byline_ends:
            k = bisect_right(self.byline_ends, p) - 1
            if k >= 0 and self.byline_ends[k] > start:
                start = self.byline_ends[k]
        return start

    def _bylines(self) -> list[int]:
        """Ends of the bylines opening a line (شقران الرشيدي- سبق- الرياض:، واس- جدة:), tried at line starts
        only; one with a cue inside (قال الوزير - أمس:) is the sentence itself."""
        first = BYLINE_START_RE.match(self.N)
        found = ([first] if first is not None else []) + list(BYLINE_RE.finditer(self.N))
        return [m.end() for m in found
                if bisect_left(self.cue_starts, m.start()) == bisect_left(self.cue_starts, m.end())]

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
