"""Read-only HTML for a decision record, its review thread and the diff between two revisions.

Every piece of user text goes through the app's escaping or its single sanitising Markdown renderer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from mentordesk import labels
from mentordesk.domain import (
    CommentInfo,
    DecisionDetail,
    DecisionDraft,
    LinkInfo,
    RecordKind,
    ReviewState,
    SectionDiff,
    adr_number,
)
from mentordesk.ui import dates, html
from mentordesk.ui.i18n import translate
from mentordesk.ui.widgets import record_url

REPLY_SCHEME = "mentordesk-reply"
QUOTE = "<blockquote style='color:#4b5563;margin-left:12px;font-style:italic'>"


def _decision_link(prefix: str, decision_id: str | None, numbers: dict[str, int]) -> str:
    if decision_id is None or decision_id not in numbers:
        return ""
    target = html.link(record_url(RecordKind.DECISION, decision_id), adr_number(numbers[decision_id]))
    return f"<p>{html.escape(prefix)} {target}</p>"


def _more_link(kind: str, target: str | None, text: str, numbers: dict[str, int]) -> str:
    """A link an ADR file brought: to a decision of the log, or (not in the log) as the file wrote it."""
    if target is not None and target in numbers:
        return _decision_link(kind, target, numbers)
    shown = adr_number(int(text)) if text.isdigit() else text
    text = translate("view", "{kind} {record} (not in this log)").format(kind=kind, record=shown)
    return f"<p>{html.escape(text)}</p>"


def record_html(draft: DecisionDraft) -> str:
    """The record's sections as a reader sees them."""
    parts = []
    for key, title in labels.sections().items():
        if key == "options":
            if draft.options:
                parts.append(f"<h3>{html.escape(title)}</h3>")
                for option in draft.options:
                    chosen = translate("view", " (chosen)") if option.title == draft.chosen_option else ""
                    parts.append(f"<p><b>{html.escape(option.title)}</b>{chosen}</p>")
                    if option.description:
                        parts.append(html.markdown_to_html(option.description))
                    parts.append(
                        html.bullet_list(
                            [
                                translate("view", "Good: {argument}").format(argument=html.escape(x))
                                for x in option.good
                            ]
                            + [
                                translate("view", "Neutral: {argument}").format(argument=html.escape(x))
                                for x in option.neutral
                            ]
                            + [
                                translate("view", "Bad: {argument}").format(argument=html.escape(x))
                                for x in option.bad
                            ]
                        )
                    )
            continue
        parts.append(html.section(title, getattr(draft, key)))
    return "".join(parts)


def links_html(links: Sequence[LinkInfo]) -> str:
    """The cards, sessions and events a decision is linked to, each a link that opens it."""
    if not links:
        return ""
    items = [
        html.escape(labels.label(info.kind))
        + ": "
        + html.link(record_url(info.kind, info.record_id), info.title)
        for info in links
    ]
    return html.heading(translate("view", "Linked records"), 3) + html.bullet_list(items)


def decision_html(
    detail: DecisionDetail, numbers: dict[str, int], today: dt.date, links: Sequence[LinkInfo] = ()
) -> str:
    d = detail.decision
    parts = [
        html.heading(f"{adr_number(d.number)} {d.title}"),
        html.meta(
            dates.short(d.decided_on),
            labels.label(d.status),
            labels.label(d.review_state),
            ""
            if d.review_state is ReviewState.IMPORTED
            else translate("view", "by the {role}").format(role=labels.word(d.author_role)),
            translate("view", "confidence {confidence}/5").format(confidence=d.confidence)
            if d.confidence
            else "",
        ),
        html.visibility_note(d.visibility),
        _decision_link(translate("view", "Supersedes"), detail.supersedes, numbers),
        *(
            _decision_link(translate("view", "Superseded by"), later, numbers)
            for later in detail.superseded_by
        ),
        _decision_link(translate("view", "Amends"), detail.amends, numbers),
        *(_decision_link(translate("view", "Amended by"), later, numbers) for later in detail.amended_by),
        *(_more_link(kind, target, text, numbers) for kind, target, text in detail.more_links),
    ]
    if detail.source:
        parts.insert(2, html.meta(detail.source))
    if d.revisit_on:
        due = translate("view", " (revisit due)") if d.revisit_due(today) else ""
        parts.append(
            html.meta(translate("view", "Revisit on {day}{due}").format(day=html.day(d.revisit_on), due=due))
        )
    parts.append(record_html(detail.draft))
    if detail.actual_outcome is not None:
        when = f" ({html.day(detail.revisited_on)})" if detail.revisited_on else ""
        parts.append(
            html.section(
                translate("view", "Actual outcome: {label}{when}").format(
                    label=labels.label(detail.actual_outcome), when=when
                ),
                detail.actual_outcome_note or "-",
            )
        )
    for addendum in detail.addenda:
        author = labels.word(addendum.author_role)
        parts.append(
            html.section(
                translate("view", "Addendum, {day} by the {author}").format(
                    day=html.day(addendum.written_on), author=author
                ),
                addendum.body,
            )
        )
    parts.append(links_html(links))
    return "".join(parts)


def thread_html(comments: Sequence[CommentInfo]) -> str:
    """The review thread: top-level comments in time order, each followed by its replies, indented."""
    if not comments:
        return html.faint(translate("view", "No review comments yet."))
    replies: dict[str | None, list[CommentInfo]] = {}
    for comment in comments:
        replies.setdefault(comment.parent_id, []).append(comment)
    by_id = {c.id: c for c in comments}
    roots = [c for c in comments if c.parent_id is None or c.parent_id not in by_id]
    parts: list[str] = []

    def add(comment: CommentInfo, depth: int) -> None:
        anchor = labels.section(comment.section) if comment.section else ""
        where = (
            translate("view", " on <i>{section}</i>").format(section=html.escape(anchor)) if anchor else ""
        )
        verdict = f" &#8212; <b>{html.escape(labels.label(comment.verdict))}</b>" if comment.verdict else ""
        principle = translate("view", " &#9670; <b>principle</b>") if comment.is_principle else ""
        when = dates.moment_short(comment.created_at)
        author = labels.label(comment.author_role)
        reply = html.link(f"{REPLY_SCHEME}:{comment.id}", translate("view", "Reply"))
        body = html.markdown_to_html(comment.body) if comment.body else ""
        body = body.replace("<blockquote>", QUOTE)  # the lines of the record a comment quotes
        if depth:
            parent = by_id[comment.parent_id or ""].author_role.value
            head = (
                translate("view", "&#8627; <b>{author}</b> replied to the {parent}, {when}").format(
                    author=author, parent=parent, when=when
                )
                + f"{verdict}{principle} · {reply}"
            )
            shade = "background-color:#f3f4f6;"
        else:
            head = f"<b>{author}</b>{where}, {when}{verdict}{principle} · {reply}"
            shade = ""
        parts.append(
            f"<div style='margin-left:{depth * 28}px;{shade}'>"
            f"<p style='color:#4b5563;margin-top:10px'>{head}</p>{body}</div>"
        )
        for child in replies.get(comment.id, []):
            add(child, min(depth + 1, 4))

    for root in roots:
        add(root, 0)
    return "".join(parts)


def diff_html(diffs: Sequence[SectionDiff]) -> str:
    """Changed sections with removed lines struck through in red and added lines in green."""
    if not diffs:
        return html.faint(translate("view", "No differences."))
    styles = {
        "-": "background:#fde8e8;color:#9b1c1c;text-decoration:line-through",
        "+": "background:#def7ec;color:#03543f",
        " ": "color:#4b5563",
    }
    marks = {"-": "&#8722; ", "+": "+ ", " ": "&#160;&#160;"}
    parts = []
    for diff in diffs:
        parts.append(html.heading(labels.section(diff.section), 3))
        for op, line in diff.lines:
            text = html.escape(line) or "&#160;"
            parts.append(f"<div style='{styles[op]};font-family:monospace'>{marks[op]}{text}</div>")
    return "".join(parts)
