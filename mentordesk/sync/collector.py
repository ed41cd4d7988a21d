"""Python's cycle collector held back while an export or import handles a long history's records.

Reading, checking and merging tens of thousands of records makes and keeps millions of small objects
(the records' dicts, lists and texts), none of them in a cycle. As they pile up, the collector walks
every live object again, every so often, to find cycles there are none of: two full walks of about
0.15 s each in the merge of a 23,000-record first exchange, a tenth of it. While it is held back,
objects are still freed as soon as nothing refers to them; only cycles wait for the next collection
after it resumes."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False  # whether the collector ran when the first holder came, so the last one restarts it


@contextmanager
def collector_held() -> Iterator[None]:
    """No cycle collection inside the block (it may be entered by several threads at once: the
    collector resumes when the last one leaves, and only if it ran before the first one came)."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
