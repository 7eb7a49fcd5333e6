"""The detector sees only the part of a page that holds edges (ocr/inked_area.py)."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.ocr import get_engine
from redactor.core.ocr.inked_area import ALIGN, MARGIN, inked_area
from tests.drawing import find


def _on_blurred_surround(label: np.ndarray, at: tuple[int, int], size: tuple[int, int]):
    """``label`` pasted at ``at`` (x, y) on a ``size`` (w, h) surround of soft blotches,
    as a photo's background out of focus."""
    w, h = size
    rng = np.random.default_rng(3)
    blotches = rng.integers(40, 200, (h // 64 + 1, w // 64 + 1, 3), dtype=np.uint8)
    page = cv2.resize(blotches, (w, h), interpolation=cv2.INTER_CUBIC)
    page = cv2.GaussianBlur(page, (0, 0), 12)
    x, y = at
    page[y : y + label.shape[0], x : x + label.shape[1]] = label
    return page


def test_a_blurred_surround_is_left_out_and_the_label_kept(label_image) -> None:
    label, _ = label_image
    page = _on_blurred_surround(label, (700, 500), (2400, 1600))
    area = inked_area(cv2.cvtColor(page, cv2.COLOR_RGB2BGR))
    assert area is not None
    lh, lw = label.shape[:2]
    # The label's edges (its border against the surround included) lie inside ...
    assert area.x0 <= 700 and area.y0 <= 500
    assert area.x1 >= 700 + lw and area.y1 >= 500 + lh
    # ... and most of the surround is left out.
    assert (area.x1 - area.x0) * (area.y1 - area.y0) < 0.5 * page.shape[0] * page.shape[1]
    assert area.x0 >= 700 - MARGIN - 16 - ALIGN and area.x1 <= 700 + lw + MARGIN + 16 + ALIGN
    # The detector sees the cut unscaled: its sides are multiples of its stride.
    assert (area.x1 - area.x0) % ALIGN == 0 and (area.y1 - area.y0) % ALIGN == 0
    assert area.x0 % ALIGN == 0 and area.y0 % ALIGN == 0


def test_faint_text_far_from_the_label_is_kept(label_image) -> None:
    label, _ = label_image
    page = _on_blurred_surround(label, (700, 500), (2400, 1600))
    # A pencil note low in contrast, alone in a corner.
    cv2.putText(page, "note 42", (2100, 1500), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (175, 175, 175), 2)
    area = inked_area(cv2.cvtColor(page, cv2.COLOR_RGB2BGR))
    assert area is None or (area.x1 >= 2250 and area.y1 >= 1500)


def test_a_page_with_edges_all_over_is_seen_whole() -> None:
    # A sharp surround (cardboard, wood grain) holds edges everywhere.
    grain = np.random.default_rng(5).integers(90, 170, (1200, 1600, 3), dtype=np.uint8)
    assert inked_area(grain) is None
    assert inked_area(np.full((800, 600, 3), 255, np.uint8)) is None  # blank


def test_text_on_a_cut_page_is_read_where_it_is(label_image) -> None:
    label, placed = label_image
    page = _on_blurred_surround(label, (700, 500), (2400, 1600))
    lines = get_engine("rapidocr").recognize(page)
    phone = next(ln for ln in lines if "13812345678" in ln.text.replace(" ", ""))
    x0, y0, x1, y1 = find(placed, "13812345678").box
    xs, ys = zip(*phone.quad.points, strict=True)
    # The line's box holds the phone number's ink, on the page (not on the cut part).
    assert min(xs) <= 700 + (x0 + x1) / 2 <= max(xs)
    assert min(ys) <= 500 + (y0 + y1) / 2 <= max(ys)
    assert max(ys) - min(ys) < 2 * (y1 - y0)
