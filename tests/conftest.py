"""Shared fixtures. Qt runs offscreen and every test gets its own settings folder and database copy."""

from __future__ import annotations

import datetime as dt
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

# Before anything can create a QApplication: headless, and settings kept out of the user's home.
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="mentordesk-test-config-")

import keyring
import keyring.errors
import pytest
from hypothesis import settings
from keyring.backend import KeyringBackend

from mentordesk.domain import Cadence, NewPairing, PairingInfo, Role
from mentordesk.services import Services
from mentordesk.storage import open_database

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget
    from pytestqt.qtbot import QtBot

    from mentordesk.ui.main_window import MainWindow

DATA = Path(__file__).parent / "data"

# Property tests try the same examples on every run, so a run's outcome is the code's alone (CI lands
# nothing on a failure chance found). To search new examples: pytest --hypothesis-profile=explore
settings.register_profile("repeatable", derandomize=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile("repeatable")


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item: pytest.Item) -> Iterator[None]:
    """Delete the windows pytest-qt closed. It asks for their deletion later, which happens only once an
    event loop runs at the level the request was made from; left alive, every later style change (Review
    mode's) re-polishes all of them, and the suite slows as it goes."""
    result = yield
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        left = left_open()
        for widget in left:  # gone, so the next test starts clean and only this one fails
            widget.deleteLater()
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        names = [type(widget).__name__ for widget in left]
        assert not names, f"{item.nodeid} left windows open; give them to qtbot.addWidget: {names}"
    return result


def left_open() -> list[QWidget]:
    """The app's windows and dialogs still alive with no parent: a test made them without handing them
    to pytest-qt, so nothing closes them (Qt's own helpers, such as a tooltip, are not counted)."""
    from PySide6.QtWidgets import QApplication, QDialog, QMainWindow

    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return []
    return [
        widget
        for widget in app.topLevelWidgets()
        if widget.parentWidget() is None
        and (isinstance(widget, QDialog | QMainWindow) or type(widget).__module__.startswith("mentordesk"))
    ]


@pytest.fixture(scope="session")
def _empty_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("templates") / "empty.sqlite"
    open_database(path).close()
    return path


@pytest.fixture(scope="session")
def _demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from mentordesk.services.demo import load_demo

    path = tmp_path_factory.mktemp("templates") / "demo.sqlite"
    services = Services.open(path)
    load_demo(services)
    services.close()
    return path


def _copy(template: Path, target: Path) -> Path:
    import sqlite3

    source = sqlite3.connect(template)
    destination = sqlite3.connect(target)
    source.backup(destination)
    destination.close()
    source.close()
    return target


@pytest.fixture
def db_path(tmp_path: Path, _empty_template: Path) -> Path:
    """A migrated, empty database file of this test's own."""
    return _copy(_empty_template, tmp_path / "mentordesk.sqlite")


@pytest.fixture
def services(db_path: Path) -> Iterator[Services]:
    opened = Services.open(db_path)
    yield opened
    opened.close()


@pytest.fixture
def demo_path(tmp_path: Path, _demo_template: Path) -> Path:
    """A database file holding the demo pairings, this test's own copy."""
    return _copy(_demo_template, tmp_path / "demo.sqlite")


@pytest.fixture
def demo(demo_path: Path) -> Iterator[Services]:
    opened = Services.open(demo_path)
    yield opened
    opened.close()


@pytest.fixture
def window(qtbot: QtBot, demo: Services) -> Iterator[MainWindow]:
    """The main window on this test's copy of the demo, shown, with settings as on a first start. A test
    file may define its own `window`, which then stands in for this one."""
    from PySide6.QtCore import QSettings

    from mentordesk.app import create_application
    from mentordesk.ui.hub import ChangeHub
    from mentordesk.ui.main_window import MainWindow

    create_application()
    QSettings().clear()
    main = MainWindow(demo, ChangeHub(), demo=True)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close()


@pytest.fixture
def frozen_0001(tmp_path: Path) -> Path:
    """A copy of a small database written by the first released schema (revision 0001)."""
    target = tmp_path / "old.sqlite"
    shutil.copyfile(DATA / "mentordesk-0001.sqlite", target)
    return target


@pytest.fixture
def mentee_pairing(services: Services) -> PairingInfo:
    """A pairing seen from the mentee's copy of the app (my role: mentee), started 1 Oct 2026."""
    return services.pairings.create(
        NewPairing("Sam", Role.MENTEE, "Priya", dt.date(2026, 10, 1), Cadence.WEEKLY), name="Priya → Sam"
    )


class MemoryKeyring(KeyringBackend):
    """A keyring that keeps secrets in memory and says it is secure, like the desktop ones."""

    priority = -1  # never picked by keyring on its own, only set by a test

    def __init__(self) -> None:
        super().__init__()
        self.entries: dict[tuple[str, str], str] = {}
        self.locked = False

    def get_password(self, service: str, username: str) -> str | None:
        if self.locked:
            raise keyring.errors.KeyringLocked("locked")
        return self.entries.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.entries[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.entries.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


class Peer:
    """One person's copy of MentorDesk: a database with its own device identity."""

    def __init__(self, path: Path, name: str) -> None:
        from mentordesk.sync.devices import DeviceService
        from mentordesk.sync.exporting import ExportService
        from mentordesk.sync.importing import ImportService

        self.path = path
        self.services = Services.open(path)
        self.devices = DeviceService(self.services.db)
        store = self.devices.store(lambda: pytest.fail("no passphrase with a secure keyring"))
        self.devices.init(name, store)
        self.identity = self.devices.load(store)
        self.exports = ExportService(self.services.db)
        self.imports = ImportService(self.services.db)

    def card(self) -> str:
        return self.identity.public().card()

    def export(self, pairing_id: str, out: Path, *, everything: bool = False, role: str = "") -> Path:
        """Write an export of the pairing for the partner linked to it."""
        partner = self.devices.partner(pairing_id)
        self.exports.export(
            pairing_id, out, self.identity, partner=partner, everything=everything, sender_role=role
        )
        return out

    def close(self) -> None:
        self.services.close()


@pytest.fixture
def peers(
    tmp_path: Path, _demo_template: Path, _empty_template: Path, memory_keyring: MemoryKeyring
) -> Iterator[tuple[Peer, Peer]]:
    """Priya (the mentor, with the demo data) and Sam (the mentee, an empty database), cards exchanged:
    Priya's linked to her pairing with Sam, Sam's kept until her first export creates it."""
    priya = Peer(_copy(_demo_template, tmp_path / "priya.sqlite"), "Priya Raman")
    sam = Peer(_copy(_empty_template, tmp_path / "sam.sqlite"), "Sam Okafor")
    pairing = priya.services.pairings.find("Priya Raman & Sam Okafor")
    priya.devices.import_card(pairing.id, sam.card())
    sam.devices.import_card(None, priya.card())
    yield priya, sam
    priya.close()
    sam.close()
