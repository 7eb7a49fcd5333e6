"""A large page looked at on a smaller copy: the pixel steps that judge a whole page
(handwriting, ruled cells, character boxes) need no more than a few megapixels."""

from __future__ import annotations

import cv2
import numpy as np

#: A larger page is looked at on a copy of at most this many pixels (the steps hold
#: several copies of it; a 50-MP photo's would take gigabytes).
REDUCED_PIXELS = 6_000_000


def reduced(image: np.ndarray, max_pixels: int) -> tuple[np.ndarray, float]:
    """``image`` shrunk (area-averaged) to at most ``max_pixels``, and the factor
    applied: the image itself and 1.0 when it is no larger than that."""
    h, w = image.shape[:2]
    f = min(1.0, (max_pixels / (h * w)) ** 0.5)
    if f >= 1.0:
        return image, 1.0
    size = (max(1, round(w * f)), max(1, round(h * f)))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA), f
