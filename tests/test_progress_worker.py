"""Long imports run on a worker thread behind a progress dialog with Cancel: the window keeps drawing,
Cancel leaves nothing changed, and any error ends the wait with a message."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import PairingInfo
from mentordesk.services import Services
from mentordesk.ui import report_dialog
from mentordesk.ui.progress import with_progress


@pytest.fixture
def said(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[str]]:
    create_application()
    boxes: dict[str, list[str]] = {"information": [], "warning": []}
    for kind in boxes:
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *_a, k=kind: boxes[k].append(text))
    return boxes


def test_an_import_runs_off_the_gui_thread(
    qtbot: QtBot, said: dict[str, list[str]], services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    source = tmp_path / "history.csv"
    source.write_text("date,title\n2019,Monolith split\n2021,Queue added\n", "utf-8")
    threads: list[int] = []

    def work(step: Any) -> Any:
        threads.append(threading.get_ident())
        return services.timeline.import_csv(mentee_pairing.id, source, progress=step)

    report = with_progress(parent, "Import CSV", "Reading…", work, "The import stopped")
    assert report is not None and report.added == 2 and said["information"]
    assert threads and threads[0] != threading.get_ident()


def test_cancel_stops_the_work_and_keeps_nothing(qtbot: QtBot, said: dict[str, list[str]]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    steps: list[int] = []

    def slow(step: Any) -> Any:
        for n in range(200):
            step(n, 200)
            steps.append(n)
            time.sleep(0.01)
        raise AssertionError("not cancelled")

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        assert dialog is not None and dialog.isVisible()
        [button] = dialog.findChildren(QPushButton)
        button.click()

    QTimer.singleShot(500, press_cancel)
    assert with_progress(parent, "Import", "Working…", slow, "The import stopped") is None
    assert 0 < len(steps) < 200 and said == {"information": [], "warning": []}


def test_any_error_ends_the_wait_with_a_message(qtbot: QtBot, said: dict[str, list[str]]) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)

    def broken(_step: Any) -> Any:
        raise RuntimeError("git went away")

    assert with_progress(parent, "Import", "Working…", broken, "The import stopped") is None
    assert "git went away" in said["warning"][0] and said["warning"][0].startswith("The import stopped")


def test_the_progress_report_is_gathered_and_written_off_the_gui_thread(
    qtbot: QtBot, said: dict[str, list[str]], demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    pdf = tmp_path / "progress.pdf"
    monkeypatch.setattr(report_dialog.ReportRangeDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(report_dialog.QFileDialog, "getSaveFileName", lambda *_args: (str(pdf), ""))
    threads: dict[str, int] = {}
    for name in ("write_files", "chart_images"):
        real = getattr(report_dialog, name)

        def recorded(*args: Any, _name: str = name, _real: Any = real) -> Any:
            threads[_name] = threading.get_ident()
            return _real(*args)

        monkeypatch.setattr(report_dialog, name, recorded)
    pairing = demo.pairings.list_pairings()[0]
    written = report_dialog.ask_report(parent, demo, pairing)
    assert written == (pdf, pdf.with_suffix(".md"))
    assert pdf.read_bytes().startswith(b"%PDF") and pdf.stat().st_size > 10_000
    assert "Decisions" in pdf.with_suffix(".md").read_text("utf-8")
    assert said["information"] == [f"Wrote {pdf}\nand {pdf.with_suffix('.md')}"]
    assert threads["write_files"] != threading.get_ident()  # laying out and printing: on a worker
    assert threads["chart_images"] == threading.get_ident()  # graphics items stay on the GUI thread


def test_a_report_that_cannot_be_written_says_why(
    qtbot: QtBot, said: dict[str, list[str]], demo: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    missing = tmp_path / "no such folder" / "progress.pdf"
    monkeypatch.setattr(report_dialog.ReportRangeDialog, "exec", lambda _self: 1)
    monkeypatch.setattr(report_dialog.QFileDialog, "getSaveFileName", lambda *_args: (str(missing), ""))
    assert report_dialog.ask_report(parent, demo, demo.pairings.list_pairings()[0]) is None
    assert said["information"] == []
    assert said["warning"] == [f"The report was not written: could not write {missing}"]


def test_typing_waiting_for_a_timer_is_saved_before_long_work_starts(
    qtbot: QtBot, said: dict[str, list[str]]
) -> None:
    order: list[str] = []

    class Window(QWidget):
        def save_pending(self) -> None:
            order.append("saved")

    class Done:
        def summary(self) -> str:
            return "done"

    def work(_step: Any) -> Done:
        order.append("work")
        return Done()

    window = Window()
    qtbot.addWidget(window)
    with_progress(QWidget(window), "Import", "Working…", work, "The import stopped")
    assert order == ["saved", "work"] and said["information"] == ["done"]
