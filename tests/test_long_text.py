"""Long text a partner may send, or a person may paste: bounded work on the GUI thread, and the same
size limits for local edits as for imports, with messages that name the field."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QSettings, QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import MAX_TEXT_CHARS, Cadence, CardDraft, NewPairing, PairingInfo, RecordKind, Role
from mentordesk.render import SHOW_ALL_URL
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow


def test_local_edits_meet_the_limits_an_export_must_meet(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    column = services.plans.columns(mentee_pairing.id)[0].id
    with pytest.raises(ValueError, match=r"description of this card is 1,000,001 characters long"):
        services.board.create_card(column, CardDraft("Pasted", description="x" * (MAX_TEXT_CHARS + 1)))
    session = services.sessions.add_session(mentee_pairing.id, dt.datetime(2026, 11, 1, 10, tzinfo=dt.UTC))
    with pytest.raises(ValueError, match="notes of this mentoring session"):
        services.session_edits.set_notes(session, "y" * (MAX_TEXT_CHARS + 1))
    services.board.create_card(column, CardDraft("At the limit", description="x" * MAX_TEXT_CHARS))


def test_every_text_view_wraps_only_between_words(qtbot: QtBot, demo: Services) -> None:
    """Breaking inside words lays out one long unbroken line in time growing with its square: a million
    characters without a space froze the window for 100 s; wrapping between words takes half a second."""
    create_application()
    QSettings().clear()
    window = MainWindow(demo, ChangeHub())
    qtbot.addWidget(window)
    window.show()
    pairing = window.current_pairing()
    assert pairing is not None
    card = demo.plans.cards(pairing.id)[0]
    window.open_record(RecordKind.CARD, card.id)
    editors = []
    for row in range(len(window.pages)):
        window.sidebar.setCurrentRow(row)
        editors += window.findChildren(QPlainTextEdit) + window.findChildren(QTextEdit)
    assert len(editors) > 10
    wrapping = {e.objectName() or type(e).__name__: e.wordWrapMode() for e in editors}
    assert set(wrapping.values()) == {QTextOption.WrapMode.WordWrap}, wrapping


def test_a_long_preview_shows_its_start_and_everything_on_show_all(qtbot: QtBot, services: Services) -> None:
    create_application()
    QSettings().clear()
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    text = "".join(f"Paragraph {n} of a pasted log.\n\n" for n in range(12_000))  # about 360 KB
    card = services.board.create_card(
        services.plans.columns(pairing.id)[0].id, CardDraft("Log", description=text)
    )
    window = MainWindow(services, ChangeHub())
    qtbot.addWidget(window)
    window.show()
    window.open_record(RecordKind.CARD, card)
    page = window.show_page("Plan")
    preview = page.editor.preview  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: "Show all" in preview.toPlainText(), timeout=5000)
    shown = preview.toPlainText()
    assert "Paragraph 0 of" in shown and "Paragraph 11999 of" not in shown
    assert f"of {len(text):,} characters" in shown
    preview.anchorClicked.emit(QUrl(SHOW_ALL_URL))
    qtbot.waitUntil(lambda: "Paragraph 11999 of" in preview.toPlainText(), timeout=10000)
    assert "Show all" not in preview.toPlainText()
