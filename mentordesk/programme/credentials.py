"""The hub's password, kept in the system keyring rather than in a URL, a script or a file: a hub address
given without a password (`postgresql+psycopg://lead@db.example.internal/programme`) takes the one kept
for that user, host and database by `mentordesk programme login`."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from mentordesk.sync.keystore import is_secure

SERVICE = "mentordesk-programme-hub"


def _account(url: URL) -> str:
    return f"{url.username}@{url.host or ''}:{url.port or ''}/{url.database or ''}"


def parsed(address: str) -> URL:
    try:
        return make_url(address)
    except ArgumentError as error:
        raise ValueError(f"{address!r} is not a hub address: {error}") from error


def with_password(address: str) -> URL:
    """`address` with the password the keyring keeps for it, when it names a user but no password."""
    url = parsed(address)
    if url.password is not None or not url.username or url.get_backend_name() == "sqlite":
        return url
    try:
        secret = keyring.get_password(SERVICE, _account(url))
    except KeyringError:
        return url  # no keyring to ask: the server says if it needs a password
    return url.set(password=secret) if secret else url


def remember(address: str, password: str) -> str:
    """Keep `password` for the hub at `address` (which names its user); returns what it is kept under."""
    url = parsed(address)
    if not url.username:
        raise ValueError("the hub address names no user: write it as postgresql+psycopg://USER@HOST/DATABASE")
    if not is_secure(keyring.get_keyring()):
        raise ValueError("there is no secure system keyring to keep the password in")
    account = _account(url)
    keyring.set_password(SERVICE, account, password)
    return account
