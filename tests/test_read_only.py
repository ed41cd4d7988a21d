"""A database in a read-only file or folder opens read-only: everything can be read, a banner says so,
and no change pretends to be saved.

(Tests run as root, who may write anywhere, so what os.access answers for the file or folder is set
here; SQLite is then asked to open the file read-only and refuses every write itself.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.services import Services, WriteFailed
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow


def _not_writable(monkeypatch: pytest.MonkeyPatch, what: Path) -> None:
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == what else real(p, mode))


@pytest.mark.parametrize("which", ["file", "folder"])
def test_a_read_only_database_is_read_and_never_written(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, which: str
) -> None:
    before = demo_path.read_bytes()
    _not_writable(monkeypatch, demo_path if which == "file" else demo_path.parent)
    services = Services.open(demo_path)
    try:
        assert services.db.read_only
        [pairing, _other] = services.pairings.list_pairings()
        assert services.plans.cards(pairing.id) and services.search.search("billing")
        session = services.sessions.list_sessions(pairing.id)[0]
        with pytest.raises(WriteFailed, match="read-only"):
            services.session_edits.set_notes(session.id, "typed into a read-only file")
    finally:
        services.close()
    assert demo_path.read_bytes() == before


def test_the_window_says_it_is_read_only_and_no_typing_says_saved(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _not_writable(monkeypatch, demo_path)
    create_application()
    QSettings().clear()
    services = Services.open(demo_path)
    try:
        window = MainWindow(services, ChangeHub())
        qtbot.addWidget(window)
        window.show()
        [banner] = [w for w in window.findChildren(QLabel) if w.objectName() == "ReadOnlyBanner"]
        assert banner.isVisible() and "nothing you change here is saved" in banner.text()
        assert "(read-only)" in window.windowTitle()
        page = window.show_page("Sessions")
        editor = page.editor  # type: ignore[attr-defined]
        qtbot.keyClicks(editor.notes, " more")
        editor.flush()
        assert editor.status.text() == "Not saved"
        assert editor.problem.text().startswith("Not saved: the database file or its folder is read-only")
        window.close()
    finally:
        services.close()
