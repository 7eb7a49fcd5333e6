"""Barcodes and 2-D codes (category ``code``), found in the pixels.

Three detectors, merged: zxing-cpp (decodes 1-D codes, QR, DataMatrix, PDF417,
Aztec, MaxiCode in any direction), OpenCV's QR detector, and a structural
detector for 1-D bar patterns that nobody can decode (blurred, cut, glossy):
a waybill's barcode must be masked whether or not it can be read.

The three look at the same grey copy and know nothing of each other: the decoders
run on worker threads while the bar patterns are sought on the caller's (OpenCV and
the decoder leave Python's lock while they work), and their finds are merged in the
same order as ever.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor
from typing import TYPE_CHECKING

import cv2
import numpy as np

from redactor.core.detect.pixels.bar_patterns import bar_patterns, ordered_corners
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

if TYPE_CHECKING:
    from zxingcpp import BarcodeFormat

WORK_SIDE = 1600
ZXING = Source(Origin.CODE, "zxing")
QR = Source(Origin.CODE, "qr")
BARS = Source(Origin.CODE, "bars")  # bars nobody could decode
#: Threads for the two decoders (started when first used, shared by every page).
_DECODERS = ThreadPoolExecutor(2, thread_name_prefix="codes")


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
    decoded = _DECODERS.submit(_zxing, small)
    qr = _DECODERS.submit(_opencv_qr, small)
    bars = bar_patterns(small)
    quads: list[tuple[Quad, Source, float]] = []
    quads += [(q.scaled(1 / scale), ZXING, 0.99) for q in decoded.result()]
    quads += [(q.scaled(1 / scale), QR, 0.95) for q in qr.result()]
    quads += [(q.scaled(1 / scale), BARS, 0.8) for q in bars]
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
            pts: list[tuple[int, int]] | np.ndarray = [
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


def _two_d_formats() -> frozenset[BarcodeFormat]:
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
        row: np.ndarray = cv2.remap(
            gray, xs, ys, cv2.INTER_LINEAR, borderMode=cv2.BORDER_REPLICATE
        )[0].astype(np.float32)
        return row

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
    return ordered_corners(box)


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
