"""A printed label wrapped over two lines, its value written beside the pair."""

from __future__ import annotations

from redactor.core.models import OcrLine
from tests.core.test_layout import CHAR_W, LINE_H, make_line
from tests.core.test_layout_rows import covered_text


def _cheque(top: str, bottom: str, value: str) -> list[OcrLine]:
    """Two label lines stacked flush left, a value written level with the pair."""
    right = 100 + max(len(top), len(bottom)) * CHAR_W + 2 * CHAR_W
    return [
        make_line(top, x=100, y=100),
        make_line(bottom, x=100, y=100 + LINE_H + 2),
        make_line(value, x=right, y=100 + LINE_H // 2),
        make_line("Twenty-six and 00/100", x=100, y=100 + 4 * LINE_H),
    ]


def test_a_value_beside_a_label_printed_in_two_lines_is_masked() -> None:
    covered = covered_text(_cheque("Pay to the", "order of", "Harriet Quimby"))
    assert covered[2] == "Harriet Quimby"
    assert covered[0] == "" and covered[1] == "" and covered[3] == ""


def test_two_lines_that_make_no_label_announce_nothing() -> None:
    covered = covered_text(_cheque("Pay to the", "bearer", "Harriet Quimby"))
    assert covered[2] == ""


def test_an_amount_beside_a_wrapped_label_stays() -> None:
    covered = covered_text(_cheque("Pay to the", "order of", "$ 26.00"))
    assert covered[2] == ""
