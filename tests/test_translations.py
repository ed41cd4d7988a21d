"""Translation: the catalogue holds every text the source passes to translate(), the English one loads
through QTranslator, and the parts of the window already translatable show no text that escapes it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication, QLabel, QMenu, QPushButton
from pytestqt.qtbot import QtBot

from mentordesk.app import create_application
from mentordesk.ui.help import ShortcutsDialog
from mentordesk.ui.i18n import install_translator, translations_folder
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.preferences import PreferencesDialog

ROOT = Path(__file__).resolve().parent.parent
CATALOGUE = ROOT / "resources" / "i18n" / "mentordesk_en.ts"
MARK = "⟦"


def messages(ts: Path) -> set[tuple[str, str]]:
    root = ElementTree.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
    }


def test_the_catalogue_holds_every_translatable_text(tmp_path: Path) -> None:
    """Fails when a text passed to translate() is missing: run tools/update_translations.py."""
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = subprocess.run(
        ["git", "ls-files", "mentordesk/*.py"], cwd=ROOT, check=True, capture_output=True, text=True
    ).stdout.split()
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        [str(lupdate), *sources, "-locations", "none", "-ts", str(fresh)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    assert messages(fresh) == messages(CATALOGUE)


def test_the_english_translation_loads_through_qtranslator() -> None:
    app = create_application()
    assert (translations_folder() / "mentordesk_en.qm").is_file()
    translator = install_translator(app, QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    assert translator is not None
    assert translator.translate("Edit menu", "Filter this page") == "Filter this page"
    app.removeTranslator(translator)
    assert install_translator(app, QLocale(QLocale.Language.German)) is None  # none: English is shown


class Marking(QTranslator):
    """Every text asked for comes back marked, so a text shown unmarked never went through translate()."""

    def translate(self, context: str, source: str, disambiguation: str | None = None, n: int = -1) -> str:
        return f"{MARK}{source}"


@pytest.fixture
def marked(qtbot: QtBot) -> Iterator[None]:
    app = create_application()
    marking = Marking(app)
    app.installTranslator(marking)
    yield
    app.removeTranslator(marking)


def unmarked(texts: list[str]) -> list[str]:
    """The texts that did not go through translate(); a number ("125 %") is no text to translate."""
    return [
        text
        for text in texts
        if any(c.isalpha() for c in text) and not text.replace("&", "").startswith(MARK)
    ]


def test_the_menus_and_dialogs_made_translatable_show_only_translated_text(
    marked: None, window: MainWindow, qtbot: QtBot
) -> None:
    assert unmarked([a.text() for a in window.menuBar().actions()]) == []  # the menu titles
    window.show_page("Prepare")  # a page with no actions of its own in the Edit menu
    for menu_title in ("File", "Edit", "View", "Go", "Sync", "Help"):
        menu = next(a.menu() for a in window.menuBar().actions() if menu_title in a.text())
        assert isinstance(menu, QMenu)
        menu.aboutToShow.emit()
        entries = [a for a in menu.actions() if not a.isSeparator()]
        entries += [a for e in entries if isinstance(e.menu(), QMenu) for a in e.menu().actions()]  # type: ignore[union-attr]
        assert unmarked([a.text() for a in entries]) == [], menu_title
    sidebar = [window.sidebar.item(row).text() for row in range(window.sidebar.count())]
    titles = [
        label.text()
        for page in window.pages
        for label in page.findChildren(QLabel)
        if label.objectName() == "PageTitle"
    ]
    assert len(titles) >= len(sidebar) and unmarked(sidebar + titles) == []
    badge = window.review.badge
    assert unmarked([badge.text(), badge.toolTip(), window.review.action.toolTip()]) == []

    preferences = PreferencesDialog(
        window.review, window.set_theme, window.set_text_scale, window.set_week_start, None, window
    )
    qtbot.addWidget(preferences)
    shown = [label.text() for label in preferences.findChildren(QLabel)]
    shown += [button.text() for button in preferences.findChildren(QPushButton) if button.text() != "&Close"]
    shown += [preferences.theme.itemText(i) for i in range(preferences.theme.count())]
    shown += [preferences.week_start.itemText(i) for i in range(preferences.week_start.count())]
    assert unmarked([preferences.windowTitle(), *shown]) == []

    shortcuts = ShortcutsDialog([], window)
    qtbot.addWidget(shortcuts)
    headers = [shortcuts.table.horizontalHeaderItem(i).text() for i in range(3)]
    assert unmarked([shortcuts.windowTitle(), shortcuts.filter.placeholderText(), *headers]) == []

    palette = window.show_palette()
    assert unmarked([palette.windowTitle(), palette.query.placeholderText(), palette.hint.text()]) == []
    palette.close()


def test_the_tools_are_there() -> None:
    """The update script's tools come with PySide6, so the catalogue test can run wherever the app does."""
    folder = Path(sys.executable).parent
    assert shutil.which("pyside6-lupdate", path=str(folder)) and shutil.which(
        "pyside6-lrelease", path=str(folder)
    )
    assert QCoreApplication.translate("Menus", "Backups…") == "Backups…"  # untranslated English stands
    QApplication.processEvents()
