"""Translation. Every string the window shows goes through `translate(context, text)` (Qt's
QCoreApplication.translate, whose calls `pyside6-lupdate` finds in the source); the English text is the
key. A language is a `resources/i18n/mentordesk_<language>.qm`, compiled by `pyside6-lrelease` from the
`.ts` file translators edit; the one for the system's locale is loaded at start. docs/TRANSLATING.md says
how to add one.

Text with values in it is translated whole, with named fields filled after: translate("Edit menu",
"Undo {action}").format(action=...), so that a language can put the value where its grammar wants it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from mentordesk import wording
from mentordesk.assets import asset
from mentordesk.wording import QT_TRANSLATE_NOOP as QT_TRANSLATE_NOOP

translate = QCoreApplication.translate
wording.use_translator(translate)  # the services' texts go through the same translators as the window's


def translations_folder() -> Path:
    return Path(str(asset("i18n")))


def install_translator(app: QCoreApplication, locale: QLocale | None = None) -> QTranslator | None:
    """Load and install the translation for `locale` (the system's by default), falling back from
    "pt_BR" to "pt" as Qt does; None when there is none (the English texts are shown)."""
    translator = QTranslator(app)
    if not translator.load(locale or QLocale(), "mentordesk", "_", str(translations_folder()), ".qm"):
        translator.deleteLater()
        return None
    app.installTranslator(translator)
    wording.use_language(translator.language())
    return translator
