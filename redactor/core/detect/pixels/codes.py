"""Barcodes and 2-D codes (category ``code``), found in the pixels.

Three detectors, merged: zxing-cpp (decodes 1-D codes, QR, DataMatrix, PDF417,
Aztec, MaxiCode in any direction), OpenCV's QR detector, and a structural
detector for 1-D bar patterns that nobody can decode (blurred, cut, glossy):
a waybill's barcode must be masked whether or not it can be read.
"""

from __future__ import annotations

import re

import cv2
import numpy as np

from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

WORK_SIDE = 1600
ZXING = Source(Origin.CODE, "zxing")
QR = Source(Origin.CODE, "qr")
BARS = Source(Origin.CODE, "bars")  # bars nobody could decode


def find_codes(image: np.ndarray) -> list[Finding]:
    h, w = image.shape[:2]
    scale = min(1.0, WORK_SIDE / max(h, w))
    gray = cv2.cvtColor(image, cv2.COLOR_RGB2GRAY)
    small = (
        cv2.resize(
            gray, (max(1, round(w * scale)), max(1, round(h * scale))), interpolation=cv2.INTER_AREA
        )
        if scale < 1
        else gray
    )
    quads: list[tuple[Quad, Source, float]] = []
    quads += [(q.scaled(1 / scale), ZXING, 0.99) for q in _zxing(small)]
    quads += [(q.scaled(1 / scale), QR, 0.95) for q in _opencv_qr(small)]
    quads += [(q.scaled(1 / scale), BARS, 0.8) for q in _bar_patterns(small)]
    merged: list[tuple[Quad, Source, float]] = []
    for q, src, score in quads:
        if any(_contains(m[0], q) for m in merged):
            continue
        merged = [m for m in merged if not _contains(q, m[0])]
        merged.append((q, src, score))
    return [Finding(Category.CODE, q, score, src, True, 0.0) for q, src, score in merged]


def _zxing(gray: np.ndarray) -> list[Quad]:
    try:
        import zxingcpp
    except ImportError:  # pragma: no cover - declared dependency
        return []
    out = []
    try:
        for b in zxingcpp.read_barcodes(gray, try_rotate=True, try_downscale=True, try_invert=True):
            p = b.position
            pts = [
                (p.top_left.x, p.top_left.y),
                (p.top_right.x, p.top_right.y),
                (p.bottom_right.x, p.bottom_right.y),
                (p.bottom_left.x, p.bottom_left.y),
            ]
            if b.format not in _TWO_D:
                # A 1-D decode reports the rows it scanned, not always the whole height
                # of the bars: follow the bars up and down.
                pts = _grow_bars(gray, np.array(pts, dtype=np.float32))
            q = _rect_of(np.array(pts, dtype=np.float32))
            if q is not None:
                out.append(q)
    except Exception:  # a decoder hiccup must not fail the page; other detectors still run
        return out
    return out


def _two_d_formats() -> frozenset:
    try:
        import zxingcpp
    except ImportError:  # pragma: no cover - declared dependency
        return frozenset()
    names = ("QRCode", "MicroQRCode", "RMQRCode", "DataMatrix", "PDF417", "Aztec", "MaxiCode")
    return frozenset(
        getattr(zxingcpp.BarcodeFormat, n) for n in names if hasattr(zxingcpp.BarcodeFormat, n)
    )


_TWO_D = _two_d_formats()


def _grow_bars(gray: np.ndarray, pts: np.ndarray, max_factor: float = 0.6) -> np.ndarray:
    """Extend a 1-D code's box across the bars while the rows keep the same bar pattern."""
    pts = _square_to_bars(gray, pts)
    tl, tr, br, bl = pts
    along = tr - tl
    width = float(np.hypot(*along))
    if width < 20:
        return pts
    up = tl - bl
    up_len = float(np.hypot(*up))
    normal = up / up_len if up_len > 1 else np.array([along[1], -along[0]]) / width
    n = int(min(400, width))
    ts = np.linspace(0.0, 1.0, n)

    def profile(start: np.ndarray) -> np.ndarray:
        xy = start[None, :] + ts[:, None] * along[None, :]
        xs = xy[:, 0].astype(np.float32).reshape(1, -1)
        ys = xy[:, 1].astype(np.float32).reshape(1, -1)
        return cv2.remap(gray, xs, ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE)[0].astype(
            np.float32
        )

    mid = (tl + bl) / 2
    ref = profile(mid)
    if ref.std() < 10:
        return pts

    def same(row: np.ndarray) -> bool:
        return row.std() > 10 and float(np.corrcoef(row, ref)[0, 1]) > 0.6

    limit = int(max_factor * width)
    top = 0
    while top < limit and same(profile(tl + normal * (top + 1))):
        top += 1
    bottom = 0
    while bottom < limit and same(profile(bl - normal * (bottom + 1))):
        bottom += 1
    return np.array(
        [tl + normal * top, tr + normal * top, br - normal * bottom, bl - normal * bottom],
        dtype=np.float32,
    )


def _square_to_bars(gray: np.ndarray, pts: np.ndarray) -> np.ndarray:
    """A decoder reports a tilted 1-D code along its scan rows: turn the box to the
    bars' own direction (the dominant gradient inside it), keeping its centre line."""
    # The box may be a single scan row: look at the bars around it.
    margin = 0.1 * float(np.ptp(pts[:, 0]) + np.ptp(pts[:, 1]))
    x0, y0 = np.floor(pts.min(axis=0) - margin).astype(int)
    x1, y1 = np.ceil(pts.max(axis=0) + margin).astype(int)
    x0, y0 = max(0, x0), max(0, y0)
    patch = gray[y0:y1, x0:x1].astype(np.float32)
    if patch.shape[0] < 5 or patch.shape[1] < 20:
        return pts
    gx = cv2.Sobel(patch, cv2.CV_32F, 1, 0, ksize=3)
    gy = cv2.Sobel(patch, cv2.CV_32F, 0, 1, ksize=3)
    theta = 0.5 * np.arctan2(2 * float((gx * gy).sum()), float((gx * gx - gy * gy).sum()))
    u = np.array([np.cos(theta), np.sin(theta)], np.float32)
    tl, tr, br, bl = pts
    if float(np.dot(u, tr - tl)) < 0:
        u = -u
    if float(np.dot(u, (tr - tl) / (np.linalg.norm(tr - tl) or 1.0))) > 0.9999:
        return pts  # already square to the bars
    mid_left, mid_right = (tl + bl) / 2, (tr + br) / 2
    centre = (mid_left + mid_right) / 2
    half = abs(float(np.dot(mid_right - mid_left, u))) / 2
    # The centre line only: _grow_bars follows the bars up and down from it.
    n = np.array([u[1], -u[0]], np.float32)  # "up" across the bars
    a, b = centre - u * half, centre + u * half
    return np.array([a + n * 0.5, b + n * 0.5, b - n * 0.5, a - n * 0.5], np.float32)


def _opencv_qr(gray: np.ndarray) -> list[Quad]:
    try:
        ok, points = cv2.QRCodeDetector().detectMulti(gray)
    except cv2.error:
        return []
    if not ok or points is None:
        return []
    return [q for q in (_rect_of(np.asarray(p, dtype=np.float32)) for p in points) if q is not None]


def _rect_of(pts: np.ndarray) -> Quad | None:
    if len(pts) < 3:
        return None
    rect = cv2.minAreaRect(pts.reshape(-1, 2))
    (cw, ch) = rect[1]
    if cw < 4 or ch < 4:
        return None
    box = cv2.boxPoints(rect)
    return _ordered(box)


def _ordered(box: np.ndarray) -> Quad:
    """Order four points clockwise starting top-left."""
    c = box.mean(axis=0)
    ang = np.arctan2(box[:, 1] - c[1], box[:, 0] - c[0])
    pts = box[np.argsort(ang)]  # clockwise in image coordinates (y down)
    start = int(np.argmin(pts[:, 0] + pts[:, 1]))
    pts = np.roll(pts, -start, axis=0)
    return Quad.from_points(pts.tolist())


def _bar_patterns(gray: np.ndarray) -> list[Quad]:
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
    closed = cv2.erode(closed, None, iterations=2)
    closed = cv2.dilate(closed, None, iterations=2)
    contours, _ = cv2.findContours(closed, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_SIMPLE)
    min_area = 0.002 * gray.shape[0] * gray.shape[1]
    codes, parts = [], []
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
        out.append(_ordered(cv2.boxPoints(((cx, cy), (rw * 1.08 + 6, rh * 1.08 + 6), ang))))
    return out


def _one_strip(a, b):
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


def _thin(th: np.ndarray, a, b) -> bool:
    """Blank on both sides of the stroke a-b: a rule, not the edge of a solid code area."""
    a, b = np.array(a, np.float32), np.array(b, np.float32)
    d = b - a
    side = np.array([-d[1], d[0]], np.float32) / (float(np.hypot(*d)) or 1.0)
    ts = np.linspace(0.0, 1.0, 64)[:, None]
    h, w = th.shape
    for off in (-12.0, 12.0):
        pts = a + ts * d + side * off
        xs = np.clip(pts[:, 0].astype(int), 0, w - 1)
        ys = np.clip(pts[:, 1].astype(int), 0, h - 1)
        if np.mean(th[ys, xs] > 0) > 0.3:
            return False
    return True


def _is_barcode(gray: np.ndarray, rect, upright: bool) -> bool:
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
    rows = p.shape[0]
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


def share_inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> float:
    """How much of box ``inner`` (x0, y0, x1, y1) lies inside box ``outer`` (0..1)."""
    iw = max(0.0, min(inner[2], outer[2]) - max(inner[0], outer[0]))
    ih = max(0.0, min(inner[3], outer[3]) - max(inner[1], outer[1]))
    return iw * ih / max(1.0, (inner[2] - inner[0]) * (inner[3] - inner[1]))


def _contains(outer: Quad, inner: Quad) -> bool:
    # Only near-duplicates: a tilted box adds corners a straight one misses.
    return share_inside(inner.bbox, outer.bbox) > 0.97


def codes_not_lettering(image: np.ndarray, lines: list[OcrLine] | None = None) -> list[Finding]:
    """Barcodes and QR codes. With the page's OCR lines, undecodable "bars" that are
    really bold lettering (a shop's name in a heavy font) are dropped."""
    found = find_codes(image)
    if not lines:
        return found
    words = [
        ln.quad.bbox
        for ln in lines
        if ln.confidence >= 0.85 and len(_LETTERS.findall(ln.text)) >= 4
    ]
    return [
        f
        for f in found
        if f.source != BARS or not any(share_inside(f.quad.bbox, b) > 0.5 for b in words)
    ]


_LETTERS = re.compile(r"[A-Za-z\u4e00-\u9fff]")
