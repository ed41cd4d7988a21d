"""File imports write in short transactions: between batches the write lock is free for the window's
saves; Cancel keeps what was written and says what was not read; a failure part way names how far it got,
and importing again completes the import without adding anything twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy.exc import OperationalError

from mentordesk.domain import PairingInfo
from mentordesk.services import Services, timeline_io
from mentordesk.steps import Cancelled

ROWS = 1000


@pytest.fixture
def source(tmp_path: Path) -> Path:
    path = tmp_path / "history.csv"
    lines = [f"{2000 + n // 365}-{1 + n % 12:02d}-{1 + n % 28:02d},Event number {n}" for n in range(ROWS)]
    path.write_text("date,title\n" + "\n".join(lines) + "\n", "utf-8")
    return path


def sqlite_says(message: str) -> OperationalError:
    return OperationalError("INSERT INTO archeology_event", {}, sqlite3.OperationalError(message))


def events(services: Services, pairing: PairingInfo) -> int:
    return len(services.archeology.events(pairing.id))


def test_the_write_lock_is_free_between_batches(
    services: Services, mentee_pairing: PairingInfo, source: Path, db_path: Path
) -> None:
    writes: list[int] = []

    def another_window_saves(done: int, _total: int) -> None:
        other = sqlite3.connect(db_path, timeout=0)  # a save that would have to wait fails at once
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
        finally:
            other.close()
        writes.append(done)

    report = services.timeline.import_csv(mentee_pairing.id, source, progress=another_window_saves)
    assert report.added == ROWS and report.unread == 0
    assert len(writes) > ROWS // timeline_io.BATCH  # every step between batches, and the last


def test_cancel_keeps_the_batches_written_and_says_what_was_not_read(
    services: Services, mentee_pairing: PairingInfo, source: Path
) -> None:
    def cancel_after_two_batches(done: int, _total: int) -> None:
        if done >= 2 * timeline_io.BATCH:
            raise Cancelled("Cancelled")

    report = services.timeline.import_csv(mentee_pairing.id, source, progress=cancel_after_two_batches)
    kept = 2 * timeline_io.BATCH
    assert (report.added, report.unread) == (kept, ROWS - kept)
    assert events(services, mentee_pairing) == kept
    assert report.summary().startswith(f"Cancelled with {ROWS - kept} rows or refs not read yet")

    again = services.timeline.import_csv(mentee_pairing.id, source)
    assert (again.added, again.already_present, again.unread) == (ROWS - kept, kept, 0)
    assert events(services, mentee_pairing) == ROWS


def test_a_failure_part_way_says_what_was_kept(
    services: Services, mentee_pairing: PairingInfo, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    add = timeline_io._add
    calls = 0

    def disk_fills_up(*args: object) -> None:
        nonlocal calls
        calls += 1
        if calls > timeline_io.BATCH + 50:
            raise sqlite_says("database or disk is full")
        add(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(timeline_io, "_add", disk_fills_up)
    with pytest.raises(timeline_io.ImportStopped) as stopped:
        services.timeline.import_csv(mentee_pairing.id, source)
    message = str(stopped.value)
    assert message.startswith("The disk is full. ")
    assert f"{timeline_io.BATCH} events from the first {timeline_io.BATCH} of {ROWS} rows" in message
    assert events(services, mentee_pairing) == timeline_io.BATCH  # the failed batch left nothing

    monkeypatch.setattr(timeline_io, "_add", add)
    again = services.timeline.import_csv(mentee_pairing.id, source)
    assert (again.added, again.already_present) == (ROWS - timeline_io.BATCH, timeline_io.BATCH)


def test_a_failure_in_the_first_batch_says_nothing_was_added(
    services: Services, mentee_pairing: PairingInfo, source: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def locked(*_args: object) -> None:
        raise sqlite_says("database is locked")

    monkeypatch.setattr(timeline_io, "_add", locked)
    with pytest.raises(timeline_io.ImportStopped) as refused:
        services.timeline.import_csv(mentee_pairing.id, source)
    assert str(refused.value) == ("The database is busy in another window or program. Nothing was added.")
    assert events(services, mentee_pairing) == 0
