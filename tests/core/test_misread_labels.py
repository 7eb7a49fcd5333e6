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
