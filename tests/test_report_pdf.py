"""The printed progress report's layout: tables with rules, no heading alone at a page's end, no table
cut that a page could hold, every chart (competencies over time too), and empty charts said in words."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSizeF
from PySide6.QtGui import QTextDocument, QTextTable

from mentordesk.app import create_application
from mentordesk.domain import Cadence, NewPairing, Role
from mentordesk.services import Services
from mentordesk.services.report import report_markdown
from mentordesk.ui.progress_charts import EMPTY_TEXT
from mentordesk.ui.report import KEEP_WITH_NEXT, chart_images, report_document

A4_AT_96_DPI = QSizeF(657, 1002)  # the page's paint area within its margins


def pages_of(document: QTextDocument) -> tuple[list[tuple[str, float]], list[tuple[float, float]]]:
    """Each heading's text and bottom, and each table's top and bottom, in document pixels."""
    layout = document.documentLayout()
    headings, tables = [], []
    block = document.begin()
    while block.isValid():
        if block.blockFormat().headingLevel():
            headings.append((block.text(), layout.blockBoundingRect(block).bottom()))
        block = block.next()
    for frame in document.rootFrame().childFrames():
        if isinstance(frame, QTextTable):
            rect = layout.frameBoundingRect(frame)
            tables.append((rect.top(), rect.bottom()))
    return headings, tables


def test_the_report_keeps_headings_with_their_text_and_tables_whole(demo: Services) -> None:
    create_application()
    pairing = demo.pairings.find("Priya Raman & Sam Okafor")
    data = demo.report.data(pairing, pairing.start_date, pairing.start_date + dt.timedelta(days=90))
    images = chart_images(data)
    assert [name for name, _title, _image in images] == [
        "sessions",
        "decisions",
        "competencies",
        "ratings",
        "growth",
    ]
    assert all(image is not None for _name, _title, image in images)
    document = report_document(report_markdown(data), images, A4_AT_96_DPI)
    page = A4_AT_96_DPI.height()
    headings, tables = pages_of(document)
    assert document.pageCount() >= 3 and len(tables) == 6
    for text, bottom in headings:
        assert page - bottom % page >= KEEP_WITH_NEXT, f"“{text}” ends page {int(bottom // page) + 1}"
    for top, bottom in tables:
        assert top // page == (bottom - 1) // page  # each fits a page, so none is cut
    html = document.toHtml()
    assert "border-collapse" in html or "border=" in html


def test_charts_with_nothing_to_show_are_said_in_words(services: Services) -> None:
    create_application()
    start = dt.date(2026, 11, 2)
    pairing = services.pairings.create(NewPairing("Priya", Role.MENTOR, "Sam", start, Cadence.WEEKLY))
    data = services.report.data(pairing, start, start + dt.timedelta(days=30))
    images = chart_images(data)
    assert [(name, image) for name, _title, image in images] == [
        ("sessions", None),
        ("decisions", None),
        ("competencies", None),
        ("ratings", None),
    ]
    text = report_document(report_markdown(data), images, A4_AT_96_DPI).toPlainText()
    for name in ("sessions", "decisions", "competencies", "ratings"):
        assert EMPTY_TEXT[name] in text
