"""Decision records: their drafts, review comments, addenda, revisions and revisits."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from mentordesk.domain import LOCKED_STATUSES, DecisionStatus, Outcome, ReviewState, Role, Verdict, Visibility


@dataclass(frozen=True)
class ConsideredOption:
    title: str
    good: tuple[str, ...] = ()
    neutral: tuple[str, ...] = ()
    bad: tuple[str, ...] = ()
    description: str = ""  # Markdown under the option that is not a good/neutral/bad argument
    link: str = ""  # where the option's name points, when the file wrote it as a link


@dataclass(frozen=True)
class DecisionInfo:
    id: str
    number: int
    title: str
    decided_on: dt.date
    status: DecisionStatus
    review_state: ReviewState
    author_role: Role
    visibility: Visibility
    confidence: int | None = None
    revisit_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    comment_count: int = 0
    revisited: bool = False

    def revisit_due(self, today: dt.date) -> bool:
        return self.revisit_on is not None and self.revisit_on <= today and not self.revisited

    def awaits_review_by(self, reviewer: Role) -> bool:
        """Submitted for review by the other side of the pairing."""
        return self.review_state is ReviewState.AWAITING_REVIEW and self.author_role is not reviewer


@dataclass(frozen=True)
class CommentInfo:
    id: str
    author_role: Role
    body: str
    section: str | None
    created_at: dt.datetime
    visibility: Visibility
    parent_id: str | None = None
    is_principle: bool = False
    verdict: Verdict | None = None


@dataclass(frozen=True)
class DecisionDraft:
    """Everything the author writes in a decision record, as the editor collects it."""

    title: str
    decided_on: dt.date
    context: str = ""
    drivers: str = ""
    options: tuple[ConsideredOption, ...] = ()
    chosen_option: str = ""
    rationale: str = ""
    consequences_good: str = ""
    consequences_bad: str = ""
    consequences_other: str = ""
    confirmation: str = ""
    expected_outcome: str = ""
    notes: str = ""
    confidence: int | None = None
    revisit_on: dt.date | None = None
    tags: tuple[str, ...] = ()
    visibility: Visibility = Visibility.SHARED

    def text_of(self, section: str) -> str:
        """A section as plain text (options one per paragraph with their arguments), for diffs."""
        if section != "options":
            return str(getattr(self, section))
        blocks = []
        for option in self.options:
            lines = [option.title]
            lines += [f"  {line}" for line in option.description.splitlines()]
            lines += [f"  Good: {x}" for x in option.good]
            lines += [f"  Neutral: {x}" for x in option.neutral]
            lines += [f"  Bad: {x}" for x in option.bad]
            blocks.append("\n".join(lines))
        return "\n".join(blocks)


@dataclass(frozen=True)
class AddendumInfo:
    id: str
    written_on: dt.date
    author_role: Role
    body: str


@dataclass(frozen=True)
class RevisionInfo:
    number: int
    submitted_at: dt.datetime
    note: str = ""


@dataclass(frozen=True)
class DecisionDetail:
    decision: DecisionInfo
    draft: DecisionDraft
    actual_outcome: Outcome | None = None
    actual_outcome_note: str = ""
    revisited_on: dt.date | None = None
    supersedes: str | None = None
    superseded_by: tuple[str, ...] = ()
    amends: str | None = None
    amended_by: tuple[str, ...] = ()
    # links an ADR file brought beyond those: (kind, the decision linked to or None when it is not in the
    # log, the target as the file wrote it)
    more_links: tuple[tuple[str, str | None, str], ...] = ()
    source: str = ""  # where an imported record came from, in words
    comments: tuple[CommentInfo, ...] = ()
    addenda: tuple[AddendumInfo, ...] = ()
    revisions: tuple[RevisionInfo, ...] = ()

    @property
    def locked(self) -> bool:
        """Accepted records (and what became of them) keep their text; only status, outcome and addenda
        change."""
        return self.decision.status in LOCKED_STATUSES


@dataclass(frozen=True)
class SectionDiff:
    """One section's lines between two versions: (" ", kept), ("-", removed), ("+", added)."""

    section: str
    lines: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class RevisitSummary:
    """How a pairing's decisions fared when they were revisited."""

    due: int
    revisited: int
    outcomes: dict[Outcome, int]
    median_days_to_review: float | None


@dataclass(frozen=True)
class DecisionTemplate:
    """A way to start a decision: the sections it shows (field name → prompt), in order."""

    name: str
    prompts: dict[str, str]
