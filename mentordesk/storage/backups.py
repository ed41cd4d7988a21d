"""Copies of the database to fall back on: made with SQLite's online backup API (consistent while the
app writes), checked, rotated, and restored only after the current file is itself kept.

Backups live in one folder per database (by default `backups/` beside the user's data), named after the
database and the moment they were made. Rotation keeps the newest backup of each of the last 7 days, 4
weeks and 6 months (or what the database's settings say: `Retention`, chosen in the Preferences); a
backup's date comes from its name, so moving files around does not change it."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from mentordesk.storage.errors import NotADatabaseError
from mentordesk.storage.sqlite_file import read_only_uri, stored_revision
from mentordesk.wording import translate

KEEP_DAYS, KEEP_WEEKS, KEEP_MONTHS = 7, 4, 6
RETENTION_KEY = "backups.retention"  # in the database's `setting` table: {"days": 7, "weeks": 4, ...}
_STAMP = "%Y%m%dT%H%M%S"
SNAPSHOT_WAIT_S = 3.0  # how long a backup waits for the write lock before it copies page by page
_NAME = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}T\d{6})(?:-(?P<label>[a-z-]+))?\.sqlite$")


@dataclass(frozen=True)
class Retention:
    """How many daily, weekly and monthly backups rotation keeps (each at least 1: the newest stays)."""

    days: int = KEEP_DAYS
    weeks: int = KEEP_WEEKS
    months: int = KEEP_MONTHS

    def __post_init__(self) -> None:
        for name in ("days", "weeks", "months"):
            if not 1 <= getattr(self, name) <= 120:
                raise ValueError(
                    translate("Retention", "Keep between 1 and 120 {name} of backups.").format(name=name)
                )

    def as_setting(self) -> dict[str, int]:
        return {"days": self.days, "weeks": self.weeks, "months": self.months}

    @classmethod
    def from_setting(cls, value: object) -> Retention:
        """The retention a stored setting says; the default for a missing or unreadable one."""
        if not isinstance(value, dict):
            return cls()
        try:
            return cls(*(int(value.get(name, default)) for name, default in cls().as_setting().items()))
        except (TypeError, ValueError):
            return cls()


def retention_of(database: Path) -> Retention:
    """The retention stored in `database` (read-only; the default when it says none or cannot say)."""
    try:
        with sqlite3.connect(read_only_uri(database), uri=True) as conn:
            row = conn.execute("SELECT value FROM setting WHERE key = ?", (RETENTION_KEY,)).fetchone()
        conn.close()
    except sqlite3.Error:
        return Retention()
    return Retention.from_setting(json.loads(row[0]) if row else None)


@dataclass(frozen=True)
class Backup:
    path: Path
    made: dt.datetime  # local time, from the name
    label: str  # why it was made: "", "before-restore", "before-import", ...


def backup_folder(database: Path) -> Path:
    return database.with_name(f"{database.stem}-backups")


def make_backup(
    database: Path,
    out: Path | None = None,
    *,
    label: str = "",
    now: dt.datetime | None = None,
    durable: bool = True,
    others_writing: bool = False,
) -> Path:
    """Copy `database` (open or not) to `out`, or into its backup folder; returns the copy's path.
    `durable`: the copy is on the disk before this returns; otherwise the system writes it out in its
    own time (a copy that a power cut then leaves damaged fails `check`, and is passed over).
    `others_writing`: the window may save meanwhile (the day's first backup, made as it opens), so
    the copy is made page by page, holding no lock a save would wait for; otherwise `snapshot`."""
    moment = (now or dt.datetime.now()).strftime(_STAMP)
    if out is None:
        folder = backup_folder(database)
        folder.mkdir(exist_ok=True)
        suffix = f"-{label}" if label else ""
        out = folder / f"{database.stem}-{moment}{suffix}.sqlite"
    partial = out.with_name(out.name + ".partial")
    (copy_database if others_writing else snapshot)(database, partial)
    if durable:
        descriptor = os.open(partial, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
    partial.replace(out)
    return out


def snapshot(source: Path, target: Path) -> None:
    """Copy `source` to the new file `target` as the file system copies files, while no one can write
    it (the write lock held): the file and its write-ahead log, which is then folded into the copy.
    When the lock is not had within a few seconds, or the files cannot be read as files, SQLite's
    backup API copies it page by page instead, which waits for no one."""
    log, copied_log = _log(source), _log(target)
    try:
        conn = sqlite3.connect(source, timeout=SNAPSHOT_WAIT_S, isolation_level=None)
        try:
            conn.execute("PRAGMA wal_checkpoint(PASSIVE)")  # what it can without waiting: less to fold
            conn.execute("BEGIN IMMEDIATE")
            try:
                shutil.copyfile(source, target)
                if log.exists():
                    shutil.copyfile(log, copied_log)
            finally:
                conn.execute("ROLLBACK")
        finally:
            conn.close()
    except (sqlite3.Error, OSError):
        for path in (target, copied_log):
            path.unlink(missing_ok=True)
        copy_database(source, target)
        return
    if copied_log.exists():  # the copy's last connection moves the log into it, and removes it
        folding = sqlite3.connect(target, isolation_level=None)
        try:
            folding.execute("PRAGMA synchronous=OFF")  # make_backup syncs the whole file once
            folding.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            folding.close()


def _log(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def copy_database(source: Path, target: Path) -> None:
    """Copy with SQLite's online backup API: consistent even while another connection writes, and
    with a WAL beside the source; `target` may be an open database (a restore)."""
    reading = sqlite3.connect(source)
    try:
        writing = sqlite3.connect(target)
        try:
            reading.backup(writing)
        finally:
            writing.close()
    finally:
        reading.close()


def check(database: Path) -> list[str]:
    """Every problem PRAGMA integrity_check and foreign_key_check find; empty when the file is sound.
    NotADatabaseError when it is no MentorDesk database at all."""
    stored_revision(database)  # refuses what is not a MentorDesk database
    with sqlite3.connect(read_only_uri(database), uri=True) as conn:
        problems = [row[0] for row in conn.execute("PRAGMA integrity_check") if row[0] != "ok"]
        problems += [
            f"{table} row {rowid} refers to a missing {parent}"
            for table, rowid, parent, _fk in conn.execute("PRAGMA foreign_key_check")
        ]
    conn.close()
    return problems


def backups_of(database: Path) -> list[Backup]:
    """The database's backups, newest first."""
    found: list[Backup] = []
    folder = backup_folder(database)
    if not folder.is_dir():
        return found
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and match["stem"] == database.stem:
            made = dt.datetime.strptime(match["stamp"], _STAMP)
            found.append(Backup(path, made, match["label"] or ""))
    return sorted(found, key=lambda b: b.made, reverse=True)


def to_keep(backups: list[Backup], retention: Retention | None = None) -> set[Path]:
    """The newest backup of each of the newest `retention.days` days, `weeks` weeks and `months` months
    that have one."""
    retention = retention or Retention()
    keep: set[Path] = set()
    for key, count in (
        (lambda b: b.made.date(), retention.days),
        (lambda b: b.made.isocalendar()[:2], retention.weeks),
        (lambda b: (b.made.year, b.made.month), retention.months),
    ):
        seen: list[object] = []
        for backup in backups:  # newest first: the first of each period is its newest
            period = key(backup)
            if period not in seen and len(seen) < count:
                seen.append(period)
                keep.add(backup.path)
    return keep


def rotate(database: Path) -> list[Path]:
    """Remove the backups `to_keep` does not keep; returns what was removed."""
    backups = backups_of(database)
    keep = to_keep(backups, retention_of(database))
    removed = [b.path for b in backups if b.path not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backup_before(
    database: Path,
    label: str,
    now: dt.datetime | None = None,
    *,
    durable: bool = True,
    others_writing: bool = False,
) -> Path:
    """A backup labelled with what is about to change the file (an import; "" for the daily one), then
    rotation."""
    made = make_backup(database, label=label, now=now, durable=durable, others_writing=others_writing)
    rotate(database)
    return made


def backup_if_due(database: Path, now: dt.datetime | None = None) -> Path | None:
    """At start: a backup when the newest is older than a day (or there is none), then rotation."""
    now = now or dt.datetime.now()
    newest = next(iter(backups_of(database)), None)
    if newest is not None and now - newest.made < dt.timedelta(days=1):
        return None
    return backup_before(database, "", now, others_writing=True)


def newest_good(database: Path) -> Backup | None:
    """The newest backup of `database` that passes `check`."""
    for backup in backups_of(database):
        try:
            if not check(backup.path):
                return backup
        except NotADatabaseError:
            continue
    return None


def move_aside(database: Path, now: dt.datetime | None = None) -> Path:
    """Rename a damaged database (and its journal files) out of the way, never overwriting it; returns
    its new name."""
    stamp = (now or dt.datetime.now()).strftime(_STAMP)
    target = database.with_name(f"{database.name}.damaged-{stamp}")
    for suffix in ("-wal", "-shm"):
        journal = database.with_name(database.name + suffix)
        if journal.exists():
            journal.replace(target.with_name(target.name + suffix))
    database.replace(target)
    return target


def restore(database: Path, backup: Path) -> Path | None:
    """Put `backup` in place of `database`, after checking it and keeping the current file as a backup
    labelled before-restore (returned; None when there was no file). The database must not be open."""
    problems = check(backup)
    if problems:
        raise NotADatabaseError(backup, f"it is damaged ({problems[0]})")
    kept = make_backup(database, label="before-restore") if database.exists() else None
    copy_database(backup, database)
    return kept
