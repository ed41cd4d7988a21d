"""What a screen reader and a keyboard user get: every control named in Qt's accessibility tree, the
board and the timeline worked from the keyboard, states said in words and not by colour alone."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from pytestqt.qtbot import QtBot

from mentordesk.domain import CardDraft
from mentordesk.services import Services
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.archeology import ArcheologyPage
from mentordesk.ui.pages.decisions import DecisionsPage
from mentordesk.ui.pages.plan import PlanPage
from mentordesk.ui.pages.sessions import SessionsPage

from PySide6.QtWidgets import (  # isort: skip
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

CONTROLS = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
)


@pytest.fixture
def window(window: MainWindow) -> MainWindow:
    window.resize(1360, 840)  # wide enough for the card editor beside the board
    return window


def unnamed(root: QWidget) -> list[str]:
    """The visible controls under `root` whose accessible name is empty."""
    found = []
    for widget in root.findChildren(QWidget):
        if (
            not isinstance(widget, CONTROLS)
            or isinstance(widget, QHeaderView)
            or not widget.isVisibleTo(root)
        ):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QComboBox | QAbstractSpinBox):
            continue  # the editable part of a combo box or spin box: the box carries the name
        interface = QAccessible.queryAccessibleInterface(widget)
        if interface is None or not interface.text(QAccessible.Text.Name).strip():
            found.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return found


def test_every_control_on_every_page_has_a_name(window: MainWindow, qtbot: QtBot) -> None:
    missing: dict[str, list[str]] = {}
    for page in window.pages:
        window.show_page(page.title)
        views = [page.title]
        if isinstance(page, PlanPage):  # with a card open in the editor too
            page.select_card(page.card_views()[1].model.rows()[0].id)
        if isinstance(page, DecisionsPage):
            for tab in range(page.tabs.count()):
                page.tabs.setCurrentIndex(tab)
                if found := unnamed(page):
                    missing[f"{page.title}, tab {page.tabs.tabText(tab)}"] = found
        for where in views:
            if found := unnamed(page):
                missing[where] = found
    if found := unnamed(window.sidebar) + unnamed(window.menuBar()):
        missing["window"] = found
    assert missing == {}, "\n".join(f"{where}: {found}" for where, found in missing.items())


def test_the_timeline_is_worked_from_the_keyboard(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.timeline.forms import EventDialog

    page = window.show_page("System Archeology")
    assert isinstance(page, ArcheologyPage)
    in_time = sorted(page.events, key=lambda e: (e.occurred_on, e.title, e.id))
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected is not None and page.selected.id == in_time[0].id
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected.id == in_time[2].id
    assert page.view.accessibleDescription().startswith(in_time[2].title)
    qtbot.keyClick(page.view, Qt.Key.Key_Up)
    assert page.selected.id == in_time[1].id
    start, end = page.view.visible_dates()
    assert start <= in_time[1].occurred_on <= end  # brought into view

    opened: list[str] = []
    monkeypatch.setattr(EventDialog, "exec", lambda dialog: opened.append(dialog.windowTitle()) or 0)
    qtbot.keyClick(page.view, Qt.Key.Key_Return)
    assert len(opened) == 1

    page.filter.setText(in_time[-1].title)  # with a filter, only the events it keeps
    page.view.setFocus()
    qtbot.keyClick(page.view, Qt.Key.Key_Down)
    assert page.selected.id == in_time[-1].id


def test_the_board_is_worked_from_the_keyboard(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("Plan")
    assert isinstance(page, PlanPage)
    first = page.card_views()[1]
    first.view.setFocus()
    first.view.setCurrentIndex(first.model.index(0, 0))
    qtbot.keyClick(first.view, Qt.Key.Key_Down)
    second = first.model.rows()[1]
    assert page.selected_card() is not None and page.selected_card().id == second.id  # type: ignore[union-attr]
    assert page.editor.title.text() == second.title
    qtbot.keyClick(first.view, Qt.Key.Key_Tab)
    assert window.focusWidget() is not first.view  # Tab leaves the column for the next control


def test_late_cards_and_full_columns_are_said_in_words(window: MainWindow, demo: Services) -> None:
    page = window.show_page("Plan")
    assert isinstance(page, PlanPage)
    column = page.card_views()[1].column
    demo.board.update_column(column.id, column.title, 1)
    today = dt.date.today()
    demo.board.create_card(
        column.id,
        CardDraft(title="Late one", due_date=today - dt.timedelta(days=2)),  # type: ignore[call-arg]
    )
    page.refresh()
    view = page.card_views()[1]
    assert "over its limit" in view.header.text()
    late = next(card for card in view.model.rows() if card.title == "Late one")
    meta, is_late = view.view.itemDelegate()._meta(late)  # type: ignore[attr-defined]
    assert is_late and "overdue" in meta


def tab_chain(window: MainWindow, page: QWidget) -> list[QWidget]:
    """The page's controls in the order Tab reaches them (parts of a spin box or combo box left out)."""
    chain: list[QWidget] = []
    start = window.sidebar
    widget = start.nextInFocusChain()
    while widget is not start:
        if (
            page.isAncestorOf(widget)
            and widget.isVisibleTo(page)
            and widget.isEnabled()
            and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and not isinstance(widget.parent(), QComboBox | QAbstractSpinBox)
        ):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def test_tab_reads_each_page_from_its_top_controls_to_the_list_then_the_record(window: MainWindow) -> None:
    """Tab goes through what sits above the page's list (filter, buttons, filters) before the list,
    and through the list before the record beside it."""
    for title in ("Plan", "Sessions", "Decisions", "System Archeology"):
        page = window.show_page(title)
        if isinstance(page, PlanPage):  # the board: each column's header, then its cards
            main: QWidget = page.card_views()[0].view
            region: QWidget = page.card_views()[0]
            beside: QWidget | None = None
        elif isinstance(page, ArcheologyPage):
            main, beside = page.view, page.detail
            region = main
        elif isinstance(page, DecisionsPage):
            main, beside = page.table, page.tabs
            region = main
        else:
            assert isinstance(page, SessionsPage)
            main, beside = page.table, page.editor
            region = main
        chain = tab_chain(window, page)
        at = chain.index(main)
        top = region.mapTo(page, region.rect().topLeft()).y()
        above = [w for w in chain if w.mapTo(page, w.rect().bottomLeft()).y() < top]
        assert above and all(chain.index(w) < at for w in above), title
        if beside is not None:
            inside = [w for w in chain if w is beside or beside.isAncestorOf(w)]
            assert inside and all(chain.index(w) > at for w in inside), title
