"""A session as a printable HTML document: shared content by default, confidential parts on request,
private notes never."""

from __future__ import annotations

from html import escape

from mentordesk import labels, wording
from mentordesk.domain import ActionItemInfo, PairingInfo, SessionDetail, Visibility
from mentordesk.render import markdown_to_html
from mentordesk.wording import translate


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
        "<p>{}</p>".format(
            translate(
                "SessionReport",
                "{mentor} (mentor) and {mentee} (mentee) · {when}, {time} · {minutes} min · {kind}",
            ).format(
                mentor=escape(pairing.mentor.name),
                mentee=escape(pairing.mentee.name),
                when=wording.day(when.date()),
                time=f"{when:%H:%M}",
                minutes=session.duration_minutes,
                kind=escape(labels.label(session.kind)),
            )
        ),
    ]
    if session.visibility not in allowed:
        parts.append(
            "<p><i>{}</i></p>".format(
                translate("SessionReport", "The content of this session is confidential and was left out.")
            )
        )
        return "".join(parts)
    if detail.agenda:
        items = "".join(f"<li>{'☑' if a.discussed else '☐'} {escape(a.text)}</li>" for a in detail.agenda)
        parts.append(f"<h2>{translate('SessionReport', 'Agenda')}</h2><ul>{items}</ul>")
    if session.notes.strip():
        parts.append(f"<h2>{translate('SessionReport', 'Notes')}</h2>" + markdown_to_html(session.notes))
    actions = [a for a in detail.actions if a.visibility in allowed]
    if actions:
        rows = "".join(
            f"<li>{'☑' if a.done else '☐'} {escape(a.text)} ({_owner_and_due(a)})</li>" for a in actions
        )
        parts.append(f"<h2>{translate('SessionReport', 'Action items')}</h2><ul>{rows}</ul>")
    left_out = len(detail.actions) - len(actions)
    if left_out:
        parts.append(
            "<p><i>{}</i></p>".format(
                translate("SessionReport", "Confidential action items left out: {count}.").format(
                    count=left_out
                )
            )
        )
    if session.feedback_rating is not None:
        parts.append(
            f"<h2>{translate('SessionReport', 'Mentee feedback')}</h2>"
            f"<p>{session.feedback_rating} / 5 {escape(detail.feedback_comment)}</p>"
        )
    return "".join(parts)


def _owner_and_due(action: ActionItemInfo) -> str:
    owner = labels.word(action.owner)
    if action.due_date is None:
        return owner
    return translate("SessionReport", "{owner}, due {day}").format(
        owner=owner, day=wording.day(action.due_date)
    )
