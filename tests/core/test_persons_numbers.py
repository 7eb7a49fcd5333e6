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


def test_a_cards_hidden_digits_go_with_its_tail_and_the_sum_after_stays() -> None:
    line = "Balance paid with card ending **** 6604 £40.00"
    assert masked(stack(line)) == {line: {"**** 6604": "card_number"}}


def test_a_cards_tail_announced_in_german_and_spanish() -> None:
    de = "Restzahlung mit Karte endend auf 2290 erhalten"
    es = "Pagado con tarjeta terminada en •••• 8137"
    assert masked(stack(de)) == {de: {"2290": "card_number"}}
    assert masked(stack(es)) == {es: {"•••• 8137": "card_number"}}
