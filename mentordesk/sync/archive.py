"""The tar archive a bundle holds, written in one piece from its members' parts (docs/FORMAT.md).

An export's records are tens of megabytes of JSON, one piece per record. Joined into `records.json`,
then copied into an archive's buffer, then out of it, they were held three times over before being
encrypted; written here, the archive is the one copy made of them."""

from __future__ import annotations

import hashlib
import tarfile
from collections.abc import Sequence

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


def tar(members: Sequence[tuple[str, Parts]]) -> bytes:
    """A ustar archive of `members` (each a name and its data's parts), as `tarfile` writes one."""
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
    return b"".join(out)
