"""Actions that wait for documents whose findings are still being checked.

A save asked while the masked result is being verified must not write an
unverified page: it waits, then runs as it would have (with the review question
if the check flags the page). Each waiting action has a key, so asking twice
waits once.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject

from redactor.gui.document import Document


class AfterCheck(QObject):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._waiting: dict[object, tuple[list[Document], Callable[[], None]]] = {}
        self._watched: set[int] = set()

    def wait(self, key: object, docs: Iterable[Document], action: Callable[[], None]) -> None:
        """Run ``action`` once none of ``docs`` is being checked (replaces a wait of ``key``)."""
        docs = list(docs)
        self._waiting[key] = (docs, action)
        for doc in docs:
            if doc.id not in self._watched:
                self._watched.add(doc.id)
                doc.statusChanged.connect(self._poll)
                doc.destroyed.connect(lambda _o=None, i=doc.id: self._closed(i))
        self._poll()

    def _closed(self, doc_id: int) -> None:
        """A closed document is waited for no longer."""
        self._watched.discard(doc_id)
        for key, (docs, action) in list(self._waiting.items()):
            self._waiting[key] = ([d for d in docs if d.id != doc_id], action)
        self._poll()

    def waiting(self, key: object) -> bool:
        return key in self._waiting

    def _poll(self) -> None:
        for key, (docs, action) in list(self._waiting.items()):
            if not any(d.is_checking for d in docs):
                del self._waiting[key]
                action()
