"""The toolbar keeps its layout; the colour dialog is readable."""

from __future__ import annotations

from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QColorDialog, QLabel

from .test_main_window import open_and_wait


def test_undo_keeps_its_toolbar_text_and_width(qtbot, window, label, engine):
    open_and_wait(qtbot, window, label.path)
    button = window.main_toolbar.widgetForAction(window.act_undo)
    width = window.main_toolbar.sizeHint().width()
    window.canvas.draw_box(420, 20, 560, 60)
    assert button.text() == "Undo"
    assert window.act_undo.text() == "&Undo Draw box"  # the Edit menu says what
    assert window.act_undo.toolTip().startswith("Undo Draw box")
    assert window.main_toolbar.sizeHint().width() == width
    for action in window.main_toolbar.actions():
        if not action.isSeparator():
            assert "&" not in window.main_toolbar.widgetForAction(action).text()


def test_colour_dialog_is_not_painted_like_the_swatch(qtbot, window, monkeypatch):
    window.color_button.set_rgb((0, 0, 0))
    child = QLabel("text", window.color_button)  # what a dialog parented to it would get
    child.ensurePolished()
    assert child.palette().color(QPalette.ColorRole.Window).name() != "#000000"
    parents = []
    monkeypatch.setattr(
        QColorDialog, "getColor", lambda color, parent, title: parents.append(parent) or color
    )
    window.color_button.click()
    assert parents == [window]


def test_hold_space_previews_while_the_file_list_has_focus(qtbot, window, label, engine):
    from PySide6.QtCore import Qt

    open_and_wait(qtbot, window, label.path)
    window.file_list.setFocus()
    qtbot.keyPress(window.file_list, Qt.Key.Key_Space)
    assert window.canvas.preview
    qtbot.keyRelease(window.file_list, Qt.Key.Key_Space)
    assert not window.canvas.preview
