"""Look and feel: the style sheet, palette colours and icons, all loaded from packaged resources."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from mentordesk.assets import asset, read_asset
from mentordesk.domain import Visibility

WARNING = QColor("#b45309")
MUTED = QColor("#6b7280")
PRIVATE = QColor("#7c3aed")


def apply_theme(app: QApplication) -> None:
    app.setStyle("Fusion")
    app.setStyleSheet(read_asset("styles", "mentordesk.qss"))


# The app's icons are drawn at most 24 px (menus 16, toolbar 18, sidebar 20), twice that on a high-density
# screen; only the application's own icon is shown larger (task switchers, docks).
CONTROL_SIZES = (16, 24, 32, 48)
APP_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)


@cache
def icon(name: str, colour: str = "#374151", sizes: tuple[int, ...] = CONTROL_SIZES) -> QIcon:
    """An SVG icon from resources/icons, tinted by replacing `currentColor`, rendered at `sizes`."""
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
    return icon("lock", PRIVATE.name() if visibility is Visibility.PRIVATE else WARNING.name())


def visibility_label(visibility: Visibility) -> str:
    return {
        Visibility.SHARED: "",
        Visibility.CONFIDENTIAL: "Confidential",
        Visibility.PRIVATE: "Private to me",
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
QLabel#ReviewBadge {{
    background: #ffd400; color: #000000; font-weight: 700; border: 2px solid #000000;
    border-radius: 4px; padding: 2px 10px;
}}
"""


def apply_review_theme(app: QApplication, on: bool, scale: float) -> None:
    """Review mode's look on top of the normal one, or the normal look alone."""
    base = read_asset("styles", "mentordesk.qss")
    app.setStyleSheet(base + review_style(scale) if on else base)
