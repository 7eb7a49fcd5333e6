"""A long printed label as OCR misreads it ("rn" read as "m", "c" as "e") still
names its value's kind; a short word is never taken for a misread label."""

from __future__ import annotations

from redactor.core.detect.layout.printed_labels import printed_labels
from redactor.core.detect.tables.field_lexicon import ValueKind
from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def _kinds(text: str) -> list[ValueKind]:
    return [m.kind for m in printed_labels(text)]


def test_a_long_label_with_letters_run_together_or_alike_is_still_its_label() -> None:
    assert _kinds("Untersehrift des Inhabers") == [ValueKind.SIGNATURE]
    assert _kinds("Custorner name:") == [ValueKind.NAME]


def test_the_value_of_a_misread_label_is_masked_and_the_label_kept() -> None:
    assert masked(stack("Custorner name: Ann Lee")) == [["Ann Lee"]]


def test_short_words_are_not_read_as_misread_labels() -> None:
    """Under eight letters a misreading makes other words too often."""
    assert _kinds("Narne:") == []


def test_a_short_label_less_a_letter_opening_a_field_before_its_colon() -> None:
    """Five to seven letters, one lost or misread: a label where the line is a field,
    its value's shape that of the label's kind."""
    assert _kinds("Witnes: Ann Lee") == [ValueKind.NAME]
    assert masked(stack("Witnes: Ann Lee")) == [["Ann Lee"]]
    assert masked(stack("Clent: Ann Lee")) == [["Ann Lee"]]
    assert _kinds("Phne: 020 7946 0000") == [ValueKind.PHONE]


def test_a_short_reading_is_no_label_in_a_sentence_or_before_another_shape() -> None:
    for line in (
        "Witnes Ann Lee",  # no colon
        "The witnes: Ann Lee",  # not the line's first word
        "Witnes: the statement was read aloud",  # no name after it
        "Phne: call after six",  # no number after it
        "Door: 12",  # "donor" less a letter: a door is no person
        "Narne: Ann Lee",  # four letters stay out
    ):
        assert _kinds(line) == [], line
