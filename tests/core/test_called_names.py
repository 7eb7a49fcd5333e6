"""The customer's first name a take-away or collection ticket prints large, with no
label, over the code the order is called by. Names and codes made up."""

from __future__ import annotations

from redactor.core.models import OcrLine, Quad
from tests.core.test_label_values import masked


def line(text: str, x: float, y: float, h: float) -> OcrLine:
    w = 0.6 * h
    chars = tuple(Quad.from_bbox(x + k * w, y, x + (k + 1) * w, y + h) for k in range(len(text)))
    return OcrLine(text, 0.95, Quad.from_bbox(x, y, x + len(text) * w, y + h), chars)


def sticker(name: str, code: str = "#Q214", name_h: float = 60) -> list[OcrLine]:
    return [
        line("Lunchbox", 60, 20, 30),
        line(name, 200, 80, name_h),
        line(code, 240, 80 + name_h + 10, 36),
        line("2x Noodle soup", 60, 200, 30),
    ]


def test_a_large_name_over_the_call_code_is_masked() -> None:
    assert masked(sticker("Ottilie")) == {"Ottilie": {"Ottilie": "name"}}
    assert masked(sticker("BRAM T.", code="A-042")) == {"BRAM T.": {"BRAM T.": "name"}}


def test_no_name_without_a_code_under_it_or_in_the_codes_own_print() -> None:
    assert masked(sticker("Ottilie", code="Ready")) == {}
    assert masked(sticker("Ottilie", name_h=36)) == {}


def test_a_heading_or_a_shop_word_over_the_code_stays_readable() -> None:
    assert masked(sticker("DELIVERY")) == {}
    assert masked(sticker("Noodle Bar Ltd")) == {}
