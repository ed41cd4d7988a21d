"""Importing and exporting a folder of ADR files from the window, with progress and a summary."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from mentordesk.domain import PairingInfo, Visibility
from mentordesk.services import Services
from mentordesk.services.adr_export import AdrExportReport
from mentordesk.services.adr_folder import AdrImportReport
from mentordesk.ui.progress import with_progress

_FORMATS = {"MADR (front matter, sections as in MADR)": "madr", "Nygard (adr-tools: “# 7. Title”)": "nygard"}


def import_folder(
    parent: QWidget, services: Services, pairing: PairingInfo, folder: Path
) -> AdrImportReport | None:
    return with_progress(
        parent,
        "Import ADR folder",
        f"Reading {folder.name}…",
        lambda step: services.adr.import_folder(pairing.id, folder, progress=step),
        "The import stopped",
    )


def export_folder(
    parent: QWidget, services: Services, pairing: PairingInfo, folder: Path, fmt: str, include_private: bool
) -> AdrExportReport | None:
    return with_progress(
        parent,
        "Export ADR folder",
        f"Writing to {folder.name}…",
        lambda step: services.adr.export_folder(
            pairing.id, folder, fmt, include_private=include_private, progress=step
        ),
        "The export stopped",
        after=f"\n\nin {folder}",
    )


def ask_import(parent: QWidget, services: Services, pairing: PairingInfo) -> bool:
    """Whether an import ran: one that stopped part way kept its first batches too."""
    chosen = QFileDialog.getExistingDirectory(parent, "Import a folder of ADR files")
    if chosen:
        import_folder(parent, services, pairing, Path(chosen))
    return bool(chosen)


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
