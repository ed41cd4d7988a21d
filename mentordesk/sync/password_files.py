"""Encrypting an export with a password, at a fixed cost (docs/FORMAT.md, "Layers").

A password export is an age file with one scrypt recipient (the age-encryption.org/v1 format; any age
tool opens it). age's binding for Python (pyrage) picks the scrypt cost by timing the machine as it
encrypts: 2^18 on an idle machine here and 2^19 on a busy one, so the same export took 256 or 512 MiB,
1 or 2.3 s, and a partner's machine paid as much again to open it. Here the cost is fixed at
WORK_FACTOR (2^18: 256 MiB and about a second, the cost age's reference tool uses), and the archive is
encrypted as it is written, 64 KiB at a time, so it is never held a second time.

Opening stays with age (`pyrage.passphrase.decrypt`)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import io
import os

from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from cryptography.hazmat.primitives.kdf.hkdf import HKDF
from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

WORK_FACTOR = 18
"""log2 of scrypt's N (r 8, p 1): 128 × 8 × 2^18 bytes = 256 MiB of memory, about a second here."""
CHUNK = 64 * 1024
"""Plaintext per encrypted chunk, as the format fixes it."""
_VERSION = b"age-encryption.org/v1"
_SCRYPT_LABEL = b"age-encryption.org/v1/scrypt"


def _b64(data: bytes) -> bytes:
    """Base64 without padding, as age writes it."""
    return base64.b64encode(data).rstrip(b"=")


def _hkdf(key: bytes, salt: bytes, info: bytes) -> bytes:
    return HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=info).derive(key)


def _header(password: str, file_key: bytes, salt: bytes) -> bytes:
    """The file's header: its one scrypt stanza (the file key, sealed with a key the password and the
    salt derive) and the header's MAC."""
    wrap_key = Scrypt(salt=_SCRYPT_LABEL + salt, length=32, n=2**WORK_FACTOR, r=8, p=1).derive(
        password.encode("utf-8")
    )
    body = ChaCha20Poly1305(wrap_key).encrypt(bytes(12), file_key, None)
    text = b"%s\n-> scrypt %s %d\n%s\n---" % (_VERSION, _b64(salt), WORK_FACTOR, _b64(body))
    mac = hmac.new(_hkdf(file_key, b"", b"header"), text, hashlib.sha256).digest()
    return text + b" " + _b64(mac) + b"\n"


def encrypt_with_password(plain: io.BufferedIOBase, out: io.BufferedIOBase, password: str) -> None:
    """Write what `plain` reads, to its end, to `out` as an age file for `password`."""
    file_key, salt, nonce = os.urandom(16), os.urandom(16), os.urandom(16)
    out.write(_header(password, file_key, salt))
    out.write(nonce)
    cipher = ChaCha20Poly1305(_hkdf(file_key, nonce, b"payload"))
    counter = 0
    chunk = _read_full(plain, CHUNK)
    while True:
        following = _read_full(plain, CHUNK) if len(chunk) == CHUNK else b""
        last = not following
        out.write(cipher.encrypt(counter.to_bytes(11, "big") + (b"\x01" if last else b"\x00"), chunk, None))
        if last:
            return
        chunk, counter = following, counter + 1


def _read_full(stream: io.BufferedIOBase, size: int) -> bytes:
    """`size` bytes from `stream`, fewer only at its end."""
    parts: list[bytes] = []
    wanted = size
    while wanted:
        piece = stream.read(wanted)
        if not piece:
            break
        parts.append(piece)
        wanted -= len(piece)
    return b"".join(parts)
