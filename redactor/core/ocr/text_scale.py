"""How far the text detector's copy of a page may shrink, from the height of its text.

The detector's copy is sized by fixed limits on the page's sides (``rapid.det_scale``):
a scan of about 1 MP is seen whole, at full resolution. The detector's time grows with
the pixels it sees, and text on such a page is often far taller than the detector
needs to find it: the copy can shrink until the page's *smallest* lines reach
``TARGET`` px, and the recogniser still reads every line from the full-resolution page.

The text height is measured cheaply on a half-size copy: dark ink joined along rows
into pieces of lines (words, or whole lines); a piece whose ink is at least twice as
wide as tall and fills part of its box, neither a frame's corner nor a solid bar (a
dash, a letter's stroke), is text. The smallest piece stands for the page's smallest
lines. Lines set vertically (a page lying on its side) give few pieces: with fewer
than ``MIN_LINES``, or on a page already reduced to ``FLOOR`` or below, the scale
stays as it was.
"""

from __future__ import annotations

import cv2
import numpy as np

#: The copy's smallest lines are kept this tall (px).
TARGET = 12.0
#: The copy never shrinks below this scale of the page. Below it, small lines of a
#: page reduced for its size get a finer second look (``finer_detection.REDUCED_BELOW``),
#: which is for pages too large to see whole, not for pages with large text.
FLOOR = 0.7
#: Fewer line pieces than this: too little to judge, the scale stays.
MIN_LINES = 12
#: Ink against its surroundings (0-255) in windows of this size (px of the half copy).
INK_CONTRAST = 20
INK_WINDOW = 15
#: Letters this far apart (px of the half copy) join into one piece of a line.
JOIN = 5
#: A line piece is this tall (px of the half copy): thinner is a rule or a dash,
#: taller a picture, a code or a block of lines joined by a frame.
MIN_HEIGHT, MAX_HEIGHT = 3, 60
#: ... at least this many times as wide as tall, and this share of its box is ink: not
#: less (a frame's corner), not more (a stroke of a letter, a dash: solid bars).
MIN_ASPECT, MIN_FILL, MAX_FILL = 2.0, 0.2, 0.75


def line_heights(bgr: np.ndarray, scale: float = 1.0) -> np.ndarray:
    """Heights of the pieces of horizontal text lines on a BGR page, in px of the page
    scaled by ``scale`` (measured at half that scale)."""
    h, w = bgr.shape[:2]
    size = (max(1, round(w * scale / 2)), max(1, round(h * scale / 2)))
    half = cv2.resize(bgr, size, interpolation=cv2.INTER_AREA)
    grey = cv2.cvtColor(half, cv2.COLOR_BGR2GRAY)
    ink = cv2.adaptiveThreshold(
        grey, 1, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, INK_WINDOW, INK_CONTRAST
    )
    joined = cv2.dilate(ink, np.ones((1, JOIN), np.uint8))
    n, labels, stats, _ = cv2.connectedComponentsWithStats(joined, connectivity=8)
    ph = stats[1:, cv2.CC_STAT_HEIGHT]
    pw = stats[1:, cv2.CC_STAT_WIDTH] - (JOIN - 1)  # the ink's width, not the joined one's
    fill = np.bincount(labels[ink > 0], minlength=n)[1:] / np.maximum(1, pw * ph)
    text = (
        (ph >= MIN_HEIGHT)
        & (ph <= MAX_HEIGHT)
        & (pw >= MIN_ASPECT * ph)
        & (fill >= MIN_FILL)
        & (fill <= MAX_FILL)
    )
    return np.asarray(ph[text], np.float64) * 2.0


def fitted_scale(bgr: np.ndarray, scale: float) -> float:
    """The detector's scale for the BGR page ``bgr``: ``scale`` (from the page's size),
    lowered as far as its smallest lines allow, never below ``FLOOR``; a page enlarged
    for the detector (``scale`` above 1) or already at ``FLOOR`` or below keeps it."""
    if scale > 1.0 or scale <= FLOOR:
        return scale
    heights = line_heights(bgr, scale)
    if len(heights) < MIN_LINES:
        return scale
    small = float(heights.min())
    return max(FLOOR, min(scale, scale * TARGET / small))
