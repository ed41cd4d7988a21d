"""Asking for a new session: when, and which template to start from."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QComboBox, QDateTimeEdit, QDialog, QDialogButtonBox, QFormLayout, QWidget

from mentordesk.domain import SessionTemplateInfo


class NewSessionDialog(QDialog):
    def __init__(
        self, templates: list[SessionTemplateInfo], when: dt.datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New session")
        self.template = QComboBox()
        self.template.addItem("No template", None)
        for template in templates:
            self.template.addItem(template.name + ("" if template.built_in else "  (mine)"), template)
        local = when.astimezone()
        self.when = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("ddd d MMM yyyy, HH:mm")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create session")
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow("When", self.when)
        form.addRow("Template", self.template)
        form.addRow(buttons)

    def value(self) -> tuple[SessionTemplateInfo | None, dt.datetime]:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return self.template.currentData(), moment.astimezone()

    @classmethod
    def ask(
        cls, templates: list[SessionTemplateInfo], when: dt.datetime, parent: QWidget | None = None
    ) -> tuple[SessionTemplateInfo | None, dt.datetime] | None:
        """The chosen template (or None) and time, or None when the user cancelled."""
        dialog = cls(templates, when, parent)
        return dialog.value() if dialog.exec() == QDialog.DialogCode.Accepted else None
