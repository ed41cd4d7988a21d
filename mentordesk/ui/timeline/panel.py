"""The side panel's text for a selected event or era: the narrative a pair reads aloud."""

from __future__ import annotations

from collections.abc import Sequence

from mentordesk import labels
from mentordesk.domain import EraInfo, EventInfo, EventMark, LinkInfo, RecordKind
from mentordesk.ui import dates, html
from mentordesk.ui.i18n import QT_TRANSLATE_NOOP, translate
from mentordesk.ui.widgets import record_url


def era_of(event: EventMark, eras: Sequence[EraInfo]) -> EraInfo | None:
    for era in eras:
        if era.starts_on <= event.occurred_on and (era.ends_on is None or event.occurred_on <= era.ends_on):
            return era
    return None


def matching(
    events: Sequence[EventMark],
    eras: Sequence[EraInfo],
    text: str,
    kind: str,
    lane: str,
    era_name: str,
    texts: dict[str, str],
) -> set[str]:
    """Ids of the events that pass every filter set (an empty filter passes all); `text` is case-folded
    and looked for in `texts`, each event's title and story, case-folded."""

    def passes(e: EventMark) -> bool:
        era = era_of(e, eras) if era_name else None
        return (
            (not kind or e.kind == kind)
            and (not lane or lane in e.components)
            and (not era_name or (era is not None and era.name == era_name))
            and (not text or text in texts.get(e.id, e.title.casefold()))
        )

    return {e.id for e in events if passes(e)}


def _event_links(events: Sequence[EventMark]) -> str:
    return html.bullet_list(
        html.link(record_url(RecordKind.EVENT, e.id), f"{e.title} ({e.when})") for e in events
    )


def event_html(
    event: EventInfo,
    eras: Sequence[EraInfo],
    events: dict[str, EventMark],
    links: Sequence[LinkInfo],
) -> str:
    """Why it happened, what not to re-introduce, its causes and effects, sources, decisions and people."""
    era = era_of(event, eras)
    parts = [
        html.heading(event.title),
        html.meta(event.when, labels.label(event.kind), ", ".join(event.components), era.name if era else ""),
        html.visibility_note(event.visibility),
        html.section(translate("panel", "Why (the constraints of the time)"), event.why),
        html.section(translate("panel", "Don't re-introduce"), event.lessons),
    ]
    causes = [events[c] for c in event.causes if c in events]
    if causes:
        parts.append(html.heading(translate("panel", "Caused by"), 3) + _event_links(causes))
    effects = [e for e in events.values() if event.id in e.causes]
    if effects:
        parts.append(html.heading(translate("panel", "Led to"), 3) + _event_links(effects))
    decisions = [link for link in links if link.kind is RecordKind.DECISION]
    if decisions:
        parts.append(
            html.heading(translate("panel", "Decisions"), 3)
            + html.bullet_list(
                html.link(record_url(link.kind, link.record_id), link.title) for link in decisions
            )
        )
    others = [link for link in links if link.kind is not RecordKind.DECISION]
    if others:
        parts.append(
            html.heading(translate("panel", "Also linked"), 3)
            + html.bullet_list(f"{html.escape(labels.label(link.kind))}: {_record(link)}" for link in others)
        )
    if event.sources:
        parts.append(
            html.heading(translate("panel", "Sources"), 3)
            + html.bullet_list(_source(s) for s in event.sources)
        )
    if event.people:
        parts.append(html.section(translate("panel", "People"), event.people))
    return "".join(parts)


def _record(link: LinkInfo) -> str:
    return html.link(record_url(link.kind, link.record_id), link.title)


def _source(text: str) -> str:
    if text.startswith(("https://", "http://")):
        return html.link(text, text)
    return html.escape(text)


def era_html(era: EraInfo) -> str:
    until = dates.short(era.ends_on) if era.ends_on else translate("panel", "today")
    return (
        html.heading(era.name)
        + html.meta(f"{dates.short(era.starts_on)} – {until}")
        + html.section(translate("panel", "About this era"), era.description)
    )


EMPTY_TEXT = QT_TRANSLATE_NOOP(
    "panel",
    "Click an event to read why it happened. Double-click empty space to add an event on that date; "
    "Ctrl+wheel or +/− zooms, dragging pans.",
)


def empty_html() -> str:
    return html.faint(translate("panel", EMPTY_TEXT))
