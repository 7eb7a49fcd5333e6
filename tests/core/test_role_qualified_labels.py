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


def test_a_capitalised_party_after_an_article_is_the_labels() -> None:
    # No person's name follows an article: "of the Buyer" is whose signature it is.
    assert _label_and_value("Unterschrift des Vermieters Jonas Albrecht")[0] == (
        "Unterschrift des Vermieters",
        "Jonas Albrecht",
    )
    for text in (
        "Signed on behalf of the Lender Dana Whitcombe",
        "Unterschrift des Vermieters Dana Whitcombe",
    ):
        parts = masked_parts(stack("Found Items Desk", text))
        assert parts["name"] == {"Dana Whitcombe"}, text


def test_a_party_label_joined_to_a_signature_label_opens_the_field() -> None:
    # The party's own label ("Creditor") stands mid-line, after the signature label and
    # small joining words; the name after it is whoever signs for that party.
    for text in ("Signed for the Creditor Dana Whitcombe", "Signed by the Tenant Dana Whitcombe"):
        parts = masked_parts(stack("Found Items Desk", text))
        assert parts["name"] == {"Dana Whitcombe"}, text


def test_a_party_named_without_a_person_masks_nothing() -> None:
    for text in ("Signed for the Creditor", "Signed for the rescue"):
        assert "name" not in masked_parts(stack("Found Items Desk", text)), text


def test_whose_signature_in_the_possessive_is_part_of_the_label() -> None:
    for text in ("Lessor's signature Dana Whitcombe", "Hauliers' signature Dana Whitcombe"):
        parts = masked_parts(stack("Found Items Desk", text))
        assert parts["name"] == {"Dana Whitcombe"}, text
    assert "name" not in masked_parts(stack("Found Items Desk", "Lessor's signature"))
