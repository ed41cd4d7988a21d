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

from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.widgets import label

if TYPE_CHECKING:  # sync's modules load when sync is first used
    from mentordesk.sync.service import FolderState

EXPLAINED = QT_TRANSLATE_NOOP(
    "SyncFolderDialog",
    "A sync folder is a folder that your own file-sync tool or shared drive keeps the same on your "
    "computer and your partner's. MentorDesk writes each export into it, and imports your partner's "
    "exports as soon as they arrive there, so neither of you sends files by hand. Exports are encrypted "
    "for the two of you: the tool that copies them cannot read them.",
)


def describe(state: FolderState) -> str:
    """The folder's state in a sentence or two."""
    if not state.folder:
        return translate(
            "folder_dialog",
            "No sync folder is set: each export is saved where you choose, and imported by hand.",
        )
    if not state.present:
        return translate(
            "folder_dialog",
            "The folder cannot be found (on a drive that is not connected?). "
            "Nothing is imported until it is back.",
        )
    exports = (
        translate("folder_dialog", "1 export is")
        if state.exports == 1
        else translate("folder_dialog", "{count} exports are").format(count=state.exports or "No")
    )
    waiting = (
        translate("folder_dialog", "{waiting} waiting to be imported").format(waiting=state.waiting)
        if state.waiting
        else translate("folder_dialog", "none waiting to be imported")
    )
    text = translate("folder_dialog", "Watched while MentorDesk runs. {exports} in it, {waiting}.").format(
        exports=exports, waiting=waiting
    )
    if state.refused:
        refused = (
            translate("folder_dialog", "1 was")
            if state.refused == 1
            else translate("folder_dialog", "{refused} were").format(refused=state.refused)
        )
        text += translate(
            "folder_dialog",
            " {refused} refused and set aside in its Refused folder, each with a note of why.",
        ).format(refused=refused)
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
        self.setWindowTitle(translate("SyncFolderDialog", "Sync folder"))
        self.setMinimumWidth(520)
        self._state = state
        self._choose = choose
        self.where = label("", "SectionTitle", wrap=True)
        self.status = label("", "", wrap=True)
        self.problem = label("", "FormProblem", wrap=True)
        self.choose_button = QPushButton(translate("SyncFolderDialog", "Choose folder…"))
        self.choose_button.clicked.connect(self._pick)
        self.stop_button = QPushButton(translate("SyncFolderDialog", "Stop using it"))
        self.stop_button.setToolTip(
            translate(
                "SyncFolderDialog",
                "Exports are then saved where you choose; nothing in the folder is deleted",
            )
        )
        self.stop_button.clicked.connect(lambda: self._set(""))
        self.open_button = QPushButton(translate("SyncFolderDialog", "Open folder"))
        self.open_button.clicked.connect(self._open)
        row = QHBoxLayout()
        for button in (self.choose_button, self.stop_button, self.open_button):
            row.addWidget(button)
        row.addStretch()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(label(translate("SyncFolderDialog", EXPLAINED), "", wrap=True))
        layout.addSpacing(8)
        layout.addWidget(self.where)
        layout.addWidget(self.status)
        layout.addWidget(self.problem)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        state = self._state()
        self.where.setText(state.folder or translate("SyncFolderDialog", "No sync folder"))
        self.status.setText(describe(state))
        self.stop_button.setEnabled(bool(state.folder))
        self.open_button.setEnabled(state.present)
        self.choose_button.setText(
            translate("SyncFolderDialog", "Choose another folder…")
            if state.folder
            else translate("SyncFolderDialog", "Choose folder…")
        )

    def _pick(self) -> None:
        start = self._state().folder or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, translate("SyncFolderDialog", "Sync folder"), start)
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
