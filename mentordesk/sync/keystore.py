"""Where a device's secret keys live: the OS keyring when it is a secure one, else sealed by a passphrase.

A keyring backend that stores nothing (fail, null), stores in clear (keyrings.alt's plaintext file), or
is a chain of only such backends, counts as no keyring at all: the secret is then sealed with age's
passphrase mode (scrypt) and kept in the database, and the passphrase is asked for once per run."""

from __future__ import annotations

from typing import Protocol

import keyring
import keyring.errors
from keyring.backend import KeyringBackend
from pyrage import DecryptError, passphrase

SERVICE = "MentorDesk"
_INSECURE = {
    ("keyring.backends.fail", "Keyring"),
    ("keyring.backends.null", "Keyring"),
    ("keyrings.alt.file", "PlaintextKeyring"),
    ("keyrings.alt.file", "EncryptedKeyring"),  # its own passphrase prompt would block a script
}


class KeyStoreError(ValueError):
    """The secret could not be stored or read; the message says why in words for the user."""


def is_secure(backend: KeyringBackend) -> bool:
    """Whether `backend` keeps secrets safely (see the module's text for what does not count)."""
    inner = getattr(backend, "backends", None)
    if inner is not None:  # a chainer: secure when any backend it tries is
        return any(is_secure(b) for b in inner)
    kind = type(backend)
    return (kind.__module__, kind.__name__) not in _INSECURE


class SecretStore(Protocol):
    where: str

    def save(self, name: str, secret: str) -> None: ...

    def load(self, name: str) -> str | None: ...


class KeyringStore:
    """Secrets in the OS keyring, one entry per name (names carry the database's own id)."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self.backend = backend or keyring.get_keyring()
        self.where = f"the system keyring ({type(self.backend).__name__})"

    def save(self, name: str, secret: str) -> None:
        try:
            self.backend.set_password(SERVICE, name, secret)
        except keyring.errors.KeyringError as error:
            raise KeyStoreError(f"The system keyring refused to store the key: {error}") from error

    def load(self, name: str) -> str | None:
        try:
            return self.backend.get_password(SERVICE, name)
        except keyring.errors.KeyringLocked as error:
            raise KeyStoreError("The system keyring is locked; unlock it and try again.") from error
        except keyring.errors.KeyringError as error:
            raise KeyStoreError(f"The system keyring could not be read: {error}") from error


class SealedValues(Protocol):
    def get(self, name: str) -> str | None: ...

    def put(self, name: str, value: str) -> None: ...


class PassphraseStore:
    """Secrets sealed with a passphrase (age scrypt) and kept in the database's local settings."""

    where = "the database, sealed with your passphrase"

    def __init__(self, values: SealedValues, secret_phrase: str) -> None:
        if len(secret_phrase) < 8:
            raise KeyStoreError("The passphrase must have at least 8 characters.")
        self.values = values
        self.secret_phrase = secret_phrase

    def save(self, name: str, secret: str) -> None:
        sealed = passphrase.encrypt(secret.encode("utf-8"), self.secret_phrase)
        self.values.put(name, sealed.hex())

    def load(self, name: str) -> str | None:
        sealed = self.values.get(name)
        if sealed is None:
            return None
        try:
            return passphrase.decrypt(bytes.fromhex(sealed), self.secret_phrase).decode("utf-8")
        except (DecryptError, ValueError) as error:
            raise KeyStoreError("Wrong passphrase: the device's keys could not be unsealed.") from error
