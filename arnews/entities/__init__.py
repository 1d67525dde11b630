"""The entities component: gazetteer matches with canonical ids, merged with a statistical tagger.

Options: ``gazetteer=PATH`` (or a list of paths) adds the user's gazetteer files (format in
``arnews/data/gazetteer/README.md``); ``ner="default"|"none"|...`` picks the statistical tagger
(``arnews.entities.tagger.get_tagger``) or turns it off; ``ner_misc`` says which of the tagger's MISC
spans that no gazetteer entry explains are kept: by default (None) all but God and Islam (الله، الإسلام:
ANERcorp's MISC, in most news articles through الحمد لله، رحمه الله; facilities.json ``misc_not_named``),
``True`` all, ``False`` none. The tagger's currency words (دولار، اليورو، درهم: ANERcorp's MISC) are
MISC mentions linked to their ISO code (``currencies``: usd, eur, aed).

Every mention is an Entity; its span leaves out glued proclitics (ولتويتر -> تويتر; للفيفا -> لفيفا,
the convention of the annotated articles: only the preposition ل is cut, the article's ل stays).
Mentions inside boilerplate (``ctx.is_blocked``) are skipped.

The work is split by job: ``matching`` (gazetteer aliases and their context rules), ``merge`` (the
tagger's spans against the matches, with ``not_names``), then passes over the merged mentions in
``clubs``, ``bodies`` and ``people``; ``words`` holds what they share.
"""
from __future__ import annotations

from typing import Optional

import regex

from .bodies import (_dateline_source, _institutions, _name_adjectives, _named_after_people, _papers_after_paper_words,
                     _quoted_titles, _saudi_bodies_in_saudi_articles, _titles_again)
from .clubs import _bare_events, _city_club_ids, _club_lists, _club_names_again, _cued_clubs, _league_clubs, _short_forms
from .gazetteer import Gazetteer, get_gazetteer, user_paths
from .matching import find_mentions
from .merge import (_bodies_after_body_words, _merge, _places_after_area_words, _places_named_after_people,
                    _places_read_as_people, _same_name_ids)
from .not_names import _tanween_words
from .people import (_adjectives_read_as_names, _nisbas_read_as_people, _byline_reporters, _cut_family_names, _family_names_again, _join_split_people, _kunya_heads, _kunya_people,
                     _linked_names, _listed_people, _surnames_read_as_places,
                     _fathers_of_known_people, _movement_family_names, _numbered_people, _ranked_people, _short_names_of_known_people, _split_joined_people, _surname_places_as_people, _surnames_read_as_bodies,
                     _surnamed_people, _titled_people, _family_names_after, _verbs_after_names, _given_names_before_places, _quoted_people, _given_names_cut_off, _din_names,
                     _common_words_before_given_names, _conjunction_tails)

__all__ = ["EntityComponent", "make_component", "find_mentions", "get_gazetteer"]


def _get_tagger(name: str):
    try:
        from .tagger import get_tagger
    except (ImportError, AttributeError):
        return None
    try:
        return get_tagger(name)
    except (ImportError, AttributeError, FileNotFoundError, OSError):
        return None


class EntityComponent:
    name = "entities"
    requires = ("tokens",)
    provides = ("entities",)

    def __init__(self, gazetteer=None, ner: Optional[str] = "default", ner_misc: Optional[bool] = None, **_):
        self.paths = user_paths(gazetteer)
        self.keep_misc = "named" if ner_misc is None else bool(ner_misc)
        self.ner = ner or "default"
        self._gaz: Optional[Gazetteer] = None
        self._tagger = False  # not looked up yet

    @property
    def gazetteer(self) -> Gazetteer:
        if self._gaz is None:
            self._gaz = get_gazetteer(self.paths)
        return self._gaz

    @property
    def tagger(self):
        if self._tagger is False:
            self._tagger = None if self.ner == "none" else _get_tagger(self.ner)
        return self._tagger

    def __call__(self, doc, ctx) -> None:
        text = doc.text
        if not text:
            return
        g = self.gazetteer
        ctx.scratch["gazetteer"] = g
        words = []
        mentions = [(s, e, ent) for s, e, ent in find_mentions(g, text, ctx.view, words) if not ctx.is_blocked(s, e)]
        tagged = []
        tagger = self.tagger
        if tagger is not None:
            try:
                tagged = tagger.tag(doc, ctx) or []
            except Exception:  # a broken model must not break extraction
                tagged = []
        ents = _tanween_words(_short_forms(g, _merge(g, text, mentions, tagged, ctx, self.keep_misc), text), text)
        ents = _club_lists(g, _numbered_people(ents), text, words[0].words if words else ())
        if words:
            ents = _cued_clubs(ents, text, ctx, words[0])
            ents = _quoted_titles(ents, text, ctx, words[0])
            ents = _institutions(ents, text, ctx, words[0])
            ents = _listed_people(ents, text, ctx, words[0])
            ents = _surnamed_people(ents, text, ctx, words[0], getattr(tagger, "lex", None))
            ents = _family_names_again(ents, text, ctx, words[0])
        if "@" in text or "www." in text or "://" in text:
            ents = [x for x in ents if not _in_address(text, x.start, x.end)]
        ents = _conjunction_tails(_common_words_before_given_names(ents, text, getattr(tagger, "lex", None)), text)
        ents = _given_names_cut_off(_din_names(_join_split_people(_split_joined_people(ents, text), text), text), text)
        ents = _nisbas_read_as_people(_adjectives_read_as_names(ents, text), text)
        ents = _verbs_after_names(_byline_reporters(ents, text), text)
        ents = _ranked_people(ents, text)
        ents = _kunya_heads(_linked_names(ents, text), text)
        ents = _surname_places_as_people(ents, text)
        ents = _kunya_people(ents, text)
        ents = _quoted_people(_given_names_before_places(_family_names_after(_titled_people(ents, text), text), text), text)
        ents = _surnames_read_as_bodies(ents, text)
        ents = _short_names_of_known_people(_surnames_read_as_places(_fathers_of_known_people(
            _movement_family_names(_cut_family_names(ents, text), text), text), text), text)
        ents = _named_after_people(ents, text, ctx)
        ents = _saudi_bodies_in_saudi_articles(g, ents, text)
        ents = _club_names_again(g, _city_club_ids(g, ents, text), text, ctx, words[0] if words else None)
        ents = _bare_events(g, _same_name_ids(_league_clubs(g, ents, text)))
        ents = _bodies_after_body_words(_places_after_area_words(_places_read_as_people(ents, text), text), text)
        ents = _titles_again(_name_adjectives(_places_named_after_people(ents, text), text), text)
        ents = _papers_after_paper_words(g, ents, text)
        ents = _dateline_source(g, ents, doc)
        ents.sort(key=lambda x: (x.start, -x.end))
        doc.entities.extend(ents)


_SPACE = regex.compile(r"\s")


def _in_address(text: str, s: int, e: int) -> bool:
    """Whether a (Latin) mention lies inside an e-mail address (after its @: name@gmail.com) or a web
    address (www.gdp.gov.sa، http://...): a column's contact line names no platform or body. An Arabic
    name glued to the address (المديرية العامة للجوازاتwww.gdp.gov.sa) stays."""
    a = s
    while a > 0 and not text[a - 1].isspace():
        a -= 1
    m = _SPACE.search(text, e)
    tok = text[a:m.start() if m else len(text)]
    return text[s:e].isascii() and ("@" in text[a:s] or "://" in tok or "www." in tok.lower())


def make_component(gazetteer=None, ner: Optional[str] = "default", ner_misc: Optional[bool] = None, **options) -> EntityComponent:
    comp = EntityComponent(gazetteer=gazetteer, ner=ner, ner_misc=ner_misc)
    from ..backends import get_ner_backend, ner_backends
    if ner in ner_backends():  # optional camel/stanza taggers (arnews.backends), loaded now with their options
        comp._tagger = get_ner_backend(ner, **options)
    return comp
