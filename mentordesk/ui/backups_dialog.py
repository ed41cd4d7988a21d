"""File → Backups…: the database's backups, newest first; make one now, open their folder, or restore
one (MentorDesk then restarts on the restored file, the current one kept as a backup first)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.services.backups import Backup, backup_folder, backups_of, make_backup
from mentordesk.ui import dates
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.progress import with_progress
from mentordesk.ui.widgets import label

WHY = {
    "": QT_TRANSLATE_NOOP("BackupsDialog", "daily, or made by hand"),
    "before-import": QT_TRANSLATE_NOOP("BackupsDialog", "before an import"),
    "before-restore": QT_TRANSLATE_NOOP("BackupsDialog", "before a restore"),
}


@dataclass(frozen=True)
class _Made:
    path: Path

    def summary(self) -> str:
        return translate("_Made", "Backed up to {path}.").format(path=self.path)


class BackupsDialog(QDialog):
    """`chosen` is the backup to restore once the dialog was accepted, None otherwise."""

    def __init__(self, database: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BackupsDialog", "Backups"))
        self.setMinimumSize(620, 380)
        self.database = database
        self.chosen: Path | None = None
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("BackupsDialog", "Made"),
                translate("BackupsDialog", "Why"),
                translate("BackupsDialog", "Size"),
            ]
        )
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.verticalHeader().hide()
        self.empty = label(
            translate("BackupsDialog", "No backups yet. One is made at the first start of each day."),
            "EmptyState",
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.now_button = QPushButton(translate("BackupsDialog", "Back up now"))
        self.now_button.clicked.connect(self.back_up_now)
        self.restore_button = QPushButton(translate("BackupsDialog", "Restore…"))
        self.restore_button.clicked.connect(self.restore_selected)
        folder_button = QPushButton(translate("BackupsDialog", "Open folder"))
        folder_button.clicked.connect(self.open_folder)
        for button in (self.now_button, self.restore_button, folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(
            label(
                translate("BackupsDialog", "Backups of {database}").format(database=database),
                "SectionTitle",
                wrap=True,
            )
        )
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self._backups: list[Backup] = backups_of(self.database)
        self.table.setRowCount(len(self._backups))
        for row, backup in enumerate(self._backups):
            size = backup.path.stat().st_size if backup.path.exists() else 0
            cells = (
                dates.moment_long(backup.made),
                translate("BackupsDialog", WHY.get(backup.label, backup.label)),
                _size(size),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.setVisible(bool(self._backups))
        self.empty.setVisible(not self._backups)
        if self._backups:
            self.table.selectRow(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def back_up_now(self) -> None:
        with_progress(
            self,
            translate("BackupsDialog", "Back up now"),
            translate("BackupsDialog", "Copying the database…"),
            lambda _step: _Made(make_backup(self.database)),
            translate("BackupsDialog", "The backup was not made"),
        )
        self.refresh()

    def open_folder(self) -> None:
        folder = backup_folder(self.database)
        folder.mkdir(exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def restore_selected(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        backup = self._backups[rows[0].row()]
        question = translate(
            "BackupsDialog",
            "Put the backup from {made} in place of the "
            "database?\n\nThe database as it is now is kept as a backup first. "
            "MentorDesk saves what you typed, closes and starts again on the restored "
            "file.",
        ).format(made=dates.moment_long(backup.made))
        if (
            QMessageBox.question(self, translate("BackupsDialog", "Restore a backup"), question)
            == QMessageBox.StandardButton.Yes
        ):
            self.chosen = backup.path
            self.accept()


def _size(size: int) -> str:
    return (
        translate("backups_dialog", "{value:.1f} MB").format(value=size / 2**20)
        if size >= 2**20
        else translate("backups_dialog", "{size} KB").format(size=max(size, 1) // 1024 or 1)
    )
