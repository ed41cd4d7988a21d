"""A full-text search hit."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.domain import RecordKind, Visibility


@dataclass(frozen=True)
class SearchHit:
    kind: RecordKind
    record_id: str
    title: str
    snippet: str
    open_kind: RecordKind
    open_id: str
    pairing_id: str
    visibility: Visibility
