"""A value written one character per printed box: the row of boxes is one value.

Forms and envelopes print a row of equal small boxes for a postcode, an ID number, a
phone or a date of birth, one character in each. OCR reads such a row as a few short
pieces and leaves some characters unread, so the text steps mask at most the pieces
they read. The pixels show the row: the boxes are holes of about square shape, of
one size, side by side on one line. A row of them with ink written inside is masked
whole, from its first box to its last, read or not (fail closed): unless a label
printed right before it or over it says its value is no one's (a date of issue, an
amount). A personal label gives its category; a row with no label to read (the
postcode on an envelope's address side) is masked as an address.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial

import cv2
import numpy as np

from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.placed_labels import placed_label
from redactor.core.detect.pixels.ruled_cells import upright
from redactor.core.models import (
    Category,
    Finding,
    OcrLine,
    Origin,
    Point,
    Quad,
    Source,
    body_height,
)

SOURCE = Source(Origin.OCR, "char_boxes", unread=True)
_SCORE = 0.6
# A box: about square (width over height within these), this many text heights high
# (a character's box, not a cell of a table), filling this share of its rotated
# bounding rectangle (a printed square, not the inside of a letter).
_SQUARE = (0.65, 1.5)
_SIZE = (0.7, 3.5)
_RECTANGULAR = 0.8
# The next box of a row: its height within this share of the one before, its middle
# within this share of a box's height of the row's, and the gap to it at most this
# share of a box's height.
_SAME_SIZE, _SAME_LINE, _GAP = 0.2, 0.3, 0.8
# A row: at least this many boxes, at least this many of them written in.
_MIN_BOXES, _MIN_WRITTEN = 4, 2
# Written in: ink over this share of a box's inside (its rules left out).
_WRITTEN = 0.02
# A label before the row stands at most this many box heights left of its first box,
# one over it at most this many box heights above it.
_BEFORE, _ABOVE = 3.0, 1.5
# Unlabelled, a row of character boxes is taken for a postcode.
_UNLABELLED = Category.ADDRESS
# A box whose hole a character broke is told by its upright rules: columns this many
# pixels either side of where they are due, inked down this share of the box.
_NEAR, _UPRIGHT = 3, 0.7


def _shifted(p: Point, dx: float) -> Point:
    return (p[0] + dx, p[1])


@dataclass(frozen=True, slots=True)
class _Box:
    x0: int
    y0: int
    x1: int
    y1: int
    quad: Quad

    @property
    def high(self) -> int:
        return self.y1 - self.y0

    @property
    def middle(self) -> float:
        return (self.y0 + self.y1) / 2


def boxed_values(page: PageViews, lines: Sequence[OcrLine]) -> list[Finding]:
    """Masks over rows of character boxes written in, but those a non-personal label
    announces (found on the page's ink reduced to a few megapixels)."""
    text_h = body_height(lines)
    if text_h < 6:
        return []
    ink, f = page.reduced_ink
    out = []
    for found in _rows(_boxes(ink, text_h * f)):
        row = _extended(found, ink)
        if sum(_written(ink, b) for b in row) < _MIN_WRITTEN:
            continue
        first, last = row[0].quad.scaled(1 / f), row[-1].quad.scaled(1 / f)
        category = _announced(first, lines)
        if category is None:
            continue
        quad = Quad((first.points[0], last.points[1], last.points[2], first.points[3]))
        out.append(Finding(category, quad, _SCORE, SOURCE, True, quad.height))
    return out


def _boxes(ink: np.ndarray, text_h: float) -> list[_Box]:
    """The page's holes shaped as one character's printed box."""
    contours, hierarchy = cv2.findContours(
        ink.astype(np.uint8), cv2.RETR_CCOMP, cv2.CHAIN_APPROX_SIMPLE
    )
    if hierarchy is None:
        return []
    out = []
    for contour, (_, _, _, parent) in zip(contours, hierarchy[0], strict=True):
        if parent < 0:
            continue
        x, y, bw, bh = cv2.boundingRect(contour)
        if not (_SIZE[0] * text_h <= bh <= _SIZE[1] * text_h):
            continue
        if not (_SQUARE[0] <= bw / bh <= _SQUARE[1]):
            continue
        if cv2.contourArea(contour) < _RECTANGULAR * bw * bh:
            continue
        out.append(_Box(x, y, x + bw, y + bh, upright(cv2.boxPoints(cv2.minAreaRect(contour)))))
    return out


def _rows(boxes: Sequence[_Box]) -> list[list[_Box]]:
    """Boxes chained side by side, of one size, on one line."""
    rows: list[list[_Box]] = []
    for b in sorted(boxes, key=lambda b: b.x0):
        for row in rows:
            a = row[-1]
            if (
                abs(b.high - a.high) <= _SAME_SIZE * a.high
                and abs(b.middle - a.middle) <= _SAME_LINE * a.high
                and 0 <= b.x0 - a.x1 <= _GAP * a.high
            ):
                row.append(b)
                break
        else:
            rows.append([b])
    return [r for r in rows if len(r) >= _MIN_BOXES]


def _extended(row: list[_Box], ink: np.ndarray) -> list[_Box]:
    """The row with the boxes at either end whose hole a written character broke (it
    touches the box's rules): a box's two upright rules one step of the row further."""
    step = float(np.median([b.x0 - a.x0 for a, b in zip(row, row[1:], strict=False)]))
    out = list(row)
    for ahead in (1, -1):
        for _ in range(len(row)):
            end = out[-1] if ahead > 0 else out[0]
            dx = round(ahead * step)
            nxt = _Box(
                end.x0 + dx,
                end.y0,
                end.x1 + dx,
                end.y1,
                end.quad.map(partial(_shifted, dx=dx)),
            )
            if not (_rule_at(ink, nxt, nxt.x0) and _rule_at(ink, nxt, nxt.x1 - 1)):
                break
            if ahead > 0:
                out.append(nxt)
            else:
                out.insert(0, nxt)
    return out


def _rule_at(ink: np.ndarray, b: _Box, x: int) -> bool:
    """An upright rule of the box's height near column ``x``."""
    m = max(2, round(0.15 * b.high))
    x0, x1 = max(0, x - _NEAR), min(ink.shape[1], x + _NEAR + 1)
    if b.y0 < 0 or b.y1 > ink.shape[0] or x1 <= x0:
        return False
    cols = ink[b.y0 + m : b.y1 - m, x0:x1]
    return cols.size > 0 and float(cols.mean(axis=0).max()) >= _UPRIGHT


def _written(ink: np.ndarray, b: _Box) -> bool:
    """Ink inside the box, its rules left out."""
    m = max(2, round(0.15 * b.high))
    inside = ink[b.y0 + m : b.y1 - m, b.x0 + m : b.x1 - m]
    return inside.size > 0 and float(inside.mean()) >= _WRITTEN


def _announced(first: Quad, lines: Sequence[OcrLine]) -> Category | None:
    """The category of the value a label right before the row (or over it) announces;
    the unlabelled row's when none is read there; ``None`` for a label of a value that
    is no one's."""
    x0, y0, x1, y1 = first.bbox
    high = y1 - y0
    for ln in lines:
        lx0, ly0, lx1, ly1 = ln.quad.bbox
        before = y0 <= (ly0 + ly1) / 2 <= y1 and x0 - _BEFORE * high <= lx1 <= x0 + 0.5 * high
        over = ly1 <= y0 + 0.3 * high and ly1 >= y0 - _ABOVE * high and lx0 <= x1 and lx1 >= x0
        if not (before or over) or lx0 >= x0 - 0.5 * high and before:
            continue
        found, _ = placed_label(ln.text)
        if found:
            kind = found[-1].label.kind
            return kind.category if kind.personal else None
    return _UNLABELLED
