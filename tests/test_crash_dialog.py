"""An error nobody foresaw, in a slot or a worker thread: logged with its traceback, what was typed is
saved, and the user reads what happened and where the log is; no traceback reaches them."""

from __future__ import annotations

import logging
import sys
import threading
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.ui.crash import CrashHandler


@pytest.mark.qt_no_exception_capture
def test_an_error_in_a_slot_or_a_thread_is_told_after_saving(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    create_application()
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # put back after the test
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text, *_a: told.append(text))
    saves: list[int] = []
    window = QWidget()
    qtbot.addWidget(window)
    CrashHandler(lambda: window, lambda: saves.append(1)).install()

    def broken_slot() -> Any:
        raise RuntimeError("the slot broke")

    with caplog.at_level(logging.ERROR, logger="mentordesk"):
        QTimer.singleShot(0, broken_slot)
        qtbot.waitUntil(lambda: len(told) == 1, timeout=3000)
        worker = threading.Thread(target=lambda: 1 / 0)
        worker.start()
        worker.join()
        qtbot.waitUntil(lambda: len(told) == 2, timeout=3000)
    assert "RuntimeError: the slot broke" in told[0] and "What you typed was saved." in told[0]
    assert "ZeroDivisionError" in told[1] and "mentordesk.log" in told[1]
    assert saves == [1, 1]
    assert any("the slot broke" in (r.exc_text or "") or r.exc_info for r in caplog.records)
