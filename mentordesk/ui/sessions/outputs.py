"""What the session editor writes out: a PDF of the session, and the session as one's own template."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import cast

from PySide6.QtGui import QPdfWriter, QTextDocument
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from mentordesk import labels
from mentordesk.domain import PairingInfo, Visibility
from mentordesk.services import Services
from mentordesk.services.session_report import has_confidential, session_report_html
from mentordesk.ui.i18n import translate
from mentordesk.ui.text_dialog import TextDialog


class SessionOutputs:
    """Mixed into the session editor (a QWidget), which owns these attributes. Not a QObject itself."""

    services: Services
    session_id: str | None
    pairing: PairingInfo | None
    status: QLabel
    flush: Callable[[], None]
    _saved: Callable[[], None]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def pdf_target(self, suggestion: str) -> str:
        target, _filter = QFileDialog.getSaveFileName(
            self._widget(),
            translate("SessionOutputs", "Export session"),
            suggestion,
            translate("SessionOutputs", "PDF (*.pdf)"),
        )
        return target

    def include_confidential(self) -> bool:
        answer = QMessageBox.question(
            self._widget(),
            translate("SessionOutputs", "Export session"),
            translate(
                "SessionOutputs",
                "This session has confidential parts. Include them in the PDF?\n"
                "(Private notes are never included.)",
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _export_pdf(self) -> None:
        if self.session_id is None or self.pairing is None:
            return
        self.flush()
        detail = self.services.sessions.detail(self.session_id)
        target = self.pdf_target(str(Path.home() / f"{detail.session.title}.pdf"))
        if not target:
            return
        include = has_confidential(detail) and self.include_confidential()
        document = QTextDocument()
        document.setHtml(session_report_html(detail, self.pairing, include_confidential=include))
        writer = QPdfWriter(target)
        writer.setTitle(detail.session.title)
        document.print_(writer)
        if not Path(target).is_file():
            self.status.setText(translate("SessionOutputs", "Could not write {target}").format(target=target))
            return
        self.status.setText(translate("SessionOutputs", "Exported to {target}").format(target=target))

    def _save_as_template(self) -> None:
        if self.session_id is None:
            return
        self.flush()
        detail = self.services.sessions.detail(self.session_id)
        # a template travels to the partner: carried actions and points drafted from hidden records stay out
        points = [
            a.text for a in detail.agenda if a.carried_from is None and a.visibility is Visibility.SHARED
        ]

        def save(name: str) -> None:
            self.services.templates.save_template(name, detail.session.kind, points, detail.session.notes)

        if TextDialog(
            self._widget(),
            translate("SessionOutputs", "Save as template"),
            translate("SessionOutputs", "Name of the template:"),
            save,
            text=translate("SessionOutputs", "{label} (mine)").format(
                label=labels.label(detail.session.kind)
            ),
            what=translate("SessionOutputs", "template name"),
        ).saved():
            self._saved()
