"""Undoable edits of a document's regions (one QUndoStack per document)."""

from __future__ import annotations

import contextlib
from collections.abc import Iterable
from dataclasses import replace

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from redactor.core.models import MANUAL_SOURCE, Category, Finding, Quad
from redactor.gui.document import Document
from redactor.gui.regions import Region, new_id

translate = QCoreApplication.translate


def _gone():
    """A region a newer analysis no longer has: its old edits undo and redo as no-ops."""
    return contextlib.suppress(KeyError)


def manual_finding(quad: Quad) -> Finding:
    x0, y0, x1, y1 = quad.bbox
    return Finding(Category.MANUAL, quad, 1.0, MANUAL_SOURCE, True, float(y1 - y0))


class AddRegionCommand(QUndoCommand):
    """Add a box drawn by hand (category ``manual``)."""

    def __init__(
        self, doc: Document, page: int, finding: Finding, parent: QUndoCommand | None = None
    ):
        super().__init__(translate("EditCommands", "Draw box"), parent)
        self.key = "Draw box"
        self.doc = doc
        self.page = page
        self.region = Region(new_id(), finding)

    def redo(self) -> None:
        self.doc.insert_region(self.page, self.region)

    def undo(self) -> None:
        with _gone():
            self.doc.remove_region(self.region.id)


class RemoveRegionCommand(QUndoCommand):
    def __init__(self, doc: Document, region_id: int, parent: QUndoCommand | None = None):
        super().__init__(translate("EditCommands", "Delete box"), parent)
        self.key = "Delete box"
        self.doc = doc
        self.region_id = region_id
        self._page = 0
        self._index = 0
        self._region: Region | None = None

    def redo(self) -> None:
        self._region = None
        with _gone():
            self._page, self._index, self._region = self.doc.remove_region(self.region_id)

    def undo(self) -> None:
        if self._region is not None:
            self.doc.insert_region(self._page, self._region, self._index)


class ChangeRegionCommand(QUndoCommand):
    """Replace one region's finding (move, resize, enable/disable)."""

    def __init__(
        self,
        doc: Document,
        region_id: int,
        finding: Finding,
        text: str,
        parent: QUndoCommand | None = None,
        key: str = "",
    ):
        super().__init__(text, parent)
        self.key = key
        self.doc = doc
        self.region_id = region_id
        self.new = finding
        self.old = doc.region(region_id).finding

    def redo(self) -> None:
        with _gone():
            self.doc.replace_finding(self.region_id, self.new)

    def undo(self) -> None:
        with _gone():
            self.doc.replace_finding(self.region_id, self.old)


class MacroCommand(QUndoCommand):
    """Several edits as one undo step (Python-owned children: no Qt parent chain)."""

    def __init__(self, text: str, children: list[QUndoCommand], key: str = ""):
        super().__init__(text)
        self.key = key
        self.children = children

    def redo(self) -> None:
        for c in self.children:
            c.redo()

    def undo(self) -> None:
        for c in reversed(self.children):
            c.undo()


def move_command(doc: Document, region_id: int, quad: Quad) -> QUndoCommand:
    old = doc.region(region_id).finding
    # a box moved by hand is masked whole: the policy's cut no longer fits it
    f = replace(old, quad=quad, partial=None)
    return ChangeRegionCommand(
        doc,
        region_id,
        f,
        translate("EditCommands", "Move or resize box"),
        key="Move or resize box",
    )


def toggle_command(doc: Document, region_ids: Iterable[int], enabled: bool) -> QUndoCommand | None:
    """Enable or disable several regions as one undo step; None when nothing changes."""
    ids = [i for i in region_ids if doc.region(i).finding.enabled != enabled]
    if not ids:
        return None
    key = "Mask item" if enabled else "Keep item (do not mask)"
    text = (
        translate("EditCommands", "Mask item")
        if enabled
        else translate("EditCommands", "Keep item (do not mask)")
    )
    return MacroCommand(
        text,
        [
            ChangeRegionCommand(doc, i, doc.region(i).finding.with_enabled(enabled), text, key=key)
            for i in ids
        ],
        key=key,
    )


def delete_command(doc: Document, region_ids: Iterable[int]) -> QUndoCommand | None:
    ids = list(region_ids)
    if not ids:
        return None
    return MacroCommand(
        translate("EditCommands", "Delete box"),
        [RemoveRegionCommand(doc, i) for i in ids],
        key="Delete box",
    )


def retranslate_stack(stack) -> None:
    """Name a stack's steps again in the current language (after a language switch)."""
    for i in range(stack.count()):
        command = stack.command(i)
        key = getattr(command, "key", "")
        if key:
            command.setText(translate("EditCommands", key))
