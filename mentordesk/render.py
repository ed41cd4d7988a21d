"""Markdown to sanitised HTML: the one renderer every view uses.

Text in MentorDesk may come from a partner's export file, so the HTML is cleaned with an allowlist
after rendering: no scripts, no event handlers, no embedded objects, and links only to web and mail.
"""

from __future__ import annotations

import html

import markdown
import nh3

MAX_PREVIEW_CHARS = 500_000

_TAGS = {
    "a", "p", "br", "hr", "pre", "code", "blockquote", "em", "strong", "del", "ul", "ol", "li",
    "h1", "h2", "h3", "h4", "h5", "h6", "table", "thead", "tbody", "tr", "th", "td", "span", "div",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href", "title"}, "th": {"align"}, "td": {"align"}, "span": {"class"}, "code": {"class"}}


def markdown_to_html(source: str) -> str:
    """Render Markdown to safe HTML; oversized text is shown escaped instead of parsed."""
    if len(source) > MAX_PREVIEW_CHARS:
        return f"<p><em>Too large to preview ({len(source):,} characters).</em></p>"
    rendered = markdown.markdown(source, extensions=["tables", "fenced_code", "sane_lists"])
    return nh3.clean(
        rendered,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto"},
        link_rel="noopener noreferrer",
    )


def escape(text: str) -> str:
    return html.escape(text, quote=True)
