"""Suggesting mentors for a mentee: plain arithmetic over the programme's people, with the reasons said.

A mentor ranks higher the more of the mentee's goal competencies they count among their strengths, the
more free places they have, and when they have not mentored this mentee before (a programme rotates
topic mentors around a core one). A mentor with no free place is listed last, as full."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Mentor:
    name: str
    capacity: int
    strengths: tuple[str, ...]
    mentees: tuple[str, ...]  # whom they mentor now
    mentored: tuple[str, ...] = ()  # whom they mentored before


@dataclass(frozen=True)
class Suggestion:
    mentor: str
    covers: tuple[str, ...]  # the mentee's goals among the mentor's strengths
    free: int
    score: float
    reasons: tuple[str, ...]


def suggest(mentee: str, goals: Sequence[str], mentors: Sequence[Mentor]) -> list[Suggestion]:
    """Every mentor but the mentee's current ones, best first."""
    wanted = {g.casefold(): g for g in goals}
    found = []
    for mentor in mentors:
        if mentee in mentor.mentees:
            continue
        strengths = {s.casefold() for s in mentor.strengths}
        covers = tuple(sorted(wanted[g] for g in wanted if g in strengths))
        free = max(mentor.capacity - len(mentor.mentees), 0)
        fresh = mentee not in mentor.mentored
        share = len(covers) / len(wanted) if wanted else 0.0
        score = (3 * share + min(free, 3) * 0.25 + (0.5 if fresh else 0.0)) if free else -1.0
        reasons = [
            f"covers {len(covers)} of {len(wanted)} goals" + (f": {', '.join(covers)}" if covers else ""),
            f"{free} of {mentor.capacity} places free" if free else "full: no free place",
            "has not mentored them before" if fresh else "mentored them before",
        ]
        found.append(Suggestion(mentor.name, covers, free, round(score, 3), tuple(reasons)))
    return sorted(found, key=lambda s: (-s.score, s.mentor.casefold()))
