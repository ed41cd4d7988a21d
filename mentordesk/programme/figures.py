"""The figures a pairing publishes to its programme: numbers and days only, worked out from its shared
records. Nothing here can carry a note, a title, a name or a comment: every value is a count, a
number of days, a mean or a share, and `check` refuses anything else."""

from __future__ import annotations

import datetime as dt
import math
from itertools import pairwise
from statistics import mean
from typing import Any

from mentordesk.domain import CardKind, DecisionStatus, ReviewState, SessionKind
from mentordesk.services.metrics import PairingSnapshot

RECENT_RATINGS = 4  # the feedback trend compares the last this many ratings with those before

# Each figure: its type and the range a real pairing stays within; a value outside is refused.
INTEGER_FIGURES = {
    "day": (-3650, 36500),
    "cadence_days": (1, 366),
    "sessions_held": (0, 100_000),
    "longest_gap_days": (0, 36500),
    "actions_total": (0, 1_000_000),
    "actions_done": (0, 1_000_000),
    "actions_overdue": (0, 1_000_000),
    "decisions": (0, 1_000_000),
    "decisions_reviewed": (0, 1_000_000),
    "decisions_awaiting_review": (0, 1_000_000),
    "milestones": (0, 100_000),
    "milestones_late": (0, 100_000),
    "competencies": (0, 10_000),
    "competencies_with_progress": (0, 10_000),
}
OPTIONAL_NUMBERS = {
    "sessions_per_month": (0, 1000),
    "hours_per_week": (0, 168),
    "review_days_median": (0, 36500),
    "first_accepted_decision_day": (-3650, 36500),
    "calibration_day": (-3650, 36500),
    "feedback_recent": (1, 5),
    "feedback_before": (1, 5),
}
DAY_LISTS = {"milestones_reached_days": (-3650, 36500)}
MAX_LIST = 10_000


def _day_of(start: dt.date, day: dt.date) -> int:
    """Day of the plan, counting the start date as day 1."""
    return (day - start).days + 1


def _rounded(value: float | None, places: int = 1) -> float | None:
    return None if value is None else round(value, places)


def figures_of(data: PairingSnapshot, now: dt.datetime, zone: dt.tzinfo) -> dict[str, Any]:
    """The figures of `data` (the pairing's shared records) at `now`, days counted in `zone`."""
    pairing = data.pairing
    today = now.astimezone(zone).date()
    start = pairing.start_date
    held = sorted((s for s in data.sessions if s.starts_at < now), key=lambda s: s.starts_at)
    held_days = [s.starts_at.astimezone(zone).date() for s in held]
    days_in = max(1, _day_of(start, today))
    done_columns = {c.id for c in data.columns if c.is_done}
    milestones = [c for c in data.cards if c.kind is CardKind.MILESTONE and not c.archived]
    accepted = [d.decided_on for d in data.decisions if d.status is DecisionStatus.ACCEPTED]
    calibrations = [day for s, day in zip(held, held_days, strict=True) if s.kind is SessionKind.CALIBRATION]
    ratings = [s.feedback_rating for s in held if s.feedback_rating is not None]
    recent, before = ratings[-RECENT_RATINGS:], ratings[:-RECENT_RATINGS]
    progressed = {name for c in data.cards if c.column_id in done_columns for name in c.competencies}
    return {
        "day": _day_of(start, today),
        "cadence_days": pairing.cadence.interval_days,
        "sessions_held": len(held),
        "sessions_per_month": _rounded(len(held) / max(days_in / 30.44, 1.0)),
        "longest_gap_days": max(((b - a).days for a, b in pairwise(held_days)), default=0),
        "hours_per_week": _rounded(sum(s.duration_minutes for s in held) / 60 / max(days_in / 7, 1)),
        "actions_total": len(data.actions),
        "actions_done": sum(1 for a in data.actions if a.done),
        "actions_overdue": sum(1 for a in data.actions if a.is_overdue(today)),
        "decisions": len(data.decisions),
        "decisions_reviewed": sum(1 for d in data.decisions if d.review_state is ReviewState.REVIEWED),
        "decisions_awaiting_review": sum(
            1 for d in data.decisions if d.review_state is ReviewState.AWAITING_REVIEW
        ),
        "review_days_median": _rounded(data.revisits.median_days_to_review if data.revisits else None),
        "first_accepted_decision_day": _day_of(start, min(accepted)) if accepted else None,
        "milestones": len(milestones),
        "milestones_reached_days": sorted(_day_of(start, c.reached_on) for c in milestones if c.reached_on),
        "milestones_late": sum(
            1
            for c in milestones
            if c.reached_on is None
            and c.due_date is not None
            and c.due_date < today
            and c.column_id not in done_columns
        ),
        "calibration_day": _day_of(start, calibrations[0]) if calibrations else None,
        "competencies": len(data.competencies),
        "competencies_with_progress": len(progressed & set(data.competencies)),
        "feedback_recent": _rounded(mean(recent) if recent else None, 2),
        "feedback_before": _rounded(mean(before) if before else None, 2),
    }


def check(figures: object) -> dict[str, Any]:
    """`figures` if it holds exactly the known figures, each a number in its range (or a list of days);
    ValueError naming the first that is not."""
    if not isinstance(figures, dict):
        raise ValueError("the figures are not a table of named numbers")
    expected = set(INTEGER_FIGURES) | set(OPTIONAL_NUMBERS) | set(DAY_LISTS)
    unknown = sorted(set(figures) - expected)
    if unknown:
        raise ValueError(f"unknown figure {unknown[0]!r}")
    missing = sorted(expected - set(figures))
    if missing:
        raise ValueError(f"figure {missing[0]!r} is missing")
    for name, (low, high) in INTEGER_FIGURES.items():
        _in_range(name, figures[name], low, high, integer=True)
    for name, (low, high) in OPTIONAL_NUMBERS.items():
        if figures[name] is not None:
            _in_range(name, figures[name], low, high, integer=False)
    for name, (low, high) in DAY_LISTS.items():
        days = figures[name]
        if not isinstance(days, list) or len(days) > MAX_LIST:
            raise ValueError(f"figure {name!r} is not a list of days")
        for day in days:
            _in_range(name, day, low, high, integer=True)
    return figures


def _in_range(name: str, value: object, low: float, high: float, *, integer: bool) -> None:
    kinds = (int,) if integer else (int, float)
    if isinstance(value, bool) or not isinstance(value, kinds):
        raise ValueError(f"figure {name!r} is not a number")
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(f"figure {name!r} is not a finite number")
    if not low <= value <= high:
        raise ValueError(f"figure {name!r} is out of range: {value}")
