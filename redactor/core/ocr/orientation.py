"""Find which way up a page is (0, 90, 180 or 270 degrees) and turn images.

Labels are photographed in every orientation. PP-OCR's line classifier only
knows 0 vs 180 per text line, and RapidOCR reads a 180-degree line correctly
but reports its character boxes mirrored, so the page is turned upright first.
The engine's detector finds the lines and the classifier votes on them.
The page is turned once, by the caller (``redactor.core.ocr.read_upright``): engines
only ever see upright pages.
"""

from __future__ import annotations

from collections.abc import Callable

import cv2
import numpy as np

from redactor.core.models import OcrLine, Point, Quad


def rotate(image: np.ndarray, cw_degrees: int) -> np.ndarray:
    """Turn an image clockwise by 0/90/180/270 degrees."""
    k = cw_degrees % 360
    if k == 0:
        return image
    code = {90: cv2.ROTATE_90_CLOCKWISE, 180: cv2.ROTATE_180, 270: cv2.ROTATE_90_COUNTERCLOCKWISE}[
        k
    ]
    return cv2.rotate(image, code)


def unrotate_point(p: Point, cw_degrees: int, orig_w: int, orig_h: int) -> Point:
    """Map a point of ``rotate(img, cw_degrees)`` back to the original image ``orig_w x orig_h``."""
    x, y = p
    k = cw_degrees % 360
    if k == 0:
        return (x, y)
    if k == 90:  # rotated (x, y) came from original (y, H - x)
        return (y, orig_h - x)
    if k == 180:
        return (orig_w - x, orig_h - y)
    return (orig_w - y, x)  # 270


def rotate_point(p: Point, cw_degrees: int, orig_w: int, orig_h: int) -> Point:
    """Where a point of the original image ``orig_w x orig_h`` lands in
    ``rotate(img, cw_degrees)`` (the inverse of ``unrotate_point``)."""
    x, y = p
    k = cw_degrees % 360
    if k == 90:
        return (orig_h - y, x)
    if k == 180:
        return (orig_w - x, orig_h - y)
    if k == 270:
        return (y, orig_w - x)
    return (x, y)


def unrotate_quad(q: Quad, cw_degrees: int, orig_w: int, orig_h: int) -> Quad:
    return q.map(lambda p: unrotate_point(p, cw_degrees, orig_w, orig_h))


def unrotate_line(line: OcrLine, cw_degrees: int, orig_w: int, orig_h: int) -> OcrLine:
    """An OCR line of the turned image, in the original image's coordinates."""
    return OcrLine(
        text=line.text,
        confidence=line.confidence,
        quad=unrotate_quad(line.quad, cw_degrees, orig_w, orig_h),
        chars=tuple(unrotate_quad(c, cw_degrees, orig_w, orig_h) for c in line.chars),
    )


Classify = Callable[[list[np.ndarray]], "list[tuple[str, float]]"]


def vote_rotation(bgr: np.ndarray, boxes: np.ndarray | None, classify: Classify) -> int:
    """Clockwise turn (0/90/180/270) that makes the page upright, from the text-line
    quads ``boxes`` of the BGR image ``bgr`` (the detector's copy of the page).

    ``classify(crops)`` gives a (label, score) per BGR line crop, the label containing
    "180" for an upside-down one (PP-OCR's direction classifier); it votes on the
    longer lines."""
    if boxes is None or len(boxes) == 0:
        return 0
    crops, vertical = [], []
    for box in boxes:
        pts = np.asarray(box, dtype=np.float32)
        wid = float(max(np.linalg.norm(pts[0] - pts[1]), np.linalg.norm(pts[2] - pts[3])))
        hei = float(max(np.linalg.norm(pts[0] - pts[3]), np.linalg.norm(pts[1] - pts[2])))
        if min(wid, hei) < 6 or max(wid, hei) < 2.2 * min(wid, hei):
            continue  # single characters say little about direction
        crops.append(_crop(bgr, pts, wid, hei))
        vertical.append(hei > wid)
    if not crops:
        return 0
    crops, vertical = crops[:48], vertical[:48]
    cls_res = classify(crops)
    votes = {0: 0.0, 90: 0.0, 180: 0.0, 270: 0.0}
    for (label, score), vert in zip(cls_res, vertical, strict=False):
        flipped = "180" in str(label)
        weight = float(score)
        if not vert:
            votes[180 if flipped else 0] += weight
        else:
            # A vertical crop is turned 90 degrees counter-clockwise before classification:
            # upright after that means the page reads top-to-bottom (needs a CCW turn).
            votes[90 if flipped else 270] += weight
    best = max(votes, key=votes.__getitem__)
    # Stay put unless the evidence is clear: most pages are upright.
    return best if votes[best] > 1.5 * votes[0] + 0.5 else 0


def _crop(img: np.ndarray, pts: np.ndarray, wid: float, hei: float) -> np.ndarray:
    w, h = max(1, int(wid)), max(1, int(hei))
    dst = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float32)
    m = cv2.getPerspectiveTransform(pts, dst)
    crop = cv2.warpPerspective(
        img, m, (w, h), borderMode=cv2.BORDER_REPLICATE, flags=cv2.INTER_CUBIC
    )
    if h / w >= 1.5:
        crop = np.rot90(crop)
    return np.ascontiguousarray(crop)
