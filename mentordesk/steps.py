"""How long work reports its steps, and how it is stopped: the work calls `progress(done, total)` between
steps; a caller that wants it to stop raises Cancelled from that call."""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]


class Cancelled(ValueError):
    """Raised into the work at its next progress step once Cancel was pressed. Work in one transaction
    rolls it back, so nothing of it is kept; work written in batches keeps the batches already written
    and says so."""

    reason = "cancelled"
