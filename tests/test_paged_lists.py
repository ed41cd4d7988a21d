"""Long lists read a window at a time: the service's count, windows and positions agree with the whole
ordered list for every order and filter, Review mode's hidden records stay out of all three, and the
Decisions and Sessions pages read only the blocks on screen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
import time_machine
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.domain import (
    DecisionInfo,
    DecisionStatus,
    PairingInfo,
    RecordKind,
    ReviewState,
    Role,
    Visibility,
)
from mentordesk.listing import DecisionQuery, SessionQuery
from mentordesk.services import Services
from mentordesk.services.redaction import ReviewSwitch
from mentordesk.ui import paged_model
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages import list_page
from mentordesk.ui.pages.decisions import DecisionsPage
from mentordesk.ui.pages.sessions import SessionsPage

NOW = dt.datetime(2026, 11, 20, 12, tzinfo=dt.UTC)
TITLES = ("Queue", "ledger", "Cache", "audit 100%", "Batch_size", "cache")
STATUSES = tuple(DecisionStatus)


def decisions_of(services: Services, pairing: PairingInfo, count: int) -> list[str]:
    """`count` decisions whose titles, dates, statuses and review states repeat, so every order has ties."""
    made = []
    for n in range(count):
        made.append(
            services.decisions.add_decision(
                pairing.id,
                f"{TITLES[n % len(TITLES)]} {n % 7}",
                dt.date(2026, 1 + n % 3, 1 + n % 5),
                status=STATUSES[n % len(STATUSES)],
                review_state=ReviewState.AWAITING_REVIEW if n % 4 == 0 else ReviewState.DRAFT,
                visibility=Visibility.CONFIDENTIAL if n % 5 == 0 else Visibility.SHARED,
                tags=("storage",) if n % 3 == 0 else ("people",) if n % 3 == 1 else (),
            )
        )
    return made


def windows(services: Services, pairing: PairingInfo, query: DecisionQuery, size: int) -> list[str]:
    ids: list[str] = []
    while len(batch := services.decisions.page(pairing.id, query, len(ids), size)) > 0:
        ids.extend(d.id for d in batch)
    return ids


QUERIES = [
    DecisionQuery(),
    DecisionQuery(sort="title"),
    DecisionQuery(sort="title", descending=True),
    DecisionQuery(sort="status"),
    DecisionQuery(sort="review", descending=True),
    DecisionQuery(sort="date"),
    DecisionQuery(sort="number"),
    DecisionQuery(text="CACHE"),
    DecisionQuery(text="100%"),
    DecisionQuery(text="_size"),
    DecisionQuery(text="stor"),
    DecisionQuery(text="ADR-012"),
    DecisionQuery(tag="people", sort="date", descending=True),
    DecisionQuery(status=DecisionStatus.ACCEPTED, review_state=ReviewState.DRAFT),
    DecisionQuery(awaiting=Role.MENTOR),
    DecisionQuery(shared_only=True, sort="title"),
]


@pytest.mark.parametrize("query", QUERIES, ids=repr)
def test_windows_counts_and_positions_agree_with_the_whole_list(
    services: Services, mentee_pairing: PairingInfo, query: DecisionQuery
) -> None:
    decisions_of(services, mentee_pairing, 40)
    whole = services.decisions.page(mentee_pairing.id, query, 0, -1)
    ids = [d.id for d in whole]
    assert len(set(ids)) == len(ids)
    assert windows(services, mentee_pairing, query, 7) == ids
    assert services.decisions.count(mentee_pairing.id, query) == len(ids)
    for place, decision_id in enumerate(ids):
        assert services.decisions.position(mentee_pairing.id, query, decision_id) == place
    everything = {d.id for d in services.decisions.list_decisions(mentee_pairing.id)}
    for left_out in everything - set(ids):
        assert services.decisions.position(mentee_pairing.id, query, left_out) is None


def test_orders_and_filters_mean_what_the_page_says(services: Services, mentee_pairing: PairingInfo) -> None:
    decisions_of(services, mentee_pairing, 40)
    pairing = mentee_pairing.id

    def listed(query: DecisionQuery) -> list:  # type: ignore[type-arg]
        return services.decisions.page(pairing, query, 0, -1)

    assert [d.number for d in listed(DecisionQuery())] == list(range(40, 0, -1))
    titles = [d.title for d in listed(DecisionQuery(sort="title"))]
    assert titles == sorted(titles, key=str.casefold)
    dates = [d.decided_on for d in listed(DecisionQuery(sort="date", descending=True))]
    assert dates == sorted(dates, reverse=True)
    assert {d.title.split()[0] for d in listed(DecisionQuery(text="cache"))} == {"Cache", "cache"}
    assert [d.title for d in listed(DecisionQuery(text="100%"))] == [
        d.title for d in listed(DecisionQuery()) if "100%" in d.title
    ]
    assert all("_size" in d.title for d in listed(DecisionQuery(text="_size")))
    assert [d.number for d in listed(DecisionQuery(text="ADR-012"))] == [12]
    assert all("people" in d.tags for d in listed(DecisionQuery(tag="people")))
    awaiting = listed(DecisionQuery(awaiting=Role.MENTOR))
    assert awaiting and all(d.awaits_review_by(Role.MENTOR) for d in awaiting)
    assert listed(DecisionQuery(awaiting=Role.MENTEE)) == []  # the mentee wrote them all


def test_review_mode_keeps_hidden_decisions_out_of_counts_windows_and_positions(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    made = decisions_of(services, mentee_pairing, 20)
    switch = ReviewSwitch(on=True)
    guarded = services.guarded_by(switch).decisions
    hidden = made[0]  # every fifth is confidential
    query = DecisionQuery()
    shown = guarded.page(mentee_pairing.id, query, 0, 10)
    assert len(shown) == 10 and all(d.visibility is Visibility.SHARED for d in shown)
    assert guarded.count(mentee_pairing.id, query) == 16
    assert guarded.position(mentee_pairing.id, query, hidden) is None
    assert guarded.tally(mentee_pairing.id, DecisionQuery(awaiting=Role.MENTOR)).total == 16
    switch.on = False
    assert guarded.count(mentee_pairing.id, query) == 20
    assert guarded.position(mentee_pairing.id, query, hidden) == 19


def test_sessions_list_upcoming_soonest_first_then_held_latest_first(
    services: Services, mentee_pairing: PairingInfo
) -> None:
    offsets = [-30, 5, -2, 40, -9, 1, -1, 12]
    for days in offsets:
        services.sessions.add_session(mentee_pairing.id, NOW + dt.timedelta(days=days), title=f"{days:+}")
    services.sessions.add_session(mentee_pairing.id, NOW + dt.timedelta(days=5), title="+5 again")
    query = SessionQuery(now=NOW)
    whole = services.sessions.page(mentee_pairing.id, query, 0, -1)
    assert [s.title for s in whole][:5] in (
        ["+1", "+5", "+5 again", "+12", "+40"],
        ["+1", "+5 again", "+5", "+12", "+40"],
    )
    assert [s.title for s in whole][5:] == ["-1", "-2", "-9", "-30"]
    for place, session in enumerate(whole):
        assert services.sessions.position(mentee_pairing.id, query, session.id) == place
        assert services.sessions.page(mentee_pairing.id, query, place, 1) == [session]
    tally = services.sessions.tally(mentee_pairing.id, query)
    assert (tally.held, tally.upcoming) == (4, 5)
    by_title = services.sessions.page(mentee_pairing.id, SessionQuery(now=NOW, sort="title"), 0, -1)
    assert [s.title for s in by_title] == sorted((s.title for s in whole), key=str.casefold)


@pytest.fixture
def small_blocks(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Blocks of 10 rows, column widths fitted to 10 rows: the page's real sizes (200 and 200) scaled
    down to a list of 120."""
    monkeypatch.setattr(paged_model, "BLOCK", 10)
    monkeypatch.setattr(list_page, "RESIZE_PRECISION", 10)
    yield


def test_the_decisions_page_reads_only_the_blocks_on_screen(
    qtbot: QtBot, services: Services, mentee_pairing: PairingInfo, small_blocks: None
) -> None:
    made = decisions_of(services, mentee_pairing, 120)
    windows_read: list[tuple[int, int]] = []
    read_window = services.decisions.page

    def counted(pairing_id: str, query: DecisionQuery, offset: int, limit: int) -> list[DecisionInfo]:
        windows_read.append((offset, limit))
        return read_window(pairing_id, query, offset, limit)

    services.decisions.page = counted  # type: ignore[method-assign]
    create_application()
    page = DecisionsPage(services, ChangeHub())
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    page.set_pairing(mentee_pairing)
    qtbot.waitExposed(page)
    assert page.model.rowCount() == 120
    fitted = len(windows_read)
    assert 1 <= fitted <= 4  # the rows on screen (and those the widths are fitted to), not all 12 blocks
    assert page.subtitle.text().startswith("120 decisions")

    oldest = made[0]  # number 1: last in the log's order, in the last block
    assert page.open_record(RecordKind.DECISION, oldest)
    assert page.selected_row() is not None and page.selected_row().id == oldest  # type: ignore[union-attr]
    assert len(windows_read) <= fitted + 2

    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    first = page.model.row_at(0)
    titles = [d.title.casefold() for d in services.decisions.list_decisions(mentee_pairing.id)]
    assert first is not None and first.title.casefold() == min(titles)
    assert page.selected_row() is not None and page.selected_row().id == oldest  # type: ignore[union-attr]

    page.table.sortByColumn(5, Qt.SortOrder.AscendingOrder)  # Tags: not an order the log offers
    assert page.model.row_at(0) == first
    assert page.table.horizontalHeader().sortIndicatorSection() == 1

    page.filter.setText("cache 3")
    assert page.model.rowCount() == len(
        [d for d in services.decisions.list_decisions(mentee_pairing.id) if "cache 3" in d.title.casefold()]
    )
    assert page.subtitle.text().startswith(f"{page.model.rowCount()} of 120 decisions")


def test_the_sessions_page_shows_held_and_upcoming_counts_and_filters_by_title(
    qtbot: QtBot, services: Services, mentee_pairing: PairingInfo, small_blocks: None
) -> None:
    for days in range(-30, 15):
        services.sessions.add_session(mentee_pairing.id, NOW + dt.timedelta(days=days), title=f"Day {days}")
    create_application()
    page = SessionsPage(services, ChangeHub())
    qtbot.addWidget(page)
    page.resize(1300, 500)
    page.show()
    with time_machine.travel(NOW, tick=False):
        page.set_pairing(mentee_pairing)
        assert page.model.rowCount() == 45
        assert page.subtitle.text() == "30 held, 15 upcoming"
        assert page.model.row_at(0).title == "Day 0"  # type: ignore[union-attr]
        page.filter.setText("Day -2")
        shown = [page.model.row_at(r).title for r in range(page.model.rowCount())]  # type: ignore[union-attr]
        assert page.subtitle.text() == "11 shown · 30 held, 15 upcoming"
    assert shown == ["Day -2", *(f"Day -2{n}" for n in range(10))]
