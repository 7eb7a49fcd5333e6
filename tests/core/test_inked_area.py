"""The orientation probe's detector sees only the part of a page that holds ink
(ocr/inked_area.py), on the grid the detector sees the whole page at."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.ocr import get_engine, page_rotation
from redactor.core.ocr.inked_area import ALIGN, MARGIN, inked_area, network_size
from tests.drawing import find


def _on_blurred_surround(
    label: np.ndarray, at: tuple[int, int], size: tuple[int, int], spread: int = 40
):
    """``label`` pasted at ``at`` (x, y) on a ``size`` (w, h) surround of soft blotches
    ``spread`` grey levels apart, as a photo's background out of focus."""
    w, h = size
    rng = np.random.default_rng(3)
    low, high = 120 - spread // 2, 120 + spread // 2
    blotches = rng.integers(low, high, (h // 128 + 1, w // 128 + 1, 3), dtype=np.uint8)
    page = cv2.resize(blotches, (w, h), interpolation=cv2.INTER_CUBIC)
    page = cv2.GaussianBlur(page, (0, 0), 24)
    x, y = at
    page[y : y + label.shape[0], x : x + label.shape[1]] = label
    return page


def test_a_blurred_surround_is_left_out_and_the_label_kept(label_image) -> None:
    label, _ = label_image
    page = _on_blurred_surround(label, (704, 512), (2400, 1600))
    area = inked_area(cv2.cvtColor(page, cv2.COLOR_RGB2BGR))
    assert area is not None
    lh, lw = label.shape[:2]
    # The label lies inside, with the margin ...
    assert area.x0 <= 704 - MARGIN and area.y0 <= 512 - MARGIN
    assert area.x1 >= 704 + lw + MARGIN and area.y1 >= 512 + lh + MARGIN
    # ... and most of the surround is left out.
    assert (area.x1 - area.x0) * (area.y1 - area.y0) < 0.5 * page.shape[0] * page.shape[1]
    # The cut lies on the detector's grid.
    assert all(v % ALIGN == 0 for v in (area.x0, area.y0, area.x1, area.y1))


def test_print_out_of_focus_is_ink() -> None:
    """Blurred print has no sharp edge, yet spans many grey levels: it is kept."""
    page = np.full((1600, 1200, 3), 120, np.uint8)
    page[300:1300, 200:1000] = 245  # a label
    for y in range(350, 1250, 60):
        cv2.putText(page, "Name 0123456789", (230, y), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (20,) * 3, 3)
    page[1100:1300, 200:1000] = 245
    cv2.putText(page, "blurred 42", (230, 1200), cv2.FONT_HERSHEY_SIMPLEX, 1.3, (20,) * 3, 3)
    page[1100:1300, 200:1000] = cv2.GaussianBlur(page[1100:1300, 200:1000], (0, 0), 5.5)
    area = inked_area(page)
    assert area is not None and area.y1 >= 1200 + MARGIN


def test_faint_text_far_from_the_label_is_kept(label_image) -> None:
    label, _ = label_image
    page = _on_blurred_surround(label, (704, 512), (2400, 1600))
    # A pencil note low in contrast, alone in a corner.
    cv2.putText(page, "note 42", (2100, 1500), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (175, 175, 175), 2)
    area = inked_area(cv2.cvtColor(page, cv2.COLOR_RGB2BGR))
    assert area is None or (area.x1 >= 2250 and area.y1 >= 1500)


def test_a_page_with_contrast_all_over_is_seen_whole() -> None:
    # A sharp surround (cardboard, wood grain) spans many grey levels everywhere.
    grain = np.random.default_rng(5).integers(90, 170, (1216, 1600, 3), dtype=np.uint8)
    assert inked_area(grain) is None
    assert inked_area(np.full((800, 608, 3), 255, np.uint8)) is None  # blank


def test_the_grid_is_the_detectors() -> None:
    assert network_size(1600, 1200) == (1600, 1216)  # RapidOCR rounds 37.5 to 38 steps
    assert network_size(1098, 832) == (1088, 832)
    assert network_size(10, 10) == (ALIGN, ALIGN)


def test_text_on_a_cut_page_is_read_where_it_is(label_image) -> None:
    label, placed = label_image
    page = _on_blurred_surround(label, (700, 500), (2400, 1600))
    assert page_rotation(page) == 0  # the probe's cut detection serves the read
    lines = get_engine("rapidocr").recognize(page)
    phone = next(ln for ln in lines if "13812345678" in ln.text.replace(" ", ""))
    x0, y0, x1, y1 = find(placed, "13812345678").box
    xs, ys = zip(*phone.quad.points, strict=True)
    # The line's box holds the phone number's ink, on the page (not on the cut part).
    assert min(xs) <= 700 + (x0 + x1) / 2 <= max(xs)
    assert min(ys) <= 500 + (y0 + y1) / 2 <= max(ys)
    assert max(ys) - min(ys) < 2.5 * (y1 - y0)
