"""A charity's donation receipt: its donor's number beside a label column printed with
no colons (OCR may glue the label to the number), the gift's particulars readable.
Lines made up."""

from __future__ import annotations

import pytest

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("Donor reference 40917736", "40917736"),
        ("Supporter no77120584", "77120584"),  # the label glued to the number in the next cell
        ("Member ID 55AB120", "55AB120"),  # a person's number of no shape of its own
    ],
)
def test_the_number_a_person_is_known_by_is_masked_without_a_colon(line: str, number: str) -> None:
    assert masked(stack(line)) == [[number]]


@pytest.mark.parametrize(
    "line",
    [
        "Invoice number 12345",  # a document's own number
        "Account9876",  # one word glued to digits: a code
        "捐赠方式 银行转账",
        "项目编号 XM20240117",  # a charity's project, no person's number
    ],
)
def test_a_gifts_particulars_and_codes_stay_readable(line: str) -> None:
    assert masked(stack(line)) == [[]]


def test_a_donor_named_in_a_label_column_is_masked() -> None:
    assert masked(stack("捐赠人 卫思远")) == [["卫思远"]]
