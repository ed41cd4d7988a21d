"""A throwaway PostgreSQL server for the hub's tests: Debian's `postgresql` package's binaries, a data
folder of its own, reached through a Unix socket only (no TCP port is opened). initdb refuses to run as
root, so as root the server runs as the `postgres` user."""

from __future__ import annotations

import os
import pwd
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

PORT = 5433  # only names the socket file; nothing listens on TCP


def binaries() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"))
    if not found:
        raise RuntimeError(
            "the hub's tests need PostgreSQL's server: apt-get install postgresql (Debian's package)"
        )
    return found[-1].parent


def _as_owner() -> list[str]:
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


@contextmanager
def running() -> Iterator[str]:
    """A started server; yields the folder its socket is in (the `host` to connect to)."""
    bin_dir = binaries()
    folder = Path(tempfile.mkdtemp(prefix="mentordesk-pg-"))
    folder.chmod(0o755)
    if os.geteuid() == 0:
        owner = pwd.getpwnam("postgres")
        os.chown(folder, owner.pw_uid, owner.pw_gid)
    data = folder / "data"
    run = _as_owner()
    try:
        subprocess.run(
            [*run, str(bin_dir / "initdb"), "-D", str(data), "-A", "trust", "-U", "postgres", "-E", "UTF8",
             "--no-sync"],
            check=True, capture_output=True,
        )  # fmt: skip
        options = f"-k {folder} -p {PORT} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
        subprocess.run(
            [*run, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(folder / "log"), "-w", "-o", options,
             "start"],
            check=True, capture_output=True,
        )  # fmt: skip
        yield str(folder)
    finally:
        if data.exists():
            stop = [*run, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"]
            subprocess.run(stop, capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def new_database(host: str, name: str) -> str:
    """Create database `name` on the server; returns its SQLAlchemy URL."""
    import psycopg

    with psycopg.connect(host=host, port=PORT, user="postgres", dbname="postgres", autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}"')
    return f"postgresql+psycopg://postgres@/{name}?host={host}&port={PORT}"
