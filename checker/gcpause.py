"""Python's cyclic garbage collector paused for the length of a run.

A run (loading a ledger, checking it) builds hundreds of thousands of objects that live
until it ends and form no reference cycles: YAML nodes, claims, figures, indexes,
results. The collector walked them again and again as they piled up — more than half of
loading a 20,000-claim ledger, a third of checking it. Plain reference counting still
frees everything else at once, and the collector's state is given back afterwards.
"""
from __future__ import annotations

import contextlib
import gc
from typing import Iterator


@contextlib.contextmanager
def paused() -> Iterator[None]:
    """The collector off inside, as it was before afterwards (nesting is harmless)."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()
