"""A database SQLite finds damaged at start: it is never written to. It is moved aside under a name with
the time, and the newest backup that checks out is offered in its place."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMessageBox, QWidget

from mentordesk import APP_NAME
from mentordesk.services.backups import Backup, move_aside, newest_good, restore
from mentordesk.ui import dates
from mentordesk.ui.i18n import translate

RESTORE, EMPTY, QUIT = "restore", "empty", "quit"


def ask(moved: Path, error: str, good: Backup | None, parent: QWidget | None = None) -> str:
    """RESTORE, EMPTY or QUIT, as the user chooses."""
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        translate("damaged", "{APP_NAME}: the database is damaged").format(APP_NAME=APP_NAME),
        "",
        parent=parent,
    )
    text = translate("damaged", "{error}\n\nThe file was not changed: it was moved to {moved}.").format(
        error=error, moved=moved
    )
    restore_button = None
    if good is not None:
        text += translate("damaged", "\n\nThe newest good backup is from {made}. Restore it?").format(
            made=dates.moment_long(good.made)
        )
        restore_button = box.addButton(
            translate("damaged", "Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
    else:
        text += translate("damaged", "\n\nThere is no good backup of it.")
    empty_button = box.addButton(
        translate("damaged", "Start with an empty database"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(translate("damaged", "Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setText(text)
    box.exec()
    clicked = box.clickedButton()
    return RESTORE if clicked is restore_button else EMPTY if clicked is empty_button else QUIT


def recover(database: Path, error: str, parent: QWidget | None = None) -> bool:
    """Move the damaged file aside and do what the user chooses; True when a database can be opened at
    `database` now (the backup restored, or a new empty one), False to quit."""
    good = newest_good(database)
    moved = move_aside(database)
    choice = ask(moved, error, good, parent)
    if choice == RESTORE and good is not None:
        restore(database, good.path)
        return True
    return choice == EMPTY
