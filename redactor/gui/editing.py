"""Edits of the document on screen, turned into undo commands; selection kept in step."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from redactor.core.models import Quad
from redactor.gui.edit_commands import (
    AddRegionCommand,
    delete_command,
    manual_finding,
    move_command,
    toggle_command,
)

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

translate = QCoreApplication.translate


#: Where Space types or picks something itself: it is not the preview key there.
_TEXT_INPUTS = (QLineEdit, QAbstractSpinBox, QPlainTextEdit, QTextEdit)


class WindowKeys(QObject):
    """The window's own keys, whichever of its widgets has the focus (an application-wide
    event filter): hold Space for the masked preview, even on a check box or a button
    just clicked, where Space would toggle or press it; Esc leaves Draw mode."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind not in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            return False
        if not isinstance(watched, QWidget) or watched.window() is not self.w:
            return False  # a dialog's keys are its own
        key = event  # a QKeyEvent
        if key.modifiers() or isinstance(watched, _TEXT_INPUTS):  # type: ignore[attr-defined]
            return False
        if key.key() == Qt.Key.Key_Space:  # type: ignore[attr-defined]
            if not key.isAutoRepeat() and self.w.act_preview.isEnabled():  # type: ignore[attr-defined]
                self.w.canvas.set_preview(kind == QEvent.Type.KeyPress)
            return True
        if key.key() == Qt.Key.Key_Escape and self.w.act_draw.isChecked():  # type: ignore[attr-defined]
            if kind == QEvent.Type.KeyPress:
                self.w.act_draw.setChecked(False)  # the button, the canvas and the hint
            return True
        return False


class Editor:
    def __init__(self, window: MainWindow) -> None:
        self.w = window

    def push(self, command) -> None:
        doc = self.w.current
        if command is not None and doc is not None:
            doc.undo_stack.push(command)

    def on_region_edited(self, region_id: int, quad: Quad) -> None:
        doc = self.w.current
        if doc is None:
            return
        with contextlib.suppress(KeyError):  # the region was deleted meanwhile
            self.push(move_command(doc, region_id, quad))

    def on_box_drawn(self, quad: Quad) -> None:
        doc = self.w.current
        if doc is None or not doc.shows_findings:
            return
        self.push(AddRegionCommand(doc, doc.page_index, manual_finding(quad)))

    def on_toggled(self, ids: list, enabled: bool) -> None:
        doc = self.w.current
        if doc is None:
            return
        self.push(toggle_command(doc, ids, enabled))
        self.w.refresh_panel_soon()  # a refused toggle must still restore the check box

    def delete_selected(self) -> None:
        doc = self.w.current
        if doc is None:
            return
        ids = self.w.canvas.selected_ids() or self.w.findings.selected_ids()
        self.push(delete_command(doc, ids))

    def jump_to(self, target: int | Quad) -> None:
        """Bring a doubtful area into view: a region is selected, a line is flashed."""
        if isinstance(target, Quad):
            self.w.canvas.show_area(target)
            return
        self.w.canvas.select_ids([target])
        self.w.findings.select_ids([target])
        self.w.update_ui()

    def on_canvas_selection(self, ids: list) -> None:
        self.w.findings.select_ids(ids)
        self.w.update_ui()

    def on_panel_selection(self, ids: list) -> None:
        self.w.canvas.select_ids(ids)
        self.w.update_ui()

    def set_draw_mode(self, on: bool) -> None:
        self.w.canvas.set_draw_mode(on)
        hint = translate("MainWindow", "Drag over the image to draw a box. Press Esc or B to stop.")
        if on:
            self.w.show_status(hint)
        elif self.w.status_label.text() == hint:
            self.w.show_status("")  # the hint would promise a mode that is off

    def on_preview_changed(self, on: bool) -> None:
        act = self.w.act_preview
        if act.isChecked() != on:
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
