"""One application id everywhere: the desktop file, the metainfo, the icon, the Flatpak manifest, Qt's
desktop file name and the settings. Settings kept under the old name come along once."""

from __future__ import annotations

import configparser
import re
import xml.etree.ElementTree as ElementTree
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QGuiApplication

from mentordesk import APP_ID, APP_NAME, __version__
from mentordesk.app import create_application

LINUX = Path(__file__).parent.parent / "packaging" / "linux"


def test_the_desktop_file_metainfo_icon_and_flatpak_share_the_id() -> None:
    desktop = configparser.ConfigParser(interpolation=None)
    desktop.optionxform = str  # type: ignore[assignment,method-assign]
    desktop.read(LINUX / f"{APP_ID}.desktop", encoding="utf-8")
    assert desktop["Desktop Entry"]["Icon"] == APP_ID
    assert desktop["Desktop Entry"]["Name"] == APP_NAME
    assert (LINUX / f"{APP_ID}.svg").read_bytes().startswith(b"<svg")

    metainfo = ElementTree.parse(LINUX / f"{APP_ID}.metainfo.xml").getroot()
    assert metainfo.findtext("id") == APP_ID
    assert metainfo.findtext("launchable") == f"{APP_ID}.desktop"
    assert metainfo.findtext("icon") == APP_ID
    releases = [release.get("version") for release in metainfo.iter("release")]
    assert releases[0] == __version__  # the newest release is the version this build says it is

    manifest = (LINUX / f"{APP_ID}.yml").read_text(encoding="utf-8")
    assert re.search(r"^id: (\S+)$", manifest, re.MULTILINE)[1] == APP_ID  # type: ignore[index]


def test_qt_and_the_settings_use_the_id() -> None:
    create_application()
    assert QGuiApplication.desktopFileName() == APP_ID
    assert APP_ID in Path(QSettings().fileName()).parts


def test_settings_kept_under_the_old_name_come_along_once() -> None:
    create_application()
    QSettings().clear()
    old = QSettings(APP_NAME, APP_NAME)
    old.setValue("review/scale", 1.5)
    old.sync()
    create_application()
    assert QSettings().value("review/scale") in (1.5, "1.5")
    QSettings().setValue("review/scale", 1.75)
    create_application()  # the new place has settings now: the old ones do not overwrite them
    assert QSettings().value("review/scale") in (1.75, "1.75")
    old.clear()
