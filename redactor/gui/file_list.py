"""The list of opened files: thumbnail, name and status (failed files explain why).

Multi-page files show how many pages they have (from the file's header while
they wait) and how many need review, and the tooltip counts the
masked areas page by page. The "needs review" filter hides every other file.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from redactor.core.models import PageStatus
from redactor.gui.document import Document, Status
from redactor.gui.explain import plain_reason, stage_text
from redactor.gui.qtcompat import emit

translate = QCoreApplication.translate

ROLE_DOC = Qt.ItemDataRole.UserRole + 1
THUMB = 56

STATUS_COLORS = {
    Status.COUNTING: "#8a8f98",
    Status.QUEUED: "#8a8f98",
    Status.ANALYSING: "#2f7fd8",
    Status.CHECKING: "#2f7fd8",
    Status.NEEDS_REVIEW: "#d98b00",
    Status.VERIFIED: "#2e9d4f",
    Status.SAVED: "#1f7a3a",
    Status.FAILED: "#d0342c",
    Status.CANCELLED: "#8a8f98",
}


def status_text(doc: Document) -> str:
    s = doc.status
    if s in (Status.ANALYSING, Status.CHECKING):
        return analysing_text(doc)
    text = _status_word(s)
    count = doc.page_count or doc.pages_found  # a waiting file: as its header says
    if count > 1 and s in (Status.QUEUED, Status.NEEDS_REVIEW, Status.VERIFIED, Status.SAVED):
        flagged = len(doc.flagged_pages())
        pages = (
            translate("FileList", "%1/%2 pages").replace("%1", str(flagged))
            if s == Status.NEEDS_REVIEW and flagged
            else translate("FileList", "%2 pages")
        ).replace("%2", f"{count:,}")  # "5,000 pages", as the long-document question
        text = f"{text} · {pages}"
    return text


def analysing_text(doc: Document) -> str:
    """The stage the analysis is in, e.g. "Checking the masked image… 70% (page 2 of 3)"."""
    pages = max(1, doc.page_count)
    page = min(pages - 1, int(doc.progress * pages))
    return stage_text(doc.progress, pages, page)


def _status_word(s: Status) -> str:
    return {
        Status.COUNTING: counting_word(),
        Status.QUEUED: translate("FileList", "Waiting"),
        Status.NEEDS_REVIEW: translate("FileList", "Needs review"),
        Status.VERIFIED: translate("FileList", "Verified"),
        Status.SAVED: translate("FileList", "Saved"),
        Status.FAILED: translate("FileList", "Failed"),
        Status.CANCELLED: translate("FileList", "Cancelled"),
        Status.ANALYSING: translate("FileList", "Analysing…"),
        Status.CHECKING: checking_word(),
    }[s]


def counting_word() -> str:
    """What a file just opened says while its pages are counted."""
    return translate("FileList", "Counting pages…")


def checking_word() -> str:
    """What a page whose findings are shown but not verified yet is marked."""
    return translate("FileList", "Checking…")


def page_status_label(status: PageStatus) -> str:
    return {
        PageStatus.VERIFIED: translate("FileList", "Verified"),
        PageStatus.NEEDS_REVIEW: translate("FileList", "Needs review"),
        PageStatus.FAILED: translate("FileList", "Failed"),
    }[status]


def page_summary(doc: Document, page: int) -> str:
    """ "Page 2 of 5 · Needs review" (the status alone for a one-page file)."""
    status = doc.page_status(page)
    text = page_status_label(status) if status is not None else ""
    if page in doc.checking:
        text = checking_word()
    if doc.page_count > 1:
        where = (
            translate("FileList", "Page %1 of %2")
            .replace("%1", str(page + 1))
            .replace("%2", str(doc.page_count))
        )
        text = f"{where} · {text}" if text else where
    return text


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
    elif s == Status.CHECKING:
        lines.append(
            translate(
                "FileList", "The masks are shown; Redactor is reading the masked image again."
            )
        )
    elif s == Status.SAVED and doc.saved_to is not None:
        lines.append(translate("FileList", "Saved as %1").replace("%1", str(doc.saved_to)))
    if doc.page_count > 1 and doc.is_ready:
        for page in range(doc.page_count):
            status = doc.page_status(page)
            n = doc.masked_count(page)
            words = (
                translate("FileList", "Page %1: 1 area masked · %3")
                if n == 1
                else translate("FileList", "Page %1: %2 areas masked · %3")
            )
            lines.append(
                words.replace("%1", str(page + 1))
                .replace("%2", str(n))
                .replace("%3", page_status_label(status) if status is not None else "")
            )
    lines.extend(plain_reason(r) for r in doc.reasons)
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
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elide instead
        self.currentItemChanged.connect(self._on_current)
        self._items: dict[int, QListWidgetItem] = {}
        self._docs: dict[int, Document] = {}
        self._review_only = False

    def add(self, doc: Document) -> None:
        item = QListWidgetItem(self)
        item.setData(ROLE_DOC, doc.id)
        self._items[doc.id] = item
        self._docs[doc.id] = doc
        self.refresh(doc)

    def remove(self, doc_id: int) -> None:
        self._docs.pop(doc_id, None)
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
        item.setHidden(self._review_only and doc.status != Status.NEEDS_REVIEW)

    def refresh_all(self) -> None:
        for doc in self._docs.values():
            self.refresh(doc)

    @property
    def review_only(self) -> bool:
        return self._review_only

    def set_review_filter(self, on: bool) -> None:
        """Show only the files that need review (or all of them again)."""
        self._review_only = on
        self.refresh_all()

    def visible_doc_ids(self) -> list[int]:
        return [
            self.item(i).data(ROLE_DOC) for i in range(self.count()) if not self.item(i).isHidden()
        ]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh_all()
        super().changeEvent(event)

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


def canvas_message(doc: Document | None) -> str:
    """What the view says over the image while there is nothing to edit ("" otherwise)."""
    if doc is None:
        return ""
    s = doc.status
    if s == Status.FAILED:
        return translate("MainWindow", "Could not process this image:\n%1").replace("%1", doc.error)
    if s == Status.COUNTING:
        return counting_word()
    if s == Status.QUEUED:
        return translate("MainWindow", "Waiting to be analysed…")
    if s == Status.ANALYSING or (s == Status.CHECKING and not doc.shows_findings):
        return analysing_text(doc)
    if s == Status.CANCELLED:
        return translate("MainWindow", "Analysis cancelled. Press F5 to analyse this image again.")
    if not doc.has_pixels:
        return translate("MainWindow", "Opening the image…")
    return ""
