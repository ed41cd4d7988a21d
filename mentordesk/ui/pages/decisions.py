"""Decisions page: the decision log with status, review state and the full record with its thread."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from mentordesk.domain import DecisionDetail, DecisionInfo, PairingInfo, RecordKind, ReviewState, adr_number
from mentordesk.services import Services
from mentordesk.ui import html
from mentordesk.ui.hub import ChangeHub
from mentordesk.ui.pages.base import ListDetailPage
from mentordesk.ui.table_model import Column
from mentordesk.ui.theme import WARNING, visibility_icon
from mentordesk.ui.widgets import record_url


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


def decision_html(detail: DecisionDetail, numbers: dict[str, int], today: dt.date) -> str:
    d = detail.decision
    parts = [
        html.heading(f"{adr_number(d.number)} {d.title}"),
        html.meta(
            d.decided_on.isoformat(),
            d.status.value.capitalize(),
            d.review_state.label,
            f"by the {d.author_role.value}",
            f"confidence {d.confidence}/5" if d.confidence else "",
        ),
        html.visibility_note(d.visibility),
    ]
    if detail.supersedes:
        number = numbers.get(detail.supersedes)
        if number is not None:
            parts.append(
                "<p>Supersedes "
                + html.link(record_url(RecordKind.DECISION, detail.supersedes), adr_number(number))
                + "</p>"
            )
    for later in detail.superseded_by:
        if later in numbers:
            parts.append(
                "<p>Superseded by "
                + html.link(record_url(RecordKind.DECISION, later), adr_number(numbers[later]))
                + "</p>"
            )
    if d.revisit_on:
        due = " (revisit due)" if d.revisit_on <= today and detail.actual_outcome is None else ""
        parts.append(html.meta(f"Revisit on {html.day(d.revisit_on)}{due}"))
    parts.append(html.section("Context and problem", detail.context))
    parts.append(html.section("Decision drivers", detail.drivers))
    if detail.options:
        parts.append("<h3>Considered options</h3>")
        for option in detail.options:
            parts.append(f"<p><b>{html.escape(option.title)}</b></p>")
            parts.append(
                html.bullet_list(
                    [f"Good: {html.escape(x)}" for x in option.good]
                    + [f"Neutral: {html.escape(x)}" for x in option.neutral]
                    + [f"Bad: {html.escape(x)}" for x in option.bad]
                )
            )
    parts.append(html.section("Chosen option", detail.chosen_option))
    parts.append(html.section("Why", detail.rationale))
    parts.append(html.section("Good consequences", detail.consequences_good))
    parts.append(html.section("Bad consequences", detail.consequences_bad))
    parts.append(html.section("Confirmation", detail.confirmation))
    parts.append(html.section("Expected outcome", detail.expected_outcome))
    if detail.actual_outcome is not None:
        parts.append(
            html.section("Actual outcome", f"{detail.actual_outcome.value}: {detail.actual_outcome_note}")
        )
    if detail.comments:
        parts.append(f"<h3>Review thread ({len(detail.comments)})</h3>")
        for comment in detail.comments:
            anchor = f" on <i>{html.escape(comment.section)}</i>" if comment.section else ""
            principle = " &#9670; <b>principle</b>" if comment.is_principle else ""
            when = comment.created_at.astimezone().strftime("%-d %b %H:%M")
            author = comment.author_role.value.capitalize()
            parts.append(
                f"<p style='color:#4b5563'><b>{author}</b>{anchor}, {when}{principle}</p>"
                + html.markdown_to_html(comment.body)
            )
    return "".join(parts)
