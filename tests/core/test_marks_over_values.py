"""A mark written over a value (a parcel number in marker, a tick) changes what OCR
gives: it drops the value's first characters, or boxes the line taller than its print.
The value stays masked whole."""

from __future__ import annotations

from redactor.core.detect import findings_from_text
from redactor.core.models import Category, OcrLine, Quad
from tests.core.test_layout import LINE_H, make_line
from tests.core.test_layout_rows import covered_text


def _boxed(parts: list[tuple[str, float]], y: float = 100.0, w: float = 30.0) -> OcrLine:
    """One line whose characters start at the given x positions (a gap between parts)."""
    text, chars = "", []
    for part, x in parts:
        for k, ch in enumerate(part):
            text += ch
            chars.append(Quad.from_bbox(x + k * w, y, x + (k + 1) * w, y + LINE_H))
    x0, x1 = chars[0].bbox[0], chars[-1].bbox[2]
    return OcrLine(text, 0.95, Quad.from_bbox(x0, y, x1, y + LINE_H), tuple(chars))


def _name_x0(line: OcrLine) -> float:
    [f] = [f for f in findings_from_text([line]) if f.category is Category.NAME]
    return f.quad.bbox[0]


def test_a_value_read_far_after_its_label_is_masked_from_the_label_on() -> None:
    # "姓名：" then two digits of a marker; the name under the mark was not read.
    line = _boxed([("姓名：", 100), ("85", 250)])
    assert _name_x0(line) == 190  # the colon's trailing edge, not the digits' start
    spaced = _boxed([("姓名 ", 100), ("张晓明", 300)])
    assert _name_x0(spaced) == 160  # from the label's last character, over the space


def test_a_value_glued_to_a_word_keeps_its_own_start() -> None:
    line = _boxed([("收件人张晓明", 100)])
    assert _name_x0(line) == 190


def test_a_name_boxed_tall_by_a_mark_heads_the_address_under_it() -> None:
    # A keyword-less recipient block; a number written across the name made its box
    # twice as tall as the lines under it, though its letters are the same size.
    block = [
        make_line("12 Orchard Way", y=200),
        make_line("Cardiff CF2 4ND", y=240),
        make_line("07700 900123", y=280),
    ]
    # OCR also lost the space under the mark: the line is no longer name-shaped.
    lines = [make_line("Parcel Express Ltd", x=500, y=20), _tall("OSCARSCOTT", 200), *block]
    assert covered_text(lines)[1] == "OSCARSCOTT"
    # The same box with characters twice as wide is a heading printed large: apart.
    lines = [make_line("Parcel Express Ltd", x=500, y=20), _tall("OSCARSCOTT", 400), *block]
    assert covered_text(lines)[1] == ""


def _tall(text: str, width: float) -> OcrLine:
    """A line boxed 60 px tall over ``width`` px (the block's lines are 30 px tall)."""
    w = width / len(text)
    chars = tuple(
        Quad.from_bbox(100 + k * w, 135, 100 + (k + 1) * w, 195) for k in range(len(text))
    )
    return OcrLine(text, 0.95, Quad.from_bbox(100, 135, 100 + width, 195), chars)
