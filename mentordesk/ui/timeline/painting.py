"""How the timeline's pieces look: markers by kind, soft-edged spans for fuzzy dates, labels, the axis."""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Iterable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QLinearGradient,
    QPainter,
    QPainterPath,
    QPen,
    QPolygonF,
)

from mentordesk.domain import EventKind
from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import colours
from mentordesk.ui.timeline.geometry import Scale, tick_unit, ticks

AXIS_HEIGHT = 46.0  # tick labels on top, era names below them
ERA_STRIP = 22.0
LANE_HEIGHT = 96.0
MARKER_Y = 20.0  # marker centre, from the lane's top
MARKER_SIZE = 7.0  # half width
LABEL_TOP = 32.0
ROW_HEIGHT = 19.0
LABEL_ROWS = 3

KIND_COLOURS = {
    EventKind.DECISION: "#4f46e5",
    EventKind.INCIDENT: "#dc2626",
    EventKind.MIGRATION: "#0891b2",
    EventKind.RELEASE: "#059669",
    EventKind.REORGANISATION: "#9333ea",
    EventKind.TECH_DEBT: "#b45309",
    EventKind.PERSON_JOINED: "#2563eb",
    EventKind.PERSON_LEFT: "#6b7280",
}


def kind_colour(kind: EventKind) -> QColor:
    return QColor(KIND_COLOURS[kind])


def marker_path(kind: EventKind, size: float = MARKER_SIZE) -> QPainterPath:
    """The kind's shape around (0, 0): decisions are diamonds, incidents triangles, migrations chevrons,
    releases circles, reorganisations squares, tech debt downward triangles, people rings."""
    s = size
    path = QPainterPath()
    if kind is EventKind.DECISION:
        path.addPolygon(QPolygonF([QPointF(0, -s), QPointF(s, 0), QPointF(0, s), QPointF(-s, 0)]))
    elif kind is EventKind.INCIDENT:
        path.addPolygon(QPolygonF([QPointF(0, -s * 1.1), QPointF(s, s * 0.8), QPointF(-s, s * 0.8)]))
    elif kind is EventKind.MIGRATION:
        path.addPolygon(
            QPolygonF(
                [QPointF(-s, -s), QPointF(0, -s), QPointF(s, 0), QPointF(0, s), QPointF(-s, s), QPointF(0, 0)]
            )
        )
    elif kind is EventKind.REORGANISATION:
        path.addRect(QRectF(-s * 0.85, -s * 0.85, s * 1.7, s * 1.7))
    elif kind is EventKind.TECH_DEBT:
        path.addPolygon(QPolygonF([QPointF(-s, -s * 0.8), QPointF(s, -s * 0.8), QPointF(0, s * 1.1)]))
    elif kind in (EventKind.PERSON_JOINED, EventKind.PERSON_LEFT):
        path.addEllipse(QPointF(0, 0), s, s)
        path.addEllipse(QPointF(0, 0), s * 0.45, s * 0.45)
    else:
        path.addEllipse(QPointF(0, 0), s, s)
    path.closeSubpath()
    return path


def shows_span(span: float, fuzzy: bool) -> bool:
    """A fuzzy date is drawn as a span once its period is wider than its marker."""
    return fuzzy and span > 2 * MARKER_SIZE


def marker_x(x0: float, span: float, fuzzy: bool) -> float:
    """Where an event's marker is drawn: in the middle of a span, else at the start of its day."""
    return x0 + span / 2 if shows_span(span, fuzzy) else x0


def draw_event(
    painter: QPainter, at: QPointF, span: float, kind: EventKind, fuzzy: bool, *, selected: bool, dimmed: bool
) -> None:
    """A marker at `at` (x = the period's start); a fuzzy date also gets a span with soft edges."""
    colour = kind_colour(kind)
    alpha = 45 if dimmed else 255
    centre = QPointF(marker_x(at.x(), span, fuzzy), at.y())
    if shows_span(span, fuzzy):
        band = QRectF(at.x(), at.y() - 5, span, 10)
        gradient = QLinearGradient(band.topLeft(), band.topRight())
        soft = QColor(colour)
        soft.setAlpha(0)
        solid = QColor(colour)
        solid.setAlpha(40 if dimmed else 120)
        edge = min(0.35, 24 / span)
        gradient.setColorAt(0.0, soft)
        gradient.setColorAt(edge, solid)
        gradient.setColorAt(1 - edge, solid)
        gradient.setColorAt(1.0, soft)
        painter.fillRect(band, QBrush(gradient))
    path = marker_path(kind).translated(centre)
    colour.setAlpha(alpha)
    if fuzzy:  # hollow: the date is not a point
        painter.setPen(QPen(colour, 2.0))
        painter.setBrush(QColor(255, 255, 255, alpha))
    else:
        painter.setPen(QPen(QColor(255, 255, 255, alpha), 1.2))
        painter.setBrush(colour)
    painter.drawPath(path)
    if selected:
        painter.setPen(QPen(colours().qt("selected_text"), 2.0))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(centre, MARKER_SIZE + 5, MARKER_SIZE + 5)


def draw_label(
    painter: QPainter,
    rect: QRectF,
    text: str,
    metrics: QFontMetricsF,
    *,
    selected: bool,
    dimmed: bool,
    floating: bool,
) -> None:
    """A label in its row; a hidden one shown for the hovered or selected event sits on a backdrop."""
    shown = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width())
    if floating or selected:
        backdrop = QRectF(
            rect.left() - 3, rect.top() + 1, metrics.horizontalAdvance(shown) + 8, rect.height() - 2
        )
        painter.setPen(QPen(colours().qt("selected_text" if selected else "faint"), 1.0))
        painter.setBrush(QColor(255, 255, 255, 240))
        painter.drawRoundedRect(backdrop, 4, 4)
    colour = colours().qt("selected_text" if selected else "text")
    if dimmed:
        colour.setAlpha(70)
    painter.setPen(colour)
    painter.drawText(rect, Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft, shown)


def draw_density(
    painter: QPainter, top: float, counts: Iterable[tuple[int, int]], colour: QColor, width: float = 3.0
) -> None:
    """Zoomed far out: a strip of bars, one per `width`-px column, that grow with how many events fall
    in it (`counts`: column and count). All bars of a strip are drawn in one call."""
    fill = QColor(colour)
    fill.setAlpha(200)
    base = top + MARKER_Y + 8
    bars = []
    for column, count in counts:
        height = min(4 + 6 * math.log2(count + 1), LANE_HEIGHT - 12)
        bars.append(QRectF(column * width, base - height, width - 0.5, height))
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    painter.drawRects(bars)
    painter.restore()


def draw_axis(painter: QPainter, scale: Scale, exposed: QRectF, bottom: float, today: dt.date) -> None:
    """Tick labels across the top, light grid lines through the lanes, and the today line."""
    unit = tick_unit(scale.px_per_day)
    theme = colours()
    painter.fillRect(QRectF(exposed.left(), 0, exposed.width(), ERA_STRIP), theme.qt("surface_alt"))
    grid_colour = theme.qt("text")
    grid_colour.setAlpha(28)
    grid = QPen(grid_colour, 1.0)
    tick_pen = QPen(theme.qt("faint"), 1.0)
    font = QFont(painter.font())
    font.setPointSizeF(max(font.pointSizeF() - 1, 7))
    painter.setFont(font)
    first, last = scale.date_at(exposed.left() - 200), scale.date_at(exposed.right() + 1)
    dated = False  # the first tick in view names its year when its unit's labels usually do not
    for day, text in ticks(first, last, unit):
        x = scale.x(day)
        if not dated and x >= exposed.left() and unit.name in ("day", "week", "month"):
            dated = True
            if str(day.year) not in text:
                text = f"{text} {day.year}"
        painter.setPen(grid)
        painter.drawLine(QPointF(x, ERA_STRIP), QPointF(x, bottom))
        painter.setPen(tick_pen)
        painter.drawLine(QPointF(x, ERA_STRIP - 6), QPointF(x, ERA_STRIP))
        painter.drawText(QRectF(x + 3, 2, 200, ERA_STRIP - 6), Qt.AlignmentFlag.AlignLeft, text)
    painter.setPen(QPen(theme.qt("field_border"), 1.0))
    painter.drawLine(QPointF(exposed.left(), ERA_STRIP), QPointF(exposed.right(), ERA_STRIP))
    x = scale.x(today) + scale.px_per_day / 2
    if exposed.left() - 60 <= x <= exposed.right() + 60:
        red = theme.qt("danger")
        painter.setPen(QPen(red, 1.5, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(x, ERA_STRIP), QPointF(x, bottom))
        painter.setPen(red)
        painter.drawText(
            QRectF(x - 40, ERA_STRIP + 2, 80, 16),
            Qt.AlignmentFlag.AlignHCenter,
            translate("painting", "Today"),
        )
