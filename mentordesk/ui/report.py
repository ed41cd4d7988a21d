"""Writing the progress report: the Markdown file, and a PDF of it with the dashboard's charts."""

from __future__ import annotations

import datetime as dt
import os
from pathlib import Path

from PySide6.QtCore import QRectF, QSize, QUrl
from PySide6.QtGui import QFont, QImage, QPageSize, QPainter, QPdfWriter, QTextDocument
from PySide6.QtWidgets import QGraphicsScene

from mentordesk.domain import PairingInfo
from mentordesk.files import write_atomically
from mentordesk.render import markdown_to_html
from mentordesk.services import Services
from mentordesk.services.report import ReportData, report_markdown
from mentordesk.ui import progress_charts as charts

CHART_SIZE = QSize(900, 420)


def chart_images(data: ReportData) -> list[tuple[str, QImage]]:
    """The report's charts drawn offscreen, named for the document that shows them."""
    made = charts.dashboard_charts(data.progress, QFont())
    images = []
    area = QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height())
    for name, chart in made:
        scene = QGraphicsScene()  # a chart lays itself out in a scene without a window
        scene.addItem(chart)
        chart.setGeometry(area)
        image = QImage(CHART_SIZE, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, area, area)
        painter.end()
        images.append((name, image))
    return images


def report_html(markdown: str, images: list[tuple[str, QImage]]) -> str:
    figures = "".join(f"<p><img src='chart:{name}' width='620'></p>" for name, _image in images)
    body = markdown_to_html(markdown.split("## Charts as tables")[0])
    return f"{body}<h2>Charts</h2>{figures}"


def write_report(
    services: Services,
    pairing: PairingInfo,
    since: dt.date,
    until: dt.date,
    pdf: Path,
    data: ReportData | None = None,
) -> tuple[Path, Path]:
    """Write `pdf` and a Markdown twin beside it (same name, .md); both written whole or not at all.
    `data` gathered beforehand (on a worker) saves gathering it here."""
    data = data or services.report.data(pairing, since, until)
    return write_files(pairing, data, chart_images(data), pdf)


def write_files(
    pairing: PairingInfo, data: ReportData, images: list[tuple[str, QImage]], pdf: Path
) -> tuple[Path, Path]:
    """The PDF (with the charts drawn beforehand) and its Markdown twin. Fit for a worker thread: it
    lays out a text document and paints only onto a PDF writer, never onto a widget."""
    markdown = report_markdown(data)
    markdown_path = pdf.with_suffix(".md")
    document = QTextDocument()
    for name, image in images:
        document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(f"chart:{name}"), image)
    document.setHtml(report_html(markdown, images))
    temporary = pdf.with_name(f".{pdf.name}.tmp")
    writer = QPdfWriter(str(temporary))
    writer.setTitle(f"Progress report: {pairing.name}")
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setResolution(96)
    document.print_(writer)
    del writer  # the PDF is finished when its writer is gone
    if not temporary.is_file():
        raise OSError(f"could not write {pdf}")
    os.replace(temporary, pdf)
    write_atomically(markdown_path, markdown.encode("utf-8"))
    return pdf, markdown_path
