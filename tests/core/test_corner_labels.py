"""A form's ruled box with its label printed small in the top-left corner and the value
written tall across the box: the value is masked, the label stays readable, and a
tall value level with a row of such labels heads no column. Lines made up."""

from __future__ import annotations

import numpy as np

from benchmarks.golden import covered_share
from redactor.core.detect import findings_by_step, findings_from_text
from redactor.core.detect.corner_labels import clear_corner_labels
from redactor.core.detect.label_clearance import clear_labels, label_boxes
from redactor.core.mask import padded_quad
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source


def line(text: str, x: float, y: float, h: float) -> OcrLine:
    w = 0.45 * h
    chars = tuple(Quad.from_bbox(x + k * w, y, x + (k + 1) * w, y + h) for k in range(len(text)))
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x + len(text) * w, y + h), chars)


def letters(ln: OcrLine) -> list[list[float]]:
    """Where a line's letters are inside its padded OCR box (its middle half)."""
    x0, y0, x1, y1 = ln.quad.bbox
    q = (y1 - y0) / 4
    return [[x0, y0 + q], [x1, y0 + q], [x1, y1 - q], [x0, y1 - q]]


def masked(findings: list[Finding], ln: OcrLine) -> float:
    return covered_share(letters(ln), [np.array(padded_quad(f).points) for f in findings])


def a_value(q: Quad) -> Finding:
    return Finding(Category.NAME, q, 0.9, Source(Origin.OCR, "t"), True, q.height)


def test_a_value_reaching_up_over_its_corner_label_leaves_the_label_readable() -> None:
    label = line("Surname", 400, 100, 24)
    value = line("Quillfeather", 395, 108, 60)  # written tall: its box starts over the label
    out, steps = clear_corner_labels(
        [(frozenset({1}), a_value(value.quad))], ["s"], label_boxes([label, value]), [label, value]
    )
    assert len(out) == len(steps) == 2  # under the label, and right of it
    pieces = clear_labels(out, label_boxes([label, value]))  # and its margin stops there
    assert masked(pieces, label) < 0.2
    assert masked(pieces, value) > 0.95


def test_a_value_under_its_label_is_left_whole() -> None:
    label = line("Surname", 400, 100, 24)
    value = line("Quillfeather", 395, 128, 40)  # starts under the label's box
    f = a_value(value.quad)
    out, _ = clear_corner_labels(
        [(frozenset({1}), f)], ["s"], label_boxes([label, value]), [label, value]
    )
    assert [g for _, g in out] == [f]


def test_a_label_reaching_down_past_a_value_s_upper_part_is_no_corner_label() -> None:
    label = line("Surname", 400, 100, 24)
    value = line("Quillfeather", 395, 95, 40)  # level with the label: beside it, no box
    f = a_value(value.quad)
    out, _ = clear_corner_labels(
        [(frozenset({1}), f)], ["s"], label_boxes([label, value]), [label, value]
    )
    assert [g for _, g in out] == [f]


def test_a_tall_written_surname_in_a_row_of_boxed_labels_is_masked_not_a_header() -> None:
    lines = [
        line("Title", 100, 500, 24),
        line("First names", 350, 500, 24),
        line("Last name", 700, 500, 24),
        line("Mrs", 100, 516, 40),
        line("Oriel", 350, 516, 42),
        line("Brackenbury", 695, 508, 64),  # tall: level with the labels' row
    ]
    found = findings_by_step(lines)
    names = [f for _, f in found if f.category is Category.NAME]
    assert masked(names, lines[5]) > 0.95 and masked(names, lines[4]) > 0.95
    assert all(masked(names, lines[k]) < 0.5 for k in (0, 1, 2))


def test_plural_given_name_labels_announce_names() -> None:
    for label in ("Forenames", "Other names", "First names"):
        lines = [line(label, 100, 100, 24), line("Tamsin Ysolde", 100, 140, 30)]
        names = [f for f in findings_from_text(lines) if f.category is Category.NAME]
        assert masked(names, lines[1]) > 0.95, label
        assert masked(names, lines[0]) < 0.5, label


def test_a_label_over_the_value_s_far_end_is_no_corner_label() -> None:
    label = line("Surname", 640, 100, 24)  # over the end of the value: a stamp's word
    value = line("Quillfeather", 395, 108, 60)
    f = a_value(value.quad)
    out, _ = clear_corner_labels(
        [(frozenset({1}), f)], ["s"], label_boxes([label, value]), [label, value]
    )
    assert [g for _, g in out] == [f]


def test_the_pieces_of_a_tilted_value_stay_inside_its_box() -> None:
    label = line("Surname", 400, 100, 24)
    tilted = Quad(((395, 108), (720, 130), (716, 190), (391, 168)))  # a photo's slant
    out, _ = clear_corner_labels(
        [(frozenset({1}), a_value(tilted))], ["s"], label_boxes([label]), [label]
    )
    assert len(out) == 2
    for _, piece in out:
        for x, y in piece.quad.points:
            top = 108 + (x - 395) * 22 / 325
            assert y >= top - 0.5  # never over the value's own top edge
