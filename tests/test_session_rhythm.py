"""Templates, carried-forward action items and the Prepare page's draft agenda (services, no Qt)."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.domain import (
    AgendaPoint,
    Cadence,
    CardDraft,
    NewPairing,
    PairingInfo,
    ReviewState,
    Role,
    SessionKind,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.services.redaction import ReviewSwitch
from mentordesk.services.templates import built_in_templates, parse_template
from mentordesk.storage.models import Card

START = dt.date(2026, 10, 1)
NOW = dt.datetime(2026, 10, 20, 12, tzinfo=dt.UTC)


@pytest.fixture
def pairing(services: Services) -> PairingInfo:
    return services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY))


def test_built_in_templates_cover_the_rhythm() -> None:
    by_name = {t.name: t for t in built_in_templates()}
    assert {
        "Weekly 1:1",
        "Shadowing-rotation debrief",
        "Incident review",
        "30/60/90 calibration call",
    } <= set(by_name)
    weekly = by_name["Weekly 1:1"]
    assert weekly.kind is SessionKind.ONE_ON_ONE and weekly.built_in
    assert weekly.agenda[0] == "Wins since last time" and "## Agenda" not in weekly.notes
    assert by_name["Shadowing-rotation debrief"].kind is SessionKind.SHADOWING


@pytest.mark.parametrize(
    ("text", "problem"),
    [("# no front matter", "front matter"), ("---\nkind: calibration\n---\n", "needs a name")],
)
def test_bad_template_files_name_the_problem(text: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        parse_template(text)


def test_user_templates(services: Services) -> None:
    template_id = services.templates.save_template(
        "Design review prep", SessionKind.PAIR_PROGRAMMING, ["Read the doc", " "], "## Questions\n"
    )
    mine = services.templates.find("Design review prep")
    assert (mine.id, mine.agenda, mine.kind) == (template_id, ("Read the doc",), SessionKind.PAIR_PROGRAMMING)
    assert (
        services.templates.save_template("Design review prep", SessionKind.ONE_ON_ONE, [], "") == template_id
    )
    with pytest.raises(ValueError, match="built-in"):
        services.templates.save_template("Weekly 1:1", SessionKind.ONE_ON_ONE, [], "")
    services.templates.delete_template(template_id)
    with pytest.raises(ValueError, match="no template"):
        services.templates.find("Design review prep")


def test_template_prefills_and_open_actions_carry_forward(services: Services, pairing: PairingInfo) -> None:
    first = services.sessions.add_session(pairing.id, NOW - dt.timedelta(days=14))
    services.sessions.add_action(first, "Read the runbook", due_date=dt.date(2026, 10, 10))
    services.sessions.add_action(first, "Done already", done=True)
    weekly = services.templates.find("Weekly 1:1")
    second = services.sessions.create_session(
        pairing.id, NOW - dt.timedelta(days=7), template=weekly, agenda=[AgendaPoint("Feedback on ADR-1")]
    )
    detail = services.sessions.detail(second)
    texts = [a.text for a in detail.agenda]
    assert texts[: len(weekly.agenda)] == list(weekly.agenda)
    assert texts[len(weekly.agenda) :] == ["Feedback on ADR-1", "Open action: Read the runbook (mentee)"]
    assert detail.session.kind is SessionKind.ONE_ON_ONE and detail.session.title == "1:1"
    assert detail.session.notes == weekly.notes
    services.sessions.add_action(second, "Draft ADR-2")

    third = services.sessions.create_session(pairing.id, NOW)
    carried = [a.text for a in services.sessions.detail(third).agenda]
    assert carried == ["Open action: Read the runbook (mentee)", "Open action: Draft ADR-2 (mentee)"]


def test_a_session_planned_before_the_actions_lists_them_as_carried(
    services: Services, pairing: PairingInfo
) -> None:
    held = services.sessions.add_session(pairing.id, NOW - dt.timedelta(days=7))
    planned = services.sessions.create_session(pairing.id, NOW + dt.timedelta(days=7))
    open_one = services.sessions.add_action(held, "Read the runbook", due_date=dt.date(2026, 10, 24))
    services.sessions.add_action(held, "Already done", done=True)
    secret = services.sessions.add_session(
        pairing.id, NOW - dt.timedelta(days=3), visibility=Visibility.CONFIDENTIAL
    )
    services.sessions.add_action(secret, "Talk to HR")
    services.sessions.add_action(planned, "Its own item")

    detail = services.sessions.detail(planned)
    assert [a.text for a in detail.actions] == ["Its own item"]
    carried = {a.text: a for a in detail.carried}
    assert set(carried) == {"Read the runbook", "Talk to HR"}
    assert carried["Read the runbook"].recorded_at == NOW - dt.timedelta(days=7)
    assert carried["Talk to HR"].visibility is Visibility.CONFIDENTIAL
    assert services.sessions.detail(held).carried == ()  # nothing was recorded before it

    screen = services.guarded_by(ReviewSwitch(on=True))  # what Review mode lets the pages see
    assert [a.text for a in screen.sessions.detail(planned).carried] == ["Read the runbook"]
    services.session_edits.update_action(
        open_one, text="Read the runbook", owner=Role.MENTEE, due_date=None, done=True
    )
    assert [a.text for a in services.sessions.detail(planned).carried] == ["Talk to HR"]


def test_template_notes_are_used(services: Services, pairing: PairingInfo) -> None:
    debrief = services.templates.find("Shadowing-rotation debrief")
    created = services.sessions.create_session(pairing.id, NOW, template=debrief)
    with services.db.read() as session:
        from mentordesk.storage.models import MentoringSession

        record = session.get(MentoringSession, created)
        assert record is not None
        assert record.notes.startswith("## What happened") and record.template == debrief.name
        assert record.kind is SessionKind.SHADOWING


def test_done_actions_stop_carrying(services: Services, pairing: PairingInfo) -> None:
    first = services.sessions.add_session(pairing.id, NOW - dt.timedelta(days=7))
    services.sessions.add_action(first, "Finished", done=True)
    later = services.sessions.create_session(pairing.id, NOW)
    assert services.sessions.detail(later).agenda == ()


def test_draft_agenda_for_prepare(services: Services, pairing: PairingInfo) -> None:
    held = services.sessions.add_session(pairing.id, NOW - dt.timedelta(days=7))
    services.sessions.add_action(held, "Send the runbook", due_date=dt.date(2026, 10, 15))
    services.sessions.add_action(held, "Not due yet", due_date=dt.date(2026, 11, 1))
    services.decisions.add_decision(
        pairing.id, "Refund entries", START, author_role=Role.MENTEE, review_state=ReviewState.AWAITING_REVIEW
    )
    services.decisions.add_decision(pairing.id, "Old choice", START, revisit_on=dt.date(2026, 10, 18))
    columns = services.plans.columns(pairing.id)
    late = services.board.create_card(columns[1].id, CardDraft("Sandbox", due_date=dt.date(2026, 10, 12)))
    moved = services.board.create_card(columns[1].id, CardDraft("On-call shadow"))
    untouched = services.board.create_card(columns[1].id, CardDraft("Read the overview"))
    with services.db.write() as session:
        for card_id in (late, moved, untouched):  # as if written before the last session
            card = session.get(Card, card_id)
            assert card is not None
            card.updated_at = NOW - dt.timedelta(days=10)
    services.board.move_card(moved, columns[2].id, 0)

    draft = services.prepare.draft_agenda(pairing, NOW)
    assert [p.text for p in draft] == [
        "Overdue: Send the runbook (mentee, due 15 Oct)",
        "Review ADR-001 Refund entries",
        "Revisit ADR-002 Old choice: how did it turn out?",
        "Plan: “Sandbox” is overdue",
        "Plan: “On-call shadow” changed since the last session",
    ]
    next_session = services.sessions.create_session(pairing.id, NOW + dt.timedelta(days=1), agenda=draft)
    texts = [a.text for a in services.sessions.detail(next_session).agenda]
    assert texts[: len(draft)] == [p.text for p in draft] and "Open action: Not due yet (mentee)" in texts


def test_next_slot_follows_the_cadence(pairing: PairingInfo) -> None:
    from mentordesk.services.prepare import next_slot

    last = dt.datetime(2026, 10, 13, 9, tzinfo=dt.UTC)
    assert next_slot(pairing, last, NOW) == dt.datetime(2026, 10, 20, 9, tzinfo=dt.UTC) + dt.timedelta(days=1)
    assert next_slot(pairing, last, dt.datetime(2026, 10, 14, tzinfo=dt.UTC)) == dt.datetime(
        2026, 10, 20, 9, tzinfo=dt.UTC
    )
    assert next_slot(pairing, None, NOW) == dt.datetime(2026, 10, 21, 10, tzinfo=dt.UTC)


def test_points_go_to_the_next_session_once(services: Services, pairing: PairingInfo) -> None:
    services.sessions.add_session(pairing.id, NOW - dt.timedelta(days=7))
    review, calibrate = AgendaPoint("Review ADR-001"), AgendaPoint("Calibrate goals")
    created = services.prepare.add_to_next_session(pairing, [review], NOW)
    assert services.prepare.add_to_next_session(pairing, [review, calibrate], NOW) == created
    detail = services.sessions.detail(created)
    assert [a.text for a in detail.agenda] == ["Review ADR-001", "Calibrate goals"]
    assert detail.session.starts_at == NOW - dt.timedelta(days=7) + dt.timedelta(
        days=7, hours=0
    ) + dt.timedelta(days=1)
