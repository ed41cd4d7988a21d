"""Translation: the catalogue holds every text the source passes to translate(), the English one loads
through QTranslator, and the parts of the window already translatable show no text that escapes it."""

from __future__ import annotations

import datetime as dt
import importlib.util
import json
import re
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from collections.abc import Iterator
from contextlib import closing, suppress
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTextEdit,
    QTreeView,
    QWidget,
)
from pytestqt.qtbot import QtBot

from mentordesk import labels, wording
from mentordesk.app import create_application
from mentordesk.domain import Role
from mentordesk.services.templates import built_in_templates, decision_templates
from mentordesk.ui.backups_dialog import BackupsDialog
from mentordesk.ui.board.column_dialog import ColumnDialog
from mentordesk.ui.help import ShortcutsDialog
from mentordesk.ui.i18n import install_translator, translate, translations_folder
from mentordesk.ui.main_window import MainWindow
from mentordesk.ui.pages import PAGES
from mentordesk.ui.pairing_form import EditPairingDialog, NewPairingDialog
from mentordesk.ui.preferences import PreferencesDialog
from mentordesk.ui.report_dialog import ReportRangeDialog
from mentordesk.ui.sessions.new_session import NewSessionDialog
from mentordesk.ui.sync.dialogs import CreateIdentityDialog, ImportCardDialog
from mentordesk.ui.timeline.forms import EraDialog, EventDialog

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
    fresh = tmp_path / "fresh.ts"
    update_script().scan(fresh, quiet=True)  # the scan the update script makes, into a new file
    assert messages(fresh) == messages(CATALOGUE)


def update_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "update_translations", ROOT / "tools" / "update_translations.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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


def stored_texts(database: Path) -> set[str]:
    """Every text the database holds (titles, names, notes, and the texts inside its JSON columns): the
    window shows these as they are."""
    found: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            found.add(value.strip())
            if value[:1] in "[{":
                with suppress(ValueError):
                    add(json.loads(value))
        elif isinstance(value, list):
            for item in value:
                add(item)
        elif isinstance(value, dict):
            for item in value.values():
                add(item)

    with closing(sqlite3.connect(database)) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    add(value)
    return found


def template_texts() -> set[str]:
    """The built-in templates' names and prompts: content a language translates as files (a folder of
    its own beside the English ones, docs/TRANSLATING.md), not through the catalogue."""
    found: set[str] = set()
    for template in decision_templates():
        found.add(template.name)
        found.update(line.strip() for prompt in template.prompts.values() for line in prompt.splitlines())
    found.update(template.name for template in built_in_templates())
    return found


def locale_words() -> set[str]:
    """Month and day names: dates, Qt's calendar and date fields show them, translated by Qt itself."""
    locale = QLocale()
    formats = (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat)
    return {locale.monthName(m, f) for m in range(1, 13) for f in formats} | {
        locale.dayName(d, f) for d in range(1, 8) for f in formats
    }


def escaped_texts(texts: list[str], data: set[str]) -> set[str]:
    """The texts with a line that went neither through translate() nor comes from the records (a title,
    a list of tags, a decision's number), nor is a date (numbers and month or day names)."""
    words = locale_words()

    def from_records(line: str) -> bool:
        parts = [part for part in re.split(r"\s*[,·]\s*", line.strip()) if part]
        return line.strip() in data or all(part in data or re.fullmatch(r"ADR-\d+", part) for part in parts)

    return {
        text
        for text in unmarked(texts)
        if any(
            MARK not in line and not from_records(line) and not set(re.findall(r"[^\W\d_]+", line)) <= words
            for line in text.splitlines()
            if any(c.isalpha() for c in line)
        )
    }


def plain(text: str) -> str:
    return QTextDocumentFragment.fromHtml(text).toPlainText() if "<" in text else text


def shown_texts(root: QWidget) -> list[str]:
    """What the widgets under `root` say of themselves: texts, tooltips, placeholders, accessible names
    and descriptions, box titles, combo box items and column headers."""
    texts: list[str] = []
    for widget in [root, *root.findChildren(QWidget)]:
        texts += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, (QLabel, QAbstractButton)):
            texts.append(widget.text())
        if isinstance(widget, (QLineEdit, QPlainTextEdit, QTextEdit)):
            texts.append(widget.placeholderText())
        if isinstance(widget, QGroupBox):
            texts.append(widget.title())
        if isinstance(widget, QComboBox):
            texts += [widget.itemText(i) for i in range(widget.count())]
        if isinstance(widget, QTableView | QTreeView) and widget.model() is not None:
            model = widget.model()
            columns = range(model.columnCount())
            texts += [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in columns]
            rows = range(min(model.rowCount(), 30))
            texts += [str(model.index(r, c).data() or "") for r in rows for c in columns]  # the cells
    texts += [action.text() for action in root.findChildren(QAction)]
    return [plain(text) for text in texts if text]


def test_every_page_shows_only_translated_text_beside_the_records_own(
    marked: None, window: MainWindow, qtbot: QtBot
) -> None:
    """Walks every page of the demo, with a record chosen where the page lists them, then again in Review
    mode: a text that neither went through translate() nor is a record's own (a title, a name, a lane)
    escaped translation."""
    data = stored_texts(Path(window.services.db.path)) | template_texts()
    escaped: dict[str, set[str]] = {}
    for review in (False, True):
        window.review.set_on(review, confirm=False)
        for spec in PAGES:
            page = window.show_page(spec.title)
            qtbot.waitUntil(lambda page=page: not page.isHidden())
            table = getattr(page, "table", None)
            if isinstance(table, QTableView) and table.model().rowCount():
                table.selectRow(0)  # its record in the side pane
            qtbot.wait(50)  # figures and previews worked out off the GUI thread arrive
            escaped[f"{spec.title}{' (Review mode)' * review}"] = escaped_texts(shown_texts(page), data)
        escaped["the status bar"] = escaped_texts(shown_texts(window.statusBar()), data)
    left_over = {page: sorted(texts) for page, texts in escaped.items() if texts}
    assert left_over == {}, "\n".join(f"{page}: {texts}" for page, texts in left_over.items())


def test_the_dialogs_show_only_translated_text(marked: None, window: MainWindow, qtbot: QtBot) -> None:
    """The editors and dialogs the pages open, each as it first shows: nothing in them escaped
    translation (a template's name, as content a language translates as a file, is allowed)."""
    pairing = window.current_pairing()
    assert pairing is not None
    services = window.services
    now = dt.datetime(2026, 12, 1, 10, tzinfo=dt.UTC)
    dialogs = {
        "new event": EventDialog(window, ["Checkout"], lambda draft: None),
        "new era": EraDialog(window, lambda *values: None),
        "new session": NewSessionDialog(services.templates.templates(), now, lambda *chosen: None, window),
        "progress report": ReportRangeDialog(window, pairing),
        "backups": BackupsDialog(Path(services.db.path), window),
        "set up sync": CreateIdentityDialog("", True, window),
        "import a card": ImportCardDialog(window),
        "new pairing": NewPairingDialog("Priya", lambda new: None, window),
        "edit pairing": EditPairingDialog(
            services.pairings.edit_of(pairing.id), lambda edit: None, "", window
        ),
        "a column": ColumnDialog(window, translate("ColumnActions", "Add column"), lambda *values: None),
    }
    data = stored_texts(Path(services.db.path)) | template_texts()
    escaped = {}
    for name, dialog in dialogs.items():
        qtbot.addWidget(dialog)
        escaped[name] = escaped_texts([dialog.windowTitle(), *shown_texts(dialog)], data)
    left_over = {name: sorted(texts) for name, texts in escaped.items() if texts}
    assert left_over == {}, "\n".join(f"{name}: {texts}" for name, texts in left_over.items())


def test_a_translation_reaches_the_window_and_the_services_texts(tmp_path: Path) -> None:
    """A language's .qm, once installed, translates the window's texts and, through mentordesk.wording,
    what the services word (a figure's name, a role) as well."""
    ts = tmp_path / "mentordesk_de.ts"
    ts.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>Pages</name>
<message><source>Plan</source><translation>Plan (de)</translation></message></context>
<context><name>metrics</name>
<message><source>Sessions per month</source><translation>Sitzungen pro Monat</translation></message></context>
<context><name>Labels in a sentence</name>
<message><source>mentor</source><translation>Mentor (de)</translation></message></context>
</TS>
""",
        encoding="utf-8",
    )
    qm = tmp_path / "mentordesk_de.qm"
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    app = create_application()
    german = QTranslator(app)
    assert german.load(str(qm))
    app.installTranslator(german)
    try:
        assert translate("Pages", "Plan") == "Plan (de)"
        assert wording.translate("metrics", "Sessions per month") == "Sitzungen pro Monat"
        assert labels.word(Role.MENTOR) == "Mentor (de)"
        assert wording.translate("metrics", "Longest gap") == "Longest gap"  # not translated: English
    finally:
        app.removeTranslator(german)
    assert wording.translate("metrics", "Sessions per month") == "Sessions per month"


def test_the_tables_translated_where_they_are_shown_are_in_the_catalogue() -> None:
    """A table's texts are looked up by value (translate(context, name)), which pyside6-lupdate cannot
    follow: each must be marked as a literal where the table is written, or no language translates it."""
    from mentordesk.domain import DIFF_SECTIONS
    from mentordesk.services.pairings import DEFAULT_COLUMNS
    from mentordesk.services.progress import AFTER_PHASES, AREAS, GROWTH_EXPLANATION, PHASES
    from mentordesk.ui.backups_dialog import WHY
    from mentordesk.ui.progress_charts import EMPTY_TEXT
    from mentordesk.ui.timeline.forms import PRECISIONS
    from mentordesk.ui.timeline.geometry import TICK_UNITS
    from mentordesk.ui.widgets import VISIBILITY_CHOICES

    pages = [spec.page_class() for spec in PAGES]
    tables: dict[str, list[str]] = {
        "Progress areas": list(AREAS),
        "progress": [name for *_, name in PHASES] + [AFTER_PHASES, GROWTH_EXPLANATION],
        "Choices": [*VISIBILITY_CHOICES.values(), *PRECISIONS.values()],
        "Decision sections": list(DIFF_SECTIONS.values()),
        "Board": [title for title, *_ in DEFAULT_COLUMNS],
        "Charts": list(EMPTY_TEXT.values()),
        "Ticks": [unit.name for unit in TICK_UNITS],
        "BackupsDialog": list(WHY.values()),
        "Pages": [page.title for page in pages]
        + [page.new_text for page in pages if page.new_text]
        + [str(page.filter_hint) for page in pages if hasattr(page, "filter_hint")],
    }
    catalogue = messages(CATALOGUE)
    missing = [(context, text) for context, texts in tables.items() for text in texts]
    missing = [pair for pair in missing if pair not in catalogue]
    assert missing == []
