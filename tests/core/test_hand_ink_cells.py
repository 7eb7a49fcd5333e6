"""Handwriting in a ruled cell: its mask stops at the cell's rules, and it stays
readable where the cell's label, or its column's, announces a value that is no one's."""

from __future__ import annotations

from redactor.core.detect.pixels.hand_ink import SOURCE as HAND_INK
from redactor.core.detect.pixels.hand_ink_cells import hand_ink_in_cells
from redactor.core.mask import padded_quad
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

H = 20.0
# A header row of two columns over two rows of cells.
HEADS = ((100, 100, 300, 140), (300, 100, 600, 140))
ROW1 = ((100, 140, 300, 200), (300, 140, 600, 200))
ROW2 = ((100, 200, 300, 260), (300, 200, 600, 260))
CELLS = tuple(Quad.from_bbox(*b) for b in HEADS + ROW1 + ROW2)


def _line(text: str, x: float, y: float) -> OcrLine:
    step = 0.55 * H
    chars = tuple(
        Quad.from_bbox(x + k * step, y, x + (k + 1) * step, y + H) for k in range(len(text))
    )
    return OcrLine(text, 0.97, Quad.from_bbox(x, y, x + step * len(text), y + H), chars)


def _word(x0: float, y0: float, x1: float, y1: float, source: Source = HAND_INK) -> Finding:
    return Finding(Category.NAME, Quad.from_bbox(x0, y0, x1, y1), 0.5, source, True, H)


LINES = [_line("Qty", 110, 110), _line("Full name", 310, 110)] + [
    _line("Body text line", 100, 400 + 30 * k) for k in range(5)
]


def test_handwriting_under_a_column_of_no_ones_values_stays_readable() -> None:
    qty1, qty2 = _word(120, 150, 180, 190), _word(120, 210, 180, 250)
    name1, name2 = _word(320, 150, 520, 190), _word(320, 210, 520, 250)
    out = hand_ink_in_cells(CELLS, LINES, [qty1, qty2, name1, name2], H)
    assert qty1 not in out and qty2 not in out  # two cells down the quantity column
    assert len(out) == 2


def test_a_word_reaching_across_the_rule_is_bounded_by_its_cell() -> None:
    tall = _word(320, 146, 520, 198)  # its margin would reach over the rule at 200
    (out,) = hand_ink_in_cells(CELLS, LINES, [tall], H)
    x0, y0, x1, y1 = padded_quad(out).bbox
    assert y0 >= 140 - 0.5 and y1 <= 200 + 0.5 and x0 >= 300 and x1 <= 600


def test_findings_of_the_text_steps_are_left_as_they_are() -> None:
    read = _word(120, 150, 180, 190, Source(Origin.OCR, "lexicon_value"))
    assert hand_ink_in_cells(CELLS, LINES, [read], H) == [read]
