"""The window benchmark runs, at the smallest scale, so it cannot rot between the runs that take figures.
Nothing here is timed: the figures are checked for being there, not for their size."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

from mentordesk.app import create_application

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def bench_window() -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location("bench_window", BENCHMARKS / "bench_window.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_window_benchmark_measures_every_figure_on_the_demo(demo_path: Path, qapp: object) -> None:
    create_application()
    bench = bench_window()
    figures = bench.in_window(demo_path)
    assert set(figures) == {
        "Decisions page, first opened (ms)",
        "Decisions page, opened again (ms)",
        "open a decision (ms)",
        "floor: read that decision, raw SQLite (ms)",
        "sort the decisions by a column (ms)",
        "filter the decisions by a word, and clear it (ms)",
        "Sessions page, first opened (ms)",
        "open a card (ms)",
        "floor: read that card, raw SQLite (ms)",
        "peak memory, every page opened (MiB)",
    }
    assert all(value > 0 for value in figures.values())
    bare_frame, bare_filled = bench.first_paint(bench._BARE, runs=1)
    assert 0 < bare_frame == bare_filled  # a bare window has no records to wait for
    frame, filled = bench.first_paint(bench._APP, str(demo_path), runs=1)
    assert 0 < frame < filled
