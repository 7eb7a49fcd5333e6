"""A party's section headed by a word printed down its left edge: the generic name
field inside it names the party. Lines made up."""

from __future__ import annotations

from redactor.core.detect import text_spans
from redactor.core.models import OcrLine, Quad
from tests.core.test_layout import CHAR_W, LINE_H, make_line


def vertical(text: str, x: float, y: float) -> OcrLine:
    """A heading printed one character per line."""
    chars = tuple(
        Quad.from_bbox(x, y + i * LINE_H, x + CHAR_W, y + (i + 1) * LINE_H)
        for i in range(len(text))
    )
    quad = Quad.from_bbox(x, y, x + CHAR_W, y + len(text) * LINE_H)
    return OcrLine(text=text, confidence=0.95, quad=quad, chars=chars)


def masked(lines: list[OcrLine]) -> set[str]:
    out = text_spans(lines)
    return {lines[i].text[s.start : s.end] for i, sp in out.items() for s in sp if s.end > s.start}


def sections(buyer: str, seller: str, buyer_name: str, seller_name: str) -> list[OcrLine]:
    return [
        vertical(buyer, 100, 100),
        make_line(f"名称：{buyer_name}", x=140, y=110),
        make_line("开户行：城东支行", x=140, y=160),
        vertical(seller, 700, 100),
        make_line(f"名称：{seller_name}", x=740, y=110),
    ]


def test_the_name_field_of_a_persons_section_is_masked() -> None:
    found = masked(sections("Purchaser", "销售方信息", "罗文杰", "城南五金有限公司"))
    assert "罗文杰" in found
    assert not any("城南" in f or "城东" in f or "名称" in f for f in found)


def test_a_heading_the_ocr_misread_is_judged_like_a_persons() -> None:
    assert "罗文杰" in masked(sections("啊呀方信息", "销售方信息", "罗文杰", "城南五金有限公司"))


def test_a_name_field_outside_any_section_is_left_to_the_goods() -> None:
    lines = [make_line("名称：罗汉果", x=140, y=110), make_line("单位：盒", x=140, y=160)]
    assert masked(lines) == set()


def test_the_first_field_may_stand_above_the_headings_box() -> None:
    """The heading is centred on its section; the name field opens it, above."""
    lines = [
        make_line("名称：罗文杰", x=140, y=100),
        vertical("Purchaser", 100, 130),
        make_line("开户行：城东支行", x=140, y=150),
    ]
    assert "罗文杰" in masked(lines)
