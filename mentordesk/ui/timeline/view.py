"""The timeline's view: zoom around the pointer, pan by dragging, click to select, double-click to add."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, QPoint, QPointF, QRect, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QFrame, QGraphicsView, QToolTip, QWidget

from mentordesk import labels
from mentordesk.domain import EventMark
from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import colours, readable
from mentordesk.ui.timeline.geometry import clamp_zoom
from mentordesk.ui.timeline.painting import LANE_HEIGHT
from mentordesk.ui.timeline.scene import Lane, TimelineScene

ZOOM_STEP = 1.25
FIT_MARGIN = 40.0  # px left free before the first event by "fit all"
FIT_LABEL_ROOM = 200.0  # and after the last one, for its label
GUTTER_MIN, GUTTER_MAX = 90, 170  # the lane names' column


class TimelineView(QGraphicsView):
    event_clicked = Signal(object)  # EventMark, or None when empty space was clicked
    create_requested = Signal(object, str)  # date, lane name ("" outside any lane)
    zoom_changed = Signal(float)  # px per day
    step_requested = Signal(int)  # Up or Down: the event before (-1) or after (+1) the one chosen
    edit_requested = Signal()  # Enter: edit the event chosen

    def __init__(self, scene: TimelineScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.timeline = scene
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.FullViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(translate("TimelineView", "Timeline"))
        self._drag_from: QPoint | None = None
        self._dragged = False
        self.gutter = LaneGutter(self)
        self.set_gutter_width()

    # zoom and position
    @property
    def px_per_day(self) -> float:
        return self.timeline.scale.px_per_day

    def set_zoom(self, px_per_day: float, anchor: QPoint | None = None) -> None:
        """Zoom keeping the date under `anchor` (viewport pixels; default the centre) where it is."""
        anchor = anchor or self.viewport().rect().center()
        day_position = self.mapToScene(anchor).x() / self.px_per_day
        self.timeline.set_zoom(clamp_zoom(px_per_day))
        self.horizontalScrollBar().setValue(round(day_position * self.px_per_day - anchor.x()))
        self.sync_visible()
        self.zoom_changed.emit(self.px_per_day)

    def zoom_by(self, factor: float, anchor: QPoint | None = None) -> None:
        self.set_zoom(self.px_per_day * factor, anchor)

    def fit_all(self) -> None:
        """Zoom so that every event, era start and today fit the width, with room for the last labels."""
        t = self.timeline
        days = [t.today, *(e.occurred_on for e in t.events.values()), *(era.starts_on for era in t.eras)]
        first, last = min(days), max(days)
        span = max((last - first).days + 31, 31)
        width = max(self.viewport().width() - FIT_MARGIN - FIT_LABEL_ROOM, 100)
        self.timeline.set_zoom(clamp_zoom(width / span))
        self.horizontalScrollBar().setValue(round(t.scale.x(first) - FIT_MARGIN))
        self.sync_visible()
        self.zoom_changed.emit(self.px_per_day)

    def centre_on(self, day: dt.date) -> None:
        x = self.timeline.scale.x(day)
        self.horizontalScrollBar().setValue(round(x - self.viewport().width() / 2))

    def visible_dates(self) -> tuple[dt.date, dt.date]:
        area = self.mapToScene(self.viewport().rect()).boundingRect()
        scale = self.timeline.scale
        return scale.date_at(max(area.left(), 0)), scale.date_at(area.right())

    def sync_visible(self) -> None:
        """Tell the scene what is on screen, so its layers paint only that."""
        self.timeline.view_rect = (
            self.mapToScene(self.viewport().rect()).boundingRect().adjusted(-2, -2, 2, 2)
        )

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.timeline.remeasure()  # the style sheet's font is known once the view is shown

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.timeline.remeasure()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        self.sync_visible()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_gutter()
        self.sync_visible()

    # input
    def wheelEvent(self, event: QWheelEvent) -> None:
        steps = event.angleDelta().y() / 120
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            if steps:
                self.zoom_by(ZOOM_STEP**steps, event.position().toPoint())
            event.accept()
            return
        if not event.modifiers() & Qt.KeyboardModifier.ShiftModifier and event.angleDelta().x() == 0:
            bar = self.horizontalScrollBar()  # a plain wheel moves through time
            bar.setValue(bar.value() - round(steps * bar.singleStep() * 6))
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        anchor = self.mapFromGlobal(self.cursor().pos())
        inside = self.viewport().rect().contains(anchor)
        key = event.key()
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_by(ZOOM_STEP, anchor if inside else None)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom_by(1 / ZOOM_STEP, anchor if inside else None)
        elif key == Qt.Key.Key_Left:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - 80)
        elif key == Qt.Key.Key_Right:
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + 80)
        elif key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.step_requested.emit(-1 if key == Qt.Key.Key_Up else 1)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.edit_requested.emit()
        else:
            super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._drag_from = event.position().toPoint()
            self._dragged = False
            self.setFocus()
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if self._drag_from is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = point - self._drag_from
            if self._dragged or abs(delta.x()) + abs(delta.y()) > 4:
                self._dragged = True
                self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
                self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
                self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
                self._drag_from = point
            return
        self._hover(point, event.globalPosition().toPoint())
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._drag_from is not None:
            if not self._dragged:
                self.event_clicked.emit(self.event_under(event.position().toPoint()))
            self._drag_from = None
            self._dragged = False
            self.viewport().unsetCursor()
            return
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        point = event.position().toPoint()
        if event.button() == Qt.MouseButton.LeftButton and self.event_under(point) is None:
            scene_point = self.mapToScene(point)
            lane = self.timeline.lane_at(scene_point.y())
            self.create_requested.emit(
                self.timeline.scale.date_at(scene_point.x()), lane.name if lane else ""
            )
            return
        super().mouseDoubleClickEvent(event)

    def event_under(self, point: QPoint) -> EventMark | None:
        return self.timeline.event_at(self.mapToScene(point))

    def _hover(self, point: QPoint, global_point: QPoint) -> None:
        event = self.event_under(point)
        event_id = event.id if event else None
        if event_id != self.timeline.hovered:
            self.timeline.hovered = event_id
            self.viewport().update()
        if event is None:
            self.viewport().unsetCursor()
            QToolTip.hideText()
            return
        self.viewport().setCursor(Qt.CursorShape.PointingHandCursor)
        lanes = ", ".join(event.components)
        QToolTip.showText(
            global_point,
            f"{event.title}\n{event.when} · {labels.label(event.kind)}" + (f" · {lanes}" if lanes else ""),
            self,
        )

    def set_gutter_width(self) -> None:
        """Room at the left for the lane names, as wide as the longest needs (within bounds)."""
        metrics = self.gutter.fontMetrics()
        widest = max((metrics.horizontalAdvance(lane.name) for lane in self.timeline.lanes), default=0)
        width = min(max(widest + 22, GUTTER_MIN), GUTTER_MAX)
        self.setViewportMargins(width, 0, 0, 0)
        self._place_gutter()

    def _place_gutter(self) -> None:
        viewport = self.viewport().geometry()
        width = viewport.left()
        self.gutter.setGeometry(QRect(0, viewport.top(), width, viewport.height()))
        self.gutter.update()


class LaneGutter(QWidget):
    """The lane names, in a column of their own left of the timeline: they stay in view however far
    it is scrolled, and never sit on an event's label."""

    def __init__(self, view: TimelineView) -> None:
        super().__init__(view)
        self.view = view
        self.setAccessibleName(translate("LaneGutter", "Lane names"))
        view.verticalScrollBar().valueChanged.connect(self.update)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        offset = self.view.mapFromScene(QPointF(0, 0)).y()
        paint_lane_names(painter, self.view.timeline.lanes, offset, self.width(), self.height())


def paint_lane_names(
    painter: QPainter, lanes: list[Lane], offset: float, width: float, height: float
) -> None:
    """Each lane's name in a band as tall as the lane, `offset` down from the top, in `width` px."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    metrics = painter.fontMetrics()
    painter.fillRect(QRectF(0, 0, width, height), colours().qt("surface_alt"))
    for lane in lanes:
        top = lane.top + offset
        if top + LANE_HEIGHT < 0 or top > height:
            continue
        band = QRectF(0, top, width, LANE_HEIGHT)
        tint = QColor(lane.colour)
        tint.setAlpha(28)
        painter.fillRect(band.adjusted(0, 1, 0, -1), tint)
        painter.fillRect(QRectF(0, top + 1, 4, LANE_HEIGHT - 2), lane.colour)
        painter.setPen(readable(lane.colour.darker(140)))
        text_box = band.adjusted(10, 8, -6, -8)
        shown = metrics.elidedText(lane.name, Qt.TextElideMode.ElideRight, int(text_box.width()) * 2)
        painter.drawText(text_box, Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap, shown)
    painter.setPen(colours().qt("border"))
    painter.drawLine(QPointF(width - 1, 0), QPointF(width - 1, height))
    painter.restore()
