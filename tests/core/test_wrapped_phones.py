"""A phone number a line break of running text cut in two: both pieces are masked,
the words around them stay readable. Lines made up."""

from __future__ import annotations

import pytest

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


@pytest.mark.parametrize(
    ("first", "second", "pieces"),
    [
        (
            "If your details change, please call 020",
            "7946 0321 quoting your number.",
            ("020", "7946 0321"),
        ),
        ("有事可以直接打我电话139", "1234 5678", ("139", "1234 5678")),
        ("包裹我先收着了,取件请联系1508", "8776543", ("1508", "8776543")),
    ],
)
def test_a_phone_cut_by_a_line_break_is_masked_in_both_pieces(
    first: str, second: str, pieces: tuple[str, str]
) -> None:
    assert masked(stack(first, second)) == [[pieces[0]], [pieces[1]]]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Total items 12", "345 grams of flour"),  # numbers that join into no phone
        ("Opening hours 9", "30 to 17 30"),
        ("Order 2024", "0612 shipped"),  # a date's digits, no number a phone holds
    ],
)
def test_numbers_at_line_ends_that_join_into_no_phone_stay_readable(
    first: str, second: str
) -> None:
    assert masked(stack(first, second)) == [[], []]


@pytest.mark.parametrize(("first", "second"), [("3120", "74565"), ("2380", "65432")])
def test_a_column_of_bare_amounts_is_no_phone_wrapped_between_its_cells(
    first: str, second: str
) -> None:
    # Each line is a cell holding one number (a quotation's totals): no sentence
    # wraps between them, though the digits joined would make a valid number.
    assert masked(stack(first, second)) == [[], []]
