"""Small dialogs of the Sessions page: a new session (when, which template) and an action item."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentordesk.domain import ActionItemInfo, Role, SessionTemplateInfo
from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.i18n import translate
from mentordesk.ui.widgets import bound_dates, combo, label, select_data


class NewSessionDialog(QDialog):
    def __init__(
        self,
        templates: list[SessionTemplateInfo],
        when: dt.datetime,
        create: Callable[[SessionTemplateInfo | None, dt.datetime], object],
        parent: QWidget | None = None,
        delete_template: Callable[[SessionTemplateInfo], None] | None = None,
    ) -> None:
        """`create(template, when)` makes the session; the dialog closes once it went through."""
        super().__init__(parent)
        self._delete_template = delete_template
        self.setWindowTitle(translate("NewSessionDialog", "New session"))
        self.template = QComboBox()
        self.template.addItem(translate("NewSessionDialog", "No template"), None)
        for template in templates:
            self.template.addItem(
                template.name + ("" if template.built_in else translate("NewSessionDialog", "  (mine)")),
                template,
            )
        local = when.astimezone()
        self.when = QDateTimeEdit(
            QDateTime(QDate(local.year, local.month, local.day), QTime(local.hour, local.minute))
        )
        bound_dates(self.when)
        self.when.setCalendarPopup(True)
        buttons = form_buttons(self, translate("NewSessionDialog", "Create session"))
        self.delete_button = QPushButton(translate("NewSessionDialog", "Delete template"))
        self.delete_button.setToolTip(
            translate("NewSessionDialog", "Delete one of your own templates (built-in ones stay)")
        )
        self.delete_button.clicked.connect(self._on_delete)
        self.template.currentIndexChanged.connect(self._update_delete)
        self._update_delete()
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(self.delete_button)
        form = QFormLayout(self)
        form.addRow(translate("NewSessionDialog", "When"), self.when)
        form.addRow(translate("NewSessionDialog", "Template"), template_row)
        self.problem = label("", "FormProblem", wrap=True)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._saving = FormSave(self, self.problem, lambda: create(*self.value()))

    def accept(self) -> None:
        if self._saving.went_through():
            super().accept()

    def _update_delete(self) -> None:
        chosen = self.template.currentData()
        self.delete_button.setEnabled(
            self._delete_template is not None
            and isinstance(chosen, SessionTemplateInfo)
            and not chosen.built_in
        )

    def confirm_delete(self, name: str) -> bool:
        answer = QMessageBox.question(
            self,
            translate("NewSessionDialog", "Delete template"),
            translate("NewSessionDialog", "Delete your template {name!r}?").format(name=name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _on_delete(self) -> None:
        chosen = self.template.currentData()
        if (
            isinstance(chosen, SessionTemplateInfo)
            and self._delete_template
            and self.confirm_delete(chosen.name)
        ):
            self._delete_template(chosen)
            self.template.removeItem(self.template.currentIndex())

    def value(self) -> tuple[SessionTemplateInfo | None, dt.datetime]:
        moment = self.when.dateTime().toPython()
        assert isinstance(moment, dt.datetime)
        return self.template.currentData(), moment.astimezone()


class ActionDialog(QDialog):
    """Changing an action item's text, owner and due date."""

    def __init__(
        self,
        action: ActionItemInfo,
        save: Callable[[str, Role, dt.date | None], object],
        parent: QWidget | None = None,
    ) -> None:
        """`save(text, owner, due)` writes the change; the dialog closes once it went through."""
        super().__init__(parent)
        self.setWindowTitle(translate("ActionDialog", "Action item"))
        self.text = QLineEdit(action.text)
        self.owner = combo(
            {
                Role.MENTEE: translate("ActionDialog", "Mentee"),
                Role.MENTOR: translate("ActionDialog", "Mentor"),
            }
        )
        select_data(self.owner, action.owner)
        self.has_due = QCheckBox(translate("ActionDialog", "Due"))
        self.has_due.setChecked(action.due_date is not None)
        due = action.due_date or dt.date.today()
        self.due = QDateEdit(QDate(due.year, due.month, due.day))
        bound_dates(self.due)
        self.due.setCalendarPopup(True)
        buttons = form_buttons(self)
        form = QFormLayout(self)
        form.addRow(translate("ActionDialog", "Action"), self.text)
        form.addRow(translate("ActionDialog", "Owner"), self.owner)
        form.addRow(self.has_due, self.due)
        self.problem = label("", "FormProblem", wrap=True)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._saving = FormSave(self, self.problem, lambda: save(*self.value()))

    def accept(self) -> None:
        if self._saving.went_through():
            super().accept()

    def value(self) -> tuple[str, Role, dt.date | None]:
        day = self.due.date().toPython() if self.has_due.isChecked() else None
        assert day is None or isinstance(day, dt.date)
        return self.text.text(), Role(self.owner.currentData()), day
