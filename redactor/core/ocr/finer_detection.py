"""A second, finer detection around small text on a page the detector saw reduced.

On a phone photo (12 MP) the detector sees a copy about 1600 px long. A label's
recipient block is often printed small and set tight: in that copy its lines are
under 20 px high and a few px apart, and the detector boxes one of them (or none of
the block) while the others melt together and are dropped. A block is never one
line alone, so wherever the copy holds a *small* detected line, the page around it
is detected again at a finer scale, and the boxes found there that the first pass
did not find are added.

Only ink that no first-pass box covers, near small lines, is looked at again (not
the whole page): large text was boxed well, a receipt whose every line was boxed
needs nothing more, and the second look costs detector time in proportion to the
area it covers.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import cv2
import numpy as np

#: Pages the detector saw at this scale or larger get no second look (text there
#: keeps enough pixels).
REDUCED_BELOW = 0.7
#: A detected line under this height in the detector's copy (px) may have small
#: neighbours the detector could not separate.
SMALL_LINE = 28.0
#: The second look sees the page this many times finer (never beyond full resolution).
FINER = 2.0
#: Around a small line, look this many of its heights above and below, and this many
#: to the left and right of it.
REACH_ROWS = 5.0
REACH_SIDE = 6.0
#: Unboxed ink (in the detector's copy) is dark against its surroundings by this much
#: (0-255) within windows of this size (px); clusters join ink this far apart.
INK_CONTRAST = 20
INK_WINDOW = 31
INK_JOIN = 12
#: A cluster may run sideways beyond its small line's area by this many times that
#: area's width, on each side (a long line beside a short one), never above or below.
GROW = 1
#: A cluster of unboxed ink smaller than this (px in the copy) is specks, not text.
MIN_INK = 40
#: A first-pass box under this height in the copy (px) may be several small lines melted
#: together; it is when its rows of ink (dark rows at ``BAND`` of the darkest row or more,
#: each band at least ``MIN_BAND`` of the box's height) number two or more.
MELTED_LINE = 2 * SMALL_LINE
BAND = 0.3
MIN_BAND = 0.12
#: A fine box this close (px) to its crop's edge was cut by it.
EDGE = 2
#: A fine box is a line the first pass found when their intersection over union is this.
SAME_LINE = 0.5


@dataclass(frozen=True)
class Rect:
    x0: int
    y0: int
    x1: int
    y1: int

    def overlaps(self, other: Rect) -> bool:
        return (
            self.x0 < other.x1 and other.x0 < self.x1 and self.y0 < other.y1 and other.y0 < self.y1
        )

    def union(self, other: Rect) -> Rect:
        return Rect(
            min(self.x0, other.x0),
            min(self.y0, other.y0),
            max(self.x1, other.x1),
            max(self.y1, other.y1),
        )


def _height(box: np.ndarray) -> float:
    a, b, c, d = box
    return float(min(np.linalg.norm(a - d), np.linalg.norm(b - c)))


def regions(boxes: np.ndarray, scale: float, shape: tuple[int, int]) -> list[Rect]:
    """Page areas (full-resolution pixels) around the small lines among ``boxes``
    (full-resolution quads) of a page the detector saw at ``scale``; merged so that
    none overlaps another."""
    if scale >= REDUCED_BELOW or len(boxes) == 0:
        return []
    h, w = shape[:2]
    found: list[Rect] = []
    for box in boxes:
        th = _height(box)
        if th * scale >= SMALL_LINE or th <= 0:
            continue
        xs, ys = box[:, 0], box[:, 1]
        side, rows = REACH_SIDE * th, REACH_ROWS * th
        found.append(
            Rect(
                max(0, int(xs.min() - side)),
                max(0, int(ys.min() - rows)),
                min(w, int(xs.max() + side) + 1),
                min(h, int(ys.max() + rows) + 1),
            )
        )
    return _merged(found)


def _merged(rects: list[Rect]) -> list[Rect]:
    out = list(rects)
    changed = True
    while changed:
        changed = False
        for i in range(len(out)):
            for j in range(i + 1, len(out)):
                if out[i].overlaps(out[j]):
                    out[i] = out[i].union(out.pop(j))
                    changed = True
                    break
            if changed:
                break
    return out


def _known(box: np.ndarray, known: list[np.ndarray], shape: tuple[int, int]) -> bool:
    """Whether a first-pass quad among ``known`` is the same line as ``box`` (their
    intersection over union, rasterised around ``box``). A fine line lying inside a
    tall first-pass box is new: that box is the melted block."""
    lo = np.floor(box.min(axis=0)).astype(int)
    hi = np.ceil(box.max(axis=0)).astype(int)
    for k in known:
        x0, y0 = np.maximum(0, np.minimum(lo, np.floor(k.min(axis=0)).astype(int)))
        x1, y1 = np.minimum(
            (shape[1], shape[0]), np.maximum(hi, np.ceil(k.max(axis=0)).astype(int))
        )
        if x1 <= x0 or y1 <= y0:
            continue
        if (
            k[:, 0].max() < lo[0]
            or k[:, 0].min() > hi[0]
            or k[:, 1].max() < lo[1]
            or k[:, 1].min() > hi[1]
        ):
            continue
        off = np.array([x0, y0], np.float32)
        a = np.zeros((y1 - y0, x1 - x0), np.uint8)
        b = np.zeros_like(a)
        cv2.fillPoly(a, [np.round(box - off).astype(np.int32)], 1)
        cv2.fillPoly(b, [np.round(k - off).astype(np.int32)], 1)
        union = int((a | b).sum())
        if union and (a & b).sum() / union >= SAME_LINE:
            return True
    return False


def _cut_by(quad: np.ndarray, crop: tuple[int, int], r: Rect, page: tuple[int, int]) -> bool:
    """Whether a fine box runs into an edge of its crop that is not the page's edge: a
    line the first pass boxed, crossing the area (the area holds all of its unboxed ink)."""
    ch, cw = crop
    xs, ys = quad[:, 0], quad[:, 1]
    return bool(
        (xs.min() <= EDGE and r.x0 > 0)
        or (ys.min() <= EDGE and r.y0 > 0)
        or (xs.max() >= cw - 1 - EDGE and r.x1 < page[1])
        or (ys.max() >= ch - 1 - EDGE and r.y1 < page[0])
    )


def _glyph_sized(ink: np.ndarray) -> np.ndarray:
    """The pieces of ``ink`` (copy pixels) that could be small letters: barcodes, QR
    codes, box edges, tape and printed rules are taller or longer than a small line."""
    n, labels, stats, _ = cv2.connectedComponentsWithStats(ink)
    w, h = stats[:, cv2.CC_STAT_WIDTH], stats[:, cv2.CC_STAT_HEIGHT]
    keep = (h < SMALL_LINE) & (w < 2 * SMALL_LINE) & (stats[:, cv2.CC_STAT_AREA] >= 2)
    keep[0] = False
    pieces: np.ndarray = keep[labels].astype(np.uint8)
    return pieces


def unboxed_ink(
    bgr: np.ndarray,
    boxes: np.ndarray,
    scale: float,
    near: list[Rect],
    copy: np.ndarray | None = None,
) -> list[Rect]:
    """Page areas (full-resolution) around clusters of ink that no box covers and that
    reach into ``near``, judged on the detector's copy at ``scale`` (see ``GROW``);
    ``copy``: that copy when at hand (the page is not reduced again)."""
    h, w = bgr.shape[:2]
    size = (max(1, round(w * scale)), max(1, round(h * scale)))
    if copy is None or copy.shape[1::-1] != size:
        copy = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    gray = cv2.cvtColor(copy, cv2.COLOR_BGR2GRAY)
    dark: np.ndarray = cv2.adaptiveThreshold(
        gray, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, INK_WINDOW, INK_CONTRAST
    )
    covered = np.zeros_like(dark)
    cv2.fillPoly(covered, [np.round(b * scale).astype(np.int32) for b in boxes], 1)
    free = _glyph_sized(dark & (1 - covered))
    joined = cv2.dilate(free, np.ones((INK_JOIN, 2 * INK_JOIN), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined)
    out = []
    for r in near:
        x0, y0 = int(r.x0 * scale), int(r.y0 * scale)
        x1, y1 = int(r.x1 * scale) + 1, int(r.y1 * scale) + 1
        patch = labels[y0:y1, x0:x1][free[y0:y1, x0:x1] > 0]
        counts = np.bincount(patch, minlength=n)
        gx = GROW * (x1 - x0)
        for k in np.nonzero(counts >= MIN_INK)[0]:
            if k == 0:
                continue
            x, y, cw, ch = stats[k, :4]
            pad = INK_JOIN
            out.append(
                Rect(
                    max(0, int(max(x - pad, x0 - gx) / scale)),
                    max(0, int(max(y - pad, y0) / scale)),
                    min(w, int(min(x + cw + pad, x1 + gx) / scale) + 1),
                    min(h, int(min(y + ch + pad, y1) / scale) + 1),
                )
            )
    return _merged(out)


def rows_of_ink(gray: np.ndarray) -> int:
    """How many rows of text a line crop (grey, full resolution) holds: bands of dark
    rows split by a valley much lighter than the bands on both sides."""
    if gray.shape[0] < 6 or gray.shape[1] < 6:
        return 1
    dark = cv2.threshold(gray, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)[1]
    profile = np.convolve(dark.mean(axis=1), np.ones(3) / 3, mode="same")
    top = float(profile.max())
    if top <= 0:
        return 1
    inked = profile >= BAND * top
    bands, run = 0, 0
    for on in [*inked, False]:
        if on:
            run += 1
            continue
        if run >= max(2, MIN_BAND * len(profile)):
            bands += 1
        run = 0
    return max(1, bands)


def stacked(bgr: np.ndarray, boxes: np.ndarray, scale: float) -> list[Rect]:
    """Page areas of the small first-pass boxes that hold several rows of text: the
    detector melted tightly set lines into one box, which the recogniser reads as one
    garbled line."""
    if scale >= REDUCED_BELOW:
        return []
    h, w = bgr.shape[:2]
    out = []
    for box in boxes:
        th = _height(box)
        if th * scale >= MELTED_LINE:
            continue
        x0, y0 = np.maximum(0, np.floor(box.min(axis=0)).astype(int))
        x1, y1 = np.minimum((w, h), np.ceil(box.max(axis=0)).astype(int))
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        if rows_of_ink(cv2.cvtColor(bgr[y0:y1, x0:x1], cv2.COLOR_BGR2GRAY)) >= 2:
            pad = int(th / 2)
            out.append(Rect(max(0, x0 - pad), max(0, y0 - pad), min(w, x1 + pad), min(h, y1 + pad)))
    return out


def detect_finer(
    bgr: np.ndarray,
    boxes: np.ndarray,
    scale: float,
    detect: Callable[[np.ndarray], np.ndarray],
    copy: np.ndarray | None = None,
) -> np.ndarray:
    """``boxes`` (full-resolution quads from a detector copy at ``scale``) plus the new
    boxes a finer detection finds in the unboxed ink around their small lines.
    ``detect`` takes a BGR image and returns quads in its pixels; ``copy`` is the
    detector's copy (made with ``INTER_AREA``), when at hand."""
    near = regions(boxes, scale, bgr.shape[:2])
    if not near:
        return boxes
    areas = _merged(unboxed_ink(bgr, boxes, scale, near, copy) + stacked(bgr, boxes, scale))
    if not areas:
        return boxes
    fine = min(1.0, scale * FINER)
    known = [np.asarray(b, np.float32) for b in boxes]
    added: list[np.ndarray] = []
    for r in areas:
        crop = bgr[r.y0 : r.y1, r.x0 : r.x1]
        size = (max(1, round(crop.shape[1] * fine)), max(1, round(crop.shape[0] * fine)))
        small = crop if fine == 1.0 else cv2.resize(crop, size, interpolation=cv2.INTER_AREA)
        for quad in detect(small):
            if _cut_by(quad, small.shape[:2], r, bgr.shape[:2]):
                continue
            page = quad / fine + np.array([r.x0, r.y0], np.float32)
            if not _known(page, known, bgr.shape[:2]):
                added.append(page)
    if not added:
        return boxes
    return np.concatenate([np.asarray(boxes, np.float32), np.stack(added)])
