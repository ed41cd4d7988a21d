"""Writing the progress report: the Markdown file, and a PDF of it with the dashboard's charts."""

from __future__ import annotations

import datetime as dt
import os
from html import escape
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSize, QSizeF, QUrl
from PySide6.QtGui import (
    QFont,
    QImage,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextTable,
)
from PySide6.QtWidgets import QGraphicsScene

from mentordesk.domain import PairingInfo
from mentordesk.files import write_atomically
from mentordesk.render import markdown_to_html
from mentordesk.services import Services
from mentordesk.services.report import ReportData, report_markdown
from mentordesk.ui import progress_charts as charts
from mentordesk.ui.i18n import translate
from mentordesk.ui.theme import LIGHT, using

CHART_SIZE = QSize(900, 400)
TABLE = (
    "<table border='1' cellspacing='0' cellpadding='5' width='100%' "
    "style='border-collapse: collapse; border-color: #d1d5db; margin-bottom: 8px'>"
)
HEADER_CELL = "<th style='background-color: #f3f4f6' align='left'"
#: Widths of a metrics table's columns: the name, its value, how it is computed.
METRIC_WIDTHS = ("24%", "26%", "50%")
KEEP_WITH_NEXT = 110.0  # px (at 96 dpi): a heading nearer the page's end than this starts the next page
MAX_PASSES = 12


def chart_images(data: ReportData) -> list[tuple[str, str, QImage | None]]:
    """The report's charts drawn offscreen: (name, title, image), or no image and why for a chart with
    nothing to show; "Competencies over time" too when any competency was touched. Light, whatever the
    screen shows: a report is printed."""
    with using(LIGHT):
        return _chart_images(data)


def _chart_images(data: ReportData) -> list[tuple[str, str, QImage | None]]:
    font = QFont()
    font.setPointSizeF(12)  # the images are printed at about two thirds of their size
    made = [
        (name, chart, charts.empty_reason(data.progress, name))
        for name, chart in charts.dashboard_charts(data.progress, font)
    ]
    growth = charts.growth_chart(data.progress, font)
    if growth is not None:
        made.append(("growth", growth, ""))
    images: list[tuple[str, str, QImage | None]] = []
    area = QRectF(0, 0, CHART_SIZE.width(), CHART_SIZE.height())
    for name, chart, reason in made:
        if reason:
            images.append((name, chart.title(), None))
            continue
        scene = QGraphicsScene()  # a chart lays itself out in a scene without a window
        scene.addItem(chart)
        chart.setGeometry(area)
        image = QImage(CHART_SIZE, QImage.Format.Format_ARGB32)
        image.fill(0xFFFFFFFF)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        scene.render(painter, area, area)
        painter.end()
        images.append((name, chart.title(), image))
    return images


def _table(rest: str) -> str:
    """A table (`rest`: what follows its opening tag) with rules and room in its cells, its first three
    columns (a metrics table's name, value and explanation) at set widths."""
    for width in METRIC_WIDTHS:
        rest = rest.replace("<th>", f"{HEADER_CELL} width='{width}'>", 1)
    return TABLE + rest.replace("<th>", f"{HEADER_CELL}>")


def report_html(markdown: str, images: list[tuple[str, str, QImage | None]]) -> str:
    """The report as HTML for the PDF: the Markdown's text, then the charts, from a new page."""
    figures = []
    for name, title, image in images:
        if image is None:
            reason = translate("Charts", charts.EMPTY_TEXT[name])
            figures.append(f"<h3>{escape(title)}</h3><p style='color:#6b7280'>{escape(reason)}</p>")
        else:
            figures.append(f"<p align='center'><img src='chart:{name}' width='640'></p>")
    first, *tables = markdown_to_html(
        markdown.split("## " + translate("report", "Charts as tables"))[0]
    ).split("<table>")
    body = first + "".join(_table(rest) for rest in tables)
    return (
        f"{body}<h2 style='page-break-before: always'>{translate('report', 'Charts')}</h2>{''.join(figures)}"
    )


def _page_breaks(document: QTextDocument) -> QTextBlock | None:
    """The first heading that should start a new page, if any: one within KEEP_WITH_NEXT of a page's
    end, or the heading of a table that would be cut in two although a page holds it whole."""
    page = document.pageSize().height()
    layout = document.documentLayout()
    tables = [f for f in document.rootFrame().childFrames() if isinstance(f, QTextTable)]
    for table in tables:
        rect = layout.frameBoundingRect(table)
        if rect.height() < page * 0.8 and rect.top() // page != (rect.bottom() - 1) // page:
            heading = document.findBlock(table.firstPosition() - 1)
            while heading.isValid() and not heading.blockFormat().headingLevel():
                heading = heading.previous()
            if heading.isValid() and not _breaks_before(heading):
                return heading
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel() and not _breaks_before(block):
            rect = layout.blockBoundingRect(block)
            if page - (rect.bottom() % page) < KEEP_WITH_NEXT:
                return block
        block = block.next()
    return None


def _breaks_before(block: QTextBlock) -> bool:
    return bool(block.blockFormat().pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)


def keep_headings_with_their_text(document: QTextDocument) -> None:
    """No heading ends a page, and no table a page could hold whole is cut in two: such a heading (or
    the table's) starts the next page. Laid out again after each move, which shifts what follows."""
    for _pass in range(MAX_PASSES):
        document.pageCount()  # laid out whole first: a layout left half done loses its end in print_
        heading = _page_breaks(document)
        if heading is None:
            return
        fmt = heading.blockFormat()
        fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
        QTextCursor(heading).setBlockFormat(fmt)
    document.pageCount()


def report_document(
    markdown: str, images: list[tuple[str, str, QImage | None]], page: QSizeF
) -> QTextDocument:
    """The report laid out on pages of `page` (pixels at 96 dpi), ready to print."""
    document = QTextDocument()
    for name, _title, image in images:
        if image is not None:
            document.addResource(
                QTextDocument.ResourceType.ImageResource,
                QUrl(f"chart:{name}"),
                image,
            )
    document.setHtml(report_html(markdown, images))
    document.setPageSize(page)
    keep_headings_with_their_text(document)
    return document


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
    pairing: PairingInfo, data: ReportData, images: list[tuple[str, str, QImage | None]], pdf: Path
) -> tuple[Path, Path]:
    """The PDF (with the charts drawn beforehand) and its Markdown twin. Fit for a worker thread: it
    lays out a text document and paints only onto a PDF writer, never onto a widget."""
    markdown = report_markdown(data)
    markdown_path = pdf.with_suffix(".md")
    temporary = pdf.with_name(f".{pdf.name}.tmp")
    writer = QPdfWriter(str(temporary))
    writer.setTitle(translate("report", "Progress report: {name}").format(name=pairing.name))
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(18, 16, 18, 16), QPageLayout.Unit.Millimeter)
    writer.setResolution(96)
    document = report_document(markdown, images, QSizeF(writer.pageLayout().paintRectPixels(96).size()))
    document.print_(writer)
    del writer  # the PDF is finished when its writer is gone
    if not temporary.is_file():
        raise OSError(translate("report", "could not write {pdf}").format(pdf=pdf))
    os.replace(temporary, pdf)
    write_atomically(markdown_path, markdown.encode("utf-8"))
    return pdf, markdown_path
