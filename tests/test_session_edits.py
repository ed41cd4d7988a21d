"""Editing a session through the services: fields, notes, private notes, agenda, actions, feedback, delete."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.domain import Cadence, NewPairing, PairingInfo, Role, SessionKind, Visibility
from mentordesk.services import NotFoundError, Services

WHEN = dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC)


@pytest.fixture
def pairing(services: Services) -> PairingInfo:
    return services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )


def test_fields_notes_and_feedback(services: Services, pairing: PairingInfo) -> None:
    session_id = services.sessions.add_session(pairing.id, WHEN)
    later = WHEN + dt.timedelta(hours=2)
    services.session_edits.update_session(
        session_id,
        starts_at=later,
        duration_minutes=90,
        kind=SessionKind.INCIDENT_REVIEW,
        title=" ",
        visibility=Visibility.CONFIDENTIAL,
    )
    services.session_edits.set_notes(session_id, "## Timeline\n- 09:00 page")
    services.session_edits.set_feedback(session_id, 4, "Useful")
    detail = services.sessions.detail(session_id)
    info = detail.session
    assert (info.starts_at, info.duration_minutes, info.kind, info.title) == (
        later,
        90,
        SessionKind.INCIDENT_REVIEW,
        "Incident review",
    )
    assert info.visibility is Visibility.CONFIDENTIAL and info.notes.startswith("## Timeline")
    assert (info.feedback_rating, detail.feedback_comment) == (4, "Useful")
    with pytest.raises(ValueError, match="1 to 5"):
        services.session_edits.set_feedback(session_id, 0, "")
    with pytest.raises(ValueError, match="5 minutes"):
        services.session_edits.update_session(
            session_id,
            starts_at=WHEN,
            duration_minutes=2,
            kind=SessionKind.ONE_ON_ONE,
            title="",
            visibility=Visibility.SHARED,
        )


def test_private_notes_are_one_private_record(services: Services, pairing: PairingInfo) -> None:
    session_id = services.sessions.add_session(pairing.id, WHEN)
    services.session_edits.set_private_notes(session_id, "Watch for over-committing")
    services.session_edits.set_private_notes(session_id, "Watch for over-committing. Praise the tests.")
    assert services.sessions.detail(session_id).private_notes == (
        "Watch for over-committing. Praise the tests.",
    )
    [hit] = services.search.search("praise")
    assert hit.visibility is Visibility.PRIVATE
    services.session_edits.set_private_notes(session_id, "   ")
    assert services.sessions.detail(session_id).private_notes == ()
    assert services.search.search("praise") == []


def test_agenda_and_actions(services: Services, pairing: PairingInfo) -> None:
    session_id = services.sessions.add_session(pairing.id, WHEN)
    item = services.sessions.add_agenda_item(session_id, "Review ADR-1")
    other = services.sessions.add_agenda_item(session_id, "Drop me")
    action = services.sessions.add_action(session_id, "Read runbook")
    services.session_edits.set_discussed(item, True)
    services.session_edits.delete_agenda_item(other)
    services.session_edits.update_action(
        action, text="Read the runbook", owner=Role.MENTOR, due_date=dt.date(2026, 10, 25), done=True
    )
    detail = services.sessions.detail(session_id)
    assert [(a.text, a.discussed) for a in detail.agenda] == [("Review ADR-1", True)]
    [updated] = detail.actions
    assert (updated.text, updated.owner, updated.done, updated.due_date) == (
        "Read the runbook",
        Role.MENTOR,
        True,
        dt.date(2026, 10, 25),
    )
    with pytest.raises(ValueError, match="needs some text"):
        services.session_edits.update_action(action, text=" ", owner=Role.MENTOR, due_date=None, done=False)


def test_deleted_session_stops_carrying_its_actions(services: Services, pairing: PairingInfo) -> None:
    session_id = services.sessions.add_session(pairing.id, WHEN)
    services.sessions.add_action(session_id, "Open item")
    services.session_edits.delete_session(session_id)
    assert services.sessions.open_actions(pairing.id) == []
    assert services.sessions.list_sessions(pairing.id) == []
    with pytest.raises(NotFoundError):
        services.sessions.detail(session_id)
    fresh = services.sessions.create_session(pairing.id, WHEN + dt.timedelta(days=7))
    assert services.sessions.detail(fresh).agenda == ()


def test_a_deleted_session_comes_back_as_it_was_and_nothing_deleted_before_it(
    services: Services, pairing: PairingInfo
) -> None:
    session_id = services.sessions.add_session(pairing.id, WHEN)
    kept = services.sessions.add_action(session_id, "Open item")
    dropped = services.sessions.add_action(session_id, "Dropped item")
    services.sessions.add_agenda_item(session_id, "Talk about the plan")
    services.sessions.add_private_note(session_id, "Only mine")
    services.session_edits.delete_action(dropped)  # deleted on its own, before the session
    tombstoned = services.session_edits.delete_session(session_id)
    assert kept in tombstoned and dropped not in tombstoned
    services.session_edits.restore_session(session_id, tombstoned)
    detail = services.sessions.detail(session_id)
    assert [a.text for a in detail.actions] == ["Open item"]
    assert [a.text for a in detail.agenda] == ["Talk about the plan"]
    assert detail.private_notes == ("Only mine",)
    assert [a.text for a in services.sessions.open_actions(pairing.id)] == ["Open item"]


def test_session_report_leaves_out_what_it_must(services: Services, pairing: PairingInfo) -> None:
    from mentordesk.services.session_report import has_confidential, session_report_html

    session_id = services.sessions.add_session(
        pairing.id, WHEN, title="Week 3", notes="We **agreed** on retries"
    )
    services.sessions.add_action(session_id, "Shared step")
    services.sessions.add_action(session_id, "Compensation talk", visibility=Visibility.CONFIDENTIAL)
    services.session_edits.set_private_notes(session_id, "my private worry")
    detail = services.sessions.detail(session_id)
    assert has_confidential(detail)
    shared = session_report_html(detail, pairing, include_confidential=False)
    assert "Shared step" in shared and "<strong>agreed</strong>" in shared
    assert "Compensation talk" not in shared and "Confidential action items left out: 1." in shared
    full = session_report_html(detail, pairing, include_confidential=True)
    assert "Compensation talk" in full
    assert all("my private worry" not in html for html in (shared, full))

    secret = services.sessions.add_session(
        pairing.id, WHEN, title="Incident", notes="vendor blame", visibility=Visibility.CONFIDENTIAL
    )
    out = session_report_html(services.sessions.detail(secret), pairing, include_confidential=False)
    assert "vendor blame" not in out and "left out" in out
