"""A device's identity: an age X25519 key to receive exports with, and an Ed25519 key to sign them.

The public halves, with a display name, make the "pairing card" partners exchange once; the fingerprint
printed on it is what the two compare aloud."""

from __future__ import annotations

import base64
import hashlib
import re
import uuid
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from cryptography.hazmat.primitives.serialization import Encoding, NoEncryption, PrivateFormat, PublicFormat
from pyrage import x25519

from mentordesk.wording import translate

CARD_VERSION = 1
CARD_BEGIN = "-----BEGIN MENTORDESK PAIRING CARD-----"
CARD_END = "-----END MENTORDESK PAIRING CARD-----"
MAX_CARD_CHARS = 4000
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
ID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")  # a lower-case UUID


class CardError(ValueError):
    """A pairing card that cannot be used; the message names what is wrong with it."""


def fingerprint(recipient: str, signing_key: bytes) -> str:
    """Six groups of four: what two people compare aloud to know they hold each other's real keys."""
    digest = hashlib.sha256(f"mentordesk-card-v1\n{recipient}\n".encode() + signing_key).hexdigest().upper()
    return "-".join(digest[i : i + 4] for i in range(0, 24, 4))


@dataclass(frozen=True)
class PublicIdentity:
    """What a partner knows of a device: its id, name, age recipient and signing key."""

    device_id: str
    name: str
    recipient: str
    signing_key: bytes  # raw Ed25519 public key, 32 bytes

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.recipient, self.signing_key)

    def verify(self, signature: bytes, payload: bytes) -> bool:
        try:
            Ed25519PublicKey.from_public_bytes(self.signing_key).verify(signature, payload)
        except (InvalidSignature, ValueError):
            return False
        return True

    def card(self) -> str:
        signing = base64.b64encode(self.signing_key).decode("ascii")
        return "\n".join(
            (
                CARD_BEGIN,
                f"version: {CARD_VERSION}",
                f"name: {self.name}",
                f"device: {self.device_id}",
                f"age: {self.recipient}",
                f"sign: ed25519:{signing}",
                f"fingerprint: {self.fingerprint}",
                CARD_END,
                "",
            )
        )


@dataclass(frozen=True)
class DeviceIdentity:
    """The secret side of a device identity (never leaves this machine except by `export-age`)."""

    device_id: str
    name: str
    age_secret: str  # AGE-SECRET-KEY-1...
    signing_secret: bytes  # raw Ed25519 private key, 32 bytes

    @classmethod
    def generate(cls, name: str, device_id: str | None = None) -> DeviceIdentity:
        signing = Ed25519PrivateKey.generate().private_bytes(Encoding.Raw, PrivateFormat.Raw, NoEncryption())
        return cls(device_id or str(uuid.uuid4()), name, str(x25519.Identity.generate()), signing)

    @property
    def age_identity(self) -> x25519.Identity:
        return x25519.Identity.from_str(self.age_secret)

    def public(self) -> PublicIdentity:
        signing_key = Ed25519PrivateKey.from_private_bytes(self.signing_secret).public_key()
        raw = signing_key.public_bytes(Encoding.Raw, PublicFormat.Raw)
        return PublicIdentity(self.device_id, self.name, str(self.age_identity.to_public()), raw)

    def sign(self, payload: bytes) -> bytes:
        return Ed25519PrivateKey.from_private_bytes(self.signing_secret).sign(payload)

    def secret_text(self) -> str:
        """Both secret keys as one line, for a key store."""
        return f"{self.age_secret} {base64.b64encode(self.signing_secret).decode('ascii')}"

    @classmethod
    def from_secret_text(cls, device_id: str, name: str, text: str) -> DeviceIdentity:
        age_secret, signing = text.split(" ", 1)
        return cls(device_id, name, age_secret, base64.b64decode(signing, validate=True))


def parse_card(text: str) -> PublicIdentity:
    """Read a pairing card strictly; CardError says what is wrong (damaged, altered, not a card)."""
    if len(text) > MAX_CARD_CHARS:
        raise CardError(translate("identity", "This is not a pairing card: it is far too long."))
    lines = [line.strip() for line in text.strip().splitlines()]
    if not lines or lines[0] != CARD_BEGIN or lines[-1] != CARD_END:
        raise CardError(
            translate(
                "identity", "This is not a MentorDesk pairing card (its first and last lines are missing)."
            )
        )
    fields: dict[str, str] = {}
    for line in lines[1:-1]:
        if not line:
            continue
        key, sep, value = line.partition(":")
        if not sep or key.strip() in fields:
            raise CardError(
                translate(
                    "identity", "The pairing card is damaged: the line “{line}” is not a field."
                ).format(line=line[:40])
            )
        fields[key.strip()] = value.strip()
    missing = [k for k in ("version", "name", "device", "age", "sign", "fingerprint") if k not in fields]
    if missing:
        raise CardError(
            translate("identity", "The pairing card is damaged: it has no {missing}.").format(
                missing=", ".join(missing)
            )
        )
    if fields["version"] != str(CARD_VERSION):
        raise CardError(
            translate(
                "identity",
                "This pairing card was made by a newer MentorDesk (card version {fields}); "
                "update MentorDesk to read it.",
            ).format(fields=fields["version"][:8])
        )
    if not ID.fullmatch(fields["device"]) or not _AGE_RECIPIENT.fullmatch(fields["age"]):
        raise CardError(
            translate("identity", "The pairing card is damaged: its device id or age key is not valid.")
        )
    if not fields["sign"].startswith("ed25519:"):
        raise CardError(
            translate("identity", "The pairing card is damaged: its signing key is not an Ed25519 key.")
        )
    try:
        signing_key = base64.b64decode(fields["sign"].removeprefix("ed25519:"), validate=True)
        Ed25519PublicKey.from_public_bytes(signing_key)
    except ValueError:
        raise CardError(
            translate("identity", "The pairing card is damaged: its signing key cannot be read.")
        ) from None
    name = " ".join(fields["name"].split())[:200]
    if not name:
        raise CardError(translate("identity", "The pairing card is damaged: it has no name."))
    identity = PublicIdentity(fields["device"], name, fields["age"], signing_key)
    if identity.fingerprint != fields["fingerprint"]:
        raise CardError(
            translate(
                "identity",
                "The pairing card was altered: its keys do not match its fingerprint. "
                "Ask your partner for it again.",
            )
        )
    return identity
