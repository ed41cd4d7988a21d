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
    QFormLayout,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from mentordesk import labels
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
from mentordesk.ui.form_save import FormSave, form_buttons
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.i18n import translate
from mentordesk.ui.pick_dialog import PickDialog
from mentordesk.ui.plain import text_editor
from mentordesk.ui.text_dialog import TextDialog
from mentordesk.ui.widgets import keep_typing, label


class DecisionActions:
    """Mixed into the decision editor (a QWidget), which owns these attributes. Not a QObject itself."""

    services: Services
    hub: ChangeHub
    pairing: PairingInfo | None
    detail: DecisionDetail | None
    message: QLabel
    open_decision: SignalInstance
    deleted: SignalInstance
    flush: Callable[[], None]
    show_detail: Callable[[DecisionDetail], None]

    def _widget(self) -> QWidget:
        return cast(QWidget, self)

    def action_buttons(self) -> list[QPushButton]:
        self.submit_button = QPushButton(translate("DecisionActions", "Submit for review…"))
        self.submit_button.clicked.connect(self.ask_submit)
        self.addendum_button = QPushButton(translate("DecisionActions", "Add addendum…"))
        self.addendum_button.clicked.connect(self.ask_addendum)
        self.outcome_button = QPushButton(translate("DecisionActions", "Record outcome…"))
        self.outcome_button.clicked.connect(self.ask_outcome)
        self.more_button = QPushButton(translate("DecisionActions", "More"))
        menu = QMenu(self.more_button)
        menu.addAction(
            translate("DecisionActions", "Supersede with a new decision…"), self.ask_supersede_with_new
        )
        menu.addAction(
            translate("DecisionActions", "Superseded by an existing decision…"), self.ask_superseded_by
        )
        menu.addAction(translate("DecisionActions", "Amends another decision…"), self.ask_amend)
        menu.addSeparator()
        self.delete_action = menu.addAction(translate("DecisionActions", "Delete decision…"), self.ask_delete)
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
        self.after_action(result, then_open, reload)
        return result

    def after_action(self, result: object = None, then_open: bool = False, reload: bool = True) -> None:
        """After an action went through: tell the other pages, then open its result or show it."""
        assert self.detail is not None and self.pairing is not None
        self.message.setText("")
        self.hub.decisions_changed.emit(self.pairing.id)
        if then_open and isinstance(result, str):
            self.open_decision.emit(result)
        elif reload:
            self.show_detail(self.services.decisions.detail(self.detail.decision.id))

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
        if self.detail is None or self.pairing is None:
            return
        decision = self.detail.decision
        try:
            self.services.decisions.delete(decision.id)
        except (ValueError, LookupError) as error:  # accepted meanwhile, or deleted already
            self.message.setText(str(error))
            return
        self.after_action(reload=False)
        self.detail = None
        self.deleted.emit(decision.id, f"{adr_number(decision.number)} {decision.title}")

    # asking first: the dialogs stay open until what was typed is saved (ui/form_save.py)
    def _ready(self) -> DecisionDetail | None:
        return self.detail if self.pairing is not None else None

    def ask_submit(self) -> None:
        if (detail := self._ready()) is None:
            return
        self.flush()
        decision_id = detail.decision.id
        if TextDialog(
            self._widget(),
            translate("DecisionActions", "Submit for review"),
            translate("DecisionActions", "A note for your reviewer (optional):"),
            lambda note: self.services.reviews.submit(decision_id, self.me(), note),
            required=False,
            what=translate("DecisionActions", "note"),
            ok_text=translate("DecisionActions", "Submit"),
        ).saved():
            self.after_action()

    def ask_addendum(self) -> None:
        if (detail := self._ready()) is None:
            return
        decision_id = detail.decision.id
        if TextDialog(
            self._widget(),
            translate("DecisionActions", "Add addendum"),
            translate("DecisionActions", "A dated note appended below the decision (Markdown):"),
            lambda text: self.services.decisions.add_addendum(decision_id, text, self.me(), dt.date.today()),
            multiline=True,
            what=translate("DecisionActions", "addendum"),
        ).saved():
            self.after_action()

    def ask_outcome(self) -> None:
        if (detail := self._ready()) is None:
            return
        decision_id = detail.decision.id

        def save(outcome: Outcome, note: str) -> None:
            self.services.decisions.record_outcome(decision_id, outcome, note, dt.date.today())

        if OutcomeDialog(self._widget(), save).exec() == QDialog.DialogCode.Accepted:
            self.after_action()

    def ask_supersede_with_new(self) -> None:
        if (old := self._ready()) is None:
            return
        assert self.pairing is not None
        pairing_id = self.pairing.id
        made: list[str] = []

        def create(title: str) -> None:
            if not made:  # a retry after the supersede failed does not make a second decision
                draft = DecisionDraft(title=title, decided_on=dt.date.today(), context=old.draft.context)
                made.append(self.services.decisions.create(pairing_id, draft, self.me()))
            self.services.decisions.supersede(old.decision.id, made[0])

        question = translate("DecisionActions", "Title of the decision that replaces {adr_number}:").format(
            adr_number=adr_number(old.decision.number)
        )
        if TextDialog(
            self._widget(),
            translate("DecisionActions", "Supersede"),
            question,
            create,
            what=translate("DecisionActions", "title"),
        ).saved():
            self.after_action(made[0], then_open=True)

    def _pick(self, heading: str, question: str) -> str | None:
        assert self.pairing is not None and self.detail is not None
        others = [
            d
            for d in self.services.decisions.list_decisions(self.pairing.id)
            if d.id != self.detail.decision.id
        ]
        if not others:
            QMessageBox.information(
                self._widget(),
                heading,
                translate("DecisionActions", "There is no other decision in this pairing's log yet."),
            )
            return None
        names = [f"{adr_number(d.number)} {d.title}" for d in others]
        dialog = PickDialog(
            self._widget(), heading, question, names, ok_text=translate("DecisionActions", "Choose")
        )
        index = dialog.chosen() if dialog.exec() else None
        return others[index].id if index is not None else None

    def ask_superseded_by(self) -> None:
        chosen = self._pick(
            translate("DecisionActions", "Superseded by"),
            translate("DecisionActions", "Which decision replaces this one?"),
        )
        if chosen is not None:
            self.do_superseded_by(chosen)

    def ask_amend(self) -> None:
        chosen = self._pick(
            translate("DecisionActions", "Amends"),
            translate("DecisionActions", "Which decision does this one amend?"),
        )
        if chosen is not None:
            self.do_amend(chosen)

    def ask_delete(self) -> None:
        assert self.detail is not None
        answer = QMessageBox.question(
            self._widget(),
            translate("DecisionActions", "Delete decision"),
            translate(
                "DecisionActions",
                "Delete {adr_number} “{title}” and its review thread? Proposed and rejected "
                "decisions can be deleted; accepted ones stay in the log.",
            ).format(adr_number=adr_number(self.detail.decision.number), title=self.detail.decision.title),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.do_delete()


class OutcomeDialog(QDialog):
    """How a decision turned out, and a note; `save(outcome, note)` records it (FormSave)."""

    def __init__(self, parent: QWidget, save: Callable[[Outcome, str], object]) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("OutcomeDialog", "How did it turn out?"))
        self.outcome = QComboBox()
        for value in Outcome:
            self.outcome.addItem(labels.label(value), value)
        self.note = text_editor()
        self.note.setPlaceholderText(translate("OutcomeDialog", "What happened, and how do we know?"))
        self.problem = label("", "FormProblem", wrap=True)
        buttons = form_buttons(self)
        form = QFormLayout(self)
        form.addRow(translate("OutcomeDialog", "Outcome"), self.outcome)
        form.addRow(translate("OutcomeDialog", "Note"), self.note)
        form.addRow(self.problem)
        form.addRow(buttons)
        self._saving = FormSave(
            self, self.problem, lambda: save(Outcome(self.outcome.currentData()), self.note.toPlainText())
        )

    def accept(self) -> None:
        if self._saving.went_through():
            super().accept()

    def reject(self) -> None:
        """Cancel, Escape or the close button: asks first when a note was typed."""
        if self.note.toPlainText().strip() and keep_typing(self, translate("OutcomeDialog", "note")):
            return
        super().reject()
