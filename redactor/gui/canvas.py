"""The image view: zoom, pan, region outlines in category colours, drawing and preview.

Regions are drawn as polygons in scene coordinates (= image pixels). Dragging a
selected region moves it, dragging one of its corner handles resizes it; the
view reports the new quad with ``regionEdited`` and the window turns it into an
undo command. Hold Space (or use the preview action) to see the masked result.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import numpy as np
from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
    QWheelEvent,
)
from PySide6.QtWidgets import (
    QFrame,
    QGraphicsPixmapItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLabel,
    QWidget,
)

from redactor.core.models import Category, Quad
from redactor.core.settings import Preset
from redactor.gui.document import Region
from redactor.gui.qtcompat import emit
from redactor.gui.qtimage import rgb_to_qimage
from redactor.gui.region_item import RegionItem, polygon_to_quad, quad_to_polygon  # noqa: F401 (re-exported)
from redactor.gui.style import category_color, legend_html

ZOOM_MIN, ZOOM_MAX = 0.02, 32.0


class Canvas(QGraphicsView):
    regionEdited = Signal(int, object)  # region id, new Quad
    boxDrawn = Signal(object)  # Quad in image pixels
    selectionChangedIds = Signal(list)
    previewChanged = Signal(bool)
    zoomChanged = Signal(float)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("canvas")
        self._scene = QGraphicsScene(self)
        self.setScene(self._scene)
        self._pixmap_item = QGraphicsPixmapItem()
        self._pixmap_item.setTransformationMode(Qt.TransformationMode.SmoothTransformation)
        self._pixmap_item.setZValue(-1)
        self._scene.addItem(self._pixmap_item)
        self._items: dict[int, RegionItem] = {}
        self._original = QPixmap()
        self._masked: QPixmap | None = None
        self._preview = False
        self.preset = Preset.FULL  # the masking policy: what part of each value is filled
        self.flash: QGraphicsRectItem | None = None  # a doubtful line shown for a moment
        self._flash_timer = QTimer(self)
        self._flash_timer.setSingleShot(True)
        self._flash_timer.timeout.connect(self._clear_flash)
        self._fit_mode = True
        self._draw_mode = False
        self._rubber: QGraphicsRectItem | None = None
        self._rubber_origin = QPointF()
        self._syncing = False
        #: Called when the preview needs the masked image (set by the window).
        self.mask_provider: Callable[[], np.ndarray | None] | None = None

        self.setRenderHints(
            QPainter.RenderHint.Antialiasing | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.ScrollHandDrag)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setStyleSheet("QGraphicsView#canvas { background: #3b3f45; }")  # legend strip too
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._scene.selectionChanged.connect(self._on_scene_selection)

        self._legend = QLabel(self)
        self._legend.setObjectName("legend")
        self._legend.setStyleSheet(
            "QLabel#legend { background: rgba(20,22,25,200); color: white; border-radius: 6px; padding: 6px 9px; }"
        )
        self._legend.hide()
        self._badge = QLabel(self)
        self._badge.setObjectName("previewBadge")
        self._badge.setStyleSheet(
            "QLabel#previewBadge { background: #1f7a3a; color: white; border-radius: 6px; padding: 5px 10px;"
            " font-weight: bold; }"
        )
        self._badge.hide()
        self._message = QLabel(self)
        self._message.setObjectName("canvasMessage")
        self._message.setStyleSheet(
            "QLabel#canvasMessage { background: rgba(20,22,25,210); color: white; border-radius: 8px;"
            " padding: 12px 18px; font-size: 14px; }"
        )
        self._message.hide()

    # ------------------------------------------------------------- content
    @property
    def zoom(self) -> float:
        return self.transform().m11()

    @property
    def preview(self) -> bool:
        return self._preview

    @property
    def has_image(self) -> bool:
        return not self._original.isNull()

    def set_image(self, rgb: np.ndarray | None, reset_view: bool = True) -> None:
        self._masked = None
        if rgb is None:
            self._original = QPixmap()
        else:
            self._original = QPixmap.fromImage(rgb_to_qimage(rgb))
        self._pixmap_item.setPixmap(self._masked_or_original())
        self._scene.setSceneRect(QRectF(self._original.rect()))
        if reset_view:
            self._fit_mode = True
            self.fit()

    def set_regions(self, regions: Iterable[Region]) -> None:
        """Update the outlines in place (items keep their identity across edits)."""
        regions = list(regions)
        wanted = {r.id for r in regions}
        self._syncing = True
        try:
            for rid in list(self._items):
                if rid not in wanted:
                    item = self._items.pop(rid)
                    self._scene.removeItem(item)
            for r in regions:
                item = self._items.get(r.id)
                if item is None:
                    item = RegionItem(r, self)
                    item.setVisible(not self._preview)
                    self._items[r.id] = item
                    self._scene.addItem(item)
                elif item.finding != r.finding or item.pos() != QPointF(0, 0):
                    item.update_finding(r.finding)
        finally:
            self._syncing = False
        self._update_legend()

    def set_preset(self, preset: Preset) -> None:
        """Show what ``preset`` masks (no new analysis: the findings stay the same)."""
        if preset == self.preset:
            return
        self.preset = preset
        for item in self._items.values():
            item.update_finding(item.finding)
        self.invalidate_preview()

    def show_area(self, quad: Quad, msecs: int = 1800) -> None:
        """Scroll to ``quad`` and outline it for a moment (a line that was hard to read)."""
        x0, y0, x1, y1 = quad.bbox
        rect = QRectF(x0, y0, x1 - x0, y1 - y0)
        self.ensureVisible(rect, 60, 60)
        pen = QPen(QColor("#f59e0b"), 3, Qt.PenStyle.DashLine)
        pen.setCosmetic(True)
        self._clear_flash()
        self.flash = self._scene.addRect(rect.adjusted(-4, -4, 4, 4), pen)
        self.flash.setZValue(20)
        self._flash_timer.start(msecs)  # owned by the view: never fires after it is gone

    def _clear_flash(self) -> None:
        if self.flash is not None:
            self._scene.removeItem(self.flash)
            self.flash = None

    def region_item(self, region_id: int) -> RegionItem | None:
        return self._items.get(region_id)

    def invalidate_preview(self) -> None:
        self._masked = None
        if self._preview:
            self._pixmap_item.setPixmap(self._masked_or_original())

    def _masked_or_original(self) -> QPixmap:
        if not self._preview or self._original.isNull():
            return self._original
        if self._masked is None and self.mask_provider is not None:
            rgb = self.mask_provider()
            if rgb is not None:
                self._masked = QPixmap.fromImage(rgb_to_qimage(rgb))
        return self._masked if self._masked is not None else self._original

    def set_preview(self, on: bool) -> None:
        if on == self._preview:
            return
        self._preview = on
        self._pixmap_item.setPixmap(self._masked_or_original())
        for item in self._items.values():
            item.setVisible(not on)
        self._badge.setText(self.tr("Masked preview — this is what will be saved"))
        self._badge.adjustSize()
        self._badge.setVisible(on and self.has_image)
        self._update_legend()
        self._place_overlays()
        emit(self.previewChanged, on)

    # ------------------------------------------------------------ selection
    def selected_ids(self) -> list[int]:
        return [i.region_id for i in self._scene.selectedItems() if isinstance(i, RegionItem)]

    def select_ids(self, ids: Iterable[int], ensure_visible: bool = True) -> None:
        ids = set(ids)
        self._syncing = True
        try:
            for rid, item in self._items.items():
                item.setSelected(rid in ids)
        finally:
            self._syncing = False
        if ensure_visible and ids:
            first = next((self._items[i] for i in ids if i in self._items), None)
            if first is not None:
                self.ensureVisible(first.sceneBoundingRect(), 40, 40)

    def _on_scene_selection(self) -> None:
        if not self._syncing:
            emit(self.selectionChangedIds, self.selected_ids())

    # ----------------------------------------------------------------- zoom
    def fit(self) -> None:
        self._fit_mode = True
        if self._original.isNull():
            return
        self.fitInView(self._scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 4.0:  # tiny images: do not blow them up absurdly
            self.set_zoom(4.0)
        emit(self.zoomChanged, self.zoom)

    def set_zoom(self, factor: float, keep_fit: bool = False) -> None:
        factor = max(ZOOM_MIN, min(ZOOM_MAX, factor))
        self._fit_mode = keep_fit
        self.resetTransform()
        self.scale(factor, factor)
        emit(self.zoomChanged, factor)

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def zoom_by(self, step: float) -> None:
        self.set_zoom(self.zoom * step)

    def wheelEvent(self, event: QWheelEvent) -> None:
        delta = event.angleDelta().y()
        if delta == 0:
            return super().wheelEvent(event)
        self._fit_mode = False
        step = 1.0015**delta  # ~1.2x per notch
        new = max(ZOOM_MIN, min(ZOOM_MAX, self.zoom * step))
        self.scale(new / self.zoom, new / self.zoom)
        emit(self.zoomChanged, self.zoom)
        event.accept()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_mode:
            self.fit()
        self._place_overlays()

    # ---------------------------------------------------------------- draw
    @property
    def draw_mode(self) -> bool:
        return self._draw_mode

    def set_draw_mode(self, on: bool) -> None:
        self._draw_mode = on
        self.setDragMode(
            QGraphicsView.DragMode.NoDrag if on else QGraphicsView.DragMode.ScrollHandDrag
        )
        self.viewport().setCursor(
            Qt.CursorShape.CrossCursor if on else Qt.CursorShape.OpenHandCursor
        )

    def clamp_to_image(self, p: QPointF) -> QPointF:
        r = self._scene.sceneRect()
        return QPointF(min(max(p.x(), r.left()), r.right()), min(max(p.y(), r.top()), r.bottom()))

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if (
            self._draw_mode
            and event.button() == Qt.MouseButton.LeftButton
            and self.has_image
            and not self._preview
        ):
            self._rubber_origin = self.clamp_to_image(self.mapToScene(event.position().toPoint()))
            self._rubber = QGraphicsRectItem(QRectF(self._rubber_origin, self._rubber_origin))
            pen = QPen(category_color(Category.MANUAL), 2, Qt.PenStyle.DashLine)
            pen.setCosmetic(True)
            self._rubber.setPen(pen)
            self._rubber.setZValue(10)
            self._scene.addItem(self._rubber)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._rubber is not None:
            p = self.clamp_to_image(self.mapToScene(event.position().toPoint()))
            self._rubber.setRect(QRectF(self._rubber_origin, p).normalized())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._rubber is not None:
            rect = self._rubber.rect()
            self._scene.removeItem(self._rubber)
            self._rubber = None
            if rect.width() >= 3 and rect.height() >= 3:
                emit(
                    self.boxDrawn,
                    Quad.from_bbox(rect.left(), rect.top(), rect.right(), rect.bottom()),
                )
            event.accept()
            return
        super().mouseReleaseEvent(event)
        if not self._draw_mode:
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)

    def draw_box(self, x0: float, y0: float, x1: float, y1: float) -> None:
        """Programmatic equivalent of dragging a box (used by tests and scripts)."""
        emit(self.boxDrawn, Quad.from_bbox(x0, y0, x1, y1))

    # ------------------------------------------------------------- keyboard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.set_preview(True)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self.set_preview(False)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:  # category names in the legend
            self._badge.setText(self.tr("Masked preview — this is what will be saved"))
            self._badge.adjustSize()
            self._update_legend()
        super().changeEvent(event)

    # ---------------------------------------------------------------- legend
    def _update_legend(self) -> None:
        counts: dict = {}
        for item in self._items.values():
            counts[item.finding.category] = counts.get(item.finding.category, 0) + 1
        if not counts or self._preview:
            self._legend.hide()
            return
        self._legend.setText(legend_html(counts))
        self._legend.setVisible(True)
        self._place_overlays()

    def set_message(self, text: str) -> None:
        """A centred note over the view (analysing, failed, ...); empty hides it."""
        self._message.setText(text)
        # Wrap only when the text does not fit: Qt wraps Chinese anywhere, and a narrow
        # label broke short messages mid-word ("正在查找个人信 / 息").
        self._message.ensurePolished()
        fm = self._message.fontMetrics()
        natural = max((fm.horizontalAdvance(t) for t in text.split("\n")), default=0) + 40
        room = max(200, self.viewport().width() - 40)
        self._message.setWordWrap(natural > room)
        self._message.setMaximumWidth(room)
        self._message.adjustSize()
        self._message.setVisible(bool(text))
        self._place_overlays()

    def message(self) -> str:
        return self._message.text() if self._message.isVisible() else ""

    def legend_text(self) -> str:
        return self._legend.text() if self._legend.isVisible() else ""

    def _place_overlays(self) -> None:
        vp = self.viewport().geometry()
        m = 10
        room = max(120, vp.width() - 2 * m)
        self._legend.setMinimumWidth(0)
        self._legend.setMaximumWidth(16777215)
        self._legend.setWordWrap(False)
        natural = self._legend.sizeHint().width()
        if natural > room:
            self._legend.setWordWrap(True)
            self._legend.setFixedWidth(room)
        self._legend.adjustSize()
        # the legend's strip under the image (over it, it hid the label's bottom edge);
        # kept during the preview so the image does not move
        strip = self._legend.height() + 2 * m if self._items else 0
        if self.viewportMargins().bottom() != strip:
            self.setViewportMargins(0, 0, 0, strip)
            if self._fit_mode:
                self.fit()
        vp = self.viewport().geometry()
        self._legend.move(vp.left() + m, vp.bottom() + 1 + m)
        self._badge.move(vp.left() + (vp.width() - self._badge.width()) // 2, vp.top() + m)
        self._message.move(
            vp.left() + (vp.width() - self._message.width()) // 2,
            vp.top() + (vp.height() - self._message.height()) // 2,
        )
