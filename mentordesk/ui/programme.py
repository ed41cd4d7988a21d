"""The programme dashboard: a window opened on a hub's address (File → Programme dashboard…), showing the
same text as `mentordesk programme report`, whose PDF is written here too."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSettings, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.files import write_atomically
from mentordesk.programme import HUB_URL_ENV
from mentordesk.programme.report import MARK
from mentordesk.render import markdown_to_html
from mentordesk.ui.i18n import translate
from mentordesk.ui.report import TABLE, keep_headings_with_their_text
from mentordesk.ui.sync.publish_dialog import HUB_KEY
from mentordesk.ui.widgets import SafeBrowser, label

LIGHT_COLOURS = {"green": "#15803d", "amber": "#d97706", "red": "#dc2626", "none": "#9ca3af"}


def dashboard_html(markdown: str) -> str:
    """The dashboard's Markdown as HTML, its tables ruled and each light's mark in its colour."""
    html = markdown_to_html(markdown).replace("<table>", TABLE)
    for word, colour in LIGHT_COLOURS.items():
        html = html.replace(f"{MARK} {word}<", f"<span style='color:{colour}'>{MARK}</span> {word}<")
    return html


def write_programme_pdf(markdown: str, pdf: Path) -> tuple[Path, Path]:
    """The dashboard as a PDF and its Markdown twin beside it, each written whole or not at all."""
    temporary = pdf.with_name(f".{pdf.name}.tmp")
    writer = QPdfWriter(str(temporary))
    writer.setTitle(translate("ProgrammeDashboard", "Programme dashboard"))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(14, 14, 14, 14),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setResolution(96)
    document = QTextDocument()
    document.setHtml(dashboard_html(markdown))
    document.setPageSize(QSizeF(writer.pageLayout().paintRectPixels(96).size()))
    keep_headings_with_their_text(document)
    document.print_(writer)
    del writer  # the PDF is finished when its writer is gone
    if not temporary.is_file():
        raise OSError(translate("ProgrammeDashboard", "could not write {pdf}").format(pdf=pdf))
    os.replace(temporary, pdf)
    twin = pdf.with_suffix(".md")
    write_atomically(twin, markdown.encode("utf-8"))
    return pdf, twin


def dashboard_markdown(url: str) -> str:
    """Read the hub at `url` and word its dashboard (HubError when it cannot be read)."""
    from mentordesk.programme.hub import Hub
    from mentordesk.programme.people import programme_data
    from mentordesk.programme.report import report_markdown

    hub = Hub(url)
    try:
        now = dt.datetime.now(dt.UTC)
        return report_markdown(programme_data(hub, now), now)
    finally:
        hub.close()


class ProgrammeDashboard(QDialog):
    """The hub's address on top (remembered; $MENTORDESK_HUB_URL when none was given), the dashboard
    below, Reload and Save as PDF…. A hub that cannot be read is said in the window, which stays open."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("ProgrammeDashboard", "Programme dashboard"))
        self.markdown = ""
        self.url = QLineEdit(str(QSettings().value(HUB_KEY, "") or os.environ.get(HUB_URL_ENV, "")))
        self.url.setPlaceholderText(
            translate(
                "ProgrammeDashboard", "sqlite:///…/hub.sqlite  ·  postgresql+psycopg://user@host/programme"
            )
        )
        self.url.setAccessibleName(translate("ProgrammeDashboard", "The hub's address"))
        self.url.returnPressed.connect(self.reload)
        reload = QPushButton(translate("ProgrammeDashboard", "Open"))
        reload.clicked.connect(self.reload)
        row = QHBoxLayout()
        row.addWidget(label(translate("ProgrammeDashboard", "Hub:"), "FieldLabel"))
        row.addWidget(self.url, 1)
        row.addWidget(reload)
        self.problem = label("", "FormProblem", wrap=True)
        self.problem.hide()
        self.view = SafeBrowser()
        self.view.setAccessibleName(translate("ProgrammeDashboard", "The programme's figures"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.save_button = buttons.addButton(
            translate("ProgrammeDashboard", "Save as PDF…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.save_button.clicked.connect(self.save_pdf)
        self.save_button.setEnabled(False)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.problem)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(1100, 760)
        if self.url.text():
            self.reload()

    def reload(self) -> None:
        from mentordesk.programme.hub import HubError

        url = self.url.text().strip()
        try:
            self.markdown = dashboard_markdown(url)
        except HubError as error:
            self.problem.setText(
                translate("ProgrammeDashboard", "The hub could not be read: {reason}").format(reason=error)
            )
            self.problem.show()
            self.save_button.setEnabled(bool(self.markdown))
            return
        self.problem.hide()
        QSettings().setValue(HUB_KEY, url)
        self.view.setHtml(dashboard_html(self.markdown))
        self.save_button.setEnabled(True)

    def save_pdf(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self,
            translate("ProgrammeDashboard", "Save the dashboard"),
            "programme-dashboard.pdf",
            translate("ProgrammeDashboard", "PDF files (*.pdf)"),
        )
        if not chosen:
            return
        try:
            pdf, _twin = write_programme_pdf(self.markdown, Path(chosen).with_suffix(".pdf"))
        except OSError as error:
            QMessageBox.warning(self, translate("ProgrammeDashboard", "Programme dashboard"), str(error))
            return
        self.problem.setText(translate("ProgrammeDashboard", "Saved {pdf}").format(pdf=pdf))
        self.problem.show()
