"""A box the OCR drew around a line and a coloured mark across it is cut back to the
printed line; boxes of plain lines, and lines printed in colour, stay as they are."""

from __future__ import annotations

import cv2
import numpy as np

from redactor.core.detect.pixels.marked_boxes import cut_to_printed_lines
from redactor.core.models import OcrLine, Quad

TEXT = "EXETER EX4 2QJ"


def _page(mark: tuple[int, int, int] | None, ink=(0, 0, 0)) -> np.ndarray:
    img = np.full((300, 700, 3), 245, np.uint8)
    cv2.putText(img, TEXT, (60, 160), cv2.FONT_HERSHEY_SIMPLEX, 1.4, ink, 3)
    if mark is not None:
        cv2.putText(img, "57", (270, 215), cv2.FONT_HERSHEY_DUPLEX, 3.4, mark, 14)
    return img


def _text_rows(img: np.ndarray) -> tuple[int, int]:
    rows = np.flatnonzero((img.max(axis=2) < 100).any(axis=1))  # black ink only
    return int(rows[0]), int(rows[-1])


def _swollen_line() -> OcrLine:
    # The detector boxed the line with the mark: from the mark's top to its bottom.
    q = Quad.from_bbox(55, 80, 420, 225)
    step = 365 / len(TEXT)
    chars = tuple(Quad.from_bbox(55 + k * step, 80, 55 + (k + 1) * step, 225) for k in range(16))
    return OcrLine(TEXT, 0.9, q, chars)


def test_a_box_swollen_by_a_coloured_mark_is_cut_to_the_printed_line() -> None:
    img = _page(mark=(40, 130, 70))
    top, bottom = _text_rows(img)
    [cut] = cut_to_printed_lines(img, [_swollen_line()])
    x0, y0, x1, y1 = cut.quad.bbox
    assert y0 <= top and y1 >= bottom  # the printed line stays inside the box
    assert y1 - y0 < 0.7 * 145  # the mark's height is no longer the line's
    assert (x0, x1) == (55, 420)
    assert all(c.bbox[1] == y0 and c.bbox[3] == y1 for c in cut.chars)


def test_plain_and_coloured_lines_keep_their_boxes() -> None:
    line = _swollen_line()
    assert cut_to_printed_lines(_page(mark=None), [line]) == [line]
    # A black mark is no coloured stamp: nothing tells it from print.
    assert cut_to_printed_lines(_page(mark=(0, 0, 0)), [line]) == [line]
    # A line printed in colour has no black band to cut back to.
    assert cut_to_printed_lines(_page(mark=None, ink=(200, 30, 40)), [line]) == [line]
    # A name signed in blue ink over a printed rule, or beside a printed label: the
    # writing is the line, the black ink no band of text along it.
    signed = np.full((300, 700, 3), 245, np.uint8)
    cv2.putText(
        signed, "Jane Roe", (120, 175), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 3.0, (30, 40, 190), 6
    )
    ruled = signed.copy()
    cv2.line(ruled, (55, 205), (420, 205), (0, 0, 0), 2)
    assert cut_to_printed_lines(ruled, [line]) == [line]
    labelled = signed.copy()
    cv2.putText(labelled, "Sign:", (58, 160), cv2.FONT_HERSHEY_SIMPLEX, 1.0, (0, 0, 0), 2)
    assert cut_to_printed_lines(labelled, [line]) == [line]


def _word(text: str, x0: float, x1: float) -> OcrLine:
    step = (x1 - x0) / len(text)
    chars = tuple(
        Quad.from_bbox(x0 + k * step, 130, x0 + (k + 1) * step, 165) for k in range(len(text))
    )
    return OcrLine(text, 0.95, Quad.from_bbox(x0, 130, x1, 165), chars)


def test_two_boxes_of_a_row_split_by_a_coloured_mark_are_one_line() -> None:
    img = np.full((300, 700, 3), 245, np.uint8)
    cv2.putText(img, "MARTIN J. OKAFOR", (60, 160), cv2.FONT_HERSHEY_SIMPLEX, 1.2, (0, 0, 0), 3)
    plain = img.copy()
    cv2.putText(img, "64", (175, 175), cv2.FONT_HERSHEY_DUPLEX, 1.6, (40, 40, 210), 6)
    first, then = _word("MARTI", 55, 175), _word("KAFOR", 265, 385)
    [line] = cut_to_printed_lines(img, [first, then])
    assert line.text == "MARTI KAFOR" and len(line.chars) == len(line.text)
    assert line.quad.bbox == (55, 130, 385, 165)
    # Without the mark, the gap is blank paper: two boxes stay two.
    assert cut_to_printed_lines(plain, [first, then]) == [first, then]
    # Nor are boxes far apart joined, whatever lies between them.
    far = _word("KAFOR", 560, 680)
    assert cut_to_printed_lines(img, [first, far]) == [first, far]
