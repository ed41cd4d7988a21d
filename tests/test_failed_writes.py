"""A write that fails says why, keeps what was typed, and is tried again until it works."""

from __future__ import annotations

import datetime as dt
import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.services import Services, WriteFailed
from mentordesk.storage import database
from mentordesk.storage.errors import write_failure
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.decisions import DecisionsPage
from mentordesk.ui.pages.sessions import SessionsPage
from mentordesk.ui.sessions import editor as editor_module


@pytest.mark.parametrize(
    ("sqlite_says", "cause"),
    [
        ("database is locked", "busy in another window"),
        ("database or disk is full", "the disk is full"),
        ("attempt to write a readonly database", "read-only"),
        ("disk I/O error", "I/O error"),
        ("something new", "refused the change (something new)"),
    ],
)
def test_each_cause_is_named(sqlite_says: str, cause: str) -> None:
    failure = write_failure(sqlite_says)
    assert cause in str(failure) and "What you typed is kept" in str(failure)
    assert isinstance(failure, ValueError)  # shown where every form shows a refused value


@pytest.fixture
def quick_to_give_up(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 100)  # a lock held elsewhere fails fast


def hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another program (or window) in the middle of a write to the same file."""
    other = sqlite3.connect(path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    return other


Seen = list[tuple[bool, str, str]]  # open still, the reason shown, the text kept: as a save failed


def saved_while_busy(
    qtbot: QtBot, db_path: Path, seen: Seen, fill: Callable[[Any], object], typed: Callable[[Any], str]
) -> Callable[[Any], int]:
    """A dialog's exec() that fills the form, saves while another program holds the write lock, notes
    what the dialog showed (`seen`), lets the lock go and waits for the dialog's own retry to close it."""

    def run(dialog: Any) -> int:
        dialog.show()
        fill(dialog)
        other = hold_write_lock(db_path)
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.problem.text(), typed(dialog)))
        other.rollback()
        other.close()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        return int(dialog.result())

    return run


@pytest.fixture
def page(qtbot: QtBot, db_path: Path, quick_to_give_up: None) -> Iterator[SessionsPage]:
    create_application()
    QSettings().clear()
    services = Services.open(db_path)
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    services.sessions.add_session(pairing.id, dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC))
    sessions = SessionsPage(services, ChangeHub())
    qtbot.addWidget(sessions)
    sessions.show()
    sessions.set_pairing(pairing)
    yield sessions
    services.close()


def test_a_busy_file_is_named_and_the_write_rolled_back(db_path: Path, quick_to_give_up: None) -> None:
    services = Services.open(db_path)
    try:
        pairing = services.pairings.create(
            NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
        )
        other = hold_write_lock(db_path)
        with pytest.raises(WriteFailed, match="busy in another window or program"):
            services.sessions.add_session(pairing.id, dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC))
        other.rollback()
        other.close()
        assert services.sessions.list_sessions(pairing.id) == []
    finally:
        services.close()


def test_notes_that_could_not_be_saved_stay_and_are_saved_once_the_file_is_free(
    page: SessionsPage, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(editor_module, "RETRY_MS", 200)
    editor = page.editor
    other = hold_write_lock(db_path)
    qtbot.keyClicks(editor.notes, "Notes typed while the file was busy")
    editor.flush()
    assert editor.status.text() == "Not saved" and editor.problem.isVisible()
    assert "Not saved: the database is busy" in editor.problem.text()
    assert editor.notes.toPlainText() == "Notes typed while the file was busy"
    other.rollback()
    other.close()
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=5000)
    row = page.selected_row()
    assert row is not None
    assert page.services.sessions.detail(row.id).session.notes == "Notes typed while the file was busy"


@pytest.fixture
def decisions(
    qtbot: QtBot, db_path: Path, quick_to_give_up: None, monkeypatch: pytest.MonkeyPatch
) -> Iterator[tuple[DecisionsPage, str]]:
    """The Decisions page showing one decision (its id), with retries a fifth of a second apart."""
    from mentordesk.ui import form_save
    from mentordesk.ui.decisions import editor as decision_editor

    monkeypatch.setattr(decision_editor, "RETRY_MS", 200)
    monkeypatch.setattr(form_save, "RETRY_MS", 200)
    create_application()
    QSettings().clear()
    services = Services.open(db_path)
    pairing = services.pairings.create(
        NewPairing("Sam", Role.MENTEE, "Priya", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    decision = services.decisions.add_decision(pairing.id, "Use Postgres", dt.date(2026, 10, 5))
    page = DecisionsPage(services, ChangeHub())
    qtbot.addWidget(page)
    page.show()
    page.set_pairing(pairing)
    yield page, decision
    services.close()


def test_a_decision_that_could_not_be_saved_is_tried_again(
    qtbot: QtBot, db_path: Path, decisions: tuple[DecisionsPage, str]
) -> None:
    page, decision = decisions
    other = hold_write_lock(db_path)
    page.editor.sections["context"].setPlainText("Typed while the file was busy")
    page.editor.flush()
    assert "busy in another window" in page.editor.message.text()
    other.rollback()
    other.close()
    qtbot.waitUntil(
        lambda: page.services.decisions.detail(decision).draft.context == "Typed while the file was busy",
        timeout=5000,
    )


def test_closing_an_event_form_with_changes_asks_first(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mentordesk.ui.timeline.forms import EventDialog

    create_application()
    saved: list[object] = []
    dialog = EventDialog(None, ["Checkout API"], saved.append)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.why.setPlainText("Three engineers, one quarter")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a: answers.pop(0))
    dialog.reject()
    assert dialog.isVisible() and dialog.why.toPlainText() == "Three engineers, one quarter"
    dialog.reject()
    assert not dialog.isVisible() and saved == []


def test_closing_the_new_pairing_form_with_names_typed_asks_first(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mentordesk.ui.pairing_form import NewPairingDialog

    create_application()
    dialog = NewPairingDialog("Priya", lambda _new: None)
    qtbot.addWidget(dialog)
    dialog.show()
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a: asked.append(a[1]) or QMessageBox.StandardButton.Cancel
    )
    dialog.reject()  # nothing typed yet: closes without asking
    assert not dialog.isVisible() and asked == []
    dialog.show()
    dialog.form.partner_name.setText("Sam")
    dialog.reject()
    assert dialog.isVisible() and asked == ["Discard the pairing?"]


def test_a_card_that_could_not_be_saved_is_tried_again(
    qtbot: QtBot, db_path: Path, quick_to_give_up: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.domain import CardDraft
    from mentordesk.ui.pages import plan as plan_module
    from mentordesk.ui.pages.plan import PlanPage

    monkeypatch.setattr(plan_module, "RETRY_MS", 200)
    create_application()
    QSettings().clear()
    services = Services.open(db_path)
    try:
        pairing = services.pairings.create(
            NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
        )
        card = services.board.create_card(services.plans.columns(pairing.id)[0].id, CardDraft("Spike"))
        board = PlanPage(services, ChangeHub())
        qtbot.addWidget(board)
        board.show()
        board.set_pairing(pairing)
        board.select_card(card)
        other = hold_write_lock(db_path)
        board.editor.description.setPlainText("Typed while the file was busy")
        assert not board.save_form()
        assert "busy in another window" in board.editor.problem.text()
        other.rollback()
        other.close()
        qtbot.waitUntil(
            lambda: services.board.draft(card).description == "Typed while the file was busy", timeout=5000
        )
    finally:
        services.close()


def test_a_form_dialog_whose_save_failed_stays_open_and_tries_again(
    qtbot: QtBot, db_path: Path, quick_to_give_up: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.domain import EventDraft
    from mentordesk.ui import form_save
    from mentordesk.ui.timeline.forms import EventDialog

    monkeypatch.setattr(form_save, "RETRY_MS", 200)
    create_application()
    services = Services.open(db_path)
    try:
        pairing = services.pairings.create(
            NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
        )
        created: list[str] = []

        def save(draft: EventDraft) -> None:
            created.append(services.archeology.create_event(pairing.id, draft))

        dialog = EventDialog(None, [], save)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.title.setText("Monolith split")
        dialog.why.setPlainText("Typed while the file was busy")
        other = hold_write_lock(db_path)
        dialog.accept()
        assert dialog.isVisible() and "busy in another window" in dialog.problem.text()
        assert "tried again" in dialog.problem.text() and created == []
        other.rollback()
        other.close()
        qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=5000)
        assert dialog.result() == EventDialog.DialogCode.Accepted
        [event] = services.archeology.events(pairing.id)
        assert (event.title, event.why) == ("Monolith split", "Typed while the file was busy")
    finally:
        services.close()


def test_a_retry_waits_while_a_question_is_open_over_the_form(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from mentordesk.ui import form_save
    from mentordesk.ui.timeline.forms import EraDialog

    monkeypatch.setattr(form_save, "RETRY_MS", 50)
    create_application()
    attempts: list[str] = []

    def busy(name: str, *_rest: object) -> None:
        attempts.append(name)
        raise write_failure("database is locked")

    dialog = EraDialog(None, busy)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Monolith years")
    dialog.accept()
    qtbot.waitUntil(lambda: len(attempts) >= 3, timeout=3000)  # tried again by itself
    question = QMessageBox(QMessageBox.Icon.Question, "Discard?", "Discard the era?", parent=dialog)
    question.setModal(True)
    question.show()
    qtbot.waitUntil(question.isVisible)
    tried = len(attempts)
    qtbot.wait(300)
    assert len(attempts) == tried and dialog.isVisible()  # not while the question is open
    question.close()
    qtbot.waitUntil(lambda: len(attempts) > tried, timeout=3000)
    dialog.done(0)
    stopped = len(attempts)
    qtbot.wait(200)
    assert len(attempts) == stopped  # closing the dialog ends the retries


def test_an_action_item_edit_that_could_not_be_saved_stays_in_its_dialog_until_it_is(
    page: SessionsPage, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui import form_save
    from mentordesk.ui.sessions.new_session import ActionDialog

    monkeypatch.setattr(form_save, "RETRY_MS", 200)
    services = page.services
    session_id = page.selected_row().id  # type: ignore[union-attr]
    services.sessions.add_action(session_id, "Read the runbook")
    page.editor.show_detail(services.sessions.detail(session_id))
    seen: Seen = []
    run = saved_while_busy(
        qtbot,
        db_path,
        seen,
        lambda dialog: dialog.text.setText("Read the on-call runbook twice"),
        lambda dialog: dialog.text.text(),
    )
    monkeypatch.setattr(ActionDialog, "exec", run)
    page.editor._edit_action(page.editor.actions_list.item(0))
    [(still_open, problem, typed)] = seen
    assert still_open and "busy in another window" in problem and typed == "Read the on-call runbook twice"
    [action] = services.sessions.detail(session_id).actions
    assert action.text == "Read the on-call runbook twice"
    assert page.editor.actions_list.item(0).text().startswith("Read the on-call runbook twice")


def test_an_addendum_that_could_not_be_saved_stays_in_its_dialog_until_it_is(
    qtbot: QtBot, db_path: Path, decisions: tuple[DecisionsPage, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.text_dialog import TextDialog

    page, decision = decisions
    seen: Seen = []
    addendum = "Six months on: the replica lag was worth it.\n\nSecond paragraph."
    run = saved_while_busy(
        qtbot,
        db_path,
        seen,
        lambda dialog: dialog.editor.setPlainText(addendum),
        lambda dialog: dialog.editor.toPlainText(),
    )
    monkeypatch.setattr(TextDialog, "exec", run)
    page.editor.ask_addendum()
    [(still_open, problem, typed)] = seen
    assert still_open and "busy in another window" in problem and "tried again" in problem
    assert typed == addendum
    [written] = page.services.decisions.detail(decision).addenda
    assert written.body == addendum


def test_a_long_reason_grows_its_dialog_instead_of_being_cut(qtbot: QtBot) -> None:
    from mentordesk.ui.board.column_dialog import ColumnDialog

    create_application()

    def busy(*_fields: object) -> None:
        raise write_failure("database is locked")

    dialog = ColumnDialog(None, "Edit column", busy, "Days 1–30", 4)  # type: ignore[arg-type]
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.accept()
    dialog.layout().activate()  # type: ignore[union-attr]
    problem = dialog.problem
    assert problem.text().startswith("Not saved") and not problem.isHidden()
    assert problem.height() >= problem.heightForWidth(problem.width())  # every line of it shows
    assert problem.geometry().bottom() < dialog.height()


def test_a_new_session_that_could_not_be_made_stays_in_its_dialog_until_it_is(
    page: SessionsPage, qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui import form_save
    from mentordesk.ui.sessions.new_session import NewSessionDialog

    monkeypatch.setattr(form_save, "RETRY_MS", 200)
    before = len(page.services.sessions.list_sessions(page.pairing.id))  # type: ignore[union-attr]
    seen: Seen = []
    run = saved_while_busy(
        qtbot, db_path, seen, lambda _dialog: None, lambda dialog: dialog.template.currentText()
    )
    monkeypatch.setattr(NewSessionDialog, "exec", run)
    page.new_session()  # before: the failed write reached the crash dialog
    [(still_open, problem, _template)] = seen
    assert still_open and "busy in another window" in problem
    assert len(page.services.sessions.list_sessions(page.pairing.id)) == before + 1  # type: ignore[union-attr]
