"""The Help menu: the guide, the shortcuts (every one the window has), where the data lives, About."""

from __future__ import annotations

import platform

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk import __version__
from mentordesk.services import Services
from mentordesk.ui.help import DataDialog, GuideDialog, keys_text
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages import PAGES


def help_entries(window: MainWindow) -> dict[str, QAction]:
    return {action.text(): action for action in window._help_menu.actions()}


def test_every_shortcut_of_the_window_is_in_the_list(window: MainWindow) -> None:
    dialog = window.show_shortcuts()
    listed = {(what, keys) for _where, what, keys in dialog.rows}
    for action in window.findChildren(QAction):
        keys = keys_text(action.shortcuts())
        if keys and action.text():
            assert (action.text().replace("&", ""), keys) in listed, action.text()
    where = {what: place for place, what, _keys in dialog.rows}
    assert where["Search everything"] == "Go" and where["Review mode"] == "View"
    assert where["New decision"] == "Decisions" and where["Move card up"] == "Plan"
    undo_keys = keys_text([QKeySequence(QKeySequence.StandardKey.Undo)])
    assert ("Undo", undo_keys) in listed

    dialog.filter.setText("ctrl+k")
    shown = {dialog.table.item(row, 1).text() for row in range(dialog.table.rowCount())}
    assert "Search everything" in shown and "Undo" not in shown
    dialog.close()


def test_the_guide_says_what_each_page_is_for(window: MainWindow, qtbot: QtBot) -> None:
    help_entries(window)["MentorDesk guide"].trigger()
    guide = window.findChild(GuideDialog)
    assert guide is not None and guide.isVisible()
    text = guide.browser.toPlainText()
    for number, spec in enumerate(PAGES, start=1):
        assert f"{spec.title} (Ctrl+{number})" in text  # as the Go menu has them
    assert "Syncing with your partner" in text and "#" not in text.split("\n")[0]  # rendered, not raw
    guide.close()


def test_where_the_data_lives_names_the_database_backups_and_log(
    window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []

    def look(dialog: DataDialog) -> int:
        shown.extend(label.text() for label in dialog.findChildren(QLabel))
        return 0

    monkeypatch.setattr(DataDialog, "exec", look)
    help_entries(window)["Where your data lives"].trigger()
    assert str(demo.db.path) in shown
    assert any(text.endswith("demo-backups") for text in shown)
    assert any(text.endswith("mentordesk.log") for text in shown)


def test_about_gives_the_versions_a_bug_report_needs(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "about", lambda _parent, _title, text: said.append(text))
    help_entries(window)["About MentorDesk"].trigger()
    assert f"MentorDesk: {__version__}" in said[0]
    assert f"Python: {platform.python_version()}" in said[0] and "Qt: " in said[0] and "SQLite: " in said[0]
