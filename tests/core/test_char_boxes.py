"""A value written one character per printed box is masked as the whole row of boxes,
read or not; rows left empty, and rows under a label of a value that is no one's, are
not."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.detect.pixels.char_boxes import SOURCE, boxed_values
from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.steps import PixelPage, run_pixel_plan
from redactor.core.models import Category, OcrLine, Quad

H = 24
PAPER, RED, PEN = (236, 222, 190), (200, 40, 40), (30, 30, 90)
BOX, GAP, X0, Y0 = 44, 8, 300, 60


def _line(text: str, x: float, y: float, h: float = H) -> OcrLine:
    step = 0.55 * h
    chars = tuple(
        Quad.from_bbox(x + k * step, y, x + (k + 1) * step, y + h) for k in range(len(text))
    )
    return OcrLine(text, 0.97, Quad.from_bbox(x, y, x + step * len(text), y + h), chars)


def _page(digits: str, label: str = "", touching: bool = False) -> tuple[np.ndarray, list]:
    """Six boxes in red, ``digits`` written in them in a pen; body text under them.
    With ``touching``, the last digit's stroke runs into its box's rule."""
    img = np.full((360, 900, 3), PAPER, np.uint8)
    lines = []
    for k in range(6):
        x = X0 + k * (BOX + GAP)
        cv2.rectangle(img, (x, Y0), (x + BOX, Y0 + BOX), RED, 2)
        if k < len(digits):
            cv2.putText(img, digits[k], (x + 10, Y0 + 34), cv2.FONT_HERSHEY_SIMPLEX, 1.0, PEN, 2)
    if touching:
        x = X0 + 5 * (BOX + GAP)
        cv2.line(img, (x + 12, Y0 + 30), (x + BOX + 1, Y0 + 8), PEN, 3)
    if label:
        lx = X0 - 40 - round(0.55 * H * len(label))  # printed right before the boxes
        cv2.putText(img, label, (lx, Y0 + 30), cv2.FONT_HERSHEY_SIMPLEX, 0.7, (40, 40, 40), 2)
        lines.append(_line(label, lx, Y0 + 10))
    for k in range(4):
        y = 170 + k * 40
        cv2.putText(img, "A line of print", (60, y + 18), cv2.FONT_HERSHEY_SIMPLEX, 0.7, PEN, 2)
        lines.append(_line("A line of print", 60, y))
    # the OCR read two of the digits only
    lines.append(_line(digits[1:3], X0 + BOX + GAP + 10, Y0 + 8, 28))
    return img, lines


def test_a_row_of_written_boxes_is_one_value_masked_whole_read_or_not() -> None:
    img, lines = _page("342999")
    found = boxed_values(PageViews(img), lines)
    assert len(found) == 1
    f = found[0]
    assert f.source == SOURCE and f.category is Category.ADDRESS
    x0, y0, x1, y1 = f.quad.bbox
    assert x0 <= X0 + 2 and x1 >= X0 + 6 * BOX + 5 * GAP - 2
    assert y0 <= Y0 + 2 and y1 >= Y0 + BOX - 2


def test_a_box_whose_character_runs_into_its_rule_still_counts() -> None:
    img, lines = _page("342999", touching=True)
    (f,) = boxed_values(PageViews(img), lines)
    assert f.quad.bbox[2] >= X0 + 6 * BOX + 5 * GAP - 2


def test_a_personal_label_gives_its_category_a_label_of_no_ones_value_keeps_it() -> None:
    img, lines = _page("190388", label="Phone")
    assert [f.category for f in boxed_values(PageViews(img), lines)] == [Category.PHONE]
    img, lines = _page("190388", label="Issue date")
    assert boxed_values(PageViews(img), lines) == []


def test_empty_boxes_are_left_alone() -> None:
    img, lines = _page("")
    assert boxed_values(PageViews(img), lines[:-1]) == []


def test_the_pixel_plan_masks_the_row() -> None:
    img, lines = _page("342999")
    found, _ = run_pixel_plan(PixelPage(img, lines, [], frozenset(Category)))
    assert any(f.source == SOURCE for f in found)
