"""A headline that quotes its speaker: «بايدن: "لن نسمح لإيران بامتلاك سلاح نووي"».

News headlines give a statement as ``speaker: «words»`` with no reporting verb, so the cue-driven finder
reads none there. The speaker is the mention that ends at the colon (بايدن، وزير الخارجية السعودي فيصل بن
فرحان), or a short description with no mention (مسؤول أميركي: «...»); the quote is the text in the marks, a
direct quote with no cue.
"""
from __future__ import annotations

import re
from bisect import bisect_left

from .marks import MARKS
from .shared import Item

_OPEN, _CLOSE = "\"«“„", "\"»”‟"
#: speaker, colon, one quote filling the rest of the line
_HEADLINE = re.compile(rf"(?P<sp>[^:：{re.escape(MARKS)}\n]{{2,80}}?)\s*[:：]\s*[{_OPEN}](?P<q>[^{re.escape(MARKS)}\n]+)[{_CLOSE}]\s*[.!؟?]?\s*$")
#: the most words a speaker without a mention may have (مسؤول أميركي رفيع), and the fewest of a statement
_DESCRIPTION_WORDS = 4
_STATEMENT_WORDS = 3
#: entities that speak in a headline without a title before them (a place there is a topic: أوكرانيا: «...»)
_BODY_LABELS = ("ORG", "MEDIA", "PLATFORM", "BRAND")


def headline_quote(norm: str, start: int, end: int, ents: list, lex):
    """The direct quote of the headline ``norm[start:end]`` (normalized offsets) with its speaker set, or
    None. ``ents``: (start, end, entity) in normalized offsets, sorted. The speaker is a person mention
    ending at the colon (titles may open the phrase), a body named by the whole phrase, or a short phrase
    that opens with a speaker word of the lexicon (مسؤول، مصادر، المتحدث، وزير ...)."""
    m = _HEADLINE.fullmatch(norm, start, end)
    if m is None or len(m.group("q").split()) < _STATEMENT_WORDS:
        return None
    sp_start, sp_end = m.span("sp")
    while sp_end > sp_start and norm[sp_end - 1].isspace():
        sp_end -= 1
    k = bisect_left(ents, (sp_end + 1,)) - 1
    speaker = None
    while k >= 0 and ents[k][1] >= sp_end:
        a, b, ent = ents[k]
        if b == sp_end and a >= sp_start and (ent.label == "PERSON" or ent.label in _BODY_LABELS and a == sp_start):
            speaker = (a, b, ent)
            break
        k -= 1
    if speaker is None:
        words = norm[sp_start:sp_end].split()
        if len(words) > _DESCRIPTION_WORDS or not _speaker_word(words[0], lex):
            return None
        speaker = (sp_start, sp_end, None)
    it = Item(m.start("q"), m.end("q"), "direct", None)
    it.speaker = speaker
    return it


def _speaker_word(w: str, lex) -> bool:
    """Whether a phrase opening with ``w`` names who speaks (مسؤول، مصادر، المتحدث، وزير الخارجية)."""
    for x in (w, "ال" + w):
        if x in lex.descriptions or x in lex.person_titles or x in lex.office_nouns or x in lex.source_heads \
                or x in lex.group_nouns or x in lex.subject_heads:
            return True
    return False
