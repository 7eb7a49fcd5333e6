"""The cells of a page's ruling: the spaces a printed grid of rules closes in.

A form printed as a grid of ruled cells (a licence, an application, a declaration)
draws its rules as one connected stroke of ink: every cell is a hole in it. The
holes are found on the page's ink (darker than the paper around it, see
``page_views``) whatever the grid's
tilt or perspective; a hole counts as a cell when it is about rectangular, a few
characters wide and at most a few lines high (a frame around a whole page, the gaps
inside a letter or a logo are no cells).
"""

from __future__ import annotations

from collections.abc import Sequence

import cv2
import numpy as np

from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.models import Quad

# A grid of rules: a stroke of ink at least this many text heights across both ways,
# inking at most this share of the box around it (a solid bar or a photo inks more).
_GRID_SPAN, _GRID_SPARSE = 4.0, 0.25
# A cell: at least this many text heights wide and this many high, at most this many
# high (one field of a few lines, not a page's frame), and filling this share of its
# rotated bounding rectangle at least (about rectangular).
_MIN_WIDE, _MIN_HIGH, _MAX_HIGH, _RECTANGULAR = 3.0, 1.2, 8.0, 0.85


def ruled_cells(page: PageViews, text_height: float) -> list[Quad]:
    """The quads of the page's ruled cells (corners clockwise from the top-left), found
    on the page's ink reduced to a few megapixels."""
    if text_height <= 0:
        return []
    ink, f = page.reduced_ink
    if f < 1.0:
        return [q.scaled(1 / f) for q in _cells(ink, text_height * f)]
    return _cells(ink, text_height)


def _cells(ink: np.ndarray, text_height: float) -> list[Quad]:
    grid = _grids(ink, text_height)
    if not grid.any():
        return []
    contours, hierarchy = cv2.findContours(grid, cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE)
    out = []
    for contour, (_, _, _, parent) in zip(contours, hierarchy[0], strict=True):
        if parent < 0:
            continue  # a grid's outline, not one of its holes
        _, _, bw, bh = cv2.boundingRect(contour)
        if bw < _MIN_WIDE * text_height or not (
            _MIN_HIGH * text_height <= bh <= _MAX_HIGH * text_height
        ):
            continue
        rect = cv2.minAreaRect(contour)
        rw, rh = rect[1]
        if cv2.contourArea(contour) < _RECTANGULAR * rw * rh:
            continue
        out.append(upright(cv2.boxPoints(rect)))
    return out


def _grids(ink: np.ndarray, text_height: float) -> np.ndarray:
    """uint8 mask of the strokes of ink shaped as grids of rules."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
    span = _GRID_SPAN * text_height
    keep = np.zeros(n, bool)
    for i in range(1, n):
        bw, bh, area = (int(v) for v in stats[i, 2:5])
        keep[i] = bw >= span and bh >= span and area <= _GRID_SPARSE * bw * bh
    grids: np.ndarray = keep[labels].astype(np.uint8)
    return grids


def upright(pts: np.ndarray | Sequence[Sequence[float]]) -> Quad:
    """A rectangle's four corners ordered clockwise from its top-left."""
    p = np.asarray(pts, np.float64)
    s, d = p.sum(axis=1), p[:, 1] - p[:, 0]
    tl, br, tr, bl = p[s.argmin()], p[s.argmax()], p[d.argmin()], p[d.argmax()]
    return Quad.from_points((tl, tr, br, bl))
