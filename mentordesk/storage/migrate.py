"""Schema upgrades through Alembic, with a backup of the user's file taken first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.script import ScriptDirectory

from mentordesk.storage.backups import copy_database
from mentordesk.storage.errors import MigrationError

SCRIPT_LOCATION = "mentordesk.storage:migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", SCRIPT_LOCATION)
    return config


def script_directory() -> ScriptDirectory:
    return ScriptDirectory.from_config(alembic_config())


def head_revision() -> str:
    head = script_directory().get_current_head()
    assert head is not None
    return head


def is_known_revision(revision: str) -> bool:
    return any(script.revision == revision for script in script_directory().walk_revisions())


def backup_database(path: Path, label: str) -> Path:
    """Copy the file with SQLite's online backup API (consistent even with a WAL beside it)."""
    stamp = dt.datetime.now().strftime("%Y%m%dT%H%M%S")
    target = path.with_name(f"{path.name}.before-{label}-{stamp}.bak")
    copy_database(path, target)
    return target


def upgrade(path: Path, current: str | None) -> Path | None:
    """Bring the file at `path` to the head revision; returns the backup taken, if any."""
    from mentordesk.storage.database import make_engine

    backup = backup_database(path, f"upgrade-from-{current}") if current is not None else None
    engine = make_engine(path, foreign_keys=False)
    try:
        with engine.connect() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
            problems = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
        if problems:
            raise MigrationError(path, backup, f"{len(problems)} broken references after the upgrade")
    except MigrationError:
        raise
    except Exception as error:  # any failure inside Alembic or SQLite: keep the backup, name the cause
        raise MigrationError(path, backup, str(error)) from error
    finally:
        engine.dispose()
    return backup
