"""Dates are written one way across the window: from the locale, short and long, relative nearby."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QDateEdit, QDateTimeEdit

from mentordesk.app import create_application
from mentordesk.domain import Cadence, PairingInfo, PairingStatus, PersonInfo, Role
from mentordesk.ui import dates
from mentordesk.ui.widgets import bound_dates

DAY = dt.date(2026, 11, 29)
TODAY = dt.date(2026, 12, 1)


@pytest.fixture
def locale() -> Iterator[None]:
    create_application()
    before = QLocale()
    yield
    QLocale.setDefault(before)
    dates._month_first.cache_clear()


def use(name: str) -> None:
    QLocale.setDefault(QLocale(name))
    dates._month_first.cache_clear()


def test_the_forms_follow_the_locale(locale: None) -> None:
    use("en_GB")
    assert (dates.day_month(DAY), dates.short(DAY), dates.long(DAY)) == (
        "29 Nov",
        "29 Nov 2026",
        "Sun 29 Nov 2026",
    )
    use("en_US")
    assert (dates.day_month(DAY), dates.short(DAY)) == ("Nov 29", "Nov 29, 2026")
    afternoon = dates.moment_long(dt.datetime(2026, 11, 29, 15, 0).astimezone())
    assert afternoon.replace("\u202f", " ") == "Sun Nov 29, 2026, 3:00 PM"
    use("de_DE")
    assert dates.short(DAY) == "29 Nov. 2026"


def test_nearby_days_read_as_words(locale: None) -> None:
    use("en_GB")
    said = [dates.relative(TODAY + dt.timedelta(days=n), TODAY) for n in (-8, -3, -1, 0, 1, 3, 9)]
    assert said == ["23 Nov 2026", "3 days ago", "yesterday", "today", "tomorrow", "in 3 days", "10 Dec 2026"]


def test_every_date_field_shows_the_short_form(locale: None) -> None:
    use("en_GB")
    day = bound_dates(QDateEdit())
    moment = bound_dates(QDateTimeEdit())
    assert day.displayFormat() == "d MMM yyyy"
    assert moment.displayFormat() == "ddd d MMM yyyy, HH:mm"


def test_a_pairing_is_placed_in_its_90_day_plan_before_during_and_after_it(locale: None) -> None:
    use("en_GB")
    start = dt.date(2026, 9, 1)
    pairing = PairingInfo(
        "p", "Priya & Sam", PersonInfo("a", "Priya"), PersonInfo("b", "Sam"), Role.MENTOR, start,
        Cadence.WEEKLY, PairingStatus.ACTIVE,
    )  # fmt: skip
    assert dates.plan_day(pairing, dt.date(2026, 8, 29)) == "starts in 3 days"
    assert dates.plan_day(pairing, dt.date(2026, 8, 31)) == "starts tomorrow"
    assert dates.plan_day(pairing, start) == "day 1 of 90"
    assert dates.plan_day(pairing, dt.date(2026, 11, 29)) == "day 90 of 90"
    assert dates.plan_day(pairing, TODAY) == "day 92, after the 90-day plan"  # never "day 92 of 90"
