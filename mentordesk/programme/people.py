"""The programme's people and its competency taxonomy, kept in the hub: mentors with their capacity and
strengths, mentees with their goals, and the competencies both are named in. Pairs name their mentor
and mentee, which is how the hub knows each mentor's load."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Connection, select

from mentordesk.domain import Cadence
from mentordesk.programme import schema
from mentordesk.programme.hub import Hub, HubError
from mentordesk.programme.invitation import Invitation
from mentordesk.programme.matching import Mentor, Suggestion, suggest
from mentordesk.programme.report import ProgrammeData, first_week

ROLES = ("mentor", "mentee")


def _clean(names: Sequence[str]) -> list[str]:
    return sorted({" ".join(n.split()) for n in names if n.strip()}, key=str.casefold)


class People:
    def __init__(self, hub: Hub) -> None:
        self.hub = hub

    def add_competency(self, name: str, description: str = "") -> None:
        """Add a competency to the programme's taxonomy (its description is changed if it is there)."""
        name = " ".join(name.split())
        if not name:
            raise HubError("a competency needs a name")
        c = schema.competency
        with self.hub.engine.begin() as connection:
            if connection.scalar(select(c.c.id).where(c.c.name == name)) is None:
                connection.execute(c.insert().values(name=name, description=description))
            else:
                connection.execute(c.update().where(c.c.name == name).values(description=description))

    def competencies(self) -> list[str]:
        with self.hub.engine.connect() as connection:
            return list(
                connection.scalars(select(schema.competency.c.name).order_by(schema.competency.c.name))
            )

    def save_person(
        self,
        name: str,
        role: str,
        *,
        capacity: int | None = None,
        strengths: Sequence[str] = (),
        goals: Sequence[str] = (),
    ) -> None:
        """Add or change a mentor (capacity, strengths) or a mentee (goals). Competencies must be in the
        taxonomy once it has any."""
        name = " ".join(name.split())
        if not name or role not in ROLES:
            raise HubError("a person needs a name, and the role mentor or mentee")
        if capacity is not None and not 0 <= capacity <= 50:
            raise HubError(f"a capacity of {capacity} mentees is not one a mentor can have")
        strengths, goals = _clean(strengths), _clean(goals)
        known = {c.casefold() for c in self.competencies()}
        unknown = [n for n in (*strengths, *goals) if known and n.casefold() not in known]
        if unknown:
            raise HubError(f"not in the programme's competencies: {', '.join(unknown)}")
        p = schema.person
        values = {"capacity": capacity, "strengths": strengths, "goals": goals}
        with self.hub.engine.begin() as connection:
            found = self._person_id(connection, name, role)
            if found is None:
                connection.execute(p.insert().values(name=name, role=role, **values))
            else:
                connection.execute(p.update().where(p.c.id == found).values(**values))

    @staticmethod
    def _person_id(connection: Connection, name: str, role: str) -> int | None:
        p = schema.person
        found = connection.scalar(select(p.c.id).where(p.c.name == name, p.c.role == role))
        return int(found) if found is not None else None

    def assign(self, pair_id: str, mentor: str, mentee: str) -> None:
        """Name the pair's mentor and mentee (people of the programme)."""
        with self.hub.engine.begin() as connection:
            self._assign(connection, pair_id, mentor, mentee)

    @classmethod
    def _assign(cls, connection: Connection, pair_id: str, mentor: str, mentee: str) -> None:
        mentor_id = cls._person_id(connection, mentor, "mentor")
        mentee_id = cls._person_id(connection, mentee, "mentee")
        if mentor_id is None or mentee_id is None:
            missing = mentor if mentor_id is None else mentee
            raise HubError(f"{missing} is not one of the programme's people yet")
        changed = connection.execute(
            schema.pair.update()
            .where(schema.pair.c.id == pair_id)
            .values(mentor_id=mentor_id, mentee_id=mentee_id)
        )
        if changed.rowcount == 0:
            raise HubError("no pair with that id is enrolled")

    def mentors(self) -> list[Mentor]:
        """Every mentor with the mentees of the pairs they are named in."""
        p, pair = schema.person, schema.pair
        mentee = p.alias("mentee")
        with self.hub.engine.connect() as connection:
            mentors = connection.execute(
                select(p.c.id, p.c.name, p.c.capacity, p.c.strengths).where(p.c.role == "mentor")
            ).all()
            pairs = connection.execute(
                select(pair.c.mentor_id, mentee.c.name).join(mentee, mentee.c.id == pair.c.mentee_id)
            ).all()
        mentees: dict[int, list[str]] = {}
        for mentor_id, name in pairs:
            mentees.setdefault(mentor_id, []).append(name)
        return [
            Mentor(name, capacity or 0, tuple(strengths or ()), tuple(sorted(mentees.get(mentor_id, []))))
            for mentor_id, name, capacity, strengths in mentors
        ]

    def suggestions(self, mentee: str) -> list[Suggestion]:
        """Mentors for `mentee`, best first, each with the reasons."""
        p = schema.person
        with self.hub.engine.connect() as connection:
            goals: Any = connection.scalar(select(p.c.goals).where(p.c.name == mentee, p.c.role == "mentee"))
        if goals is None:
            raise HubError(f"{mentee} is not one of the programme's mentees")
        return suggest(mentee, goals, self.mentors())

    def goals(self) -> dict[str, tuple[str, ...]]:
        p = schema.person
        with self.hub.engine.connect() as connection:
            rows = connection.execute(select(p.c.name, p.c.goals).where(p.c.role == "mentee"))
            return {name: tuple(goals or ()) for name, goals in rows}


def programme_data(hub: Hub, now: dt.datetime) -> ProgrammeData:
    """Everything the dashboard shows at `now`, read from the hub."""
    people = People(hub)
    return ProgrammeData(
        latest=hub.latest(),
        weekly=hub.weekly_medians(first_week(now)),
        mentors=people.mentors(),
        goals=people.goals(),
        taxonomy=people.competencies(),
    )


def invite(
    hub: Hub, mentor: str, mentee: str, start: dt.date, cadence: Cadence, now: dt.datetime, cohort: str = ""
) -> Invitation:
    """Enrol a new pair of the programme's `mentor` and `mentee` (its devices enrolled later, from their
    cards) and word the invitation the two import."""
    pairing_id = str(uuid.uuid4())
    name = f"{mentor} & {mentee}"
    with hub.engine.begin() as connection:  # the pair and its people together, or neither
        cohort_id = hub.cohort_id(connection, cohort) if cohort else None
        connection.execute(
            schema.pair.insert().values(
                id=pairing_id, name=name, cohort_id=cohort_id, enrolled_at=now.astimezone(dt.UTC)
            )
        )
        People._assign(connection, pairing_id, mentor, mentee)
    competencies = tuple(People(hub).competencies())
    return Invitation(pairing_id, mentor, mentee, start, cadence, competencies, cohort)
