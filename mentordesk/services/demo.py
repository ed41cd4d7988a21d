"""The demo pairings shipped in resources/demo/, loaded through the same services the UI uses."""

from __future__ import annotations

import dataclasses
import datetime as dt
import tomllib
from typing import Any

from mentordesk.assets import asset_names, read_asset
from mentordesk.domain import (
    Cadence,
    CardKind,
    ConsideredOption,
    DatePrecision,
    DecisionStatus,
    EventKind,
    NewPairing,
    RecordKind,
    ReviewState,
    Role,
    SessionKind,
    Verdict,
    Visibility,
)
from mentordesk.services import Services
from mentordesk.storage.models import Card

_COLUMN_KEYS = ("backlog", "p1", "p2", "p3", "done")


def load_demo(services: Services, now: dt.datetime | None = None) -> list[str]:
    """Write every demo pairing into the database, its dates counted from `now`'s local day; returns the
    new pairings' ids. Nothing is stamped as written after `now`."""
    now = now or dt.datetime.now(dt.UTC)
    return [
        _load_pairing(services, tomllib.loads(read_asset("demo", name)), now)
        for name in asset_names("demo", ".toml")
    ]


def _day(today: dt.date, offset: int | None) -> dt.date | None:
    return None if offset is None else today + dt.timedelta(days=offset)


def _local_time(day: dt.date, hhmm: str) -> dt.datetime:
    hours, minutes = (int(part) for part in hhmm.split(":"))
    return dt.datetime.combine(day, dt.time(hours, minutes)).astimezone().astimezone(dt.UTC)


def _written(day: dt.date, hhmm: str, now: dt.datetime) -> dt.datetime:
    """When a record was written: at `hhmm` local time on `day`, but never later than `now`."""
    return min(_local_time(day, hhmm), now)


def _load_pairing(services: Services, data: dict[str, Any], now: dt.datetime) -> str:
    today = now.astimezone().date()
    head = data["pairing"]
    my_role = Role(head["me"])
    mine, theirs = (
        (head["mentor"], head["mentee"]) if my_role is Role.MENTOR else (head["mentee"], head["mentor"])
    )
    pairing = services.pairings.create(
        NewPairing(
            my_name=mine,
            my_role=my_role,
            partner_name=theirs,
            start_date=today + dt.timedelta(days=head["start"]),
            cadence=Cadence(head["cadence"]),
            goals=head.get("goals", "").strip(),
        )
    )
    for competency in head.get("competencies", []):
        services.pairings.add_competency(pairing.id, **competency)
    cards = _load_cards(services, pairing.id, data.get("cards", []), today)
    _load_sessions(services, pairing.id, data.get("sessions", []), today)
    _load_decisions(services, pairing.id, data.get("decisions", []), now)
    _load_archeology(services, pairing.id, data, today)
    _link_cards(services, pairing.id, cards)
    _date_cards(services, cards, pairing.start_date, now)
    return pairing.id


def _date_cards(
    services: Services, cards: list[tuple[str, dict[str, Any]]], start: dt.date, now: dt.datetime
) -> None:
    """The plan was written at the start; cards with `touched` were last changed that many days from today."""
    today = now.astimezone().date()
    written = min(dt.datetime.combine(start, dt.time(9)).astimezone(dt.UTC), now)
    with services.db.write() as session:
        for card_id, card in cards:
            record = session.get(Card, card_id)
            if record is not None:
                touched = card.get("touched")
                record.created_at = written
                record.updated_at = (
                    written if touched is None else _written(today + dt.timedelta(days=touched), "18:00", now)
                )


def _link_cards(services: Services, pairing_id: str, cards: list[tuple[str, dict[str, Any]]]) -> None:
    sessions = {s.title: s.id for s in services.sessions.list_sessions(pairing_id)}
    decisions = {d.number: d.id for d in services.decisions.list_decisions(pairing_id)}
    for card_id, card in cards:
        for title in card.get("sessions", []):
            services.links.add_link(RecordKind.CARD, card_id, RecordKind.SESSION, sessions[title])
        for number in card.get("decisions", []):
            services.links.add_link(RecordKind.CARD, card_id, RecordKind.DECISION, decisions[number])


def _load_cards(
    services: Services, pairing_id: str, cards: list[dict[str, Any]], today: dt.date
) -> list[tuple[str, dict[str, Any]]]:
    columns = services.plans.columns(pairing_id)
    by_key = dict(zip(_COLUMN_KEYS, columns, strict=True))
    made = []
    for card in cards:
        card_id = services.plans.add_card(
            by_key[card["column"]].id,
            card["title"],
            kind=CardKind(card.get("kind", "task")),
            owner=Role(card.get("owner", "mentee")),
            due_date=_day(today, card.get("due")),
            description=card.get("description", "").strip(),
            visibility=Visibility(card.get("visibility", "shared")),
            competencies=card.get("competencies", []),
            checklist=[(text, done) for text, done in card.get("checklist", [])],
            reached_on=_day(today, card.get("reached")),
        )
        made.append((card_id, card))
    return made


def _load_sessions(
    services: Services, pairing_id: str, sessions: list[dict[str, Any]], today: dt.date
) -> None:
    for item in sessions:
        day = today + dt.timedelta(days=item["at"])
        session_id = services.sessions.add_session(
            pairing_id,
            _local_time(day, item.get("time", "10:00")),
            kind=SessionKind(item.get("kind", "one_on_one")),
            title=item.get("title", ""),
            duration_minutes=item.get("duration", 60),
            notes=item.get("notes", "").strip(),
            visibility=Visibility(item.get("visibility", "shared")),
            template=item.get("template"),
            feedback_rating=item.get("feedback"),
            feedback_comment=item.get("feedback_comment", ""),
        )
        for agenda in item.get("agenda", []):
            services.sessions.add_agenda_item(
                session_id,
                agenda["text"],
                added_by=Role(agenda["by"]),
                discussed=agenda.get("discussed", False),
            )
        for action in item.get("actions", []):
            services.sessions.add_action(
                session_id,
                action["text"],
                owner=Role(action["owner"]),
                due_date=_day(today, action.get("due")),
                done=action.get("done", False),
            )
        for note in item.get("private_notes", []):
            services.sessions.add_private_note(session_id, note)


def _load_decisions(
    services: Services, pairing_id: str, decisions: list[dict[str, Any]], now: dt.datetime
) -> None:
    today = now.astimezone().date()
    ids: dict[int, str] = {}
    for item in decisions:
        sections = {
            key: item[source].strip()
            for key, source in (
                ("context", "context"),
                ("drivers", "drivers"),
                ("chosen_option", "chosen"),
                ("rationale", "rationale"),
                ("consequences_good", "consequences_good"),
                ("consequences_bad", "consequences_bad"),
                ("confirmation", "confirmation"),
                ("expected_outcome", "expected"),
            )
            if source in item
        }
        decision_id = services.decisions.add_decision(
            pairing_id,
            item["title"],
            today + dt.timedelta(days=item["at"]),
            number=item["number"],
            status=DecisionStatus(item.get("status", "proposed")),
            review_state=ReviewState(item.get("review", "draft")),
            author_role=Role(item.get("author", "mentee")),
            visibility=Visibility(item.get("visibility", "shared")),
            options=[
                ConsideredOption(
                    title=o["title"],
                    good=tuple(o.get("good", ())),
                    neutral=tuple(o.get("neutral", ())),
                    bad=tuple(o.get("bad", ())),
                )
                for o in item.get("options", [])
            ],
            tags=item.get("tags", []),
            supersedes_id=ids.get(item["supersedes"]) if "supersedes" in item else None,
            confidence=item.get("confidence"),
            revisit_on=_day(today, item.get("revisit")),
            **sections,
        )
        ids[item["number"]] = decision_id
        if item.get("review", "draft") != "draft":  # submitted once, with the text it had then
            now_text = services.decisions.detail(decision_id).draft
            services.reviews.add_revision(
                decision_id,
                dataclasses.replace(now_text, **item.get("submitted_text", {})),
                _written(today + dt.timedelta(days=item["at"]), "10:00", now),
            )
        written: list[str] = []  # a comment's `reply_to` is the number of the one it answers, from 1
        for comment in item.get("comments", []):
            answers = comment.get("reply_to")
            written.append(
                services.reviews.add_comment(
                    decision_id,
                    comment["body"],
                    author_role=Role(comment["by"]),
                    section=comment.get("section"),
                    parent_id=written[answers - 1] if answers else None,
                    is_principle=comment.get("principle", False),
                    created_at=_written(
                        today + dt.timedelta(days=comment.get("day", item["at"])), "16:00", now
                    ),
                    verdict=Verdict(comment["verdict"]) if "verdict" in comment else None,
                )
            )


def _load_archeology(services: Services, pairing_id: str, data: dict[str, Any], today: dt.date) -> None:
    archeology = services.archeology
    lanes = data.get("archeology", {})
    for component in lanes.get("components", []):
        archeology.add_component(pairing_id, component["name"], component.get("colour", "#4f46e5"))
    for era in lanes.get("eras", []):
        archeology.add_era(
            pairing_id,
            era["name"],
            dt.date.fromisoformat(era["start"]),
            dt.date.fromisoformat(era["end"]) if "end" in era else None,
            colour=era.get("colour", "#e0e7ff"),
            description=era.get("description", ""),
        )
    keys: dict[str, str] = {}
    decisions = {d.number: d.id for d in services.decisions.list_decisions(pairing_id)}
    for event in data.get("events", []):
        event_id = archeology.add_event(
            pairing_id,
            event["title"],
            dt.date.fromisoformat(event["date"]),
            kind=EventKind(event["kind"]),
            precision=DatePrecision(event.get("precision", "day")),
            components=event.get("components", []),
            why=event.get("why", ""),
            lessons=event.get("lessons", ""),
            sources=event.get("sources", []),
            people=event.get("people", ""),
            visibility=Visibility(event.get("visibility", "shared")),
        )
        if "key" in event:
            keys[event["key"]] = event_id
        for cause in event.get("causes", []):
            archeology.link_events(keys[cause], event_id)
        for number in event.get("decisions", []):
            services.links.add_link(RecordKind.EVENT, event_id, RecordKind.DECISION, decisions[number])
