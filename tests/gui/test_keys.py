"""Keyboard and focus: Space previews from anywhere in the window, Esc leaves Draw mode,
Tab walks the Settings dialog and shows where it is."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPalette

from redactor.gui.settings_dialog import SettingsDialog

from .test_main_window import open_and_wait


def test_space_previews_after_clicking_the_privacy_waybill_box(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    box = window.preset_check
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert box.isChecked()
    box.setFocus()
    qtbot.keyPress(box, Qt.Key.Key_Space)
    assert window.canvas.preview
    qtbot.keyRelease(box, Qt.Key.Key_Space)
    assert not window.canvas.preview
    assert box.isChecked()  # Space did not toggle the preset


def test_space_previews_from_a_toolbar_button(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    button = window.main_toolbar.widgetForAction(window.act_fit)
    button.setFocus()
    qtbot.keyPress(button, Qt.Key.Key_Space)
    assert window.canvas.preview
    qtbot.keyRelease(button, Qt.Key.Key_Space)
    assert not window.canvas.preview


def test_escape_leaves_draw_mode_fully(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    qtbot.keyClick(window.canvas, Qt.Key.Key_B)
    assert window.act_draw.isChecked() and window.canvas.draw_mode
    assert "Esc" in window.status_label.text()
    window.canvas.setFocus()
    qtbot.keyClick(window.canvas, Qt.Key.Key_Escape)
    assert not window.act_draw.isChecked()
    assert not window.canvas.draw_mode
    assert "draw a box" not in window.status_label.text()
    qtbot.keyClick(window.canvas, Qt.Key.Key_B)  # once is enough to draw again
    assert window.act_draw.isChecked() and window.canvas.draw_mode


def test_escape_leaves_draw_mode_from_the_file_list(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    window.act_draw.setChecked(True)
    window.file_list.setFocus()
    qtbot.keyClick(window.file_list, Qt.Key.Key_Escape)
    assert not window.act_draw.isChecked() and not window.canvas.draw_mode


@pytest.fixture
def dlg(qtbot, prefs) -> SettingsDialog:
    """The Settings dialog, shown and active (focus needs an active window)."""
    dialog = SettingsDialog(prefs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    return dialog


def test_tab_leaves_the_extra_words_box(qtbot, dlg):
    dlg.custom_edit.setFocus()
    qtbot.waitUntil(dlg.custom_edit.hasFocus)
    qtbot.keyClick(dlg.custom_edit, Qt.Key.Key_Tab)
    assert "\t" not in dlg.custom_edit.toPlainText()
    assert not dlg.custom_edit.hasFocus()


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), image.bytesPerLine())
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).astype(int)


def test_language_box_shows_a_focus_ring(qtbot, dlg):
    combo = dlg.language_combo
    dlg.engine_combo.setFocus()
    qtbot.waitUntil(dlg.engine_combo.hasFocus)
    before = _pixels(combo.grab().toImage())
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    after = _pixels(combo.grab().toImage())
    highlight = combo.palette().color(QPalette.ColorRole.Highlight)
    ring = np.array([highlight.red(), highlight.green(), highlight.blue()])
    edge = np.concatenate([after[0], after[-1], after[:, 0], after[:, -1]])
    # the whole outline turns the highlight colour, which it was not before
    assert (np.abs(edge - ring).sum(axis=1) < 40).mean() > 0.8
    assert np.abs(before - after).sum(axis=2).astype(bool).mean() > 0.05


def test_ctrl_c_copies_the_masked_image_as_in_other_image_tools(qtbot, window, label, engine):
    from PySide6.QtGui import QGuiApplication

    open_and_wait(qtbot, window, label.path)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(window.canvas, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert not QGuiApplication.clipboard().image().isNull()
    assert "clipboard" in window.notice.text()
