"""Read only the parts of a page around given regions (the verification read).

Masking changes a page only under and beside its masks; everywhere else the
verification read would see the pixels the first read already judged. So the
windows around the masks are cut out, packed side by side into one near-square
sheet and read in one engine call (one detector pass, as for a page, instead of one
per window: the detector enlarges small inputs), and the lines are mapped back.
When the windows cover most of the page, the page is read whole.

With the first read's lines at hand (``known``), a mask's window shrinks to the mask
and the lines it touches: the other lines within reach of it kept their pixels, so
their first read stands in for a second one (the rules still see them around the
masked line), and the detector looks at about half the area.

With opaque masks too (``painted``, and an engine that reads given stretches), no
detector runs: the known lines a mask touches are read again where the masks leave
them open (``line_pieces``), the others within reach keep their first read.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from redactor.core.models import OcrLine, Quad
from redactor.core.ocr.line_pieces import open_pieces
from redactor.core.ocr.orientation import rotate, rotate_point, unrotate_line
from redactor.core.ocr.protocol import OcrEngine, PieceReader, SheetReader

# Around a region, in text heights: the rest of its line on either side, the line
# above and below.
MARGIN_ALONG, MARGIN_ACROSS = 4.0, 1.2
# Windows covering this share of the page: read the page whole.
WHOLE_PAGE_SHARE = 0.6
# With the first read's lines known: a line this close to a mask (text heights along
# and across it) may have changed and is read again; the window around it.
TOUCH_ALONG, TOUCH_ACROSS = 1.0, 0.3

Box = tuple[float, float, float, float]  # x0, y0, x1, y1 on the upright page


@dataclass(frozen=True, slots=True)
class Window:
    """A window of the upright page (x, y, w, h) and where it sits on the sheet."""

    x: int
    y: int
    w: int
    h: int
    sx: int = 0
    sy: int = 0


def read_around(
    engine: OcrEngine,
    image: np.ndarray,
    rotation: int,
    regions: Sequence[Quad],
    text_height: float,
    known: Sequence[OcrLine] | None = None,
    painted: Sequence[Quad] | None = None,
) -> list[OcrLine]:
    """The page's lines near ``regions`` (quads in the image's own grid), read upright
    and returned in the image's grid; the whole page's lines when that is cheaper.

    ``known``: the first read's lines of the page before masking (image grid); those
    near a region but not touching one are returned as they are, not read again.
    ``painted``: the polygons painted over in one colour (image grid), when the masks
    are opaque: with ``known``, the lines are read where the masks leave them open."""
    up = rotate(image, rotation)
    uh, uw = up.shape[:2]
    boxes = _upright_boxes(image.shape[:2], rotation, regions)
    if known and painted is not None and isinstance(engine, PieceReader):
        read, as_first = _read_open_pieces(
            engine, up, image.shape[:2], rotation, boxes, known, painted, text_height
        )
        return _unrotated(read, rotation, image.shape[:2]) + as_first
    kept: list[OcrLine] = []
    if not known:
        wins = windows(boxes, uw, uh, text_height)
    else:
        boxes, kept = _touched(image.shape[:2], rotation, boxes, known, text_height)
        wins = windows(boxes, uw, uh, text_height, TOUCH_ALONG, TOUCH_ACROSS)
    if not wins:
        return []
    if sum(w.w * w.h for w in wins) >= WHOLE_PAGE_SHARE * uw * uh:
        kept = []
        lines = engine.recognize(up)
    else:
        gap = max(16, round(text_height))
        placed, sheet = pack(up, wins, gap)
        if isinstance(engine, SheetReader):
            raw = engine.recognize_sheet(sheet, (uh, uw))
        else:
            raw = engine.recognize(sheet)
        lines = [ln for r in raw if (ln := _back(r, placed)) is not None]
    return _unrotated(lines, rotation, image.shape[:2]) + kept


def _unrotated(lines: list[OcrLine], rotation: int, shape: tuple[int, ...]) -> list[OcrLine]:
    """Lines of the upright page in the grid of the image of ``shape``."""
    h, w = shape[:2]
    if rotation % 360:
        return [unrotate_line(ln, rotation, w, h) for ln in lines]
    return lines


def _read_open_pieces(
    engine: PieceReader,
    up: np.ndarray,
    shape: tuple[int, ...],
    rotation: int,
    boxes: Sequence[Box],
    known: Sequence[OcrLine],
    painted: Sequence[Quad],
    text_height: float,
) -> tuple[list[OcrLine], list[OcrLine]]:
    """The open stretches of the known lines a region touches, read again (lines of
    the upright page), and the other known lines within reach of a region, as first
    read (in the image's grid, as given)."""
    line_quads = _upright_quads(shape, rotation, [ln.quad for ln in known])
    line_boxes = [_bbox(q) for q in line_quads]
    touch = [_grow(b, TOUCH_ALONG * text_height, TOUCH_ACROSS * text_height) for b in boxes]
    reach = [_grow(b, MARGIN_ALONG * text_height, MARGIN_ACROSS * text_height) for b in boxes]
    masks = _upright_quads(shape, rotation, painted)
    pieces: list[np.ndarray] = []
    kept: list[OcrLine] = []
    for line, quad, box in zip(known, line_quads, line_boxes, strict=True):
        if any(_meet(box, t) for t in touch):
            pieces += open_pieces(quad, masks)
        elif any(_meet(box, r) for r in reach):
            kept.append(line)
    return engine.read_pieces(up, pieces), kept


def _touched(
    shape: tuple[int, ...],
    rotation: int,
    boxes: Sequence[Box],
    known: Sequence[OcrLine],
    text_height: float,
) -> tuple[list[Box], list[OcrLine]]:
    """The boxes to read again (the regions', and those of the known lines touching a
    region), and the known lines within the usual reach of a region that touch none."""
    line_boxes = _upright_boxes(shape, rotation, [ln.quad for ln in known])
    reach = [_grow(b, MARGIN_ALONG * text_height, MARGIN_ACROSS * text_height) for b in boxes]
    again = list(boxes)
    rest = list(range(len(known)))
    # A line a window reaches into is read again whole (and its own window may reach
    # further): no line is both kept and cut by a window.
    grown = True
    while grown:
        touch = [_grow(b, TOUCH_ALONG * text_height, TOUCH_ACROSS * text_height) for b in again]
        hit = [i for i in rest if any(_meet(line_boxes[i], t) for t in touch)]
        again += [line_boxes[i] for i in hit]
        rest = [i for i in rest if i not in hit]
        grown = bool(hit)
    kept = [known[i] for i in rest if any(_meet(line_boxes[i], r) for r in reach)]
    return again, kept


def _grow(b: Box, along: float, across: float) -> Box:
    return (b[0] - along, b[1] - across, b[2] + along, b[3] + across)


def _meet(a: Box, b: Box) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def _upright_quads(
    shape: tuple[int, ...], rotation: int, regions: Sequence[Quad]
) -> list[np.ndarray]:
    """The corners of ``regions`` on the upright page (4 x 2 each, in their order)."""
    h, w = shape[:2]
    return [np.array([rotate_point(p, rotation, w, h) for p in q.points]) for q in regions]


def _bbox(q: np.ndarray) -> Box:
    return (float(q[:, 0].min()), float(q[:, 1].min()), float(q[:, 0].max()), float(q[:, 1].max()))


def _upright_boxes(shape: tuple[int, ...], rotation: int, regions: Sequence[Quad]) -> list[Box]:
    """Bounding boxes of ``regions`` on the upright page."""
    return [_bbox(q) for q in _upright_quads(shape, rotation, regions)]


def windows(
    boxes: Sequence[Box],
    w: int,
    h: int,
    text_height: float,
    along: float = MARGIN_ALONG,
    across: float = MARGIN_ACROSS,
) -> list[Window]:
    """Each box grown by the margins (text heights), clipped to the page, overlapping
    ones merged."""
    ax, ay = along * text_height, across * text_height
    rects = [
        [max(0, math.floor(x0 - ax)), max(0, math.floor(y0 - ay)),
         min(w, math.ceil(x1 + ax)), min(h, math.ceil(y1 + ay))]
        for x0, y0, x1, y1 in boxes
    ]  # fmt: skip
    rects = [r for r in rects if r[2] > r[0] and r[3] > r[1]]
    merged = True
    while merged:
        merged = False
        for i in range(len(rects)):
            for j in range(i + 1, len(rects)):
                a, b = rects[i], rects[j]
                if a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]:
                    rects[i] = [min(a[0], b[0]), min(a[1], b[1]), max(a[2], b[2]), max(a[3], b[3])]
                    del rects[j]
                    merged = True
                    break
            if merged:
                break
    return [Window(x0, y0, x1 - x0, y1 - y0) for x0, y0, x1, y1 in rects]


def pack(page: np.ndarray, wins: Sequence[Window], gap: int) -> tuple[list[Window], np.ndarray]:
    """The windows on shelves of a white sheet about as wide as it is tall, ``gap``
    pixels apart (so the detector never joins two windows' text)."""
    area = sum((w.w + gap) * (w.h + gap) for w in wins)
    width = max(max(w.w for w in wins), math.ceil(math.sqrt(area)))
    placed, x, y, shelf = [], gap, gap, 0
    for win in sorted(wins, key=lambda w: -w.h):
        if x + win.w + gap > width + 2 * gap and x > gap:
            x, y, shelf = gap, y + shelf + gap, 0
        placed.append(Window(win.x, win.y, win.w, win.h, x, y))
        x += win.w + gap
        shelf = max(shelf, win.h)
    sheet_w = max(p.sx + p.w for p in placed) + gap
    sheet_h = max(p.sy + p.h for p in placed) + gap
    sheet = np.full((sheet_h, sheet_w) + page.shape[2:], 255, dtype=page.dtype)
    for p in placed:
        sheet[p.sy : p.sy + p.h, p.sx : p.sx + p.w] = page[p.y : p.y + p.h, p.x : p.x + p.w]
    return placed, sheet


def _back(line: OcrLine, placed: Sequence[Window]) -> OcrLine | None:
    """A line of the sheet in the page's grid (None when it lies in no window)."""
    cx, cy = np.mean(np.asarray(line.quad.points, float), axis=0)
    for p in placed:
        if p.sx <= cx < p.sx + p.w and p.sy <= cy < p.sy + p.h:
            dx, dy = p.x - p.sx, p.y - p.sy

            def move(q: Quad, dx: float = dx, dy: float = dy) -> Quad:
                return q.map(lambda pt: (pt[0] + dx, pt[1] + dy))

            return OcrLine(
                line.text, line.confidence, move(line.quad), tuple(move(c) for c in line.chars)
            )
    return None


__all__ = ["Window", "pack", "read_around", "windows"]
