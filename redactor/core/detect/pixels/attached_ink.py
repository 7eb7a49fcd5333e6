"""A value's mask reaches over the ink joined to its own strokes.

The OCR box of a value written by hand is often smaller than its ink: a big loop of
a capital rises over it, a descender hangs under it (through the ruled line it is
written on), a slanted last letter leans past its end. The strokes are the value's,
so whatever of them leaves the box is masked with it. Each finding looks at the ink
around its quad: strokes of text size joined to the ink inside the quad, with the
printed grid's rules taken out (a stroke crossing a rule stays joined across it),
grow the quad to their extent. Ink inside another line the OCR read (a label, a
heading, a neighbouring field's value) is never taken, and the quad never grows
into such a line's box.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, replace

import cv2
import numpy as np

from redactor.core.detect.pixels.ink_strips import gray_strip, inked, paper_and_ink, strip_quad
from redactor.core.mask import across_padding
from redactor.core.models import Category, Finding, OcrLine, Quad

# The strip around a finding is sampled this many pixels per text height at most
# (never finer than the image: thin strokes stay joined).
_ROWS = 32
# How far past its quad a value's ink is looked for: over and under it, and past
# either end, in text heights (the rest of a line is the unread-ink runs' to judge).
_ACROSS, _ALONG = 1.2, 0.5
# Rules of the printed grid: ink this many text heights straight, across or down.
_RULE = 2.0
# A stroke crossing a rule joins the ink this share of a text height over and under it.
_CROSS = 0.3
# A piece of ink belongs to the value when this share of it lies inside the quad, and
# it is at most this many text heights high (a frame, a seal or a photo is larger).
_INSIDE, _MAX_HIGH = 0.3, 2.5
# Growth under this share of a text height is the padding's to cover.
_MIN_GROW = 0.08
# A line the OCR read is the finding's own when it overlaps it this much across.
_OWN = 0.5
# ... and reads the same way: their directions' cosine at least this.
_SAME_WAY = 0.7
# A finding one row of text high: its quad at most this many text heights high.
_ONE_ROW = 2.0
_SKIP = frozenset({Category.CODE, Category.MANUAL, Category.FACE})


@dataclass(frozen=True, slots=True)
class _Frame:
    """A finding's frame: its quad's top-left corner, the unit vectors along (``u``)
    and down across (``v``) it, its length and height, and the strip around it."""

    a: np.ndarray
    u: np.ndarray
    v: np.ndarray
    length: float
    height: float
    scale: float  # image px per strip px
    along: float  # strip margin before and after the quad (image px)
    across: float  # strip margin over and under it (image px)

    @staticmethod
    def of(quad: Quad, text_h: float) -> _Frame:
        u_, v_ = quad.axes
        u, v = np.array(u_, float), np.array(v_, float)
        a, b, _, d = (np.array(p, float) for p in quad.points)
        return _Frame(
            a,
            u,
            v,
            float(np.dot(b - a, u)),
            float(np.dot(d - a, v)),
            max(1.0, text_h / _ROWS),
            _ALONG * text_h,
            _ACROSS * text_h,
        )

    def local(self, pts: Sequence[tuple[float, float]]) -> np.ndarray:
        """Points as (u, v) image px from the quad's top-left corner."""
        p = np.asarray(pts, float) - self.a
        return np.stack([p @ self.u, p @ self.v], axis=1)

    def to_strip(self, uv: np.ndarray) -> np.ndarray:
        return (uv + [self.along, self.across]) / self.scale

    @property
    def size(self) -> tuple[int, int]:
        """The strip's width and height in strip px."""
        w = (self.length + 2 * self.along) / self.scale
        h = (self.height + 2 * self.across) / self.scale
        return int(math.ceil(w)), int(math.ceil(h))

    def grown(self, behind: float, ahead: float, up: float, down: float) -> Quad:
        u, v = self.u, self.v
        a = self.a - u * behind - v * up
        b = self.a + u * (self.length + ahead) - v * up
        c = self.a + u * (self.length + ahead) + v * (self.height + down)
        d = self.a - u * behind + v * (self.height + down)
        return Quad.from_points((float(p[0]), float(p[1])) for p in (a, b, c, d))


def grow_over_attached_ink(
    image: np.ndarray, findings: Sequence[Finding], lines: Sequence[OcrLine]
) -> list[Finding]:
    """``findings``, each grown over the ink joined to its strokes that leaves its quad."""
    # A line another mask covers is no one's to keep readable.
    masked = [f.quad.bbox for f in findings if f.enabled and f.category not in _SKIP]
    covers = [[b for b in masked if _inside(ln.quad.center, b)] for ln in lines]
    out = []
    for f in findings:
        text_h = f.text_height or f.quad.height
        # A mask drawn from the ink already (handwriting, a cell's value, a
        # signature) reaches as far as it.
        # Nor is a block of several lines or a column of vertical text one row of
        # strokes.
        if (
            f.category in _SKIP
            or f.source.unread
            or text_h < 6
            or f.quad.width < 1
            or f.quad.height > _ONE_ROW * text_h
        ):
            out.append(f)
            continue
        mine = f.quad.bbox
        near = _near(mine, 2 * text_h)
        others = [
            ln
            for ln, bs in zip(lines, covers, strict=True)
            if _meets(ln.quad.bbox, near) and all(b == mine for b in bs)
        ]
        out += _grown(image, f, others, text_h)
    return out


_Box = tuple[float, float, float, float]


def _inside(p: tuple[float, float], b: _Box) -> bool:
    return b[0] <= p[0] <= b[2] and b[1] <= p[1] <= b[3]


def _near(b: _Box, by: float) -> _Box:
    return b[0] - by, b[1] - by, b[2] + by, b[3] + by


def _meets(a: _Box, b: _Box) -> bool:
    return a[0] <= b[2] and b[0] <= a[2] and a[1] <= b[3] and b[1] <= a[3]


def _grown(image: np.ndarray, f: Finding, lines: Sequence[OcrLine], text_h: float) -> list[Finding]:
    fr = _Frame.of(f.quad, text_h)
    if fr.length < 1 or fr.height < 1:
        return [f]
    w, h = fr.size
    start = fr.a - fr.u * fr.along - fr.v * fr.across
    gray = gray_strip(image, start, fr.u * fr.scale, fr.v * fr.scale, w, h)
    own = (
        int(round(fr.along / fr.scale)),
        int(round(fr.across / fr.scale)),
        max(int(round(fr.along / fr.scale)) + 1, int(round((fr.along + fr.length) / fr.scale))),
        max(int(round(fr.across / fr.scale)) + 1, int(round((fr.across + fr.height) / fr.scale))),
    )
    x0, y0, x1, y1 = own
    tones = paper_and_ink(gray[y0:y1, x0:x1])
    if tones is None:
        return [f]  # too faint to tell ink from paper
    strip_h = text_h / fr.scale
    ink = _joined_strokes(inked(gray, tones), strip_h)
    row, other = _read_elsewhere(fr, lines, (w, h), own)
    # What was read on its row is a label's or another value's: never joined to it.
    pieces = _Pieces.of(ink & ~row, own, other, ink & row)
    box = pieces.attached(strip_h)
    bx0, by0, bx1, by1 = box if box is not None else own
    # Never over another line's ink: each side stops a sample short of it.
    behind = min(x0 - bx0, pieces.clear(rows=(by0, by1), cols=(0, x0), towards=-1))
    ahead = min(bx1 - x1, pieces.clear(rows=(by0, by1), cols=(x1, w), towards=1))
    up = min(y0 - by0, pieces.clear(rows=(0, y0), cols=(bx0, bx1), towards=-1, down=True))
    down = min(by1 - y1, pieces.clear(rows=(y1, h), cols=(bx0, bx1), towards=1, down=True))
    least = _MIN_GROW * strip_h
    behind, ahead, up, down = (
        max(0, g) * fr.scale if g >= least else 0.0 for g in (behind, ahead, up, down)
    )
    room = None if f.room is None else (max(0.0, f.room[0] - up), max(0.0, f.room[1] - down))
    # The margin the mask adds over and under the grown quad stops short of another
    # line's ink too, but still covers ink in it that no line was read from (a
    # descender the OCR's box and the strokes' joins both missed).
    top, bottom = y0 - up / fr.scale, y1 + down / fr.scale
    pad = across_padding(text_h) / fr.scale
    above = fr.scale * max(
        pieces.clear(rows=(0, y0), cols=(bx0, bx1), towards=-1, down=True) - up / fr.scale,
        pieces.loose(rows=(int(top - pad), int(top)), cols=(bx0, bx1), towards=-1),
    )
    below = fr.scale * max(
        pieces.clear(rows=(y1, h), cols=(bx0, bx1), towards=1, down=True) - down / fr.scale,
        pieces.loose(rows=(int(math.ceil(bottom)), int(bottom + pad) + 1), cols=(bx0, bx1)),
    )
    # Where its own strokes go on past the held-back edge, the value comes first:
    # its margin stays as wide as ever there.
    if by0 < top - 0.5:
        above = math.inf
    if by1 > bottom + 0.5:
        below = math.inf
    if math.isfinite(above) or math.isfinite(below):
        r0, r1 = room if room is not None else (math.inf, math.inf)
        room = (max(0.0, min(r0, above)), max(0.0, min(r1, below)))
    grown = replace(f, quad=fr.grown(behind, ahead, up, down), room=room)
    # What of its strokes lies past the grown quad (held back by another line's ink
    # beside them) is masked on its own, over those strokes alone.
    rect = (x0 - behind / fr.scale, top, x1 + ahead / fr.scale, bottom)
    ax, ay = fr.u * fr.scale, fr.v * fr.scale
    return [grown] + [
        replace(
            f,
            quad=strip_quad(start, ax, ay, cols, rows),
            room=(0.0, 0.0),
            text_height=(rows[1] - rows[0]) * fr.scale,
            partial=None,
        )
        for cols, rows in pieces.beyond(rect, strip_h)
    ]


@dataclass(frozen=True, slots=True)
class _Pieces:
    """The strip's pieces of ink: which are the value's, which another line's."""

    labels: np.ndarray  # H x W int32: piece of each strip pixel (0: paper)
    stats: np.ndarray  # per piece, as cv2.connectedComponentsWithStats
    mine: np.ndarray  # per piece: mostly inside the finding's box
    theirs: np.ndarray  # H x W bool: ink of pieces mostly inside a line read elsewhere

    @staticmethod
    def of(
        ink: np.ndarray, own: tuple[int, int, int, int], read: np.ndarray, beside: np.ndarray
    ) -> _Pieces:
        """The pieces of ``ink``, judged by where they lie: in the finding's ``own``
        box or ``read`` in another line; ``beside`` is ink read on its row, another's."""
        n, labels, stats, _ = cv2.connectedComponentsWithStats(ink.astype(np.uint8), connectivity=8)
        x0, y0, x1, y1 = own
        inside = np.bincount(labels[y0:y1, x0:x1].ravel(), minlength=n)
        elsewhere = np.bincount(labels[read], minlength=n)
        area = stats[:, cv2.CC_STAT_AREA]
        mine = (inside >= _INSIDE * area) & (inside >= elsewhere)
        mine[0] = False
        other = elsewhere > np.maximum(inside, 0.5 * area)
        other[0] = False
        return _Pieces(labels, stats, mine, other[labels] | beside)

    def kept(self, text_h: float) -> np.ndarray:
        """Per piece: the value's, of text size, not running out over or under the
        strip."""
        top, high = self.stats[:, cv2.CC_STAT_TOP], self.stats[:, cv2.CC_STAT_HEIGHT]
        keep: np.ndarray = (
            self.mine
            & (high <= _MAX_HIGH * text_h)
            & (top > 0)
            & (top + high < self.labels.shape[0])
        )
        return keep

    def beyond(
        self, rect: tuple[float, float, float, float], text_h: float
    ) -> list[tuple[tuple[float, float], tuple[float, float]]]:
        """Strip boxes (columns, rows) over the value's ink past each side of
        ``rect``, stopping a sample short of another line's ink."""
        own = self.kept(text_h)[self.labels]
        h, w = own.shape
        x0, y0, x1, y1 = (int(round(v)) for v in rect)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        least = _MIN_GROW * text_h
        out = []
        for rows, cols, down in (
            ((y1, h), (0, w), True),
            ((0, y0), (0, w), True),
            ((y0, y1), (x1, w), False),
            ((y0, y1), (0, x0), False),
        ):
            (r0, r1), (c0, c1) = rows, cols
            part = own[r0:r1, c0:c1]
            ys, xs = np.nonzero(part)
            if not len(xs):
                continue
            bx0, by0, bx1, by1 = c0 + xs.min(), r0 + ys.min(), c0 + xs.max() + 1, r0 + ys.max() + 1
            if down:  # under or over: as far as another line's ink in those columns
                forward = r0 == y1
                room = self.clear(rows, (bx0, bx1), 1 if forward else -1, True)
                by0, by1 = (y1, min(by1, y1 + room)) if forward else (max(by0, y0 - room), y0)
            else:
                forward = c0 == x1
                room = self.clear((by0, by1), (c0, c1), 1 if forward else -1)
                bx0, bx1 = (x1, min(bx1, x1 + room)) if forward else (max(bx0, x0 - room), x0)
            if by1 - by0 >= least and bx1 - bx0 >= least:
                out.append(((float(bx0), float(bx1)), (float(by0), float(by1))))
        return out

    def attached(self, text_h: float) -> tuple[int, int, int, int] | None:
        """The strip box of the value's pieces of text size that do not run out over
        or under the strip."""
        top, high = self.stats[:, cv2.CC_STAT_TOP], self.stats[:, cv2.CC_STAT_HEIGHT]
        idx = np.nonzero(self.kept(text_h))[0]
        if not len(idx):
            return None
        left = self.stats[idx, cv2.CC_STAT_LEFT]
        right = left + self.stats[idx, cv2.CC_STAT_WIDTH]
        return int(left.min()), int(top[idx].min()), int(right.max()), int((top + high)[idx].max())

    def loose(self, rows: tuple[int, int], cols: tuple[int, int], towards: int = 1) -> float:
        """How many of ``rows`` (from the box's edge: their high end when ``towards``
        is -1) reach the last ink in ``cols`` that is neither the value's nor another
        line's; 0 for none."""
        (r0, r1), (c0, c1) = rows, cols
        r0, r1 = max(0, r0), max(0, min(r1, self.labels.shape[0]))
        labels = self.labels[r0:r1, max(0, c0) : max(0, c1)]
        region = (labels > 0) & ~self.mine[labels] & ~self.theirs[r0:r1, max(0, c0) : max(0, c1)]
        hits = np.nonzero(region.any(axis=1))[0]
        if not len(hits):
            return 0.0
        return float(r1 - r0 - hits.min() if towards < 0 else hits.max() + 1)

    def clear(
        self, rows: tuple[int, int], cols: tuple[int, int], towards: int, down: bool = False
    ) -> float:
        """Strip px free of another line's ink from the box's edge into the region
        (``towards`` -1: back from its high end, 1: on from its low end), moving down
        the rows (``down``) or along the columns; inf when there is none."""
        (r0, r1), (c0, c1) = rows, cols
        region = self.theirs[max(0, r0) : max(0, r1), max(0, c0) : max(0, c1)]
        hits = np.nonzero(region.any(axis=1 if down else 0))[0]
        if not len(hits):
            return math.inf
        n = region.shape[0] if down else region.shape[1]
        free = n - 1 - hits.max() if towards < 0 else hits.min()
        return float(max(0, free - 1))  # a sample short of it: an edge is drawn too


def _joined_strokes(dark: np.ndarray, text_h: float) -> np.ndarray:
    """The strip's ink without the printed grid's rules, kept where a stroke crosses
    a rule (a descender through the line it is written on stays one piece)."""
    m8 = dark.astype(np.uint8)
    run = max(5, int(_RULE * text_h))
    across = cv2.morphologyEx(m8, cv2.MORPH_OPEN, np.ones((1, run), np.uint8))
    down = cv2.morphologyEx(m8, cv2.MORPH_OPEN, np.ones((run, 1), np.uint8))
    rules = cv2.dilate(np.maximum(across, down), np.ones((3, 3), np.uint8)).astype(bool)
    strokes = dark & ~rules
    reach = max(2, int(round(_CROSS * text_h)))
    s8 = strokes.astype(np.uint8)
    kernel = np.ones((reach + 1, 1), np.uint8)
    over = cv2.dilate(s8, kernel, anchor=(0, reach)).astype(bool)  # a stroke above
    under = cv2.dilate(s8, kernel, anchor=(0, 0)).astype(bool)  # a stroke below
    crossing: np.ndarray = strokes | (rules & dark & over & under)
    return crossing


def _read_elsewhere(
    fr: _Frame, lines: Sequence[OcrLine], size: tuple[int, int], own: tuple[int, int, int, int]
) -> tuple[np.ndarray, np.ndarray]:
    """Strip pixels inside lines the OCR read apart from the finding: on its row (text
    read before or after it, its own line past its ends: a label before it; never in
    its box), and on other rows (a line over or under it, whose box may reach into
    the finding's)."""
    w, h = size
    row = np.zeros((h, w), np.uint8)
    other = np.zeros((h, w), np.uint8)
    for ln in lines:
        loc = fr.local(ln.quad.points)
        u0, u1 = float(loc[:, 0].min()), float(loc[:, 0].max())
        v0, v1 = float(loc[:, 1].min()), float(loc[:, 1].max())
        if u1 < -fr.along or u0 > fr.length + fr.along:
            continue
        if v1 < -fr.across or v0 > fr.height + fr.across:
            continue
        pts = np.round(fr.to_strip(loc)).astype(np.int32)
        across = min(v1, fr.height) - max(v0, 0.0)
        # Its own line reads the same way, on its row, through its middle; another
        # line's box (one before or after it, or over it) is another's wherever it
        # overlaps the finding's.
        turned = abs(float(np.dot(np.array(ln.quad.axes[0]), fr.u))) < _SAME_WAY
        through = u0 <= fr.length / 2 <= u1
        if turned or not through or across < _OWN * min(fr.height, v1 - v0):
            cv2.fillPoly(other, [pts], 1)
            continue
        part = np.zeros((h, w), np.uint8)
        cv2.fillPoly(part, [pts], 1)
        part[:, own[0] : own[2]] = 0  # its own line (or a line it was bridged to)
        row |= part
    x0, y0, x1, y1 = own
    row[y0:y1, x0:x1] = 0
    return row.astype(bool), other.astype(bool)
