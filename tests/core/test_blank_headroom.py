"""A value's mask reaches into blank paper over and under its line (a written value's
loops and tails past its OCR box), never into another line's box. Lines made up."""

from __future__ import annotations

from redactor.core.detect import findings_by_step
from redactor.core.detect.blank_headroom import into_blank
from redactor.core.mask import across_padding, padded_quad
from redactor.core.models import Category, Finding, OcrLine, Origin, Quad, Source

H = 30.0


def line(text: str, x: float, y: float, h: float = H) -> OcrLine:
    w = 0.6 * h
    chars = tuple(Quad.from_bbox(x + k * w, y, x + (k + 1) * w, y + h) for k in range(len(text)))
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x + len(text) * w, y + h), chars)


def value(y: float) -> Finding:
    return Finding(
        Category.NAME, Quad.from_bbox(200, y, 400, y + H), 0.9, Source(Origin.OCR, "t"), True, H
    )


def painted(f: Finding) -> tuple[float, float]:
    _, y0, _, y1 = padded_quad(f).bbox
    return y0, y1


def test_over_blank_paper_the_mask_reaches_half_a_text_height() -> None:
    (_, grown), *_ = into_blank([(frozenset({0}), value(300))], [line("Wendeline Q", 200, 300)])
    y0, y1 = painted(grown)
    assert y0 <= 300 - 0.5 * H + 0.01 and y1 >= 330 + 0.5 * H - 0.01
    assert across_padding(H) < 0.5 * H  # more than the usual margin


def test_the_reach_stops_short_of_a_line_over_or_under_it() -> None:
    lines = [line("Given name", 200, 250), line("Wendeline Q", 200, 300), line("Okra", 200, 342)]
    (_, grown), *_ = into_blank([(frozenset({1}), value(300))], lines)
    y0, y1 = painted(grown)
    assert y0 >= 280 and y1 <= 342  # clear of both neighbours' boxes
    assert y0 < 300 - across_padding(H)  # the blank over it is taken


def test_a_line_touching_the_value_leaves_the_usual_margin() -> None:
    lines = [line("Surname", 200, 268), line("Wendeline Q", 200, 300), line("Date", 200, 332)]
    (_, f), *_ = into_blank([(frozenset({1}), value(300))], lines)
    assert f == value(300)


def test_a_written_name_under_its_label_reaches_down_not_over_the_label() -> None:
    lines = [line("Name:", 60, 100), line("Jorunn Vesteraal", 60, 140)]
    (found,) = [f for _, f in findings_by_step(lines) if f.quad.bbox[0] == 60]
    y0, y1 = painted(found)
    assert y1 >= 170 + 0.5 * H - 0.01  # blank under it
    assert y0 >= 130  # the label's box keeps its letters
