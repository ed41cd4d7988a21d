"""The timeline scene's three layers, each one graphics item painting only what is exposed: the axis and
era bands behind, the lanes' events, and the causal arrows in front."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from mentordesk.ui.theme import colours
from mentordesk.ui.timeline.painting import (
    AXIS_HEIGHT,
    ERA_STRIP,
    LABEL_TOP,
    LANE_HEIGHT,
    MARKER_Y,
    ROW_HEIGHT,
    draw_axis,
    draw_density,
    draw_event,
    draw_label,
)

if TYPE_CHECKING:
    from mentordesk.ui.timeline.scene import TimelineScene

DENSITY_PX = 3.0  # a density strip's bars are this wide
MAX_ARROWS = 150  # more causal arrows than this in view: draw only those of the selected event


class _Layer(QGraphicsItem):
    def __init__(self, timeline: TimelineScene) -> None:
        super().__init__()
        self.timeline = timeline
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemUsesExtendedStyleOption)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def boundingRect(self) -> QRectF:
        return self.timeline.bounds()

    def relayout(self) -> None:
        self.prepareGeometryChange()


class AxisLayer(_Layer):
    """Era bands, grid lines, the date axis and the today line (behind the lanes)."""

    def __init__(self, timeline: TimelineScene) -> None:
        super().__init__(timeline)
        self.setZValue(-1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        t = self.timeline
        exposed = t.exposed(option)
        bottom = t.bounds().height()
        for index, lane in enumerate(t.lanes):
            tint = QColor(lane.colour)
            tint.setAlpha(14 if index % 2 == 0 else 26)
            painter.fillRect(QRectF(exposed.left(), lane.top, exposed.width(), LANE_HEIGHT), tint)
        for era in t.eras:
            x0 = t.scale.x(era.starts_on)
            x1 = t.scale.x(era.ends_on + dt.timedelta(days=1)) if era.ends_on else t.bounds().right()
            if x1 < exposed.left() or x0 > exposed.right():
                continue
            colour = QColor(era.colour)
            colour.setAlpha(colours().era_alpha)
            painter.fillRect(QRectF(x0, ERA_STRIP, x1 - x0, bottom - ERA_STRIP), colour)
            text_left = max(x0, exposed.left()) + 6
            if text_left < x1 - 20:
                painter.setPen(colours().qt("text_strong"))
                painter.drawText(
                    QRectF(text_left, ERA_STRIP, x1 - text_left - 4, AXIS_HEIGHT - ERA_STRIP),
                    Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                    t.metrics.elidedText(era.name, Qt.TextElideMode.ElideRight, x1 - text_left - 8),
                )
        draw_axis(painter, t.scale, exposed, bottom, t.today)


class LanesLayer(_Layer):
    """Every lane's events: spans, markers and the labels that fit."""

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        t = self.timeline
        exposed = t.exposed(option)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        crowded = t.crowded()
        for lane in t.lanes:
            if lane.top > exposed.bottom() or lane.top + LANE_HEIGHT < exposed.top():
                continue
            if crowded:
                counts = t.density(lane, exposed.left(), exposed.right(), DENSITY_PX)
                draw_density(painter, lane.top, counts, lane.colour, DENSITY_PX)
                continue
            shown = t.visible(lane, exposed.left(), exposed.right())
            t.label_rows(lane, shown)
            for placed in shown:
                event = placed.event
                draw_event(
                    painter,
                    QPointF(placed.x0, lane.top + MARKER_Y),
                    placed.x1 - placed.x0,
                    event.kind,
                    placed.fuzzy,
                    selected=event.id == t.selected,
                    dimmed=t.dimmed(event.id),
                )
            for placed in shown:
                if placed.row is None and placed.event.id not in (t.selected, t.hovered):
                    continue
                row = placed.row if placed.row is not None else 0
                draw_label(
                    painter,
                    QRectF(
                        t.label_x(placed),
                        lane.top + LABEL_TOP + row * ROW_HEIGHT,
                        placed.shown_width if placed.row is not None else t.width_of(placed),
                        ROW_HEIGHT,
                    ),
                    placed.event.title,
                    t.metrics,
                    selected=placed.event.id == t.selected,
                    dimmed=t.dimmed(placed.event.id),
                    floating=placed.row is None,
                )


class ArrowsLayer(_Layer):
    """Causes drawn as curved arrows from the cause's marker to the effect's."""

    def __init__(self, timeline: TimelineScene) -> None:
        super().__init__(timeline)
        self.setZValue(1)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        t = self.timeline
        exposed = t.exposed(option)
        left, right = exposed.left(), exposed.right()
        links = t.links_between(left, right)
        focus = {t.selected, t.hovered} - {None}
        if len(links) > MAX_ARROWS:  # zoomed far out: only the chosen event's causes and effects
            links = [k for k in links if k.cause.event.id in focus or k.effect.event.id in focus]
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        for start_x, start_y, cause, end_x, end_y, effect in map(t.arrow, links):
            if abs(end_x - start_x) < 4:
                continue
            faint = t.dimmed(cause) and t.dimmed(effect)
            strong = bool(focus & {cause, effect})
            self._arrow(painter, QPointF(start_x, start_y), QPointF(end_x, end_y), faint, strong)

    @staticmethod
    def _arrow(painter: QPainter, start: QPointF, end: QPointF, faint: bool, strong: bool) -> None:
        colour = QColor("#4f46e5" if strong else "#64748b")
        colour.setAlpha(50 if faint else 200)
        painter.setPen(QPen(colour, 2.0 if strong else 1.4))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        bend = min(abs(end.x() - start.x()) / 3, 60.0) + (18 if abs(end.y() - start.y()) < 1 else 0)
        path = QPainterPath(start)
        path.cubicTo(
            QPointF(start.x() + bend / 2, start.y() - bend), QPointF(end.x() - bend / 2, end.y() - bend), end
        )
        painter.drawPath(path)
        angle = path.angleAtPercent(0.98)
        head = QPainterPath()
        head.moveTo(0, 0)
        head.lineTo(-9, -4)
        head.lineTo(-9, 4)
        head.closeSubpath()
        painter.save()
        painter.translate(end)
        painter.rotate(-angle)
        painter.fillPath(head, colour)
        painter.restore()
