"""The one Markdown renderer: useful HTML in, nothing dangerous out."""

from __future__ import annotations

import pytest

from mentordesk.render import MAX_PREVIEW_CHARS, markdown_to_html


def test_markdown_features() -> None:
    out = markdown_to_html(
        "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n```python\nx = 1\n```\n\n- one\n- two"
    )
    assert "<h1>Title</h1>" in out and "<table>" in out and "<code" in out and "<li>one</li>" in out


def test_dangerous_html_is_removed() -> None:
    hostile = (
        "<script>alert(1)</script><img src=x onerror=alert(2)><iframe src='https://evil'></iframe>"
        "[click](javascript:alert(3)) [data](data:text/html,hi) [file](file:///etc/passwd) "
        "[ok](https://example.org)"
    )
    out = markdown_to_html(hostile)
    for banned in ("<script", "onerror", "<iframe", "javascript:", "data:text", "file:", "<img"):
        assert banned not in out
    assert 'href="https://example.org"' in out


def test_oversized_text_is_not_parsed() -> None:
    out = markdown_to_html("x" * (MAX_PREVIEW_CHARS + 1))
    assert "Too large to preview" in out


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("[" * 8000, "too many brackets"),  # Python-Markdown needs ~7 s for this
        ("![" * 3000, "too many brackets"),
        ("1. " * 60_000, "nested too deeply"),  # RecursionError inside Python-Markdown
        ("\n".join("  " * i + "- x" for i in range(700)), "nested too deeply"),
        ("> " * 5000 + "x", "nested too deeply"),
        ("- a\n  - b\n    - c", "<li>"),
        ("x" * 5_000_000, "Too large to preview"),
        ("- " * 100_000, ""),
        ("*a* " * 40_000, "too much emphasis"),  # Python-Markdown needs ~7 s for this
        ("_a_ " * 40_000, "too much emphasis"),
    ],
)
def test_pathological_input_renders_in_bounded_time(source: str, expected: str) -> None:
    out = markdown_to_html(source)
    assert expected in out
    assert "<script" not in out


def test_plain_fallback_is_escaped() -> None:
    out = markdown_to_html("<script>alert(1)</script>" + "[" * 500)
    assert "<script>" not in out and "&lt;script&gt;" in out


def test_code_is_highlighted_with_harmless_styles_only() -> None:
    out = markdown_to_html("```python\ndef plan(days: int) -> str:\n    return 'ninety'\n```")
    assert "<span style=" in out and "color:" in out and "def" in out
    hostile = markdown_to_html(
        '<span style="background-image: url(https://x.example/a.png); color: red">x</span>'
    )
    assert "url(" not in hostile and "background-image" not in hostile


HOSTILE = [
    ("<script>alert(1)</script>", "<script"),
    ('<img src="x" onerror="alert(1)">', "onerror"),
    ("[x](javascript:alert(1))", "javascript:"),
    ('<a href="javascript:alert(1)">x</a>', "javascript:"),
    ("![x](data:image/png;base64,AAAA)", "data:"),
    ('<img src="data:image/png;base64,AAAA">', "data:"),
    ("<iframe src='https://evil.example'><iframe src='x'></iframe></iframe>", "<iframe"),
    ("<object data='x.swf'></object><embed src='x'>", "<object"),
    ("[x](file:///etc/passwd)", "file:"),
    ('<div style="background:url(https://x.example/a)">x</div>', "url("),
    ('<svg onload="alert(1)"></svg>', "onload"),
    ('<a href="JaVaScRiPt:alert(1)">x</a>', "script:"),
]


@pytest.mark.parametrize(("source", "banned"), HOSTILE)
def test_hostile_input_table(source: str, banned: str) -> None:
    assert banned.lower() not in markdown_to_html(source).lower()


@pytest.mark.parametrize(
    "style",
    ["color: transparent", "color:#fff", "color: #FEFEFE", "color: white", "color: rgba(0,0,0,0)"],
)
def test_styles_that_hide_text_are_dropped(style: str) -> None:
    out = markdown_to_html(f'Shown <span style="{style}">hidden words</span> <div style="{style}">more</div>')
    assert "hidden words" in out and "style=" not in out


def test_readable_colours_survive() -> None:
    out = markdown_to_html('<span style="color: #BA2121; font-weight: bold">red</span>')
    assert 'style="color: #BA2121; font-weight: bold"' in out


def test_a_live_preview_of_long_text_is_cut_at_a_line_with_a_way_to_show_all() -> None:
    text = "".join(f"Line {n}\n" for n in range(40_000))
    cut = markdown_to_html(text, preview=True)
    assert "Line 0" in cut and "Line 39999" not in cut and "Show all" in cut
    assert "Line 39999" in markdown_to_html(text)
