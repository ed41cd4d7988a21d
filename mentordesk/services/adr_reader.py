"""Collecting one ADR file's fields section by section (adr_format.parse_adr drives it).

Reading is forgiving: what has no field of its own (unknown sections and front-matter keys, loose lines,
a metadata table) goes to the record's notes, in file order, never dropped."""

from __future__ import annotations

import re
from typing import Any

from mentordesk.domain import ConsideredOption, DecisionStatus, Outcome, ReviewState, Role, Visibility
from mentordesk.services.adr_meta import linked_numbers, parse_date
from mentordesk.services.adr_sections import (
    LINK_KINDS,
    MD_LINK,
    heading_key,
    is_fence,
    parse_bullets,
    plain_title,
    unescape_body,
)

STATUS_WORDS = {
    "proposed": DecisionStatus.PROPOSED,
    "draft": DecisionStatus.PROPOSED,
    "open": DecisionStatus.PROPOSED,
    "accepted": DecisionStatus.ACCEPTED,
    "approved": DecisionStatus.ACCEPTED,
    "done": DecisionStatus.ACCEPTED,
    "rejected": DecisionStatus.REJECTED,
    "deprecated": DecisionStatus.DEPRECATED,
    "superseded": DecisionStatus.SUPERSEDED,
    "superceded": DecisionStatus.SUPERSEDED,
}
LINK_LINE = re.compile(
    r"^\s*[*-]?\s*(supersedes|supercedes|superseded by|superceded by|amends|amended by)\b[:\s]*(.*)$", re.I
)
# adr-tools' own link types: `adr link 3 Clarifies 1 "Clarified by"` writes
# "Clarifies [1. Title](0001-title.md)"
CUSTOM_LINK_LINE = re.compile(r"^\s*[*-]?\s*([A-Za-z][A-Za-z -]{0,40}?)\s+(\[[^\]]*\]\([^)]*\.md\))\s*$")
_CHOSEN = re.compile(r'^\s*Chosen option:\s*"(.*)"\s*(?:,\s*because\b[ \t]*(.*))?$', re.I)
_ADDENDUM = re.compile(r"^addendum,?\s+(\d{4}-\d{2}-\d{2})(?:\s+by the\s+(mentor|mentee))?$", re.I)
_ARGUMENT = re.compile(r"^\s{0,3}[*+-]\s+(good|neutral|bad)\s*,\s*(?:because\b\s*)?(.*)$", re.I)


def link_kind(word: str) -> str:
    """A link line's kind as the record keeps it: "Supercedes" is "supersedes"."""
    return " ".join(word.lower().replace("superc", "supers").split())


class Reader:
    """Collects one file's fields while it is being read."""

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}
        self.options: dict[str, ConsideredOption] = {}
        self.notes: list[str] = []
        self.links: dict[str, list[int]] = {kind: [] for kind in LINK_KINDS}
        self.other_links: list[tuple[str, str]] = []
        self.record_args: dict[str, Any] = {"addenda": []}

    def note(self, text: str) -> None:
        if text.strip():
            self.notes.append(text.strip())

    def set_text(self, key: str, text: str) -> None:
        text = unescape_body(text).strip()
        if text:
            self.fields[key] = (self.fields[key] + "\n\n" + text) if self.fields.get(key) else text

    def status(self, text: str) -> None:
        rest: list[str] = []
        for line in text.splitlines():
            link = LINK_LINE.match(line)
            custom = CUSTOM_LINK_LINE.match(line)
            if link:
                self.link(link.group(1), link.group(2), line)
            elif line.strip() and "status" not in self.fields:
                first, *rest_of_line = line.split(None, 1)
                after = rest_of_line[0].strip() if rest_of_line else ""
                word = re.sub(r"[^a-z]", "", first.lower())
                if word in STATUS_WORDS:
                    self.fields["status"] = STATUS_WORDS[word]
                    if after.lower().startswith(("by", "(")):
                        self.link(
                            "superseded by", after[2:] if after.lower().startswith("by") else after, line
                        )
                else:
                    self.fields["status"] = DecisionStatus.PROPOSED
                    rest.append(f"Status in the file: {line.strip()}")
            elif custom and re.sub(r"[^a-z]", "", custom.group(1).split()[0].lower()) not in STATUS_WORDS:
                self.other_links.append((custom.group(1).strip(), custom.group(2)))
            elif line.strip():
                rest.append(line)
        self.note("\n".join(rest))

    def link(self, kind: str, target: str, original: str) -> None:
        numbers = linked_numbers(target)
        if not numbers:
            self.note(original.strip())
        kind = link_kind(kind)
        for number in numbers:
            if number not in self.links[kind]:
                self.links[kind].append(number)
        if kind == "superseded by" and numbers:
            self.fields["status"] = DecisionStatus.SUPERSEDED

    def date(self, value: object) -> None:
        day = parse_date(value)
        text = str(value).strip()
        if day is None:
            self.note(f"Date in the file: {text}")
            self.fields["date_unread"] = text
        elif "decided_on" not in self.fields:
            self.fields["decided_on"] = day

    def meta(self, key: str, value: object) -> None:
        """A front-matter key or a "Key: value" line of the preamble or details section."""
        name = key.strip().lower().replace("_", "-").replace(" ", "-")
        text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value).strip()
        if name == "status":
            self.status(text)
        elif name == "date":
            self.date(value)
        elif name == "confidence" and text.isdigit() and 1 <= int(text) <= 5:
            self.fields["confidence"] = int(text)
        elif name in ("revisit-on", "revisit") and parse_date(value) is not None:
            self.fields["revisit_on"] = parse_date(value)
        elif name == "tags":
            items = value if isinstance(value, list) else text.split(",")
            self.fields["tags"] = tuple(t for t in (str(i).strip() for i in items) if t)
        elif name == "review" and text in ReviewState.__members__.values():
            self.record_args["review_state"] = ReviewState(text)
        elif name == "author" and text in ("mentor", "mentee"):
            self.record_args["author"] = Role(text)
        elif name == "visibility" and text in ("shared", "confidential", "private"):
            self.fields["visibility"] = Visibility(text)
        elif name in ("supersedes", "superseded-by", "amends", "amended-by"):
            for item in value if isinstance(value, list) else [text]:
                self.link(name.replace("-", " "), str(item), f"{key}: {item}")
        else:
            self.note(f"{key}: {text}")

    def options_list(self, text: str) -> None:
        for item in parse_bullets(text):
            link = MD_LINK.match(item)
            title = plain_title(item)
            if title and title not in self.options:
                self.options[title] = ConsideredOption(title, link=link.group(2) if link else "")
        loose = [
            line
            for line in text.splitlines()
            if line.strip()
            and not re.match(r"^\s*[*+-]\s", line)
            and not line.startswith((" ", "\t"))
            and not line.lstrip().startswith("<!--")
        ]
        self.note("\n".join(loose))

    def option_arguments(self, heading: str, text: str) -> None:
        """An option's own subsection: its good/neutral/bad bullets, and everything else (free text, other
        bullets, code) as its description, verbatim."""
        arguments: dict[str, list[str]] = {"good": [], "neutral": [], "bad": []}
        description: list[str] = []
        fenced = False
        last: list[str] | None = None
        for line in unescape_body(text).split("\n"):
            if is_fence(line):
                fenced = not fenced
            found = None if fenced or is_fence(line) else _ARGUMENT.match(line)
            if found:
                last = arguments[found.group(1).lower()]
                last.append(found.group(2).strip())
            elif last is not None and line.startswith(("  ", "\t")) and line.strip():
                last[-1] = f"{last[-1]} {line.strip()}"
            else:
                last = None
                description.append(line)
        title = self._option_named(plain_title(heading))
        known = self.options.get(title, ConsideredOption(title))
        link = MD_LINK.match(heading.strip())
        self.options[title] = ConsideredOption(
            title,
            tuple(arguments["good"]),
            tuple(arguments["neutral"]),
            tuple(arguments["bad"]),
            description="\n".join(description).strip("\n"),
            link=known.link or (link.group(2) if link else ""),
        )

    def _option_named(self, title: str) -> str:
        """The listed option a subsection heading is about: the same name, or the start of it."""
        folded = title.casefold()
        for known in self.options:
            if known.casefold() == folded:
                return known
        for known in self.options:
            if known.casefold().startswith(folded) or folded.startswith(known.casefold()):
                return known
        return title

    def outcome_text(self, text: str) -> None:
        lines = text.strip("\n").splitlines()
        rationale: list[str] = []
        for index, line in enumerate(lines):
            chosen = _CHOSEN.match(line)
            if chosen and "chosen_option" not in self.fields:
                self.fields["chosen_option"] = chosen.group(1).strip()
                if chosen.group(2):
                    rationale.append(chosen.group(2))
                rationale.extend(lines[index + 1 :])
                break
            rationale.append(line)
        self.set_text("rationale", "\n".join(rationale))

    def consequences(self, text: str) -> None:
        other: list[str] = []
        for line in text.splitlines():
            found = re.match(r"^\s*[*-]\s+(good|bad|neutral)\s*,\s*(?:because\s+)?(.*)$", line, re.I)
            if found and found.group(1).lower() != "neutral":
                key = "consequences_good" if found.group(1).lower() == "good" else "consequences_bad"
                self.set_text(key, f"- {found.group(2).strip()}")
            else:
                other.append(line)
        self.set_text("consequences_other", "\n".join(other))

    def actual_outcome(self, heading: str, text: str) -> bool:
        found = re.match(r"^actual outcome:\s*(.+?)(?:\s*\((\d{4}-\d{2}-\d{2})\))?$", heading.strip(), re.I)
        if not found:
            return False
        word = found.group(1).strip().lower().replace(" ", "_")
        day = parse_date(found.group(2)) if found.group(2) else None
        if word not in Outcome.__members__.values() or (found.group(2) and day is None):
            return False
        self.record_args["outcome"] = Outcome(word)
        self.record_args["outcome_note"] = unescape_body(text).strip()
        if day is not None:
            self.record_args["revisited_on"] = day
        return True

    def addendum(self, heading: str, text: str) -> bool:
        found = _ADDENDUM.match(heading.strip())
        day = parse_date(found.group(1)) if found else None
        if found is None or day is None:
            return False
        role = Role(found.group(2).lower()) if found.group(2) else Role.MENTEE
        self.record_args["addenda"].append((day, role, unescape_body(text).strip()))
        return True

    def section(self, heading: str, body: str, subsections: list[tuple[str, str]]) -> None:
        """One `## ` section with its `### ` subsections."""
        key = heading_key(heading)
        if key == "status":
            self.status(body + "".join(f"\n{t}" for _, t in subsections))
        elif key == "details":
            for line in body.splitlines():
                name, sep, value = line.partition(":")
                if sep:
                    self.meta(name, value.strip())
                else:
                    self.note(line)
        elif key == "options":
            self.options_list(body)
            for title, text in subsections:
                self.option_arguments(title, text)
        elif key == "pros_and_cons":
            self.note(body)
            for title, text in subsections:
                self.option_arguments(title, text)
        elif key in ("outcome", "decision"):
            self.outcome_text(body)
        elif key == "consequences":
            self.consequences(body)
        elif key in ("context", "drivers", "confirmation", "expected_outcome", "notes", "rationale"):
            self.set_text(key, body)
        elif not (self.actual_outcome(heading, body) or self.addendum(heading, body)):
            self.note(f"## {heading}\n\n{body.strip()}" if body.strip() else f"## {heading}")
        if key in ("status", "options", "pros_and_cons"):
            return
        for sub_heading, text in subsections:
            sub = heading_key(sub_heading)
            if sub in ("consequences_good", "consequences_bad", "consequences_other", "confirmation"):
                self.set_text(sub, text)
            elif sub == "consequences":
                self.consequences(text)
            else:
                self.note(f"### {sub_heading}\n\n{text.strip()}")
