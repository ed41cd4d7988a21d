"""Creating a pairing: the form, the first-run welcome page around it, and a dialog for later ones."""

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

from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.plain import plain_label, text_editor
from mentordesk.ui.widgets import bound_dates, keep_typing, label

_CADENCE_LABELS = {Cadence.WEEKLY: "Weekly", Cadence.BIWEEKLY: "Every two weeks", Cadence.MONTHLY: "Monthly"}


class PairingForm(QWidget):
    """Collects a NewPairing; `changed` fires on every edit so callers can enable their buttons."""

    changed = Signal()

    def __init__(self, my_name: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.my_name = QLineEdit(my_name)
        self.my_name.setPlaceholderText("e.g. Priya Raman")
        self.as_mentor = QRadioButton("Mentor")
        self.as_mentee = QRadioButton("Mentee")
        self.as_mentor.setChecked(True)
        roles = QButtonGroup(self)
        roles.addButton(self.as_mentor)
        roles.addButton(self.as_mentee)
        role_row = QHBoxLayout()
        role_row.addWidget(self.as_mentor)
        role_row.addWidget(self.as_mentee)
        role_row.addStretch()
        self.partner_name = QLineEdit()
        self.partner_name.setPlaceholderText("e.g. Sam Okafor")
        self.start_date = QDateEdit(QDate.currentDate())
        bound_dates(self.start_date)
        self.start_date.setCalendarPopup(True)
        self.start_date.setDisplayFormat("d MMMM yyyy")
        self.cadence = QComboBox()
        for cadence, text in _CADENCE_LABELS.items():
            self.cadence.addItem(text, cadence)
        self.goals = text_editor()
        self.goals.setPlaceholderText("What should be true at day 90? One goal a line (optional).")
        self.goals.setFixedHeight(80)
        self.problem = plain_label()
        self.problem.setObjectName("EmptyState")

        form = QFormLayout(self)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.addRow("Your name", self.my_name)
        form.addRow("You are the", role_row)
        form.addRow("Partner's name", self.partner_name)
        form.addRow("Start date", self.start_date)
        form.addRow("Meeting cadence", self.cadence)
        form.addRow("Goals", self.goals)
        form.addRow("", self.problem)
        for edit in (self.my_name, self.partner_name):
            edit.textChanged.connect(self._on_edited)
        self._on_edited()

    def problem_text(self) -> str:
        if not self.my_name.text().strip():
            return "Enter your name."
        if not self.partner_name.text().strip():
            return "Enter your partner's name."
        if self.my_name.text().strip() == self.partner_name.text().strip():
            return "You and your partner need different names."
        return ""

    def is_complete(self) -> bool:
        return not self.problem_text()

    def value(self) -> NewPairing:
        date = self.start_date.date()
        return NewPairing(
            my_name=self.my_name.text().strip(),
            my_role=Role.MENTOR if self.as_mentor.isChecked() else Role.MENTEE,
            partner_name=self.partner_name.text().strip(),
            start_date=dt.date(date.year(), date.month(), date.day()),
            cadence=Cadence(self.cadence.currentData()),
            goals=self.goals.toPlainText().strip(),
        )

    def _on_edited(self) -> None:
        self.problem.setText(self.problem_text())
        self.changed.emit()


class WelcomePage(QWidget):
    """Shown in the main window while the database has no pairing: no dead end on first run."""

    create_requested = Signal(object)  # NewPairing

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel("Welcome to MentorDesk")
        title.setObjectName("WelcomeTitle")
        intro = QLabel(
            "Start with the pairing you are part of. Everything else (the 90-day plan, session notes, "
            "decision log and the system's history) belongs to a pairing. You can add more pairings later."
        )
        intro.setWordWrap(True)
        self.form = PairingForm()
        self.create_button = QPushButton("Create pairing")
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


class NewPairingDialog(QDialog):
    """Describes a new pairing and creates it through `create`; closes once that went through."""

    def __init__(
        self, my_name: str, create: Callable[[NewPairing], object], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("New pairing")
        self.form = PairingForm(my_name)
        buttons = form_buttons(self, "Create pairing")
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.form.is_complete())
        self.form.changed.connect(lambda: ok.setEnabled(self.form.is_complete()))
        self.problem = label("", "FormProblem", wrap=True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons, alignment=Qt.AlignmentFlag.AlignRight)
        self._shown = self.form.value()
        self._saving = FormSave(self, self.problem, lambda: create(self.form.value()))

    def accept(self) -> None:
        if self.form.is_complete() and self._saving.went_through():
            super().accept()

    def reject(self) -> None:
        """Cancel, Escape or the close button: asks first when something was typed."""
        if self.form.value() != self._shown and keep_typing(self, "pairing"):
            return
        super().reject()
