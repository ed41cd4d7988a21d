"""Timing shared by the benchmark scripts."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def timed(action: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time of `action` in milliseconds."""
    return statistics.median(times(action, repeat))


def times(action: Callable[[], object], repeat: int) -> list[float]:
    """The wall time of each of `repeat` runs of `action`, in milliseconds."""
    found = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        found.append((time.perf_counter() - start) * 1000)
    return found


def p95(values: list[float]) -> float:
    """The 95th percentile: a twentieth of the values are above it."""
    return statistics.quantiles(values, n=20, method="inclusive")[-1]
