"""Decide whether a redacted page can be trusted or needs a human look.

A page is ``verified`` only when the verification pass found nothing left and
nothing about the OCR gives a reason for doubt. Reasons for doubt:
- no text was found at all (a blank scan, or text the OCR cannot see);
- a line near a personal-data keyword (收件人, 电话, Address, ...) was read with
  low confidence: its value may have been misread and missed;
- the text is too small to read reliably (median line height of a few pixels);
- the text is blurred (little fine detail in the text lines, measured with the
  variance of the Laplacian at a normalised text size);
- a mask was carried over ink the OCR could not read (a stamp or smudge over
  personal data): the mask is the tool's best guess there;
- the verification pass still found personal data after masking.
Reasons are short fixed strings: they never quote recognised text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

from redactor.core.detect.layout.labels import find_fields
from redactor.core.models import Finding, OcrLine, PageStatus

#: Lines read with less confidence than this are doubtful.
LOW_CONFIDENCE = 0.75
#: Median text-line height (px) below which the OCR is not trusted.
MIN_TEXT_HEIGHT = 9.0
#: Text lines are rescaled to this height before the blur measure (so it does not
#: depend on the photo's resolution).
BLUR_TEXT_HEIGHT = 24.0
#: Variance of the Laplacian inside text lines below which the page counts as blurred.
#: Sharp print and phone photos measure in the hundreds to thousands; a blur of about
#: an eighth of the text height brings it near 30, where OCR starts to lose strokes.
MIN_SHARPNESS = 40.0
#: A line within this many line heights of a keyword line counts as "near" it.
NEAR_LINES = 1.5


@dataclass(frozen=True, slots=True)
class Review:
    status: PageStatus
    reasons: tuple[str, ...]


def page_doubts(image: np.ndarray, lines: Sequence[OcrLine]) -> tuple[str, ...]:
    """Reasons to doubt the OCR of a page, from the unmasked ``image`` and its ``lines``."""
    if not lines:
        return ("no text was found on this page",)
    reasons: list[str] = []
    doubtful = low_confidence_near_keywords(lines)
    if doubtful:
        reasons.append(f"{doubtful} line(s) near personal-data labels read with low confidence")
    if median_text_height(lines) < MIN_TEXT_HEIGHT:
        reasons.append("text too small to read reliably")
    elif sharpness(image, lines) < MIN_SHARPNESS:
        reasons.append("text looks blurred")
    return tuple(reasons)


def unread_ink_doubts(grown: int) -> tuple[str, ...]:
    """The reason for ``grown`` masks carried over unread ink (see detect/pixels/ink_runs.py)."""
    if not grown:
        return ()
    return (f"{grown} mask(s) carried over text the OCR could not read (a stamp or smudge)",)


def decide(doubts: Sequence[str], residual: Sequence[Finding], verified: bool) -> Review:
    """Combine the OCR doubts with what the verification pass found (or that it did not run)."""
    reasons = list(doubts)
    if residual:
        reasons.append(f"{len(residual)} region(s) still looked like personal data after masking")
    if not verified:
        reasons.append("not verified (verification pass turned off)")
    status = PageStatus.NEEDS_REVIEW if reasons else PageStatus.VERIFIED
    return Review(status, tuple(reasons))


def median_text_height(lines: Sequence[OcrLine]) -> float:
    return float(np.median([ln.height for ln in lines])) if lines else 0.0


def low_confidence_near_keywords(lines: Sequence[OcrLine]) -> int:
    """How many low-confidence lines are keyword lines or lie next to one."""
    return len(doubtful_lines(lines))


def doubtful_lines(lines: Sequence[OcrLine]) -> list[OcrLine]:
    """The low-confidence lines that are keyword lines or lie next to one (the window
    shows where they are)."""
    keyed = [ln for ln in lines if find_fields(ln.text)]
    return [
        ln
        for ln in lines
        if ln.confidence < LOW_CONFIDENCE and (ln in keyed or any(_near(ln, k) for k in keyed))
    ]


def _near(a: OcrLine, b: OcrLine) -> bool:
    (ax, ay), (bx, by) = a.quad.center, b.quad.center
    reach = NEAR_LINES * max(a.height, b.height, 1.0)
    # Same row (a value right of its label) or the next rows (a value under it).
    return abs(ay - by) <= reach and abs(ax - bx) <= 40 * reach


def sharpness(image: np.ndarray, lines: Sequence[OcrLine], max_lines: int = 40) -> float:
    """Median variance of the Laplacian over text lines rescaled to a fixed height."""
    h, w = image.shape[:2]
    values = []
    for ln in sorted(lines, key=lambda x: -x.confidence)[:max_lines]:
        x0, y0, x1, y1 = (int(round(v)) for v in ln.quad.bbox)
        x0, y0, x1, y1 = max(0, x0), max(0, y0), min(w, x1), min(h, y1)
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        crop = image[y0:y1, x0:x1]
        gray = cv2.cvtColor(crop, cv2.COLOR_RGB2GRAY) if crop.ndim == 3 else crop
        scale = BLUR_TEXT_HEIGHT / max(1.0, ln.height)
        size = (max(4, round((x1 - x0) * scale)), max(4, round((y1 - y0) * scale)))
        interp = cv2.INTER_AREA if scale < 1 else cv2.INTER_LINEAR
        small = cv2.resize(gray, size, interpolation=interp)
        values.append(float(cv2.Laplacian(small, cv2.CV_32F).var()))
    return float(np.median(values)) if values else float("inf")
