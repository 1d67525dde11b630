"""The "numbers" component: quantities (numbers, ordinals, percentages, money, measures, ranges) and
temporals (dates, times, durations, relative expressions) from Arabic news text.

Language data lives in ``arnews/data/numbers/*.json`` (compiled once by :mod:`.lexicon`); the parser
is :mod:`.extract`'s ``Extractor``, its methods spread by job over mixin modules (docs/CONTRIBUTING.md).
"""
from __future__ import annotations

from .extract import Extractor

__all__ = ["NumbersComponent", "make_component"]


class NumbersComponent:
    name = "numbers"
    requires = ("tokens",)
    provides = ("quantities", "temporals")

    def __init__(self):
        self._x = None

    def __call__(self, doc, ctx):
        if self._x is None:
            self._x = Extractor()
        if not doc.text:
            return
        self._x(doc, ctx)


def make_component(**_):
    return NumbersComponent()
