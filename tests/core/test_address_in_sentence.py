"""A Latin-script street address written into a letter's sentence: the house number
up to the street's suffix is masked, the sentence around it stays readable.
Lines made up."""

from __future__ import annotations

from redactor.core.detect.text.streets_in_prose import streets_in_prose
from tests.core.test_label_values import masked
from tests.core.test_layout import stack


def test_only_the_street_inside_a_sentence_is_masked() -> None:
    line = (
        "Dear Ms Okoro, thanks for asking us to value your flat at 48 Quarry Bank Crescent. Our fee"
    )
    parts = masked(stack(line)).get(line, {})
    assert parts.get("48 Quarry Bank Crescent") == "address"
    assert not any("thanks" in p or "Our fee" in p for p in parts)


def test_a_door_before_the_house_number_is_masked_as_a_door() -> None:
    line = "We will collect the boxes from Flat 7, 19 Orchard Way on the day you choose."
    parts = masked(stack(line)).get(line, {})
    assert parts.get("Flat 7") == "door"
    assert parts.get("19 Orchard Way") == "address"


def test_lower_case_words_before_a_suffix_word_are_no_street() -> None:
    for line in (
        "Please leave 3 boxes in place of the old ones and call us before noon.",
        "The crew arrives at 8 and the van parks on the drive while we load the boxes.",
        "Your flat at 4 is measured, the rest of the survey follows in our letter.",
    ):
        assert streets_in_prose(line) == [], line


def test_a_line_that_is_no_sentence_is_left_to_the_address_lines() -> None:
    assert streets_in_prose("48 Quarry Bank Crescent") == []
