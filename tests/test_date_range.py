"""Dates stay within 1900–2200 at every way in, and no stored value can stop the window from starting:
a page that cannot show its records says so in the page, and the other pages work."""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.cli import main
from mentordesk.domain import CardDraft, PairingInfo
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.archeology import ArcheologyPage


@pytest.mark.parametrize("day", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(1899, 12, 31)])
def test_no_service_stores_a_date_outside_the_range(
    services: Services, mentee_pairing: PairingInfo, day: dt.date
) -> None:
    with pytest.raises(ValueError, match=r"occurred on of this archeology event .* is outside 1900–2200"):
        services.archeology.add_event(mentee_pairing.id, "The end of time", day)
    column = services.plans.columns(mentee_pairing.id)[0].id
    with pytest.raises(ValueError, match="due date of this card"):
        services.board.create_card(column, CardDraft("Far away", due_date=day))
    assert services.archeology.events(mentee_pairing.id) == []


def test_a_csv_row_dated_outside_the_range_is_rejected_by_line(
    services: Services, mentee_pairing: PairingInfo, tmp_path: Path
) -> None:
    source = tmp_path / "history.csv"
    source.write_text("date,title\n9999,The end of time\n0001-01-01,The start\n2019,Fine\n", "utf-8")
    report = services.timeline.import_csv(mentee_pairing.id, source)
    assert report.added == 1 and [r.split(":")[0] for r in report.rejected] == ["line 2", "line 3"]
    assert "outside 1900–2200" in report.rejected[0]


def test_the_command_line_refuses_absurd_dates_and_limits_with_a_message(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        ["report", "--db", str(demo_path), "--pairing", "Priya Raman & Sam Okafor",
         "--from", "0001-01-01", "--to", "9999-12-31", "--out", str(tmp_path / "r.pdf")]
    )  # fmt: skip
    assert code != 0 and "outside 1900–2200" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stopped:
        main(["search", "--db", str(demo_path), "--limit", str(10**20), "billing"])
    assert stopped.value.code == 2 and "between 1 and 1000" in capsys.readouterr().err
    assert main(["search", "--db", str(demo_path), "--limit", "1000", "billing"]) == 0


def test_a_stored_date_the_timeline_cannot_draw_does_not_stop_the_window(
    qtbot: QtBot, demo_path: Path
) -> None:
    """A file written before dates were checked may hold one; the window still opens on every page."""
    with sqlite3.connect(demo_path) as conn:
        conn.execute("UPDATE archeology_event SET occurred_on = '9999-12-31' WHERE rowid = 1")
        conn.execute("UPDATE era SET starts_on = '0001-01-01' WHERE rowid = 1")
    create_application()
    QSettings().clear()
    services = Services.open(demo_path)
    try:
        window = MainWindow(services, ChangeHub())
        qtbot.addWidget(window)
        window.show()
        for row, page in enumerate(window.pages):
            window.sidebar.setCurrentRow(row)
            failures = [
                w for w in page.findChildren(QLabel) if w.objectName() == "PageFailure" and w.isVisible()
            ]
            if isinstance(page, ArcheologyPage):  # its scene cannot place year 9999
                assert "cannot show this pairing" in failures[0].text()
            else:
                assert not failures, page.title
        window.close()
    finally:
        services.close()
