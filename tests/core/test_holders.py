"""The holder's name printed right after an ID number on its row is masked, however
badly it was read; what follows an ID and is positively not a name stays."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.detect.registry import without
from redactor.core.models import OcrLine, Quad
from tests.core.test_layout import CHAR_W, make_line

ID = "4401061988****1234"


def _box(text: str, x: float, y: float, h: float) -> OcrLine:
    """A line boxed ``h`` high (a name printed bolder, or boxed tall by the OCR)."""
    w = h * 0.8
    chars = tuple(Quad.from_bbox(x + i * w, y, x + (i + 1) * w, y + h) for i in range(len(text)))
    return OcrLine(text, 0.9, Quad.from_bbox(x, y, x + len(text) * w, y + h), chars)


def _names(lines: list[OcrLine], recognizers=None) -> set[str]:
    kw = {} if recognizers is None else {"recognizers": recognizers}
    spans = text_spans(lines, **kw)
    return {
        lines[k].text[s.start : s.end]
        for k, found in spans.items()
        for s in found
        if s.category.value == "name"
    }


def _row(after: str, h: float = 30.0) -> list[OcrLine]:
    """The ID number, then ``after`` in a box of its own a little to its right."""
    number = make_line(ID, x=100, y=200)
    x = 100 + len(ID) * CHAR_W + 20
    return [number, _box(after, x, 200 + 15 - h / 2, h)]


def test_a_garbled_name_boxed_taller_beside_the_id_is_masked() -> None:
    lines = _row("欧5K", h=60)
    assert "欧5K" in _names(lines)
    assert "欧5K" not in _names(lines, without("id_holder"))


def test_a_name_read_into_the_id_box_is_masked() -> None:
    lines = [make_line(f"{ID} 欧5K", x=100, y=200)]
    assert "欧5K" in _names(lines)
    assert "欧5K" not in _names(lines, without("id_holder"))


def test_what_follows_an_id_and_is_not_a_name_stays() -> None:
    for after in ("检票:15A", "¥36.5元", "2025-07-05", "K7397"):
        assert _names(_row(after)) == set(), after


def test_without_an_id_the_token_is_not_a_name() -> None:
    lines = [make_line("K7397", x=100, y=200), _box("欧5K", 100 + 5 * CHAR_W + 20, 185, 60)]
    assert _names(lines) == set()


MOBILE = "131****4249"


def test_a_garbled_name_before_a_mobile_is_masked() -> None:
    # A recipient's name read as junk in a box of its own, just left of their mobile.
    name = _box("Q8", 100, 200, 30)
    number = make_line(MOBILE, x=100 + 2 * 24 + 20, y=200)
    assert "Q8" in _names([name, number])
    assert "Q8" not in _names([name, number], without("phone_holder"))
    # ... boxed tall, overlapping the number's box a little.
    tall = _box("Q8", 100, 185, 60)
    number = make_line(MOBILE, x=100 + 2 * 48 - 10, y=200)
    assert "Q8" in _names([tall, number])
    # ... or read into the phone's own box.
    one = [make_line(f"Q8 {MOBILE}", x=100, y=200)]
    assert "Q8" in _names(one)
    assert "Q8" not in _names(one, without("phone_holder"))


def test_a_name_read_with_digits_before_a_mobile_is_masked() -> None:
    # A four-character name read as its first character and three digits.
    name = _box("欧318", 100, 200, 30)
    number = make_line(MOBILE, x=100 + 4 * 24 + 20, y=200)
    assert "欧318" in _names([name, number])


def test_what_stands_before_a_phone_and_is_not_a_name_stays() -> None:
    for before in ("Tel", "Mobile", "¥36.5", "便利店", "2025-07-05", "客服", "Store"):
        lines = [make_line(f"{before} 13812345678", x=100, y=200)]
        assert _names(lines) == set(), before
    # A shop's landline is no person's: the word before it stays.
    assert _names([make_line("Q8 0755-86012345", x=100, y=200)]) == set()
