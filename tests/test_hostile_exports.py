"""Exports crafted to break the reader: nothing is parsed before the signature checks out, parsing is
bounded, and every field is checked for shape, range and encoding before anything is written. Each
refusal is a BundleError with a message naming the record and field; the database stays as it was."""

from __future__ import annotations

import base64
import hashlib
import json
from pathlib import Path
from typing import Any

import pytest
from conftest import Peer
from test_bundle import PRIYA, SAM, craft, manifest_for, priya_opens, seal
from test_sync import PAIRING, send
from test_sync_refusals import bumped, envelopes, refused, signed

from mentordesk.sync.bundle import BundleError
from mentordesk.sync.fields import _SHAPES
from mentordesk.sync.records import kinds

DEEP = b"[" * 5000 + b"]" * 5000


def _raw(manifest_json: bytes, records_json: bytes, signature: bytes) -> bytes:
    """A bundle of exactly these members, encrypted for Priya."""
    return seal(manifest_json, records_json, signature, PRIYA.public().recipient)


def _deep_manifest() -> bytes:
    body = json.dumps(manifest_for(b"[]", counts={})).encode()
    return body[:-1] + b', "padding": ' + DEEP + b"}"


@pytest.mark.parametrize("signer", ["partner", "stranger", "nobody"])
def test_a_deeply_nested_manifest_is_refused_without_a_traceback(signer: str) -> None:
    manifest = _deep_manifest()
    signature = {
        "partner": base64.b64encode(SAM.sign(manifest)),
        "stranger": base64.b64encode(PRIYA.sign(manifest)),  # a real key, but not the claimed sender's
        "nobody": base64.b64encode(b"\0" * 64),
    }[signer]
    with pytest.raises(BundleError) as refused_:
        priya_opens(_raw(manifest, b"[]", signature))
    expected = {"partner": "nested too deeply", "stranger": "not signed by", "nobody": "not signed by"}
    assert expected[signer] in str(refused_.value)


def test_a_manifest_that_names_no_sender_is_not_parsed() -> None:
    manifest = json.dumps(manifest_for(b"[]", counts={}, sender_device="someone")).encode()
    with pytest.raises(BundleError, match="names no sender") as refused_:
        priya_opens(_raw(manifest, b"[]", base64.b64encode(SAM.sign(manifest))))
    assert refused_.value.reason == "not-export"


def test_deeply_nested_records_are_refused_after_the_signature() -> None:
    records = b'[{"kind": "card", "fields": {"notes": ' + DEEP + b"}}]"
    manifest = manifest_for(records, records_sha256=hashlib.sha256(records).hexdigest())
    with pytest.raises(BundleError, match="nested too deeply"):
        priya_opens(craft(manifest, records))


def test_every_json_column_that_travels_has_its_structure_checked() -> None:
    structured = {
        (name, column.key)
        for name, model in kinds().items()
        for column in model.__table__.columns  # type: ignore[attr-defined]
        if type(column.type).__name__ == "JSON"
        and column.key not in ("version_vector", "field_versions", "conflicts")
    }
    assert structured == set(_SHAPES)


@pytest.fixture
def exchanged(peers: tuple[Peer, Peer], tmp_path: Path) -> tuple[Peer, Peer]:
    priya, sam = peers
    send(priya, sam, tmp_path / "start.mdbundle", accept=True)
    return priya, sam


@pytest.mark.parametrize(
    ("kind", "field", "value", "words"),
    [
        ("decision", "options", '{"not": "a list"}', "options"),
        ("decision", "options", '[{"title": {"nested": 1}}]', "options"),
        ("archeology_event", "sources", '{"a": 1}', "sources"),
        ("archeology_event", "occurred_on", "9999-12-31", "occurred_on"),
        ("archeology_event", "occurred_on", "0001-01-01", "occurred_on"),
        ("card", "position", float("nan"), "position"),
        ("mentoring_session", "feedback_rating", 999, "feedback_rating"),
        ("mentoring_session", "duration_minutes", -5, "duration_minutes"),
        ("card", "position", float("inf"), "position"),
        ("card", "title", "broken \ud800 text", "title"),
    ],
)
def test_a_field_of_the_wrong_shape_names_the_record_and_field(
    exchanged: tuple[Peer, Peer], tmp_path: Path, kind: str, field: str, value: Any, words: str
) -> None:
    priya, sam = exchanged
    record = envelopes(sam, kind)[0]
    hostile = bumped(record, sam.identity.device_id, **{field: value})
    blob = signed(sam, priya, [hostile]) if field != "title" else _with_surrogate(sam, priya, hostile)
    error = refused(priya, blob, tmp_path)
    assert words in str(error) and record["id"] in str(error), str(error)
    assert priya.services.pairings.find(PAIRING)  # the window's pairing still opens


def _with_surrogate(sam: Peer, priya: Peer, record: dict[str, Any]) -> bytes:
    """Signed by Sam with the lone surrogate written as the JSON escape "\\ud800" (MentorDesk itself
    cannot write one)."""
    records = json.dumps([record], ensure_ascii=True).encode()
    manifest = manifest_for(
        records,
        pairing_id=record["fields"]["pairing_id"],
        sender_device=sam.identity.device_id,
        sequence=99,
        counts={record["kind"]: 1},
    )
    return craft(manifest, records, signer=sam.identity, recipient=priya.identity.public().recipient)
