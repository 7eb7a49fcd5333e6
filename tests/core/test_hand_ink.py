"""Values written by hand on a printed form are masked from the colour of their ink;
the printed labels stay readable, and print of any colour, seals and a black pen on
black print give nothing (the text steps stay their reader)."""

from __future__ import annotations

import json

import cv2
import numpy as np

from redactor.core.detect.pixels.hand_ink import SOURCE, hand_ink
from redactor.core.detect.pixels.steps import PixelPage, run_pixel_plan
from redactor.core.models import Category, OcrLine, Quad

H = 30  # text height in px
BLACK, BALLPOINT, BLUE_PRINT, SEAL = (25, 25, 28), (25, 35, 120), (30, 60, 150), (200, 35, 35)
ROWS = (("Name:", 80), ("Phone:", 160), ("Address:", 240))
VALUE_X = 260


def _label(text: str, y: int, x: int = 60) -> OcrLine:
    """A label read by the OCR (its value, written by hand, was not read)."""
    step = 17.0
    chars = tuple(
        Quad.from_bbox(x + k * step, y, x + (k + 1) * step, y + H) for k in range(len(text))
    )
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x + step * len(text), y + H), chars)


def _form(label_ink, value_ink=None, *, font=cv2.FONT_HERSHEY_SCRIPT_SIMPLEX) -> np.ndarray:
    """A form of three labelled rows under a ruled frame; with ``value_ink``, each row's
    value written in it beside its label."""
    img = np.full((340, 900, 3), (246, 245, 240), np.uint8)
    cv2.rectangle(img, (40, 50), (860, 300), label_ink, 2)
    for (text, y), value in zip(ROWS, ("Jo Marsh", "07700 9431", "12 Elm Row"), strict=True):
        cv2.putText(img, text, (62, y + 24), cv2.FONT_HERSHEY_SIMPLEX, 0.8, label_ink, 2)
        if value_ink is not None:
            cv2.putText(img, value, (VALUE_X, y + 26), font, 1.2, value_ink, 2, cv2.LINE_AA)
    return img


def _lines() -> list[OcrLine]:
    return [_label(text, y) for text, y in ROWS]


def _overlaps(a: Quad, b: Quad) -> bool:
    ax0, ay0, ax1, ay1 = a.bbox
    bx0, by0, bx1, by1 = b.bbox
    return ax0 < bx1 and bx0 < ax1 and ay0 < by1 and by0 < ay1


def test_a_value_in_ballpoint_beside_a_black_label_is_masked_and_the_label_kept() -> None:
    lines = _lines()
    found = hand_ink(_form(BLACK, BALLPOINT), lines)
    assert len(found) >= len(ROWS)
    assert all(f.source == SOURCE and f.category is Category.NAME for f in found)
    for _, y in ROWS:  # each row's value is covered from its first stroke
        row = [f for f in found if f.quad.bbox[1] < y + H and f.quad.bbox[3] > y]
        assert row and min(f.quad.bbox[0] for f in row) <= VALUE_X + 4
    assert not any(_overlaps(f.quad, ln.quad) for f in found for ln in lines)
    json.dumps([f.quad.points for f in found])  # the report writes them


def test_a_colour_cast_over_the_photo_changes_nothing() -> None:
    warm = (_form(BLACK, BALLPOINT) * np.array([1.0, 0.88, 0.66])).astype(np.uint8)
    assert len(hand_ink(warm, _lines())) >= len(ROWS)


def test_a_form_printed_in_blue_with_nothing_written_by_hand_gives_nothing() -> None:
    # The form's own colour is learnt from its labels: printed values in it are print.
    printed = _form(BLUE_PRINT, BLUE_PRINT, font=cv2.FONT_HERSHEY_SIMPLEX)
    assert hand_ink(printed, _lines()) == []
    # A form printed in colour is filled in by its printer in black.
    assert hand_ink(_form(BLUE_PRINT, BLACK, font=cv2.FONT_HERSHEY_SIMPLEX), _lines()) == []


def test_a_red_seal_is_no_handwriting() -> None:
    img = _form(BLACK)
    cv2.circle(img, (620, 170), 70, SEAL, 4)
    cv2.putText(img, "PAID", (575, 182), cv2.FONT_HERSHEY_SIMPLEX, 1.0, SEAL, 2)
    cv2.putText(img, "Dept 4", (570, 222), cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, 0.9, SEAL, 2)
    assert hand_ink(img, _lines()) == []


def test_a_black_pen_on_black_print_is_left_to_the_text_steps() -> None:
    assert hand_ink(_form(BLACK, BLACK), _lines()) == []


def test_without_printed_labels_no_ink_is_learnt_and_nothing_is_found() -> None:
    # A line the lexicon does not know teaches nothing about the printer's ink.
    assert hand_ink(_form(BLACK, BALLPOINT), [_label("Thank you", 80)]) == []


def test_the_pixel_plan_masks_values_written_by_hand() -> None:
    page = PixelPage(_form(BLACK, BALLPOINT), _lines(), [], frozenset(Category))
    found, _ = run_pixel_plan(page)
    assert sum(f.source == SOURCE for f in found) >= len(ROWS)


def test_a_date_or_a_sum_written_by_hand_stays_readable() -> None:
    """Where the OCR read a hand-written value as nothing but a date or a sum, the ink
    is no one's: only the other rows' values are masked."""
    img = _form(BLACK, BALLPOINT)
    date_row = ROWS[1][1]
    cv2.rectangle(img, (VALUE_X - 5, date_row - 4), (850, date_row + H + 6), (246, 245, 240), -1)
    cv2.putText(
        img,
        "12/03/2024",
        (VALUE_X, date_row + 26),
        cv2.FONT_HERSHEY_SCRIPT_SIMPLEX,
        1.2,
        BALLPOINT,
        2,
        cv2.LINE_AA,
    )
    read = _label("12/03/2024", date_row, x=VALUE_X)
    found = hand_ink(img, [*_lines(), read])
    rows = {y for _, y in ROWS if any(f.quad.bbox[1] < y + H and f.quad.bbox[3] > y for f in found)}
    assert rows == {ROWS[0][1], ROWS[2][1]}


def test_a_large_page_is_looked_at_on_a_smaller_copy_with_the_same_result(monkeypatch) -> None:
    """A photo of many megapixels is read on a reduced copy (memory); the words found
    are placed on the page as on the page itself."""
    from redactor.core.detect.pixels import hand_ink as step

    img = _form(BLACK, BALLPOINT)
    whole = hand_ink(img, _lines())
    seen: list[tuple[int, ...]] = []
    look = step._hand_ink
    monkeypatch.setattr(step, "_hand_ink", lambda im, ls: seen.append(im.shape) or look(im, ls))
    monkeypatch.setattr(step, "REDUCED_PIXELS", img.shape[0] * img.shape[1] // 4)
    reduced = hand_ink(img, _lines())
    assert seen == [(img.shape[0] // 2, img.shape[1] // 2, 3)]
    for _, y in ROWS:  # each row's writing is covered alike, to within a few pixels

        def extent(found: list, y: int = y) -> tuple[float, float]:
            row = [f.quad.bbox for f in found if f.quad.bbox[1] < y + H and f.quad.bbox[3] > y]
            assert row, y
            return min(b[0] for b in row), max(b[2] for b in row)

        (a0, a1), (b0, b1) = extent(whole), extent(reduced)
        assert abs(a0 - b0) <= 6 and abs(a1 - b1) <= 6
