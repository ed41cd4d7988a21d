"""The export file ("bundle"): an age-encrypted tar of a signed manifest and the records (docs/FORMAT.md).

Everything read from a bundle is hostile until checked. Opening one goes: size cap, age header (and an
scrypt work factor refused before any work), decryption, tar members by name, type and declared size
before reading them, the manifest strictly, the sender's signature over the manifest's exact bytes, the
records' hash, then every record envelope. Each failure is a BundleError whose `reason` says which of
the cases it is, and whose message says it in words for the user."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import io
import json
import tarfile
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from pyrage import DecryptError, decrypt, encrypt_io, passphrase, x25519

from mentordesk.sync import archive
from mentordesk.sync.bounded import claimed_sender, parse_bounded
from mentordesk.sync.envelopes import NAME, validate_record
from mentordesk.sync.errors import BundleError
from mentordesk.sync.identity import ID, CardError, DeviceIdentity, PublicIdentity, parse_card
from mentordesk.sync.password_files import encrypt_with_password
from mentordesk.wording import translate

FORMAT = "mentordesk-bundle"
VERSION = 1
AGE_MAGIC = b"age-encryption.org/v1\n"
MAX_FILE_BYTES = 64 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024
MAX_RECORDS_BYTES = 48 * 1024 * 1024
MAX_RECORDS = 200_000
MAX_SCRYPT_LOG_N = 20  # about 1 GB of scrypt memory at most; more is refused before any work
ROLES = ("mentor", "mentee", "")
MEMBERS = ("manifest.json", "records.json", "signature.ed25519")
CARD_MEMBER = "sender.card"
"""A password export also carries its sender's pairing card: whoever opens it may not have that card yet."""
MAX_CARD_BYTES = 8192


@dataclass(frozen=True)
class Part:
    """One of the files of an export too large for one (`sync.parts`): all share `export_id`."""

    export_id: str
    number: int  # from 1
    count: int


#: The most parts one export is written in (each holds up to MAX_RECORDS_BYTES of records).
MAX_PARTS = 1_000


@dataclass(frozen=True)
class Manifest:
    pairing_id: str
    sender_device: str
    bundle_id: str
    sequence: int
    created: str
    counts: dict[str, int]
    records_sha256: str
    sender_role: str = ""  # "mentor", "mentee", or "" when the sender's copy does not say
    part: Part | None = None  # for an export written in parts: which one this is

    def as_json(self) -> bytes:
        body = {
            "format": FORMAT,
            "version": VERSION,
            "pairing_id": self.pairing_id,
            "sender_device": self.sender_device,
            "bundle_id": self.bundle_id,
            "sequence": self.sequence,
            "created": self.created,
            "counts": dict(sorted(self.counts.items())),
            "records_sha256": self.records_sha256,
            "sender_role": self.sender_role,
        }
        if self.part is not None:
            body |= {"export_id": self.part.export_id, "part": self.part.number, "parts": self.part.count}
        return json.dumps(body, ensure_ascii=False, sort_keys=True, indent=1).encode("utf-8")


@dataclass(frozen=True)
class Bundle:
    manifest: Manifest
    records: tuple[dict[str, Any], ...]  # validated envelopes: kind, id, deleted, version, fields
    sender: PublicIdentity
    new_card: bool = False  # the sender's card came with the export: the user has not accepted it yet


# writing
class TooLarge(ValueError):
    """More records than one file may hold: the export is written in parts (`sync.parts`)."""


def pack(
    identity: DeviceIdentity,
    pairing_id: str,
    sequence: int,
    records: Sequence[dict[str, Any]],
    *,
    recipients: Sequence[str] = (),
    password: str | None = None,
    sender_role: str = "",
    part: Part | None = None,
) -> tuple[Manifest, bytes]:
    """The encrypted bundle of `records` (envelopes as `validate_record` accepts them), signed by
    `identity`, for the age `recipients` (and the sender itself) or, in password mode, for `password`;
    with `part`, as that part of an export written in parts."""
    counts: dict[str, int] = {}
    for record in records:
        validate_record(record)
        counts[record["kind"]] = counts.get(record["kind"], 0) + 1
    manifest, archived = seal(
        identity,
        pairing_id,
        sequence,
        [json.dumps(r, ensure_ascii=False, sort_keys=True).encode("utf-8") for r in records],
        counts,
        with_card=password is not None,
        sender_role=sender_role,
        part=part,
    )
    out = io.BytesIO()
    encrypt_into(out, archived, identity, recipients=recipients, password=password)
    return manifest, out.getvalue()


def seal(
    identity: DeviceIdentity,
    pairing_id: str,
    sequence: int,
    records: Sequence[bytes],
    counts: dict[str, int],
    *,
    with_card: bool,
    sender_role: str = "",
    part: Part | None = None,
) -> tuple[Manifest, list[bytes]]:
    """The signed archive (in parts, `sync.archive`) of records already checked, each written as JSON
    (`sync.parts`), with their `counts` by kind, and the sender's card `with_card` (a password export
    carries it); to be encrypted with `encrypt_into`."""
    records_json = archive.json_list(records)
    count, size = sum(counts.values()), archive.size(records_json)
    if size > MAX_RECORDS_BYTES or count > MAX_RECORDS:
        raise TooLarge(
            translate(
                "bundle",
                "This export would hold {count:,} records ({size:.0f} MB), more than your "
                "partner's MentorDesk opens ({MAX_RECORDS:,} records, {limit} MB). "
                "Nothing was written. Export what changed since the last export rather "
                "than everything, and export more often so each one carries less.",
            ).format(
                count=count,
                size=size / 2**20,
                MAX_RECORDS=MAX_RECORDS,
                limit=MAX_RECORDS_BYTES // 2**20,
            )
        )
    manifest = Manifest(
        pairing_id=pairing_id,
        sender_device=identity.device_id,
        bundle_id=str(uuid.uuid4()),
        sequence=sequence,
        created=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
        counts=counts,
        records_sha256=archive.sha256(records_json),
        sender_role=sender_role,
        part=part,
    )
    manifest_json = manifest.as_json()
    signature = base64.b64encode(identity.sign(manifest_json)) + b"\n"
    members = [*zip(MEMBERS, ([manifest_json], records_json, [signature]), strict=True)]
    if with_card:
        members.append((CARD_MEMBER, [identity.public().card().encode("utf-8")]))
    return manifest, archive.tar(members)


def encrypt_into(
    out: io.BufferedIOBase,
    archived: Sequence[bytes],
    identity: DeviceIdentity,
    *,
    recipients: Sequence[str] = (),
    password: str | None = None,
) -> None:
    """Write the archive of `seal` to `out` encrypted for the age `recipients` and the sender itself,
    or for `password` (`sync.password_files`). It is read in pieces and encrypted as it is written, so
    an export of a long history holds its records once."""
    plain = io.BufferedReader(archive.Reader(archived))
    if password is not None:
        encrypt_with_password(plain, out, password)
        return
    targets = [x25519.Recipient.from_str(r) for r in (*recipients, identity.public().recipient)]
    encrypt_io(plain, out, targets)


# reading
def open_bundle(
    blob: bytes,
    *,
    identity: DeviceIdentity | None,
    password: str | None = None,
    known_sender: Callable[[str], PublicIdentity | None],
    pairing_id: str | None = None,
) -> Bundle:
    """Decrypt, verify and validate a bundle (see the module's text); BundleError on any failure."""
    if len(blob) > MAX_FILE_BYTES:
        raise BundleError(
            translate("bundle", "invalid"),
            f"This file is larger than {MAX_FILE_BYTES // 2**20} MB: not an export.",
        )
    plain, by_password = _decrypt(blob, identity, password)
    parts = _members(plain)
    manifest_json, records_json, signature_text = (parts[name] for name in MEMBERS)
    # Nothing is parsed before the signature checks out: the sender's device id is found in the
    # manifest's bytes by a bounded pattern, and the parsed manifest must name that same device.
    claimed = claimed_sender(manifest_json)
    if identity is not None and claimed == identity.device_id:
        raise BundleError(
            translate("bundle", "own"), "This is your own export; it is for your partner to import."
        )
    sender = known_sender(claimed)
    new_card = sender is None and by_password and CARD_MEMBER in parts
    if new_card:
        sender = _carried_card(parts[CARD_MEMBER], claimed)
    if sender is None:
        raise BundleError(
            translate("bundle", "unknown-sender"),
            "This export comes from a device whose pairing card you have not imported. Import your "
            "partner's card first (and compare fingerprints).",
        )
    try:
        signature = base64.b64decode(signature_text.strip(), validate=True)
    except ValueError:
        raise BundleError(
            translate("bundle", "damaged"),
            "The export is damaged or was tampered with: its signature is unreadable.",
        ) from None
    if not sender.verify(signature, manifest_json):
        raise BundleError(
            translate("bundle", "damaged"),
            f"The export was tampered with: it is not signed by {sender.name}'s key.",
        )
    manifest = _manifest(manifest_json)
    if manifest.sender_device != claimed:
        raise BundleError(
            translate("bundle", "invalid"), "The export's manifest names two senders; it was refused."
        )
    if hashlib.sha256(records_json).hexdigest() != manifest.records_sha256:
        raise BundleError(
            translate("bundle", "damaged"),
            "The export was tampered with: its records do not match its manifest.",
        )
    if pairing_id is not None and manifest.pairing_id != pairing_id:
        raise BundleError(translate("bundle", "other-pairing"), "This export belongs to another pairing.")
    records = _records(records_json, manifest)
    return Bundle(manifest, records, sender, new_card)


def _carried_card(text: bytes, claimed: str) -> PublicIdentity:
    """The card a password export carries, which must be the card of the device that signed it."""
    try:
        card = parse_card(text.decode("utf-8"))
    except (UnicodeDecodeError, CardError):
        raise BundleError(
            translate("bundle", "invalid"), "The export's pairing card is unreadable; it was refused."
        ) from None
    if card.device_id != claimed:
        raise BundleError(
            translate("bundle", "invalid"),
            "The export carries another device's pairing card; it was refused.",
        )
    return card


def _decrypt(blob: bytes, identity: DeviceIdentity | None, password: str | None) -> tuple[bytes, bool]:
    """The bundle's tar archive, and whether a password opened it (not this device's key)."""
    if not blob.startswith(AGE_MAGIC):
        raise BundleError(
            translate("bundle", "not-export"),
            "This is not a MentorDesk export (it is not an age-encrypted file).",
        )
    header_end = blob.find(b"\n---", 0, 64 * 1024)
    if header_end < 0:
        raise BundleError(
            translate("bundle", "damaged"), "The export is damaged: its header is cut off or corrupt."
        )
    stanzas = [line.split() for line in blob[: header_end + 1].splitlines() if line.startswith(b"-> ")]
    scrypt = [s for s in stanzas if len(s) > 1 and s[1] == b"scrypt"]
    try:
        if scrypt:
            work = scrypt[0][3] if len(scrypt[0]) > 3 else b""
            if not work.isdigit() or int(work) > MAX_SCRYPT_LOG_N:
                raise BundleError(
                    translate("bundle", "hostile"),
                    "The export asks for an unreasonable amount of work to open; it was refused.",
                )
            if password is None:
                raise BundleError(
                    translate("bundle", "password-needed"),
                    "This export is protected by a password; enter it to open it.",
                )
            return passphrase.decrypt(blob, password), True
        if identity is None:
            raise BundleError(
                translate("bundle", "wrong-key"),
                "This export is for a device key, and no identity is available.",
            )
        return decrypt(blob, [identity.age_identity]), False
    except DecryptError as error:
        text = str(error).lower()
        if "no matching keys" in text or (scrypt and "decryption error" not in text and "mac" not in text):
            what = (
                "the password is wrong"
                if scrypt
                else "it was not made for this device's key (or its header was altered)"
            )
            raise BundleError(
                translate("bundle", "wrong-key"), f"This export cannot be opened: {what}."
            ) from None
        raise BundleError(
            translate("bundle", "damaged"),
            "The export is damaged or was tampered with (it is truncated or altered).",
        ) from None


def _members(plain: bytes) -> dict[str, bytes]:
    caps = {
        "manifest.json": MAX_MANIFEST_BYTES,
        "records.json": MAX_RECORDS_BYTES,
        "signature.ed25519": 256,
        CARD_MEMBER: MAX_CARD_BYTES,
    }
    found: dict[str, bytes] = {}
    try:
        with tarfile.open(fileobj=io.BytesIO(plain), mode="r:") as tar:
            for member in tar:
                if member.name not in caps or member.name in found or not member.isfile():
                    raise BundleError(
                        translate("bundle", "not-export"),
                        "This is not a MentorDesk export: its contents are not a bundle.",
                    )
                if member.size > caps[member.name]:
                    raise BundleError(
                        translate("bundle", "invalid"),
                        f"The export's {member.name} is larger than allowed; it was refused.",
                    )
                stream = tar.extractfile(member)
                found[member.name] = stream.read(member.size) if stream is not None else b""
    except tarfile.TarError:
        raise BundleError(
            translate("bundle", "not-export"),
            "This is not a MentorDesk export: its contents are not a bundle.",
        ) from None
    if set(found) - {CARD_MEMBER} != set(MEMBERS):
        raise BundleError(
            translate("bundle", "not-export"),
            "This is not a MentorDesk export: parts of a bundle are missing.",
        )
    return found


def _manifest(data: bytes) -> Manifest:
    body = parse_bounded(data, "manifest")
    if not isinstance(body, dict) or body.get("format") != FORMAT:
        raise BundleError(
            translate("bundle", "not-export"),
            "This is not a MentorDesk export: its manifest is not a bundle's.",
        )
    version = body.get("version")
    if not isinstance(version, int) or isinstance(version, bool):
        raise BundleError(translate("bundle", "invalid"), "The export's manifest has no format version.")
    if version > VERSION:
        raise BundleError(
            translate("bundle", "newer"),
            f"This export was made by a newer MentorDesk (format {version}); update MentorDesk to open it.",
        )
    text = {k: body.get(k) for k in ("pairing_id", "sender_device", "bundle_id", "created", "records_sha256")}
    if not all(isinstance(v, str) and 0 < len(v) <= 80 for v in text.values()):
        raise BundleError(
            translate("bundle", "invalid"),
            "The export's manifest is missing a field or has one of the wrong type.",
        )
    if not all(ID.fullmatch(str(text[k])) for k in ("pairing_id", "sender_device", "bundle_id")):
        raise BundleError(
            translate("bundle", "invalid"), "The export's manifest has an id that is not an id."
        )
    sequence, counts = body.get("sequence"), body.get("counts")
    if not isinstance(sequence, int) or isinstance(sequence, bool) or not 0 < sequence < 2**53:
        raise BundleError(
            translate("bundle", "invalid"), "The export's manifest has no valid sequence number."
        )
    if not isinstance(counts, dict) or not all(
        isinstance(k, str) and NAME.fullmatch(k) and isinstance(n, int) and 0 <= n <= MAX_RECORDS
        for k, n in counts.items()
    ):
        raise BundleError(
            translate("bundle", "invalid"), "The export's manifest has record counts that are not counts."
        )
    role = body.get("sender_role")
    if role not in ROLES:
        raise BundleError(
            translate("bundle", "invalid"), "The export's manifest names a sender role that is not a role."
        )
    if sum(counts.values()) > MAX_RECORDS:
        raise BundleError(
            translate("bundle", "invalid"),
            f"The export declares more than {MAX_RECORDS} records; it was refused.",
        )
    return Manifest(
        str(text["pairing_id"]),
        str(text["sender_device"]),
        str(text["bundle_id"]),
        sequence,
        str(text["created"]),
        dict(counts),
        str(text["records_sha256"]),
        str(role),
        _part(body),
    )


def _part(body: dict[str, Any]) -> Part | None:
    """Which part of an export in parts the manifest is (None for an export in one file)."""
    if not any(key in body for key in ("export_id", "part", "parts")):
        return None
    export_id, number, count = body.get("export_id"), body.get("part"), body.get("parts")
    if (
        isinstance(export_id, str)
        and ID.fullmatch(export_id)
        and isinstance(number, int)
        and isinstance(count, int)
        and not isinstance(number, bool)
        and not isinstance(count, bool)
        and 1 <= number <= count <= MAX_PARTS
    ):
        return Part(export_id, number, count)
    raise BundleError(
        translate("bundle", "invalid"), "The export's manifest names a part that is not a part."
    )


def _records(data: bytes, manifest: Manifest) -> tuple[dict[str, Any], ...]:
    body = parse_bounded(data, "records")
    if not isinstance(body, list) or len(body) > MAX_RECORDS:
        raise BundleError(translate("bundle", "invalid"), "The export's records are not a list of records.")
    seen: set[str] = set()
    counts: dict[str, int] = {}
    for record in body:
        try:
            validate_record(record)
        except ValueError as error:
            raise BundleError(
                translate("bundle", "invalid"), f"The export holds a record that is not valid: {error}"
            ) from None
        if record["id"] in seen:
            raise BundleError(
                translate("bundle", "invalid"), f"The export holds the record {record['id']} twice."
            )
        seen.add(record["id"])
        counts[record["kind"]] = counts.get(record["kind"], 0) + 1
    if counts != {k: n for k, n in manifest.counts.items() if n}:
        raise BundleError(
            translate("bundle", "invalid"), "The export's records do not match the counts in its manifest."
        )
    return tuple(body)
