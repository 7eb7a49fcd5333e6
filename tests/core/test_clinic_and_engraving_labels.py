"""A clinic's appointment card and a jeweller's certificate name people and numbers
under labels of their own trade: the clinician, the patient's record number, a
shortened date of birth, the names to engrave. Names and numbers made up."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_a_patients_record_number_and_birth_date_in_spanish() -> None:
    assert masked(stack("N.º historia 51730284")) == [["51730284"]]
    assert masked(stack("Fecha de nac.: 03/07/1988")) == [["03/07/1988"]]


def test_a_chart_number_and_the_clinician_in_english() -> None:
    assert masked(stack("Chart no. 40718")) == [["40718"]]
    assert masked(stack("Hygienist:", "Petra Lindgren")) == [[], ["Petra Lindgren"]]


def test_the_names_to_engrave_are_masked_and_an_offer_is_not() -> None:
    assert masked(stack("Engraving: Tobias & Mirela")) == [["Tobias & Mirela"]]
    assert masked(stack("Gravur: Tobias & Mirela")) == [["Tobias & Mirela"]]
    assert masked(stack("Free engraving on every ring")) == [[]]
