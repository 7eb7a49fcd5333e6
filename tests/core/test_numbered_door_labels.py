"""A door's label, its number word and the door's number on the label's blank, with
no colon ("Flat no. 12B"): the number is the home's door, the label stays readable.
Lines made up."""

from __future__ import annotations

from tests.core.test_called_names import line
from tests.core.test_label_values import masked


def one(text: str) -> dict[str, dict[str, str]]:
    return masked([line(text, 60, 40, 30)])


def test_a_doors_number_after_its_label_and_number_word_is_masked() -> None:
    assert one("Flat no. 14C") == {"Flat no. 14C": {"14C": "door"}}
    assert one("Wohnung Nr. 31") == {"Wohnung Nr. 31": {"31": "door"}}
    assert one("Zimmer Nr. 4.07") == {"Zimmer Nr. 4.07": {"4.07": "door"}}


def test_no_door_when_words_follow_the_number() -> None:
    assert one("Flat no. 14C is vacant") == {}
