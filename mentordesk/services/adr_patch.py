"""Writing an imported ADR file back with only what was edited rewritten.

The file's text is the starting point. Each part of the record (title, status, date, links, each
section, the notes) is compared with what the file says; only the parts that differ are replaced, in
place, in the file's own wording of headings. Unknown sections, front-matter keys, tables and free text
stay where they were, and a record that was not edited comes back byte for byte."""

from __future__ import annotations

import re
from collections.abc import Set as AbstractSet

from mentordesk.domain import DecisionDraft
from mentordesk.services.adr_doc import SourceDoc, append
from mentordesk.services.adr_format import AdrRecord, title_line_index
from mentordesk.services.adr_meta import linked_numbers, metadata_table
from mentordesk.services.adr_reader import LINK_LINE, link_kind
from mentordesk.services.adr_sections import escape_body
from mentordesk.services.adr_write import (
    LINK_WORDS,
    OPTIONS,
    PROS_AND_CONS,
    consequence_blocks,
    link_to,
    notes_lines,
    option_blocks,
    outcome_lines,
)

Link = tuple[str, int, int]  # (kind, from, to): ("supersedes", 4, 2) is "4 supersedes 2"


def forward_links(record: AdrRecord) -> set[Link]:
    """The record's supersedes / amends links in one direction, whichever side its file wrote them on."""
    found: set[Link] = set()
    for kind, reverse in (("supersedes", record.superseded_by), ("amends", record.amended_by)):
        found |= {(kind, record.number, n) for n in getattr(record, kind)}
        found |= {(kind, n, record.number) for n in reverse}
    return found


def patched(
    source: str,
    old: AdrRecord,
    new: AdrRecord,
    names: dict[int, str],
    titles: dict[int, str],
    expressed: AbstractSet[Link] = frozenset(),
) -> str:
    """`source` (the file `old` was read from) with the parts where `new` differs rewritten. `expressed`:
    the links the folder's files write (this one's too); a link another file writes, this one need not."""
    doc = SourceDoc(source)
    a, b = old.draft, new.draft
    if a.title != b.title:
        _title(doc, b.title)
    if old.status != new.status:
        _status(doc, new.status.value)
    if old.date_known and a.decided_on != b.decided_on:
        _date(doc, b.decided_on.isoformat())
    _links(doc, old, new, names, titles, expressed)
    for key, heading in (
        ("context", "Context and Problem Statement"),
        ("drivers", "Decision Drivers"),
        ("expected_outcome", "Expected Outcome"),
    ):
        if getattr(a, key) != getattr(b, key):
            doc.set_body(key, escape_body(getattr(b, key).strip()), heading)
    if a.options != b.options:
        _options(doc, b)
    if (a.chosen_option, a.rationale) != (b.chosen_option, b.rationale):
        key = "outcome" if doc.find("outcome") or not doc.find("decision") else "decision"
        doc.set_body(key, "\n".join(outcome_lines(b)), "Decision Outcome")
    if (a.consequences_good, a.consequences_bad, a.consequences_other) != (
        b.consequences_good,
        b.consequences_bad,
        b.consequences_other,
    ):
        _consequences(doc, b)
    if a.confirmation != b.confirmation:
        doc.set_body("confirmation", escape_body(b.confirmation.strip()), "Confirmation")
    if a.notes != b.notes:
        _notes(doc, old, b.notes)
    _tail(doc, old, new)
    return doc.text()


_NUMBER_PREFIX = re.compile(r"^((?:ADR[-\s_]?\d+\s*[.:-]?|\d+[.:])\s+)?", re.I)


def _title(doc: SourceDoc, title: str) -> None:
    """The title line keeps its number ("# 3. ", "# ADR002: "); a title in the front matter likewise."""
    at = title_line_index(doc.lines)
    if at is not None:
        prefix = _NUMBER_PREFIX.match(doc.lines[at][2:])
        doc.lines[at] = f"# {prefix.group(1) or '' if prefix else ''}{title}"
        return
    for index in range(1, doc.front_end()):
        found = re.match(r"^(title\s*:\s*)(.*?)\s*$", doc.lines[index])
        if found:
            old = found.group(2).strip("'\"")
            prefix = _NUMBER_PREFIX.match(old)
            doc.lines[index] = found.group(1) + _yaml_text(
                f"{prefix.group(1) or '' if prefix else ''}{title}"
            )
            return


def _yaml_text(text: str) -> str:
    return "'" + text.replace("'", "''") + "'" if re.search(r"[:#'\"\[\]{}&*!|>%@`,]|^\s|\s$", text) else text


def _cased(word: str, like: str) -> str:
    return word.capitalize() if like[:1].isupper() else word


def _meta_line(doc: SourceDoc, key: str) -> int | None:
    """The front-matter line, or the "Key: value" line before the first section, that holds `key`."""
    pattern = re.compile(rf"^(\s*[*-]?\s*{key}\s*:\s*)(.*)$", re.I)
    places = [*range(1, max(doc.front_end() - 1, 1)), *doc.preamble()]
    return next((i for i in places if pattern.match(doc.lines[i])), None)


def _set_meta(doc: SourceDoc, key: str, value: str) -> bool:
    at = _meta_line(doc, key)
    if at is not None:
        found = re.match(rf"^(\s*[*-]?\s*{key}\s*:\s*)(.*?)(\s*)$", doc.lines[at], re.I)
        assert found is not None
        doc.lines[at] = found.group(1) + _cased(value, found.group(2)) + found.group(3)
        return True
    preamble = list(doc.preamble())
    table = metadata_table([doc.lines[i] for i in preamble])
    if table is None:
        return False
    start = preamble[table[0]]
    names = [c.strip().strip("*_").lower() for c in doc.lines[start].strip().strip("|").split("|")]
    wanted = [n for n in names if n == key or (key == "date" and n in ("created", "decided"))]
    if not wanted or table[1] - table[0] < 3:
        return False
    row = start + 2
    cells = doc.lines[row].strip().strip("|").split("|")
    column = names.index(wanted[0])
    padding = re.match(r"^(\s*).*?(\s*)$", cells[column])
    assert padding is not None
    cells[column] = padding.group(1) + _cased(value, cells[column].strip()) + padding.group(2)
    doc.lines[row] = "|" + "|".join(cells) + "|"
    return True


def _status(doc: SourceDoc, status: str) -> None:
    if _set_meta(doc, "status", status):
        return
    section = doc.find("status")
    if section is not None:
        for index in range(section.start + 1, section.body_end):
            line = doc.lines[index]
            if line.strip() and not LINK_LINE.match(line):
                word = line.split(None, 1)
                doc.lines[index] = _cased(status, word[0]) + (f" {word[1]}" if len(word) > 1 else "")
                return
        doc.splice(section.start + 1, section.start + 1, ["", status.capitalize()])
    elif doc.front_end():
        doc.splice(1, 1, [f"status: {status}"])
    else:
        doc.insert("status", ["## Status", "", status.capitalize(), ""])


def _date(doc: SourceDoc, day: str) -> None:
    _set_meta(doc, "date", day)


def _link_line_indexes(doc: SourceDoc) -> list[int]:
    """The lines of the preamble and the Status section that write supersedes / amends links."""
    status = doc.find("status")
    places = [*doc.preamble(), *(range(status.start + 1, status.body_end) if status else ())]
    return [index for index in places if LINK_LINE.match(doc.lines[index])]


_REVERSE = {"supersedes": "superseded_by", "amends": "amended_by"}


def _link_line(link: Link, number: int, names: dict[int, str], titles: dict[int, str]) -> str:
    kind, first, second = link
    word, target = (LINK_WORDS[kind], second) if first == number else (LINK_WORDS[_REVERSE[kind]], first)
    return f"{word} {link_to(target, names, titles)}"


def _links(
    doc: SourceDoc,
    old: AdrRecord,
    new: AdrRecord,
    names: dict[int, str],
    titles: dict[int, str],
    expressed: AbstractSet[Link],
) -> None:
    """Link lines of links taken away go (the line's other links are written again); new links are
    written after the file's last link line, in its Status section, or under its title."""
    before, after = forward_links(old), forward_links(new)
    added, removed = after - before - expressed, before - after
    if not (added or removed):
        return
    for index in reversed(_link_line_indexes(doc)):
        match = LINK_LINE.match(doc.lines[index])
        assert match is not None
        kind = link_kind(match.group(1))
        links = {_as_forward(kind, old.number, n) for n in linked_numbers(match.group(2))}
        if links & removed:
            end = index + 1
            if doc.lines[end : end + 1] == [""] and index > 0 and doc.lines[index - 1] == "":
                end += 1  # and one of the blank lines around it
            doc.splice(index, end, [])
            added |= links - removed
    lines = [_link_line(link, new.number, names, titles) for link in sorted(added)]
    if not lines:
        return
    existing = _link_line_indexes(doc)
    status = doc.find("status")
    if existing:
        at = existing[-1] + 1
        doc.splice(at, at, [x for line in lines for x in ("", line)])
    elif status is not None:
        doc.splice(status.body_end, status.body_end, [x for line in lines for x in (line, "")])
    else:
        title = title_line_index(doc.lines)
        at = title + 1 if title is not None else doc.front_end()
        doc.splice(at, at, [x for line in lines for x in ("", line)])


def _as_forward(kind: str, number: int, other: int) -> Link:
    """A link line's link: "Superseded by 5" in file 3 is ("supersedes", 5, 3)."""
    if kind == "superseded by":
        return ("supersedes", other, number)
    if kind == "amended by":
        return ("amends", other, number)
    return (kind, number, other)


def _options(doc: SourceDoc, draft: DecisionDraft) -> None:
    listed, described = option_blocks(draft)
    doc.set_whole("options", listed, OPTIONS)
    doc.set_whole("pros_and_cons", described, PROS_AND_CONS)


def _consequences(doc: SourceDoc, draft: DecisionDraft) -> None:
    places = [
        s
        for s in doc.sections()
        if s.key in ("consequences", "consequences_good", "consequences_bad", "consequences_other")
    ]
    level = places[0].level if places else (2 if doc.find("decision") and not doc.find("outcome") else 3)
    for section in reversed(places):
        doc.splice(section.start, section.end, [])
    lines = consequence_blocks(draft, level)
    if not lines:
        return
    if places:
        at = places[0].start
        doc.splice(at, at, lines)
    elif level == 3:
        outcome = doc.find("outcome")
        at = outcome.end if outcome is not None else len(doc.lines)
        doc.splice(at, at, lines)
    else:
        doc.insert("consequences", lines)


def _notes(doc: SourceDoc, old: AdrRecord, notes: str) -> None:
    """Parts of the old notes still in the new ones stay where the file has them; an unknown section whose
    text was taken out of the notes is taken out of the file; what is left is the Notes section."""
    rest = notes
    for part in old.note_parts:
        if part in rest:
            rest = rest.replace(part, "", 1)
        elif part.startswith(("## ", "### ")):
            heading = part.split("\n", 1)[0].lstrip("#").strip()
            for section in doc.sections():
                if section.heading == heading and section.key is None:
                    doc.splice(section.start, section.end, [])
                    break
    rest = re.sub(r"\n{3,}", "\n\n", rest).strip()
    if rest == old.own_notes.strip():
        return
    lines = notes_lines(rest)
    notes_section = doc.find("notes")
    if notes_section is not None:
        doc.splice(notes_section.start, notes_section.end, lines)
    elif lines:
        append(doc, lines[:-1])


def _tail(doc: SourceDoc, old: AdrRecord, new: AdrRecord) -> None:
    if (old.outcome, old.outcome_note, old.revisited_on) != (new.outcome, new.outcome_note, new.revisited_on):
        for section in doc.sections():
            if section.heading.lower().startswith("actual outcome"):
                doc.splice(section.start, section.end, [])
                break
        if new.outcome is not None:
            when = f" ({new.revisited_on.isoformat()})" if new.revisited_on else ""
            append(doc, [f"## Actual outcome: {new.outcome.value}{when}", "", escape_body(new.outcome_note)])
    for day, role, body in new.addenda:
        if (day, role, body) not in old.addenda:
            append(doc, [f"## Addendum, {day.isoformat()} by the {role.value}", "", escape_body(body)])
