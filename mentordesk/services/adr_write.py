"""Writing a decision as an ADR Markdown file, MADR style (front matter) or Nygard style (adr-tools).

Both carry every field of the record, so reading the file back (adr_format.parse_adr) loses nothing."""

from __future__ import annotations

import datetime as dt
from typing import Any

import yaml

from mentordesk.domain import ConsideredOption, DecisionDraft
from mentordesk.services.adr_format import AdrRecord
from mentordesk.services.adr_reader import Reader
from mentordesk.services.adr_sections import escape_body, escape_name, split_sections
from mentordesk.wording import translate

FORMATS = ("madr", "nygard")
OPTIONS, PROS_AND_CONS = "Considered Options", "Pros and Cons of the Options"


def _block(heading: str, text: str, level: int = 2) -> list[str]:
    text = text.strip()
    return [f"{'#' * level} {heading}", "", escape_body(text), ""] if text else []


def link_to(number: int, names: dict[int, str], titles: dict[int, str]) -> str:
    name = names.get(number)
    label = f"{number}. {titles.get(number, '')}".strip()
    return f"[{label}]({name})" if name else f"ADR-{number:04d}"


def _option_name(option: ConsideredOption) -> str:
    name = escape_name(option.title)  # brackets in a name are not read back as a link
    return f"[{name}]({option.link})" if option.link else name


def option_blocks(draft: DecisionDraft) -> tuple[list[str], list[str]]:
    """What goes under "Considered Options" (the list) and under "Pros and Cons of the Options" (each
    option's description and arguments), without those headings."""
    listed = [f"* {_option_name(o)}" for o in draft.options]
    described: list[str] = []
    for option in draft.options:
        if not (option.description or option.good or option.neutral or option.bad):
            continue
        described += [f"### {escape_name(option.title)}", ""]
        if option.description:
            described += [escape_body(option.description), ""]
        arguments = [f"* Good, because {x}" for x in option.good]
        arguments += [f"* Neutral, because {x}" for x in option.neutral]
        arguments += [f"* Bad, because {x}" for x in option.bad]
        described += [*arguments, ""] if arguments else []
    return ([*listed, ""] if listed else []), described


def _headed(heading: str, lines: list[str]) -> list[str]:
    return [f"## {heading}", "", *lines] if lines else []


def outcome_lines(draft: DecisionDraft) -> list[str]:
    """The chosen option and why."""
    lines = [f'Chosen option: "{draft.chosen_option}", because'] if draft.chosen_option else []
    return lines + ([escape_body(draft.rationale.strip())] if draft.rationale.strip() else [])


def consequence_blocks(draft: DecisionDraft, level: int) -> list[str]:
    """Good, bad and other consequences, as subsections (level 3), or under a Consequences section."""
    consequences = [
        ("Good consequences", draft.consequences_good),
        ("Bad consequences", draft.consequences_bad),
        ("Other consequences", draft.consequences_other),
    ]
    subs = [line for title, text in consequences for line in _block(title, text, 3)]
    return ["## Consequences", "", *subs] if subs and level == 2 else subs


def _outcome(heading: str, draft: DecisionDraft, level_two: bool) -> list[str]:
    """The chosen option and why; then the consequences and confirmation, as subsections of the outcome
    (MADR) or as sections of their own (Nygard)."""
    lines = outcome_lines(draft)
    if level_two:
        subs = consequence_blocks(draft, 2) + _block("Confirmation", draft.confirmation)
        return ([f"## {heading}", "", *lines, ""] if lines else []) + subs
    subs = consequence_blocks(draft, 3) + _block("Confirmation", draft.confirmation, 3)
    return [f"## {heading}", "", *lines, "", *subs] if lines or subs else []


def _details(record: AdrRecord) -> dict[str, Any]:
    draft = record.draft
    details: dict[str, Any] = {}
    if draft.confidence is not None:
        details["confidence"] = draft.confidence
    if draft.revisit_on is not None:
        details["revisit-on"] = draft.revisit_on
    if draft.tags:
        details["tags"] = list(draft.tags)
    if record.review_state is not None:
        details["review"] = record.review_state.value
    if record.author is not None:
        details["author"] = record.author.value
    details["visibility"] = draft.visibility.value
    return details


def _tail(record: AdrRecord) -> list[str]:
    draft = record.draft
    lines = _block("Expected Outcome", draft.expected_outcome)
    if record.outcome is not None:
        when = f" ({record.revisited_on.isoformat()})" if record.revisited_on else ""
        lines += [
            f"## Actual outcome: {record.outcome.value}{when}",
            "",
            escape_body(record.outcome_note),
            "",
        ]
    for day, role, body in record.addenda:
        lines += [f"## Addendum, {day.isoformat()} by the {role.value}", "", escape_body(body), ""]
    return lines + notes_lines(draft.notes)


def notes_lines(notes: str) -> list[str]:
    """The notes, written last. Headings in them (sections a file had that no field holds, kept in the
    notes on import) are written as headings when the file reads back to the same notes; escaped when
    not. Notes that start with a section of their own need no "Notes" heading above it."""
    text = notes.strip()
    if not text:
        return []
    if _notes_read_back(text) != text:
        return ["## Notes", "", escape_body(text), ""]
    return [text, ""] if text.startswith("## ") else ["## Notes", "", text, ""]


def _notes_read_back(text: str) -> str:
    reader = Reader()
    for heading, body, subsections in split_sections(f"## Notes\n\n{text}")[1]:
        reader.section(heading, body, subsections)
    own = reader.fields.get("notes")
    return "\n\n".join([*([own] if own else []), *reader.notes])


def _detail(value: object) -> str:
    if isinstance(value, list):
        return ", ".join(value)
    return value.isoformat() if isinstance(value, dt.date) else str(value)


LINK_WORDS = {
    "supersedes": "Supersedes",
    "superseded_by": "Superseded by",
    "amends": "Amends",
    "amended_by": "Amended by",
}


def link_lines(record: AdrRecord, names: dict[int, str], titles: dict[int, str]) -> list[str]:
    """Every link of the record, one line each: several of a kind, both directions, adr-tools' own kinds."""
    lines = [
        f"{word} {link_to(number, names, titles)}"
        for attribute, word in LINK_WORDS.items()
        for number in getattr(record, attribute)
    ]
    return lines + [f"{kind} {target}" for kind, target in record.other_links]


def write_adr(record: AdrRecord, fmt: str, names: dict[int, str], titles: dict[int, str]) -> str:
    """The file's text. `names`/`titles` map decision numbers to file names and titles, for links."""
    if fmt not in FORMATS:
        raise ValueError(
            translate("adr_write", "Unknown format {fmt!r}: use madr or nygard.").format(fmt=fmt)
        )
    draft = record.draft
    links = link_lines(record, names, titles)
    listed, described = option_blocks(draft)
    options, pros_and_cons = _headed(OPTIONS, listed), _headed(PROS_AND_CONS, described)
    if fmt == "madr":
        front: dict[str, Any] = {"status": record.status.value}
        if record.date_known:
            front["date"] = draft.decided_on
        front.update(_details(record))
        head = ["---", yaml.safe_dump(front, sort_keys=False, allow_unicode=True).strip(), "---", ""]
        lines = [*head, f"# {draft.title}", ""]
        if links:
            lines += [*links, ""]
        lines += _block("Context and Problem Statement", draft.context)
        lines += _block("Decision Drivers", draft.drivers)
        lines += options
        lines += _outcome("Decision Outcome", draft, level_two=False)
        lines += pros_and_cons  # after the outcome, as MADR 3 and 4 place it
    else:
        lines = [f"# {record.number}. {draft.title}", ""]
        if record.date_known:
            lines += [f"Date: {draft.decided_on.isoformat()}", ""]
        lines += ["## Status", "", record.status.value.capitalize(), ""]
        if links:
            lines += [*links, ""]
        lines += _block("Context", draft.context)
        lines += _block("Decision Drivers", draft.drivers)
        lines += options
        lines += _outcome("Decision", draft, level_two=True)
        lines += pros_and_cons
        details = _details(record)
        lines += ["## Record details", ""]
        lines += [f"{key}: {_detail(value)}" for key, value in details.items()]
        lines.append("")
    lines += _tail(record)
    return "\n".join(lines).rstrip("\n") + "\n"
