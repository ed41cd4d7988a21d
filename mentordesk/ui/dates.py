"""Dates as the window writes them, in one place: month names and day-or-month-first from the system's
locale (QLocale), a short form ("29 Nov 2026"), a long one ("Sun 29 Nov 2026"), times the locale's way,
and relative days ("in 3 days") where they read better. Date fields show the same short form."""

from __future__ import annotations

import datetime as dt
from functools import cache

from PySide6.QtCore import QDate, QLocale, QSettings, Qt, QTime
from PySide6.QtWidgets import QDateTimeEdit

from mentordesk import wording
from mentordesk.domain import PairingInfo
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate

RELATIVE_DAYS = 6  # further than this, a date reads better than "in 9 days"
WEEK_START_KEY = "appearance/week_start"
WEEK_STARTS = {  # translated where shown (the Preferences)
    "locale": QT_TRANSLATE_NOOP("Preferences", "As the system's language does"),
    "monday": QT_TRANSLATE_NOOP("Preferences", "Monday"),
    "sunday": QT_TRANSLATE_NOOP("Preferences", "Sunday"),
    "saturday": QT_TRANSLATE_NOOP("Preferences", "Saturday"),
}
_DAYS = {"monday": Qt.DayOfWeek.Monday, "sunday": Qt.DayOfWeek.Sunday, "saturday": Qt.DayOfWeek.Saturday}


PLAN_DAYS = 90


def chosen_week_start() -> str:
    value = str(QSettings().value(WEEK_START_KEY, "locale"))
    return value if value in WEEK_STARTS else "locale"


def first_day_of_week() -> Qt.DayOfWeek:
    """The day calendars start their weeks on: the one chosen in the Preferences, or the locale's."""
    return _DAYS.get(chosen_week_start(), QLocale().firstDayOfWeek())


@cache
def _month_first() -> bool:
    """Whether the locale writes the month before the day (en_US: "Nov 29, 2026")."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    return 0 <= pattern.find("M") < pattern.find("d")


def day_pattern(*, year: bool = True, weekday: bool = False) -> str:
    """The Qt date pattern of the short form (for date fields): "d MMM yyyy" or "MMM d, yyyy"."""
    core = "MMM d" if _month_first() else "d MMM"
    if year:
        core = f"{core}, yyyy" if _month_first() else f"{core} yyyy"
    return f"ddd {core}" if weekday else core


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def day_month(day: dt.date) -> str:
    """Day and month, for lists that show this season's dates: "29 Nov"."""
    return QLocale().toString(_qdate(day), day_pattern(year=False))


def short(day: dt.date) -> str:
    """ "29 Nov 2026"."""
    return QLocale().toString(_qdate(day), day_pattern())


def long(day: dt.date) -> str:
    """ "Sun 29 Nov 2026"."""
    return QLocale().toString(_qdate(day), day_pattern(weekday=True))


def time_of(moment: dt.datetime) -> str:
    local = moment.astimezone()
    return QLocale().toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def moment_short(moment: dt.datetime) -> str:
    """A moment in local time: "29 Nov 2026, 10:00"."""
    return f"{short(moment.astimezone().date())}, {time_of(moment)}"


def moment_long(moment: dt.datetime) -> str:
    """ "Sun 29 Nov 2026, 10:00"."""
    return f"{long(moment.astimezone().date())}, {time_of(moment)}"


def relative(day: dt.date, today: dt.date) -> str:
    """ "today", "tomorrow", "in 3 days", "yesterday", "3 days ago"; the short form further away."""
    days = (day - today).days
    if days == 0:
        return translate("dates", "today")
    if days == 1:
        return translate("dates", "tomorrow")
    if days == -1:
        return translate("dates", "yesterday")
    if 0 < days <= RELATIVE_DAYS:
        return translate("dates", "in {days} days").format(days=days)
    if -RELATIVE_DAYS <= days < 0:
        return translate("dates", "{days} days ago").format(days=-days)
    return short(day)


def plan_day(pairing: PairingInfo, today: dt.date) -> str:
    """Where a pairing stands in its 90-day plan: "day 25 of 90"; "starts in 3 days" before its start
    date (day 1); "day 120, after the 90-day plan" once the plan's days are over (it goes on)."""
    day = pairing.day_number(today)
    if day < 1:
        return translate("dates", "starts {when}").format(when=relative(pairing.start_date, today))
    if day <= PLAN_DAYS:
        return translate("dates", "day {day} of 90").format(day=day)
    return translate("dates", "day {day}, after the 90-day plan").format(day=day)


def show_dates_alike(edit: QDateTimeEdit, *, time: bool = False) -> QDateTimeEdit:
    """A date (or date and time) field in the window's short form, with the locale's time, and a
    calendar to pick from whose weeks start on the day chosen."""
    pattern = day_pattern(weekday=time)
    if time:
        pattern += ", " + QLocale().timeFormat(QLocale.FormatType.ShortFormat)
    edit.setDisplayFormat(pattern)
    edit.setCalendarPopup(True)
    calendar = edit.calendarWidget()
    if calendar is not None:
        calendar.setFirstDayOfWeek(first_day_of_week())
    return edit


def month_year(day: dt.date) -> str:
    """A month and its year: "Nov 2026"."""
    return QLocale().toString(_qdate(day), "MMM yyyy")


# The services' texts (agendas, reports, the charts' axes) write dates as the window does.
wording.use_date_forms(short, day_month, month_year)
