"""The metadata around an ADR's sections: YAML front matter, dates as public logs write them, metadata
tables, and the links between records. Nothing here touches the database."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import yaml

from mentordesk.domain import day_in_range
from mentordesk.wording import translate

MAX_FRONT_MATTER = 64 * 1024
MAX_FRONT_MATTER_DEPTH = 16

_MONTH_FORMATS = ("%d %B %Y", "%B %d, %Y", "%b %d, %Y", "%d %b %Y", "%B %d %Y", "%b %d %Y", "%d. %B %Y")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_ISO_START = re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:$|[T\s])")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})$")


def parse_date(value: object) -> dt.date | None:
    """The day a date field names, as public logs write them: ISO (with or without a time),
    2016/02/12, dd/mm/yyyy (adr-tools 1.x; mm/dd/yyyy only when the day comes second and cannot be a
    month), dd.mm.yyyy, "February 12, 2016", "12 Feb 2016". None when it names no day, or one outside
    the range MentorDesk takes."""
    day = _parse_date(value)
    return day if day is not None and day_in_range(day) else None


def _day(year: str, month: str, day: str) -> dt.date | None:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        return None


def _parse_date(value: object) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = " ".join(str(value).split()).strip("*_` ")
    found = _ISO_START.match(text)
    if found:
        return _day(*found.groups())
    found = _SLASHED.match(text) or _DOTTED.match(text)
    if found:
        first, second, year = found.groups()
        if int(second) > 12 and int(first) <= 12 and found.re is _SLASHED:
            return _day(year, first, second)  # 02/13/2016 can only be month first
        return _day(year, second, first)
    text = re.sub(r"(\d)(st|nd|rd|th)\b", r"\1", text)
    for fmt in _MONTH_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def load_front_matter(text: str) -> Any:
    """YAML front matter read safely: no aliases (a few hundred bytes of them can expand to gigabytes),
    nesting and size bounded, before the document is built (ValueError, or yaml.YAMLError, if not).
    Dates stay the text they were written as (YAML would turn 2019-02-30 into an error, and 2019-02-03
    into a date that no longer says how it was written)."""
    if len(text) > MAX_FRONT_MATTER:
        raise ValueError(translate("adr_meta", "front matter longer than 64 KB"))
    depth = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):  # events only: builds nothing, no recursion
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise ValueError(translate("adr_meta", "front matter with YAML anchors or aliases"))
        if isinstance(event, yaml.SequenceStartEvent | yaml.MappingStartEvent):
            depth += 1
            if depth > MAX_FRONT_MATTER_DEPTH:
                raise ValueError(translate("adr_meta", "front matter nested too deeply"))
        elif isinstance(event, yaml.SequenceEndEvent | yaml.MappingEndEvent):
            depth -= 1
    return yaml.load(text, Loader=_TextDates)


class _TextDates(yaml.SafeLoader):
    """The safe loader, but timestamps stay text."""


_TextDates.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def split_front_matter(text: str) -> tuple[str | None, str]:
    """The front matter's YAML (None when there is none) and the text after its closing line."""
    if not text.startswith("---\n"):
        return None, text
    found = re.search(r"^(?:---|\.\.\.)[ \t]*$", text[4:], re.M)
    if found is None:
        return None, text
    rest = text[4 + found.end() :]
    return text[4 : 4 + found.start()], rest[1:] if rest.startswith("\n") else rest


_TABLE_ROW = re.compile(r"^\s*\|(.*)\|\s*$")
_TABLE_RULE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")
META_KEYS = ("created", "date", "decided", "status", "state", "last updated", "updated")


def metadata_table(lines: list[str]) -> tuple[int, int, dict[str, str]] | None:
    """The first Markdown table among `lines` whose header names a date or a status: (first line,
    line after it, {lower-case header: cell}) for a two-row table, or for a two-column key/value one."""
    index = 0
    while index < len(lines) - 1:
        header = _TABLE_ROW.match(lines[index])
        if header and _TABLE_RULE.match(lines[index + 1]):
            end = index + 2
            while end < len(lines) and _TABLE_ROW.match(lines[end]):
                end += 1
            names = [cell.strip().strip("*_").lower() for cell in header.group(1).split("|")]
            rows = [[c.strip() for c in row.split("|")] for row in _rows(lines[index + 2 : end])]
            values: dict[str, str] = {}
            if rows and any(name in META_KEYS for name in names):
                values = {name: cell for name, cell in zip(names, rows[0], strict=False)}
            elif len(names) == 2:
                values = {row[0].strip("*_").lower(): row[1] for row in rows if len(row) == 2}
            if any(key in META_KEYS for key in values):
                return index, end, values
            index = end
        else:
            index += 1
    return None


def _rows(lines: list[str]) -> list[str]:
    found = (_TABLE_ROW.match(line) for line in lines)
    return [match.group(1) for match in found if match]


def linked_numbers(text: str) -> list[int]:
    """The decision numbers a link line names, in order: "[5. Title](0005-title.md)", "ADR-0005",
    "0005-title.md", or several of them."""
    links = re.findall(r"\[([^\]]*)\]\(([^)]*)\)", text)
    found: list[int] = []
    for label, target in links:
        number = linked_number(target) or linked_number(f"[{label}]")
        if number is not None and number not in found:
            found.append(number)
    if not links:
        number = linked_number(text)
        if number is not None:
            found.append(number)
    return found


def linked_number(text: str) -> int | None:
    """The decision number one link names."""
    for pattern in (
        r"\[\s*(?:ADR[-\s]?)?0*(\d+)[.:\s\]]",
        r"(?:^|[(/])\s*(?:\./)?(?:adr[-_]?)?0*(\d+)-[^/]*\.md",
        r"ADR[-\s]?0*(\d+)",
        r"^0*(\d+)\b",
    ):
        found = re.search(pattern, text.strip(), re.I)
        if found:
            return int(found.group(1))
    return None
