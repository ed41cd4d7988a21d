"""Architecture decision records as Markdown files: read adr-tools (Nygard) and MADR 2–4 files, write either.

Reading is forgiving (real folders are messy): unknown sections and front-matter keys are kept in the
record's notes, never dropped. Writing produces files this reader takes back without loss. Nothing here
touches the database.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

import yaml

from mentordesk.domain import (
    ConsideredOption,
    DecisionDraft,
    DecisionStatus,
    Outcome,
    ReviewState,
    Role,
    Visibility,
    day_in_range,
)
from mentordesk.services.adr_sections import (
    heading_key,
    parse_bullets,
    split_sections,
    unescape_body,
)
from mentordesk.services.decision_data import TEXT_SECTIONS

SKIPPED_NAMES = {"readme", "index", "template", "adr-template", "toc", "table-of-contents", "summary"}
MAX_FILE_BYTES = 1_000_000


class SkipFile(ValueError):
    """The file is not a decision record (an index, a template) or cannot be read as one; says why."""


@dataclass
class AdrRecord:
    """One decision as its file tells it; links name other decisions by number."""

    number: int
    draft: DecisionDraft
    status: DecisionStatus = DecisionStatus.PROPOSED
    date_known: bool = True
    review_state: ReviewState | None = None
    author: Role | None = None
    supersedes: int | None = None
    superseded_by: list[int] = field(default_factory=list)
    amends: int | None = None
    outcome: Outcome | None = None
    outcome_note: str = ""
    revisited_on: dt.date | None = None
    addenda: list[tuple[dt.date, Role, str]] = field(default_factory=list)


_STATUS_WORDS = {
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
_LINK = re.compile(
    r"^\s*[*-]?\s*(supersedes|supercedes|superseded by|superceded by|amends|amended by)\b[:\s]*(.*)$", re.I
)
_TITLE = re.compile(r"^(?:ADR[-\s]?0*(\d{1,6})[.:]?|0*(\d{1,6})[.:])\s+(.+)$", re.I)
_CHOSEN = re.compile(r'^\s*Chosen option:\s*"(.*)"\s*(?:,\s*because\b[ \t]*(.*))?$', re.I)
_DATE_FORMATS = ("%Y-%m-%d", "%Y/%m/%d", "%d.%m.%Y", "%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y")
_ADDENDUM = re.compile(r"^addendum,?\s+(\d{4}-\d{2}-\d{2})(?:\s+by the\s+(mentor|mentee))?$", re.I)


def linked_number(text: str) -> int | None:
    """The decision number a link names: "[5. Title](0005-title.md)", "ADR-0005", "0005-title.md"."""
    for pattern in (
        r"\[\s*(?:ADR[-\s]?)?0*(\d+)[.:\s]",
        r"\(\s*(?:\./)?0*(\d+)-",
        r"ADR[-\s]?0*(\d+)",
        r"^0*(\d+)\b",
    ):
        found = re.search(pattern, text.strip(), re.I)
        if found:
            return int(found.group(1))
    return None


def parse_date(value: object) -> dt.date | None:
    """The date a front-matter value or metadata line names; None when it names none, or one outside
    the range MentorDesk takes."""
    day = _parse_date(value)
    return day if day is not None and day_in_range(day) else None


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    found = re.match(r"^(\d{4}-\d{2}-\d{2})", text)
    if found:
        try:
            return dt.date.fromisoformat(found.group(1))
        except ValueError:
            return None
    return None


def is_index_or_template(stem: str, title: str | None) -> str | None:
    """Why a file is not a decision record, or None when it may be one."""
    lowered = stem.lower()
    if lowered in SKIPPED_NAMES or "template" in lowered:
        return "an index or template file"
    if title is None:
        return "no '# Title' heading"
    if re.search(r"\[(short )?title|\{title\}", title, re.I):
        return "a template (placeholder title)"
    return None


class _Reader:
    """Collects one file's fields while it is being read."""

    def __init__(self) -> None:
        self.fields: dict[str, Any] = {}
        self.options: dict[str, ConsideredOption] = {}
        self.notes: list[str] = []
        self.record_args: dict[str, Any] = {"superseded_by": [], "addenda": []}

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
            link = _LINK.match(line)
            if link:
                self.link(link.group(1), link.group(2), line)
            elif line.strip() and "status" not in self.fields:
                first, *rest_of_line = line.split(None, 1)
                after = rest_of_line[0] if rest_of_line else ""
                word = re.sub(r"[^a-z]", "", first.lower())
                if word in _STATUS_WORDS:
                    self.fields["status"] = _STATUS_WORDS[word]
                    after = after.strip()
                    if after.lower().startswith(("by", "(")):
                        self.link(
                            "superseded by", after[2:] if after.lower().startswith("by") else after, line
                        )
                else:
                    self.fields["status"] = DecisionStatus.PROPOSED
                    rest.append(f"Status in the file: {line.strip()}")
            elif line.strip():
                rest.append(line)
        self.note("\n".join(rest))

    def link(self, kind: str, target: str, original: str) -> None:
        number = linked_number(target)
        kind = kind.lower().replace("superc", "supers")
        if number is None or kind == "amended by":
            if number is None:
                self.note(original.strip())
            return
        if kind == "supersedes":
            self.record_args["supersedes"] = number
        elif kind == "superseded by":
            self.record_args["superseded_by"].append(number)
            self.fields["status"] = DecisionStatus.SUPERSEDED
        elif kind == "amends":
            self.record_args["amends"] = number

    def meta(self, key: str, value: object) -> None:
        """A front-matter key or a "Key: value" line of the preamble or details section."""
        name = key.strip().lower().replace("_", "-").replace(" ", "-")
        text = ", ".join(str(v) for v in value) if isinstance(value, list) else str(value).strip()
        if name == "status":
            self.status(text)
        elif name == "date":
            day = parse_date(value)
            if day is None:
                self.note(f"Date in the file: {text}")
            else:
                self.fields["decided_on"] = day
        elif name in ("confidence",) and text.isdigit() and 1 <= int(text) <= 5:
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
        elif name in ("supersedes", "superseded-by", "amends"):
            for item in value if isinstance(value, list) else [text]:
                self.link(name.replace("-", " "), str(item), f"{key}: {item}")
        else:
            self.note(f"{key}: {text}")

    def options_list(self, text: str) -> None:
        for item in parse_bullets(text):
            title = item.strip()
            if title and title not in self.options:
                self.options[title] = ConsideredOption(title)

    def option_arguments(self, title: str, text: str) -> None:
        good: list[str] = []
        neutral: list[str] = []
        bad: list[str] = []
        for item in parse_bullets(text, keep_loose_lines=True):
            kind, _, rest = item.partition(",")
            bucket = {"good": good, "neutral": neutral, "bad": bad}.get(kind.strip().lower())
            if bucket is not None:
                bucket.append(re.sub(r"^\s*because\s+", "", rest, flags=re.I).strip() or rest.strip())
            elif item.strip():
                neutral.append(item.strip())
        title = title.strip()
        self.options[title] = ConsideredOption(title, tuple(good), tuple(neutral), tuple(bad))

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
        if word not in Outcome.__members__.values():
            return False
        self.record_args["outcome"] = Outcome(word)
        self.record_args["outcome_note"] = unescape_body(text).strip()
        if found.group(2):
            self.record_args["revisited_on"] = dt.date.fromisoformat(found.group(2))
        return True

    def addendum(self, heading: str, text: str) -> bool:
        found = _ADDENDUM.match(heading.strip())
        if not found:
            return False
        role = Role(found.group(2).lower()) if found.group(2) else Role.MENTEE
        self.record_args["addenda"].append(
            (dt.date.fromisoformat(found.group(1)), role, unescape_body(text).strip())
        )
        return True


def _section(reader: _Reader, heading: str, body: str, subsections: list[tuple[str, str]]) -> None:
    key = heading_key(heading)
    if key == "status":
        reader.status(body + "".join(f"\n{t}" for _, t in subsections))
    elif key == "details":
        for line in body.splitlines():
            name, sep, value = line.partition(":")
            if sep:
                reader.meta(name, value.strip())
            else:
                reader.note(line)
    elif key == "options":
        reader.options_list(body)
        for title, text in subsections:
            reader.option_arguments(title, text)
    elif key == "pros_and_cons":
        reader.note(body)
        for title, text in subsections:
            reader.option_arguments(title, text)
    elif key in ("outcome", "decision"):
        reader.outcome_text(body)
    elif key == "consequences":
        reader.consequences(body)
    elif key in ("context", "drivers", "confirmation", "expected_outcome", "notes", "rationale"):
        reader.set_text(key, body)
    elif not (reader.actual_outcome(heading, body) or reader.addendum(heading, body)):
        reader.note(f"## {heading}\n\n{body.strip()}" if body.strip() else f"## {heading}")
    if key in ("status", "options", "pros_and_cons"):
        return
    for sub_heading, text in subsections:
        sub = heading_key(sub_heading)
        if sub in ("consequences_good", "consequences_bad", "consequences_other", "confirmation"):
            reader.set_text(sub, text)
        elif sub == "consequences":
            reader.consequences(text)
        else:
            reader.note(f"### {sub_heading}\n\n{text.strip()}")


MAX_FRONT_MATTER = 64 * 1024
MAX_FRONT_MATTER_DEPTH = 16


def load_front_matter(text: str) -> Any:
    """YAML front matter read safely: no aliases (a few hundred bytes of them can expand to gigabytes),
    nesting and size bounded, before the document is built (ValueError, or yaml.YAMLError, if not)."""
    if len(text) > MAX_FRONT_MATTER:
        raise ValueError("front matter longer than 64 KB")
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):  # events only: builds nothing, no recursion
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ValueError("front matter with YAML anchors or aliases")
        if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            depth += 1
            if depth > MAX_FRONT_MATTER_DEPTH:
                raise ValueError("front matter nested too deeply")
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            depth -= 1
    return yaml.safe_load(text)


def parse_adr(text: str, stem: str) -> AdrRecord:
    """Read one ADR file (`stem`: its name without .md); raises SkipFile saying why when it is not one."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    reader = _Reader()
    front: dict[str, Any] = {}
    if text.startswith("---\n"):
        end = text.find("\n---", 4)
        if end != -1:
            try:
                loaded = load_front_matter(text[4:end])
            except (yaml.YAMLError, ValueError):
                loaded = None
                reader.note("Front matter that could not be read:\n" + text[4:end])
            front = loaded if isinstance(loaded, dict) else {}
            text = text[end + 4 :].split("\n", 1)[1] if "\n" in text[end + 4 :] else ""
    title_line = next((line for line in text.splitlines() if line.startswith("# ")), None)
    reason = is_index_or_template(stem, title_line)
    if reason:
        raise SkipFile(reason)
    assert title_line is not None
    title = title_line[2:].strip()
    numbered = _TITLE.match(title)
    stem_match = re.match(r"^(?:adr[-_]?)?0*(\d+)", stem, re.I)
    stem_number = int(stem_match.group(1)) if stem_match else None
    title_number = int(numbered.group(1) or numbered.group(2)) if numbered else None
    if numbered and title_number is not None and stem_number in (None, title_number):
        number, title = title_number, numbered.group(3).strip()
    elif stem_number is not None:
        number = stem_number  # "# 3 retries at most" in 0007-...md is a title, not a number
    else:
        raise SkipFile("no decision number in its title or file name")
    for key, value in front.items():
        reader.meta(str(key), value)
    preamble, sections = split_sections(text.split(title_line, 1)[1])
    for line in preamble.splitlines():
        meta = re.match(
            r"^\s*[*-]?\s*(status|date|deciders|decision-makers|technical story)\s*:\s*(.*)$", line, re.I
        )
        link = _LINK.match(line)
        if meta:
            reader.meta(meta.group(1), meta.group(2))
        elif link:
            reader.link(link.group(1), link.group(2), line)
        else:
            reader.note(line)
    for heading, body, subsections in sections:
        _section(reader, heading, body, subsections)
    return _record(reader, number, title)


def _record(reader: _Reader, number: int, title: str) -> AdrRecord:
    fields = reader.fields
    chosen = fields.get("chosen_option", "")
    options = list(reader.options.values())
    if len(" ".join(title.split())) > 300:
        raise SkipFile("its title is longer than 300 characters")
    draft = DecisionDraft(
        title=" ".join(title.split()),
        decided_on=fields.get("decided_on", dt.date(1970, 1, 1)),
        options=tuple(options),
        chosen_option=chosen[:300],
        confidence=fields.get("confidence"),
        revisit_on=fields.get("revisit_on"),
        tags=fields.get("tags", ()),
        visibility=fields.get("visibility", Visibility.SHARED),
        notes="\n\n".join([*([fields["notes"]] if fields.get("notes") else []), *reader.notes]),
        **{key: fields.get(key, "") for key in TEXT_SECTIONS if key not in ("chosen_option", "notes")},
    )
    return AdrRecord(
        number=number,
        draft=draft,
        status=fields.get("status", DecisionStatus.PROPOSED),
        date_known="decided_on" in fields,
        **reader.record_args,
    )


def file_name(number: int, title: str) -> str:
    """A stable, portable file name: 0007-use-sqlite-for-the-ledger.md (accents folded, at most 60 chars)."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")[:60].rstrip("-")
    return f"{number:04d}-{slug or 'decision'}.md"
