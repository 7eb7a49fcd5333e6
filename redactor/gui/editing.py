"""Edits of the document on screen, turned into undo commands; selection kept in step."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt

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


class SpacePreview(QObject):
    """Hold Space for the masked preview also while another view has the focus (the file
    list, after picking a file): its Space would only re-select the current row."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.w = window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = event  # a QKeyEvent
            if key.key() == Qt.Key.Key_Space and not key.modifiers():  # type: ignore[attr-defined]
                if not key.isAutoRepeat() and self.w.act_preview.isEnabled():  # type: ignore[attr-defined]
                    self.w.canvas.set_preview(kind == QEvent.Type.KeyPress)
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
        if on:
            self.w.show_status(
                translate(
                    "MainWindow", "Drag over the image to draw a box. Press Esc or B to stop."
                )
            )

    def on_preview_changed(self, on: bool) -> None:
        act = self.w.act_preview
        if act.isChecked() != on:
            act.blockSignals(True)
            act.setChecked(on)
            act.blockSignals(False)
