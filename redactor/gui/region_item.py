"""One region on the canvas: its outline in the category colour, moved and resized by hand.

Dragging a selected region moves it, dragging one of its corner handles resizes
it; the canvas reports the new quad with ``regionEdited``. Under a masking
policy that masks only part of a value (the privacy waybill) the whole value is
outlined and only the part that will be masked is filled.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsPolygonItem, QStyleOptionGraphicsItem, QWidget

from redactor.core.models import Finding, Quad
from redactor.core.policy import PARTIAL_CATEGORIES
from redactor.core.settings import Preset
from redactor.gui.document import Region
from redactor.gui.explain import source_words
from redactor.gui.qtcompat import emit
from redactor.gui.style import category_color, category_label

if TYPE_CHECKING:
    from redactor.gui.canvas import Canvas


def quad_to_polygon(quad: Quad) -> QPolygonF:
    return QPolygonF([QPointF(x, y) for x, y in quad.points])


def polygon_to_quad(poly: QPolygonF, offset: QPointF | None = None) -> Quad:
    dx, dy = (offset.x(), offset.y()) if offset is not None else (0.0, 0.0)
    return Quad.from_points([(poly.at(i).x() + dx, poly.at(i).y() + dy) for i in range(4)])


def policy_parts(finding: Finding, preset: Preset) -> tuple[Quad, ...] | None:
    """What ``preset`` masks of ``finding``: None for the whole quad, else the parts (the
    characters' own boxes: the painted mask, see ``apply_policy``, stops at the kept ones)."""
    if finding.category not in PARTIAL_CATEGORIES[preset] or finding.partial is None:
        return None
    if finding.partial == (finding.quad,):
        return None
    return finding.partial


class RegionItem(QGraphicsPolygonItem):
    HANDLE_PX = 8.0  # on screen

    def __init__(self, region: Region, canvas: Canvas):
        super().__init__(quad_to_polygon(region.finding.quad))
        self.canvas = canvas
        self.region_id = region.id
        self.finding = region.finding
        self.masked_parts: tuple[Quad, ...] | None = None  # None: the whole quad is masked
        self._resize_corner: int | None = None
        self._resize_start: QPolygonF | None = None
        self.setFlags(
            QGraphicsItem.GraphicsItemFlag.ItemIsSelectable
            | QGraphicsItem.GraphicsItemFlag.ItemIsMovable
        )
        self.setAcceptHoverEvents(True)
        self.update_finding(region.finding)

    # ----------------------------------------------------------------- model
    def update_finding(self, finding: Finding) -> None:
        self.prepareGeometryChange()
        self.finding = finding
        self.masked_parts = policy_parts(finding, self.canvas.preset)
        self.setPos(0, 0)
        self.setPolygon(quad_to_polygon(finding.quad))
        self.setZValue(2 if finding.enabled else 1)
        if finding.enabled and self.masked_parts is not None:
            state = QCoreApplication.translate(
                "Canvas", "partly masked (privacy waybill): the filled part is hidden"
            )
        elif finding.enabled:
            state = QCoreApplication.translate("Canvas", "will be masked")
        else:
            state = QCoreApplication.translate("Canvas", "kept visible (not masked)")
        self.setToolTip(
            f"{category_label(finding.category)} · {source_words(finding)}"
            f" · {round(finding.score * 100)}%\n{state}"
        )
        self.update()

    # -------------------------------------------------------------- geometry
    def _handle_size(self) -> float:
        return self.HANDLE_PX / max(self.canvas.zoom, 1e-6)

    def _corners(self) -> list[QPointF]:
        r = self.polygon().boundingRect()
        return [r.topLeft(), r.topRight(), r.bottomRight(), r.bottomLeft()]

    def boundingRect(self) -> QRectF:
        s = self._handle_size()
        return self.polygon().boundingRect().adjusted(-s, -s, s, s)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addPolygon(self.polygon())
        path.closeSubpath()
        if self.isSelected():
            s = self._handle_size()
            for c in self._corners():
                path.addRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s))
        return path

    def handle_at(self, pos: QPointF) -> int | None:
        if not self.isSelected():
            return None
        s = self._handle_size() * 0.75
        for i, c in enumerate(self._corners()):
            if abs(pos.x() - c.x()) <= s and abs(pos.y() - c.y()) <= s:
                return i
        return None

    # ---------------------------------------------------------------- paint
    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        color = category_color(self.finding.category)
        selected = self.isSelected()
        pen = QPen(color, 3.0 if selected else 2.0)
        pen.setCosmetic(True)
        fill = QColor(color)
        fill.setAlpha(90 if selected else 55)
        if self.finding.enabled and self.masked_parts is None:
            painter.setBrush(QBrush(fill))
        else:
            if not self.finding.enabled:
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(pen)
        painter.drawPolygon(self.polygon())
        if self.finding.enabled and self.masked_parts:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QBrush(fill))
            for q in self.masked_parts:  # same coordinates as the polygon: they move with it
                painter.drawPolygon(quad_to_polygon(q))
            painter.setPen(pen)
        if selected:
            s = self._handle_size()
            hp = QPen(QColor("white"), 1.0)
            hp.setCosmetic(True)
            painter.setPen(hp)
            painter.setBrush(color)
            for c in self._corners():
                painter.drawRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s))

    # ---------------------------------------------------------------- mouse
    def hoverMoveEvent(self, event) -> None:
        corner = self.handle_at(event.pos())
        if corner is None:
            self.setCursor(Qt.CursorShape.SizeAllCursor)
        elif corner in (0, 2):
            self.setCursor(Qt.CursorShape.SizeFDiagCursor)
        else:
            self.setCursor(Qt.CursorShape.SizeBDiagCursor)
        super().hoverMoveEvent(event)

    def mousePressEvent(self, event) -> None:
        corner = self.handle_at(event.pos())
        if corner is not None and event.button() == Qt.MouseButton.LeftButton:
            self._resize_corner = corner
            self._resize_start = QPolygonF(self.polygon())
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._resize_corner is not None and self._resize_start is not None:
            old = self._resize_start.boundingRect()
            fixed = [old.bottomRight(), old.bottomLeft(), old.topLeft(), old.topRight()][
                self._resize_corner
            ]
            p = self.canvas.clamp_to_image(event.pos())
            new = QRectF(fixed, p).normalized()
            if new.width() < 2 or new.height() < 2:
                return
            self.prepareGeometryChange()
            self.setPolygon(_map_polygon(self._resize_start, old, new))
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._resize_corner is not None:
            self._resize_corner = None
            self._resize_start = None
            emit(self.canvas.regionEdited, self.region_id, polygon_to_quad(self.polygon()))
            return
        super().mouseReleaseEvent(event)
        if self.pos() != QPointF(0, 0):
            emit(
                self.canvas.regionEdited,
                self.region_id,
                polygon_to_quad(self.polygon(), self.pos()),
            )


def _map_polygon(poly: QPolygonF, old: QRectF, new: QRectF) -> QPolygonF:
    sx = new.width() / old.width() if old.width() else 1.0
    sy = new.height() / old.height() if old.height() else 1.0
    return QPolygonF(
        [
            QPointF(
                new.left() + (poly.at(i).x() - old.left()) * sx,
                new.top() + (poly.at(i).y() - old.top()) * sy,
            )
            for i in range(poly.count())
        ]
    )
