"""Imports that must be refused: each with its own message, each leaving the database exactly as it was."""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
import os
import uuid
from pathlib import Path
from typing import Any

import keyring
import pytest
from conftest import MemoryKeyring, Peer
from keyring.backends import fail
from pyrage import encrypt as age_encrypt
from pyrage import passphrase, x25519
from test_bundle import craft, manifest_for
from test_sync import PAIRING, dump, send, shared_state

from mentordesk.cli import main
from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.sync.bundle import BundleError, pack
from mentordesk.sync.identity import DeviceIdentity
from mentordesk.sync.records import collect

PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + b"\0" * 40


def refused(peer: Peer, blob: bytes, tmp_path: Path, **kwargs: Any) -> BundleError:
    """Import `blob` into `peer`, expecting a refusal that changes nothing."""
    before = dump(peer)
    path = tmp_path / f"in-{uuid.uuid4().hex[:6]}.mdbundle"
    path.write_bytes(blob)
    with pytest.raises(BundleError) as error:
        bundle = peer.imports.read(path, peer.identity, kwargs.pop("password", None))
        peer.imports.import_bundle(bundle, **kwargs)
    assert dump(peer) == before
    assert str(error.value)  # a message for the user
    return error.value


@pytest.fixture
def started(peers: tuple[Peer, Peer], tmp_path: Path) -> tuple[Peer, Peer, bytes]:
    """After the first exchange: Priya's next export to Sam (everything again) as bytes."""
    priya, sam = peers
    send(priya, sam, tmp_path / "start.mdbundle", accept=True)
    pairing = priya.services.pairings.find(PAIRING)
    out = tmp_path / "next.mdbundle"
    return priya, sam, priya.export(pairing.id, out, everything=True).read_bytes()


def test_files_that_are_not_good_exports(started: tuple[Peer, Peer, bytes], tmp_path: Path) -> None:
    _priya, sam, good = started
    to_sam = x25519.Recipient.from_str(sam.identity.public().recipient)
    header_end = good.index(b"\n---") + 4
    body = good.index(b"\n", header_end) + 1
    mac_edited = bytearray(good)
    mac_edited[header_end + 3] ^= 0x01
    cases = {
        "empty": (b"", "not-export", "not a MentorDesk export"),
        "random": (os.urandom(5000), "not-export", "not a MentorDesk export"),
        "png": (PNG, "not-export", "not a MentorDesk export"),
        "age from elsewhere": (age_encrypt(b"hello", [to_sam]), "not-export", "not a MentorDesk export"),
        "header only": (good[:body], "damaged", "damaged"),
        "mid chunk": (good[: body + 3000], "damaged", "damaged"),
        "chunk boundary": (good[: body + 16 + 64 * 1024 + 16], "damaged", "damaged"),
        "edited header": (bytes(mac_edited), "damaged", "damaged"),
        "edited recipient": (good.replace(b"X25519 ", b"X25518 ", 1), "wrong-key", "this device's key"),
        "for someone else": (
            age_encrypt(b"x" * 100, [x25519.Identity.generate().to_public()]),
            "wrong-key",
            "this device's key",
        ),
    }
    for name, (blob, reason, words) in cases.items():
        error = refused(sam, blob, tmp_path)
        assert (error.reason, words in str(error)) == (reason, True), (name, str(error))
    for offset in range(0, len(good), max(1, len(good) // 40)):
        flipped = bytearray(good)
        flipped[offset] ^= 0x20
        error = refused(sam, bytes(flipped), tmp_path)
        assert error.reason in ("damaged", "wrong-key", "not-export"), offset


def signed(sender: Peer, receiver: Peer, records: list[dict[str, Any]], sequence: int = 99) -> bytes:
    """A bundle properly signed by `sender`: only its records are hostile."""
    pairing = sender.services.pairings.find(PAIRING)
    recipient = receiver.identity.public().recipient
    return pack(sender.identity, pairing.id, sequence, records, recipients=[recipient])[1]


def envelopes(peer: Peer, kind: str) -> list[dict[str, Any]]:
    pairing = peer.services.pairings.find(PAIRING)
    with peer.services.db.read() as session:
        records, _preview = collect(session, pairing.id)
    return [copy.deepcopy(r) for r in records if r["kind"] == kind]


def bumped(record: dict[str, Any], device: str, **fields: Any) -> dict[str, Any]:
    """`record` with `fields` changed at a newer version, so a merge would take them."""
    version = dict(record["version"])
    version[device] = version.get(device, 0) + 10
    record["version"] = version
    for name, value in fields.items():
        record["fields"][name] = value
        record["field_versions"][name] = version
    return record


def test_hand_made_exports_from_the_partner_are_refused_before_anything_is_written(
    started: tuple[Peer, Peer, bytes], tmp_path: Path
) -> None:
    priya, sam, _good = started
    pairing = priya.services.pairings.find(PAIRING)
    card = envelopes(priya, "card")[0]
    one = json.dumps([card]).encode()
    twice = json.dumps([card, card]).encode()
    ours = {"pairing_id": pairing.id, "sender_device": priya.identity.device_id}

    def made(records: bytes, **manifest: Any) -> bytes:
        body = manifest_for(records, **{**ours, **manifest})
        return craft(body, records, priya.identity, sam.identity.public().recipient)

    sealed = passphrase.encrypt(b"x", "a long password")
    start = sealed.index(b"-> scrypt ")
    end = sealed.index(b"\n", start)
    salt = sealed[start:end].split()[2]
    cases = {
        "newer": (made(one, version=2), "newer", "update MentorDesk"),
        "huge counts": (made(one, counts={"card": 10**9}), "invalid", "counts"),
        "twice": (made(twice, counts={"card": 2}), "invalid", "twice"),
        "hostile work": (sealed[:start] + b"-> scrypt " + salt + b" 40" + sealed[end:], "hostile", "refused"),
    }
    for name, (blob, reason, words) in cases.items():
        error = refused(sam, blob, tmp_path, password="a long password")
        assert (error.reason, words in str(error)) == (reason, True), (name, str(error))


def test_senders_that_are_not_the_partner(started: tuple[Peer, Peer, bytes], tmp_path: Path) -> None:
    priya, sam, _good = started
    eve = DeviceIdentity.generate("Eve")
    pairing = priya.services.pairings.find(PAIRING)
    from_eve = pack(eve, pairing.id, 1, [], recipients=[sam.identity.public().recipient])[1]
    assert refused(sam, from_eve, tmp_path).reason == "unknown-sender"
    own = tmp_path / "own.mdbundle"
    sam.export(pairing.id, own)
    error = refused(sam, own.read_bytes(), tmp_path)
    assert error.reason == "own" and "your own export" in str(error)
    other = next(p for p in priya.services.pairings.list_pairings() if p.name != PAIRING)
    out = tmp_path / "other.mdbundle"
    priya.exports.export(other.id, out, priya.identity, partner=sam.identity.public())
    error = refused(sam, out.read_bytes(), tmp_path)
    assert error.reason == "new-pairing" and "does not have yet" in str(error)


def test_records_that_do_not_fit_are_refused_with_their_reason(
    started: tuple[Peer, Peer, bytes], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    priya, sam, _good = started
    me = priya.identity.device_id
    card = envelopes(priya, "card")[0]
    other = next(p for p in priya.services.pairings.list_pairings() if p.name != PAIRING)
    template = {**bumped(copy.deepcopy(card), me), "kind": "session_template"}
    unknown_field = bumped(copy.deepcopy(card), me)
    unknown_field["fields"]["colour_scheme"] = "dark"
    unknown_field["field_versions"]["colour_scheme"] = unknown_field["version"]
    stranger = {**bumped(envelopes(priya, "person")[0], me), "id": str(uuid.uuid4())}
    elsewhere = sam.services.pairings.create(
        NewPairing("Sam", Role.MENTEE, "Ada", dt.date(2026, 10, 1), Cadence.WEEKLY), name="Ada → Sam"
    )
    their_column = sam.services.plans.columns(elsewhere.id)[0].id
    cases = {
        "wrong type": (bumped(copy.deepcopy(card), me, title=5), "title of a card record does not fit"),
        "too long": (bumped(copy.deepcopy(card), me, title="x" * 301), "longer than 300 characters"),
        "bad choice": (bumped(copy.deepcopy(card), me, visibility="public"), "not one of its choices"),
        "bad date": (bumped(copy.deepcopy(card), me, due_date="next week"), "due_date"),
        "empty": (bumped(copy.deepcopy(card), me, title=None), "is empty"),
        "unknown field": (unknown_field, "fields this version of MentorDesk uses"),
        "kind that stays": (template, "does not travel"),
        "other pairing": (bumped(copy.deepcopy(card), me, pairing_id=other.id), "belongs to another pairing"),
        "stranger": (stranger, "not one of the pairing's two people"),
        "missing parent": (
            bumped(copy.deepcopy(card), me, column_id=str(uuid.uuid4())),
            "refers to records this database does not have",
        ),
        "parent in another pairing": (
            bumped(copy.deepcopy(card), me, column_id=their_column),
            "links a card to a record of another pairing",
        ),
        "bad links": (bumped(copy.deepcopy(card), me, competencies=["z", "a"]), "competencies"),
    }
    for name, (record, words) in cases.items():
        error = refused(sam, signed(priya, sam, [record]), tmp_path)
        assert words in str(error), (name, str(error))
    # a first exchange writes thousands of a kind, and its references are checked over the whole pairing
    monkeypatch.setattr("mentordesk.sync.references.WHOLE_AFTER", 0)
    for name in ("missing parent", "parent in another pairing"):
        record, words = cases[name]
        error = refused(sam, signed(priya, sam, [record]), tmp_path)
        assert words in str(error), (name, str(error))


def test_an_older_export_never_rolls_back_or_resurrects(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    send(priya, sam, tmp_path / "start.mdbundle", accept=True)
    pairing = priya.services.pairings.find(PAIRING)
    card, doomed = priya.services.plans.cards(pairing.id)[:2]
    draft = priya.services.board.draft(card.id)
    priya.services.board.update_card(card.id, dataclasses.replace(draft, title="Second title"))
    old = tmp_path / "old.mdbundle"
    priya.export(pairing.id, old)
    priya.services.board.update_card(card.id, dataclasses.replace(draft, title="Third title"))
    priya.services.board.delete_card(doomed.id)
    send(priya, sam, tmp_path / "new.mdbundle")
    assert sam.services.board.draft(card.id).title == "Third title"
    replay = sam.imports.import_bundle(sam.imports.read(old, sam.identity))  # arrives late
    assert replay.applied.updated == 0 and replay.applied.added == 0
    assert sam.services.board.draft(card.id).title == "Third title"
    assert doomed.id not in {c.id for c in sam.services.plans.cards(pairing.id)}
    again = sam.imports.import_bundle(sam.imports.read(old, sam.identity))
    assert again.already


def test_a_delete_wins_over_an_edit_made_without_seeing_it(peers: tuple[Peer, Peer], tmp_path: Path) -> None:
    priya, sam = peers
    send(priya, sam, tmp_path / "start.mdbundle", accept=True)
    pairing = priya.services.pairings.find(PAIRING)
    card = priya.services.plans.cards(pairing.id)[0]
    priya.services.board.delete_card(card.id)
    draft = sam.services.board.draft(card.id)
    sam.services.board.update_card(card.id, dataclasses.replace(draft, description="Sam was here"))
    send(sam, priya, tmp_path / "a.mdbundle")
    send(priya, sam, tmp_path / "b.mdbundle")
    for peer in (priya, sam):
        assert card.id not in {c.id for c in peer.services.plans.cards(pairing.id)}
    assert shared_state(priya) == shared_state(sam)


def test_keys_that_cannot_be_reached_stop_the_import_with_a_message(
    peers: tuple[Peer, Peer],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    priya, _sam = peers
    pairing = priya.services.pairings.find(PAIRING)
    out = tmp_path / "x.mdbundle"
    priya.export(pairing.id, out)
    previous = keyring.get_keyring()
    plain = tmp_path / "plain.sqlite"
    try:
        keyring.set_keyring(fail.Keyring())  # no keyring, or a plaintext-only one: a passphrase is needed
        monkeypatch.setenv("MENTORDESK_PASSPHRASE", "a long passphrase")
        assert main(["identity", "init", "--db", str(plain), "--name", "Sam"]) == 0
        monkeypatch.setenv("MENTORDESK_PASSPHRASE", "the wrong passphrase")
        assert main(["import", "--db", str(plain), str(out)]) == 2
        assert "passphrase" in capsys.readouterr().err.lower()
        monkeypatch.delenv("MENTORDESK_PASSPHRASE")
        assert main(["import", "--db", str(plain), str(out)]) == 2
        assert "MENTORDESK_PASSPHRASE" in capsys.readouterr().err
        desktop = MemoryKeyring()
        keyring.set_keyring(desktop)
        locked = tmp_path / "locked.sqlite"
        assert main(["identity", "init", "--db", str(locked), "--name", "Sam"]) == 0
        desktop.locked = True
        assert main(["import", "--db", str(locked), str(out)]) == 2
        assert "keyring is locked" in capsys.readouterr().err
    finally:
        keyring.set_keyring(previous)
