"""File imports write in short transactions: between batches the write lock is free for the window's
saves; Cancel keeps what was written and says what was not read; a failure part way names how far it got,
and importing again completes the import without adding anything twice."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy.exc import OperationalError

from mentordesk.domain import PairingInfo
from mentordesk.services import Services, adr_folder, timeline_io
from mentordesk.services.batches import ImportStopped
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
    with pytest.raises(ImportStopped) as stopped:
        services.timeline.import_csv(mentee_pairing.id, source)
    message = str(stopped.value)
    assert message.startswith("The disk is full. ")
    assert (
        f"{timeline_io.BATCH} events from the first {timeline_io.BATCH} of {ROWS} rows were written"
        in message
    )
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
    with pytest.raises(ImportStopped) as refused:
        services.timeline.import_csv(mentee_pairing.id, source)
    assert str(refused.value) == ("The database is busy in another window or program. Nothing was added.")
    assert events(services, mentee_pairing) == 0


ADRS = 3 * adr_folder.BATCH + 5


@pytest.fixture
def adr_log(tmp_path: Path) -> Path:
    """A log where each decision supersedes the one before it."""
    folder = tmp_path / "adr"
    folder.mkdir()
    for n in range(1, ADRS + 1):
        link = f"Supercedes [{n - 1}. Choice {n - 1}]({n - 1:04d}-choice-{n - 1}.md)\n\n" if n > 1 else ""
        status = f"## Status\n\nAccepted\n\n{link}"
        text = f"# {n}. Choice {n}\n\nDate: 2020-01-02\n\n{status}## Context\n\nWhy {n}.\n"
        (folder / f"{n:04d}-choice-{n}.md").write_text(text, "utf-8")
    return folder


def superseded(services: Services, pairing: PairingInfo) -> int:
    return sum(
        1 for d in services.decisions.list_decisions(pairing.id) if services.decisions.detail(d.id).supersedes
    )


def test_an_adr_import_frees_the_write_lock_between_batches(
    services: Services, mentee_pairing: PairingInfo, adr_log: Path, db_path: Path
) -> None:
    steps: list[int] = []

    def another_window_saves(done: int, _total: int) -> None:
        other = sqlite3.connect(db_path, timeout=0)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.rollback()
        finally:
            other.close()
        steps.append(done)

    report = services.adr.import_folder(mentee_pairing.id, adr_log, progress=another_window_saves)
    assert (report.imported, report.unread) == (ADRS, 0)
    assert steps == [0, *(n * adr_folder.BATCH for n in (1, 2, 3)), ADRS]
    assert superseded(services, mentee_pairing) == ADRS - 1


def test_a_cancelled_adr_import_keeps_its_batches_and_importing_again_links_them(
    services: Services, mentee_pairing: PairingInfo, adr_log: Path
) -> None:
    def cancel_after_one_batch(done: int, _total: int) -> None:
        if done >= adr_folder.BATCH:
            raise Cancelled("Cancelled")

    report = services.adr.import_folder(mentee_pairing.id, adr_log, progress=cancel_after_one_batch)
    assert (report.imported, report.unread) == (adr_folder.BATCH, ADRS - adr_folder.BATCH)
    assert "no links between decisions set" in report.summary()
    assert superseded(services, mentee_pairing) == 0

    again = services.adr.import_folder(mentee_pairing.id, adr_log)
    batch = adr_folder.BATCH  # of the first batch, all but the first decision now supersede another
    assert (again.imported, again.updated, again.unchanged, again.unread) == (ADRS - batch, batch - 1, 1, 0)
    assert superseded(services, mentee_pairing) == ADRS - 1
    log = services.decisions.list_decisions(mentee_pairing.id)
    assert not any("not in the log" in services.decisions.detail(d.id).draft.notes for d in log)


def test_an_adr_import_failing_part_way_says_what_was_kept(
    services: Services,
    mentee_pairing: PairingInfo,
    adr_log: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    apply = adr_folder._apply
    calls = 0

    def disk_fails(*args: Any) -> None:
        nonlocal calls
        calls += 1
        if calls > 2 * adr_folder.BATCH + 3:
            raise sqlite_says("disk I/O error")
        apply(*args)

    monkeypatch.setattr(adr_folder, "_apply", disk_fails)
    with pytest.raises(ImportStopped) as stopped:
        services.adr.import_folder(mentee_pairing.id, adr_log)
    kept = 2 * adr_folder.BATCH
    assert str(stopped.value).startswith(
        f"The disk reported an error (I/O error). {kept} decisions from the first {kept} of {ADRS} files "
        "were written before it stopped"
    )
    assert len(services.decisions.list_decisions(mentee_pairing.id)) == kept
