"""`mentordesk backup`, `check` and `restore`: copies of the database kept and put back from the
command line (storage/backups.py does the work)."""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from mentordesk.config import lock_path
from mentordesk.storage.backups import check, make_backup, newest_good, restore


def run_backups(args: argparse.Namespace, db_path: Path) -> int:
    command = {"backup": _backup, "check": _check, "restore": _restore}[args.command]
    return command(args, db_path)


def after_damage(db_path: Path) -> str:
    """What to do about a damaged file: restore the newest backup that checks out, if there is one."""
    good = newest_good(db_path)
    if good is None:
        return "There is no good backup of it."
    made = f"{good.made:%d %b %Y %H:%M}"
    return f"The newest good backup is from {made}: mentordesk restore --db {db_path} {good.path}"


def _backup(args: argparse.Namespace, db_path: Path) -> int:
    from mentordesk.cli import output_path

    out = output_path(args.out) if args.out else None
    print(f"wrote {make_backup(db_path, out)}")
    return 0


def _check(args: argparse.Namespace, db_path: Path) -> int:
    problems = check(db_path)
    for problem in problems:
        print(problem)
    print(f"{db_path}: " + (f"{len(problems)} problems" if problems else "ok"))
    return 2 if problems else 0


def _restore(args: argparse.Namespace, db_path: Path) -> int:
    if _open_elsewhere(db_path):
        raise ValueError(f"{db_path} is open in a MentorDesk window; close it, then restore")
    kept = restore(db_path, Path(args.backup).expanduser())
    print(f"restored {args.backup} into {db_path}" + (f"; the file before is kept as {kept}" if kept else ""))
    return 0


def _open_elsewhere(db_path: Path) -> bool:
    """A live process holds the window's lock on the file (see ui/single_instance.py)."""
    try:
        pid = int(lock_path(db_path).read_text(encoding="utf-8").split()[0])
        os.kill(pid, 0)
    except (OSError, ValueError, IndexError):
        return False
    return True
