"""The Sessions page and its editor, driven through the UI; saving needs no button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import Cadence, NewPairing, Role, SessionKind
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.sessions import SessionsPage
from mentordesk.ui.sessions.new_session import NewSessionDialog

WHEN = dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC)


@pytest.fixture
def page(qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch) -> Iterator[SessionsPage]:
    create_application()
    QSettings().clear()
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    earlier = services.sessions.add_session(pairing.id, WHEN - dt.timedelta(days=7))
    services.sessions.add_action(earlier, "Read the runbook")
    weekly = services.templates.find("Weekly 1:1")
    monkeypatch.setattr(NewSessionDialog, "value", lambda _self: (weekly, WHEN))
    monkeypatch.setattr(NewSessionDialog, "exec", lambda dialog: dialog.accept() or dialog.result())
    sessions = SessionsPage(services, ChangeHub())
    qtbot.addWidget(sessions)
    sessions.resize(1400, 900)
    sessions.show()
    sessions.set_pairing(pairing)
    yield sessions


def test_new_session_from_template_then_edit_and_reopen(
    page: SessionsPage, qtbot: QtBot, services: Services, db_path: Path
) -> None:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    created = page.selected_row()
    assert created is not None and created.starts_at == WHEN and created.kind is SessionKind.ONE_ON_ONE
    editor = page.editor
    agenda = [editor.agenda.item(i).text() for i in range(editor.agenda.count())]
    assert agenda[0].startswith("Wins since last time") and agenda[-1].startswith(
        "Open action: Read the runbook"
    )

    editor.notes.setPlainText("")
    qtbot.keyClicks(editor.notes, "We agreed on **two** retries")
    qtbot.waitUntil(
        lambda: "two" in editor.preview.toPlainText() and "**" not in editor.preview.toPlainText()
    )
    qtbot.waitUntil(lambda: editor.status.text().startswith("Saved"), timeout=3000)
    qtbot.keyClicks(editor.private, "Sam is ahead on code")
    editor.agenda.item(0).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(editor.new_action, "Write ADR-7")
    qtbot.keyClick(editor.new_action, Qt.Key.Key_Return)
    editor.rating.setCurrentIndex(editor.rating.findData(5))
    editor.flush()  # what closing the window does with typing still waiting for its timer

    services.close()
    reopened = Services.open(db_path)
    try:
        detail = reopened.sessions.detail(created.id)
        assert detail.session.notes == "We agreed on **two** retries"
        assert detail.private_notes == ("Sam is ahead on code",)
        assert detail.agenda[0].discussed and detail.session.feedback_rating == 5
        assert [a.text for a in detail.actions] == ["Write ADR-7"]
    finally:
        reopened.close()


def test_typing_is_saved_without_any_button(page: SessionsPage, qtbot: QtBot, services: Services) -> None:
    session_id = page.selected_row().id  # type: ignore[union-attr]
    qtbot.keyClicks(page.editor.notes, "autosaved")
    qtbot.waitUntil(
        lambda: services.sessions.detail(session_id).session.notes.endswith("autosaved"), timeout=3000
    )


def test_delete_asks(
    page: SessionsPage, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.pages import sessions as sessions_module

    answers = iter(
        [sessions_module.QMessageBox.StandardButton.No, sessions_module.QMessageBox.StandardButton.Yes]
    )
    monkeypatch.setattr(sessions_module.QMessageBox, "question", lambda *a, **k: next(answers))
    session_id = page.selected_row().id  # type: ignore[union-attr]
    page.editor.delete_requested.emit(session_id)
    assert page.model.rowCount() == 1
    page.editor.delete_requested.emit(session_id)
    assert page.model.rowCount() == 0
    assert services.sessions.open_actions(page.pairing.id) == []  # type: ignore[union-attr]


def test_closing_the_window_saves_waiting_typing(qtbot: QtBot, demo: Services) -> None:
    from mentordesk.ui.main_window import MainWindow

    create_application()
    QSettings().clear()
    window = MainWindow(demo, ChangeHub())
    qtbot.addWidget(window)
    window.show()
    sessions = window.show_page("Sessions")
    assert isinstance(sessions, SessionsPage)
    session_id = sessions.selected_row().id  # type: ignore[union-attr]
    sessions.editor.private.setPlainText("typed just before closing")
    window.close()
    assert demo.sessions.detail(session_id).private_notes == ("typed just before closing",)


def test_export_calendar_from_the_page(
    page: SessionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.pages import sessions as sessions_module

    target = tmp_path / "mine.ics"
    monkeypatch.setattr(sessions_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    page.export_calendar()
    assert target.read_bytes().count(b"BEGIN:VEVENT") == 1
    assert page.subtitle.text() == f"Exported 1 session to {target}"
    monkeypatch.setattr(sessions_module.QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path), ""))
    warned: list[str] = []
    monkeypatch.setattr(sessions_module.QMessageBox, "warning", lambda _p, _t, text: warned.append(text))
    page.export_calendar()  # a folder is not a file: said, not raised
    assert warned and str(tmp_path) in warned[0]


def test_remove_points_and_actions_and_save_as_template(
    page: SessionsPage, qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    editor = page.editor
    session_id = page.selected_row().id  # type: ignore[union-attr]
    for text in ("Keep me", "Drop me"):
        qtbot.keyClicks(editor.new_point, text)
        qtbot.keyClick(editor.new_point, Qt.Key.Key_Return)
    editor.agenda.setCurrentRow(1)
    editor._remove_point()
    assert [a.text for a in services.sessions.detail(session_id).agenda] == ["Keep me"]
    editor.actions_list.setCurrentRow(0)
    editor._remove_action()
    assert services.sessions.detail(session_id).actions == ()

    editor.notes.setPlainText("## Decisions")
    from mentordesk.ui.text_dialog import TextDialog

    said: list[tuple[str, str]] = []

    def name_it(name: str) -> Callable[[TextDialog], int]:
        def answer(dialog: TextDialog) -> int:
            suggested = dialog.line.text()
            dialog.line.setText(name)
            dialog.accept()
            said.append((suggested, dialog.problem.text()))
            return dialog.result()

        return answer

    monkeypatch.setattr(TextDialog, "exec", name_it("Our weekly"))
    editor._save_as_template()
    mine = services.templates.find("Our weekly")
    assert mine.agenda == ("Keep me",) and mine.notes == "## Decisions" and not mine.built_in
    assert said == [("1:1 (mine)", "")] and editor.status.text().startswith("Saved")
    monkeypatch.setattr(TextDialog, "exec", name_it("Weekly 1:1"))
    editor._save_as_template()
    assert "built-in" in said[1][1]  # said in the dialog, which stays open with the name typed


def test_export_pdf(page: SessionsPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    editor = page.editor
    target = tmp_path / "session.pdf"
    monkeypatch.setattr(editor, "pdf_target", lambda suggestion: str(target))
    asked: list[bool] = []
    monkeypatch.setattr(editor, "include_confidential", lambda: asked.append(True) or False)
    editor._export_pdf()
    assert target.read_bytes().startswith(b"%PDF") and asked == []  # nothing confidential: no question
    assert editor.status.text() == f"Exported to {target}"


def test_export_pdf_asks_about_confidential_parts(
    page: SessionsPage, tmp_path: Path, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.domain import Visibility

    session_id = page.selected_row().id  # type: ignore[union-attr]
    services.sessions.add_action(session_id, "Promotion packet", visibility=Visibility.CONFIDENTIAL)
    editor = page.editor
    monkeypatch.setattr(editor, "pdf_target", lambda suggestion: str(tmp_path / "s.pdf"))
    asked: list[bool] = []
    monkeypatch.setattr(editor, "include_confidential", lambda: asked.append(True) or True)
    editor._export_pdf()
    assert asked == [True] and (tmp_path / "s.pdf").stat().st_size > 500


def test_edit_an_action_item_in_place(
    page: SessionsPage, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.sessions.new_session import ActionDialog

    monkeypatch.setattr(ActionDialog, "value", lambda _self: ("Read the on-call runbook", Role.MENTOR, None))
    monkeypatch.setattr(ActionDialog, "exec", lambda dialog: dialog.accept() or dialog.result())
    session_id = page.selected_row().id  # type: ignore[union-attr]
    page.editor._edit_action(page.editor.actions_list.item(0))
    [action] = services.sessions.detail(session_id).actions
    assert (action.text, action.owner, action.due_date) == ("Read the on-call runbook", Role.MENTOR, None)
    assert page.editor.actions_list.item(0).text().startswith("Read the on-call runbook")


def test_action_dialog_returns_its_fields(qtbot: QtBot, services: Services) -> None:
    from mentordesk.domain import ActionItemInfo, Visibility
    from mentordesk.ui.sessions.new_session import ActionDialog

    create_application()
    saved: list[tuple[object, ...]] = []
    dialog = ActionDialog(
        ActionItemInfo("a", "s", "Old", Role.MENTEE, dt.date(2026, 11, 1), False, Visibility.SHARED),
        lambda *fields: saved.append(fields),
    )
    qtbot.addWidget(dialog)
    dialog.text.setText("New text")
    dialog.has_due.setChecked(False)
    dialog.accept()
    assert saved == [("New text", Role.MENTEE, None)] and dialog.result() == ActionDialog.DialogCode.Accepted


def test_new_session_dialog_deletes_own_templates_only(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    create_application()
    services.templates.save_template("Mine", SessionKind.ONE_ON_ONE, ["Point"], "")
    deleted: list[str] = []
    dialog = NewSessionDialog(
        services.templates.templates(),
        WHEN,
        lambda *_chosen: None,
        delete_template=lambda template: deleted.append(template.name),
    )
    qtbot.addWidget(dialog)
    monkeypatch.setattr(dialog, "confirm_delete", lambda name: True)
    dialog.template.setCurrentIndex(dialog.template.findText("Weekly 1:1"))
    assert not dialog.delete_button.isEnabled()
    dialog.template.setCurrentIndex(dialog.template.count() - 1)
    assert dialog.delete_button.isEnabled() and dialog.template.currentText().startswith("Mine")
    qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
    assert deleted == ["Mine"] and dialog.template.findText("Mine  (mine)") == -1
    _template, when = dialog.value()
    assert when == WHEN.astimezone()


def test_saving_a_field_leaves_the_notes_cursor_and_undo_where_they_were(
    page: SessionsPage, qtbot: QtBot, services: Services
) -> None:
    editor = page.editor
    editor.notes.setFocus()
    qtbot.keyClicks(editor.notes, "First line of notes")
    editor.flush()
    cursor = editor.notes.textCursor()
    cursor.setPosition(5)
    editor.notes.setTextCursor(cursor)
    editor.status.clear()
    editor.kind.setCurrentIndex((editor.kind.currentIndex() + 1) % editor.kind.count())  # saved at once
    assert editor.status.text().startswith("Saved")  # the list refreshed and showed the session again
    assert services.sessions.detail(page.selected_row().id).session.kind is not SessionKind.ONE_ON_ONE  # type: ignore[union-attr]
    assert editor.notes.textCursor().position() == 5
    assert editor.notes.document().isUndoAvailable()


def test_ctrl_s_saves_the_notes_at_once(page: SessionsPage, qtbot: QtBot, services: Services) -> None:
    editor = page.editor
    qtbot.keyClicks(editor.notes, "Saved by hand")
    qtbot.keyClick(editor.notes, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    row = page.selected_row()
    assert row is not None and services.sessions.detail(row.id).session.notes == "Saved by hand"


def test_a_planned_session_shows_the_open_items_it_carries_and_ticks_them_off(
    page: SessionsPage, services: Services, qtbot: QtBot
) -> None:
    from mentordesk.domain import RecordKind

    pairing = page.pairing
    assert pairing is not None
    planned = services.sessions.add_session(pairing.id, WHEN + dt.timedelta(days=7))
    page.reload_list()
    assert page.select_id(planned)
    rows = page.editor.actions_list
    qtbot.waitUntil(lambda: rows.count() == 2)
    assert rows.item(0).text() == "Still open from earlier sessions"
    assert not rows.item(0).flags() & Qt.ItemFlag.ItemIsUserCheckable
    assert rows.item(1).text() == "Read the runbook  (mentee) · from 13 Oct"

    rows.item(1).setCheckState(Qt.CheckState.Checked)
    assert services.sessions.open_actions(pairing.id) == []
    assert page.open_record(RecordKind.SESSION, planned)
    page.editor.load(pairing, planned)
    assert rows.count() == 0
