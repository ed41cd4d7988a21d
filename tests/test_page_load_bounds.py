"""A page asks the database the same number of times however many records a pairing holds, and lists
what fits a person's attention: Prepare at 6 or at 70 changed cards, submitted decisions and sessions."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager

import time_machine
from pytestqt.qtbot import QtBot
from sqlalchemy import event

from mentordesk.app import create_application
from mentordesk.domain import Cadence, CardDraft, NewPairing, PairingInfo, Role
from mentordesk.services import Services
from mentordesk.services.prepare import AGENDA_CARDS, ATTENTION_LIMIT
from mentordesk.ui.hub import ChangeHub
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
