"""Where a device's secret keys live: the OS keyring when it is a secure one, else sealed by a passphrase.

A keyring backend that stores nothing (fail, null), stores in clear (keyrings.alt's plaintext file), or
is a chain of only such backends, counts as no keyring at all: the secret is then sealed with a key derived
from a passphrase (scrypt) and kept in the database, and the passphrase is asked for once per run.

The scrypt cost is fixed (SEAL_LOG_N, r 8, p 1: 32 MiB and about a tenth of a second), and stored with
each sealed value. Earlier versions sealed with age's passphrase mode, whose cost age picks by timing the
machine at that moment: a busy machine gave a cheap seal, an idle one a seal that took seconds and a
gigabyte to open on every command. Such a value is still read, then sealed again at the fixed cost."""

from __future__ import annotations

import os
from typing import Protocol

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt
from keyring.backend import KeyringBackend
from pyrage import DecryptError, passphrase

from mentordesk.wording import translate

SERVICE = "MentorDesk"
SEAL_LOG_N = 15  # scrypt's cost: 2**15 rounds of 1 KiB blocks (r 8): 32 MiB, about 0.1 s
SEALED = "scrypt-chacha20poly1305"  # the format mark at the head of a value sealed here
_SALT, _NONCE = 16, 12
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
            raise KeyStoreError(
                translate("KeyringStore", "The system keyring refused to store the key: {error}").format(
                    error=error
                )
            ) from error

    def load(self, name: str) -> str | None:
        try:
            return self.backend.get_password(SERVICE, name)
        except keyring.errors.KeyringLocked as error:
            raise KeyStoreError(
                translate("KeyringStore", "The system keyring is locked; unlock it and try again.")
            ) from error
        except keyring.errors.KeyringError as error:
            raise KeyStoreError(
                translate("KeyringStore", "The system keyring could not be read: {error}").format(error=error)
            ) from error


class SealedValues(Protocol):
    def get(self, name: str) -> str | None: ...

    def put(self, name: str, value: str) -> None: ...


class PassphraseStore:
    """Secrets sealed with a passphrase (age scrypt) and kept in the database's local settings."""

    where = "the database, sealed with your passphrase"

    def __init__(self, values: SealedValues, secret_phrase: str) -> None:
        if len(secret_phrase) < 8:
            raise KeyStoreError(
                translate("PassphraseStore", "The passphrase must have at least 8 characters.")
            )
        self.values = values
        self.secret_phrase = secret_phrase

    def save(self, name: str, secret: str) -> None:
        salt, nonce = os.urandom(_SALT), os.urandom(_NONCE)
        key = self._key(salt, SEAL_LOG_N)
        sealed = ChaCha20Poly1305(key).encrypt(nonce, secret.encode("utf-8"), name.encode("utf-8"))
        self.values.put(name, f"{SEALED}:{SEAL_LOG_N}:{(salt + nonce + sealed).hex()}")

    def load(self, name: str) -> str | None:
        sealed = self.values.get(name)
        if sealed is None:
            return None
        if not sealed.startswith(f"{SEALED}:"):
            secret = self._load_age(sealed)
            self.save(name, secret)  # sealed again at the fixed cost: opening it is quick from now on
            return secret
        try:
            _mark, log_n, body = sealed.split(":", 2)
            blob = bytes.fromhex(body)
            if not 10 <= int(log_n) <= 20:
                raise ValueError(
                    translate(
                        "PassphraseStore", "scrypt cost 2**{log_n} is outside what MentorDesk seals with"
                    ).format(log_n=log_n)
                )
            key = self._key(blob[:_SALT], int(log_n))
            opened = ChaCha20Poly1305(key).decrypt(
                blob[_SALT : _SALT + _NONCE], blob[_SALT + _NONCE :], name.encode("utf-8")
            )
        except InvalidTag as error:
            raise KeyStoreError(
                translate("PassphraseStore", "Wrong passphrase: the device's keys could not be unsealed.")
            ) from error
        except ValueError as error:
            raise KeyStoreError(
                translate("PassphraseStore", "The sealed device keys are damaged: {error}").format(
                    error=error
                )
            ) from error
        return opened.decode("utf-8")

    def _key(self, salt: bytes, log_n: int) -> bytes:
        kdf = Scrypt(salt=salt, length=32, n=2**log_n, r=8, p=1)
        return kdf.derive(self.secret_phrase.encode("utf-8"))

    def _load_age(self, sealed: str) -> str:
        """A value sealed by an earlier version with age's passphrase mode."""
        try:
            return passphrase.decrypt(bytes.fromhex(sealed), self.secret_phrase).decode("utf-8")
        except (DecryptError, ValueError) as error:
            raise KeyStoreError(
                translate("PassphraseStore", "Wrong passphrase: the device's keys could not be unsealed.")
            ) from error
