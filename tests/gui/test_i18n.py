"""Chinese translation: complete, compiled, and actually shown."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from redactor.core.models import Category
from redactor.gui.i18n import install_language, resolve_language, translations_dir
from redactor.gui.style import category_label

ROOT = Path(__file__).resolve().parents[2]
TS = translations_dir() / "redactor_zh_CN.ts"
QM = translations_dir() / "redactor_zh_CN.qm"


def has_cjk(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def test_every_string_is_translated_to_chinese():
    """Fails when a new tr() string has no finished zh_CN translation (run scripts/i18n.py)."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import i18n as i18n_script
    finally:
        sys.path.pop(0)
    assert TS.exists()
    assert i18n_script.problems(TS) == [], "unfinished translations in the .ts file"
    if shutil.which("pyside6-lupdate") is None:
        pytest.skip("pyside6-lupdate not installed: cannot compare with the sources")
    assert i18n_script.main(["--check"]) == 0, (
        "strings in the sources are missing from the .ts: run scripts/i18n.py"
    )


def test_compiled_catalogue_matches_the_source(tmp_path):
    assert QM.exists()
    lrelease = shutil.which("pyside6-lrelease")
    if lrelease is None:
        pytest.skip("pyside6-lrelease not installed")
    out = tmp_path / "check.qm"
    subprocess.run([lrelease, "-silent", str(TS), "-qm", str(out)], check=True)
    assert out.read_bytes() == QM.read_bytes(), "the .qm is stale: run scripts/i18n.py"


def test_language_follows_the_system_unless_chosen():
    zh = QLocale(QLocale.Language.Chinese, QLocale.Country.China)
    en = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert resolve_language("", zh) == "zh_CN"
    assert resolve_language("", en) == "en"
    assert resolve_language("en", zh) == "en"
    assert resolve_language("zh_CN", en) == "zh_CN"


@pytest.fixture
def chinese(qapp):
    assert install_language(qapp, "zh_CN")
    yield
    install_language(qapp, "en")


def test_chinese_labels_are_shown(qtbot, prefs, chinese):
    from redactor.gui.main_window import MainWindow

    assert category_label(Category.PHONE) == "电话"
    w = MainWindow(prefs)
    qtbot.addWidget(w)
    w.show()
    assert w.drop_zone.title.text() == "把快递面单或小票的照片拖到这里"
    assert has_cjk(w.act_save.text())
    assert has_cjk(w.menuBar().actions()[0].text())
    assert has_cjk(w.findings.summary.text())


def test_english_is_the_fallback(qtbot, prefs, qapp):
    from redactor.gui.main_window import MainWindow

    install_language(qapp, "en")
    w = MainWindow(prefs)
    qtbot.addWidget(w)
    assert w.drop_zone.title.text() == "Drop photos of parcel labels or receipts here"
    assert isinstance(QApplication.instance(), QApplication)
