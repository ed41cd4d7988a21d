"""The window, typing, sync, timeline and programme benchmarks run, at the smallest scale, so they cannot
rot between the runs that take figures. Nothing here is timed: the figures are checked for being there,
not for their size."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

import pytest
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.sessions import SessionsPage

BENCHMARKS = Path(__file__).parent.parent / "benchmarks"


def benchmark(name: str) -> ModuleType:
    sys.path.insert(0, str(BENCHMARKS))
    spec = importlib.util.spec_from_file_location(name, BENCHMARKS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def bench_window() -> ModuleType:
    return benchmark("bench_window")


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
        "System Archeology page, first opened (ms)",
        "System Archeology page, history read and painted again, as after an edit (ms)",
        "Progress page, first opened, figures painted (ms)",
        "Plan page, first opened (ms)",
        "open a card (ms)",
        "floor: read that card, raw SQLite (ms)",
        "peak memory, every page opened (MiB)",
    }
    assert all(value > 0 for value in figures.values())
    (bare_frame, bare_filled), (frame, filled) = bench.first_paints(
        (bench._BARE,), (bench._APP, str(demo_path)), runs=1
    )
    assert 0 < bare_frame == bare_filled  # a bare window has no records to wait for
    assert 0 < frame < filled


def test_typing_at_a_persons_pace_lets_the_autosave_and_the_preview_run_between_keys(
    demo: Services, qtbot: QtBot
) -> None:
    app = create_application()
    bench = benchmark("bench_typing")
    pairing = demo.pairings.list_pairings()[0]
    page = SessionsPage(demo, ChangeHub())
    qtbot.addWidget(page)
    page.show()
    page.set_pairing(pairing)
    page.editor.notes.setFocus()
    figures = bench.at_human_pace(app, page.editor, keys=21)  # one pause after the 20th key
    page.editor.flush()
    assert figures["autosaves while typing"] >= 1 and figures["previews shown while typing"] >= 1
    assert all(value > 0 for value in figures.values())


def test_the_sync_benchmark_measures_every_figure_with_its_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, memory_keyring: object
) -> None:
    out = tmp_path / "sync.json"
    monkeypatch.setattr(sys, "argv", ["bench_sync.py", "--records", "200", "--json", str(out)])
    benchmark("bench_sync").main()
    figures = json.loads(out.read_text("utf-8"))
    assert figures["travelled"] > 200  # the generated records, with their pairing, people and board
    timed = {name: value for name, value in figures.items() if name not in ("records", "travelled")}
    assert set(timed) == {
        "first export",
        "first import: open and check",
        "first import: merge",
        "floor: plain SQLite writing the same rows and search entries",
        "the same export again",
        "100 edited cards: export",
        "100 edited cards: import",
    }
    assert all(value > 0 for value in timed.values())


def test_the_timeline_benchmark_measures_every_zoom_beside_its_floor(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["bench_timeline.py", "--events", "300"])
    benchmark("bench_timeline").main()
    lines = capsys.readouterr().out.splitlines()
    assert any(line.startswith("floor: a frame without events") for line in lines)
    zooms = [line for line in lines if "zoom step" in line]
    assert len(zooms) == 3 and all("in view" in line for line in zooms)


def test_the_programme_benchmark_measures_every_figure_with_its_floor(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "programme.json"
    monkeypatch.setattr(
        sys, "argv", ["bench_programme.py", "--pairs", "20", "--weeks", "3", "--json", str(out)]
    )
    benchmark("bench_programme").main()
    figures = json.loads(out.read_text("utf-8"))
    assert set(figures) == {
        "floor: each pair's newest figures, raw query (ms)",
        "status of every pair, newest figures and lights (ms)",
        "dashboard: read the hub and word every table (ms)",
        "import a folder of 20 new snapshots (s)",
        "publish one pairing's snapshot to a folder (ms)",
    }
    assert all(value > 0 for value in figures.values())


def test_the_command_line_sync_benchmark_times_whole_processes_beside_python_starting(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "sync-cli.json"
    argv = ["bench_sync_cli.py", "--records", "200", "--runs", "1", "--json", str(out)]
    monkeypatch.setattr(sys, "argv", argv)
    benchmark("bench_sync_cli").main()
    figures = json.loads(out.read_text("utf-8"))
    assert set(figures["medians"]) == {"floor: Python starting", "export", "receive and merge"}
    assert all(len(values) == 1 and values[0] > 0 for values in figures["runs"].values())
