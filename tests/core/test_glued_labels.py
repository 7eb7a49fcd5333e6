"""A Latin label the OCR glued to its value: the space is put back where a small letter
meets a capital (or a letter a digit) right at a label's end, and the value is masked,
the label kept. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_an_address_glued_to_its_label() -> None:
    parts = masked(stack("AnschriftLindenweg 12, Whg. 3"))
    assert parts == {"AnschriftLindenweg 12, Whg. 3": {"Lindenweg 12, Whg. 3": "address"}}


def test_a_name_glued_to_a_role_word() -> None:
    parts = masked(stack("Ihr ZustellerJonas"))
    assert parts == {"Ihr ZustellerJonas": {"Jonas": "name"}}
    parts = masked(stack("NameCora Lindqvist"))
    assert parts == {"NameCora Lindqvist": {"Cora Lindqvist": "name"}}


def test_a_word_with_a_capital_inside_is_no_glued_label() -> None:
    for line in ("PayPal 12.00", "McKinley Park", "Date de retrait25/01", "iPhone 15 case"):
        assert masked(stack(line)) == {}, line
