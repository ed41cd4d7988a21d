"""First run on an empty database: the welcome flow creates a pairing; no dead ends."""

from __future__ import annotations

import dataclasses
import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QSettings, Qt
from pytestqt.qtbot import QtBot

from mentordesk import app as app_module
from mentordesk.app import create_application
from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.services import Services
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages.plan import PlanPage
from mentordesk.ui.pairing_form import NewPairingDialog


@pytest.fixture
def empty_window(qtbot: QtBot, services: Services) -> MainWindow:
    create_application()
    QSettings().clear()
    window = MainWindow(services, ChangeHub())
    qtbot.addWidget(window)
    window.show()
    return window


def test_welcome_flow_creates_the_first_pairing(empty_window: MainWindow, qtbot: QtBot) -> None:
    welcome = empty_window.welcome
    assert empty_window.outer.currentWidget() is welcome
    assert not empty_window.search_box.isEnabled()
    assert not welcome.create_button.isEnabled()
    assert "Enter your name" in welcome.form.problem.text()
    qtbot.keyClicks(welcome.form.my_name, "Sam Okafor")
    welcome.form.as_mentee.setChecked(True)
    qtbot.keyClicks(welcome.form.partner_name, "Priya Raman")
    welcome.form.start_date.setDate(QDate(2026, 11, 2))
    welcome.form.cadence.setCurrentIndex(1)
    assert welcome.create_button.isEnabled()
    qtbot.mouseClick(welcome.create_button, Qt.MouseButton.LeftButton)

    assert empty_window.outer.currentWidget() is empty_window.workspace
    [pairing] = empty_window.services.pairings.list_pairings()
    assert (pairing.mentor.name, pairing.mentee.name, pairing.my_role) == (
        "Priya Raman",
        "Sam Okafor",
        Role.MENTEE,
    )
    assert pairing.start_date == dt.date(2026, 11, 2) and pairing.cadence is Cadence.BIWEEKLY
    plan = empty_window.page("Plan")
    assert isinstance(plan, PlanPage) and len(plan.card_views()) == 5
    assert empty_window.search_box.isEnabled()


def test_same_names_are_refused_in_the_form(empty_window: MainWindow, qtbot: QtBot) -> None:
    form = empty_window.welcome.form
    qtbot.keyClicks(form.my_name, "Alex")
    qtbot.keyClicks(form.partner_name, "Alex")
    assert not empty_window.welcome.create_button.isEnabled()
    assert "different names" in form.problem.text()


def test_new_pairing_menu_adds_a_second_pairing(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    empty_window.create_pairing(NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY))
    asked: list[str] = []

    def fill_in_and_create(dialog: NewPairingDialog) -> int:
        asked.append(dialog.form.my_name.text())
        dialog.form.partner_name.setText("Jonas")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(NewPairingDialog, "exec", fill_in_and_create)
    empty_window.new_pairing_action.trigger()
    assert asked == ["Priya"]
    assert [empty_window.pairing_box.itemText(i) for i in range(2)] == ["Priya & Sam", "Priya & Jonas"]
    current = empty_window.current_pairing()
    assert current is not None and current.mentee.name == "Jonas"


def test_duplicate_pairing_shows_a_message(empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    new = NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    empty_window.create_pairing(new)
    shown: list[str] = []
    monkeypatch.setattr(
        "mentordesk.ui.main_window.QMessageBox.warning", lambda _parent, _title, text: shown.append(text)
    )
    assert empty_window.create_pairing(new) is None
    assert shown and "already exists" in shown[0]


def test_new_pairing_dialog_creates_what_the_form_says(qtbot: QtBot) -> None:
    create_application()
    created: list[NewPairing] = []
    dialog = NewPairingDialog("Priya", created.append)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.form.partner_name, "Lee")
    dialog.accept()
    assert [(v.my_name, v.partner_name, v.my_role) for v in created] == [("Priya", "Lee", Role.MENTOR)]
    assert dialog.result() == NewPairingDialog.DialogCode.Accepted


def test_a_refused_new_pairing_keeps_the_dialog_open_with_the_reason(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    new = NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    empty_window.create_pairing(new)
    seen: list[tuple[bool, str, str]] = []

    def type_a_taken_name(dialog: NewPairingDialog) -> int:
        dialog.show()
        dialog.form.partner_name.setText("Sam")
        dialog.form.goals.setPlainText("Ship the ledger")
        dialog.accept()
        seen.append((dialog.isVisible(), dialog.problem.text(), dialog.form.goals.toPlainText()))
        dialog.done(0)
        return dialog.result()

    monkeypatch.setattr(NewPairingDialog, "exec", type_a_taken_name)
    empty_window.new_pairing_action.trigger()
    [(open_still, problem, goals)] = seen
    assert open_still and "already exists" in problem and goals == "Ship the ledger"


def test_gui_reports_an_unopenable_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: object
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(app_module.QMessageBox, "critical", lambda _parent, _title, text: shown.append(text))
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"definitely not sqlite" * 10)
    assert app_module.run_gui(junk) == 2
    assert shown and "not a SQLite database" in shown[0]


def test_edit_pairing_changes_what_the_form_says_and_the_window_follows(
    empty_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mentordesk.ui.pairing_form import EditPairingDialog

    empty_window.create_pairing(NewPairing("Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY))
    shown: list[tuple[str, str, bool]] = []

    def rename_and_add_competencies(dialog: EditPairingDialog) -> int:
        form = dialog.form
        shown.append((form.pairing_name.text(), form.partner_name.text(), form.as_mentee.isEnabled()))
        form.pairing_name.setText("Ledger onboarding")
        form.partner_name.setText("Sam Okafor")
        form.competencies.setPlainText("Testing\n\n  SQL  \n")
        form.cadence.setCurrentIndex(form.cadence.findData(Cadence.MONTHLY))
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(EditPairingDialog, "exec", rename_and_add_competencies)
    empty_window.edit_pairing_action.trigger()
    assert shown == [("Priya & Sam", "Sam", True)]
    assert empty_window.pairing_box.itemText(0) == "Ledger onboarding"
    current = empty_window.current_pairing()
    assert current is not None and (current.mentee.name, current.cadence) == ("Sam Okafor", Cadence.MONTHLY)
    assert "Ledger onboarding" in empty_window.windowTitle()
    assert [n for n, _ in empty_window.services.pairings.competencies(current.id)] == ["SQL", "Testing"]


def test_edit_pairing_keeps_the_partner_side_when_a_partner_syncs_it(
    qtbot: QtBot, services: Services
) -> None:
    from mentordesk.domain import PairingEdit
    from mentordesk.ui.pairing_form import EditPairingDialog

    create_application()
    saved: list[PairingEdit] = []
    edit = PairingEdit("Priya & Sam", "Priya", Role.MENTOR, "Sam", dt.date(2026, 10, 1), Cadence.WEEKLY)
    dialog = EditPairingDialog(edit, saved.append, "Sam syncs this pairing: the roles stay.")
    qtbot.addWidget(dialog)
    assert not dialog.form.partner_name.isEnabled() and not dialog.form.as_mentee.isEnabled()
    qtbot.keyClicks(dialog.form.goals, "Own the ledger")
    dialog.accept()
    assert saved == [dataclasses.replace(edit, goals="Own the ledger")]
