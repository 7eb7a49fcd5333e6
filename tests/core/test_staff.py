"""A staff line at the foot of a receipt's shop header is a person's; the header and
the item lines stay readable."""

from __future__ import annotations

from redactor.core.detect import text_spans
from tests.core.label_rows import masked_by_line
from tests.core.test_layout import stack


def _found(*texts: str) -> dict[str, list[tuple[str, str]]]:
    return masked_by_line(stack(*texts, x=100))


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


def test_a_first_name_alone_under_the_till_code_is_the_server() -> None:
    from redactor.core.detect.registry import without
    from tests.core.test_layout import make_line

    # The shop's block, then apart from it the till's code and the server's name.
    lines = stack("The Old Ferry", "12 Quay Street", "EX1 4QP", x=300)
    lines += stack("TK20931-POS-02", "Marisol", x=100)
    lines[3:] = [make_line(ln.text, x=100, y=ln.quad.bbox[1] + 200) for ln in lines[3:]]
    lines.append(make_line("2 Cider 9.40", x=100, y=500))
    spans = text_spans(lines)
    assert [lines[4].text[s.start : s.end] for s in spans[4]] == ["Marisol"]
    assert not spans[3]  # the till's code stays
    assert not text_spans(lines, recognizers=without("header_staff"))[4]


def test_a_label_under_a_reference_number_is_no_server() -> None:
    found = _found("Invoice no.", "UB57015150", "Date", "04-Mar-2023", "Amount due 12.40")
    assert found["Date"] == []


# A restaurant's card slip: the shop's header, the card paid with, the till's codes,
# the table, and the server named with the role cut short after the name.
CARD_SLIP = (
    "Copper Kettle Grill",
    "418 W. Alder Parkway",
    "Dunmore PA 18509",
    "570-555-0143",
    "VISA",
    "XXXXXXXXXXXX4821",
    "AUTH 518273",
    "TBL 12",
    "MARISOL SVR",
    "AMOUNT 38.20",
    "TAX 2.67",
    "TOTAL 40.87",
)


def test_a_server_named_before_the_role_on_a_card_slip_is_masked() -> None:
    found = _found(*CARD_SLIP)
    assert found["MARISOL SVR"] == [("name", "MARISOL")]  # the role word stays
    assert ("card_number", "XXXXXXXXXXXX4821") in found["XXXXXXXXXXXX4821"]
    assert found["TOTAL 40.87"] == [] and found["AMOUNT 38.20"] == []


def test_a_cashier_named_after_the_role_abbreviation_is_masked() -> None:
    found = _found(*HEADER, "CSHR Tomasz", "2 Bananas 1.20", "Total 1.20")
    assert found["CSHR Tomasz"] == [("name", "Tomasz")]


def test_a_customer_greeting_or_a_membership_tier_is_no_staff() -> None:
    found = _found(*HEADER, "Valued Customer", "Gold Member", "Ser. No. 4471", "Total 1.20")
    assert found["Valued Customer"] == [] and found["Gold Member"] == []
    assert all(s[0] != "name" for s in found["Ser. No. 4471"])


def test_no_staff_name_off_a_receipt() -> None:
    found = _found("Meeting notes", "Anna Host", "Agenda follows")
    assert found["Anna Host"] == []
