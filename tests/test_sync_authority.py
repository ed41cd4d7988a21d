"""A partner holding a valid key is trusted with their own pairing only: exports signed by Sam that try to
reach past it are refused whole, naming the record, with the database unchanged."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Peer
from test_sync import PAIRING, send
from test_sync_refusals import bumped, envelopes, refused, signed

from mentordesk.sync.bundle import pack

Exchanged = tuple[Peer, Peer, str, str]


@pytest.fixture
def exchanged(peers: tuple[Peer, Peer], tmp_path: Path) -> Exchanged:
    """After the first exchange: Priya, Sam, Priya's own person id, and Jonas (Priya's mentee in her
    other pairing)."""
    priya, sam = peers
    send(priya, sam, tmp_path / "start.mdbundle", accept=True)
    ours = priya.services.pairings.find(PAIRING)
    jonas = next(p for p in priya.services.pairings.list_pairings() if p.id != ours.id).mentee
    return priya, sam, ours.mentor.id, jonas.id


def test_a_partner_cannot_rename_a_person_of_another_pairing(exchanged: Exchanged, tmp_path: Path) -> None:
    priya, sam, _me, jonas = exchanged
    device = sam.identity.device_id
    (pairing,) = envelopes(sam, "pairing")
    claim = bumped(pairing, device, mentee_id=jonas)  # "Jonas is my pairing's mentee now"
    person = envelopes(sam, "person")[0]
    person["id"] = jonas
    renamed = bumped(person, device, name="Mallory", email="mallory@example.org")
    error = refused(priya, signed(sam, priya, [claim, renamed]), tmp_path)
    assert "person" in str(error) or "pairing" in str(error)
    assert priya.services.pairings.find(PAIRING).mentee.name == "Sam Okafor"


def test_a_partner_cannot_rename_me(exchanged: Exchanged, tmp_path: Path) -> None:
    priya, sam, me, _jonas = exchanged
    person = next(p for p in envelopes(sam, "person") if p["id"] == me)
    error = refused(
        priya, signed(sam, priya, [bumped(person, sam.identity.device_id, name="Not Priya")]), tmp_path
    )
    assert f"person {me}" in str(error) and "who is you" in str(error)


def test_a_partner_cannot_swap_me_out_of_my_pairing(exchanged: Exchanged, tmp_path: Path) -> None:
    priya, sam, _me, jonas = exchanged
    (pairing,) = envelopes(sam, "pairing")
    swapped = bumped(pairing, sam.identity.device_id, mentor_id=jonas)
    error = refused(priya, signed(sam, priya, [swapped]), tmp_path)
    assert "who is in the pairing" in str(error)


def test_a_partner_cannot_remove_the_pairing(exchanged: Exchanged, tmp_path: Path) -> None:
    priya, sam, _me, _jonas = exchanged
    (pairing,) = envelopes(sam, "pairing")
    gone = bumped(pairing, sam.identity.device_id, deleted=True)
    gone["deleted"] = True
    error = refused(priya, signed(sam, priya, [gone]), tmp_path)
    assert "cannot remove the pairing" in str(error)


def test_a_partner_cannot_take_over_a_pairing_with_no_partner_linked(
    exchanged: Exchanged, tmp_path: Path
) -> None:
    priya, sam, _me, _jonas = exchanged
    other = next(p for p in priya.services.pairings.list_pairings() if p.name != PAIRING)
    (pairing,) = envelopes(sam, "pairing")
    pairing["id"] = other.id
    renamed = bumped(pairing, sam.identity.device_id, name="Taken over")
    blob = pack(sam.identity, other.id, 1, [renamed], recipients=[priya.identity.public().recipient])[1]
    error = refused(priya, blob, tmp_path)
    assert "no partner linked" in str(error)
    assert priya.devices.partner(other.id) is None


def test_a_partner_cannot_write_in_my_name_or_change_my_words(exchanged: Exchanged, tmp_path: Path) -> None:
    priya, sam, _me, _jonas = exchanged
    device = sam.identity.device_id
    comments = envelopes(sam, "review_comment")
    mine = next(c for c in comments if c["fields"]["author_role"] == "mentor")  # Priya is the mentor
    error = refused(priya, signed(sam, priya, [bumped(mine, device, body="Rewritten by Sam")]), tmp_path)
    assert "which you wrote" in str(error)
    forged = bumped(json.loads(json.dumps(mine)), device, body="Approved, says Priya")
    forged["id"] = "7e57c0de-0000-4000-8000-000000000001"
    error = refused(priya, signed(sam, priya, [forged]), tmp_path)
    assert "written in your name" in str(error)
    theirs = next(c for c in comments if c["fields"]["author_role"] == "mentee")
    edited = bumped(theirs, device, body="Sam rewords his own comment")
    priya.imports.import_bundle(
        priya.imports.read(_write(tmp_path, signed(sam, priya, [edited])), priya.identity)
    )


def _write(folder: Path, blob: bytes) -> Path:
    path = folder / "sam-own.mdbundle"
    path.write_bytes(blob)
    return path
