"""A staff line at the foot of a receipt's shop header is a person's; the header and
the item lines stay readable."""

from __future__ import annotations

from redactor.core.detect import text_spans
from tests.core.test_layout import stack


def _found(*texts: str) -> dict[str, list[tuple[str, str]]]:
    lines = stack(*texts, x=100)
    spans = text_spans(lines)
    return {
        ln.text: [(s.category.value, ln.text[s.start : s.end]) for s in spans.get(k, [])]
        for k, ln in enumerate(lines)
    }


HEADER = ("Harbour Lifestyle Brooklyn", "Brooklyn Mall", "T: 012 346 0749", "VAT: 4820237339")


def test_staff_number_and_first_name_in_the_header_are_masked() -> None:
    found = _found(
        *HEADER,
        "1011008 Kimberly",
        "CHK 30936 TBL 80/1",
        "1 Platter Full 650.00",
        "Subtotal 1249950.00",
        "Total Due 1374945.00",
    )
    assert ("name", "Kimberly") in found["1011008 Kimberly"]
    assert ("id_number", "1011008") in found["1011008 Kimberly"]
    assert all(found[t] == [] for t in HEADER)  # the shop's own lines stay


def test_item_lines_below_the_first_price_are_not_staff() -> None:
    found = _found(*HEADER, "2 Bananas 1.20", "4011 Bananas", "Total 1.20")
    assert found["4011 Bananas"] == []


def test_a_header_line_with_a_business_word_is_the_shop() -> None:
    found = _found("1011008 Bakery", *HEADER, "1 Bread 3.20", "Total 3.20")
    assert found["1011008 Bakery"] == []
