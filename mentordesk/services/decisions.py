"""The decision log: records with their MADR sections, status lifecycle, supersede/amend links and addenda."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Sequence
from dataclasses import replace
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from mentordesk import labels
from mentordesk.domain import (
    LOCKED_STATUSES,
    AddendumInfo,
    ConsideredOption,
    DecisionDetail,
    DecisionDraft,
    DecisionInfo,
    DecisionStatus,
    Outcome,
    ReviewState,
    RevisionInfo,
    Role,
    Visibility,
)
from mentordesk.listing import DecisionQuery
from mentordesk.services.adr_sections import LINK_KINDS, plain_title
from mentordesk.services.base import NotFoundError, get_live
from mentordesk.services.decision_data import (
    TEXT_SECTIONS,
    LockedError,
    allowed_statuses,
    comment_of,
    draft_of,
    options_json,
    validated,
)
from mentordesk.services.decision_list import KIND, LIST_COLUMNS, DecisionListing, info_of
from mentordesk.services.tags import set_tags, tags_of_record
from mentordesk.storage.models import Decision, DecisionAddendum
from mentordesk.wording import translate


def _later(pointer: Any, record_id: str) -> Select[str]:
    """Live decisions whose `pointer` (supersedes_id, amends_id) names the record."""
    return select(Decision.id).where(pointer == record_id, Decision.deleted.is_(False))


def _live_ids(session: Session, query: Select[str]) -> tuple[str, ...]:
    return tuple(session.scalars(query.order_by(Decision.number)).all())


def next_number(session: Session, pairing_id: str) -> int:
    return (
        session.scalar(select(func.max(Decision.number)).where(Decision.pairing_id == pairing_id)) or 0
    ) + 1


def apply_draft(session: Session, record: Decision, draft: DecisionDraft) -> None:
    """Write every field of `draft` onto the record (tags included)."""
    record.title = draft.title
    record.decided_on = draft.decided_on
    record.options = options_json(draft.options)
    record.confidence = draft.confidence
    record.revisit_on = draft.revisit_on
    record.visibility = draft.visibility
    for name in TEXT_SECTIONS:
        setattr(record, name, getattr(draft, name))
    set_tags(session, record.pairing_id, KIND, record.id, draft.tags)


def by_number(session: Session, pairing_id: str, number: int) -> Decision | None:
    """The pairing's live decision with this number, if there is one."""
    return session.scalar(
        select(Decision).where(
            Decision.pairing_id == pairing_id, Decision.number == number, Decision.deleted.is_(False)
        )
    )


def _source(record: Decision) -> str:
    if not record.source_log:
        return ""
    there = record.source_number
    number = (
        translate("decisions", " (number {there} there)").format(there=there)
        if there is not None and there != record.number
        else ""
    )
    return translate("decisions", "Imported from {source_log}, {source_file}{number}").format(
        source_log=record.source_log, source_file=record.source_file, number=number
    )


class DecisionService(DecisionListing):
    def outcomes(self, pairing_id: str) -> dict[str, tuple[Outcome | None, str]]:
        """Each live decision's actual outcome and its note, in one query (a report lists them all)."""
        with self._db.read() as session:
            rows = session.execute(
                select(Decision.id, Decision.actual_outcome, Decision.actual_outcome_note).where(
                    Decision.pairing_id == pairing_id, Decision.deleted.is_(False)
                )
            )
            return {row.id: (row.actual_outcome, row.actual_outcome_note or "") for row in rows}

    def detail(self, decision_id: str) -> DecisionDetail:
        with self._db.read() as session:
            record = get_live(session, Decision, decision_id)
            comments = [c for c in record.comments if not c.deleted]
            tags = tags_of_record(session, KIND, record.id)
            return DecisionDetail(
                decision=info_of(record, tags, len(comments)),
                draft=draft_of(record, tags),
                actual_outcome=record.actual_outcome,
                actual_outcome_note=record.actual_outcome_note,
                revisited_on=record.revisited_on,
                supersedes=self._live_id(session, record.supersedes_id),
                superseded_by=_live_ids(session, _later(Decision.supersedes_id, record.id)),
                amends=self._live_id(session, record.amends_id),
                amended_by=_live_ids(session, _later(Decision.amends_id, record.id)),
                more_links=tuple(
                    (
                        link["kind"].capitalize() if link["kind"] in LINK_KINDS else link["kind"],
                        self._live_id(session, link["to"] or None),
                        plain_title(link["text"]),
                    )
                    for link in record.more_links or []
                ),
                source=_source(record),
                comments=tuple(comment_of(c) for c in comments),
                addenda=tuple(
                    AddendumInfo(a.id, a.written_on, a.author_role, a.body)
                    for a in record.addenda
                    if not a.deleted
                ),
                revisions=tuple(RevisionInfo(r.number, r.submitted_at, r.note) for r in record.revisions),
            )

    @staticmethod
    def _live_id(session: Session, decision_id: str | None) -> str | None:
        if decision_id is None:
            return None
        record = session.get(Decision, decision_id)
        return None if record is None or record.deleted else record.id

    def numbers(self, pairing_id: str, ids: Collection[str] | None = None) -> dict[str, int]:
        """Decision id → number for the pairing's live decisions, or for those of them among `ids` (to
        show a decision's links as ADR-007 without reading every decision)."""
        query = select(Decision.id, Decision.number).where(
            Decision.pairing_id == pairing_id, Decision.deleted.is_(False)
        )
        if ids is not None:
            if not ids:
                return {}
            query = query.where(Decision.id.in_(list(ids)))
        with self._db.read() as session:
            return {r.id: r.number for r in session.execute(query)}

    def number_to_id(self, pairing_id: str, number: int) -> str:
        with self._db.read() as session:
            found = by_number(session, pairing_id, number)
            if found is None:
                raise NotFoundError(
                    translate("DecisionService", "no decision number {number}").format(number=number)
                )
            return found.id

    def awaiting_review_by(self, pairing_id: str, reviewer: Role) -> list[DecisionInfo]:
        """Decisions submitted for review by the other side of the pairing (DecisionInfo.awaits_review_by)."""
        return self.page(pairing_id, DecisionQuery(awaiting=reviewer), 0, -1)

    def revisit_due(self, pairing_id: str, today: dt.date) -> list[DecisionInfo]:
        """Decisions whose revisit date has come and whose actual outcome is not recorded yet."""
        with self._db.read() as session:
            rows = session.execute(
                select(*LIST_COLUMNS)
                .where(
                    Decision.pairing_id == pairing_id,
                    Decision.deleted.is_(False),
                    Decision.revisit_on.is_not(None),
                    Decision.revisit_on <= today,
                    Decision.actual_outcome.is_(None),
                )
                .order_by(Decision.revisit_on)
            )
            return [info_of(r) for r in rows]

    # writing
    def create(self, pairing_id: str, draft: DecisionDraft, author_role: Role) -> str:
        """A new proposed draft by `author_role`, numbered after the pairing's last decision."""
        draft = validated(draft)
        with self._db.write() as session:
            record = Decision(
                pairing_id=pairing_id,
                number=next_number(session, pairing_id),
                title=draft.title,
                decided_on=draft.decided_on,
                author_role=author_role,
            )
            session.add(record)
            session.flush()
            apply_draft(session, record, draft)
            return record.id

    def update(self, decision_id: str, draft: DecisionDraft) -> None:
        """Save the editor's draft. An accepted record keeps its text: only tags, visibility and the revisit
        date may change, anything else raises LockedError."""
        draft = validated(draft)
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            if record.status in LOCKED_STATUSES:
                current = draft_of(record, tags_of_record(session, KIND, record.id))
                allowed = replace(
                    current, tags=draft.tags, visibility=draft.visibility, revisit_on=draft.revisit_on
                )
                if draft != allowed:
                    raise LockedError(
                        translate(
                            "DecisionService",
                            "The decision is {status}: its text can no longer change. Add an addendum, "
                            "or supersede it with a new decision.",
                        ).format(status=labels.word(record.status))
                    )
            apply_draft(session, record, draft)

    def set_status(self, decision_id: str, status: DecisionStatus) -> None:
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            if status == record.status:
                return
            if status is DecisionStatus.SUPERSEDED:
                raise ValueError(
                    translate(
                        "DecisionService", "A decision is superseded by naming the decision that replaces it."
                    )
                )
            if status not in allowed_statuses(record.status):
                raise ValueError(
                    translate("DecisionService", "A {status} decision cannot become {new_status}.").format(
                        status=labels.word(record.status), new_status=labels.word(status)
                    )
                )
            record.status = status

    def supersede(self, old_id: str, new_id: str) -> None:
        """`new` replaces `old`: old becomes superseded, new records that it supersedes old."""
        if old_id == new_id:
            raise ValueError(translate("DecisionService", "A decision cannot supersede itself."))
        with self._db.write() as session:
            old = get_live(session, Decision, old_id)
            new = get_live(session, Decision, new_id)
            if old.pairing_id != new.pairing_id:
                raise ValueError(
                    translate("DecisionService", "Both decisions must belong to the same pairing.")
                )
            if old.status is DecisionStatus.SUPERSEDED:
                raise ValueError(translate("DecisionService", "That decision is already superseded."))
            if new.status in (DecisionStatus.SUPERSEDED, DecisionStatus.REJECTED):
                raise ValueError(
                    translate("DecisionService", "A {status} decision cannot replace another one.").format(
                        status=labels.word(new.status)
                    )
                )
            if self._chain_reaches(session, old, new.id):
                raise ValueError(
                    translate("DecisionService", "That would make the two decisions supersede each other.")
                )
            new.supersedes_id = old.id
            old.status = DecisionStatus.SUPERSEDED

    @staticmethod
    def _chain_reaches(session: Session, start: Decision, target_id: str) -> bool:
        seen: set[str] = set()
        current: Decision | None = start
        while current is not None and current.supersedes_id and current.id not in seen:
            seen.add(current.id)
            if current.supersedes_id == target_id:
                return True
            current = session.get(Decision, current.supersedes_id)
        return False

    def amend(self, amending_id: str, amended_id: str | None) -> None:
        """Record that one decision amends (adds to, without replacing) another; None removes the link."""
        with self._db.write() as session:
            record = get_live(session, Decision, amending_id)
            if amended_id is not None:
                target = get_live(session, Decision, amended_id)
                if target.id == record.id or target.pairing_id != record.pairing_id:
                    raise ValueError(
                        translate(
                            "DecisionService", "A decision amends another decision of the same pairing."
                        )
                    )
            record.amends_id = amended_id

    def delete(self, decision_id: str) -> None:
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            if record.status in LOCKED_STATUSES:
                raise LockedError(
                    translate(
                        "DecisionService", "A {status} decision stays in the log; deprecate it instead."
                    ).format(status=labels.word(record.status))
                )
            record.deleted = True

    def restore(self, decision_id: str) -> None:
        """Undo `delete`: the decision comes back with its review thread, addenda and links, which a
        delete leaves in place behind it."""
        with self._db.write() as session:
            record = session.get(Decision, decision_id)
            if record is None:
                raise LookupError(translate("DecisionService", "That decision no longer exists."))
            record.deleted = False

    def add_addendum(self, decision_id: str, body: str, author_role: Role, today: dt.date) -> str:
        if not body.strip():
            raise ValueError(translate("DecisionService", "The addendum is empty."))
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            addendum = DecisionAddendum(
                pairing_id=record.pairing_id,
                decision_id=record.id,
                written_on=today,
                author_role=author_role,
                body=body.strip(),
                visibility=record.visibility,
            )
            session.add(addendum)
            session.flush()
            return addendum.id

    def record_outcome(self, decision_id: str, outcome: Outcome, note: str, today: dt.date) -> None:
        """Close the revisit loop: how the decision actually turned out, and why we think so."""
        if not note.strip():
            raise ValueError(translate("DecisionService", "Say in a sentence how it turned out."))
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            if record.status not in LOCKED_STATUSES:
                raise ValueError(
                    translate(
                        "DecisionService", "Only accepted decisions are revisited; this one is {status}."
                    ).format(status=labels.word(record.status))
                )
            record.actual_outcome = outcome
            record.actual_outcome_note = note.strip()
            record.revisited_on = today

    def add_decision(
        self,
        pairing_id: str,
        title: str,
        decided_on: dt.date,
        *,
        number: int | None = None,
        status: DecisionStatus = DecisionStatus.PROPOSED,
        review_state: ReviewState = ReviewState.DRAFT,
        author_role: Role = Role.MENTEE,
        visibility: Visibility = Visibility.SHARED,
        options: Sequence[ConsideredOption] = (),
        tags: Sequence[str] = (),
        supersedes_id: str | None = None,
        confidence: int | None = None,
        revisit_on: dt.date | None = None,
        actual_outcome: Outcome | None = None,
        **sections: str,
    ) -> str:
        """Record a decision as it stands (demo data, imports); `sections` are the MADR text fields."""
        unknown = set(sections) - set(TEXT_SECTIONS) - {"actual_outcome_note"}
        if unknown:
            raise ValueError(
                translate("DecisionService", "Unknown decision sections: {names}").format(
                    names=", ".join(sorted(unknown))
                )
            )
        note = sections.pop("actual_outcome_note", "")
        draft = validated(
            DecisionDraft(
                title=title,
                decided_on=decided_on,
                options=tuple(options),
                confidence=confidence,
                revisit_on=revisit_on,
                tags=tuple(tags),
                visibility=visibility,
                **sections,
            )
        )
        with self._db.write() as session:
            record = Decision(
                pairing_id=pairing_id,
                number=next_number(session, pairing_id) if number is None else number,
                title=draft.title,
                decided_on=decided_on,
                status=status,
                review_state=review_state,
                author_role=author_role,
                supersedes_id=supersedes_id,
                actual_outcome=actual_outcome,
                actual_outcome_note=note,
            )
            session.add(record)
            session.flush()
            apply_draft(session, record, draft)
            if supersedes_id is not None:
                get_live(session, Decision, supersedes_id).status = DecisionStatus.SUPERSEDED
            return record.id
