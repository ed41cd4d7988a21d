"""Smaller hostile-input cases: each refused with a message that names what is wrong."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from mentordesk.cli import main
from mentordesk.domain import PairingInfo
from mentordesk.services import Services
from mentordesk.storage import NotADatabaseError, open_database


def test_a_csv_quote_left_open_is_reported_instead_of_swallowing_rows(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    source = tmp_path / "history.csv"
    source.write_text(
        'date,title,why\n2019,"Monolith split,first\n2020,Queue added,load\n2021,Outage,"two\nlines"\n',
        "utf-8",
    )
    report = services.timeline.import_csv(mentee_pairing.id, source)
    assert report.rejected and report.rejected[0].startswith("line 2: a quote opened here closes only")
    assert "Monolith split" not in {
        e.title.split("\n")[0] for e in services.archeology.events(mentee_pairing.id)
    }


def test_a_read_only_folder_opens_the_file_read_only(db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Not "the file is damaged": the file is read as it stands (tests/test_read_only.py). Root may
    write anywhere, so the folder's permission is what os.access answers here."""
    real = os.access
    monkeypatch.setattr(os, "access", lambda p, mode: False if Path(p) == db_path.parent else real(p, mode))
    database = open_database(db_path)
    assert database.read_only
    database.close()


def test_an_empty_schema_version_is_a_damaged_file_not_raw_sql(db_path: Path) -> None:
    with sqlite3.connect(db_path) as conn:
        conn.execute("DELETE FROM alembic_version")
    with pytest.raises(NotADatabaseError, match="schema version is missing"):
        open_database(db_path)


def test_a_mistyped_database_path_creates_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    typo = tmp_path / "mentrodesk.sqlite"
    for command in (["search", "--db", str(typo), "billing"], ["pairings", "--db", str(typo)]):
        assert main(command) == 2
        assert "there is no database at" in capsys.readouterr().err
    assert not typo.exists()
