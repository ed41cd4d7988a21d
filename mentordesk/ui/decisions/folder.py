"""Importing and exporting a folder of ADR files from the window: a form for the export that names the
confidential decisions before they are written into plain files, progress with Cancel, and a summary
that lists each file the import could not take as it was."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import PairingInfo, Visibility
from mentordesk.services import Services
from mentordesk.services.adr_export import OWN_LOG, AdrExportReport
from mentordesk.services.adr_folder import AdrImportReport
from mentordesk.ui.form_save import form_buttons
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.progress import with_progress
from mentordesk.ui.widgets import label

_FORMATS = {
    "madr": QT_TRANSLATE_NOOP("ExportDialog", "MADR (front matter, sections as in MADR)"),
    "nygard": QT_TRANSLATE_NOOP("ExportDialog", "Nygard (adr-tools: “# 7. Title”)"),
}


class ImportSummary(QDialog):
    """What an import did: the counts, and one row per file it skipped, numbered anew or could not date."""

    def __init__(self, parent: QWidget, report: AdrImportReport, folder: Path) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ImportSummary", "ADR folder imported"))
        headline = label(f"{report.counts()}.", "PageTitle", wrap=True)
        where = label(
            translate(
                "ImportSummary",
                "From {folder}, as the log “{log}”. Each record keeps its file: exported "
                "unedited, it is written back byte for byte under its own name.",
            ).format(folder=folder, log=report.log),
            "PageSubtitle",
            wrap=True,
        )
        self.files = QTreeWidget()
        self.files.setHeaderLabels(
            [translate("ImportSummary", "File"), translate("ImportSummary", "What happened")]
        )
        self.files.setRootIsDecorated(False)
        self.files.setWordWrap(True)
        self.files.setAccessibleName(
            translate("ImportSummary", "Files the import could not take as they were")
        )
        rows = [
            (name, translate("ImportSummary", "Skipped: {why}").format(why=why))
            for name, why in report.skipped
        ]
        rows += [
            (
                name,
                translate(
                    "ImportSummary",
                    "Numbered ADR-{here:04d} here, as number {number} is taken; the folder keeps {number}",
                ).format(here=here, number=number),
            )
            for name, number, here in report.renumbered
        ]
        rows += [(name, what[:1].upper() + what[1:]) for name, what in report.undated]
        for name, what in rows:
            item = QTreeWidgetItem([name, what])
            item.setToolTip(1, what)
            self.files.addTopLevelItem(item)
        self.files.resizeColumnToContents(0)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(headline)
        if report.unread:
            layout.addWidget(label(report.cancelled(), "FormProblem", wrap=True))
        layout.addWidget(where)
        if rows:
            layout.addWidget(self.files, 1)
        else:
            self.files.hide()
            layout.addWidget(
                label(translate("ImportSummary", "Every file was read as it is."), "PageSubtitle")
            )
        layout.addWidget(close)
        self.resize(900, 420 if rows else 200)


class ExportDialog(QDialog):
    """Which decisions, in which format for those written here; confidential and private ones only when
    ticked, the confidential ones named first."""

    def __init__(self, parent: QWidget, entries: list[tuple[str, str, Visibility]]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ExportDialog", "Export ADR folder"))
        self._entries = entries
        self.log = QComboBox()
        self.log.setAccessibleName(translate("ExportDialog", "Decisions to export"))
        logs = sorted({log for log, _title, _visibility in entries}, key=lambda log: (log != OWN_LOG, log))
        for log in logs:
            self.log.addItem(
                translate("ExportDialog", "Decisions written here")
                if log == OWN_LOG
                else translate("ExportDialog", "The log {log}").format(log=log),
                log,
            )
        if len(logs) != 1:
            self.log.addItem(translate("ExportDialog", "Every decision"), None)
        self.format = QComboBox()
        self.format.setAccessibleName(translate("ExportDialog", "File format"))
        for fmt, text in _FORMATS.items():
            self.format.addItem(translate("ExportDialog", text), fmt)
        self.confidential = QCheckBox()
        self.private = QCheckBox()
        self.warning = label("", "FormProblem", wrap=True)
        form = QFormLayout()
        form.addRow(translate("ExportDialog", "Decisions"), self.log)
        form.addRow(translate("ExportDialog", "Format"), self.format)
        form.addRow(
            "",
            label(
                translate("ExportDialog", "Imported decisions keep the format of their own files."),
                "PageSubtitle",
                wrap=True,
            ),
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.confidential)
        layout.addWidget(self.private)
        layout.addWidget(self.warning)
        layout.addWidget(form_buttons(self, translate("ExportDialog", "Choose folder…")))
        self.setMinimumWidth(560)
        self.log.currentIndexChanged.connect(self._update)
        self.confidential.toggled.connect(self._update)
        self._update()

    def chosen_log(self) -> str | None:
        log = self.log.currentData()
        return str(log) if log is not None else None

    def _titles(self, visibility: Visibility) -> list[str]:
        log = self.chosen_log()
        return [t for g, t, v in self._entries if v is visibility and (log is None or g == log)]

    def _update(self) -> None:
        confidential, private = self._titles(Visibility.CONFIDENTIAL), self._titles(Visibility.PRIVATE)
        self.confidential.setText(
            translate("ExportDialog", "Also write {these} confidential").format(
                these=_these(len(confidential))
            )
        )
        self.private.setText(
            translate("ExportDialog", "Also write {these} private").format(these=_these(len(private)))
        )
        self.format.setEnabled(self.chosen_log() in (None, OWN_LOG))
        self.confidential.setVisible(bool(confidential))
        self.private.setVisible(bool(private))
        if self.confidential.isChecked() and confidential:
            named = "".join(f"\n  • {title}" for title in confidential)
            these = (
                translate("ExportDialog", "This confidential decision")
                if len(confidential) == 1
                else translate("ExportDialog", "These confidential decisions")
            )
            self.warning.setText(
                translate(
                    "ExportDialog",
                    "{these} will be written as plain Markdown, which anyone with the folder "
                    "can read:{named}",
                ).format(these=these, named=named)
            )
        else:
            self.warning.setText("")
        self.adjustSize()

    def choices(self) -> tuple[str, str | None, bool, bool]:
        """Format, log (None: every decision), confidential and private included."""
        fmt = self.format.currentData()
        confidential = not self.confidential.isHidden() and self.confidential.isChecked()
        private = not self.private.isHidden() and self.private.isChecked()
        return fmt, self.chosen_log(), confidential, private


def _these(count: int) -> str:
    return (
        translate("folder", "the decision that is")
        if count == 1
        else translate("folder", "the {count} decisions that are").format(count=count)
    )


def import_folder(
    parent: QWidget, services: Services, pairing: PairingInfo, folder: Path
) -> AdrImportReport | None:
    report = with_progress(
        parent,
        translate("folder", "Import ADR folder"),
        translate("folder", "Reading {name}…").format(name=folder.name),
        lambda step: services.adr.import_folder(pairing.id, folder, progress=step),
        translate("folder", "The import stopped"),
        tell=False,
    )
    if report is not None:
        ImportSummary(parent, report, folder).exec()
    return report


def export_folder(
    parent: QWidget,
    services: Services,
    pairing: PairingInfo,
    folder: Path,
    fmt: str,
    *,
    log: str | None = None,
    include_confidential: bool = False,
    include_private: bool = False,
) -> AdrExportReport | None:
    return with_progress(
        parent,
        translate("folder", "Export ADR folder"),
        translate("folder", "Writing to {name}…").format(name=folder.name),
        lambda step: services.adr.export_folder(
            pairing.id,
            folder,
            fmt,
            include_private=include_private,
            include_confidential=include_confidential,
            log=log,
            progress=step,
        ),
        translate("folder", "The export stopped"),
        after=translate("folder", "\n\nin {folder}").format(folder=folder),
    )


def ask_import(parent: QWidget, services: Services, pairing: PairingInfo) -> bool:
    """Whether an import ran: one that stopped part way kept its first batches too."""
    chosen = QFileDialog.getExistingDirectory(parent, translate("folder", "Import a folder of ADR files"))
    if chosen:
        import_folder(parent, services, pairing, Path(chosen))
    return bool(chosen)


def ask_export(parent: QWidget, services: Services, pairing: PairingInfo) -> AdrExportReport | None:
    dialog = ExportDialog(parent, services.adr.entries(pairing.id))
    if not dialog.exec():
        return None
    fmt, log, confidential, private = dialog.choices()
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("folder", "Export the decision log into a folder")
    )
    if not chosen:
        return None
    return export_folder(
        parent,
        services,
        pairing,
        Path(chosen),
        fmt,
        log=log,
        include_confidential=confidential,
        include_private=private,
    )
