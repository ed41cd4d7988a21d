"""A session as a printable HTML document: shared content by default, confidential parts on request,
private notes never."""

from __future__ import annotations

from html import escape

from mentordesk.domain import PairingInfo, SessionDetail, Visibility
from mentordesk.render import markdown_to_html


def has_confidential(detail: SessionDetail) -> bool:
    return detail.session.visibility is Visibility.CONFIDENTIAL or any(
        a.visibility is Visibility.CONFIDENTIAL for a in detail.actions
    )


def session_report_html(detail: SessionDetail, pairing: PairingInfo, *, include_confidential: bool) -> str:
    allowed = {Visibility.SHARED, Visibility.CONFIDENTIAL} if include_confidential else {Visibility.SHARED}
    session = detail.session
    when = session.starts_at.astimezone()
    parts = [
        f"<h1>{escape(session.title)}</h1>",
        f"<p>{escape(pairing.mentor.name)} (mentor) and {escape(pairing.mentee.name)} (mentee) · "
        f"{when:%A %-d %B %Y, %H:%M} · {session.duration_minutes} min · {escape(session.kind.label)}</p>",
    ]
    if session.visibility not in allowed:
        parts.append("<p><i>The content of this session is confidential and was left out.</i></p>")
        return "".join(parts)
    if detail.agenda:
        items = "".join(f"<li>{'☑' if a.discussed else '☐'} {escape(a.text)}</li>" for a in detail.agenda)
        parts.append(f"<h2>Agenda</h2><ul>{items}</ul>")
    if session.notes.strip():
        parts.append("<h2>Notes</h2>" + markdown_to_html(session.notes))
    actions = [a for a in detail.actions if a.visibility in allowed]
    if actions:
        rows = "".join(
            f"<li>{'☑' if a.done else '☐'} {escape(a.text)} ({a.owner.value}"
            f"{f', due {a.due_date:%-d %b %Y}' if a.due_date else ''})</li>"
            for a in actions
        )
        parts.append(f"<h2>Action items</h2><ul>{rows}</ul>")
    left_out = len(detail.actions) - len(actions)
    if left_out:
        parts.append(f"<p><i>{left_out} confidential action item(s) left out.</i></p>")
    if session.feedback_rating is not None:
        parts.append(
            f"<h2>Mentee feedback</h2><p>{session.feedback_rating} / 5 {escape(detail.feedback_comment)}</p>"
        )
    return "".join(parts)
