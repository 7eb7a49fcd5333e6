"""A name or signature label qualified by a person's role in small letters ("Signature
of person reporting"): the role belongs to the label, the value follows it."""

from __future__ import annotations

from redactor.core.detect.tables.field_lexicon import default_lexicon
from tests.core.test_layout import masked_parts, stack


def _label_and_value(text: str) -> list[tuple[str, str]]:
    return [
        (text[m.start : m.end], text[m.value_start : m.value_end])
        for m in default_lexicon().find(text)
    ]


def test_the_role_is_part_of_the_label() -> None:
    assert _label_and_value("Signature of person reporting P. Quayle") == [
        ("Signature of person reporting", "P. Quayle")
    ]
    assert _label_and_value("Signature du client Odile Marchetti") == [
        ("Signature du client", "Odile Marchetti")
    ]


def test_the_value_after_a_role_is_masked_and_the_label_stays() -> None:
    parts = masked_parts(stack("Found Items Desk", "Signature of person reporting P. Quayle"))
    assert parts["name"] == {"P. Quayle"}


def test_a_capital_glued_to_the_role_opens_the_value() -> None:
    parts = masked_parts(stack("Found Items Desk", "Signature of person reportingPQuayle"))
    assert parts["name"] == {"PQuayle"}


def test_a_sentence_after_a_name_word_is_no_role() -> None:
    assert _label_and_value("Name of all the people who live here")[0][0] == "Name"
    parts = masked_parts(stack("Found Items Desk", "Name of all the people who live here"))
    assert "name" not in parts


def test_a_colon_after_the_role_closes_the_label() -> None:
    # The role in small letters is the label's whether a colon ends it or not.
    assert _label_and_value("Firma del arrendador: Ovidio Carrasquilla") == [
        ("Firma del arrendador", "Ovidio Carrasquilla")
    ]
    assert _label_and_value("Signature de la bailleresse : Odile Marchetti") == [
        ("Signature de la bailleresse", "Odile Marchetti")
    ]
    parts = masked_parts(stack("Found Items Desk", "Firma del arrendador: Ovidio Carrasquilla"))
    assert parts["name"] == {"Ovidio Carrasquilla"}


def test_a_role_closed_by_a_colon_with_its_value_under_it() -> None:
    parts = masked_parts(stack("Found Items Desk", "Firma del arrendador:", "Ovidio Carrasquilla"))
    assert parts["name"] == {"Ovidio Carrasquilla"}
