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


@cache
def icon(name: str, colour: str = "#374151") -> QIcon:
    """An SVG icon from resources/icons, tinted by replacing `currentColor`, rendered at common sizes."""
    svg = asset("icons", f"{name}.svg").read_text(encoding="utf-8").replace("currentColor", colour)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    result = QIcon()
    for size in (16, 24, 32, 48, 64, 128):
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
