"""The sync folder dialog: what a sync folder is, which one is used, and what is in it."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.ui.widgets import label

if TYPE_CHECKING:  # sync's modules load when sync is first used
    from mentordesk.sync.service import FolderState

EXPLAINED = (
    "A sync folder is a folder that your own file-sync tool or shared drive keeps the same on your "
    "computer and your partner's. MentorDesk writes each export into it, and imports your partner's "
    "exports as soon as they arrive there, so neither of you sends files by hand. Exports are encrypted "
    "for the two of you: the tool that copies them cannot read them."
)


def describe(state: FolderState) -> str:
    """The folder's state in a sentence or two."""
    if not state.folder:
        return "No sync folder is set: each export is saved where you choose, and imported by hand."
    if not state.present:
        return (
            "The folder cannot be found (on a drive that is not connected?). "
            "Nothing is imported until it is back."
        )
    exports = "1 export is" if state.exports == 1 else f"{state.exports or 'No'} exports are"
    waiting = f"{state.waiting} waiting to be imported" if state.waiting else "none waiting to be imported"
    text = f"Watched while MentorDesk runs. {exports} in it, {waiting}."
    if state.refused:
        refused = "1 was" if state.refused == 1 else f"{state.refused} were"
        text += f" {refused} refused and set aside in its Refused folder, each with a note of why."
    return text


class SyncFolderDialog(QDialog):
    """Shows the sync folder and its state; `choose(folder)` sets one ("" stops using it) and raises
    ValueError with the reason when it cannot."""

    def __init__(
        self,
        state: Callable[[], FolderState],
        choose: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sync folder")
        self.setMinimumWidth(520)
        self._state = state
        self._choose = choose
        self.where = label("", "SectionTitle", wrap=True)
        self.status = label("", "", wrap=True)
        self.problem = label("", "FormProblem", wrap=True)
        self.choose_button = QPushButton("Choose folder…")
        self.choose_button.clicked.connect(self._pick)
        self.stop_button = QPushButton("Stop using it")
        self.stop_button.setToolTip(
            "Exports are then saved where you choose; nothing in the folder is deleted"
        )
        self.stop_button.clicked.connect(lambda: self._set(""))
        self.open_button = QPushButton("Open folder")
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        for button in (self.choose_button, self.stop_button, self.open_button):
            row.addWidget(button)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label(EXPLAINED, "", wrap=True))
        layout.addSpacing(8)
        layout.addWidget(self.where)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        state = self._state()
        self.where.setText(state.folder or "No sync folder")
        self.status.setText(describe(state))
        self.stop_button.setEnabled(bool(state.folder))
        self.open_button.setEnabled(state.present)
        self.choose_button.setText("Choose another folder…" if state.folder else "Choose folder…")

    def _pick(self) -> None:
        start = self._state().folder or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, "Sync folder", start)
        if chosen:
            self._set(chosen)

    def _set(self, folder: str) -> None:
        try:
            self._choose(folder)
        except (ValueError, OSError) as error:
            self.problem.setText(str(error))
            return
        self.problem.setText("")
        self.refresh()

    def _open(self) -> None:
        folder = self._state().folder
        if folder:
            QDesktopServices.openUrl(QUrl.fromLocalFile(folder))
