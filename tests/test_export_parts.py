"""An export larger than a partner's MentorDesk opens in one file is written as parts: each part fits,
each refers only to records in it or in the parts before it, and the parts imported in order give the
partner the same records as one file would."""

from __future__ import annotations

import uuid
from pathlib import Path
from typing import Any

import pytest
from conftest import Peer
from test_sync import PAIRING, dump, shared_state
from test_sync_refusals import envelopes

from mentordesk.sync import bundle
from mentordesk.sync.archive import json_list
from mentordesk.sync.bundle import Part, pack
from mentordesk.sync.importing import ImportRefused
from mentordesk.sync.parts import in_dependency_order, outgoing, split


@pytest.fixture
def small_files(monkeypatch: pytest.MonkeyPatch) -> int:
    """Files that hold 40 KB of records: the demo pairing needs several."""
    limit = 40 * 1024
    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", limit)
    return limit


def export_everything(priya: Peer, out: Path) -> Any:
    pairing = priya.services.pairings.find(PAIRING)
    partner = priya.devices.partner(pairing.id)
    written, _preview = priya.exports.export(
        pairing.id, out, priya.identity, partner=partner, everything=True, sender_role="mentor"
    )
    return written


def test_a_first_export_too_large_for_one_file_arrives_whole_in_parts(
    peers: tuple[Peer, Peer], tmp_path: Path, small_files: int
) -> None:
    priya, sam = peers
    written = export_everything(priya, tmp_path / "first.mdbundle")
    assert len(written.files) >= 3
    assert [p.name for p in written.files] == sorted(p.name for p in written.files)  # named in order
    assert written.files[0].name == f"first-part01-of-{len(written.files):02d}.mdbundle"
    assert not (tmp_path / "first.mdbundle").exists()
    sequences = [m.sequence for m in written.manifests]
    assert sequences == list(range(sequences[0], sequences[0] + len(sequences)))
    for number, path in enumerate(written.files):
        opened = sam.imports.read(path, sam.identity)
        assert len(bundle.json.dumps(list(opened.records)).encode()) <= small_files
        summary = sam.imports.import_bundle(opened, accept_new_pairing=number == 0)
        assert summary.created_pairing == (number == 0)
    assert shared_state(sam) == shared_state(priya)
    assert sum(written.counts.values()) == len(shared_state(priya))


def test_a_part_imported_out_of_its_order_is_refused_and_changes_nothing(
    peers: tuple[Peer, Peer], tmp_path: Path, small_files: int
) -> None:
    priya, sam = peers
    written = export_everything(priya, tmp_path / "first.mdbundle")
    first, second, third, *_rest = written.files
    error = refused(sam, second)
    assert "part 2 of" in str(error) and "import part 1 first" in str(error)
    sam.imports.import_bundle(sam.imports.read(first, sam.identity), accept_new_pairing=True)
    error = refused(sam, third)
    assert "import part 2 first" in str(error)
    for path in written.files[1:]:
        sam.imports.import_bundle(sam.imports.read(path, sam.identity))
    assert shared_state(sam) == shared_state(priya)


def test_a_part_sent_after_the_first_exchange_cannot_write_in_this_users_name(
    peers: tuple[Peer, Peer], tmp_path: Path, small_files: int
) -> None:
    """The first exchange takes what the sender holds in either person's name, part by part. Once it is
    over, a bundle that claims to be one more part of it is an ordinary export, refused as one would be
    if it brings a comment written as this user."""
    priya, sam = peers
    written = export_everything(priya, tmp_path / "first.mdbundle")
    for number, path in enumerate(written.files):
        sam.imports.import_bundle(sam.imports.read(path, sam.identity), accept_new_pairing=number == 0)
    first_part = written.manifests[0].part
    assert first_part is not None
    forged = next(c for c in envelopes(priya, "review_comment") if c["fields"]["author_role"] == "mentee")
    forged["id"] = str(uuid.uuid4())
    pairing = priya.services.pairings.find(PAIRING)
    again = Part(first_part.export_id, first_part.count, first_part.count)  # claims to be the last part
    _manifest, blob = pack(
        priya.identity,
        pairing.id,
        written.sequence + 1,
        [forged],
        recipients=[sam.identity.public().recipient],
        part=again,
    )
    path = tmp_path / "forged.mdbundle"
    path.write_bytes(blob)
    error = refused(sam, path)
    assert "written in your name" in str(error)


def refused(peer: Peer, path: Path) -> ImportRefused:
    before = dump(peer)
    with pytest.raises(ImportRefused) as error:
        peer.imports.import_bundle(peer.imports.read(path, peer.identity), accept_new_pairing=True)
    assert dump(peer) == before
    return error.value


DEVICE = str(uuid.uuid4())


def envelope(kind: str, **fields: Any) -> dict[str, Any]:
    return {
        "kind": kind,
        "id": str(uuid.uuid4()),
        "deleted": False,
        "version": {DEVICE: 1},
        "fields": {**fields, "deleted": False},
        "field_versions": {},
        "conflicts": {},
    }


def test_records_go_after_the_records_they_name() -> None:
    original = envelope("decision", amends_id=None, supersedes_id=None)
    amendment = envelope("decision", amends_id=original["id"], supersedes_id=None)
    replacement = envelope("decision", amends_id=amendment["id"], supersedes_id=original["id"])
    comment = envelope("review_comment", parent_id=None, decision_id=original["id"])
    reply = envelope("review_comment", parent_id=comment["id"], decision_id=original["id"])
    pairing = envelope("pairing")
    records = [reply, replacement, comment, amendment, pairing, original]
    ordered = [r.id for r in in_dependency_order([outgoing(r) for r in records])]
    assert sorted(ordered) == sorted(r["id"] for r in records)
    place = {record_id: index for index, record_id in enumerate(ordered)}
    for child, parent in (
        (amendment, original),
        (replacement, amendment),
        (replacement, original),
        (reply, comment),
        (comment, original),
        (original, pairing),
    ):
        assert place[parent["id"]] < place[child["id"]]


def test_every_part_fits_and_none_is_empty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bundle, "MAX_RECORDS_BYTES", 2_000)
    monkeypatch.setattr(bundle, "MAX_RECORDS", 7)
    records = [envelope("card", title="x" * (50 + n * 10), note="ü") for n in range(60)]
    chunks = split([outgoing(r) for r in records])
    assert len(chunks) > 8 and all(chunk.records for chunk in chunks)
    assert [r.id for chunk in chunks for r in chunk.records] == [r["id"] for r in records]
    by_id = {r["id"]: r for r in records}
    for chunk in chunks:
        assert len(chunk.records) <= 7
        held = [by_id[r.id] for r in chunk.records]
        written = bundle.json.dumps(held, ensure_ascii=False, sort_keys=True).encode()
        assert b"".join(json_list([r.data for r in chunk.records])) == written
        assert chunk.size == len(written) <= 2_000
        assert chunk.counts == {"card": len(held)}
    assert split([])[0].size == len(b"[]")


def test_a_record_a_partner_would_refuse_is_refused_as_it_is_collected() -> None:
    broken = envelope("card", title="x")
    broken["fields"]["deleted"] = True  # differs from its flag
    with pytest.raises(ValueError, match="deleted field"):
        outgoing(broken)
