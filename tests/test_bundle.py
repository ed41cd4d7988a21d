"""The export file: round trips, the age tool reading it, and every kind of bad input refused by name."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import os
import shutil
import subprocess
import tarfile
import uuid
from pathlib import Path
from typing import Any

import pytest
from pyrage import encrypt, passphrase, x25519

from mentordesk.sync.archive import Reader, json_list
from mentordesk.sync.archive import tar as archive_of
from mentordesk.sync.bundle import BundleError, open_bundle, pack
from mentordesk.sync.identity import DeviceIdentity, PublicIdentity
from mentordesk.sync.password_files import CHUNK, WORK_FACTOR, encrypt_with_password

PAIRING = str(uuid.uuid4())
SAM = DeviceIdentity.generate("Sam Okafor")
PRIYA = DeviceIdentity.generate("Priya Raman")
KNOWN = {SAM.device_id: SAM.public(), PRIYA.device_id: PRIYA.public()}


def record(kind: str = "card", **fields: Any) -> dict[str, Any]:
    values = {"title": "Learn the ledger", "deleted": False, **fields}
    return {
        "kind": kind,
        "id": str(uuid.uuid4()),
        "deleted": values["deleted"],
        "version": {SAM.device_id: 1},
        "fields": values,
        "field_versions": {name: {SAM.device_id: 1} for name in values},
        "conflicts": {},
    }


RECORDS = [record(), record("decision", title="Keep SQLite", context="# Why\n\nBecause."), record("session")]


def sam_to_priya(records: list[dict[str, Any]] = RECORDS) -> bytes:
    return pack(SAM, PAIRING, 1, records, recipients=[PRIYA.public().recipient])[1]


def priya_opens(blob: bytes, known: dict[str, PublicIdentity] = KNOWN, **kwargs: Any) -> Any:
    return open_bundle(blob, identity=PRIYA, known_sender=known.get, pairing_id=PAIRING, **kwargs)


def reason(blob: bytes, **kwargs: Any) -> str:
    with pytest.raises(BundleError) as caught:
        priya_opens(blob, **kwargs)
    return caught.value.reason


def craft(
    manifest: dict[str, Any], records_json: bytes, signer: DeviceIdentity = SAM, recipient: str = ""
) -> bytes:
    """A bundle built by hand: whatever manifest and records, properly signed and encrypted for Priya
    (or for `recipient`)."""
    manifest_json = json.dumps(manifest).encode()
    signature = base64.b64encode(signer.sign(manifest_json))
    return seal(manifest_json, records_json, signature, recipient or PRIYA.public().recipient)


def seal(manifest_json: bytes, records_json: bytes, signature: bytes, recipient: str) -> bytes:
    """A bundle of exactly these members, whatever they hold, encrypted for `recipient`."""
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as tar:
        for name, data in (
            ("manifest.json", manifest_json),
            ("records.json", records_json),
            ("signature.ed25519", signature),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return encrypt(archive.getvalue(), [x25519.Recipient.from_str(recipient)])


def manifest_for(records_json: bytes, **changes: Any) -> dict[str, Any]:
    body = {
        "format": "mentordesk-bundle",
        "version": 1,
        "pairing_id": PAIRING,
        "sender_device": SAM.device_id,
        "bundle_id": str(uuid.uuid4()),
        "sequence": 1,
        "created": "2026-11-22T10:00:00+00:00",
        "counts": {"card": 1},
        "records_sha256": hashlib.sha256(records_json).hexdigest(),
        "sender_role": "mentor",
    }
    return {**body, **changes}


def test_round_trip_for_the_partner_and_for_a_password() -> None:
    bundle = priya_opens(sam_to_priya())
    assert list(bundle.records) == RECORDS and bundle.sender == SAM.public()
    assert (
        bundle.manifest.counts == {"card": 1, "decision": 1, "session": 1} and bundle.manifest.sequence == 1
    )
    _manifest, sealed = pack(SAM, PAIRING, 2, RECORDS, password="a shared secret")
    assert list(priya_opens(sealed, password="a shared secret").records) == RECORDS
    assert reason(sealed) == "password-needed"
    assert reason(sealed, password="not it") == "wrong-key"


def test_the_age_tool_opens_an_export(tmp_path: Path) -> None:
    age = shutil.which("age")
    assert age is not None, "the age tool is needed (.ci/run installs the Debian package)"
    key = tmp_path / "priya.key"
    key.write_text(PRIYA.age_secret + "\n")
    os.chmod(key, 0o600)
    sealed = tmp_path / "export.mdbundle"
    sealed.write_bytes(sam_to_priya())
    plain = subprocess.run([age, "-d", "-i", str(key), str(sealed)], capture_output=True, check=True).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        assert tar.getnames() == ["manifest.json", "records.json", "signature.ed25519"]
        records = tar.extractfile("records.json")
        assert records is not None and json.loads(records.read()) == RECORDS


def test_bad_files_are_refused_by_name() -> None:
    good = sam_to_priya()
    header_end = good.index(b"\n---") + 1
    png = b"\x89PNG\r\n\x1a\n" + os.urandom(200)
    elsewhere = encrypt(b"a letter, not an export", [x25519.Recipient.from_str(PRIYA.public().recipient)])
    assert reason(b"") == "not-export"
    assert reason(os.urandom(4096)) == "not-export"
    assert reason(png) == "not-export"
    assert reason(elsewhere) == "not-export"
    assert reason(good[:header_end]) == "damaged"  # header only
    assert reason(good[: len(good) // 2]) == "damaged"  # mid-chunk
    big = sam_to_priya([record(body="x" * 200_000)])
    body_start = big.index(b"\n---") + 1 + big[big.index(b"\n---") + 1 :].index(b"\n") + 1 + 16
    assert reason(big[: body_start + 65536 + 16]) == "damaged"  # on a chunk boundary
    assert reason(sam_to_priya(), known={}) == "unknown-sender"
    with pytest.raises(BundleError) as caught:
        open_bundle(good, identity=DeviceIdentity.generate("Eve"), known_sender=KNOWN.get)
    assert caught.value.reason == "wrong-key"
    mine = pack(PRIYA, PAIRING, 1, RECORDS, recipients=[SAM.public().recipient])[1]
    assert reason(mine) == "own"
    with pytest.raises(BundleError) as caught:
        open_bundle(good, identity=PRIYA, known_sender=KNOWN.get, pairing_id=str(uuid.uuid4()))
    assert caught.value.reason == "other-pairing"


def test_no_flipped_byte_gets_through() -> None:
    good = sam_to_priya()
    offsets = sorted({*range(22, 200, 7), *range(200, len(good), max(len(good) // 60, 1)), len(good) - 1})
    for offset in offsets:
        flipped = bytearray(good)
        flipped[offset] ^= 0x20
        assert reason(bytes(flipped)) in {"damaged", "wrong-key", "not-export"}, offset


def test_crafted_bundles_are_refused_before_trusting_them() -> None:
    one = json.dumps([record()]).encode()
    assert priya_opens(craft(manifest_for(one), one)).records  # the crafting itself is sound
    assert reason(craft(manifest_for(one, version=2), one)) == "newer"
    assert reason(craft(manifest_for(one, counts={"card": 10**9}), one)) == "invalid"
    assert reason(craft(manifest_for(one, sequence="1"), one)) == "invalid"
    assert reason(craft(manifest_for(one, format="zip"), one)) == "not-export"
    assert reason(craft(manifest_for(one), one, signer=DeviceIdentity.generate("Eve"))) == "damaged"
    other = json.dumps([record(title="changed")]).encode()
    assert reason(craft(manifest_for(one), other)) == "damaged"  # records swapped under a valid signature
    twice = record()
    doubled = json.dumps([twice, twice]).encode()
    assert reason(craft(manifest_for(doubled, counts={"card": 2}), doubled)) == "invalid"
    later = {SAM.device_id: 2}
    for bad in (
        record(title={"nested": 1}),
        record(title="x" * 1_000_001),
        {**record(), "id": "../../etc/passwd"},
        {**record(), "deleted": "no"},
        {**record(), "deleted": True},  # differs from its deleted field
        {**record(), "version": {"not-a-device": 1}},
        {**record(), "extra": 1},
        {**record(), "field_versions": {"colour": {SAM.device_id: 1}}},  # a version of no field
        {**record(), "field_versions": {"title": later, "deleted": later}},  # newer than the record
        {**record(), "conflicts": {"nope": [{"value": 1, "version": {SAM.device_id: 1}}]}},
        {**record(), "conflicts": {"title": [{"value": {"x": 1}, "version": {SAM.device_id: 1}}]}},
        {**record(), "conflicts": {"title": [{"value": "a", "version": {}}] * 17}},
    ):
        body = json.dumps([bad]).encode()
        assert reason(craft(manifest_for(body), body)) == "invalid", bad
    with pytest.raises(ValueError):
        pack(SAM, PAIRING, 1, [{**record(), "fields": {"title": ["x"] * 2000}}])


def test_a_hostile_scrypt_work_factor_is_refused_before_the_work() -> None:
    sealed = passphrase.encrypt(b"x", "pw")
    line_start = sealed.index(b"-> scrypt ")
    line_end = sealed.index(b"\n", line_start)
    salt = sealed[line_start:line_end].split()[2]
    hostile = sealed[:line_start] + b"-> scrypt " + salt + b" 40" + sealed[line_end:]
    assert reason(hostile, password="pw") == "hostile"


def _password_bundle(card: bytes, signer: DeviceIdentity = SAM) -> bytes:
    """A password bundle signed by `signer` that carries `card` as its sender's card."""
    records_json = json.dumps(RECORDS).encode()
    manifest_json = json.dumps(
        manifest_for(records_json, counts={"card": 1, "decision": 1, "session": 1})
    ).encode()
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as tar:
        for name, data in (
            ("manifest.json", manifest_json),
            ("records.json", records_json),
            ("signature.ed25519", base64.b64encode(signer.sign(manifest_json))),
            ("sender.card", card),
        ):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return passphrase.encrypt(archive.getvalue(), "a shared secret")


def test_a_password_export_carries_its_senders_card_and_only_that_one() -> None:
    _manifest, sealed = pack(SAM, PAIRING, 2, RECORDS, password="a shared secret")
    strangers: dict[str, PublicIdentity] = {}
    bundle = priya_opens(sealed, strangers, password="a shared secret")
    assert bundle.new_card and bundle.sender == SAM.public()
    assert not priya_opens(sealed, password="a shared secret").new_card  # a card kept here is used
    assert not priya_opens(sam_to_priya()).new_card
    assert reason(sam_to_priya(), known=strangers) == "unknown-sender"  # a key export carries none

    other = DeviceIdentity.generate("Mallory").public().card().encode()
    with pytest.raises(BundleError, match="another device's pairing card"):
        priya_opens(_password_bundle(other), strangers, password="a shared secret")
    with pytest.raises(BundleError, match="card is unreadable"):
        priya_opens(_password_bundle(b"not a card"), strangers, password="a shared secret")
    forged = _password_bundle(SAM.public().card().encode(), signer=PRIYA)  # Sam's card, someone else's key
    assert reason(forged, known=strangers, password="a shared secret") == "damaged"


def test_an_archive_is_written_byte_for_byte_as_tarfile_writes_it() -> None:
    members = [
        ("manifest.json", [b'{"counts": {}}']),
        ("records.json", json_list([b'{"id": 1}', b'"\xc3\xbc"', b"[]"])),
        ("a whole block", [b"x" * 300, b"y" * 212]),
        ("a block and a byte", [b"z" * 513]),
        ("nothing", []),
    ]
    expected = io.BytesIO()
    with tarfile.open(fileobj=expected, mode="w", format=tarfile.USTAR_FORMAT) as written:
        for name, parts in members:
            data = b"".join(parts)
            info = tarfile.TarInfo(name)
            info.size = len(data)
            info.mode = 0o644
            written.addfile(info, io.BytesIO(data))
    assert b"".join(archive_of(members)) == expected.getvalue()
    for size in (1, 7, 512, 8192, 100_000):  # read as one stream, in reads of any size
        reader, read = io.BufferedReader(Reader(archive_of(members))), b""
        while piece := reader.read(size):
            read += piece
        assert read == expected.getvalue()
    assert b"".join(json_list([b"1", b'"x"'])) == json.dumps([1, "x"]).encode()


@pytest.mark.parametrize("size", [0, CHUNK, CHUNK + 1])
def test_a_password_file_opens_with_age_at_the_fixed_cost_whatever_its_length(size: int) -> None:
    """0 bytes, one whole chunk and one byte past it: where the format's last chunk is told apart."""
    data = os.urandom(size)
    out = io.BytesIO()
    encrypt_with_password(io.BufferedReader(io.BytesIO(data)), out, "ünïcode pass phrase")
    sealed = out.getvalue()
    assert sealed.split(b"\n")[1].endswith(b" %d" % WORK_FACTOR)  # never a cost timed on this machine
    assert passphrase.decrypt(sealed, "ünïcode pass phrase") == data
