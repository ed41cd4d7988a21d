"""File → Backups…: the backups newest first, one made on request, and a restore that keeps the current
file first and starts MentorDesk again on the restored one."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application, restore_and_restart
from mentordesk.services import Services
from mentordesk.storage.backups import backups_of, make_backup
from mentordesk.ui.backups_dialog import BackupsDialog
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow


def test_the_dialog_lists_makes_and_chooses_backups(
    qtbot: QtBot, demo_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()
    older = make_backup(demo_path, now=dt.datetime(2026, 11, 20, 9, 0))
    make_backup(demo_path, label="before-import", now=dt.datetime(2026, 11, 28, 9, 0))
    dialog = BackupsDialog(demo_path)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2 and dialog.table.item(0, 1).text() == "before an import"
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    dialog.back_up_now()
    assert dialog.table.rowCount() == 3 == len(backups_of(demo_path))
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: QMessageBox.StandardButton.Yes)
    dialog.table.selectRow(2)
    dialog.restore_selected()
    assert dialog.chosen == older and dialog.result() == BackupsDialog.DialogCode.Accepted


def test_choosing_a_backup_closes_the_window_for_the_restore(
    qtbot: QtBot, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()
    QSettings().clear()
    chosen = make_backup(demo.db.path)

    def pick(dialog: BackupsDialog) -> int:
        dialog.chosen = chosen
        return 1

    monkeypatch.setattr(BackupsDialog, "exec", pick)
    window = MainWindow(demo, ChangeHub())
    qtbot.addWidget(window)
    window.show()
    window.show_backups()
    assert window.restore_requested == chosen and not window.isVisible()


def test_the_restore_keeps_the_current_file_and_starts_again_on_the_backup(
    demo_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    backup = make_backup(demo_path, tmp_path / "backup.sqlite")
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE pairing SET name = 'Renamed since' WHERE rowid = 1")
    started: list[Any] = []
    monkeypatch.setattr(os, "execv", lambda program, args: started.append((program, args)))
    assert restore_and_restart(demo_path, backup) == 0
    assert started == [(sys.executable, [sys.executable, "-m", "mentordesk", "--db", str(demo_path)])]
    with sqlite3.connect(demo_path) as conn:
        assert "Renamed since" not in {row[0] for row in conn.execute("SELECT name FROM pairing")}
    [kept] = [b for b in backups_of(demo_path) if b.label == "before-restore"]
    with sqlite3.connect(kept.path) as conn:
        assert "Renamed since" in {row[0] for row in conn.execute("SELECT name FROM pairing")}
