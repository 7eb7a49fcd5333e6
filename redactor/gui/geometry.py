"""The window's size on a given screen, and its bars on a narrow window.

A fixed default (1280×820) ran off a 1366×768 laptop and off any screen at 150 %
scaling (where 1600×1000 pixels are 1066×666 logical ones): the status bar, the
findings panel and the Privacy waybill box were out of reach.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QRect, QSize

if TYPE_CHECKING:
    from redactor.gui.main_window import MainWindow

#: Share of the free screen area a new window takes (room for its frame and title bar).
SCREEN_SHARE = 0.9
#: Larger than this, a first window only spreads the image thinly.
LARGEST_DEFAULT = QSize(1440, 900)


def default_size(available: QRect) -> QSize:
    """A first window's size on a screen whose free area (without panels) is ``available``."""
    return QSize(
        min(LARGEST_DEFAULT.width(), int(available.width() * SCREEN_SHARE)),
        min(LARGEST_DEFAULT.height(), int(available.height() * SCREEN_SHARE)),
    )


def place_on_screen(w: MainWindow) -> None:
    """Size a window without saved geometry to its screen, centred."""
    screen = w.screen()
    if screen is None:
        return
    available = screen.availableGeometry()
    w.resize(default_size(available))
    frame = w.frameGeometry()
    frame.moveCenter(available.center())
    w.move(frame.topLeft())


def fit_toolbars(w: MainWindow) -> None:
    """Put the mask bar on a row of its own when both bars do not fit side by side,
    rather than hide Mask, colour and Privacy waybill behind the bar's » button."""
    bars = w.main_toolbar, w.mask_toolbar
    need = sum(bar.sizeHint().width() for bar in bars)
    wrapped = w.toolBarBreak(w.mask_toolbar)
    if need > w.width() and not wrapped:
        w.insertToolBarBreak(w.mask_toolbar)
    elif need <= w.width() and wrapped:
        w.removeToolBarBreak(w.mask_toolbar)
