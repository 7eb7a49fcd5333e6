"""A sum of money or an amount with its unit, standing as a whole value, names no one:
whatever masked its line (a person's block gone wide), it comes back. A date (of
birth, often), a bare number, or a count beside a name stays masked (fail closed)."""

from __future__ import annotations

import pytest

from redactor.core.detect.registry import RECOGNIZERS
from redactor.core.detect.text.not_personal import only_measures
from tests.core.test_layout import stack
from tests.core.test_table_columns import WIDE_BLOCK, masked


@pytest.mark.parametrize(
    "text", ["¥2000", "£35,193.95", "156平方米", "5人", "10 parts", "3 nights", "-0.25"]
)
def test_a_sum_or_an_amount_with_its_unit_is_a_measure(text: str) -> None:
    assert only_measures(text)


@pytest.mark.parametrize(
    "text", ["1977.12", "1950年7月", "4401", "3单元", "陆海涛 5人", "Deposit £250"]
)
def test_a_date_a_bare_number_a_door_or_a_name_is_none(text: str) -> None:
    assert not only_measures(text)


def test_measures_in_a_masked_block_come_back_and_the_rest_stays_masked() -> None:
    lines = stack("陆海涛", "¥2000", "156平方米", "1977.12", "12 parts")
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"陆海涛", "1977.12"}
