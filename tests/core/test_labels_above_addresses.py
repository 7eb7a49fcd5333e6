"""The line over an address is its person's name, unless it is a printed label that
ends in its preposition ("Collect from", "Deliver to"). Values made up."""

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
