"""The people of a pairing and the pairing itself, as the app shows and edits them."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.domain import Cadence, PairingStatus, Role


@dataclass(frozen=True)
class PersonInfo:
    id: str
    name: str
    email: str = ""


@dataclass(frozen=True)
class PairingInfo:
    id: str
    name: str
    mentor: PersonInfo
    mentee: PersonInfo
    my_role: Role | None
    start_date: dt.date
    cadence: Cadence
    status: PairingStatus
    goals: str = ""

    @property
    def acting_role(self) -> Role:
        """The role this copy of the app writes as: my role, or the mentor's when it is not known."""
        return self.my_role or Role.MENTOR

    @property
    def partner(self) -> PersonInfo:
        return self.mentee if self.my_role is Role.MENTOR else self.mentor

    def day_number(self, today: dt.date) -> int:
        """Day of the 90-day plan, counting the start date as day 1."""
        return (today - self.start_date).days + 1


@dataclass(frozen=True)
class NewPairing:
    """What the welcome flow collects."""

    my_name: str
    my_role: Role
    partner_name: str
    start_date: dt.date
    cadence: Cadence
    goals: str = ""
    competencies: tuple[str, ...] = ()
    name: str = ""  # empty: "Mentor & Mentee"


@dataclass(frozen=True)
class PairingEdit:
    """A pairing's fields as its form shows them: every one can change after creation."""

    name: str
    my_name: str
    my_role: Role
    partner_name: str
    start_date: dt.date
    cadence: Cadence
    goals: str = ""
    competencies: tuple[str, ...] = ()
