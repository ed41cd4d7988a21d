"""Decisions page: the decision log with status, review state and the full record with its thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mentordesk.domain import DecisionInfo, PairingInfo, RecordKind, ReviewState, adr_number
from mentordesk.services import Services
from mentordesk.ui.decisions.view import decision_html
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.base import ListDetailPage
from mentordesk.ui.table_model import Column
from mentordesk.ui.theme import WARNING, visibility_icon


class DecisionsPage(ListDetailPage[DecisionInfo]):
    title = "Decisions"
    icon_name = "decisions"
    kinds = (RecordKind.DECISION,)
    filter_hint = "Filter decisions"

    def __init__(self, services: Services, hub: ChangeHub, parent: QWidget | None = None) -> None:
        super().__init__(services, hub, parent)
        self._numbers: dict[str, int] = {}
        hub.decisions_changed.connect(self._refresh_if_mine)

    def columns(self) -> Sequence[Column[DecisionInfo]]:
        return (
            Column("No.", lambda d: adr_number(d.number), sort_key=lambda d: d.number),
            Column("Title", lambda d: d.title, icon=lambda d: visibility_icon(d.visibility)),
            Column("Date", lambda d: d.decided_on.isoformat()),
            Column("Status", lambda d: d.status.value.capitalize()),
            Column(
                "Review",
                lambda d: d.review_state.label,
                colour=lambda d: WARNING if d.review_state is ReviewState.CHANGES_REQUESTED else None,
            ),
            Column("Tags", lambda d: ", ".join(d.tags)),
        )

    def fixed_widths(self) -> dict[int, int]:
        return {5: 120}

    def load_rows(self, pairing: PairingInfo) -> list[DecisionInfo]:
        rows = self.services.decisions.list_decisions(pairing.id)
        self._numbers = {d.id: d.number for d in rows}
        return rows

    def subtitle_text(self, rows: list[DecisionInfo]) -> str:
        waiting = sum(1 for d in rows if d.review_state is ReviewState.AWAITING_REVIEW)
        return f"{len(rows)} decisions, {waiting} awaiting review"

    def detail_html(self, row: DecisionInfo) -> str:
        return decision_html(self.services.decisions.detail(row.id), self._numbers, dt.date.today())
