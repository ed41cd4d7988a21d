"""The Edit menu and the window's keys, driven through the real window on the demo."""

from __future__ import annotations

from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QGuiApplication, QShortcut
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.domain import RecordKind
from mentordesk.services import Services
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.archeology import ArcheologyPage
from mentordesk.ui.pages.plan import PlanPage


def column_titles(plan: PlanPage, column: int) -> list[str]:
    return [card.title for card in plan.card_views()[column].model.rows()]


def first_card(plan: PlanPage) -> str:
    return plan.card_views()[0].model.rows()[0].id


def test_ctrl_z_undoes_a_board_move_by_name_and_says_so(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.show_page("Plan")
    assert isinstance(plan, PlanPage)
    first_column = column_titles(plan, 0)
    plan.select_card(first_card(plan))
    view = plan.card_views()[0].view
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert column_titles(plan, 0) == first_column[1:]
    assert window.edit_menu.undo_action.text() == "Undo Move card"
    assert window.edit_menu.undo_action.isEnabled()

    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert column_titles(plan, 0) == first_column
    assert window.statusBar().currentMessage().startswith("Undone: Move card")
    assert window.edit_menu.redo_action.text() == "Redo Move card"


def test_while_typing_ctrl_z_undoes_the_typing_not_the_board(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.show_page("Plan")
    assert isinstance(plan, PlanPage)
    plan.select_card(first_card(plan))
    plan.move_selected(1, 0)
    moved = column_titles(plan, 0)
    plan.filter.setFocus()
    qtbot.keyClicks(plan.filter, "abc")
    qtbot.keyClick(plan.filter, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert plan.filter.text() == ""  # the field's own undo took the typing back
    assert plan.undo_stack.canUndo() and column_titles(plan, 0) == moved  # the move stays


def test_undo_follows_the_page_shown(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    archeology = window.show_page("System Archeology")
    assert isinstance(archeology, ArcheologyPage)
    event = archeology.events[0]
    archeology.select_event(event)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    archeology.delete_selected()
    assert all(e.id != event.id for e in archeology.events)
    assert window.edit_menu.undo_action.text() == f"Undo Delete “{event.title}”"

    window.show_page("Sessions")  # nothing to undo there
    assert not window.edit_menu.undo_action.isEnabled()
    assert window.edit_menu.undo_action.text() == "Undo"

    window.show_page("System Archeology")
    window.edit_menu.undo_action.trigger()
    assert any(e.id == event.id for e in archeology.events)
    assert archeology.selected is not None and archeology.selected.id == event.id


def test_ctrl_f_puts_the_keyboard_in_the_page_filter(window: MainWindow, qtbot: QtBot) -> None:
    for title in ("Plan", "Sessions", "Decisions", "System Archeology"):
        page = window.show_page(title)
        window.sidebar.setFocus()
        qtbot.keyClick(window.sidebar, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
        assert page._filter is not None and page._filter.hasFocus(), title
    window.show_page("Prepare")
    window.edit_menu.find_action.trigger()
    assert "no filter" in window.statusBar().currentMessage()


def test_the_clipboard_entries_act_on_the_field_being_typed_in(window: MainWindow, qtbot: QtBot) -> None:
    plan = window.show_page("Plan")
    assert isinstance(plan, PlanPage)
    plan.filter.setFocus()
    qtbot.keyClicks(plan.filter, "goal")
    window.edit_menu.select_all_action.trigger()
    window.edit_menu.menu.aboutToShow.emit()  # the menu opens
    assert window.edit_menu.copy_action.isEnabled() and window.edit_menu.cut_action.isEnabled()
    window.edit_menu.cut_action.trigger()
    assert plan.filter.text() == "" and QGuiApplication.clipboard().text() == "goal"
    window.edit_menu.menu.aboutToShow.emit()
    window.edit_menu.paste_action.trigger()
    assert plan.filter.text() == "goal"


def test_the_menu_lists_the_page_actions_and_no_two_keys_clash(window: MainWindow) -> None:
    """A key bound twice where both are live does nothing at all (Qt calls it ambiguous). Window and
    page-wide keys are live together; a key bound to one widget only clashes with those and with another
    bound to the same widget."""
    WIDGET = Qt.ShortcutContext.WidgetShortcut
    window_keys = [
        key.toString()
        for action in window.findChildren(QAction)
        if action.shortcutContext() == Qt.ShortcutContext.WindowShortcut
        for key in action.shortcuts()
    ]
    for page in window.pages:
        window.show_page(page.title)
        wide = list(window_keys)
        scoped: list[tuple[str, int]] = []  # (key, the widget it is bound to)
        for action in page.findChildren(QAction):
            for key in action.shortcuts():
                if action.shortcutContext() == WIDGET:
                    scoped += [(key.toString(), id(widget)) for widget in action.associatedObjects()]
                elif action.shortcutContext() != Qt.ShortcutContext.WindowShortcut:
                    wide.append(key.toString())
        for shortcut in page.findChildren(QShortcut):
            if shortcut.context() == WIDGET:
                scoped.append((shortcut.key().toString(), id(shortcut.parent())))
            else:
                wide.append(shortcut.key().toString())
        clashes = [key for key, count in Counter(wide).items() if count > 1]
        clashes += [key for key, count in Counter(scoped).items() if count > 1]
        clashes += [key for key, _widget in scoped if key in wide]
        assert clashes == [], f"{page.title}: {clashes}"
        listed = [action.text() for action in window.edit_menu.menu.actions()]
        if page.new_text:
            assert page.new_text in listed


def test_delete_and_f2_act_on_the_record_chosen_in_the_list(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.pages.sessions import SessionsPage

    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda _parent, title, _text: asked.append(title) or QMessageBox.StandardButton.No,
    )
    sessions = window.show_page("Sessions")
    assert isinstance(sessions, SessionsPage)
    sessions.table.setFocus()
    qtbot.keyClick(sessions.table, Qt.Key.Key_Delete)
    assert asked == ["Delete session"]  # asked first; No keeps it
    qtbot.keyClick(sessions.table, Qt.Key.Key_F2)
    assert window.focusWidget() is sessions.editor.title

    plan = window.show_page("Plan")
    assert isinstance(plan, PlanPage)
    plan.select_card(first_card(plan))
    column = plan.card_views()[0].view
    column.setFocus()
    qtbot.keyClick(column, Qt.Key.Key_Delete)
    assert asked == ["Delete session", "Plan"]
    plan.editor.title.setFocus()
    qtbot.keyClick(plan.editor.title, Qt.Key.Key_Delete)  # in a text field, Delete is the field's
    assert len(asked) == 2 and not plan.undo_stack.canUndo()


def test_a_deleted_session_comes_back_with_undo(
    window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.pages.sessions import SessionsPage

    sessions = window.show_page("Sessions")
    assert isinstance(sessions, SessionsPage)
    chosen = sessions.selected_row()
    assert chosen is not None
    before = demo.sessions.detail(chosen.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    sessions.delete_selected()
    pairing = window.current_pairing()
    assert pairing is not None
    assert all(s.id != chosen.id for s in demo.sessions.list_sessions(pairing.id))
    assert window.edit_menu.undo_action.text() == f"Undo Delete “{chosen.title}”"
    window.edit_menu.undo_action.trigger()
    after = demo.sessions.detail(chosen.id)
    assert (after.session.notes, after.agenda, after.actions) == (
        before.session.notes,
        before.agenda,
        before.actions,
    )
    back = sessions.selected_row()
    assert back is not None and back.id == chosen.id


def test_a_deleted_decision_comes_back_with_its_thread_on_undo(
    window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.domain import DecisionStatus, adr_number
    from mentordesk.ui.pages.decisions import DecisionsPage

    decisions = window.show_page("Decisions")
    assert isinstance(decisions, DecisionsPage)
    pairing = window.current_pairing()
    assert pairing is not None
    proposed = next(
        d for d in demo.decisions.list_decisions(pairing.id) if d.status is DecisionStatus.PROPOSED
    )
    thread = demo.decisions.detail(proposed.id)
    decisions.open_record(RecordKind.DECISION, proposed.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    decisions.delete_selected()
    assert all(d.id != proposed.id for d in demo.decisions.list_decisions(pairing.id))
    name = f"{adr_number(proposed.number)} {proposed.title}"
    assert window.edit_menu.undo_action.text() == f"Undo Delete {name}"
    window.edit_menu.undo_action.trigger()
    assert demo.decisions.detail(proposed.id) == thread
    back = decisions.selected_row()
    assert back is not None and back.id == proposed.id
