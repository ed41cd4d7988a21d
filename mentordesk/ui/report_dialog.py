"""Asking for a progress report from the window: a date range, a file, then a summary."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import PairingInfo
from mentordesk.services import Services
from mentordesk.services.report import ReportData
from mentordesk.ui.form_save import form_buttons
from mentordesk.ui.i18n import translate
from mentordesk.ui.progress import with_progress
from mentordesk.ui.report import chart_images, write_files
from mentordesk.ui.widgets import date_edit, day_of, label


class ReportRangeDialog(QDialog):
    def __init__(self, parent: QWidget, pairing: PairingInfo) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ReportRangeDialog", "Export progress report"))
        self.since = date_edit(pairing.start_date)
        self.until = date_edit(dt.date.today())
        form = QFormLayout()
        form.addRow(translate("ReportRangeDialog", "From"), self.since)
        form.addRow(translate("ReportRangeDialog", "To"), self.until)
        note = label(
            translate(
                "ReportRangeDialog",
                "The report holds shared content only: confidential and private records are left out and "
                "counted. A Markdown copy is written beside the PDF.",
            ),
            "PageSubtitle",
            wrap=True,
        )
        self.problem = label("", "FormProblem", wrap=True)
        buttons = form_buttons(self, translate("ReportRangeDialog", "Choose file…"))
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def accept(self) -> None:
        if day_of(self.until) < day_of(self.since):
            self.problem.setText(translate("ReportRangeDialog", "The end date is before the start date."))
            return
        super().accept()

    def dates(self) -> tuple[dt.date, dt.date]:
        return day_of(self.since), day_of(self.until)


@dataclass(frozen=True)
class _Done:
    """What a worker hands back: the report's figures, or the files written."""

    data: ReportData | None = None
    written: tuple[Path, Path] | None = None

    def summary(self) -> str:
        return ""


def ask_report(parent: QWidget, services: Services, pairing: PairingInfo) -> tuple[Path, Path] | None:
    dialog = ReportRangeDialog(parent, pairing)
    if not dialog.exec():
        return None
    since, until = dialog.dates()
    chosen, _filter = QFileDialog.getSaveFileName(
        parent,
        translate("report_dialog", "Export progress report"),
        f"progress-{until:%Y-%m-%d}.pdf",
        translate("report_dialog", "PDF (*.pdf)"),
    )
    if not chosen:
        return None
    path = Path(chosen) if chosen.lower().endswith(".pdf") else Path(f"{chosen}.pdf")
    title, failed = (
        translate("report_dialog", "Export progress report"),
        translate("report_dialog", "The report was not written"),
    )
    gathered = with_progress(  # the figures can take seconds at scale
        parent,
        title,
        translate("report_dialog", "Gathering the figures…"),
        lambda _step: _Done(data=services.report.data(pairing, since, until)),
        failed,
        tell=False,
    )
    if gathered is None or gathered.data is None:
        return None
    data = gathered.data
    images = chart_images(data)  # charts are graphics items: drawn here, a tenth of a second
    done = with_progress(  # laying out and printing a long report takes most of a second at scale
        parent,
        title,
        translate("report_dialog", "Writing {name}…").format(name=path.name),
        lambda _step: _Done(written=write_files(pairing, data, images, path)),
        failed,
        tell=False,
    )
    if done is None or done.written is None:
        return None
    QMessageBox.information(
        parent,
        title,
        translate("report_dialog", "Wrote {written}\nand {written2}").format(
            written=done.written[0], written2=done.written[1]
        ),
    )
    return done.written
