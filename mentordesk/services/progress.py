"""The Progress dashboard's figures: the metrics with their explanations, and the series its charts draw.

Everything is computed here from a PairingSnapshot of plain domain objects, so it is tested on crafted
data; the page and the report only draw it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import median

from mentordesk import wording
from mentordesk.domain import CardKind, DecisionStatus, Role
from mentordesk.services.metrics import Metric, PairingSnapshot, compute_metrics
from mentordesk.wording import QT_TRANSLATE_NOOP, translate

AREAS = (  # each written out: pyside6-lupdate reads a literal, not a loop's variable
    QT_TRANSLATE_NOOP("Progress areas", "Sessions"),
    QT_TRANSLATE_NOOP("Progress areas", "Action items"),
    QT_TRANSLATE_NOOP("Progress areas", "Decisions"),
    QT_TRANSLATE_NOOP("Progress areas", "Plan"),
    QT_TRANSLATE_NOOP("Progress areas", "Competencies"),
    QT_TRANSLATE_NOOP("Progress areas", "Feedback"),
)
GROWTH_EXPLANATION = QT_TRANSLATE_NOOP(
    "progress", "Cards due and decisions made that touched {competency}, added up month by month."
)
PHASES = (
    (1, 30, QT_TRANSLATE_NOOP("progress", "Days 1–30")),
    (31, 60, QT_TRANSLATE_NOOP("progress", "Days 31–60")),
    (61, 90, QT_TRANSLATE_NOOP("progress", "Days 61–90")),
)
AFTER_PHASES = QT_TRANSLATE_NOOP("progress", "After day 90")


@dataclass(frozen=True)
class Series:
    """One chart: a value per label (a month, a competency, a session), and an optional target line."""

    title: str
    labels: tuple[str, ...]
    values: tuple[float, ...]
    explanation: str
    target: float | None = None


@dataclass(frozen=True)
class Progress:
    metrics: tuple[Metric, ...]
    sessions_per_month: Series
    decisions_per_month: Series
    competencies: Series
    ratings: Series
    competency_months: tuple[str, ...] = ()
    competency_growth: tuple[Series, ...] = ()  # cumulative touches per competency, by month


def months_between(first: dt.date, last: dt.date) -> list[dt.date]:
    """The first day of every month from `first`'s through `last`'s."""
    found, day = [], first.replace(day=1)
    while day <= last:
        found.append(day)
        day = (day + dt.timedelta(days=32)).replace(day=1)
    return found


def month_label(day: dt.date) -> str:
    return wording.month(day)


def _per_month(days: Iterable[dt.date], months: Sequence[dt.date]) -> tuple[float, ...]:
    counts = Counter(day.replace(day=1) for day in days)
    return tuple(float(counts.get(month, 0)) for month in months)


def _phase(day: int) -> str:
    return next((name for first, last, name in PHASES if first <= day <= last), AFTER_PHASES)


def compute_progress(data: PairingSnapshot, now: dt.datetime) -> Progress:
    today = now.date()
    pairing = data.pairing
    start = pairing.start_date
    months = months_between(start, max(today, start))
    held = sorted((s for s in data.sessions if s.starts_at < now), key=lambda s: s.starts_at)
    interval = pairing.cadence.interval_days
    metrics = list(compute_metrics(data, now))

    gaps = [(a.starts_at.date(), b.starts_at.date()) for a, b in pairwise(held)]
    long_gaps = [(a, b) for a, b in gaps if (b - a).days > interval * 1.5]
    metrics.append(
        Metric(
            "Sessions",
            translate("progress", "Gaps longer than planned"),
            "; ".join(
                translate("progress", "{days} days after {day}").format(
                    days=(b - a).days, day=wording.day_month(a)
                )
                for a, b in long_gaps
            )
            or translate("progress", "none"),
            translate(
                "progress", "Stretches between held sessions longer than 1.5 × the planned {interval} days."
            ).format(interval=interval),
        )
    )
    held_days = {s.id: s.starts_at.date() for s in held}  # a planned session has recorded nothing yet
    open_ages = [
        (today - held_days[a.session_id]).days
        for a in data.actions
        if not a.done and a.session_id in held_days
    ]
    metrics.append(
        Metric(
            "Action items",
            translate("progress", "Median age of open items"),
            translate("progress", "{median:g} days").format(median=median(open_ages))
            if open_ages
            else translate("progress", "no open items from held sessions"),
            translate(
                "progress",
                "Days since the held session that recorded each open action item; the middle value.",
            ),
        )
    )
    decided = [d.decided_on for d in data.decisions if start <= d.decided_on <= today]
    metrics.append(
        Metric(
            "Decisions",
            translate("progress", "Logged per month"),
            f"{len(decided) / max(len(months), 1):.1f}",
            translate(
                "progress",
                "Decision records dated since the start date, divided by the months of the pairing so far.",
            ),
        )
    )
    revisits = data.revisits
    if revisits is not None:
        wait = revisits.median_days_to_review
        metrics.append(
            Metric(
                "Decisions",
                translate("progress", "Median time to review"),
                translate("progress", "{wait:.1f} days").format(wait=wait)
                if wait is not None
                else translate("progress", "no reviews yet"),
                translate(
                    "progress",
                    "From each submission for review to the first verdict after it; the middle value.",
                ),
            )
        )
        outcomes = ", ".join(f"{o.label.lower()} {n}" for o, n in revisits.outcomes.items() if n)
        metrics.append(
            Metric(
                "Decisions",
                translate("progress", "Revisit outcomes"),
                (outcomes or translate("progress", "none revisited yet"))
                + (translate("progress", "; {due} due").format(due=revisits.due) if revisits.due else ""),
                translate(
                    "progress",
                    "How revisited decisions turned out, and how many have reached their revisit date.",
                ),
            )
        )
    accepted = sorted(
        d.decided_on
        for d in data.decisions
        if d.status is DecisionStatus.ACCEPTED and d.author_role is Role.MENTEE
    )
    metrics.append(
        Metric(
            "Plan",
            translate("progress", "First accepted decision"),
            translate("progress", "day {day}").format(day=(accepted[0] - start).days + 1)
            if accepted
            else translate("progress", "not yet"),
            translate(
                "progress",
                "Days from the start date to the first decision of the mentee's that was accepted.",
            ),
        )
    )
    done_columns = {c.id for c in data.columns if c.is_done}
    by_phase: dict[str, list[bool]] = {}
    for card in data.cards:
        if card.due_date is not None and card.kind is not CardKind.MILESTONE:
            by_phase.setdefault(_phase((card.due_date - start).days + 1), []).append(
                card.column_id in done_columns
            )
    metrics.append(
        Metric(
            "Plan",
            translate("progress", "Cards done per phase"),
            "; ".join(
                translate("progress", "{phase}: {done} of {total}").format(
                    phase=translate("progress", name), done=sum(done), total=len(done)
                )
                for _first, _last, name in (*PHASES, (0, 0, AFTER_PHASES))
                if (done := by_phase.get(name))
            )
            or translate("progress", "no cards with due dates"),
            translate(
                "progress",
                "Cards (milestones aside) grouped by the phase their due date falls in, "
                "and how many are done.",
            ),
        )
    )
    names = list(data.competencies)
    touches = Counter[str]()
    dated: list[tuple[dt.date, str]] = []
    folded = {name.casefold(): name for name in names}
    for card in data.cards:
        for name in card.competencies:
            touches[name] += 1
            if card.due_date is not None:
                dated.append((card.due_date, name))
    for decision in data.decisions:
        for tag in decision.tags:
            if tag.casefold() in folded:
                touches[folded[tag.casefold()]] += 1
                dated.append((decision.decided_on, folded[tag.casefold()]))
    ranked = sorted(names, key=lambda n: (-touches[n], n))
    metrics.append(
        Metric(
            "Competencies",
            translate("progress", "Most practised"),
            ", ".join(
                translate("progress", "{competency} ({count})").format(competency=n, count=touches[n])
                for n in ranked[:3]
                if touches[n]
            )
            or translate("progress", "none yet"),
            translate(
                "progress",
                "Cards tagged with a competency plus decisions tagged with its name, counted per competency.",
            ),
        )
    )
    ratings = [(s.starts_at, s.feedback_rating) for s in held if s.feedback_rating is not None]
    if len(ratings) >= 2:
        first_half = [r for _d, r in ratings[: len(ratings) // 2]]
        second_half = [r for _d, r in ratings[len(ratings) // 2 :]]
        trend = sum(second_half) / len(second_half) - sum(first_half) / len(first_half)
        metrics.append(
            Metric(
                "Feedback",
                translate("progress", "Rating trend"),
                translate("progress", "{trend:+.1f} from the earlier to the later sessions").format(
                    trend=trend
                ),
                translate(
                    "progress",
                    "Average rating of the later half of rated sessions minus that of the earlier half.",
                ),
            )
        )
    growth_months = months_between(min((d for d, _n in dated), default=start), max(today, start))
    growth = tuple(
        Series(
            name,
            tuple(month_label(m) for m in growth_months),
            tuple(
                float(sum(1 for d, n in dated if n == name and d.replace(day=1) <= m)) for m in growth_months
            ),
            translate("progress", GROWTH_EXPLANATION).format(competency=name),
        )
        for name in ranked[:5]
        if touches[name]
    )
    order = {area: n for n, area in enumerate(AREAS)}
    return Progress(
        metrics=tuple(sorted(metrics, key=lambda m: order.get(m.area, len(AREAS)))),
        sessions_per_month=Series(
            translate("progress", "Sessions held per month"),
            tuple(month_label(m) for m in months),
            _per_month((s.starts_at.date() for s in held), months),
            translate(
                "progress", "Sessions held in each month since the start; the line is the cadence's target."
            ),
            target=pairing.cadence.sessions_per_month,
        ),
        decisions_per_month=Series(
            translate("progress", "Decisions logged per month"),
            tuple(month_label(m) for m in months),
            _per_month((d for d in decided if d >= start.replace(day=1)), months),
            translate("progress", "Decision records by the month of their date."),
        ),
        competencies=Series(
            translate("progress", "Cards and decisions per competency"),
            tuple(ranked),
            tuple(float(touches[n]) for n in ranked),
            translate("progress", "Cards tagged with each competency plus decisions tagged with its name."),
        ),
        ratings=Series(
            translate("progress", "Mentee feedback ratings"),
            tuple(wording.day_month(when) for when, _r in ratings),
            tuple(float(r) for _w, r in ratings),
            translate("progress", "The mentee's 1–5 rating of each held session, in order."),
        ),
        competency_months=tuple(month_label(m) for m in growth_months),
        competency_growth=growth,
    )
