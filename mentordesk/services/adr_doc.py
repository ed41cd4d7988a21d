"""An ADR file as lines, and where its parts are: front matter, title, sections and subsections.
adr_patch edits it in place; its line ends and byte-order mark are put back as they were."""

from __future__ import annotations

from dataclasses import dataclass

from mentordesk.services.adr_format import normalised
from mentordesk.services.adr_sections import heading_key, is_fence

# the order sections are written in, to place a section the file did not have
ORDER = (
    "status",
    "context",
    "drivers",
    "options",
    "outcome",
    "decision",
    "consequences",
    "confirmation",
    "pros_and_cons",
    "expected_outcome",
    "notes",
)


@dataclass
class Section:
    start: int  # the heading line
    end: int  # the line after its last
    body_end: int  # where its first subsection starts (or `end`)
    heading: str
    key: str | None
    level: int


class SourceDoc:
    """The file's lines (Unix line ends; its own are put back), and where its parts are."""

    def __init__(self, text: str) -> None:
        self.bom = text.startswith("\ufeff")
        self.crlf = "\r\n" in text
        self.lines = normalised(text).split("\n")

    def text(self) -> str:
        text = "\n".join(self.lines)
        return ("\ufeff" if self.bom else "") + (text.replace("\n", "\r\n") if self.crlf else text)

    def front_end(self) -> int:
        """The line after the front matter's closing line (0 when there is none)."""
        if self.lines and self.lines[0] == "---":
            for index in range(1, len(self.lines)):
                if self.lines[index].rstrip() in ("---", "..."):
                    return index + 1
        return 0

    def sections(self) -> list[Section]:
        found: list[Section] = []
        fenced = False
        first = self.front_end()
        for index, line in enumerate(self.lines):
            if is_fence(line):
                fenced = not fenced
            elif not fenced and index >= first and line.startswith(("## ", "### ")):
                level = 2 if line.startswith("## ") else 3
                heading = line[level + 1 :].strip()
                found.append(
                    Section(index, len(self.lines), len(self.lines), heading, heading_key(heading), level)
                )
        for at, section in enumerate(found):
            later = found[at + 1 :]
            section.end = next((s.start for s in later if s.level <= section.level), len(self.lines))
            section.body_end = later[0].start if later and later[0].start < section.end else section.end
        return found

    def first_section(self) -> int:
        return next((s.start for s in self.sections() if s.level == 2), len(self.lines))

    def find(self, key: str) -> Section | None:
        found = [s for s in self.sections() if s.key == key]
        return next((s for s in found if s.level == 2), found[0] if found else None)

    def splice(self, start: int, end: int, lines: list[str]) -> None:
        self.lines[start:end] = lines

    def set_body(self, key: str, body: str, heading: str) -> None:
        """The section's text (before its subsections) becomes `body`; a section the file lacks is added
        in its place in the record's order; one left empty, without subsections, is removed."""
        section = self.find(key)
        lines = ["", *body.split("\n"), ""] if body else [""]
        if section is None:
            if body:
                self.insert(key, [f"## {heading}", *lines])
        elif not body and section.body_end == section.end:
            self.splice(section.start, section.end, [])
        else:
            self.splice(section.start + 1, section.body_end, lines)

    def set_whole(self, key: str, lines: list[str], heading: str) -> None:
        """Everything under the section's heading, its subsections too, becomes `lines`; the heading stays
        as the file words it. A section the file lacks is added; one left empty is removed."""
        section = self.find(key)
        if section is None:
            if lines:
                self.insert(key, [f"## {heading}", "", *lines])
        elif not lines:
            self.splice(section.start, section.end, [])
        else:
            self.splice(section.start + 1, section.end, ["", *lines])

    def insert(self, key: str, lines: list[str]) -> None:
        rank = ORDER.index(key) if key in ORDER else len(ORDER)
        top = [s for s in self.sections() if s.level == 2]
        before = [s for s in top if s.key in ORDER and ORDER.index(s.key) < rank]
        at = before[-1].end if before else (top[0].start if top else len(self.lines))
        if at == len(self.lines) and self.lines and self.lines[-1] == "":
            at -= 1  # before the file's final line end
            lines = ["", *lines[:-1]] if lines and lines[-1] == "" else ["", *lines]
        elif at > 0 and self.lines[at - 1].strip():
            lines = ["", *lines]
        self.splice(at, at, lines)

    def preamble(self) -> range:
        return range(self.front_end(), self.first_section())


def append(doc: SourceDoc, lines: list[str]) -> None:
    while doc.lines and doc.lines[-1] == "":
        doc.lines.pop()
    doc.lines += ["", *lines, ""]
