"""A person's number named in passing inside a line, right after its label: the number
is masked, the words around it and any sum kept. Lines made up."""

from __future__ import annotations

from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_a_cards_last_digits_after_a_payment() -> None:
    line = "Settled by debit card ending 7315"
    assert masked(stack(line)) == {line: {"7315": "card_number"}}


def test_a_member_number_inside_a_sentence() -> None:
    line = "Your membership number is 66302471"
    assert masked(stack(line)) == {line: {"66302471": "id_number"}}


def test_a_sum_after_a_card_word_stays() -> None:
    assert masked(stack("Total 18.40 settled by card")) == {}
    assert masked(stack("Pay by card 18.40")) == {}
