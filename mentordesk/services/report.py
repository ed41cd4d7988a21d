"""The printable progress report of a date range: shared content only, as data and as Markdown.

The PDF (ui/report.py) renders the same Markdown through the app's sanitising renderer and adds the
charts; the Markdown file stands on its own, charts given as tables."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from mentordesk import labels, wording
from mentordesk.domain import DecisionInfo, Outcome, PairingInfo, adr_number
from mentordesk.services.base import Service
from mentordesk.services.decisions import DecisionService
from mentordesk.services.metrics import MetricsService, shared_part
from mentordesk.services.progress import AREAS, Progress, Series, compute_progress
from mentordesk.wording import translate

_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>|#])")


def md(text: str) -> str:
    """User text made literal in Markdown (no headings, emphasis, links or table breaks of its own)."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", " ".join(text.split()))


@dataclass(frozen=True)
class DecisionLine:
    decision: DecisionInfo
    outcome: Outcome | None
    outcome_note: str


@dataclass(frozen=True)
class ReportData:
    pairing: PairingInfo
    since: dt.date
    until: dt.date
    progress: Progress
    decisions: tuple[DecisionLine, ...]
    plan: tuple[tuple[str, tuple[str, ...]], ...]  # column title, its shared cards' titles
    hidden_count: int  # confidential or private records left out


class ReportService(Service):
    def data(self, pairing: PairingInfo, since: dt.date, until: dt.date) -> ReportData:
        if until < since:
            raise ValueError(
                translate("ReportService", "The report ends ({until}) before it starts ({since}).").format(
                    until=until, since=since
                )
            )
        metrics, decisions = MetricsService(self._db), DecisionService(self._db)
        everything = metrics.snapshot(pairing, since=since, until=until)
        snapshot = shared_part(everything)
        hidden = sum(
            len(full) - len(shared)
            for full, shared in (
                (everything.sessions, snapshot.sessions),
                (everything.decisions, snapshot.decisions),
                (everything.cards, snapshot.cards),
            )
        )
        end = dt.datetime.combine(until + dt.timedelta(days=1), dt.time(), dt.UTC)
        progress = compute_progress(snapshot, end)
        outcomes = decisions.outcomes(pairing.id)
        lines = [
            DecisionLine(info, *outcomes.get(info.id, (None, "")))
            for info in sorted(snapshot.decisions, key=lambda d: d.number)
        ]
        cards = sorted(snapshot.cards, key=lambda c: c.position)  # shared ones only
        plan = tuple(
            (column.title, tuple(c.title for c in cards if c.column_id == column.id))
            for column in snapshot.columns
        )
        return ReportData(pairing, since, until, progress, tuple(lines), plan, hidden)


def _series_table(series: Series) -> list[str]:
    if not series.labels:
        return [
            "*{}*".format(
                translate("report", "{chart}: nothing recorded in this range.").format(chart=md(series.title))
            ),
            "",
        ]
    rows = [f"**{md(series.title)}** — {md(series.explanation)}", "", "| | |", "| --- | ---: |"]
    rows += [
        f"| {md(label)} | {value:g} |" for label, value in zip(series.labels, series.values, strict=True)
    ]
    if series.target is not None:
        rows.append(f"| {translate('report', 'target')} | {series.target:.1f} |")
    return [*rows, ""]


def report_markdown(data: ReportData) -> str:
    """The whole report as Markdown: metrics by area, decisions and their outcomes, the plan's state."""
    pairing = data.pairing
    out = [
        "# " + translate("report", "Progress report: {name}").format(name=md(pairing.name)),
        "",
        translate(
            "report", "{mentor} mentoring {mentee} · {since} to {until} · started {start}, {cadence} cadence."
        ).format(
            mentor=md(pairing.mentor.name),
            mentee=md(pairing.mentee.name),
            since=wording.day(data.since),
            until=wording.day(data.until),
            start=wording.day(pairing.start_date),
            cadence=labels.word(pairing.cadence),
        ),
        "",
        translate("report", "Shared content only")
        + (
            translate("report", ": {hidden_count} confidential or private records are left out.").format(
                hidden_count=data.hidden_count
            )
            if data.hidden_count
            else "."
        ),
        "",
        "## " + translate("report", "Metrics"),
        "",
    ]
    for area in AREAS:
        rows = [m for m in data.progress.metrics if m.area == area]
        if not rows:
            continue
        out += [
            f"### {translate('Progress areas', area)}",
            "",
            "| {} | {} | {} |".format(
                translate("report", "Metric"),
                translate("report", "Value"),
                translate("report", "How it is computed"),
            ),
            "| --- | --- | --- |",
        ]
        out += [f"| {md(m.name)} | {md(m.value)} | {md(m.explanation)} |" for m in rows]
        out.append("")
    out += ["## " + translate("report", "Decisions made"), ""]
    if not data.decisions:
        out += [translate("report", "No shared decisions are dated in this range."), ""]
    for line in data.decisions:
        d = line.decision
        outcome = (
            translate("report", "; turned out: {outcome}").format(outcome=labels.label(line.outcome))
            if line.outcome
            else ""
        )
        note = f" — {md(line.outcome_note)}" if line.outcome_note else ""
        out.append(
            f"- **{adr_number(d.number)} {md(d.title)}** ({wording.day(d.decided_on)}): "
            f"{d.status.value}, {d.review_state.label.lower()}{outcome}{note}"
        )
    out += ["", "## " + translate("report", "The plan"), ""]
    for title, cards in data.plan:
        out.append(f"### {md(title)} ({len(cards)})")
        out += [f"- {md(card)}" for card in cards] or ["- " + translate("report", "(empty)")]
        out.append("")
    out += ["## " + translate("report", "Charts as tables"), ""]
    progress = data.progress
    for series in (
        progress.sessions_per_month,
        progress.decisions_per_month,
        progress.competencies,
        progress.ratings,
    ):
        out += _series_table(series)
    return "\n".join(out).rstrip() + "\n"
