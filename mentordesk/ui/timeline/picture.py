"""The timeline as a picture to put in a document: the whole date range asked for (not the part on
screen), laid out wide enough to read, at print resolution, with a title, the lane names and the legend;
nothing selected or hovered is marked."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPaintDevice, QPainter
from PySide6.QtSvg import QSvgGenerator

from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import LIGHT, using
from mentordesk.ui.timeline.geometry import clamp_zoom
from mentordesk.ui.timeline.legend import paint_legend
from mentordesk.ui.timeline.scene import MAX_LABEL_WIDTH, TimelineScene
from mentordesk.ui.timeline.view import GUTTER_MAX, paint_lane_names

PRINT_SCALE = 2.0  # device pixels per pixel of the layout: about 190 dpi
LEAST_WIDTH = 1800.0  # the range is laid out at least this wide, whatever the zoom on screen
MOST_WIDTH = 6000.0  # and at most this wide, however many events it holds
WIDTH_PER_EVENT = 70.0  # between the two, this much per event, so that labels find room
MARGIN = 28.0
EDGE_DAYS = 45  # room before the first day (for its tick label)


@contextmanager
def laid_out_for(scene: TimelineScene, first: dt.date, last: dt.date) -> Iterator[QRectF]:
    """The scene laid out for a picture of `first` to `last`, with the part of it to draw; the zoom,
    selection and hover on screen come back afterwards."""
    kept = (scene.scale.px_per_day, scene.selected, scene.hovered, scene.view_rect)
    scrolled = [(v, v.horizontalScrollBar().value(), v.verticalScrollBar().value()) for v in scene.views()]
    days = (last - first).days + 1 + EDGE_DAYS
    width = min(max(len(scene.events) * WIDTH_PER_EVENT, LEAST_WIDTH), MOST_WIDTH)
    scene.set_zoom(clamp_zoom(width / days))
    scene.selected = scene.hovered = None
    left = max(scene.scale.x(first - dt.timedelta(days=EDGE_DAYS)), 0.0)
    right = scene.scale.x(last + dt.timedelta(days=1)) + MAX_LABEL_WIDTH  # room for the last labels
    body = QRectF(left, 0, right - left, scene.bounds().height())
    scene.view_rect = body
    try:
        yield body
    finally:
        scene.set_zoom(kept[0])
        scene.selected, scene.hovered, scene.view_rect = kept[1], kept[2], kept[3]
        for view, across, down in scrolled:  # a narrower layout meanwhile may have moved them
            view.horizontalScrollBar().setValue(across)
            view.verticalScrollBar().setValue(down)
        scene.update()


def _fonts(base: QFont) -> tuple[QFont, QFont]:
    title = QFont(base)
    title.setPointSizeF(base.pointSizeF() * 1.5)
    title.setBold(True)
    return title, QFont(base)


def picture_size(scene: TimelineScene, body: QRectF, font: QFont) -> tuple[QSize, float, float]:
    """The picture's size in layout pixels, the height of its heading, and where the legend starts."""
    title_font, text_font = _fonts(font)
    heading = QFontMetricsF(title_font).height() + QFontMetricsF(text_font).height() + 16
    width = MARGIN * 2 + GUTTER_MAX + body.width()
    legend_top = MARGIN + heading + body.height() + 14
    legend = paint_legend(None, QRectF(MARGIN, 0, width - 2 * MARGIN, 0), QFontMetricsF(text_font))
    return QSize(round(width), round(legend_top + legend + MARGIN)), heading, legend_top


def paint_picture(
    painter: QPainter, scene: TimelineScene, body: QRectF, title: str, subtitle: str, font: QFont
) -> None:
    with using(LIGHT):  # a picture is a document: light whatever the screen shows
        _paint_picture(painter, scene, body, title, subtitle, font)


def _paint_picture(
    painter: QPainter, scene: TimelineScene, body: QRectF, title: str, subtitle: str, font: QFont
) -> None:
    size, heading, legend_top = picture_size(scene, body, font)
    title_font, text_font = _fonts(font)
    painter.fillRect(QRectF(0, 0, size.width(), size.height()), QColor("#ffffff"))
    painter.setFont(title_font)
    painter.setPen(QColor("#111827"))
    title_height = QFontMetricsF(title_font).height()
    painter.drawText(QRectF(MARGIN, MARGIN, size.width() - 2 * MARGIN, title_height), title)
    painter.setFont(text_font)
    painter.setPen(QColor("#4b5563"))
    painter.drawText(
        QRectF(
            MARGIN, MARGIN + title_height + 4, size.width() - 2 * MARGIN, QFontMetricsF(text_font).height()
        ),
        subtitle,
    )
    top = MARGIN + heading
    painter.save()
    painter.translate(MARGIN, top)
    paint_lane_names(painter, scene.lanes, 0, GUTTER_MAX, body.height())
    painter.restore()
    target = QRectF(MARGIN + GUTTER_MAX, top, body.width(), body.height())
    scene.render(painter, target, body, Qt.AspectRatioMode.IgnoreAspectRatio)
    painter.setPen(QColor("#d1d5db"))
    painter.drawRect(QRectF(MARGIN, top, GUTTER_MAX + body.width(), body.height()))
    painter.setFont(text_font)
    paint_legend(painter, QRectF(MARGIN, legend_top, size.width() - 2 * MARGIN, 0), QFontMetricsF(text_font))


def save_picture(
    scene: TimelineScene, path: Path, first: dt.date, last: dt.date, title: str, subtitle: str, font: QFont
) -> QSize:
    """Write the picture as PNG, or SVG by the suffix; returns its size in pixels. OSError when the
    file could not be written."""
    with laid_out_for(scene, first, last) as body:
        size, _heading, _legend = picture_size(scene, body, font)
        device: QPaintDevice
        if path.suffix.lower() == ".svg":
            generator = QSvgGenerator()
            generator.setFileName(str(path))
            generator.setSize(size)
            generator.setViewBox(QRect(0, 0, size.width(), size.height()))
            generator.setTitle(title)
            generator.setDescription(subtitle)
            device, written = generator, size
        else:
            image = QImage(
                round(size.width() * PRINT_SCALE),
                round(size.height() * PRINT_SCALE),
                QImage.Format.Format_RGB32,
            )
            image.setDevicePixelRatio(PRINT_SCALE)
            device, written = image, image.size()
        painter = QPainter(device)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
            paint_picture(painter, scene, body, title, subtitle, font)
        finally:
            painter.end()
        if isinstance(device, QImage) and not device.save(str(path)):  # PNG, by the suffix
            raise OSError(translate("picture", "could not write {path}").format(path=path))
    if not path.is_file():
        raise OSError(translate("picture", "could not write {path}").format(path=path))
    return written
