"""A pairing's form: the first-run welcome page around it, a dialog for later pairings, and the dialog
that changes a pairing after creation."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from mentordesk.domain import Cadence, NewPairing, PairingEdit, Role
from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.plain import plain_label, text_editor
from mentordesk.ui.widgets import bound_dates, keep_typing, label

_CADENCE_LABELS = {
    Cadence.WEEKLY: QT_TRANSLATE_NOOP("PairingForm", "Weekly"),
    Cadence.BIWEEKLY: QT_TRANSLATE_NOOP("PairingForm", "Every two weeks"),
    Cadence.MONTHLY: QT_TRANSLATE_NOOP("PairingForm", "Monthly"),
}


class PairingForm(QWidget):
    """Collects a NewPairing; `changed` fires on every edit so callers can enable their buttons."""

    changed = Signal()

    def __init__(self, my_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.my_name = QLineEdit(my_name)
        self.my_name.setPlaceholderText(translate("PairingForm", "e.g. Priya Raman"))
        self.as_mentor = QRadioButton(translate("PairingForm", "Mentor"))
        self.as_mentee = QRadioButton(translate("PairingForm", "Mentee"))
        self.as_mentor.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.as_mentor)
        roles.addButton(self.as_mentee)
        role_row = QHBoxLayout()
        role_row.addWidget(self.as_mentor)
        role_row.addWidget(self.as_mentee)
        role_row.addStretch()
        self.partner_name = QLineEdit()
        self.partner_name.setPlaceholderText(translate("PairingForm", "e.g. Sam Okafor"))
        self.start_date = QDateEdit(QDate.currentDate())
        bound_dates(self.start_date)
        self.start_date.setCalendarPopup(True)
        self.cadence = QComboBox()
        for cadence, text in _CADENCE_LABELS.items():
            self.cadence.addItem(translate("PairingForm", text), cadence)
        self.goals = text_editor()
        self.goals.setPlaceholderText(
            translate("PairingForm", "What should be true at day 90? One goal a line (optional).")
        )
        self.goals.setFixedHeight(80)
        self.competencies = text_editor()
        self.competencies.setPlaceholderText(
            translate("PairingForm", "Skills the plan grows, one a line: Testing, SQL… (optional)")
        )
        self.competencies.setFixedHeight(64)
        self.competencies.setToolTip(
            translate("PairingForm", "Cards and decisions can be tagged with these; Progress counts them")
        )
        self.pairing_name = QLineEdit()
        self.pairing_name.setPlaceholderText(translate("PairingForm", "Mentor & Mentee"))
        self.pairing_name.setToolTip(
            translate("PairingForm", "How the pairing is listed; empty: the two names")
        )
        self.problem = plain_label()
        self.problem.setObjectName("EmptyState")

        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(translate("PairingForm", "Your name"), self.my_name)
        form.addRow(translate("PairingForm", "You are the"), role_row)
        form.addRow(translate("PairingForm", "Partner's name"), self.partner_name)
        form.addRow(translate("PairingForm", "Pairing name"), self.pairing_name)
        form.addRow(translate("PairingForm", "Start date"), self.start_date)
        form.addRow(translate("PairingForm", "Meeting cadence"), self.cadence)
        form.addRow(translate("PairingForm", "Goals"), self.goals)
        form.addRow(translate("PairingForm", "Competencies"), self.competencies)
        form.addRow("", self.problem)
        for edit in (self.my_name, self.partner_name, self.pairing_name):
            edit.textChanged.connect(self._on_edited)
        self._on_edited()

    def load(self, edit: PairingEdit, locked: str = "") -> None:
        """Show a pairing's fields to change them; `locked` (why) keeps the roles and the partner's name."""
        self.my_name.setText(edit.my_name)
        (self.as_mentor if edit.my_role is Role.MENTOR else self.as_mentee).setChecked(True)
        self.partner_name.setText(edit.partner_name)
        self.pairing_name.setText(edit.name)
        self.start_date.setDate(QDate(edit.start_date.year, edit.start_date.month, edit.start_date.day))
        self.cadence.setCurrentIndex(max(0, self.cadence.findData(edit.cadence)))
        self.goals.setPlainText(edit.goals)
        self.competencies.setPlainText("\n".join(edit.competencies))
        for widget in (self.as_mentor, self.as_mentee, self.partner_name):
            widget.setEnabled(not locked)
            widget.setToolTip(locked)
        self._on_edited()

    def problem_text(self) -> str:
        if not self.my_name.text().strip():
            return translate("PairingForm", "Enter your name.")
        if not self.partner_name.text().strip():
            return translate("PairingForm", "Enter your partner's name.")
        if self.my_name.text().strip() == self.partner_name.text().strip():
            return translate("PairingForm", "You and your partner need different names.")
        return ""

    def is_complete(self) -> bool:
        return not self.problem_text()

    def value(self) -> NewPairing:
        edit = self.edit_value()
        return NewPairing(
            my_name=edit.my_name,
            my_role=edit.my_role,
            partner_name=edit.partner_name,
            start_date=edit.start_date,
            cadence=edit.cadence,
            goals=edit.goals,
            competencies=edit.competencies,
            name=edit.name,
        )

    def edit_value(self) -> PairingEdit:
        date = self.start_date.date()
        my_name, partner_name = self.my_name.text().strip(), self.partner_name.text().strip()
        mentor, mentee = (my_name, partner_name) if self.as_mentor.isChecked() else (partner_name, my_name)
        lines = (line.strip() for line in self.competencies.toPlainText().splitlines())
        return PairingEdit(
            name=self.pairing_name.text().strip() or f"{mentor} & {mentee}",
            my_name=my_name,
            my_role=Role.MENTOR if self.as_mentor.isChecked() else Role.MENTEE,
            partner_name=partner_name,
            start_date=dt.date(date.year(), date.month(), date.day()),
            cadence=Cadence(self.cadence.currentData()),
            goals=self.goals.toPlainText().strip(),
            competencies=tuple(line for line in lines if line),
        )

    def _on_edited(self) -> None:
        self.problem.setText(self.problem_text())
        self.pairing_name.setPlaceholderText(
            translate("PairingForm", "{mentor} & {mentee}").format(
                mentor=self.my_name.text().strip() or translate("PairingForm", "You"),
                mentee=self.partner_name.text().strip() or translate("PairingForm", "partner"),
            )
            if self.as_mentor.isChecked()
            else translate("PairingForm", "{mentor} & {mentee}").format(
                mentor=self.partner_name.text().strip() or translate("PairingForm", "Partner"),
                mentee=self.my_name.text().strip() or translate("PairingForm", "you"),
            )
        )
        self.changed.emit()


class WelcomePage(QWidget):
    """Shown in the main window while the database has no pairing: no dead end on first run."""

    create_requested = Signal(object)  # NewPairing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(translate("WelcomePage", "Welcome to MentorDesk"))
        title.setObjectName("WelcomeTitle")
        intro = QLabel(
            translate(
                "WelcomePage",
                "Start with the pairing you are part of. Everything else (the 90-day plan, session "
                "notes, decision log and the system's history) belongs to a pairing. "
                "You can add more pairings later.",
            )
        )
        intro.setWordWrap(True)
        self.form = PairingForm()
        self.create_button = QPushButton(translate("WelcomePage", "Create pairing"))
        self.create_button.setProperty("primary", True)
        self.create_button.setDefault(True)
        self.create_button.clicked.connect(self._on_create)
        self.form.changed.connect(lambda: self.create_button.setEnabled(self.form.is_complete()))
        self.create_button.setEnabled(self.form.is_complete())

        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(12)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.create_button)
        column.addLayout(buttons)
        column.addStretch()
        box = QWidget()
        box.setLayout(column)
        box.setMaximumWidth(560)
        outer = QHBoxLayout(self)
        outer.addStretch()
        outer.addWidget(box)
        outer.addStretch()
        outer.setContentsMargins(24, 48, 24, 24)

    def _on_create(self) -> None:
        if self.form.is_complete():
            self.create_requested.emit(self.form.value())


class _PairingDialog(QDialog):
    """The form in a dialog whose OK button saves through `save`; it closes once that went through,
    and Cancel asks first when something was typed."""

    def __init__(
        self,
        form: PairingForm,
        title: str,
        ok_text: str,
        save: Callable[[], object],
        note: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(480)
        self.form = form
        buttons = form_buttons(self, ok_text)
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.form.is_complete())
        self.form.changed.connect(lambda: ok.setEnabled(self.form.is_complete()))
        self.problem = label("", "FormProblem", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        if note:
            layout.addWidget(label(note, "EmptyState", wrap=True))
        layout.addWidget(self.problem)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self._shown = self.form.edit_value()
        self._saving = FormSave(self, self.problem, save)

    def accept(self) -> None:
        if self.form.is_complete() and self._saving.went_through():
            super().accept()

    def reject(self) -> None:
        """Cancel, Escape or the close button: asks first when something was typed."""
        if self.form.edit_value() != self._shown and keep_typing(
            self, translate("_PairingDialog", "pairing")
        ):
            return
        super().reject()


class NewPairingDialog(_PairingDialog):
    """Describes a new pairing and creates it through `create`."""

    def __init__(
        self, my_name: str, create: Callable[[NewPairing], object], parent: QWidget | None = None
    ) -> None:
        form = PairingForm(my_name)
        super().__init__(
            form,
            translate("NewPairingDialog", "New pairing"),
            translate("NewPairingDialog", "Create pairing"),
            lambda: create(form.value()),
            parent=parent,
        )


class EditPairingDialog(_PairingDialog):
    """Changes a pairing's fields through `save`. `locked` says why the roles and the partner's name
    cannot change (a partner syncs the pairing), or is empty."""

    def __init__(
        self,
        edit: PairingEdit,
        save: Callable[[PairingEdit], object],
        locked: str = "",
        parent: QWidget | None = None,
    ) -> None:
        form = PairingForm()
        form.load(edit, locked)
        title = translate("EditPairingDialog", "Edit pairing — {name}").format(name=edit.name)
        super().__init__(
            form,
            title,
            translate("EditPairingDialog", "Save"),
            lambda: save(form.edit_value()),
            locked,
            parent,
        )
