"""Reading and writing the user's files safely.

Reading: only a regular file, read in pieces up to a size limit, so /dev/zero, a FIFO or a huge file
cannot take all memory or block forever. Writing: only to a regular file or a new path (never over a
device, FIFO or folder), through a temporary file beside it that is flushed and renamed into place, so
a crash never leaves a half-written file under the final name."""

from __future__ import annotations

import io
import os
import stat
import tempfile
from collections.abc import Callable
from pathlib import Path

from mentordesk.wording import translate

CHUNK = 1 << 20


class FileRefused(OSError):
    """A path that is not a file MentorDesk will read or write; the message names it and why."""


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def read_limited(path: Path, limit: int, what: str = "file") -> bytes:
    """The bytes of the regular file at `path`, refused (FileRefused) when it is anything else or holds
    more than `limit` bytes. OSError when it cannot be read at all."""
    info = path.stat()
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(
            translate("files", "{path} is {kind}, not a {what} MentorDesk can read.").format(
                path=path, kind=_kind(info.st_mode), what=what
            )
        )
    # O_NONBLOCK: should the path be swapped for a FIFO after the check, opening it does not hang
    handle = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with os.fdopen(handle, "rb") as stream:
        if not stat.S_ISREG(os.fstat(stream.fileno()).st_mode):
            raise FileRefused(translate("files", "{path} is not a regular file.").format(path=path))
        chunks: list[bytes] = []
        size = 0
        while chunk := stream.read(min(CHUNK, limit + 1 - size)):
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise FileRefused(
                    translate("files", "{path} is larger than {size}: too large for a {what}.").format(
                        path=path, size=_size(limit), what=what
                    )
                )
    return b"".join(chunks)


def check_writable_target(path: Path) -> None:
    """Refuse (FileRefused) a target that exists and is not a regular file."""
    try:
        info = path.stat()
    except FileNotFoundError:
        return
    if not stat.S_ISREG(info.st_mode):
        raise FileRefused(
            translate("files", "{path} is {kind}; choose a file name to write to.").format(
                path=path, kind=_kind(info.st_mode)
            )
        )


def write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, flush it to disk, then rename it over `path`."""
    write_atomically_with(path, lambda stream: stream.write(data))


def write_atomically_with(path: Path, write: Callable[[io.BufferedIOBase], object]) -> None:
    """`write_atomically` what `write` writes to the stream it is given."""
    check_writable_target(path)
    handle, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as stream:
            write(stream)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _size(limit: int) -> str:
    return f"{limit // 2**20} MB" if limit >= 2**20 else f"{limit // 2**10} KB"
