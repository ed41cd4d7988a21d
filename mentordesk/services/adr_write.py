"""Writing a decision as an ADR Markdown file, MADR style (front matter) or Nygard style (adr-tools).

Both carry every field of the record, so reading the file back (adr_format.parse_adr) loses nothing."""

from __future__ import annotations

from typing import Any

import yaml

from mentordesk.domain import DecisionDraft
from mentordesk.services.adr_format import AdrRecord
from mentordesk.services.adr_sections import escape_body

FORMATS = ("madr", "nygard")


def _block(heading: str, text: str, level: int = 2) -> list[str]:
    text = text.strip()
    return [f"{'#' * level} {heading}", "", escape_body(text), ""] if text else []


def _link(number: int, names: dict[int, str], titles: dict[int, str]) -> str:
    name = names.get(number)
    label = f"{number}. {titles.get(number, '')}".strip()
    return f"[{label}]({name})" if name else f"ADR-{number:04d}"


def _options(draft: DecisionDraft) -> list[str]:
    if not draft.options:
        return []
    lines = ["## Considered Options", ""]
    lines += [f"* {option.title}" for option in draft.options]
    lines += ["", "## Pros and Cons of the Options", ""]
    for option in draft.options:
        if not (option.good or option.neutral or option.bad):
            continue
        lines += [f"### {option.title}", ""]
        lines += [f"* Good, because {x}" for x in option.good]
        lines += [f"* Neutral, because {x}" for x in option.neutral]
        lines += [f"* Bad, because {x}" for x in option.bad]
        lines.append("")
    return lines


def _outcome(heading: str, draft: DecisionDraft, level_two: bool) -> list[str]:
    """The chosen option and why; then the consequences and confirmation, as subsections of the outcome
    (MADR) or as sections of their own (Nygard)."""
    lines: list[str] = []
    if draft.chosen_option:
        lines.append(f'Chosen option: "{draft.chosen_option}", because')
    if draft.rationale.strip():
        lines.append(escape_body(draft.rationale.strip()))
    level = 3
    consequences = [
        ("Good consequences", draft.consequences_good),
        ("Bad consequences", draft.consequences_bad),
        ("Other consequences", draft.consequences_other),
    ]
    subs = [line for title, text in consequences for line in _block(title, text, level)]
    if level_two:
        subs = (["## Consequences", "", *subs] if subs else []) + _block("Confirmation", draft.confirmation)
        return ([f"## {heading}", "", *lines, ""] if lines else []) + subs
    subs += _block("Confirmation", draft.confirmation, level)
    return [f"## {heading}", "", *lines, "", *subs] if lines or subs else []


def _details(record: AdrRecord) -> dict[str, Any]:
    draft = record.draft
    details: dict[str, Any] = {}
    if draft.confidence is not None:
        details["confidence"] = draft.confidence
    if draft.revisit_on is not None:
        details["revisit-on"] = draft.revisit_on.isoformat()
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
    return lines + _block("Notes", draft.notes)


def write_adr(record: AdrRecord, fmt: str, names: dict[int, str], titles: dict[int, str]) -> str:
    """The file's text. `names`/`titles` map decision numbers to file names and titles, for links."""
    if fmt not in FORMATS:
        raise ValueError(f"Unknown format {fmt!r}: use madr or nygard.")
    draft = record.draft
    links = []
    if record.supersedes is not None:
        links.append(f"Supersedes {_link(record.supersedes, names, titles)}")
    links += [f"Superseded by {_link(n, names, titles)}" for n in record.superseded_by]
    if record.amends is not None:
        links.append(f"Amends {_link(record.amends, names, titles)}")
    if fmt == "madr":
        front: dict[str, Any] = {"status": record.status.value}
        if record.date_known:
            front["date"] = draft.decided_on.isoformat()
        front.update(_details(record))
        head = ["---", yaml.safe_dump(front, sort_keys=False, allow_unicode=True).strip(), "---", ""]
        lines = [*head, f"# {draft.title}", ""]
        if links:
            lines += [*links, ""]
        lines += _block("Context and Problem Statement", draft.context)
        lines += _block("Decision Drivers", draft.drivers)
        lines += _options(draft)
        lines += _outcome("Decision Outcome", draft, level_two=False)
    else:
        lines = [f"# {record.number}. {draft.title}", ""]
        if record.date_known:
            lines += [f"Date: {draft.decided_on.isoformat()}", ""]
        lines += ["## Status", "", record.status.value.capitalize(), ""]
        if links:
            lines += [*links, ""]
        lines += _block("Context", draft.context)
        lines += _block("Decision Drivers", draft.drivers)
        lines += _options(draft)
        lines += _outcome("Decision", draft, level_two=True)
        details = _details(record)
        lines += ["## Record details", ""]
        lines += [f"{key}: {', '.join(v) if isinstance(v, list) else v}" for key, v in details.items()]
        lines.append("")
    lines += _tail(record)
    return "\n".join(lines).rstrip("\n") + "\n"
