"""The Markdown mechanics of ADR files: sections and subsections, bullets, and heading-safe field bodies."""

from __future__ import annotations

import re

_FENCE = re.compile(r"^\s{0,3}(```|~~~)")
MD_LINK = re.compile(r"(?<!\\)\[((?:\\.|[^\]\\])*)\]\(([^)\s]*)[^)]*\)")
"""A Markdown link, `[text](target "title")`; an escaped bracket (`\\[`) starts none."""
_ESCAPED = re.compile(r"\\([\\\[\]])")
LINK_KINDS = ("supersedes", "superseded by", "amends", "amended by")
"""The links between records an ADR file writes in words, besides adr-tools' own kinds."""


def plain_title(text: str) -> str:
    """A name without Markdown link syntax: "[CC0](https://…) licence" → "CC0 licence"; brackets and
    backslashes escaped in it (`escape_name`) read as themselves."""
    return _ESCAPED.sub(r"\1", MD_LINK.sub(r"\1", text)).strip()


def escape_name(text: str) -> str:
    """A name written where Markdown would read brackets as a link ("[draft](v2)" as an option's name):
    its backslashes and brackets escaped, which `plain_title` undoes."""
    return re.sub(r"([\\\[\]])", r"\\\1", text)


# Heading text (lower case, without punctuation) → what the reader does with the section.
HEADINGS = {
    "status": "status",
    "context": "context",
    "context and problem statement": "context",
    "problem statement": "context",
    "decision drivers": "drivers",
    "drivers": "drivers",
    "considered options": "options",
    "options": "options",
    "pros and cons of the options": "pros_and_cons",
    "decision outcome": "outcome",
    "decision": "decision",
    "why this option": "rationale",
    "chosen option": "rationale",
    "consequences": "consequences",
    "positive consequences": "consequences_good",
    "good consequences": "consequences_good",
    "negative consequences": "consequences_bad",
    "bad consequences": "consequences_bad",
    "other consequences": "consequences_other",
    "neutral consequences": "consequences_other",
    "confirmation": "confirmation",
    "validation": "confirmation",
    "expected outcome": "expected_outcome",
    "notes": "notes",
    "record details": "details",
}


def heading_key(heading: str) -> str | None:
    """The section a heading names, whatever its case, trailing colon or HTML comment."""
    text = re.sub(r"<!--.*?-->", "", heading)
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return HEADINGS.get(" ".join(text.split()))


def is_fence(line: str) -> bool:
    """Whether the line opens or closes a fenced code block."""
    return bool(_FENCE.match(line))


def _outside_fences(lines: list[str]) -> list[bool]:
    """For each line: True when it is not inside a fenced code block."""
    inside = False
    flags = []
    for line in lines:
        if _FENCE.match(line):
            flags.append(False)
            inside = not inside
            continue
        flags.append(not inside)
    return flags


def split_sections(text: str) -> tuple[str, list[tuple[str, str, list[tuple[str, str]]]]]:
    """The preamble before the first `## ` heading, then each level-2 section as
    (heading, body before its first `### `, [(sub-heading, body)]). Headings inside code fences are text."""
    lines = text.split("\n")
    preamble: list[str] = []
    sections: list[tuple[str, list[str], list[tuple[str, list[str]]]]] = []
    for line, free in zip(lines, _outside_fences(lines), strict=True):
        if free and line.startswith("## "):
            sections.append((line[3:].strip(), [], []))
        elif free and line.startswith("### ") and sections:
            sections[-1][2].append((line[4:].strip(), []))
        elif not sections:
            preamble.append(line)
        elif sections[-1][2]:
            sections[-1][2][-1][1].append(line)
        else:
            sections[-1][1].append(line)
    return (
        "\n".join(preamble).strip(),
        [(h, "\n".join(body), [(s, "\n".join(b)) for s, b in subs]) for h, body, subs in sections],
    )


def parse_bullets(text: str, keep_loose_lines: bool = False) -> list[str]:
    """The items of a Markdown bullet list (continuation lines joined); other lines only when asked."""
    items: list[str] = []
    for line in text.splitlines():
        found = re.match(r"^\s*[*+-]\s+(.*)$", line)
        if found:
            items.append(found.group(1).strip())
        elif line.strip() and items and line.startswith((" ", "\t")):
            items[-1] += " " + line.strip()
        elif line.strip() and keep_loose_lines and not line.lstrip().startswith("<!--"):
            items.append(line.strip())
    return items


def escape_body(text: str) -> str:
    """A field's text made safe to write under a heading: a line starting with `#` (outside code fences)
    gets a backslash, so the reader never takes it for a heading. unescape_body() undoes it."""
    lines = text.split("\n")
    return "\n".join(
        "\\" + line if free and re.match(r"^\\*#", line) else line
        for line, free in zip(lines, _outside_fences(lines), strict=True)
    )


def unescape_body(text: str) -> str:
    lines = text.split("\n")
    return "\n".join(
        line[1:] if free and re.match(r"^\\+#", line) else line
        for line, free in zip(lines, _outside_fences(lines), strict=True)
    )
