"""A database path is a path, not a piece of a URL: percent signs, hashes, question marks and spaces
name the file they spell, and the start-up check reads that file."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.services import Services
from mentordesk.storage import NotADatabaseError, open_database


@pytest.mark.parametrize(
    "name", ["a%41b.sqlite", "notes#2.sqlite", "q?mode=memory.sqlite", "two words.sqlite"]
)
def test_the_file_written_is_the_file_named(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    services = Services.open(path)
    services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY))
    services.close()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(("-wal", "-shm"))) == [name]
    reopened = Services.open(path)
    try:
        assert [p.mentee.name for p in reopened.pairings.list_pairings()] == ["Sam"]
    finally:
        reopened.close()


def test_the_start_up_check_reads_a_file_whose_name_has_a_hash(tmp_path: Path) -> None:
    path = tmp_path / "damaged#1.sqlite"
    open_database(path).close()
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[page:] = bytes(range(256)) * ((len(data) - page) // 256) + bytes((len(data) - page) % 256)
    path.write_bytes(bytes(data))  # every page but the first is garbage
    with pytest.raises(NotADatabaseError, match="damaged"):
        open_database(path)
