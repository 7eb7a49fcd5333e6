"""A sum of money, an amount with its unit or a time of day names no one: whatever
masked it (a person's block gone wide), it comes back, as a whole value or standing
apart inside a longer one. A date (of birth, often), a bare number (an ID's, a door's),
or a count glued to a word stays masked (fail closed)."""

from __future__ import annotations

import pytest

from redactor.core.detect.registry import RECOGNIZERS
from redactor.core.detect.text.not_personal import measure_runs, only_measures
from tests.core.test_layout import stack
from tests.core.test_table_columns import WIDE_BLOCK, masked


@pytest.mark.parametrize(
    "text",
    [
        "¥2000",
        "£35,193.95",
        "156平方米",
        "5人",
        "10 parts",
        "3 nights",
        "-0.25",
        "14.90 EUR",
        "27.868,03 €",
        "20:28",
        "08:30-21:00",
    ],
)
def test_a_sum_or_an_amount_with_its_unit_is_a_measure(text: str) -> None:
    assert only_measures(text)


@pytest.mark.parametrize(
    "text", ["1977.12", "1950年7月", "4401", "3单元", "陆海涛 5人", "Deposit £250", "2.14", "12.50"]
)
def test_a_date_a_bare_number_a_door_or_a_name_is_none(text: str) -> None:
    assert not only_measures(text)


def test_measures_in_a_masked_block_come_back_and_the_rest_stays_masked() -> None:
    lines = stack("陆海涛", "¥2000", "156平方米", "1977.12", "12 parts")
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"陆海涛", "1977.12"}


def test_measures_standing_apart_inside_a_value_are_found_and_no_others() -> None:
    def runs(text: str) -> list[str]:
        return [text[a:b] for a, b in measure_runs(text, 0, len(text))]

    assert runs("Value of your pot on 5 April: £35,193.95") == ["£35,193.95"]
    assert runs("We called on 2026-03-25 at 20:28") == ["20:28"]
    assert runs("上海市12人民路") == []  # a count's unit glued to a street's name
    assert runs("TRK# 1Z 054 5PM 01 8515 4481") == []  # an hour's shape inside a code


def test_a_sum_after_an_unknown_label_comes_back_and_so_does_the_label() -> None:
    # The sum is a measure; the label the lexicon lacks, closed by its colon, is a caption
    # (colon_captions): only the name above stays masked.
    lines = stack("陆海涛", "Value of your pot: £35,193.95")
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"陆海涛"}


@pytest.mark.parametrize("text", ["2箱", "37箱", "共37箱", "3 boxes", "4斤"])
def test_goods_counted_in_boxes_and_a_lists_total_are_measures(text: str) -> None:
    assert only_measures(text)


def test_counts_a_person_block_took_in_come_back_and_are_never_spread() -> None:
    # A group-buy list's quantity column: "2箱" after a household's name is a count; a
    # block that took it in gives it back, and no copy of it elsewhere is masked.
    lines = stack("陆海涛", "2箱", "共37箱")
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"陆海涛"}
    assert not only_measures("公共37箱")  # 共 inside a word is no total


def test_an_area_in_square_metres_written_mq_is_a_measure() -> None:
    assert only_measures("171 mq")


@pytest.mark.parametrize("text", ["18天×260=4680", "6 x 14.00 = 84", "3*45=135"])
def test_a_reckoning_of_days_times_a_rate_is_a_measure(text: str) -> None:
    assert only_measures(text)


def test_a_tally_rows_reckoning_comes_back_and_the_worker_stays_masked() -> None:
    # A site's monthly tally: each worker's days times the daily rate, and the total.
    lines = stack("陆海涛 18天×260=4680", "4401x12")
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"陆海涛", "4401x12"}


@pytest.mark.parametrize("text", ["31.2 m", "18 m", "210 bar", "3000 psi", "19℃", "47 min"])
def test_an_instruments_reading_with_its_unit_is_a_measure(text: str) -> None:
    assert only_measures(text)


@pytest.mark.parametrize("text", ["12C", "Flat 4m", "7米巷", "Room 9 m", "88 mile", "4°B", "6°C"])
def test_a_door_lettered_like_a_unit_or_a_unit_glued_to_a_word_is_none(text: str) -> None:
    assert not only_measures(text)


def test_a_logs_readings_in_a_person_block_come_back_and_the_person_stays_masked() -> None:
    # A log's depth, pressure and water temperature run on under a diver's name.
    lines = stack("Marisol Ventoza", "31.2 m", "210 bar", "47 min")
    found = masked(lines, (*RECOGNIZERS, WIDE_BLOCK))
    assert found == {"Marisol Ventoza"}
