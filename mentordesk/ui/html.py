"""Small HTML building blocks for detail panes. All user text goes through escape() or the renderer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from mentordesk.domain import Visibility
from mentordesk.render import escape as escape
from mentordesk.render import markdown_to_html as markdown_to_html
from mentordesk.ui import dates
from mentordesk.ui.i18n import translate


def heading(text: str, level: int = 2) -> str:
    return f"<h{level}>{escape(text)}</h{level}>"


def faint(text: str) -> str:
    """A paragraph in the faint colour: what a pane says while it has nothing to show."""
    return f"<p style='color:#6b7280'>{escape(text)}</p>"


def meta(*parts: str) -> str:
    shown = " · ".join(escape(p) for p in parts if p)
    return f"<p style='color:#4b5563'>{shown}</p>"


def section(title: str, markdown_text: str) -> str:
    if not markdown_text.strip():
        return ""
    return f"<h3>{escape(title)}</h3>{markdown_to_html(markdown_text)}"


def check_item(done: bool, text: str) -> str:
    """A ticked or open box before already-safe HTML `text`."""
    return ("&#9745; " if done else "&#9744; ") + text


def bullet_list(items: Iterable[str]) -> str:
    """`items` are already-safe HTML fragments."""
    inner = "".join(f"<li>{item}</li>" for item in items)
    return f"<ul>{inner}</ul>" if inner else ""


def visibility_note(visibility: Visibility) -> str:
    if visibility is Visibility.CONFIDENTIAL:
        note = translate("html", "<b>Confidential</b>: shared with your partner, hidden in Review mode.")
        return f"<p style='color:#b45309'>{note}</p>"
    if visibility is Visibility.PRIVATE:
        return "<p style='color:#7c3aed'>{}</p>".format(
            translate("html", "<b>Private</b>: stays on this computer.")
        )
    return ""


def day(value: dt.date | None) -> str:
    return "" if value is None else dates.long(value)


def link(url: str, text: str) -> str:
    return f"<a href='{escape(url)}'>{escape(text)}</a>"
