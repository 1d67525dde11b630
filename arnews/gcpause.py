"""Pausing Python's cyclic garbage collector while a document's records are built or dumped.

A document is thousands of small acyclic records (tokens, their segments, spans). Every 700 new
container objects the collector walks all young objects, so building or dumping one document
walks the document again and again, and promotes it to older generations whose collections walk
everything alive. Reference counting frees these records anyway; pausing the collector for the
call and letting it run as usual afterwards removes that work (about a third of the run time on
real news). A caller that disabled the collector keeps it disabled.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator


@contextmanager
def gc_paused() -> Iterator[None]:
    pause = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            gc.enable()
