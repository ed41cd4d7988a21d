"""A pairing invitation: what a programme lead sends the mentor and the mentee it matched, as a file each
imports. The mentor's copy creates the pairing under the id the hub enrolled it with (so its published
figures reach the right pair); the mentee's copy accepts that pairing's first export when it arrives.
It holds the two names, the start, the cadence and the programme's competencies: what the lead already
knows, nothing of the pair."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from dataclasses import dataclass

from mentordesk.domain import Cadence
from mentordesk.programme import check_form, check_size

FORMAT = "mentordesk-programme-invitation"
VERSION = 1
MAX_BYTES = 64 * 1024
SUFFIX = ".mdinvite"


class InvitationRefused(ValueError):
    """A file that is not a sound invitation; the message says why."""


@dataclass(frozen=True)
class Invitation:
    pairing_id: str
    mentor: str
    mentee: str
    start_date: dt.date
    cadence: Cadence
    competencies: tuple[str, ...] = ()
    cohort: str = ""

    def to_bytes(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "pairing": self.pairing_id,
            "mentor": self.mentor,
            "mentee": self.mentee,
            "start_date": self.start_date.isoformat(),
            "cadence": self.cadence.value,
            "competencies": list(self.competencies),
            "cohort": self.cohort,
        }
        return json.dumps(body, indent=1, ensure_ascii=False).encode("utf-8")


def _name(body: dict[str, object], key: str, limit: int, empty: bool = False) -> str:
    value = body.get(key, "")
    if not isinstance(value, str) or len(value) > limit or (not empty and not value.strip()):
        raise InvitationRefused(f"the invitation's {key} is not a name of at most {limit} characters")
    return " ".join(value.split())


def read(data: bytes) -> Invitation:
    """The invitation in `data`, or InvitationRefused naming what is wrong with it."""
    check_size(data, MAX_BYTES, "an invitation", InvitationRefused)
    try:
        parsed = json.loads(data)
    except ValueError as error:
        raise InvitationRefused("the file is not a MentorDesk invitation") from error
    body = check_form(parsed, FORMAT, VERSION, "invitation", InvitationRefused)
    try:
        pairing_id = str(uuid.UUID(str(body.get("pairing"))))
        start = dt.date.fromisoformat(str(body.get("start_date")))
        cadence = Cadence(str(body.get("cadence")))
    except ValueError as error:
        raise InvitationRefused(f"the invitation is damaged: {error}") from error
    competencies = body.get("competencies", [])
    if not isinstance(competencies, list) or len(competencies) > 200:
        raise InvitationRefused("the invitation's competencies are not a list of names")
    names = tuple(_name({"competency": c}, "competency", 120) for c in competencies)
    return Invitation(
        pairing_id,
        _name(body, "mentor", 200),
        _name(body, "mentee", 200),
        start,
        cadence,
        names,
        _name(body, "cohort", 200, empty=True),
    )
