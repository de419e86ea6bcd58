"""Loading the UI language through Qt's translation system (Vorta's i18n pattern).

Source strings are English; ``resources/i18n/unionplanner_vi.ts`` holds the Vietnamese
catalogue (``make translations`` refreshes it with pyside6-lupdate, ``make`` compiles it with
pyside6-lrelease). Vietnamese is the default; English means no catalogue.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from unionplanner.core import paths

DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def current_language() -> str:
    value = QSettings().value("ui/language", DEFAULT_LANGUAGE)
    return value if value in paths.LANGUAGES else DEFAULT_LANGUAGE


def install_translators(app: QCoreApplication, language: str | None = None) -> bool:
    """Install the app's catalogue (and Qt's own, for standard buttons) for ``language``.
    Returns False if the app catalogue could not be loaded (then the UI shows English)."""
    language = language or current_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    QLocale.setDefault(QLocale(QLocale.Language.Vietnamese if language == "vi"
                               else QLocale.Language.English))
    if language == "en":
        return True
    ok = False
    translator = QTranslator(app)
    try:
        ok = translator.load(str(paths.translation_file(language)))
    except FileNotFoundError:
        ok = False
    if ok:
        app.installTranslator(translator)
        _installed.append(translator)
    # Qt's own strings (file dialogs, Cancel, "Show Details…"): Qt's catalogue where Qt has
    # one, else ours (Qt ships no Vietnamese)
    qt_translator = QTranslator(app)
    try:
        ours = str(paths.qt_translation_file(language))
    except FileNotFoundError:
        ours = ""
    if qt_translator.load(f"qtbase_{language}",
                          QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) or (
            ours and qt_translator.load(ours)):
        app.installTranslator(qt_translator)
        _installed.append(qt_translator)
    return ok
