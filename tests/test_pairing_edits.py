"""Changing a pairing after creation: its name, people, roles, rhythm, goals and competencies."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from mentordesk.domain import Cadence, CardDraft, CardKind, NewPairing, PairingEdit, PairingInfo, Role
from mentordesk.services import Services

START = dt.date(2026, 10, 1)


@pytest.fixture
def pairing(services: Services) -> PairingInfo:
    return services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY, competencies=("Testing", "SQL"))
    )


def test_a_new_pairing_can_start_with_competencies(services: Services, pairing: PairingInfo) -> None:
    assert [name for name, _ in services.pairings.competencies(pairing.id)] == ["SQL", "Testing"]


def test_every_field_can_change_and_reads_back(services: Services, pairing: PairingInfo) -> None:
    edit = services.pairings.edit_of(pairing.id)
    assert edit == PairingEdit(
        "Priya & Sam", "Priya", Role.MENTOR, "Sam", START, Cadence.WEEKLY, "", ("SQL", "Testing")
    )
    changed = PairingEdit(
        name="Payments onboarding",
        my_name="Priya Raman",
        my_role=Role.MENTEE,
        partner_name="Sam Okafor",
        start_date=dt.date(2026, 11, 2),
        cadence=Cadence.BIWEEKLY,
        goals="Own the ledger service",
        competencies=("Testing", "Incident response"),
    )
    info = services.pairings.update(pairing.id, changed)
    assert (info.name, info.my_role, info.mentor.name, info.mentee.name) == (
        "Payments onboarding",
        Role.MENTEE,
        "Sam Okafor",
        "Priya Raman",
    )
    assert (info.start_date, info.cadence, info.goals) == (
        dt.date(2026, 11, 2),
        Cadence.BIWEEKLY,
        changed.goals,
    )
    assert services.pairings.edit_of(pairing.id) == dataclasses.replace(
        changed, competencies=("Incident response", "Testing")
    )
    assert services.pairings.find("Payments onboarding").id == pairing.id


def test_a_name_already_taken_is_refused_and_nothing_changes(
    services: Services, pairing: PairingInfo
) -> None:
    services.pairings.create(NewPairing("Priya", Role.MENTOR, "Mei", START, Cadence.WEEKLY))
    edit = dataclasses.replace(
        services.pairings.edit_of(pairing.id), name="Priya & Mei", cadence=Cadence.MONTHLY
    )
    with pytest.raises(ValueError, match="'Priya & Mei' already exists"):
        services.pairings.update(pairing.id, edit)
    assert services.pairings.get(pairing.id).cadence is Cadence.WEEKLY
    same = dataclasses.replace(edit, name="Priya & Sam", partner_name="priya")
    with pytest.raises(ValueError, match="different names"):
        services.pairings.update(pairing.id, same)
    with pytest.raises(ValueError, match="needs a name"):
        services.pairings.update(pairing.id, dataclasses.replace(edit, name="  "))


def test_a_removed_competency_leaves_the_cards_and_comes_back_with_them(
    services: Services, pairing: PairingInfo
) -> None:
    [column, *_] = services.plans.columns(pairing.id)
    card = services.plans.add_card(column.id, "Write the fixture loader", competencies=["SQL"])
    edit = services.pairings.edit_of(pairing.id)
    services.pairings.update(pairing.id, dataclasses.replace(edit, competencies=("Testing",)))
    assert services.board.draft(card).competencies == ()
    assert [c.competencies for c in services.plans.cards(pairing.id)] == [()]
    services.pairings.update(pairing.id, dataclasses.replace(edit, competencies=("Testing", "sql")))
    assert services.board.draft(card).competencies == ("sql",)
    assert [name for name, _ in services.pairings.competencies(pairing.id)] == ["sql", "Testing"]
    draft = CardDraft("Write the fixture loader", CardKind.TASK, competencies=("sql",))
    services.board.update_card(card, draft)
    assert services.board.draft(card).competencies == ("sql",)
