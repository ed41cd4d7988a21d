"""A page asks the database the same number of times however many records a pairing holds, and Prepare
lists what fits a person's attention however many cards changed since the last session."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
import time_machine
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentordesk.app import create_application
from mentordesk.domain import Cadence, CardDraft, NewPairing, PairingInfo, RecordKind, Role
from mentordesk.services import Services
from mentordesk.services.prepare import AGENDA_CARDS, ATTENTION_LIMIT
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages import PAGES, PageSpec
from mentordesk.ui.pages.prepare import PreparePage

NOW = dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)


@contextmanager
def counting(services: Services) -> Iterator[list[str]]:
    statements: list[str] = []

    def count(*args: object) -> None:
        statements.append(str(args[2]))

    event.listen(services.db.engine, "before_cursor_execute", count)
    try:
        yield statements
    finally:
        event.remove(services.db.engine, "before_cursor_execute", count)


def pairing_of(services: Services, size: int) -> PairingInfo:
    """A pairing with `size` sessions held, `size` decisions awaiting the mentor and `size` cards
    changed since the last session, half of them overdue."""
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, f"Sam {size}", dt.date(2026, 9, 1), Cadence.WEEKLY)
    )
    for n in range(size):
        services.sessions.add_session(pairing.id, NOW - dt.timedelta(days=size + 1 - n))
        decision = services.decisions.add_decision(pairing.id, f"Decision {n}", dt.date(2026, 9, 2))
        services.reviews.submit(decision, Role.MENTEE)
    column = services.plans.columns(pairing.id)[0].id
    for n in range(size):
        due = dt.date(2026, 11, 1) if n % 2 else None
        services.board.create_card(column, CardDraft(f"Card {n}", due_date=due))
    return pairing


def test_prepare_asks_as_often_and_lists_at_most_its_limit_however_large_the_pairing(
    qtbot: QtBot, services: Services
) -> None:
    create_application()
    with time_machine.travel(NOW, tick=False):
        small, large = pairing_of(services, 6), pairing_of(services, 2 * ATTENTION_LIMIT + 10)
        page = PreparePage(services, ChangeHub())
        qtbot.addWidget(page)
        asked = []
        for pairing in (small, large):
            with counting(services) as statements:
                page.set_pairing(pairing)
            asked.append(len(statements))
            if pairing is small:
                assert page.cards.model.rowCount() == 6 and "more exist" not in page.cards.box.title()
        assert asked[0] == asked[1]
        assert page.cards.model.rowCount() == 2 * ATTENTION_LIMIT
        assert page.cards.box.title().endswith(f"({2 * ATTENTION_LIMIT} shown, more exist)")
        cards_in_draft = [
            page.draft.item(i).text()
            for i in range(page.draft.count())
            if "Plan:" in page.draft.item(i).text()
        ]
        assert len(cards_in_draft) == 2 * AGENDA_CARDS


def filled(services: Services, size: int) -> PairingInfo:
    """A pairing with `size` of every kind of record a page lists, each with the things that hang
    under it (tags, comments, action items, checklist items, links)."""
    pairing = pairing_of(services, size)
    column = services.plans.columns(pairing.id)[1].id
    sessions = [s.id for s in services.sessions.list_sessions(pairing.id)]
    for n in range(size):
        card = services.board.create_card(column, CardDraft(f"Spike {n}", competencies=("Design",)))
        services.board.add_checklist_item(card, f"step {n}")
        event = services.archeology.add_event(pairing.id, f"Outage {n}", dt.date(2020, 1, 1 + n % 28))
        services.sessions.add_action(sessions[n], f"Follow up {n}")
        decision = services.decisions.add_decision(
            pairing.id, f"Choice {n}", dt.date(2026, 9, 3), tags=("storage",)
        )
        services.links.add_link(RecordKind.DECISION, decision, RecordKind.EVENT, event)
    return pairing


@pytest.mark.parametrize("spec", PAGES, ids=lambda spec: spec.title)
def test_every_page_asks_as_often_for_a_small_pairing_as_for_one_four_times_larger(
    qtbot: QtBot, services: Services, spec: PageSpec
) -> None:
    create_application()
    with time_machine.travel(NOW, tick=False):
        pairings = [filled(services, size) for size in (3, 12)]
        page = spec.page_class()(services, ChangeHub())
        qtbot.addWidget(page)
        page.resize(1360, 840)
        page.show()
        asked = []
        for pairing in pairings:
            with counting(services) as statements:
                page.set_pairing(pairing)
                # a page that works its figures out on a thread (Progress) is counted once they are in
                qtbot.waitUntil(lambda: not getattr(page, "working", False), timeout=10_000)
            asked.append(len(statements))
    assert asked[0] == asked[1], (
        f"{spec.title}: {asked[0]} statements for 4 of each record, {asked[1]} for 20"
    )
