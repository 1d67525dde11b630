"""Compiles the language data in ``arnews/data/numbers/*.json`` into lookup tables (once, lazily).

Every form is read through :func:`arnews.text.normalize` and whitespace-collapsed, so the data need
not list hamza/alef/teh-marbuta variants. A phrase may carry several readings (``ثانية`` is the
ordinal "second" and the time unit "second"); each reading lives under its own category key.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import regex

from ..text import normalize

DATA = Path(__file__).resolve().parent.parent / "data" / "numbers"
_WS = regex.compile(r"\s+")


def key(s: str) -> str:
    return _WS.sub(" ", normalize(s)).strip()


_HAMZA_ALEF = str.maketrans("أإآ", "ااا", "\u064b\u064c\u064d\u064e\u064f\u0650\u0651\u0652\u0640")


def _word_search(words):
    """A search for any of ``words`` (normalized) as a whole word, behind و/ب/ل/ف too, in normalized text."""
    alts = "|".join(sorted((regex.escape(key(w)) for w in words), key=len, reverse=True))
    return regex.compile(rf"(?<![^\W\d_])[وبلف]?(?:{alts})(?![^\W\d_])").search


@lru_cache(maxsize=1)
def context_currency_rules() -> tuple:
    """units.json context_currencies as (from, to, search of cues, search of against): the one reading of
    a bare currency word by the country the document names, shared by the numbers (amounts) and the
    entities (currency mentions) so that both give 452.5 مليار درهم in a Moroccan article the same code."""
    units = json.loads((DATA / "units.json").read_text(encoding="utf-8"))
    return tuple((c["from"], c["to"], _word_search(c["cues"]), _word_search(c["against"]))
                 for c in units.get("context_currencies", ()))


def context_currency_swaps(norm: str, codes) -> dict:
    """{from code: to code} of the rules whose from is in ``codes`` and that hold in the normalized document
    ``norm`` (a cue named, no word of the default's country): one search per such rule. An item naming its
    own country (درهم إماراتي) is kept by :func:`names_own_country`."""
    return {frm: to for frm, to, cues, against in context_currency_rules()
            if frm in codes and cues(norm) and not against(norm)}


def names_own_country(code: str, own: str) -> bool:
    """Whether the normalized text ``own`` of an amount or mention in ``code`` names that code's country
    (درهم إماراتي): it keeps its code whatever the document names."""
    return any(frm == code and against(own) for frm, _, _, against in context_currency_rules())


@lru_cache(maxsize=1)
def context_word_rules() -> dict:
    """units.json context_word_currencies as {normalized form: rule}, a rule being ((code, search), ...)
    over the countries of one currency word with no code (دينار، ليرة): read once, shared by the numbers
    and the entities so that a bare amount and its mention take the same country's code."""
    units = json.loads((DATA / "units.json").read_text(encoding="utf-8"))
    table = {}
    for c in units.get("context_word_currencies", ()):
        rule = tuple((code, _word_search(words)) for code, words in c["countries"].items())
        table.update({key(f): rule for f in c["forms"]})
    return table


def bare_word_rule(text: str):
    """The rule of the first word of ``text`` (an amount or a mention, behind ال/و/ب/ل/ف) that is a bare
    currency word of context_word_currencies, else None: دينار in 25 مليون دينار."""
    table = context_word_rules()
    for w in normalize(text).split():
        for x in (w, w[1:] if w[:1] in "وبلف" else w):
            x = x[2:] if x.startswith("ال") and len(x) > 4 else x
            if x in table:
                return table[x]
    return None


def bare_word_code(norm: str, rule) -> "str | None":
    """The code of the one country of ``rule`` that the normalized document ``norm`` names, or None when
    it names none or two (an article on Kuwait and Iraq leaves دينار with no code): one search per country."""
    named = [code for code, search in rule if search(norm)]
    return named[0] if len(named) == 1 else None


def light(s: str) -> str:
    """``s`` with its alef hamzas as ا and no diacritics or tatweel, ة and ى kept (unlike key)."""
    return s.translate(_HAMZA_ALEF)



class Lexicon:
    def __init__(self):
        self.lex: dict[str, dict] = {}
        nums = json.loads((DATA / "numbers.json").read_text(encoding="utf-8"))
        units = json.loads((DATA / "units.json").read_text(encoding="utf-8"))
        cal = json.loads((DATA / "calendar.json").read_text(encoding="utf-8"))
        mods = json.loads((DATA / "modifiers.json").read_text(encoding="utf-8"))

        def add(form, cat, val, overwrite=False):
            k = key(form)
            d = self.lex.setdefault(k, {})
            if overwrite or cat not in d:
                d[cat] = val

        # cardinals: (value, class)
        for v, forms in nums["cardinals"].items():
            v = int(v)
            cls = "u" if v <= 10 else "teen" if v < 20 else "ten"
            for f in forms:
                add(f, "card", (v, cls))
        for v, forms in nums["teen_first"].items():
            for f in forms:
                add(f, "teen1", int(v))
        for f in nums["teen_second"]:
            add(f, "teen2", 10)
        h = nums["hundred"]
        for f in h["singular"]:
            add(f, "card", (100, "h"))
        for f in h["dual"]:
            add(f, "card", (200, "hN"))
        for f in h["plural"]:
            add(f, "card", (100, "hpl"))
        for v, stems in nums["hundred_stems"].items():
            for st in stems:
                for hf in h["singular"]:
                    add(st + hf, "card", (int(v) * 100, "hN"))
                for hf in ("مئات", "ميات"):
                    add(st + " " + hf, "card", (int(v) * 100, "hN"))
        #: plurals of hundred and of the scales (مئات، آلاف، ملايين): alone they give no value
        self.vague_numbers = {key(f) for f in h["plural"]} | {key(f) for d in nums["scales"].values()
                                                               for f in d["plural"]}
        for v, d in nums["scales"].items():
            v = int(v)
            for f in d["singular"]:
                add(f, "scale", (v, 1))
            for f in d["plural"]:
                add(f, "scale", (v, 1))
            for f in d["dual"]:
                add(f, "scale", (v, 2))
        for v, forms in nums["fractions"]["unambiguous"].items():
            for f in forms:
                add(f, "frac", float(v))
        for v, forms in nums["fractions"]["plural_denominators"].items():
            for f in forms:
                add(f, "den", int(v))
        for f in nums["decimal_point"]:
            add(f, "point", True)
        for f in nums["except"]:
            add(f, "except", True)
        for v, forms in nums["ordinals"].items():
            for f in forms:
                if v == "1c":
                    add(f, "ord", 1)
                else:
                    add(f, "ord", int(v))

        # currencies a document's country changes (درهم: AED, MAD in a Moroccan article)
        self.context_currency_from = frozenset(r[0] for r in context_currency_rules())

        # units
        for c in units["currencies"]:
            e = {"kind": "money", "unit": c["code"], "factor": 1.0}
            for f in c["forms"]:
                add(f, "unit", e)
            for f in c.get("dual", []):
                add(f, "unit", dict(e, dual=True))
        for c in units["subunits"]:
            e = {"kind": "money", "unit": c["code"], "factor": c["factor"], "sub": True}
            for f in c["forms"]:
                add(f, "unit", e)
        for c in units["measures"]:
            e = {"kind": "measure", "unit": c["unit"], "factor": float(c.get("factor", 1)), "bare": c.get("bare", False)}
            for f in c["forms"]:
                add(f, "unit", e)
            for f in c.get("dual", []):
                add(f, "unit", dict(e, dual=True))
        for c in units["durations"]:
            e = {"kind": "duration", "unit": c["unit"], "iso": c["iso"], "time": c.get("time", False),
                 "factor": float(c.get("factor", 1)), "bare": c.get("bare", False)}
            for f in c["forms"]:
                add(f, "unit", e)
            for f in c.get("dual", []):
                add(f, "unit", dict(e, dual=True))
        for f in units["percent"]["percent"]:
            add(f, "percent", 1.0)
        for f in units["percent"]["permille"]:
            add(f, "percent", 0.1)
        for f in units["percent"]["ppm"]:
            add(f, "percent", 0.0001)
        for f in units["below_zero"]:
            add(f, "below_zero", True)
        self.bare_cues = {key(x) for x in units["bare_cues"]}
        self.metre_cues = {key(w): u for u, ws in units.get("metre_cues", {}).items() for w in ws}
        self.not_bare = {key(x) for x in units["not_bare"]}
        self.bare_compounds = {key(x) for x in units.get("bare_compounds", ())}

        # calendar
        amb = {key(x) for x in cal["ambiguous_months"]}
        for cname, calk in (("months_gregorian", "g"), ("months_hijri", "h")):
            for v, forms in cal[cname].items():
                for f in forms:
                    add(f, "month", (calk, int(v), key(f) in amb))
        for f in cal["month_epithets"]:
            add(f, "epithet", True)
        def add_numbered(table, cat):
            for v, forms in table.items():
                for f in forms:
                    add(f, cat, int(v))

        add_numbered(cal["weekdays"], "weekday")
        add_numbered(cal["weekdays_indefinite"], "weekday_ind")
        for f in cal["day_word"]:
            add(f, "dayword", True)
        for f in cal["month_word"]:
            add(f, "monthword", True)
        for f in cal["year_words"]:
            add(f, "yearword", True)
        self.year_words = {key(x) for x in cal["year_words"]}
        self.slash_date_cues = {key(x) for x in cal.get("slash_date_cues", ())}
        self.same_month_words = {key(x) for x in cal.get("same_month_words", ())}
        add_numbered(cal["decades"], "decade")
        add_numbered(cal["decade_centuries"], "century")
        self.decade_not_dates = {key(x) for x in cal["decade_not_dates"]}
        self.weekday_not_after = {key(x) for x in cal.get("weekday_not_after", ())}
        self.relday_elatives = {key(w): ({key(x) for x in r["before"]}, {key(x) for x in r["after"]})
                                for w, r in cal.get("relday_elatives", {}).items()}
        self.day_not_today = ({key(x) for x in cal["day_not_today_before"]}, {key(x) for x in cal["day_not_today_after"]})
        for f in cal["hijri_markers"]:
            add(f, "hijri", True)
        # an era marker right after a range (94 - 1995م، 295 - 320 هـ): group h or g, read on the original text
        # (هـ with its tatweel); م alone is also the metre, so the caller asks it of four-digit years only
        alt = lambda xs: "|".join(sorted((regex.escape(x) + ("\u0640*" if x.endswith("\u0640") else "")
                                          for x in xs), key=len, reverse=True))
        self.era_after = regex.compile(rf"[ \t]*(?:(?P<h>{alt(cal['hijri_markers'])})|(?P<g>{alt(cal['gregorian_markers'])}))"
                                       r"(?![\p{L}])").match
        for f in cal["gregorian_markers"]:
            add(f, "greg", True)
        for d, forms in cal["relative_markers"].items():
            for f in forms:
                add(f, "rel", d)
        for v, forms in cal["relative_days"].items():
            for f in forms:
                add(f, "relday", int(v))
        for v, forms in cal["relative_units"].items():
            for f in forms:
                add(f, "relunit", v)
        for f in cal["relative_ago"]:
            add(f, "ago", -1)
        for f in cal["relative_after"]:
            add(f, "ago", 1, overwrite=False)
        uh = cal.get("unmarked_hijri_years", {})
        self.unmarked_hijri_years = (uh.get("low", 0), uh.get("high", -1))
        ra = cal.get("relative_anchors", {})
        self.relative_anchors = ({1: {key(x) for x in ra.get("after", ())}, -1: {key(x) for x in ra.get("before", ())}},
                                 {key(x) for x in ra.get("not_events", ())})
        self.relative_since = {key(x) for x in ra.get("since", ())}
        self.relative_fillers = {key(x) for x in ra.get("fillers", ())}
        self.relative_spent = {key(x) for x in ra.get("spent", ())}
        self.relative_future = {key(x) for x in ra.get("future_cues", ())}
        self.relative_future_not = {key(x) for x in ra.get("future_not", ())}
        for f in cal["period_words"]:
            add(f, "period", True)
        for d, forms in cal["times_of_day"].items():
            for f in forms:
                add(f, "tod", d)
        for f in cal["hour_word"]:
            add(f, "hour", True)
        self.night_words = {key(x) for x in cal.get("night_words", ())}
        self.date_name_heads = {key(x) for x in cal.get("date_name_heads", ())}
        self.year_cues = {key(x) for x in cal.get("year_cues", ())}
        self.year_list_words = {key(x) for x in cal.get("year_list_words", ())}
        self.period_not_definite = {key(x) for x in cal.get("period_not_definite", ())}
        self.period_from_cues = {key(x) for x in cal.get("period_from_cues", ())}
        ye = cal.get("year_epithets", {})
        self.year_epithets = ({key(x) for x in ye.get("gregorian", ())}, {key(x) for x in ye.get("hijri", ())})
        self.clock_cues = {key(x) for x in cal.get("clock_cues", ())}
        self.hour_range_openers = {key(x) for x in cal.get("hour_range_openers", ())}
        self.two_not_monday_after = {key(x) for x in cal.get("two_not_monday_after", ())}
        self.ordinal_construct = {key(x) for x in nums.get("ordinal_construct", ())}
        self.months_without_clitic = {key(x) for x in cal.get("months_without_clitic", ())}
        for f in cal.get("time_zones", ()):
            add(f, "tz", True)
        for v, forms in cal["half_quarter"].items():
            for f in forms:
                add(f, "hq", float(v))
        for v, forms in cal["holidays"].items():
            for f in forms:
                add(f, "holiday", v)
        for f in cal["last_day"]:
            add(f, "lastday", True)
        for f in cal["concordance"]:
            add(f, "concord", True)

        # modifiers
        for m, forms in mods["pre"].items():
            for f in forms:
                add(f, "mod", m)
        for m, forms in mods["post"].items():
            for f in forms:
                add(f, "postmod", m)
        for f in mods["range"]["between"]:
            add(f, "between", True)
        for f in mods["range"]["to"]:
            add(f, "to", True)
        self.stop = {key(x) for x in mods["counted_stop"]}
        self.id_cues = {key(x) for x in mods["identifier_cues"]}
        self.send_cues = {key(x) for x in mods.get("send_cues", ())}
        self.whole_words = {key(x) for x in mods.get("whole_words", ())}
        self.plurals_before_article = {key(x) for x in mods.get("plurals_before_article", ())}
        self.construct_plural_heads = {key(x) for x in mods.get("construct_plural_heads", ())}
        self.possessive_suffixes = tuple(mods.get("possessive_suffixes", ()))
        self.possessed_not_counted = {key(x) for x in mods.get("possessed_not_counted", ())}
        self.vague_plurals = {key(x) for x in mods.get("vague_plurals", ())}
        self.not_alone = {key(x) for x in mods.get("not_alone", ())}
        self.adjective_readings = {key(x) for x in mods.get("adjective_readings", ())}
        self.article_before_digits = {key(x) for x in mods.get("article_before_digits", ())}
        self.dual_needs_cue = {key(x) for x in mods.get("dual_needs_cue", ())}
        self.ordinal_name_heads = {key(x) for x in mods["ordinal_name_heads"]}
        self.tens_ordinal_heads = {key(x) for x in mods.get("tens_ordinal_heads", ())}
        self.name_number_heads = {key(x) for x in mods.get("name_number_heads", ())}
        self.identifier_heads = {key(x) for x in mods.get("identifier_heads", ())}
        self.issue_heads = {key(x) for x in mods.get("issue_heads", ())}
        self.unity_nouns = {key(x) for x in mods.get("unity_nouns", ())}
        self.hotline_cues = {key(x) for x in mods.get("hotline_cues", ())}
        self.quoted_name_not_after = {key(x) for x in mods.get("quoted_name_not_after", ())}
        fa = mods.get("fraction_adjectives", {})
        self.fraction_adjectives = ({key(x) for x in fa.get("fractions", ())}, {key(x) for x in fa.get("adjectives", ())})
        self.general_nouns = {key(x) for x in mods.get("general_nouns", ())}
        self.score_cues = {key(x) for x in mods.get("score_cues", ())}
        self.accusative_ones = {key(x) for x in mods.get("accusative_ones", ())}
        self.unity_accusatives = {key(x) for x in mods.get("unity_accusatives", ())}
        # the definite forms as written (ة kept), behind the clitics too: القرارات، بالمواد، وللبنود (one set lookup)
        self.identifier_plural_forms = {light(c + "ال" + x) for x in mods.get("identifier_plurals", ())
                                        for c in ("", "و", "ف", "ب", "وب", "فب", "ك")} | {
            light(c + "لل" + x) for x in mods.get("identifier_plurals", ()) for c in ("", "و", "ف")}
        self.round_heads_written = tuple(mods.get("round_heads", ()))
        heads = "|".join(map(regex.escape, mods.get("round_heads", ()))) or "(?!)"
        # a round's head right before a definite number (دور الثمانية، لدور الـ 16): the text before its digits
        self.round_before = regex.compile(rf"(?<!\p{{L}})[وفبل]{{0,2}}(?:ال)?(?:{heads})[ \t]+(ال[ـ]?[ \t]*)?\Z").search
        self.issue_after = {key(x) for x in mods.get("issue_after", ())}
        # as written, hamzas on ا unified but ة / ى kept (مجموعه is "its total", no name)
        self.name_number_words = {light(x) for x in mods.get("name_number_words", ())}
        self.verbs_before_numbers = {key(x) for x in mods.get("verbs_before_numbers", ())}
        self.words_before_one_idiom = set(mods.get("words_before_one_idiom", ()))  # as written (آن, not أن)
        self.words_before_thousand_idiom = {key(x) for x in mods.get("words_before_thousand_idiom", ())}
        self.pre_bounds = {key(f).split()[0] for forms in mods["pre"].values() for f in forms}  # their first words
        self.rank_heads = {key(x) for x in mods.get("rank_heads", ())}
        self.not_numbers_as_spelled = set(mods.get("not_numbers_as_spelled", ()))
        self.loan_phrases = {key(x) for x in mods.get("loan_phrases", ())}
        letters = "|".join(sorted(map(regex.escape, mods.get("strain_letters", ())), key=len, reverse=True)) or "(?!)"
        # two spelt letters each with its digits (اتش 5 ان 1، إتش1 إن1): a strain name such as H5N1
        self.bc_written = tuple(cal.get("bc_markers", ()))
        bc = "|".join(sorted(map(regex.escape, cal.get("bc_markers", ())), key=len, reverse=True)) or "(?!)"
        # an era marker after a year (586 قبل الميلاد، 3500 ق.م): group 'gap' is what stands between them
        self.bc_marker = regex.compile(rf"[\d٠-٩]\)?(?P<gap>[ \t]*)(?:{bc})(?!\p{{L}})").finditer
        self.strain_name = regex.compile(rf"(?<![\p{{L}}])(?:{letters})\s?\d+\s?(?:{letters})\s?\d+(?!\d)").finditer
        # what every such name holds, the first letter's digits, the second letter and a digit (5 ان 1): a cheap
        # search that spares most texts the whole scan (a necessary condition: the same names are found)
        self.strain_core = regex.compile(rf"\d\s?(?:{letters})\s?\d").search
        self.round_names = {key(x) for x in mods.get("round_names", ())}
        self.ordinal_idioms_before = {key(x) for x in mods.get("ordinal_idioms_before", ())}
        self.ordinal_idioms_after = {key(x) for x in mods.get("ordinal_idioms_after", ())}
        self.plus = {key(x) for x in mods.get("plus", ())}
        self.dual_construct = {key(x) for x in mods.get("dual_construct", ())}
        self.contract_after = {key(x) for x in mods.get("contract_after", ())}
        self.contract_before = {key(x) for x in mods.get("contract_before", ())}
        self.glued_before_digits = {key(x) for x in mods.get("glued_before_digits", ())}
        self.verb_readings = {key(x) for x in mods.get("verb_readings", ())}
        self.phrase_stems = {key(x) for x in mods.get("phrase_stems", ())}
        self.t_nouns = {key(x) for x in mods.get("t_nouns", ())}
        self.letter_names = set(mods.get("letter_names", ()))  # as written
        self.quarters_after = {key(x) for x in mods.get("quarters_after", ())}
        self.quarters_before = {key(x) for x in mods.get("quarters_before", ())}
        self.adverb_ordinals = {key(x) for x in mods.get("adverb_ordinals", ())}
        # إلى آخر، لآخر، وأخرى ... right after a bare unit (من عام إلى آخر): on the original text, as written
        other = "|".join(sorted(map(regex.escape, mods.get("another_words", ())), key=len, reverse=True)) or "(?!)"
        self.to_another = regex.compile(rf"[ \t]*(?:(?:إلى|الى)[ \t]+|ل|و[ \t]*)(?:{other})(?![\p{{L}}])").match
        self.per_time_ordinals = {key(x) for x in mods.get("per_time_ordinals", ())}
        self.adverb_ordinal_after = {key(x) for x in mods.get("adverb_ordinal_after", ())}
        self.first_comparative_before = {key(x) for x in mods.get("first_comparative_before", ())}
        self.first_comparative_next = {key(x) for x in mods.get("first_comparative_next", ())}
        self.first_comparative_prefixes = tuple(key(x) for x in mods.get("first_comparative_prefixes", ()))
        self.first_comparative_after = {key(x) for x in mods.get("first_comparative_after", ())}
        self.one_of_elatives = {key(x) for x in mods.get("one_of_elatives", ())}
        self.one_idioms = tuple(key(x) for x in mods.get("one_idioms", ()))
        self.construct_plurals = {key(x) for x in mods.get("construct_plurals", ())}
        self.y_nouns = {key(x) for x in mods.get("y_nouns", ())}
        gr = mods.get("general_rank", {})
        self.general_rank = ({key(x) for x in gr.get("heads", ())}, {key(x) for x in gr.get("after", ())})
        self.regnal_titles = frozenset(key(x) for x in mods.get("regnal_titles", ()))
        self.festival_heads = {key(x) for x in mods.get("festival_heads", ())}
        self.festival_not_names = {key(x) for x in mods.get("festival_not_names", ())}
        self.from_range_cues = {key(x) for x in mods.get("from_range_cues", ())}
        rf = mods.get("ratio_fractions", {})
        self.ratio_fractions = ({key(x) for x in rf.get("cues", ())}, {key(x) for x in rf.get("words", ())})
        mw = mods.get("minus_words", {})
        self.minus_words = ({key(x) for x in mw.get("words", ())}, {key(x) for x in mw.get("counted", ())})
        self.named_periods = {key(k): {key(x) for x in v} for k, v in mods.get("named_periods", {}).items()}
        ha = mods.get("held_after", {})
        self.held_after = ({key(x) for x in ha.get("words", ())}, {key(x) for x in ha.get("not_before", ())})
        self.dot_thousands_partitive = {key(x) for x in mods.get("dot_thousands_partitive", ())}
        jr = mods.get("jussive_readings", {})
        self.jussive_readings = ({key(x) for x in jr.get("particles", ())}, {key(x) for x in jr.get("words", ())})

        # phrase index: first token -> max phrase length in tokens
        self.maxlen: dict[str, int] = {}
        tok = regex.compile(r"\d+|[^\W\d_]+|\S")
        # the categories a quantity or temporal can start with (the scan parses nowhere else)
        self.start_cats = start_cats = frozenset({
            "card", "ord", "teen1", "scale", "frac", "unit", "month", "weekday", "weekday_ind", "dayword", "monthword",
            "yearword", "relday", "relunit", "period", "tod", "hour", "mod", "between", "lastday", "holiday", "rel",
            "hijri", "decade"})
        # the start categories whose parse goes on only from the next token, which must start a number, a
        # date, a unit or a relative word itself (نحو 5، بين 3 و5، هذا العام، أواخر مارس، الساعة 5): the scan
        # need not parse a word whose readings are all of these where the next token can start nothing
        self.lead_cats = frozenset({"mod", "between", "rel", "relunit", "period", "tod", "hour"})
        self.starts: set[str] = {"يوم", "اليوم"}
        self.prefixes: set[str] = set()
        for k, e in self.lex.items():
            parts = tok.findall(k)
            if parts:
                pos = 0
                for q in parts[:-1]:
                    pos = k.index(q, pos) + len(q)
                    self.prefixes.add(k[:pos])
                self.maxlen[parts[0]] = max(self.maxlen.get(parts[0], 1), len(parts))
                if any(c in start_cats for c in e):
                    self.starts.add(parts[0])

        # for the scan: lexicon keys and phrase prefixes in one set
        self.keys_or_prefixes: set[str] = set(self.lex) | self.prefixes


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    return Lexicon()
