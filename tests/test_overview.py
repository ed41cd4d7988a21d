"""The Overview: each pairing's figures, what needs attention first, and the mentor's hours by week."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from mentordesk.domain import (
    Cadence,
    CardKind,
    NewPairing,
    PairingInfo,
    Role,
    SessionKind,
    Visibility,
)
from mentordesk.overview import Calibration, MentorBudget, MentorWeek, calibration_state
from mentordesk.services import Services
from mentordesk.services.redaction import ReviewSwitch
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.mentor_time import chosen_budget, set_budget
from mentordesk.ui.pages.overview import OverviewPage, time_summary, time_warning
from mentordesk.ui.preferences import PreferencesDialog
from mentordesk.ui.review_mode import ReviewMode

UTC = dt.UTC
NOW = dt.datetime(2026, 11, 5, 12, 0, tzinfo=UTC)  # day 36 of a pairing started 1 Oct
START = dt.date(2026, 10, 1)


def at(day: int, month: int = 11, hour: int = 10) -> dt.datetime:
    return dt.datetime(2026, month, day, hour, 0, tzinfo=UTC)


@pytest.fixture
def two(services: Services) -> Iterator[tuple[PairingInfo, PairingInfo]]:
    """Two pairings I mentor: one with much waiting, one up to date."""
    busy = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY), name="Priya & Sam"
    )
    calm = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Jonas", dt.date(2026, 10, 20), Cadence.BIWEEKLY),
        name="Priya & Jonas",
    )
    sessions = services.sessions
    held = sessions.add_session(busy.id, at(20, 10), duration_minutes=90)  # 16 days before NOW
    sessions.add_action(held, "Write the runbook", due_date=dt.date(2026, 10, 30))
    sessions.add_action(held, "Read the ADR", due_date=dt.date(2026, 11, 20))  # not due yet
    sessions.add_action(held, "Old and done", due_date=dt.date(2026, 10, 25), done=True)
    sessions.add_action(held, "Private one", due_date=dt.date(2026, 10, 25), visibility=Visibility.PRIVATE)
    done_column = next(c for c in services.plans.columns(busy.id) if c.is_done)
    doing = next(c for c in services.plans.columns(busy.id) if not c.is_done)
    services.plans.add_card(doing.id, "First deploy", kind=CardKind.MILESTONE, due_date=dt.date(2026, 11, 1))
    services.plans.add_card(
        done_column.id, "Done late", kind=CardKind.MILESTONE, due_date=dt.date(2026, 11, 1)
    )
    services.plans.add_card(doing.id, "A task", due_date=dt.date(2026, 11, 1))  # not a milestone
    decision = services.decisions.add_decision(busy.id, "Queue choice", dt.date(2026, 10, 22))
    services.reviews.submit(decision, Role.MENTEE)
    sessions.add_session(calm.id, at(2), duration_minutes=60)  # held this week (Mon 2 Nov)
    sessions.add_session(calm.id, at(9), kind=SessionKind.CALIBRATION, duration_minutes=45)  # planned
    yield busy, calm


def test_each_pairing_is_counted_and_the_one_needing_attention_comes_first(
    services: Services, two: tuple[PairingInfo, PairingInfo]
) -> None:
    busy, calm = two
    first, second = services.overview.glances(NOW, UTC)
    assert (first.pairing.id, second.pairing.id) == (busy.id, calm.id)
    assert first.day == 36 and first.last_session == at(20, 10) and first.next_session is None
    assert first.days_past_cadence == 16 - 7
    assert (first.overdue_actions, first.awaiting_review, first.milestones_late) == (2, 1, 1)
    assert first.calibration is Calibration.LATE and first.calibration_on is None
    assert second.day == 17 and second.next_session == at(9) and second.days_past_cadence == 0
    assert second.calibration is Calibration.PLANNED and second.calibration_on == dt.date(2026, 11, 9)
    assert second.attention() == 0 < first.attention()
    # Review mode counts shared records only, and shows one pairing
    (shown,) = services.overview.glances(NOW, UTC, only=busy.id, shared_only=True)
    assert shown.overdue_actions == 1


def test_the_calibration_call_is_due_between_days_25_and_35() -> None:
    assert calibration_state(24, None, None) is Calibration.NOT_YET
    assert calibration_state(25, None, None) is calibration_state(35, None, None) is Calibration.DUE
    assert calibration_state(36, None, None) is Calibration.LATE
    assert calibration_state(40, dt.date(2026, 11, 1), None) is Calibration.HELD


def test_mentor_hours_are_summed_by_week_held_and_planned(
    services: Services, two: tuple[PairingInfo, PairingInfo]
) -> None:
    services.pairings.create(  # a pairing where I am the mentee: not my mentoring time
        NewPairing("Priya", Role.MENTEE, "Ana", START, Cadence.WEEKLY), name="Ana & Priya"
    )
    mentee_side = next(p for p in services.pairings.list_pairings() if p.name == "Ana & Priya")
    services.sessions.add_session(mentee_side.id, at(3), duration_minutes=120)
    weeks = services.overview.mentor_weeks(dt.date(2026, 11, 2), 3, NOW, UTC)
    assert [w.first_day for w in weeks] == [
        dt.date(2026, 10, 19),
        dt.date(2026, 10, 26),
        dt.date(2026, 11, 2),
    ]
    assert [(w.held_minutes, w.planned_minutes) for w in weeks] == [(90, 0), (0, 0), (60, 0)]
    later = services.overview.mentor_weeks(dt.date(2026, 11, 9), 1, NOW, UTC)
    assert [(w.held_minutes, w.planned_minutes) for w in later] == [(0, 45)]


def test_the_mentoring_time_is_said_against_the_budget_with_a_warning_past_15_percent() -> None:
    budget = MentorBudget()  # 10 % of 40 hours
    week = MentorWeek(dt.date(2026, 11, 2), held_minutes=180, planned_minutes=60)
    assert time_summary(week, budget) == (
        "This week: 4 h in sessions of your 4 h (10 % of a 40-hour week), 1 h of it still planned"
    )
    assert time_warning(week, budget) == ""
    busy = MentorWeek(dt.date(2026, 11, 2), held_minutes=7 * 60, planned_minutes=0)
    assert "18 % of your working week" in time_warning(busy, budget)
    assert time_warning(busy, MentorBudget(week_hours=60)) == ""  # 7 h of 60 is under 15 %


def test_the_budget_is_kept_in_the_preferences(qapp: object) -> None:
    QSettings().clear()
    assert chosen_budget() == MentorBudget(40, 0.10)
    set_budget(MentorBudget(32, 0.15))
    assert chosen_budget() == MentorBudget(32, 0.15)
    QSettings().setValue("mentoring/share_percent", "lots")  # a hand-edited value: the default instead
    assert chosen_budget().share == 0.10


def test_one_click_on_a_pairing_opens_it(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_page("Overview")
    assert isinstance(page, OverviewPage)
    names = [g.pairing.name for g in page.model.rows()]
    assert len(names) == len(window.services.pairings.list_pairings()) >= 2
    other = next(r for r, g in enumerate(page.model.rows()) if g.pairing.id != window.current_pairing().id)  # type: ignore[union-attr]
    wanted = page.model.rows()[other].pairing
    rect = page.table.visualRect(page.model.index(other, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_pairing() == wanted
    assert window.page_stack.currentWidget() is window.page("Prepare")


def test_review_mode_shows_only_the_pairing_on_screen(window: MainWindow) -> None:
    window.review.set_on(True)
    page = window.show_page("Overview")
    assert isinstance(page, OverviewPage)
    assert [g.pairing.id for g in page.model.rows()] == [window.current_pairing().id]  # type: ignore[union-attr]
    assert page.time_box.isHidden()


def test_the_preferences_set_the_mentoring_budget(qtbot: QtBot) -> None:
    QSettings().clear()
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = PreferencesDialog(ReviewMode(parent, ReviewSwitch(), QSettings()), print, print, print, None)
    qtbot.addWidget(dialog)
    assert (dialog.budget_share.value(), dialog.week_hours.value()) == (10, 40)
    dialog.budget_share.setValue(15)
    dialog.week_hours.setValue(32)
    assert chosen_budget() == MentorBudget(32, 0.15)
