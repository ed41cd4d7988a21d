"""How the layers below the window word what they tell people (figures, their explanations, messages)
so that a translation reaches them too, without those layers knowing of Qt.

`translate(context, text)` returns `text` until the window routes it through Qt's translators
(mentordesk.ui.i18n does on import); the command line, which has none, keeps the English text.
`pyside6-lupdate` finds both names below in the source, so these texts are in the catalogue with the
window's own."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

_translator: Callable[[str, str], str] | None = None
_language = ""


def _english_day(when: dt.date) -> str:
    return f"{when.day} {when:%b %Y}"


def _english_day_month(when: dt.date) -> str:
    return f"{when.day} {when:%b}"


def _english_month(when: dt.date) -> str:
    return f"{when:%b %Y}"


_day: Callable[[dt.date], str] = _english_day
_day_month: Callable[[dt.date], str] = _english_day_month
_month: Callable[[dt.date], str] = _english_month


def translate(context: str, text: str) -> str:
    """`text` in the language the window shows: translated whole, with any {named} fields filled after."""
    return _translator(context, text) if _translator is not None else text


def use_translator(translator: Callable[[str, str], str] | None) -> None:
    """Word every text through `translator` from now on (None: English, as written)."""
    global _translator
    _translator = translator


def language() -> str:
    """The language the texts are shown in ("de", "pt_BR"), as the translation loaded says; empty for the
    English they are written in. Content a language translates as files (templates, the guide) is read
    from the resources' folder for it (mentordesk.assets.localised)."""
    return _language


def day(when: dt.date) -> str:
    """A date in the window's short form ("29 Nov 2026"; the system's own order and month names once
    the window gives its forms)."""
    return _day(when)


def day_month(when: dt.date) -> str:
    """Day and month in the window's form ("29 Nov")."""
    return _day_month(when)


def month(when: dt.date) -> str:
    """A month and its year in the window's form ("Nov 2026"), as a chart's axis names it."""
    return _month(when)


def use_date_forms(
    whole: Callable[[dt.date], str],
    without_year: Callable[[dt.date], str],
    of_month: Callable[[dt.date], str],
) -> None:
    """Write dates in these forms from now on (mentordesk.ui.dates gives the window's)."""
    global _day, _day_month, _month
    _day, _day_month, _month = whole, without_year, of_month


def use_language(code: str) -> None:
    global _language
    _language = code


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark `text` for the catalogue without translating it: for tables made at import (keys that must
    stay English); where it is shown, translate(context, text) translates it."""
    return text
