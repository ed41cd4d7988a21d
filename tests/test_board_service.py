"""Board logic without Qt: ordering, moves, WIP, milestones, archive/delete, checklists, columns."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from mentordesk.domain import Cadence, CardDraft, CardFilter, CardKind, NewPairing, PairingInfo, Role
from mentordesk.services import NotFoundError, Services
from mentordesk.services.board import GAP, matches, over_limit, position_between
from mentordesk.storage.models import Card

START = dt.date(2026, 10, 1)


@pytest.fixture
def pairing(services: Services) -> PairingInfo:
    return services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY))


def titles(services: Services, column_id: str) -> list[str]:
    return [c.title for c in services.plans.cards_in(column_id)]


def positions_written(services: Services) -> dict[str, float]:
    with services.db.read() as session:
        return {c.title: c.position for c in session.query(Card)}


def test_position_between() -> None:
    assert position_between(None, None) == GAP
    assert position_between(None, 10.0) == 10.0 - GAP
    assert position_between(10.0, None) == 10.0 + GAP
    assert position_between(1.0, 2.0) == 1.5
    assert position_between(1.0, 1.0 + 1e-7) is None


@given(st.lists(st.integers(min_value=0, max_value=30), min_size=1, max_size=60))
def test_repeated_inserts_stay_ordered(indexes: list[int]) -> None:
    """Inserting at arbitrary places keeps a strictly increasing order, renumbering only when needed."""
    positions: list[float] = []
    for index in indexes:
        index = min(index, len(positions))
        before = positions[index - 1] if index else None
        after = positions[index] if index < len(positions) else None
        new = position_between(before, after)
        if new is None:
            positions.insert(index, 0.0)
            positions = [GAP * (n + 1) for n in range(len(positions))]
        else:
            positions.insert(index, new)
        assert positions == sorted(positions) and len(set(positions)) == len(positions)


def test_create_moves_and_order_within_a_column(services: Services, pairing: PairingInfo) -> None:
    backlog, first, *_ = services.plans.columns(pairing.id)
    for title in ("A", "B", "C"):
        services.board.create_card(backlog.id, CardDraft(title))
    services.board.create_card(backlog.id, CardDraft("Top"), index=0)
    assert titles(services, backlog.id) == ["Top", "A", "B", "C"]
    before = positions_written(services)
    c = next(card.id for card in services.plans.cards_in(backlog.id) if card.title == "C")
    services.board.move_card(c, backlog.id, 1)
    assert titles(services, backlog.id) == ["Top", "C", "A", "B"]
    after = positions_written(services)
    assert {t for t in before if before[t] != after[t]} == {"C"}  # one row written, no renumbering
    services.board.move_card(c, first.id, 0)
    assert titles(services, backlog.id) == ["Top", "A", "B"] and titles(services, first.id) == ["C"]
    assert services.board.location(c) == (first.id, 0)


def test_crowded_column_is_renumbered(services: Services, pairing: PairingInfo) -> None:
    backlog = services.plans.columns(pairing.id)[0]
    ids = [services.board.create_card(backlog.id, CardDraft(t)) for t in ("A", "B")]
    for _ in range(60):  # always between the first two: halves the gap each time
        services.board.move_card(services.board.create_card(backlog.id, CardDraft("x")), backlog.id, 1)
    order = titles(services, backlog.id)
    assert order[0] == "A" and order[-1] == "B" and len(order) == 62
    assert services.board.location(ids[1]) == (backlog.id, 61)


def test_milestone_reached_on_done_and_cleared_when_leaving(services: Services, pairing: PairingInfo) -> None:
    columns = services.plans.columns(pairing.id)
    done = next(c for c in columns if c.is_done)
    milestone = services.board.create_card(columns[1].id, CardDraft("First on-call", kind=CardKind.MILESTONE))
    services.board.move_card(milestone, done.id, 0)
    assert services.plans.card(milestone).reached_on == dt.date.today()
    services.board.move_card(milestone, columns[1].id, 0)
    assert services.plans.card(milestone).reached_on is None


def test_edit_archive_delete_restore(services: Services, pairing: PairingInfo) -> None:
    services.pairings.add_competency(pairing.id, "Design")
    column = services.plans.columns(pairing.id)[1]
    card = services.board.create_card(column.id, CardDraft("Draft"))
    draft = CardDraft("Edited", CardKind.GOAL, Role.MENTOR, START, "**why**", competencies=("Design",))
    services.board.update_card(card, draft)
    assert services.board.draft(card) == draft
    assert services.plans.card(card).competencies == ("Design",)
    services.board.set_archived(card, True)
    assert services.plans.cards(pairing.id) == []
    assert [c.id for c in services.plans.cards(pairing.id, include_archived=True)] == [card]
    services.board.set_archived(card, False)
    services.board.delete_card(card)
    with pytest.raises(NotFoundError):
        services.plans.card(card)
    services.board.restore_card(card)
    assert services.plans.card(card).title == "Edited"


@pytest.mark.parametrize("title", ["", "   ", "x" * 301])
def test_bad_titles_are_refused(services: Services, pairing: PairingInfo, title: str) -> None:
    column = services.plans.columns(pairing.id)[0]
    with pytest.raises(ValueError, match="title"):
        services.board.create_card(column.id, CardDraft(title))
    assert services.plans.cards(pairing.id) == []


def test_checklist_items(services: Services, pairing: PairingInfo) -> None:
    card = services.board.create_card(services.plans.columns(pairing.id)[0].id, CardDraft("Card"))
    first, second, third = (services.board.add_checklist_item(card, t) for t in ("one", "two", "three"))
    services.board.set_checklist_done(second, True)
    services.board.move_checklist_item(third, 0)
    services.board.delete_checklist_item(first)
    assert [(e.text, e.done) for e in services.board.checklist(card)] == [("three", False), ("two", True)]
    info = services.plans.card(card)
    assert (info.checklist_done, info.checklist_total) == (1, 2)
    with pytest.raises(ValueError, match="needs some text"):
        services.board.add_checklist_item(card, "  ")


def test_columns_add_rename_reorder_delete(services: Services, pairing: PairingInfo) -> None:
    extra = services.board.add_column(pairing.id, "Stretch goals", wip_limit=2)
    services.board.update_column(extra, "Stretch", 3)
    services.board.move_column(extra, 0)
    columns = services.plans.columns(pairing.id)
    assert (columns[0].title, columns[0].wip_limit) == ("Stretch", 3)
    card = services.board.create_card(extra, CardDraft("Big idea"))
    with pytest.raises(ValueError, match="should go"):
        services.board.delete_column(extra, None)
    services.board.delete_column(extra, columns[1].id)
    assert [c.title for c in services.plans.columns(pairing.id)] == [
        "Backlog",
        "Days 1–30",
        "Days 31–60",
        "Days 61–90",
        "Done",
    ]
    assert services.board.location(card)[0] == columns[1].id
    with pytest.raises(ValueError, match="at least 1"):
        services.board.update_column(columns[1].id, "Backlog", 0)


def test_wip_and_phase_dates(services: Services, pairing: PairingInfo) -> None:
    column = services.plans.columns(pairing.id)[1]
    services.board.update_column(column.id, column.title, 1)
    limited = services.plans.columns(pairing.id)[1]
    assert not over_limit(limited, 1) and over_limit(limited, 2)
    assert not over_limit(services.plans.columns(pairing.id)[0], 500)


def test_filters(services: Services, pairing: PairingInfo) -> None:
    columns = services.plans.columns(pairing.id)
    done = next(c for c in columns if c.is_done)
    services.pairings.add_competency(pairing.id, "Design")
    late = services.board.create_card(
        columns[1].id, CardDraft("Late task", due_date=dt.date(2026, 10, 5), competencies=("Design",))
    )
    services.board.create_card(
        columns[1].id, CardDraft("Mentor goal", CardKind.GOAL, Role.MENTOR, description="x")
    )
    services.board.create_card(done.id, CardDraft("Finished", due_date=dt.date(2026, 10, 2)))
    cards = services.plans.cards(pairing.id)
    today = dt.date(2026, 10, 20)

    def shown(wanted: CardFilter) -> list[str]:
        return sorted(c.title for c in cards if matches(c, wanted, today, [done.id]))

    assert shown(CardFilter()) == ["Finished", "Late task", "Mentor goal"]
    assert shown(CardFilter(text="LATE")) == ["Late task"]
    assert shown(CardFilter(owner=Role.MENTOR)) == ["Mentor goal"]
    assert shown(CardFilter(kind=CardKind.GOAL)) == ["Mentor goal"]
    assert shown(CardFilter(competency="Design")) == ["Late task"]
    assert shown(CardFilter(overdue_only=True)) == ["Late task"]
    assert shown(CardFilter(hide_done=True)) == ["Late task", "Mentor goal"]
    assert late in {c.id for c in cards}
