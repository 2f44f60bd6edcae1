"""Python's cyclic garbage collector paused for the length of a run.

A run (loading a ledger, checking it) builds hundreds of thousands of objects that live
until it ends and form no reference cycles: YAML nodes, claims, figures, indexes,
results. The collector walked them again and again as they piled up — more than half of
loading a 20,000-claim ledger, a third of checking it. Plain reference counting still
frees everything else at once, and the collector's state is given back afterwards.

Turning it back on is not enough: everything the run allocated is still in the youngest
generation, so the first allocation after the run would walk it all (0.15-0.25 s after a
20,000-claim check). The run's survivors are moved to the oldest generation instead
(``gc.freeze`` then ``gc.unfreeze``, two list splices), where the collector looks at them
at its next full collection, with everything else the program keeps.
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
        promote()
        gc.enable()


def promote() -> None:
    """Move every object the collector tracks to its oldest generation, without a
    collection; not where the program froze objects of its own (``gc.freeze``): thawing
    would hand those back to the collector."""
    if gc.get_freeze_count() == 0:
        gc.freeze()
        gc.unfreeze()
