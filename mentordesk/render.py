"""Markdown to sanitised HTML: the one renderer every view uses.

Text in MentorDesk may come from a partner's export file, so the HTML is cleaned with an allowlist
after rendering: no scripts, no event handlers, no embedded objects, and links only to web and mail.
"""

from __future__ import annotations

import html
import re
import threading
from typing import TYPE_CHECKING

import nh3

if TYPE_CHECKING:
    from markdown import Markdown

MAX_PREVIEW_CHARS = 1_000_000  # the longest text a field holds
PREVIEW_CHARS = 100_000  # a live preview shows this much until "Show all" is clicked
SHOW_ALL_URL = "mentordesk:show-all"
MAX_BRACKETS = 400
MAX_EMPHASIS = 4_000  # Python-Markdown's emphasis patterns are quadratic in a long paragraph of them
# Lists or quotes nested this deep make Python-Markdown recurse for seconds (or past the recursion limit).
_DEEP_MARKERS = re.compile(r"^(?:[ \t]*(?:[-*+>]|\d{1,9}[.)])[ \t]+){24,}", re.MULTILINE)
_DEEP_INDENT = re.compile(r"^[ \t]{96,}\S", re.MULTILINE)

_TAGS = {
    "a", "p", "br", "hr", "pre", "code", "blockquote", "em", "strong", "del", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "div",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "th": {"align"},
    "td": {"align"},
    "span": {"class", "style"},
    "code": {"class"},
    "div": {"class", "style"},
    "pre": {"style"},
}
# Syntax highlighting arrives as inline styles; only these harmless properties survive.
_STYLE_PROPERTIES = {"color", "font-weight", "font-style"}  # no background: it can carry url(...)
_EXTENSIONS = ["tables", "fenced_code", "sane_lists", "codehilite"]
_EXTENSION_CONFIGS = {"codehilite": {"noclasses": True, "guess_lang": False, "pygments_style": "default"}}


_PER_THREAD = threading.local()


def _renderer() -> Markdown:
    """This thread's Markdown renderer, made once (with its extensions and Pygments, loaded at the first
    render, not at start) and reset before each use: making one costs more than most notes take to render."""
    made: Markdown | None = getattr(_PER_THREAD, "markdown", None)
    if made is None:
        import markdown

        made = markdown.Markdown(extensions=_EXTENSIONS, extension_configs=_EXTENSION_CONFIGS)
        _PER_THREAD.markdown = made
    return made


def markdown_to_html(source: str, *, preview: bool = False) -> str:
    """Render Markdown to safe HTML in bounded time.

    Oversized text is not shown; text that Python-Markdown handles badly (its link pattern is quadratic in
    unmatched brackets, and deep list nesting exhausts the recursion limit) is shown as plain text. As a
    live `preview`, text longer than PREVIEW_CHARS is cut at a line end and ends in a "Show all" link.
    """
    if preview and len(source) > PREVIEW_CHARS:
        cut = source.rfind("\n", PREVIEW_CHARS // 2, PREVIEW_CHARS)
        cut = cut if cut > 0 else PREVIEW_CHARS
        return markdown_to_html(source[:cut]) + (
            f"<p><em>Showing the first {cut:,} of {len(source):,} characters.</em> "
            f"<a href='{SHOW_ALL_URL}'>Show all</a></p>"
        )
    if len(source) > MAX_PREVIEW_CHARS:
        return f"<p><em>Too large to preview ({len(source):,} characters).</em></p>"
    if source.count("[") > MAX_BRACKETS:
        return _as_plain(source, "too many brackets to format quickly")
    if source.count("*") > MAX_EMPHASIS or source.count("_") > 2 * MAX_EMPHASIS:
        return _as_plain(source, "too much emphasis to format quickly")
    if _DEEP_MARKERS.search(source) or _DEEP_INDENT.search(source):
        return _as_plain(source, "nested too deeply to format")
    try:
        rendered = _renderer().reset().convert(source)
    except RecursionError:
        return _as_plain(source, "nested too deeply to format")
    cleaned = nh3.clean(
        rendered,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        filter_style_properties=_STYLE_PROPERTIES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )
    return _STYLE.sub(_readable_style, cleaned)


_STYLE = re.compile(r'\sstyle="([^"]*)"')
_HEX = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
MIN_CONTRAST = 3.0
"""Against the white page: syntax colours pass; white, near-white and transparent text does not."""


def _readable_style(match: re.Match[str]) -> str:
    """The style with every colour that could hide text taken out: only a hex colour that stands out
    from the page stays (a named colour, `transparent` or rgba() could make text invisible)."""
    kept = []
    for declaration in match.group(1).split(";"):
        name, _, value = (part.strip() for part in declaration.partition(":"))
        if not name:
            continue
        if name.lower() == "color" and not _visible(value):
            continue
        kept.append(f"{name}: {value}")
    return f' style="{escape("; ".join(kept))}"' if kept else ""


def _visible(colour: str) -> bool:
    found = _HEX.fullmatch(colour.strip())
    if found is None:
        return False
    return contrast(_rgb(found.group(1)), (255, 255, 255)) >= MIN_CONTRAST


def _rgb(digits: str) -> tuple[int, int, int]:
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    red, green, blue = (int(digits[i : i + 2], 16) for i in (0, 2, 4))
    return red, green, blue


def luminance(rgb: tuple[int, int, int]) -> float:
    """WCAG relative luminance of an sRGB colour."""
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in (v / 255 for v in rgb)]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(one: tuple[int, int, int], other: tuple[int, int, int]) -> float:
    """WCAG contrast ratio, from 1 (none) to 21 (black on white)."""
    high, low = sorted((luminance(one), luminance(other)), reverse=True)
    return (high + 0.05) / (low + 0.05)


READABLE_CONTRAST = 4.5
_COLOUR_DECLARATION = re.compile(r"(?<![-\w])color:\s*#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})\b")


def readable_on(rendered: str, background: str) -> str:
    """Rendered HTML with each inline text colour (syntax highlighting, chosen for a white page) moved
    until it reads on `background` (`readable_colour`): for a dark theme's previews."""
    return _COLOUR_DECLARATION.sub(
        lambda match: f"color: {readable_colour(match.group(1), background)}", rendered
    )


def readable_colour(colour: str, background: str) -> str:
    """`colour` ("#rrggbb" or "#rgb") moved toward the opposite of `background` until it reads on it at
    4.5:1 (or ten steps were taken); as "#rrggbb"."""
    ground = _rgb(background.lstrip("#"))
    target = (255, 255, 255) if luminance(ground) < 0.5 else (0, 0, 0)
    moved = _rgb(colour.lstrip("#"))
    step = 0
    while contrast(moved, ground) < READABLE_CONTRAST and step < 10:
        step += 1
        moved = _mix(moved, target, 0.2)
    return "#{:02x}{:02x}{:02x}".format(*moved)


def _mix(colour: tuple[int, int, int], target: tuple[int, int, int], part: float) -> tuple[int, int, int]:
    red, green, blue = (round(c + (t - c) * part) for c, t in zip(colour, target, strict=True))
    return red, green, blue


def escape(text: str) -> str:
    return html.escape(text, quote=True)


def _as_plain(source: str, reason: str) -> str:
    return f"<p><em>Shown as plain text: {reason}.</em></p><pre>{escape(source)}</pre>"
