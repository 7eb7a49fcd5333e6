"""A value filled into a ruled cell under a personal label in its corner is masked out
to its ink and bounded by the cell's rules; the label, and cells whose label is not
personal, stay readable."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.detect.pixels.cell_values import SOURCE, cell_values
from redactor.core.detect.pixels.page_views import PageViews
from redactor.core.detect.pixels.ruled_cells import ruled_cells
from redactor.core.detect.pixels.steps import PixelPage, run_pixel_plan
from redactor.core.mask import padded_quad
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

H = 24  # body text height in px
PAPER, PEN = (246, 245, 240), (30, 30, 34)
# Two rows of cells: (x0, y0, x1, y1) and the label printed in each one's corner.
CELLS = (
    ((60, 60, 560, 160), "Full name"),
    ((560, 60, 900, 160), "Valid"),
    ((60, 160, 560, 260), "Telephone"),
)
LABEL_H = 16


def _line(text: str, x: float, y: float, h: float, conf: float = 0.97) -> OcrLine:
    step = 0.55 * h
    chars = tuple(
        Quad.from_bbox(x + k * step, y, x + (k + 1) * step, y + h) for k in range(len(text))
    )
    return OcrLine(text, conf, Quad.from_bbox(x, y, x + step * len(text), y + h), chars)


def _form() -> tuple[np.ndarray, list[OcrLine]]:
    """A grid of ruled cells, each label small in its corner and a value written in a
    dark pen under it; the OCR read the labels and the body text, none of the values."""
    img = np.full((420, 960, 3), PAPER, np.uint8)
    lines = []
    for (x0, y0, x1, y1), label in CELLS:
        cv2.rectangle(img, (x0, y0), (x1, y1), (40, 40, 40), 2)
        cv2.putText(img, label, (x0 + 8, y0 + 20), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (60,) * 3, 1)
        lines.append(_line(label, x0 + 8, y0 + 6, LABEL_H))
        cv2.putText(
            img, "Jo Marsh 43", (x0 + 20, y1 - 22), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.3, PEN, 2
        )
    # Body text under the grid gives the page's text height.
    for k in range(4):
        y = 290 + k * (H + 6)
        cv2.putText(img, "Rules of the club", (60, y + 18), cv2.FONT_HERSHEY_SIMPLEX, 0.7, PEN, 2)
        lines.append(_line("Rules of the club", 60, y, H))
    return img, lines


def _inside(q: Quad, box: tuple[float, float, float, float], slack: float = 4) -> bool:
    x0, y0, x1, y1 = q.bbox
    return (
        x0 >= box[0] - slack
        and y0 >= box[1] - slack
        and x1 <= box[2] + slack
        and y1 <= box[3] + slack
    )


def _letters(ln: OcrLine) -> Quad:
    """A label's box down to its baseline (a value's ink may rise into the box's slack
    under it, where descenders go)."""
    x0, y0, x1, y1 = ln.quad.bbox
    return Quad.from_bbox(x0, y0, x1, y1 - 0.25 * (y1 - y0))


def _overlap(a: Quad, b: Quad) -> bool:
    ax0, ay0, ax1, ay1 = a.bbox
    bx0, by0, bx1, by1 = b.bbox
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def test_the_cells_of_a_printed_grid_are_found_tilted_or_not() -> None:
    img, _ = _form()
    gray = cv2.cvtColor(img, cv2.COLOR_RGB2GRAY)
    assert len(ruled_cells(PageViews(gray), H)) == len(CELLS)
    turn = cv2.getRotationMatrix2D((480, 210), 4.0, 1.0)
    tilted = cv2.warpAffine(gray, turn, (960, 420), borderValue=246)
    assert len(ruled_cells(PageViews(tilted), H)) == len(CELLS)


def test_an_unread_value_under_a_personal_corner_label_is_masked_within_its_cell() -> None:
    img, lines = _form()
    found = cell_values(PageViews(img), lines, [])
    by_cell = {label: [f for f in found if _inside(f.quad, box)] for box, label in CELLS}
    assert [f.category for f in by_cell["Full name"]] == [Category.NAME]
    assert [f.category for f in by_cell["Telephone"]] == [Category.PHONE]
    assert by_cell["Valid"] == []  # not a personal label: its value stays readable
    labels = [ln for ln in lines if ln.text in {lab for _, lab in CELLS}]
    for f in found:
        assert f.source == SOURCE
        painted = padded_quad(f)
        assert not any(_overlap(painted, _letters(ln)) for ln in labels)
        (x0, y0, x1, y1), _ = next(c for c in CELLS if _inside(f.quad, c[0]))
        assert _inside(painted, (x0, y0, x1, y1))
        # the written value is covered: its ink sits low in the cell, from x0 + 20
        px0, py0, px1, py1 = painted.bbox
        assert px0 <= x0 + 22 and py1 >= y1 - 30 and px1 >= x0 + 200


def test_a_mask_reaching_over_the_label_and_the_next_cell_is_bounded_by_the_cell() -> None:
    img, lines = _form()
    # A text step's mask of the name, from a handwriting box far taller than its ink:
    # over the label above it and across the rule into the cell below.
    tall = Finding(Category.NAME, Quad.from_bbox(78, 70, 400, 190), 0.9, Source(Origin.OCR, "x"))
    out = cell_values(PageViews(img), lines, [tall])
    assert tall not in out
    name = [f for f in out if f.category is Category.NAME]
    assert len(name) == 1
    painted = padded_quad(name[0])
    assert _inside(painted, CELLS[0][0])
    assert not _overlap(painted, _letters(lines[0]))  # the "Full name" label


def test_the_pixel_plan_masks_a_cell_value_the_text_steps_missed() -> None:
    img, lines = _form()
    found, _ = run_pixel_plan(PixelPage(img, lines, [], frozenset(Category)))
    assert any(f.source == SOURCE and f.category is Category.NAME for f in found)


def test_a_box_around_several_labelled_rows_is_a_section_not_a_field() -> None:
    img = np.full((420, 960, 3), PAPER, np.uint8)
    cv2.rectangle(img, (60, 40), (700, 200), (40, 40, 40), 2)
    lines = []
    for k, label in enumerate(("Full name", "Telephone")):
        y = 48 + 70 * k
        lines.append(_line(label, 68, y, LABEL_H))
        cv2.putText(img, "Jo Marsh 43", (80, y + 55), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 1.3, PEN, 2)
    for k in range(4):
        lines.append(_line("Rules of the club", 60, 290 + k * (H + 6), H))
    assert cell_values(PageViews(img), lines, []) == []


def test_a_trait_in_a_cell_stays_readable() -> None:
    img, lines = _form()
    lines = [
        _line("Occupation", *ln.quad.points[0], LABEL_H) if ln.text == "Full name" else ln
        for ln in lines
    ]
    found = cell_values(PageViews(img), lines, [])
    assert not [f for f in found if _inside(f.quad, CELLS[0][0])]


def test_a_cells_ink_is_warped_from_its_own_part_of_the_page_alone() -> None:
    """A cell's ink, warped from the cell's part of the page, is the one warped from the
    whole page, pixel for pixel: tilted cells, and cells touching the page's edges."""
    from redactor.core.detect.pixels.cell_values import _Frame

    rng = np.random.default_rng(5)
    ink = rng.random((300, 400)) < 0.3
    cells = [
        Quad.from_points([(40.3, 52.7), (201.9, 60.2), (198.4, 121.6), (36.8, 114.1)]),
        Quad.from_points([(0, 0), (120, 0), (120, 40), (0, 40)]),
        Quad.from_points([(330.5, 250.2), (400, 252.9), (399.2, 300), (329.1, 297.4)]),
    ]
    for cell in cells:
        fr = _Frame.of(cell)
        whole = cv2.warpPerspective(
            ink.astype(np.uint8), fr.to_cell, fr.size, flags=cv2.INTER_NEAREST
        ).astype(bool)
        assert np.array_equal(fr.ink(ink), whole)
