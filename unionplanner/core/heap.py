"""The garbage collector during long work that builds many objects meant to last.

An import keeps every file it has read (a workbook's cells, its tables, its analysis) until
it is committed. CPython's cyclic collector walks all of them again each time it runs a full
collection, which it does more and more often as they pile up: measured on 300 returns of
Mẫu 1-HĐCĐ, about a sixth of the import went there (``tests/benchmarks/bench_import.py``).
Objects known to last are moved out of its sight (:func:`gc.freeze`) and given back when the
work ends (:func:`gc.unfreeze`), so nothing is leaked: cycles among them are collected then.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager


@contextmanager
def lasting_objects() -> Iterator[Callable[[], None]]:
    """A block of long work: inside it, call the function yielded once a share of objects
    is known to last (e.g. each batch of files read) to take everything alive now out of
    the collector's walks; on leaving the block (also on an error or a Cancel) all of it is
    given back to the collector. Process-wide, as the collector is: a block inside another
    gives everything back when it ends, which only costs the outer block its speed-up."""
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
