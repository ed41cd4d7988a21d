"""The share of a working week a mentor sets aside for mentoring, as chosen in the Preferences."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSettings

from mentordesk.overview import BUDGET_SHARE, WORK_WEEK_HOURS, MentorBudget
from mentordesk.ui.dates import first_day_of_week

WEEK_HOURS_KEY = "mentoring/week_hours"
SHARE_KEY = "mentoring/share_percent"


def _number(key: str, default: float, low: float, high: float) -> float:
    try:
        value = float(str(QSettings().value(key, default)))
    except ValueError:
        return default
    return value if low <= value <= high else default


def chosen_budget() -> MentorBudget:
    return MentorBudget(
        week_hours=_number(WEEK_HOURS_KEY, WORK_WEEK_HOURS, 1, 100),
        share=_number(SHARE_KEY, BUDGET_SHARE * 100, 1, 100) / 100,
    )


def set_budget(budget: MentorBudget) -> None:
    settings = QSettings()
    settings.setValue(WEEK_HOURS_KEY, budget.week_hours)
    settings.setValue(SHARE_KEY, round(budget.share * 100, 1))


def week_start(today: dt.date) -> dt.date:
    """The first day of the week `today` is in, as the Preferences (or the system's language) start it."""
    first = first_day_of_week().value  # Monday 1 … Sunday 7, as isoweekday
    return today - dt.timedelta(days=(today.isoweekday() - first) % 7)
