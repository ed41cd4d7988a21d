"""What can be done to a decision beyond typing: submit, addenda, outcomes, supersede, amend, delete.

Each `ask_*` asks the user (a dialog) and then calls the matching `do_*`, which tests call directly."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any, cast

from PySide6.QtCore import SignalInstance
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentordesk.domain import (
    LOCKED_STATUSES,
    SUBMITTABLE_STATES,
    DecisionDetail,
    DecisionDraft,
    Outcome,
    PairingInfo,
    Role,
    adr_number,
)
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.plain import text_editor


class DecisionActions:
    """Mixed into the decision editor (a QWidget), which owns these attributes. Not a QObject itself."""

    services: Services
    hub: ChangeHub
    pairing: PairingInfo | None
    detail: DecisionDetail | None
    message: QLabel
    open_decision: SignalInstance
    flush: Callable[[], None]
    show_detail: Callable[[DecisionDetail], None]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def action_buttons(self) -> list[QPushButton]:
        self.submit_button = QPushButton("Submit for review…")
        self.submit_button.clicked.connect(self.ask_submit)
        self.addendum_button = QPushButton("Add addendum…")
        self.addendum_button.clicked.connect(self.ask_addendum)
        self.outcome_button = QPushButton("Record outcome…")
        self.outcome_button.clicked.connect(self.ask_outcome)
        self.more_button = QPushButton("More")
        menu = QMenu(self.more_button)
        menu.addAction("Supersede with a new decision…", self.ask_supersede_with_new)
        menu.addAction("Superseded by an existing decision…", self.ask_superseded_by)
        menu.addAction("Amends another decision…", self.ask_amend)
        menu.addSeparator()
        self.delete_action = menu.addAction("Delete decision…", self.ask_delete)
        self.more_button.setMenu(menu)
        return [self.submit_button, self.addendum_button, self.outcome_button, self.more_button]

    def me(self) -> Role:
        return self.pairing.acting_role if self.pairing else Role.MENTOR

    def update_buttons(self) -> None:
        if self.detail is None:
            return
        d = self.detail.decision
        locked = d.status in LOCKED_STATUSES
        self.submit_button.setVisible(
            d.author_role is self.me() and not locked and d.review_state in SUBMITTABLE_STATES
        )
        self.addendum_button.setVisible(locked)
        self.outcome_button.setVisible(locked)
        self.delete_action.setEnabled(not locked)

    def run(self, action: Callable[[], Any], then_open: bool = False, reload: bool = True) -> Any:
        """Do one service action; show its refusal in the form, or refresh everything after it."""
        if self.detail is None or self.pairing is None:
            return None
        try:
            result = action()
        except (ValueError, LookupError) as error:  # refused, or a record deleted meanwhile
            self.message.setText(str(error))
            self.show_detail(self.detail)
            return None
        self.message.setText("")
        self.hub.decisions_changed.emit(self.pairing.id)
        if then_open and isinstance(result, str):
            self.open_decision.emit(result)
        elif reload:
            self.show_detail(self.services.decisions.detail(self.detail.decision.id))
        return result

    # the actions themselves
    def do_submit(self, note: str = "") -> None:
        self.flush()
        self.run(lambda: self.services.reviews.submit(self.detail.decision.id, self.me(), note))  # type: ignore[union-attr]

    def do_addendum(self, text: str) -> None:
        decision_id = self.detail.decision.id  # type: ignore[union-attr]
        self.run(lambda: self.services.decisions.add_addendum(decision_id, text, self.me(), dt.date.today()))

    def do_outcome(self, outcome: Outcome, note: str) -> None:
        decision_id = self.detail.decision.id  # type: ignore[union-attr]
        self.run(lambda: self.services.decisions.record_outcome(decision_id, outcome, note, dt.date.today()))

    def do_supersede_with_new(self, title: str) -> str | None:
        """A new draft that replaces this decision; the new one opens."""
        old = self.detail
        assert old is not None and self.pairing is not None
        pairing_id = self.pairing.id

        def create() -> str:
            draft = DecisionDraft(title=title, decided_on=dt.date.today(), context=old.draft.context)
            new_id = self.services.decisions.create(pairing_id, draft, self.me())
            self.services.decisions.supersede(old.decision.id, new_id)
            return new_id

        result = self.run(create, then_open=True)
        return result if isinstance(result, str) else None

    def do_superseded_by(self, new_id: str) -> None:
        self.run(lambda: self.services.decisions.supersede(self.detail.decision.id, new_id))  # type: ignore[union-attr]

    def do_amend(self, amended_id: str | None) -> None:
        self.run(lambda: self.services.decisions.amend(self.detail.decision.id, amended_id))  # type: ignore[union-attr]

    def do_delete(self) -> None:
        self.run(lambda: self.services.decisions.delete(self.detail.decision.id), reload=False)  # type: ignore[union-attr]
        self.detail = None

    # asking first
    def ask_submit(self) -> None:
        note, ok = QInputDialog.getText(
            self._widget(), "Submit for review", "A note for your reviewer (optional):"
        )
        if ok:
            self.do_submit(note)

    def ask_addendum(self) -> None:
        text, ok = QInputDialog.getMultiLineText(
            self._widget(), "Add addendum", "A dated note appended below the decision (Markdown):"
        )
        if ok and text.strip():
            self.do_addendum(text)

    def ask_outcome(self) -> None:
        dialog = QDialog(self._widget())
        dialog.setWindowTitle("How did it turn out?")
        outcome = QComboBox()
        for value in Outcome:
            outcome.addItem(value.label, value)
        note = text_editor()
        note.setPlaceholderText("What happened, and how do we know?")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form = QFormLayout(dialog)
        form.addRow("Outcome", outcome)
        form.addRow("Note", note)
        form.addRow(buttons)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.do_outcome(Outcome(outcome.currentData()), note.toPlainText())

    def ask_supersede_with_new(self) -> None:
        assert self.detail is not None
        title, ok = QInputDialog.getText(
            self._widget(),
            "Supersede",
            f"Title of the decision that replaces {adr_number(self.detail.decision.number)}:",
        )
        if ok and title.strip():
            self.do_supersede_with_new(title)

    def _pick(self, heading: str, question: str) -> str | None:
        assert self.pairing is not None and self.detail is not None
        others = [
            d
            for d in self.services.decisions.list_decisions(self.pairing.id)
            if d.id != self.detail.decision.id
        ]
        if not others:
            QMessageBox.information(
                self._widget(), heading, "There is no other decision in this pairing's log yet."
            )
            return None
        names = [f"{adr_number(d.number)} {d.title}" for d in others]
        chosen, ok = QInputDialog.getItem(self._widget(), heading, question, names, 0, False)
        return others[names.index(chosen)].id if ok else None

    def ask_superseded_by(self) -> None:
        chosen = self._pick("Superseded by", "Which decision replaces this one?")
        if chosen is not None:
            self.do_superseded_by(chosen)

    def ask_amend(self) -> None:
        chosen = self._pick("Amends", "Which decision does this one amend?")
        if chosen is not None:
            self.do_amend(chosen)

    def ask_delete(self) -> None:
        assert self.detail is not None
        answer = QMessageBox.question(
            self._widget(),
            "Delete decision",
            f"Delete {adr_number(self.detail.decision.number)} “{self.detail.decision.title}” and its review "
            "thread? Proposed and rejected decisions can be deleted; accepted ones stay in the log.",
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.do_delete()
