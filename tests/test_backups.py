"""Backups: consistent copies made while the app writes, rotated 7 daily / 4 weekly / 6 monthly, checked,
and restored only after the current file is kept."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.cli import main
from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.services import Services
from mentordesk.storage import DamagedDatabaseError, NotADatabaseError, WriteFailed
from mentordesk.storage.backups import (
    Backup,
    Retention,
    backup_if_due,
    backups_of,
    check,
    make_backup,
    restore,
    to_keep,
)
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow

NOW = dt.datetime(2026, 12, 1, 9, 30)


def test_rotation_keeps_the_newest_of_each_day_week_and_month() -> None:
    made = [NOW - dt.timedelta(hours=12 * n) for n in range(400)]  # two a day for 200 days
    backups = [Backup(Path(f"b{n}"), moment, "") for n, moment in enumerate(made)]
    kept = [b for b in backups if b.path in to_keep(backups)]
    days = {b.made.date() for b in kept}
    assert len(days) == len(kept)  # never two of one day
    assert {NOW.date() - dt.timedelta(days=n) for n in range(7)} <= days
    assert len({b.made.isocalendar()[:2] for b in kept}) >= 4
    assert len({(b.made.year, b.made.month) for b in kept}) == 6
    assert len(kept) <= 7 + 4 + 6


def test_rotation_keeps_what_the_database_says_to_keep(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        assert services.preferences.retention() == Retention()  # 7 / 4 / 6 until told otherwise
        services.preferences.set_retention(Retention(days=2, weeks=1, months=1))
    finally:
        services.close()
    for day in range(6):  # a backup a day for six days: the rotation after each keeps two days' worth
        backup_if_due(db_path, now=NOW + dt.timedelta(days=day))
    kept = backups_of(db_path)
    assert [b.made.date() for b in kept] == [(NOW + dt.timedelta(days=n)).date() for n in (5, 4)]
    with pytest.raises(ValueError, match="between 1 and 120"):
        Retention(days=0)
    assert Retention.from_setting({"days": "many"}) == Retention()  # an unreadable setting: the default


def test_a_backup_made_while_writing_is_a_sound_copy(db_path: Path) -> None:
    services = Services.open(db_path)
    try:
        pairing = services.pairings.create(
            NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
        )
        copy = make_backup(db_path, now=NOW)  # the services hold the file open meanwhile
    finally:
        services.close()
    assert check(copy) == [] and backups_of(db_path)[0].path == copy
    reopened = Services.open(copy)
    try:
        assert [p.id for p in reopened.pairings.list_pairings()] == [pairing.id]
    finally:
        reopened.close()


def _log_only_file(folder: Path) -> tuple[Path, sqlite3.Connection]:
    """A WAL file whose second row is still only in its log, while a reader holds a view without it."""
    path = folder / "logged.sqlite"
    writer = sqlite3.connect(path, isolation_level=None)
    writer.execute("PRAGMA journal_mode=WAL")
    writer.execute("PRAGMA wal_autocheckpoint=0")
    writer.execute("CREATE TABLE t(x)")
    writer.execute("INSERT INTO t VALUES (1)")
    reader = sqlite3.connect(path, isolation_level=None)
    reader.execute("BEGIN")
    assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)
    writer.execute("INSERT INTO t VALUES (2)")
    writer.close()
    return path, reader


def _rows(path: Path) -> list[tuple[int]]:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        return conn.execute("SELECT x FROM t ORDER BY x").fetchall()
    finally:
        conn.close()


def test_a_backup_holds_what_is_still_in_the_log_and_is_one_file(tmp_path: Path) -> None:
    path, reader = _log_only_file(tmp_path)
    try:
        copy = make_backup(path, tmp_path / "copy.sqlite", durable=False)
        assert _rows(copy) == [(1,), (2,)]
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("copy")) == ["copy.sqlite"]
        assert reader.execute("SELECT count(*) FROM t").fetchone() == (1,)  # the reader was not disturbed
    finally:
        reader.close()


def test_a_backup_made_while_another_holds_the_write_lock_copies_page_by_page(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path, reader = _log_only_file(tmp_path)
    reader.close()
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (3)")  # not committed: a backup holds what was
    monkeypatch.setattr("mentordesk.storage.backups.SNAPSHOT_WAIT_S", 0.2)
    try:
        copy = make_backup(path, tmp_path / "copy.sqlite")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert _rows(copy) == [(1,), (2,)]


def test_a_day_s_first_start_makes_one_backup(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def holding_the_write_lock(_source: Path, _target: Path) -> None:
        raise AssertionError("the window may be saving: the day's backup holds no lock a save waits for")

    monkeypatch.setattr("mentordesk.storage.backups.snapshot", holding_the_write_lock)
    assert backup_if_due(db_path, NOW) is not None
    assert backup_if_due(db_path, NOW + dt.timedelta(hours=20)) is None
    assert backup_if_due(db_path, NOW + dt.timedelta(hours=25)) is not None
    assert len(backups_of(db_path)) == 2
    assert check(backups_of(db_path)[0].path) == []


def test_restore_keeps_the_current_file_first_and_refuses_a_damaged_backup(
    db_path: Path, tmp_path: Path
) -> None:
    before = make_backup(db_path, tmp_path / "empty.sqlite")
    services = Services.open(db_path)
    services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY))
    services.close()
    kept = restore(db_path, before)
    assert kept is not None and "before-restore" in kept.name
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM pairing").fetchone()[0] == 0
    with sqlite3.connect(kept) as conn:
        assert conn.execute("SELECT count(*) FROM pairing").fetchone()[0] == 1
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x07" * 5000)
    with pytest.raises(NotADatabaseError):
        restore(db_path, junk)
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("SELECT count(*) FROM pairing").fetchone()[0] == 0  # untouched


def test_the_command_line_backs_up_checks_and_restores(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copy = tmp_path / "copy.sqlite"
    assert main(["backup", "--db", str(demo_path), "--out", str(copy)]) == 0
    assert main(["check", "--db", str(copy)]) == 0 and capsys.readouterr().out.strip().endswith(": ok")
    lost = tmp_path / "lost.sqlite"
    assert main(["restore", "--db", str(lost), str(copy)]) == 0
    assert main(["pairings", "--db", str(lost)]) == 0
    assert "Priya Raman & Sam Okafor" in capsys.readouterr().out
    lock = demo_path.with_name(demo_path.name + ".lock")
    lock.write_text(f"{os.getpid()}\nmentordesk\nhost\n")  # as a running window leaves it
    assert main(["restore", "--db", str(demo_path), str(copy)]) == 2
    assert "open in a MentorDesk window" in capsys.readouterr().err


def _damage(path: Path) -> None:
    with sqlite3.connect(path) as conn:
        page = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[page:] = bytes(range(256)) * ((len(data) - page) // 256) + bytes((len(data) - page) % 256)
    path.write_bytes(bytes(data))


def test_a_damaged_file_is_left_as_it_is_and_the_newest_good_backup_named(
    demo_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = make_backup(demo_path, now=NOW)
    _damage(demo_path)
    before = demo_path.read_bytes()
    assert main(["pairings", "--db", str(demo_path)]) == 2
    said = capsys.readouterr().err
    assert said.count("\n") == 1 and "damaged" in said and f"restore --db {demo_path} {good}" in said
    assert demo_path.read_bytes() == before


@pytest.mark.parametrize("choice", ["restore", "quit"])
def test_the_window_moves_a_damaged_file_aside_and_offers_the_backup(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, choice: str
) -> None:
    from mentordesk.ui import damaged

    make_backup(demo_path, now=NOW)
    _damage(demo_path)
    before = demo_path.read_bytes()
    offered: list[object] = []
    monkeypatch.setattr(
        damaged, "ask", lambda moved, error, good, parent=None: offered.append(good) or choice
    )
    assert damaged.recover(demo_path, "damaged") is (choice == "restore")
    [aside] = demo_path.parent.glob("demo.sqlite.damaged-*[0-9]")
    assert aside.read_bytes() == before and offered[0] is not None
    if choice == "restore":
        assert check(demo_path) == []
    else:
        assert not demo_path.exists()


def test_an_import_is_preceded_by_a_backup(services: Services, tmp_path: Path) -> None:
    pairing = services.pairings.create(
        NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    )
    source = tmp_path / "history.csv"
    source.write_text("date,title\n2019,Monolith split\n", "utf-8")
    services.timeline.import_csv(pairing.id, source)
    [before] = backups_of(services.db.path)
    assert before.label == "before-import"
    with sqlite3.connect(before.path) as conn:  # the copy holds the file as it was before the import
        assert conn.execute("SELECT count(*) FROM archeology_event").fetchone()[0] == 0


def _damage_tail(path: Path, pages: int = 6) -> None:
    """Damage the last pages only: the schema and the settings still read, a whole-file check does not."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = conn.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    data[-pages * size :] = bytes(range(256)) * (pages * size // 256)
    path.write_bytes(bytes(data))


def checking_once_up(qtbot: QtBot, services: Services) -> MainWindow:
    """A window on a file opened unchecked, shown, that checks the file once it is up."""
    window = MainWindow(services, ChangeHub())
    qtbot.addWidget(window)
    window.check_integrity_later()
    window.show()
    return window


def test_a_large_file_is_opened_unchecked_and_checked_by_the_window_once_it_is_up(
    demo_path: Path, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.storage import open_database
    from mentordesk.storage.sqlite_file import check_integrity

    _damage_tail(demo_path)
    with pytest.raises(DamagedDatabaseError):
        open_database(demo_path)
    with pytest.raises(DamagedDatabaseError):
        check_integrity(demo_path)
    unchecked = open_database(demo_path, check=False)  # no whole-file read before the first paint
    outcome: list[object] = []

    def save() -> None:
        try:
            with unchecked.write():
                outcome.append("written")
        except WriteFailed as error:
            outcome.append(error)

    saving = threading.Thread(target=save)
    saving.start()
    saving.join(0.3)
    assert saving.is_alive() and outcome == []  # a write waits for the check
    assert "damaged" in (unchecked.verify() or "")
    saving.join(5)
    [refused] = outcome
    assert isinstance(refused, WriteFailed) and str(refused).startswith(
        "Not saved: the database file is damaged"
    )
    unchecked.close()

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical", lambda _parent, _title, text: said.append(text))
    create_application()
    services = Services.open(demo_path, check=False)
    try:
        window = checking_once_up(qtbot, services)
        qtbot.waitUntil(lambda: window.damage_found is not None, timeout=10_000)
        assert "damaged" in window.damage_found and not window.isVisible()  # type: ignore[operator]
        assert said and "keeps it aside" in said[0]
    finally:
        services.close()


def test_a_window_on_a_sound_file_checked_once_it_is_up_stays_open(demo_path: Path, qtbot: QtBot) -> None:

    create_application()
    services = Services.open(demo_path, check=False)
    try:
        window = checking_once_up(qtbot, services)
        qtbot.waitUntil(lambda: window.integrity_checked, timeout=10_000)
        assert window.damage_found is None and window.isVisible()
    finally:
        services.close()


def test_a_file_found_damaged_at_start_is_said_over_the_window_which_then_opens_the_backup(
    demo_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mentordesk import app as app_module
    from mentordesk.ui import damaged

    make_backup(demo_path, now=NOW)
    _damage(demo_path)
    earlier = set(QApplication.topLevelWidgets())
    asked_over: list[object] = []
    seen: list[tuple[bool, str]] = []

    def choose_the_backup(moved: Path, error: str, good: object, parent: object = None) -> str:
        asked_over.append(parent)
        return damaged.RESTORE

    def look() -> None:
        made = [w for w in QApplication.topLevelWidgets() if w not in earlier and isinstance(w, MainWindow)]
        window = next((w for w in made if w.isVisible() and w.attached), None)
        if window is None:
            QTimer.singleShot(20, look)
            return
        seen.append((window in asked_over, window.pairing_box.currentText()))
        window.close()

    monkeypatch.setattr(damaged, "ask", choose_the_backup)
    QTimer.singleShot(20, look)
    assert app_module.run_gui(demo_path) == 0
    assert seen == [(True, "Priya Raman & Sam Okafor")]  # asked over the window, then filled from the backup
    assert len(list(demo_path.parent.glob("demo.sqlite.damaged-*[0-9]"))) == 1
