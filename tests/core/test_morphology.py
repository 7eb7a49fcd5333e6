from __future__ import annotations

import cv2
import numpy as np
import pytest

from redactor.core.detect.pixels.morphology import rect_closing, rect_erosion


@pytest.mark.parametrize(("width", "height"), [(15, 15), (8, 8), (31, 5), (1, 9), (101, 101)])
@pytest.mark.parametrize("channels", [1, 3])
def test_rect_closing_gives_the_pixels_of_a_closing_with_the_rectangle(
    width: int, height: int, channels: int
) -> None:
    rng = np.random.default_rng(width * 100 + height + channels)
    shape = (90, 70) if channels == 1 else (90, 70, 3)
    # paper with dark strokes, reaching the image's edges (where the border rule shows)
    image = rng.integers(180, 256, shape, dtype=np.uint8)
    image[rng.random(shape[:2]) < 0.08] = 20
    want = cv2.morphologyEx(
        image, cv2.MORPH_CLOSE, cv2.getStructuringElement(cv2.MORPH_RECT, (width, height))
    )
    assert np.array_equal(rect_closing(image, width, height), want)
    # an erosion alone, as hand_ink's sheet of paper takes it (an even side included)
    square = np.ones((height, width), np.uint8)
    assert np.array_equal(rect_erosion(image, width, height), cv2.erode(image, square))
