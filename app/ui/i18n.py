"""Languages at run time: Qt's own translations first, then ours
(docs/architecture.md, "Languages").

Changing the language installs new translators; Qt then sends every widget a
``LanguageChange`` event, on which it sets its texts again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QObject, QTranslator, Signal

from app.domain.messages import Message
from app.paths import translations_dir

LANGUAGES = ("nl", "fr", "en")
TRANSLATIONS = translations_dir()


def language_names() -> dict[str, str]:
    """Each language in its own words (not translated: people look for their own)."""
    return {"nl": "Nederlands", "fr": "Français", "en": "English"}


def system_language() -> str:
    name = QLocale.system().name()[:2]
    return name if name in LANGUAGES else "en"


def tr_message(message: Message) -> str:
    """A message from the layers below the UI, in the current language."""
    translated = QCoreApplication.translate(message.context, message.text)
    reason = message.params.get("reason")
    if isinstance(reason, str):  # a reason marked for translation in the same context
        params = {**message.params, "reason": QCoreApplication.translate(message.context, reason)}
        message = Message(message.context, message.text, params)
    try:
        return message.format(translated)
    except (KeyError, IndexError, ValueError):
        return message.format()


class Languages(QObject):
    """The current language and its translators."""

    sig_changed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._installed: list[QTranslator] = []
        self.current = "en"

    def set_language(self, code: str) -> None:
        if code not in LANGUAGES:
            code = "en"
        app = QCoreApplication.instance()
        assert app is not None
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        locale = QLocale(code)
        QLocale.setDefault(locale)
        if code != "en":
            qt = QTranslator(self)
            qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            if qt.load(locale, "qtbase", "_", qt_dir):
                app.installTranslator(qt)
                self._installed.append(qt)
        # English has a file of its own too: it holds the plural forms.
        ours = QTranslator(self)
        if ours.load(str(TRANSLATIONS / f"thuisboek_{code}.qm")):
            app.installTranslator(ours)
            self._installed.append(ours)
        self.current = code
        self.sig_changed.emit(code)

    def locale(self) -> QLocale:
        return QLocale(self.current)
