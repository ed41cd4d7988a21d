"""This database's device identity and the partners' cards, kept in its local (never synced) settings.

Each database file has its own install id, and its secret keys are stored under that id, so two copies
of the app on one machine (two databases) keep separate identities."""

from __future__ import annotations

import base64
from collections.abc import Callable

import keyring
from sqlalchemy import select

from mentordesk.storage import Database
from mentordesk.storage.models import Pairing, Setting
from mentordesk.storage.models.pairing import PARTNER_PREFIX
from mentordesk.sync.identity import CardError, DeviceIdentity, PublicIdentity, parse_card
from mentordesk.sync.keystore import KeyringStore, KeyStoreError, PassphraseStore, SecretStore, is_secure
from mentordesk.wording import translate

PUBLIC_KEY = "device.public"
SEALED_PREFIX = "device.sealed."
CARD_PREFIX = "card."


class IdentityError(ValueError):
    """No identity yet, one already, or its keys cannot be reached; the message says which."""


class SettingsValues:
    """Sealed secrets as local settings (for the passphrase store)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    def get(self, name: str) -> str | None:
        with self._db.read() as session:
            row = session.get(Setting, SEALED_PREFIX + name)
            return str(row.value) if row is not None else None

    def put(self, name: str, value: str) -> None:
        with self._db.write() as session:
            session.merge(Setting(key=SEALED_PREFIX + name, value=value))


class DeviceService:
    def __init__(self, db: Database) -> None:
        self._db = db

    # the database's own id, and where its secret lives
    def install_id(self) -> str:
        return self._db.install_id

    def secret_name(self) -> str:
        return f"device:{self.install_id()}"

    def keyring_is_secure(self) -> bool:
        return is_secure(keyring.get_keyring())

    def store(self, ask_passphrase: Callable[[], str]) -> SecretStore:
        """The OS keyring when it is secure; otherwise the passphrase store (asking for the passphrase)."""
        stored = self._public_record()
        kind = stored.get("store") if stored else None
        if kind == "keyring" or (kind is None and self.keyring_is_secure()):
            return KeyringStore()
        return PassphraseStore(SettingsValues(self._db), ask_passphrase())

    # the identity
    def public(self) -> PublicIdentity | None:
        record = self._public_record()
        if record is None:
            return None
        return PublicIdentity(
            record["device_id"], record["name"], record["recipient"], base64.b64decode(record["signing_key"])
        )

    def where_stored(self) -> str:
        record = self._public_record()
        if record is None:
            return "nowhere yet"
        return "the system keyring" if record["store"] == "keyring" else PassphraseStore.where

    def init(self, name: str, store: SecretStore) -> PublicIdentity:
        if self.public() is not None:
            raise IdentityError(
                translate(
                    "DeviceService", "This database already has a device identity; `identity show` prints it."
                )
            )
        name = " ".join(name.split())
        if not name:
            raise IdentityError(translate("DeviceService", "The identity needs a display name (--name)."))
        identity = DeviceIdentity.generate(name, self.install_id())  # the device that version vectors name
        try:
            store.save(self.secret_name(), identity.secret_text())
        except KeyStoreError as error:
            raise IdentityError(str(error)) from error
        public = identity.public()
        kind = "keyring" if isinstance(store, KeyringStore) else "passphrase"
        with self._db.write() as session:
            session.merge(
                Setting(
                    key=PUBLIC_KEY,
                    value={
                        "device_id": public.device_id,
                        "name": public.name,
                        "recipient": public.recipient,
                        "signing_key": base64.b64encode(public.signing_key).decode("ascii"),
                        "store": kind,
                    },
                )
            )
        return public

    def load(self, store: SecretStore) -> DeviceIdentity:
        public = self.public()
        if public is None:
            raise IdentityError(
                translate(
                    "DeviceService",
                    "This database has no device identity yet: run `mentordesk identity init`.",
                )
            )
        try:
            text = store.load(self.secret_name())
        except KeyStoreError as error:
            raise IdentityError(str(error)) from error
        if text is None:
            raise IdentityError(
                translate("DeviceService", "The device's secret keys are missing from {where}.").format(
                    where=store.where
                )
            )
        identity = DeviceIdentity.from_secret_text(public.device_id, public.name, text)
        if identity.public() != public:
            raise IdentityError(
                translate("DeviceService", "The secret keys in {where} belong to another identity.").format(
                    where=store.where
                )
            )
        return identity

    # partners
    def import_card(self, pairing_id: str | None, text: str) -> PublicIdentity:
        """Keep a partner's card; with a pairing, as that pairing's partner. A card kept without one lets
        its owner's first export create the pairing here."""
        partner = parse_card(text)
        mine = self.public()
        if mine is not None and partner.device_id == mine.device_id:
            raise CardError(
                translate(
                    "DeviceService",
                    "That is this device's own pairing card; import your partner's card instead.",
                )
            )
        with self._db.write() as session:
            if pairing_id is not None and session.get(Pairing, pairing_id) is None:
                raise IdentityError(translate("DeviceService", "That pairing does not exist."))
            session.merge(Setting(key=CARD_PREFIX + partner.device_id, value=partner.card()))
            if pairing_id is not None:
                session.merge(Setting(key=PARTNER_PREFIX + pairing_id, value=partner.card()))
        return partner

    def link_partner(self, pairing_id: str, partner: PublicIdentity) -> None:
        with self._db.write() as session:
            session.merge(Setting(key=PARTNER_PREFIX + pairing_id, value=partner.card()))

    def partner(self, pairing_id: str) -> PublicIdentity | None:
        with self._db.read() as session:
            row = session.get(Setting, PARTNER_PREFIX + pairing_id)
            return parse_card(str(row.value)) if row is not None else None

    def known_card(self, device_id: str) -> PublicIdentity | None:
        """A partner's card imported here, found by its device id."""
        with self._db.read() as session:
            row = session.get(Setting, CARD_PREFIX + device_id)
            if row is not None:
                return parse_card(str(row.value))
            linked = session.scalars(select(Setting).where(Setting.key.startswith(PARTNER_PREFIX)))
            cards = (parse_card(str(r.value)) for r in linked)
            return next((c for c in cards if c.device_id == device_id), None)

    def _public_record(self) -> dict[str, str] | None:
        with self._db.read() as session:
            row = session.get(Setting, PUBLIC_KEY)
            return dict(row.value) if row is not None else None
