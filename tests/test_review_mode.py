"""Review mode audited: with it on, no confidential or private text exists anywhere in the running UI.

The audit takes the demo's hidden texts from the database itself, switches Review mode on, visits every
page, opens every record (and every tab of the decision side panel) and after each step reads every
widget's text, tooltip, placeholder and window title, every item model's data in all roles, every text
document, and the timeline scene's events."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import (
    QMessageBox,
)
from pytestqt.qtbot import QtBot
from screen_audit import audit, audit_every_page, everything_shown

from mentordesk.app import create_application
from mentordesk.domain import RecordKind, Visibility
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.list_page import ListDetailPage

FRAGMENT = 28  # characters of each hidden text looked for


def texts_of(services: Services) -> tuple[set[str], str]:
    """Fragments of every confidential or private text in the database, and all shared text as one string."""
    hidden: list[str] = []
    shared: list[str] = []

    def add(visibility: Visibility, *parts: str) -> None:
        (shared if visibility is Visibility.SHARED else hidden).extend(p for p in parts if p)

    for pairing in services.pairings.list_pairings():
        for card in services.plans.cards(pairing.id, include_archived=True):
            add(card.visibility, card.title, card.description)
        for info in services.decisions.list_decisions(pairing.id):
            detail = services.decisions.detail(info.id)
            draft = detail.draft
            add(info.visibility, info.title, draft.context, draft.rationale, draft.chosen_option)
            for comment in detail.comments:
                add(comment.visibility, comment.body)
        for session in services.sessions.list_sessions(pairing.id):
            detail = services.sessions.detail(session.id)
            add(session.visibility, session.title, detail.session.notes)
            hidden.extend(detail.private_notes)
            for action in detail.actions:
                add(action.visibility, action.text)
        for event in services.archeology.events(pairing.id):
            add(event.visibility, event.title, event.why, event.lessons)
    corpus = "\n".join(shared)
    fragments = {text.strip()[:FRAGMENT] for text in hidden if len(text.strip()) >= 12}
    return {f for f in fragments if f not in corpus}, corpus


@pytest.fixture
def window(qtbot: QtBot, demo: Services) -> Iterator[MainWindow]:
    create_application()
    QSettings().clear()
    main = MainWindow(demo, ChangeHub())
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.review.set_on(False, confirm=False)


def test_nothing_hidden_is_anywhere_in_review_mode(window: MainWindow, demo: Services, qtbot: QtBot) -> None:
    hidden, _corpus = texts_of(demo)
    assert len(hidden) >= 8  # the demo marks enough confidential and private text for this to mean something
    everything = "\n".join(t for t in everything_shown(window) if t)
    assert any(fragment in everything for fragment in hidden)  # the audit sees them when they are shown

    window.review.set_on(True)
    assert window.review.badge.isVisible() and "Review mode" in window.windowTitle()
    for pairing_index in range(window.pairing_box.count()):
        window.pairing_box.setCurrentIndex(pairing_index)
        pairing = window.current_pairing()
        assert pairing is not None
        audit_every_page(window, hidden, pairing.id, f"{pairing.name} / ")
    for fragment in sorted(hidden)[:6]:  # searching for hidden text finds nothing
        window.search_box.setText(fragment)
        window.search_box.run_search()
        assert window.search_box.hits() == []
        window.search_box.clear()  # what was typed is the user's own; the completions are what matter
        audit(window, hidden, f"search for {fragment!r}")


def test_leaving_review_mode_asks_and_can_be_refused(
    window: MainWindow, demo: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    hidden, _corpus = texts_of(demo)
    window.review.set_on(True)
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.No)
    window.review.action.trigger()  # F11 again
    assert window.review.on and window.review.action.isChecked()
    audit(window, hidden, "after refusing to leave")
    monkeypatch.setattr(QMessageBox, "question", lambda *_args: QMessageBox.StandardButton.Yes)
    window.review.action.trigger()
    assert not window.review.on and not window.review.badge.isVisible()
    assert "Review mode" not in window.windowTitle()


def test_review_mode_hides_records_asked_for_directly(window: MainWindow, demo: Services) -> None:
    pairing = demo.pairings.list_pairings()[0]
    secret = next(
        d for d in demo.decisions.list_decisions(pairing.id) if d.visibility is not Visibility.SHARED
    )
    window.review.set_on(True)
    assert not window.open_record(RecordKind.DECISION, secret.id)
    guarded = window.services
    assert secret.id not in {d.id for d in guarded.decisions.list_decisions(pairing.id)}
    with pytest.raises(LookupError, match="hidden in Review mode"):
        guarded.decisions.detail(secret.id)
    session = next(
        s for s in demo.sessions.list_sessions(pairing.id) if demo.sessions.detail(s.id).private_notes
    )
    assert guarded.sessions.detail(session.id).private_notes == ()
    assert demo.sessions.detail(session.id).private_notes  # the data itself is untouched


def test_private_notes_cannot_be_overwritten_unseen_in_review_mode(
    window: MainWindow, demo: Services
) -> None:
    pairing = demo.pairings.list_pairings()[0]
    session = next(
        s for s in demo.sessions.list_sessions(pairing.id) if demo.sessions.detail(s.id).private_notes
    )
    before = demo.sessions.detail(session.id).private_notes
    window.review.set_on(True)
    page = window.show_page("Sessions")
    assert isinstance(page, ListDetailPage) and page.open_record(RecordKind.SESSION, session.id)
    editor = page.editor  # type: ignore[attr-defined]
    assert not editor.private.isVisibleTo(window) and editor.private.isReadOnly()
    with pytest.raises(ValueError, match="cannot be changed in Review mode"):
        window.services.session_edits.set_private_notes(session.id, "typed on a shared screen")
    assert demo.sessions.detail(session.id).private_notes == before
