"""Lines of text the OCR could not read: out of focus, or printed too small.

The recognizer drops lines it reads with little confidence, and an out-of-focus or
shrunk photo loses most of its lines that way: the page then looks nearly empty to
every rule, nothing is masked, and a person can still make out the names and numbers
on it. The pixels still show where the text is. Ink is what is darker than the paper
around it (a closing wider than any character gives the paper's brightness, so
shading and blur do not move it); ink merged along rows gives line-shaped blobs. A
blob shaped like a line of text (a few characters long, the height of print, not a
printed rule nor a solid bar) that no OCR box and no mask covers, and whose own
pixels are blurred or small, is text the OCR could not read. Whatever it says, it
may be a person's name or number: it is masked (fail closed, as unread ink beside
personal data is) and the page is flagged, so a person checks what was hidden.
Sharp text the OCR skipped (a logo, a stamp, handwriting) is left to the other
steps: it was readable, and the OCR chose not to read it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source, body_height

SOURCE = Source(Origin.OCR, "unread_text", unread=True)
# Ink is this much (0-255) darker than the paper around it. Blur spreads a stroke
# over its neighbours: the ink of blurred print is pale, but far darker than paper grain.
_INK = 40
# A blob is a line of text: this many of its heights long at least (two characters),
# at most this share of the page high, at least this many pixels high, and its ink
# (down each column it inks, on average) at least this share of the page's text
# height: a dashed or dotted rule, even tilted across a few rows, is thinner.
_MIN_LONG, _MAX_HIGH, _MIN_HIGH, _MIN_THICK = 1.8, 1 / 8, 3, 0.3
# A printed rule is evenly dark along its length (its blurred ends apart); text
# comes and goes with its characters, even blurred: the spread of the column ink over
# its mean, away from the ends, is above this.
_MIN_VARIATION = 0.1
# Covered: this share of the blob's ink lies under a mask or the box of a line read
# with at least this confidence (a blurred line read with less is mostly guessed: as
# review.LOW_CONFIDENCE).
_COVERED, _READ = 0.5, 0.75
# A blurred blob the masks reach only in part is covered whole (fail closed: the
# mask of a value found beside it need not span the unread ink); masks over this
# share of its ink are enough.
_HIDDEN = 0.95
# ... and a line's box at most this many times the blob's height.
_TALLER = 3.0
_SURE = 0.9  # lines read with this confidence give the page's text height
# Poorly readable: its pixels rescaled to this height have less variance of the
# Laplacian than this, or it is less than this many pixels high. Sharp print measures
# in the thousands; a blur (sigma) of a twelfth of the line's height, where the OCR
# starts to drop lines, brings it to 100-200, one of an eighteenth to 500-900.
_BLOB_H, _SHARP, _SMALL = 24.0, 300.0, 9


@dataclass(frozen=True, slots=True)
class _Blob:
    box: tuple[int, int, int, int]  # x0, y0, x1, y1 (ends exclusive)
    ink: np.ndarray  # its ink pixels, inside ``box``


def unread_text(
    page: PageViews, lines: Sequence[OcrLine], findings: Sequence[Finding]
) -> list[Finding]:
    """Findings over line-shaped ink, blurred or small, that no finding covers nor
    any line read with confidence."""
    gray = page.gray
    read = [ln for ln in lines if ln.confidence >= _READ]
    masks = [f.quad for f in findings]
    out = []
    # The page's text height, from lines read surely in boxes of a line's proportions
    # (blur swells the boxes of lines half guessed; one may be boxed over half the page).
    sure = [ln for ln in lines if ln.confidence >= _SURE and ln.height <= _MAX_HIGH * gray.shape[0]]
    text_height = body_height(sure)
    for blob in _line_blobs(gray, page.paper, text_height):
        x0, y0, x1, y1 = blob.box
        # A box far taller than the blob is no reading of its line (a blurred page
        # can come back as one character boxed across half of it).
        reads = [ln.quad for ln in read if ln.quad.height <= _TALLER * (y1 - y0)]
        if not _poorly_readable(gray, blob) or _covered(blob, reads) >= _COVERED:
            continue
        # Hidden by masks alone: a fragment of the blob read with confidence is still
        # part of a line the OCR mostly failed on (a phone's last digits read, the rest
        # not), so it does not stand in for a mask over the rest.
        hidden = _covered(blob, masks)
        if hidden >= _HIDDEN or (_covered(blob, masks + reads) >= _COVERED and y1 - y0 < _SMALL):
            continue  # hidden enough; small print a mask reaches stays as it was
        quad = Quad.from_bbox(x0, y0, x1, y1)
        out.append(Finding(Category.ADDRESS, quad, 0.5, SOURCE, True, float(y1 - y0)))
    return out


def _covered(blob: _Blob, quads: Sequence[Quad]) -> float:
    """The share of the blob's ink under the quads."""
    x0, y0, x1, y1 = blob.box
    mask = np.zeros((y1 - y0, x1 - x0), np.uint8)
    for q in quads:
        qx0, qy0, qx1, qy1 = q.bbox
        if qx1 < x0 or qx0 > x1 or qy1 < y0 or qy0 > y1:
            continue
        pts = np.round(np.asarray(q.points) - (x0, y0)).astype(np.int32)
        cv2.fillPoly(mask, [pts], 1)
    return float(mask[blob.ink].mean())


def _line_blobs(gray: np.ndarray, paper: np.ndarray, text_height: float) -> list[_Blob]:
    """Line-shaped blobs of ink (darker than ``paper``, the page's paper); ``text_height``
    is the page's read text's (0 when nothing was read: its characters' then)."""
    h, w = gray.shape
    contrast = paper.astype(np.int16) - gray.astype(np.int16)
    ink = (contrast > _INK).astype(np.uint8)
    # Characters merge along their row over gaps narrower than their height.
    n, _, stats, _ = cv2.connectedComponentsWithStats(ink, connectivity=8)
    heights = stats[1:, cv2.CC_STAT_HEIGHT][stats[1:, cv2.CC_STAT_AREA] >= 6]
    if not len(heights):
        return []
    typical = float(np.median(heights))
    gap = max(3, int(typical))
    thin = _MIN_THICK * (text_height or typical)
    rows = cv2.morphologyEx(
        ink, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (gap, 1))
    )
    n, labels, stats, _ = cv2.connectedComponentsWithStats(rows, connectivity=8)
    out = []
    for i in range(1, n):
        x, y, bw, bh = (int(v) for v in stats[i, :4])
        if not _MIN_HIGH <= bh <= _MAX_HIGH * h or bw < _MIN_LONG * bh:
            continue
        own = (labels[y : y + bh, x : x + bw] == i) & ink[y : y + bh, x : x + bw].astype(bool)
        down = own.sum(axis=0)
        if down[down > 0].mean() < thin:
            continue  # a rule, dashed or dotted
        cols = contrast[y : y + bh, x : x + bw].clip(0).sum(axis=0).astype(np.float64)
        cols = cols[bw // 8 : bw - bw // 8]
        if cols.mean() <= 0 or cols.std() / cols.mean() < _MIN_VARIATION:
            continue  # a printed rule or a bar, not characters
        out.append(_Blob((x, y, x + bw, y + bh), own))
    return out


def _poorly_readable(gray: np.ndarray, blob: _Blob) -> bool:
    x0, y0, x1, y1 = blob.box
    if y1 - y0 < _SMALL:
        return True
    scale = _BLOB_H / (y1 - y0)
    crop = gray[y0:y1, x0:x1]
    size = (max(4, round((x1 - x0) * scale)), max(4, round((y1 - y0) * scale)))
    small = cv2.resize(crop, size, interpolation=cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR)
    return float(cv2.Laplacian(small, cv2.CV_32F).var()) < _SHARP
