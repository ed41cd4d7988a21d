"""A pairing whose every confidential or private text carries a unique marker word.

`seed` writes records of every kind that holds text, once confidential and once private, plus hidden
children of shared records and records derived from hidden ones (carried action items, Prepare's agenda
points, a "discuss in session" verdict). Each marker is one word ("zqc07", "zqp12"), so a search for it
finds exactly its record, and a walk can look for every marker in whatever is shown or exported."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from mentordesk.domain import (
    Cadence,
    CardDraft,
    ConsideredOption,
    NewPairing,
    PairingInfo,
    ReviewState,
    Role,
    Verdict,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.services.decision_data import TEXT_SECTIONS

NOW = dt.datetime(2026, 11, 10, 12, 0, tzinfo=dt.UTC)
TODAY = NOW.date()


@dataclass
class Secrets:
    """The markers written, by how hidden they are."""

    pairing: PairingInfo | None = None
    confidential: list[str] = field(default_factory=list)
    private: list[str] = field(default_factory=list)

    def mark(self, visibility: Visibility, what: str) -> str:
        bucket = self.private if visibility is Visibility.PRIVATE else self.confidential
        marker = f"zq{'p' if visibility is Visibility.PRIVATE else 'c'}{len(bucket):02d}"
        bucket.append(marker)
        return f"{what} {marker}"

    @property
    def all(self) -> list[str]:
        return [*self.confidential, *self.private]


def seed(services: Services) -> Secrets:
    """Write the pairing (this copy is the mentor's) and return its markers."""
    secrets = Secrets()
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", TODAY - dt.timedelta(days=40), Cadence.WEEKLY),
        name="Priya & Sam",
    )
    secrets.pairing = pairing
    column = services.plans.columns(pairing.id)[1].id
    services.board.create_card(column, CardDraft("A shared card", due_date=TODAY - dt.timedelta(days=2)))
    shared_session = services.sessions.add_session(
        pairing.id, NOW - dt.timedelta(days=7), title="A shared session", notes="Shared notes"
    )
    shared_decision = services.decisions.add_decision(
        pairing.id, "A shared decision", TODAY - dt.timedelta(days=20), author_role=Role.MENTEE
    )
    for visibility in (Visibility.CONFIDENTIAL, Visibility.PRIVATE):
        _cards(services, secrets, column, visibility)
        _sessions(services, secrets, pairing.id, shared_session, visibility)
        _decisions(services, secrets, pairing.id, shared_decision, visibility)
        services.archeology.add_event(
            pairing.id,
            secrets.mark(visibility, "Event"),
            TODAY - dt.timedelta(days=400),
            why=secrets.mark(visibility, "Why"),
            lessons=secrets.mark(visibility, "Lessons"),
            sources=(secrets.mark(visibility, "Source"),),
            people=secrets.mark(visibility, "People"),
            visibility=visibility,
        )
    services.sessions.add_private_note(shared_session, secrets.mark(Visibility.PRIVATE, "Private note"))
    # derived: Prepare's draft goes onto a new session, which also carries every open action forward
    points = services.prepare.draft_agenda(pairing, NOW)
    services.prepare.add_to_next_session(pairing, points, NOW)
    return secrets


def _cards(services: Services, secrets: Secrets, column: str, visibility: Visibility) -> None:
    card = services.board.create_card(
        column,
        CardDraft(
            secrets.mark(visibility, "Card"),
            description=secrets.mark(visibility, "Card description"),
            due_date=TODAY - dt.timedelta(days=3),
            visibility=visibility,
        ),
    )
    services.board.add_checklist_item(card, secrets.mark(visibility, "Checklist step"))


def _sessions(
    services: Services, secrets: Secrets, pairing_id: str, shared_session: str, visibility: Visibility
) -> None:
    hidden = services.sessions.add_session(
        pairing_id,
        NOW - dt.timedelta(days=14),
        title=secrets.mark(visibility, "Session"),
        notes=secrets.mark(visibility, "Session notes"),
        feedback_comment=secrets.mark(visibility, "Feedback"),
        visibility=visibility,
    )
    services.sessions.add_agenda_item(hidden, secrets.mark(visibility, "Agenda point"))
    services.sessions.add_action(
        hidden, secrets.mark(visibility, "Action of a hidden session"), due_date=TODAY - dt.timedelta(days=1)
    )
    services.sessions.add_action(
        shared_session,
        secrets.mark(visibility, "Hidden action of a shared session"),
        due_date=TODAY - dt.timedelta(days=1),
        visibility=visibility,
    )


def _decisions(
    services: Services, secrets: Secrets, pairing_id: str, shared_decision: str, visibility: Visibility
) -> None:
    sections = {name: secrets.mark(visibility, name) for name in TEXT_SECTIONS}
    decision = services.decisions.add_decision(
        pairing_id,
        secrets.mark(visibility, "Decision"),
        TODAY - dt.timedelta(days=10),
        author_role=Role.MENTEE,
        review_state=ReviewState.AWAITING_REVIEW,
        visibility=visibility,
        options=(
            ConsideredOption(secrets.mark(visibility, "Option"), good=(secrets.mark(visibility, "Pro"),)),
        ),
        tags=(secrets.mark(visibility, "tag"),),
        revisit_on=TODAY - dt.timedelta(days=1),
        **sections,
    )
    services.reviews.add_comment(decision, secrets.mark(visibility, "Comment"), is_principle=True)
    services.decisions.add_addendum(decision, secrets.mark(visibility, "Addendum"), Role.MENTEE, TODAY)
    services.reviews.add_comment(
        shared_decision,
        secrets.mark(visibility, "Hidden comment on a shared decision"),
        visibility=visibility,
    )
    if visibility is Visibility.CONFIDENTIAL:  # "discuss in session" puts the decision on the next agenda
        pairing = services.pairings.get(pairing_id)
        services.reviews.give_verdict(pairing, decision, Verdict.DISCUSS, Role.MENTOR, "", NOW)
