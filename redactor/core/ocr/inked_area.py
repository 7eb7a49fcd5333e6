"""The part of a page that holds ink: the text detector need not look at the rest.

A phone photo of a label is often the label and a blurred or plain surround (a
table, a wall, the floor). The detector's time grows with the pixels it sees, and
text has sharp edges while a featureless surround has none: the detector is shown
the rectangle around every patch of edges, with a margin, and nothing is lost
beyond it. A page with edges all over (a scan, a sharp cardboard box) keeps its
whole copy.
"""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.ocr.finer_detection import Rect

#: A pixel is on an edge when its 3 x 3 neighbourhood spans this many grey levels
#: (faint print on glossy plastic spans several times that; blur and shading do not).
EDGE_CONTRAST = 16
#: The page is looked at in square cells of this side (px); a cell holds ink when this
#: many of its pixels are on edges (a speck of sensor noise is one or two).
CELL = 16
MIN_EDGE_PIXELS = 4
#: Around the inked cells, this much (px) of the page is kept: the detector judges a
#: line by its surroundings too.
MARGIN = 48
#: A rectangle covering this share of the page or more is not worth cutting.
WHOLE_PAGE_SHARE = 0.85
#: The detector scales its input to a multiple of this (px) on each side: a cut of
#: such a size, at such an offset, is seen pixel for pixel, as in the whole copy
#: (scaled by a few per cent, small text melts or splits differently).
ALIGN = 32


def inked_area(bgr: np.ndarray) -> Rect | None:
    """The rectangle of ``bgr`` (a BGR image) that holds all its edges, or None when
    that is (nearly) the whole image and the image is best seen whole."""
    h, w = bgr.shape[:2]
    rows, cols = h // CELL, w // CELL
    if rows < 2 or cols < 2:
        return None
    grey = cv2.cvtColor(bgr, cv2.COLOR_BGR2GRAY)
    spread = cv2.morphologyEx(grey, cv2.MORPH_GRADIENT, np.ones((3, 3), np.uint8))
    edges = (spread >= EDGE_CONTRAST).astype(np.uint16)
    per_cell = edges[: rows * CELL, : cols * CELL].reshape(rows, CELL, cols, CELL).sum(axis=(1, 3))
    ys, xs = np.nonzero(per_cell >= MIN_EDGE_PIXELS)
    if len(xs) == 0:
        return None  # a blank page: nothing to save, and nothing to get wrong
    # The rows and columns past the last whole cell count as inked when the cells
    # next to them are.
    x0 = max(0, int(xs.min()) * CELL - MARGIN)
    y0 = max(0, int(ys.min()) * CELL - MARGIN)
    x1 = w if xs.max() == cols - 1 else min(w, (int(xs.max()) + 1) * CELL + MARGIN)
    y1 = h if ys.max() == rows - 1 else min(h, (int(ys.max()) + 1) * CELL + MARGIN)
    x0, x1 = _aligned(x0, x1, w)
    y0, y1 = _aligned(y0, y1, h)
    if (x1 - x0) * (y1 - y0) >= WHOLE_PAGE_SHARE * w * h:
        return None
    return Rect(x0, y0, x1, y1)


def _aligned(start: int, end: int, size: int) -> tuple[int, int]:
    """``start``..``end`` widened to a multiple of ``ALIGN`` from a multiple of it,
    moved back from the page's end when it would pass it."""
    start = start // ALIGN * ALIGN
    length = -(-(end - start) // ALIGN) * ALIGN
    if length >= size:
        return 0, size
    start = min(start, size - length)
    return start, start + length
