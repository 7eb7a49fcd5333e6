"""The part of a page that holds ink: the text detector need not look at the rest.

A phone photo of a label is often the label and a blurred or plain surround (a
table, a wall, the floor). The detector's time grows with the pixels it sees. Text,
sharp or out of focus, spans many grey levels within a few pixels; a surround out
of focus or plain spans few: the detector is shown the rectangle around every cell
of the page that spans many, with a margin, and nothing is lost beyond it. A page
with contrast all over (a scan, a sharp cardboard box) keeps its whole copy.

The detector scales its input to a multiple of ``ALIGN`` on each side. The page is
brought to that size first, as the detector would, and the cut is taken on that grid
(sides and offsets multiples of ``ALIGN``): inside the cut, the detector sees the
same pixels at the same place of its grid as in the whole copy (its result still
moves a little: the detector's squeeze-and-excitation layers average over all it sees).
"""

from __future__ import annotations

from dataclasses import dataclass

import cv2
import numpy as np

#: The page is looked at in square cells of this side (px of the detector's input).
CELL = 16
#: A cell holds ink when its grey levels span this much (0-255). Print blurred past
#: reading (a blur of a twelfth of its height) still spans over a hundred; faint print
#: on glossy plastic several tens; an out-of-focus surround under twenty.
CONTRAST = 24
#: Around the inked cells, this much (px) of the page is kept: the detector judges a
#: line by its surroundings too.
MARGIN = 96
#: A rectangle covering this share of the page or more is not worth cutting.
WHOLE_PAGE_SHARE = 0.85
#: The detector scales its input to a multiple of this (px) on each side.
ALIGN = 32


@dataclass(frozen=True, slots=True)
class InkedArea:
    x0: int
    y0: int
    x1: int
    y1: int


def network_size(h: int, w: int) -> tuple[int, int]:
    """(height, width) the detector scales an input of ``h`` x ``w`` to (RapidOCR's
    rounding to a multiple of ``ALIGN``, never to zero)."""
    return max(ALIGN, round(h / ALIGN) * ALIGN), max(ALIGN, round(w / ALIGN) * ALIGN)


def inked_area(bgr: np.ndarray) -> InkedArea | None:
    """The rectangle of ``bgr`` (a BGR image whose sides are multiples of ``ALIGN``)
    that holds all its ink, on the ``ALIGN`` grid, or None when that is (nearly) the
    whole image and the image is best seen whole."""
    h, w = bgr.shape[:2]
    rows, cols = h // CELL, w // CELL
    if rows < 2 or cols < 2:
        return None
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)[: rows * CELL, : cols * CELL]
    cells = grey.reshape(rows, CELL, cols, CELL)
    spread = cells.max(axis=(1, 3)).astype(np.int16) - cells.min(axis=(1, 3))
    ys, xs = np.nonzero(spread >= CONTRAST)
    if len(xs) == 0:
        return None  # a blank page: nothing to save, and nothing to get wrong
    x0, x1 = _aligned(int(xs.min()) * CELL - MARGIN, (int(xs.max()) + 1) * CELL + MARGIN, w)
    y0, y1 = _aligned(int(ys.min()) * CELL - MARGIN, (int(ys.max()) + 1) * CELL + MARGIN, h)
    if (x1 - x0) * (y1 - y0) >= WHOLE_PAGE_SHARE * w * h:
        return None
    return InkedArea(x0, y0, x1, y1)


def _aligned(start: int, end: int, size: int) -> tuple[int, int]:
    """``start``..``end`` widened to the ``ALIGN`` grid and clipped to ``0..size``."""
    start = max(0, start // ALIGN * ALIGN)
    end = min(size, -(-end // ALIGN) * ALIGN)
    return start, max(end, start + ALIGN)
