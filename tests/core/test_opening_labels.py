"""A label opening its line with no colon, the value after it of the kind it
announces: the label stays readable, the value is masked. Lines made up."""

from __future__ import annotations

from tests.core.test_layout import stack
from tests.core.test_values_not_labels import masked


def test_an_address_label_before_its_address_stays_readable() -> None:
    """An address shape run from the line's start takes the label in; the address
    after it says the words before it are its label."""
    parts = masked(stack("Site address Flat 3, 41 Birch Grove, Leeds LS6 2QT"))
    assert parts[0] and all("address" not in p for p in parts[0])
    assert "Flat 3" in parts[0] and "Leeds LS6 2QT" in " ".join(parts[0])


def test_a_numbered_name_label_before_its_name_stays_readable() -> None:
    """A sub-numbered field ("4.2") and its label, the name written after them."""
    parts = masked(stack("4.1 First name Nadia", "4.2 Surname Osei", "4.3 Phone 07700 900318"))
    assert parts[1] == ["Osei"]


def test_a_door_label_stays_part_of_its_door() -> None:
    """ "Flat 12" is the door whole: its word is no label to give back."""
    parts = masked(stack("Nadia Osei", "FLAT 12", "41 Birch Grove", "Leeds LS6 2QT"))
    assert "FLAT 12" in " ".join(parts[1])
