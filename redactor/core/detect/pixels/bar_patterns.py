"""1-D barcodes nobody can decode (blurred, cut, glossy), found by their look: areas
of long parallel bars, found by gradient direction. A waybill's barcode must be
masked whether or not it can be read.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import cv2
import numpy as np

from redactor.core.models import Quad

if TYPE_CHECKING:
    from cv2.typing import RotatedRect


def ordered_corners(box: np.ndarray) -> Quad:
    """Order four points clockwise starting top-left."""
    c = box.mean(axis=0)
    ang = np.arctan2(box[:, 1] - c[1], box[:, 0] - c[0])
    pts = box[np.argsort(ang)]  # clockwise in image coordinates (y down)
    start = int(np.argmin(pts[:, 0] + pts[:, 1]))
    pts = np.roll(pts, -start, axis=0)
    return Quad.from_points(pts.tolist())


def bar_patterns(gray: np.ndarray) -> list[Quad]:
    """1-D barcodes: areas of long parallel bars, found by gradient direction."""
    gx = cv2.Sobel(gray, cv2.CV_32F, 1, 0, ksize=-1)
    gy = cv2.Sobel(gray, cv2.CV_32F, 0, 1, ksize=-1)
    out: list[Quad] = []
    span = max(21, gray.shape[1] // 50)
    for grad, across in (
        (cv2.subtract(np.abs(gx), np.abs(gy)), (span, 1)),
        (cv2.subtract(np.abs(gy), np.abs(gx)), (1, span)),
    ):
        g = cv2.blur(np.clip(grad, 0, None), (15, 15))
        # A code found with upright bars is not found again, fused with its
        # neighbours, by the pass for lying bars.
        _blank(g, out)
        top = float(g.max())
        # The threshold follows the strongest code on the page; a smaller or fainter one
        # shows up once the codes already found are blanked out (a few rounds at most).
        for _ in range(3):
            if g.max() <= 0.3 * top or top <= 0:
                break
            found = _bar_regions(gray, g, across)
            if not found:
                break
            out += found
            _blank(g, found)
    return out


def _blank(g: np.ndarray, quads: list[Quad]) -> None:
    """Zero the gradient map inside codes already found (in place)."""
    for q in quads:
        cv2.fillPoly(g, [np.round(np.array(q.points)).astype(np.int32)], 0.0)


def _bar_regions(gray: np.ndarray, g: np.ndarray, across: tuple[int, int]) -> list[Quad]:
    th = (g > 0.35 * g.max()).astype(np.uint8) * 255
    length = max(gray.shape) // 4
    # Tilted rules first: the straight opening below would leave them dashed.
    _erase_tilted_rules(th, length, upright=across[0] > 1)
    # A label's border rule is long and thin; left in, it fuses with a code beside it.
    # Remove what is long along the bars' direction but thin across it.
    along = (1, length) if across[0] > 1 else (length, 1)
    long_ = cv2.morphologyEx(th, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, along))
    wide = cv2.morphologyEx(
        long_, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, across)
    )
    th = cv2.bitwise_and(th, cv2.bitwise_not(cv2.bitwise_and(long_, cv2.bitwise_not(wide))))
    k = max(7, gray.shape[1] // 80)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (k, k))
    closed = cv2.morphologyEx(th, cv2.MORPH_CLOSE, kernel)
    # The stubs want a kernel; OpenCV takes None for its default 3x3 one.
    closed = cv2.erode(closed, None, iterations=2)  # type: ignore[call-overload]
    closed = cv2.dilate(closed, None, iterations=2)  # type: ignore[call-overload]
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_area = 0.002 * gray.shape[0] * gray.shape[1]
    codes: list[RotatedRect] = []
    parts: list[RotatedRect] = []
    for cnt in contours:
        if cv2.contourArea(cnt) < min_area:
            continue
        rect = cv2.minAreaRect(cnt)
        (codes if _is_barcode(gray, rect, upright=across[0] > 1) else parts).append(rect)
    out = []
    for rect in codes:
        # A wide space inside a code splits its region; the part with too few bars to
        # pass as a code on its own lies in line with the rest: one code.
        for part in parts:
            rect = _one_strip(rect, part) or rect
        (cx, cy), (rw, rh), ang = rect
        out.append(ordered_corners(cv2.boxPoints(((cx, cy), (rw * 1.08 + 6, rh * 1.08 + 6), ang))))
    return out


def _one_strip(a: RotatedRect, b: RotatedRect) -> RotatedRect | None:
    """The rectangle over regions ``a`` and ``b`` when they lie end to end in one strip
    of the same height with little space between them; else None."""
    both = cv2.minAreaRect(np.vstack([cv2.boxPoints(a), cv2.boxPoints(b)]).astype(np.float32))
    thin = min(both[1])
    area = both[1][0] * both[1][1]
    parts = a[1][0] * a[1][1] + b[1][0] * b[1][1]
    if thin <= 1.15 * max(min(a[1]), min(b[1])) and area <= 1.3 * parts:
        return both
    return None


def _erase_tilted_rules(th: np.ndarray, length: int, upright: bool) -> None:
    """A border rule on a tilted photo escapes a straight opening: find long, thin
    straight strokes running with the bars and wipe them (in place)."""
    # At half size: rules are long, and the search costs a quarter.
    half = cv2.resize(th, (th.shape[1] // 2, th.shape[0] // 2), interpolation=cv2.INTER_NEAREST)
    n = length // 2
    lines = cv2.HoughLinesP(half, 1, np.pi / 360, threshold=n, minLineLength=n, maxLineGap=2)
    if lines is None:
        return
    for x0, y0, x1, y1 in lines.reshape(-1, 4) * 2:
        standing = abs(y1 - y0) > abs(x1 - x0)
        if standing == upright and _thin(th, (x0, y0), (x1, y1)):
            cv2.line(th, (int(x0), int(y0)), (int(x1), int(y1)), 0, thickness=9)


def _thin(th: np.ndarray, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Blank on both sides of the stroke a-b: a rule, not the edge of a solid code area."""
    start, end = np.array(a, np.float32), np.array(b, np.float32)
    d = end - start
    side = np.array([-d[1], d[0]], np.float32) / (float(np.hypot(*d)) or 1.0)
    ts = np.linspace(0.0, 1.0, 64)[:, None]
    h, w = th.shape
    for off in (-12.0, 12.0):
        pts = start + ts * d + side * off
        xs = np.clip(pts[:, 0].astype(int), 0, w - 1)
        ys = np.clip(pts[:, 1].astype(int), 0, h - 1)
        if np.mean(th[ys, xs] > 0) > 0.3:
            return False
    return True


def _is_barcode(gray: np.ndarray, rect: RotatedRect, upright: bool) -> bool:
    """Bars run across the region: columns are all dark or all light, many times over.

    ``upright``: the region came from the pass for bars that stand up (rather than
    lie); bars seen lying in it belong to some other region's code."""
    (cx, cy), (rw, rh), ang = rect
    # Printed 1-D codes are at least about a tenth as tall as they are long; a thin
    # strip of stems is a line of text.
    if rw < 20 or rh < 10 or min(rw, rh) < 0.12 * max(rw, rh):
        return False
    box = cv2.boxPoints(rect).astype(np.float32)
    w, h = int(rw), int(rh)
    dst = np.array([[0, h - 1], [0, 0], [w - 1, 0], [w - 1, h - 1]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(box, dst)
    patch = cv2.warpPerspective(gray, m, (w, h))
    # The patch's columns run along box[1] -> box[0], its rows along box[1] -> box[2].
    for p, bar_dir in ((patch, box[0] - box[1]), (patch.T, box[2] - box[1])):
        if (abs(bar_dir[1]) > abs(bar_dir[0])) != upright:
            continue
        if p.shape[1] >= 20 and p.shape[0] >= 8 and _bars_across(p):
            return True
    return False


def _bars_across(p: np.ndarray) -> bool:
    """Bars cross the patch top to bottom over most of its height (a region may also
    take in the printed number or a blank edge, so not every band has to)."""
    _, bw = cv2.threshold(p, 0, 1, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    rows: int = p.shape[0]
    band = max(3, rows // 10)
    # Narrow bands: a photographed barcode is slightly skewed inside its box.
    run: list[np.ndarray] = []
    longest: list[np.ndarray] = []
    for top in range(0, rows - band + 1, band):
        col = bw[top : top + band].mean(axis=0)
        pure = np.mean((col > 0.8) | (col < 0.2))
        dark = col > 0.5
        runs = max(_transitions(dark), _fine_bars(p[top : top + band]))
        if not (pure > 0.7 and runs >= 15 and 0.2 < dark.mean() < 0.8):
            run = []
            continue
        # Bars cross the whole symbol: each band lines up with the one above.
        run = run + [col] if run and _similar(run[-1], col) else [col]
        if len(run) > len(longest):
            longest = run
    return len(longest) * band >= 0.4 * rows


def _transitions(dark: np.ndarray) -> int:
    return int(np.count_nonzero(dark[1:] & ~dark[:-1]))


def _fine_bars(rows: np.ndarray) -> int:
    """Bars counted against their neighbourhood: in a blurred, low-contrast photo
    thin bars never reach the global threshold, but each is darker than its
    surroundings."""
    col = rows.astype(np.float32).mean(axis=0)
    spread = float(col.max() - col.min())
    local = cv2.blur(col.reshape(1, -1), (9, 1)).ravel()
    return _transitions(col < local - 0.03 * spread)


def _similar(a: np.ndarray, b: np.ndarray) -> bool:
    """Bands of one barcode line up (allowing a few pixels of skew)."""
    best = 0.0
    for shift in range(-6, 7, 2):
        x = np.roll(a, shift)
        if x.std() > 0 and b.std() > 0:
            best = max(best, float(np.corrcoef(x, b)[0, 1]))
    return best > 0.5
