"""A label of people with the parts each gives listed after its colon ("Witnesses:
names, addresses, tel."): the list is the label's, the people stand under it."""

from __future__ import annotations

from redactor.core.detect.tables.field_lexicon import default_lexicon
from tests.core.test_layout import masked_parts, stack


def _labels(text: str) -> list[tuple[str, str, str]]:
    return [
        (text[m.start : m.end], m.kind.value, text[m.value_start : m.value_end])
        for m in default_lexicon().find(text)
    ]


def test_the_listed_parts_belong_to_the_label() -> None:
    assert _labels("5. Witnesses: names, addresses, tel.") == [("Witnesses", "party", "")]
    assert _labels("5. Zeugen: Namen, Anschriften, Tel.") == [("Zeugen", "party", "")]
    assert _labels("Testigos: nombres, direcciones y tel.") == [("Testigos", "party", "")]


def test_a_value_after_the_colon_is_no_list() -> None:
    assert _labels("Witnesses: Ottilie Marsh") == [("Witnesses", "party", "Ottilie Marsh")]


def test_the_witness_under_the_label_is_masked_and_the_label_stays() -> None:
    parts = masked_parts(stack("5. Witnesses: names, addresses, tel.", "Ottilie Marsh"))
    assert parts == {"name": {"Ottilie Marsh"}}
