"""The application icon (assets/icons) with a drawn fallback when assets are missing."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap


def assets_dir() -> Path:
    """``assets/`` in a source checkout, or next to the frozen executable (PyInstaller)."""
    base = getattr(sys, "_MEIPASS", None)
    if base:
        return Path(base) / "assets"
    return Path(__file__).resolve().parents[2] / "assets"


@cache
def app_icon() -> QIcon:
    icon = QIcon()
    folder = assets_dir() / "icons"
    for size in (16, 24, 32, 48, 64, 128, 256):
        f = folder / f"redactor-{size}.png"
        if f.exists():
            icon.addFile(str(f))
    if icon.isNull():
        for size in (16, 32, 64, 128, 256):
            icon.addPixmap(draw_icon(size))
    return icon


def draw_icon(size: int) -> QPixmap:
    """A label sheet with two text lines, one of them covered by a black bar."""
    pm = QPixmap(size, size)
    pm.fill(Qt.GlobalColor.transparent)
    s = size / 64.0
    p = QPainter(pm)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setPen(QPen(QColor("#1e3a5f"), 2.5 * s))
    p.setBrush(QColor("#ffffff"))
    p.drawRoundedRect(QRectF(10 * s, 6 * s, 44 * s, 52 * s), 6 * s, 6 * s)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#2f7fd8"))
    p.drawRoundedRect(QRectF(17 * s, 14 * s, 20 * s, 5 * s), 2 * s, 2 * s)
    p.setBrush(QColor("#111111"))
    p.drawRoundedRect(QRectF(17 * s, 25 * s, 30 * s, 9 * s), 2 * s, 2 * s)
    p.setBrush(QColor("#9aa5b1"))
    p.drawRoundedRect(QRectF(17 * s, 40 * s, 26 * s, 4 * s), 2 * s, 2 * s)
    p.drawRoundedRect(QRectF(17 * s, 48 * s, 18 * s, 4 * s), 2 * s, 2 * s)
    p.end()
    return pm
