"""The list of opened files: thumbnail, name and status (failed files explain why)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from redactor.gui.document import Document, Status
from redactor.gui.qtcompat import emit

translate = QCoreApplication.translate

ROLE_DOC = Qt.ItemDataRole.UserRole + 1
THUMB = 56

STATUS_COLORS = {
    Status.QUEUED: "#8a8f98",
    Status.ANALYSING: "#2f7fd8",
    Status.NEEDS_REVIEW: "#d98b00",
    Status.VERIFIED: "#2e9d4f",
    Status.SAVED: "#1f7a3a",
    Status.FAILED: "#d0342c",
    Status.CANCELLED: "#8a8f98",
}


def status_text(doc: Document) -> str:
    s = doc.status
    if s == Status.ANALYSING:
        return translate("FileList", "Analysing… %1%").replace("%1", str(round(doc.progress * 100)))
    return {
        Status.QUEUED: translate("FileList", "Waiting"),
        Status.NEEDS_REVIEW: translate("FileList", "Needs review"),
        Status.VERIFIED: translate("FileList", "Verified"),
        Status.SAVED: translate("FileList", "Saved"),
        Status.FAILED: translate("FileList", "Failed"),
        Status.CANCELLED: translate("FileList", "Cancelled"),
    }[s]


def status_tooltip(doc: Document) -> str:
    s = doc.status
    lines = [str(doc.path) if doc.path else doc.name]
    if s == Status.FAILED:
        lines.append(translate("FileList", "Failed: %1").replace("%1", doc.error))
    elif s == Status.NEEDS_REVIEW:
        lines.append(
            translate(
                "FileList",
                "Redactor is not sure everything was found. Check the image before saving.",
            )
        )
    elif s == Status.VERIFIED:
        lines.append(translate("FileList", "A second check after masking found nothing left."))
    elif s == Status.SAVED and doc.saved_to is not None:
        lines.append(translate("FileList", "Saved as %1").replace("%1", str(doc.saved_to)))
    lines.extend(doc.warnings)
    return "\n".join(lines)


def _placeholder(color: str) -> QPixmap:
    pm = QPixmap(THUMB, THUMB)
    pm.fill(QColor("#e9ebee"))
    p = QPainter(pm)
    p.setPen(QColor(color))
    p.drawRect(0, 0, THUMB - 1, THUMB - 1)
    p.end()
    return pm


class FileList(QListWidget):
    currentDocChanged = Signal(object)  # doc id or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("fileList")
        self.setIconSize(QSize(THUMB, THUMB))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setUniformItemSizes(True)
        self.setSpacing(2)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.currentItemChanged.connect(self._on_current)
        self._items: dict[int, QListWidgetItem] = {}

    def add(self, doc: Document) -> None:
        item = QListWidgetItem(self)
        item.setData(ROLE_DOC, doc.id)
        self._items[doc.id] = item
        self.refresh(doc)

    def remove(self, doc_id: int) -> None:
        item = self._items.pop(doc_id, None)
        if item is not None:
            self.takeItem(self.row(item))

    def refresh(self, doc: Document) -> None:
        item = self._items.get(doc.id)
        if item is None:
            return
        color = STATUS_COLORS[doc.status]
        item.setText(f"{doc.name}\n{status_text(doc)}")
        item.setToolTip(status_tooltip(doc))
        item.setForeground(
            QColor(color) if doc.status == Status.FAILED else self.palette().text().color()
        )
        pm = QPixmap.fromImage(doc.thumbnail) if doc.thumbnail is not None else _placeholder(color)
        item.setIcon(QIcon(_with_status_dot(pm, color)))

    def select_doc(self, doc_id: int) -> None:
        item = self._items.get(doc_id)
        if item is not None:
            self.setCurrentItem(item)

    def doc_ids(self) -> list[int]:
        return [self.item(i).data(ROLE_DOC) for i in range(self.count())]

    def item_for(self, doc_id: int) -> QListWidgetItem | None:
        return self._items.get(doc_id)

    def _on_current(self, current: QListWidgetItem | None, _previous) -> None:
        emit(self.currentDocChanged, current.data(ROLE_DOC) if current is not None else None)


def _with_status_dot(pm: QPixmap, color: str) -> QPixmap:
    canvas = QPixmap(THUMB, THUMB)
    canvas.fill(Qt.GlobalColor.transparent)
    p = QPainter(canvas)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    scaled = pm.scaled(
        THUMB, THUMB, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
    )
    p.drawPixmap((THUMB - scaled.width()) // 2, (THUMB - scaled.height()) // 2, scaled)
    p.setPen(QColor("white"))
    p.setBrush(QColor(color))
    p.drawEllipse(THUMB - 16, THUMB - 16, 14, 14)
    p.end()
    return canvas
