"""Look and feel: light and dark colours, the style sheet made from them, and icons, all from packaged
resources. The theme follows the system's colour scheme unless the Preferences choose one; painted
widgets (board cards, timeline, charts) read `colours()` as they paint, so a change shows at once."""

from __future__ import annotations

import contextlib
import dataclasses
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mentordesk.assets import asset, read_asset
from mentordesk.domain import Visibility
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate


@dataclass(frozen=True)
class Colours:
    """Every colour the app draws with, by what it is for. Text colours keep 4.5:1 or more against the
    surfaces they sit on (tests/test_themes.py measures it)."""

    name: str
    window: str  # behind the pages
    surface: str  # lists, fields, panels, cards
    surface_alt: str  # alternate rows, the timeline's gutter and axis strip
    raised: str  # table headers, hovered buttons, fields that cannot be changed
    border: str
    field_border: str
    text: str
    text_strong: str  # section and column titles
    text_soft: str  # header labels, read-only text
    muted: str  # subtitles, the status bar, card details
    faint: str  # empty states, competency chips, legend outlines (large or secondary text)
    disabled: str
    accent: str  # primary buttons, the selected sidebar row
    accent_hover: str
    accent_disabled: str
    on_accent: str  # text on the accent
    selection: str  # selected rows
    selection_text: str
    highlight_soft: str  # the goals line, a selected card
    highlight_text: str  # text on highlight_soft
    focus: str
    icon: str  # line icons in the toolbar and menus
    sidebar: str
    sidebar_text: str
    sidebar_hover: str
    warning: str  # overdue, over a limit, problems
    danger: str  # the timeline's today line
    selected_text: str  # a selected timeline label
    private: str  # private notes
    private_surface: str
    notice: str  # banners: read-only file, conflicts
    notice_text: str
    notice_border: str
    title: str  # the welcome page's title
    era_alpha: int  # how strongly an era's colour tints the timeline behind it

    def qt(self, field: str) -> QColor:
        return QColor(getattr(self, field))


LIGHT = Colours(
    name="light",
    window="#f8fafc",
    surface="#ffffff",
    surface_alt="#f9fafb",
    raised="#f3f4f6",
    border="#e5e7eb",
    field_border="#d1d5db",
    text="#111827",
    text_strong="#1f2937",
    text_soft="#374151",
    muted="#4b5563",
    faint="#6b7280",
    disabled="#9ca3af",
    accent="#4338ca",
    accent_hover="#3730a3",
    accent_disabled="#c7d2fe",
    on_accent="#ffffff",
    selection="#e0e7ff",
    selection_text="#111827",
    highlight_soft="#eef2ff",
    highlight_text="#312e81",
    focus="#6366f1",
    icon="#374151",
    sidebar="#1e1b4b",
    sidebar_text="#e0e7ff",
    sidebar_hover="#312e81",
    warning="#b45309",
    danger="#dc2626",
    selected_text="#4f46e5",
    private="#7c3aed",
    private_surface="#faf5ff",
    notice="#fef3c7",
    notice_text="#78350f",
    notice_border="#d97706",
    title="#1e1b4b",
    era_alpha=110,
)

DARK = Colours(
    name="dark",
    window="#111318",
    surface="#1a1d23",
    surface_alt="#1f232a",
    raised="#262a32",
    border="#30353e",
    field_border="#444b57",
    text="#e8eaee",
    text_strong="#f3f4f6",
    text_soft="#d1d5db",
    muted="#b0b6c0",
    faint="#9aa1ad",
    disabled="#6b7280",
    accent="#4f46e5",
    accent_hover="#6366f1",
    accent_disabled="#312e81",
    on_accent="#ffffff",
    selection="#3730a3",
    selection_text="#ffffff",
    highlight_soft="#272455",
    highlight_text="#c7d2fe",
    focus="#818cf8",
    icon="#d1d5db",
    sidebar="#15132e",
    sidebar_text="#e0e7ff",
    sidebar_hover="#2a2660",
    warning="#f59e0b",
    danger="#f87171",
    selected_text="#a5b4fc",
    private="#b197fc",
    private_surface="#231a33",
    notice="#3b2a0a",
    notice_text="#fde68a",
    notice_border="#b45309",
    title="#c7d2fe",
    era_alpha=48,
)

THEMES = {"light": LIGHT, "dark": DARK}
THEME_CHOICES = {  # translated where shown; QT_TRANSLATE_NOOP lets pyside6-lupdate find them here
    "system": QT_TRANSLATE_NOOP("Preferences", "Follow the system"),
    "light": QT_TRANSLATE_NOOP("Preferences", "Light"),
    "dark": QT_TRANSLATE_NOOP("Preferences", "Dark"),
}
THEME_KEY = "appearance/theme"
TEXT_SCALES = (0.9, 1.0, 1.1, 1.25, 1.5)
"""Text sizes the Preferences offer, as factors of the system's size."""
TEXT_SCALE_KEY = "appearance/text_scale"

_current = LIGHT
_system_point_size: float | None = None  # the application font's size before any text scale


def colours() -> Colours:
    """The colours in use now."""
    return _current


@contextlib.contextmanager
def using(theme: Colours) -> Iterator[None]:
    """Paint with `theme` inside (an exported picture is light, whatever the screen shows)."""
    global _current
    before, _current = _current, theme
    try:
        yield
    finally:
        _current = before


def readable(colour: QColor, on: str | None = None) -> QColor:
    """`colour` (a lane's, an era's: chosen by people, often for a light page) moved toward the text
    colour until it reads on `on` (the theme's surface by default) at 4.5:1."""
    from mentordesk.render import readable_colour

    return QColor(readable_colour(colour.name(), on or _current.surface))


def chosen_theme() -> str:
    value = str(QSettings().value(THEME_KEY, "system"))
    return value if value in THEME_CHOICES else "system"


def chosen_text_scale() -> float:
    try:
        value = float(str(QSettings().value(TEXT_SCALE_KEY, 1.0)))
    except ValueError:
        return 1.0
    return min(TEXT_SCALES, key=lambda scale: abs(scale - value))


def resolve(choice: str) -> Colours:
    """The colours for a choice: "system" asks Qt for the system's colour scheme (light when unknown)."""
    if choice in THEMES:
        return THEMES[choice]
    scheme = QGuiApplication.styleHints().colorScheme()
    return DARK if scheme == Qt.ColorScheme.Dark else LIGHT


def style_sheet(theme: Colours, text_scale: float = 1.0) -> str:
    """The style sheet with every @name replaced by that colour of `theme`, and every font size in
    points (titles) multiplied by `text_scale`."""
    values = {field.name: str(getattr(theme, field.name)) for field in dataclasses.fields(theme)}
    sheet = re.sub(r"@([a-z_]+)", lambda match: values[match[1]], read_asset("styles", "mentordesk.qss"))
    return re.sub(r"(\d+(?:\.\d+)?)pt\b", lambda match: f"{float(match[1]) * text_scale:.1f}pt", sheet)


def palette(theme: Colours) -> QPalette:
    """Qt's palette in the same colours, for what the style sheet does not reach (dialogs, menus,
    text documents, item views' text)."""
    result = QPalette()
    roles = {
        QPalette.ColorRole.Window: theme.window,
        QPalette.ColorRole.WindowText: theme.text,
        QPalette.ColorRole.Base: theme.surface,
        QPalette.ColorRole.AlternateBase: theme.surface_alt,
        QPalette.ColorRole.Text: theme.text,
        QPalette.ColorRole.Button: theme.raised,
        QPalette.ColorRole.ButtonText: theme.text,
        QPalette.ColorRole.Highlight: theme.selection,
        QPalette.ColorRole.HighlightedText: theme.selection_text,
        QPalette.ColorRole.ToolTipBase: theme.surface,
        QPalette.ColorRole.ToolTipText: theme.text,
        QPalette.ColorRole.PlaceholderText: theme.faint,
        QPalette.ColorRole.Link: theme.focus,
        QPalette.ColorRole.LinkVisited: theme.private,
        QPalette.ColorRole.Mid: theme.border,
        QPalette.ColorRole.Midlight: theme.raised,
        QPalette.ColorRole.Dark: theme.field_border,
        QPalette.ColorRole.Light: theme.surface,
        QPalette.ColorRole.BrightText: theme.on_accent,
    }
    for role, colour in roles.items():
        result.setColor(role, QColor(colour))
    for role in (QPalette.ColorRole.Text, QPalette.ColorRole.WindowText, QPalette.ColorRole.ButtonText):
        result.setColor(QPalette.ColorGroup.Disabled, role, QColor(theme.disabled))
    return result


def apply_theme(app: QApplication, choice: str | None = None, extra: str = "") -> Colours:
    """Fusion in the chosen (or the system's) colours; `extra` is style added on top (Review mode's)."""
    global _current, _system_point_size
    _current = resolve(chosen_theme() if choice is None else choice)
    scale = chosen_text_scale()
    font = app.font()
    if _system_point_size is None:
        _system_point_size = font.pointSizeF()
    font.setPointSizeF(_system_point_size * scale)
    app.setFont(font)
    app.setStyle("Fusion")
    app.setPalette(palette(_current))
    app.setStyleSheet(style_sheet(_current, scale) + extra)
    return _current


# The app's icons are drawn at most 24 px (menus 16, toolbar 18, sidebar 20), twice that on a high-density
# screen; only the application's own icon is shown larger (task switchers, docks).
CONTROL_SIZES = (16, 24, 32, 48)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


def icon(name: str, colour: str | None = None, sizes: tuple[int, ...] = CONTROL_SIZES) -> QIcon:
    """An SVG icon from resources/icons, tinted by replacing `currentColor` (by default with the
    theme's icon colour), rendered at `sizes`."""
    return _icon(name, colour or _current.icon, sizes)


@cache
def _icon(name: str, colour: str, sizes: tuple[int, ...]) -> QIcon:
    svg = asset("icons", f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in sizes:
        pixmap = QPixmap(QSize(size, size))
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        renderer.render(painter)
        painter.end()
        result.addPixmap(pixmap)
    return result


def visibility_icon(visibility: Visibility) -> QIcon | None:
    if visibility is Visibility.SHARED:
        return None
    return icon("lock", _current.private if visibility is Visibility.PRIVATE else _current.warning)


def visibility_label(visibility: Visibility) -> str:
    return {
        Visibility.SHARED: "",
        Visibility.CONFIDENTIAL: translate("theme", "Confidential"),
        Visibility.PRIVATE: translate("theme", "Private to me"),
    }[visibility]


REVIEW_SCALES = (1.1, 1.25, 1.5, 1.75)
"""Text sizes Review mode offers, as factors of the normal size."""


def review_style(scale: float) -> str:
    """High contrast for a shared screen: black on white (or white on black in the sidebar) whatever the
    system's light or dark theme, thick outlines, a yellow selection, and every text `scale` times larger."""

    def pt(size: float) -> str:
        return f"{size * scale:.1f}pt"

    return f"""
QWidget {{ font-size: {pt(10)}; color: #000000; }}
QMainWindow, QDialog, QStackedWidget, QScrollArea > QWidget > QWidget {{ background: #ffffff; }}
QLabel#PageTitle {{ font-size: {pt(17)}; color: #000000; }}
QLabel#PageSubtitle, QLabel#EmptyState, QLabel#FieldTitle {{ color: #000000; }}
QLabel#SectionTitle {{ font-size: {pt(11)}; color: #000000; }}
QTableView, QListView, QTreeView, QTextBrowser, QTextEdit, QPlainTextEdit, QLineEdit, QComboBox,
QDateEdit, QSpinBox {{
    background: #ffffff; color: #000000; border: 2px solid #000000;
    selection-background-color: #ffd400; selection-color: #000000;
}}
QHeaderView::section {{ background: #000000; color: #ffffff; font-weight: 700; }}
QPushButton, QToolButton {{ background: #ffffff; color: #000000; border: 2px solid #000000; }}
QPushButton:disabled, QToolButton:disabled {{ color: #595959; border: 2px dashed #595959; }}
QListWidget#Sidebar {{ background: #000000; color: #ffffff; font-size: {pt(10.5)}; }}
QListWidget#Sidebar::item:selected {{ background: #ffd400; color: #000000; }}
QTabBar::tab:selected {{ background: #ffd400; color: #000000; }}
QStatusBar {{ background: #ffffff; color: #000000; border-top: 2px solid #000000; }}
QToolButton#ReviewSwitch:checked {{ background: #000000; color: #ffffff; border: 2px solid #000000; }}
QLabel#ReviewBadge {{
    background: #ffd400; color: #000000; font-weight: 700; border: 2px solid #000000;
    border-radius: 4px; padding: 2px 10px;
}}
"""


def apply_review_theme(app: QApplication, on: bool, scale: float) -> None:
    """Review mode's look on top of the normal one (light: it is black on white whatever the theme),
    or the normal look alone."""
    apply_theme(app, "light" if on else None, review_style(scale) if on else "")
