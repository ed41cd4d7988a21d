"""Importing and exporting a folder of ADR files from the window, with progress and a summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QInputDialog, QMessageBox, QProgressDialog, QWidget

from mentordesk.domain import PairingInfo, Visibility
from mentordesk.services import Services
from mentordesk.services.adr_folder import AdrExportReport, AdrImportReport

_FORMATS = {"MADR (front matter, sections as in MADR)": "madr", "Nygard (adr-tools: “# 7. Title”)": "nygard"}


def _progress(parent: QWidget, text: str) -> QProgressDialog:
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.show()
    QApplication.processEvents()
    return dialog


def _step(dialog: QProgressDialog, done: int, total: int) -> None:
    dialog.setMaximum(total)
    dialog.setValue(done)
    QApplication.processEvents()


def import_folder(
    parent: QWidget, services: Services, pairing: PairingInfo, folder: Path
) -> AdrImportReport | None:
    dialog = _progress(parent, f"Reading {folder.name}…")
    try:
        report = services.adr.import_folder(pairing.id, folder, progress=lambda d, t: _step(dialog, d, t))
    except (ValueError, OSError) as error:
        dialog.close()
        QMessageBox.warning(parent, "Import ADR folder", f"Nothing was imported: {error}")
        return None
    dialog.close()
    QMessageBox.information(parent, "Import ADR folder", report.summary())
    return report


def export_folder(
    parent: QWidget, services: Services, pairing: PairingInfo, folder: Path, fmt: str, include_private: bool
) -> AdrExportReport | None:
    dialog = _progress(parent, f"Writing to {folder.name}…")
    try:
        report = services.adr.export_folder(
            pairing.id,
            folder,
            fmt,
            include_private=include_private,
            progress=lambda d, t: _step(dialog, d, t),
        )
    except (ValueError, OSError) as error:
        dialog.close()
        QMessageBox.warning(parent, "Export ADR folder", f"The export stopped: {error}")
        return None
    dialog.close()
    QMessageBox.information(parent, "Export ADR folder", f"{report.summary()}\n\nin {folder}")
    return report


def ask_import(parent: QWidget, services: Services, pairing: PairingInfo) -> AdrImportReport | None:
    chosen = QFileDialog.getExistingDirectory(parent, "Import a folder of ADR files")
    return import_folder(parent, services, pairing, Path(chosen)) if chosen else None


def ask_export(parent: QWidget, services: Services, pairing: PairingInfo) -> AdrExportReport | None:
    name, ok = QInputDialog.getItem(parent, "Export ADR folder", "File format:", list(_FORMATS), 0, False)
    if not ok:
        return None
    chosen = QFileDialog.getExistingDirectory(parent, "Export the decision log into a folder")
    if not chosen:
        return None
    private = [d for d in services.decisions.list_decisions(pairing.id) if d.visibility is Visibility.PRIVATE]
    include = bool(private) and (
        QMessageBox.question(
            parent,
            "Export ADR folder",
            f"{len(private)} decisions are private. Write them into the folder too?",
        )
        == QMessageBox.StandardButton.Yes
    )
    return export_folder(parent, services, pairing, Path(chosen), _FORMATS[name], include)
