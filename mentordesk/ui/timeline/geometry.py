"""Where things go on the timeline, as plain arithmetic (no Qt), so it can be tested without a window.

x is measured in pixels from the scene's first day; the zoom is a number of pixels per day."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from mentordesk.domain import DatePrecision, period_of
from mentordesk.ui import dates
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP

MIN_PX_PER_DAY = 0.004  # a century in about 150 px
MAX_PX_PER_DAY = 400.0  # a day wider than most labels
MIN_TICK_SPACING = 64.0  # px between two labelled ticks, at least


@dataclass(frozen=True)
class Scale:
    """Maps dates to x and back: `first` is at x = 0."""

    first: dt.date
    px_per_day: float

    def x(self, day: dt.date) -> float:
        return (day.toordinal() - self.first.toordinal()) * self.px_per_day

    def date_at(self, x: float) -> dt.date:
        ordinal = self.first.toordinal() + int(x // self.px_per_day)
        return dt.date.fromordinal(max(1, min(ordinal, dt.date.max.toordinal())))

    def span(self, day: dt.date, precision: DatePrecision) -> tuple[float, float]:
        """From the start of the period to the end of its last day."""
        start, end = period_of(day, precision)
        return self.x(start), self.x(end) + self.px_per_day


def clamp_zoom(px_per_day: float) -> float:
    return max(MIN_PX_PER_DAY, min(MAX_PX_PER_DAY, px_per_day))


@dataclass(frozen=True)
class TickUnit:
    name: str
    approx_days: float


TICK_UNITS = (
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "day"), 1),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "week"), 7),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "month"), 30.44),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "quarter"), 91.31),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "year"), 365.25),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "5 years"), 5 * 365.25),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "decade"), 10 * 365.25),
    TickUnit(QT_TRANSLATE_NOOP("Ticks", "25 years"), 25 * 365.25),
)


YEARS_IN = {"year": 1, "5 years": 5, "decade": 10, "25 years": 25}
"""How many years a tick of the year-long units spans."""


def tick_unit(px_per_day: float, min_spacing: float = MIN_TICK_SPACING) -> TickUnit:
    """The finest unit whose ticks stay at least `min_spacing` apart at this zoom."""
    for unit in TICK_UNITS:
        if unit.approx_days * px_per_day >= min_spacing:
            return unit
    return TICK_UNITS[-1]


def _step(day: dt.date, unit: TickUnit) -> dt.date:
    if unit.name == "day":
        return day + dt.timedelta(days=1)
    if unit.name == "week":
        return day + dt.timedelta(days=7)
    months = {"month": 1, "quarter": 3}.get(unit.name)
    if months is not None:
        year, month = divmod(day.month - 1 + months, 12)
        return dt.date(day.year + year, month + 1, 1)
    years = YEARS_IN[unit.name]
    return dt.date(min(day.year + years, dt.MAXYEAR), 1, 1)


def _floor(day: dt.date, unit: TickUnit) -> dt.date:
    if unit.name == "day":
        return day
    if unit.name == "week":
        return day - dt.timedelta(days=day.weekday())  # Mondays
    if unit.name == "month":
        return day.replace(day=1)
    if unit.name == "quarter":
        return dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)
    years = YEARS_IN[unit.name]
    return dt.date(max(day.year - day.year % years, 1), 1, 1)


def tick_label(day: dt.date, unit: TickUnit) -> str:
    """What a tick says: day and month in the window's date form, a month's short name in the system's
    language, the year where it turns."""
    if unit.name in ("day", "week"):
        return dates.day_month(day) + (f" {day.year}" if day.month == 1 and day.day <= 7 else "")
    month = QLocale().monthName(day.month, QLocale.FormatType.ShortFormat)
    if unit.name == "month":
        return f"{month} {day.year}" if day.month == 1 else month
    if unit.name == "quarter":
        return f"Q{(day.month - 1) // 3 + 1} {day.year}"
    return str(day.year)


def ticks(start: dt.date, end: dt.date, unit: TickUnit) -> list[tuple[dt.date, str]]:
    """Every tick of `unit` from the one at or before `start` through `end`, with its label."""
    found = []
    day = _floor(start, unit)
    while day <= end:
        found.append((day, tick_label(day, unit)))
        following = _step(day, unit)
        if following <= day:
            break
        day = following
    return found


def stack_labels(
    xs: Sequence[float], widths: Sequence[float], rows: int, gap: float = 8.0, least: float = math.inf
) -> tuple[list[int | None], list[float]]:
    """Rows and drawn widths of labels (left edge `xs[i]`, sorted ascending; whole width `widths[i]`).

    Each label takes the first row where the label before it ends in time; failing that, a row where
    the label before it can give up room and keep at least `least` px (it is then cut just before this
    one); failing both, no row (None: it is hidden and shown on hover). So a label is cut only where
    the next one needs the room, never for want of a fixed width."""
    ends = [float("-inf")] * rows  # where the last label of each row ends, as drawn now
    lasts: list[int] = [-1] * rows  # which label that is
    shown = list(widths)
    placed: list[int | None] = []
    add = placed.append
    for index, (x, width) in enumerate(zip(xs, widths, strict=True)):
        free = x - gap  # a row is free here when its last label ends before this
        row = next((r for r, end in enumerate(ends) if end <= free), -1)
        if row < 0:
            room = 0.0  # the row whose last label keeps the most of itself when cut here
            for candidate, last in enumerate(lasts):
                keeps = free - xs[last]
                if last >= 0 and keeps >= min(least, widths[last]) and keeps > room:
                    row, room = candidate, keeps
            if row < 0:
                add(None)
                continue
            shown[lasts[row]] = room
        ends[row] = x + width
        lasts[row] = index
        add(row)
    return placed, shown


def cut_before(
    xs: Sequence[float],
    widths: Sequence[float],
    rows: list[int | None],
    shown: list[float],
    firsts: Sequence[float | None],
    gap: float = 8.0,
    least: float = math.inf,
) -> None:
    """Meet the next stretch of labels: `firsts[r]` is where the first label of row r starts there
    (None: the row is empty). A label reaching into it is cut just before it, as `stack_labels` cuts,
    or hidden (row None) when that would leave less than `least` px (or its own width)."""
    for index, row in enumerate(rows):
        if row is None:
            continue
        following = firsts[row]
        if following is None:
            continue
        room = following - gap - xs[index]
        if shown[index] > room:
            if room >= min(least, widths[index]):
                shown[index] = room
            else:
                rows[index] = None


def first_in_rows(xs: Sequence[float], rows: Sequence[int | None], count: int) -> list[float | None]:
    """Where the first label of each of `count` rows starts (None for a row with none)."""
    firsts: list[float | None] = [None] * count
    for x, row in zip(xs, rows, strict=True):
        if row is not None and firsts[row] is None:
            firsts[row] = x
    return firsts
