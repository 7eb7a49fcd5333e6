"""Loading translations: the UI follows the system locale (Chinese or English) unless set."""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QTranslator,
)

from redactor.gui.icons import assets_dir

_installed: list[QTranslator] = []

# Labels of Qt's own file dialog that its zh_CN catalogue lacks (they gained a mnemonic,
# "&Look in:"): our catalogue carries them in Qt's context, asked after Qt's.
QT_CATALOGUE_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


def translations_dir():
    return assets_dir() / "translations"


def resolve_language(pref: str, system: QLocale | None = None) -> str:
    """'en' or 'zh_CN': the saved choice, else the system's language."""
    if pref in ("en", "zh_CN"):
        return pref
    loc = system or QLocale.system()
    if loc.language() == QLocale.Language.Chinese:
        return "zh_CN"
    return "en"


def install_language(app: QCoreApplication, lang: str) -> bool:
    """Replace the installed translators; True when a Chinese catalogue was loaded."""
    for t in _installed:
        app.removeTranslator(t)
    _installed.clear()
    if lang != "zh_CN":
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        return False
    QLocale.setDefault(QLocale(QLocale.Language.Chinese, QLocale.Country.China))
    ours = QTranslator(app)
    ok = ours.load(str(translations_dir() / "redactor_zh_CN.qm"))
    if ok:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # Qt's own texts: file dialogs, standard buttons (OK, Cancel, …)
    for folder in qt_translation_dirs():
        if qt.load("qtbase_zh_CN", folder) or qt.load("qt_zh_CN", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return ok


def qt_translation_dirs() -> list[str]:
    """Where Qt's own catalogues may be: Qt's configured folder, then next to PySide6
    (a frozen bundle's Qt may be configured for a folder it does not have)."""
    import sys
    from pathlib import Path

    import PySide6

    dirs = [QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)]
    here = Path(PySide6.__file__).resolve().parent
    dirs += [str(here / "Qt" / "translations"), str(here / "translations")]
    base = getattr(sys, "_MEIPASS", None)
    if base:
        dirs += [str(Path(base) / "PySide6" / "Qt" / "translations")]
    return [d for d in dirs if d]
