"""The smaller points a person ran into (issue 13, point 9)."""

from __future__ import annotations

import subprocess
import sys

from PySide6.QtCore import Qt

from .conftest import make_label
from .test_main_window import open_and_wait


def test_a_bad_file_is_named_once(qtbot, window, tmp_path, engine, dialog_log):
    broken = tmp_path / "broken.jpg"
    broken.write_bytes(b"\xff\xd8\xff\xe0 this is not really a jpeg")
    window.open_paths([broken])
    qtbot.waitUntil(lambda: bool(dialog_log.errors), timeout=10000)
    _title, text, _ = dialog_log.errors[0]
    line = next(x for x in text.splitlines() if "broken.jpg" in x)
    assert line.count("broken.jpg") == 1, line


def test_help_menu_has_how_to_use(qtbot, window):
    texts = [a.text() for a in window.menu_help.actions() if not a.isSeparator()]
    assert texts == ["&How to use Redactor", "&About Redactor"]
    assert not window.act_help.shortcut().isEmpty()
    from redactor.gui.about import help_html

    assert "Space" in help_html() and "F8" in help_html()


def test_draw_mode_ends_when_another_image_is_shown(qtbot, window, tmp_path, engine):
    docs = window.open_paths([make_label(tmp_path / f"d{i}.png").path for i in range(2)])
    qtbot.waitUntil(lambda: all(d.is_ready for d in docs), timeout=10000)
    qtbot.waitUntil(lambda: docs[0].has_pixels, timeout=10000)
    window.act_draw.setChecked(True)
    assert window.canvas.draw_mode
    window.act_next.trigger()
    assert window.current is docs[1]
    assert not window.act_draw.isChecked() and not window.canvas.draw_mode


def test_pixelate_and_blur_hide_the_colour_and_say_they_are_weaker(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    combo = window.mask_combo
    assert window.color_button_action.isVisible()
    combo.setCurrentIndex(combo.findData("blur"))
    assert not window.color_button_action.isVisible()
    for style in ("pixelate", "blur"):
        i = combo.findData(style)
        assert "weaker" in combo.itemText(i)
        assert "reconstructed" in combo.itemData(i, Qt.ItemDataRole.ToolTipRole)
    combo.setCurrentIndex(combo.findData("fill"))
    assert window.color_button_action.isVisible()


def test_window_without_qt_says_how_to_install_it():
    import tomllib
    from pathlib import Path

    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    entry = tomllib.loads(pyproject.read_text())["project"]["gui-scripts"]["redactor-gui"]
    module, func = entry.split(":")
    code = (
        "import sys\n"
        "sys.modules['PySide6'] = None  # as if the gui extra were not installed\n"
        f"from {module} import {func} as main\n"
        "sys.exit(main([]))\n"
    )
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert run.returncode == 2, run.stderr
    assert "pip install 'redactor[gui]'" in run.stderr
    assert "Traceback" not in run.stderr
