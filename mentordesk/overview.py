"""Plain values for the Overview: each pairing at a glance, and a mentor's hours in sessions by week.

What needs attention is decided here, from the figures alone, so the page and its tests agree on it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum

from mentordesk.domain import PairingInfo, PairingStatus

CALIBRATION_DAYS = (25, 35)  # the calibration call falls between these days of the 90-day plan
WORK_WEEK_HOURS = 40.0
BUDGET_SHARE = 0.10  # of a working week, unless the Preferences say otherwise
WARNING_SHARE = 0.15  # past this share of the working week, the Overview warns


class Calibration(StrEnum):
    """Where the pairing stands with its calibration call (a session of the Calibration kind)."""

    HELD = "held"
    PLANNED = "planned"  # a calibration session is on the calendar
    NOT_YET = "not_yet"  # before its window
    DUE = "due"  # inside its window, none held or planned
    LATE = "late"  # past its window, none held


@dataclass(frozen=True)
class PairingGlance:
    """One pairing's figures, as the Overview lists them."""

    pairing: PairingInfo
    today: dt.date
    next_session: dt.datetime | None
    last_session: dt.datetime | None
    overdue_actions: int
    awaiting_review: int  # decisions the other side submitted for this side's review
    revisits_due: int
    calibration: Calibration
    calibration_on: dt.date | None  # when it was held, or is planned
    milestones_late: int

    @property
    def day(self) -> int:
        return self.pairing.day_number(self.today)

    @property
    def days_since_last(self) -> int | None:
        return None if self.last_session is None else (self.today - self.last_session.date()).days

    @property
    def days_past_cadence(self) -> int:
        """How many days longer than its cadence the pairing has gone without a session (0 if not), for
        an active pairing that has begun and has no session planned before the gap closes."""
        if self.pairing.status is not PairingStatus.ACTIVE or self.today < self.pairing.start_date:
            return 0
        since = self.pairing.start_date if self.last_session is None else self.last_session.date()
        gap = (self.today - since).days - self.pairing.cadence.interval_days
        return max(gap, 0)

    @property
    def unplanned(self) -> bool:
        """An active pairing, begun, with no session on the calendar."""
        active = self.pairing.status is PairingStatus.ACTIVE and self.today >= self.pairing.start_date
        return active and self.next_session is None

    def attention(self) -> int:
        """How much needs attention: one point for each thing late or waiting (and for no session
        planned), more the later the cadence is; 0 when nothing does. Paused and completed pairings ask
        for none."""
        if self.pairing.status is not PairingStatus.ACTIVE:
            return 0
        return (
            int(self.unplanned)
            + self.overdue_actions
            + self.awaiting_review
            + self.revisits_due
            + self.milestones_late
            + (1 + self.days_past_cadence // 7 if self.days_past_cadence else 0)
            + (2 if self.calibration is Calibration.LATE else 1 if self.calibration is Calibration.DUE else 0)
        )


def calibration_state(day: int, held: dt.date | None, planned: dt.date | None) -> Calibration:
    if held is not None:
        return Calibration.HELD
    if planned is not None:
        return Calibration.PLANNED
    first, last = CALIBRATION_DAYS
    if day < first:
        return Calibration.NOT_YET
    return Calibration.DUE if day <= last else Calibration.LATE


def by_attention(glances: list[PairingGlance]) -> list[PairingGlance]:
    """Most in need of attention first; active pairings before paused and completed ones; then by name."""
    return sorted(
        glances,
        key=lambda g: (
            g.pairing.status is not PairingStatus.ACTIVE,
            -g.attention(),
            g.pairing.name.casefold(),
        ),
    )


@dataclass(frozen=True)
class MentorWeek:
    """Minutes of sessions in one week across the pairings this copy mentors: held ones, and those
    still planned in it."""

    first_day: dt.date
    held_minutes: int
    planned_minutes: int

    @property
    def hours(self) -> float:
        return (self.held_minutes + self.planned_minutes) / 60


@dataclass(frozen=True)
class MentorBudget:
    """The share of a working week set aside for mentoring (the Preferences)."""

    week_hours: float = WORK_WEEK_HOURS
    share: float = BUDGET_SHARE

    @property
    def hours(self) -> float:
        return self.week_hours * self.share

    @property
    def warning_hours(self) -> float:
        return self.week_hours * WARNING_SHARE

    def share_of(self, hours: float) -> float:
        return hours / self.week_hours if self.week_hours else 0.0


@dataclass(frozen=True)
class Published:
    """One snapshot a pairing published to its programme, as either partner's copy keeps it."""

    sequence: int
    published_at: dt.datetime
    device: str  # the publishing device's fingerprint
    target: str  # "folder" or "hub"
    figures: dict[str, object]
