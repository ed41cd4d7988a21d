"""A published snapshot: a pairing's figures at a moment, signed with the publishing device's Ed25519 key.

The file is JSON: {"snapshot": BODY, "signature": base64}, where BODY names the format, the pairing (by
its random id), the device (its signing key and fingerprint), a sequence number that grows with each
publish, when it was published, and the figures. The signature covers BODY as canonical JSON (sorted
keys, no spaces), so a reader checks exactly what was signed."""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import json
import re
from dataclasses import dataclass
from typing import Any

from mentordesk.programme import check_form, check_size
from mentordesk.programme.figures import check
from mentordesk.sync.identity import DeviceIdentity, PublicIdentity

FORMAT = "mentordesk-programme-snapshot"
VERSION = 1
MAX_BYTES = 64 * 1024  # a snapshot is a few hundred bytes; anything near this is not one
SUFFIX = ".mdsnapshot"
PAIRING_ID = re.compile(r"[0-9a-f-]{8,64}")


class SnapshotRefused(ValueError):
    """A file that is not a sound snapshot: the message says why, in words for the user."""


@dataclass(frozen=True)
class Snapshot:
    pairing_id: str
    signing_key: bytes
    sequence: int
    published_at: dt.datetime
    figures: dict[str, Any]


def canonical(body: dict[str, Any]) -> bytes:
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode("ascii")


def seal(
    identity: DeviceIdentity,
    pairing_id: str,
    sequence: int,
    published_at: dt.datetime,
    figures: dict[str, Any],
) -> bytes:
    """The snapshot file's bytes, signed by `identity`."""
    signing_key = identity.public().signing_key
    body = {
        "format": FORMAT,
        "version": VERSION,
        "pairing": pairing_id,
        "signing_key": base64.b64encode(signing_key).decode("ascii"),
        "sequence": sequence,
        "published_at": published_at.astimezone(dt.UTC).isoformat(timespec="seconds"),
        "figures": check(figures),
    }
    signature = base64.b64encode(identity.sign(canonical(body))).decode("ascii")
    return json.dumps({"snapshot": body, "signature": signature}, indent=1, sort_keys=True).encode("utf-8")


def read(data: bytes) -> Snapshot:
    """The snapshot in `data`, once its size, form, figures and signature are sound; SnapshotRefused
    naming the first thing that is not."""
    check_size(data, MAX_BYTES, "a snapshot", SnapshotRefused)
    try:
        outer = json.loads(data)
        body, signature = outer["snapshot"], base64.b64decode(outer["signature"], validate=True)
    except (ValueError, KeyError, TypeError, binascii.Error) as error:
        raise SnapshotRefused("the file is not a MentorDesk snapshot") from error
    body = check_form(body, FORMAT, VERSION, "snapshot", SnapshotRefused)
    try:
        signing_key = base64.b64decode(body["signing_key"], validate=True)
        public = PublicIdentity("", "", "age1", signing_key)
        sequence, pairing_id = body["sequence"], body["pairing"]
        published_at = dt.datetime.fromisoformat(body["published_at"])
    except (KeyError, TypeError, ValueError, binascii.Error) as error:
        raise SnapshotRefused("the snapshot's header is damaged") from error
    if not isinstance(pairing_id, str) or not PAIRING_ID.fullmatch(pairing_id):
        raise SnapshotRefused("the snapshot does not name its pairing by id")
    if isinstance(sequence, bool) or not isinstance(sequence, int) or sequence < 1:
        raise SnapshotRefused("the snapshot's sequence number is not a positive whole number")
    if len(signing_key) != 32 or not public.verify(signature, canonical(body)):
        raise SnapshotRefused("the snapshot's signature does not match its contents")
    if published_at.tzinfo is None:
        raise SnapshotRefused("the snapshot's time has no time zone")
    try:
        figures = check(body["figures"])
    except (KeyError, ValueError) as error:
        raise SnapshotRefused(f"the snapshot's figures are refused: {error}") from error
    return Snapshot(pairing_id, signing_key, sequence, published_at, figures)
