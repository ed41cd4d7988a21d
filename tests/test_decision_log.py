"""Decision log services: lifecycle, supersede/amend, review workflow, revisions, lock, revisits."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.domain import (
    ConsideredOption,
    DecisionDraft,
    DecisionStatus,
    Outcome,
    PairingInfo,
    ReviewState,
    Role,
    Verdict,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.services.decision_data import LockedError, from_snapshot, snapshot

TODAY = dt.date(2026, 11, 2)
NOW = dt.datetime(2026, 11, 2, 15, 0, tzinfo=dt.UTC)


def draft(title: str = "Keep the ledger in SQLite", **fields: object) -> DecisionDraft:
    base = DecisionDraft(
        title=title,
        decided_on=TODAY,
        context="We need a ledger that survives restarts.",
        options=(
            ConsideredOption("SQLite", good=("One file",), bad=("One writer",)),
            ConsideredOption("Postgres"),
        ),
        chosen_option="SQLite",
        rationale="Nothing else to run.",
    )
    return DecisionDraft(**{**base.__dict__, **fields})  # type: ignore[arg-type]


def test_create_update_and_read_back_every_field(services: Services, mentee_pairing: PairingInfo) -> None:
    full = draft(
        drivers="- cheap\n- simple",
        consequences_good="Backups are copies.",
        consequences_bad="One writer.",
        consequences_other="We learn SQL.",
        confirmation="Restart test passes.",
        expected_outcome="No lost entries.",
        notes="Kept from import.",
        confidence=4,
        revisit_on=dt.date(2027, 2, 1),
        tags=("storage",),
        visibility=Visibility.CONFIDENTIAL,
    )
    first = services.decisions.create(mentee_pairing.id, draft("First"), Role.MENTEE)
    second = services.decisions.create(mentee_pairing.id, full, Role.MENTEE)
    detail = services.decisions.detail(second)
    assert detail.draft == full
    assert detail.decision.number == services.decisions.detail(first).decision.number + 1
    assert (
        detail.decision.status is DecisionStatus.PROPOSED
        and detail.decision.review_state is ReviewState.DRAFT
    )
    services.decisions.update(second, draft("  Renamed   ledger "))
    assert services.decisions.detail(second).draft.title == "Renamed ledger"
    assert from_snapshot(snapshot(full)) == full


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"title": "  "}, "needs a title"),
        ({"title": "x" * 301}, "301 characters"),
        ({"confidence": 6}, "1 to 5"),
        ({"options": (ConsideredOption(" "),)}, "needs a name"),
    ],
)
def test_bad_drafts_are_refused_with_the_reason(
    services: Services, mentee_pairing: PairingInfo, change: dict[str, object], message: str
) -> None:
    with pytest.raises(ValueError, match=message):
        services.decisions.create(mentee_pairing.id, draft(**change), Role.MENTEE)
    assert services.decisions.list_decisions(mentee_pairing.id) == []


def test_status_lifecycle_is_enforced(services: Services, mentee_pairing: PairingInfo) -> None:
    record = services.decisions.create(mentee_pairing.id, draft(), Role.MENTEE)
    with pytest.raises(ValueError, match="proposed decision cannot become deprecated"):
        services.decisions.set_status(record, DecisionStatus.DEPRECATED)
    with pytest.raises(ValueError, match="naming the decision that replaces it"):
        services.decisions.set_status(record, DecisionStatus.SUPERSEDED)
    services.decisions.set_status(record, DecisionStatus.REJECTED)
    services.decisions.set_status(record, DecisionStatus.PROPOSED)
    services.decisions.set_status(record, DecisionStatus.ACCEPTED)
    services.decisions.set_status(record, DecisionStatus.DEPRECATED)
    assert services.decisions.detail(record).decision.status is DecisionStatus.DEPRECATED


def test_supersede_updates_both_records_and_refuses_cycles(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    a = services.decisions.create(mentee_pairing.id, draft("A"), Role.MENTEE)
    b = services.decisions.create(mentee_pairing.id, draft("B"), Role.MENTEE)
    c = services.decisions.create(mentee_pairing.id, draft("C"), Role.MENTEE)
    services.decisions.set_status(a, DecisionStatus.ACCEPTED)
    services.decisions.supersede(a, b)
    assert services.decisions.detail(a).decision.status is DecisionStatus.SUPERSEDED
    assert services.decisions.detail(a).superseded_by == (b,)
    assert services.decisions.detail(b).supersedes == a
    with pytest.raises(ValueError, match="already superseded"):
        services.decisions.supersede(a, c)
    with pytest.raises(ValueError, match="itself"):
        services.decisions.supersede(b, b)
    services.decisions.supersede(b, c)
    assert services.decisions.detail(c).supersedes == b
    services.decisions.amend(c, a)
    assert services.decisions.detail(a).amended_by == (c,)
    assert services.decisions.detail(c).amends == a
    services.decisions.amend(c, None)
    assert services.decisions.detail(a).amended_by == ()


def test_supersede_refuses_a_loop(services: Services, mentee_pairing: PairingInfo) -> None:
    a = services.decisions.create(mentee_pairing.id, draft("A"), Role.MENTEE)
    b = services.decisions.create(mentee_pairing.id, draft("B"), Role.MENTEE)
    services.decisions.supersede(a, b)
    services.decisions.set_status(b, DecisionStatus.ACCEPTED)
    # a is superseded already, so a cannot take b's place; the loop check guards chains built by imports
    with pytest.raises(ValueError):
        services.decisions.supersede(b, a)


def test_accepted_body_is_locked_but_status_outcome_and_addenda_change(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    record = services.decisions.create(mentee_pairing.id, draft(), Role.MENTEE)
    services.decisions.set_status(record, DecisionStatus.ACCEPTED)
    with pytest.raises(LockedError, match="accepted: its text can no longer change"):
        services.decisions.update(record, draft(rationale="Rewritten history"))
    services.decisions.update(record, draft(tags=("storage",), revisit_on=dt.date(2027, 1, 5)))
    services.decisions.add_addendum(record, "Backups run nightly now.", Role.MENTEE, TODAY)
    services.decisions.record_outcome(record, Outcome.PARTLY, "Fine until the second writer.", TODAY)
    with pytest.raises(LockedError):
        services.decisions.delete(record)
    detail = services.decisions.detail(record)
    assert detail.draft.rationale == "Nothing else to run." and detail.draft.tags == ("storage",)
    assert [a.body for a in detail.addenda] == ["Backups run nightly now."]
    assert (detail.actual_outcome, detail.revisited_on) == (Outcome.PARTLY, TODAY)
    services.decisions.set_status(record, DecisionStatus.DEPRECATED)


def test_review_round_trip_with_revisions_and_diff(services: Services, mentee_pairing: PairingInfo) -> None:
    record = services.decisions.create(mentee_pairing.id, draft(), Role.MENTEE)
    with pytest.raises(ValueError, match="Only the author"):
        services.reviews.submit(record, Role.MENTOR)
    assert services.reviews.submit(record, Role.MENTEE) == 1
    with pytest.raises(ValueError, match="already waiting"):
        services.reviews.submit(record, Role.MENTEE)
    assert [d.id for d in services.decisions.awaiting_review_by(mentee_pairing.id, Role.MENTOR)] == [record]
    with pytest.raises(ValueError, match="cannot review their own"):
        services.reviews.give_verdict(mentee_pairing, record, Verdict.APPROVE, Role.MENTEE, "", NOW)
    with pytest.raises(ValueError, match="Say what should change"):
        services.reviews.give_verdict(mentee_pairing, record, Verdict.REQUEST_CHANGES, Role.MENTOR, " ", NOW)
    anchored = services.reviews.add_comment(
        record, "What about two writers?", author_role=Role.MENTOR, section="options"
    )
    services.reviews.add_comment(record, "The app has one.", author_role=Role.MENTEE, parent_id=anchored)
    services.reviews.give_verdict(
        mentee_pairing, record, Verdict.REQUEST_CHANGES, Role.MENTOR, "Add the risk.", NOW
    )
    assert services.decisions.detail(record).decision.review_state is ReviewState.CHANGES_REQUESTED
    services.decisions.update(record, draft(consequences_bad="Only one writer at a time."))
    assert services.reviews.submit(record, Role.MENTEE, "Added the risk") == 2
    services.reviews.give_verdict(mentee_pairing, record, Verdict.APPROVE, Role.MENTOR, "", NOW)
    detail = services.decisions.detail(record)
    assert detail.decision.review_state is ReviewState.REVIEWED
    assert [r.number for r in detail.revisions] == [1, 2] and detail.revisions[1].note == "Added the risk"
    [reply] = [c for c in detail.comments if c.parent_id is not None]
    assert (reply.parent_id, reply.section) == (anchored, "options")
    assert [c.verdict for c in detail.comments if c.verdict] == [Verdict.REQUEST_CHANGES, Verdict.APPROVE]
    [changed] = services.reviews.diff(record, 1, 2)
    assert changed.section == "consequences_bad" and changed.lines == (("+", "Only one writer at a time."),)
    assert services.reviews.diff(record, 2, None) == []
    with pytest.raises(ValueError, match="no section called"):
        services.reviews.add_comment(record, "Hm", section="colour")


def test_discuss_in_session_puts_it_on_the_next_agenda(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    mentor_view = services.pairings.get(mentee_pairing.id)
    record = services.decisions.create(mentee_pairing.id, draft(), Role.MENTEE)
    services.reviews.submit(record, Role.MENTEE)
    services.reviews.give_verdict(
        mentor_view, record, Verdict.DISCUSS, Role.MENTOR, "Let's talk it through.", NOW
    )
    [upcoming] = [s for s in services.sessions.list_sessions(mentee_pairing.id, NOW) if s.starts_at >= NOW]
    agenda = [a.text for a in services.sessions.detail(upcoming.id).agenda]
    assert "Discuss ADR-001 Keep the ledger in SQLite" in agenda
    assert services.decisions.detail(record).decision.review_state is ReviewState.AWAITING_REVIEW


def test_revisit_outcomes_and_summary(services: Services, mentee_pairing: PairingInfo) -> None:
    ids = [
        services.decisions.create(
            mentee_pairing.id, draft(f"D{n}", revisit_on=dt.date(2026, 10, n)), Role.MENTEE
        )
        for n in range(1, 5)
    ]
    for record in ids:
        services.decisions.set_status(record, DecisionStatus.ACCEPTED)
    proposed = services.decisions.create(mentee_pairing.id, draft("Still open"), Role.MENTEE)
    with pytest.raises(ValueError, match="Only accepted decisions"):
        services.decisions.record_outcome(proposed, Outcome.HELD_UP, "Too early", TODAY)
    with pytest.raises(ValueError, match="how it turned out"):
        services.decisions.record_outcome(ids[0], Outcome.HELD_UP, "  ", TODAY)
    services.decisions.record_outcome(ids[0], Outcome.HELD_UP, "Yes", TODAY)
    services.decisions.record_outcome(ids[1], Outcome.DID_NOT_HOLD, "No", TODAY)
    services.decisions.record_outcome(ids[2], Outcome.HELD_UP, "Yes", TODAY)
    assert [d.id for d in services.decisions.revisit_due(mentee_pairing.id, TODAY)] == [ids[3]]
    summary = services.reviews.revisit_summary(mentee_pairing.id, TODAY)
    assert (summary.due, summary.revisited) == (1, 3)
    assert summary.outcomes[Outcome.HELD_UP] == 2 and summary.outcomes[Outcome.DID_NOT_HOLD] == 1
    assert summary.median_days_to_review is None
    listed = {d.id: d for d in services.decisions.list_decisions(mentee_pairing.id)}
    assert listed[ids[3]].revisit_due(TODAY) and not listed[ids[0]].revisit_due(TODAY)


def test_median_time_to_review(services: Services, mentee_pairing: PairingInfo) -> None:
    record = services.decisions.create(mentee_pairing.id, draft(), Role.MENTEE)
    services.reviews.submit(record, Role.MENTEE)
    later = dt.datetime.now(dt.UTC) + dt.timedelta(days=2)
    services.reviews.give_verdict(mentee_pairing, record, Verdict.APPROVE, Role.MENTOR, "", later)
    summary = services.reviews.revisit_summary(mentee_pairing.id, TODAY)
    assert summary.median_days_to_review == pytest.approx(2, abs=0.01)
