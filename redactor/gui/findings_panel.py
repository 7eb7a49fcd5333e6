"""Findings grouped by category, with check boxes.

Unchecking a finding keeps it in the list and on the canvas (dashed outline)
but leaves that area unmasked; the check box of a category switches all its
findings. Selection is kept in step with the canvas in both directions.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QIcon, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from redactor.core.models import Category, Finding, OcrLine, Origin, PageStatus, Quad
from redactor.core.settings import Preset
from redactor.gui.category_filter import HiddenCategoriesChip
from redactor.gui.document import DocState, Region
from redactor.gui.explain import (
    area_label,
    line_label,
    plain_reason,
    reason_places,
    snippet,
    source_words,
)
from redactor.gui.qtcompat import emit
from redactor.gui.region_item import policy_parts
from redactor.gui.style import CATEGORY_ORDER, category_color, category_label

ROLE_ID = Qt.ItemDataRole.UserRole + 1
ROLE_CATEGORY = Qt.ItemDataRole.UserRole + 2


def _swatch(color: QColor, size: int = 12) -> QIcon:
    pm = QPixmap(size, size)
    pm.fill(color)
    return QIcon(pm)


class FindingsPanel(QWidget):
    toggled = Signal(list, bool)  # region ids, enabled
    selectionChangedIds = Signal(list)
    jumpRequested = Signal(object)  # a doubtful area: region id, or Quad of a line

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("findingsPanel")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.page_info = QLabel(self)  # "Page 2 of 5 · Needs review"
        self.page_info.setObjectName("pageInfo")
        self.page_info.setWordWrap(True)
        self.page_info.setContentsMargins(6, 4, 6, 0)
        self.page_info.hide()
        layout.addWidget(self.page_info)
        self.filter_chip = HiddenCategoriesChip(self)  # categories switched off in Settings
        layout.addWidget(self.filter_chip)
        # why the page needs review, in plain words; each doubtful area one click away
        self.review = QFrame(self)
        self.review.setObjectName("reviewReasons")
        self.review.setStyleSheet(
            "QFrame#reviewReasons { background: #fff7e6; border: 1px solid #f0c36d;"
            " border-radius: 4px; }"
            " QFrame#reviewReasons QLabel { color: #7c3d00; }"
        )
        self._review_layout = QVBoxLayout(self.review)
        self._review_layout.setContentsMargins(8, 6, 8, 6)
        self._review_layout.setSpacing(3)
        self.review.hide()
        layout.addWidget(self.review)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setContentsMargins(6, 4, 6, 4)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget(self)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        # "100%" needs little room: a fixed narrow score column leaves the names uncut
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Fixed)
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setMinimumSectionSize(24)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        layout.addWidget(self.tree)
        self._updating = False
        self._shown: tuple[list[Region], bool] = ([], False)
        self._lines: tuple[OcrLine, ...] = ()
        # What the rows were built from (regions, active, preset; and ``_lines``): the window asks
        # again on every progress step of a page, and the rows cost a snippet each.
        self._built: tuple[object, ...] | None = None
        self.preset = Preset.FULL  # the masking policy, to say what is only partly masked
        self._group_items: dict[Category, QTreeWidgetItem] = {}
        self._id_items: dict[int, QTreeWidgetItem] = {}
        self._collapsed: set[Category] = set()
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.itemSelectionChanged.connect(self._on_selection)
        self.tree.itemCollapsed.connect(lambda it: self._collapsed.add(it.data(0, ROLE_CATEGORY)))
        self.tree.itemExpanded.connect(
            lambda it: self._collapsed.discard(it.data(0, ROLE_CATEGORY))
        )
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.tree.setHeaderLabels([self.tr("What"), self.tr("Score")])
        fm = self.tree.fontMetrics()
        self.tree.setColumnWidth(
            1, max(fm.horizontalAdvance(t) for t in ("100%", self.tr("Score"))) + 16
        )
        self.tree.setToolTip(self.tr("Uncheck an item to leave it visible in the saved image"))
        self._built = None  # the rows' words change with the language
        self.set_regions(*self._shown, self._lines)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def set_page_info(self, text: str, status: PageStatus | None) -> None:
        """The page and its review status above the list (hidden when empty)."""
        color = (
            {
                PageStatus.VERIFIED: "#1f7a3a",
                PageStatus.NEEDS_REVIEW: "#b45309",
                PageStatus.FAILED: "#d0342c",
            }.get(status, "palette(text)")
            if status is not None
            else "palette(text)"
        )
        self.page_info.setStyleSheet(f"color: {color}; font-weight: bold;")
        self.page_info.setText(text)
        self.page_info.setVisible(bool(text))

    def set_review(self, reasons: list[tuple[str, list[tuple[int | Quad, str]]]]) -> None:
        """Plain-language reasons to review this page, each with the areas it is about."""
        while self._review_layout.count():
            item = self._review_layout.takeAt(0)
            if item.widget() is not None:  # hidden now: deleteLater would leave it painted
                item.widget().hide()
                item.widget().deleteLater()
        self.area_buttons: list[QPushButton] = []
        for text, areas in reasons:
            label = QLabel("⚠ " + text, self.review)
            label.setWordWrap(True)
            self._review_layout.addWidget(label)
            for rid, what in areas:
                button = QPushButton("→ " + what, self.review)
                button.setFlat(True)
                button.setStyleSheet("text-align: left; padding: 1px 12px;")
                button.setToolTip(self.tr("Show this area"))
                button.clicked.connect(lambda _c=False, r=rid: emit(self.jumpRequested, r))
                self._review_layout.addWidget(button)
                self.area_buttons.append(button)
        self.review.setVisible(bool(reasons))

    def review_texts(self) -> list[str]:
        out = []
        for i in range(self._review_layout.count()):
            w = self._review_layout.itemAt(i).widget()
            if isinstance(w, (QLabel, QPushButton)):
                out.append(w.text())
        return out

    def show_waiting(self, state: DocState) -> None:
        """The image on screen has no findings to list yet, or none at all: say why."""
        waiting = self.tr("Waiting for its turn: the findings appear here.")
        texts = {
            DocState.COUNTING: waiting,
            DocState.QUEUED: waiting,
            DocState.ANALYSING: self.tr("Analysing this image: the findings appear here."),
            DocState.FAILED: self.tr("This image could not be analysed."),
            DocState.CANCELLED: self.tr(
                "Analysis cancelled. Analyse again (F5) to see the findings."
            ),
        }
        if state in texts:
            self.summary.setText(texts[state])

    # ----------------------------------------------------------------- build
    def set_regions(
        self, regions: Iterable[Region], active: bool = True, lines: Sequence[OcrLine] = ()
    ) -> None:
        regions = list(regions)
        lines = tuple(lines)
        built = (regions, active, self.preset)
        if built == self._built and lines is self._lines:
            return  # the same rows
        self._built = built
        self._lines = lines
        self._shown = (regions, active)
        selected = set(self.selected_ids())
        self._updating = True
        try:
            self.tree.clear()
            self._group_items.clear()
            self._id_items.clear()
            by_cat: dict[Category, list[Region]] = {}
            for r in regions:
                by_cat.setdefault(r.finding.category, []).append(r)
            for cat in CATEGORY_ORDER:
                items = by_cat.get(cat)
                if not items:
                    continue
                group = QTreeWidgetItem(self.tree)
                group.setText(0, f"{category_label(cat)} ({len(items)})")
                group.setIcon(0, _swatch(category_color(cat)))
                group.setData(0, ROLE_CATEGORY, cat)
                group.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                group.setToolTip(
                    0, self.tr("Switch masking of all %1 items").replace("%1", category_label(cat))
                )
                enabled = sum(1 for r in items if r.finding.enabled)
                group.setCheckState(0, _state(enabled, len(items)))
                font = group.font(0)
                font.setBold(True)
                group.setFont(0, font)
                self._group_items[cat] = group
                for n, r in enumerate(items, 1):
                    child = QTreeWidgetItem(group)
                    f = r.finding
                    child.setText(0, row_text(f, n, self._lines))
                    child.setText(1, f"{round(f.score * 100)}%")
                    child.setData(0, ROLE_ID, r.id)
                    child.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsSelectable
                        | Qt.ItemFlag.ItemIsUserCheckable
                    )
                    child.setCheckState(
                        0, Qt.CheckState.Checked if f.enabled else Qt.CheckState.Unchecked
                    )
                    if not f.enabled:
                        child.setForeground(0, QColor("#888888"))
                        state = self.tr("Not masked: stays visible in the saved image")
                    elif policy_parts(f, self.preset) is not None:
                        child.setText(0, child.text(0) + " · " + self.tr("partly masked"))
                        state = self.tr("Partly masked (privacy waybill): the rest stays readable")
                    else:
                        state = self.tr("Masked in the saved image")
                    child.setToolTip(0, f"{category_label(cat)} {n} · {source_words(f)}\n{state}")
                    self._id_items[r.id] = child
                    if r.id in selected:
                        child.setSelected(True)
                group.setExpanded(cat not in self._collapsed)
        finally:
            self._updating = False
        n_on = sum(1 for r in regions if r.finding.enabled)
        if not active:
            self.summary.setText(self.tr("Open an image to see what Redactor found."))
        elif not regions:
            self.summary.setText(
                self.tr("Nothing found. Draw a box (B) over anything you want hidden.")
            )
        else:
            words = (
                self.tr("%1 of 1 area will be masked.")
                if len(regions) == 1
                else self.tr("%1 of %2 areas will be masked.")
            )
            self.summary.setText(words.replace("%1", str(n_on)).replace("%2", str(len(regions))))

    # ------------------------------------------------------------- queries
    def selected_ids(self) -> list[int]:
        return [
            i.data(0, ROLE_ID) for i in self.tree.selectedItems() if i.data(0, ROLE_ID) is not None
        ]

    def item_for(self, region_id: int) -> QTreeWidgetItem | None:
        return self._id_items.get(region_id)

    def group_for(self, cat: Category) -> QTreeWidgetItem | None:
        return self._group_items.get(cat)

    def select_ids(self, ids: Iterable[int]) -> None:
        ids = set(ids)
        self._updating = True
        try:
            self.tree.clearSelection()
            for rid in ids:
                item = self._id_items.get(rid)
                if item is not None:
                    item.setSelected(True)
                    self.tree.scrollToItem(item)
        finally:
            self._updating = False

    # --------------------------------------------------------------- events
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._updating or column != 0:
            return
        state = item.checkState(0)
        rid = item.data(0, ROLE_ID)
        if rid is not None:
            ids, enabled = [rid], state == Qt.CheckState.Checked
        else:
            enabled = state != Qt.CheckState.Unchecked
            ids = [item.child(i).data(0, ROLE_ID) for i in range(item.childCount())]
        # Tell the window after Qt is done with this item: the edit rebuilds the tree,
        # and deleting an item inside its own itemChanged signal crashes.
        QTimer.singleShot(0, lambda: emit(self.toggled, ids, enabled))

    def _on_selection(self) -> None:
        if not self._updating:
            emit(self.selectionChangedIds, self.selected_ids())


PICTURE_ORIGINS = frozenset({Origin.CODE, Origin.FACE})


def row_text(f: Finding, n: int, lines: Sequence[OcrLine]) -> str:
    """“张伟” · read in the text — or "Barcode / QR code 2 · …" where no text is under it."""
    # text read inside a photo or a code (a stray mark) is not what the finding covers
    text = "" if f.source.origin in PICTURE_ORIGINS else snippet(f, lines)
    what = f"“{text}”" if text else f"{category_label(f.category)} {n}"
    return f"{what} · {source_words(f)}"


def _state(enabled: int, total: int) -> Qt.CheckState:
    if enabled == 0:
        return Qt.CheckState.Unchecked
    if enabled == total:
        return Qt.CheckState.Checked
    return Qt.CheckState.PartiallyChecked


def _number_in_category(region: Region, regions: Sequence[Region]) -> int:
    """The row number ``set_regions`` gives a region within its category."""
    same = [r.id for r in regions if r.finding.category == region.finding.category]
    return same.index(region.id) + 1


def review_items(doc, plan) -> list[tuple[str, list[tuple[int | Quad, str]]]]:
    """The page's reasons for review in plain words, each with the areas it is about."""
    if plan is None or doc.page_status(doc.page_index) != PageStatus.NEEDS_REVIEW:
        return []
    regions = doc.page_regions()
    out = []
    for reason in plan.reasons:
        areas: list[tuple[int | Quad, str]] = []
        for n, place in enumerate(reason_places(reason, regions, plan.lines), 1):
            if isinstance(place, Region):
                # numbered as its row in the list ("Name 4"), not by its place in the reason
                text = row_text(place.finding, _number_in_category(place, regions), plan.lines)
                areas.append((place.id, text))
            elif isinstance(place, OcrLine):
                areas.append((place.quad, line_label(place)))
            else:
                areas.append((place, area_label(n)))
        out.append((plain_reason(reason), areas))
    return out
