"""Printed labels are no values: the line over an address is its person's name unless
it is a label ending in its preposition ("Collect from", "Deliver to"); a second
number's label inside a phone's value ("Tel … Fax …") stays readable. Values made up."""

from __future__ import annotations

from tests.core.test_layout import masked_parts, stack


def test_a_label_ending_in_its_preposition_over_an_address_is_no_name() -> None:
    for label in ("Collect from", "Please deliver to", "Abholung bei"):
        lines = stack(label, "14 Harbour Road", "Leeds LS2 7QP")
        assert label not in masked_parts(lines).get("name", set()), label


def test_a_name_over_an_address_is_still_masked() -> None:
    for name in ("Odile Brandt", "Pieter van Dam"):
        lines = stack(name, "14 Harbour Road", "Leeds LS2 7QP")
        assert name in masked_parts(lines).get("name", set()), name


def test_a_second_numbers_label_inside_a_phone_value_stays_readable() -> None:
    for text, second in (
        ("Tel 0161 496 0733 Fax 0161 496 0788", "0161 496 0788"),
        ("Tel 93 412 57 80 Fax 93 412 57 81", "93 412 57 81"),
    ):
        phones = masked_parts(stack(text)).get("phone", set())
        assert not any("Fax" in p for p in phones), text
        assert second in phones, text
