"""Programme view: the figures a pairing publishes to its programme, signed, and never its text."""

from typing import Any

HUB_URL_ENV = "MENTORDESK_HUB_URL"
"""Where a hub's address is read from when none is given (so a password need not be typed on a command
line or kept in a file)."""


def check_size(data: bytes, limit: int, noun: str, refused: type[ValueError]) -> None:
    """Refuse (`refused`, naming `noun`) a file larger than any sound one."""
    if len(data) > limit:
        raise refused(f"the file holds {len(data):,} bytes; {noun} is at most {limit:,}")


def check_form(body: object, form: str, version: int, noun: str, refused: type[ValueError]) -> dict[str, Any]:
    """`body` if it is a document of `form` at `version`; `refused` saying which it is not otherwise."""
    if not isinstance(body, dict) or body.get("format") != form:
        raise refused(f"the file is not a MentorDesk {noun}")
    if body.get("version") != version:
        raise refused(f"the {noun} is of version {body.get('version')!r}; this MentorDesk reads {version}")
    return body
