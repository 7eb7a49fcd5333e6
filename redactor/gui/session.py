"""The open documents, which one is on screen, and their undo stacks: state without widgets.

The window and its helpers (intake, analysis, save flow, review navigation)
all read and change this one object; widgets only reflect it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoGroup

from redactor.gui.document import Document
from redactor.gui.qtcompat import emit


class Session(QObject):
    documentAdded = Signal(object)  # Document
    documentRemoved = Signal(object)  # Document
    currentChanged = Signal(object)  # Document or None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.docs: dict[int, Document] = {}
        self.current: Document | None = None
        self.undo_group = QUndoGroup(self)
        self._paste_count = 0

    def add(self, doc: Document) -> Document:
        self.docs[doc.id] = doc
        self.undo_group.addStack(doc.undo_stack)
        emit(self.documentAdded, doc)
        return doc

    def remove(self, doc: Document) -> None:
        self.undo_group.removeStack(doc.undo_stack)
        self.docs.pop(doc.id, None)
        if self.current is doc:
            self.current = None
        emit(self.documentRemoved, doc)
        doc.deleteLater()

    def set_current(self, doc: Document | None) -> Document | None:
        """Make ``doc`` the document on screen; returns the one shown before."""
        previous = self.current
        self.current = doc
        self.undo_group.setActiveStack(doc.undo_stack if doc is not None else None)
        if previous is not doc:
            emit(self.currentChanged, doc)
        return previous

    def open_by_path(self) -> dict[Path, Document]:
        return {d.path.resolve(): d for d in self.docs.values() if d.path is not None}

    def next_paste_number(self) -> int:
        self._paste_count += 1
        return self._paste_count

    def ready(self) -> list[Document]:
        return [d for d in self.docs.values() if d.is_ready]

    def unsaved(self) -> list[Document]:
        """Documents with edits (or results) not written to a file yet, and pasted
        images never saved: quitting would lose them."""
        return [d for d in self.docs.values() if d.unsaved]
