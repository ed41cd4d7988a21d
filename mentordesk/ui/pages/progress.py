"""Progress page: the pairing's metrics, each with how it is computed."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mentordesk.domain import PairingInfo
from mentordesk.services import Services
from mentordesk.services.metrics import Metric
from mentordesk.ui import html
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.base import ListDetailPage
from mentordesk.ui.table_model import Column


class ProgressPage(ListDetailPage[Metric]):
    title = "Progress"
    icon_name = "progress"
    filter_hint = "Filter metrics"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self.table.setSortingEnabled(False)
        for signal in (hub.cards_changed, hub.sessions_changed, hub.decisions_changed):
            signal.connect(self._refresh_if_mine)

    def columns(self) -> Sequence[Column[Metric]]:
        return (
            Column("Area", lambda m: m.area),
            Column("Metric", lambda m: m.name),
            Column("Value", lambda m: m.value, tooltip=lambda m: m.explanation),
        )

    def stretch_column(self) -> int:
        return 2

    def row_id(self, row: Metric) -> str:
        return f"{row.area}/{row.name}"

    def load_rows(self, pairing: PairingInfo) -> list[Metric]:
        return self.services.metrics.metrics(pairing)

    def subtitle_text(self, rows: list[Metric]) -> str:
        assert self.pairing is not None
        return f"Since {self.pairing.start_date.strftime('%-d %B %Y')} · {self.pairing.cadence.value} cadence"

    def detail_html(self, row: Metric) -> str:
        return (
            html.heading(row.name)
            + f"<p style='font-size:15pt'>{html.escape(row.value)}</p>"
            + html.meta("How it is computed: " + row.explanation)
        )
