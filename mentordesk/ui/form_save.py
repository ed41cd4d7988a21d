"""Saving from a form dialog: the dialog closes only once its save went through, so what was typed is
never lost to a refused value or a failed write."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLabel

from mentordesk.services import WriteFailed
from mentordesk.ui.widgets import RETRY_MS


class FormSave(QObject):
    """The save behind a dialog's Save button. A refused value is shown in `problem` and the dialog
    stays open. A write the database refused (busy, disk full, read-only) is shown too and tried again
    every RETRY_MS, through the dialog's own accept(), until it goes through or the dialog is closed."""

    def __init__(self, dialog: QDialog, problem: QLabel, save: Callable[[], object]) -> None:
        super().__init__(dialog)
        self._dialog = dialog
        self._problem = problem
        self._save = save
        self.retry = QTimer(self)
        self.retry.setSingleShot(True)
        self.retry.setInterval(RETRY_MS)
        self.retry.timeout.connect(self._try_again)
        dialog.finished.connect(self.retry.stop)
        QShortcut(QKeySequence.StandardKey.Save, dialog, dialog.accept)  # Ctrl+S saves here as everywhere

    def went_through(self) -> bool:
        """Save now; False keeps the dialog open with the reason shown."""
        self.retry.stop()
        try:
            self._save()
        except WriteFailed as error:
            self._say(error.retrying())
            self.retry.start()
            return False
        except (ValueError, LookupError) as error:
            self._say(str(error))
            return False
        return True

    def _say(self, text: str) -> None:
        """Show why, growing the dialog when the words need more lines than it has room for."""
        self._problem.setText(text)
        layout = self._dialog.layout()
        if layout is None:
            return
        layout.activate()
        width = self._dialog.width()
        needed = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        needed = max(needed, layout.totalMinimumSize().height())
        if needed > self._dialog.height():
            self._dialog.resize(width, needed)

    def _try_again(self) -> None:
        if QApplication.activeModalWidget() not in (None, self._dialog):
            self.retry.start()  # a question is open over the form (discard it?): ask again later
            return
        self._dialog.accept()


def form_buttons(dialog: QDialog, ok_text: str = "") -> QDialogButtonBox:
    """OK (named `ok_text` when given) and Cancel, wired to the dialog's accept and reject."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    if ok_text:
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
