"""The plan board driven through the UI, then checked again after reopening the database."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QModelIndex, QRect, QSettings, Qt
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import Cadence, CardDraft, CardKind, NewPairing, RecordKind, Role
from mentordesk.services import Services
from mentordesk.ui.board.commands import EditCard
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.plan import PlanPage
from mentordesk.ui.widgets import SafeBrowser

START = dt.date(2026, 10, 1)


@pytest.fixture
def board(qtbot: QtBot, services: Services) -> Iterator[PlanPage]:
    create_application()
    QSettings().clear()
    pairing = services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY))
    services.pairings.add_competency(pairing.id, "Design")
    page = PlanPage(services, ChangeHub())
    qtbot.addWidget(page)
    page.resize(1500, 900)
    page.show()
    page.set_pairing(pairing)
    yield page


def titles(page: PlanPage, column: int) -> list[str]:
    return [c.title for c in page.card_views()[column].model.rows()]


def create(page: PlanPage, qtbot: QtBot, title: str) -> str:
    qtbot.keyClick(page, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert page.side.currentIndex() == 1 and page.editor.save_button.text() == "Create card"
    page.editor.title.clear()
    qtbot.keyClicks(page.editor.title, title)
    qtbot.mouseClick(page.editor.save_button, Qt.MouseButton.LeftButton)
    card = page.selected_card()
    assert card is not None and card.title == title
    return card.id


def test_create_edit_checklist_and_reopen(board: PlanPage, qtbot: QtBot, db_path: Path) -> None:
    card_id = create(board, qtbot, "Trace a checkout request")
    assert titles(board, 0) == ["Trace a checkout request"]
    assert board.editor.save_button.text() == "Save"

    board.editor.title.setText("Trace one checkout request")
    board.editor.kind.setCurrentIndex(board.editor.kind.findData(CardKind.LEARNING))
    board.editor.competencies.item(0).setCheckState(Qt.CheckState.Checked)
    board.editor.description.setPlainText("Follow it **end to end**")
    qtbot.mouseClick(board.editor.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "end to end" in board.editor.preview.toPlainText(), timeout=2000)

    for text in ("Find a trace", "Mark retries"):
        qtbot.keyClicks(board.editor.new_item, text)
        qtbot.keyClick(board.editor.new_item, Qt.Key.Key_Return)
    assert board.editor.checklist.count() == 2
    board.editor.checklist.item(0).setCheckState(Qt.CheckState.Checked)
    card = board.selected_card()
    assert card is not None and (card.checklist_done, card.checklist_total) == (1, 2)
    assert card.competencies == ("Design",) and card.kind is CardKind.LEARNING

    board.undo_stack.undo()  # the tick
    board.undo_stack.undo()  # the edit
    assert board.services.board.draft(card_id).title == "Trace a checkout request"
    board.undo_stack.redo()
    board.undo_stack.redo()
    assert board.services.board.draft(card_id).title == "Trace one checkout request"
    assert board.editor.title.text() == "Trace one checkout request"

    board.services.close()
    reopened = Services.open(db_path)
    try:
        [again] = reopened.plans.cards(board.pairing.id)  # type: ignore[union-attr]
        assert (again.id, again.title, again.kind) == (
            card_id,
            "Trace one checkout request",
            CardKind.LEARNING,
        )
        assert [(e.text, e.done) for e in reopened.board.checklist(card_id)] == [
            ("Find a trace", True),
            ("Mark retries", False),
        ]
    finally:
        reopened.close()


def test_keyboard_moves_drag_and_drop_undo_redo(board: PlanPage, qtbot: QtBot, db_path: Path) -> None:
    first = create(board, qtbot, "First")
    second = create(board, qtbot, "Second")
    assert titles(board, 0) == ["First", "Second"]

    board.select_card(second)
    qtbot.keyClick(board.card_views()[0].view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert titles(board, 0) == ["Second", "First"]
    qtbot.keyClick(board.card_views()[0].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(board, 0) == ["First"] and titles(board, 1) == ["Second"]
    assert board.selected_card() is not None and board.selected_card().id == second  # type: ignore[union-attr]

    source = board.card_views()[0]
    data = source.model.mimeData([source.model.index(0, 0)])
    target = board.card_views()[1]
    assert target.model.canDropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    target.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: titles(board, 1) == ["First", "Second"], timeout=2000)
    assert titles(board, 0) == []

    board.undo_stack.undo()
    assert titles(board, 0) == ["First"] and titles(board, 1) == ["Second"]
    board.undo_stack.undo()  # Ctrl+Right (the window's Ctrl+Z: tests/test_edit_menu.py)
    assert titles(board, 0) == ["Second", "First"] and titles(board, 1) == []
    board.undo_stack.redo()
    assert titles(board, 0) == ["First"] and titles(board, 1) == ["Second"]
    board.undo_stack.redo()
    assert titles(board, 0) == [] and titles(board, 1) == ["First", "Second"]

    board.services.close()
    reopened = Services.open(db_path)
    try:
        column = reopened.plans.columns(board.pairing.id)[1].id  # type: ignore[union-attr]
        assert [c.id for c in reopened.plans.cards_in(column)] == [first, second]
    finally:
        reopened.close()


def test_delete_asks_and_undo_restores(
    board: PlanPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    create(board, qtbot, "Doomed")
    asked: list[str] = []
    monkeypatch.setattr(board, "confirm", lambda question: asked.append(question) or False)
    qtbot.mouseClick(board.editor.delete_button, Qt.MouseButton.LeftButton)
    assert titles(board, 0) == ["Doomed"] and "Doomed" in asked[0]
    monkeypatch.setattr(board, "confirm", lambda question: True)
    qtbot.mouseClick(board.editor.delete_button, Qt.MouseButton.LeftButton)
    assert titles(board, 0) == [] and board.side.currentWidget() is board.summary
    board.undo_stack.undo()
    assert titles(board, 0) == ["Doomed"]
    board.undo_stack.undo()  # undo the creation too
    assert titles(board, 0) == []


def test_filters_and_count(board: PlanPage, qtbot: QtBot) -> None:
    create(board, qtbot, "Mentee task")
    create(board, qtbot, "Mentor goal")
    board.editor.owner.setCurrentIndex(board.editor.owner.findData(Role.MENTOR))
    qtbot.mouseClick(board.editor.save_button, Qt.MouseButton.LeftButton)
    assert board.filters.count.text() == "2 of 2 cards"
    board.filters.owner.setCurrentIndex(board.filters.owner.findData(Role.MENTOR))
    assert titles(board, 0) == ["Mentor goal"] and board.filters.count.text() == "1 of 2 cards"
    assert "(1 shown)" in board.card_views()[0].header.text()
    board.filters.owner.setCurrentIndex(0)
    qtbot.keyClicks(board.filter, "task")
    assert titles(board, 0) == ["Mentee task"]
    board.filter.clear()
    board.filters.hide_done.setChecked(True)
    assert not board.card_views()[-1].isVisibleTo(board)


def test_wip_limit_is_shown_and_moving_past_it_is_said(board: PlanPage, qtbot: QtBot) -> None:
    column = board.card_views()[1].column
    board.services.board.update_column(column.id, column.title, 1)
    board.hub.cards_changed.emit(board.pairing.id)  # type: ignore[union-attr]
    ids = [create(board, qtbot, name) for name in ("A", "B")]
    board.move_card(ids[0], column.id, 0)
    assert board.filters.notice.text() == ""
    board.move_card(ids[1], column.id, 1)
    assert "over its WIP limit (2/1)" in board.filters.notice.text()
    header = board.card_views()[1].header
    assert header.property("overLimit") is True and header.text().splitlines()[1].endswith(
        "2/1 · over its limit"
    )


def test_bad_input_in_the_form(board: PlanPage, qtbot: QtBot) -> None:
    qtbot.keyClick(board, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.mouseClick(board.editor.save_button, Qt.MouseButton.LeftButton)
    assert board.editor.problem.text() == "A card needs a title."
    assert board.services.plans.cards(board.pairing.id) == []  # type: ignore[union-attr]

    qtbot.keyClicks(board.editor.title, "Backdated")
    board.editor.has_due.setChecked(True)
    board.editor.due.setDate(QDate(2026, 9, 1))
    qtbot.mouseClick(board.editor.save_button, Qt.MouseButton.LeftButton)
    assert "due before the pairing started" in board.editor.problem.text()
    card = board.selected_card()
    assert card is not None and card.due_date == dt.date(2026, 9, 1)

    huge = "word " * 199_000  # just under the 1,000,000 characters a description holds
    board.editor.description.setPlainText(huge)
    board.editor.update_preview()
    qtbot.waitUntil(lambda: "Show all" in board.editor.preview.toPlainText(), timeout=3000)
    qtbot.mouseClick(board.editor.save_button, Qt.MouseButton.LeftButton)
    assert len(board.services.board.draft(card.id).description) == len(huge)
    board.editor.description.setPlainText(huge * 2)  # over the limit: said, and kept in the editor
    qtbot.mouseClick(board.editor.save_button, Qt.MouseButton.LeftButton)
    assert "description of this card is 1,990,000 characters long" in board.editor.problem.text()
    assert board.editor.description.toPlainText() == huge * 2


def test_card_links_do_not_load_anything(board: PlanPage, qtbot: QtBot) -> None:
    assert isinstance(board.editor.preview, SafeBrowser)
    board.editor.description.setPlainText(
        '<img src="https://example.org/x.png"> [click here](javascript:alert(1))'
    )
    board.editor.update_preview()
    qtbot.waitUntil(lambda: "click here" in board.editor.preview.toPlainText(), timeout=3000)
    assert (
        "javascript" not in board.editor.preview.toHtml()
        and "example.org" not in board.editor.preview.toHtml()
    )


def test_previews_render_off_the_gui_thread_and_keep_only_the_latest(qtbot: QtBot, qapp: object) -> None:
    from mentordesk.ui.preview import PreviewRenderer

    renderer = PreviewRenderer(delay_ms=10)
    shown: list[str] = []
    renderer.rendered.connect(shown.append)
    renderer.request("[" * 300 + "first")
    renderer.request("*second*")
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    renderer.wait()
    assert len(shown) == 1 and "<em>second</em>" in shown[0]


def test_column_menu_actions(board: PlanPage, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentordesk.ui.board.column_dialog import ColumnDialog
    from mentordesk.ui.pick_dialog import PickDialog

    backlog = board.card_views()[0].column
    shown: list[tuple[str, int | None]] = []

    def answer(title: str, limit: int) -> None:
        def fill_in(dialog: ColumnDialog) -> int:
            shown.append(dialog.value())
            dialog.title.setText(title)
            dialog.limit.setValue(limit)
            dialog.accept()
            return dialog.result()

        monkeypatch.setattr(ColumnDialog, "exec", fill_in)

    answer("Ideas", 3)
    board.card_views()[0].rename_requested.emit(backlog.id)
    assert board.card_views()[0].header.text().startswith("Ideas\n0/3")
    assert shown == [(backlog.title, backlog.wip_limit)]

    board.card_views()[0].move_requested.emit(backlog.id, +1)
    assert [v.column.title for v in board.card_views()][:2] == ["Days 1–30", "Ideas"]

    answer("Stretch", 2)
    board.card_views()[0].add_after_requested.emit(board.card_views()[0].column.id)
    assert [v.column.title for v in board.card_views()][:3] == ["Days 1–30", "Stretch", "Ideas"]
    assert board.card_views()[1].column.wip_limit == 2 and shown[1] == ("", None)

    stretch = board.card_views()[1].column
    card = board.services.board.create_card(stretch.id, CardDraft("Idea"))
    board.hub.cards_changed.emit(board.pairing.id)  # type: ignore[union-attr]
    asked: list[str] = []

    def pick_ideas(dialog: PickDialog) -> int:
        asked.append(dialog.windowTitle())
        dialog.choice.setEditText("idea")  # any part of the name, as typed
        return 1

    monkeypatch.setattr(PickDialog, "exec", pick_ideas)
    board.card_views()[1].delete_requested.emit(stretch.id)
    assert "Stretch" not in [v.column.title for v in board.card_views()]
    ideas = next(v for v in board.card_views() if v.column.title == "Ideas")
    assert [c.id for c in ideas.model.rows()] == [card] and asked == ["Delete column"]


def test_card_links_open_their_records(board: PlanPage, qtbot: QtBot) -> None:
    pairing = board.pairing
    assert pairing is not None
    decision = board.services.decisions.add_decision(pairing.id, "Use SQLite", START)
    session = board.services.sessions.add_session(
        pairing.id, dt.datetime(2026, 10, 2, 9, tzinfo=dt.UTC), title="Kick-off"
    )
    create(board, qtbot, "Learn the storage layer")
    links = board.editor.links_box
    assert links.target.count() == 2 and links.linked() == []
    links.target.setCurrentIndex(0)
    links.link()
    links.target.setCurrentIndex(0)
    links.link()
    assert [links.links.item(i).text() for i in range(2)] == [
        "Decision: ADR-001 Use SQLite",
        "Session: Kick-off (2 Oct 2026)",
    ]
    opened: list[tuple[RecordKind, str]] = []
    board.open_requested.connect(lambda kind, record: opened.append((kind, record)))
    links.links.itemActivated.emit(links.links.item(0))
    assert opened == [(RecordKind.DECISION, decision)]
    links.links.setCurrentRow(1)
    links.unlink()
    assert len(links.linked()) == 1
    assert session not in {
        link.record_id for link in board.services.links.links_of(RecordKind.CARD, board.selected_card().id)
    }  # type: ignore[union-attr]
    assert [link.title for link in board.services.links.links_of(RecordKind.DECISION, decision)] == [
        "Learn the storage layer"
    ]


def test_archive_show_archived_and_unarchive(board: PlanPage, qtbot: QtBot) -> None:
    create(board, qtbot, "Old idea")
    qtbot.mouseClick(board.editor.archive_button, Qt.MouseButton.LeftButton)
    assert titles(board, 0) == [] and board.filters.count.text() == "0 of 0 cards"
    board.filters.show_archived.setChecked(True)
    assert titles(board, 0) == ["Old idea"]
    card = board.card_views()[0].model.rows()[0]
    assert card.archived
    board.select_card(card.id)
    assert board.editor.archive_button.text() == "Unarchive"
    qtbot.mouseClick(board.editor.archive_button, Qt.MouseButton.LeftButton)
    board.filters.show_archived.setChecked(False)
    assert titles(board, 0) == ["Old idea"]


@pytest.mark.parametrize(
    ("drag", "drop_row", "expected"),
    [
        (0, 2, ["B", "A", "C"]),  # down by one
        (0, 3, ["B", "C", "A"]),  # to the end
        (2, 0, ["C", "A", "B"]),  # to the top
        (0, 1, ["A", "B", "C"]),  # just below itself
        (1, 1, ["A", "B", "C"]),  # onto itself
    ],
)
def test_drag_and_drop_within_a_column(
    board: PlanPage, qtbot: QtBot, drag: int, drop_row: int, expected: list[str]
) -> None:
    for title in ("A", "B", "C"):
        create(board, qtbot, title)
    column = board.card_views()[0]
    data = column.model.mimeData([column.model.index(drag, 0)])
    column.model.dropMimeData(data, Qt.DropAction.MoveAction, drop_row, 0, QModelIndex())
    qtbot.waitUntil(lambda: titles(board, 0) == expected, timeout=2000)


def test_drop_between_filtered_cards_keeps_hidden_ones_in_place(board: PlanPage, qtbot: QtBot) -> None:
    for title in ("match one", "hidden", "match two"):
        create(board, qtbot, title)
    qtbot.keyClicks(board.filter, "match")
    column = board.card_views()[0]
    assert titles(board, 0) == ["match one", "match two"]
    data = column.model.mimeData([column.model.index(1, 0)])
    column.model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, QModelIndex())
    qtbot.waitUntil(lambda: titles(board, 0) == ["match two", "match one"], timeout=2000)
    board.filter.clear()
    assert titles(board, 0) == ["match two", "match one", "hidden"]


def test_an_action_that_fails_is_said_and_never_left_on_the_undo_stack(board: PlanPage) -> None:
    """Another window deletes the card meanwhile: the edit and the undo of an earlier edit both fail."""
    assert board.pairing is not None
    services = board.services
    card = services.board.create_card(services.plans.columns(board.pairing.id)[0].id, CardDraft("Draft"))
    board.refresh()
    pairing_id = board.pairing.id
    board._push(lambda: EditCard(services, board.hub, pairing_id, card, CardDraft("Renamed")))
    assert board.undo_stack.count() == 1
    services.board.delete_card(card)
    board._push(lambda: EditCard(services, board.hub, pairing_id, card, CardDraft("Again")))
    assert board.undo_stack.count() == 1 and "does not exist" in board.editor.problem.text()
    board.editor.problem.clear()
    board.undo_stack.undo()
    assert board.undo_stack.count() == 0 and not board.undo_stack.canUndo()
    assert "Undo of “Edit “Renamed”” did not work" in board.editor.problem.text()


def test_typing_in_a_card_is_saved_when_another_card_is_chosen(board: PlanPage, qtbot: QtBot) -> None:
    assert board.pairing is not None
    column = board.services.plans.columns(board.pairing.id)[0].id
    first = board.services.board.create_card(column, CardDraft("First"))
    second = board.services.board.create_card(column, CardDraft("Second"))
    board.refresh()
    assert board.select_card(first)
    board.editor.description.setPlainText("Notes typed and never saved by hand")
    assert board.select_card(second)  # clicking another card
    assert board.services.board.draft(first).description == "Notes typed and never saved by hand"
    board.undo_stack.undo()  # the save is an edit like any other
    assert board.services.board.draft(first).description == ""


def test_ctrl_s_saves_the_card_and_a_new_card_typed_without_a_title_is_kept(
    board: PlanPage, qtbot: QtBot
) -> None:
    assert board.pairing is not None
    board.start_new_card()
    board.editor.description.setPlainText("An idea, no title yet")
    board.start_new_card()  # left for another new card
    [kept] = board.services.plans.cards(board.pairing.id)
    assert (kept.title, kept.description) == ("Untitled card", "An idea, no title yet")
    assert board.select_card(kept.id)
    board.editor.title.setText("Spike the sandbox")
    qtbot.keyClick(board.editor.title, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert board.services.board.draft(kept.id).title == "Spike the sandbox"


def test_a_card_that_cannot_be_saved_keeps_its_typing_and_its_place(board: PlanPage) -> None:
    assert board.pairing is not None
    column = board.services.plans.columns(board.pairing.id)[0].id
    first = board.services.board.create_card(column, CardDraft("First"))
    second = board.services.board.create_card(column, CardDraft("Second"))
    board.refresh()
    board.select_card(first)
    board.editor.description.setPlainText("x" * 1_000_001)
    assert not board.select_card(second)
    assert (
        board.editor.description.toPlainText() == "x" * 1_000_001
        and "description" in board.editor.problem.text()
    )


def test_a_refused_column_title_stays_in_its_dialog(board: PlanPage, monkeypatch: pytest.MonkeyPatch) -> None:
    from mentordesk.ui.board.column_dialog import ColumnDialog

    backlog = board.card_views()[0].column
    seen: list[tuple[bool, str, str]] = []

    def clear_the_title(dialog: ColumnDialog) -> int:
        dialog.show()
        dialog.title.setText("   ")
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.problem.text(), dialog.title.text()))
        dialog.done(0)
        return dialog.result()

    monkeypatch.setattr(ColumnDialog, "exec", clear_the_title)
    board.card_views()[0].rename_requested.emit(backlog.id)
    [(still_open, problem, typed)] = seen
    assert still_open and problem and typed == "   "
    assert board.card_views()[0].column.title == backlog.title


def test_a_new_column_whose_move_failed_is_added_once_when_tried_again(
    board: PlanPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from faults import busy_once

    from mentordesk.ui.board.column_dialog import ColumnDialog

    services = board.services
    monkeypatch.setattr(services.board, "move_column", busy_once(services.board.move_column))
    problems: list[str] = []

    def name_it(dialog: ColumnDialog) -> int:
        dialog.title.setText("Stretch")
        dialog.accept()  # added, but the move fails: the dialog stays
        problems.append(dialog.problem.text())
        dialog.accept()  # what the retry does
        return dialog.result()

    monkeypatch.setattr(ColumnDialog, "exec", name_it)
    before = [v.column.title for v in board.card_views()]
    board.card_views()[0].add_after_requested.emit(board.card_views()[0].column.id)
    after = [v.column.title for v in board.card_views()]
    assert "busy in another window" in problems[0]
    assert after == [before[0], "Stretch", *before[1:]]  # one new column, in its place


def test_a_long_column_gives_its_view_the_cards_it_scrolls_to(board: PlanPage, qtbot: QtBot) -> None:
    from mentordesk.ui.board.model import BATCH

    column = board.card_views()[0].column.id
    ids = [board.services.board.create_card(column, CardDraft(f"Card {n:03}")) for n in range(BATCH * 2 + 50)]
    board.refresh()
    view = board.card_views()[0]
    assert view.model.rowCount() == BATCH and len(view.model.rows()) == len(ids)
    assert f"{len(ids)} cards" in view.header.text()
    bar = view.view.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out
    bar.setValue(bar.maximum())  # scrolled to its end: the next cards come
    qtbot.waitUntil(lambda: view.model.rowCount() == 2 * BATCH)
    assert board.select_card(ids[-3])  # a card further down is given to the view and shown, chosen
    current = view.view.currentIndex()
    assert view.model.rowCount() == len(ids) and current.row() == len(ids) - 3
    assert view.view.visualRect(current).intersects(view.view.viewport().rect())
    board.refresh()  # a refresh keeps the cards the view had, and where it was
    assert view.model.rowCount() == len(ids) and view.view.currentIndex().row() == len(ids) - 3


def test_a_card_is_as_tall_as_its_title_after_an_edit(board: PlanPage, qtbot: QtBot) -> None:
    column = board.card_views()[0].column.id
    card = board.services.board.create_card(column, CardDraft("Short"))
    board.refresh()
    view = board.card_views()[0]
    qtbot.waitUntil(lambda: view.view.visualRect(view.model.index(0, 0)).height() > 0)
    short = view.view.visualRect(view.model.index(0, 0)).height()
    board.services.board.update_card(card, CardDraft("A title long enough to wrap onto lines " * 6))
    board.refresh()
    qtbot.waitUntil(lambda: view.view.visualRect(view.model.index(0, 0)).height() > short)
    tall = view.view.visualRect(view.model.index(0, 0)).height()
    board.filters.set_text("Short")  # filtered out, then shown again: the same card, as tall
    assert view.model.rowCount() == 0
    board.filters.set_text("")
    qtbot.waitUntil(lambda: view.view.visualRect(view.model.index(0, 0)).height() == tall)


def test_a_title_wraps_short_of_the_lock_of_a_card_that_is_not_shared(board: PlanPage, qtbot: QtBot) -> None:
    from PySide6.QtGui import QFont, QFontMetrics
    from PySide6.QtWidgets import QStyleOptionViewItem

    from mentordesk.domain import Visibility

    view = board.card_views()[0]
    column = view.column.id
    qtbot.waitUntil(lambda: view.view.viewport().width() > 100)
    option = QStyleOptionViewItem()
    view.delegate.initStyleOption(option, view.model.index(0, 0))
    option.widget = view.view
    option.font = view.view.font()
    option.rect = QRect(0, 0, view.view.viewport().width(), 0)
    title_font = QFont(option.font)
    title_font.setWeight(QFont.Weight.DemiBold)
    room = view.delegate._text_width(option)  # the shared card's title width
    title = "Word"
    while QFontMetrics(title_font).horizontalAdvance(title + " x") < room - 4:
        title += " x"  # one line on a shared card, with less than a lock's width to spare
    shared = board.services.board.create_card(column, CardDraft(title))
    private = board.services.board.create_card(column, CardDraft(title, visibility=Visibility.PRIVATE))
    board.refresh()
    rows = {card.id: row for row, card in enumerate(view.model.rows())}
    qtbot.waitUntil(lambda: view.view.visualRect(view.model.index(rows[private], 0)).height() > 0)
    height = {
        card: view.view.visualRect(view.model.index(rows[card], 0)).height() for card in (shared, private)
    }
    assert height[private] > height[shared]  # its title takes a second line rather than run under the lock


def test_a_card_moved_past_the_cards_its_view_was_given_stays_chosen_and_in_sight(
    board: PlanPage, qtbot: QtBot
) -> None:
    from mentordesk.ui.board.model import BATCH

    first, second = (view.column.id for view in board.card_views()[:2])
    mine = [board.services.board.create_card(first, CardDraft(f"Mine {n:03}")) for n in range(BATCH + 20)]
    for n in range(BATCH + 20):
        board.services.board.create_card(second, CardDraft(f"Theirs {n:03}"))
    board.refresh()
    target = board.card_views()[1]
    assert board.select_card(mine[-1]) and target.model.rowCount() == BATCH
    qtbot.keyClick(board.card_views()[0].view, Qt.Key.Key_Right, Qt.KeyboardModifier.ControlModifier)
    assert titles(board, 1).index(f"Mine {BATCH + 19:03}") == BATCH + 19  # its row, in the next column
    current = target.view.currentIndex()
    assert current.row() == BATCH + 19 and target.model.rowCount() == len(target.model.rows())
    assert target.view.visualRect(current).intersects(target.view.viewport().rect())
    board.undo_stack.undo()
    assert board.card_views()[0].view.currentIndex().row() == BATCH + 19
