"""A known label after a word or two that qualify it, alone on its line ("Former
address", "Fahrzeug-Kennzeichen"): the whole line is the form's label, kept readable whatever
block masked it; a value ending in a label's form ("Orchard Street", a name and their
post) stays a value."""

from __future__ import annotations

from redactor.core.detect.layout.qualified_labels import qualified_label_alone
from tests.core.test_layout import masked_parts, stack


def _labels(text: str) -> list[str]:
    return [text[m.start : m.end] for m in qualified_label_alone(text)]


def test_a_qualified_label_alone_is_one_label() -> None:
    assert _labels("Former address") == ["Former address"]
    assert _labels("Evening phone:") == ["Evening phone"]
    assert _labels("Fahrzeug-Kennzeichen") == ["Fahrzeug-Kennzeichen"]
    assert _labels("Ancienne adresse") == ["Ancienne adresse"]


def test_a_value_ending_in_a_labels_form_is_no_label() -> None:
    assert _labels("Orchard Street") == []
    assert _labels("Petra Lindqvist Manager") == []
    assert _labels("Flat 7 address") == []  # a digit: a value's
    assert _labels("Rosalind Okafor Print name") == []  # a name glued before a caption


def test_the_qualified_label_in_a_persons_block_stays_readable() -> None:
    parts = masked_parts(
        stack("Henrietta Osgood", "14 Larkspur Lane", "Former address", "Bramwick BW3 7QT")
    )
    assert parts["name"] == {"Henrietta Osgood"}
    assert parts["address"] == {"14 Larkspur Lane", "Bramwick BW3 7QT"}
