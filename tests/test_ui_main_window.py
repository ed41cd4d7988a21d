"""The main window on demo data, driven as a person would: every page, search, links, settings."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from mentordesk.domain import RecordKind
from mentordesk.services import Services
from mentordesk.ui import dates
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import PAGE_FOR_KIND, MainWindow
from mentordesk.ui.pages.archeology import ArcheologyPage
from mentordesk.ui.pages.list_page import ListDetailPage
from mentordesk.ui.pages.plan import PlanPage
from mentordesk.ui.pages.prepare import PreparePage
from mentordesk.ui.pages.sessions import SessionsPage
from mentordesk.ui.table_model import ROW_ROLE


def plain(html: str) -> str:
    document = QTextDocument()
    document.setHtml(html)
    return document.toPlainText()


def test_every_page_lists_demo_records(window: MainWindow) -> None:
    assert window.outer.currentWidget() is window.workspace
    assert window.pairing_box.count() == 2
    for row, page in enumerate(window.pages):
        window.sidebar.setCurrentRow(row)
        assert window.page_stack.currentWidget() is page
        if isinstance(page, SessionsPage):
            assert page.model.rowCount() == 7 and page.editor.title.text() == page.selected_row().title
        elif isinstance(page, ListDetailPage):
            assert page.model.rowCount() > 0, page.title
            assert page.selected_row() is not None, page.title
            assert plain(page.detail.toHtml()).strip(), page.title
        elif isinstance(page, PlanPage):
            views = page.card_views()
            assert len(views) == 5
            assert sum(v.model.rowCount() for v in views) == 25
        elif isinstance(page, PreparePage):
            assert page.open_actions.model.rowCount() >= 3
            assert page.reviews.model.rowCount() == 1
            assert "Week 4" in plain(page.last_session.toHtml())
            upcoming = window.services.sessions.around(
                page.pairing.id,  # type: ignore[union-attr]
                dt.datetime.now(dt.UTC),
            ).next
            assert upcoming is not None
            when = dates.relative(upcoming.starts_at.astimezone().date(), dt.date.today())
            assert page.subtitle.text().endswith(f"({when})")  # "in 4 days", or the date further away
    assert window.windowTitle() == "Priya Raman & Sam Okafor — MentorDesk (demo)"
    assert "mentoring Sam Okafor" in window.pairing_status.text()


def test_global_search_opens_the_hit(window: MainWindow, qtbot: QtBot) -> None:
    window.focus_search()
    qtbot.keyClicks(window.search_box, "model refunds")
    qtbot.waitUntil(lambda: len(window.search_box.hits()) > 0, timeout=3000)
    first = window.search_box.hits()[0]
    assert first.kind is RecordKind.DECISION and "Model refunds" in first.title
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    page = window.page_stack.currentWidget()
    assert page is window.page(PAGE_FOR_KIND[first.open_kind])
    assert isinstance(page, ListDetailPage)
    assert page.row_id(page.selected_row()) == first.open_id
    assert "Model refunds as their own ledger entry type" in plain(page.detail.toHtml())


def test_search_hits_of_every_page_kind_open(window: MainWindow) -> None:
    for query, kind in (
        ("sandbox", RecordKind.CARD),
        ("calibration", RecordKind.SESSION),
        ("append", RecordKind.EVENT),
    ):
        hit = next(h for h in window.services.search.search(query) if h.open_kind is kind)
        window.open_hit(hit)
        page = window.page(PAGE_FOR_KIND[kind])
        assert window.page_stack.currentWidget() is page
        if isinstance(page, PlanPage):
            assert page.editor.title.text() == hit.title
        elif isinstance(page, ArcheologyPage):
            assert page.selected is not None and page.selected.id == hit.open_id
        else:
            assert isinstance(page, ListDetailPage)
            assert page.row_id(page.selected_row()) == hit.open_id


def test_hit_in_other_pairing_switches_pairing(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.search_box, "notifications service tour")
    qtbot.waitUntil(lambda: len(window.search_box.hits()) > 0, timeout=3000)
    assert window.search_box.shown_texts()[0].endswith("(in Priya Raman & Jonas Berg)")
    hit = window.search_box.hits()[0]
    window.open_hit(hit)
    current = window.current_pairing()
    assert current is not None and current.mentee.name == "Jonas Berg"
    plan = window.page("Plan")
    assert isinstance(plan, PlanPage)
    assert sum(v.model.rowCount() for v in plan.card_views()) == 3


def test_supersedes_link_opens_the_older_decision(window: MainWindow) -> None:
    decisions = window.page("Decisions")
    assert isinstance(decisions, ListDetailPage)
    rows = [decisions.model.row_at(r) for r in range(decisions.model.rowCount())]
    newer = next(r for r in rows if r is not None and r.number == 5)
    older = next(r for r in rows if r is not None and r.number == 4)
    assert window.open_record(RecordKind.DECISION, newer.id)
    assert "Supersedes ADR-004" in plain(decisions.detail.toHtml())
    decisions.detail.record_link_clicked.emit(RecordKind.DECISION, older.id)
    assert decisions.selected_row() == older


def test_filter_narrows_a_page(window: MainWindow, qtbot: QtBot) -> None:
    decisions = window.page("Decisions")
    assert isinstance(decisions, ListDetailPage)
    total = decisions.model.rowCount()
    qtbot.keyClicks(decisions.filter, "refund")
    assert 0 < decisions.model.rowCount() < total
    assert all("efund" in decisions.model.index(r, 1).data() for r in range(decisions.model.rowCount()))


def test_prepare_rows_open_their_records(window: MainWindow, qtbot: QtBot) -> None:
    prepare = window.page("Prepare")
    assert isinstance(prepare, PreparePage)
    index = prepare.reviews.model.index(0, 0)
    decision = index.data(ROW_ROLE)
    prepare.reviews.view.doubleClicked.emit(index)
    decisions = window.page("Decisions")
    assert window.page_stack.currentWidget() is decisions
    assert isinstance(decisions, ListDetailPage) and decisions.selected_row().id == decision.id


def test_page_and_pairing_are_remembered(qtbot: QtBot, window: MainWindow, demo: Services) -> None:
    window.pairing_box.setCurrentIndex(1)
    window.sidebar.setCurrentRow(3)
    window.close()
    again = MainWindow(demo, ChangeHub())
    qtbot.addWidget(again)
    assert again.sidebar.currentRow() == 3
    assert again.current_pairing() is not None and again.current_pairing().mentee.name == "Jonas Berg"  # type: ignore[union-attr]


def test_navigation_shortcuts(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.sidebar.currentRow() == 2
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(window.search_box.hasFocus, timeout=2000)


def test_hub_refreshes_only_pages_of_the_changed_pairing(window: MainWindow) -> None:
    plan = window.page("Plan")
    assert isinstance(plan, PlanPage)
    current = window.current_pairing()
    other = window.pairing_box.itemData(1)
    assert current is not None and other is not None

    def shown() -> int:
        return sum(v.model.rowCount() for v in plan.card_views())

    before = shown()
    backlog = window.services.plans.columns(current.id)[0].id
    window.services.plans.add_card(backlog, "Pair on the ledger migration")
    window.hub.cards_changed.emit(other.id)
    assert shown() == before
    window.hub.cards_changed.emit(current.id)
    assert shown() == before + 1


def test_prepare_draft_goes_onto_the_next_session(window: MainWindow, qtbot: QtBot) -> None:
    prepare = window.page("Prepare")
    assert isinstance(prepare, PreparePage)
    points = [prepare.draft.item(i).text() for i in range(prepare.draft.count())]
    assert "Review ADR-009 Retry webhook deliveries with capped exponential backoff" in points
    assert prepare.draft_button.text() == "Add to the next session's agenda"
    prepare.draft.item(0).setCheckState(Qt.CheckState.Unchecked)
    qtbot.mouseClick(prepare.draft_button, Qt.MouseButton.LeftButton)
    sessions = window.page("Sessions")
    assert window.page_stack.currentWidget() is sessions and isinstance(sessions, ListDetailPage)
    opened = sessions.selected_row()
    assert opened is not None and opened.title == "30-day calibration call"
    agenda = [a.text for a in window.services.sessions.detail(opened.id).agenda]
    assert points[0] not in agenda and all(p in agenda for p in points[1:])
    editor = sessions.editor  # type: ignore[attr-defined]
    shown = [editor.agenda.item(i).text() for i in range(editor.agenda.count())]
    assert any(text.startswith("Review ADR-009") for text in shown)


def test_search_results_show_kind_icons_plain_snippets_and_the_words_typed_in_bold(
    window: MainWindow, qtbot: QtBot
) -> None:
    from mentordesk.ui.search_box import HTML_ROLE, highlighted

    assert highlighted("Billing <b>reads</b> bills", ["bill"]) == (
        "<b>Billing</b> &lt;b&gt;reads&lt;/b&gt; <b>bills</b>"
    )
    box = window.search_box
    box.setText("billing")
    box.run_search()
    results = box.results
    assert results.rowCount() >= 8
    popup = box._completer.popup()
    assert popup is not None and popup.isVisible() and popup.width() >= 600
    for row in range(results.rowCount()):
        item = results.item(row)
        assert not item.icon().isNull()
        shown = plain(str(item.data(HTML_ROLE)))
        assert "**" not in shown and "##" not in shown
        assert "<b>" in str(item.data(HTML_ROLE)).lower()  # the match is marked in every hit


def test_ctrl_n_starts_a_new_record_of_the_page_shown_even_from_the_sidebar(
    window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.pages.decisions import DecisionsPage
    from mentordesk.ui.timeline.forms import EventDialog

    asked: list[str] = []
    monkeypatch.setattr(EventDialog, "exec", lambda dialog: asked.append(dialog.windowTitle()) or 0)
    window.sidebar.setFocus()
    for title in ("Plan", "Decisions", "System Archeology"):
        window.show_page(title)
        window.sidebar.setFocus()
        qtbot.keyClick(window.sidebar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    plan = window.page("Plan")
    assert isinstance(plan, PlanPage) and plan.editor.save_button.text() == "Create card"
    decisions = window.page("Decisions")
    assert isinstance(decisions, DecisionsPage)
    selected = decisions.selected_row()
    assert selected is not None and selected.title == "New decision"
    assert len(asked) == 1  # the new-event form opened
    archeology = window.page("System Archeology")
    archeology.filter.setFocus()  # inside a page, the page's own Ctrl+N
    qtbot.keyClick(archeology.filter, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(asked) == 2
