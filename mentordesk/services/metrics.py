"""Progress metrics of a pairing, computed from plain domain objects so they can be tested on crafted data."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from statistics import mean
from typing import TYPE_CHECKING

from mentordesk import labels
from mentordesk.domain import (
    ActionItemInfo,
    CardInfo,
    CardKind,
    ColumnInfo,
    DecisionInfo,
    PairingInfo,
    ReviewState,
    RevisitSummary,
    SessionInfo,
    Visibility,
)
from mentordesk.services.base import Service
from mentordesk.services.decision_review import ReviewService
from mentordesk.services.decisions import DecisionService
from mentordesk.services.pairings import PairingService
from mentordesk.services.plans import PlanService
from mentordesk.services.sessions import SessionService
from mentordesk.wording import translate

if TYPE_CHECKING:
    from mentordesk.services.progress import Progress


@dataclass(frozen=True)
class Metric:
    area: str
    name: str
    value: str
    explanation: str


@dataclass(frozen=True)
class PairingSnapshot:
    pairing: PairingInfo
    sessions: Sequence[SessionInfo]
    actions: Sequence[ActionItemInfo]
    decisions: Sequence[DecisionInfo]
    columns: Sequence[ColumnInfo]
    cards: Sequence[CardInfo]
    competencies: Sequence[str] = ()
    revisits: RevisitSummary | None = None


def compute_metrics(data: PairingSnapshot, now: dt.datetime) -> list[Metric]:
    today = now.date()
    pairing = data.pairing
    held = sorted(s.starts_at for s in data.sessions if s.starts_at < now)
    days_in = max(1, (today - pairing.start_date).days + 1)
    months = max(days_in / 30.44, 1.0)
    interval = pairing.cadence.interval_days
    gaps = [(b - a).days for a, b in pairwise(held)]
    longest = max(gaps, default=0)
    done_actions = sum(1 for a in data.actions if a.done)
    overdue = sum(1 for a in data.actions if a.is_overdue(today))
    reviewed = sum(1 for d in data.decisions if d.review_state is ReviewState.REVIEWED)
    imported = sum(1 for d in data.decisions if d.review_state is ReviewState.IMPORTED)
    done_columns = {c.id for c in data.columns if c.is_done}
    done_cards = [c for c in data.cards if c.column_id in done_columns]
    milestones = [c for c in data.cards if c.kind is CardKind.MILESTONE and c.reached_on is not None]
    ratings = [s.feedback_rating for s in data.sessions if s.feedback_rating is not None]
    minutes = sum(s.duration_minutes for s in data.sessions if s.starts_at < now)
    return [
        Metric(
            "Sessions",
            translate("metrics", "Sessions per month"),
            translate("metrics", "{value:.1f} (target {sessions_per_month:.1f})").format(
                value=len(held) / months, sessions_per_month=pairing.cadence.sessions_per_month
            ),
            translate(
                "metrics", "Sessions held since the start date, divided by the months elapsed (at least one)."
            ),
        ),
        Metric(
            "Sessions",
            translate("metrics", "Longest gap"),
            (
                translate("metrics", "{days} days (longer than planned)")
                if longest > interval * 1.5
                else translate("metrics", "{days} days")
            ).format(days=longest),
            translate(
                "metrics", "Most days between two held sessions; the {cadence} cadence plans {interval}."
            ).format(cadence=labels.word(pairing.cadence), interval=interval),
        ),
        Metric(
            "Sessions",
            translate("metrics", "Mentoring hours per week"),
            translate("metrics", "{hours:.1f} h").format(hours=minutes / 60 / max(days_in / 7, 1)),
            translate(
                "metrics",
                "Duration of held sessions divided by the weeks since the start date (at least one).",
            ),
        ),
        Metric(
            "Action items",
            translate("metrics", "Completion rate"),
            _share(done_actions, len(data.actions)),
            translate("metrics", "Action items marked done, out of all action items recorded."),
        ),
        Metric(
            "Action items",
            translate("metrics", "Overdue"),
            str(overdue),
            translate("metrics", "Open action items whose due date has passed."),
        ),
        Metric(
            "Decisions",
            translate("metrics", "Logged"),
            translate("metrics", "{count} ({imported} imported)").format(
                count=len(data.decisions), imported=imported
            )
            if imported
            else str(len(data.decisions)),
            translate("metrics", "Decision records in the log, those imported from an ADR folder included."),
        ),
        Metric(
            "Decisions",
            translate("metrics", "Reviewed"),
            _share(reviewed, len(data.decisions) - imported),
            translate(
                "metrics",
                "Decisions whose review is complete, out of those written here "
                "(imported ones are not reviewed).",
            ),
        ),
        Metric(
            "Plan",
            translate("metrics", "Cards done"),
            translate("metrics", "{done} of {total}").format(done=len(done_cards), total=len(data.cards)),
            translate("metrics", "Cards in the Done column."),
        ),
        Metric(
            "Plan",
            translate("metrics", "Milestones reached"),
            ", ".join(
                translate("metrics", "{title} (day {day})").format(
                    title=c.title, day=(c.reached_on - pairing.start_date).days + 1
                )
                for c in milestones
                if c.reached_on
            )
            or translate("metrics", "none yet"),
            translate(
                "metrics", "Milestone cards with a reached-on date, counted in days from the start date."
            ),
        ),
        Metric(
            "Feedback",
            translate("metrics", "Mentee rating"),
            translate("metrics", "{mean:.1f} / 5 over {count} sessions").format(
                mean=mean(ratings), count=len(ratings)
            )
            if ratings
            else translate("metrics", "no ratings yet"),
            translate("metrics", "Average of the mentee's 1–5 ratings of held sessions."),
        ),
    ]


def _share(part: int, whole: int) -> str:
    return (
        translate("metrics", "{value:.0%} ({part} of {whole})").format(
            value=part / whole, part=part, whole=whole
        )
        if whole
        else translate("metrics", "nothing recorded yet")
    )


def shared_part(data: PairingSnapshot) -> PairingSnapshot:
    """The snapshot without confidential and private records (and without the action items of sessions
    it leaves out)."""

    def shared(record: object) -> bool:
        return getattr(record, "visibility", Visibility.SHARED) is Visibility.SHARED

    sessions = [s for s in data.sessions if shared(s)]
    kept = {s.id for s in sessions}
    return dataclasses.replace(
        data,
        sessions=sessions,
        actions=[a for a in data.actions if shared(a) and a.session_id in kept],
        decisions=[d for d in data.decisions if shared(d)],
        cards=[c for c in data.cards if shared(c)],
    )


class MetricsService(Service):
    def snapshot(
        self,
        pairing: PairingInfo,
        *,
        shared_only: bool = False,
        since: dt.date | None = None,
        until: dt.date | None = None,
    ) -> PairingSnapshot:
        """The pairing's records as plain data: only shared ones when `shared_only` (Review mode, the
        report), and only sessions and decisions dated within `since`..`until` when given."""
        plans, sessions, decisions = (
            PlanService(self._db),
            SessionService(self._db),
            DecisionService(self._db),
        )

        def within(day: dt.date) -> bool:
            return (since is None or day >= since) and (until is None or day <= until)

        held = [s for s in sessions.list_sessions(pairing.id) if within(s.starts_at.astimezone().date())]
        held_ids = {s.id for s in held}
        everything = PairingSnapshot(
            pairing=pairing,
            sessions=held,
            actions=[a for a in sessions.all_actions(pairing.id) if a.session_id in held_ids],
            decisions=[d for d in decisions.list_decisions(pairing.id) if within(d.decided_on)],
            columns=plans.columns(pairing.id),
            cards=plans.cards(pairing.id),
            competencies=[name for name, _description in PairingService(self._db).competencies(pairing.id)],
            revisits=ReviewService(self._db).revisit_summary(pairing.id, until or dt.date.today()),
        )
        return shared_part(everything) if shared_only else everything

    def metrics(self, pairing: PairingInfo, now: dt.datetime | None = None) -> list[Metric]:
        return compute_metrics(self.snapshot(pairing), now or dt.datetime.now(dt.UTC))

    def progress(
        self, pairing: PairingInfo, now: dt.datetime | None = None, *, shared_only: bool = False
    ) -> Progress:
        from mentordesk.services.progress import compute_progress

        return compute_progress(
            self.snapshot(pairing, shared_only=shared_only), now or dt.datetime.now(dt.UTC)
        )
