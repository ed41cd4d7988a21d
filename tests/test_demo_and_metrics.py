"""The demo data exercises every entity; metrics are computed from crafted data."""

from __future__ import annotations

import datetime as dt

import time_machine
from sqlalchemy import func, select

from mentordesk.domain import (
    ActionItemInfo,
    Cadence,
    CardInfo,
    CardKind,
    ColumnInfo,
    DecisionInfo,
    DecisionStatus,
    PairingInfo,
    PairingStatus,
    PersonInfo,
    RecordKind,
    ReviewState,
    Role,
    SessionInfo,
    SessionKind,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.services.demo import load_demo
from mentordesk.services.metrics import PairingSnapshot, compute_metrics
from mentordesk.sync.records import kinds


def test_demo_is_a_realistic_pairing(demo: Services) -> None:
    pairings = demo.pairings.list_pairings()
    assert len(pairings) >= 1
    main = pairings[0]
    today = dt.date.today()
    assert 14 <= main.day_number(today) <= 45
    cards = demo.plans.cards(main.id)
    assert 20 <= len(cards) <= 30
    assert {c.kind for c in cards} == set(CardKind)
    sessions = demo.sessions.list_sessions(main.id)
    now = dt.datetime.now(dt.UTC)
    assert sum(1 for s in sessions if s.starts_at < now) == 6
    assert demo.sessions.open_actions(main.id)
    decisions = demo.decisions.list_decisions(main.id)
    assert len(decisions) == 9
    assert len({d.status for d in decisions}) >= 4 and len({d.review_state for d in decisions}) == 4
    assert sum(d.comment_count for d in decisions) >= 5
    events = demo.archeology.events(main.id)
    assert 25 <= len(events) <= 35
    assert len(demo.archeology.eras(main.id)) == 3 and len(demo.archeology.components(main.id)) == 4
    assert any(e.causes for e in events)
    assert len(demo.pairings.competencies(main.id)) >= 4
    visibilities = {c.visibility for c in cards} | {d.visibility for d in decisions}
    assert {Visibility.CONFIDENTIAL, Visibility.PRIVATE} <= visibilities
    assert any(demo.sessions.detail(s.id).private_notes for s in sessions)
    linked = [demo.links.links_of(RecordKind.CARD, c.id) for c in cards]
    assert sum(len(links) for links in linked) == 5
    assert {link.kind for links in linked for link in links} == {RecordKind.DECISION, RecordKind.SESSION}
    history = {d.number: demo.links.links_of(RecordKind.DECISION, d.id) for d in decisions}
    assert [link.kind for link in history[6]].count(RecordKind.EVENT) == 3


def _pairing() -> PairingInfo:
    return PairingInfo(
        id="p",
        name="M & E",
        mentor=PersonInfo("m", "M"),
        mentee=PersonInfo("e", "E"),
        my_role=Role.MENTOR,
        start_date=dt.date(2026, 10, 1),
        cadence=Cadence.WEEKLY,
        status=PairingStatus.ACTIVE,
    )


def _session(day: int, rating: int | None = None) -> SessionInfo:
    return SessionInfo(
        id=f"s{day}",
        starts_at=dt.datetime(2026, 10, day, 10, tzinfo=dt.UTC),
        duration_minutes=60,
        kind=SessionKind.ONE_ON_ONE,
        title="1:1",
        visibility=Visibility.SHARED,
        feedback_rating=rating,
    )


def test_the_demo_stamps_nothing_after_the_moment_it_is_made(services: Services) -> None:
    """Late in the day a record "touched today at 18:00" would be written in the future: an export made
    now would then miss every edit of it until the clock passed that hour."""
    now = dt.datetime(2026, 6, 3, 6, 30).astimezone()  # early morning, local time
    with time_machine.travel(now, tick=False):
        load_demo(services)
    with services.db.read() as session:
        for model in kinds().values():
            latest = session.scalar(select(func.max(model.updated_at)))
            first = session.scalar(select(func.max(model.created_at)))
            assert latest is None or latest <= now, model
            assert first is None or first <= now, model


def test_metrics_on_crafted_data() -> None:
    columns = [
        ColumnInfo("c1", "Days 1–30", 1, None, 1, 30, False),
        ColumnInfo("done", "Done", 2, None, None, None, True),
    ]
    cards = [
        CardInfo("k1", "done", "First merged change", CardKind.MILESTONE, Role.MENTEE, Visibility.SHARED, 1,
                 reached_on=dt.date(2026, 10, 12)),
        CardInfo("k2", "c1", "Task", CardKind.TASK, Role.MENTEE, Visibility.SHARED, 2),
    ]  # fmt: skip
    actions = [
        ActionItemInfo("a1", "s1", "done", Role.MENTEE, None, True, Visibility.SHARED),
        ActionItemInfo("a2", "s1", "late", Role.MENTEE, dt.date(2026, 10, 20), False, Visibility.SHARED),
        ActionItemInfo("a3", "s1", "open", Role.MENTOR, None, False, Visibility.SHARED),
    ]
    snapshot = PairingSnapshot(
        pairing=_pairing(),
        sessions=[_session(1, 4), _session(8, 5), _session(29), _session(30)],
        actions=actions,
        decisions=[],
        columns=columns,
        cards=cards,
    )
    now = dt.datetime(2026, 10, 29, 12, tzinfo=dt.UTC)  # day 29: three sessions held, one upcoming
    metrics = {m.name: m.value for m in compute_metrics(snapshot, now)}
    assert metrics["Sessions per month"] == "3.0 (target 4.3)"
    assert metrics["Longest gap"] == "21 days (longer than planned)"
    assert metrics["Completion rate"] == "33% (1 of 3)"
    assert metrics["Overdue"] == "1"
    assert metrics["Reviewed"] == "nothing recorded yet"
    assert metrics["Cards done"] == "1 of 2"
    assert metrics["Milestones reached"] == "First merged change (day 12)"
    assert metrics["Mentee rating"] == "4.5 / 5 over 2 sessions"
    assert metrics["Mentoring hours per week"] == "0.7 h"
    assert all(m.explanation for m in compute_metrics(snapshot, now))


def test_metrics_of_demo_pairing_are_complete(demo: Services) -> None:
    pairing = demo.pairings.list_pairings()[0]
    metrics = demo.metrics.metrics(pairing)
    assert len(metrics) == 10
    assert any(m.name == "Reviewed" and "%" in m.value for m in metrics)
    assert ReviewState.REVIEWED in {d.review_state for d in demo.decisions.list_decisions(pairing.id)}


def test_imported_decisions_are_logged_but_not_counted_as_unreviewed() -> None:
    states = [
        ReviewState.REVIEWED,
        ReviewState.REVIEWED,
        ReviewState.DRAFT,
        ReviewState.IMPORTED,
        ReviewState.IMPORTED,
    ]
    decisions = [
        DecisionInfo(f"d{n}", n, f"D{n}", dt.date(2026, 10, 2), DecisionStatus.ACCEPTED, state, Role.MENTEE,
                     Visibility.SHARED)
        for n, state in enumerate(states, 1)
    ]  # fmt: skip
    snapshot = PairingSnapshot(_pairing(), [], [], decisions, [], [])
    metrics = {m.name: m.value for m in compute_metrics(snapshot, dt.datetime(2026, 10, 29, tzinfo=dt.UTC))}
    assert metrics["Logged"] == "5 (2 imported)"
    assert metrics["Reviewed"] == "67% (2 of 3)"


def test_demo_reviews_have_their_verdicts_so_review_times_are_known(demo: Services) -> None:
    pairing = demo.pairings.list_pairings()[0]
    answered = (ReviewState.REVIEWED, ReviewState.CHANGES_REQUESTED)
    for info in demo.decisions.list_decisions(pairing.id):
        detail = demo.decisions.detail(info.id)
        verdicts = [c.created_at for c in detail.comments if c.verdict is not None]
        if info.review_state in answered:
            assert verdicts and verdicts[-1] >= detail.revisions[0].submitted_at, info.title
        else:
            assert not verdicts, info.title
    summary = demo.reviews.revisit_summary(pairing.id, dt.date.today())
    assert summary.median_days_to_review is not None and summary.median_days_to_review > 0
