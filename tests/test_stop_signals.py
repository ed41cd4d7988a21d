"""A signal asking the app to stop (logging out, `kill`, Ctrl+C) closes the window as Quit does: what was
typed is saved, and the handlers in place before are put back."""

from __future__ import annotations

import os
import signal

from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.services import Services
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.sessions import SessionsPage
from mentordesk.ui.stop_signals import STOP_SIGNALS, closing_on_stop_signals


def test_sigterm_closes_the_window_and_saves_what_was_typed(
    window: MainWindow, demo: Services, qtbot: QtBot
) -> None:
    sessions = window.show_page("Sessions")
    assert isinstance(sessions, SessionsPage)
    session_id = sessions.selected_row().id  # type: ignore[union-attr]
    sessions.editor.private.setPlainText("typed as the session logged out")
    with closing_on_stop_signals(window.close, window):
        os.kill(os.getpid(), signal.SIGTERM)
        qtbot.waitUntil(lambda: not window.isVisible(), timeout=3000)
    assert demo.sessions.detail(session_id).private_notes == ("typed as the session logged out",)


def test_the_handlers_from_before_are_back_afterwards(qtbot: QtBot) -> None:
    app = create_application()
    before = {number: signal.getsignal(number) for number in STOP_SIGNALS}
    closed: list[bool] = []
    with closing_on_stop_signals(lambda: closed.append(True), app):
        assert all(signal.getsignal(number) is not before[number] for number in STOP_SIGNALS)
        os.kill(os.getpid(), signal.SIGINT)
        qtbot.waitUntil(lambda: bool(closed), timeout=3000)
    assert {number: signal.getsignal(number) for number in STOP_SIGNALS} == before
    assert signal.set_wakeup_fd(-1) == -1  # no wake-up socket left behind
