"""Cue and speaker lexicons of the quotes component, compiled once from ``arnews/data/quotes/*.json``.

Everything is kept in normalized form (``arnews.text.normalize``) because the component matches on
``ctx.view.norm``. Reporting verbs are listed once per lemma (past, present, participle, masdar) and
their inflections and clitics are generated here, so the data files stay short and readable.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import re

import regex

from ..text import normalize

DATA = Path(__file__).resolve().parent.parent / "data" / "quotes"

# A cue form's grammatical type.
VERB, PARTICIPLE, MASDAR, SOURCE, MEDIUM, AFTER = "verb", "participle", "masdar", "source", "medium", "after"

_PAST_SUFFIXES = ("", "ت", "وا", "ها", "هم", "ته", "تها", "تهم", "وه", "وها")
_PRES_PREFIXES = ("ي", "ت")
_PRES_SUFFIXES = ("", "ون", "ان", "ه", "ها")
_PART_SUFFIXES = ("", "ا", "ه", "ين", "ون", "ات")       # قائل قائلا قائلة قائلين ... (ة -> ه)
_MASDAR_SUFFIXES = ("ه", "ها", "هم", "هما")             # قوله قولها
_VERB_CLITICS = ("", "و", "ف", "ل", "ول", "فل", "وقد ", "فقد ")
_PART_CLITICS = ("", "و")
_MASDAR_CLITICS = ("", "ب", "و", "ل", "ول")
_SOURCE_CLITICS = ("", "و", "ف")


@dataclass(frozen=True)
class Cue:
    kind: str                 # verb | participle | masdar | source | medium | after
    lemma: str
    flags: frozenset = field(default_factory=frozenset)

    @property
    def weak(self) -> bool:
        return "weak" in self.flags

    @property
    def an_only(self) -> bool:
        return "an_only" in self.flags

    @property
    def partial_only(self) -> bool:
        return "partial" in self.flags


def _trie_regex(words, escape=regex.escape) -> str:
    """A regex alternation of literal words built as a trie (fast for thousands of words)."""
    trie: dict = {}
    for w in words:
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node) -> str:
        alts, optional = [], False
        for ch, sub in sorted(node.items()):
            if ch == "":
                optional = True
                continue
            alts.append(escape(ch) + build(sub))
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if optional:
            body = "(?:" + body + ")?"
        return body

    return build(trie)


class Lexicon:
    """All lookups the component needs, normalized."""

    def __init__(self, cues: dict, speakers: dict):
        n = normalize
        self.forms: dict[str, Cue] = {}

        def add(form: str, cue: Cue):
            form = n(form)
            old = self.forms.get(form)
            # prefer the stronger reading when two lemmas produce the same form
            if old is None or (old.weak and not cue.weak):
                self.forms[form] = cue

        for v in cues["verbs"]:
            flags = frozenset(v.get("flags", ()))
            lemma = n(v["past"])
            vc = Cue(VERB, lemma, flags)
            past = [n(v["past"])] + [n(x) for x in v.get("extra", ())]
            # "present": null where the present reads as another word (يدعى = is called, not يدعي = claims)
            pres = n(v["present"]) if v.get("present") else ""
            base = pres[1:] if pres[:1] in ("ي", "ت") else pres
            stems = []
            if not v.get("no_inflect"):
                for suf in _PAST_SUFFIXES:
                    stems.append(past[0] + suf)
                stems += past[1:]
                if pres:
                    for pre in _PRES_PREFIXES:
                        for suf in _PRES_SUFFIXES:
                            stems.append(pre + base + suf)
            else:
                stems += past
                if pres:
                    stems += [pres, "ت" + base]
            for s in stems:
                for c in _VERB_CLITICS:
                    add(c + s, vc)
            pc = Cue(PARTICIPLE, lemma, flags)
            for p in v.get("participles", ()):
                p = n(p)
                for suf in _PART_SUFFIXES:
                    for c in _PART_CLITICS:
                        add(c + p + suf, pc)
            for p in v.get("participle_forms", ()):
                for c in _PART_CLITICS:
                    add(c + n(p), pc)
            mc = Cue(MASDAR, lemma, flags)
            for m in v.get("bare_masdars", ()):
                add(m, mc)
            for m in v.get("masdars", ()):
                m = n(m)
                stem = m[:-1] if m.endswith("ه") else m
                for suf in _MASDAR_SUFFIXES:
                    for c in _MASDAR_CLITICS:
                        add(c + m + suf if not m.endswith("ه") else c + stem + "ت" + suf, mc)
        self.phrases: dict[str, Cue] = {}
        for sp in cues["source_phrases"]:
            ph = n(sp["phrase"])
            cue = Cue(sp["kind"], ph, frozenset(("no_clause",)) if sp.get("no_clause") else frozenset())
            for c in _SOURCE_CLITICS:
                self.phrases[c + ph] = cue
        # one regex for single-word cue forms and multi-word phrases; "ل" may be glued (وفقا لـ / وفقا لما)
        words = sorted(set(self.forms) | set(self.phrases), key=len, reverse=True)
        # phrases ending in a lone "ل" (وفقا لـ) take the next word glued: no word boundary after them.
        # The stdlib engine is used on purpose: with \b and a trie it scans a page in tens of microseconds.
        glued = sorted(p for p in self.phrases if p.endswith(" ل"))
        self.cue_re = re.compile(r"\b(?:(?:" + _trie_regex(words, re.escape) + r")\b"
                                 + (r"|(?:" + _trie_regex(glued, re.escape) + r")(?=\w)" if glued else "") + ")")

        an = [n(x) for x in cues["an_particles"]]
        self.an_bare = frozenset(an)
        self.an_words = {a + s for a in an for s in (n(x) for x in cues["an_suffixes"])}
        self.an_re = re.compile(r"\b(?:" + _trie_regex(sorted(self.an_words | {c + w for w in self.an_words for c in "وب"}),
                                                      re.escape) + r")\b")
        self.impersonal = {c + n(x) for x in cues.get("impersonal", ()) for c in ("", "و", "ف")}
        self.impersonal_fillers = tuple(n(x) + " " for x in cues.get("impersonal_fillers", ()))
        neg = cues.get("negations", {})
        self.negations = frozenset(n(x) for x in neg.get("words", ()))
        self.negation_kept = frozenset(n(x) for x in neg.get("kept_lemmas", ()))
        self.an_blockers = {n(x) for x in cues.get("an_blockers", ())}
        self.an_preps = {n(x) for x in cues.get("an_preps", ())}
        self.an_governors = {n(x) for x in cues.get("an_governors", ())}
        self.thing_subjects = {n(x) for x in cues.get("thing_subjects", ())}
        self.abstract_subjects = {c + n(x) for x in cues.get("abstract_subjects", ()) for c in ("", "و", "ف")}
        self.show_verbs = frozenset(n(x) for x in cues.get("show_verbs", ()))
        self.indicate_verbs = frozenset(n(x) for x in cues.get("indicate_verbs", ()))
        self.document_subjects = {c + n(x) for x in cues.get("document_subjects", ()) for c in ("", "و", "ف")}
        self.verb_openers = {n(x) for x in cues.get("verb_openers", ())}
        self.leading_adverbs = {n(x) for x in cues.get("leading_adverbs", ())}
        self.subject_carriers = {n(x) for x in cues.get("subject_carriers", ())}
        self.subordinators = {n(x) for x in cues.get("subordinators", ())}
        self.addressee_nouns = {n(x) for x in cues.get("addressee_nouns", ())}
        self.l_particles = {n(x) for x in cues.get("l_particles", ())}
        self.ma_adverbs = {n(x) for x in cues.get("ma_adverbs", ())}
        cob = cues.get("comma_object_blockers", {})
        self.comma_before_cue = {n(x) for x in cob.get("before_cue", ())}
        self.comma_not_objects = {n(x) for x in cob.get("object_words", ())}
        self.b_not_objects = tuple(n(x) for x in cues.get("b_not_objects", ()))
        self.clause_stops = [n(x) for x in cues["clause_stops"]]
        self.act_stops = frozenset(n(x) for x in cues.get("act_stops", ()))
        # one trie: the stops share "، " and many their first letters (a flat alternation tries each at every comma)
        self.clause_stop_re = re.compile(_trie_regex(sorted(set(self.clause_stops) | self.act_stops), re.escape))
        self.bare_starters = {n(x) for x in cues["bare_clause_starters"]}
        self.strip_leading = sorted((n(x) for x in cues["strip_leading"]), key=len, reverse=True)
        self.medium_words = {n(x) for x in cues["medium_words"]}
        self.medium_preps = {n(x) for x in cues["medium_preps"]}
        self.medium_modifiers = {n(x) for x in cues.get("medium_modifiers", ())}
        self.medium_clause_words = {n(x) for x in cues.get("medium_clause_words", ())}
        self.pronoun_sources = {n(x) for x in cues.get("pronoun_sources", ())}
        self.name_nouns = {n(x) for x in cues["name_nouns"]}
        self.topic_openers = tuple(n(x) + " " for x in cues.get("topic_openers", ()))
        self.naming_words = {n(x) for x in cues.get("naming_words", ())}
        self.prepositions = {n(x) for x in cues["prepositions"]}
        self.possessives = {n(x) for x in cues.get("possessives", ())}
        self.time_an_words = frozenset(n(x) for x in cues.get("time_an_words", ()))
        self.subject_particles = frozenset(n(x) for x in cues.get("subject_particles", ()))
        self.an_subject_openers = frozenset(n(x) for x in cues.get("an_subject_openers", ()))
        self.call_lemmas = frozenset(n(x) for x in cues.get("call_lemmas", ()))
        self.ask_forms = {c + n(v) + suffix: gender for v in cues.get("ask_verbs", ()) for c in ("", "و", "ف")
                          for suffix, gender in (("", ""), ("ه", "m"), ("ها", "f"), ("هم", "m"), ("هن", "f"))}
        self.answer_lemmas = frozenset(n(x) for x in cues.get("answer_lemmas", ()))
        self.ama_bare_lemmas = {n(x) for x in cues.get("ama_bare_lemmas", ())}
        self.partial_introducers = {n(x) for x in cues["partial_introducers"]}
        self.glued_prefixes = {n(x).replace("ـ", "") for x in cues["glued_name_prefixes"]}
        self.time_words = {n(x) for x in cues["time_words"]}
        self.time_nouns = {n(x) for x in cues.get("time_nouns", ())}
        self.object_preps = {n(x) for x in cues.get("object_preps", ())}
        self.object_verbs = {c + n(x) for x in cues.get("object_verbs", ()) for c in ("", "و", "ف")}
        self.al_verbs = {c + n(x) for x in cues.get("al_verbs", ()) for c in ("", "و", "ف")}
        self.object_masdars = {n(x) for x in cues.get("object_masdars", ())}
        self.prep_masdars = {n(x) for x in cues.get("prep_masdars", ())}
        self.content_masdars = {n(x) for x in cues.get("content_masdars", ())}
        self.relatives = {n(x) for x in cues["relatives"]}
        self.np_stops = {n(x) for x in cues.get("np_stops", ())}
        self.not_sources = {n(x) for x in cues.get("not_sources", ())}
        self.in_starts = tuple(n(x) for x in cues.get("in_starts", ()))
        self.between_words = frozenset(n(x) for x in cues.get("between_words", ()))
        self.noun_homographs = {n(k): frozenset(n(x) for x in v) for k, v in cues.get("noun_homographs", {}).items()}
        self.speaker_labels = frozenset(cues["speaker_labels"])
        self.place_speaker_labels = frozenset(cues["place_speaker_labels"])   # مصر تؤكد: only before the verb

        self.descriptions: dict[str, tuple] = {n(k): tuple(v) for k, v in speakers["descriptions"].items()}
        self.desc_max_words = max(len(k.split()) for k in self.descriptions)
        self.ordinals: dict[str, int] = {n(k): v for k, v in speakers["ordinals"].items()}
        self.pronoun_pps = {n(x) for x in speakers["pronoun_pps"]}
        self.about_pronouns = frozenset(n(x) for x in speakers.get("about_pronouns", ()))
        self.resumptive_pps = frozenset(n(x) for x in speakers.get("resumptive_pps", ()))
        self.one_words = frozenset(n(x) for x in speakers.get("one_words", ()))
        self.not_names = {n(x) for x in speakers.get("not_names", ())}
        self.given_name_lookalikes = {n(x) for x in speakers.get("given_name_lookalikes", ())}
        self.honorific_pronouns = {n(x) for x in speakers.get("honorific_pronouns", ())}
        self.source_nouns = {n(x) for x in speakers.get("source_nouns", ())}
        self.person_titles = {n(x) for x in speakers.get("person_titles", ())}
        self.office_nouns = {n(x) for x in speakers.get("office_nouns", ())}
        self.age_words = frozenset(n(x) for x in speakers.get("age_words", ()))
        self.represented_words = frozenset(n(x) for x in speakers.get("represented_words", ()))
        self.royal_titles = {n(x) for x in speakers.get("royal_titles", ())}
        self.kin_nouns = {c + n(x) for x in speakers.get("kin_nouns", ()) for c in ("", "و")}
        self.male_kin_nouns = {c + n(x) for x in speakers.get("male_kin_nouns", ()) for c in ("", "و")}
        self.dead_nouns = frozenset(n(x) for x in speakers.get("dead_nouns", ()))
        self.lead_nouns = frozenset(n(x) for x in speakers.get("lead_nouns", ()))
        pn = speakers.get("person_nouns", {})
        self.person_nouns = {n(x): g == "feminine" for g in ("masculine", "feminine") for x in pn.get(g, ())}
        self.kana_homograph_before = frozenset(n(x) for x in speakers.get("kana_homograph_before", ()))
        self.group_nouns = frozenset(n(x) for x in speakers.get("group_nouns", ()))
        self.subject_heads = frozenset(n(x) for x in speakers.get("subject_heads", ()))
        self.same_words = frozenset(n(x) for x in speakers.get("same_words", ()))
        self.lam_initial_nouns = frozenset(n(x) for x in speakers.get("lam_initial_nouns", ()))
        self.b_initial_nouns = frozenset(n(x) for x in speakers.get("b_initial_nouns", ()))
        self.statement_nouns = frozenset(n(x) for x in speakers.get("statement_nouns", ()))
        self.issued_words = frozenset(n(x) for x in speakers.get("issued_words", ()))
        self.source_heads = frozenset(n(x) for x in speakers.get("source_heads", ()))
        self.source_place_preps = frozenset(n(x) for x in speakers.get("source_place_preps", ()))
        self.source_told_words = frozenset(n(x) for x in speakers.get("source_told_words", ()))
        self.source_close_words = frozenset(n(x) for x in speakers.get("source_close_words", ()))
        self.source_time_lookalikes = frozenset(n(x) for x in speakers.get("source_time_lookalikes", ()))
        self.feminine_body_nouns = frozenset(n(x) for x in speakers.get("feminine_body_nouns", ()))
        self.group_quantifiers = tuple(tuple(n(x).split()) for x in speakers.get("group_quantifiers", ()))
        self.anonymity_verbs = {c + n(x) for x in speakers.get("anonymity_verbs", ()) for c in ("", "و", "ف")}
        self.anonymity_objects = {n(x) for x in speakers.get("anonymity_objects", ())}

    def cue_of(self, word: str):
        return self.forms.get(word) or self.phrases.get(word)


@lru_cache(maxsize=4)
def load(path: str = "") -> Lexicon:
    base = Path(path) if path else DATA
    cues = json.loads((base / "cues.json").read_text(encoding="utf-8"))
    speakers = json.loads((base / "speakers.json").read_text(encoding="utf-8"))
    return Lexicon(cues, speakers)
