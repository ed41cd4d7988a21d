"""How a decision's fields move between the database row, the editor's draft and a frozen revision."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from mentordesk.domain import (
    CommentInfo,
    ConsideredOption,
    DecisionDraft,
    DecisionStatus,
    Visibility,
)
from mentordesk.storage.models import Decision, ReviewComment
from mentordesk.wording import translate

TEXT_SECTIONS = (
    "context",
    "drivers",
    "chosen_option",
    "rationale",
    "consequences_good",
    "consequences_bad",
    "consequences_other",
    "confirmation",
    "expected_outcome",
    "notes",
)
"""The decision's free-text fields (every DECISION_SECTIONS entry but the structured options)."""


def option_of(raw: dict[str, Any]) -> ConsideredOption:
    return ConsideredOption(
        title=str(raw.get("title", "")),
        good=tuple(str(x) for x in raw.get("good", [])),
        neutral=tuple(str(x) for x in raw.get("neutral", [])),
        bad=tuple(str(x) for x in raw.get("bad", [])),
        description=str(raw.get("description", "")),
        link=str(raw.get("link", "")),
    )


def comment_of(record: ReviewComment) -> CommentInfo:
    return CommentInfo(
        id=record.id,
        author_role=record.author_role,
        body=record.body,
        section=record.section,
        created_at=record.created_at,
        visibility=record.visibility,
        parent_id=record.parent_id,
        is_principle=record.is_principle,
        verdict=record.verdict,
    )


def options_json(options: Sequence[ConsideredOption]) -> list[dict[str, Any]]:
    """Options as stored; the description and link only when there is one, so records written before
    options had them read back unchanged."""
    found = []
    for o in options:
        raw: dict[str, Any] = {"title": o.title, "good": list(o.good), "neutral": list(o.neutral)}
        raw["bad"] = list(o.bad)
        raw.update({key: getattr(o, key) for key in ("description", "link") if getattr(o, key)})
        found.append(raw)
    return found


def draft_of(record: Decision, tags: tuple[str, ...]) -> DecisionDraft:
    return DecisionDraft(
        title=record.title,
        decided_on=record.decided_on,
        options=tuple(option_of(o) for o in record.options or []),
        confidence=record.confidence,
        revisit_on=record.revisit_on,
        tags=tags,
        visibility=record.visibility,
        **{name: getattr(record, name) for name in TEXT_SECTIONS},
    )


def snapshot(draft: DecisionDraft) -> dict[str, Any]:
    """A draft as JSON-ready data (what a revision keeps)."""
    data: dict[str, Any] = {name: getattr(draft, name) for name in TEXT_SECTIONS}
    data.update(
        title=draft.title,
        decided_on=draft.decided_on.isoformat(),
        options=options_json(draft.options),
        confidence=draft.confidence,
        revisit_on=None if draft.revisit_on is None else draft.revisit_on.isoformat(),
        tags=list(draft.tags),
        visibility=draft.visibility.value,
    )
    return data


def from_snapshot(data: dict[str, Any]) -> DecisionDraft:
    revisit = data.get("revisit_on")
    return DecisionDraft(
        title=str(data.get("title", "")),
        decided_on=dt.date.fromisoformat(data["decided_on"]),
        options=tuple(option_of(o) for o in data.get("options", [])),
        confidence=data.get("confidence"),
        revisit_on=None if not revisit else dt.date.fromisoformat(revisit),
        tags=tuple(data.get("tags", [])),
        visibility=Visibility(data.get("visibility", "shared")),
        **{name: str(data.get(name, "")) for name in TEXT_SECTIONS},
    )


def validated(draft: DecisionDraft) -> DecisionDraft:
    """The draft with a trimmed title; raises ValueError naming what is wrong."""
    title = " ".join(draft.title.split())
    if not title:
        raise ValueError(translate("decision_data", "A decision needs a title."))
    if len(title) > 300:
        raise ValueError(
            translate("decision_data", "The title is {count} characters long; 300 is the limit.").format(
                count=len(title)
            )
        )
    if draft.confidence is not None and not 1 <= draft.confidence <= 5:
        raise ValueError(translate("decision_data", "Confidence goes from 1 to 5."))
    if len(draft.chosen_option) > 300:
        raise ValueError(
            translate("decision_data", "The chosen option is the name of an option: 300 characters at most.")
        )
    if any(not o.title.strip() for o in draft.options):
        raise ValueError(translate("decision_data", "Every considered option needs a name."))
    return replace(draft, title=title)


class LockedError(ValueError):
    """The change would rewrite an accepted decision's text."""


_TRANSITIONS: dict[DecisionStatus, frozenset[DecisionStatus]] = {
    DecisionStatus.PROPOSED: frozenset({DecisionStatus.ACCEPTED, DecisionStatus.REJECTED}),
    DecisionStatus.ACCEPTED: frozenset({DecisionStatus.DEPRECATED}),
    DecisionStatus.REJECTED: frozenset({DecisionStatus.PROPOSED}),
    DecisionStatus.DEPRECATED: frozenset({DecisionStatus.ACCEPTED}),
    DecisionStatus.SUPERSEDED: frozenset(),
}


def allowed_statuses(current: DecisionStatus) -> frozenset[DecisionStatus]:
    """Where a decision may go from `current` by a plain status change (superseding has its own action)."""
    return _TRANSITIONS[current]
