"""A new pairing's pages: each says what goes there and how to begin, and offers nothing that acts on
a record that does not exist."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.decisions import DecisionsPage
from mentordesk.ui.pages.prepare import PreparePage
from mentordesk.ui.pages.progress import ProgressPage
from mentordesk.ui.pages.sessions import SessionsPage
from mentordesk.ui.sessions.new_session import NewSessionDialog


@pytest.fixture
def window(qtbot: QtBot, services: Services) -> Iterator[MainWindow]:
    create_application()
    QSettings().clear()
    services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY))
    main = MainWindow(services, ChangeHub())
    qtbot.addWidget(main)
    main.resize(1360, 840)
    main.show()
    yield main
    main.close()


def test_sessions_offer_the_first_session_instead_of_an_editor_of_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = window.show_page("Sessions")
    assert isinstance(page, SessionsPage)
    assert page.empty_panel.isVisible() and not page.editor.isVisible()
    assert page.empty_panel.title.text() == "No sessions yet"
    assert not page.export_button.isEnabled()
    [new] = page.empty_panel.buttons
    weekly = window.services.templates.find("Weekly 1:1")
    when = dt.datetime(2026, 10, 8, 9, tzinfo=dt.UTC)
    monkeypatch.setattr(NewSessionDialog, "value", lambda _self: (weekly, when))
    monkeypatch.setattr(NewSessionDialog, "exec", lambda dialog: dialog.accept() or dialog.result())
    new.click()
    assert page.editor.isVisible() and not page.empty_panel.isVisible()
    assert page.export_button.isEnabled()
    page.filter.setText("no such title")
    assert page.empty_panel.isVisible() and page.empty_panel.title.text() == "Nothing matches the filter"
    [clear] = page.empty_panel.buttons
    clear.click()
    assert page.filter.text() == "" and page.editor.isVisible()


def test_decisions_offer_the_first_decision_or_an_import_and_nothing_to_export(window: MainWindow) -> None:
    page = window.show_page("Decisions")
    assert isinstance(page, DecisionsPage)
    assert page.empty_panel.isVisible() and not page.tabs.isVisible()
    assert [b.text() for b in page.empty_panel.buttons] == ["New decision", "Import ADR folder…"]
    assert not page.export_button.isEnabled()
    page.empty_panel.buttons[0].click()
    assert page.tabs.isVisible() and page.export_button.isEnabled()
    page.revisit_filter.setChecked(True)
    assert page.empty_panel.title.text() == "No decision matches the filters"
    page.empty_panel.buttons[0].click()
    assert not page.revisit_filter.isChecked() and page.tabs.isVisible()


def test_prepare_says_what_each_box_would_hold(window: MainWindow) -> None:
    page = window.show_page("Prepare")
    assert isinstance(page, PreparePage)
    sections = (page.open_actions, page.reviews, page.revisits, page.cards)
    texts = [s.empty.text() for s in sections]
    assert all(s.empty.isVisible() and not s.view.isVisible() for s in sections)
    assert len(set(texts)) == 4 and all(texts)
    assert page.draft_empty.isVisible() and not page.draft.isVisible()
    assert page.draft_button.text() == "Create the next session"


def test_empty_charts_say_why_instead_of_drawing_bare_axes(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("Progress")
    assert isinstance(page, ProgressPage)
    qtbot.waitUntil(lambda: len(page.empty_charts) == 4, timeout=10000)
    assert page.chart_views == []
    said = " ".join(
        label.text() for box in page.empty_charts for label in box.findChildren(type(page.subtitle))
    )
    assert "No session held yet" in said and "Edit pairing" in said
