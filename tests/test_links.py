"""Links between cards, decisions, sessions and archeology events."""

from __future__ import annotations

import datetime as dt

import pytest

from mentordesk.domain import Cadence, DatePrecision, NewPairing, PairingInfo, RecordKind, Role
from mentordesk.services import NotFoundError, Services

START = dt.date(2026, 10, 1)

KICK_OFF = dt.datetime(2026, 10, 2, 9, tzinfo=dt.UTC)  # labelled by its local day: 1 Oct west of UTC−9


@pytest.fixture
def records(services: Services, mentee_pairing: PairingInfo) -> dict[RecordKind, str]:
    """One record of each linkable kind in the pairing."""
    column = services.plans.columns(mentee_pairing.id)[0].id
    return {
        RecordKind.CARD: services.plans.add_card(column, "Read the storage layer"),
        RecordKind.DECISION: services.decisions.add_decision(mentee_pairing.id, "Keep SQLite", START),
        RecordKind.SESSION: services.sessions.add_session(mentee_pairing.id, KICK_OFF, title="Kick-off"),
        RecordKind.EVENT: services.archeology.add_event(
            mentee_pairing.id, "Ledger outage", dt.date(2019, 7, 1), precision=DatePrecision.QUARTER
        ),
    }


def test_a_decision_links_to_cards_sessions_and_events_both_ways(
    services: Services, records: dict[RecordKind, str]
) -> None:
    decision = records[RecordKind.DECISION]
    for kind in (RecordKind.EVENT, RecordKind.CARD, RecordKind.SESSION):
        services.links.add_link(RecordKind.DECISION, decision, kind, records[kind])
    assert [(link.kind, link.title) for link in services.links.links_of(RecordKind.DECISION, decision)] == [
        (RecordKind.SESSION, f"Kick-off ({KICK_OFF.astimezone():%-d %b %Y})"),
        (RecordKind.CARD, "Read the storage layer"),
        (RecordKind.EVENT, "Ledger outage (Q3 2019)"),
    ]
    for kind in (RecordKind.EVENT, RecordKind.CARD, RecordKind.SESSION):
        (back,) = services.links.links_of(kind, records[kind])
        assert (back.kind, back.record_id, back.title) == (
            RecordKind.DECISION,
            decision,
            "ADR-001 Keep SQLite",
        )


def test_linking_twice_either_way_keeps_one_link(services: Services, records: dict[RecordKind, str]) -> None:
    decision, event = records[RecordKind.DECISION], records[RecordKind.EVENT]
    first = services.links.add_link(RecordKind.DECISION, decision, RecordKind.EVENT, event)
    assert services.links.add_link(RecordKind.EVENT, event, RecordKind.DECISION, decision) == first
    assert len(services.links.links_of(RecordKind.DECISION, decision)) == 1
    services.links.remove_link(first)
    assert services.links.links_of(RecordKind.EVENT, event) == []


def test_candidates_are_filtered_by_kind(
    services: Services, mentee_pairing: PairingInfo, records: dict[RecordKind, str]
) -> None:
    kinds = (RecordKind.CARD, RecordKind.SESSION, RecordKind.EVENT)
    found = services.links.candidates(mentee_pairing.id, kinds)
    assert {(c.kind, c.record_id) for c in found} == {(k, records[k]) for k in kinds}
    default = services.links.candidates(mentee_pairing.id)
    assert [c.kind for c in default] == [RecordKind.DECISION, RecordKind.SESSION]


def test_deleted_records_drop_out_of_links(services: Services, records: dict[RecordKind, str]) -> None:
    decision, card = records[RecordKind.DECISION], records[RecordKind.CARD]
    services.links.add_link(RecordKind.DECISION, decision, RecordKind.CARD, card)
    services.board.delete_card(card)
    assert services.links.links_of(RecordKind.DECISION, decision) == []
    with pytest.raises(NotFoundError):
        services.links.add_link(RecordKind.DECISION, decision, RecordKind.CARD, card)


def test_links_stay_inside_one_pairing(
    services: Services, mentee_pairing: PairingInfo, records: dict[RecordKind, str]
) -> None:
    other = services.pairings.create(NewPairing("Lee", Role.MENTEE, "Ana", START, Cadence.WEEKLY))
    foreign = services.decisions.add_decision(other.id, "Elsewhere", START)
    with pytest.raises(ValueError, match="same pairing"):
        services.links.add_link(RecordKind.CARD, records[RecordKind.CARD], RecordKind.DECISION, foreign)
    with pytest.raises(ValueError, match="itself"):
        decision = records[RecordKind.DECISION]
        services.links.add_link(RecordKind.DECISION, decision, RecordKind.DECISION, decision)


def test_candidates_are_found_by_what_is_typed_a_bounded_few_at_a_time(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    from mentordesk.services.links import CANDIDATE_LIMIT

    day = dt.date(2026, 10, 1)
    ids = [
        services.decisions.add_decision(mentee_pairing.id, f"Choice {n} for the ledger", day)
        for n in range(1, CANDIDATE_LIMIT + 11)
    ]
    odd = services.decisions.add_decision(mentee_pairing.id, "Keep 100% of refunds_v2", day)

    def titles(text: str = "", **options: object) -> list[str]:
        kinds = (RecordKind.DECISION,)
        return [c.title for c in services.links.candidates(mentee_pairing.id, kinds, text, **options)]  # type: ignore[arg-type]

    newest = titles()
    assert len(newest) == CANDIDATE_LIMIT and newest[0].endswith("Keep 100% of refunds_v2")
    assert titles(" choice  3 FOR ") == [f"ADR-{3:03d} Choice 3 for the ledger"]  # any case and spacing
    assert titles("ADR-7") == [f"ADR-{7:03d} Choice 7 for the ledger"] == titles("7")[-1:]  # by number
    assert titles("100%") == titles("s_v") == [f"ADR-{len(ids) + 1:03d} Keep 100% of refunds_v2"]
    assert titles("0%") == titles("100%") and titles("1%0") == []  # % and _ mean themselves
    assert odd not in {c.record_id for c in services.links.candidates(mentee_pairing.id, exclude=[odd])}
    assert len(titles("ledger", limit=5)) == 5
