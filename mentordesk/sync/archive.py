"""The tar archive a bundle holds, made of its members' parts (docs/FORMAT.md).

An export's records are tens of megabytes of JSON, one piece per record. Joined into `records.json`,
then copied into an archive's buffer, then out of it, and encrypted into bytes, they were held four
times over; here the archive is a list of those pieces between its headers, read by the encryption
as one stream (`Reader`) and written out as it is encrypted, so no copy of them is made."""

from __future__ import annotations

import hashlib
import io
import tarfile
from collections.abc import Sequence
from typing import Any

Parts = Sequence[bytes]
"""A member's data, in the parts it is made of (written one after another)."""


def json_list(items: Parts) -> list[bytes]:
    """The parts of a JSON list of `items`, each a JSON value, as `json.dumps` writes a list."""
    out = [b"["]
    for number, item in enumerate(items):
        if number:
            out.append(b", ")
        out.append(item)
    out.append(b"]")
    return out


def size(parts: Parts) -> int:
    return sum(map(len, parts))


def sha256(parts: Parts) -> str:
    digest = hashlib.sha256()
    for part in parts:
        digest.update(part)
    return digest.hexdigest()


def tar(members: Sequence[tuple[str, Parts]]) -> list[bytes]:
    """A ustar archive of `members` (each a name and its data's parts), as `tarfile` writes one, in
    parts: joined, or read through `Reader`, they are the archive."""
    out: list[bytes] = []
    for name, parts in members:
        info = tarfile.TarInfo(name)
        info.size = size(parts)
        info.mode = 0o644
        out.append(info.tobuf(tarfile.USTAR_FORMAT, tarfile.ENCODING, "surrogateescape"))
        out += parts
        out.append(bytes(-info.size % tarfile.BLOCKSIZE))
    out.append(bytes(2 * tarfile.BLOCKSIZE))  # the end of the archive
    out.append(bytes(-size(out) % tarfile.RECORDSIZE))
    return out


class Reader(io.RawIOBase):
    """Parts read one after another as one stream, never joined: what encrypts an archive as it
    writes it reads it through this."""

    def __init__(self, parts: Parts) -> None:
        super().__init__()
        self._parts = iter(parts)
        self._current = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        """Fill `buffer` from the parts; fewer bytes only at the end (0 there)."""
        filled = 0
        wanted = len(buffer)
        while filled < wanted:
            if not self._current:
                following = next(self._parts, None)
                if following is None:
                    break
                self._current = memoryview(following)
                continue
            taken = min(wanted - filled, len(self._current))
            buffer[filled : filled + taken] = self._current[:taken]
            self._current = self._current[taken:]
            filled += taken
        return filled
