"""Service facades: plain objects out, one transaction per action, rules enforced."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.domain import (
    Cadence,
    CardKind,
    DatePrecision,
    DecisionStatus,
    NewPairing,
    PairingInfo,
    ReviewState,
    Role,
    SessionKind,
    Visibility,
)
from mentordesk.services import NotFoundError, Services
from mentordesk.services.plans import phase_dates

START = dt.date(2026, 10, 1)


@pytest.fixture
def pairing(services: Services) -> PairingInfo:
    return services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY, goals="Ship")
    )


def test_create_pairing_sets_me_and_default_columns(services: Services, pairing: PairingInfo) -> None:
    assert (pairing.mentor.name, pairing.mentee.name, pairing.my_role) == ("Priya", "Sam", Role.MENTOR)
    assert pairing.name == "Priya & Sam" and pairing.partner.name == "Sam"
    me = services.pairings.me()
    assert me is not None and me.name == "Priya"
    columns = services.plans.columns(pairing.id)
    assert [c.title for c in columns] == ["Backlog", "Days 1–30", "Days 31–60", "Days 61–90", "Done"]
    assert [c.is_done for c in columns] == [False, False, False, False, True]
    assert phase_dates(START, columns[0]) is None
    assert phase_dates(START, columns[1]) == (START, dt.date(2026, 10, 30))
    assert phase_dates(START, columns[3]) == (dt.date(2026, 11, 30), dt.date(2026, 12, 29))
    assert pairing.day_number(START) == 1


def test_second_pairing_reuses_me_and_can_be_found_by_name(services: Services, pairing: PairingInfo) -> None:
    other = services.pairings.create(NewPairing("Priya", Role.MENTEE, "Lee", START, Cadence.MONTHLY))
    assert other.my_role is Role.MENTEE and other.mentee.id == pairing.mentor.id
    assert services.pairings.find("Lee & Priya").id == other.id
    assert services.pairings.find(other.id).name == "Lee & Priya"
    with pytest.raises(NotFoundError):
        services.pairings.find("Nobody")


def test_create_pairing_rejects_bad_input_without_writing(services: Services, pairing: PairingInfo) -> None:
    with pytest.raises(ValueError, match="already exists"):
        services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY))
    with pytest.raises(ValueError, match="names"):
        services.pairings.create(NewPairing("  ", Role.MENTOR, "Sam", START, Cadence.WEEKLY))
    assert len(services.pairings.list_pairings()) == 1


def test_cards_append_in_order_with_badges(services: Services, pairing: PairingInfo) -> None:
    services.pairings.add_competency(pairing.id, "Design")
    column = services.plans.columns(pairing.id)[1]
    first = services.plans.add_card(column.id, "One", kind=CardKind.GOAL, competencies=["Design"])
    second = services.plans.add_card(column.id, "Two", checklist=[("a", True), ("b", False), ("c", True)])
    cards = services.plans.cards(pairing.id)
    assert [c.id for c in cards] == [first, second]
    assert cards[0].position < cards[1].position
    assert cards[0].competencies == ("Design",) and cards[0].kind is CardKind.GOAL
    assert (cards[1].checklist_done, cards[1].checklist_total) == (2, 3)
    assert [(e.text, e.done) for e in services.board.checklist(second)] == [
        ("a", True),
        ("b", False),
        ("c", True),
    ]


def test_sessions_upcoming_first_then_past_and_open_actions(services: Services, pairing: PairingInfo) -> None:
    now = dt.datetime(2026, 10, 20, 12, tzinfo=dt.UTC)
    old = services.sessions.add_session(pairing.id, now - dt.timedelta(days=14), title="Old")
    recent = services.sessions.add_session(pairing.id, now - dt.timedelta(days=7), title="Recent")
    soon = services.sessions.add_session(pairing.id, now + dt.timedelta(days=1), kind=SessionKind.CALIBRATION)
    later = services.sessions.add_session(pairing.id, now + dt.timedelta(days=8), title="Later")
    services.sessions.add_action(recent, "Open one", due_date=dt.date(2026, 10, 19))
    services.sessions.add_action(recent, "Done one", done=True)
    services.sessions.add_agenda_item(soon, "Goals", added_by=Role.MENTEE)
    services.sessions.add_private_note(recent, "Only for me")
    listed = services.sessions.list_sessions(pairing.id, now=now)
    assert [s.id for s in listed] == [soon, later, recent, old]
    assert listed[0].title == "Calibration"
    assert {s.id: s.open_actions for s in listed}[recent] == 1
    [open_action] = services.sessions.open_actions(pairing.id)
    assert open_action.text == "Open one" and open_action.is_overdue(dt.date(2026, 10, 20))
    detail = services.sessions.detail(recent)
    assert [a.text for a in detail.actions] == ["Open one", "Done one"]
    assert detail.private_notes == ("Only for me",)
    assert services.sessions.detail(soon).agenda[0].added_by is Role.MENTEE
    with pytest.raises(ValueError, match="1 to 5"):
        services.sessions.add_session(pairing.id, now, feedback_rating=9)


def test_superseding_updates_both_records(services: Services, pairing: PairingInfo) -> None:
    old = services.decisions.add_decision(
        pairing.id, "Negative amounts", START, status=DecisionStatus.ACCEPTED
    )
    new = services.decisions.add_decision(
        pairing.id, "Own entry type", START, supersedes_id=old, tags=["ledger", "refunds"], context="why"
    )
    old_detail, new_detail = services.decisions.detail(old), services.decisions.detail(new)
    assert old_detail.decision.status is DecisionStatus.SUPERSEDED
    assert old_detail.superseded_by == (new,)
    assert new_detail.supersedes == old
    assert new_detail.decision.number == 2 and new_detail.decision.tags == ("ledger", "refunds")
    assert services.decisions.number_to_id(pairing.id, 2) == new


def test_review_queue_and_revisits(services: Services, pairing: PairingInfo) -> None:
    mine = services.decisions.add_decision(
        pairing.id, "Mentee's", START, author_role=Role.MENTEE, review_state=ReviewState.AWAITING_REVIEW
    )
    services.decisions.add_decision(
        pairing.id, "Mentor's", START, author_role=Role.MENTOR, review_state=ReviewState.AWAITING_REVIEW
    )
    due = services.decisions.add_decision(pairing.id, "Revisit", START, revisit_on=dt.date(2026, 10, 10))
    services.decisions.add_decision(pairing.id, "Later", START, revisit_on=dt.date(2027, 1, 1))
    assert [d.id for d in services.decisions.awaiting_review_by(pairing.id, Role.MENTOR)] == [mine]
    assert [d.id for d in services.decisions.revisit_due(pairing.id, dt.date(2026, 10, 20))] == [due]
    comment = services.reviews.add_comment(mine, "What would break?", section="context", is_principle=True)
    [listed] = services.decisions.detail(mine).comments
    assert (listed.id, listed.section, listed.is_principle) == (comment, "context", True)
    with pytest.raises(ValueError, match="Unknown decision sections"):
        services.decisions.add_decision(pairing.id, "Bad", START, colour="red")


def test_archeology_events_with_lanes_and_causes(services: Services, pairing: PairingInfo) -> None:
    services.archeology.add_component(pairing.id, "Billing", "#059669")
    services.archeology.add_era(pairing.id, "Monolith", dt.date(2014, 1, 1), dt.date(2018, 1, 1))
    cause = services.archeology.add_event(
        pairing.id,
        "Rounding bug",
        dt.date(2017, 4, 1),
        precision=DatePrecision.QUARTER,
        components=["Billing"],
    )
    effect = services.archeology.add_event(
        pairing.id, "Integers", dt.date(2017, 5, 1), visibility=Visibility.PRIVATE
    )
    services.archeology.link_events(cause, effect)
    events = services.archeology.events(pairing.id)
    assert [(e.title, e.when) for e in events] == [("Rounding bug", "Q2 2017"), ("Integers", "2017-05-01")]
    assert events[0].components == ("Billing",) and events[1].causes == (cause,)
    with pytest.raises(ValueError, match="Unknown components"):
        services.archeology.add_event(pairing.id, "X", dt.date(2020, 1, 1), components=["Nope"])
    with pytest.raises(ValueError, match="ends before"):
        services.archeology.add_era(pairing.id, "Backwards", dt.date(2020, 1, 1), dt.date(2019, 1, 1))
    with pytest.raises(ValueError, match="cannot cause itself"):
        services.archeology.link_events(cause, cause)


def test_missing_records_raise_not_found(services: Services) -> None:
    with pytest.raises(NotFoundError):
        services.sessions.detail("00000000-0000-4000-8000-000000000000")
    with pytest.raises(NotFoundError):
        services.pairings.get("nope")
