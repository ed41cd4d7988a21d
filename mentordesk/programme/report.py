"""The programme's dashboard as Markdown: pairs by cohort with their lights, cohort figures and how they
moved over the weeks, mentors' load against their capacity, the taxonomy's coverage, and how long pairs
took to their first accepted decision and their first milestone. The report's PDF and the dashboard
window show this same text."""

from __future__ import annotations

import datetime as dt
import statistics
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from mentordesk.programme.dashboard import CONCERNS, lights
from mentordesk.programme.matching import Mentor

WEEKS_SHOWN = 8
MARK = "●"  # before each light's word; the dashboard window and the PDF colour it


@dataclass(frozen=True)
class ProgrammeData:
    """What the hub holds, read once: each pair's newest state, every snapshot, the people, the taxonomy."""

    latest: Sequence[dict[str, Any]]  # id, name, cohort, published_at, figures
    weekly: dict[tuple[str | None, dt.date], float]  # (cohort, week): median sessions per month
    mentors: Sequence[Mentor]
    goals: dict[str, tuple[str, ...]]  # mentee name → goal competencies
    taxonomy: Sequence[str]


def spread(values: Sequence[float]) -> str:
    """ "median 12 (quartiles 8–20, n = 30)", or a dash without values."""
    if not values:
        return "–"
    if len(values) == 1:
        return f"{values[0]:g} (n = 1)"
    low, middle, high = statistics.quantiles(values, n=4, method="inclusive")
    return f"median {middle:g} (quartiles {low:g}–{high:g}, n = {len(values)})"


def _median(values: Sequence[float]) -> str:
    return f"{statistics.median(values):g}" if values else "–"


def _share(part: int, whole: int) -> float:
    return round(100 * part / whole) if whole else 0.0


def report_markdown(data: ProgrammeData, now: dt.datetime) -> str:
    lines = [
        "# Programme dashboard",
        "",
        f"{len(data.latest)} pairs in {len({r['cohort'] for r in data.latest})} cohorts, "
        f"{sum(1 for r in data.latest if r['figures'])} of them publishing; "
        f"as of {now.astimezone(dt.UTC):%Y-%m-%d %H:%M} UTC.",
        "",
        "## Pairs",
        "",
        "| cohort | pair | day | " + " | ".join(CONCERNS) + " |",
        "| --- | --- | ---: |" + " :---: |" * len(CONCERNS),
    ]
    for row in data.latest:
        shown = lights(row["figures"], row["published_at"], now)
        day = row["figures"]["day"] if row["figures"] else "–"
        marks = " | ".join(f"{MARK} {shown[c].value}" for c in CONCERNS)
        lines.append(f"| {row['cohort'] or '–'} | {row['name']} | {day} | {marks} |")
    lines += ["", "## Cohorts", "", *_cohorts(data), "", "## Over the weeks", "", *_weeks(data, now)]
    lines += ["", "## Mentors' load", "", "| mentor | mentees | capacity |", "| --- | ---: | ---: |"]
    for mentor in sorted(data.mentors, key=lambda m: m.name.casefold()):
        full = " (full)" if mentor.capacity and len(mentor.mentees) >= mentor.capacity else ""
        lines.append(f"| {mentor.name} | {len(mentor.mentees)}{full} | {mentor.capacity} |")
    lines += ["", "## Competency coverage", "", *_coverage(data), "", "## Time to", "", *_times(data)]
    return "\n".join(lines) + "\n"


def _cohorts(data: ProgrammeData) -> list[str]:
    by_cohort: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in data.latest:
        if row["figures"]:
            by_cohort[row["cohort"] or "–"].append(row["figures"])
    lines = [
        "| cohort | pairs publishing | median day | sessions per month | actions done | calibration held |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for cohort, figures in sorted(by_cohort.items()):
        monthly = [f["sessions_per_month"] for f in figures if f["sessions_per_month"] is not None]
        done = [_share(f["actions_done"], f["actions_total"]) for f in figures if f["actions_total"]]
        held = sum(1 for f in figures if f["calibration_day"] is not None)
        lines.append(
            f"| {cohort} | {len(figures)} | {_median([f['day'] for f in figures])} | {_median(monthly)} "
            f"| {_median(done)} % | {_share(held, len(figures)):g} % |"
        )
    return lines


def first_week(now: dt.datetime) -> dt.date:
    """The Monday of the first of the WEEKS_SHOWN weeks that end with `now`'s (UTC)."""
    day = now.astimezone(dt.UTC).date()
    return day - dt.timedelta(days=day.weekday()) - dt.timedelta(weeks=WEEKS_SHOWN - 1)


def _weeks(data: ProgrammeData, now: dt.datetime) -> list[str]:
    """Per cohort and week, the median sessions per month of the snapshots published that week."""
    first = first_week(now)
    weeks = [first + dt.timedelta(weeks=n) for n in range(WEEKS_SHOWN)]
    medians = {(cohort or "–", week): value for (cohort, week), value in data.weekly.items()}
    cohorts = sorted({cohort for cohort, _week_start in medians})
    lines = [
        "Median sessions per month in the snapshots published each week (weeks starting on Monday, UTC).",
        "",
        "| cohort | " + " | ".join(f"{w:%d %b}" for w in weeks) + " |",
        "| --- |" + " ---: |" * len(weeks),
    ]
    for cohort in cohorts:
        shown = (f"{medians[(cohort, w)]:g}" if (cohort, w) in medians else "–" for w in weeks)
        lines.append(f"| {cohort} | " + " | ".join(shown) + " |")
    return lines


def _coverage(data: ProgrammeData) -> list[str]:
    strong: dict[str, int] = defaultdict(int)
    wanted: dict[str, int] = defaultdict(int)
    for mentor in data.mentors:
        for name in mentor.strengths:
            strong[name.casefold()] += 1
    for goals in data.goals.values():
        for name in goals:
            wanted[name.casefold()] += 1
    lines = ["| competency | mentors strong in it | mentees aiming for it |", "| --- | ---: | ---: |"]
    for name in data.taxonomy:
        gap = " (no mentor)" if wanted[name.casefold()] and not strong[name.casefold()] else ""
        lines.append(f"| {name}{gap} | {strong[name.casefold()]} | {wanted[name.casefold()]} |")
    covered = sum(1 for name in data.taxonomy if strong[name.casefold()])
    lines += ["", f"{covered} of {len(data.taxonomy)} competencies have a mentor strong in them."]
    return lines


def _times(data: ProgrammeData) -> list[str]:
    figures = [row["figures"] for row in data.latest if row["figures"]]
    decision = [f["first_accepted_decision_day"] for f in figures if f["first_accepted_decision_day"]]
    milestone = [f["milestones_reached_days"][0] for f in figures if f["milestones_reached_days"]]
    return [
        f"- First accepted decision, plan day: {spread(decision)}",
        f"- First milestone reached, plan day: {spread(milestone)}",
    ]
