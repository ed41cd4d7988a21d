"""Reviewing decisions: submissions that freeze a revision, threaded comments anchored to sections,
verdicts, readable diffs between revisions, and how the pairing's decisions held up when revisited."""

from __future__ import annotations

import datetime as dt
import difflib
import statistics
from collections import defaultdict

from sqlalchemy import select
from sqlalchemy.orm import Session

from mentordesk import labels
from mentordesk.domain import (
    DECISION_SECTIONS,
    DIFF_SECTIONS,
    LOCKED_STATUSES,
    SUBMITTABLE_STATES,
    AgendaPoint,
    DecisionDraft,
    Outcome,
    PairingInfo,
    ReviewState,
    RevisitSummary,
    Role,
    SectionDiff,
    Verdict,
    Visibility,
    adr_number,
)
from mentordesk.services.base import NotFoundError, Service, get_live
from mentordesk.services.decision_data import draft_of, from_snapshot, snapshot, validated
from mentordesk.services.prepare import PrepareService
from mentordesk.services.tags import tags_of_record
from mentordesk.storage.models import Decision, DecisionRevision, ReviewComment
from mentordesk.wording import translate

_VERDICT_STATE = {
    Verdict.APPROVE: ReviewState.REVIEWED,
    Verdict.REQUEST_CHANGES: ReviewState.CHANGES_REQUESTED,
    Verdict.DISCUSS: ReviewState.AWAITING_REVIEW,
}


def section_diffs(old: DecisionDraft, new: DecisionDraft) -> list[SectionDiff]:
    """The sections that differ between two versions, line by line with a little context."""
    found = []
    for section in DIFF_SECTIONS:
        before, after = old.text_of(section).splitlines(), new.text_of(section).splitlines()
        if before == after:
            continue
        lines: list[tuple[str, str]] = []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag == "equal":
                lines += [(" ", line) for line in before[i1:i2]]
                continue
            lines += [("-", line) for line in before[i1:i2]]
            lines += [("+", line) for line in after[j1:j2]]
        found.append(SectionDiff(section, tuple(lines)))
    return found


def _add_revision(
    session: Session, record: Decision, draft: DecisionDraft, submitted_at: dt.datetime, note: str
) -> int:
    """Keep `draft` as the record's next numbered revision, submitted at `submitted_at`."""
    number = len(record.revisions) + 1
    session.add(
        DecisionRevision(
            pairing_id=record.pairing_id,
            decision_id=record.id,
            number=number,
            snapshot=snapshot(draft),
            submitted_at=submitted_at,
            note=note.strip(),
            visibility=record.visibility,
        )
    )
    return number


def _check_comment(body: str, section: str | None, verdict: Verdict | None) -> None:
    if not body.strip() and verdict is None:
        raise ValueError(translate("decision_review", "The comment is empty."))
    if section is not None and section not in DECISION_SECTIONS:
        raise ValueError(
            translate(
                "decision_review", "There is no section called {section!r} in a decision record."
            ).format(section=section)
        )


def _new_comment(
    session: Session,
    decision: Decision,
    body: str,
    *,
    author_role: Role,
    section: str | None = None,
    parent_id: str | None = None,
    is_principle: bool = False,
    visibility: Visibility | None = None,
    created_at: dt.datetime | None = None,
    verdict: Verdict | None = None,
) -> ReviewComment:
    """Add a comment to the decision's thread inside the caller's transaction."""
    if parent_id is not None:
        parent = get_live(session, ReviewComment, parent_id)
        if parent.decision_id != decision.id:
            raise ValueError(
                translate("decision_review", "A reply belongs to the thread of the same decision.")
            )
        section = section or parent.section
    comment = ReviewComment(
        pairing_id=decision.pairing_id,
        decision_id=decision.id,
        body=body.strip(),
        author_role=author_role,
        section=section,
        parent_id=parent_id,
        is_principle=is_principle,
        visibility=decision.visibility if visibility is None else visibility,
        verdict=verdict,
    )
    if created_at is not None:
        comment.created_at = created_at
    session.add(comment)
    session.flush()
    return comment


def _check_reviewable(record: Decision, by: Role) -> None:
    if record.review_state is not ReviewState.AWAITING_REVIEW:
        raise ValueError(translate("decision_review", "The decision is not waiting for review."))
    if by is record.author_role:
        raise ValueError(translate("decision_review", "The author cannot review their own decision."))


class ReviewService(Service):
    def add_comment(
        self,
        decision_id: str,
        body: str,
        *,
        author_role: Role = Role.MENTOR,
        section: str | None = None,
        parent_id: str | None = None,
        is_principle: bool = False,
        visibility: Visibility | None = None,
        created_at: dt.datetime | None = None,
        verdict: Verdict | None = None,
    ) -> str:
        """A comment in the decision's review thread, optionally on one section or replying to another.
        A `verdict` here is recorded as given (demo data); give_verdict() is how a reviewer gives one."""
        _check_comment(body, section, verdict)
        with self._db.write() as session:
            decision = get_live(session, Decision, decision_id)
            return _new_comment(
                session,
                decision,
                body,
                author_role=author_role,
                section=section,
                parent_id=parent_id,
                is_principle=is_principle,
                visibility=visibility,
                created_at=created_at,
                verdict=verdict,
            ).id

    def submit(self, decision_id: str, by: Role, note: str = "") -> int:
        """The author asks the partner to review; the text as it is now is kept as a numbered revision."""
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            if by is not record.author_role:
                raise ValueError(
                    translate("ReviewService", "Only the author (the {role}) submits this decision.").format(
                        role=labels.word(record.author_role)
                    )
                )
            if record.status in LOCKED_STATUSES:
                raise ValueError(
                    translate(
                        "ReviewService", "The decision is already {status}; there is nothing to review."
                    ).format(status=labels.word(record.status))
                )
            if record.review_state not in SUBMITTABLE_STATES:
                raise ValueError(translate("ReviewService", "The decision is already waiting for review."))
            draft = draft_of(record, tags_of_record(session, "decision", record.id))
            number = _add_revision(session, record, draft, dt.datetime.now(dt.UTC), note)
            record.review_state = ReviewState.AWAITING_REVIEW
            return number

    def add_revision(
        self, decision_id: str, draft: DecisionDraft, submitted_at: dt.datetime, note: str = ""
    ) -> int:
        """A revision as it was submitted at `submitted_at`, with the text it had then (demo data: a
        decision waiting for review, or reviewed, was submitted once). Its review state is left as is."""
        draft = validated(draft)
        with self._db.write() as session:
            record = get_live(session, Decision, decision_id)
            return _add_revision(session, record, draft, submitted_at, note)

    def give_verdict(
        self, pairing: PairingInfo, decision_id: str, verdict: Verdict, by: Role, body: str, now: dt.datetime
    ) -> str:
        """The partner's answer to a submission. "Discuss in session" also puts the decision on the next
        session's agenda (creating that session by the cadence if none is planned)."""
        if verdict is Verdict.REQUEST_CHANGES and not body.strip():
            raise ValueError(translate("ReviewService", "Say what should change when you request changes."))
        with self._db.read() as session:
            record = get_live(session, Decision, decision_id)
            _check_reviewable(record, by)
            point = AgendaPoint(
                translate("ReviewService", "Discuss {adr_number} {title}").format(
                    adr_number=adr_number(record.number), title=record.title
                ),
                record.visibility,
            )
        if verdict is Verdict.DISCUSS:
            PrepareService(self._db).add_to_next_session(pairing, [point], now)
        with self._db.write() as session:  # the verdict and the new review state together
            record = get_live(session, Decision, decision_id)
            _check_reviewable(record, by)
            comment = _new_comment(session, record, body, author_role=by, verdict=verdict, created_at=now)
            record.review_state = _VERDICT_STATE[verdict]
            return comment.id

    def revision(self, decision_id: str, number: int | None) -> DecisionDraft:
        """A submitted revision's text; None for the text as it is now."""
        with self._db.read() as session:
            record = get_live(session, Decision, decision_id)
            if number is None:
                return draft_of(record, tags_of_record(session, "decision", record.id))
            found = session.scalar(
                select(DecisionRevision).where(
                    DecisionRevision.decision_id == decision_id, DecisionRevision.number == number
                )
            )
            if found is None:
                raise NotFoundError(
                    translate("ReviewService", "{adr_number} has no revision {number}").format(
                        adr_number=adr_number(record.number), number=number
                    )
                )
            return from_snapshot(found.snapshot)

    def diff(self, decision_id: str, old: int | None, new: int | None) -> list[SectionDiff]:
        """What changed between two revisions (None: the current text)."""
        return section_diffs(self.revision(decision_id, old), self.revision(decision_id, new))

    def revisit_summary(self, pairing_id: str, today: dt.date) -> RevisitSummary:
        """How many decisions were revisited and how they turned out, and how fast reviews come back.
        Read as a few columns of each decision, verdict and submission: never their text."""
        live_here = (Decision.pairing_id == pairing_id, Decision.deleted.is_(False))
        with self._db.read() as session:
            outcomes = {outcome: 0 for outcome in Outcome}
            due = 0
            for outcome, revisit_on in session.execute(
                select(Decision.actual_outcome, Decision.revisit_on).where(*live_here)
            ):
                if outcome is not None:
                    outcomes[outcome] += 1
                elif revisit_on is not None and revisit_on <= today:
                    due += 1
            verdicts: dict[str, list[dt.datetime]] = defaultdict(list)
            for decision_id, when in session.execute(
                select(ReviewComment.decision_id, ReviewComment.created_at)
                .join(Decision, Decision.id == ReviewComment.decision_id)
                .where(*live_here, ReviewComment.verdict.is_not(None), ReviewComment.deleted.is_(False))
            ):
                verdicts[decision_id].append(when)
            submitted = session.execute(
                select(DecisionRevision.decision_id, DecisionRevision.submitted_at)
                .join(Decision, Decision.id == DecisionRevision.decision_id)
                .where(*live_here)
            ).all()
        for times in verdicts.values():
            times.sort()
        waits = [
            (later[0] - when).total_seconds() / 86400
            for decision_id, when in submitted
            if (later := [verdict for verdict in verdicts.get(decision_id, ()) if verdict >= when])
        ]
        return RevisitSummary(
            due=due,
            revisited=sum(outcomes.values()),
            outcomes=outcomes,
            median_days_to_review=statistics.median(waits) if waits else None,
        )
