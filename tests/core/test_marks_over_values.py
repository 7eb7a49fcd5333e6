"""A mark written over a value (a parcel number in marker, a tick) changes what OCR
gives: it drops the value's first characters, or boxes the line taller than its print.
The value stays masked whole."""

from __future__ import annotations

import pytest

from redactor.core.detect import findings_from_text
from redactor.core.mask import padded_quad
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


_PAD = 0.2 * LINE_H + 2  # the mask's padding along the line (mask.padded_quad)


def _mask_x0(line: OcrLine) -> float:
    """Where the painted mask (the quad and its padding) of the line's name starts."""
    [f] = [f for f in findings_from_text([line]) if f.category is Category.NAME]
    return padded_quad(f).bbox[0]


def test_a_value_read_far_after_its_label_is_masked_from_the_label_on() -> None:
    # "姓名：" then two digits of a marker; the name under the mark was not read.
    line = _boxed([("姓名：", 100), ("85", 250)])
    assert _mask_x0(line) == pytest.approx(190 - _PAD)  # the colon's edge, not the digits'
    spaced = _boxed([("姓名 ", 100), ("张晓明", 300)])
    assert _mask_x0(spaced) == pytest.approx(160 - _PAD)  # the label's last character's


def test_a_value_after_a_separator_is_masked_from_the_separator_on() -> None:
    # A mark over the name's last characters, read as digits starting half a
    # character after the colon: the name's first character stands in that gap.
    line = _boxed([("姓名：", 100), ("84", 205)])
    assert _mask_x0(line) == pytest.approx(190 - _PAD)
    spaced = _boxed([("姓名 ", 100), ("张晓明", 205)])
    # A space: no separator; the mask covers the room after the label, never the label.
    assert _mask_x0(spaced) == pytest.approx(160)
    # A value boxed over the colon's end keeps its own, earlier start.
    assert _name_x0(_boxed([("姓名：", 100), ("张晓明", 185)])) == 185


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


def test_a_block_printed_large_stays_one_block_when_one_line_is_boxed_taller() -> None:
    # A keyword-less recipient block in display size over small print; its organisation
    # line ("Dept. of ...": a descender, a dot) is boxed a third taller than the others.
    small = [
        make_line(t, x=100, y=40 + 30 * k)
        for k, t in enumerate(
            ("Harbor Cafe Returns", "Unit 11, Gateway Park", "Distribution Centre 4")
        )
    ]
    small += [
        make_line(t, x=700, y=40 + 30 * k)
        for k, t in enumerate(("SHIP DATE: 09/08/2025", "WEIGHT: 5 LB", "DIMS: 16x11x4"))
    ]
    big = [
        _big("Dolores Gonzalez", 300, 60),
        _big("Dept. of Chemistry", 362, 80),
        _big("13114 Meadow Pl", 446, 60),
        _big("Henderson, NV 89070", 510, 60),
    ]
    covered = covered_text(small + big)
    assert covered[6] == "Dolores Gonzalez"
    assert covered[7] == "Dept. of Chemistry"


def _big(text: str, y: float, h: float) -> OcrLine:
    """A line printed at 26 px per character, boxed ``h`` px tall."""
    chars = tuple(
        Quad.from_bbox(300 + 26 * k, y, 300 + 26 * (k + 1), y + h) for k in range(len(text))
    )
    return OcrLine(text, 0.95, Quad.from_bbox(300, y, 300 + 26 * len(text), y + h), chars)


def test_a_value_box_reaching_back_into_its_label_is_the_value_beside_it() -> None:
    from redactor.core.detect.layout.page import Sheet

    # A mark over the name made its box wide: it starts inside the label's box.
    label = _boxed([("姓名：", 100)], w=33)
    label = OcrLine(label.text, 0.95, Quad.from_bbox(100, 100, 200, 160), label.chars)
    value = OcrLine("胡E", 0.95, Quad.from_bbox(165, 95, 285, 170), _boxed([("胡E", 165)]).chars)
    assert Sheet.of([label, value], [label.text, value.text]).value_beside(0) == 1
    # A box starting well inside the label, mostly over it, is no value beside it.
    over = OcrLine("胡E", 0.95, Quad.from_bbox(130, 95, 230, 170), value.chars)
    assert Sheet.of([label, over], [label.text, over.text]).value_beside(0) is None


def test_the_mask_stops_short_of_punctuation_printed_after_the_value() -> None:
    # "Dear Ms Roe," : the comma a few pixels after the name stays readable, and the
    # name's last letter stays covered (its box and then some).
    line = _boxed([("Dear Ms Roe", 100), (",", 100 + 11 * 30 + 3)], w=30)
    [f] = [f for f in findings_from_text([line]) if f.category is Category.NAME]
    end = padded_quad(f).bbox[2]
    comma = line.chars[-1].bbox[0]
    assert line.chars[-2].bbox[2] < end <= comma + 0.5
    # Without punctuation after it the mask keeps its padding.
    [g] = [
        f
        for f in findings_from_text([_boxed([("Dear Ms Roe", 100)])])
        if f.category is Category.NAME
    ]
    assert padded_quad(g).bbox[2] == pytest.approx(100 + 11 * 30 + _PAD)


def test_the_mask_stops_short_of_punctuation_after_a_number_too() -> None:
    # "… on 07700 900614." : a phone (or a house number) ends in a digit; the stop a
    # few pixels after it stays readable, its last digit covered.
    text = "Ring 07700 900614"
    line = _boxed([(text, 100), (".", 100 + len(text) * 30 + 3)], w=30)
    [f] = [f for f in findings_from_text([line]) if f.category is Category.PHONE]
    end = padded_quad(f).bbox[2]
    stop = line.chars[-1].bbox[0]
    assert line.chars[-2].bbox[2] < end <= stop + 0.5


def test_a_value_boxed_off_the_label_s_row_leaves_the_row_to_look_at() -> None:
    from redactor.core.detect.layout.labelled_values import UNREAD_VALUE
    from tests.core.test_layout_rows import text_spans

    # A coloured mark over the name, boxed alone and half a line higher than the label:
    # the name under it, on the label's row, was not read. The label's row is seeded.
    label = make_line("医师：", x=100, y=100)
    mark = make_line("7C", x=100 + 3 * 20 + 10, y=100 - 0.45 * LINE_H)
    spans = text_spans([label, mark])
    assert any(s.rule == UNREAD_VALUE for s in spans.get(0, []))
    # A value level with its label is the value: no seed.
    level = make_line("张晓明", x=100 + 3 * 20 + 10, y=100)
    assert not any(s.rule == UNREAD_VALUE for s in text_spans([label, level]).get(0, []))


def test_the_mask_starts_clear_of_the_comma_printed_before_the_value() -> None:
    # "… parent of Ada, Ivo": a list's next name starts a narrow space after the comma;
    # the comma stays readable, the name's first letter covered.
    head = "much-loved parent of Ada,"
    line = _boxed([(head, 100), (" ", 100 + len(head) * 30), ("Ivo", 100 + len(head) * 30 + 4)])
    names = [f for f in findings_from_text([line]) if f.category is Category.NAME]
    ivo = line.chars[len(head) + 1].bbox[0]
    [f] = [f for f in names if f.quad.bbox[2] > ivo]
    start = padded_quad(f).bbox[0]
    comma = line.chars[len(head) - 1].bbox[2]
    assert comma - 0.5 <= start < ivo


def test_the_mask_stops_short_of_an_exclamation_after_a_wished_name() -> None:
    line = _boxed([("Get well soon Tamsin", 100), ("!", 100 + 20 * 30 + 3)], w=30)
    [f] = [f for f in findings_from_text([line]) if f.category is Category.NAME]
    end = padded_quad(f).bbox[2]
    assert line.chars[-2].bbox[2] < end <= line.chars[-1].bbox[0] + 0.5


def _spaced(label: str, space: float, value: str, w: float = 30.0) -> OcrLine:
    """A label, one space boxed ``space`` wide (the room left on a form), a value."""
    y, chars, x = 100.0, [], 100.0
    for _ in label:
        chars.append(Quad.from_bbox(x, y, x + w, y + LINE_H))
        x += w
    chars.append(Quad.from_bbox(x, y, x + space, y + LINE_H))
    x += space
    for _ in value:
        chars.append(Quad.from_bbox(x, y, x + w, y + LINE_H))
        x += w
    text = f"{label} {value}"
    return OcrLine(text, 0.95, Quad.from_bbox(100, y, x, y + LINE_H), tuple(chars))


@pytest.mark.parametrize("label", ["Received by", "Name:", "Customer name:"])
def test_a_value_written_in_a_forms_room_is_masked_over_the_spaces_before_it(label: str) -> None:
    # A name written by hand after a printed label, a wide space's box between them:
    # the pen started anywhere in that room, so the mask covers it up to the label.
    edge = 100 + 30 * len(label)
    assert _mask_x0(_spaced(label, 45, "John Garcia")) == pytest.approx(edge)
    # An ordinary space: the mask starts at the value's own first letter.
    assert _mask_x0(_spaced(label, 10, "John Garcia")) == pytest.approx(edge + 10 - _PAD)
