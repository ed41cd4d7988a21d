"""Architecture decision records as Markdown files: read adr-tools (Nygard), MADR 2–4, log4brains and
Backstage-style files (adr_write writes MADR or Nygard).

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

from mentordesk.domain import DecisionDraft, DecisionStatus, Outcome, ReviewState, Role, Visibility
from mentordesk.services.adr_meta import load_front_matter, metadata_table, split_front_matter
from mentordesk.services.adr_reader import CUSTOM_LINK_LINE, LINK_LINE, Reader
from mentordesk.services.adr_sections import is_fence, split_sections
from mentordesk.services.decision_data import TEXT_SECTIONS
from mentordesk.wording import translate

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
    supersedes: list[int] = field(default_factory=list)
    superseded_by: list[int] = field(default_factory=list)
    amends: list[int] = field(default_factory=list)
    amended_by: list[int] = field(default_factory=list)
    other_links: list[tuple[str, str]] = field(
        default_factory=list
    )  # ("Clarifies", "[1. Title](0001-title.md)")
    outcome: Outcome | None = None
    outcome_note: str = ""
    revisited_on: dt.date | None = None
    addenda: list[tuple[dt.date, Role, str]] = field(default_factory=list)
    # where the notes came from, for rewriting an edited file: the Notes section, and every other part
    own_notes: str = field(default="", compare=False)
    date_text: str = field(default="", compare=False)  # a date the file gives that could not be read
    note_parts: tuple[str, ...] = field(default=(), compare=False)


_TITLE = re.compile(r"^(?:ADR[-\s_]?0*(\d{1,6})\s*[.:-]?|0*(\d{1,6})[.:])\s+(.+)$", re.I)
_PREAMBLE_META = re.compile(
    r"^\s*[*-]?\s*(status|date|deciders|decision-makers|technical story|tags)\s*:\s*(.*)$", re.I
)


def is_index_or_template(stem: str, title: str | None) -> str | None:
    """Why a file is not a decision record, or None when it may be one."""
    lowered = stem.lower()
    if lowered in SKIPPED_NAMES or "template" in lowered:
        return "an index or template file"
    if title is None:
        return "no '# Title' heading and no title in its front matter"
    if re.search(r"\[(short )?title|\{title\}", title, re.I):
        return "a template (placeholder title)"
    return None


UNNUMBERED = 0
"""The number of a record whose file gives none of its own, until its folder gives it one."""


def dated_name(stem: str) -> int | None:
    """The date a file name starts with, as log4brains names records ("20240601-use-x"), as a number."""
    found = re.match(r"^((?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01]))(?:\d{4,6})?-", stem)
    return int(found.group(0)[:-1]) if found else None


def number_the_rest(files: list[tuple[str, AdrRecord]], given: dict[str, int] | None = None) -> None:
    """Give records named by date their number: `given` (file name → number) or, in file order, the next
    after the folder's highest; links that name such a file follow it."""
    highest = max((record.number for _name, record in files), default=0)
    dated: dict[int, int] = {}
    for name, record in files:
        if record.number == UNNUMBERED:
            if given is not None and name in given:
                record.number = given[name]
            else:
                highest += 1
                record.number = highest
            stamp = dated_name(name.rsplit(".", 1)[0])
            if stamp is not None:
                dated[stamp] = record.number
    if not dated:
        return
    for _name, record in files:
        for attribute in ("supersedes", "superseded_by", "amends", "amended_by"):
            setattr(record, attribute, [dated.get(n, n) for n in getattr(record, attribute)])


def normalised(text: str) -> str:
    """The text as the reader sees it: Unix line ends, no byte-order mark."""
    return text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")


def title_line_index(lines: list[str]) -> int | None:
    """The line of the `# Title` heading (outside code fences), if there is one."""
    fenced = False
    for index, line in enumerate(lines):
        if is_fence(line):
            fenced = not fenced
        elif not fenced and line.startswith("# "):
            return index
    return None


def parse_adr(text: str, stem: str) -> AdrRecord:
    """Read one ADR file (`stem`: its name without .md); raises SkipFile saying why when it is not one."""
    reader = Reader()
    front_text, text = split_front_matter(normalised(text))
    front: dict[str, Any] = {}
    if front_text is not None:
        try:
            loaded = load_front_matter(front_text)
        except (yaml.YAMLError, ValueError):
            loaded = None
            reader.note("Front matter that could not be read:\n" + front_text)
        front = loaded if isinstance(loaded, dict) else {}
    lines = text.split("\n")
    title_at = title_line_index(lines)
    if title_at is not None:
        title: str | None = lines[title_at][2:].strip()
        del lines[title_at]
    else:
        given = front.pop("title", None)
        title = " ".join(str(given).split()) if isinstance(given, str | int | float) and given else None
    reason = is_index_or_template(stem, title)
    if reason:
        raise SkipFile(reason)
    assert title is not None
    numbered = _TITLE.match(title)
    stem_match = re.match(r"^(?:adr[-_]?)?0*(\d+)", stem, re.I)
    stem_number = int(stem_match.group(1)) if stem_match else None
    title_number = int(numbered.group(1) or numbered.group(2)) if numbered else None
    if numbered and title_number is not None and stem_number in (None, title_number):
        number, title = title_number, numbered.group(3).strip()
    elif stem_number is not None and dated_name(stem) is not None:
        number = UNNUMBERED  # log4brains names files by date: the folder numbers them
    elif stem_number is not None:
        number = stem_number  # "# 3 retries at most" in 0007-...md is a title, not a number
    else:
        raise SkipFile(translate("adr_format", "no decision number in its title or file name"))
    for key, value in front.items():
        reader.meta(str(key), value)
    preamble, sections = split_sections("\n".join(lines))
    _preamble(reader, preamble.split("\n"))
    for heading, body, subsections in sections:
        reader.section(heading, body, subsections)
    if "decided_on" not in reader.fields and "date_unread" not in reader.fields:
        reader.note("The file gives no date; the decision is dated the day the file last changed.")
    return _record(reader, number, title)


def _preamble(reader: Reader, lines: list[str]) -> None:
    """The lines before the first section: "Status:"/"Date:" lines, link lines, a metadata table."""
    table = metadata_table(lines)
    if table is not None:
        start, end, values = table
        for key in ("status", "state"):
            if values.get(key):
                reader.status(values[key])
        for key in ("date", "created", "decided"):
            if values.get(key):
                reader.date(values[key])
                break
        reader.note("\n".join(lines[start:end]))
        lines = lines[:start] + lines[end:]
    for line in lines:
        meta = _PREAMBLE_META.match(line)
        link = LINK_LINE.match(line)
        custom = CUSTOM_LINK_LINE.match(line)
        if meta:
            reader.meta(meta.group(1), meta.group(2))
        elif link:
            reader.link(link.group(1), link.group(2), line)
        elif custom:
            reader.other_links.append((custom.group(1).strip(), custom.group(2)))
        else:
            reader.note(line)


def _record(reader: Reader, number: int, title: str) -> AdrRecord:
    fields = reader.fields
    chosen = fields.get("chosen_option", "")
    options = list(reader.options.values())
    if len(" ".join(title.split())) > 300:
        raise SkipFile(translate("adr_format", "its title is longer than 300 characters"))
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
    links = reader.links
    return AdrRecord(
        number=number,
        draft=draft,
        status=fields.get("status", DecisionStatus.PROPOSED),
        date_known="decided_on" in fields,
        supersedes=links["supersedes"],
        superseded_by=links["superseded by"],
        amends=links["amends"],
        amended_by=links["amended by"],
        other_links=reader.other_links,
        own_notes=fields.get("notes", ""),
        date_text=fields.get("date_unread", ""),
        note_parts=tuple(reader.notes),
        **reader.record_args,
    )


def file_name(number: int, title: str) -> str:
    """A portable file name for a decision written here for the first time: 0007-use-sqlite-for-the-ledger.md
    (accents folded; a title longer than 120 characters cut at a word). It is kept from then on."""
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", folded.lower()).strip("-")
    if len(slug) > 120:
        slug = slug[:121].rsplit("-", 1)[0] if "-" in slug[:121] else slug[:120]
    return f"{number:04d}-{slug or 'decision'}.md"
