"""Exporting from the Sync menu: the export dialog with its preview, where the file goes (the sync folder
or a place the user chooses), the work on a thread, and the note that says what was written and what
happens next; an export too large for one file names each of its parts."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, SignalInstance
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMainWindow, QMessageBox

from mentordesk import labels
from mentordesk.domain import PairingInfo
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.sync.export_dialog import ExportDialog

FILTER = QT_TRANSLATE_NOOP("SyncController", "MentorDesk exports (*.mdbundle);;All files (*)")


class ExportActions:
    """Mixed into the SyncController, which owns these attributes."""

    window: QMainWindow
    sync: Any
    busy: Any
    exported: SignalInstance
    last_confirmation: QMessageBox | None
    _current: Callable[[], PairingInfo | None]
    _save_pending: Callable[[], None]
    refresh: Callable[[], None]
    ensure_unlocked: Callable[[], bool]
    _run: Callable[..., None]
    _warn: Callable[[str, str], None]

    def export(self) -> None:
        pairing = self._current()
        if pairing is None or self.busy is not None or not self.ensure_unlocked():
            return
        self._save_pending()  # what is typed goes with the export
        status = self.sync.status(pairing.id)
        folder = status.folder
        where = (
            translate("SyncController", "It is written to the sync folder {folder}.").format(folder=folder)
            if folder
            else translate("SyncController", "You choose where to save it next.")
        )
        dialog = ExportDialog(
            pairing.name,
            status.partner,
            status.last_export,
            lambda everything: self.sync.preview(pairing.id, everything),
            where,
            self.window,
        )
        if dialog.exec() != ExportDialog.DialogCode.Accepted:
            return
        choice = dialog.choice()
        if folder:
            out = Path(folder) / self.sync.export_name()
        else:
            chosen, _ = QFileDialog.getSaveFileName(
                self.window,
                translate("SyncController", "Save export"),
                self.sync.export_name(),
                translate("SyncController", FILTER),
            )
            if not chosen:
                return
            out = Path(chosen)
        role = labels.word(pairing.my_role) if pairing.my_role else ""

        def work(_progress: Callable[[int, int], None]) -> Any:
            return self.sync.export(
                pairing.id, out, role=role, password=choice.password, everything=choice.everything
            )

        partner = status.partner.name if status.partner else translate("SyncController", "your partner")

        def done(result: Any) -> None:
            written, _preview = result
            for path in written.files:
                self.sync.mark_seen(path)
            total = sum(written.counts.values())
            self.window.statusBar().showMessage(
                translate("SyncController", "Exported {total} records to {out}").format(
                    total=total, out=written.files[0]
                ),
                10000,
            )
            self.refresh()
            self._confirm_export(
                written.files, total, partner, by_password=choice.password is not None, folder=folder
            )
            for path in written.files:
                self.exported.emit(path)

        self._run(
            translate("SyncController", "Exporting {name}…").format(name=pairing.name),
            work,
            done,
            lambda _r, m: self._warn(translate("SyncController", "Export"), m),
        )

    def _confirm_export(
        self, files: list[Path], total: int, partner: str, *, by_password: bool, folder: str
    ) -> None:
        """Say that the export is written, where, and what happens next; it does not wait for an answer.
        An export too large for one file was written in parts, which are imported in their order."""
        many = len(files) > 1
        if folder and many:
            then = translate(
                "SyncController",
                "They are in the sync folder: {partner}'s copy imports them, in order, once the folder "
                "has synced.",
            ).format(partner=partner)
        elif folder:
            then = translate(
                "SyncController",
                "It is in the sync folder: {partner}'s copy imports it once the folder has synced.",
            ).format(partner=partner)
        elif many:
            then = translate(
                "SyncController",
                "Send the {parts} files to {partner}, who imports them together (Sync → Import).",
            ).format(parts=len(files), partner=partner)
        else:
            then = translate("SyncController", "Send the file to {partner}.").format(partner=partner)
        if by_password:
            then += translate(
                "SyncController", " Tell {partner} the password another way (say it aloud)."
            ).format(partner=partner)
        elif many:
            then += translate(
                "SyncController", " They are encrypted for {partner}'s key and yours only."
            ).format(partner=partner)
        else:
            then += translate(
                "SyncController", " It is encrypted for {partner}'s key and yours only."
            ).format(partner=partner)
        box = QMessageBox(
            QMessageBox.Icon.Information,
            translate("SyncController", "Export written"),
            "",
            parent=self.window,
        )
        if many:
            box.setText(
                translate(
                    "SyncController",
                    "Exported {total} records of the pairing in {parts} files: more than one file holds.",
                ).format(total=total, parts=len(files))
            )
            names = "\n".join(f"  {path.name}" for path in files)
            box.setInformativeText(f"{files[0].parent}\n{names}\n\n{then}")
            label = box.findChild(QLabel, "qt_msgbox_informativelabel")
            if label is not None:  # room for a file name on its line, within reason
                wanted = label.fontMetrics().horizontalAdvance(f"  {files[0].name}") + 8
                label.setMinimumWidth(min(wanted, 720))
        else:
            box.setText(
                translate("SyncController", "Exported {total} records of the pairing.").format(total=total)
            )
            box.setInformativeText(f"{files[0]}\n\n{then}")
        box.setStandardButtons(QMessageBox.StandardButton.Ok)
        show = box.addButton(translate("SyncController", "Show in folder"), QMessageBox.ButtonRole.ActionRole)
        show.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(files[0].parent))))
        if self.last_confirmation is not None:
            self.last_confirmation.deleteLater()
        self.last_confirmation = box
        box.open()
