"""The timeline as a spreadsheet: a CSV file a pair can draft history in, read back row by row.

Header (documented in docs/CLI.md): date, precision, title, kind, component, why, lessons, sources.
`component` and `sources` hold several values separated by semicolons."""

from __future__ import annotations

import csv
import datetime as dt
import io
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from mentordesk.domain import (
    DatePrecision,
    EventDraft,
    EventInfo,
    EventKind,
    Visibility,
    check_day,
    period_of,
)
from mentordesk.files import read_limited, write_atomically
from mentordesk.wording import translate

HEADER = ("date", "precision", "title", "kind", "component", "why", "lessons", "sources")
REQUIRED = ("date", "title")
ONE_LINE = ("date", "precision", "title", "kind", "component")
"""Columns that never hold a line break (why, lessons and sources may)."""
MAX_FILE_BYTES = 20 * 1024 * 1024
MAX_FIELD = 20_000
SEPARATOR = ";"

Progress = Callable[[int, int], None]

_QUARTER = re.compile(r"(?:(\d{4})\s*-?\s*Q([1-4])|Q([1-4])\s*[- ]?\s*(\d{4}))", re.IGNORECASE)


def parse_fuzzy_date(text: str) -> tuple[dt.date, DatePrecision]:
    """Read "2019-03-14", "2019-03", "2019-Q3", "Q3 2019" or "2019" as a date and how exactly it is known;
    a date outside the range MentorDesk takes is refused like any other."""
    day, precision = _fuzzy_date(text.strip())
    return check_day(day), precision


def _fuzzy_date(text: str) -> tuple[dt.date, DatePrecision]:
    try:
        if re.fullmatch(r"\d{4}-\d{1,2}-\d{1,2}", text):
            year, month, day = (int(part) for part in text.split("-"))
            return dt.date(year, month, day), DatePrecision.DAY
        if re.fullmatch(r"\d{4}-\d{1,2}", text):
            year, month = (int(part) for part in text.split("-"))
            return dt.date(year, month, 1), DatePrecision.MONTH
        if re.fullmatch(r"\d{4}", text):
            return dt.date(int(text), 1, 1), DatePrecision.YEAR
    except ValueError:
        pass
    else:
        quarter = _QUARTER.fullmatch(text)
        if quarter:
            year = int(quarter.group(1) or quarter.group(4))
            number = int(quarter.group(2) or quarter.group(3))
            return dt.date(year, number * 3 - 2, 1), DatePrecision.QUARTER
    raise ValueError(
        translate(
            "timeline_csv", "“{text}” is not a date (write 2019-03-14, 2019-03, 2019-Q3 or 2019)"
        ).format(text=text)
    )


def format_csv_date(day: dt.date, precision: DatePrecision) -> str:
    """The date as the CSV writes it, no more exact than it is known."""
    if precision is DatePrecision.YEAR:
        return f"{day.year}"
    if precision is DatePrecision.QUARTER:
        return f"{day.year}-Q{(day.month - 1) // 3 + 1}"
    if precision is DatePrecision.MONTH:
        return f"{day.year}-{day.month:02d}"
    return day.isoformat()


def _kind(text: str) -> EventKind:
    key = "_".join(text.strip().lower().replace("-", " ").split()) or EventKind.DECISION.value
    try:
        return EventKind(key)
    except ValueError:
        kinds = ", ".join(k.label.lower() for k in EventKind)
        raise ValueError(
            translate("timeline_csv", "“{text}” is not a kind of event (one of: {kinds})").format(
                text=text, kinds=kinds
            )
        ) from None


def _split(text: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in text.split(SEPARATOR) if part.strip())


def draft_of_row(row: dict[str, str]) -> EventDraft:
    """One CSV row as an event, or ValueError naming what is wrong with it."""
    for name, value in row.items():
        if value is not None and len(value) > MAX_FIELD:
            raise ValueError(
                translate("timeline_csv", "the {name} column is longer than {MAX_FIELD} characters").format(
                    name=name, MAX_FIELD=MAX_FIELD
                )
            )
    day, precision = parse_fuzzy_date(row.get("date") or "")
    given = (row.get("precision") or "").strip().lower()
    if given:
        try:
            precision = DatePrecision(given)
        except ValueError:
            raise ValueError(
                translate(
                    "timeline_csv", "“{given}” is not a precision (day, month, quarter or year)"
                ).format(given=given)
            ) from None
    title = " ".join((row.get("title") or "").split())
    if not title:
        raise ValueError(translate("timeline_csv", "the title is empty"))
    return EventDraft(
        title=title,
        occurred_on=period_of(day, precision)[0],
        kind=_kind(row.get("kind") or ""),
        precision=precision,
        components=_split(row.get("component") or ""),
        why=(row.get("why") or "").strip(),
        lessons=(row.get("lessons") or "").strip(),
        sources=_split(row.get("sources") or ""),
    )


def read_csv(path: Path) -> tuple[list[tuple[int, EventDraft]], list[str]]:
    """The file's events with their line numbers, and the rows rejected (each "line N: why")."""
    raw = read_limited(path, MAX_FILE_BYTES, translate("timeline_csv", "CSV file"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValueError(
            translate(
                "timeline_csv", "{name} is not UTF-8 text; save it from the spreadsheet as “CSV UTF-8”"
            ).format(name=path.name)
        ) from None
    reader = csv.DictReader(io.StringIO(text, newline=""))
    columns = [name.strip().lower() for name in reader.fieldnames or ()]
    missing = [name for name in REQUIRED if name not in columns]
    if missing:
        raise ValueError(
            translate("timeline_csv", "{name} has no {missing} column; the header is {header}").format(
                name=path.name, missing=" or ".join(missing), header=", ".join(HEADER)
            )
        )
    reader.fieldnames = columns
    drafts: list[tuple[int, EventDraft]] = []
    rejected: list[str] = []
    try:
        for row in reader:
            last = reader.line_num
            line = last - sum(v.count("\n") for v in row.values() if isinstance(v, str))
            if not any((value or "").strip() for value in row.values() if isinstance(value, str)):
                continue
            if last > line and any("\n" in (row.get(name) or "") for name in ONE_LINE):
                rejected.append(
                    translate(
                        "timeline_csv",
                        "line {line}: a quote opened here closes only on line {last} (or never), "
                        "so the lines between were read into this row; check the quotes",
                    ).format(line=line, last=last)
                )
                continue
            try:
                drafts.append((line, draft_of_row(row)))
            except ValueError as error:
                rejected.append(
                    translate("timeline_csv", "line {line}: {error}").format(line=line, error=error)
                )
    except csv.Error as error:
        rejected.append(
            translate("timeline_csv", "line {line_num}: {error}; the rest of the file was not read").format(
                line_num=reader.line_num, error=error
            )
        )
    return drafts, rejected


def write_csv(path: Path, events: Iterable[EventInfo]) -> int:
    """Write the events (private ones are the caller's to leave out) atomically; returns how many."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(HEADER)
    count = 0
    for event in events:
        writer.writerow(
            (
                format_csv_date(event.occurred_on, event.precision),
                event.precision.value,
                event.title,
                event.kind.value,
                f"{SEPARATOR} ".join(event.components),
                event.why,
                event.lessons,
                f"{SEPARATOR} ".join(event.sources),
            )
        )
        count += 1
    write_atomically(path, buffer.getvalue().encode("utf-8"))
    return count


def shareable(events: Iterable[EventInfo], include_private: bool) -> list[EventInfo]:
    return [e for e in events if include_private or e.visibility is not Visibility.PRIVATE]
