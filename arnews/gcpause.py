"""Pausing Python's cyclic garbage collector while a document's records are built or dumped.

A document is thousands of small acyclic records (spans, entities, the dicts of its dump). Every 700
new container objects the collector walks all young objects, so building or dumping one document
walks the document again and again, and promotes it to older generations whose collections walk
everything alive. Reference counting frees these records anyway; pausing the collector for the
call removes that work. A caller that disabled the collector keeps it disabled.

Re-enabling it still lets one young collection walk what the call made (0.1-0.4 ms a document).
A process that arnews owns (the CLI and its workers) turns on :func:`promote_on_exit`: the call's
objects then go straight to the oldest generation (``gc.freeze()`` and ``gc.unfreeze()``, two
constant-time list moves). That is not the library's default: it would move a caller's own young
objects too, and garbage cycles among them would wait for a full collection.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Iterator

_promote = False
_caller_freezes = False  # set once frozen objects of someone else's are seen: then only pause


def promote_on_exit(enabled: bool = True) -> None:
    """In a process arnews owns, move each call's objects to the oldest generation on the way out."""
    global _promote
    _promote = enabled


def _promote_young() -> None:
    global _caller_freezes
    if _caller_freezes:
        return
    if gc.get_freeze_count():  # O(1) when nothing is frozen; checked until the first time it is not
        _caller_freezes = True
        return
    gc.freeze()
    gc.unfreeze()


@contextmanager
def gc_paused() -> Iterator[None]:
    pause = gc.isenabled()
    if pause:
        gc.disable()
    try:
        yield
    finally:
        if pause:
            if _promote:
                _promote_young()
            gc.enable()
